import pytest

from communique import segments
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


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("BEIRUT (Reuters) - Syria said it would respond.", "BEIRUT (Reuters) -"),
        ("KYIV — Russia launched drones overnight.", "KYIV —"),
        ("WASHINGTON, Jan 5 (Reuters) - The Senate voted.", "WASHINGTON, Jan 5 (Reuters) -"),
        ("NEW YORK, Nov. 19 (UPI) — Former Secretary of State…", "NEW YORK, Nov. 19 (UPI) —"),
        ("DES MOINES, Iowa — Ted Cruz is racing.", "DES MOINES, Iowa —"),
        ("COLUMBIA, S.C. (AP) — The Latest on the election.", "COLUMBIA, S.C. (AP) —"),
        ("BRUSSELS, February 10 (Xinhua) -- The EU said.", "BRUSSELS, February 10 (Xinhua) --"),
        ("Aug 27 (Reuters) - Democrat Hillary Clinton said.", "Aug 27 (Reuters) -"),
        ("Kabul (Reuters) - The Taliban said.", "Kabul (Reuters) -"),
        ("SIEGEL--Jerome Arthur, 98, of Mamaroneck, passed away.", ""),
        ("UPDATE: 5/12 — The website that listed the weapon.", ""),
        ("US — China talks resume", ""),
        ("The US - and Iran - said nothing.", ""),
        ("I - for one - think so.", ""),
    ],
)
def test_segments_dateline(line: str, dateline: str) -> None:
    assert line[: segments.dateline(line)] == dateline


def test_segments_datelines_open_paragraphs_only() -> None:
    text = "Syria vows response\nBEIRUT (Reuters) - Syria said on Monday.\nIt added - again - more."
    blocks = classify(text)
    assert [text[s:e] for s, e in segments.datelines(text, blocks)] == ["BEIRUT (Reuters) -"]


def test_segments_a_long_line_that_mentions_a_photo_is_prose() -> None:
    """A transcript or an unwrapped page on one line is body text, even when it mentions
    a photo credit or a navigation word somewhere."""
    sentence = "The minister said the talks in Moscow went well and would go on next month. "
    line = sentence * 8 + "(Photo: Wikimedia Commons) " + sentence * 2
    assert [b.kind for b in classify(line)] == ["body"]
    short = "Body text comes first.\nModi meets Putin in Moscow (Photo: Wikimedia Commons)"
    assert [b.kind for b in classify(short)][-1] == "caption"
