"""``explain``: the printable account of how one text is coded, from the pipeline's trace."""

from __future__ import annotations

from communique.events.coder import render_event
from communique.explain import explain
from communique.models import Article
from communique.pipeline import Pipeline


def test_explain_shows_parse_trigger_pattern_origin_and_events(pipeline: Pipeline) -> None:
    text = "Russia accused the United States of applying pressure on India on Tuesday."
    out = explain(text, pipeline, published="2025-08-06")
    assert out.startswith(f"text: {text}")
    assert "published: 2025-08-06" in out
    # the parse table: token, lemma, dependency, head
    assert "accused" in out and "accuse" in out and "ROOT" in out and "nsubj" in out
    # the trigger with the lexicon pattern and where it comes from
    assert "trigger 'accused' (verb) → 112" in out
    assert "lexicon" in out and ".yaml:" in out
    # the embedded action is explained as the accusation's content, and not coded
    assert "content of 'accused'" in out
    assert "'on Tuesday' → 2025-08-05" in out
    assert "events (1):" in out


def test_explain_without_trigger(pipeline: Pipeline) -> None:
    out = explain("The weather was mild.", pipeline)
    assert "published: —" in out
    assert "events (0):" in out


def test_explain_shows_quotations_and_reported_events(pipeline: Pipeline) -> None:
    text = "“We condemn the attack on Ukraine,” Russian Foreign Minister Sergei Lavrov said."
    out = explain(text, pipeline, published="2025-08-06")
    assert "quotations:" in out and "← Russian Foreign Minister Sergei Lavrov RUS/GOV" in out


def test_explain_gives_the_events_ingest_gives(pipeline: Pipeline, seed_text: str) -> None:
    """explain runs the pipeline's own stages: the same events as a batch run."""
    article = Article(id="seed", text=seed_text, published="2025-08-06")
    (batch,) = list(pipeline.run([article]))
    out = explain(seed_text, pipeline, published="2025-08-06")
    assert f"events ({len(batch.events)}):" in out
    for e in batch.events:
        assert render_event(e) in out
