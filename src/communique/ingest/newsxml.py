"""News-agency and corpus markup: LDC SGML (Gigaword, AQUAINT), TimeML, NITF and NewsML-G2.

LDC corpora (English Gigaword, AQUAINT, TDT) pack many stories in one file, each a
``<DOC>`` with an id, a ``type`` (``story``, ``multi``, ``advis``, ``other``), a
``<HEADLINE>``, a ``<DATELINE>`` and a ``<TEXT>`` of ``<P>`` paragraphs (or of
hard-wrapped lines). Files are streamed one ``<DOC>`` at a time; a document that is not
a story (an advisory, a schedule) is skipped as ``not-a-story``; the date is the
``<DATE_TIME>``/``<DATE>`` element, else the one in the id (``APW19980807.0261``).
TimeML files (TempEval) are one such document, dated by their ``<DCT>``.

NITF and NewsML-G2 (the formats news agencies deliver) are one XML document per file:
headline (``hl1``, ``headline``), date (``date.issue``, ``firstCreated``…), id
(``doc-id``, ``guid``) and body (``body.content``, ``inlineXML``), read with lxml.
Entities are never resolved and nothing is loaded from the network or from a file (an
external entity such as ``SYSTEM "file:///etc/passwd"`` stays unread), and libxml2's
limits stop an entity bomb ("billion laughs") or markup nested thousands deep: such a
document, cut short by the parser, is skipped as ``bad-xml`` with libxml2's message.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..models import Article, Skipped
from .base import Context, finish, one_line
from .decode import NotText, decode
from .html import block_lines
from .tabular import _text_stream

_DOC_START = re.compile(r"<(DOC|TimeML)(?:\s[^>]*)?>", re.IGNORECASE)
_DOC_END = re.compile(r"</(DOC|TimeML)\s*>", re.IGNORECASE)
_ATTR = re.compile(r"""\b(id|type)\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_ID_DATE = re.compile(r"(?<!\d)((?:19|20)\d{6})(?!\d)")
_DCT_VALUE = re.compile(r"<DCT>.*?value\s*=\s*[\"'](\d{4}-\d{2}-\d{2})", re.IGNORECASE | re.DOTALL)
_PARAGRAPH = re.compile(r"<P>(.*?)</P>", re.IGNORECASE | re.DOTALL)
_STORY_TYPES = frozenset({"story"})


def _element(doc: str, *names: str) -> str | None:
    for name in names:
        match = re.search(rf"<{name}(?:\s[^>]*)?>(.*?)</{name}\s*>", doc, re.IGNORECASE | re.DOTALL)
        if match:
            return match.group(1)
    return None


def _plain(markup: str) -> str:
    """Text without tags or entities; LDC's ``quotes''`` become curly quotes."""
    text = html.unescape(_TAG.sub("", markup))
    return text.replace("``", "“").replace("''", "”")


def _text_lines(markup: str) -> list[str]:
    """A ``<TEXT>``: one line per ``<P>``, else its own lines (hard wraps re-joined later)."""
    paragraphs = _PARAGRAPH.findall(markup)
    if paragraphs:
        return [line for line in (one_line(_plain(p)) for p in paragraphs) if line]
    text = _plain(markup)
    # an indented line opens a paragraph in LDC text without <P>
    text = re.sub(r"\n[ \t]+(?=\S)", "\n\n", text)
    return [text]


def ldc_article(doc: str, ctx: Context, *, default_id: str, source: str) -> Article | Skipped:
    """One article from the markup of one ``<DOC>`` (or a TimeML document)."""
    opening = _DOC_START.search(doc)
    attrs = {k.lower(): v for k, v in _ATTR.findall(opening.group(0))} if opening else {}
    docno = _element(doc, "DOCNO", "DOCID")
    doc_id = attrs.get("id") or (one_line(_plain(docno)) if docno else None) or default_id
    kind = attrs.get("type", "story").lower()
    if kind not in _STORY_TYPES:
        return Skipped(doc_id, "not-a-story", f"an LDC document of type {kind!r}")
    headline = _element(doc, "HEADLINE", "TITLE")
    dateline = _element(doc, "DATELINE")
    body = _element(doc, "TEXT")
    if body is None:
        return Skipped(doc_id, "empty", "no <TEXT>")
    lines = _text_lines(body)
    if dateline and one_line(_plain(dateline)):
        lines.insert(0, one_line(_plain(dateline)) or "")
    dates: list[tuple[object, str]] = []
    dct = _DCT_VALUE.search(doc)
    if dct:
        dates.append((dct.group(1), "metadata"))
    written = _element(doc, "DATE_TIME", "DATE")
    if written:
        dates.append((one_line(_plain(written)), "metadata"))
    from_id = _ID_DATE.search(doc_id)
    if from_id:
        dates.append((from_id.group(1), "metadata"))
    return finish(
        ctx,
        id=doc_id,
        text="\n\n".join(lines),
        title=_plain(headline) if headline else None,
        dates=dates,
        source=source,
    )


