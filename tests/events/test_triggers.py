"""Trigger words through the whole pipeline, with the shipped lexicon and actor tables: the
object noun decides a support verb's code, phrasal verbs, modifiers that are no events,
figurative force, purposes of calls and errands, and the kind of what is given or stopped.

Each sentence runs on its frozen parse (``PARSES`` below, from ``tools/freeze_parse.py``)
and asserts the exact set of (source country, target country, CAMEO code) it yields.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.models import Document

Events = Callable[..., set[tuple[str | None, str | None, str]]]
PUBLISHED = "2025-08-06"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan held joint military exercises with India on Monday.", {("JPN", "IND", "062")}),
        ("Syria launched air strikes against the rebels.", {("SYR", None, "195")}),
        ("Russia launched cyber attacks on Georgian websites.", {("RUS", "GEO", "171")}),
        ("The Iranian activist began a hunger strike in prison.", {("IRN", None, "142")}),
        ("Russia launched an investigation into the crash.", {("RUS", None, "090")}),
        ("Kuwait launched a mediation effort in the Gulf.", {("KWT", None, "045")}),
        ("Russia carried out a rescue operation in Syria.", {("RUS", "SYR", "073")}),
        ("Turkey launched a military campaign against Syria.", {("TUR", "SYR", "190")}),
    ],
)
def test_triggers_support_verb_object_decides(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The French president stepped down on Monday.",  # no 190 'step', no 080 'down'
        "Iran summed up its position on the deal.",
    ],
)
def test_triggers_phrasal_verb_is_not_the_bare_verb(frozen_events: Events, text: str) -> None:
    assert frozen_events(PARSES, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'aid', 'protest' and 'peace' modify people: no 070, 140 or 036, only the arrival
        ("French aid workers arrived in Mali on Monday.", {("FRA", "MLI", "042")}),
        ("Syrian protest leaders arrived in Paris on Monday.", {("SYR", "FRA", "042")}),
        ("Israeli peace activists arrived in Cairo on Monday.", {("ISR", "EGY", "042")}),
    ],
)
def test_triggers_event_noun_modifying_people_is_no_event(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


def test_triggers_compound_event_noun_of_an_effort_stays(frozen_events: Events) -> None:
    text = "France ended mediation efforts with Algeria."
    assert frozen_events(PARSES, text) == {("FRA", "DZA", "165")}


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The wounded soldiers were taken to a Syrian hospital by Russia.", "wounded", set()),
        ("Russia cancelled the planned visit to India.", "planned", {("RUS", "IND", "160")}),
    ],
)
def test_triggers_participle_modifier_is_no_event(
    frozen_events: Events,
    frozen_extract: Callable[..., Document],
    text: str,
    word: str,
    expected: set[tuple[str | None, str | None, str]],
) -> None:
    assert frozen_events(PARSES, text) == expected
    doc = frozen_extract(text, PARSES[text], published=PUBLISHED)
    assert all(word not in e.trigger.split() for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "France launched a campaign to free the hostages.",
        "France launched a campaign for the release of the hostages.",
    ],
)
def test_triggers_a_campaign_alone_is_no_attack_or_protest(
    frozen_events: Events, text: str
) -> None:
    # no 14x, 18x or 19x; and with no one appealed to, no appeal either (PETRARCH's
    # "launch campaign" pattern was written for an actor object)
    assert frozen_events(PARSES, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Germany sent doctors to fight the Ebola epidemic in Liberia.",
        "The Nigerian government is fighting corruption in the oil sector.",
        "Kenyan lawyers are fighting for justice for the victims.",
    ],
)
def test_triggers_figurative_fight_is_no_force(frozen_events: Events, text: str) -> None:
    assert frozen_events(PARSES, text) == set()


def test_triggers_fighting_an_adversary_is_force(frozen_events: Events) -> None:
    assert frozen_events(PARSES, "Russia fought the Ukrainian army.") == {("RUS", "UKR", "190")}


def test_triggers_set_up_does_not_stop_an_action(frozen_events: Events) -> None:
    text = "Romania set up an evacuation centre for Ukrainian refugees."
    assert frozen_events(PARSES, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Benjamin Netanyahu called Australian Prime Minister Scott Morrison"
            " on Wednesday to congratulate him.",
            {("ISR", "AUS", "051")},
        ),
        ("Modi called Putin to discuss the war in Ukraine.", {("IND", "RUS", "040")}),
    ],
)
def test_triggers_a_phone_call_codes_its_purpose(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected  # no appeal (02x)


def test_triggers_called_on_is_still_an_appeal(frozen_events: Events) -> None:
    text = "The EU called on Russia to withdraw its troops."
    assert frozen_events(PARSES, text) == {("IGO", "RUS", "0256")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Myanmar's Supreme Court upheld the prison sentences of two journalists.",
            {("MMR", None, "116")},
        ),
        ("An Iranian court convicted the French researcher.", {("IRN", None, "116")}),
        (
            "A Russian court sentenced the opposition leader to nine years.",
            {("RUS", None, "116")},
        ),
    ],
)
def test_triggers_convicting_and_sentencing_find_guilty(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected  # no arrest (173)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched an attack on Ukraine.", {("RUS", "UKR", "190")}),
        ("Iran blamed Israel for the attack.", {("IRN", "ISR", "1123")}),
        ("Militants launched a terrorist attack on Kabul.", {(None, "AFG", "180")}),
    ],
)
def test_triggers_an_attack_is_military_force_unless_its_noun_says_otherwise(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France sent seven military experts to Saudi Arabia to investigate the attacks.",
            {("FRA", "SAU", "093")},
        ),
        ("Russia sent a delegation to Turkey.", {("RUS", "TUR", "042")}),
        ("The US deployed troops to Poland.", {("USA", "POL", "150")}),
    ],
)
def test_triggers_errands_and_destinations(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected  # no 164


def test_triggers_light_head_takes_its_modifier(frozen_events: Events) -> None:
    text = "Saudi Arabia eased curfew hours in several cities."
    assert frozen_events(PARSES, text) == {("SAU", None, "0813")}


def test_triggers_a_full_head_keeps_its_meaning(frozen_events: Events) -> None:
    text = "India vowed to protect its interests, deepening a trade rift with the US."
    assert frozen_events(PARSES, text) == set()  # no 06x from 'trade'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine accused Russia of war crimes.", ("UKR", "RUS", "1124")),
        ("Ukraine accused Russia of crimes.", ("UKR", "RUS", "1121")),
        ("The US hit Iran with new sanctions.", ("USA", "IRN", "163")),
    ],
)
def test_triggers_two_word_objects_and_hit_with(
    frozen_events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert frozen_events(PARSES, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan protested the Chinese incursion.", {("JPN", None, "114")}),
        ("Thousands of Iranians protested in Tehran.", {("IRN", "IRN", "140")}),
    ],
)
def test_triggers_a_government_protest_is_an_official_complaint(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


def test_triggers_hammering_out_a_deal_reaches_it(frozen_events: Events) -> None:
    text = "Iran and Iraq hammered out a deal on water rights."
    assert frozen_events(PARSES, text) == {("IRN", "IRQ", "057"), ("IRQ", "IRN", "057")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pentagon announced a $1 billion arms package for Taiwan.", {("USA", "TWN", "072")}),
        ("Germany provided humanitarian aid to Syria.", {("DEU", "SYR", "073")}),
        ("Japan gave economic assistance to Sri Lanka.", {("JPN", "LKA", "071")}),
        ("The US suspended military aid to Pakistan.", {("USA", "PAK", "1622")}),
        ("Britain cut humanitarian aid to Yemen.", {("GBR", "YEM", "1623")}),
        ("The US suspended aid to Pakistan.", {("USA", "PAK", "162")}),
    ],
)
def test_triggers_the_kind_of_aid_decides(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India rejected Pakistan's proposal for talks.", {("IND", "PAK", "125")}),
        ("Israel rejected calls for a ceasefire in Gaza.", {("ISR", None, "1246")}),
    ],
)
def test_triggers_what_is_rejected_decides(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hundreds of British troops arrived in Mali to join the UN peacekeeping mission.",
            {("GBR", "MLI", "074")},
        ),
        ("Putin arrived in Beijing on Monday.", {("RUS", "CHN", "042")}),
        (
            "The U.S. Fish and Wildlife Service returned 21 frogs to Brazil.",
            {("USA", "BRA", "084")},
        ),
        ("The Iranian president returned to Tehran.", set()),  # coming home returns nothing
    ],
)
def test_triggers_arrivals_and_returns(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


# ---------------------------------------------------------------- frozen parses
#: Each sentence's parse by {FROZEN_MODEL} (tests/conftest.py), from tools/freeze_parse.py.
PARSES: dict[str, str] = {
    "Japan held joint military exercises with India on Monday.": r"""
    0  Japan      Japan     PROPN  NNP  nsubj  1  B-GPE
    1  held       hold      VERB   VBD  ROOT   1  O
    2  joint      joint     ADJ    JJ   amod   4  O
    3  military   military  ADJ    JJ   amod   4  O
    4  exercises  exercise  NOUN   NNS  dobj   1  O
    5  with       with      ADP    IN   prep   1  O
    6  India      India     PROPN  NNP  pobj   5  B-GPE
    7  on         on        ADP    IN   prep   1  O
    8  Monday     Monday    PROPN  NNP  pobj   7  B-DATE
    9  .          .         PUNCT  .    punct  1  O
