"""From the sources a user names (paths, folders, ``-``, URLs) to the right reader.

Each source is opened, its first bytes sniffed (``sniff``) unless the user forced a
format, and handed to its reader; what comes back, in input order, is one ``Article``
or ``Skipped`` per document. Folders are read recursively in sorted path order, hidden
files and folders (``.name``) left out. A ``.gz`` file other than a WARC is read through
gzip and sniffed by its inner name and content; one that inflates like a gzip bomb is
skipped as ``bad-gzip`` (``inflate``).

The size cap ``max_bytes`` applies to a document: a text, HTML, feed, NITF or NewsML
file over it is skipped as ``too-large`` from its size alone, without being read; a
corpus (JSON Lines, CSV, Parquet, WARC, LDC SGML) is streamed and the cap applies to
each of its records.

A missing path is a ``SourceNotFoundError`` when it is the only source (the user's
mistake, reported at once), and a ``Skipped("not-found")`` among several, so that one
typo does not stop a batch. Only ``http://`` and ``https://`` URLs are fetched: a
source written as another URL (``file:``, ``ftp:``, ``data:``…) that is no existing path
is a ``UsageError`` alone and a ``Skipped("bad-url")`` among several.

A file's id is its path as the user can read it: bytes of its name that are not UTF-8
are written as ``\\xff`` and control characters (a line break in a name) as ``\\n``,
so a name never breaks a one-line report nor reaches the database as text that is not
Unicode. Symbolic links to folders are not followed (no walk can loop); a link that
leads nowhere, or in a circle, is a ``Skipped("unreadable")``.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import sys
import tempfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import SourceNotFoundError, UnknownFormatError, UsageError
from ..models import Article, Skipped
from ..settings import Settings
from .base import FIELDS, Context
from .decode import HEAD, NotText, decode
from .feed import read_feed
from .html import read_html
from .inflate import GzipBomb, Inflated
from .newsxml import read_ldc, read_news_xml
from .published import parse_date
from .sniff import by_content, markup_kind, sniff, strip_compression
from .tabular import read_csv, read_jsonl, read_parquet
from .text import read_text
from .warc import read_warc
from .web import Fetched, fetch, is_url, make_client

INPUT_FORMATS = ("auto", "text", "html", "jsonl", "csv", "parquet", "rss", "warc", "xml")
#: Other names users type for the formats.
FORMAT_ALIASES = {
    "txt": "text",
    "plain": "text",
    "htm": "html",
    "json": "jsonl",
    "ndjson": "jsonl",
    "tsv": "csv",
    "feed": "rss",
    "atom": "rss",
    "pq": "parquet",
    "warc.gz": "warc",
    "sgml": "xml",
    "gigaword": "xml",
    "ldc": "xml",
    "timeml": "xml",
    "nitf": "xml",
    "newsml": "xml",
}
#: Media types of fetched documents, for when their content has no strong signature.
MEDIA_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "rss",
    "application/atom+xml": "rss",
    "application/rdf+xml": "rss",
    "application/xml": "rss",
    "text/xml": "rss",
    "text/plain": "text",
    "application/json": "jsonl",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "text/csv": "csv",
    "text/tab-separated-values": "csv",
    "application/warc": "warc",
    "application/vnd.apache.parquet": "parquet",
}
_SINGLE = ("text", "html", "rss")

Item = Article | Skipped


def normalise_format(input_format: str) -> str:
    """The canonical name of an input format; ``UnknownFormatError`` if there is none."""
    fmt = (input_format or "auto").strip().lower()
    fmt = FORMAT_ALIASES.get(fmt, fmt)
    if fmt not in INPUT_FORMATS:
        raise UnknownFormatError(
            f"unknown input format {input_format!r}; use one of: {', '.join(INPUT_FORMATS)}"
        )
    return fmt


def read_sources(
    sources: Sequence[str],
    *,
    settings: Settings,
    published: str | None = None,
    input_format: str = "auto",
    columns: Mapping[str, str] | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Read every source, in input order, as ``Article`` or ``Skipped`` records.

    ``sources`` are file paths, folders, ``-`` (stdin) or http(s) URLs. ``published``
    (``--published``) is the fallback publication date (origin ``flag``); ``columns``
    maps our field names (id, text, title, published, url, outlet, language) to a
    corpus's column names.

    Checked at once, before anything is read: the format (``UnknownFormatError``), the
    date (``BadDateError``), the column mapping (``UsageError``) and, when there is a
    single source, that it exists (``SourceNotFoundError``). A missing path among
    several sources is a ``Skipped("not-found")`` and the batch goes on.
    """
    fmt = normalise_format(input_format)
    flag = parse_date(published) if published else None
    mapping = dict(columns or {})
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise UsageError(f"unknown column field {', '.join(unknown)}; known: {', '.join(FIELDS)}")
    sources = [os.fsdecode(s) for s in sources]
    if len(sources) == 1 and _missing(sources[0]):
        scheme = url_scheme(sources[0])
        if scheme:
            raise UsageError(_refused(sources[0], scheme))
        raise SourceNotFoundError(f"no such file or folder: {readable(sources[0])}")
    ctx = Context(settings=settings, published=flag, input_format=fmt, columns=mapping)
    return _read_all(sources, ctx, stdin)


