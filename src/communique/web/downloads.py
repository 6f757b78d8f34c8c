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

import duckdb
import numpy as np
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


def download_rows(rows: list[dict[str, Any]], fmt: str, name: str) -> FileResponse:
    """Rows computed here (not one query) as a ``fmt`` file: through an in-memory DuckDB."""
    columns = list(rows[0]) if rows else ["period"]
    data = {c: _objects([row.get(c) for row in rows]) for c in columns}
    with duckdb.connect(config={"autoload_known_extensions": False}) as con:
        con.register("series", data)
        names = ", ".join(f'"{c}"' for c in columns)
        return _copy(con, f"SELECT {names} FROM series", [], fmt, name)


def _objects(values: list[Any]) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def download(
    r: Reader, sql: str, params: list[Any], total: int, fmt: str, name: str
) -> FileResponse:
    """``sql``'s rows as a ``fmt`` file named after ``name``."""
    if total > MAX_ROWS:
        raise UsageError(
            f"the list has {total:,} rows, more than the {MAX_ROWS:,} a download holds; "
            f"narrow the filters (or use `communique export`)"
        )
    return _copy(r, sql, params, fmt, name)


def _copy(target: Any, sql: str, params: list[Any], fmt: str, name: str) -> FileResponse:
    """``COPY (sql) TO`` a temporary file through ``target`` (a ``Reader`` or a DuckDB
    connection), answered as a download that deletes the file once sent."""
    options, media = FORMATS[fmt]
    handle, path = tempfile.mkstemp(prefix="communique-", suffix=f".{fmt}")
    os.close(handle)
    copy = f"COPY ({sql}) TO '{path}' {options}"
    try:
        if isinstance(target, Reader):
            target.run(copy, params)
        else:
            target.execute(copy, params)
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
