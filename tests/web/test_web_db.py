"""The dashboard's hold on the database: read-only, time-limited, let go when idle, and
waiting (then 503) for a writer."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from communique.cli import main
from communique.errors import DatabaseBusyError, QueryTimeoutError, StoreError
from communique.store import open_store
from communique.web import create_app
from communique.web.db import Database


def test_web_db_stops_a_query_past_the_time_limit(edited_examples_db: Path) -> None:
    db = Database(edited_examples_db, query_timeout=0.05)
    with db.read() as r, pytest.raises(QueryTimeoutError, match="longer than 0.05 s"):
        r.run("SELECT count(*) FROM range(100000000) a, range(100) b WHERE a.range % 7 = b.range")
    db.close()


def test_web_db_lets_the_file_go_when_idle(tmp_path: Path, edited_examples_db: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(edited_examples_db.read_bytes())
    db = Database(copy, idle_close=0.2)
    with db.read() as r:
        assert r.fetch("SELECT count(*) AS n FROM articles")[0]["n"] == 3
    assert db.is_open
    deadline = time.monotonic() + 10  # the closer is a timer thread: allow a busy machine
    while db.is_open and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not db.is_open
    with open_store(copy) as store:  # a writer can have it now
        store.connection.execute("UPDATE articles SET title = 'changed'")
    with db.read() as r:  # and the next read sees what it wrote
        assert {row["title"] for row in r.fetch("SELECT title FROM articles")} == {"changed"}
    db.close()


def test_web_db_waits_for_a_writer_then_answers_503(
    tmp_path: Path, edited_examples_db: Path
) -> None:
    copy = tmp_path / "busy.duckdb"
    copy.write_bytes(edited_examples_db.read_bytes())
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from communique.store import open_store; "
            f"s = open_store({str(copy)!r}); print('open', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        db = Database(copy, open_wait=0.3)
        began = time.monotonic()
        with pytest.raises(DatabaseBusyError, match="in use by process"):
            db.check()
        assert time.monotonic() - began >= 0.3
        got = TestClient(create_app(db)).get("/api/events")
        assert got.status_code == 503 and "try again in a moment" in got.json()["error"]
    finally:
        holder.kill()
        holder.wait()


def test_web_db_refuses_what_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        Database(tmp_path / "missing.duckdb").check()
    (tmp_path / "text.duckdb").write_text("not a database")
    with pytest.raises(StoreError, match="not a DuckDB database"):
        Database(tmp_path / "text.duckdb").check()


def test_web_db_serve_command_says_one_line_for_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.duckdb")]) == 1
    err = capsys.readouterr().err
    assert "no database at" in err and "Traceback" not in err
    assert main(["serve", "--db", str(tmp_path / "none.duckdb"), "--port", "99999"]) == 2


def test_web_db_writable_lends_the_writer_its_connection_and_renews_the_snapshot(
    tmp_path: Path, edited_examples_db: Path
) -> None:
    copy = tmp_path / "shared.duckdb"
    copy.write_bytes(edited_examples_db.read_bytes())
    with pytest.raises(StoreError, match="served read-only"), Database(copy).write():
        pass
    db = Database(copy, idle_close=0.2, writable=True)
    sql = "SELECT title FROM articles ORDER BY title"
    with db.read() as r:
        before = r.fetch(sql)  # kept in the snapshot's cache
        snapshot = r.snapshot
        with db.write() as store:  # while a reader is inside, on the same connection
            assert not store.read_only
            store.connection.execute("UPDATE articles SET title = 'changed'")
        assert r.fetch(sql) == before  # the reader that began before keeps its snapshot
    with db.read() as r:  # the next reader sees the write, not the cached rows
        assert r.snapshot is not snapshot
        assert {row["title"] for row in r.fetch(sql)} == {"changed"}
    with pytest.raises(RuntimeError), db.write() as store:  # a failed step is rolled back
        store.connection.execute("BEGIN TRANSACTION")
        store.connection.execute("UPDATE articles SET title = 'lost'")
        raise RuntimeError("the writer failed")
    deadline = time.monotonic() + 10
    while db.is_open and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not db.is_open  # let go when neither reads nor writes
    with open_store(copy, read_only=True) as store:
        assert {t for (t,) in store.fetch(sql)[1]} == {"changed"}
