"""What site chrome looks like, line by line: the patterns ``clean`` drops.

Each pattern is a shape every page of some kind of site carries (menus, share buttons,
photo credits, newsletter prompts, wire sign-offs), never a sentence of a report.
They are matched against one line at a time, after markdown marks are gone.

- ``CHROME``: a line that is chrome wherever it stands; it is dropped alone.
- ``TAIL``: a line after which a page has no more article (footers, sign-offs). Where it
  stands late enough, the text is cut there; earlier, the line alone is dropped.
- ``RELATED``: a heading over a list of links ("Related", "Read more"); it and the
  headline-like lines under it are dropped, up to the next sentence of prose.
- ``CREDIT``: a photo credit on its own line; the caption above it goes with it.
- ``CAPTION``: a caption that carries its own credit or a caption's stock phrases.
"""

from __future__ import annotations

import re

_I = re.I

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"

# Whole lines that are menu items, buttons or labels.
_CHROME_WHOLE = (
    r"share|share (?:on|via|to|this|article|story|page)\b.*|share\s*[-|:]\s*\w+.*|share (?:or|and) (?:comment|discuss|save)\b.*|"
    r"tweet|email|e-mail|print|"
    r"comments?|\d+ comments?|save|saved|copy link|link copied|whatsapp|facebook|twitter|x|linkedin|wechat|"
    r"weibo|reddit|telegram|pinterest|flipboard|top|back to (?:the )?top|english|menu|search|home|"
    r"sign in|sign up|log ?in|log out|register|subscribe(?: now)?|follow us|follow|listen|"
    r"listen to (?:this )?article.*|\d+ min(?:ute)?s? (?:read|listen)|watch now|watch|play video|video|"
    r"advertisement|ad|sponsored|skip (?:to|navigation).*|close|next|previous|more|loading\.*|"
    r"(?:global|us|uk|international|asia|europe) edition.*|"
    r"(?:font size|text size)\b.*|a\s*a|\+|-|!|\*|•|\||#\w+(?: #\w+)*"
)
CHROME_WHOLE = re.compile(rf"(?:{_CHROME_WHOLE})\s*[:.]?", _I)

