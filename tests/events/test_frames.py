"""Event frames and irrealis: a pattern's word codes an event only where it names one.

Each sentence runs through the whole pipeline with the shipped lexicon and actor tables on
its frozen parse (``PARSES`` below, from ``tools/freeze_parse.py``) and asserts the exact
set of (source country, target country, CAMEO code) it yields.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Events = Callable[..., set[tuple[str | None, str | None, str]]]
PUBLISHED = "2025-08-06"


@pytest.mark.parametrize(
    "text",
    [
        # only possible, a purpose, asked, forecast, attempted or embedded in a future or
        # negated clause: nothing happened
        "Iran could attack Israel.",
        "Iran bought rockets to attack Israel.",
        "Should Britain attack Iraq?",
        "Russia is expected to attack Ukraine.",
        "Russia tried to seize the Ukrainian port.",
        "The EU has yet to impose sanctions on Iran.",
        # spending is military only when it says so
        "The Tories plan to increase spending on schools.",
        # acknowledging concerns is no diplomatic recognition; seeking to do is no appeal
        "The French minister recognised people's concerns about the plan.",
        "The French minister sought to draw a line under the row.",
        # what would have been better, what the law binds one to, what relative clauses
        # say someone will do: not done
        "A French minister said it would have been better to have rejected the treaty.",
        "The French government is bound by law to help Germany defend itself.",
        "The inquiry reports to French MPs, who will urge the government to act.",
        # acknowledging concerns praises no one
        "The French minister said he appreciated people's concerns.",
        # "they" never stands for one person
        "The French minister added that sales had risen in Spain, where they were declining "
        "before the ban.",
        # helping to defeat someone is no aid to them
        "France said it would help defeat the Taliban.",
        # "he" stands for a person, never for a country named before it
        "His only aim was to ensure Germany was safe, he insisted.",
        # a phrasal verb of another sense stops nothing ("end up doing")
        "French farmers ended up paying for the new rules.",
        # what should be done, with no one said to demand it, is not done
        "The French government should withdraw its troops from Mali.",
        "The treaty will allow Russia to attack Georgia.",
        # a thing received is no visitor; an actor talked about is no partner
        "The bill received a first reading in Parliament.",
        "The French president talked about the German election.",
        # a news conference is a talk to reporters, no consultation
        "The minister told a news conference in London that France was wrong.",
        "The French president held a news conference in Paris.",
        # advice with no course advised is counsel, no appeal
        "The former aide is returning to advise the party on media strategy.",
        # what it is vital or important to do is not done
        "It is vital that Britain sends troops to Iraq.",
        # permitted is not done
        "The new law allows the police to detain suspects for 28 days.",
        "The UN authorised member states to use force against Libya.",
        "The law will allow the army to enter the region and detain suspects.",
        "The decision did not mean abandoning Ukraine.",
        # a bare mention of an event noun, in no event frame
        "Trade talks were mentioned in the report.",
        "The minister spoke at his party's conference.",
        "Despite US objections, the plan went ahead.",
        # a consultation with no other side
        "President Goodluck Jonathan called an emergency cabinet meeting.",
        # force used figuratively by politicians, on nothing force can reach
        "The Tories hit back at the jibe.",
        # office holders are no force: a clash between them is a quarrel
        "The chief justice clashed with ministers over the appointments.",
        # force by no force on what someone owns, says or does, not on them: figurative
        "A British MP attacked France's farm subsidies.",
        "The British MP hit back at China's claims.",
        # agreeing with a view is no intent to act
        "The minister agreed it was a serious problem.",
        "Mr Smith agreed and said the figures were wrong.",
        # a converted pattern of a cooperative act with no one cooperated with
        "The Liberal Democrats will gear up for the campaign.",
        "The minister confirmed support for the new law.",
        "Germany proposed a freeze on debt repayments.",
        # what someone else hopes the government will do, in a second conjunct, is no
        # intent of the one who hopes
        'The detainee said: "I hope that the government will scrap the law and release me."',
        # a trip whose predicate names a country says nothing of where it went
        "The French president's trip is designed to show how Britain wants to make Africa a priority.",
        # a threat of force on problems is no threat of force
        "The French government said its new strategy would target the problems of poor towns.",
        # pledges broken are no pledge
        "The French president has broken the pledges he made to Germany.",
        # a meeting asked about is no intent to meet
        "Asked if he would meet the Iranian president, the French minister said nothing.",
        # an idiom's noun with a determiner or in the plural is no idiom
        "The party took the issues raised in the report very seriously.",
        # what another noun is about, and the one addressed, are no events
        "The war of words over sanctions between Britain and Russia deepened.",
        "The minister told a parliamentary inquiry that the plan was legal.",
        # force on no one and nowhere: on things, rules or files
        "The ministry destroyed thousands of old files last year.",
        "The council fought the new housing rules in court.",
        # no forces, no military de-escalation: a party withdraws an advert, a minister
        # stands down
        "The Labour Party withdrew the advert after complaints.",
        "The health secretary is to stand down at the election.",
        # force on something abstract
        "The Iraq war had hit trust in politicians hard.",
        "The UK took over the chairmanship of the EU in July.",
        # an evaluation of no known leaning, and no appeal
        "Germany called the change pragmatic.",
        "The president called the report a hoax.",
        # a verbal act with no one named who made it (material acts keep an open source)
        "The minister has been accused of misleading parliament.",
    ],
)
def test_frames_no_event(frozen_events: Events, text: str) -> None:
    assert frozen_events(PARSES, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun made to happen, or with an actor of its own acting on another
        ("India and Russia held talks in Moscow.", {("IND", "RUS", "040"), ("RUS", "IND", "040")}),
        ("China imposed sanctions on Japan.", {("CHN", "JPN", "163")}),
        ("Russia was behind the attack on Ukraine.", {("RUS", "UKR", "190")}),
        # the governor is the event: stopping talks, a threat issued
        ("India ended the talks with Russia.", {("IND", "RUS", "164")}),
        # force by a state reaches its target; an errand's purpose is done
        ("Russia attacked Ukraine.", {("RUS", "UKR", "190")}),
        # agreeing on what will be done is an intent
        (
            "Iran and the EU agreed that talks would resume in May.",
            {("IRN", "IGO", "036"), ("IGO", "IRN", "036")},
        ),
        # a visitor received is a visit hosted; the one talked with is the partner
        ("Putin received the Indian prime minister in Moscow.", {("RUS", "IND", "043")}),
        ("The French president talked with Merkel about Iran.", {("FRA", "DEU", "040")}),
        # advice to do something is an appeal
        ("The US advised Britain to withdraw its troops.", {("USA", "GBR", "0256")}),
        # what is clear was done
        ("It is clear that Russia attacked Ukraine.", {("RUS", "UKR", "190")}),
        # ... and anyone uses force on a building
        ("Ivorian protesters attacked the French embassy.", {("CIV", "FRA", "190")}),
        # ... and a government, as a body, uses force
        ("The Syrian government attacked rebel positions near Aleppo.", {("SYR", "SYR", "190")}),
        ("Modi called Putin to discuss the war in Ukraine.", {("IND", "RUS", "040")}),
        ("China boosted military spending by 7%.", {("CHN", None, "154")}),
        ("France took issue with the German proposal.", {("FRA", None, "110")}),
        # ... while a pattern for the breaking itself still codes it
        ("Russia violated the truce with Ukraine.", {("RUS", "UKR", "196")}),
        # the subject of "is to be questioned" is acted on, by the "by" phrase's actor
        ("Senior Russian officials are to be questioned by French MPs.", {("FRA", "RUS", "110")}),
        # insisting on what will be is a claim, no demand
        ("French ministers insist the plans would not change the law.", {("FRA", None, "010")}),
        # "he" in a quotation is not its speaker: the apology is no one's known act
        (
            'The French minister praised Mr Smith but argued: "He has apologised and we should move on."',
            {("FRA", None, "051")},
        ),
        # ... and with the other side named
        ("The French minister confirmed his support for Germany.", {("FRA", "DEU", "051")}),
        # troops withdrawn, a surrender to an actor, people killed: force and its end
        ("Russia withdrew its troops from Georgia.", {("RUS", "GEO", "0874")}),
        (
            "The opposition leader surrendered to the Venezuelan authorities.",
            {(None, "VEN", "0874")},
        ),
        ("Gunmen killed dozens of civilians in Kano.", {(None, None, "202")}),
        # a possible act under a threat is a threat
        ("Russia threatened that it could attack Ukraine.", {("RUS", "UKR", "138")}),
        # the one who receives the act is its target
        ("Israel drew sharp rebukes from Turkey over the raid.", {("TUR", "ISR", "111")}),
        ("China is facing criticism from Japan over the islands.", {("JPN", "CHN", "111")}),
        (
            "Faced with criticism from Germany, the French government suspended its plan.",
            {("DEU", "FRA", "111")},
        ),
        (
            "Faced with Germany's criticism, the French government dropped the plan.",
            {("DEU", "FRA", "111"), ("FRA", None, "0832")},
        ),
        # a warning addressed to no one, with no threat in it, is a pessimistic comment
        ("The conflict was the most pressing challenge, Britain warned.", {("GBR", None, "012")}),
        # ... and one who addresses someone else in another clause still warns no one
        (
            "I have been warning for months that this would happen and raised it with France, "
            "the German minister said.",
            {("DEU", None, "012")},
        ),
        ("Iran warned the US not to interfere.", {("IRN", "USA", "130")}),
        # a warning to someone of what may happen, with no threat held over them
        (
            "The attorney general warned Mr Blair that the war could be illegal.",
            {(None, "GBR", "012")},
        ),
        # ... but the warner's own act, or a sanction, is a threat
        ("Russia warned Ukraine that it would respond.", {("RUS", "UKR", "130")}),
        ("The US warned Iran that sanctions would follow.", {("USA", "IRN", "130")}),
        # a phrase set before the clause is its setting, not whom it addresses
        (
            "In the Bundestag, the French minister demanded an immediate statement.",
            {("FRA", None, "100")},
        ),
        # the outlet spoken to is not the one a demand is made of
        (
            "The French minister told the BBC that Germany must withdraw its troops.",
            {("FRA", None, "106")},
        ),
        # ... while helping someone fight still helps them
        ("France will help Germany to fight the Taliban.", {("FRA", "DEU", "033")}),
        # a demand hung on the addressee of "wrote to X" is the writer's
        (
            "The French minister wrote to the German chancellor demanding an explanation.",
            {("FRA", None, "101")},
        ),
        # refusing to answer is declining comment
        ("The French minister refused to answer further questions.", {("FRA", None, "011")}),
        # recognising a government is diplomatic recognition
        ("France recognised the new government in Kabul.", {("FRA", "AFG", "054")}),
        # a warning's condition ("without a resolution sanctioning action") holds no threat
        (
            "The French minister warned Germany that the war could be illegal without a UN "
            "resolution sanctioning military action.",
            {("FRA", "DEU", "012")},
        ),
        # ... nor does a state the warned are in ("it was in danger of …")
        (
            "France warned Germany that it was in danger of pandering to populists.",
            {("FRA", "DEU", "012")},
        ),
        # ... and taking action is no lawsuit
        ("Russia warned Ukraine that it would take action.", {("RUS", "UKR", "131")}),
        # a warning against doing something holds no threat, unless what it names is one
        ("France warned Germany against pandering to populists.", {("FRA", "DEU", "012")}),
        ("Iran warned the US against an attack on its nuclear sites.", {("IRN", "USA", "130")}),
        # the programme one speaks on is no "insist on X"
        (
            "The German minister insisted on television that the plan would work.",
            {("DEU", None, "010")},
        ),
        # a second act conjoined to the reported clause is the speaker's own
        (
            "The French president said Germany would set out new plans and attacked the "
            "British proposal.",
            {("FRA", None, "111")},
        ),
        (
            "The French president insisted there could be no deal but declined to say why.",
            {("FRA", None, "010"), ("FRA", None, "011")},
        ),
    ],
)
def test_frames_event(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a converted pattern's preposition names the other side ("go to +")
        ("The French president is going to a concert.", set()),
        ("The French president went to Moscow.", {("FRA", "RUS", "040")}),
        # asking a question, naming a thing, pressing on: no appeal to anyone
        ("Germany's chancellor asked whether the plan would work.", set()),
        ("Germany's chancellor asked that the plan be dropped.", {("DEU", None, "0242")}),
        ('"Is this a propaganda exercise?" the British minister asked.', set()),
        ("Britain pressed on with the reforms.", set()),
        ('France called the new targets "impressive".', set()),
        ("Britain called for the embargo to be lifted.", {("GBR", None, "0254")}),
        # a rejection with nothing rejected; a converted verb that only reports a clause
        ("Exports were declining, the German minister said.", set()),
        ("The dispute could end, the French minister suggested.", set()),
        # helping something happen is no aid to anyone; asking someone to help is an appeal
        ("The police said they would help fight terror.", set()),
        ("Greece has asked NATO to help patrol its airspace.", {("GRC", "IGO", "023")}),
        # a relative clause inside an unreal clause is unreal too
        ("Britain would be able to reject proposals it did not agree with.", set()),
    ],
)
def test_frames_verb_frame_required(
    frozen_events: Events, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert frozen_events(PARSES, text) == expected


# ---------------------------------------------------------------- frozen parses
#: Each sentence's parse by {FROZEN_MODEL} (tests/conftest.py), from tools/freeze_parse.py.
PARSES: dict[str, str] = {
    # en_core_web_sm 3.8.0
    "Senior Russian officials are to be questioned by French MPs.": r"""
    0   Senior      senior    ADJ    JJ   amod     2  O
    1   Russian     russian   ADJ    JJ   amod     2  B-NORP
    2   officials   official  NOUN   NNS  nsubj    3  O
    3   are         be        AUX    VBP  ROOT     3  O
    4   to          to        PART   TO   aux      6  O
    5   be          be        AUX    VB   auxpass  6  O
    6   questioned  question  VERB   VBN  xcomp    3  O
    7   by          by        ADP    IN   agent    6  O
    8   French      french    ADJ    JJ   amod     9  B-NORP
    9   MPs         mp        NOUN   NNS  pobj     7  O
    10  .           .         PUNCT  .    punct    3  O
