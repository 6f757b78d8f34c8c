"""``explain``: the printable account of how one sentence is coded."""

from __future__ import annotations

from communique.events import explain
from communique.pipeline import Pipeline


def test_explain_shows_parse_trigger_pattern_origin_and_events(pipeline: Pipeline) -> None:
    text = "Russia accused the United States of applying pressure on India on Tuesday."
    out = explain(text, pipeline, published="2025-08-06")
    assert out.startswith(f"sentence: {text}")
    assert "published: 2025-08-06" in out
    # the parse table: token, lemma, dependency, head
    assert "accused" in out and "accuse" in out and "ROOT" in out and "nsubj" in out
    # the trigger with the lexicon pattern and where it comes from
    assert "trigger 'accused' (verb) → 112" in out
    assert "lexicon" in out and ".yaml:" in out
    # the embedded action is explained as the accusation's content
    assert "content of 'accused'" in out or "trigger 'applying'" not in out
    assert "events (" in out


def test_explain_without_trigger(pipeline: Pipeline) -> None:
    out = explain("The weather was mild.", pipeline)
    assert "published: —" in out
    assert "events (0):" in out
