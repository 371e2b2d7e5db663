"""Round three on statements (issue 8): classes read from the odd half of the dev misses.
Every sentence is written for the test; the parties are states the lexicon knows, the people
invented. Each rule has a near miss that must not fire."""

from __future__ import annotations

from test_statements_syntax import acts, keys

# ---------------------------------------------------------------- talks wished, refused or asked for

def test_refusing_to_hold_talks_is_about_the_talks():
    assert ("reject", ("MDA",), "talks_format") in keys("Moldova had no intention of holding talks with Albania.")


def test_a_call_to_enter_direct_negotiations_is_a_request_about_the_talks():
    got = keys("The Moldovan government renewed its call to enter direct talks with Albania.")
    assert ("request", ("MDA",), "talks_format") in got


def test_talks_held_are_no_stance_on_the_talks():
    # near miss: talks that took place are a meeting, not a position on the format.
    assert not {k for k in keys("Moldova held talks with Albania on Monday.") if k[2] == "talks_format"}


def test_a_phone_call_is_no_request():
    # near miss: "call" as a noun asks for nothing without "for" or "to".
    assert "request" not in acts("Moldova's call with Albania lasted an hour on Monday.")


# ---------------------------------------------------------------- threats without the verb

def test_a_vow_of_harm_is_a_threat():
    assert ("threaten", ("ALB",), "other") in keys("Officials in Albania have vowed to crush the militia and its leaders.")


def test_a_vow_to_build_is_no_threat():
    assert "threaten" not in acts("Albania vowed to rebuild the bridge by May.")


def test_a_price_to_pay_is_a_threat_by_whoever_says_it():
    got = keys("Minister Anna Kovic of Albania said Moldova would pay a heavy price for the raid.")
    assert ("threaten", ("ALB",), "other") in got


def test_paying_the_price_of_tariffs_is_no_threat():
    got = keys("Shoppers in Albania will pay the price of the new tariffs, Minister Anna Kovic said.")
    assert "threaten" not in {k[0] for k in got}


def test_a_duty_to_avenge_is_a_threat():
    got = keys("Minister Anna Kovic of Albania said it was her country's duty to avenge the murder.")
    assert ("threaten", ("ALB",), "other") in got


def test_a_future_retaliation_is_a_threat():
    assert ("threaten", ("MDA",), "other") in keys("Moldova said it would retaliate against any incursion.")


def test_a_retaliation_carried_out_is_no_threat():
    # near miss: a military action told in the past is no statement.
    assert "threaten" not in acts("The Albanian army retaliated on Monday.")


# ---------------------------------------------------------------- issues: ``other`` gives way

def test_a_named_issue_beats_other():
    got = keys("Albania urged Moldova to spare the energy grid and halt strikes on it.")
    assert ("request", ("ALB",), "ceasefire") in got
    assert ("request", ("ALB",), "other") not in got


def test_other_stays_when_nothing_else_is_named():
    assert ("request", ("ALB",), "other") in keys("Albania urged Moldova to protect its energy infrastructure.")


# ---------------------------------------------------------------- pressure, preference, consent

def test_pressing_a_party_to_act_is_a_demand():
    got = keys("Moldova is pressing Albania to withdraw from the border region.")
    assert ("demand", ("MDA",), "territory") in got


def test_being_pressed_says_not_by_whom():
    # near miss: a passive without its agent names nobody who demands.
    assert "demand" not in acts("Albania is being pressed to withdraw from the border region.")


def test_favouring_a_course_is_a_proposal():
    got = keys("Minister Anna Kovic of Moldova favours halting both armies on the line of contact where it now runs, pending a truce.")
    assert ("propose", ("MDA",), "territory") in got


def test_favour_without_an_issue_is_nothing():
    assert "propose" not in acts("The weather favoured Moldova on Monday.")


def test_consenting_to_a_request_is_accepting_it():
    got = keys("Moldova consented to Albania's request for a halt to attacks.")
    assert ("accept", ("MDA",), "ceasefire") in got
    assert ("request", ("ALB",), "ceasefire") in got


# ---------------------------------------------------------------- an exchange between two sides

def test_an_exchange_between_two_sides_told_as_done_is_carried_out():
    got = keys("Six detainees were handed over in a prisoner swap between Moldova and Albania.")
    assert ("implement", ("ALB", "MDA"), "prisoner_exchange") in got


def test_an_exchange_that_may_come_is_not_carried_out():
    assert "implement" not in acts("A prisoner swap between Moldova and Albania could follow next month.")


