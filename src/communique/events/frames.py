"""Event frames: whether a pattern's word stands where it names an event of its code.

    frame_problem(trig, head, code, sources, targets, index, cues) -> str | None

A lexicon pattern names a word, and the word has senses that are no event: "recognize
that the deal is bad" is no diplomatic recognition, "a political settlement" no
occupation, "his party's conference" no consultation, "Howard hits back" no use of
force. An event needs the frame its code is about. ``frame_problem`` returns why a
trigger lacks it (the coder drops the trigger and traces the reason), or None:

* an event noun is an event only in an event frame: carried by a verb that makes it
  happen ("held talks", "imposed sanctions", "the talks took place", "launched air
  strikes"), between two named sides ("talks between X and Y"), or with an actor of
  its own that acts on a named other ("China's crackdown on protesters"); a bare
  mention ("trade talks", "despite US objections"), what another noun is about ("the
  war of words over asylum"), the one addressed ("told a Commons inquiry") and what a
  verb breaks ("broke the pledges he made", ``undoing_verbs``) are not;
* a verb idiom's noun names the idiom only bare and singular ("took issue with", not
  "took the issues seriously"; ``idiom_objects``);
* a verb whose pattern names no complement is no event of a code about acts when the
  verb takes a clause instead ("recognize that …", "agreed that …"): the verb is used
  as one of thinking or saying;
* the codes in ``dyadic_codes`` (consultation, material cooperation, coercion, assault,
  fighting, mass violence …) need the other side: an actor target, a partner, or for
  force a place;
* a pattern converted from PETRARCH for a cooperative act (``converted_dyadic_codes``:
  appeals, intents, consultation, support, cooperation, aid) was written for an actor
  object: without another side it is used in another sense ("proposed the idea",
  "offered a hard right agenda");
* force (roots 18–20) is used by forces: a politician, party or legislature that
  "attacks" or "hits" someone without a target that force can reach (a country, an
  armed group, people, a place) speaks figuratively; and force is used on someone or
  somewhere, not on files or racism (``force_targets``); a party is no state, in
  government or not;
* praise or support (05) by a verb alone is of someone or something done, not of a
  state of mind (``acknowledged_objects``: "appreciated people's concerns");
* diplomatic recognition (054) by a verb alone recognises an actor or its standing
  (``recognition_objects``: independence, sovereignty, a government …), not "people's
  concerns" or "the need for reform";
* military de-escalation (087) needs an armed actor, forces or weapons, a surrender to
  someone or a place of fighting ("withdrew two posters", "to stand down" are none).

The word lists are in ``data/event_cues.yaml`` (``occurrence_verbs``, ``dyadic_codes``,
``force_users``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..index import ArticleIndex
from ..models import ActorMention
from ..syntax import NOMINAL, VERBAL, first_conjunct
from . import arguments as args
from .cues import Cues
from .modality import for_to
from .triggers import Trigger

#: Roots whose events use force.
FORCE_ROOTS = frozenset({"18", "19", "20"})
#: Roots of statements, appeals, demands, accusations, rejections and threats: these
#: verbs take clauses in their coded sense ("demanded that …", "warned that …").
CLAUSAL_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
_CARRIER_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd"})
#: Prepositions whose object, in a converted PETRARCH pattern's frame ("come to +",
#: "go through +"), is the other side of the event: without an actor there, the words
#: are used in another sense ("going to a memorial service", "the Bill goes to a vote").
_ACTOR_PREPS = frozenset(
    {"to", "into", "with", "between", "against", "from", "behind", "through", "before"}
)


def _question(clause: Token) -> bool:
    """ "asked whether the plan would work", "asked what it meant": a question, no request."""
    first = clause.left_edge
    return (
        first.lower_ in ("whether", "if")
        or first.tag_ in ("WDT", "WP", "WP$", "WRB")
        or any(t.text == "?" for t in clause.subtree)  # a question quoted
    )


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")]


#: Governors that make the act of their complement an event of their own kind.
_GOVERNING = frozenset({"threat", "intent", "refusal", "appeal", "demand", "cessation"})


def _prefixed(code: str, table: frozenset[str]) -> bool:
    return any(code[:n] in table for n in range(len(code), 1, -1))


def _carrier(noun: Token, cues: Cues) -> Token | None:
    """The verb that makes the event noun happen: "held talks", "talks were held",
    "the talks took place", "launched a new round of talks"."""
    tok = noun
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in cues["quantity_nouns"]
    ):
        tok = tok.head.head
    tok = first_conjunct(tok)
    head = tok.head
    if head.i == tok.i or head.pos_ not in VERBAL:
        return None
    lemma = head.lemma_.lower()
    occurs = cues["occurrence_verbs"] | cues["support_verbs"]
    if tok.dep_ in _CARRIER_DEPS and lemma in occurs:
        return head
    if tok.dep_ == "nsubj" and lemma in cues["happening_verbs"]:
        return head  # "clashes erupted", "the talks took place"
    return None


def noun_problem(
    trig: Trigger, head: Token, code: str, index: ArticleIndex, cues: Cues
) -> str | None:
    """Why an event noun stands in no event frame, or None."""
    noun = trig.token
    if trig.mood is not None and trig.mood.headline:
        return None
    sent = index.sentences[index.sentence_index(noun)]
    if sent.kind in ("title", "heading") and not any(t.pos_ in VERBAL for t in noun.sent):
        return None  # a verbless headline names its event with a noun
    if _carried_by(head, noun, cues) or _carrier(noun, cues) is not None:
        return None
    if _topic(noun):
        return "the topic of another noun ('a row over sanctions'), no event of its own"
    gov = trig.mood.governor if trig.mood is not None else None
    # "ended the talks", "a sanctions threat issued by X": the governor is the event
    if (
        gov is not None
        and trig.mood is not None
        and trig.mood.kind in _GOVERNING
        and (gov.pos_ in VERBAL or _carrier(gov, cues) is not None or _own_agent(gov, index))
    ):
        return None
    if _responsible(noun):
        return None  # "X was behind the attack", "X is responsible for the killings"
    if len(args.between_pair(noun, index)) >= 2:
        return None
    agent = _own_agent(noun, index)
    if agent and (
        args.noun_targets(noun, index, agent) or not _prefixed(code, cues["dyadic_codes"])
    ):
        return None
    return "a bare mention of the event noun, in no event frame"


def _own_agent(noun: Token, index: ArticleIndex) -> list[ActorMention]:
    """The actor a noun names as its own agent: its possessor or by-phrase (not a national
    modifier: "despite US objections" mentions the objections, it reports no act)."""
    if args.child(noun, ("poss",)) is None and "by" not in args.prep_objects(noun):
        return []
    return args.noun_source(noun, index)


def _carried_by(head: Token, noun: Token, cues: Cues) -> bool:
    """Whether the predicate ``head`` found for the noun carries it: any verb but one that
    breaks or disowns what the noun names ("broke the pledges he made", "violated the
    truce", "ignored the appeal"): the noun is then an event only in a frame of its own."""
    return head.i != noun.i and head.lemma_.lower() not in cues["undoing_verbs"]


def _topic(noun: Token) -> bool:
    """ "a war of words over asylum", "the row about sanctions", "talks on a ceasefire":
    the noun is what another noun is about."""
    first = first_conjunct(noun)
    prep = first.head
    return (
        first.dep_ == "pobj"
        and prep.lower_ in _TOPIC_PREPS
        and prep.head.pos_ in NOMINAL
        and prep.head.i != prep.i
    )


def _responsible(noun: Token) -> bool:
    """ "X was behind the attack", "X is responsible for the killings"."""
    first = first_conjunct(noun)
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in ("for", "behind"):
        return False
    up = prep.head
    return up.lemma_.lower() in ("be", "responsible", "accountable", "culpable", "liable")


def frame_problem(
    trig: Trigger,
    head: Token,
    code: str,
    sources: Sequence[ActorMention],
    targets: Sequence[ActorMention],
    index: ArticleIndex,
    cues: Cues,
) -> str | None:
    """Why the trigger coded ``code`` lacks its event frame, or None."""
    if trig.is_noun:
        problem = noun_problem(trig, head, code, index, cues)
        if problem:
            return problem
    else:
        verb = trig.token
        p = trig.pattern
        if (
            p.prep in _ACTOR_PREPS
            and not p.objects
            and p.origin.startswith("lexicon_petrarch")
            and not any(
                args.actors_at(where.get(p.prep), index, inner=False)
                for where in (args.prep_objects(verb), *map(args.prep_objects, _objects(verb)))
            )
        ):
            return f"no actor after '{p.prep}': the pattern's frame names one"
        idiom = [
            c
            for c in _objects(verb)
            if c.lemma_.lower() in p.objects and c.lemma_.lower() in cues["idiom_objects"]
        ]
        if idiom and all(
            c.tag_ in ("NNS", "NNPS") or any(d.dep_ in ("det", "poss") for d in c.children)
            for c in idiom
        ):
            # "took issue with" is an objection; "took the issues seriously" is not
            return f"'{verb.text} {idiom[0].text}' is no idiom here: another sense"
        bare = not (p.objects or p.prep or p.particle or p.xcomp)
        deps = {c.dep_ for c in verb.children}
        clause_only = "ccomp" in deps and not deps & {"dobj", "obj", "dative", "xcomp"}
        converted = p.origin.startswith("lexicon_petrarch")
        if bare and clause_only and (code[:2] not in CLAUSAL_ROOTS or converted):
            # a converted pattern was written for an actor object: with a clause only,
            # the verb reports what was said ("…, the minister suggested")
            return f"'{verb.text}' takes a clause here: a verb of thinking or saying"
        helped = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        if (
            bare
            and p.verb in cues["enabling_verbs"]
            and code[:2] in ("07", "03")  # not "asked NATO to help patrol": an appeal
            and helped
            and (
                not targets
                # "would help smash people smuggling gangs": the gangs are what is fought
                # ("help Iraq to fight the insurgents" still helps Iraq)
                or (
                    not deps & {"dobj", "obj", "dative"}
                    and any(h.lemma_.lower() in cues["countering_verbs"] for h in helped)
                )
            )
        ):
            # "ID cards would help fight terror", "he helped make the vote a celebration"
            return f"'{verb.text}' helps something happen, not someone: no aid"
        if (
            bare
            and code[:2] == "03"
            and p.verb in cues["concurrence_verbs"]
            and not deps & {"dobj", "obj", "xcomp", "dative", "oprd"}
            and not {"on", "to", "upon"} & set(args.prep_objects(verb))
            and not any(c.dep_ == "ccomp" and _planned(c, cues) for c in verb.children)
        ):
            # "agreed it was of concern", "Mr X agreed and said …": a view shared, no act
            return f"'{verb.text}' shares a view here, agrees to no act: no intent"
        if (
            bare
            and code[:2] == "12"
            and not targets
            and not deps & {"dobj", "obj", "xcomp", "ccomp", "prep", "dative", "nsubjpass"}
        ):
            return f"'{verb.text}' has nothing rejected: used intransitively"
        if (
            bare
            and code == "043"
            and not any(
                args.actors_at(c, index, inner=False)
                for c in verb.children
                if c.dep_ in ("dobj", "obj", "nsubjpass")
            )
        ):
            # "the bill received a first reading", "received advice": no visitor
            return f"'{verb.text}' takes in no visitor: no visit hosted"
        if (
            bare
            and p.verb in cues["advice_verbs"]
            and code[:2] == "02"
            and not deps & {"xcomp", "ccomp"}
            and not any(c.dep_ == "advcl" and for_to(c) for c in verb.children)
        ):
            return f"'{verb.text}' advises no course of action: counsel, no appeal"
        if (
            bare
            and p.verb in cues["request_verbs"]
            and code[:2] == "02"
            and not deps & {"xcomp", "dative", "oprd"}
            and not (deps & {"dobj", "obj"} and targets)
            and not any(
                (c.dep_ == "advcl" and for_to(c)) or (c.dep_ == "ccomp" and not _question(c))
                for c in verb.children
            )
        ):
            # "asked" a question, "called the plan impressive": no request to anyone
            return f"'{verb.text}' asks nothing of anyone here: no appeal"
    if (
        trig.pattern.origin.startswith("lexicon_petrarch")
        and _prefixed(trig.pattern.code, cues["converted_dyadic_codes"])
        and code == trig.pattern.code
        and not targets
        and len(sources) < 2
    ):
        # PETRARCH wrote its patterns for an actor object: "Germany proposed a freeze",
        # "the party gears up", "confirmed support" name no one cooperated with
        return "a converted pattern's act with no other side: its frame names one"
    if code[:2] == "04" and not trig.is_noun and targets and len(sources) < 2:
        topics = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in trig.token.children
            if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS
        ]
        if topics and all(any(a <= t.start < b for a, b in topics) for t in targets):
            # "talked about the Labour manifesto": what was talked about, not with whom
            return "the actor named is the topic, not the other side"
    if (
        _prefixed(code, cues["dyadic_codes"])
        and not targets
        and len(sources) < 2
        and not _place(trig, head, cues)
    ):
        return "no other side named for an event that needs one"
    if (
        _prefixed(code, cues["transitive_codes"])
        and not targets
        and not _place(trig, head, cues)
        and not any(_complement(w) for w in _predicates(trig, head, cues))
    ):
        return "used intransitively, in another sense than the act's"
    if code[:2] in FORCE_ROOTS and not trig.is_noun:
        objects = [c for c in trig.token.children if c.dep_ in ("dobj", "obj")]
        named = trig.pattern.objects
        if objects and all(
            (
                o.lemma_.lower() in cues["figurative_objects"]
                or o.lower_ in cues["figurative_objects"]
            )
            and o.lemma_.lower() not in named
            for o in objects
        ):
            return "force used on something abstract: figurative"
    if trig.pattern.code[:2] in FORCE_ROOTS and not trig.is_noun and not trig.pattern.objects:
        objects = _objects(trig.token)
        if objects and not any(_forceable(o, index, cues) for o in objects):
            # "destroyed 37,000 files", "raided the dressing-up box", "fought racism"
            return "force used on no one and nowhere: figurative"
    if trig.pattern.code[:2] == "05" and not trig.is_noun and not trig.pattern.objects:
        objects = _objects(trig.token)
        if objects and all(
            o.lemma_.lower() in cues["acknowledged_objects"] and index.any_mention_at(o) is None
            for o in objects
        ):
            # "appreciated people's concerns", "respects the strength of feeling": the
            # verb of acknowledging a state of mind, no praise or support of anyone
            return "acknowledges a concern or a view, praises no one"
    if trig.pattern.code == "054" and not trig.is_noun and not trig.pattern.objects:
        objects = _objects(trig.token)
        if objects and not any(
            index.any_mention_at(o) is not None or o.lemma_.lower() in cues["recognition_objects"]
            for o in objects
        ):
            # "recognised people's concerns", "recognises the need for reform": the
            # verb of acknowledging, not recognition of a state or its government
            return "recognised something that is neither an actor nor its standing"
    if (
        trig.pattern.code.startswith("087")
        and not trig.is_noun
        and not _military_frame(trig, sources, index, cues)
        and not _place(trig, head, cues)  # "surrendered in Faryab province"
    ):
        # "withdrew two posters", "Mr X is to stand down": no forces stand down
        return "no armed actor and no forces: no military de-escalation"
    if code[:2] in FORCE_ROOTS and sources and not trig.is_noun:
        subj, _passive = args.subject_of(head)
        if subj is not None and not _agent_head(subj, index, cues):
            return f"'{subj.text}' names no one who uses force: figurative"
    if code[:2] in FORCE_ROOTS and sources:
        users = cues["force_users"]
        if not any(_armed(m, users) for m in sources):
            struck = _struck(head)
            reachable = [
                t
                for t in targets
                if (t.kind == "place" or _state(t) or (t.sector or "").lower() in users | {"cvl"})
                # the thing struck itself, not its owner ("attacked Labour's taxes")
                and (not struck or any(t.start <= w.idx < t.end for w in struck))
            ]
            places = [
                o
                for o in head.children
                if o.dep_ in ("dobj", "obj")
                and (
                    o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in cues["place_nouns"]
                )
            ]
            if not reachable and not places and not _place(trig, head, cues):
                return "force used by no force on no target it can reach: figurative"
    return None


