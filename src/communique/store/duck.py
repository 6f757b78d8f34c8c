"""The DuckDB store: open (create, migrate), write documents in batches, count.

Every DuckDB error is turned into a one-line ``StoreError`` here; nothing outside this
package talks to DuckDB except through ``Store.connection`` (query and export).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import numpy as np

from ..errors import DatabaseBusyError, SchemaError, StoreError
from ..models import Document
from ..stamp import CoderStamp
from . import grouping
from .rows import COLUMNS, Row, document_rows
from .schema import SCHEMA_VERSION, TABLES, steps_after


@dataclass(frozen=True)
class WriteResult:
    """What one ``Store.write`` call stored: articles, duplicates skipped, and rows."""

    stored: int = 0
    duplicates: int = 0
    actors: int = 0
    events: int = 0
    quotes: int = 0
    dates: int = 0


def first_line(exc: BaseException) -> str:
    """DuckDB's message without its class prefix and without extra lines."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    for prefix in ("IO Error: ", "Catalog Error: ", "Constraint Error: ", "Binder Error: "):
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text


def interrupted(exc: BaseException) -> bool:
    """Whether ``exc`` is DuckDB's form of a Ctrl-C: it catches SIGINT during a query
    and raises ``RuntimeError("Query interrupted")``, which callers turn back into a
    ``KeyboardInterrupt``."""
    return type(exc) is RuntimeError and str(exc) == "Query interrupted"


#: The schema version from which articles and events are grouped as they are written.
GROUPED_SINCE = 4

#: Never download or auto-load DuckDB extensions (no network at run time).
_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


def _open_error(path: Path, exc: duckdb.Error, read_only: bool) -> StoreError:
    msg = str(exc)
    low = msg.lower()
    if "checksum" in low or "could not read enough bytes" in low:
        return StoreError(f"{path} is damaged: {first_line(exc)}")
    if "not a valid duckdb database" in low or "corrupt" in low or "extension" in low:
        # (a SQLite file makes DuckDB look for its sqlite extension, which we never load)
        return StoreError(f"{path} is not a DuckDB database (or it is damaged)")
    if "could not set lock" in low or "conflicting lock" in low:
        pid = re.search(r"\(PID (\d+)\)", msg)
        who = f"process {pid[1]}" if pid else "another process"
        return DatabaseBusyError(
            f"{path} is in use by {who} (an ingest still running?); try again when it ends"
        )
    if "permission denied" in low or "read-only file system" in low:
        return StoreError(
            f"cannot write {path}: permission denied (fix its permissions, or only query it)"
        )
    if "different configuration" in low:
        mode = "read-only" if read_only else "for writing"
        return StoreError(f"{path} is already open in this process; cannot also open it {mode}")
    if "version" in low and "storage" in low:
        return StoreError(f"{path} was written by another DuckDB version: {first_line(exc)}")
    return StoreError(f"cannot open {path}: {first_line(exc)}")


