"""Corpora of many articles: JSON Lines (or a JSON array), CSV/TSV and Parquet.

A record has a text column and optionally ``id``, ``title``, ``published``, ``url``,
``outlet`` and ``language``.
Columns are found by our field name, else by a few common aliases (``body``,
``content``, ``maintext``, ``headline``, ``date``, ``date_publish``, ``link``…), case
insensitively; ``columns`` maps our field names to a corpus's own names and then only
that name is used. A record's id is its id column, else ``path:line`` (JSON Lines, CSV:
the line the record starts on; Parquet and JSON arrays: the record number).

The file is streamed, never read whole (a JSON array excepted), and the size cap
(``max_bytes``) applies to each record: a JSONL line or a record's text over it is
skipped as ``too-large`` and the rest is read. A JSONL line that is not JSON is skipped
as ``bad-json``; a record without text as ``empty``; a CSV or Parquet file without a
text column, or a JSON record without one, as ``no-text-column``; a record whose text
is no string nor list of strings (a number, a mapping, bytes: a wrong column type) as
``bad-type``. A title, date, URL, outlet or language that is not one value (a list, a
mapping) is left out. A CSV field longer than four times ``max_bytes`` stops the file
with ``bad-csv`` (Python's csv module cannot skip it).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from ..models import Article, Skipped
from .base import Context, finish, one_line
from .decode import CP1252_FALLBACK, HEAD, NotText, bom_encoding, sniff_encoding

#: Column names tried, in order, for each of our fields when ``columns`` does not name one.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "docid", "document_id", "article_id", "uid", "guid"),
    "text": (
        "text",
        "body",
        "content",
        "maintext",
        "article",
        "article_text",
        "full_text",
        "fulltext",
        "story",
        "text_content",
    ),
    "title": ("title", "headline", "heading"),
    "published": (
        "published",
        "date",
        "published_at",
        "publish_date",
        "date_publish",
        "pubdate",
        "pub_date",
        "publication_date",
        "date_published",
        "datetime",
    ),
    "url": ("url", "link", "source_url", "uri", "target_uri"),
    "outlet": ("outlet", "sitename", "site_name", "source_domain", "publisher", "media_name"),
    "language": ("language", "lang"),
}
_CHUNK = 1 << 20
#: Bad lines at the start of a JSON Lines file after which it is taken for something else.
_GIVE_UP = 10


def resolve_columns(available: Iterable[str], mapping: Mapping[str, str]) -> dict[str, str | None]:
    """Which of the ``available`` columns holds each of our fields (None: not there)."""
    names = list(available)
    lower = {n.lower(): n for n in reversed(names)}
    found: dict[str, str | None] = {}
    for fld, aliases in ALIASES.items():
        wanted = mapping.get(fld)
        candidates = (wanted,) if wanted else aliases
        found[fld] = None
        for cand in candidates:
            if cand in names:
                found[fld] = cand
                break
            if cand.lower() in lower:
                found[fld] = lower[cand.lower()]
                break
    return found


def _wanted(fld: str, mapping: Mapping[str, str]) -> str:
    return mapping.get(fld) or " / ".join(ALIASES[fld][:4])


def outlet_of(url: str | None) -> str | None:
    """The host name of a URL without ``www.``, as a stand-in for the outlet's name."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _as_text(value: Any) -> str | None:
    """A text field as text: a string, or a list of paragraphs; None for anything else."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)) and all(isinstance(v, (str, type(None))) for v in value):
        return "\n".join(v for v in value if v is not None)
    return None  # a number, a mapping, bytes, a list of those: not text


def _scalar(value: Any) -> Any:
    """A metadata value (id, title, date, URL…) when it is one value, else None.

    A list, a mapping or bytes in a title or date column is a wrong column type, not a
    title: it is left out rather than stored as Python's ``repr`` of it.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int, float, dt.date)):
        return None
    return value


_KINDS = {"dict": "a mapping", "list": "a list", "tuple": "a list", "bytes": "bytes"}


