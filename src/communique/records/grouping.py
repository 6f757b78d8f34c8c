"""How mentions become event records and articles become stories: the rules, pure.

The store applies these rules as articles are written (``store.grouping``); nothing here
touches the database.

**Stories.** An article joins the story of the stored (or earlier in the same batch)
article whose text contains the most of its own, when that containment — the share of
the smaller text's word 5-grams found in the other, estimated from MinHash sketches
(``minhash``) — is at least ``STORY_THRESHOLD``; otherwise it starts a story named by its
own content hash. 0.7 was chosen by measurement (``bench/stories.py``, README): on the
BBC politics set it merges no two different stories, and it puts 99% of the pairs of
syndicated copies (new boilerplate, headline, dateline, cut to 60%) together.

**Event records.** A mention (one ``events`` row) has a *key*: its source and target
actors (the actor code, or the lower-cased name for an actor without a code), its full
CAMEO code and whether it is negated. Two rows of one sentence with the same trigger and
code whose actors are each other's mirror ("India and Russia reaffirmed …" coded both
ways) are one *mutual* mention: its key has the two actors in sorted order, and it counts
once for the pair and in both directions. A mention joins the record with its key on
its day; when the mention or the record has no date of its own (the coder dates such an
event by the publication date, which can be a day after the event: a report of
yesterday's talks that does not say "yesterday"; an event dated "today" counts as
undated too), on the closest day within ``WINDOW_DAYS``. A directed
mention with no such record joins a mutual record of its two actors; otherwise it
starts a record. A record's day is the day of the mention that started it. Mentions
dated by the text are never merged across days: daily shelling is one record a day.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Actor, Event
from .minhash import Sketch, containment

#: Minimum estimated containment for an article to join a story.
STORY_THRESHOLD = 0.7
#: Stored articles compared with a new one at most (those sharing the most LSH bands).
STORY_CANDIDATES = 200
#: Days a mention's day may differ from its record's day.
WINDOW_DAYS = 1


def pair_key(a: str | None, b: str | None) -> int | None:
    """A stable signed 64-bit number for the unordered country pair {a, b} (None when a
    side has no country): stored on each record so a pair's records are found by one
    integer comparison instead of four string ones."""
    if not a or not b:
        return None
    text = "-".join(sorted((a, b)))
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little",
                          signed=True)  # fmt: skip


def actor_key(actor: Actor | None) -> str:
    """The actor's part of a key: its code, else ``~`` and its lower-cased name."""
    if actor is None:
        return ""
    return key_of(actor.code, actor.name, actor.text)


def key_of(code: str | None, name: str | None, text: str | None) -> str:
    """``actor_key`` from an actor's stored columns (all None: no actor, ``""``)."""
    if code:
        return code
    if not (name or text):
        return ""
    return "~" + " ".join((name or text or "").lower().split())


@dataclass(frozen=True)
class MentionKey:
    """The identity of a mention for grouping: ``key``, and ``mutual_key`` (the key a
    directed mention falls back to: its actors' mutual record), None when mutual."""

    key: str
    mutual: bool
    mutual_key: str | None


def _key(kind: str, a: str, b: str, cameo: str, negated: bool) -> str:
    return f"{kind}|{a}|{b}|{cameo}|{'not' if negated else ''}"


@dataclass(frozen=True)
class Mention:
    """What grouping reads of one event row: where it is, its code, its actors' keys."""

    sentence: int
    start: int
    end: int
    cameo: str
    negated: bool
    source: str
    target: str

    @classmethod
    def of(cls, e: Event) -> Mention:
        return cls(
            e.sentence_index,
            e.start,
            e.end,
            e.cameo,
            e.negated,
            actor_key(e.source),
            actor_key(e.target),
        )


def mention_keys(mentions: Sequence[Mention]) -> list[MentionKey]:
    """The key of each of one article's mentions, mirror pairs made mutual."""
    by_place: dict[tuple[int, int, int, str, bool], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_place[(m.sentence, m.start, m.end, m.cameo, m.negated)].append(i)
    mutual: set[int] = set()
    for members in by_place.values():
        for i in members:
            s, t = mentions[i].source, mentions[i].target
            if (
                s
                and t
                and s != t
                and any(
                    mentions[j].source == t and mentions[j].target == s for j in members if j != i
                )
            ):
                mutual.add(i)
    keys = []
    for i, m in enumerate(mentions):
        a, b = sorted((m.source, m.target))
        mutual_key = _key("M", a, b, m.cameo, m.negated)
        if i in mutual:
            keys.append(MentionKey(mutual_key, True, None))
        else:
            keys.append(
                MentionKey(_key("D", m.source, m.target, m.cameo, m.negated), False, mutual_key)
            )
    return keys


@dataclass
class RecordSlot:
    """A record as the grouping sees it: its id, key, day and whether the day is the
    event's own date (``dated``) or a publication date."""

    id: int
    key: str
    day: dt.date | None
    dated: bool = True


class RecordIndex:
    """The records a batch can join: those found in the store, and those it creates."""

    def __init__(self, existing: Sequence[RecordSlot], next_id: int) -> None:
        self._by_key: dict[str, list[RecordSlot]] = defaultdict(list)
        for slot in existing:
            self._by_key[slot.key].append(slot)
        self.next_id = next_id
        self.created: list[int] = []

    def _closest(self, key: str | None, day: dt.date | None, dated: bool) -> RecordSlot | None:
        if key is None:
            return None
        best: tuple[int, int] | None = None
        found = None
        for slot in self._by_key.get(key, ()):
            if day is None or slot.day is None:
                gap = 0 if day == slot.day else None
            else:
                gap = abs((day - slot.day).days)
            window = WINDOW_DAYS if not (dated and slot.dated) else 0
            if gap is None or gap > window:
                continue
            rank = (gap, slot.id)
            if best is None or rank < best:
                best, found = rank, slot
        return found

    def assign(self, key: MentionKey, day: dt.date | None, dated: bool = True) -> tuple[int, bool]:
        """The record id for a mention with this key and day (``dated``: the event's own
        date, not a publication date), and whether the record is new."""
        slot = self._closest(key.key, day, dated) or self._closest(key.mutual_key, day, dated)
        if slot is not None:
            return slot.id, False
        slot = RecordSlot(self.next_id, key.key, day, dated)
        self.next_id += 1
        self._by_key[key.key].append(slot)
        self.created.append(slot.id)
        return slot.id, True


def choose_story(sketch: Sketch | None, candidates: Sequence[tuple[str, Sketch]]) -> str | None:
    """The story of the candidate containing the most of ``sketch`` (at least
    ``STORY_THRESHOLD``; the first one on a tie), or None: a story of its own."""
    if sketch is None:
        return None
    best, best_score = None, STORY_THRESHOLD
    for story, other in candidates:
        score = containment(sketch, other)
        if score >= best_score and (best is None or score > best_score):
            best, best_score = story, score
    return best