""",
    "Syria launched air strikes against the rebels.": r"""
    0  Syria     Syria    PROPN  NNP  nsubj     1  B-GPE
    1  launched  launch   VERB   VBD  ROOT      1  O
    2  air       air      NOUN   NN   compound  3  O
    3  strikes   strike   NOUN   NNS  dobj      1  O
    4  against   against  ADP    IN   prep      3  O
    5  the       the      DET    DT   det       6  O
    6  rebels    rebel    NOUN   NNS  pobj      4  O
    7  .         .        PUNCT  .    punct     1  O
""",
    "Russia launched cyber attacks on Georgian websites.": r"""
    0  Russia    Russia    PROPN  NNP  nsubj     1  B-GPE
    1  launched  launch    VERB   VBD  ROOT      1  O
    2  cyber     cyber     NOUN   NN   compound  3  O
    3  attacks   attack    NOUN   NNS  dobj      1  O
    4  on        on        ADP    IN   prep      3  O
    5  Georgian  georgian  ADJ    JJ   amod      6  B-NORP
    6  websites  website   NOUN   NNS  pobj      4  O
    7  .         .         PUNCT  .    punct     1  O
""",
    "The Iranian activist began a hunger strike in prison.": r"""
    0  The       the       DET    DT   det       2  O
    1  Iranian   iranian   ADJ    JJ   amod      2  B-NORP
    2  activist  activist  NOUN   NN   nsubj     3  O
    3  began     begin     VERB   VBD  ROOT      3  O
    4  a         a         DET    DT   det       6  O
    5  hunger    hunger    NOUN   NN   compound  6  O
    6  strike    strike    NOUN   NN   dobj      3  O
    7  in        in        ADP    IN   prep      6  O
    8  prison    prison    NOUN   NN   pobj      7  O
    9  .         .         PUNCT  .    punct     3  O
