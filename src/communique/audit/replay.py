"""Extract stored articles again, with and without learned entries, and compare.

    Replayer(store, pipeline)            parses stored articles once, caches today's events
    replayer.events(hash, pipeline)      an article's events under another pipeline
    replayer.candidates(entry, limit)    stored articles the entry could fire in
    compare(before, after) -> Change     how many events differ, and how
    outcome(proposed, before, after)     did the entry fix the event it was learned from

Every article is parsed once; the stages run again on a fresh index of the same parse for
each configuration (``Pipeline.stages``), so "before" and "after" differ only by the
entries. "Before" is today's pipeline with the user's own lexicon and dictionaries, not
the stored rows: stored events may come from an older version of communique.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..index import ArticleIndex
from ..models import Article, Event
from ..nlp import parse
from ..pipeline import Pipeline
from ..store import Store
from .entries import ActorEntry, Entry, LexiconEntry, Proposed, parse_event_id
from .sheet import NO_EVENT, ActorFix


@dataclass(frozen=True)
class Change:
    """How the events of some articles differ between two configurations, counted by
    trigger position: ``changed`` (other code or actors), ``removed``, ``added``."""

    changed: int = 0
    removed: int = 0
    added: int = 0

    @property
    def total(self) -> int:
        return self.changed + self.removed + self.added

    def __add__(self, other: Change) -> Change:
        return Change(
            self.changed + other.changed, self.removed + other.removed, self.added + other.added
        )


def _key(e: Event) -> tuple[object, ...]:
    def side(a: object) -> tuple[object, ...]:
        return (
            (getattr(a, "country", None), getattr(a, "sector", None), getattr(a, "text", None))
            if a is not None
            else ()
        )

    return (e.cameo, side(e.source), side(e.target), e.negated)


def compare(before: Sequence[Event], after: Sequence[Event]) -> Change:
    """Events compared at each trigger position (sentence, first trigger character)."""
    at_b: dict[tuple[int, int], list[tuple[object, ...]]] = {}
    at_a: dict[tuple[int, int], list[tuple[object, ...]]] = {}
    for events, at in ((before, at_b), (after, at_a)):
        for e in events:
            at.setdefault((e.sentence_index, e.start), []).append(_key(e))
    change = Change()
    for pos in at_b.keys() | at_a.keys():
        b, a = sorted(at_b.get(pos, []), key=repr), sorted(at_a.get(pos, []), key=repr)
        if b == a:
            continue
        if not a:
            change += Change(removed=len(b))
        elif not b:
            change += Change(added=len(a))
        else:
            change += Change(changed=max(len(a), len(b)))
    return change


def overlapping(events: Sequence[Event], start: int, end: int) -> list[Event]:
    """The events whose trigger words overlap characters ``start``..``end``."""
    return [e for e in events if e.start < end and start < e.end]


def _side_fixed(events: Sequence[Event], side: str, fix: ActorFix) -> bool:
    for e in events:
        actor = e.source if side == "source" else e.target
        if actor is None:
            continue
        if (fix.country is None or actor.country == fix.country) and (
            fix.sector is None or actor.sector == fix.sector
        ):
            return True
    return False


def outcome(p: Proposed, before: Sequence[Event], after: Sequence[Event]) -> str:
    """``fixed`` (the event at the judged trigger is now as corrected), ``changed``
    (different, but not as corrected) or ``unchanged``."""
    where = parse_event_id(p.row.event_id)
    assert where is not None
    _, start, end = where
    b, a = overlapping(before, start, end), overlapping(after, start, end)
    if sorted(map(_key, b), key=repr) == sorted(map(_key, a), key=repr):
        return "unchanged"
    what, value = p.aim
    if what == "code":
        if value == NO_EVENT:
            fixed = not any(e.cameo == p.row.code for e in a)
        else:
            fixed = any(e.cameo == value for e in a)
    else:
        fixed = _side_fixed(a, what, value)
    return "fixed" if fixed else "changed"


def _forms(word: str, irregular: dict[str, list[str]]) -> list[str]:
    """Patterns for the inflected forms of a lemma: a stem and its endings, and the
    irregular forms the model's lemmatizer knows ("held" for hold)."""
    stem = word[:-1] if len(word) > 3 and word[-1] in "ey" else word
    forms = [re.escape(stem) + r"\w*"]
    forms += [re.escape(f) for f, lemmas in irregular.items() if word in lemmas]
    return forms


