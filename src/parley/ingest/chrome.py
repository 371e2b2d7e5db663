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

_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
MONTHS = _MONTHS

# Whole lines that are menu items, buttons or labels.
_CHROME_WHOLE = (
    r"share|share (?:on|via|to|this|article|story|page)\b.*|share\s*[-|:]\s*\w+.*|tweet|email|e-mail|print|"
    r"comments?|\d+ comments?|save|saved|copy link|link copied|whatsapp|facebook|twitter|x|linkedin|wechat|"
    r"weibo|reddit|telegram|pinterest|flipboard|top|back to (?:the )?top|english|menu|search|home|"
    r"sign in|sign up|log ?in|log out|register|subscribe(?: now)?|follow us|follow|listen|"
    r"listen to (?:this )?article.*|\d+ min(?:ute)?s? (?:read|listen)|watch now|watch|play video|video|"
    r"advertisement|ad|sponsored|skip (?:to|navigation).*|close|next|previous|more|loading\.*|"
    r"(?:global|us|uk|international|asia|europe) edition.*|"
    r"(?:font size|text size)\b.*|a\s*a|\+|-|!|\*|•|\||#\w+(?: #\w+)*"
)
CHROME_WHOLE = re.compile(rf"(?:{_CHROME_WHOLE})\s*[:.]?", _I)

# Phrases that make a line chrome wherever they appear in it.
CHROME = re.compile(
    r"(?:"
    # video and audio embeds, image residue
    r"^!|^watch now$|your browser does not support|^ap audio:|^ap correspondent .{3,60} reports\b|"
    r"this article has an audio recording|^\s*listen to this article|"
    # wire gallery chrome
    r"^item \d+ of \d+\b|^\[\d+/\d+\]|purchase licensing rights|opens new tab|"
    r"^exclusive news, data and analytics for financial market professionals|learn more about ?refinitiv|"
    # newsletters, alerts, apps
    r"newsletter is your essential guide|\bsign up here\b|^sign up (?:for|to)\b|in your inbox|"
    r"\bsubscribe now\b|subscribe to our\b|get (?:instant |email )?alerts|notification-important|\bclick here\b|"
    r"^get the .{0,40}\bapp\b|download (?:the|our) app|^(?:the \w+ wire|ground game|world of faith)\b|"
    r"add ap news (?:on|as)\b|show me more content from|^support (?:mission-driven|independent) journalism|"
    r"^flagship daily newsletter|flagship (?:daily )?newsletter|^my fp:|"
    # cookies and consent
    r"\bcookies?\b.{0,80}\b(?:agree|accept|consent|use of|partners|personal data|privacy)|"
    r"by using this (?:web)?site|we and our (?:\d+ )?partners|privacy policy and terms|"
    r"^(?:cookie settings|privacy policy|terms of (?:use|service))\b|manage (?:your )?(?:cookie|privacy)|"
    r"preventing our website from loading|troubleshooting tips|^an error has occurred|unhandled exception|"
    # copyright, licences, registration
    r"^(?:copyright|©|\(c\) ?\d)|all rights reserved|^license for publishing|^registration number|"
    r"^note: browsers with|content (?:is )?licensed under creative commons|^this (?:material|article) may not be published|"
    r"belongs to .{2,60}\b(?:co|company|ltd|inc|corporation)\b|"
    # comments
    r"^commenting is a benefit|^join the conversation|^please follow our comment guidelines|^you are commenting as|"
    # sign-offs and notes
    r"contributed (?:reporting )?to this (?:report|article|story)|^(?:[\w’'.]+ ){1,12}contributed\.?$|"
    r"^(?:additional )?reporting by\b|^writing by\b|^editing by\b|^compiled by\b|"
    r"^[—–]\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}$|"
    r"^follow (?:ap|ap’s|ap's|reuters|our)\b.{0,80}coverage|^24/7 coverage of breaking news|"
    r"^our standards:|^this (?:story|article|report)(?: and headline)? (?:has|have) been (?:updated|corrected)|"
    r"^this is (?:a )?(?:developing|breaking) (?:news|story)|^please (?:check back|refresh) for updates|"
    r"^updated \[hour\]|^read more on\b|^tags?:|^topics?:|^filed under\b|"
    r"^[a-z][a-z ]{0,20}category\b.{0,20}·|^\w+category[A-Z]|^(?:americas|world|united states|africa|legal|"
    r"europe|asia pacific|china|business)category"
    r")",
    _I,
)

