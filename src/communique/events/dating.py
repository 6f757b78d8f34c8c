"""When an event happened: its own time expression, else the publication date.

    event_date(index, sentence, verbs) -> (value, DateMention | None)

A date belongs to an event when it attaches to the event's predicate or to a verb above
it in the same clause ("India and Russia, on Tuesday, reaffirmed ..."), or to the event
noun itself ("Tuesday's attack", "the attack on Tuesday"). The date mentions and their
values come from the dates stage, through the article index's date layer.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..index import ArticleIndex
from ..models import DateMention
from ..syntax import NOMINAL, VERBAL


def _anchors(root: Token, limit: int) -> list[Token]:
    """The words a date headed by ``root`` attaches to: the nearest verb above it (or the
    sentence root), and the event noun it modifies."""
    out: list[Token] = []
    cur = root
    for _ in range(limit):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in VERBAL:
            break
    out.append(cur)
    if root.head.i != root.i and root.head.pos_ in NOMINAL:
        out.append(root.head)
    elif root.head.dep_ == "prep" and root.head.head.pos_ in NOMINAL:
        out.append(root.head.head)
    return out


def event_date(
    index: ArticleIndex, sentence: int, verbs: Iterable[Token], limit: int = 12
) -> tuple[str | None, DateMention | None]:
    """The event date for a predicate chain ``verbs`` (nearest first) in ``sentence``:
    the date attached nearest to the event wins; else the publication date."""
    found = [(d, _anchors(root, limit)) for d, root in index.dates_in(sentence) if d.value]
    for v in verbs:
        for d, anchors in found:
            if any(a.i == v.i for a in anchors):
                return d.value, d
    return index.article.published, None
