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
        r"\bdismiss(?:es|ed|ing)\b", r"\bnot being considered\b", r"\bis not acceptable\b",
        # a thing said not to be in play: "relief is not under consideration", "was not on the agenda"
        r"\b(?:is|are|was|were|remains?|remained) not (?:under consideration|on the (?:table|agenda)|up for "
        r"(?:discussion|negotiation|debate)|open to (?:negotiation|discussion))\b",
        r"\bobject(?:s|ed|ing)? to\b", r"\bdeclin(?:es|ed|ing) to\b", r"\bnot good enough\b",
        r"\bwill not (?:withdraw|accept|agree|allow|give up|cede)\b", r"\bwon[’']t (?:withdraw|accept|agree|allow)\b",
        r"\bhas rejected\b", r"\bhave rejected\b", r"\bno intention (?:of|to)\b", r"\bunacceptable\b",
        r"\bwill not withdraw\b", r"\breneg(?:ed|ing)\b",
        r"\bnot (?:be |feel |consider (?:itself|themselves) )?bound by\b",  # "it would not be bound by any deal made without it"
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
        r"\bareas of divergence\b", r"\bno common ground\b", r"\bfailed to find common ground\b",
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
        # not a source's wish for anonymity: "an official who asked not to be named", "asked for anonymity"
        r"\bask(?:s|ed|ing)?\b(?! not to be (?:named|identified|quoted)\b| for anonymity\b)(?: [\w’'-]+){0,4}? (?:to|for)\b", r"\burg(?:es|ed|ing)\b", r"\bcall(?:s|ed|ing)? on\b",
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
        # release told by its people: "free 40 nationals", "members jailed since", "an amnesty for"
        r"\bfre(?:e|es|ed|eing)\s+(?:[\w,-]+\s+){0,3}(?:nationals|members|fighters|soldiers|civilians|activists|"
        r"men|women|detainees|captives|citizens|people)\b", r"\b(?:jailed|imprisoned|incarcerated)\b",
        r"\bin detention\b", r"\bamnest(?:y|ies)\b",
        r"\b(?:soldiers|fighters|troops|men|servicemen) (?:captured|taken captive|held)\b",
        # "all 200 people held under the emergency laws", "nationals held since the clashes"
        r"\b(?:people|persons|nationals|citizens|activists|members|cadres|supporters) held (?:since|under|in|by|for|without)\b",
    ),
    "ceasefire": (
        r"\bcease-?fires?\b", r"\btruces?\b", r"\bhumanitarian pauses?\b", r"\bthe pause\b", r"\bpauses?\b", r"\bpauses? in (?:the )?fighting\b",
        r"\bhalt(?:s|ed|ing)? (?:\w+ ){0,2}(?:strikes|attacks|fighting|shelling)\b", r"\bcessation of (?:hostilities|strikes)\b",
        r"\bsuspension of (?:hostilities|fighting|strikes|attacks)\b",
        r"\brefrain(?:s|ed|ing)? from (?:\w+ ){0,2}(?:attacks|strikes|hostilities|fighting)\b",
        r"\bkilling\b[^.]{0,70}\bstop\b", r"\bsuspend(?:ed)? (?:\w+ )?attacks\b", r"\barmistice\b",
        r"\bsuspen(?:d|ds|ded|ding|sion of) (?:\w+ ){0,2}(?:strikes|hostilities|bombing|bombardment)\b",
        # the armed deeds a truce halts or a threat resumes: "suspend operations in the hills",
        # "would resume attacks on the garrison"; a firm's "mining operations" are none of these
        r"\b(?:suspen(?:d|ds|ded|ding|sion of)|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?) "
        r"(?:(?:all|its|their|the|military|security|combat|armed|offensive|ground) ){0,2}(?:operations|offensives?)\b",
        r"\bresum(?:e|es|ed|ing|ption of) (?:\w+ ){0,2}(?:attacks|fighting|hostilities|strikes|offensives?|shelling)\b",
        r"\bstop (?:the )?(?:war|fighting)\b", r"\bban strikes\b",
        # guns held: "agreed to stop all firing and military action", "halt the firing along the line"
        r"\b(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|cease[sd]?|ceasing) (?:all |the )?(?:firing|military action)\b",
        r"\b(?:halt|end|stop)\W? to (?:the )?(?:\W*\w+ ){0,2}\W*(?:aggression|strikes|attacks|fighting|hostilities|shelling|military operations)\b",
        # those who watch over a truce: "40 observers deployed on both sides", "a role for foreign monitors"
        r"\breduc(?:tion|e|ing) (?:of |in )?(?:the )?violence\b",
        r"\bobservers\b", r"\bmonitors\b", r"\brestraint\b",  # "exercise maximum restraint on the ground"
        # "keep the guns silent", "silence the guns along the river"
        r"\bsilenc(?:e|es|ed|ing) the guns\b", r"\bguns (?:\w+ )?(?:silent|quiet)\b",
    ),
    "leaders_meeting": (
        r"\b(?:presidential|leaders'?|leader-level|heads of state) (?:meeting|summit)\b",
        r"\bmeeting between (?:\w+ ){0,3}(?:president|presidents|leaders)\b", r"\bsummit\b",
        r"(?<=\b\w{1,30})-(?!(?:facilitated|brokered|mediated|hosted|sponsored|backed|led|organi[sz]ed|chaired|level)\b)\w+ meeting\b", r"\bsuch a meeting\b", r"\bmeet (?:with )?(?:the (?:\w+ )?(?:president|leader|prime minister)|(?:his|her|their) counterparts?)\b",
        r"\bpresidential meeting\b", r"\bmeeting between\b",
    ),
    "talks_format": (
        r"\bworking groups?\b", r"\b(?:next|another|further|new|third|fourth|fifth) round\b",
        # more sessions to come: "ready to host further rounds", "future meetings", "continue next week"
        r"\b(?:further|future|more|later) (?:rounds|meetings|sessions)\b",
        r"\bcontinue (?:them |it )?(?:next|the following) (?:week|month)\b",
        r"\bfurther talks\b", r"\bresume (?:the )?(?:talks|negotiations)\b", r"\bextend (?:the )?negotiations\b",
        r"\bcontinue (?:the )?(?:talks|negotiations|consultations)\b",
        r"\bproceed(?:s|ed|ing)? with (?:the )?(?:\w+ )?(?:talks|negotiations)\b", r"\bmeet next\b", r"\bto meet\b",
        r"\bmediation\b", r"\bdialogue\b", r"\bgood offices\b", r"\bmeet again\b", r"\bnext meeting\b", r"\bformat\b", r"\bconsultations\b", r"\bnew meeting\b",
        r"\bfacilitat(?:e|ing) (?:\w+ )?(?:negotiations|talks|dialogue)\b",
        r"\b(?:remain|stay|keep|be) in (?:close |constant |regular )?(?:contact|coordination|touch)\b",
        r"(?<=\b(?:willing(?:ness)?|read(?:y|iness)|open(?:ness)?|prepared)\s+)to (?:negotiate|talk|hold talks)\b(?!\s+about)",
        # talks wished, refused or offered: "no intention of holding talks", "a call to enter direct negotiations"
        r"\b(?:hold|holding|have|having|enter|entering|start|starting|begin|beginning|open|opening)\s+(?:into\s+)?"
        r"(?:any\s+|direct\s+|indirect\s+|new\s+|formal\s+|bilateral\s+)?(?:talks|negotiations)\b",
        r"\b(?:direct|indirect|face-to-face) (?:talks|negotiations)\b",
        r"\b(?:return|returns|returned|returning|come|came|go|went|get|got|back) (?:back )?to the (?:negotiating )?table\b",
        r"\bparticipation in\b",
        # who guarantees the process is who takes part in it: "rejected any role for X as a guarantor"
        r"\bguarantors?\b",  # "would reconsider its participation in the process": who takes part
        r"\bjoint (?:commission|committee)\b",  # "agreed to set up a joint commission of their ministers"
    ),
    "peace_agreement": (
        r"\bpeace (?:deal|agreement|plan|framework|settlement|accord|treaty|process|talks|proposals?)\b",
        r"\bsettlement\b", r"\bmemorandum\b", r"\bframework\b", r"\bend (?:to )?the (?:[\w‑-]+ ){0,3}(?:war|conflict)\b",
        r"\bending the (?:war|conflict)\b", r"\b(?:conclusion|termination) of the (?:war|conflict)\b", r"\bend the fighting\b", r"\bdurable (?:and lasting )?peace\b",
        r"\blasting peace\b", r"\bpeace\b", r"\b(?:this|the) process\b", r"\binvasion\b", r"\bcompromise\b", r"\bdraft agreements?\b", r"\bfinal deal\b",
        r"\bagreement\b", r"\bdeal\b",
        # a bare "accord" is a deal ("urged the army to respect the accord"), as weak as "deal"
        r"\b(?:the|this|that) accords?\b",
    ),
    "territory": (
        r"\bwithdraw(?:al|ing|n)?\b", r"\bterritor(?:y|ies|ial)\b", r"\bland\b", r"\bborders?\b",
        r"\boccupied\b", r"\bannex(?:ed|ation)\b", _names(CONTESTED_REGIONS),
        r"\bfront ?lines?\b", r"\bpull (?:its |their )?(?:troops|forces)\b", r"\bpullback\b", r"\bcorridor\b",
        r"\bcombat forces\b", r"\btroops\b", r"\btakeover of\b", r"\bregional bases\b", r"\b(?:line of contact|contact line)\b",
        # troops drawn apart and the lines between them: "disengagement at the friction points",
        # "the buffer zones", "the line of actual control", "the administrative boundary line"
        r"\bdisengage(?:ment|d)?\b", r"\bbuffer zones?\b", r"\bline of (?:actual )?control\b",
        r"\bboundary lines?\b", r"\bdemarcat(?:e|ed|ing|ion)\b",
        # armed posts moved back: "pull back their posts by 500 metres", "pulled their units back"
        r"\bpull(?:s|ed|ing)? (?:back|out) (?:[\w-]+ ){0,3}(?:troops|forces|posts|units|positions|soldiers)\b",
        r"\bpull(?:s|ed|ing)? (?:[\w-]+ ){0,3}(?:troops|forces|posts|units|positions|soldiers) (?:back|out)\b",
        # land measured out: "return 2,000 hectares to the villagers"
        r"\b(?:acres|hectares)\b",
        # troops brought down in number: "cut its forces from 13,000 to 8,600", "a drawdown of troops"
        r"\b(?:cut|cuts|cutting|reduce|reduces|reducing|reduction of|drawdown of|draw down) (?:its |their |the )?"
        r"(?:[\w-]+ ){0,2}(?:forces|troops|contingent)\b",
        # who rules the land: "insisted on full sovereignty over the old city", "sovereign control"
        # (a state's "sovereignty" alone is a value, not land: "respect for its sovereignty")
        r"\bsovereignty over\b", r"\bsovereign (?:control|rights?) over\b",
        # land and sea in dispute: "a moratorium on drilling in the disputed waters", "the contested islets"
        r"\b(?:disputed|contested) (?:waters|areas?|zones?|islands?|islets?|regions?|provinces?|enclaves?|districts?)\b",
        r"\bmaritime (?:boundary|border|delimitation)\b",
    ),
    "security_guarantees": (
        r"\bsecurity guarantees?\b", r"\bguarantees?\b", r"\bneutrality\b", r"\bnato membership\b",
        # a state's military status and foreign forces to keep the peace: "a neutral, non-nuclear status",
        # "troops deployed as peacekeepers", "a peacekeeping force"
        r"\bneutral,? (?:non-nuclear |non-aligned )?status\b", r"\bnon-nuclear status\b",
        r"\bpeacekeepers\b", r"\bpeacekeeping (?:force|troops|mission|contingent)s?\b",
        r"\bnon-aggression\b", r"\bjoin(?:s|ed|ing)? (?:the )?(?:\w+ )?(?:alliance|bloc)\b",
        r"\bnato(?:[’']s)? (?:membership|integration|accession|expansion|enlargement|forces|troops|bid)\b",
        r"\b(?:expansion|enlargement|eastward expansion) of nato\b", r"\b(?:join|joining|joins|joined|into) nato\b",
        r"\bbid to join\b", r"\bsecurity commitments\b", r"\bballistic[- ]missiles?\b", r"\bmissile\b",
        # force renounced and arms given up are limits on the military: "non-use of force",
        # "disarmament", "cantonment", "lay down their arms", "fighters integrated into the army"
        r"\bnon-use[- ]of[- ]force\b", r"\b(?:use|threat) of force\b", r"\buse force\b",
        r"\bdisarm(?:s|ed|ing|ament)?\b", r"\bdemobili[sz](?:e|ed|ing|ation)\b", r"\bdecommission(?:ing|ed)?\b",
        r"\bcantonment\b", r"\blay(?:s|ing)? down (?:their |its )?(?:arms|weapons)\b",
        # forces working together: "a framework for sharing intelligence", "intelligence-sharing"
        r"\b(?:shar(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)) (?:of )?intelligence\b", r"\bintelligence[- ]sharing\b",
        r"\b(?:hand(?:s|ed|ing)? over|handover of|surrender(?:s|ed|ing)?) (?:\w+ ){0,2}(?:weapons|arms)\b",
        r"\bintegrat(?:e|es|ed|ing|ion of) (?:\w+ ){0,3}(?:fighters|combatants|forces|militias?) into\b",
        r"\b(?:fold|merge|absorb)(?:s|ed|ing)? (?:[\w-]+ ){0,3}into the (?:national |unified |regular )?(?:army|armed forces)\b",
        r"\b(?:dissolv|disband)(?:e|es|ed|ing|s)? (?:[\w’'-]+ ){0,3}(?:units|forces|militias?|brigades|fighters|wing)\b",
    ),
    "sanctions": (
        r"\bsanctions?\b", r"\bsanctioned\b", r"\bassets? frozen\b", r"\bfrozen assets\b", r"\btariffs?\b", r"\bembargo\b",
        r"\bexports?\b", r"\bworld market\b",
        # a bloc's penalties on a member: "lift the suspension of its voting rights", "suspended from the union"
        r"\bsuspension of (?:[\w’'-]+ ){0,3}(?:membership|voting rights|rights in)\b",
        r"\bsuspended from (?:the )?(?:[\w-]+ ){0,2}(?:bloc|union|community|organi[sz]ation|league)\b",
    ),
    "humanitarian": (
        r"\bhumanitarian\b", r"\baid\b", r"\bevacuat(?:e|ion|ing)\b", r"\bwounded\b", r"\bchildren\b",
        r"\breturn of (?:the )?(?:displaced |\w+ )?(?:people|refugees|evacuees|residents|civilians|families|"
        r"[a-z]+(?:ians|ans|is))\s+to\b", r"\bsupplies\b",
        r"\bfreedom of movement\b", r"\bdisplaced\b", r"\brefugees\b", r"\bconvoys?\b",
        # the return of those driven abroad: "let exiled activists come home", "the return of the exiles"
        r"\bexile[sd]\b",
        r"\b(?:basic|essential|banking|telephone|telecommunications?|electricity|water|health|postal) services\b",
    ),
    "nuclear": (
        # an attribute of a state is no matter of talks: "the nuclear-armed neighbours"; a state without
        # arms is a status ("a neutral, non-nuclear status", security_guarantees)
        r"(?<!\bnon-)\bnuclear\b(?![‑-]armed)", r"\benrich(?:ment|ed)?\b", r"\buranium\b", r"\breactors?\b", r"\bpower plant\b",
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
# Things, not people, that a "release" or a "swap" can be of: "release 400 cubic metres of water",
# "the release of frozen funds" name no prisoners.
GOODS = (r"\b(?:drones?|missiles?|jets?|weapons|oil|gas|grain|fertili[sz]ers?|energy|goods|territory|land|"
         r"water|funds|money|cash|assets|visas|data|documents|records|files|reservoirs?|dams?|acres|hectares)\b")
PRISONER_WEAK = frozenset({r"\bswaps?\b", r"\bexchanges?\b", r"\bexchange of\b", r"\breleas(?:e|ing)\b"})
# A bare "deal" or "agreement" is the report's own deal: its issue is the report's main one.
BARE_DEAL = frozenset({r"\bdeal\b", r"\bagreement\b", r"\b(?:the|this|that) accords?\b"})

WEAK_ISSUE_TERMS = frozenset({r"\bpauses?\b", r"\bswaps?\b", r"\bexchange of\b", r"\breleas(?:e|ing)\b",r"\bpeace\b", r"\b(?:this|the) process\b", r"\binvasion\b", r"\bagreement\b", r"\bdeal\b", r"\b(?:the|this|that) accords?\b", r"\bexchanges?\b",
                              r"\bframework\b", r"\bcompromise\b", r"\btroops\b", r"\bland\b",
                              r"\bguarantees?\b", r"\bwounded\b", r"\bchildren\b", r"\bmissile\b",
                              r"\bjoint (?:commission|committee)\b",
                              # an amnesty names the issue only alone: "hand over its weapons to the amnesty office"
                              r"\bamnest(?:y|ies)\b", r"\b(?:acres|hectares)\b"})


# ------------------------------------------------------------------ acts by construction
# Read by reader/assemble/statements from the clauses of reader/syntax: a predicate's
# lemma (and, where listed, its particle or preposition) gives the act. Data, not code.

# lemma -> act. Verbs that name the act whatever follows them.
VERB_ACTS: dict[str, str] = {
    "propose": "propose", "float": "propose", "unveil": "propose", "submit": "propose",
    "demand": "demand", "require": "demand", "seek": "demand", "stipulate": "demand",
    "offer": "offer", "undertake": "offer", "pledge": "offer", "promise": "offer", "commit": "offer",
    "volunteer": "offer",
    "ask": "request", "urge": "request", "appeal": "request", "request": "request", "plead": "request",
    "implore": "request",
    "agree": "agree",
    "accept": "accept", "welcome": "accept", "endorse": "accept", "approve": "accept", "embrace": "accept",
    "consent": "accept", "favour": "propose", "favor": "propose", "advocate": "propose",
    "reject": "reject", "refuse": "reject", "dismiss": "reject", "decline": "reject", "rebuff": "reject",
    "spurn": "reject", "veto": "reject", "oppose": "reject",
    "disagree": "disagree", "clash": "disagree", "differ": "disagree", "quarrel": "disagree",
    "discuss": "discuss", "negotiate": "discuss", "debate": "discuss", "explore": "discuss",
    "accuse": "accuse", "blame": "accuse", "condemn": "accuse", "criticize": "accuse", "criticise": "accuse",
    "denounce": "accuse", "complain": "accuse",
    "threaten": "threaten",
}
# The verb classes built out by meaning (VerbNet/WordNet-style families), each verb with the act
# its class names. They read like VERB_ACTS, but every one needs an issue word in its content:
# none of them falls back to ``other`` (see constructions._NEED_AN_ISSUE).
VERB_CLASSES: dict[str, dict[str, str]] = {
    # demand / insist / call-for
    "demand": {"exact": "demand", "dictate": "demand", "order": "demand", "command": "demand",
               "instruct": "demand", "necessitate": "demand"},
    # propose / suggest / put forward / table
    "propose": {"recommend": "propose", "table": "propose", "pitch": "propose", "moot": "propose",
                "broach": "propose", "suggest": "propose", "present": "propose", "outline": "propose",
                "champion": "propose", "promote": "propose"},
    # offer / pledge / undertake / vow
    "offer": {"guarantee": "offer", "assure": "offer", "vouch": "offer", "earmark": "offer"},
    # reject / dismiss / rebuff / refuse / rule out
    "reject": {"repudiate": "reject", "renounce": "reject", "snub": "reject", "shun": "reject",
               "disavow": "reject", "scrap": "reject", "resist": "reject", "balk": "reject", "baulk": "reject",
               "deny": "reject", "forswear": "reject", "nix": "reject", "repel": "reject"},
    # accuse / blame / charge
    "accuse": {"decry": "accuse", "deplore": "accuse", "slam": "accuse", "lambast": "accuse",
               "lambaste": "accuse", "castigate": "accuse", "rebuke": "accuse", "chide": "accuse",
               "berate": "accuse", "fault": "accuse", "censure": "accuse", "assail": "accuse",
               "allege": "accuse", "charge": "accuse", "reproach": "accuse", "excoriate": "accuse",
               "scold": "accuse"},
    # accept / welcome / endorse
    "accept": {"ratify": "accept", "hail": "accept", "applaud": "accept", "greenlight": "accept",
               "accede": "accept", "heed": "accept", "adopt": "accept"},
    # request / ask / seek / appeal
    "request": {"beseech": "request", "entreat": "request", "beg": "request", "petition": "request",
                "solicit": "request", "invite": "request", "exhort": "request", "encourage": "request"},
    # threaten / warn
    "threaten": {"menace": "threaten"},
    # discuss / deliberate: "the delegations deliberated upon the return of the displaced"
    "discuss": {"deliberate": "discuss", "confer": "discuss"},
}
# Particles and prepositions of the same families: "brushed aside the offer", "signed off on".
PHRASAL_CLASSES: dict[tuple[str, str], str] = {
    ("brush", "aside"): "reject", ("brush", "off"): "reject", ("shoot", "down"): "reject",
    ("throw", "out"): "reject", ("push", "back"): "reject", ("balk", "at"): "reject", ("baulk", "at"): "reject",
    ("back", "away"): "reject",
    ("shot", "down"): "reject", ("threw", "out"): "reject", ("thrown", "out"): "reject",  # irregular forms
    ("sign", "off"): "accept", ("go", "along"): "accept", ("accede", "to"): "accept",
    ("come", "up"): "propose", ("lash", "out"): "accuse", ("shut", "down"): "reject", ("counter", "with"): "propose",
}
# Verbs of these classes that name the act only with a preposition or a complement of theirs:
# "charged Borduria with violating the truce" (not "charged the battery"), "invited X to join".
CLASS_NEEDS: dict[str, frozenset[str]] = {
    "charge": frozenset({"with"}), "order": frozenset({"to"}), "command": frozenset({"to"}),
    "instruct": frozenset({"to"}), "invite": frozenset({"to"}), "encourage": frozenset({"to"}),
    "beg": frozenset({"to", "for"}), "petition": frozenset({"to", "for"}), "present": frozenset({"dobj"}),
    "outline": frozenset({"dobj"}), "table": frozenset({"dobj"}), "pitch": frozenset({"dobj"}),
    "promote": frozenset({"dobj"}), "adopt": frozenset({"dobj"}),
    "resist": frozenset({"dobj"}), "deny": frozenset({"dobj", "that"}), "heed": frozenset({"dobj"}),
    "assure": frozenset({"that", "of"}), "suggest": frozenset({"dobj"}), "allege": frozenset({"that"}),
    "guarantee": frozenset({"dobj", "that"}), "scrap": frozenset({"dobj"}), "exact": frozenset({"dobj"}),
    "come": frozenset({"with"}), "go": frozenset({"with"}), "sign": frozenset({"on"}), "shut": frozenset({"by"}),
    "deliberate": frozenset({"on", "upon", "over", "dobj"}), "confer": frozenset({"on", "over", "about"}),
}
# Verbs that list what an act noun holds: "a plan calling for a truce and an exchange", "a proposal
# that includes A and B", "a framework envisaging ...": one act for each listed member.
LISTING_VERBS = frozenset({"call", "include", "envisage", "envision", "foresee", "involve", "contain", "cover",
                           "provide", "comprise", "feature", "entail", "demand", "require", "seek", "offer"})
# Confirming one's part in the talks accepts them: "confirmed its participation", "announced her attendance".
CONFIRM_VERBS = frozenset({"confirm", "announce", "reaffirm", "guarantee"})
PARTICIPATION_NOUNS = frozenset({"participation", "attendance", "presence"})
# Phrasal rejections that reject only an act noun ("shot down the proposal", "a demand that was shut
# down by X"): "shot down two drones", "shut down the reactor" reject nothing.
REJECT_AN_ACT_NOUN = frozenset({"shoot", "shot", "throw", "threw", "thrown", "shut", "push", "brush"})
CLASS_ACTS: dict[str, str] = {v: a for family in VERB_CLASSES.values() for v, a in family.items()}
# (lemma, particle or preposition) -> act: the verb names the act only with it.
PHRASAL_ACTS: dict[tuple[str, str], str] = {
    ("put", "forward"): "propose", ("lay", "out"): "propose",
    ("insist", "on"): "demand", ("press", "for"): "demand", ("push", "for"): "demand",
    ("call", "for"): "request", ("call", "on"): "request", ("call", "upon"): "request",
    ("rule", "out"): "reject", ("turn", "down"): "reject", ("walk", "away"): "reject",
    ("talk", "about"): "discuss", ("sign", "up"): "accept",
}
# Verbs whose object must be an agreement for the act: "signed the accord", "reached a deal".
AGREEMENT_VERBS = frozenset({"sign", "reach", "conclude", "strike", "seal", "clinch", "finalize", "finalise"})
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "treaty", "memorandum", "understanding", "truce",
                             "ceasefire", "cease-fire", "consensus", "declaration", "arrangement", "settlement"})
