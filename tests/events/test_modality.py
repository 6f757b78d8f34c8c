"""What kind of event an action is, through the whole pipeline with the shipped lexicon and
actor tables: offers, decisions, criticised decisions, alleged responsibility and news
reported by an agency.

Each sentence runs on its frozen parse (``PARSES`` below, from ``tools/freeze_parse.py``)
and asserts the exact set of (source country, target country, CAMEO code) it yields.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = Callable[..., set[tuple[str | None, str | None, str]]]
PUBLISHED = "2025-08-06"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia offered to send troops to Syria.", ("RUS", "SYR", "0332")),
        ("Germany agreed to lift sanctions on Iran.", ("DEU", "IRN", "0354")),
    ],
)
def test_modality_offer_frame_is_an_intent_not_a_threat(
    frozen_events: Events, text: str, expected: tuple[str, str, str]
) -> None:
    assert frozen_events(PARSES, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey decided to expel the Dutch ambassador.", ("TUR", "NLD", "166")),
        ("Japan decided to lift its sanctions on North Korea.", ("JPN", "PRK", "085")),
        pytest.param(
            "The US military trains Iraqi pilots at a base in Texas.",
            ("USA", "IRQ", "072"),
            marks=pytest.mark.xfail(
                strict=True,
                reason="main 3ba1214 takes Texas, the place of the training, as the target "
                "(USA, USA, 072); before it the target was missing (USA, None, 072)",
            ),
        ),
    ],
)
def test_modality_a_decision_taken_is_the_action(
    frozen_events: Events, text: str, expected: tuple[str, str | None, str]
) -> None:
    assert frozen_events(PARSES, text) == {expected}  # no intent (03x), no threat (13x)


@pytest.mark.xfail(
    strict=True,
    reason="main 3ba1214 takes Israel, inside the decision's content, as the target "
    "(IRN, ISR, 111); before it the target was missing (IRN, None, 111)",
)
def test_modality_content_of_a_criticised_decision_is_no_event(frozen_events: Events) -> None:
    text = "Iran condemned the American decision to recognize Jerusalem as Israel's capital."
    assert frozen_events(PARSES, text) == {("IRN", "USA", "111")}  # no recognition (054)


def test_modality_news_reported_by_an_agency_is_coded(frozen_events: Events) -> None:
    text = "Chinese police have detained 18 people, the state news agency Xinhua reported."
    assert frozen_events(PARSES, text) == {("CHN", None, "173")}


def test_modality_alleged_responsibility_is_no_event(frozen_events: Events) -> None:
    text = "Iran rejected accusations by Netanyahu that Tehran was behind the attack."
    assert frozen_events(PARSES, text) == {("IRN", "ISR", "016")}  # a denial, no attack


def test_modality_for_to_infinitive_is_what_was_called_for(frozen_events: Events) -> None:
    # "for X to be lifted" completes the appeal, it is no purpose of the calling
    text = "Germany and France have called for the embargo on China to be lifted."
    assert frozen_events(PARSES, text) == {("DEU", None, "0254"), ("FRA", None, "0254")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("India and Pakistan agreed to sign a peace deal.", "030"),
        ("India and Pakistan failed to reach an agreement.", "127"),
    ],
)
def test_modality_intent_or_refusal_of_a_mutual_act_is_mutual(
    frozen_events: Events, text: str, code: str
) -> None:
    assert frozen_events(PARSES, text) == {("IND", "PAK", code), ("PAK", "IND", code)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "be to": arranged, not yet done: an intent
        ("The French president is to visit Germany.", {("FRA", "DEU", "036")}),
        ("They're on track to meet the French president.", set()),
        # an intent to oppose is no intent to cooperate; a statement to come is no event
        ("France and Britain plan to oppose the resolution.", set()),
        ("Germany will outline its position on Tuesday.", set()),
        # a relative clause in the simple present describes; in the past it reports
        ("Militants who attack Israel face arrest.", set()),
        ("Militants who attacked Israel fled.", {(None, "ISR", "190")}),
    ],
)
def test_modality_planned_intended_and_described_actions(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline drops the passive's auxiliary: the subject is the one acted on
        ("France criticised over Iraq stance", set()),
        ("China praised by Japan for aid", {("JPN", "CHN", "051")}),
    ],
)
def test_modality_headline_passive_without_auxiliary(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


def test_modality_headline_intransitive_verb_stays_active(frozen_events: Events) -> None:
    # a verb with no object in its event sense: Blair is who quit
    found = frozen_events(PARSES, "Blair quit over Iraq")
    assert {(s, c) for s, _t, c in found} == {("GBR", "0831")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is essential is not done; what one would be happy to do is intended
        ("It is essential for France to contribute to the fund.", set()),
        ("The French minister would be happy to meet Putin.", {("FRA", "RUS", "036")}),
        # an appeal for an inquiry is no inquiry
        ("Britain called for an inquiry into the killings.", {("GBR", None, "0214")}),
        # the act intended is another's: no intent of the one who wants or hopes it
        ("India wants Russia to join the talks.", set()),
        ("Germany hopes France will sign the treaty.", set()),
        (
            "India and Russia agreed that they would hold talks.",
            {("IND", "RUS", "036"), ("RUS", "IND", "036")},
        ),
    ],
)
def test_modality_whose_intent(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what would have been done (but was not) is no event
        ("The new agency would have provided a single justice system but it was abandoned.", set()),
        ("Britain would have sent troops to Iraq if the vote had passed.", set()),
        # ... but a plan reported with "would have" is an intent
        ("Russia said it would have withdrawn its troops by May.", {("RUS", None, "0356")}),
    ],
)
def test_modality_counterfactual_is_no_event(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cooperative act that did not happen is no event, and no rejection
        ("Russia did not meet the Ukrainian president.", set()),
        ("The minister has never had talks with Iran.", set()),
        # one that will not happen is refused
        ("Iran will not negotiate with the United States.", {("IRN", "USA", "120")}),
    ],
)
def test_modality_negated_past_act_is_no_rejection(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


# ---------------------------------------------------------------- frozen parses
#: Each sentence's parse by {FROZEN_MODEL} (tests/conftest.py), from tools/freeze_parse.py.
PARSES: dict[str, str] = {
    # en_core_web_sm 3.8.0
    "Russia did not meet the Ukrainian president.": r"""
    0  Russia     Russia     PROPN  NNP  nsubj  3  B-GPE
    1  did        do         AUX    VBD  aux    3  O
    2  not        not        PART   RB   neg    3  O
    3  meet       meet       VERB   VB   ROOT   3  O
    4  the        the        DET    DT   det    6  O
    5  Ukrainian  ukrainian  ADJ    JJ   amod   6  B-NORP
    6  president  president  NOUN   NN   dobj   3  O
    7  .          .          PUNCT  .    punct  3  O
