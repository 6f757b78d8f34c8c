"""The per-article index: one map from characters to tokens, shared by every stage.

    ArticleIndex(article, doc, blocks, sentences, spans)   built once by ``nlp.attach``

It holds the parse and answers the questions every stage asks of it: which sentence and
block a token is in, which token a character offset falls in, which named entity covers
a token. Stages add their own layer as they run, in the pipeline's order, and later
stages read it:

* actors → ``add_mentions``: the actor mentions covering each token (longest first);
* quotes → ``mark_quoted`` (the quotation mask, as soon as the marks are paired) and
  ``add_quotes`` (each token's quotation and so its speaker);
* dates → ``add_dates``: the date expressions of each sentence with their head token.

A layer is set once per article; nothing here knows how a stage decides.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .models import BOILERPLATE_KINDS, ActorMention, Article, Block, DateMention, Quote, Sentence


def resolved(m: ActorMention) -> bool:
    """A mention the coder can use: it has a country, a sector or a code."""
    return bool(m.country or m.sector or m.code)


@dataclass
class ArticleIndex:
    """An article with its spaCy parse, blocks and sentences, and the stages' layers."""

    article: Article
    doc: Doc
    blocks: list[Block]
    sentences: list[Sentence]
    spans: list[Span]  # the spaCy span of each sentence, same index as ``sentences``
    token_sentence: list[int] = field(default_factory=list, repr=False)
    mentions: tuple[ActorMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()

    def __post_init__(self) -> None:
        n = len(self.doc)
        self.starts = [t.idx for t in self.doc]
        if not self.token_sentence:
            self.token_sentence = [-1] * n
            for k, span in enumerate(self.spans):
                for i in range(span.start, span.end):
                    self.token_sentence[i] = k
        self.ent_label = [""] * n
        self.ent_start = list(range(n))
        self.ent_end = list(range(1, n + 1))
        for ent in self.doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_label[i] = ent.label_
                self.ent_start[i] = ent.start
                self.ent_end[i] = ent.end
        self.block_starts = [b.start for b in self.blocks]
        self.in_quote = [False] * n
        self._quote_of: list[int] = [-1] * n
        self._mentions_at: dict[int, list[ActorMention]] = {}
        self._dates_in: dict[int, list[tuple[DateMention, Token]]] = {}

    # tokens, sentences, blocks --------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_index(self, token: Token) -> int:
        """The index of the sentence holding ``token`` (-1 for whitespace between blocks)."""
        return self.token_sentence[token.i]

    def is_boilerplate(self, sentence: int) -> bool:
        return sentence < 0 or self.sentences[sentence].kind in BOILERPLATE_KINDS

    def block_of(self, char: int) -> int:
        """The index of the block holding character ``char`` (or the one before a gap)."""
        return max(0, bisect_right(self.block_starts, char) - 1)

    def block_tokens(self, block: int) -> tuple[int, int]:
        """Token range [lo, hi) of block number ``block``."""
        b = self.blocks[block]
        return self.token_from(b.start), self.token_from(b.end)

    def token_from(self, char: int) -> int:
        """Index of the first token starting at or after character ``char``."""
        return bisect_left(self.starts, char)

    def token_at(self, char: int) -> int:
        """Index of the token holding character ``char``."""
        return max(0, bisect_right(self.starts, char) - 1)

    def tokens(self, start: int, end: int) -> tuple[int, int]:
        """Token range [lo, hi) covering characters ``start``..``end``."""
        return self.token_at(start), self.token_from(end)

    def span(self, start: int, end: int) -> Span:
        lo, hi = self.tokens(start, end)
        return self.doc[lo:hi]

    # actors --------------------------------------------------------------------------------

    def add_mentions(self, mentions: Sequence[ActorMention]) -> None:
        """The actor stage's layer: mentions by token, the longest first."""
        self.mentions = tuple(mentions)
        self._mentions_at = {}
        for m in self.mentions:
            lo, hi = self.tokens(m.start, m.end)
            for i in range(lo, hi):
                self._mentions_at.setdefault(i, []).append(m)
        for found in self._mentions_at.values():
            found.sort(key=lambda m: m.start - m.end)

    def mention_at(self, token: Token) -> ActorMention | None:
        """The longest resolved mention covering ``token``."""
        for m in self._mentions_at.get(token.i, ()):
            if resolved(m):
                return m
        return None

    def any_mention_at(self, token: Token) -> ActorMention | None:
        found = self._mentions_at.get(token.i)
        return found[0] if found else None

    def mentions_in_tokens(self, start: int, end: int) -> list[ActorMention]:
        """Resolved mentions that start within tokens ``start``..``end``, in order."""
        out: list[ActorMention] = []
        for i in range(start, end):
            for m in self._mentions_at.get(i, ()):
                if resolved(m) and all(m is not o for o in out):
                    out.append(m)
                    break
        return out

    # quotations ----------------------------------------------------------------------------

    def mark_quoted(self, ranges: Iterable[tuple[int, int]]) -> None:
        """Mark token ranges [lo, hi) as inside a quotation (marks included)."""
        for lo, hi in ranges:
            for i in range(lo, hi):
                self.in_quote[i] = True

    def add_quotes(self, quotes: Sequence[Quote]) -> None:
        """The quotes stage's layer: each token's quotation (and so its speaker)."""
        self.quotes = tuple(quotes)
        for k, q in enumerate(self.quotes):
            for part_start, part_end in q.parts or ((q.start, q.end),):
                lo, hi = self.tokens(part_start, part_end)
                for i in range(lo, hi):
                    self._quote_of[i] = k

    def quote_at(self, token: Token) -> Quote | None:
        """The quotation whose words include ``token``."""
        k = self._quote_of[token.i]
        return self.quotes[k] if k >= 0 else None

    # dates ---------------------------------------------------------------------------------

    def add_dates(self, dates: Sequence[DateMention]) -> None:
        """The dates stage's layer: each sentence's date expressions with their head token."""
        self.dates = tuple(dates)
        self._dates_in = {}
        for d in self.dates:
            lo, hi = self.tokens(d.start, d.end)
            if hi <= lo:
                continue
            root = self.doc[lo:hi].root
            self._dates_in.setdefault(self.token_sentence[root.i], []).append((d, root))

    def dates_in(self, sentence: int) -> list[tuple[DateMention, Token]]:
        """The date expressions of sentence ``sentence`` and their head tokens."""
        return self._dates_in.get(sentence, [])
