"""Time expressions anchored to the publication date.

Public interface: find_dates(parsed) -> list[DateMention]
"""

from __future__ import annotations

from .models import DateMention
from .nlp import Parsed


def find_dates(parsed: Parsed) -> list[DateMention]:
    return []
