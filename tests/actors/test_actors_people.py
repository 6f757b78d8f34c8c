"""People in the actor stage on real spaCy parses: names after courtesy titles, days
before names, peers, shadow ministers, appositive affiliations, carried countries."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_mentions import holding as _mention
from communique.actors import Knowledge, find_actors
from communique.index import ArticleIndex
from communique.models import ActorMention


def _mentions(parse: Callable[..., ArticleIndex], kb: Knowledge, text: str) -> list[ActorMention]:
    return find_actors(parse(text, published="2005-03-01"), kb)


def test_people_day_before_a_name_is_no_part_of_it(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = (
        "Prime Minister Tony Blair spoke in the Commons. "
        "The opposition was cautious, but on Wednesday Mr Blair said he wanted a vote."
    )
    last = [m for m in _mentions(parse, kb, text) if "Blair" in m.text][-1]
    assert last.text == "Mr Blair"
    assert (last.name, last.country) == ("Tony Blair", "GBR")


def test_people_courtesy_title_makes_a_person_who_joins_the_full_name(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = (
        "Liberal Democrat Treasury spokesman Vincent Kettle unveiled the policy. "
        "Mr Kettle said banks were pushing loans too hard."
    )
    short = [m for m in _mentions(parse, kb, text) if m.text == "Mr Kettle"]
    assert short and short[0].kind == "person"
    assert short[0].name == "Vincent Kettle"
    assert short[0].country == "GBR"


@pytest.mark.parametrize("title", ["Lord", "Baroness"])
def test_people_peer_is_a_british_legislator(
    parse: Callable[..., ArticleIndex], kb: Knowledge, title: str
) -> None:
    text = f"{title} Hartwell told peers the answer had been his own."
    (m,) = [m for m in _mentions(parse, kb, text) if "Hartwell" in m.text]
    assert (m.kind, m.country, m.sector) == ("person", "GBR", "LEG")


def test_people_shadow_minister_is_opposition(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "Shadow chancellor Oliver Letwin attacked the Budget."
    m = next(m for m in _mentions(parse, kb, text) if "Letwin" in m.text)
    assert m.sector == "OPP"


def test_people_appositive_party_gives_a_member_its_country_not_its_name(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "Senator Lindsey Graham, Republican of South Carolina, criticised the plan."
    ms = _mentions(parse, kb, text)
    person = next(m for m in ms if "Graham" in m.text)
    party = next((m for m in ms if m.name == "Republican Party"), None)
    assert person.country == "USA"
    assert party is None or party.entity != person.entity


def test_people_affiliation_in_an_appositive_gives_a_country(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "But Darren Pell, an adviser on energy to President Bush, rejected the claim."
    m = next(m for m in _mentions(parse, kb, text) if "Pell" in m.text)
    assert m.country == "USA"


def test_people_place_after_a_name_is_no_affiliation(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "Malcolm Hart, of Leeds, said the speech was good."
    ms = [m for m in _mentions(parse, kb, text) if "Hart" in m.text]
    assert all(m.country is None for m in ms)


def test_people_surname_of_a_table_person_with_another_first_name(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "Jeb Bush said the campaign would go on. Mr Bush told reporters he was confident."
    ms = [m for m in _mentions(parse, kb, text) if "Bush" in m.text]
    assert ms and all(m.name == "Jeb Bush" for m in ms)
    assert all(m.country != "USA" or m.sector != "GOV" for m in ms)


def test_people_surname_of_a_table_person_still_links(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "President George W. Bush met Tony Blair. Mr Bush said the talks went well."
    short = next(m for m in _mentions(parse, kb, text) if m.text == "Mr Bush")
    assert (short.name, short.country) == ("George W. Bush", "USA")


def test_people_definite_state_title_takes_the_dominant_country(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = (
        "The attorney general has denied the claim. Britain's government said the advice "
        "was sound, and British ministers backed him in London."
    )
    m = next(m for m in _mentions(parse, kb, text) if m.text == "The attorney general")
    assert (m.country, m.sector) == ("GBR", "JUD")


def test_people_the_title_is_not_the_shadow_title(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = (
        "Chancellor Gordon Brown spoke first. Shadow chancellor Oliver Letwin replied. "
        "Later the chancellor promised more help for first-time buyers."
    )
    ms = _mentions(parse, kb, text)
    the = next(m for m in ms if m.text == "the chancellor")
    letwin = next(m for m in ms if "Letwin" in m.text)
    assert the.entity != letwin.entity
    assert the.sector == "GOV"


@pytest.mark.parametrize(
    ("name", "sector"),
    [("Michael Howard", "OPP"), ("Charles Kennedy", "OPP"), ("Geoff Hoon", "GOV")],
)
def test_people_british_office_holders_of_2005(
    parse: Callable[..., ArticleIndex], kb: Knowledge, name: str, sector: str
) -> None:
    text = f"{name} said the vote would be close."
    m = next(m for m in _mentions(parse, kb, text) if name in m.text)
    assert (m.country, m.sector) == ("GBR", sector)


def test_people_doctor_title_joins_the_full_name(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "Tory chairman Liam Fox opened the forum. Dr Fox attacked the government."
    short = next(m for m in _mentions(parse, kb, text) if m.text == "Dr Fox")
    assert short.name == "Liam Fox" and short.country == "GBR"


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # a British peer's title before a surname is not a foreign table person's
        ("Lord Harris, of the police authorities, said the plan was flawed.", "Lord Harris", "GBR"),
        # ... while a plain honorific links as before
        ("Mr Bush said the plan was flawed.", "Mr Bush", "USA"),
    ],
)
def test_people_peer_title_is_no_foreign_namesake(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, phrase: str, country: str
) -> None:
    m = _mention(find_actors(parse(text, published="2005-03-01"), kb), phrase)
    assert m.country == country, m.how
