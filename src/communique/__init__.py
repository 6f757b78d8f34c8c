"""communique: political event data from news articles.

    >>> import communique
    >>> doc = communique.extract("Russia accused the United States of pressure on India.",
    ...                          published="2025-08-06")
    >>> [(e.source.country, e.cameo, e.target.country) for e in doc.events]

The public API: ``extract`` (one text), ``Pipeline`` (many articles, one model load),
``open_store`` (the DuckDB database) and the record types in ``models``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import CommuniqueError
from .models import (
    Actor,
    ActorMention,
    Article,
    DateMention,
    Document,
    Event,
    Quote,
    Sentence,
    Skipped,
)
from .settings import Settings, load_settings

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .store import Store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorMention",
    "Article",
    "CommuniqueError",
    "DateMention",
    "Document",
    "Event",
    "Pipeline",
    "Quote",
    "Sentence",
    "Settings",
    "Skipped",
    "extract",
    "load_settings",
    "open_store",
]


def __getattr__(name: str) -> object:
    """``communique.Pipeline`` is imported on first use: spaCy loads only when needed."""
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    raise AttributeError(f"module 'communique' has no attribute {name!r}")


@lru_cache(maxsize=2)
def _default_pipeline(model: str) -> Pipeline:
    from .pipeline import Pipeline

    return Pipeline(Settings(model=model))


def extract(
    text: str | bytes,
    *,
    published: str | None = None,
    title: str | None = None,
    model: str = "en_core_web_sm",
) -> Document:
    """Extract actors, events, quotes and dates from one article text (see
    ``Pipeline.extract``: bytes are decoded, control characters and lone surrogates
    replaced; ``InputError`` for a text too long or bytes that are no text)."""
    return _default_pipeline(model).extract(text, published=published, title=title)


def open_store(path: str | Path = "communique.duckdb", *, read_only: bool = False) -> Store:
    """Open (and create or migrate) the DuckDB store at ``path``."""
    from .store import open_store as _open

    return _open(path, read_only=read_only)
