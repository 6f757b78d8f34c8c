"""Reading a corpus: ``ingest`` (into the database) and ``extract`` (JSON Lines, no database)."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer

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
    config: ConfigOpt = None,
) -> None:
    """Read articles, extract events, quotes, actors and dates, and store them in the database.

    Re-running on the same input stores nothing twice. Ends with a summary of what was
    stored and what was skipped, and why.
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
    )
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
