"""Which reader a source needs: by its content first, then by its file name.

Strong content signatures win over the extension, so a ``.txt`` file that holds an HTML
page is read as HTML and a ``.xml`` file that holds an RSS feed as a feed: a Parquet or
WARC signature, a feed root element (``<rss>``, ``<feed>``, ``<rdf:RDF>``) or an HTML
document start. Otherwise the extension decides (``.csv`` cannot be told from text by
its content), and a file with no known extension is JSON Lines when it starts with
``{``, else plain text. Only the first few kilobytes are looked at.
"""

from __future__ import annotations

import re
import zlib

from .decode import HEAD, NotText, bom_encoding, sniff_encoding

#: Formats a reader exists for (``auto`` is the sniffing itself).
FORMATS = ("text", "html", "jsonl", "csv", "parquet", "rss", "warc", "xml")

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".tab": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".rss": "rss",
    ".atom": "rss",
    ".rdf": "rss",
    ".xml": "rss",
    ".warc": "warc",
    ".arc": "warc",
    ".sgml": "xml",
    ".sgm": "xml",
    ".tml": "xml",
    ".nitf": "xml",
    ".newsml": "xml",
}

_ROOT_ELEMENT = re.compile(
    r"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!doctype[^>\[]*(?:\[.*?\])?\s*>)*<(?:[\w-]+:)?([a-z][\w.-]*)",
    re.DOTALL,
)
#: Root elements of news markup read by ``newsxml``: LDC SGML and TimeML, NITF and NewsML.
LDC_ROOTS = frozenset({"doc", "timeml"})
NEWS_XML_ROOTS = frozenset({"nitf", "newsitem", "newsmessage"})
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>/]")
_GZIP = b"\x1f\x8b"


def strip_compression(name: str) -> tuple[str, bool]:
    """The name without a ``.gz`` suffix, and whether it had one."""
    low = name.lower()
    if low.endswith(".gz"):
        return name[:-3], True
    return name, False


def by_extension(name: str | None) -> str | None:
    """The format a file name's extension announces (``.warc.gz`` is WARC), or None."""
    if not name:
        return None
    inner, _ = strip_compression(name)
    dot = inner.rfind(".")
    if dot < 0 or "/" in inner[dot:]:
        return None
    return EXTENSIONS.get(inner[dot:].lower())


def gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream ('' if they cannot be had)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD)
    except zlib.error:
        return b""


def _text_head(head: bytes) -> str:
    """The start of a text document, lower-cased, without byte-order mark or leading space."""
    encoding = sniff_encoding(head)
    bom = bom_encoding(head)
    raw = head[bom[1] :] if bom else head
    return raw.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n").lower()


def markup_kind(text: str) -> str | None:
    """``ldc`` (SGML ``<DOC>``, TimeML) or ``xml`` (NITF, NewsML-G2) from the root element."""
    match = _ROOT_ELEMENT.match(text[:HEAD].lower())
    if not match:
        return None
    root = match.group(1)
    if root in LDC_ROOTS:
        return "ldc"
    return "xml" if root in NEWS_XML_ROOTS else None


def by_content(head: bytes) -> str | None:
    """The format a strong content signature shows, or None. Raises ``NotText`` for binary."""
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(_GZIP):
        return "warc" if gunzip_head(head).startswith(b"WARC/") else None
    text = _text_head(head)
    if not text.startswith("<"):
        return None
    if markup_kind(text):
        return "xml"
    start = text[:2048]
    feed = _FEED_ROOT.search(start)
    html = _HTML_START.search(start)
    if feed and (html is None or feed.start() < html.start()):
        return "rss"
    if html:
        return "html"
    return None


def sniff(name: str | None, head: bytes) -> str:
    """The format to read a source with: content signature, then extension, then a guess.

    ``head`` is the source's first bytes (already decompressed when the source is a
    gzip file other than a WARC). Raises ``NotText`` when ``head`` is binary and no
    binary reader (Parquet, WARC) claims it.
    """
    strong = by_content(head)
    if strong:
        return strong
    ext = by_extension(name)
    if ext:
        return ext
    if head.startswith(_GZIP):
        raise NotText("binary", "gzip data of an unknown kind")
    text = _text_head(head)
    if text.startswith("{"):
        return "jsonl"
    return "text"


__all__ = ["FORMATS", "NotText", "by_content", "by_extension", "sniff", "strip_compression"]
