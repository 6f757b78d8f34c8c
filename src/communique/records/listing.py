"""Event records, their mentions and stories, as pages of rows.

Every function takes an open ``Store``, the selection as arguments (``query.Filters``
and keywords) and a page (``limit`` rows from ``offset``; ``limit`` at most
``MAX_LIMIT``, None only where said), and returns plain rows (dicts of JSON-ready
values), so a command line, a notebook and a web API read the same thing. Only records
with at least one mention in a current article version are returned.

``Filters`` apply to records as follows: ``country`` either side; ``dyad`` the two
countries in either direction; ``since``/``until`` the record's day; ``code`` a CAMEO
code prefix or PLOVER type; ``text``, ``speaker`` and ``article`` keep the records with a
mention that matches them (as ``events --mentions`` would list it); ``min_confidence``
keeps the records whose most confident mention reaches it (a record's counts include
all its mentions: other reports of an event the coder believes still report it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..query import Filters, checked, where
from .grouping import pair_key

if TYPE_CHECKING:
    from ..store import Store

#: The most rows one call returns.
MAX_LIMIT = 10_000

#: The columns of an event record row, in order.
RECORD_COLUMNS: tuple[str, ...] = (
    "id",
    "date",
    "source",
    "source_code",
    "source_country",
    "target",
    "target_code",
    "target_country",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "mutual",
    "negated",
    "reported",
    "mentions",
    "articles",
    "stories",
    "sources",
    "first_seen",
    "last_seen",
    "confidence",
    "trigger",
    "sentence",
    "article_id",
    "url",
)

_SELECT = (
    "SELECT r.id, r.day AS date, r.source_name AS source, r.source_code, r.source_country, "
    "r.target_name AS target, r.target_code, r.target_country, r.cameo, r.root, "
    "r.quad_class, r.goldstein, r.plover, r.mutual, r.negated, r.reported, r.mentions, "
    "r.articles, r.stories, r.sources, r.first_seen, r.last_seen, r.confidence, r.trigger, "
    "r.sentence_text AS sentence, r.article_id, r.url"
)


def page(limit: int | None, offset: int, *, unbounded: bool = False) -> str:
    """The LIMIT/OFFSET clause of a page; UsageError for a bad one."""
    if offset < 0:
        raise UsageError(f"offset must be 0 or more, got {offset}")
    if limit is None:
        if not unbounded:
            raise UsageError("a limit is needed here")
        return f" OFFSET {int(offset)}" if offset else ""
    if limit < 0 or limit > MAX_LIMIT:
        raise UsageError(f"limit must be between 0 and {MAX_LIMIT}, got {limit}")
    return f" LIMIT {int(limit)} OFFSET {int(offset)}"


def plain(value: Any) -> Any:
    """A value as JSON can hold it: dates as ISO strings."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def rows(store: Store, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    names, found = store.fetch(sql, list(params))
    return [{n: plain(v) for n, v in zip(names, row, strict=True)} for row in found]


def record_where(filters: Filters, ids: Sequence[int] | None = None) -> tuple[str, list[Any]]:
    """The WHERE clause (records aliased ``r``) for these filters, and its parameters."""
    f = checked(filters)
    clauses = ["r.mentions > 0"]
    params: list[Any] = []
    if ids is not None:
        clauses.append("r.id IN (SELECT unnest(?::BIGINT[]))")
        params.append([int(i) for i in ids])
    if f.country:
        clauses.append("(r.source_country = ? OR r.target_country = ?)")
        params += [f.country, f.country]
    if f.dyad:
        a, b = f.dyad.split("-")
        clauses.append("r.pair = ?")
        params.append(pair_key(a, b))
    if f.since:
        clauses.append("r.day >= ?::DATE")
        params.append(f.since)
    if f.until:
        clauses.append("r.day <= ?::DATE")
        params.append(f.until)
    if f.min_confidence:
        clauses.append("coalesce(r.confidence, 1.0) >= ?")
        params.append(f.min_confidence)
    if f.code:
        if f.code.isdigit():
            clauses.append("r.cameo LIKE ?")
            params.append(f.code + "%")
        else:
            clauses.append("upper(r.plover) = ?")
            params.append(f.code)
    if f.text or f.speaker or f.article is not None:
        mention_filters = Filters(text=f.text, speaker=f.speaker, article=f.article)
        frm, values = where("events", mention_filters)
        clauses.append(f"r.id IN (SELECT e.record {frm})")
        params += values
    return " WHERE " + " AND ".join(clauses), params


