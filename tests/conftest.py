"""Shared fixtures: one spaCy pipeline for the whole test session, and the seed article."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


# -- the dashboard (communique.web) ---------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """A real store of the bundled examples, ingested with the real pipeline, plus an
    edited second version of the .txt article (so one stored version is replaced)."""
    from communique import jobs
    from communique.ingest import read_sources
    from communique.settings import Settings

    folder = tmp_path_factory.mktemp("examples")
    db = folder / "examples.duckdb"
    settings = Settings()
    items = read_sources([str(EXAMPLES)], settings=settings, published=SEED_PUBLISHED)
    jobs.ingest(items, pipeline, str(db))
    from communique.store import open_store

    with open_store(db, read_only=True) as store:
        _, rows = store.fetch("SELECT id FROM articles WHERE id LIKE '%.txt'")
    edited = SEED_TEXT.read_text(encoding="utf-8") + "\nIndia thanked Russia for the talks.\n"
    article = Article(id=rows[0][0], text=edited, published=SEED_PUBLISHED)
    jobs.ingest([article], pipeline, str(db))
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(db: Path, *extra: str) -> Iterator[str]:
    """`communique serve` in a child process on a free loopback port; yields its URL."""
    port = free_port()
    cmd = [sys.executable, "-m", "communique.cli", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen([*cmd, *extra], stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"serve exited: {proc.stderr.read() if proc.stderr else ''}")
            try:
                with urllib.request.urlopen(url + "/api/stats", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def served(examples_db: Path) -> Iterator[str]:
    with running_server(examples_db) as url:
        yield url


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """Debian's chromium driven by Playwright (never a browser Playwright downloads)."""
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (`make test` installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
