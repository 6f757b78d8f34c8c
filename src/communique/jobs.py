"""Batch jobs that tie the stages to the store: read → extract → write, with a tally.

``ingest`` streams sources through the pipeline into the DuckDB store, one transaction
per batch, skipping articles whose content is already stored (so a re-run of the same
input adds nothing, and an interrupted run resumes where it stopped). It holds the
database file only while it looks up or writes a batch, so readers and other writers
get their turn in between. ``extract`` streams
documents without a database. Neither stops for one bad document: a reader's ``Skipped``
or a stage that fails on one article is recorded in the ``Tally`` and the batch goes on.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from .models import Article, Document, Skipped
from .pipeline import Pipeline

log = logging.getLogger("communique")


@dataclass
class Tally:
    """What a job did: articles read, stored, already there, skipped (by reason), found."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    skipped_examples: dict[str, str] = field(default_factory=dict)
    actors: int = 0
    events: int = 0
    quotes: int = 0
    dates: int = 0

    def skip(self, item: Skipped) -> None:
        self.skipped[item.reason] += 1
        self.skipped_examples.setdefault(item.reason, f"{item.source}: {item.detail}".rstrip(": "))
        log.warning(
            "skipped %s (%s%s)", item.source, item.reason, f": {item.detail}" if item.detail else ""
        )

    def summary(self, *, stored: bool = True) -> str:
        """One line: counts, skip reasons, what was found (``stored=False`` for extract)."""
        parts = [f"{self.read} read"]
        if stored:
            parts += [f"{self.stored} stored", f"{self.duplicates} already stored"]
        parts.append(f"{sum(self.skipped.values())} skipped")
        line = ", ".join(parts)
        if self.skipped:
            line += " (" + ", ".join(f"{r}: {n}" for r, n in sorted(self.skipped.items())) + ")"
        line += f"; {self.events} events, {self.quotes} quotes, {self.actors} actor mentions, {self.dates} dates"
        return line


def _articles(items: Iterable[Article | Skipped], tally: Tally) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Skipped):
            tally.skip(item)
        else:
            tally.read += 1
            yield item


def extract(
    items: Iterable[Article | Skipped], pipeline: Pipeline, tally: Tally
) -> Iterator[Document]:
    """Documents for the readable articles, in input order; skips go to the tally."""
    for doc in pipeline.run(_articles(items, tally), errors="skip"):
        if isinstance(doc, Skipped):
            tally.skip(doc)
            continue
        tally.actors += len(doc.actors)
        tally.events += len(doc.events)
        tally.quotes += len(doc.quotes)
        tally.dates += len(doc.dates)
        yield doc


@contextmanager
def _uninterrupted() -> Iterator[None]:
    """Hold a Ctrl-C until the block is done (in the main thread), then raise it: a batch
    is written and counted, or neither, so the tally of an interrupted run is exact."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def _chunks(items: Iterable[Article | Skipped], size: int) -> Iterator[list[Article | Skipped]]:
    chunk: list[Article | Skipped] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest(
    items: Iterable[Article | Skipped],
    pipeline: Pipeline,
    db: str,
    *,
    on_document: Callable[[Document], None] | None = None,
    tally: Tally | None = None,
    wait: float = 0.0,
) -> Tally:
    """Extract and store, one transaction per batch; already-stored articles are not re-parsed.

    The database is held only while a batch is written (and while the content hashes of
    the next articles are looked up), so that other processes can read it, or write it,
    in between; each opening waits up to ``wait`` seconds for another process holding it
    (``DatabaseBusyError`` after that). Two ingests into one file can run at once: what
    both read is stored once. ``tally``, when given, is filled as the job goes, so that a
    caller still has the counts when the job is interrupted.
    """
    from .store import open_store

    tally = tally if tally is not None else Tally()
    size = max(1, pipeline.settings.batch_size)
    batch: list[Document] = []
    open_store(db, wait=wait).close()  # create or migrate it, or fail, before any parsing

    def fresh(stream: Iterable[Article | Skipped]) -> Iterator[Article | Skipped]:
        seen: set[str] = set()
        for chunk in _chunks(stream, size):
            hashes = [i.hash for i in chunk if isinstance(i, Article)]
            stored: set[str] = set()
            if hashes:
                with open_store(db, read_only=True, wait=wait) as store:
                    stored = store.stored_hashes(hashes)
            for item in chunk:
                if isinstance(item, Article) and (item.hash in seen or item.hash in stored):
                    tally.read += 1
                    tally.duplicates += 1
                    continue
                if isinstance(item, Article):
                    seen.add(item.hash)
                yield item

    def flush() -> None:
        if batch:
            with _uninterrupted(), open_store(db, wait=wait) as store:
                result = store.write(batch)
                tally.stored += result.stored
                tally.duplicates += result.duplicates
            batch.clear()

    for doc in extract(fresh(items), pipeline, tally):
        batch.append(doc)
        if on_document is not None:
            on_document(doc)
        if len(batch) >= size:
            flush()
    flush()
    return tally
