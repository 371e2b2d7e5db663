"""Sentences about sessions -> Meetings: status, date, place, venue, round, parties,
mediators, chairs, delegation heads, format, duration.

A meeting is told over several sentences: the lede gives place and day, a later one
who chaired, another how long it lasted. Each sentence that names a session gives a
``_Sighting``; sightings of the same session (same day, same place and round, or a
definite "the talks" with nothing that contradicts) fold into one meeting.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import regex

from parley.lexicon import parties as party_lex
from parley.lexicon.people import SPEECH_VERBS
from parley.lexicon.places import CAPITALS, CITIES, CONTESTED_REGIONS, OTHER_REGIONS, VENUE_CITY
from parley.model import Actor, Document, Meeting, Span
from parley.reader import rxcache as rxc
from parley.reader.mentions import PersonMention
from parley.reader.recognize import Mentions
from parley.reader.recognize.dates import FUTURE_CUES
from parley.reader.segment import Parts, Sentence
from parley.reader.syntax import Parse, parse

# Words that name a negotiating session.
_SESSION = re.compile(
    r"(?=[tTnNrRmMsScCdDpPhHbBoOvVwW])\b(?:talks|negotiations|round|rounds|meeting|meetings|met|meet|meets|summit|consultations|session|"
    # "the delegations have sat down at the Lakeside Hall" (not "sat down with reporters", "for an interview")
    r"sat\s+down(?!\s+(?:with\s+(?:reporters|journalists|the\s+press)|for\s+(?:an?\s+)?interview))|"
    # "A and B signed a framework in Vell on Tuesday": a signing brings the sides to one table
    r"signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:framework|agreement|deal|accord|accords|memorandum|declaration|ceasefire|truce|pact|treaty|protocol)\b|"
    # "the signing ceremony at the Lakeside Hotel", "the accord was signed at the Lakeside Hall by A and B"
    r"signing\s+ceremony|(?:was|were)\s+signed(?=\s+(?:on|at|in)\b)|"
    r"(?:(?<=\bis\s)|(?<=\bare\s))signed(?=\s+(?:on|at|in)\b)|"
    # a chronology's present, "A and B sign a declaration in Vell"
    r"signs?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:framework|agreement|deal|accord|accords|memorandum|declaration|ceasefire|truce|pact|treaty|protocol)\b|"
    # "the negotiators spent four hours at the Amber Hotel on Saturday": the hours of a session
    # (only after a negotiating subject: _SPENT_HOURS)
    r"spent\s+(?:some\s+|about\s+|nearly\s+|more\s+than\s+|over\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|[1-9]\d?)(?:\s+and\s+a\s+half)?\s+hours|"
    r"sessions|call|phone call|discussions|hosted|hosts|to\s+host|(?:will|would)\s+host|spoke(?:\s+\w+){0,2}\s+with|"
    r"convened|convene|reconvened|reconvene|phoned|telephoned|"
    # "resumed mediation over the lake on 2 May in Vell": a mediation opened or resumed is a session
    r"(?:resum\w*|reopen\w*|open\w*|beg[au]n|start\w*|held|launch\w*)\s+(?:[\w-]+\s+){0,2}?mediation|"
    # "visited Ruritanian President Anna Kovic", "visiting his counterpart": a visit to a leader is a meeting
    r"visit(?:ed|s|ing)?\s+(?:his|her|their|the)?\s*(?:[A-Z][\w.-]+\s+){0,3}?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|"
    r"[Cc]ounterpart|[Cc]hancellor|[Pp]remier|[Kk]ing|[Ee]mir|[Aa]mir|[Ss]ultan|[Cc]rown\s+[Pp]rince)|"
    # leaders' calls: "spoke by phone", "talked over the telephone", "a phone conversation", "a call by video link"
    r"(?:spoke|spoken|speak|speaks|talked|talk|chatted|conferred)\s+(?:\w+\s+){0,3}?(?:by|over\s+the|on\s+the)\s+(?:tele)?phone|"
    r"(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\s+with|(?:tele)?phone\s+(?:conversation|talks)|video\s+(?:call|conference|link))\b",
    re.I)
# The negotiating subject of "spent four hours ...": "the two delegations, meeting for the first time, spent".
_SPENT_HOURS = regex.compile(r"\b(?:negotiators|delegations|delegates|envoys|teams|mediators|sides)\b[^.;:“”\"]{0,150}\Z")
# A chronology's line: a day, then a dash, then what happened ("18 March – A and B meet in Vell",
# "June 27 - A deal is signed", "14 Oct. 2024 — ...").
_CHRONOLOGY_LINE = regex.compile(r"\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s+[–—-]\s")
# Sessions that are not negotiations between parties.
_NOT_SESSION = re.compile(r"\b(?:news conference|press conference|board meeting|cabinet meeting|"
                             r"shareholder|earnings call|conference call with analysts|G7 meeting|G20 meeting)\b",
                             regex.I)

# "met pushback", "met with criticism", "meet the deadline": a reaction or a target met, not a session.
_MET_WITH_THING = regex.compile(
    r"(?i:met|meet|meets|meeting)\s+(?:with\s+)?(?:(?:a|an|the|some|little|much|strong|stiff|fierce|broad|"
    r"widespread|swift|sharp|immediate|mixed|its|their|his|her|all|any|these|those)\s+){0,2}"
    r"(?i:pushback|criticism|resistance|opposition|skepticism|scepticism|approval|silence|derision|anger|outrage|"
    r"condemnation|protests?|reactions?|responses?|backlash|disapproval|dismay|concern|alarm|applause|praise|"
    r"rejection|ridicule|scorn|suspicion|indifference|deadlines?|demands?|conditions|targets?|goals?|"
    r"expectations|requirements|criteria|obligations|needs|standards|threshold)\b")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20}
# "the 27th round", "its 71st session": ordinals in digits, any number a process may reach
_DIGIT_ORDINAL = r"[1-9]\d{0,2}(?:st|nd|rd|th)"
_ORDINAL_RX = r"(?:" + "|".join(_ORDINALS) + r"|" + _DIGIT_ORDINAL + r")"
_ROUND = regex.compile(r"\b(?P<ord>" + _ORDINAL_RX + r")\s+(?:\w+[- ]){0,3}?round\b"
                       r"|\bround\s+(?P<num>one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?)\b(?!\s*(?:%|percent))",
                       regex.I)


def _ordinal(word: str) -> int:
    """The number of an ordinal: "third" 3, "27th" 27."""
    w = word.lower()
    return _ORDINALS[w] if w in _ORDINALS else int(w[:-2])


_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}
# "put off until", "moved to": the day after it is the session's new day
_MOVED_TO = regex.compile(r"\b(?:postponed|delayed|rescheduled|pushed\s+back|moved|put\s+off)\s+(?:until|till|to)\b", regex.I)
# Between two session words, what makes the second another event: "met ... and will meet again"
_NEXT_EVENT = regex.compile(r"\b(?:and|but|then|before|after|while|again)\b|,\s+(?:will|would|are|is|have|has|had|were|was)\b")
# "mediated by", "hosted by the": the party named next brings the sides together.
_BY_MEDIATOR = regex.compile(r"\b(?:(?:mediated|brokered|hosted|facilitated|convened|sponsored|chaired|moderated|"
                             r"organi[sz]ed|witnessed)\s+by|in\s+the\s+presence\s+of|under\s+the\s+auspices\s+of|"
                             r"(?:under|with|through)\s+the\s+(?:mediation|facilitation|good\s+offices)\s+of(?:\s+an?)?)"
                             r"\s+(?:the\s+)?(?:government\s+of\s+|(?:Kingdom|Republic|State)\s+of\s+)?$")
# A sentence that opens on the session told just before: "Then X met Y", "Later that day, ..."
_THEN = regex.compile(r"\s*(?:Then|Afterwards|After that|Later (?:that|the same) (?:day|evening|afternoon|night)|"
                      r"Later in the day|Shortly after(?:wards)?)\b,?\s+(?!(?:on|in|later|next|last|the following)\b)")
_BROKERED_AFTER = regex.compile(r"-(?:brokered|mediated|hosted|facilitated)\b")
# A list of names before the one at hand: "by Borduria, Ruritania and" + "Syldavia"
# (an item may be a body's person: "by the Union's envoy and Syldavia")
_LIST_BEFORE = (r"(?:[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*(?:[’']s\s+(?:special\s+|personal\s+)?"
                r"(?:envoy|representative|delegate|ambassador|emissary|nuncio))?\s*(?:,\s*and|,|and)\s+(?:the\s+)?){0,3}$")
_BY_MEDIATOR_LIST = regex.compile(r"\b(?:(?:mediated|brokered|hosted|facilitated|convened|sponsored|chaired|moderated|"
                                  r"organi[sz]ed|witnessed|arranged)\s+by|in\s+the\s+presence\s+of|under\s+the\s+auspices\s+of|"
                                  # "under the mediation of the AU", "through the good offices of Borduria"
                                  r"(?:under|with|through)\s+the\s+(?:mediation|facilitation|good\s+offices)\s+of(?:\s+an?)?|"
                                  r"[Aa]t\s+the\s+invitation\s+of(?:\s+the\s+(?:[\p{Lu}][\p{L}-]*\s+){1,3}of)?|"
                                  r"with\s+the\s+participation\s+of|"
                                  # "in the presence of a representative of the AU": the body sent someone
                                  r"in\s+the\s+presence\s+of\s+(?:(?:a|an|the|two|senior)\s+)?(?:[\w-]+\s+){0,2}?"
                                  r"(?:representatives?|envoys?|officials?|delegates?|ambassadors?|emissar(?:y|ies))\s+(?:of|from)|"
                                  # "in his role as pro tempore president of the Union": the body he speaks for
                                  r"in\s+(?:his|her|its|their)\s+(?:role|capacity)\s+as\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?of"
                                  # "moderated by former Bordurian foreign minister X": a title's state
                                  r")\s+(?:the\s+)?(?:(?:former|then|outgoing|retired|veteran)\s+)?"
                                  r"(?:(?:[Gg]overnment|Kingdom|Republic|State)\s+of\s+(?:the\s+)?)?"
                                  # "hosted by the Prime Minister of Borduria": the state of the host's title
                                  r"(?:(?:[\p{Lu}][\p{L}-]*\s+){1,3}of\s+(?:the\s+)?)?" + _LIST_BEFORE)
# What a go-between is called: "acting as guarantors", "with Borduria as host"
_MEDIATOR_NOUN = (r"(?:mediators?|hosts?|brokers?|witness(?:es)?|guarantors?|facilitators?|co-?chairs?|"
                  r"accompanying\s+(?:countries|states|nations))\b")
# "Borduria and Syldavia acting as mediators", "with the UN mediating", "Borduria, which hosted the talks"
_MEDIATING_AFTER = regex.compile(
    r"(?:\s*(?:,\s*and|,|and)\s+(?:the\s+)?[\p{Lu}][\p{L}.-]*(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}.-]*){0,3})*"
    r",?(?:\s+(?:mediating|(?:acting|serving|acted|served|act|acts|serve|serves)\s+as\s+(?:a\s+|the\s+|its\s+)?" + _MEDIATOR_NOUN + r"|"
    r"as\s+(?:a\s+|the\s+)?" + _MEDIATOR_NOUN + r")|"
    # "Borduria is mediating the discussions", "Borduria and Syldavia are also mediating" (never "is not mediating")
    r"\s+(?:is|are|was|were)\s+(?:also\s+|now\s+|again\s+)?(?:mediating|brokering)\b|"
    r",\s+(?:which|who)\s+(?:has\s+|have\s+|had\s+)?(?:hosted|mediated|brokered|facilitated|is\s+hosting|"
    r"is\s+mediating)\b)")
# "Borduria has long served as a go-between for the two", "Borduria has been mediating"
_GO_BETWEEN_AFTER = regex.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:long\s+)?(?:acted|acts|served|serves|been\s+acting|been\s+serving)"
                                  r"\s+as\s+(?:a\s+|the\s+|the\s+main\s+|a\s+key\s+)?(?:mediator|go-between|broker)|"
                                  r"\s+(?:has|have|had)\s+been\s+mediating\b")
# "Borduria hosted talks between A and B"
# (also across an aside: "Borduria, which borders both, is set to host talks between A and B")
# "Borduria's Vell island", "Borduria's northern coast": a possessive land that only tells where
_LAND_PART_AFTER = regex.compile(r"[’']s\s+(?:[\p{L}-]+\s+){0,2}?(?:island|islands|capital|coast|city|town|port|resort|"
                                 r"region|province|outskirts|border|lakeside|seaside|mountains|peninsula)\b")
# "the Bordurian capital", "Borduria's capital" (not "capital punishment", "capital flows")
_CAPITAL_AFTER = regex.compile(r"(?:[’']s)?\s+capital\b(?!\s+(?:punishment|flows?|markets?|controls?|gains?|city\s+of))")
# ", after months of talks", "at the close of the consultations": a session an act just told closed
_CLOSING_BEFORE = regex.compile(r"(?:,\s*|\s)(?:after|following|at\s+the\s+(?:end|close|conclusion)\s+of|ending|"
                                r"concluding)\s+(?:[\w-]+\s+){0,5}?\Z")
# "yesterday held their first formal negotiating", "on Monday opened a new": a day, then the verb
# whose object is the session word (up to four words of the noun phrase between)
_DAY_THEN_HELD = regex.compile(r"\S+(?:\s+\S+){0,3}?\s+(?:held|opened|began|started|resumed|reopened|concluded|"
                               r"wrapped\s+up|launched)\s+(?:(?:their|its|a|an|the|his|her)\s+)?(?:[\w-]+\s+){0,3}\Z")
# "the Lakeside Hotel, where the talks opened": a house or town a "where" clause gives the session
_WHERE_SESSION = regex.compile(r"[^,;.]{1,60}?,\s+where\s+(?:the\s+|a\s+|their\s+)?(?:[\w-]+\s+){0,2}?\Z")
# "The two men met ...", "Both ministers then sat down ...", "The delegations met again": a subject
# that points back at the sides just told, so the session is the one just told (not a new one).
_THE_TWO_MET = regex.compile(
    r"(?:^|[.;]\s+|,\s+)(?:[Tt]he\s+two|[Bb]oth|[Tt]he)\s+(?:\w+\s+)?(?:men|women|leaders|sides|delegations|ministers|"
    r"presidents|premiers|envoys|negotiators|teams|parties|counterparts)\s+(?:(?:then|later|first|also|again|briefly)\s+)?"
    r"(?:met|sat\s+down|held|spoke|talked|began|opened)\b[^.;]*\Z")
_ASIDE_RX = r",\s+(?:which|who|whose)\b[^,;.“”\"]{1,120}?,|\s[–—]\s[^–—;.“”\"]{1,120}?\s[–—]\s"
_HOSTS_AFTER = regex.compile(r"(?:" + _ASIDE_RX + r")?\s+(?:has\s+|had\s+)?(?:hosted|hosts|mediated|brokered|facilitated|is\s+hosting|"
                             r"will\s+host|(?:is|are)\s+(?:set|due|expected|scheduled)\s+to\s+host|(?:is|are)\s+to\s+host)\b")
# A non-restrictive relative clause: ", which shares borders with A and B,". The states and people
# in it are what the clause says of its noun, not sides of a session told outside it.
_ASIDE = regex.compile(_ASIDE_RX)


def _in_aside(asides: list[tuple[int, int]], off: int, trig: int) -> bool:
    """Whether ``off`` lies inside an aside that does not hold the session word at ``trig``."""
    return any(a < off < b and not a < trig < b for a, b in asides)


# "under Bordurian facilitation", "under the Union's mediation": the go-between's role as a noun
# (each of a list: "under Bordurian and Syldavian mediation")
_UNDER_BEFORE = regex.compile(r"\bunder\s+(?:the\s+)?(?:joint\s+)?(?:[\p{Lu}][\p{L}-]*\s*(?:,\s*and|,|and)\s+){0,3}\Z",
                              regex.V1)
_ROLE_NOUN_AFTER = regex.compile(r"(?:\s*(?:,\s*and|,|and)\s+[\p{Lu}][\p{L}-]*){0,3}"
                                 r"(?:[’']s)?\s+(?:joint\s+)?(?:facilitation|mediation|auspices|chairmanship|sponsorship|good\s+offices)\b")
# "Borduria's facilitator said", "the Union's chief mediator, X, told": the body a go-between works for
_OWN_GO_BETWEEN_AFTER = regex.compile(r"[’']s\s+(?:(?:chief|special|lead|senior|top)\s+)?(?:facilitators?|mediators?|moderators?)\b")


# "co-chaired by the Bordurian fisheries minister and his Ruritanian counterpart": the co-chairs are
# the two sides' own, not go-betweens
_COUNTERPART_COCHAIRS = regex.compile(r"\bco-?chaired\s+by\b[^.;:“”\"]{0,120}?\band\s+(?:his|her|their|its)\s+"
                                      r"(?:[\p{Lu}][\p{L}-]*\s+){1,2}counterparts?\b")


# A go-between who carries the sides' words: "Borduria's foreign minister, Jan Kral, carried messages
# back and forth", "Bordurian officials are passing messages between them", "exchanging notes through
# Borduria's foreign minister"
_CARRY_VERB = r"(?:carried|carrying|carries|carry|passed|passing|passes|relayed|relaying|relays|ferried|ferrying|shuttled|shuttling)"
_CARRIES_AFTER = regex.compile(
    r"(?:[’']s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:minister|envoy|mediator|diplomats?|officials?)|"
    r"\s+(?:[\p{Ll}-]+\s+)?(?:officials|diplomats|envoys|mediators))"
    r"(?:,\s+[\p{Lu}][^,;.“”\"]{1,60}?,)?\s+(?:who\s+)?(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?"
    + _CARRY_VERB + r"\s+(?:[\w-]+\s+){0,2}?(?:messages|proposals|notes|positions)\b")
_THROUGH_BEFORE = regex.compile(r"\b(?:messages|proposals|notes|positions)\s+(?:[\w-]+\s+){0,3}?(?:through|via)\s+(?:the\s+)?\Z")
_THROUGH_AFTER = regex.compile(r"[’']s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:minister|envoy|mediator|diplomats?|officials?)\b")


def _mediates(text: str, lo: int, span: Span) -> bool:
    """Whether the party named at ``span`` is told as bringing the sides together."""
    if any(m.start() <= span.start < m.end()
           for m in _COUNTERPART_COCHAIRS.finditer(text, max(lo, span.start - 140), min(len(text), span.end + 140))):
        return False
    return bool(_BY_MEDIATOR_LIST.search(text[max(lo, span.start - 80):span.start])
                or _BROKERED_AFTER.match(text, span.end) or _MEDIATING_AFTER.match(text, span.end)
                or _OWN_GO_BETWEEN_AFTER.match(text, span.end)
                or _CARRIES_AFTER.match(text, span.end) is not None
                or (_THROUGH_BEFORE.search(text[max(lo, span.start - 60):span.start]) is not None
                    and _THROUGH_AFTER.match(text, span.end) is not None)
                or (_UNDER_BEFORE.search(text[max(lo, span.start - 60):span.start]) is not None
                    and _ROLE_NOUN_AFTER.match(text, span.end) is not None))
# A session told as the first of its kind: its round is 1.
_FIRST_SESSION = regex.compile(r"\bfor\s+(?:the|a)\s+(?P<ord>" + _ORDINAL_RX + r")"
                               r"\s+time\b|\b(?:the|its|their)\s+(?P<ord>" + _ORDINAL_RX + r")"
                               r"\s+(?:(?!days?\b|hours?\b|week\b)[\w-]+\s+){0,2}"  # "the second day of talks" is no round
                               r"(?:talks|meeting|negotiations|session|summit)\b", regex.I)
# "another round", "a fresh round": one more than the round told before it.
# How far after the report a "new round" told under a past verb may lie and still be the round to
# come (the date recognizer's own look-ahead for a year-less day, DAY_LOOKAHEAD_DAYS in dates.py).
NEW_ROUND_AHEAD_DAYS = 45
_ANOTHER_ROUND = regex.compile(r"\b(?:another|a\s+new|the\s+next|a\s+further|a\s+fresh)\s+round\b", regex.I)
_PREVIOUS_ROUNDS = regex.compile(
    r"\b(?:previous|earlier|past|last|first|prior)\s+(?P<n>two|three|four|2|3|4)\s+rounds\b|"
    r"\b(?P<n>two|three|four|2|3|4)\s+(?:previous|earlier|past|prior)\s+rounds\b", regex.I)
_COUNT = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}

_FUTURE = regex.compile(r"\b(?:prepares? to|preparing to|plans? to|intends? to|will|would|to be held|is to|are to|set to|scheduled|planned|plan to|expected to|"
                        r"poised to|slated to|due to (?:hold|meet|begin|start|resume|open|convene|reconvene|take\s+place)|"
                        # an issue put off to a session to come: "the fishing quarrel was put off to a later session"
                        r"(?:deferred|left|referred|put\s+off|held\s+over)\s+(?:un)?to\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:round|meeting|session|talks)\b|"
                        # a modal only when it governs the session's verb ("could meet", not "could decide the war")
                        r"(?:could|(?-i:may)|might)\s+(?:\w+\s+)?(?:hold|meet|resume|take\s+place|be\s+held|begin|start|"
                        r"convene|reconvene|sit|travel|host|return|talk|speak)|"
                        r"(?:agreed|agree|agrees|decided|decide|decides)\s+to\s+(?:hold|meet|resume|convene|reconvene|continue)|"
                        # "agreed to open the ports and to meet again on May 3": an infinitive of
                        # meeting coordinated with the act is a plan as well
                        r"\b(?:and|also)\s+to\s+(?:meet|hold|resume|convene|reconvene)\b|\bto\s+meet\s+again\b|"
                        # a headline's infinitive: "Port talks to resume Friday"
                        r"\b(?:talks|negotiations|round|dialogue)\s+to\s+(?:resume|reconvene|restart)\b|"
                        r"(?:postponed|delayed|rescheduled|pushed\s+back)\s+(?:until|till|to|for)|"
                        r"invit(?:es|ed|ing)\s+(?:[\w-]+\s+){1,4}?to\s+(?:talks|a\s+meeting|a\s+summit|attend|join|meet)|"
                        r"ahead\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:talks|summit|meeting|round|negotiations)|"
                        r"(?:is|are)\s+(?:only\s+|also\s+|not\s+)due|"
                        r"next week|next month|upcoming|agreed to meet|is due|are due|"
                        # "the next round is set for June 26", "slated for", "pencilled in for"
                        r"(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|tentatively\s+)?(?:set|slated|pencill?ed\s+in|fixed|planned)\s+for|"
                        r"would be held|will be held|will return|is headed|are headed|heads to)\b", regex.I)
_ONGOING = regex.compile(r"\b(?:are|is)\s+(?:\w+\s+)?(?:holding|meeting|negotiating)\b(?!\s+(?:next|later|tomorrow))|"
                         # "the delegations have sat down", "Day three of the talks is starting": under way as the report is written
                         r"\b(?:have|has)\s+(?:now\s+|just\s+)?sat\s+down\b|"
                         r"\b(?:is|are)\s+(?:now\s+|just\s+)?(?:starting|beginning|getting\s+under\s?way)\b(?!\s+(?:next|later|tomorrow|on\b))|"
                         r"\b(?:have|has)\s+been\s+(?:holding|meeting|negotiating)\b|"
                         r"\b(?:talks|negotiations|meeting|round)\s+(?:are|is)\s+(?:being held|under ?way|ongoing|"
                         r"continuing)\b|\b(?:are|is)\s+(?:now\s+)?(?:being\s+held(?!\s+(?:hostage|captive|prisoner|in\s+detention|in\s+captivity))|under\s?way|in\s+progress)\b|\bsecond day of\b|\b(?:second|third|final)\s+(?:and\s+final\s+)?day\b", regex.I)
# A session told as beginning as the report is written (a live report's present)
_UNDER_WAY_NOW = regex.compile(r"\b(?:have|has)\s+(?:now\s+|just\s+)?sat\s+down\b|"
                               r"\b(?:is|are)\s+(?:now\s+|just\s+)?(?:starting|beginning|getting\s+under\s?way)\b", regex.I)
_ENDED = re.compile(r"\b(?:ended|concluded|wrapped up|finished|closed|broke up)\b", re.I)
# An offer or a call to hold a session: the session is only proposed ("ready to host talks",
# "offered to facilitate", "proposed holding a round"); such a session is a statement, not a meeting.
_PROPOSED = regex.compile(
    r"\b(?:(?:is|are|was|were|be|remains?|stands?)\s+(?:\w+\s+)?(?:willing|ready|prepared|open)\s+to\s+(?:\w+\s+)?"
    r"(?:host|facilitate|mediate|broker|hold|organi[sz]e|arrange|join)|"
    r"offer(?:s|ed|ing)?\s+to\s+(?:host|facilitate|mediate|broker|hold)|"
    r"propos(?:es|ed|ing|e)\s+(?:holding|to\s+hold|a\s+(?:meeting|summit|round))|"
    r"(?:a\s+|the\s+)?(?:proposal|offer|suggestion|idea|call|plan)\s+(?:\w+\s+)?to\s+(?:hold|host|meet|convene)|"
    r"suggest(?:s|ed|ing)?\s+(?:holding|a\s+(?:meeting|summit|round)|talks)|"
    r"call(?:s|ed|ing)?\s+for\s+(?:\w+\s+){0,2}(?:talks|negotiations|a\s+meeting|a\s+summit))\b", regex.I)
_CANCELLED = regex.compile(r"\b(?:cancell?ed|called off|postponed indefinitely|scrapped|"
                           # "the talks have been postponed" (no new day: "postponed until Friday" is scheduled)
                           r"(?:was|were|been|is|are)\s+(?:again\s+|later\s+|now\s+)?(?:postponed|put\s+off|delayed)"
                           r"(?!\s+(?:until|till|to|for|by)\b))\b", regex.I)
# "..., but the meeting was called off": the session told before, cancelled in a clause of its own
_CALLED_OFF_AFTER = regex.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|then\s+|since\s+)?"
                                  r"(?:cancell?ed|called\s+off|scrapped|postponed|put\s+off)\b(?!\s+(?:until|till|to)\b)",
                                  regex.I)
_THE_BEFORE = regex.compile(r"\b(?:the|that|this)\s+\Z", regex.I)
_ROUND_OF = regex.compile(r"\brounds?\s+of\s+(?:[\w-]+\s+){0,2}?\Z", regex.I)
# "hosted by", "convened by": a participle of the session word before it, no session of its own
_PARTICIPLE_BY = regex.compile(r"(?:hosted|convened|hosts)\s+by\b", regex.I)
_PAST = regex.compile(r"\b(?:held|met|concluded|ended|took place|wrapped up|wrap up|was|were|lasted|"
                      r"began|started|opened|hosted|chaired|led|headed|attended|covered|discussed|"
                      r"facilitated|convened|had)\b"
                      # "a delegation led by X will travel": a participle of a noun, no past tense
                      r"(?<!\b(?:led|headed|hosted|chaired|facilitated|convened)(?=\s+by\b))", regex.I)

_FORMATS = {
    "closed-door": r"closed[- ]door", "indirect": r"\bindirect\b", "direct": r"\bdirect talks\b",
    "trilateral": r"\btrilateral\b", "bilateral": r"\bbilateral\b", "online": r"\b(?:online|virtual|video call)\b",
    "phone call": r"\bphone call\b", "technical-level": r"\btechnical[- ]level\b",
}
_DURATION = regex.compile(
    r"\b(?:lasted|lasting|went on|ran)\s+(?:for\s+)?(?P<approx>less than|more than|about|around|nearly|almost|over|"
    r"under|some|roughly)?\s*(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|half an)"
    r"\s*(?P<unit>hours?|minutes?)", regex.I)
_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "half an": 0.5}

# "mediators from Qatar and Egypt", "mediators Egypt and Qatar": the list names the mediators.
MEDIATORS_FROM = regex.compile(
    r"\b(?:[Mm]ediators?|(?:[Cc]o-?)?[Cc]hairs|[Gg]uarantors?|[Ff]acilitators?)\s+(?:from\s+)?"
    r"(?P<list>(?:(?:the\s+)?[\p{Lu}][\p{L}.]+(?:,\s*|\s+and\s+|\s+)?){1,8})")
_CHAIRED = regex.compile(r"\b(?:co-?chaired|chaired|moderated|presided over)\s+by\b", regex.I)
_MEDIATION = regex.compile(r"\b(?:mediat\w*|brokered|hosted|hosting|host|hospitality|facilitat\w*|chaired|"
                           r"moderated)\b", regex.I)
_LED_BY_RESPECTIVELY = regex.compile(r"(?P<parties>(?:[\p{Lu}][\p{L}.]+(?:,\s*|\s+and\s+))+[\p{Lu}][\p{L}.]+)\s+"
                                     r"(?:delegations|teams|negotiators),?\s+(?:led|headed)\s+by(?=[^.]{3,90}?\brespectively\b)")
_RESPECTIVELY = regex.compile(r"\bled\s+the\s+(?P<parties>[^.]{3,80}?)\s+delegations,?\s+respectively\b", regex.I)
_HEADED = regex.compile(r"\b(?:headed|led|heads|leads|(?:is|was)\s+(?:heading|leading))(?:\s+up)?\s+(?:the\s+)?(?P<who>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)(?:[’']s)?\s+"
                        r"(?:delegation|team|side|negotiators)\b")
_LED_BY = regex.compile(r"\b(?:The\s+|the\s+)?(?:(?P<who>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)(?:[’']s)?\s+)?"
                        r"(?:delegation|team|side|talks|round|negotiations)[^.]{0,40}?\b(?:was|were|is|are|will be)\s+(?:being\s+)?"
                        r"(?:led|headed)\s+by\b"
                        r"|\b(?P<who>[\p{Lu}][\p{L}.]+)\s+(?:was|were|is|will\s+be)\s+represented\s+(?:at\s+the\s+\w+\s+)?by\b"
                        # "The government was represented by X, and the Front by Y": the one state at the table
                        r"|\b(?P<who>)(?:[Tt]he\s+)?(?:government|authorities)\s+(?:was|were|is|will\s+be)\s+represented\s+"
                        r"(?:at\s+the\s+\w+\s+)?by\b")

# "the Ruritanian delegation, led by ...", "a Ruritanian team headed by ..."
_LED_BY_APPOS = regex.compile(r"\b(?!The\b|A\b|An\b)(?P<who>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)\s+(?:delegation|team|negotiators|side)"
                              r"\s*[,–—]?\s+(?:which\s+was\s+|was\s+)?(?:led|headed)\s+by\b")
# "an expanded delegation – led by the president's aide, X", "a delegation headed by its defence
# minister, X": a delegation noun with no side before it; the side is the head's own
_LED_BY_NOUN = regex.compile(r"(?P<who>)\b(?:delegation|team|negotiators|side)\s*(?:[,–—]\s*)?"
                             r"(?:which\s+(?:was|is|will\s+be)\s+|(?:was|is)\s+)?(?:led|headed)\s+by\b"
                             r"|(?P<who>)\b(?:delegation|team|side|panel)\s+under\b(?!\s+(?:the\s+)?(?:auspices|pressure|terms))")
# "A's delegation was led by X and B's by Y", "..., and the B side by Y", "...; the B team by Y":
# the verb said once for two sides (read only after a "led by" earlier in the sentence)
# "The session was led for Borduria by X and for Ruritania by Y": each side after "for"
_LED_FOR_BY = regex.compile(r"\b(?:led|headed)\s+for\s+(?:the\s+)?(?P<who>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)\s+by\b"
                            r"|(?:,?\s+and\s+|;\s+)for\s+(?:the\s+)?(?P<who>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)\s+by\b")
# "The delegation of the Government of Borduria was led by X"
_DELEGATION_OF_LED_BY = regex.compile(r"\b(?:delegation|team)\s+of\s+(?:the\s+)?(?:(?:[Gg]overnment|Republic|Kingdom)\s+of\s+(?:the\s+)?)?"
                                      r"(?P<who>[\p{Lu}][\p{L}.-]+(?:\s[\p{Lu}][\p{L}.-]+)?)\s+(?:was|is|will\s+be)\s+(?:led|headed)\s+by\b")
_LED_BY_GAPPED = regex.compile(
    r"(?:,?\s+and\s+|;\s+|,\s+while\s+)(?:the\s+|its\s+)?"
    r"(?:(?P<who>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)(?:[’']s)?(?:\s+(?:delegation|team|side|negotiators|panel))?"
    r"|(?P<who>)[\p{Ll}-]+\s+(?:delegation|team|side|negotiators|panel))\s+by\b")
# "the government delegation", "the army team", "the rebel side": a side told by what it is
_GOVERNMENT_SIDE = regex.compile(r"\b(?:government|governmental|federal|military|army|state|official)\s+"
                                 r"(?:delegation|team|side|negotiators|panel)\b"
                                 r"|\b(?:government|authorities)\s+(?:was|were|is|will\s+be)\s+represented\b", regex.I)
_REBEL_SIDE = regex.compile(r"\b(?:rebel|rebels'?|opposition|insurgent|militia|movement|group's|separatist)\s+"
                            r"(?:delegation|team|side|negotiators|panel)\b", regex.I)


def _side_by_kind(said: str, sides: set[str]) -> str | None:
    """The one side of ``sides`` a common noun names: the state for "the government delegation",
    the one that is no state for "the rebel team"; None when it is not one."""
    states = {c for c in sides if c in party_lex.STATES}
    others = sides - states
    if _GOVERNMENT_SIDE.search(said) and len(states) == 1:
        return next(iter(states))
    if _REBEL_SIDE.search(said) and len(others) == 1 and states:
        return next(iter(others))
    return None


# "X headed the federal delegation", "Y leads the rebel team": a side told by a common noun is the
# head's own
_HEADED_PLAIN = regex.compile(r"\b(?:headed|led|heads|leads|(?:is|was)\s+(?:heading|leading))\s+(?:the|its|their)\s+"
                              r"(?:[\p{Ll}-]+\s+)?(?:delegation|team|side|negotiators|panel)\b")
# "Borduria sent a delegation headed by X": the sender's delegation
_SENT_LED_BY = regex.compile(r"\b(?P<who>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)\s+(?:has\s+|had\s+|will\s+)?"
                             r"(?:sent|sends|send|dispatched|dispatches|dispatch|fielded|fields)\s+(?:a|an|its)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:delegation|team)\s*,?\s+(?:led|headed)\s+by\b")
# Between two names of one list: "A and B", "A, B", "A and Foreign Minister B"
_AND_NEXT = regex.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:[\p{Lu}][\p{L}.-]*\s+){0,4}")
# "the foreign ministers of A and B, X and Y": X heads A's side, Y B's.
_PAIR_HEADS = regex.compile(r"\b(?:ministers|leaders|presidents|premiers|negotiators|envoys|heads|chiefs)\s+of\s+(?:the\s+)?"
                            r"(?P<a>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)\s+and\s+(?:the\s+)?"
                            r"(?P<b>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?),\s+")
# "..., while Borduria's was led by ...": the delegation left out after the possessive
_LED_BY_ELLIPSIS = regex.compile(r"\b(?P<who>[\p{Lu}][\p{L}.]+)[’']s\s+(?:was|were|is|will\s+be)\s+(?:led|headed)\s+by\b")
# a person who chairs: "Anna Kovic, who chaired the talks", "with Anna Kovic presiding"
_CHAIR_AFTER = regex.compile(r",?\s+(?:who\s+(?:has\s+|had\s+)?(?:chaired|co-chaired|presided\s+over|moderated)|"
                             # "Anna Kovic, the envoy, chaired the meetings" (the verb after the name's apposition)
                             r"(?:,\s+[^,;.“”\"]{3,80}?,\s+)?(?:co-)?chaired\s+(?:the|both|all|each)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:talks|meetings?|session|sessions|round|negotiations)\b|"
                             r"(?:presiding|chairing|in\s+the\s+chair)\b)")
# "Borduria's foreign minister, Anna Kovic, hosted the talks", "the Union's coordinator Anna Kovic
# mediated both sessions": a person who hosts as the active subject (the office's owner mediates)
_HOSTS_SESSION_AFTER = regex.compile(r",?\s+(?:has\s+|had\s+)?(?:hosted|mediated|facilitated)\s+(?:the|both|all|each)\s+"
                                     r"(?:[\w-]+\s+){0,2}?(?:talks|meetings?|session|sessions|round|negotiations|consultations)\b")
# "... Petrov's aide, Anna Kovic": between a principal and the aide named after him
_AIDE_OF = regex.compile(r"[’']s\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s+$")
# Roles that make their holder the head of a side's delegation.
_HEAD_ROLE = regex.compile(r"\b(?:chief|lead|top|head)\s+negotiator|\bhead\s+of\s+(?:the\s+)?(?:\w+\s+)?delegation|"
                           r"\bdelegation\s+(?:head|chief|leader)", regex.I)

# "here" in a datelined report is the dateline's city.
_HERE = regex.compile(r"\bhere\b")


@dataclass(kw_only=True)
class _Told:
    """What a sentence, or the sentences folded into one meeting, tell of a session."""

    status: str
    date: str | None = None
    dates: list[str] = field(default_factory=list)
    place: str | None = None
    venue: str | None = None
    round: int | None = None
    parties: set[str] = field(default_factory=set)
    mediators: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)  # actor ids of the people named
    signing: bool = False  # told as a signing ("A and B signed the accord"): the act is the session


@dataclass(kw_only=True)
class _Sighting(_Told):
    sentence: Sentence
    definite: bool = False  # "the talks": the report's session, not a new one
    country: str | None = None  # "in Ruritania": a country but no city
    month: str | None = None  # "in November 2025": YYYY-MM, when the sighting is told by month only
    aside: bool = False  # "after the opening round in Port Example": another meeting, told as a point in time
    another: bool = False  # "another round", "a fresh round": not the session told before
    then: bool = False  # "Then X met Y": a next session on the day of the one told before
    timed: bool = False  # the sentence tells a time of its own ("in 2023", "last month")
    pair_of: int | None = None  # the sentence index of "talks between A and B, as well as C and D"
    pronoun: str | None = None  # "He met X", "They met in Vell": the session's subject is a pronoun
    sidelines: bool = False  # "on the sidelines, A also met C": a session of its own beside the one told


@dataclass(kw_only=True)
class _Meeting(_Told):
    chairs: list[str] = field(default_factory=list)
    heads: dict[str, str] = field(default_factory=dict)
    formats: list[str] = field(default_factory=list)
    duration: int | None = None
    evidence: list[Span] = field(default_factory=list)
    not_parties: set[str] = field(default_factory=set)  # codes known to be mediators of a related meeting
    first_sentence: int = 0
    last_sentence: int = -1
    pair_of: int | None = None  # one of two sessions told in one sentence (see _split_pairs)


def find_meetings(doc: Document, parts: Parts, mentions: Mentions, actors: tuple[Actor, ...],
                  parses: dict[int, Parse] | None = None) -> list[Meeting]:
    """``parses``: sentences already parsed (reader/syntax); a sentence needed and not among them
    is parsed here."""
    text = doc.text
    by_id = _sides_of_people(text, mentions, actors)
    sightings: list[_Sighting] = []
    # one scan for session words; only the sentences that have one are read closely
    with_session = _sentences_with(_SESSION, doc.text, parts)
    in_sequence = _chronology(doc, parts, mentions)
    for sent in parts.sentences:
        if sent.index in with_session:
            before = parts.sentences[sent.index - 1] if sent.index and sent.index - 1 not in with_session else None
            sightings.extend(_sightings(doc, sent, mentions, by_id, in_sequence, before))
    for si in sightings:
        if (si.status == "ongoing" and not si.dates and not si.month and not si.aside and not si.timed and doc.published
                and _UNDER_WAY_NOW.search(doc.text, si.sentence.span.start, si.sentence.span.end)):
            # "the delegations have sat down at the Lakeside Hall": under way on the day of the report
            si.dates, si.date = [doc.published[:10]], doc.published[:10]
        if si.status == "ongoing" and si.date and doc.published and si.date > doc.published[:10]:
            si.status = "scheduled"  # "are meeting on Friday": the present for a day to come
        if (si.status == "held" and si.another and si.date and doc.published and si.date > doc.published[:10]
                and (date.fromisoformat(si.date) - date.fromisoformat(doc.published[:10])).days <= NEW_ROUND_AHEAD_DAYS):
            # "backed a new round of talks in Vell on Feb. 8" in a January report: a round to come, not
            # last year's (a past verb frames it)
            si.status = "scheduled"
        if si.status == "held" and si.date and doc.published and si.date > doc.published[:10]:
            # a session told as held cannot lie after the report: a day named without its
            # year ("On March 10, they met ...") is last year's
            shifted = [_shift_year(d) if d > doc.published[:10] else d for d in si.dates]
            si.dates, si.date = shifted, min(shifted)
        if si.status == "scheduled" and si.date and doc.published and si.date < doc.published[:10]:
            shifted = [_shift_week(d) if d < doc.published[:10] else d for d in si.dates]
            si.dates, si.date = shifted, min(shifted)
    _pronoun_sides(text, parts, mentions, by_id, sightings, parses)
    _beside(sightings)
    _then_day(sightings)
    _scene_day(doc, parts, mentions, sightings, with_session, in_sequence)
    _lede_day(doc, parts, mentions, sightings, in_sequence)
    _country_city(doc.text, mentions, sightings)
    meetings = _fold(sightings)
    meetings = _placed_then_dated(doc, parts, meetings)
    meetings = _opened_on(doc, parts, mentions, meetings)
    _first_of_days(doc, parts, mentions, meetings)
    _lede_sides(sightings, meetings)
    _title_place(doc, meetings)
    _dateline_place(doc, parts, meetings)
    _previous_rounds(text, parts, mentions, meetings)
    _number_rounds(text, meetings)
    _details(doc, parts, mentions, by_id, meetings)
    _inherit_parties(doc.text, mentions, meetings)
    _host_brokers(doc.text, parts, mentions, meetings)
    out: list[Meeting] = []
    seen_ids: set[str] = set()
    two_sided = {m.date for m in meetings if m.date and len(m.parties | m.mediators) >= 2}
    for m in meetings:
        if not (m.date or m.place or m.venue) or m.status == "proposed":
            continue
        if len(m.parties | m.mediators) < 2 and not (
                len(m.parties | m.mediators) == 1 and m.date and m.date not in two_sided):
            # a session told on its own day with one side the party tables know (the other a
            # movement they lack: "the government and the Front of the Hills (FOH) met on
            # Monday") is kept; without a day, or on the day of a session with two sides, a
            # one-sided sighting is a visit or a second look at that session
            continue
        parties = tuple(sorted(m.parties - m.mediators - m.not_parties))
        if m.venue and not m.place:
            m.place = VENUE_CITY.get(m.venue) or _city_in_venue(m.venue)
        first = min(m.evidence).start if m.evidence else 0
        mid = "m" + hashlib.blake2s(f"{m.date}|{m.place}|{m.round}|{parties}|{first}".encode(),
                                    digest_size=4).hexdigest()
        while mid in seen_ids:
            mid += "x"
        seen_ids.add(mid)
        out.append(Meeting(
            id=mid,
            status=m.status, date=m.date, place=m.place, venue=m.venue, round=m.round, parties=parties,
            mediators=tuple(sorted(m.mediators)), chairs=tuple(m.chairs), heads=tuple(sorted(m.heads.items())),
            format=tuple(dict.fromkeys(m.formats)), duration_minutes=m.duration,
            evidence=tuple(sorted(set(m.evidence))),
        ))
    return out


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


# Between a demonym and the name it qualifies: title words only ("Bordurian counterpart", "Ruritanian
# Prime Minister"), no verb, comma or clause.
_TITLE_GAP = regex.compile(r"(?:\s+(?:[\p{Lu}][\p{L}.-]*|counterpart|premier|president|minister|leader|chancellor|"
                           r"envoy|negotiator|diplomat|official|prime|foreign|defen[cs]e|vice|deputy|special|chief|"
                           r"top|head|spokes(?:man|woman|person)|ambassador)){1,4}\s+$")


def _sides_of_people(text: str, mentions: Mentions, actors: tuple[Actor, ...]) -> dict[str, Actor]:
    """The actors by id, each with the side it acts for in a session: its affiliation, or,
    where none was found, the demonym of its title ("his Bordurian counterpart Anna Kovic",
    "the South African President") as the report gives it."""
    out = {a.id: a for a in actors}
    missing = {a.id for a in actors if a.kind == "person" and not a.affiliation}
    if not missing:
        return out
    votes: dict[str, Counter[str]] = {k: Counter() for k in missing}
    for a in actors:
        if a.id in missing:
            for role in a.roles:
                for w in rxc.findall(r"[\p{Lu}][\p{L}.-]+(?:\s[\p{Lu}][\p{L}.-]+)?", role):
                    code = party_lex.code_of(w)
                    if code:
                        votes[a.id][code] += 1
    ends = {pm.span.end: pm.code for pm in mentions.parties if pm.how in ("demonym", "state", "possessive")}
    for person in mentions.people:
        if person.key not in missing:
            continue
        for back in range(2, 45):
            at = person.span.start - back
            if at in ends and _TITLE_GAP.fullmatch(text, at, person.span.start):
                votes[person.key][ends[at]] += 1
                break
    for key, counts in votes.items():
        if counts:
            out[key] = replace(out[key], affiliation=counts.most_common(1)[0][0])
    return out


def _quoted(text: str, span: Span) -> list[tuple[int, int]]:
    return [(m.start() - span.start, m.end() - span.start) for m in _QUOTED.finditer(text, span.start, span.end)]


def _outside_quotes(text: str, sent: Span, span: Span, quoted: list[tuple[int, int]] | None = None) -> bool:
    rel = span.start - sent.start
    return not any(a < rel < b for a, b in (_quoted(text, sent) if quoted is None else quoted))


def _sightings(doc: Document, sent: Sentence, mentions: Mentions, by_id: dict[str, Actor],
               in_sequence: dict[Span, str] | None = None, before: Sentence | None = None) -> list[_Sighting]:
    """The sessions one sentence tells of: each place or day is tied to its nearest session word.
    ``before``: the sentence before, when it has no session word."""
    text = doc.text
    s = sent.span
    chunk = text[s.start:s.end]
    quoted = _quoted(text, s)
    trig = [m for m in _SESSION.finditer(chunk) if not any(a < m.start() < b for a, b in quoted)
            and not _MET_WITH_THING.match(chunk, m.start())]
    # "spent four hours" is a session only as what negotiators did ("the president spent two hours at a hospital")
    trig = [m for m in trig if not m.group(0).lower().startswith("spent")
            or _SPENT_HOURS.search(chunk, max(0, m.start() - 160), m.start())]
    if not _CHRONOLOGY_LINE.match(chunk):
        # the present "sign a declaration" is a chronology's tense ("will sign the pact on Friday, at
        # the close of the round" is the round's act, not a session of its own)
        trig = [m for m in trig if not regex.match(r"signs?\s", m.group(0), regex.I)]
    if len(trig) > 1:
        # "the second round of talks": one session word
        trig = [m for m in trig if not _ROUND_OF.search(chunk, max(0, m.start() - 30), m.start())] or trig
    if len(trig) > 1:
        # "talks in Vell on Monday, hosted by Borduria, ...": the participle tells of the talks before it
        trig = [m for m in trig if not (_PARTICIPLE_BY.match(chunk, m.start()) and any(
            o.end() <= m.start() and not _PARTICIPLE_BY.match(chunk, o.start()) for o in trig))] or trig
    if not trig or _NOT_SESSION.search(chunk):
        return []
    not_about = bool(_NOT_ABOUT.search(chunk))
    anchors: list[tuple[int, str, object]] = []  # (offset in chunk, kind, value)
    since_at: set[int] = set()  # where a "since" day of a session under way stands
    for d in mentions.dates_in(s):
        if d.kind == "by" and d.value and _owned_at(text, d.span.start):
            # "Before Monday's talks in Vell had begun, ...": the day the session word owns is its own,
            # not a deadline; a weekday of a session told as begun is the last one, not the next
            day = d.value
            wd = _WEEKDAY.search(d.text)
            if wd and doc.published and _BEGUN.match(text, d.span.end, min(s.end, d.span.end + 80)):
                pub = date.fromisoformat(doc.published[:10])
                day = (pub - timedelta(days=(pub.weekday() - _WEEKDAYS.index(wd.group(0).lower())) % 7)).isoformat()
            anchors.append((d.span.start - s.start, "date", day))
            continue
        moved = d.kind == "by" and bool(d.value) and _MOVED_TO.search(text[max(s.start, d.span.start - 30):d.span.start + 6])
        if moved and (_PRESENT_DAY.search(d.text) or _DAY_OF_MONTH.search(d.text)):
            # "put off until Friday": the session's new day
            anchors.append((d.span.start - s.start, "date", d.value))
            continue
        if d.kind == "since" and d.value and _DAY_OF_MONTH.search(d.text) and _outside_quotes(text, s, d.span, quoted) and (
                _SESSION_SINCE.search(text, max(s.start, d.span.start - 200), d.span.start + 6)):
            # "had hosted A and B at the retreat since 11 July", "in talks since Monday": its first day
            anchors.append((d.span.start - s.start, "date", d.value))
            since_at.add(d.span.start - s.start)
            continue
        if not (d.value and d.kind == "on" and _outside_quotes(text, s, d.span, quoted)):
            continue
        owned = bool(_OWNED_DATE.match(text, d.span.end))  # "Wednesday's talks"
        owned = owned or bool(_SESSION_THEN_DATE.search(text[max(s.start, d.span.start - 70):d.span.start]))
        if not owned and _POSSESSIVE_DAY.match(text, d.span.end) and not _POSSESSIVE_SESSION.match(text, d.span.end):
            continue  # "the talks that led to Thursday's swap": the day of the swap, not of the talks
        if not owned and _BACKGROUND_DATE.search(text, max(s.start, d.span.start - 80), d.span.start):
            continue  # "since the envoy's trip ... following the March 3 attack" (but "ahead of a summit on Friday")
        if not owned and _OTHER_EVENT_DATE.search(text[max(s.start, d.span.start - 30):d.span.start]):
            continue  # "detainees seized before June 12": the day of another event
        off_d = d.span.start - s.start
        at_session = not not_about and any(
            t.start() > off_d and _AT_SESSION.search(chunk, off_d, t.start()) for t in trig)
        if owned or at_session or not (not_about or _speech_date(text, d.span)):
            anchors.append((d.span.start - s.start, "date", (in_sequence or {}).get(d.span, d.value)))
    for p in mentions.places_in(s):
        land_part = text[p.span.end:p.span.end + 2] in ("'s", "’s") and bool(_LAND_PART_AFTER.match(text, p.span.end)) and bool(
            rxc.search(r"\b(?:in|on|at|near|outside)\s+\Z", text[max(s.start, p.span.start - 12):p.span.start]))
        if land_part and p.kind == "city" and _outside_quotes(text, s, p.span, quoted):
            anchors.append((p.span.start - s.start, p.kind, p.name))  # "on Vell's seaside", "at a hotel on Vell's island"
            continue
        if text[p.span.end:p.span.end + 2] in ("'s", "’s"):
            continue  # "Moscow's negotiations": a party, not a place
        if _PLACE_OF_OTHER.search(text[max(s.start, p.span.start - 40):p.span.start]):
            continue  # "families of hostages in Gaza": where the hostages are, not the talks
        if p.name in _WAR_REGIONS and not _MET_IN.search(text[max(s.start, p.span.start - 30):p.span.start]):
            continue  # a land at war is what talks are about; it places them only as "met in X"
        if _outside_quotes(text, s, p.span, quoted) and _is_location_at(text, p.span.start):
            anchors.append((p.span.start - s.start, p.kind, p.name))
    for pm in mentions.parties_in(s):
        # "in the Bordurian capital", "in Borduria's capital": the capital the lexicon knows is the town
        city = CAPITALS.get(pm.code or "")
        if city and _CAPITAL_AFTER.match(text, pm.span.end) and rxc.search(
                r"\b(?:in|at|to)\s+(?:the\s+)?\Z", text[max(s.start, pm.span.start - 12):pm.span.start]) and _outside_quotes(
                    text, s, pm.span, quoted) and not any(p.name == city for p in mentions.places_in(s)):
            anchors.append((pm.span.start - s.start, "city", city))
    for vm in _VENUE_AT.finditer(chunk):
        at = s.start + vm.start("v")
        if not any(p.kind == "venue" and p.span.start < s.start + vm.end("v") and at < p.span.end
                   and _is_location_at(text, p.span.start) for p in mentions.places_in(s)) and _outside_quotes(
                       text, s, Span(at, s.start + vm.end("v")), quoted):
            anchors.append((vm.start("v"), "venue", vm.group("v")))
    known = [(p.span.start, p.span.end) for p in mentions.places_in(s)] + [
        (pm.span.start, pm.span.end) for pm in mentions.parties_in(s)]
    for um in _UNKNOWN_CITY.finditer(chunk):
        # a town the gazetteer lacks, told where a session sits ("met in Port Vell on Monday")
        at = s.start + um.start("city")
        if um.group("city") in _NOT_A_CITY or um.group("city") in _WAR_REGIONS or any(a <= at < b for a, b in known):
            continue
        if _outside_quotes(text, s, Span(at, s.start + um.end("city")), quoted):
            anchors.append((um.start("city"), "city", um.group("city")))
    for pm in mentions.parties_in(s):
        if pm.how == "state" and _is_location_at(text, pm.span.start, strict=True) and pm.code and not (
                _PLACE_OF_OTHER.search(text[max(s.start, pm.span.start - 40):pm.span.start])):
            # (not "the war in Borduria", "the conflict” in Borduria": where the war is)
            anchors.append((pm.span.start - s.start, "country", pm.code))
    for cm in _CITY_TALKS.finditer(chunk):  # "the Vienna talks"
        if cm.group("city") not in _WAR_REGIONS:  # "the Gaza ceasefire talks" are about Gaza
            anchors.append((cm.start(), "city", cm.group("city")))
    for cm in _CITY_GATHERING.finditer(chunk):  # "on the sidelines of the Vienna Security Forum"
        if not any(o == cm.start() for o, _k, _v in anchors):
            anchors.append((cm.start(), "city", cm.group("city")))
    hm = _HERE.search(chunk)
    if hm and doc.dateline:
        anchors.append((hm.start(), "city", doc.dateline))
    wm = _WEEKEND_TALKS.search(chunk)
    if wm and doc.published and not any(k == "date" for _o, k, _v in anchors):
        anchors.append((wm.start(), "date", _weekend(doc.published[:10], wm.group(0))))
    rm = _ROUND.search(chunk)
    speech_at = [m.start() for m in _SPEECH_WORD.finditer(chunk) if not any(a < m.start() < b for a, b in quoted)]
    groups: dict[int, list[tuple[int, str, object]]] = {}
    line_day = _CHRONOLOGY_LINE.match(chunk)
    aside_spans = [(m.start(), m.end()) for m in _ASIDE.finditer(chunk)]
    unaside = chunk  # the sentence with its asides blanked: the main clause goes on after one
    for lo_a, hi_a in aside_spans:
        unaside = unaside[:lo_a] + " " * (hi_a - lo_a) + unaside[hi_a:]
    for off, kind, value in anchors:
        t0 = _nearest(chunk, trig, off)
        if kind == "date" and any(a <= off < b and _ends_noun(chunk, t0.end(), a) and _OPENED_IN_ASIDE.match(chunk, a, b)
                                  for a, b in aside_spans):
            # "the talks, which opened on Tuesday, are in their third day": the session's first day
            groups.setdefault(t0.start(), []).append((off, kind, value))
            continue
        if kind == "date" and _in_aside(aside_spans, off, t0.start()) and any(
                k == "date" and not any(a < o < b for a, b in aside_spans) for o, k, _v in anchors):
            # "X, who arrived on Sunday, met Y on Monday": the aside's day is its own event's (not in
            # "A and B, who met on Monday, will meet again on Friday", whose aside has its session word)
            continue
        if kind == "date" and line_day and off < line_day.end():
            # a chronology's line, "18 March – A and B meet in Vell": the line's day is its session's
            groups.setdefault(trig[0].start(), []).append((off, kind, value))
            continue
        if kind == "date" and off < OPENING_DATE_REACH and chunk[off:off + 40].split(",")[0] and "," in chunk[off:off + 45]:
            if not _owned_at(text, s.start + off) and any(off < v < trig[0].start() for v in speech_at):
                continue  # "On Friday, the president said he would meet ...": the day of the words
            groups.setdefault(trig[0].start(), []).append((off, kind, value))  # "Today, Varga held a meeting"
            continue
        t = _nearest(chunk, trig, off)
        if off in since_at:
            # the session verb the "since" day hangs on, however long the guest list between
            before_t = [m for m in trig if m.end() <= off]
            groups.setdefault((before_t[-1] if before_t else t).start(), []).append((off, kind, value))
            continue
        if aside_spans and not any(a <= off < b for a, b in aside_spans) and off > t.end() and any(
                t.end() <= a and b <= off for a, b in aside_spans) and _distance(unaside, t, off) <= ANCHOR_MAX_DISTANCE:
            # "Day three of the talks, which opened on Tuesday, is starting at the Lakeside Hotel": the
            # place of the clause the aside interrupts
            groups.setdefault(t.start(), []).append((off, kind, value))
            continue
        at_session = (kind == "date" and off < t.start() and sum(k == "date" for _o, k, _v in anchors) == 1
                      and bool(_AT_SESSION.search(chunk, off, t.start())))
        if kind in ("venue", "city") and off < t.start() and _WHERE_SESSION.match(chunk, off, t.start()):
            at_session = True  # "at the Lakeside Hotel, where the talks opened on Monday": the talks' house
        if kind in ("venue", "city") and off < t.start() and sum(k == kind for _o, k, _v in anchors) == 1 and bool(
                _LEDE_ACT.search(chunk, 0, off)) and bool(_AT_SESSION.search(chunk, off, t.start())):
            # "A and B signed the accord at the Lakeside Hotel at the close of the talks", "initialled the
            # deal in Vell after four days of talks": the act closed the session where it sat
            at_session = True
        if _distance(chunk, t, off) > ANCHOR_MAX_DISTANCE and not at_session:
            # (but "A and B agreed on Tuesday to ..., at the close of two days of talks": the day of
            # the act is the day of the session the act closed, however long the clause between)
            continue
        if kind == "date" and value and (dm := _DAYS_APART.search(chunk, t.end(), off)):
            # "the talks came a day after the shelling on Sunday": Monday
            n = _DAY_COUNTS[dm.group("n").lower()]
            value = (date.fromisoformat(str(value)) + timedelta(days=n if dm.group("dir").lower() == "after" else -n)).isoformat()
        if not (kind == "date" and _owned_at(text, s.start + off)) and not at_session and any(
                min(off, t.start()) < v < max(off, t.end()) for v in speech_at):
            # "On Tuesday the envoy said Borduria was ready to host talks": the day of the
            # words; "the delegate at the talks shared a photo of a market near Port Example": the
            # place of the post
            continue
        lo, hi = sorted((off, t.start()))
        if off > t.start():
            lo, hi = t.end(), off  # (the session word's own words, "signed a deal in", are not between)
        if not (kind == "date" and at_session) and rxc.search(r"\b(?:agreements?|accords?|deal|made|signed)\b", chunk[lo:hi]):
            # (an act's day that closed the session, "agreed on Tuesday, by mutual agreement, ..., after
            # eight hours of talks", keeps its day whatever the act's words between)
            continue  # "agreements made in Oslo": the place of a deal, not of a session
        groups.setdefault(t.start(), []).append((off, kind, value))
    for t1 in trig:
        # "A and B signed a pact on Tuesday after consultations in Vell": the signing closed the
        # consultations, one session: its day and their town
        if t1.start() not in groups or not t1.group(0).lower().startswith("signed"):
            continue
        for t2 in trig:
            if t2.start() > t1.end() and t2.start() in groups and _CLOSING_BEFORE.search(chunk, t1.end(), t2.start()):
                own_kinds = {k for _o, k, _v in groups[t1.start()]}
                if not own_kinds & {k for _o, k, _v in groups[t2.start()]}:
                    groups[t1.start()].extend(groups.pop(t2.start()))
                break
    if not groups and rm:
        t = min(trig, key=lambda m: abs(m.start() - rm.start()))
        groups[t.start()] = []
    if _PAST_ROUNDS.search(chunk) and not any(k == "date" for _o, k, _v in anchors):
        return []  # "two previous rounds in Vienna": other meetings, told elsewhere with their days
    if not groups and _DEFINITE.search(chunk) and not not_about and not _PAST_REF.search(chunk):
        groups[trig[0].start()] = []
    if not groups and sent.index < LEDE_SENTENCES and _OWN_TALKS.search(chunk) and not not_about:
        groups[trig[0].start()] = []  # the lede's "its talks with A and B": the report's negotiation, its sides
    scene: Sentence | None = None
    if not groups and before is not None and _THE_SESSION_OPENS.match(chunk) and _status(chunk) in ("held", "ongoing"):
        # "... the work of the A and B teams in Vell on May 3. The meeting of the officials helped ...":
        # the session the sentence before told without a session word, its day and its city
        scene_days = [d for d in mentions.dates_in(before.span) if d.kind == "on" and d.value]
        scene_cities = [p for p in mentions.places_in(before.span)
                        if p.kind == "city" and _is_location_at(text, p.span.start)]
        if len(scene_days) == 1 and len(scene_cities) == 1:
            groups[trig[0].start()] = [(0, "date", (in_sequence or {}).get(scene_days[0].span, scene_days[0].value)),
                                       (0, "city", scene_cities[0].name)]
            scene = before
    sidelines = bool(_SIDELINES.search(chunk))
    if not groups and sidelines:
        groups[trig[0].start()] = []  # its day and place are the session's it is beside
    if not groups and _THEN.match(chunk):
        groups[trig[0].start()] = []  # "Then A met C": the day comes from the sentence before
    out: list[_Sighting] = []
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(chunk)]
    bare = chunk  # the sentence with its asides blanked: "Borduria, which ..., held talks" is one clause
    for lo_a, hi_a in asides:
        bare = bare[:lo_a] + " " * (hi_a - lo_a) + bare[hi_a:]
    # "the co-chairs from A, B and C said": go-betweens by what they are called
    named_mediators = [(m.start("list"), m.end("list")) for m in MEDIATORS_FROM.finditer(chunk)]
    place_codes = {v for _o, k, v in anchors if k == "country"} | {
        CITIES.get(str(v)) for _o, k, v in anchors if k == "city"}
    # sightings whose session word lies inside one past act told as closing a session, by act
    closing: dict[int, list[_Sighting]] = {}
    closed_acts = [(m.start(), m.end()) for m in _CLOSED_AFTER_ACT.finditer(chunk)] if groups else []
    for tstart, items in groups.items():
        trig_m = next(m for m in trig if m.start() == tstart)
        clause = _clause(chunk, trig_m.start(), trig_m.end())
        later = [m.start() for m in trig if m.start() > trig_m.end()]
        window_lo = chunk.find(clause) if clause and chunk.find(clause) >= 0 else max(0, trig_m.start() - 40)
        earlier = [m.end() for m in trig if m.end() <= trig_m.start()]
        if earlier and _NEXT_EVENT.search(chunk, earlier[-1], trig_m.start()):
            window_lo = max(window_lo, earlier[-1])  # "met on Monday and will meet again": each its own tense
        # the status is the session word's own clause's: "said after Friday's meeting
        # that no deal was near" tells of a meeting held, not of one to come
        window_hi = min(later[0] if later else len(chunk), window_lo + len(clause) if clause else len(chunk))
        window = chunk[window_lo:max(window_hi, trig_m.end())]
        status = _status(window, at=trig_m.start() - window_lo)
        if status == "scheduled" and _closed_after_act(chunk, trig_m.start()):
            status = "held"  # "agreed on Monday to hold a vote in May, after two days of talks"
        after_aside = min((b for a, b in aside_spans if _ends_noun(chunk, trig_m.end(), a)), default=None)
        if status == "held" and after_aside is not None and _UNDER_WAY_NOW.search(unaside, after_aside, after_aside + 30):
            status = "ongoing"  # "the talks, which opened on Tuesday, are starting their third day"
        if status in ("scheduled", "ongoing") and any(
                _CALLED_OFF_AFTER.match(chunk, t2.end()) and _THE_BEFORE.search(chunk, max(0, t2.start() - 12), t2.start())
                for t2 in trig if t2.start() > trig_m.end()):
            status = "cancelled"  # "were to meet on Friday, but the meeting was called off"
        dates = [str(v) for _o, k, v in items if k == "date"]
        back = _days_before(chunk)
        if back and len(dates) == 1:
            # "wrapped up two days of talks on Wednesday": the session began on Tuesday
            dates = [(date.fromisoformat(dates[0]) - timedelta(days=back)).isoformat()]
        # (a venue the city table also knows as a town, "the summit at Pinecrest": the place it names)
        cities = [str(v) for _o, k, v in items if k == "city"] or [
            str(v) for _o, k, v in items if k == "venue" and v in CITIES]
        venues = [str(v) for _o, k, v in items if k == "venue" and v not in CITIES]
        sighting = _Sighting(sentence=sent, status=status, place=cities[0] if cities else None,
                             venue=venues[0] if venues else None, dates=dates,
                             date=min(dates) if dates else None)
        for k, (a_lo, a_hi) in enumerate(closed_acts):
            if a_lo <= tstart < a_hi:
                closing.setdefault(k, []).append(sighting)
        if rm and (len(groups) == 1 or abs(rm.start() - tstart) < 40):
            sighting.round = _round_of(rm)
        elif not rm and items and (fm := _FIRST_SESSION.search(chunk)) and (
                len(groups) == 1 or abs(fm.start() - tstart) < 60):
            # "sat down for the first time", "the second three-way meeting", "for a third time"
            sighting.round = _ordinal(fm.group("ord"))
        sighting.country = next((str(v) for _o, k, v in items if k == "country"), None)
        sighting.aside = not_about or bool(_PAST_REF.search(chunk))
        sighting.another = bool(_ANOTHER_ROUND.search(chunk))
        sighting.then = bool(_THEN.match(chunk))
        sighting.sidelines = sidelines
        sighting.signing = trig_m.group(0).lower().startswith(("signed", "signing")) or bool(
            rxc.search(r"\b(?:was|were)\s+signed\Z", trig_m.group(0)))
        sighting.timed = bool(mentions.dates_in(s))
        # a month told in the sentence is this session's only when no other session word is nearer
        # ("after Thursday's meeting in Moscow ... the summit in August 2025": the summit's month)
        months = [d.value[:7] for d in mentions.dates_in(s) if d.kind == "month" and d.value
                  and _nearest(chunk, trig, d.span.start - s.start).start() == tstart]
        sighting.month = months[0] if months else None
        host_sides: set[str] = set()
        hosting: set[str] = set()
        host_guests: set[str] = set()
        at_war: set[str] = set()  # sides named only in a war's name ("the Ruritania-Borduria war")
        named: set[str] = set()
        for pm in mentions.parties_in(s):
            if not _outside_quotes(text, s, pm.span, quoted):
                continue
            if _in_aside(asides, pm.span.start - s.start, tstart):
                continue  # "Borduria, which borders Ruritania and Syldavia, will host": not a side
            if _for_a_body(text, mentions, s, pm):
                continue  # "the AU panel chaired by former Bordurian president X": the state he once led is no go-between
            if (_mediates(text, s.start, pm.span) or any(a <= pm.span.start - s.start < b for a, b in named_mediators)
                    or _witness_owner(text, mentions, pm)):
                sighting.mediators.add(pm.code)  # "talks were mediated by Borduria", "Borduria-brokered talks"
                continue
            if _ACCORDING_TO.search(text[max(s.start, pm.span.start - 40):pm.span.start]):
                continue  # "a fourth round is due in Vell, according to the Bordurian side": who tells it
            if (hm_ := _HOSTS_AFTER.match(text, pm.span.end)):
                hosting.add(pm.code)  # "Borduria hosted talks between A and B": a mediator if A and B are told
                if rxc.search(r"\b(?:mediated|brokered)\s*\Z", hm_.group(0)) and rxc.search(
                        r"\b(?:talks|negotiations|process|dialogue)\s+(?:that|which)\s+\Z", text[max(0, pm.span.start - 40):pm.span.start]):
                    sighting.mediators.add(pm.code)  # "talks that Borduria has brokered": a broker is never a side
                guests_end = text.find(".", hm_.end(), min(s.end, hm_.end() + 120))
                guest_span = Span(hm_.end(), guests_end if guests_end > 0 else min(s.end, hm_.end() + 120))
                # "..., where Borduria is hosting the government of A and the B rebels": its guests are
                # the sides, however deep in the sentence the clause sits
                if rxc.search(r"\s(?:and|as\s+well\s+as)\s", text[guest_span.start:guest_span.end].split(",")[0]):
                    host_guests |= {g.code for g in mentions.parties_in(guest_span) if g.code and g.code != pm.code
                                    and g.how in ("state", "organization", "demonym", "possessive")}
            if pm.code in place_codes:
                if pm.how == "demonym" and _same_clause(bare, pm.span.start - s.start, tstart):
                    host_sides.add(pm.code)
                elif pm.how in ("state", "possessive") and pm.span.start - s.start < tstart and _same_clause(
                        bare, pm.span.start - s.start, tstart) and not _is_location_at(text, pm.span.start):
                    host_sides.add(pm.code)  # "Borduria held talks with Ruritania in Borduria's capital"
                continue  # "in Varna-on-Sea, the capital of Borduria": the host's country is not a side
            if pm.how in ("capital", "state") and _is_location_at(text, pm.span.start):
                continue
            if pm.how == "possessive" and _LAND_PART_AFTER.match(text, pm.span.end) and rxc.search(
                    r"\b(?:in|on|at|near|outside)\s+\Z", text[max(s.start, pm.span.start - 12):pm.span.start]):
                continue  # "at a hotel on Borduria's Vell island", "in Borduria's capital": where, not who
            if _DEMONYM_OF_PLACE.match(text, pm.span.end):
                continue  # "in the Ruritanian town of Vell": where, not who
            if pm.how in ("state", "capital") and _TOPIC_BEFORE.search(text[max(s.start, pm.span.start - 30):pm.span.start]):
                continue  # "talks on Borduria", "a deal over Borduria": what is talked about, not who talks
            if not _side_clause(bare, pm.span.start - s.start, tstart):
                continue
            if pm.code in _BODIES and not rxc.search(r"\b(?:between|with|and)\b", chunk[max(0, pm.span.start - s.start - 25):
                                                                                        pm.span.start - s.start]):
                continue
            sighting.parties.add(pm.code)
            (at_war if _in_war_compound(text, pm.span) else named).add(pm.code)
        for person in mentions.people_in(s):
            a = by_id.get(person.key)
            sighting.people.add(person.key)
            if _in_aside(asides, person.span.start - s.start, tstart):
                continue
            if a is not None and _FORMER_BEFORE.search(text, max(s.start, person.span.start - 40), person.span.start) and (
                    _body_in(mentions, s, a.affiliation)):
                continue  # "the AU panel led by former Bordurian president X": the body's envoy, no side
            if a is not None and a.affiliation and a.affiliation not in sighting.mediators and _side_clause(
                    bare, person.span.start - s.start, tstart):
                sighting.parties.add(a.affiliation)
                named.add(a.affiliation)
        if scene is not None and len(sighting.parties) < 2:
            sighting.parties |= {pm.code for pm in mentions.parties_in(scene.span) if pm.code and pm.how in (
                "demonym", "state", "possessive")}
        war_only = at_war - named
        if war_only and len(sighting.parties - war_only) >= 2:
            # "comments on the Ruritania-Borduria war after the Ruiz meeting": the belligerents named
            # only in the war's name are what the session is about, when two others sit at the table
            sighting.parties -= war_only
        if len(sighting.parties - host_sides) < 2:
            # "met Azerbaijani officials in Baku": the host is a side when it is the other side
            sighting.parties |= host_sides
        sighting.parties |= host_guests - hosting
        if hosting and (len(sighting.parties - hosting) >= 2 or (host_guests - hosting and len(sighting.parties - hosting) >= 1
                                                                 and not hosting & named)):
            sighting.mediators |= hosting
        else:
            sighting.parties |= hosting
        for sp, code in mentions.mediation:
            if s.contains(sp):
                sighting.mediators.add(code)
        pair = _named_pair(text, s, chunk, trig_m, mentions, by_id)
        if len(pair) >= 2:
            # "welcomed the talks between A and B in A's capital", "praised the A-B talks": the
            # sides the session's own words name; others in the sentence only speak of it
            sighting.parties = pair - sighting.mediators
        if trig_m.group(0).lower() in ("hosted", "hosts") or trig_m.group(0).lower().endswith(" host"):
            # "Varga hosted President Kessel and Prime Minister Lund": the host mediates
            hosts = _codes_in(mentions, by_id, s.start, s.start + trig_m.start())
            guests = sighting.parties - hosts
            if len(guests) >= 2:
                sighting.mediators |= hosts
        pm_ = _PRONOUN_SUBJECT.match(bare)
        if pm_ and pm_.end("p") <= tstart and _same_clause(bare, pm_.start("p"), tstart) and not any(a <= s.start + pm_.start("p") < b for a, b in quoted) and not (
                _starting_in(mentions.people, s.start, s.start + pm_.start("p"))
                or _starting_in(mentions.parties, s.start, s.start + pm_.start("p"))):
            sighting.pronoun = pm_.group("p").lower()
        sighting.definite = bool(rxc.search(
            r"\b(?:the|these|those|this week's|\w+day's|latest|weekend)\s+(?:[\w-]+\s+){0,3}"
            r"(?:talks|negotiations|meeting|round|session)\b", clause, regex.I)) or bool(
            # "The two men met for an hour at the Lakeside Hotel": the people just told, at their session
            _THE_TWO_MET.search(chunk[:trig_m.end()]))
        if earlier and not dates and _TIME_OF_OTHER.search(chunk, max(0, tstart - 40), tstart):
            # "A also met B and C before the talks in Vell": the sides are the other session's, the
            # talks (told elsewhere: "the", no day of their own here) are only its point in time
            sighting.parties, sighting.people = set(), set()
        for trip in _split_trips(s, chunk, sighting, items, mentions, by_id, trig_m.end()):
            out.extend(_split_pairs(text, s, chunk, trip))
    _join_closed(closing)
    return out


def _join_closed(closing: dict[int, list[_Sighting]]) -> None:
    """ "A and B on Monday agreed to set up a board next year, at the end of a meeting at the Lakeside
    Villas in Vell": the act's day and the closing session's place are one session's, though the
    day stands nearer the act's own verb."""
    for group in closing.values():
        dated = [si for si in group if si.dates and not (si.place or si.venue)]
        placed = [si for si in group if (si.place or si.venue) and not si.dates]
        if len(dated) != 1 or len(placed) != 1 or dated[0].status != placed[0].status:
            continue
        d, p = dated[0], placed[0]
        d.place, d.venue = p.place, p.venue
        p.dates, p.date = list(d.dates), d.date


