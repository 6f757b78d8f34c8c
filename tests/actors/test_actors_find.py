"""The actor stage on real spaCy parses: phrases, codes, dates, coreference."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from actor_mentions import holding as _best
from communique.actors import Knowledge, find_actors, load_knowledge, lookup
from communique.index import ArticleIndex


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        ("The Kremlin rejected the proposal.", "Kremlin", "RUS", "GOV"),
        ("The White House said the talks would go on.", "White House", "USA", "GOV"),
        ("The Pentagon announced new deployments.", "Pentagon", "USA", "MIL"),
        ("Talks will continue unless Moscow takes steps.", "Moscow", "RUS", "GOV"),
        ("New Delhi has called the threats unjustified.", "New Delhi", "IND", "GOV"),
        ("Downing Street declined to comment.", "Downing Street", "GBR", "GOV"),
    ],
)
def test_find_metonyms(
    parse: Callable[..., ArticleIndex],
    kb: Knowledge,
    text: str,
    phrase: str,
    country: str,
    sector: str,
) -> None:
    m = _best(find_actors(parse(text, published="2025-08-06"), kb), phrase)
    assert (m.country, m.sector) == (country, sector)
    assert m.kind == "place"


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        (
            "Russia’s Deputy Defence Minister Alexander Fomin met him.",
            "Alexander Fomin",
            "RUS",
            "GOV",
        ),
        ("Russia's Baltic Fleet held drills.", "Baltic Fleet", "RUS", "MIL"),
        ("Chile's Ministry of Mines issued a statement.", "Ministry of Mines", "CHL", "GOV"),
        ("Nigeria’s airlines cancelled flights.", "airlines", "NGA", "BUS"),
    ],
)
def test_find_possessives(
    parse: Callable[..., ArticleIndex],
    kb: Knowledge,
    text: str,
    phrase: str,
    country: str,
    sector: str,
) -> None:
    m = _best(find_actors(parse(text, published="2025-08-06"), kb), phrase)
    assert (m.country, m.sector) == (country, sector)


def test_find_possessor_of_a_non_actor(parse: Callable[..., ArticleIndex], kb: Knowledge) -> None:
    text = "New Delhi rejected President Donald Trump’s renewed threat on Tuesday."
    mentions = find_actors(parse(text, published="2025-08-06"), kb)
    trump = _best(mentions, "Donald Trump")
    assert trump.text == "President Donald Trump"
    assert (trump.country, trump.sector) == ("USA", "GOV")


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("soldiers", None, "MIL"),
        ("vandals", None, "CRM"),
        ("car theft syndicate", None, "CRM"),
        ("protesters", None, "CVL"),
        ("retired vice president", None, "ELI"),
        ("Slovak soldiers", "SVK", "MIL"),
        ("the Saudi National Guard", "SAU", "MIL"),
        ("the largest trade unions in Denmark", "DNK", "LAB"),
        ("Director of Central Intelligence", "USA", "SPY"),
        ("Deputy Defence Minister Colonel-General Ivan Petrov", None, "MIL"),
        ("Defence Minister", None, "GOV"),
        ("the EU legislature", "IGO", "LEG"),
        ("Hamas militants", "PSE", "REB"),
        ("two men", None, None),
        ("Latin America", None, None),
        ("U.S. Secretary of State Antony Blinken", "USA", "GOV"),
        ("a former White House official", "USA", "ELI"),
        ("President of the European Council", "IGO", "GOV"),
        ("Several of the largest trade unions in Denmark", "DNK", "LAB"),
        ("the Ministry of External Affairs of India", "IND", "GOV"),
        ("the Central Bank of Nigeria", "NGA", "GOV"),
        ("the Indian Navy", "IND", "MIL"),
        ("the Chinese embassy in Washington", "CHN", "GOV"),
    ],
)
def test_find_roles_to_sectors(
    nlp: Language, kb: Knowledge, text: str, country: str | None, sector: str | None
) -> None:
    mentions = lookup(text, kb, nlp, "2025-01-01")
    if country is None and sector is None:
        assert all(m.country is None and m.sector is None for m in mentions)
        return
    assert mentions, text
    m = max(mentions, key=lambda m: len(m.text))
    assert (m.country, m.sector) == (country, sector)


@pytest.mark.parametrize(
    ("name", "date", "country", "sector"),
    [
        ("Angela Merkel", "2017-04-01", "DEU", "GOV"),
        ("Angela Merkel", "2022-01-10", "DEU", "ELI"),
        ("Donald Trump", "2019-06-01", "USA", "GOV"),
        ("Donald Trump", "2022-06-01", "USA", "ELI"),
        ("Donald Trump", "2025-08-06", "USA", "GOV"),
        ("Vladimir Putin", "1999-01-01", "RUS", "SPY"),
        ("Taliban", "2002-05-01", "AFG", "REB"),
        ("Taliban", "2022-05-01", "AFG", "GOV"),
    ],
)
def test_find_date_dependent_actors(
    nlp: Language, kb: Knowledge, name: str, date: str, country: str, sector: str
) -> None:
    [m] = lookup(name, kb, nlp, date)
    assert (m.country, m.sector) == (country, sector)
    assert date in m.how


def test_find_coreference_short_names(parse: Callable[..., ArticleIndex], kb: Knowledge) -> None:
    text = (
        "Indian Ambassador Vinay Kumar met officials in Moscow. "
        "Ambassador Kumar said the talks went well. Kumar left on Friday."
    )
    mentions = find_actors(parse(text, published="2025-08-06"), kb)
    kumars = [m for m in mentions if "Kumar" in m.text]
    assert len(kumars) == 3
    assert {m.entity for m in kumars} == {kumars[0].entity}
    assert all((m.country, m.sector, m.name) == ("IND", "GOV", "Vinay Kumar") for m in kumars)


def test_find_acronym_defined_in_parentheses(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = (
        "The Freedonian Agency for Coastal Protection (FACP) warned fishermen. "
        "On Monday the FACP said boats must stay in port."
    )
    mentions = find_actors(parse(text), kb)
    full = _best(mentions, "Agency for Coastal Protection")
    short = [m for m in mentions if "FACP" in m.text and m is not full]
    assert short and all(m.entity == full.entity for m in short)


def test_find_mentions_do_not_overlap(seed_parsed: ArticleIndex, kb: Knowledge) -> None:
    mentions = find_actors(seed_parsed, kb)
    spans = sorted((m.start, m.end) for m in mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    text = seed_parsed.article.text
    assert all(text[m.start : m.end] == m.text for m in mentions)


# The seed article's actors: (mention texts, country, sector); None = not checked.
SEED_ACTORS = [
    (["Vinay Kumar", "Ambassador Kumar", "Kumar"], "IND", "GOV"),
    (["Alexander Fomin", "Col-Gen Fomin", "Fomin"], "RUS", "MIL"),
    (["Donald Trump", "Trump"], "USA", "GOV"),
    (["Dmitry Peskov", "Peskov"], "RUS", "GOV"),
    (["Vladimir Putin", "Putin"], "RUS", "GOV"),
    (["Russian Ministry of Defence"], "RUS", "MIL"),
    (["Ministry of External Affairs", "MEA"], "IND", "GOV"),
    (["Kremlin"], "RUS", "GOV"),
    (["New Delhi"], "IND", None),
    (["Moscow"], "RUS", None),
    (["Reuters"], None, "MED"),
]


@pytest.mark.parametrize(("phrases", "country", "sector"), SEED_ACTORS)
def test_find_seed_article_actors(
    seed_parsed: ArticleIndex,
    kb: Knowledge,
    phrases: list[str],
    country: str | None,
    sector: str | None,
) -> None:
    mentions = find_actors(seed_parsed, kb)
    all_phrases = [p for group, _, _ in SEED_ACTORS for p in group]
    mine = []
    for m in mentions:
        held = [p for p in all_phrases if p in m.text]
        if held and max(held, key=len) in phrases:
            mine.append(m)
    assert mine, phrases
    for m in mine:
        if country is not None:
            assert m.country == country, (m.text, m.how)
        if sector is not None:
            assert m.sector == sector, (m.text, m.how)


def test_find_user_dictionary_overrides_builtin(
    tmp_path: Path, nlp: Language, kb: Knowledge
) -> None:
    assert lookup("Angela Merkel", kb, nlp, "2022-01-10")[0].sector == "ELI"
    path = tmp_path / "mine.yaml"
    path.write_text(
        "- {name: Angela Merkel, aliases: [Merkel], country: DEU, sector: NGO}\n"
        "- {name: Kowalski Haulage, country: POL, sector: BUS}\n",
        encoding="utf-8",
    )
    mine = load_knowledge([str(path)])
    [m] = lookup("Angela Merkel", mine, nlp, "2022-01-10")
    assert (m.country, m.sector) == ("DEU", "NGO")
    [k] = lookup("Kowalski Haulage", mine, nlp)
    assert (k.country, k.sector) == ("POL", "BUS")
    # the built-in knowledge is untouched
    assert lookup("Angela Merkel", kb, nlp, "2022-01-10")[0].sector == "ELI"


def test_find_petrarch_dictionary(tmp_path: Path, nlp: Language) -> None:
    path = tmp_path / "extra.actors.txt"
    path.write_text(
        "ZORAN_EXAMPLEVIC_\n+EXAMPLEVIC\n\t[SRBGOV >200101]\n\t[SRBELI]\n", encoding="utf-8"
    )
    kb = load_knowledge([str(path)])
    [before] = lookup("Zoran Examplevic", kb, nlp, "2019-06-01")
    [after] = lookup("Zoran Examplevic", kb, nlp, "2021-06-01")
    assert (before.country, before.sector) == ("SRB", "ELI")
    assert (after.country, after.sector) == ("SRB", "GOV")


def test_find_pronouns_are_not_actors(parse: Callable[..., ArticleIndex], kb: Knowledge) -> None:
    mentions = find_actors(parse("He said they would come.", published="2025-01-01"), kb)
    assert mentions == []


def test_find_short_names_need_their_capitals(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "Let us talk. WHAT IS STILL STRONG IN THE ECONOMY. The US and the UN agreed."
    mentions = find_actors(parse(text, published="2025-01-01"), kb)
    assert sorted(m.text for m in mentions) == ["The US", "the UN"]


def test_find_title_split_from_name_is_joined(nlp: Language, kb: Knowledge) -> None:
    text = "Russia’s Deputy Defence Minister Colonel-General Alexander Fomin"
    [m] = lookup(text, kb, nlp, "2025-08-06")
    assert m.text == text
    assert (m.name, m.country, m.sector, m.kind) == ("Alexander Fomin", "RUS", "MIL", "person")


def test_find_definite_role_joins_its_antecedent(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = (
        "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi. "
        "The president said ties were strong. The prime minister agreed."
    )
    mentions = {m.text: m for m in find_actors(parse(text, published="2024-07-09"), kb)}
    putin, modi = (
        mentions["Russian President Vladimir Putin"],
        mentions["Indian Prime Minister Narendra Modi"],
    )
    assert mentions["The president"].entity == putin.entity
    assert mentions["The prime minister"].entity == modi.entity
    assert (mentions["The prime minister"].country, mentions["The prime minister"].name) == (
        "IND",
        "Narendra Modi",
    )


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Protesters gathered in Oxford on Sunday.", "Oxford", "GBR"),
        ("Shelling hit Mariupol overnight.", "Mariupol", "UKR"),
        ("Police in Bavaria arrested two men.", "Police in Bavaria", "DEU"),
    ],
)
def test_find_cities_and_regions(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, phrase: str, country: str
) -> None:
    m = _best(find_actors(parse(text, published="2024-01-01"), kb), phrase)
    assert m.country == country


@pytest.mark.parametrize("text", ["It’s a shame, he said.", "But a deal is near.", "As an aside."])
def test_find_names_do_not_straddle_words(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str
) -> None:
    assert find_actors(parse(text, published="2024-01-01"), kb) == []


def test_find_country_title_inside_a_headline(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    text = "Russian Deputy Minister, Indian Envoy Discuss Strengthening Defence Ties"
    m = _best(find_actors(parse(text, published="2025-08-06"), kb), "Indian Envoy")
    assert (m.text, m.country, m.sector) == ("Indian Envoy", "IND", "GOV")


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        # the devolved governments are governments, not an "executive" of a business
        ("The Scottish Executive insisted the plan was fair.", "Scottish Executive", "GBR", "GOV"),
        (
            "The Welsh Assembly Government backed the plan.",
            "Welsh Assembly Government",
            "GBR",
            "GOV",
        ),
        # "the Alliance" alone is too loose a name for NATO: other alliances are not it
        ("The Atlantic Alliance met in Brussels.", "Atlantic Alliance", "IGO", "MIL"),
    ],
)
def test_find_named_bodies(
    parse: Callable[..., ArticleIndex],
    kb: Knowledge,
    text: str,
    phrase: str,
    country: str,
    sector: str,
) -> None:
    m = _best(find_actors(parse(text, published="2005-03-01"), kb), phrase)
    assert (m.country, m.sector) == (country, sector)


def test_find_another_alliance_is_not_nato(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    mentions = find_actors(
        parse("The Countryside Alliance held a demonstration.", published="2005-03-01"), kb
    )
    assert all(m.country != "IGO" for m in mentions)


def test_find_role_ending_in_preposition_stops_before_it(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    # the table role "ambassador to" does not carry the phrase over "to complain"
    text = "Lithuania summoned the Russian ambassador to complain about naval drills."
    m = _best(find_actors(parse(text, published="2025-08-06"), kb), "ambassador")
    assert m.text == "the Russian ambassador"
    assert (m.country, m.sector) == ("RUS", "GOV")


def test_find_of_phrase_after_a_whole_title(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    # "the Ministry of Health" is one title; "of Ethiopia" after it still gives the country
    text = "The United States handed over medical equipment to the Ministry of Health of Ethiopia."
    m = _best(find_actors(parse(text, published="2025-08-06"), kb), "Ministry of Health")
    assert (m.text, m.country, m.sector) == ("the Ministry of Health of Ethiopia", "ETH", "GOV")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The minister announced his departure on 17 November.", False),
        ("The 17 November group claimed the bombing in Athens.", True),
    ],
)
def test_find_date_is_no_group_named_by_a_date(
    parse: Callable[..., ArticleIndex], kb: Knowledge, text: str, group: bool
) -> None:
    mentions = find_actors(parse(text, published="2005-03-01"), kb)
    assert any(m.country == "GRC" and m.sector == "REB" for m in mentions) is group


@pytest.mark.parametrize(
    ("text", "language", "people"),
    [
        ("Ministers must speak English to a certain level.", "English", None),
        ("Pupils will be taught in Welsh from September.", "Welsh", None),
        ("The French rejected the treaty.", None, "The French"),
    ],
)
def test_find_language_is_no_people(
    parse: Callable[..., ArticleIndex],
    kb: Knowledge,
    text: str,
    language: str | None,
    people: str | None,
) -> None:
    texts = {m.text for m in find_actors(parse(text, published="2005-03-01"), kb)}
    if language is not None:
        assert language not in texts
    if people is not None:
        assert people in texts


def test_find_camp_named_after_a_place_is_not_the_place(
    parse: Callable[..., ArticleIndex], kb: Knowledge
) -> None:
    """ "Camp Delta" (Guantanamo) is no mention of Nigeria's Delta state."""
    mentions = find_actors(
        parse("Amnesty criticised conditions at Camp Delta.", published="2005-01-11"), kb
    )
    assert not [m for m in mentions if m.country == "NGA"]
