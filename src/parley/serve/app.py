"""The dashboard and its JSON API: ``create_app(db, token)`` gives the ASGI app.

Every page is server-rendered HTML that reads without JavaScript, and has a JSON twin
under ``/api`` that gives exactly the data the page is drawn from (one function computes
both). Everything comes from ``parley.service``; this module knows no store and no tracker.

    /                    processes                   /api/processes
    /processes/{id}      one negotiation in full     /api/processes/{id}
    /timeline            meetings (CLI filters)      /api/timeline  (= ``parley timeline --json``)
    /positions           party x issue               /api/positions
    /commitments         agreed vs carried out       /api/commitments
    /meetings/{id}  /people/{id}  /statements/{id}   /api/meetings/{id} ...
    /reports/{doc_id}    the text, items highlighted /api/reports/{doc_id}
    /search?q=           full text                   /api/search?q=
    POST /api/reports    add reports (only with a token: 403 without one, 401 for a wrong one)
    /api/openapi.json    the API's OpenAPI description

Security: Jinja2 autoescapes every value; the report view escapes each piece of text
itself; links are made only from http(s) URLs; a Content-Security-Policy allows scripts
from ``/static`` only and no inline script or style; path and query parameters are
checked against patterns; errors are one line, never a traceback.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.exceptions import HTTPException as StarletteHTTPException

from parley import service
from parley.errors import InputError, NotFound, ParleyError, StoreError, UsageError
from parley.model import ACTS, ISSUES
from parley.serve import views

HERE = Path(__file__).parent
log = logging.getLogger("parley.serve")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

# What path and query parameters may hold.
PROCESS_ID = r"^p-[a-z0-9]+(-[a-z0-9]+)*$"
ITEM_ID = r"^[a-z]-[0-9a-f]{6,40}$"
DOC_ID = r"^[0-9a-f]{6,64}$"
DAY = r"^\d{4}-\d{2}-\d{2}$"
PARTIES = r"^[A-Za-z0-9]{2,12}(,[A-Za-z0-9]{2,12})*$"

Parties = Annotated[str | None, Query(pattern=PARTIES, max_length=200,
                                      description="comma-separated party codes that must all be at the table")]
Since = Annotated[str | None, Query(pattern=DAY, description="on or after this day (YYYY-MM-DD)")]
Until = Annotated[str | None, Query(pattern=DAY, description="on or before this day (YYYY-MM-DD)")]
ItemId = Annotated[str, PathParam(pattern=ITEM_ID, max_length=64)]
DocId = Annotated[str, PathParam(pattern=DOC_ID, max_length=64)]
ProcessId = Annotated[str, PathParam(pattern=PROCESS_ID, max_length=200)]
Q = Annotated[str, Query(max_length=200, description="words that must all be there")]
Limit = Annotated[int, Query(ge=1, le=100)]
PageLimit = Annotated[int, Query(ge=1, le=10_000, description="at most this many rows (the CLI's --limit)")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="skip this many rows first (the CLI's --offset)")]
ProcessQ = Annotated[str | None, Query(pattern=PROCESS_ID, max_length=200, description="a process id (p-...)")]


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(safe_href=views.safe_href, bar=views.bar, item_key=views.item_key, ACTS=ACTS, ISSUES=ISSUES)
    env.filters["issue"] = lambda s: (s or "").replace("_", " ")
    return env


def create_app(db: str | None = None, token: str | None = None) -> FastAPI:
    """The app over the store at ``db`` (None: ``$PARLEY_DB``, else ``./parley.db``).

    ``token``: the bearer token ``POST /api/reports`` asks for; None turns adding off (403).
    """
    env = _env()
    highlighted: dict[str, tuple[dict[str, Any], Any]] = {}  # doc id -> (the report's data, its HTML)
    encoded: dict[int, tuple[Any, bytes]] = {}  # id of a dict or list the service keeps -> (it, its JSON)

    def as_json(data: Any) -> Response:
        """``data`` as JSON; the service hands out the same objects until the store changes, so
        their encoding is kept as well (the object is held with it, so its id is not reused)."""
        hit = encoded.get(id(data))
        if hit is None or hit[0] is not data:
            body = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
            hit = encoded[id(data)] = (data, body)
            while len(encoded) > 128:
                encoded.pop(next(iter(encoded)))
        return Response(hit[1], media_type="application/json")

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        yield
        service.close_stores()

    app = FastAPI(title="parley", version="0.1.0", lifespan=lifespan,
                  description="The negotiation record kept by parley: processes, meetings, positions, "
                              "commitments and the reports they come from, each item tied to its words.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(_DropEmptyQuery)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    def page(name: str, request: Request, status: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(name).render(path=request.url.path, query=dict(request.query_params), **context)
        return HTMLResponse(html, status_code=status)

    rendered: dict[tuple[str, str], tuple[tuple[Any, ...], str]] = {}  # (template, URL) -> (the data, its HTML)

    def cached_page(name: str, request: Request, data: tuple[Any, ...],
                    context: Callable[[], dict[str, Any]]) -> HTMLResponse:
        """A page drawn from ``data`` (objects the service hands out unchanged until the store
        changes), rendered once per URL while they are the same objects (they are held with
        the HTML, so their ids are not reused)."""
        key = (name, str(request.url))
        hit = rendered.pop(key, None)
        if hit is None or len(hit[0]) != len(data) or any(a is not b for a, b in zip(hit[0], data, strict=True)):
            html = env.get_template(name).render(path=request.url.path, query=dict(request.query_params),
                                                 **context())
            hit = (data, html)
        rendered[key] = hit  # most recently used last
        while len(rendered) > 256:
            rendered.pop(next(iter(rendered)))
        return HTMLResponse(hit[1])

    # ------------------------------------------------------------ errors: one line, no traceback
    def error(request: Request, status: int, message: str) -> Response:
        message = " ".join(str(message).split())[:300]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        return page("error.html", request, status=status, status_code=status, message=message)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body"))
        return error(request, 422, f"bad parameter {where or '?'}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no page at {request.url.path}"
        response = error(request, exc.status_code, detail)
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @app.exception_handler(ParleyError)
    async def on_parley(request: Request, exc: ParleyError) -> Response:
        if isinstance(exc, NotFound):
            status = 404
        elif isinstance(exc, InputError):
            status = 413 if exc.code == "E103" else 400
        elif isinstance(exc, UsageError):
            status = 400
        elif isinstance(exc, StoreError):
            status = 503
        else:
            status = 500
        return error(request, status, f"{exc.code} {exc}")

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return error(request, 500, "internal error (the server's log has the details)")

    # ------------------------------------------------------------ processes
    def processes_data() -> dict[str, Any]:
        return {"processes": service.processes(db=db), "stats": service.stats_view(db=db)}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        data = processes_data()
        return cached_page("index.html", request, (data["processes"], data["stats"]), lambda: {"data": data})

    @app.get("/api/processes", response_class=JSONResponse, summary="The negotiation processes with their counts and latest developments")
    def api_processes() -> Response:
        return JSONResponse(processes_data())

    def process_data(pid: str) -> dict[str, Any]:
        return service.process(pid, db=db)

    @app.get("/processes/{pid}", response_class=HTMLResponse, include_in_schema=False)
    def process_page(request: Request, pid: ProcessId
                     ) -> HTMLResponse:
        data = process_data(pid)
        return cached_page("process.html", request, (data,), lambda: {
            "data": data, "svg": views.timeline_layout(data["timeline"]), "matrix": _matrix(data["positions"])})

    @app.get("/api/processes/{pid}", response_class=JSONResponse, summary="One process: timeline, positions, commitments, statements, quotes")
    def api_process(pid: ProcessId) -> Response:
        return as_json(process_data(pid))

    # ------------------------------------------------------------ timeline, positions, commitments
    # Lists come a page at a time (``limit``, ``offset``; the CLI's ``--limit``/``--offset``
    # with the same default); the JSON body is the page, ``X-Total-Count`` says how many in all.
    def paged(data: Any, total: int) -> Response:
        response = as_json(data)
        response.headers["X-Total-Count"] = str(total)
        return response

    def pager(request: Request, shown: int, total: int, offset: int, limit: int) -> dict[str, Any]:
        def link(at: int) -> str:
            return str(request.url.include_query_params(offset=at, limit=limit))

        return {"first": offset + 1 if shown else offset, "last": offset + shown, "total": total,
                "prev": link(max(0, offset - limit)) if offset > 0 else None,
                "next": link(offset + limit) if offset + shown < total else None}

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, parties: Parties = None, since: Since = None, until: Until = None,
                      process: ProcessQ = None, limit: PageLimit = service.LIST_LIMIT,
                      offset: Offset = 0) -> HTMLResponse:
        meetings, total = service.timeline_view_page(db=db, parties=parties, since=since, until=until,
                                                     process=process, limit=limit, offset=offset)
        return cached_page("timeline.html", request, (meetings,), lambda: {
            "meetings": meetings, "svg": views.timeline_layout(meetings),
            "pager": pager(request, len(meetings), total, offset, limit)})

    @app.get("/api/timeline", response_class=JSONResponse, summary="Meetings in date order: what `parley timeline --json` prints")
    def api_timeline(parties: Parties = None, since: Since = None, until: Until = None,
                     process: ProcessQ = None, limit: PageLimit = service.LIST_LIMIT, offset: Offset = 0) -> Response:
        return paged(*service.timeline_view_page(db=db, parties=parties, since=since, until=until, process=process,
                                                 limit=limit, offset=offset))

    @app.get("/positions", response_class=HTMLResponse, include_in_schema=False)
    def positions_page(request: Request, parties: Parties = None, since: Since = None, until: Until = None,
                       process: ProcessQ = None, limit: PageLimit = service.LIST_LIMIT,
                       offset: Offset = 0) -> HTMLResponse:
        found, total = service.positions_view_page(db=db, parties=parties, since=since, until=until,
                                                   process=process, limit=limit, offset=offset)
        return cached_page("positions.html", request, (found,), lambda: {
            "positions": found, "matrix": _matrix(found), "pager": pager(request, len(found), total, offset, limit)})

    @app.get("/api/positions", response_class=JSONResponse, summary="Party x issue: the latest act and how it changed")
    def api_positions(parties: Parties = None, since: Since = None, until: Until = None,
                      process: ProcessQ = None, limit: PageLimit = service.LIST_LIMIT, offset: Offset = 0) -> Response:
        return paged(*service.positions_view_page(db=db, parties=parties, since=since, until=until, process=process,
                                                  limit=limit, offset=offset))

    @app.get("/commitments", response_class=HTMLResponse, include_in_schema=False)
    def commitments_page(request: Request, parties: Parties = None, since: Since = None, until: Until = None,
                         process: ProcessQ = None, limit: PageLimit = service.LIST_LIMIT,
                         offset: Offset = 0) -> HTMLResponse:
        found, total = service.commitments_view_page(db=db, parties=parties, since=since, until=until,
                                                     process=process, limit=limit, offset=offset)
        return cached_page("commitments.html", request, (found,), lambda: {
            "commitments": found, "pager": pager(request, len(found), total, offset, limit)})

    @app.get("/api/commitments", response_class=JSONResponse, summary="Agreements and offers against the steps carried out")
    def api_commitments(parties: Parties = None, since: Since = None, until: Until = None,
                        process: ProcessQ = None, limit: PageLimit = service.LIST_LIMIT, offset: Offset = 0) -> Response:
        return paged(*service.commitments_view_page(db=db, parties=parties, since=since, until=until,
                                                    process=process, limit=limit, offset=offset))

    # ------------------------------------------------------------ one item
    @app.get("/meetings/{ident}", response_class=HTMLResponse, include_in_schema=False)
    def meeting_page(request: Request, ident: ItemId) -> HTMLResponse:
        data = service.meeting(ident, db=db)
        return cached_page("meeting.html", request, (data,), lambda: {"data": data})

    @app.get("/api/meetings/{ident}", response_class=JSONResponse, summary="One meeting, each source's values side by side")
    def api_meeting(ident: ItemId) -> Response:
        return as_json(service.meeting(ident, db=db))

    @app.get("/people/{ident}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, ident: ItemId) -> HTMLResponse:
        data = service.person(ident, db=db)
        return cached_page("person.html", request, (data,), lambda: {"data": data})

    @app.get("/api/people/{ident}", response_class=JSONResponse, summary="One person or organization across the reports")
    def api_person(ident: ItemId) -> Response:
        return as_json(service.person(ident, db=db))

    @app.get("/statements/{ident}", response_class=HTMLResponse, include_in_schema=False)
    def statement_page(request: Request, ident: ItemId) -> HTMLResponse:
        data = service.statement(ident, db=db)
        return cached_page("statement.html", request, (data,), lambda: {"data": data})

    @app.get("/api/statements/{ident}", response_class=JSONResponse, summary="One position or step, each source's values side by side")
    def api_statement(ident: ItemId) -> Response:
        return as_json(service.statement(ident, db=db))

    # ------------------------------------------------------------ reports
    @app.get("/reports/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def report_page(request: Request, doc_id: DocId) -> HTMLResponse:
        data = service.report(doc_id, db=db)
        body = highlighted.get(data["doc_id"])
        if body is None or body[0] is not data:  # the service hands out the same dict until the store changes
            body = highlighted[data["doc_id"]] = (data, views.highlight(data["text"], data["items"]))
            while len(highlighted) > 256:
                highlighted.pop(next(iter(highlighted)))
        counts: dict[str, int] = defaultdict(int)
        for item in data["items"]:
            counts[item["kind"]] += 1
        return cached_page("report.html", request, (data,), lambda: {
            "data": data, "body": body[1], "counts": dict(counts), "kinds": service.REPORT_KINDS})

    @app.get("/api/reports/{doc_id}", response_class=JSONResponse, summary="A stored report: its text and every item with its evidence spans")
    def api_report(doc_id: DocId) -> Response:
        return as_json(service.report(doc_id, db=db))

    @app.post("/api/reports", summary="Add reports: a JSON object, a JSON array or JSON Lines, each with a text",
              responses={401: {"description": "wrong or missing token"}, 403: {"description": "adding is off"}})
    async def api_add(request: Request) -> JSONResponse:
        if not token:
            return JSONResponse({"error": "adding reports is off: start the server with a token", "status": 403},
                                status_code=403)
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
            return JSONResponse({"error": "a wrong or missing token (Authorization: Bearer TOKEN)", "status": 401},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        size = int(request.headers.get("content-length") or 0)
        if size > service.MAX_POST_BYTES:
            return JSONResponse({"error": "the body is over the 5 MB limit", "status": 413}, status_code=413)
        body = await request.body()
        from starlette.concurrency import run_in_threadpool

        result = await run_in_threadpool(service.add_reports, body, db=db)
        return JSONResponse(result, status_code=201 if result["added"] else 200)

    # ------------------------------------------------------------ search
    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: Q = "") -> HTMLResponse:
        data = service.search(q, db=db)
        return cached_page("search.html", request, (data,), lambda: {"data": data, "q": q})

    @app.get("/api/search", response_class=JSONResponse, summary="Full-text search over reports and quotes")
    def api_search(q: Q = "", limit: Limit = 20) -> Response:
        return as_json(service.search(q, db=db, limit=limit))

    return app


class _DropEmptyQuery:
    """A filter form sends every field, the empty ones as ``name=``: those mean "no filter"."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            from urllib.parse import parse_qsl, urlencode

            pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            kept = [(k, v) for k, v in pairs if v.strip()]
            if len(kept) != len(pairs):
                scope = {**scope, "query_string": urlencode(kept).encode("latin-1")}
        await self.app(scope, receive, send)


def _matrix(positions: list[dict[str, Any]]) -> dict[str, Any]:
    """Positions as a party x issue grid (parties and issues in a stable order)."""
    parties = sorted({p["party"] for p in positions})
    issues = [i for i in ISSUES if any(p["issue"] == i for p in positions)]
    cells = {(p["party"], p["issue"]): p for p in positions}
    return {"parties": parties, "issues": issues, "cells": cells}
