"""Hard segments of an article: title, headings, paragraphs, captions, credits, navigation.

A news page is not one stream of prose. Its title, section headings, photo captions,
agency credits and breadcrumbs are separate blocks; parsing them as if they ran into
the next paragraph glues a caption onto a sentence and makes it that sentence's subject.
Here every line of ``Article.text`` is a block, and each block gets a kind from its
shape and from the boilerplate words in ``data/segments.yaml``. The NLP stage turns block
edges into sentence boundaries; the event coder codes nothing from boilerplate blocks.

A paragraph may open with a *dateline*, the place (and date, and agency) the story was
filed from: "BEIRUT (Reuters) -", "KYIV —", "WASHINGTON, Jan 5 (Reuters) -", "DES MOINES,
Iowa —", "Aug 27 (Reuters) -". ``dateline(line)`` gives its length: a place written in
capitals (or any capitalised place when an agency follows it), an optional region and
date after commas, an optional agency in parentheses, then a dash. The actor stage reads
it as a place that says where the story is, never as an actor, a source or a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from .data import load_yaml
from .lines import is_breadcrumb, looks_like_heading
from .models import Block, BlockKind

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})"
_CAPS_PLACE = r"[A-Z][A-Z.'’\-]*[A-Z.](?: [A-Z][A-Z.'’\-]*[A-Z.])*"
_TITLE_PLACE = r"[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){0,2}"
_REGION = r"(?:, (?!" + _MONTH + r" \d)[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?"
_AGENCY = r"\s?\([A-Z][A-Za-z.&/ ]{0,30}\)"
_DASH = r"(?:--|—|–|-)"
_DATELINE = re.compile(
    rf"^(?:{_CAPS_PLACE}{_REGION}(?:, {_DATE})?(?:{_AGENCY})?\s*{_DASH}(?=\s)"
    rf"|(?:{_TITLE_PLACE}{_REGION}(?:, {_DATE})?|{_DATE}){_AGENCY}\s*{_DASH})"
)


@lru_cache(maxsize=1)
def _markers() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml("segments.yaml")
    return data


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line, without surrounding whitespace."""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            yield start, start + len(stripped)
        pos += len(line) + 1


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _marked(line: str, kind: str) -> bool:
    rules = _markers().get(kind, {})
    low = _norm(line)
    if any(low.startswith(s) for s in rules.get("starts", ())):
        # "By" starts a byline only when the line is short and has no verb-like length.
        return not (low.startswith("by ") and len(low.split()) > 6)
    return any(s in low for s in rules.get("contains", ()))


def dateline(line: str) -> int:
    """The length of the dateline that opens ``line`` (up to its dash), 0 if none."""
    m = _DATELINE.match(line)
    if m is None:
        return 0
    head = m.group(0)
    place = head.split("(")[0].rstrip(" -—–")
    if "," not in place and "(" not in head and sum(c.isalpha() for c in place) < 4:
        return 0  # "US — China talks", "EU - the bloc": an acronym, not a city
    return m.end()


def datelines(text: str, blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """(start, end) offsets of the datelines that open the article's paragraphs."""
    out = []
    for b in blocks:
        if b.kind in ("body", "heading"):
            n = dateline(text[b.start : min(b.end, b.start + 160)])
            if n:
                out.append((b.start, b.start + n))
    return out


#: A line longer than this (words) is prose, whatever it mentions ("photo:", "Home"): a
#: caption or a navigation bar is never this long, a transcript or an unwrapped page can be.
MARKED_WORDS = 80


def classify(text: str, title: str | None = None) -> list[Block]:
    """Split ``text`` into line blocks and give each its kind."""
    spans = list(_lines(text))
    lines = [text[s:e] for s, e in spans]
    title_norm = _norm(title) if title else None
    blocks: list[Block] = []
    seen_title = False
    for i, ((start, end), line) in enumerate(zip(spans, lines, strict=True)):
        nxt = _norm(lines[i + 1]) if i + 1 < len(lines) else ""
        norm = _norm(line)
        kind: BlockKind
        short = len(line.split()) <= MARKED_WORDS
        if (short and _marked(line, "nav")) or (
            i == 0 and nxt and is_breadcrumb(line, lines[i + 1])
        ):
            kind = "nav"  # a breadcrumb: "Home India <headline>" above the headline itself
        elif not seen_title and (
            norm == title_norm
            or (title_norm is None and not blocks_have_body(blocks) and looks_like_heading(line))
        ):
            kind, seen_title = "title", True
        elif short and _marked(line, "caption"):
            kind = "caption"
        elif _marked(line, "credit") and len(line.split()) <= 25:
            kind = "credit"
        elif looks_like_heading(line):
            kind = "heading"
        else:
            kind = "body"
        blocks.append(Block(start, end, kind))
    return blocks


def blocks_have_body(blocks: list[Block]) -> bool:
    return any(b.kind == "body" for b in blocks)
