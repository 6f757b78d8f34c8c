"""The date words of ``data/date_words.yaml`` and the regular expressions built from them.

    lexicon() -> Lexicon          the shipped table, loaded and compiled once per process
    load(path) -> Lexicon         a table of that shape from a file (DataError when malformed)

This is the one table of month names: the dates stage and the publication-date reader
(``ingest/published.py``, through ``Lexicon.month_number``) both read them here. Month
and weekday names are matched in running text as written (capitalised or upper case),
so "may" and "march" the verbs never match; the other words are matched in any case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..data import load_yaml, vocabulary
from ..errors import DataError
from .calendar import holiday_rule

TABLE = "date_words.yaml"


def _alt(words: Iterable[str], *, cased: bool = False) -> str:
    """A regex alternation of ``words``, longest first; spaces match any whitespace."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        pat = r"\s+".join(re.escape(p) for p in w.split())
        if cased and w[:1].isalpha():
            pat = f"(?:{pat}|{re.escape(w.upper())})"
        out.append(pat)
    return "(?:" + "|".join(out) + ")"


def _ci(words: Iterable[str]) -> str:
    return "(?i:" + _alt(words) + ")"


def norm(text: str) -> str:
    """Lower case with single spaces: the key form of a matched word or phrase."""
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class Lexicon:
    weekdays: dict[str, int]
    months: dict[str, int]  # lower-cased name/abbreviation (dot stripped) -> month
    ambiguous_months: frozenset[str]
    month_year_cues: frozenset[str]
    prepositions: frozenset[str]
    forward_prepositions: frozenset[str]
    day_words: dict[str, int]
    modifiers: dict[str, int]
    current_phrases: frozenset[str]
    current_units: frozenset[str]
    units: dict[str, str]
    numbers: dict[str, int | None]
    anaphors: dict[str, tuple[str, int]]
    #: anaphors that fall on the report's own day when no date came before them
    report_anaphors: frozenset[str]
    set_cues: frozenset[str]
    weekday_name_prefixes: frozenset[str]
    month_name_followers: frozenset[str]
    count_followers: frozenset[str]
    count_prefixes: frozenset[str]
    year_determiners: frozenset[str]
    future_aux: frozenset[str]
    future_verbs: frozenset[str]
    schedule_verbs: frozenset[str]
    same_form_past: frozenset[str]
    uncertain_aux: frozenset[str]
    holidays: dict[str, tuple[Callable[[int], date], bool]]  # name -> (rule, is_week)
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    prep_before: re.Pattern[str]
    cue_before: re.Pattern[str]

    def month_of(self, word: str) -> int:
        """The number of a month name the scan matched ("Aug.", "SEPT", "March")."""
        return self.months[word.lower().rstrip(".")]

    def month_number(self, word: str) -> int | None:
        """The number of a month name or abbreviation in any case ("aug", "Sept."), else None."""
        return self.months.get(word.lower().rstrip("."))


def _read(path: Path | None) -> tuple[str, dict[str, Any]]:
    """The table's name (for messages) and its top-level mapping."""
    if path is None:
        return TABLE, load_yaml(TABLE)
    name = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataError(f"{name}: cannot read: {exc}") from None
    if not isinstance(data, dict):
        raise DataError(f"{name}: expected a mapping at the top level")
    return name, data


