"""Office holders: "the prime minister" on the article's date is a person.

``offices.tsv`` lists who held an office of a country (or of an international body) from
which day to which. A *definite singular title* with no name — "the prime minister",
"the US president", "Britain's foreign secretary", "the Tory leader", "the leader of
the opposition" — names the holder on the article's publication date when its country is
known:

* from its own words: a country word or demonym ("the US president", "Britain's"), an
  organisation ("the Tory leader": the Conservative Party's country), a country after
  the title ("the president of France");
* else from the article's dominant country (``context.dominant_country``), unless an
  earlier mention with the same title has a country (``coref.antecedent``: "Israeli
  Prime Minister Ariel Sharon … the prime minister" is Sharon, not the dominant
  country's prime minister).

The title is matched word for word after leaving out determiners, the possessive "'s"
and country words: "the former prime minister", "the next president", "the new Tory
leader", "then-president", "a prime minister" and "prime ministers" name no holder.
With no publication date nothing is guessed.

The mention then takes the holder's name (the spelling of people.tsv when the person is
there, so that coreference joins a later "Mr Blair") and the holder's country and sector
on that date: people.tsv's code, else the office's (the Phoenix tables' dates are too
coarse; a people.tsv code that says the person held no office then is overruled too);
``how`` says "office holder on DATE".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from .context import dominant_country
from .coref import antecedent
from .dictionaries import offices_table
from .knowledge import Knowledge
from .phrases import Atoms
from .resolve import Resolved
from .text import key, plural_noun

#: Words left out of a title before it is matched.
_DETERMINERS = frozenset({"the", "a", "an"})
_COUNTRY_KINDS = frozenset({"country", "demonym"})
#: Mention kinds a title may have: a role noun is a person or (in the Phoenix agents) a
#: group; a few tables spell a title as an organisation ("President of the United States").
_TITLE_KINDS = frozenset({"person", "group", "organisation"})
#: Country words (country_names.tsv) that name a part of a country: a title with one is
#: a regional office ("the Scottish Conservative leader", "the Welsh first minister").
_NATIONS = frozenset(
    {"england", "english", "scotland", "scottish", "scots", "wales", "welsh", "northernireland"}
)
#: Words a title may not end on once its country words are gone ("president of").
_DANGLING = frozenset({"of", "for", "in"})


@dataclass(frozen=True)
class Holder:
    """One holder of an office from ``start`` to ``end`` (ISO dates, end exclusive)."""

    country: str
    office: str
    person: str
    start: str
    end: str | None
    sector: str

    def holds(self, date: str) -> bool:
        return self.start <= date and (self.end is None or date < self.end)


def title_key(text: str) -> str:
    """The key an office's name or alias is matched on ("the Tory leader" → toryleader)."""
    return key(" ".join(w for w in text.split() if w.lower() not in _DETERMINERS))


@lru_cache(maxsize=1)
def offices() -> dict[tuple[str, str], tuple[Holder, ...]]:
    """The holders of each office by (country, title key), for every name of the office."""
    aliases: dict[tuple[str, str], set[str]] = {}
    holders: dict[tuple[str, str], list[Holder]] = {}
    for country, office, names, person, start, end, sector in offices_table():
        aliases.setdefault((country, office), {office}).update(names)
        holders.setdefault((country, office), []).append(
            Holder(country, office, person, start, end, sector)
        )
    out: dict[tuple[str, str], list[Holder]] = {}
    for (country, office), spellings in aliases.items():
        for name in spellings:
            out.setdefault((country, title_key(name)), []).extend(holders[(country, office)])
    return {k: tuple(v) for k, v in out.items()}


def holder(country: str, title: str, date: str) -> Holder | None:
    """Who held the office ``title`` (a title key) of ``country`` on ``date``."""
    return next((h for h in offices().get((country, title), ()) if h.holds(date)), None)


