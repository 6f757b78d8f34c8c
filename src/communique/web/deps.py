"""Request parameters, declared once for the API and the pages (and so in the OpenAPI
description), checked by ``search.parse_search`` and ``search.parse_page``.

Each list has its own dependency naming exactly the parameters it takes; ``known_only``
refuses any other (a misspelt ``contry=IND`` is a 400, not a silently unfiltered list)
and any parameter given twice.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, Request

from ..errors import UsageError
from .db import Database
from .search import MAX_PER_PAGE, Page, Search, parse_page, parse_search

Country = Annotated[
    str | None, Query(description="ISO 3166-1 alpha-3 code, either side (e.g. RUS).")
]
Dyad = Annotated[str | None, Query(description="Country pair, either direction (e.g. IND-RUS).")]
Source = Annotated[str | None, Query(description="Source country (ISO alpha-3).")]
Target = Annotated[str | None, Query(description="Target country (ISO alpha-3).")]
Since = Annotated[str | None, Query(description="From this day (YYYY-MM-DD), included.")]
Until = Annotated[str | None, Query(description="Up to this day (YYYY-MM-DD), included.")]
Code = Annotated[
    str | None, Query(description="CAMEO code prefix (13, 1312) or PLOVER type (THREATEN).")
]
Quad = Annotated[
    str | None,
    Query(
        description="Quad class: 1 verbal cooperation, 2 material cooperation, "
        "3 verbal conflict, 4 material conflict."
    ),
]
MinConfidence = Annotated[
    str | None,
    Query(description="Lowest coder confidence, 0 to 1 (default: the server's setting, 0.6)."),
]
Actor = Annotated[str | None, Query(description="Part of the source's or target's name.")]
Speaker = Annotated[str | None, Query(description="Part of the speaker's name (e.g. Peskov).")]
Text = Annotated[str | None, Query(description="Words that must all occur.")]
Article = Annotated[str | None, Query(description="Only this article id.")]
Mentions = Annotated[
    str | None,
    Query(description="1: the mention rows (one per reporting sentence), not event records."),
]
Sort = Annotated[str | None, Query(description="-date (newest first, default) or date.")]
PageNo = Annotated[str | None, Query(description="Page number, from 1.")]
PerPage = Annotated[str | None, Query(description=f"Rows per page, 1 to {MAX_PER_PAGE}.")]
Format = Annotated[
    str | None,
    Query(
        description="json (one page, the default), or csv or parquet: the whole filtered "
        "list as a file."
    ),
]


def _query_names(dependant: Any) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def known_only(request: Request) -> None:
    """Refuse query parameters the route does not declare, or that come twice."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    allowed = _query_names(dependant)
    for name in request.query_params:
        if name not in allowed:
            known = ", ".join(sorted(allowed)) or "none"
            raise UsageError(f"unknown parameter {name!r}; this address takes: {known}")
        if len(request.query_params.getlist(name)) > 1:
            raise UsageError(f"parameter {name!r} is given more than once")


def page(page: PageNo = None, per_page: PerPage = None) -> Page:
    return parse_page(page, per_page)


def event_search(
    request: Request,
    country: Country = None,
    dyad: Dyad = None,
    source: Source = None,
    target: Target = None,
    since: Since = None,
    until: Until = None,
    code: Code = None,
    quad: Quad = None,
    min_confidence: MinConfidence = None,
    actor: Actor = None,
    speaker: Speaker = None,
    text: Text = None,
    article: Article = None,
    sort: Sort = None,
    mentions: Mentions = None,
) -> Search:
    return _confident(request, locals())


def _confident(request: Request, params: dict[str, Any]) -> Search:
    """The search, with the server's confidence threshold when the request sets none."""
    params = {k: v for k, v in params.items() if k != "request"}
    if params.get("min_confidence") in (None, ""):
        params["min_confidence"] = str(request.app.state.min_confidence)
    return parse_search(params)


def quote_search(
    speaker: Speaker = None,
    country: Annotated[
        str | None, Query(description="The speaker's country (ISO alpha-3).")
    ] = None,
    dyad: Annotated[
        str | None,
        Query(description="Said by one side of the pair in an article naming the other."),
    ] = None,
    text: Text = None,
    since: Since = None,
    until: Until = None,
    article: Article = None,
    sort: Sort = None,
) -> Search:
    return parse_search(locals())


def article_search(
    country: Annotated[str | None, Query(description="Articles naming this country.")] = None,
    dyad: Annotated[str | None, Query(description="Articles with events between the pair.")] = None,
    code: Annotated[str | None, Query(description="Articles with an event of this code.")] = None,
    speaker: Annotated[str | None, Query(description="Articles quoting this speaker.")] = None,
    text: Text = None,
    since: Since = None,
    until: Until = None,
    sort: Sort = None,
) -> Search:
    return parse_search(locals())


def pair_search(
    request: Request,
    country: Annotated[str | None, Query(description="Pairs with this country.")] = None,
    since: Since = None,
    until: Until = None,
    code: Code = None,
    quad: Quad = None,
    min_confidence: MinConfidence = None,
    mentions: Mentions = None,
) -> Search:
    return _confident(request, locals())


def series_search(
    request: Request,
    since: Since = None,
    until: Until = None,
    code: Code = None,
    quad: Quad = None,
    min_confidence: MinConfidence = None,
    actor: Actor = None,
    text: Text = None,
    mentions: Mentions = None,
) -> Search:
    return _confident(request, locals())


def database(request: Request) -> Database:
    """The app's ``Database``."""
    db: Database = request.app.state.db
    return db


DB = Annotated[Database, Depends(database)]
Paged = Annotated[Page, Depends(page)]
EventSearch = Annotated[Search, Depends(event_search)]
QuoteSearch = Annotated[Search, Depends(quote_search)]
ArticleSearch = Annotated[Search, Depends(article_search)]
PairSearch = Annotated[Search, Depends(pair_search)]
SeriesSearch = Annotated[Search, Depends(series_search)]
