"""Measuring and explaining the coder: ``evaluate``, ``explain``, ``actors lookup``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ._app import (
    ConfigOpt,
    DictOpt,
    LexiconOpt,
    ModelOpt,
    PublishedOpt,
    _check_date,
    _pipeline,
    _settings,
    actors_app,
    app,
    err,
)

if TYPE_CHECKING:
    pass


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
    from ..evaluate import evaluate as run_evaluation
    from ..evaluate.split import check_half

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
        err.print(f"report written to {report}", markup=False)


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
    from ..explain import explain as explain_events

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
    from .. import actors as actor_stage

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
