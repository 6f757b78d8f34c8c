"""Speakers: the speaker phrase resolved to an actor — names, titles, descriptions and
pronouns pointing back at a person or organisation. On the live parse; the actor layer is
the named entities (``quotes_of``) or the real actor stage (``pipeline``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.models import ActorMention, Quote
from communique.pipeline import Pipeline

QuotesOf = Callable[..., list[Quote]]


def _speaker_words(q: Quote) -> str:
    assert q.speaker is not None, q
    return f"{q.speaker.text} {q.speaker.name or ''}"


def test_speakers_british_single_quotes_and_title_apposition(
    quotes_of: QuotesOf,
) -> None:
    text = (
        "The Prime Minister, Keir Starmer, said the violence was ‘thuggery, pure and simple’.\n\n"
        "‘Those who took part will face the law,’ he told broadcasters."
    )
    first, second = quotes_of(text)
    assert first.text == "thuggery, pure and simple"
    assert first.speaker is not None and first.speaker.name == "Keir Starmer"
    assert second.speaker is not None and second.speaker.name == "Keir Starmer"


def test_speakers_title_description_names_the_titled_person(
    quotes_of: QuotesOf,
) -> None:
    text = (
        "Foreign Secretary David Lammy spoke to his French counterpart on Friday. "
        "The Foreign Secretary said the talks were “productive.”"
    )
    (q,) = quotes_of(text)
    assert q.speaker is not None and q.speaker.name == "David Lammy"


def test_speakers_pronoun_speaker_resolves_to_person(quotes_of: QuotesOf) -> None:
    text = (
        "Prime Minister Anthony Albanese met the trade delegation in Canberra on Monday.\n\n"
        "“This is a good day for both our countries,” he said."
    )
    (q,) = quotes_of(text)
    assert q.speaker is not None and "Albanese" in (q.speaker.name or "")


def test_speakers_ministry_description_resolves_to_ministry(
    quotes_of: QuotesOf,
) -> None:
    text = (
        "The Ministry of Defence of Ukraine published the figures on Sunday.\n\n"
        "The losses, the ministry noted, were “the heaviest in a single week.”"
    )
    (q,) = quotes_of(text)
    assert q.cue == "noted"
    assert q.speaker is not None and "Ministry of Defence" in (q.speaker.name or "")


def test_speakers_pronoun_agrees_in_gender(quotes_of: QuotesOf) -> None:
    text = (
        "Senator John Fetterman spoke after Mrs. Maria Lopez at the hearing on Tuesday.\n\n"
        "“We need answers,” she said."
    )
    (q,) = quotes_of(text)
    assert q.speaker is not None and "Lopez" in (q.speaker.name or q.speaker.text)


def test_speakers_hand_made_mention_supplies_country(quotes_of: QuotesOf) -> None:
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
    (q,) = quotes_of(text, [peskov])
    assert (
        q.speaker is not None and q.speaker.country == "RUS" and q.speaker.name == "Dmitry Peskov"
    )
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end].endswith("Peskov")


@pytest.mark.parametrize(
    ("text", "speaker", "name", "country"),
    [
        # a title alone is the person last named with it
        (
            "Home Secretary Yvette Cooper visited Dover on Monday.\n\n"
            "The Home Secretary told MPs the crossings were “unacceptable.”",
            "The Home Secretary",
            "Yvette Cooper",
            "GBR",
        ),
        (
            "Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n“We are ready,” the spokesman said.",
            "the spokesman",
            "Dmitry Peskov",
            "RUS",
        ),
        # a bare surname is the person last named with it
        (
            "Chinese Foreign Minister Wang Yi met Blinken in Beijing.\n\n"
            "“We want stability,” Wang told state media.",
            "Wang",
            "Wang Yi",
            "CHN",
        ),
        # 'he' agrees in gender with the mention's own words (Mr., Mrs.)
        (
            "Mr. John Smith and Mrs. Anna Brown met the press on Tuesday.\n\n"
            "“We are pleased,” he said.",
            "Mr. John Smith",
            "John Smith",
            None,
        ),
        # the subject of the clause around the pronoun
        ("Trump says he goes to “win big” in Iowa.", "Trump", "Donald Trump", "USA"),
        # another person became a sentence's subject since the last speaker: 'he' is them
        (
            "“We are ready,” Peskov said.\n\nForeign Minister Sergei Lavrov met the envoy on "
            "Friday.\n\n“We will talk,” he said.",
            "Foreign Minister Sergei Lavrov",
            "Sergei Lavrov",
            "RUS",
        ),
        # descriptions of an organisation: the one named with that head noun, or last named
        (
            "The Russian Foreign Ministry said on Monday that it was ready.\n\n"
            "“The talks will go on,” the statement said.",
            "the statement",
            "Russian Foreign Ministry",
            "RUS",
        ),
        (
            "The Indian Ministry of External Affairs responded on Monday.\n\n"
            "“India will protect its interests,” the ministry said.",
            "the ministry",
            "Ministry of External Affairs",
            "IND",
        ),
        (
            "Amnesty International published a report on Monday.\n\n"
            "“The arrests were arbitrary,” it said.",
            "Amnesty International",
            "Amnesty International",
            None,
        ),
    ],
)
def test_speakers_point_back_at_whom_they_name(
    pipeline: Pipeline, text: str, speaker: str, name: str, country: str | None
) -> None:
    q = pipeline.extract(text).quotes[-1]
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name, q.speaker.country) == (speaker, name, country)


def test_speakers_pronoun_with_no_antecedent_stays_a_pronoun(pipeline: Pipeline) -> None:
    (q,) = pipeline.extract("“It will rain,” he said.").quotes
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("he", None)


def _speaker_of(pipeline: Pipeline, text: str, probe: str, published: str = "2005-03-01") -> Quote:
    doc = pipeline.extract(text, published=published)
    found = [q for q in doc.quotes if probe in q.text]
    assert found, [q.text for q in doc.quotes]
    return found[0]


def test_speakers_full_stop_quotation_takes_no_cue_from_the_next_sentence(
    pipeline: Pipeline,
) -> None:
    # a quotation that is a sentence of its own, closed by a full stop, goes on from the
    # one before it; the next sentence's verb of saying reports its own clause
    text = (
        "“We acted within the law,” Defence Minister Peter Marsh said. "
        "“Nothing was hidden from parliament.” "
        "Opposition leader Helen Carr said the minister had misled the house."
    )
    q = _speaker_of(pipeline, text, "Nothing was hidden")
    assert q.speaker is not None and "Marsh" in (q.speaker.name or "")


def test_speakers_cue_with_a_clause_of_its_own_is_not_the_cue(pipeline: Pipeline) -> None:
    text = (
        "Opposition leader Helen Carr asked the minister about the deal. "
        "“Why was the house never told?” "
        "Mr Marsh replied that the talks had been confidential."
    )
    q = _speaker_of(pipeline, text, "Why was the house")
    assert q.speaker is not None and "Marsh" not in f"{q.speaker.text} {q.speaker.name}"


def test_speakers_pronoun_prefers_the_nearest_subject_over_a_gendered_word_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "The senator said his wife Anna would be at his side during the campaign. "
        "Labour minister Jacqueline Moss accused the party of empty promises. "
        "She said: “These sums do not add up.”"
    )
    q = _speaker_of(pipeline, text, "These sums")
    assert q.speaker is not None and q.speaker.name == "Jacqueline Moss"


def test_speakers_pronoun_is_not_a_possessor_in_the_reported_words(pipeline: Pipeline) -> None:
    text = (
        "Labour leader Tom Reid welcomed the result of the vote.\n\n"
        "Mr Grant's first task was to “restore trust in the courts”, he said."
    )
    q = _speaker_of(pipeline, text, "restore trust")
    assert q.speaker is not None and q.speaker.name == "Tom Reid"


@pytest.mark.parametrize(
    "speaker",
    ["A spokesman for Tony Blair", "Tony Blair's spokesman", "The prime minister's spokesman"],
)
def test_speakers_spokesman_for_someone_is_not_that_person(
    pipeline: Pipeline, speaker: str
) -> None:
    text = (
        "Prime Minister Tony Blair met Conservative leader Michael Howard. "
        "Mr Howard said the plan was “a tax on families”. "
        f"{speaker} said the plan was “fair to everyone”."
    )
    q = _speaker_of(pipeline, text, "fair to everyone")
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.speaker.name not in ("Tony Blair", "Michael Howard")


def test_speakers_subject_of_a_clause_inside_is_no_new_subject(pipeline: Pipeline) -> None:
    text = (
        "In a statement, Lord Hartwell said: “I approved the answer.” "
        "He suggested the claim that Lord Denby had drafted it was a mistake. "
        "“As I have always made clear, the view was my own,” he said."
    )
    q = _speaker_of(pipeline, text, "As I have always")
    assert q.speaker is not None and q.speaker.name == "Lord Hartwell"


def test_speakers_possessor_beside_the_subject_is_not_the_pronoun(pipeline: Pipeline) -> None:
    text = (
        "“The answer was my own,” Lord Hartwell said. "
        "Former minister Robin Cook said Lord Hartwell's admission showed parliament was misled. "
        "“Others certainly presented it as a summary,” he said."
    )
    q = _speaker_of(pipeline, text, "Others certainly")
    assert q.speaker is not None and q.speaker.name == "Robin Cook"


def test_speakers_same_description_as_the_last_speaker_is_no_new_subject(
    pipeline: Pipeline,
) -> None:
    text = (
        "Chancellor Gordon Brown addressed the conference. "
        "“Stability comes first,” the chancellor said. "
        "Turning to housing, the chancellor promised help for young couples. "
        "“Housing is at the centre of our manifesto,” he said."
    )
    q = _speaker_of(pipeline, text, "Housing is at the centre")
    assert q.speaker is not None and q.speaker.name == "Gordon Brown"


def test_speakers_pronoun_keeps_a_subject_the_article_calls_he(pipeline: Pipeline) -> None:
    text = (
        "Tory chairman Liam Fox said he would fight on. "
        "Dr Fox accused Mr Blair of telling lies about the plans. "
        "“Their tactics are fear and smear,” he told BBC News."
    )
    q = _speaker_of(pipeline, text, "fear and smear")
    assert q.speaker is not None and q.speaker.name == "Liam Fox"


def test_speakers_someone_elses_spokesman_is_not_a_spokesman_named_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "Liberal Democrat spokesman Menzies Campbell said the advice should be published. "
        "“The public interest demands it,” he said. "
        "The prime minister's official spokesman rejected the claims, saying: "
        "“The attorney general made it clear the words were his.”"
    )
    q = _speaker_of(pipeline, text, "made it clear")
    assert q.speaker is not None and q.speaker.name != "Menzies Campbell"


@pytest.mark.parametrize(
    ("speaker", "words"),
    [
        ("A Home Office spokesman", "Home Office"),
        ("A Treasury spokeswoman", "Treasury"),
        ("A Labour spokesman", "Labour"),
        ("a judge", "judge"),
    ],
)
def test_speakers_indefinite_description_is_someone_new(
    pipeline: Pipeline, speaker: str, words: str
) -> None:
    text = (
        "Tory leader Michael Howard said the scheme was “a shambles from start to finish”. "
        f"{speaker} said the rules were “working well and fair to everyone”."
    )
    q = _speaker_of(pipeline, text, "working well")
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.speaker.name != "Michael Howard" and words in (q.speaker.name or "")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("The Liberal Democrat parliamentary chairman", "Matthew Taylor"),
        ("The Conservative party chairman", "Liam Fox"),
    ],
)
def test_speakers_title_with_a_name_is_that_person(
    pipeline: Pipeline, title: str, name: str
) -> None:
    text = (
        "Tory leader Michael Howard said the two men were “squabbling like schoolboys”. "
        f"{title} {name} said their rivalry was “getting in the way of good government”."
    )
    q = _speaker_of(pipeline, text, "getting in the way")
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("The prime minister", "Tony Blair"),
        ("Mr Blair", "Tony Blair"),
    ],
)
def test_speakers_reported_pronoun_is_the_reporter(
    pipeline: Pipeline, subject: str, name: str
) -> None:
    text = (
        "Prime Minister Tony Blair spoke on Sunday. Chancellor Gordon Brown was in Africa. "
        f"{subject} said he had discussed the claims with the chancellor and dismissed "
        "them as “a load of nonsense”."
    )
    q = _speaker_of(pipeline, text, "load of nonsense")
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "New casinos must be “socially responsible in every way”, it has been suggested.",
        "The new casinos will be “socially responsible in every way”, it is understood.",
    ],
)
def test_speakers_expletive_it_names_no_speaker(pipeline: Pipeline, sentence: str) -> None:
    text = f"The UK gambling industry is growing fast. {sentence}"
    q = _speaker_of(pipeline, text, "socially responsible")
    assert q.speaker is None


@pytest.mark.parametrize("relation", ["former girlfriend", "wife", "neighbour"])
def test_speakers_persons_possessor_is_not_the_speaker(pipeline: Pipeline, relation: str) -> None:
    text = (
        "Chancellor Gordon Brown spoke in Edinburgh on Monday. "
        f"Mr Brown's {relation} once said that life with him was “politics, politics, politics”."
    )
    q = _speaker_of(pipeline, text, "politics, politics")
    assert q.speaker is None or q.speaker.name != "Gordon Brown"


@pytest.mark.parametrize(
    "name",
    ["Mr Kilroy-Silk", "Mr Galloway"],
)
def test_speakers_honorific_mention_is_a_person_antecedent(pipeline: Pipeline, name: str) -> None:
    text = (
        f"{name} launched his new party in London on Wednesday. "
        "It came months after he quit. "
        "He told reporters the old parties were “full of lies and spin”."
    )
    q = _speaker_of(pipeline, text, "lies and spin")
    assert q.speaker is not None and name.split()[-1] in f"{q.speaker.text} {q.speaker.name}"
