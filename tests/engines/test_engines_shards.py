"""The Ray engine's parts without Ray: read rows, the extract actor's batches written as
Parquet shards in any order, loaded in input order: the same records as a local ingest."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pytest

from communique import jobs
from communique.engines import raydata, shards
from communique.ingest import read_sources
from communique.pipeline import Pipeline
from communique.settings import Settings

PUBLISHED = "2025-08-06"


def _batches(rows: list[dict[str, Any]], size: int) -> list[dict[str, np.ndarray]]:
    """Rows as Ray Data hands them to an actor with batch_format="numpy"."""
    out = []
    for i in range(0, len(rows), size):
        chunk = rows[i : i + size]
        batch = {}
        for key in chunk[0]:
            column = np.empty(len(chunk), dtype=object)
            column[:] = [r[key] for r in chunk]
            batch[key] = column
        out.append(batch)
    return out


def test_engines_shards_in_any_order_load_as_a_local_ingest(
    small_corpus: Path,
    pipeline: Pipeline,
    tmp_path: Path,
    store_tables: Callable[[Path], dict[str, list[tuple[object, ...]]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = Settings(batch_size=3)
    options = {"settings": settings, "published": PUBLISHED, "input_format": "auto", "columns": {}}
    rows = [
        row
        for shard, source in enumerate(raydata.list_inputs([str(small_corpus)]))
        for row in raydata.read_shard({"shard": shard, "source": source}, options)
    ]
    assert [r["seq"] for r in rows] == sorted(r["seq"] for r in rows)
    monkeypatch.setattr("communique.pipeline.load_model", lambda name: pipeline.nlp)
    actor = raydata.Extract(settings, str(tmp_path / "out"), frozenset())
    batches = _batches(rows, 3)
    random.Random(7).shuffle(batches)  # batches finish in any order on a cluster
    for batch in batches:
        done = actor(batch)
        assert list(done["seq"]) == list(batch["seq"])

    local = jobs.ingest(
        read_sources([str(small_corpus)], settings=settings, published=PUBLISHED),
        Pipeline(settings, nlp=pipeline.nlp),
        str(tmp_path / "local.duckdb"),
    )
    loaded = shards.load(tmp_path / "out", str(tmp_path / "shards.duckdb"), batch_size=3)
    assert loaded.summary() == local.summary()
    assert store_tables(tmp_path / "shards.duckdb") == store_tables(tmp_path / "local.duckdb")

    # the record shards: the store's columns plus seq, every copy of a text there once
    events = duckdb.sql(f"SELECT * FROM read_parquet('{tmp_path / 'out' / 'events'}/*.parquet')")
    assert events.columns[0] == "seq" and "cameo" in events.columns
    articles = duckdb.sql(
        f"SELECT count(*), count(DISTINCT hash) FROM "
        f"read_parquet('{tmp_path / 'out' / 'articles'}/*.parquet')"
    ).fetchall()
    assert articles[0] == (local.stored + local.duplicates, local.stored)


def test_engines_shards_texts_stored_before_are_not_parsed(
    small_corpus: Path, pipeline: Pipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings()
    source = str(small_corpus / "wire.jsonl")
    options = {"settings": settings, "published": PUBLISHED, "input_format": "auto", "columns": {}}
    rows = raydata.read_shard({"shard": 0, "source": source}, options)
    db = tmp_path / "s.duckdb"
    jobs.ingest(
        read_sources([source], settings=settings), Pipeline(settings, nlp=pipeline.nlp), str(db)
    )
    monkeypatch.setattr("communique.pipeline.load_model", lambda name: pipeline.nlp)
    actor = raydata.Extract(settings, str(tmp_path / "out"), shards.stored_hashes(str(db)))
    monkeypatch.setattr(actor.pipeline, "run", lambda *a, **k: pytest.fail("parsed again"))
    actor(_batches(rows, 10)[0])
    tally = shards.load(tmp_path / "out", str(db))
    assert (tally.stored, tally.duplicates, dict(tally.skipped)) == (0, 4, {"bad-json": 1})


def test_engines_shards_load_of_an_empty_folder_stores_nothing(tmp_path: Path) -> None:
    assert shards.load(tmp_path, str(tmp_path / "x.duckdb")).summary().startswith("0 read")
    assert shards.stored_hashes(str(tmp_path / "none.duckdb")) == frozenset()
