"""The command line end to end: real files, the real model, a real DuckDB file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.cli import main
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
    met = next(
        k
        for k, line in enumerate(lines[1:])
        if dict(zip(header, line.split("\t"), strict=True))["trigger"] == "met"
    )
    judged = tmp_path / "judged.tsv"
    judged.write_text(
        _judge_sheet(sheet, {met: {"verdict": "wrong", "corrected_code": "none"}}), "utf-8"
    )
    patterns, people = tmp_path / "patterns.yaml", tmp_path / "people.yaml"
    argv = ["audit", "learn", str(judged), "--db", str(audit_db)]
    assert main([*argv, "--lexicon-out", str(patterns), "--actors-out", str(people)]) == 0
    captured = capsys.readouterr()
    assert "1 entries kept" in captured.out and "[kept] meet" in captured.out
    assert f"row {met + 2}: fixed" in captured.out
    assert f"appended 1 event patterns to {patterns}" in captured.err
    assert "code: none, verb: meet" in patterns.read_text(encoding="utf-8")
    assert not people.exists()