""",
    "The French government said its new strategy would target the problems of poor towns.": r"""
    0   The         the         DET    DT    det    2   O
    1   French      french      ADJ    JJ    amod   2   B-NORP
    2   government  government  NOUN   NN    nsubj  3   O
    3   said        say         VERB   VBD   ROOT   3   O
    4   its         its         PRON   PRP$  poss   6   O
    5   new         new         ADJ    JJ    amod   6   O
    6   strategy    strategy    NOUN   NN    nsubj  8   O
    7   would       would       AUX    MD    aux    8   O
    8   target      target      VERB   VB    ccomp  3   O
    9   the         the         DET    DT    det    10  O
    10  problems    problem     NOUN   NNS   dobj   8   O
    11  of          of          ADP    IN    prep   10  O
    12  poor        poor        ADJ    JJ    amod   13  O
    13  towns       town        NOUN   NNS   pobj   11  O
    14  .           .           PUNCT  .     punct  3   O
""",
    "The French president has broken the pledges he made to Germany.": r"""
    0   The        the        DET    DT   det    2  O
    1   French     french     ADJ    JJ   amod   2  B-NORP
    2   president  president  NOUN   NN   nsubj  4  O
    3   has        have       AUX    VBZ  aux    4  O
    4   broken     break      VERB   VBN  ROOT   4  O
    5   the        the        DET    DT   det    6  O
    6   pledges    pledge     NOUN   NNS  dobj   4  O
    7   he         he         PRON   PRP  nsubj  8  O
    8   made       make       VERB   VBD  relcl  6  O
    9   to         to         ADP    IN   prep   8  O
    10  Germany    Germany    PROPN  NNP  pobj   9  B-GPE
    11  .          .          PUNCT  .    punct  4  O
""",
    "Russia violated the truce with Ukraine.": r"""
    0  Russia    Russia   PROPN  NNP  nsubj  1  B-GPE
    1  violated  violate  VERB   VBD  ROOT   1  O
    2  the       the      DET    DT   det    3  O
    3  truce     truce    NOUN   NN   dobj   1  O
    4  with      with     ADP    IN   prep   1  O
    5  Ukraine   Ukraine  PROPN  NNP  pobj   4  B-GPE
    6  .         .        PUNCT  .    punct  1  O
""",
    "French ministers insist the plans would not change the law.": r"""
    0   French     french    ADJ    JJ   amod   1  B-NORP
    1   ministers  minister  NOUN   NNS  nsubj  2  O
    2   insist     insist    VERB   VBP  ROOT   2  O
    3   the        the       DET    DT   det    4  O
    4   plans      plan      NOUN   NNS  nsubj  7  O
    5   would      would     AUX    MD   aux    7  O
    6   not        not       PART   RB   neg    7  O
    7   change     change    VERB   VB   ccomp  2  O
    8   the        the       DET    DT   det    9  O
    9   law        law       NOUN   NN   dobj   7  O
    10  .          .         PUNCT  .    punct  2  O
""",
    'The French minister praised Mr Smith but argued: "He has apologised and we should move on."': r"""
    0   The         the        DET    DT   det       2   O
    1   French      french     ADJ    JJ   amod      2   B-NORP
    2   minister    minister   NOUN   NN   nsubj     3   O
    3   praised     praise     VERB   VBD  ROOT      3   O
    4   Mr          Mr         PROPN  NNP  compound  5   B-PERSON
    5   Smith       Smith      PROPN  NNP  dobj      3   I-PERSON
    6   but         but        CCONJ  CC   cc        3   O
    7   argued      argue      VERB   VBD  conj      3   O
    8   :           :          PUNCT  :    punct     7   O
    9   "           "          PUNCT  ``   punct     7   O
    10  He          he         PRON   PRP  nsubj     12  O
    11  has         have       AUX    VBZ  aux       12  O
    12  apologised  apologise  VERB   VBN  ccomp     7   O
    13  and         and        CCONJ  CC   cc        12  O
    14  we          we         PRON   PRP  nsubj     16  O
    15  should      should     AUX    MD   aux       16  O
    16  move        move       VERB   VB   conj      12  O
    17  on          on         ADP    IN   advmod    16  O
    18  .           .          PUNCT  .    punct     3   O
    19  "           "          PUNCT  ''   punct     3   O
""",
    "Asked if he would meet the Iranian president, the French minister said nothing.": r"""
    0   Asked      ask        VERB   VBN  advcl  12  O
    1   if         if         SCONJ  IN   mark   4   O
    2   he         he         PRON   PRP  nsubj  4   O
    3   would      would      AUX    MD   aux    4   O
    4   meet       meet       VERB   VB   advcl  0   O
    5   the        the        DET    DT   det    7   O
    6   Iranian    iranian    ADJ    JJ   amod   7   B-NORP
    7   president  president  NOUN   NN   dobj   4   O
    8   ,          ,          PUNCT  ,    punct  12  O
    9   the        the        DET    DT   det    11  O
    10  French     french     ADJ    JJ   amod   11  B-NORP
    11  minister   minister   NOUN   NN   nsubj  12  O
    12  said       say        VERB   VBD  ROOT   12  O
    13  nothing    nothing    PRON   NN   dobj   12  O
    14  .          .          PUNCT  .    punct  12  O
""",
    "The party took the issues raised in the report very seriously.": r"""
    0   The        the        DET    DT   det     1   O
    1   party      party      NOUN   NN   nsubj   2   O
    2   took       take       VERB   VBD  ROOT    2   O
    3   the        the        DET    DT   det     4   O
    4   issues     issue      NOUN   NNS  dobj    2   O
    5   raised     raise      VERB   VBN  acl     4   O
    6   in         in         ADP    IN   prep    5   O
    7   the        the        DET    DT   det     8   O
    8   report     report     NOUN   NN   pobj    6   O
    9   very       very       ADV    RB   advmod  10  O
    10  seriously  seriously  ADV    RB   advmod  5   O
    11  .          .          PUNCT  .    punct   2   O
""",
    "France took issue with the German proposal.": r"""
    0  France    France    PROPN  NNP  nsubj  1  B-GPE
    1  took      take      VERB   VBD  ROOT   1  O
    2  issue     issue     NOUN   NN   dobj   1  O
    3  with      with      ADP    IN   prep   1  O
    4  the       the       DET    DT   det    6  O
    5  German    german    ADJ    JJ   amod   6  B-NORP
    6  proposal  proposal  NOUN   NN   pobj   3  O
    7  .         .         PUNCT  .    punct  1  O
""",
    'The detainee said: "I hope that the government will scrap the law and release me."': r"""
    0   The         the         DET    DT   det    1   O
    1   detainee    detainee    NOUN   NN   nsubj  2   O
    2   said        say         VERB   VBD  ROOT   2   O
    3   :           :           PUNCT  :    punct  2   O
    4   "           "           PUNCT  ``   punct  2   O
    5   I           I           PRON   PRP  nsubj  6   O
    6   hope        hope        VERB   VBP  ccomp  2   O
    7   that        that        SCONJ  IN   mark   11  O
    8   the         the         DET    DT   det    9   O
    9   government  government  NOUN   NN   nsubj  11  O
    10  will        will        AUX    MD   aux    11  O
    11  scrap       scrap       VERB   VB   ccomp  6   O
    12  the         the         DET    DT   det    13  O
    13  law         law         NOUN   NN   dobj   11  O
    14  and         and         CCONJ  CC   cc     11  O
    15  release     release     VERB   VB   conj   11  O
    16  me          I           PRON   PRP  dobj   15  O
    17  .           .           PUNCT  .    punct  2   O
    18  "           "           PUNCT  ''   punct  2   O
""",
    "The French president's trip is designed to show how Britain wants to make Africa a priority.": r"""
    0   The        the        DET    DT   det        2   O
    1   French     french     ADJ    JJ   amod       2   B-NORP
    2   president  president  NOUN   NN   poss       4   O
    3   's         's         PART   POS  case       2   O
    4   trip       trip       NOUN   NN   nsubjpass  6   O
    5   is         be         AUX    VBZ  auxpass    6   O
    6   designed   design     VERB   VBN  ROOT       6   O
    7   to         to         PART   TO   aux        8   O
    8   show       show       VERB   VB   xcomp      6   O
    9   how        how        SCONJ  WRB  advmod     11  O
    10  Britain    Britain    PROPN  NNP  nsubj      11  B-GPE
    11  wants      want       VERB   VBZ  ccomp      8   O
    12  to         to         PART   TO   aux        13  O
    13  make       make       VERB   VB   xcomp      11  O
    14  Africa     Africa     PROPN  NNP  nsubj      16  B-LOC
    15  a          a          DET    DT   det        16  O
    16  priority   priority   NOUN   NN   ccomp      13  O
    17  .          .          PUNCT  .    punct      6   O
""",
    "The Liberal Democrats will gear up for the campaign.": r"""
    0  The        the        DET    DT    det    2  O
    1  Liberal    Liberal    PROPN  NNP   amod   2  O
    2  Democrats  Democrats  PROPN  NNPS  nsubj  4  B-NORP
    3  will       will       AUX    MD    aux    4  O
    4  gear       gear       VERB   VB    ROOT   4  O
    5  up         up         ADP    RP    prt    4  O
    6  for        for        ADP    IN    prep   4  O
    7  the        the        DET    DT    det    8  O
    8  campaign   campaign   NOUN   NN    pobj   6  O
    9  .          .          PUNCT  .     punct  4  O
""",
    "The minister confirmed support for the new law.": r"""
    0  The        the       DET    DT   det    1  O
    1  minister   minister  NOUN   NN   nsubj  2  O
    2  confirmed  confirm   VERB   VBD  ROOT   2  O
    3  support    support   NOUN   NN   dobj   2  O
    4  for        for       ADP    IN   prep   3  O
    5  the        the       DET    DT   det    7  O
    6  new        new       ADJ    JJ   amod   7  O
    7  law        law       NOUN   NN   pobj   4  O
    8  .          .         PUNCT  .    punct  2  O
