"""Validating stored event data by hand: sample, judge, score, learn.

    sample(store, n, seed, by="root", filters=None, min_per_stratum=1) -> list[AuditRow]
    write_sheet(rows, out) / read_sheet(path) -> list[AuditRow]     the judging sheet (TSV)
    judge(row, verdict, corrected_code=..., corrected_source=..., ...) -> AuditRow
    score(rows) -> Score        precision with Wilson 95% intervals, overall and per group
    communique.audit.learn.learn(rows, store, pipeline) -> Learning   the corrections loop

Modules, in the order a researcher uses them: ``sample`` (a stratified random sample of
stored events, reproducible for a seed), ``sheet`` (the TSV a judge fills in, and the
checks on what was written), ``score`` (the statistics), ``entries`` (corrections →
lexicon and actor entries), ``replay`` (stored articles extracted again, with and without
them) and ``learn`` (the loop, its report and the files it writes). ``sample``, ``sheet``
and ``score`` load no spaCy model; ``learn`` needs a ``Pipeline``.
"""

from __future__ import annotations

from .sample import STRATA, allocate, sample, strata
from .score import Estimate, Score, Share, render, score, wilson
from .sheet import COLUMNS, VERDICTS, ActorFix, AuditRow, judge, read_sheet, write_sheet

__all__ = [
    "COLUMNS",
    "STRATA",
    "VERDICTS",
    "ActorFix",
    "AuditRow",
    "Estimate",
    "Score",
    "Share",
    "allocate",
    "judge",
    "read_sheet",
    "render",
    "sample",
    "score",
    "strata",
    "wilson",
    "write_sheet",
]
