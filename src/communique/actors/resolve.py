"""Resolve an actor phrase to a name, a country and a sector, and say why.

Country: the nearest country word before the head ("Indian Ambassador…",
"Russia's Deputy Defence Minister…", "Kremlin spokesman…"), else the head's own table
entry (a person or organisation on the article's date), else a country or place after
the head ("…of India", "…in Denmark").
Sector: the strongest role word outside table names (see ``roles.tsv`` priorities:
"former" beats a military rank, which beats a civil title; "Defence" in "Defence
Minister" is weaker than "Minister"); a weak role ("leader", "office", "spokesman") yields to
the sector of an organisation named in the phrase ("Tory leader": the party's, OPP in
2005), else to a known person's own sector on the date ("leader Charles Kennedy"); with no role word, the head's entry
gives it (a capital or government building → GOV, another city → CVL, a country name →
none). A person's name leaves out courtesy titles ("Mr", "Mrs", "Sir"), so that coreference
can join "Mr Blunkett" to "David Blunkett".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .entries import Period
from .knowledge import Atom
from .phrases import Atoms, Phrase, after_honorific, portfolio, portfolio_title
from .text import plural_noun

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
#: Courtesy titles that are no part of a person's name and carry no role.
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "monsieur", "herr"}
_PLACE_KINDS = {"country", "demonym", "capital", "building", "place"}
#: Role priorities at or under this yield to an organisation's own sector.
WEAK = 25


@dataclass
class Resolved:
    """A phrase resolved to codes, before coreference."""

    start: int  # token indices
    end: int
    head: int
    text: str
    name: str | None
    country: str | None
    sector: str | None
    code: str | None
    kind: str
    how: list[str]
    name_tokens: list[str]
    entry_name: str | None = None
    has_role: bool = False
    role_keys: frozenset[str] = frozenset()  # the role words of the phrase ("president")


def _period(atom: Atom, date: str) -> Period | None:
    return atom.entry.at(date) if atom.entry is not None else None


def resolve(doc: Doc, idx: Atoms, p: Phrase, date: str) -> Resolved | None:
    toks = range(p.start, p.end)
    head_atom = idx.named(p.head)
    head_start = head_atom.start if head_atom is not None else p.head
    named: list[Atom] = []
    roles: list[Atom] = []
    seen: set[int] = set()
    for t in toks:
        a = idx.atom[t]
        if a is None or id(a) in seen:
            continue
        seen.add(id(a))
        if a.entry is not None:
            named.append(a)
        elif a.role is not None:
            if a.role.kind != "person" and all(
                idx.ent[t] == "PERSON" for t in range(a.start, a.end)
            ):
                continue  # "Christian" in "Christian Michel" is a name, not a role
                # (but "Riot police", where spaCy calls "Riot" a person, is a role)
            roles.append(a)
    roles = _without_portfolio(doc, idx, p, roles)
    how: list[str] = []

    # ---- country
    country: str | None = None
    pre = [a for a in named if a.end <= head_start and a is not head_atom]
    named_pre = pre
    if head_atom is not None and head_atom.entry is not None and head_atom.entry.kind == "person":
        # a known person keeps their own country over an organisation before the name
        # ("NSA Ajit Doval"); a country word before it still decides
        pre = [a for a in pre if a.entry is not None and a.entry.kind != "organisation"]
    post = [a for a in named if a.start > p.head and a is not head_atom]
    for a in reversed(pre):
        per = _period(a, date)
        if per is not None and per.country:
            country = per.country
            how.append(f"country {country} from {doc[a.start : a.end].text!r} ({a.entry.kind})")  # type: ignore[union-attr]
            break
    head_entry = head_atom.entry if head_atom is not None else None
    head_period = head_entry.at(date) if head_entry is not None else None
    if country is None and head_period is not None and head_period.country and head_entry:
        country = head_period.country
        how.append(f"country {country} from {head_entry.kind} table entry {head_entry.name!r}")
    if country is None:
        for a in post:
            per = _period(a, date)
            if per is not None and per.country:
                country = per.country
                how.append(f"country {country} from {doc[a.start : a.end].text!r} after the head")
                break

    # ---- sector
    sector: str | None = None
    best: Atom | None = None
    for a in roles:
        r = a.role
        if r is None or not r.sector or r.priority <= 0:
            continue
        if best is None or r.priority >= best.role.priority:  # type: ignore[union-attr]
            best = a
    org_sector: tuple[str, Atom] | None = None
    for a in [*named_pre, *([head_atom] if head_atom else []), *post]:
        per = _period(a, date)
        if (
            per is not None
            and per.sector
            and a.entry is not None
            and a.entry.kind in {"organisation", "building"}
            # a known person's own country decides: "NSA Ajit Doval" is not the US NSA's
            and (country is None or per.country in (None, country))
        ):
            org_sector = (per.sector, a)
    own = head_period if head_entry is not None and head_entry.kind == "person" else None
    if best is not None and best.role is not None:
        if best.role.priority <= WEAK and org_sector is not None:
            sector = org_sector[0]
            how.append(f"sector {sector} from {org_sector[1].entry.name!r}")  # type: ignore[union-attr]
        elif best.role.priority <= WEAK and own is not None and own.sector:
            sector = own.sector  # "leader Charles Kennedy": the person's own office
            how.append(f"sector {sector} from person entry {head_entry.name!r} on {date}")  # type: ignore[union-attr]
        else:
            sector = best.role.sector
            how.append(f"sector {sector} from role {doc[best.start : best.end].text!r}")
    elif head_period is not None and head_atom is not None and head_atom.entry is not None:
        kind = head_atom.entry.kind
        if head_period.sector:
            sector = head_period.sector
            how.append(f"sector {sector} from {kind} entry {head_atom.entry.name!r} on {date}")
        elif kind == "place":
            sector = "CVL"
            how.append("sector CVL: a place used as an actor")
    elif org_sector is not None:
        sector = org_sector[0]
        how.append(f"sector {sector} from {org_sector[1].entry.name!r}")  # type: ignore[union-attr]

    # ---- kind and name
    head_tok = doc[p.head]
    ent = idx.ent[p.head]
    head_role = idx.role(p.head)
    entry = head_atom.entry if head_atom is not None else None
    name_tokens: list[str] = []
    if entry is not None:
        kind = "country" if entry.kind == "demonym" else entry.kind
        if kind in {"capital", "building"}:
            kind = "place"
        name = entry.name
        if entry.kind == "person":
            name_tokens = name.split()
    elif ent == "PERSON" or (
        head_tok.pos_ == "PROPN"
        and head_role is None
        and (_after_title(doc, idx, p) or after_honorific(doc, p.head, p.start))
    ):
        kind = "person"
        s = max(idx.ent_start[p.head], p.start) if ent == "PERSON" else p.head
        while s > p.start and doc[s - 1].pos_ == "PROPN" and idx.atom[s - 1] is None:
            s -= 1
        toks_name = [
            doc[t] for t in range(s, p.head + 1) if idx.atom[t] is None and not doc[t].is_punct
        ]
        while toks_name and (
            toks_name[0].lower_ in _DETERMINERS
            or (toks_name[0].lower_.rstrip(".") in _HONORIFICS and len(toks_name) > 1)
        ):
            toks_name.pop(0)  # "Mr Blunkett" is "Blunkett" (so it joins "David Blunkett")
        name = " ".join(t.text for t in toks_name) or head_tok.text
        name_tokens = [t.text for t in toks_name] or [head_tok.text]
        if not any(t.text[:1].isupper() for t in toks_name):
            kind = "group"
    elif ent == "ORG" and head_role is None:
        kind = "organisation"
        name = _strip_det(doc, p)
    elif head_role is not None and head_role.role is not None:
        kind = head_role.role.kind
        if kind == "person" and plural_noun(head_tok.tag_, head_tok.text):
            kind = "group"
        name = _strip_det(doc, p)
    else:
        kind = "group"
        name = _strip_det(doc, p)
    if sector == "GOV" and any(doc[t].lower_ == "shadow" for t in range(p.start, p.head)):
        sector = "OPP"  # "shadow chancellor Oliver Letwin": the opposition's spokesman
        how.append("sector OPP: a shadow minister")
    if kind == "person" and _peer(doc, p):
        # "Lord Goldsmith", "Baroness Morgan": a member of the House of Lords
        if country is None:
            country = "GBR"
            how.append("country GBR: a peer's title")
        if sector is None and country == "GBR":
            sector = "LEG"
            how.append("sector LEG: a peer's title")
    has_role = best is not None
    if country is None and sector is None and kind not in {"person", "organisation"}:
        return None
    if kind == "organisation" and country is None and sector is None and ent != "ORG":
        return None
    code = None
    if (
        head_period is not None
        and head_period.code[:3] in {"IGO", "NGO", "IMG"}
        and not has_role
        and head_period.country == country
        and head_period.sector == sector
    ):
        code = head_period.code  # an international body keeps its full code: IGOUNOHLH
    elif country or sector:
        code = (country or "") + (sector or "")
    text = doc[p.start : p.end].text
    return Resolved(
        p.start,
        p.end,
        p.head,
        text,
        name,
        country,
        sector,
        code,
        kind,
        how,
        name_tokens,
        entry.name if entry is not None else None,
        has_role,
        frozenset(a.alias for a in roles),
    )


#: Role sectors a portfolio word keeps ("Rebel Defence Minister" is a rebel).
_KEEP_IN_PORTFOLIO = frozenset({"REB", "OPP", "UAF", "ELI"})


def _without_portfolio(doc: Doc, idx: Atoms, p: Phrase, roles: list[Atom]) -> list[Atom]:
    """The role words of a phrase less those inside a minister's or secretary's portfolio:
    "Police" in "Police Minister Hazel Blears", "Media" in "Culture, Media and Sport
    Secretary" name the office, not the person's sector."""
    titles = [a for a in roles if portfolio_title(idx, a.start) is a]
    if not titles:
        return roles
    spans = []
    for title in titles:
        start, end, _ = portfolio(doc, idx, title)
        spans.append((start, title.start))
        spans.append((title.end, end))
    return [
        a
        for a in roles
        if a.role is None
        or a.role.priority >= 90
        or a.role.sector in _KEEP_IN_PORTFOLIO
        or not any(s <= a.start and a.end <= e for s, e in spans)
    ]


def _strip_det(doc: Doc, p: Phrase) -> str:
    s = p.start
    while s < p.end - 1 and (doc[s].lower_ in _DETERMINERS or doc[s].like_num):
        s += 1
    return doc[s : p.end].text


def _after_title(doc: Doc, idx: Atoms, p: Phrase) -> bool:
    j = p.head - 1
    while j >= p.start and doc[j].pos_ == "PROPN" and idx.atom[j] is None:
        j -= 1
    r = idx.role(j) if j >= p.start else None
    return r is not None and r.role is not None and r.role.kind == "person"


#: Titles of the British peerage before a name.
_PEERS = frozenset({"lord", "baroness", "baron", "viscount", "earl"})


def _peer(doc: Doc, p: Phrase) -> bool:
    """A name after "Lord" or "Baroness" ("Lord Falconer of Thoroton")."""
    return any(
        doc[t].lower_ in _PEERS and doc[t].text[:1].isupper() and doc[t + 1].pos_ == "PROPN"
        for t in range(p.start, min(p.head, len(doc) - 1))
    )
