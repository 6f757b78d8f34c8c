"""The CAMEO event coder: who did what to whom, and when, from each sentence's parse.

    code_events(index, lexicon, policy=None, trace=None) -> list[Event]

For every sentence that is not boilerplate (navigation, captions, credits):

1. triggers (``triggers``): verbs and event nouns with lexicon patterns, the most
   specific pattern winning; Title Case headlines the parser misreads get a fallback.
2. mood (``modality``): negation, future, if/unless conditions, obligations and the
   governing word turn the trigger's code into a threat, intent, refusal, appeal, demand
   or the stopping of an action, or drop it (reported accusations, hypothetical clauses,
   negated conflict). A governor whose complement codes the event is not coded twice.
3. actors (``agents``, ``arguments``): source and target actors, one event per actor
   pair; coordinated actors of a mutual action (talks, agreements, cooperation) and the
   two sides of "between X and Y" yield reciprocal events. A pronoun subject in reported
   speech is the reporter, "we" in a quotation its speaker. The clause may refine the
   code (a deployment for peacekeeping is 074, two countries' exercises 062). Events in
   relative clauses, and event nouns inside another event's argument, are background:
   dropped when the sentence has a main event.
4. date (``dating``): the event's own time expression, else the publication date.
5. voice: an event stated inside a quotation, or in the complement of a verb of saying
   ("X said Y attacked Z"), is ``reported``, with the quotation's speaker (from the
   quotes stage) or the subject of the verb of saying as its ``speaker``.

The candidates become the article's events in ``emit`` (repeats merged with a
``mentions`` count, headlines dated by the body).
``trace``, when given a list, receives one line per decision for ``communique explain``.
The tuning values (``CoderPolicy``) were chosen by measurement on the dev sets.
The stage reads the article index's layers: actor mentions, quotations and dates.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..index import ArticleIndex
from ..models import Actor, ActorMention, DateMention, Event
from ..policy import CoderPolicy
from ..syntax import NOMINAL, VERBAL, first_conjunct, prep_objects
from . import arguments as args
from .agents import Agents
from .confidence import Evidence, calibration
from .cues import Cues, cues
from .dating import event_date
from .emit import Candidate, merge, valid_code
from .frames import frame_problem
from .lexicon import Lexicon
from .modality import Mood, governance, governor_kind, transform
from .triggers import Trigger, describe, find_triggers, headline_triggers

_MODAL = frozenset({"threat", "intent", "refusal", "appeal", "demand", "cessation"})
#: Subordinators of a clause tied in time to the clause it depends on.
_TEMPORAL_MARKS = frozenset({"after", "before", "when", "as", "while", "once", "until"})


# --- the coder --------------------------------------------------------------------------


class _Coder:
    def __init__(
        self,
        index: ArticleIndex,
        lexicon: Lexicon,
        policy: CoderPolicy,
        trace: list[str] | None,
    ) -> None:
        self.index = index
        self.lexicon = lexicon
        self.policy = policy
        self.cues: Cues = cues()
        self.trace = trace
        self.agents = Agents(index, self.cues, policy, self.log)
        self.calibration = calibration()

    def log(self, line: str) -> None:
        if self.trace is not None:
            self.trace.append(line)

    def _clause_head(self, trig: Trigger, coded: frozenset[int] = frozenset()) -> Token:
        """The predicate that carries a nominal trigger ("held talks" → held): a verb
        that is not itself coded (``coded``: the sentence's verb triggers) or only
        supports the noun."""
        tok = trig.token
        if not trig.is_noun:
            return tok
        if (  # "began a new round of talks": the talks stand where the round stands
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in self.cues["quantity_nouns"]
        ):
            tok = tok.head.head
        head = tok.head
        if (
            tok.dep_ in ("dobj", "obj", "nsubjpass", "attr")
            and head.pos_ in ("VERB", "AUX")
            and governor_kind(head, self.cues) in (None, "speech")  # "announced a ceasefire"
            and head.lemma_.lower() not in self.cues["addressee_verbs"]  # "told an inquiry"
            and (head.i not in coded or head.lemma_.lower() in self.cues["support_verbs"])
        ):
            return head
        return trig.token

    # one trigger -------------------------------------------------------------------------

    def code_trigger(self, trig: Trigger, sentence: int) -> list[Candidate]:
        tok = trig.token
        head = trig.head if trig.head is not None else self._clause_head(trig)
        mood = trig.mood if trig.mood is not None else governance(head, self.cues)
        base = trig.pattern.code
        code, negated, why = transform(base, mood, self.cues)
        if mood.background and self.policy.background == "drop":
            code, why = None, "background clause: not coded"
        self.log(
            f"  trigger '{tok.text}' ({'noun' if trig.is_noun else 'verb'}) → {base}"
            f" by pattern {describe(trig.pattern)} [{trig.pattern.origin}]"
        )
        for note in mood.notes:
            self.log(f"    {note}")
        if why:
            self.log(f"    {why}" + (f": {code}" if code else ""))
        if code is None or not valid_code(code):
            return []
        other = _another_agent(head, mood, self.agents.pronouns)
        if other is not None:
            self.log(f"    '{other.text}' acts, not who {mood.governor}: not coded")
            return []
        found = self.agents.sources_targets(trig, head)
        if found is None:
            return []
        sources, targets, mutual_pair = found
        weapons = [t for t in targets if t.text.split()[-1].lower() in self.cues["weapon_nouns"]]
        if weapons:
            self.log(f"    a weapon is no target: {', '.join(w.text for w in weapons)}")
            targets = [t for t in targets if t not in weapons]
        if base[:2] != "01":  # a statement to an outlet keeps it as the one addressed
            kept = _beyond_outlets(tok, targets, self.cues)
            if len(kept) < len(targets):
                self.log("    the outlet spoken to is no target")
                targets = kept
        code, mutual_pair = self._by_context(code, trig, head, sources, mutual_pair)
        if sources and not targets and code[:2] in ("18", "19", "20"):
            targets = self.agents.location_targets(trig, head, sources)
        if self.policy.frames:
            problem = frame_problem(trig, head, code, sources, targets, self.index, self.cues)
            if problem:
                self.log(f"    {problem}: not coded")
                return []
        gov = mood.governor
        words = list(trig.words)
        date_verbs = _chain(head)
        if gov is not None and mood.kind in _MODAL:
            words.append(gov)
            g_sources, _ = (
                self.agents.verb_source(gov) if gov.pos_ in ("VERB", "AUX", "ADJ") else ([], None)
            )
            if not g_sources and gov.pos_ in NOMINAL:
                g_sources = args.noun_source(gov, self.index)
                if not g_sources and gov.head.pos_ in ("VERB", "AUX"):
                    g_sources, _ = self.agents.verb_source(gov.head)
            if mood.kind in ("appeal", "demand"):
                g_targets = (
                    self._addressed_by(gov)
                    if gov.pos_ in ("VERB", "AUX")
                    else args.noun_targets(gov, self.index)
                )
                targets = g_targets or sources
                sources = g_sources
            else:
                if g_sources:
                    sources = g_sources
                if not targets and gov.pos_ in ("VERB", "AUX"):
                    targets = self._addressed_by(gov)
                elif not targets:  # "a sanctions threat against X"
                    targets = args.noun_targets(gov, self.index, sources)
            date_verbs = _chain(gov)
        elif gov is not None and mood.kind == "speech" and (mood.future or mood.threat_condition):
            date_verbs = _chain(gov)
        neg = [c for c in head.children if c.dep_ == "neg"]
        words.extend(neg)
        date, dmention = event_date(self.index, sentence, date_verbs, self.policy.max_climb)
        if dmention is None:
            date, dmention = self._period_of_main_clause(date_verbs, sentence, date)
        receiving = head.lemma_.lower() in self.cues["receiving_verbs"] and bool(targets)
        agentless = (
            self.policy.agentless_passive != "drop"
            and not sources
            and ((not trig.is_noun and args.subject_of(head) == (None, True)) or receiving)
            and (6 <= int(code[:2]) <= 9 or int(code[:2]) >= 14)
            and _main_clause(head, self.cues)
        )  # "26 people were killed", "he was arrested", "Haiti received aid": no agent said;
        # a material act only: a statement, accusation or threat needs who made it
        if (
            code == "130"
            and not (targets and _addressed(trig.token))
            and trig.token.lemma_.lower() in self.cues["warning_verbs"]
        ):
            # "the conflict is the most pressing challenge, Mr Blair warned": a warning
            # with no one warned and no threat in it is a pessimistic comment
            self.log("    a warning addressed to no one: 130 → 012")
            code, targets = "012", []
        elif (
            code == "130"
            and trig.token.lemma_.lower() in self.cues["warning_verbs"]
            and _foreboding(trig.token, self.cues)
        ):
            # "warned Mr Blair that the war could be illegal": no threat held over them
            self.log("    a warning that holds no threat: 130 → 012")
            code = "012"
        # "X and Y agreed to sign a deal", "failed to reach agreement", "stopped fighting":
        # the act intended, refused or stopped is mutual, so the intent is too
        shared_act = mood.kind in ("intent", "refusal", "cessation") and self.cues.is_mutual(
            trig.pattern.code
        )
        pairs = self.agents.pairs(sources, targets, code, mutual_pair, agentless, shared_act)
        reported, speaker = self._voice(trig, mood)
        out: list[Candidate] = []
        kind = self.index.sentences[sentence].kind
        for s, t in pairs:
            evidence = Evidence(
                noun=trig.is_noun,
                specificity=trig.pattern.specificity(),
                converted=trig.pattern.origin.startswith("lexicon_petrarch"),
                modal=bool(why),
                source_country=bool(s is not None and s.country),
                target_country=bool(t is not None and t.country),
                no_target=t is None,
                inner_target=t is not None and id(t) in self.agents.via_inner,
                same_country=bool(s and t and s.country and s.country == t.country),
                reported=reported,
                headline=kind in ("title", "heading"),
                main_clause=_main_clause(head, self.cues),
                no_source=s is None,
                root=code[:2],
            )
            c = self.calibration.probability(evidence)
            features = tuple(evidence.vector().items())
            out.append(
                Candidate(
                    s,
                    t,
                    code,
                    sentence,
                    trig,
                    words,
                    negated,
                    c,
                    date,
                    dmention is not None,
                    evidence=features,
                )  # fmt: skip
            )
        if not out:
            self.log("    no actors: not coded")
        for cand in out:
            cand.background = mood.background
            cand.reported, cand.speaker = reported, speaker
        return out

    def _addressed_by(self, gov: Token) -> list[ActorMention]:
        """The actors a governing verb acts on, less the outlet a speaker talks to
        ("told BBC Radio 4's Today programme: 'we want an inquiry'": the appeal is not
        to the BBC)."""
        return _beyond_outlets(gov, args.verb_targets(gov, None, self.index), self.cues)

    def _period_of_main_clause(
        self, chain: list[Token], sentence: int, date: str | None
    ) -> tuple[str | None, DateMention | None]:
        """ "They lost power in 1974 after the Liberals demanded he quit": an event in a
        temporal clause with no date of its own happened in the year or month of the
        clause it is tied to (a day would be too precise: "after" is not "on")."""
        top = chain[-1]
        if top.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS for c in top.children
        ):
            return date, None
        main, mention = event_date(self.index, sentence, _chain(top.head), self.policy.max_climb)
        if mention is None or main is None or len(main) > 7:
            return date, None
        return main, mention

    def _voice(self, trig: Trigger, mood: Mood) -> tuple[bool, Actor | None]:
        """Whether the event is reported speech, and who stated it: the speaker of the
        quotation holding the trigger, or the subject of the verb of saying above it."""
        tok = trig.token
        if self.index.in_quote[tok.i]:
            quote = self.index.quote_at(tok)
            return True, quote.speaker if quote is not None else None
        gov = mood.governor
        if gov is None or mood.kind != "speech":
            for up in tok.ancestors:  # "X said Y would meet Z": reported by X
                if up.pos_ in VERBAL and governor_kind(up, self.cues) == "speech":
                    gov = up
                    break
        if gov is None or governor_kind(gov, self.cues) != "speech":
            return False, None
        sources, _subj = self.agents.verb_source(gov)
        return True, (sources[0].actor() if sources else None)

    def _by_context(
        self,
        code: str,
        trig: Trigger,
        head: Token,
        sources: list[ActorMention],
        mutual_pair: bool,
    ) -> tuple[str, bool]:
        """A show of force that the clause says is peacekeeping ("sent troops to the UN
        peacekeeping force") provides military protection (074); exercises held by two
        countries together are military cooperation (062); a government that protests
        complains officially (114), it does not demonstrate (14x)."""
        if code[:2] == "14" and trig.token.lemma_.lower() in self.cues["official_protest_verbs"]:
            official = [m for m in sources if m.kind == "country" or m.sector in ("GOV", "MIL")]
            if sources and len(official) == len(sources):  # "Japan protested the incursion"
                self.log(f"    a government protests officially: {code} → 114")
                return "114", mutual_pair
        if code[:2] != "15" and code != "042":
            return code, mutual_pair
        subj, _p = args.subject_of(head)
        words = list(head.subtree) + (list(subj.subtree) if subj is not None else [])
        cue = self.cues["peacekeeping_words"]
        if any(w.lemma_.lower() in cue or w.lower_ in cue for w in words):
            self.log(f"    peacekeeping: {code} → 074")
            return "074", mutual_pair
        if code == "042":  # troops arriving for peacekeeping; any other arrival is a visit
            return code, mutual_pair
        exercise = self.cues["exercise_nouns"]
        countries = {m.country for m in sources if m.country}
        if (
            code == "150"
            and len(countries) >= 2
            and any(w.lemma_.lower() in exercise or w.lower_ in exercise for w in trig.words)
        ):
            self.log("    exercises of two countries together: 150 → 062")
            return "062", True
        return code, mutual_pair

    def run(self) -> list[Event]:
        parsed = self.index
        candidates: list[Candidate] = []
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
            found: list[Candidate] = []
            for trig in self._arbitrate(triggers):
                found.extend(self.code_trigger(trig, i))
            found = self._vehicles_dropped(found)
            if self.policy.background == "secondary" and any(not c.background for c in found):
                for c in found:
                    if c.background:
                        self.log(
                            f"  '{c.trigger.token.text}' is background to the main event: dropped"
                        )
                found = [c for c in found if not c.background]
            candidates.extend(found)
        return merge(candidates, self.index, self.log)

    def _vehicles_dropped(self, found: list[Candidate]) -> list[Candidate]:
        """A bare statement (010) whose reported content is coded is only the vehicle of
        that event ("announced that he is resigning" is the resignation)."""
        carriers = {
            c.trigger.mood.governor.i
            for c in found
            if c.trigger.mood is not None
            and c.trigger.mood.governor is not None
            and c.trigger.mood.kind == "speech"
            and c.code != "010"
        }
        kept = []
        for c in found:
            if c.code == "010" and c.trigger.token.i in carriers:
                self.log(f"  '{c.trigger.token.text}' only carries the event it reports: dropped")
                continue
            kept.append(c)
        return kept

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
                and first_conjunct(t.token).dep_ == "pobj"
                and _governing_verb(t.token) in coded
                and len(args.between_pair(t.token, self.index)) < 2  # "a meeting between X and Y"
            ):
                # "claimed responsibility for the attacks", "sanctions over its invasion":
                # an event noun inside another event's argument is background to it
                t.mood.background = True
                self.log(f"  '{t.token.text}' is inside an argument of another event")
            if gov is not None and gov.i in consumed:
                owner = next(o for o in triggers if gov.i in o.consumed)
                code, _n, _w = transform(t.pattern.code, t.mood, self.cues)
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
                code, _n, _w = transform(t.pattern.code, t.mood, self.cues)
                if code is not None:
                    drop.add(gov.i)
                    self.log(f"  '{gov.text}' governs '{t.token.text}': coded as one event")
        return [t for t in triggers if t.token.i not in drop]


#: Subjects of an intended act that stand for the side that intends it ("the two sides
#: agreed that both would ...").
_SHARED_SUBJECTS = frozenset({"side", "party", "both", "all", "each", "country", "nation"})


def _another_agent(head: Token, mood: Mood, pronouns: frozenset[str]) -> Token | None:
    """ "India wants Russia to join the talks", "Germany hopes France will sign": the act
    intended has a subject of its own, so it is no intent of the governor's subject."""
    if mood.kind != "intent" or mood.governor is None or mood.governor.pos_ not in VERBAL:
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = first_conjunct(head)
    if subj is None and first.i not in (head.i, mood.governor.i):
        # "hopes the government will scrap the law and release me": the first verb's
        subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in pronouns or subj.lemma_.lower() in _SHARED_SUBJECTS:
        return None
    gov_subj = next((c for c in mood.governor.children if c.dep_ == "nsubj"), None)
    if gov_subj is not None and gov_subj.lower_ == subj.lower_:
        return None
    return subj


def _foreboding(verb: Token, cues_: Cues) -> bool:
    """Whether a warning says only what may happen or should not be done: its content
    is a clause (no "not to" infinitive) or what it warns against ("warned both parties
    against pandering to prejudice"), with no threat word (``threat_words``) and no act
    of the one who warns (a first-person subject, or one that names the warner)."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "warned the US not to interfere"
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for word in (verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))):
        clauses += [o for w, o in prep_objects(word).items() if w == "against"]
    if not clauses:
        return False
    warner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for clause in clauses:
        said = _held_words(clause)
        words = {t.lemma_.lower() for t in said} | {t.lower_ for t in said}
        if words & cues_["threat_words"]:
            return False
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if clause.lemma_.lower() == "be" and not any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in cues_["intent_verbs"]
            for c in clause.children
        ):
            continue  # "warned Labour they were in danger of …": a state, no act of theirs
        if subj is not None and (
            subj.lower_ in ("we", "i", "it", "they")
            or (warner is not None and subj.lemma_.lower() == warner.lemma_.lower())
        ):
            return False
    return True


def _beyond_outlets(verb: Token, found: list[ActorMention], cues_: Cues) -> list[ActorMention]:
    """The actors a verb of saying acts on, without the media outlet it is said to ("told
    the BBC that Germany must withdraw": the outlet is spoken to, not acted on)."""
    if verb.lemma_.lower() not in cues_["speech_verbs"]:
        return found
    return [m for m in found if m.sector != "MED"]


def _held_words(clause: Token) -> list[Token]:
    """The words of a warning's content, without its conditions and descriptions: in
    "the war could be illegal without a UN resolution sanctioning military action" the
    action is no threat held over anyone."""
    out: list[Token] = []
    todo = [clause]
    while todo:
        t = todo.pop()
        out.append(t)
        for c in t.children:
            if (c.dep_ == "prep" and c.lower_ in ("without", "unless")) or c.dep_ in (
                "acl",
                "relcl",
            ):
                continue
            todo.append(c)
    return out


def _addressed(verb: Token) -> bool:
    """Whether a verb names whom it addresses itself: an object or an indirect object
    ("warned Iran", "warned Iran that …"), not someone in another clause ("have been
    warning that this would happen and raised it with the government")."""
    return verb.pos_ in VERBAL and any(
        c.dep_ in ("dobj", "obj", "dative", "iobj") for c in verb.children
    )


def _main_clause(head: Token, cues_: Cues) -> bool:
    """Whether ``head`` is the main predicate of its sentence, or reported by a speech
    verb that is, not a subordinate clause ("when he was released")."""
    cur = head
    while cur.head.i != cur.i:
        if cur.dep_ == "conj" or (
            cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in cues_["speech_verbs"]
        ):
            cur = cur.head
            continue
        return False
    return True


def _governing_verb(token: Token) -> int:
    """The index of the nearest verb above ``token`` (-1 if none)."""
    for up in token.ancestors:
        if up.pos_ in VERBAL:
            return up.i
    return -1


def _chain(token: Token) -> list[Token]:
    """The predicate and the verbs above it in its clause (for date attachment)."""
    out = [token]
    cur = token
    while cur.head.i != cur.i and cur.dep_ not in ("relcl", "advcl", "parataxis"):
        cur = cur.head
        out.append(cur)
    return out


def code_events(
    index: ArticleIndex,
    lexicon: Lexicon,
    policy: CoderPolicy | None = None,
    trace: list[str] | None = None,
) -> list[Event]:
    """Code the political events of an indexed article (see the module docstring): its
    actor, quotation and date layers must be set (the pipeline runs those stages first)."""
    return _Coder(index, lexicon, policy or CoderPolicy(), trace).run()
