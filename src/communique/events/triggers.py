"""Trigger words: the verbs and event nouns of a sentence that a lexicon pattern codes.

    find_triggers(span, lexicon, cues=None) -> list[Trigger]
    headline_triggers(span, lexicon) -> list[Trigger]   Title Case headlines
    describe(pattern) -> str                            a pattern in a few words

The most specific pattern whose constraints hold wins: its object (the verb's object or
complement noun, or an event noun's modifiers), preposition, particle and open
complement. An evaluative predicate ("called the threats unjustified") codes a criticism
(111) or praise (051). A coded verb takes its event-noun object into its own event,
except a support verb ("held talks", "resumed talks": the noun codes the event) and a
verb that stops the action ("ended the talks": see ``modality``).

The object noun decides a support verb's code ("launched air strikes" 195, "held joint
exercises" 062, "launched a mediation effort" 045: a light noun is named by its compound
modifier) and the kind of what is stopped ("suspended military aid" 1622). A phrasal verb
("step down", "hammer out") is coded only by patterns naming its particle or its object.
Not triggers: a participle modifying a noun ("the planned visit"), an event noun
modifying a noun for people ("aid workers"), a bare conflict verb whose object is an ill
or a cause ("fight corruption"), and a phone call or envoy whose purpose is coded
("called Y to congratulate him", "sent a team to investigate": the purpose is the event),
and a word whose winning pattern has the code ``none`` (``lexicon.NO_EVENT``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..syntax import NOMINAL, child, conjuncts, prep_objects
from . import arguments as args
from .cues import Cues, cues
from .lexicon import NO_EVENT, Lexicon, Pattern
from .modality import Mood, governor_kind

_VERB_POS = frozenset({"VERB"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_VICTIM_PREPS = frozenset({"on", "upon", "against", "at", "toward", "towards", "into"})


@dataclass
class Trigger:
    token: Token
    pattern: Pattern
    words: list[Token] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)
    head: Token | None = None
    mood: Mood | None = None
    nominal: bool = False  # an event noun ("the talks"), not a verb

    @property
    def is_noun(self) -> bool:
        return self.nominal


def _object_words(verb: Token) -> list[Token]:
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd", "dative"):
            out.extend(conjuncts(c))
    return out


def _names(t: Token) -> tuple[str, ...]:
    """How a word may be named in a pattern's objects: lemma, surface form and, with its
    compound or adjective modifier, a two-word phrase ("war crime" for "war crimes",
    "military spending")."""
    lemma = t.lemma_.lower()
    mods = [c.lemma_.lower() for c in t.children if c.dep_ in ("compound", "amod")]
    if mods:
        return (lemma, t.lower_, f"{mods[-1]} {lemma}")
    return (lemma, t.lower_)


def _hits(pool: Sequence[Token], objects: frozenset[str]) -> list[Token]:
    return [t for t in pool if any(n in objects for n in _names(t))]


def _match_verb(
    verb: Token,
    patterns: Sequence[Pattern],
    neutral: frozenset[str] = frozenset(),
    light: frozenset[str] = frozenset(),
    broadcasts: frozenset[str] = frozenset(),
) -> tuple[Pattern, list[Token]] | None:
    objects = _object_words(verb)
    # "called X on Wednesday" is no "call on": a time is no prepositional argument, nor
    # is the programme one speaks on ("insisted on BBC Radio 4's Today programme")
    preps: dict[str, Token] = {
        w: t
        for w, t in prep_objects(verb).items()
        if t.ent_type_ not in _TIME_ENTS and t.lemma_.lower() not in broadcasts
    }
    for o in objects:
        for word, t in prep_objects(o).items():
            preps.setdefault(word, t)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    xcomp = child(verb, ("xcomp", "ccomp"))
    # a phrasal verb ("step down", "hammer out") means something else than the bare verb:
    # only patterns naming its particle, or constraining its object, may code it
    phrasal = particle is not None and particle not in neutral
    transitive = any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass") for c in verb.children)
    for p in patterns:
        if p.particle is not None and p.particle != particle:
            continue
        if phrasal and p.particle is None and not p.objects:
            continue
        if p.code == "042" and not p.objects and transitive and verb.lemma_.lower() != "visit":
            continue  # "returned 21 frogs to Brazil", "flew medicine into": carried, no visit
        if p.code == "084" and not p.objects and not transitive:
            continue  # "the president returned to Tehran": came back, released nothing
        if p.xcomp is not None and (xcomp is None or xcomp.lemma_.lower() != p.xcomp):
            continue
        if p.prep is not None and p.prep not in preps:
            continue
        used: list[Token] = []
        if p.objects:
            pool = list(objects)
            if p.prep is not None:
                pool.append(preps[p.prep])
            if xcomp is not None:
                pool.extend(_object_words(xcomp))
            if "with" in preps and p.prep is None:  # "provided Egypt with aid"
                pool.append(preps["with"])
            used = _hits(pool, p.objects)
            if not used:  # "eased curfew hours": a light head's compound modifier names it
                mods = [
                    c
                    for t in pool
                    if t.lemma_.lower() in light
                    for c in t.children
                    if c.dep_ == "compound"
                ]
                used = [t for t in mods if t.lemma_.lower() in p.objects or t.lower_ in p.objects]
            if not used:
                continue
        words = used + ([xcomp] if p.xcomp is not None and xcomp is not None else [])
        words += [c for c in verb.children if c.dep_ == "prt"]
        return p, words
    return None


def _match_noun(noun: Token, patterns: Sequence[Pattern]) -> tuple[Pattern, list[Token]] | None:
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    preps = prep_objects(noun)
    for p in patterns:
        if p.prep is not None and p.prep not in preps:
            continue
        used: list[Token] = []
        if p.objects:
            # "attack on a tanker": a target's preposition names the victim, not the kind
            pool = mods + [o for w, o in preps.items() if p.prep == w or w not in _VICTIM_PREPS]
            used = _hits(pool, p.objects)
            if not used:
                continue
        return p, used
    return None


def _evaluation(verb: Token, cues: Cues) -> tuple[Pattern, list[Token]] | None:
    """ "X called Y's threats unjustified": an evaluative predicate criticises or praises."""
    if verb.lemma_.lower() not in cues["evaluation_verbs"]:
        return None
    obj = child(verb, ("dobj", "obj", "nsubjpass"))
    pool = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "attr")]
    if obj is not None:
        pool += [c for c in obj.children if c.dep_ in ("amod", "appos", "acl", "prep")]
    words = [w for p in pool for w in conjuncts(p)]
    for code, cue in (("111", "negative_evaluations"), ("051", "positive_evaluations")):
        hits = [w for w in words if w.lower_ in cues[cue] or w.lemma_.lower() in cues[cue]]
        if hits:
            pattern = Pattern(code, verb.lemma_.lower(), None, origin=f"event_cues.yaml:{cue}")
            return pattern, hits + ([obj] if obj is not None else [])
    predicate = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
    if obj is not None and predicate:
        # "called the change pragmatic", "what he called a hoax": an evaluation of no
        # known leaning is no event, and never the appeal "call" is otherwise
        pattern = Pattern(NO_EVENT, verb.lemma_.lower(), None, origin="event_cues.yaml:evaluation")
        return pattern, [obj, *predicate]
    return None


def _refine_stop(pattern: Pattern, words: list[Token], lexicon: Lexicon, c: Cues) -> Pattern:
    """ "suspended military aid": stopping aid (162) of the kind its noun names (072) is
    the stopping of that kind (1622), by the cessation table."""
    if pattern.code not in ("162", "160"):
        return pattern  # (a NO_EVENT pattern stays what it is)
    for w in words:
        if w.pos_ not in NOMINAL:
            continue
        pats = lexicon.for_noun(w.lemma_.lower()) or lexicon.for_noun(w.lower_)
        m = _match_noun(w, pats) if pats else None
        if m is None or m[0].specificity() == 0:
            continue
        stopped = c.transform("cessation", m[0].code)
        if stopped is not None and stopped.startswith(pattern.code) and stopped != pattern.code:
            return Pattern(stopped, pattern.verb, None, pattern.objects, origin=pattern.origin)
    return pattern


def _refine(pattern: Pattern, words: list[Token], lexicon: Lexicon, support: bool) -> Pattern:
    """A generic verb code ("strengthen cooperation" 050) yields to its object noun's
    more specific pattern ("defence cooperation" 062); so does any code of a support verb,
    whose object noun decides what happened ("held joint exercises" 062, not 150)."""
    if pattern.code == NO_EVENT or not (support or pattern.code.endswith("0")):
        return pattern
    for w in words:
        if w.pos_ not in NOMINAL:
            continue
        pats = lexicon.for_noun(w.lemma_.lower()) or lexicon.for_noun(w.lower_)
        m = _match_noun(w, pats) if pats else None
        if m is None and support:
            # a light noun named by its modifier: "launched a mediation effort" (045),
            # "carried out a rescue operation" (073)
            for mod in (c for c in w.children if c.dep_ == "compound" and c.pos_ in NOMINAL):
                mp = lexicon.for_noun(mod.lemma_.lower()) or lexicon.for_noun(mod.lower_)
                mm = _match_noun(mod, mp) if mp else None
                if mm is not None:
                    return mm[0]
        if m is None or m[0].specificity() == 0:
            continue
        if support or m[0].code[:2] >= pattern.code[:2]:
            return m[0]
    return pattern


def find_triggers(
    span: Span | Sequence[Token], lexicon: Lexicon, cues_: Cues | None = None
) -> list[Trigger]:
    """The verbs and event nouns of a sentence that a lexicon pattern codes."""
    c = cues_ or cues()
    found: list[Trigger] = []
    for tok in span:
        after_possessive = _after_possessive(tok)  # "Trump's Sanctions": a noun
        if tok.pos_ in _VERB_POS and not after_possessive:
            if _adjectival(tok):
                continue  # "the planned visit", "wounded soldiers": a modifier, no action
            purpose = args.phone_call_purpose(tok, c)
            if purpose is not None and (
                tok.lemma_.lower() in c["phone_verbs"] or lexicon.for_verb(purpose.lemma_.lower())
            ):
                continue  # "called Y to congratulate him", "sent a team to investigate"
            m = _evaluation(tok, c)
            if m is None:
                pats = lexicon.for_verb(tok.lemma_.lower())
                m = (
                    _match_verb(
                        tok,
                        pats,
                        c["neutral_particles"],
                        c["light_heads"],
                        c["broadcast_nouns"],
                    )
                    if pats
                    else None
                )
                if m is not None:
                    supporting = tok.lemma_.lower() in c["support_verbs"]
                    refined = _refine(m[0], m[1], lexicon, supporting)
                    m = (_refine_stop(refined, m[1], lexicon, c), m[1])
            if m is not None and _figurative(tok, m[0], c):
                continue  # "fight corruption", "fighting for justice": no use of force
            if m is not None:
                takes = {t.i for t in m[1]}
                if (
                    not m[0].objects
                    and tok.lemma_.lower() not in c["support_verbs"]
                    and governor_kind(tok, c) != "cessation"
                ):
                    # a coded verb takes its event-noun object into its own event
                    takes |= {o.i for o in _object_words(tok) if o.dep_ in ("dobj", "obj")}
                found.append(Trigger(tok, m[0], [tok, *m[1]], takes))
        elif tok.pos_ in NOMINAL or after_possessive:
            pats = lexicon.for_noun(tok.lemma_.lower()) or lexicon.for_noun(tok.lower_)
            m = _match_noun(tok, pats) if pats else None
            if m is not None:
                found.append(Trigger(tok, m[0], [tok, *m[1]], set(), nominal=True))
    # an event noun modifying a noun for people or bodies ("aid workers", "protest
    # leaders", "peace activists") describes who they are, not an event
    events = {t.token.i for t in found if t.is_noun}
    found = [
        t
        for t in found
        if not (
            t.is_noun
            and t.token.dep_ == "compound"
            and t.token.head.pos_ in NOMINAL
            and t.token.head.i not in events
            and t.token.head.lemma_.lower() in c["agent_nouns"]
        )
    ]
    nouns = {t.token.i for t in found if t.is_noun}
    # a noun trigger modifying another ("trade talks") is part of that event, unless the
    # other governs it ("sanctions threat", handled by the mood)
    modifiers = {
        t.token.i
        for t in found
        if t.is_noun
        and t.token.dep_ == "compound"
        and t.token.head.i in nouns
        and governor_kind(t.token.head, c) is None
    }
    consumed: set[int] = set()
    support: set[int] = set()
    for t in found:
        if (
            not t.is_noun
            and not t.pattern.objects
            and t.token.lemma_.lower() in c["support_verbs"]
            and any(o.i in nouns for o in _object_words(t.token))
        ):
            support.add(t.token.i)  # "resumed talks": the talks are the event
        else:
            consumed |= t.consumed
    skip = consumed | support | modifiers
    # a NO_EVENT pattern won its word (and took its object): that word codes nothing
    return [t for t in found if t.token.i not in skip and t.pattern.code != NO_EVENT]


def _figurative(verb: Token, pattern: Pattern, c: Cues) -> bool:
    """A bare conflict verb whose object, or the object of its "for"/"against", is a
    cause or an ill rather than an adversary ("fight the epidemic", "battle for justice")."""
    if pattern.objects or pattern.code[:2] not in ("18", "19", "20"):
        return False
    words = [o for o in _object_words(verb) if o.dep_ in ("dobj", "obj")]
    words += [o for p, o in prep_objects(verb).items() if p in ("for", "against")]
    return bool(words) and all(
        w.lemma_.lower() in c["figurative_objects"] or w.lower_ in c["figurative_objects"]
        for w in words
    )


def _adjectival(tok: Token) -> bool:
    """A participle modifying a noun without arguments of its own ("the planned visit")."""
    return tok.dep_ == "amod" and not any(
        c.dep_ in ("dobj", "obj", "prep", "agent", "xcomp", "ccomp", "prt") for c in tok.children
    )


def _after_possessive(tok: Token) -> bool:
    if tok.i == 0:
        return False
    before = tok.nbor(-1)
    return before.tag_ == "POS" or before.lower_ in ("'s", "’s", "'", "’")


def _verb_forms(word: str) -> list[str]:
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return out


def headline_triggers(span: Span, lexicon: Lexicon) -> list[Trigger]:
    """A Title Case headline the parser read as one noun phrase ("Kremlin Condemns US
    Threat"): the first word that is a present-tense lexicon verb is the trigger."""
    for tok in list(span)[1:]:
        if not tok.is_title or _after_possessive(tok):  # "Trump's Sanctions Threat"
            continue
        for form in _verb_forms(tok.lower_):
            pats = [p for p in lexicon.for_verb(form) if not (p.prep or p.particle or p.xcomp)]
            rest = {t.lemma_.lower() for t in span[tok.i - span[0].i + 1 :]} | {
                t.lower_ for t in span[tok.i - span[0].i + 1 :]
            }
            for p in pats:
                if not p.objects or p.objects & rest:
                    if p.code == NO_EVENT:
                        return []
                    return [Trigger(tok, p, [tok], set(), head=tok, mood=Mood(headline=True))]
    return []


def describe(p: Pattern) -> str:
    parts = [p.verb or p.noun or "?"]
    if p.particle:
        parts.append(p.particle)
    if p.xcomp:
        parts.append(f"to {p.xcomp}")
    if p.objects:
        parts.append("[" + "|".join(sorted(p.objects)) + "]")
    if p.prep:
        parts.append(f"{p.prep} …")
    return " ".join(parts)
