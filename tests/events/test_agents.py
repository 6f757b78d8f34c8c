"""Who acted, through the whole pipeline with the shipped actor tables and lexicon: 'we' in
a quotation is its speaker, named agents the actor stage does not know, pronouns of a
speaker, 'his country', and main-clause passives that leave the agent unsaid.

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
    "text",
    [
        'The Russian foreign minister spoke on Monday. "We condemn the attacks," he said. ',
        'The Russian foreign minister said talks were over. "We condemn the attacks."',
        '"The talks are over. We condemn the attacks," the Russian foreign minister said.',
    ],
)
def test_agents_we_in_a_quotation_is_its_speaker(frozen_events: Events, text: str) -> None:
    assert frozen_events(PARSES, text) == {("RUS", None, "111")}


def test_agents_we_outside_a_quotation_stays_unresolved(frozen_events: Events) -> None:
    assert frozen_events(PARSES, "Russia spoke on Monday. We condemn the attacks.") == set()


def test_agents_named_but_unknown_agent_is_a_source_with_no_country(
    frozen_extract: Callable[..., Document],
) -> None:
    text = "Goldman Sachs sued the Kenyan government on Monday."
    (sued,) = frozen_extract(text, PARSES[text], published=PUBLISHED).events
    assert (sued.trigger, sued.cameo) == ("sued", "115")
    assert sued.source is not None and sued.target is not None
    assert (sued.source.text, sued.source.country) == ("Goldman Sachs", None)
    assert sued.target.country == "KEN"


def test_agents_a_name_inside_the_agent_phrase_is_not_the_agent(frozen_events: Events) -> None:
    text = "The very countries criticising India continue to trade with Russia."
    assert frozen_events(PARSES, text) == set()


def test_agents_pronoun_of_an_unknown_named_speaker(
    frozen_extract: Callable[..., Document],
) -> None:
    text = "Goldman Sachs said it would sue the Kenyan government."
    (sue,) = frozen_extract(text, PARSES[text], published=PUBLISHED).events
    assert sue.source is not None and sue.target is not None
    assert (sue.source.text, sue.target.country, sue.cameo) == ("Goldman Sachs", "KEN", "115")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Palestinian government, thus, rejects and condemns the US administration's"
            " decision.",
            ("PSE", "USA", "111"),
        ),
        (
            "Russian President Vladimir Putin said his country will not lift the ban on Polish"
            " meat.",
            ("RUS", None, "1241"),
        ),
    ],
)
def test_agents_subject_through_coordination_and_his_country(
    frozen_events: Events, text: str, expected: tuple[str, str | None, str]
) -> None:
    assert frozen_events(PARSES, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two Russian citizens were released from captivity in Libya on Tuesday.",
            (None, "RUS", "0841"),
        ),
        ("The Ecowas peacekeepers are being deployed to Guinea-Bissau.", (None, "GNB", "074")),
    ],
)
def test_agents_agentless_passive_with_a_target_is_coded(
    frozen_events: Events, text: str, expected: tuple[None, str, str]
) -> None:
    assert frozen_events(PARSES, text) == {expected}


def test_agents_agentless_passive_in_a_subordinate_clause_is_not(frozen_events: Events) -> None:
    text = "Israel lifted the parole restrictions imposed on Olmert when he was released."
    # no 0841 for 'released'; the restrictions imposed on Olmert target him (Israeli)
    assert frozen_events(PARSES, text) == {("ISR", "ISR", "081")}


# ---------------------------------------------------------------- frozen parses
#: Each sentence's parse by {FROZEN_MODEL} (tests/conftest.py), from tools/freeze_parse.py.
PARSES: dict[str, str] = {
    'The Russian foreign minister spoke on Monday. "We condemn the attacks," he said. ': r"""
    0   The       the       DET    DT   det    3   O
    1   Russian   russian   ADJ    JJ   amod   3   B-NORP
    2   foreign   foreign   ADJ    JJ   amod   3   O
    3   minister  minister  NOUN   NN   nsubj  4   O
    4   spoke     speak     VERB   VBD  ROOT   4   O
    5   on        on        ADP    IN   prep   4   O
    6   Monday    Monday    PROPN  NNP  pobj   5   B-DATE
    7   .         .         PUNCT  .    punct  4   O
    8   "         "         PUNCT  ``   punct  10  O
    9   We        we        PRON   PRP  nsubj  10  O
    10  condemn   condemn   VERB   VBP  ccomp  16  O
    11  the       the       DET    DT   det    12  O
    12  attacks   attack    NOUN   NNS  dobj   10  O
    13  ,         ,         PUNCT  ,    punct  16  O
    14  "         "         PUNCT  ''   punct  16  O
    15  he        he        PRON   PRP  nsubj  16  O
    16  said      say       VERB   VBD  ROOT   16  O
    17  .         .         PUNCT  .    punct  16  O
