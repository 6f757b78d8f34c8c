"""Who did it and to whom: the source and target actors of a trigger, on the dependency parse.

    actors_at(token, index)              the actors a noun phrase names (conjuncts apart)
    subject_of(verb) -> (Token|None, passive)
    verb_targets(verb, prep, index)      the target actors of a verb, best slot first
    noun_source(noun, index) / noun_targets(noun, index)
    between_pair(token, index)           the two sides of "between X and Y"
    merge_adjacent(mentions, text)       headline mentions that form one actor

Rules: the source is the grammatical agent (``nsubj``; the ``by`` agent of a passive;
inherited from the governing verb for open complements, conjoined verbs and participles);
the target is the object, else the actor of a with/on/against/to/toward/over/from phrase
on the verb or on its object, else the possessor inside the object ("Trump's threats").
A relative pronoun stands for the noun its clause modifies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from ..data import vocabulary
from ..index import ArticleIndex
from ..models import ActorMention
from ..syntax import child, conjuncts, misattached_conjunct, prep_objects
from .cues import Cues, cues

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
NP_INNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "appos"})
#: Prepositions whose object can be the target, best first.
TARGET_PREPS: tuple[str, ...] = (
    "against", "on", "upon", "with", "to", "toward", "towards", "at", "into", "onto", "from",
)  # fmt: skip
#: Verbs whose object is what is sent, so the destination is the target.
DESTINATION_VERBS = frozenset(
    {"send", "dispatch", "deploy", "ship", "deliver", "airlift", "transfer", "fly", "rush"}
)
NOUN_TARGET_PREPS: tuple[str, ...] = (
    "against", "on", "upon", "with", "to", "toward", "towards", "into", "at", "of",
)  # fmt: skip
#: Verbs whose object is the understood subject of their open complement ("urged X to").
OBJECT_CONTROL = frozenset(
    {"urge", "ask", "force", "compel", "invite", "persuade", "encourage", "allow", "order",
     "call", "press", "pressure", "push", "help", "enable", "tell", "request", "warn", "permit",
     "require", "oblige", "convince", "advise", "lead", "get"}
)  # fmt: skip
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
#: Heads that only count or group the actors of their of-phrase ("dozens of soldiers").
QUANTITIES = frozenset(
    {"hundred", "thousand", "dozen", "dozens", "hundreds", "thousands", "million", "millions",
     "score", "group", "number", "member", "some", "many", "most", "all", "majority", "rest",
     "part", "unit", "contingent", "delegation", "team", "batch", "handful", "couple", "pair"}
)  # fmt: skip


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies."""
    if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def actors_at(
    token: Token | None, index: ArticleIndex, *, inner: bool = True
) -> list[ActorMention]:
    """The resolved actors named by the noun phrase headed by ``token``, one per conjunct.

    When the head itself is not an actor and ``inner`` is true, actors among its
    NP-internal modifiers count ("Indian and Russian officials", "Trump's threats").
    """
    if token is None:
        return []
    out: list[ActorMention] = []
    for head in conjuncts(_antecedent(token)):
        found = index.mention_at(head)
        if found is None and (head.pos_ in ("NUM", "PRON", "DET") or head.lemma_ in QUANTITIES):
            of = prep_objects(head).get("of")  # "hundreds of British troops"
            found = index.mention_at(of) if of is not None else None
        if found is not None:
            out.append(found)
            # "Indian and Russian officials": coordinated modifiers name more actors
            for c in head.children:
                if c.dep_ in ("amod", "compound") and c.conjuncts:
                    out.extend(m for m in map(index.mention_at, conjuncts(c)) if m is not None)
        elif inner:
            out.extend(_inner_actors(head, index, 2))
    unique: list[ActorMention] = []
    for m in out:
        if all(m is not u for u in unique):
            unique.append(m)
    return unique


def _inner_actors(head: Token, index: ArticleIndex, depth: int) -> list[ActorMention]:
    if depth == 0:
        return []
    out: list[ActorMention] = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "including":  # "critics, including the EU"
            c = child(c, "pobj") or c
        elif c.dep_ not in NP_INNER_DEPS:
            continue
        for cc in conjuncts(c):
            found = index.mention_at(cc)
            if found is not None:
                out.append(found)
            else:
                out.extend(_inner_actors(cc, index, depth - 1))
    return out


