"""General coding rules through the whole pipeline, with the shipped lexicon: the object
noun decides a support verb's code, phrasal verbs, modifiers that are no events, modal
frames and quoted first persons."""

from __future__ import annotations

import pytest

from communique.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    doc = pipeline.extract(text, published="2025-08-06")
    return {
        (
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.cameo,
        )
        for e in doc.events
    }


def _cameo(pipeline: Pipeline, text: str) -> set[str]:
    return {code for _, _, code in _codes(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan held joint military exercises with India on Monday.", "062"),
        ("Syria launched air strikes against the rebels.", "195"),
        ("Russia launched cyber attacks on Georgian websites.", "171"),
        ("The Iranian activist began a hunger strike in prison.", "142"),
        ("Russia launched an investigation into the crash.", "090"),
        ("Kuwait launched a mediation effort in the Gulf.", "045"),
        ("Russia carried out a rescue operation in Syria.", "073"),
        ("Turkey launched a military campaign against Syria.", "190"),
    ],
)
def test_rules_support_verb_object_decides(pipeline: Pipeline, text: str, code: str) -> None:
    assert code in _cameo(pipeline, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The French president stepped down on Monday.", {"190", "080"}),
        ("Iran summed up its position on the deal.", set()),
    ],
)
def test_rules_phrasal_verb_is_not_the_bare_verb(
    pipeline: Pipeline, text: str, absent: set[str]
) -> None:
    codes = _cameo(pipeline, text)
    assert not codes & absent
    assert all(not c.startswith(("18", "19", "20")) for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        "French aid workers arrived in Mali on Monday.",
        "Syrian protest leaders arrived in Paris on Monday.",
        "Israeli peace activists arrived in Cairo on Monday.",
    ],
)
def test_rules_event_noun_modifying_people_is_no_event(pipeline: Pipeline, text: str) -> None:
    codes = _cameo(pipeline, text)
    assert not codes & {"070", "140", "145", "014", "040", "036"}


def test_rules_compound_event_noun_of_an_effort_stays(pipeline: Pipeline) -> None:
    assert "165" in _cameo(pipeline, "France ended mediation efforts with Algeria.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The wounded soldiers were taken to a Syrian hospital by Russia.", "wounded"),
        ("Russia cancelled the planned visit to India.", "planned"),
    ],
)
def test_rules_participle_modifier_is_no_event(pipeline: Pipeline, text: str, word: str) -> None:
    doc = pipeline.extract(text, published="2025-08-06")
    assert all(word not in e.trigger.split() for e in doc.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia offered to send troops to Syria.", "0332"),
        ("Germany agreed to lift sanctions on Iran.", "0354"),
    ],
)
def test_rules_offer_frame_is_an_intent_not_a_threat(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    codes = _cameo(pipeline, text)
    assert expected in codes
    assert not any(c.startswith("13") for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        'The Russian foreign minister spoke on Monday. "We condemn the attacks," he said. ',
        'The Russian foreign minister said talks were over. "We condemn the attacks."',
        '"The talks are over. We condemn the attacks," the Russian foreign minister said.',
    ],
)
def test_rules_we_in_a_quotation_is_its_speaker(pipeline: Pipeline, text: str) -> None:
    assert ("RUS", None, "111") in _codes(pipeline, text)


def test_rules_we_outside_a_quotation_stays_unresolved(pipeline: Pipeline) -> None:
    text = "Russia spoke on Monday. We condemn the attacks."
    assert ("RUS", None, "111") not in _codes(pipeline, text)


def test_rules_named_but_unknown_agent_is_a_source_with_no_country(pipeline: Pipeline) -> None:
    doc = pipeline.extract("Goldman Sachs sued the Kenyan government on Monday.")
    sued = [e for e in doc.events if e.trigger == "sued"]
    assert sued and sued[0].source is not None
    assert sued[0].source.text == "Goldman Sachs" and sued[0].source.country is None
    assert sued[0].target is not None and sued[0].target.country == "KEN"


