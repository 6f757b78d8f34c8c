"""The corrections loop: judged corrections → user entries, checked by extracting again.

    learn(rows, store, pipeline, scan=500) -> Learning
    write_entries(learning, lexicon_out=None, actors_out=None, origin="") -> (n_lexicon, n_actors)
    render(learning) -> str

For every judged row with a correction, ``entries.entries_for`` proposes a lexicon or
actor entry (or says why none can express it). Rows that propose the same entry are its
joint evidence; rows that give one entry two different codes or actors are a conflict and
teach nothing. Each entry is then tried alone: the stored articles it could fire in
(``Replayer.candidates``, at most ``scan`` of them, always including its own rows'
articles) are extracted with today's configuration and with the entry added, and the
events that differ are counted. An entry is kept only if it fixes the event of at least
one of its rows (the event at the judged trigger now has the corrected code or actor); an
entry that changes nothing there, or changes it into something else, is reported and left
out. Finally the judged sentences are shown before and after all kept entries together.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..actors.knowledge import load_knowledge
from ..errors import UsageError
from ..events.emit import render_event
from ..events.lexicon import load_lexicon
from ..models import Event
from ..pipeline import Pipeline
from ..store import Store
from .entries import (
    ActorEntry,
    Entry,
    LexiconEntry,
    Proposed,
    Skip,
    entries_for,
    needs_learning,
    parse_event_id,
    sentence_of,
)
from .replay import Change, Replayer, compare, outcome, overlapping
from .sheet import AuditRow


@dataclass
class Learned:
    """One entry, the rows it was learned from, and what it does."""

    entry: Entry
    evidence: list[Proposed]
    outcomes: dict[str, str] = field(default_factory=dict)  # event_id → fixed/changed/unchanged
    change: Change = Change()
    scanned: list[str] = field(default_factory=list)  # the articles extracted again
    candidates: int = 0  # stored articles holding the entry's words

    @property
    def kept(self) -> bool:
        return "fixed" in self.outcomes.values()

    @property
    def rows(self) -> list[AuditRow]:
        return [p.row for p in self.evidence]


@dataclass(frozen=True)
class Replayed:
    """A judged sentence's events before and after the kept entries."""

    row: AuditRow
    sentence: str
    before: list[Event]
    after: list[Event]


@dataclass
class Learning:
    """What ``learn`` found: the entries (kept or not), what it could not learn, and the
    judged sentences before and after."""

    learned: list[Learned] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    replayed: list[Replayed] = field(default_factory=list)
    change: Change = Change()  # all kept entries together, over their candidate articles

    @property
    def kept(self) -> list[Learned]:
        return [x for x in self.learned if x.kept]


def _with(pipeline: Pipeline, entries: Sequence[Entry], folder: Path, name: str) -> Pipeline:
    """``pipeline`` with the entries added after the user's own lexicon and dictionaries."""
    lex = [e for e in entries if isinstance(e, LexiconEntry)]
    act = [e for e in entries if isinstance(e, ActorEntry)]
    settings = pipeline.settings
    if lex:
        path = folder / f"{name}-lexicon.yaml"
        path.write_text(_yaml([e.to_dict() for e in lex]), encoding="utf-8")
        settings = settings.replace(lexicon=(*settings.lexicon, str(path)))
    if act:
        path = folder / f"{name}-actors.yaml"
        path.write_text(_yaml([e.to_dict() for e in act]), encoding="utf-8")
        settings = settings.replace(dictionaries=(*settings.dictionaries, str(path)))
    return Pipeline(settings, nlp=pipeline.nlp, policy=pipeline.policy)


def _yaml(items: list[dict[str, object]]) -> str:
    """Entries as YAML list items, one flow mapping per line (as README writes them)."""
    return "".join(
        "- "
        + yaml.safe_dump(
            item, default_flow_style=True, allow_unicode=True, sort_keys=False, width=10_000
        )
        for item in items
    )