def _guarded(items: Iterator[Item], source: str) -> Iterator[Item]:
    """Pass a source's records through; a reader that fails unexpectedly becomes a skip.

    The readers turn every damage they know into ``Skipped`` records; this is the net
    under them, so that one document that trips a library never stops a batch.
    """
    last = source
    try:
        for item in items:
            last = item.id if isinstance(item, Article) else item.source
            yield item
    except Exception as exc:  # noqa: BLE001 - recorded as a skip, the batch goes on
        yield Skipped(
            last if last != source else source, "read-error", f"{type(exc).__name__}: {exc}"
        )


def _missing(source: str) -> bool:
    return source != "-" and not is_url(source) and not os.path.exists(source)


#: ``scheme:`` at the start of a source: a URL (two letters at least: ``C:`` is a drive).
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")


def url_scheme(source: str) -> str | None:
    """The scheme of a source written as a URL other than http(s), or None."""
    match = _SCHEME.match(source)
    if not match or is_url(source):
        return None
    return match.group(1).lower()


def _refused(source: str, scheme: str) -> str:
    shown = readable(source if len(source) <= 80 else source[:77] + "...")
    return f"cannot read {shown}: only http:// and https:// URLs are fetched, not {scheme}:"


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def readable(name: str | os.PathLike[str]) -> str:
    """A file name as one line of Unicode text: bytes that are not UTF-8 as ``\\xff``,
    control characters (a line break) as ``\\n``; a plain name comes back unchanged."""
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: repr(m.group(0))[1:-1], text)


def _read_all(sources: list[str], ctx: Context, stdin: BinaryIO | None) -> Iterator[Item]:
    client: Any = None
    try:
        for source in sources:
            if source == "-":
                # a text stream (sys.stdin) is read through its binary buffer
                stream: Any = stdin if stdin is not None else sys.stdin
                yield from _guarded(
                    read_stream(getattr(stream, "buffer", stream), ctx, id="-"), "-"
                )
            elif is_url(source):
                client = client or make_client(ctx.settings)
                yield from _guarded(read_url(source, ctx, client), source)
            elif _missing(source) and url_scheme(source):
                yield Skipped(
                    readable(source), "bad-url", _refused(source, url_scheme(source) or "")
                )
            else:
                yield from _guarded(read_path(source, ctx), source)
    finally:
        if client is not None:
            client.close()


# --- paths ---------------------------------------------------------------------------


