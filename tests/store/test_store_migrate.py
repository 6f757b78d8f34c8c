"""Older databases are migrated forward; the schema is built only by migrations."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from communique.errors import StoreError
from communique.store import SCHEMA_VERSION, TABLES, open_store
from communique.store.schema import steps_after

# A version-1 database as that release wrote it, by hand: the contract's records, no
# sentences table and no events.mentions column.
V1 = [
    "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    "INSERT INTO meta VALUES ('schema_version', '1')",
    """CREATE TABLE articles (hash VARCHAR PRIMARY KEY, id VARCHAR NOT NULL,
        version INTEGER NOT NULL DEFAULT 1, current BOOLEAN NOT NULL DEFAULT true,
        title VARCHAR, published DATE, published_origin VARCHAR, url VARCHAR, outlet VARCHAR,
        language VARCHAR, source VARCHAR, text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL)""",
    """CREATE TABLE actors (article_hash VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
        sentence INTEGER, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
        name VARCHAR, country VARCHAR, sector VARCHAR, code VARCHAR, kind VARCHAR, entity INTEGER)""",
    """CREATE TABLE events (article_hash VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
        sentence INTEGER, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        source_text VARCHAR, source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR,
        source_code VARCHAR, target_text VARCHAR, target_name VARCHAR, target_country VARCHAR,
        target_sector VARCHAR, target_code VARCHAR, cameo VARCHAR NOT NULL, root VARCHAR NOT NULL,
        quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL, plover VARCHAR, date VARCHAR,
        day DATE, negated BOOLEAN NOT NULL DEFAULT false, trigger VARCHAR,
        sentence_text VARCHAR, confidence DOUBLE)""",
    """CREATE TABLE quotes (article_hash VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
        sentence INTEGER, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
        speaker_text VARCHAR, speaker_name VARCHAR, speaker_country VARCHAR,
        speaker_sector VARCHAR, speaker_code VARCHAR, speaker_start INTEGER,
        speaker_end INTEGER, cue VARCHAR)""",
    """CREATE TABLE dates (article_hash VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
        sentence INTEGER, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
        value VARCHAR)""",
    """INSERT INTO articles VALUES ('h1', 'old-article', 1, true, 'Talks', DATE '2025-08-06',
        'flag', NULL, NULL, NULL, NULL, 'India met Russia.', TIMESTAMP '2025-08-07 10:00:00')""",
    """INSERT INTO events VALUES ('h1', 'old-article', 0, 6, 9, 'India', 'India', 'IND', 'GOV',
        'INDGOV', 'Russia', 'Russia', 'RUS', NULL, NULL, '040', '04', 1, 1.0, 'CONSULT',
        '2025-08-06', DATE '2025-08-06', false, 'met', 'India met Russia.', 0.5)""",
]


def _build(db: Path, statements: list[str]) -> None:
    con = duckdb.connect(str(db))
    for sql in statements:
        con.execute(sql)
    con.close()


def test_store_migrate_version_1_keeps_rows_and_adds_later_columns(db: Path) -> None:
    _build(db, V1)
    with open_store(db) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.stats() == {**dict.fromkeys(TABLES, 0), "articles": 1, "events": 1}
        assert store.has_hash("h1")
        row = store.connection.execute(
            "SELECT article_id, cameo, mentions, reported, speaker_name FROM events"
        ).fetchall()
        assert row == [("old-article", "040", 1, False, None)]
    with open_store(db, read_only=True) as store:  # migrated once, readable read-only
        assert store.schema_version == SCHEMA_VERSION


@pytest.mark.parametrize(
    "statements",
    [
        [],
        [
            "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
            "INSERT INTO meta VALUES ('schema_version', '0')",
        ],
    ],
    ids=["empty-duckdb-file", "meta-version-0"],
)
def test_store_migrate_version_0_builds_everything(db: Path, statements: list[str]) -> None:
    _build(db, statements)
    with open_store(db) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.stats() == dict.fromkeys(TABLES, 0)


def test_store_migrate_refused_in_read_only_mode(db: Path) -> None:
    _build(db, V1)
    with pytest.raises(StoreError) as exc:
        open_store(db, read_only=True)
    assert "older schema version 1" in str(exc.value)
    assert "\n" not in str(exc.value)


def test_store_migrate_steps_cover_every_version() -> None:
    assert [v for v, _ in steps_after(0)] == list(range(1, SCHEMA_VERSION + 1))
    assert steps_after(SCHEMA_VERSION) == []


def test_store_migrate_groups_an_older_database_into_stories_and_records(db: Path) -> None:
    _build(db, V1)
    with open_store(db) as store:
        _, articles = store.fetch("SELECT story, shingles FROM articles")
        _, records = store.fetch("SELECT key, mentions, articles, day FROM records")
        _, events = store.fetch("SELECT record FROM events")
    assert articles == [("h1", 1)]  # its own story, named by its hash (3 words: 1 shingle)
    assert [(k, m, a) for k, m, a, _ in records] == [("D|INDGOV|~russia|040|", 1, 1)]
    assert events == [(1,)]