# Lines after which there is no more article.
TAIL = re.compile(
    r"(?:"
    r"^most (?:viewed|read|popular|shared|watched)\b|^(?:top|latest|more|related) (?:stories|news|headlines)\s*$|"
    r"^(?:you may|you might) (?:also )?like|^recommended(?: for you| stories| reading)?\s*$|^trending(?: now)?\s*$|"
    r"^our standards:|^(?:additional )?reporting by\b|^writing by\b|^editing by\b|"
    r"^follow (?:ap|ap’s|ap's|reuters|our)\b.{0,80}coverage|^24/7 coverage of breaking news|"
    r"^(?:copyright|©)|all rights reserved|contributed (?:reporting )?to this (?:report|article|story)|"
    r"^(?:[\w’'.]+ ){1,12}contributed\.?$|^read more on\b|^commenting is a benefit|^join the conversation|"
    r"^back to (?:the )?top\s*$|^this (?:story|article)(?: and headline)? "
    r"(?:has|have) been updated"
    r")",
    _I,
)

# Headings over link lists.
RELATED = re.compile(
    r"^(?:related(?: (?:stories|articles|coverage|content|topics|news|links|reading))?|read more\b(?:.{0,60}[^.!?])?|"
    r"see also|more on this(?: story)?|further reading|more from [\w .'’-]{2,40}|in other news|"
    r"what to read next|keep reading|explore more)\s*:?\s*$",
    _I,
)
# A related link in one line ("Read more: ...", "... Read more" glued to a headline).
RELATED_LINK = re.compile(r"^(?:read more|related|see also|also read|read also)\s*:|\S(?:Read more|READ MORE)$")

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
# A caption that carries its own credit, or opens with a caption's stock words.
CAPTION = re.compile(
    r"(?:"
    r"[\[(](?:[^\])]{0,80}?(?:/|\bvia\b|photo|file:|credit|getty|reuters|afp|xinhua|anadolu|epa)[^\])]{0,80})[\])]\s*$|"
    r"\bREUTERS/[A-Z]|\b(?:Photograph|Photo|Photos|Photo credit|Image|Picture|Credit|Illustration)\s*:\s*[^.]{2,80}$|"
    r"[—–-]\s*(?:Getty Images|AFP|AP|Reuters|Bloomberg)(?:\s*(?:via|/)\s*[\w ]+)?\s*$|"
    r"^(?:FILE|FILE PHOTO|TOPSHOT|EDITORS NOTE)\s*[-—–:]|"
    r"^(?:In this|This) (?:photo|image|handout|screengrab|screen grab|picture|photograph|frame grab|video grab)\b"
    r")"
)
# Getty-style caption heads: "CITY, COUNTRY - APRIL 08: ..." (looks like a dateline, is not).
GETTY_CAPTION = re.compile(r"^[A-Z][A-Z .,'’-]+ - (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}:")
# Present-tense caption verbs near the start of a one-sentence line that ends in a full date.
CAPTION_VERB = re.compile(
    r"\b(?:speaks?|attends?|walks?|arrives?|meets?|welcomes?|poses?|looks? on|stands?|sits?|gestures?|"
    r"shakes? hands|holds?|delivers?|leaves?|waits?|listens?|talks?|waves?|visits?|chairs?|participates?|"
    r"is (?:seen|pictured|shown)|are (?:seen|pictured|shown)|addresses|greets?|signs?|reacts?|"
    r"takes? part|looks?|rides?|prays?|mourns?|carr(?:y|ies)|inspects?|displays?|hold up|holds up)\b"
)
CAPTION_DATE_END = re.compile(rf"\b{_MONTHS} ?\d{{1,2}},? \d{{4}}\.?\)?$|\b\d{{1,2}} {_MONTHS},? \d{{4}}\.?$")

# Bylines: "By Name", "Posted ... by Name", "Updated 5:44 PM UTC, January 26, 2026".
BYLINE_AUTHOR = re.compile(
    r"^By\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Then|Now|Early|Late|Mid)\b)"
    r"[A-Z][\w.'’-]+\s+[A-Z]"
)
BYLINE_WHEN = re.compile(r"^(?:updated|published|posted|last updated|first published)\b.{0,120}?\b(?:\d{4}|ago)\b", _I)
# "Xinhua | Updated: 2025-07-24 09:17" and the like.
BYLINE_AGENCY = re.compile(
    r"^(?P<who>[^|\n]{2,80}?)\s*\|\s*(?:updated|published|posted)\s*:?\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:[ T](?P<time>\d{1,2}:\d{2}))?",
    _I,
)
AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,4}is an? (?:[\w-]+ ){0,3}(?:fellow|writer|reporter|correspondent|editor|columnist|"
    r"journalist|contributor|producer)\b.{0,80}$"
)
