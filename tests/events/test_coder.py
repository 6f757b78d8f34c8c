"""The event coder on frozen spaCy parses, with hand-made actor mentions and a small lexicon.

Each sentence runs on its frozen parse (``PARSES`` below, from ``tools/freeze_parse.py``:
only the parse is frozen, the quotes and dates stages are the real ones) and asserts the
exact set of (source code, target code, CAMEO code) it yields. The seed article runs
through the live model, end to end.
"""

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
def code(frozen_parse: Callable[..., ArticleIndex]) -> Coder:
    def _code(
        text: str, lexicon: Lexicon = LEXICON, dates: list[DateMention] | None = None
    ) -> list[Event]:
        parsed = frozen_parse(text, PARSES[text], published=PUBLISHED)
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


def test_coder_statement_that_reports_a_coded_event_is_only_its_vehicle(
    frozen_events: Callable[..., set[tuple[str | None, str | None, str]]],
) -> None:
    # the announcement is not a second event beside the expulsion it reports
    text = "Pakistan announced that it had expelled two Indian diplomats."
    assert frozen_events(PARSES, text) == {("PAK", "IND", "166")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia did not attack Ukraine.", set()),  # negated conflict: nothing happened
        ("Russia did not threaten India.", set()),
        # a cooperative act that did not happen is no event, and no rejection (issue 11:
        # "negated events stored as a different root"); refusing is a rejection
        ("India did not sign the agreement with Russia.", set()),
        ("Russia refused to meet India.", {("RUS", "IND", "125")}),
        ("India never held talks with Russia.", set()),
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
    assert triples(events) == {("USA", "RUS", "1312")}


def test_coder_nominal_event_between(code: Coder) -> None:
    events = code(
        "India and Russia reaffirmed their commitment to deepening defence cooperation during "
        "a meeting between Indian Ambassador Vinay Kumar and Col-Gen Fomin."
    )
    # the commitment to defence cooperation is an intent to cooperate militarily
    assert triples(events) == {
        ("INDGOV", "RUSMIL", "040"),
        ("RUSMIL", "INDGOV", "040"),
        ("IND", "RUS", "0312"),
        ("RUS", "IND", "0312"),
    }


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


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an act in a temporal clause happened in the year of the clause it is tied to
        ("Britain lost the vote in 1974 after Russia attacked Ukraine.", "1974"),
        # ... but "after" is not "on": a day is too precise, the publication date stays
        ("Britain lost the vote on Tuesday after Russia attacked Ukraine.", PUBLISHED),
    ],
)
def test_coder_date_of_the_clause_a_temporal_clause_is_tied_to(
    code: Coder, text: str, date: str
) -> None:
    assert [(e.cameo, e.date) for e in code(text)] == [("190", date)]


def test_coder_date_of_another_clause_does_not_apply(code: Coder) -> None:
    events = code("Russia attacked Ukraine, which had held talks with India on Tuesday.")
    assert [(e.cameo, e.date) for e in events] == [("190", PUBLISHED)]


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


def test_coder_no_event_pattern_silences_a_headline(
    frozen_parse: Callable[..., ArticleIndex],
) -> None:
    text = "Russia Condemns Japan\n\nThe talks went on."
    parsed = frozen_parse(text, PARSES[text], published=PUBLISHED, title="Russia Condemns Japan")
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
    offered = code("China offered to send troops to Nepal.", lexicon)
    assert triples(offered) == {("CHN", "NPL", "0332")}
    assert triples(code("China vowed to attack Nepal.", lexicon)) == {("CHN", "NPL", "138")}


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


def test_coder_headline_in_title_case(frozen_parse: Callable[..., ArticleIndex]) -> None:
    text = "Russia Condemns Japan\n\nThe talks went on."
    parsed = frozen_parse(text, PARSES[text], published=PUBLISHED, title="Russia Condemns Japan")
    lexicon = Lexicon((*LEXICON.patterns, _pattern("111", verb="condemn")))
    events = run(parsed, mentions(parsed), [], lexicon)
    assert triples(events) == {("RUS", "JPN", "111")}


def test_coder_trace_names_the_pattern_origin(frozen_parse: Callable[..., ArticleIndex]) -> None:
    text = "Russia attacked Ukraine."
    parsed = frozen_parse(text, PARSES[text], published=PUBLISHED)
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
    assert triples(events) == {("RUS", "CHN", "040"), ("RUS", "UKR", "190")}


def test_coder_date_of_an_event_noun(code: Coder) -> None:
    lexicon = Lexicon((*LEXICON.patterns, _pattern("190", noun="attack")))
    events = code("Japan said Tuesday's attack by Russia on Ukraine was a crime.", lexicon)
    assert [(e.cameo, e.date) for e in events] == [("190", "2025-08-05")]


def test_coder_quantity_of_actors(code: Coder) -> None:
    assert triples(code("Hundreds of police arrested Russia.")) == {("COP", "RUS", "173")}


def test_coder_headline_takes_the_date_of_the_same_event_in_the_body(
    frozen_parse: Callable[..., ArticleIndex],
) -> None:
    text = "Russia Condemns Japan\n\nRussia on Tuesday accused Japan of lying."
    parsed = frozen_parse(text, PARSES[text], published=PUBLISHED, title="Russia Condemns Japan")
    lexicon = Lexicon((*LEXICON.patterns, _pattern("111", verb="condemn")))
    events = run(parsed, mentions(parsed), find_dates(parsed), lexicon)
    assert {(e.cameo, e.date) for e in events} == {("111", "2025-08-05"), ("112", "2025-08-05")}


