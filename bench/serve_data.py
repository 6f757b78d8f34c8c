"""A synthetic communique database of any size, for the dashboard's load check.

    .venv/bin/python bench/serve_data.py /tmp/load.duckdb --events 1000000

Writes a real store (the schema from ``open_store``, every table the dashboard reads) with
``--events`` event rows spread over ``--events / 5`` articles from 2020 to 2025: 40
countries whose activity falls off like a Zipf law (so a few pairs are busy and most are
quiet), CAMEO codes drawn from the shipped codebook with their own Goldstein score, quad
class and PLOVER type, one quotation and one date per article, an actor row for each side
of each event, and one event record per event (each reported once). Every offset points into the article's text, so the article and event
pages of the dashboard work on it. The same ``--seed`` gives the same file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
import time
from pathlib import Path

import numpy as np

from communique.events.codebook import codebook
from communique.records.grouping import pair_key
from communique.store import open_store

COUNTRIES = [
    ("USA", "the United States"),
    ("RUS", "Russia"),
    ("CHN", "China"),
    ("IND", "India"),
    ("UKR", "Ukraine"),
    ("GBR", "Britain"),
    ("FRA", "France"),
    ("DEU", "Germany"),
    ("ISR", "Israel"),
    ("IRN", "Iran"),
    ("TUR", "Turkey"),
    ("PAK", "Pakistan"),
    ("JPN", "Japan"),
    ("KOR", "South Korea"),
    ("PRK", "North Korea"),
    ("SAU", "Saudi Arabia"),
    ("BRA", "Brazil"),
    ("ZAF", "South Africa"),
    ("NGA", "Nigeria"),
    ("EGY", "Egypt"),
    ("SYR", "Syria"),
    ("IRQ", "Iraq"),
    ("AFG", "Afghanistan"),
    ("MEX", "Mexico"),
    ("CAN", "Canada"),
    ("AUS", "Australia"),
    ("IDN", "Indonesia"),
    ("VNM", "Vietnam"),
    ("PHL", "the Philippines"),
    ("POL", "Poland"),
    ("ITA", "Italy"),
    ("ESP", "Spain"),
    ("QAT", "Qatar"),
    ("ARE", "the United Arab Emirates"),
    ("ETH", "Ethiopia"),
    ("KEN", "Kenya"),
    ("ARG", "Argentina"),
    ("VEN", "Venezuela"),
    ("CUB", "Cuba"),
    ("BLR", "Belarus"),
]
SECTORS = ["GOV", "MIL", "GOV", "GOV", "BUS", "OPP"]
START = dt.date(2020, 1, 1)
DAYS = 6 * 365
EVENTS_PER_ARTICLE = 5


def _insert(con, table: str, columns: dict[str, np.ndarray]) -> None:  # type: ignore[no-untyped-def]
    names = ", ".join(f'"{n}"' for n in columns)
    con.register("_new", {n: v for n, v in columns.items()})
    try:
        con.execute(f"INSERT INTO {table} ({names}) SELECT * FROM _new")
    finally:
        con.unregister("_new")


def _objects(values: list[object]) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _chunk(rng: np.random.Generator, first: int, n_articles: int, total: int) -> dict[str, dict]:  # type: ignore[type-arg]
    """Rows for articles ``first`` .. ``first + n_articles`` (of ``total``)."""
    book = [c for c in codebook().values() if len(c.code) >= 3]
    weights = np.array([3.0 if c.quad_class in (1, 3) else 1.0 for c in book])
    weights /= weights.sum()
    zipf = 1.0 / np.arange(1, len(COUNTRIES) + 1) ** 1.1
    zipf /= zipf.sum()
    n_events = n_articles * EVENTS_PER_ARTICLE
    src = rng.choice(len(COUNTRIES), size=n_events, p=zipf)
    tgt = rng.choice(len(COUNTRIES), size=n_events, p=zipf)
    tgt = np.where(tgt == src, (tgt + 1) % len(COUNTRIES), tgt)
    codes = rng.choice(len(book), size=n_events, p=weights)
    sectors = rng.integers(0, len(SECTORS), size=(n_events, 2))
    conf = np.round(rng.uniform(0.3, 0.95, size=n_events), 2)
    negated = rng.random(n_events) < 0.03
    lag = rng.integers(0, 3, size=n_events)

    art: dict[str, list[object]] = {k: [] for k in ("hash", "id", "published", "title", "text")}
    art_outlet: list[object] = []
    ev: dict[str, list[object]] = {
        k: []
        for k in (
            "article_hash",
            "article_id",
            "sentence",
            "start",
            "end",
            "source_text",
            "source_name",
            "source_country",
            "source_sector",
            "source_code",
            "target_text",
            "target_name",
            "target_country",
            "target_sector",
            "target_code",
            "cameo",
            "root",
            "quad_class",
            "goldstein",
            "plover",
            "date",
            "day",
            "negated",
            "trigger",
            "sentence_text",
            "confidence",
        )
    }
    actors: dict[str, list[object]] = {
        k: []
        for k in (
            "article_hash",
            "article_id",
            "sentence",
            "start",
            "end",
            "text",
            "name",
            "country",
            "sector",
        )
    }
    located = ("article_hash", "article_id", "sentence", "start", "end")
    quotes: dict[str, list[object]] = {
        k: [] for k in (*located, "text", "speaker_text", "speaker_country", "cue")
    }
    dates: dict[str, list[object]] = {k: [] for k in (*located, "text", "value")}
    sentences: dict[str, list[object]] = {
        k: [] for k in ("article_hash", "article_id", "idx", "start", "end", "kind", "text")
    }
    for i in range(n_articles):
        n = first + i
        published = START + dt.timedelta(days=n * DAYS // total)
        aid = f"synthetic/{n:08d}"
        h = hashlib.sha256(aid.encode()).hexdigest()
        parts: list[str] = []
        at = 0
        for j in range(EVENTS_PER_ARTICLE):
            k = i * EVENTS_PER_ARTICLE + j
            code = book[codes[k]]
            s_code, s_name = COUNTRIES[src[k]]
            t_code, t_name = COUNTRIES[tgt[k]]
            verb = code.name.lower().split(",")[0][:60]
            sentence = f"Officials said {s_name} moved to {verb} with {t_name} on Monday."
            day = published - dt.timedelta(days=int(lag[k]))
            trigger_at = at + sentence.index(verb)
            ev["article_hash"].append(h)
            ev["article_id"].append(aid)
            ev["sentence"].append(j)
            ev["start"].append(trigger_at)
            ev["end"].append(trigger_at + len(verb))
            for side, cc, name, sector in (
                ("source", s_code, s_name, SECTORS[sectors[k, 0]]),
                ("target", t_code, t_name, SECTORS[sectors[k, 1]]),
            ):
                ev[f"{side}_text"].append(name)
                ev[f"{side}_name"].append(name)
                ev[f"{side}_country"].append(cc)
                ev[f"{side}_sector"].append(sector)
                ev[f"{side}_code"].append(cc + sector)
                where = at + sentence.index(name)
                for key, value in zip(
                    actors,
                    (h, aid, j, where, where + len(name), name, name, cc, sector),
                    strict=True,
                ):
                    actors[key].append(value)
            ev["cameo"].append(code.code)
            ev["root"].append(code.root)
            ev["quad_class"].append(code.quad_class)
            ev["goldstein"].append(code.goldstein)
            ev["plover"].append(code.plover)
            ev["date"].append(day.isoformat())
            ev["day"].append(day)
            ev["negated"].append(bool(negated[k]))
            ev["trigger"].append(verb)
            ev["sentence_text"].append(sentence)
            ev["confidence"].append(float(conf[k]))
            when = at + sentence.index("on Monday")
            if j == 0:
                for key, value in zip(
                    dates,
                    (h, aid, j, when, when + 9, "on Monday", day.isoformat()),
                    strict=True,
                ):
                    dates[key].append(value)
            for key, value in zip(
                sentences,
                (h, aid, j, at, at + len(sentence), "body", sentence),
                strict=True,
            ):
                sentences[key].append(value)
            parts.append(sentence)
            at += len(sentence) + 1
        said = f"We will not accept this, {COUNTRIES[src[i * EVENTS_PER_ARTICLE]][1]}"
        quote_sentence = f'"{said}," the spokesman told reporters.'
        parts.append(quote_sentence)
        for key, value in zip(
            quotes,
            (h, aid, EVENTS_PER_ARTICLE, at + 1, at + 1 + len(said), said, "the spokesman"),
            strict=False,
        ):
            quotes[key].append(value)
        quotes["speaker_country"].append(COUNTRIES[src[i * EVENTS_PER_ARTICLE]][0])
        quotes["cue"].append("told")
        art["hash"].append(h)
        art["id"].append(aid)
        art["published"].append(published)
        art["title"].append(f"Synthetic report {n}")
        art["text"].append(" ".join(parts))
        art_outlet.append(f"outlet{n % 17}.example")
    now = dt.datetime(2026, 1, 1)
    articles = {
        **art,
        "version": [1] * n_articles,
        "current": [True] * n_articles,
        "outlet": art_outlet,
        "source": ["synthetic"] * n_articles,
        "ingested_at": [now] * n_articles,
    }
    ids = [first * EVENTS_PER_ARTICLE + k + 1 for k in range(n_events)]
    records = {  # one event record per mention: every synthetic event is reported once
        "id": ids,
        "key": [f"synthetic-{i}" for i in ids],
        "mutual": [False] * n_events,
        **{
            k: ev[k] for k in ev if k.startswith(("source_", "target_")) and not k.endswith("_text")
        },
        "pair": [
            pair_key(s, t) for s, t in zip(ev["source_country"], ev["target_country"], strict=True)
        ],
        **{
            k: ev[k]
            for k in ("cameo", "root", "quad_class", "goldstein", "plover", "negated", "day")
        },
        **{k: [1] * n_events for k in ("mentions", "articles", "stories", "sources")},
        "first_seen": [art["published"][k // EVENTS_PER_ARTICLE] for k in range(n_events)],
        "last_seen": [art["published"][k // EVENTS_PER_ARTICLE] for k in range(n_events)],
        "reported": [False] * n_events,
        "lead": [True] * n_events,
        **{k: ev[k] for k in ("confidence", "article_hash", "article_id", "sentence", "trigger")},
        "sentence_text": ev["sentence_text"],
    }
    return {
        "articles": articles,
        "events": {**ev, "mentions": [1] * n_events, "record": ids},
        "records": records,
        "actors": actors,
        "quotes": quotes,
        "dates": dates,
        "sentences": sentences,
    }


def make_database(path: Path, events: int, *, seed: int = 7, chunk: int = 20_000) -> Path:
    """Write a synthetic store of ``events`` event rows at ``path`` (replaced if present)."""
    for stale in (path, path.with_name(path.name + ".wal")):
        stale.unlink(missing_ok=True)
    total = max(1, events // EVENTS_PER_ARTICLE)
    rng = np.random.default_rng(seed)
    with open_store(path) as store:
        con = store.connection
        for first in range(0, total, chunk):
            rows = _chunk(rng, first, min(chunk, total - first), total)
            con.execute("BEGIN TRANSACTION")
            for table, columns in rows.items():
                _insert(con, table, {k: _objects(v) for k, v in columns.items()})
            con.execute("COMMIT")
        con.execute("CHECKPOINT")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    began = time.perf_counter()
    make_database(args.path, args.events, seed=args.seed)
    took = time.perf_counter() - began
    size = args.path.stat().st_size / 1e6
    print(
        f"wrote {args.path}: {args.events:,} events, {size:.0f} MB, {took:.0f} s", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
