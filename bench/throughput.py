#!/usr/bin/env python
"""Throughput benchmark: bare spaCy vs the full communique pipeline, without and with the store.

    python bench/throughput.py                      # ../shared/bench/bbc-politics/, all configs
    python bench/throughput.py FOLDER --limit 100 --repeat 3

Reads every ``*.txt`` in the folder (headline on the first line) and measures, with the
same spaCy model, for 1 and 2 processes (``n_process``):

- ``bare``: ``nlp.pipe`` over the texts, nothing else;
- ``full``: ``Pipeline.run`` (parse + actors, dates, events, quotes → Document);
- ``store``: ``full`` plus ``Store.write`` into a fresh temporary DuckDB file, one
  transaction per batch.

Each configuration runs in its own child process (the model is loaded before the clock
starts), so its peak RSS is its own: the child's maximum resident set, and the largest of
its own worker processes for ``n_process`` 2. ``--repeat N`` runs N rounds of all the
configurations and keeps each one's best time.
Prints articles/s, words/s (whitespace-separated words), the ratio full/bare (the share of
bare spaCy's speed the full pipeline keeps) and peak RSS. Not a test: timings depend on
the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "bbc-politics"
MODES = ("bare", "full", "store")


def load_articles(folder: Path, limit: int | None) -> list[Any]:
    from communique.models import Article

    paths = sorted(folder.glob("*.txt"))[:limit] if limit else sorted(folder.glob("*.txt"))
    articles = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        title = text.strip().splitlines()[0].strip() if text.strip() else None
        articles.append(Article(id=path.name, text=text, title=title))
    return articles


def _peak_mb() -> tuple[float, float]:
    """Peak RSS in MB of this process and of its largest waited-for child (Linux: KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def _chunks(items: Any, size: int) -> Any:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_one(
    mode: str, n_process: int, folder: Path, limit: int | None, repeat: int, batch_size: int
) -> dict[str, Any]:
    """Measure one configuration in this process; the figures as a dict."""
    from communique.pipeline import Pipeline

    articles = load_articles(folder, limit)
    words = sum(len(a.text.split()) for a in articles)
    pipeline = Pipeline()
    store_mod = None
    if mode == "store":
        try:
            from communique import store as store_mod  # type: ignore[no-redef]

            store_mod.open_store  # noqa: B018 (fails clearly if the store has not landed)
        except (ImportError, AttributeError) as exc:
            return {"mode": mode, "n_process": n_process, "error": f"store unavailable: {exc}"}
    best = float("inf")
    counts: dict[str, int] = {}
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            if mode == "bare":
                texts = (a.text for a in articles)
                for _doc in pipeline.nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
                    pass
            else:
                docs = pipeline.run(articles, batch_size=batch_size, n_process=n_process)
                if mode == "full":
                    counts = {"events": 0, "quotes": 0, "actors": 0, "dates": 0}
                    for doc in docs:
                        counts["events"] += len(doc.events)
                        counts["quotes"] += len(doc.quotes)
                        counts["actors"] += len(doc.actors)
                        counts["dates"] += len(doc.dates)
                else:
                    assert store_mod is not None
                    store = store_mod.open_store(Path(tmp) / "bench.duckdb")
                    try:
                        for batch in _chunks(docs, batch_size):
                            store.write(batch)
                    finally:
                        store.close()
            best = min(best, time.perf_counter() - start)
    own, children = _peak_mb()
    return {
        "mode": mode,
        "n_process": n_process,
        "articles": len(articles),
        "words": words,
        "seconds": best,
        "articles_per_s": len(articles) / best,
        "words_per_s": words / best,
        "peak_rss_mb": own,
        "peak_rss_children_mb": children,
        "model": pipeline.model_name,
        "counts": counts,
    }


def run_child(mode: str, n_process: int, args: argparse.Namespace) -> dict[str, Any]:
    """Run one configuration in a fresh Python process and read back its figures."""
    cmd = [
        sys.executable,
        __file__,
        str(args.folder),
        "--one",
        mode,
        "--n-process",
        str(n_process),
        "--repeat",
        "1",
        "--batch-size",
        str(args.batch_size),
    ]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"mode": mode, "n_process": n_process, "error": tail}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def render(results: list[dict[str, Any]]) -> str:
    bare = {r["n_process"]: r for r in results if r["mode"] == "bare" and "error" not in r}
    head = (
        f"{'config':<10} {'proc':>4} {'articles':>8} {'seconds':>8} {'art/s':>8} "
        f"{'words/s':>9} {'x bare':>7} {'peak RSS MB':>12} {'workers MB':>11}"
    )
    lines = [head, "-" * len(head)]
    for r in results:
        if "error" in r:
            lines.append(f"{r['mode']:<10} {r['n_process']:>4}  {r['error']}")
            continue
        ref = bare.get(r["n_process"])
        ratio = f"{r['articles_per_s'] / ref['articles_per_s']:.2f}" if ref else "-"
        workers = f"{r['peak_rss_children_mb']:.0f}" if r["n_process"] > 1 else "-"
        lines.append(
            f"{r['mode']:<10} {r['n_process']:>4} {r['articles']:>8} {r['seconds']:>8.1f} "
            f"{r['articles_per_s']:>8.1f} {r['words_per_s']:>9.0f} {ratio:>7} "
            f"{r['peak_rss_mb']:>12.0f} {workers:>11}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=1, help="runs per configuration (best kept)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--processes",
        type=int,
        nargs="+",
        default=[1, 2],
        help="n_process values to measure (default: 1 2)",
    )
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--json", type=Path, help="also write the figures here as JSON")
    parser.add_argument("--one", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if not args.folder.is_dir() or not any(args.folder.glob("*.txt")):
        print(f"throughput: no *.txt articles in {args.folder}; nothing to measure")
        return 0
    if args.one:
        print(
            json.dumps(
                run_one(
                    args.one,
                    args.n_process,
                    args.folder,
                    args.limit,
                    max(1, args.repeat),
                    args.batch_size,
                )
            )
        )
        return 0

    # Rounds of every configuration, best time kept: a passing load on the machine then
    # falls on all configurations alike rather than on whichever ran at that moment.
    configs = [(mode, n) for n in args.processes for mode in args.modes]
    best: dict[tuple[str, int], dict[str, Any]] = {}
    for round_ in range(max(1, args.repeat)):
        for mode, n in configs:
            print(f"# round {round_ + 1}: {mode}, n_process={n} …", file=sys.stderr, flush=True)
            result = run_child(mode, n, args)
            old = best.get((mode, n))
            faster = (
                "error" not in result and result["seconds"] < old.get("seconds", 1e30)
                if old
                else True
            )
            if faster or (old is not None and "error" in old):
                best[(mode, n)] = result
    results = [best[c] for c in configs]
    first = next((r for r in results if "error" not in r), None)
    if first:
        print(
            f"{first['articles']} articles, {first['words']} words from {args.folder}; "
            f"model {first['model']}; best of {args.repeat}; {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.1f}"
        )
        full = next((r for r in results if r["mode"] == "full" and "error" not in r), None)
        if full:
            print("extracted: " + ", ".join(f"{v} {k}" for k, v in full["counts"].items()))
    print(render(results))
    print("x bare = articles/s relative to bare nlp.pipe with the same number of processes")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