""",
    "Russia launched an investigation into the crash.": r"""
    0  Russia         Russia         PROPN  NNP  nsubj  1  B-GPE
    1  launched       launch         VERB   VBD  ROOT   1  O
    2  an             an             DET    DT   det    3  O
    3  investigation  investigation  NOUN   NN   dobj   1  O
    4  into           into           ADP    IN   prep   3  O
    5  the            the            DET    DT   det    6  O
    6  crash          crash          NOUN   NN   pobj   4  O
    7  .              .              PUNCT  .    punct  1  O
""",
    "Kuwait launched a mediation effort in the Gulf.": r"""
    0  Kuwait     Kuwait     PROPN  NNP  nsubj     1  B-GPE
    1  launched   launch     VERB   VBD  ROOT      1  O
    2  a          a          DET    DT   det       4  O
    3  mediation  mediation  NOUN   NN   compound  4  O
    4  effort     effort     NOUN   NN   dobj      1  O
    5  in         in         ADP    IN   prep      1  O
    6  the        the        DET    DT   det       7  O
    7  Gulf       Gulf       PROPN  NNP  pobj      5  B-LOC
    8  .          .          PUNCT  .    punct     1  O
""",
    "Russia carried out a rescue operation in Syria.": r"""
    0  Russia     Russia     PROPN  NNP  nsubj     1  B-GPE
    1  carried    carry      VERB   VBD  ROOT      1  O
    2  out        out        ADP    RP   prt       1  O
    3  a          a          DET    DT   det       5  O
    4  rescue     rescue     NOUN   NN   compound  5  O
    5  operation  operation  NOUN   NN   dobj      1  O
    6  in         in         ADP    IN   prep      5  O
    7  Syria      Syria      PROPN  NNP  pobj      6  B-GPE
    8  .          .          PUNCT  .    punct     1  O
""",
    "Turkey launched a military campaign against Syria.": r"""
    0  Turkey    Turkey    PROPN  NNP  nsubj  1  B-GPE
    1  launched  launch    VERB   VBD  ROOT   1  O
    2  a         a         DET    DT   det    4  O
    3  military  military  ADJ    JJ   amod   4  O
    4  campaign  campaign  NOUN   NN   dobj   1  O
    5  against   against   ADP    IN   prep   4  O
    6  Syria     Syria     PROPN  NNP  pobj   5  B-GPE
    7  .         .         PUNCT  .    punct  1  O
""",
    "The French president stepped down on Monday.": r"""
    0  The        the        DET    DT   det     2  O
    1  French     french     ADJ    JJ   amod    2  B-NORP
    2  president  president  NOUN   NN   nsubj   3  O
    3  stepped    step       VERB   VBD  ROOT    3  O
    4  down       down       ADV    RB   advmod  3  O
    5  on         on         ADP    IN   prep    3  O
    6  Monday     Monday     PROPN  NNP  pobj    5  B-DATE
    7  .          .          PUNCT  .    punct   3  O
""",
    "Iran summed up its position on the deal.": r"""
    0  Iran      Iran      PROPN  NNP   nsubj  1  B-GPE
    1  summed    sum       VERB   VBD   ROOT   1  O
    2  up        up        ADP    RP    prt    1  O
    3  its       its       PRON   PRP$  poss   4  O
    4  position  position  NOUN   NN    dobj   1  O
    5  on        on        ADP    IN    prep   4  O
    6  the       the       DET    DT    det    7  O
    7  deal      deal      NOUN   NN    pobj   5  O
    8  .         .         PUNCT  .     punct  1  O
""",
    "French aid workers arrived in Mali on Monday.": r"""
    0  French   french  ADJ    JJ   amod      2  B-NORP
    1  aid      aid     NOUN   NN   compound  2  O
    2  workers  worker  NOUN   NNS  nsubj     3  O
    3  arrived  arrive  VERB   VBD  ROOT      3  O
    4  in       in      ADP    IN   prep      3  O
    5  Mali     Mali    PROPN  NNP  pobj      4  B-GPE
    6  on       on      ADP    IN   prep      3  O
    7  Monday   Monday  PROPN  NNP  pobj      6  B-DATE
    8  .        .       PUNCT  .    punct     3  O
""",
    "Syrian protest leaders arrived in Paris on Monday.": r"""
    0  Syrian   syrian   ADJ    JJ   amod      2  B-NORP
    1  protest  protest  NOUN   NN   compound  2  O
    2  leaders  leader   NOUN   NNS  nsubj     3  O
    3  arrived  arrive   VERB   VBD  ROOT      3  O
    4  in       in       ADP    IN   prep      3  O
    5  Paris    Paris    PROPN  NNP  pobj      4  B-GPE
    6  on       on       ADP    IN   prep      3  O
    7  Monday   Monday   PROPN  NNP  pobj      6  B-DATE
    8  .        .        PUNCT  .    punct     3  O
""",
    "Israeli peace activists arrived in Cairo on Monday.": r"""
    0  Israeli    israeli   ADJ    JJ   amod      2  B-NORP
    1  peace      peace     NOUN   NN   compound  2  O
    2  activists  activist  NOUN   NNS  nsubj     3  O
    3  arrived    arrive    VERB   VBD  ROOT      3  O
    4  in         in        ADP    IN   prep      3  O
    5  Cairo      Cairo     PROPN  NNP  pobj      4  B-GPE
    6  on         on        ADP    IN   prep      3  O
    7  Monday     Monday    PROPN  NNP  pobj      6  B-DATE
    8  .          .         PUNCT  .    punct     3  O