# Verbs of wanting: a demand when what is wanted follows ("wants the port reopened",
# "wants Ruritania to withdraw", "needs to see a commitment").
WANT_VERBS = frozenset({"want", "need", "expect", "insist"})
# Verbs of support or tolerance: negated, a rejection ("would not tolerate foreign troops").
SUPPORT_VERBS = frozenset({"support", "tolerate", "allow", "permit", "back", "countenance", "entertain",
                           "consider", "recognize", "recognise", "want", "accept", "agree", "join"})
# Adjectives of a copula: "is ready to", "is unacceptable", "remain divided".
ADJECTIVE_ACTS: dict[str, str] = {
    "ready": "offer", "willing": "offer", "prepared": "offer", "open": "offer", "committed": "offer",
    "eager": "offer",
    "unacceptable": "reject", "unreasonable": "reject", "unrealistic": "reject", "impossible": "reject",
    "divided": "disagree", "apart": "disagree", "entrenched": "disagree", "deadlocked": "disagree",
    "opposed": "reject",
    # verdicts on what the other side wants: "the demand is absurd", "a truce now is unworkable"
    "unworkable": "reject", "absurd": "reject", "ridiculous": "reject", "unfeasible": "reject",
    "untenable": "reject", "nonsensical": "reject", "illegitimate": "reject", "unjustified": "reject",
}
# Verdicts in a position's content that make the position a refusal of the thing judged:
# "its position is that the old charter is void" (with a negation: "... is not on the agenda").
POSITION_VERDICTS = frozenset({w for w, a in ADJECTIVE_ACTS.items() if a == "reject"} | {
    "dead", "void", "null", "obsolete", "closed", "irrelevant", "non-negotiable", "defunct"})
