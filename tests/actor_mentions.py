"""Finding a mention in the actors stage's output, for the actor tests."""

from __future__ import annotations

from communique.models import ActorMention


def holding(mentions: list[ActorMention], phrase: str) -> ActorMention:
    """The mention that holds ``phrase`` (the longest one); fails the test when none does."""
    found = [m for m in mentions if phrase in m.text]
    assert found, f"no mention holds {phrase!r}: {[m.text for m in mentions]}"
    return max(found, key=lambda m: len(m.text))
