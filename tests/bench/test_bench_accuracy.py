"""The accuracy ratchet of bench/accuracy.py: compare, update, and a broken coder failing it."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

import communique.events
from communique.pipeline import Pipeline

BENCH = Path(__file__).resolve().parents[2] / "bench" / "accuracy.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_accuracy", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


acc = _load()


def test_bench_accuracy_compare_flags_drops_beyond_tolerance() -> None:
    baseline = {
        "dev/dates.jsonl": {"dates.R": 0.900, "dates.accuracy": 0.800, "dates.end_to_end": 0.7}
    }
    current = {
        "dev/dates.jsonl": {
            "dates.R": 0.896,
            "dates.accuracy": 0.790,
            "dates.end_to_end": 0.75,
            "dates.new": 0.1,
        }
    }
    rows = {r.figure: r for r in acc.compare(current, baseline, 0.005)}
    assert rows["dates.R"].status == "ok"  # 0.004 below: within tolerance
    assert rows["dates.accuracy"].status == "REGRESSION"
    assert rows["dates.end_to_end"].status == "better"
    assert rows["dates.new"].status == "new"
    assert [r.figure for r in acc.compare(current, baseline) if r.failed] == ["dates.accuracy"]
    assert rows["dates.accuracy"].line() == (
        "dev/dates.jsonl dates.accuracy 0.790 (baseline 0.800) REGRESSION"
    )


def test_bench_accuracy_compare_missing_figure_fails_unmeasured_set_does_not() -> None:
    baseline = {"dev/a.jsonl": {"x.R": 0.5, "x.P": 0.5}, "dev/b.jsonl": {"y.R": 0.9}}
    rows = acc.compare({"dev/a.jsonl": {"x.R": 0.5}}, baseline)
    assert [(r.figure, r.status) for r in rows] == [("x.R", "ok"), ("x.P", "MISSING")]


def test_bench_accuracy_update_only_raises_unless_allowed() -> None:
    baseline = {"s": {"a": 0.5, "b": 0.5}, "kept": {"c": 0.3}}
    current = {"s": {"a": 0.6, "b": 0.4, "d": 0.2}}
    assert acc.update(baseline, current) == {
        "s": {"a": 0.6, "b": 0.5, "d": 0.2},
        "kept": {"c": 0.3},
    }
    assert acc.update(baseline, current, allow_regression=True)["s"] == {
        "a": 0.6,
        "b": 0.4,
        "d": 0.2,
    }
    assert baseline == {"s": {"a": 0.5, "b": 0.5}, "kept": {"c": 0.3}}  # not changed in place


def test_bench_accuracy_baseline_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    assert acc.load_baseline(path) == ({}, acc.TOLERANCE)
    acc.save_baseline(path, {"s": {"b": 0.2, "a": 0.1}}, 0.01, "model")
    assert acc.load_baseline(path) == ({"s": {"a": 0.1, "b": 0.2}}, 0.01)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("events-quad.jsonl", "events"),
        ("events-plover.jsonl", "events"),
        ("quotes.jsonl", "quotes"),
        ("dates.jsonl", "dates"),
        ("actors.jsonl", "actors"),
        ("expected.yaml", "article"),
        ("notes.jsonl", None),
        ("README.md", None),
    ],
)
def test_bench_accuracy_kind_from_file_name(name: str, kind: str | None) -> None:
    assert acc.kind_of(name) == kind


def test_bench_accuracy_absent_eval_dir_exits_zero(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    absent = str(tmp_path / "absent")
    assert acc.main(["--eval-dir", absent, "--texts", absent]) == 0
    assert "nothing to measure" in capsys.readouterr().out


def _gold_events(eval_dir: Path) -> None:
    dev = eval_dir / "dev"
    dev.mkdir(parents=True)
    records = [
        {
            "id": "s1",
            "text": "Government troops shelled rebel positions near the border on Monday.",
            "published": None,
            "events": [
                {
                    "source": None,
                    "target": None,
                    "cameo": None,
                    "root": None,
                    "quad": 4,
                    "neutral": False,
                    "plover": None,
                }
            ],
        },
        {
            "id": "s2",
            "text": "The two ministers signed a trade agreement in Nairobi.",
            "published": None,
            "events": [
                {
                    "source": None,
                    "target": None,
                    "cameo": None,
                    "root": None,
                    "quad": 2,
                    "neutral": False,
                    "plover": None,
                }
            ],
        },
    ]
    (dev / "events-quad.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))


def test_bench_accuracy_broken_coder_fails_the_ratchet(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    _gold_events(tmp_path)
    calls = []

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        return []

    monkeypatch.setattr(communique.events, "code_events", broken)
    sets = acc.discover(tmp_path, annotations=tmp_path / "no-annotations")
    current = acc.measure(sets, pipeline, log=lambda _: None)
    assert len(calls) == 2  # the harness ran the real pipeline once, through the coder
    assert set(current) == {"dev/events-quad.jsonl#check", "dev/events-quad.jsonl#tune"}
    figures = current["dev/events-quad.jsonl#check"]
    assert figures["events.quad.R"] == 0.0 and figures["events.accuracy"] == 0.0
    baseline = {
        "dev/events-quad.jsonl#check": {
            "events.quad.R": 0.5,
            "events.quad.F1": 0.5,
            "events.accuracy": 0.5,
        }
    }
    failed = [r.figure for r in acc.compare(current, baseline) if r.failed]
    assert sorted(failed) == ["events.accuracy", "events.quad.F1", "events.quad.R"]


def test_bench_accuracy_main_exit_code_and_update(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    _gold_events(tmp_path)
    monkeypatch.setattr(communique.events, "code_events", lambda *a, **k: [])
    monkeypatch.setattr("communique.pipeline.Pipeline", lambda *a, **k: pipeline)
    baseline = tmp_path / "baseline.json"
    key = "dev/events-quad.jsonl#check"
    acc.save_baseline(baseline, {key: {"events.accuracy": 0.9}}, 0.005, "m")
    args = [
        "--eval-dir",
        str(tmp_path),
        "--baseline",
        str(baseline),
        "--texts",
        str(tmp_path / "no-texts"),
        "--annotations",
        str(tmp_path / "no-annotations"),
    ]
    assert acc.main(args) == 1
    out = capsys.readouterr().out
    assert (
        "dev/events-quad.jsonl events.accuracy check 0.000 tune 0.000 gap +0.000 "
        "(baseline 0.900) REGRESSION" in out
    )
    # the tune half alone is shown, not compared: nothing can fail
    assert acc.main([*args, "--half", "tune"]) == 0
    assert (
        "dev/events-quad.jsonl events.accuracy tune 0.000 (not pinned)" in capsys.readouterr().out
    )
    # --update keeps the higher figure and still fails; --allow-regression lowers it
    assert acc.main([*args, "--update"]) == 1
    assert acc.load_baseline(baseline)[0][key]["events.accuracy"] == 0.9
    assert acc.main([*args, "--update", "--allow-regression"]) == 0
    written = acc.load_baseline(baseline)[0]
    assert written[key]["events.accuracy"] == 0.0
    assert "dev/events-quad.jsonl#tune" not in written  # tune halves are never pinned
    assert acc.main(args) == 0


def test_bench_accuracy_committed_baseline_is_well_formed() -> None:
    figures, tolerance = acc.load_baseline(acc.DEFAULT_BASELINE)
    assert 0 < tolerance < 0.05
    assert figures, "bench/baseline.json holds no figures"
    for key, figs in figures.items():
        name, half = acc.split_key(key)
        assert acc.pinned(key), key  # no tune half, no single article of the set
        split = name.startswith(("dev/", "annotations/")) or name == acc.ARTICLES
        assert half == "all" or split, key  # only the seed article is not split
        kind = acc.set_kind(name)
        assert kind is not None, name
        for fig, value in figs.items():
            assert fig.startswith(f"{kind}."), (name, fig)
            assert 0.0 <= value <= 1.0, (name, fig, value)


@pytest.mark.parametrize(
    ("key", "name", "half", "is_pinned"),
    [
        ("dev/dates.jsonl#check", "dev/dates.jsonl", "check", True),
        ("dev/dates.jsonl#tune", "dev/dates.jsonl", "tune", False),
        ("seed-article/expected.yaml", "seed-article/expected.yaml", "all", True),
        ("articles#check", "articles", "check", True),
        ("articles/bbc-1.yaml#check", "articles/bbc-1.yaml", "check", False),
    ],
)
def test_bench_accuracy_keys_and_what_is_pinned(
    key: str, name: str, half: str, is_pinned: bool
) -> None:
    assert acc.split_key(key) == (name, half)
    assert acc.key_of(name, half) == key
    assert acc.pinned(key) is is_pinned


def test_bench_accuracy_tune_half_is_shown_with_the_gap_not_compared() -> None:
    current = {
        "dev/dates.jsonl#check": {"dates.R": 0.80},
        "dev/dates.jsonl#tune": {"dates.R": 0.95},
        "seed-article/expected.yaml": {"article.events.recall": 1.0},
    }
    baseline = {"dev/dates.jsonl#check": {"dates.R": 0.90}, "dev/dates.jsonl#tune": {"dates.R": 1}}
    rows = acc.compare(current, baseline)
    assert [(r.set, r.status) for r in rows] == [
        ("dev/dates.jsonl#check", "REGRESSION"),
        ("seed-article/expected.yaml", "new"),
    ]
    assert acc.lines(current, rows) == [
        "dev/dates.jsonl dates.R check 0.800 tune 0.950 gap +0.150 (baseline 0.900) REGRESSION",
        "seed-article/expected.yaml article.events.recall 1.000 (no baseline) new",
    ]
    assert "dev/dates.jsonl#tune" not in acc.update({}, current)


def test_bench_accuracy_articles_measured_only_with_their_texts(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "one.yaml").write_text("events_required: []\n", encoding="utf-8")
    assert acc.discover(tmp_path / "eval", tmp_path / "absent", articles) == []
    found = acc.discover(tmp_path / "eval", tmp_path, articles)
    assert found == [("articles", "article", articles, tmp_path)]
    assert acc.set_kind("articles") == acc.set_kind("articles/one.yaml") == "article"


def test_bench_accuracy_committed_articles_split_four_and_four() -> None:
    from communique.evaluate import half_of
    from communique.evaluate.gold import annotation_problems

    files = sorted(acc.DEFAULT_ARTICLES.glob("*.yaml"))
    assert len(files) == 8
    halves = []
    for path in files:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert str(gold["article"]).startswith("bbc-politics/"), path
        assert gold["document"]["published"], path
        # the format, without the text (which is not part of the repository)
        assert not [
            p
            for p in annotation_problems({**gold, "quotes": [], "actors": [], "dates": []}, "")
            if "event" in p
        ], path
        halves.append(half_of(gold["article"]))
    assert sorted(halves) == ["check"] * 4 + ["tune"] * 4


def test_bench_accuracy_each_article_is_shown_not_pinned() -> None:
    current = {
        "articles#check": {"article.events.recall": 0.5},
        "articles#tune": {"article.events.recall": 0.75},
        "articles/x.yaml#check": {"article.events.recall": 0.5, "article.events.precision": 0.25},
    }
    rows = acc.compare(current, {})
    assert [r.set for r in rows] == ["articles#check"]
    assert acc.lines(current, rows) == [
        "articles article.events.recall check 0.500 tune 0.750 gap +0.250 (no baseline) new",
        "articles/x.yaml check: events.recall 0.500 events.precision 0.250 (not pinned)",
    ]


def test_bench_accuracy_committed_cameo_annotations_are_consistent() -> None:
    from communique.evaluate import half_of
    from communique.events.codebook import lookup

    path = acc.DEFAULT_ANNOTATIONS / "events-cameo.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 300 == len({r["id"] for r in records})
    for rec in records:
        assert set(rec) == {"id", "events", "note"}, rec["id"]  # ids, no sentence text
        assert rec["events"] and rec["note"], rec["id"]
        for e in rec["events"]:
            code = lookup(e["cameo"])  # a code of the codebook, at full length
            assert len(e["cameo"]) >= 3 and e["root"] == code.root, rec["id"]
            assert e["plover"] == code.plover, rec["id"]
            neutral = code.root in ("01", "02")
            assert e["neutral"] is neutral, rec["id"]
            assert e["quad"] == (None if neutral else code.quad_class), rec["id"]
            for role in ("source", "target"):
                assert e[role] is None or (len(e[role]) == 3 and e[role].isupper()), rec["id"]
    halves = [half_of(r["id"]) for r in records]
    assert 120 < halves.count("check") < 180


def test_bench_accuracy_annotations_need_the_dev_set_that_gives_their_text(
    tmp_path: Path,
) -> None:
    annotations = tmp_path / "annotations"
    annotations.mkdir()
    (annotations / "events-cameo.jsonl").write_text('{"id": "s1", "events": []}\n')
    assert acc.discover(tmp_path, annotations=annotations) == []
    _gold_events(tmp_path)
    found = acc.discover(tmp_path, annotations=annotations)
    dev = tmp_path / "dev" / "events-quad.jsonl"
    assert found[-1] == (
        "annotations/events-cameo.jsonl",
        "events",
        annotations / "events-cameo.jsonl",
        dev,
    )
