"""Hostile inputs across the readers: each is a recorded skip with a reason, or text that
holds nothing it should not, in bounded time and memory — never a traceback.

Entity bombs and external entities (feeds, NITF, NewsML, HTML), gzip bombs (``.gz`` and
``.warc.gz``), 100,000 nested elements, file names with line breaks or bytes that are not
UTF-8, and a folder whose links go round in circles. The big inputs are made here, in
``tmp_path``; a gzip bomb of a gigabyte is a megabyte of compressed zeros.
"""

from __future__ import annotations

import os
import struct
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from communique.cli import main
from communique.models import Article, Skipped

Read = Callable[..., list[Article | Skipped]]

PARA = "India and Russia held talks in Moscow on Tuesday about defence cooperation and trade."
SECRET = "SECRET-TOKEN-5e1f"
#: Nine levels of ten: the last entity stands for a billion "lol".
LAUGHS = (
    '<!DOCTYPE r [<!ENTITY lol0 "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    + "]>"
)


def _xxe(secret: Path) -> str:
    return (
        f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret}">'
        '<!ENTITY pwd SYSTEM "file:///etc/passwd">]>'
    )


def _documents(doctype: str, ref: str) -> dict[str, str]:
    """One document per reader with ``doctype`` and the entity ``ref`` in title and body."""
    xml = '<?xml version="1.0"?>'
    return {
        "feed.rss": f'{xml}{doctype}<rss version="2.0"><channel><title>T</title><item>'
        f"<title>Talks {ref}</title><link>http://news.example/1</link>"
        f"<description>{PARA} {ref}</description></item></channel></rss>",
        "feed.atom": f'{xml}{doctype}<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        f'<entry><title>Talks {ref}</title><link href="http://news.example/2"/>'
        f"<id>http://news.example/2</id><summary>{PARA} {ref}</summary></entry></feed>",
        "story.nitf": f"{xml}{doctype}<nitf><head><title>Talks {ref}</title></head><body>"
        f"<body.head><hedline><hl1>Talks {ref}</hl1></hedline></body.head>"
        f"<body.content><p>{PARA} {ref}</p></body.content></body></nitf>",
        "story.newsml": f'{xml}{doctype}<newsItem guid="urn:1"><contentMeta>'
        f"<headline>Talks {ref}</headline></contentMeta><contentSet><inlineXML>"
        f"<p>{PARA} {ref}</p></inlineXML></contentSet></newsItem>",
        "page.html": f"{xml}{doctype}<html><head><title>Talks {ref}</title></head><body>"
        f"<article><h1>Talks</h1><p>{PARA} {ref}</p><p>{PARA}</p></article></body></html>",
    }


def _texts(items: list[Article | Skipped]) -> str:
    return "\n".join(
        f"{i.id} {i.title} {i.text}" if isinstance(i, Article) else f"{i.source} {i.detail}"
        for i in items
    )


@contextmanager
def bounded(seconds: float, megabytes: int) -> Iterator[None]:
    """Fails when the block allocates more at its peak than given, or runs away in time:
    longer than four times ``seconds`` (a guard against reading a bomb to its end, not a
    speed measurement; the slack keeps it from failing on a loaded CI machine)."""
    tracemalloc.start()
    start = time.monotonic()
    try:
        yield
    finally:
        elapsed = time.monotonic() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert elapsed < 4 * seconds, f"took {elapsed:.1f} s"
    assert peak < megabytes << 20, f"peak {peak >> 20} MB"


