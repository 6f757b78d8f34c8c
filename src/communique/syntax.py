"""Small questions every stage asks of spaCy's dependency tree.

    NOMINAL, VERBAL               the parts of speech of nouns and of verbs
    child(token, deps)            the first child with one of these dependencies
    conjuncts(token)              the token and its coordinated siblings
    first_conjunct(token)         the first of coordinated words ("Kenya and Uganda": Kenya)
    prep_objects(token)           {"with": Fomin, ...}: prepositions and their objects
    up(token, limit)              the token's heads, nearest first, at most ``limit``

The tree of a spaCy sentence always ends at its root (whose head is itself), so walking
up terminates; ``limit`` is a rule's reach, not a guard.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

NOMINAL = frozenset({"NOUN", "PROPN"})
VERBAL = frozenset({"VERB", "AUX"})


def child(token: Token, deps: Iterable[str] | str) -> Token | None:
    """The first child of ``token`` attached by one of ``deps``."""
    wanted = {deps} if isinstance(deps, str) else set(deps)
    for c in token.children:
        if c.dep_ in wanted:
            return c
    return None


def first_conjunct(token: Token) -> Token:
    """The first of coordinated words: "Kenya" for "Uganda" in "in Kenya and Uganda"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def conjuncts(token: Token) -> list[Token]:
    """The token and its coordinated siblings ("India and Russia", "X as well as Y")."""
    out = [token]
    for c in token.conjuncts:
        if c not in out:
            out.append(c)
    return out


def prep_objects(token: Token) -> dict[str, Token]:
    """Prepositions attached to ``token`` and their objects: {"with": Fomin, ...}."""
    out: dict[str, Token] = {}
    for c in token.children:
        if c.dep_ in ("prep", "agent", "dative") and c.pos_ == "ADP":
            obj = child(c, ("pobj", "pcomp"))
            if obj is not None:
                out.setdefault(c.lower_, obj)
    return out


def up(token: Token, limit: int) -> Iterator[Token]:
    """The heads above ``token``, nearest first, at most ``limit`` of them."""
    cur = token
    for _ in range(limit):
        if cur.head.i == cur.i:
            return
        cur = cur.head
        yield cur


def misattached_conjunct(verb: Token, first: Token) -> bool:
    """A finite verb with no subject of its own, conjoined to a reported clause's bare
    verb after a modal ("… insisted there could be no deals but declined to say"): the
    tenses disagree, so it continues the clause above, not the reported one."""
    return (
        first.dep_ == "ccomp"
        and first.tag_ == "VB"
        and verb.tag_ in ("VBD", "VBZ")
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in first.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )
