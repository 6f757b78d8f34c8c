"""The event pattern lexicon: verbs, verb phrases and event nouns mapped to CAMEO codes.

    load_lexicon(paths=()) -> Lexicon       built-in patterns, then each user file in order
    Lexicon.for_verb(lemma) -> list[Pattern]  patterns governed by that verb, most specific first
    Lexicon.for_noun(lemma) -> list[Pattern]  nominal triggers ("talks", "airstrike")

A lexicon file is a YAML list of entries; every entry names a CAMEO ``code`` and
either a ``verb`` or a ``noun`` lemma (lower case), plus optional constraints::

    - code: "1312"                      # threaten sanctions / tariffs / an embargo
      verb: threaten
      objects: [sanction, tariff, embargo]
    - code: "040"                       # a nominal trigger: "the talks"
      noun: talks
    - code: "163"                       # impose sanctions on ...
      verb: impose
      objects: [sanction, embargo, tariff]
      prep: on
    - code: "161"                       # a verb with a particle: "break off (relations)"
      verb: break
      particle: "off"
      objects: [relation, tie]
    - code: "138"                       # an open clausal complement: "threaten to attack"
      verb: threaten
      xcomp: attack
    - code: "111"                       # a list of verbs shares one set of constraints
      verb: [condemn, denounce, decry]

The code ``none`` (or PETRARCH's ``---``) says that the trigger, with these constraints, is
no event: the pattern competes like any other, and when it wins its word codes nothing
(``- {code: none, verb: recognize, objects: [deal]}``). ``communique audit learn`` writes
such entries from events judged wrong.

Constraints (the coder prefers the pattern with the most of them, ``Pattern.specificity``):

* ``objects``: lemmas (or surface forms) one of which must head the verb's object or
  complement noun; with ``prep``, the object of that preposition may count; with
  ``xcomp``, the complement verb's object ("threaten to impose a curfew"). For a ``noun``
  pattern, a modifier of the noun ("air strikes", "hunger strike") or a prepositional
  object of it. A two-word object ("war crime") names a compound modifier and its head,
  and counts as one more constraint.
* ``prep``: a preposition attached to the verb ("call for", "impose ... on").
* ``particle``: the verb's particle ("break off", "crack down").
* ``xcomp``: the lemma of the verb's clausal complement ("refuse to negotiate").
* ``note``: free text, ignored.

``verb``, ``noun``, ``prep``, ``particle`` and ``xcomp`` may each be a list: the entry
stands for every combination. Every value is read as text, so codes need no quotes
(``040`` stays "040") and neither do on/off/no. Words are lower-cased.

The built-in files are ``data/lexicon_*.yaml`` (in name order: the event coder's own
``lexicon_core.yaml``, the patterns converted from PETRARCH2's CAMEO verb dictionary in
``lexicon_petrarch.yaml``) and then ``data/lexicon.yaml`` (communique's curated patterns),
then the user's files in the order given. A pattern whose key (verb, noun, objects, prep, particle, xcomp) repeats
an earlier one replaces it, so the curated file corrects the converted ones and a user file
can change the code of any built-in pattern; among equally specific patterns of one word,
those of later files come first. An unknown CAMEO code or a malformed entry
raises ``DataError`` naming the file and the entry's line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..data import read_text
from ..errors import DataError
from .codebook import codebook

#: The code of a pattern that makes its trigger no event.
NO_EVENT = "none"
_NO_EVENT_SPELLINGS = frozenset({"none", "---"})

_KEYS = {"code", "verb", "noun", "objects", "prep", "particle", "xcomp", "note"}
_Key = tuple[str | None, str | None, frozenset[str], str | None, str | None, str | None]


@dataclass(frozen=True)
class Pattern:
    """One lexicon pattern: a trigger word plus optional constraints, coded in CAMEO."""

    code: str  # CAMEO code, or NO_EVENT
    verb: str | None  # lemma of the governing verb (lower case)
    noun: str | None  # lemma of an event noun (nominal trigger), when verb is None
    objects: frozenset[str] = frozenset()  # one of these lemmas heads the object/complement
    prep: str | None = None  # a preposition that must attach to the verb ("with", "against")
    particle: str | None = None  # verb particle, e.g. "off" in "call off"
    xcomp: str | None = None  # open clausal complement verb: "threaten to IMPOSE"
    origin: str = ""  # "lexicon.yaml:123" or the user file, where the pattern came from
    rank: int = field(default=0, compare=False, repr=False)  # files loaded later rank higher

    def specificity(self) -> int:
        """The number of constraints beyond the trigger word; the coder prefers more."""
        return (
            sum((bool(self.objects), self.prep is not None, self.particle is not None))
            + (self.xcomp is not None)
            + any(" " in o for o in self.objects)
        )  # "war crime" is narrower than "crime"

    @property
    def key(self) -> _Key:
        """What makes two patterns the same pattern (everything but code and origin)."""
        return (self.verb, self.noun, self.objects, self.prep, self.particle, self.xcomp)


def _ordered(patterns: list[Pattern]) -> list[Pattern]:
    # most specific first; among equals, the later file (curated, then user files) first,
    # and within one file the earlier entry first
    return sorted(patterns, key=lambda p: (-p.specificity(), -p.rank))


@dataclass(frozen=True)
class Lexicon:
    """An immutable set of patterns, indexed by verb and by noun lemma."""

    patterns: tuple[Pattern, ...]
    _verbs: dict[str, list[Pattern]] = field(init=False, repr=False, compare=False)
    _nouns: dict[str, list[Pattern]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        verbs: dict[str, list[Pattern]] = {}
        nouns: dict[str, list[Pattern]] = {}
        for p in self.patterns:
            if p.verb is not None:
                verbs.setdefault(p.verb, []).append(p)
            elif p.noun is not None:
                nouns.setdefault(p.noun, []).append(p)
        object.__setattr__(self, "_verbs", {k: _ordered(v) for k, v in verbs.items()})
        object.__setattr__(self, "_nouns", {k: _ordered(v) for k, v in nouns.items()})

    def for_verb(self, lemma: str) -> list[Pattern]:
        """Patterns whose verb is ``lemma`` (lower case), most specific first."""
        return list(self._verbs.get(lemma.lower(), ()))

    def for_noun(self, lemma: str) -> list[Pattern]:
        """Patterns whose event noun is ``lemma`` (lower case), most specific first."""
        return list(self._nouns.get(lemma.lower(), ()))

    def verbs(self) -> frozenset[str]:
        """Every verb lemma that has a pattern."""
        return frozenset(self._verbs)

    def nouns(self) -> frozenset[str]:
        """Every event-noun lemma that has a pattern."""
        return frozenset(self._nouns)


# The base loader resolves no implicit types: every scalar is a string, so code 040 stays
# "040" and prep on stays "on" (a safe loader would read them as 32 and True).
_BaseLoader: Any = yaml.CBaseLoader if yaml.__with_libyaml__ else yaml.BaseLoader
_TAGS = {
    yaml.ScalarNode: "tag:yaml.org,2002:str",
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
    yaml.MappingNode: "tag:yaml.org,2002:map",
}


class _Loader(_BaseLoader):
    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        return _TAGS[kind]  # no implicit types, no path resolvers: quicker for big files


def _word(value: Any, what: str, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{where}: {what} must be a word, not {value!r}")
    return " ".join(value.lower().split())


def _words(value: Any, what: str, where: str) -> list[str]:
    items = value if isinstance(value, list) else [value]
    words = [w for w in (_word(v, what, where) for v in items) if w is not None]
    if not words:
        raise DataError(f"{where}: {what} must not be empty")
    return words


def _options(entry: dict[Any, Any], key: str, where: str) -> list[str | None]:
    """An optional constraint: [None] when absent, else its word(s)."""
    if entry.get(key) is None:
        return [None]
    return list(_words(entry[key], key, where))


def _entry_patterns(entry: Any, where: str, rank: int = 0) -> list[Pattern]:
    if not isinstance(entry, dict):
        raise DataError(f"{where}: an entry must be a mapping with 'code' and 'verb' or 'noun'")
    unknown = set(entry) - _KEYS
    if unknown:
        raise DataError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    code = entry.get("code")
    if not isinstance(code, str):
        raise DataError(f"{where}: code must be one CAMEO code such as 040, not {code!r}")
    code = code.strip()
    if code.lower() in _NO_EVENT_SPELLINGS:
        code = NO_EVENT
    elif code not in codebook():
        raise DataError(f"{where}: unknown CAMEO code {code!r}")
    if ("verb" in entry) == ("noun" in entry):
        raise DataError(f"{where}: an entry needs exactly one of 'verb' or 'noun'")
    objects = frozenset(_words(entry["objects"], "objects", where)) if "objects" in entry else None
    if objects is not None and not objects:
        raise DataError(f"{where}: objects must not be empty")
    preps = _options(entry, "prep", where)
    particles = _options(entry, "particle", where)
    xcomps = _options(entry, "xcomp", where)
    kind = "verb" if "verb" in entry else "noun"
    return [
        Pattern(
            code=code,
            verb=word if kind == "verb" else None,
            noun=word if kind == "noun" else None,
            objects=objects or frozenset(),
            prep=prep,
            particle=particle,
            xcomp=xcomp,
            origin=where,
            rank=rank,
        )
        for word in _words(entry[kind], kind, where)
        for prep in preps
        for particle in particles
        for xcomp in xcomps
    ]


def _parse(text: str, name: str, rank: int = 0) -> list[Pattern]:
    """All patterns of one lexicon file; ``name`` is how errors and origins call the file."""
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            if root is None:
                return []
            if not isinstance(root, yaml.SequenceNode):
                raise DataError(f"{name}: a lexicon file must be a YAML list of entries")
            patterns: list[Pattern] = []
            for node in root.value:
                where = f"{name}:{node.start_mark.line + 1}"
                entry = loader.construct_object(node, deep=True)
                patterns.extend(_entry_patterns(entry, where, rank))
            return patterns
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataError(f"{name}{line}: not valid YAML ({problem})") from None


@lru_cache(maxsize=1)
def _builtin_names() -> tuple[str, ...]:
    folder = resources.files("communique.data")  # every lexicon_*.yaml shipped
    names = sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith("lexicon_") and p.name.endswith(".yaml")
    )
    return (*names, "lexicon.yaml")


@lru_cache(maxsize=1)
def _builtin() -> tuple[Pattern, ...]:
    patterns: list[Pattern] = []
    for rank, name in enumerate(_builtin_names()):
        patterns.extend(_parse(read_text(name), name, rank))
    return tuple(patterns)


def _merge(patterns: Sequence[Pattern]) -> tuple[Pattern, ...]:
    """Later patterns replace earlier ones with the same key, keeping the earlier's place."""
    merged: dict[_Key, Pattern] = {}
    for p in patterns:
        merged[p.key] = p
    return tuple(merged.values())


@lru_cache(maxsize=16)
def _load(paths: tuple[str, ...]) -> Lexicon:
    patterns = list(_builtin())
    for rank, path in enumerate(paths, start=len(_builtin_names())):
        p = Path(path)
        try:
            text = p.read_text("utf-8")
        except FileNotFoundError:
            raise DataError(f"{path}: lexicon file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(f"{path}: cannot read lexicon file ({exc})") from None
        patterns.extend(_parse(text, str(path), rank))
    return Lexicon(_merge(patterns))


def load_lexicon(paths: Sequence[str] = ()) -> Lexicon:
    """The built-in lexicon extended (and overridden) by the user's YAML files, in order."""
    return _load(tuple(str(p) for p in paths))
