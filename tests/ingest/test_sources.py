"""Sources: folders, stdin, the examples, missing paths, and bad input in a batch."""

from __future__ import annotations

import gzip
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.errors import BadDateError, SourceNotFoundError, UnknownFormatError, UsageError
from communique.ingest import INPUT_FORMATS, read_sources
from communique.models import Article, Skipped
from communique.settings import Settings

from .test_warc import make_warc

Read = Callable[..., list[Article | Skipped]]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _summary(items: list[Article | Skipped]) -> list[tuple[str, str]]:
    return [(i.id, "article") if isinstance(i, Article) else (i.source, i.reason) for i in items]


def test_sources_examples_folder(read: Read) -> None:
    html, text = read(EXAMPLES)
    assert isinstance(html, Article) and isinstance(text, Article)
    assert html.id.endswith("india-russia-defence-talks.html") and text.id.endswith(
        "india-russia-defence-talks.txt"
    )
    assert (html.published, html.published_origin) == ("2025-08-06", "metadata")
    assert "Subscribe" not in html.text and "All rights reserved" not in html.text
    assert html.title == text.title


def test_sources_folder_recursive_sorted_hidden_left_out(
    read: Read, tmp_path: Path, fixtures: Path
) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    shutil.copy(fixtures / "wrapped.txt", tmp_path / "b" / "deeper" / "z.txt")
    shutil.copy(fixtures / "page.html", tmp_path / "b" / "a.html")
    shutil.copy(fixtures / "feed.atom", tmp_path / "a.atom")
    (tmp_path / ".hidden.txt").write_text("Hidden Title\n\nNot to be read.")
    (tmp_path / ".git" / "HEAD.txt").write_text("Hidden Title\n\nNot to be read.")
    items = read(tmp_path)
    assert [i.id for i in items if isinstance(i, Article)] == [
        "https://wire.example.com/2024/05/norway-sudan",
        str(tmp_path / "b" / "a.html"),
        str(tmp_path / "b" / "deeper" / "z.txt"),
    ]
    assert len(items) == 3


def test_sources_stdin_sniffed(read: Read, fixtures: Path) -> None:
    [article] = read(
        "-", stdin=io.BytesIO((EXAMPLES / "india-russia-defence-talks.html").read_bytes())
    )
    assert isinstance(article, Article) and article.id == "-" and article.published == "2025-08-06"
    items = read("-", stdin=io.BytesIO((fixtures / "corpus.jsonl").read_bytes()))
    assert [i.id for i in items] == ["a1", "a2", "-:3"]
    [text] = read(
        "-", stdin=io.BytesIO(b"Fiji Votes\n\nFiji voted on Saturday."), published="2024-05-04"
    )
    assert (
        isinstance(text, Article) and text.title == "Fiji Votes" and text.published_origin == "flag"
    )


def test_sources_gzip_corpus(read: Read, tmp_path: Path, fixtures: Path) -> None:
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(gzip.compress((fixtures / "corpus.jsonl").read_bytes()))
    assert [i.id for i in read(path)][:2] == ["a1", "a2"]