# Chrome that shows where a line starts (matched at the start only: cheap).
CHROME_START = re.compile(
    r"(?:"
    # video and audio embeds, image residue
    r"!|watch now$|ap audio:|ap correspondent .{3,60} reports\b|listen to this article|"
    # wire gallery chrome
    r"item \d+ of \d+\b|\[\d+/\d+\]|exclusive news, data and analytics|"
    # newsletters, alerts, apps
    r"sign up (?:for|to)\b|get the .{0,40}\bapp\b|(?:the \w+ wire|ground game|world of faith)\b|"
    r"support (?:mission-driven|independent) journalism|my fp:|"
    # cookies, errors
    r"(?:cookie settings|privacy policy|terms of (?:use|service))\b|an error has occurred|"
    # licences, registration (copyright lines and footers are TAIL's, which is tried first)
    r"\(c\) ?\d|license for publishing|registration number|note: browsers with|"
    r"this (?:material|article) may not be published|"
    # comments
    r"please follow our comment guidelines|you are commenting as|"
    # sign-offs and notes (those that end an article are TAIL's)
    r"compiled by\b|[—–]\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}$|"
    # the signature of an embedded social post: "— Anna Kovic (@akovic) March 4, 2025"
    rf"[—–-]\s*[^()\n]{{0,60}}\(@\w+\)\s*(?:{MONTHS}|\d)|pic\.twitter\.com/|"
    r"this (?:story|article|report)(?: and headline)? (?:has|have) been (?:updated|corrected)|"
    # a correction's footnote ("This article was amended on 6 March 2033. An earlier version ...")
    r"this (?:story|article|report|piece) was (?:amended|corrected|updated) on\b|an earlier version of this (?:story|article)|"
    # a newsroom's note to its readers (issue 7: unseen reports; the label, not the outlet, is the cue)
    r"editor['’]?s['’]? note\b|editors['’]? note\b|note to (?:our )?(?:readers|subscribers)\b|"
    r"this is (?:a )?(?:developing|breaking) (?:news|story)|please (?:check back|refresh) for updates|"
    r"updated \[hour\]|tags?:|topics?:|filed under\b|"
    # a box on the author under the article ("About the author: ... covers the border regions")
    r"about the (?:authors?|writers?)\b\s*(?::|$)|"
    r"[a-z][a-z ]{0,20}category\b.{0,20}·|\w+category[A-Z]"
    r")",
    _I,
)
# Chrome phrases anywhere in a line, lower case: plain substring tests, no regex.
CHROME_PHRASES = (
    "your browser does not support", "this article has an audio recording", "purchase licensing rights",
    "opens new tab", "learn more aboutrefinitiv", "learn more about refinitiv", "newsletter is your essential guide",
    "sign up here", "in your inbox", "to your inbox", "subscribe now", "subscribe to our", "get alerts", "get instant alerts",
    "get email alerts", "notification-important", "click here", "download the app", "download our app",
    "add ap news on", "add ap news as", "show me more content from", "flagship newsletter",
    "flagship daily newsletter", "by using this website", "by using this site", "we and our partners",
    "privacy policy and terms", "manage cookie", "manage your cookie", "manage privacy", "manage your privacy",
    "preventing our website from loading", "troubleshooting tips", "unhandled exception",
    "licensed under creative commons",
)
# Phrases tried only when a line holds their key word (most lines hold none, so they cost
# one substring test a line).
CHROME_GATED: tuple[tuple[str, tuple[str, ...]], ...] = (
    # A research service's or a syndicator's disclaimer: prose like the article's, so no
    # structural cue tells it; seen in issue 7's unseen reports (research-service pages).
    ("advice", ("does not constitute advice", "does not constitute investment advice",
                "does not constitute legal advice")),
    ("liability", ("accepts no liability", "accept no liability")),
    # An opinion page's disclaimer under a column (round-5 pages; the formula of opinion sections).
    ("views", ("the views expressed", "views expressed in this", "views expressed here")),
    ("information", ("for informational purposes only", "for general information only",
                     "for information purposes only")),
    # An advertisement's slot said once (repeated ones go as repeated furniture); the
    # words a page puts there, in issue 7's unseen page copies.
    # A site's note on the links it carries, in its footer (BBC-style sites; issue 7's unseen copies).
    ("responsible", ("is not responsible for the content of external", "not responsible for external")),
    ("continue", ("story continues below", "article continues below", "story continues after",
                  "article continues after", "scroll to continue", "continue reading below")),
)
# The few chrome shapes that need a pattern anywhere in the line; each runs only when
# its literal key is in the lower-cased line.
CHROME_KEYED = (
    ("cookie", re.compile(r"\bcookies?\b.{0,80}\b(?:agree|accept|consent|use of|partners|personal data|privacy)", _I)),
    ("partners", re.compile(r"we and our \d+ partners", _I)),
    ("belongs to", re.compile(r"belongs to .{2,60}\b(?:co|company|ltd|inc|corporation)\b", _I)),
    # the owner of a site's content, worded as property or ownership ("All content on this site is
    # the property of Vell Media Co"): a footer; "the tanker is the property of Vell Shipping Co": news
    ("property of", re.compile(r"\b(?:content|site|material)\b.{0,40}\bproperty of .{2,60}"
                               r"\b(?:co|company|ltd|inc|corporation)\b", _I)),
    ("owned by", re.compile(r"\bcontent\b.{0,40}\bowned by .{2,60}\b(?:co|company|ltd|inc|corporation)\b", _I)),
    # the page asking the reader to change the browser ("Please turn on JavaScript to see live updates",
    # "Your browser does not support the video", "Enable JavaScript to view comments"): a request in the
    # second person, or the browser as subject; a report on software says neither (unseen6 live blog)
    ("javascript", re.compile(r"^(?:please\s+)?(?:turn on|enable|activate|allow|switch on)\s+javascript\b|"
                              r"^(?:this|the) (?:page|site|feature|content) (?:requires|needs) javascript\b|"
                              r"^you need (?:to enable )?javascript\b", _I)),
    ("browser", re.compile(r"^(?:your|this) browser (?:does not|doesn't|cannot|can't|is not|isn't)\b|"
                           r"^(?:please\s+)?(?:update|upgrade) your browser\b", _I)),
)


