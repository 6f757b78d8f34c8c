#!/usr/bin/env python
"""Local ingest (1 process) vs ``ingest --engine ray`` (N actors) on the same WARC input.

    python bench/ray_scale.py                     # the BBC set ×5 (~2,000 articles) as WARC
    python bench/ray_scale.py --copies 1 --workers 2 --out figures.json
    python bench/ray_scale.py --equality          # the 417 BBC texts: Ray stores what local stores

Needs Ray (``pip install communique[ray]``) and ``../shared/bench/bbc-politics``.

Throughput: the BBC politics texts are packed as HTML response records into
``--shards`` WARC.GZ files, ``--copies`` times (each copy's headline carries its edition,
so every copy is a distinct text that is parsed and stored, not a duplicate). The same
files are then ingested into two fresh DuckDB files:

- ``local``: ``jobs.ingest`` in this process, one process, after the model is loaded
  (the model load is reported apart);
- ``ray``: ``engines.raydata.run`` with ``--workers`` actors, Ray started here with
  ``--workers`` + 1 CPUs and a small object store. Reported apart: Ray's start-up, the
  extraction (read tasks, actors loading the model once each, parsing, Parquet shards)
  and the load of the shards into DuckDB.

Prints articles/s for both (local without the model load; Ray with and without its
start-up), their ratio, and whether both stores hold the same records. Not a test:
timings depend on the machine and its load (the load average is printed).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "bbc-politics"
PUBLISHED = "2005-02-01"


def pack_warcs(corpus: Path, out: Path, copies: int, shards: int) -> int:
    """Write the corpus ``copies`` times as HTML response records into ``shards`` WARC.GZ
    files; returns the number of records."""
    from html import escape

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    texts = sorted(corpus.glob("*.txt"))
    out.mkdir(parents=True, exist_ok=True)
    files = [open(out / f"bbc-{i:02d}.warc.gz", "wb") for i in range(shards)]  # noqa: SIM115
    writers = [WARCWriter(f, gzip=True) for f in files]
    n = 0
    try:
        for copy in range(copies):
            for path in texts:
                lines = [line.strip() for line in path.read_text(errors="replace").splitlines()]
                lines = [line for line in lines if line]
                title = lines[0] + (f" (edition {copy + 1})" if copy else "")
                body = "".join(f"<p>{escape(p)}</p>" for p in lines[1:])
                html = (
                    f"<html><head><title>{escape(title)}</title></head><body><article>"
                    f"<h1>{escape(title)}</h1>{body}</article></body></html>"
                ).encode()
                url = f"http://bbc.example/politics/{copy}/{path.stem}"
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                writer = writers[n % shards]
                writer.write_record(
                    writer.create_warc_record(
                        url, "response", payload=io.BytesIO(html), http_headers=headers
                    )
                )
                n += 1
    finally:
        for f in files:
            f.close()
    return n


def run_local(sources: list[str], db: Path, settings: Any) -> dict[str, Any]:
    from communique import jobs
    from communique.ingest import read_sources
    from communique.pipeline import Pipeline

    t0 = time.perf_counter()
    pipeline = Pipeline(settings)
    model = time.perf_counter() - t0
    t1 = time.perf_counter()
    tally = jobs.ingest(
        read_sources(sources, settings=settings, published=PUBLISHED), pipeline, str(db)
    )
    seconds = time.perf_counter() - t1
    return {
        "model_load_s": round(model, 1),
        "ingest_s": round(seconds, 1),
        "articles_per_s": round(tally.stored / seconds, 2),
        "summary": tally.summary(),
        "stored": tally.stored,
    }


def run_ray(sources: list[str], db: Path, settings: Any, shards_dir: Path) -> dict[str, Any]:
    from communique.engines import raydata

    t0 = time.perf_counter()
    run = raydata.run(sources, settings.replace(db=str(db)), published=PUBLISHED, out=shards_dir)
    wall = time.perf_counter() - t0
    work = run.extract_seconds + run.load_seconds
    return {
        "workers": run.workers,
        "start_s": round(run.start_seconds, 1),
        "extract_s": round(run.extract_seconds, 1),
        "load_s": round(run.load_seconds, 1),
        "wall_s": round(wall, 1),
        "articles_per_s": round(run.tally.stored / work, 2),
        "articles_per_s_with_start": round(run.tally.stored / wall, 2),
        "summary": run.tally.summary(),
        "stored": run.tally.stored,
    }


def same_records(a: Path, b: Path) -> dict[str, Any]:
    from communique.store import TABLES, open_store

    times = {"articles": "ingested_at", "records": "added", "coders": "first_used"}
    out: dict[str, Any] = {}
    with open_store(a, read_only=True) as sa, open_store(b, read_only=True) as sb:
        for table in (*TABLES, "records", "article_bands", "coders"):
            drop = f" EXCLUDE ({times[table]})" if table in times else ""
            sql = f"SELECT *{drop} FROM {table} ORDER BY ALL"
            ra, rb = sa.fetch(sql)[1], sb.fetch(sql)[1]
            out[table] = {"rows": len(ra), "same": ra == rb}
    out["all_same"] = all(v["same"] for v in out.values() if isinstance(v, dict))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--equality", action="store_true", help="the plain texts, once")
    parser.add_argument("--out", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    from communique.settings import Settings

    settings = Settings(ray_workers=args.workers, object_store_mb=256)
    tmp = Path(tempfile.mkdtemp(prefix="communique-ray-bench-"))
    try:
        if args.equality:
            sources, n = [str(args.corpus)], len(list(args.corpus.glob("*.txt")))
        else:
            n = pack_warcs(args.corpus, tmp / "warc", args.copies, args.shards)
            sources = [str(tmp / "warc")]
        figures: dict[str, Any] = {
            "input_records": n,
            "load_average_before": os.getloadavg()[0],
            "cpus": os.cpu_count(),
        }
        figures["local"] = run_local(sources, tmp / "local.duckdb", settings)
        print(json.dumps({"local": figures["local"]}), file=sys.stderr)
        figures["ray"] = run_ray(sources, tmp / "ray.duckdb", settings, tmp / "shards")
        figures["ratio_ray_over_local"] = round(
            figures["ray"]["articles_per_s"] / figures["local"]["articles_per_s"], 2
        )
        figures["ratio_with_start"] = round(
            figures["ray"]["articles_per_s_with_start"] / figures["local"]["articles_per_s"], 2
        )
        figures["records"] = same_records(tmp / "local.duckdb", tmp / "ray.duckdb")
        figures["load_average_after"] = os.getloadavg()[0]
        text = json.dumps(figures, indent=1)
        print(text)
        if args.out:
            args.out.write_text(text + "\n")
        return 0 if figures["records"]["all_same"] else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
