"""The ``communique`` command line: thin commands over the library.

Each command parses its options, builds ``Settings`` and calls one library function.
Data goes to stdout; logs, progress and summaries go to stderr. A ``CommuniqueError``
becomes one line on stderr and exit status 1 (2 for a usage mistake), never a traceback.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.logging import RichHandler

from . import __version__
from .errors import CommuniqueError, UsageError
from .settings import Settings, load_settings

if TYPE_CHECKING:
    from .models import Article, Skipped
    from .pipeline import Pipeline

err = Console(stderr=True, soft_wrap=True)
log = logging.getLogger("communique")

app = typer.Typer(
    name="communique",
    help=(
        "Political event data from news articles: CAMEO events (with Goldstein score, quad "
        "class and PLOVER type), quotations with their speakers, actors resolved to countries "
        "and sectors, and dates anchored to the publication date, stored in DuckDB."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
actors_app = typer.Typer(help="Inspect how actor phrases resolve.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")

# ---------------------------------------------------------------- shared options
DbOpt = Annotated[
    str | None, typer.Option("--db", help=Settings.help("db"), show_default="communique.duckdb")
]
ModelOpt = Annotated[
    str | None, typer.Option("--model", help=Settings.help("model"), show_default="en_core_web_sm")
]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="Config file (TOML).", show_default=False)
]
PublishedOpt = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none."),
]
FormatOpt = Annotated[
    str,
    typer.Option(
        "--input-format",
        help="auto, text, html, jsonl, csv, parquet, rss, warc or xml (LDC SGML, NITF, NewsML).",
    ),
]
ColumnOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--column", help="Map a field to a corpus column, e.g. --column text=body (repeatable)."
    ),
]
LexiconOpt = Annotated[list[str] | None, typer.Option("--lexicon", help=Settings.help("lexicon"))]
DictOpt = Annotated[list[str] | None, typer.Option("--actors", help=Settings.help("dictionaries"))]
CountryOpt = Annotated[
    str | None, typer.Option("--country", help="ISO alpha-3 country code, e.g. RUS.")
]
DyadOpt = Annotated[
    str | None, typer.Option("--dyad", help="Country pair, either direction, e.g. IND-RUS.")
]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).")]
OutFmtOpt = Annotated[str, typer.Option("--format", "-f", help="table, csv or json (JSON Lines).")]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", help="At most this many rows.")]
MinConfOpt = Annotated[
    float | None,
    typer.Option("--min-confidence", help=Settings.help("min_confidence"), show_default="0.5"),
]


def _settings(
    config: Path | None = None,
    *,
    lexicon: list[str] | None = None,
    actors: list[str] | None = None,
    **flags: Any,
) -> Settings:
    """Settings from defaults, config file and environment, with the CLI flags on top."""
    return load_settings(config).replace(
        lexicon=tuple(lexicon) if lexicon else None,
        dictionaries=tuple(actors) if actors else None,
        **flags,
    )


def _read(
    sources: list[str],
    settings: Settings,
    published: str | None,
    input_format: str,
    column: list[str] | None,
) -> Iterator[Article | Skipped]:
    from .ingest import read_sources

    return read_sources(
        sources,
        settings=settings,
        published=_check_date(published, "--published"),
        input_format=input_format,
        columns=_columns(column),
        stdin=sys.stdin.buffer,
    )


def _columns(pairs: list[str] | None) -> dict[str, str] | None:
    if not pairs:
        return None
    out: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field or not column:
            raise UsageError(f"--column takes FIELD=COLUMN, got {pair!r}")
        out[field.strip()] = column.strip()
    return out


def _check_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    from .ingest import parse_date

    try:
        return parse_date(value)
    except CommuniqueError as exc:
        raise UsageError(f"{option}: {exc}") from None


def _check_confidence(value: float) -> float:
    if not 0.0 <= value <= 1.0:
        raise UsageError(f"--min-confidence must be between 0 and 1, got {value}")
    return value


def _width() -> int:
    import shutil

    return max(80, shutil.get_terminal_size((160, 40)).columns)


def _pipeline(settings: Settings) -> Pipeline:
    from .pipeline import Pipeline

    with err.status(f"loading {settings.model}…"):
        return Pipeline(settings)


# ---------------------------------------------------------------- commands
@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URLs or - for stdin.")],
    db: DbOpt = None,
    published: PublishedOpt = None,
    input_format: FormatOpt = "auto",
    column: ColumnOpt = None,
    model: ModelOpt = None,
    n_process: Annotated[
        int | None, typer.Option("--n-process", help=Settings.help("n_process"))
    ] = None,
    batch_size: Annotated[
        int | None, typer.Option("--batch-size", help=Settings.help("batch_size"))
    ] = None,
    lexicon: LexiconOpt = None,
    actors: DictOpt = None,
    engine: Annotated[
        str | None, typer.Option("--engine", help=Settings.help("engine"), show_default="local")
    ] = None,
    address: Annotated[
        str | None, typer.Option("--address", help=Settings.help("ray_address"))
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", help=Settings.help("ray_workers"), show_default="2")
    ] = None,
    parquet: Annotated[
        Path | None,
        typer.Option("--parquet", help="Ray: keep the Parquet shards in this (empty) folder."),
    ] = None,
    no_store: Annotated[
        bool, typer.Option("--no-store", help="Ray: write the Parquet shards only, no database.")
    ] = False,
    config: ConfigOpt = None,
) -> None:
    """Read articles, extract events, quotes, actors and dates, and store them in the database.

    Re-running on the same input stores nothing twice. Ends with a summary of what was
    stored and what was skipped, and why. `--engine ray` runs on Ray (`pip install
    communique[ray]`): on this machine, or on the cluster at `--address`.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from . import jobs

    settings = _settings(
        config,
        db=db,
        model=model,
        n_process=n_process,
        batch_size=batch_size,
        lexicon=lexicon,
        actors=actors,
        engine=engine,
        ray_address=address,
        ray_workers=workers,
    )
    if settings.engine != "local" or parquet is not None or no_store:
        _ingest_engine(settings, sources, published, input_format, column, parquet, no_store)
        return
    items = _read(sources, settings, published, input_format, column)
    pipeline = _pipeline(settings)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    with progress:
        task = progress.add_task("extracting", total=None)
        tally = jobs.ingest(
            items, pipeline, settings.db, on_document=lambda _doc: progress.advance(task)
        )
    err.print(f"[bold]{settings.db}[/bold]: {tally.summary()}")
    for reason, example in sorted(tally.skipped_examples.items()):
        err.print(f"  skipped ({reason}), e.g. {example}")


