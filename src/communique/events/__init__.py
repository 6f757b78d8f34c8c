"""The event stage: CAMEO codebook, pattern lexicon and the coder.

Public interface:

    load_lexicon(paths=()) -> Lexicon
    code_events(index, lexicon, policy=None, trace=None) -> list[Event]

Modules: ``codebook`` (CAMEO codes, Goldstein, quad class, PLOVER), ``lexicon``
(patterns → codes), ``cues`` (modal tables and cue words), ``triggers`` (trigger words
and the patterns that fire), ``arguments`` (source and target on the parse), ``agents``
(the coder's actor resolution), ``modality`` (negation, threats, intent, reported
content), ``dating`` (event dates), ``coder`` (the coder). ``communique.explain`` shows
its decisions.
"""

from __future__ import annotations

from .coder import code_events
from .lexicon import Lexicon, Pattern, load_lexicon

__all__ = ["Lexicon", "Pattern", "code_events", "load_lexicon"]
