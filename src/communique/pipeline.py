"""Article → Document: the one place that knows the order of the stages.

    nlp (parse → ArticleIndex) → actors → quotes → dates → events → Document

A ``Pipeline`` loads the spaCy model, the actor knowledge and the event lexicon once;
``run`` streams articles through the stages in batches and yields one ``Document`` per
article, in input order. Each stage reads the layers the earlier ones left on the
article's index (``index.ArticleIndex``) and adds its own: the quotes stage needs the
actors (speakers are actor mentions), the event coder needs all three (who is speaking,
and when). ``stages(index, trace=...)`` records what each stage decided; ``explain``
shows that record.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal, overload

from spacy.language import Language

from . import __version__
from . import actors as actor_stage
from . import dates as date_stage
from . import events as event_stage
from . import quotes as quote_stage
from .errors import InputError
from .index import ArticleIndex
from .models import Article, Document, Skipped
from .nlp import load_model, parse
from .policy import CoderPolicy
from .settings import Settings
from .stamp import coder_stamp

log = logging.getLogger("communique")


@dataclass
class Trace:
    """What each stage decided for one article, for ``communique explain``.

    ``index`` is the article's index after every stage ran (the parse and each stage's
    layer: mentions, quotations, dates); ``events`` the coder's decisions, one line each.
    """

    index: ArticleIndex | None = None
    events: list[str] = field(default_factory=list)

    def record(self, index: ArticleIndex) -> None:
        self.index = index


#: Characters no parser or output can take, each replaced by one of the same length.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def usable_text(text: object) -> str:
    """``text`` as a str every stage and every output can take (see ``Pipeline.extract``)."""
    if isinstance(text, bytes | bytearray):
        from .ingest.decode import NotText, decode

        try:
            text = decode(bytes(text), None)
        except NotText as exc:
            raise InputError(f"the bytes given are not text ({exc.reason}: {exc.detail})") from None
    if not isinstance(text, str):
        raise TypeError(f"the article text must be a str (or bytes), not {type(text).__name__}")
    return _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text))


class Pipeline:
    """The extraction pipeline, configured once from ``Settings``."""

    def __init__(
        self,
        settings: Settings | None = None,
        nlp: Language | None = None,
        policy: CoderPolicy | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.policy = policy or CoderPolicy()
        self.nlp = nlp if nlp is not None else load_model(self.settings.model)
        self.knowledge = actor_stage.load_knowledge(self.settings.dictionaries)
        self.lexicon = event_stage.load_lexicon(self.settings.lexicon)
        meta = self.nlp.meta
        self.stamp = coder_stamp(
            __version__,
            f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}",
            str(meta.get("version", "?")),
            (*self.settings.lexicon, *self.settings.dictionaries),
            repr(self.policy),
        )

    @property
    def model_name(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"

    def stages(self, index: ArticleIndex, trace: Trace | None = None) -> Document:
        """Run the stages after parsing on one indexed article, in their order.

        ``trace``, when given, receives what each stage decided (``Trace``).
        """
        mentions = actor_stage.find_actors(index, self.knowledge)
        quotes = quote_stage.find_quotes(index, self.policy)
        dates = date_stage.find_dates(index)
        coder_lines = trace.events if trace is not None else None
        events = event_stage.code_events(index, self.lexicon, self.policy, trace=coder_lines)
        if trace is not None:
            trace.record(index)
        return Document(
            article=index.article,
            sentences=tuple(index.sentences),
            actors=tuple(mentions),
            events=tuple(events),
            quotes=tuple(quotes),
            dates=tuple(dates),
            coder=self.stamp,
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

        With ``errors="skip"`` an article that cannot be parsed (``too-long``,
        ``parse-error``: see ``nlp.parse``) or that a stage fails on (``stage-error``)
        yields a ``Skipped`` instead of stopping the whole run; with ``errors="raise"``
        the first such article raises.
        """
        parsed_stream = parse(
            self.nlp,
            articles,
            batch_size=batch_size or self.settings.batch_size,
            n_process=n_process or self.settings.n_process,
            max_chars=self.settings.max_chars,
            errors=errors,
        )
        if errors == "raise":
            return (self.stages(p) for p in parsed_stream if isinstance(p, ArticleIndex))
        return self._run_skipping(parsed_stream)

    def _run_skipping(
        self, parsed_stream: Iterable[ArticleIndex | Skipped]
    ) -> Iterator[Document | Skipped]:
        for parsed in parsed_stream:
            if isinstance(parsed, Skipped):
                yield parsed
                continue
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

    def parse_one(self, article: Article) -> ArticleIndex:
        """The article parsed (``InputError`` when it is longer than ``max_chars``)."""
        parsed = next(
            parse(self.nlp, [article], batch_size=1, n_process=1, max_chars=self.settings.max_chars)
        )
        assert isinstance(parsed, ArticleIndex)  # errors="raise" yields no Skipped
        return parsed

    def extract(
        self,
        text: str | bytes,
        *,
        published: str | None = None,
        title: str | None = None,
        id: str = "text",
        url: str | None = None,
        trace: Trace | None = None,
    ) -> Document:
        """Extract everything from one text (``trace``: see ``stages``).

        ``text`` is a str, or bytes decoded as the readers decode a file (``InputError``
        for bytes that are no text). Control characters (NUL …) become spaces and lone
        surrogates U+FFFD, so that offsets still point into the text as given; a text
        longer than ``max_chars`` is an ``InputError``.
        """
        article = Article(
            id=id,
            text=usable_text(text),
            title=title,
            published=published,
            published_origin="flag" if published else None,
            url=url,
        )
        return self.stages(self.parse_one(article), trace)
