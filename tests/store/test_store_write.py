"""Writing documents: one transaction per batch, duplicates by content hash, versions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.errors import StoreError
from communique.models import Document
from communique.pipeline import Pipeline
from communique.store import WriteResult, duck, open_store
from communique.store.rows import day_of

Doc = Callable[..., Document]


def test_store_write_counts_rows(db: Path, doc: Doc) -> None:
    with open_store(db) as store:
        result = store.write([doc("a", "India met Russia."), doc("b", "China called Japan.")])
        assert result == WriteResult(stored=2, duplicates=0, actors=4, events=2, quotes=2, dates=2)
        assert store.stats() == {
            "articles": 2,
            "sentences": 2,
            "actors": 4,
            "events": 2,
            "quotes": 2,
            "dates": 2,
        }


def test_store_write_same_documents_again_stores_nothing(db: Path, doc: Doc) -> None:
    docs = [doc("a", "India met Russia."), doc("b", "China called Japan.")]
    with open_store(db) as store:
        store.write(docs)
        before = store.stats()
        assert store.write(docs) == WriteResult(stored=0, duplicates=2)
        assert store.stats() == before
    with open_store(db) as store:  # also after reopening
        assert store.write(docs).duplicates == 2
        assert store.stats() == before


def test_store_write_duplicate_within_one_batch(db: Path, doc: Doc) -> None:
    with open_store(db) as store:
        # the same text under another id is the same content: stored once
        result = store.write([doc("a", "India met Russia."), doc("copy", "India  met Russia.")])
        assert (result.stored, result.duplicates) == (1, 1)
        assert store.stats()["events"] == 1


def test_store_write_has_hash(db: Path, doc: Doc) -> None:
    d = doc("a", "India met Russia.")
    with open_store(db) as store:
        assert not store.has_hash(d.article.hash)
        store.write([d])
        assert store.has_hash(d.article.hash)


def test_store_write_new_text_for_same_id_is_a_new_version(db: Path, doc: Doc) -> None:
    with open_store(db) as store:
        store.write([doc("a", "India met Russia.")])
        store.write([doc("a", "India met Russia again."), doc("a", "India met Russia twice.")])
        rows = store.connection.execute(
            "SELECT text, version, current FROM articles ORDER BY version"
        ).fetchall()
    assert rows == [
        ("India met Russia.", 1, False),
        ("India met Russia again.", 2, False),
        ("India met Russia twice.", 3, True),
    ]


def test_store_write_failed_batch_leaves_earlier_batches_only(db: Path, doc: Doc) -> None:
    good = doc("a", "India met Russia.")
    # the second batch: a fine document, then one whose event breaks the quad-class check
    batch = [doc("b", "China called Japan."), doc("c", "Peru hit Chile.", quad_class=7)]
    with open_store(db) as store:
        store.write([good])
        before = store.stats()
        with pytest.raises(StoreError) as exc:
            store.write(batch)
        assert "nothing of it was stored" in str(exc.value)
        assert "\n" not in str(exc.value)
        assert store.stats() == before
        assert not store.has_hash(batch[0].article.hash)
        # the store still works after the rollback
        assert store.write(batch[:1]).stored == 1
    with open_store(db) as store:
        assert store.has_hash(good.article.hash)
        assert store.stats()["articles"] == 2


def test_store_write_error_after_some_tables_rolls_back(
    db: Path, doc: Doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_insert = duck._insert

    def insert_then_fail(con, table, rows):  # type: ignore[no-untyped-def]
        if table == "quotes":
            raise RuntimeError("disk full while writing quotes")
        real_insert(con, table, rows)

    with open_store(db) as store:
        store.write([doc("a", "India met Russia.")])
        before = store.stats()
        monkeypatch.setattr(duck, "_insert", insert_then_fail)
        with pytest.raises(StoreError) as exc:
            store.write([doc("b", "China called Japan.")])
        assert "disk full while writing quotes" in str(exc.value)
        assert store.stats() == before


def test_store_write_empty_batch(db: Path) -> None:
    with open_store(db) as store:
        assert store.write([]) == WriteResult()


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2025-08-06", "2025-08-06"),
        ("2025-08", "2025-08-01"),
        ("2025", "2025-01-01"),
        ("2025-W32", "2025-08-04"),
        ("2025-08-04/2025-08-10", "2025-08-04"),
        ("2025-13", None),
        ("last week", None),
        (None, None),
    ],
)
def test_store_rows_day_of_date_values(value: str | None, day: str | None) -> None:
    got = day_of(value)
    assert (got.isoformat() if got else None) == day


def test_store_write_pipeline_documents_end_to_end(
    db: Path, pipeline: Pipeline, seed_text: str
) -> None:
    from communique import query

    document = pipeline.extract(seed_text, published="2025-08-06", id="seed")
    with open_store(db) as store:
        result = store.write([document])
        assert result.stored == 1
        assert (result.actors, result.events, result.quotes, result.dates) == (
            len(document.actors),
            len(document.events),
            len(document.quotes),
            len(document.dates),
        )
        assert store.stats()["sentences"] == len(document.sentences) > 0
        events = query.events(store, query.Filters(article="seed"))
        assert sorted((e["cameo"], e["trigger"]) for e in events) == sorted(
            (e.cameo, e.trigger) for e in document.events
        )
        pair = {"IND", "RUS"}
        between = [
            e
            for e in document.events
            if e.source and e.target and {e.source.country, e.target.country} == pair
        ]
        series = query.dyad_series(store, "IND", "RUS")
        assert sum(r["n_events"] for r in series) == sum(not e.negated for e in between)
        assert len(query.events(store, query.Filters(dyad="RUS-IND"))) == len(between)
        quotes = query.quotes(store, query.Filters(article="seed"))
        assert sorted(q["text"] for q in quotes) == sorted(q.text for q in document.quotes)
        stored_text = store.connection.execute("SELECT text FROM articles").fetchone()
        assert stored_text == (document.article.text,)
        assert store.write([document]).duplicates == 1


def test_store_write_round_trips_values(db: Path, doc: Doc) -> None:
    base = doc("a", "Perú met Côte.", published=None)
    # ints where floats are expected, then floats: the stored column keeps the fractions
    events = tuple(
        dataclasses.replace(base.events[0], goldstein=g, confidence=c, date=None, plover=None)
        for g, c in [(3, 1), (-2.5, 0.25)] * 700
    )
    with open_store(db) as store:
        store.write([dataclasses.replace(base, events=events)])
        rows = store.connection.execute(
            "SELECT goldstein, confidence, plover, date, day, source_text FROM events"
        ).fetchall()
        article = store.connection.execute("SELECT published, text FROM articles").fetchone()
    assert len(rows) == 1400
    assert rows[:2] == [
        (3.0, 1.0, None, None, None, "Perú"),
        (-2.5, 0.25, None, None, None, "Perú"),
    ]
    assert article == (None, "Perú met Côte.")
