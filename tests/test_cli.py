"""The command line end to end: real files, the real model, a real DuckDB file."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import duckdb
import pytest

from communique.cli import main
from communique.settings import Settings
from communique.store import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SEED_TEXT = EXAMPLES / "india-russia-defence-talks.txt"
SEED_PUBLISHED = "2025-08-06"


def test_cli_ingest_twice_stores_each_article_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "news.duckdb")
    assert main(["ingest", str(EXAMPLES), "--db", db, "--published", SEED_PUBLISHED]) == 0
    first = capsys.readouterr().err
    assert "2 stored" in first
    with open_store(db, read_only=True) as store:
        before = store.stats()
    assert before["articles"] == 2 and before["events"] > 0

    assert main(["ingest", str(EXAMPLES), "--db", db]) == 0
    assert "0 stored, 2 already stored" in capsys.readouterr().err
    with open_store(db, read_only=True) as store:
        assert store.stats() == before

    assert main(["events", "--db", db, "--dyad", "IND-RUS", "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all({r["source_country"], r["target_country"]} == {"IND", "RUS"} for r in rows)


def test_cli_extract_prints_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(SEED_TEXT)
    assert main(["extract", path, "--published", SEED_PUBLISHED]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["id"] == path
    assert record["published"] == SEED_PUBLISHED
    assert set(record) >= {
        "id",
        "title",
        "published",
        "url",
        "text",
        "actors",
        "events",
        "quotes",
        "dates",
    }
    text = record["text"]
    for actor in record["actors"]:
        assert text[actor["start"] : actor["end"]] == actor["text"]
    for event in record["events"]:
        assert {
            "source",
            "target",
            "cameo",
            "root",
            "quad_class",
            "goldstein",
            "plover",
            "date",
            "negated",
            "sentence",
            "trigger",
            "confidence",
        } <= set(event)
        assert event["sentence"] in text


def test_cli_batch_goes_on_past_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(SEED_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "empty.txt").write_text("")
    (corpus / "blob.txt").write_bytes(bytes(range(256)) * 40)
    db = str(tmp_path / "c.duckdb")
    assert main(["ingest", str(corpus), "--db", db, "--published", SEED_PUBLISHED]) == 0
    summary = capsys.readouterr().err
    assert "1 stored" in summary and "2 skipped" in summary
    assert "empty" in summary and "binary" in summary


@pytest.mark.parametrize(
    ("argv", "status", "needle"),
    [
        (["events", "--db", "{tmp}/absent.duckdb"], 1, "no database"),
        (["extract", str(SEED_TEXT), "--published", "2025-13-45"], 2, "--published"),
        (["extract", str(SEED_TEXT), "--input-format", "docx"], 2, "docx"),
        (["events", "--db", "{tmp}/corrupt.duckdb"], 1, "corrupt.duckdb"),
        (["events", "--db", "{tmp}/absent.duckdb", "--since", "yesterday-ish"], 2, "--since"),
        (["dyad", "INDIA-RUSSIA", "--db", "{tmp}/absent.duckdb"], 2, "IND-RUS"),
        (["evaluate", "dates", "{tmp}/absent.jsonl", "--half", "train"], 2, "tune, check, all"),
    ],
)
def test_cli_user_mistake_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], status: int, needle: str
) -> None:
    (tmp_path / "corrupt.duckdb").write_bytes(b"\x00garbage" * 500)
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(argv) == status
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert len(lines) == 1, captured.err
    assert "error" in lines[0] and needle in lines[0]
    assert "Traceback" not in captured.err


def test_cli_info_reports_model_and_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", "--db", str(tmp_path / "none.duckdb")]) == 0
    out = capsys.readouterr().out
    assert "communique" in out and "model en_core_web_sm" in out and "not created yet" in out


def test_cli_user_dictionary_and_lexicon_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: --actors and --lexicon were passed on under a wrong setting name."""
    people = tmp_path / "people.yaml"
    people.write_text("- {name: Zorbal Quintek, country: NOR, sector: GOV}\n", encoding="utf-8")
    assert main(["actors", "lookup", "Zorbal Quintek", "--actors", str(people)]) == 0
    assert "country=NOR" in capsys.readouterr().out

    patterns = tmp_path / "patterns.yaml"
    patterns.write_text('- {code: "0311", verb: accuse, prep: of}\n', encoding="utf-8")
    sentence = "Russia accused the United States of applying pressure on India."
    assert main(["explain", sentence, "--lexicon", str(patterns)]) == 0
    assert "0311" in capsys.readouterr().out


