"""Judging sampled events in the dashboard (``/audit``), with the framework's test client on
a real store of the examples: the sheet it draws, the verdicts it writes back (exactly
that row, atomically, one request at a time), the checks on what is written, and the
refusal of cross-site writes."""

from __future__ import annotations

import html
import json
import os
import re
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from communique.audit import read_sheet, write_sheet
from communique.cli import main
from communique.errors import UsageError
from communique.web import create_app
from communique.web.sheet import JudgingSheet, next_unjudged

ORIGIN = {"Origin": "http://testserver"}


@pytest.fixture
def sheet_path(tmp_path: Path) -> Path:
    return tmp_path / "judging.tsv"


@pytest.fixture
def client(edited_examples_db: Path, sheet_path: Path) -> Iterator[TestClient]:
    app = create_app(edited_examples_db, audit=sheet_path, audit_n=6)
    yield TestClient(app, follow_redirects=False)
    app.state.db.close()


def token(client: TestClient) -> str:
    value = client.get("/api/audit").json()["token"]
    assert isinstance(value, str) and len(value) >= 32
    return value


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def cells(path: Path, number: int) -> dict[str, str]:
    """Row ``number`` of the sheet (the header is row 1) as column → cell."""
    rows = lines(path)
    return dict(zip(rows[0].split("\t"), rows[number - 1].split("\t"), strict=True))


def test_web_judge_draws_the_sample_the_cli_draws(
    client: TestClient, edited_examples_db: Path, sheet_path: Path, tmp_path: Path
) -> None:
    cli = tmp_path / "cli.tsv"
    argv = ["audit", "sample", "--n", "6", "--seed", "7", "--db", str(edited_examples_db)]
    assert main([*argv, "--out", str(cli)]) == 0
    assert sheet_path.read_bytes() == cli.read_bytes()
    assert client.app.state.audit.created.startswith("sampled 6 of ")  # type: ignore[attr-defined]
    got = client.get("/api/audit").json()
    assert got["progress"] == {"rows": 6, "judged": 0, "unjudged": 6, "next": 2}
    assert got["score"] is None and got["total"] == 6
    assert [i["row"] for i in got["items"]] == [2, 3, 4, 5, 6, 7]
    assert [i["event_id"] for i in got["items"]] == [r.event_id for r in read_sheet(cli)]


def test_web_judge_keeps_a_sheet_that_exists(edited_examples_db: Path, sheet_path: Path) -> None:
    first = create_app(edited_examples_db, audit=sheet_path, audit_n=4)
    before = sheet_path.read_bytes()
    again = create_app(edited_examples_db, audit=sheet_path, audit_n=6, audit_seed=8)
    assert sheet_path.read_bytes() == before  # not drawn again
    assert again.state.audit.created is None and len(again.state.audit.rows()) == 4
    assert first.state.audit.token != again.state.audit.token  # a token per server
    first.state.db.close()
    again.state.db.close()


@pytest.mark.parametrize("address", ["/audit", "/audit/2", "/api/audit", "/api/audit/2"])
def test_web_judge_is_off_without_a_sheet(edited_examples_db: Path, address: str) -> None:
    app = create_app(edited_examples_db)
    with TestClient(app) as plain:
        response = plain.get(address)
        assert response.status_code == 404
        assert "communique serve --audit SHEET.tsv" in response.text
        assert plain.post(address, headers=ORIGIN, json={}).status_code in (404, 405, 400)
        assert 'href="/audit"' not in plain.get("/").text  # no link to it either
    app.state.db.close()


def test_web_judge_form_writes_exactly_that_row(client: TestClient, sheet_path: Path) -> None:
    before = lines(sheet_path)
    code = cells(sheet_path, 2)["code"]
    corrected = "111" if code != "111" else "112"
    form = {"token": token(client), "event_id": cells(sheet_path, 2)["event_id"]}
    form |= {"verdict": "wrong", "corrected_code": corrected, "note": "a  word\tin another sense"}
    response = client.post("/audit/2", data=form, headers=ORIGIN)
    assert response.status_code == 303
    assert response.headers["location"] == "/audit/3?saved=2"  # the next unjudged row
    after = lines(sheet_path)
    assert len(after) == len(before)
    assert [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b] == [1]
    row = cells(sheet_path, 2)
    was = dict(zip(before[0].split("\t"), before[1].split("\t"), strict=True))
    assert {k: v for k, v in row.items() if v != was[k]} == {
        "verdict": "wrong",
        "corrected_code": corrected,
        "note": "a word in another sense",
    }
    assert [p.name for p in sheet_path.parent.iterdir() if p.name.endswith(".tmp")] == []

    page = client.get(response.headers["location"])
    assert page.status_code == 200 and "Saved row 2." in page.text
    assert 'data-judged="1"' in page.text