def test_sources_bad_input_skipped_batch_goes_on(
    read: Read, tmp_path: Path, fixtures: Path
) -> None:
    (tmp_path / "01-empty.txt").write_bytes(b"")
    (tmp_path / "02-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "03-blank.txt").write_text("  \n\n \t\n")
    shutil.copy(fixtures / "nobody.html", tmp_path / "04-nobody.html")
    shutil.copy(fixtures / "no-text.csv", tmp_path / "05-no-text.csv")
    shutil.copy(fixtures / "wrapped.txt", tmp_path / "06-good.txt")
    (tmp_path / "07-report.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    warc = make_warc(gzip=True)
    (tmp_path / "08-cut.warc.gz").write_bytes(warc[: len(warc) - 200])
    (tmp_path / "09-corpus.jsonl").write_text(
        '{"text": "Peru protested."}\n{"text": \n{"text": "Chile apologised."}\n'
    )
    items = read(tmp_path, tmp_path / "missing.txt", fixtures / "page.html")
    reasons = [reason for _, reason in _summary(items)]
    assert reasons == [
        "empty", "binary", "empty", "no-body", "no-text-column", "article", "binary",
        "article", "article", "truncated", "article", "bad-json", "article", "not-found", "article",
    ]  # fmt: skip


def test_sources_50mb_text_file_skipped_without_reading(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = b"India and Russia held talks on defence cooperation in Moscow on Tuesday.\n"
    with open(path, "wb") as out:
        block = line * (1_048_576 // len(line))
        for _ in range(50):
            out.write(block)
    assert path.stat().st_size > 49_000_000
    small = tmp_path / "small.txt"
    small.write_text("Fiji Votes\n\nFiji voted on Saturday.")
    big, article = read(path, small)
    assert isinstance(big, Skipped) and big.reason == "too-large"
    assert isinstance(article, Article)


def test_sources_size_cap_on_stdin(read: Read) -> None:
    [big] = read("-", stdin=io.BytesIO(b"word " * 3000), settings=Settings(max_bytes=10_000))
    assert isinstance(big, Skipped) and big.reason == "too-large"


def test_sources_missing_single_path_raises(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(SourceNotFoundError, match="no such file"):
        read_sources([str(tmp_path / "nope.txt")], settings=settings)


def test_sources_unknown_format_and_bad_date_raise(settings: Settings) -> None:
    with pytest.raises(UnknownFormatError, match="docx"):
        read_sources([str(EXAMPLES)], settings=settings, input_format="docx")
    with pytest.raises(BadDateError):
        read_sources([str(EXAMPLES)], settings=settings, published="last Tuesday")


#: What each --input-format makes of a plain text file: the article, or one skip saying why.
FORCED_ON_TEXT = {
    "auto": "article",
    "text": "article",
    "html": "no-body",
    "jsonl": "bad-json",
    "csv": "no-text-column",
    "parquet": "bad-parquet",
    "rss": "not-a-feed",
    "warc": "truncated",
    "xml": "bad-xml",
}


def test_sources_every_format_name_is_tried() -> None:
    assert tuple(FORCED_ON_TEXT) == INPUT_FORMATS


@pytest.mark.parametrize(("fmt", "outcome"), FORCED_ON_TEXT.items())
def test_sources_every_format_name_accepted(
    read: Read, fixtures: Path, fmt: str, outcome: str
) -> None:
    path = fixtures / "wrapped.txt"
    [item] = read(path, input_format=fmt)
    if outcome == "article":
        assert isinstance(item, Article) and item.text.startswith("Japan, Australia Sign")
    else:
        assert isinstance(item, Skipped) and (item.source, item.reason) == (str(path), outcome)
        assert item.detail


def test_sources_forced_text_on_html_keeps_markup(read: Read) -> None:
    [article] = read(EXAMPLES / "india-russia-defence-talks.html", input_format="text")
    assert isinstance(article, Article) and "<nav" in article.text


def test_sources_truncated_gzip_corpus(read: Read, tmp_path: Path) -> None:
    lines = "".join(
        f'{{"id": "{i}", "text": "Record number {i} about talks."}}\n' for i in range(2000)
    )
    data = gzip.compress(lines.encode())
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = read(path)
    assert isinstance(items[-1], Skipped) and items[-1].reason == "truncated"
    assert all(isinstance(i, Article) for i in items[:-1]) and len(items) > 10


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.org/news.txt", "data:text/plain,hello", "gopher://x"],
)
def test_sources_other_url_schemes_refused(settings: Settings, read: Read, url: str) -> None:
    scheme = url.split(":", 1)[0]
    with pytest.raises(UsageError) as raised:
        read_sources([url], settings=settings)
    assert str(raised.value) == (
        f"cannot read {url}: only http:// and https:// URLs are fetched, not {scheme}:"
    )
    refused, article = read(url, str(EXAMPLES / "india-russia-defence-talks.txt"))
    assert isinstance(refused, Skipped) and refused.reason == "bad-url"
    assert refused.source == url and isinstance(article, Article)


def test_sources_a_file_named_like_a_url_is_read(
    read: Read, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("data:notes.txt").write_text("Talks\n\nIndia and Russia held talks in Moscow.\n")
    [article] = read("data:notes.txt")
    assert isinstance(article, Article) and article.id == "data:notes.txt"
