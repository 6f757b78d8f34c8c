"""The commands over event records, end to end on the examples' database."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from communique.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_cli_records_events_lists_each_event_once_with_its_articles(
    examples_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(examples_db)
    rows = [json.loads(x) for x in run(capsys, "events", "--db", db, "-f", "json").splitlines()]
    mentions = run(capsys, "events", "--db", db, "-f", "json", "--mentions").splitlines()
    assert rows and all(r["articles"] == 2 for r in rows)
    assert len(mentions) > len(rows)
    table = run(capsys, "events", "--db", db, "--limit", "3")
    assert table.splitlines()[0].split()[:3] == ["date", "source", "source_country"]
    assert "articles" in table.splitlines()[0] and len(table.splitlines()) == 5


def test_cli_records_dyad_by_day_counts_records(
    examples_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(examples_db)
    out = run(capsys, "dyad", "IND-RUS", "--db", db, "--freq", "day", "-f", "csv")
    by_day = {r["period"]: r for r in csv.DictReader(io.StringIO(out))}
    assert by_day["2025-08-05"]["records"] == "3"
    assert {"coop_index", "goldstein_sum", "asymmetry"} <= set(by_day["2025-08-05"])
    old = run(capsys, "dyad", "IND-RUS", "--db", db, "--freq", "day", "-f", "csv", "--mentions",
              "--min-confidence", "0")  # fmt: skip
    assert {r["period"]: r for r in csv.DictReader(io.StringIO(old))}["2025-08-05"][
        "n_events"
    ] == "12"
    table = run(capsys, "dyad", "IND-RUS", "--db", db, "--freq", "day")
    assert table.splitlines()[0].split()[:4] == ["period", "records", "a>b", "b>a"]


def test_cli_records_pairs_alerts_and_stories(
    examples_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(examples_db)
    pairs = [json.loads(x) for x in run(capsys, "pairs", "--db", db, "-f", "json").splitlines()]
    assert [(p["a"], p["b"]) for p in pairs][0] == ("IND", "RUS")
    alerts = run(capsys, "alerts", "--db", db, "--since", "2025-08-05", "--min-count", "2",
                 "--threshold", "1")  # fmt: skip
    assert "USA" in alerts and "conflict records" in alerts
    stories = run(capsys, "stories", "--db", db, "-f", "json")
    (story,) = [json.loads(x) for x in stories.splitlines()]
    assert story["articles"] == 2


def test_cli_records_alerts_need_a_since_date(
    examples_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["alerts", "--db", str(examples_db), "--since", "05/08/2025"]) == 2
    assert "--since" in capsys.readouterr().err
