"""``parley serve``: the dashboard and JSON API over the store (``parley.serve``).

Binds to 127.0.0.1 unless ``--host`` says otherwise. ``POST /api/reports`` is on only
with a token (``--token`` or ``$PARLEY_TOKEN``). FastAPI, uvicorn and Jinja2 are imported
only when the command runs (``service.serve`` starts it: the CLI calls the service only).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

TOKEN_ENV = "PARLEY_TOKEN"


def register(sub: Any) -> None:
    from parley.cli.store import add_db_option

    p = sub.add_parser("serve", help="a dashboard and JSON API over the store (http://127.0.0.1:8000)")
    add_db_option(p)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--token", default=None,
                   help=f"bearer token that POST /api/reports asks for (default: ${TOKEN_ENV}; none: adding is off)")
    p.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> int:
    from parley import service

    token = args.token or os.environ.get(TOKEN_ENV) or None

    def ready(url: str) -> None:
        print(f"parley: serving {args.db or 'the store'} on {url}{' (adding reports on)' if token else ''}",
              file=sys.stderr)

    service.serve(db=args.db, host=args.host, port=args.port, token=token, on_ready=ready)
    return 0
