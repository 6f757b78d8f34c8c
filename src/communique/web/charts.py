"""The pair chart as a Vega-Lite specification, drawn in the browser by the Vega libraries
shipped in ``static/vendor`` (nothing is fetched from the internet).

Two panels over the same periods: events per period by quad class (cooperation above the
axis, conflict below it), and the mean Goldstein score per period (one line each way, and
a point per period with events for both ways together). Every bar and point links to the
events behind it: the pair page narrowed to that period.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from .data import period_end

QUAD_COLUMNS = {
    "verbal_coop": "verbal cooperation",
    "material_coop": "material cooperation",
    "verbal_conflict": "verbal conflict",
    "material_conflict": "material conflict",
}
COLOURS = ["#4c9f70", "#1b5e3b", "#e08a3c", "#b2182b"]


def chart_rows(
    pair: str, series: list[dict[str, Any]], freq: str, keep: dict[str, str]
) -> list[dict[str, Any]]:
    """The series rows with a link each to the pair page over that period."""
    out = []
    for row in series:
        params = {**keep, "since": row["start"], "until": period_end(row["start"], freq)}
        out.append({**row, "link": f"/dyad/{pair}?{urlencode(params)}#events"})
    return out


def pair_spec(a: str, b: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The Vega-Lite specification of the pair chart over ``rows`` (from ``chart_rows``)."""
    x = {
        "field": "period",
        "type": "ordinal",
        "sort": None,
        "title": None,
        "axis": {"labelAngle": -40, "labelOverlap": True},
    }
    tooltip = [
        {"field": "period", "title": "period"},
        {"field": "n_events", "title": "events"},
        {"field": "a_to_b", "title": f"{a} → {b}"},
        {"field": "b_to_a", "title": f"{b} → {a}"},
        {"field": "goldstein", "title": "mean Goldstein"},
    ]
    signed = " + ".join(
        f"(datum.quad == '{v}' && {'-1' if 'conflict' in k else '1'})"
        for k, v in QUAD_COLUMNS.items()
    )
    bars = {
        "name": "quads",
        "width": 800,
        "height": 200,
        "transform": [
            {"fold": list(QUAD_COLUMNS), "as": ["column", "count"]},
            {"calculate": f"{_names()}[datum.column]", "as": "quad"},
            {"calculate": f"datum.count * ({signed})", "as": "signed"},
            {"filter": "datum.count > 0"},
        ],
        "mark": {"type": "bar", "cursor": "pointer"},
        "encoding": {
            "x": x,
            "y": {
                "field": "signed",
                "type": "quantitative",
                "title": "events (conflict below 0)",
                "stack": "zero",
            },
            "color": {
                "field": "quad",
                "type": "nominal",
                "title": "quad class",
                "scale": {"domain": list(QUAD_COLUMNS.values()), "range": COLOURS},
                "legend": {"orient": "top"},
            },
            "href": {"field": "link"},
            "tooltip": [*tooltip, {"field": "quad"}, {"field": "count", "title": "events"}],
        },
    }
    ways = {
        "goldstein_a_to_b": f"{a} → {b}",
        "goldstein_b_to_a": f"{b} → {a}",
    }
    lines = {
        "name": "goldstein",
        "width": 800,
        "height": 160,
        "layer": [
            {
                "transform": [
                    {"fold": list(ways), "as": ["way", "value"]},
                    {"calculate": f"{_names(ways)}[datum.way]", "as": "direction"},
                    {"filter": "isValid(datum.value)"},
                ],
                "mark": {
                    "type": "line",
                    "interpolate": "monotone",
                    "strokeWidth": 1.5,
                    "point": {"size": 18},  # a direction with one period still shows
                },
                "encoding": {
                    "x": x,
                    "y": {"field": "value", "type": "quantitative"},
                    "color": {
                        "field": "direction",
                        "type": "nominal",
                        "title": "direction",
                        "scale": {"range": ["#3b6fb6", "#8e6bbf"]},
                        "legend": {"orient": "top"},
                    },
                    "strokeDash": {"field": "direction", "type": "nominal", "legend": None},
                },
            },
            {
                "name": "points",
                "transform": [{"filter": "isValid(datum.goldstein)"}],
                "mark": {"type": "point", "filled": True, "size": 60, "cursor": "pointer"},
                "encoding": {
                    "x": x,
                    "y": {
                        "field": "goldstein",
                        "type": "quantitative",
                        "title": "mean Goldstein",
                        "scale": {"domain": [-10, 10]},
                    },
                    "color": {"value": "#222"},
                    "href": {"field": "link"},
                    "tooltip": tooltip,
                },
            },
        ],
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "data": {"values": rows},
        "vconcat": [bars, lines],
        "resolve": {"scale": {"color": "independent"}},
        "config": {"view": {"stroke": None}, "axis": {"grid": True, "gridColor": "#eee"}},
    }


def _names(mapping: dict[str, str] = QUAD_COLUMNS) -> str:
    inner = ", ".join(f"'{k}': '{v}'" for k, v in mapping.items())
    return "{" + inner + "}"