class Store:
    """An open communique database. Use ``open_store`` to get one; close it when done."""

    def __init__(self, path: Path, connection: duckdb.DuckDBPyConnection, read_only: bool) -> None:
        self.path = path
        self.connection = connection
        self.read_only = read_only

    # -- context manager -------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"<Store {self.path} ({mode})>"

    # -- reading ---------------------------------------------------------------------------
    def fetch(self, sql: str, params: Any = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run a query: its column names and rows, any DuckDB error as a StoreError."""
        with self._reading():
            cur = self.connection.execute(sql, params) if params else self.connection.execute(sql)
            names = [d[0] for d in cur.description or ()]
            return names, cur.fetchall()

    def cursor(self, sql: str, params: Any = None) -> duckdb.DuckDBPyConnection:
        """Run a query and return its cursor, to read a large result in chunks
        (``fetchmany``) on a cursor of its own."""
        with self._reading():
            cur = self.connection.cursor()
            return cur.execute(sql, params) if params else cur.execute(sql)

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Any DuckDB error of a query as a one-line StoreError; DuckDB's form of a
        Ctrl-C (``interrupted``) as the KeyboardInterrupt it was."""
        try:
            yield
        except duckdb.Error as exc:
            raise StoreError(f"cannot read {self.path}: {first_line(exc)}") from None
        except RuntimeError as exc:
            if interrupted(exc):
                raise KeyboardInterrupt from None
            raise

    def has_hash(self, content_hash: str) -> bool:
        """Whether an article with this content hash is stored."""
        return bool(self.stored_hashes([content_hash]))

    def stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Those of ``hashes`` that are the content hash of a stored article."""
        wanted = sorted(set(hashes))
        if not wanted:
            return set()
        sql = "SELECT DISTINCT hash FROM articles WHERE hash IN (SELECT unnest(?::VARCHAR[]))"
        _, rows = self.fetch(sql, [wanted])
        return {str(r[0]) for r in rows}

    def stats(self) -> dict[str, int]:
        """Rows per table."""
        sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in TABLES)
        _, rows = self.fetch(sql)
        return {str(name): int(n) for name, n in rows}

    @property
    def schema_version(self) -> int:
        return _version(self.connection)

    # -- writing ---------------------------------------------------------------------------
    def write(self, documents: Iterable[Document]) -> WriteResult:
        """Store a batch of documents in one transaction.

        An article whose content hash is stored already (or earlier in the same batch) is
        counted as a duplicate and not stored again. On any error the whole batch is rolled
        back and ``StoreError`` raised: what earlier calls committed stays.
        """
        if self.read_only:
            raise StoreError(f"{self.path} was opened read-only; cannot store documents")
        docs = list(documents)
        if not docs:
            return WriteResult()
        con = self.connection
        try:
            con.execute("BEGIN TRANSACTION")
            try:
                result = self._write(con, docs)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        except Exception as exc:  # any failure: the batch is rolled back, say so in one line
            if interrupted(exc):
                raise KeyboardInterrupt from None
            first = docs[0].article.id
            raise StoreError(
                f"could not store a batch of {len(docs)} articles (from {first!r}), "
                f"nothing of it was stored: {first_line(exc)}"
            ) from (None if isinstance(exc, duckdb.Error) else exc)
        return result

    def recode(self, documents: Iterable[Document]) -> int:
        """Replace the coded rows (sentences, actors, events, quotes, dates) of stored
        articles by those of ``documents`` — the same articles coded again — in one
        transaction, re-grouping their events into records; the articles, their versions
        and stories stay. Returns how many stored articles were re-coded (documents of
        articles not in the store are ignored)."""
        if self.read_only:
            raise StoreError(f"{self.path} was opened read-only; cannot re-code it")
        docs = list(documents)
        if not docs:
            return 0
        con = self.connection
        try:
            con.execute("BEGIN TRANSACTION")
            try:
                n = _recode(con, docs)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        except Exception as exc:
            raise StoreError(
                f"could not re-code a batch of {len(docs)} articles, nothing of it was "
                f"changed: {first_line(exc)}"
            ) from (None if isinstance(exc, duckdb.Error) else exc)
        return n

    def _write(self, con: duckdb.DuckDBPyConnection, docs: list[Document]) -> WriteResult:
        hashes = list(dict.fromkeys(d.article.hash for d in docs))
        stored_before = {
            h
            for (h,) in con.execute(
                "SELECT hash FROM articles WHERE hash IN (SELECT unnest(?::VARCHAR[]))", [hashes]
            ).fetchall()
        }
        seen: set[str] = set(stored_before)
        fresh: list[Document] = []
        for doc in docs:
            if doc.article.hash not in seen:
                seen.add(doc.article.hash)
                fresh.append(doc)
        duplicates = len(docs) - len(fresh)
        if not fresh:
            return WriteResult(duplicates=duplicates)

        ids = list(dict.fromkeys(d.article.id for d in fresh))
        versions: dict[str, int] = {
            i: v
            for i, v in con.execute(
                "SELECT id, max(version) FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) "
                "GROUP BY id",
                [ids],
            ).fetchall()
        }
        superseded: list[str] = []
        if versions:
            superseded = [
                h
                for (h,) in con.execute(
                    "SELECT hash FROM articles WHERE current "
                    "AND id IN (SELECT unnest(?::VARCHAR[]))",
                    [list(versions)],
                ).fetchall()
            ]
        plan = grouping.plan(con, fresh)
        touched = plan.touched | grouping.records_of(con, superseded)
        if versions:
            con.execute(
                "UPDATE articles SET current = false "
                "WHERE current AND id IN (SELECT unnest(?::VARCHAR[]))",
                [list(versions)],
            )
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        tables: dict[str, list[Row]] = {t: [] for t in COLUMNS}
        latest: dict[str, int] = {}
        for i, doc in enumerate(fresh):
            aid = doc.article.id
            version = versions.get(aid, 0) + 1
            versions[aid] = version
            if aid in latest:  # an older version of this id earlier in the same batch
                prev = tables["articles"][latest[aid]]
                tables["articles"][latest[aid]] = (*prev[:3], False, *prev[4:])
            latest[aid] = len(tables["articles"])
            rows_of = document_rows(
                doc,
                version,
                now,
                story=plan.stories[i],
                sketch=plan.sketches[i],
                records=plan.records[i],
            )
            for table, rows in rows_of.items():
                tables[table].extend(rows)
        for table, rows in tables.items():
            _insert(con, table, rows)
        _insert(con, "article_bands", plan.bands, grouping.BAND_COLUMNS)
        _insert(con, "records", plan.new_records, grouping.RECORD_COLUMNS)
        _stamps(con, [d.coder for d in fresh if d.coder is not None], now)
        grouping.refresh(con, touched)
        return WriteResult(
            stored=len(fresh),
            duplicates=duplicates,
            actors=len(tables["actors"]),
            events=len(tables["events"]),
            quotes=len(tables["quotes"]),
            dates=len(tables["dates"]),
        )


def _column(values: tuple[Any, ...], typ: str) -> np.ndarray:
    """One column as a numpy object array, numbers made the column's Python type (DuckDB
    infers an object column's type from a sample: an int among floats must not win)."""
    if typ == "DOUBLE":
        values = tuple(None if v is None else float(v) for v in values)
    elif typ == "INTEGER":
        values = tuple(None if v is None else int(v) for v in values)
    column = np.empty(len(values), dtype=object)
    column[:] = values
    return column


_CODED = ("sentences", "actors", "events", "quotes", "dates")


def _recode(con: duckdb.DuckDBPyConnection, docs: list[Document]) -> int:
    """Replace the coded rows of stored articles by those of ``docs`` (same texts)."""
    hashes = [d.article.hash for d in docs]
    found = con.execute(
        "SELECT hash, version FROM articles WHERE hash IN (SELECT unnest(?::VARCHAR[]))",
        [hashes],
    ).fetchall()
    version = {h: v for h, v in found}
    docs = [d for d in docs if d.article.hash in version]
    if not docs:
        return 0
    hashes = [d.article.hash for d in docs]
    touched = grouping.records_of(con, hashes)
    for table in _CODED:
        con.execute(
            f"DELETE FROM {table} WHERE article_hash IN (SELECT unnest(?::VARCHAR[]))", [hashes]
        )
    plan = grouping.plan(con, docs, stories=False)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    tables: dict[str, list[Row]] = {t: [] for t in _CODED}
    for doc, records in zip(docs, plan.records, strict=True):
        rows_of = document_rows(doc, version[doc.article.hash], now, records=records)
        for table in _CODED:
            tables[table].extend(rows_of[table])
    for table, rows in tables.items():
        _insert(con, table, rows)
    _insert(con, "records", plan.new_records, grouping.RECORD_COLUMNS)
    stamps = [d.coder for d in docs if d.coder is not None]
    _stamps(con, stamps, now)
    for stamp in {s.id for s in stamps}:
        con.execute(
            "UPDATE articles SET coder = ? WHERE hash IN (SELECT unnest(?::VARCHAR[]))",
            [stamp, [d.article.hash for d in docs if d.coder and d.coder.id == stamp]],
        )
    grouping.refresh(con, touched | plan.touched)
    return len(docs)


def _stamps(con: duckdb.DuckDBPyConnection, stamps: list[CoderStamp], now: dt.datetime) -> None:
    """Add the coder stamps not yet in ``coders``."""
    unique = {s.id: s for s in stamps}
    if not unique:
        return
    known = {
        i
        for (i,) in con.execute(
            "SELECT id FROM coders WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(unique)]
        ).fetchall()
    }
    for sid, s in unique.items():
        if sid not in known:
            con.execute(
                "INSERT INTO coders VALUES (?, ?, ?, ?, ?, ?)",
                [sid, s.communique, s.model, s.model_version, s.tables, now],
            )


def _insert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: list[Row],
    cols: tuple[tuple[str, str], ...] | None = None,
) -> None:
    """One bulk INSERT for all rows of a table, never a statement per row: the columns go
    to DuckDB as numpy object arrays that it scans (measured faster than passing one list
    per column and unnesting, and ~100x faster than executemany)."""
    if not rows:
        return
    cols = cols or COLUMNS[table]
    names = ", ".join(f'"{name}"' for name, _ in cols)
    view = f"_communique_new_{table}"
    data = {
        f"c{i}": _column(c, typ)
        for i, ((_, typ), c) in enumerate(zip(cols, zip(*rows, strict=True), strict=True))
    }
    values = ", ".join(f"c{i}::{typ}" for i, (_, typ) in enumerate(cols))
    con.register(view, data)
    try:
        con.execute(f"INSERT INTO {table} ({names}) SELECT {values} FROM {view}")
    finally:
        con.unregister(view)


