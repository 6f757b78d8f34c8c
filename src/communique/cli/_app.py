"""The ``communique`` app, its shared options and the helpers every command uses.

The commands live in the modules beside this one (``corpus``, ``query``, ``records``,
``tools``, ``serve``) and register themselves on ``app``; ``cli/__init__`` imports them
all and gives ``main``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.errors import MarkupError
from rich.logging import RichHandler

from .. import __version__
from ..errors import CommuniqueError, UsageError
from ..settings import Settings, load_settings

if TYPE_CHECKING:
    from ..models import Article, Skipped
    from ..pipeline import Pipeline


class _Console(Console):
    """A console whose line is printed as it is when it is not valid markup.

    A message with a file name or an option value in it may hold ``[/x]``, which rich
    takes for a closing tag: a one-line report must never turn into a traceback.
    Messages that quote the user's input escape it (``rich.markup.escape``); this is the
    net under those that do not.
    """

    def print(self, *objects: Any, **options: Any) -> None:
        try:
            super().print(*objects, **options)
        except MarkupError:
            super().print(*objects, **{**options, "markup": False})


err = _Console(stderr=True, soft_wrap=True)
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
MentionsOpt = Annotated[
    bool,
    typer.Option(
        "--mentions",
        help="Count mentions (one row per sentence that reports an event) instead of "
        "event records (one per event, however many articles report it).",
    ),
]
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
    from ..ingest import read_sources

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
    from ..ingest import parse_date

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
    from ..pipeline import Pipeline

    with err.status(f"loading {settings.model}…"):
        return Pipeline(settings)


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
