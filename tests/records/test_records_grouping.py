"""The grouping rules: mutual mentions, record keys, the day window, story choice."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.models import Actor, Event
from communique.records import minhash
from communique.records.grouping import (
    STORY_THRESHOLD,
    WINDOW_DAYS,
    Mention,
    RecordIndex,
    RecordSlot,
    actor_key,
    choose_story,
    mention_keys,
)

IND = Actor("India", "India", "IND", None, "IND")
RUS = Actor("Russia", "Russia", "RUS", None, "RUS")


def event(source: Actor | None, target: Actor | None, start: int = 10, cameo: str = "040") -> Event:
    return Event(source, target, cameo, cameo[:2], 1, 1.0, "CONSULT", None, "s", 0, "met",
                 start, start + 3)  # fmt: skip


def test_records_grouping_mirror_rows_of_one_trigger_are_one_mutual_mention() -> None:
    keys = mention_keys([Mention.of(event(IND, RUS)), Mention.of(event(RUS, IND))])
    assert keys[0] == keys[1]
    assert keys[0].mutual and keys[0].key == "M|IND|RUS|040|"


def test_records_grouping_directed_mention_falls_back_to_the_mutual_key() -> None:
    (key,) = mention_keys([Mention.of(event(RUS, IND))])
    assert not key.mutual
    assert key.key == "D|RUS|IND|040|" and key.mutual_key == "M|IND|RUS|040|"


def test_records_grouping_mirror_rows_of_different_triggers_stay_directed() -> None:
    keys = mention_keys([Mention.of(event(IND, RUS, 10)), Mention.of(event(RUS, IND, 50))])
    assert not keys[0].mutual and not keys[1].mutual
    assert keys[0].key != keys[1].key


def test_records_grouping_actor_without_code_is_keyed_by_name() -> None:
    assert actor_key(Actor("the  Four Men", None, None, None, None)) == "~the four men"
    assert actor_key(None) == ""


@pytest.mark.parametrize(
    ("gap", "record_dated", "mention_dated", "same"),
    [
        (0, True, True, True),
        (1, True, True, False),  # two dated days: two events (daily shelling)
        (WINDOW_DAYS, True, False, True),  # a report dated by its publication, a day late
        (-WINDOW_DAYS, False, True, True),
        (WINDOW_DAYS, False, False, True),
        (WINDOW_DAYS + 1, False, False, False),
    ],
)
def test_records_grouping_window_decides_whether_a_mention_joins(
    gap: int, record_dated: bool, mention_dated: bool, same: bool
) -> None:
    day = dt.date(2025, 8, 5)
    index = RecordIndex([RecordSlot(7, "D|RUS|IND|040|", day, record_dated)], next_id=8)
    (key,) = mention_keys([Mention.of(event(RUS, IND))])
    record, new = index.assign(key, day + dt.timedelta(days=gap), mention_dated)
    assert (record == 7) is same and new is not same


def test_records_grouping_directed_mention_joins_a_mutual_record_of_its_pair() -> None:
    day = dt.date(2025, 8, 5)
    index = RecordIndex([RecordSlot(3, "M|IND|RUS|040|", day)], next_id=4)
    (key,) = mention_keys([Mention.of(event(RUS, IND))])
    assert index.assign(key, day) == (3, False)


def test_records_grouping_new_records_are_shared_within_a_batch() -> None:
    index = RecordIndex([], next_id=1)
    (key,) = mention_keys([Mention.of(event(RUS, IND))])
    day = dt.date(2025, 8, 5)
    assert index.assign(key, day) == (1, True)
    assert index.assign(key, day) == (1, False)
    assert index.created == [1]


def test_records_grouping_story_needs_the_threshold() -> None:
    text = " ".join(f"sentence {i} about the talks between the two ministers" for i in range(60))
    full = minhash.sketch(minhash.shingles(text))
    assert full is not None
    same = choose_story(full, [("s1", full)])
    assert same == "s1"
    other = minhash.sketch(minhash.shingles("a different story about farm prices " * 20))
    assert other is not None
    assert minhash.containment(full, other) < STORY_THRESHOLD
    assert choose_story(full, [("s2", other)]) is None
    assert choose_story(None, [("s1", full)]) is None
