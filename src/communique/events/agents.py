"""Who acted and on whom: the source and target actors of one trigger.

    Agents(index, cues, policy, log)     the coder's actor resolution (one per article)
    same_actor(a, b)                     whether two mentions are one actor

A verb's subject is its source (a passive's "by" phrase), its object or prepositional
phrase the target; an event noun takes its possessor or modifier, or the predicate that
carries it ("held talks with X"). A first-person pronoun inside a quotation is the
quotation's speaker (from the quotes stage); a pronoun subject in reported speech is the
reporter; "his country" is the speaker's country; a named agent the actor stage does not
know is a source with no country (``CoderPolicy.unresolved_agent``). Coordinated actors
of a mutual action yield reciprocal pairs.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..data import vocabulary
from ..index import ArticleIndex
from ..models import ActorMention
from ..policy import CoderPolicy
from ..syntax import NOMINAL, child, first_conjunct, prep_objects
from . import arguments as args
from .cues import Cues
from .modality import governance
from .triggers import Trigger

_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_UNRESOLVED = "unresolved agent"
_RESPONSIBLE = frozenset({"responsible", "accountable", "culpable", "liable"})
_OWN_STATE = frozenset({"country", "government", "nation", "state", "administration"})


#: Pronouns that stand for one person: never a party, a country or a body.
_PERSONAL = frozenset({"he", "she", "him", "her"})
_PLURAL = frozenset({"they", "them"})


def _agreeing(pronoun: Token, found: list[ActorMention]) -> list[ActorMention]:
    """The mentions a pronoun can stand for: "he" and "she" only for people ("His only
    motivation was to ensure Labour was re-elected, he insisted": not Labour); "they"
    never for one person ("Mr McConnell added that … sales … they were declining")."""
    if pronoun.lower_ in _PERSONAL:
        return [m for m in found if m.kind in ("person", "pronoun")]
    if pronoun.lower_ in _PLURAL and len(found) == 1 and found[0].kind == "person":
        return []
    return found


class Agents:
    """Source and target resolution over one article's index."""

    def __init__(
        self,
        index: ArticleIndex,
        cues: Cues,
        policy: CoderPolicy,
        log: Callable[[str], None],
    ) -> None:
        self.index = index
        self.cues = cues
        self.policy = policy
        self.log = log
        vocab = vocabulary()
        self.possessives = vocab["possessives"]
        self.first_person = vocab["first_person"]
        self.pronouns = (
            vocab["person_pronouns"] | vocab["group_pronouns"] | vocab["first_person"]
        ) | (vocab["possessives"] - {"your", "my", "our"})
        self.anaphoric = vocab["anaphoric_subjects"]
        self.via_inner: set[int] = set()  # ids of targets found inside a complement

    def _resolve_pronoun(self, token: Token) -> list[ActorMention]:
        """A pronoun subject in reported speech refers to the reporter ("Trump said he ...")."""
        if self.index.in_quote[token.i] and token.lower_ not in self.first_person:
            # in direct speech the speaker says "I": "he" is someone else, named inside
            # the quotation or unknown ("Mr X argued: 'He has apologised'")
            return self._earlier_subject(token, quoted=True)
        cur = token.head
        while cur.head.i != cur.i:
            gov = cur.head
            if cur.dep_ in ("ccomp", "xcomp", "advcl", "conj") and gov.pos_ in ("VERB", "AUX"):
                subj, _p = args.subject_of(gov)
                if subj is not None and subj.lower_ not in self.pronouns:
                    found = self._or_unresolved(args.actors_at(subj, self.index), subj)
                    if found and _agreeing(token, found):
                        return found
            cur = gov
        # else the nearest actor subject earlier in the sentence
        found = self._earlier_subject(token)
        if found:
            return found
        # else the subject of the previous sentence ("Russia ... . It also said ...")
        i = self.index.sentence_index(token) - 1
        while i >= 0 and self.index.is_boilerplate(i):
            i -= 1
        if i >= 0 and token.lower_ in self.anaphoric:
            root = self.index.spans[i].root
            subj, _p = args.subject_of(root)
            if subj is not None and subj.lower_ not in self.pronouns:
                return _agreeing(token, args.actors_at(subj, self.index))
        if token.lower_ in self.first_person:
            return self.quote_speaker(token)
        return []

    def _earlier_subject(self, token: Token, quoted: bool = False) -> list[ActorMention]:
        """The actors of the nearest subject before ``token`` in its sentence that names
        any the pronoun can stand for (with ``quoted``, only a subject inside a
        quotation)."""
        for t in reversed(list(token.sent[: token.i - token.sent.start])):
            if t.dep_ in ("nsubj", "nsubjpass") and (not quoted or self.index.in_quote[t.i]):
                found = _agreeing(token, args.actors_at(t, self.index))
                if found:
                    return found
        return []

    def quote_speaker(self, token: Token) -> list[ActorMention]:
        """A first-person pronoun inside a quotation stands for the quotation's speaker
        (as the quotes stage attributed it): "“We will not back down,” Peskov said"."""
        q = self.index.quote_at(token) if self.index.in_quote[token.i] else None
        sp = q.speaker if q is not None else None
        if sp is None or not (sp.country or sp.sector or sp.code):
            return []
        self.log(f"    '{token.text}' is the speaker of the quotation: {sp.text}")
        return [
            ActorMention(
                text=token.text,
                start=token.idx,
                end=token.idx + len(token.text),
                sentence=self.index.sentence_index(token),
                name=sp.name or sp.text,
                country=sp.country,
                sector=sp.sector,
                code=sp.code,
                kind="pronoun",
                how=f"speaker of the quotation: {sp.text}",
            )
        ]

    def of(self, token: Token | None) -> list[ActorMention]:
        if token is None:
            return []
        found = args.actors_at(token, self.index)
        if not found and token.lower_ in self.pronouns:
            found = self._resolve_pronoun(token)
        if (
            not found
            and token.lemma_.lower() in _OWN_STATE
            and any(c.dep_ == "poss" and c.lower_ in self.pronouns for c in token.children)
        ):  # "Putin said his country will not ...": the speaker's country
            found = [m for m in self._resolve_pronoun(token) if m.country]
        return found

    def verb_source(self, verb: Token) -> tuple[list[ActorMention], Token | None]:
        subj, _passive = args.subject_of(verb)
        return self.of(subj), subj

    def sources_targets(
        self, trig: Trigger, head: Token
    ) -> tuple[list[ActorMention], list[ActorMention], bool] | None:
        """Sources, targets of the action and whether the sources come as a mutual pair;
        None when the action is no event between actors at all."""
        tok = trig.token
        if trig.mood is not None and trig.mood.headline:
            sent = tok.sent
            left = args.merge_adjacent(
                self.index.mentions_in_tokens(sent.start, tok.i), self.index.text
            )
            right = [m for m in self.index.mentions_in_tokens(tok.i, sent.end) if m not in left]
            return left, args.merge_adjacent(right, self.index.text), False
        if not trig.is_noun:
            if trig.pattern.objects and tok.lemma_.lower() in self.cues["receiving_verbs"]:
                obj = child(tok, ("dobj", "obj")) or prep_objects(tok).get("with")
                received = self.received(obj, tok) if obj is not None else None
                if received is not None:  # "X drew rebukes from Y": Y → X
                    return received
            carrier = tok
            if trig.pattern.xcomp is not None:  # "vowed to protect its interests"
                carrier = child(tok, ("xcomp", "ccomp")) or tok
            obj = child(carrier, ("dobj", "obj"))
            if obj is not None and not args.verb_targets(carrier, None, self.index):
                own = child(obj, "poss")
                if (
                    own is not None
                    and own.lower_ in self.possessives
                    and not trig.pattern.objects
                    and not any(t.ent_type_ in _NAMED for t in obj.subtree)  # "his counterpart X"
                    and not args.verb_targets(tok, trig.pattern.prep, self.index)
                ):
                    self.log(f"    self-directed ('{own.text} {obj.text}'): not coded")
                    return None
            sources, subj = self.verb_source(tok)
            if not sources and subj is not None and self.policy.unresolved_agent == "drop":
                self.log(f"    agent '{subj.text}' is not a known actor")
                return None
            sources = self._or_unresolved(sources, subj)
            targets = args.verb_targets(tok, trig.pattern.prep, self.index)
            call = args.phone_call_purpose(tok.head, self.cues) if tok.head.i != tok.i else None
            if not targets and call is not None and call.i == tok.i:
                targets = args.verb_targets(tok.head, None, self.index)  # "called Y to thank"
            if not targets and carrier is not tok:  # "demanded that Iran release ...": Iran
                inner, _p = args.subject_of(carrier)
                if inner is not None and (subj is None or inner.i != subj.i):
                    targets = args.actors_at(inner, self.index)
                if not targets:  # "refused to withdraw its troops from Ukraine"
                    targets = [
                        m
                        for m in args.verb_targets(carrier, None, self.index)
                        if all(m is not s for s in sources)
                    ]
            between = args.between_pair(tok, self.index)
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            for w in [*trig.words[1:], *objs]:  # "talks between X and Y were held"
                if len(between) < 2 and w.pos_ in NOMINAL:
                    between = args.between_pair(w, self.index)
            if not sources and len(between) >= 2:
                return between, [], True
            if not targets and len(between) >= 2:
                if any(map(self.usable, sources)) and not self.cues.is_mutual(trig.pattern.code):
                    return sources, between, False  # "X mediated between Y and Z"
                return between, [], True
            if not targets and self.policy.inner_targets and not self.reciprocal(sources, trig):
                targets = self.inner(tok, sources)
            return sources, targets, False
        between = args.between_pair(tok, self.index)
        if len(between) >= 2:
            return between, [], True
        received = self.received(tok, head)
        if received is not None:
            return received
        sources = args.noun_source(tok, self.index)
        if not sources:
            sources = self._responsible(tok)
        if (
            not sources
            and self.policy.unresolved_agent == "drop"
            and child(tok, "poss") is not None
        ):
            self.log(f"    agent '{child(tok, 'poss')}' is not a known actor")
            return None
        targets = args.noun_targets(tok, self.index, sources)
        if head.i != tok.i:  # "held talks with X": the predicate's subject and its phrases
            if not sources:
                sources, subj = self.verb_source(head)
                if not sources and subj is not None and self.policy.unresolved_agent == "drop":
                    self.log(f"    agent '{subj.text}' is not a known actor")
                    return None
                sources = self._or_unresolved(sources, subj)
            if not targets:
                targets = [
                    m
                    for m in args.verb_targets(head, trig.pattern.prep, self.index)
                    if all(m is not s for s in sources)
                ]
        if not targets and self.policy.inner_targets and not self.reciprocal(sources, trig):
            targets = self.inner(tok, sources)
            if not targets and head.i != tok.i and tok.dep_ not in ("nsubj", "nsubjpass"):
                # what "launched strikes" reaches; not what "the trip is designed to
                # highlight": a subject's predicate says something about the event
                targets = self.inner(head, sources)
        return sources, targets, False

    def received(
        self, noun: Token, head: Token
    ) -> tuple[list[ActorMention], list[ActorMention], bool] | None:
        """ "X drew rebukes from Y", "X is facing criticism from Y", "X came under attack
        by Y", "faced with Y's criticism, X …": the one who receives the act is its target, the one it comes from its source."""
        verb = head if head.i != noun.i else noun.head
        if (
            verb.pos_ not in ("VERB", "AUX")
            or verb.lemma_.lower() not in self.cues["receiving_verbs"]
        ):
            return None
        if self.index.mention_at(noun) is not None:
            return None  # "received the ambassador", "met the president": a person, no act
        preps = prep_objects(noun) or {}
        agent = preps.get("from") or preps.get("by") or child(noun, "poss")
        if agent is None:
            agent = prep_objects(verb).get("from") or prep_objects(verb).get("by")
        subj, _p = args.subject_of(verb)
        targets = self.of(subj)
        sources = args.actors_at(agent, self.index) if agent is not None else []
        if not sources and not targets:
            return None
        self.log(f"    '{verb.text}' receives the act: the target is its subject")
        return sources, targets, False

    def reciprocal(self, sources: list[ActorMention], trig: Trigger) -> bool:
        """Coordinated sources of a mutual act are each other's targets ("India and
        Russia reaffirmed their commitment")."""
        return len(sources) >= 2 and self.cues.is_mutual(trig.pattern.code)

    def inner(self, word: Token, sources: list[ActorMention]) -> list[ActorMention]:
        """No target in the usual slots: the nearest actor inside what ``word`` acts on —
        its object, its complement clause, then its other phrases (not time phrases)."""
        roots = [
            c
            for c in word.children
            if c.dep_ in ("dobj", "obj", "attr", "oprd", "dative", "nsubjpass")
        ]
        roots += [c for c in word.children if c.dep_ in ("ccomp", "xcomp")]
        roots += [
            c
            for c in word.children
            if c.dep_ == "prep"
            and c.lower_ not in self.cues["circumstance_preps"]
            # "In the Commons, X demanded …": a phrase set before the clause is its setting
            and c.i > word.i
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        ]
        found = args.inner_targets(roots, self.index, sources) if roots else []
        self.via_inner.update(id(m) for m in found)
        if found:
            self.log(f"    target inside the complement: {', '.join(m.text for m in found)}")
        return found

    # modality --------------------------------------------------------------------------

    def _responsible(self, noun: Token) -> list[ActorMention]:
        """ "X is responsible for the killings", "X was behind the attack": X did it."""
        first = first_conjunct(noun)
        prep = first.head
        if first.dep_ != "pobj" or prep.lower_ not in ("for", "behind"):
            return []
        up = prep.head
        if prep.lower_ == "for" and up.lemma_.lower() in _RESPONSIBLE and up.dep_ == "acomp":
            up = up.head
        elif prep.lower_ == "for" or up.lemma_.lower() != "be":
            return []
        if governance(up, self.cues).kind == "content":
            return []  # "accusations that Tehran was behind the attack": only alleged
        subj, _p = args.subject_of(up)
        found = self._or_unresolved(self.of(subj), subj)
        if found:
            self.log(f"    '{subj}' is responsible for '{noun.text}'")
        return found

    def location_targets(
        self, trig: Trigger, head: Token, sources: list[ActorMention]
    ) -> list[ActorMention]:
        """Force used "in Pakistan" with no other target: the country where it struck,
        when it is not the source's own."""
        own = {m.country for m in sources if m.country}
        for word in dict.fromkeys([head, trig.token]):
            for prep, obj in prep_objects(word).items():
                if prep not in ("in", "inside", "across", "over", "throughout"):
                    continue
                found = [m for m in args.actors_at(obj, self.index) if m.country]
                found = [m for m in found if m.country not in own]
                if found:
                    self.log(f"    target from the place: '{obj.text}'")
                    return found
        return []

    def usable(self, m: ActorMention | None) -> bool:
        if m is None:
            return False
        if m.how == _UNRESOLVED:
            return True
        return bool(m.country) or (self.policy.sector_only_counts and bool(m.sector or m.code))

    def _or_unresolved(self, sources: list[ActorMention], subj: Token | None) -> list[ActorMention]:
        """No usable source, but a named agent the actor stage did not resolve
        ("Oldcastle sued ..."): an actor with no country, when the policy allows."""
        if (
            self.policy.unresolved_agent != "empty"
            or subj is None
            or any(map(self.usable, sources))
        ):
            return sources
        if subj.ent_type_ not in _NAMED or subj.lower_ in self.pronouns:
            return sources  # the head itself names the agent, not a word inside its phrase
        index = self.index
        start, end = index.ent_start[subj.i], index.ent_end[subj.i]  # its entity, or itself
        first, last = index.doc[start], index.doc[end - 1]
        text = index.doc[start:end].text
        self.log(f"    agent '{text}' is no known actor: a source with no country")
        mention = ActorMention(
            text=text,
            start=first.idx,
            end=last.idx + len(last),
            sentence=self.index.sentence_index(subj),
            kind="organisation",
            how=_UNRESOLVED,
        )
        return [*sources, mention]

    def pairs(
        self,
        sources: list[ActorMention],
        targets: list[ActorMention],
        code: str,
        mutual_pair: bool,
        agentless: bool = False,
        mutual_act: bool = False,
    ) -> list[tuple[ActorMention | None, ActorMention | None]]:
        """The (source, target) pairs of one coded action. Coordinated sources with no
        target are each other's targets when the action is mutual (both ways: ``code`` is
        mutual, or ``mutual_act`` says the act behind a modal code is) or when
        ``mutual_pair`` says the clause pairs them (the first towards the others)."""
        sources = [m for m in sources if self.usable(m)]
        # "withdraw its troops": the source's own forces are not a target
        targets = [
            m
            for m in targets
            if self.usable(m)
            and not (not m.country and m.text.split()[0].lower() in self.possessives)
        ]
        mutual = mutual_act or self.cues.is_mutual(code)
        pairs: list[tuple[ActorMention | None, ActorMention | None]] = []
        if not targets and len(sources) >= 2 and (mutual or mutual_pair):
            for a in sources:
                for b in sources:
                    if a is not b and (mutual or a is sources[0]):
                        pairs.append((a, b))
        elif sources and targets:
            pairs = [(s, t) for s in sources for t in targets]
        elif sources:
            pairs = [(s, None) for s in sources]
        elif targets:
            pairs = [(None, t) for t in targets]
        elif agentless and self.policy.agentless_passive == "keep":
            pairs = [(None, None)]
        out = []
        for s, t in pairs:
            if s is not None and t is not None and same_actor(s, t):
                continue
            if s is None and not agentless:  # an event needs the actor who acted
                continue
            out.append((s, t))
        return out

    # the whole article ------------------------------------------------------------------


def same_actor(a: ActorMention, b: ActorMention) -> bool:
    """One actor on both sides: the same mention or the same coreference entity."""
    return a is b or (a.entity >= 0 and a.entity == b.entity) or a.text == b.text
