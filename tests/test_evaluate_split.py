"""The tune and check halves: a fixed hash of the record id, and evaluate() on one half."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from communique.errors import EvaluationError, UsageError
from communique.evaluate import evaluate, evaluate_halves
from communique.evaluate import gold as gold_io
from communique.evaluate.split import check_half, half_of, in_half, select
from communique.pipeline import Pipeline


@pytest.mark.parametrize(
    ("record_id", "half"),
    [
        # pinned: a change of the rule would move records between the halves
        ("conflibert-train-0001", "tune"),
        ("conflibert-train-0002", "check"),
        ("s1", "tune"),
        ("s2", "check"),
        ("bbc-politics/001.txt", "tune"),
    ],
)
def test_split_half_of_known_ids(record_id: str, half: str) -> None:
    assert half_of(record_id) == half
    first = hashlib.sha256(record_id.encode("utf-8")).digest()[0]
    assert (first % 2 == 0) == (half == "tune")


def test_split_halves_are_about_even_and_do_not_depend_on_order() -> None:
    ids = [f"record-{n}" for n in range(2000)]
    tune = [i for i in ids if half_of(i) == "tune"]
    assert 900 < len(tune) < 1100
    records = [{"id": i} for i in ids]
    assert [r["id"] for r in select(records, "tune")] == tune
    assert {r["id"] for r in select(records[::-1], "tune")} == set(tune)
    check = select(records, "check")
    assert len(tune) + len(check) == len(ids)
    assert not set(tune) & {r["id"] for r in check}
    assert select(records, "all") == records
    assert in_half(7, "all") and in_half("s1", "tune") and not in_half("s1", "check")


def test_split_unknown_half_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="tune, check, all"):
        check_half("train")
    with pytest.raises(UsageError):
        select([{"id": "a"}], "dev")


def _dates_gold(path: Path) -> Path:
    # s1 falls in the tune half, s2 in the check half
    records = [
        {
            "id": sid,
            "text": text,
            "published": "2024-05-08",
            "dates": [{"text": "on Friday", "value": "2024-05-03"}],
        }
        for sid, text in (("s1", "It rained on Friday."), ("s2", "They met on Friday."))
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_split_evaluate_scores_only_the_half(tmp_path: Path) -> None:
    gold = _dates_gold(tmp_path / "dates.jsonl")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(  # right in s1 (tune), wrong value in s2 (check)
        json.dumps({"id": "s1", "dates": [{"text": "on Friday", "value": "2024-05-03"}]})
        + "\n"
        + json.dumps({"id": "s2", "dates": [{"text": "on Friday", "value": "2024-05-10"}]})
        + "\n",
        encoding="utf-8",
    )
    tune = evaluate("dates", gold, predictions=pred, half="tune")
    check = evaluate("dates", gold, predictions=pred, half="check")
    whole = evaluate("dates", gold, predictions=pred)
    assert (tune.figures["gold"], tune.figures["correct"]) == (1, 1)
    assert (check.figures["gold"], check.figures["correct"]) == (1, 0)
    assert (whole.figures["gold"], whole.figures["correct"]) == (2, 1)
    assert (tune.half, check.half, whole.half) == ("tune", "check", "all")
    assert "check half" in check.render() and "half" not in whole.render().splitlines()[0]
    assert check.to_dict()["half"] == "check"


def test_split_evaluate_halves_runs_the_pipeline_once(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    gold = _dates_gold(tmp_path / "dates.jsonl")
    runs: list[list[str]] = []
    real = gold_io.predict

    def counted(pipe: Pipeline, records: list[dict], batch_size: int = 64) -> list[dict]:
        runs.append([r["id"] for r in records])
        return real(pipe, records, batch_size)

    monkeypatch.setattr(gold_io, "predict", counted)
    reports = evaluate_halves("dates", gold, pipeline=pipeline)
    assert runs == [["s1", "s2"]]
    assert set(reports) == {"check", "tune"}
    assert reports["tune"].figures["gold"] == reports["check"].figures["gold"] == 1
    evaluate_halves("dates", gold, ("tune",), pipeline=pipeline)
    assert runs[-1] == ["s1"]  # one half: only its records are run


def test_split_empty_half_and_article_halves_are_errors(tmp_path: Path) -> None:
    gold = tmp_path / "dates.jsonl"
    gold.write_text(json.dumps({"id": "s1", "text": "x", "dates": []}) + "\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="no record falls in the check half"):
        evaluate("dates", gold, predictions=gold, half="check")
    (tmp_path / "article.txt").write_text("Nothing happened.", encoding="utf-8")
    (tmp_path / "expected.yaml").write_text("events_required: []\n", encoding="utf-8")
    with pytest.raises(UsageError, match="no halves"):
        evaluate("article", tmp_path / "expected.yaml", predictions=gold, half="tune")
    assert evaluate("article", tmp_path, predictions=gold).half == "all"