""",
    "The minister has never had talks with Iran.": r"""
    0  The       the       DET    DT   det    1  O
    1  minister  minister  NOUN   NN   nsubj  4  O
    2  has       have      AUX    VBZ  aux    4  O
    3  never     never     ADV    RB   neg    4  O
    4  had       have      VERB   VBN  ROOT   4  O
    5  talks     talk      NOUN   NNS  dobj   4  O
    6  with      with      ADP    IN   prep   5  O
    7  Iran      Iran      PROPN  NNP  pobj   6  B-GPE
    8  .         .         PUNCT  .    punct  4  O
""",
    "Iran will not negotiate with the United States.": r"""
    0  Iran       Iran       PROPN  NNP  nsubj     3  B-GPE
    1  will       will       AUX    MD   aux       3  O
    2  not        not        PART   RB   neg       3  O
    3  negotiate  negotiate  VERB   VB   ROOT      3  O
    4  with       with       ADP    IN   prep      3  O
    5  the        the        DET    DT   det       7  B-GPE
    6  United     United     PROPN  NNP  compound  7  I-GPE
    7  States     States     PROPN  NNP  pobj      4  I-GPE
    8  .          .          PUNCT  .    punct     3  O
""",
    # en_core_web_sm 3.8.0
    "The new agency would have provided a single justice system but it was abandoned.": r"""
    0   The        the      DET    DT   det        2   O
    1   new        new      ADJ    JJ   amod       2   O
    2   agency     agency   NOUN   NN   nsubj      5   O
    3   would      would    AUX    MD   aux        5   O
    4   have       have     AUX    VB   aux        5   O
    5   provided   provide  VERB   VBN  ROOT       5   O
    6   a          a        DET    DT   det        9   O
    7   single     single   ADJ    JJ   amod       9   O
    8   justice    justice  NOUN   NN   compound   9   O
    9   system     system   NOUN   NN   dobj       5   O
    10  but        but      CCONJ  CC   cc         5   O
    11  it         it       PRON   PRP  nsubjpass  13  O
    12  was        be       AUX    VBD  auxpass    13  O
    13  abandoned  abandon  VERB   VBN  conj       5   O
    14  .          .        PUNCT  .    punct      13  O
