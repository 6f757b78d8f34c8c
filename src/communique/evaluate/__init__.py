"""Measure communique's extraction against gold data (``communique evaluate``).

    >>> from communique.evaluate import evaluate
    >>> report = evaluate("dates", "../shared/eval/dev/dates.jsonl")
    >>> print(report.render())

``evaluate`` runs the real pipeline on a gold set's texts (with their publication
dates), or reads ready-made ``predictions`` (extraction-contract JSON Lines), and scores
them with ``score``, which applies the matching rules of the gold README: events at the
PLOVER, CAMEO, root and quad levels the gold fills (greedy one-to-one matching; a null
gold source or target matches any country), quotations found and attributed, dates
found and resolved, actors resolved to country and sector, and the seed article
(``expected.yaml`` beside its ``article.txt``).

Every JSON Lines gold set is split into a *tune* and a *check* half by a fixed hash of
the record ids (``split``): ``evaluate(..., half="check")`` scores one half,
``evaluate_halves`` several halves from one run of the pipeline. Rules are written from
tune errors; the check half is what the project reports.

Modules: ``tokens`` (the token and overlap rule), ``score`` (events, quotes, dates,
actors), ``article`` (the seed article), ``gold`` (reading gold and predictions, running
the pipeline), ``split`` (the tune and check halves), ``report`` (``Report`` and its
rendering).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError, UnknownFormatError, UsageError
from . import gold as gold_io
from .article import score_article
from .report import MAX_WORST, Report, headline_figures
from .score import LEVELS, score_actors, score_dates, score_events, score_quotes
from .split import ALL, CHECK, HALVES, TUNE, check_half, half_of, select

if TYPE_CHECKING:
    from ..pipeline import Pipeline

KINDS = ("events", "quotes", "dates", "actors", "article")

__all__ = [
    "HALVES",
    "KINDS",
    "LEVELS",
    "Report",
    "evaluate",
    "evaluate_halves",
    "half_of",
    "headline_figures",
    "score",
]


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UnknownFormatError(
            f"unknown evaluation kind {kind!r}; expected one of {', '.join(KINDS)}"
        )


def _levels(kind: str, level: str | None) -> list[str] | None:
    if level is None:
        return None
    if kind != "events":
        raise UsageError(f"--level applies to events only, not to {kind}")
    if level not in LEVELS:
        raise UsageError(f"unknown event level {level!r}; expected one of {', '.join(LEVELS)}")
    return [level]


def _score(
    kind: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]], levels: list[str] | None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    if kind == "events":
        return score_events(gold, pred, levels)
    if kind == "quotes":
        return score_quotes(gold, pred)
    if kind == "dates":
        return score_dates(gold, pred)
    if kind == "actors":
        return score_actors(gold, pred)
    raise UnknownFormatError(f"score() takes a JSON Lines kind, not {kind!r}; use evaluate()")


def score(
    kind: str, gold_records: list[dict[str, Any]], pred_records: list[dict[str, Any]]
) -> dict[str, Any]:
    """Score predictions against gold records of ``kind`` (pure; no pipeline).

    Returns the figures in the structure of the conformance ``expected.json``. For
    ``article``, ``gold_records`` is ``[annotation]`` with the article text under
    ``"text"`` and ``pred_records`` the one prediction.
    """
    _check_kind(kind)
    if kind == "article":
        gold = gold_records[0] if gold_records else {}
        pred = pred_records[0] if pred_records else {}
        return score_article(gold, pred, str(gold.get("text") or pred.get("text") or ""))[0]
    return _score(kind, gold_records, pred_records, None)[0]


def evaluate(
    kind: str,
    gold: str | Path,
    *,
    pipeline: Pipeline | None = None,
    predictions: str | Path | None = None,
    level: str | None = None,
    half: str = ALL,
) -> Report:
    """Measure one gold set, or one half of it: run the pipeline (or read ``predictions``)
    and score it."""
    return evaluate_halves(
        kind, gold, (half,), pipeline=pipeline, predictions=predictions, level=level
    )[half]


def evaluate_halves(
    kind: str,
    gold: str | Path,
    halves: tuple[str, ...] = (CHECK, TUNE),
    *,
    pipeline: Pipeline | None = None,
    predictions: str | Path | None = None,
    level: str | None = None,
) -> dict[str, Report]:
    """One report per half of a gold set, from one run of the pipeline.

    An article is one document and is not split: it takes only ``half="all"``.
    """
    _check_kind(kind)
    for half in halves:
        check_half(half)
    levels = _levels(kind, level)
    path = Path(gold)
    if kind == "article":
        if any(half != ALL for half in halves):
            raise UsageError("an article is one document and has no halves; use --half all")
        return {ALL: _evaluate_article(path, pipeline, predictions)}
    records = gold_io.load_gold(kind, path)
    wanted = records if ALL in halves else [r for r in records if half_of(r["id"]) in halves]
    if predictions is not None:
        pred_records = gold_io.load_predictions(Path(predictions))
    else:
        pred_records = gold_io.predict(pipeline or _pipeline(), wanted)
    reports = {}
    for half in halves:
        part = select(records, half)
        if not part:
            raise EvaluationError(f"{path}: no record falls in the {half} half")
        figures, misses = _score(kind, part, pred_records, levels)
        reports[half] = Report(kind, str(path), figures, misses[:MAX_WORST], half=half)
    return reports


def _evaluate_article(
    path: Path, pipeline: Pipeline | None, predictions: str | Path | None
) -> Report:
    if path.is_dir():  # the folder holding expected.yaml and article.txt
        path = path / "expected.yaml"
    annotation, text = gold_io.load_article_gold(path)
    if predictions is not None:
        pred = gold_io.load_predictions(Path(predictions))[0]
    else:
        pred = gold_io.predict_article(pipeline or _pipeline(), annotation, text)
    figures, misses = score_article(annotation, pred, text)
    return Report("article", str(path), figures, misses[:MAX_WORST])


def _pipeline() -> Pipeline:
    from ..pipeline import Pipeline

    return Pipeline()


# EvaluationError is what a malformed gold file raises; re-exported for callers.
__all__ += ["EvaluationError"]
