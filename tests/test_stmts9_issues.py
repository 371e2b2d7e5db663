"""stmts9: issue words the lexicon lacked (rule over land, contested waters, a bloc's penalties,
who guarantees a process, a bare accord). Every sentence is written for the test; the parties are
states the lexicon knows, the people invented. Each term has a near miss that must not fire."""

from __future__ import annotations

from test_statements_syntax import keys

MET = "Uruguay and Mongolia met in Montevideo on Monday. "


def test_sovereignty_over_a_place_is_territory() -> None:
    found = keys(MET + "Uruguay insisted on full sovereignty over the eastern islands.")
    assert ("demand", ("URY",), "territory") in found


def test_near_miss_sovereignty_as_a_value_is_no_territory() -> None:
    found = keys(MET + "Uruguay called on Mongolia to respect its sovereignty and its institutions.")
    assert ("request", ("URY",), "territory") not in found


def test_disputed_waters_are_territory() -> None:
    found = keys(MET + "Mongolia pressed for a moratorium on drilling in the disputed waters.")
    assert ("demand", ("MNG",), "territory") in found


def test_near_miss_waters_not_in_dispute_are_no_territory() -> None:
    found = keys(MET + "Mongolia pressed for a moratorium on drilling in the coastal waters.")
    assert ("demand", ("MNG",), "territory") not in found


def test_a_suspension_of_voting_rights_is_a_sanction() -> None:
    found = keys(MET + "Uruguay said it would lift the suspension of Mongolia's voting rights once the ban ended.")
    assert any(k[0] == "offer" and k[2] == "sanctions" for k in found)


def test_near_miss_a_suspension_of_talks_is_no_sanction() -> None:
    found = keys(MET + "Uruguay said it would lift the suspension of the talks once the ban ended.")
    assert not any(k[2] == "sanctions" for k in found)


def test_a_guarantor_of_the_process_is_talks_format() -> None:
    found = keys(MET + "Uruguay rejected any role for Mongolia as a guarantor.")
    assert ("reject", ("URY",), "talks_format") in found


def test_near_miss_guarantees_stay_security_guarantees() -> None:
    found = keys(MET + "Uruguay rejected any security guarantees for Mongolia.")
    assert ("reject", ("URY",), "security_guarantees") in found


def test_the_accord_is_the_deal() -> None:
    found = keys(MET + "Uruguay called on Mongolia to respect the accord.")
    assert ("request", ("URY",), "other") not in found
    assert any(k[0] == "request" and k[2] != "other" for k in found)
