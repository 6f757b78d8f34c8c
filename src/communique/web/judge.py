"""Judging sampled events in the browser: ``/audit`` (pages) and ``/api/audit`` (JSON).

    GET  /audit              progress, the live score, the sheet's rows (judged or not), paginated
    GET  /audit/ROW          one event (its sentence marked) and the form to judge it
    POST /audit/ROW          the verdict written into the sheet; then the next unjudged row
    GET  /audit/sheet.tsv    the sheet as it is now
    GET  /api/audit          the rows, the progress, the score and the write token
    GET  /api/audit/ROW      one row and its marked sentence
    POST /api/audit/ROW      a judgement as JSON

Only when the server was started with ``--audit SHEET.tsv`` (``sheet.py``); otherwise each
address answers 404 saying how to turn it on. Writes are checked by ``guard.py`` (403)
and by the sheet module's own checks (400 with the sheet reader's one-line message, the
form shown again with what was typed). ``ROW`` is the row's number in the sheet as a
spreadsheet shows it (the header is row 1).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from ..errors import NotFoundError, UsageError
from . import detail
from .data import EVENT_ID, codebook_names
from .db import Reader
from .deps import DB, PageNo, PerPage
from .guard import check_write
from .search import parse_page

if TYPE_CHECKING:
    from ..audit import AuditRow
    from .sheet import JudgingSheet

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api")

OFF = (
    "the judging page is off: start the server with `communique serve --audit SHEET.tsv` "
    "(a sample of the stored events is drawn into SHEET.tsv if it does not exist)"
)
SHOWS = ("all", "unjudged", "judged")
#: The judgement fields, and the longest value each takes.
FIELDS = {
    "verdict": 20,
    "corrected_code": 20,
    "corrected_source": 200,
    "corrected_target": 200,
    "note": 2000,
    "event_id": 100,
    "token": 100,
}
MAX_FORM = 16 * 1024
_AUDIT_ID = re.compile(r"([0-9a-f]{12}):(\d+)-(\d+)(?:/\d+)?")

Row = Annotated[str, PathParam(description="The row's number in the sheet (the header is row 1).")]
Show = Annotated[str | None, Query(description="all (default), unjudged or judged.")]


def sheet_of(request: Request) -> JudgingSheet:
    sheet: JudgingSheet | None = request.app.state.audit
    if sheet is None:
        raise NotFoundError(OFF)
    return sheet


def row_number(value: str) -> int:
    if not value.isdigit() or len(value) > 9:
        raise UsageError(
            f"a row is the row's number in the sheet (the header is row 1), got {value[:40]!r}"
        )
    return int(value)


def _show(value: str | None) -> str:
    show = value or "all"
    if show not in SHOWS:
        raise UsageError(f"show must be one of {', '.join(SHOWS)}, got {show[:40]!r}")
    return show


# -- what the pages show -------------------------------------------------------------------


def progress(rows: list[AuditRow]) -> dict[str, Any]:
    from .sheet import next_unjudged

    judged = sum(r.judged for r in rows)
    return {
        "rows": len(rows),
        "judged": judged,
        "unjudged": len(rows) - judged,
        "next": next_unjudged(rows),
    }


def row_dict(row: AuditRow) -> dict[str, Any]:
    """The row as the sheet's cells, with its page."""
    return {**row.to_dict(), "judged": row.judged, "link": f"/audit/{row.row}"}


def _find(sentence: str, words: str | None) -> tuple[int, int] | None:
    """Where ``words`` are in ``sentence``: as written, or (a trigger of words apart, such
    as "called … unjustified") from its first word to its last."""
    if not words:
        return None
    at = sentence.find(words)
    if at >= 0:
        return at, at + len(words)
    parts = words.split()
    first = sentence.find(parts[0])
    last = sentence.find(parts[-1], first + len(parts[0])) if first >= 0 else -1
    return (first, last + len(parts[-1])) if last >= 0 else None


def _fallback_spans(row: AuditRow) -> list[detail.Span]:
    """Where the trigger and actors are in the sentence, by their words (for an event the
    store does not hold)."""
    spans = []
    for kind, words in (("trigger", row.trigger), ("source", row.source), ("target", row.target)):
        found = _find(row.sentence, words)
        if found:
            spans.append(detail.Span(*found, kind, f"{kind}: {words}"))
    return spans


