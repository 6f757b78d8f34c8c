"""Corpora: JSON Lines, JSON arrays, CSV/TSV and Parquet, with column mapping and bad records."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from communique.errors import UsageError
from communique.models import Article, Skipped
from communique.settings import Settings

Read = Callable[..., list[Article | Skipped]]


def test_tabular_jsonl_records(read: Read, fixtures: Path) -> None:
    a1, a2, a3 = read(fixtures / "corpus.jsonl", published="2024-06-30")
    assert isinstance(a1, Article) and isinstance(a2, Article) and isinstance(a3, Article)
    assert a1.id == "a1" and a1.title == "Turkey and Greece resume talks"
    assert a1.text.split("\n")[0] == "Turkey and Greece resume talks"  # the title is coded too
    assert (a1.published, a1.published_origin) == ("2024-01-15", "metadata")
    assert a1.url == "https://www.news.example.org/a1" and a1.outlet == "news.example.org"
    assert (a2.published, a2.published_origin) == ("2024-06-30", "flag")  # null → --published
    assert a3.id == f"{fixtures / 'corpus.jsonl'}:3"  # no id column: path:line
    assert (a3.published, a3.published_origin) == ("2024-03-04", "metadata")


def test_tabular_jsonl_bad_line_skipped_rest_read(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"id": "1", "text": "Egypt hosted a summit."}\n'
        '{"id": "2", "text": "broken\n'
        "\n"
        '["a", "list"]\n'
        '{"id": "4", "text": ""}\n'
        '{"id": "5", "body": "Qatar mediated talks."}\n',
        encoding="utf-8",
    )
    items = read(path)
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [
        ("Article", None),
        ("Skipped", "bad-json"),
        ("Skipped", "bad-json"),
        ("Skipped", "empty"),
        ("Article", None),
    ]
    assert items[1].source == f"{path}:2"
    assert items[4].id == "5" and items[4].text == "Qatar mediated talks."  # type: ignore[union-attr]


def test_tabular_jsonl_record_without_text_field(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"id": "1", "headline": "x"}\n{"id": "2", "text": "Mali expelled the envoy."}\n'
    )
    first, second = read(path)
    assert isinstance(first, Skipped) and first.reason == "no-text-column"
    assert first.source == f"{path}:1" and first.detail.startswith("id 1:")
    assert isinstance(second, Article)


def test_tabular_jsonl_line_over_size_cap(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    long = json.dumps({"id": "big", "text": "word " * 400})
    path.write_text(long + "\n" + '{"id": "small", "text": "Mali expelled the envoy."}\n')
    big, small = read(path, settings=Settings(max_bytes=1000))
    assert isinstance(big, Skipped) and big.reason == "too-large"
    assert isinstance(small, Article) and small.id == "small"


def test_tabular_column_mapping(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps(
            {
                "key": "k1",
                "story": "Fiji and Tonga signed a fisheries deal.",
                "text": "not this",
                "when": "2024-04-02",
                "hed": "Fisheries deal",
            }
        )
        + "\n"
    )
    columns = {"id": "key", "text": "story", "published": "when", "title": "hed"}
    [article] = read(path, columns=columns)
    assert isinstance(article, Article)
    assert (
        article.id == "k1"
        and article.text == "Fisheries deal\n\nFiji and Tonga signed a fisheries deal."
    )
    assert article.published == "2024-04-02"
    with pytest.raises(UsageError):
        read(path, columns={"body": "story"})


def test_tabular_json_array(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "articles.json"
    path.write_text(
        json.dumps(
            [{"text": "Fiji and Tonga signed a deal."}, {"text": "Samoa objected."}], indent=2
        )
    )
    first, second = read(path)
    assert isinstance(first, Article) and first.id == f"{path}:1"
    assert isinstance(second, Article) and second.text == "Samoa objected."


def test_tabular_csv_records(read: Read, fixtures: Path) -> None:
    c1, c2 = read(fixtures / "corpus.csv")
    assert isinstance(c1, Article) and isinstance(c2, Article)
    assert c1.id == "c1" and c1.title == "Ghana and Togo sign trade deal"
    assert c1.text.split("\n") == [
        "Ghana and Togo sign trade deal",
        "",
        "Ghana and Togo signed a trade agreement in Accra.",
        "Officials said it would cut tariffs.",
    ]
    assert c1.published == "2024-02-01"
    assert c2.title is None and c2.published == "2024-03-13"


def test_tabular_csv_without_text_column(read: Read, fixtures: Path) -> None:
    [skipped] = read(fixtures / "no-text.csv")
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "no-text-column" and "headline" in skipped.detail


def test_tabular_tsv_and_line_ids(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "c.tsv"
    path.write_text(
        "text\tdate\nIran seized a tanker.\t2024-04-13\n\nIraq protested.\t2024-04-14\n"
    )
    first, second = read(path)
    assert (
        isinstance(first, Article) and first.id == f"{path}:2" and first.published == "2024-04-13"
    )
    assert isinstance(second, Article) and second.id == f"{path}:4"


def test_tabular_parquet(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "c.parquet"
    con = duckdb.connect()
    con.execute(
        "COPY (SELECT * FROM (VALUES ('p1', 'Chad closed its border with Sudan.', DATE '2024-05-01', 'Border shut'),"
        " ('p2', 'Niger recalled its envoy.', NULL, NULL)) t(id, text, published, title))"
        f" TO '{path}' (FORMAT parquet)"
    )
    con.close()
    p1, p2 = read(path, published="2024-05-09")
    assert isinstance(p1, Article) and isinstance(p2, Article)
    assert p1.id == "p1" and p1.text == "Border shut\n\nChad closed its border with Sudan."
    assert (p1.published, p1.published_origin) == ("2024-05-01", "metadata")
    assert (p2.published, p2.published_origin) == ("2024-05-09", "flag")


def test_tabular_parquet_without_text_column(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "c.parquet"
    con = duckdb.connect()
    con.execute(f"COPY (SELECT 1 AS id, 'x' AS headline) TO '{path}' (FORMAT parquet)")
    con.close()
    [skipped] = read(path)
    assert isinstance(skipped, Skipped) and skipped.reason == "no-text-column"


def test_tabular_news_please_style_columns(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    record = {
        "maintext": "Fiji and Tonga signed a fisheries deal.",
        "date_publish": "2024-04-02 10:00:00",
        "source_domain": "www.fijinews.example",
        "language": "en",
        "headline": "Fisheries deal",
    }
    path.write_text(json.dumps(record) + "\n")
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.text == "Fisheries deal\n\nFiji and Tonga signed a fisheries deal."
    assert (article.published, article.outlet, article.language) == (
        "2024-04-02",
        "www.fijinews.example",
        "en",
    )


def test_tabular_not_jsonl_at_all_is_one_skip(read: Read, fixtures: Path) -> None:
    [skipped] = read(fixtures / "page.html", input_format="jsonl")
    assert isinstance(skipped, Skipped) and skipped.reason == "bad-json"
    assert skipped.source == str(fixtures / "page.html")


def test_tabular_jsonl_line_with_cp1252_bytes(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(
        b'{"id": "1", "text": "Plain text."}\n'
        + '{"id": "2", "text": "Per\u00fa said \u201cno\u201d."}\n'.encode("cp1252")
    )
    first, second = read(path)
    assert isinstance(second, Article) and second.text == "Perú said “no”."


# --- hostile corpora ----------------------------------------------------------------------


def test_tabular_jsonl_200mb_line_skipped_in_bounded_memory(read: Read, tmp_path: Path) -> None:
    from .test_hostile import bounded

    path = tmp_path / "huge.jsonl"
    with path.open("w") as fh:  # one 200 MB record, then a good one
        fh.write('{"id": "huge", "text": "')
        chunk = "war " * (1 << 18)
        for _ in range(200):
            fh.write(chunk)
        fh.write('"}\n{"id": "ok", "text": "India and Russia held talks."}\n')
    with bounded(seconds=15, megabytes=150):  # the cap (20 MB) is read, never the line
        huge, ok = read(path)
    assert isinstance(huge, Skipped) and huge.reason == "too-large"
    assert huge.source == f"{path}:1"
    assert isinstance(ok, Article) and ok.id == "ok"


def test_tabular_jsonl_100000_tiny_records_all_read(read: Read, tmp_path: Path) -> None:
    # (no clock here: speed is bench/'s business; a wall-time bound failed under load)
    path = tmp_path / "many.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": f"r{n}", "text": f"Story {n}: talks."}) + "\n" for n in range(100_000)
        )
    )
    items = read(path)
    assert len(items) == 100_000 and all(isinstance(i, Article) for i in items)
    assert items[-1].id == "r99999"


def test_tabular_csv_50mb_field_skipped_as_too_large(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    with path.open("w") as fh:
        fh.write('id,text\nwide,"')
        for _ in range(50):
            fh.write("x" * (1 << 20))
        fh.write('"\nok,India and Russia held talks.\n')
    wide, ok = read(path)
    assert isinstance(wide, Skipped) and wide.reason == "too-large"
    assert "id wide: text of 52428800 characters > max_bytes=20000000" in wide.detail
    assert isinstance(ok, Article) and ok.id == "ok"


@pytest.mark.parametrize(
    ("select", "detail"),
    [
        ("42 AS text", "the text column is INTEGER, not text (VARCHAR)"),
        ("{'x': 'India met Russia.'} AS text", "the text column is STRUCT(x VARCHAR), not text"),
        ("'India'::BLOB AS text", "the text column is BLOB, not text"),
    ],
)
def test_tabular_parquet_text_column_of_another_type_is_one_skip(
    read: Read, tmp_path: Path, select: str, detail: str
) -> None:
    path = tmp_path / "typed.parquet"
    with duckdb.connect() as con:
        con.execute(
            f"COPY (SELECT range AS id, {select} FROM range(3)) TO '{path}' (FORMAT parquet)"
        )
    [skipped] = read(path)
    assert isinstance(skipped, Skipped) and skipped.reason == "bad-type"
    assert skipped.source == str(path) and detail in skipped.detail


def test_tabular_parquet_metadata_of_wrong_types_left_out(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "odd.parquet"
    with duckdb.connect() as con:
        con.execute(
            "COPY (SELECT 7 AS id, ['India met Russia.', 'Talks went on.'] AS text, "
            "['2025-01-01'] AS published, {'a': 1} AS title, [1, 2] AS url, "
            f"DATE '2025-02-03' AS date) TO '{path}' (FORMAT parquet)"
        )
    [article] = read(path, published="2025-08-06")
    assert isinstance(article, Article)
    assert article.id == "7" and article.text == "India met Russia.\nTalks went on."
    assert article.title is None and article.url is None  # no "{'a': 1}", no "[1, 2]"
    assert (article.published, article.published_origin) == ("2025-08-06", "flag")


def test_tabular_json_values_of_wrong_types(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "typed.jsonl"
    rows = [
        {"id": "n", "text": 42},
        {"id": "m", "text": {"body": "India met Russia."}},
        {"id": "l", "text": [1, 2]},
        {"id": {"x": 1}, "text": "India met Russia.", "title": ["a"], "published": [2025]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    n, m, l_, ok = read(path)
    assert [(getattr(s, "reason", None), getattr(s, "detail", None)) for s in (n, m, l_)] == [
        ("bad-type", "id n: the text field is a number, not text"),
        ("bad-type", "id m: the text field is a mapping, not text"),
        ("bad-type", "id l: the text field is a list, not text"),
    ]
    assert isinstance(ok, Article) and ok.id == f"{path}:4" and ok.title is None
    assert ok.published is None
