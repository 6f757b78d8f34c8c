"""The date-words table: one loader that compiles it or raises DataError, one month table."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from communique.data import read_text
from communique.dates.lexicon import TABLE, lexicon, load
from communique.errors import DataError
from communique.ingest import parse_date

SHIPPED = read_text(TABLE)


def _table(tmp_path: Path, change: dict[str, object] | None = None, drop: str = "") -> Path:
    data = yaml.safe_load(SHIPPED)
    data.update(change or {})
    data.pop(drop, None)
    path = tmp_path / "date_words.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_lexicon_load_of_a_copy_equals_the_shipped_table(tmp_path: Path) -> None:
    copy = load(_table(tmp_path))
    shipped = lexicon()
    assert copy.months == shipped.months
    assert [name for name, _ in copy.patterns] == [name for name, _ in shipped.patterns]
    assert lexicon() is shipped  # compiled once


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("weekdays: [Monday\n", "cannot read"),  # not YAML
        ("- Monday\n- Tuesday\n", "expected a mapping at the top level"),
        ("", "expected a mapping at the top level"),
    ],
)
def test_lexicon_load_unreadable_raises_data_error(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "words.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message) as err:
        load(path)
    assert str(err.value).startswith(str(path))


def test_lexicon_load_missing_file_raises_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot read"):
        load(tmp_path / "absent.yaml")


def test_lexicon_load_binary_file_raises_data_error(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(DataError, match="cannot read"):
        load(path)


@pytest.mark.parametrize(
    ("change", "drop", "message"),
    [
        (None, "weekdays", "missing section or key 'weekdays'"),
        (None, "holidays", "missing section or key 'holidays'"),
        ({"weekdays": ["Monday", "Tuesday"]}, "", "malformed"),  # a list, not a mapping
        ({"months": {"January": "first"}}, "", "malformed"),  # not a number
        ({"anaphors": {"that day": ["day"]}}, "", "malformed"),  # no offset
        ({"holidays": {"Solstice": {"solstice": 0}}}, "", "unknown holiday rule"),
        ({"holidays": {"Flag Day": {"fixed": [6]}}}, "", "malformed"),
        ({"numbers": {"two": [2]}}, "", "malformed"),
    ],
)
def test_lexicon_load_malformed_raises_data_error(
    tmp_path: Path, change: dict[str, object] | None, drop: str, message: str
) -> None:
    with pytest.raises(DataError, match=message):
        load(_table(tmp_path, change, drop))


@pytest.mark.parametrize(
    ("word", "number"),
    [("aug", 8), ("Aug.", 8), ("SEPT", 9), ("sept.", 9), ("May", 5), ("december", 12)],
)
def test_lexicon_month_number_any_case(word: str, number: int) -> None:
    assert lexicon().month_number(word) == number


@pytest.mark.parametrize("word", ["Mayday", "Augs", "Tuesday", ""])
def test_lexicon_month_number_of_other_words_is_none(word: str) -> None:
    assert lexicon().month_number(word) is None


@pytest.mark.parametrize(("name", "number"), sorted(lexicon().months.items()))
def test_lexicon_months_are_the_publication_dates_months(name: str, number: int) -> None:
    # ingest/published.py reads month names from this one table, in both word orders
    assert parse_date(f"6 {name} 2025") == f"2025-{number:02d}-06"
    assert parse_date(f"{name.title()} 6, 2025") == f"2025-{number:02d}-06"
