"""RSS and Atom feeds: one article per entry, from the feed's own text (no fetching).

An entry's text is its title, then its content (``content:encoded`` / Atom ``content``)
or, when that is missing or shorter, its summary, with the HTML turned into lines. Its
id and URL are the entry's link (else its guid, else ``path#n``); its date is the
entry's own (``published``, else ``updated``), read from the string the feed wrote so
the outlet's calendar day is kept; the feed's title is the outlet.

A feed's own DTD keeps only plain entities (a literal or one character reference):
an entity made of other entities ("billion laughs") or read from a file or URL
(``SYSTEM "file:///etc/passwd"``) is dropped before feedparser sees the feed, whatever the
line layout (feedparser's own filter reads one declaration a line), so its reference
stays unexpanded and nothing outside the feed is read.

A document that is not a feed (an HTML page, any other XML) is skipped as
``not-a-feed``. When the format was sniffed, an HTML page never reaches this reader: it is
read as an article page (see ``sniff``); when the user forced ``--input-format rss``,
it is this skip.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from typing import Any

from ..models import Article, Skipped
from .base import Context, finish, one_line
from .html import fragment_lines
from .tabular import outlet_of

_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
_DOCTYPE = re.compile(rb"<!DOCTYPE\b[^\[>]*(\[.*?\])?\s*>", re.DOTALL | re.IGNORECASE)
#: An entity declaration that is safe to keep: a literal without references, or one
#: character reference (feedparser's own rule).
_SAFE_ENTITY = re.compile(
    rb"""<!ENTITY\s+([\w.-]+)\s+(?:"(&#\w+;|[^&%"]*)"|'(&#\w+;|[^&%']*)')\s*>"""
)


def safe_doctype(data: bytes) -> bytes:
    """The feed with its DOCTYPE's internal subset cut down to plain entities."""
    first = _FIRST_ELEMENT.search(data)
    prolog = data[: first.start()] if first else data
    match = _DOCTYPE.search(prolog)
    if match is None or match.group(1) is None:
        return data
    kept = b"".join(m.group(0) for m in _SAFE_ENTITY.finditer(match.group(1)))
    subset = b"[" + kept + b"]" if kept else b""
    return data[: match.start(1)] + subset + data[match.end(1) :]


def _entry_lines(entry: Any) -> list[str]:
    best: list[str] = []
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or ():
        candidates.append((content.get("value") or "", content.get("type") or "text/html"))
    summary = entry.get("summary_detail") or {}
    if entry.get("summary"):
        candidates.append((entry.get("summary") or "", summary.get("type") or "text/html"))
    for value, kind in candidates:
        if "html" in kind:
            lines = fragment_lines(value)
        else:
            lines = [line for line in (one_line(p) for p in value.split("\n")) if line]
        if sum(map(len, lines)) > sum(map(len, best)):
            best = lines
    return best


def _struct_date(value: Any) -> str | None:
    try:
        return dt.date(value[0], value[1], value[2]).isoformat() if value else None
    except (TypeError, ValueError, IndexError):
        return None


def _entry_dates(entry: Any) -> list[tuple[object, str]]:
    # dict.get: feedparser's own get() maps a missing "updated" to "published", with a warning
    out: list[tuple[object, str]] = []
    for key in ("published", "updated", "created"):
        if dict.get(entry, key):
            out.append((dict.get(entry, key), "metadata"))
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if dict.get(entry, key):
            out.append((_struct_date(dict.get(entry, key)), "metadata"))
    return out


def read_feed(
    data: bytes, ctx: Context, *, name: str, url: str | None = None
) -> Iterator[Article | Skipped]:
    """One article per entry of an RSS or Atom feed."""
    import feedparser

    try:
        parsed = feedparser.parse(
            io.BytesIO(safe_doctype(data)), response_headers={"content-location": url or ""}
        )
    except Exception as exc:  # feedparser on damaged bytes (e.g. a garbled encoding name)
        yield Skipped(name, "bad-feed", f"feedparser failed: {type(exc).__name__}: {exc}")
        return
    version = parsed.get("version") or ""
    entries = parsed.get("entries") or []
    if not version and not entries:
        problem = parsed.get("bozo_exception")
        detail = (
            f"no RSS or Atom feed found ({problem})" if problem else "no RSS or Atom feed found"
        )
        yield Skipped(name, "not-a-feed", detail)
        return
    feed = parsed.get("feed") or {}
    outlet = one_line(feed.get("title")) or outlet_of(feed.get("link") or url)
    language = feed.get("language")
    if not entries:
        yield Skipped(name, "empty", f"a {version or 'feed'} with no entries")
        return
    for n, entry in enumerate(entries, 1):
        link = one_line(entry.get("link"))
        eid = link or one_line(entry.get("id")) or f"{name}#{n}"
        title = one_line(entry.get("title"))
        lines = _entry_lines(entry)
        text = "\n".join(lines) or title or ""
        yield finish(
            ctx,
            id=eid,
            text=text,
            title=title,
            dates=_entry_dates(entry),
            url=link,
            outlet=outlet,
            language=(entry.get("language") or language or None),
            source=name,
            normalise=False,
        )
