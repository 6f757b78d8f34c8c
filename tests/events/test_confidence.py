"""The event confidence model: features, the fitted weights, and what they do."""

from __future__ import annotations

import pytest

from communique.errors import DataError
from communique.events.confidence import (
    FEATURES,
    Evidence,
    calibration,
    calibration_from,
)
from communique.pipeline import Pipeline


def _evidence(**changes: object) -> Evidence:
    base: dict[str, object] = dict(
        noun=False,
        specificity=1,
        converted=False,
        modal=False,
        source_country=True,
        target_country=True,
        no_target=False,
        inner_target=False,
        same_country=False,
        reported=False,
        headline=False,
        main_clause=True,
        no_source=False,
        root="11",
    )
    base.update(changes)
    return Evidence(**base)  # type: ignore[arg-type]


def test_confidence_vector_names_every_feature() -> None:
    assert list(_evidence().vector()) == list(FEATURES)


def test_confidence_shipped_weights_load_and_give_probabilities() -> None:
    model = calibration()
    assert set(model.weights) <= set(FEATURES)
    p = model.probability(_evidence())
    assert 0.0 < p < 1.0


def test_confidence_known_countries_raise_it() -> None:
    model = calibration()
    assert model.probability(_evidence()) > model.probability(
        _evidence(source_country=False, target_country=False)
    )


def test_confidence_logistic_of_the_weights() -> None:
    model = calibration_from({"intercept": 0.0, "weights": {"noun": 2.0}})
    assert model.probability(_evidence(noun=False)) == pytest.approx(0.5)
    assert model.probability(_evidence(noun=True)) == pytest.approx(0.8808, abs=1e-4)


@pytest.mark.parametrize(
    "data",
    [{"weights": {}}, {"intercept": 0.0, "weights": {"no_such_feature": 1.0}}, {"intercept": "x"}],
)
def test_confidence_malformed_file_is_a_data_error(data: dict[str, object]) -> None:
    with pytest.raises(DataError):
        calibration_from(data)


def test_confidence_events_carry_their_evidence(pipeline: Pipeline) -> None:
    doc = pipeline.extract("Russia attacked Ukraine.", published="2025-08-06")
    (event,) = doc.events
    evidence = dict(event.evidence)
    assert evidence["source_country"] == 1.0 and evidence["target_country"] == 1.0
    assert event.confidence == pytest.approx(calibration().probability(_from(evidence)), abs=1e-3)


def _from(vector: dict[str, float]) -> Evidence:
    return _evidence(
        noun=bool(vector["noun"]),
        specificity=int(vector["specificity"]),
        converted=bool(vector["converted"]),
        modal=bool(vector["modal"]),
        source_country=bool(vector["source_country"]),
        target_country=bool(vector["target_country"]),
        no_target=bool(vector["no_target"]),
        inner_target=bool(vector["inner_target"]),
        same_country=bool(vector["same_country"]),
        reported=bool(vector["reported"]),
        headline=bool(vector["headline"]),
        main_clause=bool(vector["main_clause"]),
        no_source=bool(vector["no_source"]),
        root="11" if not (vector["statement"] or vector["material"]) else "19",
    )


def test_confidence_document_keeps_events_at_the_threshold(pipeline: Pipeline) -> None:
    doc = pipeline.extract("Russia attacked Ukraine.", published="2025-08-06")
    (event,) = doc.events
    assert doc.confident(0.0) is doc
    assert doc.confident(event.confidence).events == doc.events
    assert doc.confident(min(1.0, event.confidence + 0.01)).events == ()
