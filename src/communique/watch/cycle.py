"""One watch cycle: check the feeds that are due, then fetch and store every pending URL.

A cycle (``Watcher.cycle``):

1. checks each feed that is not backing off (``poll``): a 304 changes nothing; an answer
   saves the feed's new validators and its new entry URLs, as ``pending``, in one
   transaction; a failure counts one more consecutive failure and backs the feed off
   ``every × 2^failures`` (at most ``max_backoff``), so a dead feed is asked ever less
   often and never holds up the others;
2. takes every pending URL (this cycle's and any left by an earlier, interrupted run),
   interleaved by host, and for each: asks robots.txt, fetches the page politely, reads
   it as ``ingest`` reads a URL (the entry's feed date is the fallback publication date),
   and, unless its text is stored already, extracts and stores it; the URL is then
   ``stored``, ``duplicate`` or ``skipped`` (with the reason). A timeout or a 5xx/429
   leaves it pending for the next cycle, up to ``url_attempts`` tries.

The database is opened for each step and closed right after (or, in ``serve --watch``,
taken from the connection the dashboard reads through and handed back), so queries can
read it between steps and a kill at any moment loses at most the article being processed (it is
still pending and is fetched again). The stop event is looked at before each feed and
each article: a signal lets the current article finish, then the cycle ends.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field

from ..errors import StoreError
from ..ingest.base import Context
from ..ingest.sources import read_fetched
from ..models import Article, Document, Skipped
from ..pipeline import Pipeline
from ..settings import Settings
from ..store import Store, open_store
from ..store import feeds as state
from .feedlist import parse_duration
from .polite import Polite, Stopping, host_of
from .poll import poll

#: Gives the store for one step and takes it back after (``open_store`` by default).
StoreOpener = Callable[[], AbstractContextManager[Store]]

#: Skip reasons that may pass: the URL stays pending and is tried again next cycle.
TRANSIENT = frozenset({"timeout", "fetch-error", "http-429", "http-408"})


def transient(reason: str) -> bool:
    return reason in TRANSIENT or (reason.startswith("http-5") and reason[5:].isdigit())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass
class CycleReport:
    """What one cycle did; ``line()`` is the one log line the watch prints for it."""

    number: int
    feeds: int = 0
    checked: int = 0
    not_modified: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    backing_off: int = 0
    new_urls: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    retrying: int = 0
    pending: int = 0
    events: int = 0
    seconds: float = 0.0
    stopped: bool = False
    store_error: str | None = None

    def line(self) -> str:
        feeds = f"{self.checked}/{self.feeds} feeds checked ({self.not_modified} not modified"
        if self.failed:
            feeds += f", {sum(self.failed.values())} failed: " + _counts(self.failed)
        feeds += f"), {self.backing_off} backing off"
        parts = [
            f"cycle {self.number}: {feeds}",
            f"{self.new_urls} new URLs",
            f"{self.stored} stored ({self.events} events), {self.duplicates} already stored, "
            f"{sum(self.skipped.values())} skipped"
            + (f" ({_counts(self.skipped)})" if self.skipped else ""),
            f"{self.retrying} to retry, {self.pending} pending",
            f"{self.seconds:.1f} s",
        ]
        line = "; ".join(parts)
        if self.store_error:
            line += f"; database: {self.store_error}"
        if self.stopped:
            line += "; stopped"
        return line


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{k}: {n}" for k, n in sorted(counter.items()))


def interleave(items: Sequence[state.PendingUrl]) -> list[state.PendingUrl]:
    """Pending URLs taken one host at a time, round robin, so no host is asked twice in a
    row while others wait (each host's own order is kept)."""
    queues: dict[str, deque[state.PendingUrl]] = {}
    for item in items:
        queues.setdefault(host_of(item.url), deque()).append(item)
    out: list[state.PendingUrl] = []
    while queues:
        for host in list(queues):
            out.append(queues[host].popleft())
            if not queues[host]:
                del queues[host]
    return out


class Watcher:
    """Watches a list of feeds into one database, a cycle at a time."""

    def __init__(
        self,
        feeds: Sequence[str],
        pipeline: Pipeline,
        settings: Settings,
        *,
        stop: threading.Event | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
        store: StoreOpener | None = None,
    ) -> None:
        self.feeds = list(feeds)
        self.pipeline = pipeline
        self.settings = settings
        self.stop = stop or threading.Event()
        self.clock = clock
        self.every = parse_duration(settings.every, "--every")
        self.max_backoff = parse_duration(settings.max_backoff, "--max-backoff")
        self.polite = Polite(settings, self.stop)
        self._registered = False
        self._opener = store

    def close(self) -> None:
        self.polite.close()

    @contextmanager
    def _store(self) -> Iterator[Store]:
        if self._opener is not None:
            with self._opener() as shared:
                yield shared
            return
        with open_store(self.settings.db, wait=self.settings.lock_wait) as store:
            yield store

    def backoff(self, failures: int) -> float:
        """Seconds a feed waits after ``failures`` consecutive failures."""
        return min(self.every * 2.0 ** min(failures, 30), self.max_backoff)

    def cycle(self, number: int) -> CycleReport:
        """Run one cycle (see the module docstring)."""
        report = CycleReport(number, feeds=len(self.feeds))
        started = time.monotonic()
        try:
            self._check_feeds(report)
            self._fetch_pending(report)
        except Stopping:
            pass
        except StoreError as exc:  # the database is busy or broken: try again next cycle
            report.store_error = str(exc)
        report.stopped = self.stop.is_set()
        report.seconds = time.monotonic() - started
        return report

    # -- 1. the feeds ----------------------------------------------------------------------
    def _check_feeds(self, report: CycleReport) -> None:
        now = self.clock()
        with self._store() as store:
            if not self._registered:
                state.add_feeds(store, self.feeds, now)
                self._registered = True
            states = state.feed_states(store, self.feeds)
        for feed in states:
            if self.stop.is_set():
                return
            if not feed.due(now):
                report.backing_off += 1
                continue
            result = poll(feed, self.polite)
            report.checked += 1
            checked_at = self.clock()
            with self._store() as store:
                if result.status == "failed":
                    report.failed[result.reason] += 1
                    wait = self.backoff(feed.failures + 1)
                    state.record_failure(
                        store,
                        feed.url,
                        now=checked_at,
                        reason=result.reason,
                        detail=result.detail,
                        next_check=now + dt.timedelta(seconds=wait),
                    )
                    continue
                modified = result.status == "ok"
                report.not_modified += not modified
                report.new_urls += state.record_success(
                    store,
                    feed.url,
                    now=checked_at,
                    modified=modified,
                    kind=result.kind,
                    etag=result.etag,
                    last_modified=result.last_modified,
                    final_url=result.final_url,
                    entries=result.entries,
                )

    # -- 2. the articles -------------------------------------------------------------------
    def _fetch_pending(self, report: CycleReport) -> None:
        with self._store() as store:
            pending = interleave(state.pending_urls(store))
        left = len(pending)
        try:
            for item in pending:
                if self.stop.is_set():
                    return
                done = self._article(item, report)
                left -= done
        finally:
            report.pending = left

    def _article(self, item: state.PendingUrl, report: CycleReport) -> bool:
        """Fetch, read, extract and store one entry URL; whether it is no longer pending."""
        allowed = self.polite.allowed(item.url)
        if allowed is None:  # robots.txt cannot be read now: the host is not crawled
            report.retrying += 1
            return False
        if not allowed:
            return self._skip(item, Skipped(item.url, "robots", "disallowed by robots.txt"), report)
        got = self.polite.get(item.url)
        if isinstance(got, Skipped):
            if transient(got.reason) and item.attempts + 1 < self.settings.url_attempts:
                with self._store() as store:
                    state.retry_url(store, item.url, reason=got.reason, detail=got.detail)
                report.retrying += 1
                return False
            return self._skip(item, got, report)
        ctx = Context(settings=self.settings, published=item.published)
        read = list(read_fetched(got, ctx, id=item.url))
        articles = [
            dataclasses.replace(a, published_origin="feed") if a.published_origin == "flag" else a
            for a in read
            if isinstance(a, Article)
        ]
        if not articles:
            first = read[0] if read else Skipped(item.url, "empty", "nothing to read")
            assert isinstance(first, Skipped)
            return self._skip(item, first, report)
        with self._store() as store:
            stored = store.stored_hashes(a.hash for a in articles)
        fresh = [a for a in articles if a.hash not in stored]
        if not fresh:
            return self._done(item, "duplicate", articles[0].hash, report)
        docs: list[Document] = []
        for doc in self.pipeline.run(fresh, batch_size=len(fresh), n_process=1, errors="skip"):
            if isinstance(doc, Skipped):
                return self._skip(item, doc, report)
            docs.append(doc)
        with self._store() as store:
            result = store.write(docs)
            status = "stored" if result.stored else "duplicate"
            state.finish_url(
                store, item.url, status, now=self.clock(), article_hash=docs[0].article.hash
            )
        report.stored += result.stored
        report.duplicates += result.duplicates
        report.events += result.events
        return True

    def _skip(self, item: state.PendingUrl, skip: Skipped, report: CycleReport) -> bool:
        with self._store() as store:
            state.finish_url(
                store,
                item.url,
                "skipped",
                now=self.clock(),
                reason=skip.reason,
                detail=skip.detail,
            )
        report.skipped[skip.reason] += 1
        return True

    def _done(self, item: state.PendingUrl, status: str, h: str, report: CycleReport) -> bool:
        with self._store() as store:
            state.finish_url(store, item.url, status, now=self.clock(), article_hash=h)
        report.duplicates += 1
        return True
