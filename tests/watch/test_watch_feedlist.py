"""The feeds file, durations, and the watch/feeds commands' output and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.cli import main
from communique.errors import SourceNotFoundError, UsageError
from communique.watch import parse_duration, read_feed_list


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900), ("90s", 90), ("1.5h", 5400), ("1d", 86400), ("30", 30)]
)
def test_watch_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "15 minutes", "-5m", "0s", "m"])
def test_watch_parse_duration_rejects(text: str) -> None:
    with pytest.raises(UsageError, match="--every"):
        parse_duration(text, "--every")


def test_watch_feed_list_skips_comments_and_repeats(tmp_path: Path) -> None:
    f = tmp_path / "feeds.txt"
    f.write_text(
        "# world news\n\nhttps://a.example/rss  # the main feed\n"
        "http://b.example/sitemap.xml\nhttps://a.example/rss\n"
    )
    assert read_feed_list(f) == ["https://a.example/rss", "http://b.example/sitemap.xml"]


def test_watch_feed_list_errors_name_the_line(tmp_path: Path) -> None:
    f = tmp_path / "feeds.txt"
    f.write_text("https://a.example/rss\nftp://b.example/feed\n")
    with pytest.raises(UsageError, match=r"feeds.txt:2: not an http\(s\) feed URL"):
        read_feed_list(f)
    f.write_text("# nothing yet\n")
    with pytest.raises(UsageError, match="lists no feed URLs"):
        read_feed_list(f)
    with pytest.raises(SourceNotFoundError):
        read_feed_list(tmp_path / "missing.txt")


def test_cli_watch_one_cycle_then_feeds_shows_the_state(
    news_site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = news_site
    site.article("/a", "Talks in Moscow", "India and Russia held talks in Moscow on Tuesday.")
    site.feeds["/rss"] = ["/a"]
    site.broken.add("/dead")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{site.base}/rss\n{site.base}/dead\n")
    db = str(tmp_path / "w.duckdb")
    args = ["watch", str(feeds), "--db", db, "--cycles", "1", "--every", "1s", "--delay", "0"]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert len([line for line in err.splitlines() if " cycle 1: " in line]) == 1
    assert "2/2 feeds checked (0 not modified, 1 failed: http-500: 1)" in err
    assert main(["feeds", "--db", db, "--format", "json"]) == 0
    rows = {r["feed"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert rows[f"{site.base}/rss"]["stored"] == 1 and rows[f"{site.base}/rss"]["status"] == "ok"
    assert rows[f"{site.base}/dead"]["failures"] == 1 and rows[f"{site.base}/dead"]["backoff_until"]
    assert main(["feeds", "--db", db]) == 0
    assert "http-500" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--every", "soon"], "--every: cannot read 'soon'"),
        (["--cycles", "0"], "--cycles must be at least 1"),
    ],
)
def test_cli_watch_bad_options_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://a.example/rss\n")
    assert main(["watch", str(feeds), "--db", str(tmp_path / "w.duckdb"), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--every", "1m"], "--every goes with --watch FEEDS"),
        (["--watch", "missing.txt"], "no such feeds file"),
        (["--watch", "feeds.txt", "--every", "soon"], "--every: cannot read 'soon'"),
    ],
)
def test_cli_serve_watch_bad_options_are_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    extra: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "feeds.txt").write_text("https://a.example/rss\n")
    code = main(["serve", "--db", str(tmp_path / "w.duckdb"), "--port", "0", *extra])
    err = capsys.readouterr().err
    assert code != 0 and message in err and "Traceback" not in err
    assert not (tmp_path / "w.duckdb").exists()  # nothing served, nothing created
