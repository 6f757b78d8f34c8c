"""Precision of stored events from a judged sample, with Wilson 95% intervals.

    wilson(successes, n, z=Z95) -> (low, high)
    score(rows) -> Score              overall, per root, quad class, source country, confidence band
    render(score, fmt) -> str         table, json or csv

``precision`` is the share of events judged ``right`` (a real event of the coded CAMEO
root, with the coded source and target in that direction); ``real`` the share judged
``right`` or ``partial`` (a real event, something in it wrong). Rows without a verdict
are left out and counted.

Weights. A sample drawn by ``audit sample`` carries each row's stratum and the stratum's
size N_h; with j_h rows of the stratum judged, each stands for N_h / j_h events, and every
share is the weighted one (the stratified estimator: unbiased for the sampled events
however the strata were allocated). Its interval is Wilson's with the effective sample
size (Σw)² / Σw² (Kish), which is the plain Wilson interval on the counts when all
weights are equal (a proportional sample, or a sheet without strata). Among the events
judged real, ``fields`` gives the share whose root, source and target need no correction.
``calibration_error`` is the expected calibration error of the events' confidence
against ``precision``: Σ_b (W_b / W) · |precision_b − mean confidence_b| over bands of 0.1.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from statistics import NormalDist
from typing import Any

from ..errors import UnknownFormatError, UsageError
from ..events.codebook import codebook, quad_of_root
from ..tables import render_table
from .sheet import AuditRow

#: The normal quantile of a two-sided 95% interval (1.959964…).
Z95: float = NormalDist().inv_cdf(0.975)
QUADS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
#: The dimensions a score is broken down by, in the order they are shown.
DIMENSIONS: tuple[str, ...] = ("root", "quad", "source_country", "confidence")


def wilson(successes: float, n: float, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of the proportion ``successes / n``; ``n`` may be an
    effective (non-integer) sample size. (0, 1) when ``n`` is 0."""
    if n <= 0:
        return 0.0, 1.0
    p = min(1.0, max(0.0, successes / n))
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z / (1 + z2 / n) * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class Share:
    """A weighted proportion with its Wilson interval."""

    value: float
    low: float
    high: float
    n_effective: float


def share(hits: Sequence[bool], weights: Sequence[float]) -> Share:
    """The weighted share of ``hits`` and its interval (see the module docstring)."""
    total = sum(weights)
    if not hits or total <= 0:
        return Share(math.nan, 0.0, 1.0, 0.0)
    value = sum(w for h, w in zip(hits, weights, strict=True) if h) / total
    n_eff = total * total / sum(w * w for w in weights)
    if abs(n_eff - round(n_eff)) < 1e-9:
        n_eff = float(round(n_eff))
    low, high = wilson(value * n_eff, n_eff)
    return Share(value, low, high, n_eff)


@dataclass(frozen=True)
class Estimate:
    """The verdicts of a group of judged events and their precision."""

    judged: int
    right: int
    partial: int
    wrong: int
    precision: Share
    real: Share
    mean_confidence: float | None = None


@dataclass(frozen=True)
class Group:
    value: str
    label: str
    estimate: Estimate


@dataclass(frozen=True)
class Score:
    """What a judged sample says about the stored events."""

    judged: int
    unjudged: int
    weighted: bool
    overall: Estimate
    groups: dict[str, list[Group]] = field(default_factory=dict)
    #: among events judged real: root / source / target right (no correction needed)
    fields: dict[str, Share] = field(default_factory=dict)
    calibration_error: float | None = None

    def to_dict(self) -> dict[str, Any]:
        def est(e: Estimate) -> dict[str, Any]:
            return _clean(asdict(e))

        return {
            "judged": self.judged,
            "unjudged": self.unjudged,
            "weighted": self.weighted,
            "overall": est(self.overall),
            **{
                f"by_{dim}": [
                    {"value": g.value, "label": g.label, **est(g.estimate)} for g in groups
                ]
                for dim, groups in self.groups.items()
            },
            "fields": {k: _clean(asdict(v)) for k, v in self.fields.items()},
            "calibration_error": _round(self.calibration_error),
        }


def _round(x: float | None) -> float | None:
    return None if x is None or math.isnan(x) else round(x, 4)


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {
        k: _clean(v) if isinstance(v, dict) else (_round(v) if isinstance(v, float) else v)
        for k, v in d.items()
    }


