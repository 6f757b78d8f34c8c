"""Running the dashboard: check the database, then serve the app with uvicorn.

The server binds to 127.0.0.1 unless told otherwise; any other address makes the
database readable by whoever can reach this machine, and ``serve`` says so.

With ``feeds`` (``serve --watch FEEDS``) the feed watch runs in a thread of the server's
process (``watch.background``) and writes through the dashboard's one connection, opened
read-write: new articles show on the dashboard and in the API as they are stored, with no
restart. SIGTERM or Ctrl-C stops the server, then the watch after its current article.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UsageError
from ..settings import Settings
from .app import create_app
from .db import Database

if TYPE_CHECKING:
    import uvicorn

    from ..pipeline import Pipeline

#: Seconds ``serve --watch`` waits, after the server stopped, for the watch to end.
WATCH_STOP_WAIT = 120.0


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
    audit: str | Path | None = None,
    audit_n: int = 100,
    audit_seed: int = 7,
    say: Callable[[str], None] = print,
    feeds: Sequence[str] = (),
    pipeline: Pipeline | None = None,
) -> str | None:
    """Serve the dashboard over the store at ``db`` until interrupted. The database is
    checked first: a missing file or one that is not a communique store is a
    ``StoreError`` (one line) before anything listens. ``cache_size`` results are kept
    while the database is held open (0: none). With ``audit`` (a sheet's path), the
    ``/audit`` pages judge its events and write the verdicts into it; a sheet that does
    not exist is drawn first (``audit_n`` events, ``audit_seed``, as ``communique audit
    sample`` draws them). With ``feeds``, watch them into the same
    database beside the server (``pipeline`` extracts; ``settings`` gives ``every`` and
    the rest) and return the signal that stopped both, if any."""
    import uvicorn

    if not 0 <= port <= 65535:
        raise UsageError(f"--port must be from 0 to 65535, got {port}")
    if min_confidence is None:
        min_confidence = (settings or Settings()).min_confidence
    if not 0 <= min_confidence <= 1:
        raise UsageError(f"--min-confidence must be between 0 and 1, got {min_confidence}")
    if query_timeout <= 0:
        raise UsageError(f"--query-timeout must be more than 0 seconds, got {query_timeout:g}")
    database = Database(
        db, query_timeout=query_timeout, cache_size=cache_size, writable=bool(feeds)
    )
    database.check()
    app = create_app(
        database,
        host=host,
        min_confidence=min_confidence,
        settings=settings,
        audit=audit,
        audit_n=audit_n,
        audit_seed=audit_seed,
    )
    shown = f"[{host}]" if ":" in host else host
    mode = f"watching {len(feeds)} feeds into it" if feeds else "read-only"
    say(f"communique dashboard on http://{shown}:{port}/ over {database.path} ({mode})")
    say(f"JSON API on http://{shown}:{port}/api/ · Ctrl-C stops the server")
    sheet = app.state.audit
    if sheet is not None:
        rows = sheet.rows()
        done = sum(r.judged for r in rows)
        how = sheet.created or f"{len(rows)} events, {done} judged"
        say(f"judging on http://{shown}:{port}/audit: {how}; verdicts are written to {sheet.path}")
    if not is_loopback(host):
        say(
            f"warning: listening on {host}: anyone who can reach this machine can read the database"
        )
    config = uvicorn.Config(
        app, host=host, port=port, log_level="warning", access_log=False, server_header=False
    )
    server = uvicorn.Server(config)
    if not feeds:
        server.run()
        return None
    return _serve_watching(server, database, feeds, pipeline, settings or Settings(), say)


def _serve_watching(
    server: uvicorn.Server,
    database: Database,
    feeds: Sequence[str],
    pipeline: Pipeline | None,
    settings: Settings,
    say: Callable[[str], None],
) -> str | None:
    """Run ``server`` with the watch of ``feeds`` beside it, writing through ``database``."""
    import datetime as dt

    from ..watch.background import BackgroundWatch

    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline(settings)

    def stamped(line: str) -> None:
        say(f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} {line}")

    job = BackgroundWatch(
        feeds,
        pipeline,
        settings.replace(db=str(database.path)),
        store=database.write,
        on_cycle=lambda report: stamped(report.line()),
        on_error=lambda exc: stamped(f"watch stopped by an error: {type(exc).__name__}: {exc}"),
    )
    say(f"watching {len(feeds)} feeds every {settings.every}")
    ended = job.beside(server.run, timeout=WATCH_STOP_WAIT)
    if not ended:
        say(f"the watch did not end within {WATCH_STOP_WAIT:g} s; the database is consistent")
    database.close()
    return job.signal