""",
    "Britain would have sent troops to Iraq if the vote had passed.": r"""
    0   Britain  Britain  PROPN  NNP  nsubj   3   B-GPE
    1   would    would    AUX    MD   aux     3   O
    2   have     have     AUX    VB   aux     3   O
    3   sent     send     VERB   VBN  ROOT    3   O
    4   troops   troop    NOUN   NNS  dobj    3   O
    5   to       to       ADP    IN   dative  3   O
    6   Iraq     Iraq     PROPN  NNP  pobj    5   B-GPE
    7   if       if       SCONJ  IN   mark    11  O
    8   the      the      DET    DT   det     9   O
    9   vote     vote     NOUN   NN   nsubj   11  O
    10  had      have     AUX    VBD  aux     11  O
    11  passed   pass     VERB   VBN  advcl   3   O
    12  .        .        PUNCT  .    punct   3   O
""",
    "Russia said it would have withdrawn its troops by May.": r"""
    0   Russia     Russia    PROPN  NNP   nsubj  1  B-GPE
    1   said       say       VERB   VBD   ROOT   1  O
    2   it         it        PRON   PRP   nsubj  5  O
    3   would      would     AUX    MD    aux    5  O
    4   have       have      AUX    VB    aux    5  O
    5   withdrawn  withdraw  VERB   VBN   ccomp  1  O
    6   its        its       PRON   PRP$  poss   7  O
    7   troops     troop     NOUN   NNS   dobj   5  O
    8   by         by        ADP    IN    prep   5  O
    9   May        May       PROPN  NNP   pobj   8  B-DATE
    10  .          .         PUNCT  .     punct  1  O
""",
    "It is essential for France to contribute to the fund.": r"""
    0   It          it          PRON   PRP  nsubj  1  O
    1   is          be          AUX    VBZ  ROOT   1  O
    2   essential   essential   ADJ    JJ   acomp  1  O
    3   for         for         SCONJ  IN   mark   6  O
    4   France      France      PROPN  NNP  nsubj  6  B-GPE
    5   to          to          PART   TO   aux    6  O
    6   contribute  contribute  VERB   VB   advcl  1  O
    7   to          to          ADP    IN   prep   6  O
    8   the         the         DET    DT   det    9  O
    9   fund        fund        NOUN   NN   pobj   7  O
    10  .           .           PUNCT  .    punct  1  O
""",
    "The French minister would be happy to meet Putin.": r"""
    0  The       the       DET    DT   det    2  O
    1  French    french    ADJ    JJ   amod   2  B-NORP
    2  minister  minister  NOUN   NN   nsubj  4  O
    3  would     would     AUX    MD   aux    4  O
    4  be        be        AUX    VB   ROOT   4  O
    5  happy     happy     ADJ    JJ   acomp  4  O
    6  to        to        PART   TO   aux    7  O
    7  meet      meet      VERB   VB   xcomp  5  O
    8  Putin     Putin     PROPN  NNP  dobj   7  B-PERSON
    9  .         .         PUNCT  .    punct  4  O
