"""Near-duplicate text detection: word shingles, MinHash signatures and LSH bands.

An article's *shingles* are the set of its overlapping runs of ``SHINGLE`` words
(lower-cased, punctuation dropped) taken from its body and heading lines only: the
title, navigation, captions and credits are what syndicated copies change, so they are
left out (``segments.classify`` says which line is which). Two texts are the same story
when the Jaccard similarity of their shingle sets is high.

A *MinHash signature* summarises a shingle set in ``PERMUTATIONS`` 32-bit numbers: the
fraction of positions where two signatures agree estimates the Jaccard similarity of the
sets (standard error about 0.04 at 128 permutations). The signature is cut into
``BANDS`` bands of ``ROWS`` numbers; two texts that agree on a whole band are
*candidates* (locality-sensitive hashing). With 32 bands of 4 rows, a pair with Jaccard
0.6 becomes a candidate with probability 0.99, one with 0.2 with probability 0.05, so a
new article is compared only with the few stored articles that share a band with it.

Everything here is pure and deterministic (a fixed seed): the same text gives the same
signature on every machine, so signatures can be stored and compared later.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from ..models import Article
from ..segments import classify

#: Words per shingle.
SHINGLE = 5
#: MinHash permutations (the signature's length).
PERMUTATIONS = 128
#: LSH bands and rows per band (BANDS * ROWS == PERMUTATIONS).
BANDS = 64
ROWS = 2
#: Line kinds whose words are shingled.
SHINGLED_KINDS = frozenset({"body", "heading"})

_PRIME = (1 << 61) - 1
_RNG = np.random.default_rng(20251130)
_A = _RNG.integers(1, 1 << 31, size=PERMUTATIONS, dtype=np.uint64)
_B = _RNG.integers(0, 1 << 31, size=PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")
_MASK = np.uint64(0xFFFFFFFF)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits), punctuation dropped."""
    return _WORD.findall(text.lower())


def story_text(article: Article) -> str:
    """The lines of an article that identify its story: body and headings, in order."""
    blocks = classify(article.text, article.title)
    kept = [article.text[b.start : b.end] for b in blocks if b.kind in SHINGLED_KINDS]
    return "\n".join(kept) if kept else article.text


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The set of ``size``-word runs of ``text`` (one run of all words when shorter)."""
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """The exact Jaccard similarity of two sets (0 for two empty sets)."""
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def signature(items: Iterable[str]) -> np.ndarray | None:
    """The MinHash signature (``PERMUTATIONS`` uint32) of a set of strings; None if empty."""
    hashes = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in items), dtype=np.uint64, count=-1)
    if hashes.size == 0:
        return None
    values = (np.outer(hashes, _A) + _B) % np.uint64(_PRIME) & _MASK
    return values.min(axis=0).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard similarity two signatures estimate: the share of equal positions."""
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass(frozen=True)
class Sketch:
    """What is kept of a text to compare it later: its signature and its shingle count."""

    signature: np.ndarray
    size: int


def sketch(items: set[str]) -> Sketch | None:
    """The sketch of a shingle set (None for an empty set)."""
    sig = signature(items)
    return Sketch(sig, len(items)) if sig is not None else None


def containment(a: Sketch | None, b: Sketch | None) -> float:
    """The estimated share of the smaller text's shingles that the other text has.

    From the estimated Jaccard similarity J and the set sizes: the shared shingles are
    J / (1 + J) * (|A| + |B|). A copy cut short, or with lines added, keeps a high
    containment where its Jaccard similarity drops.
    """
    if a is None or b is None:
        return 0.0
    j = similarity(a.signature, b.signature)
    shared = j / (1 + j) * (a.size + b.size)
    return min(1.0, shared / min(a.size, b.size))


def bands(sig: np.ndarray) -> list[int]:
    """The LSH band keys of a signature: one signed 64-bit hash per band (with its index)."""
    keys = []
    for i in range(BANDS):
        chunk = sig[i * ROWS : (i + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([i]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def article_sketch(article: Article) -> Sketch | None:
    """The sketch of an article's story text (None when it has no words)."""
    return sketch(shingles(story_text(article)))
