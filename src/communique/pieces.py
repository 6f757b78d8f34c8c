"""Long texts in pieces the parser can take, joined back with every offset exact.

spaCy refuses a text longer than ``nlp.max_length`` (a million characters) and needs
memory in proportion to the text it parses at once. ``split`` cuts a long text after a
line break (a block boundary, which is a sentence boundary anyway), else after a
sentence's final mark and the space after it, else at a space, else (a text with no
space at all) at the size; the pieces concatenated are the text itself, so a Doc joined
from their parses (``Doc.from_docs(..., ensure_whitespace=False)``) has the text's
offsets. Most articles are one piece.
"""

from __future__ import annotations

import re

#: Characters parsed at once at most; a longer text is parsed in pieces.
PIECE_CHARS = 100_000

_SENTENCE_END = re.compile(r"""[.!?]["'\u201d\u2019)\]]*\s+""")
_SPACE = re.compile(r"\s+")


def _cut(window: str) -> int:
    """Where to end a piece inside ``window`` (a full-size window): the last line
    break, sentence end or space in its second half, else the window's end."""
    half = len(window) // 2
    line = window.rfind("\n") + 1
    if line > half:
        return line
    for pattern in (_SENTENCE_END, _SPACE):
        last = 0
        for m in pattern.finditer(window, half):
            last = m.end()
        if last > half:
            return last
    return len(window)


def split(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` in pieces of at most ``size`` characters whose concatenation is ``text``."""
    if size < 2:
        raise ValueError("piece size must be at least 2")
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        cut = _cut(text[start : start + size])
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces
