"""evaluate(): running the real pipeline on a gold set, reading predictions, and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from communique.errors import CommuniqueError, EvaluationError, UnknownFormatError, UsageError
from communique.evaluate import KINDS, Report, evaluate
from communique.pipeline import Pipeline

SEED = Path(__file__).resolve().parent.parent / "examples" / "india-russia-defence-talks.txt"


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_evaluate_kinds() -> None:
    assert KINDS == ("events", "quotes", "dates", "actors", "article")


def test_evaluate_reads_predictions_instead_of_running(tmp_path: Path) -> None:
    gold = _write_jsonl(
        tmp_path / "dates.jsonl",
        [
            {
                "id": "d",
                "text": "It rained on Friday.",
                "published": "2024-05-08",
                "dates": [{"text": "on Friday", "value": "2024-05-03"}],
            },
        ],
    )
    pred = _write_jsonl(
        tmp_path / "pred.jsonl",
        [
            {"id": "d", "dates": [{"text": "Friday", "value": "2024-05-10"}]},
        ],
    )
    report = evaluate("dates", gold, predictions=pred)
    assert (report.figures["found"], report.figures["correct"]) == (1, 0)
    assert report.worst[0]["id"] == "d"
    assert "dates" in report.render()
    assert json.loads(json.dumps(report.to_dict()))["figures"] == report.figures


def test_evaluate_runs_the_pipeline_on_gold_texts(tmp_path: Path, pipeline: Pipeline) -> None:
    gold = _write_jsonl(
        tmp_path / "quotes.jsonl",
        [
            {
                "id": "q1",
                "published": "2024-05-08",
                "text": "“We will not sign this deal,” said Prime Minister Anna Berg on Tuesday.",
                "quotes": [{"quote": "“We will not sign this deal,”", "speaker": "Anna Berg"}],
            },
            {"id": "q2", "published": None, "text": "Nothing was said.", "quotes": []},
        ],
    )
    report = evaluate("quotes", gold, pipeline=pipeline)
    assert isinstance(report, Report)
    fig = report.figures
    assert (fig["records"], fig["gold"]) == (2, 1)
    # whatever the quote stage finds, the figures are consistent with it
    assert 0 <= fig["found"] <= min(fig["gold"], fig["pred"])
    assert "quotes" in report.render()


def test_evaluate_seed_article_with_the_pipeline(tmp_path: Path, pipeline: Pipeline) -> None:
    (tmp_path / "article.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    annotation = {
        "document": {"published": "2025-08-06"},
        "events_required": [
            {
                "id": "E",
                "what": "talks",
                "source": "IND",
                "target": "RUS",
                "symmetric": True,
                "root": "04",
            }
        ],
        "events_allowed": [],
        "no_events_from_lines": ["(With inputs from IBNS and Reuters)"],
        "quotes": [
            {
                "id": "Q",
                "contains": "We hear many statements",
                "speaker": "Dmitry Peskov",
                "country": "RUS",
            }
        ],
        "actors": [
            {
                "name": "Dmitry Peskov",
                "mentions": ["Dmitry Peskov", "Peskov"],
                "country": "RUS",
                "sector": "GOV",
            }
        ],
        "dates": [{"text": "on Tuesday", "value": "2025-08-05"}],
    }
    gold = tmp_path / "expected.yaml"
    gold.write_text(yaml.safe_dump(annotation), encoding="utf-8")
    report = evaluate("article", gold, pipeline=pipeline)
    assert evaluate("article", tmp_path, pipeline=pipeline).figures == report.figures
    assert json.loads(json.dumps(report.to_dict()))["figures"] == report.figures
    ev = report.figures["events"]
    assert ev["required"] == 1
    assert ev["found"] + ev["allowed"] + ev["false_positives"] == ev["predicted"]
    text = report.render()
    assert "required 1" in text and "actors" in text
    assert set(report.headline()) == {
        "article.events.recall",
        "article.events.precision",
        "article.quotes.R",
        "article.quotes.attributed",
        "article.actors.accuracy",
        "article.dates.end_to_end",
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "1", "text": "x", "dates": []}\nnot json\n', "not valid JSON"),
        ('{"text": "x", "dates": []}\n', "'id'"),
        ('{"id": "1", "text": "x", "events": []}\n', "not a dates gold set"),
        ("", "empty"),
    ],
)
def test_evaluate_bad_gold_file_raises_one_line(tmp_path: Path, content: str, message: str) -> None:
    gold = tmp_path / "dates.jsonl"
    gold.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=message) as info:
        evaluate("dates", gold, predictions=gold)
    assert "\n" not in str(info.value)


def test_evaluate_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="not found"):
        evaluate("events", tmp_path / "nope.jsonl", predictions=tmp_path / "nope.jsonl")


def test_evaluate_article_needs_its_text_beside(tmp_path: Path) -> None:
    gold = tmp_path / "expected.yaml"
    gold.write_text("events_required: []\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="article.txt"):
        evaluate("article", gold, predictions=gold)


def test_evaluate_unknown_kind_and_level(tmp_path: Path) -> None:
    with pytest.raises(UnknownFormatError, match="unknown evaluation kind"):
        evaluate("sentiment", tmp_path / "x.jsonl")
    with pytest.raises(UsageError, match="events only"):
        evaluate("dates", tmp_path / "x.jsonl", level="quad")
    with pytest.raises(CommuniqueError, match="unknown event level"):
        evaluate("events", tmp_path / "x.jsonl", level="severity")


def test_evaluate_level_restricts_events(tmp_path: Path) -> None:
    gold = _write_jsonl(
        tmp_path / "ev.jsonl",
        [
            {
                "id": "1",
                "text": "x",
                "events": [
                    {
                        "source": "USA",
                        "target": "CAN",
                        "cameo": "042",
                        "root": "04",
                        "quad": 1,
                        "neutral": False,
                        "plover": None,
                    }
                ],
            },
        ],
    )
    pred = _write_jsonl(tmp_path / "p.jsonl", [{"id": "1", "events": []}])
    assert list(evaluate("events", gold, predictions=pred).figures["levels"]) == [
        "cameo",
        "root",
        "quad",
    ]
    assert list(evaluate("events", gold, predictions=pred, level="root").figures["levels"]) == [
        "root"
    ]


def test_evaluate_gold_of_ids_takes_texts_from_another_set(tmp_path: Path) -> None:
    event = {
        "source": "USA",
        "target": "CAN",
        "cameo": "042",
        "root": "04",
        "quad": 1,
        "neutral": False,
        "plover": "CONSULT",
    }
    texts = _write_jsonl(
        tmp_path / "texts.jsonl",
        [
            {"id": "1", "text": "The US president visited Canada.", "published": "2020-01-02"},
            {"id": "2", "text": "Not annotated.", "published": None},
        ],
    )
    gold = _write_jsonl(tmp_path / "ids.jsonl", [{"id": "1", "events": [event]}])
    pred = _write_jsonl(
        tmp_path / "p.jsonl",
        [
            {
                "id": "1",
                "events": [{**event, "source": {"country": "USA"}, "target": {"country": "CAN"}}],
            }
        ],
    )
    with pytest.raises(EvaluationError, match="has no 'text'"):
        evaluate("events", gold, predictions=pred)
    report = evaluate("events", gold, predictions=pred, texts=texts)
    assert report.figures["records"] == 1
    assert report.figures["levels"]["plover"]["tp"] == report.figures["levels"]["cameo"]["tp"] == 1
    missing = _write_jsonl(tmp_path / "ids2.jsonl", [{"id": "3", "events": [event]}])
    with pytest.raises(EvaluationError, match="record 3 is not in .*texts.jsonl"):
        evaluate("events", missing, predictions=pred, texts=texts)
