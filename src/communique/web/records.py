"""Event records on the dashboard: one row per real-world event, however many sentences
and articles report it (``communique.records``). The lists, the pair series and the
overview count records by default; ``mentions=1`` on a list gives the mention rows
(``data.py``), and a record's page shows its mentions as the evidence.

Filters mean what they mean for records in ``communique.records.listing`` (text,
speaker and article keep the records with a mention that matches), plus the dashboard's
own: ``source``/``target`` country, ``quad``, ``actor`` (a side's name or code). A
mutual record (one act of both sides) counts once for the pair and once each way, as in
``records.dyad``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from .. import query
from ..errors import NotFoundError, UsageError
from ..records.grouping import pair_key
from ..records.listing import record_where
from .data import MAX_PERIODS, _next_start, _period_label, _period_start, _rows, _with_names
from .db import Reader
from .search import Page, Search

RECORD_COLUMNS = (
    "r.id, r.day AS date, r.source_name AS source, r.source_code, r.source_country, "
    "r.source_sector, r.target_name AS target, r.target_code, r.target_country, "
    "r.target_sector, r.cameo, r.root, r.quad_class, r.goldstein, r.plover, r.mutual, "
    "r.negated, r.reported, r.mentions, r.articles, r.stories, r.sources, r.first_seen, "
    "r.last_seen, r.confidence, r.trigger, r.sentence_text AS sentence, r.article_id, "
    "left(r.article_hash, 16) AS article, r.url"
)


def where(s: Search) -> tuple[str, list[Any]]:
    """``WHERE …`` over ``records r`` for the search, and its parameters."""
    sql, params = record_where(
        query.Filters(
            country=s.country,
            dyad=s.dyad,
            since=s.since,
            until=s.until,
            code=s.code,
            speaker=s.speaker,
            text=s.text,
            article=s.article,
            min_confidence=s.min_confidence,
        )
    )
    extra: list[str] = []
    if s.source:
        extra.append("r.source_country = ?")
        params.append(s.source)
    if s.target:
        extra.append("r.target_country = ?")
        params.append(s.target)
    if s.quad is not None:
        extra.append("r.quad_class = ?")
        params.append(s.quad)
    if s.actor:
        needle = s.actor.lower()
        extra.append(
            "(contains(lower(coalesce(r.source_name, '') || ' ' || coalesce(r.source_code, '')"
            " || ' ' || coalesce(r.target_name, '') || ' ' || coalesce(r.target_code, '')), ?))"
        )
        params.append(needle)
    return sql + "".join(f" AND {c}" for c in extra), params


def _linked(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = _with_names(_rows(rows))
    for row in out:
        row["link"] = f"/record/{row['id']}"
    return out


def records_sql(s: Search) -> tuple[str, list[Any]]:
    """The whole filtered records list as one SELECT (for pages and downloads)."""
    sql, params = where(s)
    way = "DESC" if s.sort == "-date" else "ASC"
    return (
        f"SELECT {RECORD_COLUMNS} FROM records r{sql} ORDER BY r.day {way} NULLS LAST, r.id",
        params,
    )


def count(r: Reader, s: Search) -> int:
    sql, params = where(s)
    return int(r.fetch(f"SELECT count(*) AS n FROM records r{sql}", params)[0]["n"])


def records(r: Reader, s: Search, page: Page) -> tuple[list[dict[str, Any]], int]:
    """One page of event records and how many the filters select."""
    sql, params = records_sql(s)
    found = r.fetch(f"{sql} LIMIT {page.per_page} OFFSET {page.offset}", params)
    return _linked(found), count(r, s)


def record(r: Reader, record_id: str) -> dict[str, Any]:
    """One record with the ids of its mentions (the evidence), most confident first."""
    if not record_id.isdigit() or len(record_id) > 19:
        raise UsageError(f"a record id is a whole number, got {record_id!r}")
    found = r.fetch(f"SELECT {RECORD_COLUMNS} FROM records r WHERE r.id = ?", [int(record_id)])
    if not found:
        raise NotFoundError(f"no event record {record_id} in this database")
    return _linked(found)[0]


def series(r: Reader, a: str, b: str, s: Search, freq: str = "month") -> list[dict[str, Any]]:
    """The pair's series over records (the columns ``data.series`` gives, counting
    records; negated ones left out), every period from the first to the last (or over
    since..until)."""
    if freq not in query.FREQS:
        raise UsageError(f"freq must be one of {', '.join(query.FREQS)}, got {freq!r}")
    unit = query.FREQS[freq][0]
    sql, params = where(replace(s, dyad=None, country=None))
    ab, ba = "(r.mutual OR r.source_country = ?)", "(r.mutual OR r.source_country = ?)"
    found = r.fetch(
        f"""
        SELECT date_trunc('{unit}', r.day)::DATE AS start, count(*) AS n_events,
               count(*) FILTER (WHERE {ab}) AS a_to_b, count(*) FILTER (WHERE {ba}) AS b_to_a,
               round(avg(r.goldstein), 2) AS goldstein,
               round(avg(r.goldstein) FILTER (WHERE {ab}), 2) AS goldstein_a_to_b,
               round(avg(r.goldstein) FILTER (WHERE {ba}), 2) AS goldstein_b_to_a,
               count(*) FILTER (WHERE r.quad_class = 1) AS verbal_coop,
               count(*) FILTER (WHERE r.quad_class = 2) AS material_coop,
               count(*) FILTER (WHERE r.quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE r.quad_class = 4) AS material_conflict
        FROM records r{sql} AND r.pair = ? AND NOT r.negated AND r.day IS NOT NULL
        GROUP BY 1 ORDER BY 1""",
        [a, b, a, b, *params, pair_key(a, b)],
    )
    by_start = {row["start"]: row for row in found}
    if not by_start and not (s.since and s.until):
        return []
    first = _period_start(dt.date.fromisoformat(s.since), freq) if s.since else min(by_start)
    last = _period_start(dt.date.fromisoformat(s.until), freq) if s.until else max(by_start)
    out: list[dict[str, Any]] = []
    start = first
    while start <= last:
        if len(out) >= MAX_PERIODS:
            raise UsageError(
                f"the series has more than {MAX_PERIODS:,} periods; use a longer freq "
                f"(week, month, quarter, year) or a shorter since..until"
            )
        row = by_start.get(start, {})
        counts = ("n_events", "a_to_b", "b_to_a", "verbal_coop", "material_coop",
                  "verbal_conflict", "material_conflict")  # fmt: skip
        means = ("goldstein", "goldstein_a_to_b", "goldstein_b_to_a")
        out.append(
            {
                "period": _period_label(start, freq),
                "start": start.isoformat(),
                **{k: row.get(k, 0) for k in counts},
                **{k: row.get(k) for k in means},
            }
        )
        start = _next_start(start, freq)
    return out


def pairs(r: Reader, s: Search, page: Page) -> tuple[list[dict[str, Any]], int]:
    """Country pairs by number of records (negated left out), as ``data.pairs`` gives them."""
    sql, params = where(replace(s, dyad=None))
    grouped = (
        "SELECT least(r.source_country, r.target_country) AS a, "
        "greatest(r.source_country, r.target_country) AS b, count(*) AS n_events, "
        "count(*) FILTER (WHERE r.mutual OR r.source_country < r.target_country) AS a_to_b, "
        "count(*) FILTER (WHERE r.mutual OR r.source_country > r.target_country) AS b_to_a, "
        "round(avg(r.goldstein), 2) AS goldstein, "
        "round(avg(CASE WHEN r.quad_class >= 3 THEN 1.0 ELSE 0.0 END), 3) AS conflict_share, "
        "max(r.day) AS last_day "
        f"FROM records r{sql} AND r.pair IS NOT NULL "
        "AND r.source_country <> r.target_country AND NOT r.negated GROUP BY 1, 2"
    )
    rows = r.fetch(
        f"SELECT a || '-' || b AS pair, * FROM ({grouped}) ORDER BY n_events DESC, pair "
        f"LIMIT {page.per_page} OFFSET {page.offset}",
        params,
    )
    total = r.fetch(f"SELECT count(*) AS n FROM ({grouped})", params)[0]["n"]
    return _rows(rows), int(total)


def mentions_of(r: Reader, record_id: int) -> list[dict[str, Any]]:
    """The mention rows behind a record (current article versions), with their ids."""
    from .data import EVENT_COLUMNS

    found = r.fetch(
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.hash = e.article_hash "
        "AND a.current WHERE e.record = ? ORDER BY e.confidence DESC NULLS LAST, "
        "e.article_id, e.sentence, e.start LIMIT 500",
        [record_id],
    )
    rows = _with_names(_rows(found))
    for row in rows:
        row["link"] = f"/event/{row['id']}"
    return rows


def overview(r: Reader, min_confidence: float | None) -> dict[str, Any]:
    """``data.overview`` with records: their count, the busiest pairs and latest records."""
    from .data import overview as mention_overview

    o = mention_overview(r, min_confidence)
    s = Search(min_confidence=min_confidence)
    o["mentions"] = o["events"]
    o["events"] = count(r, s)
    o["top_pairs"], o["pairs"] = pairs(r, s, Page(1, 10))
    o["latest"], _ = records(r, s, Page(1, 10))
    o["alerts"] = alerts(r, o["last_day"], min_confidence)
    return o


def alerts(r: Reader, last_day: str | None, min_confidence: float | None) -> list[dict[str, Any]]:
    """``records.alerts`` over the 30 days up to the last record day (the pairs whose
    conflict departs from their own past), at most 10."""
    from ..records import alerts as find_alerts
    from ..store import Store

    if not last_day:
        return []
    since = (dt.date.fromisoformat(last_day) - dt.timedelta(days=29)).isoformat()
    store = Store(r.snapshot_path, r.cursor, True)  # the request's read-only cursor
    key = ("alerts", since, last_day, min_confidence)
    found = r.snapshot.cached(key)
    if found is None:
        found = find_alerts(store, since, until=last_day, min_confidence=min_confidence, limit=10)
        r.snapshot.keep(key, found)
    return list(found)


# -- records by default, mentions on request ----------------------------------------------


def events_page(r: Reader, s: Search, page: Page) -> tuple[list[dict[str, Any]], int]:
    """Records, or mention rows when the search asks for ``mentions``."""
    from . import data

    return data.events(r, s, page) if s.mentions else records(r, s, page)


def events_file_sql(r: Reader, s: Search) -> tuple[str, list[Any], int]:
    """The whole list's SELECT, its parameters and its length, for a download."""
    from . import data

    if s.mentions:
        sql, params = data.events_sql(s, r.snapshot.stale)
        return sql, params, data.count(r, "events", s)
    sql, params = records_sql(s)
    return sql, params, count(r, s)


def pair_series(r: Reader, a: str, b: str, s: Search, freq: str) -> list[dict[str, Any]]:
    from . import data

    return data.series(r, a, b, s, freq) if s.mentions else series(r, a, b, s, freq)


def busiest_pairs(r: Reader, s: Search, page: Page) -> tuple[list[dict[str, Any]], int]:
    from . import data

    return data.pairs(r, s, page) if s.mentions else pairs(r, s, page)


def record_detail(r: Reader, record_id: str) -> dict[str, Any]:
    """A record, its mentions (the evidence, most confident first) and its most
    confident mention with the sentence marked (``detail.event``)."""
    from .detail import event

    found = record(r, record_id)
    evidence = mentions_of(r, int(found["id"]))
    lead = event(r, evidence[0]["id"]) if evidence else None
    return {**found, "evidence": evidence, "lead": lead}