# ---------------------------------------------------------------- with the shipped lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan is sending troops to the United Nations peacekeeping force.",
            {("JPN", "IGO", "074")},
        ),
        (
            "India and Russia held military exercises near the border.",
            {("IND", "RUS", "062"), ("RUS", "IND", "062")},
        ),
        ("Russia sent troops to the border with Ukraine.", {("RUS", None, "150")}),
        (
            "Russia and India will gather for a summit in Moscow.",
            {("IND", "RUS", "036"), ("RUS", "IND", "036")},
        ),
    ],
)
def test_coder_clause_context_decides_the_code(
    frozen_events: Callable[..., set[tuple[str | None, str | None, str]]],
    text: str,
    expected: set[tuple[str | None, str | None, str]],
) -> None:
    assert frozen_events(PARSES, text) == expected


def test_coder_coordinated_event_noun_inside_an_argument_is_background(
    frozen_events: Callable[..., set[tuple[str | None, str | None, str]]],
) -> None:
    text = "The Taliban claimed responsibility for both the Kabul and the Kandahar attacks."
    # no attack (190); the places of the attacks are what the claim is about
    assert frozen_events(PARSES, text) == {("AFG", "AFG", "015")}


# ---------------------------------------------------------------- frozen parses
#: Each sentence's parse by {FROZEN_MODEL} (tests/conftest.py), from tools/freeze_parse.py.
PARSES: dict[str, str] = {
    "Britain lost the vote in 1974 after Russia attacked Ukraine.": r"""
    0   Britain   Britain  PROPN  NNP  nsubj  1  B-GPE
    1   lost      lose     VERB   VBD  ROOT   1  O
    2   the       the      DET    DT   det    3  O
    3   vote      vote     NOUN   NN   dobj   1  O
    4   in        in       ADP    IN   prep   1  O
    5   1974      1974     NUM    CD   pobj   4  B-DATE
    6   after     after    SCONJ  IN   mark   8  O
    7   Russia    Russia   PROPN  NNP  nsubj  8  B-GPE
    8   attacked  attack   VERB   VBD  advcl  1  O
    9   Ukraine   Ukraine  PROPN  NNP  dobj   8  B-GPE
    10  .         .        PUNCT  .    punct  1  O
""",
    "Britain lost the vote on Tuesday after Russia attacked Ukraine.": r"""
    0   Britain   Britain  PROPN  NNP  nsubj  1  B-GPE
    1   lost      lose     VERB   VBD  ROOT   1  O
    2   the       the      DET    DT   det    3  O
    3   vote      vote     NOUN   NN   dobj   1  O
    4   on        on       ADP    IN   prep   1  O
    5   Tuesday   Tuesday  PROPN  NNP  pobj   4  B-DATE
    6   after     after    SCONJ  IN   mark   8  O
    7   Russia    Russia   PROPN  NNP  nsubj  8  B-GPE
    8   attacked  attack   VERB   VBD  advcl  1  O
    9   Ukraine   Ukraine  PROPN  NNP  dobj   8  B-GPE
    10  .         .        PUNCT  .    punct  1  O
""",
    "Russia attacked Ukraine.": r"""
    0  Russia    Russia   PROPN  NNP  nsubj  1  B-GPE
    1  attacked  attack   VERB   VBD  ROOT   1  O
    2  Ukraine   Ukraine  PROPN  NNP  dobj   1  B-GPE
    3  .         .        PUNCT  .    punct  1  O
""",
    "Ukraine was attacked by Russia.": r"""
    0  Ukraine   Ukraine  PROPN  NNP  nsubjpass  2  B-GPE
    1  was       be       AUX    VBD  auxpass    2  O
    2  attacked  attack   VERB   VBN  ROOT       2  O
    3  by        by       ADP    IN   agent      2  O
    4  Russia    Russia   PROPN  NNP  pobj       3  B-GPE
    5  .         .        PUNCT  .    punct      2  O
""",
    "The United States imposed sanctions on Russia.": r"""
    0  The        the       DET    DT   det       2  B-GPE
    1  United     United    PROPN  NNP  compound  2  I-GPE
    2  States     States    PROPN  NNP  nsubj     3  I-GPE
    3  imposed    impose    VERB   VBD  ROOT      3  O
    4  sanctions  sanction  NOUN   NNS  dobj      3  O
    5  on         on        ADP    IN   prep      4  O
    6  Russia     Russia    PROPN  NNP  pobj      5  B-GPE
    7  .          .         PUNCT  .    punct     3  O
""",
    "Sanctions were imposed on Russia by the United States.": r"""
    0  Sanctions  sanction  NOUN   NNS  nsubjpass  2  O
    1  were       be        AUX    VBD  auxpass    2  O
    2  imposed    impose    VERB   VBN  ROOT       2  O
    3  on         on        ADP    IN   prep       2  O
    4  Russia     Russia    PROPN  NNP  pobj       3  B-GPE
    5  by         by        ADP    IN   agent      2  O
    6  the        the       DET    DT   det        8  B-GPE
    7  United     United    PROPN  NNP  compound   8  I-GPE
    8  States     States    PROPN  NNP  pobj       5  I-GPE
    9  .          .         PUNCT  .    punct      2  O
""",
    "India and Russia held talks.": r"""
    0  India   India   PROPN  NNP  nsubj  3  B-GPE
    1  and     and     CCONJ  CC   cc     0  O
    2  Russia  Russia  PROPN  NNP  conj   0  B-GPE
    3  held    hold    VERB   VBD  ROOT   3  O
    4  talks   talk    NOUN   NNS  dobj   3  O
    5  .       .       PUNCT  .    punct  3  O
""",
    "India and China met Russia.": r"""
    0  India   India   PROPN  NNP  nsubj  3  B-GPE
    1  and     and     CCONJ  CC   cc     0  O
    2  China   China   PROPN  NNP  conj   0  B-GPE
    3  met     meet    VERB   VBD  ROOT   3  O
    4  Russia  Russia  PROPN  NNP  dobj   3  B-GPE
    5  .       .       PUNCT  .    punct  3  O
""",
    "Indian and Russian officials held talks.": r"""
    0  Indian     indian    ADJ    JJ   amod   3  B-NORP
    1  and        and       CCONJ  CC   cc     0  O
    2  Russian    russian   ADJ    JJ   conj   0  B-NORP
    3  officials  official  NOUN   NNS  nsubj  4  O
    4  held       hold      VERB   VBD  ROOT   4  O
    5  talks      talk      NOUN   NNS  dobj   4  O
    6  .          .         PUNCT  .    punct  4  O
""",
    "Russia attacked India and China.": r"""
    0  Russia    Russia  PROPN  NNP  nsubj  1  B-GPE
    1  attacked  attack  VERB   VBD  ROOT   1  O
    2  India     India   PROPN  NNP  dobj   1  B-GPE
    3  and       and     CCONJ  CC   cc     2  O
    4  China     China   PROPN  NNP  conj   2  B-GPE
    5  .         .       PUNCT  .    punct  1  O
""",
    "India and China imposed sanctions.": r"""
    0  India      India     PROPN  NNP  nsubj  3  B-GPE
    1  and        and       CCONJ  CC   cc     0  O
    2  China      China     PROPN  NNP  conj   0  B-GPE
    3  imposed    impose    VERB   VBD  ROOT   3  O
    4  sanctions  sanction  NOUN   NNS  dobj   3  O
    5  .          .         PUNCT  .    punct  3  O
""",
    "Russia did not attack Ukraine.": r"""
    0  Russia   Russia   PROPN  NNP  nsubj  3  B-GPE
    1  did      do       AUX    VBD  aux    3  O
    2  not      not      PART   RB   neg    3  O
    3  attack   attack   VERB   VB   ROOT   3  O
    4  Ukraine  Ukraine  PROPN  NNP  dobj   3  B-GPE
    5  .        .        PUNCT  .    punct  3  O
""",
    "Russia did not threaten India.": r"""
    0  Russia    Russia    PROPN  NNP  nsubj  3  B-GPE
    1  did       do        AUX    VBD  aux    3  O
    2  not       not       PART   RB   neg    3  O
    3  threaten  threaten  VERB   VB   ROOT   3  O
    4  India     India     PROPN  NNP  dobj   3  B-GPE
    5  .         .         PUNCT  .    punct  3  O
""",
    "India did not sign the agreement with Russia.": r"""
    0  India      India      PROPN  NNP  nsubj  3  B-GPE
    1  did        do         AUX    VBD  aux    3  O
    2  not        not        PART   RB   neg    3  O
    3  sign       sign       VERB   VB   ROOT   3  O
    4  the        the        DET    DT   det    5  O
    5  agreement  agreement  NOUN   NN   dobj   3  O
    6  with       with       ADP    IN   prep   5  O
    7  Russia     Russia     PROPN  NNP  pobj   6  B-GPE
    8  .          .          PUNCT  .    punct  3  O
""",
    "Russia refused to meet India.": r"""
    0  Russia   Russia  PROPN  NNP  nsubj  1  B-GPE
    1  refused  refuse  VERB   VBD  ROOT   1  O
    2  to       to      PART   TO   aux    3  O
    3  meet     meet    VERB   VB   xcomp  1  O
    4  India    India   PROPN  NNP  dobj   3  B-GPE
    5  .        .       PUNCT  .    punct  1  O
""",
    "India never held talks with Russia.": r"""
    0  India   India   PROPN  NNP  nsubj  2  B-GPE
    1  never   never   ADV    RB   neg    2  O
    2  held    hold    VERB   VBD  ROOT   2  O
    3  talks   talk    NOUN   NNS  dobj   2  O
    4  with    with    ADP    IN   prep   3  O
    5  Russia  Russia  PROPN  NNP  pobj   4  B-GPE
    6  .       .       PUNCT  .    punct  2  O
""",
    "The United States threatened sanctions on Russia.": r"""
    0  The         the       DET    DT   det       2  B-GPE
    1  United      United    PROPN  NNP  compound  2  I-GPE
    2  States      States    PROPN  NNP  nsubj     3  I-GPE
    3  threatened  threaten  VERB   VBD  ROOT      3  O
    4  sanctions   sanction  NOUN   NNS  dobj      3  O
    5  on          on        ADP    IN   prep      4  O
    6  Russia      Russia    PROPN  NNP  pobj      5  B-GPE
    7  .           .         PUNCT  .    punct     3  O
""",
    "The United States threatened to impose sanctions on Russia.": r"""
    0  The         the       DET    DT   det       2  B-GPE
    1  United      United    PROPN  NNP  compound  2  I-GPE
    2  States      States    PROPN  NNP  nsubj     3  I-GPE
    3  threatened  threaten  VERB   VBD  ROOT      3  O
    4  to          to        PART   TO   aux       5  O
    5  impose      impose    VERB   VB   xcomp     3  O
    6  sanctions   sanction  NOUN   NNS  dobj      5  O
    7  on          on        ADP    IN   prep      5  O
    8  Russia      Russia    PROPN  NNP  pobj      7  B-GPE
    9  .           .         PUNCT  .    punct     3  O
""",
    "The United States will impose sanctions on Russia unless it withdraws.": r"""
    0   The        the       DET    DT   det       2   B-GPE
    1   United     United    PROPN  NNP  compound  2   I-GPE
    2   States     States    PROPN  NNP  nsubj     4   I-GPE
    3   will       will      AUX    MD   aux       4   O
    4   impose     impose    VERB   VB   ROOT      4   O
    5   sanctions  sanction  NOUN   NNS  dobj      4   O
    6   on         on        ADP    IN   prep      4   O
    7   Russia     Russia    PROPN  NNP  pobj      6   B-GPE
    8   unless     unless    SCONJ  IN   mark      10  O
    9   it         it        PRON   PRP  nsubj     10  O
    10  withdraws  withdraw  VERB   VBZ  advcl     4   O
    11  .          .         PUNCT  .    punct     4   O
""",
    "The United States said it would impose sanctions on Russia.": r"""
    0   The        the       DET    DT   det       2  B-GPE
    1   United     United    PROPN  NNP  compound  2  I-GPE
    2   States     States    PROPN  NNP  nsubj     3  I-GPE
    3   said       say       VERB   VBD  ROOT      3  O
    4   it         it        PRON   PRP  nsubj     6  O
    5   would      would     AUX    MD   aux       6  O
    6   impose     impose    VERB   VB   ccomp     3  O
    7   sanctions  sanction  NOUN   NNS  dobj      6  O
    8   on         on        ADP    IN   prep      6  O
    9   Russia     Russia    PROPN  NNP  pobj      8  B-GPE
    10  .          .         PUNCT  .    punct     3  O
""",
    "Russia threatened to attack Ukraine.": r"""
    0  Russia      Russia    PROPN  NNP  nsubj  1  B-GPE
    1  threatened  threaten  VERB   VBD  ROOT   1  O
    2  to          to        PART   TO   aux    3  O
    3  attack      attack    VERB   VB   xcomp  1  O
    4  Ukraine     Ukraine   PROPN  NNP  dobj   3  B-GPE
    5  .           .         PUNCT  .    punct  1  O
""",
    "China said it would send aid to Nepal.": r"""
    0  China  China  PROPN  NNP  nsubj  1  B-GPE
    1  said   say    VERB   VBD  ROOT   1  O
    2  it     it     PRON   PRP  nsubj  4  O
    3  would  would  AUX    MD   aux    4  O
    4  send   send   VERB   VB   ccomp  1  O
    5  aid    aid    NOUN   NN   dobj   4  O
    6  to     to     ADP    IN   prep   4  O
    7  Nepal  Nepal  PROPN  NNP  pobj   6  B-GPE
    8  .      .      PUNCT  .    punct  1  O
""",
    "The United States urged Russia to withdraw from Ukraine.": r"""
    0  The       the       DET    DT   det       2  B-GPE
    1  United    United    PROPN  NNP  compound  2  I-GPE
    2  States    States    PROPN  NNP  nsubj     3  I-GPE
    3  urged     urge      VERB   VBD  ROOT      3  O
    4  Russia    Russia    PROPN  NNP  dobj      3  B-GPE
    5  to        to        PART   TO   aux       6  O
    6  withdraw  withdraw  VERB   VB   xcomp     3  O
    7  from      from      ADP    IN   prep      6  O
    8  Ukraine   Ukraine   PROPN  NNP  pobj      7  B-GPE
    9  .         .         PUNCT  .    punct     3  O
""",
    "The United States will impose sanctions on Russia unless Russia attacks Ukraine.": r"""
    0   The        the       DET    DT   det       2   B-GPE
    1   United     United    PROPN  NNP  compound  2   I-GPE
    2   States     States    PROPN  NNP  nsubj     4   I-GPE
    3   will       will      AUX    MD   aux       4   O
    4   impose     impose    VERB   VB   ROOT      4   O
    5   sanctions  sanction  NOUN   NNS  dobj      4   O
    6   on         on        ADP    IN   prep      4   O
    7   Russia     Russia    PROPN  NNP  pobj      6   B-GPE
    8   unless     unless    SCONJ  IN   mark      10  O
    9   Russia     Russia    PROPN  NNP  nsubj     10  B-GPE
    10  attacks    attack    VERB   VBZ  advcl     4   O
    11  Ukraine    Ukraine   PROPN  NNP  dobj      10  B-GPE
    12  .          .         PUNCT  .    punct     4   O
""",
    "India and Russia reaffirmed their commitment to deepening defence cooperation during a meeting between Indian Ambassador Vinay Kumar and Col-Gen Fomin.": r"""
    0   India        India        PROPN  NNP   nsubj     3   B-GPE
    1   and          and          CCONJ  CC    cc        0   O
    2   Russia       Russia       PROPN  NNP   conj      0   B-GPE
    3   reaffirmed   reaffirm     VERB   VBD   ROOT      3   O
    4   their        their        PRON   PRP$  poss      5   O
    5   commitment   commitment   NOUN   NN    dobj      3   O
    6   to           to           ADP    IN    prep      5   O
    7   deepening    deepen       VERB   VBG   pcomp     6   O
    8   defence      defence      NOUN   NN    compound  9   O
    9   cooperation  cooperation  NOUN   NN    dobj      7   O
    10  during       during       ADP    IN    prep      7   O
    11  a            a            DET    DT    det       12  O
    12  meeting      meeting      NOUN   NN    pobj      10  O
    13  between      between      ADP    IN    prep      12  O
    14  Indian       Indian       PROPN  NNP   amod      15  B-NORP
    15  Ambassador   Ambassador   PROPN  NNP   compound  17  O
    16  Vinay        Vinay        PROPN  NNP   compound  17  B-PERSON
    17  Kumar        Kumar        PROPN  NNP   pobj      13  I-PERSON
    18  and          and          CCONJ  CC    cc        17  O
    19  Col          Col          PROPN  NNP   compound  22  B-ORG
    20  -            -            PUNCT  HYPH  punct     22  I-ORG
    21  Gen          Gen          PROPN  NNP   compound  22  I-ORG
    22  Fomin        Fomin        PROPN  NNP   conj      17  I-ORG
    23  .            .            PUNCT  .     punct     3   O
""",
    "Talks between India and Russia were held in Moscow.": r"""
    0  Talks    talk     NOUN   NNS  nsubjpass  6  O
    1  between  between  ADP    IN   prep       0  O
    2  India    India    PROPN  NNP  pobj       1  B-GPE
    3  and      and      CCONJ  CC   cc         2  O
    4  Russia   Russia   PROPN  NNP  conj       2  B-GPE
    5  were     be       AUX    VBD  auxpass    6  O
    6  held     hold     VERB   VBN  ROOT       6  O
    7  in       in       ADP    IN   prep       6  O
    8  Moscow   Moscow   PROPN  NNP  pobj       7  B-GPE
    9  .        .        PUNCT  .    punct      6  O
""",
    "Indian Ambassador Vinay Kumar held talks with Col-Gen Fomin.": r"""
    0   Indian      Indian      PROPN  NNP   amod      1   B-NORP
    1   Ambassador  Ambassador  PROPN  NNP   compound  3   O
    2   Vinay       Vinay       PROPN  NNP   compound  3   B-PERSON
    3   Kumar       Kumar       PROPN  NNP   nsubj     4   I-PERSON
    4   held        hold        VERB   VBD   ROOT      4   O
    5   talks       talk        NOUN   NNS   dobj      4   O
    6   with        with        ADP    IN    prep      5   O
    7   Col         Col         PROPN  NNP   compound  10  B-PERSON
    8   -           -           PUNCT  HYPH  punct     10  I-PERSON
    9   Gen         Gen         PROPN  NNP   compound  10  I-PERSON
    10  Fomin       Fomin       PROPN  NNP   pobj      6   I-PERSON
    11  .           .           PUNCT  .     punct     4   O
""",
    "Russia accused the United States of applying pressure on India.": r"""
    0   Russia    Russia    PROPN  NNP  nsubj     1  B-GPE
    1   accused   accuse    VERB   VBD  ROOT      1  O
    2   the       the       DET    DT   det       4  B-GPE
    3   United    United    PROPN  NNP  compound  4  I-GPE
    4   States    States    PROPN  NNP  dobj      1  I-GPE
    5   of        of        ADP    IN   prep      1  O
    6   applying  apply     VERB   VBG  pcomp     5  O
    7   pressure  pressure  NOUN   NN   dobj      6  O
    8   on        on        ADP    IN   prep      6  O
    9   India     India     PROPN  NNP  pobj      8  B-GPE
    10  .         .         PUNCT  .    punct     1  O
""",
    "The United States has said that from Friday, it will impose sanctions on Russia.": r"""
    0   The        the       DET    DT   det       2   B-GPE
    1   United     United    PROPN  NNP  compound  2   I-GPE
    2   States     States    PROPN  NNP  nsubj     4   I-GPE
    3   has        have      AUX    VBZ  aux       4   O
    4   said       say       VERB   VBN  ROOT      4   O
    5   that       that      SCONJ  IN   mark      11  O
    6   from       from      ADP    IN   prep      11  O
    7   Friday     Friday    PROPN  NNP  pobj      6   B-DATE
    8   ,          ,         PUNCT  ,    punct     11  O
    9   it         it        PRON   PRP  nsubj     11  O
    10  will       will      AUX    MD   aux       11  O
    11  impose     impose    VERB   VB   ccomp     4   O
    12  sanctions  sanction  NOUN   NNS  dobj      11  O
    13  on         on        ADP    IN   prep      11  O
    14  Russia     Russia    PROPN  NNP  pobj      13  B-GPE
    15  .          .         PUNCT  .    punct     4   O
""",
    "Russia attacked Ukraine on Tuesday.": r"""
    0  Russia    Russia   PROPN  NNP  nsubj  1  B-GPE
    1  attacked  attack   VERB   VBD  ROOT   1  O
    2  Ukraine   Ukraine  PROPN  NNP  dobj   1  B-GPE
    3  on        on       ADP    IN   prep   1  O
    4  Tuesday   Tuesday  PROPN  NNP  pobj   3  B-DATE
    5  .         .        PUNCT  .    punct  1  O
""",
    "Russia attacked Ukraine last month.": r"""
    0  Russia    Russia   PROPN  NNP  nsubj     1  B-GPE
    1  attacked  attack   VERB   VBD  ROOT      1  O
    2  Ukraine   Ukraine  PROPN  NNP  dobj      1  B-GPE
    3  last      last     ADJ    JJ   amod      4  B-DATE
    4  month     month    NOUN   NN   npadvmod  1  I-DATE
    5  .         .        PUNCT  .    punct     1  O
""",
    "Russia attacked Ukraine, which had held talks with India on Tuesday.": r"""
    0   Russia    Russia   PROPN  NNP  nsubj  1   B-GPE
    1   attacked  attack   VERB   VBD  ROOT   1   O
    2   Ukraine   Ukraine  PROPN  NNP  dobj   1   B-GPE
    3   ,         ,        PUNCT  ,    punct  2   O
    4   which     which    PRON   WDT  nsubj  6   O
    5   had       have     AUX    VBD  aux    6   O
    6   held      hold     VERB   VBN  relcl  2   O
    7   talks     talk     NOUN   NNS  dobj   6   O
    8   with      with     ADP    IN   prep   7   O
    9   India     India    PROPN  NNP  pobj   8   B-GPE
    10  on        on       ADP    IN   prep   6   O
    11  Tuesday   Tuesday  PROPN  NNP  pobj   10  B-DATE
    12  .         .        PUNCT  .    punct  1   O
""",
    "Russia attacked Ukraine.\n\nOn Tuesday, Russia attacked Ukraine again.": r"""
    0   Russia    Russia   PROPN  NNP  nsubj   1  B-GPE
    1   attacked  attack   VERB   VBD  ROOT    1  O
    2   Ukraine   Ukraine  PROPN  NNP  dobj    1  B-GPE
    3   .         .        PUNCT  .    punct   1  O
    4   \n\n      \n\n     SPACE  _SP  dep     3  O
    5   On        on       ADP    IN   prep    9  O
    6   Tuesday   Tuesday  PROPN  NNP  pobj    5  B-DATE
    7   ,         ,        PUNCT  ,    punct   9  O
    8   Russia    Russia   PROPN  NNP  nsubj   9  B-GPE
    9   attacked  attack   VERB   VBD  ROOT    9  O
    10  Ukraine   Ukraine  PROPN  NNP  dobj    9  B-GPE
    11  again     again    ADV    RB   advmod  9  O
    12  .         .        PUNCT  .    punct   9  O
""",
    "The rebels attacked the town.": r"""
    0  The       the     DET    DT   det    1  O
    1  rebels    rebel   NOUN   NNS  nsubj  2  O
    2  attacked  attack  VERB   VBD  ROOT   2  O
    3  the       the     DET    DT   det    4  O
    4  town      town    NOUN   NN   dobj   2  O
    5  .         .       PUNCT  .    punct  2  O
""",
    "The police arrested Russia.": r"""
    0  The       the     DET    DT   det    1  O
    1  police    police  NOUN   NNS  nsubj  2  O
    2  arrested  arrest  VERB   VBD  ROOT   2  O
    3  Russia    Russia  PROPN  NNP  dobj   2  B-GPE
    4  .         .       PUNCT  .    punct  2  O
""",
    "India met Japan.": r"""
    0  India  India  PROPN  NNP  nsubj  1  B-GPE
    1  met    meet   VERB   VBD  ROOT   1  O
    2  Japan  Japan  PROPN  NNP  dobj   1  B-GPE
    3  .      .      PUNCT  .    punct  1  O
""",
    "Ukraine was attacked.": r"""
    0  Ukraine   Ukraine  PROPN  NNP  nsubjpass  2  B-GPE
    1  was       be       AUX    VBD  auxpass    2  O
    2  attacked  attack   VERB   VBN  ROOT       2  O
    3  .         .        PUNCT  .    punct      2  O
""",
    "Russia imposed sanctions after Ukraine was attacked.": r"""
    0  Russia     Russia    PROPN  NNP  nsubj      1  B-GPE
    1  imposed    impose    VERB   VBD  ROOT       1  O
    2  sanctions  sanction  NOUN   NNS  dobj       1  O
    3  after      after     SCONJ  IN   mark       6  O
    4  Ukraine    Ukraine   PROPN  NNP  nsubjpass  6  B-GPE
    5  was        be        AUX    VBD  auxpass    6  O
    6  attacked   attack    VERB   VBN  advcl      1  O
    7  .          .         PUNCT  .    punct      1  O
""",
    "The rebels attacked Ukraine.": r"""
    0  The       the      DET    DT   det    1  O
    1  rebels    rebel    NOUN   NNS  nsubj  2  O
    2  attacked  attack   VERB   VBD  ROOT   2  O
    3  Ukraine   Ukraine  PROPN  NNP  dobj   2  B-GPE
    4  .         .        PUNCT  .    punct  2  O
""",
    "Russia imposed sanctions.": r"""
    0  Russia     Russia    PROPN  NNP  nsubj  1  B-GPE
    1  imposed    impose    VERB   VBD  ROOT   1  O
    2  sanctions  sanction  NOUN   NNS  dobj   1  O
    3  .          .         PUNCT  .    punct  1  O
""",
    "China offered to send troops to Nepal.": r"""
    0  China    China  PROPN  NNP  nsubj   1  B-GPE
    1  offered  offer  VERB   VBD  ROOT    1  O
    2  to       to     PART   TO   aux     3  O
    3  send     send   VERB   VB   xcomp   1  O
    4  troops   troop  NOUN   NNS  dobj    3  O
    5  to       to     ADP    IN   dative  3  O
    6  Nepal    Nepal  PROPN  NNP  pobj    5  B-GPE
    7  .        .      PUNCT  .    punct   1  O
""",
    "China vowed to attack Nepal.": r"""
    0  China   China   PROPN  NNP  nsubj  1  B-GPE
    1  vowed   vow     VERB   VBD  ROOT   1  O
    2  to      to      PART   TO   aux    3  O
    3  attack  attack  VERB   VB   xcomp  1  O
    4  Nepal   Nepal   PROPN  NNP  dobj   3  B-GPE
    5  .       .       PUNCT  .    punct  1  O
""",
    "China is willing to send aid to Nepal.": r"""
    0  China    China    PROPN  NNP  nsubj  1  B-GPE
    1  is       be       AUX    VBZ  ROOT   1  O
    2  willing  willing  ADJ    JJ   acomp  1  O
    3  to       to       PART   TO   aux    4  O
    4  send     send     VERB   VB   xcomp  2  O
    5  aid      aid      NOUN   NN   dobj   4  O
    6  to       to       ADP    IN   prep   4  O
    7  Nepal    Nepal    PROPN  NNP  pobj   6  B-GPE
    8  .        .        PUNCT  .    punct  1  O
""",
    "China issued a sanctions threat against Japan.": r"""
    0  China      China     PROPN  NNP  nsubj     1  B-GPE
    1  issued     issue     VERB   VBD  ROOT      1  O
    2  a          a         DET    DT   det       4  O
    3  sanctions  sanction  NOUN   NNS  compound  4  O
    4  threat     threat    NOUN   NN   dobj      1  O
    5  against    against   ADP    IN   prep      4  O
    6  Japan      Japan     PROPN  NNP  pobj      5  B-GPE
    7  .          .         PUNCT  .    punct     1  O
""",
    "China held talks with Japan, which attacked Russia.": r"""
    0  China     China   PROPN  NNP  nsubj  1  B-GPE
    1  held      hold    VERB   VBD  ROOT   1  O
    2  talks     talk    NOUN   NNS  dobj   1  O
    3  with      with    ADP    IN   prep   2  O
    4  Japan     Japan   PROPN  NNP  pobj   3  B-GPE
    5  ,         ,       PUNCT  ,    punct  4  O
    6  which     which   PRON   WDT  nsubj  7  O
    7  attacked  attack  VERB   VBD  relcl  4  O
    8  Russia    Russia  PROPN  NNP  dobj   7  B-GPE
    9  .         .       PUNCT  .    punct  1  O
""",
    "India vowed to protect its interests.": r"""
    0  India      India     PROPN  NNP   nsubj  1  B-GPE
    1  vowed      vow       VERB   VBD   ROOT   1  O
    2  to         to        PART   TO    aux    3  O
    3  protect    protect   VERB   VB    xcomp  1  O
    4  its        its       PRON   PRP$  poss   5  O
    5  interests  interest  NOUN   NNS   dobj   3  O
    6  .          .         PUNCT  .     punct  1  O
""",
    "Russia Condemns Japan\n\nThe talks went on.": r"""
    0  Russia    Russia    PROPN  NNP  compound  2  B-GPE
    1  Condemns  Condemns  PROPN  NNP  compound  2  O
    2  Japan     Japan     PROPN  NNP  ROOT      2  B-GPE
    3  \n\n      \n\n      SPACE  _SP  dep       2  O
    4  The       the       DET    DT   det       5  O
    5  talks     talk      NOUN   NNS  nsubj     6  O
    6  went      go        VERB   VBD  ROOT      6  O
    7  on        on        ADP    RP   prt       6  O
    8  .         .         PUNCT  .    punct     6  O
""",
    "Russia stopped attacking Ukraine.": r"""
    0  Russia     Russia   PROPN  NNP  nsubj  1  B-GPE
    1  stopped    stop     VERB   VBD  ROOT   1  O
    2  attacking  attack   VERB   VBG  xcomp  1  O
    3  Ukraine    Ukraine  PROPN  NNP  dobj   2  B-GPE
    4  .          .        PUNCT  .    punct  1  O
""",
    "India ended the talks with Russia.": r"""
    0  India   India   PROPN  NNP  nsubj  1  B-GPE
    1  ended   end     VERB   VBD  ROOT   1  O
    2  the     the     DET    DT   det    3  O
    3  talks   talk    NOUN   NNS  dobj   1  O
    4  with    with    ADP    IN   prep   3  O
    5  Russia  Russia  PROPN  NNP  pobj   4  B-GPE
    6  .       .       PUNCT  .    punct  1  O
""",
    "China suspended aid to Nepal.": r"""
    0  China      China    PROPN  NNP  nsubj  1  B-GPE
    1  suspended  suspend  VERB   VBD  ROOT   1  O
    2  aid        aid      NOUN   NN   dobj   1  O
    3  to         to       ADP    IN   prep   1  O
    4  Nepal      Nepal    PROPN  NNP  pobj   3  B-GPE
    5  .          .        PUNCT  .    punct  1  O
""",
    "China said that Japan must withdraw from Nepal.": r"""
    0  China     China     PROPN  NNP  nsubj  1  B-GPE
    1  said      say       VERB   VBD  ROOT   1  O
    2  that      that      SCONJ  IN   mark   5  O
    3  Japan     Japan     PROPN  NNP  nsubj  5  B-GPE
    4  must      must      AUX    MD   aux    5  O
    5  withdraw  withdraw  VERB   VB   ccomp  1  O
    6  from      from      ADP    IN   prep   5  O
    7  Nepal     Nepal     PROPN  NNP  pobj   6  B-GPE
    8  .         .         PUNCT  .    punct  1  O
""",
    "Russia met China.\n\nIt later attacked Ukraine.": r"""
    0  Russia    Russia   PROPN  NNP  nsubj   1  B-GPE
    1  met       meet     VERB   VBD  ROOT    1  O
    2  China     China    PROPN  NNP  dobj    1  B-GPE
    3  .         .        PUNCT  .    punct   1  O
    4  \n\n      \n\n     SPACE  _SP  dep     3  O
    5  It        it       PRON   PRP  nsubj   7  O
    6  later     later    ADV    RB   advmod  7  O
    7  attacked  attack   VERB   VBD  ROOT    7  O
    8  Ukraine   Ukraine  PROPN  NNP  dobj    7  B-GPE
    9  .         .        PUNCT  .    punct   7  O
""",
    "Japan said Tuesday's attack by Russia on Ukraine was a crime.": r"""
    0   Japan    Japan    PROPN  NNP  nsubj  1   B-GPE
    1   said     say      VERB   VBD  ROOT   1   O
    2   Tuesday  Tuesday  PROPN  NNP  poss   4   B-DATE
    3   's       's       PART   POS  case   2   O
    4   attack   attack   NOUN   NN   nsubj  9   O
    5   by       by       ADP    IN   prep   4   O
    6   Russia   Russia   PROPN  NNP  pobj   5   B-GPE
    7   on       on       ADP    IN   prep   4   O
    8   Ukraine  Ukraine  PROPN  NNP  pobj   7   B-GPE
    9   was      be       AUX    VBD  ccomp  1   O
    10  a        a        DET    DT   det    11  O
    11  crime    crime    NOUN   NN   attr   9   O
    12  .        .        PUNCT  .    punct  1   O
""",
    "Hundreds of police arrested Russia.": r"""
    0  Hundreds  hundred  NOUN   NNS  nsubj  3  B-CARDINAL
    1  of        of       ADP    IN   prep   0  O
    2  police    police   NOUN   NNS  pobj   1  O
    3  arrested  arrest   VERB   VBD  ROOT   3  O
    4  Russia    Russia   PROPN  NNP  dobj   3  B-GPE
    5  .         .        PUNCT  .    punct  3  O
""",
    "Russia Condemns Japan\n\nRussia on Tuesday accused Japan of lying.": r"""
    0   Russia    Russia    PROPN  NNP  ROOT      0  B-GPE
    1   Condemns  Condemns  PROPN  NNP  compound  2  O
    2   Japan     Japan     PROPN  NNP  appos     0  B-GPE
    3   \n\n      \n\n      SPACE  _SP  dep       2  O
    4   Russia    Russia    PROPN  NNP  nsubj     7  B-GPE
    5   on        on        ADP    IN   prep      7  O
    6   Tuesday   Tuesday   PROPN  NNP  pobj      5  B-DATE
    7   accused   accuse    VERB   VBD  ROOT      7  O
    8   Japan     Japan     PROPN  NNP  dobj      7  B-GPE
    9   of        of        ADP    IN   prep      7  O
    10  lying     lie       VERB   VBG  pcomp     9  O
    11  .         .         PUNCT  .    punct     7  O
""",
    "Japan is sending troops to the United Nations peacekeeping force.": r"""
    0   Japan         Japan         PROPN  NNP  nsubj     2  B-GPE
    1   is            be            AUX    VBZ  aux       2  O
    2   sending       send          VERB   VBG  ROOT      2  O
    3   troops        troop         NOUN   NNS  dobj      2  O
    4   to            to            ADP    IN   prep      2  O
    5   the           the           DET    DT   det       9  O
    6   United        United        PROPN  NNP  compound  7  B-ORG
    7   Nations       Nations       PROPN  NNP  compound  9  I-ORG
    8   peacekeeping  peacekeeping  NOUN   NN   compound  9  O
    9   force         force         NOUN   NN   pobj      4  O
    10  .             .             PUNCT  .    punct     2  O
""",
    "India and Russia held military exercises near the border.": r"""
    0  India      India     PROPN  NNP  nsubj  3  B-GPE
    1  and        and       CCONJ  CC   cc     0  O
    2  Russia     Russia    PROPN  NNP  conj   0  B-GPE
    3  held       hold      VERB   VBD  ROOT   3  O
    4  military   military  ADJ    JJ   amod   5  O
    5  exercises  exercise  NOUN   NNS  dobj   3  O
    6  near       near      ADP    IN   prep   3  O
    7  the        the       DET    DT   det    8  O
    8  border     border    NOUN   NN   pobj   6  O
    9  .          .         PUNCT  .    punct  3  O
""",
    "Russia sent troops to the border with Ukraine.": r"""
    0  Russia   Russia   PROPN  NNP  nsubj  1  B-GPE
    1  sent     send     VERB   VBD  ROOT   1  O
    2  troops   troop    NOUN   NNS  dobj   1  O
    3  to       to       ADP    IN   prep   1  O
    4  the      the      DET    DT   det    5  O
    5  border   border   NOUN   NN   pobj   3  O
    6  with     with     ADP    IN   prep   5  O
    7  Ukraine  Ukraine  PROPN  NNP  pobj   6  B-GPE
    8  .        .        PUNCT  .    punct  1  O
""",
    "Russia and India will gather for a summit in Moscow.": r"""
    0   Russia  Russia  PROPN  NNP  nsubj  4  B-GPE
    1   and     and     CCONJ  CC   cc     0  O
    2   India   India   PROPN  NNP  conj   0  B-GPE
    3   will    will    AUX    MD   aux    4  O
    4   gather  gather  VERB   VB   ROOT   4  O
    5   for     for     ADP    IN   prep   4  O
    6   a       a       DET    DT   det    7  O
    7   summit  summit  NOUN   NN   pobj   5  O
    8   in      in      ADP    IN   prep   7  O
    9   Moscow  Moscow  PROPN  NNP  pobj   8  B-GPE
    10  .       .       PUNCT  .    punct  4  O
""",
    "The Taliban claimed responsibility for both the Kabul and the Kandahar attacks.": r"""
    0   The             the             DET    DT   det       1   O
    1   Taliban         Taliban         PROPN  NNP  nsubj     2   B-ORG
    2   claimed         claim           VERB   VBD  ROOT      2   O
    3   responsibility  responsibility  NOUN   NN   dobj      2   O
    4   for             for             ADP    IN   prep      3   O
    5   both            both            CCONJ  CC   preconj   7   O
    6   the             the             DET    DT   det       7   O
    7   Kabul           Kabul           PROPN  NNP  pobj      4   B-GPE
    8   and             and             CCONJ  CC   cc        7   O
    9   the             the             DET    DT   det       11  O
    10  Kandahar        Kandahar        PROPN  NNP  compound  11  B-GPE
    11  attacks         attack          NOUN   NNS  conj      7   O
    12  .               .               PUNCT  .    punct     2   O
""",
    "India met the demands of Japan.": r"""
    0  India    India   PROPN  NNP  nsubj  1  B-GPE
    1  met      meet    VERB   VBD  ROOT   1  O
    2  the      the     DET    DT   det    3  O
    3  demands  demand  NOUN   NNS  dobj   1  O
    4  of       of      ADP    IN   prep   3  O
    5  Japan    Japan   PROPN  NNP  pobj   4  B-GPE
    6  .        .       PUNCT  .    punct  1  O
""",
    "India held talks with Japan.": r"""
    0  India  India  PROPN  NNP  nsubj  1  B-GPE
    1  held   hold   VERB   VBD  ROOT   1  O
    2  talks  talk   NOUN   NNS  dobj   1  O
    3  with   with   ADP    IN   prep   2  O
    4  Japan  Japan  PROPN  NNP  pobj   3  B-GPE
    5  .      .      PUNCT  .    punct  1  O
""",
    "Pakistan announced that it had expelled two Indian diplomats.": r"""
    0  Pakistan   Pakistan  PROPN  NNP  nsubj   1  B-GPE
    1  announced  announce  VERB   VBD  ROOT    1  O
    2  that       that      SCONJ  IN   mark    5  O
    3  it         it        PRON   PRP  nsubj   5  O
    4  had        have      AUX    VBD  aux     5  O
    5  expelled   expel     VERB   VBN  ccomp   1  O
    6  two        two       NUM    CD   nummod  8  B-CARDINAL
    7  Indian     indian    ADJ    JJ   amod    8  B-NORP
    8  diplomats  diplomat  NOUN   NNS  dobj    5  O
    9  .          .         PUNCT  .    punct   1  O
""",
}


@pytest.mark.parametrize("text", PARSES)
def test_coder_frozen_parses_are_the_models(frozen_is_live: Callable[..., None], text: str) -> None:
    frozen_is_live(text, PARSES[text], published=PUBLISHED)
