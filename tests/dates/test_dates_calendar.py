"""Calendar arithmetic: which weekday, weekend, month or holiday a direction points at."""

from __future__ import annotations

from datetime import date

import pytest

from communique.dates import calendar as cal

WED = date(2025, 8, 6)  # a Wednesday
SAT, SUN = date(2025, 8, 9), date(2025, 8, 10)


@pytest.mark.parametrize(
    ("when", "unit", "value"),
    [
        (WED, "day", "2025-08-06"),
        (WED, "week", "2025-W32"),
        (WED, "month", "2025-08"),
        (WED, "year", "2025"),
        (date(2021, 1, 1), "week", "2020-W53"),  # the ISO year, not the calendar year
    ],
)
def test_calendar_fmt_unit(when: date, unit: cal.Unit, value: str) -> None:
    assert cal.fmt_unit(when, unit) == value


@pytest.mark.parametrize(
    ("when", "unit", "n", "moved"),
    [
        (WED, "day", 30, date(2025, 9, 5)),
        (WED, "week", -2, date(2025, 7, 23)),
        (date(2025, 1, 31), "month", 1, date(2025, 2, 28)),  # the day kept where it can be
        (date(2025, 3, 31), "month", -8, date(2024, 7, 31)),
        (date(2024, 2, 29), "year", 1, date(2025, 2, 28)),
        (date(2024, 2, 29), "year", -4, date(2020, 2, 29)),
    ],
)
def test_calendar_shift(when: date, unit: cal.Unit, n: int, moved: date) -> None:
    assert cal.shift(when, unit, n) == moved


XMAS = [date(2024, 12, 25), date(2025, 12, 25), date(2026, 12, 25)]


@pytest.mark.parametrize(
    ("candidates", "anchor", "direction", "picked"),
    [
        (XMAS, date(2025, 12, 25), "past", date(2025, 12, 25)),
        (XMAS, date(2025, 12, 25), "future", date(2025, 12, 25)),
        (XMAS, date(2025, 12, 25), "last", date(2024, 12, 25)),
        (XMAS, date(2025, 12, 25), "next", date(2026, 12, 25)),
        (XMAS, date(2025, 12, 25), "nearest", date(2025, 12, 25)),
        (XMAS, WED, "nearest", date(2025, 12, 25)),  # 141 days ahead, 224 back
        (XMAS, date(2025, 3, 1), "nearest", date(2024, 12, 25)),
        ([date(2025, 8, 4), date(2025, 8, 8)], WED, "nearest", date(2025, 8, 4)),  # a tie
        ([date(2026, 1, 1)], WED, "nearest", date(2026, 1, 1)),  # nothing before
        ([date(2024, 1, 1)], WED, "nearest", date(2024, 1, 1)),  # nothing after
        ([date(2024, 1, 1)], WED, "next", None),
        ([date(2026, 1, 1)], WED, "last", None),
        ([], WED, "past", None),
    ],
)
def test_calendar_pick(
    candidates: list[date], anchor: date, direction: cal.Direction, picked: date | None
) -> None:
    assert cal.pick(candidates, anchor, direction) == picked


@pytest.mark.parametrize(
    ("wd", "direction", "day"),
    [
        (2, "past", WED),  # Wednesday seen from a Wednesday: that day
        (2, "future", WED),
        (2, "nearest", WED),
        (2, "last", date(2025, 7, 30)),
        (2, "next", date(2025, 8, 13)),
        (4, "past", date(2025, 8, 1)),  # Friday
        (4, "future", date(2025, 8, 8)),
        (4, "last", date(2025, 8, 1)),
        (4, "next", date(2025, 8, 8)),
        (4, "nearest", date(2025, 8, 8)),  # two days ahead, five back
        (0, "nearest", date(2025, 8, 4)),  # Monday: two days back, five ahead
        (6, "nearest", date(2025, 8, 3)),  # Sunday: three back, four ahead
    ],
)
def test_calendar_weekday(wd: int, direction: cal.Direction, day: date) -> None:
    assert cal.weekday(WED, wd, direction) == day


