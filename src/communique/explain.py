"""``communique explain "SENTENCE"``: why the pipeline coded what it coded.

    explain(text, pipeline, published=None) -> str

Runs the pipeline's own stages once, with a ``Trace``, and prints what they decided: the
parse (token, lemma, part of speech, dependency, head), the actors found and why, the
quotations and their speakers, the dates, each trigger with the lexicon pattern that
fired (and its file:line), the mood decisions (negation, threats, reported content) and
the events that resulted. It runs nothing of its own, so it cannot disagree with
``extract`` or ``ingest``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .events.emit import render_event

if TYPE_CHECKING:
    from .pipeline import Pipeline


def explain(text: str, pipeline: Pipeline, published: str | None = None) -> str:
    """A printable account of how ``text`` is parsed and coded."""
    from .pipeline import Trace

    trace = Trace()
    doc = pipeline.extract(text, published=published, id="explain", trace=trace)
    index = trace.index
    assert index is not None  # the pipeline records its index on every run
    lines = [f"text: {text}", f"published: {published or '—'}", "", "parse:"]
    lines.append(f"  {'#':>3}  {'token':<16} {'lemma':<14} {'pos':<6} {'dep':<10} head")
    for t in index.doc:
        if t.is_space:
            continue
        lines.append(
            f"  {t.i:>3}  {t.text:<16} {t.lemma_:<14} {t.pos_:<6} {t.dep_:<10} {t.head.i} {t.head.text}"
        )
    lines += ["", "actors:"]
    for m in doc.actors:
        code = m.code or f"{m.country or '-'}/{m.sector or '-'}"
        lines.append(f"  {m.text!r} [{m.start}:{m.end}] {code} kind={m.kind} {m.how}".rstrip())
    if not doc.actors:
        lines.append("  (none)")
    lines += ["", "quotations:"]
    for q in doc.quotes:
        who = q.speaker.text if q.speaker else "(no speaker)"
        where = f" {q.speaker.country or '-'}/{q.speaker.sector or '-'}" if q.speaker else ""
        lines.append(f"  {q.text!r} ← {who}{where} (cue: {q.cue or '—'})")
    if not doc.quotes:
        lines.append("  (none)")
    lines += ["", "dates:"]
    for d in doc.dates:
        lines.append(f"  {d.text!r} → {d.value}")
    if not doc.dates:
        lines.append("  (none found by the dates stage)")
    lines += ["", "coder:"]
    lines += [f"  {line}" for line in trace.events] or ["  (no trigger)"]
    lines += ["", f"events ({len(doc.events)}):"]
    lines += [f"  {render_event(e)}" for e in doc.events] or ["  (none)"]
    return "\n".join(lines)
