"""The JSON API under ``/api/``: the dashboard's lists and details as data.

Every list takes the filters of its page, ``page`` and ``per_page`` (at most 500), and
answers ``{"total", "page", "per_page", "pages", "items", "links"}``; with
``format=csv`` or ``format=parquet`` it answers the whole filtered list as a file. The
description of every address and parameter is at ``/api/openapi.json``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import FileResponse

from .. import query
from . import data, detail, records
from .db import Database
from .deps import (
    DB,
    ArticleSearch,
    EventSearch,
    Format,
    Paged,
    PairSearch,
    QuoteSearch,
    SeriesSearch,
)
from .downloads import check_format, download, download_rows
from .search import Page, Search, country

router = APIRouter(prefix="/api")

RecordId = Annotated[str, Path(description="An event record id, as the lists give it.")]
EventId = Annotated[str, Path(description="An event id, as the lists give it.")]
ArticleKey = Annotated[str, Path(description="An article key (16 hex), as the lists give it.")]
Pair = Annotated[str, Path(description="Two country codes, e.g. IND-RUS.")]
Freq = Annotated[str | None, Query(description="day, week, month (default), quarter or year.")]


def links(request: Request, p: Page, total: int) -> dict[str, str | None]:
    """Links to this page, the next and previous ones, and the list as files."""

    def at(**changes: Any) -> str:
        params = dict(request.query_params)
        params.update({k: str(v) for k, v in changes.items()})
        return str(request.url.replace_query_params(**params))

    pages = p.pages(total)
    return {
        "self": str(request.url),
        "next": at(page=p.page + 1) if p.page < pages else None,
        "prev": at(page=p.page - 1) if p.page > 1 else None,
        "csv": at(format="csv"),
        "parquet": at(format="parquet"),
    }


def envelope(request: Request, rows: list[dict[str, Any]], total: int, p: Page) -> dict[str, Any]:
    return {
        "total": total,
        "page": p.page,
        "per_page": p.per_page,
        "pages": p.pages(total),
        "items": rows,
        "links": links(request, p, total),
    }


@router.get("/stats", summary="What the database holds")
def stats(request: Request, db: DB) -> dict[str, Any]:
    """Counts of articles, events, quotes and actor mentions, the first and last event
    day, the number of country pairs, the ten busiest pairs and the ten latest events."""
    with db.read() as r:
        return records.overview(r, request.app.state.min_confidence)


@router.get("/events", summary="Events, filtered and paginated", response_model=None)
def events(
    request: Request,
    s: EventSearch,
    p: Paged,
    db: DB,
    format: Format = None,
) -> dict[str, Any] | FileResponse:
    """Event records, newest first (one per real-world event, with how many mentions,
    articles and sources report it, and its most confident sentence); with
    ``mentions=1`` the mention rows (one per reporting sentence)."""
    fmt = check_format(format)
    with db.read() as r:
        if fmt != "json":
            sql, params, total = records.events_file_sql(r, s)
            return download(r, sql, params, total, fmt, "mentions" if s.mentions else "events")
        rows, total = records.events_page(r, s, p)
    return envelope(request, rows, total, p)


@router.get("/records/{record_id}", summary="One event record and its mentions")
def record(record_id: RecordId, db: DB) -> dict[str, Any]:
    """The record, its mentions (the evidence, most confident first), and its most
    confident mention with the sentence cut into marked pieces (as ``/api/events/ID``)."""
    with db.read() as r:
        return records.record_detail(r, record_id)


@router.get("/events/{event_id}", summary="One mention and its evidence")
def event(event_id: EventId, db: DB) -> dict[str, Any]:
    """The event, its sentence cut into marked pieces (trigger, source, target, dates),
    the dates of its sentence, its article, and other mentions of the same event."""
    with db.read() as r:
        return detail.event(r, event_id)


@router.get("/quotes", summary="Quotations, filtered and paginated", response_model=None)
def quotes(
    request: Request,
    s: QuoteSearch,
    p: Paged,
    db: DB,
    format: Format = None,
) -> dict[str, Any] | FileResponse:
    """Quotations with their speakers, newest article first."""
    return _listed(request, "quotes", s, p, format, db)


@router.get("/articles", summary="Articles, filtered and paginated", response_model=None)
def articles(
    request: Request,
    s: ArticleSearch,
    p: Paged,
    db: DB,
    format: Format = None,
) -> dict[str, Any] | FileResponse:
    """Stored articles (current versions), newest first, with their counts of events and
    quotations."""
    return _listed(request, "articles", s, p, format, db)


@router.get("/articles/{key}", summary="One article, marked up")
def article(key: ArticleKey, db: DB) -> dict[str, Any]:
    """The article's text cut into pieces marked as actors, triggers, quotations, dates
    and non-body blocks, with its events, quotations, dates, actors and versions."""
    with db.read() as r:
        return detail.article(r, key)


def _listed(
    request: Request, kind: str, s: Search, p: Page, format: str | None, db: Database
) -> dict[str, Any] | FileResponse:
    fmt = check_format(format)
    with db.read() as r:
        if fmt != "json":
            sql, params = data.listed_sql(kind, s)
            return download(r, sql, params, data.count(r, kind, s), fmt, kind)
        rows, total = data.quotes(r, s, p) if kind == "quotes" else data.articles(r, s, p)
    return envelope(request, rows, total, p)


@router.get("/pairs", summary="The most active country pairs")
def pairs(
    request: Request,
    s: PairSearch,
    p: Paged,
    db: DB,
) -> dict[str, Any]:
    """Country pairs by number of event records (both directions, negated ones left out;
    ``mentions=1``: mention rows)."""
    with db.read() as r:
        rows, total = records.busiest_pairs(r, s, p)
    return envelope(request, rows, total, p)


@router.get("/dyad/{pair}", summary="A country pair's series", response_model=None)
def dyad(
    pair: Pair,
    s: SeriesSearch,
    db: DB,
    freq: Freq = None,
    format: Format = None,
) -> dict[str, Any] | FileResponse:
    """One row per period: event records (``n_events``; ``mentions=1``: mention rows),
    each way, mean Goldstein (overall and each way) and counts per quad class. Negated
    events are left out."""
    a, b = pair_series_key(pair)
    fmt = check_format(format)
    with db.read() as r:
        rows = records.pair_series(r, a, b, s, freq or "month")
    if fmt == "json":
        return {"pair": f"{a}-{b}", "freq": freq or "month", "series": rows}
    return download_rows(rows, fmt, f"dyad-{a}-{b}")


def pair_series_key(pair: str) -> tuple[str, str]:
    """``IND-RUS`` → ``("IND", "RUS")``, each side checked."""
    a, b = query.parse_dyad(pair[:20])
    return country(a, "pair") or a, country(b, "pair") or b
