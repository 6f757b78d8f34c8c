"""Actor phrases: the noun phrases of a Doc that name or describe an actor.

A phrase grows from spaCy's noun chunks. A chunk is an actor phrase when its head is a
table name (person, organisation, country, demonym, capital, building, place), a
person or organisation entity, a role word ("soldiers", "police", "ambassador") or a
proper noun right after a title ("Ambassador Kumar"). Its span then reaches right
over an "of"/"for" phrase after a title or institution ("Ministry of External Affairs
of India", "president of the European Council", "group of thieves") and over an
"in"/"from"/"of" phrase naming a country or place ("trade unions in Denmark").
When the head is not an actor ("Trump's renewed threat", "the MEA statement"), the
names inside the chunk become phrases of their own (a possessor without its "'s"). A
table name the parser split over two chunks ("Reporters" + "Without Borders") is one
phrase; a person the parser folded into the next one's chunk ("Trump and Japanese Prime
Minister Shinzo Abe") is a phrase of their own.
Phrases never overlap: the earlier, then the longer, wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..index import ArticleIndex
from ..syntax import first_conjunct
from .entries import Entry
from .knowledge import Atom

#: Kinds of named entries that stand alone as actors inside a non-actor chunk.
STANDALONE = {"person", "organisation", "country", "capital", "building", "place"}
#: spaCy entity labels that make a head an actor.
ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
#: spaCy entity labels that never head an actor.
_NOT_ACTOR_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}
_EXTEND_TITLE = {"of", "for"}
_EXTEND_PLACE = {"in", "from", "of"}
_MAX_EXTENSION = 9
_STOPS = {",", ";", "(", ")", "“", "”", '"', "—", "–"}


@dataclass
class Phrase:
    """Tokens ``start``..``end`` (exclusive) of the Doc, with their head token index."""

    start: int
    end: int
    head: int


class Atoms:
    """The knowledge matches (atoms) of one article by token, with its index's entities."""

    def __init__(self, index: ArticleIndex, atoms: list[Atom]) -> None:
        self.atom: list[Atom | None] = [None] * len(index.doc)
        for a in atoms:
            for t in range(a.start, a.end):
                self.atom[t] = a
        self.ent = index.ent_label
        self.ent_start = index.ent_start
        self.ent_end = index.ent_end

    def named(self, i: int) -> Atom | None:
        a = self.atom[i]
        return a if a is not None and a.entry is not None else None

    def role(self, i: int) -> Atom | None:
        a = self.atom[i]
        return a if a is not None and a.role is not None else None

    def replace(self, atom: Atom, entry: Entry) -> None:
        """Let ``atom``'s tokens name ``entry`` instead (a shared name, once settled)."""
        new = Atom(atom.start, atom.end, entry=entry, alias=atom.alias)
        for t in range(atom.start, atom.end):
            self.atom[t] = new


def actor_head(doc: Doc, idx: Atoms, h: int, start: int) -> bool:
    """Whether token ``h`` (in a chunk starting at ``start``) heads an actor phrase."""
    tok = doc[h]
    if tok.pos_ == "PRON" or idx.ent[h] in _NOT_ACTOR_LABELS:
        return False  # "late March" is a date, not a late person
    if idx.named(h) is not None:
        return True
    if idx.ent[h] in ACTOR_LABELS and tok.pos_ in {"PROPN", "NOUN", "ADJ", "X"}:
        return True
    r = idx.role(h)
    if r is not None and r.role is not None and not (r.role.sector and r.role.priority < 20):
        return True  # (a domain word such as "defence" or "immigration" alone is no actor)
    if tok.pos_ == "PROPN" and tok.text[:1].isupper():
        if after_honorific(doc, h, start):
            return True  # "Mr Cable", "Lord Goldsmith": a person, whatever the entity label
        j = h - 1
        while j >= start and doc[j].pos_ == "PROPN" and idx.role(j) is None:
            j -= 1
        r = idx.role(j) if j >= start else None
        if r is not None and r.role is not None and r.role.kind == "person":
            return True
    return False


#: Courtesy and noble titles before a person's name.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "baron"}
)


