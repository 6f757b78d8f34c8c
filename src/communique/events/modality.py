"""Negation, modality and reported content: what kind of event an action really is.

    governance(head, cues) -> Mood             negation, future, condition and governor
    governor_kind(word, cues) -> str | None    threat, intent, refusal, appeal, demand,
                                               cessation, irrealis, content, speech or None
    transform(code, mood, cues) -> (code|None, negated, why)   the event's final code

An action word is rarely an event on its own: "threatened to impose sanctions" is a
threat (13x), not sanctions (163); "refused to meet" a rejection (125); "said it would
send aid" an intent (033); "X said Y must withdraw" a demand (106); "ended the talks"
halts negotiations (164); "accused X of applying pressure" codes the accusation only;
an action inside an "if/unless" clause did not happen, and a negated conflict neither;
nor did one that is only possible ("rockets that could reach the capital", "could face
arrest"), attempted or forecast ("tried to", "is expected to", "is able to"), a purpose
("sent troops to fight"), an action "without" which something else happened, or asked
about ("Should the UK approve the treaty?").
"decided to X" is X itself; "..., the agency reported" reports news (only a report noun
governs content); "called Y to congratulate him" is no appeal; an offer to deploy force
is an intent to give military aid (0332), not a threat.
``governance`` walks from the action's predicate up to the word that governs it and
reports what it found; ``transform`` turns the action's code with the tables of
``data/event_cues.yaml`` (``Cues.transform``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..syntax import misattached_conjunct
from .arguments import phone_call_purpose
from .cues import Cues, cues

#: Dependencies through which a governor takes an action as its complement.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acl", "dobj", "obj", "oprd", "attr"})
#: Prepositions that introduce a governor's complement ("accused X of", "commitment to").
COMPLEMENT_PREPS = frozenset({"to", "of", "for", "about", "with", "on", "against", "into"})


@dataclass
class Mood:
    """What surrounds an action: its negation, auxiliaries and governing word."""

    negated: bool = False
    future: bool = False
    possible: bool = False
    conditional: bool = False  # inside an if/unless clause: did not happen
    threat_condition: bool = False  # the clause carries an "unless/if" condition
    governor: Token | None = None
    kind: str | None = None  # see governor_kind
    governor_negated: bool = False
    notes: tuple[str, ...] = ()
    headline: bool = False  # a Title Case headline read without its parse
    background: bool = False  # inside a relative clause: background to the main event
    no_object: bool = False  # the object is denied ("signalled no change"): nothing happened
    irrealis: str | None = None  # why the action is not a fact: possible, purpose, question…
    generic: str | None = None  # a relative clause that describes, not reports ("who violate")
    past: bool = False  # a past or perfect form ("did not meet", "has never had")


#: Modals that with "have" and a past participle say what did not happen.
_COUNTERFACTUAL = frozenset({"would", "could", "might", "should", "'d"})


def _has_neg(token: Token, cues: Cues) -> bool:
    for c in token.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "neither")):
            return True
    return False


def _aux(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"} | {
        c.lower_ for c in token.children if c.dep_ == "aux" and c.lower_ == "going"
    }


def governor_kind(word: Token, cues: Cues) -> str | None:
    lemma = word.lemma_.lower()
    particles = [c.lower_ for c in word.children if c.dep_ == "prt"]
    phrasal = [f"{lemma} {p}" for p in particles if p not in cues["neutral_particles"]]
    if word.pos_ == "VERB" and (
        any(v in cues["cessation_phrasal_verbs"] for v in phrasal)
        # "end up paying", "stop by": a phrasal verb of another sense stops nothing
        or (lemma in cues["cessation_verbs"] and not phrasal)
    ):
        return "cessation"
    for kind in ("threat", "intent", "refusal", "appeal", "demand"):
        if lemma in cues[f"{kind}_verbs"]:
            return kind
    if lemma in cues["irrealis_governors"]:
        return "irrealis"
    if lemma in cues["content_governors"] and not (
        word.pos_ == "VERB" and lemma in cues["speech_verbs"]
    ):  # "a report that ..." is content; "..., the agency reported" reports the news
        return "content"
    if lemma in cues["speech_verbs"] and word.pos_ in ("VERB", "AUX"):
        return "speech"
    return None


def for_to(head: Token) -> bool:
    """ "for the embargo to be lifted": an infinitive with its own subject after "for" is
    the complement of the word before it, not a purpose."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in head.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in head.children
    )


