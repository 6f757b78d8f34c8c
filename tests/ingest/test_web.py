"""http(s) URLs, against a local server on 127.0.0.1 (no external network)."""

from __future__ import annotations

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


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self.server.agents.append(self.headers.get("User-Agent"))  # type: ignore[attr-defined]
        if self.path == "/slow":
            time.sleep(3)
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
