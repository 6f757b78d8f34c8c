#!/usr/bin/env python
"""Story grouping benchmark: which articles are the same story, measured, not guessed.

    python bench/stories.py                 # sweep methods and thresholds, then the store
    python bench/stories.py --wires 40 --show-merges 30

Two corpora, neither kept in the repository:

- **BBC politics** (``../shared/bench/bbc-politics``, 417 articles): distinct stories,
  except the files whose text is identical (the dataset's own duplicates), which are the
  true merges. Many articles share a topic (elections, ID cards, asylum), so a loose
  method merges different stories here.
- **Syndicated** (built here from the BBC texts): ``--wires`` articles are taken as wire
  stories and each is published by 5 outlets, each outlet with its own navigation,
  share buttons, newsletter and copyright lines, related-story links (headlines of other
  articles), its own headline (the wire's, "UPDATE 1-…", upper case, a rewrite from the
  first sentence, "Analysis: …"), a dateline, and edits: one copy cut to its first 60%,
  one to 80%, one with a correction note, one with British spellings changed. The 5
  copies of a wire are one story; nothing else is.

For every method and threshold it prints pairwise precision and recall of the grouping
(over all pairs of articles: a pair is predicted together when the grouping puts both in
one story) on each corpus: exact Jaccard over word shingles (all pairs, the reference),
and MinHash + LSH grouping done incrementally (articles arrive one by one in a fixed
shuffled order and join the story of their most similar earlier article, as the store
does). Then it ingests both corpora into a real DuckDB store (``Store.write`` with
documents that carry no events, so no parsing is needed) and reports the store's own
grouping, and with ``--show-merges N`` prints N merged pairs of different BBC texts for
checking by hand.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "bbc-politics"

OUTLETS = (
    (
        "The Daily Ledger",
        ["Home | World | Politics | Business | Sport", "Advertisement"],
        [
            "Share this article: Facebook Twitter Email",
            "Sign up for the Daily Ledger morning briefing, delivered to your inbox.",
            "© 2005 The Daily Ledger. All rights reserved.",
        ],
    ),
    (
        "Metro Courier",
        ["Skip to main content", "Menu Search Subscribe Log in"],
        [
            "Reporting by the Metro Courier wire desk; editing by the news team.",
            "Copyright 2005 Metro Courier Media Group. This material may not be published.",
        ],
    ),
    (
        "Northern Star Online",
        ["Northern Star Online > News > UK Politics"],
        [
            "Follow Northern Star Online on social media for the latest news.",
            "Comments are closed for this story.",
            "Northern Star Online is not responsible for the content of external sites.",
        ],
    ),
    (
        "Global Wire Review",
        ["GLOBAL WIRE REVIEW", "Latest news"],
        [
            "Read more: the week in politics, analysed by our correspondents.",
            "This story was distributed by a news agency and has not been edited.",
        ],
    ),
    (
        "Evening Herald",
        ["Evening Herald - News", "Advertisement", "Most read"],
        [
            "Have your say: send us your views on this story.",
            "All content © Evening Herald 2005. Terms and conditions apply.",
        ],
    ),
)

SPELLINGS = (
    ("Labour", "Labor"),
    ("organisation", "organization"),
    ("programme", "program"),
    ("defence", "defense"),
    ("favour", "favor"),
    ("centre", "center"),
)


@dataclass(frozen=True)
class Doc:
    id: str
    title: str
    text: str
    outlet: str | None
    truth: str  # articles with the same truth are the same story


#: BBC articles judged by hand (reading both texts) to be revised versions of one story:
#: the same report updated, extended or re-edited (same or reworded headline, most of the
#: text shared). Their bodies differ, so only a person can say they belong together.
REVISED = (
    ("226", "265"),  # "Tories unveil quango blitz plans", extended
    ("077", "354"),  # "Brown names 16 March for Budget", extended
    ("311", "312"),  # pension strike talks: the same report before and after the meeting
    ("043", "313"),  # "Parties warned over 'grey vote'", extended
    ("088", "337"),  # "Campaign 'cold calls' questioned", one sentence changed
    ("111", "293"),  # "Kilroy launches 'Veritas' party", 293 is a much longer version
    ("175", "349"),  # "Chancellor rallies Labour voters", rewritten with new reactions
)
#: Pairs that share paragraphs but were judged different stories (a later report on the
#: same affair, a different speech on the same deal): merging them is a false merge.
DIFFERENT = (
    ("327", "328"),  # Goldsmith denies drafting claim / Goldsmith in the Lords, days later
    ("064", "161"),  # Blair hails the Turkey deal at the summit / Blair's Commons statement
    ("335", "338"),  # Kennedy's tour / Lib Dem debt policy: shared campaign paragraphs
    ("374", "409"),  # Tory tax cuts / Tories urge change at the top: shared background
)


def read_bbc(folder: Path) -> list[Doc]:
    """The BBC articles; files with the same body (whatever their headline) and the
    ``REVISED`` pairs share a truth label."""
    from communique.models import Article
    from communique.records.minhash import story_text

    raw_docs = []
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace").strip()
        title = raw.partition("\n")[0].strip()
        raw_docs.append((path.stem, title, raw))
    parent = {stem: stem for stem, _, _ in raw_docs}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    by_body: dict[str, str] = {}
    for stem, title, raw in raw_docs:
        body = " ".join(story_text(Article(id=stem, text=raw, title=title)).split())
        first = by_body.setdefault(body, stem)
        parent[find(stem)] = find(first)
    for a, b in REVISED:
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    return [
        Doc(f"bbc/{stem}.txt", title, raw, "BBC News", f"bbc:{find(stem)}")
        for stem, title, raw in raw_docs
    ]


def _headline(i: int, title: str, body: str) -> str:
    first = body.split(". ")[0].split()
    if i == 0:
        return title
    if i == 1:
        return f"UPDATE 1-{title}"
    if i == 2:
        return title.upper()
    if i == 3:
        return " ".join(first[:9]).rstrip(",;:").capitalize()
    return f"Analysis: {title}"


def syndicate(wire: Doc, others: Sequence[Doc], rng: random.Random) -> list[Doc]:
    """Five outlets' copies of one wire story (see the module docstring)."""
    _, _, body = wire.text.partition("\n")
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    copies = []
    for i, (outlet, header, footer) in enumerate(OUTLETS):
        paras = list(paragraphs)
        if i == 1:
            paras = paras[: max(2, round(len(paras) * 0.6))]
        if i == 3:
            paras = paras[: max(2, round(len(paras) * 0.8))]
        if i == 2:
            paras.append(
                "Correction: an earlier version of this story misstated the date of the vote."
            )
        if i == 4:
            paras = [p for p in paras]
            for a, b in SPELLINGS:
                paras = [p.replace(a, b) for p in paras]
        if paras:
            paras[0] = f"LONDON (Wire) - {paras[0]}"
        related = [f"Related: {o.title}" for o in rng.sample(list(others), 3)]
        headline = _headline(i, wire.title, body.strip())
        text = "\n\n".join([*header, headline, *paras, *related, *footer])
        copies.append(Doc(f"wire/{wire.id}/{i}", headline, text, outlet, truth=wire.truth))
    return copies