def _be_to(head: Token) -> bool:
    """ "Straw is to visit Thailand": an action arranged to happen (future)."""
    be = head.head
    return (
        head.dep_ == "xcomp"
        and be.lemma_.lower() == "be"
        and be.i < head.i
        and all(t.lower_ == "to" or t.pos_ == "ADV" for t in be.doc[be.i + 1 : head.i])
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    )  # not "they're on track to meet the goal"


def _is_governor(word: Token) -> bool:
    return governor_kind(word, cues()) is not None


#: Relations through which an action inherits the mood of the clause above it.
_EMBEDDING = frozenset(
    {"xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "acomp"}
)
_MODAL_KINDS = frozenset({"threat", "intent", "refusal", "appeal", "demand", "cessation"})


def _irrealis(head: Token, aux: set[str], cues: Cues) -> str | None:
    """Why the action whose predicate is ``head`` did not (yet) happen, or None: it is
    only possible, a purpose, done "without", asked about, or embedded in a clause that
    is itself possible, future or negated ("will allow it to ignore", "did not mean
    losing"). A verb of saying or a modal governor above it decides instead (see
    ``governance``: "said it would send" is an intent)."""
    if aux & (cues["possibility_auxiliaries"] - cues["obligation_auxiliaries"]):
        return "possible"
    if aux & cues["obligation_auxiliaries"] and governing_word(head) is None:
        # "he and the two members should resign": what someone thinks ought to happen,
        # with no one said to demand it (a governor makes it a demand or an appeal)
        return "prescribed, not done"
    if (
        aux & _COUNTERFACTUAL
        and head.tag_ == "VBN"
        and head.dep_ != "ccomp"  # (reported: "said it would have left by May" is a plan)
        and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in head.children)
    ):  # "the agency would have provided a single system but was abandoned"
        return "counterfactual"
    if (
        head.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        and not for_to(head)
        and getattr(phone_call_purpose(head.head, cues), "i", -1) != head.i
    ):  # "sent troops to fight the rebels", "in order to buy weapons" (but the errand of
        # a call or an envoy is done: "called Y to congratulate him")
        return "purpose"
    if (
        head.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        and any(c.dep_ in ("dobj", "obj") for c in head.head.children)
        and governor_kind(head.head, cues) is None
    ):  # "bought rockets to attack Israel": what the object is for
        return "purpose"
    if head.dep_ == "pcomp" and head.head.lower_ == "without":
        return "without"
    if (
        head.dep_ in ("ccomp", "advcl")
        and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in head.children)
        and head.head.lemma_.lower() in ("ask", "wonder", "question", "query", "doubt")
    ):  # "asked if he would welcome BNP voters": a question, nothing done
        return "asked about"
    if (
        head.dep_ == "xcomp"
        and head.head.lemma_.lower() in ("be", "have")
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.head.children)
    ):  # "Defra is yet to begin its review", "has yet to decide"
        return "not yet done"
    last = head.sent[-1]
    while last.i > head.sent.start and (last.is_space or last.text in ("”", '"', "’", "'")):
        last = last.doc[last.i - 1]
    if last.text == "?":
        return "question"
    cur = head
    while cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX"):
        cur = cur.head  # "allow them to develop services and charge fees": as the first
    described = False
    while cur.head.i != cur.i and cur.dep_ in _EMBEDDING:
        up = cur.head
        # a relative clause is no complement of its noun ("able to reject proposals it
        # did not agree with"): above it, only what makes the whole clause unreal counts
        described = described or cur.dep_ == "relcl"
        kind = governor_kind(up, cues) if up.pos_ in ("VERB", "AUX", "ADJ", "NOUN") else None
        if described and kind != "irrealis":
            kind = None
        if cur.dep_ in ("xcomp", "ccomp") and up.lemma_.lower() in cues["permission_governors"]:
            return f"permitted by '{up.text}'"  # "allowed the minister to detain suspects"
        if kind in ("speech", "content") or kind in _MODAL_KINDS:
            return None  # reported or modal: the governor decides
        if kind == "irrealis":
            return f"under '{up.text}'"
        if up.pos_ in ("VERB", "AUX"):
            up_aux = _aux(up)
            if up_aux & (cues["possibility_auxiliaries"] - cues["obligation_auxiliaries"]):
                return f"possible ('{up.text}')"
            if up_aux & cues["future_auxiliaries"] or "going" in up_aux:
                return f"future ('{up.text}')"
            if any(c.dep_ == "neg" for c in up.children):
                return f"negated ('{up.text}')"
        cur = up
    return None


