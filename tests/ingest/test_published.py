"""Publication dates: every common written form to ISO YYYY-MM-DD, nonsense refused."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.errors import BadDateError
from communique.ingest import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-08-06", "2025-08-06"),
        ("2025-8-6", "2025-08-06"),
        ("2025-08-06T09:30:00+05:30", "2025-08-06"),
        ("2025-08-06T01:30:00-07:00", "2025-08-06"),  # the outlet's own calendar day
        ("2025-08-06 23:59:59", "2025-08-06"),
        ("2025/08/06", "2025-08-06"),
        ("20250806", "2025-08-06"),
        ("Wed, 06 Aug 2025 09:30:00 GMT", "2025-08-06"),
        ("Tue, 05 Aug 2025 23:30:00 -0400", "2025-08-05"),
        ("August 6, 2025", "2025-08-06"),
        ("6 August 2025", "2025-08-06"),
        ("6 Aug. 2025", "2025-08-06"),
        ("Wednesday 6th August 2025", "2025-08-06"),
        ("August 6, 2025 | Reuters", "2025-08-06"),
        ("SEPT 6, 2025", "2025-09-06"),
        # other orders and times, read by dateutil with the dates table's month names
        ("2025 Aug 6", "2025-08-06"),
        ("9:30 AM EDT, Aug. 6, 2025", "2025-08-06"),
        ("Aug 6, 2025, 9:30 a.m. ET", "2025-08-06"),
        ("Aug-06-2025", "2025-08-06"),
        ("06-Aug-25", "2025-08-06"),
        ("13/03/2024", "2024-03-13"),
        ("03/13/2024", "2024-03-13"),
        ("1754438400", "2025-08-06"),
        ("1754438400000", "2025-08-06"),
        (1754438400, "2025-08-06"),
        (dt.date(2025, 8, 6), "2025-08-06"),
        (dt.datetime(2025, 8, 6, 12, 0), "2025-08-06"),
    ],
)
def test_parse_date_forms(value: object, expected: str) -> None:
    assert parse_date(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "yesterday",
        "next Tuesday",
        "not a date",
        "2025-13-01",
        "2025-02-30",
        "2025",
        "2025-08",
        "01/03/2024",
        "0001-01-01",
        "banana 12",
        "August 2025",  # no day
        "Aug 6",  # no year
        "Sept. 31, 2025",
        "01/03/2024 10:00 AM",  # ambiguous, and no month name to settle it
        "6 août 2025",  # English month names only
        "Published: August 6, 2025",
    ],
)
def test_parse_date_nonsense_raises(value: str) -> None:
    with pytest.raises(BadDateError):
        parse_date(value)
