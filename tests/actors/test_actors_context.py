"""Second-round actor coverage on real parses: new role nouns, institutions, people,
and the country a state actor takes from its context."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_mentions import holding as _mention
from communique.actors import Knowledge, find_actors
from communique.actors.context import dominant_country
from communique.actors.resolve import Resolved
from communique.index import ArticleIndex

DATE = "2025-09-01"


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        # role nouns met in running news text
        ("Chinese hackers broke into the network last week.", "hackers", "CHN", "CRM"),
        ("State-backed hackers from Russia breached the servers.", "hackers", "RUS", "SPY"),
        ("Some 160 Chinese peacekeepers arrived on Thursday.", "peacekeepers", "CHN", "MIL"),
        ("Two Chinese warplanes entered the zone.", "warplanes", "CHN", "MIL"),
        ("Israeli military jets struck the camp overnight.", "jets", "ISR", "MIL"),
        ("Syrian government missiles hit the town.", "missiles", "SYR", "MIL"),
        ("US airstrikes hit the compound.", "airstrikes", "USA", "MIL"),
        ("Riot police fired tear gas at the crowd.", "police", None, "COP"),
        ("The strikers accepted the offer.", "strikers", None, "LAB"),
        ("U.S. federal investigators shared the files.", "investigators", "USA", "COP"),
        ("A Washington think tank published the study.", "think tank", "USA", "EDU"),
        ("Hundreds of protesters marched on parliament.", "Hundreds of", None, "CVL"),
        ("Thousands of Ukrainian troops crossed the river.", "Thousands of", "UKR", "MIL"),
        ("Taliban attackers stormed the compound.", "attackers", "AFG", "UAF"),
        ("The U.S. southern command said it was ready.", "command", "USA", "MIL"),
        ("Buckingham Palace said the king was well.", "Buckingham", "GBR", "GOV"),
        ("Kosovo Serbs blocked the road.", "Kosovo Serbs", "XKX", None),
        ("Lavrov met his Lebanese counterpart on Monday.", "counterpart", "LBN", "GOV"),
        ("Premier Li Keqiang's visit to Berlin went well.", "Li Keqiang", "CHN", "GOV"),
        ("A convicted IRA bomber was deported.", "bomber", "GBR", "REB"),
        ("Bosnian Serb soldiers shelled the town.", "soldiers", "BIH", "MIL"),
        # UK unions, charities and public bodies, and the people the text ties to them
        ("PCS leader Mark Serwotka warned of strikes.", "Mark Serwotka", "GBR", "LAB"),
        ("The Refugee Council said the plan was flawed.", "Refugee Council", "GBR", "NGO"),
        ("Ofsted said schools had improved.", "Ofsted", "GBR", "GOV"),
        # national institutions and state companies
        ("ICE detained dozens of people in Chicago.", "ICE", "USA", "COP"),
        ("CBP stopped the shipment.", "CBP", "USA", "COP"),
        ("Sonatrach raised its gas prices.", "Sonatrach", "DZA", "BUS"),
        ("The Home Office rejected the claim.", "Home Office", "GBR", "GOV"),
        ("Pemex reported a loss.", "Pemex", "MEX", "BUS"),
        ("The RSF attacked El Fasher.", "RSF", "SDN", "REB"),
        # office holders added this round
        ("Karoline Leavitt told reporters the deal was close.", "Leavitt", "USA", "GOV"),
        ("Pam Bondi announced charges.", "Bondi", "USA", "JUD"),
        ("Khalil al-Hayya said the group accepted the proposal.", "Hayya", "PSE", "REB"),
    ],
)
def test_context_new_coverage(
    parse: Callable[..., ArticleIndex],
    kb: Knowledge,
    text: str,
    phrase: str,
    country: str | None,
    sector: str | None,
) -> None:
    m = _mention(find_actors(parse(text, published=DATE), kb), phrase)
    assert (m.country, m.sector) == (country, sector)


def test_context_missiles_alone_are_no_actor(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    mentions = find_actors(parse("The jets flew over the town.", published=DATE), kb)
    assert not [m for m in mentions if "jets" in m.text]


def test_context_pope_has_no_country(parse: Callable[..., ArticleIndex], kb: Knowledge) -> None:
    m = _mention(find_actors(parse("Pope Francis met pilgrims.", published=DATE), kb), "Francis")
    assert (m.country, m.sector) == (None, "REL")


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("In Kenya, police fired tear gas at protesters.", "police", "KEN"),
        ("Authorities eased the curfew as shops reopened in Amman.", "Authorities", "JOR"),
        # two locations: ambiguous
        ("In Kenya and Uganda, police arrested ten people.", "police", None),
        # a country that is not a location says nothing about whose government it is
        ("The government said Russia had attacked.", "government", None),
        # a venue is no home
        ("Negotiators met in Doha on Monday.", "Negotiators", None),
        ("Officials held talks in Geneva.", "Officials", None),
        # troops are often foreign to the place they are in
        ("Soldiers were deployed in Somalia.", "Soldiers", None),
    ],
)
def test_context_sentence_location(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, phrase: str, country: str | None
) -> None:
    m = _mention(find_actors(parse(text, published=DATE), kb), phrase)
    assert m.country == country


def test_context_article_dominant_country(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = (
        "Kenya's president dissolved the cabinet on Friday. Kenyan opposition leaders "
        "welcomed the move. The government said the protests were illegal."
    )
    mentions = find_actors(parse(text, published=DATE), kb)
    gov = _mention(mentions, "The government")
    assert (gov.country, gov.code) == ("KEN", "KENGOV")
    assert "dominant" in gov.how


def test_context_no_dominant_country_in_a_two_country_article(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = (
        "India and Russia held talks in Moscow. Russia's defence minister met India's "
        "ambassador. The government said the talks went well."
    )
    gov = _mention(find_actors(parse(text, published=DATE), kb), "The government")
    assert gov.country is None


def _r(country: str | None) -> Resolved:
    return Resolved(0, 1, 0, "x", None, country, None, country, "country", [], [])


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        (["KEN", "KEN", "UGA"], "KEN"),
        (["KEN"], None),  # one mention is not enough
        (["KEN", "KEN", "UGA", "UGA"], None),
        (["KEN", "KEN", "IGO", "IGO", "IGO"], "KEN"),  # IGO mentions do not count
        (["KEN", "KEN", "UGA", "TZA", "RWA"], None),  # under half of all
        ([None, None], None),
    ],
)
def test_context_dominant_country_rule(countries: list[str | None], expected: str | None) -> None:
    assert dominant_country([_r(c) for c in countries]) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reporters Without Borders condemned the arrest.", "Reporters Without Borders"),
        ("The charity Doctors Without Borders left the town.", "Doctors Without Borders"),
    ],
)
def test_context_name_split_by_the_parser_is_one_mention(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, name: str
) -> None:
    mentions = find_actors(parse(text, published=DATE), kb)
    texts = [m.text for m in mentions]
    assert name in texts
    assert not [t for t in texts if t != name and t in name]


def test_context_headline_person_before_a_verb(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    # the small model reads "Obama Increases Number" as one person
    text = "Obama Increases Number of Syrian Refugees for U.S. Resettlement to 10,000."
    m = _mention(find_actors(parse(text, published="2016-09-01"), kb), "Obama")
    assert (m.text, m.country, m.sector) == ("Obama", "USA", "GOV")


def test_context_balkan_is_no_country(parse: Callable[..., ArticleIndex], kb: Knowledge) -> None:
    text = "NATO extended its mission in the troubled Balkan republic."
    mentions = find_actors(parse(text, published=DATE), kb)
    assert all(m.country in {None, "IGO"} for m in mentions)


def test_context_taking_command_is_no_actor(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    mentions = find_actors(parse("He took command of the unit.", published=DATE), kb)
    assert not [m for m in mentions if "command" in m.text]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Iran said the country's military forces were ready.", "military forces", "IRNMIL"),
        (
            "Protests spread across Chile as the country's president called for calm.",
            "president",
            "CHLGOV",
        ),
        (
            "A Venezuelan police helicopter attacked the country's Supreme Court building.",
            "Supreme Court",
            "VENJUD",
        ),
        # no country named before: nothing to refer to
        ("The country's army attacked the rebels.", "army", "MIL"),
    ],
)
def test_context_the_country_s(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, phrase: str, code: str
) -> None:
    m = _mention(find_actors(parse(text, published=DATE), kb), phrase)
    assert m.code == code


def test_context_courtesy_title_joins_the_full_name(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "Friedrich Merz won the vote. Mr Merz thanked his party. Ms Quinn left."
    mentions = find_actors(parse(text, published=DATE), kb)
    merz = _mention(mentions, "Mr Merz")
    assert (merz.name, merz.code) == ("Friedrich Merz", "DEUGOV")
    assert merz.entity == _mention(mentions, "Friedrich Merz").entity
    assert _mention(mentions, "Ms Quinn").name == "Quinn"


def test_context_two_people_folded_into_one_chunk(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "Trump and Japanese Prime Minister Shinzo Abe have cut tariffs on farm goods."
    mentions = find_actors(parse(text, published="2019-09-30"), kb)
    assert [(m.text, m.code) for m in mentions] == [
        ("Trump", "USAGOV"),
        ("Japanese Prime Minister Shinzo Abe", "JPNGOV"),
    ]


def test_context_a_date_is_no_actor(parse: Callable[..., ArticleIndex], kb: Knowledge) -> None:
    mentions = find_actors(parse("In late March, rebels freed prisoners.", published=DATE), kb)
    assert [m.text for m in mentions] == ["rebels"]


@pytest.mark.parametrize(
    ("text", "phrases", "country"),
    [
        # a named official with a state (or opposition) title the tables do not know
        # takes the article's country, and so do the later mentions of the same person
        (
            "Welsh ministers met on Monday. The Welsh Assembly Government set the budget. "
            "Finance Minister Sue Essex said it was a good deal. Ms Essex said councils "
            "would cope.",
            ["Finance Minister Sue Essex", "Ms Essex"],
            "GBR",
        ),
        (
            "Britain's Home Office rejected the plan. The UK government said it would "
            "appeal. Shadow home secretary David Davis said the plan had failed.",
            ["Shadow home secretary David Davis"],
            "GBR",
        ),
        # no country dominates: the official keeps none
        (
            "India and Russia held talks on Monday. Finance Minister Sue Essex said it "
            "was a good deal.",
            ["Finance Minister Sue Essex"],
            None,
        ),
        # no state title: a named person keeps no country, whatever the article's
        (
            "Britain's Home Office rejected the plan. The UK government said it would "
            "appeal. Sir Andrew Green, chairman of the organisation, said it had failed.",
            ["Sir Andrew Green"],
            None,
        ),
    ],
)
def test_context_titled_person_takes_the_article_country(
    parse: Callable[..., ArticleIndex],
    kb: Knowledge,
    text: str,
    phrases: list[str],
    country: str | None,
) -> None:
    mentions = find_actors(parse(text, published="2005-03-01"), kb)
    for phrase in phrases:
        assert _mention(mentions, phrase).country == country, phrase
