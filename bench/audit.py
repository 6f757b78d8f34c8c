#!/usr/bin/env python
"""Cost of the validation workflow: ``audit sample`` and ``audit learn`` on a real store.

    python bench/audit.py                            # ../shared/bench/bbc-politics/ → a temp store
    python bench/audit.py --db news.duckdb --corrections 10 --scan 500

Builds a store from the folder's ``*.txt`` articles (headline on the first line) unless
``--db`` names an existing one, then times ``audit.sample`` (``--n`` events, seed 7) and
``audit.learn`` on the first ``--corrections`` sampled events judged ``wrong`` (no event):
a stand-in for a judge's corrections, which makes every one of them a ``none`` entry for
its trigger, so each entry is tried on the stored articles holding its words. Prints the
seconds of each step, the entries tried and kept, how many articles were extracted
again, and the events the kept entries change. Not a test: timings depend on the machine
and its load.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "bbc-politics"


def build(folder: Path, db: Path, pipeline: Any) -> tuple[int, float]:
    from communique import jobs
    from communique.models import Article

    articles = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        title = text.strip().splitlines()[0].strip() if text.strip() else None
        articles.append(Article(id=path.name, text=text, title=title, published="2005-06-01"))
    start = time.perf_counter()
    tally = jobs.ingest(articles, pipeline, str(db))
    return tally.stored, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--db", type=Path, help="an existing store (default: build one from FOLDER)")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--corrections", type=int, default=10)
    ap.add_argument("--scan", type=int, default=500)
    args = ap.parse_args(argv)

    from communique import audit
    from communique.audit.learn import learn
    from communique.pipeline import Pipeline
    from communique.store import open_store

    pipeline = Pipeline()
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            if not args.folder.is_dir():
                print(f"no corpus at {args.folder}: nothing measured", file=sys.stderr)
                return 0
            db = Path(tmp) / "bench.duckdb"
            figures["articles"], figures["ingest_s"] = build(args.folder, db, pipeline)
        with open_store(db, read_only=True) as store:
            figures["events"] = store.stats()["events"]
            start = time.perf_counter()
            rows = audit.sample(store, args.n, 7)
            figures["sample_s"] = time.perf_counter() - start
            figures["sampled"] = len(rows)
            judged = [audit.judge(r, "wrong") for r in rows[: args.corrections]]
            start = time.perf_counter()
            result = learn(judged, store, pipeline, scan=args.scan)
            figures["learn_s"] = time.perf_counter() - start
    figures["corrections"] = len(judged)
    figures["entries_tried"] = len(result.learned)
    figures["entries_kept"] = len(result.kept)
    figures["not_learnable"] = len(result.skipped)
    figures["articles_extracted_again"] = len({h for x in result.learned for h in x.scanned})
    figures["candidate_articles"] = sum(x.candidates for x in result.learned)
    figures["events_changed_by_kept"] = result.change.total
    tried = max(1, figures["entries_tried"])
    figures["learn_s_per_entry"] = figures["learn_s"] / tried
    print(json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
