"""The judging sheet: written one event per line, read back as spreadsheets save it, and
one-line errors that name the row for what a judge got wrong."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from communique.audit.sheet import (
    COLUMNS,
    ActorFix,
    AuditRow,
    escape,
    judge,
    parse_actor,
    parse_code,
    read_sheet,
    sheet_text,
    unescape,
    write_sheet,
)
from communique.errors import UsageError
from communique.events.lexicon import NO_EVENT

ROW = AuditRow(
    event_id="3fa2c1d9e0b4:10-17",
    code="112",
    sentence="Russia accused\tthe United States\nof pressure.",
    trigger="accused",
    source="Russia",
    source_country="RUS",
    target="the United States",
    target_country="USA",
    quad_class=3,
    confidence=0.777,
    stratum="11",
    stratum_size=6,
)


def _sheet(tmp_path: Path, rows: list[dict[str, str]], name: str = "judged.tsv") -> Path:
    """A sheet as a judge leaves it: the written columns, some cells filled in."""
    buf = io.StringIO()
    write_sheet([ROW] * len(rows), buf)
    lines = list(csv.DictReader(io.StringIO(buf.getvalue()), delimiter="\t"))
    for line, cells in zip(lines, rows, strict=True):
        line.update(cells)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(lines)
    path = tmp_path / name
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text",
    ["plain", "tab\there", "two\nlines", "back\\slash\\n", "=HYPERLINK(x)", "-5 troops", "'quoted"],
)
def test_sheet_escape_round_trips(text: str) -> None:
    cell = escape(text)
    assert "\t" not in cell and "\n" not in cell
    assert unescape(cell) == text


def test_sheet_escape_defuses_formulas() -> None:
    assert escape("=cmd|'/c calc'!A1").startswith("'=")
    assert escape("@SUM(A1)").startswith("'@")
    assert escape("-0.5") == "-0.5"  # a number stays a number


def test_sheet_writes_one_line_per_event() -> None:
    text = sheet_text([ROW, ROW])
    lines = text.splitlines()
    assert len(lines) == 3
    assert lines[0].split("\t") == list(COLUMNS)
    cells = dict(zip(COLUMNS, lines[1].split("\t"), strict=True))
    assert cells["sentence"] == "Russia accused\\tthe United States\\nof pressure."
    assert cells["code_name"] == "Accuse, not specified below"
    assert cells["confidence"] == "0.777"
    assert cells["verdict"] == ""


def test_sheet_round_trip_keeps_the_event(tmp_path: Path) -> None:
    path = tmp_path / "s.tsv"
    path.write_text(sheet_text([ROW]), encoding="utf-8")
    (back,) = read_sheet(path)
    assert back.sentence == ROW.sentence
    assert (back.code, back.source_country, back.target, back.confidence) == (
        "112",
        "RUS",
        "the United States",
        0.777,
    )
    assert (back.stratum, back.stratum_size, back.row, back.verdict) == ("11", 6, 2, None)


def test_sheet_reads_judgements(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path,
        [
            {"verdict": "right"},
            {"verdict": "Partially right", "corrected_target": "none"},
            {"verdict": " WRONG ", "corrected_code": "none", "note": "a hope, not an act"},
            {"verdict": "partial", "corrected_source": "General Scott [USAMIL]"},
            {"verdict": "partial", "corrected_code": "40", "corrected_target": "USA GOV"},
            {},
        ],
    )
    rows = read_sheet(path)
    assert [r.verdict for r in rows] == ["right", "partial", "wrong", "partial", "partial", None]
    assert rows[1].corrected_target == ActorFix(absent=True)
    assert rows[2].corrected_code == NO_EVENT and rows[2].note == "a hope, not an act"
    assert rows[3].corrected_source == ActorFix("General Scott", "USA", "MIL")
    assert rows[4].corrected_code == "040"  # the spreadsheet dropped the zero
    assert rows[4].corrected_target == ActorFix(None, "USA", "GOV")
    assert [r.row for r in rows] == [2, 3, 4, 5, 6, 7]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", "\t"), ("utf-16", "\t"), ("cp1252", ";"), ("utf-8", ",")],
)
def test_sheet_reads_what_spreadsheets_save(tmp_path: Path, encoding: str, delimiter: str) -> None:
    """Excel's "Unicode text" is UTF-16, its CSV in Europe uses ';' and a decimal comma;
    codes lose their leading zero and booleans turn upper case."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(["Event ID", "code", "confidence", "negated", "verdict", "source", "note"])
    w.writerow(["ab12cd34ef56:1-5", "40", "0,62", "FALSE", "right", "Zürich", "ok"])
    w.writerow(["ab12cd34ef56:9-15", "1312", "0.9", "TRUE", "wrong", "Kyiv", "no"])
    path = tmp_path / "saved.txt"
    path.write_bytes(out.getvalue().encode(encoding))
    rows = read_sheet(path)
    assert [(r.code, r.confidence, r.negated, r.verdict) for r in rows] == [
        ("040", 0.62, False, "right"),
        ("1312", 0.9, True, "wrong"),
    ]
    assert rows[0].source == "Zürich"


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"verdict": "maybe"}, r"judged\.tsv row 3: unknown verdict 'maybe' \(use right, partial"),
        ({"verdict": "wrong", "corrected_code": "999"}, r"row 3: corrected_code: unknown CAMEO"),
        ({"verdict": "partial", "corrected_source": "Kyiv [XYZ]"}, r"row 3: corrected_source"),
        ({"corrected_code": "042"}, r"row 3: a correction is filled in but the verdict is empty"),
        ({"verdict": "right", "corrected_code": "042"}, r"row 3: the verdict is right but"),
        ({"verdict": "right", "confidence": "high"}, r"row 3: confidence 'high' is not a number"),
        ({"verdict": "right", "confidence": "1.5"}, r"row 3: confidence 1\.5 is not between"),
        ({"verdict": "right", "code": "abc"}, r"row 3: code: unknown CAMEO code 'abc'"),
        ({"verdict": "right", "code": ""}, r"row 3: the code cell is empty"),
    ],
)
def test_sheet_bad_judgement_names_its_row(
    tmp_path: Path, cells: dict[str, str], message: str
) -> None:
    path = _sheet(tmp_path, [{"verdict": "right"}, cells])
    with pytest.raises(UsageError, match=message) as info:
        read_sheet(path)
    assert "\n" not in str(info.value)


