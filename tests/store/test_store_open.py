"""Opening the store: creation, bad files, read-only mode, newer schemas."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from communique.errors import DatabaseBusyError, SchemaError, StoreError
from communique.models import Document
from communique.store import SCHEMA_VERSION, TABLES, open_store


def _one_line(exc: pytest.ExceptionInfo[BaseException]) -> str:
    message = str(exc.value)
    assert message and "\n" not in message and "Traceback" not in message
    return message


def test_store_open_creates_file_and_schema_on_first_use(db: Path) -> None:
    assert not db.exists()
    with open_store(db) as store:
        assert store.path == db
        assert store.schema_version == SCHEMA_VERSION
        assert store.stats() == dict.fromkeys(TABLES, 0)
    assert db.is_file()
    with open_store(db) as store:  # opening again changes nothing
        assert store.schema_version == SCHEMA_VERSION


def test_store_open_read_only_reads_what_was_written(
    db: Path, doc: Callable[..., Document]
) -> None:
    with open_store(db) as store:
        store.write([doc("a", "India met Russia.")])
    with open_store(db, read_only=True) as store:
        assert store.stats()["articles"] == 1
        assert store.has_hash(doc("a", "India met Russia.").article.hash)


def test_store_open_read_only_missing_file_says_ingest_first(db: Path) -> None:
    with pytest.raises(StoreError) as exc:
        open_store(db, read_only=True)
    assert _one_line(exc) == f"no database at {db}; run `communique ingest` first"
    assert not db.exists()


def test_store_open_read_only_refuses_writes(db: Path, doc: Callable[..., Document]) -> None:
    open_store(db).close()
    with open_store(db, read_only=True) as store, pytest.raises(StoreError) as exc:
        store.write([doc("a", "India met Russia.")])
    assert "read-only" in _one_line(exc)


@pytest.mark.parametrize(
    "content",
    [os.urandom(4096), b"", b"id,text\n1,hello\n", b"SQLite format 3\x00" + bytes(4080)],
    ids=["random-bytes", "empty", "csv", "sqlite-header"],
)
def test_store_open_non_duckdb_file_is_one_line_error(db: Path, content: bytes) -> None:
    db.write_bytes(content)
    for read_only in (False, True):
        with pytest.raises(StoreError) as exc:
            open_store(db, read_only=read_only)
        assert _one_line(exc) == f"{db} is not a DuckDB database (or it is damaged)"


def test_store_open_directory_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as exc:
        open_store(tmp_path)
    assert _one_line(exc) == f"{tmp_path} is a directory, not a database file"


def test_store_open_missing_folder_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as exc:
        open_store(tmp_path / "nowhere" / "x.duckdb")
    assert "does not exist" in _one_line(exc)


def test_store_open_other_duckdb_database_is_refused(db: Path) -> None:
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE prices (day DATE, price DOUBLE)")
    con.close()
    with pytest.raises(StoreError) as exc:
        open_store(db)
    assert "not a communique store" in _one_line(exc)


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write a chmod 0444 file"
)
def test_store_open_read_only_permissions_is_one_line_error(db: Path) -> None:
    open_store(db).close()
    db.chmod(0o444)
    try:
        with pytest.raises(StoreError) as exc:
            open_store(db)
        assert "permission denied" in _one_line(exc)
        with open_store(db, read_only=True) as store:  # querying still works
            assert store.stats()["articles"] == 0
    finally:
        db.chmod(0o644)


def test_store_open_newer_schema_is_schema_error(db: Path) -> None:
    open_store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    for read_only in (False, True):
        with pytest.raises(SchemaError) as exc:
            open_store(db, read_only=read_only)
        assert "newer" in _one_line(exc)


def test_store_open_while_another_process_writes_is_one_line_error(db: Path) -> None:
    open_store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"open"
        for read_only in (False, True):
            with pytest.raises(StoreError) as exc:
                open_store(db, read_only=read_only)
            assert f"is in use by process {holder.pid} " in _one_line(exc)
    finally:
        holder.communicate(b"done\n", timeout=60)
    with open_store(db) as store:  # free again once the other process has ended
        assert store.stats()["articles"] == 0


def test_store_open_waits_for_a_writer_to_let_go(db: Path) -> None:
    open_store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"open"
        began = time.monotonic()
        with pytest.raises(DatabaseBusyError, match=r"in use by process \d+ .*\(waited 0.3 s\)"):
            open_store(db, read_only=True, wait=0.3)
        assert time.monotonic() - began >= 0.3
        assert holder.stdin is not None
        stdin = holder.stdin

        def release() -> None:
            time.sleep(1.0)
            stdin.write(b"done\n")
            stdin.flush()

        threading.Thread(target=release).start()
        began = time.monotonic()
        with open_store(db, read_only=True, wait=30) as store:  # the holder lets go after 1 s
            assert store.stats()["articles"] == 0
        assert 0.9 <= time.monotonic() - began < 30
    finally:
        holder.kill()
        holder.wait()


HOLD = """
import sys
from communique.store import open_store
with open_store(sys.argv[1]):
    print("open", flush=True)
    sys.stdin.readline()
"""


@pytest.mark.parametrize("keep", [0.25, 0.5, 0.75])
def test_store_open_truncated_database_is_one_line_error(
    db: Path, doc: Callable[..., Document], keep: float
) -> None:
    with open_store(db) as store:
        store.write([doc(f"a{i}", f"India met Russia {i} times.") for i in range(50)])
    size = db.stat().st_size
    with db.open("r+b") as f:
        f.truncate(int(size * keep))
    with pytest.raises(StoreError) as exc, open_store(db, read_only=True) as store:
        store.stats()
    assert "damaged" in _one_line(exc)


def test_store_open_twice_in_one_process_with_other_mode(db: Path) -> None:
    with open_store(db), pytest.raises(StoreError) as exc:
        open_store(db, read_only=True)
    assert _one_line(exc) == f"{db} is already open in this process; cannot also open it read-only"
    with open_store(db, read_only=True) as store:  # fine once the first is closed
        assert store.stats()["events"] == 0
