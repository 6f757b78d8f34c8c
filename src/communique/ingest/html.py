"""HTML pages: trafilatura finds the article body and its metadata; htmldate the date.

trafilatura drops the navigation, footer, related links and comments and returns the
main text as a tree of blocks (``head`` for headings, ``p``, ``list/item``, ``quote``,
``table/row/cell``); each block becomes one line of ``Article.text``, so headings keep
their own line and a paragraph never holds a line break. Photo captions inside
``<figure>`` are dropped by trafilatura; the segmenter handles those that stay.

Metadata: title, site name (else the host name) as the outlet, canonical URL and language
(else ``<html lang>``). The publication date comes from the page's metadata (meta tags,
JSON-LD, ``<time>`` markup, the URL; origin ``metadata``), else from an extensive search
of the page text by htmldate (origin ``page``; a bare year or month, which htmldate
reports as the 1st, is not taken), else ``--published``.

A page whose extracted text has no prose line (a few words of menu are not an article)
is skipped as ``no-body``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ..models import Article, Skipped
from .base import Context, clean_title, finish, one_line
from .decode import NotText, decode

#: Elements that start and end a line (trafilatura's output tags and their HTML cousins).
BLOCK_TAGS = frozenset(
    [
        "head",
        "p",
        "list",
        "item",
        "quote",
        "table",
        "row",
        "code",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "div",
        "ul",
        "ol",
        "li",
        "blockquote",
        "tr",
        "section",
        "article",
        "figure",
        "figcaption",
        "pre",
        "dd",
        "dt",
        "dl",
        "header",
        "footer",
        "main",
        "aside",
        "caption",
        "summary",
        "details",
        "address",
        "center",
        "fieldset",
        "nav",
        "body",
        "html",
    ]
)
_PROSE_TAGS = frozenset({"p", "div", "body", "section", "article", "main"})
_CELL_TAGS = frozenset({"cell", "td", "th"})
BREAK_TAGS = frozenset({"lb", "br", "hr", "graphic", "img"})
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "iframe", "object", "button"}
)

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_CJK_END = re.compile(r"[。！？][」』”）]*$")
_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_BREAK = "\x00"  # stands for a <br> in the text buffer
#: A prose line has at least this many words.
PROSE_WORDS = 6


def _tag(el: Any) -> str | None:
    tag = el.tag
    if not isinstance(tag, str):
        return None  # a comment or processing instruction
    return tag.rsplit("}", 1)[-1].lower()


def _runs_on(line: str, piece: str) -> bool:
    """Whether ``piece``, after a ``<br>``, continues the sentence ``line`` left open."""
    return not _SENTENCE_END.search(line) and not line.endswith(":") and piece[:1].islower()


def block_lines(root: Any) -> list[str]:
    """The text of an (X)HTML or trafilatura tree, one line per block element.

    A ``<br>`` ends a line, and so does a block, except where the text runs on in the
    middle of a sentence (no sentence end before, a lower-case word after): pages that
    break their paragraphs with ``<br>`` get them split into pieces by trafilatura.
    """
    lines: list[str] = []
    kinds: list[str] = []
    buffer: list[str] = []
    stack: list[str] = ["body"]

    def flush() -> None:
        pieces = [one_line(piece) for piece in "".join(buffer).split(_BREAK)]
        buffer.clear()
        kind = stack[-1]
        first = True
        for piece in pieces:
            if not piece:
                continue
            same_block = not first or (kind in _PROSE_TAGS and kinds and kinds[-1] in _PROSE_TAGS)
            if lines and same_block and _runs_on(lines[-1], piece):
                lines[-1] = f"{lines[-1]} {piece}"
            else:
                lines.append(piece)
                kinds.append(kind)
            first = False

    def walk(el: Any) -> None:
        tag = _tag(el)
        if tag in SKIP_TAGS:
            return
        if tag in BREAK_TAGS:
            buffer.append(_BREAK)
            return
        block = tag in BLOCK_TAGS
        if block:
            flush()
            stack.append(str(tag))
        elif tag in _CELL_TAGS and buffer:
            buffer.append(" | ")  # table cells of a row on one line
        if tag is not None and el.text:
            buffer.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buffer.append(child.tail)
        if block:
            flush()
            stack.pop()

    walk(root)
    flush()
    return lines


def fragment_lines(markup: str) -> list[str]:
    """Lines of an HTML fragment (a feed entry's summary or content)."""
    if "<" not in markup:
        return [line for line in (one_line(p) for p in markup.split("\n")) if line]
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return [
            line
            for line in (one_line(p) for p in re.sub(r"<[^>]+>", " ", markup).split("\n"))
            if line
        ]
    return block_lines(root)


def has_body(lines: Iterable[str]) -> bool:
    """Whether the lines hold prose: a sentence of 6+ words, or 25+ words in long lines.

    Scripts written without spaces (Chinese, Japanese) count a sentence of 30+
    characters ending in 。！？ as prose.
    """
    long_words = 0
    for line in lines:
        if len(line) >= 30 and _CJK_END.search(line):
            return True
        words = len(_WORD.findall(line))
        if words >= PROSE_WORDS:
            if _SENTENCE_END.search(line):
                return True
            long_words += words
    return long_words >= 25


def _plausible_page_date(found: str, markup: str) -> bool:
    """htmldate reports a bare year or month as the 1st: take the 1st only if it is written."""
    day = date.fromisoformat(found)
    if day.day != 1:
        return True
    month = _MONTHS[day.month - 1]
    low = markup.lower()
    return (
        found in low
        or re.search(
            rf"\b{month[:3]}[a-z]*\.?\s+0?1(?:st)?\b|\b0?1(?:st)?\s+(?:of\s+)?{month[:3]}", low
        )
        is not None
    )


def page_date(markup: str, url: str | None = None) -> str | None:
    """A date found by htmldate's extensive search of the page, or None."""
    import htmldate

    try:
        found = htmldate.find_date(markup, extensive_search=True, original_date=True, url=url)
    except Exception:  # htmldate is heuristic code on arbitrary pages: never fail a batch
        return None
    return found if found and _plausible_page_date(found, markup) else None


def _date_candidates(
    meta_date: str | None, markup: str, url: str | None, extra: Iterable[tuple[object, str]]
) -> Iterator[tuple[object, str]]:
    yield meta_date, "metadata"
    yield page_date(markup, url), "page"  # evaluated only when the metadata had no date
    yield from extra


def read_html(
    data: bytes | str,
    ctx: Context,
    *,
    id: str,
    source: str | None = None,
    url: str | None = None,
    declared: str | None = None,
    extra_dates: Iterable[tuple[object, str]] = (),
) -> Article | Skipped:
    """One article from an HTML page; ``extra_dates`` are tried after the page's own."""
    try:
        markup = decode(data, declared) if isinstance(data, bytes) else data
    except NotText as exc:
        return Skipped(id, exc.reason, exc.detail)
    if not markup.strip():
        return Skipped(id, "empty", "no text")
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_formatting=False,
            include_links=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura on arbitrary markup: never fail a batch
        return Skipped(id, "no-body", f"trafilatura failed: {type(exc).__name__}: {exc}")
    body = getattr(doc, "body", None)
    lines = block_lines(body) if body is not None else []
    if not has_body(lines):
        return Skipped(id, "no-body", "no article text found in the page")
    lang = getattr(doc, "language", None)
    if not lang:
        match = _LANG.search(markup[:4096])
        lang = match.group(1) if match else None
    outlet = getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
    page_url = getattr(doc, "url", None) or url
    title = clean_title(getattr(doc, "title", None), outlet, getattr(doc, "hostname", None))
    return finish(
        ctx,
        id=id,
        text="\n".join(lines),
        title=title,
        dates=_date_candidates(getattr(doc, "date", None), markup, url, extra_dates),
        url=page_url,
        outlet=outlet,
        language=re.split(r"[-_]", lang.strip().lower())[0] or None if lang else None,
        source=source,
        normalise=False,
    )
