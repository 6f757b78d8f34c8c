"""One event, one article: everything the store holds about it, with the spans to mark.

``event`` gives an event with its sentence cut into marked pieces (trigger, source,
target, date expressions), the dates of its sentence and how they were anchored, the
article it came from, and the other mentions of the same event (same source and target
country, same CAMEO code, same day, in other sentences or articles). ``article`` gives an
article's text cut into pieces marked as actors, event triggers, quotations and dates,
with the kind of block each sentence is in (a caption or a credit is never coded).

``segments`` does the cutting: spans may overlap or nest, and every piece carries the
kinds of all spans over it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import NotFoundError, UsageError
from .data import EVENT_COLUMNS, EVENT_ID, _rows, _with_names
from .db import Reader
from .search import current_sql

_EVENT_ID = re.compile(r"[0-9a-f]{16}-[0-9a-f]{8}")
_ARTICLE = re.compile(r"[0-9a-f]{16}")


@dataclass
class Span:
    """A marked stretch of text: [start, end) with a kind and a note (shown on hover)."""

    start: int
    end: int
    kind: str
    note: str = ""
    link: str | None = None


@dataclass
class Piece:
    text: str
    kinds: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    link: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kinds": self.kinds, "notes": self.notes, "link": self.link}


def segments(text: str, spans: list[Span], offset: int = 0) -> list[Piece]:
    """``text`` (which starts at ``offset`` of the article) cut at every span boundary;
    spans outside it are ignored, spans across its ends are clipped."""
    n = len(text)
    inside = []
    for s in spans:
        a, b = max(0, s.start - offset), min(n, s.end - offset)
        if a < b:
            inside.append((a, b, s))
    cuts = sorted({0, n, *(a for a, _, _ in inside), *(b for _, b, _ in inside)})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        over = [s for x, y, s in inside if x <= a and b <= y]
        pieces.append(
            Piece(
                text[a:b],
                list(dict.fromkeys(s.kind for s in over)),
                [s.note for s in over if s.note],
                next((s.link for s in over if s.link), None),
            )
        )
    return pieces


def _actor_note(row: dict[str, Any], prefix: str = "") -> str:
    parts = [row.get(f"{prefix}country"), row.get(f"{prefix}sector")]
    name = row.get(f"{prefix}name")
    code = " ".join(p for p in parts if p) or "no country"
    return f"{name}: {code}" if name else code


def find_event(r: Reader, event_id: str) -> dict[str, Any]:
    """The stored row of one event (all columns, and the public ones), or UsageError."""
    if not _EVENT_ID.fullmatch(event_id):
        raise UsageError(f"an event id looks like 3f2a…(16 hex)-9c1d…(8 hex), got {event_id!r}")
    rows = r.fetch(  # older article versions too: their article pages link here
        f"SELECT {EVENT_COLUMNS}, e.article_hash, e.sentence AS sentence_index, e.start, "
        f'e."end", e.source_text, e.target_text, e.day FROM events e '
        f"WHERE starts_with(e.article_hash, ?) AND {EVENT_ID} = ?",
        [event_id[:16], event_id],
    )
    if not rows:
        raise NotFoundError(f"no event {event_id} in this database")
    return _with_names(_rows(rows))[0]


def event(r: Reader, event_id: str) -> dict[str, Any]:
    """An event with its marked sentence, dates, article and other mentions."""
    e = find_event(r, event_id)
    h, idx = e.pop("article_hash"), e["sentence_index"]
    sent = r.fetch(
        'SELECT start, "end", kind, text FROM sentences WHERE article_hash = ? AND idx = ?',
        [h, idx],
    )
    art = r.fetch(
        "SELECT left(hash, 16) AS article, id, title, published, published_origin, url, "
        "outlet, current, version FROM articles WHERE hash = ?",
        [h],
    )[0]
    spans = [Span(e["start"], e["end"], "trigger", f"trigger: {e['trigger']}")]
    actors = r.fetch(
        'SELECT start, "end", text, name, country, sector FROM actors '
        "WHERE article_hash = ? AND sentence = ? ORDER BY start",
        [h, idx],
    )
    for side in ("source", "target"):
        said = e.get(f"{side}_text")
        match = next((a for a in actors if a["text"] == said), None)
        if match:
            note = f"{side}: " + _actor_note(match)
            spans.append(Span(match["start"], match["end"], side, note))
    dates = _rows(
        r.fetch(
            'SELECT start, "end", text, value FROM dates WHERE article_hash = ? AND sentence = ? '
            "ORDER BY start",
            [h, idx],
        )
    )
    spans += [Span(d["start"], d["end"], "date", f"{d['text']} → {d['value']}") for d in dates]
    if sent:
        start, text, kind = sent[0]["start"], sent[0]["text"], sent[0]["kind"]
    else:  # a store without sentence rows: mark the trigger by its words
        text, kind = e["sentence"] or "", None
        at = text.find(e["trigger"] or "\0")
        start = e["start"] - max(at, 0)
    cur, params = current_sql("e", r.snapshot.stale)
    others = r.fetch(
        f"SELECT {EVENT_COLUMNS} FROM events e WHERE {cur} "
        "AND e.source_country IS NOT DISTINCT FROM ? AND e.target_country IS NOT DISTINCT FROM ? "
        f"AND e.cameo = ? AND e.day = ? AND {EVENT_ID} <> ? "
        "ORDER BY e.article_id, e.sentence, e.start LIMIT 100",
        [*params, e["source_country"], e["target_country"], e["cameo"], e["day"], e["id"]],
    )
    return {
        **{k: v for k, v in e.items() if k not in ("source_text", "target_text")},
        "sentence_kind": kind,
        "pieces": [p.to_dict() for p in segments(text, spans, start)],
        "dates": dates,
        "article": _rows([art])[0],
        "others": _with_names(_rows(others)),
    }


def article(r: Reader, prefix: str) -> dict[str, Any]:
    """An article with its text in marked pieces, and its events, quotes and dates."""
    if not _ARTICLE.fullmatch(prefix):
        raise UsageError(f"an article key is 16 hexadecimal characters, got {prefix!r}")
    found = r.fetch(
        "SELECT hash, left(hash, 16) AS article, id, version, current, title, published, "
        "published_origin, url, outlet, language, source, ingested_at, text "
        "FROM articles WHERE starts_with(hash, ?) ORDER BY current DESC, version DESC",
        [prefix],
    )
    if not found:
        raise NotFoundError(f"no article {prefix} in this database")
    a = _rows(found)[:1][0]
    h = a.pop("hash")
    versions = r.fetch(
        "SELECT left(hash, 16) AS article, version, current, ingested_at FROM articles "
        "WHERE id = ? ORDER BY version",
        [a["id"]],
    )
    actors = r.fetch(
        'SELECT start, "end", text, name, country, sector, code FROM actors '
        "WHERE article_hash = ? ORDER BY start",
        [h],
    )
    events = _with_names(
        _rows(
            r.fetch(
                f'SELECT {EVENT_COLUMNS}, e.start, e."end" FROM events e WHERE e.article_hash = ? '
                "ORDER BY e.sentence, e.start",
                [h],
            )
        )
    )
    quotes = _rows(
        r.fetch(
            'SELECT start, "end", text, speaker_text, speaker_name, speaker_country, cue '
            "FROM quotes WHERE article_hash = ? ORDER BY start",
            [h],
        )
    )
    dates = _rows(
        r.fetch(
            'SELECT start, "end", text, value FROM dates WHERE article_hash = ? ORDER BY start',
            [h],
        )
    )
    blocks = r.fetch(
        "SELECT start, \"end\", kind FROM sentences WHERE article_hash = ? AND kind IN ('caption', 'credit', 'nav') "
        "ORDER BY start",
        [h],
    )
    spans = [Span(x["start"], x["end"], "actor", _actor_note(x)) for x in actors]
    for e in events:
        note = f"{e['cameo']} {e['code_name']}: {e['source'] or '?'} → {e['target'] or '?'}"
        spans.append(Span(e["start"], e["end"], "trigger", note, f"/event/{e['id']}"))
    for q in quotes:
        who = q["speaker_name"] or q["speaker_text"] or "no speaker found"
        spans.append(Span(q["start"], q["end"], "quote", f"said by {who}"))
    spans += [Span(d["start"], d["end"], "date", f"{d['text']} → {d['value']}") for d in dates]
    spans += [Span(b["start"], b["end"], f"block-{b['kind']}", b["kind"]) for b in blocks]
    text = a.pop("text")
    return {
        **a,
        "versions": _rows(versions),
        "pieces": [p.to_dict() for p in segments(text, spans)],
        "events": events,
        "quotes": quotes,
        "dates": dates,
        "actors": _rows(actors),
    }