def after_honorific(doc: Doc, h: int, start: int) -> bool:
    """Whether proper noun ``h`` is a name after a courtesy title ("Mr Straw", "Lord
    Falconer", "Mrs Margaret Beckett"): the title, then only proper nouns up to ``h``."""
    j = h - 1
    while j >= start and doc[j].pos_ == "PROPN" and doc[j].lower_.rstrip(".") not in HONORIFICS:
        j -= 1
    return j >= start and j < h and doc[j].lower_.rstrip(".") in HONORIFICS


#: Institutions that are often the place where something happens ("in prison", "taken to
#: hospital", "at the school"), by lemma.
_BUILDINGS = frozenset({"prison", "jail", "gaol", "hospital", "clinic", "school", "court"})
#: Prepositions of place; after "to" and "from" only a bare noun is a place ("sent to
#: prison", "pupils from schools"; "wrote to the school" may address it).
_AT_PLACE = frozenset(
    {"in", "at", "into", "inside", "outside", "within", "near", "behind", "off", "throughout"}
)
_TO_PLACE = frozenset({"to", "from", "of"})
#: Of these only a bare noun after a preposition is a place ("in court"; "the court ruled").
_BARE_ONLY = frozenset({"court"})


def building_place(doc: Doc, idx: Atoms, h: int) -> bool:
    """Whether the noun ``h`` (a prison, hospital, school, court) names a place, not an
    actor: the object of a preposition of place ("25 children died in prison", "held at
    the hospital", "sent to prison", "out of school"), or a named building ("Belmarsh
    prison", "Broadmoor hospital"). "Prison officers" and "the Prison Service" are
    actors: their head is another word."""
    tok = doc[h]
    r = idx.role(h)
    if r is None or r.start != h or r.end != h + 1 or tok.lemma_.lower() not in _BUILDINGS:
        return False
    bare = not any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children)
    named = any(
        c.dep_ == "compound"
        and c.pos_ == "PROPN"
        and c.text[:1].isupper()
        and idx.atom[c.i] is None
        for c in tok.children
    )
    if named and tok.lemma_.lower() not in _BARE_ONLY:
        return True
    first = first_conjunct(tok)  # "in schools and hospitals"
    if first.dep_ != "pobj":
        return False
    prep = first.head.lower_
    if prep == "of" and (first.head.i == 0 or doc[first.head.i - 1].lower_ != "out"):
        return False  # only "out of school"
    if tok.lemma_.lower() in _BARE_ONLY or prep in _TO_PLACE:
        return bare
    return prep in _AT_PLACE


def _headline_person(doc: Doc, idx: Atoms, h: int) -> Atom | None:
    """In a title-case headline spaCy may read "Kremlin Condemns" as a person: a
    government building or organisation followed by one unknown word. The building or
    organisation is the actor then."""
    if idx.ent[h] != "PERSON" or idx.named(h) is not None:
        return None
    s, e = idx.ent_start[h], idx.ent_end[h]
    a = idx.named(s)
    if a is None or a.entry is None or a.entry.kind not in {"building", "organisation"}:
        return None
    return a if a.start == s and e - a.end == 1 else None


def _role_modifier(doc: Doc, idx: Atoms, i: int) -> bool:
    """A role word right before a chunk that spaCy left out of it ("wanted persons")."""
    r = idx.role(i)
    return (
        r is not None
        and r.role is not None
        and bool(r.role.sector)
        and r.end == i + 1
        and doc[i].pos_ in {"ADJ", "VERB"}
        and doc[i].whitespace_ != ""
    )


def _extend_left(doc: Doc, p: Phrase) -> None:
    """Take in pre-modifiers the noun chunks left out ("U.S. Secretary of State" before
    "Antony Blinken"): the head's left subtree, when it is all nouns, adjectives,
    determiners, prepositions and hyphens."""
    head = doc[p.head]
    left = head.left_edge.i
    if left >= p.start:
        return
    for t in range(left, p.start):
        tok = doc[t]
        if tok.pos_ in {"VERB", "AUX", "PRON", "CCONJ", "SCONJ"} or tok.is_space:
            return
        if tok.ent_type_ in _NOT_ACTOR_LABELS and head.ent_type_ != tok.ent_type_:
            return  # "on Wednesday Mr Straw": the day is no part of the name
        if tok.is_punct and tok.text not in {"-", "'", "’", "'s", "’s", "."}:
            return
        if head not in tok.ancestors:
            return
    p.start = left


