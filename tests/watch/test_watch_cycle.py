"""Watch cycles against a news site on loopback whose feeds change between cycles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.pipeline import Pipeline
from communique.settings import Settings
from communique.store import open_store
from communique.store.feeds import feed_rows, feed_states
from communique.watch import Watcher

T0 = dt.datetime(2025, 8, 6, 8, 0, 0)

TEXTS = {
    "/world/talks": (
        "India and Russia hold defence talks",
        "India and Russia held talks in Moscow on Tuesday about defence cooperation.",
        "Officials said the two countries would meet again next month.",
    ),
    "/world/sanctions": (
        "EU imposes sanctions on Iran",
        "The European Union imposed sanctions on Iran over its nuclear programme.",
        "Ministers agreed the measures at a meeting in Brussels.",
    ),
    "/world/border": (
        "Clash on the border",
        "Chinese troops attacked Indian soldiers near the border on Monday.",
        "India protested to China and demanded an investigation.",
    ),
    "/world/flag": (
        "Protest in Nairobi",
        "Protesters in Kenya burned the American flag outside the embassy.",
        "Police dispersed the crowd later in the day.",
    ),
    "/world/aid": (
        "Japan sends aid",
        "Japan sent humanitarian aid to the Philippines after the typhoon.",
        "The first flights landed in Manila on Wednesday.",
    ),
}


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def watcher_for(pipeline: Pipeline, tmp_path: Path):  # type: ignore[no-untyped-def]
    made: list[Watcher] = []

    def make(feeds: list[str], clock: Clock, **settings: object) -> Watcher:
        options: dict[str, object] = {
            "db": str(tmp_path / "watch.duckdb"),
            "every": "60s",
            "host_delay": 0.0,
            "timeout": 0.5,
            "url_attempts": 2,
        }
        options.update(settings)
        w = Watcher(feeds, pipeline, Settings().replace(**options), clock=clock)
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()


def _stored(db: str) -> list[tuple[str, int]]:
    with open_store(db, read_only=True) as store:
        _, rows = store.fetch("SELECT id, count(*) FROM articles GROUP BY id ORDER BY id")
    return [(str(i), int(n)) for i, n in rows]


def _urls(db: str) -> dict[str, tuple[str, str | None]]:
    with open_store(db, read_only=True) as store:
        _, rows = store.fetch("SELECT url, status, reason FROM feed_urls")
    return {u: (s, r) for u, s, r in rows}


def test_watch_three_cycles_store_each_entry_once_and_isolate_failing_feeds(
    news_site, watcher_for: Callable[..., Watcher]
) -> None:
    site = news_site
    for path, (title, *paras) in TEXTS.items():
        site.article(path, title, *paras)
    site.pages["/private/memo"] = ("Internal memo", ["Russia accused the United States of lying."])
    site.feeds["/news.rss"] = ["/world/talks", "/world/sanctions", "/private/memo", "/gone"]
    site.atom["/world.atom"] = ["/world/border"]
    site.moved["/old-world.atom"] = "/world.atom"  # the Atom feed has moved (301)
    site.broken.add("/dead.rss")
    site.trickle.add("/slow.rss")
    site.feeds["/slow.rss"] = ["/world/aid"]
    feeds = [f"{site.base}{p}" for p in ("/news.rss", "/old-world.atom", "/dead.rss", "/slow.rss")]
    clock = Clock()
    w = watcher_for(feeds, clock)
    db = w.settings.db

    # cycle 1: two feeds answer, one fails (500), one trickles past the timeout
    r1 = w.cycle(1)
    assert (r1.checked, r1.not_modified, dict(r1.failed)) == (4, 0, {"http-500": 1, "timeout": 1})
    assert r1.stored == 3 and r1.new_urls == 5
    assert dict(r1.skipped) == {"robots": 1, "http-404": 1}
    assert site.count("/private/memo") == 0  # robots.txt was asked first, and honoured

    # between cycles: the RSS feed gains an entry, the Atom feed does not change
    site.feeds["/news.rss"].insert(0, "/world/flag")
    clock.now = T0 + dt.timedelta(seconds=60)
    r2 = w.cycle(2)
    assert (r2.checked, r2.not_modified, r2.backing_off) == (2, 1, 2)  # dead and slow wait
    assert (r2.new_urls, r2.stored) == (1, 1)
    atom_asks = [h for p, h in site.hits if p == "/world.atom"]
    assert atom_asks[-1]["if-modified-since"] == "Wed, 06 Aug 2025 08:00:00 GMT"

    # between cycles: the RSS feed lists a syndicated copy of a stored text under a new URL
    site.article("/syndicated/talks", *TEXTS["/world/talks"])
    site.feeds["/news.rss"].append("/syndicated/talks")
    site.broken.discard("/dead.rss")
    site.feeds["/dead.rss"] = ["/world/aid"]
    clock.now = T0 + dt.timedelta(seconds=120)  # the failing feeds' back-off is over
    r3 = w.cycle(3)
    assert r3.checked == 4 and r3.not_modified == 1 and dict(r3.failed) == {"timeout": 1}
    assert (r3.stored, r3.duplicates) == (1, 1)  # the aid story, and the copy not stored again

    assert _stored(db) == [
        (f"{site.base}{p}", 1)
        for p in ("/world/aid", "/world/border", "/world/flag", "/world/sanctions", "/world/talks")
    ]
    for path in TEXTS:
        assert site.count(path) == 1, path  # each page fetched once
    urls = _urls(db)
    assert urls[f"{site.base}/syndicated/talks"] == ("duplicate", None)
    assert urls[f"{site.base}/gone"] == ("skipped", "http-404")
    with open_store(db, read_only=True) as store:
        states = {s.url: s for s in feed_states(store)}
        rows = {r["feed"]: r for r in feed_rows(store)}
    news, atom, dead, slow = (states[f] for f in feeds)
    assert news.etag and news.checks == 3 and news.failures == 0
    assert atom.not_modified == 2 and atom.final_url == f"{site.base}/world.atom"
    assert dead.failures == 0 and dead.last_status == "ok"  # recovered
    assert slow.failures == 2 and slow.last_status == "timeout"
    assert slow.next_check == T0 + dt.timedelta(seconds=120 + 4 * 60)  # 60 s × 2²
    assert rows[feeds[0]]["stored"] == 3 and rows[feeds[0]]["skipped"] == 2


def test_watch_conditional_get_sends_validators_and_honours_304(
    news_site, watcher_for: Callable[..., Watcher]
) -> None:
    site = news_site
    site.article("/world/talks", *TEXTS["/world/talks"])
    site.feeds["/news.rss"] = ["/world/talks"]
    w = watcher_for([f"{site.base}/news.rss"], Clock())
    assert w.cycle(1).stored == 1
    r2 = w.cycle(2)
    assert (r2.not_modified, r2.new_urls, r2.stored) == (1, 0, 0)
    first, second = [h for p, h in site.hits if p == "/news.rss"]
    assert "if-none-match" not in first and second["if-none-match"].startswith('"')


def test_watch_page_that_trickles_is_retried_then_skipped(
    news_site, watcher_for: Callable[..., Watcher]
) -> None:
    site = news_site
    site.article("/world/talks", *TEXTS["/world/talks"])
    site.trickle.add("/world/talks")
    site.feeds["/news.rss"] = ["/world/talks"]
    w = watcher_for([f"{site.base}/news.rss"], Clock())
    r1 = w.cycle(1)
    assert (r1.retrying, r1.pending, r1.stored) == (1, 1, 0)
    r2 = w.cycle(2)  # the second attempt is the last (url_attempts=2)
    assert dict(r2.skipped) == {"timeout": 1} and r2.pending == 0
    assert site.count("/world/talks") == 2
    assert "1 to retry, 1 pending" in r1.line() and "timeout: 1" in r2.line()


def test_watch_sitemap_entries_are_fetched(news_site, watcher_for: Callable[..., Watcher]) -> None:
    site = news_site
    site.article("/world/border", *TEXTS["/world/border"])
    site.article("/world/aid", *TEXTS["/world/aid"])
    site.sitemaps["/sitemap.xml"] = [f"{site.base}/world/border", "/world/aid"]  # one relative
    site.robots = "User-agent: *\nDisallow:\n"
    w = watcher_for([f"{site.base}/sitemap.xml"], Clock())
    r = w.cycle(1)
    assert (r.new_urls, r.stored) == (2, 2)
    with open_store(w.settings.db, read_only=True) as store:
        [(kind,)] = store.fetch("SELECT kind FROM feeds")[1]
        _, urls = store.fetch("SELECT url FROM feed_urls ORDER BY url")
    assert kind == "sitemap"
    assert [u for (u,) in urls] == [f"{site.base}/world/aid", f"{site.base}/world/border"]


def test_watch_sitemap_index_reads_its_sitemaps_and_a_page_is_no_feed(
    news_site, watcher_for: Callable[..., Watcher]
) -> None:
    site = news_site
    site.article("/world/border", *TEXTS["/world/border"])
    site.article("/world/aid", *TEXTS["/world/aid"])
    site.sitemaps["/sitemap-1.xml"] = ["/world/border"]
    site.sitemaps["/sitemap-2.xml"] = ["/world/aid"]
    site.sitemap_indexes["/sitemap.xml"] = ["/sitemap-1.xml", "/missing.xml", "/sitemap-2.xml"]
    w = watcher_for([f"{site.base}/sitemap.xml", f"{site.base}/world/aid"], Clock())
    r = w.cycle(1)
    assert (r.new_urls, r.stored) == (2, 2)  # the missing child sitemap hides nothing
    assert dict(r.failed) == {"not-a-feed": 1}  # an article page is not a feed
