"""Direct quotations and their speakers.

Public interface::

    find_quotes(parsed, actors) -> list[Quote]

How it works, in one pass over the article:

1. ``_quote_spans`` pairs the quote marks of every paragraph into quotation spans
   (curly, straight, AP-style and guillemet marks; apostrophes never open one; a
   quotation never crosses a paragraph, so an unbalanced mark swallows at most the rest
   of its paragraph).
2. Each span looks for its cue (``data/quote_cues.yaml``) in the parse around it, in
   this order: a finite verb of saying in the clause right after it (“…,” Peskov told
   reporters / said a U.S. official); a verb that governs it or introduces it from the
   left (Graham said, “…” / New Delhi called the threats “…” / according to X, “…”); any
   verb of saying with a subject elsewhere in its sentence (The meeting, the ministry
   noted, was “…”); a lead-in ending in a colon or dash, in its sentence or as the previous
   paragraph ("X issued a statement." also leads into a quotation paragraph; a verbless
   "From X's post:" speaks for X); the verb
   whose clause holds a partial quotation (Sanders pushed his promise of “free
   college”); a signature paragraph after it ("—Michelle Marks, Philadelphia").
3. A span without a cue takes the cue and speaker of the quotation next to it in the same
   paragraph (“X,” he said. “Y.”); one that opens its paragraph takes those of the
   quotation paragraph before it (news style carries the speaker over); one left open
   at its paragraph's end takes those of the next paragraph's quotation.
4. ``_quote_speakers`` turns the speaker phrase (the cue's subject, or the noun next to
   the cue) into an ``Actor``, resolving pronouns and descriptions ("he", "the
   ministry", "the statement") to the actor they point back at.

Parts of one quotation split by its cue (“X,” he said. “Y.”) are joined into one
``Quote`` whose text is the parts joined by a space; every other span is its own
``Quote``, scare-quoted phrases and each paragraph of a multi-paragraph quotation
included. ``Quote.cue`` is the cue word(s) as written, lower-cased ("said", "according
to"); None for a signature paragraph.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Token

from ._quote_spans import quote_spans
from ._quote_speakers import Seg, Speakers, load_cues
from .models import ActorMention, Quote
from .nlp import Parsed

__all__ = ["find_quotes", "load_cues"]

_AFTER_WINDOW = 12  # tokens after a quotation in which its cue verb may stand
_BEFORE_GAP = 6  # tokens between a cue verb and the quotation it introduces
_DASHES = frozenset({"-", "—", "–"})


class _Finder(Speakers):
    """One article's pass: quotation spans, their cues, their speakers."""

    def __init__(self, parsed: Parsed, mentions: Sequence[ActorMention]) -> None:
        super().__init__(parsed, mentions)
        headlines = frozenset(
            i for i, k in enumerate(self.block_kinds) if k in ("title", "heading")
        )
        spans = [
            s
            for s in quote_spans(self.text, self.blocks, headlines)
            if self.block_kinds[s.block] != "nav"
        ]
        self.segs: list[Seg] = []
        for s in spans:
            lo = bisect_left(self.starts, s.start)
            hi = bisect_left(self.starts, s.end)
            if hi <= lo:
                continue
            open_tok = bisect_left(self.starts, s.open)
            after = bisect_left(self.starts, s.close + 1) if s.closed else hi
            for i in range(open_tok, after):
                self.in_quote[i] = True
            self.segs.append(Seg(s, lo, hi, open_tok, after))

    def is_cue(self, t: Token, framing: bool = False) -> bool:
        if self.in_quote[t.i]:
            return False
        if self._prepositional(t):
            return True
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("amod", "aux", "auxpass"):
            return False
        lemma = t.lemma_.lower()
        return lemma in self.cues.speech or (framing and lemma in self.cues.framing)

    def cue_after(self, seg: Seg, stop: int) -> Token | None:
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

    def _governs(self, v: Token, seg: Seg) -> bool:
        for i in range(seg.lo, seg.hi):
            t = self.doc[i]
            if not (seg.lo <= t.head.i < seg.hi) or t.head.i == t.i:
                return v in t.ancestors
        return False

    def cue_before(self, seg: Seg, start: int) -> Token | None:
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

    def cue_colon(self, seg: Seg, start: int) -> Token | None:
        """A lead-in ending in a colon: its main verb introduces the quotation."""
        k = seg.open_tok - 1
        while k >= start and self.doc[k].is_space:
            k -= 1
        if k < start or (self.doc[k].text not in (":", "--") and self.doc[k].text not in _DASHES):
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

    def colon_owner(self, seg: Seg, start: int) -> Token | None:
        """A verbless lead-in naming a statement: From Bush's Facebook post: “…”."""
        k = seg.open_tok - 1
        while k >= start and self.doc[k].is_space:
            k -= 1
        if k < start or self.doc[k].text != ":":
            return None
        for i in range(k - 1, start - 1, -1):
            t = self.doc[i]
            if t.lemma_.lower() in self.cues.documents and not self.in_quote[i]:
                for c in t.children:
                    if c.dep_ == "poss" and self._nounish(c) and c.pos_ != "PRON":
                        return c
        return None

    def cue_in_sentence(self, start: int, stop: int) -> Token | None:
        """Any verb of saying with a subject in the sentence around the quotation."""
        for i in range(start, stop):
            t = self.doc[i]
            if self.is_cue(t) and not self._prepositional(t) and self.subject(t) is not None:
                return t
        return None

    def cue_lead(self, seg: Seg) -> Token | None:
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

    def cue_governor(self, seg: Seg, start: int) -> Token | None:
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
        for _ in range(6):
            if self.in_quote[t.i]:
                break
            if t.pos_ in ("VERB", "AUX") and self._own_subject(t) is not None:
                if self.is_cue(t):
                    return t  # a verb of saying higher up: "MacNab says that X was “…”"
                if found is None:
                    found = t
            if t.head.i == t.i:
                break
            t = t.head
        return found if found is not None and found.lemma_ != "be" else None

    def cue_dash(self, seg: Seg) -> Token | None:
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

    def cue_headline(self, seg: Seg) -> Token | None:
        """A headline that names its speaker before a colon: Peskov: ‘We do not …’."""
        b = seg.span.block
        if b > 0 and self.block_kinds[b] not in ("title", "heading"):
            return None
        lo, _ = self.block_tokens(b)
        for i in range(lo, min(seg.open_tok, lo + 5)):
            t = self.doc[i]
            if t.text == ":":
                head = self.doc[i - 1] if i > lo else None
                return head if head is not None and self._nounish(head) else None
            if not (t.pos_ == "PROPN" or (t.is_title and not t.is_stop)):
                return None
        return None

    def attribute(self, seg: Seg, cue: Token, side: str, last: Seg | None) -> None:
        subj = self.subject(cue)
        if subj is None or self.in_quote[subj.i]:
            subj = self.adjacent_phrase(cue, side)
        seg.cue, seg.cue_side = cue, side
        seg.cue_text = " ".join(w.lower() for w in self._cue_words(cue))
        if subj is not None:
            self.attribute_to(seg, cue, subj, side, last)

    def attribute_to(self, seg: Seg, cue: Token, subj: Token, side: str, last: Seg | None) -> None:
        seg.cue, seg.cue_side = cue, side
        if side == "dash":
            seg.cue_text = None  # a headline's or signature's name stands alone
        elif side == "owner":
            seg.cue_text = cue.text.lower()  # the statement named before the colon
        lo, hi = self.phrase(subj)
        if hi <= lo:
            return
        span = self.doc[lo:hi]
        seg.speaker = (span.start_char, span.end_char)
        seg.actor, seg.actor_kind = self.resolve(lo, hi, subj, last)

    def _cue_words(self, cue: Token) -> list[str]:
        if self._prepositional(cue):
            for words in self.cues.prepositional:
                if cue.lower_ == words[0]:
                    return list(words)
        return [cue.text]

    def run(self) -> list[Quote]:
        segs = self.segs
        last: Seg | None = None
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
            # a quotation that ends its sentence in mid-sentence (… told supporters that
            # “he loves you.” She says …) has no cue after it
            opens = all(self.doc[i].is_punct for i in range(start, seg.open_tok))
            ends = self.text[seg.span.start : seg.span.end].rstrip()[-1:] in (".", "!", "?")
            new = seg.after < len(self.doc) and self.doc[seg.after].text[:1].isupper()
            if ends and new and not opens:
                cue, stop = None, seg.after  # the text after it is the next sentence
            else:
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
            if cue is None and self.block_kinds[b] not in ("title", "heading"):
                cue, side = self.cue_governor(seg, start), "governor"
            if cue is None:
                owner = self.colon_owner(seg, start)
                signer = self.cue_headline(seg) or owner or self.cue_dash(seg)
                if signer is not None:
                    side = "owner" if signer is owner else "dash"
                    cue_tok = signer.head if side == "owner" else signer
                    self.attribute_to(seg, cue_tok, signer, side, last)
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
    def _copy(seg: Seg, src: Seg, side: str) -> None:
        seg.cue, seg.cue_text, seg.cue_side = src.cue, src.cue_text, side
        seg.speaker, seg.actor, seg.actor_kind = src.speaker, src.actor, src.actor_kind

    def _joins(self, a: Seg, b: Seg) -> bool:
        """Are ``a`` and ``b`` two parts of one quotation split by ``a``'s cue?"""
        if a.span.block != b.span.block or a.cue_side != "after" or b.cue_side != "inherit":
            return False
        if b.cue is not a.cue:
            return False
        return not any(self.in_quote[i] for i in range(a.after, b.open_tok))

    def _quotes(self) -> list[Quote]:
        out: list[Quote] = []
        groups: list[list[Seg]] = []
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
