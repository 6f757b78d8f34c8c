"""Direct quotations and their speakers.

Public interface::

    find_quotes(parsed, actors) -> list[Quote]

How it works, in one pass over the article:

1. ``_quote_spans`` pairs the quote marks of every paragraph into quotation spans
   (curly, straight and AP-style marks; apostrophes never open one; a quotation never
   crosses a paragraph).
2. Each span looks for its cue (``data/quote_cues.yaml``) in the parse around it, in
   this order: a verb of saying right after it (“…,” Peskov told reporters / said a
   U.S. official), a verb that governs it or introduces it from the left (Graham said,
   “…” / New Delhi called the threats “…” / according to X, “…”), any verb of saying
   elsewhere in its sentence (The meeting, the ministry noted, was “…”), the lead-in of
   the previous paragraph when that ends with a colon.
3. A span without a cue takes the cue and speaker of the quotation next to it in the same
   paragraph (“X,” he said. “Y.”) or, when it opens its paragraph, of the quotation
   paragraph before it (news style carries the speaker over).
4. The speaker phrase (the cue's subject, or the noun phrase next to it) becomes an
   ``Actor``: the actor mention inside it; for a pronoun, the previous speaker or the
   most recent person (or organisation) mention; for "the statement" / "the ministry",
   the organisation last named or the previous speaker; else the phrase itself.

Parts of one quotation split by its cue (“X,” he said. “Y.”) are joined into one
``Quote`` whose text is the parts joined by a space; every other span is its own
``Quote``, scare-quoted phrases included.
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

from ._quote_spans import Span, quote_spans
from .errors import DataError
from .models import Actor, ActorMention, Quote
from .nlp import Parsed

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLIMB_DEPS = ("conj", "xcomp", "advcl", "acl", "relcl", "pcomp")
_SPEAKER_MAX_TOKENS = 12
_AFTER_WINDOW = 12  # tokens after a quotation in which its cue verb may stand
_BEFORE_GAP = 6  # tokens between a cue verb and the quotation it introduces
_CARRY_BLOCKS = 3  # how many paragraphs back a previous speaker is still "the speaker"
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her"})
_GROUP_PRONOUNS = frozenset({"it", "they", "we", "them"})
_PRONOUNS = _PERSON_PRONOUNS | _GROUP_PRONOUNS | {"you", "who", "this", "that"}
_ORG_KINDS = ("organisation", "country", "place", "group")
_FINAL = frozenset({".", "!", "?"})
_DASHES = frozenset({"-", "—", "–"})


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
class _Seg:
    """A quotation span with the tokens around it and, once found, its cue and speaker."""

    span: Span
    lo: int  # first token of the content
    hi: int  # one past its last token
    open_tok: int  # first token of the span including its mark
    after: int  # first token after the closing mark
    cue: Token | None = None
    cue_text: str | None = None
    cue_side: str = ""  # "after", "before", "sentence", "lead", "inherit", "carry"
    speaker: tuple[int, int] | None = None  # character offsets of the speaker phrase
    actor: Actor | None = None
    actor_kind: str = ""


class _Finder:
    """The state of one article's pass: tokens, quotation masks, mentions."""

    def __init__(self, parsed: Parsed, mentions: Sequence[ActorMention]) -> None:
        self.parsed = parsed
        self.doc: Doc = parsed.doc
        self.text = parsed.article.text
        self.cues = load_cues()
        self.starts = [t.idx for t in self.doc]
        self.blocks = [(b.start, b.end) for b in parsed.blocks]
        self.block_kinds = [b.kind for b in parsed.blocks]
        headlines = frozenset(
            i for i, k in enumerate(self.block_kinds) if k in ("title", "heading")
        )
        spans = [
            s
            for s in quote_spans(self.text, self.blocks, headlines)
            if self.block_kinds[s.block] != "nav"
        ]
        self.in_quote = [False] * len(self.doc)
        self.segs: list[_Seg] = []
        for s in spans:
            lo = bisect_left(self.starts, s.start)
            hi = bisect_left(self.starts, s.end)
            if hi <= lo:
                continue
            open_tok = bisect_left(self.starts, s.open)
            after = bisect_left(self.starts, s.close + 1) if s.closed else hi
            for i in range(open_tok, after):
                self.in_quote[i] = True
            self.segs.append(_Seg(s, lo, hi, open_tok, after))
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.by_entity: dict[int, list[ActorMention]] = {}
        for m in self.mentions:
            if m.entity >= 0:
                self.by_entity.setdefault(m.entity, []).append(m)

    # -- token helpers -------------------------------------------------------------------

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

    # -- cue finding ---------------------------------------------------------------------

    def is_cue(self, t: Token, framing: bool = False) -> bool:
        if self.in_quote[t.i]:
            return False
        if self._prepositional(t):
            return True
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("amod", "aux", "auxpass"):
            return False
        lemma = t.lemma_.lower()
        return lemma in self.cues.speech or (framing and lemma in self.cues.framing)

    def _prepositional(self, t: Token) -> bool:
        for words in self.cues.prepositional:
            if (
                t.lower_ == words[0]
                and t.i + len(words) <= len(self.doc)
                and all(self.doc[t.i + k].lower_ == w for k, w in enumerate(words))
            ):
                return True
        return False

    def cue_after(self, seg: _Seg, stop: int) -> Token | None:
        """A verb of saying in the clause right after the quotation (“…,” X said)."""
        i, seen = seg.after, 0
        while i < stop and seen < _AFTER_WINDOW:
            t = self.doc[i]
            if self.in_quote[i] or self.is_final(i) or (seen == 0 and t.pos_ == "CCONJ"):
                return None
            if t.dep_ == "mark" or t.pos_ == "SCONJ":
                return None  # “…” until Haley said …: a subordinate clause, not the cue
            if self.is_cue(t) and t.dep_ not in ("relcl", "acl", "pcomp"):
                # a participle ("…,” underscoring X) hangs off the sentence, not a speaker
                finite = t.tag_ not in ("VBG", "VBN") or any(
                    c.dep_ == "auxpass" for c in t.children
                )
                return t if finite or self._prepositional(t) else None
            if t.pos_ == "VERB" and t.dep_ in ("ROOT", "conj", "ccomp") and not t.is_space:
                return None
            if not t.is_space:
                seen += 1
            i += 1
        return None

    def _governs(self, v: Token, seg: _Seg) -> bool:
        for i in range(seg.lo, seg.hi):
            t = self.doc[i]
            if not (seg.lo <= t.head.i < seg.hi) or t.head.i == t.i:
                return v in t.ancestors
        return False

    def cue_before(self, seg: _Seg, start: int) -> Token | None:
        """A verb that governs or introduces the quotation from its left."""
        cands = [
            self.doc[i]
            for i in range(seg.open_tok - 1, start - 1, -1)
            if not self.in_quote[i] and self.is_cue(self.doc[i], framing=True)
        ]
        for t in cands:
            if not self._prepositional(t) and self._governs(t, seg):
                return t
        for t in cands:
            gap = sum(1 for k in range(t.i + 1, seg.open_tok) if not self.doc[k].is_space)
            if self._prepositional(t):
                if gap <= 15:
                    return t
                continue
            speech = t.lemma_.lower() in self.cues.speech
            if gap <= _BEFORE_GAP and (speech or gap <= 3):
                return t
        return None

    def cue_colon(self, seg: _Seg, start: int) -> Token | None:
        """A lead-in ending in a colon: its main verb introduces the quotation."""
        k = seg.open_tok - 1
        while k >= start and self.doc[k].is_space:
            k -= 1
        if k < start or self.doc[k].text != ":":
            return None
        for i in range(start, k):
            t = self.doc[i]
            if (
                t.pos_ in ("VERB", "AUX")
                and not self.in_quote[i]
                and self._own_subject(t) is not None
            ):
                return t
        return None

    def cue_in_sentence(self, start: int, stop: int) -> Token | None:
        """Any verb of saying with a subject in the sentence around the quotation."""
        for i in range(start, stop):
            t = self.doc[i]
            if self.is_cue(t) and not self._prepositional(t) and self.subject(t) is not None:
                return t
        return None

    def cue_lead(self, seg: _Seg) -> Token | None:
        """The previous paragraph ends with a colon: its main verb introduces this one."""
        b = seg.span.block
        if b == 0 or seg.span.open != self.blocks[b][0]:
            return None
        lo, hi = self.block_tokens(b - 1)
        while hi > lo and self.doc[hi - 1].is_space:
            hi -= 1
        if hi <= lo or any(self.in_quote[i] for i in range(lo, hi)):
            return None
        root = self.doc[hi - 1].sent.root
        if root.pos_ not in ("VERB", "AUX") or self._own_subject(root) is None:
            return None
        if self.doc[hi - 1].text == ":":
            return root
        # "X issued a statement …" / "X told reporters …" right before a quotation paragraph
        said = root.lemma_.lower() in self.cues.speech
        issued = any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.cues.documents for c in root.children
        )
        return root if said or issued else None

    def cue_governor(self, seg: _Seg, start: int) -> Token | None:
        """No cue word: the verb whose clause holds the quotation and has a subject
        (Sanders pushed his promise of “free college”; Clinton's response was: “…”)."""
        root = None
        for i in range(seg.lo, seg.hi):
            t = self.doc[i]
            if not (seg.lo <= t.head.i < seg.hi) or t.head.i == t.i:
                root = t
                break
        if root is None:
            return None
        t = root.head
        if t.i == root.i or self.in_quote[t.i]:
            # the quotation is a clause of its own: the lead-in before it, if any
            if seg.open_tok - 1 < start or self.doc[seg.open_tok - 1].text not in (":", ","):
                return None
            t = self.doc[seg.open_tok - 1].head
        for _ in range(4):
            if self.in_quote[t.i]:
                return None
            if t.pos_ in ("VERB", "AUX") and self._own_subject(t) is not None:
                return t if t.lemma_ != "be" else None
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def cue_dash(self, seg: _Seg) -> Token | None:
        """A quotation paragraph signed in the next one: “…” / —President Obama, tweeting."""
        b = seg.span.block
        if b + 1 >= len(self.blocks) or seg.span.end < self.blocks[b][1] - 2:
            return None
        lo, hi = self.block_tokens(b + 1)
        first = self.doc[lo] if hi > lo else None
        if first is None or first.text[:1] not in _DASHES:
            return None
        t = self.doc[lo + 1] if first.text in _DASHES or first.text == "--" else first
        if not self._nounish(t):
            return None
        while t.dep_ in ("compound", "flat") and t.head.i != t.i and t.head.i < hi:
            t = t.head
        return t

    # -- speaker phrase ------------------------------------------------------------------

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
            if c.dep_ in _SUBJECT_DEPS and not self.in_quote[c.i]:
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
            order: tuple[int, ...] = (v.i - 1,)  # right of a verb before the quote: its object
        elif inverted:
            order = (v.i + 1, v.i + 2, v.i - 1)
        else:
            order = (v.i - 1, v.i + 1, v.i + 2)
        for i in order:
            if 0 <= i < len(doc) and self._nounish(doc[i]):
                t = doc[i]
                # climb compounds to the head noun
                while t.dep_ in ("compound", "flat") and t.head.i != t.i:
                    t = t.head
                return t
        return None

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

    # -- resolution ----------------------------------------------------------------------

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

        def rank(x: ActorMention) -> tuple[bool, bool, bool, int]:
            return (x.kind != "pronoun", self._proper_head(x), bool(x.country), len(x.text))

        return max(self.by_entity.get(m.entity, [m]), key=rank)

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

    def resolve(self, lo: int, hi: int, head: Token, last: _Seg | None) -> tuple[Actor, str]:
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
            if rep is not chosen or any(t.pos_ == "PROPN" for t in span):
                return found
            fallback = found  # a description ("the president"): look for whom it names
        low = head.lower_
        if head.pos_ == "PRON" or low in _PRONOUNS:
            return self._pronoun(low, start, text, last)
        definite = any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children
        )
        if definite and head.pos_ == "NOUN" and lemma in self.cues.persons:
            ante = self._person(start, text, last)
            if ante is not None:
                return ante, "person"
        if lemma in self.cues.documents or lemma in self.cues.organisations:
            ante = self._organisation(lemma, start, last)
            if ante is not None:
                return ante, "organisation"
        if lemma in self.cues.spokespersons:
            for m in self.preceding(start, ("person",), limit=6):
                window = self.text[max(0, m.start - 40) : m.end].lower()
                if lemma in window:
                    return self.actor_of(m, text=text), "person"
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
        if chosen is None or not self._proper_head(chosen):
            # "A spokesperson for the office, Adrien Blanchard": the named person
            named = [m for m in inside if m.kind == "person" and self._proper_head(m)]
            if named:
                return named[-1]
        if chosen is not None:
            return chosen
        persons = [m for m in inside if m.kind == "person"]
        return persons[0] if persons else max(inside, key=lambda m: m.end - m.start)

    def _same_person(self, m: ActorMention) -> ActorMention:
        """A bare surname the parse took for an organisation ("Wang told state media")
        is the person last named with it ("Wang Yi")."""
        if m.kind == "person" or not self._named(m) or len(m.text.split()) > 1:
            return m
        word = m.text.lower()
        i = bisect_left(self.mention_starts, m.start)
        found: list[ActorMention] = []
        while i > 0:
            i -= 1
            other = self.mentions[i]
            words = other.text.lower().split()
            if other.kind == "person" and len(words) > 1 and word in words:
                found.append(other)
        unquoted = [o for o in found if not self.mention_quoted(o)] or found
        return next((o for o in unquoted if o.country), unquoted[0] if unquoted else m)

    def _proper_head(self, m: ActorMention) -> bool:
        lo, hi = self.tok_from(m.start), self.tok_from(m.end)
        return hi > lo and self.doc[lo:hi].root.pos_ == "PROPN"

    def gender(self, text: str) -> str:
        """'f', 'm' or '' from the honorifics and role nouns in a mention's text."""
        words = {w.strip(".,").lower() for w in text.split()}
        if words & self.cues.female:
            return "f"
        if words & self.cues.male:
            return "m"
        return ""

    def _named(self, m: ActorMention) -> bool:
        lo, hi = self.tok_from(m.start), self.tok_from(m.end)
        return any(self.doc[i].pos_ == "PROPN" for i in range(lo, hi))

    def _antecedent(self, start: int, kinds: tuple[str, ...], gender: str) -> ActorMention | None:
        """The mention a pronoun or description at ``start`` most likely points back at."""
        cands = []
        known = []  # mentions whose own words say they agree ("Mrs. Lopez" for "she")
        here = self.parsed.sentence_index(self.doc[self.tok_at(start)])
        for m in self.preceding(start, kinds, limit=5):
            if m.sentence == here and self._is_subject(m) and self._named(m):
                return m  # "Trump says he goes …": the subject of the clause around it
            g = self.gender(self.text[max(0, m.start - 5) : m.end]) if gender else ""
            if g == gender and gender:
                known.append(m)
            if g in ("", gender):
                cands.append(m)
        cands = known or cands
        named = [m for m in cands if self._named(m)] or cands
        subj = [m for m in named if self._is_subject(m)]
        picks = subj or named
        return picks[0] if picks else None

    def _agrees(self, actor: Actor | None, gender: str) -> bool:
        return actor is not None and (not gender or self.gender(actor.text) in ("", gender))

    def _pronoun(self, low: str, start: int, text: str, last: _Seg | None) -> tuple[Actor, str]:
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

    def _person(self, start: int, text: str, last: _Seg | None) -> Actor | None:
        """The person a definite description ("the senator") points back at."""
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
            pick = self._antecedent(start, kinds, self.gender(text))
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

    def _organisation(self, lemma: str, start: int, last: _Seg | None) -> Actor | None:
        text_at = self.text[start : start + 80]
        phrase = text_at.split(",")[0].strip()
        cands = self.preceding(start, ("organisation", "country", "group"), limit=10)
        if lemma in self.cues.organisations:
            for m in cands:
                if lemma in m.text.lower() or lemma in (m.name or "").lower():
                    return self.actor_of(m, text=self._phrase_text(start, phrase))
        if (
            last is not None
            and last.actor is not None
            and last.actor_kind in _ORG_KINDS
            and last.span.block >= self._block_of(start) - _CARRY_BLOCKS
        ):
            return Actor(
                text=self._phrase_text(start, phrase),
                name=last.actor.name or last.actor.text,
                country=last.actor.country,
                sector=last.actor.sector,
                code=last.actor.code,
            )
        orgs = [m for m in cands if m.kind == "organisation"] or cands
        if orgs and lemma in self.cues.documents:
            return self.actor_of(orgs[0], text=self._phrase_text(start, phrase))
        return None

    def _phrase_text(self, start: int, fallback: str) -> str:
        return self._current_phrase or fallback

    _current_phrase: str = ""

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
        return t.dep_ in _SUBJECT_DEPS

    def _new_subject(self, last: _Seg, start: int, kinds: tuple[str, ...]) -> bool:
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

    # -- the pass ------------------------------------------------------------------------

    def attribute(self, seg: _Seg, cue: Token, side: str, last: _Seg | None) -> None:
        subj = self.subject(cue)
        if subj is None or self.in_quote[subj.i]:
            subj = self.adjacent_phrase(cue, side)
        seg.cue, seg.cue_side = cue, side
        seg.cue_text = " ".join(w.lower() for w in self._cue_words(cue))
        if subj is not None:
            self.attribute_to(seg, cue, subj, side, last)

    def attribute_to(
        self, seg: _Seg, cue: Token, subj: Token, side: str, last: _Seg | None
    ) -> None:
        seg.cue, seg.cue_side = cue, side
        if side == "dash":
            seg.cue_text = None
        lo, hi = self.phrase(subj)
        if hi <= lo:
            return
        span = self.doc[lo:hi]
        seg.speaker = (span.start_char, span.end_char)
        self._current_phrase = span.text.strip()
        seg.actor, seg.actor_kind = self.resolve(lo, hi, subj, last)
        self._current_phrase = ""

    def _cue_words(self, cue: Token) -> list[str]:
        if self._prepositional(cue):
            for words in self.cues.prepositional:
                if cue.lower_ == words[0]:
                    return list(words)
        return [cue.text]

    def run(self) -> list[Quote]:
        segs = self.segs
        last: _Seg | None = None
        for k, seg in enumerate(segs):
            b = seg.span.block
            b_lo, b_hi = self.block_tokens(b)
            nxt = (
                segs[k + 1].open_tok if k + 1 < len(segs) and segs[k + 1].span.block == b else b_hi
            )
            prv = segs[k - 1].after if k > 0 and segs[k - 1].span.block == b else b_lo
            start = prv
            for i in range(seg.open_tok - 1, prv - 1, -1):
                if self.is_final(i):
                    start = i + 1
                    break
            stop = nxt
            for i in range(seg.after, nxt):
                if self.is_final(i):
                    stop = i
                    break
            cue = self.cue_after(seg, stop)
            side = "after"
            if cue is None:
                cue, side = self.cue_before(seg, start), "before"
            if cue is None:
                cue, side = self.cue_in_sentence(start, stop), "sentence"
            if cue is None:
                cue, side = self.cue_colon(seg, start), "colon"
            if cue is None:
                cue, side = self.cue_lead(seg), "lead"
            if cue is None:
                cue, side = self.cue_governor(seg, start), "governor"
            if cue is None:
                signer = self.cue_dash(seg)
                if signer is not None:
                    self.attribute_to(seg, signer, signer, "dash", last)
                    last = seg if seg.actor is not None else last
                    continue
            if cue is not None:
                self.attribute(seg, cue, side, last)
                if seg.actor is not None:
                    last = seg
        self._inherit()
        return self._quotes()

    def _inherit(self) -> None:
        segs = self.segs
        for k, seg in enumerate(segs):
            if seg.cue is not None:
                continue
            b = seg.span.block
            prev = segs[k - 1] if k > 0 else None
            nxt = segs[k + 1] if k + 1 < len(segs) else None
            if prev is not None and prev.span.block == b and prev.cue is not None:
                self._copy(seg, prev, "inherit")
            elif nxt is not None and nxt.span.block == b and nxt.cue is not None:
                self._copy(seg, nxt, "inherit")
            elif (
                prev is not None
                and seg.span.open == self.blocks[b][0]
                and prev.span.block == b - 1
                and prev.cue is not None
            ):
                self._copy(seg, prev, "carry")
        # a quotation left open at its paragraph's end goes on in the next paragraph,
        # whose cue then names the speaker of both (“… ¶ “…,” Churchill said.)
        for k in range(len(segs) - 2, -1, -1):
            seg, nxt = segs[k], segs[k + 1]
            if (
                seg.cue is None
                and not seg.span.closed
                and nxt.cue is not None
                and nxt.span.block == seg.span.block + 1
                and nxt.span.open == self.blocks[nxt.span.block][0]
            ):
                self._copy(seg, nxt, "carry")

    @staticmethod
    def _copy(seg: _Seg, src: _Seg, side: str) -> None:
        seg.cue, seg.cue_text, seg.cue_side = src.cue, src.cue_text, side
        seg.speaker, seg.actor, seg.actor_kind = src.speaker, src.actor, src.actor_kind

    def _joins(self, a: _Seg, b: _Seg) -> bool:
        """Are ``a`` and ``b`` two parts of one quotation split by ``a``'s cue?"""
        if a.span.block != b.span.block or a.cue_side != "after" or b.cue_side != "inherit":
            return False
        if b.cue is not a.cue:
            return False
        return not any(self.in_quote[i] for i in range(a.after, b.open_tok))

    def _quotes(self) -> list[Quote]:
        out: list[Quote] = []
        groups: list[list[_Seg]] = []
        for seg in self.segs:
            if groups and self._joins(groups[-1][-1], seg):
                groups[-1].append(seg)
            else:
                groups.append([seg])
        for group in groups:
            first, final = group[0], group[-1]
            text = " ".join(self.text[s.span.start : s.span.end] for s in group)
            sentence = self.parsed.sentence_index(self.doc[first.lo])
            out.append(
                Quote(
                    text=text,
                    start=first.span.start,
                    end=final.span.end,
                    speaker=first.actor,
                    cue=first.cue_text,
                    sentence=sentence,
                    speaker_start=first.speaker[0] if first.speaker else None,
                    speaker_end=first.speaker[1] if first.speaker else None,
                )
            )
        return out


def find_quotes(parsed: Parsed, actors: Sequence[ActorMention]) -> list[Quote]:
    """The direct quotations of a parsed article, each with its cue and speaker."""
    if not parsed.blocks or len(parsed.doc) == 0:
        return []
    return _Finder(parsed, actors).run()