#: Prepositions whose object is the topic of a consultation, not a partner in it.
_TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})

#: Prepositions whose object is what an act of force is aimed at ("hit back at", "clashed
#: with", "fired on").
_AIMED_PREPS = ("at", "on", "upon", "against", "into", "with")


def _struck(verb: Token) -> list[Token]:
    """The heads of what an act of force is done to: its objects, its passive subject,
    the objects of its at/on/against/with phrases."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    preps = args.prep_objects(verb)
    out += [preps[p] for p in _AIMED_PREPS if p in preps]
    return out


#: Count nouns whose "of" phrase names what was counted.
_COUNTS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "number", "lot"})
#: Personal pronouns that can name whom force was used on (not "it", "this", "that").
_PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "himself", "themselves"})


def _forceable(obj: Token, index: ArticleIndex, cues: Cues) -> bool:
    """Whether an object of an act of force is something force is used on: an actor,
    people, a place, a weapon or a number of victims ("killed 20"), or the object the
    pattern names."""
    of = args.prep_objects(obj).get("of")
    if of is not None and obj.lower_ in _COUNTS:
        obj = of  # "destroyed thousands of files": the files
    words = {obj.lemma_.lower(), obj.lower_}
    if index.any_mention_at(obj) is not None or obj.lower_ in _PEOPLE_PRONOUNS:
        return True
    if obj.ent_type_ in ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "CARDINAL"):
        return True
    if obj.pos_ in ("NUM", "ADJ", "DET") or obj.lower_ in ("other", "others", "another"):
        return True  # "killed 20", "wounded four others", "injured many more"
    if words & (
        cues["place_nouns"] | cues["weapon_nouns"] | cues["force_targets"] | cues["force_nouns"]
    ):
        return True  # "launched air strikes", "shelled positions", "bombed a convoy"
    return any(  # an actor's people or things: "the Taliban hideouts", "Afghan Army trainees"
        index.any_mention_at(w) is not None or w.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
        for w in obj.subtree
        if w.i != obj.i
    )


def _military_frame(
    trig: Trigger, sources: Sequence[ActorMention], index: ArticleIndex, cues: Cues
) -> bool:
    """Whether a de-escalation is military: an armed actor de-escalates, or forces,
    weapons or the pattern's object are what is withdrawn or stood down."""
    users = cues["force_users"]
    if any(_armed(m, users) for m in sources) or trig.pattern.objects:
        return True
    if args.actors_at(args.prep_objects(trig.token).get("to"), index, inner=False):
        return True  # "surrendered to the authorities"
    military = cues["weapon_nouns"] | cues["force_targets"]
    for word in trig.token.subtree:
        mention = index.any_mention_at(word)
        if mention is not None and (mention.sector or "").lower() in users:
            return True
        if word.lemma_.lower() in military:
            return True
    return False