""",
    "Germany proposed a freeze on debt repayments.": r"""
    0  Germany     Germany    PROPN  NNP  nsubj     1  B-GPE
    1  proposed    propose    VERB   VBD  ROOT      1  O
    2  a           a          DET    DT   det       3  O
    3  freeze      freeze     NOUN   NN   dobj      1  O
    4  on          on         ADP    IN   prep      3  O
    5  debt        debt       NOUN   NN   compound  6  O
    6  repayments  repayment  NOUN   NNS  pobj      4  O
    7  .           .          PUNCT  .    punct     1  O
""",
    "The French minister confirmed his support for Germany.": r"""
    0  The        the       DET    DT    det    2  O
    1  French     french    ADJ    JJ    amod   2  B-NORP
    2  minister   minister  NOUN   NN    nsubj  3  O
    3  confirmed  confirm   VERB   VBD   ROOT   3  O
    4  his        his       PRON   PRP$  poss   5  O
    5  support    support   NOUN   NN    dobj   3  O
    6  for        for       ADP    IN    prep   5  O
    7  Germany    Germany   PROPN  NNP   pobj   6  B-GPE
    8  .          .         PUNCT  .     punct  3  O
""",
    "The EU has yet to impose sanctions on Iran.": r"""
    0  The        the       DET    DT   det     1  O
    1  EU         EU        PROPN  NNP  nsubj   2  B-ORG
    2  has        have      VERB   VBZ  ROOT    2  O
    3  yet        yet       ADV    RB   advmod  2  O
    4  to         to        PART   TO   aux     5  O
    5  impose     impose    VERB   VB   xcomp   2  O
    6  sanctions  sanction  NOUN   NNS  dobj    5  O
    7  on         on        ADP    IN   prep    5  O
    8  Iran       Iran      PROPN  NNP  pobj    7  B-GPE
    9  .          .         PUNCT  .    punct   2  O
""",
    "The Tories plan to increase spending on schools.": r"""
    0  The       the       DET    DT    det    1  O
    1  Tories    Tories    PROPN  NNPS  nsubj  2  B-NORP
    2  plan      plan      VERB   VBP   ROOT   2  O
    3  to        to        PART   TO    aux    4  O
    4  increase  increase  VERB   VB    xcomp  2  O
    5  spending  spending  NOUN   NN    dobj   4  O
    6  on        on        ADP    IN    prep   5  O
    7  schools   school    NOUN   NNS   pobj   6  O
    8  .         .         PUNCT  .     punct  2  O
""",
    "China boosted military spending by 7%.": r"""
    0  China     China     PROPN  NNP  nsubj   1  B-GPE
    1  boosted   boost     VERB   VBD  ROOT    1  O
    2  military  military  ADJ    JJ   amod    3  O
    3  spending  spending  NOUN   NN   dobj    1  O
    4  by        by        ADP    IN   prep    1  O
    5  7         7         NUM    CD   nummod  6  B-PERCENT
    6  %         %         NOUN   NN   pobj    4  I-PERCENT
    7  .         .         PUNCT  .    punct   1  O
""",
    "The war of words over sanctions between Britain and Russia deepened.": r"""
    0   The        the       DET    DT   det    1   O
    1   war        war       NOUN   NN   nsubj  10  O
    2   of         of        ADP    IN   prep   1   O
    3   words      word      NOUN   NNS  pobj   2   O
    4   over       over      ADP    IN   prep   3   O
    5   sanctions  sanction  NOUN   NNS  pobj   4   O
    6   between    between   ADP    IN   prep   5   O
    7   Britain    Britain   PROPN  NNP  pobj   6   B-GPE
    8   and        and       CCONJ  CC   cc     7   O
    9   Russia     Russia    PROPN  NNP  conj   7   B-GPE
    10  deepened   deepen    VERB   VBD  ROOT   10  O
    11  .          .         PUNCT  .    punct  10  O
""",
    "The minister told a parliamentary inquiry that the plan was legal.": r"""
    0   The            the            DET    DT   det    1  O
    1   minister       minister       NOUN   NN   nsubj  2  O
    2   told           tell           VERB   VBD  ROOT   2  O
    3   a              a              DET    DT   det    5  O
    4   parliamentary  parliamentary  ADJ    JJ   amod   5  O
    5   inquiry        inquiry        NOUN   NN   dobj   2  O
    6   that           that           SCONJ  IN   mark   9  O
    7   the            the            DET    DT   det    8  O
    8   plan           plan           NOUN   NN   nsubj  9  O
    9   was            be             AUX    VBD  ccomp  2  O
    10  legal          legal          ADJ    JJ   acomp  9  O
    11  .              .              PUNCT  .    punct  2  O
""",
    "Faced with criticism from Germany, the French government suspended its plan.": r"""
    0   Faced       face        VERB   VBN   advcl  9   O
    1   with        with        ADP    IN    prep   0   O
    2   criticism   criticism   NOUN   NN    pobj   1   O
    3   from        from        ADP    IN    prep   2   O
    4   Germany     Germany     PROPN  NNP   pobj   3   B-GPE
    5   ,           ,           PUNCT  ,     punct  9   O
    6   the         the         DET    DT    det    8   O
    7   French      french      ADJ    JJ    amod   8   B-NORP
    8   government  government  NOUN   NN    nsubj  9   O
    9   suspended   suspend     VERB   VBD   ROOT   9   O
    10  its         its         PRON   PRP$  poss   11  O
    11  plan        plan        NOUN   NN    dobj   9   O
    12  .           .           PUNCT  .     punct  9   O
""",
    "Faced with Germany's criticism, the French government dropped the plan.": r"""
    0   Faced       face        VERB   VBN  advcl  9   O
    1   with        with        ADP    IN   prep   0   O
    2   Germany     Germany     PROPN  NNP  poss   4   B-GPE
    3   's          's          PART   POS  case   2   O
    4   criticism   criticism   NOUN   NN   pobj   1   O
    5   ,           ,           PUNCT  ,    punct  9   O
    6   the         the         DET    DT   det    8   O
    7   French      french      ADJ    JJ   amod   8   B-NORP
    8   government  government  NOUN   NN   nsubj  9   O
    9   dropped     drop        VERB   VBD  ROOT   9   O
    10  the         the         DET    DT   det    11  O
    11  plan        plan        NOUN   NN   dobj   9   O
    12  .           .           PUNCT  .    punct  9   O
""",
    "The ministry destroyed thousands of old files last year.": r"""
    0  The        the       DET    DT   det       1  O
    1  ministry   ministry  NOUN   NN   nsubj     2  O
    2  destroyed  destroy   VERB   VBD  ROOT      2  O
    3  thousands  thousand  NOUN   NNS  dobj      2  B-CARDINAL
    4  of         of        ADP    IN   prep      3  O
    5  old        old       ADJ    JJ   amod      6  O
    6  files      file      NOUN   NNS  pobj      4  O
    7  last       last      ADJ    JJ   amod      8  B-DATE
    8  year       year      NOUN   NN   npadvmod  2  I-DATE
    9  .          .         PUNCT  .    punct     2  O
""",
    "The Labour Party withdrew the advert after complaints.": r"""
    0  The         the        DET    DT   det       2  B-ORG
    1  Labour      Labour     PROPN  NNP  compound  2  I-ORG
    2  Party       Party      PROPN  NNP  nsubj     3  I-ORG
    3  withdrew    withdraw   VERB   VBD  ROOT      3  O
    4  the         the        DET    DT   det       5  O
    5  advert      advert     NOUN   NN   dobj      3  O
    6  after       after      ADP    IN   prep      3  O
    7  complaints  complaint  NOUN   NNS  pobj      6  O
    8  .           .          PUNCT  .    punct     3  O
""",
    "The health secretary is to stand down at the election.": r"""
    0   The        the        DET    DT   det       2  O
    1   health     health     NOUN   NN   compound  2  O
    2   secretary  secretary  NOUN   NN   nsubj     3  O
    3   is         be         AUX    VBZ  ROOT      3  O
    4   to         to         PART   TO   aux       5  O
    5   stand      stand      VERB   VB   xcomp     3  O
    6   down       down       ADP    RP   prt       5  O
    7   at         at         ADP    IN   prep      5  O
    8   the        the        DET    DT   det       9  O
    9   election   election   NOUN   NN   pobj      7  O
    10  .          .          PUNCT  .    punct     3  O
""",
    "The council fought the new housing rules in court.": r"""
    0  The      the      DET    DT   det       1  O
    1  council  council  NOUN   NN   nsubj     2  O
    2  fought   fight    VERB   VBD  ROOT      2  O
    3  the      the      DET    DT   det       6  O
    4  new      new      ADJ    JJ   amod      6  O
    5  housing  housing  NOUN   NN   compound  6  O
    6  rules    rule     NOUN   NNS  dobj      2  O
    7  in       in       ADP    IN   prep      2  O
    8  court    court    NOUN   NN   pobj      7  O
    9  .        .        PUNCT  .    punct     2  O
""",
    "Russia withdrew its troops from Georgia.": r"""
    0  Russia    Russia    PROPN  NNP   nsubj  1  B-GPE
    1  withdrew  withdraw  VERB   VBD   ROOT   1  O
    2  its       its       PRON   PRP$  poss   3  O
    3  troops    troop     NOUN   NNS   dobj   1  O
    4  from      from      ADP    IN    prep   1  O
    5  Georgia   Georgia   PROPN  NNP   pobj   4  B-GPE
    6  .         .         PUNCT  .     punct  1  O
""",
    "The opposition leader surrendered to the Venezuelan authorities.": r"""
    0  The          the         DET    DT   det       2  O
    1  opposition   opposition  NOUN   NN   compound  2  O
    2  leader       leader      NOUN   NN   nsubj     3  O
    3  surrendered  surrender   VERB   VBD  ROOT      3  O
    4  to           to          ADP    IN   prep      3  O
    5  the          the         DET    DT   det       7  O
    6  Venezuelan   venezuelan  ADJ    JJ   amod      7  B-NORP
    7  authorities  authority   NOUN   NNS  pobj      4  O
    8  .            .           PUNCT  .    punct     3  O
""",
    "Gunmen killed dozens of civilians in Kano.": r"""
    0  Gunmen     gunman    NOUN   NNS  nsubj  1  O
    1  killed     kill      VERB   VBD  ROOT   1  O
    2  dozens     dozen     NOUN   NNS  dobj   1  B-CARDINAL
    3  of         of        ADP    IN   prep   2  O
    4  civilians  civilian  NOUN   NNS  pobj   3  O
    5  in         in        ADP    IN   prep   1  O
    6  Kano       Kano      PROPN  NNP  pobj   5  B-GPE
    7  .          .         PUNCT  .    punct  1  O
""",
    "The bill received a first reading in Parliament.": r"""
    0  The         the         DET    DT   det    1  O
    1  bill        bill        NOUN   NN   nsubj  2  O
    2  received    receive     VERB   VBD  ROOT   2  O
    3  a           a           DET    DT   det    5  O
    4  first       first       ADJ    JJ   amod   5  B-ORDINAL
    5  reading     reading     NOUN   NN   dobj   2  O
    6  in          in          ADP    IN   prep   5  O
    7  Parliament  Parliament  PROPN  NNP  pobj   6  B-ORG
    8  .           .           PUNCT  .    punct  2  O
""",
    "Putin received the Indian prime minister in Moscow.": r"""
    0  Putin     Putin     PROPN  NNP  nsubj  1  B-PERSON
    1  received  receive   VERB   VBD  ROOT   1  O
    2  the       the       DET    DT   det    5  O
    3  Indian    indian    ADJ    JJ   amod   5  B-NORP
    4  prime     prime     ADJ    JJ   amod   5  O
    5  minister  minister  NOUN   NN   dobj   1  O
    6  in        in        ADP    IN   prep   5  O
    7  Moscow    Moscow    PROPN  NNP  pobj   6  B-GPE
    8  .         .         PUNCT  .    punct  1  O
