"""How likely a coded event is right: a calibrated probability, not a score.

    FEATURES                              what the coder knows about an event, by name
    Evidence(...)                         those facts for one event
    calibration() -> Calibration          the fitted weights of ``data/confidence.yaml``
    Calibration.probability(evidence)     P(right) = logistic(intercept + Σ weight·feature)

``Event.confidence`` is the estimated probability that the event is real, of the coded
CAMEO root and in the coded direction, as a human coder judges it. The weights are
fitted by logistic regression (``bench/calibrate.py``) on the tune halves of the gold
sets that code events with countries (the CAMEO-annotated sentences and the annotated
articles); the check halves report its reliability (expected calibration error and
precision per confidence band, in README). Refit after changing the coder.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..data import load_yaml
from ..errors import DataError

#: The features, with what each one says (1.0 when it holds, else 0.0, unless noted).
FEATURES: dict[str, str] = {
    "noun": "the trigger is an event noun, not a verb",
    "specificity": "how many constraints the pattern has beyond its word (0-3)",
    "converted": "the pattern was converted from PETRARCH2's dictionary, not curated",
    "modal": "the code was turned by a governor or the mood (threat, intent, refusal …)",
    "source_country": "the source actor has a country",
    "target_country": "the target actor has a country",
    "no_target": "the event has no target",
    "inner_target": "the target was found inside the object phrase or complement clause",
    "same_country": "source and target are of one country",
    "reported": "the event is stated inside a quotation or reported speech",
    "headline": "the sentence is a title or heading",
    "main_clause": "the trigger is the main predicate of its sentence (or its conjunct)",
    "no_source": "the event has no source (an agentless passive)",
    "statement": "the code is a statement or appeal (roots 01-02)",
    "material": "the code is a material act (roots 06-08, 14-20)",
}


@dataclass(frozen=True)
class Evidence:
    """What the coder knows about one event when it scores it."""

    noun: bool
    specificity: int
    converted: bool
    modal: bool
    source_country: bool
    target_country: bool
    no_target: bool
    inner_target: bool
    same_country: bool
    reported: bool
    headline: bool
    main_clause: bool
    no_source: bool
    root: str

    def vector(self) -> dict[str, float]:
        r = int(self.root)
        return {
            "noun": float(self.noun),
            "specificity": float(min(self.specificity, 3)),
            "converted": float(self.converted),
            "modal": float(self.modal),
            "source_country": float(self.source_country),
            "target_country": float(self.target_country),
            "no_target": float(self.no_target),
            "inner_target": float(self.inner_target),
            "same_country": float(self.same_country),
            "reported": float(self.reported),
            "headline": float(self.headline),
            "main_clause": float(self.main_clause),
            "no_source": float(self.no_source),
            "statement": float(r <= 2),
            "material": float(6 <= r <= 8 or r >= 14),
        }


@dataclass(frozen=True)
class Calibration:
    """Logistic regression weights over ``FEATURES``."""

    intercept: float
    weights: dict[str, float]

    def probability(self, evidence: Evidence) -> float:
        x = evidence.vector()
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in x.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def calibration() -> Calibration:
    """The weights of ``data/confidence.yaml``, loaded once."""
    return calibration_from(load_yaml("confidence.yaml"))


def calibration_from(data: dict[str, object]) -> Calibration:
    """A ``Calibration`` from the mapping of a confidence file; ``DataError`` if malformed."""
    try:
        weights = {str(k): float(v) for k, v in data["weights"].items()}  # type: ignore[attr-defined]
        intercept = float(data["intercept"])  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataError(f"confidence.yaml is malformed: {exc!r}") from None
    unknown = set(weights) - set(FEATURES)
    if unknown:
        raise DataError(f"confidence.yaml: unknown features {', '.join(sorted(unknown))}")
    return Calibration(intercept, weights)