def test_a_heated_exchange_is_no_prisoner_exchange():
    got = keys("Moldova and Albania had a heated exchange between their envoys on Monday.")
    assert not {k for k in got if k[2] == "prisoner_exchange"}


# ---------------------------------------------------------------- a list announced by a colon

_LIST = ("Moldova has set out its terms for a settlement.\n\n"
         "Here are Moldova's conditions, according to state television:\n\n"
         "A full halt to \"aggression\" by the enemy.\n\n"
         "Guaranteed payment of damages and reparations.\n\n"
         "The withdrawal of foreign troops from the border region.\n\n"
         "Earlier on Monday, the foreign ministry said it was studying the reply about the sanctions.")


def test_each_bare_item_after_an_announced_list_is_the_announced_act():
    got = keys(_LIST)
    assert {("demand", ("MDA",), "ceasefire"), ("demand", ("MDA",), "territory"),
            ("demand", ("MDA",), "other")} <= got


def test_the_list_ends_at_a_paragraph_that_reports():
    # near miss: the paragraph after the items is told by a speech verb, so it is no item.
    assert ("demand", ("MDA",), "sanctions") not in keys(_LIST)


def test_a_colon_without_an_act_word_lists_nothing():
    text = ("Minister Anna Kovic of Moldova spoke to reporters on Monday:\n\n"
            "The withdrawal of foreign troops from the border region.")
    assert "demand" not in acts(text)


def test_agreeing_to_the_following_gives_one_agreement_per_item():
    text = ("Moldova and Albania agreed to the following:\n\n"
            "An exchange of all prisoners of war.\n\n"
            "A truce along the whole border.")
    got = keys(text)
    assert {("agree", ("ALB", "MDA"), "prisoner_exchange"), ("agree", ("ALB", "MDA"), "ceasefire")} <= got


# ---------------------------------------------------------------- proposals by their agent, plans with their lists

def test_a_framework_drafted_by_a_party_is_its_proposal():
    got = keys("Although Moldova was named in the early ceasefire framework drafted by Albania, the talks collapsed.")
    assert ("propose", ("ALB",), "ceasefire") in got


def test_a_text_drafted_together_is_no_one_sides_proposal():
    # near miss: the participle rule needs "by"; the two sides drafting a text propose nothing.
    assert "propose" not in acts("As a result of the talks, the two delegations drafted a revised peace framework.")


def test_a_drafted_text_without_its_author_is_no_proposal():
    assert "propose" not in acts("The ceasefire framework was drafted last year.")


def test_a_published_plan_with_a_list_gives_one_proposal_per_member():
    got = keys("Albania and Moldova published a plan for restoring calm in the valley, including a truce, "
               "peace talks and a reopening of the strait.")
    assert {("propose", ("ALB", "MDA"), "ceasefire"), ("propose", ("ALB", "MDA"), "peace_agreement"),
            ("propose", ("ALB", "MDA"), "other")} <= got


def test_a_published_report_is_no_proposal():
    # near miss: "publish" names a proposal only with a plan-like noun.
    assert "propose" not in acts("Albania published a report on the ceasefire violations on Monday.")


# ---------------------------------------------------------------- conditions: "only after", "would ... if"

def test_talks_only_after_a_withdrawal_demand_the_withdrawal():
    got = keys("Minister Anna Kovic of Albania said any talks with Moldova could only begin after a withdrawal "
               "of Moldovan troops from Albania.")
    assert ("demand", ("ALB",), "territory") in got


def test_a_shop_that_opens_only_after_noon_demands_nothing():
    assert "demand" not in acts("The shop could only open after noon on Monday, Minister Anna Kovic of Albania said.")


def test_a_concession_bought_by_a_condition_demands_the_condition():
    got = keys("Moldova said it would end its war in Albania if Albania handed over all four border districts.")
    assert ("demand", ("MDA",), "territory") in got


def test_a_strike_threatened_on_a_condition_is_no_demand():
    # near miss: the verb before "if" is no concession.
    assert "demand" not in acts("Moldova said it would strike Albania if Albania moved troops to the border.")


def test_a_concession_done_is_no_condition():
    assert "demand" not in acts("Moldova ended the war after Albania surrendered.")


# ---------------------------------------------------------------- paraphrases and light verbs

def test_nato_integration_is_a_security_guarantee():
    got = keys("Minister Anna Kovic of Moldova insisted on NATO integration as her first aim.")
    assert ("demand", ("MDA",), "security_guarantees") in got


