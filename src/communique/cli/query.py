"""Questions to the database: ``articles``, ``events``, ``quotes``, ``dyad``, ``export``, ``info``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .. import __version__
from ..errors import CommuniqueError, UsageError
from ._app import (
    ConfigOpt,
    CountryOpt,
    DbOpt,
    DyadOpt,
    LimitOpt,
    MentionsOpt,
    MinConfOpt,
    ModelOpt,
    OutFmtOpt,
    SinceOpt,
    UntilOpt,
    _check_confidence,
    _check_date,
    _settings,
    _width,
    app,
    err,
)

if TYPE_CHECKING:
    pass


def _query(kind: str, db: str | None, config: Path | None, fmt: str, **filters: Any) -> None:
    from .. import query
    from ..store import open_store

    settings = _settings(config, db=db, min_confidence=filters.pop("min_confidence", None))
    if kind in ("events", "records"):
        filters["min_confidence"] = _check_confidence(settings.min_confidence)
    for opt in ("since", "until"):
        filters[opt] = _check_date(filters.get(opt), f"--{opt}")
    with open_store(settings.db, read_only=True, wait=settings.lock_wait) as store:
        if kind == "records":
            from ..records import event_records

            rows = event_records(
                store,
                query.Filters(**{k: v for k, v in filters.items() if k != "limit"}),
                limit=filters.get("limit"),
                unbounded=True,
            )
        else:
            rows = getattr(query, kind)(store, query.Filters(**filters))
        typer.echo(query.render(rows, fmt, width=_width(), kind=kind), nl=False)


@app.command()
def articles(
    db: DbOpt = None,
    country: CountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    text: Annotated[
        str | None, typer.Option("--text", help="Words that must all occur in the article.")
    ] = None,
    fmt: OutFmtOpt = "table",
    limit: LimitOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List stored articles."""
    _query(
        "articles",
        db,
        config,
        fmt,
        country=country,
        since=since,
        until=until,
        text=text,
        limit=limit,
    )


