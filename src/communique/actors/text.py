"""Text keys for matching names: case-, accent- and punctuation-insensitive.

A name's *key* is its letters and digits, lower-cased, accents stripped and apostrophes
folded: "Côte d’Ivoire" → ``cotedivoire``, "U.S." → ``us``, "Col-Gen" → ``colgen``.
Keys of consecutive tokens are concatenated, so a table entry matches however spaCy
splits it into tokens. Short keys (three characters or fewer) are acronyms and match
only when written in capitals ("US", never "us").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
#: Keys this short only match text written in capitals.
ACRONYM_MAX = 3


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents, fold curly apostrophes and quotes."""
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


#: Common transliteration variants folded to one spelling inside keys.
_VARIANTS = re.compile(r"m[ou]hamm?[ae]d")


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """The matching key of a name: folded letters and digits only.

    Variant spellings of Mohamed (Mohammed, Muhammad, Mohammad…) share one key.
    """
    return _VARIANTS.sub("mohamed", _NON_ALNUM.sub("", fold(text)))


def words(text: str) -> list[str]:
    """Folded word tokens of a phrase (for checks on first/last words)."""
    return [w for w in re.split(r"[^\w]+", fold(text)) if w]


def is_capitalised(text: str) -> bool:
    """True when the first letter of ``text`` is upper-case."""
    for c in text:
        if c.isalpha():
            return c.isupper()
    return bool(text) and text[0].isdigit()


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def acronym_plural(text: str) -> bool:
    """An acronym with a plural "s": "MPs", "MEPs", "NGOs" (spaCy often tags it NNP)."""
    return len(text) >= 3 and text[-1] == "s" and text[:-1].isalpha() and text[:-1].isupper()


def plural_noun(tag: str, text: str) -> bool:
    """Whether a noun token (its tag and text) is plural: NNS/NNPS, or "MPs"."""
    return tag in {"NNS", "NNPS"} or acronym_plural(text)


def word_bounds(name: str) -> set[int]:
    """Key lengths at which the words of ``name`` end ("Col-Gen Fomin" → {3, 6, 11})."""
    out: set[int] = set()
    total = 0
    for part in _NON_ALNUM.split(fold(name)):
        if part:
            total += len(key(part))
            out.add(total)
    return out
