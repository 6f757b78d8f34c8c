"""WARC archives: HTML responses become articles; a cut archive keeps what came before."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique.models import Article, Skipped

Read = Callable[..., list[Article | Skipped]]

PAGE = (
    "<html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
    "<article><h1>{title}</h1><p>{body}</p><p>Officials from both countries will meet again next month, "
    "the statement said.</p></article><footer>Contact us</footer></body></html>"
)
STORIES = [
    (
        "Armenia and Azerbaijan hold border talks",
        "Armenia and Azerbaijan held talks on their border on Monday.",
        '<meta property="article:published_time" content="2024-04-22T08:00:00Z">',
    ),
    (
        "Georgia protests Russian troop movements",
        "Georgia protested against Russian troop movements near the border.",
        "",
    ),
    (
        "Moldova expels diplomat",
        "Moldova expelled a Russian diplomat over espionage claims, the government said.",
        "",
    ),
]


def make_warc(gzip: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(
        writer.create_warcinfo_record("test.warc", {"software": "communique tests"})
    )
    for i, (title, body, meta) in enumerate(STORIES):
        payload = PAGE.format(title=title, body=body, meta=meta).encode("utf-8")
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        uri = f"https://news.example.com/story-{i}"
        writer.write_record(
            writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(payload),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": f"2024-04-2{i + 3}T10:00:00Z"},
            )
        )
        if i == 0:  # an image response and a redirect: not articles, passed over silently
            image = StatusAndHeaders(
                "200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    "https://news.example.com/a.jpg",
                    "response",
                    payload=io.BytesIO(b"\xff\xd8\xff" + bytes(100)),
                    http_headers=image,
                )
            )
            moved = StatusAndHeaders(
                "301 Moved",
                [("Location", "/story-1"), ("Content-Type", "text/html")],
                protocol="HTTP/1.1",
            )
            writer.write_record(
                writer.create_warc_record(
                    "https://news.example.com/old",
                    "response",
                    payload=io.BytesIO(b"<html>moved</html>"),
                    http_headers=moved,
                )
            )
    return buffer.getvalue()


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_warc_html_records(read: Read, tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(make_warc(gzip))
    items = read(path, published="2000-01-01")
    assert all(isinstance(i, Article) for i in items)
    assert [i.id for i in items] == [f"https://news.example.com/story-{i}" for i in range(3)]
    first, second, _ = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text.split("\n")[0] == "Armenia and Azerbaijan hold border talks"
    assert "Home" not in first.text and "Contact us" not in first.text
    assert (first.published, first.published_origin) == ("2024-04-22", "metadata")  # from the page
    assert (second.published, second.published_origin) == (
        "2024-04-24",
        "metadata",
    )  # the WARC-Date
    assert first.url == "https://news.example.com/story-0" and first.source == str(path)


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_warc_truncated(read: Read, tmp_path: Path, gzip: bool) -> None:
    data = make_warc(gzip)
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    path.write_bytes(data[: len(data) - 200])  # inside the last record
    items = read(path)
    *articles, last = items
    assert [a.id for a in articles] == [f"https://news.example.com/story-{i}" for i in range(2)]
    assert all(isinstance(a, Article) for a in articles)
    assert isinstance(last, Skipped) and last.reason == "truncated" and last.source == str(path)


@pytest.mark.parametrize("fraction", [0.3, 0.5, 0.7, 0.9])
def test_warc_truncated_anywhere_ends_with_a_skip(
    read: Read, tmp_path: Path, fraction: float
) -> None:
    for gzip in (True, False):
        data = make_warc(gzip)
        path = tmp_path / "cut.warc"
        path.write_bytes(data[: int(len(data) * fraction)])
        items = read(path)
        assert isinstance(items[-1], Skipped) and items[-1].reason == "truncated"
        assert all(isinstance(i, Article) for i in items[:-1])


def test_warc_forced_on_text_is_bad_warc(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Just some notes.\n")
    [skipped] = read(path, input_format="warc")
    assert isinstance(skipped, Skipped) and skipped.reason == "bad-warc"


def test_warc_response_without_content_type_is_sniffed(read: Read, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    title, body, meta = STORIES[1]
    for uri, payload in [
        (
            "https://news.example.com/untyped",
            PAGE.format(title=title, body=body, meta=meta).encode(),
        ),
        ("https://news.example.com/blob", b"\x89PNG\r\n\x1a\n" + bytes(200)),
    ]:
        headers = StatusAndHeaders("200 OK", [], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=headers
            )
        )
    path = tmp_path / "untyped.warc.gz"
    path.write_bytes(buffer.getvalue())
    [article] = read(path)
    assert isinstance(article, Article) and article.id == "https://news.example.com/untyped"


def test_warc_corrupt_gzip_member(read: Read, tmp_path: Path) -> None:
    data = bytearray(make_warc(gzip=True))
    middle = len(data) // 2
    data[middle : middle + 40] = bytes(range(40))  # garbage inside a compressed member
    path = tmp_path / "corrupt.warc.gz"
    path.write_bytes(bytes(data))
    items = read(path)
    assert isinstance(items[-1], Skipped) and items[-1].reason == "truncated"
    assert all(isinstance(i, Article) for i in items[:-1])
