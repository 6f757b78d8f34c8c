"""``communique serve``: the web dashboard and JSON API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from ..settings import Settings
from ._app import (
    ConfigOpt,
    DbOpt,
    MinConfOpt,
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
    config: ConfigOpt = None,
) -> None:
    """Serve a web dashboard and JSON API over the database (read-only) until Ctrl-C."""
    from ..web import serve as run_server

    settings = _settings(
        config,
        db=db,
        host=host,
        port=port,
        query_timeout=query_timeout,
        min_confidence=min_confidence,
    )
    run_server(
        settings.db,
        host=settings.host,
        port=settings.port,
        query_timeout=settings.query_timeout,
        min_confidence=settings.min_confidence,
        settings=settings,
        say=lambda line: err.print(line, highlight=False, markup=False),
    )
