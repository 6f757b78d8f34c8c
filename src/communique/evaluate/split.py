"""Held-out halves of a gold set: *tune* and *check*, fixed by a hash of each record's id.

Rules are written from the errors on the tune half only; the check half says whether
they carry over to text they were not written from, and the figures the project reports
and pins (``bench/baseline.json``) are the check half's. A gap between the two halves is
the measure of overfitting: a rule that helps tune but not check is dropped.

A record is in the tune half when the first byte of ``sha256(id)`` (the id as UTF-8) is
even, else in the check half. The rule reads the id alone, so a record keeps its half
whatever the order of the file, the machine or the records added later, and anyone can
recompute it::

    python -c "import hashlib,sys; print(hashlib.sha256(sys.argv[1].encode()).digest()[0] % 2)" ID

(0 = tune, 1 = check). A single document (the seed article) is not split.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from ..errors import UsageError

TUNE = "tune"
CHECK = "check"
ALL = "all"
#: The values of ``--half``.
HALVES = (TUNE, CHECK, ALL)


def half_of(record_id: object) -> str:
    """``"tune"`` or ``"check"``: the half a record id falls in."""
    first = hashlib.sha256(str(record_id).encode("utf-8")).digest()[0]
    return TUNE if first % 2 == 0 else CHECK


def check_half(half: str) -> str:
    """``half`` if it is one of ``HALVES``, else a ``UsageError``."""
    if half not in HALVES:
        raise UsageError(f"unknown half {half!r}; expected one of {', '.join(HALVES)}")
    return half


def in_half(record_id: object, half: str) -> bool:
    """Whether a record id belongs to ``half`` (every id belongs to ``"all"``)."""
    return check_half(half) == ALL or half_of(record_id) == half


def select(records: Iterable[dict[str, Any]], half: str) -> list[dict[str, Any]]:
    """The records of ``half``, in their order (by each record's ``id``)."""
    check_half(half)
    return [r for r in records if in_half(r.get("id"), half)]
