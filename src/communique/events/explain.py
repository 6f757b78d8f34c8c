"""``communique explain "SENTENCE"``: why the coder coded what it coded.

    explain(sentence, pipeline, published=None) -> str

Prints the parse (token, lemma, part of speech, dependency, head), the actors found, the
dates, each trigger with the lexicon pattern that fired (and its file:line), the mood
decisions (negation, threats, reported content) and the events that resulted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Article
from .coder import _render, code_events

if TYPE_CHECKING:
    from ..pipeline import Pipeline


def explain(sentence: str, pipeline: Pipeline, published: str | None = None) -> str:
    """A printable account of how ``sentence`` is parsed and coded."""
    from .. import actors as actor_stage
    from .. import dates as date_stage

    article = Article(id="explain", text=sentence, published=published)
    parsed = pipeline.parse_one(article)
    mentions = actor_stage.find_actors(parsed, pipeline.knowledge)
    dates = date_stage.find_dates(parsed)
    trace: list[str] = []
    events = code_events(parsed, mentions, dates, pipeline.lexicon, trace=trace)

    lines = [f"sentence: {sentence}", f"published: {published or '—'}", "", "parse:"]
    lines.append(f"  {'#':>3}  {'token':<16} {'lemma':<14} {'pos':<6} {'dep':<10} head")
    for t in parsed.doc:
        if t.is_space:
            continue
        lines.append(
            f"  {t.i:>3}  {t.text:<16} {t.lemma_:<14} {t.pos_:<6} {t.dep_:<10} {t.head.i} {t.head.text}"
        )
    lines += ["", "actors:"]
    if not mentions:
        lines.append("  (none)")
    for m in mentions:
        code = m.code or f"{m.country or '-'}/{m.sector or '-'}"
        lines.append(f"  {m.text!r} [{m.start}:{m.end}] {code} kind={m.kind} {m.how}".rstrip())
    lines += ["", "dates:"]
    if not dates:
        lines.append("  (none found by the dates stage)")
    for d in dates:
        lines.append(f"  {d.text!r} → {d.value}")
    lines += ["", "coder:"]
    lines += [f"  {line}" for line in trace] or ["  (no trigger)"]
    lines += ["", f"events ({len(events)}):"]
    if not events:
        lines.append("  (none)")
    lines += [f"  {_render(e)}" for e in events]
    return "\n".join(lines)