def walk(folder: Path) -> list[Path]:
    """Files under ``folder``, recursively, sorted by path, hidden ones left out."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / f for f in files if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def read_path(source: str, ctx: Context) -> Iterator[Item]:
    """A file or, recursively, a folder."""
    path = Path(source)
    if path.is_dir():
        files = walk(path)
        if not files:
            yield Skipped(source, "empty", "a folder with no files")
        for file in files:
            yield from read_file(file, ctx, id=readable(file))
    elif path.exists():
        yield from read_file(path, ctx, id=readable(source))
    else:
        yield Skipped(readable(source), "not-found", "no such file or folder")


def read_file(path: Path, ctx: Context, *, id: str) -> Iterator[Item]:
    """One file, of any format."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in finally, after the generator ends
    except OSError as exc:
        yield Skipped(id, "unreadable", exc.strerror or str(exc))
        return
    try:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            yield Skipped(id, "empty", "an empty file")
            return
        head = handle.read(HEAD)
        handle.seek(0)
        yield from _dispatch(handle, head, ctx, id=id, name=path.name, size=size, path=path)
    except OSError as exc:
        yield Skipped(id, "unreadable", exc.strerror or str(exc))
    finally:
        handle.close()


# --- streams (stdin, fetched bytes) ---------------------------------------------------