# Adjectives of advice: "Borduria would be wise to sign", "it would be prudent for X to withdraw" asks
# it of the other side, by whoever says it.
ADVICE_ADJECTIVES = frozenset({"wise", "advisable", "prudent", "smart", "sensible", "well-advised"})
# Adjectives and nouns of a verdict: their subject is the content, the speaker the one who rejects it.
VERDICT_ADJECTIVES = frozenset({"unacceptable", "unreasonable", "unrealistic", "impossible", "unworkable", "absurd",
                                "ridiculous", "unfeasible", "untenable", "nonsensical", "illegitimate", "unjustified"})
VERDICT_NOUNS = (r"\b(?:non-?starter|fantasy|fantasies|illusion|delusion|pipe dream|wishful thinking|fiction|"
                 r"nonsense|absurdity|out of the question|off the table)\b")
# A thing said to depend on another: the other is demanded ("the truce hinges on the opening of
# the border", "is contingent on a withdrawal"), by whoever says it.
CONTINGENT_VERBS = frozenset({"hinge", "depend", "rest", "hang"})
CONTINGENT_ADJECTIVES = frozenset({"contingent", "conditional", "dependent", "conditioned", "subject"})
# Passives of a future punishment: "any attempt would be met with force", "will be slapped with tariffs".
PUNISHED_PASSIVES = frozenset({"meet", "slap", "hit", "greet", "answer", "punish"})
# Manners of a future response that make it a threat: "will respond accordingly".
THREAT_MANNERS = frozenset({"accordingly", "decisively", "forcefully", "firmly", "harshly", "severely", "strongly",
                            "resolutely", "immediately", "militarily", "swiftly"})
