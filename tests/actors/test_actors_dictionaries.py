"""User dictionaries and the shipped tables: formats, dates, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.actors import load_knowledge
from communique.actors.dictionaries import (
    load_user_dictionary,
    named_table,
    read_petrarch,
    role_table,
)
from communique.actors.entries import parse_periods, split_code
from communique.errors import DataError

PETRARCH = """\
# a small Phoenix-style dictionary
ZORAN_EXAMPLEVIC_  # a made-up minister
+MINISTER_EXAMPLEVIC
+EXAMPLEVIC
\t[SRBELI 900101-100101]
\t[SRBGOV >100101]
FREEDONIA_PEOPLES_FRONT_ [FRDREB]
ACME_WIDGETS_ [~BUS]
"""


@pytest.mark.parametrize(
    ("code", "country", "sector"),
    [
        ("RUSGOV", "RUS", "GOV"),
        ("IGOUNOHLHWHO", "IGO", "HLH"),
        ("NGO", None, "NGO"),
        ("~MIL", None, "MIL"),
        ("KSVGOV", "XKX", "GOV"),
        ("DEUGOVEDU", "DEU", "GOV"),
        ("---", None, None),
    ],
)
def test_entries_split_code(code: str, country: str | None, sector: str | None) -> None:
    assert split_code(code) == (country, sector)


def test_entries_periods_pick_the_date() -> None:
    from communique.actors.entries import Entry

    periods = parse_periods("DEUGOV 2005-11-22..2021-12-08; DEUELI")
    merkel = Entry("Angela Merkel", "person", periods)
    assert merkel.at("2017-04-01").code == "DEUGOV"  # type: ignore[union-attr]
    assert merkel.at("2022-01-10").code == "DEUELI"  # type: ignore[union-attr]


def test_dictionaries_petrarch_entries_and_dates() -> None:
    entries = read_petrarch(PETRARCH, "test.txt")
    by_name = {e.name: e for e in entries}
    minister = by_name["Zoran Examplevic"]
    assert minister.kind == "person"
    assert "Examplevic" in minister.aliases
    assert minister.at("2005-06-01").code == "SRBELI"  # type: ignore[union-attr]
    assert minister.at("2015-06-01").code == "SRBGOV"  # type: ignore[union-attr]
    assert by_name["Freedonia Peoples Front"].periods[0].sector == "REB"
    assert by_name["Acme Widgets"].periods[0].sector == "BUS"


@pytest.mark.parametrize(
    "text",
    [
        "+SYNONYM_FIRST\nNAME_ [USAGOV]\n",
        "\t[USAGOV]\nNAME_ [USAGOV]\n",
        "NAME_ [usa gov]\n",
    ],
)
def test_dictionaries_petrarch_malformed_raises(text: str) -> None:
    with pytest.raises(DataError):
        read_petrarch(text, "bad.txt")


def test_dictionaries_petrarch_bad_date_skips_the_code() -> None:
    [entry] = read_petrarch("NAME_\n\t[USAGOV >99AB01]\n\t[USAELI]\n", "typo.txt")
    assert [p.code for p in entry.periods] == ["USAELI"]


def test_dictionaries_yaml_and_csv(tmp_path: Path) -> None:
    y = tmp_path / "a.yaml"
    y.write_text(
        "actors:\n"
        "  - name: Jane Example\n"
        "    aliases: [Example]\n"
        "    kind: person\n"
        "    periods:\n"
        "      - {country: GBR, sector: GOV, start: 2020-01-01, end: 2023-01-01}\n"
        "      - {code: GBRELI}\n",
        encoding="utf-8",
    )
    [jane] = load_user_dictionary(y)
    assert jane.at("2021-05-05").code == "GBRGOV"  # type: ignore[union-attr]
    assert jane.at("2024-05-05").code == "GBRELI"  # type: ignore[union-attr]
    c = tmp_path / "b.csv"
    c.write_text(
        "name,country,sector,start,end,aliases\n"
        "Acme Corp,USA,BUS,,,Acme\n"
        "Bob Example,FRA,GOV,2010-01-01,2015-01-01,\n"
        "Bob Example,FRA,ELI,,,\n",
        encoding="utf-8",
    )
    entries = {e.name: e for e in load_user_dictionary(c)}
    assert entries["Acme Corp"].aliases == ("Acme",)
    assert entries["Bob Example"].at("2012-01-01").sector == "GOV"  # type: ignore[union-attr]
    assert entries["Bob Example"].at("2020-01-01").sector == "ELI"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.yaml", "actors: [\n", "not valid YAML"),
        ("noname.yaml", "- country: USA\n", "needs a name"),
        ("badcode.yaml", "- {name: X, country: USAA}\n", "3-letter"),
        ("baddate.yaml", "- {name: X, country: USA, start: 2020-13}\n", "YYYY-MM-DD"),
        ("nohead.csv", "foo,bar\n1,2\n", "'name' column"),
        ("x.docx", "whatever", "unknown format"),
    ],
)
def test_dictionaries_malformed_raise_one_line(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_knowledge([str(path)])
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_dictionaries_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not found"):
        load_knowledge([str(tmp_path / "nope.yaml")])


def test_dictionaries_shipped_tables_load() -> None:
    people = named_table("people.tsv")
    assert any(e.name == "Vladimir Putin" for e in people)
    assert len(named_table("phoenix_actors.tsv")) > 10_000
    roles = {text: sector for text, sector, _, _ in role_table("roles.tsv")}
    assert roles["soldier"] == "MIL" and roles["police"] == "COP"
