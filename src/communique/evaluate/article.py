"""The seed-article scorer: one document against its ``expected.yaml`` annotation.

Rules (gold README, "The seed article"): required events are found by a predicted event
whose countries match (either direction when ``symmetric``) and whose CAMEO root equals
``root``, one-to-one; events matching an allowed pattern are neutral; anything else,
and any event whose sentence occurs in the article only inside a ``no_events_from_lines``
line, is a false positive. Quotes are found by a token run, attributed by country and a
shared name token; actors by their longest mention; dates by overlapping text.
"""

from __future__ import annotations

from typing import Any

from .score import Record, ratio
from .tokens import is_run, pair, share_name_token, tokens


def _country(actor: Any) -> str | None:
    return actor.get("country") if isinstance(actor, dict) else None


def _root(event: Record) -> str | None:
    root = event.get("root") or (str(event["cameo"])[:2] if event.get("cameo") else None)
    return None if root is None else str(root)


def _brief(e: Record) -> dict[str, Any]:
    return {
        "source": _country(e.get("source")),
        "target": _country(e.get("target")),
        "cameo": e.get("cameo"),
        "trigger": e.get("trigger"),
        "sentence": e.get("sentence"),
    }


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while needle and i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def from_banned_line(event: Record, text: str, banned: list[str]) -> bool:
    """Whether the event's sentence occurs in ``text`` only inside a banned line.

    When the sentence text is not found verbatim, the trigger offsets decide.
    """
    zones = [span for line in banned for span in _spans(text, line)]
    if not zones:
        return False
    sentence = (event.get("sentence") or "").strip()
    places = _spans(text, sentence) if sentence else []
    if not places and isinstance(event.get("start"), int):
        places = [(event["start"], event.get("end") or event["start"])]
    if not places:
        return False
    return all(any(a <= s and e <= b for a, b in zones) for s, e in places)


def _required_match(req: Record, e: Record) -> bool:
    if _root(e) != str(req.get("root")):
        return False
    pair_ = (_country(e.get("source")), _country(e.get("target")))
    want = (req.get("source"), req.get("target"))
    return pair_ == want or (bool(req.get("symmetric")) and pair_ == want[::-1])


def _allowed(pattern: Record, e: Record) -> bool:
    if _root(e) != str(pattern.get("root")) or _country(e.get("source")) != pattern.get("source"):
        return False
    return pattern.get("target") is None or _country(e.get("target")) == pattern.get("target")


def score_article_events(gold: Record, pred: Record, text: str) -> dict[str, Any]:
    events = [e for e in pred.get("events") or [] if isinstance(e, dict)]
    banned = [str(line) for line in gold.get("no_events_from_lines") or []]
    bad = {j for j, e in enumerate(events) if from_banned_line(e, text, banned)}
    used: set[int] = set()
    found, missed = [], []
    for req in gold.get("events_required") or []:
        j = next(
            (
                j
                for j, e in enumerate(events)
                if j not in used and j not in bad and _required_match(req, e)
            ),
            None,
        )
        if j is None:
            missed.append({"id": req.get("id"), "what": req.get("what")})
            continue
        used.add(j)
        e = events[j]
        found.append(
            {
                "id": req.get("id"),
                "cameo": e.get("cameo"),
                "cameo_right": str(e.get("cameo")) == str(req.get("cameo")),
                "date": e.get("date"),
                "date_right": None
                if req.get("date") is None
                else str(e.get("date")) == str(req["date"]),
            }
        )
    allowed, false_pos = 0, []
    patterns = gold.get("events_allowed") or []
    for j, e in enumerate(events):
        if j in used:
            continue
        if j not in bad and any(_allowed(p, e) for p in patterns):
            allowed += 1
        else:
            false_pos.append({**_brief(e), "banned_line": j in bad})
    n_req = len(gold.get("events_required") or [])
    return {
        "required": n_req,
        "predicted": len(events),
        "found": len(found),
        "allowed": allowed,
        "false_positives": len(false_pos),
        "recall": ratio(len(found), n_req),
        "precision": ratio(len(found), len(found) + len(false_pos)),
        "cameo_right": sum(f["cameo_right"] for f in found),
        "date_right": sum(bool(f["date_right"]) for f in found),
        "found_events": found,
        "missed_events": missed,
        "false_positive_events": false_pos,
    }


def _mentions_of(gold: Record, name: str) -> list[str]:
    for actor in gold.get("actors") or []:
        if actor.get("name") == name:
            return [str(m) for m in actor.get("mentions") or []]
    return []