""",
    "Britain called for an inquiry into the killings.": r"""
    0  Britain   Britain  PROPN  NNP  nsubj  1  B-GPE
    1  called    call     VERB   VBD  ROOT   1  O
    2  for       for      ADP    IN   prep   1  O
    3  an        an       DET    DT   det    4  O
    4  inquiry   inquiry  NOUN   NN   pobj   2  O
    5  into      into     ADP    IN   prep   4  O
    6  the       the      DET    DT   det    7  O
    7  killings  killing  NOUN   NNS  pobj   5  O
    8  .         .        PUNCT  .    punct  1  O
""",
    "India wants Russia to join the talks.": r"""
    0  India   India   PROPN  NNP  nsubj  1  B-GPE
    1  wants   want    VERB   VBZ  ROOT   1  O
    2  Russia  Russia  PROPN  NNP  nsubj  4  B-GPE
    3  to      to      PART   TO   aux    4  O
    4  join    join    VERB   VB   ccomp  1  O
    5  the     the     DET    DT   det    6  O
    6  talks   talk    NOUN   NNS  dobj   4  O
    7  .       .       PUNCT  .    punct  1  O
""",
    "Germany hopes France will sign the treaty.": r"""
    0  Germany  Germany  PROPN  NNP  nsubj  1  B-GPE
    1  hopes    hope     VERB   VBZ  ROOT   1  O
    2  France   France   PROPN  NNP  nsubj  4  B-GPE
    3  will     will     AUX    MD   aux    4  O
    4  sign     sign     VERB   VB   ccomp  1  O
    5  the      the      DET    DT   det    6  O
    6  treaty   treaty   NOUN   NN   dobj   4  O
    7  .        .        PUNCT  .    punct  1  O
""",
    "India and Russia agreed that they would hold talks.": r"""
    0  India   India   PROPN  NNP  nsubj  3  B-GPE
    1  and     and     CCONJ  CC   cc     0  O
    2  Russia  Russia  PROPN  NNP  conj   0  B-GPE
    3  agreed  agree   VERB   VBD  ROOT   3  O
    4  that    that    SCONJ  IN   mark   7  O
    5  they    they    PRON   PRP  nsubj  7  O
    6  would   would   AUX    MD   aux    7  O
    7  hold    hold    VERB   VB   ccomp  3  O
    8  talks   talk    NOUN   NNS  dobj   7  O
    9  .       .       PUNCT  .    punct  3  O
""",
    "The French president is to visit Germany.": r"""
    0  The        the        DET    DT   det    2  O
    1  French     french     ADJ    JJ   amod   2  B-NORP
    2  president  president  NOUN   NN   nsubj  3  O
    3  is         be         AUX    VBZ  ROOT   3  O
    4  to         to         PART   TO   aux    5  O
    5  visit      visit      VERB   VB   xcomp  3  O
    6  Germany    Germany    PROPN  NNP  dobj   5  B-GPE
    7  .          .          PUNCT  .    punct  3  O
""",
    "France and Britain plan to oppose the resolution.": r"""
    0  France      France      PROPN  NNP  nsubj  3  B-GPE
    1  and         and         CCONJ  CC   cc     0  O
    2  Britain     Britain     PROPN  NNP  conj   0  B-GPE
    3  plan        plan        VERB   VBP  ROOT   3  O
    4  to          to          PART   TO   aux    5  O
    5  oppose      oppose      VERB   VB   xcomp  3  O
    6  the         the         DET    DT   det    7  O
    7  resolution  resolution  NOUN   NN   dobj   5  O
    8  .           .           PUNCT  .    punct  3  O