def evidence(r: Reader, row: AuditRow) -> dict[str, Any]:
    """The row's sentence in marked pieces, as the event page marks it, and the stored
    event it is (None when the store does not hold it: then the words are marked)."""
    m = _AUDIT_ID.fullmatch(row.event_id)
    if m:
        found = r.fetch(
            f"SELECT {EVENT_ID} AS id FROM events e JOIN articles a ON a.hash = e.article_hash "
            'WHERE starts_with(e.article_hash, ?) AND e.start = ? AND e."end" = ? '
            "AND e.cameo = ? AND coalesce(e.source_text, '') = ? "
            "AND coalesce(e.target_text, '') = ? ORDER BY a.current DESC, a.version DESC LIMIT 1",
            [m[1], int(m[2]), int(m[3]), row.code, row.source or "", row.target or ""],
        )
        if found:
            e = detail.event(r, found[0]["id"])
            return {"pieces": e["pieces"], "event": e}
    pieces = detail.segments(row.sentence, _fallback_spans(row))
    return {"pieces": [p.to_dict() for p in pieces], "event": None}


def _score(sheet: JudgingSheet) -> tuple[dict[str, Any] | None, str | None]:
    """The live score, or the sentence saying why there is none."""
    try:
        s = sheet.score()
    except UsageError as exc:
        return None, str(exc)
    return (s.to_dict() if s is not None else None), None


def _checked(values: dict[str, str | None]) -> dict[str, str | None]:
    """The judgement fields, each of bounded length and free of control characters."""
    for name, value in values.items():
        if value is None:
            continue
        if len(value) > FIELDS[name]:
            raise UsageError(f"{name} is longer than {FIELDS[name]} characters")
        if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
            raise UsageError(f"{name} has control characters")
    return values


def _save(sheet: JudgingSheet, number: int, values: dict[str, str | None]) -> AuditRow:
    from .sheet import SheetChangedError

    v = _checked(values)
    try:
        return sheet.save(
            number,
            v.get("verdict"),
            corrected_code=v.get("corrected_code"),
            corrected_source=v.get("corrected_source"),
            corrected_target=v.get("corrected_target"),
            note=v.get("note"),
            event_id=v.get("event_id") or None,
        )
    except SheetChangedError as exc:
        raise HTTPException(409, str(exc)) from None


def _audit_headers(response: Response) -> Response:
    # the form's page must let the browser name its origin when posting (guard.py)
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Cache-Control"] = "no-store"
    return response


# -- pages ---------------------------------------------------------------------------------


@pages.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    show: Show = None,
    page: PageNo = None,
    per_page: PerPage = None,
    saved: Annotated[str | None, Query()] = None,
) -> Response:
    from .pages import render

    sheet = sheet_of(request)
    chosen = _show(show)
    p = parse_page(page, per_page, default=25)
    rows = sheet.rows()
    listed = [r for r in rows if chosen == "all" or r.judged == (chosen == "judged")]
    score, why = _score(sheet)
    return _audit_headers(
        render(
            request,
            "audit.html",
            sheet=sheet,
            progress=progress(rows),
            rows=[row_dict(r) for r in listed[p.offset : p.offset + p.per_page]],
            show=chosen,
            score=score,
            no_score=why,
            saved=row_number(saved) if saved else None,
            params={k: v for k, v in request.query_params.items() if k != "saved"},
            page=p,
            total=len(listed),
            pages=p.pages(len(listed)),
        )
    )


@pages.get("/audit/sheet.tsv")
def sheet_file(request: Request) -> Response:
    sheet = sheet_of(request)
    return FileResponse(
        sheet.path,
        media_type="text/tab-separated-values; charset=utf-8",
        filename=sheet.path.name,
        headers={"Cache-Control": "no-store"},
    )


def _row_page(
    request: Request,
    db: Any,
    number: int,
    *,
    status: int = 200,
    error: str | None = None,
    typed: dict[str, str | None] | None = None,
    saved: int | None = None,
) -> Response:
    from .pages import render
    from .sheet import next_unjudged

    sheet = sheet_of(request)
    rows = sheet.rows()
    row = sheet.row(number)
    with db.read() as r:
        ev = evidence(r, row)
    numbers = [x.row for x in rows]
    at = numbers.index(row.row)
    values = row_dict(row)
    if typed is not None:
        values.update({k: v for k, v in typed.items() if k in FIELDS})
    return _audit_headers(
        render(
            request,
            "audit_row.html",
            status,
            sheet=sheet,
            row=row_dict(row),
            values=values,
            ev=ev,
            error=error,
            saved=saved,
            progress=progress(rows),
            prev=numbers[at - 1] if at > 0 else None,
            next_row=numbers[at + 1] if at + 1 < len(numbers) else None,
            next_unjudged=next_unjudged(rows, row.row),
            codes=codebook_names(),
        )
    )


@pages.get("/audit/{row}", response_class=HTMLResponse)
def audit_row_page(
    request: Request, row: Row, db: DB, saved: Annotated[str | None, Query()] = None
) -> Response:
    return _row_page(request, db, row_number(row), saved=row_number(saved) if saved else None)