""",
    "France ended mediation efforts with Algeria.": r"""
    0  France     France     PROPN  NNP  nsubj     1  B-GPE
    1  ended      end        VERB   VBD  ROOT      1  O
    2  mediation  mediation  NOUN   NN   compound  3  O
    3  efforts    effort     NOUN   NNS  dobj      1  O
    4  with       with       ADP    IN   prep      3  O
    5  Algeria    Algeria    PROPN  NNP  pobj      4  B-GPE
    6  .          .          PUNCT  .    punct     1  O
""",
    "The wounded soldiers were taken to a Syrian hospital by Russia.": r"""
    0   The       the       DET    DT   det        2  O
    1   wounded   wounded   ADJ    JJ   amod       2  O
    2   soldiers  soldier   NOUN   NNS  nsubjpass  4  O
    3   were      be        AUX    VBD  auxpass    4  O
    4   taken     take      VERB   VBN  ROOT       4  O
    5   to        to        ADP    IN   prep       4  O
    6   a         a         DET    DT   det        8  O
    7   Syrian    syrian    ADJ    JJ   amod       8  B-NORP
    8   hospital  hospital  NOUN   NN   pobj       5  O
    9   by        by        ADP    IN   agent      4  O
    10  Russia    Russia    PROPN  NNP  pobj       9  B-GPE
    11  .         .         PUNCT  .    punct      4  O
""",
    "Russia cancelled the planned visit to India.": r"""
    0  Russia     Russia  PROPN  NNP  nsubj  1  B-GPE
    1  cancelled  cancel  VERB   VBD  ROOT   1  O
    2  the        the     DET    DT   det    4  O
    3  planned    plan    VERB   VBN  amod   4  O
    4  visit      visit   NOUN   NN   dobj   1  O
    5  to         to      ADP    IN   prep   4  O
    6  India      India   PROPN  NNP  pobj   5  B-GPE
    7  .          .       PUNCT  .    punct  1  O
""",
    "France launched a campaign to free the hostages.": r"""
    0  France    France    PROPN  NNP  nsubj  1  B-GPE
    1  launched  launch    VERB   VBD  ROOT   1  O
    2  a         a         DET    DT   det    3  O
    3  campaign  campaign  NOUN   NN   dobj   1  O
    4  to        to        PART   TO   aux    5  O
    5  free      free      VERB   VB   acl    3  O
    6  the       the       DET    DT   det    7  O
    7  hostages  hostage   NOUN   NNS  dobj   5  O
    8  .         .         PUNCT  .    punct  1  O
""",
    "France launched a campaign for the release of the hostages.": r"""
    0   France    France    PROPN  NNP  nsubj  1  B-GPE
    1   launched  launch    VERB   VBD  ROOT   1  O
    2   a         a         DET    DT   det    3  O
    3   campaign  campaign  NOUN   NN   dobj   1  O
    4   for       for       ADP    IN   prep   3  O
    5   the       the       DET    DT   det    6  O
    6   release   release   NOUN   NN   pobj   4  O
    7   of        of        ADP    IN   prep   6  O
    8   the       the       DET    DT   det    9  O
    9   hostages  hostage   NOUN   NNS  pobj   7  O
    10  .         .         PUNCT  .    punct  1  O
""",
    "Germany sent doctors to fight the Ebola epidemic in Liberia.": r"""
    0   Germany   Germany   PROPN  NNP  nsubj     1  B-GPE
    1   sent      send      VERB   VBD  ROOT      1  O
    2   doctors   doctor    NOUN   NNS  dobj      1  O
    3   to        to        PART   TO   aux       4  O
    4   fight     fight     VERB   VB   advcl     1  O
    5   the       the       DET    DT   det       7  O
    6   Ebola     Ebola     PROPN  NNP  compound  7  O
    7   epidemic  epidemic  NOUN   NN   dobj      4  O
    8   in        in        ADP    IN   prep      4  O
    9   Liberia   Liberia   PROPN  NNP  pobj      8  B-GPE
    10  .         .         PUNCT  .    punct     1  O
""",
    "The Nigerian government is fighting corruption in the oil sector.": r"""
    0   The         the         DET    DT   det       2  O
    1   Nigerian    nigerian    ADJ    JJ   amod      2  B-NORP
    2   government  government  NOUN   NN   nsubj     4  O
    3   is          be          AUX    VBZ  aux       4  O
    4   fighting    fight       VERB   VBG  ROOT      4  O
    5   corruption  corruption  NOUN   NN   dobj      4  O
    6   in          in          ADP    IN   prep      5  O
    7   the         the         DET    DT   det       9  O
    8   oil         oil         NOUN   NN   compound  9  O
    9   sector      sector      NOUN   NN   pobj      6  O
    10  .           .           PUNCT  .    punct     4  O
""",
    "Kenyan lawyers are fighting for justice for the victims.": r"""
    0  Kenyan    kenyan   ADJ    JJ   amod   1  B-NORP
    1  lawyers   lawyer   NOUN   NNS  nsubj  3  O
    2  are       be       AUX    VBP  aux    3  O
    3  fighting  fight    VERB   VBG  ROOT   3  O
    4  for       for      ADP    IN   prep   3  O
    5  justice   justice  NOUN   NN   pobj   4  O
    6  for       for      ADP    IN   prep   3  O
    7  the       the      DET    DT   det    8  O
    8  victims   victim   NOUN   NNS  pobj   6  O
    9  .         .        PUNCT  .    punct  3  O