def gzip_bomb(prefix: bytes, zeros: int = 1 << 30, fill: bytes = b"\0") -> bytes:
    """A valid one-member gzip of ``prefix`` and then ``zeros`` bytes of ``fill``, made
    without compressing them: one megabyte compressed once (a full flush makes each copy
    stand alone) and repeated — about a megabyte of gzip per gigabyte."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    head = deflate.compress(prefix) + deflate.flush(zlib.Z_FULL_FLUSH)
    megabyte = fill * (1 << 20)
    block = deflate.compress(megabyte) + deflate.flush(zlib.Z_FULL_FLUSH)
    crc = zlib.crc32(prefix)
    for _ in range(zeros >> 20):
        crc = zlib.crc32(megabyte, crc)
    size = (len(prefix) + (zeros >> 20 << 20)) & 0xFFFFFFFF
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + head + block * (zeros >> 20) + deflate.flush() + struct.pack("<II", crc, size)


# --- 1. entities --------------------------------------------------------------------


@pytest.mark.parametrize("name", list(_documents("", "")))
def test_hostile_billion_laughs_is_bounded(read: Read, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(_documents(LAUGHS, "&lol9;")[name])
    with bounded(seconds=20, megabytes=200):  # a billion expansions would never end
        items = read(path)
    assert items
    for item in items:
        if isinstance(item, Article):
            assert len(item.text) < 5_000 and "lollollol" not in item.text
        else:  # libxml2 stops the parse: NITF and NewsML say so
            assert item.reason == "bad-xml" and name.endswith((".nitf", ".newsml"))
            assert "amplification" in item.detail


@pytest.mark.parametrize("name", list(_documents("", "")))
def test_hostile_external_entity_is_never_read(read: Read, tmp_path: Path, name: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(f"{SECRET}\n")
    path = tmp_path / name
    path.write_text(_documents(_xxe(secret), "&xxe; &pwd;")[name])
    items = read(path)
    assert [type(i) for i in items] == [Article]
    text = _texts(items)
    assert PARA in text and SECRET not in text and "root:" not in text


# --- 2. gzip bombs --------------------------------------------------------------------


def test_hostile_gzip_bomb_warc_is_bad_gzip_in_bounded_time_and_memory(
    read: Read, tmp_path: Path
) -> None:
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://news.example/bomb\r\n"
        b"WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\n"
        b"Content-Length: 1073741900\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    )
    headless = tmp_path / "headless.warc.gz"  # zeros from the first byte: no header line
    headless.write_bytes(gzip_bomb(b""))
    (tmp_path / "bomb.warc.gz").write_bytes(gzip_bomb(record))
    with bounded(seconds=10, megabytes=150):
        items = read(tmp_path / "bomb.warc.gz", headless)
    too_large, bomb, no_header = items
    assert isinstance(too_large, Skipped) and too_large.reason == "too-large"
    assert too_large.source == "http://news.example/bomb"
    assert isinstance(bomb, Skipped) and bomb.reason == "bad-gzip" and "gzip bomb" in bomb.detail
    # no WARC header in the first 64 KiB read: not a WARC, before the bomb shows
    assert isinstance(no_header, Skipped) and no_header.reason in ("bad-warc", "bad-gzip")


def test_hostile_gzip_bomb_corpus_is_bad_gzip_and_the_batch_goes_on(
    read: Read, tmp_path: Path
) -> None:
    (tmp_path / "a-bomb.jsonl.gz").write_bytes(gzip_bomb(b'{"id": "x", "text": "', fill=b"a"))
    (tmp_path / "b-page.html.gz").write_bytes(gzip_bomb(b"<html><body><p>", fill=b"a"))
    (tmp_path / "c.txt").write_text(f"Talks\n\n{PARA}\n")
    with bounded(seconds=10, megabytes=150):
        items = read(tmp_path)
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [
        ("Skipped", "bad-gzip"),
        ("Skipped", "bad-gzip"),
        ("Article", None),
    ]


# --- 4. deep nesting ---------------------------------------------------------------------

DEEP = 100_000


@pytest.mark.parametrize(
    ("name", "markup", "outcome"),
    [
        (
            "deep.html",
            f"<html><body>{'<div>' * DEEP}<p>{PARA}</p>{'</div>' * DEEP}</body></html>",
            "no-body",
        ),
        (
            "spans.html",
            f"<html><body><article><p>{PARA}</p><p>{PARA}</p></article>"
            f"{'<span>' * DEEP}x{'</span>' * DEEP}</body></html>",
            "article",
        ),
        (
            "deep.rss",
            '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
            "<title>Talks</title><link>http://news.example/deep</link><description>"
            f"{'&lt;div&gt;' * DEEP}{PARA}{'&lt;/div&gt;' * DEEP}</description></item>"
            "</channel></rss>",
            "article",
        ),
        (
            "deep.nitf",
            f'<?xml version="1.0"?><nitf><body><body.content>{"<p>" * DEEP}{PARA}'
            f"{'</p>' * DEEP}</body.content></body></nitf>",
            "bad-xml",
        ),
    ],
)
def test_hostile_100000_nested_elements_no_recursion_error(
    read: Read, tmp_path: Path, name: str, markup: str, outcome: str
) -> None:
    path = tmp_path / name
    path.write_text(markup)
    start = time.monotonic()
    [item] = read(path)
    assert time.monotonic() - start < 120  # a guard against a runaway, not a speed test
    if outcome == "article":  # the feed entry keeps what libxml2 read of its HTML
        assert isinstance(item, Article) and "<" not in item.text
        assert PARA in item.text or name == "deep.rss"
    else:  # libxml2 reads 256 levels; past them the page holds no body, the NITF is cut
        assert isinstance(item, Skipped) and item.reason == outcome
        assert "Recursion" not in item.detail


# --- 7, 8. names and links in a folder ----------------------------------------------------


def test_hostile_file_names_with_newline_and_non_utf8_bytes(read: Read, tmp_path: Path) -> None:
    (tmp_path / "line\nbreak.txt").write_text(f"Talks\n\n{PARA}\n")
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9\xff.txt")
    with open(raw, "wb") as fh:
        fh.write(f"Talks\n\n{PARA}\n".encode())
    (tmp_path / "empty\r.txt").write_text("")
    items = read(tmp_path)
    ids = sorted(i.id if isinstance(i, Article) else i.source for i in items)
    assert ids == sorted(
        [
            f"{tmp_path}/caf\\xe9\\xff.txt",
            f"{tmp_path}/empty\\r.txt",
            f"{tmp_path}/line\\nbreak.txt",
        ]
    )
    for name in ids:
        assert name.isprintable() and name.encode("utf-8")  # one line of valid Unicode
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [(s.reason, s.source) for s in skipped] == [("empty", f"{tmp_path}/empty\\r.txt")]


def test_hostile_symlink_loops_in_a_folder_end(read: Read, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "story.txt").write_text(f"Talks\n\n{PARA}\n")
    (folder / "self").symlink_to(folder)  # a folder that holds itself
    (folder / "sub" / "up").symlink_to("..")
    (folder / "ping").symlink_to(folder / "pong")  # two links that name each other
    (folder / "pong").symlink_to(folder / "ping")
    with bounded(seconds=5, megabytes=50):
        items = read(folder)
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [
        ("Skipped", "unreadable"),
        ("Skipped", "unreadable"),
        ("Article", None),
    ]
    assert [i.source for i in items if isinstance(i, Skipped)] == [
        f"{folder}/ping",
        f"{folder}/pong",
    ]


# --- end to end: the tally, the store, no traceback ---------------------------------------


def test_hostile_ingest_of_a_hostile_folder_counts_skips_and_stores_no_local_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(f"{SECRET}\n")
    folder = tmp_path / "in"
    folder.mkdir()
    for name, markup in _documents(_xxe(secret), "&xxe; &pwd;").items():
        (folder / f"xxe-{name}").write_text(markup)
    for name, markup in _documents(LAUGHS, "&lol9;").items():
        (folder / f"laughs-{name}").write_text(markup)
    (folder / "bomb.jsonl.gz").write_bytes(gzip_bomb(b'{"text": "', zeros=64 << 20, fill=b"a"))
    (folder / "line\nbreak.txt").write_text(f"Talks\n\n{PARA}\n")
    db = tmp_path / "news.duckdb"
    assert main(["ingest", str(folder), "--db", str(db), "--published", "2025-08-06"]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    # the HTML page comes twice (the same text, the entity left out both times)
    assert "9 read, 8 stored, 1 already stored, 3 skipped (" in err
    assert "bad-xml: 2" in err and "bad-gzip: 1" in err
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT id, coalesce(title, '') || text FROM articles").fetchall()
    assert len(rows) == 8
    assert f"{folder}/line\\nbreak.txt" in {r[0] for r in rows}
    assert not [r for r in rows if SECRET in r[1] or "root:" in r[1]]
