"""The dates stage: expressions found in real parses and anchored to the publication date."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.dates import calendar as cal
from communique.dates import find_dates, resolve
from communique.errors import BadDateError
from communique.index import ArticleIndex

WED = "2025-08-06"  # a Wednesday, the seed article's date


def _dates(parsed: ArticleIndex) -> dict[str, str | None]:
    return {d.text: d.value for d in find_dates(parsed)}


# --- resolve(): one expression, tense given ------------------------------------------


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("on Tuesday", "past", "2025-08-05"),
        ("on Wednesday", "past", "2025-08-06"),
        ("on Thursday", "past", "2025-07-31"),
        ("on Thursday", "future", "2025-08-07"),
        ("from Friday", "future", "2025-08-08"),
        ("last Wednesday", "past", "2025-07-30"),
        ("next Monday", "past", "2025-08-11"),
        ("Thursday morning", "past", "2025-07-31"),
        ("yesterday", "past", "2025-08-05"),
        ("today", "past", "2025-08-06"),
        ("tomorrow", "future", "2025-08-07"),
        ("tonight", "future", "2025-08-06"),
    ],
)
def test_dates_resolve_days(text: str, tense: str, value: str) -> None:
    assert resolve(text, WED, tense=tense) == value


@pytest.mark.parametrize(
    ("text", "published", "tense", "value"),
    [
        ("last week", WED, "past", "2025-W31"),
        ("this week", WED, "past", "2025-W32"),
        ("next week", WED, "future", "2025-W33"),
        ("the past week", WED, "past", "2025-W32"),
        ("earlier this week", WED, "past", "2025-W32"),
        ("last month", "1998-08-08", "past", "1998-07"),
        ("last year", "1999-10-08", "past", "1998"),
        ("later this year", "2000-01-28", "future", "2000"),
        ("two months ago", "2000-01-28", "past", "1999-11"),
        ("mid-2019", WED, "past", "2019"),
        ("by the end of the month", WED, "future", "2025-08"),
        ("late last year", WED, "past", "2024"),
        ("11 days ago", "1999-04-19", "past", "1999-04-08"),
    ],
)
def test_dates_resolve_relative_units(text: str, published: str, tense: str, value: str) -> None:
    assert resolve(text, published, tense=tense) == value


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("on the weekend", "past", "2025-08-02/2025-08-03"),
        ("over the weekend", "future", "2025-08-09/2025-08-10"),
        ("last weekend", "future", "2025-08-02/2025-08-03"),
        ("next weekend", "past", "2025-08-09/2025-08-10"),
    ],
)
def test_dates_resolve_weekend_range(text: str, tense: str, value: str) -> None:
    assert resolve(text, WED, tense=tense) == value


@pytest.mark.parametrize(
    ("text", "published", "tense", "value"),
    [
        ("in November", "1999-05-07", "past", "1998-11"),
        ("in November", "1999-05-07", "future", "1999-11"),
        ("in May", "1999-05-07", "past", "1999-05"),
        ("late-November", "2000-01-28", "past", "1999-11"),
        ("early December", "2000-01-07", "past", "1999-12"),
        ("last November", "2000-06-01", "past", "1999-11"),
        ("January 1998", "1999-05-07", "past", "1998-01"),
        ("in 1997", "1999-05-07", "past", "1997"),
        ("last April", "1989-10-27", "past", "1989-04"),
        ("this September", "1998-02-05", "past", "1998-09"),
        ("June last year", "1998-02-19", "past", "1997-06"),
        ("in mid-November", "1989-10-30", "past", "1989-11"),
    ],
)
def test_dates_resolve_months_and_years(text: str, published: str, tense: str, value: str) -> None:
    assert resolve(text, published, tense=tense) == value


@pytest.mark.parametrize(
    ("text", "published", "tense", "value"),
    [
        ("August 5, 2025", WED, "past", "2025-08-05"),
        ("5 Aug 2025", WED, "past", "2025-08-05"),
        ("Aug. 7, 1998", "1999-10-08", "past", "1998-08-07"),
        ("2025-08-05", WED, "future", "2025-08-05"),
        ("Aug. 5", WED, "past", "2025-08-05"),
        ("August 5", WED, "future", "2025-08-05"),
        ("Nov. 25", "2000-01-15", "past", "1999-11-25"),
        ("Jan. 14", "2000-01-05", "future", "2000-01-14"),
        ("Monday, Oct. 26", "1998-10-25", "past", "1998-10-26"),
        ("Thanksgiving Day", "2000-01-07", "past", "1999-11-25"),
        ("Election Day", "1998-10-26", "future", "1998-11-03"),
        ("Easter week", "2000-04-17", "past", "2000-W16"),
    ],
)
def test_dates_resolve_explicit_dates(text: str, published: str, tense: str, value: str) -> None:
    assert resolve(text, published, tense=tense) == value


@pytest.mark.parametrize(
    "text",
    [
        "three years",
        "for two weeks",
        "at 3 p.m.",
        "every Monday",
        "every other Tuesday",
        "recently",
        "now",
        "the past year",
        "in the 1990s",
        "3-1/2 year conflict",
        "this spring",
    ],
)
def test_dates_resolve_non_dates_give_none(text: str) -> None:
    assert resolve(text, WED) is None


def test_dates_resolve_rejects_bad_input() -> None:
    with pytest.raises(BadDateError):
        resolve("on Tuesday", "06/08/2025")
    with pytest.raises(BadDateError):
        resolve("on Tuesday", WED, tense="someday")


def test_dates_calendar_easter_and_nth_weekday() -> None:
    assert cal.easter(2000).isoformat() == "2000-04-23"
    assert cal.easter(2025).isoformat() == "2025-04-20"
    assert cal.nth_weekday(1999, 11, 3, 4).isoformat() == "1999-11-25"
    assert cal.nth_weekday(2025, 5, 0, -1).isoformat() == "2025-05-26"


# --- find_dates(): real parses, tense read from the verb ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Russia on Tuesday accused the United States of illegal pressure.",
            WED,
            {"on Tuesday": "2025-08-05"},
        ),
        (
            "Trump has said that from Friday, he will impose new sanctions on Russia.",
            WED,
            {"from Friday": "2025-08-08"},
        ),
        ("The two ministers will meet in Moscow on Thursday.", WED, {"on Thursday": "2025-08-07"}),
        ("The two ministers met in Moscow on Thursday.", WED, {"on Thursday": "2025-07-31"}),
        ("The talks are expected to resume Monday.", WED, {"Monday": "2025-08-11"}),
        (
            "Officials told reporters on the weekend that exports will continue.",
            WED,
            {"on the weekend": "2025-08-02/2025-08-03"},
        ),
        ("The rebels seized the town in November.", "1999-05-07", {"in November": "1998-11"}),
        ("The summit will be held in November.", "1999-05-07", {"in November": "1999-11"}),
        (
            "The embassy bombings of Aug. 7 killed 224 people.",
            "1998-08-18",
            {"Aug. 7": "1998-08-07"},
        ),
        (
            "The treaty was signed in 1997 and ratified last year.",
            "1999-05-07",
            {"in 1997": "1997", "last year": "1998"},
        ),
        (
            "He fled in June 1998 and returned to Cuba later that year.",
            "2000-01-28",
            {"in June 1998": "1998-06", "later that year": "1998"},
        ),
        (
            "Prices rose sharply last month, the ministry said Friday.",
            "1998-08-08",
            {"last month": "1998-07", "Friday": "1998-08-07"},
        ),
        (
            "The doctor was shot on Oct. 23. Two days later, police found the rifle.",
            "1999-01-05",
            {"on Oct. 23": "1998-10-23", "Two days later": "1998-10-25"},
        ),
        ("The 2016 presidential candidates met in Iowa.", "2015-12-03", {"2016": "2016"}),
        (
            "The summit was held Oct. 23-25, 1998, in Moscow.",
            "1999-02-10",
            {"Oct. 23": "1998-10-23", "25, 1998": "1998-10-25"},
        ),
        ("Protesters planned a large rally on Saturday.", WED, {"on Saturday": "2025-08-09"}),
        ("Friday's vote will decide the matter.", WED, {"Friday": "2025-08-08"}),
        (
            "The union signed a new pact effective June 1.",
            "1989-10-26",
            {"effective June 1": "1990-06-01"},
        ),
        ("Neither man could be reached Wednesday.", "2000-01-06", {"Wednesday": "2000-01-05"}),
        ("The offer had been scheduled to expire Friday.", "1989-10-30", {"Friday": "1989-10-27"}),
    ],
)
def test_dates_find_resolves_against_published(
    parse: Callable[..., ArticleIndex], sentence: str, published: str, expected: dict[str, str]
) -> None:
    assert _dates(parse(sentence, published=published)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow must end its 3-1/2 year conflict with Ukraine.",
        "The war has lasted three years and the talks went on for two weeks.",
        "The council meets every Monday at 3 p.m.",
        "Theresa May said the army deployed 2000 soldiers in the 1990s.",
        "Growth slowed this spring and recently picked up again.",
        "A poll of 2047 registered voters was taken.",
        "Activists joined the March for Life near the Sunday Times offices.",
        "The Good Friday Agreement ended the conflict.",
        "Clinton won most Super Tuesday states.",
    ],
)
def test_dates_find_skips_non_dates(parse: Callable[..., ArticleIndex], sentence: str) -> None:
    assert find_dates(parse(sentence, published=WED)) == []


def test_dates_find_offsets_and_sentences(parse: Callable[..., ArticleIndex]) -> None:
    text = "The envoy arrived on Monday.\nTalks will continue on Friday."
    parsed = parse(text, published=WED)
    dates = find_dates(parsed)
    assert [(d.text, d.sentence) for d in dates] == [("on Monday", 0), ("on Friday", 1)]
    for d in dates:
        assert text[d.start : d.end] == d.text


def test_dates_find_without_published_keeps_only_absolute(
    parse: Callable[..., ArticleIndex],
) -> None:
    text = "The embassy was bombed on Aug. 7, 1998, and officials met again on Tuesday."
    assert _dates(parse(text)) == {"on Aug. 7, 1998": "1998-08-07"}


def test_dates_find_skips_credit_lines(parse: Callable[..., ArticleIndex]) -> None:
    text = "Ministers met on Tuesday in Delhi.\n© 2025 Reuters. All rights reserved."
    assert _dates(parse(text, published=WED)) == {"on Tuesday": "2025-08-05"}


def test_dates_find_seed_article(seed_parsed: ArticleIndex) -> None:
    dates = find_dates(seed_parsed)
    values = [(d.text, d.value) for d in dates]
    assert values == [
        ("on Tuesday", "2025-08-05"),
        ("on Tuesday", "2025-08-05"),
        ("from Friday", "2025-08-08"),
        ("on the weekend", "2025-08-02/2025-08-03"),
    ]
    text = seed_parsed.article.text
    assert all(text[d.start : d.end] == d.text for d in dates)
    assert not any("3-1/2" in text[d.start - 10 : d.end + 10] for d in dates)
