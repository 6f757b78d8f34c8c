"""A stratified random sample of stored events, to judge by hand.

    sample(store, n, seed, by="root", filters=None, min_per_stratum=1) -> list[AuditRow]
    strata(store, by="root", filters=None) -> dict[stratum, events]
    allocate(sizes, n, min_per_stratum=1) -> dict[stratum, count]

The events of current article versions, narrowed by ``query.Filters`` (None: all of
them; ``communique audit sample`` passes the ``min_confidence`` setting, so it samples
the events a user would publish), are split into strata by CAMEO root (``by="root"``),
quad class (``"quad"``) or not at all (``"none"``). Each non-empty stratum first gets
``min_per_stratum`` events (when ``n`` covers that for all of them), and the rest of
``n`` is shared in proportion to the strata's sizes (largest remainders); within a
stratum the events are drawn at random. Every row carries its stratum and the stratum's
size, so ``score`` weighs each judged event by the events it stands for and the overall
precision stays unbiased when small strata are over-sampled.

Reproducible: an event's place in the draw is the MD5 of the seed and the event's own
content (article hash, trigger offsets, code, actors), so the same database, options and
seed give the same sample on any machine and Python version, and events added later do
not reshuffle the ones already there. The rows come out in draw order (random, so that a
judge does not see one root after another).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from ..errors import UsageError
from ..query import Filters, where
from ..store import Store
from .sheet import AuditRow

#: How events can be stratified, and the SQL of each stratum.
STRATA: dict[str, str] = {
    "root": "e.root",
    "quad": "CAST(e.quad_class AS VARCHAR)",
    "none": "'all'",
}

_DRAW = (
    "md5(? || '|' || e.article_hash || '|' || e.start || '|' || e.\"end\" || '|' || e.cameo"
    " || '|' || coalesce(e.source_text, '') || '|' || coalesce(e.source_code, '')"
    " || '|' || coalesce(e.target_text, '') || '|' || coalesce(e.target_code, '')"
    " || '|' || coalesce(e.sentence, -1))"
)
_COLUMNS = (
    "e.article_hash, e.article_id, a.url, a.published, e.date, e.sentence_text, e.trigger, "
    "e.source_text, e.source_name, e.source_country, e.source_sector, "
    "e.target_text, e.target_name, e.target_country, e.target_sector, "
    'e.cameo, e.quad_class, e.negated, e.reported, e.confidence, e.start, e."end", '
    "coalesce(e.speaker_name, e.speaker_text) AS speaker"
)


def allocate(sizes: dict[str, int], n: int, min_per_stratum: int = 1) -> dict[str, int]:
    """How many of ``n`` events to draw from each stratum of the given sizes.

    Each non-empty stratum gets ``min_per_stratum`` first when ``n`` covers that for all
    of them; the rest goes in proportion to size (largest remainders, ties by stratum
    name), never more than a stratum holds. ``n`` at or above the total takes all."""
    if n < 0 or min_per_stratum < 0:
        raise UsageError("the sample size and the minimum per stratum must not be negative")
    strata = {k: v for k, v in sizes.items() if v > 0}
    total = sum(strata.values())
    if n >= total:
        return dict(strata)
    floor = min_per_stratum if min_per_stratum * len(strata) <= n else 0
    take = {k: min(v, floor) for k, v in strata.items()}
    while sum(take.values()) < n:
        left = n - sum(take.values())
        room = {k: strata[k] - take[k] for k in strata if strata[k] > take[k]}
        weight = sum(strata[k] for k in room)
        shares = {k: left * strata[k] / weight for k in room}
        whole = {k: min(room[k], int(shares[k])) for k in room}
        if sum(whole.values()) == 0:  # hand out the remainders, largest first
            order = sorted(room, key=lambda k: (-(shares[k] - int(shares[k])), k))
            for k in order[:left]:
                whole[k] = 1
        for k, v in whole.items():
            take[k] += v
    return take


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def strata(store: Store, by: str = "root", filters: Filters | None = None) -> dict[str, int]:
    """How many events (as ``filters`` select them) each stratum holds."""
    if by not in STRATA:
        raise UsageError(f"unknown stratification {by!r}; use {', '.join(STRATA)}")
    frm, params = where("events", filters or Filters())
    _, counted = store.fetch(f"SELECT {STRATA[by]} AS s, count(*) {frm} GROUP BY s", params)
    return {str(s): int(c) for s, c in counted}


def sample(
    store: Store,
    n: int,
    seed: int,
    *,
    by: str = "root",
    filters: Filters | None = None,
    min_per_stratum: int = 1,
) -> list[AuditRow]:
    """A stratified random sample of ``n`` stored events (all of them when there are
    fewer), as unjudged sheet rows in draw order. See the module docstring."""
    if n < 1:
        raise UsageError(f"the sample size must be at least 1, got {n}")
    sizes = strata(store, by, filters)
    frm, params = where("events", filters or Filters())
    stratum = STRATA[by]
    if not sizes:
        return []
    take = allocate(sizes, n, min_per_stratum)
    chosen = [k for k, v in take.items() if v > 0]
    sql = f"""
        WITH pool AS (
            SELECT {_COLUMNS}, {stratum} AS stratum, {_DRAW} AS draw {frm}
        ), ranked AS (
            SELECT *, row_number() OVER (PARTITION BY stratum ORDER BY draw) AS k FROM pool
        ), quota AS (
            SELECT unnest(?::VARCHAR[]) AS stratum, unnest(?::INTEGER[]) AS quota
        )
        SELECT ranked.* EXCLUDE (k) FROM ranked JOIN quota USING (stratum)
        WHERE k <= quota ORDER BY draw
    """
    names, found = store.fetch(sql, [str(seed), *params, chosen, [take[k] for k in chosen]])
    rows = [dict(zip(names, (_plain(v) for v in r), strict=True)) for r in found]
    return _number([_row(r, sizes[r["stratum"]]) for r in rows])


def _row(r: dict[str, Any], size: int) -> AuditRow:
    return AuditRow(
        event_id=f"{r['article_hash'][:12]}:{r['start']}-{r['end']}",
        code=r["cameo"],
        sentence=r["sentence_text"] or "",
        trigger=r["trigger"] or "",
        source=r["source_text"],
        source_country=r["source_country"],
        source_sector=r["source_sector"],
        target=r["target_text"],
        target_country=r["target_country"],
        target_sector=r["target_sector"],
        quad_class=r["quad_class"],
        confidence=r["confidence"],
        negated=bool(r["negated"]),
        reported=bool(r["reported"]),
        speaker=r["speaker"],
        date=r["date"] or r["published"],
        article_id=r["article_id"],
        url=r["url"],
        published=r["published"],
        source_name=r["source_name"],
        target_name=r["target_name"],
        stratum=r["stratum"],
        stratum_size=size,
    )


def _number(rows: list[AuditRow]) -> list[AuditRow]:
    """Tell apart events that share a trigger: the second gets ``/2``, and so on."""
    seen: dict[str, int] = {}
    out = []
    for row in rows:
        k = seen[row.event_id] = seen.get(row.event_id, 0) + 1
        out.append(row if k == 1 else replace(row, event_id=f"{row.event_id}/{k}"))
    return out
