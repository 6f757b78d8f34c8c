"""A whole filtered list as a CSV or Parquet file: DuckDB writes it (``COPY … TO``) to a
temporary file that is sent and then deleted.

A download holds at most ``MAX_ROWS`` rows; a longer list is refused with a message to
narrow the filters (``communique export`` has no such limit).
"""

from __future__ import annotations

import os
import re
import tempfile
from typing import Any

from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from ..errors import UsageError
from .db import Reader

MAX_ROWS = 1_000_000
FORMATS = {
    "csv": ("(FORMAT csv, HEADER true)", "text/csv; charset=utf-8"),
    "parquet": ("(FORMAT parquet)", "application/vnd.apache.parquet"),
}


def check_format(fmt: str | None) -> str:
    """json, csv or parquet (json when not given); UsageError otherwise."""
    value = (fmt or "json").strip().lower()
    if value not in ("json", *FORMATS):
        raise UsageError(f"format must be json, csv or parquet, got {fmt!r}")
    return value


def download(
    r: Reader, sql: str, params: list[Any], total: int, fmt: str, name: str
) -> FileResponse:
    """``sql``'s rows as a ``fmt`` file named after ``name``."""
    if total > MAX_ROWS:
        raise UsageError(
            f"the list has {total:,} rows, more than the {MAX_ROWS:,} a download holds; "
            f"narrow the filters (or use `communique export`)"
        )
    options, media = FORMATS[fmt]
    handle, path = tempfile.mkstemp(prefix="communique-", suffix=f".{fmt}")
    os.close(handle)
    try:
        r.run(f"COPY ({sql}) TO '{path}' {options}", params)
    except BaseException:
        os.unlink(path)
        raise
    filename = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "communique"
    return FileResponse(
        path,
        media_type=media,
        filename=f"{filename}.{fmt}",
        background=BackgroundTask(os.unlink, path),
    )
