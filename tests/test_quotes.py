"""Quotation finding and speaker attribution, on small sentences and the seed article."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.index import ArticleIndex
from communique.models import ActorMention, Quote
from communique.pipeline import Pipeline
from communique.quotes import find_quotes, load_cues
from communique.quotes.spans import quote_spans


def _quotes(
    parse: Callable[..., ArticleIndex], text: str, mentions: list[ActorMention] | None = None
) -> list[Quote]:
    parsed = parse(text)
    if mentions is None:
        mentions = [
            ActorMention(
                text=e.text,
                start=e.start_char,
                end=e.end_char,
                sentence=parsed.sentence_index(e[0]),
                name=e.text,
                kind={"PERSON": "person", "GPE": "country"}.get(e.label_, "organisation"),
            )
            for e in parsed.doc.ents
            if e.label_ in ("PERSON", "ORG", "GPE", "NORP")
        ]
    parsed.add_mentions(mentions)
    return find_quotes(parsed)


def _spans(text: str) -> list[str]:
    blocks, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append((pos, pos + len(line)))
        pos += len(line) + 1
    return [text[s.start : s.end] for s in quote_spans(text, blocks)]


def _speaker_words(q: Quote) -> str:
    assert q.speaker is not None, q
    return f"{q.speaker.text} {q.speaker.name or ''}"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said “we will win” today.", ["we will win"]),
        ('He said "we will win" today.', ["we will win"]),
        ("He said ``we will win'' today.", ["we will win"]),
        ("Trump’s ‘Very Good Reporter’ remark.", ["Very Good Reporter"]),
        ("Russia’s talks and India’s don’t matter in the ’90s.", []),
        ("Russia's talks and India's don't matter in the '90s.", []),
        ('The 6\'2" centre said "we lost."', ["we lost."]),
        ("Lyon said «nous gagnerons» hier.", ["nous gagnerons"]),
        ("“Don’t go,” she said, “it’s Russia’s call.”", ["Don’t go,", "it’s Russia’s call."]),
        ("“We saw ‘fake news’ everywhere,” he said.", ["We saw ‘fake news’ everywhere,"]),
        ("''We will win,'' he said. ''Soon.''", ["We will win,", "Soon."]),
        ("She had been ''contained'' in Iraq.", ["contained"]),
        ("He said, ''The fact is, we stopped them.''", ["The fact is, we stopped them."]),
        ("The boys'' club met.", []),
    ],
)
def test_quote_spans_marks_and_apostrophes(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


def test_quote_spans_unbalanced_mark_stops_at_paragraph_end() -> None:
    text = (
        "He said “this never closes.\n\nThe next paragraph is plain prose.\n\nAnd so is this one."
    )
    assert _spans(text) == ["this never closes."]


def test_quote_spans_multi_paragraph_quotation() -> None:
    text = "“First part of it.\n\n“Second part,” he said."
    assert _spans(text) == ["First part of it.", "Second part,"]


def test_quotes_cue_after_curly(parse: Callable[..., ArticleIndex]) -> None:
    (q,) = _quotes(
        parse, "“We will not accept these terms,” Foreign Minister Sergei Lavrov told reporters."
    )
    assert q.text.startswith("We will not accept")
    assert q.cue == "told"
    assert "Lavrov" in _speaker_words(q)


def test_quotes_straight_cue_before(parse: Callable[..., ArticleIndex]) -> None:
    (q,) = _quotes(parse, 'Senator Maria Lopez said, "The bill is dead."')
    assert q.text == "The bill is dead."
    assert "Lopez" in _speaker_words(q)


def test_quotes_inverted_cue(parse: Callable[..., ArticleIndex]) -> None:
    (q,) = _quotes(parse, "“The talks went well,” said a U.S. Embassy official in Nairobi.")
    assert q.cue == "said"
    assert "official" in q.speaker.text if q.speaker else False


def test_quotes_cue_in_the_middle_joins_parts(parse: Callable[..., ArticleIndex]) -> None:
    (q,) = _quotes(parse, "“We are ready,” Peskov said. “The rest is up to Kyiv.”")
    assert "We are ready" in q.text and "The rest is up to Kyiv" in q.text
    assert "Peskov" in _speaker_words(q)


def test_quotes_quotation_ending_a_sentence_takes_no_cue_from_the_next(
    parse: Callable[..., ArticleIndex],
) -> None:
    text = (
        "Senator Amy Klobuchar told supporters that the plan was “dead on arrival.” "
        "Governor Tim Walz says the budget will pass."
    )
    (q,) = _quotes(parse, text)
    assert "Klobuchar" in _speaker_words(q)


def test_quotes_question_then_inverted_cue(parse: Callable[..., ArticleIndex]) -> None:
    text = "If the talks fail, “why would anyone invest here?” asked Anita Dunn, a strategist."
    (q,) = _quotes(parse, text)
    assert "Dunn" in _speaker_words(q)


def test_quotes_british_single_quotes_and_title_apposition(
    parse: Callable[..., ArticleIndex],
) -> None:
    text = (
        "The Prime Minister, Keir Starmer, said the violence was ‘thuggery, pure and simple’.\n\n"
        "‘Those who took part will face the law,’ he told broadcasters."
    )
    first, second = _quotes(parse, text)
    assert first.text == "thuggery, pure and simple"
    assert first.speaker is not None and first.speaker.name == "Keir Starmer"
    assert second.speaker is not None and second.speaker.name == "Keir Starmer"


def test_quotes_title_description_names_the_titled_person(
    parse: Callable[..., ArticleIndex],
) -> None:
    text = (
        "Foreign Secretary David Lammy spoke to his French counterpart on Friday. "
        "The Foreign Secretary said the talks were “productive.”"
    )
    (q,) = _quotes(parse, text)
    assert q.speaker is not None and q.speaker.name == "David Lammy"


def test_quotes_verbless_lead_in_names_the_statement_owner(
    parse: Callable[..., ArticleIndex],
) -> None:
    text = "Aides say the governor will back Cruz. From Jeb Bush's Facebook post: “We must unite.”"
    (q,) = _quotes(parse, text)
    assert q.cue == "post"
    assert "Bush" in _speaker_words(q)


def test_quotes_relative_clause_speaker(parse: Callable[..., ArticleIndex]) -> None:
    text = "The talks were attended by Kremlin aide Yuri Ushakov, who said the meeting was “very useful.”"
    (q,) = _quotes(parse, text)
    assert "Ushakov" in _speaker_words(q)


def test_quotes_partial_quotation_with_called(parse: Callable[..., ArticleIndex]) -> None:
    (q,) = _quotes(
        parse, "New Delhi has called the threats “unjustified and unreasonable” and vowed to act."
    )
    assert q.text == "unjustified and unreasonable"
    assert q.cue == "called"
    assert "Delhi" in _speaker_words(q)


def test_quotes_pronoun_speaker_resolves_to_person(parse: Callable[..., ArticleIndex]) -> None:
    text = (
        "Prime Minister Anthony Albanese met the trade delegation in Canberra on Monday.\n\n"
        "“This is a good day for both our countries,” he said."
    )
    (q,) = _quotes(parse, text)
    assert q.speaker is not None and "Albanese" in (q.speaker.name or "")


def test_quotes_statement_read_and_organisation(parse: Callable[..., ArticleIndex]) -> None:
    text = (
        "The Ministry of Foreign Affairs of Japan issued a statement on Friday.\n\n"
        "“Japan will continue to support the people of the region,” the statement read."
    )
    (q,) = _quotes(parse, text)
    assert q.cue == "read"
    assert q.speaker is not None and "Ministry" in (q.speaker.name or "")


def test_quotes_according_to(parse: Callable[..., ArticleIndex]) -> None:
    (q,) = _quotes(
        parse, "According to Amnesty International, the arrests were “arbitrary and unlawful.”"
    )
    assert q.cue == "according to"
    assert "Amnesty" in _speaker_words(q)


def test_quotes_carry_over_paragraph(parse: Callable[..., ArticleIndex]) -> None:
    text = (
        "“We will keep buying oil,” Indian Oil Minister Hardeep Puri told reporters.\n\n"
        "“Our consumers come first, and prices must stay low.”"
    )
    first, second = _quotes(parse, text)
    assert second.speaker == first.speaker
    assert "Puri" in _speaker_words(second)


def test_quotes_open_paragraph_takes_speaker_from_the_next(
    parse: Callable[..., ArticleIndex],
) -> None:
    text = (
        "“We shall fight on the beaches and in the fields.\n\n"
        "“We shall never surrender,” Prime Minister Winston Churchill told parliament."
    )
    first, second = _quotes(parse, text)
    assert first.speaker is not None and first.speaker == second.speaker
    assert "Churchill" in _speaker_words(first)


def test_quotes_signed_paragraph(parse: Callable[..., ArticleIndex]) -> None:
    text = "“The harvest will be late this year.”\n\n—Maria Gonzalez, a farmer in Oaxaca."
    (q,) = _quotes(parse, text)
    assert "Gonzalez" in _speaker_words(q)


def test_quotes_ap_wire_marks(parse: Callable[..., ArticleIndex]) -> None:
    (q,) = _quotes(parse, "``We have no plans to raise rates,'' Fed Chairman Jerome Powell said.")
    assert q.text.startswith("We have no plans")
    assert "Powell" in _speaker_words(q)


def test_quotes_headline_straight_single_quotes(parse: Callable[..., ArticleIndex]) -> None:
    title = "Minister Slams 'Reckless' Budget Plan"
    text = f"{title}\n\nThe finance minister criticised the plan on Monday."
    quotes = find_quotes(parse(text, title=title))
    assert [q.text for q in quotes] == ["Reckless"]


def test_quotes_headline_names_speaker_before_colon(parse: Callable[..., ArticleIndex]) -> None:
    title = "Peskov: ‘We Do Not Consider Such Statements Legal’"
    text = f"{title}\n\nThe Kremlin rejected the threats on Tuesday."
    (q,) = _quotes(parse, text)
    assert q.text == "We Do Not Consider Such Statements Legal"
    assert "Peskov" in _speaker_words(q)


def test_quotes_ministry_description_resolves_to_ministry(
    parse: Callable[..., ArticleIndex],
) -> None:
    text = (
        "The Ministry of Defence of Ukraine published the figures on Sunday.\n\n"
        "The losses, the ministry noted, were “the heaviest in a single week.”"
    )
    (q,) = _quotes(parse, text)
    assert q.cue == "noted"
    assert q.speaker is not None and "Ministry of Defence" in (q.speaker.name or "")


def test_quotes_pronoun_agrees_in_gender(parse: Callable[..., ArticleIndex]) -> None:
    text = (
        "Senator John Fetterman spoke after Mrs. Maria Lopez at the hearing on Tuesday.\n\n"
        "“We need answers,” she said."
    )
    (q,) = _quotes(parse, text)
    assert q.speaker is not None and "Lopez" in (q.speaker.name or q.speaker.text)


def test_quotes_unbalanced_mark_does_not_swallow_rest(parse: Callable[..., ArticleIndex]) -> None:
    text = (
        "The minister said “the deal is done.\n\n"
        "Officials later met in Geneva to discuss trade.\n\n"
        "“Nothing was agreed,” a diplomat said."
    )
    quotes = _quotes(parse, text)
    assert [q.text for q in quotes] == ["the deal is done.", "Nothing was agreed,"]


def test_quotes_hand_made_mention_supplies_country(parse: Callable[..., ArticleIndex]) -> None:
    text = "“We reject the sanctions,” Kremlin spokesman Dmitry Peskov said."
    start = text.index("Dmitry")
    peskov = ActorMention(
        "Dmitry Peskov",
        start,
        start + 13,
        0,
        name="Dmitry Peskov",
        country="RUS",
        sector="GOV",
        kind="person",
    )
    (q,) = _quotes(parse, text, [peskov])
    assert (
        q.speaker is not None and q.speaker.country == "RUS" and q.speaker.name == "Dmitry Peskov"
    )
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end].endswith("Peskov")


def test_quotes_offsets_point_into_text(parse: Callable[..., ArticleIndex]) -> None:
    text = "Officials met. “We are ready,” Peskov said."
    (q,) = _quotes(parse, text)
    assert text[q.start : q.end] == q.text


def test_quotes_cue_lexicon_loads() -> None:
    cues = load_cues()
    assert {"say", "tell", "note", "read", "write"} <= cues.speech
    assert "call" in cues.framing and ("according", "to") in cues.prepositional


SEED_QUOTES = [
    ("warm and friendly atmosphere", "Ministry", "RUS"),
    ("The two sides engaged in a detailed discussion", "Ministry", "RUS"),
    ("We hear many statements that are in fact threats", "Peskov", "RUS"),
    ("We believe that sovereign countries should have", "Peskov", "RUS"),
    ("unjustified and unreasonable", "Delhi", "IND"),
    ("India’s imports are intended to provide predictable", "MEA", "IND"),
]


@pytest.mark.parametrize("contains, speaker, country", SEED_QUOTES)
def test_quotes_seed_article(
    seed_parsed: ArticleIndex, pipeline: Pipeline, contains: str, speaker: str, country: str
) -> None:
    """The six quotations of the seed article, through the real pipeline (actor stage
    included): each found once, with its speaker and the speaker's country."""
    quotes = pipeline.stages(seed_parsed).quotes
    (q,) = [q for q in quotes if contains in q.text]
    assert q.speaker is not None
    assert speaker in f"{q.speaker.text} {q.speaker.name}"
    assert q.speaker.country == country


def test_quotes_archive_marks_at_both_ends(parse: Callable[..., ArticleIndex]) -> None:
    """Archive style writes '' to open and to close; such articles gave no quotation."""
    text = (
        "''We have to look at ISIS as the leading threat,'' Mrs. Clinton said. "
        "''It cannot be contained; it must be defeated.''"
    )
    (q,) = _quotes(parse, text)
    assert (
        q.text
        == "We have to look at ISIS as the leading threat, It cannot be contained; it must be defeated."
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
def test_quotes_short_scare_quotes_are_no_quotations(
    parse: Callable[..., ArticleIndex], text: str, quoted: list[str]
) -> None:
    assert [q.text for q in _quotes(parse, text)] == quoted