def test_rules_a_name_inside_the_agent_phrase_is_not_the_agent(pipeline: Pipeline) -> None:
    doc = pipeline.extract("The very countries criticising India continue to trade with Russia.")
    assert not [e for e in doc.events if e.source is not None and e.source.country is None]


@pytest.mark.parametrize(
    "text",
    [
        "France launched a campaign to free the hostages.",
        "France launched a campaign for the release of the hostages.",
    ],
)
def test_rules_a_campaign_alone_is_no_attack_or_protest(pipeline: Pipeline, text: str) -> None:
    codes = _cameo(pipeline, text)
    assert not any(c.startswith(("14", "18", "19")) for c in codes)


def test_rules_a_mediator_acts_on_both_sides_of_between(pipeline: Pipeline) -> None:
    got = _codes(pipeline, "Kuwait launched a mediation effort between Iraq and Iran.")
    assert got == {("KWT", "IRQ", "045"), ("KWT", "IRN", "045")}


def test_rules_pronoun_of_an_unknown_named_speaker(pipeline: Pipeline) -> None:
    doc = pipeline.extract("Goldman Sachs said it would sue the Kenyan government.")
    sources = {e.source.text for e in doc.events if e.source is not None}
    assert "Goldman Sachs" in sources


def test_rules_coordinated_event_noun_inside_an_argument_is_background(
    pipeline: Pipeline,
) -> None:
    text = "The Taliban claimed responsibility for both the Kabul and the Kandahar attacks."
    codes = _cameo(pipeline, text)
    assert "015" in codes and "190" not in codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Turkey decided to expel the Dutch ambassador.", "166"),
        ("Japan decided to lift its sanctions on North Korea.", "085"),
        ("The US military trains Iraqi pilots at a base in Texas.", "072"),
    ],
)
def test_rules_a_decision_taken_is_the_action(pipeline: Pipeline, text: str, code: str) -> None:
    codes = _cameo(pipeline, text)
    assert code in codes
    assert not any(c.startswith("03") or c.startswith("13") for c in codes)


def test_rules_content_of_a_criticised_decision_is_no_event(pipeline: Pipeline) -> None:
    text = "Iran condemned the American decision to recognize Jerusalem as Israel's capital."
    assert "054" not in _cameo(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany sent doctors to fight the Ebola epidemic in Liberia.",
        "The Nigerian government is fighting corruption in the oil sector.",
        "Kenyan lawyers are fighting for justice for the victims.",
    ],
)
def test_rules_figurative_fight_is_no_force(pipeline: Pipeline, text: str) -> None:
    assert not any(c.startswith(("18", "19", "20")) for c in _cameo(pipeline, text))


