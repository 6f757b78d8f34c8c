"""Re-code a database with the current rules, and report what changed.

``recode`` reads every current article back from the store (its stored text, title and
publication date: the sources are not read again), runs it through a ``Pipeline`` —
the current code, model, lexicon and actor files, hence a new coder stamp — and replaces
its coded rows (``Store.recode``); the records are regrouped as the new mentions come in.
The ``RecodeReport`` compares the event records before and after:

- *added*: a record that exists only now; *removed*: one that no longer exists;
- *recoded*: a record that is gone but whose sentences now carry another record (a new
  code, new actors): reported once, as old → new, instead of as removed plus added;
- *changed*: the same record (same key and day) with other counts (mentions, articles).

Changes are also tallied by CAMEO root and country pair.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .models import Article, Document, Skipped

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .store import Store


@dataclass(frozen=True)
class RecordState:
    """What the report compares of one record."""

    id: int
    day: str | None
    source: str
    target: str
    cameo: str
    root: str
    pair: str
    mentions: int
    articles: int

    def label(self) -> str:
        return f"{self.day} {self.source}->{self.target or '-'} {self.cameo}"


@dataclass
class RecodeReport:
    """What a re-coding changed (see the module docstring)."""

    articles: int = 0
    skipped: int = 0
    coders_before: list[str] = field(default_factory=list)
    coder_after: str | None = None
    added: list[RecordState] = field(default_factory=list)
    removed: list[RecordState] = field(default_factory=list)
    recoded: list[tuple[RecordState, RecordState]] = field(default_factory=list)
    changed: list[tuple[RecordState, RecordState]] = field(default_factory=list)

    def by_root_and_pair(self) -> Counter[tuple[str, str, str]]:
        """(change, root, pair) → records; a recoded record counts under its new root."""
        tally: Counter[tuple[str, str, str]] = Counter()
        for r in self.added:
            tally[("added", r.root, r.pair)] += 1
        for r in self.removed:
            tally[("removed", r.root, r.pair)] += 1
        for old, new in self.recoded:
            tally[("recoded", f"{old.root}->{new.root}", new.pair)] += 1
        for _, new in self.changed:
            tally[("changed", new.root, new.pair)] += 1
        return tally

    def summary(self) -> str:
        """The report as lines of text."""
        lines = [
            f"re-coded {self.articles} articles ({self.skipped} skipped) with coder "
            f"{self.coder_after} (before: {', '.join(self.coders_before) or 'none'})",
            f"records added {len(self.added)}, removed {len(self.removed)}, "
            f"recoded {len(self.recoded)}, changed {len(self.changed)}",
        ]
        for r in self.added:
            lines.append(f"  added    #{r.id} {r.label()}")
        for r in self.removed:
            lines.append(f"  removed  #{r.id} {r.label()}")
        for old, new in self.recoded:
            lines.append(f"  recoded  #{old.id} {old.label()}  =>  #{new.id} {new.label()}")
        for old, new in self.changed:
            lines.append(
                f"  changed  #{new.id} {new.label()}: mentions {old.mentions}->{new.mentions}, "
                f"articles {old.articles}->{new.articles}"
            )
        tally = self.by_root_and_pair()
        if tally:
            lines.append("by root and pair:")
            for (change, root, pair), n in sorted(tally.items()):
                lines.append(f"  {change:<8} root {root:<8} {pair:<8} {n}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        def state(r: RecordState) -> dict[str, Any]:
            return dict(r.__dict__)

        return {
            "articles": self.articles,
            "skipped": self.skipped,
            "coders_before": self.coders_before,
            "coder_after": self.coder_after,
            "added": [state(r) for r in self.added],
            "removed": [state(r) for r in self.removed],
            "recoded": [{"old": state(o), "new": state(n)} for o, n in self.recoded],
            "changed": [{"old": state(o), "new": state(n)} for o, n in self.changed],
        }


def _snapshot(store: Store) -> tuple[dict[int, RecordState], dict[int, set[tuple[str, int]]]]:
    """The counted records and the sentences each one's mentions are in."""
    _, found = store.fetch(
        "SELECT id, day, coalesce(source_code, source_name, ''), "
        "coalesce(target_code, target_name, ''), cameo, root, "
        "coalesce(least(source_country, target_country), '-') || '-' || "
        "coalesce(greatest(source_country, target_country), '-'), mentions, articles "
        "FROM records WHERE mentions > 0"
    )
    states = {
        int(r[0]): RecordState(
            id=int(r[0]),
            day=r[1].isoformat() if r[1] else None,
            source=str(r[2]),
            target=str(r[3]),
            cameo=str(r[4]),
            root=str(r[5]),
            pair=str(r[6]),
            mentions=int(r[7]),
            articles=int(r[8]),
        )
        for r in found
    }
    _, found = store.fetch(
        "SELECT DISTINCT e.record, e.article_hash, e.sentence FROM events e "
        "JOIN articles a ON a.hash = e.article_hash AND a.current WHERE e.record IS NOT NULL"
    )
    places: dict[int, set[tuple[str, int]]] = {}
    for record, h, sentence in found:
        places.setdefault(int(record), set()).add((h, sentence))
    return states, places


