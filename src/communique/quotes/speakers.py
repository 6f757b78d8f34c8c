"""Who said it: the speaker phrase of a quotation's cue, resolved to an actor.

    Speakers(index, cues, grammar, policy).resolve(lo, hi, head, last) -> (Actor, kind)

The phrase (the cue's subject, or the noun next to the cue) becomes an ``Actor``:

* the actor mention inside the phrase, preferring its named person ("a spokesperson for
  the office, Adrien Blanchard") and its coreference cluster's named mention; a bare
  surname is the person last named with it;
* a pronoun ("he said") is the previous speaker while no other person has become the
  subject of a sentence since, else the nearest person mention (organisation for "it",
  "they") outside quotations, agreeing in gender where the mention's own words (Mrs.,
  spokeswoman) or the article's pronouns for that name ("Reynolds said she …") say it;
* a description is who it points back at, keeping the description as the actor's
  text: "the senator" / "the Foreign Secretary" the previous speaker, else the person
  last introduced with that title; "the ministry" the organisation last named with that
  head noun; "the statement" the previous (organisation) speaker, else the organisation
  last named;
* a relative pronoun ("Ushakov, who said …") is the noun its clause describes;
* anything else is an ``Actor`` built from the phrase itself.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Token

from ..actors.phrases import HONORIFICS
from ..data import vocabulary
from ..index import ArticleIndex
from ..models import Actor, ActorMention
from ..policy import CoderPolicy
from ..syntax import first_conjunct
from .cues import SUBJECT_DEPS, CueFinder, Cues
from .spans import Seg

_ORG_KINDS = ("organisation", "country", "place", "group")
#: Prepositions that name whom a person noun works for ("a spokesman for X").
_OWNER_PREPS = frozenset({"for", "to", "of"})


class Speakers:
    """Speaker resolution over one article's index, its quotation mask and mentions."""

    def __init__(
        self, index: ArticleIndex, cues: Cues, grammar: CueFinder, policy: CoderPolicy
    ) -> None:
        self.index = index
        self.doc = index.doc
        self.text = index.text
        self.in_quote = index.in_quote
        self.cues = cues
        self.grammar = grammar
        self.policy = policy
        vocab = vocabulary()
        self.person_pronouns = vocab["person_pronouns"]
        self.pronouns = vocab["person_pronouns"] | vocab["group_pronouns"] | vocab["other_pronouns"]
        self.masculine, self.feminine = vocab["masculine"], vocab["feminine"]
        # "Mr Kilroy-Silk" is a person, whatever kind the actors stage gave the name
        self.mentions = sorted(
            (
                replace(m, kind="person")
                if m.kind in ("organisation", "group") and _honorific(m.text)
                else m
                for m in index.mentions
            ),
            key=lambda m: m.start,
        )
        self.mention_starts = [m.start for m in self.mentions]
        self._representatives: dict[int, ActorMention] = {}
        self._by_word: dict[str, list[ActorMention]] | None = None
        self._genders: dict[str, str] | None = None
        self.by_entity: dict[int, list[ActorMention]] = {}
        for m in self.mentions:
            if m.entity >= 0:
                self.by_entity.setdefault(m.entity, []).append(m)

    def mention_quoted(self, m: ActorMention) -> bool:
        i = self.index.token_from(m.start)
        return i < len(self.doc) and self.in_quote[i]

    def phrase(self, head: Token) -> tuple[int, int]:
        """Token range [lo, hi) of the speaker phrase headed by ``head``."""
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        most = self.policy.speaker_max_tokens
        if hi - lo > most:
            hi = head.i + 1
            lo = max(lo, head.i - most)
        # never into a quotation or across a line break
        for i in range(head.i, hi):
            if self.in_quote[i] or "\n" in self.doc[i].text:
                hi = i
                break
        for i in range(head.i, lo - 1, -1):
            if self.in_quote[i] or "\n" in self.doc[i].text:
                lo = i + 1
                break
        while hi > lo + 1 and (self.doc[hi - 1].is_punct or self.doc[hi - 1].is_space):
            hi -= 1
        while lo < hi - 1 and (self.doc[lo].is_punct or self.doc[lo].pos_ == "CCONJ"):
            lo += 1
        return lo, hi

    def expletive(self, head: Token) -> bool:
        """An empty "it" as the subject of a passive verb of saying ("it has been
        suggested", "it is understood"): it names no speaker."""
        return (
            head.lower_ == "it"
            and head.dep_ == "nsubjpass"
            and head.head.lemma_.lower() in self.cues.speech | {"understand", "think", "believe"}
        )

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        i = bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def preceding(self, before: int, kinds: tuple[str, ...], limit: int = 8) -> list[ActorMention]:
        """Mentions of these kinds before offset ``before``, nearest first, outside quotes."""
        i = bisect_left(self.mention_starts, before)
        out = []
        first_sentence = self.index.sentence_index(self.doc[self.index.token_at(before)]) - limit
        while i > 0:
            i -= 1
            m = self.mentions[i]
            if m.sentence < first_sentence:
                break
            if m.kind in kinds and not self.mention_quoted(m):
                out.append(m)
        return out

    def representative(self, m: ActorMention) -> ActorMention:
        """The most informative mention of ``m``'s actor (its cluster's named mention)."""
        if m.entity < 0:
            return m

        best = self._representatives.get(m.entity)
        if best is None:

            def rank(x: ActorMention) -> tuple[bool, bool, bool, bool, bool, int]:
                named = self._proper_head(x) and not self._title_only(x)
                return (
                    x.kind != "pronoun",
                    # a person's cluster is named by a person ("Parker Eaton, a nominal
                    # Republican"), not by the party an appositive joined to it
                    x.kind == "person",
                    named,
                    self._proper_head(x),
                    bool(x.country),
                    len(x.text),
                )

            best = max(self.by_entity.get(m.entity, [m]), key=rank)
            self._representatives[m.entity] = best
        return best

    def actor_of(
        self, m: ActorMention, text: str | None = None, borrow: str | None = None
    ) -> Actor:
        m = self.representative(m)
        return Actor(
            text=text or m.text,
            name=m.name or m.text,
            country=m.country or borrow,
            sector=m.sector,
            code=m.code,
        )

    def resolve(self, lo: int, hi: int, head: Token, last: Seg | None) -> tuple[Actor, str]:
        """The Actor for the speaker phrase doc[lo:hi] (headed by ``head``) and its kind."""
        span = self.doc[lo:hi]
        text = span.text.strip().lstrip("-—– ")
        start, end = span.start_char, span.end_char
        inside = [m for m in self.mentions_in(start, end) if m.kind != "pronoun" or m.entity >= 0]
        if head.lemma_.lower() not in self.cues.spokespersons | self.cues.documents:
            # "Mr Brown's former girlfriend" is not Mr Brown ("Mr Blair's spokesman",
            # "an aide to the president" and "Mr Crosby's statement" speak for theirs)
            inside = [m for m in inside if m.kind != "person" or not self._owner(m, head)]
        lemma = head.lemma_.lower()
        fallback: tuple[Actor, str] | None = None
        if inside:
            chosen = self._same_person(self._choose(inside, head))
            borrow = next((m.country for m in inside if m.country), None)
            rep = self.representative(chosen)
            if chosen.kind == "pronoun":
                return self.actor_of(chosen), rep.kind
            found = self.actor_of(chosen, text=text, borrow=borrow), rep.kind
            if (
                rep is chosen
                and self._title_only(chosen)
                and chosen.kind == "person"
                and not _indefinite(head)
            ):
                # "The Home Secretary told MPs": the previous speaker or the person last
                # named with that title ("A Home Office spokesman", "a judge" are someone
                # new, and the actors stage already told whom they speak for)
                named = self._person(start, text, last, title=head.lower_, guess=False)
                if named is not None:
                    return named, "person"
            if rep is not chosen or any(t.pos_ == "PROPN" for t in span):
                return found
            fallback = found  # a description ("the president"): look for whom it names
        low = head.lower_
        if head.pos_ == "PRON" or low in self.pronouns:
            reporter = self._reporter(head)
            if reporter is not None:
                lo2, hi2 = self.phrase(reporter)
                if hi2 > lo2:
                    found = self.resolve(lo2, hi2, reporter, last)
                    if found[1] == "person" and self._agrees(found[0], self._pronoun_gender(low)):
                        return found
            return self._pronoun(low, start, text, last)
        # "the senator" points back; "the prime minister's spokesman", "a spokesman for
        # the party" are someone else's and point at no one named before
        owned = any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _OWNER_PREPS)
            for c in head.children
        )
        definite = not owned and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children
        )
        if definite and lemma in self.cues.persons:
            ante = self._person(start, text, last, title=lemma, guess=head.pos_ == "NOUN")
            if ante is not None:
                return ante, "person"
        if lemma in self.cues.documents or lemma in self.cues.organisations:
            ante = self._organisation(lemma, start, text, last)
            if ante is not None:
                return ante, "organisation"
        if lemma in self.cues.spokespersons and not owned and not _indefinite(head):
            titled = self._titled_person(lemma, start)
            if titled is not None:
                return self.actor_of(titled, text=text), "person"
        if fallback is not None:
            return fallback
        if head.pos_ == "PROPN":
            # a surname no mention covers: the person last named with it
            probe = ActorMention(head.text, head.idx, head.idx + len(head.text), -1, kind="?")
            same = self._same_person(probe)
            if same is not probe:
                return self.actor_of(same, text=text), "person"
        name = text if head.pos_ == "PROPN" else None
        kind = "person" if head.ent_type_ == "PERSON" else "organisation"
        return Actor(text=text, name=name), kind

    def _reporter(self, pron: Token) -> Token | None:
        """The subject of the verb of saying whose reported clause a person pronoun is the
        subject of: "The prime minister said he had discussed the claims and dismissed
        them as “…”" is the prime minister, not the last person named."""
        if pron.lower_ not in self.person_pronouns or pron.dep_ not in SUBJECT_DEPS:
            return None
        v = first_conjunct(pron.head)
        if v.dep_ != "ccomp" or v.head.i == v.i:
            return None
        gov = v.head
        if gov.lemma_.lower() not in self.cues.speech or self.in_quote[gov.i]:
            return None
        subj = self.grammar.own_subject(gov)
        if subj is None or subj.pos_ == "PRON" or subj.lower_ in self.pronouns:
            return None
        return subj

    def _choose(self, inside: list[ActorMention], head: Token) -> ActorMention:
        """The mention that names the speaker phrase's head (its named person, if any)."""
        chosen = next((m for m in inside if m.start <= head.idx < m.end), None)
        if chosen is None or not self._proper_head(chosen) or self._title_only(chosen):
            # "A spokesperson for the office, Adrien Blanchard" / "The Prime Minister, Keir
            # Starmer": the named person
            named = [
                m
                for m in inside
                if m.kind == "person"
                and self._proper_head(m)
                and not self._title_only(m)
                and not self._owner(m, head)
            ]
            if named:
                return named[-1]
        if chosen is not None:
            return chosen
        persons = [m for m in inside if m.kind == "person"]
        return persons[0] if persons else max(inside, key=lambda m: m.end - m.start)

    def _titled_person(self, title: str, start: int) -> ActorMention | None:
        """The nearest named person before ``start`` introduced with ``title``
        ("Foreign Secretary David Lammy" for "the secretary")."""
        for m in self.preceding(start, ("person",), limit=self.policy.speaker_lookback_sentences):
            window = self.text[max(0, m.start - 40) : m.end].lower()
            if title in window and self._proper_head(m) and not self._title_only(m):
                return m
        return None

    def _title_only(self, m: ActorMention) -> bool:
        """A mention that is a title and no name ("The Prime Minister"), nor anyone's
        ("Mr Blair's spokesman", "a spokesman for Michael Howard" are someone else)."""
        lo, hi = self.index.token_from(m.start), self.index.token_from(m.end)
        if hi <= lo:
            return False
        root = self.doc[lo:hi].root
        if root.lower_ not in self.cues.persons and root.lower_ not in self.cues.spokespersons:
            return False
        if any(
            self.doc[i].ent_type_ == "PERSON" and self.doc[i].pos_ == "PROPN" for i in range(lo, hi)
        ):
            return False  # a title the parse made the head of the name after it ("… chairman Matthew Taylor")
        return not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _OWNER_PREPS)
            for c in root.children
            if lo <= c.i < hi
        )

    def _owner(self, m: ActorMention, head: Token) -> bool:
        """Whether ``m`` names whom the speaker phrase's head works for, not the speaker:
        a possessor ("Mr Blair's spokesman") or the object of "for"/"to"/"of" after
        a common noun ("a spokesman for Michael Howard", "an adviser to the president")."""
        if head.pos_ == "PROPN":
            return False
        lo, hi = self.index.token_from(m.start), self.index.token_from(m.end)
        if hi <= lo:
            return False
        r = self.doc[lo:hi].root
        if r.dep_ == "poss" and r.head.i == head.i:
            return True
        return r.dep_ == "pobj" and r.head.lower_ in _OWNER_PREPS and r.head.head.i == head.i

    def _same_person(self, m: ActorMention) -> ActorMention:
        """A bare surname the parse took for an organisation ("Wang told state media")
        is the person last named with it ("Wang Yi")."""
        if m.kind == "person" or not self._named(m) or len(m.text.split()) > 1:
            return m
        if self._by_word is None:
            self._by_word = {}
            for other in self.mentions:
                words = other.text.lower().split()
                if other.kind == "person" and len(words) > 1:
                    for w in set(words):
                        self._by_word.setdefault(w, []).append(other)
        # nearest first, among the mentions before this one
        found = [o for o in reversed(self._by_word.get(m.text.lower(), [])) if o.start < m.start]
        unquoted = [o for o in found if not self.mention_quoted(o)] or found
        return next((o for o in unquoted if o.country), unquoted[0] if unquoted else m)

    def _proper_head(self, m: ActorMention) -> bool:
        lo, hi = self.index.token_from(m.start), self.index.token_from(m.end)
        return hi > lo and self.doc[lo:hi].root.pos_ == "PROPN"

    def gender(self, text: str, learned: bool = True) -> str:
        """'f', 'm' or '': from the honorifics and role nouns in a mention's text, else
        from the pronouns the article itself uses for that name (``learned_genders``)."""
        words = [w.strip(".,’'").lower() for w in text.split()]
        if self.cues.female.intersection(words):
            return "f"
        if self.cues.male.intersection(words):
            return "m"
        if not learned:
            return ""
        if self._genders is None:
            self._genders = self.learned_genders()
        names = [w for w in words if w.isalpha()]
        return self._genders.get(names[-1], "") if names else ""

    def learned_genders(self) -> dict[str, str]:
        """Surname → gender from sentences like "Broaddrick said she had her staff …":
        the first he/she after a person who is a sentence's subject usually is that person."""
        votes: dict[str, dict[str, int]] = {}
        for m in self.mentions:
            if m.kind != "person" or m.sentence < 0 or self.mention_quoted(m):
                continue
            if not self._is_subject(m):
                continue
            end = self.index.spans[m.sentence].end
            for i in range(self.index.token_from(m.end), end):
                g = self._pronoun_gender(self.doc[i].lower_)
                if g and not self.in_quote[i]:
                    words = [w for w in m.text.lower().split() if w.isalpha()]
                    if words:
                        tally = votes.setdefault(words[-1], {"f": 0, "m": 0})
                        tally[g] += 1
                    break
        return {
            name: ("f" if t["f"] > t["m"] else "m")
            for name, t in votes.items()
            if t["f"] != t["m"] and min(t["f"], t["m"]) * 2 < max(t["f"], t["m"])
        }

    def _named(self, m: ActorMention) -> bool:
        lo, hi = self.index.token_from(m.start), self.index.token_from(m.end)
        return any(self.doc[i].pos_ == "PROPN" for i in range(lo, hi))

    def _antecedent(self, start: int, kinds: tuple[str, ...], gender: str) -> ActorMention | None:
        """The mention a pronoun or description at ``start`` most likely points back at."""
        cands = []
        known: set[int] = set()  # mentions whose own words say they agree ("Mrs. Lopez")
        here = self.index.sentence_index(self.doc[self.index.token_at(start)])
        for m in self.preceding(start, kinds, limit=self.policy.speaker_lookback_sentences):
            words = self.text[max(0, m.start - 5) : m.end]
            g = self.gender(words) if gender else ""
            if g not in ("", gender):
                continue
            if m.sentence == here and self._is_subject(m) and self._named(m):
                return m  # "Trump says he goes …": the subject of the clause around it
            if m.sentence == here:
                # "Mr Bush's first task was …, he said": the reported words; a last resort
                cands.append(m)
                continue
            if gender and self.gender(words, learned=False) == gender:
                known.add(id(m))
            cands.append(m)
        named = [m for m in cands if self._named(m)] or cands
        agreeing = [m for m in named if id(m) in known]
        subj = [m for m in named if self._is_subject(m)]
        main = [m for m in subj if self._is_subject(m, main=True)]
        subj = main or subj
        if subj:
            # the nearest subject, unless a mention whose words say it agrees is as near
            # ("Jacqui Smith accused … She said": not "his wife Sarah" sentences before)
            # (a possessor beside that subject is not: "Robin Cook said Lord Goldsmith's
            # admission …  “…,” he said")
            first = subj[0]
            said = self.text[max(0, first.start - 5) : first.end]
            if gender and self.gender(said) == gender:
                return first  # its words or the article's own pronouns for it agree
            near = [
                m
                for m in agreeing
                if m.sentence > first.sentence
                or (m.sentence == first.sentence and not self._possessor(m))
            ]
            return near[0] if near else first
        picks = agreeing or named
        return picks[0] if picks else None

    def _possessor(self, m: ActorMention) -> bool:
        lo, hi = self.index.token_from(m.start), self.index.token_from(m.end)
        return hi > lo and self.doc[lo:hi].root.dep_ == "poss"

    def _agrees(self, actor: Actor | None, gender: str) -> bool:
        return actor is not None and (not gender or self.gender(actor.text) in ("", gender))

    def _pronoun(self, low: str, start: int, text: str, last: Seg | None) -> tuple[Actor, str]:
        person = low in self.person_pronouns or low in ("who", "you")
        kinds: tuple[str, ...] = ("person",) if person else _ORG_KINDS
        gender = self._pronoun_gender(low)
        if (
            last is not None
            and last.actor is not None
            and last.actor_kind in kinds
            and self._agrees(last.actor, gender)
            and last.span.block >= self.index.block_of(start) - self.policy.speaker_carry_blocks
            and not self._new_subject(last, start, kinds)
        ):
            return last.actor, last.actor_kind
        pick = self._antecedent(start, kinds, gender)
        if pick is None:
            return Actor(text=text), "pronoun"
        return self.actor_of(pick), self.representative(pick).kind

    def _person(
        self, start: int, text: str, last: Seg | None, title: str = "", guess: bool = True
    ) -> Actor | None:
        """The person a definite description ("the senator") points back at: the previous
        speaker, else the person last named with that ``title``, else (``guess``) the
        nearest person mention."""
        kinds = ("person",)
        ante: Actor | None = None
        if (
            last is not None
            and last.actor is not None
            and last.actor_kind == "person"
            and last.actor.name
            and last.span.block >= self.index.block_of(start) - self.policy.speaker_carry_blocks
            and not self._new_subject(last, start, kinds)
        ):
            ante = last.actor
        else:
            titled = self._titled_person(title, start) if title else None
            pick = titled or (self._antecedent(start, kinds, self.gender(text)) if guess else None)
            if pick is not None:
                ante = self.actor_of(pick)
        if ante is None:
            return None
        return Actor(
            text=text,
            name=ante.name or ante.text,
            country=ante.country,
            sector=ante.sector,
            code=ante.code,
        )

    def _organisation(self, lemma: str, start: int, text: str, last: Seg | None) -> Actor | None:
        """The organisation a description ("the ministry", "the statement") speaks for."""
        cands = self.preceding(start, ("organisation", "country", "group"), limit=10)
        if lemma in self.cues.organisations:
            for m in cands:
                if lemma in m.text.lower() or lemma in (m.name or "").lower():
                    return self.actor_of(m, text=text)
        if (
            last is not None
            and last.actor is not None
            and last.actor_kind in _ORG_KINDS
            and last.span.block >= self.index.block_of(start) - self.policy.speaker_carry_blocks
        ):
            return Actor(
                text=text,
                name=last.actor.name or last.actor.text,
                country=last.actor.country,
                sector=last.actor.sector,
                code=last.actor.code,
            )
        orgs = [m for m in cands if m.kind == "organisation"] or cands
        if orgs and lemma in self.cues.documents:
            return self.actor_of(orgs[0], text=text)
        return None

    def _pronoun_gender(self, word: str) -> str:
        return "m" if word in self.masculine else "f" if word in self.feminine else ""

    def _is_subject(self, m: ActorMention, main: bool = False) -> bool:
        """Whether ``m`` is a subject; with ``main``, of its sentence's main clause (not of
        a clause inside it: "He suggested that Lord Falconer had drafted it")."""
        lo, hi = self.index.token_from(m.start), self.index.token_from(m.end)
        # the phrase's root: "Erin Brockovich, the activist and lawyer," is headed by its name
        t = self.doc[lo:hi].root if hi > lo else self.doc[self.index.token_at(m.start)]
        while t.dep_ in ("compound", "flat", "appos") and t.head.i != t.i:
            t = t.head
        if t.dep_ not in SUBJECT_DEPS:
            return False
        if not main:
            return True
        return first_conjunct(t.head).dep_ == "ROOT"

    def _new_subject(self, last: Seg, start: int, kinds: tuple[str, ...]) -> bool:
        """Is another actor of these kinds the subject of a sentence since ``last``?"""
        since = last.span.end
        i = bisect_left(self.mention_starts, since)
        while i < len(self.mentions) and self.mentions[i].start < start:
            m = self.mentions[i]
            i += 1
            if m.kind not in kinds or self.mention_quoted(m) or not self._is_subject(m, main=True):
                continue
            if last.speaker and last.speaker[0] <= m.start < last.speaker[1]:
                continue
            if last.actor and _bare(m.name or m.text) in (
                _bare(last.actor.name or ""),
                _bare(last.actor.text),
            ):
                continue  # the previous speaker again ("The chancellor said … the chancellor")
            return True
        return False


def _honorific(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and words[0].rstrip(".").lower() in HONORIFICS


def _indefinite(head: Token) -> bool:
    """Whether a speaker phrase is an indefinite description ("a spokesman", "a Home Office
    spokeswoman", "another official"): someone new, not a person named before."""
    return any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one", "some") for c in head.children
    )


def _bare(text: str) -> str:
    """A name or description without case or a leading article: "The chancellor" →
    "chancellor"."""
    low = text.strip().lower()
    for det in ("the ", "a ", "an "):
        if low.startswith(det):
            return low[len(det) :]
    return low
