"""Time expressions anchored to the publication date.

Public interface::

    find_dates(index) -> list[DateMention]    (sets the index's date layer)
    resolve(text, published, *, tense="past") -> str | None

How it works: ``scan`` finds candidate expressions with regular expressions built from
``data/date_words.yaml`` (explicit dates, months, years, weekdays, today/yesterday,
last/this/next week|month|year, N units ago, the weekend, holidays, anaphors such as
"later that year"); ``find_dates`` drops candidates the parse shows are not dates (a
bare "May" that is a name, a "2000" that counts "2000 soldiers", "every Monday"), reads
the tense of the governing verb (``tense``) and lets ``anchor`` give each one its value.
Every value is read from the parts the scan's patterns captured (day, month, year,
weekday, modifier) and computed by ``calendar`` (python-dateutil's arithmetic).

Values keep the expression's granularity: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``,
``YYYY-Www`` (ISO week) or ``start/end`` (the weekend). Not emitted: durations ("for two
weeks", "the past year"), times of day ("at 3 p.m."), sets ("every Monday"), seasons,
quarters, decades and vague words ("recently", "now"). "tonight", "this morning" and a
weekday with a part of the day ("Thursday morning") are given the day they fall on.

Without a publication date only self-contained expressions are emitted (a full date,
a month with its year, a year, and anaphors anchored to those); relative ones are left
out rather than emitted with no value.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..errors import BadDateError
from ..models import DateMention
from .anchor import Ref, anchor
from .filters import keep, plausible
from .lexicon import lexicon, norm
from .scan import scan
from .tense import governing_tense

if TYPE_CHECKING:  # the parse is handed in; importing the dates stage loads no spaCy
    from ..index import ArticleIndex

__all__ = ["find_dates", "resolve"]

_TENSES = ("past", "future", "present")
#: Blocks whose dates are not the article's: photo credits, navigation.
_SKIPPED_BLOCKS = frozenset({"credit", "nav"})


def _published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def find_dates(index: ArticleIndex) -> list[DateMention]:
    """The date expressions of an indexed article, anchored to its publication date.

    Sets the index's date layer (``ArticleIndex.add_dates``).
    """
    out = _find(index)
    index.add_dates(out)
    return out


def _find(parsed: ArticleIndex) -> list[DateMention]:
    lex = lexicon()
    text = parsed.article.text
    doc = parsed.doc
    published = _published(parsed.article.published)
    out: list[DateMention] = []
    ref: Ref | None = None
    for c in scan(text):
        if not plausible(c, lex):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or len(span) == 0 or not keep(c, span, lex, published):
            continue
        sentence = parsed.sentence_index(span.root)
        if sentence >= 0 and parsed.sentences[sentence].kind in _SKIPPED_BLOCKS:
            continue  # "© 2025 Reuters", a breadcrumb's date
        tense = governing_tense(span, lex)
        if (
            c.prep_start is not None
            and norm(text[c.prep_start : c.start]) in lex.forward_prepositions
        ):
            tense = "future"
        got = anchor(c, lex, published, tense, ref)
        if got is None:
            continue
        if c.kind not in ("anaphor", "offset"):
            # anaphors point back at the last anchored date, not at each other
            # ("a year earlier … a year earlier" are both the year before that date)
            ref = got.ref or ref
        start = c.text_start
        out.append(
            DateMention(
                text=text[start : c.end],
                value=got.value,
                start=start,
                end=c.end,
                sentence=sentence,
            )
        )
    return out


def resolve(text: str, published: str, *, tense: str = "past") -> str | None:
    """The value of one time expression, as if governed by a verb in ``tense``.

    ``text`` is the expression alone ("on Tuesday", "last month", "Aug. 5");
    ``published`` the ISO date it is anchored to; ``tense`` one of past, future,
    present. None when ``text`` holds no date this stage knows.
    """
    if tense not in _TENSES:
        raise BadDateError(f"tense must be one of {', '.join(_TENSES)}, not {tense!r}")
    pub = _published(published)
    if pub is None:
        raise BadDateError(f"not an ISO date (YYYY-MM-DD): {published!r}")
    lex = lexicon()
    cands = [c for c in scan(text) if plausible(c, lex)]
    if not cands:
        return None
    c = max(cands, key=lambda c: c.end - c.start)
    got = anchor(c, lex, pub, tense, None)
    return got.value if got else None
