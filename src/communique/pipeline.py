"""Article → Document: the one place that knows the order of the stages.

    nlp (parse, blocks, sentences) → actors → dates → events → quotes → Document

A ``Pipeline`` loads the spaCy model, the actor knowledge and the event lexicon once;
``run`` streams articles through the stages in batches and yields one ``Document`` per
article, in input order.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Literal, overload

from spacy.language import Language

from . import actors as actor_stage
from . import dates as date_stage
from . import events as event_stage
from . import quotes as quote_stage
from .models import Article, Document, Skipped
from .nlp import Parsed, load_model, parse
from .settings import Settings

log = logging.getLogger("communique")


class Pipeline:
    """The extraction pipeline, configured once from ``Settings``."""

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = nlp if nlp is not None else load_model(self.settings.model)
        self.knowledge = actor_stage.load_knowledge(self.settings.dictionaries)
        self.lexicon = event_stage.load_lexicon(self.settings.lexicon)

    @property
    def model_name(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"

    def stages(self, parsed: Parsed) -> Document:
        """Run the stages after parsing on one parsed article."""
        mentions = actor_stage.find_actors(parsed, self.knowledge)
        dates = date_stage.find_dates(parsed)
        events = event_stage.code_events(parsed, mentions, dates, self.lexicon)
        quotes = quote_stage.find_quotes(parsed, mentions)
        return Document(
            article=parsed.article,
            sentences=tuple(parsed.sentences),
            actors=tuple(mentions),
            events=tuple(events),
            quotes=tuple(quotes),
            dates=tuple(dates),
        )

    @overload
    def run(
        self,
        articles: Iterable[Article],
        *,
        batch_size: int | None = ...,
        n_process: int | None = ...,
        errors: Literal["raise"] = ...,
    ) -> Iterator[Document]: ...

    @overload
    def run(
        self,
        articles: Iterable[Article],
        *,
        batch_size: int | None = ...,
        n_process: int | None = ...,
        errors: Literal["skip"],
    ) -> Iterator[Document | Skipped]: ...

    def run(
        self,
        articles: Iterable[Article],
        *,
        batch_size: int | None = None,
        n_process: int | None = None,
        errors: Literal["raise", "skip"] = "raise",
    ) -> Iterator[Document] | Iterator[Document | Skipped]:
        """One Document per article, in input order.

        With ``errors="skip"`` a stage that fails on one article yields a ``Skipped``
        (reason ``stage-error``) for it instead of stopping the whole run.
        """
        parsed_stream = parse(
            self.nlp,
            articles,
            batch_size=batch_size or self.settings.batch_size,
            n_process=n_process or self.settings.n_process,
        )
        if errors == "raise":
            return (self.stages(parsed) for parsed in parsed_stream)
        return self._run_skipping(parsed_stream)

    def _run_skipping(self, parsed_stream: Iterable[Parsed]) -> Iterator[Document | Skipped]:
        for parsed in parsed_stream:
            try:
                yield self.stages(parsed)
            except Exception as exc:  # one bad article must not stop a batch
                log.warning(
                    "stage error on %s: %r",
                    parsed.article.id,
                    exc,
                    exc_info=log.isEnabledFor(logging.DEBUG),
                )
                yield Skipped(parsed.article.id, "stage-error", f"{type(exc).__name__}: {exc}")

    def parse_one(self, article: Article) -> Parsed:
        return next(parse(self.nlp, [article], batch_size=1, n_process=1))

    def extract(
        self,
        text: str,
        *,
        published: str | None = None,
        title: str | None = None,
        id: str = "text",
        url: str | None = None,
    ) -> Document:
        """Extract everything from one text."""
        article = Article(
            id=id,
            text=text,
            title=title,
            published=published,
            published_origin="flag" if published else None,
            url=url,
        )
        return self.stages(self.parse_one(article))