""",
    "Russia fought the Ukrainian army.": r"""
    0  Russia     Russia     PROPN  NNP  nsubj  1  B-GPE
    1  fought     fight      VERB   VBD  ROOT   1  O
    2  the        the        DET    DT   det    4  O
    3  Ukrainian  ukrainian  ADJ    JJ   amod   4  B-NORP
    4  army       army       NOUN   NN   dobj   1  O
    5  .          .          PUNCT  .    punct  1  O
""",
    "Romania set up an evacuation centre for Ukrainian refugees.": r"""
    0  Romania     Romania     PROPN  NNP  nsubj     1  B-GPE
    1  set         set         VERB   VBD  ROOT      1  O
    2  up          up          ADP    RP   prt       1  O
    3  an          an          DET    DT   det       5  O
    4  evacuation  evacuation  NOUN   NN   compound  5  O
    5  centre      centre      NOUN   NN   dobj      1  O
    6  for         for         ADP    IN   prep      5  O
    7  Ukrainian   ukrainian   ADJ    JJ   amod      8  B-GPE
    8  refugees    refugee     NOUN   NNS  pobj      6  O
    9  .           .           PUNCT  .    punct     1  O
""",
    "Prime Minister Benjamin Netanyahu called Australian Prime Minister Scott Morrison on Wednesday to congratulate him.": r"""
    0   Prime         Prime         PROPN  NNP  compound  1   O
    1   Minister      Minister      PROPN  NNP  compound  3   O
    2   Benjamin      Benjamin      PROPN  NNP  compound  3   B-PERSON
    3   Netanyahu     Netanyahu     PROPN  NNP  nsubj     4   I-PERSON
    4   called        call          VERB   VBD  ROOT      4   O
    5   Australian    australian    ADJ    JJ   amod      7   B-NORP
    6   Prime         Prime         PROPN  NNP  compound  7   O
    7   Minister      Minister      PROPN  NNP  compound  9   O
    8   Scott         Scott         PROPN  NNP  compound  9   B-PERSON
    9   Morrison      Morrison      PROPN  NNP  dobj      4   I-PERSON
    10  on            on            ADP    IN   prep      4   O
    11  Wednesday     Wednesday     PROPN  NNP  pobj      10  B-DATE
    12  to            to            PART   TO   aux       13  O
    13  congratulate  congratulate  VERB   VB   advcl     4   O
    14  him           he            PRON   PRP  dobj      13  O
    15  .             .             PUNCT  .    punct     4   O
""",
    "Modi called Putin to discuss the war in Ukraine.": r"""
    0  Modi     Modi     PROPN  NNP  nsubj  1  O
    1  called   call     VERB   VBD  ROOT   1  O
    2  Putin    Putin    PROPN  NNP  dobj   1  B-PERSON
    3  to       to       PART   TO   aux    4  O
    4  discuss  discuss  VERB   VB   xcomp  1  O
    5  the      the      DET    DT   det    6  O
    6  war      war      NOUN   NN   dobj   4  O
    7  in       in       ADP    IN   prep   6  O
    8  Ukraine  Ukraine  PROPN  NNP  pobj   7  B-GPE
    9  .        .        PUNCT  .    punct  1  O
""",
    "The EU called on Russia to withdraw its troops.": r"""
    0  The       the       DET    DT    det    1  O
    1  EU        EU        PROPN  NNP   nsubj  2  B-ORG
    2  called    call      VERB   VBD   ROOT   2  O
    3  on        on        ADP    IN    prep   2  O
    4  Russia    Russia    PROPN  NNP   pobj   3  B-GPE
    5  to        to        PART   TO    aux    6  O
    6  withdraw  withdraw  VERB   VB    xcomp  2  O
    7  its       its       PRON   PRP$  poss   8  O
    8  troops    troop     NOUN   NNS   dobj   6  O
    9  .         .         PUNCT  .     punct  2  O
""",
    "Myanmar's Supreme Court upheld the prison sentences of two journalists.": r"""
    0   Myanmar      Myanmar     PROPN  NNP  poss      3   B-GPE
    1   's           's          PART   POS  case      0   O
    2   Supreme      Supreme     PROPN  NNP  compound  3   B-ORG
    3   Court        Court       PROPN  NNP  nsubj     4   I-ORG
    4   upheld       uphold      VERB   VBD  ROOT      4   O
    5   the          the         DET    DT   det       7   O
    6   prison       prison      NOUN   NN   compound  7   O
    7   sentences    sentence    NOUN   NNS  dobj      4   O
    8   of           of          ADP    IN   prep      7   O
    9   two          two         NUM    CD   nummod    10  B-CARDINAL
    10  journalists  journalist  NOUN   NNS  pobj      8   O
    11  .            .           PUNCT  .    punct     4   O
""",
    "An Iranian court convicted the French researcher.": r"""
    0  An          an          DET    DT   det    2  O
    1  Iranian     iranian     ADJ    JJ   amod   2  B-NORP
    2  court       court       NOUN   NN   nsubj  3  O
    3  convicted   convict     VERB   VBD  ROOT   3  O
    4  the         the         DET    DT   det    6  O
    5  French      french      ADJ    JJ   amod   6  B-NORP
    6  researcher  researcher  NOUN   NN   dobj   3  O
    7  .           .           PUNCT  .    punct  3  O
""",
    "A Russian court sentenced the opposition leader to nine years.": r"""
    0   A           a           DET    DT   det       2  O
    1   Russian     russian     ADJ    JJ   amod      2  B-NORP
    2   court       court       NOUN   NN   nsubj     3  O
    3   sentenced   sentence    VERB   VBD  ROOT      3  O
    4   the         the         DET    DT   det       6  O
    5   opposition  opposition  NOUN   NN   compound  6  O
    6   leader      leader      NOUN   NN   dobj      3  O
    7   to          to          ADP    IN   prep      3  O
    8   nine        nine        NUM    CD   nummod    9  B-DATE
    9   years       year        NOUN   NNS  pobj      7  I-DATE
    10  .           .           PUNCT  .    punct     3  O
