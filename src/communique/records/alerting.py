"""Alerts: country pairs whose conflict in a period departs from their own past.

For the period since..until (``until`` defaults to the last record day in the database)
of L days, the conflict records (quad class 3 or 4, not negated) of every country pair
are counted, and so are those of each of the ``baseline`` periods of L days just before
it. A pair is an alert when this period's count ``c`` is at least ``min_count`` and

    z = (c − mean) / max(sd, 1)  ≥  threshold

where mean and sd are over the baseline periods (a period without records counts 0).
The floor of 1 on sd keeps a pair with a flat, quiet past from alerting on one record.
Alerts come most surprising first (highest z), each with the ids of the conflict records
of the period (up to ``RECORDS_PER_ALERT``, most mentioned first).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..query import Filters, checked
from .indices import COUNTED
from .listing import page, rows

if TYPE_CHECKING:
    from ..store import Store

#: Record ids listed with an alert at most.
RECORDS_PER_ALERT = 20


def alerts(
    store: Store,
    since: str,
    *,
    until: str | None = None,
    baseline: int = 8,
    threshold: float = 3.0,
    min_count: int = 3,
    min_confidence: float | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Pairs whose conflict since..until departs from their baseline (module docstring).

    Each row: ``a``, ``b`` (alphabetical), ``conflict`` (this period's conflict records),
    ``baseline_mean``, ``baseline_sd``, ``z``, ``records`` (this period's records of the
    pair, any quad class), ``goldstein_mean`` (of the conflict records), ``since``,
    ``until``, ``record_ids`` (the conflict records behind it). ``min_confidence``: only
    records whose most confident mention reaches it.
    """
    f = checked(Filters(since=since, until=until, min_confidence=min_confidence))
    assert f.since is not None
    if baseline < 1:
        raise UsageError(f"--baseline must be at least 1 period, got {baseline}")
    start = dt.date.fromisoformat(f.since)
    if f.until:
        end = dt.date.fromisoformat(f.until)
    else:
        _, found = store.fetch(f"SELECT max(r.day) FROM records r WHERE {COUNTED}")
        last = found[0][0] if found else None
        end = max(start, last) if last else start
    if end < start:
        raise UsageError(f"--until {end} is before --since {start}")
    span = (end - start).days + 1
    first = start - dt.timedelta(days=span * baseline)
    sql = f"""
        WITH c AS MATERIALIZED (
            SELECT r.pair, least(r.source_country, r.target_country) AS a,
                   greatest(r.source_country, r.target_country) AS b,
                   floor(date_diff('day', ?::DATE, r.day) / ?)::INTEGER AS w,
                   r.quad_class IN (3, 4) AS conflict, r.id, r.goldstein, r.mentions
            FROM records r
            WHERE {COUNTED} AND coalesce(r.confidence, 1.0) >= ?
              AND r.day BETWEEN ?::DATE AND ?::DATE
              AND r.pair IS NOT NULL AND r.source_country <> r.target_country
        ),
        per AS (
            SELECT pair, w, count(*) FILTER (WHERE conflict) AS k FROM c GROUP BY pair, w
        ),
        stats AS (
            SELECT pair,
                   coalesce(sum(k) FILTER (WHERE w = 0), 0) AS conflict,
                   coalesce(sum(k) FILTER (WHERE w < 0), 0) / ? AS mean,
                   coalesce(sum(k * k) FILTER (WHERE w < 0), 0) / ? AS sq
            FROM per GROUP BY pair
        ),
        scored AS (
            SELECT pair, conflict, round(mean, 2) AS baseline_mean,
                   round(sqrt(greatest(sq - mean * mean, 0)), 2) AS baseline_sd,
                   round((conflict - mean) / greatest(sqrt(greatest(sq - mean * mean, 0)), 1), 2)
                       AS z
            FROM stats
            WHERE conflict >= ?
        ),
        alerting AS (SELECT * FROM scored WHERE z >= ?),
        now AS (
            SELECT c.pair, any_value(c.a) AS a, any_value(c.b) AS b, count(*) AS records,
                   round(avg(c.goldstein) FILTER (WHERE c.conflict), 2) AS goldstein_mean,
                   list(c.id ORDER BY c.mentions DESC, c.id) FILTER (WHERE c.conflict)
                       AS record_ids
            FROM c SEMI JOIN alerting s ON s.pair = c.pair
            WHERE c.w = 0
            GROUP BY c.pair
        )
        SELECT n.a, n.b, s.conflict, s.baseline_mean, s.baseline_sd, s.z, n.records,
               n.goldstein_mean, ?::DATE AS since, ?::DATE AS until,
               n.record_ids[1:{RECORDS_PER_ALERT}] AS record_ids
        FROM alerting s JOIN now n ON n.pair = s.pair
        ORDER BY s.z DESC, s.conflict DESC, n.a, n.b
    """
    params = [start, span, f.min_confidence or 0.0, first, end, baseline, baseline,
              min_count, threshold, start, end]  # fmt: skip
    return rows(store, sql + page(limit, offset), params)
