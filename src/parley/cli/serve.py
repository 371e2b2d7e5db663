"""``parley serve``: the dashboard and JSON API over the store (``parley.serve``).

Binds to 127.0.0.1 unless ``--host`` says otherwise. ``POST /api/reports`` is on only
with a token (``--token`` or ``$PARLEY_TOKEN``). The options come from ``parley.settings``.
FastAPI, uvicorn and Jinja2 are imported only when the command runs: the command line is
the one shell above both interfaces, so it may start the web one (``parley.serve.run``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from parley import settings


def register(sub: Any) -> None:
    p = sub.add_parser("serve", help="a dashboard and JSON API over the store (http://127.0.0.1:8000)")
    settings.add_options(p, "db", "host", "port", "token")
    p.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> int:
    from parley.serve import run

    token = settings.value("token", args.token)
    host = settings.value("host", args.host)
    port = settings.value("port", args.port)

    def ready(url: str) -> None:
        print(f"parley: serving {args.db or 'the store'} on {url}{' (adding reports on)' if token else ''}",
              file=sys.stderr)

    run(db=args.db, host=host, port=port, token=token, on_ready=ready)
    return 0
