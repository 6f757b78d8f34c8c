"""The ASGI application: the pages, the API, the static files, and how errors are answered.

Errors: a bad parameter is 400 (and 404 for an unknown event, article or address), a
database that is busy or too slow is 503, each with one line saying what to do — as JSON
``{"error": ...}`` under ``/api/`` and as a page elsewhere. Anything unexpected is logged
with its traceback on the server and answered 500 with a short message, never the
traceback. Every answer forbids framing and loading anything but this server's own files
(Content-Security-Policy), and only requests addressed to the host the server is bound to
(or localhost) are answered, so another web site cannot read the database through a
visitor's browser (DNS rebinding).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..errors import (
    CommuniqueError,
    DatabaseBusyError,
    NotFoundError,
    QueryTimeoutError,
    UsageError,
)
from ..settings import Settings
from . import api, pages
from .db import Database
from .deps import known_only

if TYPE_CHECKING:
    from ..pipeline import Pipeline

log = logging.getLogger("communique.web")
HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'self'"
)
LOCAL_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"]


def status_of(exc: CommuniqueError) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, UsageError):
        return 400
    if isinstance(exc, (DatabaseBusyError, QueryTimeoutError)):
        return 503
    return 503  # the database cannot be read: not the request's fault


def _problem(exc: RequestValidationError) -> str:
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(x) for x in first.get("loc", ())[1:]) or "request"
    got = first.get("input")
    return f"{where}: {first.get('msg', 'invalid value')}" + (
        f" (got {got!r})" if isinstance(got, (str, int, float)) else ""
    )


def create_app(
    db: Database | str | Path,
    *,
    host: str = "127.0.0.1",
    min_confidence: float | None = None,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
) -> FastAPI:
    """The dashboard over ``db`` (a ``Database`` or a path to a store). Event lists and
    series leave out events below ``min_confidence`` unless a request sets its own (default: the setting). The
    pipeline that codes a sentence again on request (``coding.py``) is ``pipeline``, or
    one loaded with ``settings`` when first needed."""
    database = db if isinstance(db, Database) else Database(db)
    app = FastAPI(
        title="communique",
        version=__version__,
        summary="Political event data from news articles: events, quotations, country pairs.",
        docs_url=None,  # the stock docs pages load scripts from the internet
        redoc_url=None,
        openapi_url="/api/openapi.json",
        dependencies=[Depends(known_only)],
    )
    app.state.db = database
    app.state.min_confidence = (
        (settings or Settings()).min_confidence if min_confidence is None else min_confidence
    )
    app.state.settings = settings
    app.state.pipeline = pipeline
    hosts = list(dict.fromkeys([*LOCAL_HOSTS, host, "testserver"]))
    if host in ("0.0.0.0", "::"):
        hosts = ["*"]
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)

    @app.middleware("http")
    async def headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def answer(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/") or request.url.path == "/api":
            return JSONResponse({"error": message, "status": status}, status_code=status)
        return pages.error_page(request, status, message)

    @app.exception_handler(CommuniqueError)
    async def known(request: Request, exc: CommuniqueError) -> Response:
        return answer(request, status_of(exc), str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return answer(request, 400, _problem(exc))

    @app.exception_handler(HTTPException)
    async def http(request: Request, exc: HTTPException) -> Response:
        message = {404: f"no page at {request.url.path}", 405: "method not allowed"}.get(
            exc.status_code, str(exc.detail)
        )
        return answer(request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("error answering %s", request.url)
        return answer(request, 500, "internal error (logged on the server); please report it")

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app
