#!/usr/bin/env python
"""Fit the event confidence model on the tune halves; report its reliability on the check halves.

    python bench/calibrate.py             # fit on tune, print reliability on check and tune
    python bench/calibrate.py --write     # ... and write src/communique/data/confidence.yaml
    python bench/calibrate.py --current   # the shipped weights' reliability, no fit

Every event the pipeline codes on the gold sets that code events with countries is
labelled right or wrong by the gold's own matching rules (``../shared/eval/README.md``):

* the CAMEO-annotated dev sentences (``bench/annotations/events-cameo.jsonl``, texts from
  ``../shared/eval/dev/events-quad.jsonl``): right when it takes part in the one-to-one
  matching at the CAMEO-root level where no side contradicts the gold (a side left open
  by either agrees: an actor with no country, or no target, may be a real event in the
  right direction, which is what the confidence estimates);
* the annotated articles (``bench/articles/``, texts under ``../shared/bench``): right
  when it is a found required event or an allowed one, wrong when a false positive.

A logistic regression (L2-penalised, Newton's method) of the label on the event's
``Event.evidence`` (``communique.events.confidence.FEATURES``) is fitted on the tune
halves. The check halves give expected calibration error (ECE: the mean, weighted by the
number of events, of |mean confidence − observed precision| over the bands) and precision
per band. The model is refitted whenever the coder changes; its figures go in README.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from communique.evaluate.article import score_article  # noqa: E402
from communique.evaluate.split import half_of  # noqa: E402
from communique.events.confidence import FEATURES  # noqa: E402
from communique.models import Article, Event  # noqa: E402
from communique.pipeline import Pipeline  # noqa: E402

SHARED = ROOT.parent / "shared"
OUT = ROOT / "src" / "communique" / "data" / "confidence.yaml"
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
PENALTY = 1.0

Sample = tuple[list[float], int, str]  # features, label, half


def _root(g: dict[str, Any]) -> str:
    return str(g.get("root") or (g.get("cameo") or "")[:2])


def _agrees(gold: str | None, pred: str | None) -> bool:
    """A side agrees when the gold leaves it open, or the event names the gold's country,
    or the event leaves it open (an actor with no country, no target: the event may
    still be real and in the right direction; only a contradiction makes it wrong)."""
    return gold is None or pred is None or gold == pred


def label_sentence(gold: list[dict[str, Any]], events: list[Event]) -> list[int]:
    """1 for each predicted event that the one-to-one root-level matching pairs with a
    gold event, else 0 (gold events with fewer nulls are matched first)."""
    labels = [0] * len(events)
    order = sorted(gold, key=lambda g: (g.get("source") is None) + (g.get("target") is None))
    for g in order:
        for k, e in enumerate(events):
            if labels[k]:
                continue
            src = e.source.country if e.source else None
            tgt = e.target.country if e.target else None
            if (
                e.root == _root(g)
                and _agrees(g.get("source"), src)
                and _agrees(g.get("target"), tgt)
            ):
                labels[k] = 1
                break
    return labels


def sentence_samples(pipeline: Pipeline) -> list[Sample]:
    ann = ROOT / "bench" / "annotations" / "events-cameo.jsonl"
    texts = {
        r["id"]: r for r in map(json.loads, (SHARED / "eval" / "dev" / "events-quad.jsonl").open())
    }
    out: list[Sample] = []
    for line in ann.open():
        a = json.loads(line)
        r = texts[a["id"]]
        doc = pipeline.extract(r["text"], published=r.get("published"), id=a["id"])
        events = list(doc.events)
        for e, y in zip(events, label_sentence(a["events"], events), strict=True):
            out.append((_vector(e), y, half_of(a["id"])))
    return out


def article_samples(pipeline: Pipeline) -> list[Sample]:
    out: list[Sample] = []
    for path in sorted((ROOT / "bench" / "articles").glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = (SHARED / "bench" / gold["article"]).read_text(encoding="utf-8")
        published = str(gold["document"]["published"])
        doc = pipeline.run([Article(id=gold["article"], text=text, published=published)])
        (d,) = list(doc)
        pred = d.to_dict()
        figures, _ = score_article(gold, pred, text)
        wrong = {
            (f["sentence"], f["trigger"], f["cameo"])
            for f in figures["events"]["false_positive_events"]
        }
        for e in d.events:
            y = 0 if (e.sentence, e.trigger, e.cameo) in wrong else 1
            out.append((_vector(e), y, half_of(gold["article"])))
    return out


def _vector(e: Event) -> list[float]:
    ev = dict(e.evidence)
    return [ev.get(name, 0.0) for name in FEATURES]


def fit(x: np.ndarray, y: np.ndarray, penalty: float = PENALTY) -> np.ndarray:
    """Weights (intercept first) of an L2-penalised logistic regression, by Newton's method."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    reg = np.eye(len(w)) * penalty
    reg[0, 0] = 0.0  # the intercept is not penalised
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + reg @ w
        hess = xb.T @ (xb * (p * (1 - p))[:, None]) + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(w[0] + x @ w[1:], -30, 30)))


