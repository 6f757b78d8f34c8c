"""Hard segments of an article: title, headings, paragraphs, captions, credits, navigation.

A news page is not one stream of prose. Its title, section headings, photo captions,
agency credits and breadcrumbs are separate blocks; parsing them as if they ran into
the next paragraph glues a caption onto a sentence and makes it that sentence's subject.
Here every line of ``Article.text`` is a block, and each block gets a kind from its
shape and from the boilerplate words in ``data/segments.yaml``. The NLP stage turns block
edges into sentence boundaries; the event coder codes nothing from boilerplate blocks.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from .data import load_yaml
from .lines import is_breadcrumb, looks_like_heading
from .models import Block, BlockKind


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
        if _marked(line, "nav") or (i == 0 and nxt and is_breadcrumb(line, lines[i + 1])):
            kind = "nav"  # a breadcrumb: "Home India <headline>" above the headline itself
        elif not seen_title and (
            norm == title_norm
            or (title_norm is None and not blocks_have_body(blocks) and looks_like_heading(line))
        ):
            kind, seen_title = "title", True
        elif _marked(line, "caption"):
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
