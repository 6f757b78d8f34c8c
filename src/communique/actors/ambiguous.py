"""Names several actors share, settled by the article's own unambiguous context.

Some words name different actors in different countries: "Senate" (the United States,
Nigeria, Australia…), "Labour" (Britain, New Zealand, Ireland…), "Conservative",
"Democrat(ic)", "Republican", "Congress", "the Treasury", "CBI"; so do the titles
"Senator", "Sen.", "Rep.", "Congressman". ``data/ambiguous_names.tsv`` lists, for each,
the table entries it may name and, for a few, the one meant when nothing else decides
(its default: "Tory" is the British party, "Sen." a US senator).

**The rule** (``choose``). Count the countries of the article's mentions that owe
nothing to such a word (each mention once; IGO, NGO and IMG not counted; a dateline's
place counted: "WASHINGTON —" says where the story is). Among the countries of the
word's candidates on the article's date, keep those that are among the article's main
countries (named at least a quarter as often as its most named country): one → that
candidate; several → the most mentioned, if it has at least twice the mentions of the
next; none → the default if the table gives one (not for the last word of a longer name:
"the Ministry of Employment and Labour"), else no country. A country counts
only as one of the word's own candidates, never because it stands nearby: "Senate
President Bukola Saraki" is Nigerian in an article that names Nigeria, and has no
country in one that names no candidate's country. When no candidate is chosen and all
of them have the same sector on that date (every Senate is a legislature), the phrase
keeps that sector. When the article's context decides nothing, different shared names
in one sentence that only one country has all of ("Republicans in Congress", "the
Democratic House and the Republican Senate") name that country's.

**US party-state labels.** A person followed by a label such as "(D-Md.)", "(R-Texas)",
"(I-Vt.)" or ", R-Iowa," is a member of the US Congress (``USA`` + ``LEG``) whatever
else the phrase says; the state inside the label is not an actor of its own.

``settle`` applies both to an article's resolved phrases (in place) after ``resolve``
and before coreference; ``how`` says what decided.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Doc

from .entries import Entry, make_period
from .knowledge import Atom, Knowledge
from .phrases import Atoms, Phrase
from .resolve import Resolved, resolve

#: Codes in the country slot that are no country.
_NOT_COUNTRIES = frozenset({"IGO", "NGO", "IMG"})
#: "(D-Md.)", "(R-Texas)", ", I-Vt.,": party letter, hyphen, state, closed by ")" or ",".
_PARTY_STATE = re.compile(
    r"^\s*[(,]\s*([DRI])\s?[-–]\s?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[),]"
)


def country_counts(resolved: Iterable[Resolved]) -> Counter[str]:
    """How many mentions name each country (IGO, NGO and IMG left out)."""
    return Counter(r.country for r in resolved if r.country and r.country not in _NOT_COUNTRIES)


def choose(shared: Entry, counts: Counter[str], date: str) -> tuple[Entry | None, str]:
    """The alternative of ``shared`` the article's country counts decide, and why."""
    by_country: dict[str, Entry] = {}
    for alt in shared.alternatives:
        period = alt.at(date)
        if period is not None and period.country:
            by_country.setdefault(period.country, alt)
    top = max(counts.values(), default=0)
    # a country the article names in passing ("English" in a US story) decides nothing
    present = sorted(
        ((counts[c], c) for c in by_country if counts[c] > 0 and 4 * counts[c] >= top),
        reverse=True,
    )
    if present and (len(present) == 1 or present[0][0] >= 2 * present[1][0]):
        n, country = present[0]
        return by_country[country], f"the article names {country} ({n} mentions)"
    if not present and shared.default is not None:
        return shared.default, "the usual sense: the article names none of its countries"
    return None, ""


def _common_sector(shared: Entry, date: str) -> str | None:
    sectors = {p.sector if (p := alt.at(date)) is not None else None for alt in shared.alternatives}
    return next(iter(sectors)) if len(sectors) == 1 else None


def _shared_atoms(idx: Atoms, p: Phrase) -> list[Atom]:
    out: list[Atom] = []
    for t in range(p.start, p.end):
        a = idx.named(t)
        if a is not None and a.entry is not None and a.entry.alternatives and a not in out:
            out.append(a)
    return out


def _inside_longer_name(doc: Doc, idx: Atoms, atom: Atom) -> bool:
    """Whether ``atom`` ends a coordination inside a longer name: "the Ministry of
    Employment and Labour", "Department of Trade & Labour" (capitalised words, an "of"
    or "for", none of them an actor's name, then "and" before the atom)."""
    i = atom.start - 1
    if i < 2 or doc[i].lower_ not in ("and", "&"):
        return False
    i -= 1
    while i >= 0 and (doc[i].is_title or doc[i].lower_ in ("and", "&")):
        if idx.atom[i] is not None:
            return False  # "the Tories and Labour": two actors
        i -= 1
    return i >= 1 and doc[i].lower_ in ("of", "for") and doc[i - 1].is_title


