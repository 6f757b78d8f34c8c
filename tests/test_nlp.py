from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from communique.errors import InputError
from communique.index import ArticleIndex
from communique.models import Article, Skipped
from communique.nlp import parse as parse_articles


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
    "text",
    [
        # spaCy alone cuts a paragraph's first word off its sentence
        "Kennedy questions trust of Blair\n\nLib Dem leader Charles Kennedy has said voters "
        "now have a lack of trust.",
        "Blair rules out a TV debate\n\nTony Blair has had the chance to debate the issue.",
        "Labour cold calls questioned\n\nLabour and the Conservatives are still telephoning "
        "voters.",
    ],
)
def test_nlp_no_sentence_starts_right_after_a_word(
    parse: Callable[..., ArticleIndex], text: str
) -> None:
    heading, body = text.split("\n\n")
    assert [s.text.strip() for s in parse(text).sentences] == [heading, body]


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


# -- long texts, parser failures -----------------------------------------------------------

LONG = "\n".join(
    f"Story {i}. Russia and India held talks in Moscow on Tuesday. "
    f"The Kremlin said the talks went well."
    for i in range(30)
)


def _one(nlp: Language, text: str, **options: Any) -> ArticleIndex | Skipped:
    return next(parse_articles(nlp, [Article(id="long", text=text)], **options))


def test_nlp_long_text_in_pieces_keeps_every_sentence_and_offset(nlp: Language) -> None:
    whole = _one(nlp, LONG)
    pieces = _one(nlp, LONG, piece_chars=500)
    assert isinstance(whole, ArticleIndex) and isinstance(pieces, ArticleIndex)
    assert pieces.doc.text == LONG
    assert pieces.sentences == whole.sentences  # cut at line breaks: the same sentences
    assert [t.dep_ for t in pieces.doc] == [t.dep_ for t in whole.doc]


def test_nlp_text_longer_than_the_models_limit_is_parsed(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp, "max_length", 700)  # spaCy refuses longer texts (E088)
    one_line = LONG.replace("\n", " ")
    parsed = _one(nlp, one_line)
    assert isinstance(parsed, ArticleIndex) and parsed.doc.text == one_line
    assert all(one_line[s.start : s.end] == s.text for s in parsed.sentences)


def test_nlp_text_over_max_chars_is_skipped_or_refused(nlp: Language) -> None:
    skipped = _one(nlp, LONG, max_chars=1000, errors="skip")
    assert isinstance(skipped, Skipped) and skipped.reason == "too-long"
    assert f"{len(LONG):,} characters" in skipped.detail
    with pytest.raises(InputError, match="too long to parse"):
        _one(nlp, LONG, max_chars=1000)


@Language.component("test_fails_on_boom")
def _fails_on_boom(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise RuntimeError("a component failed")
    return doc


@pytest.mark.parametrize("batch_size", [1, 3, 10])
def test_nlp_parser_failure_loses_only_that_article(nlp: Language, batch_size: int) -> None:
    texts = ["India and Russia met.", "BOOM went the parser.", "China protested.", LONG, "Fine."]
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    nlp.add_pipe("test_fails_on_boom", last=True)
    try:
        out = list(
            parse_articles(nlp, articles, batch_size=batch_size, errors="skip", piece_chars=400)
        )
        with pytest.raises(RuntimeError, match="a component failed"):
            list(parse_articles(nlp, articles, batch_size=batch_size))
    finally:
        nlp.remove_pipe("test_fails_on_boom")
    assert [o.article.id if isinstance(o, ArticleIndex) else o.source for o in out] == [
        "a0",
        "a1",
        "a2",
        "a3",
        "a4",
    ]
    assert isinstance(out[1], Skipped) and out[1].reason == "parse-error"
    assert "RuntimeError: a component failed" in out[1].detail
    assert all(isinstance(o, ArticleIndex) for i, o in enumerate(out) if i != 1)