def _group(proposals: list[Proposed], skipped: list[Skip]) -> list[Learned]:
    """One ``Learned`` per entry; rows that give one key different codes are a conflict."""
    by_key: dict[tuple[object, ...], list[Proposed]] = {}
    for p in proposals:
        by_key.setdefault((type(p.entry).__name__, *p.entry.key), []).append(p)
    out: list[Learned] = []
    for group in by_key.values():
        kinds = {p.entry for p in group}
        if len(kinds) > 1:
            rows = ", ".join(str(p.row.row or p.row.event_id) for p in group)
            told = "; ".join(sorted(e.describe() for e in kinds))
            for p in group:
                skipped.append(Skip(p.row, p.aim[0], f"rows {rows} disagree ({told})"))
            continue
        out.append(Learned(group[0].entry, group))
    return out


def learn(
    rows: Sequence[AuditRow],
    store: Store,
    pipeline: Pipeline,
    *,
    scan: int = 500,
    progress: Callable[[str], None] | None = None,
) -> Learning:
    """Entries from the judged corrections of ``rows`` (see the module docstring)."""
    say = progress or (lambda _msg: None)
    replayer = Replayer(store, pipeline)
    result = Learning()
    todo: list[tuple[AuditRow, str]] = []
    for row in rows:
        if not needs_learning(row):
            continue
        where = parse_event_id(row.event_id)
        h = replayer.find(where[0]) if where else None
        if h is None:
            what = "its article is not in the database" if where else "its event_id is malformed"
            result.skipped.append(Skip(row, "event", what))
            continue
        todo.append((row, h))
    say(f"parsing {len(todo)} judged articles")
    replayer.load([h for _, h in todo])
    proposals: list[Proposed] = []
    for row, h in todo:
        where = parse_event_id(row.event_id)
        assert where is not None
        today = overlapping(replayer.events(h), where[1], where[2])
        if not any(e.cameo == row.code for e in today):
            result.skipped.append(
                Skip(
                    row,
                    "event",
                    "today's pipeline no longer codes this event (stored by an earlier version)",
                )
            )
            continue
        for found in entries_for(row, replayer.index(h), pipeline.lexicon):
            (proposals if isinstance(found, Proposed) else result.skipped).append(found)  # type: ignore[arg-type]
    result.learned = _group(proposals, result.skipped)
    hashes = {row.event_id: h for row, h in todo}
    with tempfile.TemporaryDirectory(prefix="communique-learn-") as tmp:
        folder = Path(tmp)
        for k, item in enumerate(result.learned):
            say(f"trying {item.entry.describe()}")
            _try(item, replayer, _with(pipeline, [item.entry], folder, f"e{k}"), hashes, scan)
        kept = result.kept
        if kept:
            after = _with(pipeline, [x.entry for x in kept], folder, "kept")
            articles = sorted({h for x in kept for h in x.scanned})
            for h in articles:
                result.change += compare(replayer.events(h), replayer.run(h, after))
        else:
            after = pipeline
        for row, h in todo:
            result.replayed.append(_replay(row, h, replayer, after))
    return result


def _try(
    item: Learned, replayer: Replayer, alone: Pipeline, hashes: dict[str, str], scan: int
) -> None:
    own = [hashes[p.row.event_id] for p in item.evidence]
    found, item.candidates = replayer.candidates(item.entry, scan)
    articles = list(dict.fromkeys([*own, *found]))
    item.candidates = max(item.candidates, len(set(own)))
    replayer.load(articles)
    for h in articles:
        item.change += compare(replayer.events(h), replayer.run(h, alone))
    item.scanned = articles
    for p in item.evidence:
        h = hashes[p.row.event_id]
        item.outcomes[p.row.event_id] = outcome(p, replayer.events(h), replayer.run(h, alone))