""",
    "Germany will outline its position on Tuesday.": r"""
    0  Germany   Germany   PROPN  NNP   nsubj  2  B-GPE
    1  will      will      AUX    MD    aux    2  O
    2  outline   outline   VERB   VB    ROOT   2  O
    3  its       its       PRON   PRP$  poss   4  O
    4  position  position  NOUN   NN    dobj   2  O
    5  on        on        ADP    IN    prep   2  O
    6  Tuesday   Tuesday   PROPN  NNP   pobj   5  B-DATE
    7  .         .         PUNCT  .     punct  2  O
""",
    "Militants who attack Israel face arrest.": r"""
    0  Militants  militant  NOUN   NNS  ROOT      0  O
    1  who        who       PRON   WP   nsubj     2  O
    2  attack     attack    VERB   VBP  relcl     0  O
    3  Israel     Israel    PROPN  NNP  dobj      2  B-GPE
    4  face       face      NOUN   NN   compound  5  O
    5  arrest     arrest    NOUN   NN   dobj      2  O
    6  .          .         PUNCT  .    punct     0  O
""",
    "Militants who attacked Israel fled.": r"""
    0  Militants  militant  NOUN   NNS  nsubj  4  O
    1  who        who       PRON   WP   nsubj  2  O
    2  attacked   attack    VERB   VBD  relcl  0  O
    3  Israel     Israel    PROPN  NNP  dobj   2  B-GPE
    4  fled       flee      VERB   VBD  ROOT   4  O
    5  .          .         PUNCT  .    punct  4  O
""",
    "They're on track to meet the French president.": r"""
    0  They       they       PRON   PRP  nsubj  1  O
    1  're        be         AUX    VBP  ROOT   1  O
    2  on         on         ADP    IN   prep   1  O
    3  track      track      NOUN   NN   pobj   2  O
    4  to         to         PART   TO   aux    5  O
    5  meet       meet       VERB   VB   advcl  1  O
    6  the        the        DET    DT   det    8  O
    7  French     french     ADJ    JJ   amod   8  B-NORP
    8  president  president  NOUN   NN   dobj   5  O
    9  .          .          PUNCT  .    punct  1  O
""",
    "France criticised over Iraq stance": r"""
    0  France      France     PROPN  NNP  nsubj     1  B-GPE
    1  criticised  criticise  VERB   VBD  ROOT      1  O
    2  over        over       ADP    IN   prep      1  O
    3  Iraq        Iraq       PROPN  NNP  compound  4  B-GPE
    4  stance      stance     NOUN   NN   pobj      2  O
""",
    "China praised by Japan for aid": r"""
    0  China    China   PROPN  NNP  nsubj  1  B-GPE
    1  praised  praise  VERB   VBD  ROOT   1  O
    2  by       by      ADP    IN   agent  1  O
    3  Japan    Japan   PROPN  NNP  pobj   2  B-GPE
    4  for      for     ADP    IN   prep   1  O
    5  aid      aid     NOUN   NN   pobj   4  O
""",
    "Blair quit over Iraq": r"""
    0  Blair  Blair  PROPN  NNP  nsubj  1  O
    1  quit   quit   VERB   VBD  ROOT   1  O
    2  over   over   ADP    IN   prep   1  O
    3  Iraq   Iraq   PROPN  NNP  pobj   2  B-GPE
""",
    "Russia offered to send troops to Syria.": r"""
    0  Russia   Russia  PROPN  NNP  nsubj  1  B-GPE
    1  offered  offer   VERB   VBD  ROOT   1  O
    2  to       to      PART   TO   aux    3  O
    3  send     send    VERB   VB   xcomp  1  O
    4  troops   troop   NOUN   NNS  dobj   3  O
    5  to       to      ADP    IN   prep   3  O
    6  Syria    Syria   PROPN  NNP  pobj   5  B-GPE
    7  .        .       PUNCT  .    punct  1  O