def phone_call_purpose(verb: Token, cues_: Cues | None = None) -> Token | None:
    """The purpose verb of an errand, or None: "X called Y to congratulate him" (a
    telephone call, with a purpose from the ``call_purposes`` cues) or "X sent a team to
    investigate" (an envoy sent, any purpose): the purpose is X's own act."""
    c = cues_ or cues()
    lemma = verb.lemma_.lower()
    obj = child(verb, OBJECT_DEPS)
    if obj is None or (lemma not in c["phone_verbs"] and lemma not in c["sending_verbs"]):
        return None
    for ch in verb.children:
        if ch.dep_ == "prt":
            return None
        if ch.dep_ == "prep" and ch.lower_ in ("on", "for", "upon"):
            pobj = child(ch, "pobj")
            if pobj is None or pobj.ent_type_ not in ("DATE", "TIME"):
                return None  # "called on Y to", "called for": an appeal
    purpose = next(
        (ch for ch in verb.children if ch.dep_ in ("xcomp", "advcl") and ch.pos_ == "VERB"), None
    )
    if purpose is None:
        return None
    if lemma in c["sending_verbs"]:
        return purpose if obj.lemma_.lower() in c["envoy_nouns"] else None
    return purpose if purpose.lemma_.lower() in c["call_purposes"] else None


def reduced_passive(verb: Token) -> bool:
    """A headline's participle: "Minister accused of lying", "France criticised over
    stance", "Iran urged to free activists". Headlines put an active event in the present
    ("Blair rejects offer") and drop the auxiliary of a passive, so a past form heading a
    short unpunctuated line, with a subject, a phrase after it and no object, is a passive
    whose subject is the one acted on (the parser reads it as a past tense), when the verb
    takes an object in its event sense (``headline_passive_verbs``; not "Blair quit over
    Iraq")."""
    sent = verb.sent
    return (
        verb.tag_ in ("VBN", "VBD")
        and verb.dep_ == "ROOT"
        and verb.lemma_.lower() in cues()["headline_passive_verbs"]
        and len(sent) <= 15
        and sent[-1].text not in (".", "!", "?", ":", '"', "”")
        and child(verb, ("nsubj",)) is not None
        and any(c.dep_ in ("prep", "agent") for c in verb.children)
        and not any(
            c.dep_ in ("aux", "auxpass", "dobj", "obj", "ccomp", "dative", "iobj", "xcomp")
            for c in verb.children
        )
    )


def _message_to(verb: Token, noun: Token) -> bool:
    """Whether a participle of demanding, urging or saying that the parser hung on the
    addressee of "wrote to X", "appealed to X" belongs to the one who wrote: "has written
    to Tony Blair demanding an explanation"."""
    if verb.tag_ != "VBG" or noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return False  # (the cheap tests first: subject_of runs for every trigger)
    c = cues()
    lemma = verb.lemma_.lower()
    return (
        (lemma in c["demand_verbs"] or lemma in c["appeal_verbs"] or lemma in c["speech_verbs"])
        and noun.head.head.pos_ == "VERB"
        and child(noun.head.head, ("nsubj",)) is not None
    )


