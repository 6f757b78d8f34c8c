from collections.abc import Callable

import pytest

from communique.index import ArticleIndex


def test_nlp_caption_is_its_own_sentence(seed_parsed: ArticleIndex) -> None:
    """spaCy alone glues the photo caption onto the next paragraph; blocks stop that."""
    caption = [s for s in seed_parsed.sentences if "Wikimedia" in s.text]
    assert caption and all(s.kind == "caption" for s in caption)
    nxt = next(s for s in seed_parsed.sentences if s.text.startswith("India and Russia"))
    assert nxt.kind == "body"
    assert "Photo" not in nxt.text


def test_nlp_sentence_offsets_point_into_text(seed_parsed: ArticleIndex) -> None:
    text = seed_parsed.article.text
    for s in seed_parsed.sentences:
        assert text[s.start : s.end] == s.text


def test_nlp_archive_quote_marks_are_no_sentence_ends(parse: Callable[..., ArticleIndex]) -> None:
    """spaCy alone splits after an opening '' (it reads it as a closing mark)."""
    text = (
        "Mrs. Clinton spoke on Saturday.\n"
        "''We have to look at ISIS as the leading threat of a terror network,'' Mrs. Clinton"
        " said. ''It cannot be contained; it must be defeated.''"
    )
    sents = [s.text for s in parse(text).sentences]
    assert sents[1:] == [
        "''We have to look at ISIS as the leading threat of a terror network,'' Mrs. Clinton said.",
        "''It cannot be contained; it must be defeated.''",
    ]


def test_nlp_dateline_ends_before_the_story(parse: Callable[..., ArticleIndex]) -> None:
    text = "BEIRUT (Reuters) - Syria accused Israel of bombing a base."
    assert [s.text for s in parse(text).sentences] == [
        "BEIRUT (Reuters) -",
        "Syria accused Israel of bombing a base.",
    ]


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        ("Britain hoped to lift the embargo.", "hoped", "hope"),
        ("Workers staged a rally outside parliament.", "staged", "stage"),
        ("The court fined the company.", "fined", "fine"),
    ],
)
def test_nlp_verb_lemmas_the_model_gets_wrong_are_fixed(
    parse: Callable[..., ArticleIndex], text: str, verb: str, lemma: str
) -> None:
    index = parse(text)
    (token,) = [t for t in index.doc if t.text == verb]
    assert token.lemma_ == lemma


def test_nlp_lemma_fix_leaves_a_right_lemma_alone(parse: Callable[..., ArticleIndex]) -> None:
    index = parse("The rabbits hopped across the field and the stag fled.")
    assert [t.lemma_ for t in index.doc if t.text in ("hopped", "stag")] == ["hop", "stag"]