def _replay(row: AuditRow, h: str, replayer: Replayer, after: Pipeline) -> Replayed:
    where = parse_event_id(row.event_id)
    assert where is not None
    index = replayer.index(h)
    k = sentence_of(index, where[1])
    return Replayed(
        row,
        index.sentences[k].text,
        [e for e in replayer.events(h) if e.sentence_index == k],
        [e for e in replayer.run(h, after) if e.sentence_index == k],
    )


# -- writing -------------------------------------------------------------------------------


def write_entries(
    learning: Learning,
    lexicon_out: str | Path | None = None,
    actors_out: str | Path | None = None,
    origin: str = "",
) -> tuple[int, int]:
    """Append the kept entries to the user's lexicon and actor files (created when
    missing), each after a comment naming its rows; (lexicon entries, actor entries)
    written. The files are read back with the loaders to make sure they load."""
    counts = []
    stamp = dt.date.today().isoformat()
    for path, kind in ((lexicon_out, LexiconEntry), (actors_out, ActorEntry)):
        items = [x for x in learning.kept if isinstance(x.entry, kind)]
        if path is None or not items:
            counts.append(0)
            continue
        p = Path(path)
        if p.suffix.lower() not in (".yaml", ".yml"):
            raise UsageError(f"{p}: learned entries are written as YAML; name a .yaml file")
        text = p.read_text(encoding="utf-8") if p.exists() else ""
        if text and not text.endswith("\n"):
            text += "\n"
        text += (
            f"# learned by `communique audit learn` from {origin or 'a judged sample'} on {stamp}\n"
        )
        for x in items:
            rows = ", ".join(str(r.row or r.event_id) for r in x.rows)
            text += f"# rows {rows}: {x.change.total} events in stored articles change\n"
            text += _yaml([x.entry.to_dict()])
        try:
            p.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {p}: {exc.strerror or exc}") from None
        if kind is LexiconEntry:
            load_lexicon([str(p)])
        else:
            load_knowledge([str(p)])
        counts.append(len(items))
    return counts[0], counts[1]


# -- the report ----------------------------------------------------------------------------


def render(learning: Learning) -> str:
    """What was learned, kept and left out, and the judged sentences before and after."""
    out: list[str] = []
    kept = learning.kept
    out.append(
        f"{len(kept)} entries kept, {len(learning.learned) - len(kept)} left out, "
        f"{len(learning.skipped)} corrections not learnable"
    )
    for x in learning.learned:
        status = "kept" if x.kept else "left out"
        rows = ", ".join(str(r.row or r.event_id) for r in x.rows)
        fixed = ", ".join(
            f"row {p.row.row or p.row.event_id}: {x.outcomes[p.row.event_id]}" for p in x.evidence
        )
        c = x.change
        out.append("")
        out.append(f"[{status}] {x.entry.describe()}  (rows {rows})")
        out.append("  " + _yaml([x.entry.to_dict()]).strip())
        out.append(f"  the judged events: {fixed}")
        out.append(
            f"  would change {c.total} events in stored articles ({c.changed} changed, "
            f"{c.removed} removed, {c.added} added; {len(x.scanned)} of {x.candidates} "
            f"articles holding its words extracted again)"
        )
    if learning.skipped:
        out += ["", "not learnable:"]
        for s in learning.skipped:
            out.append(f"  row {s.row.row or s.row.event_id} ({s.what}): {s.reason}")
    if learning.replayed:
        c = learning.change
        out += [
            "",
            f"the judged sentences, before and after the kept entries "
            f"(all kept entries together change {c.total} events):",
        ]
        for r in learning.replayed:
            out.append("")
            out.append(f"row {r.row.row or r.row.event_id}: {r.sentence}")
            out.append(
                f"  judged {r.row.verdict}: {r.row.code}"
                + (f" → {r.row.corrected_code}" if r.row.corrected_code else "")
            )
            for label, events in (("before", r.before), ("after ", r.after)):
                if not events:
                    out.append(f"  {label}: (no event)")
                for e in events:
                    out.append(f"  {label}: {render_event(e)}")
    return "\n".join(out) + "\n"
