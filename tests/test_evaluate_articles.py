"""A set of annotated articles: texts named by the annotation, checked, scored and pooled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from communique.errors import EvaluationError
from communique.evaluate import evaluate, evaluate_halves, headline_figures
from communique.evaluate.articles import pool
from communique.evaluate.gold import annotation_problems, load_article_gold
from communique.pipeline import Pipeline

# news/a.txt falls in the tune half, news/b.txt in the check half
TEXTS = {
    "news/a.txt": "Talks\n\nFrance criticised Germany on Monday. “We are not pleased,” Paris said.",
    "news/b.txt": "Visit\n\nJapan praised China. Tokyo said it was “a good start”.",
}


def _annotation(article: str, source: str, target: str, contains: str) -> dict:
    return {
        "article": article,
        "document": {"published": "2005-03-23"},
        "events_required": [
            {"id": "E1", "what": "x", "source": source, "target": target, "root": "11"},
        ],
        "events_allowed": [{"source": source, "target": None, "root": "01"}],
        "quotes": [{"id": "Q1", "contains": contains, "speaker": "Paris", "country": source}],
        "actors": [],
        "dates": [],
    }


def _set(tmp_path: Path) -> tuple[Path, Path]:
    texts, gold = tmp_path / "texts", tmp_path / "gold"
    for name, text in TEXTS.items():
        (texts / name).parent.mkdir(parents=True, exist_ok=True)
        (texts / name).write_text(text, encoding="utf-8")
    gold.mkdir()
    for name, ann in (
        ("a.yaml", _annotation("news/a.txt", "FRA", "DEU", "We are not pleased")),
        ("b.yaml", _annotation("news/b.txt", "JPN", "CHN", "a good start")),
    ):
        (gold / name).write_text(yaml.safe_dump(ann), encoding="utf-8")
    return texts, gold


def _event(source: str, target: str | None, root: str) -> dict:
    return {
        "source": {"country": source},
        "target": None if target is None else {"country": target},
        "root": root,
        "cameo": root + "0",
        "sentence": "x",
    }


def _predictions(tmp_path: Path) -> Path:
    records = [
        {  # tune: the required event, an allowed one, a false positive; the quote found
            "id": "news/a.txt",
            "events": [
                _event("FRA", "DEU", "11"),
                _event("FRA", None, "01"),
                _event("DEU", "FRA", "19"),
            ],
            "quotes": [
                {"text": "“We are not pleased,”", "speaker": {"text": "Paris", "country": "FRA"}}
            ],
        },
        {"id": "news/b.txt", "events": [], "quotes": []},  # check: nothing found
    ]
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def test_articles_folder_is_pooled_per_half(tmp_path: Path) -> None:
    texts, gold = _set(tmp_path)
    reports = evaluate_halves(
        "article", gold, ("tune", "check", "all"), predictions=_predictions(tmp_path), texts=texts
    )
    tune, check, whole = (reports[h].figures for h in ("tune", "check", "all"))
    assert [a["article"] for a in tune["articles"]] == ["news/a.txt"]
    assert [a["article"] for a in check["articles"]] == ["news/b.txt"]
    assert (
        tune["events"]["found"],
        tune["events"]["allowed"],
        tune["events"]["false_positives"],
    ) == (1, 1, 1)
    assert tune["events"]["precision"] == 0.5 and check["events"]["recall"] == 0.0
    assert (whole["events"]["required"], whole["events"]["found"]) == (2, 1)
    assert whole["quotes"]["found"] == 1 and whole["quotes"]["R"] == 0.5
    missed = whole["events"]["missed_events"]
    assert [(m["article"], m["id"]) for m in missed] == [("news/b.txt", "E1")]
    assert whole["articles"][0]["headline"]["article.events.recall"] == 1.0
    rendered = reports["all"].render()
    assert "news/a.txt" in rendered and "news/b.txt: E1" in rendered
    # a part without gold gives no headline figure
    assert "article.dates.end_to_end" not in headline_figures("article", whole)


def test_articles_one_annotation_takes_its_half(tmp_path: Path) -> None:
    texts, gold = _set(tmp_path)
    pred = _predictions(tmp_path)
    report = evaluate("article", gold / "a.yaml", predictions=pred, texts=texts, half="tune")
    assert report.figures["events"]["found"] == 1 and "articles" not in report.figures
    with pytest.raises(EvaluationError, match="no article falls in the check half"):
        evaluate("article", gold / "a.yaml", predictions=pred, texts=texts, half="check")


def test_articles_pool_weighs_by_counts() -> None:
    def figures(required: int, found: int, fp: int) -> dict:
        return {
            "events": {
                "required": required,
                "predicted": found + fp,
                "found": found,
                "allowed": 0,
                "false_positives": fp,
                "cameo_right": 0,
                "date_right": 0,
                "found_events": [],
                "missed_events": [],
                "false_positive_events": [],
            },
            "quotes": {"gold": 0, "pred": 0, "found": 0, "attributed": 0, "missed_quotes": []},
            "actors": {"gold": 0, "right": 0, "wrong": 0, "wrong_actors": []},
            "dates": {"gold": 0, "found": 0, "right": 0, "wrong_dates": []},
        }

    pooled = pool([("a", figures(4, 4, 0)), ("b", figures(1, 0, 4))])
    assert pooled["events"]["recall"] == 0.8  # 4 of 5, not the mean of 1.0 and 0.0
    assert pooled["events"]["precision"] == 0.5
    assert pooled["quotes"]["R"] == 0.0 and pooled["dates"]["end_to_end"] == 0.0


def test_articles_text_is_found_under_texts_or_a_clear_error(tmp_path: Path) -> None:
    texts, gold = _set(tmp_path)
    annotation, text = load_article_gold(gold / "b.yaml", texts)
    assert text.startswith("Visit") and annotation["document"]["published"] == "2005-03-23"
    with pytest.raises(EvaluationError, match="news/b.txt is not under .*--texts") as info:
        load_article_gold(gold / "b.yaml")
    assert "\n" not in str(info.value)


def test_articles_run_the_pipeline_with_the_annotated_date(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    texts, gold = _set(tmp_path)
    report = evaluate("article", gold, pipeline=pipeline, texts=texts, half="all")
    rows = report.figures["articles"]
    assert [r["article"] for r in rows] == ["news/a.txt", "news/b.txt"]
    assert sum(r["predicted"] for r in rows) == report.figures["events"]["predicted"]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            {"quotes": [{"id": "Q9", "contains": "never said", "speaker": "x", "country": "FRA"}]},
            "quote Q9",
        ),
        (
            {"actors": [{"name": "Kohl", "mentions": ["Helmut Kohl"], "country": "DEU"}]},
            "mention 'Helmut Kohl'",
        ),
        ({"dates": [{"text": "on Sunday", "value": "2005-03-20"}]}, "date 'on Sunday'"),
        ({"no_events_from_lines": ["Photo: someone"]}, "no-event line"),
        (
            {
                "events_required": [
                    {"id": "E2", "source": "FRA", "target": "DEU", "root": "11", "cameo": "042"}
                ]
            },
            "not under root",
        ),
        (
            {"events_required": [{"id": "E3", "source": "FRA", "root": "11"}]},
            "needs a source, a target",
        ),
        ({"events_allowed": [{"source": "FRA", "target": None, "root": 11}]}, "2-digit root"),
    ],
)
def test_articles_annotation_problems(tmp_path: Path, change: dict, problem: str) -> None:
    good = _annotation("news/a.txt", "FRA", "DEU", "We are not pleased")
    assert annotation_problems(good, TEXTS["news/a.txt"]) == []
    bad = {**good, **change}
    found = annotation_problems(bad, TEXTS["news/a.txt"])
    assert len(found) == 1 and problem in found[0]
    texts, gold = _set(tmp_path)
    (gold / "a.yaml").write_text(yaml.safe_dump(bad), encoding="utf-8")
    with pytest.raises(EvaluationError, match="a.yaml: "):
        load_article_gold(gold / "a.yaml", texts)