def reliability(p: np.ndarray, y: np.ndarray) -> tuple[float, list[tuple[str, int, float, float]]]:
    """ECE and, per band, (band, events, mean confidence, observed precision)."""
    rows = []
    ece = 0.0
    for lo, hi in zip(BANDS, BANDS[1:], strict=False):
        inside = (p >= lo) & ((p < hi) if hi < 1.0 else (p <= hi))
        n = int(inside.sum())
        if n:
            conf, prec = float(p[inside].mean()), float(y[inside].mean())
            ece += n * abs(conf - prec)
            rows.append((f"{lo:.1f}-{hi:.1f}", n, conf, prec))
    return ece / max(1, len(p)), rows


def _shipped() -> np.ndarray:
    """The weights in ``confidence.yaml`` (intercept first), in ``FEATURES`` order."""
    data = yaml.safe_load(OUT.read_text(encoding="utf-8"))
    weights = data.get("weights") or {}
    return np.array(
        [float(data.get("intercept", 0.0))] + [float(weights.get(f, 0.0)) for f in FEATURES]
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write the fitted weights")
    ap.add_argument(
        "--current",
        action="store_true",
        help="report the reliability of the shipped weights instead of fitting new ones",
    )
    args = ap.parse_args(argv)
    if args.write and args.current:
        ap.error("--current reports the shipped weights; it writes nothing")
    if not (SHARED / "eval").is_dir():
        print(f"calibrate: {SHARED / 'eval'} not found", file=sys.stderr)
        return 2
    if args.write:  # features do not depend on the old weights, which may name old features
        OUT.write_text("intercept: 0.0\nweights: {}\n", encoding="utf-8")
    pipeline = Pipeline()
    samples = sentence_samples(pipeline) + article_samples(pipeline)
    x = np.array([s[0] for s in samples])
    y = np.array([s[1] for s in samples], dtype=float)
    half = np.array([s[2] for s in samples])
    tune, check = half == "tune", half == "check"
    w = _shipped() if args.current else fit(x[tune], y[tune])
    for name, mask in (("check", check), ("tune", tune)):
        ece, rows = reliability(predict(w, x[mask]), y[mask])
        print(f"{name}: {int(mask.sum())} events, precision {y[mask].mean():.3f}, ECE {ece:.3f}")
        for band, n, conf, prec in rows:
            print(f"  {band}: {n:4d} events, mean confidence {conf:.3f}, precision {prec:.3f}")
    weights = {name: round(float(v), 4) for name, v in zip(FEATURES, w[1:], strict=True)}
    print("weights:", json.dumps({"intercept": round(float(w[0]), 4), **weights}))
    if args.write:
        lines = [
            "# Weights of the event confidence model (communique.events.confidence): logistic",
            '# regression of "the event is right" (real, of the coded CAMEO root, in the coded',
            "# direction) on the features named there. Fitted by bench/calibrate.py on the tune",
            "# halves of the CAMEO-annotated dev sentences and the annotated articles",
            f"# ({int(tune.sum())} events, {dt.date.today().isoformat()}); refit after changing the coder.",
            f"intercept: {round(float(w[0]), 4)}",
            "weights:",
            *(f"  {k}: {v}" for k, v in weights.items()),
        ]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
