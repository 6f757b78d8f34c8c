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


# -- databases built from real parses (event records, stories) ---------------------------

SYNDICATED = ROOT / "tests" / "fixtures" / "syndicated"

#: The five outlets that publish the wire story: name, host, headline, publication time,
#: their own lines inside the article, and whether they drop the last paragraph.
WIRE_OUTLETS = (
    ("The Daily Ledger", "dailyledger", "Japan and South Korea agree to resume defence talks",
     "2025-03-03T10:00:00+00:00", ["Sign up for the Daily Ledger morning briefing."], False),
    ("Metro Courier", "metrocourier", "UPDATE 1-Japan, South Korea to restart security dialogue",
     "2025-03-03T14:30:00+00:00", ["Reporting by the Metro Courier wire desk."], True),
    ("Northern Star Online", "northernstar", "Tokyo and Seoul end five-year freeze in defence talks",
     "2025-03-04T06:00:00+00:00", ["Follow Northern Star Online for the latest news.",
                                   "Comments are closed for this story."], False),
    ("Global Wire Review", "globalwire", "JAPAN-SOUTHKOREA/DEFENCE: neighbours to meet every year",
     "2025-03-04T08:15:00+00:00", ["This story was distributed by a news agency."], False),
    ("Evening Herald", "eveningherald", "Analysis: old rivals Japan and South Korea mend ties",
     "2025-03-03T18:45:00+00:00", ["Have your say: send us your views on this story."], False),
)  # fmt: skip


def _page(outlet: str, host: str, headline: str, published: str, lines: list[str],
          paragraphs: list[str], slug: str) -> str:  # fmt: skip
    body = "\n".join(f"<p>{p}</p>" for p in [*paragraphs, *lines])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{headline} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="og:title" content="{headline}">
<meta property="og:url" content="https://{host}.example.org/world/{slug}">
<link rel="canonical" href="https://{host}.example.org/world/{slug}">
<meta property="article:published_time" content="{published}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article><h1>{headline}</h1>
<p class="dateline">SEOUL ({outlet})</p>
{body}
</article></main>
<footer><p>Copyright 2025 {outlet}. All rights reserved.</p></footer>
</body></html>
"""


def write_syndicated(folder: Path, outlets: tuple[int, ...] = (0, 1, 2, 3, 4),
                     unrelated: bool = True) -> list[Path]:  # fmt: skip
    """The wire story as published by the given outlets (indexes into ``WIRE_OUTLETS``),
    and the two unrelated stories, as HTML pages in ``folder``; their paths."""
    wire = [p.strip() for p in (SYNDICATED / "wire.txt").read_text("utf-8").split("\n\n")]
    paths = []
    for i in outlets:
        outlet, host, headline, published, lines, cut = WIRE_OUTLETS[i]
        paragraphs = wire[:-1] if cut else wire
        path = folder / f"wire-{host}.html"
        path.write_text(
            _page(outlet, host, headline, published, lines, paragraphs, "japan-korea-talks"),
            encoding="utf-8",
        )
        paths.append(path)
    if unrelated:
        for name, outlet, host, published in (
            ("brazil", "The Daily Ledger", "dailyledger", "2025-03-07T09:00:00+00:00"),
            ("kenya", "Evening Herald", "eveningherald", "2025-03-06T20:00:00+00:00"),
        ):
            title, _, text = (SYNDICATED / f"{name}.txt").read_text("utf-8").partition("\n\n")
            paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
            path = folder / f"{name}.html"
            path.write_text(_page(outlet, host, title.strip(), published, [], paragraphs, name),
                            encoding="utf-8")  # fmt: skip
            paths.append(path)
    return paths


def ingest_paths(
    paths: list[Path], pipeline: Pipeline, db: Path, published: str | None = None
) -> None:
    """Read ``paths`` with the real readers and store them with the real pipeline."""
    from communique import jobs
    from communique.ingest import read_sources

    items = read_sources([str(p) for p in paths], settings=pipeline.settings, published=published)
    jobs.ingest(items, pipeline, str(db))


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """The bundled examples (one article as .txt and as .html) in a DuckDB file, as
    ``make run`` stores them. Read it only (copy it to change it)."""
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    ingest_paths([EXAMPLES], pipeline, db, published=SEED_PUBLISHED)
    return db


@pytest.fixture(scope="session")
def syndicated_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """The syndicated test corpus (``write_syndicated``) in a DuckDB file. Read it only."""
    folder = tmp_path_factory.mktemp("syndicated")
    db = folder / "syndicated.duckdb"
    ingest_paths(write_syndicated(folder), pipeline, db)
    return db


@pytest.fixture(scope="session")
def syndicate() -> Callable[..., list[Path]]:
    """``write_syndicated(folder, outlets=(0, 1, 2, 3, 4), unrelated=True)``."""
    return write_syndicated


@pytest.fixture(scope="session")
def ingest_into(pipeline: Pipeline) -> Callable[..., None]:
    """``ingest(paths, db, published=None)`` with the real readers and pipeline."""

    def _ingest(paths: list[Path], db: Path, published: str | None = None) -> None:
        ingest_paths(paths, pipeline, db, published)

    return _ingest


@pytest.fixture(scope="session")
def wire_outlets() -> list[str]:
    """The names of the five outlets that publish the wire story."""
    return [outlet[0] for outlet in WIRE_OUTLETS]
