"""Parquet shards: what a distributed run writes, and how it is loaded into the store.

A run over many machines cannot share one DuckDB file, so each worker writes the records
of each batch it extracts to a folder of Parquet shards, one sub-folder per table::

    OUT/articles/part-<seq>.parquet   sentences/  actors/  events/  quotes/  dates/
    OUT/documents/part-<seq>.parquet  every article read: seq, hash, id, status, document
    OUT/skipped/part-<seq>.parquet    every skip: seq, source, reason, detail, hash

``seq`` is the input order (``shard × 2^32 + record``): the n-th record of the k-th
input file. The record tables have the store's columns (``store.rows``) plus ``seq``;
every copy of an article is there with ``version`` 1, so a user's own engine reading
them deduplicates by ``hash`` keeping the lowest ``seq``. ``documents`` carries each
extracted ``Document`` (pickled, for this loader only; ``status`` is ``extracted``, or
``stored-before`` for an article whose text the store held when the run started).

``load`` reads ``documents`` and ``skipped`` back in input order and writes through
``Store.write``, exactly as a local ingest does: the first copy of a text is stored,
later copies and texts stored before are duplicates, an id seen again with a new text is
a new version. So a distributed run stores the same records as a local one.
"""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

from ..jobs import Tally
from ..models import Document, Skipped
from ..store import open_store
from ..store.rows import COLUMNS, document_rows

#: The record tables written as shards, in the store's column order plus ``seq``.
RECORD_TABLES: tuple[str, ...] = tuple(COLUMNS)
SEQ_SHIFT = 32


def seq_of(shard: int, record: int) -> int:
    """The input-order key of the ``record``-th record of the ``shard``-th input."""
    return (shard << SEQ_SHIFT) | record


Columns = tuple[tuple[str, str], ...]

#: The two tables of the loader: every article read, and every skip.
DOCUMENTS: Columns = (
    ("hash", "VARCHAR"),
    ("id", "VARCHAR"),
    ("status", "VARCHAR"),
    ("document", "BLOB"),
)
SKIPPED: Columns = (
    ("source", "VARCHAR"),
    ("reason", "VARCHAR"),
    ("detail", "VARCHAR"),
    ("hash", "VARCHAR"),
)


def _write(
    con: duckdb.DuckDBPyConnection,
    folder: Path,
    table: str,
    part: int,
    columns: Columns,
    rows: Sequence[tuple[Any, ...]],
) -> None:
    """One shard: ``rows`` (each ``(seq, *columns)``) as ``folder/table/part-<part>.parquet``,
    written by DuckDB with the columns' types, then renamed into place (so a retried batch
    replaces its shard and a reader never sees half a file)."""
    target = folder / table
    target.mkdir(parents=True, exist_ok=True)
    cols = (("seq", "BIGINT"), *columns)
    data = {}
    for i, values in enumerate(zip(*rows, strict=True) if rows else [()] * len(cols)):
        array = np.empty(len(values), dtype=object)
        array[:] = values
        data[f"c{i}"] = array
    select = ", ".join(f'c{i}::{typ} AS "{name}"' for i, (name, typ) in enumerate(cols))
    tmp = target / f".part-{part:020d}.parquet.tmp"
    con.register("shard_rows", data)
    try:
        con.execute(f"COPY (SELECT {select} FROM shard_rows) TO '{tmp}' (FORMAT parquet)")
    finally:
        con.unregister("shard_rows")
    tmp.replace(target / f"part-{part:020d}.parquet")


