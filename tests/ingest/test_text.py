"""Plain text files: title line, re-joined wraps, encodings, the seed article untouched."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.ingest.text import find_title, looks_like_title
from communique.models import Article, Skipped

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_text_seed_article_kept_as_written(read: Callable[..., list[Article | Skipped]]) -> None:
    path = EXAMPLES / "india-russia-defence-talks.txt"
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.id == str(path)
    assert article.text == path.read_text(encoding="utf-8").strip()
    # the breadcrumb line stays in the text (the segmenter marks it), the headline is the title
    assert (
        article.title == "Russian Deputy Minister, Indian Envoy Discuss Strengthening Defence Ties"
    )
    assert article.published is None and article.published_origin is None


def test_text_published_flag(read: Callable[..., list[Article | Skipped]]) -> None:
    [article] = read(EXAMPLES / "india-russia-defence-talks.txt", published="2025-08-06")
    assert isinstance(article, Article)
    assert (article.published, article.published_origin) == ("2025-08-06", "flag")


def test_text_hard_wrapped_file_rejoined(
    read: Callable[..., list[Article | Skipped]], fixtures: Path
) -> None:
    [article] = read(fixtures / "wrapped.txt")
    assert isinstance(article, Article)
    assert article.title == "Japan, Australia Sign Defence Logistics Pact"
    paragraphs = [line for line in article.text.split("\n") if line]
    assert len(paragraphs) == 4
    assert paragraphs[1].endswith("issued in Tokyo.")
    assert "the U.S. Department of Defense" in paragraphs[2]
    assert "long-awaited" in paragraphs[2]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("latin-1", b""),
        ("cp1252", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("utf-8", codecs.BOM_UTF8),
    ],
)
def test_text_encodings_decoded(
    read: Callable[..., list[Article | Skipped]], tmp_path: Path, encoding: str, bom: bytes
) -> None:
    text = "Côte d’Ivoire Recalls Envoy\r\n\r\nCôte d’Ivoire recalled its envoy from Bamako, the ministry said."
    if encoding == "latin-1":
        text = text.replace("’", "'")
    path = tmp_path / "article.txt"
    path.write_bytes(bom + text.encode(encoding))
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.text == text.replace("\r\n", "\n")
    assert article.title == text.split("\r\n")[0]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Russia Accuses US of Illegal Trade Pressure", True),
        ("Will India keep buying Russian oil?", True),
        ("India and Russia held talks on Tuesday.", False),
        ("and then the minister left", False),
        ("- a list item", False),
        ("By Jane Doe", False),
        ("x" * 250, False),
    ],
)
def test_text_looks_like_title(line: str, expected: bool) -> None:
    assert looks_like_title(line) is expected


def test_text_single_line_has_no_title() -> None:
    assert find_title("Russia Accuses US of Illegal Trade Pressure") is None
    assert find_title("India and Russia held talks.\nThey agreed to meet again.") is None
