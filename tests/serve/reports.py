"""Reports written for the serve tests: invented talks (invented people; real states and cities that no report under the shared corpus names), in our own words.

``write(folder)`` saves them as JSON files (as a crawler would) and gives their paths.
``HOSTILE`` is a report whose title, text and URL carry markup and script: every page must
show it as text and run nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REPORTS: list[dict[str, Any]] = [
    {
        "url": "https://news.example/finland-portugal/round-1",
        "title": "Finland and Portugal open first round of talks in Bucharest",
        "outlet": "Test Wire", "published": "2031-03-04T10:00:00Z",
        "text": (
            "BUCHAREST, March 4 (Test Wire) - Delegations of Finland and Portugal met in Bucharest on Tuesday "
            "for the first round of talks on ending the border war, Romanian officials said.\n\n"
            "Finland's Foreign Minister Anna Kovic, who led her country's delegation, said the two sides "
            "agreed to exchange 500 prisoners each by the end of March.\n\n"
            "\"This is a first step, and we intend to keep our word,\" Kovic told reporters after the session.\n\n"
            "Portugal's chief negotiator, Petar Lenz, said his government demanded the withdrawal of "
            "Finnish troops from the river valley. The next round is planned for April."
        ),
    },
    {
        "url": "https://news.example/finland-portugal/round-2",
        "title": "Second round of Finland-Portugal talks ends in Zagreb",
        "outlet": "Daily Example", "published": "2031-04-16T18:30:00Z",
        "text": (
            "ZAGREB, April 16 (Daily Example) - Finland and Portugal held a second round of talks in Zagreb "
            "on Wednesday, mediated by Iceland.\n\n"
            "Foreign Minister Anna Kovic said 300 prisoners had been exchanged so far under the March deal.\n\n"
            "\"We have done what we promised, and we expect the same from Portugal,\" Kovic said.\n\n"
            "Portugal rejected a proposal for a ceasefire along the river, Petar Lenz told reporters."
        ),
    },
    {
        "url": "https://news.example/finland-portugal/ceasefire",
        "title": "Finland offers a 72-hour truce",
        "outlet": "Test Wire", "published": "2031-05-02T08:00:00Z",
        "text": (
            "Finland on Friday offered a 72-hour truce in the river valley, its government said.\n\n"
            "\"The guns must fall silent for the harvest,\" Prime Minister Ivo Marek said in a statement."
        ),
    },
]

HOSTILE_TITLE = "Talks <script>window.pwned = 1</script> resume <img src=x onerror=\"window.pwned=2\">"
HOSTILE_URL = "javascript:window.pwned=3"
HOSTILE: dict[str, Any] = {
    "url": HOSTILE_URL,
    "title": HOSTILE_TITLE,
    "outlet": "<b>Bold Wire</b>",
    "published": "2031-06-01T09:00:00Z",
    "text": (
        "Finland and Portugal met in Bucharest on Monday for a third round of talks, officials said.\n\n"
        "Protesters outside held signs reading <img src=x onerror=\"window.pwned=5\"> and "
        "<script>window.pwned = 4</script> as the delegations arrived.\n\n"
        "Organisers said a flyer pointed to <a href=\"javascript:window.pwned=6\">the petition</a> and to "
        "javascript:window.pwned=7 as its address.\n\n"
        "\"We will not sign <script>anything</script> today,\" Foreign Minister Anna Kovic said."
    ),
}


def write(folder: Path, *, hostile: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, r in enumerate([*REPORTS, *([HOSTILE] if hostile else [])]):
        p = folder / f"report-{i}.json"
        p.write_text(json.dumps(r), encoding="utf-8")
        out.append(p)
    return out
