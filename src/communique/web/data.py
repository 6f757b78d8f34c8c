"""What the dashboard shows, read from the store: the one module of ``web`` that knows tables.

Each function takes a ``Reader`` (``db.py``) and checked filters (``search.py``) and
returns plain rows (dicts of JSON-ready values), the same for the pages and the API.
Events are mentions (one row per sentence that reports an event, as ``communique events``
lists them); an event is named by ``id``: the first 16 characters of its article's content
hash and a digest of where it is (``event_id`` below), so a link to it stays right across
re-ingestion of the same text. Quotations and articles go through ``communique.query``.

When event records (one event however many articles report it) land in the library, the
lists here switch to them and mentions become the evidence on the event page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .. import query
from ..data import load_tsv
from ..errors import UsageError
from .db import Reader
from .search import QUADS, Page, Search, current_sql, event_order, event_where

#: An event's id, in SQL: its article and a digest of its place and fields.
EVENT_ID = (
    "left(e.article_hash, 16) || '-' || left(md5(concat_ws('|', e.sentence, e.start, "
    "e.\"end\", e.cameo, coalesce(e.source_text, ''), coalesce(e.target_text, ''))), 8)"
)
EVENT_COLUMNS = (
    f"{EVENT_ID} AS id, coalesce(e.date, CAST(e.day AS VARCHAR)) AS date, "
    "coalesce(e.source_name, e.source_text) AS source, e.source_country, e.source_sector, "
    "coalesce(e.target_name, e.target_text) AS target, e.target_country, e.target_sector, "
    "e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.trigger, "
    "e.sentence_text AS sentence, e.confidence, e.negated, e.reported, "
    "e.article_id, left(e.article_hash, 16) AS article"
)
QUOTE_COLUMNS = (
    "q.speaker_text AS speaker, q.speaker_name, q.speaker_country, q.cue, q.text, "
    "q.article_id, left(q.article_hash, 16) AS article, a.published"
)
ARTICLE_COLUMNS = (
    "left(a.hash, 16) AS article, a.id, a.title, a.published, a.url, a.outlet, "
    "(SELECT count(*) FROM events c WHERE c.article_hash = a.hash) AS n_events, "
    "(SELECT count(*) FROM quotes c WHERE c.article_hash = a.hash) AS n_quotes"
)
#: The longest series the pair page and the API draw.
MAX_PERIODS = 5000


def plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: plain(v) for k, v in row.items()} for row in rows]


@lru_cache(maxsize=1)
def _code_names() -> dict[str, str]:
    # the codebook's table read directly: ``communique.events`` would load the coder
    # (and spaCy) into the server just for these names
    return {row[0]: row[2] for row in load_tsv("cameo.tsv")}


def code_name(code: str | None) -> str:
    """The CAMEO name of a code, or an empty string."""
    return _code_names().get(code or "", "")


def _with_names(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        row["code_name"] = code_name(row.get("cameo"))
        row["quad"] = QUADS.get(row.get("quad_class") or 0, "")
    return rows


# -- lists ---------------------------------------------------------------------------------


def events_sql(s: Search, stale: tuple[str, ...]) -> tuple[str, list[Any]]:
    """The whole filtered events list as one SELECT (for pages and downloads)."""
    where, params = event_where(s, stale)
    return f"SELECT {EVENT_COLUMNS} FROM events e{where}{event_order(s)}", params


def count(r: Reader, kind: str, s: Search) -> int:
    """How many events, quotes or articles the filters select."""
    if kind == "events":
        where, params = event_where(s, r.snapshot.stale)
        sql = f"SELECT count(*) AS n FROM events e{where}"
    else:
        _, frm, params = _listed(kind, s)
        sql = f"SELECT count(*) AS n {frm}"
    return int(r.fetch(sql, params)[0]["n"])


def events(r: Reader, s: Search, page: Page) -> tuple[list[dict[str, Any]], int]:
    """One page of events and the number of events the filters select."""
    sql, params = events_sql(s, r.snapshot.stale)
    rows = _with_names(_rows(r.fetch(f"{sql} LIMIT {page.per_page} OFFSET {page.offset}", params)))
    for row in rows:
        row["link"] = f"/event/{row['id']}"
    return rows, count(r, "events", s)


def _listed(kind: str, s: Search) -> tuple[str, str, list[Any]]:
    columns = QUOTE_COLUMNS if kind == "quotes" else ARTICLE_COLUMNS
    frm, params = query.where(kind, s.filters())
    way = "DESC" if s.sort == "-date" else "ASC"
    if kind == "quotes":
        order = f"a.published {way} NULLS LAST, q.article_id, q.start"
    else:
        order = f"a.published {way} NULLS LAST, a.id"
    return f"SELECT {columns} {frm} ORDER BY {order}", frm, params


def listed_sql(kind: str, s: Search) -> tuple[str, list[Any]]:
    """The whole filtered quotes or articles list as one SELECT."""
    sql, _, params = _listed(kind, s)
    return sql, params


def quotes(r: Reader, s: Search, page: Page) -> tuple[list[dict[str, Any]], int]:
    """One page of quotations (filters: speaker, country, dyad, text, since, until, article)."""
    return _page(r, "quotes", s, page)


def articles(r: Reader, s: Search, page: Page) -> tuple[list[dict[str, Any]], int]:
    """One page of articles (filters as in ``communique articles``)."""
    return _page(r, "articles", s, page)


def _page(r: Reader, kind: str, s: Search, page: Page) -> tuple[list[dict[str, Any]], int]:
    sql, _, params = _listed(kind, s)
    rows = r.fetch(f"{sql} LIMIT {page.per_page} OFFSET {page.offset}", params)
    return _rows(rows), count(r, kind, s)


def pairs(r: Reader, s: Search, page: Page) -> tuple[list[dict[str, Any]], int]:
    """Country pairs by number of events (both directions), with the events each way,
    the mean Goldstein score, the share of conflict (quad 3-4) and the last day."""
    where, params = event_where(s, r.snapshot.stale)
    grouped = (
        "SELECT least(e.source_country, e.target_country) AS a, "
        "greatest(e.source_country, e.target_country) AS b, count(*) AS n_events, "
        "count(*) FILTER (WHERE e.source_country < e.target_country) AS a_to_b, "
        "count(*) FILTER (WHERE e.source_country > e.target_country) AS b_to_a, "
        "round(avg(e.goldstein), 2) AS goldstein, "
        "round(avg(CASE WHEN e.quad_class >= 3 THEN 1.0 ELSE 0.0 END), 3) AS conflict_share, "
        "max(e.day) AS last_day "
        f"FROM events e{where} AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL "
        "AND e.source_country <> e.target_country AND NOT e.negated GROUP BY 1, 2"
    )
    rows = r.fetch(
        f"SELECT a || '-' || b AS pair, * FROM ({grouped}) ORDER BY n_events DESC, pair "
        f"LIMIT {page.per_page} OFFSET {page.offset}",
        params,
    )
    total = r.fetch(f"SELECT count(*) AS n FROM ({grouped})", params)[0]["n"]
    return _rows(rows), int(total)


def series_sql(
    stale: tuple[str, ...], a: str, b: str, s: Search, freq: str = "month"
) -> tuple[str, list[Any]]:
    """The SQL of the pair's periods that have events: per period start, the counts and
    means ``series`` returns (``series`` adds the empty periods between)."""
    if freq not in query.FREQS:
        raise UsageError(f"freq must be one of {', '.join(query.FREQS)}, got {freq!r}")
    unit = query.FREQS[freq][0]
    where, params = event_where(replace(s, dyad=f"{a}-{b}", country=None), stale)
    sql = f"""
        SELECT date_trunc('{unit}', e.day)::DATE AS start, count(*) AS n_events,
               count(*) FILTER (WHERE e.source_country = ?) AS a_to_b,
               count(*) FILTER (WHERE e.source_country = ?) AS b_to_a,
               round(avg(e.goldstein), 2) AS goldstein,
               round(avg(e.goldstein) FILTER (WHERE e.source_country = ?), 2) AS goldstein_a_to_b,
               round(avg(e.goldstein) FILTER (WHERE e.source_country = ?), 2) AS goldstein_b_to_a,
               count(*) FILTER (WHERE e.quad_class = 1) AS verbal_coop,
               count(*) FILTER (WHERE e.quad_class = 2) AS material_coop,
               count(*) FILTER (WHERE e.quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict
        FROM events e{where} AND NOT e.negated AND e.day IS NOT NULL
        GROUP BY 1 ORDER BY 1
    """
    return sql, [a, b, a, b, *params]


def _period_start(day: dt.date, freq: str) -> dt.date:
    if freq == "week":
        return day - dt.timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    if freq == "quarter":
        return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if freq == "year":
        return dt.date(day.year, 1, 1)
    return day


def _period_label(start: dt.date, freq: str) -> str:
    if freq == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if freq == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return start.isoformat()[: {"month": 7, "year": 4}.get(freq, 10)]


def series(r: Reader, a: str, b: str, s: Search, freq: str = "month") -> list[dict[str, Any]]:
    """The pair's series, as ``query.dyad_series`` computes it: one row per period from
    the first to the last with events (or over since..until), empty ones included, with
    period, start, n_events, a_to_b, b_to_a, goldstein (mean) and counts per quad class;
    negated events left out. This search's other filters apply (code, quad,
    min_confidence, actor, text), and the mean Goldstein score each way is added
    (goldstein_a_to_b, goldstein_b_to_a). UsageError past ``MAX_PERIODS`` periods."""
    found = {row["start"]: row for row in r.fetch(*series_sql(r.snapshot.stale, a, b, s, freq))}
    if not found and not (s.since and s.until):
        return []
    first = _period_start(dt.date.fromisoformat(s.since), freq) if s.since else min(found)
    last = _period_start(dt.date.fromisoformat(s.until), freq) if s.until else max(found)
    empty = {
        k: 0
        for k in (
            "n_events",
            "a_to_b",
            "b_to_a",
            "verbal_coop",
            "material_coop",
            "verbal_conflict",
            "material_conflict",
        )
    }
    rows: list[dict[str, Any]] = []
    start = first
    while start <= last:
        if len(rows) >= MAX_PERIODS:
            raise UsageError(
                f"the series has more than {MAX_PERIODS:,} periods; use a longer freq "
                f"(week, month, quarter, year) or a shorter since..until"
            )
        row = found.get(start) or {
            **empty,
            "goldstein": None,
            "goldstein_a_to_b": None,
            "goldstein_b_to_a": None,
        }
        rows.append(
            {
                "period": _period_label(start, freq),
                "start": start.isoformat(),
                "n_events": row["n_events"],
                "a_to_b": row["a_to_b"],
                "b_to_a": row["b_to_a"],
                "goldstein": row["goldstein"],
                "goldstein_a_to_b": row["goldstein_a_to_b"],
                "goldstein_b_to_a": row["goldstein_b_to_a"],
                **{
                    k: row[k]
                    for k in (
                        "verbal_coop",
                        "material_coop",
                        "verbal_conflict",
                        "material_conflict",
                    )
                },
            }
        )
        start = _next_start(start, freq)
    return rows


def _next_start(start: dt.date, freq: str) -> dt.date:
    if freq in ("day", "week"):
        return start + dt.timedelta(days=1 if freq == "day" else 7)
    months = {"month": 1, "quarter": 3, "year": 12}[freq]
    m = start.month - 1 + months
    return dt.date(start.year + m // 12, m % 12 + 1, 1)


def period_end(start: str, freq: str) -> str:
    """The last day of the period that begins on ``start``."""
    day = dt.date.fromisoformat(start)
    months = {"month": 1, "quarter": 3, "year": 12}.get(freq)
    if months is None:
        return (day + dt.timedelta(days=6 if freq == "week" else 0)).isoformat()
    m = day.month - 1 + months
    return (dt.date(day.year + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()


# -- overview ------------------------------------------------------------------------------


def overview(r: Reader, min_confidence: float | None = None) -> dict[str, Any]:
    """What the database holds: counts (events at or above ``min_confidence``), the span
    of event days, the busiest pairs, the latest events."""
    s = Search(min_confidence=min_confidence)
    where, wparams = event_where(s, r.snapshot.stale)
    cur, params = current_sql("e", r.snapshot.stale)
    counts = r.fetch(
        "SELECT (SELECT count(*) FROM articles WHERE current) AS articles, "
        f"(SELECT count(*) FROM events e{where}) AS events, "
        f"(SELECT count(*) FROM events e WHERE {cur}) AS mentions_stored, "
        f"(SELECT count(*) FROM quotes e WHERE {cur}) AS quotes, "
        f"(SELECT count(*) FROM actors e WHERE {cur}) AS actors, "
        f"(SELECT min(day) FROM events e{where}) AS first_day, "
        f"(SELECT max(day) FROM events e{where}) AS last_day, "
        "(SELECT count(*) FROM articles WHERE NOT current) AS replaced",
        [*wparams, *params, *params, *params, *wparams, *wparams],
    )[0]
    top, n_pairs = pairs(r, s, Page(1, 10))
    latest, _ = events(r, s, Page(1, 10))
    return {
        **_rows([counts])[0],
        "min_confidence": min_confidence,
        "pairs": n_pairs,
        "top_pairs": top,
        "latest": latest,
    }
