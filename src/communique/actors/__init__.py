"""The actor stage: find political actors in an article and resolve them to codes.

Public interface (used by the pipeline, the event coder, the quote finder and the CLI):

    load_knowledge(dictionaries=()) -> Knowledge
    find_actors(parsed, knowledge) -> list[ActorMention]
    lookup(phrase, knowledge, nlp, date=None) -> list[ActorMention]

How it works: ``Knowledge.scan`` marks table names (people, organisations, countries,
demonyms, capitals, buildings, places) and role words in the Doc; ``phrases`` turns
noun chunks around them into actor phrases; ``resolve`` gives each phrase a country
and a CAMEO sector on the article's date (today when it has none); ``ambiguous``
settles names several actors share ("Senate", "Labour", "Sen.") by the article's own
unambiguous mentions and reads US party-state labels ("(D-Md.)"); a paragraph's dateline
("BEIRUT (Reuters) -") is context, never an actor; ``offices`` names the holder of a
definite title ("the prime minister", "the Tory leader") on the article's publication
date (``offices.tsv``); ``coref`` groups
mentions of one actor (``entity``) and lets short names inherit codes; ``context``
gives state actors named without a country ("the government", "police") the country of
an unambiguous context (a place the sentence names, the article's dominant country).

``ActorMention.code`` is country + sector (``INDGOV``, ``RUSMIL``, ``IGOLEG``), except
that an international body named by itself keeps its table code (``IGOUNOHLH`` for the
WHO, ``NGOHRI`` for Amnesty). An IGO has country ``IGO``; an NGO has no country and
sector ``NGO``; a multinational company has sector ``BUS``; Kosovo is ``XKX``.
``kind`` is person, organisation, country (a name or demonym), place (a capital,
government building or other place) or group (a role noun: "soldiers", "protesters").
Pronouns are not emitted (the quote finder resolves them from nearby people).

Knowledge lives in ``communique/data`` (see SOURCES.md): ``country_names.tsv``,
``organisations.tsv``, ``people.tsv``, ``roles.tsv``, ``subdivisions.tsv`` and the
converted Phoenix tables ``phoenix_actors.tsv``/``phoenix_agents.tsv``; user
dictionaries (YAML, CSV, PETRARCH) override them (see ``dictionaries``).
"""

from __future__ import annotations

import datetime as _dt

from spacy.language import Language
from spacy.tokens import Doc

from ..index import ArticleIndex
from ..models import ActorMention, Article
from ..nlp import attach
from ..segments import datelines
from .ambiguous import settle
from .context import add_context_countries
from .coref import link
from .knowledge import Atom, Knowledge, load_knowledge
from .offices import name_office_holders
from .phrases import HONORIFICS, Atoms, find_phrases
from .resolve import resolve
from .text import key

__all__ = ["Knowledge", "find_actors", "load_knowledge", "lookup"]


def _today() -> str:
    return _dt.date.today().isoformat()


def _inside_person(parsed: ArticleIndex, atom: Atom) -> bool:
    """A name inside a longer person name is not an actor of its own: a place
    ("Feliciano Valencia") or a person other than the surname ("Mohamed Hussein Roble")."""
    if atom.entry is None or atom.entry.kind not in {"place", "person"}:
        return False
    doc = parsed.doc
    first = doc[atom.start]
    if first.ent_type_ != "PERSON" or not parsed.ent_label[first.i]:
        return False
    start, end = parsed.ent_start[first.i], parsed.ent_end[first.i]
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1  # "Li Keqiang's": the possessive ending is no part of the name
    if (end - start) <= (atom.end - atom.start):
        return False
    if atom.entry.kind == "person" and atom.start == start and doc[atom.end].pos_ == "VERB":
        return False  # the entity ran on into the verb of a headline: "Obama Increases Number"
    return atom.entry.kind == "place" or atom.end < end


def _surname_alias(doc: Doc, atom: Atom) -> bool:
    """A one-word match of a person entry whose name has more words (the surname)."""
    entry = atom.entry
    return (
        entry is not None
        and entry.kind == "person"
        and atom.end - atom.start == 1
        and len(entry.name.split()) > 1
        and key(entry.name) != atom.alias
    )


#: Titles of British peers and knights: "Lord Harris", "Sir Stanley" name a Briton.
_BRITISH_TITLES = frozenset(
    {"lord", "lady", "baroness", "baron", "viscount", "earl", "sir", "dame"}
)


#: Capitalised words that make a place name the name of a base or camp: "Camp Delta" is
#: in Cuba, not Nigeria's Delta state; "Camp Bastion" no bastion.
_FACILITY_WORDS = frozenset({"Camp", "Fort"})


