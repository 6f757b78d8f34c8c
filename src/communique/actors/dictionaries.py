"""Actor dictionaries: the shipped tables and the formats users may add.

Shipped tables (``communique/data``) are TSV with a ``#`` header comment:

* named actors (``people.tsv``, ``organisations.tsv``, ``phoenix_actors.tsv``):
  ``kind  name  aliases  codes`` — aliases separated by ``|``, codes as in
  :mod:`communique.actors.entries` (``RUSGOV 2000-05-07..; RUSELI``);
* country names (``country_names.tsv``): ``code  kind  text  sector``;
* roles (``roles.tsv``, ``phoenix_agents.tsv``): ``text  sector  priority  kind``;
* shared names (``ambiguous_names.tsv``): ``kind  name  aliases  entries  default``,
  entries named by their table names and separated by ``|``;
* office holders (``offices.tsv``): ``country  office  aliases  person  start  end
  sector`` (see ``offices``).

User dictionaries (``settings.dictionaries``) extend or override the built-ins:

* YAML: a list (or ``{actors: [...]}``) of mappings with ``name``, optional
  ``aliases``, ``country``, ``sector`` or ``code``, ``kind``, ``start``/``end``, or
  ``periods: [{code|country+sector, start, end}, ...]``;
* CSV with a header: ``name,country,sector[,aliases,kind,start,end,code]`` (one row per
  period; rows with the same name are one actor; aliases separated by ``|``);
* PETRARCH / Phoenix ``.txt``: ``NAME_WITH_UNDERSCORES [CODE]`` entries, ``+`` synonym
  lines, ``[CODE >YYMMDD]`` / ``[CODE <YYMMDD]`` / ``[CODE YYMMDD-YYMMDD]`` restrictions
  and ``#`` comments. A code whose date cannot be read is skipped with a warning (the
  published Phoenix files have a few such typos); any other malformed line is an error.

A file that cannot be read raises ``DataError`` with one line saying where and why.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ..data import read_text
from ..errors import DataError
from .entries import Entry, Period, is_iso, make_period, parse_periods

log = logging.getLogger(__name__)

KINDS = frozenset(
    {"person", "organisation", "country", "demonym", "capital", "building", "place", "group"}
)


# ---------------------------------------------------------------- shipped tables


def _data_lines(name: str) -> Iterator[tuple[int, list[str]]]:
    for n, line in enumerate(read_text(name).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        yield n, line.rstrip("\n").split("\t")


def _table_rows(name: str, header: str) -> Iterator[tuple[str, list[str]]]:
    first = True
    for n, cols in _data_lines(name):
        if first and cols[0] == header:
            first = False
            continue
        first = False
        yield f"{name}:{n}", cols


@cache
def named_table(name: str) -> tuple[Entry, ...]:
    """A shipped named-actor table (kind, name, aliases, codes)."""
    out: list[Entry] = []
    for where, cols in _table_rows(name, "kind"):
        cols += [""] * (4 - len(cols))
        kind, nm, aliases, codes = (c.strip() for c in cols[:4])
        out.append(Entry(nm, kind, parse_periods(codes, where), _split_aliases(aliases), name))
    return tuple(out)


@cache
def country_names() -> tuple[tuple[str, str, str, str], ...]:
    """Rows (code, kind, text, sector) of ``country_names.tsv``."""
    rows = []
    for _, cols in _table_rows("country_names.tsv", "code"):
        cols += [""] * (4 - len(cols))
        rows.append((cols[0].strip(), cols[1].strip(), cols[2].strip(), cols[3].strip()))
    return tuple(rows)


@cache
def role_table(name: str) -> tuple[tuple[str, str, int, str], ...]:
    """Rows (text, sector, priority, kind) of a roles table."""
    rows = []
    for where, cols in _table_rows(name, "text"):
        cols += [""] * (4 - len(cols))
        try:
            prio = int(cols[2]) if cols[2].strip() else 50
        except ValueError:
            raise DataError(f"{where}: priority {cols[2]!r} is not a number") from None
        rows.append((cols[0].strip(), cols[1].strip(), prio, cols[3].strip() or "group"))
    return tuple(rows)


@cache
def offices_table() -> tuple[tuple[str, str, tuple[str, ...], str, str, str | None, str], ...]:
    """Rows (country, office, aliases, person, start, end, sector) of ``offices.tsv``;
    ``end`` is None for a holder still in office, ``sector`` defaults to GOV."""
    rows = []
    for where, cols in _table_rows("offices.tsv", "country"):
        cols += [""] * (7 - len(cols))
        country, office, aliases, person, start, end, sector = (c.strip() for c in cols[:7])
        if not (country and office and person and is_iso(start)) or (end and not is_iso(end)):
            raise DataError(f"{where}: want country, office, aliases, person, start[, end, sector]")
        if end and end <= start:
            raise DataError(f"{where}: {person!r} leaves office before taking it")
        rows.append(
            (country, office, _split_aliases(aliases), person, start, end or None, sector or "GOV")
        )
    return tuple(rows)


@cache
def shared_names_table() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], str], ...]:
    """Rows (kind, name, aliases, entries, default) of ``ambiguous_names.tsv``."""
    rows = []
    for where, cols in _table_rows("ambiguous_names.tsv", "kind"):
        cols += [""] * (5 - len(cols))
        kind, name, aliases, entries, default = (c.strip() for c in cols[:5])
        if kind not in {"name", "title"} or not name or not entries:
            raise DataError(f"{where}: want kind (name or title), name, aliases, entries, default")
        names = _split_aliases(entries)
        if default and default not in names:
            raise DataError(f"{where}: default {default!r} is not one of the entries")
        rows.append((kind, name, _split_aliases(aliases), names, default))
    return tuple(rows)


def _split_aliases(text: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in text.split("|") if a.strip())


# ---------------------------------------------------------------- user dictionaries


def load_user_dictionary(path: str | Path) -> list[Entry]:
    """Read a user dictionary (YAML, CSV or PETRARCH .txt), chosen by file extension."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"actor dictionary not found: {p}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read actor dictionary {p}: {exc}") from None
    suffix = p.suffix.lower()
    if suffix in {".yaml", ".yml"}:
        return read_yaml(text, str(p))
    if suffix in {".csv", ".tsv"}:
        return read_csv(text, str(p), delimiter="\t" if suffix == ".tsv" else ",")
    if suffix in {".txt", ".actors", ".dict", ""}:
        return read_petrarch(text, str(p))
    raise DataError(f"actor dictionary {p}: unknown format {suffix!r} (use .yaml, .csv or .txt)")