def test_signalling_a_willingness_to_negotiate_offers_talks():
    got = keys("Minister Anna Kovic of Moldova struck a softer note, signalling a willingness to negotiate with Albania.")
    assert ("offer", ("MDA",), "talks_format") in got


def test_ready_to_talk_about_something_is_about_that_thing():
    # near miss: with "about", the talk has its own issue.
    got = keys("Moldova is ready to talk about the border on Monday.")
    assert ("offer", ("MDA",), "territory") in got
    assert ("offer", ("MDA",), "talks_format") not in got


def test_addressing_a_nation_discusses_nothing():
    got = keys("Minister Anna Kovic of Moldova addressed her nation on Tuesday night, signalling a willingness to "
               "negotiate with Albania.")
    assert "discuss" not in {k[0] for k in got}


def test_addressing_an_issue_discusses_it():
    assert ("discuss", ("ALB", "MDA"), "territory") in keys("Moldova and Albania addressed the border dispute on Monday.")


# ---------------------------------------------------------------- anaphora and the nearest issue

def test_one_side_agreeing_to_that_accepts_what_was_asked():
    got = keys("Moldova asked for the release of two prisoners. Albania agreed to that, yet the plan collapsed a week later.")
    assert ("accept", ("ALB",), "prisoner_exchange") in got
    assert ("agree", ("ALB", "MDA"), "prisoner_exchange") not in got


def test_two_sides_agreeing_to_a_truce_still_agree():
    # near miss: a named object and two sides are an agreement.
    assert ("agree", ("ALB", "MDA"), "ceasefire") in keys("Moldova and Albania agreed to a truce on Monday.")


def test_as_demanded_takes_its_issue_from_the_clause_it_comments():
    got = keys("Ceding the remaining occupied districts, as Moldova has demanded, is something no "
               "Albanian would ever accept, Minister Anna Kovic of Albania said.")
    assert ("demand", ("MDA",), "territory") in got
    assert ("demand", ("MDA",), "other") not in got


def test_a_step_carried_out_takes_the_issue_named_nearest_before_it():
    got = keys("The agency for atomic safety announced on Friday that a truce between Moldova and Albania "
               "had taken effect.")
    issues = {k[2] for k in got if k[0] == "implement"}
    assert "ceasefire" in issues
    assert "nuclear" not in issues


# ---------------------------------------------------------------- a statement quoted in full

_READOUT = ("\u201cEnvoy Anna Kovic of Moldova held talks today in Tirana with the foreign minister of Albania, "
            "which were hosted by Finland. The exchanges were warm and productive, and Moldova "
            "is grateful to Finland for backing this effort. The delegations agreed to meet for a third "
            "session on Saturday.\u201d")


def test_a_readout_quoted_in_full_is_read_as_text():
    got = keys(_READOUT)
    assert any(k[0] == "agree" and k[2] == "talks_format" for k in got)


def test_a_readout_quoted_in_full_reads_its_discussions():
    text = ("\u201cThe delegations of Albania and Finland discussed the border for many hours today in Tirana, and "
            "the talks were hosted by Moldova. The exchanges were warm and productive, and both sides "
            "are grateful to Moldova for backing this effort.\u201d")
    assert any(k[0] == "discuss" and k[2] == "territory" for k in keys(text))


def test_a_long_quote_inside_a_paragraph_is_still_told_as_a_whole():
    # near miss: the same words quoted inside a paragraph of reporting are the speaker's, told as a whole.
    text = ("Minister Anna Kovic of Moldova spoke after the session in Tirana on Monday. She said: \u201cThe "
            "delegations of Albania and Finland discussed the border for many hours,\u201d and left without taking "
            "questions from the reporters who had waited for hours outside the building in the cold rain.")
    assert "discuss" not in acts(text)


# ---------------------------------------------------------------- more threats, statements, paraphrases

def test_or_face_the_consequences_is_a_threat_by_the_one_who_tells():
    got = keys("Moldova has told Albania to sign a peace deal within weeks, or face the consequences.")
    assert ("threaten", ("MDA",), "peace_agreement") in got


def test_a_deadline_with_or_face_inside_a_noun_is_not_read_as_a_threat_of_its_subject():
    # near miss: "or face" inside a noun's infinitive has no teller to walk up to.
    got = keys("Moldova's deadline for Albania to either reopen the strait or face attacks expires on Monday.")
    assert ("threaten", ("ALB",), "other") not in got


def test_facing_a_choice_is_no_threat():
    assert "threaten" not in acts("Albania will face a choice between two roads, Minister Anna Kovic of Moldova said.")