# Verbs of support with another's act or decision as object accept it ("backed Ruritania's decision to ...").
SUPPORT_ACCEPT_VERBS = frozenset({"support", "back", "applaud", "hail"})
DECISION_NOUNS = frozenset({"decision", "move", "idea", "call", "proposal", "plan", "offer", "initiative", "demand",
                            "request", "bid", "push", "efforts", "effort"})
# What an announcement ending in a colon lists, by its words (first match wins): "Borduria's
# conditions are:", "the plan's main points:", "the two sides agreed to the following:".
LIST_INTRODUCTIONS: tuple[tuple[str, str], ...] = (
    (r"\bagree[sd]?\b|\bagreement\b", "agree"),
    (r"\b(?:conditions|demands|requirements|preconditions|red lines)\b", "demand"),
    (r"\b(?:proposals?|plan|points|propos(?:es|ed))\b", "propose"),
    (r"\b(?:requests|calls? (?:on|for)|urge[sd]?|appeals?)\b", "request"),
    (r"\b(?:commitments|pledges|offers?|undertakes|undertakings)\b", "offer"),
)
# Verbs that name an act only as a participle with its agent: "the framework drafted by X" (X
# proposed it); "the two sides drafted a text" is no proposal of one side.
BY_AGENT_ACTS: dict[str, str] = {"draft": "propose", "prepare": "propose", "craft": "propose", "author": "propose"}
# Whom one addresses without discussing anything: "she addressed her nation" is no discussion.
AUDIENCES = frozenset({"nation", "country", "people", "reporters", "journalists", "crowd", "crowds", "audience",
                       "parliament", "congress", "lawmakers", "assembly", "rally", "supporters", "troops", "citizens",
                       "conference", "summit", "forum", "session", "gathering", "meeting", "public", "nations"})
