"""Running the dashboard: check the database, then serve the app with uvicorn.

The server binds to 127.0.0.1 unless told otherwise; any other address makes the
database readable by whoever can reach this machine, and ``serve`` says so.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from pathlib import Path

from ..errors import UsageError
from ..settings import Settings
from .app import create_app
from .db import Database


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    db: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    query_timeout: float = 10.0,
    cache_size: int = 1024,
    min_confidence: float | None = None,
    settings: Settings | None = None,
    say: Callable[[str], None] = print,
) -> None:
    """Serve the dashboard over the store at ``db`` until interrupted. The database is
    checked first: a missing file or one that is not a communique store is a
    ``StoreError`` (one line) before anything listens. ``cache_size`` results are kept
    while the database is held open (0: none)."""
    import uvicorn

    if not 0 <= port <= 65535:
        raise UsageError(f"--port must be from 0 to 65535, got {port}")
    if min_confidence is None:
        min_confidence = (settings or Settings()).min_confidence
    if not 0 <= min_confidence <= 1:
        raise UsageError(f"--min-confidence must be between 0 and 1, got {min_confidence}")
    if query_timeout <= 0:
        raise UsageError(f"--query-timeout must be more than 0 seconds, got {query_timeout:g}")
    database = Database(db, query_timeout=query_timeout, cache_size=cache_size)
    database.check()
    app = create_app(database, host=host, min_confidence=min_confidence, settings=settings)
    shown = f"[{host}]" if ":" in host else host
    say(f"communique dashboard on http://{shown}:{port}/ over {database.path} (read-only)")
    say(f"JSON API on http://{shown}:{port}/api/ · Ctrl-C stops the server")
    if not is_loopback(host):
        say(
            f"warning: listening on {host}: anyone who can reach this machine can read the database"
        )
    config = uvicorn.Config(
        app, host=host, port=port, log_level="warning", access_log=False, server_header=False
    )
    uvicorn.Server(config).run()
