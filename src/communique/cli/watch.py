"""Feed monitoring: ``watch`` (fetch new feed entries every cycle) and ``feeds`` (their state)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ..settings import Settings
from ._app import (
    ConfigOpt,
    DbOpt,
    DictOpt,
    LexiconOpt,
    ModelOpt,
    OutFmtOpt,
    _pipeline,
    _settings,
    _width,
    app,
    err,
)

FeedsArg = Annotated[
    Path, typer.Argument(help="A file of RSS/Atom feed or sitemap URLs, one a line.")
]
EveryOpt = Annotated[
    str | None, typer.Option("--every", help=Settings.help("every"), show_default="15m")
]


def say(line: str) -> None:
    """One cycle's line on stderr, stamped with the local time."""
    import datetime as dt

    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    err.print(f"{stamp} {line}", markup=False, highlight=False)


@app.command()
def watch(
    feeds: FeedsArg,
    db: DbOpt = None,
    every: EveryOpt = None,
    cycles: Annotated[
        int | None,
        typer.Option("--cycles", help="Stop after this many cycles (default: until a signal)."),
    ] = None,
    delay: Annotated[
        float | None,
        typer.Option("--delay", help=Settings.help("host_delay"), show_default="1.0"),
    ] = None,
    max_backoff: Annotated[
        str | None,
        typer.Option("--max-backoff", help=Settings.help("max_backoff"), show_default="1d"),
    ] = None,
    timeout: Annotated[
        float | None, typer.Option("--timeout", help=Settings.help("timeout"), show_default="20")
    ] = None,
    user_agent: Annotated[
        str | None, typer.Option("--user-agent", help=Settings.help("user_agent"))
    ] = None,
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
    actors: DictOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Watch feeds: every cycle, fetch new entries politely and store them (one log line a cycle).

    Conditional GETs (ETag / If-Modified-Since); robots.txt and a per-host delay; a failing
    feed backs off exponentially. State is kept in the database, so a restart goes on where
    it stopped. SIGTERM or Ctrl-C finishes the current article and exits.
    """
    from .. import watch as watch_mod

    if cycles is not None and cycles < 1:
        raise UsageError(f"--cycles must be at least 1, got {cycles}")
    settings = _settings(
        config,
        db=db,
        every=every,
        host_delay=delay,
        max_backoff=max_backoff,
        timeout=timeout,
        user_agent=user_agent,
        model=model,
        lexicon=lexicon,
        actors=actors,
    )
    watch_mod.parse_duration(settings.every, "--every")
    watch_mod.parse_duration(settings.max_backoff, "--max-backoff")
    urls = watch_mod.read_feed_list(feeds)
    pipeline = _pipeline(settings)
    result = watch_mod.watch(
        urls, pipeline, settings, cycles=cycles, on_cycle=lambda report: say(report.line())
    )
    if result.signal:
        err.print(f"stopped by {result.signal}; {settings.db} is consistent", markup=False)


@app.command("feeds")
def feeds_cmd(db: DbOpt = None, fmt: OutFmtOpt = "table", config: ConfigOpt = None) -> None:
    """Each watched feed's state: last check and success, failures, back-off, URLs and stored."""
    from .. import query
    from ..store import open_store
    from ..store.feeds import feed_rows

    settings = _settings(config, db=db)
    with open_store(settings.db, read_only=True, wait=settings.lock_wait) as store:
        rows = feed_rows(store)
    if fmt == "table":
        drop = ("etag", "last_modified", "last_error")
        rows = [{k: v for k, v in row.items() if k not in drop} for row in rows]
    typer.echo(query.render(rows, fmt, width=_width()), nl=False)
