"""The JSON API and the server-rendered pages, in-process, over a real SQLite store."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from parley import service
from parley.cli import main
from parley.serve.app import CSP, create_app

from . import reports
from .conftest import TOKEN


def _ids(client: TestClient) -> dict[str, str]:
    """One id of each kind, found through the API itself."""
    [proc] = client.get("/api/processes").json()["processes"]
    full = client.get(f"/api/processes/{proc['id']}").json()
    meeting = full["timeline"][0]
    speaker = next(q["speaker_id"] for q in full["quotes"] if q["speaker_id"])
    return {"process": proc["id"], "meeting": meeting["id"], "statement": full["commitments"][0]["id"],
            "person": speaker, "doc": meeting["sources"][0]["doc_id"]}


# ------------------------------------------------------------ every page and its twin

def test_every_page_and_its_json_twin_answer(client: TestClient) -> None:
    ids = _ids(client)
    routes = ["/", f"/processes/{ids['process']}", "/timeline", "/positions", "/commitments",
              f"/meetings/{ids['meeting']}", f"/people/{ids['person']}", f"/statements/{ids['statement']}",
              f"/reports/{ids['doc']}", "/search?q=prisoners"]
    for route in routes:
        page = client.get(route)
        assert page.status_code == 200, route
        assert page.headers["content-type"].startswith("text/html")
        api = "/api/processes" if route == "/" else "/api" + route
        twin = client.get(api)
        assert twin.status_code == 200, api
        assert twin.headers["content-type"] == "application/json"
        assert f'href="{api}"' in page.text, route  # the page links its twin


def test_the_process_page_shows_what_its_twin_gives(client: TestClient) -> None:
    ids = _ids(client)
    data = client.get(f"/api/processes/{ids['process']}").json()
    html = client.get(f"/processes/{ids['process']}").text
    assert data["sides"] == ["FIN", "PRT"] and data["meetings"] == 3
    for m in data["timeline"]:
        assert f'href="/meetings/{m["id"]}"' in html
    for p in data["positions"]:
        assert f'href="/statements/{p["statement"]}"' in html
    for c in data["commitments"]:
        assert f'href="/statements/{c["id"]}"' in html
    assert data["commitments"][0]["target"] == 500 and data["commitments"][0]["status"] == "pending"
    # the Kovic quotes of the three reports of this process (the truce report has no meeting or statement of it)
    assert sum(q["speaker"] == "Anna Kovic" for q in data["quotes"]) == 3
    # one SVG mark per meeting
    assert html.count('class="mark status-') == len(data["timeline"])


def test_api_timeline_is_what_the_cli_prints(store_db: str, client: TestClient,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    for args, query in (([], ""), (["--parties", "FIN,PRT"], "?parties=FIN,PRT"),
                        (["--since", "2031-04-01"], "?since=2031-04-01"),
                        (["--parties", "svn", "--since", "2031-05-01"], "?parties=svn&since=2031-05-01"),
                        (["--parties", "KEN"], "?parties=KEN")):
        assert main(["timeline", "--db", store_db, "--json", *args]) == 0
        printed = json.loads(capsys.readouterr().out)
        assert client.get("/api/timeline" + query).json() == printed, args
    assert len(client.get("/api/timeline").json()) == 3
    assert client.get("/api/timeline?parties=KEN").json() == []


def test_an_empty_filter_field_is_no_filter(client: TestClient) -> None:
    every = client.get("/api/timeline").json()
    assert client.get("/api/timeline?parties=&since=&until=&process=").json() == every
    assert client.get("/timeline?parties=&since=&until=&process=").status_code == 200
    assert len(client.get("/api/timeline?parties=&since=2031-04-01").json()) == 2


def test_until_and_process_filter_the_timeline(client: TestClient) -> None:
    every = client.get("/api/timeline").json()
    early = client.get("/api/timeline?until=2031-04-16").json()
    assert [m["date"] for m in early] == ["2031-03-04", "2031-04-16"]
    assert client.get("/api/timeline?process=p-fin-prt").json() == every
    assert client.get("/api/timeline?process=p-aaa-bbb").json() == []
    assert len(client.get("/api/commitments?since=2031-03-01&until=2031-03-31").json()) == 1
    assert client.get("/api/positions?until=2030-01-01").json() == []


def test_items_show_each_sources_values_and_sentences(client: TestClient) -> None:
    ids = _ids(client)
    meeting = client.get(f"/api/meetings/{ids['meeting']}").json()
    [src] = meeting["per_source"]
    assert src["values"]["place"] == "Bucharest" and src["values"]["round"] == 1
    assert any("first round" in s for s in src["sentences"])
    page = client.get(f"/meetings/{ids['meeting']}").text
    assert f'href="/reports/{src["source"]["doc_id"]}#item-meeting-{src["item_id"]}"' in page
    person = client.get(f"/api/people/{ids['person']}").json()
    assert person["name"] == "Anna Kovic" and len(person["per_source"]) >= 3
    statement = client.get(f"/api/statements/{ids['statement']}").json()
    assert statement["per_source"][0]["values"]["quantity"] == statement["quantity_text"] != ""


def test_report_items_carry_exact_spans(client: TestClient) -> None:
    ids = _ids(client)
    data = client.get(f"/api/reports/{ids['doc']}").json()
    kinds = {i["kind"] for i in data["items"]}
    assert kinds == {"actor", "meeting", "statement", "quote", "date", "quantity"}
    text = data["text"]
    quote = next(i for i in data["items"] if i["kind"] == "quote")
    assert "This is a first step" in text[slice(*quote["spans"][0])]
    qty = next(i for i in data["items"] if i["kind"] == "quantity" and "500" in i["label"])
    assert text[slice(*qty["spans"][0])] == qty["label"]
    assert any(i["tracked"] == ids["meeting"] for i in data["items"] if i["kind"] == "meeting")


# ------------------------------------------------------------ the highlighted text, server side

class _Marks(HTMLParser):
    """The article's text and, for each item, the text inside its marks in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str | None] = []
        self.inside = 0
        self.text: list[str] = []
        self.by_item: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "article" and a.get("id") == "report-text" or self.inside:
            self.inside += 1
        self.stack.append(a.get("data-item") if tag == "mark" else None)

    def handle_endtag(self, tag: str) -> None:
        if self.inside:
            self.inside -= 1
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.inside:
            return
        self.text.append(data)
        for key in self.stack:
            if key:
                self.by_item.setdefault(key, []).append(data)


