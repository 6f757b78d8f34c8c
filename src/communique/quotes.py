"""Direct quotations and their speakers.

Public interface: find_quotes(parsed, actors) -> list[Quote]
"""

from __future__ import annotations

from collections.abc import Sequence

from .models import ActorMention, Quote
from .nlp import Parsed


def find_quotes(parsed: Parsed, actors: Sequence[ActorMention]) -> list[Quote]:
    return []
