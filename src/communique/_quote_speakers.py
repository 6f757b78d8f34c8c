"""Who said it: the speaker phrase of a quotation's cue, resolved to an actor.

A private helper of ``quotes``. ``Speakers`` holds one article's tokens, its quotation
mask and its actor mentions, and turns the subject of a cue ("Kremlin spokesman Dmitry
Peskov told reporters") into an ``Actor``:

* the actor mention inside the phrase, preferring its named person ("a spokesperson for
  the office, Adrien Blanchard") and its coreference cluster's named mention; a bare
  surname is the person last named with it;
* a pronoun ("he said") is the previous speaker while no other person has become the
  subject of a sentence since, else the nearest person mention (organisation for "it",
  "they") outside quotations, agreeing in gender where the mention's own words (Mrs.,
  spokeswoman) or the article's pronouns for that name ("Reynolds said she …") say it;
* a description is who it points back at, keeping the description as the actor's
  text: "the senator" / "the Foreign Secretary" the previous speaker, else the person
  last introduced with that title; "the ministry" the organisation last named with that
  head noun; "the statement" the previous (organisation) speaker, else the organisation
  last named;
* a relative pronoun ("Ushakov, who said …") is the noun its clause describes;
* anything else is an ``Actor`` built from the phrase itself.

The cue lexicon (``data/quote_cues.yaml``) is loaded here once: ``load_cues()``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc, Token

from ._quote_spans import Span
from .errors import DataError
from .models import Actor, ActorMention
from .nlp import Parsed

SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLIMB_DEPS = ("conj", "xcomp", "advcl", "acl", "relcl", "pcomp")
_SPEAKER_MAX_TOKENS = 12
_CARRY_BLOCKS = 3  # how many paragraphs back a previous speaker is still "the speaker"
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her"})
_GROUP_PRONOUNS = frozenset({"it", "they", "we", "them"})
_PRONOUNS = _PERSON_PRONOUNS | _GROUP_PRONOUNS | {"you", "who", "this", "that"}
_ORG_KINDS = ("organisation", "country", "place", "group")
_FINAL = frozenset({".", "!", "?"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


@dataclass(frozen=True)
class Cues:
    """The cue lexicon: lemmas of verbs and nouns that tie a quotation to its speaker."""

    speech: frozenset[str]
    framing: frozenset[str]
    prepositional: tuple[tuple[str, ...], ...]
    documents: frozenset[str]
    spokespersons: frozenset[str]
    organisations: frozenset[str]
    persons: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Read ``data/quote_cues.yaml`` once."""
    raw = resources.files("communique.data").joinpath("quote_cues.yaml").read_text("utf-8")
    try:
        data: dict[str, Any] = yaml.safe_load(raw)
        return Cues(
            speech=frozenset(data["speech_verbs"]),
            framing=frozenset(data["framing_verbs"]),
            prepositional=tuple(tuple(p.split()) for p in data["prepositional"]),
            documents=frozenset(data["document_nouns"]),
            spokespersons=frozenset(data["spokesperson_nouns"]),
            organisations=frozenset(data["organisation_nouns"]),
            persons=frozenset(data["person_nouns"]),
            female=frozenset(data["female_words"]),
            male=frozenset(data["male_words"]),
        )
    except (yaml.YAMLError, KeyError, TypeError) as exc:
        raise DataError(f"quote_cues.yaml is malformed: {exc}") from None


@dataclass
class Seg:
    """A quotation span with the tokens around it and, once found, its cue and speaker."""

    span: Span
    lo: int  # first token of the content
    hi: int  # one past its last token
    open_tok: int  # first token of the span including its mark
    after: int  # first token after the closing mark
    cue: Token | None = None
    cue_text: str | None = None
    cue_side: str = ""  # after before sentence colon lead governor owner dash inherit carry
    speaker: tuple[int, int] | None = None  # character offsets of the speaker phrase
    actor: Actor | None = None
    actor_kind: str = ""


