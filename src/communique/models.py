"""The records that flow through communique, as frozen dataclasses.

``Article`` comes out of ``ingest``; the stages add ``ActorMention``, ``Event``,
``Quote`` and ``DateMention`` records; ``Document`` bundles them for one article and
renders the JSON shape of the extraction contract (DESIGN.md). Offsets (``start``,
``end``) are character offsets into ``Article.text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Any, Literal

from .stamp import CoderStamp

BlockKind = Literal["title", "heading", "body", "caption", "credit", "nav"]
#: Block kinds whose sentences are boilerplate: no events are coded from them.
BOILERPLATE_KINDS: frozenset[str] = frozenset({"caption", "credit", "nav"})


def content_hash(text: str) -> str:
    """The identity of an article's content: SHA-256 of its whitespace-normalised text."""
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Block:
    """A hard segment of the article text: a title, heading, paragraph, caption…"""

    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True)
class Article:
    """One news article as read from a source, before any language processing.

    ``published`` is an ISO date (``YYYY-MM-DD``) or None; ``published_origin`` says
    where it came from: ``metadata`` (feed, JSONL column, HTML meta), ``page`` (found in
    the page by htmldate), ``flag`` (``--published``) or None.
    """

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    published_origin: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    source: str | None = None
    hash: str = ""

    def __post_init__(self) -> None:
        if not self.hash:
            object.__setattr__(self, "hash", content_hash(self.text))


@dataclass(frozen=True)
class Skipped:
    """A document a reader could not turn into an Article, and why."""

    source: str
    reason: str  # a short stable key: empty, binary, no-body, too-large, bad-json, …
    detail: str = ""


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article: its index, offsets and the kind of block it is in."""

    index: int
    start: int
    end: int
    text: str
    kind: BlockKind = "body"


@dataclass(frozen=True)
class Actor:
    """A resolved actor as it appears in an event or as a quote's speaker."""

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "code": self.code,
        }


@dataclass(frozen=True)
class ActorMention:
    """A span of text that names or refers to a political actor.

    ``entity`` groups mentions of one actor in the document (coreference): mentions
    with the same ``entity`` number refer to the same actor. ``kind`` is what the span
    is: ``person``, ``organisation``, ``country``, ``place`` (a capital or building used
    as a metonym), ``group`` (a role noun such as "soldiers") or ``pronoun``.
    ``how`` says in a few words why it resolved as it did (for ``actors lookup``).
    """

    text: str
    start: int
    end: int
    sentence: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    kind: str = "organisation"
    entity: int = -1
    how: str = ""

    def actor(self) -> Actor:
        return Actor(self.text, self.name, self.country, self.sector, self.code)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "code": self.code,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class DateMention:
    """A time expression resolved against the publication date.

    ``value`` keeps the expression's granularity: ``YYYY-MM-DD``, ``YYYY-MM``,
    ``YYYY``, ``YYYY-Www`` or a ``start/end`` range; None when it cannot be anchored.
    """

    text: str
    value: str | None
    start: int
    end: int
    sentence: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Event:
    """A coded event: who did what to whom, when, and the words it came from."""

    source: Actor | None
    target: Actor | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    date: str | None
    sentence: str
    sentence_index: int
    trigger: str
    start: int  # offsets of the trigger words
    end: int
    negated: bool = False
    confidence: float = 0.5
    mentions: int = 1
    reported: bool = False  # stated inside a quotation or reported speech
    speaker: Actor | None = None  # who stated it, when reported
    #: the facts its confidence was computed from (``events.confidence.FEATURES``)
    evidence: tuple[tuple[str, float], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "date": self.date,
            "negated": self.negated,
            "reported": self.reported,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "sentence": self.sentence,
            "trigger": self.trigger,
            "confidence": round(self.confidence, 3),
            "mentions": self.mentions,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who said it."""

    text: str
    start: int
    end: int
    speaker: Actor | None
    cue: str | None
    sentence: int = -1
    speaker_start: int | None = None
    speaker_end: int | None = None
    #: the (start, end) offsets of each marked part of a quotation split by its cue
    #: ("“X,” he said. “Y.”"); empty when it is one part (``start``..``end``)
    parts: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Document:
    """Everything communique extracted from one article."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
    coder: CoderStamp | None = None  # what coded it (see ``stamp``)

    def confident(self, threshold: float) -> Document:
        """This document with only the events whose confidence is at least ``threshold``."""
        if threshold <= 0:
            return self
        kept = tuple(e for e in self.events if e.confidence >= threshold)
        return replace(self, events=kept) if len(kept) != len(self.events) else self

    def to_dict(self) -> dict[str, Any]:
        """The extraction contract's JSON object for this article."""
        a = self.article
        return {
            "id": a.id,
            "title": a.title,
            "published": a.published,
            "url": a.url,
            "text": a.text,
            "actors": [m.to_dict() for m in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "dates": [d.to_dict() for d in self.dates],
        }
