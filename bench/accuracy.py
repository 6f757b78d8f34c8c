#!/usr/bin/env python
"""Accuracy ratchet: measure every gold set and hold the figures to ``bench/baseline.json``.

    python bench/accuracy.py                       # measure, compare, exit 1 on a drop
    python bench/accuracy.py --update              # ... and raise the baseline where better
    python bench/accuracy.py --update --allow-regression   # accept lower figures too
    python bench/accuracy.py --only dates quotes   # just these kinds
    python bench/accuracy.py --eval-dir DIR --reports out/   # other gold, keep JSON reports

The gold sets are found in ``EVAL_DIR/dev/`` (``events-*.jsonl`` → events, ``quotes.jsonl``,
``dates.jsonl``, ``actors.jsonl``) and ``EVAL_DIR/seed-article/expected.yaml`` (the seed
article); ``EVAL_DIR`` defaults to ``../shared/eval`` beside the repository. The model is
loaded once. Each headline figure (``communique.evaluate.headline_figures``) is printed
with its baseline; the run fails when one falls more than the tolerance (0.005) below it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "eval"
DEFAULT_BASELINE = Path(__file__).resolve().with_name("baseline.json")
TOLERANCE = 0.005
#: Figures are stored with this many decimals.
DECIMALS = 4

Figures = dict[str, dict[str, float]]  # set name -> figure name -> value


def kind_of(name: str) -> str | None:
    """The evaluation kind a gold file's name stands for (None: not a gold set)."""
    if name.startswith("events") and name.endswith(".jsonl"):
        return "events"
    stem = name.removesuffix(".jsonl")
    if name.endswith(".jsonl") and stem in ("quotes", "dates", "actors"):
        return stem
    if name == "expected.yaml":
        return "article"
    return None


def discover(eval_dir: Path) -> list[tuple[str, str, Path]]:
    """``(set name, kind, path)`` of every gold set under ``eval_dir``, dev sets first."""
    found = []
    dev = eval_dir / "dev"
    for path in sorted(dev.glob("*.jsonl")) if dev.is_dir() else []:
        kind = kind_of(path.name)
        if kind:
            found.append((f"dev/{path.name}", kind, path))
    seed = eval_dir / "seed-article" / "expected.yaml"
    if seed.is_file():
        found.append(("seed-article/expected.yaml", "article", seed))
    return found


def measure(
    sets: list[tuple[str, str, Path]],
    pipeline: Any,
    reports_dir: Path | None = None,
    log: Any = print,
) -> Figures:
    """Evaluate each set with one pipeline; the headline figures of each."""
    from communique.evaluate import evaluate

    out: Figures = {}
    for name, kind, path in sets:
        start = time.perf_counter()
        report = evaluate(kind, path, pipeline=pipeline)
        out[name] = {k: round(v, DECIMALS) for k, v in report.headline().items()}
        log(f"# {name}: {kind}, {time.perf_counter() - start:.1f} s")
        if reports_dir is not None:
            reports_dir.mkdir(parents=True, exist_ok=True)
            target = reports_dir / (name.replace("/", "__") + ".json")
            target.write_text(json.dumps(report.to_dict(), indent=1, ensure_ascii=False))
            (target.with_suffix(".txt")).write_text(report.render() + "\n", encoding="utf-8")
    return out


@dataclass(frozen=True)
class Row:
    """One figure of one set, against its baseline."""

    set: str
    figure: str
    value: float | None
    baseline: float | None
    status: str  # ok | better | new | REGRESSION | MISSING

    @property
    def failed(self) -> bool:
        return self.status in ("REGRESSION", "MISSING")

    def line(self) -> str:
        value = "-" if self.value is None else f"{self.value:.3f}"
        base = "no baseline" if self.baseline is None else f"baseline {self.baseline:.3f}"
        return f"{self.set} {self.figure} {value} ({base}) {self.status}"


def compare(current: Figures, baseline: Figures, tolerance: float = TOLERANCE) -> list[Row]:
    """Every measured figure against its baseline.

    A figure more than ``tolerance`` below its baseline is a REGRESSION; a baseline
    figure that a measured set no longer produces is MISSING. Sets that were not
    measured (their gold is absent) are not compared.
    """
    rows = []
    for name, figures in current.items():
        base = baseline.get(name, {})
        for fig, value in figures.items():
            old = base.get(fig)
            if old is None:
                status = "new"
            elif value < old - tolerance - 1e-9:
                status = "REGRESSION"
            elif value > old + 1e-9:
                status = "better"
            else:
                status = "ok"
            rows.append(Row(name, fig, value, old, status))
        for fig, old in base.items():
            if fig not in figures:
                rows.append(Row(name, fig, None, old, "MISSING"))
    return rows


def update(baseline: Figures, current: Figures, allow_regression: bool = False) -> Figures:
    """The baseline raised to the current figures; lowered only with ``allow_regression``."""
    new = {name: dict(figs) for name, figs in baseline.items()}
    for name, figures in current.items():
        target = new.setdefault(name, {})
        for fig, value in figures.items():
            old = target.get(fig)
            target[fig] = value if old is None or allow_regression else max(old, value)
    return new


def load_baseline(path: Path) -> tuple[Figures, float]:
    """The baseline figures and tolerance kept in ``path`` (empty if it does not exist)."""
    if not path.is_file():
        return {}, TOLERANCE
    data = json.loads(path.read_text(encoding="utf-8"))
    return data.get("figures", {}), float(data.get("tolerance", TOLERANCE))


def save_baseline(path: Path, figures: Figures, tolerance: float, model: str) -> None:
    data = {
        "tolerance": tolerance,
        "model": model,
        "updated": dt.date.today().isoformat(),
        "figures": {name: dict(sorted(f.items())) for name, f in sorted(figures.items())},
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE)
    parser.add_argument("--update", action="store_true", help="raise the baseline where better")
    parser.add_argument(
        "--allow-regression",
        action="store_true",
        help="with --update: also lower figures that dropped",
    )
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="KIND",
        help="measure only these kinds (events quotes dates actors article)",
    )
    parser.add_argument(
        "--reports",
        type=Path,
        metavar="DIR",
        help="write each set's full report (.json and .txt) here",
    )
    args = parser.parse_args(argv)

    sets = discover(args.eval_dir)
    if args.only:
        sets = [s for s in sets if s[1] in args.only]
    if not sets:
        print(f"accuracy: no gold sets under {args.eval_dir}; nothing to measure")
        return 0

    from communique.pipeline import Pipeline

    pipeline = Pipeline()
    current = measure(sets, pipeline, args.reports)
    baseline, tolerance = load_baseline(args.baseline)
    rows = compare(current, baseline, tolerance)
    for row in rows:
        print(row.line())
    failed = [r for r in rows if r.failed]

    if args.update:
        new = update(baseline, current, args.allow_regression)
        save_baseline(args.baseline, new, tolerance, pipeline.model_name)
        print(f"accuracy: baseline written to {args.baseline}")
        if args.allow_regression:
            return 0
    if failed:
        print(
            f"accuracy: {len(failed)} figure(s) fell more than {tolerance} below the baseline"
            + ("" if args.update else "; if intended, run with --update --allow-regression")
        )
        return 1
    print(f"accuracy: {len(rows)} figures, none below the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
