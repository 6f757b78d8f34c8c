"""Shared fixtures: one spaCy pipeline for the whole test session, the seed article, and
frozen parses.

Frozen parses keep rule tests independent of the model. A test writes the parse of its
sentence as a literal table (``tools/freeze_parse.py "SENTENCE"`` prints it; the format is
``frozen_parses.py``'s), one token a line::

    0  Russia    Russia    PROPN  NNP  nsubj  1  B-GPE
    1  attacked  attack    VERB   VBD  ROOT   1  O

(index, word, lemma, coarse and fine part of speech, dependency, head index, entity as
IOB). ``frozen_doc`` turns the table back into a spaCy ``Doc`` (as spaCy's own tests do),
``frozen_parse`` wraps it into the article's ``ArticleIndex`` with ``nlp.attach`` and
``frozen_extract`` runs the real stages on it (actor tables, lexicon, quotes, dates and
the coder): only the parse is frozen. ``frozen_is_live`` checks that a table is what the
installed model gives, and that it yields the same document; it skips when the installed
model is not the one the tables were made with (``FROZEN_MODEL``).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from communique.actors import Knowledge, load_knowledge
from communique.index import ArticleIndex
from communique.models import ActorMention, Article, Document, Quote
from communique.nlp import attach
from communique.pipeline import Pipeline
from communique.quotes import find_quotes
from frozen_parses import FROZEN_MODEL, format_spec, frozen_doc, model_key, token_rows

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED_TEXT = EXAMPLES / "india-russia-defence-talks.txt"
SEED_PUBLISHED = "2025-08-06"

#: An event as rule tests compare it: source country, target country, CAMEO code.
Triple = tuple[str | None, str | None, str]


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The real pipeline with the real spaCy model, loaded once."""
    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline) -> Language:
    return pipeline.nlp


@pytest.fixture(scope="session")
def parse(pipeline: Pipeline) -> Callable[..., ArticleIndex]:
    """parse(text, published=None, title=None) -> ArticleIndex, with the real model."""

    def _parse(text: str, published: str | None = None, title: str | None = None) -> ArticleIndex:
        return pipeline.parse_one(Article(id="t", text=text, title=title, published=published))

    return _parse


@pytest.fixture(scope="session")
def quotes_of(parse: Callable[..., ArticleIndex]) -> Callable[..., list[Quote]]:
    """quotes_of(text, mentions=None, title=None) -> the quotes stage alone on the live
    parse of ``text``; the actor layer is ``mentions``, by default the named entities as
    mentions with a kind and no country."""

    def _quotes(
        text: str, mentions: list[ActorMention] | None = None, title: str | None = None
    ) -> list[Quote]:
        parsed = parse(text, title=title)
        if mentions is None:
            kinds = {"PERSON": "person", "GPE": "country"}
            mentions = [
                ActorMention(
                    text=e.text,
                    start=e.start_char,
                    end=e.end_char,
                    sentence=parsed.sentence_index(e[0]),
                    name=e.text,
                    kind=kinds.get(e.label_, "organisation"),
                )
                for e in parsed.doc.ents
                if e.label_ in ("PERSON", "ORG", "GPE", "NORP")
            ]
        parsed.add_mentions(mentions)
        return find_quotes(parsed)

    return _quotes


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


# ---------------------------------------------------------------- frozen parses


def _article(text: str, published: str | None, title: str | None) -> Article:
    return Article(
        id="t",
        text=text,
        title=title,
        published=published,
        published_origin="flag" if published else None,
    )


@pytest.fixture(scope="session")
def frozen_parse(nlp: Language) -> Callable[..., ArticleIndex]:
    """frozen_parse(text, spec, published=None, title=None) -> ArticleIndex of a frozen parse."""

    def _frozen_parse(
        text: str, spec: str, published: str | None = None, title: str | None = None
    ) -> ArticleIndex:
        return attach(_article(text, published, title), frozen_doc(nlp.vocab, text, spec))

    return _frozen_parse


@pytest.fixture(scope="session")
def frozen_extract(
    pipeline: Pipeline, frozen_parse: Callable[..., ArticleIndex]
) -> Callable[..., Document]:
    """frozen_extract(text, spec, published=None, title=None) -> Document: every stage after
    the parse, on the frozen parse."""

    def _frozen_extract(
        text: str, spec: str, published: str | None = None, title: str | None = None
    ) -> Document:
        return pipeline.stages(frozen_parse(text, spec, published, title))

    return _frozen_extract


