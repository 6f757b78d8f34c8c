"""In-document coreference: which mentions are the same actor.

* people: a name that ends another person's name ("Kumar", "Ambassador Kumar",
  "Col-Gen Fomin" → "Vinay Kumar", "Alexander Fomin") joins the nearest earlier such
  person (or the first later one);
* a country: every mention of its names and demonyms ("the United States", "US");
* organisations and places: the same table entry or the same words; an acronym that
  spells the capitalised words of an earlier mention ("MEA" after "the Indian Ministry
  of External Affairs (MEA)");
* "the <role noun>" with no country ("the ministry", "the president") joins the latest
  mention with the same head word or role word;
* an appositive joins the phrase it describes ("Peskov, the Kremlin spokesman"), a
  person only to a person ("Graham, Republican of South Carolina" is not the party,
  but takes its country when the person has none).

Within an actor, a mention without a country or sector takes them from the first
mention that has them; a short name linked to a full one takes the full one's country
(its own role word still decides its sector).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .resolve import Resolved
from .text import key

_SMALL = {"of", "and", "the", "for", "on", "in", "de", "du", "la"}


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _initials(text: str) -> list[str]:
    return [
        w[0] for w in text.replace("-", " ").split() if w[:1].isupper() and w.lower() not in _SMALL
    ]


def link(doc: Doc, ms: list[Resolved]) -> list[int]:
    """Entity ids (0, 1, …) for the mentions, and fill in inherited codes."""
    n = len(ms)
    uf = _Union(n)
    linked_short: set[int] = set()
    anaphora: set[int] = set()  # "the ministry": takes its antecedent's sector too
    # people (a one-word organisation-or-nothing name that is a person's surname too)
    full: list[tuple[int, list[str]]] = []
    surnames = {key(m.name_tokens[-1]) for m in ms if m.kind == "person" and len(m.name_tokens) > 1}
    for i, m in enumerate(ms):
        if (
            m.kind == "organisation"
            and m.entry_name is None
            and m.country is None
            and m.name
            and " " not in m.name
            and key(m.name) in surnames
        ):
            m.kind = "person"
            m.name_tokens = [m.name]
        if m.kind == "person" and m.name_tokens:
            full.append((i, [key(t) for t in m.name_tokens]))
    for i, toks in full:
        matches = [
            j
            for j, other in full
            if j != i
            and len(other) >= len(toks)
            and other[-len(toks) :] == toks
            and (len(other) > len(toks) or j < i)
        ]
        lengths = dict(full)
        longer = [j for j in matches if len(lengths[j]) > len(toks)]
        matches = longer or matches
        before = [j for j in matches if j < i]
        best = max(before) if before else (min(matches) if matches else None)
        if best is not None:
            uf.join(i, best)
            if len(ms[best].name_tokens) > len(toks):
                linked_short.add(i)
    # organisations, countries, places: same entry or same words
    by_key: dict[str, int] = {}
    for i, m in enumerate(ms):
        if m.kind == "person":
            continue
        if m.kind == "country" and m.country and not m.has_role:
            k = "c:" + m.country  # "the United States", "US", "Americans": one actor
        elif m.entry_name:
            k = "e:" + m.entry_name
        else:
            k = "t:" + key(m.name or "") if m.kind == "organisation" else ""
        if not k or k in {"t:"}:
            continue
        if m.has_role and m.kind != "organisation":
            continue
        if k in by_key:
            uf.join(i, by_key[k])
        else:
            by_key[k] = i
    # acronyms
    for i, m in enumerate(ms):
        text = m.name or ""
        if not (2 <= len(text) <= 6 and text.isupper() and text.isalpha()):
            continue
        for j in range(i - 1, -1, -1):
            caps = _initials(ms[j].name or ms[j].text)
            caps_all = _initials(ms[j].text)
            if any("".join(c[k:]) == text for c in (caps, caps_all) for k in range(len(c))):
                uf.join(i, j)
                linked_short.add(i)
                break
    # "the ministry", "the president": the latest earlier mention with that head or role
    for i in range(n):
        earlier = antecedent(doc, ms, i)
        if earlier is not None:
            uf.join(i, earlier)
            linked_short.add(i)
            anaphora.add(i)
    # appositives
    head_of = {m.head: i for i, m in enumerate(ms)}
    for i, m in enumerate(ms):
        tok = doc[m.head]
        if tok.dep_ == "appos" and tok.head.i in head_of:
            other = ms[head_of[tok.head.i]]
            if {m.kind, other.kind} & {"country", "place"}:
                continue
            if {m.kind, other.kind} == {"person", "organisation"}:
                # "Lindsey Graham, Republican of South Carolina": a member, not the party;
                # a person takes the country of the affiliation stated beside the name
                person, org = (m, other) if m.kind == "person" else (other, m)
                if person.country is None and org.country:
                    person.country = org.country
                    person.code = org.country + (person.sector or "")
                    person.how.append(f"country {org.country} from the affiliation {org.text!r}")
                continue
            uf.join(i, head_of[tok.head.i])
    _affiliations(doc, ms, head_of)
    # entity ids in order of first mention, and inheritance
    ids: dict[int, int] = {}
    out = []
    for i in range(n):
        root = uf.find(i)
        out.append(ids.setdefault(root, len(ids)))
    groups: dict[int, list[int]] = {}
    for i, e in enumerate(out):
        groups.setdefault(e, []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        country = next(
            (ms[i].country for i in members if ms[i].country and i not in linked_short), None
        )
        country = country or next((ms[i].country for i in members if ms[i].country), None)
        src = next(
            (i for i in members if ms[i].country == country and i not in linked_short), members[0]
        )
        sector = ms[src].sector or next((ms[i].sector for i in members if ms[i].sector), None)
        for i in members:
            m = ms[i]
            changed = False
            if country and (m.country is None or (i in linked_short and m.country != country)):
                m.country = country
                changed = True
            if (
                sector
                and m.kind not in {"country", "place"}
                and (m.sector is None or (i in linked_short and not m.has_role) or i in anaphora)
                and m.sector != sector
            ):
                m.sector = sector
                changed = True
            if changed:
                m.how.append(f"same actor as {ms[src].text!r}")
                m.code = (m.country or "") + (m.sector or "")
            if i in linked_short and ms[src].name and m.kind == ms[src].kind:
                m.name = ms[src].name
    return out


def antecedent(doc: Doc, ms: list[Resolved], i: int) -> int | None:
    """The mention "the <role noun>" (``ms[i]``, no country, no name) points back at: the
    latest earlier mention with the same head or role word that has a country."""
    m = ms[i]
    words = m.text.split()
    if not (
        2 <= len(words) <= 4
        and words[0].lower() == "the"
        and m.country is None
        and not m.name_tokens
        # "the prime minister's spokesman" is not the prime minister
        and not any(c.dep_ == "poss" for c in doc[m.head].children)
    ):
        return None
    head = doc[m.head].lemma_.lower()
    for j in range(i - 1, -1, -1):
        other = ms[j]
        same = doc[other.head].lemma_.lower() == head or bool(m.role_keys & other.role_keys)
        # "the chancellor" is not the shadow chancellor
        shadow = _shadow(doc, other) and not _shadow(doc, m)
        if same and other.country is not None and not shadow:
            return j
    return None


def _shadow(doc: Doc, m: Resolved) -> bool:
    return any(doc[t].lower_ == "shadow" for t in range(m.start, m.end))


#: Prepositions that state whom a person works for ("adviser to", "spokesman for",
#: "analyst at", "lawyer with"); "of" and "from" state membership of an organisation
#: only ("of the Labour Party"; "a critic of President X" is no affiliation).
_WORKS_FOR = frozenset({"to", "for", "at", "with"})
_MEMBER_OF = frozenset({"of", "from"})


def _affiliations(doc: Doc, ms: list[Resolved], head_of: dict[int, int]) -> None:
    """A person without a country takes that of an affiliation stated beside the name:
    "Myron Ebell, an adviser to President Bush" (in the appositive), "Jane Hill of the
    Labour Party" (an organisation after "of"). A place is no affiliation ("Malcolm
    Hart, of Leeds"); nothing is guessed from other nearby words."""
    for m in ms:
        if m.country is not None or m.kind not in {"person", "group"}:
            continue
        tok = doc[m.head]
        found = _affiliation(tok, ms, head_of, deep=False)
        if found is None and m.kind == "person":
            for appos in (c for c in tok.children if c.dep_ == "appos"):
                found = _affiliation(appos, ms, head_of, deep=True)
                if found is not None:
                    break
        if found is not None:
            m.country = found.country
            m.code = (found.country or "") + (m.sector or "")
            m.how.append(f"country {found.country} from the affiliation {found.text!r}")


def _affiliation(
    root: Token, ms: list[Resolved], head_of: dict[int, int], deep: bool
) -> Resolved | None:
    """The person or organisation with a country that ``root`` (or, ``deep``, a word
    of its subtree) is said to work for or belong to."""
    preps = root.subtree if deep else root.children
    for prep in preps:
        word = prep.lower_
        if prep.dep_ != "prep" or word not in _WORKS_FOR | _MEMBER_OF:
            continue
        for obj in prep.children:
            j = head_of.get(obj.i) if obj.dep_ == "pobj" else None
            if j is None:
                continue
            other = ms[j]
            kinds = {"person", "organisation"} if word in _WORKS_FOR else {"organisation"}
            if other.country and other.kind in kinds:
                return other
    return None
