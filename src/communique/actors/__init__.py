"""The actor stage: find political actors in an article and resolve them to codes.

Public interface (used by the pipeline, the event coder and the quote finder):

    load_knowledge(dictionaries=(), ) -> Knowledge
    find_actors(parsed, knowledge) -> list[ActorMention]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models import ActorMention
from ..nlp import Parsed

_ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "country"}


@dataclass(frozen=True)
class Knowledge:
    """Everything the actor stage knows, loaded once per pipeline."""

    dictionaries: tuple[str, ...] = ()


def load_knowledge(dictionaries: Sequence[str] = ()) -> Knowledge:
    return Knowledge(tuple(dictionaries))


def find_actors(parsed: Parsed, knowledge: Knowledge) -> list[ActorMention]:
    """spaCy's entities as actor mentions, not yet resolved to codes."""
    out: list[ActorMention] = []
    for ent in parsed.doc.ents:
        kind = _ENTITY_KINDS.get(ent.label_)
        if kind is None:
            continue
        out.append(
            ActorMention(
                text=ent.text,
                start=ent.start_char,
                end=ent.end_char,
                sentence=parsed.sentence_index(ent[0]),
                name=ent.text,
                kind=kind,
            )
        )
    return out