def _ingest_engine(
    settings: Settings,
    sources: list[str],
    published: str | None,
    input_format: str,
    column: list[str] | None,
    parquet: Path | None,
    no_store: bool,
) -> None:
    """``ingest --engine ray``: Ray Data actors write Parquet shards, loaded into the store."""
    if settings.engine != "ray":
        if settings.engine != "local":
            raise UsageError(f"unknown engine {settings.engine!r}; use local or ray")
        raise UsageError("--parquet and --no-store go with --engine ray")
    from .engines import raydata

    with err.status(f"extracting on Ray with {settings.ray_workers} workers…"):
        run = raydata.run(
            sources,
            settings,
            published=_check_date(published, "--published"),
            input_format=input_format,
            columns=_columns(column),
            out=parquet,
            store=not no_store,
        )
    err.print(
        f"ray: started in {run.start_seconds:.1f} s, extracted in {run.extract_seconds:.1f} s, "
        f"loaded in {run.load_seconds:.1f} s ({run.workers} workers)",
        markup=False,
    )
    if no_store:
        err.print(f"Parquet shards in {run.shards}", markup=False)
        return
    if parquet is not None:
        err.print(f"Parquet shards kept in {run.shards}", markup=False)
    err.print(f"[bold]{settings.db}[/bold]: {run.tally.summary()}")
    for reason, example in sorted(run.tally.skipped_examples.items()):
        err.print(f"  skipped ({reason}), e.g. {example}")


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Files, folders, URLs or - for stdin.")],
    published: PublishedOpt = None,
    input_format: FormatOpt = "auto",
    column: ColumnOpt = None,
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
    actors: DictOpt = None,
    min_confidence: MinConfOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Print one JSON object per input document (JSON Lines), without a database."""
    from . import jobs

    settings = _settings(
        config,
        model=model,
        lexicon=lexicon,
        actors=actors,
        min_confidence=min_confidence,
    )
    _check_confidence(settings.min_confidence)
    items = _read(files, settings, published, input_format, column)
    pipeline = _pipeline(settings)
    tally = jobs.Tally()
    for doc in jobs.extract(items, pipeline, tally):
        doc = doc.confident(settings.min_confidence)
        sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    err.print(tally.summary(stored=False))


def _query(kind: str, db: str | None, config: Path | None, fmt: str, **filters: Any) -> None:
    from . import query
    from .store import open_store

    settings = _settings(config, db=db, min_confidence=filters.pop("min_confidence", None))
    if kind == "events":
        filters["min_confidence"] = _check_confidence(settings.min_confidence)
    for opt in ("since", "until"):
        filters[opt] = _check_date(filters.get(opt), f"--{opt}")
    with open_store(settings.db, read_only=True) as store:
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
    min_confidence: MinConfOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List stored events: who did what to whom, when, and the sentence it came from."""
    _query(
        "events",
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
    freq: Annotated[str, typer.Option("--freq", help="day, week, month or year.")] = "month",
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: OutFmtOpt = "table",
    min_confidence: MinConfOpt = None,
    config: ConfigOpt = None,
) -> None:
    """The time series of events between two countries: counts, direction, Goldstein, quad classes."""
    from . import query
    from .store import open_store

    a, b = query.parse_dyad(pair)
    since, until = _check_date(since, "--since"), _check_date(until, "--until")
    settings = _settings(config, db=db, min_confidence=min_confidence)
    threshold = _check_confidence(settings.min_confidence)
    with open_store(settings.db, read_only=True) as store:
        rows = query.dyad_series(
            store, a, b, freq=freq, since=since, until=until, min_confidence=threshold
        )
        typer.echo(query.render(rows, fmt, width=_width()), nl=False)


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl or parquet.")] = "csv",
    table: Annotated[
        str, typer.Option("--table", help="events, quotes, articles, actors or dates.")
    ] = "events",
    db: DbOpt = None,
    country: CountryOpt = None,
    dyad: DyadOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Export a table of the database as CSV, JSON Lines or Parquet."""
    from . import export as export_mod
    from . import query
    from .store import open_store

    settings = _settings(config, db=db)
    filters = query.Filters(
        country=country,
        dyad=dyad,
        since=_check_date(since, "--since"),
        until=_check_date(until, "--until"),
    )
    with open_store(settings.db, read_only=True) as store:
        n = export_mod.export(store, out, fmt=fmt, table=table, filters=filters)
    err.print(f"wrote {n} {table} rows to {out}")


@app.command()
def info(db: DbOpt = None, model: ModelOpt = None, config: ConfigOpt = None) -> None:
    """Versions, the spaCy model, and what the database holds."""
    import duckdb
    import spacy

    from .nlp import resolve_model_name

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
        from .store import open_store

        with open_store(db_path, read_only=True) as store:
            stats = store.stats()
        lines.append(f"database {db_path}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    else:
        lines.append(f"database {db_path}: not created yet")
    typer.echo("\n".join(lines))


@app.command()
def evaluate(
    kind: Annotated[str, typer.Argument(help="events, quotes, dates, actors or article.")],
    gold: Annotated[
        Path,
        typer.Argument(help="Gold file (JSONL), an article annotation (YAML) or a folder of them."),
    ],
    report: Annotated[
        Path | None, typer.Option("--report", help="Also write the report as JSON here.")
    ] = None,
    predictions: Annotated[
        Path | None,
        typer.Option(
            "--predictions",
            help="Score this extract output (JSONL) instead of running the pipeline.",
        ),
    ] = None,
    half: Annotated[
        str,
        typer.Option(
            "--half",
            help="tune, check or all: the records whose id hashes to that half "
            "(rules are written from tune errors; check is what is reported).",
        ),
    ] = "all",
    texts: Annotated[
        Path | None,
        typer.Option(
            "--texts",
            help="Articles: the folder the annotations' `article:` paths are under "
            "(default: the annotation's own folder). JSON Lines gold that stores ids and "
            "annotations only: the gold file whose records give `text` and `published`.",
        ),
    ] = None,
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Score the pipeline against a gold set: precision, recall, F1 and the worst misses."""
    from .evaluate import evaluate as run_evaluation
    from .evaluate.split import check_half

    check_half(half)
    settings = _settings(config, model=model)
    pipeline = None if predictions else _pipeline(settings)
    result = run_evaluation(
        kind, gold, pipeline=pipeline, predictions=predictions, half=half, texts=texts
    )
    typer.echo(result.render())
    if report is not None:
        report.write_text(
            json.dumps(result.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        err.print(f"report written to {report}")


@app.command()
def explain(
    sentence: Annotated[str, typer.Argument(help="A sentence (or short text) to code.")],
    published: PublishedOpt = None,
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
    actors: DictOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show the parse, the actors, the patterns that fired and the events that resulted."""
    from .explain import explain as explain_events

    settings = _settings(
        config,
        model=model,
        lexicon=lexicon,
        actors=actors,
    )
    typer.echo(
        explain_events(
            sentence, _pipeline(settings), published=_check_date(published, "--published")
        )
    )


@actors_app.command("lookup")
def actors_lookup(
    phrase: Annotated[
        str, typer.Argument(help='An actor phrase, e.g. "Indian Ambassador Vinay Kumar".')
    ],
    date: Annotated[
        str | None, typer.Option("--date", help="Resolve as of this date (YYYY-MM-DD).")
    ] = None,
    actors: DictOpt = None,
    model: ModelOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show how a phrase resolves to country, sector and code, and why."""
    from . import actors as actor_stage

    settings = _settings(config, model=model, actors=actors)
    pipeline = _pipeline(settings)
    found = actor_stage.lookup(
        phrase, pipeline.knowledge, pipeline.nlp, date=_check_date(date, "--date")
    )
    if not found:
        typer.echo(f"{phrase!r}: no actor found")
    for m in found:
        typer.echo(
            f"{m.text!r}: name={m.name} country={m.country} sector={m.sector} code={m.code}"
            f"  ({m.how or m.kind})"
        )


@app.command()
def watch(
    feeds: Annotated[
        Path, typer.Argument(help="A file of RSS/Atom feed or sitemap URLs, one a line.")
    ],
    db: DbOpt = None,
    every: Annotated[
        str | None, typer.Option("--every", help=Settings.help("every"), show_default="15m")
    ] = None,
    cycles: Annotated[
        int | None,
        typer.Option("--cycles", help="Stop after this many cycles (default: until a signal)."),
    ] = None,
    delay: Annotated[
        float | None,
        typer.Option("--delay", help=Settings.help("host_delay"), show_default="1.0"),
    ] = None,
    max_backoff: Annotated[
        str | None,
        typer.Option("--max-backoff", help=Settings.help("max_backoff"), show_default="1d"),
    ] = None,
    timeout: Annotated[
        float | None, typer.Option("--timeout", help=Settings.help("timeout"), show_default="20")
    ] = None,
    user_agent: Annotated[
        str | None, typer.Option("--user-agent", help=Settings.help("user_agent"))
    ] = None,
    model: ModelOpt = None,
    lexicon: LexiconOpt = None,
    actors: DictOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Watch feeds: every cycle, fetch new entries politely and store them (one log line a cycle).

    Conditional GETs (ETag / If-Modified-Since); robots.txt and a per-host delay; a failing
    feed backs off exponentially. State is kept in the database, so a restart goes on where
    it stopped. SIGTERM or Ctrl-C finishes the current article and exits.
    """
    import datetime as dt

    from . import watch as watch_mod

    if cycles is not None and cycles < 1:
        raise UsageError(f"--cycles must be at least 1, got {cycles}")
    settings = _settings(
        config,
        db=db,
        every=every,
        host_delay=delay,
        max_backoff=max_backoff,
        timeout=timeout,
        user_agent=user_agent,
        model=model,
        lexicon=lexicon,
        actors=actors,
    )
    watch_mod.parse_duration(settings.every, "--every")
    watch_mod.parse_duration(settings.max_backoff, "--max-backoff")
    urls = watch_mod.read_feed_list(feeds)
    pipeline = _pipeline(settings)

    def on_cycle(report: watch_mod.CycleReport) -> None:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        err.print(f"{stamp} {report.line()}", markup=False, highlight=False)

    result = watch_mod.watch(urls, pipeline, settings, cycles=cycles, on_cycle=on_cycle)
    if result.signal:
        err.print(f"stopped by {result.signal}; {settings.db} is consistent", markup=False)


@app.command("feeds")
def feeds_cmd(db: DbOpt = None, fmt: OutFmtOpt = "table", config: ConfigOpt = None) -> None:
    """Each watched feed's state: last check and success, failures, back-off, URLs and stored."""
    from . import query
    from .store import open_store
    from .store.feeds import feed_rows

    settings = _settings(config, db=db)
    with open_store(settings.db, read_only=True) as store:
        rows = feed_rows(store)
    if fmt == "table":
        drop = ("etag", "last_modified", "last_error")
        rows = [{k: v for k, v in row.items() if k not in drop} for row in rows]
    typer.echo(query.render(rows, fmt, width=_width()), nl=False)


@app.callback(invoke_without_command=True)
def _root(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log more to stderr.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=err, show_time=False, show_path=False)],
    )
    if version:
        typer.echo(f"communique {__version__}")
        raise typer.Exit()


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, turning user errors into one line and an exit status."""
    try:
        app(args=argv, prog_name="communique")
    except CommuniqueError as exc:
        err.print(f"[red]communique: error:[/red] {exc}", highlight=False, soft_wrap=True)
        return 2 if isinstance(exc, UsageError) else 1
    except SystemExit as exc:  # typer exits on its own after a command or a usage error
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        err.print("interrupted")
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
