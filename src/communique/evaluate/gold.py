"""Reading gold sets and predictions, and making predictions with the pipeline.

Gold sets are JSON Lines (``events``, ``quotes``, ``dates``, ``actors``) or, for the
seed article, a YAML annotation beside its ``article.txt``. Predictions are JSON Lines
in the extraction-contract shape, one record per gold id. Anything malformed raises
``EvaluationError`` with one line that says which file and which line.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import EvaluationError
from ..models import Article

if TYPE_CHECKING:
    from ..pipeline import Pipeline

Record = dict[str, Any]

#: The field every gold record of a kind must carry.
REQUIRED_FIELD = {"events": "events", "quotes": "quotes", "dates": "dates", "actors": "actor"}
#: The text the seed-article annotation is about, beside it.
ARTICLE_TEXT = "article.txt"


def read_jsonl(path: Path, what: str = "gold") -> list[Record]:
    """The records of a JSON Lines file; blank lines are skipped."""
    if not path.is_file():
        raise EvaluationError(f"{what} file not found: {path}")
    records = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluationError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
            if not isinstance(rec, dict) or "id" not in rec:
                raise EvaluationError(f"{path}:{n}: a {what} record must be an object with an 'id'")
            records.append(rec)
    if not records:
        raise EvaluationError(f"{what} file is empty: {path}")
    return records


def load_gold(kind: str, path: Path) -> list[Record]:
    """Gold records of ``kind`` from a JSON Lines file, checked for their fields."""
    records = read_jsonl(path)
    field = REQUIRED_FIELD[kind]
    for n, rec in enumerate(records, 1):
        if field not in rec:
            raise EvaluationError(
                f"{path}: record {n} ({rec['id']}) has no {field!r}: not a {kind} gold set"
            )
        if kind != "actors" and not isinstance(rec[field], list):
            raise EvaluationError(f"{path}: record {n} ({rec['id']}): {field!r} must be a list")
        if kind != "actors" and "text" not in rec:
            raise EvaluationError(f"{path}: record {n} ({rec['id']}) has no 'text'")
    return records


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _stringify(value: Any) -> Any:
    """YAML dates and numbers as the strings the scorer compares."""
    if isinstance(value, dict):
        return {k: _stringify(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def load_article_gold(path: Path) -> tuple[Record, str]:
    """The seed-article annotation and the text beside it."""
    if not path.is_file():
        raise EvaluationError(f"gold file not found: {path}")
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise EvaluationError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(gold, dict) or "events_required" not in gold:
        raise EvaluationError(f"{path}: not an article annotation (no 'events_required')")
    text_path = path.with_name(ARTICLE_TEXT)
    if not text_path.is_file():
        raise EvaluationError(f"{path}: the annotated text {text_path.name} is not beside it")
    gold = _stringify(gold)
    gold.setdefault("document", {})
    return gold, text_path.read_text(encoding="utf-8")


def load_predictions(path: Path) -> list[Record]:
    """Prediction records (extraction-contract JSON Lines)."""
    return read_jsonl(path, what="predictions")


def articles_of(gold: list[Record]) -> list[Article]:
    """The gold records as Articles: their text and their publication date."""
    return [
        Article(
            id=str(rec["id"]),
            text=str(rec.get("text") or ""),
            published=_iso(rec.get("published")),
            published_origin="metadata" if rec.get("published") else None,
        )
        for rec in gold
    ]


def predict(pipeline: Pipeline, gold: list[Record], batch_size: int = 64) -> list[Record]:
    """Run the pipeline on the gold texts; one contract record per gold record."""
    docs = pipeline.run(articles_of(gold), batch_size=batch_size)
    return [doc.to_dict() for doc in docs]


def predict_article(pipeline: Pipeline, gold: Record, text: str) -> Record:
    """Run the pipeline on the seed article with the annotation's publication date."""
    published = _iso((gold.get("document") or {}).get("published"))
    return pipeline.extract(text, published=published, id=ARTICLE_TEXT).to_dict()
