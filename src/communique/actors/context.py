"""Country from context for state actors named without one ("the government", "police").

A mention of an institution or group (not a person) whose sector is a civil state
sector (``STATE_SECTORS``: government, police, judiciary, legislature) and which has no
country after coreference takes one from its context, when the context is unambiguous:

1. **sentence**: the sentence names exactly one country as a location — a country or
   place mention governed by "in", "across" or "throughout" ("In Kenya, police fired…",
   "Soldiers opened fire in Khartoum") — and no other country in such a phrase ("in
   Kenya and Uganda" names two); a venue ("met in Doha", "talks in Geneva", "a court in
   The Hague") does not count;
2. **article**: otherwise, the article's dominant country: the country of at least two
   mentions that has at least twice as many mentions as any other country and at least
   half of all mentions with a country (IGO and NGO mentions are not counted; each
   mention counts once, however it got its country).

Before these, an actor owned by "the country's" or "the nation's" ("the country's
president", "the nation's Supreme Court") takes the country of the nearest mention before
it that has one, in the same or the previous sentence, whatever its sector.

A definite singular title of the state ("the prime minister", "the attorney general")
with no name and no country after coreference takes the article's dominant country
(rule 2 only: a place the sentence names is often where a visiting president is). So
does a person the article names with such a title or an opposition one ("Finance
Minister Sue Essex", "shadow home secretary David Davis", "MSP Karen Whitefield") whom
no table knows, and with them every mention of the same actor ("Ms Essex"): the title
states the affiliation, and the article says whose state it is. A person named with no
state title ("Sir Andrew Green, chairman of the organisation") keeps no country.

The country stays None when neither rule applies (a sentence naming two locations, an
article about several countries). Mentions opening with a possessive pronoun ("its
troops", "their government") are left alone: their owner is the pronoun's antecedent,
which the event coder handles. ``how`` says which rule gave the country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from ..syntax import first_conjunct
from .resolve import Resolved
from .text import acronym_plural, plural_noun

#: Sectors of the state whose country context may supply. Not MIL: troops, peacekeepers
#: and warplanes are often foreign to the place or article they appear in ("the US sent
#: 200 troops to Syria"); not SPY, for the same reason.
STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
#: Mention kinds it applies to: institutions and groups, not titled people ("the
#: President" of a place is often a visitor's).
_KINDS = frozenset({"organisation", "group"})
#: Prepositions that make a country or place mention a location.
_LOCATIVE = frozenset({"in", "across", "throughout"})
_LOCATION_KINDS = frozenset({"country", "demonym", "place", "capital", "building"})
#: Verbs and nouns whose "in <place>" is a venue visitors come to, not a home.
_VENUE_WORDS = frozenset(
    {
        "meet",
        "gather",
        "convene",
        "arrive",
        "visit",
        "travel",
        "fly",
        "attend",
        "hold",
        "host",
        "land",
        "stop",
        "talk",
        "talks",
        "meeting",
        "summit",
        "conference",
        "negotiation",
        "negotiations",
        "trip",
        "deploy",
        "send",
        "station",
        "base",
        "court",
        "tribunal",
    }
)
#: Sectors of a named person's title that make them a state's official (or its
#: opposition's: "shadow home secretary David Davis").
_TITLED_SECTORS = STATE_SECTORS | {"OPP"}
_COUNTRY_NOUNS = frozenset({"country", "nation"})
_POSSESSIVE = frozenset({"its", "their", "his", "her", "our", "my", "your"})
_NOT_COUNTRIES = frozenset({"IGO", "NGO", "IMG"})


def _needs_country(doc: Doc, r: Resolved) -> bool:
    return (
        r.country is None
        and r.sector in STATE_SECTORS
        and r.kind in _KINDS
        # a group is plural ("officials"); a singular title is a person ("agriculture minister")
        and (r.kind != "group" or plural_noun(doc[r.head].tag_, doc[r.head].text))
        and r.code == r.sector
        and doc[r.start].lower_ not in _POSSESSIVE
    )


def _definite_title(doc: Doc, r: Resolved) -> bool:
    """ "the prime minister", "the attorney general": a definite, singular state title
    with no name and no country after coreference."""
    return (
        r.country is None
        and r.kind == "person"
        and not r.name_tokens
        and r.sector in STATE_SECTORS
        and r.code == r.sector
        and doc[r.start].lower_ == "the"
        and doc[r.head].tag_ in {"NN", "NNP"}
        and not acronym_plural(doc[r.head].text)
        and not any(c.dep_ == "poss" for c in doc[r.head].children)
    )


def _titled_person(doc: Doc, r: Resolved) -> bool:
    """ "Finance Minister Sue Essex": a named person whose own role words make them an
    official of a state (or its opposition) that the phrase does not name."""
    return (
        r.country is None
        and r.kind == "person"
        and bool(r.name_tokens)
        and r.has_role
        and bool(r.role_keys)
        and r.sector in _TITLED_SECTORS
        and r.code == r.sector
    )


def _is_location(doc: Doc, r: Resolved) -> bool:
    if r.country is None or r.country in _NOT_COUNTRIES or r.kind not in _LOCATION_KINDS:
        return False
    tok = first_conjunct(doc[r.head])  # "in Kenya and Uganda"
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in _LOCATIVE:
        prep = doc[r.start - 1] if r.start > 0 and doc[r.start - 1].lower_ in _LOCATIVE else None
    if prep is None:
        return False
    # a venue says nothing about whose officials meet there ("negotiators met in Doha")
    return prep.head.lemma_.lower() not in _VENUE_WORDS


def dominant_country(resolved: Sequence[Resolved]) -> str | None:
    """The country that dominates the mentions (see the module docstring), or None."""
    counts = Counter(r.country for r in resolved if r.country and r.country not in _NOT_COUNTRIES)
    if not counts:
        return None
    ranked = counts.most_common(2)
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n >= 2 and n >= 2 * second and 2 * n >= sum(counts.values()):
        return top
    return None


def _the_country_s(doc: Doc, r: Resolved) -> bool:
    """Whether "the country's" / "the nation's" owns the phrase (inside it or just before)."""
    for i in range(max(r.start - 2, 1), r.head - 1):
        if (
            doc[i].lower_ in _COUNTRY_NOUNS
            and doc[i + 1].lower_ in {"'s", "’s"}
            and doc[i - 1].lower_ == "the"
        ):
            return True
    return False


def _the_country(doc: Doc, resolved: list[Resolved], sentence_of: Callable[[int], int]) -> None:
    """ "the country's president": the country of the nearest country or place mention
    before it (else of the nearest mention with a country), in the same or the previous
    sentence."""
    last: Resolved | None = None  # nearest mention with a country
    last_place: Resolved | None = None  # nearest country or place name
    for r in resolved:
        if r.country is None and r.sector and _the_country_s(doc, r):
            here = sentence_of(r.start)
            for source in (last_place, last):
                if source is not None and here - sentence_of(source.start) <= 1:
                    r.country = source.country
                    r.code = (source.country or "") + r.sector
                    r.how.append(f"country {r.country} from 'the country' after {source.text!r}")
                    break
        if r.country and r.country not in _NOT_COUNTRIES:
            last = r
            if r.kind in _LOCATION_KINDS:
                last_place = r


def add_context_countries(
    doc: Doc,
    resolved: list[Resolved],
    sentence_of: Callable[[int], int],
    entities: Sequence[int] | None = None,
) -> None:
    """Give state actors without a country the country of their context (in place).

    ``entities``: the actor of each mention (``coref.link``); a titled person's country
    goes to every mention of the same actor that has none.
    """
    _the_country(doc, resolved, sentence_of)
    titles = [r for r in resolved if _definite_title(doc, r)]
    if entities is not None:
        titled = {entities[i] for i, r in enumerate(resolved) if _titled_person(doc, r)}
        seen = {id(r) for r in titles}
        titles += [
            r
            for i, r in enumerate(resolved)
            if entities[i] in titled
            and r.country is None
            and r.kind == "person"
            and id(r) not in seen
        ]
    todo = [r for r in resolved if _needs_country(doc, r)]
    if titles:
        dominant = dominant_country(resolved)
        for r in titles if dominant is not None else ():
            r.country = dominant
            r.code = (dominant or "") + (r.sector or "")
            r.how.append(f"country {dominant}: the article's dominant country (a state title)")
    if not todo:
        return
    locations: dict[int, set[str]] = {}
    for r in resolved:
        if _is_location(doc, r):
            locations.setdefault(sentence_of(r.start), set()).add(r.country)  # type: ignore[arg-type]
    dominant = dominant_country(resolved)
    for r in todo:
        here = locations.get(sentence_of(r.start), set())
        if len(here) == 1:
            country = next(iter(here))
            r.how.append(f"country {country} from the place the sentence names")
        elif not here and dominant is not None:
            country = dominant
            r.how.append(f"country {country}: the article's dominant country")
        else:
            continue
        r.country = country
        r.code = country + (r.sector or "")