def _weights(rows: list[AuditRow]) -> tuple[list[float], bool]:
    """Each judged row's weight: its stratum's size over the judged rows of the stratum
    (all 1 when a row lacks its stratum or size)."""
    if any(r.stratum is None or not r.stratum_size for r in rows):
        return [1.0] * len(rows), False
    judged: dict[str, int] = {}
    sizes: dict[str, int] = {}
    for r in rows:
        assert r.stratum is not None and r.stratum_size is not None
        judged[r.stratum] = judged.get(r.stratum, 0) + 1
        if sizes.setdefault(r.stratum, r.stratum_size) != r.stratum_size:
            raise UsageError(
                f"{r.where}: stratum {r.stratum} has size {r.stratum_size} here and "
                f"{sizes[r.stratum]} in an earlier row"
            )
    weights = [sizes[r.stratum] / judged[r.stratum] for r in rows if r.stratum is not None]
    equal = max(weights) - min(weights) <= 1e-9 * max(weights)
    return weights, not equal


def _estimate(rows: list[AuditRow], weights: list[float]) -> Estimate:
    confidences = [(r.confidence, w) for r, w in zip(rows, weights, strict=True)]
    known = [(c, w) for c, w in confidences if c is not None]
    mean = sum(c * w for c, w in known) / sum(w for _, w in known) if known else None
    return Estimate(
        judged=len(rows),
        right=sum(r.verdict == "right" for r in rows),
        partial=sum(r.verdict == "partial" for r in rows),
        wrong=sum(r.verdict == "wrong" for r in rows),
        precision=share([r.verdict == "right" for r in rows], weights),
        real=share([r.verdict in ("right", "partial") for r in rows], weights),
        mean_confidence=mean,
    )


def _quad(row: AuditRow) -> int:
    return row.quad_class if row.quad_class else quad_of_root(row.root)


def _band(row: AuditRow) -> str | None:
    if row.confidence is None:
        return None
    lo = min(9, int(row.confidence * 10 + 1e-9))
    return f"{lo / 10:.1f}-{(lo + 1) / 10:.1f}"


def _root_label(root: str) -> str:
    known = codebook().get(root)
    return f"{root} {known.name.capitalize()}" if known else root


_KEYS: dict[str, Callable[[AuditRow], str | None]] = {
    "root": lambda r: r.root,
    "quad": lambda r: str(_quad(r)),
    "source_country": lambda r: r.source_country or "(none)",
    "confidence": _band,
}
_LABELS: dict[str, Callable[[str], str]] = {
    "root": _root_label,
    "quad": lambda q: f"{q} {QUADS.get(int(q), '?')}",
    "source_country": lambda c: c,
    "confidence": lambda b: b,
}


def _groups(dim: str, rows: list[AuditRow], weights: list[float]) -> list[Group]:
    parts: dict[str, tuple[list[AuditRow], list[float]]] = {}
    for r, w in zip(rows, weights, strict=True):
        key = _KEYS[dim](r)
        if key is not None:
            rs, ws = parts.setdefault(key, ([], []))
            rs.append(r)
            ws.append(w)
    groups = [Group(k, _LABELS[dim](k), _estimate(rs, ws)) for k, (rs, ws) in parts.items()]
    if dim == "source_country":
        return sorted(groups, key=lambda g: (-g.estimate.judged, g.value))
    return sorted(groups, key=lambda g: g.value)


def _root_right(r: AuditRow) -> bool:
    fix = r.corrected_code
    return r.verdict == "right" or fix is None or fix[:2] == r.root


def score(rows: Sequence[AuditRow]) -> Score:
    """Precision overall and per group from the judged rows (see the module docstring).
    ``UsageError`` when no row has a verdict."""
    judged = [r for r in rows if r.verdict is not None]
    if not judged:
        raise UsageError(
            "no row has a verdict yet: fill in the verdict column (right, partial or wrong)"
        )
    weights, weighted = _weights(judged)
    groups = {dim: _groups(dim, judged, weights) for dim in DIMENSIONS}
    if not groups["confidence"]:
        del groups["confidence"]
    real = [(r, w) for r, w in zip(judged, weights, strict=True) if r.verdict != "wrong"]
    real_w = [w for _, w in real]
    fields = (
        {
            "root": share([_root_right(r) for r, _ in real], real_w),
            "source": share([r.corrected_source is None for r, _ in real], real_w),
            "target": share([r.corrected_target is None for r, _ in real], real_w),
        }
        if real
        else {}
    )
    ece = None
    bands = groups.get("confidence", [])
    if bands:
        total = sum(w for r, w in zip(judged, weights, strict=True) if r.confidence is not None)
        ece = 0.0
        for g in bands:
            members = [w for r, w in zip(judged, weights, strict=True) if _band(r) == g.value]
            gap = abs(g.estimate.precision.value - (g.estimate.mean_confidence or 0.0))
            ece += sum(members) / total * gap
    return Score(
        judged=len(judged),
        unjudged=len(rows) - len(judged),
        weighted=weighted,
        overall=_estimate(judged, weights),
        groups=groups,
        fields=fields,
        calibration_error=ece,
    )