# Nouns of a written statement: a participle after one says what its authors do ("issued a
# statement condemning the attacks" is their accusation).
STATEMENT_NOUNS = frozenset({"statement", "letter", "communique", "communiqué", "declaration", "resolution",
                             "note", "readout", "message", "post"})
# Verbs of yielding: negated, a rejection of what is not yielded to ("did not give in to calls to ...").
YIELD_VERBS = frozenset({"yield", "bow", "cave", "capitulate", "succumb", "submit", "bend"})
YIELD_PHRASAL = frozenset({("give", "in"), ("back", "down"), ("give", "way")})
# Subjects of a copula whose complement is demanded: "the only way to peace is for X to withdraw".
WAY_NOUNS = frozenset({"way", "path", "solution", "answer", "route", "key", "prerequisite"})
# Verbs of obstruction: told of another by a speaker, the speaker's accusation ("said Borduria
# was holding up the deal", "says Ruritania is blocking the talks").
OBSTRUCT_VERBS = frozenset({"block", "obstruct", "sabotage", "stall", "undermine", "derail", "torpedo", "delay",
                            "hamper", "thwart", "scuttle"})
OBSTRUCT_PHRASAL = frozenset({("hold", "up")})
# Verbs of pressure: with an addressee and what it is to do, a demand ("pressed X to withdraw").
PRESSURE_VERBS = frozenset({"press", "pressure", "pressurize", "pressurise", "push", "lean"})
# Nouns of an exchange: between two named sides and told as done, carried out ("a swap between X and Y").
EXCHANGE_NOUNS = frozenset({"swap", "exchange"})
# Verbs of a vow: with a hostile complement, a threat ("vowed to crush the militia").
VOW_VERBS = frozenset({"vow", "swear", "pledge", "promise"})
# Verbs of retaliation: said of a party's future, a threat ("will retaliate", "a duty to avenge").
HOSTILE_VERBS = frozenset({"avenge", "retaliate", "punish", "crush", "eliminate", "destroy", "annihilate",
                           "obliterate", "wipe", "hit", "strike", "respond", "attack"})
RETALIATION_VERBS = frozenset({"avenge", "retaliate"})
# Speakers' future of hosting or helping: "said it would host the next round" is an offer.
OFFER_BY_MODAL = frozenset({"host", "facilitate", "mediate", "help", "provide", "send", "release", "free",
                            "return", "guarantee", "contribute", "organize", "organise", "support"})