""",
    "Germany agreed to lift sanctions on Iran.": r"""
    0  Germany    Germany   PROPN  NNP  nsubj  1  B-GPE
    1  agreed     agree     VERB   VBD  ROOT   1  O
    2  to         to        PART   TO   aux    3  O
    3  lift       lift      VERB   VB   xcomp  1  O
    4  sanctions  sanction  NOUN   NNS  dobj   3  O
    5  on         on        ADP    IN   prep   4  O
    6  Iran       Iran      PROPN  NNP  pobj   5  B-GPE
    7  .          .         PUNCT  .    punct  1  O
""",
    "Turkey decided to expel the Dutch ambassador.": r"""
    0  Turkey      Turkey      PROPN  NNP  nsubj  1  B-GPE
    1  decided     decide      VERB   VBD  ROOT   1  O
    2  to          to          PART   TO   aux    3  O
    3  expel       expel       VERB   VB   xcomp  1  O
    4  the         the         DET    DT   det    6  O
    5  Dutch       dutch       ADJ    JJ   amod   6  B-NORP
    6  ambassador  ambassador  NOUN   NN   dobj   3  O
    7  .           .           PUNCT  .    punct  1  O
""",
    "Japan decided to lift its sanctions on North Korea.": r"""
    0  Japan      Japan     PROPN  NNP   nsubj     1  B-GPE
    1  decided    decide    VERB   VBD   ROOT      1  O
    2  to         to        PART   TO    aux       3  O
    3  lift       lift      VERB   VB    xcomp     1  O
    4  its        its       PRON   PRP$  poss      5  O
    5  sanctions  sanction  NOUN   NNS   dobj      3  O
    6  on         on        ADP    IN    prep      5  O
    7  North      North     PROPN  NNP   compound  8  B-GPE
    8  Korea      Korea     PROPN  NNP   pobj      6  I-GPE
    9  .          .         PUNCT  .     punct     1  O
""",
    "The US military trains Iraqi pilots at a base in Texas.": r"""
    0   The       the       DET    DT   det       2  O
    1   US        US        PROPN  NNP  compound  2  B-GPE
    2   military  military  NOUN   NN   nsubj     3  O
    3   trains    train     VERB   VBZ  ROOT      3  O
    4   Iraqi     iraqi     ADJ    JJ   amod      5  B-NORP
    5   pilots    pilot     NOUN   NNS  dobj      3  O
    6   at        at        ADP    IN   prep      3  O
    7   a         a         DET    DT   det       8  O
    8   base      base      NOUN   NN   pobj      6  O
    9   in        in        ADP    IN   prep      8  O
    10  Texas     Texas     PROPN  NNP  pobj      9  B-GPE
    11  .         .         PUNCT  .    punct     3  O
""",
    "Iran condemned the American decision to recognize Jerusalem as Israel's capital.": r"""
    0   Iran       Iran       PROPN  NNP  nsubj  1   B-GPE
    1   condemned  condemn    VERB   VBD  ROOT   1   O
    2   the        the        DET    DT   det    4   O
    3   American   american   ADJ    JJ   amod   4   B-NORP
    4   decision   decision   NOUN   NN   dobj   1   O
    5   to         to         PART   TO   aux    6   O
    6   recognize  recognize  VERB   VB   acl    4   O
    7   Jerusalem  Jerusalem  PROPN  NNP  dobj   6   B-GPE
    8   as         as         ADP    IN   prep   6   O
    9   Israel     Israel     PROPN  NNP  poss   11  B-GPE
    10  's         's         PART   POS  case   9   O
    11  capital    capital    NOUN   NN   pobj   8   O
    12  .          .          PUNCT  .    punct  1   O