def test_the_report_page_marks_each_item_at_exactly_its_spans(client: TestClient, store_db: str) -> None:
    for sr in service.iter_stored(store_db):
        doc = sr.source.doc_id
        data = client.get(f"/api/reports/{doc}").json()
        parser = _Marks()
        parser.feed(client.get(f"/reports/{doc}").text)
        assert "".join(parser.text) == data["text"]
        for item in data["items"]:
            key = f"{item['kind']}-{item['id']}"
            spans = sorted(tuple(s) for s in item["spans"] if s[1] > s[0])
            want = "".join(data["text"][s:e] for s, e in _merged(spans))
            assert "".join(parser.by_item.get(key, [])) == want, key


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def test_hostile_report_is_text_on_every_page(client: TestClient, store_db: str) -> None:
    doc = next(sr.source.doc_id for sr in service.iter_stored(store_db) if "Protesters" in sr.record.document.text)
    pages = [f"/reports/{doc}", "/search?q=protesters", "/search?q=sign", "/processes/p-fin-prt", "/timeline"]
    pages += [f"/meetings/{m['id']}" for m in client.get("/api/timeline").json()]
    for route in pages:
        html = client.get(route).text
        assert "<script>window" not in html and "<img src=x" not in html and "<b>Bold" not in html, route
        assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.I), route
        assert not re.search(r"<script(?![^>]*src=\"/static/app\.js\")", html), route
    report = client.get(f"/reports/{doc}").text
    assert "Talks &lt;script&gt;window.pwned = 1&lt;/script&gt; resume" in report
    parser = _Marks()
    parser.feed(report)
    shown = "".join(parser.text)  # the article as a browser shows it: the markup is text
    assert '<img src=x onerror="window.pwned=5">' in shown and "<script>window.pwned = 4</script>" in shown
    assert "javascript:window.pwned=3" in report  # shown as text, never a link


