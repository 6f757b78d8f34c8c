"""Which candidate expressions are dates: checks on the text around them and on the parse.

``plausible`` needs only the text (sets such as "every Monday", durations such as "the
last month"); ``keep`` reads the parse: a bare "May" that is a name, a "2000" that
counts "2000 soldiers", a weekday inside a name ("Super Tuesday", "the Sunday Times").
The word lists live in ``data/date_words.yaml``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .lexicon import Lexicon, norm
from .scan import Candidate

if TYPE_CHECKING:  # the parse is handed in; importing the dates stage loads no spaCy
    from spacy.tokens import Span, Token

_DATE_ENTS = ("DATE", "TIME", "")


def _inside_name(span: Span) -> bool:
    """Whether the span is part of a longer name the NER gives another type.

    "Bloody Sunday" (EVENT), "the Sunday Times" (ORG), "the Good Friday Agreement" (LAW).
    """
    doc = span.doc
    first = span[0]
    if first.ent_iob_ == "I" and first.ent_type_ not in _DATE_ENTS:
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.ent_iob_ == "I" and nxt.ent_type_ not in _DATE_ENTS


def _word_before(tok: Token) -> str:
    """The whitespace-separated word right before ``tok``, as written ("$", "No.")."""
    start = max(0, tok.i - 8)  # (never the whole Doc's text: it is built anew on each call)
    window = "".join(t.text_with_ws for t in tok.doc[start : tok.i])
    before = window[-16:].rstrip().rsplit(None, 1)
    return before[-1] if before else ""


def keep(c: Candidate, span: Span, lex: Lexicon, published: date | None) -> bool:
    """Whether the parse agrees that candidate ``c`` is a date."""
    doc = span.doc
    first, last = span[0], span[-1]
    if c.kind == "m":
        if first.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "FAC", "GPE") or _inside_name(span):
            return False
        if c.groups["mon"].lower() in lex.ambiguous_months:
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ in lex.month_name_followers):
                return False  # "the March for Life", "the March of Dimes", "April Fools"
            return c.cue is not None or first.ent_type_ == "DATE"
        return True
    if c.kind == "y":
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        prev = doc[first.i - 1] if first.i > 0 else None
        if nxt is not None and nxt.lower_ in lex.count_followers:
            return False
        if _word_before(first) in lex.count_prefixes:
            return False  # "$2000", "No. 1999" (which the tokenizer splits into "No" ".")
        counts = (nxt is not None and nxt.tag_ in ("NNS", "NNPS")) or (
            first.dep_ == "nummod" and first.head.tag_ in ("NNS", "NNPS")
        )
        if counts:
            # "the 2016 candidates", "Obama's 2012 bundlers" are years;
            # "a poll of 2047 registered voters", "some 2000 soldiers" are counts
            determined = prev is not None and (
                prev.lower_ in lex.year_determiners or prev.tag_ == "POS"
            )
            return determined and (
                published is None or int(c.groups["year"]) <= published.year + 10
            )
        return first.ent_type_ == "DATE" or c.cue is not None
    if c.kind in ("wd", "holiday"):
        core = span if c.groups.get("daypart") is None else span[:-1]
        nxt = doc[span.end] if span.end < len(doc) else None
        prev = doc[span.start - 1] if span.start > 0 else None
        named = nxt is not None and nxt.is_title and nxt.pos_ == "PROPN"
        if (
            c.kind == "wd"
            and not c.groups.get("mod")
            and prev is not None
            and prev.text in lex.weekday_name_prefixes
        ):
            return False  # "Super Tuesday", "Black Friday"
        if named and (c.kind == "holiday" or (prev is not None and prev.lower_ == "the")):
            return False  # "the Good Friday Agreement", "the Sunday Times"
        return not _inside_name(core)
    return True


def plausible(c: Candidate, lex: Lexicon) -> bool:
    """Checks that need no parse: sets ("every Monday") and durations ("the last month")."""
    if c.prefix.endswith(" "):
        words = c.prefix.split()[-2:]
        if words and words[-1] in lex.set_cues:
            return False  # "every Monday"
        if len(words) == 2 and words[0] in lex.set_cues and words[1] in ("other", "single"):
            return False  # "every other Tuesday"
    if c.kind != "rel_unit":
        return True
    # "the last month", "last weeks" are durations; "the current year" is not
    if c.groups["unit"].lower().endswith("s"):
        return False
    return not (c.prefix.endswith("the ") and lex.modifiers.get(norm(c.groups["mod"])) != 0)
