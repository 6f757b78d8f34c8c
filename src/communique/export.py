"""Export a table of the store as CSV, JSON Lines or Parquet, with DuckDB's ``COPY … TO``.

The rows are those of the current article versions matching the ``Filters`` (as in
``communique.query``); the columns are the table's stored columns (for events, quotes,
actors and dates: the article id and content hash, the sentence index and offsets, and
the record's fields), so an export can be joined back to its articles.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from .errors import StoreError, UnknownFormatError, UsageError
from .query import Filters, limit_sql, where
from .store import Store
from .store.duck import first_line

FORMATS = {
    "csv": "(FORMAT csv, HEADER true)",
    "jsonl": "(FORMAT json)",
    "parquet": "(FORMAT parquet)",
}
_ALIASES = {"json": "jsonl", "ndjson": "jsonl"}

_ORDER = {
    "articles": "a.published NULLS LAST, a.id",
    "events": "e.day NULLS LAST, e.article_id, e.sentence, e.start",
    "quotes": "a.published NULLS LAST, q.article_id, q.start",
    "actors": "x.article_id, x.start",
    "dates": "d.article_id, d.start",
}
_ARTICLE_COLUMNS = (
    "a.id, a.hash, a.version, a.title, a.published, a.published_origin, a.url, a.outlet, "
    "a.language, a.source, a.ingested_at, a.text"
)

TABLES = tuple(_ORDER)
#: The event records (``communique.records``): exportable like a table.
RECORDS = "records"


def _select(table: str, filters: Filters) -> tuple[str, list[object]]:
    if table == RECORDS:  # one row per event record (see communique.records)
        from .records.listing import record_where

        clause, values = record_where(filters)
        sql = f"SELECT r.* FROM records r{clause} ORDER BY r.day NULLS LAST, r.id"
        return sql + limit_sql(filters), list(values)
    frm, params = where(table, filters)
    alias = {"events": "e", "quotes": "q", "actors": "x", "dates": "d"}.get(table)
    if alias is None:
        columns = _ARTICLE_COLUMNS
    else:
        columns = f"{alias}.* EXCLUDE (article_hash), {alias}.article_hash"
        if table in ("events", "quotes"):
            columns = f"{columns}, a.published"
    return f"SELECT {columns} {frm} ORDER BY {_ORDER[table]}{limit_sql(filters)}", params


def export(
    store: Store,
    out: str | Path,
    *,
    fmt: str,
    table: str = "events",
    filters: Filters | None = None,
) -> int:
    """Write ``table`` (events, quotes, articles, actors, dates, or records: the event
    records) to ``out`` as ``fmt``
    (csv, jsonl or parquet); returns the number of rows written. An existing file at
    ``out`` is replaced."""
    kind = _ALIASES.get(fmt, fmt)
    if kind not in FORMATS:
        raise UnknownFormatError(f"unknown export format {fmt!r}; use csv, jsonl or parquet")
    if table not in (*TABLES, RECORDS):
        raise UsageError(f"unknown table {table!r}; use {', '.join((*TABLES, RECORDS))}")
    path = Path(out)
    if path.is_dir():
        raise UsageError(f"cannot export to {path}: it is a directory")
    if not path.parent.is_dir():
        raise UsageError(f"cannot export to {path}: folder {path.parent} does not exist")
    sql, params = _select(table, filters or Filters())
    target = str(path).replace("'", "''")
    try:
        row = store.connection.execute(
            f"COPY ({sql}) TO '{target}' {FORMATS[kind]}", params
        ).fetchone()
    except duckdb.Error as exc:
        raise StoreError(f"cannot export {table} to {path}: {first_line(exc)}") from None
    return int(row[0]) if row else 0
