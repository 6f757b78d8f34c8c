"""Fixtures for the ingest tests: the fixture folder, settings and a reading helper."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from communique.ingest import read_sources
from communique.models import Article, Skipped
from communique.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def read(settings: Settings) -> Callable[..., list[Article | Skipped]]:
    """read(*sources, **options) -> every record read_sources yields, as a list."""

    def _read(*sources: str | Path, **options: object) -> list[Article | Skipped]:
        options.setdefault("settings", settings)
        return list(read_sources([str(s) for s in sources], **options))  # type: ignore[arg-type]

    return _read