def party_state_label(doc: Doc, end: int) -> tuple[int, str] | None:
    """The token index just past a party-state label right after token ``end`` - 1, and
    the label ("D-Md."), or None."""
    if end >= len(doc):
        return None
    start_char = doc[end - 1].idx + len(doc[end - 1].text)
    # the next characters from the next tokens (``doc.text`` is built anew on each call)
    after = doc[end - 1].whitespace_ + "".join(t.text_with_ws for t in doc[end : end + 12])
    m = _PARTY_STATE.match(after[:30])
    if m is None:
        return None
    stop = start_char + m.end()
    j = end
    while j < len(doc) and doc[j].idx < stop:
        j += 1
    return j, f"{m.group(1)}-{m.group(2)}"


def settle(
    doc: Doc,
    idx: Atoms,
    knowledge: Knowledge,
    phrases: list[Phrase],
    resolved: list[Resolved | None],
    places: list[Resolved],
    date: str,
    sentence_of: Callable[[int], int],
) -> list[Resolved]:
    """Resolve shared names, shared titles and party-state labels (see the module
    docstring). ``resolved`` are the phrases' first resolutions (None: not an actor as
    they stand); ``places`` are mentions counted as context but not returned
    (datelines). Returns the actors, without phrases inside a party-state label."""
    labels: set[int] = set()
    for r in resolved:
        if r is not None and r.kind == "person":
            label = party_state_label(doc, r.end)
            if label is not None:
                stop, text = label
                labels.update(range(r.end, stop))
                _set(r, "USA", "LEG", f"a member of the US Congress: party-state label {text}")
    pending = {i for i, p in enumerate(phrases) if _shared_atoms(idx, p)}
    counts = country_counts(
        [r for i, r in enumerate(resolved) if i not in pending and r is not None] + places
    )
    by_sentence: dict[int, list[Atom]] = {}
    for i in sorted(pending):
        by_sentence.setdefault(sentence_of(phrases[i].start), []).extend(
            _shared_atoms(idx, phrases[i])
        )
    joint: dict[int, tuple[Entry, str]] = {}
    for atoms in by_sentence.values():
        joint.update(_joint(atoms, date))
    for i in sorted(pending):
        p = phrases[i]
        notes: list[str] = []
        for atom in _shared_atoms(idx, p):
            shared = atom.entry
            assert shared is not None
            text = doc[atom.start : atom.end].text
            pick, why = choose(shared, counts, date)
            if pick is not None and pick is shared.default and _inside_longer_name(doc, idx, atom):
                pick = None  # "Ministry of Employment and Labour": a word of another name
            if pick is None:
                pick, why = joint.get(id(atom), (None, ""))
            if pick is not None:
                notes.append(f"{text!r} is {pick.name!r}: {why}")
            else:
                sector = _common_sector(shared, date)
                periods = (make_period(sector),) if sector else ()
                pick = Entry(shared.name, shared.kind, periods, (), shared.source)
                notes.append(f"{text!r} names actors of several countries; none chosen")
            idx.replace(atom, pick)
        again = resolve(doc, idx, p, date)
        if again is not None:
            again.how[:0] = notes
        resolved[i] = again
    out = [r for r in resolved if r is not None and r.start not in labels]
    for r in out:
        if r.country is None and r.kind in {"person", "group"}:
            title = next((knowledge.titles[k] for k in r.role_keys if k in knowledge.titles), None)
            if title is not None:
                pick, why = choose(title, counts, date)
                period = pick.at(date) if pick is not None else None
                if pick is not None and period is not None and period.country:
                    sector = r.sector or period.sector
                    _set(r, period.country, sector, f"title of {pick.name}: {why}")
    return out


def _joint(atoms: list[Atom], date: str) -> dict[int, tuple[Entry, str]]:
    """Different shared names in one sentence that can only mean one country together
    ("Republicans in Congress", "the Democratic House and the Republican Senate": only
    the United States has all of them): their alternatives of that country, by atom
    id; empty when they do not decide."""
    if len({id(a.entry) for a in atoms}) < 2:
        return {}
    options: list[dict[str, Entry]] = []
    for a in atoms:
        by_country: dict[str, Entry] = {}
        for alt in a.entry.alternatives if a.entry is not None else ():
            period = alt.at(date)
            if period is not None and period.country:
                by_country.setdefault(period.country, alt)
        options.append(by_country)
    common = set(options[0]).intersection(*options[1:])
    if len(common) != 1:
        return {}
    country = next(iter(common))
    why = f"the only country the sentence's shared names have in common ({country})"
    return {id(a): (o[country], why) for a, o in zip(atoms, options, strict=True)}


def _set(r: Resolved, country: str, sector: str | None, why: str) -> None:
    r.country, r.sector = country, sector
    r.code = country + (sector or "")
    r.how.append(f"country {country}: {why}")
