"""The records the actor knowledge is made of: named entries with dated codes.

An ``Entry`` is one named actor (a person, an organisation, a country name, a place)
with its aliases and one or more ``Period``s; a name several actors share ("Senate",
"Labour") is an entry without periods whose ``alternatives`` are those actors (see
``ambiguous``). A period carries a CAMEO-style code
(``RUSGOV``, ``IGOUNOHLHWHO``, ``NGO``…) split into ``country`` and ``sector`` and an
optional date range; the period without dates is the default. ``Entry.at(date)``
picks the period in force on a date (ISO ``YYYY-MM-DD``).

Codes are written ``CODE`` or ``CODE START..END`` with ISO dates, either end open
(``DEUGOV 2005-11-22..2021-12-08``, ``USAGOV 2025-01-20..``); several periods of one
entry are separated by ``;``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from ..errors import DataError

#: CAMEO / PLOVER role codes that may follow a country code.
SECTORS: frozenset[str] = frozenset(
    [
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "PTY",
        "OPP",
        "REB",
        "CVL",
        "BUS",
        "MED",
        "EDU",
        "ELI",
        "CRM",
        "SPY",
        "UAF",
        "REL",
        "PRE",
        "PRM",
        "LAB",
        "AGR",
        "HLH",
        "REF",
        "NGO",
        "IGO",
        "ENV",
        "HRI",
        "DEV",
        "SOC",
        "MNC",
        "INS",
        "RAD",
        "MOD",
        "SEP",
        "IMG",
        "UNO",
    ]
)
#: Codes written in the first slot that are not countries (IGO, NGO, IMG…).
NON_STATE: frozenset[str] = frozenset({"IGO", "NGO", "IMG"})
#: Old CAMEO / Phoenix country codes and their ISO 3166-1 alpha-3 (or XKX for Kosovo).
CODE_FIXES: dict[str, str] = {
    "KSV": "XKX",
    "KOS": "XKX",
    "TMP": "TLS",
    "JAP": "JPN",
    "ROM": "ROU",
    "ZAR": "COD",
    "USR": "RUS",
    "SUN": "RUS",
    "YUG": "SRB",
    "SCG": "SRB",
    "FRY": "SRB",
    "CSK": "CZE",
    "DDR": "DEU",
    "SRP": "BIH",
    "BYE": "BLR",
    "TAW": "TWN",
}
_SECTOR_ONLY = SECTORS - {"IGO", "UNO"}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PERIOD = re.compile(
    r"^\s*([A-Z~][A-Z-]*)\s*(?:(\d{4}-\d{2}-\d{2})?\s*\.\.\s*(\d{4}-\d{2}-\d{2})?)?\s*$"
)


def split_code(code: str) -> tuple[str | None, str | None]:
    """``RUSGOV`` → (RUS, GOV); ``IGOUNOHLHWHO`` → (IGO, HLH); ``NGO`` → (None, NGO)."""
    code = code.strip().lstrip("~").upper()
    if not code or code.startswith("---"):
        return None, None
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    first = CODE_FIXES.get(chunks[0], chunks[0])
    if first == "NGO":
        return None, "NGO"  # an NGO's own field (HRI, HLH…) stays in its full code
    if first == "MNC":
        return None, "BUS"  # a multinational company
    if first in _SECTOR_ONLY and first not in NON_STATE:
        return None, first  # an agent code such as ~MIL or a bare ELI
    sector = next((c for c in chunks[1:] if c in _SECTOR_ONLY), None)
    if first not in NON_STATE and first not in _iso3():
        return None, sector  # a CAMEO region (WAF, LAM, EEU…) is no country
    return first, sector


@lru_cache(maxsize=1)
def _iso3() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes, and XKX for Kosovo."""
    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


@dataclass(frozen=True)
class Period:
    """One code of an entry, in force from ``start`` to ``end`` (ISO dates, None = open)."""

    code: str
    country: str | None
    sector: str | None
    start: str | None = None
    end: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


def make_period(code: str, start: str | None = None, end: str | None = None) -> Period:
    country, sector = split_code(code)
    return Period(code.strip().lstrip("~").upper(), country, sector, start, end)


@dataclass(frozen=True)
class Entry:
    """A named actor: canonical name, aliases, kind and dated codes."""

    name: str
    kind: str  # person, organisation, country, demonym, capital, building, place
    periods: tuple[Period, ...]
    aliases: tuple[str, ...] = ()
    source: str = ""
    #: the actors a shared name may name, and the one meant when the article decides nothing
    alternatives: tuple[Entry, ...] = ()
    default: Entry | None = None

    def at(self, date: str) -> Period | None:
        """The period in force on ``date``: a dated one that holds, else the default."""
        default = None
        for p in self.periods:
            if p.dated:
                if p.holds(date):
                    return p
            elif default is None:
                default = p
        if default is not None:
            return default
        # no default: the nearest dated period keeps the country; after it ends → ELI
        dated = [p for p in self.periods if p.dated]
        if not dated:
            return None
        last = max(dated, key=lambda p: p.start or "")
        if self.kind == "person" and last.end is not None and date >= last.end and last.country:
            return make_period(last.country + "ELI")
        return last


def parse_periods(text: str, where: str = "") -> tuple[Period, ...]:
    """Read ``DEUGOV 2005-11-22..2021-12-08; DEUELI`` into periods."""
    out: list[Period] = []
    for part in text.split(";"):
        if not part.strip():
            continue
        m = _PERIOD.match(part)
        if not m:
            raise DataError(
                f"{where}: cannot read code {part.strip()!r} (want CODE or CODE START..END)"
            )
        code, start, end = m.groups()
        out.append(make_period(code, start, end))
    return tuple(out)


def is_iso(text: str) -> bool:
    return bool(_ISO.match(text))
