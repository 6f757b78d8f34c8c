"""The commands over event records: ``pairs``, ``alerts``, ``stories`` and ``recode``.

Each parses its options and calls one library function
(``communique.records``, ``communique.recode``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ._app import (
    ConfigOpt,
    CountryOpt,
    DbOpt,
    DictOpt,
    LexiconOpt,
    MinConfOpt,
    ModelOpt,
    OutFmtOpt,
    SinceOpt,
    UntilOpt,
    _check_confidence,
    _check_date,
    _pipeline,
    _settings,
    _width,
    app,
    err,
)

OffsetOpt = Annotated[int, typer.Option("--offset", help="Skip this many rows first.")]


def pairs(
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    fmt: OutFmtOpt = "table",
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many pairs.")] = 20,
    offset: OffsetOpt = 0,
    min_confidence: MinConfOpt = None,
    config: ConfigOpt = None,
) -> None:
    """The most active country pairs: event records, quad classes, conflict share,
    cooperation-conflict index and Goldstein mean."""
    from .. import query
    from ..records import pairs as rank_pairs
    from ..store import open_store

    settings = _settings(config, db=db, min_confidence=min_confidence)
    threshold = _check_confidence(settings.min_confidence)
    since, until = _check_date(since, "--since"), _check_date(until, "--until")
    with open_store(settings.db, read_only=True, wait=settings.lock_wait) as store:
        rows = rank_pairs(
            store,
            since=since,
            until=until,
            country=country,
            min_confidence=threshold,
            limit=limit,
            offset=offset,
        )
    typer.echo(query.render(rows, fmt, width=_width()), nl=False)


def alerts(
    since: Annotated[
        str, typer.Option("--since", help="Start of the period to look at (YYYY-MM-DD).")
    ],
    db: DbOpt = None,
    until: Annotated[
        str | None,
        typer.Option("--until", help="End of the period (default: the last record's day)."),
    ] = None,
    baseline: Annotated[
        int, typer.Option("--baseline", help="Periods of the same length before it to compare.")
    ] = 8,
    threshold: Annotated[
        float, typer.Option("--threshold", help="Standard deviations above the baseline.")
    ] = 3.0,
    min_count: Annotated[
        int, typer.Option("--min-count", help="Conflict records the period needs at least.")
    ] = 3,
    fmt: OutFmtOpt = "table",
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many alerts.")] = 50,
    offset: OffsetOpt = 0,
    min_confidence: MinConfOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Country pairs whose conflict since --since departs from their own past, most
    surprising first, each with the event records behind it."""
    from .. import query
    from ..records import alerts as find_alerts
    from ..records import event_records
    from ..store import open_store

    settings = _settings(config, db=db, min_confidence=min_confidence)
    threshold_confidence = _check_confidence(settings.min_confidence)
    start = _check_date(since, "--since")
    assert start is not None
    end = _check_date(until, "--until")
    with open_store(settings.db, read_only=True, wait=settings.lock_wait) as store:
        rows = find_alerts(
            store,
            start,
            until=end,
            baseline=baseline,
            threshold=threshold,
            min_count=min_count,
            min_confidence=threshold_confidence,
            limit=limit,
            offset=offset,
        )
        if fmt != "table":
            typer.echo(query.render(rows, fmt), nl=False)
            return
        shown = [{k: v for k, v in row.items() if k != "record_ids"} for row in rows]
        typer.echo(query.render(shown, fmt, width=_width()), nl=False)
        for row in rows:
            behind = event_records(store, ids=row["record_ids"], limit=len(row["record_ids"]))
            typer.echo(f"\n{row['a']}-{row['b']}: {len(behind)} conflict records")
            typer.echo(query.render(behind, fmt, width=_width(), kind="records"), nl=False)


def stories(
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    min_articles: Annotated[
        int, typer.Option("--min-articles", help="Only stories with this many articles.")
    ] = 1,
    fmt: OutFmtOpt = "table",
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many stories.")] = 50,
    offset: OffsetOpt = 0,
    config: ConfigOpt = None,
) -> None:
    """Stories: groups of stored articles that are copies or versions of one text."""
    from .. import query
    from ..records import stories as list_stories
    from ..store import open_store

    settings = _settings(config, db=db)
    since, until = _check_date(since, "--since"), _check_date(until, "--until")
    with open_store(settings.db, read_only=True, wait=settings.lock_wait) as store:
        rows = list_stories(
            store, since=since, until=until, min_articles=min_articles, limit=limit, offset=offset
        )
    typer.echo(query.render(rows, fmt, width=_width()), nl=False)


def recode(
    db: DbOpt = None,
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
    actors: DictOpt = None,
    report: Annotated[
        Path | None, typer.Option("--report", help="Also write the change report as JSON here.")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Re-code every stored article with the current rules (the stored texts; sources are
    not read again) and report the event records added, removed, recoded and changed."""
    from ..recode import recode as run_recode
    from ..store import open_store

    settings = _settings(config, db=db, model=model, lexicon=lexicon, actors=actors)
    if not Path(settings.db).exists():
        raise UsageError(f"no database at {settings.db}; run `communique ingest` first")
    pipeline = _pipeline(settings)
    with open_store(settings.db, wait=settings.lock_wait) as store:
        result = run_recode(store, pipeline, batch_size=settings.batch_size)
    typer.echo(result.summary())
    if report is not None:
        report.write_text(
            json.dumps(result.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        err.print(f"report written to {report}", markup=False)


for _command in (pairs, alerts, stories, recode):
    app.command()(_command)