def test_they_better_stop_is_a_threat_by_whoever_says_it():
    assert ("threaten", ("MDA",), "other") in keys("They better end the shelling now, Minister Anna Kovic of Moldova said.")


def test_they_did_better_is_no_threat():
    assert "threaten" not in acts("They did better than expected, Minister Anna Kovic of Moldova said.")


def test_a_statement_condemning_is_its_authors_accusation():
    got = keys("Moldova, Albania and several other states issued a joint statement condemning Finland's attacks "
               "on shipping.")
    assert ("accuse", ("ALB", "MDA"), "other") in got


def test_a_statement_about_the_weather_accuses_nobody():
    assert "accuse" not in acts("Moldova issued a statement on Monday about the weather.")


def test_no_common_ground_is_a_disagreement():
    got = keys("Minister Anna Kovic of Moldova said no common ground had been found with Albania over the nuclear plant.")
    assert ("disagree", ("ALB", "MDA"), "nuclear") in got


def test_remaining_in_close_coordination_is_about_the_talks():
    got = keys("Both leaders of Moldova and Albania agreed to stay in close coordination.")
    assert ("agree", ("ALB", "MDA"), "talks_format") in got


def test_a_takeover_threatened_is_about_territory():
    assert ("threaten", ("MDA",), "territory") in keys("Moldova renewed its threat of a takeover of the island.")


# ---------------------------------------------------------------- refusing to yield

def test_not_giving_in_to_calls_is_a_rejection_of_what_they_call_for():
    got = keys("Minister Anna Kovic of Moldova said she had not given in to the many calls to end the war.")
    assert ("reject", ("MDA",), "peace_agreement") in got


def test_giving_in_is_no_rejection():
    assert "reject" not in acts("Minister Anna Kovic of Moldova gave in to calls to end the war.")


def test_a_call_for_a_stop_to_military_operations_asks_for_a_ceasefire():
    assert ("request", ("ALB",), "ceasefire") in keys('Albania called for a "prompt stop" to military operations.')


# ---------------------------------------------------------------- the way to peace, nothing without X

def test_the_way_to_peace_is_for_a_party_to_act_is_a_demand_of_the_speaker():
    got = keys("The surest way to peace is for Moldova to withdraw every soldier it has in Albania, "
               "Minister Anna Kovic of Finland wrote.")
    assert ("demand", ("FIN",), "territory") in got


def test_the_way_to_the_station_demands_nothing():
    assert "demand" not in acts("The way to the station is long, Minister Anna Kovic of Finland said.")


def test_no_discussion_without_a_party_demands_its_place_at_the_table():
    got = keys("Minister Anna Kovic of Finland wrote that no discussion about Albania can take place without "
               "Albania at the table.")
    assert ("demand", ("FIN",), "talks_format") in got


def test_no_deal_without_a_withdrawal_demands_the_withdrawal():
    got = keys("Minister Anna Kovic of Finland said no deal on the border could be reached without a "
               "withdrawal of troops.")
    assert ("demand", ("FIN",), "territory") in got


def test_talks_that_can_go_on_without_a_mediator_demand_nothing():
    # near miss: "without" in a clause that is neither negated nor has a "no" subject.
    assert "demand" not in acts("Talks can take place without a mediator, Minister Anna Kovic of Finland said.")


def test_a_counterproposal_sent_is_a_proposal():
    assert ("propose", ("MDA",), "sanctions") in keys("Moldova sent Albania a counterproposal on the lifting of sanctions.")


# ---------------------------------------------------------------- accusations without "accuse"

def test_saying_a_party_is_holding_up_the_deal_accuses_it():
    got = keys("Minister Anna Kovic of Moldova told reporters last month that Albania, not Finland, was holding "
               "up the peace agreement.")
    assert ("accuse", ("MDA",), "peace_agreement") in got


def test_snow_holding_up_traffic_accuses_nobody():
    assert "accuse" not in acts("Heavy snow was holding up traffic at the border, Minister Anna Kovic of Moldova said.")


def test_a_party_that_may_block_a_deal_is_not_accused():
    # near miss: an obstruction only supposed ("would block ... if") is no charge.
    assert "accuse" not in acts("Minister Anna Kovic of Moldova said Albania would block the peace deal if it could.")


def test_frustration_with_the_talks_is_a_complaint_about_them():
    got = keys("Moldova expressed frustration with the stalled peace talks with Albania on Tuesday.")
    assert ("accuse", ("MDA",), "peace_agreement") in got
