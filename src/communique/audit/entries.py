"""Judged corrections → user lexicon and actor entries, no more general than the evidence.

    entries_for(row, index, lexicon) -> list[Proposed | Skip]

A corrected code (or ``none``: the sentence reports no event) becomes a lexicon entry for
the trigger word that fired, in the frame it fired in: its lemma, the object the pattern
named (or, for a pattern that named none, the object the sentence gives it: the verb's
object, else its prepositional object; an event noun's modifier), the pattern's
preposition, particle and complement verb. It is at least as specific as the pattern that
fired, so it wins over it, and no more general than the sentence. A code that the clause
made (a negation, a threat or an intent around the trigger turned the pattern's code into
the stored one) cannot be set by an entry for the trigger and is not learned; ``none``
can be, whatever the clause.

A corrected source or target with a code becomes an actor entry for the words of the
sentence that name it (the stored actor's words, or the words given in the correction),
without a leading article. Only names are learned: a description ("the president",
"officials") would recode every article that uses it. A correction that removes an actor
(``none``) or gives no code is not learnable by a dictionary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from ..events.cues import cues
from ..events.lexicon import Lexicon
from ..events.triggers import Trigger, find_triggers, headline_triggers
from ..index import ArticleIndex
from ..models import ActorMention
from ..syntax import child, prep_objects
from .sheet import NO_EVENT, ActorFix, AuditRow

_OBJECT_DEPS = ("dobj", "obj", "attr", "oprd", "nsubjpass", "dative")
_MODIFIER_DEPS = ("compound", "amod", "nmod")
_ARTICLES = ("the ", "a ", "an ")


@dataclass(frozen=True)
class LexiconEntry:
    """A user lexicon entry (see ``events.lexicon``): a CAMEO code (or ``none``) for a
    verb or noun lemma with optional constraints."""

    code: str
    verb: str | None = None
    noun: str | None = None
    objects: tuple[str, ...] = ()
    prep: str | None = None
    particle: str | None = None
    xcomp: str | None = None

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.verb, self.noun, self.objects, self.prep, self.particle, self.xcomp)

    @property
    def words(self) -> tuple[str, ...]:
        """The words an article must hold for the entry to fire in it."""
        return tuple(w for w in (self.verb or self.noun,) if w)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code}
        out["verb" if self.verb else "noun"] = self.verb or self.noun
        if self.objects:
            out["objects"] = list(self.objects)
        for k in ("prep", "particle", "xcomp"):
            if getattr(self, k):
                out[k] = getattr(self, k)
        return out

    def describe(self) -> str:
        parts = [self.verb or self.noun or "?"]
        if self.particle:
            parts.append(self.particle)
        if self.xcomp:
            parts.append(f"to {self.xcomp}")
        if self.prep:
            parts.append(f"{self.prep} …")
        if self.objects:
            parts.append("[" + "|".join(self.objects) + "]")
        return f"{' '.join(parts)} → {self.code}"


@dataclass(frozen=True)
class ActorEntry:
    """A user actor entry (see ``actors.dictionaries``): a name coded with a country
    and/or a sector."""

    name: str
    country: str | None
    sector: str | None
    kind: str = "organisation"

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.name.lower(),)

    @property
    def code(self) -> str:
        return (self.country or "") + (self.sector or "")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if self.country:
            out["country"] = self.country
        if self.sector:
            out["sector"] = self.sector
        out["kind"] = self.kind
        return out

    def describe(self) -> str:
        return f"{self.name} → {self.code}"


Entry = LexiconEntry | ActorEntry


@dataclass(frozen=True)
class Proposed:
    """An entry learned from one row, and what it should change there: ``aim`` is
    ``("code", CODE)``, ``("source", ActorFix)`` or ``("target", ActorFix)``."""

    entry: Entry
    row: AuditRow
    aim: tuple[str, Any]


@dataclass(frozen=True)
class Skip:
    """A correction that no entry can express, and why."""

    row: AuditRow
    what: str
    reason: str


def parse_event_id(event_id: str) -> tuple[str, int, int] | None:
    """``3fa2c1d9e0b4:1234-1260/2`` → ("3fa2c1d9e0b4", 1234, 1260); None if malformed."""
    m = re.fullmatch(r"\s*([0-9a-f]{6,64}):(\d+)-(\d+)(?:/\d+)?\s*", event_id)
    return (m[1], int(m[2]), int(m[3])) if m else None


# -- lexicon entries -----------------------------------------------------------------------


def _sentence_triggers(index: ArticleIndex, sentence: int, lexicon: Lexicon) -> list[Trigger]:
    """The triggers the coder finds in a sentence (with the headline fallback it uses)."""
    span = index.spans[sentence]
    found: list[Trigger] = []
    if index.sentences[sentence].kind in ("title", "heading") and not any(
        t.pos_ in ("VERB", "AUX") for t in span
    ):
        found = headline_triggers(span, lexicon)
    return found or find_triggers(span, lexicon, cues())


def find_trigger(
    index: ArticleIndex, start: int, end: int, code: str, lexicon: Lexicon
) -> Trigger | None:
    """The trigger of the stored event whose trigger words span ``start``..``end``: one
    whose word lies in the span, the one of the event's CAMEO root first."""
    sentence = sentence_of(index, start)
    if sentence < 0:
        return None
    inside = [t for t in _sentence_triggers(index, sentence, lexicon) if start <= t.token.idx < end]
    inside.sort(key=lambda t: (t.pattern.code[:2] != code[:2], t.pattern.code != code))
    return inside[0] if inside else None


