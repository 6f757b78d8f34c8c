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