""",
    'The Russian foreign minister said talks were over. "We condemn the attacks."': r"""
    0   The       the       DET    DT   det     3   O
    1   Russian   russian   ADJ    JJ   amod    3   B-NORP
    2   foreign   foreign   ADJ    JJ   amod    3   O
    3   minister  minister  NOUN   NN   nsubj   4   O
    4   said      say       VERB   VBD  ROOT    4   O
    5   talks     talk      NOUN   NNS  nsubj   6   O
    6   were      be        AUX    VBD  ccomp   4   O
    7   over      over      ADV    RB   advmod  6   O
    8   .         .         PUNCT  .    punct   4   O
    9   "         "         PUNCT  ``   punct   11  O
    10  We        we        PRON   PRP  nsubj   11  O
    11  condemn   condemn   VERB   VBP  ROOT    11  O
    12  the       the       DET    DT   det     13  O
    13  attacks   attack    NOUN   NNS  dobj    11  O
    14  .         .         PUNCT  .    punct   11  O
    15  "         "         PUNCT  ''   punct   11  O
""",
    '"The talks are over. We condemn the attacks," the Russian foreign minister said.': r"""
    0   "         "         PUNCT  ``   punct   3   O
    1   The       the       DET    DT   det     2   O
    2   talks     talk      NOUN   NNS  nsubj   3   O
    3   are       be        AUX    VBP  ROOT    3   O
    4   over      over      ADV    RB   advmod  3   O
    5   .         .         PUNCT  .    punct   3   O
    6   We        we        PRON   PRP  nsubj   7   O
    7   condemn   condemn   VERB   VBP  ccomp   16  O
    8   the       the       DET    DT   det     9   O
    9   attacks   attack    NOUN   NNS  dobj    7   O
    10  ,         ,         PUNCT  ,    punct   16  O
    11  "         "         PUNCT  ''   punct   16  O
    12  the       the       DET    DT   det     15  O
    13  Russian   russian   ADJ    JJ   amod    15  B-NORP
    14  foreign   foreign   ADJ    JJ   amod    15  O
    15  minister  minister  NOUN   NN   nsubj   16  O
    16  said      say       VERB   VBD  ROOT    16  O
    17  .         .         PUNCT  .    punct   16  O
""",
    "Russia spoke on Monday. We condemn the attacks.": r"""
    0  Russia   Russia   PROPN  NNP  nsubj  1  B-GPE
    1  spoke    speak    VERB   VBD  ROOT   1  O
    2  on       on       ADP    IN   prep   1  O
    3  Monday   Monday   PROPN  NNP  pobj   2  B-DATE
    4  .        .        PUNCT  .    punct  1  O
    5  We       we       PRON   PRP  nsubj  6  O
    6  condemn  condemn  VERB   VBP  ROOT   6  O
    7  the      the      DET    DT   det    8  O
    8  attacks  attack   NOUN   NNS  dobj   6  O
    9  .        .        PUNCT  .    punct  6  O
""",
    "Goldman Sachs sued the Kenyan government on Monday.": r"""
    0  Goldman     Goldman     PROPN  NNP  compound  1  B-ORG
    1  Sachs       Sachs       PROPN  NNP  nsubj     2  I-ORG
    2  sued        sue         VERB   VBD  ROOT      2  O
    3  the         the         DET    DT   det       5  O
    4  Kenyan      kenyan      ADJ    JJ   amod      5  B-NORP
    5  government  government  NOUN   NN   dobj      2  O
    6  on          on          ADP    IN   prep      2  O
    7  Monday      Monday      PROPN  NNP  pobj      6  B-DATE
    8  .           .           PUNCT  .    punct     2  O
""",
    "The very countries criticising India continue to trade with Russia.": r"""
    0   The          the        DET    DT   det    2  O
    1   very         very       ADJ    JJ   amod   2  O
    2   countries    country    NOUN   NNS  nsubj  5  O
    3   criticising  criticise  VERB   VBG  acl    2  O
    4   India        India      PROPN  NNP  dobj   3  B-GPE
    5   continue     continue   VERB   VBP  ROOT   5  O
    6   to           to         PART   TO   aux    7  O
    7   trade        trade      VERB   VB   xcomp  5  O
    8   with         with       ADP    IN   prep   7  O
    9   Russia       Russia     PROPN  NNP  pobj   8  B-GPE
    10  .            .          PUNCT  .    punct  5  O
""",
    "Goldman Sachs said it would sue the Kenyan government.": r"""
    0  Goldman     Goldman     PROPN  NNP  compound  1  B-ORG
    1  Sachs       Sachs       PROPN  NNP  nsubj     2  I-ORG
    2  said        say         VERB   VBD  ROOT      2  O
    3  it          it          PRON   PRP  nsubj     5  O
    4  would       would       AUX    MD   aux       5  O
    5  sue         sue         VERB   VB   ccomp     2  O
    6  the         the         DET    DT   det       8  O
    7  Kenyan      kenyan      ADJ    JJ   amod      8  B-NORP
    8  government  government  NOUN   NN   dobj      5  O
    9  .           .           PUNCT  .    punct     2  O