def _form(body: bytes, content_type: str | None) -> dict[str, str | None]:
    if (content_type or "").split(";")[0].strip() != "application/x-www-form-urlencoded":
        raise UsageError("the judging form is sent as application/x-www-form-urlencoded")
    try:
        parsed = parse_qs(
            body.decode("utf-8"), keep_blank_values=True, strict_parsing=False, max_num_fields=20
        )
    except (UnicodeDecodeError, ValueError):
        raise UsageError("the form could not be read (not UTF-8, or too many fields)") from None
    unknown = sorted(set(parsed) - set(FIELDS))
    if unknown:
        raise UsageError(f"unknown form field {unknown[0]!r}")
    twice = [k for k, v in parsed.items() if len(v) > 1]
    if twice:
        raise UsageError(f"form field {twice[0]!r} is given more than once")
    if "verdict" not in parsed:
        raise UsageError("choose a verdict: right, partial, wrong, or not judged")
    return {k: v[0] for k, v in parsed.items()}


@pages.post("/audit/{row}", response_class=HTMLResponse)
async def judge_form(request: Request, row: Row, db: DB) -> Response:
    sheet = sheet_of(request)
    number = row_number(row)
    body = await request.body()
    if len(body) > MAX_FORM:
        raise HTTPException(413, f"the form is larger than {MAX_FORM // 1024} KiB")
    form = _form(body, request.headers.get("content-type"))
    check_write(request, form.pop("token", None), sheet.token)
    try:
        saved = await run_in_threadpool(_save, sheet, number, form)
    except NotFoundError:
        raise
    except UsageError as exc:  # show the form again, with what was typed and why not
        why = str(exc)
        return await run_in_threadpool(
            lambda: _row_page(request, db, number, status=400, error=why, typed=form)
        )
    from .sheet import next_unjudged

    after = next_unjudged(sheet.rows(), saved.row)
    where = f"/audit/{after}" if after is not None else "/audit"
    return RedirectResponse(f"{where}?saved={saved.row}", status_code=303)


# -- JSON ----------------------------------------------------------------------------------


class Judgement(BaseModel):
    """A verdict for one row, and the corrections (as a judge writes them in the sheet)."""

    model_config = ConfigDict(extra="forbid")

    token: str = Field(description="The server's write token (from GET /api/audit).")
    verdict: str | None = Field(description="right, partial or wrong; null clears it.")
    corrected_code: str | None = Field(
        None, description="The right CAMEO code, or none (the sentence reports no event)."
    )
    corrected_source: str | None = Field(
        None, description="USAGOV, 'General Scott [USAMIL]' (these words, coded so), or none."
    )
    corrected_target: str | None = Field(None, description="As corrected_source.")
    note: str | None = Field(None, description="Free text.")
    event_id: str | None = Field(
        None, description="The row's event_id: refused (409) if the row is now another event."
    )


@api.get("/audit", summary="The judging sheet: rows, progress, score")
def audit_json(
    request: Request, show: Show = None, page: PageNo = None, per_page: PerPage = None
) -> dict[str, Any]:
    """The sheet's rows (``show``: all, unjudged or judged; paginated), how many are
    judged, the next unjudged row, the score of the verdicts so far (``communique audit
    score``; null before the first) and the token a write must carry. Only with
    ``communique serve --audit SHEET.tsv``."""
    from .api import envelope

    sheet = sheet_of(request)
    chosen = _show(show)
    p = parse_page(page, per_page)
    rows = sheet.rows()
    listed = [r for r in rows if chosen == "all" or r.judged == (chosen == "judged")]
    score, why = _score(sheet)
    items = [row_dict(r) for r in listed[p.offset : p.offset + p.per_page]]
    return {
        "sheet": str(sheet.path),
        "progress": progress(rows),
        "score": score,
        "score_error": why,
        "token": sheet.token,
        **envelope(request, items, len(listed), p),
    }


@api.get("/audit/{row}", summary="One row of the judging sheet")
def audit_row_json(request: Request, row: Row, db: DB) -> dict[str, Any]:
    """The row's cells, its sentence in marked pieces (trigger, source, target) and the
    stored event's id (null when the store does not hold it)."""
    found = sheet_of(request).row(row_number(row))
    with db.read() as r:
        ev = evidence(r, found)
    return {
        **row_dict(found),
        "pieces": ev["pieces"],
        "event": ev["event"]["id"] if ev["event"] else None,
    }


@api.post("/audit/{row}", summary="Judge one row of the sheet")
def judge_json(request: Request, row: Row, body: Judgement) -> dict[str, Any]:
    """Write the verdict and corrections into the sheet. Needs the token and an
    ``Origin`` header naming this server (403 otherwise); a bad value is 400 with the
    sheet reader's message, and nothing is written."""
    from .sheet import next_unjudged

    sheet = sheet_of(request)
    number = row_number(row)
    values = body.model_dump()
    check_write(request, values.pop("token"), sheet.token)
    saved = _save(sheet, number, values)
    rows = sheet.rows()
    return {
        "saved": row_dict(saved),
        "next": next_unjudged(rows, saved.row),
        "progress": progress(rows),
    }