def is_chrome(text: str, low: str) -> bool:
    """Is this line (and ``low``, its lower case) chrome wherever it stands? Ask ``is_tail`` first."""
    if CHROME_START.match(text):
        return True
    if any(p in low for p in CHROME_PHRASES):
        return True
    for key, phrases in CHROME_GATED:
        if key in low and any(p in low for p in phrases):
            return True
    return any(key in low and rx.search(text) for key, rx in CHROME_KEYED)


# Lines after which there is no more article.
TAIL = re.compile(
    r"(?:"
    r"most (?:viewed|read|popular|shared|watched)\b|(?:top|latest|more|related) (?:stories|news|headlines)\s*$|"
    r"(?:you may|you might) (?:also )?like|recommended(?: for you| stories| reading)?\s*$|trending(?: now)?\s*$|"
    r"our standards:|(?:additional )?reporting by\b|writing by\b|editing by\b|"
    r"follow (?:ap|ap’s|ap's|reuters|our)\b.{0,80}coverage|24/7 coverage of breaking news|"
    r"(?:copyright|©)|(?:[\w’'.]+ ){1,12}contributed\.?$|read more on\b|commenting is a benefit|"
    # the end mark of a press release ("###", "-30-", "- ends -"): what follows is its notes to editors
    r"(?:#\s?#\s?#|-\s?30\s?-|-\s?ends\s?-)\s*$|"
    r"join the conversation|back to (?:the )?top\s*$|"
    # a comments section: what follows is readers', not the report's
    r"\d+ comments?\s*$|comments \(\d+\)\s*$|(?:leave|post|add|write) a comment\b|"
    r"(?:show|view|load|read) (?:all )?(?:\d+ )?comments\b|"
    r"comments (?:are|have been) (?:now )?closed\b|commenting (?:is|has been) (?:now )?closed\b|"
    r"this (?:story|article)(?: and headline)? "
    r"(?:has|have) been updated|"
    # a newsletter's footer: why the reader got it, how to stop it (round-4 e-mail page)
    r"you(?:'re| are) receiving this (?:e-?mail|newsletter|message)\b|you received this (?:e-?mail|newsletter)\b"
    r")",
    _I,
)
TAIL_PHRASES = ("all rights reserved", "contributed to this report", "contributed to this article",
                "contributed to this story", "contributed reporting to this",
                # the same formula on pages whose chrome is in another language (an English edition of
                # a French, German, Spanish, Italian or Portuguese site; round-3 pages)
                "tous droits réservés", "alle rechte vorbehalten", "todos los derechos reservados",
                "tutti i diritti riservati", "todos os direitos reservados")


# A copyright notice after the owner's name ("Vell Courier (c) 2031. Reuse needs permission."):
# the sign and a year, anywhere in a short line (``TAIL`` has the notices that open with the sign).
COPYRIGHT_INSIDE = re.compile(r"(?:\(c\)|©)\s*(?:19|20)\d\d(?:\.|\s*$)", _I)  # not "© 2031 Ari Dunn", a photo's
COPYRIGHT_MAX_WORDS = 30


def is_tail(text: str, low: str) -> bool:
    if TAIL.match(text) or any(p in low for p in TAIL_PHRASES):
        return True
    return ("(c)" in low or "©" in low) and len(text.split()) <= COPYRIGHT_MAX_WORDS and bool(COPYRIGHT_INSIDE.search(text))


# Headings over link lists.
RELATED = re.compile(
    r"^(?:related(?: (?:stories|articles|coverage|content|topics|news|links|reading))?|read more\b(?:.{0,60}[^.!?])?|"
    r"see also|more on this(?: story)?|further reading|more from [\w .'’-]{2,40}|in other news|"
    # a section's rail under the article ("More analysis", "More in Opinion"): round-6 pages
    r"more (?:analysis|opinion|features|commentary|coverage|explainers|reports|reporting|in [\w '’&-]{2,30})|"
    r"what to read next|keep reading|explore more)\s*:?\s*$",
    _I,
)
# A related link in one line ("Read more: ...", "... Read more" glued to a headline).
# The same labels in the chrome of a European site's English edition: "Lea también:" (es),
# "Lire aussi :" (fr), "Lesen Sie auch:" (de), "Leggi anche:" (it), "Leia também:" (pt).
RELATED_LINK = re.compile(r"(?:read more|related|see also|also read|read also|lea también|lee también|ver también|"
                          r"lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|leggi anche|"
                          r"leia também|veja também)\s*:", _I)


