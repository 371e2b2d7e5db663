"""What parties do in a negotiation (acts) and what it is about (issues): trigger patterns.

Data, not code: each act is a list of regular expressions over the lower-cased text;
each issue a list of term patterns. Order matters only as a tie-break (earlier wins).
"""

from __future__ import annotations

from parley.lexicon.places import CONTESTED_REGIONS, WATERWAYS


def _names(names: tuple[str, ...]) -> str:
    """A gazetteer as one lower-case term pattern, longest names first; a name that names a
    facility (its "nuclear plant", its "airport") is not the region."""
    alternation = "|".join(n.lower() for n in sorted(names, key=len, reverse=True))
    return rf"\b(?:{alternation})\b(?!\s(?:nuclear|power|atomic|plant|airport|port|station)\b)"


# act -> patterns (lower case). A pattern's match is the trigger span.
ACT_PATTERNS: dict[str, tuple[str, ...]] = {
    "reject": (
        r"\breject(?:s|ed|ing)?\b", r"\brefus(?:es|ed|ing|al)\b", r"\brul(?:es|ed|ing) out\b",
        r"\bdismiss(?:es|ed|ing)\b", r"\bnot being considered\b", r"\bis not (?:on the table|acceptable)\b",
        r"\bobject(?:s|ed|ing)? to\b", r"\bdeclin(?:es|ed|ing) to\b", r"\bnot good enough\b",
        r"\bwill not (?:withdraw|accept|agree|allow|give up|cede)\b", r"\bwon[’']t (?:withdraw|accept|agree|allow)\b",
        r"\bhas rejected\b", r"\bhave rejected\b", r"\bno intention (?:of|to)\b", r"\bunacceptable\b",
        r"\bwill not withdraw\b", r"\breneg(?:ed|ing)\b",
    ),
    "disagree": (
        r"\bclash(?:es|ed)? (?:on|over)\b", r"\bdiffer(?:s|ed)?(?: \w+)? (?:on|over)\b", r"\bdiffer deeply\b",
        r"\b(?:remain(?:s|ed)?|are|were) divided\b", r"\bat odds\b", r"\bdiametrically opposed\b",
        r"\bdisagree(?:s|d|ments?)?\b", r"\bsticking points?\b", r"\bdivergence\b",
        r"\bfundamental differences\b", r"\bmain differences\b", r"\bdifferences between\b",
        r"\bfailed to (?:agree|reach)\b", r"\bno agreement\b",
        r"\bsignificant debate\b", r"\bremain(?:s|ed)? apart\b", r"\bdeal-?breaker\b",
        r"\b(?:central|key|main|core|thorniest|biggest) (?:issue|question|obstacle)s?\b",
        r"\bmost (?:complicated|difficult|contentious) issues?\b", r"\bstumbling blocks?\b",
        r"\bareas of divergence\b",
    ),
    "agree": (
        r"\bagree(?:s|d|ing)?\b", r"\breach(?:ed|es)? (?:an? )?(?:agreement|deal|understanding|consensus)\b",
        r"\bstruck (?:an? )?(?:agreement|deal)\b", r"\bsigned (?:an? |the )?(?:[\w-]+ ){0,3}(?:agreements?|deals?|declarations?|accords?|treaty|memorandum)",
        r"\bshared understanding\b",
    ),
    "accept": (
        r"\baccept(?:s|ed|ing)?\b", r"\bwelcome[sd]?\b", r"\bendorse[sd]?\b", r"\bsigned on to\b",
    ),
    "propose": (
        r"\bpropos(?:es|ed|ing|al|als)\b", r"\bput forward\b", r"\bfloat(?:s|ed)\b",
        r"\b\d+[- ]point (?:plan|proposal|peace plan)\b", r"\blaid out\b", r"\bunveil(?:s|ed)\b",
    ),
    "demand": (
        r"\binsist(?:s|ed|ing)? on\b", r"\binsistence\b", r"\binsist(?:s|ed)? that\b(?=[^.;]*\b(?:must|should|be)\b)",
        r"\bdemand(?:s|ed|ing)?\b",
        r"\bmust\b", r"\brequire[sd]?\b", r"\bwants? (?!to\b)\w+ to\b", r"\bpress(?:es|ed|ing)? for\b",
        r"\bpriorit(?:y|ies)\b", r"\bset (?:out )?(?:a )?deadlines?\b", r"\bultimatum\b",
        r"\b(?:gave|given|give|gives|set|sets) (?:[\w’'-]+ ){0,4}(?:an? )?(?:[\w-]+ )?deadline\b",
        r"\bseek(?:s|ing)?\b(?! to\b)", r"\bsought\b(?! to\b)", r"\bcondition(?:s|ed)? (?:on|for)\b", r"\bpressur(?:e|ing) \w+ to\b",
    ),
    "offer": (
        r"\bready (?:to|for)\b", r"\bwilling to\b", r"\bprepared to\b", r"\boffer(?:s|ed|ing)? to\b",
        r"\bwill help\b", r"\bstand(?:s)? ready\b", r"\bopen to\b",
        r"\bwill continue (?:facilitating|to facilitate|supporting|to support|working|to work)\b",
    ),
    "request": (
        r"\bask(?:s|ed|ing)?\b(?: [\w’'-]+){0,4}? (?:to|for)\b", r"\burg(?:es|ed|ing)\b", r"\bcall(?:s|ed|ing)? on\b",
        r"\bcall(?:s|ed|ing)? for\b", r"\bpressure (?:by|from)\b",
        r"\bappeal(?:s|ed)? (?:to|for)\b", r"\brequest(?:s|ed|ing)?\b", r"\bcalls for\b",
        r"\bpush(?:es|ed)? for\b", r"\bpleas? for\b",
    ),
    "discuss": (
        r"\bdiscuss(?:es|ed|ing)?\b", r"\b(?:talks|discussions|negotiations) (?:\w+ )?covered\b",
        r"\b(?:talks|discussions|negotiations) (?:\w+ )?focus(?:ed|ing)? on\b", r"\bunder discussion\b",
        r"\bon the agenda\b", r"\baddressed\b", r"\btalked about\b", r"\bto review\b",
        r"\bat the (?:crux|heart|centre|center|core) of\b", r"\bdiscussions? (?:around|about|on|over)\b", r"\b(?:negotiations|talks) (?:aimed at|to end)\b",
    ),
    "implement": (
        r"\btook place\b", r"\breturned\b(?!\s+(?:from|to|home|on|in)\b)",
        r"\breleased\b(?!\s+(?:a|an|the|its|his|her|their)\s+(?:\w+\s+)?(?:statement|video|report|readout|footage|"
        r"photos?|images?|figures|data|details|plan)\b)", r"\bfreed\b", r"\bexchanged\b", r"\bswapped\b",
        r"\bcarried out\b", r"\bhanded over\b", r"\btook effect\b", r"\bhad taken effect\b",
        r"\bcame into (?:force|effect)\b", r"\bconduct(?:ed|ing)\b", r"\brepatriated\b", r"\bhas returned\b",
        r"\bhave exchanged\b",
    ),
    "accuse": (
        r"\baccus(?:es|ed|ing)\b", r"\bblam(?:es|ed|ing)\b", r"\bviolat(?:ed|ing|ion|ions)\b",
        r"\bcriticiz(?:es|ed|ing)\b", r"\bcriticis(?:es|ed|ing)\b", r"\balleg(?:ed|es|ing) that\b",
    ),
    "threaten": (
        r"\bthreat(?:en|ened|ens|ening)\b", r"\bwould face\b", r"\bor else\b",
        r"\bwarn(?:s|ed|ing)?\b(?=[^.;]{0,120}\b(?:if|unless|would face|will face|consequences|or else|would happen)\b)",
        r"\b(?:imposition of |impose )?(?:further|additional|tougher|new) sanctions\b",
    ),
}

