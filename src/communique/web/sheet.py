"""The judging sheet behind ``/audit``: the dashboard's one write path.

    JudgingSheet.open(path, db, n=100, seed=7, min_confidence=0.6)   the sheet, drawn if new
    sheet.rows() / sheet.row(number)                                  as the file is now
    sheet.save(number, verdict, corrected_code=..., ...)              one row's judgement

The sheet is the TSV of ``communique audit`` (``communique.audit.sheet``): rows are named
by their number in the file as a spreadsheet shows it (the header is row 1, so the first
event is row 2). A sheet that does not exist yet is drawn from the store with the
library's ``sample`` (by CAMEO root, at least one event a root, the server's confidence
threshold: what ``communique audit sample`` draws) through the dashboard's read-only
connection; the store itself is never written.

Writing: each judgement goes through ``communique.audit.judge`` (the checks the sheet
reader makes, so a bad value is a one-line ``UsageError`` naming the row and nothing is
written), then the whole sheet is written to a temporary file next to it and moved over
it (``os.replace``: a reader never sees half a file), under a lock so two requests never
interleave. The file is read again whenever it changed on disk (judged in a spreadsheet
meanwhile), so a write never undoes someone else's; a form names the event it judged,
and a row that is now another event is refused (``SheetChangedError``). The sheet is
written back as ``write_sheet`` writes it (UTF-8, tab-separated); columns it does not
know would be lost, so a sheet with any is refused when the server starts.
"""

from __future__ import annotations

import csv
import io
import os
import secrets
import stat
import tempfile
import threading
from pathlib import Path

from ..audit import (
    COLUMNS,
    AuditRow,
    Score,
    judge,
    read_sheet,
    sample,
    score,
    strata,
    write_sheet,
)
from ..errors import NotFoundError, UsageError
from ..query import Filters
from ..store import Store
from .db import Database


class SheetChangedError(UsageError):
    """The row asked for is not the event the request judged (the file changed)."""


def _header(path: Path) -> list[str]:
    """The sheet's column names, normalized as ``read_sheet`` reads them."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        text = data.decode("utf-8-sig", errors="replace")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max(("\t", ",", ";"), key=first.count)
    cells = next(csv.reader(io.StringIO(first), delimiter=delimiter), [])
    return ["_".join(c.strip().lower().replace("-", " ").split()) for c in cells]


def _write_atomically(path: Path, rows: list[AuditRow]) -> None:
    """``rows`` as the sheet at ``path``, replacing it in one step (same permissions)."""
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            write_sheet(rows, f)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class JudgingSheet:
    """The sheet file the ``/audit`` pages show and write; thread-safe."""

    def __init__(self, path: Path, *, created: str | None = None) -> None:
        self.path = path
        #: What ``open`` did when it drew the sample (None: the sheet was there).
        self.created = created
        #: A random token per server run: a write must carry it (``guard.py``).
        self.token = secrets.token_urlsafe(32)
        self._lock = threading.Lock()
        self._seen: tuple[int, int] | None = None
        self._rows: list[AuditRow] = []
        with self._lock:
            self._load()
        unknown = [c for c in _header(path) if c and c not in COLUMNS]
        if unknown:
            raise UsageError(
                f"{path} has columns the dashboard would not write back "
                f"({', '.join(unknown)}): judge that sheet in a spreadsheet, or give "
                f"--audit a sheet with only the columns `communique audit sample` writes"
            )
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise UsageError(f"cannot write {path}: the dashboard writes the verdicts into it")

    @classmethod
    def open(
        cls,
        path: str | Path,
        db: Database,
        *,
        n: int = 100,
        seed: int = 7,
        min_confidence: float = 0.6,
    ) -> JudgingSheet:
        """The sheet at ``path``; drawn from ``db`` (``n`` events, ``seed``) if there is
        none. ``UsageError`` (one line) for a sheet that cannot be read or written, or a
        store with nothing to sample."""
        p = Path(path)
        if p.is_dir():
            raise UsageError(f"--audit wants a sheet file, and {p} is a folder")
        if p.exists():
            return cls(p)
        if not p.parent.is_dir():
            raise UsageError(f"cannot create {p}: there is no folder {p.parent}")
        filters = Filters(min_confidence=min_confidence)
        with db.read() as r:
            store = Store(db.path, r.cursor, read_only=True)
            rows = sample(store, n, seed, filters=filters)
            sizes = strata(store, "root", filters)
        if not rows:
            raise UsageError(
                f"{db.path} holds no events at or above confidence {min_confidence:g} "
                f"to sample, so there is nothing to judge"
            )
        _write_atomically(p, rows)
        created = (
            f"sampled {len(rows)} of {sum(sizes.values())} events in {len(sizes)} strata "
            f"(by root, seed {seed}) into {p}"
        )
        return cls(p, created=created)

    # -- reading ---------------------------------------------------------------------------
    def _load(self) -> list[AuditRow]:
        """The rows as the file is now (read again only when it changed); in the lock."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            raise UsageError(f"the sheet {self.path} is gone (moved or deleted?)") from None
        seen = (st.st_mtime_ns, st.st_size)
        if seen != self._seen:
            self._rows = read_sheet(self.path, required=("event_id", "code"))
            self._seen = seen
        return self._rows

    def rows(self) -> list[AuditRow]:
        with self._lock:
            return list(self._load())

    def row(self, number: int) -> AuditRow:
        """The row numbered so in the sheet; ``NotFoundError`` for none."""
        return _find(self.rows(), number)[1]

    def score(self) -> Score | None:
        """The library's score of the verdicts so far (None before the first)."""
        rows = self.rows()
        return score(rows) if any(r.judged for r in rows) else None

    # -- writing ---------------------------------------------------------------------------
    def save(
        self,
        number: int,
        verdict: str | None,
        *,
        corrected_code: str | None = None,
        corrected_source: str | None = None,
        corrected_target: str | None = None,
        note: str | None = None,
        event_id: str | None = None,
    ) -> AuditRow:
        """Write one row's judgement (``verdict=None`` clears it); the row as saved.
        ``event_id``, when given, must be the row's event (else ``SheetChangedError``)."""
        with self._lock:
            rows = self._load()
            i, row = _find(rows, number)
            if event_id is not None and event_id != row.event_id:
                raise SheetChangedError(
                    f"row {number} of {self.path.name} is now event {row.event_id}, not "
                    f"{event_id} (the sheet was changed meanwhile): reload the page"
                )
            judged = judge(
                row,
                verdict,
                corrected_code=corrected_code,
                corrected_source=corrected_source,
                corrected_target=corrected_target,
                note=note,
            )
            _write_atomically(self.path, [*rows[:i], judged, *rows[i + 1 :]])
            self._seen = None
            return self._load()[i]


def _find(rows: list[AuditRow], number: int) -> tuple[int, AuditRow]:
    for i, row in enumerate(rows):
        if row.row == number:
            return i, row
    span = f"rows {rows[0].row} to {rows[-1].row}" if rows else "no rows"
    raise NotFoundError(f"no row {number} in the sheet (its events are {span})")


def next_unjudged(rows: list[AuditRow], after: int | None = None) -> int | None:
    """The number of the first unjudged row after row ``after`` (from the top again
    when there is none below it; never ``after`` itself), or None when all are judged."""
    waiting = [r.row for r in rows if not r.judged and r.row is not None and r.row != after]
    if not waiting:
        return None
    if after is None:
        return waiting[0]
    return next((n for n in waiting if n > after), waiting[0])
