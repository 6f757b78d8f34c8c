"""``ingest --engine ray`` stores exactly what a local ingest stores (runs when Ray is installed)."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from communique import jobs
from communique.ingest import read_sources
from communique.pipeline import Pipeline
from communique.settings import Settings
from communique.store import TABLES, open_store

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

from communique.engines import raydata  # noqa: E402 - only with Ray installed

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PUBLISHED = "2025-08-06"

RECORDS = [
    {
        "id": "j1",
        "text": "India and Russia held talks in Moscow on Tuesday.",
        "published": "2025-08-05",
    },
    {
        "id": "j2",
        "text": "The European Union imposed sanctions on Iran.",
        "published": "2025-08-04",
    },
    {
        "id": "j3",
        "text": "India and Russia held talks in Moscow on Tuesday.",
        "published": "2025-08-05",
    },
    {"id": "j1", "text": "India and Russia held more talks on Wednesday; China protested."},
]

PAGES = [
    ("http://news.example/clash", "Border clash", "Chinese troops attacked Indian soldiers."),
    ("http://news.example/flag", "Flag burned", "Protesters in Kenya burned the American flag."),
    ("http://news.example/again", "Talks", "The European Union imposed sanctions on Iran."),
]


def _warc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, title, text in PAGES:
        html = (
            f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{text} Officials confirmed the report on Monday.</p></article></body></html>"
        ).encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(html), http_headers=headers
            )
        )
    return buffer.getvalue()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small real corpus: the examples, a JSON Lines file with a copy, a new version of
    an id and a broken line, a WARC of three pages, a copy of an example under another
    name, an empty and a binary file."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(EXAMPLES, root / "examples")
    lines = [json.dumps(r) for r in RECORDS]
    lines.insert(3, "{not json")
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n")
    (root / "pages.warc.gz").write_bytes(_warc())
    (root / "copy").mkdir()
    shutil.copy(EXAMPLES / "india-russia-defence-talks.txt", root / "copy" / "same.txt")
    (root / "empty.txt").write_text("")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return root


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


def _tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    out = {}
    with open_store(db, read_only=True) as store:
        for table in TABLES:
            drop = " EXCLUDE (ingested_at)" if table == "articles" else ""
            out[table] = store.fetch(f"SELECT *{drop} FROM {table} ORDER BY ALL")[1]
    return out


def test_engines_ray_ingest_stores_what_a_local_ingest_stores(
    ray_session: None, corpus: Path, pipeline: Pipeline, tmp_path: Path
) -> None:
    settings = Settings(batch_size=4, ray_workers=2)
    local_db, ray_db = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    local = jobs.ingest(
        read_sources([str(corpus)], settings=settings, published=PUBLISHED),
        Pipeline(settings, nlp=pipeline.nlp),
        str(local_db),
    )
    run = raydata.run(
        [str(corpus)],
        settings.replace(db=str(ray_db)),
        published=PUBLISHED,
        out=tmp_path / "shards",
    )
    assert run.tally.summary() == local.summary()
    assert run.tally.skipped == local.skipped and set(local.skipped) >= {"bad-json", "empty"}
    assert (local.stored, local.duplicates) == (8, 2)  # a copy in the JSONL, one in copy/
    local_rows, ray_rows = _tables(local_db), _tables(ray_db)
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
        [str(corpus)], settings.replace(db=str(ray_db)), published=PUBLISHED, out=tmp_path / "2"
    )
    assert (again.tally.stored, again.tally.duplicates) == (0, 10)
    assert _tables(ray_db) == ray_rows
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
