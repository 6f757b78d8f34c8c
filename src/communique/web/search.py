"""What a request asks for, checked: the filters of a list, its page, and the SQL they make.

``Search`` holds the filters the pages and the API share; ``parse_search`` builds one from
query parameters and raises ``UsageError`` with a message naming the parameter for any
bad value (the app answers 400 with it). The filters mean what ``communique.query``'s
mean (see its docstring), plus:

    actor           part of the source's or target's name or text, either side
    source, target  the country on that side only (``country`` is either side)
    quad            the quad class, 1-4 (verbal/material cooperation, verbal/material conflict)
    min_confidence  the coder's lowest confidence, 0-1 (events with none count as 1); when
                    a request gives none, the server's ``min_confidence`` setting applies
    sort            date (oldest first) or -date (newest first, the default)
    mentions        1: list the mention rows (one per reporting sentence), not event records

``event_where`` turns a ``Search`` into the WHERE clause of an events query. It is the
dashboard's own (not ``query.where``) because the events list and the pair series are
its busiest queries: it reads the current article versions by leaving out the few
replaced ones (``Snapshot.stale``) instead of joining every event to its article, which
keeps DuckDB's newest-first scan short. The tests check that it selects what
``query.events`` selects.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from .. import query
from ..errors import UsageError

#: Rows a list may skip: deeper pages are refused (narrow the filters, or download).
MAX_OFFSET = 10_000
#: The largest page the API and the pages serve.
MAX_PER_PAGE = 500
QUADS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
SORTS = ("-date", "date")

_COUNTRY = re.compile(r"[A-Z]{3}")
_CODE = re.compile(r"\d{2,4}|[A-Z_]{3,20}")


@dataclass(frozen=True)
class Search:
    """Filters of an events, quotes or articles list; None means no restriction."""

    country: str | None = None
    dyad: str | None = None
    source: str | None = None
    target: str | None = None
    since: str | None = None
    until: str | None = None
    code: str | None = None
    quad: int | None = None
    min_confidence: float | None = None
    actor: str | None = None
    speaker: str | None = None
    text: str | None = None
    article: str | None = None
    sort: str = "-date"
    mentions: bool = False

    def params(self) -> dict[str, str]:
        """The filters that are set, as query parameters (for links)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "mentions":
                if value:
                    out["mentions"] = "1"
            elif value is not None and not (f.name == "sort" and value == "-date"):
                out[f.name] = str(value)
        return out

    def filters(self) -> query.Filters:
        """The ``communique.query`` filters this search shares with it."""
        return query.Filters(
            country=self.country,
            dyad=self.dyad,
            since=self.since,
            until=self.until,
            code=self.code,
            speaker=self.speaker,
            text=self.text,
            article=self.article,
        )


@dataclass(frozen=True)
class Page:
    """Which page of a list: 1-based ``page`` of ``per_page`` rows."""

    page: int = 1
    per_page: int = 50

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def pages(self, total: int) -> int:
        return max(1, math.ceil(total / self.per_page))


# -- checking ------------------------------------------------------------------------------


def _text(value: str | None, name: str, longest: int = 200) -> str | None:
    if value is None or not value.strip():
        return None
    if len(value) > longest:
        raise UsageError(f"{name} is longer than {longest} characters")
    if any(ord(c) < 32 for c in value):
        raise UsageError(f"{name} has control characters")
    return value.strip()


def country(value: str | None, name: str = "country") -> str | None:
    """An ISO alpha-3 code, upper-cased; UsageError naming ``name`` otherwise."""
    value = _text(value, name, 10)
    if value is None:
        return None
    if not _COUNTRY.fullmatch(value.upper()):
        raise UsageError(f"{name} must be a three-letter country code like IND, got {value!r}")
    return value.upper()


def date(value: str | None, name: str) -> str | None:
    value = _text(value, name, 20)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"{name} must be a date like 2025-08-06, got {value!r}") from None


def dyad(value: str | None) -> str | None:
    value = _text(value, "dyad", 20)
    return None if value is None else "-".join(query.parse_dyad(value))