_WAR_NOUN = r"(?:war|conflict|fighting|hostilities|front|border\s+war)\b"
_WAR_AFTER_PAIR = regex.compile(r"[-–]\p{Lu}[\p{L}.]*\s+" + _WAR_NOUN)
_WAR_AFTER = regex.compile(r"\s+" + _WAR_NOUN)


def _in_war_compound(text: str, span: Span) -> bool:
    """ "the Ruritania-Borduria war", "the Borduria-Ruritania conflict": a side named as half of a
    war's name (not "Ruritania-Borduria talks", whose halves are the sides)."""
    if _WAR_AFTER_PAIR.match(text, span.end):
        return True
    return span.start > 1 and text[span.start - 1] in "-–" and text[span.start - 2].isalpha() and bool(
        _WAR_AFTER.match(text, span.end))


# "The meeting of the officials ...", "The talks were ...": a sentence that opens on a definite session
_THE_SESSION_OPENS = regex.compile(r"\s*The\s+(?:meeting|talks|negotiations|session)\s+(?:of|between|with|was|were|"
                                   r"had|has|have|ended|lasted|went|focused|produced)\b")
# "talks between A and B", "the negotiations between the A and B delegations": the list after
# "between" (up to a clause mark or a place or time)
_BETWEEN_AFTER = regex.compile(r"(?:\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?)?\s*between\s+(?P<list>[^,;:.()“”\"]{3,90}?)"
                               r"(?=\s+(?:in|on|at|over|to|for|last|this|next|that|which|who|were|was|are|is|will|"
                               r"had|have|has|ended|began|resumed)\b|[,;:.()“”\"]|$)")
