"""Role words on real parses: plural acronyms ("MPs"), a minister's portfolio as part of
the title ("Culture, Media and Sport Secretary"), and institutions named as places ("in
prison")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_mentions import holding as _mention
from communique.actors import Knowledge, find_actors
from communique.actors.text import acronym_plural
from communique.index import ArticleIndex

DATE = "2005-03-01"


# -- plural acronyms and members of legislatures


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        # "MPs" inside a sentence is tagged NNP by the small model
        ("In a statement to MPs, Mr Clarke said the law would be renewed.", "MPs", "LEG"),
        ("The measure was passed after key concessions, MPs said.", "MPs", "LEG"),
        ("On Monday, MPs voted 272-219 in favour of the Bill.", "MPs", "LEG"),
        ("Ecologists are warning MSPs that wind farms will spread.", "MSPs", "LEG"),
        ("Welsh AMs backed the budget on Tuesday.", "AMs", "LEG"),
        ("Peers voted against the government on Tuesday.", "Peers", "LEG"),
        ("A Labour peer has withdrawn his proposals.", "peer", "LEG"),
    ],
)
def test_knowledge_plural_legislators(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, phrase: str, sector: str
) -> None:
    m = _mention(find_actors(parse(text, published=DATE), kb), phrase)
    assert m.sector == sector
    assert m.kind == "group" or phrase == "peer"


def test_knowledge_meps_are_the_european_parliament(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    m = _mention(find_actors(parse("MEPs rejected the directive.", published=DATE), kb), "MEPs")
    assert m.code == "IGOLEG"


@pytest.mark.parametrize(
    ("text", "plural"),
    [("MPs", True), ("MEPs", True), ("NGOs", True), ("Mps", False), ("US", False)],
)
def test_text_acronym_plural(text: str, plural: bool) -> None:
    assert acronym_plural(text) is plural


# -- a portfolio is part of its title


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        (
            "Culture, Media and Sport Secretary Tessa Jowell met the organisers.",
            "Culture, Media and Sport Secretary Tessa Jowell",
            "Tessa Jowell",
        ),
        (
            "Environment, Food and Rural Affairs Secretary Margaret Beckett spoke on Monday.",
            "Environment, Food and Rural Affairs Secretary Margaret Beckett",
            "Margaret Beckett",
        ),
        (
            "Work and Pensions Secretary Alan Johnson said the plan was fair.",
            "Work and Pensions Secretary Alan Johnson",
            "Alan Johnson",
        ),
        (
            "The Culture, Media and Sport Secretary said the bid was strong.",
            "The Culture, Media and Sport Secretary",
            None,
        ),
        (
            "The Minister for Culture, Media and Sport opened the debate.",
            "The Minister for Culture, Media and Sport",
            None,
        ),
    ],
)
def test_phrases_portfolio_is_one_title(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, phrase: str, name: str | None
) -> None:
    mentions = find_actors(parse(text, published=DATE), kb)
    m = _mention(mentions, phrase)
    assert m.text == phrase
    assert m.sector == "GOV"
    if name is not None:
        assert (m.name, m.country) == (name, "GBR")
    # no word of the portfolio is an actor of its own
    assert not [x for x in mentions if x is not m and x.text in phrase]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Police Minister Hazel Blears met the chief constables.", "Hazel Blears", "GBRGOV"),
        (
            "Trade and Industry Secretary Patricia Hewitt backed the deal.",
            "Patricia Hewitt",
            "GBRGOV",
        ),
        (
            "The Shadow Secretary of State for the Family, Theresa May, attacked the plan.",
            "Shadow Secretary of State for the Family",
            "GBROPP",
        ),
        # a rank or "former" still decides
        ("Former Health Secretary Frank Dobson attacked the plan.", "Frank Dobson", "ELI"),
    ],
)
def test_resolve_portfolio_word_does_not_decide_the_sector(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, phrase: str, code: str
) -> None:
    m = _mention(find_actors(parse(text, published=DATE), kb), phrase)
    assert m.code == code


def test_phrases_a_list_of_people_is_no_portfolio(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "Blair, Brown and Foreign Secretary Jack Straw met on Monday."
    mentions = find_actors(parse(text, published=DATE), kb)
    straw = _mention(mentions, "Jack Straw")
    assert straw.text == "Foreign Secretary Jack Straw"
    assert _mention(mentions, "Blair").name == "Tony Blair"


# -- institutions named as places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("25 children have taken their own lives in prison, the report said.", "prison"),
        ("Most of the terror suspects are detained at Belmarsh prison in London.", "Belmarsh"),
        ("Two of the men were being held in Broadmoor hospital.", "Broadmoor"),
        ("The boy was taken to hospital after the attack.", "hospital"),
        ("Police returned 31,000 truants to school last year.", "school"),
        ("Parents may take children out of school for holidays.", "school"),
        ("The money will buy equipment in schools and hospitals.", "hospitals"),
        ("Thousands of couples go to court to settle disputes.", "court"),
        ("The men appeared in court on Monday.", "court"),
    ],
)
def test_phrases_institution_as_place_is_no_actor(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, place: str
) -> None:
    mentions = find_actors(parse(text, published=DATE), kb)
    assert not [m for m in mentions if place in m.text], [m.text for m in mentions]


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        ("Prison officers attacked the plan.", "Prison officers", "COP"),
        ("The Prison Service said the inmates were safe.", "Prison Service", "COP"),
        ("The school said it had expelled the boy.", "The school", "EDU"),
        ("The hospital denied the claims on Monday.", "The hospital", "HLH"),
        ("The men told the court they were innocent.", "the court", "JUD"),
        ("The case was brought before a court in Leeds.", "court", "JUD"),
    ],
)
def test_phrases_institution_as_actor_stays(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, phrase: str, sector: str
) -> None:
    m = _mention(find_actors(parse(text, published=DATE), kb), phrase)
    assert m.sector == sector
