"""Round three on statements (issue 8): classes read from the odd half of the dev misses.
Every sentence is written for the test; the parties are states the lexicon knows, the people
invented. Each rule has a near miss that must not fire."""

from __future__ import annotations

from test_statements_syntax import acts, keys

# ---------------------------------------------------------------- talks wished, refused or asked for

def test_refusing_to_hold_talks_is_about_the_talks():
    assert ("reject", ("LVA",), "talks_format") in keys("Latvia had no intention of holding talks with Estonia.")


def test_a_call_to_enter_direct_negotiations_is_a_request_about_the_talks():
    got = keys("The Latvian government reiterated its call to enter direct negotiations with Estonia.")
    assert ("request", ("LVA",), "talks_format") in got


def test_talks_held_are_no_stance_on_the_talks():
    # near miss: talks that took place are a meeting, not a position on the format.
    assert not {k for k in keys("Latvia held talks with Estonia on Monday.") if k[2] == "talks_format"}


def test_a_phone_call_is_no_request():
    # near miss: "call" as a noun asks for nothing without "for" or "to".
    assert "request" not in acts("Latvia's call with Estonia lasted an hour on Monday.")


# ---------------------------------------------------------------- threats without the verb

def test_a_vow_of_harm_is_a_threat():
    assert ("threaten", ("EST",), "other") in keys("Officials in Estonia have vowed to crush the militia and its leaders.")


def test_a_vow_to_build_is_no_threat():
    assert "threaten" not in acts("Estonia vowed to rebuild the bridge by May.")


def test_a_price_to_pay_is_a_threat_by_whoever_says_it():
    got = keys("Minister Anna Kovic of Estonia said Latvia would pay the price for the raid.")
    assert ("threaten", ("EST",), "other") in got


def test_paying_the_price_of_tariffs_is_no_threat():
    got = keys("Shoppers in Estonia will pay the price of the new tariffs, Minister Anna Kovic said.")
    assert "threaten" not in {k[0] for k in got}


def test_a_duty_to_avenge_is_a_threat():
    got = keys("Minister Anna Kovic of Estonia said it was her country's duty to avenge the killing.")
    assert ("threaten", ("EST",), "other") in got


def test_a_future_retaliation_is_a_threat():
    assert ("threaten", ("LVA",), "other") in keys("Latvia said it would retaliate against any incursion.")


def test_a_retaliation_carried_out_is_no_threat():
    # near miss: a military action told in the past is no statement.
    assert "threaten" not in acts("The Estonian army retaliated on Monday.")