def _planned(clause: Token, cues: Cues) -> bool:
    """Whether a complement clause says what is to be done ("agreed that the talks would
    resume"): a future or a modal of obligation (the vocabulary's auxiliaries), or a
    subjunctive "that X be …"."""
    planning = cues["future_auxiliaries"] | cues["obligation_auxiliaries"]
    return any(
        c.dep_ == "aux" and (c.lower_ in planning or (c.lemma_ == "be" and c.tag_ == "VB"))
        for c in clause.children
    ) or (clause.tag_ == "VB" and not any(c.dep_ == "aux" for c in clause.children))


def _agent_head(subj: Token, index: ArticleIndex, cues: Cues) -> bool:
    """Whether the subject of an act of force is an agent: an actor, a weapon or an act
    of force ("the blast killed"), not a thing an actor only modifies ("the Iraq
    controversy hurt Mr Blair")."""
    if index.any_mention_at(subj) is not None or subj.pos_ in ("PRON", "PROPN"):
        return True
    lemma = subj.lemma_.lower()
    return (
        lemma in cues["weapon_nouns"]
        or lemma in cues["force_nouns"]
        or subj.ent_type_ in ("PERSON", "NORP", "ORG", "GPE")
    )


#: Country codes of actors that belong to no state.
_NO_STATE = frozenset({"IGO", "NGO", "IMG", "MNC"})


