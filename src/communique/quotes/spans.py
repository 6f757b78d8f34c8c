"""Where the quotations are: pairing quote marks into spans, one paragraph at a time.

    quote_spans(text, blocks, headlines, max_single_words) -> list[Span]
    Seg                a span with its tokens and, once found, its cue and speaker

Pairing reads characters only (no parse), in one pass per paragraph, and knows the
typography of English news text:

* double quotes, curly (“ ”), straight ("), in AP wire style (`` '') or guillemets (« »)
  open and close a quotation; a straight mark is an opener or a closer by what stands on
  either side, and so is ``''`` (archive style writes it at both ends: ''We will win,''
  he said.): before a word after a space or an opening bracket it opens, elsewhere it
  closes; a closing ``''`` with no quotation open is left alone;
* single curly quotes (‘ ’) make a quotation only outside double quotes, when ‘ stands
  before a word and a matching ’ stands after one (a headline's ‘scare quote’); an
  apostrophe (Russia’s, don’t, ’90s, Lyin’) never opens one, and single quotes nested in
  a double quotation belong to it; in a title or heading straight single quotes
  ('Little Marco') pair the same way;
* a quotation never crosses a paragraph: a mark left open at the end of a paragraph is
  closed there (news style leaves the closing mark off a paragraph when the quotation
  goes on in the next one, which then opens with a mark of its own), so an unbalanced
  mark can swallow at most the rest of its paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..models import Actor

_OPEN_CONTEXT = set(" \t\n([{—–-/:;,") | {"\u00a0"}
_SINGLE_OPEN_BEFORE = _OPEN_CONTEXT | set('“"')
_MARKS = "“”\"`‘'«»"


@dataclass(frozen=True)
class Span:
    """One quotation as marked in the text: ``start``/``end`` cover its content only.

    ``open``/``close`` are the offsets of the marks (``close`` is ``end`` when the
    paragraph ended before a closing mark); ``block`` is the paragraph's index.
    """

    start: int
    end: int
    open: int
    close: int
    block: int
    closed: bool
    single: bool = False


_EDGE = " \t\n\u00a0“”\"‘’'`«»"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace and stray marks from a quotation's edges (“’House of Cards,’”)."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _scan_block(
    text: str, lo: int, hi: int, block: int, headline: bool, max_single_words: int
) -> list[Span]:
    """Pair the quote marks of ``text[lo:hi]`` (one paragraph).

    In a ``headline`` straight single quotes ('Little Marco') pair as curly ones do.
    """
    single_open = "‘'" if headline else "‘"
    single_close = "’'" if headline else "’"
    out: list[Span] = []
    open_at = -1  # offset of the open mark
    open_len = 0
    single = False

    def emit(close: int, closed: bool, close_len: int) -> None:
        s, e = _trim(text, open_at + open_len, close)
        if e > s and any(c.isalpha() for c in text[s:e]):
            out.append(Span(s, e, open_at, close if closed else e, block, closed, single))

    i = lo
    while i < hi:
        ch = text[i]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        kind = ""  # "open", "close" or "" (not a double mark)
        width = 1
        if ch in "“«":
            kind = "open"
        elif ch in "”»":
            kind = "close"
        elif ch == "`" and nxt == "`":
            kind, width = "open", 2
        elif ch == "'" and nxt == "'":
            after = text[i + 2] if i + 2 < hi else " "
            opener = prev in _OPEN_CONTEXT and (_is_word(after) or after in "‘'`“\"")
            kind, width = ("open" if opener else "close"), 2
        elif ch == '"' and open_at < 0 and prev.isdigit():
            pass  # an inch mark: 6'2" tall (after a digit, a mark closes an open quote)
        elif ch == '"':
            if open_at >= 0 and not single:
                # an opener-looking mark while open: the quote before it was left unclosed
                kind = "open" if prev in _OPEN_CONTEXT and _is_word(nxt) else "close"
            else:
                kind = "open"
        if kind:
            if open_at >= 0 and single:
                open_at, single = -1, False  # a double mark ends an unpaired single one
            if kind == "open":
                if open_at >= 0:
                    emit(i, False, 0)
                open_at, open_len = i, width
            elif open_at >= 0:
                emit(i, True, width)
                open_at = -1
            i += width
            continue
        if (
            ch in single_open
            and open_at < 0
            and prev in _SINGLE_OPEN_BEFORE
            and (_is_word(nxt) or nxt in '“"')
        ):
            if not (nxt.isdigit() and text[i + 1 : i + 4][2:3] in ("s", " ")):
                open_at, open_len, single = i, 1, True
        elif ch in single_close and open_at >= 0 and single and not _is_word(nxt) and prev != " ":
            if len(text[open_at:i].split()) <= max_single_words:
                emit(i, True, 1)
            open_at, single = -1, False
        i += 1
    if open_at >= 0 and not single:
        emit(hi, False, 0)
    return out


def quote_spans(
    text: str,
    blocks: list[tuple[int, int]],
    headlines: frozenset[int] = frozenset(),
    max_single_words: int = 25,
) -> list[Span]:
    """All quotations of ``text``, paragraph by paragraph.

    ``blocks`` are the paragraphs' (start, end) offsets; ``headlines`` the indexes of
    those that are a title or heading; a single-quoted span of more than
    ``max_single_words`` words is stray apostrophes, not a quotation.
    """
    spans: list[Span] = []
    for b, (lo, hi) in enumerate(blocks):
        if any(c in text[lo:hi] for c in _MARKS):
            spans.extend(_scan_block(text, lo, hi, b, b in headlines, max_single_words))
    return spans


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