def _show(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


def _number(value: str | None, name: str, lo: float, hi: float, kind: type = float) -> Any:
    value = _text(value, name, 20)
    if value is None:
        return None
    try:
        number = kind(value)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise UsageError(
            f"{name} must be {what} from {_show(lo)} to {_show(hi)}, got {value!r}"
        ) from None
    if not (lo <= number <= hi) or (isinstance(number, float) and math.isnan(number)):
        raise UsageError(f"{name} must be from {_show(lo)} to {_show(hi)}, got {value!r}")
    return number


def parse_search(params: Mapping[str, str | None]) -> Search:
    """A checked ``Search`` from query parameters (missing or empty ones are unset)."""
    code = _text(params.get("code"), "code", 20)
    if code is not None:
        code = code.upper()
        if not _CODE.fullmatch(code):
            raise UsageError(
                f"code must be a CAMEO code prefix (13, 1312) or a PLOVER type (THREATEN), "
                f"got {params.get('code')!r}"
            )
    sort = _text(params.get("sort"), "sort", 10) or "-date"
    if sort not in SORTS:
        raise UsageError(f"sort must be date (oldest first) or -date (newest first), got {sort!r}")
    flag = (_text(params.get("mentions"), "mentions", 5) or "0").lower()
    if flag not in ("0", "1", "true", "false"):
        raise UsageError(f"mentions must be 1 or 0 (true or false), got {params.get('mentions')!r}")
    search = Search(
        mentions=flag in ("1", "true"),
        country=country(params.get("country")),
        dyad=dyad(params.get("dyad")),
        source=country(params.get("source"), "source"),
        target=country(params.get("target"), "target"),
        since=date(params.get("since"), "since"),
        until=date(params.get("until"), "until"),
        code=code,
        quad=_number(params.get("quad"), "quad", 1, 4, int),
        min_confidence=_number(params.get("min_confidence"), "min_confidence", 0, 1),
        actor=_text(params.get("actor"), "actor"),
        speaker=_text(params.get("speaker"), "speaker"),
        text=_text(params.get("text"), "text"),
        article=_text(params.get("article"), "article", 2000),
        sort=sort,
    )
    if search.since and search.until and search.since > search.until:
        raise UsageError(f"since ({search.since}) is after until ({search.until})")
    return search


def parse_page(page: str | int | None, per_page: str | int | None, default: int = 50) -> Page:
    """A checked ``Page``; deeper than ``MAX_OFFSET`` rows is refused."""
    n = _number(None if page is None else str(page), "page", 1, 1_000_000, int) or 1
    size = _number(None if per_page is None else str(per_page), "per_page", 1, MAX_PER_PAGE, int)
    p = Page(n, size or default)
    if p.offset > MAX_OFFSET:
        raise UsageError(
            f"page {n} starts past row {MAX_OFFSET:,}; narrow the filters (since/until, a "
            f"pair, a code) or download the whole list with format=csv or format=parquet"
        )
    return p


# -- SQL -----------------------------------------------------------------------------------


def current_sql(alias: str, stale: tuple[str, ...]) -> tuple[str, list[Any]]:
    """Rows of current article versions: all but those of the replaced ones."""
    if not stale:
        return "true", []
    return f"NOT list_contains(?::VARCHAR[], {alias}.article_hash)", [list(stale)]


def event_where(s: Search, stale: tuple[str, ...]) -> tuple[str, list[Any]]:
    """``WHERE …`` over ``events e`` for the search, and its parameters."""
    clause, params = current_sql("e", stale)
    clauses = [clause]

    def add(sql: str, *values: Any) -> None:
        clauses.append(sql)
        params.extend(values)

    if s.country:
        add("(e.source_country = ? OR e.target_country = ?)", s.country, s.country)
    if s.dyad:
        a, b = s.dyad.split("-")
        add(
            "((e.source_country = ? AND e.target_country = ?) OR "
            "(e.source_country = ? AND e.target_country = ?))",
            a,
            b,
            b,
            a,
        )
    if s.source:
        add("e.source_country = ?", s.source)
    if s.target:
        add("e.target_country = ?", s.target)
    if s.since:
        add("e.day >= ?::DATE", s.since)
    if s.until:
        add("e.day <= ?::DATE", s.until)
    if s.code:
        if s.code.isdigit():
            add("e.cameo LIKE ?", s.code + "%")
        else:
            add("upper(e.plover) = ?", s.code)
    if s.quad is not None:
        add("e.quad_class = ?", s.quad)
    if s.min_confidence is not None:
        add("coalesce(e.confidence, 1.0) >= ?", s.min_confidence)
    if s.actor:
        needle = s.actor.lower()
        sides = " OR ".join(
            f"contains(lower(coalesce(e.{side}_{part}, '')), ?)"
            for side in ("source", "target")
            for part in ("name", "text")
        )
        add(f"({sides})", *([needle] * 4))
    if s.speaker:
        needle = s.speaker.strip().lower()
        add(
            "e.article_hash IN (SELECT article_hash FROM quotes s WHERE "
            "contains(lower(s.speaker_text), ?) OR contains(lower(s.speaker_name), ?))",
            needle,
            needle,
        )
    if s.text:
        for pattern in query._words(s.text):
            add("regexp_matches(e.sentence_text, ?)", pattern)
    if s.article is not None:
        add("e.article_id = ?", s.article)
    return " WHERE " + " AND ".join(clauses), params


def event_order(s: Search) -> str:
    way = "DESC" if s.sort == "-date" else "ASC"
    return f" ORDER BY e.day {way} NULLS LAST, e.article_id, e.sentence, e.start"
