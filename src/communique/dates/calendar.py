"""Calendar arithmetic for anchoring: weekdays, months, ISO weeks, weekends, holidays.

Pure functions of ``datetime.date``; no text here. A *direction* says which occurrence
of a repeating date is meant, seen from the publication date:

``past``     the latest on or before it       ``future``  the earliest on or after it
``last``     the latest strictly before it    ``next``    the earliest strictly after it
``nearest``  whichever of past/future is closer (past on a tie)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Literal

Direction = Literal["past", "future", "last", "next", "nearest"]
Unit = Literal["day", "week", "month", "year"]


def fmt_day(d: date) -> str:
    return d.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def shift(d: date, unit: Unit, n: int) -> date:
    """``d`` moved by ``n`` units (months and years keep the day where they can)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        y, m = add_months(d.year, d.month, n)
    else:
        y, m = d.year + n, d.month
    return date(y, m, min(d.day, _days_in_month(y, m)))


def fmt_unit(d: date, unit: Unit) -> str:
    """The value of the ``unit`` that holds ``d``: a day, ISO week, month or year."""
    if unit == "day":
        return fmt_day(d)
    if unit == "week":
        return fmt_week(d)
    if unit == "month":
        return fmt_month(d.year, d.month)
    return f"{d.year:04d}"


def _days_in_month(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def pick(candidates: list[date], anchor: date, direction: Direction) -> date | None:
    """The occurrence among ``candidates`` that ``direction`` points at from ``anchor``."""
    before = [c for c in candidates if c <= anchor]
    after = [c for c in candidates if c >= anchor]
    if direction == "last":
        before = [c for c in before if c < anchor]
        return max(before) if before else None
    if direction == "next":
        after = [c for c in after if c > anchor]
        return min(after) if after else None
    past = max(before) if before else None
    future = min(after) if after else None
    if direction == "past":
        return past
    if direction == "future":
        return future
    if past is None or future is None:
        return past or future
    return past if (anchor - past) <= (future - anchor) else future


def weekday(anchor: date, wd: int, direction: Direction) -> date:
    """The weekday ``wd`` (Monday = 0) that ``direction`` points at from ``anchor``."""
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if direction == "last":
        return anchor - timedelta(days=back or 7)
    if direction == "next":
        return anchor + timedelta(days=fwd or 7)
    if direction == "past":
        return anchor - timedelta(days=back)
    if direction == "future":
        return anchor + timedelta(days=fwd)
    return anchor - timedelta(days=back) if back <= fwd else anchor + timedelta(days=fwd)


def weekend(anchor: date, direction: Direction) -> tuple[date, date]:
    """The Saturday and Sunday of the weekend ``direction`` points at from ``anchor``.

    Looking back, the weekend is the latest one whose Saturday is before ``anchor``
    (on a Sunday, the one just ending); looking forward, the first whose Sunday is on or
    after ``anchor``.
    """
    if direction in ("past", "last", "nearest"):
        sat = anchor - timedelta(days=(anchor.weekday() - 5) % 7 or 7)
        if direction == "last" and anchor.weekday() == 6:
            sat -= timedelta(days=7)
    else:
        sun = anchor + timedelta(days=(6 - anchor.weekday()) % 7)
        if direction == "next" and anchor.weekday() >= 5:
            sun += timedelta(days=7)
        sat = sun - timedelta(days=1)
    return sat, sat + timedelta(days=1)


def month(anchor: date, m: int, direction: Direction) -> tuple[int, int]:
    """(year, month) of the month ``m`` that ``direction`` points at from ``anchor``'s month."""
    if direction == "nearest":
        # whole months apart; six either way goes back
        back = (anchor.month - m) % 12
        y = anchor.year if m <= anchor.month else anchor.year - 1
        if back > 6:
            y += 1
        return y, m
    first = anchor.replace(day=1)
    cands = [date(anchor.year + k, m, 1) for k in (-1, 0, 1)]
    got = pick(cands, first, direction) or date(anchor.year, m, 1)
    return got.year, got.month


def month_day(anchor: date, m: int, d: int, direction: Direction) -> date | None:
    """The date ``m``/``d`` (year left out) that ``direction`` points at; None if invalid."""
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append(date(y, m, d))
        except ValueError:
            continue
    return pick(cands, anchor, direction) if cands else None


def easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    mo = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, mo, day)


def nth_weekday(year: int, m: int, wd: int, n: int) -> date:
    """The ``n``-th weekday ``wd`` of month ``m`` (n = -1: the last one)."""
    if n > 0:
        first = date(year, m, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, m, _days_in_month(year, m))
    return last - timedelta(days=(last.weekday() - wd) % 7)


def _ints(value: object) -> list[int]:
    if isinstance(value, (list, tuple)):
        return [int(v) for v in value]
    if isinstance(value, (int, str)):
        return [int(value)]
    raise ValueError(f"not a number or a list of numbers: {value!r}")


def holiday_rule(rule: dict[str, object]) -> Callable[[int], date]:
    """A function year → date for a holiday rule of ``date_words.yaml``."""
    if "fixed" in rule:
        fm, fd = _ints(rule["fixed"])
        return lambda y: date(y, fm, fd)
    if "nth" in rule:
        nm, nwd, nn = _ints(rule["nth"])
        return lambda y: nth_weekday(y, nm, nwd, nn)
    if "election" in rule:
        # the Tuesday after the first Monday of the month
        (em,) = _ints(rule["election"])
        return lambda y: nth_weekday(y, em, 0, 1) + timedelta(days=1)
    if "easter" in rule:
        (off,) = _ints(rule["easter"])
        return lambda y: easter(y) + timedelta(days=off)
    if "easter_week" in rule:
        return easter
    raise ValueError(f"unknown holiday rule {rule!r}")