def is_related_link(text: str) -> bool:
    return bool(RELATED_LINK.match(text)) or (text.endswith(("Read more", "READ MORE")) and text[-10:-9] != " ")

_PHOTO_SOURCES = (
    r"getty images(?: news)?|getty|via reuters|via ap|via afp|via xinhua|via getty images|reuters|afp|ap|"
    r"anadolu(?: agency)?|epa(?:-efe)?|efe|xinhua|ap photo|associated press|bloomberg|nurphoto|lightrocket|"
    r"sopa images|pool|handout|shutterstock|imago|alamy|tass|sputnik|wana|ria novosti|abaca|zuma press|"
    r"ukrinform|x|telegram|file"
)
# A credit alone on its line: "Name | Agency | Getty Images", "Ministry via Reuters".
CREDIT = re.compile(
    rf"^(?=[^.!?]{{2,140}}$)(?=.*(?:\||/|\bvia\b|getty))[^.!?]*?\b(?:{_PHOTO_SOURCES})\s*$", _I
)
# A caption that opens with a caption's stock words, or carries its own credit at its end.
CAPTION_START = re.compile(
    r"(?:FILE|FILE PHOTO|TOPSHOT|EDITORS NOTE)\s*[-—–:]|"
    r"(?:In this|This) (?:photo|image|handout|screengrab|screen grab|picture|photograph|frame grab|video grab)\b"
)
_BRACKET_CREDIT = re.compile(
    r"[\[(][^\])]{0,160}?(?:/|\bvia\b|[Pp]hoto|File:|[Cc]redit|Getty|Reuters|REUTERS|AFP|Xinhua|Anadolu|EPA)[^\])]*[\])]\s*"
)
_LABEL_CREDIT = re.compile(r"\b(?:Photograph|Photo|Photos|Photo credit|Image|Picture|Credit|Illustration)\s*:\s*[^.]{2,80}$")
_DASH_CREDIT = re.compile(r"[—–-]\s*(?:Getty Images|AFP|AP|Reuters|Bloomberg)(?:\s*(?:via|/)\s*[\w ]+)?\s*$")


def is_caption(text: str) -> bool:
    """A photo caption by its opening words or by the credit it ends with."""
    if CAPTION_START.match(text) or "REUTERS/" in text:
        return True
    last = text[-1]
    if last in ")]":
        seg = text[text.rfind("(" if last == ")" else "["):]
        if len(seg) <= 200 and _BRACKET_CREDIT.fullmatch(seg):
            return True
    tail = text[-100:]
    if ":" in tail and _LABEL_CREDIT.search(tail):
        return True
    return text.endswith(("Getty Images", "AFP", "AP", "Reuters", "Bloomberg")) and bool(_DASH_CREDIT.search(tail))


# Getty-style caption heads: "CITY, COUNTRY - APRIL 08: ..." (looks like a dateline, is not).
GETTY_CAPTION = re.compile(r"^[A-Z][A-Z .,'’-]+ - (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}:")
# Present-tense caption verbs near the start of a one-sentence line that ends in a full date.
CAPTION_VERB = re.compile(
    r"\b(?:speaks?|attends?|walks?|arrives?|meets?|welcomes?|poses?|looks? on|stands?|sits?|gestures?|"
    r"shakes? hands|holds?|delivers?|leaves?|waits?|listens?|talks?|waves?|visits?|chairs?|participates?|"
    r"is (?:seen|pictured|shown)|are (?:seen|pictured|shown)|addresses|greets?|signs?|reacts?|"
    r"takes? part|looks?|rides?|prays?|mourns?|carr(?:y|ies)|inspects?|displays?|hold up|holds up)\b"
)
CAPTION_DATE_END = re.compile(rf"\b{MONTHS} ?\d{{1,2}},? \d{{4}}\.?\)?$|\b\d{{1,2}} {MONTHS},? \d{{4}}\.?$")