""",
    "Russia launched an attack on Ukraine.": r"""
    0  Russia    Russia   PROPN  NNP  nsubj  1  B-GPE
    1  launched  launch   VERB   VBD  ROOT   1  O
    2  an        an       DET    DT   det    3  O
    3  attack    attack   NOUN   NN   dobj   1  O
    4  on        on       ADP    IN   prep   3  O
    5  Ukraine   Ukraine  PROPN  NNP  pobj   4  B-GPE
    6  .         .        PUNCT  .    punct  1  O
""",
    "Iran blamed Israel for the attack.": r"""
    0  Iran    Iran    PROPN  NNP  nsubj  1  B-GPE
    1  blamed  blame   VERB   VBD  ROOT   1  O
    2  Israel  Israel  PROPN  NNP  dobj   1  B-GPE
    3  for     for     ADP    IN   prep   1  O
    4  the     the     DET    DT   det    5  O
    5  attack  attack  NOUN   NN   pobj   3  O
    6  .       .       PUNCT  .    punct  1  O
""",
    "Militants launched a terrorist attack on Kabul.": r"""
    0  Militants  militant   NOUN   NNS  nsubj  1  O
    1  launched   launch     VERB   VBD  ROOT   1  O
    2  a          a          DET    DT   det    4  O
    3  terrorist  terrorist  ADJ    JJ   amod   4  O
    4  attack     attack     NOUN   NN   dobj   1  O
    5  on         on         ADP    IN   prep   4  O
    6  Kabul      Kabul      PROPN  NNP  pobj   5  B-GPE
    7  .          .          PUNCT  .    punct  1  O
""",
    "France sent seven military experts to Saudi Arabia to investigate the attacks.": r"""
    0   France       France       PROPN  NNP  nsubj     1   B-GPE
    1   sent         send         VERB   VBD  ROOT      1   O
    2   seven        seven        NUM    CD   nummod    4   B-CARDINAL
    3   military     military     ADJ    JJ   amod      4   O
    4   experts      expert       NOUN   NNS  dobj      1   O
    5   to           to           ADP    IN   prep      1   O
    6   Saudi        Saudi        PROPN  NNP  compound  7   B-GPE
    7   Arabia       Arabia       PROPN  NNP  pobj      5   I-GPE
    8   to           to           PART   TO   aux       9   O
    9   investigate  investigate  VERB   VB   advcl     1   O
    10  the          the          DET    DT   det       11  O
    11  attacks      attack       NOUN   NNS  dobj      9   O
    12  .            .            PUNCT  .    punct     1   O
""",
    "Russia sent a delegation to Turkey.": r"""
    0  Russia      Russia      PROPN  NNP  nsubj   1  B-GPE
    1  sent        send        VERB   VBD  ROOT    1  O
    2  a           a           DET    DT   det     3  O
    3  delegation  delegation  NOUN   NN   dobj    1  O
    4  to          to          ADP    IN   dative  1  O
    5  Turkey      Turkey      PROPN  NNP  pobj    4  B-GPE
    6  .           .           PUNCT  .    punct   1  O
""",
    "The US deployed troops to Poland.": r"""
    0  The       the     DET    DT   det    1  O
    1  US        US      PROPN  NNP  nsubj  2  B-GPE
    2  deployed  deploy  VERB   VBD  ROOT   2  O
    3  troops    troop   NOUN   NNS  dobj   2  O
    4  to        to      ADP    IN   prep   2  O
    5  Poland    Poland  PROPN  NNP  pobj   4  B-GPE
    6  .         .       PUNCT  .    punct  2  O
""",
    "Saudi Arabia eased curfew hours in several cities.": r"""
    0  Saudi    Saudi    PROPN  NNP  compound  1  B-GPE
    1  Arabia   Arabia   PROPN  NNP  nsubj     2  I-GPE
    2  eased    ease     VERB   VBD  ROOT      2  B-TIME
    3  curfew   curfew   NOUN   NN   compound  4  I-TIME
    4  hours    hour     NOUN   NNS  dobj      2  I-TIME
    5  in       in       ADP    IN   prep      2  O
    6  several  several  ADJ    JJ   amod      7  O
    7  cities   city     NOUN   NNS  pobj      5  O
    8  .        .        PUNCT  .    punct     2  O
""",
    "India vowed to protect its interests, deepening a trade rift with the US.": r"""
    0   India      India     PROPN  NNP   nsubj     1   B-GPE
    1   vowed      vow       VERB   VBD   ROOT      1   O
    2   to         to        PART   TO    aux       3   O
    3   protect    protect   VERB   VB    xcomp     1   O
    4   its        its       PRON   PRP$  poss      5   O
    5   interests  interest  NOUN   NNS   dobj      3   O
    6   ,          ,         PUNCT  ,     punct     3   O
    7   deepening  deepen    VERB   VBG   advcl     3   O
    8   a          a         DET    DT    det       10  O
    9   trade      trade     NOUN   NN    compound  10  O
    10  rift       rift      NOUN   NN    dobj      7   O
    11  with       with      ADP    IN    prep      10  O
    12  the        the       DET    DT    det       13  O
    13  US         US        PROPN  NNP   pobj      11  B-GPE
    14  .          .         PUNCT  .     punct     1   O