def _names(t: Token) -> tuple[str, ...]:
    lemma = t.lemma_.lower()
    mods = [c.lemma_.lower() for c in t.children if c.dep_ == "compound"]
    return (lemma, t.lower_, f"{mods[-1]} {lemma}") if mods else (lemma, t.lower_)


def _named_objects(trig: Trigger) -> tuple[str, ...]:
    """The objects of the pattern that fired, as this sentence names them."""
    wanted = trig.pattern.objects
    out = []
    for w in trig.words:
        if w.i == trig.token.i:
            continue
        hit = next((n for n in _names(w) if n in wanted), None)
        if hit and hit not in out:
            out.append(hit)
    return tuple(out)


def _lexicon_entry(trig: Trigger, code: str) -> LexiconEntry:
    tok, pat = trig.token, trig.pattern
    objects = _named_objects(trig) if pat.objects else ()
    if pat.noun is not None and trig.is_noun:
        if not objects:
            mod = next((c for c in tok.children if c.dep_ in _MODIFIER_DEPS), None)
            objects = (mod.lemma_.lower(),) if mod is not None else ()
        return LexiconEntry(code, noun=pat.noun, objects=objects, prep=pat.prep)
    verb = pat.verb if pat.verb is not None else tok.lemma_.lower()
    if pat.noun is not None:  # a verb coded by its object noun's pattern ("strengthen
        objects = (pat.noun,)  # defence cooperation"): the entry names that object
    prep = pat.prep
    if not objects:
        obj = child(tok, _OBJECT_DEPS)
        if obj is not None:
            objects = (obj.lemma_.lower(),)
        elif prep is None:
            preps = prep_objects(tok)
            if preps:
                prep, pobj = next(iter(preps.items()))
                objects = (pobj.lemma_.lower(),)
        elif prep in prep_objects(tok):
            objects = (prep_objects(tok)[prep].lemma_.lower(),)
    particle = pat.particle or next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return LexiconEntry(
        code, verb=verb, objects=objects, prep=prep, particle=particle, xcomp=pat.xcomp
    )


def _code_fix(row: AuditRow, index: ArticleIndex, lexicon: Lexicon) -> Proposed | Skip:
    code = row.corrected_code or NO_EVENT
    where = parse_event_id(row.event_id)
    assert where is not None
    _, start, end = where
    trig = find_trigger(index, start, end, row.code, lexicon)
    if trig is None:
        return Skip(row, "code", "no trigger word of today's lexicon at the stored trigger")
    pat = trig.pattern
    if pat.origin.startswith("event_cues"):
        return Skip(
            row,
            "code",
            f"'{trig.token.text}' is coded as an evaluation ({pat.origin}), not by a "
            f"lexicon pattern",
        )
    if code != NO_EVENT and pat.code != row.code:
        return Skip(
            row,
            "code",
            f"'{trig.token.text}' fired {pat.code} ({pat.origin}) and the words around it "
            f"made that {row.code}: an entry for '{trig.token.text}' cannot set the code",
        )
    return Proposed(_lexicon_entry(trig, code), row, ("code", code))


