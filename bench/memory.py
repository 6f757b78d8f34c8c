#!/usr/bin/env python
"""Peak memory of ``communique ingest`` as the corpus grows: 200 vs 2,000 articles.

    python bench/memory.py                        # 200 and 2,000 articles
    python bench/memory.py --sizes 200 2000 4000 --out figures.json

Needs ``../shared/bench/bbc-politics``. The BBC politics texts are written as plain-text
files, repeated in editions until there are enough (each copy's headline names its
edition, so every file is a distinct text that is parsed and stored, not a duplicate).
Each size is ingested by a fresh ``communique ingest`` process into a fresh database;
its peak resident set (the kernel's ``ru_maxrss`` of that child) is reported, with the
resident set sampled every half second after the model has loaded, so that growth over
the run shows. The goal (README, issue 12): the peak for 2,000 articles within 10% of the
peak for 200. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "bbc-politics"
PUBLISHED = "2005-02-01"
_RUNNER = """
import resource, subprocess, sys, time, json
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
samples = []
while proc.poll() is None:
    try:
        with open(f"/proc/{proc.pid}/status") as f:
            kb = next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
        samples.append(kb)
    except (OSError, StopIteration):
        pass
    time.sleep(0.5)
err = proc.stderr.read().decode(errors="replace")
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": proc.returncode, "peak_kb": peak, "samples_kb": samples,
                  "summary": err.strip().splitlines()[-1] if err.strip() else ""}))
"""


def write_corpus(corpus: Path, out: Path, n: int) -> None:
    """``n`` distinct plain-text articles from the corpus, in editions."""
    texts = sorted(corpus.glob("*.txt"))
    out.mkdir(parents=True)
    for i in range(n):
        edition, k = divmod(i, len(texts))
        path = texts[k]
        lines = path.read_text(errors="replace").splitlines()
        if edition:
            lines[0] = f"{lines[0]} (edition {edition + 1})"
        (out / f"{i:05d}-{path.name}").write_text("\n".join(lines))


def measure(folder: Path, db: Path) -> dict[str, Any]:
    cli = [sys.executable, "-m", "communique.cli", "ingest", str(folder), "--db", str(db)]
    argv = [sys.executable, "-c", _RUNNER, *cli, "--published", PUBLISHED]
    began = time.monotonic()
    out = subprocess.run(argv, capture_output=True, text=True, check=True)
    got = json.loads(out.stdout)
    got["seconds"] = round(time.monotonic() - began, 1)
    return got


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    ap.add_argument("--out", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}; nothing to measure", file=sys.stderr)
        return 0
    figures: dict[str, Any] = {"load_average": os.getloadavg()[0], "sizes": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            folder = Path(tmp) / f"c{n}"
            write_corpus(args.corpus, folder, n)
            got = measure(folder, Path(tmp) / f"m{n}.duckdb")
            samples = got.pop("samples_kb")
            late = sorted(samples[len(samples) // 4 :] or samples)  # after the model loaded
            got["peak_mb"] = round(got.pop("peak_kb") / 1024, 1)
            got["rss_quartiles_mb"] = [
                round(late[int(q * (len(late) - 1))] / 1024, 1) for q in (0.0, 0.5, 1.0)
            ]
            figures["sizes"][str(n)] = got
            print(
                f"{n:>6} articles: peak RSS {got['peak_mb']} MB, "
                f"RSS after the first quarter min/median/max {got['rss_quartiles_mb']} MB, "
                f"{got['seconds']} s; {got['summary']}",
                file=sys.stderr,
            )
    sizes = [str(n) for n in args.sizes]
    if len(sizes) >= 2:
        a, b = figures["sizes"][sizes[0]]["peak_mb"], figures["sizes"][sizes[-1]]["peak_mb"]
        figures["growth"] = round(b / a - 1, 3)
        print(f"peak growth {sizes[0]} -> {sizes[-1]} articles: {b / a - 1:+.1%}", file=sys.stderr)
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