class Replayer:
    """Stored articles parsed once, their events under any configuration."""

    def __init__(self, store: Store, pipeline: Pipeline) -> None:
        self.store = store
        self.pipeline = pipeline
        self._parsed: dict[str, ArticleIndex] = {}
        self._today: dict[str, list[Event]] = {}
        self._irregular: dict[str, dict[str, list[str]]] = {}
        try:
            lemmatizer: Any = pipeline.nlp.get_pipe("lemmatizer")
            table = lemmatizer.lookups.get_table("lemma_exc")
            self._irregular = {pos: dict(table[pos]) for pos in ("verb", "noun")}
        except (KeyError, ValueError, AttributeError):
            pass  # a model without the lemmatizer's exception table: regular forms only

    # -- articles ----------------------------------------------------------------------------

    def find(self, prefix: str) -> str | None:
        """The content hash of the stored article whose hash starts with ``prefix``."""
        _, rows = self.store.fetch(
            "SELECT hash FROM articles WHERE starts_with(hash, ?) LIMIT 2", [prefix]
        )
        return str(rows[0][0]) if len(rows) == 1 else None

    def load(self, hashes: Sequence[str]) -> None:
        """Parse the stored articles not parsed yet, in one batch."""
        todo = [h for h in dict.fromkeys(hashes) if h not in self._parsed]
        if not todo:
            return
        names, rows = self.store.fetch(
            "SELECT hash, id, text, title, published, published_origin, url, outlet, "
            "language, source FROM articles WHERE hash IN (SELECT unnest(?::VARCHAR[]))",
            [todo],
        )
        articles = []
        for r in rows:
            v = dict(zip(names, r, strict=True))
            published = v["published"]
            if isinstance(published, dt.date):
                published = published.isoformat()
            articles.append(
                Article(
                    id=v["id"],
                    text=v["text"],
                    title=v["title"],
                    published=published,
                    published_origin=v["published_origin"],
                    url=v["url"],
                    outlet=v["outlet"],
                    language=v["language"],
                    source=v["source"],
                    hash=v["hash"],
                )
            )
        batch = self.pipeline.settings.batch_size
        max_chars = self.pipeline.settings.max_chars
        for index in parse(
            self.pipeline.nlp, articles, batch_size=batch, n_process=1, max_chars=max_chars
        ):
            if isinstance(index, ArticleIndex):  # (errors="raise": never a Skipped)
                self._parsed[index.article.hash] = index

    def index(self, h: str, pipeline: Pipeline | None = None) -> ArticleIndex:
        """A fresh index of the parsed article, with the layers of ``pipeline``'s stages."""
        self.load([h])
        i = self._parsed[h]
        fresh = ArticleIndex(i.article, i.doc, i.blocks, i.sentences, i.spans, i.token_sentence)
        (pipeline or self.pipeline).stages(fresh)
        return fresh

    def events(self, h: str, pipeline: Pipeline | None = None) -> list[Event]:
        """The article's events under ``pipeline`` (today's, when None: cached)."""
        if pipeline is None:
            if h not in self._today:
                self._today[h] = list(self.run(h, self.pipeline))
            return self._today[h]
        return self.run(h, pipeline)

    def run(self, h: str, pipeline: Pipeline) -> list[Event]:
        self.load([h])
        i = self._parsed[h]
        fresh = ArticleIndex(i.article, i.doc, i.blocks, i.sentences, i.spans, i.token_sentence)
        return list(pipeline.stages(fresh).events)

    # -- where an entry can fire -------------------------------------------------------------

    def candidates(self, entry: Entry, limit: int) -> tuple[list[str], int]:
        """Current stored articles whose text holds the entry's words (any inflection):
        at most ``limit`` of them (by hash), and how many there are."""
        if isinstance(entry, LexiconEntry):
            pos = "verb" if entry.verb else "noun"
            irregular = self._irregular.get(pos, {})
            needles = [_forms(w, irregular) for w in entry.words]
            if entry.objects:
                needles.append([f for o in entry.objects for f in _forms(o.split()[-1], {})])
        elif isinstance(entry, ActorEntry):
            needles = [[re.escape(entry.name)]]
        clauses = " AND ".join("regexp_matches(text, ?)" for _ in needles)
        patterns = [r"(?i)\b(?:" + "|".join(forms) + r")\b" for forms in needles]
        _, rows = self.store.fetch(
            f"SELECT hash FROM articles WHERE current AND {clauses} ORDER BY hash", patterns
        )
        found = [str(r[0]) for r in rows]
        return found[:limit], len(found)