""",
    "Ukraine accused Russia of war crimes.": r"""
    0  Ukraine  Ukraine  PROPN  NNP  nsubj     1  B-GPE
    1  accused  accuse   VERB   VBD  ROOT      1  O
    2  Russia   Russia   PROPN  NNP  dobj      1  B-GPE
    3  of       of       ADP    IN   prep      1  O
    4  war      war      NOUN   NN   compound  5  O
    5  crimes   crime    NOUN   NNS  pobj      3  O
    6  .        .        PUNCT  .    punct     1  O
""",
    "Ukraine accused Russia of crimes.": r"""
    0  Ukraine  Ukraine  PROPN  NNP  nsubj  1  B-GPE
    1  accused  accuse   VERB   VBD  ROOT   1  O
    2  Russia   Russia   PROPN  NNP  dobj   1  B-GPE
    3  of       of       ADP    IN   prep   1  O
    4  crimes   crime    NOUN   NNS  pobj   3  O
    5  .        .        PUNCT  .    punct  1  O
""",
    "The US hit Iran with new sanctions.": r"""
    0  The        the       DET    DT   det    1  O
    1  US         US        PROPN  NNP  nsubj  2  B-GPE
    2  hit        hit       VERB   VBD  ROOT   2  O
    3  Iran       Iran      PROPN  NNP  dobj   2  B-GPE
    4  with       with      ADP    IN   prep   2  O
    5  new        new       ADJ    JJ   amod   6  O
    6  sanctions  sanction  NOUN   NNS  pobj   4  O
    7  .          .         PUNCT  .    punct  2  O
""",
    "Japan protested the Chinese incursion.": r"""
    0  Japan      Japan      PROPN  NNP  nsubj  1  B-GPE
    1  protested  protest    VERB   VBD  ROOT   1  O
    2  the        the        DET    DT   det    4  O
    3  Chinese    chinese    ADJ    JJ   amod   4  B-NORP
    4  incursion  incursion  NOUN   NN   dobj   1  O
    5  .          .          PUNCT  .    punct  1  O
""",
    "Thousands of Iranians protested in Tehran.": r"""
    0  Thousands  thousand  NOUN   NNS   nsubj  3  B-CARDINAL
    1  of         of        ADP    IN    prep   0  O
    2  Iranians   Iranians  PROPN  NNPS  pobj   1  B-NORP
    3  protested  protest   VERB   VBD   ROOT   3  O
    4  in         in        ADP    IN    prep   3  O
    5  Tehran     Tehran    PROPN  NNP   pobj   4  B-GPE
    6  .          .         PUNCT  .     punct  3  O
""",
    "Iran and Iraq hammered out a deal on water rights.": r"""
    0   Iran      Iran    PROPN  NNP  nsubj     3  B-GPE
    1   and       and     CCONJ  CC   cc        0  O
    2   Iraq      Iraq    PROPN  NNP  conj      0  B-GPE
    3   hammered  hammer  VERB   VBD  ROOT      3  O
    4   out       out     ADP    RP   prt       3  O
    5   a         a       DET    DT   det       6  O
    6   deal      deal    NOUN   NN   dobj      3  O
    7   on        on      ADP    IN   prep      6  O
    8   water     water   NOUN   NN   compound  9  O
    9   rights    right   NOUN   NNS  pobj      7  O
    10  .         .       PUNCT  .    punct     3  O
""",
    "The Pentagon announced a $1 billion arms package for Taiwan.": r"""
    0   The        the       DET    DT   det       1  O
    1   Pentagon   Pentagon  PROPN  NNP  nsubj     2  B-ORG
    2   announced  announce  VERB   VBD  ROOT      2  O
    3   a          a         DET    DT   det       8  O
    4   $          $         SYM    $    quantmod  6  B-MONEY
    5   1          1         NUM    CD   compound  6  I-MONEY
    6   billion    billion   NUM    CD   nummod    8  I-MONEY
    7   arms       arm       NOUN   NNS  compound  8  O
    8   package    package   NOUN   NN   dobj      2  O
    9   for        for       ADP    IN   prep      8  O
    10  Taiwan     Taiwan    PROPN  NNP  pobj      9  B-GPE
    11  .          .         PUNCT  .    punct     2  O
""",
    "Germany provided humanitarian aid to Syria.": r"""
    0  Germany       Germany       PROPN  NNP  nsubj   1  B-GPE
    1  provided      provide       VERB   VBD  ROOT    1  O
    2  humanitarian  humanitarian  ADJ    JJ   amod    3  O
    3  aid           aid           NOUN   NN   dobj    1  O
    4  to            to            ADP    IN   dative  1  O
    5  Syria         Syria         PROPN  NNP  pobj    4  B-GPE
    6  .             .             PUNCT  .    punct   1  O
""",
    "Japan gave economic assistance to Sri Lanka.": r"""
    0  Japan       Japan       PROPN  NNP  nsubj     1  B-GPE
    1  gave        give        VERB   VBD  ROOT      1  O
    2  economic    economic    ADJ    JJ   amod      3  O
    3  assistance  assistance  NOUN   NN   dobj      1  O
    4  to          to          ADP    IN   dative    1  O
    5  Sri         Sri         PROPN  NNP  compound  6  B-GPE
    6  Lanka       Lanka       PROPN  NNP  pobj      4  I-GPE
    7  .           .           PUNCT  .    punct     1  O
""",
    "The US suspended military aid to Pakistan.": r"""
    0  The        the       DET    DT   det    1  O
    1  US         US        PROPN  NNP  nsubj  2  B-GPE
    2  suspended  suspend   VERB   VBD  ROOT   2  O
    3  military   military  ADJ    JJ   amod   4  O
    4  aid        aid       NOUN   NN   dobj   2  O
    5  to         to        ADP    IN   prep   2  O
    6  Pakistan   Pakistan  PROPN  NNP  pobj   5  B-GPE
    7  .          .         PUNCT  .    punct  2  O
