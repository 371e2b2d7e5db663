"""Every page in a real headless Chromium (Debian's ``chromium`` and ``chromium-driver``
under Selenium), served by uvicorn on a free localhost port.

Without Chromium these tests skip, except under CI (``CI=true``), where they fail: CI must
never pass by skipping the browser (``.ci/run`` installs it).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from parley import service
from parley.serve.app import create_app

from . import reports
from .conftest import TOKEN

CHROMIUM = os.environ.get("PARLEY_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("PARLEY_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,1000")


def chromium_or_skip() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not (Path(p).is_file() or shutil.which(p))]
    if not missing:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{', '.join(missing)} missing under CI: the browser tests must run there (see .ci/run)")
    pytest.skip(f"no headless Chromium here ({', '.join(missing)}): apt-get install chromium chromium-driver")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """uvicorn serving the app in a thread, on 127.0.0.1 and a free port."""

    def __init__(self, db: str, token: str | None) -> None:
        import uvicorn

        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db, token), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(15)


@pytest.fixture(scope="module")
def browser_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("browser-store")
    service.add(reports.write(root / "in"), db=str(root / "parley.db"), workers=1)
    return f"sqlite:///{root / 'parley.db'}"


@pytest.fixture(scope="module")
def server(browser_db: str) -> Iterator[Server]:
    chromium_or_skip()
    with Server(browser_db, TOKEN) as s:
        yield s


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    chromium_or_skip()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    d = webdriver.Chrome(service=DriverService(CHROMEDRIVER), options=opts)
    d.set_page_load_timeout(30)
    d.set_script_timeout(15)
    yield d
    d.quit()


def api(server: Server, path: str) -> Any:
    import httpx2

    r = httpx2.get(server.base + path, timeout=30)
    assert r.status_code == 200, path
    return r.json()


def load(driver: Any, url: str) -> list[dict[str, Any]]:
    """Open ``url``; the browser's console messages of level SEVERE it caused."""
    driver.get_log("browser")  # drop what came before
    driver.get(url)
    driver.execute_script("return document.readyState")
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def every_page(server: Server) -> list[str]:
    [proc] = api(server, "/api/processes")["processes"]
    full = api(server, f"/api/processes/{proc['id']}")
    people = {q["speaker_id"] for q in full["quotes"] if q["speaker_id"]}
    docs = {s["doc_id"] for m in full["timeline"] for s in m["sources"]}
    statements = {s["id"] for s in full["recent_statements"]}
    return ["/", f"/processes/{proc['id']}", "/timeline", "/timeline?parties=FIN,PRT&since=2031-04-01",
            "/positions", "/commitments", "/search?q=prisoners", "/search?q=sign",
            *(f"/meetings/{m['id']}" for m in full["timeline"]), *(f"/people/{p}" for p in sorted(people)),
            *(f"/statements/{s}" for s in sorted(statements)), *(f"/reports/{d}" for d in sorted(docs))]


def test_every_page_loads_without_console_errors(server: Server, driver: Any) -> None:
    pages = every_page(server)
    assert len(pages) >= 14
    for path in pages:
        errors = load(driver, server.base + path)
        assert errors == [], (path, errors)
        assert driver.find_element("css selector", "main h1").text.strip(), path
    # a page that is not there is an error page, not a crash
    load(driver, server.base + "/meetings/m-0000000000")
    assert driver.find_element("css selector", "main h1").text == "404"


HIGHLIGHTS_JS = """
const out = {}, colours = {};
for (const m of document.querySelectorAll('#report-text mark[data-item]')) {
  (out[m.dataset.item] = out[m.dataset.item] || []).push(m.textContent);
  const kind = [...m.classList].find(c => c.startsWith('k-'));
  (colours[kind] = colours[kind] || new Set()).add(getComputedStyle(m).backgroundColor);
}
const c = {};
for (const k in colours) c[k] = [...colours[k]];
return {text: document.getElementById('report-text').textContent, marks: out, colours: c};
"""