# "the A-B talks", "the A–B peace negotiations": the halves of the name before the session word
_PAIR_BEFORE = regex.compile(r"(?P<pair>[\p{Lu}][\p{L}.]*[-–][\p{Lu}][\p{L}.]*)\s+(?:[\w-]+\s+){0,2}?\Z")


def _named_pair(text: str, s: Span, chunk: str, trig: re.Match[str], mentions: Mentions,
                by_id: dict[str, Actor]) -> set[str]:
    """The sides a session word names itself: "talks between A and B", "the A-B talks" (its own
    words, not "A said the talks ..."); empty when it names none or one."""
    if trig.group(0).lower() not in ("talks", "negotiations", "meeting", "meetings", "summit", "consultations",
                                     "discussions", "round", "session"):
        return set()
    lo = hi = -1
    bm = _BETWEEN_AFTER.match(chunk, trig.end())
    if bm:
        lo, hi = s.start + bm.start("list"), s.start + bm.end("list")
    else:
        pm = _PAIR_BEFORE.search(chunk, max(0, trig.start() - 60), trig.start())
        if pm and not _WAR_AFTER.match(chunk, pm.end("pair")):
            lo, hi = s.start + pm.start("pair"), s.start + pm.end("pair")
    if lo < 0:
        return set()
    span = Span(lo, hi)
    codes = {pm.code for pm in mentions.parties_in(span) if pm.code}
    for person in mentions.people_in(span):
        a = by_id.get(person.key)
        if a is not None and a.affiliation:
            codes.add(a.affiliation)
    return codes


