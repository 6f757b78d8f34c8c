"""find_dates(): the expressions of real parses, anchored to the publication date."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.dates import find_dates
from communique.index import ArticleIndex

WED = "2025-08-06"  # a Wednesday, the seed article's date


def _dates(parsed: ArticleIndex) -> dict[str, str | None]:
    return {d.text: d.value for d in find_dates(parsed)}


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
