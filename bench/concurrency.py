#!/usr/bin/env python
"""Readers while a writer writes, and two writers at once, on one DuckDB file.

    python bench/concurrency.py                   # 400 articles, 10 queries, two ingests
    python bench/concurrency.py --articles 400 --queries 10 --out figures.json

Needs ``../shared/bench/bbc-politics``. Two measurements, each with real processes:

1. **Queries during an ingest.** ``communique ingest`` of ``--articles`` BBC texts runs
   into a fresh database; once the file exists, one ``communique events`` query is
   started every second (``--queries`` of them, each its own process, without waiting
   for the one before). A query *answers* when it exits 0 within 15 s. Goal (issue 12):
   at least 8 of 10 answer.
2. **Two ingests at once.** Two ``communique ingest`` processes start together on two
   overlapping halves of the same texts (a third of them in both) into one fresh file.
   Goal: both exit 0, and the file holds every text exactly once: as many articles as
   the single ingest of measurement 1 stored (the BBC set repeats some texts), all
   distinct.

Not a test: timings depend on the machine and its load (the load average is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "bbc-politics"
PUBLISHED = "2005-02-01"
ANSWER_WITHIN = 15.0


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "communique.cli", *args]


def _ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    """``communique ingest`` of ``folder`` into ``db``, running; its summary on stderr."""
    argv = _cli("ingest", str(folder), "--db", str(db), "--published", PUBLISHED)
    return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _copy(texts: list[Path], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for path in texts:
        shutil.copy(path, folder / path.name)
    return folder


def _stored(db: Path) -> tuple[int, int]:
    """(articles stored, distinct content hashes) of the file."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT count(*), count(DISTINCT hash) FROM articles").fetchone()
        assert row is not None
        return int(row[0]), int(row[1])
    finally:
        con.close()


def queries_during_ingest(texts: list[Path], tmp: Path, queries: int) -> dict[str, Any]:
    folder = _copy(texts, tmp / "readers")
    db = tmp / "readers.duckdb"
    ingest = _ingest(folder, db)
    began = time.monotonic()
    while not db.exists() and ingest.poll() is None:
        time.sleep(0.1)
    answers: list[dict[str, Any]] = []

    def ask() -> None:  # one query, timed from its start to its exit
        t0 = time.monotonic()
        query = _cli("events", "--db", str(db), "--limit", "5", "--format", "json")
        try:
            done = subprocess.run(query, capture_output=True, text=True, timeout=ANSWER_WITHIN)
            seconds = time.monotonic() - t0
            answers.append(
                {"rc": done.returncode, "seconds": seconds, "error": done.stderr.strip()[-200:]}
            )
        except subprocess.TimeoutExpired:
            answers.append({"rc": None, "seconds": None, "error": "no answer within 15 s"})

    threads = []
    for _ in range(queries):
        threads.append(threading.Thread(target=ask))
        threads[-1].start()
        time.sleep(1.0)
    for thread in threads:
        thread.join()
    ingest_running = ingest.poll() is None
    _, ingest_err = ingest.communicate()
    answered = [a for a in answers if a["rc"] == 0 and a["seconds"] <= ANSWER_WITHIN]
    answered.sort(key=lambda a: a["seconds"])
    return {
        "articles": len(texts),
        "stored": _stored(db)[0],
        "ingest_rc": ingest.returncode,
        "ingest_seconds": round(time.monotonic() - began, 1),
        "ingest_still_running_after_queries": ingest_running,
        "ingest_summary": ingest_err.strip().splitlines()[-1] if ingest_err.strip() else "",
        "queries": queries,
        "answered": len(answered),
        "answer_seconds": [round(a["seconds"], 2) for a in answered],
        "failures": [a["error"] for a in answers if a not in answered],
    }


def two_ingests(texts: list[Path], tmp: Path) -> dict[str, Any]:
    third = len(texts) // 3
    first = _copy(texts[: 2 * third], tmp / "first")
    second = _copy(texts[third:], tmp / "second")
    db = tmp / "both.duckdb"
    began = time.monotonic()
    procs = [_ingest(folder, db) for folder in (first, second)]
    outs = [p.communicate()[1] for p in procs]
    stored, distinct = _stored(db)
    return {
        "inputs": [2 * third, len(texts) - third],
        "union": len(texts),
        "rcs": [p.returncode for p in procs],
        "seconds": round(time.monotonic() - began, 1),
        "summaries": [o.strip().splitlines()[-1] if o.strip() else "" for o in outs],
        "stored": stored,
        "distinct": distinct,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--queries", type=int, default=10)
    ap.add_argument("--out", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}; nothing to measure", file=sys.stderr)
        return 0
    texts = sorted(args.corpus.glob("*.txt"))[: args.articles]
    figures: dict[str, Any] = {"load_average": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        readers = queries_during_ingest(texts, Path(tmp), args.queries)
        figures["queries_during_ingest"] = readers
        print(
            f"queries during an ingest of {readers['articles']} articles: "
            f"{readers['answered']} of {readers['queries']} answered within 15 s "
            f"(seconds: {readers['answer_seconds']}); the ingest still running after the "
            f"last query: {readers['ingest_still_running_after_queries']}; ingest exit "
            f"{readers['ingest_rc']}, {readers['ingest_seconds']} s",
            file=sys.stderr,
        )
        for failure in readers["failures"]:
            print(f"  no answer: {failure}", file=sys.stderr)
        both = two_ingests(texts, Path(tmp))
        figures["two_ingests"] = both
        print(
            f"two ingests at once ({both['inputs'][0]} + {both['inputs'][1]} texts, union "
            f"{both['union']}): exit {both['rcs']}, {both['seconds']} s; stored "
            f"{both['stored']} articles, {both['distinct']} distinct (one ingest of the same "
            f"texts stored {readers['stored']})",
            file=sys.stderr,
        )
        for summary in both["summaries"]:
            print(f"  {summary}", file=sys.stderr)
    figures["load_average_after"] = os.getloadavg()[0]
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
