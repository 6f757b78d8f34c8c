"""Everything the actor stage knows, loaded once: named actors, country names and roles.

Layers, later ones overriding earlier ones on the same name: the Phoenix tables,
``subdivisions.tsv`` and ``cities.tsv`` (first come first served between them), then ``organisations.tsv``, ``people.tsv``, ``country_names.tsv``, the shared names of
``ambiguous_names.tsv`` (which take a name over without retiring the actors it may
name), then the user's dictionaries in the order given. When a later entry takes over a name, the earlier
entry loses all its names (so a user entry for "Angela Merkel" also retires the
built-in alias "Merkel" unless the user lists it again).

``scan`` finds table matches in a spaCy Doc: names (longest first, on keys of
concatenated tokens, see ``text``) and role words (the last token may be matched by
its lemma, so "soldiers" finds "soldier").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..errors import DataError
from .dictionaries import (
    country_names,
    load_user_dictionary,
    named_table,
    role_table,
    shared_names_table,
)
from .entries import Entry, make_period
from .text import ACRONYM_MAX, acronym_plural, is_all_caps, is_capitalised, key, word_bounds

#: spaCy entity labels a city name must carry to count (the small model often calls an
#: unknown town an ORG; a PERSON or no entity at all is no town).
_LOCATED = {"GPE", "LOC", "FAC", "ORG", "NORP"}
#: Entry kinds that are places (a person of the same name wins over them).
_PLACES = {"capital", "place"}
#: Longest name or role, in tokens, that ``scan`` tries.
MAX_TOKENS = 10
#: Length of the key prefixes ``scan`` checks to stop early.
_PREFIX = 5


#: Words after a date-like name that make it the group's name ("the 17 November group").
_GROUP_WORDS = frozenset({"group", "organisation", "organization", "movement", "members"})


@dataclass(frozen=True)
class Role:
    """A role word or phrase: its sector (None for person/group nouns), priority, kind."""

    text: str
    sector: str | None
    priority: int
    kind: str


@dataclass(frozen=True)
class Atom:
    """A table match in a Doc: tokens ``start``..``end`` (exclusive)."""

    start: int
    end: int
    entry: Entry | None = None
    role: Role | None = None
    alias: str = ""  # the key that matched


@dataclass
class Knowledge:
    """Named actors and roles by key, built once by ``load_knowledge``."""

    names: dict[str, Entry] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    dictionaries: tuple[str, ...] = ()
    #: keys that only match a token spaCy tags as a proper noun (single-word aliases of
    #: people and places from the big Phoenix tables)
    propn_only: set[str] = field(default_factory=set)
    max_key: int = 0
    #: the exact spellings of short keys ("US", "U.S.", "Xi"): short names match only these
    short_forms: dict[str, set[str]] = field(default_factory=dict)
    #: where a key's words begin (``unitedstates`` → {6}): a match over several tokens
    #: must split only there, so "It's a" never spells a city "Itsa"
    bounds: dict[str, set[int]] = field(default_factory=dict)
    #: keys that match only inside a named entity that is not a person: the cities
    located: set[str] = field(default_factory=set)
    #: titles several legislatures share ("Sen.", "Senator"), by key: an entry whose
    #: ``alternatives`` are the bodies the title may belong to
    titles: dict[str, Entry] = field(default_factory=dict)
    _prefixes: set[str] | None = field(default=None, repr=False, compare=False)

    # -------------------------------------------------------------- building

    def add(
        self,
        entry: Entry,
        *,
        override: bool,
        propn_only: bool = False,
        located: bool = False,
        retire: bool = True,
    ) -> None:
        self._prefixes = None
        keys = [key(_no_article(n)) for n in (entry.name, *entry.aliases)]
        keys = [k for k in dict.fromkeys(keys) if k]
        if override and retire:
            for k in keys:
                old = self.names.get(k)
                if (
                    old is not None
                    and old.source != entry.source
                    and old.kind in {"person", "organisation"}
                ):
                    self._retire(old)
        for n in (entry.name, *entry.aliases):
            n = _no_article(n)
            k = key(n)
            if k and len(k) <= ACRONYM_MAX:
                self.short_forms.setdefault(k, set()).add(n.replace(" ", ""))
            if k:
                self.bounds.setdefault(k, set()).update(word_bounds(n))
        for k in keys:
            if override or k not in self.names:
                self.names[k] = entry
                if propn_only and " " not in _alias_of(entry, k):
                    self.propn_only.add(k)
                else:
                    self.propn_only.discard(k)
                if located:
                    self.located.add(k)
                else:
                    self.located.discard(k)
                self.max_key = max(self.max_key, len(k))

    def _retire(self, old: Entry) -> None:
        for n in (old.name, *old.aliases):
            k = key(_no_article(n))
            if self.names.get(k) is old:
                del self.names[k]

    def add_role(self, text: str, sector: str, priority: int, kind: str) -> None:
        self._prefixes = None
        k = key(text)
        if k:
            self.roles[k] = Role(text, sector or None, priority, kind)
            self.bounds.setdefault(k, set()).update(word_bounds(text))
            self.max_key = max(self.max_key, len(k))

    # -------------------------------------------------------------- matching

    def scan(self, doc: Doc) -> list[Atom]:
        """Table matches in ``doc``: names first (longest), then roles on the rest."""
        toks = list(doc)
        n = len(toks)
        keys = [key(t.text) for t in toks]
        # a token that may not be part of a multi-token match: spaces, line ends
        stop = [t.is_space for t in toks]
        line_end = ["\n" in t.whitespace_ for t in toks]
        lower = not any(c.isupper() for c in doc.text)
        names, roles, max_key = self.names, self.roles, self.max_key
        prefixes = self._prefixes
        if prefixes is None:
            prefixes = self._prefixes = {
                k[:n] for k in (*names, *roles) for n in range(1, _PREFIX + 1)
            }
        atoms: list[Atom] = []
        taken = [False] * n
        i = 0
        while i < n:
            if not keys[i] or stop[i]:
                i += 1
                continue
            best: tuple[int, Entry, str] | None = None
            acc = ""
            cuts: list[int] = []  # key length after each token
            for j in range(i, min(n, i + MAX_TOKENS)):
                if stop[j] or (j > i and line_end[j - 1]):
                    break
                kj = keys[j]
                if not kj:
                    continue
                acc += kj
                if len(acc) > max_key or acc[:_PREFIX] not in prefixes:
                    break
                cuts.append(len(acc))
                entry = names.get(acc)
                if entry is not None and self._name_ok(doc, i, j, acc, lower, cuts):
                    best = (j, entry, acc)
            if best is not None:
                j, entry, acc = best
                atoms.append(Atom(i, j + 1, entry=entry, alias=acc))
                for t in range(i, j + 1):
                    taken[t] = True
                i = j + 1
            else:
                i += 1
        # plural nouns also match by lemma ("soldiers" → soldier), other words only as written
        lemmas = [_singular(t, k) for t, k in zip(toks, keys, strict=True)]
        i = 0
        while i < n:
            if taken[i] or not keys[i]:
                i += 1
                continue
            best_role: tuple[int, Role, str] | None = None
            acc = ""
            rcuts: list[int] = []
            for j in range(i, min(n, i + MAX_TOKENS)):
                if taken[j] or stop[j]:
                    break
                kj = keys[j]
                if kj:
                    role = roles.get(acc + kj) or roles.get(acc + lemmas[j])
                    if role is not None and (
                        not rcuts or set(rcuts) <= self.bounds.get(key(role.text), set())
                    ):
                        best_role = (j, role, acc + kj)
                    rcuts.append(len(acc) + len(kj))
                acc += kj
                if len(acc) > max_key or (acc[:_PREFIX] not in prefixes and lemmas[j] == kj):
                    break
            if best_role is not None:
                j, role, acc = best_role
                atoms.append(Atom(i, j + 1, role=role, alias=acc))
                i = j + 1
            else:
                i += 1
        atoms.sort(key=lambda a: a.start)
        return atoms

    def _name_ok(self, doc: Doc, i: int, j: int, k: str, lower: bool, cuts: list[int]) -> bool:
        if cuts[:-1] and not set(cuts[:-1]) <= self.bounds.get(k, set()):
            return False
        if k in self.located and any(
            doc[t].ent_type_ not in _LOCATED for t in range(i, j + 1) if not doc[t].is_punct
        ):
            return False
        text = doc[i : j + 1].text
        if k.isdigit():
            return False  # "313 people" is no armed group
        if (
            any(c.isdigit() for c in k)
            and all(doc[t].ent_type_ in ("DATE", "TIME") for t in range(i, j + 1))
            and (j + 1 >= len(doc) or doc[j + 1].lower_ not in _GROUP_WORDS)
        ):
            return False  # "on 17 November" is a date, not the Greek group of that name
        if len(k) <= ACRONYM_MAX:
            written = text.replace(" ", "")
            forms = self.short_forms.get(k) or set()
            # the exact spelling, or capitals for a name a table wrote in title case ("Kla")
            caps = is_all_caps(written) and written.upper() in {f.upper() for f in forms}
            if written not in forms and not caps:
                return False
            # in a line written in capitals ("WHAT IS STILL STRONG") a short word is no acronym
            return not (_caps_word(doc, i - 1) or _caps_word(doc, j + 1))
        if not is_capitalised(text) and not lower:
            return False
        tok = doc[i]
        if i == j and tok.ent_type_ == "PERSON" and self.names[k].kind in _PLACES:
            return False  # "Victoria said…" is a person, not the capital of Seychelles
        if k in self.located and i == j and tok.pos_ in ("ADJ", "VERB", "ADV"):
            return False  # a city is named by a noun: "Roman" in "the Roman Catholic bishop"
        if k in self.propn_only and i == j:
            # a one-word name from the big tables: a proper noun, or a capitalised word
            # inside a sentence that is not in title case ("the Rakhine Buddhists")
            if tok.pos_ == "PROPN" or tok.ent_type_:
                return True
            prev = doc[i - 1] if i > 0 else None
            return (
                prev is not None
                and not tok.is_sent_start
                and not (prev.is_alpha and prev.text[:1].isupper())
            )
        return True

    def find(self, phrase: str) -> Entry | None:
        """The entry a whole name resolves to, if any."""
        return self.names.get(key(phrase))


def _singular(tok: Token, k: str) -> str:
    """The key of a plural noun's singular ("Buddhists" → buddhist), else the key."""
    if acronym_plural(tok.text):
        return k[:-1]  # "MPs" → mp, whatever the tag
    if tok.tag_ not in {"NNS", "NNPS"}:
        return k
    lemma = key(tok.lemma_) if tok.lemma_ else k
    if lemma == k and k.endswith("s"):
        return k[:-1]
    return lemma