# issue -> term patterns (lower case)
ISSUE_PATTERNS: dict[str, tuple[str, ...]] = {
    "remains_repatriation": (
        r"\bbod(?:y|ies)\b", r"(?<=\b(?:the|their|his|her|whose|soldiers[’']?)\s+)remains\b", r"\bremains of\b",
        r"\bdeceased\b", r"\bfallen (?:soldiers|troops)\b", r"\bthe dead\b",
    ),
    "prisoner_exchange": (
        r"\bprisoners?\b", r"\bpows?\b", r"\bprisoner exchange\b", r"\bswaps?\b", r"\bdetainees?\b",
        r"\bhostages?\b", r"\bcaptives?\b", r"\bexchanges?\b", r"\bcivilians held\b", r"\bdetained\b",
        r"\bexchange of\b", r"\breleas(?:e|ing)\b",
    ),
    "ceasefire": (
        r"\bcease-?fires?\b", r"\btruces?\b", r"\bhumanitarian pauses?\b", r"\bthe pause\b", r"\bpauses?\b", r"\bpauses? in (?:the )?fighting\b",
        r"\bhalt(?:ing)? (?:\w+ ){0,2}(?:strikes|attacks|fighting)\b", r"\bcessation of (?:hostilities|strikes)\b",
        r"\bkilling\b[^.]{0,70}\bstop\b", r"\bsuspend(?:ed)? (?:\w+ )?attacks\b", r"\barmistice\b",
        r"\bstop (?:the )?(?:war|fighting)\b", r"\bban strikes\b",
    ),
    "leaders_meeting": (
        r"\b(?:presidential|leaders'?|leader-level|heads of state) (?:meeting|summit)\b",
        r"\bmeeting between (?:\w+ ){0,3}(?:president|presidents|leaders)\b", r"\bsummit\b",
        r"(?<=\b\w{1,30})-\w+ meeting\b", r"\bsuch a meeting\b", r"\bmeet (?:with )?(?:the (?:\w+ )?(?:president|leader|prime minister)|(?:his|her|their) counterparts?)\b",
        r"\bpresidential meeting\b", r"\bmeeting between\b",
    ),
    "talks_format": (
        r"\bworking groups?\b", r"\b(?:next|another|further|new|third|fourth|fifth) round\b",
        r"\bfurther talks\b", r"\bresume (?:the )?(?:talks|negotiations)\b", r"\bextend (?:the )?negotiations\b",
        r"\bcontinue (?:the )?(?:talks|negotiations|consultations)\b", r"\bmeet next\b", r"\bto meet\b",
        r"\bmediation\b", r"\bdialogue\b", r"\bgood offices\b", r"\bmeet again\b", r"\bnext meeting\b", r"\bformat\b", r"\bconsultations\b", r"\bnew meeting\b",
        r"\bfacilitat(?:e|ing) (?:\w+ )?negotiations\b",
    ),
    "peace_agreement": (
        r"\bpeace (?:deal|agreement|plan|framework|settlement|accord|treaty|process|talks|proposals?)\b",
        r"\bsettlement\b", r"\bmemorandum\b", r"\bframework\b", r"\bend (?:to )?the (?:[\w‑-]+ ){0,3}(?:war|conflict)\b",
        r"\bending the (?:war|conflict)\b", r"\bend the fighting\b", r"\bdurable (?:and lasting )?peace\b",
        r"\blasting peace\b", r"\bpeace\b", r"\b(?:this|the) process\b", r"\binvasion\b", r"\bcompromise\b", r"\bdraft agreements?\b", r"\bfinal deal\b",
        r"\bagreement\b", r"\bdeal\b",
    ),
    "territory": (
        r"\bwithdraw(?:al|ing|n)?\b", r"\bterritor(?:y|ies|ial)\b", r"\bland\b", r"\bborders?\b",
        r"\boccupied\b", r"\bannex(?:ed|ation)\b", _names(CONTESTED_REGIONS),
        r"\bfront ?lines?\b", r"\bpull (?:its |their )?(?:troops|forces)\b", r"\bpullback\b", r"\bcorridor\b",
        r"\bcombat forces\b", r"\btroops\b", r"\bregional bases\b",
    ),
    "security_guarantees": (
        r"\bsecurity guarantees?\b", r"\bguarantees?\b", r"\bneutrality\b", r"\bnato membership\b",
        r"\bnon-aggression\b", r"\bsecurity commitments\b", r"\bballistic[- ]missiles?\b", r"\bmissile\b",
    ),
    "sanctions": (
        r"\bsanctions?\b", r"\bassets? frozen\b", r"\bfrozen assets\b", r"\btariffs?\b", r"\bembargo\b",
        r"\bexports?\b", r"\bworld market\b",
    ),
    "humanitarian": (
        r"\bhumanitarian\b", r"\baid\b", r"\bevacuat(?:e|ion|ing)\b", r"\bwounded\b", r"\bchildren\b",
        r"\breturn of (?:the )?(?:displaced |\w+ )?(?:people|refugees|evacuees|residents|civilians|families|"
        r"[a-z]+(?:ians|ans|is))\s+to\b", r"\bsupplies\b",
    ),
    "nuclear": (
        r"\bnuclear\b", r"\benrich(?:ment|ed)?\b", r"\buranium\b", r"\breactors?\b", r"\bpower plant\b",
        r"\batomic\b",
    ),
    "other": (
        r"\bstrait\b", _names(WATERWAYS), r"\bnavigation\b", r"\bshipping\b", r"\bships\b",
        r"\barmed groups\b", r"\bmilitary-to-military\b", r"\bcivilizations?\b", r"\binfrastructure\b",
        r"\bdamages\b", r"\benergy\b",
    ),
}

