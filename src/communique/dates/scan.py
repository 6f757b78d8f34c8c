"""Find candidate time expressions in a text with the lexicon's regular expressions.

``scan(text)`` returns non-overlapping ``Candidate`` spans (the longest match wins, then
the earliest), each with the pattern that found it and its captured parts. Nothing is
resolved here; filters that need the parse (a bare "May" or "1998") are applied by the
caller, which knows the tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon, lexicon, norm

#: How far back to look for a leading preposition or cue word.
_LOOKBACK = 24


@dataclass
class Candidate:
    kind: str  # the pattern name: md, wd, rel_unit, …
    start: int  # the expression itself, without a leading preposition
    end: int
    groups: dict[str, str] = field(default_factory=dict)
    prep_start: int | None = None  # start of a leading preposition, if any
    cue: str | None = None  # the word right before the expression, if a date cue
    prefix: str = ""  # a few lower-cased characters before the expression

    @property
    def text_start(self) -> int:
        return self.start if self.prep_start is None else self.prep_start


def _matches(text: str, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for kind, pat in lex.patterns:
        for m in pat.finditer(text):
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            out.append(Candidate(kind, m.start(), m.end(), groups))
            if kind in ("md", "wd_md"):
                out.extend(_second_day(text, m.end(), kind, groups))
            elif kind == "y":
                out.extend(_second_year(text, m.end()))
    return out


_SECOND_DAY = re.compile(
    r"\s*(?:-|–|—|(?i:and|to|through|or))\s*(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    r"(?![\d:/]|\s+(?:[A-Z][a-z]+\.?\s+\d|(?i:percent|people|years?|days?|months?|weeks?)\b))"
    r"(?![\w-])"
    r"(?:,?\s+(?P<year>1[5-9]\d\d|20\d\d)(?![\d/]|-\d|\w))?"
)
_SECOND_YEAR = re.compile(r"\s*[-–]\s*(?P<year>1[5-9]\d\d|20\d\d)(?![\d/]|-\d|\w)")


def _second_day(text: str, end: int, kind: str, groups: dict[str, str]) -> list[Candidate]:
    """The second day of "April 24 and 25" / "Aug. 5-7", with the first one's month."""
    if "year" in groups:
        return []
    m = _SECOND_DAY.match(text, end)
    if not m:
        return []
    g = {"mon": groups["mon"], "day": m.group("day")}
    if m.group("year"):
        # "Oct. 23-25, 1998": the year belongs to both days
        g["year"] = groups["year"] = m.group("year")
    return [Candidate("md2", m.start("day"), m.end(), g)]


def _second_year(text: str, end: int) -> list[Candidate]:
    """The second year of "2003-2016" (not of "1998-99")."""
    m = _SECOND_YEAR.match(text, end)
    if not m:
        return []
    return [Candidate("y", m.start("year"), m.end("year"), {"year": m.group("year")})]


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: the longest first, then the earliest."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[Candidate] = []
    for c in cands:
        if any(c.start < t.end and t.start < c.end for t in taken):
            continue
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def scan(text: str) -> list[Candidate]:
    """Candidate time expressions of ``text``, in text order, with their context."""
    lex = lexicon()
    out = []
    for c in _select(_matches(text, lex)):
        before = text[max(0, c.start - _LOOKBACK) : c.start]
        gap = " " if before[-1:].isspace() else ""
        c.prefix = (" " + norm(before) + gap)[-16:]
        cm = lex.cue_before.search(before)
        if cm:
            c.cue = norm(cm.group("cue"))
        pm = lex.prep_before.search(before)
        possessive = text.startswith(("'s", "’s"), c.end)
        if pm and not possessive:
            c.prep_start = c.start - (len(before) - pm.start("prep"))
        out.append(c)
    return out