def read_ldc(
    stream: BinaryIO, ctx: Context, *, name: str, head: bytes
) -> Iterator[Article | Skipped]:
    """Every ``<DOC>`` of an LDC SGML file (or the one document of a TimeML file), streamed."""
    try:
        text = _text_stream(stream, head)
    except NotText as exc:
        yield Skipped(name, exc.reason, exc.detail)
        return
    buffer: list[str] = []
    size, count = 0, 0
    inside = oversize = False
    for line in text:
        while line:
            if not inside:
                start = _DOC_START.search(line)
                if not start:
                    break
                inside, oversize, size, buffer = True, False, 0, []
                line = line[start.start() :]
            end = _DOC_END.search(line)
            piece, line = (line[: end.end()], line[end.end() :]) if end else (line, "")
            size += len(piece)
            if not buffer:
                buffer.append(piece[:2000] if size > ctx.max_bytes else piece)  # keeps the id
            elif size > ctx.max_bytes:
                oversize, buffer = True, buffer[:1]
            elif not oversize:
                buffer.append(piece)
            if end:
                inside = False
                count += 1
                doc = "".join(buffer)
                if oversize or size > ctx.max_bytes:
                    opening = _DOC_START.search(doc)
                    attrs = (
                        {k.lower(): v for k, v in _ATTR.findall(opening.group(0))}
                        if opening
                        else {}
                    )
                    doc_id = attrs.get("id", f"{name}#{count}")
                    yield Skipped(doc_id, "too-large", f"a document over max_bytes={ctx.max_bytes}")
                else:
                    yield ldc_article(doc, ctx, default_id=f"{name}#{count}", source=name)
    if inside:
        yield Skipped(
            name, "truncated", f"after {count} documents: the last one has no closing tag"
        )
    elif count == 0:
        yield Skipped(name, "empty", "no <DOC> documents")


def _xpath_text(root: Any, *paths: str) -> str | None:
    for path in paths:
        found = root.xpath(path)
        for item in found:
            raw = item if isinstance(item, str) else " ".join(item.itertext())
            value = one_line(raw)
            if value:
                return value
    return None


def _fatal(log: Any) -> str | None:
    """libxml2's message when it stopped reading the document, else None."""
    from lxml import etree

    for entry in log:
        if entry.level >= etree.ErrorLevels.FATAL and (
            entry.domain_name == "PARSER" and entry.type_name in _FATAL_TYPES
        ):
            return f"line {entry.line}: {entry.message.strip()}"
    return None


#: libxml2 errors after which a recovering parse keeps only the part read before them.
_FATAL_TYPES = frozenset({"ERR_RESOURCE_LIMIT", "ERR_ENTITY_LOOP", "ERR_INTERNAL_ERROR"})


def _local(name: str) -> str:
    return f"*[local-name()='{name}']"


def read_news_xml(data: bytes, ctx: Context, *, name: str) -> Article | Skipped:
    """One NITF or NewsML-G2 document."""
    from lxml import etree

    try:
        markup = decode(data)
    except NotText as exc:
        return Skipped(name, exc.reason, exc.detail)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", markup).encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        return Skipped(name, "bad-xml", str(exc))
    if root is None:
        return Skipped(name, "bad-xml", "no XML document")
    fatal = _fatal(parser.error_log)
    title = _xpath_text(
        root,
        f"//{_local('hedline')}/{_local('hl1')}",
        f"//{_local('contentMeta')}/{_local('headline')}",
        f"//{_local('head')}/{_local('title')}",
    )
    doc_id = (
        _xpath_text(
            root, f"//{_local('doc-id')}/@id-string", "/*/@guid", f"//{_local('newsItem')}/@guid"
        )
        or name
    )
    dates = [
        (value, "metadata")
        for value in (
            _xpath_text(root, f"//{_local('date.issue')}/@norm"),
            _xpath_text(root, f"//{_local('pubdata')}/@date.publication"),
            _xpath_text(root, f"//{_local('contentMeta')}/{_local('contentCreated')}"),
            _xpath_text(root, f"//{_local('itemMeta')}/{_local('firstCreated')}"),
            _xpath_text(root, f"//{_local('itemMeta')}/{_local('versionCreated')}"),
        )
        if value
    ]
    bodies = root.xpath(f"//{_local('body.content')}") or root.xpath(f"//{_local('inlineXML')}")
    lines: list[str] = []
    for body in bodies:
        lines.extend(block_lines(body))
    if fatal:  # the parser gave up (an entity bomb, markup nested too deep): no partial text
        return Skipped(doc_id, "bad-xml", fatal)
    if not lines:
        return Skipped(doc_id, "no-body", "no body.content or inlineXML text")
    return finish(
        ctx,
        id=doc_id,
        text="\n".join(lines),
        title=title,
        dates=dates,
        source=name,
        normalise=False,
    )