def test_sheet_missing_columns_are_named(tmp_path: Path) -> None:
    path = tmp_path / "s.tsv"
    path.write_text("event_id\tsentence\nab:1-2\tx\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"missing column\(s\) code, verdict \(the header has"):
        read_sheet(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"is empty"),
        (b"PK\x03\x04\x14\x00", r"is a spreadsheet file \(xlsx/ods\): save it as"),
    ],
)
def test_sheet_unreadable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "s.tsv"
    path.write_bytes(content)
    with pytest.raises(UsageError, match=message):
        read_sheet(path)
    with pytest.raises(UsageError, match=r"no sheet at"):
        read_sheet(tmp_path / "missing.tsv")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("none", ActorFix(absent=True)),
        ("USAGOV", ActorFix(None, "USA", "GOV")),
        ("usa gov [usagov]", ActorFix("usa gov", "USA", "GOV")),
        ("RUS", ActorFix(None, "RUS", None)),
        ("the Harlan Institute [NGO]", ActorFix("the Harlan Institute", None, "NGO")),
        ("ANKARA", ActorFix("ANKARA")),  # all capitals, but no code: words
        ("Ankara", ActorFix("Ankara")),
        ("", None),
    ],
)
def test_sheet_actor_corrections(text: str, expected: ActorFix | None) -> None:
    assert parse_actor(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("040", "040"), ("40", "040"), ("40.0", "040"), ("211", "0211"), ("10", "10"), ("", None)],
)
def test_sheet_codes(text: str, expected: str | None) -> None:
    assert parse_code(text) == expected


def test_sheet_row_as_json_values() -> None:
    import json

    cells = judge(ROW, "partial", corrected_source="General Scott [USAMIL]").to_dict()
    assert list(cells) == [*COLUMNS, "row"]
    assert cells["corrected_source"] == "General Scott [USAMIL]"
    assert cells["code_name"] == "Accuse, not specified below" and cells["verdict"] == "partial"
    assert json.loads(json.dumps(cells)) == cells


def test_sheet_judge_checks_like_the_reader() -> None:
    judged = judge(ROW, "partial", corrected_code="111", note="  criticised,\n not accused ")
    assert (judged.verdict, judged.corrected_code, judged.note) == (
        "partial",
        "111",
        "criticised, not accused",
    )
    assert judge(judged, None).verdict is None
    with pytest.raises(UsageError, match=r"event 3fa2c1d9e0b4:10-17: unknown verdict"):
        judge(ROW, "fine")
    assert str(ActorFix("General Scott", "USA", "MIL")) == "General Scott [USAMIL]"
