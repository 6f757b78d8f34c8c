"""The ``communique`` command line: thin commands over the library.

Each command parses its options, builds ``Settings`` and calls one library function.
Data goes to stdout; logs, progress and summaries go to stderr. A ``CommuniqueError``
becomes one line on stderr and exit status 1 (2 for a usage mistake), never a traceback.

Modules: ``_app`` (the app, shared options and helpers), ``corpus`` (ingest, extract),
``query`` (articles, events, quotes, dyad, export, info), ``records`` (pairs, alerts,
stories, recode), ``tools`` (evaluate, explain, actors lookup), ``serve``, ``audit``
(sample, score, learn), ``watch`` (watch, feeds).
"""

from __future__ import annotations

from rich.markup import escape

from ..errors import CommuniqueError, UsageError
from . import audit, corpus, query, records, serve, tools, watch  # noqa: F401  (they register)
from ._app import app, err

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, turning user errors into one line and an exit status."""
    try:
        app(args=argv, prog_name="communique")
    except CommuniqueError as exc:
        err.print(
            f"[red]communique: error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True
        )
        return 2 if isinstance(exc, UsageError) else 1
    except SystemExit as exc:  # typer exits on its own after a command or a usage error
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        err.print("interrupted")
        return 130
    return 0
