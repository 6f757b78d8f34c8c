"""The scorers of the gold README: events, quotes, dates and actors.

Each ``score_<kind>(gold, predicted)`` takes the gold records and the prediction
records (extraction-contract shape; a missing record counts as empty) and returns
``(figures, misses)``: the figures in the structure of the conformance
``expected.json``, and one miss per record that lost something, worst first.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..errors import DataError
from ..events.codebook import quad_of_root
from .tokens import pair, share_name_token

Record = dict[str, Any]
Miss = dict[str, Any]

#: Event levels, in the order they are reported.
LEVELS = ("plover", "cameo", "root", "quad")


def ratio(num: float, den: float) -> float:
    """``num / den``, 0.0 when there is nothing to divide by."""
    return num / den if den else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def by_id(records: list[Record]) -> dict[str, Record]:
    """Prediction records by id (the first one wins if an id repeats)."""
    out: dict[str, Record] = {}
    for rec in records:
        out.setdefault(str(rec.get("id")), rec)
    return out


def _list(record: Record | None, key: str) -> list[Any]:
    value = (record or {}).get(key)
    return list(value) if isinstance(value, list) else []


# ---------------------------------------------------------------- events


def scored_class(root: str | None) -> int | None:
    """The class 0-4 the gold README scores a CAMEO root at: 0 for a neutral statement or
    appeal (roots 01-02), else the root's quad class (``codebook.quad_of_root``)."""
    if not root or not str(root)[:2].isdigit():
        return None
    r = str(root)[:2]
    if r in ("01", "02"):
        return 0
    try:
        return quad_of_root(r)
    except DataError:
        return None


def _root(event: Record) -> str | None:
    root = event.get("root")
    if root:
        return str(root)
    cameo = event.get("cameo")
    return str(cameo)[:2] if cameo else None


def gold_value(event: Record, level: str) -> str | None:
    """The gold event's type at ``level`` (as a string), None when not coded."""
    if level == "root":
        return _root(event)
    if level == "quad":
        if event.get("neutral"):
            return "0"
        quad = event.get("quad")
        return None if quad is None else str(quad)
    value = event.get(level)
    return None if value is None else str(value)


def predicted_value(event: Record, level: str) -> str | None:
    """The predicted event's type at ``level``.

    Quad: 0 when the root is 01-02, else ``quad_class``, else the class of the root.
    """
    if level == "root":
        return _root(event)
    if level == "quad":
        root_class = scored_class(_root(event))
        if root_class == 0:
            return "0"
        quad = event.get("quad_class", event.get("quad"))
        if quad is not None:
            return str(quad)
        return None if root_class is None else str(root_class)
    value = event.get(level)
    return None if value is None else str(value)


def _country(actor: Any) -> str | None:
    if isinstance(actor, dict):
        return actor.get("country")
    return actor if isinstance(actor, str) else None


def event_levels(gold: list[Record]) -> list[str]:
    """The levels the gold fills: those with a value in at least one gold event."""
    events = [e for rec in gold for e in _list(rec, "events")]
    return [lv for lv in LEVELS if any(gold_value(e, lv) is not None for e in events)]


def _matches(g: Record, p: Record, level: str) -> bool:
    for role in ("source", "target"):
        want = g.get(role)
        if want is not None and _country(p.get(role)) != want:
            return False
    return gold_value(g, level) == predicted_value(p, level)


def match_events(gold: list[Record], pred: list[Record], level: str) -> list[tuple[int, int]]:
    """Greedy one-to-one matches ``(gold index, predicted index)`` at ``level``.

    Gold events with fewer nulls (source, target) go first, each taking the first
    unused prediction that matches it. Gold events with no type at ``level`` are not
    matched.
    """

    def nulls(i: int) -> int:
        return sum(gold[i].get(role) is None for role in ("source", "target"))

    order = sorted(
        (i for i in range(len(gold)) if gold_value(gold[i], level) is not None), key=nulls
    )
    used: set[int] = set()
    pairs = []
    for i in order:
        for j, p in enumerate(pred):
            if j not in used and _matches(gold[i], p, level):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def dominant_class(pred: list[Record]) -> int:
    """The most severe predicted class (4 > 3 > 2 > 1 > neutral 0); 0 if none."""
    classes = [predicted_value(e, "quad") for e in pred]
    return max((int(c) for c in classes if c is not None), default=0)


def _event_brief(e: Record, gold: bool) -> str:
    src = e.get("source") if gold else _country(e.get("source"))
    tgt = e.get("target") if gold else _country(e.get("target"))
    parts = []
    for lv in LEVELS:
        v = gold_value(e, lv) if gold else predicted_value(e, lv)
        if v is not None:
            parts.append(f"{lv}={v}")
    none = "*" if gold else "-"  # a null gold actor matches any country
    return f"{src or none}->{tgt or none} {' '.join(parts)}".strip()