def subject_of(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The agent of ``verb`` and whether it came from a passive ``by`` phrase."""
    if reduced_passive(verb):
        agent = child(verb, "agent")
        return (child(agent, "pobj") if agent is not None else None), True
    subj = child(verb, SUBJECT_DEPS)
    if subj is not None and subj.dep_ != "expl":
        return subj, False
    if child(verb, PASSIVE_SUBJECT_DEPS) is not None:
        agent = child(verb, "agent")
        return (child(agent, "pobj") if agent is not None else None), True
    if depth > 4:
        return None, False
    head = verb.head
    purpose = phone_call_purpose(head) if verb.dep_ in ("xcomp", "advcl") else None
    if purpose is not None and purpose.i == verb.i:  # "X called Y to congratulate him": X
        return subject_of(head, depth + 1)
    if _passive_infinitive(verb):
        # "officials are to be questioned by MPs": the subject above is acted on
        agent = child(verb, "agent")
        return (child(agent, "pobj") if agent is not None else None), True
    if verb.dep_ == "xcomp":
        obj = child(head, OBJECT_DEPS)
        if obj is not None and head.lemma_.lower() in OBJECT_CONTROL:
            return obj, False
        return subject_of(head, depth + 1)
    if verb.dep_ == "conj" and misattached_conjunct(verb, head):
        # "Blair said Labour would set out plans and attacked the Tory plans": Blair
        return subject_of(head.head, depth + 1)
    if verb.dep_ == "conj" and (
        head.pos_ in ("VERB", "AUX") or child(head, SUBJECT_DEPS) is not None
    ):  # "X rejects and condemns ...", even when the parser took "rejects" for a noun
        return subject_of(head, depth + 1)
    if verb.dep_ in ("ccomp", "oprd") and head.lemma_.lower() in ("let", "set"):
        return subject_of(head, depth + 1)  # "Egypt let free the activists"
    if verb.dep_ in ("acomp", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, depth + 1)  # "Pakistan is willing to withdraw"
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        if _message_to(verb, head):
            # "wrote to Tony Blair demanding an explanation": the writer demands
            return subject_of(head.head.head, depth + 1)
        if verb.tag_ == "VBN":  # "sanctions imposed by the US"
            agent = child(verb, "agent")
            return (child(agent, "pobj") if agent is not None else None), True
        return head, False
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, depth + 1)
    return None, False


def passive_subject(verb: Token) -> Token | None:
    if reduced_passive(verb):
        return child(verb, ("nsubj",))
    if _passive_infinitive(verb):
        return child(verb.head, SUBJECT_DEPS)  # "officials are to be questioned"
    return child(verb, PASSIVE_SUBJECT_DEPS)


def _passive_infinitive(verb: Token) -> bool:
    """ "are to be questioned": a passive complement whose subject is the verb's above."""
    return verb.dep_ == "xcomp" and child(verb, "auxpass") is not None


def between_pair(token: Token, index: ArticleIndex) -> list[ActorMention]:
    """The actors of "between X and Y" attached to ``token``."""
    obj = prep_objects(token).get("between")
    return actors_at(obj, index) if obj is not None else []


def _own_forces(m: ActorMention) -> bool:
    """ "withdraw its troops": the actor's own people, no target (the next slot may be)."""
    return not m.country and m.text.split()[0].lower() in vocabulary()["possessives"]


def verb_targets(
    verb: Token, prep: str | None, index: ArticleIndex, depth: int = 0
) -> list[ActorMention]:
    """The target actors of a verb trigger, from the best slot that names one."""
    preps = prep_objects(verb)
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]  # the parser may give two
    obj = objects[0] if objects else None
    obj_preps = prep_objects(obj) if obj is not None else {}
    slots: list[Token | None] = []
    if prep is not None:
        slots += [preps.get(prep), obj_preps.get(prep)]
    if verb.lemma_.lower() in DESTINATION_VERBS:  # "sent a delegation to Turkey": Turkey
        slots += [preps.get(p) for p in ("to", "into", "toward", "towards")]
        slots += [obj_preps.get(p) for p in ("to", "into")]
    slots.extend(objects)
    slots.append(child(verb, ("dative", "iobj")))
    slots.append(passive_subject(verb))
    for p in TARGET_PREPS:
        slots += [preps.get(p), obj_preps.get(p)]
    for slot in slots:
        found = [m for m in actors_at(slot, index, inner=False) if not _own_forces(m)]
        if found:
            return found
    for p in TARGET_PREPS[:5]:  # "an attack on Islamic State targets"
        for slot in (preps.get(p), obj_preps.get(p)):
            found = actors_at(slot, index)
            if found:
                return found
    xcomp = child(verb, "xcomp")  # "refused to meet India", "agreed to help X"
    if xcomp is not None and depth < 2:
        found = verb_targets(xcomp, prep, index, depth + 1)
        if found:
            return found
    # the possessor or modifier inside the object: "called Trump's threats unjustified",
    # or its by-phrase: "rejected calls by the United States"
    if obj is None:
        return []
    found = actors_at(obj, index) or actors_at(prep_objects(obj).get("by"), index)
    if not found:  # "rejected the proposal made by X"
        acl = child(obj, "acl")
        agent = child(acl, "agent") if acl is not None else None
        found = actors_at(child(agent, "pobj"), index) if agent is not None else []
    return found