def event_records(
    store: Store,
    filters: Filters | None = None,
    *,
    ids: Sequence[int] | None = None,
    limit: int | None = 100,
    offset: int = 0,
    unbounded: bool = False,
) -> list[dict[str, Any]]:
    """Event records matching ``filters`` (and ``ids`` when given), by day then id.

    Each row has ``RECORD_COLUMNS``: the record's id and day (``date``), its actors
    (name, code, country), CAMEO code, root, quad class, Goldstein score and PLOVER type,
    whether it is mutual (one act of both sides), negated, or only reported in someone's
    words, how many ``mentions``, ``articles``, ``stories`` and ``sources`` (distinct
    outlets; at least 1) report it, the first and last publication day among them, and
    its representative mention (the most confident): ``confidence``, ``trigger``,
    ``sentence``, ``article_id``, ``url``. ``limit=None`` needs ``unbounded=True``.
    """
    where_sql, params = record_where(filters or Filters(), ids)
    sql = f"{_SELECT} FROM records r{where_sql} ORDER BY r.day NULLS LAST, r.id"
    return rows(store, sql + page(limit, offset, unbounded=unbounded), params)


def count_records(store: Store, filters: Filters | None = None) -> int:
    """How many event records match ``filters`` (for paging)."""
    where_sql, params = record_where(filters or Filters())
    _, found = store.fetch(f"SELECT count(*) FROM records r{where_sql}", params)
    return int(found[0][0])


def record_mentions(
    store: Store, record: int, *, limit: int | None = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """The mentions (stored ``events`` rows of current article versions) behind one
    record: the evidence, with the columns of ``query.events`` plus ``outlet`` and
    ``story``."""
    from ..query import EVENT_COLUMNS

    sql = (
        f"SELECT {EVENT_COLUMNS}, a.outlet, a.story FROM events e "
        "JOIN articles a ON a.hash = e.article_hash AND a.current WHERE e.record = ? "
        "ORDER BY a.published NULLS LAST, e.article_id, e.sentence, e.start"
    )
    return rows(store, sql + page(limit, offset), [int(record)])


def stories(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    min_articles: int = 1,
    limit: int | None = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stories (groups of articles that are copies or versions of one text), largest
    first: ``story`` (its id: the first article's content hash), ``articles``,
    ``sources`` (distinct outlets), ``first_published``, ``last_published``, ``title``
    (the first article's), ``outlets`` and ``article_ids`` (up to 20 each)."""
    f = checked(Filters(since=since, until=until))
    clauses, params = ["a.current", "a.story IS NOT NULL"], []
    if f.since:
        clauses.append("a.published >= ?::DATE")
        params.append(f.since)
    if f.until:
        clauses.append("a.published <= ?::DATE")
        params.append(f.until)
    sql = (
        "SELECT a.story, count(*) AS articles, greatest(count(DISTINCT a.outlet), 1) AS sources, "
        "min(a.published) AS first_published, max(a.published) AS last_published, "
        "arg_min(a.title, a.ingested_at) AS title, "
        "list(DISTINCT a.outlet ORDER BY a.outlet) FILTER (WHERE a.outlet IS NOT NULL)[1:20] AS outlets, "
        "list(a.id ORDER BY a.published NULLS LAST, a.id)[1:20] AS article_ids "
        f"FROM articles a WHERE {' AND '.join(clauses)} GROUP BY a.story "
        "HAVING count(*) >= ? ORDER BY articles DESC, first_published NULLS LAST, a.story"
    )
    return rows(store, sql + page(limit, offset), [*params, int(min_articles)])
