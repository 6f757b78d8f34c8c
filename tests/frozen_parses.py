"""Frozen parses: a sentence's spaCy parse written down as a table, and read back as a Doc.

    frozen_doc(vocab, text, table) -> Doc     the Doc a table describes (words must spell text)
    format_spec(doc) -> str                   the table of a parsed Doc
    token_row(doc, i) -> Row                  what the stages read of one token
    model_key(nlp) -> str                     the installed model, to compare with FROZEN_MODEL

One token a line: index, word, lemma, coarse and fine part of speech, dependency, head
index, entity as IOB; a whitespace character in a word or lemma is written as an escape
(``\\n``, ``\\s`` for a space). The fixtures of ``tests/conftest.py`` run the stages on
these Docs; ``tools/freeze_parse.py`` prints the tables. Only the parse is frozen: the
words, lemmas, tags, dependencies and entities; the vocabulary (lexical attributes) is
the installed model's.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from communique.nlp import FALLBACK_MODEL

#: The model every frozen parse in the tests was made with (``model_key``).
FROZEN_MODEL = "en_core_web_sm 3.8.0"

#: One token as the stages read it: word, whitespace, lemma, pos, tag, dep, head, entity,
#: sentence start.
Row = tuple[str, str, str, str, str, str, int, str, bool]


def model_key(nlp: Language) -> str:
    """The installed model's name and version; the fallback package counts as the original
    (the same weights under another name)."""
    name = f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}"
    if name == FALLBACK_MODEL:
        name = "en_core_web_sm"
    return f"{name} {nlp.meta.get('version', '?')}"


_ESCAPES = {"\\": "\\\\", " ": "\\s", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_UNESCAPES = {v: k for k, v in _ESCAPES.items()}


def escape(field: str) -> str:
    """A token's word or lemma as one whitespace-free column of the table."""
    out = []
    for c in field:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif c.isspace():
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return "".join(out)


def unescape(field: str) -> str:
    return re.sub(
        r"\\(u[0-9a-f]{4}|.)",
        lambda m: chr(int(m[1][1:], 16)) if len(m[1]) == 5 else _UNESCAPES["\\" + m[1]],
        field,
    )


def token_row(doc: Doc, i: int) -> Row:
    """What the stages read of token ``i``: word, whitespace, lemma, parts of speech,
    dependency, head, entity and sentence start."""
    t = doc[i]
    ent = f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O"
    return (
        t.text,
        t.whitespace_,
        t.lemma_,
        t.pos_,
        t.tag_,
        t.dep_,
        t.head.i,
        ent,
        bool(t.is_sent_start),
    )


def format_spec(doc: Doc, indent: str = "") -> str:
    """The frozen-parse table of ``doc``, columns aligned."""
    rows = [
        [str(i), escape(w), escape(lemma), pos, tag, dep, str(head), ent]
        for i, (w, _, lemma, pos, tag, dep, head, ent, _) in enumerate(
            token_row(doc, i) for i in range(len(doc))
        )
    ]
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))] if rows else []
    return "\n".join(
        indent + "  ".join(cell.ljust(widths[k]) for k, cell in enumerate(r)).rstrip() for r in rows
    )


def frozen_doc(vocab: Vocab, text: str, spec: str) -> Doc:
    """The Doc a frozen-parse table describes; its words must spell ``text`` exactly."""
    rows = [line.split() for line in spec.strip().splitlines()]
    for k, row in enumerate(rows):
        if len(row) != 8 or row[0] != str(k):
            raise ValueError(
                f"frozen parse of {text!r}, line {k}: expected 8 columns from {k}: {row}"
            )
    words = [unescape(r[1]) for r in rows]
    spaces: list[bool] = []
    pos = 0
    for w in words:
        if not text.startswith(w, pos):
            raise ValueError(f"frozen parse of {text!r}: {w!r} is not at offset {pos}")
        pos += len(w)
        spaces.append(text.startswith(" ", pos) and not w.isspace())
        pos += spaces[-1]
    if pos != len(text):
        raise ValueError(f"frozen parse of {text!r}: the words end at {pos} of {len(text)}")
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=[unescape(r[2]) for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        deps=[r[5] for r in rows],
        heads=[int(r[6]) for r in rows],
        ents=[r[7] for r in rows],
    )


def token_rows(doc: Doc) -> list[Row]:
    return [token_row(doc, i) for i in range(len(doc))]
