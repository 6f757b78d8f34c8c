"""WARC and WARC.GZ archives (Common Crawl CC-NEWS and the like), streamed with warcio.

Each ``response`` record holding an HTML page with a 2xx status is read as an HTML article
(``html.read_html``): its id and URL are the record's ``WARC-Target-URI``; its date comes
from the page (metadata, then page text), else the record's ``WARC-Date`` (origin
``metadata``), else ``--published``. ``resource`` records with HTML and ``conversion``
records with plain text (WET files) are read too. Requests, metadata, redirects, error
pages and non-HTML payloads (images, scripts) are not articles and pass silently.

A record over ``max_bytes`` is skipped as ``too-large`` without being held in memory.
A header line is read up to 64 KiB, and a ``.warc.gz`` that inflates like a gzip bomb
(``inflate``) stops with ``Skipped("bad-gzip")`` after the records before it.
A damaged archive yields the records before the damage, then ``Skipped("truncated")``:
a record whose content ends early, a gzip member cut short, bytes after the last
complete record, or a header warcio cannot parse.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..models import Article, Skipped
from .base import Context
from .decode import HEAD, NotText
from .html import read_html
from .inflate import Counting, GzipBomb, check_ratio
from .sniff import by_content
from .text import read_text

_HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Blank-line padding allowed after the last record of an uncompressed archive.
_SLACK = 16


#: The longest header line read: warcio reads a line until its end, however long.
_MAX_LINE = 64 << 10


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _kind(record: Any) -> tuple[str | None, str]:
    """('html' | 'text' | None, content type) for a record worth reading."""
    rtype = record.rec_type
    if rtype == "response":
        http = record.http_headers
        if http is None or not str(http.get_statuscode() or "").startswith("2"):
            return None, ""
        ctype = (
            http.get_header("Content-Type")
            or record.rec_headers.get_header("WARC-Identified-Payload-Type")
            or ""
        )
        if not ctype:
            return "sniff", ""  # no declared type: look at the payload
    elif rtype in ("resource", "conversion"):
        ctype = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None, ""
    low = ctype.lower()
    if any(t in low for t in _HTML_TYPES):
        return "html", ctype
    if rtype == "conversion" and (low.startswith("text/plain") or not low):
        return "text", ctype
    return None, ctype


def read_warc(stream: BinaryIO, ctx: Context, *, name: str) -> Iterator[Article | Skipped]:
    """Articles from the HTML records of a WARC file, in archive order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import DecompressingBufferedReader
    from warcio.exceptions import ArchiveLoadFailed

    class _Reader(DecompressingBufferedReader):
        """warcio's reader with a bounded line and a bound on how far gzip inflates."""

        compressed = 0

        def readline(self, length: int | None = None) -> bytes:
            return bytes(super().readline(min(length or _MAX_LINE, _MAX_LINE)))

        def _process_read(self, data: bytes) -> None:
            self.compressed += len(data)
            super()._process_read(data)
            if self.decompressor is not None:
                check_ratio(self.num_read, self.compressed)

    class _Iterator(ArchiveIterator):
        """Remembers, when warcio closes it, whether the last gzip member was complete."""

        gzip_cut = False
        compressed = False
        INC_RECORD = ""  # warcio's warning prints the rest of a bad record: a skip says it

        def __init__(self, fileobj: Any) -> None:
            super().__init__(fileobj)
            self.reader = _Reader(self.fh)

        def close(self) -> None:
            decompressor = getattr(self.reader, "decompressor", None) if self.reader else None
            if decompressor is not None:
                self.compressed = True
                self.gzip_cut = not decompressor.eof
            super().close()

    counting = Counting(stream)
    iterator = _Iterator(counting)
    records = 0
    last_end = 0
    try:
        for record in iterator:
            if record.rec_type is None:
                raise ValueError("a record header cut short")
            records += 1
            kind, ctype = _kind(record)
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#{records}"
            length = int(record.rec_headers.get_header("Content-Length") or 0)
            content: bytes | None = None
            if kind and length > ctx.max_bytes:
                yield Skipped(
                    uri, "too-large", f"record of {length} bytes > max_bytes={ctx.max_bytes}"
                )
            elif kind:
                content = record.content_stream().read(ctx.max_bytes + 1)
            iterator.read_to_end(record)
            if getattr(record.raw_stream, "limit", 0):
                raise ValueError(f"record {records} ({uri}) ends early")
            last_end = iterator.get_record_offset() + iterator.get_record_length()
            if content is None:
                continue
            if kind == "sniff":
                try:
                    sniffed = by_content(content[:HEAD])
                except NotText:
                    sniffed = None
                if sniffed != "html":
                    continue
                kind = "html"
            if len(content) > ctx.max_bytes:
                yield Skipped(uri, "too-large", f"payload over max_bytes={ctx.max_bytes}")
                continue
            warc_date = record.rec_headers.get_header("WARC-Date")
            if kind == "html":
                yield read_html(
                    content,
                    ctx,
                    id=uri,
                    source=name,
                    url=uri,
                    declared=_charset(ctype),
                    extra_dates=[(warc_date, "metadata")],
                )
            else:
                yield read_text(
                    content, ctx, id=uri, source=name, url=uri, declared=_charset(ctype)
                )
    except GzipBomb as exc:
        yield Skipped(name, "bad-gzip", f"after {records} records: {exc}")
        return
    except ArchiveLoadFailed as exc:
        reason = "truncated" if records else "bad-warc"
        yield Skipped(name, reason, f"after {records} records: {str(exc).strip()[:200]}")
        return
    except (EOFError, OSError, ValueError, AttributeError, TypeError, zlib.error) as exc:
        # warcio fails with AttributeError/TypeError on a header cut in the middle
        yield Skipped(name, "truncated", f"after {records} records: {type(exc).__name__}: {exc}")
        return
    if iterator.gzip_cut:
        yield Skipped(
            name, "truncated", f"after {records} records: the last gzip member is cut short"
        )
    elif records == 0:
        yield Skipped(name, "bad-warc" if counting.count else "empty", "no WARC records")
    elif not iterator.compressed and counting.count > last_end + _SLACK:
        leftover = counting.count - last_end
        yield Skipped(
            name, "truncated", f"after {records} records: {leftover} bytes of a cut record"
        )
