"""The state of watched feeds, kept in the database so that a restart goes on where it stopped.

Two tables (schema version 5):

``feeds``
    one row per feed or sitemap URL ``communique watch`` was given: its HTTP validators
    (``etag``, ``last_modified``) for the next conditional GET, when it was last checked
    and last answered, its ``last_status`` (``ok``, ``not-modified`` or a failure reason
    such as ``http-500``), its consecutive ``failures`` and the time before which it is
    not checked again (``next_check``, its back-off), and counters of checks and 304s.
``feed_urls``
    one row per entry URL a feed listed, recorded as ``pending`` in the same transaction
    that saves the feed's new validators (so a feed that answers 304 afterwards never hides
    an entry that was not fetched yet), then ``stored``, ``duplicate`` (its text was stored
    already) or ``skipped`` with a reason. A URL in this table, or already stored as an
    article's id or URL, is never fetched again; a pending one counts its ``attempts``.

Only this module reads and writes these tables; ``communique.watch`` decides what to write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import duckdb

from ..errors import StoreError
from .duck import Store, first_line

T = TypeVar("T")

#: What a finished entry URL can be.
DONE_STATUSES = ("stored", "duplicate", "skipped")


@dataclass(frozen=True)
class FeedState:
    """One feed's row of ``feeds``."""

    url: str
    kind: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None
    last_checked: dt.datetime | None = None
    last_success: dt.datetime | None = None
    last_status: str | None = None
    last_error: str | None = None
    failures: int = 0
    next_check: dt.datetime | None = None
    checks: int = 0
    not_modified: int = 0

    def due(self, now: dt.datetime) -> bool:
        """Whether the feed is to be checked at ``now`` (it is not backing off)."""
        return self.next_check is None or self.next_check <= now


@dataclass(frozen=True)
class PendingUrl:
    """An entry URL found in a feed and not fetched (or not successfully) yet."""

    url: str
    feed: str
    published: str | None
    attempts: int


_FEED_COLUMNS = (
    "url, kind, etag, last_modified, final_url, last_checked, last_success, last_status, "
    "last_error, failures, next_check, checks, not_modified"
)