@pytest.fixture(scope="session")
def frozen_is_live(
    pipeline: Pipeline, frozen_parse: Callable[..., ArticleIndex]
) -> Callable[..., None]:
    """frozen_is_live(text, spec, published=None, title=None): the installed model parses
    ``text`` as ``spec`` says, and the frozen and the live parse yield the same document.
    Skips when the installed model is not ``FROZEN_MODEL``."""
    installed = model_key(pipeline.nlp)

    def _check(
        text: str, spec: str, published: str | None = None, title: str | None = None
    ) -> None:
        if installed != FROZEN_MODEL:
            pytest.skip(f"parses frozen with {FROZEN_MODEL}, installed {installed}")
        live = pipeline.parse_one(_article(text, published, title))
        frozen = frozen_parse(text, spec, published, title)
        assert token_rows(frozen.doc) == token_rows(live.doc), (
            f"the model parses {text!r} differently; its table now is (tools/freeze_parse.py):\n"
            + format_spec(live.doc)
        )
        assert pipeline.stages(frozen) == pipeline.stages(live)

    return _check


def country_triples(doc: Document) -> set[Triple]:
    """The (source country, target country, CAMEO code) of each event of ``doc``."""
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None, e.cameo)
        for e in doc.events
    }


@pytest.fixture(scope="session")
def frozen_events(frozen_extract: Callable[..., Document]) -> Callable[..., set[Triple]]:
    """frozen_events(parses, text) -> the country triples of ``text``'s events, every stage
    run on its frozen parse ``parses[text]``, published on SEED_PUBLISHED."""

    def _events(parses: Mapping[str, str], text: str) -> set[Triple]:
        if text not in parses:
            pytest.fail(
                f"no frozen parse of {text!r} in the file's PARSES: paste the entry that "
                f"`tools/freeze_parse.py {text!r}` prints"
            )
        return country_triples(frozen_extract(text, parses[text], published=SEED_PUBLISHED))

    return _events


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
def edited_examples_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """A real store of the bundled examples, ingested with the real pipeline, plus an
    edited second version of the .txt article (so one stored version is replaced)."""
    from communique import jobs
    from communique.ingest import read_sources
    from communique.settings import Settings

    folder = tmp_path_factory.mktemp("versions")
    db = folder / "versions.duckdb"
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
def serve_process(
    db: Path, *extra: str, env: Mapping[str, str] | None = None, wait: float = 30
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`communique serve` in a child process on a free loopback port (``env`` added to
    its environment); yields its URL, once it answers, and the process (ended after)."""
    port = free_port()
    main = "import sys; from communique.cli import main; sys.exit(main(sys.argv[1:]))"
    cmd = [sys.executable, "-c", main, "serve", "--db", str(db), "--port", str(port)]
    environ = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNIQUE_")}
    environ.update(env or {})
    proc = subprocess.Popen([*cmd, *extra], stderr=subprocess.PIPE, text=True, env=environ)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + wait
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
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=10)


@contextmanager
def running_server(db: Path, *extra: str) -> Iterator[str]:
    """`communique serve` in a child process on a free loopback port; yields its URL."""
    with serve_process(db, *extra) as (url, _proc):
        yield url


@pytest.fixture(scope="session")
def serving() -> Callable[..., Any]:
    """``serving(db, *args, env=None, wait=30)``: ``serve_process`` as a fixture."""
    return serve_process


@pytest.fixture(scope="session")
def served(edited_examples_db: Path) -> Iterator[str]:
    with running_server(edited_examples_db) as url:
        yield url


@pytest.fixture
def served_judging(edited_examples_db: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`communique serve --audit` over the examples: its URL and its new judging sheet."""
    sheet = tmp_path / "judging.tsv"
    with running_server(edited_examples_db, "--audit", str(sheet), "--audit-n", "6") as url:
        yield url, sheet


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


# ---------------------------------------------------------------- a news site on loopback
class NewsSite:
    """A news site on 127.0.0.1 whose feeds and pages a test changes as it goes.

    ``pages[path] = (title, paragraphs)`` are articles served as real HTML; ``feeds[path]``
    lists article paths (RSS, answered with an ETag and honouring ``If-None-Match``);
    ``atom[path]`` likewise as Atom with ``Last-Modified`` (honouring
    ``If-Modified-Since``); ``sitemaps`` likewise as a sitemap ``<urlset>``, ``sitemap_indexes`` as a
    ``<sitemapindex>`` of such sitemaps. ``broken`` paths answer 500, ``trickle`` paths send their
    body a byte every 0.2 s, ``moved[path] = target`` answers 301, ``slow[path]`` waits
    that many seconds before answering. ``hits`` records (path, headers) of every request;
    ``seen(path)`` is an Event set when a path is first requested.
    """

    def __init__(self) -> None:
        import threading

        self.pages: dict[str, tuple[str, list[str]]] = {}
        self.feeds: dict[str, list[str]] = {}
        self.atom: dict[str, list[str]] = {}
        self.atom_modified: dict[str, str] = {}
        self.sitemaps: dict[str, list[str]] = {}
        self.sitemap_indexes: dict[str, list[str]] = {}
        self.robots = "User-agent: *\nDisallow: /private/\n"
        self.broken: set[str] = set()
        self.trickle: set[str] = set()
        self.moved: dict[str, str] = {}
        self.slow: dict[str, float] = {}
        self.hits: list[tuple[str, dict[str, str]]] = []
        self._events: dict[str, threading.Event] = {}
        self._lock = threading.Lock()
        self.base = ""

    def seen(self, path: str):  # type: ignore[no-untyped-def]
        import threading

        with self._lock:
            return self._events.setdefault(path, threading.Event())

    def count(self, path: str) -> int:
        return sum(1 for p, _ in self.hits if p == path)

    def article(self, path: str, title: str, *paragraphs: str) -> str:
        self.pages[path] = (title, list(paragraphs))
        return self.base + path

    def html(self, path: str) -> bytes:
        title, paragraphs = self.pages[path]
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        return (
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{title} | Loopback News</title>"
            '<meta property="article:published_time" content="2025-08-06"></head><body>'
            '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
            f"<article><h1>{title}</h1>{body}</article>"
            "<footer>Copyright Loopback News</footer></body></html>"
        ).encode()

    def rss(self, path: str) -> bytes:
        items = "".join(
            f"<item><title>{self.pages.get(p, ('untitled',))[0]}</title>"
            f"<link>{self.base}{p}</link><pubDate>Wed, 06 Aug 2025 08:00:00 GMT</pubDate></item>"
            for p in self.feeds[path]
        )
        return (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>'
            f"<link>{self.base}/</link>{items}</channel></rss>"
        ).encode()

    def sitemap(self, path: str) -> bytes:
        urls = "".join(
            f"<url><loc>{p}</loc><lastmod>2025-08-05</lastmod></url>" for p in self.sitemaps[path]
        )
        return (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>"
        ).encode()

    def atom_feed(self, path: str) -> bytes:
        entries = "".join(
            f'<entry><title>t</title><link href="{p}"/><id>{p}</id>'
            "<updated>2025-08-06T08:00:00Z</updated></entry>"
            for p in self.atom[path]
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Loopback World</title><updated>2025-08-06T08:00:00Z</updated>{entries}</feed>"
        ).encode()


def _news_handler(site: NewsSite):  # type: ignore[no-untyped-def]
    import hashlib
    import time
    from http.server import BaseHTTPRequestHandler

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            path = self.path
            site.hits.append((path, {k.lower(): v for k, v in self.headers.items()}))
            site.seen(path).set()
            if path in site.slow:
                time.sleep(site.slow[path])
            if path in site.moved:
                return self._send(301, b"", "text/plain", {"Location": site.moved[path]})
            if path in site.broken:
                return self._send(500, b"server error", "text/plain")
            if path == "/robots.txt":
                return self._send(200, site.robots.encode(), "text/plain")
            if path in site.feeds:
                body = site.rss(path)
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    return self._send(304, b"", None, {"ETag": etag})
                return self._send(200, body, "application/rss+xml", {"ETag": etag})
            if path in site.atom:
                modified = site.atom_modified.setdefault(path, "Wed, 06 Aug 2025 08:00:00 GMT")
                if self.headers.get("If-Modified-Since") == modified:
                    return self._send(304, b"", None, {"Last-Modified": modified})
                body = site.atom_feed(path)
                return self._send(200, body, "application/atom+xml", {"Last-Modified": modified})
            if path in site.sitemap_indexes:
                children = "".join(
                    f"<sitemap><loc>{p}</loc><lastmod>2025-08-0{i + 1}</lastmod></sitemap>"
                    for i, p in enumerate(site.sitemap_indexes[path])
                )
                body = (
                    '<?xml version="1.0"?><sitemapindex '
                    f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}</sitemapindex>'
                ).encode()
                return self._send(200, body, "application/xml")
            if path in site.sitemaps:
                return self._send(200, site.sitemap(path), "application/xml")
            if path in site.pages:
                return self._send(200, site.html(path), "text/html; charset=utf-8")
            return self._send(404, b"not found", "text/plain")

        def _send(
            self, status: int, body: bytes, ctype: str | None, headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            if ctype:
                self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.path in site.trickle:
                for i in range(min(len(body), 50)):  # bounded: at most 10 s
                    try:
                        self.wfile.write(body[i : i + 1])
                        self.wfile.flush()
                    except OSError:
                        return
                    time.sleep(0.2)
                self.close_connection = True
                return
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def news_site():  # type: ignore[no-untyped-def]
    """A ``NewsSite`` served on 127.0.0.1 for the test (see its docstring)."""
    import threading
    from http.server import ThreadingHTTPServer

    site = NewsSite()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _news_handler(site))
    httpd.daemon_threads = True
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield site
    httpd.shutdown()
    httpd.server_close()