""",
    "The French president talked about the German election.": r"""
    0  The        the        DET    DT   det    2  O
    1  French     french     ADJ    JJ   amod   2  B-NORP
    2  president  president  NOUN   NN   nsubj  3  O
    3  talked     talk       VERB   VBD  ROOT   3  O
    4  about      about      ADP    IN   prep   3  O
    5  the        the        DET    DT   det    7  O
    6  German     german     ADJ    JJ   amod   7  B-NORP
    7  election   election   NOUN   NN   pobj   4  O
    8  .          .          PUNCT  .    punct  3  O
""",
    "The French president talked with Merkel about Iran.": r"""
    0  The        the        DET    DT   det    2  O
    1  French     french     ADJ    JJ   amod   2  B-NORP
    2  president  president  NOUN   NN   nsubj  3  O
    3  talked     talk       VERB   VBD  ROOT   3  O
    4  with       with       ADP    IN   prep   3  O
    5  Merkel     Merkel     PROPN  NNP  pobj   4  B-PERSON
    6  about      about      ADP    IN   prep   5  O
    7  Iran       Iran       PROPN  NNP  pobj   6  B-GPE
    8  .          .          PUNCT  .    punct  3  O
""",
    # en_core_web_sm 3.8.0
    "The attorney general warned Mr Blair that the war could be illegal.": r"""
    0   The       the       DET    DT   det       2   O
    1   attorney  attorney  NOUN   NN   compound  2   O
    2   general   general   NOUN   NN   nsubj     3   O
    3   warned    warn      VERB   VBD  ROOT      3   O
    4   Mr        Mr        PROPN  NNP  compound  5   B-PERSON
    5   Blair     Blair     PROPN  NNP  dobj      3   I-PERSON
    6   that      that      SCONJ  IN   mark      10  O
    7   the       the       DET    DT   det       8   O
    8   war       war       NOUN   NN   nsubj     10  O
    9   could     could     AUX    MD   aux       10  O
    10  be        be        AUX    VB   ccomp     3   O
    11  illegal   illegal   ADJ    JJ   acomp     10  O
    12  .         .         PUNCT  .    punct     3   O
""",
    "Russia warned Ukraine that it would respond.": r"""
    0  Russia   Russia   PROPN  NNP  nsubj  1  B-GPE
    1  warned   warn     VERB   VBD  ROOT   1  O
    2  Ukraine  Ukraine  PROPN  NNP  dobj   1  B-GPE
    3  that     that     SCONJ  IN   mark   6  O
    4  it       it       PRON   PRP  nsubj  6  O
    5  would    would    AUX    MD   aux    6  O
    6  respond  respond  VERB   VB   ccomp  1  O
    7  .        .        PUNCT  .    punct  1  O
""",
    "The US warned Iran that sanctions would follow.": r"""
    0  The        the       DET    DT   det    1  O
    1  US         US        PROPN  NNP  nsubj  2  B-GPE
    2  warned     warn      VERB   VBD  ROOT   2  O
    3  Iran       Iran      PROPN  NNP  dobj   2  B-GPE
    4  that       that      SCONJ  IN   mark   7  O
    5  sanctions  sanction  NOUN   NNS  nsubj  7  O
    6  would      would     AUX    MD   aux    7  O
    7  follow     follow    VERB   VB   ccomp  2  O
    8  .          .         PUNCT  .    punct  2  O
""",
    # en_core_web_sm 3.8.0
    "The law will allow the army to enter the region and detain suspects.": r"""
    0   The       the      DET    DT   det       1   O
    1   law       law      NOUN   NN   nsubj     3   O
    2   will      will     AUX    MD   aux       3   O
    3   allow     allow    VERB   VB   ROOT      3   O
    4   the       the      DET    DT   det       5   O
    5   army      army     NOUN   NN   nsubj     7   O
    6   to        to       PART   TO   aux       7   O
    7   enter     enter    VERB   VB   ccomp     3   O
    8   the       the      DET    DT   det       9   O
    9   region    region   NOUN   NN   dobj      7   O
    10  and       and      CCONJ  CC   cc        9   O
    11  detain    detain   NOUN   NN   compound  12  O
    12  suspects  suspect  NOUN   NNS  conj      9   O
    13  .         .        PUNCT  .    punct     3   O
""",
    # en_core_web_sm 3.8.0
    "The minister told a news conference in London that France was wrong.": r"""
    0   The         the         DET    DT   det       1   O
    1   minister    minister    NOUN   NN   nsubj     2   O
    2   told        tell        VERB   VBD  ROOT      2   O
    3   a           a           DET    DT   det       5   O
    4   news        news        NOUN   NN   compound  5   O
    5   conference  conference  NOUN   NN   dobj      2   O
    6   in          in          ADP    IN   prep      5   O
    7   London      London      PROPN  NNP  pobj      6   B-GPE
    8   that        that        SCONJ  IN   mark      10  O
    9   France      France      PROPN  NNP  nsubj     10  B-GPE
    10  was         be          AUX    VBD  ccomp     2   O
    11  wrong       wrong       ADJ    JJ   acomp     10  O
    12  .           .           PUNCT  .    punct     2   O
""",
    "The French president held a news conference in Paris.": r"""
    0  The         the         DET    DT   det       2  O
    1  French      french      ADJ    JJ   amod      2  B-NORP
    2  president   president   NOUN   NN   nsubj     3  O
    3  held        hold        VERB   VBD  ROOT      3  O
    4  a           a           DET    DT   det       6  O
    5  news        news        NOUN   NN   compound  6  O
    6  conference  conference  NOUN   NN   dobj      3  O
    7  in          in          ADP    IN   prep      6  O
    8  Paris       Paris       PROPN  NNP  pobj      7  B-GPE
    9  .           .           PUNCT  .    punct     3  O
""",
    "The former aide is returning to advise the party on media strategy.": r"""
    0   The        the       DET    DT   det       2   O
    1   former     former    ADJ    JJ   amod      2   O
    2   aide       aide      NOUN   NN   nsubj     4   O
    3   is         be        AUX    VBZ  aux       4   O
    4   returning  return    VERB   VBG  ROOT      4   O
    5   to         to        PART   TO   aux       6   O
    6   advise     advise    VERB   VB   xcomp     4   O
    7   the        the       DET    DT   det       8   O
    8   party      party     NOUN   NN   dobj      6   O
    9   on         on        ADP    IN   prep      6   O
    10  media      media     NOUN   NN   compound  11  O
    11  strategy   strategy  NOUN   NN   pobj      9   O
    12  .          .         PUNCT  .    punct     4   O
""",
    "The US advised Britain to withdraw its troops.": r"""
    0  The       the       DET    DT    det    1  O
    1  US        US        PROPN  NNP   nsubj  2  B-GPE
    2  advised   advise    VERB   VBD   ROOT   2  O
    3  Britain   Britain   PROPN  NNP   dobj   2  B-GPE
    4  to        to        PART   TO    aux    5  O
    5  withdraw  withdraw  VERB   VB    xcomp  2  O
    6  its       its       PRON   PRP$  poss   7  O
    7  troops    troop     NOUN   NNS   dobj   5  O
    8  .         .         PUNCT  .     punct  2  O
""",
    # en_core_web_sm 3.8.0
    "It is vital that Britain sends troops to Iraq.": r"""
    0  It       it       PRON   PRP  nsubj  1  O
    1  is       be       AUX    VBZ  ROOT   1  O
    2  vital    vital    ADJ    JJ   acomp  1  O
    3  that     that     SCONJ  IN   mark   5  O
    4  Britain  Britain  PROPN  NNP  nsubj  5  B-GPE
    5  sends    send     VERB   VBZ  ccomp  1  O
    6  troops   troop    NOUN   NNS  dobj   5  O
    7  to       to       ADP    IN   prep   5  O
    8  Iraq     Iraq     PROPN  NNP  pobj   7  B-GPE
    9  .        .        PUNCT  .    punct  1  O
""",
    "It is clear that Russia attacked Ukraine.": r"""
    0  It        it       PRON   PRP  nsubj  1  O
    1  is        be       AUX    VBZ  ROOT   1  O
    2  clear     clear    ADJ    JJ   acomp  1  O
    3  that      that     SCONJ  IN   mark   5  O
    4  Russia    Russia   PROPN  NNP  nsubj  5  B-GPE
    5  attacked  attack   VERB   VBD  ccomp  1  O
    6  Ukraine   Ukraine  PROPN  NNP  dobj   5  B-GPE
    7  .         .        PUNCT  .    punct  1  O
""",
    # en_core_web_sm 3.8.0
    "The new law allows the police to detain suspects for 28 days.": r"""
    0   The       the      DET    DT   det     2   O
    1   new       new      ADJ    JJ   amod    2   O
    2   law       law      NOUN   NN   nsubj   3   O
    3   allows    allow    VERB   VBZ  ROOT    3   O
    4   the       the      DET    DT   det     5   O
    5   police    police   NOUN   NNS  nsubj   7   O
    6   to        to       PART   TO   aux     7   O
    7   detain    detain   VERB   VB   ccomp   3   O
    8   suspects  suspect  NOUN   NNS  dobj    7   O
    9   for       for      ADP    IN   prep    7   O
    10  28        28       NUM    CD   nummod  11  B-DATE
    11  days      day      NOUN   NNS  pobj    9   I-DATE
    12  .         .        PUNCT  .    punct   3   O
""",
    "The UN authorised member states to use force against Libya.": r"""
    0   The         the        DET    DT   det       1  O
    1   UN          UN         PROPN  NNP  nsubj     2  B-ORG
    2   authorised  authorise  VERB   VBD  ROOT      2  O
    3   member      member     NOUN   NN   compound  4  O
    4   states      state      NOUN   NNS  dobj      2  O
    5   to          to         PART   TO   aux       6  O
    6   use         use        VERB   VB   xcomp     2  O
    7   force       force      NOUN   NN   dobj      6  O
    8   against     against    ADP    IN   prep      6  O
    9   Libya       Libya      PROPN  NNP  pobj      8  B-GPE
    10  .           .          PUNCT  .    punct     2  O
""",
    # en_core_web_sm 3.8.0
    "A British MP attacked France's farm subsidies.": r"""
    0  A          a        DET    DT   det       2  O
    1  British    british  ADJ    JJ   amod      2  B-NORP
    2  MP         MP       PROPN  NNP  nsubj     3  O
    3  attacked   attack   VERB   VBD  ROOT      3  O
    4  France     France   PROPN  NNP  poss      7  B-GPE
    5  's         's       PART   POS  case      4  O
    6  farm       farm     NOUN   NN   compound  7  O
    7  subsidies  subsidy  NOUN   NNS  dobj      3  O
    8  .          .        PUNCT  .    punct     3  O
""",
    "The British MP hit back at China's claims.": r"""
    0  The      the      DET    DT   det       2  O
    1  British  british  ADJ    JJ   compound  2  B-NORP
    2  MP       MP       PROPN  NNP  nsubj     3  O
    3  hit      hit      VERB   VBD  ROOT      3  O
    4  back     back     ADV    RB   advmod    3  O
    5  at       at       ADP    IN   prep      3  O
    6  China    China    PROPN  NNP  poss      8  B-GPE
    7  's       's       PART   POS  case      6  O
    8  claims   claim    NOUN   NNS  pobj      5  O
    9  .        .        PUNCT  .    punct     3  O
""",
    "Ivorian protesters attacked the French embassy.": r"""
    0  Ivorian     ivorian    ADJ    JJ   amod   1  B-NORP
    1  protesters  protester  NOUN   NNS  nsubj  2  O
    2  attacked    attack     VERB   VBD  ROOT   2  O
    3  the         the        DET    DT   det    5  O
    4  French      french     ADJ    JJ   amod   5  B-NORP
    5  embassy     embassy    NOUN   NN   dobj   2  O
    6  .           .          PUNCT  .    punct  2  O