# Bylines: "By Name", "Posted ... by Name", "Updated 9:12 AM UTC, March 4, 2025".
BYLINE_AUTHOR = re.compile(
    r"^(?:By|Por|Par|Von|(?:Analysis|Opinion|Commentary|Review|Interview|Written|Reported|Reporting|Words|Story|Text|"
    r"Photos|Edited|Compiled|Column|Essay|Perspective) by)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Then|Now|Early|Late|Mid)\b)"
    r"(?:(?!(?:the|a|an|this|that|then|now|late|early)\b)(?:[\w-]+\s+){0,4}?(?:correspondent|editor|reporter|writer|columnist|journalist|producer)\s+)?"
    # "By Pacific affairs reporter Ana Kell": the newsroom role before the name
    r"[A-Z][\w.'’-]+\s+[A-Z]"
)
# A byline that gives a name and a newsroom role, no "By": "Lena Voss, Chief diplomatic
# correspondent", "Ivo Rask, Reporter"; and a credit of the words and the pictures ("Words:
# Lena Voss and Teo Krell | Pictures: Ari Dunn", "Text and photos: Ari Dunn").
BYLINE_ROLE = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+,\s+(?:[\w-]+\s+){0,4}(?:correspondent|editor|reporter|writer|"
    r"columnist|journalist|contributor|producer)(?:\s+(?:in|at|for)\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?$", _I)
BYLINE_CREDITS = re.compile(
    r"^(?:words|text|story|reporting|words and pictures|text and photos)\s*:\s*[A-Z][\w.'’-]+ [A-Z].{0,80}"
    r"(?:\|\s*(?:pictures|photos|photography|video|graphics|illustrations?)\s*:\s*[A-Z].{0,60})?$", _I)
