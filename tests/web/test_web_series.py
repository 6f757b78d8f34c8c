"""The pair series and event lists over a multi-year synthetic store (bench/serve_data.py)
agree with the library's queries, for every period length and range."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from communique import query
from communique.records import alerts
from communique.store import open_store
from communique.web import create_app

BENCH = Path(__file__).resolve().parents[2] / "bench" / "serve_data.py"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location("bench_serve_data", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.make_database(tmp_path_factory.mktemp("synthetic") / "s.duckdb", 3000)


@pytest.fixture(scope="module")
def client(synthetic: Path) -> Iterator[TestClient]:
    app = create_app(synthetic, min_confidence=0.0)
    yield TestClient(app)
    app.state.db.close()


@pytest.mark.parametrize("freq", ["day", "week", "month", "quarter", "year"])
@pytest.mark.parametrize(
    ("since", "until"), [(None, None), ("2021-02-10", "2022-11-03"), ("2019-06-01", None)]
)
def test_web_series_matches_query_dyad_series(
    client: TestClient, synthetic: Path, freq: str, since: str | None, until: str | None
) -> None:
    params = {
        "freq": freq,
        **({"since": since} if since else {}),
        **({"until": until} if until else {}),
    }
    got = client.get("/api/dyad/RUS-USA", params=params).json()["series"]
    with open_store(synthetic, read_only=True) as store:
        want = query.dyad_series(store, "RUS", "USA", freq=freq, since=since, until=until)

    def exact(rows: list[dict]) -> list[dict]:  # type: ignore[type-arg]
        return [{k: v for k, v in row.items() if k in want[0] and k != "goldstein"} for row in rows]

    assert exact(got) == exact(want)
    for mine, theirs in zip(got, want, strict=True):  # the same mean, summed in another order
        assert (mine["goldstein"] is None) == (theirs["goldstein"] is None)
        assert mine["goldstein"] is None or abs(mine["goldstein"] - theirs["goldstein"]) <= 0.01
    assert sum(row["n_events"] for row in got) > 0


def test_web_series_synthetic_offsets_point_into_the_text(client: TestClient) -> None:
    params = {"dyad": "CHN-IND", "per_page": 1, "mentions": 1}
    event = client.get("/api/events", params=params).json()
    detail = client.get(f"/api/events/{event['items'][0]['id']}").json()
    trigger = "".join(p["text"] for p in detail["pieces"] if "trigger" in p["kinds"])
    assert trigger == detail["trigger"]
    assert {"source", "target", "date"} <= {k for p in detail["pieces"] for k in p["kinds"]}


def test_web_series_pairs_count_both_directions(client: TestClient, synthetic: Path) -> None:
    pairs = client.get("/api/pairs", params={"per_page": 3}).json()
    top = pairs["items"][0]
    with open_store(synthetic, read_only=True) as store:
        rows = [r for r in query.events(store, query.Filters(dyad=top["pair"])) if not r["negated"]]
    assert top["n_events"] == len(rows) == top["a_to_b"] + top["b_to_a"]
    assert pairs["total"] > 3 and pairs["items"][1]["n_events"] <= top["n_events"]


def test_web_series_overview_lists_the_library_alerts(client: TestClient, synthetic: Path) -> None:
    stats = client.get("/api/stats").json()
    since = (dt.date.fromisoformat(stats["last_day"]) - dt.timedelta(days=29)).isoformat()
    with open_store(synthetic, read_only=True) as store:
        want = alerts(store, since, until=stats["last_day"], min_confidence=0.0, limit=10)
    assert stats["alerts"] == want
    page = client.get("/").text
    assert "<h2>Alerts</h2>" in page
    for alert in want:
        assert f"{alert['a']} – {alert['b']}" in page
