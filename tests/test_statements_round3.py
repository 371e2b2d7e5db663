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


# ---------------------------------------------------------------- issues: ``other`` gives way

def test_a_named_issue_beats_other():
    got = keys("Estonia urged Latvia to spare the energy grid and halt strikes on it.")
    assert ("request", ("EST",), "ceasefire") in got
    assert ("request", ("EST",), "other") not in got


def test_other_stays_when_nothing_else_is_named():
    assert ("request", ("EST",), "other") in keys("Estonia urged Latvia to protect its energy infrastructure.")


# ---------------------------------------------------------------- pressure, preference, consent

def test_pressing_a_party_to_act_is_a_demand():
    got = keys("Latvia is pressing Estonia to withdraw from the border region.")
    assert ("demand", ("LVA",), "territory") in got


def test_being_pressed_says_not_by_whom():
    # near miss: a passive without its agent names nobody who demands.
    assert "demand" not in acts("Estonia is being pressed to withdraw from the border region.")


def test_favouring_a_course_is_a_proposal():
    got = keys("Minister Anna Kovic of Latvia favours freezing the current line of contact as a basis for a truce.")
    assert ("propose", ("LVA",), "territory") in got


def test_favour_without_an_issue_is_nothing():
    assert "propose" not in acts("The weather favoured Latvia on Monday.")


def test_consenting_to_a_request_is_accepting_it():
    got = keys("Latvia consented to Estonia's request for a pause on attacks.")
    assert ("accept", ("LVA",), "ceasefire") in got
    assert ("request", ("EST",), "ceasefire") in got


# ---------------------------------------------------------------- an exchange between two sides

def test_an_exchange_between_two_sides_told_as_done_is_carried_out():
    got = keys("Six detainees were released as part of a prisoner swap between Latvia and Estonia.")
    assert ("implement", ("EST", "LVA"), "prisoner_exchange") in got


def test_an_exchange_that_may_come_is_not_carried_out():
    assert "implement" not in acts("A prisoner swap between Latvia and Estonia could follow next month.")


def test_a_heated_exchange_is_no_prisoner_exchange():
    got = keys("Latvia and Estonia had a heated exchange between their envoys on Monday.")
    assert not {k for k in got if k[2] == "prisoner_exchange"}


# ---------------------------------------------------------------- a list announced by a colon

_LIST = ("Latvia has set out its terms for a settlement.\n\n"
         "Here are Latvia's conditions, according to state television:\n\n"
         "A complete halt to \"aggression\" by the enemy.\n\n"
         "Guaranteed payment of damages and reparations.\n\n"
         "The withdrawal of foreign troops from the border region.\n\n"
         "Earlier on Monday, the foreign ministry said it was studying the reply about the sanctions.")


def test_each_bare_item_after_an_announced_list_is_the_announced_act():
    got = keys(_LIST)
    assert {("demand", ("LVA",), "ceasefire"), ("demand", ("LVA",), "territory"),
            ("demand", ("LVA",), "other")} <= got


def test_the_list_ends_at_a_paragraph_that_reports():
    # near miss: the paragraph after the items is told by a speech verb, so it is no item.
    assert ("demand", ("LVA",), "sanctions") not in keys(_LIST)


def test_a_colon_without_an_act_word_lists_nothing():
    text = ("Minister Anna Kovic of Latvia spoke to reporters on Monday:\n\n"
            "The withdrawal of foreign troops from the border region.")
    assert "demand" not in acts(text)


def test_agreeing_to_the_following_gives_one_agreement_per_item():
    text = ("Latvia and Estonia agreed to the following:\n\n"
            "An exchange of all prisoners of war.\n\n"
            "A truce along the whole border.")
    got = keys(text)
    assert {("agree", ("EST", "LVA"), "prisoner_exchange"), ("agree", ("EST", "LVA"), "ceasefire")} <= got


# ---------------------------------------------------------------- proposals by their agent, plans with their lists

