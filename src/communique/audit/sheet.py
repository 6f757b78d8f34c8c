"""The judging sheet: one sampled event per row, with the analyst's verdict and corrections.

    AuditRow                      a sampled event and (once judged) its judgement
    judge(row, verdict, ...)      the row with a checked judgement (the web page's entry point)
    write_sheet(rows, out)        the rows as TSV, one line each
    read_sheet(path) -> rows      a sheet back, checked: one-line errors name the row

The sheet is tab-separated text with a header (``COLUMNS``). Tabs, newlines and
backslashes inside a cell are written as ``\\t``, ``\\n`` and ``\\\\``, so every event is
one spreadsheet row; a cell that a spreadsheet would run as a formula (starting with
``=``, ``+``, ``-`` or ``@``) is written with a leading ``'``. Reading undoes both.

Reading is forgiving about what spreadsheets do to a file when it is saved again: UTF-8
with or without BOM, UTF-16 ("Unicode text"), Windows-1252; tab, comma or semicolon as
separator; CAMEO codes that lost their leading zero (``40`` is read as ``040``, never
ambiguously: ``10`` stays the root 10); ``TRUE``/``FALSE``; a decimal comma. It is strict
about what the analyst wrote: an unknown verdict, a CAMEO code that does not exist or an
actor that cannot be read is an error naming the row (rows are numbered as in the
spreadsheet: the header is row 1).

Judgement columns:

* ``verdict``: ``right`` (the sentence reports this event: its CAMEO root, its source and
  target in this direction), ``partial`` (a real event, but the code, the source or the
  target is wrong: say which in the corrections), ``wrong`` (no such event: a word in
  another sense, a possible or planned act, no political actor). ``partially right`` and
  ``partly right`` are read as ``partial``. Empty: not judged yet.
* ``corrected_code``: the right CAMEO code, or ``none`` when the sentence reports no event.
* ``corrected_source``, ``corrected_target``: the right actor, written ``USAGOV`` (a
  country and a sector: these words, coded so), ``General Scott [USAMIL]`` (these words,
  coded so), or ``none`` (there is no such actor, e.g. no target).
* ``note``: free text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import IO, Any, Literal

from ..actors.entries import split_code
from ..errors import UsageError
from ..events.codebook import codebook
from ..events.lexicon import NO_EVENT

Verdict = Literal["right", "partial", "wrong"]
VERDICTS: tuple[Verdict, ...] = ("right", "partial", "wrong")
_VERDICT_SPELLINGS: dict[str, Verdict] = {
    "right": "right",
    "partial": "partial",
    "partially right": "partial",
    "partly right": "partial",
    "partly": "partial",
    "wrong": "wrong",
}
_NONE_WORDS = frozenset({"none", "no event", "---", "-"})


@dataclass(frozen=True)
class ActorFix:
    """A corrected actor: ``absent`` (there is none), or words and/or a country and sector."""

    text: str | None = None
    country: str | None = None
    sector: str | None = None
    absent: bool = False

    @property
    def code(self) -> str | None:
        if not (self.country or self.sector):
            return None
        return (self.country or "") + (self.sector or "")

    def __str__(self) -> str:
        if self.absent:
            return NO_EVENT
        code = self.code
        if self.text and code:
            return f"{self.text} [{code}]"
        return self.text or code or ""


@dataclass(frozen=True)
class AuditRow:
    """One sampled event as the sheet shows it, and its judgement (None until judged).

    ``event_id`` is where the event is: the first 12 hex digits of its article's content
    hash and the character offsets of its trigger words (``3fa2c1d9e0b4:1234-1260``; a
    ``/2`` suffix tells apart two events of one trigger). ``stratum`` is the sampling
    stratum and ``stratum_size`` how many events it held: ``score`` weighs by them.
    ``row`` is the row's number in the sheet it was read from (the header is row 1).
    """

    event_id: str
    code: str
    sentence: str = ""
    trigger: str = ""
    source: str | None = None
    source_country: str | None = None
    source_sector: str | None = None
    target: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    quad_class: int | None = None
    confidence: float | None = None
    negated: bool = False
    reported: bool = False
    speaker: str | None = None  # who stated a reported event
    date: str | None = None
    article_id: str | None = None
    url: str | None = None
    published: str | None = None
    source_name: str | None = None
    target_name: str | None = None
    stratum: str | None = None
    stratum_size: int | None = None
    verdict: Verdict | None = None
    corrected_code: str | None = None
    corrected_source: ActorFix | None = None
    corrected_target: ActorFix | None = None
    note: str = ""
    row: int | None = None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def judged(self) -> bool:
        return self.verdict is not None

    @property
    def where(self) -> str:
        """How an error names this row."""
        return f"row {self.row}" if self.row is not None else f"event {self.event_id}"

    def to_dict(self) -> dict[str, Any]:
        """The row as the sheet's cells (``COLUMNS``, plus ``row``), corrections written as
        a judge writes them; plain JSON values."""
        known = codebook().get(self.code)
        values: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        values["code_name"] = known.name if known else None
        for side in ("corrected_source", "corrected_target"):
            fix = values[side]
            values[side] = str(fix) if fix is not None else None
        return {c: values.get(c) for c in (*COLUMNS, "row")}


#: The sheet's columns, in order: the event, then what the analyst fills in.
COLUMNS: tuple[str, ...] = (
    "event_id",
    "stratum",
    "stratum_size",
    "article_id",
    "url",
    "published",
    "date",
    "sentence",
    "trigger",
    "source",
    "source_country",
    "source_sector",
    "code",
    "code_name",
    "target",
    "target_country",
    "target_sector",
    "quad_class",
    "negated",
    "reported",
    "speaker",
    "confidence",
    "source_name",
    "target_name",
    "verdict",
    "corrected_code",
    "corrected_source",
    "corrected_target",
    "note",
)
JUDGEMENT_COLUMNS: tuple[str, ...] = (
    "verdict",
    "corrected_code",
    "corrected_source",
    "corrected_target",
    "note",
)


# -- checking what the analyst wrote -------------------------------------------------------


def parse_verdict(value: str | None, where: str = "") -> Verdict | None:
    """``right``, ``partial`` (or ``partially right``), ``wrong``; None for an empty cell."""
    text = " ".join((value or "").lower().split())
    if not text:
        return None
    if text not in _VERDICT_SPELLINGS:
        raise UsageError(
            f"{where}: unknown verdict {value!r} (use right, partial or wrong)".lstrip(": ")
        )
    return _VERDICT_SPELLINGS[text]


def parse_code(value: str | None, where: str = "", *, allow_none: bool = False) -> str | None:
    """A CAMEO code as written in a sheet: ``040``; ``40`` when a spreadsheet dropped the
    zero; ``none`` (when ``allow_none``) for no event; None for an empty cell."""
    text = (value or "").strip()
    if text.endswith(".0"):  # a spreadsheet's number
        text = text[:-2]
    if not text:
        return None
    if allow_none and text.lower() in _NONE_WORDS:
        return NO_EVENT
    codes = codebook()
    if text in codes:
        return text
    for padded in ("0" + text, "00" + text):
        if text.isdigit() and padded in codes:
            return padded
    want = "a CAMEO code such as 040 or 1312" + (", or none" if allow_none else "")
    raise UsageError(f"{where}: unknown CAMEO code {value!r} (want {want})".lstrip(": "))


_BRACKETED = re.compile(r"^(.*?)\s*\[\s*([^\]]*?)\s*\]\s*$")
_CODE_SHAPE = re.compile(r"^~?[A-Z]{3}(?:[ /]?[A-Z]{3})*$")


def _split(code: str, where: str, value: str) -> tuple[str | None, str | None]:
    country, sector = split_code(code.replace(" ", "").replace("/", ""))
    if not (country or sector):
        raise UsageError(
            f"{where}: cannot read actor {value!r}: {code!r} is no country or sector code "
            f"(want e.g. USAGOV, 'General Scott [USAMIL]' or none)".lstrip(": ")
        )
    return country, sector


def parse_actor(value: str | None, where: str = "") -> ActorFix | None:
    """A corrected actor: ``none``, ``USAGOV``, ``words [USAGOV]`` or ``words``; None for
    an empty cell."""
    text = " ".join((value or "").split())
    if not text:
        return None
    if text.lower() in _NONE_WORDS:
        return ActorFix(absent=True)
    m = _BRACKETED.match(text)
    if m:
        country, sector = _split(m[2].upper(), where, text)
        return ActorFix(m[1] or None, country, sector)
    if _CODE_SHAPE.match(text):
        country, sector = split_code(text.replace(" ", "").replace("/", ""))
        if country or sector:
            return ActorFix(None, country, sector)
    return ActorFix(text)


def judge(
    row: AuditRow,
    verdict: str | None,
    *,
    corrected_code: str | None = None,
    corrected_source: str | None = None,
    corrected_target: str | None = None,
    note: str | None = None,
    where: str | None = None,
) -> AuditRow:
    """``row`` with this judgement, each value checked as the sheet reader checks it
    (``UsageError`` naming the row, or ``where``, for a bad one). ``verdict=None`` clears
    the verdict; corrections need a verdict."""
    where = where or row.where
    code = parse_code(corrected_code, f"{where}: corrected_code", allow_none=True)
    fixed = replace(
        row,
        verdict=parse_verdict(verdict, where),
        corrected_code=code,
        corrected_source=parse_actor(corrected_source, f"{where}: corrected_source"),
        corrected_target=parse_actor(corrected_target, f"{where}: corrected_target"),
        note=" ".join((note or "").split()),
    )
    corrected = (code is not None and code != row.code) or bool(
        fixed.corrected_source or fixed.corrected_target
    )
    if corrected and fixed.verdict is None:
        raise UsageError(f"{where}: a correction is filled in but the verdict is empty")
    if corrected and fixed.verdict == "right":
        raise UsageError(
            f"{where}: the verdict is right but a correction is filled in "
            f"(make it partial or wrong, or clear the correction)"
        )
    return fixed


# -- writing -------------------------------------------------------------------------------

_FORMULA = ("=", "+", "-", "@")


def escape(value: Any) -> str:
    """One cell's text: tabs, newlines and backslashes escaped, a formula start defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.3f}"
    text = str(value)
    text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r")
    text = text.replace("\n", "\\n")
    if text.startswith(_FORMULA) and not _NUMBER.match(text):
        text = "'" + text
    return text


