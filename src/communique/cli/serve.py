"""``communique serve``: the web dashboard and JSON API."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UsageError
from ..settings import Settings
from ._app import (
    ConfigOpt,
    DbOpt,
    MinConfOpt,
    _pipeline,
    _settings,
    app,
    err,
)

if TYPE_CHECKING:
    pass


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[
        str | None, typer.Option("--host", help=Settings.help("host"), show_default="127.0.0.1")
    ] = None,
    port: Annotated[
        int | None, typer.Option("--port", help=Settings.help("port"), show_default="8000")
    ] = None,
    query_timeout: Annotated[
        float | None,
        typer.Option("--query-timeout", help=Settings.help("query_timeout"), show_default="10"),
    ] = None,
    min_confidence: MinConfOpt = None,
    audit: Annotated[
        Path | None,
        typer.Option(
            "--audit",
            help="Judge the events of this sheet at /audit, writing the verdicts into it "
            "(drawn from the database first if it does not exist).",
            dir_okay=False,
        ),
    ] = None,
    audit_n: Annotated[
        int, typer.Option("--audit-n", help="Events to sample into a new --audit sheet.")
    ] = 100,
    audit_seed: Annotated[
        int, typer.Option("--audit-seed", help="Random seed of a new --audit sheet.")
    ] = 7,
    watch: Annotated[
        Path | None,
        typer.Option(
            "--watch",
            help="Also watch the feeds in this file (one URL a line) into the database, "
            "in this process: new articles show without a restart.",
        ),
    ] = None,
    every: Annotated[
        str | None,
        typer.Option("--every", help=Settings.help("every"), show_default="15m"),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Serve a web dashboard and JSON API over the database (read-only) until Ctrl-C.

    With --audit SHEET.tsv, /audit judges sampled events and writes the verdicts into the
    sheet (the one thing the dashboard writes besides --watch).

    With `--watch FEEDS` it also watches those feeds into the database, in this process
    and through the same connection; Ctrl-C or SIGTERM stops both after the current article.
    """
    from ..web import serve as run_server

    settings = _settings(
        config,
        db=db,
        host=host,
        port=port,
        query_timeout=query_timeout,
        min_confidence=min_confidence,
        every=every,
    )
    feeds: list[str] = []
    pipeline = None
    if watch is not None:
        from .. import watch as watch_mod

        watch_mod.parse_duration(settings.every, "--every")
        watch_mod.parse_duration(settings.max_backoff, "max_backoff")
        feeds = watch_mod.read_feed_list(watch)
        pipeline = _pipeline(settings)
    elif every is not None:
        raise UsageError("--every goes with --watch FEEDS")
    stopped_by = run_server(
        settings.db,
        host=settings.host,
        port=settings.port,
        query_timeout=settings.query_timeout,
        min_confidence=settings.min_confidence,
        settings=settings,
        audit=audit,
        audit_n=audit_n,
        audit_seed=audit_seed,
        say=lambda line: err.print(line, highlight=False, markup=False),
        feeds=feeds,
        pipeline=pipeline,
    )
    if stopped_by:
        err.print(f"stopped by {stopped_by}; {settings.db} is consistent", markup=False)