def test_a_framework_drafted_by_a_party_is_its_proposal():
    got = keys("Though Latvia was mentioned in the original ceasefire framework drafted by Estonia, the talks failed.")
    assert ("propose", ("EST",), "ceasefire") in got


def test_a_text_drafted_together_is_no_one_sides_proposal():
    # near miss: the participle rule needs "by"; the two sides drafting a text propose nothing.
    assert "propose" not in acts("As a result of the talks, the parties drafted an updated peace framework.")


def test_a_drafted_text_without_its_author_is_no_proposal():
    assert "propose" not in acts("The ceasefire framework was drafted last year.")


def test_a_published_plan_with_a_list_gives_one_proposal_per_member():
    got = keys("Estonia and Latvia published a plan for restoring peace in the region, including a ceasefire, "
               "peace talks and the reopening of the strait.")
    assert {("propose", ("EST", "LVA"), "ceasefire"), ("propose", ("EST", "LVA"), "peace_agreement"),
            ("propose", ("EST", "LVA"), "other")} <= got


def test_a_published_report_is_no_proposal():
    # near miss: "publish" names a proposal only with a plan-like noun.
    assert "propose" not in acts("Estonia published a report on the ceasefire violations on Monday.")


# ---------------------------------------------------------------- conditions: "only after", "would ... if"

def test_talks_only_after_a_withdrawal_demand_the_withdrawal():
    got = keys("Minister Anna Kovic of Estonia said any talks with Latvia could only happen after a withdrawal "
               "of Latvian troops from Estonia.")
    assert ("demand", ("EST",), "territory") in got


def test_a_shop_that_opens_only_after_noon_demands_nothing():
    assert "demand" not in acts("The shop could only open after noon on Monday, Minister Anna Kovic of Estonia said.")


def test_a_concession_bought_by_a_condition_demands_the_condition():
    got = keys("Latvia said it would end its war in Estonia if Estonia surrendered the entirety of four border regions.")
    assert ("demand", ("LVA",), "territory") in got


def test_a_strike_threatened_on_a_condition_is_no_demand():
    # near miss: the verb before "if" is no concession.
    assert "demand" not in acts("Latvia said it would strike Estonia if Estonia moved troops to the border.")


def test_a_concession_done_is_no_condition():
    assert "demand" not in acts("Latvia ended the war after Estonia surrendered.")


# ---------------------------------------------------------------- paraphrases and light verbs

def test_nato_integration_is_a_security_guarantee():
    got = keys("Minister Anna Kovic of Latvia insisted on her number-one priority of NATO integration.")
    assert ("demand", ("LVA",), "security_guarantees") in got


def test_hinting_at_a_willingness_to_negotiate_offers_talks():
    got = keys("Minister Anna Kovic of Latvia struck a subdued tone, hinting at a willingness to negotiate with Estonia.")
    assert ("offer", ("LVA",), "talks_format") in got


def test_ready_to_talk_about_something_is_about_that_thing():
    # near miss: with "about", the talk has its own issue.
    got = keys("Latvia is ready to talk about the border on Monday.")
    assert ("offer", ("LVA",), "territory") in got
    assert ("offer", ("LVA",), "talks_format") not in got


def test_addressing_a_nation_discusses_nothing():
    got = keys("Minister Anna Kovic of Latvia addressed her nation this week, hinting at a willingness to "
               "negotiate with Estonia.")
    assert "discuss" not in {k[0] for k in got}


def test_addressing_an_issue_discusses_it():
    assert ("discuss", ("EST", "LVA"), "territory") in keys("Latvia and Estonia addressed the border dispute on Monday.")


# ---------------------------------------------------------------- anaphora and the nearest issue

def test_one_side_agreeing_to_that_accepts_what_was_asked():
    got = keys("Latvia asked for the release of two prisoners. Estonia agreed to that, but the deal fell apart.")
    assert ("accept", ("EST",), "prisoner_exchange") in got
    assert ("agree", ("EST", "LVA"), "prisoner_exchange") not in got