def build_corpora(folder: Path, wires: int, seed: int) -> tuple[list[Doc], list[Doc]]:
    bbc = read_bbc(folder)
    rng = random.Random(seed)
    chosen = rng.sample(bbc, wires)
    syndicated = []
    for wire in chosen:
        syndicated.extend(syndicate(wire, [d for d in bbc if d is not wire], rng))
    return bbc, syndicated


# -- scoring -------------------------------------------------------------------------------


def pair_scores(docs: Sequence[Doc], group: Sequence[str]) -> tuple[float, float, int, int]:
    """Pairwise precision, recall, true pairs, predicted pairs of a grouping."""
    truth_pairs = _pairs([d.truth for d in docs])
    pred_pairs = _pairs(list(group))
    tp = len(truth_pairs & pred_pairs)
    precision = tp / len(pred_pairs) if pred_pairs else 1.0
    recall = tp / len(truth_pairs) if truth_pairs else 1.0
    return precision, recall, len(truth_pairs), len(pred_pairs)


def _pairs(labels: Sequence[str]) -> set[tuple[int, int]]:
    members: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        members[label].append(i)
    return {p for m in members.values() for p in itertools.combinations(m, 2)}


# -- methods -------------------------------------------------------------------------------


def exact_similarities(sets: list[set[str]]) -> dict[tuple[int, int], tuple[float, float]]:
    """(Jaccard, containment) of every pair of sets that share a shingle, i < j;
    containment is the shared share of the smaller set."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for sh in s:
            index[sh].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in index.values():
        if len(members) > 1:
            for pair in itertools.combinations(members, 2):
                shared[pair] += 1
    out = {}
    for (i, j), n in shared.items():
        a, b = len(sets[i]), len(sets[j])
        out[(i, j)] = (n / (a + b - n), n / min(a, b))
    return out


def incremental(
    n: int,
    sim: Callable[[int, int], float],
    threshold: float,
    candidates: Callable[[int], Iterable[int]] | None = None,
) -> list[str]:
    """Articles arrive in order; each joins the story of its most similar earlier
    article when that similarity reaches the threshold, else starts a story."""
    group: list[str] = []
    for i in range(n):
        best, best_s = None, threshold
        for j in candidates(i) if candidates else range(i):
            v = sim(j, i)
            if v >= best_s:
                best, best_s = j, v
        group.append(group[best] if best is not None else str(i))
    return group


def store_groups(docs: Sequence[Doc]) -> tuple[list[str], float]:
    """The real thing: write the articles into a fresh DuckDB store, read their stories."""
    from communique.models import Article, Document, content_hash
    from communique.store import open_store

    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "stories.duckdb") as store:
        t0 = time.perf_counter()
        batch = 32
        for i in range(0, len(docs), batch):
            store.write(
                Document(
                    article=Article(
                        id=d.id,
                        text=d.text,
                        title=d.title,
                        outlet=d.outlet,
                        published="2005-03-01",
                    )
                )
                for d in docs[i : i + batch]
            )
        seconds = time.perf_counter() - t0
        _, rows = store.fetch("SELECT hash, story FROM articles")
    story = dict(rows)  # by content hash: a text stored twice is stored once
    return [str(story[content_hash(d.text)]) for d in docs], seconds


# -- main ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--wires", type=int, default=40, help="wire stories to syndicate")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--thresholds", default="0.2,0.3,0.4,0.5,0.6,0.7,0.8")
    ap.add_argument("--sizes", default="3,5,8", help="shingle sizes for exact Jaccard")
    ap.add_argument("--show-merges", type=int, default=0, metavar="N")
    ap.add_argument("--no-store", action="store_true", help="skip the real-store run")
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"no corpus at {args.folder}; nothing to measure", file=sys.stderr)
        return 0

    from communique.models import Article
    from communique.records import minhash

    bbc, syndicated = build_corpora(args.folder, args.wires, args.seed)
    both = bbc + syndicated
    random.Random(args.seed).shuffle(both)  # the order articles arrive in
    corpora = {"bbc": bbc, "syndicated": syndicated, "both": both}
    thresholds = [float(t) for t in args.thresholds.split(",")]
    print(f"bbc: {len(bbc)} articles; syndicated: {len(syndicated)} ({args.wires} wires x 5)")
    docs = corpora["both"]
    position = {d.id: i for i, d in enumerate(docs)}
    texts = [minhash.story_text(Article(id=d.id, text=d.text, title=d.title)) for d in docs]

    def report(label: str, group: list[str]) -> None:
        cells = []
        for name in ("bbc", "syndicated", "both"):
            sel = [i for i, d in enumerate(docs) if name == "both" or d.id in ids[name]]
            p, r, _, _ = pair_scores([docs[i] for i in sel], [group[i] for i in sel])
            cells.append(f"{name} P {p:.3f} R {r:.3f}")
        print(f"{label:<34} " + "   ".join(cells))

    ids = {name: {d.id for d in corpora[name]} for name in corpora}
    for size in (int(s) for s in args.sizes.split(",")):
        sets = [minhash.shingles(t, size) for t in texts]
        sims = exact_similarities(sets)
        for m, measure in enumerate(("jaccard", "containment")):
            for t in thresholds:
                group = incremental(
                    len(docs), lambda j, i, m=m, sims=sims: sims.get((j, i), (0.0, 0.0))[m], t
                )
                report(f"exact k={size} {measure}>={t}", group)
    sketches = [minhash.sketch(minhash.shingles(t)) for t in texts]
    index: dict[int, list[int]] = defaultdict(list)
    cands: list[set[int]] = []
    for i, sk in enumerate(sketches):
        keys = minhash.bands(sk.signature) if sk else []
        cands.append({j for k in keys for j in index.get(k, ())})
        for k in keys:
            index[k].append(i)
    for t in thresholds:
        group = incremental(
            len(docs),
            lambda j, i: minhash.containment(sketches[j], sketches[i]),
            t,
            candidates=lambda i: sorted(cands[i]),
        )
        report(f"minhash-lsh containment>={t}", group)
    del position

    if not args.no_store:
        group, seconds = store_groups(docs)
        for name in ("bbc", "syndicated", "both"):
            ids = {d.id for d in corpora[name]}
            sel = [(d, g) for d, g in zip(docs, group, strict=True) if d.id in ids]
            p, r, true_pairs, pred_pairs = pair_scores([d for d, _ in sel], [g for _, g in sel])
            print(
                f"store (threshold {_threshold()}) {name}: precision {p:.3f} recall {r:.3f} "
                f"({pred_pairs} predicted pairs, {true_pairs} true pairs)"
            )
        print(f"store: {len(docs)} articles written in {seconds:.2f} s")
        if args.show_merges:
            show_merges(docs, group, args.show_merges)
    return 0


def _threshold() -> float:
    from communique.records.grouping import STORY_THRESHOLD as THRESHOLD

    return THRESHOLD


def show_merges(docs: Sequence[Doc], group: Sequence[str], n: int) -> None:
    """Print merged pairs of BBC articles whose texts differ, for checking by hand."""
    members: dict[str, list[Doc]] = defaultdict(list)
    for d, g in zip(docs, group, strict=True):
        members[g].append(d)
    shown = 0
    for story in members.values():
        for a, b in itertools.combinations(story, 2):
            if a.text == b.text or not (a.id.startswith("bbc/") and b.id.startswith("bbc/")):
                continue
            verdict = "same" if a.truth == b.truth else "DIFFERENT"
            print(f"\n[{verdict}] {a.id} | {b.id}\n  A: {a.title}\n  B: {b.title}")
            shown += 1
            if shown >= n:
                return


if __name__ == "__main__":
    sys.exit(main())