def _write(store: Store, what: str, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
    """Run ``work`` in one transaction; any DuckDB error is a one-line ``StoreError``."""
    if store.read_only:
        raise StoreError(f"{store.path} was opened read-only; cannot {what}")
    con = store.connection
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            result = work(con)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    except duckdb.Error as exc:
        raise StoreError(f"cannot {what} in {store.path}: {first_line(exc)}") from None
    return result


def add_feeds(store: Store, urls: Iterable[str], now: dt.datetime) -> int:
    """Register feeds not known yet; returns how many were new."""
    wanted = list(dict.fromkeys(urls))

    def work(con: duckdb.DuckDBPyConnection) -> int:
        known = {
            u
            for (u,) in con.execute(
                "SELECT url FROM feeds WHERE url IN (SELECT unnest(?::VARCHAR[]))", [wanted]
            ).fetchall()
        }
        new = [u for u in wanted if u not in known]
        for url in new:
            con.execute("INSERT INTO feeds (url, added_at) VALUES (?, ?)", [url, now])
        return len(new)

    return _write(store, "register feeds", work)


def feed_states(store: Store, urls: Sequence[str] | None = None) -> list[FeedState]:
    """The state of the given feeds (in that order; unknown ones left out), or of all."""
    if urls is None:
        _, rows = store.fetch(f"SELECT {_FEED_COLUMNS} FROM feeds ORDER BY url")
        return [FeedState(*row) for row in rows]
    _, rows = store.fetch(
        f"SELECT {_FEED_COLUMNS} FROM feeds WHERE url IN (SELECT unnest(?::VARCHAR[]))",
        [list(urls)],
    )
    by_url = {row[0]: FeedState(*row) for row in rows}
    return [by_url[u] for u in urls if u in by_url]


def record_success(
    store: Store,
    url: str,
    *,
    now: dt.datetime,
    modified: bool,
    kind: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    final_url: str | None = None,
    entries: Sequence[tuple[str, str | None]] = (),
) -> int:
    """A feed answered: save its validators and record its new entry URLs as pending, in
    one transaction. ``entries`` are (URL, publication date or None); a URL already
    known (in ``feed_urls``, or stored as an article's id or URL) is left out. Returns
    how many URLs were new."""

    def work(con: duckdb.DuckDBPyConnection) -> int:
        if modified:
            con.execute(
                "UPDATE feeds SET kind = coalesce(?, kind), etag = ?, last_modified = ?, "
                "final_url = ? WHERE url = ?",
                [kind, etag, last_modified, final_url, url],
            )
        con.execute(
            "UPDATE feeds SET last_checked = ?, last_success = ?, last_status = ?, "
            "last_error = NULL, failures = 0, next_check = NULL, checks = checks + 1, "
            "not_modified = not_modified + ? WHERE url = ?",
            [now, now, "ok" if modified else "not-modified", 0 if modified else 1, url],
        )
        found: dict[str, str | None] = {}
        for link, published in entries:
            found.setdefault(link, published)
        if not found:
            return 0
        links = list(found)
        known = {
            u
            for (u,) in con.execute(
                "SELECT url FROM feed_urls WHERE url IN (SELECT unnest($1::VARCHAR[])) "
                "UNION SELECT id FROM articles WHERE id IN (SELECT unnest($1::VARCHAR[])) "
                "UNION SELECT url FROM articles WHERE url IN (SELECT unnest($1::VARCHAR[]))",
                [links],
            ).fetchall()
        }
        new = [u for u in links if u not in known]
        for link in new:
            con.execute(
                "INSERT INTO feed_urls (url, feed, published, first_seen, status) "
                "VALUES (?, ?, ?, ?, 'pending')",
                [link, url, found[link], now],
            )
        return len(new)

    return _write(store, "record a feed's answer", work)


def record_failure(
    store: Store, url: str, *, now: dt.datetime, reason: str, detail: str, next_check: dt.datetime
) -> int:
    """A feed failed: one more consecutive failure, not checked again before
    ``next_check``. Returns the number of consecutive failures."""

    def work(con: duckdb.DuckDBPyConnection) -> int:
        row = con.execute(
            "UPDATE feeds SET last_checked = ?, last_status = ?, last_error = ?, "
            "failures = failures + 1, next_check = ?, checks = checks + 1 WHERE url = ? "
            "RETURNING failures",
            [now, reason, detail or None, next_check, url],
        ).fetchone()
        return int(row[0]) if row else 0

    return _write(store, "record a feed's failure", work)


def pending_urls(store: Store) -> list[PendingUrl]:
    """Entry URLs waiting to be fetched, oldest first."""
    _, rows = store.fetch(
        "SELECT url, feed, CAST(published AS VARCHAR), attempts FROM feed_urls "
        "WHERE status = 'pending' ORDER BY first_seen, url"
    )
    return [PendingUrl(*row) for row in rows]


def finish_url(
    store: Store,
    url: str,
    status: str,
    *,
    now: dt.datetime,
    reason: str | None = None,
    detail: str | None = None,
    article_hash: str | None = None,
) -> None:
    """An entry URL is done: ``stored``, ``duplicate`` or ``skipped`` (with a reason)."""
    if status not in DONE_STATUSES:
        raise ValueError(f"not a finished status: {status!r}")
    _write(
        store,
        "record an entry URL",
        lambda con: con.execute(
            "UPDATE feed_urls SET status = ?, reason = ?, detail = ?, article_hash = ?, "
            "done_at = ?, attempts = attempts + 1 WHERE url = ?",
            [status, reason, detail or None, article_hash, now, url],
        ),
    )


def retry_url(store: Store, url: str, *, reason: str, detail: str) -> int:
    """An entry URL failed for a reason that may pass (a timeout, a 503): it stays
    pending, one attempt more. Returns its attempts."""

    def work(con: duckdb.DuckDBPyConnection) -> int:
        row = con.execute(
            "UPDATE feed_urls SET attempts = attempts + 1, reason = ?, detail = ? "
            "WHERE url = ? RETURNING attempts",
            [reason, detail or None, url],
        ).fetchone()
        return int(row[0]) if row else 0

    return _write(store, "record an entry URL's failure", work)


def feed_rows(store: Store) -> list[dict[str, Any]]:
    """Each feed's state and what became of its entries, for ``communique feeds``."""
    names, rows = store.fetch(
        """SELECT f.url AS feed, f.kind, f.last_status AS status,
                  strftime(f.last_checked, '%Y-%m-%d %H:%M:%S') AS last_checked,
                  strftime(f.last_success, '%Y-%m-%d %H:%M:%S') AS last_success,
                  f.failures,
                  strftime(f.next_check, '%Y-%m-%d %H:%M:%S') AS backoff_until,
                  f.checks, f.not_modified,
                  count(u.url) AS urls,
                  count(u.url) FILTER (WHERE u.status = 'stored') AS stored,
                  count(u.url) FILTER (WHERE u.status = 'duplicate') AS duplicates,
                  count(u.url) FILTER (WHERE u.status = 'skipped') AS skipped,
                  count(u.url) FILTER (WHERE u.status = 'pending') AS pending,
                  f.etag, f.last_modified, f.last_error
           FROM feeds f LEFT JOIN feed_urls u ON u.feed = f.url
           GROUP BY ALL ORDER BY f.url"""
    )
    return [dict(zip(names, row, strict=True)) for row in rows]
