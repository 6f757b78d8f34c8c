"""One article's pass: quotation spans, their cues, their speakers, joined into Quotes.

    Finder(index, policy).run() -> list[Quote]

1. ``spans`` pairs the quote marks of every paragraph into quotation spans; their tokens
   are marked on the article index as inside a quotation at once.
2. Each span looks for its cue (``cues``), in the order ``CueFinder`` documents.
3. A span without a cue takes the cue and speaker of the quotation next to it in the same
   paragraph (“X,” he said. “Y.”); one that opens its paragraph takes those of the
   quotation paragraph before it (news style carries the speaker over); one left open
   at its paragraph's end takes those of the next paragraph's quotation.
4. ``speakers`` turns the speaker phrase into an ``Actor``.
5. A quoted phrase of at most ``scare_quote_max_words`` words (3) is a scare quote, not
   a quotation, when no cue word ties it to a speaker (no verb of saying or framing, no
   "according to", no lead-in, none carried over from the quotation beside it) and the
   subject of the clause that holds it is no actor mention: the so-called
   “political revolution”, the Islamic State had been ''contained''. "Trump called him
   “little”", "Sanders pushed his “political revolution”" and a headline's quoted words
   (Minister Slams 'Reckless' Plan) stay quotations.
6. A quoted name or term held only by a clause with no verb of saying or framing (the
   ``governor`` cue) is no quotation either, whoever the clause's subject: a phrase of at
   most four words in title case (before the "Winter of Discontent"), or a noun of at
   most two words inside a noun phrase whose determiner, possessor or head stands
   outside the marks, in a sentence with no verb of saying or framing (Labour has
   unveiled its own "points system"; Mr Straw will back a "yes" vote).

Parts of one quotation split by its cue (“X,” he said. “Y.”) are joined into one
``Quote`` whose text is the parts joined by a space (``Quote.parts`` keeps their
offsets); every other span is its own ``Quote``, longer scare-quoted phrases and each
paragraph of a multi-paragraph quotation included. ``Quote.cue`` is the cue word(s) as written,
lower-cased ("said", "according to"); None for a signature paragraph.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..index import ArticleIndex
from ..models import Quote
from ..policy import CoderPolicy
from .cues import CueFinder, load_cues
from .spans import Seg, quote_spans
from .speakers import Speakers

_WORD = re.compile(r"\w+")
#: Longest quoted term (words) that a clause with no verb of saying holds (step 6).
_TERM_MAX_WORDS = 4
#: Longest quoted term (words) inside a noun phrase that is a term, not a quotation.
_TERM_NP_WORDS = 2
#: Small words a title-case name keeps in lower case ("Eton of the Valleys").
_TITLE_SMALL = frozenset({"of", "the", "and", "for", "on", "in", "to", "a", "an"})


class Finder:
    """One article's pass: quotation spans, their cues, their speakers."""

    def __init__(self, index: ArticleIndex, policy: CoderPolicy) -> None:
        self.index = index
        self.doc = index.doc
        self.text = index.text
        cues = load_cues()
        self.policy = policy
        self.cues = CueFinder(index, cues, policy)
        self.speakers = Speakers(index, cues, self.cues, policy)
        blocks = index.blocks
        headlines = frozenset(i for i, b in enumerate(blocks) if b.kind in ("title", "heading"))
        spans = quote_spans(
            self.text,
            [(b.start, b.end) for b in blocks],
            headlines,
            policy.single_quote_max_words,
        )
        self.segs: list[Seg] = []
        for s in spans:
            if blocks[s.block].kind == "nav":
                continue
            lo, hi = index.token_from(s.start), index.token_from(s.end)
            if hi <= lo:
                continue
            open_tok = index.token_from(s.open)
            after = index.token_from(s.close + 1) if s.closed else hi
            self.segs.append(Seg(s, lo, hi, open_tok, after))
        index.mark_quoted((seg.open_tok, seg.after) for seg in self.segs)

    def attribute(self, seg: Seg, cue: Token, side: str, last: Seg | None) -> None:
        subj = self.cues.subject(cue)
        if subj is None or self.index.in_quote[subj.i]:
            subj = self.cues.adjacent_phrase(cue, side)
        seg.cue, seg.cue_side = cue, side
        seg.cue_text = " ".join(w.lower() for w in self.cues.cue_words(cue))
        if subj is not None:
            self.attribute_to(seg, cue, subj, side, last)

    def attribute_to(self, seg: Seg, cue: Token, subj: Token, side: str, last: Seg | None) -> None:
        seg.cue, seg.cue_side = cue, side
        if side == "dash":
            seg.cue_text = None  # a headline's or signature's name stands alone
        elif side == "owner":
            seg.cue_text = cue.text.lower()  # the statement named before the colon
        if self.speakers.expletive(subj):
            return  # "…, it has been suggested": no one is named
        lo, hi = self.speakers.phrase(subj)
        if hi <= lo:
            return
        span = self.doc[lo:hi]
        seg.speaker = (span.start_char, span.end_char)
        seg.actor, seg.actor_kind = self.speakers.resolve(lo, hi, subj, last)

    def run(self) -> list[Quote]:
        segs = self.segs
        last: Seg | None = None
        for k, seg in enumerate(segs):
            b = seg.span.block
            b_lo, b_hi = self.index.block_tokens(b)
            nxt = (
                segs[k + 1].open_tok if k + 1 < len(segs) and segs[k + 1].span.block == b else b_hi
            )
            prv = segs[k - 1].after if k > 0 and segs[k - 1].span.block == b else b_lo
            start = prv
            for i in range(seg.open_tok - 1, prv - 1, -1):
                if self.cues.is_final(i):
                    start = i + 1
                    break
            stop = nxt
            for i in range(seg.after, nxt):
                if self.cues.is_final(i):
                    stop = i
                    break
            # a quotation that ends its sentence in mid-sentence (… told supporters that
            # “he loves you.” She says …) has no cue after it; nor has one that is a
            # sentence of its own closed by a full stop (“… plans.” Robin Cook said X):
            # a cue after it would follow a comma (“… plans,” he said)
            opens = all(self.doc[i].is_punct for i in range(start, seg.open_tok))
            final = self.text[seg.span.start : seg.span.end].rstrip()[-1:]
            ends = final in (".", "!", "?")
            new = seg.after < len(self.doc) and self.doc[seg.after].text[:1].isupper()
            if ends and new and (not opens or final == "."):
                cue, stop = None, seg.after  # the text after it is the next sentence
            else:
                cue = self.cues.after(seg, stop)
            side = "after"
            if cue is None:
                cue, side = self.cues.before(seg, start), "before"
            if cue is None:
                cue, side = self.cues.in_sentence(start, stop, seg.after), "sentence"
            if cue is None:
                cue, side = self.cues.colon(seg, start), "colon"
            if cue is None:
                cue, side = self.cues.lead(seg), "lead"
            if cue is None and opens:
                cue, side = self.cues.previous(seg, start), "previous"
            if cue is None and self.index.blocks[b].kind not in ("title", "heading"):
                cue, side = self.cues.governor(seg, start), "governor"
            if cue is None:
                owner = self.cues.colon_owner(seg, start)
                signer = self.cues.headline(seg) or owner or self.cues.dash(seg)
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
        self.segs = [seg for seg in self.segs if not self._scare_quote(seg) and not self._term(seg)]
        return self._quotes()

    def _scare_quote(self, seg: Seg) -> bool:
        """A short quoted phrase that no cue word ties to a speaker (see step 5)."""
        words = _WORD.findall(self.text[seg.span.start : seg.span.end])
        if len(words) > self.policy.scare_quote_max_words:
            return False
        if self.index.blocks[seg.span.block].kind in ("title", "heading"):
            return False  # headline style: the subject's words (Minister Slams 'Reckless' Plan)
        if seg.cue is None:
            return True
        if seg.cue_side != "governor":
            return False
        # held only by a clause: a quotation if that clause's subject is an actor
        return seg.speaker is None or not self.speakers.mentions_in(*seg.speaker)

    def _term(self, seg: Seg) -> bool:
        """A quoted name or term that a clause without a verb of saying holds (step 6):
        a phrase in title case (the "Winter of Discontent", Labour's "High Heeled Vote"
        campaign), or a short noun inside a noun phrase whose determiner, possessor or
        head stands outside the marks (its own "points system", a "yes" vote, Tony
        Blair's "cabinet enforcer")."""
        if seg.cue_side != "governor":
            return False
        if self.index.blocks[seg.span.block].kind in ("title", "heading"):
            return False
        words = _WORD.findall(self.text[seg.span.start : seg.span.end])
        if not words or len(words) > _TERM_MAX_WORDS:
            return False
        if (
            all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words)
            and words[0][0].isupper()
        ):
            return True
        if len(words) > _TERM_NP_WORDS:
            return False
        root = self._root(seg)
        if root is None or root.pos_ not in ("NOUN", "PROPN") or root.head.lower_ == "as":
            return False  # "described him as an “attack mongrel”" frames a speaker's words
        if root.dep_ in ("attr", "oprd", "appos"):
            return False  # a judgement said of someone: "for being a “failed candidate”"
        sent = root.sent
        if any(self.cues.is_cue(self.doc[i], framing=True) for i in range(sent.start, sent.end)):
            return False  # a verb of saying or framing in its sentence may be the speaker's
        if root.dep_ == "compound":
            return not (seg.lo <= root.head.i < seg.hi)  # a “yes” vote
        return any(
            c.dep_ in ("det", "poss") and c.i < seg.open_tok and not self.index.in_quote[c.i]
            for c in root.children
        )

    def _root(self, seg: Seg) -> Token | None:
        for i in range(seg.lo, seg.hi):
            t = self.doc[i]
            if not (seg.lo <= t.head.i < seg.hi) or t.head.i == t.i:
                return t
        return None

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
                and seg.span.open == self.index.blocks[b].start
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
                and nxt.span.open == self.index.blocks[nxt.span.block].start
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
        return not any(self.index.in_quote[i] for i in range(a.after, b.open_tok))

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
            sentence = self.index.sentence_index(self.doc[first.lo])
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
                    parts=tuple((s.span.start, s.span.end) for s in group)
                    if len(group) > 1
                    else (),
                )
            )
        return out