# -- actor entries -------------------------------------------------------------------------


_NAMED_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def _is_name(index: ArticleIndex, sentence: int, name: str) -> bool:
    """Whether the words ``name`` in the sentence are a proper name (a proper noun or a
    named entity in the parse), not a description such as "officials"."""
    s = index.sentences[sentence]
    at = s.text.lower().find(name.lower())
    if at < 0:
        return False
    span = index.span(s.start + at, s.start + at + len(name))
    return any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ENTITIES for t in span)


def _strip_article(text: str) -> str:
    for a in _ARTICLES:
        if text.lower().startswith(a):
            return text[len(a) :]
    return text


def _kind(index: ArticleIndex, name: str) -> str:
    """The kind of the mention that names ``name`` (by its words or its resolved name;
    else one whose words hold it): person, organisation or group."""
    key = name.lower()

    def names(m: ActorMention) -> tuple[str, ...]:
        return (m.text.lower(), _strip_article(m.text).lower(), (m.name or "").lower())

    found = next((m for m in index.mentions if key in names(m)), None)
    found = found or next((m for m in index.mentions if key in m.text.lower()), None)
    if found is not None and found.kind in ("person", "organisation", "group"):
        return found.kind
    return "organisation"


def _actor_fix(
    row: AuditRow, side: str, fix: ActorFix, index: ArticleIndex, sentence: int
) -> Proposed | Skip:
    stored = row.source if side == "source" else row.target
    if fix.absent:
        return Skip(row, side, f"a dictionary cannot take the {side} away from an event")
    if fix.code is None:
        return Skip(row, side, f"no code: write it as words [CODE], e.g. '{fix.text} [USAGOV]'")
    words = fix.text or stored
    if not words:
        return Skip(
            row, side, f"the event has no {side}: write its words and code, e.g. 'Ankara [TURGOV]'"
        )
    name = _strip_article(words.strip())
    if name.lower() not in index.sentences[sentence].text.lower():
        return Skip(row, side, f"'{name}' is not in the sentence")
    if not _is_name(index, sentence, name):
        return Skip(
            row,
            side,
            f"'{name}' is a description, not a name: an entry would code it so in every article",
        )
    entry = ActorEntry(name, fix.country, fix.sector, _kind(index, name))
    return Proposed(entry, row, (side, fix))


def entries_for(row: AuditRow, index: ArticleIndex, lexicon: Lexicon) -> list[Proposed | Skip]:
    """What one judged row teaches: an entry per correction, or why none can say it.
    ``index`` is the row's article with today's actor layer (``ArticleIndex.mentions``)."""
    out: list[Proposed | Skip] = []
    fixes_actor = row.corrected_source is not None or row.corrected_target is not None
    code_fixed = row.corrected_code is not None and row.corrected_code != row.code
    where = parse_event_id(row.event_id)
    sentence = sentence_of(index, where[1]) if where is not None else -1
    if sentence < 0:
        return [Skip(row, "event", "its trigger offsets are not in the stored article")]
    if code_fixed or (row.verdict == "wrong" and not fixes_actor):
        out.append(_code_fix(row, index, lexicon))
    for side, fix in (("source", row.corrected_source), ("target", row.corrected_target)):
        if fix is not None:
            out.append(_actor_fix(row, side, fix, index, sentence))
    return out


def sentence_of(index: ArticleIndex, char: int) -> int:
    """The index of the sentence holding character ``char`` (-1 if none)."""
    if not 0 <= char < len(index.text):
        return -1
    return index.token_sentence[index.token_at(char)]


def needs_learning(row: AuditRow) -> bool:
    """Whether a judged row carries a correction (a ``wrong`` verdict alone says: no event)."""
    if row.verdict not in ("partial", "wrong"):
        return False
    return (
        (row.corrected_code is not None and row.corrected_code != row.code)
        or row.corrected_source is not None
        or row.corrected_target is not None
        or row.verdict == "wrong"
    )