# Nouns that name an act when a party owns them ("Ruritania's proposal", "a proposal from Borduria").
NOUN_CLASSES: dict[str, str] = {
    "proposal": "propose", "plan": "propose", "initiative": "propose", "counterproposal": "propose",
    "counteroffer": "propose", "counter-proposal": "propose", "counter-offer": "propose", "roadmap": "propose",
    "blueprint": "propose",
    "demand": "demand", "insistence": "demand", "precondition": "demand", "ultimatum": "demand",
    "offer": "offer", "readiness": "offer", "willingness": "offer", "pledge": "offer", "undertaking": "offer",
    "request": "request", "appeal": "request", "plea": "request", "call": "request",
    "refusal": "reject", "rejection": "reject",
    "threat": "threaten", "accusation": "accuse", "frustration": "accuse", "complaint": "accuse",
    "condemnation": "accuse",
    "disagreement": "disagree", "gulf": "disagree", "rift": "disagree", "divide": "disagree",
    "dispute": "disagree", "difference": "disagree", "stalemate": "disagree", "deadlock": "disagree", "impasse": "disagree",
    "position": "demand", "need": "demand",
    "swap": "implement", "exchange": "implement",  # only between two sides, told as done (EXCHANGE_NOUNS)
    # the verb classes' own nouns ("his suggestion of talks", "the demand for a withdrawal")
    "suggestion": "propose", "recommendation": "propose", "draft": "propose", "formula": "propose",
    "requirement": "demand", "condition": "demand", "stipulation": "demand", "insistance": "demand",
    "promise": "offer", "commitment": "offer", "assurance": "offer", "vow": "offer", "guarantee": "offer",
    "invitation": "request", "entreaty": "request", "petition": "request",
    "objection": "reject", "veto": "reject", "repudiation": "reject", "denial": "reject", "unwillingness": "reject",
    "reluctance": "reject",
    "allegation": "accuse", "criticism": "accuse", "denunciation": "accuse", "charge": "accuse",
    "acceptance": "accept", "endorsement": "accept", "approval": "accept", "ratification": "accept",
}
# Light verbs whose object noun names the act: "made a proposal", "issued an ultimatum".
LIGHT_VERBS = frozenset({"make", "put", "submit", "present", "issue", "send", "deliver", "table", "lodge",
                         "renew", "repeat", "reiterate", "restate", "voice", "express", "extend", "outline",
                         "have", "unveil", "float", "set", "give", "publish", "release", "draw", "signal", "show",
                         "hint", "demonstrate"})
# Verbs of a concession that a condition buys: "would end the war if X surrendered the region"
# (the condition is a demand). "Would attack if ..." is a threat, not listed here.
CONCESSION_VERBS = frozenset({"end", "stop", "halt", "cease", "agree", "sign", "accept", "withdraw", "resume",
                              "release", "free", "return", "lift", "ease", "suspend", "negotiate", "talk", "meet",
                              "allow", "reopen", "open", "recognize", "recognise", "join"})
# Concessions refused by a negated future or ability ("would not withdraw", "cannot hand over the
# checkpoints"): CONCESSION_VERBS and these.
REFUSED_VERBS = frozenset({"cede", "disarm", "disband", "dissolve", "surrender", "relinquish", "leave", "evacuate", "abandon",
                           "recognise", "recognize", "pay", "dismantle"})
REFUSED_PHRASAL = frozenset({("hand", "over"), ("give", "up"), ("pull", "out"), ("pull", "back"), ("step", "down")})
# Concessions a party says it will make, without a condition: "said Borduria would withdraw its units",
# "said it would lift the blockade" (an undertaking, like "would host").
UNDERTAKEN_CONCESSIONS = frozenset({"withdraw", "release", "free", "lift", "ease", "suspend", "reopen", "halt",
                                    "stop", "cease", "cede", "disarm", "dismantle"})
# Prepositions that set a condition after "only": "talks can only happen after a withdrawal".
ONLY_AFTER = frozenset({"after", "upon", "with", "once", "following"})
# Conditions that are demands: "talks cannot resume unless X halts the shelling".
DEMAND_CONDITIONS = frozenset({"unless", "only if", "until", "provided", "providing", "on condition",
                               "as long as", "so long as", "only when", "before"})
# Subjects that can act for a party without naming it (a pronoun aside): "the government", "the two sides".
AGENT_NOUNS = frozenset({
    "side", "sides", "party", "parties", "government", "governments", "delegation", "delegations", "leader",
    "leaders", "country", "countries", "state", "states", "ministry", "minister", "ministers", "president",
    "officials", "official", "team", "teams", "negotiators", "negotiator", "envoy", "envoys", "administration",
    "spokesman", "spokeswoman", "spokesperson", "army", "military", "forces", "group", "movement", "militants",
    "rebels", "kremlin", "cabinet", "authorities", "regime", "premier", "mediators", "capitals", "council",
    "office", "chancellor", "king", "emir", "prince", "secretary", "foreign", "sheikh", "prime",
    "coalition", "alliance", "bloc", "union", "powers", "allies", "nation", "nations", "parliament", "tehran",
    "washington", "moscow", "kyiv", "kiev", "beijing", "pentagon",
    # plural heads of a party list: "the presidents of A and B", "representatives of A and B"
    "presidents", "representatives", "heads", "chiefs", "commanders", "premiers", "prime ministers",
})
# Words before a term that take it out of an issue: "a heated exchange" is no prisoner
# exchange; "military aid" is not humanitarian.
ISSUE_SENSE_BLOCKS: dict[str, frozenset[str]] = {
    "prisoner_exchange": frozenset({"heated", "verbal", "angry", "fiery", "testy", "tense", "frank", "sharp",
                                    "diplomatic", "trade", "information", "intelligence", "cultural", "fire",
                                    "stock", "data", "views", "rate", "currency", "press", "statement",
                                    # "a frank and in-depth exchange of views": talk, not prisoners
                                    "in-depth", "candid", "constructive", "useful", "detailed", "substantive",
                                    "cordial", "productive", "thorough", "extensive", "lively"}),
    "humanitarian": frozenset({"military", "lethal", "defense", "defence", "security", "financial",
                               "economic", "weapons", "arms", "budget",
                               # "attacks on army convoys": an army's, not aid
                               "army", "troop", "police", "naval", "armoured", "armored"}),
}
# A border that only says where something is, is no territorial issue: "reopen the border
# crossings", "the border market", "trawlers near the border", "along the border" (a
# facility noun after it, or a preposition of place before it). "Redraw the border",
# "the border must be demarcated" keep it. Keyed by the term's lexicon pattern.
TERM_SENSE_AFTER: dict[str, frozenset[str]] = {
    # facilities, trade and people at a border, not land: "hand over the border districts" stays
    # territory; so does a facility an army holds (see statements._locative)
    r"\bborders?\b": frozenset({
        "crossing", "crossings", "crossing-point", "checkpoint", "checkpoints", "gate", "gates", "post", "posts",
        "point", "points", "terminal", "terminals", "station", "stations", "market", "markets", "trade", "traders",
        "guard", "guards", "police", "patrols", "residents", "camps", "road", "roads", "bridge", "bridges",
    }),
}
TERM_SENSE_BEFORE: dict[str, frozenset[str]] = {
    r"\bborders?\b": frozenset({"near", "along", "across", "at"}),  # "gauges at their border"; "a row over it" keeps it
    # a land used or struck from, not a land in dispute: "will not let anyone use its territory
    # against a neighbour", "attacks launched from their territory"
    r"\bterritor(?:y|ies|ial)\b": frozenset({"use", "uses", "used", "using", "from"}),
}

