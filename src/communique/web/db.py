"""The dashboard's read-only hold on the database: connections, time limits, a result cache.

Every query path of the dashboard reads through ``Database.read``, which hands out a
DuckDB cursor of a connection opened with ``read_only=True`` (DuckDB refuses any write on
it) and interrupts a query that runs longer than ``query_timeout`` seconds
(``QueryTimeoutError``). No SQL comes from a request: the web modules build it from checked
parameters and pass every value as a bound parameter.

The connection is shared by concurrent requests (one cursor each) and closed when no
request has used it for ``idle_close`` seconds, so the file is free again for a writer
(``communique ingest``) between bursts of reading; a DuckDB file has one writing process
or any number of reading ones. Opening waits up to ``open_wait`` seconds for a writer to
finish its batch (``DatabaseBusyError`` after that).

While the connection is open nothing can write the file, so what was read through it
stays true until it is closed: ``Snapshot`` holds what every query needs to know about the
data at that moment (the content hashes of articles that a newer version replaced), and
the result cache lives and dies with it.

Each query runs on one DuckDB thread (``threads``): with many requests at once, running
them side by side costs less CPU than splitting each (measured on the 2-core machine).

``serve --watch`` makes the server the database's writer too: ``Database(writable=True)``
opens the file read-write (creating it if needed) and ``Database.write`` lends the feed
watch a ``Store`` on a cursor of that same connection (a DuckDB file opened twice in one
process must be opened the same way, and only one process may write it). The reads keep
their own cursors and see each write once it is committed; after each write the
``Snapshot`` is renewed (stale versions read again, the cache emptied). The connection
is still let go after ``idle_close`` seconds without a reader or a writer.
"""

from __future__ import annotations

import atexit
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from ..errors import DatabaseBusyError, QueryTimeoutError, StoreError
from ..store import Store, open_store
from ..store.duck import first_line


@dataclass
class Snapshot:
    """What holds while one connection is open: the stale article versions, and a cache
    of query results (bounded to ``cache_size`` entries, least recently used first out)."""

    stale: tuple[str, ...]
    cache_size: int
    cache: OrderedDict[tuple[Any, ...], Any] = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def cached(self, key: tuple[Any, ...]) -> Any:
        with self.lock:
            if key in self.cache:
                self.cache.move_to_end(key)
                return self.cache[key]
        return None

    def keep(self, key: tuple[Any, ...], value: Any) -> None:
        if self.cache_size <= 0:
            return
        with self.lock:
            self.cache[key] = value
            while len(self.cache) > self.cache_size:
                self.cache.popitem(last=False)