# "On the sidelines, A met C", "met C on the sidelines of the talks" (not "of the Vell Forum", a
# gathering that places the session itself)
_SIDELINES = regex.compile(r"\b[Oo]n\s+the\s+(?:sidelines|margins)\b(?!\s+of\s+(?:the\s+|a\s+)?(?:[\p{Lu}]|\d|annual\b|"
                           r"\w+\s+(?:forum|conference|assembly|summit)\b))")
# How many sentences back the session a side meeting is beside may be told.
SIDELINES_REACH = 3


def _beside(sightings: list[_Sighting]) -> None:
    """ "A and B held talks in Vell on Monday. On the sidelines, A also met C": the side session
    has the day and the place of the session it is beside (the last one told with either, at
    most ``SIDELINES_REACH`` sentences before) when it tells neither."""
    for i, si in enumerate(sightings):
        if not si.sidelines or si.date:
            continue
        before = next((o for o in reversed(sightings[:i]) if (o.date or o.place)
                       and si.sentence.index - SIDELINES_REACH <= o.sentence.index <= si.sentence.index), None)
        if before is None or len(si.parties) < 2 or (si.place and before.place and si.place != before.place):
            continue
        si.dates, si.date = list(before.dates), before.date
        si.place, si.venue = si.place or before.place, si.venue or before.venue


# "came a day after X on Sunday", "two days before the vote on Friday": the session's day is the
# other event's shifted by the count (no clause mark between)
_DAYS_APART = regex.compile(r"\b(?P<n>a|one|two|three|four|five)\s+(?:full\s+)?days?\s+(?P<dir>after|before)\b[^,;.!?]*\Z",
                            regex.I)
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# The sentences of a report's lede: its talks told there are the report's negotiation.
LEDE_SENTENCES = 2
# "its ongoing peace talks with A and B", "their negotiations with A"
_OWN_TALKS = regex.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations)\s+with\b", regex.I)


# A session whose subject is a pronoun: "He met X in Vell", "On Tuesday, they met in Vell", "She
# will travel to Vell for talks with X" (an opening phrase up to its comma, then the pronoun).
_PRONOUN_SUBJECT = regex.compile(r"\s*(?:[^,;:“”\"]{1,40},\s+)?(?P<p>He|She|They|he|she|they)\b(?!\s+(?:said|say|says|told|added)\b)")
# How far back a pronoun's antecedent is looked for (sentences).
PRONOUN_REACH = 2


def _subject_codes(text: str, parse: Parse, mentions: Mentions, by_id: dict[str, Actor]) -> tuple[str | None, set[str], set[str]]:
    """The subject of a sentence's main clause: (its pronoun or None, the sides it names, the
    people in it). "Ghanaian President X and his Togolese counterpart Y spoke ..." -> GHA, TGO."""
    main = next((c for c in parse.clauses if c.relation == "ROOT" and c.subject is not None), None)
    if main is not None and main.subject is not None:
        if main.subject.pronoun:
            return main.subject.pronoun, set(), set()
        sp = main.subject.span
    else:
        found = _subject_from_tokens(parse)
        if found is None:
            return None, set(), set()
        if isinstance(found, str):
            return found, set(), set()
        sp = found
    codes: set[str] = set()
    people: set[str] = set()
    for person in mentions.people_in(sp):
        people.add(person.key)
        a = by_id.get(person.key)
        if a is not None and a.affiliation:
            codes.add(a.affiliation)
    if not people:
        codes |= {pm.code for pm in mentions.parties_in(sp) if pm.code}
    return None, codes, people


_NP_BEFORE = frozenset({"compound", "amod", "det", "poss", "case", "nmod", "nummod", "punct"})
_NP_AFTER = frozenset({"cc", "conj", "appos", "compound", "amod", "det", "poss", "case", "nmod", "nummod", "punct",
                       "prep", "pobj", "npadvmod"})


def _subject_from_tokens(parse: Parse) -> Span | str | None:
    """The main clause's subject read from the parse's tokens where its clause reader gives none (a
    verb of no act class: "praised", "spoke"): the subject noun nearest before the root verb, with
    its modifiers before it and its conjuncts and appositions up to the verb. A pronoun subject is
    given as its word."""
    toks = parse.tokens
    root = next((i for i, t in enumerate(toks) if t[4] == "ROOT"), None)
    if root is None:
        return None
    head = next((i for i in range(root - 1, -1, -1) if toks[i][4] in ("nsubj", "nsubjpass")
                 and toks[i][3] not in ("WP", "WDT")), None)
    if head is None:
        return None
    if toks[head][3] == "PRP":
        return toks[head][2]
    lo = head
    while lo > 0 and toks[lo - 1][4] in _NP_BEFORE and toks[lo - 1][2] != ",":
        lo -= 1
    hi = head
    while hi + 1 < root and toks[hi + 1][4] in _NP_AFTER:
        hi += 1
    return Span(toks[lo][0], toks[hi][1])


def _pronoun_sides(text: str, parts: Parts, mentions: Mentions, by_id: dict[str, Actor],
                   sightings: list[_Sighting], parses: dict[int, Parse] | None) -> None:
    """ "Ghanaian President X criticized Togo. He met Beninese President Y in Cotonou": the side of
    a pronoun subject is that of the subject of the sentence before (its main clause, read from
    the parse; through a chain of pronouns, at most ``PRONOUN_REACH`` sentences back). "he"/"she"
    take a subject of one person (or one side), "they" one of two or more."""
    todo = [si for si in sightings if si.pronoun]
    if not todo:
        return
    got = dict(parses or {})
    for si in todo:
        want = si.pronoun
        for back in range(1, PRONOUN_REACH + 1):
            k = si.sentence.index - back
            if k < 0 or k >= len(parts.sentences):
                break
            if k not in got:
                got.update(parse(text, [(k, parts.sentences[k].span)]))
            if k not in got:
                break
            pron, codes, people = _subject_codes(text, got[k], mentions, by_id)
            if pron is not None:
                continue  # "He ... . He met ...": the one before
            single = len(people) == 1 or (not people and len(codes) == 1)
            if (want in ("he", "she") and single and codes) or (want == "they" and len(codes) >= 2):
                si.parties |= codes - si.mediators
                si.people |= people
            break


# "talks between Ruritania and Borduria, as well as Syldavia and Zembla": two sessions in one sentence.
_TWO_PAIRS = regex.compile(
    r"\bbetween\s+(?:the\s+)?(?P<a>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)?)\s+and\s+(?:the\s+)?"
    r"(?P<b>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)?),?\s+(?:as well as|and between|and also)\s+(?:between\s+)?"
    r"(?:the\s+)?(?P<c>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)?)\s+and\s+(?:the\s+)?(?P<d>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)?)")


def _starting_in(items: tuple, lo: int, hi: int) -> tuple:
    """The mentions (sorted by start) that start in [lo, hi), found by bisection."""
    return items[bisect_left(items, lo, key=_start):bisect_left(items, hi, key=_start)]


def _start(m: Any) -> int:
    return int(m.span.start)


def _codes_in(mentions: Mentions, by_id: dict[str, Actor], lo: int, hi: int) -> set[str]:
    """The parties of the people and party names that start between ``lo`` and ``hi``."""
    codes: set[str | None] = set()
    people_at: set[int] = set()
    for pm in _starting_in(mentions.people, lo, hi):
        if pm.span.start not in people_at:
            people_at.add(pm.span.start)
            a = by_id.get(pm.key)
            codes.add(a.affiliation if a else None)
    codes |= {p.code for p in _starting_in(mentions.parties, lo, hi) if p.span.start not in people_at}
    codes.discard(None)
    return codes  # type: ignore[return-value]


def _split_trips(s: Span, chunk: str, sighting: _Sighting, items: list[tuple[int, str, object]], mentions: Mentions,
                 by_id: dict[str, Actor], trig_end: int) -> list[_Sighting]:
    """ "meeting Anna Kovic in Vell on May 5 and Ivo Marek in Port Example on May 8": after one
    session word, each place told with its own day, the pairs joined by "and", is a session of its
    own; the sides named inside a pair's stretch are that session's, those before all pairs are
    every session's."""
    seq = sorted((o, k, str(v)) for o, k, v in items if k in ("date", "city"))
    cities = {v for _o, k, v in seq if k == "city"}
    days = {v for _o, k, v in seq if k == "date"}
    if len(seq) < 4 or len(seq) % 2 or len(cities) < 2 or len(days) < 2 or seq[0][0] < trig_end:
        return [sighting]
    pairs = [seq[i:i + 2] for i in range(0, len(seq), 2)]
    if any({a[1], b[1]} != {"date", "city"} for a, b in pairs):
        return [sighting]
    bounds: list[int] = []
    for prev, nxt in zip(pairs, pairs[1:], strict=False):
        am = rxc.search(r"\band\b", chunk[prev[1][0]:nxt[0][0]])
        if am is None:
            return [sighting]
        bounds.append(prev[1][0] + am.start())
    edges = [trig_end, *bounds, pairs[-1][1][0] + 1]
    specific = [_codes_in(mentions, by_id, s.start + lo, s.start + hi) for lo, hi in zip(edges, edges[1:], strict=False)]
    common = sighting.parties - set().union(*specific)
    out = []
    for pair, own in zip(pairs, specific, strict=True):
        day = next(v for _o, k, v in pair if k == "date")
        city = next(v for _o, k, v in pair if k == "city")
        out.append(replace(sighting, parties=common | own, mediators=set(sighting.mediators) - own, place=city,
                           dates=[day], date=day, people=set(sighting.people)))
    return out


def _split_pairs(text: str, s: Span, chunk: str, sighting: _Sighting) -> list[_Sighting]:
    m = _TWO_PAIRS.search(chunk)
    if not m:
        return [sighting]
    codes = [party_lex.code_of(m.group(g)) for g in "abcd"]
    if not all(codes):
        return [sighting]
    out = []
    for pair in ({str(codes[0]), str(codes[1])}, {str(codes[2]), str(codes[3])}):
        twin = replace(sighting, parties=set(pair), mediators=set(sighting.mediators) - pair, pair_of=s.start,
                       dates=list(sighting.dates), people=set(sighting.people))
        out.append(twin)
    return out


