#!/usr/bin/env python
"""Query latency over a synthetic database of event records: dyad, alerts, pairs.

    python bench/records_scale.py                      # 10 million records, best of 3
    python bench/records_scale.py --records 1000000 --keep /tmp/big.duckdb

Builds a communique store (the real schema, by ``open_store``) and fills its
``records`` table with N synthetic event records in SQL: 10 years of days, in day order
(as a corpus ingested chronologically stores them), 120 countries drawn with a skewed
(Zipf-like) popularity so a few pairs are very busy, CAMEO codes of every quad class,
1–5 mentions each, a tenth of them mutual, a fiftieth negated. Then it times, best of
``--repeat`` runs each, the library calls the CLI and a web API make:

- ``records.dyad`` for a busy pair and a quiet one, by month over all years and by day
  over one year;
- ``records.alerts`` for the last week against its 8 previous weeks;
- ``records.pairs`` over the last month, and ``records.event_records`` (one page) for a
  pair.

Not a test: latencies depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CODES = (("040", 1, 1.0), ("036", 1, 4.0), ("057", 2, 8.0), ("073", 2, 7.4),
         ("112", 3, -2.0), ("130", 3, -4.4), ("173", 4, -5.0), ("190", 4, -10.0))  # fmt: skip


def build(path: Path, n: int) -> float:
    import pycountry

    from communique.store import open_store

    countries = sorted(c.alpha_3 for c in pycountry.countries)[:120]
    if "IND" not in countries[:10]:
        countries = ["IND", "RUS", "USA", "CHN", *[c for c in countries if c not in
                                                   ("IND", "RUS", "USA", "CHN")]][:120]  # fmt: skip
    t0 = time.perf_counter()
    with open_store(path) as store:
        con = store.connection
        con.execute("CREATE TEMP TABLE c AS SELECT unnest(?::VARCHAR[]) AS code, "
                    "generate_subscripts(?::VARCHAR[], 1) - 1 AS i", [countries, countries])  # fmt: skip
        con.execute("CREATE TEMP TABLE k AS SELECT unnest(?::VARCHAR[]) AS cameo, "
                    "unnest(?::INTEGER[]) AS quad, unnest(?::DOUBLE[]) AS g, "
                    "generate_subscripts(?::VARCHAR[], 1) - 1 AS i",
                    [[c for c, _, _ in CODES], [q for _, q, _ in CODES], [g for _, _, g in CODES],
                     [c for c, _, _ in CODES]])  # fmt: skip
        from communique.records.grouping import pair_key

        pairs = [(a, b, pair_key(a, b)) for a in countries for b in countries]
        con.execute(
            "CREATE TEMP TABLE pk AS SELECT unnest(?::VARCHAR[]) AS a, "
            "unnest(?::VARCHAR[]) AS b, unnest(?::BIGINT[]) AS pair",
            [[p[0] for p in pairs], [p[1] for p in pairs], [p[2] for p in pairs]],
        )
        m = len(countries)
        con.execute(
            f"""
            INSERT INTO records (id, key, mutual, source_code, source_name, source_country,
                target_code, target_name, target_country, pair, cameo, root, quad_class, goldstein,
                negated, day, dated, mentions, articles, stories, sources, first_seen,
                last_seen, confidence, trigger, sentence_text, article_id, url, lead, added)
            WITH r AS (
                SELECT i, floor({m} * pow(random(), 3))::INTEGER AS s,
                       floor({m} * pow(random(), 3))::INTEGER AS t,
                       floor(random() * {len(CODES)})::INTEGER AS k,
                       DATE '2016-01-01' + floor(i * 3653.0 / {n})::INTEGER AS day,
                       1 + floor(random() * 5)::INTEGER AS mentions
                FROM range({n}) AS x(i)
            )
            SELECT r.i + 1, 'D|' || cs.code || '|' || ct.code || '|' || k.cameo || '|',
                   r.i % 10 = 0, cs.code, cs.code, cs.code,
                   ct.code, ct.code, ct.code, pk.pair, k.cameo, left(k.cameo, 2), k.quad, k.g,
                   r.i % 50 = 0, r.day, true, r.mentions, r.mentions, 1,
                   1 + r.mentions // 2, r.day, r.day, 0.8, 'acted', 'A sentence.',
                   'article-' || r.i, 'https://example.org/' || r.i, r.i % 3 = 0,
                   r.day::TIMESTAMP
            FROM r JOIN c cs ON cs.i = r.s JOIN c ct ON ct.i = (CASE WHEN r.t = r.s
                THEN (r.t + 1) % {m} ELSE r.t END)
            JOIN k ON k.i = r.k
            JOIN pk ON pk.a = cs.code AND pk.b = ct.code
            ORDER BY r.i
            """
        )
        con.execute("CHECKPOINT")
    return time.perf_counter() - t0


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--records", type=int, default=10_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the database here")
    args = ap.parse_args(argv)

    from communique import records
    from communique.query import Filters
    from communique.store import open_store

    tmp = None
    if args.keep:
        path = args.keep
    else:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "scale.duckdb"
    if not path.exists():
        seconds = build(path, args.records)
        print(f"built {args.records:,} records in {seconds:.1f} s "
              f"({os.path.getsize(path) / 1e6:.0f} MB)")  # fmt: skip
    with open_store(path, read_only=True) as store:
        _, found = store.fetch("SELECT count(*), max(day) FROM records")
        n, last = found[0]
        week = (last - dt.timedelta(days=6)).isoformat()
        month = (last - dt.timedelta(days=30)).isoformat()
        year = (last - dt.timedelta(days=365)).isoformat()
        busy = records.pairs(store, since=month, limit=1)[0]
        quiet = records.pairs(store, since=month, limit=1, offset=200)[0]
        print(f"{n:,} records up to {last}; busy pair {busy['a']}-{busy['b']}, "
              f"quiet pair {quiet['a']}-{quiet['b']}")  # fmt: skip
        calls: list[tuple[str, Callable[[], Any]]] = [
            (f"dyad {busy['a']}-{busy['b']} by month, all years",
             lambda: records.dyad(store, busy["a"], busy["b"], freq="month")),
            (f"dyad {busy['a']}-{busy['b']} by day, last year",
             lambda: records.dyad(store, busy["a"], busy["b"], freq="day", since=year)),
            (f"dyad {quiet['a']}-{quiet['b']} by month, all years",
             lambda: records.dyad(store, quiet["a"], quiet["b"], freq="month")),
            ("alerts, last week vs 8 weeks before",
             lambda: records.alerts(store, week, min_count=3)),
            ("alerts, last month vs 8 months before",
             lambda: records.alerts(store, month, min_count=3)),
            ("pairs, last month (top 20)", lambda: records.pairs(store, since=month)),
            (f"event_records {busy['a']}-{busy['b']}, last week, one page of 100",
             lambda: records.event_records(
                 store, Filters(dyad=f"{busy['a']}-{busy['b']}", since=week), limit=100)),
        ]  # fmt: skip
        print(f"{'call':<58} {'best s':>8}  rows")
        for label, fn in calls:
            seconds, result = best(fn, args.repeat)
            print(f"{label:<58} {seconds:>8.3f}  {len(result)}")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
