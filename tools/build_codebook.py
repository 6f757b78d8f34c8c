"""Build communique's CAMEO codebook tables from the public source files.

Usage (the source files are not part of the project; see src/communique/data/SOURCES.md):

    python tools/build_codebook.py CAMEO.eventcodes.txt CAMEO.goldsteinscale.txt \
        CAMEO2PLOVER-2021.txt src/communique/data

reads GDELT's CAMEO lookup tables (code -> description, code -> Goldstein score) and the
PLOVER 2021 crosswalk (openeventdata/PLOVER, CC BY-SA 4.0) and writes `cameo.tsv`
(code, root, name, goldstein, quad_class) and `cameo_plover.tsv` (cameo, plover_type,
plover_mode, plover_context), each with a header comment naming its sources.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

CAMEO_HEADER = """\
# CAMEO event codes (CAMEO 1.1b3, Schrodt, Gerner et al.) with Goldstein (1992) scores.
# Source: GDELT's lookup tables CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt
# (gdeltproject.org/data/lookups/), as published in github.com/mpiccirilli/UNDP-BCPR-Project
# @e009a802. Converted by tools/build_codebook.py. quad_class is derived from the root:
# 1 = 01-05 verbal cooperation, 2 = 06-08 material cooperation, 3 = 09-13 verbal conflict,
# 4 = 14-20 material conflict. See data/SOURCES.md.
"""

PLOVER_HEADER = """\
# CAMEO -> PLOVER 2021 event type, mode and context.
# Source: github.com/openeventdata/PLOVER @5e0c24fb, CAMEO2PLOVER-2021.txt (PLOVER manual
# draft 0.8, 17 September 2021, ed. Philip Schrodt), licensed CC BY-SA 4.0 by the Open Event
# Data Alliance; this derived table is shared under the same licence. Converted by
# tools/build_codebook.py. A two-digit root takes its section's type (08: CONCEDE, the first
# of its two sections); roots 01 and 02 have no PLOVER type. Empty mode/context = none.
"""


def quad_of_root(root: str) -> int:
    n = int(root)
    if 1 <= n <= 5:
        return 1
    if 6 <= n <= 8:
        return 2
    if 9 <= n <= 13:
        return 3
    if 14 <= n <= 20:
        return 4
    raise ValueError(root)


# Descriptions garbled in the GDELT file (a Mac Roman quote pair read as Latin-1).
FIXES = {"044": "Meet at a 'third' location"}


def read_pairs(path: Path) -> dict[str, str]:
    rows: dict[str, str] = {}
    for i, line in enumerate(path.read_text("utf-8").splitlines()):
        if i == 0 or not line.strip():
            continue  # header
        code, value = line.split("\t", 1)
        rows[code.strip()] = value.strip()
    return rows


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    rows: dict[str, tuple[str, str, str]] = {}
    for raw in path.read_text("utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("~"):
            continue
        m = re.fullmatch(r"(\d{2,4}):\s*(.*)", line)
        if not m:
            continue
        code, rest = m.groups()
        parts = [p.strip() for p in rest.split(",")] + ["", ""]
        plover_type, mode = parts[0], parts[1]
        context = ";".join(c.strip() for c in parts[2].split(";") if c.strip())
        if len(code) == 2:
            rows.setdefault(code, (plover_type, "", ""))  # 08 heads two sections: keep the first
        else:
            rows.setdefault(code, (plover_type, mode, context))
    return rows


def main(argv: list[str]) -> None:
    codes_path, gold_path, plover_path, out_dir = (Path(a) for a in argv)
    names = read_pairs(codes_path)
    gold = read_pairs(gold_path)
    plover = read_plover(plover_path)
    if set(names) != set(gold):
        raise SystemExit(f"code lists differ: {sorted(set(names) ^ set(gold))}")
    lines = [CAMEO_HEADER + "code\troot\tname\tgoldstein\tquad_class"]
    plines = [PLOVER_HEADER + "cameo\tplover_type\tplover_mode\tplover_context"]
    missing = []
    for code in sorted(names, key=lambda c: (c[:2], c)):
        root = code[:2]
        score = float(gold[code])
        name = FIXES.get(code, names[code])
        lines.append(f"{code}\t{root}\t{name}\t{score:.1f}\t{quad_of_root(root)}")
        if root in ("01", "02"):
            continue
        if code not in plover:
            missing.append(code)
            continue
        t, mode, context = plover[code]
        plines.append(f"{code}\t{t}\t{mode}\t{context}")
    out = Path(out_dir)
    (out / "cameo.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    (out / "cameo_plover.tsv").write_text("\n".join(plines) + "\n", "utf-8")
    extra = sorted(set(plover) - set(names))
    print(f"{len(names)} CAMEO codes, {len(plines) - 1} with a PLOVER type")
    print(f"CAMEO codes without PLOVER line: {missing}")
    print(f"PLOVER codes not in CAMEO: {extra}")


if __name__ == "__main__":
    main(sys.argv[1:])