# ---------------------------------------------------------------- every command on a real store


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A DuckDB file with the bundled examples ingested through the CLI."""
    db = str(tmp_path_factory.mktemp("cli") / "examples.duckdb")
    assert main(["ingest", str(EXAMPLES), "--db", db, "--published", SEED_PUBLISHED]) == 0
    return db


def _sql(db: str, sql: str, *params: object) -> list[tuple[object, ...]]:
    with open_store(db, read_only=True) as store:
        return store.fetch(sql, list(params))[1]


def _jsonl(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_cli_articles_lists_the_examples(
    examples_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["articles", "--db", examples_db, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["id"] for r in rows} == {str(EXAMPLES / f) for f in sorted(os.listdir(EXAMPLES))}
    counts = dict(_sql(examples_db, "SELECT article_id, count(*) FROM events GROUP BY 1"))
    assert {r["id"]: int(r["n_events"]) for r in rows} == counts
    assert all(r["published"] == SEED_PUBLISHED for r in rows)

    assert main(["articles", "--db", examples_db, "--text", "Peskov Kremlin", "-f", "json"]) == 0
    assert len(_jsonl(capsys.readouterr().out)) == 2
    assert main(["articles", "--db", examples_db, "--text", "Zanzibar", "-f", "json"]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(
    ("options", "where"),
    [
        (["--code", "04"], "cameo LIKE '04%'"),
        (["--country", "IND"], "'IND' IN (source_country, target_country)"),
        (["--article", str(SEED_TEXT)], f"article_id = '{SEED_TEXT}'"),
        (
            ["--since", "2025-08-06", "--until", "2025-08-06"],
            "coalesce(date, '2025-08-06') = '2025-08-06'",
        ),
        (["--min-confidence", "0"], "true"),
    ],
)
def test_cli_events_filters_match_the_store(
    examples_db: str, capsys: pytest.CaptureFixture[str], options: list[str], where: str
) -> None:
    # --mentions: one row per stored event row (the default lists event records)
    assert main(["events", "--db", examples_db, "-f", "json", "--mentions", *options]) == 0
    rows = _jsonl(capsys.readouterr().out)
    floor = 0.0 if "--min-confidence" in options else Settings().min_confidence
    sql = f"SELECT count(*) FROM events WHERE {where} AND coalesce(confidence, 1) >= ?"
    (expected,) = _sql(examples_db, sql, floor)[0]
    assert rows and len(rows) == expected


def test_cli_events_table_with_a_limit(
    examples_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["events", "--db", examples_db, "--limit", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["date", "source", "source_country"]
    assert set(lines[1]) <= {"-", " "} and len(lines) == 2 + 3


def test_cli_quotes_by_speaker(examples_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--db", examples_db, "--speaker", "peskov", "-f", "json"]) == 0
    rows = _jsonl(capsys.readouterr().out)
    assert rows and {r["speaker_name"] for r in rows} == {"Dmitry Peskov"}
    assert {r["speaker_country"] for r in rows} == {"RUS"}
    (n,) = _sql(examples_db, "SELECT count(*) FROM quotes WHERE speaker_name = 'Dmitry Peskov'")[0]
    assert len(rows) == n


@pytest.mark.parametrize("freq", ["day", "week", "month", "year"])
def test_cli_dyad_series_counts_every_event_between_the_pair(
    examples_db: str, capsys: pytest.CaptureFixture[str], freq: str
) -> None:
    argv = ["dyad", "IND-RUS", "--db", examples_db, "--freq", freq, "-f", "csv", "--mentions"]
    assert main(argv) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert all(int(r["n_events"]) == int(r["a_to_b"]) + int(r["b_to_a"]) for r in rows)
    (n,) = _sql(
        examples_db,
        "SELECT count(*) FROM events WHERE source_country IN ('IND', 'RUS')"
        " AND target_country IN ('IND', 'RUS') AND source_country <> target_country"
        " AND coalesce(confidence, 1) >= ?",
        Settings().min_confidence,
    )[0]
    assert sum(int(r["n_events"]) for r in rows) == n > 0


@pytest.mark.parametrize(
    ("table", "fmt"),
    [("events", "csv"), ("quotes", "jsonl"), ("articles", "parquet"), ("actors", "csv")],
)
def test_cli_export_writes_every_row(
    examples_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, fmt: str
) -> None:
    out = tmp_path / f"{table}.{fmt}"
    argv = ["export", str(out), "--db", examples_db, "--table", table, "--format", fmt]
    assert main([*argv, "--mentions"] if table == "events" else argv) == 0
    (n,) = _sql(examples_db, f"SELECT count(*) FROM {table}")[0]
    assert f"wrote {n} {table} rows to {out}" in capsys.readouterr().err
    reader = {"csv": "read_csv_auto", "jsonl": "read_json_auto", "parquet": "read_parquet"}[fmt]
    with duckdb.connect() as con:
        assert con.execute(f"SELECT count(*) FROM {reader}('{out}')").fetchone() == (n,)


def test_cli_info_counts_what_the_database_holds(
    examples_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-v", "info", "--db", examples_db]) == 0
    out = capsys.readouterr().out
    with open_store(examples_db, read_only=True) as store:
        stats = store.stats()
    assert f"database {examples_db}: " + ", ".join(f"{k} {v}" for k, v in stats.items()) in out
    assert stats["articles"] == 2


def test_cli_extract_with_column_mapping(capsys: pytest.CaptureFixture[str]) -> None:
    corpus = Path(__file__).parent / "fixtures" / "ingest" / "corpus.csv"
    argv = ["extract", str(corpus), "--column", "text=body", "--column", "title=headline"]
    assert main(argv) == 0
    records = _jsonl(capsys.readouterr().out)
    assert records and records[0]["title"] == "Ghana and Togo sign trade deal"
    assert str(records[0]["text"]).endswith(
        "\n\nGhana and Togo signed a trade agreement in Accra.\nOfficials said it would cut tariffs."
    )


def test_cli_bad_column_mapping_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED_TEXT), "--column", "body"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "--column takes FIELD=COLUMN, got 'body'" in err


def test_cli_evaluate_writes_its_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "dates.jsonl"
    record = {
        "id": "d1",
        "text": "Russia and India held talks on Tuesday.",
        "published": SEED_PUBLISHED,
        "dates": [{"text": "on Tuesday", "value": "2025-08-05"}],
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = tmp_path / "report.json"
    assert main(["evaluate", "dates", str(gold), "--report", str(report)]) == 0
    captured = capsys.readouterr()
    assert f"report written to {report}" in captured.err
    written = json.loads(report.read_text(encoding="utf-8"))
    assert written["figures"]["gold"] == 1
    assert "dates" in captured.out


def test_cli_explain_prints_the_events(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["explain", "Russia attacked Ukraine on Tuesday.", "--published", SEED_PUBLISHED]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "'on Tuesday' → 2025-08-05" in out
    assert "events (1):\n  Russia (RUS) → Ukraine (UKR): 190 " in out


def test_cli_actors_lookup_without_an_actor(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "lookup", "the weather"]) == 0
    assert capsys.readouterr().out == "'the weather': no actor found\n"


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--version"], "communique 0.1.0\n"),
        (["--help"], "ingest"),
        (["events", "--help"], "--dyad"),
    ],
)
def test_cli_version_and_help(
    capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    assert main(argv) == 0
    assert needle in capsys.readouterr().out


def test_cli_info_names_a_model_that_is_not_installed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", "--db", str(tmp_path / "none.duckdb"), "--model", "xx_no_such"]) == 0
    assert "model: spaCy model 'xx_no_such' is not installed" in capsys.readouterr().out


# -- audit: sample, score, learn ----------------------------------------------------------


def _judge_sheet(text: str, verdicts: dict[int, dict[str, str]]) -> str:
    """The sheet with cells filled in for some rows (0 = the first event)."""
    import csv
    import io

    lines = list(csv.reader(io.StringIO(text), delimiter="\t"))
    header = lines[0]
    for k, cells in verdicts.items():
        for column, value in cells.items():
            lines[k + 1][header.index(column)] = value
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\n").writerows(lines)
    return out.getvalue()


def test_cli_audit_sample_score(
    audit_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["audit", "sample", "--n", "8", "--seed", "7", "--db", str(audit_db)]
    assert main([*argv, "--min-confidence", "0"]) == 0
    captured = capsys.readouterr()
    assert "sampled 8 of" in captured.err and "(by root, seed 7)" in captured.err
    lines = captured.out.splitlines()
    assert len(lines) == 9 and lines[0].startswith("event_id\tstratum\t")
    assert main([*argv, "--min-confidence", "0"]) == 0
    assert capsys.readouterr().out == captured.out  # same seed, same sample

    judged = tmp_path / "judged.tsv"
    verdicts = {k: {"verdict": "right" if k % 2 else "wrong"} for k in range(8)}
    judged.write_text(_judge_sheet(captured.out, verdicts), encoding="utf-8")
    assert main(["audit", "score", str(judged)]) == 0
    table = capsys.readouterr().out
    assert "8 judged events (0 without a verdict)" in table and "by CAMEO root" in table
    assert main(["audit", "score", str(judged), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["overall"]["right"], data["overall"]["wrong"]) == (4, 4)
    assert main(["audit", "score", str(judged), "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("group,value,label,judged,")


@pytest.mark.parametrize(
    ("cells", "needle"),
    [
        ({"verdict": "dunno"}, "judged.tsv row 4: unknown verdict 'dunno'"),
        ({"verdict": "wrong", "corrected_code": "77"}, "row 4: corrected_code: unknown CAMEO"),
    ],
)
def test_cli_audit_score_malformed_sheet_is_one_line(
    audit_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    cells: dict[str, str],
    needle: str,
) -> None:
    assert main(["audit", "sample", "--n", "4", "--db", str(audit_db)]) == 0
    sheet = capsys.readouterr().out
    judged = tmp_path / "judged.tsv"
    judged.write_text(_judge_sheet(sheet, {0: {"verdict": "right"}, 2: cells}), encoding="utf-8")
    assert main(["audit", "score", str(judged)]) == 2
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and needle in err[0]
    cut = tmp_path / "cut.tsv"
    cut.write_text("event_id\tsentence\n", encoding="utf-8")
    assert main(["audit", "score", str(cut)]) == 2
    assert "missing column(s) code, verdict" in capsys.readouterr().err


def test_cli_audit_learn_writes_the_files_it_is_given(
    audit_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["audit", "sample", "--n", "100", "--by", "none", "--db", str(audit_db)]
    assert main([*argv, "--min-confidence", "0"]) == 0
    sheet = capsys.readouterr().out
    lines = sheet.splitlines()
    header = lines[0].split("\t")
    cells = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    met = next(k for k, c in enumerate(cells) if c["trigger"] == "met")
    harlan = next(k for k, c in enumerate(cells) if c["source"] == "The Harlan Institute")
    judged = tmp_path / "judged.tsv"
    verdicts = {
        met: {"verdict": "wrong", "corrected_code": "none"},
        harlan: {"verdict": "partial", "corrected_source": "GBRNGO"},
    }
    judged.write_text(_judge_sheet(sheet, verdicts), "utf-8")
    patterns = tmp_path / "patterns.yaml"
    argv = ["audit", "learn", str(judged), "--db", str(audit_db)]
    assert main([*argv, "--lexicon-out", str(patterns)]) == 0
    captured = capsys.readouterr()
    assert "2 entries kept" in captured.out and "[kept] meet" in captured.out
    assert f"row {met + 2}: fixed" in captured.out and f"row {harlan + 2}: fixed" in captured.out
    assert f"appended 1 event patterns to {patterns}" in captured.err
    assert "1 kept entries not written: name the files with" in captured.err
    assert "code: none, verb: meet" in patterns.read_text(encoding="utf-8")


def test_cli_runs_as_a_module_with_every_command_group() -> None:
    """Regression: `python -m communique.cli` imported cli.py a second time from inside
    itself and the audit commands' module found it half initialised."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "communique.cli", "audit", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "sample" in done.stdout and "learn" in done.stdout


