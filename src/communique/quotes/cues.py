"""Which words tie a quotation to its speaker: the cue lexicon and the cue finder.

    load_cues() -> Cues               ``data/quote_cues.yaml``, loaded once
    CueFinder(index, cues, policy)    the cue of one quotation, by the rules below

A quotation's cue is looked for in the parse around it, in this order (``Finder.run``):
a finite verb of saying in the clause right after it (“…,” Peskov told reporters / said a
U.S. official); a verb that governs it or introduces it from the left (Graham said, “…” /
New Delhi called the threats “…” / according to X, “…”); any verb of saying with a
subject elsewhere in its sentence; a lead-in ending in a colon or dash, in its sentence or
as the previous paragraph; the verb whose clause holds a partial quotation (Sanders pushed
his promise of “free college”); a headline naming its speaker before a colon; a verbless
"From X's post:" lead-in; a signature paragraph after it ("—Michelle Marks").
The grammar of the speaker phrase (a cue's subject, or the noun next to it when the parse
missed it) is here too, since finding a cue and finding its subject go together.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..data import load_yaml
from ..errors import DataError
from ..index import ArticleIndex
from ..policy import CoderPolicy
from .spans import Seg

SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLIMB_DEPS = ("conj", "xcomp", "advcl", "acl", "relcl", "pcomp")
_FINAL = frozenset({".", "!", "?"})
_DASHES = frozenset({"-", "—", "–"})
#: Steps up from a quotation that stay in the clause around it, not the whole sentence.
_CLAUSE_STEPS = 6


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
    data = load_yaml("quote_cues.yaml")
    try:
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
    except (KeyError, TypeError, AttributeError) as exc:
        raise DataError(f"quote_cues.yaml is malformed: {exc!r}") from None


class CueFinder:
    """The cue of a quotation and the subject of a cue, on one article's index."""

    def __init__(self, index: ArticleIndex, cues: Cues, policy: CoderPolicy) -> None:
        self.index = index
        self.doc = index.doc
        self.in_quote = index.in_quote
        self.cues = cues
        self.policy = policy

    # words ------------------------------------------------------------------------------

    def is_final(self, i: int) -> bool:
        return self.doc[i].text in _FINAL and not self.in_quote[i]

    def prepositional(self, t: Token) -> bool:
        """Whether ``t`` starts a prepositional cue ("according to")."""
        for words in self.cues.prepositional:
            if (
                t.lower_ == words[0]
                and t.i + len(words) <= len(self.doc)
                and all(self.doc[t.i + k].lower_ == w for k, w in enumerate(words))
            ):
                return True
        return False

    def cue_words(self, cue: Token) -> list[str]:
        if self.prepositional(cue):
            for words in self.cues.prepositional:
                if cue.lower_ == words[0]:
                    return list(words)
        return [cue.text]

    def is_cue(self, t: Token, framing: bool = False) -> bool:
        if self.in_quote[t.i]:
            return False
        if self.prepositional(t):
            return True
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("amod", "aux", "auxpass"):
            return False
        lemma = t.lemma_.lower()
        return lemma in self.cues.speech or (framing and lemma in self.cues.framing)

    def nounish(self, t: Token) -> bool:
        if self.in_quote[t.i] or t.is_punct or t.is_space:
            return False
        if t.pos_ in ("PROPN", "NOUN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        return t.is_title and t.is_alpha and not t.is_stop

    # subjects ---------------------------------------------------------------------------

    def own_subject(self, v: Token) -> Token | None:
        for c in v.children:
            if c.dep_ in SUBJECT_DEPS and not self.in_quote[c.i]:
                if c.tag_ in ("WP", "WDT") and v.dep_ in ("relcl", "acl") and v.head.i != v.i:
                    return v.head  # "Peskov, who said …": the noun the clause describes
                return c if self.nounish(c) or c.pos_ in ("NUM", "DET", "ADJ") else None
        return None

    def subject(self, v: Token) -> Token | None:
        """The speaker phrase's head for cue ``v``."""
        if self.prepositional(v):
            last = self.doc[v.i + 1] if v.i + 1 < len(self.doc) else v
            return next((c for c in last.children if c.dep_ == "pobj"), None)
        own = self.own_subject(v)
        if own is not None:
            return own
        if v.tag_ == "VBG":
            found = self._participle_subject(v)
            if found is not None:
                return found
        reporter = self._coordinated_report(v)
        if reporter is not None:
            return reporter
        for _ in range(2):  # up through a conjunct or complement clause
            if v.dep_ not in _CLIMB_DEPS or v.head.i == v.i or self.in_quote[v.head.i]:
                break
            if v.dep_ == "xcomp":
                # "prompted Rubio to call Trump …": the object controls the infinitive
                for c in v.head.children:
                    if c.dep_ == "dobj" and c.i < v.i and self.nounish(c):
                        return c
            v = v.head
            own = self.own_subject(v)
            if own is not None:
                return own
        return None

    def _coordinated_report(self, v: Token) -> Token | None:
        """A verb of saying with no subject that the parse joined to the verb of a
        reported clause is the reporter's second act: "he told the paper that truancy
        was “very bad” and said “firm action” was needed", "the Tory leader said his team
        had reached a view after a “good discussion”, but admitted it was …" — the
        subject of the verb that reports that clause, not the clause's own subject."""
        if v.dep_ != "conj" or v.lemma_.lower() not in self.cues.speech:
            return None
        h = v.head
        if h.dep_ != "ccomp" or h.head.i == h.i or h.i > v.i or self.in_quote[h.head.i]:
            return None
        gov = h.head
        if gov.lemma_.lower() not in self.cues.speech or not self.is_cue(gov):
            return None
        return self.own_subject(gov)

    def _participle_subject(self, v: Token) -> Token | None:
        """ "Kiedis said, mentioning …": a participle speaks for the clause to its left —
        the nearest verb of saying (across quotations: "Sanders said X could be “messy,”
        adding …"), else the nearest verb with a subject, not across a quotation."""
        lo = v.sent.start
        for i in range(v.i - 1, lo - 1, -1):
            t = self.doc[i]
            if self.in_quote[i] or t.pos_ != "VERB" or t.tag_ == "VBG":
                continue
            if t.lemma_.lower() in self.cues.speech:
                found = self.own_subject(t) or self.adjacent_phrase(t, "after")
                if found is not None:
                    return found
        for i in range(v.i - 1, lo - 1, -1):
            t = self.doc[i]
            if self.in_quote[i]:
                break
            if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG":
                found = self.own_subject(t)
                if found is not None:
                    return found
        return None

    def adjacent_phrase(self, v: Token, side: str) -> Token | None:
        """The noun next to a cue verb whose subject the parse missed (said Peskov)."""
        doc = self.doc
        prev = doc[v.i - 1] if v.i > 0 else None
        inverted = prev is None or prev.is_punct or self.in_quote[prev.i]
        if side != "after":
            return self.left_subject(v)  # right of a verb before the quote: its object
        if not inverted:
            left = self.left_subject(v)
            if left is not None:
                return left
        order = (v.i + 1, v.i + 2, v.i - 1) if inverted else (v.i - 1, v.i + 1, v.i + 2)
        for i in order:
            if 0 <= i < len(doc) and self.nounish(doc[i]):
                return _head_of_name(doc[i])
        return None

    def left_subject(self, v: Token) -> Token | None:
        """The noun phrase to the left of ``v`` that the parse did not make its subject,
        skipping a parenthetical ("Ted Cruz, who has surged in Iowa, named …")."""
        i = v.i - 1
        while i >= 0 and (self.doc[i].is_punct or self.doc[i].is_space) and not self.in_quote[i]:
            i -= 1
        if i < 0 or self.in_quote[i] or "\n" in self.doc[i].whitespace_:
            return None
        t, seen = self.doc[i], None
        for _ in range(self.policy.max_climb):
            if self.nounish(t) and not self.in_quote[t.i]:
                seen = t
            if t.head.i == t.i or t.head.i >= v.i or t.dep_ in SUBJECT_DEPS:
                break
            t = t.head
        return _head_of_name(seen) if seen is not None else None

    # cues -------------------------------------------------------------------------------

    def after(self, seg: Seg, stop: int) -> Token | None:
        """A verb of saying in the clause right after the quotation (“…,” X said)."""
        i, seen = seg.after, 0
        while i < stop and seen < self.policy.quote_after_window:
            t = self.doc[i]
            if self.in_quote[i] or self.is_final(i) or (seen == 0 and t.pos_ == "CCONJ"):
                return None
            if t.dep_ == "mark" or t.pos_ == "SCONJ":
                return None  # “…” until Haley said …: a subordinate clause, not the cue
            if self.is_cue(t) and t.dep_ not in ("relcl", "acl", "pcomp"):
                if self.own_content(t) and self.doc[seg.hi - 1].text in _FINAL:
                    return None  # “…?” Milburn replied that they were not: his own words
                # a participle ("…,” underscoring X) hangs off the sentence, not a speaker
                finite = t.tag_ not in ("VBG", "VBN") or any(
                    c.dep_ == "auxpass" for c in t.children
                )
                return t if finite or self.prepositional(t) else None
            if t.pos_ == "VERB" and t.dep_ in ("ROOT", "conj", "ccomp") and not t.is_space:
                return None
            if not t.is_space:
                seen += 1
            i += 1
        return None

    def own_content(self, v: Token) -> bool:
        """Whether verb ``v`` reports content of its own after it, outside quotations: a
        clause ("replied that they were not", "was urged to push"), so a quotation
        before it is not what it reports."""
        return any(
            c.dep_ in ("ccomp", "xcomp") and c.i > v.i and not self.in_quote[c.i]
            for c in v.children
        )

    def _governs(self, v: Token, seg: Seg) -> bool:
        for i in range(seg.lo, seg.hi):
            t = self.doc[i]
            if not (seg.lo <= t.head.i < seg.hi) or t.head.i == t.i:
                return v in t.ancestors
        return False

    def before(self, seg: Seg, start: int) -> Token | None:
        """A verb that governs or introduces the quotation from its left."""
        cands = [
            self.doc[i]
            for i in range(seg.open_tok - 1, start - 1, -1)
            if not self.in_quote[i] and self.is_cue(self.doc[i], framing=True)
        ]
        for t in cands:
            if not self.prepositional(t) and self._governs(t, seg):
                return t
        p = self.policy
        for t in cands:
            gap = sum(1 for k in range(t.i + 1, seg.open_tok) if not self.doc[k].is_space)
            if self.prepositional(t):
                if gap <= p.quote_prepositional_gap:
                    return t
                continue
            speech = t.lemma_.lower() in self.cues.speech
            if gap <= p.quote_before_gap and (speech or gap <= p.quote_framing_gap):
                return t
        return None

    def _lead_mark(self, seg: Seg, start: int) -> int:
        """The token right before the quotation's opening mark (skipping spaces), or -1."""
        k = seg.open_tok - 1
        while k >= start and self.doc[k].is_space:
            k -= 1
        return k if k >= start else -1

    def colon(self, seg: Seg, start: int) -> Token | None:
        """A lead-in ending in a colon or dash: its main verb introduces the quotation."""
        k = self._lead_mark(seg, start)
        if k < 0 or (self.doc[k].text not in (":", "--") and self.doc[k].text not in _DASHES):
            return None
        for i in range(start, k):
            t = self.doc[i]
            if (
                t.pos_ in ("VERB", "AUX")
                and not self.in_quote[i]
                and self.own_subject(t) is not None
            ):
                return t
        return None

    def colon_owner(self, seg: Seg, start: int) -> Token | None:
        """A verbless lead-in naming a statement: From Bush's Facebook post: “…”."""
        k = self._lead_mark(seg, start)
        if k < 0 or self.doc[k].text != ":":
            return None
        for i in range(k - 1, start - 1, -1):
            t = self.doc[i]
            if t.lemma_.lower() in self.cues.documents and not self.in_quote[i]:
                for c in t.children:
                    if c.dep_ == "poss" and self.nounish(c) and c.pos_ != "PRON":
                        return c
        return None

    def in_sentence(self, start: int, stop: int, after: int | None = None) -> Token | None:
        """Any verb of saying with a subject in the sentence around the quotation; one
        after it (from token ``after`` on) that reports a clause of its own is not its."""
        for i in range(start, stop):
            t = self.doc[i]
            if self.is_cue(t) and not self.prepositional(t) and self.subject(t) is not None:
                if after is not None and i >= after and self.own_content(t):
                    continue
                return t
        return None

    def lead(self, seg: Seg) -> Token | None:
        """The previous paragraph ends with a colon, or is "X issued a statement." / "X
        told reporters …": its main verb introduces this quotation paragraph."""
        b = seg.span.block
        if b == 0 or seg.span.open != self.index.blocks[b].start:
            return None
        lo, hi = self.index.block_tokens(b - 1)
        while hi > lo and self.doc[hi - 1].is_space:
            hi -= 1
        if hi <= lo or any(self.in_quote[i] for i in range(lo, hi)):
            return None
        root = self.doc[hi - 1].sent.root
        if root.pos_ not in ("VERB", "AUX") or self.own_subject(root) is None:
            return None
        if self.doc[hi - 1].text == ":":
            return root
        said = root.lemma_.lower() in self.cues.speech
        issued = any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.cues.documents for c in root.children
        )
        return root if said or issued else None

    def previous(self, seg: Seg, start: int) -> Token | None:
        """A quotation that is a sentence of its own, right after an unquoted sentence of
        the same paragraph whose main verb is a verb of saying: that verb (The minister said the
        talks were over. “We condemn the attacks.”)."""
        k = start - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].is_punct):
            if "\n" in self.doc[k].text or self.in_quote[k]:
                return None
            k -= 1
        if k < 0 or self.in_quote[k]:
            return None
        sent = self.doc[k].sent
        if any(self.in_quote[i] for i in range(sent.start, sent.end)):
            return None  # a quotation there: this one goes on from it (see ``_inherit``)
        root = sent.root
        if root.i >= seg.open_tok or not self.is_cue(root):
            return None
        return root if self.own_subject(root) is not None else None

    def governor(self, seg: Seg, start: int) -> Token | None:
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
            lead = self.doc[seg.open_tok - 1].text if seg.open_tok - 1 >= start else ""
            if lead not in (":", ",", "--") and lead not in _DASHES:
                return None
            t = self.doc[seg.open_tok - 1].head
        found: Token | None = None
        for _ in range(_CLAUSE_STEPS):
            if self.in_quote[t.i]:
                break
            if t.pos_ in ("VERB", "AUX") and self.own_subject(t) is not None:
                if self.is_cue(t):
                    return t  # a verb of saying higher up: "MacNab says that X was “…”"
                if found is None:
                    found = t
            if t.head.i == t.i:
                break
            t = t.head
        return found if found is not None and found.lemma_ != "be" else None

    def dash(self, seg: Seg) -> Token | None:
        """A quotation paragraph signed in the next one: “…” / —President Obama, tweeting."""
        b = seg.span.block
        blocks = self.index.blocks
        if b + 1 >= len(blocks) or seg.span.end < blocks[b].end - 2:
            return None
        lo, hi = self.index.block_tokens(b + 1)
        first = self.doc[lo] if hi > lo else None
        if first is None or first.text[:1] not in _DASHES:
            return None
        t = self.doc[lo + 1] if first.text in _DASHES or first.text == "--" else first
        if not self.nounish(t):
            return None
        while t.dep_ in ("compound", "flat") and t.head.i != t.i and t.head.i < hi:
            t = t.head
        return t

    def headline(self, seg: Seg) -> Token | None:
        """A headline that names its speaker before a colon: Peskov: ‘We do not …’."""
        b = seg.span.block
        if b > 0 and self.index.blocks[b].kind not in ("title", "heading"):
            return None
        lo, _ = self.index.block_tokens(b)
        for i in range(lo, min(seg.open_tok, lo + 5)):
            t = self.doc[i]
            if t.text == ":":
                head = self.doc[i - 1] if i > lo else None
                return head if head is not None and self.nounish(head) else None
            if not (t.pos_ == "PROPN" or (t.is_title and not t.is_stop)):
                return None
        return None


def _head_of_name(t: Token) -> Token:
    """Climb compounds to the head noun ("Dmitry" → "Peskov")."""
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    return t
