"""The tense of the verb governing a time expression, on parses built by hand.

Each parse is written token by token as ``word/POS/tag/dep/head[/lemma]`` (the head an
index into the sentence; the lemma the lower-cased word unless given), and the tokens of
the time expression are marked with ``*``. The rules are about the parse, so the parse is
fixed here: a model update cannot break a correct rule.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from communique.dates.lexicon import lexicon
from communique.dates.tense import governing_tense, governing_verb

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case), no model


def _parse(spec: str) -> Span:
    """The marked span of a hand-built parse."""
    rows = [t.split("/") for t in spec.split()]
    marked = [i for i, r in enumerate(rows) if r[0].startswith("*")]
    words = [r[0].lstrip("*") for r in rows]
    doc = Doc(
        VOCAB,
        words=words,
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[int(r[4]) for r in rows],
        lemmas=[r[5] if len(r) > 5 else w.lower() for r, w in zip(rows, words, strict=True)],
    )
    return doc[marked[0] : marked[-1] + 1]


FRIDAY = "*Friday/PROPN/NNP/npadvmod"


@pytest.mark.parametrize(
    ("spec", "tense"),
    [
        # will, shall, 'll, would: the future, whatever the verb's form
        (f"Ministers/NOUN/NNS/nsubj/2 will/AUX/MD/aux/2 meet/VERB/VB/ROOT/2 {FRIDAY}/2", "future"),
        (f"They/PRON/PRP/nsubj/2 ’ll/AUX/MD/aux/2 meet/VERB/VB/ROOT/2 {FRIDAY}/2", "future"),
        # a verb of scheduling holding the expression itself
        (
            "Protesters/NOUN/NNS/nsubj/1 planned/VERB/VBD/ROOT/1/plan a/DET/DT/det/3"
            " rally/NOUN/NN/dobj/1 on/ADP/IN/prep/1 *Saturday/PROPN/NNP/pobj/4",
            "future",
        ),
        # ... but not a bare participle ("a rally planned Saturday") ...
        (f"A/DET/DT/det/1 rally/NOUN/NN/ROOT/1 planned/VERB/VBN/acl/1/plan {FRIDAY}/2", "past"),
        # ... nor one whose plan is a clause of its own
        (
            "They/PRON/PRP/nsubj/1 planned/VERB/VBD/ROOT/1/plan on/ADP/IN/prep/1"
            " *Saturday/PROPN/NNP/pobj/2 to/PART/TO/aux/5 leave/VERB/VB/xcomp/1",
            "past",
        ),
        # modals: a perfect is past, a negation leaves it open, otherwise ahead
        (
            "The/DET/DT/det/1 sides/NOUN/NNS/nsubj/4 may/AUX/MD/aux/4 have/AUX/VB/aux/4"
            " met/VERB/VBN/ROOT/4 on/ADP/IN/prep/4 *Wednesday/PROPN/NNP/pobj/5",
            "past",
        ),
        (
            "Neither/DET/DT/det/1 man/NOUN/NN/nsubjpass/4 could/AUX/MD/aux/4"
            f" be/AUX/VB/auxpass/4 reached/VERB/VBN/ROOT/4 {FRIDAY}/4",
            None,
        ),
        (f"Talks/NOUN/NNS/nsubj/2 could/AUX/MD/aux/2 resume/VERB/VB/ROOT/2 {FRIDAY}/2", "future"),
        # infinitives: the time follows what they depend on
        (
            "The/DET/DT/det/1 offer/NOUN/NN/nsubj/2 is/AUX/VBZ/ROOT/2 due/ADJ/JJ/acomp/2"
            f" to/PART/TO/aux/5 expire/VERB/VB/xcomp/3 {FRIDAY}/5",
            "future",
        ),
        (
            "The/DET/DT/det/1 offer/NOUN/NN/nsubj/2 was/AUX/VBD/ROOT/2 due/ADJ/JJ/acomp/2"
            f" to/PART/TO/aux/5 expire/VERB/VB/xcomp/3 {FRIDAY}/5",
            None,
        ),
        (
            "The/DET/DT/det/1 offer/NOUN/NN/nsubj/3 was/AUX/VBD/cop/3 due/ADJ/JJ/ROOT/3"
            f" to/PART/TO/aux/5 expire/VERB/VB/xcomp/3 {FRIDAY}/5",
            None,
        ),
        (
            "The/DET/DT/det/1 talks/NOUN/NNS/nsubjpass/3 are/AUX/VBP/auxpass/3"
            " expected/VERB/VBN/ROOT/3/expect to/PART/TO/aux/5 resume/VERB/VB/xcomp/3"
            f" {FRIDAY}/5",
            "future",
        ),
        (
            "The/DET/DT/det/1 offer/NOUN/NN/nsubjpass/4 had/AUX/VBD/aux/4 been/AUX/VBN/auxpass/4"
            " scheduled/VERB/VBN/ROOT/4/schedule to/PART/TO/aux/6 expire/VERB/VB/xcomp/4"
            f" {FRIDAY}/6",
            None,
        ),
        (
            "They/PRON/PRP/nsubj/1 are/AUX/VBP/ROOT/1 ready/ADJ/JJ/acomp/1 to/PART/TO/aux/4"
            f" leave/VERB/VB/xcomp/2 {FRIDAY}/4",
            "future",
        ),
        (
            "They/PRON/PRP/nsubj/1 were/AUX/VBD/ROOT/1 ready/ADJ/JJ/acomp/1 to/PART/TO/aux/4"
            f" leave/VERB/VB/xcomp/2 {FRIDAY}/4",
            None,
        ),
        (
            "Ways/NOUN/NNS/ROOT/0 to/PART/TO/aux/2 get/VERB/VB/acl/0 around/ADV/RB/advmod/2"
            f" {FRIDAY}/2",
            None,
        ),
        (
            "He/PRON/PRP/nsubj/1 decided/VERB/VBD/ROOT/1/decide to/PART/TO/aux/3"
            f" leave/VERB/VB/xcomp/1 {FRIDAY}/3",
            None,
        ),
        (
            "He/PRON/PRP/nsubj/1 agrees/VERB/VBZ/ROOT/1/agree to/PART/TO/aux/3"
            f" leave/VERB/VB/xcomp/1 {FRIDAY}/3",
            "future",
        ),
        (f"To/PART/TO/aux/1 leave/VERB/VB/ROOT/1 {FRIDAY}/1", None),
        # past forms
        (f"Ministers/NOUN/NNS/nsubj/1 met/VERB/VBD/ROOT/1/meet {FRIDAY}/1", "past"),
        (
            "They/PRON/PRP/nsubj/3 did/AUX/VBD/aux/3 not/PART/RB/neg/3 meet/VERB/VB/ROOT/3"
            f" {FRIDAY}/3",
            "past",
        ),
        (f"Talks/NOUN/NNS/nsubj/2 have/AUX/VBP/aux/2 ended/VERB/VBN/ROOT/2 {FRIDAY}/2", "past"),
        # present passive, present progressive, present simple
        (
            "The/DET/DT/det/1 vote/NOUN/NN/nsubjpass/3 is/AUX/VBZ/auxpass/3"
            f" held/VERB/VBN/ROOT/3/hold {FRIDAY}/3",
            "present",
        ),
        (f"They/PRON/PRP/nsubj/2 are/AUX/VBP/aux/2 meeting/VERB/VBG/ROOT/2 {FRIDAY}/2", "future"),
        (f"They/PRON/PRP/nsubj/2 ’re/AUX/VB/aux/2 meeting/VERB/VBG/ROOT/2 {FRIDAY}/2", "future"),
        (
            "Ministers/NOUN/NNS/nsubj/1 met/VERB/VBD/ROOT/1 Friday/PROPN/NNP/npadvmod/1"
            " ,/PUNCT/,/punct/1 citing/VERB/VBG/advcl/1 talks/NOUN/NNS/dobj/4 on/ADP/IN/prep/4"
            " *Monday/PROPN/NNP/pobj/6",
            "past",
        ),
        (f"Ministers/NOUN/NNS/nsubj/1 meeting/VERB/VBG/ROOT/1 {FRIDAY}/1", None),
        (f"The/DET/DT/det/1 vote/NOUN/NN/nsubj/2 takes/VERB/VBZ/ROOT/2 {FRIDAY}/2", "present"),
        (f"They/PRON/PRP/nsubj/1 meet/VERB/VBP/ROOT/1 {FRIDAY}/1", "present"),
        (f"They/PRON/PRP/nsubj/1 cut/VERB/VBP/ROOT/1 {FRIDAY}/1", None),  # cut: also past
        (f"Meet/VERB/VB/ROOT/0 {FRIDAY}/0", None),
        # what the expression hangs on: a noun keeps its own time ...
        (
            "They/PRON/PRP/nsubj/2 had/AUX/VBD/aux/2 talked/VERB/VBN/ROOT/2 about/ADP/IN/prep/2"
            " the/DET/DT/det/5 visit/NOUN/NN/pobj/3 in/ADP/IN/prep/5 *September/PROPN/NNP/pobj/6",
            None,
        ),
        # ... unless its clause is in the future
        (
            "*Friday/PROPN/NNP/poss/2 's/PART/POS/case/0 vote/NOUN/NN/nsubj/4"
            " will/AUX/MD/aux/4 decide/VERB/VB/ROOT/4",
            "future",
        ),
        # an adverbial noun phrase takes the clause's tense
        (
            "They/PRON/PRP/nsubj/1 held/VERB/VBD/ROOT/1 a/DET/DT/det/3 meeting/NOUN/NN/dobj/1"
            f" {FRIDAY}/3",
            "past",
        ),
        (
            f"They/PRON/PRP/nsubj/1 were/AUX/VBD/ROOT/1 ready/ADJ/JJ/acomp/1 {FRIDAY}/2",
            "past",
        ),
        # no verb: a headline fragment
        ("On/ADP/IN/ROOT/0 *Friday/PROPN/NNP/pobj/0", None),
    ],
)
def test_tense_governing_tense(spec: str, tense: str | None) -> None:
    assert governing_tense(_parse(spec), lexicon()) == tense


def test_tense_governing_verb_is_the_nearest_verb_outside_the_expression() -> None:
    span = _parse(
        "Talks/NOUN/NNS/nsubj/1 ended/VERB/VBD/ROOT/1 *the/DET/DT/det/3"
        " *day/NOUN/NN/npadvmod/1 *before/ADV/RB/advmod/3"
    )
    verb = governing_verb(span)
    assert verb is not None and verb.text == "ended"


def test_tense_governing_verb_of_a_verb_tagged_expression_is_itself() -> None:
    span = _parse("*Sunday/VERB/VB/ROOT/0")  # a mis-tagged headline
    verb = governing_verb(span)
    assert verb is not None and verb.text == "Sunday"
    assert governing_tense(span, lexicon()) is None


def test_tense_governing_verb_climbs_at_most_eight_steps() -> None:
    # a verb nine steps above the expression is too far to govern it
    nouns = " ".join(f"n{i}/NOUN/NN/nmod/{i + 1}" for i in range(1, 9))
    span = _parse(f"*Friday/PROPN/NNP/npadvmod/1 {nouns} went/VERB/VBD/ROOT/9")
    assert governing_verb(span) is None
    near = _parse("*Friday/PROPN/NNP/npadvmod/2 n1/NOUN/NN/nmod/2 went/VERB/VBD/ROOT/2")
    assert governing_verb(near) is not None
