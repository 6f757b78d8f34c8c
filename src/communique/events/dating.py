"""When an event happened: its own time expression, else the publication date.

    DateIndex(parsed, dates)                      date mentions by sentence, built once
    DateIndex.for_clause(sentence, verbs) -> (value, DateMention|None)

A date belongs to an event when it attaches to the event's predicate or to a verb above
it in the same clause ("India and Russia, on Tuesday, reaffirmed ..."). The date
mentions and their values come from the dates stage (``communique.dates``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from ..models import DateMention
from ..nlp import Parsed


def _attach_verb(token: Token) -> Token:
    """The nearest verb above a date's head token (or the sentence root)."""
    cur = token
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur is not token:
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


class DateIndex:
    """The dates of one article with the verb each attaches to."""

    def __init__(self, parsed: Parsed, dates: Sequence[DateMention]) -> None:
        self.published = parsed.article.published
        self._by_sentence: dict[int, list[tuple[DateMention, Token]]] = {}
        pairs: list[tuple[DateMention, Token]] = []
        for d in dates:
            span = parsed.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None:
                pairs.append((d, span.root))
        for d, root in pairs:
            if d.value is None:
                continue
            sentence = parsed.sentence_index(root)
            self._by_sentence.setdefault(sentence, []).append((d, _attach_verb(root)))
            if root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
                # "Tuesday's attack", "the attack on Tuesday": the date of an event noun
                self._by_sentence[sentence].append((d, root.head))
            elif root.head.dep_ == "prep" and root.head.head.pos_ in ("NOUN", "PROPN"):
                self._by_sentence[sentence].append((d, root.head.head))

    def for_clause(
        self, sentence: int, verbs: Iterable[Token]
    ) -> tuple[str | None, DateMention | None]:
        """The event date for a predicate chain ``verbs`` (nearest first) in ``sentence``:
        the date attached nearest to the event wins."""
        found = self._by_sentence.get(sentence)
        if found:
            for v in verbs:
                for d, anchor in found:
                    if anchor.i == v.i:
                        return d.value, d
        return self.published, None