def _generic(head: Token, aux: set[str], cues: Cues) -> str | None:
    """Why a relative clause describes its noun rather than reports an event, or None:
    in the simple present ("hunters who violate the law", "the Bill, which passes through
    the Commons next week"), prescribed ("something we should welcome") or to come ("the
    committee, who will recommend what action to take")."""
    if aux & cues["obligation_auxiliaries"]:
        return "says what should be done"
    if aux & cues["future_auxiliaries"]:
        return "says what it will do"  # "the group of MPs who will recommend …"
    if head.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return "is in the simple present: a description"
    return None


def governing_word(head: Token, depth: int = 0) -> Token | None:
    """The word that takes ``head`` (an action's predicate) as its complement, if any.

    A conjoined verb shares the governor of its first conjunct ("urged X to lift the
    sanctions and to stop ..."); a that-clause the parser attached to a noun as a
    relative clause is that noun's complement when the noun reports content
    ("charges that it tortured ...").
    """
    dep = head.dep_
    up = head.head
    if up.i == head.i:
        return None
    if dep == "conj" and up.pos_ in ("VERB", "AUX") and depth < 4:
        if misattached_conjunct(head, up):
            # "insisted there could be no deals but declined to say …": the declining is
            # the speaker's own second act, not part of what was insisted
            return governing_word(up.head, depth + 1)
        return governing_word(up, depth + 1)
    if dep == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
        return up
    if dep == "compound" and up.pos_ in ("NOUN", "PROPN"):
        # "sanctions threat": the head governs; "ended mediation efforts": the phrase's
        # governor does
        return up if _is_governor(up) or depth >= 4 else governing_word(up, depth + 1)
    if dep in COMPLEMENT_DEPS:
        if dep == "acl" and up.pos_ not in ("NOUN", "PROPN"):
            return None
        if dep == "ccomp" and up.lemma_.lower() == "be":
            # "it is important that we (should) act": the adjective governs
            return next((c for c in up.children if c.dep_ in ("acomp", "attr")), up)
        return up
    if dep == "advcl" and for_to(head):
        # "called for the embargo to be lifted": the lifting is what was called for;
        # "it is essential for X to act": the adjective governs
        if up.lemma_.lower() == "be":
            return next((c for c in up.children if c.dep_ in ("acomp", "attr")), up)
        return up
    if dep in ("pcomp", "pobj") and up.dep_ in ("prep", "dative") and up.lower_ in COMPLEMENT_PREPS:
        return up.head if up.head.i != up.i else None
    return None


def governance(head: Token, cues: Cues) -> Mood:
    """The mood of the action whose predicate is ``head``."""
    mood = Mood()
    notes: list[str] = []
    mood.negated = _has_neg(head, cues)
    mood.no_object = any(
        c.dep_ in ("dobj", "obj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in head.children
    )  # "signalled no change"
    aux = _aux(head)
    if not aux and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        aux = _aux(head.head)  # "will meet and sign": the auxiliary covers both
    mood.future = bool(aux & cues["future_auxiliaries"]) or "going" in aux or _be_to(head)
    mood.past = head.tag_ == "VBD" or any(
        c.dep_ == "aux"
        and (c.tag_ == "VBD" or (c.lemma_ == "have" and head.tag_ == "VBN"))
        and c.tag_ != "MD"
        for c in head.children
    )
    mood.possible = bool(aux & cues["possibility_auxiliaries"])
    mood.irrealis = _irrealis(head, aux, cues)
    if mood.irrealis:
        notes.append(f"not a fact: {mood.irrealis}")
    cur = head  # "unless Moscow takes steps to end ...": any clause up to the main one
    while True:
        if cur.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in cues["conditional_marks"] for c in cur.children
        ):
            mood.conditional = True
            notes.append(f"inside the conditional clause of '{cur.text}'")
            break
        if cur.head.i == cur.i or cur.dep_ in ("relcl", "ccomp", "parataxis"):
            break
        cur = cur.head
    for c in head.children:
        if c.dep_ == "advcl":
            for m in c.children:
                if m.dep_ == "mark" and m.lower_ in cues["threat_conditions"]:
                    mood.threat_condition = True
                    notes.append(f"conditioned by '{m.text}'")
    cur = head
    while True:
        if cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ == "VBN"):
            mood.background = True
            notes.append(f"background: inside the relative clause of '{cur.head.text}'")
            if cur.i == head.i and cur.dep_ == "relcl":
                mood.generic = _generic(head, aux, cues)
                if mood.generic:
                    notes.append(f"the relative clause {mood.generic}")
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head
    gov = governing_word(head)
    purpose = phone_call_purpose(gov, cues) if gov is not None else None
    if gov is not None and purpose is not None and purpose.i == head.i:
        notes.append(f"the purpose of the call '{gov.text}': no appeal")
        gov = None
    if gov is not None:
        kind = governor_kind(gov, cues)
        if kind == "speech" and aux & cues["obligation_auxiliaries"]:
            # "X said Y must withdraw": a demand of X on Y ("should": an appeal)
            kind = "demand" if "must" in aux else "appeal"
            notes.append(f"'{gov.text}' with an obligation: {kind}")
        elif (
            kind in ("demand", "appeal")
            and head.dep_ == "ccomp"
            and aux & cues["future_auxiliaries"]
            and not aux & cues["obligation_auxiliaries"]
        ):
            # "insisted the plans would not change the law": a claim about what will be,
            # not a demand that it be ("insisted that he resign")
            notes.append(f"'{gov.text}' with a future: a claim, no {kind}")
            kind = "speech"
        if kind is not None:
            mood.governor = gov
            mood.kind = kind
            mood.governor_negated = _has_neg(gov, cues)
            notes.append(f"governed by '{gov.text}' ({kind})")
            # the governor's own clause may be conditional or itself reported content
            if gov.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in cues["conditional_marks"] for c in gov.children
            ):
                mood.conditional = True
                notes.append(f"'{gov.text}' is inside a conditional clause")
            if kind not in ("content",):
                higher = governing_word(gov)
                if higher is not None and governor_kind(higher, cues) == "content":
                    mood.kind = "content"
                    mood.governor = higher
                    notes.append(f"reported as the content of '{higher.text}'")
    mood.notes = tuple(notes)
    return mood


