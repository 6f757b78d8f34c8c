"""Publication dates: any common written form → ISO ``YYYY-MM-DD``.

Sources write dates as ISO dates or timestamps (``2025-08-06T09:30:00+05:30``), RFC 822
(``Wed, 06 Aug 2025 09:30:00 GMT``, in feeds and HTTP), words (``August 6, 2025``,
``6 Aug 2025``, ``2025 Aug 6``, ``9:30 AM EDT, Aug. 6, 2025``), compact digits
(``20250806``) or Unix timestamps. A timestamp keeps the calendar date it was written with
(its own time zone), because that is the day the outlet published on. A date needs a
day: ``2025-08`` is not a publication date.

Month names are English, read from the dates stage's table (``data/date_words.yaml``
through ``communique.dates.lexicon``), the one list of them in the project. Dates in
words in other orders are read by python-dateutil's parser with those names; it must find
a day, a month name and a year, so "August 2025", "next Tuesday" and an ambiguous
``01/03/2024 10:00 AM`` are refused.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_tz
from functools import lru_cache
from typing import Any

from dateutil import parser as dateutil_parser

from ..errors import BadDateError

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_]\d)")
_YMD = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T\d{4,6}(?:Z|[+-]\d{4})?)?\s*$")
_DMY_OR_MDY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_EPOCH = re.compile(r"^\s*\d{9,13}(?:\.\d+)?\s*$")
_PARTIAL = re.compile(r"^\s*\d{4}(?:-\d{1,2})?\s*$")
_WORD = re.compile(r"[A-Za-z]+")
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_END = r"(?=$|[\s,|T;])"
_MONTH_FIRST = re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_END}", re.IGNORECASE)
_DAY_FIRST = re.compile(
    rf"^{_WEEKDAY}{_DAY}(?:\s+|-)(?:of\s+)?{_MONTH},?(?:\s+|-){_YEAR}{_END}", re.IGNORECASE
)
#: Earliest and latest years accepted as publication dates.
MIN_YEAR, MAX_YEAR = 1800, 2200


def _make(year: int, month: int, day: int, value: str) -> str:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise BadDateError(f"publication date {value!r} is out of range ({MIN_YEAR}-{MAX_YEAR})")
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise BadDateError(f"{value!r} is not a valid date") from None


def _day_month(first: int, second: int, year: int, value: str) -> str:
    """``13/03/2024`` (day first) or ``03/13/2024`` (month first); refuse the ambiguous."""
    if first > 12 >= second:
        return _make(year, second, first, value)
    if second > 12 >= first:
        return _make(year, first, second, value)
    if first == second:
        return _make(year, first, first, value)
    raise BadDateError(f"{value!r} is ambiguous (day/month or month/day?); use YYYY-MM-DD")


def from_epoch(seconds: float, value: str) -> str:
    """A Unix timestamp (seconds, or milliseconds when it is that large) as a UTC date."""
    if seconds > 1e11:
        seconds /= 1000
    try:
        day = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()  # noqa: UP017 - Python 3.10
    except (OverflowError, OSError, ValueError):
        raise BadDateError(f"{value!r} is not a valid timestamp") from None
    return _make(day.year, day.month, day.day, value)


def _month_number(word: str) -> int | None:
    from ..dates.lexicon import lexicon  # the one month table, compiled on first use

    return lexicon().month_number(word)


class _TableMonths(dateutil_parser.parserinfo):
    """dateutil's English words, with the month names of the dates stage's table."""

    def __init__(self, months: list[tuple[str, ...]]) -> None:
        self.MONTHS = months  # type: ignore[assignment]  # the stubs want 2-3 names; May has 1
        super().__init__()


@lru_cache(maxsize=1)
def _parserinfo() -> dateutil_parser.parserinfo:
    from ..dates.lexicon import lexicon

    names: dict[int, list[str]] = {}
    for name, number in lexicon().months.items():
        names.setdefault(number, []).append(name)
    return _TableMonths([tuple(sorted(names[m], key=len)) for m in range(1, 13)])


#: Two defaults that share no day, month or year: a part the parser filled in differs.
_DEFAULTS = (dt.datetime(2001, 1, 1), dt.datetime(2002, 2, 2))


def _words(text: str, value: str) -> str | None:
    """A date in words in another order or with a time, read by dateutil; None if not one.

    Only a text with a month name is read (digits alone are ``_day_month``'s, which refuses
    the ambiguous), and day, month and year must all be written in it.
    """
    if not any(_month_number(w) for w in _WORD.findall(text)):
        return None
    try:
        got = [
            dateutil_parser.parse(text, parserinfo=_parserinfo(), default=d, ignoretz=True)
            for d in _DEFAULTS
        ]
    except (ValueError, OverflowError):
        return None
    if got[0].date() != got[1].date():
        return None  # a day, month or year left out
    return _make(got[0].year, got[0].month, got[0].day, value)


def parse_date(value: str | dt.date | int | float) -> str:
    """Normalise a publication date to ISO ``YYYY-MM-DD``; raise ``BadDateError`` on nonsense.

    >>> parse_date("Wed, 06 Aug 2025 09:30:00 GMT")
    '2025-08-06'
    """
    if isinstance(value, dt.datetime):
        return _make(value.year, value.month, value.day, str(value))
    if isinstance(value, dt.date):
        return _make(value.year, value.month, value.day, str(value))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return from_epoch(float(value), str(value))
    if not isinstance(value, str) or not value.strip():
        raise BadDateError(f"{value!r} is not a date (expected YYYY-MM-DD)")
    text = value.strip()
    for pattern in (_ISO, _YMD):
        m = pattern.match(text)
        if m:
            return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
    m = _DMY_OR_MDY.match(text)
    if m:
        return _day_month(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
    if _EPOCH.match(text):
        return from_epoch(float(text), value)
    m = _COMPACT.match(text)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
    if _PARTIAL.match(text):
        raise BadDateError(f"{value!r} has no day; a publication date needs YYYY-MM-DD")
    rfc = parsedate_tz(text)
    if rfc and rfc[0] and rfc[1] and rfc[2]:
        return _make(rfc[0], rfc[1], rfc[2], value)
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        m = pattern.match(text)
        month = _month_number(m.group("month")) if m else None
        if m and month:
            return _make(int(m.group("year")), month, int(m.group("day")), value)
    if len(text) <= 64:
        found = _words(text, value)
        if found:
            return found
    raise BadDateError(f"{value!r} is not a date (expected YYYY-MM-DD)")


def try_date(value: Any) -> str | None:
    """``parse_date`` for metadata found in a source: None instead of an error."""
    if value is None or value == "":
        return None
    try:
        return parse_date(value)
    except BadDateError:
        return None
