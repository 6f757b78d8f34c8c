"""The GDELT 2.0 Events export: 61 tab-separated columns in GDELT's order and formats."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from communique import records
from communique.cli import main
from communique.errors import DataError
from communique.records.gdelt import check_line, split_code
from communique.store import open_store

# The GDELT 2.0 Events table, column by column (GDELT Event Codebook V2.0), written out
# here independently of the module so that a slip in either shows.
GDELT_2_EVENTS = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]


def test_records_gdelt_columns_are_gdelt_2_events() -> None:
    assert len(GDELT_2_EVENTS) == 61
    assert list(records.GDELT_COLUMNS) == GDELT_2_EVENTS


@pytest.fixture(scope="module")
def exported(examples_db: Path, tmp_path_factory: pytest.TempPathFactory) -> list[list[str]]:
    out = tmp_path_factory.mktemp("gdelt") / "events.tsv"
    with open_store(examples_db, read_only=True) as store:
        n = records.export_gdelt(store, out)
        assert n == records.count_records(store) - _negated(store)
    assert records.check_file(out) == n
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""  # every line ends with a newline
    return [line.split("\t") for line in lines[:-1]]


def _negated(store) -> int:  # type: ignore[no-untyped-def]
    _, found = store.fetch("SELECT count(*) FROM records WHERE negated AND mentions > 0")
    return int(found[0][0])


def test_records_gdelt_every_row_has_61_fields(exported: list[list[str]]) -> None:
    assert exported and all(len(fields) == 61 for fields in exported)


def test_records_gdelt_values_of_the_example_records(exported: list[list[str]]) -> None:
    rows = [dict(zip(GDELT_2_EVENTS, fields, strict=True)) for fields in exported]
    meeting = next(r for r in rows if r["EventCode"] == "0312")
    assert (meeting["Day"], meeting["MonthYear"], meeting["Year"]) == ("20250805", "202508", "2025")
    assert meeting["FractionDate"] == "2025.5890"  # 2025 + (7 * 30 + 5) / 365
    assert {meeting["Actor1CountryCode"], meeting["Actor2CountryCode"]} == {"IND", "RUS"}
    assert (meeting["EventBaseCode"], meeting["EventRootCode"], meeting["QuadClass"]) == (
        "031",
        "03",
        "1",
    )
    assert (meeting["NumArticles"], meeting["NumSources"]) == ("2", "1")
    assert meeting["SOURCEURL"].startswith("https://news.example.org/")
    assert len(meeting["DATEADDED"]) == 14
    assert all(meeting[c] == "" for c in GDELT_2_EVENTS if "Geo_" in c or c == "AvgTone")
    headline = next(r for r in rows if r["EventCode"] == "040" and r["IsRootEvent"] == "1")
    assert headline["Actor1Type1Code"] == "GOV"


def test_records_gdelt_check_refuses_a_short_or_malformed_line(tmp_path: Path) -> None:
    assert check_line("\t".join(["1"] * 60))[0] == "60 fields, not 61"
    fields = [""] * 61
    fields[1] = "2025-08-05"
    problems = check_line("\t".join(fields))
    assert "GlobalEventID is blank" in problems
    assert any(p.startswith("Day '2025-08-05'") for p in problems)
    bad = tmp_path / "bad.tsv"
    bad.write_text("\t".join(fields) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="line 1"):
        records.check_file(bad)


@pytest.mark.parametrize(
    ("code", "country", "sector", "parts"),
    [
        ("INDGOV", "IND", "GOV", ["", "GOV", "", ""]),
        ("IGOUNOHRI", "IGO", None, ["UNO", "IGO", "HRI", ""]),
        ("USAGOVMIL", "USA", "GOV", ["", "GOV", "MIL", ""]),
        (None, "RUS", "MIL", ["", "MIL", "", ""]),
        ("RUS", "RUS", None, ["", "", "", ""]),
    ],
)
def test_records_gdelt_actor_codes_split_the_cameo_way(
    code: str | None, country: str, sector: str | None, parts: list[str]
) -> None:
    assert split_code(code, country, sector) == parts


def test_records_gdelt_cli_writes_the_export(
    examples_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "e.duckdb"
    shutil.copy(examples_db, db)
    out = tmp_path / "events.tsv"
    assert main(["export", str(out), "--format", "gdelt", "--db", str(db),
                 "--min-confidence", "0"]) == 0  # fmt: skip
    assert records.check_file(out) > 0
    assert "records rows" in capsys.readouterr().err
    argv = ["export", str(out), "--format", "gdelt", "--mentions", "--force", "--db", str(db)]
    assert main(argv) == 2
    assert "drop --table/--mentions" in capsys.readouterr().err


def test_records_gdelt_export_filters(examples_db: Path, tmp_path: Path) -> None:
    from communique.query import Filters

    out = tmp_path / "dyad.tsv"
    with open_store(examples_db, read_only=True) as store:
        n = records.export_gdelt(store, out, Filters(dyad="IND-RUS", since="2025-08-06"))
    lines = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(lines) >= 1
    assert all(f[1] == "20250806" and {f[7], f[17]} == {"IND", "RUS"} for f in lines)