def test_web_judge_score_reads_the_written_sheet(
    client: TestClient, sheet_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    t = token(client)
    for number, verdict in ((2, "right"), (3, "wrong"), (4, "partial")):
        body = {"token": t, "verdict": verdict}
        if verdict == "partial":
            body["corrected_target"] = "none"
        answer = client.post(f"/api/audit/{number}", json=body, headers=ORIGIN)
        assert answer.status_code == 200, answer.text
        assert answer.json()["saved"]["verdict"] == verdict
    got = client.get("/api/audit").json()
    assert got["progress"]["judged"] == 3 and got["progress"]["next"] == 5
    assert main(["audit", "score", str(sheet_path), "--format", "json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert got["score"] == cli  # the live score is the library's, over the file
    assert (cli["judged"], cli["overall"]["right"], cli["overall"]["wrong"]) == (3, 1, 1)
    assert 0 < cli["fields"]["target"]["value"] < 1  # one of two real events corrected
    page = client.get("/audit").text
    assert 'id="score"' in page and "3 of 6" in page
    judged = client.get("/api/audit", params={"show": "judged"}).json()
    assert [i["row"] for i in judged["items"]] == [2, 3, 4]


@pytest.mark.parametrize(
    ("headers", "why"),
    [
        ({}, "names no Origin or Referer"),
        ({"Origin": "http://evil.example"}, "refused a write from http://evil.example"),
        ({"Origin": "null"}, "names no Origin or Referer"),
        ({"Origin": "null", "Referer": "http://evil.example/x"}, "from http://evil.example"),
        ({"Origin": "http://testserver:8000"}, "refused a write from http://testserver:8000"),
        ({"Referer": "http://testserver.evil.example/audit/2"}, "refused a write from"),
    ],
)
@pytest.mark.parametrize("api", [False, True])
def test_web_judge_refuses_cross_site_writes(
    client: TestClient, sheet_path: Path, headers: dict[str, str], why: str, api: bool
) -> None:
    before = sheet_path.read_bytes()
    body = {"token": token(client), "verdict": "wrong"}
    if api:
        response = client.post("/api/audit/2", json=body, headers=headers)
        assert why in response.json()["error"]
    else:
        response = client.post("/audit/2", data=body, headers=headers)
        assert why in response.text.replace("&#39;", "'")
    assert response.status_code == 403
    assert sheet_path.read_bytes() == before


@pytest.mark.parametrize("given", [None, "", "x" * 43, "from-an-earlier-run"])
def test_web_judge_refuses_a_write_without_the_token(
    client: TestClient, sheet_path: Path, given: str | None
) -> None:
    before = sheet_path.read_bytes()
    form = {"verdict": "right"} | ({} if given is None else {"token": given})
    response = client.post("/audit/2", data=form, headers=ORIGIN)
    assert response.status_code == 403
    assert "token is not this server's" in html.unescape(response.text)
    api = client.post(
        "/api/audit/2", json={"token": given or "", "verdict": "right"}, headers=ORIGIN
    )
    assert api.status_code == 403
    assert sheet_path.read_bytes() == before


def test_web_judge_takes_the_referer_when_there_is_no_origin(
    client: TestClient, sheet_path: Path
) -> None:
    form = {"token": token(client), "verdict": "right"}
    response = client.post("/audit/2", data=form, headers={"Referer": "http://testserver/audit/2"})
    assert response.status_code == 303
    assert cells(sheet_path, 2)["verdict"] == "right"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"verdict": "maybe"}, "row 2: unknown verdict 'maybe' (use right, partial or wrong)"),
        ({"verdict": "wrong", "corrected_code": "999"}, "unknown CAMEO code '999'"),
        ({"verdict": "right", "corrected_target": "none"}, "the verdict is right but a correction"),
        (
            {"verdict": "", "corrected_code": "040"},
            "a correction is filled in but the verdict is empty",
        ),
        ({"verdict": "partial", "corrected_source": "General Scott [12]"}, "cannot read actor"),
        ({"verdict": "wrong", "note": "x" * 2001}, "note is longer than 2000 characters"),
        ({"verdict": "wrong", "note": "a\x00b"}, "note has control characters"),
    ],
)
def test_web_judge_bad_values_are_400_and_write_nothing(
    client: TestClient, sheet_path: Path, values: dict[str, str], message: str
) -> None:
    before = sheet_path.read_bytes()
    form = {"token": token(client), **values}
    page = client.post("/audit/2", data=form, headers=ORIGIN)
    assert page.status_code == 400
    text = page.text.replace("&#39;", "'")
    assert re.search(r'<p class="error" role="alert">[^<]*' + re.escape(message), text)
    if "corrected_code" in values:  # what was typed is kept in the form
        assert f'name="corrected_code" list="codes" value="{values["corrected_code"]}"' in text
    api = client.post(
        "/api/audit/2", json={**form, "verdict": values["verdict"] or None}, headers=ORIGIN
    )
    assert api.status_code == 400 and message in api.json()["error"]
    assert sheet_path.read_bytes() == before


