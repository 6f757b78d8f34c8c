"""Event records in the GDELT 2.0 Events table format.

``export_gdelt`` writes one line per event record (negated records left out), the 61
columns of the GDELT 2.0 Events table in their order, tab-separated, without a header,
a blank field where communique has no value: tools written for GDELT's event files read
it. ``GDELT_COLUMNS`` is that column list (GDELT Event Codebook V2.0); README.md says how
each column is filled. ``check_line`` tests one line against the columns' formats.

Actor codes are split the CAMEO way, in three-letter parts: a leading part equal to the
actor's country is its country; ``IGO``/``NGO``/``MNC`` make the next part the known
group (``IGOUNO`` → type IGO, group UNO); the remaining parts are the types (``GOV``,
``MIL``, …), the actor's sector when there are none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import DataError, UsageError
from ..query import Filters
from .listing import record_where

if TYPE_CHECKING:
    from ..store import Store

_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

#: The 61 columns of the GDELT 2.0 Events table, in order.
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR),
    *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO),
    *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED",
    "SOURCEURL",
)

_GROUP_TYPES = frozenset({"IGO", "NGO", "MNC"})
_COUNTRY = re.compile(r"[A-Z]{3}")

#: The format of each filled column (a blank field is always allowed).
_FORMATS: dict[str, re.Pattern[str]] = {
    "GlobalEventID": re.compile(r"[1-9]\d*"),
    "Day": re.compile(r"\d{8}"),
    "MonthYear": re.compile(r"\d{6}"),
    "Year": re.compile(r"\d{4}"),
    "FractionDate": re.compile(r"\d{4}\.\d{4}"),
    "IsRootEvent": re.compile(r"[01]"),
    "EventCode": re.compile(r"\d{2,4}"),
    "EventBaseCode": re.compile(r"\d{2,3}"),
    "EventRootCode": re.compile(r"\d{2}"),
    "QuadClass": re.compile(r"[1-4]"),
    "GoldsteinScale": re.compile(r"-?\d+(\.\d+)?"),
    "NumMentions": re.compile(r"[1-9]\d*"),
    "NumSources": re.compile(r"[1-9]\d*"),
    "NumArticles": re.compile(r"[1-9]\d*"),
    "DATEADDED": re.compile(r"\d{14}"),
    **{f"Actor{n}CountryCode": re.compile(r"[A-Z]{3}") for n in (1, 2)},
    **{f"Actor{n}{c}": re.compile(r"[A-Z]{3}") for n in (1, 2) for c in _ACTOR[3:]},
}
#: Columns every line fills.
_REQUIRED = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "DATEADDED",
    "SOURCEURL",
)


def split_code(code: str | None, country: str | None, sector: str | None) -> list[str]:
    """An actor code's GDELT parts: [KnownGroupCode, Type1Code, Type2Code, Type3Code]."""
    parts = [code[i : i + 3] for i in range(0, len(code), 3)] if code else []
    if parts and parts[0] == country and country not in _GROUP_TYPES:
        parts = parts[1:]
    group = ""
    if parts and parts[0] in _GROUP_TYPES:
        types = [parts[0]]
        group = parts[1] if len(parts) > 1 else ""
        types += parts[2:]
    else:
        types = parts
    if not types and sector:
        types = [sector]
    types = [t for t in types if _COUNTRY.fullmatch(t)][:3]
    return [group, *types, *([""] * (3 - len(types)))]


def _text(value: Any) -> str:
    """A field without tabs or line breaks."""
    return "" if value is None else " ".join(str(value).split())


def _actor(code: Any, name: Any, country: Any, sector: Any) -> list[str]:
    group, t1, t2, t3 = split_code(code, country, sector)
    iso = country if isinstance(country, str) and _COUNTRY.fullmatch(country) else ""
    if iso in _GROUP_TYPES:
        iso = ""
    return [_text(code), _text(name).upper(), iso, group, "", "", "", t1, t2, t3]


def gdelt_fields(row: tuple[Any, ...]) -> list[str]:
    """The 61 fields of one record row (as selected by ``_SQL``)."""
    (
        rid,
        day,
        scode,
        sname,
        scountry,
        ssector,
        tcode,
        tname,
        tcountry,
        tsector,
        lead,
        cameo,
        root,
        quad,
        goldstein,
        mentions,
        sources,
        articles,
        added,
        url,
    ) = row
    fraction = day.year + ((day.month - 1) * 30 + day.day) / 365
    fields = [
        str(rid),
        day.strftime("%Y%m%d"),
        day.strftime("%Y%m"),
        day.strftime("%Y"),
        f"{fraction:.4f}",
        *_actor(scode, sname, scountry, ssector),
        *_actor(tcode, tname, tcountry, tsector),
        "1" if lead else "0",
        cameo,
        cameo[:3],
        root,
        str(quad) if quad else "",
        f"{goldstein:g}",
        str(mentions),
        str(sources),
        str(articles),
        "",
        *([""] * (3 * len(_GEO))),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        _text(url),
    ]
    return fields


_SQL = (
    "SELECT r.id, r.day, r.source_code, r.source_name, r.source_country, r.source_sector, "
    "r.target_code, r.target_name, r.target_country, r.target_sector, r.lead, r.cameo, "
    "r.root, r.quad_class, r.goldstein, r.mentions, r.sources, r.articles, r.added, r.url "
    "FROM records r"
)


def gdelt_lines(store: Store, filters: Filters | None = None) -> Iterator[str]:
    """The export's lines (without line ends), by day then id, streamed in chunks."""
    where_sql, params = record_where(filters or Filters())
    sql = f"{_SQL}{where_sql} AND NOT r.negated AND r.day IS NOT NULL ORDER BY r.day, r.id"
    cursor = store.cursor(sql, params)
    while chunk := cursor.fetchmany(10_000):
        for row in chunk:
            yield "\t".join(gdelt_fields(row))


def export_gdelt(store: Store, out: str | Path, filters: Filters | None = None) -> int:
    """Write the records matching ``filters`` to ``out`` in GDELT 2.0 Events format;
    returns the number of lines written. An existing file at ``out`` is replaced."""
    path = Path(out)
    if path.is_dir():
        raise UsageError(f"cannot export to {path}: it is a directory")
    if not path.parent.is_dir():
        raise UsageError(f"cannot export to {path}: folder {path.parent} does not exist")
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for line in gdelt_lines(store, filters):
            fh.write(line + "\n")
            n += 1
    return n


def check_line(line: str) -> list[str]:
    """What is wrong with one line of a GDELT 2.0 Events file (empty when nothing)."""
    fields = line.rstrip("\n").split("\t")
    if len(fields) != len(GDELT_COLUMNS):
        return [f"{len(fields)} fields, not {len(GDELT_COLUMNS)}"]
    problems = []
    for name, value in zip(GDELT_COLUMNS, fields, strict=True):
        if not value:
            if name in _REQUIRED:
                problems.append(f"{name} is blank")
            continue
        pattern = _FORMATS.get(name)
        if pattern is not None and not pattern.fullmatch(value):
            problems.append(f"{name} {value!r} is not in GDELT's format")
    return problems


def check_file(path: str | Path) -> int:
    """Check every line of a GDELT-format file; its line count, or DataError."""
    n = 0
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            problems = check_line(line)
            if problems:
                raise DataError(f"{path}, line {n}: {'; '.join(problems)}")
    return n