def test_cli_audit_usage_errors(
    audit_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no-such-folder" / "sample.tsv"
    assert main(["audit", "sample", "--db", str(audit_db), "--out", str(out)]) == 2
    assert f"cannot write {out}" in capsys.readouterr().err
    assert main(["audit", "sample", "--db", str(audit_db), "--by", "plover"]) == 2
    assert "unknown stratification 'plover'" in capsys.readouterr().err
    sheet = tmp_path / "s.tsv"
    assert main(["audit", "sample", "--db", str(audit_db), "--out", str(sheet)]) == 0
    assert "into " + str(sheet) in capsys.readouterr().err
    assert main(["audit", "score", str(sheet), "--format", "xml"]) == 2
    assert "unknown output format 'xml'" in capsys.readouterr().err
    assert main(["audit", "score", str(sheet)]) == 2
    assert "no row has a verdict yet" in capsys.readouterr().err


# --- hostile option values ------------------------------------------------------------

INJECTION = "IND-RUS'; DROP TABLE events;--"


@pytest.fixture
def copied_db(examples_db: Path, tmp_path: Path) -> Path:
    import shutil

    db = tmp_path / "copy.duckdb"
    shutil.copy(examples_db, db)
    return db


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (["events", "--dyad", INJECTION], "a dyad is two country codes like IND-RUS"),
        (["events", "--country", "RUS' OR '1'='1"], "--country must be a three-letter"),
        (["events", "--since", "2025-01-01'; DROP TABLE events;--"], "--since"),
        (["events", "--code", "13' OR 1=1;--"], "--code must be a CAMEO code prefix"),
        (["events", "--dyad", "[/red]"], "got '[/red]'"),  # rich markup, not a traceback
        (["events", "--article", "x' OR '1'='1"], None),
        (["events", "--mentions", "--article", "x') OR 1=1;--"], None),
        (["events", "--mentions", "--dyad", INJECTION], "a dyad is two country codes"),
        (["quotes", "--speaker", "x'); DROP TABLE quotes;--"], None),
        (["quotes", "--text", "' OR 1=1; DROP TABLE quotes;--"], None),
        (["quotes", "--country", "RUS';--"], "--country must be a three-letter"),
        (["quotes", "--since", "'; DROP TABLE quotes;--"], "--since"),
        (["articles", "--text", "'); DROP TABLE articles;--"], None),
        (["dyad", INJECTION], "a dyad is two country codes like IND-RUS"),
        (["dyad", "IND-RUS", "--since", "2025'--"], "--since"),
        (["dyad", "IND-RUS", "--freq", "day'); DROP TABLE events;--"], "unknown --freq"),
        (["dyad", "[/x]"], "got '[/x]'"),
        (["export", "OUT", "--dyad", INJECTION], "a dyad is two country codes like IND-RUS"),
        (["export", "OUT", "--country", "RUS' OR 1=1"], "--country must be a three-letter"),
        (["export", "OUT", "--since", "2025'); DROP TABLE events;--"], "--since"),
        (["export", "OUT", "--table", "events; DROP TABLE events"], "unknown table"),
    ],
)
def test_cli_sql_looking_option_values_are_a_usage_error_or_no_rows(
    copied_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    error: str | None,
) -> None:
    with open_store(copied_db, read_only=True) as store:
        before = store.stats()
    out = tmp_path / "out.csv"
    argv = [str(out) if a == "OUT" else a for a in argv]
    fmt = [] if argv[0] in ("dyad", "export") else ["--format", "json"]
    code = main([*argv, *fmt, "--db", str(copied_db)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if error is None:  # a value compared as a value: it matches nothing
        assert code == 0 and captured.out == ""
    else:
        lines = captured.err.splitlines()
        assert code == 2 and len(lines) == 1 and lines[0].startswith("communique: error: ")
        assert error in lines[0]
        assert not out.exists()
    with open_store(copied_db, read_only=True) as store:
        assert store.stats() == before  # every table still there, as it was


@pytest.mark.parametrize("fmt", ["csv", "gdelt"])
def test_cli_export_onto_an_existing_file_needs_force(
    examples_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    out = tmp_path / f"events.{fmt}"
    out.write_text("keep me\n")
    argv = ["export", str(out), "--format", fmt, "--db", str(examples_db)]
    assert main(argv) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"communique: error: {out} already exists; use --force to replace it"
    ]
    assert out.read_text() == "keep me\n"
    assert main([*argv, "--force"]) == 0
    assert f"rows to {out}" in capsys.readouterr().err
    assert "keep me" not in out.read_text()
