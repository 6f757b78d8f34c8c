"""Reading gold sets and predictions, and making predictions with the pipeline.

Gold sets are JSON Lines (``events``, ``quotes``, ``dates``, ``actors``) or, for an
article, a YAML annotation: the seed article's beside its ``article.txt``, or one that
names its text (``article: bbc-politics/123.txt``), resolved under a ``texts`` folder
(by default the annotation's own); a folder of such annotations is a set of articles. Predictions are JSON Lines
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
from .tokens import is_run, tokens

if TYPE_CHECKING:
    from ..pipeline import Pipeline

Record = dict[str, Any]

#: The field every gold record of a kind must carry.
REQUIRED_FIELD = {"events": "events", "quotes": "quotes", "dates": "dates", "actors": "actor"}
#: The text the seed-article annotation is about, beside it.
ARTICLE_TEXT = "article.txt"
#: The seed article's annotation, in its folder.
SEED_GOLD = "expected.yaml"


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


def load_gold(kind: str, path: Path, texts: Path | None = None) -> list[Record]:
    """Gold records of ``kind`` from a JSON Lines file, checked for their fields.

    ``texts``: a JSON Lines file whose records (by ``id``) give the ``text`` and
    ``published`` of gold records that carry only their annotation (a set coded anew
    from another set's sentences, which stores ids, not text).
    """
    records = read_jsonl(path)
    if texts is not None:
        records = join_texts(records, read_jsonl(texts, what="texts"), path, texts)
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


def join_texts(
    records: list[Record], sources: list[Record], path: Path, texts: Path
) -> list[Record]:
    """``records`` with the ``text`` and ``published`` of the same id in ``sources``
    (a record's own values win)."""
    by_id = {str(r["id"]): r for r in sources}
    out = []
    for rec in records:
        source = by_id.get(str(rec["id"]))
        if source is None:
            raise EvaluationError(f"{path}: record {rec['id']} is not in {texts}")
        joined: Record = {k: source.get(k) for k in ("text", "published") if k in source}
        out.append({**joined, **rec})
    return out


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


def load_article_gold(path: Path, texts: Path | None = None) -> tuple[Record, str]:
    """An article annotation and the text it annotates.

    The text is the annotation's ``article`` (a path under ``texts``, by default the
    annotation's folder), else ``article.txt`` beside it (the seed article).
    """
    if not path.is_file():
        raise EvaluationError(f"gold file not found: {path}")
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise EvaluationError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(gold, dict) or "events_required" not in gold:
        raise EvaluationError(f"{path}: not an article annotation (no 'events_required')")
    if gold.get("article"):
        root = texts if texts is not None else path.parent
        text_path = root / str(gold["article"])
        if not text_path.is_file():
            raise EvaluationError(
                f"{path}: the annotated text {gold['article']} is not under {root} "
                "(give the folder that holds it with --texts)"
            )
    else:
        text_path = path.with_name(ARTICLE_TEXT)
        if not text_path.is_file():
            raise EvaluationError(f"{path}: the annotated text {text_path.name} is not beside it")
    gold = _stringify(gold)
    gold.setdefault("document", {})
    text = text_path.read_text(encoding="utf-8")
    problems = annotation_problems(gold, text)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise EvaluationError(f"{path}: {problems[0]}{more}")
    return gold, text


def _root_ok(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 2 and value.isdigit()


def annotation_problems(gold: Record, text: str) -> list[str]:
    """What in an article annotation does not fit its text or the format.

    Every quote's ``contains``, actor mention and date ``text`` must occur in the text
    (as a token run), every ``no_events_from_lines`` line verbatim; events need a source,
    a target and a two-digit ``root`` that their ``cameo`` starts with.
    """
    words = tokens(text)
    problems = []
    for q in gold.get("quotes") or []:
        if not is_run(tokens(str(q.get("contains"))), words):
            problems.append(f"quote {q.get('id')}: {q.get('contains')!r} is not in the text")
    for a in gold.get("actors") or []:
        for m in a.get("mentions") or []:
            if not is_run(tokens(str(m)), words):
                problems.append(f"actor {a.get('name')}: mention {m!r} is not in the text")
    for d in gold.get("dates") or []:
        if not is_run(tokens(str(d.get("text"))), words):
            problems.append(f"date {d.get('text')!r} is not in the text")
    for line in gold.get("no_events_from_lines") or []:
        if str(line) not in text:
            problems.append(f"no-event line {str(line)[:40]!r}... is not in the text")
    for e in gold.get("events_required") or []:
        root, cameo = e.get("root"), e.get("cameo")
        if not e.get("source") or not e.get("target") or not _root_ok(root):
            problems.append(f"event {e.get('id')}: needs a source, a target and a 2-digit root")
        elif cameo is not None and not str(cameo).startswith(str(root)):
            problems.append(f"event {e.get('id')}: cameo {cameo} is not under root {root}")
    for e in gold.get("events_allowed") or []:
        if not _root_ok(e.get("root")):
            problems.append(f"allowed pattern {e}: needs a 2-digit root")
    return problems


def article_id(gold: Record) -> str:
    """The id of an annotated article: the text it names, else the seed's ``article.txt``."""
    return str(gold.get("article") or ARTICLE_TEXT)


def article_gold_files(path: Path) -> list[Path]:
    """The annotations a path stands for: a file; a folder holding the seed's
    ``expected.yaml``; or a folder of annotations (``*.yaml``, sorted)."""
    if path.is_dir():
        seed = path / SEED_GOLD
        files = [seed] if seed.is_file() else sorted(path.glob("*.yaml"))
        if not files:
            raise EvaluationError(f"no article annotation (*.yaml) in {path}")
        return files
    if not path.is_file():
        raise EvaluationError(f"gold file not found: {path}")
    return [path]


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
    """Run the pipeline on the gold texts; one contract record per gold record, with the
    events ``communique extract`` prints (those at the settings' ``min_confidence``)."""
    docs = pipeline.run(articles_of(gold), batch_size=batch_size)
    threshold = pipeline.settings.min_confidence
    return [doc.confident(threshold).to_dict() for doc in docs]


def predict_article(pipeline: Pipeline, gold: Record, text: str) -> Record:
    """Run the pipeline on an annotated article with the annotation's publication date."""
    published = _iso((gold.get("document") or {}).get("published"))
    doc = pipeline.extract(text, published=published, id=article_id(gold))
    return doc.confident(pipeline.settings.min_confidence).to_dict()
