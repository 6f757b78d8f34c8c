"""Rows as an aligned text table, drawn by rich (the one table renderer of the CLI).

    render_table(columns, rows, width=None, numeric=None) -> str

Text cells are cut with an ellipsis at ``MAX_CELL`` characters; numeric columns are right
aligned and never cut; when ``width`` is given the widest text columns are narrowed
(never below their header or 8 characters) until the table fits, if it can. No colour
or terminal codes: the result is plain text for stdout or a file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

#: Longest cell shown in a table (csv and json output are never cut).
MAX_CELL = 60
_GAP = 2  # spaces between columns
_UNBOUNDED = 100_000


def cell(value: Any) -> str:
    """A value as table text: empty for None, true/false, floats without trailing zeros."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return " ".join(str(value).split())


def _fit(widths: list[int], numeric: Sequence[bool], header: list[int], width: int) -> list[int]:
    widths = list(widths)
    floor = [max(h, 8) for h in header]
    while sum(widths) + _GAP * (len(widths) - 1) > width:
        text = [i for i, w in enumerate(widths) if not numeric[i] and w > floor[i]]
        if not text:
            break
        widest = max(text, key=lambda i: widths[i])
        widths[widest] -= 1
    return widths


def render_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    width: int | None = None,
    numeric: Sequence[bool] | None = None,
) -> str:
    """``rows`` under ``columns`` as text, fitted into ``width`` characters if given."""
    texts = [[cell(v) for v in r] for r in rows]
    if numeric is None:
        numeric = [
            all(isinstance(r[i], (int, float)) or r[i] is None for r in rows)
            for i in range(len(columns))
        ]
    widths = [
        max([len(c), *(len(r[i]) for r in texts)]) if numeric[i] else
        min(MAX_CELL, max([len(c), *(len(r[i]) for r in texts)]))
        for i, c in enumerate(columns)
    ]  # fmt: skip
    if width is not None:
        widths = _fit(widths, numeric, [len(c) for c in columns], width)
    table = Table(box=None, pad_edge=False, padding=(0, _GAP, 0, 0), show_header=True)
    for name, num, w in zip(columns, numeric, widths, strict=True):
        table.add_column(
            name, justify="right" if num else "left", width=w, no_wrap=True, overflow="ellipsis"
        )
    for r in texts:
        table.add_row(
            *(v if len(v) <= w else v[: w - 1] + "…" for v, w in zip(r, widths, strict=True))
        )
    out = io.StringIO()
    total = sum(widths) + _GAP * len(widths)
    console = Console(file=out, width=total, color_system=None, highlight=False)
    console.print(table)
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    rule = (" " * _GAP).join("-" * w for w in widths)
    return "\n".join([lines[0], rule, *lines[1:]]) + "\n"
