"""The event stage: CAMEO codebook, pattern lexicon and the coder.

Public interface:

    load_lexicon(paths=()) -> Lexicon
    code_events(parsed, actors, dates, lexicon) -> list[Event]
    explain(sentence, pipeline, published=None) -> str

Modules: ``codebook`` (CAMEO codes, Goldstein, quad class, PLOVER), ``lexicon``
(patterns → codes), ``cues`` (modal tables and cue words), ``triggers`` (trigger words
and the patterns that fire), ``arguments`` (source and target on the parse),
``modality`` (negation, threats, intent, reported content), ``dating`` (event dates),
``coder`` (the coder), ``explain`` (its account).
"""

from __future__ import annotations

from .coder import code_events
from .explain import explain
from .lexicon import Lexicon, Pattern, load_lexicon

__all__ = ["Lexicon", "Pattern", "code_events", "explain", "load_lexicon"]