def test_rules_fighting_an_adversary_is_force(pipeline: Pipeline) -> None:
    assert ("RUS", "UKR", "190") in _codes(pipeline, "Russia fought the Ukrainian army.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US demanded that Iran release the prisoners.", ("USA", "IRN", "1053")),
        ("Russia refused to withdraw its troops from Ukraine.", ("RUS", "UKR", "1246")),
        ("Russia withdrew its troops from Ukraine.", ("RUS", "UKR", "0874")),
    ],
)
def test_rules_target_inside_the_complement(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan is sending troops to the United Nations peacekeeping force.", "074"),
        ("India and Russia held military exercises near the border.", "062"),
        ("Russia sent troops to the border with Ukraine.", "150"),
        ("Russia and India will gather for a summit in Moscow.", "036"),
    ],
)
def test_rules_clause_context_decides_the_code(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert expected in _cameo(pipeline, text)


def test_rules_set_up_does_not_stop_an_action(pipeline: Pipeline) -> None:
    codes = _cameo(pipeline, "Romania set up an evacuation centre for Ukrainian refugees.")
    assert not any(c.startswith("16") for c in codes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopia let free some 74 political prisoners.", ("ETH", None, "0841")),
        ("Jordan and Egypt began a new round of joint military exercises.", ("JOR", "EGY", "062")),
        ("Russia launched a wave of attacks on Ukraine.", ("RUS", "UKR", "190")),
    ],
)
def test_rules_agent_through_let_and_quantity_nouns(
    pipeline: Pipeline, text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert expected in _codes(pipeline, text)


def test_rules_news_reported_by_an_agency_is_coded(pipeline: Pipeline) -> None:
    text = "Chinese police have detained 18 people, the state news agency Xinhua reported."
    assert ("CHN", None, "173") in _codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Benjamin Netanyahu called Australian Prime Minister Scott Morrison"
            " on Wednesday to congratulate him.",
            ("ISR", "AUS", "051"),
        ),
        ("Modi called Putin to discuss the war in Ukraine.", ("IND", "RUS", "040")),
    ],
)
def test_rules_a_phone_call_codes_its_purpose(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    got = _codes(pipeline, text)
    assert expected in got
    assert not any(code.startswith("02") for _, _, code in got)


def test_rules_called_on_is_still_an_appeal(pipeline: Pipeline) -> None:
    got = _codes(pipeline, "The EU called on Russia to withdraw its troops.")
    assert any(code.startswith("02") for _, _, code in got)


@pytest.mark.parametrize(
    "text",
    [
        "Myanmar's Supreme Court upheld the prison sentences of two journalists.",
        "An Iranian court convicted the French researcher.",
        "A Russian court sentenced the opposition leader to nine years.",
    ],
)
def test_rules_convicting_and_sentencing_find_guilty(pipeline: Pipeline, text: str) -> None:
    codes = _cameo(pipeline, text)
    assert "116" in codes and "173" not in codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched an attack on Ukraine.", ("RUS", "UKR", "190")),
        ("Iran blamed Israel for the attack.", ("IRN", "ISR", "1123")),
    ],
)
def test_rules_an_attack_is_military_force_unless_its_noun_says_otherwise(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _codes(pipeline, text)


def test_rules_a_terrorist_attack_is_unconventional_violence(pipeline: Pipeline) -> None:
    assert "180" in _cameo(pipeline, "Militants launched a terrorist attack on Kabul.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Palestinian government, thus, rejects and condemns the US administration's decision.",
            ("PSE", "USA", "111"),
        ),  # noqa: E501
        (
            "Russian President Vladimir Putin said his country will not lift the ban on Polish meat.",
            ("RUS", None, "1241"),
        ),  # noqa: E501
    ],
)
def test_rules_subject_through_coordination_and_his_country(
    pipeline: Pipeline, text: str, expected: tuple[str, str | None, str]
) -> None:
    got = _codes(pipeline, text)
    assert any(s == expected[0] and c == expected[2] for s, _, c in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France sent seven military experts to Saudi Arabia to investigate the attacks.",
            ("FRA", "SAU", "093"),
        ),  # noqa: E501
        ("Russia sent a delegation to Turkey.", ("RUS", "TUR", "042")),
        ("The US deployed troops to Poland.", ("USA", "POL", "150")),
    ],
)
def test_rules_errands_and_destinations(
    pipeline: Pipeline, text: str, expected: tuple[str, str | None, str]
) -> None:
    got = _codes(pipeline, text)
    assert expected in got
    assert not any(code == "164" for _, _, code in got)


def test_rules_light_head_takes_its_modifier(pipeline: Pipeline) -> None:
    assert "0813" in _cameo(pipeline, "Saudi Arabia eased curfew hours in several cities.")