@app.command()
def events(
    db: DbOpt = None,
    country: CountryOpt = None,
    dyad: DyadOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    code: Annotated[
        str | None,
        typer.Option("--code", help="CAMEO code prefix (13, 1312) or PLOVER type (THREATEN)."),
    ] = None,
    article: Annotated[str | None, typer.Option("--article", help="Only this article id.")] = None,
    fmt: OutFmtOpt = "table",
    limit: LimitOpt = None,
    mentions: MentionsOpt = False,
    min_confidence: MinConfOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List event records: who did what to whom, when, how many articles and outlets
    report it, and its most confident sentence (--mentions: every reporting sentence)."""
    _query(
        "events" if mentions else "records",
        db,
        config,
        fmt,
        country=country,
        dyad=dyad,
        since=since,
        until=until,
        code=code,
        article=article,
        limit=limit,
        min_confidence=min_confidence,
    )


@app.command()
def quotes(
    db: DbOpt = None,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Part of the speaker's name, e.g. Peskov.")
    ] = None,
    country: CountryOpt = None,
    text: Annotated[
        str | None, typer.Option("--text", help="Words that must all occur in the quote.")
    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    article: Annotated[str | None, typer.Option("--article", help="Only this article id.")] = None,
    fmt: OutFmtOpt = "table",
    limit: LimitOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List stored quotations with their speakers."""
    _query(
        "quotes",
        db,
        config,
        fmt,
        speaker=speaker,
        country=country,
        text=text,
        since=since,
        until=until,
        article=article,
        limit=limit,
    )


@app.command()
def dyad(
    pair: Annotated[str, typer.Argument(help="Country pair, e.g. IND-RUS.")],
    db: DbOpt = None,
    freq: Annotated[
        str, typer.Option("--freq", help="day, week, month, quarter or year.")
    ] = "month",
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: OutFmtOpt = "table",
    mentions: MentionsOpt = False,
    min_confidence: MinConfOpt = None,
    config: ConfigOpt = None,
) -> None:
    """The country pair per period: event records by quad class, Goldstein mean and sum,
    the cooperation-conflict index both ways and its asymmetry (see README)."""
    from .. import query
    from ..records import dyad as record_dyad
    from ..store import open_store

    a, b = query.parse_dyad(pair)
    since, until = _check_date(since, "--since"), _check_date(until, "--until")
    settings = _settings(config, db=db, min_confidence=min_confidence)
    threshold = _check_confidence(settings.min_confidence)
    with open_store(settings.db, read_only=True, wait=settings.lock_wait) as store:
        series = query.dyad_series if mentions else record_dyad
        rows = series(store, a, b, freq=freq, since=since, until=until, min_confidence=threshold)
        if not mentions and fmt == "table":
            from ..records.indices import SHORT_NAMES

            keep = query.TABLE_COLUMNS["dyad"]
            rows = [{SHORT_NAMES.get(k, k): row[k] for k in keep} for row in rows]
        typer.echo(query.render(rows, fmt, width=_width()), nl=False)


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="csv, jsonl, parquet or gdelt.")
    ] = "csv",
    table: Annotated[
        str, typer.Option("--table", help="events, quotes, articles, actors or dates.")
    ] = "events",
    db: DbOpt = None,
    country: CountryOpt = None,
    dyad: DyadOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    mentions: MentionsOpt = False,
    min_confidence: MinConfOpt = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the output file if it exists.")
    ] = False,
    config: ConfigOpt = None,
) -> None:
    """Export a table of the database as CSV, JSON Lines or Parquet, or the event records
    as a GDELT 2.0 Events file (--format gdelt: 61 tab-separated columns, no header).

    Events are exported as event records unless --mentions is given. An existing output
    file is left alone unless --force is given.
    """
    from .. import export as export_mod
    from .. import query
    from ..store import open_store

    if (out.exists() or out.is_symlink()) and not out.is_dir() and not force:
        raise UsageError(f"{out} already exists; use --force to replace it")
    if table == "events" and not mentions:
        table = "records"

    settings = _settings(config, db=db)
    filters = query.Filters(
        country=country,
        dyad=dyad,
        since=_check_date(since, "--since"),
        until=_check_date(until, "--until"),
        # an export keeps every row unless a threshold is asked for
        min_confidence=_check_confidence(min_confidence)
        if min_confidence is not None and table in ("events", "records")
        else None,
    )
    with open_store(settings.db, read_only=True, wait=settings.lock_wait) as store:
        if fmt.lower() == "gdelt":
            from ..records import export_gdelt

            if table != "records":
                raise UsageError("--format gdelt writes event records; drop --table/--mentions")
            n = export_gdelt(store, out, filters)
        else:
            n = export_mod.export(store, out, fmt=fmt, table=table, filters=filters)
    err.print(f"wrote {n} {table} rows to {out}", markup=False)


@app.command()
def info(db: DbOpt = None, model: ModelOpt = None, config: ConfigOpt = None) -> None:
    """Versions, the spaCy model, and what the database holds."""
    import duckdb
    import spacy

    from ..nlp import resolve_model_name

    settings = _settings(config, db=db, model=model)
    lines = [
        f"communique {__version__}",
        f"python {sys.version.split()[0]}",
        f"spacy {spacy.__version__}",
        f"duckdb {duckdb.__version__}",
    ]
    try:
        lines.append(f"model {resolve_model_name(settings.model)} (setting: {settings.model})")
    except CommuniqueError as exc:
        lines.append(f"model: {exc}")
    db_path = Path(settings.db)
    if db_path.exists():
        from ..store import open_store
        from ..store.info import coders, grouped

        with open_store(db_path, read_only=True, wait=settings.lock_wait) as store:
            stats = store.stats()
            groups = grouped(store)
            stamps = coders(store)
        lines.append(f"database {db_path}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
        lines.append(f"grouped: {groups['records']} event records, {groups['stories']} stories")
        for stamp in stamps:
            lines.append(
                f"coder {stamp['id']}: communique {stamp['communique']}, model "
                f"{stamp['model']} {stamp['model_version']}, tables {stamp['tables']}; "
                f"{stamp['articles']} articles, {stamp['events']} events"
            )
    else:
        lines.append(f"database {db_path}: not created yet")
    typer.echo("\n".join(lines))
