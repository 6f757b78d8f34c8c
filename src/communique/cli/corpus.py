"""Reading a corpus: ``ingest`` (into the database) and ``extract`` (JSON Lines, no database)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from ..errors import CommuniqueError, UsageError
from ..settings import Settings
from ._app import (
    ColumnOpt,
    ConfigOpt,
    DbOpt,
    DictOpt,
    FormatOpt,
    LexiconOpt,
    MinConfOpt,
    ModelOpt,
    PublishedOpt,
    _check_confidence,
    _check_date,
    _columns,
    _pipeline,
    _read,
    _settings,
    app,
    err,
)

if TYPE_CHECKING:
    pass


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

    from .. import jobs

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
    tally = jobs.Tally()
    try:
        with progress:
            task = progress.add_task("extracting", total=None)
            jobs.ingest(
                items,
                pipeline,
                settings.db,
                on_document=lambda _doc: progress.advance(task),
                tally=tally,
                wait=settings.lock_wait,
            )
    except (KeyboardInterrupt, CommuniqueError) as exc:
        # what was committed stays; say how far the run got before it ends
        why = "interrupted" if isinstance(exc, KeyboardInterrupt) else "stopped by an error"
        err.print(
            f"[bold]{escape(settings.db)}[/bold]: {why}; so far {tally.summary()} "
            f"(articles extracted since the last stored batch are not stored; the same "
            f"command again goes on from there)",
            highlight=False,
        )
        raise
    err.print(f"[bold]{escape(settings.db)}[/bold]: {tally.summary()}")
    for reason, example in sorted(tally.skipped_examples.items()):
        err.print(f"  skipped ({reason}), e.g. {example}", markup=False, highlight=False)


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
    from ..engines import raydata

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
    err.print(f"[bold]{escape(settings.db)}[/bold]: {run.tally.summary()}")
    for reason, example in sorted(run.tally.skipped_examples.items()):
        err.print(f"  skipped ({reason}), e.g. {example}", markup=False, highlight=False)


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
    from .. import jobs

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