BYLINE_WHEN = re.compile(r"^(?:updated|published|posted|last updated|first published)\b.{0,120}?\b(?:\d{4}|ago)\b", _I)
# "Xinhua | Updated: 2024-03-02 10:05" and the like.
BYLINE_AGENCY = re.compile(
    r"^(?P<who>[^|\n]{2,80}?)\s*\|\s*(?:updated|published|posted)\s*:?\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:[ T](?P<time>\d{1,2}:\d{2}))?",
    _I,
)
AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,4}is an? (?:[\w-]+ ){0,3}(?:fellow|writer|reporter|correspondent|editor|columnist|"
    r"journalist|contributor|producer)\b.{0,80}$"
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A line that is a date and a time and nothing else, as pages set them under a headline:
# "9:05 PM, Tuesday, March 4, 2025", "Tuesday 9 May 2023 21.05 BST", "June 17, 2025 · 4 min
# read", "Published Feb. 11, 2025, 6:30 a.m. ET". Judged by what is left when the date's own
# words are taken out (``clean._stamp_line``), not by a list of sites' shapes.
# Month names of the languages a site's chrome may be in around an English report ("Publié le
# 7 juillet 2031"): mapped to English for dateutil. Full names only (abbreviations collide with words).
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")


def _months(names: str) -> dict[str, str]:
    return {name: _ENGLISH_MONTHS[k] for k, name in enumerate(names.split())}


FOREIGN_MONTHS: dict[str, str] = {
    **_months("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    **_months("januar februar märz april mai juni juli august september oktober november dezember"),
    **_months("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    **_months("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    **_months("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
}
_FOREIGN = "|".join(sorted((m for m in FOREIGN_MONTHS if m not in ("april", "august", "september", "november")),
                           key=len, reverse=True))
STAMP_DATE = re.compile(
    rf"\b(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS},?\s+\d{{4}}|"
    rf"\d{{1,2}}\.?\s+(?:de\s+)?(?:{_FOREIGN})\s+(?:de\s+)?\d{{4}}|"  # "7 de julio de 2031": es, pt
    r"\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2}|\d{4}\.\d{1,2}\.\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}-\d{1,2}-\d{4})\b",
    _I,
)
STAMP_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?![\d.])|\b\d{1,2}\s*[AaPp]\.?[Mm]\.?(?!\w)")
# Words a date line carries besides the date: its label, weekdays, zones, reading time.
STAMP_WORDS = _wordset(
    "updated published posted last modified first on at am pm a.m. p.m. et est edt ct cst cdt pt pst pdt mt "
    "gmt bst utc cet cest eet eest msk ist jst aest hkt sgt wib z min mins minute minutes read listen "
    # the zones of newsrooms in Africa, Asia, Oceania and the Americas ("07:15 EAT", "21:05 IST", "08:10 TRT")
    "eat wat cat sast trt pkt npt ict wita wit pht kst myt aedt acst awst nzst nzdt hst akst akdt ast adt mst mdt "
    "wet west gst brt clt cot vet uyt "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "today date time of the and "
    # the labels of date lines in the chrome of French, German and Spanish sites ("Publié le ... à 10h15")
    "publié le à mis jour veröffentlicht am um aktualisiert publicado actualizado el a las atualizado "
    "pubblicato aggiornato il alle ore em modifié modifie modificado "
    # a periodical's issue line ("Weekly bulletin, 9 July 2031", "Issue 212, 9 July 2031")
    "issue edition vol volume no weekly daily monthly bulletin newsletter uhr "
    # a clock in hours ("12:30 hrs"), as ministries' and armed forces' releases write it (unseen5)
    "hrs"
)
# A date line that counts back from when the page was fetched: "3 hours ago", "Updated 20 min ago".
RELATIVE_STAMP = re.compile(
    r"^\W*(?:(?:updated|posted|published|last updated)\s*:?\s+)?(?P<n>\d{1,3})\s*"
    r"(?P<unit>minutes?|mins?|m|hours?|hrs?|h|days?|d)\s+ago\W*$", _I)

# The labels of a site's own controls: a line of a few words that opens with an imperative
# of the page's machinery ("Show key events only", "Copy link", "Vote now", "Sign in"),
# in the languages of sites' chrome ("Copier le lien", "Partager", "Teilen"). A line
# ending in a sentence's full stop is no control label.
UI_VERBS = _wordset(
    "show hide copy print share listen subscribe sign log follow vote expand collapse load download skip "
    "jump gift save reply bookmark tap click unmute mute toggle "
    "partager copier imprimer écouter lire s'abonner abonnez-vous se connecter "
    "teilen kopieren drucken anhören anmelden abonnieren "
    "compartir copiar imprimir escuchar suscríbete suscribirse iniciar "
    "condividi copia stampa ascolta accedi"
)
UI_MAX_WORDS = 4


def is_ui_label(text: str, words: int) -> bool:
    if words > UI_MAX_WORDS or text.rstrip().endswith((".", "!", "?", "\"", "”")):
        return False
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return first in UI_VERBS
STAMP_UPDATE = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|last modified|edited|modifié|mis à jour|aktualisiert|"
                          r"actualizado|atualizado|aggiornato)\b", _I)

# Words that name a newspaper, a broadcaster or an agency in a masthead ("The Vorland
# Courier", "Fjords & Valleys Observer"): the nouns of the trade, not any outlet's name.
MASTHEAD_NOUNS = _wordset(
    "times post herald courier news daily gazette tribune journal ledger observer chronicle review "
    "telegraph standard star monitor independent express mirror sun press wire today weekly dispatch "
    "record bulletin globe mail guardian examiner inquirer register sentinel enquirer reporter leader "
    "voice insider digest agency radio tv television broadcasting network media report reports "
    "magazine newspaper nachrichten zeitung diario noticias journal quotidien gazzetta "
    "pilot beacon clarion advertiser spectator messenger mercury courant "
    # newsletters' and reviews' names ("Orm Valley Brief", "The Marn Quarterly"): round-5 pages
    "brief briefing quarterly"
)


# The names of languages as a site's language switcher prints them, each in its own tongue
# ("English | Français", "العربية | English"): the world's languages of government and news sites,
# not any site's list. A line of nothing but these is the switcher (round-6 pages; ministries' pages).
LANGUAGE_NAMES = _wordset(
    "english français francais español espanol deutsch italiano português portugues nederlands русский "
    "українська polski türkçe turkce العربية عربي فارسی اردو हिन्दी हिंदी বাংলা 中文 简体中文 繁體中文 日本語 한국어 "
    "kurdî kurdi کوردی bahasa indonesia melayu tiếng việt ไทย ελληνικά svenska norsk dansk suomi magyar "
    "čeština română srpski hrvatski български עברית kiswahili swahili amharic አማርኛ hausa somali af-soomaali "
    "en in auf em"
)
