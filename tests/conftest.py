"""Shared fixtures: one spaCy pipeline for the whole test session, and the seed article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from communique.index import ArticleIndex
from communique.models import Article
from communique.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED_TEXT = EXAMPLES / "india-russia-defence-talks.txt"
SEED_PUBLISHED = "2025-08-06"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The real pipeline with the real spaCy model, loaded once."""
    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    return pipeline.nlp


@pytest.fixture(scope="session")
def parse(pipeline: Pipeline) -> Callable[..., ArticleIndex]:
    """parse(text, published=None, title=None) -> ArticleIndex, with the real model."""

    def _parse(text: str, published: str | None = None, title: str | None = None) -> ArticleIndex:
        return pipeline.parse_one(Article(id="t", text=text, title=title, published=published))

    return _parse


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_parsed(parse: Callable[..., ArticleIndex], seed_text: str) -> ArticleIndex:
    return parse(seed_text, published=SEED_PUBLISHED)


AUDIT_TEXTS = ROOT / "tests" / "fixtures" / "audit"
AUDIT_PUBLISHED = "2025-06-02"


@pytest.fixture(scope="session")
def audit_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """A DuckDB file of real parses: the bundled examples and the audit fixture texts."""
    from itertools import chain

    from communique import jobs
    from communique.ingest import read_sources

    db = tmp_path_factory.mktemp("audit") / "audit.duckdb"
    settings = pipeline.settings
    items = chain(
        read_sources([str(EXAMPLES)], settings=settings, published=SEED_PUBLISHED),
        read_sources([str(AUDIT_TEXTS)], settings=settings, published=AUDIT_PUBLISHED),
    )
    tally = jobs.ingest(items, pipeline, str(db))
    assert tally.stored == 4, tally.summary()
    return db
