"""The event stage: CAMEO codebook, pattern lexicon and the coder.

Public interface:

    load_lexicon(paths=()) -> Lexicon
    code_events(parsed, actors, dates, lexicon) -> list[Event]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models import ActorMention, DateMention, Event
from ..nlp import Parsed


@dataclass(frozen=True)
class Lexicon:
    paths: tuple[str, ...] = ()


def load_lexicon(paths: Sequence[str] = ()) -> Lexicon:
    return Lexicon(tuple(paths))


def code_events(
    parsed: Parsed, actors: Sequence[ActorMention], dates: Sequence[DateMention], lexicon: Lexicon
) -> list[Event]:
    return []
