"""``communique serve --watch FEEDS``: the dashboard and the feed watch in one process."""

from __future__ import annotations

import json
import signal
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from communique.pipeline import Pipeline
from communique.settings import Settings
from communique.store import open_store
from communique.watch.background import BackgroundWatch
from communique.web.db import Database

TALKS = (
    "India and Russia hold defence talks",
    "India and Russia held talks in Moscow on Tuesday about defence cooperation.",
    "Officials said the two countries would meet again next month.",
)
CLASH = (
    "Clash on the border",
    "Chinese troops attacked Indian soldiers near the border on Monday.",
    "India protested to China and demanded an investigation.",
)


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.load(answer)


def _until(what: Callable[[], Any], seconds: float = 120) -> Any:
    deadline = time.monotonic() + seconds
    while True:
        got = what()
        if got or time.monotonic() > deadline:
            return got
        time.sleep(0.3)


def test_watch_background_serve_lists_a_new_entry_without_a_restart_then_stops_cleanly(
    news_site, tmp_path: Path, serving: Callable[..., Any]
) -> None:
    site = news_site
    site.article("/world/talks", *TALKS)
    site.feeds["/news.rss"] = ["/world/talks"]
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{site.base}/news.rss\n")
    db = tmp_path / "served.duckdb"  # no database yet: serve --watch creates it
    talks, clash = f"{site.base}/world/talks", f"{site.base}/world/clash"

    def mentions(url: str, article: str) -> list[dict[str, Any]]:
        got = _get(f"{url}/api/events?mentions=1&min_confidence=0&per_page=500")
        return [e for e in got["items"] if e["article_id"] == article]

    env = {"COMMUNIQUE_HOST_DELAY": "0"}
    with serving(db, "--watch", str(feeds), "--every", "1s", env=env, wait=180) as (url, proc):
        assert _until(lambda: mentions(url, talks)), "the first entry never showed"
        before = _get(f"{url}/api/stats")
        assert not mentions(url, clash)

        # the feed gains an entry: the running server lists its events, no restart
        site.article("/world/clash", *CLASH)
        site.feeds["/news.rss"].insert(0, "/world/clash")
        found = _until(lambda: mentions(url, clash))
        assert found and {e["source_country"] for e in found} >= {"CHN"}
        assert _get(f"{url}/api/stats")["articles"] == before["articles"] + 1

        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=150)
    assert proc.returncode == 0, err
    assert "watching 1 feeds into it" in err and "cycle 1: 1/1 feeds checked" in err
    assert "stopped by SIGTERM" in err and "Traceback" not in err
    with open_store(db, read_only=True) as store:  # the file was let go
        _, rows = store.fetch("SELECT id, count(*) FROM articles GROUP BY id ORDER BY id")
        _, urls = store.fetch("SELECT url, status FROM feed_urls ORDER BY url")
    assert rows == [(clash, 1), (talks, 1)]
    assert urls == [(clash, "stored"), (talks, "stored")]
    assert site.count("/world/talks") == 1 and site.count("/world/clash") == 1


def test_watch_background_beside_work_writes_through_the_readers_connection(
    news_site, tmp_path: Path, pipeline: Pipeline
) -> None:
    site = news_site
    site.article("/world/talks", *TALKS)
    site.feeds["/news.rss"] = ["/world/talks"]
    db = Database(tmp_path / "shared.duckdb", writable=True)
    db.check()  # created
    settings = Settings(db=str(db.path), every="60s", host_delay=0.0, timeout=5.0)
    cycles: list[str] = []
    job = BackgroundWatch(
        [f"{site.base}/news.rss"],
        pipeline,
        settings,
        store=db.write,
        on_cycle=lambda report: cycles.append(report.line()),
    )

    def dashboard() -> None:  # the work beside the watch: reads until the article shows
        def stored() -> int:
            with db.read() as r:
                return int(r.fetch("SELECT count(*) AS n FROM articles")[0]["n"])

        assert _until(stored, 120) == 1

    assert job.beside(dashboard, timeout=60)  # the watch ended once the work returned
    assert not job.running and job.error is None and job.signal is None
    assert job.result is not None and job.result.stored == 1
    assert len(cycles) == 1 and "1 stored" in cycles[0]  # it waited 60 s: stopped instead
    db.close()


def test_watch_background_an_unexpected_error_ends_the_watch_not_the_work(
    news_site, tmp_path: Path, pipeline: Pipeline
) -> None:
    site = news_site
    site.feeds["/news.rss"] = []
    errors: list[BaseException] = []

    def broken_store() -> Any:
        raise RuntimeError("no store today")

    job = BackgroundWatch(
        [f"{site.base}/news.rss"],
        pipeline,
        Settings(db=str(tmp_path / "x.duckdb"), host_delay=0.0),
        store=broken_store,
        on_error=errors.append,
    )
    worked: list[bool] = []

    def work() -> None:  # goes on after the watch has ended
        worked.append(_until(lambda: job.error is not None and not job.running, 60))

    assert job.beside(work, timeout=60)
    assert worked == [True] and isinstance(job.error, RuntimeError)
    assert errors == [job.error] and job.result is None
