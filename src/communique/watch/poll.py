"""One feed, checked with a conditional GET: not modified, its entry URLs, or a failure.

The request carries the validators the feed sent last time (``If-None-Match`` with its
``ETag``, ``If-Modified-Since`` with its ``Last-Modified``); a ``304 Not Modified`` is
``Poll.status == "not-modified"`` and nothing is parsed. A feed that answers is read as
RSS/Atom (feedparser: each entry's link, resolved against the feed's final URL after
redirects, and its date) or as a sitemap (``<urlset>``: each ``<loc>`` with its
``<lastmod>`` or news ``<publication_date>``; a ``<sitemapindex>``: the newest
``MAX_CHILD_SITEMAPS`` sitemaps it lists, read the same way). Only http(s) links are
kept, without their ``#fragment``. Anything else (an HTTP error, a timeout, a page that
is neither) is ``status == "failed"`` with the skip reason ``ingest`` would give.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urldefrag, urljoin

from ..ingest.published import try_date
from ..ingest.web import Fetched, is_url
from ..models import Skipped
from ..store.feeds import FeedState
from .polite import Polite

#: Child sitemaps of a sitemap index read per check (the most recently modified).
MAX_CHILD_SITEMAPS = 5

Entry = tuple[str, str | None]  # (URL, publication date or None)


@dataclass
class Poll:
    """What checking a feed found."""

    status: str  # ok, not-modified, failed
    kind: str | None = None  # feed or sitemap
    entries: list[Entry] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None
    reason: str = ""
    detail: str = ""


def conditional_headers(state: FeedState) -> dict[str, str]:
    """The validators of the feed's last answer, as request headers."""
    headers: dict[str, str] = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def poll(state: FeedState, polite: Polite) -> Poll:
    """Check one feed (``Stopping`` passes through)."""
    got = polite.get(state.url, conditional_headers(state))
    if isinstance(got, Skipped):
        return Poll("failed", reason=got.reason, detail=got.detail)
    if got.status == 304:
        return Poll("not-modified", final_url=got.final_url)
    found = _entries(got, polite)
    if isinstance(found, Skipped):
        return Poll("failed", reason=found.reason, detail=found.detail)
    kind, entries = found
    return Poll(
        "ok",
        kind=kind,
        entries=entries,
        etag=got.etag,
        last_modified=got.last_modified,
        final_url=got.final_url,
    )


def _clean(link: Any, base: str) -> str | None:
    if not isinstance(link, str) or not link.strip():
        return None
    url = urldefrag(urljoin(base, link.strip()))[0]
    return url if is_url(url) else None


def _entries(got: Fetched, polite: Polite) -> tuple[str, list[Entry]] | Skipped:
    head = got.data[:4096].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _sitemap(got, polite)
    return _feed(got)


def _feed(got: Fetched) -> tuple[str, list[Entry]] | Skipped:
    import feedparser

    try:
        parsed = feedparser.parse(
            io.BytesIO(got.data), response_headers={"content-location": got.final_url}
        )
    except Exception as exc:  # feedparser on damaged bytes
        return Skipped(got.url, "bad-feed", f"{type(exc).__name__}: {exc}")
    if not parsed.get("version") and not parsed.get("entries"):
        return Skipped(got.url, "not-a-feed", "no RSS or Atom feed found")
    entries: list[Entry] = []
    for entry in parsed.get("entries") or ():
        link = _clean(entry.get("link"), got.final_url)
        if link is None:
            continue
        date = None
        for key in ("published", "updated"):
            date = date or try_date(dict.get(entry, key))
        entries.append((link, date))
    return "feed", entries


def _xml(data: bytes, url: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        return Skipped(url, "bad-xml", str(exc))


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(node: Any, name: str) -> list[Any]:
    return [c for c in node if _local(c.tag) == name]


def _text(node: Any, *path: str) -> str | None:
    for name in path:
        found = _children(node, name)
        if not found:
            return None
        node = found[0]
    return (node.text or "").strip() or None


def _urlset(root: Any, base: str) -> list[Entry]:
    entries: list[Entry] = []
    for url in _children(root, "url"):
        link = _clean(_text(url, "loc"), base)
        if link is None:
            continue
        date = try_date(_text(url, "news", "publication_date")) or try_date(_text(url, "lastmod"))
        entries.append((link, date))
    return entries


def _sitemap(got: Fetched, polite: Polite) -> tuple[str, list[Entry]] | Skipped:
    root = _xml(got.data, got.url)
    if isinstance(root, Skipped):
        return root
    if _local(root.tag) == "urlset":
        return "sitemap", _urlset(root, got.final_url)
    if _local(root.tag) != "sitemapindex":
        return Skipped(got.url, "not-a-feed", f"an XML document <{_local(root.tag)}>")
    children = [
        (_text(s, "lastmod") or "", _clean(_text(s, "loc"), got.final_url))
        for s in _children(root, "sitemap")
    ]
    newest = sorted((c for c in children if c[1]), key=lambda c: c[0], reverse=True)
    entries: list[Entry] = []
    for _, child_url in newest[:MAX_CHILD_SITEMAPS]:
        assert child_url is not None
        child = polite.get(child_url)
        if isinstance(child, Skipped):
            continue  # one child that fails does not hide the others
        child_root = _xml(child.data, child_url)
        if not isinstance(child_root, Skipped) and _local(child_root.tag) == "urlset":
            entries.extend(_urlset(child_root, child.final_url))
    return "sitemap", entries