# A disagreement noun with no "between": the two sides' own where the talks leave it open ("the
# dispute over X remains unresolved", "was left for later") or bring it out ("the talks exposed a
# dispute over X"). Read by constructions._standing_divide.
DIVIDE_STILL_OPEN = frozenset({"remain", "persist", "linger", "leave", "defer", "postpone", "shelve", "stay"})
DIVIDE_OPEN_STATES = frozenset({"unresolved", "unsettled", "outstanding", "open", "pending"})
DIVIDE_SHOWING = frozenset({"expose", "reveal", "highlight", "underline", "underscore", "note", "acknowledge",
                            "air", "voice"})

KNOWN_LEMMAS = frozenset(
    set(VERB_ACTS) | set(CLASS_ACTS) | LISTING_VERBS | CONFIRM_VERBS | CONTINGENT_VERBS | PUNISHED_PASSIVES
    | SUPPORT_ACCEPT_VERBS | {v for v, _p in PHRASAL_CLASSES} | {v for v, _p in PHRASAL_ACTS} | AGREEMENT_VERBS | WANT_VERBS | SUPPORT_VERBS
    | OFFER_BY_MODAL | set(NOUN_CLASSES) | LIGHT_VERBS | set(BY_AGENT_ACTS) | CONCESSION_VERBS | YIELD_VERBS
    | {v for v, _p in YIELD_PHRASAL} | OBSTRUCT_VERBS | {v for v, _p in OBSTRUCT_PHRASAL} | VOW_VERBS | HOSTILE_VERBS | PRESSURE_VERBS | EXCHANGE_NOUNS
    | REFUSED_VERBS | {v for v, _p in REFUSED_PHRASAL} | DIVIDE_STILL_OPEN | DIVIDE_SHOWING | {
        "persist", "linger",  # "differences persisted over X"
        "focus", "centre", "center", "concentrate",  # "the session focused on X"
        "say", "tell", "add", "write", "state", "note", "stress", "emphasize", "emphasise", "claim", "announce",
        "declare", "reiterate", "warn", "argue", "explain", "confirm", "acknowledge", "reply", "respond",
        "believe", "think", "report", "indicate", "signal", "suggest", "maintain", "assert", "tweet", "post",
        "affirm", "repeat", "restate", "caution", "predict", "admit", "concede", "recall", "fume", "counter",
        "comment", "remark", "hint", "underline", "underscore", "meet", "hold", "resume", "halt", "stop",
        "end", "cease", "withdraw", "include", "remain", "become", "see", "keep", "reopen", "exchange",
        "be", "seem", "appear", "stay", "pay", "happen", "occur", "begin", "start", "proceed", "address", "face", "take",
    }
)
# A cheap look before parsing: a sentence without one of these word starts carries no act
# the clause rules read (the regex triggers above have their own scan).
PRECHECK = (r"\b(?:propos(?:e|es|ed|ing|als?)|float(?:s|ed)|unveil(?:s|ed)?|submit\w*|demand\w*|requir(?:e|es|ed)|"
            r"seek(?:s|ing)?|sought|stipulat\w+|offer(?:s|ed|ing)?|undert(?:ake|akes|ook|aken|aking)|pledg\w+|"
            r"promis(?:e|es|ed)|commit(?:s|ted)? to|volunteer\w*|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|appeal\w*|"
            r"request\w*|plead\w*|implor\w+|agree(?:s|d|ing)?|accept(?:s|ed|ing)?|welcom(?:e|es|ed)|"
            r"endors\w+|approv(?:e|es|ed)|embrac\w+|reject\w*|refus\w+|dismiss(?:es|ed|ing)?|declin(?:e|es|ed)|"
            r"rebuff\w*|spurn\w*|veto\w*|oppos(?:e|es|ed|ing)|disagre\w+|clash\w*|differ(?:s|ed)?|quarrel\w*|"
            r"discuss(?:es|ed|ing)?|negotiat(?:e|es|ed|ing)|debat(?:e|es|ed|ing)|explor(?:e|es|ed|ing)|accus\w+|"
            r"blam\w+|condemn\w*|critici\w+|denounc\w+|threat\w*|warn(?:s|ed|ing)?|want(?:s|ed)?|insist\w*|"
            r"ready|willing|prepared|open to|eager|unacceptabl\w+|unreasonabl\w+|unrealistic|impossibl\w+|divided|"
            r"apart|entrenched|deadlock\w*|initiative|counter-?(?:proposals?|offers?)|roadmap|blueprint|precondition\w*|ultimatum|readiness|willingness|pleas?|"
            r"gulf (?:\w+ ){0,2}between|(?:wide|deep|widening) gulf|rifts?|disputes?|stalemate|impasse|unless|only (?:if|when|once|after)|provided that|"
            r"on condition|vow(?:s|ed|ing)?|swore|sworn|swear(?:s|ing)?|aveng(?:e|es|ing)|retaliat(?:e|es)|calls? to|pay (?:a |the )?(?:\w+ )?price|consent\w*|favou?r(?:s|ed|ing)?|advocat\w+|(?:draft|prepar|craft|author)ed by|frustration|complain\w*|block(?:s|ed|ing)?|obstruct\w*|sabotag\w+|stall\w*|"
            r"undermin\w+|derail\w*|torpedo\w*|hamper\w*|thwart\w*|scuttl\w+|holding up|held up|holds up)\b"
            r"|\bonly (?:\w+ ){0,2}(?:after|upon|once|with|following)\b|\b(?:would|will)\s+(?:\w+\s+)?(?:end|stop|halt|cease|agree|sign|accept|withdraw|resume|release|free|"
            r"return|lift|ease|suspend|negotiate|talk|meet|allow|reopen|open|recogni[sz]e|join)\b[^.;]{0,80}\bif\b"
            r"|\b(?:press|pressur|push|lean)\w* (?:\w+ ){1,3}to\b|\b(?:swaps?|exchanges?) (?:\w+ ){0,3}between\b"
            r"|\b(?:put|puts|putting|laid|lay|lays) (?:\w+ )?forward|\blaid out\b|\b(?:press|push)\w* for\b"
            r"|\bcall\w* (?:for|on|upon)\b|\brul\w* out\b|\bturn\w* down\b|\bwalk\w* away\b|\btalk\w* about\b"
            r"|\b(?:sign|reach|conclud|struck|strike|seal|clinch|finali)\w* (?:an?|the|its|their) "
            r"|\bneed(?:s|ed)? (?:to|for)\b|\bthe need\b|\bposition,?(?: \w+ \w+,)? (?:is|was|remains)\b|\b(?:way|path|solution|route|key) to (?:\w+ ){1,3}(?:is|was|would be|lies)\b"
            r"|\b(?:no|not|never|cannot|n[’']t)\b[^.;]{0,80}\b(?:without|until|till)\b|\bbe met with\b|\b(?:had|they|you|we|he|she) better\b|\bor (?:else )?face\b"
            r"|\b(?:agreement|consensus|understanding) (?:between|among)\b|\bwould host\b|\bwill host\b"
            r"|\b(?:differences|disagreements|divergences|divisions) (?:\w+ )?(?:persist|remain|linger)\w*"
            r"|\b(?:focus(?:ed|es|sed|ing)?|cent(?:red|ered)|concentrated) on\b|\bin favou?r of\b|\bthe only (?:basis|way|solution|option|path|framework|route)\b"
            r"|\b(?:would|will)\s+(?:\w+\s+)?(?:withdraw|release|free|lift|ease|suspend|reopen|halt|stop|cease|cede|"
            r"disarm|dismantle|hand\s+over|pull\s+(?:\w+\s+){0,3}(?:back|out))\b|\brul\w* (?:it|that|this) out\b|\bturn\w* (?:it|that|this|them) down\b"
            r"|\b(?:talks|negotiations|discussions|consultations) (?:on|over|about|regarding)\b"
            r"|\b(?:nuclear|peace|ceasefire|truce|cease-fire|prisoner|security|border|territorial|humanitarian) "
            r"(?:talks|negotiations|discussions|consultations)\b"
            r"|\b(?:not|never|n[’']t)\s+(?:\w+\s+)?(?:support|tolerat|allow|permit|back|countenanc|entertain|"
            r"consider|recogni|join|accept|agree|want|need|give in|back down|yield|bow|cave|capitulat|succumb|bend)")