""",
    # en_core_web_sm 3.8.0
    "The minister agreed it was a serious problem.": r"""
    0  The       the       DET    DT   det    1  O
    1  minister  minister  NOUN   NN   nsubj  2  O
    2  agreed    agree     VERB   VBD  ROOT   2  O
    3  it        it        PRON   PRP  nsubj  4  O
    4  was       be        AUX    VBD  ccomp  2  O
    5  a         a         DET    DT   det    7  O
    6  serious   serious   ADJ    JJ   amod   7  O
    7  problem   problem   NOUN   NN   attr   4  O
    8  .         .         PUNCT  .    punct  2  O
""",
    "Mr Smith agreed and said the figures were wrong.": r"""
    0  Mr       Mr      PROPN  NNP  compound  1  O
    1  Smith    Smith   PROPN  NNP  nsubj     2  B-PERSON
    2  agreed   agree   VERB   VBD  ROOT      2  O
    3  and      and     CCONJ  CC   cc        2  O
    4  said     say     VERB   VBD  conj      2  O
    5  the      the     DET    DT   det       6  O
    6  figures  figure  NOUN   NNS  nsubj     7  O
    7  were     be      AUX    VBD  ccomp     4  O
    8  wrong    wrong   ADJ    JJ   acomp     7  O
    9  .        .       PUNCT  .    punct     2  O
""",
    "Iran and the EU agreed that talks would resume in May.": r"""
    0   Iran    Iran    PROPN  NNP  nsubj  4  B-GPE
    1   and     and     CCONJ  CC   cc     0  O
    2   the     the     DET    DT   det    3  O
    3   EU      EU      PROPN  NNP  conj   0  B-ORG
    4   agreed  agree   VERB   VBD  ROOT   4  O
    5   that    that    SCONJ  IN   mark   8  O
    6   talks   talk    NOUN   NNS  nsubj  8  O
    7   would   would   AUX    MD   aux    8  O
    8   resume  resume  VERB   VB   ccomp  4  O
    9   in      in      ADP    IN   prep   8  O
    10  May     May     PROPN  NNP  pobj   9  B-DATE
    11  .       .       PUNCT  .    punct  4  O
""",
    # en_core_web_sm 3.8.0
    "The chief justice clashed with ministers over the appointments.": r"""
    0  The           the          DET    DT   det    2  O
    1  chief         chief        ADJ    JJ   amod   2  O
    2  justice       justice      NOUN   NN   nsubj  3  O
    3  clashed       clash        VERB   VBD  ROOT   3  O
    4  with          with         ADP    IN   prep   3  O
    5  ministers     minister     NOUN   NNS  pobj   4  O
    6  over          over         ADP    IN   prep   5  O
    7  the           the          DET    DT   det    8  O
    8  appointments  appointment  NOUN   NNS  pobj   6  O
    9  .             .            PUNCT  .    punct  3  O
""",
    "The Syrian government attacked rebel positions near Aleppo.": r"""
    0  The         the         DET    DT   det       2  O
    1  Syrian      syrian      ADJ    JJ   amod      2  B-NORP
    2  government  government  NOUN   NN   nsubj     3  O
    3  attacked    attack      VERB   VBD  ROOT      3  O
    4  rebel       rebel       NOUN   NN   compound  5  O
    5  positions   position    NOUN   NNS  dobj      3  O
    6  near        near        ADP    IN   prep      3  O
    7  Aleppo      Aleppo      PROPN  NNP  pobj      6  B-GPE
    8  .           .           PUNCT  .    punct     3  O
""",
    '"Is this a propaganda exercise?" the British minister asked.': r"""
    0   "           "           PUNCT  ``   punct     1   O
    1   Is          be          AUX    VBZ  ROOT      1   O
    2   this        this        PRON   DT   nsubj     1   O
    3   a           a           DET    DT   det       5   O
    4   propaganda  propaganda  NOUN   NN   compound  5   O
    5   exercise    exercise    NOUN   NN   attr      1   O
    6   ?           ?           PUNCT  .    punct     1   O
    7   "           "           PUNCT  ''   punct     1   O
    8   the         the         DET    DT   det       10  O
    9   British     british     ADJ    JJ   amod      10  B-NORP
    10  minister    minister    NOUN   NN   nsubj     11  O
    11  asked       ask         VERB   VBD  ROOT      11  O
    12  .           .           PUNCT  .    punct     11  O
""",
    "Iran warned the US not to interfere.": r"""
    0  Iran       Iran       PROPN  NNP  nsubj  1  B-GPE
    1  warned     warn       VERB   VBD  ROOT   1  O
    2  the        the        DET    DT   det    3  O
    3  US         US         PROPN  NNP  dobj   1  B-GPE
    4  not        not        PART   RB   neg    6  O
    5  to         to         PART   TO   aux    6  O
    6  interfere  interfere  VERB   VB   xcomp  1  O
    7  .          .          PUNCT  .    punct  1  O
""",
    "I have been warning for months that this would happen and raised it with France, the German minister said.": r"""
    0   I         I         PRON   PRP  nsubj  3   O
    1   have      have      AUX    VBP  aux    3   O
    2   been      be        AUX    VBN  aux    3   O
    3   warning   warn      VERB   VBG  ccomp  19  O
    4   for       for       ADP    IN   prep   3   O
    5   months    month     NOUN   NNS  pobj   4   B-DATE
    6   that      that      SCONJ  IN   mark   9   O
    7   this      this      PRON   DT   nsubj  9   O
    8   would     would     AUX    MD   aux    9   O
    9   happen    happen    VERB   VB   ccomp  3   O
    10  and       and       CCONJ  CC   cc     9   O
    11  raised    raise     VERB   VBD  conj   9   O
    12  it        it        PRON   PRP  dobj   11  O
    13  with      with      ADP    IN   prep   11  O
    14  France    France    PROPN  NNP  pobj   13  B-GPE
    15  ,         ,         PUNCT  ,    punct  19  O
    16  the       the       DET    DT   det    18  O
    17  German    german    ADJ    JJ   amod   18  B-NORP
    18  minister  minister  NOUN   NN   nsubj  19  O
    19  said      say       VERB   VBD  ROOT   19  O
    20  .         .         PUNCT  .    punct  19  O
""",
    "The police said they would help fight terror.": r"""
    0  The     the     DET    DT   det    1  O
    1  police  police  NOUN   NNS  nsubj  2  O
    2  said    say     VERB   VBD  ROOT   2  O
    3  they    they    PRON   PRP  nsubj  5  O
    4  would   would   AUX    MD   aux    5  O
    5  help    help    VERB   VB   ccomp  2  O
    6  fight   fight   VERB   VB   xcomp  5  O
    7  terror  terror  NOUN   NN   dobj   6  O
    8  .       .       PUNCT  .    punct  2  O
""",
    "Greece has asked NATO to help patrol its airspace.": r"""
    0  Greece    Greece    PROPN  NNP   nsubj  2  B-GPE
    1  has       have      AUX    VBZ   aux    2  O
    2  asked     ask       VERB   VBN   ROOT   2  O
    3  NATO      NATO      PROPN  NNP   dobj   2  B-ORG
    4  to        to        PART   TO    aux    5  O
    5  help      help      VERB   VB    xcomp  2  O
    6  patrol    patrol    VERB   VB    xcomp  5  O
    7  its       its       PRON   PRP$  poss   8  O
    8  airspace  airspace  NOUN   NN    dobj   6  O
    9  .         .         PUNCT  .     punct  2  O
""",
    "Britain would be able to reject proposals it did not agree with.": r"""
    0   Britain    Britain   PROPN  NNP  nsubj  2   B-GPE
    1   would      would     AUX    MD   aux    2   O
    2   be         be        AUX    VB   ROOT   2   O
    3   able       able      ADJ    JJ   acomp  2   O
    4   to         to        PART   TO   aux    5   O
    5   reject     reject    VERB   VB   xcomp  3   O
    6   proposals  proposal  NOUN   NNS  dobj   5   O
    7   it         it        PRON   PRP  nsubj  10  O
    8   did        do        AUX    VBD  aux    10  O
    9   not        not       PART   RB   neg    10  O
    10  agree      agree     VERB   VB   relcl  6   O
    11  with       with      ADP    IN   prep   10  O
    12  .          .         PUNCT  .    punct  2   O
""",
    "The French president is going to a concert.": r"""
    0  The        the        DET    DT   det    2  O
    1  French     french     ADJ    JJ   amod   2  B-NORP
    2  president  president  NOUN   NN   nsubj  4  O
    3  is         be         AUX    VBZ  aux    4  O
    4  going      go         VERB   VBG  ROOT   4  O
    5  to         to         ADP    IN   prep   4  O
    6  a          a          DET    DT   det    7  O
    7  concert    concert    NOUN   NN   pobj   5  O
    8  .          .          PUNCT  .    punct  4  O
""",
    "The French president went to Moscow.": r"""
    0  The        the        DET    DT   det    2  O
    1  French     french     ADJ    JJ   amod   2  B-NORP
    2  president  president  NOUN   NN   nsubj  3  O
    3  went       go         VERB   VBD  ROOT   3  O
    4  to         to         ADP    IN   prep   3  O
    5  Moscow     Moscow     PROPN  NNP  pobj   4  B-GPE
    6  .          .          PUNCT  .    punct  3  O
""",
    "Germany's chancellor asked whether the plan would work.": r"""
    0  Germany     Germany     PROPN  NNP  poss   2  B-GPE
    1  's          's          PART   POS  case   0  O
    2  chancellor  chancellor  NOUN   NN   nsubj  3  O
    3  asked       ask         VERB   VBD  ROOT   3  O
    4  whether     whether     SCONJ  IN   mark   8  O
    5  the         the         DET    DT   det    6  O
    6  plan        plan        NOUN   NN   nsubj  8  O
    7  would       would       AUX    MD   aux    8  O
    8  work        work        VERB   VB   ccomp  3  O
    9  .           .           PUNCT  .    punct  3  O
""",
    "Germany's chancellor asked that the plan be dropped.": r"""
    0  Germany     Germany     PROPN  NNP  poss       2  B-GPE
    1  's          's          PART   POS  case       0  O
    2  chancellor  chancellor  NOUN   NN   nsubj      3  O
    3  asked       ask         VERB   VBD  ROOT       3  O
    4  that        that        SCONJ  IN   mark       8  O
    5  the         the         DET    DT   det        6  O
    6  plan        plan        NOUN   NN   nsubjpass  8  O
    7  be          be          AUX    VB   auxpass    8  O
    8  dropped     drop        VERB   VBN  ccomp      3  O
    9  .           .           PUNCT  .    punct      3  O
""",
    "Britain pressed on with the reforms.": r"""
    0  Britain  Britain  PROPN  NNP  nsubj  1  B-GPE
    1  pressed  press    VERB   VBD  ROOT   1  O
    2  on       on       ADP    RP   prt    1  O
    3  with     with     ADP    IN   prep   1  O
    4  the      the      DET    DT   det    5  O
    5  reforms  reform   NOUN   NNS  pobj   3  O
    6  .        .        PUNCT  .    punct  1  O
""",
    'France called the new targets "impressive".': r"""
    0  France      France      PROPN  NNP  nsubj  1  B-GPE
    1  called      call        VERB   VBD  ROOT   1  O
    2  the         the         DET    DT   det    4  O
    3  new         new         ADJ    JJ   amod   4  O
    4  targets     target      NOUN   NNS  dobj   1  O
    5  "           "           PUNCT  ``   punct  6  O
    6  impressive  impressive  ADJ    JJ   oprd   1  O
    7  "           "           PUNCT  ''   punct  1  O
    8  .           .           PUNCT  .    punct  1  O
""",
    "Exports were declining, the German minister said.": r"""
    0  Exports    export    NOUN   NNS  nsubj  2  O
    1  were       be        AUX    VBD  aux    2  O
    2  declining  decline   VERB   VBG  ccomp  7  O
    3  ,          ,         PUNCT  ,    punct  7  O
    4  the        the       DET    DT   det    6  O
    5  German     german    ADJ    JJ   amod   6  B-NORP
    6  minister   minister  NOUN   NN   nsubj  7  O
    7  said       say       VERB   VBD  ROOT   7  O
    8  .          .         PUNCT  .    punct  7  O