class Speakers:
    """One article's tokens, quotation mask and mentions, and the speaker resolution."""

    def __init__(self, parsed: Parsed, mentions: Sequence[ActorMention]) -> None:
        self.parsed = parsed
        self.doc: Doc = parsed.doc
        self.text = parsed.article.text
        self.cues = load_cues()
        self.starts = [t.idx for t in self.doc]
        self.blocks = [(b.start, b.end) for b in parsed.blocks]
        self.block_kinds = [b.kind for b in parsed.blocks]
        self.in_quote = [False] * len(self.doc)
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self._representatives: dict[int, ActorMention] = {}
        self.by_entity: dict[int, list[ActorMention]] = {}
        for m in self.mentions:
            if m.entity >= 0:
                self.by_entity.setdefault(m.entity, []).append(m)

    def tok_from(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        return bisect_left(self.starts, char)

    def tok_at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def block_tokens(self, block: int) -> tuple[int, int]:
        lo, hi = self.blocks[block]
        return self.tok_from(lo), self.tok_from(hi)

    def is_final(self, i: int) -> bool:
        return self.doc[i].text in _FINAL and not self.in_quote[i]

    def mention_quoted(self, m: ActorMention) -> bool:
        i = self.tok_from(m.start)
        return i < len(self.doc) and self.in_quote[i]

    def _prepositional(self, t: Token) -> bool:
        for words in self.cues.prepositional:
            if (
                t.lower_ == words[0]
                and t.i + len(words) <= len(self.doc)
                and all(self.doc[t.i + k].lower_ == w for k, w in enumerate(words))
            ):
                return True
        return False

    def subject(self, v: Token) -> Token | None:
        if self._prepositional(v):
            last = self.doc[v.i + 1] if v.i + 1 < len(self.doc) else v
            for c in last.children:
                if c.dep_ == "pobj":
                    return c
            return None
        own = self._own_subject(v)
        if own is not None:
            return own
        if v.tag_ == "VBG":
            # "Kiedis said, mentioning …": a participle speaks for the clause to its left
            lo = v.sent.start
            # the nearest verb of saying, across quotations ("Sanders said X could be
            # “messy,” adding …"; “…,” said Skelly, explaining …)
            for i in range(v.i - 1, lo - 1, -1):
                t = self.doc[i]
                if self.in_quote[i] or t.pos_ != "VERB" or t.tag_ == "VBG":
                    continue
                if t.lemma_.lower() in self.cues.speech:
                    found = self._own_subject(t) or self.adjacent_phrase(t, "after")
                    if found is not None:
                        return found
            # else the nearest verb with a subject, not across a quotation
            for i in range(v.i - 1, lo - 1, -1):
                t = self.doc[i]
                if self.in_quote[i]:
                    break
                if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG":
                    found = self._own_subject(t)
                    if found is not None:
                        return found
        for _ in range(2):
            if v.dep_ in _CLIMB_DEPS and v.head.i != v.i and not self.in_quote[v.head.i]:
                if v.dep_ == "xcomp":
                    # "prompted Rubio to call Trump …": the object controls the infinitive
                    for c in v.head.children:
                        if c.dep_ == "dobj" and c.i < v.i and self._nounish(c):
                            return c
                v = v.head
                own = self._own_subject(v)
                if own is not None:
                    return own
            else:
                break
        return None

    def _own_subject(self, v: Token) -> Token | None:
        for c in v.children:
            if c.dep_ in SUBJECT_DEPS and not self.in_quote[c.i]:
                if c.tag_ in ("WP", "WDT") and v.dep_ in ("relcl", "acl") and v.head.i != v.i:
                    return v.head  # "Peskov, who said …": the noun the clause describes
                return c if self._nounish(c) or c.pos_ in ("NUM", "DET", "ADJ") else None
        return None

    def _nounish(self, t: Token) -> bool:
        if self.in_quote[t.i] or t.is_punct or t.is_space:
            return False
        if t.pos_ in ("PROPN", "NOUN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        return t.is_title and t.is_alpha and not t.is_stop

    def adjacent_phrase(self, v: Token, side: str) -> Token | None:
        """The noun next to a cue verb whose subject the parse missed (said Peskov)."""
        doc = self.doc
        prev = doc[v.i - 1] if v.i > 0 else None
        inverted = prev is None or prev.is_punct or self.in_quote[prev.i]
        if side != "after":
            return self._left_subject(v)  # right of a verb before the quote: its object
        if not inverted:
            left = self._left_subject(v)
            if left is not None:
                return left
        order = (v.i + 1, v.i + 2, v.i - 1) if inverted else (v.i - 1, v.i + 1, v.i + 2)
        for i in order:
            if 0 <= i < len(doc) and self._nounish(doc[i]):
                t = doc[i]
                # climb compounds to the head noun
                while t.dep_ in ("compound", "flat") and t.head.i != t.i:
                    t = t.head
                return t
        return None

    def _left_subject(self, v: Token) -> Token | None:
        """The noun phrase to the left of ``v`` that the parse did not make its subject,
        skipping a parenthetical ("Ted Cruz, who has surged in Iowa, named …")."""
        i = v.i - 1
        while i >= 0 and (self.doc[i].is_punct or self.doc[i].is_space) and not self.in_quote[i]:
            i -= 1
        if i < 0 or self.in_quote[i] or "\n" in self.doc[i].whitespace_:
            return None
        t, seen = self.doc[i], None
        for _ in range(8):
            if self._nounish(t) and not self.in_quote[t.i]:
                seen = t
            if t.head.i == t.i or t.head.i >= v.i or t.dep_ in SUBJECT_DEPS:
                break
            t = t.head
        if seen is None:
            return None
        while seen.dep_ in ("compound", "flat") and seen.head.i != seen.i:
            seen = seen.head
        return seen

    def phrase(self, head: Token) -> tuple[int, int]:
        """Token range [lo, hi) of the speaker phrase headed by ``head``."""
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        if hi - lo > _SPEAKER_MAX_TOKENS:
            hi = head.i + 1
            lo = max(lo, head.i - _SPEAKER_MAX_TOKENS)
        # never into a quotation or across a line break
        for i in range(head.i, hi):
            if self.in_quote[i] or "\n" in self.doc[i].text:
                hi = i
                break
        for i in range(head.i, lo - 1, -1):
            if self.in_quote[i] or "\n" in self.doc[i].text:
                lo = i + 1
                break
        while hi > lo + 1 and (self.doc[hi - 1].is_punct or self.doc[hi - 1].is_space):
            hi -= 1
        while lo < hi - 1 and (self.doc[lo].is_punct or self.doc[lo].pos_ == "CCONJ"):
            lo += 1
        return lo, hi

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        i = bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def preceding(self, before: int, kinds: tuple[str, ...], limit: int = 8) -> list[ActorMention]:
        """Mentions of these kinds before offset ``before``, nearest first, outside quotes."""
        i = bisect_left(self.mention_starts, before)
        out = []
        first_sentence = self.parsed.sentence_index(self.doc[self.tok_at(before)]) - limit
        while i > 0:
            i -= 1
            m = self.mentions[i]
            if m.sentence < first_sentence:
                break
            if m.kind in kinds and not self.mention_quoted(m):
                out.append(m)
        return out

    def representative(self, m: ActorMention) -> ActorMention:
        """The most informative mention of ``m``'s actor (its cluster's named mention)."""
        if m.entity < 0:
            return m

        best = self._representatives.get(m.entity)
        if best is None:

            def rank(x: ActorMention) -> tuple[bool, bool, bool, bool, int]:
                named = self._proper_head(x) and not self._title_only(x)
                return (
                    x.kind != "pronoun",
                    named,
                    self._proper_head(x),
                    bool(x.country),
                    len(x.text),
                )

            best = max(self.by_entity.get(m.entity, [m]), key=rank)
            self._representatives[m.entity] = best
        return best

    def actor_of(
        self, m: ActorMention, text: str | None = None, borrow: str | None = None
    ) -> Actor:
        m = self.representative(m)
        return Actor(
            text=text or m.text,
            name=m.name or m.text,
            country=m.country or borrow,
            sector=m.sector,
            code=m.code,
        )

    def resolve(self, lo: int, hi: int, head: Token, last: Seg | None) -> tuple[Actor, str]:
        """The Actor for the speaker phrase doc[lo:hi] (headed by ``head``) and its kind."""
        span = self.doc[lo:hi]
        text = span.text.strip().lstrip("-—– ")
        start, end = span.start_char, span.end_char
        inside = [m for m in self.mentions_in(start, end) if m.kind != "pronoun" or m.entity >= 0]
        lemma = head.lemma_.lower()
        fallback: tuple[Actor, str] | None = None
        if inside:
            chosen = self._same_person(self._choose(inside, head))
            borrow = next((m.country for m in inside if m.country), None)
            rep = self.representative(chosen)
            if chosen.kind == "pronoun":
                return self.actor_of(chosen), rep.kind
            found = self.actor_of(chosen, text=text, borrow=borrow), rep.kind
            if rep is chosen and self._title_only(chosen) and chosen.kind == "person":
                # "The Home Secretary told MPs": the previous speaker or the person last
                # named with that title
                named = self._person(start, text, last, title=head.lower_, guess=False)
                if named is not None:
                    return named, "person"
            if rep is not chosen or any(t.pos_ == "PROPN" for t in span):
                return found
            fallback = found  # a description ("the president"): look for whom it names
        low = head.lower_
        if head.pos_ == "PRON" or low in _PRONOUNS:
            return self._pronoun(low, start, text, last)
        definite = any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children
        )
        if definite and lemma in self.cues.persons:
            ante = self._person(start, text, last, title=lemma, guess=head.pos_ == "NOUN")
            if ante is not None:
                return ante, "person"
        if lemma in self.cues.documents or lemma in self.cues.organisations:
            ante = self._organisation(lemma, start, text, last)
            if ante is not None:
                return ante, "organisation"
        if lemma in self.cues.spokespersons:
            titled = self._titled_person(lemma, start)
            if titled is not None:
                return self.actor_of(titled, text=text), "person"
        if fallback is not None:
            return fallback
        if head.pos_ == "PROPN":
            # a surname no mention covers: the person last named with it
            probe = ActorMention(head.text, head.idx, head.idx + len(head.text), -1, kind="?")
            same = self._same_person(probe)
            if same is not probe:
                return self.actor_of(same, text=text), "person"
        name = text if head.pos_ == "PROPN" else None
        kind = "person" if head.ent_type_ == "PERSON" else "organisation"
        return Actor(text=text, name=name), kind

    def _choose(self, inside: list[ActorMention], head: Token) -> ActorMention:
        """The mention that names the speaker phrase's head (its named person, if any)."""
        chosen = next((m for m in inside if m.start <= head.idx < m.end), None)
        if chosen is None or not self._proper_head(chosen) or self._title_only(chosen):
            # "A spokesperson for the office, Adrien Blanchard" / "The Prime Minister, Keir
            # Starmer": the named person
            named = [
                m
                for m in inside
                if m.kind == "person" and self._proper_head(m) and not self._title_only(m)
            ]
            if named:
                return named[-1]
        if chosen is not None:
            return chosen
        persons = [m for m in inside if m.kind == "person"]
        return persons[0] if persons else max(inside, key=lambda m: m.end - m.start)

    def _titled_person(self, title: str, start: int) -> ActorMention | None:
        """The nearest named person before ``start`` introduced with ``title``
        ("Foreign Secretary David Lammy" for "the secretary")."""
        for m in self.preceding(start, ("person",), limit=5):
            window = self.text[max(0, m.start - 40) : m.end].lower()
            if title in window and self._proper_head(m) and not self._title_only(m):
                return m
        return None

    def _title_only(self, m: ActorMention) -> bool:
        """A mention that is a title and no name ("The Prime Minister")."""
        lo, hi = self.tok_from(m.start), self.tok_from(m.end)
        if hi <= lo:
            return False
        root = self.doc[lo:hi].root.lower_
        return root in self.cues.persons or root in self.cues.spokespersons

    def _same_person(self, m: ActorMention) -> ActorMention:
        """A bare surname the parse took for an organisation ("Wang told state media")
        is the person last named with it ("Wang Yi")."""
        if m.kind == "person" or not self._named(m) or len(m.text.split()) > 1:
            return m
        if self._by_word is None:
            self._by_word = {}
            for other in self.mentions:
                words = other.text.lower().split()
                if other.kind == "person" and len(words) > 1:
                    for w in set(words):
                        self._by_word.setdefault(w, []).append(other)
        # nearest first, among the mentions before this one
        found = [o for o in reversed(self._by_word.get(m.text.lower(), [])) if o.start < m.start]
        unquoted = [o for o in found if not self.mention_quoted(o)] or found
        return next((o for o in unquoted if o.country), unquoted[0] if unquoted else m)

    _by_word: dict[str, list[ActorMention]] | None = None

    def _proper_head(self, m: ActorMention) -> bool:
        lo, hi = self.tok_from(m.start), self.tok_from(m.end)
        return hi > lo and self.doc[lo:hi].root.pos_ == "PROPN"

    def gender(self, text: str, learned: bool = True) -> str:
        """'f', 'm' or '': from the honorifics and role nouns in a mention's text, else
        from the pronouns the article itself uses for that name (``learned_genders``)."""
        words = [w.strip(".,’'").lower() for w in text.split()]
        if self.cues.female.intersection(words):
            return "f"
        if self.cues.male.intersection(words):
            return "m"
        if not learned:
            return ""
        if self._genders is None:
            self._genders = self.learned_genders()
        names = [w for w in words if w.isalpha()]
        return self._genders.get(names[-1], "") if names else ""

    _genders: dict[str, str] | None = None

    def learned_genders(self) -> dict[str, str]:
        """Surname → gender from sentences like "Broaddrick said she had her staff …":
        the first he/she after a person who is a sentence's subject usually is that person."""
        votes: dict[str, dict[str, int]] = {}
        for m in self.mentions:
            if m.kind != "person" or m.sentence < 0 or self.mention_quoted(m):
                continue
            if not self._is_subject(m):
                continue
            end = self.parsed.spans[m.sentence].end
            for i in range(self.tok_from(m.end), end):
                g = _PRONOUN_GENDER.get(self.doc[i].lower_, "")
                if g and not self.in_quote[i]:
                    words = [w for w in m.text.lower().split() if w.isalpha()]
                    if words:
                        tally = votes.setdefault(words[-1], {"f": 0, "m": 0})
                        tally[g] += 1
                    break
        return {
            name: ("f" if t["f"] > t["m"] else "m")
            for name, t in votes.items()
            if t["f"] != t["m"] and min(t["f"], t["m"]) * 2 < max(t["f"], t["m"])
        }

    def _named(self, m: ActorMention) -> bool:
        lo, hi = self.tok_from(m.start), self.tok_from(m.end)
        return any(self.doc[i].pos_ == "PROPN" for i in range(lo, hi))

    def _antecedent(self, start: int, kinds: tuple[str, ...], gender: str) -> ActorMention | None:
        """The mention a pronoun or description at ``start`` most likely points back at."""
        cands = []
        known = []  # mentions whose own words say they agree ("Mrs. Lopez" for "she")
        here = self.parsed.sentence_index(self.doc[self.tok_at(start)])
        for m in self.preceding(start, kinds, limit=5):
            words = self.text[max(0, m.start - 5) : m.end]
            g = self.gender(words) if gender else ""
            if g not in ("", gender):
                continue
            if m.sentence == here and self._is_subject(m) and self._named(m):
                return m  # "Trump says he goes …": the subject of the clause around it
            if gender and self.gender(words, learned=False) == gender:
                known.append(m)
            cands.append(m)
        cands = known or cands
        named = [m for m in cands if self._named(m)] or cands
        subj = [m for m in named if self._is_subject(m)]
        picks = subj or named
        return picks[0] if picks else None

    def _agrees(self, actor: Actor | None, gender: str) -> bool:
        return actor is not None and (not gender or self.gender(actor.text) in ("", gender))

    def _pronoun(self, low: str, start: int, text: str, last: Seg | None) -> tuple[Actor, str]:
        person = low in _PERSON_PRONOUNS or low in ("who", "you")
        kinds: tuple[str, ...] = ("person",) if person else _ORG_KINDS
        gender = "f" if low in ("she", "her") else "m" if low in ("he", "him") else ""
        if (
            last is not None
            and last.actor is not None
            and last.actor_kind in kinds
            and self._agrees(last.actor, gender)
            and last.span.block >= self._block_of(start) - _CARRY_BLOCKS
            and not self._new_subject(last, start, kinds)
        ):
            return last.actor, last.actor_kind
        pick = self._antecedent(start, kinds, gender)
        if pick is None:
            return Actor(text=text), "pronoun"
        return self.actor_of(pick), self.representative(pick).kind

    def _person(
        self, start: int, text: str, last: Seg | None, title: str = "", guess: bool = True
    ) -> Actor | None:
        """The person a definite description ("the senator") points back at: the previous
        speaker, else the person last named with that ``title``, else (``guess``) the
        nearest person mention."""
        kinds = ("person",)
        ante: Actor | None = None
        if (
            last is not None
            and last.actor is not None
            and last.actor_kind == "person"
            and last.actor.name
            and last.span.block >= self._block_of(start) - _CARRY_BLOCKS
            and not self._new_subject(last, start, kinds)
        ):
            ante = last.actor
        else:
            titled = self._titled_person(title, start) if title else None
            pick = titled or (self._antecedent(start, kinds, self.gender(text)) if guess else None)
            if pick is not None:
                ante = self.actor_of(pick)
        if ante is None:
            return None
        return Actor(
            text=text,
            name=ante.name or ante.text,
            country=ante.country,
            sector=ante.sector,
            code=ante.code,
        )

    def _organisation(self, lemma: str, start: int, text: str, last: Seg | None) -> Actor | None:
        """The organisation a description ("the ministry", "the statement") speaks for."""
        cands = self.preceding(start, ("organisation", "country", "group"), limit=10)
        if lemma in self.cues.organisations:
            for m in cands:
                if lemma in m.text.lower() or lemma in (m.name or "").lower():
                    return self.actor_of(m, text=text)
        if (
            last is not None
            and last.actor is not None
            and last.actor_kind in _ORG_KINDS
            and last.span.block >= self._block_of(start) - _CARRY_BLOCKS
        ):
            return Actor(
                text=text,
                name=last.actor.name or last.actor.text,
                country=last.actor.country,
                sector=last.actor.sector,
                code=last.actor.code,
            )
        orgs = [m for m in cands if m.kind == "organisation"] or cands
        if orgs and lemma in self.cues.documents:
            return self.actor_of(orgs[0], text=text)
        return None

    def _block_of(self, char: int) -> int:
        lo, hi = 0, len(self.blocks)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.blocks[mid][1] < char:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _is_subject(self, m: ActorMention) -> bool:
        i = self.tok_at(max(m.start, m.end - 1))
        t = self.doc[i]
        while t.dep_ in ("compound", "flat", "appos") and t.head.i != t.i:
            t = t.head
        return t.dep_ in SUBJECT_DEPS

    def _new_subject(self, last: Seg, start: int, kinds: tuple[str, ...]) -> bool:
        """Is another actor of these kinds the subject of a sentence since ``last``?"""
        since = last.span.end
        i = bisect_left(self.mention_starts, since)
        while i < len(self.mentions) and self.mentions[i].start < start:
            m = self.mentions[i]
            i += 1
            if m.kind not in kinds or self.mention_quoted(m) or not self._is_subject(m):
                continue
            if last.speaker and last.speaker[0] <= m.start < last.speaker[1]:
                continue
            if last.actor and (m.name or m.text) in (last.actor.name or "", last.actor.text):
                continue
            return True
        return False
