"""How an event was coded, shown on demand: ``communique explain`` on its sentence.

The database does not store which lexicon pattern fired for an event, so the event page
offers to code its sentence again with the pipeline and show the account ``explain``
gives (the parse, the actors and why, each trigger with the pattern that fired and its
file and line). The pipeline (the spaCy model, ~1 s of CPU and a few hundred MB) is
loaded on the first such request only, once per server; it reflects the rules in force
now, which may differ from those that coded the stored event.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..settings import Settings

_lock = threading.Lock()


def pipeline(state: Any) -> Pipeline:
    """The app's pipeline (``state.pipeline``), loaded with ``state.settings`` on first use."""
    with _lock:
        if getattr(state, "pipeline", None) is None:
            from ..pipeline import Pipeline

            settings: Settings | None = getattr(state, "settings", None)
            state.pipeline = Pipeline(settings)
        found: Pipeline = state.pipeline
        return found


def account(state: Any, sentence: str, published: str | None) -> str:
    """``explain``'s account of ``sentence`` as published on ``published``."""
    from ..explain import explain

    loaded = pipeline(state)
    with _lock:  # one pipeline, one sentence at a time
        return explain(sentence, loaded, published=published)