""",
    "Britain called for the embargo to be lifted.": r"""
    0  Britain  Britain  PROPN  NNP  nsubj      1  B-GPE
    1  called   call     VERB   VBD  ROOT       1  O
    2  for      for      SCONJ  IN   mark       7  O
    3  the      the      DET    DT   det        4  O
    4  embargo  embargo  NOUN   NN   nsubjpass  7  O
    5  to       to       PART   TO   aux        7  O
    6  be       be       AUX    VB   auxpass    7  O
    7  lifted   lift     VERB   VBN  advcl      1  O
    8  .        .        PUNCT  .    punct      1  O
""",
    "The dispute could end, the French minister suggested.": r"""
    0  The        the       DET    DT   det    1  O
    1  dispute    dispute   NOUN   NN   nsubj  3  O
    2  could      could     AUX    MD   aux    3  O
    3  end        end       VERB   VB   ccomp  8  O
    4  ,          ,         PUNCT  ,    punct  8  O
    5  the        the       DET    DT   det    7  O
    6  French     french    ADJ    JJ   amod   7  B-NORP
    7  minister   minister  NOUN   NN   nsubj  8  O
    8  suggested  suggest   VERB   VBD  ROOT   8  O
    9  .          .         PUNCT  .    punct  8  O
""",
    "The Iraq war had hit trust in politicians hard.": r"""
    0  The          the         DET    DT   det       2  B-EVENT
    1  Iraq         Iraq        PROPN  NNP  compound  2  I-EVENT
    2  war          war         NOUN   NN   nsubj     4  I-EVENT
    3  had          have        AUX    VBD  aux       4  O
    4  hit          hit         VERB   VBN  ROOT      4  O
    5  trust        trust       NOUN   NN   dobj      4  O
    6  in           in          ADP    IN   prep      5  O
    7  politicians  politician  NOUN   NNS  pobj      6  O
    8  hard         hard        ADV    RB   advmod    4  O
    9  .            .           PUNCT  .    punct     4  O
""",
    "The UK took over the chairmanship of the EU in July.": r"""
    0   The           the           DET    DT   det    1  O
    1   UK            UK            PROPN  NNP  nsubj  2  B-GPE
    2   took          take          VERB   VBD  ROOT   2  O
    3   over          over          ADP    RP   prt    2  O
    4   the           the           DET    DT   det    5  O
    5   chairmanship  chairmanship  NOUN   NN   dobj   2  O
    6   of            of            ADP    IN   prep   5  O
    7   the           the           DET    DT   det    8  O
    8   EU            EU            PROPN  NNP  pobj   6  B-ORG
    9   in            in            ADP    IN   prep   2  O
    10  July          July          PROPN  NNP  pobj   9  B-DATE
    11  .             .             PUNCT  .    punct  2  O
""",
    "Farmers stormed a court building in Pretoria.": r"""
    0  Farmers   farmer    NOUN   NNS  nsubj     1  O
    1  stormed   storm     VERB   VBD  ROOT      1  O
    2  a         a         DET    DT   det       4  O
    3  court     court     NOUN   NN   compound  4  O
    4  building  building  NOUN   NN   dobj      1  O
    5  in        in        ADP    IN   prep      4  O
    6  Pretoria  Pretoria  PROPN  NNP  pobj      5  B-GPE
    7  .         .         PUNCT  .    punct     1  O
""",
    "Iran could attack Israel.": r"""
    0  Iran    Iran    PROPN  NNP  nsubj  2  B-GPE
    1  could   could   AUX    MD   aux    2  O
    2  attack  attack  VERB   VB   ROOT   2  O
    3  Israel  Israel  PROPN  NNP  dobj   2  B-GPE
    4  .       .       PUNCT  .    punct  2  O
""",
    "Iran bought rockets to attack Israel.": r"""
    0  Iran     Iran    PROPN  NNP  nsubj  1  B-GPE
    1  bought   buy     VERB   VBD  ROOT   1  O
    2  rockets  rocket  NOUN   NNS  dobj   1  O
    3  to       to      PART   TO   aux    4  O
    4  attack   attack  VERB   VB   xcomp  1  O
    5  Israel   Israel  PROPN  NNP  dobj   4  B-GPE
    6  .        .       PUNCT  .    punct  1  O
""",
    "Should Britain attack Iraq?": r"""
    0  Should   should   AUX    MD   aux    2  O
    1  Britain  Britain  PROPN  NNP  nsubj  2  B-GPE
    2  attack   attack   VERB   VB   ROOT   2  O
    3  Iraq     Iraq     PROPN  NNP  dobj   2  B-GPE
    4  ?        ?        PUNCT  .    punct  2  O
""",
    "Russia is expected to attack Ukraine.": r"""
    0  Russia    Russia   PROPN  NNP  nsubjpass  2  B-GPE
    1  is        be       AUX    VBZ  auxpass    2  O
    2  expected  expect   VERB   VBN  ROOT       2  O
    3  to        to       PART   TO   aux        4  O
    4  attack    attack   VERB   VB   xcomp      2  O
    5  Ukraine   Ukraine  PROPN  NNP  dobj       4  B-GPE
    6  .         .        PUNCT  .    punct      2  O
""",
    "Russia tried to seize the Ukrainian port.": r"""
    0  Russia     Russia     PROPN  NNP  nsubj  1  B-GPE
    1  tried      try        VERB   VBD  ROOT   1  O
    2  to         to         PART   TO   aux    3  O
    3  seize      seize      VERB   VB   xcomp  1  O
    4  the        the        DET    DT   det    6  O
    5  Ukrainian  ukrainian  ADJ    JJ   amod   6  B-NORP
    6  port       port       NOUN   NN   dobj   3  O
    7  .          .          PUNCT  .    punct  1  O
""",
    "The treaty will allow Russia to attack Georgia.": r"""
    0  The      the      DET    DT   det    1  O
    1  treaty   treaty   NOUN   NN   nsubj  3  O
    2  will     will     AUX    MD   aux    3  O
    3  allow    allow    VERB   VB   ROOT   3  O
    4  Russia   Russia   PROPN  NNP  nsubj  6  B-GPE
    5  to       to       PART   TO   aux    6  O
    6  attack   attack   VERB   VB   ccomp  3  O
    7  Georgia  Georgia  PROPN  NNP  dobj   6  B-GPE
    8  .        .        PUNCT  .    punct  3  O
""",
    "The decision did not mean abandoning Ukraine.": r"""
    0  The         the       DET    DT   det    1  O
    1  decision    decision  NOUN   NN   nsubj  4  O
    2  did         do        AUX    VBD  aux    4  O
    3  not         not       PART   RB   neg    4  O
    4  mean        mean      VERB   VB   ROOT   4  O
    5  abandoning  abandon   VERB   VBG  xcomp  4  O
    6  Ukraine     Ukraine   PROPN  NNP  dobj   5  B-GPE
    7  .           .         PUNCT  .    punct  4  O
""",
    "Trade talks were mentioned in the report.": r"""
    0  Trade      trade    NOUN   NN   compound   1  O
    1  talks      talk     NOUN   NNS  nsubjpass  3  O
    2  were       be       AUX    VBD  auxpass    3  O
    3  mentioned  mention  VERB   VBN  ROOT       3  O
    4  in         in       ADP    IN   prep       3  O
    5  the        the      DET    DT   det        6  O
    6  report     report   NOUN   NN   pobj       4  O
    7  .          .        PUNCT  .    punct      3  O
""",
    "The minister spoke at his party's conference.": r"""
    0  The         the         DET    DT    det    1  O
    1  minister    minister    NOUN   NN    nsubj  2  O
    2  spoke       speak       VERB   VBD   ROOT   2  O
    3  at          at          ADP    IN    prep   2  O
    4  his         his         PRON   PRP$  poss   5  O
    5  party       party       NOUN   NN    poss   7  O
    6  's          's          PART   POS   case   5  O
    7  conference  conference  NOUN   NN    pobj   3  O
    8  .           .           PUNCT  .     punct  2  O
""",
    "Despite US objections, the plan went ahead.": r"""
    0  Despite     despite    SCONJ  IN   prep      6  O
    1  US          US         PROPN  NNP  compound  2  B-GPE
    2  objections  objection  NOUN   NNS  pobj      0  O
    3  ,           ,          PUNCT  ,    punct     6  O
    4  the         the        DET    DT   det       5  O
    5  plan        plan       NOUN   NN   nsubj     6  O
    6  went        go         VERB   VBD  ROOT      6  O
    7  ahead       ahead      ADV    RB   advmod    6  O
    8  .           .          PUNCT  .    punct     6  O
""",
    "President Goodluck Jonathan called an emergency cabinet meeting.": r"""
    0  President  President  PROPN  NNP  compound  2  O
    1  Goodluck   Goodluck   PROPN  NNP  compound  2  B-PERSON
    2  Jonathan   Jonathan   PROPN  NNP  nsubj     3  I-PERSON
    3  called     call       VERB   VBD  ROOT      3  O
    4  an         an         DET    DT   det       7  O
    5  emergency  emergency  NOUN   NN   compound  7  O
    6  cabinet    cabinet    NOUN   NN   compound  7  O
    7  meeting    meeting    NOUN   NN   dobj      3  O
    8  .          .          PUNCT  .    punct     3  O
""",
    "The Tories hit back at the jibe.": r"""
    0  The     the     DET    DT    det     1  O
    1  Tories  Tories  PROPN  NNPS  nsubj   2  B-NORP
    2  hit     hit     VERB   VBD   ROOT    2  O
    3  back    back    ADV    RB    advmod  2  O
    4  at      at      ADP    IN    prep    2  O
    5  the     the     DET    DT    det     6  O
    6  jibe    jibe    NOUN   NN    pobj    4  O
    7  .       .       PUNCT  .     punct   2  O
""",
    "India and Russia held talks in Moscow.": r"""
    0  India   India   PROPN  NNP  nsubj  3  B-GPE
    1  and     and     CCONJ  CC   cc     0  O
    2  Russia  Russia  PROPN  NNP  conj   0  B-GPE
    3  held    hold    VERB   VBD  ROOT   3  O
    4  talks   talk    NOUN   NNS  dobj   3  O
    5  in      in      ADP    IN   prep   4  O
    6  Moscow  Moscow  PROPN  NNP  pobj   5  B-GPE
    7  .       .       PUNCT  .    punct  3  O
""",
    "China imposed sanctions on Japan.": r"""
    0  China      China     PROPN  NNP  nsubj  1  B-GPE
    1  imposed    impose    VERB   VBD  ROOT   1  O
    2  sanctions  sanction  NOUN   NNS  dobj   1  O
    3  on         on        ADP    IN   prep   2  O
    4  Japan      Japan     PROPN  NNP  pobj   3  B-GPE
    5  .          .         PUNCT  .    punct  1  O
""",
    "Russia was behind the attack on Ukraine.": r"""
    0  Russia   Russia   PROPN  NNP  nsubj  1  B-GPE
    1  was      be       AUX    VBD  ROOT   1  O
    2  behind   behind   ADP    IN   prep   1  O
    3  the      the      DET    DT   det    4  O
    4  attack   attack   NOUN   NN   pobj   2  O
    5  on       on       ADP    IN   prep   4  O
    6  Ukraine  Ukraine  PROPN  NNP  pobj   5  B-GPE
    7  .        .        PUNCT  .    punct  1  O
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
    "Russia attacked Ukraine.": r"""
    0  Russia    Russia   PROPN  NNP  nsubj  1  B-GPE
    1  attacked  attack   VERB   VBD  ROOT   1  O
    2  Ukraine   Ukraine  PROPN  NNP  dobj   1  B-GPE
    3  .         .        PUNCT  .    punct  1  O
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
    "Russia threatened that it could attack Ukraine.": r"""
    0  Russia      Russia    PROPN  NNP  nsubj  1  B-GPE
    1  threatened  threaten  VERB   VBD  ROOT   1  O
    2  that        that      SCONJ  IN   mark   5  O
    3  it          it        PRON   PRP  nsubj  5  O
    4  could       could     AUX    MD   aux    5  O
    5  attack      attack    VERB   VB   ccomp  1  O
    6  Ukraine     Ukraine   PROPN  NNP  dobj   5  B-GPE
    7  .           .         PUNCT  .    punct  1  O
