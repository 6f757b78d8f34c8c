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

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from spacy.language import Language

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