# "the meeting on Thursday", "talks on Monday": the day told right after the session word is its own.
# "a meeting hosted by Borduria in Vell on Thursday": a participle of who hosted it may stand between.
_SESSION_THEN_DATE = regex.compile(r"\b(?:talks|meetings?|negotiations|round|summit|session|call|"
                                   # "signed a border pact on Thursday": the day of the signing session
                                   r"signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:framework|agreement|deal|accords?|"
                                   r"memorandum|declaration|ceasefire|truce|pact|treaty|protocol))"
                                   r"(?:\s+(?:held|hosted|chaired|mediated|brokered|convened|facilitated)\s+by\s+(?:the\s+)?"
                                   r"[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3})?"
                                   r"(?:\s+(?:in|at|with)\s+(?:the\s+)?[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3}){0,2}"
                                   r"\s+(?:on\s+)?$"
                                   # "since the first round opened on 22 January": the day the session opened
                                   r"|\b(?:talks|negotiations|round|summit|session|meeting)\s+(?:had\s+)?"
                                   r"(?:opened|began|started|got\s+under\s?way)\s+(?:on\s+)?$")
# "the Vienna Security Conference", "the Lakeside Diplomacy Forum": a gathering named after its city.
_CITY_GATHERING = regex.compile(r"\b(?P<city>" + "|".join(regex.escape(c) for c in sorted(CITIES, key=len, reverse=True))
                                + r")\s+(?:[\p{Lu}][\p{L}-]+\s+){0,2}(?:Forum|Conference|Summit|Dialogue|Meeting)\b")
_CITY_TALKS = regex.compile(r"\b(?P<city>" + "|".join(regex.escape(c) for c in sorted(CITIES, key=len, reverse=True))
                            + r")\s+(?:(?:peace|ceasefire|truce|trilateral|bilateral|direct|indirect|first|second|third|"
                              r"latest|new|technical|round\s+of)\s+){0,2}(?:talks|round|meeting|summit|negotiations)\b")

# How many sentences apart a venue named alone may stand from the meeting it belongs to
# ("... met on Thursday." ... "The meeting at the White House ...").
VENUE_REACH = 6

# A day this near the start of its sentence, before a comma, opens the sentence: "On
# Monday, ...", "Today, ..." tell when the sentence's session happened.
OPENING_DATE_REACH = 12

# How far (characters) a place or day may stand from its session word.
ANCHOR_MAX_DISTANCE = 100
_BACKGROUND_DATE = re.compile(r"\b(?:since|following|followed|preceded|ahead of|prior to|anniversary of|follows|precedes|"
                              r"comes after|came after|comes on the heels of|came on the heels of)\b[^,;]*$", re.I)
# "has hosted A and B at the lodge since 11 July", "have been in talks since Monday", "negotiating
# there since May 2": a session under way from that day (not "the first since the war", "since the talks")
_SESSION_SINCE = regex.compile(r"\b(?:hosted|hosting|been\s+(?:meeting|negotiating|holding\s+talks)|"
                               r"been\s+(?:in|at)\s+(?:the\s+)?(?:talks|negotiations))\b[^,;.“”\"]{0,160}?\s+since\b")
# A day told as before or after something ("detainees seized before June 12", "in the days after
# April 9"): it places another event, never the session itself.
_OTHER_EVENT_DATE = re.compile(r"\b(?:after|before|prior to|until|till)\s+(?:the\s+)?$|"
                               r"\b(?:deadline|ultimatum|expires?|expired|expiring|runs out|ran out|lapses?|lapsed)"
                               r"(?:\s+[\w’']+){0,3}\s+$", re.I)
_OWNED_DATE = regex.compile(r"(?:[’']s)?\s+(?:(?:morning|afternoon|evening|night|late-night)\s+)?"
                            r"(?:(?!(?:that|which|the|a|an|and|or|but|when|as|after|before|for|of|to|in|on|at|with|"
                            r"his|her|their|its|new|more|further)\b)[\w-]+\s+){0,1}"
                            r"(?:talks|meeting|negotiations|round|session|summit|call)\b"
                            r"|[’']s\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|negotiations|round|session|summit|call)\b")
# "Thursday's": a day told as the owner of a noun; unless that noun is a session (_OWNED_DATE), the day is another event's.
_POSSESSIVE_DAY = regex.compile(r"[’']s\s")
# (the session noun may follow a few words of any shape: "Wednesday's U.S.-brokered talks")
_POSSESSIVE_SESSION = regex.compile(r"[’']s\s+(?:\S+\s+){0,3}?(?:talks|meetings?|negotiations|round|session|summit|call|"
                                    r"discussions|consultations)\b", regex.I)
_PAST_REF = regex.compile(r"\b(?:last (?:month|week|year)|previous|earlier|first round|in the past)\b", regex.I)
_PAST_ROUNDS = re.compile(r"\b(?:previous|earlier|past|prior)\s+(?:\w+\s+)?(?:rounds|meetings|sessions)\b", re.I)
_DEFINITE = regex.compile(r"\b(?:the|these|this week's|\w+day's|latest)\s+(?:[\w.-]+\s+){0,3}"
                          r"(?:talks|negotiations|round)\b", regex.I)

# Sentences that place something before or after the talks: their dates are not the talks'.
_NOT_ABOUT = regex.compile(r"\b(?:prior to|ahead of|before|after|since|following)\s+(?:the\s+)?"
                           r"(?:\w+\s+){0,2}(?:talks|negotiations|meeting|round)\b", regex.I)


_SPEECH_WORD = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")


def _owned_at(text: str, start: int) -> bool:
    """Whether the date mention starting at ``start`` owns a session: "Thursday's talks"."""
    m = re.match(r"[\w. ,]{0,25}?(?=[’']s\s)", text[start:start + 30])
    return m is not None and bool(_OWNED_DATE.match(text, start + m.end()))


_SAID_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS | {"reported"})) + r")(?:\s+\w+){0,3}\s*(?:on\s+)?$")
_SAID_AFTER = re.compile(r"\W*(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")


def _speech_date(text: str, span: Span) -> bool:
    """ "said Tuesday", "warned Friday", "told reporters on Monday": the day of the words,
    not of a meeting."""
    return bool(_SAID_BEFORE.search(text[max(0, span.start - 40):span.start])) or bool(
        _SAID_AFTER.match(text[span.end:span.end + 14]) and not _ADDING_AFTER.match(text, span.end))


# "... would be held on 15 January, adding that ...": a participle after a comma tells more words
# of the speaker, not the day of them
_ADDING_AFTER = regex.compile(r",\s+\w+ing\b")


def _nearest(chunk: str, trig: list[re.Match[str]], off: int) -> re.Match[str]:
    """The session word a place or day at ``off`` belongs to."""
    return min(trig, key=lambda m: _distance(chunk, m, off))


# "..., at a summit in", "..., ending the fifth round of", "at the close of two days of": a session
# told as the setting of the act before it
_AT_SESSION = regex.compile(r"(?:,\s*|\s)(?:at|during|ending|closing|concluding|wrapping\s+up|capping|crowning)\s+"
                            r"(?:the\s+(?:close|end|conclusion)\s+of\s+)?(?:[\w-]+\s+){0,6}?\Z"
                            # ", after two days of talks": the act closed the days it ends
                            r"|(?:,\s*|\s)(?:after|following)\s+(?:a|one|two|three|four|five|[2-5])[- ]days?\s+of\s+(?:[\w-]+\s+){0,2}?\Z"
                            # ", after four and a half hours of talks": hours the act closed, the same day
                            r"|(?:,\s*|\s)(?:after|following)\s+(?:some\s+|about\s+|nearly\s+|more\s+than\s+)?"
                            r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|[1-9]\d?)"
                            r"(?:\s+and\s+a\s+half)?[- ]hours?\s+of\s+(?:[\w-]+\s+){0,2}?\Z")


# ", which opened on Tuesday,": an aside on a session noun that tells when it began
_OPENED_IN_ASIDE = regex.compile(r",\s+(?:which|that)\s+(?:had\s+|have\s+|has\s+)?(?:opened|began|begun|started|got\s+under\s?way)\b")


def _ends_noun(chunk: str, end: int, aside_at: int) -> bool:
    """Whether an aside at ``aside_at`` follows the session noun ending at ``end`` within its own
    phrase ("the talks between A and B, which ...")."""
    return 0 <= aside_at - end <= 60 and not rxc.search(r"[,;:.]", chunk[end:aside_at])


def _distance(chunk: str, trig: re.Match[str], off: int) -> int:
    # a place or day after its session word is the usual order ("talks in Geneva on Monday")
    d = off - trig.end() if off >= trig.end() else (trig.start() - off) * 3
    if off < trig.start() and _DAY_THEN_HELD.match(chunk, off, trig.start()):
        d = trig.start() - off  # "A and B yesterday held their first formal session": the day of the verb that holds it
    if off < trig.start() and rxc.search(r"\band\b", chunk[off:trig.start()]):
        d += 100
    if not _side_clause(chunk, off, trig.start()):
        d += 200
    return d


_CLAUSE_BREAK = regex.compile(r",\s+(?:and|but|while|where|which|who)\b|;|\s--\s|\bwhile\b|\bbut\b|"
                              r",\s+and\s+|\band\s+(?=agreed|planned|said)|\bunless\b|\bif\b")


def _clause(chunk: str, start: int, end: int) -> str:
    lo = 0
    for m in _CLAUSE_BREAK.finditer(chunk):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            return chunk[lo:m.start()]
    return chunk[lo:]


# "..., where he met ...": the relative clause's pronoun is the subject of the clause before it.
_WHERE_PRONOUN = regex.compile(r",?\s+(?:(?:where|when|after\s+which)\s+(?:he|she|they|the\s+two|both)|who|which)\b", regex.I)


def _side_clause(chunk: str, off: int, trig: int) -> bool:
    """Whether a side named at ``off`` takes part in the session whose word is at ``trig``:
    in its clause, or in the clause before "where he met"."""
    if _same_clause(chunk, off, trig):
        return True
    if off > trig:
        return False
    brk = None
    for m in _CLAUSE_BREAK.finditer(chunk, off, trig):
        brk = m
    if brk is None or not _WHERE_PRONOUN.match(chunk, brk.start()):
        return False
    return _same_clause(chunk, off, brk.start())


def _same_clause(chunk: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return _CLAUSE_BREAK.search(chunk, lo + 1, hi) is None


# "to X" is a place of talks only after a verb of going there ("swapped to Berlin" is not).
_TRAVEL_TO = re.compile(r"\b(?:travel\w*|head\w*|go|goes|going|went|fly|flies|flew|arriv\w*|return\w*|come|comes|"
                        r"came|visit\w*|invited|trip|journey|back)\s+to\s+(?:the\s+)?$", re.I)


# Lands at war that share a name with a city: the subject of talks more often than their seat.
_WAR_REGIONS = frozenset(CONTESTED_REGIONS) | frozenset(OTHER_REGIONS)
_MET_IN = regex.compile(r"\b(?:met|meet|meets|meeting|talks|held|hold|holding|convened|gathered|summit|"
                        r"negotiations|took\s+place)\s+in\s+(?:the\s+)?$", regex.I)
# Nouns of people held or of war whose "in X" says where they are, not where a session sits.
_PLACE_OF_OTHER = regex.compile(r"\b(?:hostages|captives|prisoners|detainees|troops|forces|soldiers|civilians|residents|"
                                r"fighting|war|conflict|ceasefire|truce|strikes|attacks|offensive|violence|crisis|"
                                r"concerns?|fears|alarm|anger|outrage|protests?|criticism|reactions?|skepticism)[”\"’']?\s+"
                                r"(?:(?:held|still|being held)\s+)?in\s+(?:the\s+)?$", regex.I)
# A state named as what talks are about: "talks on Borduria", "the war against Borduria"
_ACCORDING_TO = regex.compile(r"\baccording\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}\Z", regex.I)
_TOPIC_BEFORE = regex.compile(r"\b(?:on|about|over|regarding|concerning)\s+(?:the\s+)?$")
# "in the Ruritanian town of", "at the lakeside resort of": the name after it is a place.
_PLACE_OF = regex.compile(r"\b(?:in|at|to)\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:city|capital|town|port|resort|"
                          r"village|enclave|region|province)\s+of\s+$")
# "at the Kestrel Grounds of", "in the east wing of the", "at the Rose Garden of": a part of a named house
_PART_OF_VENUE = regex.compile(r"\b(?:in|at|on)\s+the\s+(?:[\p{L}’'-]+\s+){0,3}(?:[Gg]rounds|[Gg]ardens?|[Ww]ing|[Rr]oom|"
                               r"[Tt]errace|[Ss]alon|[Cc]ourtyard|[Ll]awns?|[Cc]hamber|[Aa]uditorium|[Bb]allroom)\s+of\s+(?:the\s+)?\Z")
# "the Ruritanian town of": a demonym that tells where a place lies, not who takes part.
_DEMONYM_OF_PLACE = regex.compile(r"\s+(?:[\p{L}-]+\s+){0,2}(?:city|capital|town|port|resort|village|enclave|"
                                  r"region|province)\b")


# "met in Port Vell", "will meet again in Vell", "held behind closed doors in Vell-les-Bains": a
# capitalized name after a session word and "in" is the session's town, when no table knows it
_UNKNOWN_CITY = regex.compile(
    r"\b(?:met|meet|meets|meeting|talks|held|hold|holding|convened|gathered|summit|round|session|negotiations|"
    r"resumed|resume|reconvened|reconvene|"
    # "at the Lakeside Hotel in Vell", "at the mission's headquarters in Vell": a venue's town
    r"headquarters|complex|compound|[Hh]otel|[Hh]all|[Cc]entre|[Cc]enter|[Pp]alace|[Bb]uildings?|"
    r"[Ss]ecretariat|[Vv]illas?|[Ll]odge|"
    # "at the UN base in Vell", "three days of consultations in Port Vell"
    r"base|consultations|discussions|opened|began|ended|concluded|closed)(?:,\s+on\s+[^,;.]{3,25},)?"
    # "met on Monday in Vell", "opened Tuesday in Port Vell": a weekday between
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
    r"\s+(?:(?:again|also|behind\s+closed\s+doors|for\s+\w+\s+(?:hours|days)|"
    r"face\s+to\s+face|briefly|privately)\s+)?in\s+"
    # "in the Bordurian city of Vell": the town the demonym's land holds
    r"(?:the\s+[\p{Lu}][\p{Ll}]+\s+(?:city|town|port|resort|border\s+town)\s+of\s+)?"
    r"(?P<city>[\p{Lu}][\p{Ll}]+(?:[- ][\p{Lu}][\p{Ll}]+)?)\b(?![’']s|\s+[\p{Lu}])")
# Capitalized words "in" puts after a session word that are no town
_NOT_A_CITY = frozenset({*(m.capitalize() for m in ("january", "february", "march", "april", "may", "june", "july",
                                                    "august", "september", "october", "november", "december")),
                         "Parliament", "Congress", "Senate", "Cabinet", "Council", "Private", "Public", "Person",
                         "English", "French", "Arabic", "Russian", "Spanish", "Principle", "Secret", "Camera",
                         "Earnest", "Total", "Part", "Recent", "Late", "Early", "Mid", "Spring", "Summer", "Autumn",
                         "Winter", "Geneva"})


# Venues the place recognizer does not know: a name with a lower-case head ("the Lakeside
# protocol complex", "the Mission headquarters"), "the headquarters of the X", "the National
# Museum of X", "the presidential palace"
_VENUE_AT = regex.compile(
    r"\bat\s+(?:the\s+)?(?P<v>[\p{Lu}][\p{L}.'’-]*(?:[\s-]+[\p{Lu}][\p{L}.'’-]*){0,4}"
    r"(?:\s+(?:protocol|conference|convention|border|military|guest|presidential|government))?"
    r"\s+(?:complex|headquarters|compound|meeting\s+point|museum|mission|villa|Buildings?|Hall|Centre|Center|Palace|Hotel|"
    r"Secretariat|Villas?|Lodge|Chancellery))\b"
    # "at the Ministry of Foreign Affairs", "at the Ministry of the Interior": a ministry's seat
    r"|\bat\s+the\s+(?P<v>Ministry\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}-]*){0,3})"
    r"|\bat\s+the\s+(?P<v>(?:headquarters|seat|offices)\s+of\s+the\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,5})"
    r"|\bat\s+the\s+(?P<v>(?:[\p{Lu}][\p{L}-]*\s+){1,3}(?:Museum|Institute|Academy|Library|Palace|House)\s+of\s+(?:the\s+)?"
    r"[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,2})"
    r"|\bat\s+the\s+(?P<v>presidential\s+(?:palace|residence|compound)|state\s+guest\s+house)\b")


def _city_in_venue(venue: str) -> str | None:
    """The known city a venue's name holds: "the Vell Convention Centre" is in Vell."""
    for c in sorted(CITIES, key=len, reverse=True):
        if regex.search(r"(?<![\p{L}])" + regex.escape(c) + r"(?![\p{L}])", venue):
            return c
    return None


def _is_location_at(text: str, start: int, strict: bool = False) -> bool:
    before = text[max(0, start - 25):start]
    if not strict and _TRAVEL_TO.search(text[max(0, start - 40):start]):
        return True  # "headed to Vienna to meet", "will return to Norway"
    preps = r"in|at" if strict else r"in|at|near|outside|inside"
    if _PLACE_OF.search(text[max(0, start - 60):start]):
        return True  # "in the Ruritanian town of Vell", "at the lakeside resort of Port Example"
    if _PART_OF_VENUE.search(text, max(0, start - 60), start):
        return True  # "at the Rose Garden of the Lakeside Palace": the palace is where
    return bool(rxc.search(rf"\b(?:{preps})\s+(?:the\s+)?$", before)) or bool(
        rxc.search(r"\b(?:in|at)\s+[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)*,\s+$", before))


# "this weekend's negotiations", "talks over the weekend": the session began on the Saturday.
_WEEKEND_TALKS = regex.compile(
    r"\b(?:(?:the|this|last|past)\s+weekend(?:[’']s)?\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations|meetings?|summit|round)"
    r"|(?:talks|negotiations|meetings?|summit|round)\s+(?:[\w-]+\s+){0,3}?(?:over|at|during)\s+the\s+(?:last\s+|past\s+)?weekend)\b",
    regex.I)


def _weekend(published: str, said: str) -> str:
    """The Saturday of the weekend a report means: this one when it is published at the weekend
    or says "this weekend" before it, else the last one."""
    pub = date.fromisoformat(published)
    wd = pub.weekday()
    if "this" in said.lower() and wd < 5:
        return (pub + timedelta(days=5 - wd)).isoformat()
    return (pub - timedelta(days=(wd - 5) % 7)).isoformat()


# A session word with its past participle, or a session told as a point in time that has passed:
# "after talks held in Vienna", "following the talks": held, whatever the rest of the clause plans.
# "met B before the talks": the session word after it only dates another event.
_TIME_OF_OTHER = regex.compile(r"\b(?:before|after|ahead\s+of|prior\s+to|following)\s+the\s+(?:[\w’'-]+\s+){0,2}$", regex.I)
# "the talks in Vell had begun", "talks ... began": the session told as begun, in its own verb.
_BEGUN = regex.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations|meetings?|round|summit|session)"
                       r"(?:\s+(?!will\b|would\b|could\b)[^\s,.;:]+){0,8}?\s+"
                       r"(?:had\s+|have\s+|has\s+)?(?:begun|began|started|opened|ended|concluded|kicked\s+off|got\s+under\s?way)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = regex.compile(r"(?i:" + "|".join(_WEEKDAYS) + r")")
_HELD_NEAR = regex.compile(
    r"\b(?:talks|negotiations|meetings?|round|summit|session)(?:\s+[^\s,.;:]+){0,8}?\s+had\s+(?:begun|started|"
    r"opened|ended|concluded)\b|"
    r"\b(?:talks|negotiations|meetings?|round|summit|session)\s+(?:that\s+were\s+|which\s+were\s+)?"
    r"(?:held|hosted|mediated|brokered)\s+(?:in|at|by|on|last)\b"
    # "Two days of talks in Vell ... were brought to a close on Friday", "came to an end on Friday"
    r"|\b(?:talks|negotiations|meetings|round|summit|session|consultations)\b[^.;:“”\"]{0,120}?\s(?:(?:was|were)\s+brought|came)"
    r"\s+to\s+(?:an\s+end|a\s+close)\s+(?:on|at|in|late|early|yesterday|today|with)\b"
    r"|\b(?:following|after)\s+(?:the\s+)?(?!next\b|upcoming\b|planned\b|coming\b|proposed\b)(?:[\w’'-]+\s+){0,2}"
    r"(?:talks|negotiations|meetings?|round|summit)\b", regex.I)


_N_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_END_VERB = r"(?:ended|ending|concluded|concluding|wrapped\s+up|wrapping\s+up|finished|closed|closing|completed)"
_DAYS_OF_TALKS_ENDED = regex.compile(
    r"\b(?:ended|concluded|wrapped\s+up|finished|closed|completed|ending|concluding|wrapping\s+up|closing)\s+"
    r"(?P<n>two|three|four|five|[2-5])[- ]days?\s+of\s+"
    r"(?:[\w-]+\s+){0,2}(?:talks|negotiations|meetings|consultations)\b"
    r"|\b(?P<n>two|three|four|five|[2-5])[- ]days?\s+of\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations|meetings|consultations)\s+"
    r"(?:[^.;:“”\"]{0,50}?\b(?:that|which)\s+)?(?:ended|concluded|wrapped\s+up|finished|closed|came\s+to\s+(?:an\s+end|a\s+close))\b"
    # "Two days of talks between A and B in Vell came to an end on Tuesday": the subject's days,
    # however long its between-phrase (no clause break in it)
    r"|\b(?P<n>two|three|four|five|[2-5])[- ]days?\s+of\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations|meetings|consultations)\s+"
    r"(?:between|among|in|at|with)\b(?:(?!,\s+(?:which|who|where|while|but|and|though)\b)[^.;:“”\"]){0,120}?\s(?:ended|concluded|wrapped\s+up|finished|closed|"
    r"came\s+to\s+(?:an\s+end|a\s+close)|(?:was|were)\s+brought\s+to\s+(?:an\s+end|a\s+close))\b"
    # "initialed a deal on Tuesday, capping 21 days of negotiations at the Amber Palace": the act
    # crowned the days it ends (a count told in digits may be long: a proximity summit)
    r"|(?:,\s*|\s)(?:capping|crowning)\s+(?P<n>two|three|four|five|[2-9]|[1-4]\d)[- ]days?\s+of\s+(?:[\w-]+\s+){0,2}"
    r"(?:talks|negotiations|meetings|consultations)\b"
    # "at the close of two days of talks", "at the end of three days of meetings"
    r"|\b(?:at\s+the\s+|the\s+)?(?:close|end|conclusion)\s+of\s+(?P<n>two|three|four|five|[2-5])[- ]days?\s+of\s+"
    r"(?:[\w-]+\s+){0,2}(?:talks|negotiations|meetings|consultations)\b"
    # "the round ended on Wednesday after two days", "wrapped up on Friday after three days of talks"
    r"|\b(?:ended|concluded|wrapped\s+up|finished|closed)\b[^.;:“”\"]{0,60}?\bafter\s+(?P<n>two|three|four|five|[2-5])\s+days\b"
    # "A and B agreed on Friday to ..., after three days of talks": the act closed the talks
    r"|(?:,\s*|\s)(?:after|following)\s+(?P<n>two|three|four|five|[2-5])[- ]days?\s+of\s+(?:[\w-]+\s+){0,2}"
    r"(?:talks|negotiations|meetings|consultations)\b(?!\s+(?:last|earlier|next|(?:that|which)\s+(?:had\s+)?(?:began|opened|started)|in\s+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December))\b)",
    regex.I)
