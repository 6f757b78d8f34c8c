"""Dyad indices, pairs and alerts over event records in a real DuckDB file.

The articles here are made by hand (one sentence, one coded event each) so that the
counts behind each formula are known exactly; the grouping is the store's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from communique import records
from communique.errors import UsageError
from communique.models import Actor, Article, DateMention, Document, Event
from communique.store import Store, open_store

QUADS = {"040": (1, 1.0), "057": (2, 8.0), "112": (3, -2.0), "190": (4, -10.0), "036": (1, 4.0)}


def doc(i: int, day: str, source: str, target: str, cameo: str, *, mutual: bool = False,
        outlet: str = "Wire", text: str | None = None, dated: bool = True) -> Document:  # fmt: skip
    quad, goldstein = QUADS[cameo]
    sentence = text or f"Article {i}: {source} acted on {target} ({cameo})."

    def event(s: str, t: str) -> Event:
        return Event(Actor(s, s, s, None, s), Actor(t, t, t, None, t), cameo, cameo[:2],
                     quad, goldstein, None, day, sentence, 0, "acted", 0, 5,
                     confidence=0.9)  # fmt: skip

    events = (event(source, target), event(target, source)) if mutual else (event(source, target),)
    article = Article(id=f"a{i}", text=sentence, published=day, outlet=outlet)
    # a dated event has a time expression in its sentence ("on Monday") with its date
    dates = (DateMention("on Monday", day, 0, 1, 0),) if dated else ()
    return Document(article=article, events=events, dates=dates)


def days(start: str, n: int, step: int = 1) -> list[str]:
    first = dt.date.fromisoformat(start)
    return [(first + dt.timedelta(days=step * k)).isoformat() for k in range(n)]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("indices") / "i.duckdb"
    docs = [
        # March: IND-RUS, 2 verbal coop IND->RUS, 1 mutual material coop, 1 accusation RUS->IND
        doc(1, "2025-03-02", "IND", "RUS", "040"),
        doc(2, "2025-03-10", "IND", "RUS", "040"),
        doc(3, "2025-03-12", "IND", "RUS", "057", mutual=True),
        doc(4, "2025-03-20", "RUS", "IND", "112"),
        # the same accusation reported by another outlet the next day, without a date of
        # its own: one record
        doc(
            5,
            "2025-03-21",
            "RUS",
            "IND",
            "112",
            outlet="Other",
            text="RUS accused IND again.",
            dated=False,
        ),
        # April: one attack IND->RUS
        doc(6, "2025-04-03", "IND", "RUS", "190"),
    ]
    # CHN-JPN: a quiet past (one accusation every 3 weeks), then 6 attacks in a week
    n = 7
    for k, day in enumerate(days("2025-01-06", 7, 21)):  # the last on 12 May
        docs.append(doc(n + k, day, "CHN", "JPN", "112"))
    n += 7
    for k, day in enumerate(days("2025-06-02", 6)):
        docs.append(doc(n + k, day, "CHN", "JPN", "190", text=f"CHN attacked JPN at dawn {k}."))
    # USA-MEX: as busy before as now (no alert)
    n += 6
    for k, day in enumerate(days("2025-04-07", 9, 7)):
        docs.append(doc(n + k, day, "USA", "MEX", "112", text=f"USA accused MEX, week {k}."))
    with open_store(path) as s:
        s.write(docs)
    with open_store(path, read_only=True) as s:
        yield s


def test_records_indices_dyad_quads_goldstein_and_indices(store: Store) -> None:
    march, april = records.dyad(store, "IND", "RUS", freq="month")
    assert (march["period"], march["records"]) == ("2025-03", 4)  # the two accusation reports: one
    assert (march["verbal_coop"], march["material_coop"], march["verbal_conflict"]) == (2, 1, 1)
    assert march["mutual"] == 1
    assert march["goldstein_sum"] == 1.0 + 1.0 + 8.0 - 2.0
    assert march["goldstein_mean"] == 2.0
    assert march["coop_index"] == 0.5  # (2 + 1 - 1) / 4
    assert march["goldstein_index"] == 0.2  # 8 / (10 * 4)
    # directions: IND->RUS has the two talks and the mutual deal; RUS->IND the deal and
    # the accusation
    assert (march["a_to_b"], march["b_to_a"]) == (3, 2)
    assert (march["coop_a_to_b"], march["coop_b_to_a"]) == (1.0, 0.0)
    assert march["asymmetry"] == 1.0
    assert (april["records"], april["material_conflict"], april["coop_index"]) == (1, 1, -1.0)
    assert april["asymmetry"] is None  # RUS did nothing to IND in April


def test_records_indices_dyad_is_the_same_either_way_round(store: Store) -> None:
    ab = records.dyad(store, "IND", "RUS", freq="month")
    ba = records.dyad(store, "RUS", "IND", freq="month")
    assert [r["records"] for r in ab] == [r["records"] for r in ba]
    assert [r["a_to_b"] for r in ab] == [r["b_to_a"] for r in ba]
    assert [r["asymmetry"] for r in ab] == [-a if a else a for a in (r["asymmetry"] for r in ba)]


def test_records_indices_dyad_fills_empty_periods_and_checks_freq(store: Store) -> None:
    series = records.dyad(store, "IND", "RUS", freq="week", since="2025-03-01", until="2025-04-30")
    assert len(series) == 10 and sum(r["records"] for r in series) == 5
    with pytest.raises(UsageError):
        records.dyad(store, "IND", "RUS", freq="fortnight")


def test_records_indices_pairs_ranks_the_most_active(store: Store) -> None:
    ranked = records.pairs(store)
    assert [(r["a"], r["b"], r["records"]) for r in ranked] == [
        ("CHN", "JPN", 13),
        ("MEX", "USA", 9),
        ("IND", "RUS", 5),
    ]
    assert ranked[2]["mentions"] == 6
    assert records.pairs(store, country="IND", limit=1, offset=0)[0]["a"] == "IND"
    assert records.pairs(store, limit=1, offset=1)[0]["a"] == "MEX"


def test_records_indices_alerts_find_the_sudden_conflict_only(store: Store) -> None:
    found = records.alerts(store, "2025-06-02", until="2025-06-08")
    assert [(a["a"], a["b"]) for a in found] == [("CHN", "JPN")]
    (alert,) = found
    assert alert["conflict"] == 6 and alert["z"] >= 3
    behind = records.event_records(store, ids=alert["record_ids"])
    assert len(behind) == 6 and {r["cameo"] for r in behind} == {"190"}


def test_records_indices_alerts_respect_the_minimum_count(store: Store) -> None:
    assert records.alerts(store, "2025-06-02", until="2025-06-08", min_count=7) == []
    with pytest.raises(UsageError):
        records.alerts(store, "2025-06-08", until="2025-06-02")


def test_records_indices_pages_are_bounded(store: Store) -> None:
    assert len(records.event_records(store, limit=3, offset=2)) == 3
    with pytest.raises(UsageError):
        records.event_records(store, limit=records.MAX_LIMIT + 1)
    with pytest.raises(UsageError):
        records.event_records(store, limit=None)
    assert records.count_records(store) == len(records.event_records(store, limit=None,
                                                                      unbounded=True))  # fmt: skip


def test_records_indices_record_mentions_are_the_evidence(store: Store) -> None:
    (accusation,) = records.event_records(store, records_filters())
    evidence = records.record_mentions(store, accusation["id"])
    assert accusation["articles"] == 2 and accusation["sources"] == 2
    assert {m["article_id"] for m in evidence} == {"a4", "a5"}


def records_filters():  # type: ignore[no-untyped-def]
    from communique.query import Filters

    return Filters(dyad="IND-RUS", code="112")


def test_records_indices_store_path_is_real(store: Store) -> None:
    assert isinstance(store.path, Path) and store.path.exists()
