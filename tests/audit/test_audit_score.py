"""Precision from judged rows: Wilson intervals against published values, stratum weights,
the breakdowns, calibration, and the three output formats."""

from __future__ import annotations

import csv
import io
import json
import math

import pytest

from communique.audit.score import Z95, render, score, share, wilson
from communique.audit.sheet import ActorFix, AuditRow
from communique.errors import UnknownFormatError, UsageError


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        # Newcombe (1998), Statistics in Medicine 17:857-872, table I, method 3 (Wilson)
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
        # the hand-judged sample, 42 of 100 right ("33-52%"); 100 of 100: 1 / (1 + z²/n)
        (42, 100, 0.3280, 0.5179),
        (100, 100, 0.9630, 1.0),
    ],
)
def test_score_wilson_matches_published_values(k: int, n: int, low: float, high: float) -> None:
    lo, hi = wilson(k, n)
    assert lo == pytest.approx(low, abs=5e-5)
    assert hi == pytest.approx(high, abs=5e-5)


def test_score_wilson_edge_cases() -> None:
    assert pytest.approx(1.959964, abs=1e-6) == Z95
    assert wilson(0, 0) == (0.0, 1.0)
    lo, hi = wilson(5, 10, z=1.0)
    assert lo < 0.5 < hi and hi - lo < wilson(5, 10)[1] - wilson(5, 10)[0]


def test_score_share_with_equal_weights_is_the_plain_wilson() -> None:
    s = share([True] * 42 + [False] * 58, [8.11] * 100)
    assert s.value == pytest.approx(0.42)
    assert s.n_effective == 100
    assert (s.low, s.high) == pytest.approx(wilson(42, 100))


def test_score_share_with_unequal_weights_uses_the_effective_size() -> None:
    s = share([True, False, False, True], [3.0, 1.0, 1.0, 1.0])
    assert s.value == pytest.approx(4 / 6)
    assert s.n_effective == pytest.approx(36 / 12)
    assert (s.low, s.high) == pytest.approx(wilson(4 / 6 * 3, 3))


def _row(i: int, code: str, verdict: str | None, **kw: object) -> AuditRow:
    return AuditRow(event_id=f"ab12cd34ef56:{i}-{i + 5}", code=code, verdict=verdict, **kw)  # type: ignore[arg-type]


def test_score_counts_and_breakdowns() -> None:
    rows = [
        _row(1, "040", "right", source_country="IND", confidence=0.85),
        _row(2, "040", "wrong", source_country="IND", confidence=0.55),
        _row(3, "0312", "partial", source_country="RUS", corrected_code="040", confidence=0.62),
        _row(4, "112", "right", source_country="RUS", confidence=0.91),
        _row(5, "190", "partial", corrected_target=ActorFix(absent=True), confidence=0.71),
        _row(6, "190", None),
    ]
    s = score(rows)
    assert (s.judged, s.unjudged, s.weighted) == (5, 1, False)
    o = s.overall
    assert (o.right, o.partial, o.wrong) == (2, 2, 1)
    assert o.precision.value == pytest.approx(0.4)
    assert (o.precision.low, o.precision.high) == pytest.approx(wilson(2, 5))
    assert o.real.value == pytest.approx(0.8)
    roots = {g.value: g.estimate for g in s.groups["root"]}
    assert list(roots) == ["03", "04", "11", "19"]
    assert (roots["04"].judged, roots["04"].right) == (2, 1)
    assert [g.label for g in s.groups["quad"]] == [
        "1 verbal cooperation",
        "3 verbal conflict",
        "4 material conflict",
    ]
    countries = [(g.value, g.estimate.judged) for g in s.groups["source_country"]]
    assert countries == [("IND", 2), ("RUS", 2), ("(none)", 1)]
    bands = {g.value: g.estimate for g in s.groups["confidence"]}
    assert list(bands) == ["0.5-0.6", "0.6-0.7", "0.7-0.8", "0.8-0.9", "0.9-1.0"]
    assert bands["0.6-0.7"].mean_confidence == pytest.approx(0.62)
    # among the 4 real events: the 0312 → 040 is another root, the 190 lost its target
    assert s.fields["root"].value == pytest.approx(3 / 4)
    assert s.fields["source"].value == pytest.approx(1.0)
    assert s.fields["target"].value == pytest.approx(3 / 4)
    # ECE: each band holds one event: |0-0.55|, |0-0.62|, |0-0.71|, |1-0.85|, |1-0.91|
    assert s.calibration_error == pytest.approx((0.55 + 0.62 + 0.71 + 0.15 + 0.09) / 5)


def test_score_weights_by_stratum_size() -> None:
    """A small stratum over-sampled must not pull the overall precision toward itself:
    90 events of root 04 (all right) and 10 of root 19 (all wrong), 2 judged of each."""
    rows = [
        _row(1, "040", "right", stratum="04", stratum_size=90),
        _row(2, "040", "right", stratum="04", stratum_size=90),
        _row(3, "190", "wrong", stratum="19", stratum_size=10),
        _row(4, "190", "wrong", stratum="19", stratum_size=10),
        _row(5, "190", None, stratum="19", stratum_size=10),
    ]
    s = score(rows)
    assert s.weighted
    assert s.overall.precision.value == pytest.approx(0.9)  # not the unweighted 0.5
    assert s.overall.precision.n_effective == pytest.approx(100**2 / (2 * 45**2 + 2 * 5**2))
    roots = {g.value: g.estimate.precision.value for g in s.groups["root"]}
    assert roots == {"04": 1.0, "19": 0.0}


def test_score_inconsistent_stratum_size_is_an_error() -> None:
    rows = [
        _row(1, "040", "right", stratum="04", stratum_size=90, row=2),
        _row(2, "040", "right", stratum="04", stratum_size=80, row=3),
    ]
    with pytest.raises(UsageError, match=r"row 3: stratum 04 has size 80 here and 90"):
        score(rows)


def test_score_needs_a_verdict() -> None:
    with pytest.raises(UsageError, match="no row has a verdict yet"):
        score([_row(1, "040", None)])


def test_score_renders_table_json_and_csv() -> None:
    rows = [_row(i, "040", "right" if i % 3 else "wrong", confidence=0.7) for i in range(9)]
    s = score(rows)
    table = render(s, "table")
    assert "precision (right) 0.67 [95% CI 0.35–0.88]" in table
    assert "by CAMEO root" in table and "04 Consult" in table
    data = json.loads(render(s, "json"))
    assert data["overall"]["right"] == 6 and data["judged"] == 9
    assert data["overall"]["precision"]["low"] == pytest.approx(round(wilson(6, 9)[0], 4))
    assert data["by_root"][0]["value"] == "04"
    lines = list(csv.DictReader(io.StringIO(render(s, "csv"))))
    assert lines[0]["group"] == "overall" and lines[0]["right"] == "6"
    assert {line["group"] for line in lines} == {
        "overall",
        "root",
        "quad",
        "source_country",
        "confidence",
    }
    with pytest.raises(UnknownFormatError):
        render(s, "xml")


def test_score_json_has_no_nan() -> None:
    s = score([_row(1, "040", "wrong")])
    data = json.loads(render(s, "json"))
    assert data["fields"] == {}
    assert not any(isinstance(v, float) and math.isnan(v) for v in data["overall"].values())
