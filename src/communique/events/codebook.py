"""The CAMEO codebook: every CAMEO event code with its name, Goldstein score, quad class and
PLOVER 2021 type.

    codebook() -> dict[str, Code]     all 311 codes ("01" ... "204" ... "2042"), loaded once
    lookup(code) -> Code              one code; DataError if CAMEO has no such code
    quad_of_root(root) -> int         1 (roots 01-05), 2 (06-08), 3 (09-13), 4 (14-20)

The facts live in ``data/cameo.tsv`` (GDELT's CAMEO lookup tables) and
``data/cameo_plover.tsv`` (the PLOVER 2021 crosswalk); see ``data/SOURCES.md``. Roots 01
(statements) and 02 (appeals) have no PLOVER type.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import load_tsv
from ..errors import DataError


@dataclass(frozen=True)
class Code:
    """One CAMEO event code."""

    code: str  # "0312"
    root: str  # "03"
    name: str
    goldstein: float
    quad_class: int  # 1: roots 01-05, 2: 06-08, 3: 09-13, 4: 14-20
    plover: str | None  # PLOVER 2021 type, e.g. "AGREE"; None for roots 01/02
    plover_mode: str | None
    plover_context: str | None


def quad_of_root(root: str) -> int:
    """The quad class of a two-digit CAMEO root ("01".."20")."""
    try:
        n = int(root)
    except ValueError:
        n = 0
    if len(root) != 2 or not 1 <= n <= 20:
        raise DataError(f"unknown CAMEO root {root!r} (expected 01-20)")
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    return 3 if n <= 13 else 4


def _rows(name: str) -> list[list[str]]:
    return load_tsv(name)


@lru_cache(maxsize=1)
def codebook() -> dict[str, Code]:
    """All CAMEO codes by code string, loaded once from the shipped tables."""
    plover: dict[str, tuple[str | None, str | None, str | None]] = {}
    for row in _rows("cameo_plover.tsv"):
        cells = (row + ["", "", ""])[:4]
        plover[cells[0]] = (cells[1] or None, cells[2] or None, cells[3] or None)
    codes: dict[str, Code] = {}
    for code, root, name, goldstein, quad in _rows("cameo.tsv"):
        ptype, mode, context = plover.get(code, (None, None, None))
        codes[code] = Code(
            code=code,
            root=root,
            name=name,
            goldstein=float(goldstein),
            quad_class=int(quad),
            plover=ptype,
            plover_mode=mode,
            plover_context=context,
        )
    return codes


def lookup(code: str) -> Code:
    """The codebook entry for ``code``; DataError if CAMEO has no such code."""
    found = codebook().get(str(code).strip())
    if found is None:
        raise DataError(f"unknown CAMEO code {code!r}")
    return found