def _pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ == "pobj":
            return c
    return None


def _extend(doc: Doc, idx: Atoms, phrase: Phrase, sent_end: int) -> bool:
    """Reach right over "of X" after titles/institutions and "in <place>"."""
    head = doc[phrase.head]
    role = idx.role(phrase.head)
    last = doc[phrase.end - 1]  # "the Ministry of Health" + "of Ethiopia" (under "Health")
    for child in [*head.children, *(last.children if last.i != head.i else ())]:
        if child.dep_ != "prep" or child.i != phrase.end:
            continue
        word = child.lower_
        obj = _pobj(child)
        if obj is None:
            continue
        right = obj.right_edge.i + 1
        for t in range(obj.i + 1, right):  # stop before a comma or a parenthesis
            if doc[t].text in _STOPS:
                right = t
                break
        if right > sent_end or right - phrase.end > _MAX_EXTENSION:
            continue
        span = range(obj.left_edge.i, right)
        if any(doc[t].text in _STOPS for t in span):
            continue
        has_place = any(
            (a := idx.named(t)) is not None and a.entry is not None and a.entry.kind != "person"
            for t in span
        )
        has_name = any(doc[t].pos_ == "PROPN" for t in span)
        # a role word in the "of" phrase counts after a title or group noun without a
        # sector of its own ("chairman of the company's board", "group of thieves")
        open_head = role is not None and role.role is not None and not role.role.sector
        has_role = open_head and any(
            (r := idx.role(t)) is not None and r.role is not None and bool(r.role.sector)
            for t in span
        )
        named = idx.named(phrase.head)
        institution = (
            named is not None and named.entry is not None and named.entry.kind == "organisation"
        )
        titled = role is not None or institution
        if word in _EXTEND_TITLE and titled and (has_place or has_name or has_role):
            phrase.end = right
            return True
        if word in _EXTEND_PLACE and titled and has_place:
            phrase.end = right
            return True
    return False


