"""The scan: candidate expressions, their parts, and the words before them."""

from __future__ import annotations

import pytest

from communique.dates.scan import scan


def _found(text: str) -> list[tuple[str, str, dict[str, str]]]:
    return [(c.kind, text[c.start : c.end], c.groups) for c in scan(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Oct. 23-25, 1998",  # the year of the second day belongs to the first too
            [
                ("md", "Oct. 23", {"mon": "Oct.", "day": "23", "year": "1998"}),
                ("md2", "25, 1998", {"mon": "Oct.", "day": "25", "year": "1998"}),
            ],
        ),
        (
            "April 24 and 25",
            [
                ("md", "April 24", {"mon": "April", "day": "24"}),
                ("md2", "25", {"mon": "April", "day": "25"}),
            ],
        ),
        (
            "Aug. 5, 2025 and 6",  # a day with its year takes no second day
            [("md", "Aug. 5, 2025", {"mon": "Aug.", "day": "5", "year": "2025"})],
        ),
        ("from 2003-2016", [("y", "2003", {"year": "2003"}), ("y", "2016", {"year": "2016"})]),
        ("the 1998-99 season", []),
        (
            "Monday, Oct. 26",  # the longest match wins over "Monday" and "Oct. 26"
            [("wd_md", "Monday, Oct. 26", {"wd": "Monday", "mon": "Oct.", "day": "26"})],
        ),
        ("2025-08-05", [("iso", "2025-08-05", {"year": "2025", "m": "08", "day": "05"})]),
        ("the May 4 vote", [("md", "May 4", {"mon": "May", "day": "4"})]),
        ("they may vote", []),  # month names only as written
        ("at 5 p.m. on Aug", []),  # "Aug" alone needs a day
    ],
)
def test_scan_candidates_and_parts(text: str, found: list[tuple[str, str, dict[str, str]]]) -> None:
    assert _found(text) == found


def test_scan_leading_preposition_and_cue() -> None:
    text = "talks began in early March"
    [c] = scan(text)
    assert (c.kind, text[c.text_start : c.end], c.cue, c.prefix) == (
        "part_m",
        "in early March",
        "in",
        " talks began in ",
    )


def test_scan_possessive_keeps_no_preposition() -> None:
    text = "on Friday's vote"
    [c] = scan(text)
    assert (text[c.text_start : c.end], c.prep_start, c.cue) == ("Friday", None, None)


def test_scan_prefix_is_lower_case_and_short() -> None:
    text = "Officials said EVERY Monday"
    [c] = scan(text)
    assert c.prefix == "ials said every "  # the last 16 characters