""",
    "Israel drew sharp rebukes from Turkey over the raid.": r"""
    0  Israel   Israel  PROPN  NNP  nsubj  1  B-GPE
    1  drew     draw    VERB   VBD  ROOT   1  O
    2  sharp    sharp   ADJ    JJ   amod   3  O
    3  rebukes  rebuke  NOUN   NNS  dobj   1  O
    4  from     from    ADP    IN   prep   1  O
    5  Turkey   Turkey  PROPN  NNP  pobj   4  B-GPE
    6  over     over    ADP    IN   prep   1  O
    7  the      the     DET    DT   det    8  O
    8  raid     raid    NOUN   NN   pobj   6  O
    9  .        .       PUNCT  .    punct  1  O
""",
    "China is facing criticism from Japan over the islands.": r"""
    0  China      China      PROPN  NNP  nsubj  2  B-GPE
    1  is         be         AUX    VBZ  aux    2  O
    2  facing     face       VERB   VBG  ROOT   2  O
    3  criticism  criticism  NOUN   NN   dobj   2  O
    4  from       from       ADP    IN   prep   3  O
    5  Japan      Japan      PROPN  NNP  pobj   4  B-GPE
    6  over       over       ADP    IN   prep   3  O
    7  the        the        DET    DT   det    8  O
    8  islands    island     NOUN   NNS  pobj   6  O
    9  .          .          PUNCT  .    punct  2  O
""",
    "Germany called the change pragmatic.": r"""
    0  Germany    Germany    PROPN  NNP  nsubj  1  B-GPE
    1  called     call       VERB   VBD  ROOT   1  O
    2  the        the        DET    DT   det    3  O
    3  change     change     NOUN   NN   dobj   1  O
    4  pragmatic  pragmatic  ADJ    JJ   oprd   1  O
    5  .          .          PUNCT  .    punct  1  O
""",
    "The president called the report a hoax.": r"""
    0  The        the        DET    DT   det    1  O
    1  president  president  NOUN   NN   nsubj  2  O
    2  called     call       VERB   VBD  ROOT   2  O
    3  the        the        DET    DT   det    4  O
    4  report     report     NOUN   NN   dobj   2  O
    5  a          a          DET    DT   det    6  O
    6  hoax       hoax       NOUN   NN   oprd   2  O
    7  .          .          PUNCT  .    punct  2  O
""",
    "The minister has been accused of misleading parliament.": r"""
    0  The         the         DET    DT   det        1  O
    1  minister    minister    NOUN   NN   nsubjpass  4  O
    2  has         have        AUX    VBZ  aux        4  O
    3  been        be          AUX    VBN  auxpass    4  O
    4  accused     accuse      VERB   VBN  ROOT       4  O
    5  of          of          ADP    IN   prep       4  O
    6  misleading  mislead     VERB   VBG  pcomp      5  O
    7  parliament  parliament  NOUN   NN   dobj       6  O
    8  .           .           PUNCT  .    punct      4  O
""",
    "The conflict was the most pressing challenge, Britain warned.": r"""
    0   The        the        DET    DT   det     1  O
    1   conflict   conflict   NOUN   NN   nsubj   2  O
    2   was        be         AUX    VBD  ccomp   9  O
    3   the        the        DET    DT   det     6  O
    4   most       most       ADV    RBS  advmod  5  O
    5   pressing   pressing   ADJ    JJ   amod    6  O
    6   challenge  challenge  NOUN   NN   attr    2  O
    7   ,          ,          PUNCT  ,    punct   9  O
    8   Britain    Britain    PROPN  NNP  nsubj   9  B-GPE
    9   warned     warn       VERB   VBD  ROOT    9  O
    10  .          .          PUNCT  .    punct   9  O
""",
    "France warned Germany against pandering to populists.": r"""
    0  France     France    PROPN  NNP  nsubj  1  B-GPE
    1  warned     warn      VERB   VBD  ROOT   1  O
    2  Germany    Germany   PROPN  NNP  dobj   1  B-GPE
    3  against    against   ADP    IN   prep   1  O
    4  pandering  pander    VERB   VBG  pcomp  3  O
    5  to         to        ADP    IN   prep   4  O
    6  populists  populist  NOUN   NNS  pobj   5  O
    7  .          .         PUNCT  .    punct  1  O
""",
    "The German minister insisted on television that the plan would work.": r"""
    0   The         the         DET    DT   det    2   O
    1   German      german      ADJ    JJ   amod   2   B-NORP
    2   minister    minister    NOUN   NN   nsubj  3   O
    3   insisted    insist      VERB   VBD  ROOT   3   O
    4   on          on          ADP    IN   prep   3   O
    5   television  television  NOUN   NN   pobj   4   O
    6   that        that        SCONJ  IN   mark   10  O
    7   the         the         DET    DT   det    8   O
    8   plan        plan        NOUN   NN   nsubj  10  O
    9   would       would       AUX    MD   aux    10  O
    10  work        work        VERB   VB   ccomp  3   O
    11  .           .           PUNCT  .    punct  3   O
""",
    "The French president insisted there could be no deal but declined to say why.": r"""
    0   The        the        DET    DT   det     2   O
    1   French     french     ADJ    JJ   amod    2   B-NORP
    2   president  president  NOUN   NN   nsubj   3   O
    3   insisted   insist     VERB   VBD  ROOT    3   O
    4   there      there      PRON   EX   expl    6   O
    5   could      could      AUX    MD   aux     6   O
    6   be         be         AUX    VB   ccomp   3   O
    7   no         no         DET    DT   det     8   O
    8   deal       deal       NOUN   NN   attr    6   O
    9   but        but        CCONJ  CC   cc      3   O
    10  declined   decline    VERB   VBD  conj    3   O
    11  to         to         PART   TO   aux     12  O
    12  say        say        VERB   VB   xcomp   10  O
    13  why        why        SCONJ  WRB  advmod  12  O
    14  .          .          PUNCT  .    punct   3   O
""",
    "Iran warned the US against an attack on its nuclear sites.": r"""
    0   Iran     Iran     PROPN  NNP   nsubj  1   B-GPE
    1   warned   warn     VERB   VBD   ROOT   1   O
    2   the      the      DET    DT    det    3   O
    3   US       US       PROPN  NNP   dobj   1   B-GPE
    4   against  against  ADP    IN    prep   1   O
    5   an       an       DET    DT    det    6   O
    6   attack   attack   NOUN   NN    pobj   4   O
    7   on       on       ADP    IN    prep   6   O
    8   its      its      PRON   PRP$  poss   10  O
    9   nuclear  nuclear  ADJ    JJ    amod   10  O
    10  sites    site     NOUN   NNS   pobj   7   O
    11  .        .        PUNCT  .     punct  1   O
""",
    "The French minister recognised people's concerns about the plan.": r"""
    0   The         the        DET    DT   det    2  O
    1   French      french     ADJ    JJ   amod   2  B-NORP
    2   minister    minister   NOUN   NN   nsubj  3  O
    3   recognised  recognise  VERB   VBD  ROOT   3  O
    4   people      people     NOUN   NNS  poss   6  O
    5   's          's         PART   POS  case   4  O
    6   concerns    concern    NOUN   NNS  dobj   3  O
    7   about       about      ADP    IN   prep   6  O
    8   the         the        DET    DT   det    9  O
    9   plan        plan       NOUN   NN   pobj   7  O
    10  .           .          PUNCT  .    punct  3  O
""",
    "The French minister sought to draw a line under the row.": r"""
    0   The       the       DET    DT   det    2   O
    1   French    french    ADJ    JJ   amod   2   B-NORP
    2   minister  minister  NOUN   NN   nsubj  3   O
    3   sought    seek      VERB   VBD  ROOT   3   O
    4   to        to        PART   TO   aux    5   O
    5   draw      draw      VERB   VB   xcomp  3   O
    6   a         a         DET    DT   det    7   O
    7   line      line      NOUN   NN   dobj   5   O
    8   under     under     ADP    IN   prep   5   O
    9   the       the       DET    DT   det    10  O
    10  row       row       NOUN   NN   pobj   8   O
    11  .         .         PUNCT  .    punct  3   O
""",
    "France recognised the new government in Kabul.": r"""
    0  France      France      PROPN  NNP  nsubj  1  B-GPE
    1  recognised  recognise   VERB   VBD  ROOT   1  O
    2  the         the         DET    DT   det    4  O
    3  new         new         ADJ    JJ   amod   4  O
    4  government  government  NOUN   NN   dobj   1  O
    5  in          in          ADP    IN   prep   4  O
    6  Kabul       Kabul       PROPN  NNP  pobj   5  B-GPE
    7  .           .           PUNCT  .    punct  1  O
""",
    "The French government should withdraw its troops from Mali.": r"""
    0  The         the         DET    DT    det    2  O
    1  French      french      ADJ    JJ    amod   2  B-NORP
    2  government  government  NOUN   NN    nsubj  4  O
    3  should      should      AUX    MD    aux    4  O
    4  withdraw    withdraw    VERB   VB    ROOT   4  O
    5  its         its         PRON   PRP$  poss   6  O
    6  troops      troop       NOUN   NNS   dobj   4  O
    7  from        from        ADP    IN    prep   4  O
    8  Mali        Mali        PROPN  NNP   pobj   7  B-PERSON
    9  .           .           PUNCT  .     punct  4  O
""",
    "The French minister refused to answer further questions.": r"""
    0  The        the       DET    DT   det    2  O
    1  French     french    ADJ    JJ   amod   2  B-NORP
    2  minister   minister  NOUN   NN   nsubj  3  O
    3  refused    refuse    VERB   VBD  ROOT   3  O
    4  to         to        PART   TO   aux    5  O
    5  answer     answer    VERB   VB   xcomp  3  O
    6  further    further   ADJ    JJ   amod   7  O
    7  questions  question  NOUN   NNS  dobj   5  O
    8  .          .         PUNCT  .    punct  3  O
""",
    "The French president said Germany would set out new plans and attacked the British proposal.": r"""
    0   The        the        DET    DT   det    2   O
    1   French     french     ADJ    JJ   amod   2   B-NORP
    2   president  president  NOUN   NN   nsubj  3   O
    3   said       say        VERB   VBD  ROOT   3   O
    4   Germany    Germany    PROPN  NNP  nsubj  6   B-GPE
    5   would      would      AUX    MD   aux    6   O
    6   set        set        VERB   VB   ccomp  3   O
    7   out        out        ADP    RP   prt    6   O
    8   new        new        ADJ    JJ   amod   9   O
    9   plans      plan       NOUN   NNS  dobj   6   O
    10  and        and        CCONJ  CC   cc     6   O
    11  attacked   attack     VERB   VBD  conj   6   O
    12  the        the        DET    DT   det    14  O
    13  British    british    ADJ    JJ   amod   14  B-NORP
    14  proposal   proposal   NOUN   NN   dobj   11  O
    15  .          .          PUNCT  .    punct  3   O
""",
    "French farmers ended up paying for the new rules.": r"""
    0  French   french  ADJ    JJ   amod   1  B-NORP
    1  farmers  farmer  NOUN   NNS  nsubj  2  O
    2  ended    end     VERB   VBD  ROOT   2  O
    3  up       up      ADP    RP   prt    2  O
    4  paying   pay     VERB   VBG  xcomp  2  O
    5  for      for     ADP    IN   prep   4  O
    6  the      the     DET    DT   det    8  O
    7  new      new     ADJ    JJ   amod   8  O
    8  rules    rule    NOUN   NNS  pobj   5  O
    9  .        .       PUNCT  .    punct  2  O