def score_events(
    gold: list[Record], predicted: list[Record], levels: list[str] | None = None
) -> tuple[dict[str, Any], list[Miss]]:
    """Events at each level the gold fills (or ``levels``); quad-only sets add accuracy."""
    preds = by_id(predicted)
    levels = levels or event_levels(gold)
    figures: dict[str, Any] = {
        "records": len(gold),
        "predicted_records": sum(str(r.get("id")) in preds for r in gold),
        "gold_events": sum(len(_list(r, "events")) for r in gold),
        "predicted_events": sum(len(_list(preds.get(str(r.get("id"))), "events")) for r in gold),
        "levels": {},
    }
    lost: Counter[str] = Counter()
    for level in levels:
        tp = n_gold = n_pred = 0
        per_type: dict[str, list[int]] = {}
        for rec in gold:
            rid = str(rec.get("id"))
            g_events = _list(rec, "events")
            p_events = _list(preds.get(rid), "events")
            pairs = match_events(g_events, p_events, level)
            matched = {i for i, _ in pairs}
            for i, g in enumerate(g_events):
                t = gold_value(g, level)
                if t is None:
                    continue
                n_gold += 1
                counts = per_type.setdefault(t, [0, 0])
                counts[0] += 1
                counts[1] += i in matched
            tp += len(pairs)
            n_pred += len(p_events)
            lost[rid] += (len(g_events) - len(pairs)) + (len(p_events) - len(pairs))
        p, r = ratio(tp, n_pred), ratio(tp, n_gold)
        figures["levels"][level] = {
            "tp": tp,
            "gold": n_gold,
            "pred": n_pred,
            "P": p,
            "R": r,
            "F1": f1(p, r),
            "per_type": dict(sorted(per_type.items())),
        }
    quad_set = levels == ["quad"] and all(len(_list(r, "events")) <= 1 for r in gold)
    misses: list[Miss] = []
    if quad_set:
        confusion: Counter[str] = Counter()
        correct = n = 0
        for rec in gold:
            g_events = _list(rec, "events")
            if not g_events or gold_value(g_events[0], "quad") is None:
                continue
            want = int(gold_value(g_events[0], "quad") or 0)
            p_events = _list(preds.get(str(rec.get("id"))), "events")
            got = dominant_class(p_events)
            n += 1
            correct += want == got
            confusion[f"{want}->{got}"] += 1
            if want != got:
                misses.append(_event_miss(rec, p_events, abs(want - got)))
        figures["accuracy"] = ratio(correct, n)
        figures["confusion"] = dict(sorted(confusion.items()))
    else:
        for rec in gold:
            rid = str(rec.get("id"))
            if lost[rid]:
                p_events = _list(preds.get(rid), "events")
                misses.append(_event_miss(rec, p_events, lost[rid]))
    misses.sort(key=lambda m: -m.pop("_weight"))
    return figures, misses


def _event_miss(rec: Record, p_events: list[Record], weight: float) -> Miss:
    return {
        "id": rec.get("id"),
        "text": rec.get("text"),
        "gold": [_event_brief(e, True) for e in _list(rec, "events")] or ["(no event)"],
        "predicted": [_event_brief(e, False) for e in p_events],
        "_weight": weight,
    }


# ---------------------------------------------------------------- quotes


def _speaker_texts(speaker: Any) -> tuple[str | None, ...]:
    if isinstance(speaker, dict):
        return (speaker.get("text"), speaker.get("name"))
    return (speaker,) if isinstance(speaker, str) else ()