@pytest.mark.parametrize(
    ("address", "status", "message"),
    [
        ("/audit/1", 404, "no row 1 in the sheet (its events are rows 2 to 7)"),
        ("/audit/99", 404, "no row 99"),
        ("/audit/two", 400, "a row is the row's number in the sheet"),
        ("/audit?show=some", 400, "show must be one of all, unjudged, judged"),
        ("/audit?page=0", 400, "page must be"),
        ("/api/audit/-1", 400, "a row is the row's number"),
        ("/api/audit?colour=red", 400, "unknown parameter 'colour'"),
    ],
)
def test_web_judge_bad_addresses_are_4xx(
    client: TestClient, address: str, status: int, message: str
) -> None:
    response = client.get(address)
    assert response.status_code == status
    assert message in response.text.replace("&#39;", "'")


def test_web_judge_form_errors_name_the_problem(client: TestClient, sheet_path: Path) -> None:
    t = token(client)
    no_verdict = client.post("/audit/2", data={"token": t}, headers=ORIGIN)
    assert no_verdict.status_code == 400 and "choose a verdict" in no_verdict.text
    extra = client.post("/audit/2", data={"token": t, "verdict": "right", "x": "1"}, headers=ORIGIN)
    assert extra.status_code == 400 and "unknown form field" in extra.text
    twice = client.post(
        "/audit/2",
        content=f"token={t}&verdict=right&verdict=wrong",
        headers={**ORIGIN, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert twice.status_code == 400 and "more than once" in twice.text
    huge = client.post(
        "/audit/2",
        content="note=" + "x" * 20_000,
        headers={**ORIGIN, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert huge.status_code == 413
    assert cells(sheet_path, 2)["verdict"] == ""


def test_web_judge_refuses_a_row_that_became_another_event(
    client: TestClient, sheet_path: Path
) -> None:
    other = cells(sheet_path, 3)["event_id"]
    form = {"token": token(client), "verdict": "right", "event_id": other}
    response = client.post("/audit/2", data=form, headers=ORIGIN)
    assert response.status_code == 409
    assert "row 2 of judging.tsv is now event" in response.text
    assert cells(sheet_path, 2)["verdict"] == ""


def test_web_judge_keeps_what_a_spreadsheet_wrote_meanwhile(
    client: TestClient, sheet_path: Path
) -> None:
    t = token(client)
    client.get("/audit/2")  # the server has read the sheet
    rows = read_sheet(sheet_path)
    from communique.audit import judge

    rows[1] = judge(rows[1], "partial", corrected_code="040", note="judged in a spreadsheet")
    with sheet_path.open("w", encoding="utf-8", newline="") as f:
        write_sheet(rows, f)
    os.utime(sheet_path, ns=(1, 1))  # a different mtime whatever the clock's resolution
    assert (
        client.post("/audit/2", data={"token": t, "verdict": "right"}, headers=ORIGIN).status_code
        == 303
    )
    assert cells(sheet_path, 3)["note"] == "judged in a spreadsheet"
    assert cells(sheet_path, 2)["verdict"] == "right"


def test_web_judge_row_page_marks_the_event(client: TestClient, sheet_path: Path) -> None:
    page = client.get("/audit/2")
    assert page.status_code == 200
    for kind in ("trigger", "source"):
        assert f'<mark class="{kind}' in page.text, kind
    assert page.headers["referrer-policy"] == "same-origin"  # the browser names its origin
    assert page.headers["cache-control"] == "no-store"
    assert client.get("/").headers["referrer-policy"] == "no-referrer"
    assert 'name="token" value="' + token(client) + '"' in page.text
    assert '<option value="040">' in page.text  # the codebook to pick from
    row = client.get("/api/audit/2").json()
    marked = "".join(p["text"] for p in row["pieces"] if "trigger" in p["kinds"])
    words = cells(sheet_path, 2)["trigger"].split()  # a trigger's words may lie apart
    assert marked.startswith(words[0]) and marked.endswith(words[-1])
    event = client.get(f"/api/events/{row['event']}").json()  # the stored event it is
    assert (event["cameo"], event["trigger"]) == (row["code"], row["trigger"])
    assert f'href="/event/{row["event"]}"' in page.text


def test_web_judge_marks_an_event_the_store_does_not_hold(
    edited_examples_db: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "elsewhere.tsv"
    app = create_app(edited_examples_db, audit=sheet, audit_n=2)
    rows = read_sheet(sheet)
    from dataclasses import replace

    moved = [replace(r, event_id="0123456789ab:1-2") for r in rows]
    with sheet.open("w", encoding="utf-8", newline="") as f:
        write_sheet(moved, f)
    with TestClient(app) as c:
        got = c.get("/api/audit/2").json()
        assert got["event"] is None
        marked = "".join(p["text"] for p in got["pieces"] if "trigger" in p["kinds"])
        words = rows[0].trigger.split()
        assert marked.startswith(words[0]) and marked.endswith(words[-1])
        assert "".join(p["text"] for p in got["pieces"]) == rows[0].sentence
        assert "the database does not hold this event" in c.get("/audit/2").text
    app.state.db.close()


def test_web_judge_serialises_writes(edited_examples_db: Path, sheet_path: Path) -> None:
    app = create_app(edited_examples_db, audit=sheet_path, audit_n=22)
    sheet: JudgingSheet = app.state.audit
    numbers = [r.row for r in sheet.rows()]
    assert len(numbers) >= 10
    start = threading.Barrier(len(numbers))
    errors: list[BaseException] = []

    def judge_one(n: int) -> None:
        try:
            start.wait()
            sheet.save(n, "wrong" if n % 2 else "right")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=judge_one, args=(n,)) for n in numbers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert {r.row: r.verdict for r in read_sheet(sheet_path)} == {
        n: "wrong" if n % 2 else "right" for n in numbers
    }
    app.state.db.close()


def test_web_judge_keeps_the_file_mode(client: TestClient, sheet_path: Path) -> None:
    sheet_path.chmod(0o640)
    form = {"token": token(client), "verdict": "right"}
    assert client.post("/audit/2", data=form, headers=ORIGIN).status_code == 303
    assert stat.S_IMODE(sheet_path.stat().st_mode) == 0o640


def test_web_judge_next_unjudged_goes_round() -> None:
    from communique.audit import AuditRow

    def row(n: int, verdict: Any = None) -> AuditRow:
        return AuditRow(event_id=f"e{n}", code="040", row=n, verdict=verdict)

    rows = [row(2, "right"), row(3), row(4, "wrong"), row(5)]
    assert next_unjudged(rows) == 3
    assert next_unjudged(rows, 3) == 5
    assert next_unjudged(rows, 5) == 3
    assert next_unjudged([row(2), row(3, "right")], 2) is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("event_id\tcode\tverdict\tsecond_opinion\nx:1-2\t040\t\tyes\n", "second_opinion"),
        ("event_id\tcode\tverdict\nx:1-2\t040\tmaybe\n", "unknown verdict 'maybe'"),
        ("", "is empty"),
    ],
)
def test_web_judge_refuses_a_sheet_it_cannot_write_back(
    edited_examples_db: Path, tmp_path: Path, content: str, message: str
) -> None:
    sheet = tmp_path / "mine.tsv"
    sheet.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=re.escape(message)):
        create_app(edited_examples_db, audit=sheet)
    assert sheet.read_text(encoding="utf-8") == content


def test_web_judge_cli_says_what_is_wrong_with_the_sheet(
    edited_examples_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "mine.tsv"
    sheet.write_text("event_id\tcode\tverdict\tsecond_opinion\nx:1-2\t040\t\tyes\n")
    argv = ["serve", "--db", str(edited_examples_db), "--port", "0", "--audit", str(sheet)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "second_opinion" in err and "Traceback" not in err
    missing = ["serve", "--db", str(edited_examples_db), "--audit", str(tmp_path / "no" / "s.tsv")]
    assert main(missing) == 2
    assert "there is no folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("base", "accepted"),
    [("http://127.0.0.1:8000", True), ("http://localhost", True), ("http://news.lan:8000", False)],
)
def test_web_judge_on_every_interface_takes_writes_only_by_address(
    edited_examples_db: Path, sheet_path: Path, base: str, accepted: bool
) -> None:
    app = create_app(edited_examples_db, host="0.0.0.0", audit=sheet_path, audit_n=2)
    with TestClient(app, base_url=base, follow_redirects=False) as c:
        t = c.get("/api/audit").json()["token"]  # readable: any host name is answered
        response = c.post(
            "/audit/2", data={"token": t, "verdict": "right"}, headers={"Origin": base}
        )
    assert response.status_code == (303 if accepted else 403)
    if not accepted:
        assert "only when addressed by IP address" in html.unescape(response.text)
    assert cells(sheet_path, 2)["verdict"] == ("right" if accepted else "")
    app.state.db.close()