def test_each_highlight_covers_exactly_the_text_of_its_spans(server: Server, driver: Any) -> None:
    docs = sorted({p.split("/")[-1] for p in every_page(server) if p.startswith("/reports/")})
    assert len(docs) >= 3
    for doc in docs:
        data = api(server, f"/api/reports/{doc}")
        assert load(driver, f"{server.base}/reports/{doc}") == []
        got = driver.execute_script(HIGHLIGHTS_JS)
        assert got["text"] == data["text"]
        for item in data["items"]:
            key = f"{item['kind']}-{item['id']}"
            want = "".join(data["text"][s:e] for s, e in item["spans"])
            assert "".join(got["marks"].get(key, [])) == want, (doc, key)
        # one colour per kind, a different one for each kind, none transparent
        colours = got["colours"]
        assert all(len(v) == 1 for v in colours.values()), colours
        flat = [v[0] for v in colours.values()]
        assert len(set(flat)) == len(flat) and "rgba(0, 0, 0, 0)" not in flat


def test_item_links_to_its_span_and_back(server: Server, driver: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    doc = next(p for p in every_page(server) if p.startswith("/reports/"))
    data = api(server, "/api" + doc)
    item = next(i for i in data["items"] if i["kind"] == "quote")
    key = f"quote-{item['id']}"
    load(driver, server.base + doc)
    driver.find_element("css selector", f'#item-{key} a.span-link').click()
    assert driver.execute_script("return location.hash") == f"#ev-{key}-0"
    target = driver.execute_script("return document.querySelector(':target').textContent")
    assert data["text"][item["spans"][0][0]:].startswith(target)
    # and back: the text at the span links to the innermost item there
    driver.find_element("css selector", f"#ev-{key}-0 a.to-item").click()
    assert driver.execute_script("return location.hash").startswith("#item-")
    # hovering an entry of the list lights every piece of its highlight (app.js)
    ActionChains(driver).move_to_element(driver.find_element("css selector", f"#item-{key}")).perform()
    lit = driver.execute_script(f"return [...document.querySelectorAll('mark[data-item=\"{key}\"]')]"
                                ".every(m => m.classList.contains('active'))")
    assert lit is True


def test_hostile_report_renders_as_text_and_runs_nothing(server: Server, driver: Any, browser_db: str) -> None:
    doc = next(sr.source.doc_id for sr in service.iter_stored(browser_db)
               if sr.record.document.title == reports.HOSTILE_TITLE)
    meetings = [m["id"] for m in api(server, "/api/timeline")]
    for path in (f"/reports/{doc}", "/search?q=protesters", "/search?q=sign", "/processes/p-fin-prt",
                 *(f"/meetings/{m}" for m in meetings)):
        assert load(driver, server.base + path) == [], path
        assert driver.execute_script("return window.pwned === undefined") is True, path
        assert driver.execute_script(
            "return document.querySelectorAll('main script, main img, [onerror], a[href^=\"javascript:\" i]').length"
        ) == 0, path
    load(driver, f"{server.base}/reports/{doc}")
    assert driver.find_element("css selector", "h1.report-title").text == reports.HOSTILE_TITLE
    assert driver.title.startswith(reports.HOSTILE_TITLE)
    shown = driver.execute_script("return document.getElementById('report-text').textContent")
    assert "<script>window.pwned = 4</script>" in shown and '<img src=x onerror="window.pwned=5">' in shown
    assert '<a href="javascript:window.pwned=6">' in shown
    assert reports.HOSTILE_URL in driver.find_element("css selector", "main").text  # the URL as text
    # clicking the text that looks like a link goes nowhere but to its item
    driver.find_element("xpath", "//article[@id='report-text']//a[contains(., 'javascript:window.pwned=')]").click()
    assert driver.execute_script("return window.pwned === undefined && location.protocol") == "http:"


def test_timeline_svg_has_one_mark_per_meeting(server: Server, driver: Any) -> None:
    for page, twin in (("/timeline", "/api/timeline"), ("/processes/p-fin-prt", "/api/processes/p-fin-prt"),
                       ("/timeline?until=2031-04-30", "/api/timeline?until=2031-04-30")):
        data = api(server, twin)
        meetings = data["timeline"] if isinstance(data, dict) else data
        assert load(driver, server.base + page) == []
        marks = driver.execute_script(
            "return [...document.querySelectorAll('figure.timeline svg a.mark')].map(a => a.dataset.meeting)")
        assert sorted(marks) == sorted(m["id"] for m in meetings) and len(marks) == len(meetings), page
        # the marks sit in date order along the axis
        xs = driver.execute_script("return [...document.querySelectorAll('svg a.mark .dot')]"
                                   ".map(d => d.getBoundingClientRect().x)")
        assert xs == sorted(xs)


def test_filter_form_narrows_the_timeline(server: Server, driver: Any) -> None:
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    def submit() -> None:
        button = driver.find_element("css selector", "form.filters button")
        button.click()
        WebDriverWait(driver, 15).until(ec.staleness_of(button))  # the next page replaced this one

    assert load(driver, server.base + "/timeline") == []
    submit()  # every field empty: no filter
    assert "/timeline?" in driver.current_url
    assert len(driver.find_elements("css selector", "svg a.mark")) == len(api(server, "/api/timeline"))
    driver.find_element("css selector", "form.filters input[name=parties]").send_keys("FIN,PRT")
    driver.execute_script("document.querySelector('form.filters input[name=since]').value = '2031-04-01'")
    submit()
    assert "since=2031-04-01" in driver.current_url and "parties=FIN%2CPRT" in driver.current_url
    want = api(server, "/api/timeline?parties=FIN,PRT&since=2031-04-01")
    assert len(driver.find_elements("css selector", "svg a.mark")) == len(want) == 2
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []


POST_JS = """
const [url, token, body, done] = arguments;
const headers = {'Content-Type': 'application/json'};
if (token) headers['Authorization'] = 'Bearer ' + token;
fetch(url, {method: 'POST', headers, body}).then(r => r.json().then(j => done([r.status, j])))
  .catch(e => done([0, String(e)]));
"""


def test_adding_reports_needs_the_token(server: Server, driver: Any, tmp_path: Path) -> None:
    body = json.dumps({"url": "https://news.example/browser/1", "title": "Envoys meet in Helsinki",
                       "published": "2031-08-01", "text": "Envoys of Finland and Portugal met in Helsinki on Friday."})
    load(driver, server.base + "/")
    post: Callable[..., Any] = lambda tok: driver.execute_async_script(POST_JS, "/api/reports", tok, body)  # noqa: E731
    assert post(None)[0] == 401
    assert post("wrong")[0] == 401
    status, answer = post(TOKEN)
    assert status == 201 and answer["added"] == 1
    assert post(TOKEN)[1]["unchanged"] == 1
    # a server started without a token refuses
    db = f"sqlite:///{tmp_path / 'other.db'}"
    with Server(db, None) as other:
        load(driver, other.base + "/")
        status, answer = driver.execute_async_script(POST_JS, "/api/reports", TOKEN, body)
        assert status == 403 and "token" in answer["error"]
    assert service.stats(db=db)["documents"] == 0


def test_pages_read_without_javascript(server: Server, tmp_path_factory: pytest.TempPathFactory) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-nojs')}")
    opts.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    d = webdriver.Chrome(service=DriverService(CHROMEDRIVER), options=opts)
    try:
        d.get(server.base + "/processes/p-fin-prt")
        summary = d.find_element("css selector", "table.matrix details summary")
        summary.click()  # <details> opens without a script
        assert d.find_element("css selector", "table.matrix details[open] ol.history li").text
        assert len(d.find_elements("css selector", "svg a.mark")) == len(api(server, "/api/processes/p-fin-prt")["timeline"])
    finally:
        d.quit()