@pytest.mark.parametrize(
    ("anchor", "direction", "saturday"),
    [
        (WED, "past", date(2025, 8, 2)),
        (WED, "last", date(2025, 8, 2)),
        (WED, "nearest", date(2025, 8, 2)),
        (WED, "future", SAT),
        (WED, "next", SAT),
        (SAT, "past", date(2025, 8, 2)),  # on a Saturday, looking back: the week before
        (SAT, "last", date(2025, 8, 2)),
        (SAT, "future", SAT),
        (SAT, "next", date(2025, 8, 16)),
        (SUN, "past", SAT),  # on a Sunday: the weekend just ending
        (SUN, "last", date(2025, 8, 2)),
        (SUN, "future", SAT),
        (SUN, "next", date(2025, 8, 16)),
    ],
)
def test_calendar_weekend(anchor: date, direction: cal.Direction, saturday: date) -> None:
    sat, sun = cal.weekend(anchor, direction)
    assert (sat, sun) == (saturday, date.fromordinal(saturday.toordinal() + 1))
    assert (sat.weekday(), sun.weekday()) == (5, 6)


@pytest.mark.parametrize(
    ("m", "direction", "year_month"),
    [
        (11, "nearest", (2025, 11)),  # three months ahead
        (2, "nearest", (2025, 2)),  # six months back: back wins
        (1, "nearest", (2026, 1)),  # seven back, five ahead
        (8, "nearest", (2025, 8)),
        (11, "past", (2024, 11)),
        (3, "future", (2026, 3)),
        (8, "past", (2025, 8)),
        (8, "last", (2024, 8)),
        (8, "next", (2026, 8)),
    ],
)
def test_calendar_month(m: int, direction: cal.Direction, year_month: tuple[int, int]) -> None:
    assert cal.month(WED, m, direction) == year_month


@pytest.mark.parametrize(
    ("m", "d", "direction", "day"),
    [
        (8, 5, "past", date(2025, 8, 5)),
        (8, 7, "past", date(2024, 8, 7)),
        (8, 7, "nearest", date(2025, 8, 7)),
        (2, 29, "past", date(2024, 2, 29)),  # the only leap year in reach
        (2, 29, "future", None),
        (9, 31, "nearest", None),  # no such day
    ],
)
def test_calendar_month_day(m: int, d: int, direction: cal.Direction, day: date | None) -> None:
    assert cal.month_day(WED, m, d, direction) == day


@pytest.mark.parametrize(
    ("year", "m", "wd", "n", "day"),
    [
        (1999, 11, 3, 4, date(1999, 11, 25)),  # Thanksgiving: fourth Thursday
        (2025, 5, 0, -1, date(2025, 5, 26)),  # Memorial Day: last Monday
        (2024, 5, 0, -1, date(2024, 5, 27)),
        (2025, 9, 0, 1, date(2025, 9, 1)),  # Labor Day on the 1st itself
        (2026, 1, 0, 3, date(2026, 1, 19)),
    ],
)
def test_calendar_nth_weekday(year: int, m: int, wd: int, n: int, day: date) -> None:
    assert cal.nth_weekday(year, m, wd, n) == day


@pytest.mark.parametrize(
    ("rule", "year", "day"),
    [
        ({"fixed": [12, 25]}, 2025, date(2025, 12, 25)),
        ({"nth": [11, 3, 4]}, 2024, date(2024, 11, 28)),
        ({"election": [11]}, 2025, date(2025, 11, 4)),  # Nov. 1 a Saturday
        ({"election": [11]}, 2022, date(2022, 11, 8)),  # Nov. 1 a Tuesday: not that one
        ({"election": 11}, 2026, date(2026, 11, 3)),
        ({"easter": 0}, 2000, date(2000, 4, 23)),
        ({"easter": "-2"}, 2025, date(2025, 4, 18)),  # Good Friday
        ({"easter": 1}, 2024, date(2024, 4, 1)),  # Easter Monday
        ({"easter_week": 0}, 2019, date(2019, 4, 21)),
    ],
)
def test_calendar_holiday_rule(rule: dict[str, object], year: int, day: date) -> None:
    assert cal.holiday_rule(rule)(year) == day


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"solstice": 0}, "unknown holiday rule"),
        ({"fixed": {"month": 12}}, "not a number"),
        ({"fixed": [12]}, "not enough values"),
    ],
)
def test_calendar_holiday_rule_refuses_malformed(rule: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        cal.holiday_rule(rule)
