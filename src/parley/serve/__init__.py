"""``parley serve``: the dashboard and its JSON API over the store (see ``app.create_app``).

Imports only ``parley.service``, ``parley.model`` and ``parley.errors`` of parley's own:
everything shown comes from a service function.
"""

from __future__ import annotations

from collections.abc import Callable


def run(*, db: str | None = None, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
        on_ready: Callable[[str], None] | None = None) -> None:
    """Run the dashboard and JSON API (``parley.serve``) on uvicorn until interrupted.

    The store is opened (and migrated) first, so a bad ``db`` fails at once with its
    ``StoreError``. ``token``: the bearer token ``POST /api/reports`` asks for; None turns it off.
    ``on_ready`` is given the server's URL once the store is open, before it listens.
    """
    import uvicorn

    from parley import service
    from parley.errors import UsageError
    from parley.serve.app import create_app

    if not 0 < port < 65536:
        raise UsageError(f"port {port}: not a port")
    service.stats(db=db)
    service.FREEZE_KEPT = True  # this process is the server: what the service keeps stays out of the GC's scans
    if on_ready:
        on_ready(f"http://{host}:{port}/")
    uvicorn.run(create_app(db, token), host=host, port=port, log_level="warning", server_header=False)