def test_two_sides_agreeing_to_a_truce_still_agree():
    # near miss: a named object and two sides are an agreement.
    assert ("agree", ("EST", "LVA"), "ceasefire") in keys("Latvia and Estonia agreed to a truce on Monday.")


def test_as_demanded_takes_its_issue_from_the_clause_it_comments():
    got = keys("Ceding the rest of the occupied territory, as Latvia has demanded, would not be accepted by "
               "Estonians, Minister Anna Kovic of Estonia said.")
    assert ("demand", ("LVA",), "territory") in got
    assert ("demand", ("LVA",), "other") not in got


def test_a_step_carried_out_takes_the_issue_named_nearest_before_it():
    got = keys("The International Atomic Energy Agency said on Friday that a truce between Latvia and Estonia "
               "had taken effect.")
    issues = {k[2] for k in got if k[0] == "implement"}
    assert "ceasefire" in issues
    assert "nuclear" not in issues


# ---------------------------------------------------------------- a statement quoted in full

_READOUT = ("\u201cEnvoy Anna Kovic of Latvia held talks today in Tallinn with the foreign minister of Estonia, "
            "which were hosted by Finland. The discussions were very positive and constructive, and Latvia "
            "deeply thanks Finland for its support of this initiative. The sides agreed to meet again next "
            "Saturday.\u201d")


def test_a_readout_quoted_in_full_is_read_as_text():
    got = keys(_READOUT)
    assert any(k[0] == "agree" and k[2] == "talks_format" for k in got)


def test_a_readout_quoted_in_full_reads_its_discussions():
    text = ("\u201cThe delegations of Estonia and Finland discussed the border for many hours today in Tallinn, and "
            "the talks were hosted by Latvia. The discussions were very positive and constructive, and both sides "
            "thank Latvia for its support of this initiative.\u201d")
    assert any(k[0] == "discuss" and k[2] == "territory" for k in keys(text))


def test_a_long_quote_inside_a_paragraph_is_still_told_as_a_whole():
    # near miss: the same words quoted inside a paragraph of reporting are the speaker's, told as a whole.
    text = ("Minister Anna Kovic of Latvia spoke after the session in Tallinn on Monday. She said: \u201cThe "
            "delegations of Estonia and Finland discussed the border for many hours,\u201d and left without taking "
            "questions from the reporters who had waited for hours outside the building in the cold rain.")
    assert "discuss" not in acts(text)


# ---------------------------------------------------------------- more threats, statements, paraphrases

def test_or_face_the_consequences_is_a_threat_by_the_one_who_tells():
    got = keys("Latvia has told Estonia to get serious soon about a peace deal, or face the consequences.")
    assert ("threaten", ("LVA",), "peace_agreement") in got


def test_a_deadline_with_or_face_inside_a_noun_is_not_read_as_a_threat_of_its_subject():
    # near miss: "or face" inside a noun's infinitive has no teller to walk up to.
    got = keys("Latvia's deadline for Estonia to either reopen the strait or face attacks expires on Monday.")
    assert ("threaten", ("EST",), "other") not in got


def test_facing_a_choice_is_no_threat():
    assert "threaten" not in acts("Estonia will face a choice between two roads, Minister Anna Kovic of Latvia said.")


def test_they_better_stop_is_a_threat_by_whoever_says_it():
    assert ("threaten", ("LVA",), "other") in keys("They better end the shelling now, Minister Anna Kovic of Latvia said.")


def test_they_did_better_is_no_threat():
    assert "threaten" not in acts("They did better than expected, Minister Anna Kovic of Latvia said.")


def test_a_statement_condemning_is_its_authors_accusation():
    got = keys("Latvia, Estonia and several other states issued a joint statement condemning Finland's attacks "
               "on shipping.")
    assert ("accuse", ("EST", "LVA"), "other") in got


