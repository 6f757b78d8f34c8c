"""The token rule of the gold README: how two texts are compared.

Tokens are lower-cased ``\\w+`` runs after folding curly quotes and apostrophes to
straight ones. Two texts *overlap* when their token sets have a Jaccard index of at
least 0.5, or when one is a contiguous token run of the other. ``pair`` makes
one-to-one pairs between two lists, best overlap first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from ..data import read_text

A = TypeVar("A")
B = TypeVar("B")

_WORD = re.compile(r"\w+")
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})
#: Jaccard threshold above which two texts overlap.
MIN_JACCARD = 0.5


def tokens(text: str | None) -> list[str]:
    """The lower-cased word tokens of ``text`` (quotes and apostrophes folded)."""
    if not text:
        return []
    return _WORD.findall(text.translate(_FOLD).lower())


def jaccard(a: Sequence[str], b: Sequence[str]) -> float:
    """Jaccard index of the token sets of ``a`` and ``b`` (0 when either is empty)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def is_run(inner: Sequence[str], outer: Sequence[str]) -> bool:
    """Whether ``inner`` occurs as a contiguous run of tokens inside ``outer``."""
    n = len(inner)
    if n == 0 or n > len(outer):
        return False
    first = inner[0]
    return any(
        outer[i] == first and list(outer[i : i + n]) == list(inner)
        for i in range(len(outer) - n + 1)
    )


def overlap_score(a: str | None, b: str | None) -> float:
    """How well two texts overlap: their Jaccard index, or 0 when they do not overlap.

    A contained run with a Jaccard below 0.5 still overlaps; it scores its Jaccard
    (always above 0), so fuller overlaps rank first when pairs are made.
    """
    ta, tb = tokens(a), tokens(b)
    j = jaccard(ta, tb)
    if j >= MIN_JACCARD or is_run(ta, tb) or is_run(tb, ta):
        return j
    return 0.0


def overlaps(a: str | None, b: str | None) -> bool:
    """Whether two texts overlap under the token rule."""
    return overlap_score(a, b) > 0.0


def pair(
    gold: Sequence[A],
    predicted: Sequence[B],
    gold_text: Callable[[A], str | None],
    predicted_text: Callable[[B], str | None],
) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, predicted index)`` of overlapping texts.

    Pairs are taken best overlap first; ties go to the earlier gold, then the earlier
    prediction.
    """
    scored = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            s = overlap_score(gold_text(g), predicted_text(p))
            if s > 0.0:
                scored.append((-s, i, j))
    scored.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j))
    return sorted(pairs)


@lru_cache(maxsize=1)
def ignored_name_words() -> frozenset[str]:
    """Titles and function words left out when two speaker names are compared."""
    words = set()
    for line in read_text("evaluate_ignored_words.txt").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(tokens(line))
    return frozenset(words)


def name_tokens(text: str | None) -> set[str]:
    """The tokens of a speaker or actor name that can identify it (titles dropped)."""
    ignored = ignored_name_words()
    return {t for t in tokens(text) if t not in ignored}


def share_name_token(a: str | None, *others: str | None) -> bool:
    """Whether ``a`` shares an identifying token with any of ``others``."""
    mine = name_tokens(a)
    return any(mine & name_tokens(o) for o in others)
