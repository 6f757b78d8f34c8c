"""What one line of an article looks like: a heading, a title, a breadcrumb.

    looks_like_heading(line) -> bool      short, unpunctuated, mostly capitalised
    looks_like_title(line) -> bool        a plausible headline (sentence case allowed)
    is_breadcrumb(line, next_line)        "Home India <headline>" above "<headline>"
    line_key(line) -> str                 a line compared without case or punctuation

The one place these shapes are decided: the ingest readers use them to keep a title or
heading on its own line and to pick the title, the segmenter to give every line its
kind (``segments``).
"""

from __future__ import annotations

import re

#: A line ending like a sentence or a lead-in (closing quotes and brackets allowed).
TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")
MAX_HEADING_WORDS = 12
MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
_NOT_TITLE_END = re.compile(r"[.,;:]$")


def line_key(line: str) -> str:
    """The line lower-cased, with punctuation and extra spaces gone."""
    return " ".join(re.sub(r"[\W_]+", " ", line.casefold()).split())


def looks_like_heading(line: str) -> bool:
    """Short, unpunctuated, mostly capitalised: a title or a section heading."""
    words = line.split()
    if not words or len(words) > MAX_HEADING_WORDS or TERMINAL.search(line):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps >= max(1, len(words) * 0.6)


def looks_like_title(line: str) -> bool:
    """Short, not ending like a sentence, not starting in lower case or with a bullet."""
    line = line.strip()
    if not line or len(line) > MAX_TITLE_CHARS or len(line.split()) > MAX_TITLE_WORDS:
        return False
    if _NOT_TITLE_END.search(line) or line[0].islower() or line[0] in "-*•(":
        return False
    if line.lower().startswith("by ") and len(line.split()) <= 6:
        return False  # a byline
    return any(c.isalpha() for c in line)


def is_breadcrumb(line: str, next_line: str) -> bool:
    """A navigation trail that ends with the line below it ("Home India <headline>")."""
    first, second = line_key(line), line_key(next_line)
    return bool(second) and first != second and first.endswith(" " + second)
