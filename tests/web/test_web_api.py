"""The JSON API with the framework's test client, on a real store of the examples."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from communique import query
from communique.pipeline import Pipeline
from communique.records import count_records, event_records, record_mentions
from communique.records import dyad as records_dyad
from communique.settings import Settings
from communique.store import open_store
from communique.web import create_app

#: The server's default confidence threshold (the setting's default).
DEFAULT = Settings().min_confidence


@pytest.fixture(scope="module")
def client(edited_examples_db: Path, pipeline: Pipeline) -> Iterator[TestClient]:
    app = create_app(edited_examples_db, pipeline=pipeline)
    yield TestClient(app)
    app.state.db.close()


def test_web_api_stats_count_current_versions(client: TestClient, edited_examples_db: Path) -> None:
    stats = client.get("/api/stats").json()
    with open_store(edited_examples_db, read_only=True) as store:
        current = query.events(store, query.Filters(min_confidence=DEFAULT))
        stored = query.events(store, query.Filters())
        n_articles = len(query.articles(store, query.Filters()))
    assert stats["replaced"] == 1  # the edited .txt replaced its first version
    assert stats["articles"] == n_articles == 2
    assert stats["mentions"] == len(current) and stats["mentions_stored"] == len(stored)
    with open_store(edited_examples_db, read_only=True) as store:
        assert stats["events"] == count_records(store, query.Filters(min_confidence=DEFAULT))
    assert stats["events"] < stats["mentions"]  # the .txt and .html report the same events
    assert stats["top_pairs"][0]["pair"] == "IND-RUS"
    assert len(stats["latest"]) == min(10, len(current))


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"dyad": "IND-RUS"},
        {"country": "usa"},
        {"code": "13"},
        {"code": "THREATEN"},
        {"since": "2025-08-06"},
        {"until": "2025-08-05"},
        {"text": "sanctions"},
        {"speaker": "Peskov"},
        {"min_confidence": "0"},
        {"min_confidence": "0.75", "dyad": "IND-RUS"},
    ],
)
def test_web_api_events_select_what_the_cli_selects(
    client: TestClient, edited_examples_db: Path, params: dict[str, str]
) -> None:
    got = client.get("/api/events", params={**params, "per_page": 500, "mentions": 1}).json()
    filters = {"min_confidence": DEFAULT, **params}  # the server's default threshold
    filters["min_confidence"] = float(filters["min_confidence"])
    with open_store(edited_examples_db, read_only=True) as store:
        want = query.events(store, query.Filters(**filters))
    assert got["total"] == len(want) == len(got["items"])
    key = ("date", "source", "cameo", "target", "sentence", "trigger")
    assert sorted(tuple(e[k] for k in key) for e in got["items"]) == sorted(
        tuple(e[k] for k in key) for e in want
    )


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"dyad": "IND-RUS"},
        {"country": "USA", "code": "13"},
        {"text": "sanctions"},
        {"min_confidence": "0"},
        {"since": "2025-08-06"},
    ],
)
def test_web_api_events_are_records_by_default(
    client: TestClient, edited_examples_db: Path, params: dict[str, str]
) -> None:
    got = client.get("/api/events", params={**params, "per_page": 500}).json()
    filters = {"min_confidence": DEFAULT, **params}
    filters["min_confidence"] = float(filters["min_confidence"])
    with open_store(edited_examples_db, read_only=True) as store:
        want = event_records(store, query.Filters(**filters), limit=None, unbounded=True)
    assert got["total"] == len(want)
    assert sorted(e["id"] for e in got["items"]) == sorted(e["id"] for e in want)


def test_web_api_record_has_its_mentions_as_evidence(
    client: TestClient, edited_examples_db: Path
) -> None:
    item = client.get("/api/events", params={"dyad": "IND-RUS", "code": "0312"}).json()["items"][0]
    got = client.get(f"/api/records/{item['id']}").json()
    with open_store(edited_examples_db, read_only=True) as store:
        want = record_mentions(store, item["id"])
    assert len(got["evidence"]) == len(want) >= 2  # the .txt and the .html
    assert {m["article"] for m in got["evidence"]} == {
        client.get("/api/articles").json()["items"][i]["article"] for i in (0, 1)
    }
    assert {m["cameo"] for m in got["evidence"]} == {"0312"}
    assert got["lead"]["id"] == got["evidence"][0]["id"]
    assert "trigger" in {k for p in got["lead"]["pieces"] for k in p["kinds"]}
    assert client.get("/api/records/999999").status_code == 404
    assert client.get("/api/records/abc").status_code == 400


def test_web_api_record_series_matches_records_dyad(
    client: TestClient, edited_examples_db: Path
) -> None:
    got = client.get("/api/dyad/IND-RUS", params={"freq": "day"}).json()["series"]
    with open_store(edited_examples_db, read_only=True) as store:
        want = records_dyad(store, "IND", "RUS", freq="day", min_confidence=DEFAULT)
    assert [r["period"] for r in got] == [r["period"] for r in want]
    for mine, theirs in zip(got, want, strict=True):
        assert mine["n_events"] == theirs["records"]
        for k in (
            "a_to_b",
            "b_to_a",
            "verbal_coop",
            "material_coop",
            "verbal_conflict",
            "material_conflict",
            "goldstein_a_to_b",
            "goldstein_b_to_a",
        ):
            assert mine[k] == theirs[k], k
        assert mine["goldstein"] == theirs["goldstein_mean"]


def test_web_api_dyad_series_matches_the_library(
    client: TestClient, edited_examples_db: Path
) -> None:
    got = client.get("/api/dyad/ind-rus", params={"freq": "day", "mentions": 1}).json()
    with open_store(edited_examples_db, read_only=True) as store:
        want = query.dyad_series(store, "IND", "RUS", freq="day", min_confidence=DEFAULT)
    assert got["pair"] == "IND-RUS"
    assert [{k: row[k] for k in want[0]} for row in got["series"]] == want
    assert all(row["goldstein_a_to_b"] is not None for row in got["series"] if row["a_to_b"])


def test_web_api_pages_link_to_each_other(client: TestClient) -> None:
    first = client.get(
        "/api/events", params={"per_page": 5, "dyad": "IND-RUS", "mentions": 1}
    ).json()
    assert first["pages"] > 1 and first["links"]["prev"] is None
    second = client.get(first["links"]["next"]).json()
    assert second["page"] == 2 and second["links"]["prev"]
    ids = {e["id"] for e in first["items"]} | {e["id"] for e in second["items"]}
    assert len(ids) == 10  # no row on both pages


def test_web_api_event_and_article_details(client: TestClient) -> None:
    params = {"dyad": "IND-RUS", "code": "0312", "mentions": 1}
    item = client.get("/api/events", params=params).json()["items"][0]
    event = client.get(f"/api/events/{item['id']}").json()
    marked = {
        k: "".join(p["text"] for p in event["pieces"] if k in p["kinds"])
        for k in ("trigger", "source", "target")
    }
    assert "".join(p["text"] for p in event["pieces"]) == event["sentence"]
    assert marked["trigger"] and marked["trigger"] in event["sentence"]
    assert marked["source"] in ("India", "Russia") and marked["target"] in ("India", "Russia")
    assert event["dates"] and event["dates"][0]["value"] == "2025-08-05"  # "on Tuesday"
    assert event["others"], "the .html copy reports the same event"
    article = client.get(f"/api/articles/{event['article']['article']}").json()
    text = "".join(p["text"] for p in article["pieces"])
    assert event["sentence"] in text
    kinds = {k for p in article["pieces"] for k in p["kinds"]}
    assert {"actor", "trigger", "quote", "date"} <= kinds


def test_web_api_downloads_hold_the_whole_filtered_list(client: TestClient, tmp_path: Path) -> None:
    total = client.get("/api/events", params={"dyad": "IND-RUS"}).json()["total"]
    got = client.get("/api/events", params={"dyad": "IND-RUS", "format": "csv", "per_page": 2})
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    assert "attachment" in got.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(got.text)))
    assert len(rows) == total and {r["source_country"] for r in rows} == {"IND", "RUS"}
    parquet = client.get("/api/quotes", params={"format": "parquet"})
    path = tmp_path / "q.parquet"
    path.write_bytes(parquet.content)
    n = duckdb.connect().execute(f"SELECT count(*) FROM '{path}'").fetchone()
    assert n is not None and n[0] == client.get("/api/quotes").json()["total"]


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/api/events?contry=IND", 400, "unknown parameter 'contry'"),
        ("/api/events?country=IND&country=RUS", 400, "given more than once"),
        ("/api/events?country=India", 400, "three-letter country code"),
        ("/api/events?dyad=IND-RUS'; DROP TABLE events;--", 400, "dyad"),
        ("/api/events?dyad=IND-RUS';--", 400, "two country codes"),
        ("/api/events?since=2025-02-30", 400, "since must be a date"),
        ("/api/events?since=2025-09-01&until=2025-08-01", 400, "is after until"),
        ("/api/events?page=0", 400, "page must be from 1"),
        ("/api/events?page=abc", 400, "page must be a whole number"),
        ("/api/events?per_page=100000", 400, "per_page must be from 1 to 500"),
        ("/api/events?page=1000&per_page=500", 400, "past row 10,000"),
        ("/api/events?quad=9", 400, "quad must be from 1 to 4"),
        ("/api/events?min_confidence=high", 400, "min_confidence must be a number"),
        ("/api/events?code=1'3", 400, "CAMEO code prefix"),
        ("/api/events?sort=random()", 400, "sort must be"),
        ("/api/events?format=xlsx", 400, "format must be json, csv or parquet"),
        ("/api/events?mentions=maybe", 400, "mentions must be 1 or 0"),
        ("/api/events?text=" + "x" * 300, 400, "longer than 200"),
        ("/api/dyad/IND", 400, "two country codes"),
        ("/api/dyad/IND-RUS?freq=hour", 400, "freq must be one of"),
        ("/api/dyad/IND-RUS?freq=day&since=1900-01-01", 400, "more than 5,000 periods"),
        ("/api/events/nonsense", 400, "an event id looks like"),
        ("/api/events/0123456789abcdef-01234567", 404, "no event"),
        ("/api/articles/0123456789abcdef", 404, "no article"),
        ("/api/nothing-here", 404, "no page at /api/nothing-here"),
    ],
)
def test_web_api_bad_parameters_are_4xx_with_a_message(
    client: TestClient, url: str, status: int, message: str
) -> None:
    got = client.get(url)
    assert got.status_code == status
    body = got.json()
    assert message in body["error"] and "Traceback" not in got.text


def test_web_api_never_writes_and_sends_no_traceback(edited_examples_db: Path) -> None:
    app = create_app(edited_examples_db)
    with app.state.db.read() as r, pytest.raises(Exception, match="read-only"):
        r.run("DELETE FROM events")
    client = TestClient(app, raise_server_exceptions=False)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret detail")

    got = client.get("/api/boom")
    assert got.status_code == 500 and "secret" not in got.text and "Traceback" not in got.text
    assert json.loads(got.text)["error"].startswith("internal error")


def test_web_api_answers_only_its_own_host(edited_examples_db: Path) -> None:
    client = TestClient(create_app(edited_examples_db), base_url="http://evil.example")
    assert client.get("/api/stats").status_code == 400
    headers = TestClient(create_app(edited_examples_db)).get("/").headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"


def test_web_api_openapi_describes_every_address(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {
        "/api/events",
        "/api/quotes",
        "/api/articles",
        "/api/pairs",
        "/api/dyad/{pair}",
        "/api/events/{event_id}",
        "/api/articles/{key}",
        "/api/stats",
    } <= set(spec["paths"])
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"dyad", "code", "quad", "page", "per_page", "format"} <= names
    assert "/dyad/{pair}" not in spec["paths"]  # pages are not API


def test_web_api_every_link_of_the_pages_answers(client: TestClient) -> None:
    """Follow every link of the pages from the overview (up to 300 addresses): none is
    broken, none is a 500."""
    seen: set[str] = set()
    todo = ["/"]
    while todo and len(seen) < 300:
        url = todo.pop(0)
        if url in seen:
            continue
        seen.add(url)
        got = client.get(url)
        assert got.status_code == 200, (url, got.status_code, got.text[:200])
        if got.headers["content-type"].startswith("text/html"):
            for href in re.findall(r'href="(/[^"#]*)', got.text):
                href = html.unescape(href)
                if not href.startswith("/static/") and href not in seen:
                    todo.append(href)
    assert len(seen) > 40


def test_web_api_stored_text_cannot_inject_markup(tmp_path: Path, edited_examples_db: Path) -> None:
    copy = tmp_path / "hostile.duckdb"
    copy.write_bytes(edited_examples_db.read_bytes())
    with open_store(copy) as store:
        store.connection.execute(
            "UPDATE articles SET url = 'javascript:alert(1)', title = '<script>alert(2)</script>'"
        )
    app = create_app(copy)
    client = TestClient(app)
    key = client.get("/api/articles").json()["items"][0]["article"]
    page = client.get(f"/article/{key}").text
    assert 'href="javascript:' not in page and "<script>alert(2)" not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    app.state.db.close()


def test_web_api_event_page_codes_its_sentence_again_on_request(client: TestClient) -> None:
    item = client.get("/api/events", params={"code": "112", "mentions": 1}).json()["items"][0]
    event_page = client.get(f"/event/{item['id']}").text
    assert f'href="/event/{item["id"]}/explain"' in event_page
    page = client.get(f"/event/{item['id']}/explain").text
    account = html.unescape(page.split('id="account">')[1].split("</pre>")[0])
    assert account.startswith(f"text: {item['sentence']}")
    assert re.search(
        r"trigger '.+' \(verb\) → 112 by pattern .+\[lexicon[^\]]*\.yaml:\d+\]", account
    )