# ---------------------------------------------------------------- a small mixed corpus
CORPUS_RECORDS = [
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

CORPUS_PAGES = [
    ("http://news.example/clash", "Border clash", "Chinese troops attacked Indian soldiers."),
    ("http://news.example/flag", "Flag burned", "Protesters in Kenya burned the American flag."),
    ("http://news.example/again", "Talks", "The European Union imposed sanctions on Iran."),
]


def _corpus_warc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, title, text in CORPUS_PAGES:
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


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small real corpus: the examples, a JSON Lines file with a copy, a new version of
    an id and a broken line, a WARC of three pages, a copy of an example under another
    name, an empty and a binary file."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(EXAMPLES, root / "examples")
    lines = [json.dumps(r) for r in CORPUS_RECORDS]
    lines.insert(3, "{not json")
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n")
    (root / "pages.warc.gz").write_bytes(_corpus_warc())
    (root / "copy").mkdir()
    shutil.copy(EXAMPLES / "india-russia-defence-talks.txt", root / "copy" / "same.txt")
    (root / "empty.txt").write_text("")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return root


AUDIT_TEXTS_DIR = ROOT / "tests" / "fixtures" / "audit"


def _warc_of_pages(pages: list[tuple[str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, html in pages:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(html), http_headers=headers
            )
        )
    return buffer.getvalue()


@pytest.fixture(scope="session")
def bbc_like(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder shaped like the BBC politics set (``NNN.txt``: a headline line, a blank
    line, paragraphs; no dates) made of the repository's own texts, with an exact copy
    under another number and a second edition (new headline, same body), beside a WARC of
    the syndicated wire story's five outlet pages (near-copies that form one story)."""
    root = tmp_path_factory.mktemp("bbc-like")
    politics = root / "politics"
    politics.mkdir()
    sources = [
        SEED_TEXT,
        AUDIT_TEXTS_DIR / "belarus-sanctions.txt",
        AUDIT_TEXTS_DIR / "border-talks.txt",
        SYNDICATED / "brazil.txt",
        SYNDICATED / "kenya.txt",
    ]
    texts = []
    for path in sources:
        lines = [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
        texts.append(lines[0] + "\n\n" + "\n\n".join(lines[1:]) + "\n")
    texts.append(texts[1])  # the same text under another number: a duplicate
    head, _, body = texts[2].partition("\n\n")
    texts.append(f"{head} (second edition)\n\n{body}")  # a new text, the same story
    for n, text in enumerate(texts, 1):
        (politics / f"{n:03d}.txt").write_text(text, encoding="utf-8")
    pages = root / "pages"
    pages.mkdir()
    warc = [
        (f"https://wire.example.org/{p.stem}", p.read_bytes())
        for p in write_syndicated(pages, unrelated=False)
    ]
    shutil.rmtree(pages)
    (root / "wire.warc.gz").write_bytes(_warc_of_pages(warc))
    return root


@pytest.fixture(scope="session")
def store_tables() -> Callable[[Path], dict[str, list[tuple[object, ...]]]]:
    """store_tables(db) -> the rows of every record table, of the event records, story
    bands and coder stamps, sorted (the times of writing left out)."""
    from communique.store import TABLES, open_store

    times = {"articles": "ingested_at", "records": "added", "coders": "first_used"}

    def read(db: Path) -> dict[str, list[tuple[object, ...]]]:
        out = {}
        with open_store(db, read_only=True) as store:
            for table in (*TABLES, "records", "article_bands", "coders"):
                drop = f" EXCLUDE ({times[table]})" if table in times else ""
                out[table] = store.fetch(f"SELECT *{drop} FROM {table} ORDER BY ALL")[1]
        return out

    return read


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    """The shipped actor tables, loaded once."""
    return load_knowledge()
