"""Documents → table rows: the columns the store writes and how a record fills them.

Each table is written with one bulk ``INSERT … SELECT unnest(?), unnest(?), …`` per batch
(one list per column), so a column here is a name and its DuckDB type.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from ..models import Actor, Document
from ..records.minhash import Sketch

Row = tuple[Any, ...]

#: (column, DuckDB type) per table, in the order the row builders fill them.
#: Where a record of an article's layer sits: its article and its place in the text.
_LOCATED: tuple[tuple[str, str], ...] = (
    ("article_hash", "VARCHAR"),
    ("article_id", "VARCHAR"),
    ("sentence", "INTEGER"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
)

COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("hash", "VARCHAR"),
        ("id", "VARCHAR"),
        ("version", "INTEGER"),
        ("current", "BOOLEAN"),
        ("title", "VARCHAR"),
        ("published", "DATE"),
        ("published_origin", "VARCHAR"),
        ("url", "VARCHAR"),
        ("outlet", "VARCHAR"),
        ("language", "VARCHAR"),
        ("source", "VARCHAR"),
        ("text", "VARCHAR"),
        ("ingested_at", "TIMESTAMP"),
        ("story", "VARCHAR"),
        ("shingles", "INTEGER"),
        ("minhash", "BLOB"),
        ("coder", "VARCHAR"),
    ),
    "sentences": (
        ("article_hash", "VARCHAR"),
        ("article_id", "VARCHAR"),
        ("idx", "INTEGER"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("kind", "VARCHAR"),
        ("text", "VARCHAR"),
    ),
    "actors": (
        *_LOCATED,
        ("text", "VARCHAR"),
        ("name", "VARCHAR"),
        ("country", "VARCHAR"),
        ("sector", "VARCHAR"),
        ("code", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("entity", "INTEGER"),
    ),
    "events": (
        *_LOCATED,
        *((f"source_{f}", "VARCHAR") for f in ("text", "name", "country", "sector", "code")),
        *((f"target_{f}", "VARCHAR") for f in ("text", "name", "country", "sector", "code")),
        ("cameo", "VARCHAR"),
        ("root", "VARCHAR"),
        ("quad_class", "INTEGER"),
        ("goldstein", "DOUBLE"),
        ("plover", "VARCHAR"),
        ("date", "VARCHAR"),
        ("day", "DATE"),
        ("negated", "BOOLEAN"),
        ("trigger", "VARCHAR"),
        ("sentence_text", "VARCHAR"),
        ("confidence", "DOUBLE"),
        ("mentions", "INTEGER"),
        ("reported", "BOOLEAN"),
        *((f"speaker_{f}", "VARCHAR") for f in ("text", "name", "country", "sector", "code")),
        ("record", "BIGINT"),
        ("coder", "VARCHAR"),
    ),
    "quotes": (
        *_LOCATED,
        ("text", "VARCHAR"),
        *((f"speaker_{f}", "VARCHAR") for f in ("text", "name", "country", "sector", "code")),
        ("speaker_start", "INTEGER"),
        ("speaker_end", "INTEGER"),
        ("cue", "VARCHAR"),
    ),
    "dates": (
        *_LOCATED,
        ("text", "VARCHAR"),
        ("value", "VARCHAR"),
    ),
}

_WEEK = re.compile(r"(\d{4})-W(\d{1,2})$")
_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_YEAR = re.compile(r"(\d{4})$")


def day_of(value: str | None) -> dt.date | None:
    """The first day of a date value's period: ``2025-08-06``, ``2025-08`` → 1 Aug,
    ``2025`` → 1 Jan, ``2025-W32`` → its Monday, ``a/b`` → the first day of ``a``;
    None for None or a value it cannot read."""
    if not value:
        return None
    value = value.strip().split("/", 1)[0]
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return dt.date.fromisoformat(value[:10])
        if m := _WEEK.match(value):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := _MONTH.match(value):
            return dt.date(int(m[1]), int(m[2]), 1)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1)
    except ValueError:
        return None
    return None


def _actor(actor: Actor | None) -> Row:
    if actor is None:
        return (None, None, None, None, None)
    return (actor.text, actor.name, actor.country, actor.sector, actor.code)


def document_rows(
    doc: Document,
    version: int,
    ingested_at: dt.datetime,
    *,
    story: str | None = None,
    sketch: Sketch | None = None,
    records: Sequence[int | None] | None = None,
) -> dict[str, list[Row]]:
    """The rows of every table for one document, stored as ``version`` of its id, in
    ``story`` with its ``sketch``, its events in ``records`` (one id per event)."""
    a = doc.article
    coder = doc.coder.id if doc.coder else None
    record_ids = list(records) if records is not None else [None] * len(doc.events)
    h, aid = a.hash, a.id
    published = day_of(a.published)
    rows: dict[str, list[Row]] = {
        "articles": [
            (
                h,
                aid,
                version,
                True,
                a.title,
                published,
                a.published_origin,
                a.url,
                a.outlet,
                a.language,
                a.source,
                a.text,
                ingested_at,
                story,
                sketch.size if sketch else None,
                sketch.signature.tobytes() if sketch else None,
                coder,
            )
        ],
        "sentences": [(h, aid, s.index, s.start, s.end, s.kind, s.text) for s in doc.sentences],
        "actors": [
            (
                h,
                aid,
                m.sentence,
                m.start,
                m.end,
                m.text,
                m.name,
                m.country,
                m.sector,
                m.code,
                m.kind,
                m.entity,
            )
            for m in doc.actors
        ],
        "events": [
            (
                h,
                aid,
                e.sentence_index,
                e.start,
                e.end,
                *_actor(e.source),
                *_actor(e.target),
                e.cameo,
                e.root,
                e.quad_class,
                e.goldstein,
                e.plover,
                e.date,
                day_of(e.date) or published,
                e.negated,
                e.trigger,
                e.sentence,
                e.confidence,
                e.mentions,
                e.reported,
                *_actor(e.speaker),
                record,
                coder,
            )
            for e, record in zip(doc.events, record_ids, strict=True)
        ],
        "quotes": [
            (
                h,
                aid,
                q.sentence,
                q.start,
                q.end,
                q.text,
                *_actor(q.speaker),
                q.speaker_start,
                q.speaker_end,
                q.cue,
            )
            for q in doc.quotes
        ],
        "dates": [(h, aid, d.sentence, d.start, d.end, d.text, d.value) for d in doc.dates],
    }
    return rows