def _date(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    text = str(value).strip()
    if not is_iso(text):
        raise DataError(f"{where}: date {text!r} is not YYYY-MM-DD")
    return text


def _code_of(rec: dict[str, Any], where: str) -> str:
    code = rec.get("code")
    if code:
        return str(code).strip().upper()
    country = str(rec.get("country") or "").strip().upper()
    sector = str(rec.get("sector") or "").strip().upper()
    if not country and not sector:
        raise DataError(f"{where}: needs a code, a country or a sector")
    if country and len(country) != 3:
        raise DataError(f"{where}: country {country!r} is not a 3-letter code")
    if sector and len(sector) != 3:
        raise DataError(f"{where}: sector {sector!r} is not a 3-letter code")
    return country + sector if country else "~" + sector


def _record_entry(rec: Any, where: str, source: str) -> Entry:
    if not isinstance(rec, dict) or not rec.get("name"):
        raise DataError(f"{where}: each actor needs a name")
    periods: list[Period] = []
    raw = rec.get("periods")
    if raw is not None:
        if not isinstance(raw, list) or not raw:
            raise DataError(f"{where}: periods must be a non-empty list")
        for i, p in enumerate(raw):
            if not isinstance(p, dict):
                raise DataError(f"{where}: period {i + 1} must be a mapping")
            pw = f"{where} period {i + 1}"
            periods.append(
                make_period(_code_of(p, pw), _date(p.get("start"), pw), _date(p.get("end"), pw))
            )
    else:
        periods.append(
            make_period(
                _code_of(rec, where), _date(rec.get("start"), where), _date(rec.get("end"), where)
            )
        )
    aliases = rec.get("aliases") or ()
    if isinstance(aliases, str):
        aliases = _split_aliases(aliases)
    kind = str(rec.get("kind") or "").strip() or "organisation"
    if kind not in KINDS:
        raise DataError(f"{where}: unknown kind {kind!r} (one of {', '.join(sorted(KINDS))})")
    return Entry(
        str(rec["name"]).strip(), kind, tuple(periods), tuple(str(a) for a in aliases), source
    )


def read_yaml(text: str, source: str) -> list[Entry]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        raise DataError(f"actor dictionary {source}{line}: not valid YAML") from None
    if isinstance(data, dict):
        data = data.get("actors")
    if not isinstance(data, list):
        raise DataError(f"actor dictionary {source}: want a list of actors (or actors: [...])")
    return [_record_entry(rec, f"{source} actor {i + 1}", source) for i, rec in enumerate(data)]


def read_csv(text: str, source: str, delimiter: str = ",") -> list[Entry]:
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if not reader.fieldnames or "name" not in [f.strip() for f in reader.fieldnames]:
        raise DataError(f"actor dictionary {source}: the header needs a 'name' column")
    merged: dict[str, dict[str, Any]] = {}
    for n, row in enumerate(reader, 2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        where = f"{source}:{n}"
        if not row.get("name"):
            raise DataError(f"{where}: empty name")
        period = make_period(
            _code_of(row, where), _date(row.get("start"), where), _date(row.get("end"), where)
        )
        rec = merged.setdefault(
            row["name"],
            {"name": row["name"], "periods": [], "aliases": [], "kind": row.get("kind")},
        )
        rec["periods"].append(period)
        rec["aliases"].extend(_split_aliases(row.get("aliases", "")))
    out = []
    for rec in merged.values():
        kind = rec["kind"] or "organisation"
        if kind not in KINDS:
            raise DataError(f"actor dictionary {source}: unknown kind {kind!r} for {rec['name']!r}")
        out.append(Entry(rec["name"], kind, tuple(rec["periods"]), tuple(rec["aliases"]), source))
    return out


# ---------------------------------------------------------------- PETRARCH / Phoenix

_BRACKET = re.compile(r"\[([^\]]*)\]")
_PETR_DATE = re.compile(r"^(\d{6}|\d{8})$")


def petrarch_date(text: str, where: str) -> str:
    """``YYMMDD`` (years ≤ 30 are 20xx) or ``YYYYMMDD`` → ISO."""
    if not _PETR_DATE.match(text):
        raise DataError(f"{where}: date {text!r} is not YYMMDD")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        text = f"{year}{text[2:]}"
    mm, dd = int(text[4:6]), int(text[6:8])
    if not (1 <= mm <= 12 and 1 <= dd <= 31):
        raise DataError(f"{where}: date {text!r} is not a calendar date")
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"


def petrarch_code(spec: str, where: str) -> Period | None:
    """One bracket of a PETRARCH entry: ``CODE``, ``CODE >D``, ``CODE <D``, ``CODE D-D``."""
    parts = spec.split()
    if not parts or parts[0].startswith("---"):
        return None
    code = parts[0]
    if not re.match(r"^~?[A-Z][A-Z0-9]{2,}$", code):
        raise DataError(f"{where}: {code!r} is not a CAMEO code")
    rest = "".join(parts[1:])
    if not rest:
        return make_period(code)
    if rest.startswith(">"):
        return make_period(code, petrarch_date(rest[1:], where), None)
    if rest.startswith("<"):
        return make_period(code, None, petrarch_date(rest[1:], where))
    if "-" in rest:
        a, b = rest.split("-", 1)
        return make_period(code, petrarch_date(a, where), petrarch_date(b, where))
    raise DataError(f"{where}: cannot read date restriction {rest!r}")


def petrarch_name(raw: str) -> str:
    """``HAMID_KARZAI_`` → ``Hamid Karzai`` (parenthesised parts and ``{...}`` dropped)."""
    raw = re.sub(r"\{[^}]*\}|![A-Z]+!", " ", raw)
    raw = re.sub(r"\([^)]*\)", " ", raw)
    name = " ".join(raw.replace("_", " ").split())
    return name.title() if name.isupper() else name


def read_petrarch(text: str, source: str, *, strict: bool = True) -> list[Entry]:
    """Parse a PETRARCH/Phoenix actor dictionary into entries.

    With ``strict`` a malformed line raises ``DataError``; without, it is skipped
    (used when converting the large Phoenix files).
    """
    entries: list[Entry] = []
    name: str | None = None
    aliases: list[str] = []
    periods: list[Period] = []
    comment = ""

    def flush() -> None:
        if name and periods:
            kind = _guess_kind(name, periods, comment)
            entries.append(Entry(name, kind, tuple(periods), tuple(aliases), source))

    for n, line in enumerate(text.splitlines(), 1):
        where = f"{source}:{n}"
        body, _, note = line.partition("#")
        if not body.strip():
            continue
        codes_text = " ".join(_BRACKET.findall(body))
        specs = _BRACKET.findall(body)
        head = _BRACKET.sub(" ", body)
        found = []
        for spec in specs:
            try:
                period = petrarch_code(spec, where)
            except DataError as exc:
                # the published Phoenix files have a few mistyped dates: skip that code
                if strict and "date" not in str(exc):
                    raise
                log.warning("%s (code skipped)", exc)
                continue
            if period is not None:
                found.append(period)
        stripped = head.strip()
        if body[0] in " \t" and not stripped:
            if name is None:
                if strict:
                    raise DataError(f"{where}: a code line before any actor name")
                continue
            periods.extend(found)
        elif stripped.startswith("+"):
            if name is None:
                if strict:
                    raise DataError(f"{where}: a '+' synonym before any actor name")
                continue
            alias = petrarch_name(stripped[1:])
            if alias:
                aliases.append(alias)
            periods.extend(found)
        elif stripped:
            flush()
            name, aliases, periods, comment = petrarch_name(stripped), [], list(found), note
            if not name:
                if strict:
                    raise DataError(f"{where}: cannot read actor name {stripped!r}")
                name = None
        elif codes_text and name is not None:
            periods.extend(found)
    flush()
    if strict and not entries and text.strip():
        raise DataError(f"actor dictionary {source}: no 'NAME [CODE]' entries found")
    return entries


def _guess_kind(name: str, periods: Iterable[Period], comment: str) -> str:
    ps = list(periods)
    if all(p.sector is None and p.country and p.country not in {"IGO", "IMG"} for p in ps):
        return "place"
    if "CountryInfo" in comment or "rulers" in comment or any(p.dated for p in ps):
        return "person"
    return "organisation"
