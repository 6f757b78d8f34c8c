"""Reading the store: a Ctrl-C during a query is the interruption it was, whichever way
the query runs (DuckDB catches SIGINT and raises ``RuntimeError("Query interrupted")``)."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.models import Document
from communique.store import open_store

LONG = "SELECT count(*) FROM range(100000000000) a"


@pytest.mark.parametrize("way", ["fetch", "cursor"])
def test_store_read_ctrl_c_during_a_query_is_a_keyboard_interrupt(tmp_path: Path, way: str) -> None:
    db = tmp_path / "r.duckdb"
    open_store(db).close()
    with open_store(db, read_only=True) as store:
        timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
        timer.start()
        try:
            with pytest.raises(KeyboardInterrupt):
                getattr(store, way)(LONG)
        finally:
            timer.cancel()


def test_store_read_has_hash_and_stored_hashes_agree(
    tmp_path: Path, doc: Callable[..., Document]
) -> None:
    stored, other = doc("a1", "India met Russia."), doc("a2", "China met Japan.")
    with open_store(tmp_path / "h.duckdb") as store:
        store.write([stored])
        hashes = [stored.article.hash, other.article.hash, stored.article.hash]
        assert store.stored_hashes(hashes) == {stored.article.hash}
        assert store.has_hash(stored.article.hash) and not store.has_hash(other.article.hash)
        assert store.stored_hashes([]) == set()