def write_batch(
    folder: Path,
    docs: Sequence[tuple[int, Document]],
    stored_before: Sequence[tuple[int, str, str]] = (),
    skipped: Sequence[tuple[int, Skipped, str | None]] = (),
) -> None:
    """Write one batch's shards: its documents (seq, Document), the articles whose text
    was stored before (seq, hash, id) and its skips (seq, Skipped, hash or None)."""
    seqs = [s for s, _ in docs] + [s for s, _, _ in stored_before] + [s for s, _, _ in skipped]
    if not seqs:
        return
    part = min(seqs)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in RECORD_TABLES}
    for seq, doc in docs:
        for table, table_rows in document_rows(doc, 1, now).items():
            rows[table].extend((seq, *row) for row in table_rows)
    documents = [
        (seq, d.article.hash, d.article.id, "extracted", pickle.dumps(d, pickle.HIGHEST_PROTOCOL))
        for seq, d in docs
    ] + [(seq, h, i, "stored-before", None) for seq, h, i in stored_before]
    skips = [(seq, k.source, k.reason, k.detail, h) for seq, k, h in skipped]
    con = duckdb.connect(config={"autoinstall_known_extensions": False})
    try:
        for table in RECORD_TABLES:
            _write(con, folder, table, part, COLUMNS[table], rows[table])
        _write(con, folder, "documents", part, DOCUMENTS, documents)
        _write(con, folder, "skipped", part, SKIPPED, skips)
    finally:
        con.close()


def _ordered(folder: Path) -> Iterator[tuple[int, str, str | None, bytes | None, Skipped | None]]:
    """(seq, kind, hash, pickled document, skip) for every record, in input order."""
    docs = folder / "documents" / "*.parquet"
    skips = folder / "skipped" / "*.parquet"
    con = duckdb.connect(config={"autoinstall_known_extensions": False})
    try:
        cur = con.execute(
            f"""SELECT seq, status, hash, document, NULL, NULL, NULL
                FROM read_parquet('{docs}')
                UNION ALL
                SELECT seq, 'skipped', hash, NULL, source, reason, detail
                FROM read_parquet('{skips}')
                ORDER BY seq"""
        )
        while chunk := cur.fetchmany(256):
            for seq, kind, h, blob, source, reason, detail in chunk:
                skip = Skipped(source, reason, detail or "") if kind == "skipped" else None
                yield int(seq), str(kind), h, blob, skip
    finally:
        con.close()


def has_shards(folder: Path) -> bool:
    return any((folder / "documents").glob("*.parquet")) or any(
        (folder / "skipped").glob("*.parquet")
    )


def load(folder: str | Path, db: str, *, batch_size: int = 32) -> Tally:
    """Load a run's shards into the store at ``db``, in input order (see the docstring)."""
    folder = Path(folder)
    tally = Tally()
    if not has_shards(folder):
        return tally
    seen: set[str] = set()
    batch: list[Document] = []
    with open_store(db) as store:

        def flush() -> None:
            if batch:
                result = store.write(batch)
                tally.stored += result.stored
                tally.duplicates += result.duplicates
                batch.clear()

        for _seq, kind, h, blob, skip in _ordered(folder):
            if skip is not None and h is None:  # a reader's skip
                tally.skip(skip)
                continue
            tally.read += 1
            if h in seen or kind == "stored-before" or (h is not None and store.has_hash(h)):
                tally.duplicates += 1  # a local ingest would not have parsed it
                continue
            seen.add(str(h))
            if skip is not None or blob is None:  # the stages failed on it
                tally.skip(skip or Skipped(str(h), "stage-error"))
                continue
            doc: Document = pickle.loads(blob)  # noqa: S301 - written by this run's workers
            tally.actors += len(doc.actors)
            tally.events += len(doc.events)
            tally.quotes += len(doc.quotes)
            tally.dates += len(doc.dates)
            batch.append(doc)
            if len(batch) >= batch_size:
                flush()
        flush()
    return tally


def stored_hashes(db: str) -> frozenset[str]:
    """The content hashes the store holds (empty when there is no store yet)."""
    if not Path(db).exists():
        return frozenset()
    with open_store(db, read_only=True) as store:
        _, rows = store.fetch("SELECT hash FROM articles")
    return frozenset(h for (h,) in rows)