def _title_words(doc: Doc, idx: Atoms, r: Resolved) -> str | None:
    """The title key of a definite singular title with no name, else None."""
    if r.kind not in _TITLE_KINDS or r.name_tokens:
        return None
    head = doc[r.head]
    if plural_noun(head.tag_, head.text):
        return None  # "prime ministers", "MPs"
    if head.dep_ == "appos" or any(c.dep_ == "appos" for c in head.children):
        return None  # "the Tory leader, Michael Howard": the name says who
    first = idx.named(r.start)
    owned = (
        first is not None
        and first.entry is not None
        and first.entry.kind in _COUNTRY_KINDS
        and first.end < r.end
        and doc[first.end].tag_ == "POS"
    )
    if doc[r.start].lower_ != "the" and not owned:
        return None  # "a prime minister", "his foreign secretary"
    words: list[str] = []
    for t in range(r.start, r.end):
        tok = doc[t]
        a = idx.named(t)
        if tok.lower_ in _DETERMINERS or tok.tag_ == "POS" or tok.is_punct:
            continue
        if a is not None and a.entry is not None and a.entry.kind in _COUNTRY_KINDS:
            if a.alias in _NATIONS:
                return None
            continue
        words.append(tok.text)
    while words and words[-1].lower() in _DANGLING:
        words.pop()
    return title_key(" ".join(words)) or None


def _named_holder(
    ms: Sequence[Resolved], title: str, date: str, knowledge: Knowledge
) -> Holder | None:
    """The holder of ``title`` in a country the article names, when no country decides:
    the one holder the article also names ("Tony Blair … the prime minister" in a story
    about the US and Britain), else the holder in the only such country that has the
    office (the US has no prime minister)."""
    countries = {m.country for m in ms if m.country and len(m.country) == 3}
    found = [h for c in sorted(countries) if (h := holder(c, title, date)) is not None]
    if len(found) <= 1:
        return found[0] if found else None
    names = {m.name for m in ms if m.name} | {m.entry_name for m in ms if m.entry_name}

    def spelled(h: Holder) -> set[str]:
        entry = knowledge.find(h.person)
        return {h.person} | ({entry.name} if entry is not None else set())

    named = [h for h in found if spelled(h) & names]
    return named[0] if len(named) == 1 else None


def name_office_holders(
    doc: Doc, idx: Atoms, resolved: Sequence[Resolved], knowledge: Knowledge, date: str | None
) -> None:
    """Give definite titles the name, country and sector of their office's holder on
    ``date`` (in place; nothing without a date)."""
    if not date:
        return
    date = date[:10]
    ms = list(resolved)
    dominant: str | None = None
    dominant_done = False
    named: dict[int, str] = {}  # mentions named here → their office's country
    for i, r in enumerate(ms):
        title = _title_words(doc, idx, r)
        if title is None:
            continue
        country = r.country
        if country is None:
            j = antecedent(doc, ms, i)
            if j is not None and j not in named:
                continue  # coreference will join it to the earlier title
            if j is not None:
                country = named[j]  # "the US president … the president"
            else:
                if not dominant_done:
                    dominant, dominant_done = dominant_country(ms), True
                country = dominant
        h = holder(country, title, date) if country is not None else None
        if h is None and r.country is None:
            h = _named_holder(ms, title, date, knowledge)
        if h is None:
            continue
        entry = knowledge.find(h.person)
        name, own_country, sector = h.person, h.country, h.sector
        if entry is not None and entry.kind == "person":
            name = entry.name
            period = entry.at(date) if entry.source == "people.tsv" else None
            if period is not None and period.sector not in {None, "ELI"}:
                own_country, sector = period.country or h.country, period.sector or h.sector
            r.entry_name = entry.name
        r.name, r.kind = name, "person"
        r.name_tokens = name.split()
        r.country, r.sector = own_country, sector
        r.code = own_country + sector
        r.how.append(f"office holder on {date}: {h.person} ({h.office}, {h.country})")
        named[i] = h.country
