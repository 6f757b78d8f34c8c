"""The event coder on real spaCy parses, with hand-made actor mentions and a small lexicon."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from communique.dates import find_dates
from communique.events import Lexicon, Pattern, code_events, load_lexicon
from communique.index import ArticleIndex
from communique.models import ActorMention, DateMention, Event
from communique.pipeline import Pipeline
from communique.quotes import find_quotes

PUBLISHED = "2025-08-06"  # a Wednesday

#: Actor names the tests resolve, with their CAMEO codes.
ACTORS = {
    "The United States": "USA",
    "the United States": "USA",
    "Indian Ambassador Vinay Kumar": "INDGOV",
    "Col-Gen Fomin": "RUSMIL",
    "India": "IND",
    "Russia": "RUS",
    "Ukraine": "UKR",
    "China": "CHN",
    "Nepal": "NPL",
    "Japan": "JPN",
    "police": "COP",
    "Russian officials": "RUSGOV",
    "Indian": "IND",
}


def _pattern(code: str, verb: str | None = None, noun: str | None = None, **kw: object) -> Pattern:
    objects = frozenset(kw.pop("objects", ()))  # type: ignore[arg-type]
    return Pattern(code, verb, noun, objects=objects, origin="test", **kw)  # type: ignore[arg-type]


#: A small lexicon: the tests say what the coder does with patterns, not what the shipped
#: lexicon contains.
LEXICON = Lexicon(
    (
        _pattern("040", verb="meet"),
        _pattern("040", noun="talks"),
        _pattern("040", noun="meeting"),
        _pattern("040", verb="hold", objects=["talk", "talks", "meeting"]),
        _pattern("057", verb="sign", objects=["agreement", "treaty"]),
        _pattern("057", noun="agreement"),
        _pattern("163", verb="impose", objects=["sanction"]),
        _pattern("163", noun="sanction"),
        _pattern("130", verb="threaten"),
        _pattern("1312", verb="threaten", objects=["sanction"]),
        _pattern("112", verb="accuse"),
        _pattern("190", verb="attack"),
        _pattern("070", verb="send", objects=["aid"]),
        _pattern("173", verb="arrest"),
        _pattern("020", verb="urge"),
        _pattern("0874", verb="withdraw"),
        _pattern("050", noun="cooperation"),
        _pattern("062", noun="cooperation", objects=["defence", "military"]),
        _pattern("030", noun="commitment"),
    )
)


def mentions(parsed: ArticleIndex) -> list[ActorMention]:
    """Every occurrence of a name in ACTORS as a resolved mention (longest names first)."""
    text = parsed.article.text
    taken: set[int] = set()
    out: list[ActorMention] = []
    for name, code in sorted(ACTORS.items(), key=lambda kv: -len(kv[0])):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not taken & set(range(start, end)):
                taken |= set(range(start, end))
                span = parsed.doc.char_span(start, end, alignment_mode="expand")
                assert span is not None
                country = code[:3] if len(code) != 3 or code != "COP" else None
                sector = code[3:] or None if country else code
                out.append(
                    ActorMention(
                        name,
                        start,
                        end,
                        parsed.sentence_index(span[0]),
                        name=name,
                        country=country,
                        sector=sector,
                        code=code,
                    )  # fmt: skip
                )
            start = text.find(name, end)
    return out


Coder = Callable[..., list[Event]]


def run(
    parsed: ArticleIndex,
    actors: list[ActorMention],
    dates: list[DateMention],
    lexicon: Lexicon,
    trace: list[str] | None = None,
) -> list[Event]:
    """The coder on a parse with these actor and date layers (and the real quotes stage)."""
    parsed.add_mentions(actors)
    find_quotes(parsed)
    parsed.add_dates(dates)
    return code_events(parsed, lexicon, trace=trace)


@pytest.fixture(scope="module")
def code(parse: Callable[..., ArticleIndex]) -> Coder:
    def _code(
        text: str, lexicon: Lexicon = LEXICON, dates: list[DateMention] | None = None
    ) -> list[Event]:
        parsed = parse(text, published=PUBLISHED)
        found = find_dates(parsed) if dates is None else dates
        return run(parsed, mentions(parsed), found, lexicon)

    return _code


def triples(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    def who(a: object) -> str | None:
        return getattr(a, "code", None) if a is not None else None

    return {(who(e.source), who(e.target), e.cameo) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia attacked Ukraine.", {("RUS", "UKR", "190")}),
        ("Ukraine was attacked by Russia.", {("RUS", "UKR", "190")}),
        ("The United States imposed sanctions on Russia.", {("USA", "RUS", "163")}),
        ("Sanctions were imposed on Russia by the United States.", {("USA", "RUS", "163")}),
    ],
)
def test_coder_active_and_passive(
    code: Coder, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(code(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India and Russia held talks.", {("IND", "RUS", "040"), ("RUS", "IND", "040")}),
        (
            "India and China met Russia.",
            {("IND", "RUS", "040"), ("CHN", "RUS", "040")},
        ),
        (
            "Indian and Russian officials held talks.",
            {("IND", "RUSGOV", "040"), ("RUSGOV", "IND", "040")},
        ),
        (
            "Russia attacked India and China.",
            {("RUS", "IND", "190"), ("RUS", "CHN", "190")},
        ),
    ],
)
def test_coder_coordination(code: Coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(code(text)) == expected


def test_coder_coordination_not_mutual_for_one_way_actions(code: Coder) -> None:
    # sanctions imposed by a coordinated subject without a target are not reciprocal
    assert triples(code("India and China imposed sanctions.")) == {
        ("IND", None, "163"),
        ("CHN", None, "163"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia did not attack Ukraine.", set()),  # negated conflict: nothing happened
        ("Russia did not threaten India.", set()),
        ("India did not sign the agreement with Russia.", {("IND", "RUS", "127")}),
        ("Russia refused to meet India.", {("RUS", "IND", "125")}),
        ("India never held talks with Russia.", {("IND", "RUS", "125")}),
    ],
)
def test_coder_negation(code: Coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    events = code(text)
    assert triples(events) == expected
    assert all(e.negated for e in events if e.cameo in ("127",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States imposed sanctions on Russia.", "163"),
        ("The United States threatened sanctions on Russia.", "1312"),
        ("The United States threatened to impose sanctions on Russia.", "1312"),
        ("The United States will impose sanctions on Russia unless it withdraws.", "1312"),
        ("The United States said it would impose sanctions on Russia.", "1312"),
        ("Russia threatened to attack Ukraine.", "138"),
    ],
)
def test_coder_threats_versus_actions(code: Coder, text: str, expected: str) -> None:
    assert [e.cameo for e in code(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China said it would send aid to Nepal.", {("CHN", "NPL", "033")}),
        ("The United States urged Russia to withdraw from Ukraine.", {("USA", "RUS", "0256")}),
    ],
)
def test_coder_intent_and_appeal(
    code: Coder, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(code(text)) == expected


def test_coder_conditional_clause_is_not_an_event(code: Coder) -> None:
    # "unless Russia attacks Ukraine": the attack has not happened
    events = code(
        "The United States will impose sanctions on Russia unless Russia attacks Ukraine."
    )
    assert "190" not in {e.cameo for e in events}


def test_coder_nominal_event_between(code: Coder) -> None:
    events = code(
        "India and Russia reaffirmed their commitment to deepening defence cooperation during "
        "a meeting between Indian Ambassador Vinay Kumar and Col-Gen Fomin."
    )
    found = triples(events)
    assert ("INDGOV", "RUSMIL", "040") in found and ("RUSMIL", "INDGOV", "040") in found
    # the commitment to defence cooperation is an intent to cooperate militarily
    assert ("IND", "RUS", "0312") in found and ("RUS", "IND", "0312") in found


def test_coder_passive_talks_between(code: Coder) -> None:
    assert triples(code("Talks between India and Russia were held in Moscow.")) == {
        ("IND", "RUS", "040"),
        ("RUS", "IND", "040"),
    }


def test_coder_held_talks_with(code: Coder) -> None:
    assert triples(code("Indian Ambassador Vinay Kumar held talks with Col-Gen Fomin.")) == {
        ("INDGOV", "RUSMIL", "040")
    }


def test_coder_reported_speech_accusation(code: Coder) -> None:
    # the pressure on India is the content of the accusation, not an event of its own
    events = code("Russia accused the United States of applying pressure on India.")
    assert triples(events) == {("RUS", "USA", "112")}
    assert events[0].trigger == "accused"


def test_coder_reported_speech_pronoun_is_the_speaker(code: Coder) -> None:
    events = code(
        "The United States has said that from Friday, it will impose sanctions on Russia."
    )
    assert triples(events) == {("USA", "RUS", "1312")}


def test_coder_date_weekday_from_dates_stage(code: Coder) -> None:
    events = code("Russia attacked Ukraine on Tuesday.")
    assert [e.date for e in events] == ["2025-08-05"]


def test_coder_date_defaults_to_publication(code: Coder) -> None:
    assert [e.date for e in code("Russia attacked Ukraine.")] == [PUBLISHED]


def test_coder_date_from_dates_stage(code: Coder) -> None:
    text = "Russia attacked Ukraine last month."
    start = text.index("last month")
    dates = [DateMention("last month", "2025-07", start, start + len("last month"), 0)]
    assert [e.date for e in code(text, dates=dates)] == ["2025-07"]


def test_coder_date_of_another_clause_does_not_apply(code: Coder) -> None:
    events = code("Russia attacked Ukraine, which had held talks with India on Tuesday.")
    attack = [e for e in events if e.cameo == "190"]
    assert attack and attack[0].date == PUBLISHED


def test_coder_repeated_event_counted_once(code: Coder) -> None:
    events = code("Russia attacked Ukraine.\n\nOn Tuesday, Russia attacked Ukraine again.")
    assert len(events) == 1
    assert events[0].mentions == 2
    assert events[0].date == "2025-08-05"  # the mention with its own date wins


def test_coder_event_fields(code: Coder) -> None:
    (event,) = code("The United States imposed sanctions on Russia.")
    assert event.root == "16" and event.quad_class == 4 and event.goldstein == -8.0
    assert event.plover is not None
    assert event.trigger == "imposed sanctions"
    assert event.sentence == "The United States imposed sanctions on Russia."
    assert event.sentence_index == 0
    assert 0 < event.confidence < 1
    text = "The United States imposed sanctions on Russia."
    assert text[event.start : event.end] == "imposed sanctions"


def test_coder_needs_an_actor(code: Coder) -> None:
    assert code("The rebels attacked the town.") == []


def test_coder_sector_only_actor(code: Coder) -> None:
    assert triples(code("The police arrested Russia.")) == {("COP", "RUS", "173")}


def test_coder_user_lexicon_changes_a_code(code: Coder, tmp_path: Path) -> None:
    text = "India met Japan."
    assert triples(code(text, lexicon=load_lexicon())) == {("IND", "JPN", "040")}
    user = tmp_path / "mine.yaml"
    user.write_text('- {code: "043", verb: meet}\n', encoding="utf-8")
    assert triples(code(text, lexicon=load_lexicon([str(user)]))) == {("IND", "JPN", "043")}


def test_coder_no_event_pattern_removes_only_its_own_frame(code: Coder, tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("- {code: none, verb: meet, objects: [demand]}\n", encoding="utf-8")
    lexicon = load_lexicon([str(user)])
    assert triples(code("India met the demands of Japan.", lexicon=lexicon)) == set()
    assert triples(code("India met Japan.", lexicon=lexicon)) == {("IND", "JPN", "040")}


def test_coder_no_event_pattern_keeps_a_support_verb_from_its_noun(code: Coder) -> None:
    """ "held talks" declared no event: the noun may not code the talks instead."""
    never = _pattern("none", verb="hold", objects=["talks"], rank=1)
    text = "India held talks with Japan."
    assert triples(code(text, lexicon=LEXICON)) == {("IND", "JPN", "040")}
    assert triples(code(text, lexicon=Lexicon((*LEXICON.patterns, never)))) == set()


def test_coder_no_event_pattern_silences_a_headline(parse: Callable[..., ArticleIndex]) -> None:
    text = "Russia Condemns Japan\n\nThe talks went on."
    parsed = parse(text, published=PUBLISHED, title="Russia Condemns Japan")
    lexicon = Lexicon((*LEXICON.patterns, _pattern("none", verb="condemn")))
    assert triples(run(parsed, mentions(parsed), [], lexicon)) == set()


def test_coder_skips_boilerplate(seed_parsed: ArticleIndex) -> None:
    events = run(seed_parsed, mentions(seed_parsed), [], load_lexicon())
    boiler = {s.text for s in seed_parsed.sentences if seed_parsed.is_boilerplate(s.index)}
    assert boiler  # the seed has a breadcrumb, a caption and a credit
    assert events and not {e.sentence for e in events} & boiler


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event needs the actor who acted, unless a main-clause passive leaves the
        # agent unsaid and names the target (AGENTLESS_PASSIVE = "target")
        ("Ukraine was attacked.", {(None, "UKR", "190")}),
        ("Russia imposed sanctions after Ukraine was attacked.", {("RUS", None, "163")}),
        # an agent that is no known actor does not make the target the source
        ("The rebels attacked Ukraine.", set()),
        # a missing target is fine
        ("Russia imposed sanctions.", {("RUS", None, "163")}),
    ],
)
def test_coder_actor_policy(code: Coder, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(code(text)) == expected


def test_coder_offer_of_force_is_not_a_threat(code: Coder) -> None:
    lexicon = Lexicon((*LEXICON.patterns, _pattern("150", verb="send", objects=["troop"])))
    assert {e.cameo[:2] for e in code("China offered to send troops to Nepal.", lexicon)} == {"03"}
    assert {e.cameo[:2] for e in code("China vowed to attack Nepal.", lexicon)} == {"13"}


def test_coder_predicate_adjective_intent(code: Coder) -> None:
    assert triples(code("China is willing to send aid to Nepal.")) == {("CHN", "NPL", "033")}


def test_coder_compound_event_noun_under_threat(code: Coder) -> None:
    # "sanctions threat": the modifier is what is threatened
    assert triples(code("China issued a sanctions threat against Japan.")) == {
        ("CHN", "JPN", "1312")
    }


def test_coder_relative_clause_is_background(code: Coder) -> None:
    # the attack in the relative clause is background to the main event
    events = code("China held talks with Japan, which attacked Russia.")
    assert {e.cameo for e in events} == {"040"}


def test_coder_self_directed_action_has_no_target(code: Coder) -> None:
    lexicon = Lexicon((*LEXICON.patterns, _pattern("074", verb="protect")))
    assert code("India vowed to protect its interests.", lexicon) == []


def test_coder_headline_in_title_case(parse: Callable[..., ArticleIndex]) -> None:
    text = "Russia Condemns Japan\n\nThe talks went on."
    parsed = parse(text, published=PUBLISHED, title="Russia Condemns Japan")
    lexicon = Lexicon((*LEXICON.patterns, _pattern("111", verb="condemn")))
    events = run(parsed, mentions(parsed), [], lexicon)
    assert triples(events) == {("RUS", "JPN", "111")}


def test_coder_trace_names_the_pattern_origin(parse: Callable[..., ArticleIndex]) -> None:
    parsed = parse("Russia attacked Ukraine.", published=PUBLISHED)
    trace: list[str] = []
    run(parsed, mentions(parsed), [], LEXICON, trace=trace)
    assert any("trigger 'attacked' (verb) → 190" in line and "[test]" in line for line in trace)


def test_coder_seed_article_end_to_end(pipeline: Pipeline, seed_text: str) -> None:
    """The founding article through the whole pipeline: its key events, in the right
    direction, dated by their own time expression, and nothing from boilerplate."""
    doc = pipeline.extract(seed_text, published="2025-08-06")
    found = {
        (e.source.country if e.source else None, e.target.country if e.target else None, e.root)
        for e in doc.events
    }
    # the accusation of pressure on India is Russia's, aimed at the United States
    assert ("RUS", "USA", "11") in found
    assert ("USA", "IND", "11") not in found
    # Trump's threats of sanctions, on India and (with "unless") on Russia
    assert ("USA", "IND", "13") in found and ("USA", "RUS", "13") in found
    # New Delhi's criticism of the threats
    assert ("IND", "USA", "11") in found
    # the talks and the commitment to defence cooperation, on Tuesday
    talks = [e for e in doc.events if e.root == "04" and e.date == "2025-08-05"]
    assert {(e.source.country, e.target.country) for e in talks if e.source and e.target} >= {
        ("IND", "RUS")
    }
    assert any(e.cameo == "0312" for e in doc.events)
    boiler = {s.text for s in doc.sentences if s.kind in ("nav", "caption", "credit")}
    assert not {e.sentence for e in doc.events} & boiler


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia stopped attacking Ukraine.", {("RUS", "UKR", "087")}),
        ("India ended the talks with Russia.", {("IND", "RUS", "164")}),
        ("China suspended aid to Nepal.", {("CHN", "NPL", "162")}),
    ],
)
def test_coder_stopping_an_action(
    code: Coder, text: str, expected: set[tuple[str, str, str]]
) -> None:
    lexicon = Lexicon((*LEXICON.patterns, _pattern("070", noun="aid")))
    assert triples(code(text, lexicon)) == expected


def test_coder_said_must_is_a_demand(code: Coder) -> None:
    events = code("China said that Japan must withdraw from Nepal.")
    assert triples(events) == {("CHN", "JPN", "106")}


def test_coder_pronoun_subject_of_the_previous_sentence(code: Coder) -> None:
    events = code("Russia met China.\n\nIt later attacked Ukraine.")
    assert ("RUS", "UKR", "190") in triples(events)


def test_coder_date_of_an_event_noun(code: Coder) -> None:
    lexicon = Lexicon((*LEXICON.patterns, _pattern("190", noun="attack")))
    events = code("Japan said Tuesday's attack by Russia on Ukraine was a crime.", lexicon)
    assert [(e.cameo, e.date) for e in events if e.cameo == "190"] == [("190", "2025-08-05")]


def test_coder_quantity_of_actors(code: Coder) -> None:
    assert triples(code("Hundreds of police arrested Russia.")) == {("COP", "RUS", "173")}


def test_coder_headline_takes_the_date_of_the_same_event_in_the_body(
    parse: Callable[..., ArticleIndex],
) -> None:
    text = "Russia Condemns Japan\n\nRussia on Tuesday accused Japan of lying."
    parsed = parse(text, published=PUBLISHED, title="Russia Condemns Japan")
    lexicon = Lexicon((*LEXICON.patterns, _pattern("111", verb="condemn")))
    events = run(parsed, mentions(parsed), find_dates(parsed), lexicon)
    assert {(e.cameo, e.date) for e in events} == {("111", "2025-08-05"), ("112", "2025-08-05")}
