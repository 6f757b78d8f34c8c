"""resolve(): one time expression anchored to a publication date, the tense given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from communique.dates import resolve
from communique.errors import BadDateError

WED = "2025-08-06"  # a Wednesday, the seed article's date


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("on Tuesday", "past", "2025-08-05"),
        ("on Wednesday", "past", "2025-08-06"),
        ("on Thursday", "past", "2025-07-31"),
        ("on Thursday", "future", "2025-08-07"),
        ("from Friday", "future", "2025-08-08"),
        ("last Wednesday", "past", "2025-07-30"),
        ("next Monday", "past", "2025-08-11"),
        ("Thursday morning", "past", "2025-07-31"),
        ("yesterday", "past", "2025-08-05"),
        ("today", "past", "2025-08-06"),
        ("tomorrow", "future", "2025-08-07"),
        ("tonight", "future", "2025-08-06"),
    ],
)
def test_dates_resolve_days(text: str, tense: str, value: str) -> None:
    assert resolve(text, WED, tense=tense) == value


@pytest.mark.parametrize(
    ("text", "published", "tense", "value"),
    [
        ("last week", WED, "past", "2025-W31"),
        ("this week", WED, "past", "2025-W32"),
        ("next week", WED, "future", "2025-W33"),
        ("the past week", WED, "past", "2025-W32"),
        ("earlier this week", WED, "past", "2025-W32"),
        ("last month", "1998-08-08", "past", "1998-07"),
        ("last year", "1999-10-08", "past", "1998"),
        ("later this year", "2000-01-28", "future", "2000"),
        ("two months ago", "2000-01-28", "past", "1999-11"),
        ("mid-2019", WED, "past", "2019"),
        ("by the end of the month", WED, "future", "2025-08"),
        ("late last year", WED, "past", "2024"),
        ("11 days ago", "1999-04-19", "past", "1999-04-08"),
    ],
)
def test_dates_resolve_relative_units(text: str, published: str, tense: str, value: str) -> None:
    assert resolve(text, published, tense=tense) == value


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("on the weekend", "past", "2025-08-02/2025-08-03"),
        ("over the weekend", "future", "2025-08-09/2025-08-10"),
        ("last weekend", "future", "2025-08-02/2025-08-03"),
        ("next weekend", "past", "2025-08-09/2025-08-10"),
    ],
)
def test_dates_resolve_weekend_range(text: str, tense: str, value: str) -> None:
    assert resolve(text, WED, tense=tense) == value


@pytest.mark.parametrize(
    ("text", "published", "tense", "value"),
    [
        ("in November", "1999-05-07", "past", "1998-11"),
        ("in November", "1999-05-07", "future", "1999-11"),
        ("in May", "1999-05-07", "past", "1999-05"),
        ("late-November", "2000-01-28", "past", "1999-11"),
        ("early December", "2000-01-07", "past", "1999-12"),
        ("last November", "2000-06-01", "past", "1999-11"),
        ("January 1998", "1999-05-07", "past", "1998-01"),
        ("in 1997", "1999-05-07", "past", "1997"),
        ("last April", "1989-10-27", "past", "1989-04"),
        ("this September", "1998-02-05", "past", "1998-09"),
        ("June last year", "1998-02-19", "past", "1997-06"),
        ("in mid-November", "1989-10-30", "past", "1989-11"),
    ],
)
def test_dates_resolve_months_and_years(text: str, published: str, tense: str, value: str) -> None:
    assert resolve(text, published, tense=tense) == value


@pytest.mark.parametrize(
    ("text", "published", "tense", "value"),
    [
        ("August 5, 2025", WED, "past", "2025-08-05"),
        ("5 Aug 2025", WED, "past", "2025-08-05"),
        ("Aug. 7, 1998", "1999-10-08", "past", "1998-08-07"),
        ("2025-08-05", WED, "future", "2025-08-05"),
        ("Aug. 5", WED, "past", "2025-08-05"),
        ("August 5", WED, "future", "2025-08-05"),
        ("Nov. 25", "2000-01-15", "past", "1999-11-25"),
        ("Jan. 14", "2000-01-05", "future", "2000-01-14"),
        ("Monday, Oct. 26", "1998-10-25", "past", "1998-10-26"),
        ("Thanksgiving Day", "2000-01-07", "past", "1999-11-25"),
        ("Election Day", "1998-10-26", "future", "1998-11-03"),
        ("Easter week", "2000-04-17", "past", "2000-W16"),
    ],
)
def test_dates_resolve_explicit_dates(text: str, published: str, tense: str, value: str) -> None:
    assert resolve(text, published, tense=tense) == value


@pytest.mark.parametrize(
    "text",
    [
        "three years",
        "for two weeks",
        "at 3 p.m.",
        "every Monday",
        "every other Tuesday",
        "recently",
        "now",
        "the past year",
        "in the 1990s",
        "3-1/2 year conflict",
        "this spring",
    ],
)
def test_dates_resolve_non_dates_give_none(text: str) -> None:
    assert resolve(text, WED) is None


def test_dates_resolve_rejects_bad_input() -> None:
    with pytest.raises(BadDateError):
        resolve("on Tuesday", "06/08/2025")
    with pytest.raises(BadDateError):
        resolve("on Tuesday", WED, tense="someday")


@pytest.mark.parametrize(
    ("text", "value"),
    [("earlier in the day", "2025-08-06"), ("later in the day", "2025-08-06")],
)
def test_dates_resolve_report_day_anaphors(text: str, value: str) -> None:
    """With no date before them, "earlier/later in the day" fall on the report's day."""
    assert resolve(text, "2025-08-06") == value


def test_dates_find_a_day_later_counts_from_the_last_date(parse: Callable[..., Any]) -> None:
    from communique.dates import find_dates

    index = parse(
        "On Monday Russia met India. A day later, Russia attacked Ukraine.", published="2025-08-06"
    )
    assert {d.text: d.value for d in find_dates(index)} == {
        "On Monday": "2025-08-04",
        "A day later": "2025-08-05",
    }