# ------------------------------------------------------------ adding reports

def test_post_without_a_server_token_is_forbidden(client: TestClient) -> None:
    r = client.post("/api/reports", content=json.dumps(reports.REPORTS[0]),
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "token" in r.json()["error"]


def test_post_with_a_wrong_token_is_unauthorized(fresh_db: str) -> None:
    with TestClient(create_app(fresh_db, TOKEN)) as c:
        body = json.dumps({"title": "x", "text": "Finland and Portugal met in Bucharest on Monday."})
        for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": TOKEN},
                        {"Authorization": f"Basic {TOKEN}"}):
            r = c.post("/api/reports", content=body, headers=headers)
            assert r.status_code == 401, headers
        assert service.stats(db=fresh_db)["documents"] == 4


def test_post_adds_json_and_json_lines_and_searches_them(fresh_db: str) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    one = {"url": "https://news.example/x/1", "title": "Envoys meet", "published": "2031-07-01",
           "text": "Envoys of Finland and Portugal met in Bucharest on Tuesday to discuss grain corridors."}
    two = {"url": "https://news.example/x/2", "title": "Envoys meet again", "published": "2031-07-08",
           "text": "Envoys of Finland and Portugal met again in Bucharest on Tuesday; \"grain first,\" Anna Kovic said."}
    with TestClient(create_app(fresh_db, TOKEN)) as c:
        r = c.post("/api/reports", content=json.dumps(one), headers=auth)
        assert r.status_code == 201 and r.json()["added"] == 1
        r = c.post("/api/reports", content=json.dumps(one) + "\n" + json.dumps(two) + "\n", headers=auth)
        assert r.status_code == 201 and (r.json()["added"], r.json()["unchanged"]) == (1, 1)
        assert service.stats(db=fresh_db)["documents"] == 6
        found = c.get("/api/search?q=corridors").json()
        assert [x["title"] for x in found["reports"]] == ["Envoys meet"]
        assert c.get("/api/search?q=grain first").json()["quotes"][0]["speaker"] == "Anna Kovic"


def test_a_store_failure_midway_stores_nothing_of_the_body(fresh_db: str) -> None:
    """The body's reports go in one transaction: the store refusing the second one (a real
    SQLite trigger here) leaves the first unstored too, and the answer is one line."""
    import sqlalchemy as sa

    engine = sa.create_engine(fresh_db)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.title = 'Refused' "
                             "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END")
    engine.dispose()
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = {"url": "https://news.example/t/1", "title": "Accepted", "published": "2031-07-01",
             "text": "Envoys of Finland and Portugal met in Bucharest on Tuesday to discuss grain corridors."}
    second = {"url": "https://news.example/t/2", "title": "Refused", "published": "2031-07-02",
              "text": "Envoys of Finland and Portugal met in Graz on Wednesday to discuss river barges."}
    with TestClient(create_app(fresh_db, TOKEN)) as c:
        r = c.post("/api/reports", content=json.dumps(first) + "\n" + json.dumps(second) + "\n", headers=auth)
        assert r.status_code == 503
        message = r.json()["error"]
        assert "nothing of the batch was stored" in message and "\n" not in message and "Traceback" not in message
        assert service.stats(db=fresh_db)["documents"] == 4
        assert c.get("/api/search?q=corridors").json()["reports"] == []
        # near miss: the first alone is stored
        r = c.post("/api/reports", content=json.dumps(first), headers=auth)
        assert r.status_code == 201 and r.json()["added"] == 1
    assert service.stats(db=fresh_db)["documents"] == 5


