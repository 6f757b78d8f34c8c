"""The coder's policy: every tuning value of the actor, quote and event stages, declared once.

``CoderPolicy`` is to the stages what ``Settings`` is to the program: each value has a
name, a default and a help text (``CoderPolicy.help(name)``), and the pipeline passes
one policy explicitly to the stages that read it. The defaults were chosen by
measurement on the tune halves of the dev sets (``bench/accuracy.py``); a benchmark or
a user can try another value with ``CoderPolicy(...)`` or ``policy.replace(...)``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields
from typing import Any

from .errors import UsageError


def _value(default: Any, help: str, choices: tuple[str, ...] = ()) -> Any:
    return field(default=default, metadata={"help": help, "choices": choices})


@dataclass(frozen=True)
class CoderPolicy:
    """Tuning values of the stages. ``CoderPolicy.help(name)`` describes one."""

    # -- events: which actors make an event ------------------------------------------------
    background: str = _value(
        "secondary",
        "Events in relative clauses ('the ship it seized'): keep them, drop them, or "
        "'secondary': drop them when the sentence has a main-clause event.",
        ("keep", "drop", "secondary"),
    )
    unresolved_agent: str = _value(
        "empty",
        "An explicit agent that is no known actor: 'drop' the event, or 'empty': when the "
        "agent is a named entity, code the event with a source that has no country.",
        ("drop", "empty"),
    )
    agentless_passive: str = _value(
        "target",
        "A material action in the passive with no agent ('he was arrested'): 'drop' it, "
        "'target' (coded when it has a target) or 'keep' (coded even with no actor).",
        ("drop", "target", "keep"),
    )
    frames: bool = _value(
        True,
        "Code a trigger only in the event frame its code needs (events/frames.py): an "
        "event noun made to happen, a verb not used as one of thinking, the other side.",
    )
    inner_targets: bool = _value(
        True,
        "With no target in the usual slots, take the nearest actor inside what the verb "
        "acts on (its object phrase, its complement clause) as the target.",
    )
    sector_only_counts: bool = _value(
        True, "Whether an actor with a sector but no country ('police') is a side of an event."
    )
    # -- quotations -------------------------------------------------------------------------
    quote_after_window: int = _value(
        12, "Tokens after a quotation in which its verb of saying may stand."
    )
    quote_before_gap: int = _value(
        6, "Tokens between a verb of saying and the quotation it introduces."
    )
    quote_framing_gap: int = _value(
        3, "Tokens between a framing verb ('called … “unjustified”') and its quotation."
    )
    quote_prepositional_gap: int = _value(
        15, "Tokens between 'according to X' and the quotation it attributes."
    )
    single_quote_max_words: int = _value(
        25, "Longest single-quoted span (words) read as a quotation, not stray apostrophes."
    )
    scare_quote_max_words: int = _value(
        3,
        "Longest quoted phrase (words) that is a scare quote, not a quotation, when no cue "
        "word ties it to a speaker and no actor is the subject of its clause.",
    )
    speaker_max_tokens: int = _value(12, "Longest speaker phrase, in tokens.")
    speaker_carry_blocks: int = _value(
        3, "Paragraphs after which a previous speaker is no longer 'he' or 'the senator'."
    )
    speaker_lookback_sentences: int = _value(
        5, "Sentences back in which a pronoun or description looks for its person."
    )
    # -- grammar ---------------------------------------------------------------------------
    max_climb: int = _value(
        12, "Most dependency steps any rule walks up from a word towards its clause's head."
    )

    def __post_init__(self) -> None:
        for f in fields(self):
            choices = f.metadata.get("choices", ())
            value = getattr(self, f.name)
            if choices and value not in choices:
                raise UsageError(f"policy {f.name}: {value!r} is not one of {', '.join(choices)}")

    @classmethod
    def help(cls, name: str) -> str:
        for f in fields(cls):
            if f.name == name:
                return str(f.metadata["help"])
        raise KeyError(name)

    def replace(self, **changes: Any) -> CoderPolicy:
        return dataclasses.replace(self, **changes)
