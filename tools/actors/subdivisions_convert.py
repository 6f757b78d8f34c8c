"""Write ``src/communique/data/subdivisions.tsv`` from pycountry's ISO 3166-2 data.

Usage (from the repository root): ``python tools/actors/subdivisions_convert.py``

Every first-level subdivision (state, province, region, county…) becomes a place of its
country. Names shorter than five letters, plain direction and landform words
("Central", "Northern", "Littoral") and names shared by subdivisions of two countries
are left out: they would match too much.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pycountry

from communique.actors.text import key

OUT = Path("src/communique/data/subdivisions.tsv")
STOP = set(
    [
        "central",
        "centre",
        "center",
        "north",
        "northern",
        "south",
        "southern",
        "east",
        "eastern",
        "west",
        "western",
        "northeast",
        "northeastern",
        "northwest",
        "northwestern",
        "southeast",
        "southeastern",
        "southwest",
        "southwestern",
        "capital",
        "coast",
        "coastal",
        "lakes",
        "lake",
        "upper",
        "lower",
        "islands",
        "island",
        "littoral",
        "plateau",
        "plateaux",
        "highlands",
        "lowlands",
        "midlands",
        "mountain",
        "mountains",
        "river",
        "valley",
        "sud",
        "nord",
        "est",
        "ouest",
        "centro",
        "norte",
        "oriental",
        "occidental",
        "interior",
        "federal",
        "national",
        "greater",
        "city",
        "district",
        "region",
        "province",
        "state",
        "county",
    ]
)
SKIP_TYPES = {"Outlying area", "Country", "Dependency"}


def main() -> None:
    by_key: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.type in SKIP_TYPES or getattr(sub, "parent_code", None):
            continue
        name = re.sub(r"\s*\(.*?\)", "", sub.name).strip()
        if "," in name or "[" in name:
            continue
        k = key(name)
        words = name.lower().split()
        if len(k) < 5 or all(w in STOP for w in words):
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        by_key[k].add(country.alpha_3)
        names.setdefault(k, name)
    rows = [
        f"place\t{names[k]}\t\t{next(iter(codes))}"
        for k, codes in sorted(by_key.items(), key=lambda kv: names[kv[0]])
        if len(codes) == 1
    ]
    header = (
        "# First-level subdivisions of every country (states, provinces, regions…) as places\n"
        "# of their country, from pycountry's ISO 3166-2 data (LGPL-2.1; facts only), written\n"
        "# by tools/actors/subdivisions_convert.py: names under five letters, direction and\n"
        "# landform words and names shared by two countries left out. See data/SOURCES.md.\n"
        "kind\tname\taliases\tcodes\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} subdivisions")


if __name__ == "__main__":
    main()