# Units that count people or their remains: the figures of an exchange, which add up across
# its stages. Singular or plural, as one word of the unit ("prisoners of war").
PEOPLE_UNITS = (
    "prisoner", "pow", "detainee", "hostage", "captive", "person", "people", "civilian", "soldier",
    "serviceman", "servicemen", "troops", "body", "bodies", "individual", "citizen", "child", "children",
    "remains", "wounded",
)
PEOPLE_UNIT_PATTERN = r"\b(?:" + "|".join(PEOPLE_UNITS) + r")s?\b"

# When a clause names several issues, the more specific wins over these catch-alls.
# "swap" and "exchange" name a prisoner exchange only where the report is about prisoners
# (see statements._issues_of); drones and jets are swapped too.
GOODS = r"\b(?:drones?|missiles?|jets?|weapons|oil|gas|grain|fertili[sz]ers?|energy|goods|territory|land)\b"
PRISONER_WEAK = frozenset({r"\bswaps?\b", r"\bexchanges?\b", r"\bexchange of\b", r"\breleas(?:e|ing)\b"})
# A bare "deal" or "agreement" is the report's own deal: its issue is the report's main one.
BARE_DEAL = frozenset({r"\bdeal\b", r"\bagreement\b"})

WEAK_ISSUE_TERMS = frozenset({r"\bpauses?\b", r"\bswaps?\b", r"\bexchange of\b", r"\breleas(?:e|ing)\b",r"\bpeace\b", r"\b(?:this|the) process\b", r"\binvasion\b", r"\bagreement\b", r"\bdeal\b", r"\bexchanges?\b",
                              r"\bframework\b", r"\bcompromise\b", r"\btroops\b", r"\bland\b",
                              r"\bguarantees?\b", r"\bwounded\b", r"\bchildren\b", r"\bmissile\b"})
