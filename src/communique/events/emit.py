"""From coded candidates to the article's events: one ``Event`` per distinct event.

    merge(candidates, index, log) -> list[Event]
    render_event(event) -> str          one line, for traces and ``explain``

The coder (``coder``) makes a ``Candidate`` for every actor pair of every trigger it
codes. Events repeated in one article (same source and target country and sector, same
code) are emitted once with a ``mentions`` count: the most confident mention's evidence
and confidence are kept, an explicit date wins over the default, and the event is
``reported`` only if every mention is. A headline without a date of its own takes the date
the body gives the same event (same countries, same CAMEO root).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Token

from ..index import ArticleIndex
from ..models import Actor, ActorMention, Event
from .codebook import Code, codebook
from .triggers import Trigger


@dataclass
class Candidate:
    """One coded actor pair of one trigger, before repeats are merged."""

    source: ActorMention | None
    target: ActorMention | None
    code: str
    sentence: int
    trigger: Trigger
    words: list[Token]
    negated: bool
    confidence: float
    date: str | None
    explicit_date: bool
    background: bool = False
    reported: bool = False
    speaker: Actor | None = None
    evidence: tuple[tuple[str, float], ...] = ()


@lru_cache(maxsize=1)
def _codes() -> dict[str, Code]:
    return codebook()


def valid_code(code: str) -> bool:
    """Whether ``code`` is a CAMEO code of the codebook."""
    return code in _codes()


def merge(
    candidates: list[Candidate], index: ArticleIndex, log: Callable[[str], None]
) -> list[Event]:
    """The article's events: repeats merged into one event with a mention count."""
    merged: dict[tuple[object, ...], tuple[Event, bool]] = {}
    for c in candidates:
        event = to_event(c, index)
        key = (_side(c.source), _side(c.target), c.code)
        if key not in merged:
            merged[key] = (event, c.explicit_date)
            log(f"event {render_event(event)}")
            continue
        first, explicit = merged[key]
        better = replace(
            first,
            mentions=first.mentions + 1,
            reported=first.reported and event.reported,
            speaker=first.speaker if first.reported and event.reported else None,
            confidence=max(first.confidence, event.confidence),
            evidence=event.evidence if event.confidence > first.confidence else first.evidence,
            date=event.date if (c.explicit_date and not explicit) else first.date,
        )
        merged[key] = (better, explicit or c.explicit_date)
        log(f"repeat of {render_event(first)} (mentions {better.mentions})")
    return _date_headlines(list(merged.values()), index, log)


def _date_headlines(
    events: list[tuple[Event, bool]], index: ArticleIndex, log: Callable[[str], None]
) -> list[Event]:
    """A headline without a date of its own takes the date the body gives the same
    event (same countries, same CAMEO root)."""
    sentences = index.sentences

    def countries(e: Event) -> tuple[str | None, str | None]:
        return (
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )

    out: list[Event] = []
    for e, explicit in events:
        if not explicit and sentences[e.sentence_index].kind in ("title", "heading"):
            for other, other_explicit in events:
                if (
                    other_explicit
                    and other.root == e.root
                    and countries(other) == countries(e)
                    and sentences[other.sentence_index].kind not in ("title", "heading")
                ):
                    log(f"headline event dated {other.date} by '{other.trigger}'")
                    e = replace(e, date=other.date)
                    break
        out.append(e)
    return out


def to_event(c: Candidate, index: ArticleIndex) -> Event:
    """The ``Event`` of one candidate, with the codebook's facts for its code."""
    info = _codes()[c.code]
    words = sorted({w.i: w for w in c.words}.values(), key=lambda w: w.i)
    start = words[0].idx
    end = words[-1].idx + len(words[-1].text)
    sent = index.sentences[c.sentence]
    return Event(
        source=c.source.actor() if c.source else None,
        target=c.target.actor() if c.target else None,
        cameo=c.code,
        root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover=info.plover,
        date=c.date,
        sentence=sent.text,
        sentence_index=c.sentence,
        trigger=" ".join(w.text for w in words),
        start=start,
        end=end,
        negated=c.negated,
        confidence=round(c.confidence, 3),
        reported=c.reported,
        evidence=c.evidence,
        speaker=c.speaker,
    )


def _side(m: ActorMention | None) -> tuple[str | None, str | None, str | None]:
    if m is None:
        return (None, None, None)
    return (m.country, m.sector, None if (m.country or m.sector) else m.text)


def render_event(e: Event) -> str:
    """One line: source → target, code and name, quad, Goldstein, date, trigger."""

    def who(a: object) -> str:
        if a is None:
            return "—"
        text = getattr(a, "text", "?")
        code = getattr(a, "code", None) or (
            (getattr(a, "country", None) or "") + (getattr(a, "sector", None) or "")
        )
        return f"{text} ({code or '?'})"

    neg = " negated" if e.negated else ""
    return (
        f"{who(e.source)} → {who(e.target)}: {e.cameo} {_codes()[e.cameo].name}"
        f" [quad {e.quad_class}, goldstein {e.goldstein}{neg}] date {e.date}"
        f" trigger '{e.trigger}' confidence {e.confidence}"
    )
