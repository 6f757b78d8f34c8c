"""Stories and event records as articles are written: the store's side of ``records.grouping``.

``Store.write`` calls ``plan`` inside its transaction, for the fresh documents of a
batch: each article gets its story (its sketch's LSH bands are looked up in
``article_bands``, the best candidates' sketches compared; the stored articles' texts are
never read again) and each event row its record (existing records with the same key near
the same day are looked up in ``records``; the others are created). After the rows are
inserted, ``refresh`` recomputes the counts and representative mention of every record
the batch touched, from the current versions of its mentions only, so a superseded
article version stops counting. ``backfill`` groups a database migrated from schema 3.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np

from ..models import Article, Document
from ..records import minhash
from ..records.grouping import (
    STORY_CANDIDATES,
    WINDOW_DAYS,
    Mention,
    MentionKey,
    RecordIndex,
    RecordSlot,
    choose_story,
    key_of,
    mention_keys,
    pair_key,
)
from ..records.minhash import Sketch
from .rows import Row, day_of


@dataclass
class Plan:
    """What a batch's grouping decided: per document its story, sketch and record ids;
    the band rows and new record rows to insert; every record id the batch touched."""

    stories: list[str] = field(default_factory=list)
    sketches: list[Sketch | None] = field(default_factory=list)
    records: list[list[int]] = field(default_factory=list)
    bands: list[Row] = field(default_factory=list)
    new_records: list[Row] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)


#: The identity columns of a new ``records`` row, in order (counts come from ``refresh``).
RECORD_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "BIGINT"),
    ("key", "VARCHAR"),
    ("mutual", "BOOLEAN"),
    *((f"source_{f}", "VARCHAR") for f in ("code", "name", "country", "sector")),
    *((f"target_{f}", "VARCHAR") for f in ("code", "name", "country", "sector")),
    ("pair", "BIGINT"),
    ("cameo", "VARCHAR"),
    ("root", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("goldstein", "DOUBLE"),
    ("plover", "VARCHAR"),
    ("negated", "BOOLEAN"),
    ("day", "DATE"),
    ("dated", "BOOLEAN"),
)
BAND_COLUMNS: tuple[tuple[str, str], ...] = (("band", "BIGINT"), ("article_hash", "VARCHAR"))


def _sketch(size: int | None, blob: bytes | None) -> Sketch | None:
    if not size or not blob:
        return None
    return Sketch(np.frombuffer(blob, dtype=np.uint32), int(size))


def _stories(con: duckdb.DuckDBPyConnection, articles: Sequence[Article], plan: Plan) -> None:
    sketches = [minhash.article_sketch(a) for a in articles]
    keys = [minhash.bands(s.signature) if s else [] for s in sketches]
    pairs = [(i, k) for i, ks in enumerate(keys) for k in ks]
    stored: dict[int, list[tuple[str, Sketch]]] = defaultdict(list)
    if pairs:
        view = "_communique_bands"
        con.register(
            view,
            {
                "i": np.array([i for i, _ in pairs], dtype=np.int32),
                "band": np.array([k for _, k in pairs], dtype=np.int64),
            },
        )
        try:
            rows = con.execute(
                f"""
                WITH c AS (
                    SELECT k.i, b.article_hash, count(*) AS shared
                    FROM {view} k JOIN article_bands b ON b.band = k.band
                    GROUP BY k.i, b.article_hash
                    QUALIFY row_number() OVER (
                        PARTITION BY k.i ORDER BY count(*) DESC, b.article_hash
                    ) <= {STORY_CANDIDATES}
                )
                SELECT c.i, a.story, a.shingles, a.minhash
                FROM c JOIN articles a ON a.hash = c.article_hash
                ORDER BY c.i, c.shared DESC, c.article_hash
                """
            ).fetchall()
        finally:
            con.unregister(view)
        for i, story, size, blob in rows:
            sk = _sketch(size, blob)
            if story and sk is not None:
                stored[int(i)].append((str(story), sk))
    seen: dict[int, list[int]] = defaultdict(list)  # band → earlier documents of the batch
    for i, (article, sk) in enumerate(zip(articles, sketches, strict=True)):
        earlier = sorted({j for k in keys[i] for j in seen.get(k, ())})
        candidates = stored[i] + [
            (plan.stories[j], s) for j in earlier if (s := plan.sketches[j]) is not None
        ]
        plan.stories.append(choose_story(sk, candidates) or article.hash)
        plan.sketches.append(sk)
        for k in keys[i]:
            seen[k].append(i)
            plan.bands.append((k, article.hash))


def _mentions(doc: Document) -> list[Mention]:
    return [Mention.of(e) for e in doc.events]


def _days(doc: Document) -> list[tuple[dt.date | None, bool]]:
    """Each event's day, and whether it is the event's own date: a time expression of its
    sentence has that value (the coder gives an event with none the publication date)."""
    published = day_of(doc.article.published)
    stated = {(d.sentence, d.value) for d in doc.dates if d.value}
    return [(day_of(e.date) or published, (e.sentence_index, e.date) in stated) for e in doc.events]


def _index(con: duckdb.DuckDBPyConnection, keys: list[MentionKey], days: list[Any]) -> RecordIndex:
    """The stored records a batch with these keys and days could join."""
    wanted = sorted({k for mk in keys for k in (mk.key, mk.mutual_key) if k})
    # fetchall, not fetchone: a result left unread blocks the connection's next statement
    ((next_id,),) = con.execute("SELECT coalesce(max(id), 0) + 1 FROM records").fetchall()
    if not wanted:
        return RecordIndex([], int(next_id))
    known = [d for d in days if d is not None]
    lo = min(known) - dt.timedelta(days=WINDOW_DAYS) if known else dt.date.min
    hi = max(known) + dt.timedelta(days=WINDOW_DAYS) if known else dt.date.max
    rows = con.execute(
        "SELECT id, key, day, dated FROM records WHERE key IN (SELECT unnest(?::VARCHAR[])) "
        "AND (day IS NULL OR day BETWEEN ? AND ?)",
        [wanted, lo, hi],
    ).fetchall()
    return RecordIndex(
        [RecordSlot(int(i), k, d, bool(dated)) for i, k, d, dated in rows], int(next_id)
    )


def _records(con: duckdb.DuckDBPyConnection, docs: Sequence[Document], plan: Plan) -> None:
    keys = [mention_keys(_mentions(doc)) for doc in docs]
    days = [_days(doc) for doc in docs]
    index = _index(con, [k for ks in keys for k in ks], [d for ds in days for d, _ in ds])
    for doc, doc_keys, doc_days in zip(docs, keys, days, strict=True):
        ids = []
        for e, key, (day, dated) in zip(doc.events, doc_keys, doc_days, strict=True):
            record, new = index.assign(key, day, dated)
            ids.append(record)
            if new:
                plan.new_records.append(
                    (
                        record,
                        key.key,
                        key.mutual,
                        *_actor(e.source),
                        *_actor(e.target),
                        pair_key(
                            e.source.country if e.source else None,
                            e.target.country if e.target else None,
                        ),
                        e.cameo,
                        e.root,
                        e.quad_class,
                        e.goldstein,
                        e.plover,
                        e.negated,
                        day,
                        dated,
                    )
                )
        plan.records.append(ids)
        plan.touched.update(ids)


def _actor(actor: Any) -> tuple[Any, ...]:
    if actor is None:
        return (None, None, None, None)
    return (actor.code, actor.name or actor.text, actor.country, actor.sector)


def plan(con: duckdb.DuckDBPyConnection, docs: Sequence[Document], *, stories: bool = True) -> Plan:
    """Stories (unless ``stories`` is false: a re-coding keeps them) and records for a
    batch of documents (see the module docstring)."""
    result = Plan()
    if stories:
        _stories(con, [d.article for d in docs], result)
    _records(con, docs, result)
    return result


def records_of(con: duckdb.DuckDBPyConnection, hashes: Sequence[str]) -> set[int]:
    """The records the events of these article versions belong to."""
    if not hashes:
        return set()
    rows = con.execute(
        "SELECT DISTINCT record FROM events WHERE record IS NOT NULL "
        "AND article_hash IN (SELECT unnest(?::VARCHAR[]))",
        [list(hashes)],
    ).fetchall()
    return {int(r) for (r,) in rows}


def refresh(con: duckdb.DuckDBPyConnection, ids: set[int]) -> None:
    """Recompute the counts and representative mention of these records from the
    current versions of their mentions (a record left with none counts 0)."""
    if not ids:
        return
    wanted = sorted(ids)
    con.execute(
        "UPDATE records SET mentions = 0, articles = 0, stories = 0, sources = 0 "
        "WHERE id IN (SELECT unnest(?::BIGINT[]))",
        [wanted],
    )
    con.execute(
        """
        UPDATE records SET
            mentions = s.mentions, articles = s.articles, stories = s.stories,
            sources = s.sources, first_seen = s.first_seen, last_seen = s.last_seen,
            added = s.added, reported = s.reported, lead = s.lead,
            confidence = s.confidence, article_hash = s.article_hash,
            article_id = s.article_id, sentence = s.sentence, trigger = s.trigger,
            sentence_text = s.sentence_text, url = s.url
        FROM (
            WITH m AS (
                SELECT e.record, e.article_hash, e.sentence, e.start,
                       max(coalesce(e.mentions, 1)) AS n, max(e.confidence) AS confidence,
                       bool_and(coalesce(e.reported, false)) AS reported,
                       any_value(e.trigger) AS trigger,
                       any_value(e.sentence_text) AS sentence_text,
                       any_value(a.id) AS article_id, any_value(a.story) AS story,
                       any_value(a.outlet) AS outlet, any_value(a.url) AS url,
                       any_value(a.published) AS published,
                       any_value(a.ingested_at) AS ingested_at
                FROM events e JOIN articles a ON a.hash = e.article_hash AND a.current
                WHERE e.record IN (SELECT unnest(?::BIGINT[]))
                GROUP BY e.record, e.article_hash, e.sentence, e.start
            ),
            lead AS (
                SELECT article_hash, min(idx) AS first_body FROM sentences
                WHERE kind = 'body' AND article_hash IN (SELECT article_hash FROM m)
                GROUP BY article_hash
            ),
            ranked AS (
                SELECT m.*, m.sentence <= coalesce(l.first_body, 0) AS in_lead,
                       row_number() OVER (
                           PARTITION BY m.record
                           ORDER BY m.confidence DESC NULLS LAST, m.published NULLS LAST,
                                    m.article_id, m.sentence, m.start
                       ) AS rank
                FROM m LEFT JOIN lead l USING (article_hash)
            ),
            agg AS (
                SELECT record, sum(n) AS mentions, count(DISTINCT article_hash) AS articles,
                       count(DISTINCT story) AS stories,
                       greatest(count(DISTINCT outlet), 1) AS sources,
                       min(published) AS first_seen, max(published) AS last_seen,
                       min(ingested_at) AS added, bool_and(reported) AS reported,
                       bool_or(in_lead) AS lead, max(confidence) AS confidence
                FROM ranked GROUP BY record
            )
            SELECT agg.*, r.article_hash, r.article_id, r.sentence, r.trigger,
                   r.sentence_text, coalesce(r.url, r.article_id) AS url
            FROM agg JOIN ranked r ON r.record = agg.record AND r.rank = 1
        ) s
        WHERE records.id = s.record
        """,
        [wanted],
    )


def backfill(con: duckdb.DuckDBPyConnection) -> None:
    """Group a database migrated from schema 3: stories for every stored article, in
    the order they were stored, and records for every event row."""
    articles = con.execute(
        "SELECT hash, id, title, text, published FROM articles ORDER BY ingested_at, hash"
    ).fetchall()
    if not articles:
        return
    result = Plan()
    _stories(con, [Article(id=i, text=t, title=ti, hash=h) for h, i, ti, t, _ in articles], result)
    story_rows = [
        (h, story, sk.size if sk else None, sk.signature.tobytes() if sk else None)
        for (h, *_), story, sk in zip(articles, result.stories, result.sketches, strict=True)
    ]
    con.executemany(
        "UPDATE articles SET story = ?, shingles = ?, minhash = ? WHERE hash = ?",
        [(s, n, b, h) for h, s, n, b in story_rows],
    )
    if result.bands:
        con.executemany("INSERT INTO article_bands VALUES (?, ?)", result.bands)
    rows = con.execute(
        """SELECT e.rowid, e.article_hash, e.sentence, e.start, e."end", e.cameo, e.negated,
                  e.source_code, e.source_name, e.source_text, e.target_code, e.target_name,
                  e.target_text, e.day, e.root, e.quad_class, e.goldstein, e.plover,
                  e.source_country, e.source_sector, e.target_country, e.target_sector,
                  EXISTS (SELECT 1 FROM dates d WHERE d.article_hash = e.article_hash
                          AND d.sentence = e.sentence AND d.value = e.date) AS dated
           FROM events e JOIN articles a ON a.hash = e.article_hash
           ORDER BY a.ingested_at, a.hash, e.sentence, e.start"""
    ).fetchall()
    by_article: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        by_article[row[1]].append(row)
    index = RecordIndex([], 1)
    new_records: list[Row] = []
    assigned: list[tuple[int, int]] = []
    for h, *_ in articles:
        group = by_article.get(h, [])
        mentions = [
            Mention(
                r[2] or 0,
                r[3],
                r[4],
                r[5],
                bool(r[6]),
                key_of(r[7], r[8], r[9]),
                key_of(r[10], r[11], r[12]),
            )
            for r in group
        ]
        for r, key in zip(group, mention_keys(mentions), strict=True):
            dated = bool(r[22])
            record, new = index.assign(key, r[13], dated)
            assigned.append((int(r[0]), record))
            if new:
                new_records.append(
                    (
                        record,
                        key.key,
                        key.mutual,
                        r[7],
                        r[8] or r[9],
                        r[18],
                        r[19],
                        r[10],
                        r[11] or r[12],
                        r[20],
                        r[21],
                        pair_key(r[18], r[20]),
                        r[5],
                        r[14],
                        r[15],
                        r[16],
                        r[17],
                        bool(r[6]),
                        r[13],
                        dated,
                    )
                )
    names = ", ".join(name for name, _ in RECORD_COLUMNS)
    marks = ", ".join("?" for _ in RECORD_COLUMNS)
    if new_records:
        con.executemany(f"INSERT INTO records ({names}) VALUES ({marks})", new_records)
    if assigned:
        con.executemany(
            "UPDATE events SET record = ? WHERE rowid = ?", [(r, i) for i, r in assigned]
        )
    refresh(con, {r for _, r in assigned})