# -- opening -------------------------------------------------------------------------------


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()
    return {r[0] for r in rows}


def _version(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        raise StoreError("the meta table has no schema_version")
    return int(row[0])


def _migrate(con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
    tables = _tables(con)
    if "meta" in tables:
        try:
            version = _version(con)
        except (ValueError, StoreError):
            raise StoreError(f"{path} has a damaged meta table (no schema version)") from None
    elif tables:
        raise StoreError(
            f"{path} is a DuckDB database but not a communique store "
            f"(it has tables {', '.join(sorted(tables)[:5])})"
        )
    else:
        version = 0
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"{path} has schema version {version}, newer than this communique knows "
            f"({SCHEMA_VERSION}); upgrade communique to read it"
        )
    if version == SCHEMA_VERSION:
        return
    if read_only:
        if version == 0:
            raise StoreError(f"{path} is empty; run `communique ingest` first")
        raise StoreError(
            f"{path} has the older schema version {version}; open it for writing once "
            f"(e.g. `communique ingest`) to migrate it to version {SCHEMA_VERSION}"
        )
    con.execute("BEGIN TRANSACTION")
    try:
        for target, steps in steps_after(version):
            for sql in steps:
                con.execute(sql)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(target)])
        if 0 < version < GROUPED_SINCE:
            grouping.backfill(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def open_store(
    path: str | Path = "communique.duckdb", *, read_only: bool = False, wait: float = 0.0
) -> Store:
    """Open the store at ``path``: create it (and its schema) on first use, migrate an
    older schema forward. ``read_only`` for queries: the file must exist then.

    A DuckDB file has one writing process or any number of reading ones: while another
    process holds it for writing (an ingest writing a batch), or for reading when this
    one wants to write, opening is tried again for up to ``wait`` seconds
    (``DatabaseBusyError`` after that).

    Raises ``StoreError`` (one line) for a file that is not a DuckDB database, a directory,
    a file that cannot be written; ``DatabaseBusyError`` for a database still in use after
    ``wait``; ``SchemaError`` for a newer schema.
    """
    deadline = time.monotonic() + max(0.0, wait)
    pause = 0.02
    while True:
        try:
            return _open(path, read_only)
        except DatabaseBusyError as exc:
            left = deadline - time.monotonic()
            if left <= 0:
                if wait > 0:
                    raise DatabaseBusyError(f"{exc} (waited {wait:g} s)") from None
                raise
            time.sleep(min(pause, left))
            pause = min(pause * 2, 0.5)


def _open(path: str | Path, read_only: bool) -> Store:
    p = Path(path).expanduser()
    if p.is_dir():
        raise StoreError(f"{p} is a directory, not a database file")
    if read_only and not p.exists():
        raise StoreError(f"no database at {p}; run `communique ingest` first")
    if not read_only:
        if not p.parent.is_dir():
            raise StoreError(f"cannot create {p}: folder {p.parent} does not exist")
        if not p.exists() and not os.access(p.parent, os.W_OK):
            raise StoreError(f"cannot create {p}: folder {p.parent} is not writable")
        if p.exists() and not os.access(p, os.W_OK):
            raise StoreError(
                f"cannot write {p}: permission denied (fix its permissions, or only query it)"
            )
    try:
        con = duckdb.connect(str(p), read_only=read_only, config=dict(_CONFIG))
    except duckdb.Error as exc:
        raise _open_error(p, exc, read_only) from None
    try:
        _migrate(con, p, read_only)
    except StoreError:
        con.close()
        raise
    except duckdb.Error as exc:
        con.close()
        error = _open_error(p, exc, read_only)
        if str(error).startswith("cannot open"):
            error = StoreError(f"cannot set up the schema in {p}: {first_line(exc)}")
        raise error from None
    return Store(p, con, read_only)
