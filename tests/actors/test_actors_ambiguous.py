"""Shared names, shared titles, party-state labels and datelines (``actors.ambiguous``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_mentions import holding as _mention
from communique.actors import Knowledge, find_actors
from communique.index import ArticleIndex


def _actors(parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, date: str) -> list:
    return find_actors(parse(text, published=date), kb)


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # the article's own unambiguous mentions decide which Senate
        (
            "Senate President Bukola Saraki met President Muhammadu Buhari in Abuja.",
            "Bukola Saraki",
            "NGA",
        ),
        ("The Senate voted on Tuesday. President Barack Obama signed the bill.", "Senate", "USA"),
        # no candidate's country in the article: no country, never a guess
        ("Senate President Bukola Saraki will lead a delegation to Russia.", "Bukola Saraki", None),
        # a default where usage is near-uniform, which the article can overrule
        ("Tory leader Michael Howard sent his congratulations.", "Michael Howard", "GBR"),
        (
            "In Ottawa, Canada's opposition was divided. Tory leader Stephen Harper spoke.",
            "Stephen Harper",
            "CAN",
        ),
        ("The Commons science committee said the plan had failed.", "Commons", "GBR"),
        ("Labour MP Jean Corston said the plan had failed.", "Jean Corston", "GBR"),
        ("In Wellington, New Zealand's Labour won the vote.", "Labour", "NZL"),
        ("The Tories and Labour clashed over tax.", "Labour", "GBR"),
        # ... not for the last word of another name
        ("The Ministry of Employment and Labour is exploring new rules.", "Labour", None),
        ("In Ottawa, Canada's Commons voted on the budget.", "Commons", "CAN"),
        ("The Welsh Assembly voted on the budget.", "Welsh Assembly", "GBR"),
        # two parties called BNP: the one of the country the article is about
        ("Police in Wales questioned the BNP leader about his speech.", "BNP", "GBR"),
        ("The BNP called a strike in Dhaka against the government.", "BNP", "BGD"),
        ("The BNP said it would stand in the election.", "BNP", None),
        # a city's name used as an adjective is no place
        ("The Roman Catholic bishop of Cardiff spoke.", "Roman Catholic bishop", "GBR"),
        # different shared names in one sentence that only one country has together
        ("Republicans in Congress refused to lift sanctions on Iran.", "Republicans", "USA"),
        (
            "The Democratic House and the Republican Senate failed to agree.",
            "Republican Senate",
            "USA",
        ),
    ],
)
def test_ambiguous_shared_names_follow_the_article(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, phrase: str, country: str | None
) -> None:
    m = _mention(_actors(parse, kb, text, "2016-06-01"), phrase)
    assert m.country == country, m.how


def test_ambiguous_two_candidate_countries_named_alike_decide_nothing(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "Britain and New Zealand held elections. Labour won."
    mentions = _actors(parse, kb, text, "2016-06-01")
    assert not [m for m in mentions if "Labour" in m.text and m.country]


def test_ambiguous_a_country_named_in_passing_decides_nothing(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = (
        "President Barack Obama met Secretary of State John Kerry at the White House. "
        "The Pentagon and the State Department agreed. Americans approved, Washington said. "
        "A British reporter asked about the Conservative Principles group."
    )
    mentions = _actors(parse, kb, text, "2016-06-01")
    assert not [m for m in mentions if "Conservative" in m.text and m.country == "GBR"]


def test_ambiguous_unchosen_name_keeps_the_common_sector(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    m = _mention(_actors(parse, kb, "The Senate adjourned.", "2016-06-01"), "Senate")
    assert (m.country, m.sector) == (None, "LEG")


def test_ambiguous_party_sector_is_dated(parse: Callable[..., ArticleIndex], kb: Knowledge) -> None:
    """A British party is in opposition or government by the article's date."""
    text = "Britain's Conservative leader spoke in London."
    assert _mention(_actors(parse, kb, text, "2005-01-10"), "leader").sector == "OPP"
    assert _mention(_actors(parse, kb, text, "2012-01-10"), "leader").sector == "GOV"


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Sen. Chuck Grassley downplayed the remarks.", "Chuck Grassley", "USA"),
        (
            "In Manila, the Philippine government said Sen. Bong Go would attend.",
            "Bong Go",
            "PHL",
        ),
        ("Rep. Elijah Cummings (D-Md.) criticised the plan.", "Elijah Cummings", "USA"),
        ("Debbie Stabenow, D-Mich., said the proposal ignores the law.", "Debbie Stabenow", "USA"),
    ],
)
def test_ambiguous_us_legislators(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, phrase: str, country: str
) -> None:
    mentions = _actors(parse, kb, text, "2016-06-01")
    m = _mention(mentions, phrase)
    assert (m.country, m.sector) == (country, "LEG"), m.how
    assert not any(x.text in {"Md.", "Mich."} for x in mentions)  # the label's state


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("BEIRUT (Reuters) - Syria accused Israel of bombing a base.", "BEIRUT"),
        ("WASHINGTON — The Senate voted on Tuesday.", "WASHINGTON"),
    ],
)
def test_ambiguous_dateline_is_no_actor(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, dateline: str
) -> None:
    mentions = _actors(parse, kb, text, "2016-06-01")
    assert not any(dateline in m.text or m.text == "Reuters" for m in mentions)


def test_ambiguous_dateline_place_is_context(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    mentions = _actors(parse, kb, "WASHINGTON — The Senate voted on Tuesday.", "2016-06-01")
    assert _mention(mentions, "Senate").country == "USA"


def test_ambiguous_british_bodies(parse: Callable[..., ArticleIndex], kb: Knowledge) -> None:
    text = "The TUC and the CBI met Tony Blair in Downing Street."
    mentions = _actors(parse, kb, text, "2005-01-10")
    assert (_mention(mentions, "TUC").country, _mention(mentions, "TUC").sector) == ("GBR", "LAB")
    assert (_mention(mentions, "CBI").country, _mention(mentions, "CBI").sector) == ("GBR", "BUS")
