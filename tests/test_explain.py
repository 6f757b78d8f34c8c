"""``explain``: the printable account of how one text is coded, from the pipeline's trace."""

from __future__ import annotations

import re

from communique.events.emit import render_event
from communique.explain import explain
from communique.models import Article
from communique.pipeline import Pipeline


def test_explain_shows_parse_trigger_pattern_origin_and_events(pipeline: Pipeline) -> None:
    text = "Russia accused the United States of applying pressure on India on Tuesday."
    out = explain(text, pipeline, published="2025-08-06")
    assert out.startswith(f"text: {text}")
    assert "published: 2025-08-06" in out
    # the parse table: index, token, lemma, part of speech, dependency, head
    assert re.search(r"^ +0 +Russia +Russia +PROPN +nsubj +1 accused$", out, re.M)
    assert re.search(r"^ +1 +accused +accuse +VERB +ROOT +1 accused$", out, re.M)
    # the actors and why, and the date
    assert "'Russia' [0:6] RUS kind=country country RUS from country table entry 'Russia'" in out
    assert "'on Tuesday' → 2025-08-05" in out
    # the trigger with the lexicon pattern and the file:line it comes from
    assert re.search(
        r"trigger 'accused' \(verb\) → 112 by pattern accuse of … \[lexicon\.yaml:\d+\]", out
    )
    # the embedded action is explained as the accusation's content, and not coded
    assert "content of 'accused': not coded" in out
    events = out.split("events (1):\n", 1)[1]
    assert events.startswith("  Russia (RUS) → the United States (USA): 112 ")
    assert events.count("\n") == 0


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
    assert batch.events
    out = explain(seed_text, pipeline, published="2025-08-06")
    assert f"events ({len(batch.events)}):" in out
    for e in batch.events:
        assert render_event(e) in out
