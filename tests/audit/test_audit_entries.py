"""Corrections → entries on real parses: the entry names the trigger in the frame it
fired in, and a correction no entry can say is a skip with its reason."""

from __future__ import annotations

import pytest

from communique.audit.entries import (
    ActorEntry,
    LexiconEntry,
    Proposed,
    Skip,
    entries_for,
    needs_learning,
    parse_event_id,
)
from communique.audit.sheet import AuditRow, judge
from communique.index import ArticleIndex
from communique.models import Article, Event
from communique.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str, trigger: str) -> tuple[ArticleIndex, Event, AuditRow]:
    """The text parsed and coded; its event with this trigger, as a sheet row."""
    article = Article(id="t", text=text, published="2025-06-02")
    index = pipeline.parse_one(article)
    doc = pipeline.stages(index)
    event = next(e for e in doc.events if e.trigger == trigger)
    row = AuditRow(
        event_id=f"{article.hash[:12]}:{event.start}-{event.end}",
        code=event.cameo,
        source=event.source.text if event.source else None,
        target=event.target.text if event.target else None,
    )
    return index, event, row


@pytest.mark.parametrize(
    ("text", "trigger", "word", "objects", "prep"),
    [
        # a verb with its object
        (
            "The United Nations condemned the attack.",
            "condemned attack",
            "condemn",
            ("attack",),
            None,
        ),
        # a verb with its prepositional object: the preposition too
        ("Turkish troops clashed with Kurdish fighters.", "clashed", "clash", ("fighter",), "with"),
        (
            "China called for restraint from India.",
            "called restraint",
            "call",
            ("restraint",),
            "for",
        ),
        # a support verb coded by its object noun: the verb with that noun
        ("India and Pakistan held talks in Geneva.", "held talks", "hold", ("talk",), None),
        # an event noun with its modifier
        (
            "The peace talks between Armenia and Azerbaijan resumed.",
            "talks",
            "talk",
            ("peace",),
            None,
        ),
    ],
)
def test_entries_name_the_trigger_in_its_frame(
    pipeline: Pipeline,
    text: str,
    trigger: str,
    word: str,
    objects: tuple[str, ...],
    prep: str | None,
) -> None:
    index, _, row = _coded(pipeline, text, trigger)
    (found,) = entries_for(judge(row, "wrong"), index, pipeline.lexicon)
    assert isinstance(found, Proposed) and found.aim == ("code", "none")
    entry = found.entry
    assert isinstance(entry, LexiconEntry)
    assert (entry.verb or entry.noun, entry.objects, entry.prep) == (word, objects, prep)
    assert entry.code == "none" and entry.describe().endswith("→ none")


def test_entries_actor_corrections(pipeline: Pipeline) -> None:
    text = "Police arrested the journalist Roman Protasevich in Minsk on Sunday."
    index, event, row = _coded(pipeline, text, "arrested journalist")
    assert event.source is not None and event.source.text == "Police"
    cases = {
        "Roman Protasevich [BLRMED]": ActorEntry("Roman Protasevich", "BLR", "MED", "person"),
        "Minsk": "no code: write it as words [CODE]",
        "Vilnius [LTUGOV]": "'Vilnius' is not in the sentence",
        "the journalist [BLRMED]": "'journalist' is a description, not a name",
    }
    for written, expected in cases.items():
        (found,) = entries_for(
            judge(row, "partial", corrected_target=written), index, pipeline.lexicon
        )
        if isinstance(expected, ActorEntry):
            assert isinstance(found, Proposed) and found.entry == expected
            assert found.aim[0] == "target"
        else:
            assert isinstance(found, Skip) and expected in found.reason, found
    (src,) = entries_for(judge(row, "partial", corrected_source="BLRCOP"), index, pipeline.lexicon)
    assert isinstance(src, Skip) and "'Police' is a description" in src.reason


def test_entries_where_the_event_is_not(pipeline: Pipeline) -> None:
    index, _, row = _coded(pipeline, "The United Nations condemned the attack.", "condemned attack")
    prefix = row.event_id.split(":")[0]
    away = AuditRow(event_id=f"{prefix}:5000-5010", code="111")
    (skip,) = entries_for(judge(away, "wrong"), index, pipeline.lexicon)
    assert isinstance(skip, Skip) and "not in the stored article" in skip.reason
    no_trigger = AuditRow(event_id=f"{prefix}:0-3", code="111")  # "The"
    (skip,) = entries_for(judge(no_trigger, "wrong"), index, pipeline.lexicon)
    assert isinstance(skip, Skip) and "no trigger word" in skip.reason


def test_entries_which_rows_teach() -> None:
    row = AuditRow(event_id="ab12cd34ef56:1-5", code="040")
    assert not needs_learning(row)
    assert not needs_learning(judge(row, "right"))
    assert not needs_learning(judge(row, "partial"))  # something wrong, but not said what
    assert needs_learning(judge(row, "partial", corrected_code="043"))
    assert needs_learning(judge(row, "wrong"))
    assert needs_learning(judge(row, "partial", corrected_target="none"))
    assert parse_event_id("ab12cd34ef56:1-5/2") == ("ab12cd34ef56", 1, 5)
    assert parse_event_id("row-7") is None