def _kind(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "a number"
    return _KINDS.get(type(value).__name__, f"a {type(value).__name__}")


def record_article(
    record: Mapping[str, Any],
    cols: Mapping[str, str | None],
    ctx: Context,
    *,
    default_id: str,
    source: str,
) -> Article | Skipped:
    """One Article from one corpus record; a skip names the record by ``path:line``."""
    id_col, text_col = cols.get("id"), cols.get("text")
    raw_id = _scalar(record.get(id_col)) if id_col else None
    rid = default_id if raw_id is None or str(raw_id).strip() == "" else one_line(raw_id) or ""
    named = "" if rid == default_id else f"id {rid}: "
    if text_col is None or text_col not in record:
        fields = ", ".join(list(record)[:12])
        wanted = _wanted("text", ctx.columns)
        return Skipped(default_id, "no-text-column", f"{named}no {wanted} field; fields: {fields}")
    value = record.get(text_col)
    text = _as_text(value)
    if text is None:
        detail = f"{named}the {text_col} field is {_kind(value)}, not text"
        return Skipped(default_id, "bad-type", detail)
    if len(text) > ctx.max_bytes:
        detail = f"{named}text of {len(text)} characters > max_bytes={ctx.max_bytes}"
        return Skipped(default_id, "too-large", detail)
    title_col, date_col, url_col = cols.get("title"), cols.get("published"), cols.get("url")
    outlet_col, lang_col = cols.get("outlet"), cols.get("language")
    url = one_line(_scalar(record.get(url_col))) if url_col else None
    result = finish(
        ctx,
        id=rid,
        text=text,
        title=_scalar(record.get(title_col)) if title_col else None,
        dates=[(_scalar(record.get(date_col)), "metadata")] if date_col else (),
        url=url,
        outlet=(one_line(_scalar(record.get(outlet_col))) if outlet_col else None)
        or outlet_of(url),
        language=one_line(_scalar(record.get(lang_col))) if lang_col else None,
        source=source,
    )
    if isinstance(result, Skipped):
        return Skipped(default_id, result.reason, named + result.detail)
    return result


def stream_encoding(head: bytes) -> str:
    """A codec for reading a stream that starts with ``head`` (byte-order mark consumed)."""
    bom = bom_encoding(head)
    if bom:
        return {"utf-8": "utf-8-sig"}.get(bom[0], bom[0].split("-le")[0].split("-be")[0])
    return sniff_encoding(head[:HEAD])


def _text_stream(stream: BinaryIO, head: bytes) -> io.TextIOWrapper:
    encoding = stream_encoding(head)
    errors = CP1252_FALLBACK if encoding == "utf-8" else "replace"
    return io.TextIOWrapper(stream, encoding=encoding, errors=errors, newline="")


# --- JSON Lines ---------------------------------------------------------------------


def _json_records(values: Sequence[Any], ctx: Context, name: str) -> Iterator[Article | Skipped]:
    cache: dict[tuple[str, ...], dict[str, str | None]] = {}
    for n, rec in enumerate(values, 1):
        rid = f"{name}:{n}"
        if not isinstance(rec, dict):
            yield Skipped(
                rid, "bad-json", f"record {n} is a JSON {type(rec).__name__}, not an object"
            )
            continue
        key = tuple(rec)
        cols = cache.get(key) or cache.setdefault(key, resolve_columns(key, ctx.columns))
        yield record_article(rec, cols, ctx, default_id=rid, source=name)


def _whole_json(text: io.TextIOWrapper, ctx: Context, name: str) -> Iterator[Article | Skipped]:
    data = text.read(ctx.max_bytes + 1)
    if len(data) > ctx.max_bytes:
        yield Skipped(name, "too-large", f"a JSON document over max_bytes={ctx.max_bytes}")
        return
    try:
        value = json.loads(data)
    except json.JSONDecodeError as exc:
        yield Skipped(name, "bad-json", f"line {exc.lineno}: {exc.msg}")
        return
    yield from _json_records(value if isinstance(value, list) else [value], ctx, name)


def read_jsonl(
    stream: BinaryIO, ctx: Context, *, name: str, head: bytes
) -> Iterator[Article | Skipped]:
    """Records of a JSON Lines file (or of a JSON array / a pretty-printed JSON object)."""
    try:
        text = _text_stream(stream, head)
    except NotText as exc:
        yield Skipped(name, exc.reason, exc.detail)
        return
    start = head.decode("utf-8", "ignore").lstrip("\ufeff \t\r\n")
    first_line = start.split("\n", 1)[0].strip()
    if start.startswith("[") or first_line == "{":
        yield from _whole_json(text, ctx, name)
        return
    cache: dict[tuple[str, ...], dict[str, str | None]] = {}
    limit = ctx.max_bytes + 1
    lineno = 0
    seen = False
    early: list[Skipped] = []  # bad lines before the first good record, held back
    for_sure = False  # a record was read: this is JSON Lines, report bad lines one by one
    while True:
        line = text.readline(limit)
        if not line:
            break
        lineno += 1
        rid = f"{name}:{lineno}"
        if len(line) >= limit and not line.endswith("\n"):
            while line and not line.endswith("\n"):  # skip the rest of the long line
                line = text.readline(_CHUNK)
            yield Skipped(rid, "too-large", f"a line over max_bytes={ctx.max_bytes}")
            continue
        if not line.strip():
            continue
        seen = True
        try:
            rec = json.loads(line)
            problem = (
                None if isinstance(rec, dict) else f"a JSON {type(rec).__name__}, not an object"
            )
        except json.JSONDecodeError as exc:
            problem = f"{exc.msg} (column {exc.colno})"
        if problem:
            bad = Skipped(rid, "bad-json", f"line {lineno}: {problem}")
            if for_sure:
                yield bad
                continue
            early.append(bad)
            if len(early) >= _GIVE_UP:
                yield Skipped(
                    name,
                    "bad-json",
                    f"the first {_GIVE_UP} lines are not JSON objects: not JSON Lines",
                )
                return
            continue
        if not for_sure:
            for_sure = True
            yield from early
        key = tuple(rec)
        cols = cache.get(key) or cache.setdefault(key, resolve_columns(key, ctx.columns))
        yield record_article(rec, cols, ctx, default_id=rid, source=name)
    yield from early if not for_sure else ()
    if not seen:
        yield Skipped(name, "empty", "no records")


# --- CSV / TSV -----------------------------------------------------------------------


def _delimiter(name: str, head: bytes) -> str:
    low = name.lower().removesuffix(".gz")
    if low.endswith((".tsv", ".tab")):
        return "\t"
    first = head.decode("utf-8", "ignore").split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(
    stream: BinaryIO, ctx: Context, *, name: str, head: bytes
) -> Iterator[Article | Skipped]:
    """Records of a CSV or TSV file with a header row."""
    try:
        text = _text_stream(stream, head)
    except NotText as exc:
        yield Skipped(name, exc.reason, exc.detail)
        return
    csv.field_size_limit(max(csv.field_size_limit(), 4 * ctx.max_bytes))
    reader = csv.reader(text, delimiter=_delimiter(name, head))
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        yield Skipped(name, "empty", "no header row")
        return
    except csv.Error as exc:
        yield Skipped(name, "bad-csv", str(exc))
        return
    cols = resolve_columns(header, ctx.columns)
    if cols["text"] is None:
        wanted = _wanted("text", ctx.columns)
        yield Skipped(name, "no-text-column", f"no {wanted} column; columns: {', '.join(header)}")
        return
    line = reader.line_num
    rows = 0
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Skipped(f"{name}:{start}", "bad-csv", f"{exc}; the rest of the file is not read")
            return
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        record = dict(zip(header, row, strict=False))
        yield record_article(record, cols, ctx, default_id=f"{name}:{start}", source=name)
    if not rows:
        yield Skipped(name, "empty", "a header row and no records")


# --- Parquet -------------------------------------------------------------------------


#: Parquet (DuckDB) column types a text column may have: a string or a list of paragraphs.
_TEXT_TYPES = frozenset({"VARCHAR", "VARCHAR[]"})


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def read_parquet(path: str, ctx: Context, *, name: str) -> Iterator[Article | Skipped]:
    """Records of a Parquet file, read in batches with DuckDB."""
    import duckdb

    con = duckdb.connect(":memory:")
    try:
        try:
            cursor = con.execute("SELECT * FROM read_parquet(?) LIMIT 0", [path])
            header = [d[0] for d in cursor.description or ()]
        except duckdb.Error as exc:
            yield Skipped(name, "bad-parquet", str(exc).split("\n", 1)[0])
            return
        cols = resolve_columns(header, ctx.columns)
        if cols["text"] is None:
            wanted = _wanted("text", ctx.columns)
            yield Skipped(
                name, "no-text-column", f"no {wanted} column; columns: {', '.join(header)}"
            )
            return
        types = {d[0]: str(d[1]) for d in cursor.description or ()}
        text_type = types.get(cols["text"])
        if text_type not in _TEXT_TYPES:  # one skip for the file, not one per record
            detail = f"the {cols['text']} column is {text_type}, not text (VARCHAR)"
            yield Skipped(name, "bad-type", detail)
            return
        used = [c for c in dict.fromkeys(cols.values()) if c is not None]
        cursor = con.execute(
            f"SELECT {', '.join(_ident(c) for c in used)} FROM read_parquet(?)", [path]
        )
        n = 0
        while True:
            try:
                batch = cursor.fetchmany(1024)
            except duckdb.Error as exc:
                yield Skipped(f"{name}:{n + 1}", "bad-parquet", str(exc).split("\n", 1)[0])
                return
            if not batch:
                break
            for row in batch:
                n += 1
                record = dict(zip(used, row, strict=True))
                yield record_article(record, cols, ctx, default_id=f"{name}:{n}", source=name)
        if n == 0:
            yield Skipped(name, "empty", "no records")
    finally:
        con.close()