#: Relations inside a phrase or clause through which its actors are reached, nearest first.
_INNER_DEPS = frozenset(
    {"dobj", "obj", "attr", "oprd", "nsubjpass", "nsubj", "pobj", "prep", "poss", "compound",
     "amod", "nmod", "appos", "ccomp", "xcomp", "acl", "relcl", "conj", "dative", "agent", "pcomp"}
)  # fmt: skip


def inner_targets(
    roots: Sequence[Token],
    index: ArticleIndex,
    sources: Sequence[ActorMention],
    limit: int = 4,
) -> list[ActorMention]:
    """The nearest actors inside the phrases or clauses ``roots`` (what a verb acts on:
    its object, its complement clause, its prepositional phrases), breadth first and at
    most ``limit`` steps down: "rejected an extradition request for Catalonia's former
    leader" → the leader; "expressed hope that the reserve could save the Filipino
    people" → the Filipino people. Not the sources themselves."""
    frontier = list(roots)
    seen: set[int] = set()
    for _ in range(limit):
        found: list[ActorMention] = []
        nxt: list[Token] = []
        for t in frontier:
            if t.i in seen:
                continue
            seen.add(t.i)
            m = index.mention_at(t)
            if (
                m is not None
                and m.country
                and not any(m is s or (s.entity >= 0 and s.entity == m.entity) for s in sources)
            ):
                if all(m is not f for f in found):
                    found.append(m)
                continue
            nxt.extend(c for c in t.children if c.dep_ in _INNER_DEPS)
        if found:
            return found
        frontier = nxt
    return []


def noun_source(noun: Token, index: ArticleIndex) -> list[ActorMention]:
    """The agent of an event noun: its possessor, a by-phrase or a national modifier."""
    poss = child(noun, "poss")
    if poss is not None:
        found = actors_at(poss, index)
        if found:
            return found
    preps = prep_objects(noun)
    found = actors_at(preps.get("by"), index)  # "an attack by X"
    if found:
        return found
    if "from" in preps and child(noun, ("amod", "compound")) is None:
        found = actors_at(preps.get("from"), index)  # "pressure from X"
        if found:
            return found
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i:
            found = actors_at(c, index, inner=False)
            if found:
                return found
    return []


def noun_targets(
    noun: Token, index: ArticleIndex, sources: Sequence[ActorMention] = ()
) -> list[ActorMention]:
    """The target of an event noun: an actor in an on/against/with/to/of phrase; when the
    noun has its own source, a national modifier or a from-phrase names the other side
    ("India's Russian oil imports", "India's purchases from Russia")."""
    preps = prep_objects(noun)
    for p in NOUN_TARGET_PREPS:
        found = actors_at(preps.get(p), index)
        if found:
            return found
    if not sources:
        return []
    others = actors_at(preps.get("from"), index)
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i:
            others += actors_at(c, index)
    return [m for m in others if all(m is not s and m.country != s.country for s in sources)]


def merge_adjacent(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """Headline mentions with nothing but words between them are one actor
    ("Indian" + "Envoy" → an Indian government actor)."""
    out: list[ActorMention] = []
    for m in mentions:
        if out:
            prev = out[-1]
            gap = text[prev.end : m.start]
            if prev.end <= m.start and not any(ch in gap for ch in ",;:&|") and " and " not in gap:
                keep, other = (prev, m) if prev.country or not m.country else (m, prev)
                merged = replace(
                    keep,
                    text=text[prev.start : m.end],
                    start=prev.start,
                    end=m.end,
                    country=keep.country or other.country,
                    sector=keep.sector or other.sector,
                    code=(keep.country or other.country or "") + (keep.sector or other.sector or "")
                    or None,
                )
                out[-1] = merged
                continue
        out.append(m)
    return out