# "The two-day session", "a three-day round": how long a session told as ended on a day lasted
_N_DAY_SESSION = regex.compile(r"\s*(?:(?:The|A|That|This|the|a)\s+)?(?P<n>two|three|four|five|[2-5])-day\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:talks|negotiations|meetings?|round|session|summit|consultations|conference)\b", regex.I)
# "ended the third round on Thursday", "concluded here on Wednesday", "closing the round in X on Sunday":
# the day told is the session's last
_ENDED_ON = regex.compile(r"\b" + _END_VERB + r"\b", regex.I)
# "The round opened on August 20": the first day of a session the report told by its last
_OPENED_ON = regex.compile(r"\s*(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:round|talks|session|negotiations|meeting|summit)\s+"
                           r"(?:had\s+)?(?:opened|began|started|got\s+under\s?way|kicked\s+off)\s+(?:on\s+)?", regex.I)
_NTH_DAY = regex.compile(r"\b(?:on\s+)?(?:the|a)\s+(?P<nth>second|third|fourth|fifth)\s+(?:and\s+(?:final|last)\s+)?day\s+of\s+"
                         r"(?:[\w-]+\s+){0,2}(?:talks|negotiations|meetings|consultations)\b", regex.I)


def _days_before(window: str) -> int:
    """How many days before the day told the session began: "ended two days of talks on
    Wednesday" (1), "on the third day of talks on Thursday" (2)."""
    m = _DAYS_OF_TALKS_ENDED.search(window)
    if m:
        n = m.group("n").lower()
        return (_N_DAYS.get(n) or int(n)) - 1
    m = _NTH_DAY.search(window)
    if m:
        return _ORDINALS[m.group("nth").lower()] - 1
    return 0


# Words that put a session told with "after" in the future: "after talks next week"
_LATER = regex.compile(r"\b(?:next|coming|upcoming|later\s+this|tomorrow)\b", regex.I)


# A past act of the sides, then the session it closed: "A and B signed a truce, which takes effect
# next week, at the close of the fourth round". The future inside the act's own words ("will",
# "next week") is not the session's; a modal on the act itself ("would sign ... at the end of")
# leaves the session to come.
_CLOSED_BY_ACT = regex.compile(
    r"(?<!\b(?:will|would|to|may|might|could|should|must)\s)(?<!\b(?:will|would|to)\s+(?:\w+\s+)?)"
    r"\b(?:agreed|signed|reached|adopted|approved|struck|sealed|initialled|initialed)\b"
    r"[^;:“”\"]{0,200}?,\s+(?:at|after)\s+the\s+(?:end|close|conclusion)\s+of\s+(?:the|their|a|its)\s+"
    r"(?!next\b|upcoming\b|planned\b|coming\b|proposed\b|new\b)(?:[\w-]+\s+){0,2}?(?:round|talks|negotiations|session|meeting|summit)\b",
    regex.I)


# A past act told as closing a session, the act's own words in the future: "A and B agreed on
# Monday to hold a vote in May, after two days of talks", "X will widen the road, the minister
# said on Friday after three days of talks", "agreed to set up a board, at the end of a meeting".
# The session words between the act and its close are that session's, held (a modal on the act
# itself, "would sign ... after two days of talks", leaves it to come).
_CLOSED_AFTER_ACT = regex.compile(
    r"(?<!\b(?:will|would|to|may|might|could|should|must)\s)(?<!\b(?:will|would|to)\s+(?:\w+\s+)?)"
    r"\b(?:agreed|signed|reached|adopted|approved|struck|sealed|said|announced|told)\b"
    r"[^;:“”\"]{0,200}?(?:,\s*|\s)(?:"
    r"(?:after|following)\s+(?:a|one|two|three|four|five|[2-5])[- ]days?\s+of\s+(?:[\w-]+\s+){0,2}"
    r"(?:talks|negotiations|meetings|consultations)\b"
    r"|(?:at|after)\s+the\s+(?:end|close|conclusion)\s+of\s+(?:the|their|a|its)\s+"
    r"(?!next\b|upcoming\b|planned\b|coming\b|proposed\b|new\b)(?:[\w-]+\s+){0,2}?"
    r"(?:round|talks|negotiations|session|meeting|summit)\b)"
    r"(?!\s+(?:next|later|planned|due|scheduled)\b)",
    regex.I)


def _closed_after_act(chunk: str, at: int) -> bool:
    """Whether the session word at ``at`` lies inside a past act told as closing a session."""
    return any(m.start() <= at < m.end() for m in _CLOSED_AFTER_ACT.finditer(chunk))


# speech verbs in the past: the frame of a report ("said", "told"), not its content
_SAID_PAST = regex.compile(r"said|told|announced|added|stated|declared|confirmed|reported|noted|explained")


def _status(chunk: str, at: int | None = None) -> str:
    """The status a clause tells of its session; ``at``: where its session word stands in it."""
    if _CANCELLED.search(chunk):
        return "cancelled"
    pm = _PROPOSED.search(chunk)
    if pm and (at is None or pm.start() <= at <= pm.end() + 40):
        return "proposed"  # the offer governs this session word: "ready to host talks"
    if _ONGOING.search(chunk):
        return "held" if _ENDED.search(chunk) else "ongoing"
    hm = _HELD_NEAR.search(chunk)
    if hm and not _LATER.search(chunk, hm.end(), hm.end() + 40):
        return "held"
    if _CLOSED_BY_ACT.search(chunk):
        return "held"  # "signed a pact that takes effect next month, at the close of the round": the act closed it
    fut = _FUTURE.search(chunk)
    past = _PAST.search(chunk)
    if fut and at is not None and fut.end() <= at:
        # "A will pay the fund, the ministry said after the round in Vell": the future is what was said;
        # the session is the frame's, told after the speech verb
        sp = [m for m in _SPEECH_WORD.finditer(chunk, fut.end(), at) if _SAID_PAST.fullmatch(m.group(0))]
        if sp and not _FUTURE.search(chunk, sp[-1].end(), at + 1):
            fut = _FUTURE.search(chunk, sp[-1].end())
    if fut and (not past or fut.start() < past.start() or past.group(0).lower() in ("was", "were", "had")):
        return "scheduled"
    return "held"


class _FoldIndex:
    """The meetings being folded, filed by what ``_same``, ``_main``, ``_continued`` and the
    twin search ask of them (the day, the place, placed with no day, the status of the first
    dated or placed one, the last sentence, the pair), so that folding a sighting costs the
    meetings it can join, not every meeting so far (issue 7). Filing only adds: a meeting
    filed under a key it no longer has is tested again by the same predicate, so that the
    meeting chosen is the first, in the order of ``meetings``, that the predicate takes, as a
    walk over every meeting would choose. ``note`` a meeting after each change to it."""

    def __init__(self, meetings: list[_Meeting]) -> None:
        self.meetings = meetings
        self.rank: dict[int, int] = {}
        self.by_day: dict[int, list[int]] = {}  # sorted places in meetings, each list
        self.by_place: dict[str, list[int]] = {}
        self.undated_in: dict[str, list[int]] = {}  # place -> meetings placed there with no day
        self.undated_placed: list[int] = []
        self.by_last: dict[int, list[int]] = {}
        self.by_pair: dict[int, list[int]] = {}
        self.first_of_status: dict[str, int] = {}  # status -> the first meeting with a day or place

    @staticmethod
    def _file(lists: dict[Any, list[int]], key: Any, i: int) -> None:
        _file_sorted(lists.setdefault(key, []), i)

    def append(self, m: _Meeting) -> None:
        self.rank[id(m)] = len(self.meetings)
        self.meetings.append(m)
        self.note(m)

    def note(self, m: _Meeting) -> None:
        i = self.rank[id(m)]
        if m.date:
            self._file(self.by_day, _days(m.date), i)
        if m.place:
            self._file(self.by_place, m.place, i)
            if not m.date:
                self._file(self.undated_in, m.place, i)
                _file_sorted(self.undated_placed, i)
        if m.date or m.place:  # once dated or placed, always (days and places are only added)
            self.first_of_status[m.status] = min(i, self.first_of_status.get(m.status, i))
        self._file(self.by_last, m.last_sentence, i)
        if m.pair_of is not None:
            self._file(self.by_pair, m.pair_of, i)

    def _in_order(self, *lists: list[int]) -> Iterator[_Meeting]:
        last = -1
        for i in heapq.merge(*lists):
            if i != last:
                yield self.meetings[i]
                last = i

    def could_be_same(self, s: _Sighting) -> Iterator[_Meeting] | list[_Meeting]:
        """Every meeting ``_same(m, s)`` may take (and maybe others), in order, lazily: one on
        the day or a day either side; one in the place (with no day of its own if the
        sighting has one); a definite sighting with a day and no place: one placed with no
        day. With neither day nor place: none for an indefinite sighting with no venue,
        else every meeting."""
        if not (s.date or s.place):
            return [] if not (s.definite or s.venue) else list(self.meetings)
        lists: list[list[int]] = []
        if s.date:
            d = _days(s.date)
            lists += [self.by_day.get(day, []) for day in (d - 1, d, d + 1)]
            if s.place:
                lists.append(self.undated_in.get(s.place, []))
            elif s.definite:
                lists.append(self.undated_placed)
        elif s.place:
            lists.append(self.by_place.get(s.place, []))
        return self._in_order(*lists)

    def main(self, status: str) -> _Meeting | None:
        """As ``_main(meetings, status)``."""
        i = self.first_of_status.get(status)
        return None if i is None else self.meetings[i]

    def ending_at(self, sentence: int) -> list[_Meeting]:
        """The meetings whose last sentence is ``sentence`` (and maybe others), in order."""
        return list(self._in_order(self.by_last.get(sentence, [])))

    def of_pair(self, pair: int) -> list[_Meeting]:
        return list(self._in_order(self.by_pair.get(pair, [])))


def _file_sorted(lst: list[int], i: int) -> None:
    """Put ``i`` in the sorted ``lst`` unless it is there."""
    k = bisect_left(lst, i)
    if k == len(lst) or lst[k] != i:
        lst.insert(k, i)


def _fold(sightings: list[_Sighting]) -> list[_Meeting]:
    meetings: list[_Meeting] = []
    index = _FoldIndex(meetings)
    for s in sightings:
        target = None
        if not (s.date or s.place or s.venue) and s.definite:
            target = index.main(s.status) or index.main("held")
            if target is not None and (not _fits(target, s) or (s.aside and s.round)):
                continue  # "Beijing sent its envoy to the talks": another side, another story
        for m in index.could_be_same(s) if target is None else ():
            if _same(m, s):
                target = m
                break
        if target is None and not s.date and (s.place or s.venue):
            target = _continued(index.ending_at(s.sentence.index - 1), s)
        if target is None:
            if not (s.date or s.place or s.venue):
                # a sighting with neither day nor place: only details for a meeting told elsewhere
                if meetings and s.definite:
                    target = index.main(s.status)
                if target is None:
                    target = _Meeting(status=s.status)
                    index.append(target)
            else:
                target = _Meeting(status=s.status, first_sentence=s.sentence.index)
                index.append(target)
        if target.pair_of is None and s.pair_of is not None:
            target.pair_of = s.pair_of
        _merge(target, s)
        index.note(target)
        if s.pair_of is None and target.pair_of is not None and s.dates:
            # "The talks opened on Monday" after "talks between A and B, as well as C and D":
            # the day is both sessions'
            for twin in index.of_pair(target.pair_of):
                if twin is not target and twin.pair_of == target.pair_of and not twin.dates:
                    twin.dates.extend(s.dates)
                    twin.date = min(twin.dates)
                    index.note(twin)
    return [m for m in meetings if m.date or m.place or m.venue]


# "The session, which opened on Monday ...", "The talks, held on Friday, ...": a sentence that opens on a
# definite session word and tells its day
_THE_SESSION_DATED = regex.compile(r"\s*(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|negotiations|round|session|"
                                   r"consultations)\b", regex.I)


def _placed_then_dated(doc: Document, parts: Parts, meetings: list[_Meeting]) -> list[_Meeting]:
    """A held session told with its town and no day ("A and B settled the quarrel in talks held in
    Vell"), then in the very next sentence as "The session, which opened on Monday, ..." with a day
    and no town, is one session: the day joins the town. The sides are the first sentence's when
    it names two (the second sentence's others are those who attended: they join nobody)."""
    text = doc.text
    out = list(meetings)
    for m in meetings:
        if m.date or not m.place or m.status != "held" or m.last_sentence != m.first_sentence:
            continue
        nxt = [d for d in out if d is not m and d.date and not d.place and d.status == "held" and d.evidence
               and d.first_sentence == m.first_sentence + 1]
        if len(nxt) != 1:
            continue
        d = nxt[0]
        opening = min(d.evidence, key=lambda e: e.start)
        if not _THE_SESSION_DATED.match(text, opening.start, opening.end) and not (
                # the lede's placed summit, then the sentence that tells since when its host has held it
                m.first_sentence < LEDE_SENTENCES and _SESSION_SINCE.search(text, opening.start, opening.end)
                and (d.parties | d.mediators) & (m.parties | m.mediators)):
            continue
        d.place = m.place
        d.venue = d.venue or m.venue
        if len(m.parties) >= 2:
            d.parties = set(m.parties)
        d.evidence.extend(m.evidence)
        d.first_sentence = m.first_sentence
        out.remove(m)
    return out


def _first_of_days(doc: Document, parts: Parts, mentions: Mentions, meetings: list[_Meeting]) -> None:
    """A session told as ended on a day and, there or in the sentence after, as lasting N days
    ("ended the third round on Thursday. The two-day session ...") began N-1 days before
    (ANNOTATING.md: a meeting that spans days is dated by its first day)."""
    text = doc.text
    for m in meetings:
        if m.status not in ("held", "ongoing") or not m.date or len(m.dates) > 1:
            continue
        for e in sorted(set(m.evidence), key=lambda e: e.start):
            chunk = text[e.start:e.end]
            if not _ENDED_ON.search(chunk) or m.date not in {d.value for d in mentions.dates_in(e)} or _days_before(chunk):
                continue
            sent = next((x for x in parts.sentences if x.span.start <= e.start < x.span.end), None)
            nxt = parts.sentences[sent.index + 1] if sent is not None and sent.index + 1 < len(parts.sentences) else None
            n_day = _N_DAY_SESSION.search(chunk) or (_N_DAY_SESSION.match(text, nxt.span.start, nxt.span.end)
                                                      if nxt is not None else None)
            if n_day is not None:
                n = _N_DAYS[n_day.group("n").lower()]
                m.date = (date.fromisoformat(m.date) - timedelta(days=n - 1)).isoformat()
                m.dates = [m.date]
            break


def _opened_on(doc: Document, parts: Parts, mentions: Mentions, meetings: list[_Meeting]) -> list[_Meeting]:
    """"... closing the sixth round in Vell on Sunday. The round opened on August 20 at the Lakeside
    complex.": one session, dated by its first day; the sentence that tells the opening is not a
    session of its own."""
    text = doc.text
    out: list[_Meeting] = []
    for m in meetings:
        prev = out[-1] if out else None
        first = min(m.evidence, key=lambda e: e.start) if m.evidence else None
        if (prev is not None and first is not None and m.date and prev.date and m.date < prev.date
                and prev.status == "held" and m.status in ("held", "ongoing")
                and _OPENED_ON.match(text, first.start, first.end)
                and (date.fromisoformat(prev.date) - date.fromisoformat(m.date)).days <= OPENED_REACH_DAYS
                and not (m.round and prev.round and m.round != prev.round)):
            prev.date, prev.dates = m.date, [m.date]
            prev.venue = prev.venue or m.venue
            prev.place = prev.place or m.place
            prev.mediators |= m.mediators
            prev.evidence.extend(m.evidence)
            prev.last_sentence = max(prev.last_sentence, m.last_sentence)
            continue
        out.append(m)
    return out


# A round told as opened this many days before the day it closed is one session (longer: two).
OPENED_REACH_DAYS = 21


def _continued(meetings: list[_Meeting], s: _Sighting) -> _Meeting | None:
    """The meeting of the sentence just before, told with a day but no place, that this
    sentence goes on to place: "On May 3, the envoys held talks. Hosted at the Lakeside Palace
    in Vienna, the talks were mediated by ..." """
    for m in meetings:
        # (or, placed too, one this sentence goes on to house: "A and B signed the accord in Vell on
        # Monday. It was signed at the Lakeside Hall by ...")
        housed = bool(m.place) and bool(s.venue) and not s.place and s.parties <= m.parties | m.mediators | s.mediators
        if m.last_sentence != s.sentence.index - 1 or not m.date or (m.place and not housed) or m.venue:
            continue
        if m.status != s.status or (s.round and s.round != m.round) or s.month or s.aside or s.timed:
            continue
        if s.another:
            continue
        if s.parties - (m.parties | m.mediators | s.mediators):
            continue  # other sides: another session
        return m
    return None


def _main(meetings: list[_Meeting], status: str) -> _Meeting | None:
    same = [m for m in meetings if m.status == status and (m.date or m.place)]
    return same[0] if same else None


# (a "second meeting" of leaders is often another pair's: ordinals from the third on)
_NEXT_ROUND = re.compile(r"\b(?:another|next|new|further|fresh|"
                         + "|".join(w for w, n in _ORDINALS.items() if n >= 3) + r"|" + _DIGIT_ORDINAL
                         + r") (?:round|session|talks|meeting)|\bmeet\w*\s+again\b|"
                         r"\b(?:return|resume|reconvene|continue)\w*\b", re.I)
# International bodies take part in talks they are named as taking part in; a clause that
# merely mentions NATO or the EU does not make them a side.
_BODIES = frozenset({"NATO", "EU", "UN", "G7", "IAEA", "OSCE", "ASEAN", "AU", "ICRC"})


# "the truce framework drafted by Borduria": the author of the terms two others negotiate on; a
# broker where the talks are held in its own cities and it is no side of them.
_AUTHORED_BY = regex.compile(r"\b(?:drafted|authored|drawn\s+up|put\s+forward|tabled)\s+by\s+(?:the\s+)?$")


def _host_brokers(text: str, parts: Parts, mentions: Mentions, meetings: list[_Meeting]) -> None:
    """A state the report tells brokered or hosted ("the Borduria-brokered truce", "talks
    hosted by Borduria") mediates the sessions held in its own cities, where the report tells
    no mediator of any session."""
    brokers: set[str] = set()
    authors: set[str] = set()  # brokers only of talks between two others
    for sp, code in mentions.mediation:
        if not text[sp.start:sp.end].lower().endswith("-led"):
            brokers.add(code)
    go_betweens: dict[str, set[str]] = {}  # the go-between -> the sides its sentence names
    for pm in mentions.parties:
        if _BY_MEDIATOR.search(text[max(0, pm.span.start - 45):pm.span.start]) or _BROKERED_AFTER.match(
                text, pm.span.end):
            brokers.add(pm.code)
        elif _AUTHORED_BY.search(text[max(0, pm.span.start - 30):pm.span.start]):
            authors.add(pm.code)
        if _GO_BETWEEN_AFTER.match(text, pm.span.end):
            sent = parts.sentence_at(pm.span.start)
            sides = {p.code for p in mentions.parties_in(sent.span)} - {pm.code} if sent else set()
            go_betweens.setdefault(pm.code, set()).update(sides)
    main = next((m for m in meetings if m.status in ("held", "ongoing") and (m.date or m.place)), None)
    if any(m.mediators for m in meetings):
        return  # the report tells which sessions it mediated; the others it did not
    for m in meetings:
        host = CITIES.get(m.place or "") or CITIES.get(VENUE_CITY.get(m.venue or "", ""))
        if host and not m.mediators and host not in m.parties and (
                host in brokers or (host in authors and len(m.parties) >= 2)):
            m.mediators.add(host)
        elif len(go_betweens) == 1 and not m.mediators:
            # "Borduria has long served as a go-between for Ruritania and Syldavia" (or "the two sides":
            # then the report's main session)
            ((code, sides),) = go_betweens.items()
            if len(m.parties - {code}) >= 2 and (sides <= m.parties if sides else m is main):
                m.mediators.add(code)




def _lede_sides(sightings: list[_Sighting], meetings: list[_Meeting]) -> None:
    """ "Ruritania expressed frustration with its ongoing talks with Borduria and Syldavia" (the lede,
    no day, no place) ... "Wednesday's talks in Vell": the report's session is the lede's talks, and
    has all the sides the lede names when it names more than those told with the session."""
    main = next((m for m in meetings if m.status in ("held", "ongoing") and (m.date or m.place)), None)
    if main is None or len(main.parties) < 2:
        return
    for si in sightings:
        if si.sentence.index >= LEDE_SENTENCES or si.date or si.place or si.venue or si.month or si.aside:
            continue
        if si.status not in ("held", "ongoing") or si.another:
            continue
        extra = si.parties - main.parties - main.mediators - main.not_parties
        if main.parties < si.parties and extra and not (si.mediators & main.parties):
            main.parties |= extra
        break