def transform(code: str, mood: Mood, cues: Cues) -> tuple[str | None, bool, str]:
    """The code after negation and modality, whether negated, and why."""
    root = int(code[:2])
    conflict = root >= 14 or code.startswith("16")
    if mood.conditional:
        return None, False, "conditional clause: not coded"
    if mood.no_object:
        return None, True, "denied object ('no ...'): not coded"
    kind = mood.kind
    if mood.generic:
        return None, False, f"the relative clause {mood.generic}: not coded"
    if kind == "irrealis":
        return None, False, f"attempted or forecast ('{mood.governor}'): not coded"
    if mood.irrealis and kind not in ("threat", "intent", "refusal", "appeal", "demand"):
        return None, False, f"{mood.irrealis}, not a fact: not coded"
    if kind == "content":
        return None, False, f"content of '{mood.governor}': not coded"
    if kind == "cessation":
        if mood.negated or mood.governor_negated:
            return None, True, "negated cessation: not coded"
        out = cues.transform("cessation", code)
        return out, False, "stopped" if out else "stopped: not coded"
    if kind in ("threat", "intent", "refusal", "appeal", "demand"):
        if mood.negated and kind not in ("refusal",):
            # "agreed not to attack", "threatened not to ..." are rare: keep the refusal
            kind = "refusal" if kind == "intent" else kind
        if mood.governor_negated:
            if kind == "intent":  # "did not agree to meet"
                out = cues.transform("refusal", code)
                return out, True, "negated intent → rejection"
            if kind == "refusal":  # "did not refuse to" ≈ intent
                return cues.transform("intent", code), False, "negated refusal → intent"
            return None, True, f"negated {kind}: not coded"
        if kind == "threat":
            return cues.transform("threat", code), False, "threat"
        if kind == "intent":
            offer = mood.governor is not None and (
                mood.governor.lemma_.lower() in cues["offer_verbs"]
            )
            if conflict and offer:  # "offered to send troops": no threat
                return cues.transform("intent", code), False, "offer"
            if conflict:
                return cues.transform("threat", code), False, "intent to act against → threat"
            return cues.transform("intent", code), False, "intent"
        if kind == "refusal":
            out = cues.transform("refusal", code)
            return out, True, "refusal" if out else "refused conflict: not coded"
        return cues.transform(kind, code), False, kind
    if mood.negated:
        if root >= 9 or root <= 2:
            return None, True, "negated statement or conflict: not coded"
        if mood.past and not mood.future:
            # "did not meet", "has never had such a conversation": nothing happened, and
            # nothing was refused ("will not meet", "does not recognise" are refusals)
            return None, True, "negated past act: not coded"
        out = cues.transform("refusal", code)
        return out, True, "negated → rejection" if out else "negated: not coded"
    if mood.future or mood.threat_condition:
        if conflict or (mood.threat_condition and root >= 9):
            return cues.transform("threat", code), False, "future/conditional → threat"
        if root <= 8:
            return cues.transform("intent", code), False, "future → intent"
    return code, False, ""
