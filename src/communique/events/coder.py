"""The CAMEO event coder: who did what to whom, and when, from each sentence's parse.

    code_events(parsed, actors, dates, lexicon, trace=None) -> list[Event]

For every sentence that is not boilerplate (navigation, captions, credits):

1. triggers: verbs and event nouns with lexicon patterns; the most specific pattern whose
   constraints (object, preposition, particle, complement) hold wins. An event noun that
   is the object of a coded verb belongs to that verb.
2. mood (``modality``): negation, future, if/unless conditions and the governing word
   turn the trigger's code into a threat, intent, refusal, appeal or demand, or drop it
   (reported accusations, hypothetical clauses, negated conflict).
3. arguments (``arguments``): source and target actors, one event per actor pair;
   coordinated actors of a mutual action (talks, agreements, cooperation) yield
   reciprocal events.
4. date (``dating``): the event's own time expression, else the publication date.

Events repeated in one article (same source and target country and sector, same code)
are emitted once with a ``mentions`` count. ``trace``, when given a list, receives one
line per decision for ``communique explain``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from ..models import ActorMention, DateMention, Event
from ..nlp import Parsed
from . import arguments as args
from .codebook import Code, codebook
from .cues import Cues, cues
from .dating import DateIndex
from .lexicon import Lexicon, Pattern
from .modality import Mood, governance, governor_kind

# Actor policy, measured on the dev sets (see the events section of the report in
# bench/ or the module's tests): an event needs a resolved source (the actor who acted);
# a missing target is allowed ("Russia launched an offensive"). Requiring both sides
# loses most events; allowing target-only events ("the attack on X") adds noise.
#: Events need at least this: "source", "target", "any" (either side) or "both".
REQUIRE = "source"
#: Events in relative clauses ("the ship it seized"): "keep", "drop", or "secondary"
#: (dropped when the sentence has a main-clause event).
BACKGROUND = "secondary"
#: An explicit agent that is no known actor ("the very countries criticising India"):
#: "drop" the event, or "keep" it with no source (then REQUIRE decides).
UNRESOLVED_AGENT = "keep"
#: Whether an actor with a sector but no country ("police") counts as a side of an event.
SECTOR_ONLY_COUNTS = True

_MODAL = frozenset({"threat", "intent", "refusal", "appeal", "demand", "cessation"})
_VERB_POS = frozenset({"VERB"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_REFLEXIVE = frozenset({"its", "their", "his", "her", "our", "my"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "his", "its", "their"})  # fmt: skip


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


@dataclass
class _Candidate:
    source: ActorMention | None
    target: ActorMention | None
    code: str
    sentence: int
    trigger: Trigger
    words: list[Token]
    negated: bool
    confidence: float
    date: str | None
    explicit_date: bool
    background: bool = False


@lru_cache(maxsize=1)
def _codes() -> dict[str, Code]:
    return codebook()


# --- triggers ---------------------------------------------------------------------------


def _object_words(verb: Token) -> list[Token]:
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd", "dative"):
            out.extend(args.conjuncts(c))
    return out


def _match_verb(verb: Token, patterns: Sequence[Pattern]) -> tuple[Pattern, list[Token]] | None:
    objects = _object_words(verb)
    preps: dict[str, Token] = dict(args.prep_objects(verb))
    for o in objects:
        for word, t in args.prep_objects(o).items():
            preps.setdefault(word, t)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    xcomp = args.child(verb, ("xcomp", "ccomp"))
    for p in patterns:
        if p.particle is not None and p.particle != particle:
            continue
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
            used = [t for t in pool if t.lemma_.lower() in p.objects or t.lower_ in p.objects]
            if not used:
                continue
        words = used + ([xcomp] if p.xcomp is not None and xcomp is not None else [])
        words += [c for c in verb.children if c.dep_ == "prt"]
        return p, words
    return None


def _match_noun(noun: Token, patterns: Sequence[Pattern]) -> tuple[Pattern, list[Token]] | None:
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    preps = args.prep_objects(noun)
    for p in patterns:
        if p.prep is not None and p.prep not in preps:
            continue
        used: list[Token] = []
        if p.objects:
            pool = mods + list(preps.values())
            used = [t for t in pool if t.lemma_.lower() in p.objects or t.lower_ in p.objects]
            if not used:
                continue
        return p, used
    return None


def _evaluation(verb: Token, cues: Cues) -> tuple[Pattern, list[Token]] | None:
    """ "X called Y's threats unjustified": an evaluative predicate criticises or praises."""
    if verb.lemma_.lower() not in cues["evaluation_verbs"]:
        return None
    obj = args.child(verb, ("dobj", "obj", "nsubjpass"))
    pool = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "attr")]
    if obj is not None:
        pool += [c for c in obj.children if c.dep_ in ("amod", "appos", "acl", "prep")]
    words = [w for p in pool for w in args.conjuncts(p)]
    for code, cue in (("111", "negative_evaluations"), ("051", "positive_evaluations")):
        hits = [w for w in words if w.lower_ in cues[cue] or w.lemma_.lower() in cues[cue]]
        if hits:
            pattern = Pattern(code, verb.lemma_.lower(), None, origin=f"event_cues.yaml:{cue}")
            return pattern, hits + ([obj] if obj is not None else [])
    return None


def _refine(pattern: Pattern, words: list[Token], lexicon: Lexicon) -> Pattern:
    """A generic verb code ("strengthen cooperation" 050) yields to its object noun's
    more specific pattern ("defence cooperation" 062)."""
    if not pattern.code.endswith("0"):
        return pattern
    for w in words:
        if w.pos_ not in _NOUN_POS:
            continue
        pats = lexicon.for_noun(w.lemma_.lower()) or lexicon.for_noun(w.lower_)
        m = _match_noun(w, pats) if pats else None
        if m is not None and m[0].specificity() > 0 and m[0].code[:2] >= pattern.code[:2]:
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
            m = _evaluation(tok, c)
            if m is None:
                pats = lexicon.for_verb(tok.lemma_.lower())
                m = _match_verb(tok, pats) if pats else None
                if m is not None:
                    m = (_refine(m[0], m[1], lexicon), m[1])
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
        elif tok.pos_ in _NOUN_POS or after_possessive:
            pats = lexicon.for_noun(tok.lemma_.lower()) or lexicon.for_noun(tok.lower_)
            m = _match_noun(tok, pats) if pats else None
            if m is not None:
                found.append(Trigger(tok, m[0], [tok, *m[1]], set(), nominal=True))
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
    return [t for t in found if t.token.i not in skip]


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
                    return [Trigger(tok, p, [tok], set(), head=tok, mood=Mood(headline=True))]
    return []


# --- the coder --------------------------------------------------------------------------


class _Coder:
    def __init__(
        self,
        parsed: Parsed,
        actors: Sequence[ActorMention],
        dates: Sequence[DateMention],
        lexicon: Lexicon,
        trace: list[str] | None,
    ) -> None:
        self.parsed = parsed
        self.index = args.MentionIndex(parsed.doc, actors)
        self.dates = DateIndex(parsed, dates)
        self.lexicon = lexicon
        self.cues: Cues = cues()
        self.trace = trace

    def log(self, line: str) -> None:
        if self.trace is not None:
            self.trace.append(line)

    # sources and targets ---------------------------------------------------------------

    def _resolve_pronoun(self, token: Token) -> list[ActorMention]:
        """A pronoun subject in reported speech refers to the reporter ("Trump said he ...")."""
        cur = token.head
        for _ in range(8):
            if cur.head is cur:
                break
            gov = cur.head
            if cur.dep_ in ("ccomp", "xcomp", "advcl", "conj") and gov.pos_ in ("VERB", "AUX"):
                subj, _p = args.subject_of(gov)
                if subj is not None and subj.lower_ not in _PRONOUNS:
                    found = args.actors_at(subj, self.index)
                    if found:
                        return found
            cur = gov
        # else the nearest actor subject earlier in the sentence
        for t in reversed(list(token.sent[: token.i - token.sent.start])):
            if t.dep_ in ("nsubj", "nsubjpass"):
                found = args.actors_at(t, self.index)
                if found:
                    return found
        return []

    def _agents(self, token: Token | None) -> list[ActorMention]:
        if token is None:
            return []
        found = args.actors_at(token, self.index)
        if not found and token.lower_ in _PRONOUNS:
            found = self._resolve_pronoun(token)
        return found

    def _verb_source(self, verb: Token) -> tuple[list[ActorMention], Token | None]:
        subj, _passive = args.subject_of(verb)
        return self._agents(subj), subj

    def _sources_targets(
        self, trig: Trigger, head: Token
    ) -> tuple[list[ActorMention], list[ActorMention], bool] | None:
        """Sources, targets of the action and whether the sources come as a mutual pair;
        None when the action is no event between actors at all."""
        tok = trig.token
        if trig.mood is not None and trig.mood.headline:
            sent = tok.sent
            left = _merge_adjacent(self.index.in_tokens(sent.start, tok.i), self.parsed)
            right = [m for m in self.index.in_tokens(tok.i, sent.end) if m not in left]
            return left, _merge_adjacent(right, self.parsed), False
        if not trig.is_noun:
            carrier = tok
            if trig.pattern.xcomp is not None:  # "vowed to protect its interests"
                carrier = args.child(tok, ("xcomp", "ccomp")) or tok
            obj = args.child(carrier, ("dobj", "obj"))
            if obj is not None and not args.actors_at(obj, self.index):
                own = args.child(obj, "poss")
                if (
                    own is not None
                    and own.lower_ in _REFLEXIVE
                    and not trig.pattern.objects
                    and not args.verb_targets(tok, trig.pattern.prep, self.index)
                ):
                    self.log(f"    self-directed ('{own.text} {obj.text}'): not coded")
                    return None
            sources, subj = self._verb_source(tok)
            if not sources and subj is not None and UNRESOLVED_AGENT == "drop":
                self.log(f"    agent '{subj.text}' is not a known actor")
                return None
            targets = args.verb_targets(tok, trig.pattern.prep, self.index)
            between = args.between_pair(tok, self.index)
            if not targets and len(between) >= 2:
                return between, [], True
            return sources, targets, False
        between = args.between_pair(tok, self.index)
        if len(between) >= 2:
            return between, [], True
        sources = args.noun_source(tok, self.index)
        if not sources and UNRESOLVED_AGENT == "drop" and args.child(tok, "poss") is not None:
            self.log(f"    agent '{args.child(tok, 'poss')}' is not a known actor")
            return None
        targets = args.noun_targets(tok, self.index, sources)
        if head is not tok:  # "held talks with X": the predicate's subject and its phrases
            if not sources:
                sources, subj = self._verb_source(head)
                if not sources and subj is not None and UNRESOLVED_AGENT == "drop":
                    self.log(f"    agent '{subj.text}' is not a known actor")
                    return None
            if not targets:
                targets = [
                    m
                    for m in args.verb_targets(head, trig.pattern.prep, self.index)
                    if all(m is not s for s in sources)
                ]
        return sources, targets, False

    # modality --------------------------------------------------------------------------

    def _clause_head(self, trig: Trigger, coded: frozenset[int] = frozenset()) -> Token:
        """The predicate that carries a nominal trigger ("held talks" → held): a verb
        that is not itself coded (``coded``: the sentence's verb triggers) or only
        supports the noun."""
        tok = trig.token
        if not trig.is_noun:
            return tok
        head = tok.head
        if (
            tok.dep_ in ("dobj", "obj", "nsubjpass", "attr")
            and head.pos_ in ("VERB", "AUX")
            and governor_kind(head, self.cues) in (None, "speech")  # "announced a ceasefire"
            and (head.i not in coded or head.lemma_.lower() in self.cues["support_verbs"])
        ):
            return head
        return tok

    def _transform(self, code: str, mood: Mood) -> tuple[str | None, bool, str]:
        """The code after negation and modality, whether negated, and why."""
        root = int(code[:2])
        conflict = root >= 14 or code.startswith("16")
        cues = self.cues
        if mood.conditional:
            return None, False, "conditional clause: not coded"
        if mood.no_object:
            return None, True, "denied object ('no ...'): not coded"
        kind = mood.kind
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
            out = cues.transform("refusal", code)
            return out, True, "negated → rejection" if out else "negated: not coded"
        if mood.future or mood.threat_condition:
            if conflict or (mood.threat_condition and root >= 9):
                return cues.transform("threat", code), False, "future/conditional → threat"
            if root <= 8:
                return cues.transform("intent", code), False, "future → intent"
        return code, False, ""

    # one trigger -------------------------------------------------------------------------

    def code_trigger(self, trig: Trigger, sentence: int) -> list[_Candidate]:
        tok = trig.token
        head = trig.head if trig.head is not None else self._clause_head(trig)
        mood = trig.mood if trig.mood is not None else governance(head, self.cues)
        base = trig.pattern.code
        code, negated, why = self._transform(base, mood)
        if mood.background and BACKGROUND == "drop":
            code, why = None, "background clause: not coded"
        self.log(
            f"  trigger '{tok.text}' ({'noun' if trig.is_noun else 'verb'}) → {base}"
            f" by pattern {_describe(trig.pattern)} [{trig.pattern.origin}]"
        )
        for note in mood.notes:
            self.log(f"    {note}")
        if why:
            self.log(f"    {why}" + (f": {code}" if code else ""))
        if code is None or code not in _codes():
            return []
        found = self._sources_targets(trig, head)
        if found is None:
            return []
        sources, targets, mutual_pair = found
        gov = mood.governor
        words = list(trig.words)
        date_verbs = _chain(head)
        if gov is not None and mood.kind in _MODAL:
            words.append(gov)
            g_sources, _ = (
                self._verb_source(gov) if gov.pos_ in ("VERB", "AUX", "ADJ") else ([], None)
            )
            if not g_sources and gov.pos_ in _NOUN_POS:
                g_sources = args.noun_source(gov, self.index)
                if not g_sources and gov.head.pos_ in ("VERB", "AUX"):
                    g_sources, _ = self._verb_source(gov.head)
            if mood.kind in ("appeal", "demand"):
                g_targets = (
                    args.verb_targets(gov, None, self.index)
                    if gov.pos_ in ("VERB", "AUX")
                    else args.noun_targets(gov, self.index)
                )
                targets = g_targets or sources
                sources = g_sources
            else:
                if g_sources:
                    sources = g_sources
                if not targets and gov.pos_ in ("VERB", "AUX"):
                    targets = args.verb_targets(gov, None, self.index)
                elif not targets:  # "a sanctions threat against X"
                    targets = args.noun_targets(gov, self.index, sources)
            date_verbs = _chain(gov)
        elif gov is not None and mood.kind == "speech" and (mood.future or mood.threat_condition):
            date_verbs = _chain(gov)
        neg = [c for c in head.children if c.dep_ == "neg"]
        words.extend(neg)
        date, dmention = self.dates.for_clause(sentence, date_verbs)
        confidence = 0.55 + 0.05 * trig.pattern.specificity() + (0.0 if trig.is_noun else 0.1)
        if why:
            confidence -= 0.05
        if mood.possible:
            confidence -= 0.2
        pairs = self._pairs(sources, targets, code, mutual_pair)
        out: list[_Candidate] = []
        for s, t in pairs:
            c = confidence
            c += 0.1 if (s is not None and s.country and t is not None and t.country) else 0.0
            c -= 0.15 if t is None else 0.0
            c -= 0.2 if s is None else 0.0
            out.append(
                _Candidate(
                    s,
                    t,
                    code,
                    sentence,
                    trig,
                    words,
                    negated,
                    max(0.05, min(0.95, c)),
                    date,
                    dmention is not None,
                )  # fmt: skip
            )
        if not out:
            self.log("    no actors: not coded")
        for cand in out:
            cand.background = mood.background
        return out

    def _usable(self, m: ActorMention | None) -> bool:
        if m is None:
            return False
        return bool(m.country) or (SECTOR_ONLY_COUNTS and bool(m.sector or m.code))

    def _pairs(
        self,
        sources: list[ActorMention],
        targets: list[ActorMention],
        code: str,
        mutual_pair: bool,
    ) -> list[tuple[ActorMention | None, ActorMention | None]]:
        sources = [m for m in sources if self._usable(m)]
        # "withdraw its troops": the source's own forces are not a target
        targets = [
            m
            for m in targets
            if self._usable(m) and not (not m.country and m.text.split()[0].lower() in _REFLEXIVE)
        ]
        mutual = self.cues.is_mutual(code)
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
        out = []
        for s, t in pairs:
            if s is not None and t is not None and _same_actor(s, t):
                continue
            if REQUIRE == "both" and (s is None or t is None):
                continue
            if REQUIRE == "source" and s is None:
                continue
            out.append((s, t))
        return out

    # the whole article ------------------------------------------------------------------

    def run(self) -> list[Event]:
        parsed = self.parsed
        candidates: list[_Candidate] = []
        for i, span in enumerate(parsed.spans):
            if parsed.is_boilerplate(i):
                self.log(f"sentence {i}: boilerplate ({parsed.sentences[i].kind}), skipped")
                continue
            triggers: list[Trigger] = []
            if parsed.sentences[i].kind in ("title", "heading") and not any(
                t.pos_ in ("VERB", "AUX") for t in span
            ):
                triggers = headline_triggers(span, self.lexicon)
            if not triggers:
                triggers = find_triggers(span, self.lexicon, self.cues)
            self.log(f"sentence {i}: {len(triggers)} trigger(s)")
            found: list[_Candidate] = []
            for trig in self._arbitrate(triggers):
                found.extend(self.code_trigger(trig, i))
            if BACKGROUND == "secondary" and any(not c.background for c in found):
                for c in found:
                    if c.background:
                        self.log(
                            f"  '{c.trigger.token.text}' is background to the main event: dropped"
                        )
                found = [c for c in found if not c.background]
            candidates.extend(found)
        return self._merge(candidates)

    def _arbitrate(self, triggers: list[Trigger]) -> list[Trigger]:
        """Drop a governor whose complement codes the event, or the complement of a
        governor whose own pattern names it ("decline to comment")."""
        by_token = {t.token.i: t for t in triggers}
        drop: set[int] = set()
        for t in triggers:
            if t.pattern.xcomp is not None:
                for w in t.words[1:]:
                    if w.i in by_token and w.i != t.token.i:
                        drop.add(w.i)
        consumed = {i for t in triggers for i in t.consumed}
        coded = frozenset(t.token.i for t in triggers if not t.is_noun)
        for t in triggers:
            if t.token.i in drop:
                continue
            if t.mood is None:
                t.head = self._clause_head(t, coded)
                t.mood = governance(t.head, self.cues)
            gov = t.mood.governor
            if (
                t.is_noun
                and not t.mood.background
                and t.token.dep_ == "pobj"
                and _governing_verb(t.token) in coded
                and len(args.between_pair(t.token, self.index)) < 2  # "a meeting between X and Y"
            ):
                # "claimed responsibility for the attacks", "sanctions over its invasion":
                # an event noun inside another event's argument is background to it
                t.mood.background = True
                self.log(f"  '{t.token.text}' is inside an argument of another event")
            if gov is not None and gov.i in consumed:
                owner = next(o for o in triggers if gov.i in o.consumed)
                code, _n, _w = self._transform(t.pattern.code, t.mood)
                if code is not None and code[:2] == owner.pattern.code[:2]:
                    # "reaffirmed their commitment to defence cooperation": the complement
                    # makes the owner's code more specific (030 → 0312)
                    drop.add(owner.token.i)
                    self.log(
                        f"  '{t.token.text}' specifies '{owner.token.text}': coded as one event"
                    )
                    continue
                drop.add(t.token.i)  # "rejected calls to end the war": content of the rejection
                self.log(f"  '{t.token.text}' is the content of '{gov.text}': not coded")
                continue
            if gov is not None and gov.i in by_token and t.mood.kind in _MODAL:
                code, _n, _w = self._transform(t.pattern.code, t.mood)
                if code is not None:
                    drop.add(gov.i)
                    self.log(f"  '{gov.text}' governs '{t.token.text}': coded as one event")
        return [t for t in triggers if t.token.i not in drop]

    def _merge(self, candidates: list[_Candidate]) -> list[Event]:
        merged: dict[tuple[object, ...], tuple[Event, bool]] = {}
        for c in candidates:
            event = self._event(c)
            key = (_side(c.source), _side(c.target), c.code)
            if key not in merged:
                merged[key] = (event, c.explicit_date)
                self.log(f"event {_render(event)}")
                continue
            first, explicit = merged[key]
            better = replace(
                first,
                mentions=first.mentions + 1,
                confidence=max(first.confidence, event.confidence),
                date=event.date if (c.explicit_date and not explicit) else first.date,
            )
            merged[key] = (better, explicit or c.explicit_date)
            self.log(f"repeat of {_render(first)} (mentions {better.mentions})")
        return [e for e, _x in merged.values()]

    def _event(self, c: _Candidate) -> Event:
        info = _codes()[c.code]
        words = sorted({w.i: w for w in c.words}.values(), key=lambda w: w.i)
        start = words[0].idx
        end = words[-1].idx + len(words[-1].text)
        sent = self.parsed.sentences[c.sentence]
        return Event(
            source=c.source.actor() if c.source else None,
            target=c.target.actor() if c.target else None,
            cameo=c.code,
            root=info.root,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            plover=info.plover,
            date=c.date,
            sentence=sent.text,
            sentence_index=c.sentence,
            trigger=" ".join(w.text for w in words),
            start=start,
            end=end,
            negated=c.negated,
            confidence=round(c.confidence, 3),
        )


def _merge_adjacent(mentions: list[ActorMention], parsed: Parsed) -> list[ActorMention]:
    """Headline mentions with nothing but words between them are one actor
    ("Indian" + "Envoy" → an Indian government actor)."""
    out: list[ActorMention] = []
    text = parsed.article.text
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


def _governing_verb(token: Token) -> int:
    """The index of the nearest verb above ``token`` (-1 if none)."""
    cur = token
    for _ in range(10):
        if cur.dep_ == "ROOT":
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur.i
    return -1


def _chain(token: Token) -> list[Token]:
    """The predicate and the verbs above it in its clause (for date attachment)."""
    out = [token]
    cur = token
    for _ in range(10):
        if cur.head is cur or cur.dep_ in ("relcl", "advcl", "parataxis"):
            break
        cur = cur.head
        out.append(cur)
    return out


def _side(m: ActorMention | None) -> tuple[str | None, str | None, str | None]:
    if m is None:
        return (None, None, None)
    return (m.country, m.sector, None if (m.country or m.sector) else m.text)


def _same_actor(a: ActorMention, b: ActorMention) -> bool:
    """One actor on both sides: the same mention or the same coreference entity."""
    return a is b or (a.entity >= 0 and a.entity == b.entity) or a.text == b.text


def _describe(p: Pattern) -> str:
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


def _render(e: Event) -> str:
    def who(a: object) -> str:
        if a is None:
            return "—"
        text = getattr(a, "text", "?")
        code = getattr(a, "code", None) or (
            (getattr(a, "country", None) or "") + (getattr(a, "sector", None) or "")
        )
        return f"{text} ({code or '?'})"

    neg = " negated" if e.negated else ""
    return (
        f"{who(e.source)} → {who(e.target)}: {e.cameo} {_codes()[e.cameo].name}"
        f" [quad {e.quad_class}, goldstein {e.goldstein}{neg}] date {e.date}"
        f" trigger '{e.trigger}' confidence {e.confidence}"
    )


def code_events(
    parsed: Parsed,
    actors: Sequence[ActorMention],
    dates: Sequence[DateMention],
    lexicon: Lexicon,
    trace: list[str] | None = None,
) -> list[Event]:
    """Code the political events of a parsed article (see the module docstring)."""
    return _Coder(parsed, actors, dates, lexicon, trace).run()
