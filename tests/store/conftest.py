"""Hand-made Documents for the store tests (no spaCy needed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from communique.models import (
    Actor,
    ActorMention,
    Article,
    DateMention,
    Document,
    Event,
    Quote,
    Sentence,
)


def make_doc(
    id: str,
    text: str,
    published: str | None = "2025-08-06",
    *,
    cameo: str = "040",
    quad_class: int = 1,
    goldstein: float = 1.0,
) -> Document:
    """A one-sentence article 'X verb Y.' with its two actors, one event, a date and a quote."""
    words = text.rstrip(".").split()
    source, target = words[0], words[-1]
    s_start, t_start = 0, text.rindex(target)
    trigger = words[1]
    g_start = text.index(trigger)
    event = Event(
        source=Actor(source, source, source[:3].upper(), "GOV", source[:3].upper() + "GOV"),
        target=Actor(target, target, target[:3].upper()),
        cameo=cameo,
        root=cameo[:2],
        quad_class=quad_class,
        goldstein=goldstein,
        plover="CONSULT",
        date=published,
        sentence=text,
        sentence_index=0,
        trigger=trigger,
        start=g_start,
        end=g_start + len(trigger),
    )
    return Document(
        article=Article(id=id, text=text, title=f"About {source}", published=published),
        sentences=(Sentence(0, 0, len(text), text),),
        actors=(
            ActorMention(source, s_start, len(source), 0, country=source[:3].upper()),
            ActorMention(target, t_start, t_start + len(target), 0, country=target[:3].upper()),
        ),
        events=(event,),
        quotes=(Quote(text, 0, len(text), Actor(source), "said", 0),),
        dates=(DateMention("today", published, 0, 0, 0),),
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def doc() -> Callable[..., Document]:
    return make_doc
