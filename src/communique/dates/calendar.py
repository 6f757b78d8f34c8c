"""Calendar arithmetic for anchoring: which weekday, month, weekend or holiday is meant.

Pure functions of ``datetime.date``; no text here. The arithmetic itself (month and year
shifts, the n-th weekday of a month, Easter) is python-dateutil's ``relativedelta`` and
``easter``; what is left here is the choice between occurrences. A *direction* says
which occurrence of a repeating date is meant, seen from the publication date:

``past``     the latest on or before it       ``future``  the earliest on or after it
``last``     the latest strictly before it    ``next``    the earliest strictly after it
``nearest``  whichever of past/future is closer (past on a tie)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Literal

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekday as Weekday

Direction = Literal["past", "future", "last", "next", "nearest"]
Unit = Literal["day", "week", "month", "year"]

_SATURDAY, _SUNDAY, _TUESDAY = 5, 6, 1
_DAY = timedelta(days=1)


def fmt_day(d: date) -> str:
    return d.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def fmt_unit(d: date, unit: Unit) -> str:
    """The value of the ``unit`` that holds ``d``: a day, ISO week, month or year."""
    if unit == "day":
        return fmt_day(d)
    if unit == "week":
        return fmt_week(d)
    if unit == "month":
        return fmt_month(d.year, d.month)
    return f"{d.year:04d}"


def shift(d: date, unit: Unit, n: int) -> date:
    """``d`` moved by ``n`` units (months and years keep the day where they can)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return d + relativedelta(months=n)
    return d + relativedelta(years=n)


def pick(candidates: list[date], anchor: date, direction: Direction) -> date | None:
    """The occurrence among ``candidates`` that ``direction`` points at from ``anchor``."""
    if direction == "last":
        return max((c for c in candidates if c < anchor), default=None)
    if direction == "next":
        return min((c for c in candidates if c > anchor), default=None)
    past = max((c for c in candidates if c <= anchor), default=None)
    future = min((c for c in candidates if c >= anchor), default=None)
    if direction == "past":
        return past
    if direction == "future":
        return future
    if past is None or future is None:
        return past or future
    return past if (anchor - past) <= (future - anchor) else future


def weekday(anchor: date, wd: int, direction: Direction) -> date:
    """The weekday ``wd`` (Monday = 0) that ``direction`` points at from ``anchor``."""
    if direction == "last":
        return _on_or_before(anchor - _DAY, wd)
    if direction == "next":
        return _on_or_after(anchor + _DAY, wd)
    past, future = _on_or_before(anchor, wd), _on_or_after(anchor, wd)
    if direction == "past":
        return past
    if direction == "future":
        return future
    return past if anchor - past <= future - anchor else future


def _on_or_before(d: date, wd: int) -> date:
    return d + relativedelta(weekday=Weekday(wd)(-1))


def _on_or_after(d: date, wd: int) -> date:
    return d + relativedelta(weekday=Weekday(wd)(+1))


def weekend(anchor: date, direction: Direction) -> tuple[date, date]:
    """The Saturday and Sunday of the weekend ``direction`` points at from ``anchor``.

    Looking back, the weekend is the latest one whose Saturday is before ``anchor``
    (on a Sunday, the one just ending); looking forward, the first whose Sunday is on or
    after ``anchor``. ``last`` seen from a Sunday is the weekend before the one ending,
    ``next`` seen from a weekend day is the one after it.
    """
    if direction in ("past", "last", "nearest"):
        sat = _on_or_before(anchor - _DAY, _SATURDAY)
        if direction == "last" and anchor.weekday() == _SUNDAY:
            sat -= timedelta(weeks=1)
    else:
        sat = _on_or_after(anchor, _SUNDAY) - _DAY
        if direction == "next" and anchor.weekday() >= _SATURDAY:
            sat += timedelta(weeks=1)
    return sat, sat + _DAY


def month(anchor: date, m: int, direction: Direction) -> tuple[int, int]:
    """(year, month) of the month ``m`` that ``direction`` points at from ``anchor``'s month."""
    if direction == "nearest":
        # whole months apart; six either way goes back
        y = anchor.year if m <= anchor.month else anchor.year - 1
        if (anchor.month - m) % 12 > 6:
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
            continue  # Feb. 29 outside a leap year, Sept. 31
    return pick(cands, anchor, direction)


def nth_weekday(year: int, m: int, wd: int, n: int) -> date:
    """The ``n``-th weekday ``wd`` (Monday = 0) of month ``m``; n = -1 is the last one."""
    day = 1 if n > 0 else 31  # relativedelta clips day 31 to the month's last day
    return date(year, m, 1) + relativedelta(day=day, weekday=Weekday(wd)(n))


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
        # the Tuesday after the first Monday of the month: the first Tuesday from the 2nd on
        (em,) = _ints(rule["election"])
        return lambda y: _on_or_after(date(y, em, 2), _TUESDAY)
    if "easter" in rule:
        (off,) = _ints(rule["easter"])
        return lambda y: easter(y) + timedelta(days=off)
    if "easter_week" in rule:
        return easter
    raise ValueError(f"unknown holiday rule {rule!r}")