# -- rendering -----------------------------------------------------------------------------

_HEADER = (
    "judged",
    "right",
    "partial",
    "wrong",
    "precision",
    "95% CI",
    "real",
    "95% CI ",
)
_TITLES = {
    "root": "by CAMEO root",
    "quad": "by quad class",
    "source_country": "by source country",
    "confidence": "by confidence band",
}


def _pct(s: Share) -> str:
    return "—" if math.isnan(s.value) else f"{s.value:.2f}"


def _ci(s: Share) -> str:
    return f"{s.low:.2f}–{s.high:.2f}"


def _line(label: str, e: Estimate, confidence: bool) -> list[Any]:
    cells: list[Any] = [label, e.judged, e.right, e.partial, e.wrong]
    cells += [_pct(e.precision), _ci(e.precision), _pct(e.real), _ci(e.real)]
    if confidence:
        mean = e.mean_confidence
        cells.append("" if mean is None else f"{mean:.2f}")
    return cells


def _table(first: str, lines: list[list[Any]], confidence: bool = False) -> str:
    header = [first, *_HEADER, *(["mean confidence"] if confidence else [])]
    numeric = [False] + [True] * (len(header) - 1)
    return render_table(header, lines, numeric=numeric)


def render_text(s: Score) -> str:
    """The score as plain-text tables."""
    how = (
        "weighted by stratum size (each judged event stands for the events of its stratum)"
        if s.weighted
        else "unweighted"
    )
    o = s.overall
    out = [
        f"{s.judged} judged events ({s.unjudged} without a verdict), {how}",
        f"precision (right) {_pct(o.precision)} [95% CI {_ci(o.precision)}]; "
        f"real events (right or partial) {_pct(o.real)} [95% CI {_ci(o.real)}]",
        "",
    ]
    out.append(_table("events", [_line("all", o, False)]))
    for dim, groups in s.groups.items():
        confidence = dim == "confidence"
        out += ["", _TITLES[dim]]
        out.append(
            _table(dim, [_line(g.label, g.estimate, confidence) for g in groups], confidence)
        )
    if s.fields:
        out += ["", "among real events: no correction needed"]
        lines = [[k, _pct(v), _ci(v)] for k, v in s.fields.items()]
        out.append(render_table(["field", "share", "95% CI"], lines, numeric=[False, True, True]))
    if s.calibration_error is not None:
        out += ["", f"expected calibration error of confidence: {s.calibration_error:.3f}"]
    return "\n".join(part.rstrip("\n") for part in out) + "\n"


def _csv(s: Score) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "group",
            "value",
            "label",
            "judged",
            "right",
            "partial",
            "wrong",
            "precision",
            "precision_low",
            "precision_high",
            "real",
            "real_low",
            "real_high",
            "n_effective",
            "mean_confidence",
        ]
    )

    def row(group: str, value: str, label: str, e: Estimate) -> None:
        p, r = e.precision, e.real
        mean = e.mean_confidence
        w.writerow(
            [group, value, label, e.judged, e.right, e.partial, e.wrong]
            + [_round(x) for x in (p.value, p.low, p.high, r.value, r.low, r.high)]
            + [_round(p.n_effective), "" if mean is None else _round(mean)]
        )

    row("overall", "all", "all events", s.overall)
    for dim, groups in s.groups.items():
        for g in groups:
            row(dim, g.value, g.label, g.estimate)
    return buf.getvalue()


def render(s: Score, fmt: str = "table") -> str:
    """``table`` (plain text), ``json`` (one object) or ``csv`` (one row per group)."""
    if fmt == "table":
        return render_text(s)
    if fmt == "json":
        return json.dumps(s.to_dict(), ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        return _csv(s)
    raise UnknownFormatError(f"unknown output format {fmt!r}; use table, json or csv")
