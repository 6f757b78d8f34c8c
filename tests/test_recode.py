"""Re-coding a database: the stored texts coded again, and a report of what changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from communique import records
from communique.cli import main
from communique.pipeline import Pipeline
from communique.recode import recode
from communique.settings import Settings
from communique.store import open_store


@pytest.fixture()
def db(examples_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "recode.duckdb"
    shutil.copy(examples_db, path)
    return path


def test_recode_with_the_same_rules_changes_nothing(db: Path, pipeline: Pipeline) -> None:
    with open_store(db) as store:
        before = records.event_records(store, limit=100)
        report = recode(store, pipeline)
        after = records.event_records(store, limit=100)
    assert report.articles == 2
    assert (report.added, report.removed, report.recoded, report.changed) == ([], [], [], [])
    assert after == before


def test_recode_reports_exactly_what_a_user_lexicon_entry_changes(
    db: Path, pipeline: Pipeline, tmp_path: Path
) -> None:
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text('- {code: "111", verb: accuse, prep: of}\n', encoding="utf-8")
    mine = Pipeline(Settings(lexicon=(str(lexicon),)), nlp=pipeline.nlp)
    assert mine.stamp.id != pipeline.stamp.id and mine.stamp.tables != pipeline.stamp.tables
    with open_store(db) as store:
        report = recode(store, mine)
        _, stamps = store.fetch("SELECT DISTINCT coder FROM events")
        _, article_stamps = store.fetch("SELECT DISTINCT coder FROM articles")
    # "Russia on Tuesday accused the United States of applying illegal trade pressure"
    # is the examples' one "accuse ... of": its record, and nothing else, is recoded
    assert (report.added, report.removed, report.changed) == ([], [], [])
    ((old, new),) = report.recoded
    assert (old.cameo, new.cameo) == ("112", "111")
    assert (
        (old.source, old.target, old.pair)
        == (new.source, new.target, new.pair)
        == (
            "RUS",
            "USA",
            "RUS-USA",
        )
    )
    assert report.by_root_and_pair() == {("recoded", "11->11", "RUS-USA"): 1}
    assert stamps == article_stamps == [(mine.stamp.id,)]
    assert report.coders_before == [pipeline.stamp.id] and report.coder_after == mine.stamp.id
    assert "recoded 1" in report.summary()


def test_recode_cli_prints_the_report_and_info_the_stamps(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text('- {code: "111", verb: accuse, prep: of}\n', encoding="utf-8")
    out = tmp_path / "report.json"
    assert main(["recode", "--db", str(db), "--lexicon", str(lexicon), "--report", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "records added 0, removed 0, recoded 1, changed 0" in printed
    assert json.loads(out.read_text(encoding="utf-8"))["recoded"][0]["new"]["cameo"] == "111"
    assert main(["info", "--db", str(db)]) == 0
    info = capsys.readouterr().out
    assert "event records, 1 stories" in info
    coder_lines = [line for line in info.splitlines() if line.startswith("coder ")]
    assert len(coder_lines) == 1 and "2 articles" in coder_lines[0]


def test_recode_cli_needs_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recode", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "no database" in capsys.readouterr().err