def _facility_name(doc: Doc, atom: Atom) -> bool:
    """A place name right after "Camp" or "Fort": the name of a base, not the place."""
    return (
        atom.entry is not None
        and atom.entry.kind == "place"
        and atom.start > 0
        and doc[atom.start - 1].text in _FACILITY_WORDS
    )


def _other_person(doc: Doc, atom: Atom) -> bool:
    """A table person's surname ending a person name whose first name is not the table
    person's ("Jeb Bush" is not George W. Bush; "Rhona Brankin" is not another
    Brankin), or after a British peer's or knight's title when the table person is no
    Briton ("Lord Harris" is not Kamala Harris)."""
    if not _surname_alias(doc, atom) or atom.start == 0:
        return False
    before = doc[atom.start - 1]
    entry = atom.entry
    assert entry is not None
    if before.lower_.rstrip(".") in _BRITISH_TITLES:
        # "Lord Harris" is a British peer, not a foreign table person called Harris
        return not any(p.country == "GBR" for p in entry.periods)
    if before.pos_ != "PROPN" or not before.text[:1].isupper() or before.ent_type_ != "PERSON":
        return False
    if before.lower_.rstrip(".") in HONORIFICS or len(before.text.rstrip(".")) == 1:
        return False  # "Mr Bush", "W. Bush"
    names = (entry.name, *entry.aliases)
    given = {key(w) for n in names for w in n.split()[:-1]}
    return key(before.text) not in given


def find_actors(index: ArticleIndex, knowledge: Knowledge) -> list[ActorMention]:
    """Actor mentions of an article, resolved on its publication date, not overlapping.

    Sets the index's actor layer (``ArticleIndex.add_mentions``).
    """
    out = _find(index, knowledge)
    index.add_mentions(out)
    return out


def _find(parsed: ArticleIndex, knowledge: Knowledge) -> list[ActorMention]:
    doc = parsed.doc
    if len(doc) == 0:
        return []
    date = parsed.article.published or _today()
    atoms = [a for a in knowledge.scan(doc) if not _facility_name(doc, a)]
    if any(e.label_ == "PERSON" for e in doc.ents):
        atoms = [a for a in atoms if not _inside_person(parsed, a)]
        others = {a.alias for a in atoms if _other_person(doc, a)}
        if others:
            # "Rhona Brankin … Ms Brankin": the article's own person of that surname,
            # not the table's person with another first name
            atoms = [a for a in atoms if not (a.alias in others and _surname_alias(doc, a))]
    bounds = [(s.start, s.end) for s in parsed.spans]
    idx = Atoms(parsed, atoms)
    phrases = find_phrases(doc, atoms, idx, bounds)
    # a dateline ("BEIRUT (Reuters) -") is where the story is, never an actor
    lines = datelines(parsed.text, parsed.blocks)
    places = [
        r
        for p in phrases
        if _in_spans(doc[p.start].idx, lines) and (r := resolve(doc, idx, p, date)) is not None
    ]
    phrases = [p for p in phrases if not _in_spans(doc[p.start].idx, lines)]
    initial = [resolve(doc, idx, p, date) for p in phrases]
    resolved = settle(
        doc, idx, knowledge, phrases, initial, places, date, lambda i: parsed.sentence_index(doc[i])
    )
    # "the prime minister" on the article's date (before coreference: "Mr Blair" joins it)
    name_office_holders(doc, idx, resolved, knowledge, parsed.article.published)
    entities = link(doc, resolved)
    add_context_countries(doc, resolved, lambda i: parsed.sentence_index(doc[i]), entities)
    out: list[ActorMention] = []
    for r, entity in zip(resolved, entities, strict=True):
        first, last = doc[r.start], doc[r.end - 1]
        out.append(
            ActorMention(
                text=r.text,
                start=first.idx,
                end=last.idx + len(last.text),
                sentence=parsed.sentence_index(first),
                name=r.name,
                country=r.country,
                sector=r.sector,
                code=r.code,
                kind=r.kind,
                entity=entity,
                how="; ".join(r.how) or "named entity, no code found",
            )
        )
    return out


def _in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


def lookup(
    phrase: str, knowledge: Knowledge, nlp: Language, date: str | None = None
) -> list[ActorMention]:
    """How ``phrase`` resolves (on ``date``, default today), with the reason in ``how``."""
    article = Article(id="lookup", text=phrase, published=date)
    return find_actors(attach(article, nlp(phrase)), knowledge)
