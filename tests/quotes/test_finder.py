"""The quotes stage's pass over an article: quotations joined across their cue, carried
over paragraphs, their offsets, and the seed article's six quotations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.index import ArticleIndex
from communique.models import Quote
from communique.pipeline import Pipeline

QuotesOf = Callable[..., list[Quote]]


def _speaker_words(q: Quote) -> str:
    assert q.speaker is not None, q
    return f"{q.speaker.text} {q.speaker.name or ''}"


def test_finder_cue_in_the_middle_joins_parts(quotes_of: QuotesOf) -> None:
    (q,) = quotes_of("“We are ready,” Peskov said. “The rest is up to Kyiv.”")
    assert "We are ready" in q.text and "The rest is up to Kyiv" in q.text
    assert "Peskov" in _speaker_words(q)


def test_finder_quotation_ending_a_sentence_takes_no_cue_from_the_next(
    quotes_of: QuotesOf,
) -> None:
    text = (
        "Senator Amy Klobuchar told supporters that the plan was “dead on arrival.” "
        "Governor Tim Walz says the budget will pass."
    )
    (q,) = quotes_of(text)
    assert "Klobuchar" in _speaker_words(q)


def test_finder_carry_over_paragraph(quotes_of: QuotesOf) -> None:
    text = (
        "“We will keep buying oil,” Indian Oil Minister Hardeep Puri told reporters.\n\n"
        "“Our consumers come first, and prices must stay low.”"
    )
    first, second = quotes_of(text)
    assert second.speaker == first.speaker
    assert "Puri" in _speaker_words(second)


def test_finder_open_paragraph_takes_speaker_from_the_next(
    quotes_of: QuotesOf,
) -> None:
    text = (
        "“We shall fight on the beaches and in the fields.\n\n"
        "“We shall never surrender,” Prime Minister Winston Churchill told parliament."
    )
    first, second = quotes_of(text)
    assert first.speaker is not None and first.speaker == second.speaker
    assert "Churchill" in _speaker_words(first)


def test_finder_ap_wire_marks(quotes_of: QuotesOf) -> None:
    (q,) = quotes_of("``We have no plans to raise rates,'' Fed Chairman Jerome Powell said.")
    assert q.text.startswith("We have no plans")
    assert "Powell" in _speaker_words(q)


def test_finder_headline_straight_single_quotes(quotes_of: QuotesOf) -> None:
    title = "Minister Slams 'Reckless' Budget Plan"
    text = f"{title}\n\nThe finance minister criticised the plan on Monday."
    quotes = quotes_of(text, [], title=title)
    assert [q.text for q in quotes] == ["Reckless"]


def test_finder_unbalanced_mark_does_not_swallow_rest(quotes_of: QuotesOf) -> None:
    text = (
        "The minister said “the deal is done.\n\n"
        "Officials later met in Geneva to discuss trade.\n\n"
        "“Nothing was agreed,” a diplomat said."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["the deal is done.", "Nothing was agreed,"]


def test_finder_offsets_point_into_text(quotes_of: QuotesOf) -> None:
    text = "Officials met. “We are ready,” Peskov said."
    (q,) = quotes_of(text)
    assert text[q.start : q.end] == q.text


SEED_QUOTES = [
    ("warm and friendly atmosphere", "Ministry", "RUS"),
    ("The two sides engaged in a detailed discussion", "Ministry", "RUS"),
    ("We hear many statements that are in fact threats", "Peskov", "RUS"),
    ("We believe that sovereign countries should have", "Peskov", "RUS"),
    ("unjustified and unreasonable", "Delhi", "IND"),
    ("India’s imports are intended to provide predictable", "MEA", "IND"),
]


@pytest.mark.parametrize("contains, speaker, country", SEED_QUOTES)
def test_finder_seed_article(
    seed_parsed: ArticleIndex, pipeline: Pipeline, contains: str, speaker: str, country: str
) -> None:
    """The six quotations of the seed article, through the real pipeline (actor stage
    included): each found once, with its speaker and the speaker's country."""
    quotes = pipeline.stages(seed_parsed).quotes
    (q,) = [q for q in quotes if contains in q.text]
    assert q.speaker is not None
    assert speaker in f"{q.speaker.text} {q.speaker.name}"
    assert q.speaker.country == country


def test_finder_archive_marks_at_both_ends(quotes_of: QuotesOf) -> None:
    """Archive style writes '' to open and to close; such articles gave no quotation."""
    text = (
        "''We have to look at ISIS as the leading threat,'' Mrs. Clinton said. "
        "''It cannot be contained; it must be defeated.''"
    )
    (q,) = quotes_of(text)
    assert q.text == (
        "We have to look at ISIS as the leading threat, It cannot be contained; it must be "
        "defeated."
    )
    assert "Clinton" in _speaker_words(q)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # no cue word and no speaker: a scare quote
        ("The so-called “political revolution” spread across the state.", []),
        ("By some accounts the group had been ''contained'' in Iraq and Syria.", []),
        # a cue word ties it to its speaker: a quotation, however short
        ("Trump called Rubio “little” at the rally.", ["little"]),
        ("“Absolutely not,” Clinton said.", ["Absolutely not,"]),
        # longer than three words: a quotation even without a cue
        ("The crowd chanted “we want our country back” for hours.", ["we want our country back"]),
    ],
)
def test_finder_short_scare_quotes_are_no_quotations(
    quotes_of: QuotesOf, text: str, quoted: list[str]
) -> None:
    assert [q.text for q in quotes_of(text)] == quoted


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a name in title case held by a clause with no verb of saying
        ("The strikes came before the “Winter of Discontent” in 1978.", []),
        ("Mr Brown is seen as more “Old Labour” than Mr Blair.", []),
        # a short term inside a noun phrase outside the marks
        ("Labour has unveiled its own “points system” for migrants.", []),
        ("Mr Straw will back a “yes” vote next year.", []),
        # framed or said: still a quotation
        ("Mr Fox described the pledges as “vacuous”.", ["vacuous"]),
        ("Mr Howard said the plan was a “stealth tax”.", ["stealth tax"]),
    ],
)
def test_finder_quoted_names_and_terms_are_no_quotations(
    quotes_of: QuotesOf, text: str, quoted: list[str]
) -> None:
    assert [q.text for q in quotes_of(text)] == quoted