def score_quotes(gold: list[Record], predicted: list[Record]) -> tuple[dict[str, Any], list[Miss]]:
    """Direct quotations: found (overlap), precision, attribution among named speakers."""
    preds = by_id(predicted)
    n_gold = n_pred = found = with_speaker = attributed = 0
    misses: list[Miss] = []
    for rec in gold:
        g_quotes = _list(rec, "quotes")
        p_quotes = _list(preds.get(str(rec.get("id"))), "quotes")
        n_gold += len(g_quotes)
        n_pred += len(p_quotes)
        pairs = pair(g_quotes, p_quotes, lambda q: q.get("quote"), lambda q: q.get("text"))
        found += len(pairs)
        partner = dict(pairs)
        lost = []
        for i, g in enumerate(g_quotes):
            if i not in partner:
                lost.append({"quote": g.get("quote"), "speaker": g.get("speaker")})
                continue
            if g.get("speaker"):
                with_speaker += 1
                speaker = p_quotes[partner[i]].get("speaker")
                if share_name_token(g["speaker"], *_speaker_texts(speaker)):
                    attributed += 1
                else:
                    lost.append(
                        {
                            "quote": g.get("quote"),
                            "speaker": g.get("speaker"),
                            "predicted_speaker": speaker,
                        }
                    )
        if lost:
            misses.append(
                {
                    "id": rec.get("id"),
                    "gold": lost,
                    "predicted": [
                        {"quote": q.get("text"), "speaker": _speaker_texts(q.get("speaker"))[:1]}
                        for q in p_quotes
                    ],
                    "_weight": len(lost),
                }
            )
    p, r = ratio(found, n_pred), ratio(found, n_gold)
    figures = {
        "records": len(gold),
        "gold": n_gold,
        "pred": n_pred,
        "found": found,
        "P": p,
        "R": r,
        "F1": f1(p, r),
        "found_with_speaker": with_speaker,
        "attributed": attributed,
        "attribution": ratio(attributed, with_speaker),
    }
    misses.sort(key=lambda m: -m.pop("_weight"))
    return figures, misses


# ---------------------------------------------------------------- dates


def score_dates(gold: list[Record], predicted: list[Record]) -> tuple[dict[str, Any], list[Miss]]:
    """Dates: recall by overlapping text, exact-value accuracy, end-to-end."""
    preds = by_id(predicted)
    n_gold = found = correct = 0
    misses: list[Miss] = []
    for rec in gold:
        g_dates = _list(rec, "dates")
        p_dates = _list(preds.get(str(rec.get("id"))), "dates")
        n_gold += len(g_dates)
        pairs = dict(pair(g_dates, p_dates, lambda d: d.get("text"), lambda d: d.get("text")))
        found += len(pairs)
        lost = []
        for i, g in enumerate(g_dates):
            j = pairs.get(i)
            got = p_dates[j] if j is not None else None
            if got is not None and str(got.get("value")) == str(g.get("value")):
                correct += 1
                continue
            lost.append(
                {
                    "text": g.get("text"),
                    "value": g.get("value"),
                    "predicted": None
                    if got is None
                    else {"text": got.get("text"), "value": got.get("value")},
                }
            )
        if lost:
            misses.append(
                {
                    "id": rec.get("id"),
                    "published": rec.get("published"),
                    "gold": lost,
                    "predicted": [
                        {"text": d.get("text"), "value": d.get("value")} for d in p_dates
                    ],
                    "_weight": len(lost),
                }
            )
    figures = {
        "records": len(gold),
        "gold": n_gold,
        "found": found,
        "correct": correct,
        "R": ratio(found, n_gold),
        "accuracy": ratio(correct, found),
        "end_to_end": ratio(correct, n_gold),
    }
    misses.sort(key=lambda m: -m.pop("_weight"))
    return figures, misses


# ---------------------------------------------------------------- actors


def best_actor(phrase: str | None, actors: list[Record]) -> Record | None:
    """The predicted actor whose text best overlaps ``phrase`` (None if none overlaps)."""
    pairs = pair([phrase], actors, lambda s: s, lambda a: a.get("text"))
    return actors[pairs[0][1]] if pairs else None


def score_actors(gold: list[Record], predicted: list[Record]) -> tuple[dict[str, Any], list[Miss]]:
    """Actors: country and sector accuracy of the best-overlapping predicted actor."""
    preds = by_id(predicted)
    found = 0
    tally = {"country": [0, 0], "sector": [0, 0]}
    misses: list[Miss] = []
    for rec in gold:
        actors = _list(preds.get(str(rec.get("id"))), "actors")
        phrase = rec.get("actor") or rec.get("text")
        best = best_actor(phrase, actors)
        found += best is not None
        wrong = 0
        for key, counts in tally.items():
            if key not in rec:
                continue
            got = best.get(key) if best else None
            counts[0] += 1
            if got == rec[key]:
                counts[1] += 1
            else:
                wrong += 1
        if wrong:
            misses.append(
                {
                    "id": rec.get("id"),
                    "gold": {k: rec.get(k) for k in ("actor", "country", "sector") if k in rec},
                    "predicted": None
                    if best is None
                    else {k: best.get(k) for k in ("text", "country", "sector")},
                    "_weight": wrong,
                }
            )
    figures: dict[str, Any] = {"records": len(gold), "found": found}
    for key, (n, ok) in tally.items():
        figures[key] = {"n": n, "correct": ok, "accuracy": ratio(ok, n)}
    misses.sort(key=lambda m: -m.pop("_weight"))
    return figures, misses
