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


def _quads(prefix: str = "") -> str:
    return ", ".join(
        f"count(*) FILTER (WHERE {prefix}quad_class = {q}) AS {name}"
        for q, name in (
            (1, "verbal_coop"),
            (2, "material_coop"),
            (3, "verbal_conflict"),
            (4, "material_conflict"),
        )
    )


def _index(where: str = "TRUE") -> str:
    """Net cooperation over the records that satisfy ``where`` (None without any)."""
    return (
        f"round((count(*) FILTER (WHERE ({where}) AND quad_class IN (1, 2)) - "
        f"count(*) FILTER (WHERE ({where}) AND quad_class IN (3, 4)))::DOUBLE / "
        f"nullif(count(*) FILTER (WHERE ({where}) AND quad_class BETWEEN 1 AND 4), 0), 3)"
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
    clauses = [
        COUNTED,
        "((r.source_country = ? AND r.target_country = ?) OR "
        "(r.source_country = ? AND r.target_country = ?))",
    ]
    params: list[Any] = [a, b, b, a]
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
    ab = "(s = ? AND t = ?) OR mutual"
    ba = "(s = ? AND t = ?) OR mutual"
    sql = f"""
        WITH ev AS (
            SELECT date_trunc('{unit}', r.day)::DATE AS p, r.source_country AS s,
                   r.target_country AS t, r.mutual, r.goldstein, r.quad_class
            FROM records r WHERE {" AND ".join(clauses)}
        ),
        periods AS (
            SELECT unnest(generate_series({lo}, {hi}, INTERVAL {step}))::DATE AS p
            FROM (SELECT min(p) AS p0, max(p) AS p1 FROM ev)
        )
        SELECT {label} AS period, p AS start, count(ev.s) AS records,
               count(*) FILTER (WHERE mutual) AS mutual, {_quads()},
               round(avg(goldstein), 2) AS goldstein_mean,
               round(coalesce(sum(goldstein), 0), 1) AS goldstein_sum,
               {_index()} AS coop_index,
               round(sum(goldstein) / (10.0 * nullif(count(ev.s), 0)), 3) AS goldstein_index,
               count(*) FILTER (WHERE {ab}) AS a_to_b,
               count(*) FILTER (WHERE {ba}) AS b_to_a,
               {_index(ab)} AS coop_a_to_b,
               {_index(ba)} AS coop_b_to_a,
               round(avg(goldstein) FILTER (WHERE {ab}), 2) AS goldstein_a_to_b,
               round(avg(goldstein) FILTER (WHERE {ba}), 2) AS goldstein_b_to_a
        FROM periods LEFT JOIN ev USING (p)
        GROUP BY p ORDER BY p
    """
    # the direction filters, in the order they appear: a_to_b, b_to_a, _index(ab) (three
    # uses), _index(ba) (three), goldstein_a_to_b, goldstein_b_to_a
    direction_params = [a, b, b, a, *[a, b] * 3, *[b, a] * 3, a, b, b, a]
    result = rows(store, sql, [*params, *bounds, *direction_params])
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
        "r.source_country IS NOT NULL",
        "r.target_country IS NOT NULL",
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
        SELECT least(r.source_country, r.target_country) AS a,
               greatest(r.source_country, r.target_country) AS b,
               count(*) AS records, sum(r.mentions) AS mentions, {_quads("r.")},
               round(count(*) FILTER (WHERE r.quad_class IN (3, 4))::DOUBLE / count(*), 3)
                   AS conflict_share,
               {_index()} AS coop_index,
               round(avg(r.goldstein), 2) AS goldstein_mean,
               min(r.day) AS first_day, max(r.day) AS last_day
        FROM records r WHERE {" AND ".join(clauses)}
        GROUP BY a, b ORDER BY records DESC, a, b
    """
    return rows(store, sql + page(limit, offset), params)
