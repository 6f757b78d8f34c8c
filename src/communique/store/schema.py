"""The database schema, as the ordered list of migrations that builds it.

The schema is defined only by its migrations: a new database runs every step from
version 0 (an empty file) up to ``SCHEMA_VERSION``, an older database runs the steps it
has not seen, so a fresh store and a migrated one are built by the same SQL. The table
``meta`` holds ``schema_version``. To change the schema, append a step to ``MIGRATIONS``
(never edit a published one) and bump nothing else: ``SCHEMA_VERSION`` follows.

Versions:
    1. the records of the extraction contract: ``articles``, ``actors``, ``events``,
       ``quotes``, ``dates``, each row with its article and sentence index and offsets.
    2. ``sentences`` (the article's sentences and the kind of block they are in) and
       ``events.mentions`` (how many sentences reported the same event).
    3. ``events.reported`` (stated inside a quotation or reported speech) and the
       ``events.speaker_*`` columns (who stated it).
    4. stories, event records and coder stamps: ``articles.story`` (the story it belongs
       to), ``articles.shingles``/``minhash`` (its sketch) and ``article_bands`` (its LSH
       band keys, the index a new article's story is found with); ``records`` (one row
       per event record, with its counts and representative mention) and
       ``events.record`` (the record a mention belongs to); ``coders`` (one row per
       coder stamp) and ``articles.coder``/``events.coder`` (the stamp that coded them).
       Databases of version 3 are grouped once when migrated (see ``store.grouping``).
    5. ``feeds`` and ``feed_urls``: what ``communique watch`` knows about each feed (its
       validators, last success, failures and back-off) and each entry URL it has seen
       (pending, stored or skipped, and why); see ``store.feeds``.

Keys. An article is identified by its content hash (``articles.hash``, the primary key):
the same text is stored once, whatever its id. The same ``id`` with a different text is a
new *version* of that article: it is stored with ``version`` one higher and becomes
``current``; the older versions stay, with ``current = false``, and queries read only
current versions so an edited article is not counted twice. Rows of the other tables
point at their article by ``article_hash`` (exact version) and carry the ``article_id``
for convenience. ``start``/``end`` are character offsets into ``articles.text`` (``end``
is an SQL keyword: quote it, ``"end"``). ``events.day`` is the day an event is counted
on: the first day of its date's period, or the article's publication date when it has
no date.
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # -- version 1: the records of the extraction contract --------------------------------
    [
        """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
        """CREATE TABLE articles (
            hash VARCHAR PRIMARY KEY,
            id VARCHAR NOT NULL,
            version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
            current BOOLEAN NOT NULL DEFAULT true,
            title VARCHAR,
            published DATE,
            published_origin VARCHAR,
            url VARCHAR,
            outlet VARCHAR,
            language VARCHAR,
            source VARCHAR,
            text VARCHAR NOT NULL,
            ingested_at TIMESTAMP NOT NULL
        )""",
        """CREATE TABLE actors (
            article_hash VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            sentence INTEGER,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            name VARCHAR,
            country VARCHAR,
            sector VARCHAR,
            code VARCHAR,
            kind VARCHAR,
            entity INTEGER,
            CHECK (0 <= start AND start <= "end")
        )""",
        """CREATE TABLE events (
            article_hash VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            sentence INTEGER,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            source_text VARCHAR,
            source_name VARCHAR,
            source_country VARCHAR,
            source_sector VARCHAR,
            source_code VARCHAR,
            target_text VARCHAR,
            target_name VARCHAR,
            target_country VARCHAR,
            target_sector VARCHAR,
            target_code VARCHAR,
            cameo VARCHAR NOT NULL CHECK (regexp_full_match(cameo, '[0-9]{2,4}')),
            root VARCHAR NOT NULL CHECK (regexp_full_match(root, '[0-9]{2}')),
            quad_class INTEGER NOT NULL CHECK (quad_class BETWEEN 0 AND 4),
            goldstein DOUBLE NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
            plover VARCHAR,
            date VARCHAR,
            day DATE,
            negated BOOLEAN NOT NULL DEFAULT false,
            trigger VARCHAR,
            sentence_text VARCHAR,
            confidence DOUBLE CHECK (confidence BETWEEN 0 AND 1),
            CHECK (0 <= start AND start <= "end")
        )""",
        """CREATE TABLE quotes (
            article_hash VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            sentence INTEGER,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            speaker_text VARCHAR,
            speaker_name VARCHAR,
            speaker_country VARCHAR,
            speaker_sector VARCHAR,
            speaker_code VARCHAR,
            speaker_start INTEGER,
            speaker_end INTEGER,
            cue VARCHAR,
            CHECK (0 <= start AND start <= "end")
        )""",
        """CREATE TABLE dates (
            article_hash VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            sentence INTEGER,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            value VARCHAR,
            CHECK (0 <= start AND start <= "end")
        )""",
    ],
    # -- version 2: sentences, and how often an event was reported ------------------------
    [
        """CREATE TABLE sentences (
            article_hash VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            CHECK (0 <= start AND start <= "end")
        )""",
        """ALTER TABLE events ADD COLUMN mentions INTEGER DEFAULT 1""",
    ],
    # -- version 3: reported speech and its speaker -----------------------------------------
    [
        """ALTER TABLE events ADD COLUMN reported BOOLEAN DEFAULT false""",
        """ALTER TABLE events ADD COLUMN speaker_text VARCHAR""",
        """ALTER TABLE events ADD COLUMN speaker_name VARCHAR""",
        """ALTER TABLE events ADD COLUMN speaker_country VARCHAR""",
        """ALTER TABLE events ADD COLUMN speaker_sector VARCHAR""",
        """ALTER TABLE events ADD COLUMN speaker_code VARCHAR""",
    ],
    # -- version 4: stories, event records, coder stamps ------------------------------------
    [
        """ALTER TABLE articles ADD COLUMN story VARCHAR""",
        """ALTER TABLE articles ADD COLUMN shingles INTEGER""",
        """ALTER TABLE articles ADD COLUMN minhash BLOB""",
        """ALTER TABLE articles ADD COLUMN coder VARCHAR""",
        """CREATE TABLE article_bands (band BIGINT NOT NULL, article_hash VARCHAR NOT NULL)""",
        """ALTER TABLE events ADD COLUMN record BIGINT""",
        """ALTER TABLE events ADD COLUMN coder VARCHAR""",
        """CREATE TABLE coders (
            id VARCHAR NOT NULL,
            communique VARCHAR NOT NULL,
            model VARCHAR NOT NULL,
            model_version VARCHAR NOT NULL,
            tables VARCHAR NOT NULL,
            first_used TIMESTAMP NOT NULL
        )""",
        """CREATE TABLE records (
            id BIGINT NOT NULL,
            key VARCHAR NOT NULL,
            mutual BOOLEAN NOT NULL,
            source_code VARCHAR,
            source_name VARCHAR,
            source_country VARCHAR,
            source_sector VARCHAR,
            target_code VARCHAR,
            target_name VARCHAR,
            target_country VARCHAR,
            target_sector VARCHAR,
            pair BIGINT,
            cameo VARCHAR NOT NULL,
            root VARCHAR NOT NULL,
            quad_class INTEGER NOT NULL,
            goldstein DOUBLE NOT NULL,
            plover VARCHAR,
            negated BOOLEAN NOT NULL,
            day DATE,
            dated BOOLEAN NOT NULL DEFAULT true,
            mentions INTEGER NOT NULL DEFAULT 0,
            articles INTEGER NOT NULL DEFAULT 0,
            stories INTEGER NOT NULL DEFAULT 0,
            sources INTEGER NOT NULL DEFAULT 0,
            first_seen DATE,
            last_seen DATE,
            added TIMESTAMP,
            reported BOOLEAN,
            lead BOOLEAN,
            confidence DOUBLE,
            article_hash VARCHAR,
            article_id VARCHAR,
            sentence INTEGER,
            trigger VARCHAR,
            sentence_text VARCHAR,
            url VARCHAR
        )""",
    ],
    # -- version 5: the state of watched feeds (store.feeds) --------------------------------
    [
        """CREATE TABLE feeds (
            url VARCHAR PRIMARY KEY,
            kind VARCHAR,
            etag VARCHAR,
            last_modified VARCHAR,
            final_url VARCHAR,
            added_at TIMESTAMP NOT NULL,
            last_checked TIMESTAMP,
            last_success TIMESTAMP,
            last_status VARCHAR,
            last_error VARCHAR,
            failures INTEGER NOT NULL DEFAULT 0,
            next_check TIMESTAMP,
            checks INTEGER NOT NULL DEFAULT 0,
            not_modified INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE feed_urls (
            url VARCHAR PRIMARY KEY,
            feed VARCHAR NOT NULL,
            published DATE,
            first_seen TIMESTAMP NOT NULL,
            status VARCHAR NOT NULL CHECK (status IN ('pending', 'stored', 'duplicate', 'skipped')),
            reason VARCHAR,
            detail VARCHAR,
            attempts INTEGER NOT NULL DEFAULT 0,
            done_at TIMESTAMP,
            article_hash VARCHAR
        )""",
    ],
]

#: The schema version this release writes and reads.
SCHEMA_VERSION: int = len(MIGRATIONS)

#: The tables of the store, in the order ``Store.stats`` reports them.
TABLES: tuple[str, ...] = ("articles", "sentences", "actors", "events", "quotes", "dates")


def steps_after(version: int) -> list[tuple[int, list[str]]]:
    """The migrations that bring a database at ``version`` to ``SCHEMA_VERSION``."""
    return [(i + 1, MIGRATIONS[i]) for i in range(version, SCHEMA_VERSION)]
