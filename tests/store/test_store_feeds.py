"""The feed state tables: registered once, new URLs only, failures counted, read-only safe."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.errors import StoreError
from communique.models import Document
from communique.store import feeds as state
from communique.store import open_store

NOW = dt.datetime(2025, 8, 6, 8, 0)


def test_store_feeds_new_urls_only_and_known_articles_left_out(
    db: Path, doc: Callable[..., Document]
) -> None:
    with open_store(db) as store:
        store.write([doc("https://x.example/already", "India met Russia.")])
        assert state.add_feeds(store, ["https://x.example/rss"] * 2, NOW) == 1
        assert state.add_feeds(store, ["https://x.example/rss"], NOW) == 0
        entries = [
            ("https://x.example/a", "2025-08-05"),
            ("https://x.example/already", None),  # stored by a plain ingest
            ("https://x.example/a", None),
        ]
        new = state.record_success(
            store, "https://x.example/rss", now=NOW, modified=True, etag='"1"', entries=entries
        )
        assert new == 1
        assert (
            state.record_success(
                store, "https://x.example/rss", now=NOW, modified=True, entries=entries
            )
            == 0
        )
        [pending] = state.pending_urls(store)
        assert (pending.url, pending.published, pending.attempts) == (
            "https://x.example/a",
            "2025-08-05",
            0,
        )
        state.finish_url(store, pending.url, "stored", now=NOW, article_hash="h")
        assert state.pending_urls(store) == []
        [feed] = state.feed_states(store)
        assert feed.checks == 2 and feed.etag is None  # the second answer sent no ETag


def test_store_feeds_failures_count_and_success_resets(db: Path) -> None:
    url = "https://x.example/rss"
    later = NOW + dt.timedelta(hours=1)
    with open_store(db) as store:
        state.add_feeds(store, [url], NOW)
        assert (
            state.record_failure(
                store, url, now=NOW, reason="http-500", detail="", next_check=later
            )
            == 1
        )
        assert (
            state.record_failure(
                store, url, now=NOW, reason="timeout", detail="x", next_check=later
            )
            == 2
        )
        [feed] = state.feed_states(store)
        assert not feed.due(NOW) and feed.due(later) and feed.last_status == "timeout"
        state.record_success(store, url, now=later, modified=False)
        [feed] = state.feed_states(store)
        assert (feed.failures, feed.next_check, feed.not_modified, feed.last_status) == (
            0,
            None,
            1,
            "not-modified",
        )


def test_store_feeds_read_only_store_refuses_writes(db: Path) -> None:
    open_store(db).close()
    with open_store(db, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        state.add_feeds(store, ["https://x.example/rss"], NOW)
