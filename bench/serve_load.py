"""Load check of the dashboard's JSON API: a server on loopback over a database of a
million events, many concurrent clients, latency percentiles and errors.

    .venv/bin/python bench/serve_load.py                      # 20 clients, 30 s, 1M events
    .venv/bin/python bench/serve_load.py --no-cache           # every answer computed afresh
    .venv/bin/python bench/serve_load.py --events 200000 --seconds 10 --clients 5

The database is made by ``bench/serve_data.py`` (kept at ``--db`` and reused when it
exists with the same number of events). The server is ``communique.web.serve`` in a child
process on 127.0.0.1; the clients (asyncio + httpx, one keep-alive connection each) run
for ``--seconds`` and stop by themselves. Half the requests are ``/api/events`` (no filter,
a pair, a country, a CAMEO root, a month, pages 1-5, newest or oldest first), half
``/api/dyad/A-B`` (a pair among the 30 busiest, by week, month or quarter, sometimes over
one year). It reports requests, errors, throughput and the 50th/95th/99th percentile
latency per address, and exits 1 on any error (any answer but 200).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve_data import make_database  # noqa: E402


def _ensure(db: Path, events: int) -> None:
    if db.exists():
        try:
            con = duckdb.connect(str(db), read_only=True)
            row = con.execute(
                "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM records)"
            ).fetchone()
            con.close()
            if row and row[0] == row[1] == events:
                return
        except duckdb.Error:
            pass
    print(f"making {db} with {events:,} events…", file=sys.stderr)
    make_database(db, events)


def _pairs(db: Path, n: int = 30) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        "SELECT least(source_country, target_country) || '-' || "
        "greatest(source_country, target_country) AS p, count(*) AS n FROM events "
        "GROUP BY p ORDER BY n DESC LIMIT ?",
        [n],
    ).fetchall()
    con.close()
    return [r[0] for r in rows]


def _request(rng: random.Random, pairs: list[str]) -> tuple[str, str, dict[str, str]]:
    if rng.random() < 0.5:
        params: dict[str, str] = {"page": str(rng.randint(1, 5)), "per_page": "50"}
        kind = rng.choice(["none", "dyad", "country", "code", "month"])
        if kind == "dyad":
            params["dyad"] = rng.choice(pairs)
        elif kind == "country":
            params["country"] = rng.choice(pairs).split("-")[rng.randint(0, 1)]
        elif kind == "code":
            params["code"] = f"{rng.randint(1, 20):02d}"
        elif kind == "month":
            year, month = rng.randint(2020, 2025), rng.randint(1, 12)
            params["since"] = f"{year}-{month:02d}-01"
            params["until"] = f"{year}-{month:02d}-28"
        if rng.random() < 0.3:
            params["sort"] = "date"
        return "events", "/api/events", params
    pair = rng.choice(pairs)
    params = {"freq": rng.choice(["week", "month", "quarter"])}
    if rng.random() < 0.3:
        year = rng.randint(2020, 2025)
        params.update(since=f"{year}-01-01", until=f"{year}-12-31")
    return "dyad", f"/api/dyad/{pair}", params


async def _client(
    n: int, base: str, pairs: list[str], until: float, out: list[tuple[str, float, int]]
) -> None:
    rng = random.Random(n)
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        while time.monotonic() < until:
            kind, path, params = _request(rng, pairs)
            began = time.perf_counter()
            try:
                status = (await client.get(path, params=params)).status_code
            except httpx.HTTPError:
                status = 0
            out.append((kind, time.perf_counter() - began, status))


def _pct(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[q - 1]
        if len(values) > 1
        else values[0]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/communique-load.duckdb"))
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--no-cache", action="store_true", help="the server keeps no results")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    _ensure(args.db, args.events)
    pairs = _pairs(args.db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cache = 0 if args.no_cache else 1024
    code = (
        "from communique.web import serve; "
        f"serve({str(args.db)!r}, port={port}, cache_size={cache}, say=lambda _: None)"
    )
    server = subprocess.Popen([sys.executable, "-c", code])
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/stats", timeout=30).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        results: list[tuple[str, float, int]] = []
        until = time.monotonic() + args.seconds

        async def run() -> None:
            await asyncio.gather(
                *(_client(i, base, pairs, until, results) for i in range(args.clients))
            )

        began = time.monotonic()
        asyncio.run(run())
        took = time.monotonic() - began
    finally:
        server.terminate()
        server.wait(timeout=30)
    report: dict[str, dict[str, float]] = {}
    for kind in ("events", "dyad", "all"):
        rows = [r for r in results if kind == "all" or r[0] == kind]
        ms = [r[1] * 1000 for r in rows]
        report[kind] = {
            "requests": len(rows),
            "errors": sum(1 for r in rows if r[2] != 200),
            "per_second": round(len(rows) / took, 1),
            "p50_ms": round(_pct(ms, 50), 1),
            "p95_ms": round(_pct(ms, 95), 1),
            "p99_ms": round(_pct(ms, 99), 1),
            "max_ms": round(max(ms), 1),
        }
    print(
        f"{args.events:,} events, {args.clients} clients, {took:.0f} s, "
        f"cache {'off' if args.no_cache else 'on'}"
    )
    print(
        f"{'address':10} {'requests':>9} {'errors':>7} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}"
    )
    for kind, r in report.items():
        print(
            f"{kind:10} {r['requests']:>9,} {r['errors']:>7} {r['per_second']:>7} "
            f"{r['p50_ms']:>8} {r['p95_ms']:>8} {r['p99_ms']:>8} {r['max_ms']:>8}"
        )
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n")
    return 1 if report["all"]["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
