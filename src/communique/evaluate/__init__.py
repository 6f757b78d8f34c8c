"""Measure communique's extraction against gold data (``communique evaluate``).

    >>> from communique.evaluate import evaluate
    >>> report = evaluate("dates", "../shared/eval/dev/dates.jsonl")
    >>> print(report.render())

``evaluate`` runs the real pipeline on a gold set's texts (with their publication
dates), or reads ready-made ``predictions`` (extraction-contract JSON Lines), and scores
them with ``score``, which applies the matching rules of the gold README: events at the
PLOVER, CAMEO, root and quad levels the gold fills (greedy one-to-one matching; a null
gold source or target matches any country), quotations found and attributed, dates
found and resolved, actors resolved to country and sector, and annotated articles
(the seed article's ``expected.yaml`` beside its ``article.txt``, or a folder of
annotations that each name their text, resolved under ``texts``; pooled over the set).

Every gold set is split into a *tune* and a *check* half by a fixed hash of the record
ids (``split``; an article's id is the text it names): ``evaluate(..., half="check")``
scores one half, ``evaluate_halves`` several halves from one run of the pipeline. Rules
are written from tune errors; the check half is what the project reports. The seed
article, one document with no id of its own, is not split.

Modules: ``tokens`` (the token and overlap rule), ``score`` (events, quotes, dates,
actors), ``article`` (the seed article), ``gold`` (reading gold and predictions, running
the pipeline), ``split`` (the tune and check halves), ``articles`` (a set of articles,
pooled), ``report`` (``Report`` and its
rendering).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError, UnknownFormatError, UsageError
from . import gold as gold_io
from .article import score_article
from .articles import article_row, pool
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
    texts: str | Path | None = None,
) -> Report:
    """Measure one gold set, or one half of it: run the pipeline (or read ``predictions``)
    and score it. ``texts``: the folder an article annotation's ``article`` is under, or
    for JSON Lines gold that stores ids and annotations only, the gold file whose records
    give their ``text`` and ``published``."""
    return evaluate_halves(
        kind, gold, (half,), pipeline=pipeline, predictions=predictions, level=level, texts=texts
    )[half]


def evaluate_halves(
    kind: str,
    gold: str | Path,
    halves: tuple[str, ...] = (CHECK, TUNE),
    *,
    pipeline: Pipeline | None = None,
    predictions: str | Path | None = None,
    level: str | None = None,
    texts: str | Path | None = None,
) -> dict[str, Report]:
    """One report per half of a gold set, from one run of the pipeline.

    For articles, ``gold`` is an annotation or a folder of them: a folder gives one pooled
    report per half (the articles whose id falls in it, each listed in
    ``figures["articles"]``). The seed article names no text of its own and is not split:
    it takes only ``half="all"``.
    """
    _check_kind(kind)
    for half in halves:
        check_half(half)
    levels = _levels(kind, level)
    path = Path(gold)
    if kind == "article":
        return _evaluate_articles(
            path, halves, pipeline, predictions, None if texts is None else Path(texts)
        )
    records = gold_io.load_gold(kind, path, None if texts is None else Path(texts))
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


def _evaluate_articles(
    path: Path,
    halves: tuple[str, ...],
    pipeline: Pipeline | None,
    predictions: str | Path | None,
    texts: Path | None,
) -> dict[str, Report]:
    files = gold_io.article_gold_files(path)
    loaded = [(f, *gold_io.load_article_gold(f, texts)) for f in files]
    if any(not gold.get("article") for _, gold, _ in loaded) and any(h != ALL for h in halves):
        raise UsageError("the seed article is one document and has no halves; use --half all")
    ids = [gold_io.article_id(gold) for _, gold, _ in loaded]
    wanted = {i for i in ids if ALL in halves or half_of(i) in halves}
    preds: dict[str, dict[str, Any]] = {}
    if predictions is not None:
        records = gold_io.load_predictions(Path(predictions))
        preds = {str(r["id"]): r for r in records}
        if len(loaded) == 1:  # one article: the first prediction, whatever its id
            preds.setdefault(ids[0], records[0])
    scored = []
    for (file, gold, text), art in zip(loaded, ids, strict=True):
        if art not in wanted:
            continue
        if predictions is None:
            pred = gold_io.predict_article(pipeline or _pipeline(), gold, text)
        else:
            pred = preds.get(art, {})
        figures, misses = score_article(gold, pred, text)
        scored.append((file, art, figures, misses))
    reports = {}
    for half in halves:
        part = [s for s in scored if half == ALL or half_of(s[1]) == half]
        if not part:
            raise EvaluationError(f"{path}: no article falls in the {half} half")
        if path.is_file() or (len(files) == 1 and not loaded[0][1].get("article")):
            file, _, figures, misses = part[0]
            reports[half] = Report("article", str(file), figures, misses[:MAX_WORST], half=half)
            continue
        figures = pool([(art, fig) for _, art, fig, _ in part])
        figures["articles"] = [
            {
                **article_row(art, half_of(art), fig),
                "gold": str(file),
                "headline": headline_figures("article", fig),
            }
            for file, art, fig, _ in part
        ]
        misses = [{**m, "id": f"{art}: {m['id']}"} for _, art, _, ms in part for m in ms]
        reports[half] = Report("article", str(path), figures, misses[:MAX_WORST], half=half)
    return reports


def _pipeline() -> Pipeline:
    from ..pipeline import Pipeline

    return Pipeline()


# EvaluationError is what a malformed gold file raises; re-exported for callers.
__all__ += ["EvaluationError"]