def find_phrases(
    doc: Doc, atoms: list[Atom], idx: Atoms, sent_bounds: list[tuple[int, int]]
) -> list[Phrase]:
    """Actor phrases of ``doc``, in text order, not overlapping (``idx`` indexes ``atoms``)."""
    sent_end = [0] * len(doc)
    for s, e in sent_bounds:
        for t in range(s, e):
            sent_end[t] = e
    out: list[Phrase] = []
    covered = [False] * len(doc)
    for chunk in doc.noun_chunks:
        start, end, h = chunk.start, chunk.end, chunk.root.i
        while start < end and (
            doc[start].is_space
            or doc[start].is_punct
            # a date before a name is no part of it: "on Wednesday Mr Straw said"
            or (start < h and idx.ent[start] in _NOT_ACTOR_LABELS and idx.ent[h] != idx.ent[start])
        ):
            start += 1
        if start >= end:
            continue
        for t in range(chunk.start, chunk.end):
            covered[t] = True
        if building_place(doc, idx, h):
            # "in prison", "at Belmarsh prison": a place; only table names inside count
            out.extend(p for p in _inner(doc, idx, start, end, h) if idx.named(p.head))
            continue
        if start == h and _language_name(idx.named(h), doc[h]):
            continue  # "speak English": a language, no people
        lead = _headline_person(doc, idx, h)
        if lead is not None:
            out.append(Phrase(lead.start, lead.end, lead.end - 1))
            continue
        if actor_head(doc, idx, h, start):
            cut = _person_before_and(doc, idx, start, h)
            if cut is not None:  # "Trump and Japanese Prime Minister Shinzo Abe"
                out.extend(_inner(doc, idx, start, cut, h))
                start = cut + 1
            while start > 0 and _role_modifier(doc, idx, start - 1):
                start -= 1
                covered[start] = True
            p = Phrase(start, end, h)
            named = idx.named(h)
            whole = named or idx.role(h)
            if (
                whole is not None
                and whole.end > end
                and whole.start >= start
                and doc[whole.end - 1].pos_ not in ("ADP", "PART", "DET", "CCONJ")
            ):  # (not to a table role that ends in "to": "ambassador to" + "complain")
                # a name or title the parser split into chunks ("Reporters Without
                # Borders", "the leader" + "of the opposition")
                p.end = whole.end
                covered[end : whole.end] = [True] * (whole.end - end)
            _extend_left(doc, p)
            for _ in range(2):  # "Ministry of External Affairs" + "of India"
                if not _extend(doc, idx, p, sent_end[h] or len(doc)):
                    break
            out.append(p)
            continue
        out.extend(_inner(doc, idx, start, end, h))
    for a in atoms:
        if any(covered[a.start : a.end]):
            continue
        last = doc[a.end - 1]
        if a.entry is not None and a.entry.kind in STANDALONE:
            p = Phrase(a.start, a.end, a.end - 1)
            _extend_left(doc, p)
            out.append(p)
        elif (
            last.dep_ not in {"amod", "compound", "nmod", "poss"}
            and last.pos_ != "VERB"
            and (a.entry is not None or (a.role is not None and a.role.sector))
            and not _language_name(a, last)
        ):
            # a demonym or role word standing alone ("British", "mujahideen")
            out.append(Phrase(a.start, a.end, a.end - 1))
    for ent in doc.ents:
        if ent.label_ in {"PERSON", "ORG"} and not any(covered[ent.start : ent.end]):
            toks = [t for t in ent if not t.is_space]
            if toks:
                out.append(Phrase(toks[0].i, toks[-1].i + 1, toks[-1].i))
    return _merge_titles(doc, idx, _no_overlap(_portfolios(doc, idx, out)))


#: Verbs and nouns whose object or "in" phrase a demonym names a language with ("speak
#: English", "lessons in French"), not a people.
_LANGUAGE_HEADS = frozenset(
    {"speak", "learn", "teach", "write", "read", "translate", "understand", "study"}
    | {"language", "lesson", "class", "course", "test", "exam", "fluency", "fluent"}
)


def _language_name(atom: Atom | None, tok: Token) -> bool:
    """Whether a demonym's atom, standing alone at ``tok``, names a language."""
    return (
        atom is not None
        and atom.entry is not None
        and atom.entry.kind == "demonym"
        and _language(tok)
    )


def _language(tok: Token) -> bool:
    """Whether a demonym standing alone names a language: "speak English", "taught in
    Welsh", "fluent in Arabic"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "in":
        head = head.head
    elif tok.dep_ not in ("dobj", "obj", "conj"):
        return False
    if tok.dep_ == "conj":  # "speak English and French"
        return _language(head) if head.i != tok.i else False
    return head.lemma_.lower() in _LANGUAGE_HEADS


#: Title words a portfolio names the office of ("Culture, Media and Sport Secretary",
#: "Minister for Trade and Industry"): role keys ending so.
_PORTFOLIO_TITLES = ("minister", "secretary", "secretaries", "ministers", "secretaryofstate")
_LIST_JOINS = frozenset({",", "&", "and"})
_NAMED_STOP = frozenset({"person", "country", "demonym", "capital", "building", "place"})


def portfolio_title(idx: Atoms, t: int) -> Atom | None:
    """The role atom at ``t`` when it is a minister's or secretary's title."""
    a = idx.role(t)
    if a is None or a.role is None or a.role.kind not in {"person", "group"}:
        return None
    return a if a.alias.endswith(_PORTFOLIO_TITLES) else None


#: Words of government portfolios ("Culture, Media and Sport", "Work and Pensions",
#: "Environment, Food and Rural Affairs"): a coordinated list before or after a minister's
#: or secretary's title is a portfolio only when all its words are these (else it is a
#: list of actors: "Blair, Brown and Foreign Secretary Jack Straw").
_PORTFOLIO_TEXT = """
    affairs agriculture arts broadcasting business care change children citizenship civil
    climate commonwealth communications communities constitutional crime culture defence
    defense development digital economic economy education employment energy enterprise
    environment equalities equality europe european exiting families farming finance
    fisheries food foreign government health heritage home housing immigration industrial
    industry information infrastructure innovation interior international justice labor
    lands levelling local media natural net olympics parliamentary pensions planning
    policing prisons public reform regions regulatory resources rural schools science
    security services skills social sport sports strategy technology tourism trade
    transport treasury universities up veterans water welfare women work works youth zero