""",
    "Britain cut humanitarian aid to Yemen.": r"""
    0  Britain       Britain       PROPN  NNP  nsubj  1  B-GPE
    1  cut           cut           VERB   VBD  ROOT   1  O
    2  humanitarian  humanitarian  ADJ    JJ   amod   3  O
    3  aid           aid           NOUN   NN   dobj   1  O
    4  to            to            ADP    IN   prep   1  O
    5  Yemen         Yemen         PROPN  NNP  pobj   4  B-GPE
    6  .             .             PUNCT  .    punct  1  O
""",
    "The US suspended aid to Pakistan.": r"""
    0  The        the       DET    DT   det    1  O
    1  US         US        PROPN  NNP  nsubj  2  B-GPE
    2  suspended  suspend   VERB   VBD  ROOT   2  O
    3  aid        aid       NOUN   NN   dobj   2  O
    4  to         to        ADP    IN   prep   2  O
    5  Pakistan   Pakistan  PROPN  NNP  pobj   4  B-GPE
    6  .          .         PUNCT  .    punct  2  O
""",
    "India rejected Pakistan's proposal for talks.": r"""
    0  India     India     PROPN  NNP  nsubj  1  B-GPE
    1  rejected  reject    VERB   VBD  ROOT   1  O
    2  Pakistan  Pakistan  PROPN  NNP  poss   4  B-GPE
    3  's        's        PART   POS  case   2  O
    4  proposal  proposal  NOUN   NN   dobj   1  O
    5  for       for       ADP    IN   prep   4  O
    6  talks     talk      NOUN   NNS  pobj   5  O
    7  .         .         PUNCT  .    punct  1  O
""",
    "Israel rejected calls for a ceasefire in Gaza.": r"""
    0  Israel     Israel     PROPN  NNP  nsubj  1  B-GPE
    1  rejected   reject     VERB   VBD  ROOT   1  O
    2  calls      call       NOUN   NNS  dobj   1  O
    3  for        for        ADP    IN   prep   2  O
    4  a          a          DET    DT   det    5  O
    5  ceasefire  ceasefire  NOUN   NN   pobj   3  O
    6  in         in         ADP    IN   prep   5  O
    7  Gaza       Gaza       PROPN  NNP  pobj   6  B-GPE
    8  .          .          PUNCT  .    punct  1  O
""",
    "Hundreds of British troops arrived in Mali to join the UN peacekeeping mission.": r"""
    0   Hundreds      hundred       NOUN   NNS  nsubj     4   B-CARDINAL
    1   of            of            ADP    IN   prep      0   O
    2   British       british       ADJ    JJ   amod      3   B-NORP
    3   troops        troop         NOUN   NNS  pobj      1   O
    4   arrived       arrive        VERB   VBD  ROOT      4   O
    5   in            in            ADP    IN   prep      4   O
    6   Mali          Mali          PROPN  NNP  pobj      5   B-GPE
    7   to            to            PART   TO   aux       8   O
    8   join          join          VERB   VB   advcl     4   O
    9   the           the           DET    DT   det       12  O
    10  UN            UN            PROPN  NNP  compound  12  B-ORG
    11  peacekeeping  peacekeeping  NOUN   NN   compound  12  O
    12  mission       mission       NOUN   NN   dobj      8   O
    13  .             .             PUNCT  .    punct     4   O
""",
    "Putin arrived in Beijing on Monday.": r"""
    0  Putin    Putin    PROPN  NNP  nsubj  1  B-PERSON
    1  arrived  arrive   VERB   VBD  ROOT   1  O
    2  in       in       ADP    IN   prep   1  O
    3  Beijing  Beijing  PROPN  NNP  pobj   2  B-GPE
    4  on       on       ADP    IN   prep   1  O
    5  Monday   Monday   PROPN  NNP  pobj   4  B-DATE
    6  .        .        PUNCT  .    punct  1  O
""",
    "The U.S. Fish and Wildlife Service returned 21 frogs to Brazil.": r"""
    0   The       the       DET    DT   det     5  B-ORG
    1   U.S.      U.S.      PROPN  NNP  nmod    5  I-ORG
    2   Fish      Fish      PROPN  NNP  nmod    5  I-ORG
    3   and       and       CCONJ  CC   cc      2  I-ORG
    4   Wildlife  Wildlife  PROPN  NNP  conj    2  I-ORG
    5   Service   Service   PROPN  NNP  nsubj   6  I-ORG
    6   returned  return    VERB   VBD  ROOT    6  O
    7   21        21        NUM    CD   nummod  8  B-CARDINAL
    8   frogs     frog      NOUN   NNS  dobj    6  O
    9   to        to        ADP    IN   prep    6  O
    10  Brazil    Brazil    PROPN  NNP  pobj    9  B-GPE
    11  .         .         PUNCT  .    punct   6  O
""",
    "The Iranian president returned to Tehran.": r"""
    0  The        the        DET    DT   det    2  O
    1  Iranian    iranian    ADJ    JJ   amod   2  B-NORP
    2  president  president  NOUN   NN   nsubj  3  O
    3  returned   return     VERB   VBD  ROOT   3  O
    4  to         to         ADP    IN   prep   3  O
    5  Tehran     Tehran     PROPN  NNP  pobj   4  B-GPE
    6  .          .          PUNCT  .    punct  3  O
""",
}


@pytest.mark.parametrize("text", PARSES)
def test_triggers_frozen_parses_are_the_models(
    frozen_is_live: Callable[..., None], text: str
) -> None:
    frozen_is_live(text, PARSES[text], published=PUBLISHED)