def _build(data: dict[str, Any]) -> Lexicon:
    wd = {str(k): int(v) for k, v in data["weekdays"].items()}
    months_alone = {str(k): int(v) for k, v in data["months"].items()}
    months_day = {str(k): int(v) for k, v in data["month_abbreviations_with_day"].items()}
    month_index = {k.lower().rstrip("."): v for k, v in {**months_alone, **months_day}.items()}
    mods = {norm(str(k)): int(v) for k, v in data["relative_modifiers"].items()}
    units = {str(k): str(v) for k, v in data["units"].items()}
    numbers = {str(k): (None if v is None else int(v)) for k, v in data["numbers"].items()}
    anaphors = {norm(str(k)): (str(v[0]), int(v[1])) for k, v in data["anaphors"].items()}
    report_anaphors = frozenset(
        norm(str(k)) for k, v in data["anaphors"].items() if len(v) > 2 and v[2] == "report"
    )
    holidays = {str(k): (holiday_rule(v), "easter_week" in v) for k, v in data["holidays"].items()}
    day_words = {norm(str(k)): int(v) for k, v in data["day_words"].items()}
    parts = [str(p) for p in data["period_parts"]]
    positions = [str(p) for p in data["position_adverbs"]]
    day_parts = [str(p) for p in data["day_parts"]]

    WD = "(?P<wd>" + _alt(wd, cased=True) + ")"
    MON = "(?P<mon>" + _alt(months_alone, cased=True) + ")"
    MONX = "(?P<mon>" + _alt([*months_alone, *months_day], cased=True) + ")"
    DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d/]|:\d|\.\d|,\d{3}|\s*(?:a\.?m\b|p\.?m\b|%|percent\b))"
    YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?![\d/]|-\d(?!\d{3}\b)|s\b|\w)"
    YEAR_OPT = r"(?:,?\s+" + YEAR + ")?"
    MOD = "(?P<mod>" + _ci(mods) + r")\s+"
    PART = "(?P<part>" + _ci(parts) + r")(?:\s*-\s*|\s+)"
    POS = "(?P<pos>" + _ci(positions) + r")\s+"
    UNIT = "(?P<unit>" + _ci(units) + ")"
    REL_UNIT = "(?P<unit>" + _ci(u for u, v in units.items() if v != "day") + ")"
    NUM = r"(?P<num>\d{1,3}|" + _ci(k for k, v in numbers.items() if v is not None) + ")"
    DAYPART = r"(?:\s+(?P<daypart>" + _ci(day_parts) + "))?"
    B = r"(?<![\w.'-])"  # a left word boundary that also refuses "3-1/2", "U.S."
    E = r"(?!\w)"

    pats: list[tuple[str, str]] = [
        ("iso", B + r"(?P<year>\d{4})-(?P<m>\d\d)-(?P<day>\d\d)" + E),
        ("wd_md", B + WD + r",?\s+" + MONX + r"\s+" + DAY + YEAR_OPT + E),
        ("md", B + "(?:" + MOD + ")?" + MONX + r"\s+" + DAY + YEAR_OPT + E),
        ("dm", B + DAY + r"\s+(?:(?i:of)\s+)?" + MONX + YEAR_OPT + E),
        ("my", B + "(?:" + PART + ")?" + MON + r",?\s+(?:(?i:of)\s+)?" + YEAR + E),
        ("part_m", B + PART + MON + E),
        (
            "m_rel",
            B
            + "(?:"
            + PART
            + ")?"
            + MON
            + r",?\s+(?:(?i:of)\s+)?(?P<ymod>"
            + _ci(mods)
            + r")\s+(?i:year)"
            + E,
        ),
        ("part_y", B + PART + YEAR),
        ("part_rel", B + PART + "(?P<mod>" + _ci([*mods, "the"]) + r")\s+" + REL_UNIT + E),
        ("mod_m", B + MOD + MON + E),
        ("holiday", B + "(?:" + MOD + ")?(?P<hol>" + _alt(holidays) + ")" + E),
        ("anaphor", B + "(?P<ana>" + _ci(anaphors) + ")" + E),
        ("day_word", B + "(?P<dw>" + _ci(day_words) + ")" + E),
        ("weekend", B + "(?:(?P<wmod>" + _ci([*mods, "the"]) + r")\s+)weekend" + E),
        (
            "current",
            B
            + "(?P<cur>"
            + _ci(str(p) for p in data["current_unit_phrases"])
            + r")\s+(?P<unit>"
            + _ci(str(u) for u in data["current_units"])
            + ")"
            + E,
        ),
        ("rel_unit", B + "(?:" + POS + ")?" + MOD + REL_UNIT + E),
        ("ago", B + NUM + r"\s+" + UNIT + r"\s+(?i:ago)" + E),
        ("offset", B + NUM + r"\s+" + UNIT + r"\s+(?P<dir>(?i:earlier|later))" + E),
        ("wd", B + "(?:" + MOD + ")?" + WD + DAYPART + E),
        ("m", B + MON + E),
        ("y", B + YEAR),
    ]
    # 'rel_unit' must not take "last month" of "the last month"; handled by the scanner.
    compiled = tuple((name, re.compile(p)) for name, p in pats)
    preps = frozenset(norm(str(p)) for p in data["prepositions"])
    cues = frozenset(norm(str(c)) for c in data["month_year_cues"])
    prep_before = re.compile("(?:^|(?<=[^\\w]))(?P<prep>" + _ci(preps) + r")\s+$")
    cue_before = re.compile("(?:^|(?<=[^\\w]))(?P<cue>" + _ci(cues) + r")[\s-]+$")
    return Lexicon(
        weekdays={k.lower(): v for k, v in wd.items()},
        months=month_index,
        ambiguous_months=frozenset(m.lower() for m in data["ambiguous_months"]),
        month_year_cues=cues,
        prepositions=preps,
        forward_prepositions=frozenset(norm(str(p)) for p in data["forward_prepositions"]),
        day_words=day_words,
        modifiers=mods,
        current_phrases=frozenset(norm(str(p)) for p in data["current_unit_phrases"]),
        current_units=frozenset(norm(str(u)) for u in data["current_units"]),
        units=units,
        numbers=numbers,
        anaphors=anaphors,
        report_anaphors=report_anaphors,
        set_cues=frozenset(norm(str(s)) for s in data["set_cues"]),
        weekday_name_prefixes=frozenset(str(s) for s in data["weekday_name_prefixes"]),
        month_name_followers=frozenset(str(s) for s in data["month_name_followers"]),
        count_followers=frozenset(str(s) for s in data["count_followers"]),
        count_prefixes=frozenset(str(s) for s in data["count_prefixes"]),
        year_determiners=frozenset(str(s) for s in data["year_determiners"]),
        future_aux=vocabulary()["future_auxiliaries"],
        future_verbs=frozenset(norm(str(v)) for v in data["future_verbs"]),
        schedule_verbs=frozenset(norm(str(v)) for v in data["schedule_verbs"]),
        same_form_past=frozenset(norm(str(v)) for v in data["same_form_past"]),
        uncertain_aux=vocabulary()["possibility_auxiliaries"],
        holidays={norm(k): v for k, v in holidays.items()},
        patterns=compiled,
        prep_before=prep_before,
        cue_before=cue_before,
    )


def load(path: Path | None = None) -> Lexicon:
    """Read and compile a date-words table: ``path``, or the shipped one when None.

    Raises ``DataError`` (one line naming the table) when the file cannot be read, is not
    YAML, lacks a section, or holds a value of the wrong shape.
    """
    name, data = _read(path)
    try:
        return _build(data)
    except KeyError as exc:
        raise DataError(f"{name}: malformed: missing section or key {exc}") from None
    except (AttributeError, TypeError, ValueError, IndexError, re.error) as exc:
        raise DataError(f"{name}: malformed: {exc}") from None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped date lexicon, loaded and compiled once."""
    return load()
