"""stmts10: parties named after the article of a "between" phrase, the Congo's long name without
"the", conditions the parse joins by "but", and more sessions as the talks' format. Every sentence is
written for the test; the parties are states the lexicon knows, the people invented. Each rule has a
near miss that must not fire."""

from __future__ import annotations

from test_statements_syntax import keys


def test_a_name_after_the_article_of_a_between_phrase_is_a_party() -> None:
    found = keys("A peace agreement between the Gambia and Mongolia was signed on Friday.")
    assert ("agree", ("GMB", "MNG"), "peace_agreement") in found


def test_the_congos_long_name_without_the_is_the_democratic_republic() -> None:
    found = keys("A peace agreement between the Democratic Republic of Congo and Mongolia was signed on Friday.")
    assert ("agree", ("COD", "MNG"), "peace_agreement") in found


def test_near_miss_the_republic_of_congo_stays_brazzaville() -> None:
    found = keys("A peace agreement between the Republic of Congo and Mongolia was signed on Friday.")
    assert ("agree", ("COG", "MNG"), "peace_agreement") in found


def test_near_miss_a_party_inside_a_preposition_is_no_subject() -> None:
    found = keys("Strikes on the Gambia continued overnight, Mongolia said.")
    assert not any("GMB" in k[1] for k in found)


def test_a_condition_joined_by_but_only_if_is_no_act_of_its_subject() -> None:
    found = keys("Foreign Minister Ivo Brand said Uruguay was ready to offer guarantees, but only if Mongolia "
                 "accepted its right to enrich uranium and lifted sanctions.")
    assert ("offer", ("URY",), "security_guarantees") in found
    assert not any(k[0] == "accept" for k in found)


def test_near_miss_an_act_joined_by_and_is_still_read() -> None:
    found = keys("Foreign Minister Ivo Brand said Uruguay was ready to offer guarantees, and Mongolia accepted "
                 "the offer of guarantees on Monday.")
    assert ("accept", ("MNG",), "security_guarantees") in found


def test_hosting_further_rounds_is_an_offer_on_the_format() -> None:
    found = keys("The foreign minister of Chile, Ivo Brand, said Chile was ready to host further rounds "
                 "should the two sides wish it.")
    assert ("offer", ("CHL",), "talks_format") in found


def test_agreeing_to_continue_next_week_is_on_the_format() -> None:
    found = keys("Uruguay and Mongolia held talks in Geneva. Both sides had agreed to continue next week.")
    assert ("agree", ("MNG", "URY"), "talks_format") in found


def test_near_miss_continuing_an_exchange_next_week_is_on_the_exchange() -> None:
    found = keys("Uruguay and Mongolia held talks in Geneva. Both sides had agreed to continue the exchange "
                 "of prisoners next week.")
    assert ("agree", ("MNG", "URY"), "prisoner_exchange") in found
    assert ("agree", ("MNG", "URY"), "talks_format") not in found


def _affiliations(text: str) -> dict[str, str | None]:
    from test_statements_syntax import read
    return {a.name: a.affiliation for a in read(text).actors}


def test_a_relative_clause_after_a_name_is_no_role() -> None:
    aff = _affiliations("Uruguay and Chile held talks in Lima. President Ivo Brand, who had met Mongolian Prime "
                        "Minister Arvin Tsog in Lima on Monday but did not take part in the talks, said the truce "
                        "would cover the sea.")
    assert aff["Ivo Brand"] != "MNG"
    assert aff["Arvin Tsog"] == "MNG"


def test_near_miss_who_is_before_a_role_still_gives_it() -> None:
    aff = _affiliations("Uruguay and Chile held talks in Lima. Ivo Brand, who is the Mongolian envoy, said the "
                        "truce would cover the sea.")
    assert aff["Ivo Brand"] == "MNG"
