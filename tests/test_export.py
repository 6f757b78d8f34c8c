"""Exports of the store's tables as CSV, JSON Lines and Parquet, read back with DuckDB."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from communique.errors import UnknownFormatError, UsageError
from communique.export import TABLES, export
from communique.models import Actor, ActorMention, Article, DateMention, Document, Event, Quote
from communique.query import Filters
from communique.store import Store, open_store

CODES = {"India": "IND", "Russia": "RUS", "Ukraine": "UKR", "China": "CHN", "Japan": "JPN"}


def doc(id: str, published: str, source: str, target: str, cameo: str, trigger: str) -> Document:
    text = f"{source} {trigger} {target} on Monday, officials said."
    at = len(source) + 1
    event = Event(
        Actor(source, source, CODES[source]),
        Actor(target, target, CODES[target]),
        cameo,
        cameo[:2],
        1 if cameo < "09" else 3,
        1.0,
        None,
        published,
        text,
        0,
        trigger,
        at,
        at + len(trigger),
    )
    return Document(
        article=Article(id=id, text=text, title=f"{source} and {target}", published=published),
        actors=(
            ActorMention(source, 0, len(source), 0, country=CODES[source]),
            ActorMention(
                target,
                text.index(target),
                text.index(target) + len(target),
                0,
                country=CODES[target],
            ),
        ),
        events=(event,),
        quotes=(Quote("“We talked,”", 0, 12, Actor("an official"), "said", 0),),
        dates=(
            DateMention(
                "on Monday", published, text.index("on Monday"), text.index("on Monday") + 9, 0
            ),
        ),
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("export") / "e.duckdb"
    with open_store(path) as s:
        s.write(
            [
                doc("one", "2025-08-04", "India", "Russia", "040", "met"),
                doc("two", "2025-08-11", "Russia", "Ukraine", "130", "threatened"),
                doc("three", "2025-09-01", "China", "Japan", "036", "offered"),
            ]
        )
    with open_store(path, read_only=True) as s:
        yield s


def read_back(path: Path, fmt: str) -> list[dict]:  # type: ignore[type-arg]
    if fmt == "csv":
        with path.open(newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    con = duckdb.connect()
    cur = con.execute("SELECT * FROM read_parquet(?)", [str(path)])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("table", TABLES)
def test_export_every_table_in_every_format(
    store: Store, tmp_path: Path, table: str, fmt: str
) -> None:
    out = tmp_path / f"{table}.{fmt}"
    n = export(store, out, fmt=fmt, table=table)
    rows = read_back(out, fmt)
    assert n == len(rows) == store.stats()[table]
    assert rows and ("id" in rows[0] if table == "articles" else "article_id" in rows[0])


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_events_columns_and_values(store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    export(store, out, fmt=fmt)
    rows = read_back(out, fmt)
    first = rows[0]
    assert str(first["article_id"]) == "one"
    assert (first["source_country"], first["cameo"], first["target_country"]) == (
        "IND",
        "040",
        "RUS",
    )
    assert str(first["trigger"]) == "met" and str(first["start"]) == "6"
    assert str(first["published"]) == "2025-08-04"
    assert [str(r["article_id"]) for r in rows] == ["one", "two", "three"]


def test_export_with_filters(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "rus.jsonl"
    assert export(store, out, fmt="jsonl", filters=Filters(country="RUS")) == 2
    assert export(store, out, fmt="jsonl", filters=Filters(dyad="UKR-RUS")) == 1
    assert [r["cameo"] for r in read_back(out, "jsonl")] == ["130"]
    assert export(store, out, fmt="jsonl", filters=Filters(since="2025-08-10", limit=1)) == 1
    assert [r["article_id"] for r in read_back(out, "jsonl")] == ["two"]
    # article tables follow the same filters: articles with an actor of Japan
    assert export(store, out, fmt="jsonl", table="articles", filters=Filters(country="JPN")) == 1
    assert [r["id"] for r in read_back(out, "jsonl")] == ["three"]
    assert export(store, out, fmt="jsonl", table="actors", filters=Filters(country="CHN")) == 1
    assert export(store, out, fmt="csv", table="dates", filters=Filters(until="2025-08-01")) == 0


def test_export_replaces_an_existing_file(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    out.write_text("old content\n" * 100)
    assert export(store, out, fmt="csv") == 3
    assert "old content" not in out.read_text()


def test_export_unknown_format_and_table(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UnknownFormatError, match="unknown export format 'xlsx'"):
        export(store, tmp_path / "x.xlsx", fmt="xlsx")
    with pytest.raises(UsageError, match="unknown table 'people'"):
        export(store, tmp_path / "x.csv", fmt="csv", table="people")


def test_export_to_missing_folder_or_directory(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        export(store, tmp_path / "no" / "x.csv", fmt="csv")
    with pytest.raises(UsageError, match="is a directory"):
        export(store, tmp_path, fmt="csv")
