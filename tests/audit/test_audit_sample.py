"""Stratified samples of a real store: allocation, reproducibility, filters, the sheet."""

from __future__ import annotations

import dataclasses
import io
from collections import Counter
from pathlib import Path

import pytest

from communique.audit.sample import allocate, sample, strata
from communique.audit.sheet import read_sheet, write_sheet
from communique.errors import UsageError
from communique.query import Filters
from communique.store import open_store


@pytest.mark.parametrize(
    ("sizes", "n", "floor", "expected"),
    [
        ({"a": 50, "b": 30, "c": 20}, 10, 1, {"a": 5, "b": 3, "c": 2}),
        ({"a": 97, "b": 2, "c": 1}, 10, 0, {"a": 10, "b": 0, "c": 0}),
        ({"a": 97, "b": 2, "c": 1}, 10, 1, {"a": 8, "b": 1, "c": 1}),
        ({"a": 97, "b": 2, "c": 1}, 2, 1, {"a": 2, "b": 0, "c": 0}),  # n < strata: no floor
        ({"a": 3, "b": 2}, 10, 1, {"a": 3, "b": 2}),  # n above the total: everything
        ({"a": 5, "b": 5}, 3, 0, {"a": 2, "b": 1}),  # a tie goes to the first name
        ({"a": 4, "b": 0}, 2, 1, {"a": 2}),
    ],
)
def test_sample_allocation(
    sizes: dict[str, int], n: int, floor: int, expected: dict[str, int]
) -> None:
    got = allocate(sizes, n, floor)
    assert {k: v for k, v in got.items() if v} == {k: v for k, v in expected.items() if v}
    assert sum(got.values()) == min(n, sum(sizes.values()))


def _counts(db: Path, column: str) -> dict[str, int]:
    with open_store(db, read_only=True) as store:
        _, rows = store.fetch(f"SELECT {column}, count(*) FROM events GROUP BY 1")
    return {str(k): int(v) for k, v in rows}


def test_sample_is_stratified_by_root(audit_db: Path) -> None:
    everything = Filters(min_confidence=0)
    with open_store(audit_db, read_only=True) as store:
        sizes = strata(store, "root", everything)
        rows = sample(store, 12, 7, filters=everything)
    assert sizes == _counts(audit_db, "root")
    assert len(rows) == 12
    assert Counter(r.stratum for r in rows) == {
        k: v for k, v in allocate(sizes, 12, 1).items() if v
    }
    for r in rows:
        assert r.stratum == r.root and r.stratum_size == sizes[r.root]
        assert r.sentence and r.trigger and r.article_id and r.verdict is None
    assert len({r.event_id for r in rows}) == 12


def test_sample_is_reproducible_for_a_seed(audit_db: Path) -> None:
    with open_store(audit_db, read_only=True) as store:
        first = sample(store, 10, 7)
        again = sample(store, 10, 7)
        other = sample(store, 10, 8)
    assert first == again
    assert [r.event_id for r in first] != [r.event_id for r in other]


def test_sample_draw_is_keyed_by_the_event_not_the_table(audit_db: Path) -> None:
    """An event's place in the draw depends on its content and the seed only, so a
    subset (here: one country's events) is drawn in the order the whole is."""
    every, india = Filters(min_confidence=0), Filters(min_confidence=0, country="IND")
    with open_store(audit_db, read_only=True) as store:
        whole = [r.event_id for r in sample(store, 1000, 3, by="none", filters=every)]
        part = [r.event_id for r in sample(store, 1000, 3, by="none", filters=india)]
    assert len(whole) == sum(_counts(audit_db, "'x'").values())
    assert part and [e for e in whole if e in set(part)] == part


def test_sample_by_quad_and_filters(audit_db: Path) -> None:
    with open_store(audit_db, read_only=True) as store:
        rows = sample(store, 8, 7, by="quad", filters=Filters(min_confidence=0.6))
        assert {r.stratum for r in rows} <= {"1", "2", "3", "4"}
        assert all(r.confidence is not None and r.confidence >= 0.6 for r in rows)
        assert all(r.stratum == str(r.quad_class) for r in rows)
        russia = sample(store, 50, 7, filters=Filters(min_confidence=0, country="RUS"))
        assert russia and all("RUS" in (r.source_country, r.target_country) for r in russia)
        with pytest.raises(UsageError, match="unknown stratification 'plover'"):
            sample(store, 8, 7, by="plover")
        with pytest.raises(UsageError, match="at least 1"):
            sample(store, 0, 7)


def test_sample_sheet_round_trip(audit_db: Path, tmp_path: Path) -> None:
    with open_store(audit_db, read_only=True) as store:
        rows = sample(store, 30, 7, filters=Filters(min_confidence=0))
    buf = io.StringIO()
    assert write_sheet(rows, buf) == len(rows)
    assert len(buf.getvalue().splitlines()) == len(rows) + 1
    path = tmp_path / "sample.tsv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    back = read_sheet(path)
    assert [dataclasses.replace(r, row=None) for r in back] == rows
