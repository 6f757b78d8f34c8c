"""Stories and event records as the store groups them, on real parses in real DuckDB files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from communique import records
from communique.models import Article
from communique.pipeline import Pipeline
from communique.query import Filters, dyad_series
from communique.store import open_store

SYNDICATED = Path(__file__).resolve().parents[1] / "fixtures" / "syndicated"


def test_records_store_txt_and_html_of_one_article_count_once(examples_db: Path) -> None:
    with open_store(examples_db, read_only=True) as store:
        (story,) = records.stories(store)
        rows = records.event_records(store, limit=100)
        _, mention_rows = store.fetch("SELECT count(*) FROM events")
    assert story["articles"] == 2
    assert rows and all(r["articles"] == 2 and r["stories"] == 1 for r in rows)
    assert mention_rows[0][0] > len(rows)
    keys = [(r["date"], r["source_code"], r["target_code"], r["cameo"]) for r in rows]
    assert len(keys) == len(set(keys))  # each event once


def test_records_store_dyad_counts_the_three_events_of_2025_08_05_not_twelve(
    examples_db: Path,
) -> None:
    """Regression: `dyad IND-RUS` counted 12 events on 2025-08-05 (every mention, both
    directions, both copies) where the article reports 3: the talks named in the headline,
    the reaffirmed commitment, and the meeting of the ambassador and the deputy minister."""
    with open_store(examples_db, read_only=True) as store:
        series = {r["period"]: r for r in records.dyad(store, "IND", "RUS", freq="day")}
        mentions = {r["period"]: r for r in dyad_series(store, "IND", "RUS", freq="day")}
        day = records.event_records(store, Filters(dyad="IND-RUS", since="2025-08-05",
                                                   until="2025-08-05"))  # fmt: skip
    assert mentions["2025-08-05"]["n_events"] == 12
    assert series["2025-08-05"]["records"] == 3
    assert len(day) == 3 and all(r["mutual"] and r["articles"] == 2 for r in day)


def test_records_store_syndicated_copies_are_one_story_with_five_sources(
    syndicated_db: Path, wire_outlets: list[str]
) -> None:
    wire_text = " ".join((SYNDICATED / "wire.txt").read_text(encoding="utf-8").split())
    with open_store(syndicated_db, read_only=True) as store:
        stories = records.stories(store)
        _, rows = store.fetch(
            "SELECT e.record, e.article_id, e.sentence_text FROM events e "
            "JOIN articles a ON a.hash = e.article_hash AND a.current"
        )
        # the mentions in the wire story's own sentences (not a headline or dateline)
        story_rows = [(r, a) for r, a, text in rows if " ".join(text.split()) in wire_text]
        body = records.event_records(store, ids=sorted({r for r, _ in story_rows}), limit=100)
    assert [s["articles"] for s in stories] == [5, 1, 1]
    wire = stories[0]
    assert wire["sources"] == 5 and sorted(wire["outlets"]) == sorted(wire_outlets)
    assert body, "the wire story's body has events"
    # one record per event of the story (no event split in two), each reported by the
    # five outlets
    events = [(r["source_code"], r["target_code"], r["cameo"], r["negated"]) for r in body]
    assert len(events) == len(set(events))
    assert all(r["sources"] == 5 and r["articles"] == 5 and r["stories"] == 1 for r in body)


def test_records_store_a_later_copy_joins_the_story_and_its_records(
    tmp_path: Path, syndicate: Callable[..., list[Path]], ingest_into: Callable[..., None]
) -> None:
    db = tmp_path / "inc.duckdb"
    ingest_into(syndicate(tmp_path, outlets=(0, 1, 2), unrelated=False), db)
    with open_store(db, read_only=True) as store:
        before = {r["id"]: r for r in records.event_records(store, limit=100)}
    later = tmp_path / "later"
    later.mkdir()
    ingest_into(syndicate(later, outlets=(3, 4), unrelated=False), db)
    with open_store(db, read_only=True) as store:
        (story,) = records.stories(store)
        after = {r["id"]: r for r in records.event_records(store, limit=100)}
    assert story["articles"] == 5
    grown = [i for i in before if after[i]["sources"] == 5]
    assert grown and all(after[i]["sources"] == before[i]["sources"] + 2 for i in grown)


def test_records_store_new_version_of_an_article_replaces_its_mentions(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    db = tmp_path / "v.duckdb"
    with open_store(db) as store:
        first = Article(id="a", text="India and Russia held talks in Moscow.",
                        published="2025-08-05")  # fmt: skip
        store.write(pipeline.run([first]))
        (talks,) = records.event_records(store)
        second = Article(id="a", text="China threatened Japan with sanctions.",
                         published="2025-08-05")  # fmt: skip
        store.write(pipeline.run([second]))
        now = records.event_records(store)
        assert records.count_records(store) == len(now)
    assert talks["cameo"].startswith("04")
    assert [r["source_country"] for r in now] == ["CHN"]
    assert talks["id"] not in {r["id"] for r in now}


def test_records_store_rewriting_the_same_input_adds_no_records(
    examples_db: Path, tmp_path: Path, ingest_into: Callable[..., None]
) -> None:
    db = tmp_path / "again.duckdb"
    shutil.copy(examples_db, db)
    with open_store(db, read_only=True) as store:
        before = records.event_records(store, limit=100)
    examples = Path(__file__).resolve().parents[2] / "examples"
    ingest_into([examples], db, published="2025-08-06")
    with open_store(db, read_only=True) as store:
        assert records.event_records(store, limit=100) == before


def test_records_store_every_article_and_event_row_carries_the_coder_stamp(
    examples_db: Path, pipeline: Pipeline
) -> None:
    with open_store(examples_db, read_only=True) as store:
        _, articles = store.fetch("SELECT DISTINCT coder FROM articles")
        _, events = store.fetch("SELECT DISTINCT coder FROM events")
        _, coders = store.fetch("SELECT id, communique, model, model_version, tables FROM coders")
    stamp = pipeline.stamp
    assert articles == events == [(stamp.id,)]
    assert coders == [(stamp.id, stamp.communique, stamp.model, stamp.model_version, stamp.tables)]


def test_records_store_articles_without_events_are_stored_and_grouped(tmp_path: Path) -> None:
    """Regression: a batch with no events left a result unread on the connection, and
    DuckDB refused the next step of the write ('connection has an unfinished result')."""
    from communique.models import Document

    text = " ".join(f"Line {i} of a report about the harvest in the north." for i in range(30))
    with open_store(tmp_path / "quiet.duckdb") as store:
        for i in range(2):
            result = store.write([Document(Article(id=f"q{i}", text=text + f" Copy {i}."))])
            assert result.stored == 1
        (story,) = records.stories(store)
    assert story["articles"] == 2
