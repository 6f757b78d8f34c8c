"""Format detection by content signature first, then by extension, then by a guess."""

from __future__ import annotations

import gzip

import pytest

from communique.ingest.decode import NotText
from communique.ingest.sniff import by_extension, sniff


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b"Headline\n\nSome text.", "text"),
        ("a.html", b"Headline\n\nSome text.", "html"),
        ("a.txt", b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("a", b"\n  <html lang='en'><head><title>x</title>", "html"),
        ("feed.xml", b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "rss"),
        ("feed", b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "rss"),
        ("feed.rss", b"<!DOCTYPE html>\n<html><body>not a feed</body></html>", "html"),
        ("sitemap.xml", b'<?xml version="1.0"?><urlset></urlset>', "rss"),
        ("a.jsonl", b'{"id": 1, "text": "x"}\n', "jsonl"),
        ("a", b'{"id": 1, "text": "x"}\n', "jsonl"),
        ("a.csv", b"id,text\n1,x\n", "csv"),
        ("a.tsv", b"id\ttext\n1\tx\n", "csv"),
        ("a.bin", b"PAR1\x15\x04", "parquet"),
        ("crawl.warc", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        ("crawl.warc.gz", gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"), "warc"),
        ("CC-NEWS-1", gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n"), "warc"),
        ("notes", b"Just some words.", "text"),
        ("a.txt", "Ünïcode".encode("utf-16"), "text"),
    ],
)
def test_sniff_formats(name: str, head: bytes, expected: str) -> None:
    assert sniff(name, head) == expected


@pytest.mark.parametrize(
    "head", [b"\x89PNG\r\n\x1a\n\x00\x00", b"%PDF-1.4\n", b"\x00\x01\x02\x03" * 10]
)
def test_sniff_binary_raises(head: bytes) -> None:
    with pytest.raises(NotText):
        sniff("a.txt", head)


def test_sniff_by_extension_compressed() -> None:
    assert by_extension("corpus.jsonl.gz") == "jsonl"
    assert by_extension("CC-NEWS.warc.gz") == "warc"
    assert by_extension("README") is None
