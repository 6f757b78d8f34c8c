"""Anchoring one candidate: explicit days, months, weekdays, holidays, relative words, anaphors."""

from __future__ import annotations

from datetime import date

import pytest

from communique.dates.anchor import Anchored, Ref, anchor
from communique.dates.lexicon import lexicon
from communique.dates.scan import scan

WED = date(2025, 8, 6)  # a Wednesday


def _anchor(
    text: str, published: date | None = WED, tense: str | None = "past", ref: Ref | None = None
) -> Anchored | None:
    c = max(scan(text), key=lambda c: c.end - c.start)
    return anchor(c, lexicon(), published, tense, ref)


def _value(text: str, published: date | None = WED, tense: str | None = "past") -> str | None:
    got = _anchor(text, published, tense)
    return got.value if got else None


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("Feb. 29, 2000", "past", "2000-02-29"),
        ("Feb. 30, 2000", "past", None),  # no such day
        ("2025-13-01", "past", None),
        ("last Aug. 5", "future", "2025-08-05"),  # the modifier beats the tense
        ("next Aug. 5", "past", "2026-08-05"),
        ("Sunday, Feb. 29", "past", "2024-02-29"),  # a Thursday: the weekday does not fit
        ("Thursday, Feb. 29", "past", "2024-02-29"),
        ("Friday, Aug. 7", "past", "2026-08-07"),  # the weekday beats the tense
        ("Aug. 1", "past", "2025-08-01"),
        ("Nov. 25", "past", "2024-11-25"),
        ("Nov. 25", "future", "2025-11-25"),
        ("Nov. 25", None, "2025-11-25"),  # no tense: the nearest
        ("Aug. 7", "past", "2025-08-07"),  # the past one is 364 days back: beyond reach
        ("Sept. 31", "past", None),
    ],
)
def test_anchor_explicit_days(text: str, tense: str | None, value: str | None) -> None:
    assert _value(text, tense=tense) == value


@pytest.mark.parametrize(
    ("text", "published", "tense", "value"),
    [
        ("in November", WED, "past", "2024-11"),
        ("in November", WED, "future", "2025-11"),
        ("in November", WED, None, "2025-11"),
        ("in September", date(2025, 8, 6), "past", "2025-09"),  # 11 months back: too far
        ("this May", WED, "past", "2025-05"),
        ("last November", WED, "future", "2024-11"),
        ("next April", WED, "past", "2026-04"),
        ("June last year", WED, "future", "2024-06"),
        ("March next year", WED, "past", "2026-03"),
        ("January 1998", None, "past", "1998-01"),  # self-contained
    ],
)
def test_anchor_months(text: str, published: date | None, tense: str | None, value: str) -> None:
    assert _value(text, published, tense) == value


@pytest.mark.parametrize(
    "text",
    [
        "in November",
        "June last year",
        "on Tuesday",
        "Christmas",
        "Aug. 7",
        "yesterday",
        "last week",
        "on the weekend",
        "two weeks ago",
    ],
)
def test_anchor_relative_needs_a_publication_date(text: str) -> None:
    assert _anchor(text, published=None) is None


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("Christmas", "past", "2024-12-25"),
        ("Christmas", "future", "2025-12-25"),
        ("Christmas", None, "2025-12-25"),  # the nearest
        ("last Christmas", "future", "2024-12-25"),
        ("next Easter", "past", "2026-04-05"),
        ("Easter", "past", "2025-04-20"),
        ("Labor Day", "past", "2025-09-01"),  # 340 days back: too far, the nearest
        ("Holy Week", "past", "2025-W16"),
        ("Election Day", "future", "2025-11-04"),
    ],
)
def test_anchor_holidays(text: str, tense: str | None, value: str) -> None:
    assert _value(text, tense=tense) == value


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("on the weekend", "past", "2025-08-02/2025-08-03"),
        ("on the weekend", None, "2025-08-02/2025-08-03"),
        ("this weekend", None, "2025-08-09/2025-08-10"),  # "this" looks ahead
        ("this weekend", "past", "2025-08-02/2025-08-03"),  # unless the verb looks back
        ("this past weekend", "future", "2025-08-02/2025-08-03"),
        ("next weekend", "past", "2025-08-09/2025-08-10"),
        ("two weeks ago", "past", "2025-W30"),
        ("3 months ago", "past", "2025-05"),
        ("0 days ago", "past", None),  # no count
        ("this week", "past", "2025-W32"),
        ("next month", "past", "2025-09"),
        ("the past week", "past", "2025-W32"),
        ("the day before yesterday", "past", "2025-08-04"),
        ("on Tuesday", "future", "2025-08-12"),
        ("last Wednesday", "future", "2025-07-30"),
    ],
)
def test_anchor_relative_words(text: str, tense: str | None, value: str | None) -> None:
    assert _value(text, tense=tense) == value


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("the day after", Ref(date(1998, 10, 23), "day"), "1998-10-24"),
        ("two days later", Ref(date(1998, 10, 23), "day"), "1998-10-25"),
        ("three weeks earlier", Ref(date(1998, 10, 23), "day"), "1998-W40"),
        ("later that year", Ref(date(1998, 6, 1), "month"), "1998"),
        ("the following month", Ref(date(1998, 12, 1), "month"), "1999-01"),
        ("the next day", Ref(date(1998, 6, 1), "month"), None),  # the month gives no day
        ("the next day", None, None),  # nothing to count from
        ("0 days later", Ref(date(1998, 10, 23), "day"), None),
    ],
)
def test_anchor_anaphors_count_from_the_last_date(
    text: str, ref: Ref | None, value: str | None
) -> None:
    got = _anchor(text, ref=ref)
    assert (got.value if got else None) == value


def test_anchor_leaves_a_reference_of_its_granularity() -> None:
    assert _anchor("in June 1998") == Anchored("1998-06", Ref(date(1998, 6, 1), "month"))
    assert _anchor("in 1997") == Anchored("1997", Ref(date(1997, 1, 1), "year"))
    assert _anchor("last week") == Anchored("2025-W31", Ref(date(2025, 7, 30), "week"))
