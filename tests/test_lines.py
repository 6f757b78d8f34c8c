"""The shapes of article lines: headings, titles, breadcrumbs."""

from __future__ import annotations

import pytest

from communique.lines import is_breadcrumb, line_key, looks_like_heading, looks_like_title


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("New Delhi Responds", True),
        ("Kremlin Condemns US Threat", True),
        ("The meeting was held at a time when talks stalled.", False),
        ("What the ministry said:", False),
        ("", False),
        ("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen", False),
    ],
)
def test_lines_heading(line: str, heading: bool) -> None:
    assert looks_like_heading(line) is heading


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Russia warns US over sanctions threat", True),
        ("By Jane Smith", False),
        ("the talks went on.", False),
        ("- a bullet", False),
        ("India and Russia hold talks,", False),
    ],
)
def test_lines_title(line: str, title: bool) -> None:
    assert looks_like_title(line) is title


def test_lines_breadcrumb() -> None:
    assert is_breadcrumb("Home India Envoy Meets Minister", "Envoy Meets Minister")
    assert not is_breadcrumb("Envoy Meets Minister", "Envoy Meets Minister")
    assert not is_breadcrumb("Home India", "")
    assert line_key("  Envoy, Meets — MINISTER! ") == "envoy meets minister"