_BODY_ENVOY = regex.compile(r"\b(?:envoy|representative|facilitator|special\s+adviser|high\s+representative)\b", regex.I)
_THE_MEDIATORS = regex.compile(r"\b(?:[Tt]he|[Bb]oth|[Oo]ur)\s+(?:two\s+|three\s+)?(?:mediators|co-?chairs|guarantors|facilitators)"
                               r"\s+(?:will|would|are\s+to|plan\s+to|intend\s+to|are\s+expected\s+to|have\s+invited|invited|convened)\b")
_THE_SIDES = regex.compile(r"\bthe\s+(?:two\s+)?(?:parties|sides|delegations)\b|\bboth\s+(?:parties|sides|delegations)\b")
_HOST_NEXT = regex.compile(r"\b(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to|has\s+offered\s+to|agreed\s+to)\s+host\b")


def _inherit_parties(text: str, mentions: Mentions, meetings: list[_Meeting]) -> None:
    """A meeting told with no sides named: a next round is between the sides of the report's
    main meeting; any other is between the two sides the report names most."""
    # (no session told as held: the one under way, else the first told, "the second round of the
    # Vell talks is scheduled for May 5" after a signing told without a session word)
    main = _main(meetings, "held") or _main(meetings, "ongoing") or next((m for m in meetings if m.date or m.place), None)
    if main is None:
        return
    mediators = set().union(*(m.mediators for m in meetings))
    # (a capital told as where something happens, "talks in Vell", is a place, not a side)
    counts = Counter(p.code for p in mentions.parties if p.how in ("state", "demonym", "possessive", "capital")
                     and p.code not in mediators and not (p.how == "capital" and _is_location_at(text, p.span.start, strict=True)))
    pair = {c for c, _n in counts.most_common(2)}
    for m in meetings:
        if m is main and not m.parties and (len(pair) == 2 or (pair and m.mediators)) and not (pair & m.mediators):
            # (one side named, the other a movement no table knows, with a mediator told: the one side)
            # the report's session told with its broker but no side ("X-brokered talks in Vell that
            # produced no breakthrough as the warring parties ..."): the two sides the report names most
            m.parties = set(pair)
            continue
        if m is not main and len(m.parties) == 1 and not (m.parties & main.parties) and len(main.parties) >= 2:
            told = " ".join(text[e.start:e.end] for e in m.evidence)
            if _HOST_NEXT.search(told) and _NEXT_ROUND.search(told):
                # "Borduria will host the seventh round in Vell": the host of the next round of the
                # report's process is its go-between, the sides are the process's
                m.mediators |= m.parties
                m.parties = set(main.parties)
                continue
        if m is main or len(m.parties | m.mediators) >= 2:
            continue
        told = " ".join(text[e.start:e.end] for e in m.evidence)
        if _NEXT_ROUND.search(told):
            m.parties = set(main.parties)
            if len(main.parties) < 2:
                # one side known (the other a movement no table names): the table is its go-betweens too
                # (gold leaves a round to come's mediators out where the sides are told: not copied then)
                m.mediators |= main.mediators
        elif len(pair) == 2:
            m.parties = set(pair)
    for m in meetings:
        if m is main or not main.parties:
            continue
        told = " ".join(text[e.start:e.end] for e in m.evidence)
        brokers = m.parties & main.mediators
        if brokers and main.parties <= m.parties and _NEXT_ROUND.search(told):
            # "the Bordurian envoy said the fifth round would be held in Vell": the round to come of
            # the report's process between its sides; the main session's go-between who tells it is
            # no side of it
            m.parties -= brokers
            m.mediators |= brokers
        if _THE_MEDIATORS.search(told):
            # "The mediators will convene the parties in Vell on May 3": the report's go-betweens
            m.mediators |= main.mediators
            if _THE_SIDES.search(told):
                m.parties = set(main.parties)



def _same(m: _Meeting, s: _Sighting) -> bool:
    if (s.then or s.sidelines) and s.parties - m.parties - m.mediators:
        return False  # "Then A met C", "on the sidelines, A met C": not the session of A and B
    if m.status != s.status and not (s.definite and not s.date) and not (
            # "talks began in X on Thursday" ... "the negotiations on Thursday will focus on ...": one
            # session, told as begun and as to come on the same day
            s.definite and s.date and s.date == m.date and {m.status, s.status} <= {"held", "ongoing", "scheduled"}):
        return False
    if s.aside and s.round and m.round != s.round:
        return False  # "after the opening round": not the session the report is about
    if s.month and m.date and m.date[:7] != s.month:
        return False  # "the Vienna talks in November" are not February's
    if len(m.parties) >= 2 and len(s.parties) >= 2 and not (m.parties & s.parties):
        return False  # the same city, other sides: another session
    if m.round and s.round and m.round != s.round:
        return False
    if m.venue and s.venue and m.venue != s.venue and m.date != s.date:
        return False  # the next day at another house: another session
    if m.date and s.date:
        if abs(_days(m.date) - _days(s.date)) > 1:
            return False
        return not (m.place and s.place and m.place != s.place)
    if m.place and s.place and m.place != s.place:
        return False
    if m.place and s.place == m.place:
        return not (m.date and s.date)
    if s.venue and not (s.place or s.date) and not m.venue and len(s.parties & m.parties) >= 2:
        # the same sides, and close by or with the same people at the table
        return s.parties <= (m.parties | m.mediators) and (
            abs(m.first_sentence - s.sentence.index) <= VENUE_REACH or len(s.people & m.people) >= 2
            # a signing by the same sides told again, however far on (a live page, an explainer)
            or (s.signing and m.signing and s.status == m.status == "held"))
    if s.definite and not s.place and (m.date or m.place):
        # (a sighting naming only the session's mediator, "held at the AU's headquarters", is it too)
        return (not s.date or not m.date or abs(_days(m.date) - _days(s.date)) <= 1) and bool(
            s.parties & m.parties or not (s.parties - m.mediators)) and _fits(m, s)
    return False


def _then_day(sightings: list[_Sighting]) -> None:
    """ "On Monday, A met B. Then A met C.": the second session is on the first one's day."""
    for i, si in enumerate(sightings):
        if not si.then or si.dates or si.month:
            continue
        before = [p for p in sightings[:i] if p.sentence.index == si.sentence.index - 1 and p.date]
        if before:
            si.dates, si.date = [before[-1].date or ""], before[-1].date


# A sentence that sets a scene: someone arrives or visits, on a day, with no session word.
_SCENE = regex.compile(r"\b(?:arriv\w+|visit\w*|travel\w*|flew|landed)\b", regex.I)


def _scene_day(doc: Document, parts: Parts, mentions: Mentions, sightings: list[_Sighting],
               with_session: set[int], in_sequence: dict[Span, str]) -> None:
    """ "On May 3, the president arrived at the palace. The meeting that followed ...": a
    session told with a place but no day, right after a sentence that sets the scene on a day
    (an arrival, or the same place) and names no session, is on that day."""
    for si in sightings:
        if si.dates or si.month or si.aside or si.status not in ("held", "ongoing") or not (si.place or si.venue):
            continue
        i = si.sentence.index - 1
        if i < 0 or i in with_session:
            continue
        prev = parts.sentences[i]
        here = si.place or VENUE_CITY.get(si.venue or "")
        there = {p.name if p.kind == "city" else VENUE_CITY.get(p.name) for p in mentions.places_in(prev.span)}
        if not (here in there or _SCENE.search(doc.text, prev.span.start, prev.span.end)):
            continue  # neither the same place nor an arrival
        days = [in_sequence.get(d.span, d.value) for d in mentions.dates_in(prev.span) if d.kind == "on" and d.value]
        if len(days) == 1 and days[0]:
            si.dates, si.date = [days[0]], days[0]


# What the sides do at a session, told in a lede: "agreed", "signed", "pledged", "reached a deal"
_LEDE_ACT = regex.compile(r"\b(?:agreed|signed|pledged|reached|struck|sealed|settled|committed|endorsed|approved|"
                          r"accepted|initiall?ed|adopted|concluded)\b")


def _lede_day(doc: Document, parts: Parts, mentions: Mentions, sightings: list[_Sighting],
              in_sequence: dict[Span, str]) -> None:
    """ "A and B agreed on Tuesday to a truce. The deal came on the first day of the fourth round
    in Vell.": a session told in the report's second sentence with no day of its own is the
    setting of the act the lede tells on its one day (when the lede tells no session with a day
    of its own, and its day is no day of words); the sides are those the lede names before it."""
    if len(parts.sentences) < 2:
        return
    lede = parts.sentences[0]
    if any(o.sentence.index == 0 and o.dates for o in sightings):
        return  # the lede's own session has its day: folding decides
    days = [d for d in mentions.dates_in(lede.span) if d.kind == "on" and d.value]
    if len(days) != 1 or _speech_date(doc.text, days[0].span):
        return
    before_day = Span(lede.span.start, days[0].span.start)
    if not _LEDE_ACT.search(doc.text, lede.span.start, days[0].span.start) or len(
            {pm.code for pm in mentions.parties_in(before_day) if pm.code}) < 1:
        return  # "On May 3, shelling hit the villages": the day of another event, not of the sides' act
    day = in_sequence.get(days[0].span, days[0].value)
    if not day or (doc.published and day > doc.published[:10]):
        return
    for si in sightings:
        if si.sentence.index != 1 or si.dates or si.month or si.aside or si.timed or si.another:
            continue
        if si.status not in ("held", "ongoing"):
            continue
        si.dates, si.date = [day], day
        if len(si.parties - si.mediators) < 2:
            si.parties |= {pm.code for pm in mentions.parties_in(Span(lede.span.start, days[0].span.start))
                           if pm.code and pm.code not in si.mediators and pm.how in ("state", "demonym", "possessive", "organization")}
        break


def _country_city(text: str, mentions: Mentions, sightings: list[_Sighting]) -> None:
    """ "talks in Pakistan": the city of that country the report names most as a place where
    something happens ("in Varna-on-Sea"), if any; "from Washington" is a side, not a place."""
    of_country: dict[str, Counter[str]] = {}  # the same for every sighting of a country: counted once
    for si in sightings:
        if si.place or not si.country:
            continue
        if si.country not in of_country:
            of_country[si.country] = Counter(p.name for p in mentions.places if p.kind == "city"
                                             and p.country == si.country and _is_location_at(text, p.span.start, strict=True))
        cities = of_country[si.country]
        if cities:
            si.place = cities.most_common(1)[0][0]


def _shift_year(iso: str) -> str:
    y, rest = int(iso[:4]), iso[4:10]
    return f"{y - 1}{rest}" if rest != "-02-29" else f"{y - 1}-02-28"


def _shift_week(iso: str) -> str:
    return (date.fromisoformat(iso[:10]) + timedelta(days=7)).isoformat()


def _days(iso: str) -> int:
    return date.fromisoformat(iso[:10]).toordinal()


def _fits(m: _Meeting, s: _Sighting) -> bool:
    """A sighting with neither day nor place tells of a meeting only with the sides it has."""
    return len(m.parties) < 2 or s.parties <= (m.parties | m.mediators)


def _merge(m: _Meeting, s: _Sighting) -> None:
    if s.status == "cancelled" and s.definite and not s.date and m.status in ("scheduled", "ongoing"):
        m.status = "cancelled"  # "were set to meet on Friday, but the meeting was called off"
    m.dates.extend(s.dates)
    if m.dates:
        m.date = min(m.dates)
    m.place = m.place or s.place
    m.venue = m.venue or s.venue
    m.round = m.round or s.round
    if s.date or s.place or len(m.parties) < 2:
        m.parties |= s.parties
        m.people |= s.people
    m.mediators |= s.mediators
    m.signing = m.signing or s.signing
    m.evidence.append(s.sentence.span)
    m.last_sentence = max(m.last_sentence, s.sentence.index)


_TITLE_PLACE = regex.compile(r"\b(?:in|at)\s+(?P<city>" + "|".join(regex.escape(c) for c in CITIES) + r")\b")


def _title_place(doc: Document, meetings: list[_Meeting]) -> None:
    """A readout titled "... Talks in Geneva" gives the place its body leaves out."""
    if not doc.title:
        return
    m = _TITLE_PLACE.search(doc.title)
    if not m:
        return
    for meeting in meetings:
        if meeting.status == "held" and not meeting.place:
            meeting.place = m.group("city")
            break


def _round_of(rm: regex.Match[str]) -> int:
    if rm.group("ord"):
        return _ordinal(rm.group("ord"))
    n = rm.group("num").lower()
    return _NUMBERS[n] if n in _NUMBERS else int(n)


def _number_rounds(text: str, meetings: list[_Meeting]) -> None:
    """Rounds the report implies: "Another round was held on ..." after a numbered one is the
    next number; the report's latest session, told after "after the opening round", is the
    second."""
    told: list[_Meeting] = []
    for m in sorted(meetings, key=lambda m: m.first_sentence):
        if m.round is None and m.evidence and told and _ANOTHER_ROUND.search(
                text[m.evidence[0].start:m.evidence[0].end]):
            last = max((t.round for t in told if t.round), default=None)
            if last is not None:
                m.round = last + 1
        told.append(m)
    current = [m for m in meetings if m.status in ("held", "ongoing") and m.date and m.round is None]
    if len(current) != 1 or any(m.round and m.status == "scheduled" for m in meetings):
        return
    main = current[0]
    before = [m for m in meetings if m is not main and m.round and m.status == "held"
              and (m.date is None or m.date < (main.date or ""))]
    if before and not any(m.round == max(b.round or 0 for b in before) + 1 for m in meetings):
        main.round = max(b.round or 0 for b in before) + 1


# Sessions at a distance: a call has no place, whatever the dateline.
_AT_A_DISTANCE = regex.compile(r"\b(?:phone|telephone|call|called|phoned|video|virtual|online|by\s+letter)\b", regex.I)


def _dateline_place(doc: Document, parts: Parts, meetings: list[_Meeting]) -> None:
    """ "GENEVA (Reuters) - Negotiators met on Monday ...": a session held on a day the lede
    tells, with no place, sits in the dateline's city (not a call, which sits nowhere)."""
    if not doc.dateline or not parts.sentences:
        return
    lede = parts.sentences[0].paragraph
    for m in meetings:
        if m.place or (m.venue and m.venue in VENUE_CITY) or not m.evidence or not m.date or m.status not in ("held", "ongoing"):
            continue  # (a session to come may sit elsewhere; one with no day is told too loosely; a
            # venue of no known city, "the Lakeside Hall", is most likely in the dateline's)
        first = parts.sentence_at(min(m.evidence).start)
        if first is None or first.paragraph != lede:
            continue
        told = doc.text[first.span.start:first.span.end]
        if _AT_A_DISTANCE.search(told):
            continue
        m.place = doc.dateline
        break


def _previous_rounds(text: str, parts: Parts, mentions: Mentions, meetings: list[_Meeting]) -> None:
    """ "the two earlier rounds ... held on April 4 and May 9": one meeting per date, numbered back."""
    main = next((m for m in meetings if m.round), None)
    for sent in parts.sentences:
        chunk = text[sent.span.start:sent.span.end]
        pm = _PREVIOUS_ROUNDS.search(chunk)
        if not pm:
            continue
        # the earlier rounds' days are told after them ("the two earlier rounds, on May 4 and 9"); a day
        # before is the session the sentence tells first ("held a fourth round on Monday, after ...")
        dates = sorted({d.value for d in mentions.dates_in(sent.span) if d.value and d.kind == "on"
                        and d.span.start >= sent.span.start + pm.start()})
        places = [p for p in mentions.places_in(sent.span) if p.kind == "city"
                  and p.span.start >= sent.span.start + pm.start()]
        if not dates:
            # "the two previous rounds in Vienna": as many meetings there, their days told elsewhere
            at = [p for p in places if _is_location_at(text, p.span.start, strict=True)]
            n = _COUNT[pm.group("n").lower()]
            if not at or any(m.place == at[0].name and m.status == "held" and m is not main and m.round
                             for m in meetings):
                continue
            first = (main.round - n) if main and main.round and main.round > n else None
            for m in list(meetings):  # the sentence's own sighting of them: replaced by the rounds
                if m is not main and not m.date and m.place == at[0].name and m.evidence == [sent.span]:
                    meetings.remove(m)
            for i in range(n):
                meetings.append(_Meeting(
                    status="held", place=at[0].name, round=(first + i) if first else None,
                    parties=set(main.parties) if main else set(), evidence=[sent.span],
                    not_parties=main.mediators if main else set(), first_sentence=sent.index))
            continue
        for m in list(meetings):  # the sighting of this sentence became meetings of its own: drop them
            if any(e == sent.span for e in m.evidence) and m.date in dates:
                meetings.remove(m)
        first_round = (main.round - len(dates)) if main and main.round and main.round > len(dates) else None
        if pm.group(0).lower().startswith("first"):
            first_round = 1
        for i, d in enumerate(dates):
            meetings.append(_Meeting(
                status="held", date=d, place=places[0].name if places else (main.place if main else None),
                round=(first_round + i) if first_round else None,
                parties=set(main.parties) if main else set(), evidence=[sent.span],
                not_parties=main.mediators if main else set()))


# How many sentences after a day told with its year ("in February 2022") a day told without
# one ("on April 19") is read in that year's sequence rather than against the publication date.
CHRONOLOGY_REACH = 4
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_DAY_OF_MONTH = re.compile(r"[A-Za-z]{3}.*\d|\d.*[A-Za-z]{3}")
_YEAR_AFTER = re.compile(r"(?:\s*(?:and|-|–)\s*\d{1,2})?,?\s+(?:of\s+)?(?:last|next|this|that)\s+year\b")
_AHEAD = re.compile(r"\b(?:" + "|".join(sorted(FUTURE_CUES)) + r"|is to|are to|set to|plans? to|aims? to)\b", re.I)
_PRESENT_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|"
                          r"tonight)\b", re.I)


def _chronology(doc: Document, parts: Parts, mentions: Mentions) -> dict[Span, str]:
    """Days told without a year inside a sequence told with years ("In February 2022 ...
    Then ... ending on April 19"): each such day lies in the year of the sequence, the
    year after when it comes earlier in the calendar than the day before it ("In June 2024
    ... On February 18" is the next February). Gives the new value by mention span, only
    where it differs from the value resolved against the publication date."""
    out: dict[Span, str] = {}
    pub = (doc.published or "")[:10]
    if len(pub) != 10:
        return out
    cursor: tuple[str, int] | None = None  # (ISO day, sentence index) of the last day in the sequence
    for sent in parts.sentences:
        for d in mentions.dates_in(sent.span):
            if not d.value:
                continue
            if _YEAR_IN.search(d.text) and d.kind in ("on", "month", "season"):
                cursor = (d.value, sent.index)
                continue
            if d.kind != "on":
                continue
            if _PRESENT_DAY.search(d.text):
                cursor = None  # a weekday is told against the report's own day
                continue
            if cursor is None or sent.index - cursor[1] > CHRONOLOGY_REACH or not _DAY_OF_MONTH.search(d.text):
                continue
            if _YEAR_AFTER.match(doc.text, d.span.end):
                continue  # "December 14 last year": the year is told
            if d.value > pub and _AHEAD.search(doc.text[max(sent.span.start, d.span.start - 60):d.span.start]):
                continue  # read ahead ("are due to meet on April 19"): a plan, not a step of the past sequence
            year = int(cursor[0][:4])
            if d.value[5:] < cursor[0][5:]:
                year += 1
            try:
                day = date(year, int(d.value[5:7]), int(d.value[8:10])).isoformat()
            except ValueError:
                continue
            if day > pub:
                continue
            cursor = (day, sent.index)
            if day != d.value:
                out[d.span] = day
    return out


def _sentences_with(pattern: re.Pattern[str], text: str, parts: Parts) -> set[int]:
    """Indexes of the sentences in which ``pattern`` matches (one scan of the text)."""
    starts = [x.span.start for x in parts.sentences]
    out: set[int] = set()
    for m in pattern.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0:
            out.add(i)
    return out


_ABOUT_TALKS = re.compile(r"\b(?:talks|negotiations|round|meeting|delegations?|discussions|led|headed|represented|"
                          r"chaired|presiding|presided|guarantors?|facilitators?|co-?chairs?|witness|envoy|joined)\b", re.I)
# A person who hosts: "X, who hosted the talks", "X for his hospitality in facilitating ..."
_HOST_AFTER = regex.compile(r"[^.]{0,25}?\b(?:who\s+(?:has\s+|had\s+)?|for\s+(?:his|her|their)\s+(?:\w+\s+){0,3})"
                            r"(?:hospitality|hosting|hosted|facilitating|facilitated|mediating|mediated|mediation)\b")