def score_article_quotes(gold: Record, pred: Record) -> dict[str, Any]:
    quotes = [q for q in pred.get("quotes") or [] if isinstance(q, dict)]
    rows = []
    for want in gold.get("quotes") or []:
        needle = tokens(want.get("contains"))
        holders = [q for q in quotes if is_run(needle, tokens(q.get("text")))]
        names = [str(want.get("speaker") or "")] + _mentions_of(gold, str(want.get("speaker")))
        attributed = False
        for q in holders:
            sp: dict[str, Any] = q["speaker"] if isinstance(q.get("speaker"), dict) else {}
            if sp.get("country") == want.get("country") and any(
                share_name_token(n, sp.get("text"), sp.get("name")) for n in names
            ):
                attributed = True
        rows.append(
            {
                "id": want.get("id"),
                "found": bool(holders),
                "attributed": attributed,
                "predicted_speaker": holders[0].get("speaker") if holders else None,
            }
        )
    n, found = len(rows), sum(r["found"] for r in rows)
    attributed_n = sum(r["attributed"] for r in rows)
    return {
        "gold": n,
        "pred": len(quotes),
        "found": found,
        "attributed": attributed_n,
        "R": ratio(found, n),
        "attribution": ratio(attributed_n, found),
        "end_to_end": ratio(attributed_n, n),
        "missed_quotes": [r for r in rows if not r["attributed"]],
    }


def score_article_actors(gold: Record, pred: Record) -> dict[str, Any]:
    gold_actors = list(gold.get("actors") or [])
    owned: dict[int, list[Record]] = {i: [] for i in range(len(gold_actors))}
    for a in pred.get("actors") or []:
        if not isinstance(a, dict):
            continue
        toks = tokens(a.get("text"))
        best: tuple[int, int, int] | None = None  # (tokens, chars, actor index)
        for i, g in enumerate(gold_actors):
            for m in g.get("mentions") or []:
                mt = tokens(str(m))
                if is_run(mt, toks):
                    key = (len(mt), len(str(m)), -i)
                    if best is None or key > best:
                        best = key
        if best is not None:
            owned[-best[2]].append(a)
    right, wrong = 0, []
    for i, g in enumerate(gold_actors):
        mine = owned[i]
        tested = [k for k in ("country", "sector") if k in g]
        ok = bool(mine) and all(a.get(k) == g[k] for a in mine for k in tested)
        if ok:
            right += 1
        else:
            wrong.append(
                {
                    "name": g.get("name"),
                    "want": {k: g[k] for k in tested},
                    "predicted": [
                        {k: a.get(k) for k in ("text", "country", "sector")} for a in mine
                    ],
                }
            )
    return {
        "gold": len(gold_actors),
        "right": right,
        "wrong": len(wrong),
        "accuracy": ratio(right, len(gold_actors)),
        "wrong_actors": wrong,
    }


def score_article_dates(gold: Record, pred: Record) -> dict[str, Any]:
    g_dates = [d for d in gold.get("dates") or [] if isinstance(d, dict)]
    p_dates = [d for d in pred.get("dates") or [] if isinstance(d, dict)]
    pairs = dict(pair(g_dates, p_dates, lambda d: str(d.get("text")), lambda d: d.get("text")))
    right, wrong = 0, []
    for i, g in enumerate(g_dates):
        got = p_dates[pairs[i]] if i in pairs else None
        if got is not None and str(got.get("value")) == str(g.get("value")):
            right += 1
        else:
            wrong.append(
                {
                    "text": g.get("text"),
                    "value": str(g.get("value")),
                    "predicted": None
                    if got is None
                    else {"text": got.get("text"), "value": got.get("value")},
                }
            )
    n = len(g_dates)
    return {
        "gold": n,
        "found": len(pairs),
        "right": right,
        "R": ratio(len(pairs), n),
        "accuracy": ratio(right, len(pairs)),
        "end_to_end": ratio(right, n),
        "wrong_dates": wrong,
    }


def score_article(
    gold: Record, pred: Record, text: str
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Figures for the seed article, and its misses (missed events, false positives…)."""
    figures = {
        "events": score_article_events(gold, pred, text),
        "quotes": score_article_quotes(gold, pred),
        "actors": score_article_actors(gold, pred),
        "dates": score_article_dates(gold, pred),
    }
    misses: list[dict[str, Any]] = []
    for m in figures["events"]["missed_events"]:
        misses.append({"id": m["id"], "gold": m["what"], "predicted": None})
    for fp in figures["events"]["false_positive_events"]:
        misses.append({"id": "false positive", "gold": None, "predicted": fp})
    for q in figures["quotes"]["missed_quotes"]:
        misses.append(
            {
                "id": q["id"],
                "gold": "quote found and attributed",
                "predicted": q["predicted_speaker"] if q["found"] else "not found",
            }
        )
    for a in figures["actors"]["wrong_actors"]:
        misses.append({"id": a["name"], "gold": a["want"], "predicted": a["predicted"]})
    for d in figures["dates"]["wrong_dates"]:
        misses.append({"id": d["text"], "gold": d["value"], "predicted": d["predicted"]})
    return figures, misses
