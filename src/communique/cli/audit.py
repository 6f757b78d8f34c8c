"""``communique audit``: sample stored events to judge, score the verdicts, learn from them.

Thin commands over ``communique.audit`` (see its docstring for the method), registered on
the app as the ``audit`` group.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ._app import (
    ConfigOpt,
    CountryOpt,
    DbOpt,
    DictOpt,
    DyadOpt,
    LexiconOpt,
    MinConfOpt,
    ModelOpt,
    SinceOpt,
    UntilOpt,
    _check_confidence,
    _check_date,
    _pipeline,
    _settings,
    app,
    err,
)

audit_app = typer.Typer(
    help="Validate stored events by hand: sample them, score the verdicts, learn from the "
    "corrections.",
    no_args_is_help=True,
)
app.add_typer(audit_app, name="audit")


@audit_app.command("sample")
def audit_sample(
    n: Annotated[int, typer.Option("--n", "-n", help="How many events to sample.")] = 100,
    seed: Annotated[int, typer.Option("--seed", help="Random seed (same seed, same sample).")] = 7,
    by: Annotated[
        str, typer.Option("--by", help="Stratify by CAMEO root, quad class, or none.")
    ] = "root",
    min_per_stratum: Annotated[
        int,
        typer.Option("--min-per-stratum", help="Events each stratum gets at least, if n allows."),
    ] = 1,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the sheet here, not to stdout.")
    ] = None,
    db: DbOpt = None,
    country: CountryOpt = None,
    dyad: DyadOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    code: Annotated[
        str | None,
        typer.Option("--code", help="CAMEO code prefix (13, 1312) or PLOVER type (THREATEN)."),
    ] = None,
    min_confidence: MinConfOpt = None,
    config: ConfigOpt = None,
) -> None:
    """A stratified random sample of stored events as a TSV sheet to judge (stdout)."""
    from .. import audit, query
    from ..store import open_store

    settings = _settings(config, db=db, min_confidence=min_confidence)
    filters = query.Filters(
        country=country,
        dyad=dyad,
        since=_check_date(since, "--since"),
        until=_check_date(until, "--until"),
        code=code,
        min_confidence=_check_confidence(settings.min_confidence),
    )
    with open_store(settings.db, read_only=True, wait=settings.lock_wait) as store:
        rows = audit.sample(store, n, seed, by=by, filters=filters, min_per_stratum=min_per_stratum)
        sizes = audit.strata(store, by, filters)
    if out is not None:
        try:
            with out.open("w", encoding="utf-8", newline="") as f:
                audit.write_sheet(rows, f)
        except OSError as exc:
            raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from None
    else:
        audit.write_sheet(rows, sys.stdout)
    err.print(
        f"sampled {len(rows)} of {sum(sizes.values())} events in {len(sizes)} strata "
        f"(by {by}, seed {seed})" + (f" into {out}" if out else "")
    )


@audit_app.command("score")
def audit_score(
    sheet: Annotated[Path, typer.Argument(help="The judged sheet (TSV or CSV).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
) -> None:
    """Precision of the judged events, with Wilson 95% intervals.

    Overall, per CAMEO root, quad class, source country and confidence band.
    """
    from .. import audit

    if fmt not in ("table", "json", "csv"):
        raise UsageError(f"unknown output format {fmt!r}; use table, json or csv")
    result = audit.score(audit.read_sheet(sheet, required=("code", "verdict")))
    typer.echo(audit.render(result, fmt), nl=False)


@audit_app.command("learn")
def audit_learn(
    sheet: Annotated[Path, typer.Argument(help="The judged sheet (TSV or CSV).")],
    lexicon_out: Annotated[
        Path | None,
        typer.Option("--lexicon-out", help="Append the learned event patterns to this YAML file."),
    ] = None,
    actors_out: Annotated[
        Path | None,
        typer.Option("--actors-out", help="Append the learned actors to this YAML file."),
    ] = None,
    scan: Annotated[
        int,
        typer.Option("--scan", help="Extract at most this many stored articles again per entry."),
    ] = 500,
    db: DbOpt = None,
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
    actors: DictOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Turn judged corrections into lexicon and actor entries, and show what they change."""
    from .. import audit
    from ..audit.entries import LexiconEntry
    from ..audit.learn import learn, render, write_entries
    from ..store import open_store

    rows = audit.read_sheet(sheet)
    settings = _settings(config, db=db, model=model, lexicon=lexicon, actors=actors)
    pipeline = _pipeline(settings)
    with (
        open_store(settings.db, read_only=True, wait=settings.lock_wait) as store,
        err.status("learning…") as status,
    ):
        learning = learn(rows, store, pipeline, scan=scan, progress=status.update)
    typer.echo(render(learning), nl=False)
    n_lex, n_act = write_entries(learning, lexicon_out, actors_out, origin=sheet.name)
    for n, path, what in ((n_lex, lexicon_out, "event patterns"), (n_act, actors_out, "actors")):
        if path is not None and n:
            err.print(f"appended {n} {what} to {path}", markup=False)
    unwritten = [
        x
        for x in learning.kept
        if (lexicon_out is None and isinstance(x.entry, LexiconEntry))
        or (actors_out is None and not isinstance(x.entry, LexiconEntry))
    ]
    if unwritten:
        err.print(
            f"{len(unwritten)} kept entries not written: name the files with --lexicon-out "
            f"and --actors-out"
        )
