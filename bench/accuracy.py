#!/usr/bin/env python
"""Accuracy ratchet: measure every gold set and hold the check-half figures to ``bench/baseline.json``.

    python bench/accuracy.py                       # measure, compare, exit 1 on a drop
    python bench/accuracy.py --update              # ... and raise the baseline where better
    python bench/accuracy.py --update --allow-regression   # accept lower figures too
    python bench/accuracy.py --only dates quotes   # just these kinds
    python bench/accuracy.py --half tune           # only the tune halves (while writing rules)
    python bench/accuracy.py --eval-dir DIR --reports out/   # other gold, keep JSON reports

The gold sets are found in ``EVAL_DIR/dev/`` (``events-*.jsonl`` → events, ``quotes.jsonl``,
``dates.jsonl``, ``actors.jsonl``) and ``EVAL_DIR/seed-article/expected.yaml`` (the seed
article); ``EVAL_DIR`` defaults to ``../shared/eval`` beside the repository. The project's
own article gold, ``bench/articles/*.yaml``, names texts under ``TEXTS`` (default
``../shared/bench``) and is measured when that folder exists: per article and pooled
(set ``articles``). Its CAMEO-level annotation of dev sentences,
``bench/annotations/events-cameo.jsonl`` (ids and events only), is joined with the text
of ``EVAL_DIR/dev/events-quad.jsonl`` and scored at the PLOVER, CAMEO, root and quad
levels (set ``annotations/events-cameo.jsonl``). The model is loaded once.

Every JSON Lines set, and the set of articles, is split into a *tune* and a *check* half
by a fixed hash of its record ids (``communique.evaluate.split``; an article's id is the
text it names); the pipeline runs once on the set and each half is scored on its own. Each headline figure (``communique.evaluate.headline_figures``)
is printed for the check half, the tune half and the gap (tune − check); only the check
halves (and the seed article, one document that is not split) are pinned in the baseline,
and the run fails when a pinned figure falls more than the tolerance (0.005) below it.
Figures are kept under ``SET#check`` and ``SET#tune``; the articles' pooled figures
under ``articles#check``, each article's (printed, never pinned) under
``articles/FILE#HALF``.
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
DEFAULT_TEXTS = ROOT.parent / "shared" / "bench"
DEFAULT_ARTICLES = Path(__file__).resolve().with_name("articles")
DEFAULT_ANNOTATIONS = Path(__file__).resolve().with_name("annotations")
#: The project's own annotations of dev sentences (by id) and the dev set giving their text.
ANNOTATED = {"events-cameo.jsonl": "events-quad.jsonl"}
#: A gold set: its name, kind, path, and where its texts are (None: in the gold itself).
GoldSet = tuple[str, str, Path, Path | None]
#: The name of the set of the project's annotated articles (pooled figures).
ARTICLES = "articles"
TOLERANCE = 0.005
#: Figures are stored with this many decimals.
DECIMALS = 4

Figures = dict[str, dict[str, float]]  # key (set name, #half) -> figure name -> value
#: Joins a set name and its half in a figures key: ``dev/dates.jsonl#check``.
HALF_SEP = "#"
CHECK, TUNE, ALL = "check", "tune", "all"


def key_of(name: str, half: str) -> str:
    """The figures key of one half of a set (a set that is not split keeps its name)."""
    return name if half == ALL else f"{name}{HALF_SEP}{half}"


def split_key(key: str) -> tuple[str, str]:
    """``(set name, half)`` of a figures key."""
    name, sep, half = key.partition(HALF_SEP)
    return (name, half) if sep else (name, ALL)


def pinned(key: str) -> bool:
    """Whether the baseline holds this key's figures: every half but the tune half, and
    not one article of the set of articles (their pooled figures are pinned)."""
    name, half = split_key(key)
    return half != TUNE and not name.startswith(ARTICLES + "/")


def set_kind(name: str) -> str | None:
    """The evaluation kind of a set name (``dev/dates.jsonl``, ``articles``, ...)."""
    if name == ARTICLES or name.startswith(ARTICLES + "/"):
        return "article"
    return kind_of(Path(name).name)


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


def discover(
    eval_dir: Path,
    texts: Path | None = None,
    articles: Path = DEFAULT_ARTICLES,
    annotations: Path = DEFAULT_ANNOTATIONS,
) -> list[GoldSet]:
    """``(set name, kind, path, texts)`` of every gold set: the dev sets under
    ``eval_dir`` and the seed article; the project's annotated articles when the folder
    of their ``texts`` exists; the project's annotations of dev sentences
    (``annotations/NAME.jsonl``, coded anew from ``dev/SOURCE``, see ``ANNOTATED``) when
    that dev set exists, which gives their texts."""
    found: list[GoldSet] = []
    dev = eval_dir / "dev"
    for path in sorted(dev.glob("*.jsonl")) if dev.is_dir() else []:
        kind = kind_of(path.name)
        if kind:
            found.append((f"dev/{path.name}", kind, path, None))
    seed = eval_dir / "seed-article" / "expected.yaml"
    if seed.is_file():
        found.append(("seed-article/expected.yaml", "article", seed, None))
    if texts is not None and texts.is_dir() and any(articles.glob("*.yaml")):
        found.append((ARTICLES, "article", articles, texts))
    for name, source in ANNOTATED.items():
        path, text_file = annotations / name, dev / source
        kind = kind_of(name)
        if kind and path.is_file() and text_file.is_file():
            found.append((f"annotations/{name}", kind, path, text_file))
    return found


def measure(
    sets: list[GoldSet],
    pipeline: Any,
    reports_dir: Path | None = None,
    log: Any = print,
    halves: tuple[str, ...] = (CHECK, TUNE),
) -> Figures:
    """Evaluate each set with one pipeline; the headline figures of each half of each.

    A JSON Lines set gives one entry per half in ``halves`` (the pipeline runs once on
    it); the seed article, one document, gives one entry under its own name; the set of
    articles gives its pooled figures per half and each article's under its file name.
    """
    from communique.evaluate import evaluate_halves

    out: Figures = {}
    for name, kind, path, texts in sets:
        start = time.perf_counter()
        seed = kind == "article" and name != ARTICLES
        reports = evaluate_halves(
            kind, path, (ALL,) if seed else halves, pipeline=pipeline, texts=texts
        )
        for half, report in reports.items():
            key = key_of(name, half)
            out[key] = _rounded(report.headline())
            for row in report.figures.get("articles", []) if name == ARTICLES else []:
                item = f"{ARTICLES}/{Path(row['gold']).name}"
                out[key_of(item, row["half"])] = _rounded(row["headline"])
            if reports_dir is not None:
                _write_report(reports_dir, key, report)
        log(f"# {name}: {kind}, {time.perf_counter() - start:.1f} s")
    return out


def _rounded(figures: dict[str, float]) -> dict[str, float]:
    return {k: round(v, DECIMALS) for k, v in figures.items()}


def _write_report(reports_dir: Path, key: str, report: Any) -> None:
    reports_dir.mkdir(parents=True, exist_ok=True)
    target = reports_dir / (key.replace("/", "__").replace(HALF_SEP, "__") + ".json")
    target.write_text(json.dumps(report.to_dict(), indent=1, ensure_ascii=False))
    target.with_suffix(".txt").write_text(report.render() + "\n", encoding="utf-8")


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

    def line(self, tune: float | None = None) -> str:
        """``SET FIGURE VALUE (baseline B) STATUS``; with the tune half's figure, the
        check half's value, the tune half's and the gap (tune − check)."""
        name, half = split_key(self.set)
        value = "-" if self.value is None else f"{self.value:.3f}"
        if half != ALL:
            value = f"{half} {value}"
        if tune is not None:
            gap = "-" if self.value is None else f"{tune - self.value:+.3f}"
            value += f" tune {tune:.3f} gap {gap}"
        base = "no baseline" if self.baseline is None else f"baseline {self.baseline:.3f}"
        return f"{name} {self.figure} {value} ({base}) {self.status}"


def compare(current: Figures, baseline: Figures, tolerance: float = TOLERANCE) -> list[Row]:
    """Every pinned measured figure (``pinned``: not a tune half) against its baseline.

    A figure more than ``tolerance`` below its baseline is a REGRESSION; a baseline
    figure that a measured set no longer produces is MISSING. Sets that were not
    measured (their gold is absent, or only their tune half was) are not compared.
    """
    rows = []
    for name, figures in current.items():
        if not pinned(name):
            continue
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
    """The baseline raised to the current pinned figures; lowered only with
    ``allow_regression``. Tune halves are never written."""
    new = {name: dict(figs) for name, figs in baseline.items()}
    for name, figures in current.items():
        if not pinned(name):
            continue
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


def lines(current: Figures, rows: list[Row]) -> list[str]:
    """One line per pinned figure, with the tune half's figure and the gap beside the
    check half's; then the figures of sets measured on their tune half only."""
    out = []
    for row in rows:
        name, half = split_key(row.set)
        tune = current.get(key_of(name, TUNE), {}).get(row.figure) if half == CHECK else None
        out.append(row.line(tune))
    for key, figures in current.items():
        name, half = split_key(key)
        if name.startswith(ARTICLES + "/"):
            shown = " ".join(
                f"{fig.removeprefix('article.')} {v:.3f}" for fig, v in figures.items()
            )
            out.append(f"{name} {half}: {shown} (not pinned)")
        elif half == TUNE and key_of(name, CHECK) not in current:
            out += [f"{name} {fig} tune {v:.3f} (not pinned)" for fig, v in figures.items()]
    return out


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
    parser.add_argument(
        "--texts",
        type=Path,
        default=DEFAULT_TEXTS,
        help="the folder the article annotations' texts are under (default ../shared/bench)",
    )
    parser.add_argument(
        "--articles",
        type=Path,
        default=DEFAULT_ARTICLES,
        help="the folder of article annotations (default bench/articles)",
    )
    parser.add_argument(
        "--annotations",
        type=Path,
        default=DEFAULT_ANNOTATIONS,
        help="the folder of annotations of dev sentences (default bench/annotations)",
    )
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
        "--half",
        choices=(CHECK, TUNE, ALL),
        default=ALL,
        help="measure the check half, the tune half, or both (all, the default: the check "
        "half is compared with the baseline, the tune half shown beside it with the gap)",
    )
    parser.add_argument(
        "--reports",
        type=Path,
        metavar="DIR",
        help="write each set's full report (.json and .txt) here",
    )
    args = parser.parse_args(argv)

    sets = discover(args.eval_dir, args.texts, args.articles, args.annotations)
    if args.only:
        sets = [s for s in sets if s[1] in args.only]
    if not sets:
        print(f"accuracy: no gold sets under {args.eval_dir}; nothing to measure")
        return 0

    from communique.pipeline import Pipeline

    pipeline = Pipeline()
    halves = (CHECK, TUNE) if args.half == ALL else (args.half,)
    current = measure(sets, pipeline, args.reports, halves=halves)
    baseline, tolerance = load_baseline(args.baseline)
    rows = compare(current, baseline, tolerance)
    for line in lines(current, rows):
        print(line)
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