"""
PORTFOLIO_WORDS = frozenset(_PORTFOLIO_TEXT.split())


def _domain_word(doc: Doc, idx: Atoms, i: int, capitals: bool) -> bool:
    """A word of a portfolio: a noun or adjective written as the title is (capitalised or
    not), not a table name and not a person's name."""
    tok = doc[i]
    if not tok.is_alpha or tok.pos_ not in {"NOUN", "PROPN", "ADJ"} or idx.ent[i] == "PERSON":
        return False
    if idx.named(i) is not None:
        return False  # a name ("Labour and Home Secretary", "Northern Ireland") stops it
    return tok.text[:1].isupper() if capitals else tok.text.islower()


def _listed_words(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` are a coordinated list of portfolio words."""
    words = [doc[t].lower_ for t in range(start, end) if doc[t].lower_ not in _LIST_JOINS]
    return bool(words) and all(w in PORTFOLIO_WORDS for w in words)


def portfolio(doc: Doc, idx: Atoms, title: Atom) -> tuple[int, int, bool]:
    """The portfolio words around a minister's or secretary's title: (start, end, listed).

    Before it, a run of domain words ("Police Minister", "Work and Pensions Secretary",
    "Culture, Media and Sport Secretary"); after it, "for"/"of" and a list ("Minister for
    Culture, Media and Sport"). ``listed`` says whether the words were coordinated (a
    comma or "and" between them; then the parser often cut them into several chunks);
    a coordinated list counts only when its words are portfolio words.
    """
    capitals = doc[title.start].text[:1].isupper()
    start, joined, i = title.start, -1, title.start - 1
    while i >= 0:
        if _domain_word(doc, idx, i, capitals):
            start = i
        elif doc[i].lower_ in _LIST_JOINS and start == i + 1 and i > 0:
            joined = max(joined, i)
        else:
            break
        i -= 1
    listed = joined > start
    if listed and not _listed_words(doc, start, title.start):
        start, listed = joined + 1, False  # "Brown and Foreign Secretary": only "Foreign"
    end = title.end
    if end + 1 < len(doc) and doc[end].lower_ in {"for", "of"}:
        first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        j, last, joins, pending = first, end, False, False
        while j < len(doc):
            if _domain_word(doc, idx, j, capitals):
                last, joins = j, joins or pending
            elif doc[j].lower_ in _LIST_JOINS and last == j - 1:
                pending = True  # a join counts when a word follows it
            else:
                break
            j += 1
        if joins and last >= first and _listed_words(doc, first, last + 1):
            end, listed = last + 1, True
        elif not joins and last >= first:
            end = last + 1  # "Secretary of State for the Family"
    return start, end, listed


def _portfolios(doc: Doc, idx: Atoms, phrases: list[Phrase]) -> list[Phrase]:
    """A minister's or secretary's title with a coordinated portfolio is one phrase with
    the name it introduces; the portfolio's words are no actors of their own ("Media" in
    "Culture, Media and Sport Secretary Tessa Jowell")."""
    seen: set[int] = set()
    for t in range(len(doc)):
        title = portfolio_title(idx, t)
        if title is None or title.start in seen:
            continue
        seen.add(title.start)
        start, end, listed = portfolio(doc, idx, title)
        if not listed:
            continue
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        inside = [p for p in phrases if p.start <= title.start < p.end]
        phrases = [
            p
            for p in phrases
            if p in inside or p.end <= start or p.start >= end  # the portfolio's own words go
        ]
        if inside:
            for p in inside:
                p.start, p.end = min(p.start, start), max(p.end, end)
        else:
            phrases.append(Phrase(start, end, title.end - 1))
    return phrases


def _person_before_and(doc: Doc, idx: Atoms, start: int, h: int) -> int | None:
    """A coordinating conjunction inside a chunk, after a person's name: the parser
    folded two people into one chunk. The conjunction's index, or None."""
    for t in range(h - 1, start, -1):
        if doc[t].pos_ != "CCONJ" or idx.atom[t] is not None:
            continue
        for u in range(start, t):
            a = idx.named(u)
            if (a is not None and a.entry is not None and a.entry.kind == "person") or (
                idx.ent[u] == "PERSON"
            ):
                return t
        return None
    return None


def _merge_titles(doc: Doc, idx: Atoms, phrases: list[Phrase]) -> list[Phrase]:
    """Join a title phrase to the name right after it, when the parser split them
    ("Russia's Deputy Defence Minister" + "Colonel-General Alexander Fomin")."""
    out: list[Phrase] = []
    for p in phrases:
        if out:
            prev = out[-1]
            r = idx.role(prev.head)
            if (
                prev.end == p.start
                and r is not None
                and r.role is not None
                and r.role.kind == "person"
                and doc[prev.head].tag_ in {"NN", "NNP"}
                and _is_name(doc, idx, p)
                and doc[prev.end - 1].whitespace_
            ):
                out[-1] = Phrase(prev.start, p.end, p.head)
                continue
        out.append(p)
    return out


def _is_name(doc: Doc, idx: Atoms, p: Phrase) -> bool:
    a = idx.named(p.head)
    if a is not None and a.entry is not None:
        return a.entry.kind == "person"
    return idx.ent[p.head] == "PERSON" or (doc[p.head].pos_ == "PROPN" and idx.role(p.head) is None)


def _inner(doc: Doc, idx: Atoms, start: int, end: int, h: int) -> list[Phrase]:
    """Actors inside a chunk whose head is no actor: the possessor, and names."""
    out: list[Phrase] = []
    for t in range(start, end):
        tok = doc[t]
        if tok.dep_ == "poss" and tok.head.i == h:
            left = max(tok.left_edge.i, start)
            if actor_head(doc, idx, t, left) and tok.pos_ != "PRON":
                out.append(Phrase(left, t + 1, t))
    taken = {t for p in out for t in range(p.start, p.end)}
    t = start
    while t < end:
        titled = _country_title(doc, idx, t, end)
        if titled is not None and t not in taken:
            out.append(titled)  # "Indian Envoy" in "Indian Envoy Discuss … Ties"
            t = titled.end
            continue
        a = idx.named(t)
        if a is not None and a.entry is not None and a.entry.kind in STANDALONE and t not in taken:
            out.append(Phrase(a.start, a.end, a.end - 1))  # whole name, even past the chunk
            t = a.end
            continue
        if idx.ent[t] in {"PERSON", "ORG"} and t not in taken and doc[t].pos_ == "PROPN":
            e = min(idx.ent_end[t], end)
            s = max(idx.ent_start[t], start)
            if not any(idx.named(x) for x in range(s, e)):
                out.append(Phrase(s, e, e - 1))
                t = e
                continue
        t += 1
    return out


def _country_title(doc: Doc, idx: Atoms, t: int, end: int) -> Phrase | None:
    """A country word and a title modifying another noun: "US envoy" in "US envoy visit"."""
    a = idx.named(t)
    if a is None or a.entry is None or a.entry.kind not in {"country", "demonym"}:
        return None
    r = idx.role(a.end) if a.end < end else None
    if r is None or r.role is None or r.role.kind != "person" or not r.role.sector:
        return None
    if r.end >= end or r.role.priority < 30:
        return None
    return Phrase(a.start, r.end, r.end - 1)


def _no_overlap(phrases: list[Phrase]) -> list[Phrase]:
    phrases.sort(key=lambda p: (p.start, -(p.end - p.start)))
    out: list[Phrase] = []
    last = -1
    for p in phrases:
        if p.start >= last:
            out.append(p)
            last = p.end
    return out
