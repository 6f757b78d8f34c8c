"""``ingest --engine ray`` stores exactly what a local ingest stores (runs when Ray is installed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from communique import jobs
from communique.ingest import read_sources
from communique.pipeline import Pipeline
from communique.settings import Settings
from communique.store import open_store

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

from communique.engines import raydata  # noqa: E402 - only with Ray installed

PUBLISHED = "2025-08-06"


@pytest.fixture(scope="module")
def ray_session() -> Iterator[None]:
    """One small Ray for the module (two CPUs for the actors, one for reading)."""
    ray.init(
        num_cpus=3,
        object_store_memory=96 * 2**20,
        include_dashboard=False,
        _node_ip_address="127.0.0.1",
        log_to_driver=False,
        configure_logging=False,
    )
    yield
    ray.shutdown()


def test_engines_ray_ingest_stores_what_a_local_ingest_stores(
    ray_session: None, small_corpus: Path, pipeline: Pipeline, tmp_path: Path, store_tables
) -> None:
    settings = Settings(batch_size=4, ray_workers=2)
    local_db, ray_db = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    local = jobs.ingest(
        read_sources([str(small_corpus)], settings=settings, published=PUBLISHED),
        Pipeline(settings, nlp=pipeline.nlp),
        str(local_db),
    )
    run = raydata.run(
        [str(small_corpus)],
        settings.replace(db=str(ray_db)),
        published=PUBLISHED,
        out=tmp_path / "shards",
    )
    assert run.tally.summary() == local.summary()
    assert run.tally.skipped == local.skipped and set(local.skipped) >= {"bad-json", "empty"}
    assert (local.stored, local.duplicates) == (8, 2)  # a copy in the JSONL, one in copy/
    local_rows, ray_rows = store_tables(local_db), store_tables(ray_db)
    assert ray_rows == local_rows
    assert local_rows["events"] and local_rows["quotes"]
    with open_store(ray_db, read_only=True) as store:
        _, versions = store.fetch(
            "SELECT version, current FROM articles WHERE id = 'j1' ORDER BY 1"
        )
    assert versions == [(1, False), (2, True)]
    for table in ("articles", "sentences", "actors", "events", "quotes", "dates", "documents"):
        assert list((tmp_path / "shards" / table).glob("part-*.parquet")), table

    # the same input again: nothing stored, nothing parsed (every text was stored before)
    again = raydata.run(
        [str(small_corpus)],
        settings.replace(db=str(ray_db)),
        published=PUBLISHED,
        out=tmp_path / "2",
    )
    assert (again.tally.stored, again.tally.duplicates) == (0, 10)
    assert store_tables(ray_db) == ray_rows
    import duckdb

    statuses = duckdb.sql(
        f"SELECT DISTINCT status FROM read_parquet('{tmp_path / '2' / 'documents'}/*.parquet')"
    ).fetchall()
    assert statuses == [("stored-before",)]


def test_engines_ray_rejects_stdin_and_a_missing_single_source(tmp_path: Path) -> None:
    from communique.errors import SourceNotFoundError, UsageError

    with pytest.raises(UsageError, match="not standard input"):
        raydata.list_inputs(["-"])
    with pytest.raises(SourceNotFoundError):
        raydata.list_inputs([str(tmp_path / "missing")])
    assert raydata.list_inputs([str(tmp_path / "missing"), str(tmp_path)]) == [
        str(tmp_path / "missing")
    ]


def test_engines_ray_ingest_of_a_bbc_like_set_stores_what_a_local_ingest_stores(
    ray_session: None, bbc_like: Path, pipeline: Pipeline, tmp_path: Path, store_tables
) -> None:
    settings = Settings(batch_size=3, ray_workers=2)
    local_db, ray_db = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    local = jobs.ingest(
        read_sources([str(bbc_like)], settings=settings, published=PUBLISHED),
        Pipeline(settings, nlp=pipeline.nlp),
        str(local_db),
    )
    run = raydata.run([str(bbc_like)], settings.replace(db=str(ray_db)), published=PUBLISHED)
    assert run.tally.summary() == local.summary()
    assert (local.stored, local.duplicates) == (11, 1)  # 7 texts (one copy) and 5 pages
    local_rows, ray_rows = store_tables(local_db), store_tables(ray_db)
    assert ray_rows == local_rows  # articles, events, … and the event records and stories
    with open_store(ray_db, read_only=True) as store:
        _, stories = store.fetch(
            "SELECT count(*) FROM articles GROUP BY story HAVING count(*) > 1 ORDER BY 1"
        )
    assert stories == [(2,), (5,)]  # the two editions; the wire story's five pages
