"""Batch jobs that tie the stages to the store: read → extract → write, with a tally.

``ingest`` streams sources through the pipeline into the DuckDB store, one transaction
per batch, skipping articles whose content is already stored (so a re-run of the same
input adds nothing, and an interrupted run resumes where it stopped). ``extract`` streams
documents without a database. Neither stops for one bad document: a reader's ``Skipped``
or a stage that fails on one article is recorded in the ``Tally`` and the batch goes on.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
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


def ingest(
    items: Iterable[Article | Skipped],
    pipeline: Pipeline,
    db: str,
    *,
    on_document: Callable[[Document], None] | None = None,
) -> Tally:
    """Extract and store, one transaction per batch; already-stored articles are not re-parsed."""
    from .store import open_store

    tally = Tally()
    batch: list[Document] = []
    with open_store(db) as store:

        def fresh(stream: Iterable[Article | Skipped]) -> Iterator[Article | Skipped]:
            seen: set[str] = set()
            for item in stream:
                if isinstance(item, Article) and (item.hash in seen or store.has_hash(item.hash)):
                    tally.read += 1
                    tally.duplicates += 1
                    continue
                if isinstance(item, Article):
                    seen.add(item.hash)
                yield item

        def flush() -> None:
            if batch:
                result = store.write(batch)
                tally.stored += result.stored
                tally.duplicates += result.duplicates
                batch.clear()

        for doc in extract(fresh(items), pipeline, tally):
            batch.append(doc)
            if on_document is not None:
                on_document(doc)
            if len(batch) >= pipeline.settings.batch_size:
                flush()
        flush()
    return tally
