"""``communique serve``: a local web dashboard and JSON API over a communique database.

    from communique.web import create_app, serve
    serve("communique.duckdb", host="127.0.0.1", port=8000)   # blocks; Ctrl-C stops it

The faces of one read-only view of the store:

    db.py         the read-only connection, the query time limit, the result cache
    search.py     request filters and pages, checked; the events WHERE clause
    data.py       lists, the pair series, the overview (the only module that knows tables)
    detail.py     one event, one article, with the spans to mark in their text
    coding.py     an event's sentence coded again on request (the patterns that fire)
    charts.py     the pair chart as a Vega-Lite specification
    downloads.py  a filtered list as a CSV or Parquet file
    deps.py       the parameters each address takes (shared by pages and API)
    api.py        the JSON API under /api/ (OpenAPI at /api/openapi.json)
    pages.py      the HTML pages (templates/), drawn with the vendored Vega (static/vendor/)
    app.py        the ASGI app: routes, error answers, security headers
    server.py     running it under uvicorn

Nothing is loaded from the internet: the chart libraries ship in ``static/vendor`` (their
versions, licences and checksums in its README.md).
"""

from __future__ import annotations

from .app import create_app
from .server import serve

__all__ = ["create_app", "serve"]
