"""Batch jobs: one transaction per batch, resumable after an interruption, no duplicates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from communique import jobs
from communique.models import Article, Skipped
from communique.pipeline import Pipeline
from communique.settings import Settings
from communique.store import open_store

TEXTS = [
    "Russia accused the United States of applying pressure on India.",
    "India and Russia held talks in Moscow on Tuesday.",
    "Chinese troops attacked Indian soldiers near the border.",
    "The European Union imposed sanctions on Iran.",
    "Protesters in Kenya burned the American flag.",
]


def _articles(n: int | None = None, fail_after: int | None = None) -> Iterator[Article | Skipped]:
    for i, text in enumerate(TEXTS[:n]):
        if fail_after is not None and i == fail_after:
            raise KeyboardInterrupt  # the user pressed Ctrl-C mid-run
        yield Article(id=f"a{i}", text=text, published="2025-08-06")


@pytest.fixture()
def small_batches(pipeline: Pipeline) -> Pipeline:
    return Pipeline(Settings(batch_size=2), nlp=pipeline.nlp)


def test_jobs_interrupted_run_keeps_committed_batches_and_resumes(
    tmp_path: Path, small_batches: Pipeline
) -> None:
    db = str(tmp_path / "r.duckdb")
    with pytest.raises(KeyboardInterrupt):
        jobs.ingest(_articles(fail_after=3), small_batches, db)
    with open_store(db, read_only=True) as store:
        assert store.stats()["articles"] == 2  # the first batch of two was committed

    tally = jobs.ingest(_articles(), small_batches, db)
    assert (tally.stored, tally.duplicates) == (3, 2)
    with open_store(db, read_only=True) as store:
        assert store.stats()["articles"] == 5


def test_jobs_stage_error_skips_one_article(
    tmp_path: Path, small_batches: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = small_batches.stages

    def flaky(parsed):  # type: ignore[no-untyped-def]
        if "European" in parsed.article.text:
            raise RuntimeError("coder bug")
        return real(parsed)

    monkeypatch.setattr(small_batches, "stages", flaky)
    tally = jobs.ingest(_articles(), small_batches, str(tmp_path / "s.duckdb"))
    assert tally.stored == 4
    assert tally.skipped == {"stage-error": 1}
    assert "a3" in tally.skipped_examples["stage-error"]


def test_jobs_same_text_twice_in_one_run_is_stored_once(
    tmp_path: Path, small_batches: Pipeline
) -> None:
    twice = [Article(id="x", text=TEXTS[0]), Article(id="y", text=TEXTS[0] + "  ")]
    tally = jobs.ingest(iter(twice), small_batches, str(tmp_path / "d.duckdb"))
    assert (tally.read, tally.stored, tally.duplicates) == (2, 1, 1)


def test_jobs_summary_names_skip_reasons() -> None:
    tally = jobs.Tally(read=3, stored=2)
    tally.skip(Skipped("blob.bin", "binary", "not text"))
    assert "1 skipped (binary: 1)" in tally.summary()


def test_jobs_ingest_lets_go_of_the_database_between_batches(
    tmp_path: Path, small_batches: Pipeline
) -> None:
    db = str(tmp_path / "free.duckdb")
    seen: list[int] = []

    def look(_doc: object) -> None:  # another reader while the job runs (between batches)
        with open_store(db, read_only=True) as store:
            seen.append(store.stats()["articles"])

    tally = jobs.ingest(_articles(), small_batches, db, on_document=look)
    assert tally.stored == 5
    assert seen == [0, 0, 2, 2, 4]


def test_jobs_too_long_article_is_skipped_and_the_batch_goes_on(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    capped = Pipeline(Settings(batch_size=2, max_chars=200), nlp=pipeline.nlp)
    items = [*_articles(2), Article(id="huge", text="India met Russia. " * 20), *_articles(4)]
    tally = jobs.ingest(iter(items), capped, str(tmp_path / "long.duckdb"))
    assert tally.skipped == {"too-long": 1}
    assert "huge: 360 characters, more than the 200 parsed" in tally.skipped_examples["too-long"]
    assert (tally.stored, tally.duplicates) == (4, 2)
