"""The tense of the verb that governs a time expression, read from the spaCy parse.

"Russia on Tuesday accused …" is past: Tuesday is the latest one on or before the
publication date. "He will impose sanctions from Friday" is future: the next Friday on
or after it. ``governing_tense(span)`` climbs from the expression to its verb and reads
the verb's tag and auxiliaries:

``future``   will/shall/would; could/may/might… unless negated or perfect; present
             progressive ("is meeting Friday"); an infinitive under a verb of intention
             ("is expected to vote Friday", "planned to leave Thursday"); a verb of
             scheduling that holds the expression itself ("planned a rally on Saturday")
``past``     past tense, present perfect, past progressive, a bare past participle
             ("a decision announced Tuesday"), a modal perfect ("may have been")
``present``  present simple or present passive ("the vote is held Friday")
None         no verb, or no telling: a headline fragment, "could not be reached
             Tuesday", an expression that modifies a noun ("Wednesday's ruling", "the
             visit in September") in a clause that is not in the future

The word lists (auxiliaries, verbs of intention and scheduling) are in
``data/date_words.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Lexicon

if TYPE_CHECKING:  # the parse is handed in; importing the dates stage loads no spaCy
    from spacy.tokens import Span, Token

Tense = str | None

_MAX_CLIMB = 8
_WILL = frozenset({"will", "shall", "'ll", "wo"})
_NEGATIONS = frozenset({"not", "n't", "never", "neither", "nor", "nobody", "no"})


def _word(tok: Token) -> str:
    """Lower case with curly apostrophes folded: "’ll" is "'ll"."""
    return tok.lower_.replace("’", "'")


def _auxes(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _verb_above(tok: Token) -> Token | None:
    for _ in range(_MAX_CLIMB):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _is_past(tok: Token) -> bool:
    """Whether a verb or predicate adjective is in a simple past or past perfect clause."""
    if tok.tag_ == "VBD":
        return True
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass", "cop") and c.tag_ == "VBD":
            return True
    head = tok.head
    # "had been due": the adjective hangs on the copula
    return tok.dep_ in ("acomp", "attr") and head.pos_ == "AUX" and _is_past(head)


def verb_tense(verb: Token, lex: Lexicon, depth: int = 0, direct: bool = True) -> Tense:
    """The tense of ``verb`` from its tag and its auxiliaries.

    ``direct``: the time expression hangs on this verb itself (not on a clause below it).
    """
    auxes = _auxes(verb)
    words = {_word(a) for a in auxes}
    if words & lex.future_aux:
        return "future"
    if (
        direct
        and verb.lemma_.lower() in lex.schedule_verbs
        and not any(c.dep_ == "xcomp" for c in verb.children)
        and (auxes or verb.tag_ != "VBN")
    ):
        return "future"  # "planned a rally on Saturday", "is expected Friday"
    if words & lex.uncertain_aux:
        if "have" in words:
            return "past"  # "may have been responsible on Wednesday"
        doc = verb.doc
        if any(t.lower_ in _NEGATIONS for t in doc[verb.left_edge.i : verb.i + 1]):
            return None  # "could not be reached Tuesday"
        return "future"  # "could come as early as Tuesday"
    if "to" in words and verb.tag_ in ("VB", "VBN"):
        # an infinitive: its time follows the verb it depends on
        head = verb.head
        if head.i == verb.i or depth > 3:
            return None
        if head.lower_ == "due":
            # "is due to expire Friday" looks ahead; "was due to expire Friday" may not
            return None if _is_past(head) else "future"
        if head.lemma_.lower() in lex.future_verbs or head.lower_ == "going":
            if any(_word(a) in ("had", "'d") for a in _auxes(head)):
                return None  # "had been scheduled to expire Friday": the plan is over
            return "future"  # "planned to leave on Thursday", "is expected to vote Friday"
        above: Token | None = head
        if head.pos_ not in ("VERB", "AUX"):
            above = _verb_above(head)  # "ready to leave", "ways to get around"
        if above is None:
            return None
        up = verb_tense(above, lex, depth + 1, direct=False)
        return "future" if up in ("future", "present") else None
    if verb.tag_ == "VBD":
        return "past"
    aux_tags = {a.tag_ for a in auxes}
    if "VBD" in aux_tags:
        return "past"
    if verb.tag_ == "VBN":
        if aux_tags & {"VBZ", "VBP"} and not words & {"has", "have", "'ve"}:
            return "present"  # "is held", "are scheduled"
        return "past"  # perfect, past passive, or a bare participle: "a decision announced Tuesday"
    if verb.tag_ == "VBG":
        if aux_tags & {"VBZ", "VBP"} or words & {"is", "are", "am", "'re", "'m"}:
            return "future"  # present progressive of a scheduled event
        if verb.head.i != verb.i and depth <= 3:
            return verb_tense(verb.head, lex, depth + 1, direct=False)
        return None
    if verb.tag_ == "VBZ" or verb.tag_ == "VBP" and verb.lower_ not in lex.same_form_past:
        return "present"
    return None


def governing_verb(span: Span) -> Token | None:
    """The nearest verb above the span's root in the dependency tree."""
    root = span.root
    tok = root
    for _ in range(_MAX_CLIMB):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end):
            return tok
    if root.pos_ in ("VERB", "AUX"):
        return root
    return None


def governing_tense(span: Span, lex: Lexicon) -> Tense:
    verb = governing_verb(span)
    if verb is None:
        return None
    # what the expression hangs on, past any prepositions: the verb itself ("planned …
    # on Saturday") or a noun ("Wednesday's ruling", "the visit in September")
    tok, direct = span.root.head, True
    while tok.i != verb.i and tok.pos_ == "ADP" and tok.head.i != tok.i:
        tok = tok.head
    if tok.i != verb.i:
        direct = False
        if tok.pos_ in ("NOUN", "PROPN") and span.root.dep_ != "npadvmod":
            # a noun's time is its own ("the visit in September" of "had talked about");
            # only a clause in the future carries its noun along ("Friday's vote will …")
            if {_word(a) for a in _auxes(verb)} & _WILL:
                return "future"
            return None
    return verb_tense(verb, lex, direct=direct)
