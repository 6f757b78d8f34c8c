"""``Report``: the figures of one evaluation, a plain-text rendering and the headline figures.

``headline_figures`` flattens a report's figures to the named ratios the accuracy ratchet
(``bench/accuracy.py``) keeps in ``bench/baseline.json``, e.g. ``events.quad.F1`` or
``dates.R``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..tables import render_table

#: Up to this many worst misses are kept in a report.
MAX_WORST = 10


def _f(x: Any) -> str:
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    """The first column is a label, the others figures (right aligned)."""
    cells = [[_f(c) for c in row] for row in rows]
    numeric = [False] + [True] * (len(header) - 1)
    return render_table(header, cells, numeric=numeric).splitlines()


def _short(value: Any, width: int = 160) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass
class Report:
    """What ``evaluate`` measured on one gold set (or one half of it: ``tune``, ``check``)."""

    kind: str
    gold: str
    figures: dict[str, Any]
    worst: list[dict[str, Any]] = field(default_factory=list)
    half: str = "all"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "gold": self.gold,
            "half": self.half,
            "figures": self.figures,
            "worst": self.worst,
        }

    def headline(self) -> dict[str, float]:
        return headline_figures(self.kind, self.figures)

    def render(self) -> str:
        """A readable plain-text report: the figures, then the worst misses."""
        where = "" if self.half == "all" else f" · {self.half} half"
        lines = [f"{self.kind} · {self.gold}{where}", ""]
        lines += _RENDER[self.kind](self.figures)
        if self.worst and self.kind != "article":  # the article lists all its misses
            lines += ["", f"worst misses ({len(self.worst)}):"]
            for n, miss in enumerate(self.worst, 1):
                head = f"{n:2d}. {miss.get('id')}"
                if miss.get("text"):
                    head += f"  {_short(miss['text'], 120)}"
                lines.append(head)
                lines.append(f"    gold:      {_short(miss.get('gold'))}")
                lines.append(f"    predicted: {_short(miss.get('predicted'))}")
        return "\n".join(lines)


def _render_events(fig: dict[str, Any]) -> list[str]:
    lines = [
        f"{fig['records']} records ({fig['predicted_records']} predicted), "
        f"{fig['gold_events']} gold events, {fig['predicted_events']} predicted events",
        "",
    ]
    rows = [
        [lv, v["gold"], v["pred"], v["tp"], v["P"], v["R"], v["F1"]]
        for lv, v in fig["levels"].items()
    ]
    lines += _table(["level", "gold", "pred", "tp", "P", "R", "F1"], rows)
    if "accuracy" in fig:
        lines += ["", f"sentence accuracy (dominant predicted class): {fig['accuracy']:.3f}"]
        classes = sorted({int(c) for k in fig["confusion"] for c in k.split("->")})
        rows = [
            [f"gold {g}", *[fig["confusion"].get(f"{g}->{p}", 0) for p in classes]] for g in classes
        ]
        lines += ["confusion (0 = neutral):"]
        lines += _table(["", *[f"pred {p}" for p in classes]], rows)
    for lv, v in fig["levels"].items():
        rows = [[t, g, tp, tp / g if g else 0.0] for t, (g, tp) in v["per_type"].items()]
        lines += ["", f"per type at {lv} level:"]
        lines += _table(["type", "gold", "found", "R"], rows)
    return lines


def _render_quotes(fig: dict[str, Any]) -> list[str]:
    lines = [f"{fig['records']} records", ""]
    lines += _table(
        ["", "gold", "pred", "found", "P", "R", "F1"],
        [["quotes", fig["gold"], fig["pred"], fig["found"], fig["P"], fig["R"], fig["F1"]]],
    )
    lines += [
        "",
        f"attribution: {fig['attributed']} of {fig['found_with_speaker']} found quotes "
        f"with a named speaker = {fig['attribution']:.3f}",
    ]
    return lines


def _render_dates(fig: dict[str, Any]) -> list[str]:
    lines = [f"{fig['records']} records", ""]
    return lines + _table(
        ["", "gold", "found", "correct", "R", "accuracy", "end_to_end"],
        [
            [
                "dates",
                fig["gold"],
                fig["found"],
                fig["correct"],
                fig["R"],
                fig["accuracy"],
                fig["end_to_end"],
            ]
        ],
    )


def _render_actors(fig: dict[str, Any]) -> list[str]:
    lines = [f"{fig['records']} phrases, {fig['found']} with an overlapping predicted actor", ""]
    rows = [[k, fig[k]["n"], fig[k]["correct"], fig[k]["accuracy"]] for k in ("country", "sector")]
    return lines + _table(["", "tested", "correct", "accuracy"], rows)


def _render_article(fig: dict[str, Any]) -> list[str]:
    ev, qu, ac, da = fig["events"], fig["quotes"], fig["actors"], fig["dates"]
    lines = [
        f"events  required {ev['required']}  found {ev['found']}  recall {ev['recall']:.3f}  "
        f"precision {ev['precision']:.3f}",
        f"        {ev['predicted']} predicted = {ev['found']} required + {ev['allowed']} allowed"
        f" + {ev['false_positives']} false positives; full CAMEO code right {ev['cameo_right']},"
        f" date right {ev['date_right']}",
        f"quotes  gold {qu['gold']}  found {qu['found']}  attributed {qu['attributed']}  "
        f"R {qu['R']:.3f}  attributed/gold {qu['end_to_end']:.3f}",
        f"actors  gold {ac['gold']}  right {ac['right']}  wrong {ac['wrong']}  "
        f"accuracy {ac['accuracy']:.3f}",
        f"dates   gold {da['gold']}  found {da['found']}  right {da['right']}  "
        f"right/gold {da['end_to_end']:.3f}",
    ]
    if fig.get("articles"):  # a pooled set: one line per article
        rows = [
            [
                a["article"],
                a["half"],
                f"{a['found']}/{a['required']}",
                a["false_positives"],
                a["precision"],
                f"{a['quotes_found']}/{a['quotes']}",
                f"{a['quotes_attributed']}/{a['quotes']}",
                a["actors_right"],
                a["dates_right"],
            ]
            for a in fig["articles"]
        ]
        header = ["article", "half", "events", "FP", "P", "quotes", "attrib", "actors", "dates"]
        lines += ["", *_table(header, rows)]
    if ev["missed_events"]:
        lines += ["", "required events not found:"]
        lines += [f"  {_where(m)}{m['id']}: {m['what']}" for m in ev["missed_events"]]
    if ev["false_positive_events"]:
        lines += ["", "false positives:"]
        for fp in ev["false_positive_events"]:
            where = " [from a no-event line]" if fp["banned_line"] else ""
            lines.append(
                f"  {_where(fp)}{fp['source'] or '-'}->{fp['target'] or '-'} {fp['cameo']} "
                f"'{fp['trigger']}'{where}: {_short(fp['sentence'], 110)}"
            )
    if qu["missed_quotes"]:
        lines += ["", "quotes not found or not attributed:"]
        for q in qu["missed_quotes"]:
            what = (
                "not found" if not q["found"] else f"speaker {_short(q['predicted_speaker'], 90)}"
            )
            lines.append(f"  {_where(q)}{q['id']}: {what}")
    if ac["wrong_actors"]:
        lines += ["", "actors wrong or missing:"]
        for a in ac["wrong_actors"]:
            lines.append(
                f"  {_where(a)}{a['name']} {a['want']}: "
                f"{_short(a['predicted'] or 'no mention', 110)}"
            )
    if da["wrong_dates"]:
        lines += ["", "dates wrong or missing:"]
        lines += [
            f"  {_where(d)}{d['text']} = {d['value']}: {d['predicted']}" for d in da["wrong_dates"]
        ]
    return lines


def _where(item: dict[str, Any]) -> str:
    """``article: `` for a miss of a pooled set of articles, else nothing."""
    return f"{item['article']}: " if item.get("article") else ""


_RENDER = {
    "events": _render_events,
    "quotes": _render_quotes,
    "dates": _render_dates,
    "actors": _render_actors,
    "article": _render_article,
}


def headline_figures(kind: str, figures: dict[str, Any]) -> dict[str, float]:
    """The ratios of a report that the accuracy ratchet keeps, by name."""
    out: dict[str, float] = {}
    if kind == "events":
        for level, v in figures.get("levels", {}).items():
            for key in ("P", "R", "F1"):
                out[f"events.{level}.{key}"] = v[key]
        if "accuracy" in figures:
            out["events.accuracy"] = figures["accuracy"]
    elif kind == "quotes":
        out.update({f"quotes.{k}": figures[k] for k in ("P", "R", "F1", "attribution")})
    elif kind == "dates":
        out.update({f"dates.{k}": figures[k] for k in ("R", "accuracy", "end_to_end")})
    elif kind == "actors":
        out.update({f"actors.{k}": figures[k]["accuracy"] for k in ("country", "sector")})
    elif kind == "article":  # a part with no gold (an article without dates) has no figure
        out["article.events.recall"] = figures["events"]["recall"]
        out["article.events.precision"] = figures["events"]["precision"]
        if figures["quotes"]["gold"]:
            out["article.quotes.R"] = figures["quotes"]["R"]
            out["article.quotes.attributed"] = figures["quotes"]["end_to_end"]
        if figures["actors"]["gold"]:
            out["article.actors.accuracy"] = figures["actors"]["accuracy"]
        if figures["dates"]["gold"]:
            out["article.dates.end_to_end"] = figures["dates"]["end_to_end"]
    return out