def _class_forms(lemma: str, bare: bool) -> str:
    """A verb's inflected forms as one pattern: "decry" -> decry|decries|decried|decrying."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma + "s", lemma + "es", lemma + "d", lemma + "ed", stem + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) >= 3 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # snubbed, nixxed
    if bare:
        forms.add(lemma)
    else:
        forms -= {lemma + "s", lemma + "es"}  # "sanctions", "charges", "guarantees": mostly the noun
    return "|".join(sorted(forms, key=len, reverse=True))


def _trie(words: set[str]) -> str:
    """Words as one pattern that branches by letter (a flat alternation of hundreds of words is
    slow to search): {"snub", "snubbed"} -> "snub(?:bed)?"."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [regex_escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + walk(tree) + ")"


def regex_escape(ch: str) -> str:
    return "\\" + ch if ch in ".^$*+?{}[]\\|()-" else ch


# Lemmas whose bare form is mostly something else ("in order to", "an exact figure", "at the table").
_NOT_BARE = frozenset({"order", "exact", "table", "present", "charge", "command", "sanction", "fault", "draft",
                       "promote", "outline", "hail", "petition", "vow", "guarantee", "condition", "formula"})
PRECHECK += (r"|\b" + _trie({f for v in CLASS_ACTS for f in _class_forms(v, v not in _NOT_BARE).split("|")}) + r"\b"
             r"|\b(?:" + "|".join(f"(?:{_class_forms(v, True)})\\s+(?:\\w+\\s+)?{p}" for v, p in sorted(PHRASAL_CLASSES))
             + r")\b"
             r"|\b(?:a|an|the|its|their|his|her|our)\s+(?:[\w-]+\s+){0,3}plan\b"
             r"|\b(?:hing|depend|rest|hang)(?:e|es|s|ed|ing)?\s+(?:up)?on\b|\b(?:contingent|conditional|dependent)\s+(?:up)?on\b"
             r"|\bsubject to\b|\b(?:be|been|being|is|are|was|were) (?:\w+ )?(?:slapped|hit|met|greeted|answered|punished) with\b|\brespond (?:\w+ )?(?:accordingly|decisively|forcefully|firmly|harshly|severely|strongly|resolutely|immediately|militarily|swiftly)\b"
             r"|\b(?:support|back|applaud|hail)(?:s|ed|ing)? (?:\w+[’']s|its|their|his|her|the) (?:\w+ )?(?:decision|move|idea|call|proposal|plan|offer|initiative|demand|request|bid|push|efforts?)\b"
             r"|\b(?:would|will|'d)\s+be\s+(?:\w+\s+)?(?:wise|advisable|prudent|smart|sensible|well-advised)\b"
             r"|" + VERDICT_NOUNS + r"|\b(?:unworkable|absurd|ridiculous|unfeasible|untenable|nonsensical|illegitimate|unjustified)\b"
             r"|\b(?:participation|attendance|suggestions?|recommendations?|requirements?|conditions|stipulations?|promises?|commitments?|"
             r"assurances?|vows|invitations?|entreat(?:y|ies)|objections?|vetoe?s?|repudiation|denials?|"
             r"allegations?|criticism|unwillingness|reluctance|counter(?:s|ed|ing)? with|denunciations?|acceptance|endorsements?|approval|ratification)\b"
             r"|\b(?:(?:would|will|could|can|shall)\s+not|wo(?:n[’']t|uldn[’']t)|can(?:not|[’']t)|couldn[’']t)\s+(?:\w+\s+)?(?:"
             + "|".join(sorted(CONCESSION_VERBS | REFUSED_VERBS | {v for v, _p in REFUSED_PHRASAL})) + r")\w*")
