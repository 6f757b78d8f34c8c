"""Quotation spans: quote marks paired per paragraph, apostrophes told apart."""

from __future__ import annotations

import pytest

from communique.quotes.spans import quote_spans


def _spans(text: str) -> list[str]:
    blocks, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append((pos, pos + len(line)))
        pos += len(line) + 1
    return [text[s.start : s.end] for s in quote_spans(text, blocks)]


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
def test_spans_marks_and_apostrophes(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


def test_spans_unbalanced_mark_stops_at_paragraph_end() -> None:
    text = (
        "He said “this never closes.\n\nThe next paragraph is plain prose.\n\nAnd so is this one."
    )
    assert _spans(text) == ["this never closes."]


def test_spans_multi_paragraph_quotation() -> None:
    text = "“First part of it.\n\n“Second part,” he said."
    assert _spans(text) == ["First part of it.", "Second part,"]
