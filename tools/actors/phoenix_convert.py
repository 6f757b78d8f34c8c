"""Convert the MIT-licensed PETRARCH2 / Phoenix dictionaries into communique's tables.

Usage (from the repository root, with the four Phoenix files in DIR):

    python tools/actors/phoenix_convert.py DIR

DIR holds ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt`` and ``Phoenix.agents.txt`` from
github.com/openeventdata/petrarch2 (petrarch2/data/dictionaries, MIT licence).
Writes ``src/communique/data/phoenix_actors.tsv`` (people, organisations, places) and
``src/communique/data/phoenix_agents.tsv`` (role nouns → sectors). The facts are
Phoenix's; this script only changes their format (ISO dates, ISO country codes,
title-case names) and drops aliases that start with a title or a nationality, so the
actor stage reads those words itself.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from communique.actors.dictionaries import petrarch_name, read_petrarch
from communique.actors.entries import SECTORS, Entry
from communique.actors.text import key

OUT = Path("src/communique/data")
HEADER = """# {what}
# Converted by tools/actors/phoenix_convert.py from the PETRARCH2 / Phoenix dictionaries
# (github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/{files}),
# MIT licence, (c) 2014 Open Event Data Alliance; facts unchanged, format changed:
# ISO dates, ISO 3166-1 alpha-3 codes (KSV→XKX, TMP→TLS …), aliases starting with a
# title or nationality dropped. See data/SOURCES.md.
"""
TITLES = set(
    [
        "mr",
        "mr.",
        "mrs",
        "ms",
        "dr",
        "president",
        "prime",
        "minister",
        "senator",
        "sen",
        "chancellor",
        "king",
        "queen",
        "general",
        "gen",
        "gen.",
        "lt",
        "col",
        "colonel",
        "admiral",
        "sir",
        "prince",
        "princess",
        "sheikh",
        "emir",
        "premier",
        "foreign",
        "defense",
        "defence",
        "former",
        "ex",
        "vice",
        "deputy",
        "secretary",
        "chairman",
        "chief",
        "governor",
        "ambassador",
        "minister's",
        "president-elect",
        "opposition",
        "leader",
        "the",
        "un",
        "u.n.",
        "united",
        "nations",
        "us",
        "u.s.",
        "american",
        "russian",
        "british",
        "french",
        "german",
        "chinese",
        "indian",
        "japanese",
        "iranian",
        "iraqi",
        "israeli",
        "palestinian",
        "syrian",
        "turkish",
        "egyptian",
        "saudi",
        "pakistani",
        "afghan",
        "kanzler",
        "bundeskanzler",
        "field",
        "marshal",
    ]
)
RELIGION = {
    "MUS",
    "CHR",
    "JEW",
    "HIN",
    "BUD",
    "CTH",
    "SHI",
    "SUN",
    "ORT",
    "PRO",
    "JAN",
    "SIK",
    "ATH",
    "BAH",
    "CON",
    "DOX",
    "ITR",
    "JAI",
    "MOS",
    "ZRO",
}


def first_word(name: str) -> str:
    return name.split()[0].lower() if name.split() else ""


def iso_codes(entry: Entry) -> str:
    parts = []
    for p in entry.periods:
        code = (p.country or "") + (p.sector or "") if p.country != "IGO" else p.code
        if p.country is None and p.sector:
            code = "~" + p.sector if p.sector != "NGO" else "NGO"
        if not code:
            continue
        if p.dated:
            parts.append(f"{code} {p.start or ''}..{p.end or ''}")
        else:
            parts.append(code)
    return "; ".join(parts)


def convert_actors(src: Path) -> list[str]:
    rows: list[str] = []
    seen_places: set[str] = set()
    for fname in (
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ):
        text = (src / fname).read_text(encoding="utf-8", errors="replace")
        for e in read_petrarch(text, fname, strict=False):
            if e.kind == "place":
                current = [p for p in e.periods if p.end is None] or list(e.periods)
                code = current[-1].country
                if not code:
                    continue
                for alias in (e.name, *e.aliases):
                    k = key(alias)
                    if len(k) < 3 or k in seen_places:
                        continue
                    seen_places.add(k)
                    rows.append(f"place\t{alias}\t\t{code}")
                continue
            aliases = [
                a for a in e.aliases if first_word(a) not in TITLES and key(a) != key(e.name)
            ]
            codes = iso_codes(e)
            if not codes or len(key(e.name)) < 2:
                continue
            rows.append(f"{e.kind}\t{e.name}\t{'|'.join(dict.fromkeys(aliases))}\t{codes}")
    return rows


def convert_agents(src: Path) -> list[str]:
    text = (src / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    macros: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].rstrip()
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", body)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^([^\[]+?)\s*(?:\{[^}]*\})?\s*\[~?([A-Z]+)\]", body)
        if not m:
            continue
        raw, code = m.groups()
        raw = re.sub(r"\{[^}]*\}", "", raw).strip()
        sector = code[:3]
        if sector in RELIGION:
            sector = "REL"
        elif sector not in SECTORS:
            sector = ""
        variants = [raw]
        for macro, words in macros.items():
            if macro in raw:
                variants = [
                    v.replace(macro, w + "_" if not raw.endswith(macro) else w)
                    for v in variants
                    for w in words
                ]
        for v in variants:
            name = petrarch_name(v.replace("!", " ")).lower()
            if not name or "!" in name or len(key(name)) < 3:
                continue
            rows.setdefault(name, f"{name}\t{sector}\t40\tgroup")
    return list(rows.values())


def main() -> None:
    src = Path(sys.argv[1])
    actors = convert_actors(src)
    (OUT / "phoenix_actors.tsv").write_text(
        HEADER.format(
            what="Named actors (people, organisations, places) with dated CAMEO codes.",
            files="Phoenix.{Countries,International,MilNonState}.actors.txt",
        )
        + "kind\tname\taliases\tcodes\n"
        + "\n".join(actors)
        + "\n",
        encoding="utf-8",
    )
    agents = convert_agents(src)
    (OUT / "phoenix_agents.tsv").write_text(
        HEADER.format(
            what="Role nouns (agents) and their CAMEO sector.", files="Phoenix.agents.txt"
        )
        + "text\tsector\tpriority\tkind\n"
        + "\n".join(agents)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(actors)} actor rows, {len(agents)} agent rows")


if __name__ == "__main__":
    main()