""",
    "Chinese police have detained 18 people, the state news agency Xinhua reported.": r"""
    0   Chinese   chinese  ADJ    JJ   amod      1   B-NORP
    1   police    police   NOUN   NNS  nsubj     3   O
    2   have      have     AUX    VBP  aux       3   O
    3   detained  detain   VERB   VBN  ccomp     12  O
    4   18        18       NUM    CD   nummod    5   B-CARDINAL
    5   people    people   NOUN   NNS  dobj      3   O
    6   ,         ,        PUNCT  ,    punct     12  O
    7   the       the      DET    DT   det       10  O
    8   state     state    NOUN   NN   compound  10  O
    9   news      news     NOUN   NN   compound  10  O
    10  agency    agency   NOUN   NN   nsubj     12  O
    11  Xinhua    Xinhua   PROPN  NNP  nsubj     12  B-GPE
    12  reported  report   VERB   VBD  ROOT      12  O
    13  .         .        PUNCT  .    punct     12  O
""",
    "Iran rejected accusations by Netanyahu that Tehran was behind the attack.": r"""
    0   Iran         Iran        PROPN  NNP  nsubj  1   B-GPE
    1   rejected     reject      VERB   VBD  ROOT   1   O
    2   accusations  accusation  NOUN   NNS  dobj   1   O
    3   by           by          ADP    IN   prep   2   O
    4   Netanyahu    Netanyahu   PROPN  NNP  pobj   3   B-PERSON
    5   that         that        SCONJ  IN   mark   7   O
    6   Tehran       Tehran      PROPN  NNP  nsubj  7   B-GPE
    7   was          be          AUX    VBD  acl    2   O
    8   behind       behind      ADP    IN   prep   7   O
    9   the          the         DET    DT   det    10  O
    10  attack       attack      NOUN   NN   pobj   8   O
    11  .            .           PUNCT  .    punct  1   O
""",
    "Germany and France have called for the embargo on China to be lifted.": r"""
    0   Germany  Germany  PROPN  NNP  nsubj      4   B-GPE
    1   and      and      CCONJ  CC   cc         0   O
    2   France   France   PROPN  NNP  conj       0   B-GPE
    3   have     have     AUX    VBP  aux        4   O
    4   called   call     VERB   VBN  ROOT       4   O
    5   for      for      SCONJ  IN   mark       12  O
    6   the      the      DET    DT   det        7   O
    7   embargo  embargo  NOUN   NN   nsubjpass  12  O
    8   on       on       ADP    IN   prep       7   O
    9   China    China    PROPN  NNP  pobj       8   B-GPE
    10  to       to       PART   TO   aux        12  O
    11  be       be       AUX    VB   auxpass    12  O
    12  lifted   lift     VERB   VBN  advcl      4   O
    13  .        .        PUNCT  .    punct      4   O
""",
    "India and Pakistan agreed to sign a peace deal.": r"""
    0  India     India     PROPN  NNP  nsubj     3  B-GPE
    1  and       and       CCONJ  CC   cc        0  O
    2  Pakistan  Pakistan  PROPN  NNP  conj      0  B-GPE
    3  agreed    agree     VERB   VBD  ROOT      3  O
    4  to        to        PART   TO   aux       5  O
    5  sign      sign      VERB   VB   xcomp     3  O
    6  a         a         DET    DT   det       8  O
    7  peace     peace     NOUN   NN   compound  8  O
    8  deal      deal      NOUN   NN   dobj      5  O
    9  .         .         PUNCT  .    punct     3  O
""",
    "India and Pakistan failed to reach an agreement.": r"""
    0  India      India      PROPN  NNP  nsubj  3  B-GPE
    1  and        and        CCONJ  CC   cc     0  O
    2  Pakistan   Pakistan   PROPN  NNP  conj   0  B-GPE
    3  failed     fail       VERB   VBD  ROOT   3  O
    4  to         to         PART   TO   aux    5  O
    5  reach      reach      VERB   VB   xcomp  3  O
    6  an         an         DET    DT   det    7  O
    7  agreement  agreement  NOUN   NN   dobj   5  O
    8  .          .          PUNCT  .    punct  3  O
""",
}


@pytest.mark.parametrize("text", PARSES)
def test_modality_frozen_parses_are_the_models(
    frozen_is_live: Callable[..., None], text: str
) -> None:
    frozen_is_live(text, PARSES[text], published=PUBLISHED)
