"""Cutting a text into marked pieces: overlapping, nested and clipped spans."""

from __future__ import annotations

import pytest

from communique.web.detail import Span, segments


@pytest.mark.parametrize(
    ("spans", "offset", "want"),
    [
        ([], 0, [("Russia accused the US.", [])]),
        (
            [Span(0, 6, "source"), Span(7, 14, "trigger"), Span(19, 21, "target")],
            0,
            [
                ("Russia", ["source"]),
                (" ", []),
                ("accused", ["trigger"]),
                (" the ", []),
                ("US", ["target"]),
                (".", []),
            ],
        ),
        (  # a quotation over an actor: the actor's piece carries both
            [Span(0, 22, "quote"), Span(0, 6, "actor")],
            0,
            [("Russia", ["quote", "actor"]), (" accused the US.", ["quote"])],
        ),
        (  # spans before the sentence start are clipped, others outside ignored
            [Span(95, 106, "actor"), Span(200, 210, "date")],
            100,
            [("Russia", ["actor"]), (" accused the US.", [])],
        ),
    ],
)
def test_web_detail_segments_cut_at_every_boundary(
    spans: list[Span], offset: int, want: list[tuple[str, list[str]]]
) -> None:
    text = "Russia accused the US."
    pieces = segments(text, spans, offset)
    assert [(p.text, p.kinds) for p in pieces] == want
    assert "".join(p.text for p in pieces) == text


def test_web_detail_server_starts_without_the_language_model() -> None:
    """The dashboard imports no spaCy (only the explain page loads the pipeline)."""
    import subprocess
    import sys

    code = "import sys, communique.web; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