""",
    "His only aim was to ensure Germany was safe, he insisted.": r"""
    0   His       his      PRON   PRP$  poss   2   O
    1   only      only     ADJ    JJ    amod   2   O
    2   aim       aim      NOUN   NN    nsubj  3   O
    3   was       be       AUX    VBD   ccomp  11  O
    4   to        to       PART   TO    aux    5   O
    5   ensure    ensure   VERB   VB    xcomp  3   O
    6   Germany   Germany  PROPN  NNP   nsubj  7   B-GPE
    7   was       be       AUX    VBD   ccomp  5   O
    8   safe      safe     ADJ    JJ    acomp  7   O
    9   ,         ,        PUNCT  ,     punct  11  O
    10  he        he       PRON   PRP   nsubj  11  O
    11  insisted  insist   VERB   VBD   ROOT   11  O
    12  .         .        PUNCT  .     punct  11  O
""",
    "Russia warned Ukraine that it would take action.": r"""
    0  Russia   Russia   PROPN  NNP  nsubj  1  B-GPE
    1  warned   warn     VERB   VBD  ROOT   1  O
    2  Ukraine  Ukraine  PROPN  NNP  dobj   1  B-GPE
    3  that     that     SCONJ  IN   mark   6  O
    4  it       it       PRON   PRP  nsubj  6  O
    5  would    would    AUX    MD   aux    6  O
    6  take     take     VERB   VB   ccomp  1  O
    7  action   action   NOUN   NN   dobj   6  O
    8  .        .        PUNCT  .    punct  1  O
""",
    "The French minister warned Germany that the war could be illegal without a UN resolution sanctioning military action.": r"""
    0   The          the         DET    DT   det       2   O
    1   French       french      ADJ    JJ   amod      2   B-NORP
    2   minister     minister    NOUN   NN   nsubj     3   O
    3   warned       warn        VERB   VBD  ROOT      3   O
    4   Germany      Germany     PROPN  NNP  dobj      3   B-GPE
    5   that         that        SCONJ  IN   mark      9   O
    6   the          the         DET    DT   det       7   O
    7   war          war         NOUN   NN   nsubj     9   O
    8   could        could       AUX    MD   aux       9   O
    9   be           be          AUX    VB   ccomp     3   O
    10  illegal      illegal     ADJ    JJ   acomp     9   O
    11  without      without     ADP    IN   prep      9   O
    12  a            a           DET    DT   det       14  O
    13  UN           UN          PROPN  NNP  compound  14  B-ORG
    14  resolution   resolution  NOUN   NN   pobj      11  O
    15  sanctioning  sanction    VERB   VBG  acl       14  O
    16  military     military    ADJ    JJ   amod      17  O
    17  action       action      NOUN   NN   dobj      15  O
    18  .            .           PUNCT  .    punct     3   O
""",
    "The inquiry reports to French MPs, who will urge the government to act.": r"""
    0   The         the         DET    DT   det    1   O
    1   inquiry     inquiry     NOUN   NN   nsubj  2   O
    2   reports     report      VERB   VBZ  ROOT   2   O
    3   to          to          ADP    IN   prep   2   O
    4   French      french      ADJ    JJ   amod   5   B-NORP
    5   MPs         mp          NOUN   NNS  pobj   3   O
    6   ,           ,           PUNCT  ,    punct  5   O
    7   who         who         PRON   WP   nsubj  9   O
    8   will        will        AUX    MD   aux    9   O
    9   urge        urge        VERB   VB   relcl  5   O
    10  the         the         DET    DT   det    11  O
    11  government  government  NOUN   NN   dobj   9   O
    12  to          to          PART   TO   aux    13  O
    13  act         act         VERB   VB   xcomp  9   O
    14  .           .           PUNCT  .    punct  2   O
""",
    "The French minister added that sales had risen in Spain, where they were declining before the ban.": r"""
    0   The        the       DET    DT   det     2   O
    1   French     french    ADJ    JJ   amod    2   B-NORP
    2   minister   minister  NOUN   NN   nsubj   3   O
    3   added      add       VERB   VBD  ROOT    3   O
    4   that       that      SCONJ  IN   mark    7   O
    5   sales      sale      NOUN   NNS  nsubj   7   O
    6   had        have      AUX    VBD  aux     7   O
    7   risen      rise      VERB   VBN  ccomp   3   O
    8   in         in        ADP    IN   prep    7   O
    9   Spain      Spain     PROPN  NNP  pobj    8   B-GPE
    10  ,          ,         PUNCT  ,    punct   9   O
    11  where      where     SCONJ  WRB  advmod  14  O
    12  they       they      PRON   PRP  nsubj   14  O
    13  were       be        AUX    VBD  aux     14  O
    14  declining  decline   VERB   VBG  relcl   9   O
    15  before     before    ADP    IN   prep    14  O
    16  the        the       DET    DT   det     17  O
    17  ban        ban       NOUN   NN   pobj    15  O
    18  .          .         PUNCT  .    punct   3   O
""",
    "The French minister said he appreciated people's concerns.": r"""
    0  The          the         DET    DT   det    2  O
    1  French       french      ADJ    JJ   amod   2  B-NORP
    2  minister     minister    NOUN   NN   nsubj  3  O
    3  said         say         VERB   VBD  ROOT   3  O
    4  he           he          PRON   PRP  nsubj  5  O
    5  appreciated  appreciate  VERB   VBD  ccomp  3  O
    6  people       people      NOUN   NNS  poss   8  O
    7  's           's          PART   POS  case   6  O
    8  concerns     concern     NOUN   NNS  dobj   5  O
    9  .            .           PUNCT  .    punct  3  O
""",
    "A French minister said it would have been better to have rejected the treaty.": r"""
    0   A         a         DET    DT   det    2   O
    1   French    french    ADJ    JJ   amod   2   B-NORP
    2   minister  minister  NOUN   NN   nsubj  3   O
    3   said      say       VERB   VBD  ROOT   3   O
    4   it        it        PRON   PRP  nsubj  7   O
    5   would     would     AUX    MD   aux    7   O
    6   have      have      AUX    VB   aux    7   O
    7   been      be        AUX    VBN  ccomp  3   O
    8   better    well      ADJ    JJR  acomp  7   O
    9   to        to        PART   TO   aux    11  O
    10  have      have      AUX    VB   aux    11  O
    11  rejected  reject    VERB   VBN  xcomp  8   O
    12  the       the       DET    DT   det    13  O
    13  treaty    treaty    NOUN   NN   dobj   11  O
    14  .         .         PUNCT  .    punct  3   O
""",
    "The French government is bound by law to help Germany defend itself.": r"""
    0   The         the         DET    DT   det        2   O
    1   French      french      ADJ    JJ   amod       2   B-NORP
    2   government  government  NOUN   NN   nsubjpass  4   O
    3   is          be          AUX    VBZ  auxpass    4   O
    4   bound       bind        VERB   VBN  ROOT       4   O
    5   by          by          ADP    IN   agent      4   O
    6   law         law         NOUN   NN   pobj       5   O
    7   to          to          PART   TO   aux        8   O
    8   help        help        VERB   VB   advcl      4   O
    9   Germany     Germany     PROPN  NNP  nsubj      10  B-GPE
    10  defend      defend      VERB   VB   ccomp      8   O
    11  itself      itself      PRON   PRP  dobj       10  O
    12  .           .           PUNCT  .    punct      4   O
""",
    "In the Bundestag, the French minister demanded an immediate statement.": r"""
    0   In         in         ADP    IN   prep   7   O
    1   the        the        DET    DT   det    2   O
    2   Bundestag  Bundestag  PROPN  NNP  pobj   0   B-PRODUCT
    3   ,          ,          PUNCT  ,    punct  7   O
    4   the        the        DET    DT   det    6   O
    5   French     french     ADJ    JJ   amod   6   B-NORP
    6   minister   minister   NOUN   NN   nsubj  7   O
    7   demanded   demand     VERB   VBD  ROOT   7   O
    8   an         an         DET    DT   det    10  O
    9   immediate  immediate  ADJ    JJ   amod   10  O
    10  statement  statement  NOUN   NN   dobj   7   O
    11  .          .          PUNCT  .    punct  7   O
""",
    "The French minister told the BBC that Germany must withdraw its troops.": r"""
    0   The       the       DET    DT    det    2   O
    1   French    french    ADJ    JJ    amod   2   B-NORP
    2   minister  minister  NOUN   NN    nsubj  3   O
    3   told      tell      VERB   VBD   ROOT   3   O
    4   the       the       DET    DT    det    5   O
    5   BBC       BBC       PROPN  NNP   dobj   3   B-ORG
    6   that      that      SCONJ  IN    mark   9   O
    7   Germany   Germany   PROPN  NNP   nsubj  9   B-GPE
    8   must      must      AUX    MD    aux    9   O
    9   withdraw  withdraw  VERB   VB    ccomp  3   O
    10  its       its       PRON   PRP$  poss   11  O
    11  troops    troop     NOUN   NNS   dobj   9   O
    12  .         .         PUNCT  .     punct  3   O
""",
    "France warned Germany that it was in danger of pandering to populists.": r"""
    0   France     France    PROPN  NNP  nsubj  1   B-GPE
    1   warned     warn      VERB   VBD  ROOT   1   O
    2   Germany    Germany   PROPN  NNP  dobj   1   B-GPE
    3   that       that      SCONJ  IN   mark   5   O
    4   it         it        PRON   PRP  nsubj  5   O
    5   was        be        AUX    VBD  ccomp  1   O
    6   in         in        ADP    IN   prep   5   O
    7   danger     danger    NOUN   NN   pobj   6   O
    8   of         of        ADP    IN   prep   7   O
    9   pandering  pander    VERB   VBG  pcomp  8   O
    10  to         to        ADP    IN   prep   9   O
    11  populists  populist  NOUN   NNS  pobj   10  O
    12  .          .         PUNCT  .    punct  1   O
""",
    "France said it would help defeat the Taliban.": r"""
    0  France   France   PROPN  NNP  nsubj  1  B-GPE
    1  said     say      VERB   VBD  ROOT   1  O
    2  it       it       PRON   PRP  nsubj  4  O
    3  would    would    AUX    MD   aux    4  O
    4  help     help     VERB   VB   ccomp  1  O
    5  defeat   defeat   VERB   VB   xcomp  4  O
    6  the      the      DET    DT   det    7  O
    7  Taliban  Taliban  PROPN  NNP  dobj   5  B-ORG
    8  .        .        PUNCT  .    punct  1  O
""",
    "France will help Germany to fight the Taliban.": r"""
    0  France   France   PROPN  NNP  nsubj  2  B-GPE
    1  will     will     AUX    MD   aux    2  O
    2  help     help     VERB   VB   ROOT   2  O
    3  Germany  Germany  PROPN  NNP  dobj   2  B-GPE
    4  to       to       PART   TO   aux    5  O
    5  fight    fight    VERB   VB   xcomp  2  O
    6  the      the      DET    DT   det    7  O
    7  Taliban  Taliban  PROPN  NNP  dobj   5  B-ORG
    8  .        .        PUNCT  .    punct  2  O
""",
    "The French minister wrote to the German chancellor demanding an explanation.": r"""
    0   The          the          DET    DT   det    2   O
    1   French       french       ADJ    JJ   amod   2   B-NORP
    2   minister     minister     NOUN   NN   nsubj  3   O
    3   wrote        write        VERB   VBD  ROOT   3   O
    4   to           to           ADP    IN   prep   3   O
    5   the          the          DET    DT   det    7   O
    6   German       german       ADJ    JJ   amod   7   B-NORP
    7   chancellor   chancellor   NOUN   NN   pobj   4   O
    8   demanding    demand       VERB   VBG  acl    7   O
    9   an           an           DET    DT   det    10  O
    10  explanation  explanation  NOUN   NN   dobj   8   O
    11  .            .            PUNCT  .    punct  3   O
""",
}


@pytest.mark.parametrize("text", PARSES)
def test_frames_frozen_parses_are_the_models(
    frozen_is_live: Callable[..., None], text: str
) -> None:
    frozen_is_live(text, PARSES[text], published=PUBLISHED)
