"""How much of a set of sentences the event lexicon reaches (a development aid, not a test).

Usage:

    python tools/lexicon_coverage.py SENTENCES.jsonl [USER_LEXICON.yaml ...]

reads JSON Lines records with a ``text`` field (and, when present, a gold ``events`` list
whose first event has ``quad``, as in the events-quad gold format), parses them with the
default spaCy model and prints

* the share of sentences with at least one verb or noun whose lemma has a lexicon pattern;
* the share where the event coder's trigger finder matches a pattern (with its constraints);
* per gold quad class (0 = neutral), the same two shares;
* the most frequent verb lemmas of sentences that no pattern matches.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from communique.events.coder import find_triggers
from communique.events.lexicon import load_lexicon
from communique.nlp import load_model
from communique.settings import Settings


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit(__doc__)
    records = [json.loads(line) for line in Path(argv[0]).read_text("utf-8").splitlines() if line]
    lexicon = load_lexicon(argv[1:])
    verbs, nouns = lexicon.verbs(), lexicon.nouns()
    nlp = load_model(Settings().model)
    total: Counter[str] = Counter()
    lemma_hit: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    unmatched_verbs: Counter[str] = Counter()
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        events = record.get("events") or [{}]
        quad = events[0].get("quad")
        group = "all" if "events" not in record else str(quad or 0)
        total[group] += 1
        lemmas = {(t.pos_, t.lemma_.lower()) for t in doc}
        if any(p == "VERB" and w in verbs for p, w in lemmas) or any(
            p in ("NOUN", "PROPN") and w in nouns for p, w in lemmas
        ):
            lemma_hit[group] += 1
        if find_triggers(doc[:], lexicon):
            matched[group] += 1
        else:
            unmatched_verbs.update(w for p, w in lemmas if p == "VERB")
    n = sum(total.values())
    print(
        f"{n} sentences, {len(lexicon.patterns)} patterns ({len(verbs)} verbs, {len(nouns)} nouns)"
    )
    print(f"  a lexicon verb/noun lemma: {sum(lemma_hit.values()) / n:.1%}")
    print(f"  a matching pattern:        {sum(matched.values()) / n:.1%}")
    for group in sorted(total):
        print(
            f"  quad {group}: lemma {lemma_hit[group] / total[group]:.1%}, "
            f"match {matched[group] / total[group]:.1%} of {total[group]}"
        )
    print("verbs of unmatched sentences:", ", ".join(w for w, _ in unmatched_verbs.most_common(40)))


if __name__ == "__main__":
    main(sys.argv[1:])
