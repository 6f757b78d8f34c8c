"""The dashboard's pages, rendered on the server with Jinja (``templates/``).

Each page reads through ``data``/``detail`` as the API does and shows the same rows; every
list is paginated and every page is a plain link (filters are query parameters), so a view
can be bookmarked or sent. Each list links to its API address and its CSV/Parquet files.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from .. import __version__
from . import charts, coding, data, detail, records
from .api import pair_series_key
from .deps import DB, ArticleSearch, EventSearch, Paged, QuoteSearch, SeriesSearch
from .search import QUADS, Page, parse_page, parse_search

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
FREQS = ("day", "week", "month", "quarter", "year")


def link(path: str, params: dict[str, Any] | None = None, **changes: Any) -> str:
    """``path`` with the non-empty ``params`` (updated by ``changes``) as its query."""
    merged = {**(params or {}), **changes}
    query = {k: str(v) for k, v in merged.items() if v not in (None, "")}
    return f"{path}?{urlencode(query)}" if query else path


def country_name(code: str) -> str:
    """The short English name of an ISO alpha-3 code (the code itself when unknown)."""
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    return (
        str(getattr(found, "common_name", None) or getattr(found, "name", code)) if found else code
    )


templates.env.filters["country_name"] = country_name
templates.env.globals.update(link=link, quads=QUADS, version=__version__, freqs=FREQS)
templates.env.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, default=str)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    try:
        return render(request, "error.html", status, status=status, message=message)
    except Exception:  # the error page itself failed: say it plainly
        return HTMLResponse(f"<h1>Error {status}</h1>", status_code=status)


def _listing(request: Request, p: Page, total: int) -> dict[str, Any]:
    """What every list template needs: its filters, page, pages, and API links."""
    params = dict(request.query_params)
    return {"params": params, "page": p, "total": total, "pages": p.pages(total)}


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, db: DB) -> HTMLResponse:
    with db.read() as r:
        o = records.overview(r, request.app.state.min_confidence)
    return render(request, "overview.html", o=o, path=str(db.path.name))


@router.get("/pairs", response_class=HTMLResponse)
def pairs(
    request: Request,
    db: DB,
    p: Paged,
    country: Annotated[str | None, Query()] = None,
    since: Annotated[str | None, Query()] = None,
    until: Annotated[str | None, Query()] = None,
) -> HTMLResponse:
    s = parse_search(
        {
            "country": country,
            "since": since,
            "until": until,
            "min_confidence": str(request.app.state.min_confidence),
        }
    )
    with db.read() as r:
        rows, total = records.busiest_pairs(r, s, p)
    return render(request, "pairs.html", rows=rows, **_listing(request, p, total))


@router.get("/dyad")
def dyad_form(pair: Annotated[str, Query()]) -> Response:
    """The pair box of the overview: /dyad?pair=ind-rus → /dyad/IND-RUS."""
    a, b = pair_series_key(pair)
    return RedirectResponse(f"/dyad/{a}-{b}", status_code=303)


@router.get("/dyad/{pair}", response_class=HTMLResponse)
def dyad(
    request: Request,
    pair: str,
    db: DB,
    s: SeriesSearch,
    freq: Annotated[str | None, Query()] = None,
    page: Annotated[str | None, Query()] = None,
    per_page: Annotated[str | None, Query()] = None,
) -> HTMLResponse:
    a, b = pair_series_key(pair)
    key = f"{a}-{b}"
    freq = freq or "month"
    p = parse_page(page, per_page, default=25)
    events_search = replace(s, dyad=key)
    with db.read() as r:
        series = records.pair_series(r, a, b, s, freq)
        rows, total = records.events_page(r, events_search, p)
    keep = {k: v for k, v in s.params().items() if k not in ("since", "until")}
    keep["freq"] = freq
    chart = charts.chart_rows(key, series, freq, keep)
    spec = charts.pair_spec(a, b, chart)
    totals = {
        k: sum(row[k] or 0 for row in series)
        for k in ("n_events", "a_to_b", "b_to_a", *charts.QUAD_COLUMNS)
    }
    return render(
        request,
        "dyad.html",
        a=a,
        b=b,
        pair=key,
        freq=freq,
        spec=spec,
        series=series,
        totals=totals,
        rows=rows,
        search=s,
        **_listing(request, p, total),
    )


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str, db: DB) -> HTMLResponse:
    with db.read() as r:
        e = detail.event(r, event_id)
    return render(request, "event.html", e=e)


@router.get("/record/{record_id}", response_class=HTMLResponse)
def record(request: Request, record_id: str, db: DB) -> HTMLResponse:
    with db.read() as r:
        rec = records.record_detail(r, record_id)
    return render(request, "record.html", rec=rec, e=rec["lead"])


@router.get("/event/{event_id}/explain", response_class=HTMLResponse)
def event_explained(request: Request, event_id: str, db: DB) -> HTMLResponse:
    """The event's sentence coded again, with the patterns that fire (``explain``)."""
    with db.read() as r:
        e = detail.find_event(r, event_id)
        published = detail.article(r, e["article"])["published"]
    text = coding.account(request.app.state, e["sentence"] or "", published)
    return render(request, "explain.html", e=e, published=published, account=text)


@router.get("/article/{key}", response_class=HTMLResponse)
def article(request: Request, key: str, db: DB) -> HTMLResponse:
    with db.read() as r:
        a = detail.article(r, key)
    return render(request, "article.html", a=a)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, db: DB, s: EventSearch, p: Paged) -> HTMLResponse:
    with db.read() as r:
        rows, total = records.events_page(r, s, p)
    return render(request, "search.html", rows=rows, search=s, **_listing(request, p, total))


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, db: DB, s: QuoteSearch, p: Paged) -> HTMLResponse:
    with db.read() as r:
        rows, total = data.quotes(r, s, p)
    return render(request, "quotes.html", rows=rows, search=s, **_listing(request, p, total))


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, db: DB, s: ArticleSearch, p: Paged) -> HTMLResponse:
    with db.read() as r:
        rows, total = data.articles(r, s, p)
    return render(request, "articles.html", rows=rows, search=s, **_listing(request, p, total))


@router.get("/api", response_class=HTMLResponse)
@router.get("/api/", response_class=HTMLResponse)
def api_index(request: Request) -> HTMLResponse:
    """The API's addresses and parameters, from its OpenAPI description."""
    spec = request.app.openapi()
    routes = [
        {
            "path": path,
            "summary": op.get("summary", ""),
            "description": op.get("description", ""),
            "params": [
                (q["name"], q.get("description", ""))
                for q in op.get("parameters", [])
                if q.get("in") == "query"
            ],
        }
        for path, ops in spec["paths"].items()
        for op in [ops.get("get", {})]
    ]
    return render(request, "api.html", routes=routes)