_NUMBER = re.compile(r"^[-+]?\d+(?:[.,]\d+)?$")
_UNESCAPE = re.compile(r"\\(.)")


def unescape(text: str) -> str:
    """The cell's text as it was before ``escape``."""
    if text.startswith("'") and text[1:2] in _FORMULA:
        text = text[1:]
    return _UNESCAPE.sub(
        lambda m: {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}.get(m[1], m[0]), text
    )


def write_sheet(rows: Iterable[AuditRow], out: IO[str]) -> int:
    """Write the rows as TSV (header first); the number of rows written."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    n = 0
    for row in rows:
        cells = row.to_dict()
        writer.writerow([escape(cells[c]) for c in COLUMNS])
        n += 1
    return n


def sheet_text(rows: Iterable[AuditRow]) -> str:
    buf = io.StringIO()
    write_sheet(rows, buf)
    return buf.getvalue()


# -- reading -------------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"PK\x03\x04"):
        raise UsageError(
            f"{name} is a spreadsheet file (xlsx/ods): save it as tab-separated text (TSV) "
            f"or CSV and give that file"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in ("\t", ",", ";")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else "\t"


def _column_name(name: str) -> str:
    return "_".join(name.strip().lower().replace("-", " ").split())


def _int(value: str, where: str, what: str) -> int | None:
    text = value.strip()
    if not text:
        return None
    try:
        return int(float(text.replace(",", ".")))
    except ValueError:
        raise UsageError(f"{where}: {what} {value!r} is not a number") from None


def _float(value: str, where: str, what: str) -> float | None:
    text = value.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise UsageError(f"{where}: {what} {value!r} is not a number") from None


def _bool(value: str) -> bool:
    return value.strip().lower() in {"true", "1", "yes", "wahr", "vrai", "x"}


def _text(value: str) -> str | None:
    return value.strip() or None


def read_sheet(
    path: str | Path, *, required: Sequence[str] = ("event_id", "code", "verdict")
) -> list[AuditRow]:
    """The rows of a sheet written by ``write_sheet`` (and perhaps edited in a
    spreadsheet), every judgement checked. ``UsageError`` (one line) for a file that
    cannot be read, a missing ``required`` column, or a bad value (naming its row)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"no sheet at {p}") from None
    except OSError as exc:
        raise UsageError(f"cannot read {p}: {exc.strerror or exc}") from None
    text = _decode(data, str(p))
    if not text.strip():
        raise UsageError(f"{p} is empty (want the sheet `communique audit sample` wrote)")
    first = text.splitlines()[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    header = [_column_name(h) for h in next(reader)]
    missing = [c for c in required if c not in header]
    if missing:
        raise UsageError(
            f"{p}: missing column(s) {', '.join(missing)} "
            f"(the header has: {', '.join(h for h in header if h) or 'nothing'})"
        )
    rows: list[AuditRow] = []
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        values = {h: unescape(c) for h, c in zip(header, cells, strict=False) if h}
        rows.append(_row(values, f"{p.name} row {number}", number))
    return rows


def _row(v: dict[str, str], where: str, number: int) -> AuditRow:
    get = v.get
    code = parse_code(get("code", ""), f"{where}: code")
    if code is None:
        raise UsageError(f"{where}: the code cell is empty")
    row = AuditRow(
        event_id=(get("event_id") or "").strip() or f"row-{number}",
        code=code,
        sentence=get("sentence", ""),
        trigger=get("trigger", ""),
        source=_text(get("source", "")),
        source_country=_text(get("source_country", "")),
        source_sector=_text(get("source_sector", "")),
        target=_text(get("target", "")),
        target_country=_text(get("target_country", "")),
        target_sector=_text(get("target_sector", "")),
        quad_class=_int(get("quad_class", ""), where, "quad_class"),
        confidence=_float(get("confidence", ""), where, "confidence"),
        negated=_bool(get("negated", "")),
        reported=_bool(get("reported", "")),
        speaker=_text(get("speaker", "")),
        date=_text(get("date", "")),
        article_id=_text(get("article_id", "")),
        url=_text(get("url", "")),
        published=_text(get("published", "")),
        source_name=_text(get("source_name", "")),
        target_name=_text(get("target_name", "")),
        stratum=_text(get("stratum", "")),
        stratum_size=_int(get("stratum_size", ""), where, "stratum_size"),
        row=number,
    )
    if row.confidence is not None and not 0.0 <= row.confidence <= 1.0:
        raise UsageError(f"{where}: confidence {row.confidence} is not between 0 and 1")
    return judge(
        row,
        get("verdict"),
        where=where,
        corrected_code=get("corrected_code"),
        corrected_source=get("corrected_source"),
        corrected_target=get("corrected_target"),
        note=get("note"),
    )