@pytest.mark.parametrize("body, status", [
    (b"", 400),
    (b"just some words", 400),
    (b'{"title": "no text here"}', 400),
    (b'{"text": "Finland and Portugal met in Bucharest."}\n{"text": broken\n', 400),
    (b'[{"text": "Finland and Portugal met in Bucharest."}, {"title": "none"}]', 400),
    (b"\xff\xfe\x00garbage", 400),
    (b'{"text": "' + b"a" * 5_100_000 + b'"}', 413),
])
def test_bad_bodies_get_one_line_and_store_nothing(fresh_db: str, body: bytes, status: int) -> None:
    with TestClient(create_app(fresh_db, TOKEN)) as c:
        r = c.post("/api/reports", content=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == status
        message = r.json()["error"]
        assert "\n" not in message and "Traceback" not in message and message
    assert service.stats(db=fresh_db)["documents"] == 4


# ------------------------------------------------------------ parameters, errors, headers

@pytest.mark.parametrize("route, status", [
    ("/meetings/m-0000000000", 404), ("/api/meetings/m-0000000000", 404), ("/meetings/..%2F..%2Fetc", 404),
    ("/meetings/<script>", 422), ("/api/people/a-XYZ", 422), ("/api/reports/not-hex", 422),
    ("/api/reports/abcdef0123456789", 404), ("/processes/p-", 422), ("/api/timeline?since=2031-13", 422),
    ("/timeline?parties=<b>", 422), ("/api/search?q=" + "x" * 300, 422), ("/api/search?limit=0&q=a", 422),
    ("/nowhere", 404), ("/api/nowhere", 404),
])
def test_bad_parameters_are_refused_in_one_line(client: TestClient, route: str, status: int) -> None:
    r = client.get(route)
    assert r.status_code == status, route
    assert "Traceback" not in r.text and "File \"" not in r.text
    if route.startswith("/api/"):
        assert "\n" not in r.json()["error"]
    else:
        assert "<script>" not in r.text.split("<main>")[1]


def test_an_internal_error_shows_no_traceback(store_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(service, "processes", boom)
    with TestClient(create_app(store_db, None), raise_server_exceptions=False) as c:
        for route in ("/", "/api/processes"):
            r = c.get(route)
            assert r.status_code == 500 and "secret" not in r.text and "Traceback" not in r.text


def test_search_takes_any_words_as_words(client: TestClient) -> None:
    assert client.get("/api/search?q=prisoners").json()["reports"]
    for q in ('"', "AND OR NOT", "prison*", "NEAR(a b)", "a:b", "')--", "   "):
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 200, q
    hit = client.get("/api/search?q=prisoners exchange").json()["reports"][0]
    assert any(matched for _, matched in hit["passage"])


def test_security_headers_and_no_cdn(client: TestClient) -> None:
    r = client.get("/")
    assert r.headers["content-security-policy"] == CSP
    assert "unsafe-inline" not in CSP and "script-src 'self'" in CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "http://" not in r.text.split("<main>")[0] and "https://" not in r.text.split("<main>")[0]
    assert client.get("/docs").status_code == 404
    spec = client.get("/api/openapi.json").json()
    assert {"/api/timeline", "/api/reports/{doc_id}", "/api/reports", "/api/search"} <= set(spec["paths"])


def test_serve_binds_to_localhost_by_default() -> None:
    from parley import settings
    from parley.cli import build_parser

    args = build_parser().parse_args(["serve"])
    # options left out fall back to the settings table (environment, then default)
    assert (settings.value("host", args.host, environ={}), settings.value("port", args.port, environ={}),
            settings.value("token", args.token, environ={})) == ("127.0.0.1", 8000, None)