class Reader:
    """One request's access: ``fetch`` runs a query under the time limit."""

    def __init__(
        self,
        cursor: duckdb.DuckDBPyConnection,
        snapshot: Snapshot,
        timeout: float,
        path: Path | None = None,
    ):
        self.cursor = cursor
        self.snapshot_path = path or Path("")
        self.snapshot = snapshot
        self.timeout = timeout

    def fetch(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """The rows as dicts; cached for as long as the connection stays open."""
        key = (sql, tuple(_hashable(p) for p in params or ()))
        hit = self.snapshot.cached(key)
        if hit is not None:
            return list(hit)
        names, rows = self.run(sql, params)
        out = [dict(zip(names, row, strict=True)) for row in rows]
        self.snapshot.keep(key, out)
        return list(out)

    def run(self, sql: str, params: list[Any] | None = None) -> tuple[list[str], list[Any]]:
        """Run one statement (no cache): its column names and rows."""
        timer = threading.Timer(self.timeout, self.cursor.interrupt)
        timer.start()
        try:
            cur = self.cursor.execute(sql, params or [])
            names = [d[0] for d in cur.description or ()]
            return names, cur.fetchall()
        except duckdb.InterruptException:
            raise QueryTimeoutError(
                f"the query took longer than {self.timeout:g} s; narrow the filters "
                f"(a pair, a country or a date range)"
            ) from None
        except duckdb.Error as exc:
            raise StoreError(f"cannot read the database: {first_line(exc)}") from None
        finally:
            timer.cancel()


#: Every Database with a connection possibly open, closed at exit (a DuckDB connection
#: left to the interpreter's teardown can abort the process).
_OPEN: weakref.WeakSet[Database] = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    for db in list(_OPEN):
        db.close()


def _stale(con: duckdb.DuckDBPyConnection) -> tuple[str, ...]:
    """The content hashes of articles that a newer version replaced."""
    rows = con.execute("SELECT hash FROM articles WHERE NOT current ORDER BY hash").fetchall()
    return tuple(r[0] for r in rows)


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


class Database:
    """The database file the dashboard reads. Thread-safe; see the module docstring."""

    def __init__(
        self,
        path: str | Path,
        *,
        query_timeout: float = 10.0,
        idle_close: float = 2.0,
        open_wait: float = 5.0,
        cache_size: int = 1024,
        threads: int = 1,
        writable: bool = False,
    ) -> None:
        self.path = Path(path)
        self.writable = writable
        self.query_timeout = query_timeout
        self.idle_close = idle_close
        self.open_wait = open_wait
        self.cache_size = cache_size
        self.threads = threads
        self._lock = threading.Lock()
        self._store: Any = None
        self._snapshot: Snapshot | None = None
        self._users = 0
        self._last_used = 0.0
        self._closer: threading.Timer | None = None

    def check(self) -> None:
        """Open and close once: a missing file, not a communique store, a newer schema
        and the like raise their one-line ``StoreError`` before the server starts."""
        with self.read():
            pass

    @contextmanager
    def read(self) -> Iterator[Reader]:
        """A ``Reader`` on the shared read-only connection, opened if needed."""
        with self._lock:
            if self._store is None:
                self._open()
            assert self._store is not None and self._snapshot is not None
            self._users += 1
            cursor = self._store.connection.cursor()
            snapshot = self._snapshot
        try:
            yield Reader(cursor, snapshot, self.query_timeout, self.path)
        finally:
            cursor.close()
            with self._lock:
                self._users -= 1
                self._last_used = time.monotonic()
                if self._users == 0:
                    self._schedule_close()

    @contextmanager
    def write(self) -> Iterator[Store]:
        """A read-write ``Store`` on a cursor of the shared connection, for one write step
        of the thread that writes (``writable`` only); the snapshot is renewed after it."""
        if not self.writable:
            raise StoreError(f"{self.path} is served read-only; cannot write it")
        with self._lock:
            if self._store is None:
                self._open()
            assert self._store is not None
            self._users += 1
            store = Store(self.path, self._store.connection.cursor(), read_only=False)
        try:
            yield store
            try:
                fresh = Snapshot(_stale(store.connection), self.cache_size)
            except duckdb.Error as exc:
                raise StoreError(f"cannot read {self.path}: {first_line(exc)}") from None
            with self._lock:
                self._snapshot = fresh
        finally:
            store.close()
            with self._lock:
                self._users -= 1
                self._last_used = time.monotonic()
                if self._users == 0:
                    self._schedule_close()

    def close(self) -> None:
        """Close the connection now (the next read opens it again)."""
        with self._lock:
            if self._closer is not None:
                self._closer.cancel()
            self._close()

    @property
    def is_open(self) -> bool:
        return self._store is not None

    # -- inside the lock ---------------------------------------------------------------
    def _open(self) -> None:
        try:
            store = open_store(self.path, read_only=not self.writable, wait=self.open_wait)
        except DatabaseBusyError as exc:
            raise DatabaseBusyError(
                str(exc).replace("try again when it ends", "try again in a moment")
            ) from None
        try:
            store.connection.execute(f"SET threads = {int(self.threads)}")
            stale = _stale(store.connection)
        except duckdb.Error as exc:
            store.close()
            raise StoreError(f"cannot read {self.path}: {first_line(exc)}") from None
        self._store = store
        _OPEN.add(self)
        self._snapshot = Snapshot(stale, self.cache_size)

    def _close(self) -> None:
        if self._store is not None and self._users == 0:
            self._store.close()
            self._store = None
            self._snapshot = None

    def _schedule_close(self) -> None:
        if self._closer is not None:
            self._closer.cancel()
        self._closer = threading.Timer(self.idle_close, self._close_if_idle)
        self._closer.daemon = True
        self._closer.start()

    def _close_if_idle(self) -> None:
        with self._lock:
            if self._users == 0 and time.monotonic() - self._last_used >= self.idle_close * 0.9:
                self._close()
