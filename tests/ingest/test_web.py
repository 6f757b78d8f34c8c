"""http(s) URLs, against a local server on 127.0.0.1 (no external network)."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from communique.models import Article, Skipped
from communique.settings import Settings

Read = Callable[..., list[Article | Skipped]]
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

ROUTES: dict[str, tuple[str, bytes]] = {
    "/article": (
        "text/html; charset=utf-8",
        (EXAMPLES / "india-russia-defence-talks.html").read_bytes(),
    ),
    "/feed": ("application/rss+xml", (FIXTURES / "feed.rss").read_bytes()),
    "/plain": (
        "text/plain; charset=iso-8859-1",
        "Côte d'Ivoire Recalls Envoy\n\nCôte d'Ivoire recalled its envoy.".encode("latin-1"),
    ),
    "/big": (
        "text/html",
        b"<html><body>" + b"<p>word word word word.</p>" * 2000 + b"</body></html>",
    ),
}


#: Hostile answers: (status, headers, body) sent as they are.
HOSTILE: dict[str, tuple[int, list[tuple[str, str]], bytes]] = {
    "/loop": (302, [("Location", "/loop")], b""),
    "/to-file": (302, [("Location", "file:///etc/passwd")], b""),
}
#: Paths whose whole answer, status line first, goes out a byte at a time: (path, gap).
DRIPS = {"/drip-head": 1.0, "/drip-body": 0.25}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self.server.agents.append(self.headers.get("User-Agent"))  # type: ignore[attr-defined]
        if self.path == "/slow":
            time.sleep(3)
        if self.path in HOSTILE:
            status, headers, body = HOSTILE[self.path]
            self.send_response(status)
            for key, value in headers:
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path in DRIPS:
            self._drip(DRIPS[self.path])
            return
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        route = ROUTES.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        ctype, body = route
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drip(self, gap: float) -> None:
        page = b"<html><body><p>" + b"word " * 40 + b"</p></body></html>"
        head = f"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(page)}\r\n\r\n"
        answer = head.encode() + page
        if self.path == "/drip-body":  # the headers at once, then the body a byte at a time
            self.wfile.write(head.encode())
            answer = page
        for i in range(min(len(answer), 12)):  # bounded: a dozen bytes, then the server stops
            try:
                self.wfile.write(answer[i : i + 1])
                self.wfile.flush()
            except OSError:
                return
            time.sleep(gap)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, list[str]]]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.agents = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", httpd.agents  # type: ignore[attr-defined]
    httpd.shutdown()
    httpd.server_close()


def test_web_article_page(read: Read, server: tuple[str, list[str]]) -> None:
    base, agents = server
    [article] = read(f"{base}/article")
    assert isinstance(article, Article)
    assert article.id == f"{base}/article"
    assert article.published == "2025-08-06" and "Subscribe" not in article.text
    assert agents[-1] == Settings().user_agent


def test_web_redirect_followed(read: Read, server: tuple[str, list[str]]) -> None:
    base, _ = server
    [article] = read(f"{base}/moved")
    assert isinstance(article, Article) and article.id == f"{base}/moved"


def test_web_feed_sniffed(read: Read, server: tuple[str, list[str]]) -> None:
    base, _ = server
    items = read(f"{base}/feed")
    assert [i.id for i in items] == [
        "https://daily.example.net/world/chile-recalls-ambassador",
        "https://daily.example.net/world/peru-bolivia-talks",
    ]


def test_web_plain_text_with_declared_charset(read: Read, server: tuple[str, list[str]]) -> None:
    base, _ = server
    [article] = read(f"{base}/plain")
    assert isinstance(article, Article) and article.title == "Côte d'Ivoire Recalls Envoy"


def test_web_404_and_timeout_skipped_batch_goes_on(
    read: Read, server: tuple[str, list[str]]
) -> None:
    base, _ = server
    items = read(
        f"{base}/missing", f"{base}/slow", f"{base}/article", settings=Settings(timeout=0.5)
    )
    missing, slow, article = items
    assert isinstance(missing, Skipped) and missing.reason == "http-404"
    assert isinstance(slow, Skipped) and slow.reason == "timeout"
    assert isinstance(article, Article)


def test_web_too_large_and_unreachable(read: Read, server: tuple[str, list[str]]) -> None:
    base, _ = server
    big, refused = read(
        f"{base}/big", "http://127.0.0.1:9/nothing", settings=Settings(max_bytes=10_000)
    )
    assert isinstance(big, Skipped) and big.reason == "too-large"
    assert isinstance(refused, Skipped) and refused.reason == "fetch-error"


# --- hostile servers ------------------------------------------------------------------


def test_web_redirect_loop_and_redirect_to_a_file_are_fetch_errors(
    read: Read, server: tuple[str, list[str]]
) -> None:
    base, agents = server
    before = len(agents)
    loop, to_file = read(f"{base}/loop", f"{base}/to-file")
    assert isinstance(loop, Skipped) and loop.reason == "fetch-error"
    assert "too many redirects" in loop.detail.lower()
    assert len(agents) - before == 11 + 1  # the first request and 10 redirects, then /to-file
    assert isinstance(to_file, Skipped) and to_file.reason == "fetch-error"
    assert "root:" not in to_file.detail


@pytest.mark.parametrize(("path", "timeout"), [("/drip-head", 1.5), ("/drip-body", 0.5)])
def test_web_a_server_that_drips_is_cut_off_at_the_total_deadline(
    read: Read, server: tuple[str, list[str]], path: str, timeout: float
) -> None:
    """A byte every second (status line and headers too), each within the read timeout:
    the whole fetch still ends at twice the timeout."""
    base, _ = server
    start = time.monotonic()
    [item] = read(f"{base}{path}", settings=Settings(timeout=timeout))
    elapsed = time.monotonic() - start
    assert isinstance(item, Skipped) and item.reason == "timeout"
    assert item.detail == f"still reading after {2 * timeout:g} s"
    assert 2 * timeout - 0.1 <= elapsed < 2 * timeout + 1


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    from .test_hostile import gzip_bomb

    page = gzip_bomb(b"<html><body><p>", fill=b"a")
    return {"gzip": page, "gzip, gzip": gzip.compress(page), "br": b"\x0b\x02\x80"}


@pytest.mark.parametrize(
    ("encoding", "reason"),
    [("gzip", "too-large"), ("gzip, gzip", "fetch-error"), ("br", "fetch-error")],
)
def test_web_gzip_bomb_response_stops_at_the_cap(
    read: Read, server: tuple[str, list[str]], bombs: dict[str, bytes], encoding: str, reason: str
) -> None:
    from .test_hostile import bounded

    base, _ = server
    path = f"/bomb-{len(HOSTILE)}"
    HOSTILE[path] = (
        200,
        [("Content-Type", "text/html"), ("Content-Encoding", encoding)],
        bombs[encoding],
    )
    with bounded(seconds=10, megabytes=100):
        [item] = read(f"{base}{path}", settings=Settings(max_bytes=5_000_000))
    assert isinstance(item, Skipped) and item.reason == reason
    if reason == "too-large":
        assert item.detail == "more than max_bytes=5000000 bytes"
    else:
        assert f"unsupported Content-Encoding {encoding!r}" in item.detail


def test_web_corrupt_gzip_body_is_bad_gzip(read: Read, server: tuple[str, list[str]]) -> None:
    base, _ = server
    body = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + b"\xff" * 8  # a reserved block type
    HOSTILE["/corrupt"] = (200, [("Content-Encoding", "gzip")], body)
    [item] = read(f"{base}/corrupt")
    assert isinstance(item, Skipped) and item.reason == "bad-gzip"