def _caps_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a word of two or more letters written in capitals."""
    if i < 0 or i >= len(doc):
        return False
    t = doc[i].text
    return len(t) > 1 and t.isalpha() and t.isupper()


def _alias_of(entry: Entry, k: str) -> str:
    for n in (entry.name, *entry.aliases):
        if key(_no_article(n)) == k:
            return _no_article(n)
    return ""


def _no_article(name: str) -> str:
    """A name without a leading "The" ("The United States" → "United States"): the
    article stays outside the match and joins the noun phrase as any determiner does."""
    return name[4:] if name[:4].lower() == "the " and len(name) > 4 else name


@lru_cache(maxsize=1)
def _builtin() -> Knowledge:
    kb = Knowledge()
    for text, sector, prio, kind in role_table("phoenix_agents.tsv"):
        kb.add_role(text, sector, prio, kind)
    for text, sector, prio, kind in role_table("roles.tsv"):
        kb.add_role(text, sector, prio, kind)
    phoenix = named_table("phoenix_actors.tsv")
    _add_phoenix(kb, phoenix)
    for entry in named_table("subdivisions.tsv"):
        kb.add(entry, override=False, propn_only=True)
    for entry in named_table("cities.tsv"):
        kb.add(entry, override=False, propn_only=True, located=True)
    for entry in named_table("organisations.tsv"):
        kb.add(entry, override=True)
    for entry in named_table("people.tsv"):
        kb.add(entry, override=True)
    countries = _country_entries()
    for entry in countries:
        kb.add(entry, override=True)
    _add_shared_names(
        kb, [*named_table("organisations.tsv"), *named_table("people.tsv"), *countries]
    )
    return kb


def _add_shared_names(kb: Knowledge, entries: Iterable[Entry]) -> None:
    """The names and titles of ``ambiguous_names.tsv``, each an entry whose alternatives
    are the table entries it may name."""
    by_name = {e.name: e for e in entries}
    for kind, name, aliases, names, default in shared_names_table():
        missing = [n for n in names if n not in by_name]
        if missing:
            raise DataError(f"ambiguous_names.tsv: {name!r} lists unknown entries {missing}")
        alternatives = tuple(by_name[n] for n in names)
        shared = Entry(
            name,
            "organisation",
            (),
            aliases,
            "ambiguous_names.tsv",
            alternatives,
            by_name[default] if default else None,
        )
        if kind == "title":
            for text in (name, *aliases):
                kb.titles[key(text)] = shared
        else:
            kb.add(shared, override=True, retire=False)


def _add_phoenix(kb: Knowledge, entries: Iterable[Entry]) -> None:
    """Phoenix entries: first wins. A person's one-word name counts only as the surname
    of a longer name ("Davutoglu"), and not when two people share it; one-word people
    ("Hussein", "Abdullah") are left out: such words are given names too often."""
    seen: dict[str, Entry] = {}
    ambiguous: set[str] = set()
    for e in entries:
        for n in (e.name, *e.aliases):
            k = key(n)
            if " " in n.strip() or "-" in n:
                continue
            if k in seen and seen[k] is not e:
                ambiguous.add(k)
            seen[k] = e
    for e in entries:
        if e.kind == "person":
            if " " not in e.name.strip():
                continue
            surname = key(e.name.split()[-1])
            kept = tuple(a for a in e.aliases if " " in a.strip() or key(a) == surname)
            e = Entry(e.name, e.kind, e.periods, kept, e.source)
        kb.add(e, override=False, propn_only=True)
    for k in ambiguous:
        if k in kb.names and kb.names[k].kind == "person":
            del kb.names[k]


def _country_entries() -> list[Entry]:
    """One entry per row of country_names.tsv (first row of a text wins)."""
    first: dict[str, tuple[str, str, str, str]] = {}
    spellings: dict[str, list[str]] = {}
    for row in country_names():
        k = key(row[2])
        first.setdefault(k, row)
        spellings.setdefault(k, []).append(row[2])
    return [
        Entry(
            text, kind, (make_period(code + sector),), tuple(spellings[k][1:]), "country_names.tsv"
        )
        for k, (code, kind, text, sector) in first.items()
    ]


def load_knowledge(dictionaries: Sequence[str] = ()) -> Knowledge:
    """The built-in tables plus the user's dictionaries (YAML, CSV or PETRARCH .txt)."""
    base = _builtin()
    if not dictionaries:
        return base
    kb = Knowledge(
        names=dict(base.names),
        roles=dict(base.roles),
        dictionaries=tuple(str(d) for d in dictionaries),
        propn_only=set(base.propn_only),
        max_key=base.max_key,
        short_forms={k: set(v) for k, v in base.short_forms.items()},
        bounds={k: set(v) for k, v in base.bounds.items()},
        located=set(base.located),
        titles=dict(base.titles),
    )
    for path in dictionaries:
        for entry in load_user_dictionary(path):
            kb.add(entry, override=True)
    return kb