def test_a_statement_about_the_weather_accuses_nobody():
    assert "accuse" not in acts("Latvia issued a statement on Monday about the weather.")


def test_no_common_ground_is_a_disagreement():
    got = keys("Minister Anna Kovic of Latvia said no common ground was reached on the nuclear plant with Estonia.")
    assert ("disagree", ("EST", "LVA"), "nuclear") in got


def test_remaining_in_close_coordination_is_about_the_talks():
    got = keys("Both leaders of Latvia and Estonia agreed to remain in close coordination.")
    assert ("agree", ("EST", "LVA"), "talks_format") in got


def test_a_takeover_threatened_is_about_territory():
    assert ("threaten", ("LVA",), "territory") in keys("Latvia renewed its threat of a takeover of the island.")


# ---------------------------------------------------------------- refusing to yield

def test_not_giving_in_to_calls_is_a_rejection_of_what_they_call_for():
    got = keys("Minister Anna Kovic of Latvia said she did not give in to earlier calls to end the war.")
    assert ("reject", ("LVA",), "peace_agreement") in got


def test_giving_in_is_no_rejection():
    assert "reject" not in acts("Minister Anna Kovic of Latvia gave in to calls to end the war.")


def test_a_call_for_a_stop_to_military_operations_asks_for_a_ceasefire():
    assert ("request", ("EST",), "ceasefire") in keys('Estonia called for an "immediate stop" to military operations.')


# ---------------------------------------------------------------- the way to peace, nothing without X

def test_the_way_to_peace_is_for_a_party_to_act_is_a_demand_of_the_speaker():
    got = keys("The most direct way to peace is for Latvia to withdraw all of its forces from Estonia, "
               "Minister Anna Kovic of Finland wrote.")
    assert ("demand", ("FIN",), "territory") in got


def test_the_way_to_the_station_demands_nothing():
    assert "demand" not in acts("The way to the station is long, Minister Anna Kovic of Finland said.")


def test_no_discussion_without_a_party_demands_its_place_at_the_table():
    got = keys("Minister Anna Kovic of Finland wrote that no discussion about Estonia can take place without "
               "Estonia at the table.")
    assert ("demand", ("FIN",), "talks_format") in got


def test_no_deal_without_a_withdrawal_demands_the_withdrawal():
    got = keys("Minister Anna Kovic of Finland said no deal on the border could be reached without a "
               "withdrawal of troops.")
    assert ("demand", ("FIN",), "territory") in got


def test_talks_that_can_go_on_without_a_mediator_demand_nothing():
    # near miss: "without" in a clause that is neither negated nor has a "no" subject.
    assert "demand" not in acts("Talks can take place without a mediator, Minister Anna Kovic of Finland said.")


def test_a_counterproposal_sent_is_a_proposal():
    assert ("propose", ("LVA",), "sanctions") in keys("Latvia sent Estonia a counterproposal on the lifting of sanctions.")


# ---------------------------------------------------------------- accusations without "accuse"

def test_saying_a_party_is_holding_up_the_deal_accuses_it():
    got = keys("Minister Anna Kovic of Latvia told reporters last month that Estonia, not Finland, was holding "
               "up a peace deal.")
    assert ("accuse", ("LVA",), "peace_agreement") in got


def test_snow_holding_up_traffic_accuses_nobody():
    assert "accuse" not in acts("Heavy snow was holding up traffic at the border, Minister Anna Kovic of Latvia said.")


def test_a_party_that_may_block_a_deal_is_not_accused():
    # near miss: an obstruction only supposed ("would block ... if") is no charge.
    assert "accuse" not in acts("Minister Anna Kovic of Latvia said Estonia would block the peace deal if it could.")


def test_frustration_with_the_talks_is_a_complaint_about_them():
    got = keys("Latvia expressed frustration with its ongoing peace talks with Estonia this week.")
    assert ("accuse", ("LVA",), "peace_agreement") in got
