"""Which candidates are dates: checks on the words around them and on the parse."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from communique.dates import find_dates
from communique.dates.filters import keep, plausible
from communique.dates.lexicon import lexicon
from communique.dates.scan import scan
from communique.index import ArticleIndex

WED = "2025-08-06"
VOCAB = spacy.blank("en").vocab


def _dates(parsed: ArticleIndex) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(parsed)]


@pytest.mark.parametrize(
    ("text", "plausible_"),
    [
        ("every Monday", False),
        ("each Friday", False),
        ("every other Tuesday", False),
        ("every single Sunday", False),
        ("on Monday", True),
        ("in the last month", False),  # a duration
        ("over the past weeks", False),
        ("last weeks", False),
        ("in the current year", True),
        ("last month", True),
    ],
)
def test_filters_plausible_without_a_parse(text: str, plausible_: bool) -> None:
    [c] = scan(text)
    assert plausible(c, lexicon()) is plausible_


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        # years that count something
        ("Prices rose 2000 percent in a decade.", []),
        ("The painting sold for $2000 in cash.", []),
        ("He wore jersey No. 1999 at the game.", []),  # regression: "No." is two tokens
        ("Resolution no. 1999 passed.", []),
        ("Reports from 2047 voters arrived.", []),
        ("Some 2000 soldiers arrived on Monday.", [("on Monday", "2025-08-04")]),
        # ... and years that are years
        ("The 2016 candidates met in Iowa.", [("2016", "2016")]),
        ("Officials of fiscal 1989 results met.", [("1989", "1989")]),
        ("He played the piano. 1999 was his year.", [("1999", "1999")]),
        # month names that are names
        ("August Wilson wrote plays about Pittsburgh.", []),
        ("The March of Dimes raised money in March.", [("in March", "2025-03")]),
        ("Rallies in May drew crowds.", [("in May", "2025-05")]),
        # weekdays inside names
        ("She read the Sunday Times on Tuesday.", [("on Tuesday", "2025-08-05")]),
        ("Black Friday sales rose on Friday.", [("on Friday", "2025-08-01")]),
        ("The group met on Bloody Sunday in Derry.", []),
        ("Thousands rallied on Good Friday in Belfast.", [("on Good Friday", "2025-04-18")]),
    ],
)
def test_filters_keep_on_real_parses(
    parse: Callable[..., ArticleIndex], sentence: str, dates: list[tuple[str, str]]
) -> None:
    assert _dates(parse(sentence, published=WED)) == dates


@pytest.mark.parametrize(
    ("words", "ents", "kept"),
    [
        # a weekday inside a longer name the NER gives another type
        (["They", "marked", "Freedom", "Sunday"], ["O", "O", "B-EVENT", "I-EVENT"], False),
        (["They", "read", "Sunday", "Times"], ["O", "O", "B-ORG", "I-ORG"], False),
        (["They", "met", "Sunday", "evening"], ["O", "O", "B-DATE", "I-DATE"], True),
        (["They", "met", "on", "Sunday"], ["O", "O", "O", "B-DATE"], True),
        # a month the NER calls a person, a place or a work
        (["They", "met", "in", "October"], ["O", "O", "O", "B-WORK_OF_ART"], False),
        (["They", "met", "in", "October"], ["O", "O", "O", "B-DATE"], True),
        # an ambiguous month: a date only with a cue word or a DATE entity
        (["Talks", "with", "June"], ["O", "O", "B-DATE"], True),
        (["Talks", "with", "June"], ["O", "O", "O"], False),
        (["Talks", "in", "June"], ["O", "O", "O"], True),
    ],
)
def test_filters_keep_reads_entities(words: list[str], ents: list[str], kept: bool) -> None:
    doc = Doc(VOCAB, words=words, ents=ents)
    c = scan(doc.text)[-1]
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    assert span is not None
    assert keep(c, span, lexicon(), date(2025, 8, 6)) is kept
