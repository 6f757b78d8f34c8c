"""``communique watch`` as a real process: SIGTERM finishes the article, SIGKILL loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from communique.store import open_store

PAGES = {
    f"/news/{i}": (title, text)
    for i, (title, text) in enumerate(
        [
            ("Talks in Moscow", "India and Russia held talks in Moscow on Tuesday."),
            ("Sanctions on Iran", "The European Union imposed sanctions on Iran on Monday."),
            ("Border clash", "Chinese troops attacked Indian soldiers near the border."),
            ("Flag burned", "Protesters in Kenya burned the American flag on Friday."),
            ("Aid for Manila", "Japan sent humanitarian aid to the Philippines on Sunday."),
        ],
        1,
    )
}


def _start(feeds: Path, db: Path, *extra: str) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "communique.cli", "watch", str(feeds), "--db", str(db)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNIQUE_")}
    return subprocess.Popen(
        [*cmd, "--every", "2s", "--delay", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=feeds.parent,
        env=env,
    )


def _stored(db: Path) -> dict[str, int]:
    with open_store(db, read_only=True) as store:
        _, rows = store.fetch("SELECT id, count(*) FROM articles GROUP BY id")
    return {str(i).rsplit("/", 2)[-1]: int(n) for i, n in rows}


def _statuses(db: Path) -> dict[str, str]:
    with open_store(db, read_only=True) as store:
        _, rows = store.fetch("SELECT url, status FROM feed_urls")
    return {str(u).rsplit("/", 1)[-1]: str(s) for u, s in rows}


def test_watch_process_sigterm_then_sigkill_then_restart_loses_nothing(
    news_site, tmp_path: Path
) -> None:
    site = news_site
    for path, (title, text) in PAGES.items():
        site.article(path, title, text, "Officials confirmed the report later in the day.")
    site.feeds["/news.rss"] = list(PAGES)
    site.slow = {"/news/2": 1.0, "/news/4": 1.0}  # the signals land while these are fetched
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# the loopback site\n{site.base}/news.rss\n")
    db = tmp_path / "watch.duckdb"

    # 1. SIGTERM while article 2 is being fetched: it is finished and stored, then a clean exit
    proc = _start(feeds, db)
    try:
        assert site.seen("/news/2").wait(180), "the watch never reached article 2"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "stopped by SIGTERM" in err
    assert _stored(db) == {"1": 1, "2": 1}
    assert _statuses(db) == {
        "1": "stored",
        "2": "stored",
        "3": "pending",
        "4": "pending",
        "5": "pending",
    }

    # 2. SIGKILL (no chance to clean up) while article 4 is being fetched
    proc = _start(feeds, db)
    try:
        assert site.seen("/news/4").wait(180), "the restarted watch never reached article 4"
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert _stored(db)["3"] == 1 and "4" not in _stored(db)

    # 3. restart for one cycle: the feed answers 304, the pending URLs are fetched and stored
    proc = _start(feeds, db, "--cycles", "1")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert _stored(db) == {str(i): 1 for i in range(1, 6)}
    assert set(_statuses(db).values()) == {"stored"}
    assert "1/1 feeds checked (1 not modified" in err and "2 stored" in err
    feed_asks = [h for p, h in site.hits if p == "/news.rss"]
    assert len(feed_asks) == 3 and all("if-none-match" in h for h in feed_asks[1:])
    assert [site.count(p) for p in PAGES] == [1, 1, 1, 2, 1]  # only the killed one twice
