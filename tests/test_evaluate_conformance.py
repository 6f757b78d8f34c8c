"""The scorer reproduces every figure of the maintainers' conformance set (when present)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.evaluate import score

CONFORMANCE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "conformance"
EXPECTED = CONFORMANCE / "expected.json"

pytestmark = pytest.mark.skipif(
    not EXPECTED.is_file(), reason="../shared/eval/conformance is not present"
)


def _sets() -> list[str]:
    if not EXPECTED.is_file():
        return []
    return sorted(json.loads(EXPECTED.read_text(encoding="utf-8")))


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("name", _sets())
def test_evaluate_conformance_reproduces_expected_figures(name: str) -> None:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))[name]
    kind = name.split("-")[0]
    gold = _read(CONFORMANCE / f"{name}.gold.jsonl")
    pred = _read(CONFORMANCE / f"{name}.pred.jsonl")
    assert score(kind, gold, pred) == expected
