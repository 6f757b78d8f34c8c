"""Country-pair indices over event records: the dyad time series and the most active pairs.

Counts are of event records (one per real-world event, however many articles report
it), negated records left out. A *mutual* record (one act of both sides: "India and
Russia signed …") counts once for the pair and once in each direction.

Per period and pair (``dyad``), and per pair over a span (``pairs``):

- ``records``; ``verbal_coop`` (VC), ``material_coop`` (MC), ``verbal_conflict`` (VK),
  ``material_conflict`` (MK): records by CAMEO quad class 1–4;
- ``goldstein_mean`` and ``goldstein_sum``: the Goldstein scores of the records;
- ``coop_index`` = (VC + MC − VK − MK) / (VC + MC + VK + MK): net cooperation, from −1
  (all conflict) to +1 (all cooperation), None without records;
- ``goldstein_index`` = Σ goldstein / (10 × records): the same on the Goldstein scale,
  from −1 to +1, so a war weighs more than a protest note;
- per direction (``a_to_b``, ``b_to_a``: records, coop index, Goldstein mean) and the
  ``asymmetry`` = coop index A→B − coop index B→A: positive when A is the friendlier
  side (None unless both directions have records).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..query import FREQS, Filters, checked, parse_dyad
from .grouping import pair_key
from .listing import page, rows

if TYPE_CHECKING:
    from ..store import Store

#: Short column labels for a dyad table on a terminal.
SHORT_NAMES = {
    "a_to_b": "a>b",
    "b_to_a": "b>a",
    "verbal_coop": "VC",
    "material_coop": "MC",
    "verbal_conflict": "VK",
    "material_conflict": "MK",
    "goldstein_mean": "gold_mean",
    "goldstein_sum": "gold_sum",
    "coop_index": "coop",
    "goldstein_index": "gold_idx",
    "asymmetry": "asym",
}

#: A record counted in the series: in a current article, not negated, dated.
COUNTED = "r.mentions > 0 AND NOT r.negated AND r.day IS NOT NULL"


_QUADS = (
    (1, "verbal_coop"),
    (2, "material_coop"),
    (3, "verbal_conflict"),
    (4, "material_conflict"),
)


def _n(where: str = "TRUE") -> str:
    """The records of the grouped rows ``d`` that satisfy ``where``."""
    return f"coalesce(sum(n) FILTER (WHERE {where}), 0)::BIGINT"


def _quads() -> str:
    return ", ".join(f"{_n(f'q = {q}')} AS {name}" for q, name in _QUADS)


def _index(where: str = "TRUE") -> str:
    """Net cooperation over the grouped rows that satisfy ``where`` (None without any)."""
    return (
        f"round(({_n(f'({where}) AND q IN (1, 2)')} - {_n(f'({where}) AND q IN (3, 4)')})"
        f"::DOUBLE / nullif({_n(f'({where}) AND q BETWEEN 1 AND 4')}, 0), 3)"
    )


def dyad(
    store: Store,
    a: str,
    b: str,
    *,
    freq: str = "month",
    since: str | None = None,
    until: str | None = None,
    min_confidence: float | None = None,
) -> list[dict[str, Any]]:
    """The A–B series: one row per period from the first to the last record (or over
    since..until), empty periods included, with ``period``, ``start``, ``records``,
    ``mutual``, the quad counts, ``goldstein_mean``, ``goldstein_sum``, ``coop_index``,
    ``goldstein_index``, ``a_to_b``, ``b_to_a``, ``coop_a_to_b``, ``coop_b_to_a``,
    ``goldstein_a_to_b``, ``goldstein_b_to_a`` and ``asymmetry`` (see the module
    docstring). Bounded: one row per period of the span asked for. ``min_confidence``: only
    records whose most confident mention reaches it."""
    if freq not in FREQS:
        raise UsageError(f"unknown --freq {freq!r}; use {', '.join(FREQS)}")
    f = checked(Filters(dyad=f"{a}-{b}", since=since, until=until, min_confidence=min_confidence))
    assert f.dyad is not None
    a, b = parse_dyad(f.dyad)
    unit, step, label = FREQS[freq]
    clauses = [COUNTED, "r.pair = ?"]
    params: list[Any] = [pair_key(a, b)]
    if f.min_confidence:
        clauses.append("coalesce(r.confidence, 1.0) >= ?")
        params.append(f.min_confidence)
    if f.since:
        clauses.append("r.day >= ?::DATE")
        params.append(f.since)
    if f.until:
        clauses.append("r.day <= ?::DATE")
        params.append(f.until)
    lo = f"date_trunc('{unit}', ?::DATE)::DATE" if f.since else "p0"
    hi = f"date_trunc('{unit}', ?::DATE)::DATE" if f.until else "p1"
    bounds = [x for x in (f.since, f.until) if x]
    # one pass groups the pair's records by period, quad class, mutuality and direction;
    # every figure is then a sum over those few groups
    sql = f"""
        WITH g AS MATERIALIZED (
            SELECT date_trunc('{unit}', r.day)::DATE AS p, r.quad_class AS q, r.mutual AS m,
                   r.source_country = ? AS from_a, count(*) AS n, sum(r.goldstein) AS gs
            FROM records r WHERE {" AND ".join(clauses)}
            GROUP BY ALL
        ),
        d AS (
            SELECT *, m OR from_a AS ab, m OR NOT from_a AS ba FROM g
        ),
        periods AS (
            SELECT unnest(generate_series({lo}, {hi}, INTERVAL {step}))::DATE AS p
            FROM (SELECT min(p) AS p0, max(p) AS p1 FROM g)
        )
        SELECT {label} AS period, p AS start, {_n()} AS records,
               {_n("m")} AS mutual, {_quads()},
               round(sum(gs) / nullif({_n()}, 0), 2) AS goldstein_mean,
               round(coalesce(sum(gs), 0), 1) AS goldstein_sum,
               {_index()} AS coop_index,
               round(sum(gs) / (10.0 * nullif({_n()}, 0)), 3) AS goldstein_index,
               {_n("ab")} AS a_to_b,
               {_n("ba")} AS b_to_a,
               {_index("ab")} AS coop_a_to_b,
               {_index("ba")} AS coop_b_to_a,
               round(sum(gs) FILTER (WHERE ab) / nullif({_n("ab")}, 0), 2) AS goldstein_a_to_b,
               round(sum(gs) FILTER (WHERE ba) / nullif({_n("ba")}, 0), 2) AS goldstein_b_to_a
        FROM periods LEFT JOIN d USING (p)
        GROUP BY p ORDER BY p
    """
    result = rows(store, sql, [a, *params, *bounds])
    for row in result:
        ca, cb = row["coop_a_to_b"], row["coop_b_to_a"]
        row["asymmetry"] = round(ca - cb, 3) if ca is not None and cb is not None else None
    return result


def pairs(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    min_confidence: float | None = None,
    limit: int = 20,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """The most active country pairs over since..until (or all records), most records
    first: ``a``, ``b`` (in alphabetical order), ``records``, ``mentions``, the quad
    counts, ``conflict_share`` (VK + MK over records), ``coop_index``,
    ``goldstein_mean``, ``first_day``, ``last_day``. ``country``: only its pairs."""
    f = checked(Filters(since=since, until=until, country=country, min_confidence=min_confidence))
    clauses = [
        COUNTED,
        "r.pair IS NOT NULL",
        "r.source_country <> r.target_country",
    ]
    params: list[Any] = []
    if f.min_confidence:
        clauses.append("coalesce(r.confidence, 1.0) >= ?")
        params.append(f.min_confidence)
    if f.since:
        clauses.append("r.day >= ?::DATE")
        params.append(f.since)
    if f.until:
        clauses.append("r.day <= ?::DATE")
        params.append(f.until)
    if f.country:
        clauses.append("(r.source_country = ? OR r.target_country = ?)")
        params += [f.country, f.country]
    sql = f"""
        WITH d AS MATERIALIZED (
            SELECT r.pair, r.quad_class AS q, count(*) AS n, sum(r.mentions) AS mentions,
                   sum(r.goldstein) AS gs, min(r.day) AS d0, max(r.day) AS d1,
                   any_value(least(r.source_country, r.target_country)) AS a,
                   any_value(greatest(r.source_country, r.target_country)) AS b
            FROM records r WHERE {" AND ".join(clauses)}
            GROUP BY r.pair, r.quad_class
        )
        SELECT any_value(a) AS a, any_value(b) AS b, {_n()} AS records, sum(mentions)::BIGINT AS mentions, {_quads()},
               round({_n("q IN (3, 4)")} / {_n()}, 3) AS conflict_share,
               {_index()} AS coop_index, round(sum(gs) / {_n()}, 2) AS goldstein_mean,
               min(d0) AS first_day, max(d1) AS last_day
        FROM d GROUP BY pair ORDER BY records DESC, a, b
    """
    return rows(store, sql + page(limit, offset), params)
