"""Office holders: a definite title with no name names the holder on the article's date
(``actors.offices`` and ``data/offices.tsv``), on real parses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.actors import Knowledge, find_actors
from communique.actors.dictionaries import offices_table
from communique.actors.offices import holder, title_key
from communique.index import ArticleIndex
from communique.models import ActorMention

#: Sentences that make Britain the article's dominant country.
BRITAIN = "Labour and the Conservatives clashed in London over the plans for Britain. "


def _mention(mentions: list[ActorMention], phrase: str) -> ActorMention:
    holding = [m for m in mentions if m.text.lower() == phrase.lower()]
    assert holding, f"no mention is {phrase!r}: {[m.text for m in mentions]}"
    return holding[0]


@pytest.mark.parametrize(
    ("text", "phrase", "published", "name", "code"),
    [
        # the country from the article
        (
            BRITAIN + "The prime minister said the plan was fair.",
            "The prime minister",
            "2005-03-01",
            "Tony Blair",
            "GBRGOV",
        ),
        (
            BRITAIN + "The prime minister said the plan was fair.",
            "The prime minister",
            "2008-03-01",
            "Gordon Brown",
            "GBRGOV",
        ),
        (
            BRITAIN + "The chancellor will deliver his budget next week.",
            "The chancellor",
            "2005-03-01",
            "Gordon Brown",
            "GBRGOV",
        ),
        (
            BRITAIN + "The home secretary defended the control orders.",
            "The home secretary",
            "2005-03-01",
            "Charles Clarke",
            "GBRGOV",
        ),
        (
            BRITAIN + "Critics said the home secretary had gone too far.",
            "the home secretary",
            "2002-06-01",
            "David Blunkett",
            "GBRGOV",
        ),
        # the country from the title's own words
        (
            "Britain's foreign secretary flew to Washington on Monday.",
            "Britain's foreign secretary",
            "2005-03-01",
            "Jack Straw",
            "GBRGOV",
        ),
        (
            "The US president arrived in Berlin for talks.",
            "The US president",
            "2005-03-01",
            "George W. Bush",
            "USAGOV",
        ),
        (
            "The US president arrived in Berlin for talks.",
            "The US president",
            "2013-06-01",
            "Barack Obama",
            "USAGOV",
        ),
        (
            "The German chancellor met business leaders.",
            "The German chancellor",
            "2010-05-01",
            "Angela Merkel",
            "DEUGOV",
        ),
        (
            "The president of France opened the summit.",
            "The president of France",
            "2009-01-10",
            "Nicolas Sarkozy",
            "FRAGOV",
        ),
        (
            "Voters heard the Tory leader attack the budget.",
            "the Tory leader",
            "2005-03-01",
            "Michael Howard",
            "GBROPP",
        ),
        (
            BRITAIN + "The Conservative leader promised lower taxes.",
            "The Conservative leader",
            "2006-03-01",
            "David Cameron",
            "GBROPP",
        ),
        (
            "The Lib Dem leader campaigned in Cornwall.",
            "The Lib Dem leader",
            "2005-03-01",
            "Charles Kennedy",
            "GBROPP",
        ),
        (
            "The Nato secretary general visited Kabul.",
            "The Nato secretary general",
            "2016-05-01",
            "Jens Stoltenberg",
            "IGOMIL",
        ),
        # no dominant country: the one holder the article names, or the one country
        # with the office (the US has no prime minister)
        (
            "Tony Blair met George Bush and the US Congress in Washington. "
            "The prime minister urged the US to keep its alliance with Europe.",
            "The prime minister",
            "2004-11-03",
            "Tony Blair",
            "GBRGOV",
        ),
    ],
)
def test_offices_definite_title_names_the_holder(
    parse: Callable[..., ArticleIndex],
    kb: Knowledge,
    text: str,
    phrase: str,
    published: str,
    name: str,
    code: str,
) -> None:
    m = _mention(find_actors(parse(text, published=published), kb), phrase)
    assert (m.name, m.code, m.kind) == (name, code, "person")
    assert f"office holder on {published}" in m.how


@pytest.mark.parametrize(
    "text",
    [
        BRITAIN + "A prime minister must listen to voters.",
        BRITAIN + "The former prime minister said the plan was fair.",
        BRITAIN + "Prime ministers come and go.",
        BRITAIN + "The next prime minister will face the same problem.",
        BRITAIN + "The new Tory leader will be chosen in December.",
        BRITAIN + "The late prime minister was remembered on Monday.",
        # a regional office is not the country's
        BRITAIN + "The Scottish Conservative leader attacked the plan.",
        # the name beside the title decides
        BRITAIN + "The Tory leader, David Davis, attacked the plan.",
        # two countries with the office, neither holder named
        "Gordon Brown and the French and German finance ministers met US officials "
        "in Washington. The prime minister said the talks were useful.",
    ],
)
def test_offices_generic_or_other_titles_name_nobody(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str
) -> None:
    mentions = find_actors(parse(text, published="2005-03-01"), kb)
    assert not [m for m in mentions if "office holder" in m.how]
    assert "Tony Blair" not in {m.name for m in mentions}
    assert "Michael Howard" not in {m.name for m in mentions}


def test_offices_no_date_no_guess(parse: Callable[..., ArticleIndex], kb: Knowledge) -> None:
    text = BRITAIN + "The prime minister said the plan was fair."
    m = _mention(find_actors(parse(text), kb), "The prime minister")
    assert m.name == "prime minister"
    assert "office holder" not in m.how


def test_offices_holder_joins_later_surname(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = BRITAIN + "The prime minister defended the plan. Mr Blair said it was fair."
    mentions = find_actors(parse(text, published="2005-03-01"), kb)
    title, surname = _mention(mentions, "The prime minister"), _mention(mentions, "Mr Blair")
    assert title.entity == surname.entity


def test_offices_earlier_title_wins_over_the_dominant_country(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = (
        BRITAIN + "Israeli Prime Minister Ariel Sharon met Tony Blair in London. "
        "The prime minister said Israel would withdraw."
    )
    m = _mention(find_actors(parse(text, published="2005-03-01"), kb), "The prime minister")
    assert (m.name, m.country) == ("Ariel Sharon", "ISR")


def test_offices_a_repeated_title_keeps_its_country(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = BRITAIN + "The US president landed at Heathrow. The president then met the Queen."
    m = _mention(find_actors(parse(text, published="2005-03-01"), kb), "The president")
    assert (m.name, m.country) == ("George W. Bush", "USA")


@pytest.mark.parametrize(
    ("country", "title", "date", "person"),
    [
        ("GBR", "prime minister", "2007-06-26", "Tony Blair"),
        ("GBR", "prime minister", "2007-06-27", "Gordon Brown"),  # the end is exclusive
        ("GBR", "PM", "2016-07-13", "Theresa May"),
        ("GBR", "Tory leader", "2019-07-23", "Boris Johnson"),
        ("GBR", "leader of the opposition", "2024-07-05", "Rishi Sunak"),
        ("USA", "secretary of state", "2005-01-26", "Condoleezza Rice"),
        ("USA", "defense secretary", "2011-06-30", "Robert Gates"),
        ("USA", "vice president", "2021-01-20", "Kamala Harris"),
        ("DEU", "chancellor", "2005-11-21", "Gerhard Schroeder"),
        ("IGO", "UN secretary-general", "2006-12-31", "Kofi Annan"),
        ("IGO", "UN secretary-general", "2007-01-01", "Ban Ki-moon"),
        ("CHN", "premier", "2013-03-15", "Li Keqiang"),
        ("RUS", "president", "2010-01-01", "Dmitry Medvedev"),
    ],
)
def test_offices_holder_on_date(country: str, title: str, date: str, person: str) -> None:
    h = holder(country, title_key(title), date)
    assert h is not None and h.person == person


def test_offices_table_terms_do_not_overlap() -> None:
    """Within an office, no two holders' terms overlap (end exclusive)."""
    by_office: dict[tuple[str, str], list[tuple[str, str | None, str]]] = {}
    for country, office, _, person, start, end, _ in offices_table():
        by_office.setdefault((country, office), []).append((start, end, person))
    for terms in by_office.values():
        terms.sort()
        for (_, end, person), (start, _, _) in zip(terms, terms[1:], strict=False):
            assert end is not None and end <= start, (person, end, start)


@pytest.mark.parametrize(
    ("person", "name"),
    [("Tony Blair", "Tony Blair"), ("Jack Straw", "Jack Straw"), ("Ash Carter", "Ashton Carter")],
)
def test_offices_holders_are_table_people(kb: Knowledge, person: str, name: str) -> None:
    """A holder the named-actor tables know is named as they name it (so that a later
    "Mr Straw" joins the title)."""
    entry = kb.find(person)
    assert entry is not None and (entry.kind, entry.name) == ("person", name)
