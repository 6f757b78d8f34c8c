"""The quotes stage: direct quotations and who said them.

Public interface::

    find_quotes(index, policy=None) -> list[Quote]
    load_cues() -> Cues

Modules: ``spans`` (pairing quote marks into quotation spans, per paragraph), ``cues``
(the cue lexicon of ``data/quote_cues.yaml`` and the rules that find a quotation's cue
and its subject), ``speakers`` (the speaker phrase resolved to an ``Actor``: names,
pronouns, descriptions), ``finder`` (one article's pass that ties them together).

The stage runs after the actors stage (speakers are actor mentions) and before the dates
and events stages: it leaves on the article index which tokens are quoted and by whom,
so the event coder knows reported speech and its speaker.
"""

from __future__ import annotations

from ..index import ArticleIndex
from ..models import Quote
from ..policy import CoderPolicy
from .cues import Cues, load_cues
from .finder import Finder

__all__ = ["Cues", "find_quotes", "load_cues"]


def find_quotes(index: ArticleIndex, policy: CoderPolicy | None = None) -> list[Quote]:
    """The direct quotations of an indexed article (its actor layer set), with speakers.

    Sets the index's quotation layer (``mark_quoted``, ``add_quotes``).
    """
    if not index.blocks or len(index.doc) == 0:
        index.add_quotes([])
        return []
    quotes = Finder(index, policy or CoderPolicy()).run()
    index.add_quotes(quotes)
    return quotes
