"""Give a candidate expression its value, anchored to the publication date.

``anchor(candidate, lexicon, published, tense, ref)`` returns the value (``YYYY-MM-DD``,
``YYYY-MM``, ``YYYY``, ``YYYY-Www`` or ``start/end``) and the point it leaves as the
reference for later anaphors ("later that year", "the day after"), or None when the
expression cannot be anchored (a relative one without a publication date, an invalid
date, an anaphor with nothing before it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import cast

from . import calendar as cal
from .calendar import Direction, Unit
from .lexicon import Lexicon, norm
from .scan import Candidate

#: A bare month follows the verb's tense only within this many months; farther than that
#: the nearest one is more likely right ("gave him until mid-November", "planned for
#: early March" in a February article).
TENSE_REACH_MONTHS = 10

#: An explicit day without a year follows the verb's tense only within this many days;
#: farther than that the nearest occurrence is more likely right (a tense misread).
TENSE_REACH_DAYS = 300


@dataclass(frozen=True)
class Ref:
    """The last anchored point: a date and the finest unit it is known to."""

    when: date
    unit: Unit


@dataclass(frozen=True)
class Anchored:
    value: str
    ref: Ref | None


_FINENESS = {"day": 0, "week": 1, "month": 2, "year": 3}


def _direction(tense: str | None, default: Direction) -> Direction:
    if tense == "past":
        return "past"
    if tense in ("future", "present"):
        return "future"
    return default


def _mod_direction(mod: str | None, lex: Lexicon) -> Direction | None:
    """The direction of a modifier the scan matched ("last", "next"); None for "this"."""
    if not mod:
        return None
    step = lex.modifiers[norm(mod)]  # the patterns match only the table's modifiers
    return "last" if step < 0 else "next" if step > 0 else None


def _explicit_day(
    c: Candidate, lex: Lexicon, published: date | None, tense: str | None
) -> Anchored | None:
    """A day given by number: "Aug. 5", "5 August 1998", "2025-08-05", "Monday, Oct. 26".

    The scan's groups hold the parts (``day``; ``m`` a month number or ``mon`` its name;
    ``year``, ``wd``, ``mod`` when written); a date that does not exist gives None.
    """
    g = c.groups
    mon = int(g["m"]) if "m" in g else lex.month_of(g["mon"])
    day = int(g["day"])
    if "year" in g:
        try:
            when = date(int(g["year"]), mon, day)
        except ValueError:
            return None  # "Feb. 30, 2000", "2025-13-01"
        return Anchored(cal.fmt_day(when), Ref(when, "day"))
    if published is None:
        return None
    direction = _mod_direction(g.get("mod"), lex)
    if direction is not None:
        got = cal.month_day(published, mon, day, direction)
    else:
        got = _year_less(published, mon, day, tense, g.get("wd"), lex)
    return Anchored(cal.fmt_day(got), Ref(got, "day")) if got else None


def _year_less(
    published: date, mon: int, day: int, tense: str | None, wd: str | None, lex: Lexicon
) -> date | None:
    """The year of "Aug. 7": the weekday given with it, else the tense, else the nearest."""
    if wd:
        want = lex.weekdays[wd.lower()]
        fits = []
        for y in (published.year, published.year - 1, published.year + 1):
            try:
                d = date(y, mon, day)
            except ValueError:
                continue
            if d.weekday() == want:
                fits.append(d)
        if fits:
            return min(fits, key=lambda d: abs((d - published).days))
    nearest = cal.month_day(published, mon, day, "nearest")
    if tense in ("past", "future"):
        by_tense = cal.month_day(published, mon, day, cast(Direction, tense))
        if by_tense and abs((by_tense - published).days) <= TENSE_REACH_DAYS:
            return by_tense
    return nearest


def _month(
    c: Candidate, lex: Lexicon, published: date | None, tense: str | None
) -> Anchored | None:
    g = c.groups
    mon = lex.month_of(g["mon"])
    if "year" in g:
        y = int(g["year"])
    elif "ymod" in g:
        if published is None:
            return None
        y = published.year + lex.modifiers.get(norm(g["ymod"]), 0)  # "June last year"
    else:
        if published is None:
            return None
        step = lex.modifiers.get(norm(g["mod"])) if g.get("mod") else None
        if step == 0:
            y = published.year  # "this May"
        elif step is not None:
            # "last April" in October is this year's; "last November" in June last year's
            y, mon = cal.month(published, mon, "last" if step < 0 else "next")
        else:
            direction = _direction(tense, "nearest")
            y, mon_ = cal.month(published, mon, direction)
            if abs((y - published.year) * 12 + mon_ - published.month) > TENSE_REACH_MONTHS:
                y, mon_ = cal.month(published, mon, "nearest")
            mon = mon_
    return Anchored(cal.fmt_month(y, mon), Ref(date(y, mon, 1), "month"))


def _weekday(
    c: Candidate, lex: Lexicon, published: date | None, tense: str | None
) -> Anchored | None:
    if published is None:
        return None
    wd = lex.weekdays[c.groups["wd"].lower()]
    direction = _mod_direction(c.groups.get("mod"), lex) or _direction(tense, "past")
    got = cal.weekday(published, wd, direction)
    return Anchored(cal.fmt_day(got), Ref(got, "day"))


def _holiday(
    c: Candidate, lex: Lexicon, published: date | None, tense: str | None
) -> Anchored | None:
    if published is None:
        return None
    rule, is_week = lex.holidays[norm(c.groups["hol"])]
    cands = [rule(y) for y in (published.year - 1, published.year, published.year + 1)]
    direction = _mod_direction(c.groups.get("mod"), lex)
    if direction is None:
        got = cal.pick(cands, published, "nearest")
        if tense in ("past", "future"):
            by_tense = cal.pick(cands, published, cast(Direction, tense))
            if by_tense and abs((by_tense - published).days) <= TENSE_REACH_DAYS:
                got = by_tense
    else:
        got = cal.pick(cands, published, direction)
    if got is None:
        return None
    if is_week:
        return Anchored(cal.fmt_week(got), Ref(got, "week"))
    return Anchored(cal.fmt_day(got), Ref(got, "day"))


def _relative(
    c: Candidate, lex: Lexicon, published: date | None, tense: str | None
) -> Anchored | None:
    """Words counted from the publication date: today, last week, two months ago…"""
    if published is None:
        return None
    g = c.groups
    kind = c.kind
    if kind == "day_word":
        got = published + timedelta(days=lex.day_words[norm(g["dw"])])
        return Anchored(cal.fmt_day(got), Ref(got, "day"))
    if kind == "current":
        unit = cast(Unit, lex.units[g["unit"].lower()])
        return Anchored(cal.fmt_unit(published, unit), Ref(published, unit))
    if kind in ("rel_unit", "part_rel"):
        unit = cast(Unit, lex.units[g["unit"].lower()])
        got = cal.shift(published, unit, lex.modifiers.get(norm(g["mod"]), 0))
        return Anchored(cal.fmt_unit(got, unit), Ref(got, unit))
    if kind == "ago":
        unit = cast(Unit, lex.units[g["unit"].lower()])
        n = _count(g["num"], lex)
        if not n:
            return None
        got = cal.shift(published, unit, -n)
        return Anchored(cal.fmt_unit(got, unit), Ref(got, unit))
    if kind == "weekend":
        mod = norm(g.get("wmod", "the"))
        wstep = lex.modifiers.get(mod)
        if wstep is None:
            direction = _direction(tense, "past")  # "on the weekend"
        elif wstep == 0:
            direction = _direction(tense, "future")  # "this weekend"
        else:
            direction = "last" if wstep < 0 else "next"
        sat, sun = cal.weekend(published, direction)
        return Anchored(f"{sat.isoformat()}/{sun.isoformat()}", Ref(sat, "week"))
    return None


def _count(word: str, lex: Lexicon) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else lex.numbers.get(word)


def _anaphor(c: Candidate, lex: Lexicon, ref: Ref | None) -> Anchored | None:
    """ "later that year", "the day after", "two days later": from the last date before."""
    if c.kind == "offset":
        unit = cast(Unit, lex.units[c.groups["unit"].lower()])
        n = _count(c.groups["num"], lex)
        if not n:
            return None
        step = n if c.groups["dir"].lower() == "later" else -n
    else:
        unit_s, step = lex.anaphors[norm(c.groups["ana"])]
        unit = cast(Unit, unit_s)
    if ref is None or _FINENESS[ref.unit] > _FINENESS[unit]:
        return None
    got = cal.shift(ref.when, unit, step)
    return Anchored(cal.fmt_unit(got, unit), Ref(got, unit))


def anchor(
    c: Candidate,
    lex: Lexicon,
    published: date | None,
    tense: str | None,
    ref: Ref | None,
) -> Anchored | None:
    """The value of candidate ``c``, read from the parts its pattern captured."""
    kind = c.kind
    if kind in ("iso", "md", "dm", "wd_md", "md2"):
        return _explicit_day(c, lex, published, tense)
    if kind in ("my", "part_m", "mod_m", "m", "m_rel"):
        return _month(c, lex, published, tense)
    if kind in ("y", "part_y"):
        y = int(c.groups["year"])
        return Anchored(f"{y:04d}", Ref(date(y, 1, 1), "year"))
    if kind == "wd":
        return _weekday(c, lex, published, tense)
    if kind == "holiday":
        return _holiday(c, lex, published, tense)
    if kind in ("anaphor", "offset"):
        if (
            ref is None
            and published is not None
            and kind == "anaphor"
            and norm(c.groups["ana"]) in lex.report_anaphors
        ):  # "earlier in the day", with nothing before it: the day of the report
            ref = Ref(published, "day")
        return _anaphor(c, lex, ref)
    return _relative(c, lex, published, tense)