""",
    "The Palestinian government, thus, rejects and condemns the US administration's decision.": r"""
    0   The             the             DET    DT   det       2   O
    1   Palestinian     palestinian     ADJ    JJ   amod      2   B-NORP
    2   government      government      NOUN   NN   nsubj     6   O
    3   ,               ,               PUNCT  ,    punct     6   O
    4   thus            thus            ADV    RB   advmod    6   O
    5   ,               ,               PUNCT  ,    punct     6   O
    6   rejects         reject          NOUN   NNS  ROOT      6   O
    7   and             and             CCONJ  CC   cc        6   O
    8   condemns        condemn         VERB   VBZ  conj      6   O
    9   the             the             DET    DT   det       11  O
    10  US              US              PROPN  NNP  compound  11  B-GPE
    11  administration  administration  NOUN   NN   poss      13  O
    12  's              's              PART   POS  case      11  O
    13  decision        decision        NOUN   NN   dobj      8   O
    14  .               .               PUNCT  .    punct     6   O
""",
    "Russian President Vladimir Putin said his country will not lift the ban on Polish meat.": r"""
    0   Russian    russian    ADJ    JJ    amod      1   B-NORP
    1   President  President  PROPN  NNP   compound  3   O
    2   Vladimir   Vladimir   PROPN  NNP   compound  3   B-PERSON
    3   Putin      Putin      PROPN  NNP   nsubj     4   I-PERSON
    4   said       say        VERB   VBD   ROOT      4   O
    5   his        his        PRON   PRP$  poss      6   O
    6   country    country    NOUN   NN    nsubj     9   O
    7   will       will       AUX    MD    aux       9   O
    8   not        not        PART   RB    neg       9   O
    9   lift       lift       VERB   VB    ccomp     4   O
    10  the        the        DET    DT    det       11  O
    11  ban        ban        NOUN   NN    dobj      9   O
    12  on         on         ADP    IN    prep      11  O
    13  Polish     polish     ADJ    JJ    amod      14  B-NORP
    14  meat       meat       NOUN   NN    pobj      12  O
    15  .          .          PUNCT  .     punct     4   O
""",
    "Two Russian citizens were released from captivity in Libya on Tuesday.": r"""
    0   Two        two        NUM    CD   nummod     2  B-CARDINAL
    1   Russian    russian    ADJ    JJ   amod       2  B-NORP
    2   citizens   citizen    NOUN   NNS  nsubjpass  4  O
    3   were       be         AUX    VBD  auxpass    4  O
    4   released   release    VERB   VBN  ROOT       4  O
    5   from       from       ADP    IN   prep       4  O
    6   captivity  captivity  NOUN   NN   pobj       5  O
    7   in         in         ADP    IN   prep       6  O
    8   Libya      Libya      PROPN  NNP  pobj       7  B-GPE
    9   on         on         ADP    IN   prep       4  O
    10  Tuesday    Tuesday    PROPN  NNP  pobj       9  B-DATE
    11  .          .          PUNCT  .    punct      4  O
""",
    "The Ecowas peacekeepers are being deployed to Guinea-Bissau.": r"""
    0   The           the          DET    DT    det        2  O
    1   Ecowas        Ecowas       PROPN  NNP   compound   2  B-ORG
    2   peacekeepers  peacekeeper  NOUN   NNS   nsubjpass  5  O
    3   are           be           AUX    VBP   aux        5  O
    4   being         be           AUX    VBG   auxpass    5  O
    5   deployed      deploy       VERB   VBN   ROOT       5  O
    6   to            to           ADP    IN    prep       5  O
    7   Guinea        Guinea       PROPN  NNP   compound   9  B-ORG
    8   -             -            PUNCT  HYPH  punct      9  I-ORG
    9   Bissau        Bissau       PROPN  NNP   pobj       6  I-ORG
    10  .             .            PUNCT  .     punct      5  O
""",
    "Israel lifted the parole restrictions imposed on Olmert when he was released.": r"""
    0   Israel        Israel       PROPN  NNP  nsubj      1   B-GPE
    1   lifted        lift         VERB   VBD  ROOT       1   O
    2   the           the          DET    DT   det        4   O
    3   parole        parole       NOUN   NN   compound   4   O
    4   restrictions  restriction  NOUN   NNS  dobj       1   O
    5   imposed       impose       VERB   VBN  acl        4   O
    6   on            on           ADP    IN   prep       5   O
    7   Olmert        Olmert       PROPN  NNP  pobj       6   B-PERSON
    8   when          when         SCONJ  WRB  advmod     11  O
    9   he            he           PRON   PRP  nsubjpass  11  O
    10  was           be           AUX    VBD  auxpass    11  O
    11  released      release      VERB   VBN  advcl      5   O
    12  .             .            PUNCT  .    punct      1   O
""",
}


@pytest.mark.parametrize("text", PARSES)
def test_agents_frozen_parses_are_the_models(
    frozen_is_live: Callable[..., None], text: str
) -> None:
    frozen_is_live(text, PARSES[text], published=PUBLISHED)