class _MeetingIndex:
    """The meetings by the spans of their evidence and by the sets of codes among their sides
    and mediators, so that finding a sentence's meeting costs the codes it names, not every
    meeting of the report (issue 7). ``note`` files what a meeting has gained since it was
    last noted (``_details`` only adds evidence and mediators, and only to the one meeting a
    sentence reads, which it notes before it reads the next)."""

    MAX_CODES = 8  # a meeting with more codes than this is walked, not filed by its subsets

    def __init__(self, meetings: list[_Meeting]) -> None:
        self.meetings = meetings
        self.rank = {id(m): i for i, m in enumerate(meetings)}
        self.seen = [0] * len(meetings)  # how much of each meeting's evidence is filed
        self.by_span: dict[Span, int] = {}  # a span -> the first meeting with it in its evidence
        self.by_codes: dict[frozenset[str], int] = {}  # codes -> the first meeting with all of them
        self.filed: list[frozenset[str]] = [frozenset()] * len(meetings)
        self.walked: set[int] = set()  # meetings with too many codes to file
        for m in meetings:
            self.note(m)

    def note(self, m: _Meeting) -> None:
        i = self.rank[id(m)]
        for sp in m.evidence[self.seen[i]:]:
            if self.by_span.get(sp, i) >= i:
                self.by_span[sp] = i
        self.seen[i] = len(m.evidence)
        codes = frozenset(m.parties | m.mediators)
        if codes == self.filed[i] or i in self.walked:
            return
        if len(codes) > self.MAX_CODES:
            self.walked.add(i)
            return
        items = sorted(codes)
        for mask in range(1, 1 << len(items)):
            sub = frozenset(c for k, c in enumerate(items) if mask >> k & 1)
            if self.by_codes.get(sub, i) >= i:
                self.by_codes[sub] = i
        self.filed[i] = codes

    def first_with(self, s: Span) -> _Meeting | None:
        """As ``next(m for m in meetings if s in m.evidence)``."""
        i = self.by_span.get(s)
        return None if i is None else self.meetings[i]

    def most_named(self, named: set[str], main: _Meeting) -> _Meeting:
        """As ``max(meetings, key=lambda m: (len(named & (m.parties | m.mediators)), m is main))``:
        the most of ``named`` any meeting has, then ``main`` if it has that many, else the first
        meeting that has that many (the first to have one subset of that size)."""
        def count(m: _Meeting) -> int:
            return len(named & (m.parties | m.mediators))

        items = sorted(named)
        best_n, first = 0, None
        for mask in range(1, 1 << len(items)) if len(items) <= self.MAX_CODES else ():
            sub = frozenset(c for k, c in enumerate(items) if mask >> k & 1)
            i = self.by_codes.get(sub)
            if i is not None and (len(sub) > best_n or (len(sub) == best_n and first is not None and i < first)):
                best_n, first = len(sub), i
        if len(items) > self.MAX_CODES:  # a sentence that names more parties than this: walk them all
            return max(self.meetings, key=lambda m: (count(m), m is main))
        for i in sorted(self.walked):
            n = count(self.meetings[i])
            if n > best_n or (n == best_n and first is not None and i < first):
                best_n, first = n, i
        if best_n == 0 or first is None or count(main) == best_n:
            return main
        return self.meetings[first]


# A venue told by a copula: "the residence of the Bordurian envoy is the venue for the talks",
# "the venue for the talks was the Lakeside hotel".
_SESSION_NOUN = r"(?:talks|negotiations|meeting|round|summit|session|discussions)"
_VENUE_IS = regex.compile(r"(?:^|,\s+|\band\s+|\bwhile\s+)(?P<v>[Tt]he\s+(?:[\p{L}’'.-]+\s+){0,9}?)"
                          r"(?:is|was|will\s+be|would\s+be)\s+(?:reportedly\s+|also\s+|expected\s+to\s+be\s+)?"
                          r"the\s+(?:chosen\s+)?venue\s+(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}" + _SESSION_NOUN + r"\b")
_VENUE_OF_IS = regex.compile(r"\b[Tt]he\s+venue\s+(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}" + _SESSION_NOUN +
                             r"\s+(?:is|was|will\s+be)\s+(?:reportedly\s+)?"
                             r"(?P<v>(?:the\s+[\p{L}’'.-]+|[\p{Lu}][\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){0,9}?)"
                             r"(?=\s*(?:[,.;]|$|\s+(?:in|on|near|outside)\b))")


def _venue_told(chunk: str) -> str | None:
    """The venue a copula names (see _VENUE_IS), without its article."""
    vm = _VENUE_IS.search(chunk) or _VENUE_OF_IS.search(chunk)
    if vm is None:
        return None
    v = vm.group("v").strip()
    v = regex.sub(r"^(?:the|The)\s+", "", v)
    return v or None


_WITH_AT_TABLE = regex.compile(r",\s+with\s+(?P<list>[^.;]{3,120}?)\s+(?:at\s+the\s+table|taking\s+part|participating|"
                               r"in\s+attendance|also\s+present|present)\b")
# "Borduria's special envoy, " before a name: the state the person is told as acting for
_OWNER_ROLE = regex.compile(r"[’']s\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+,\s+\Z")
# "the Swiss ambassador, ": a demonym's role before a name
_DEMONYM_ROLE = regex.compile(r"\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+,\s+\Z")
# "..., present as a witness", "attended as a guarantor": a person told as a go-between
_PRESENT_AS = regex.compile(r"(?:,\s+[^,;.“”\"]{3,80}?,)?,?\s+(?:attended|was\s+present|present|sat\s+in|took\s+part|"
                            r"joined|was\s+there)\s+as\s+(?:a\s+|the\s+)?(?:witness|guarantor|facilitator|mediator)\b")


def _witness_owner(text: str, mentions: Mentions, pm: Any) -> bool:
    """Whether the party named at ``pm`` owns the role of a person told as a go-between: "the
    Bordurian ambassador, X, present as a witness", "Borduria's envoy, X, attended as a guarantor"."""
    for p in _starting_in(mentions.people, pm.span.end, pm.span.end + 60):
        between = text[pm.span.end:p.span.start]
        if (_OWNER_ROLE.match(between) or (pm.how == "demonym" and _DEMONYM_ROLE.match(between))) and \
                _PRESENT_AS.match(text, p.span.end, p.span.end + 140):
            return True
    return False


_TITLE_WORDS = regex.compile(r"(?:\s+(?:[\p{Lu}][\p{L}.-]*|of|for|the|and|on))*\s+")


def _title_owner(text: str, mentions: Mentions, span: Span) -> str | None:
    """The party a title before a name names: "US Assistant Secretary of State for Africa X"."""
    found = [pm for pm in mentions.parties_in(Span(max(0, span.start - 80), span.start))
             if pm.how in ("demonym", "state") and _TITLE_WORDS.fullmatch(text, pm.span.end, span.start)]
    return found[0].code if found else None


def _body_envoy_before(text: str, mentions: Mentions, span: Span) -> str | None:
    """The body whose envoy the name at ``span`` is told as: "The UN Special Envoy for Vell, X"."""
    for pm in mentions.parties_in(Span(max(0, span.start - 70), span.start)):
        between = text[pm.span.end:span.start]
        if pm.code in _BODIES and _BODY_ENVOY.search(between) and rxc.fullmatch(r"\s+(?:[\p{L}-]+\s+){0,6}?[\p{L}-]+,\s+", between):
            return pm.code
    return None


def _owner_before(text: str, mentions: Mentions, span: Span) -> str | None:
    """The party whose role the person named at ``span`` holds: "Borduria's envoy, Anna Kovic"."""
    lo = max(0, span.start - 60)
    owners = [pm for pm in mentions.parties_in(Span(lo, span.start))
              if _OWNER_ROLE.match(text, pm.span.end, span.start)
              or (pm.how == "demonym" and _DEMONYM_ROLE.match(text, pm.span.end, span.start))]
    return owners[-1].code if owners else None


# "A and B signed the accord", "the accord was signed by A and by B", "the signing was carried out by
# A ... and B": who signs for each side at a session heads that side there
_SIGNED = regex.compile(r"\b(?:signed|initiall?ed|inked|countersigned|signing\s+ceremony)\b")
_SIGNED_BY = regex.compile(r"\b(?:signed|initiall?ed|inked|countersigned|carried\s+out)\s+(?:[^.;“”\"]{0,60}?\s)??by\b")
_NOT_SIGNER_BEFORE = regex.compile(r"\b(?:witnessed\s+by|in\s+the\s+presence\s+of|watched\s+by|flanked\s+by|"
                                   r"alongside|behind|beside|before|with)\s+(?:[^,;.]{0,40}?)?\Z")


def _signers_head(text: str, s: Span, chunk: str, people: list[PersonMention], by_id: dict[str, Actor],
                  target: _Meeting) -> None:
    """One signer for each of two or more sides of a held session: the head of that side's
    delegation (not a witness, not the host: the sides only, one person each)."""
    if target.status != "held":
        return
    sides = target.parties - target.mediators
    vm = _SIGNED.search(chunk)
    if len(sides) < 2 or vm is None:
        return
    bm = _SIGNED_BY.search(chunk)
    quoted = _quoted(text, s)
    signers: dict[str, list[str]] = {}
    for p in people:
        off = p.span.start - s.start
        if not (off < vm.start() or (bm and off > bm.end())) or any(a <= off < b for a, b in quoted):
            continue
        if _NOT_SIGNER_BEFORE.search(chunk, max(0, off - 50), off):
            continue
        a = by_id.get(p.key)
        if a is None or not a.affiliation:
            return  # a signer of no known side: who signed for whom is not clear
        if a.affiliation in sides and a.id not in signers.get(a.affiliation, []):
            signers.setdefault(a.affiliation, []).append(a.id)
    if len(signers) >= 2 and all(len(ids) == 1 for ids in signers.values()):
        for code, (aid,) in signers.items():
            target.heads.setdefault(code, aid)
        target.evidence.append(s)


# "former Bordurian president", "a former prime minister of Borduria,": who once held a state's office
_FORMER_BEFORE = regex.compile(r"\b(?:former|ex-|retired)\s*(?:[\p{L}-]+\s+){0,4}\Z", regex.I)


def _body_in(mentions: Mentions, s: Span, other_than: str | None) -> bool:
    """The sentence names a body (the AU, a regional community) beside the state ``other_than``."""
    return any((pm.how == "organization" or pm.code in _BODIES) and pm.code and pm.code != other_than
               for pm in mentions.parties_in(s))


def _for_a_body(text: str, mentions: Mentions, s: Span, pm: Any) -> bool:
    """ "the AU panel chaired by former Bordurian president X": a state named only as the one a
    body's envoy once led (where the sentence names the body; alone, the former office-holder's
    state is the go-between)."""
    return bool(_FORMER_BEFORE.search(text, max(s.start, pm.span.start - 20), pm.span.start)) and _body_in(
        mentions, s, pm.code)


def _details(doc: Document, parts: Parts, mentions: Mentions, by_id: dict[str, Actor],
             meetings: list[_Meeting]) -> None:
    """Chairs, heads, mediators, format and duration, from the sentences about the talks."""
    text = doc.text
    main = next((m for m in meetings if m.status == "held"), meetings[0] if meetings else None)
    if main is None:
        return
    talk_sentences = _sentences_with(_ABOUT_TALKS, text, parts)
    index = _MeetingIndex(meetings)
    target: _Meeting | None = None
    prev_sent: Sentence | None = None
    for sent in parts.sentences:
        s = sent.span
        # the meeting the sentence before was evidence of (told so, or read so just now)
        own = ((prev_sent.index, target) if target is not None and prev_sent is not None
               and prev_sent.span in target.evidence else None)
        prev_sent = sent
        if target is not None:
            index.note(target)  # the one meeting the last sentence may have added to
        target = index.first_with(s)
        told_here = target is not None  # the sentence is evidence of the meeting
        if target is None and sent.index not in talk_sentences and not (own is not None and _SIGNED.search(text, s.start, s.end)):
            continue
        chunk = text[s.start:s.end]
        if (target is None and own is not None and own[0] == sent.index - 1 and own[1].status in ("held", "ongoing")
                and not _SESSION.search(chunk)):
            # "The round opened on May 26. Togo and Niger acted as guarantors.": a sentence of
            # details with no session word of its own goes on about the session told just before
            target = own[1]
        if target is None:
            # the meeting whose sides the sentence names, the report's main one by default
            named = {pm.code for pm in mentions.parties_in(s)}
            target = index.most_named(named, main)
        people = mentions.people_in(s)
        # chairs
        cm = _CHAIRED.search(chunk)
        if cm:
            after = [p for p in people if p.span.start > s.start + cm.end()]
            chairs = after[:1]
            for prev, nxt in zip(after, after[1:], strict=False):
                if not _AND_NEXT.fullmatch(text, prev.span.end, nxt.span.start):
                    break
                chairs.append(nxt)  # "co-chaired by Anna Kovic and Ivo Marek"
            for p in chairs:
                a = by_id.get(p.key)
                if a is not None:
                    if a.id not in target.chairs:
                        target.chairs.append(a.id)
                    owner = a.affiliation or _title_owner(text, mentions, p.span)  # "US Assistant Secretary X"
                    if (_FORMER_BEFORE.search(text, max(s.start, p.span.start - 40), p.span.start) or any(
                            r.lower().startswith("former") for r in a.roles)) and _body_in(mentions, s, a.affiliation):
                        # "chaired by former Bordurian president X": a panel's chair (its body's), not his state's
                        titled = {pm.code for pm in mentions.parties_in(Span(max(s.start, p.span.start - 40), p.span.start))}
                        owner = a.affiliation if a.affiliation not in titled else None
                    if owner and (owner not in target.parties or len(target.parties - {owner}) >= 2):
                        target.mediators.add(owner)  # (a chair's state beside two sides: the host)
                    target.evidence.append(s)
            wm = _WITH_AT_TABLE.search(chunk, cm.end())
            if wm:
                # "chaired by X, with A, B and C at the table": the others beside the chair go between
                for pm in mentions.parties_in(Span(s.start + wm.start("list"), s.start + wm.end("list"))):
                    if pm.code and pm.code not in target.parties - target.mediators:
                        target.mediators.add(pm.code)
        # mediators named by role ("..., the mediator of the talks") or by what they did
        for p in people:
            a = by_id.get(p.key)
            body = _body_envoy_before(text, mentions, p.span)
            if body and body not in target.parties - target.mediators - {body}:
                target.mediators.add(body)  # "The UN Special Envoy for the region, X, joined on the second day"
            if a is None or not a.affiliation:
                continue
            if any("mediator" in r.lower() for r in a.roles):
                target.mediators.add(a.affiliation)
            elif a.affiliation in _BODIES and any(_BODY_ENVOY.search(r) for r in a.roles) and a.affiliation not in (
                    target.parties - target.mediators - {a.affiliation}):
                # "with X, the personal envoy of the UN Secretary-General": a body's envoy at a table of
                # others goes between
                target.mediators.add(a.affiliation)
        for p in people:
            a = by_id.get(p.key)
            if a is not None and _CHAIR_AFTER.match(text, p.span.end, p.span.end + 120):
                if a.id not in target.chairs:
                    target.chairs.append(a.id)
                owner = _owner_before(text, mentions, p.span)
                if owner and not a.affiliation and owner not in target.parties - target.mediators:
                    target.mediators.add(owner)  # "Borduria's envoy, Anna Kovic, chaired the talks"
                if a.affiliation and a.affiliation not in target.parties - target.mediators:
                    target.mediators.add(a.affiliation)
                elif a.affiliation and len(target.parties) > 2:
                    target.mediators.add(a.affiliation)  # a chair's state among three or more: the host
                target.evidence.append(s)
        for p in people:
            if _PRESENT_AS.match(text, p.span.end, min(s.end, p.span.end + 140)):
                a = by_id.get(p.key)
                code = _owner_before(text, mentions, p.span) or (a.affiliation if a else None)
                if code:
                    target.mediators.add(code)  # "with the Bordurian ambassador, X, present as a witness"
                    target.evidence.append(s)
        if _MEDIATION.search(chunk) and not cm:
            for p in people:
                a = by_id.get(p.key)
                if a is not None and a.affiliation and _HOST_AFTER.match(text, p.span.end, p.span.end + 120):
                    target.mediators.add(a.affiliation)
            for p in people:
                if not _HOSTS_SESSION_AFTER.match(text, p.span.end, min(s.end, p.span.end + 120)):
                    continue
                a = by_id.get(p.key)
                code = (_owner_before(text, mentions, p.span) or _title_owner(text, mentions, p.span)
                        or _body_envoy_before(text, mentions, p.span) or (a.affiliation if a else None))
                if code and len(target.parties - {code} - target.mediators) >= 2:
                    target.mediators.add(code)  # a host beside two sides is no side
                    target.evidence.append(s)
        for pm in mentions.parties_in(s):
            if pm.code not in target.parties and _mediates(text, s.start, pm.span) and not _for_a_body(text, mentions, s, pm):
                target.mediators.add(pm.code)  # (not "chaired by former Bordurian president X": once his state's)
        if rxc.search(r"\b(?:hospitality|hosting|hosted|facilitating)\b", chunk):
            for pm in mentions.parties_in(s):
                if pm.how == "state" and pm.code not in target.parties and rxc.search(
                        r"\b(?:in|by)\s+(?:the\s+)?(?:Kingdom of\s+|Republic of\s+|State of\s+)?$",
                        text[max(0, pm.span.start - 30):pm.span.start]):
                    target.mediators.add(pm.code)
        for dm in rxc.finditer(r"((?:[\p{Lu}][\p{L}.]+(?:,\s*|\s+and\s+))*[\p{Lu}][\p{L}.]+)\s+"
                               r"(?:mediators?|facilitators?|guarantors?|co-?chairs?)\b", chunk):
            for w in rxc.findall(r"[\p{Lu}][\p{L}.]+", dm.group(1)):
                code = party_lex.code_of(w)
                if code:
                    target.mediators.add(code)  # "Qatari and Egyptian mediators"
        mm = MEDIATORS_FROM.search(chunk)
        if mm:
            for w in rxc.findall(r"[\p{Lu}][\p{L}.]+", mm.group("list")):
                code = party_lex.code_of(w)
                if code and code not in target.parties:
                    target.mediators.add(code)
            # "the co-chairs from the United Nations, the European Union and the OSCE": names of
            # several words, as the party recognizer found them
            for pm in mentions.parties_in(Span(s.start + mm.start("list"), s.start + mm.end("list"))):
                if pm.code:
                    target.mediators.add(pm.code)
        # heads of delegations
        rm = _RESPECTIVELY.search(chunk)
        if rm:
            codes = [party_lex.code_of(w) for w in rxc.findall(r"[\p{Lu}][\p{L}.]+", rm.group("parties"))]
            found = [c for c in codes if c]
            before = [p for p in people if p.span.start < s.start + rm.start()]
            heads: list[str] = []
            for p in before:
                if p.key not in heads:
                    heads.append(p.key)
            for code, key in zip(found, heads, strict=False):
                target.heads.setdefault(str(code), key)
            target.evidence.append(s)
        rb = _LED_BY_RESPECTIVELY.search(chunk)
        if rb:
            # "Ruritanian and Bordurian delegations, led by X and Y respectively"
            codes = [party_lex.code_of(w) for w in rxc.findall(r"[\p{Lu}][\p{L}.]+", rb.group("parties"))]
            found = [c for c in codes if c]
            after = [p for p in people if s.start + rb.end() <= p.span.start < s.start + rb.end() + 90]
            for code, p in zip(found, after[:len(found)], strict=False):
                target.heads.setdefault(str(code), p.key)
            target.evidence.append(s)
        pm2 = _PAIR_HEADS.search(chunk)
        if pm2:
            # "the foreign ministers of Ruritania and Borduria, Anna Kovic and Ivo Marek, met"
            codes = [party_lex.code_of(pm2.group("a")), party_lex.code_of(pm2.group("b"))]
            after = [p for p in people if s.start + pm2.end() <= p.span.start <= s.start + pm2.end() + 60]
            if all(codes) and len(after) >= 2 and rxc.match(r"\s+and\s+$", text[after[0].span.end:after[1].span.start]):
                for code, p in zip(codes, after[:2], strict=False):
                    target.heads.setdefault(str(code), p.key)
                target.evidence.append(s)
        for hm in _HEADED.finditer(chunk):
            code = party_lex.code_of(hm.group("who"))
            before = [p for p in people if p.span.start < s.start + hm.start()]
            if code and before:
                target.heads.setdefault(code, before[-1].key)
                target.evidence.append(s)
        for hm in _HEADED_PLAIN.finditer(chunk):
            before = [p for p in people if p.span.end <= s.start + hm.start()]
            a = by_id.get(before[-1].key) if before else None
            if a is not None and not rxc.search(r"[,;:]", text[before[-1].span.end:s.start + hm.start()]):
                code = _side_by_kind(hm.group(0), target.parties - target.mediators) or a.affiliation
                if code:
                    target.heads.setdefault(code, a.id)
                    target.evidence.append(s)
        by_end = {m.end(): m for m in _LED_BY_NOUN.finditer(chunk)}  # one "led by", the pattern naming its side
        for m in (m for rx in (_LED_BY, _LED_BY_APPOS, _LED_BY_ELLIPSIS, _SENT_LED_BY, _LED_FOR_BY,
                               _DELEGATION_OF_LED_BY) for m in rx.finditer(chunk)):
            by_end[m.end()] = m
        if by_end:
            first_led = min(m.end() for m in by_end.values())
            for m in _LED_BY_GAPPED.finditer(chunk):
                if m.start() >= first_led and m.end() not in by_end:
                    by_end[m.end()] = m
        led = sorted({m.start(): m for m in by_end.values()}.values(), key=lambda m: m.start())
        for i, lm in enumerate(led):
            # each "led by" takes the first person after it, before the next one
            hi = s.start + (led[i + 1].start() if i + 1 < len(led) else len(chunk))
            after = [p for p in people if s.start + lm.end() < p.span.start < hi]
            if len(after) >= 2 and _AIDE_OF.match(text[after[0].span.end:after[1].span.start]):
                after = after[1:]  # "led by the president's aide, Anna Kovic": the aide leads
            if after:
                a = by_id.get(after[0].key)
                code = party_lex.code_of(lm.group("who")) if lm.group("who") else None
                code = code or _side_by_kind(chunk[max(0, lm.start() - 25):lm.end()], target.parties - target.mediators)
                # a side told by a name no party table knows ("the Vell Front delegation") is the head's own
                code = code or (a.affiliation if a else None)
                if code:
                    target.heads.setdefault(code, after[0].key)
                    target.evidence.append(s)
        for p in people:
            a = by_id.get(p.key)
            if a is not None and a.affiliation and a.affiliation in target.parties and any(
                    _HEAD_ROLE.search(r) for r in a.roles):
                target.heads.setdefault(a.affiliation, a.id)  # "the chief negotiator at the talks"
        if told_here or (own is not None and own[1] is target):
            _signers_head(text, s, chunk, people, by_id, target)  # (not a signing told apart from the session)
        told = _venue_told(chunk)
        if told and not target.venue:
            target.venue = told
            target.evidence.append(s)
        # format and duration
        for name, pat in _FORMATS.items():
            if rxc.search(pat, chunk, regex.I):
                target.formats.append(name)
        dm = _DURATION.search(chunk)
        if dm and target.duration is None:
            n = dm.group("n").lower()
            value = _NUM_WORDS[n] if n in _NUM_WORDS else float(n)
            minutes = value * (60 if dm.group("unit").lower().startswith("hour") else 1)
            target.duration = int(minutes)