def test_rules_a_full_head_keeps_its_meaning(pipeline: Pipeline) -> None:
    text = "India vowed to protect its interests, deepening a trade rift with the US."
    assert not any(c.startswith("06") for c in _cameo(pipeline, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Russian citizens were released from captivity in Libya on Tuesday.", "0841"),
        ("The Ecowas peacekeepers are being deployed to Guinea-Bissau.", "074"),
    ],
)
def test_rules_agentless_passive_with_a_target_is_coded(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    doc = pipeline.extract(text)
    assert any(e.cameo == expected and e.source is None for e in doc.events)


def test_rules_agentless_passive_in_a_subordinate_clause_is_not(pipeline: Pipeline) -> None:
    text = "Israel lifted the parole restrictions imposed on Olmert when he was released."
    assert "0841" not in _cameo(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia was behind the attack on the Ukrainian power plant.", ("RUS", "190")),
        ("Iran is responsible for the attack on the tanker.", ("IRN", "190")),
        ("The Sudanese army is responsible for mass killings in Darfur.", ("SDN", "202")),
    ],
)
def test_rules_responsible_for_an_event_is_its_agent(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(s, c) for s, _, c in _codes(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine accused Russia of war crimes.", ("UKR", "RUS", "1124")),
        ("Ukraine accused Russia of crimes.", ("UKR", "RUS", "1121")),
        ("The US hit Iran with new sanctions.", ("USA", "IRN", "163")),
    ],
)
def test_rules_two_word_objects_and_hit_with(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert _codes(pipeline, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan protested the Chinese incursion.", "114"),
        ("Thousands of Iranians protested in Tehran.", "140"),
    ],
)
def test_rules_a_government_protest_is_an_official_complaint(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert expected in _cameo(pipeline, text)


def test_rules_force_used_in_another_country_targets_it(pipeline: Pipeline) -> None:
    got = _codes(pipeline, "The Indian army carried out surgical strikes in Pakistan.")
    assert ("IND", "PAK", "195") in got


def test_rules_alleged_responsibility_is_no_event(pipeline: Pipeline) -> None:
    text = "Iran rejected accusations by Netanyahu that Tehran was behind the attack."
    assert "190" not in _cameo(pipeline, text)


def test_rules_hammering_out_a_deal_reaches_it(pipeline: Pipeline) -> None:
    codes = _cameo(pipeline, "Iran and Iraq hammered out a deal on water rights.")
    assert "057" in codes and not any(c.startswith("19") for c in codes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pentagon announced a $1 billion arms package for Taiwan.", "072"),
        ("Germany provided humanitarian aid to Syria.", "073"),
        ("Japan gave economic assistance to Sri Lanka.", "071"),
        ("The US suspended military aid to Pakistan.", "1622"),
        ("Britain cut humanitarian aid to Yemen.", "1623"),
        ("The US suspended aid to Pakistan.", "162"),
    ],
)
def test_rules_the_kind_of_aid_decides(pipeline: Pipeline, text: str, expected: str) -> None:
    assert expected in _cameo(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India rejected Pakistan's proposal for talks.", "125"),
        ("Israel rejected calls for a ceasefire in Gaza.", "1246"),
    ],
)
def test_rules_what_is_rejected_decides(pipeline: Pipeline, text: str, expected: str) -> None:
    assert expected in _cameo(pipeline, text)


def test_rules_between_pair_of_the_object(pipeline: Pipeline) -> None:
    got = _codes(pipeline, "The US welcomed the ceasefire between Israel and Hamas.")
    assert ("USA", "ISR", "051") in got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Hundreds of British troops arrived in Mali to join the UN peacekeeping mission.",
            "074",
            "042",
        ),  # noqa: E501
        ("Putin arrived in Beijing on Monday.", "042", "074"),
        ("The U.S. Fish and Wildlife Service returned 21 frogs to Brazil.", "084", "042"),
        ("The Iranian president returned to Tehran.", None, "084"),
    ],
)
def test_rules_arrivals_and_returns(
    pipeline: Pipeline, text: str, expected: str | None, absent: str
) -> None:
    codes = _cameo(pipeline, text)
    assert absent not in codes
    assert expected is None or expected in codes
