"""Round two on statements: classes read from the odd half of the dev misses. Every sentence
is written for the test; the parties are states the lexicon knows, the people invented."""

from __future__ import annotations

from test_statements_syntax import keys


def test_an_unnamed_quarrel_belongs_to_the_two_sides_at_the_main_table():
    # Finland is named more often than Albania, but Albania and Moldova are the ones meeting.
    text = ("Delegates from Albania and Moldova are set to begin talks in Podgorica on Saturday, mediated by "
            "Montenegro. Finland warned Moldova. Finland and Moldova traded barbs with Finland over Moldova. "
            "Finnish ships sailed. Another sticking point is the fate of the enrichment program.")
    got = keys(text)
    assert ("disagree", ("ALB", "MDA"), "nuclear") in got
    assert ("disagree", ("FIN", "MDA"), "nuclear") not in got


def test_a_quarrel_with_named_sides_keeps_them_whoever_meets():
    # near miss: the sides are named in the sentence, so the table does not replace them.
    text = ("Delegates from Albania and Moldova are set to begin talks in Podgorica on Saturday, mediated by "
            "Montenegro. Finland and Moldova disagree over the enrichment program.")
    got = keys(text)
    assert ("disagree", ("FIN", "MDA"), "nuclear") in got
    assert ("disagree", ("ALB", "MDA"), "nuclear") not in got


def test_a_reporters_question_is_no_request():
    text = ("When asked how close Moldova was to a deal on the border, Minister Anna Kovic of Albania said, "
            "\"they are on the way.\"")
    assert "request" not in {k[0] for k in keys(text)}


def test_asking_a_party_for_something_is_still_a_request():
    # near miss: the same verb with an addressee and a thing asked for.
    text = "Minister Anna Kovic of Albania asked Moldova to withdraw from the border on Monday."
    assert "request" in {k[0] for k in keys(text)}
