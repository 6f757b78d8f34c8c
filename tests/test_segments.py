from communique.segments import classify, looks_like_heading


def test_segments_seed_article_kinds(seed_text: str) -> None:
    blocks = classify(seed_text)
    kinds = [(b.kind, seed_text[b.start : b.end][:25]) for b in blocks]
    assert kinds[0][0] == "nav"  # breadcrumb "Home India <headline>"
    assert kinds[1][0] == "title"
    assert ("caption", "Building of Russian Minis") in kinds
    assert ("heading", "Kremlin Condemns US Threa") in kinds
    assert kinds[-1][0] == "credit"  # "(With inputs from IBNS and Reuters)"


def test_segments_given_title_is_marked() -> None:
    text = "Talks resume\nThe two sides met on Monday."
    blocks = classify(text, title="Talks resume")
    assert [b.kind for b in blocks] == ["title", "body"]


def test_segments_heading_shape() -> None:
    assert looks_like_heading("New Delhi Responds")
    assert not looks_like_heading("The meeting was held at a time when talks stalled.")