def _state(m: ActorMention) -> bool:
    """A country named as such, or its government as a body ("the government", "the
    authorities", a ministry); not a politician, not office holders ("ministers",
    "officials", "the foreign secretary"), not an IGO."""
    sector = (m.sector or "").lower()
    if (m.country or "") in _NO_STATE or _party(m):
        return False
    return (
        m.kind == "country"
        or (bool(m.country) and not sector)
        or (sector == "gov" and m.kind == "organisation")
    )


def _party(m: ActorMention) -> bool:
    """A political party, in government or not ("Labour" is GBRGOV in 2005): no state."""
    return "party" in (m.name or "").lower().split() or (m.sector or "").upper() == "PTY"


def _armed(m: ActorMention, users: frozenset[str]) -> bool:
    """An actor that can use force: a state or an armed, police or criminal body."""
    return (m.sector or "").lower() in users or _state(m)


def _predicates(trig: Trigger, head: Token, cues: Cues) -> list[Token]:
    """The words whose complements tell what the act was done to: the trigger, its
    predicate, the verb that makes an event noun happen, and the first of conjoined
    verbs ("26 were killed and 41 wounded")."""
    out = [trig.token, head]
    carrier = _carrier(trig.token, cues) if trig.is_noun else None
    if carrier is not None:
        out.append(carrier)
    for w in list(out):
        if w.dep_ == "conj" and w.head.pos_ in VERBAL:
            out.append(w.head)
        out.extend(c for c in w.children if c.dep_ == "conj" and c.pos_ in VERBAL)
    return out


def _complement(word: Token) -> bool:
    """Whether ``word`` has an object, a passive subject or an on/against/at/into phrase,
    or is a participle describing what it was done to ("activists detained")."""
    if any(c.dep_ in ("dobj", "obj", "nsubjpass", "dative") for c in word.children):
        return True
    if word.dep_ == "acl" and word.tag_ == "VBN" and word.head.pos_ in NOMINAL:
        return True
    return any(
        p in ("on", "against", "at", "into", "upon", "toward", "towards", "by")
        for p in args.prep_objects(word)
    )


def _place(trig: Trigger, head: Token, cues: Cues) -> bool:
    """Whether the act names where it happened ("fighting in Aleppo", "strikes on a
    village"): a place name, or a noun for a place, after in/at/on/near…"""
    for word in {head.i: head, trig.token.i: trig.token}.values():
        for prep, obj in args.prep_objects(word).items():
            if prep in ("in", "inside", "across", "near", "around", "at", "on", "into") and (
                obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in cues["place_nouns"]
            ):
                return True
    return False
