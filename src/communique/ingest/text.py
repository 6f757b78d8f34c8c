"""Plain text articles: one file (or stdin, or a fetched ``text/plain`` page) is one article.

The text is decoded (``decode``), its line breaks normalised and hard-wrapped paragraphs
re-joined (``base.normalise_text``). The first line is the title when it looks like one:
short, not ending like a sentence, with more text after it. A breadcrumb line above the
headline ("Home India <headline>") is left in the text for the segmenter to mark as
navigation, and the headline under it is the title.
"""

from __future__ import annotations

from ..lines import is_breadcrumb, looks_like_title
from ..models import Article, Skipped
from .base import Context, finish, normalise_text
from .decode import NotText, decode


def find_title(text: str) -> str | None:
    """The title the text starts with, or None."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or not looks_like_title(lines[0]):
        return None
    if is_breadcrumb(lines[0], lines[1]) and looks_like_title(lines[1]):
        return lines[1].strip()  # "Home India <headline>" then "<headline>": a breadcrumb
    return lines[0].strip()


def read_text(
    data: bytes | str,
    ctx: Context,
    *,
    id: str,
    source: str | None = None,
    url: str | None = None,
    declared: str | None = None,
) -> Article | Skipped:
    """One plain-text article from the bytes (or str) of a file."""
    try:
        raw = decode(data, declared) if isinstance(data, bytes) else data
    except NotText as exc:
        return Skipped(id, exc.reason, exc.detail)
    text = normalise_text(raw)
    if not text:
        return Skipped(id, "empty", "no text")
    return finish(
        ctx,
        id=id,
        text=text,
        title=find_title(text),
        url=url,
        source=source,
        normalise=False,
        prepend_title=False,
    )