def _articles(store: Store, batch: int) -> Iterator[list[Article]]:
    _, hashes = store.fetch("SELECT hash FROM articles WHERE current ORDER BY ingested_at, hash")
    for i in range(0, len(hashes), batch):
        _, found = store.fetch(
            "SELECT hash, id, text, title, published, published_origin, url, outlet, "
            "language, source FROM articles WHERE hash IN (SELECT unnest(?::VARCHAR[])) "
            "ORDER BY ingested_at, hash",
            [[h for (h,) in hashes[i : i + batch]]],
        )
        yield [
            Article(
                id=r[1],
                text=r[2],
                title=r[3],
                published=r[4].isoformat() if r[4] else None,
                published_origin=r[5],
                url=r[6],
                outlet=r[7],
                language=r[8],
                source=r[9],
                hash=r[0],
            )
            for r in found
        ]


def recode(
    store: Store,
    pipeline: Pipeline,
    *,
    batch_size: int = 32,
    on_article: Callable[[Document | Skipped], None] | None = None,
) -> RecodeReport:
    """Re-code every current article of ``store`` with ``pipeline``; what changed."""
    report = RecodeReport(coder_after=pipeline.stamp.id)
    _, found = store.fetch(
        "SELECT DISTINCT coalesce(coder, 'unstamped') FROM articles WHERE current ORDER BY 1"
    )
    report.coders_before = [str(c) for (c,) in found]
    before, places_before = _snapshot(store)
    for articles in _articles(store, batch_size):
        docs = []
        for doc in pipeline.run(articles, errors="skip"):
            if on_article is not None:
                on_article(doc)
            if isinstance(doc, Skipped):
                report.skipped += 1
            else:
                docs.append(doc)
        report.articles += store.recode(docs)
    after, places_after = _snapshot(store)
    _compare(report, before, after, places_before, places_after)
    return report


def _compare(
    report: RecodeReport,
    before: dict[int, RecordState],
    after: dict[int, RecordState],
    places_before: dict[int, set[tuple[str, int]]],
    places_after: dict[int, set[tuple[str, int]]],
) -> None:
    gone = [before[i] for i in sorted(before.keys() - after.keys())]
    new = {i: after[i] for i in sorted(after.keys() - before.keys())}
    for i in sorted(before.keys() & after.keys()):
        old, now = before[i], after[i]
        if (old.mentions, old.articles) != (now.mentions, now.articles):
            report.changed.append((old, now))
    claimed: set[int] = set()
    for old in gone:
        where = places_before.get(old.id, set())
        match = max(
            (i for i in new if i not in claimed and where & places_after.get(i, set())),
            key=lambda i: (len(where & places_after.get(i, set())), -i),
            default=None,
        )
        if match is None:
            report.removed.append(old)
        else:
            claimed.add(match)
            report.recoded.append((old, new[match]))
    report.added = [r for i, r in new.items() if i not in claimed]