class _Prefixed(io.RawIOBase):
    """A stream that yields ``head`` again before the rest of ``rest``."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def read_stream(
    stream: BinaryIO, ctx: Context, *, id: str, name: str | None = None
) -> Iterator[Item]:
    """A document or corpus arriving on a stream (stdin): sniffed, then read."""
    head = stream.read(HEAD)
    if not head:
        yield Skipped(id, "empty", "no input")
        return
    joined = io.BufferedReader(_Prefixed(head, stream))
    yield from _dispatch(joined, head, ctx, id=id, name=name, size=None, path=None)


def read_url(url: str, ctx: Context, client: Any) -> Iterator[Item]:
    """A fetched page, feed or corpus."""
    got = fetch(url, client, ctx.settings)
    if isinstance(got, Skipped):
        yield got
        return
    yield from read_fetched(got, ctx, id=url)


def read_fetched(got: Fetched, ctx: Context, *, id: str) -> Iterator[Item]:
    """A document already fetched (a page, feed or corpus), read by its content and type."""
    if not got.data:
        yield Skipped(id, "empty", "the server sent no content")
        return
    yield from _dispatch(
        io.BytesIO(got.data),
        got.data[:HEAD],
        ctx,
        id=id,
        name=_url_name(got),
        size=len(got.data),
        path=None,
        fetched=got,
    )


def _url_name(got: Fetched) -> str:
    return got.final_url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]


# --- dispatch --------------------------------------------------------------------------


def _format(head: bytes, ctx: Context, name: str | None, fetched: Fetched | None) -> str:
    if ctx.input_format != "auto":
        return ctx.input_format
    if fetched is not None:
        strong = by_content(head)
        if strong:
            return strong
        media = MEDIA_TYPES.get(fetched.media_type)
        if media:
            return media
    return sniff(name, head)


def _dispatch(
    stream: BinaryIO,
    head: bytes,
    ctx: Context,
    *,
    id: str,
    name: str | None,
    size: int | None,
    path: Path | None,
    fetched: Fetched | None = None,
) -> Iterator[Item]:
    is_gzip = head.startswith(b"\x1f\x8b")
    try:
        fmt = _format(head, ctx, name, fetched)
    except NotText as exc:
        if not is_gzip:
            yield Skipped(id, exc.reason, exc.detail)
            return
        fmt = "auto"
    if is_gzip and fmt not in ("warc", "parquet"):
        inner_name = strip_compression(name)[0] if name else None
        inner = Inflated(stream)
        try:
            inner_head = inner.read(HEAD) or b""
        except (OSError, EOFError, zlib.error) as exc:
            yield Skipped(id, "bad-gzip", str(exc))
            return
        joined = io.BufferedReader(_Prefixed(inner_head, inner))  # type: ignore[arg-type]
        if ctx.input_format == "auto":
            try:
                fmt = sniff(inner_name, inner_head)
            except NotText as exc:
                yield Skipped(id, exc.reason, exc.detail)
                return
        if fmt in ("warc", "parquet"):
            yield Skipped(id, "bad-gzip", f"a gzip-compressed {fmt} file: decompress it first")
            return
        try:
            yield from _read_as(
                fmt, joined, inner_head, ctx, id=id, size=None, path=None, fetched=fetched
            )
        except GzipBomb as exc:
            yield Skipped(id, "bad-gzip", str(exc))
        except (EOFError, OSError, zlib.error) as exc:  # a cut or corrupt gzip stream
            yield Skipped(id, "truncated", f"gzip stream: {type(exc).__name__}: {exc}")
        return
    yield from _read_as(fmt, stream, head, ctx, id=id, size=size, path=path, fetched=fetched)


def _read_as(
    fmt: str,
    stream: BinaryIO,
    head: bytes,
    ctx: Context,
    *,
    id: str,
    size: int | None,
    path: Path | None,
    fetched: Fetched | None,
) -> Iterator[Item]:
    if fmt == "jsonl":
        yield from read_jsonl(stream, ctx, name=id, head=head)
    elif fmt == "csv":
        yield from read_csv(stream, ctx, name=id, head=head)
    elif fmt == "warc":
        yield from read_warc(stream, ctx, name=id)
    elif fmt == "parquet":
        yield from _parquet(stream, ctx, id=id, path=path)
    elif fmt == "xml" and _is_ldc(head):
        yield from read_ldc(stream, ctx, name=id, head=head)
    elif fmt in _SINGLE or fmt == "xml":
        cap = ctx.max_bytes
        if size is not None and size > cap:
            yield Skipped(id, "too-large", f"{size} bytes > max_bytes={cap}")
            return
        data = stream.read(cap + 1)
        if len(data) > cap:
            yield Skipped(id, "too-large", f"more than max_bytes={cap} bytes")
            return
        yield from read_document(fmt, data, ctx, id=id, fetched=fetched)
    else:  # pragma: no cover - normalise_format guards this
        raise UnknownFormatError(f"unknown input format {fmt!r}")


def read_document(
    fmt: str, data: bytes, ctx: Context, *, id: str, fetched: Fetched | None = None
) -> Iterator[Item]:
    """One text, HTML or feed document already in memory."""
    url = fetched.final_url if fetched else None
    declared = fetched.charset if fetched else None
    if not data.strip():
        yield Skipped(id, "empty", "only white space")
    elif fmt == "html":
        yield read_html(data, ctx, id=id, source=id, url=url, declared=declared)
    elif fmt == "rss":
        yield from read_feed(data, ctx, name=id, url=url)
    elif fmt == "xml":
        yield read_news_xml(data, ctx, name=id)
    else:
        yield read_text(data, ctx, id=id, source=id, url=url, declared=declared)


def _is_ldc(head: bytes) -> bool:
    try:
        text = decode(head)
    except NotText:
        return False
    kind = markup_kind(text.lstrip("\ufeff"))
    return kind == "ldc" or (kind is None and "<doc" in text.lower())


def _parquet(stream: BinaryIO, ctx: Context, *, id: str, path: Path | None) -> Iterator[Item]:
    if path is not None:
        yield from read_parquet(str(path), ctx, name=id)
        return
    with tempfile.TemporaryDirectory(prefix="communique-") as tmp:  # DuckDB reads files only
        spool = Path(tmp) / "input.parquet"
        with open(spool, "wb") as out:
            shutil.copyfileobj(stream, out)
        yield from read_parquet(str(spool), ctx, name=id)


__all__ = ["INPUT_FORMATS", "normalise_format", "read_sources"]
