"""Long texts in pieces: the pieces give back the text, cut where the text allows."""

from __future__ import annotations

import pytest

from communique.pieces import split

PARAGRAPHS = "\n".join(
    f"Paragraph {i}: the minister met his counterpart. They agreed to talk again."
    for i in range(40)
)


@pytest.mark.parametrize(
    "text",
    [
        PARAGRAPHS,
        PARAGRAPHS.replace("\n", " "),  # one long line (a transcript)
        "x" * 1234,  # no space at all
        "word " * 400,
        "",
        "short",
    ],
)
@pytest.mark.parametrize("size", [2, 50, 333, 10_000])
def test_pieces_join_back_to_the_text(text: str, size: int) -> None:
    pieces = split(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)
    assert all(pieces[:-1])  # no empty piece, except a whole empty text


def test_pieces_cut_after_line_breaks_first() -> None:
    pieces = split(PARAGRAPHS, 400)
    assert len(pieces) > 1
    assert all(p.endswith("\n") for p in pieces[:-1])


def test_pieces_cut_one_long_line_after_sentence_ends() -> None:
    line = PARAGRAPHS.replace("\n", " ")
    pieces = split(line, 400)
    assert all(p.rstrip().endswith(".") for p in pieces[:-1])


def test_pieces_a_short_text_is_one_piece() -> None:
    assert split(PARAGRAPHS, len(PARAGRAPHS)) == [PARAGRAPHS]


def test_pieces_refuse_a_size_below_two() -> None:
    with pytest.raises(ValueError):
        split("abc", 1)
