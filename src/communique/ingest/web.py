"""http(s) URLs: fetched with httpx, then read like a file of the same content.

One client serves a whole batch (connection reuse). Every network wait (connect, each
read) is capped at ``settings.timeout`` and a whole fetch, redirects and headers
included, at twice that: a server that trickles its answer a byte at a time is cut off
at that deadline (``_Deadline`` shortens each socket wait to the time left). A fetch
follows at most 10 redirects, sends ``settings.user_agent`` and stops reading at
``settings.max_bytes`` of content (a ``Content-Length`` over it is refused before the
body is read). A gzip or deflate body is inflated here, never past ``max_bytes``, so a
gzip bomb costs no more memory than the cap; any other ``Content-Encoding`` is refused.
Failures are per-document skips: ``http-404`` (``http-<status>`` for any other
error status), ``timeout``, ``too-large``, ``bad-gzip`` (a body that does not inflate)
and ``fetch-error`` (DNS, refused connection, TLS, too many redirects, a redirect to
another scheme than http(s), an unknown encoding). ``headers`` adds request headers (``communique watch`` sends
``If-None-Match``/``If-Modified-Since``); a ``304 Not Modified`` comes back as a
``Fetched`` with ``status`` 304 and no data, and ``etag``/``last_modified`` carry the
validators a server sent.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..models import Skipped
from ..settings import Settings


@dataclass(frozen=True)
class Fetched:
    """A fetched document: its bytes, final URL and ``Content-Type`` header."""

    url: str
    final_url: str
    data: bytes
    content_type: str
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None

    @property
    def charset(self) -> str | None:
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset":
                return value.strip().strip("\"'") or None
        return None

    @property
    def media_type(self) -> str:
        return self.content_type.split(";", 1)[0].strip().lower()


def is_url(source: str) -> bool:
    low = source[:8].lower()
    return low.startswith("http://") or low.startswith("https://")


def make_client(settings: Settings) -> Any:
    """An httpx client configured from the settings (close it after the batch)."""
    import httpx

    client = httpx.Client(
        follow_redirects=True,
        timeout=httpx.Timeout(settings.timeout),
        headers={
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,"
            "application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Encoding": "gzip, deflate",
        },
        max_redirects=10,
    )
    for transport in (client._transport, *client._mounts.values()):
        pool = getattr(transport, "_pool", None)
        if pool is not None:
            pool._network_backend = _Deadline(pool._network_backend)
    return client


# --- one deadline for a whole fetch ---------------------------------------------------

#: The monotonic time the fetch running in this thread must end by (``fetch`` sets it).
_DEADLINE = threading.local()


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    """A socket wait: ``timeout``, but no longer than the fetch has left."""
    at: float | None = getattr(_DEADLINE, "at", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise error("the fetch ran past its deadline")
    return left if timeout is None else min(timeout, left)


def _Deadline(inner: Any) -> Any:  # noqa: N802 - builds a class over httpcore's base
    """httpcore's network backend with every socket wait cut to the fetch's time left."""
    import httpcore

    class Stream(httpcore.NetworkStream):
        def __init__(self, stream: Any) -> None:
            self.stream = stream

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return bytes(self.stream.read(max_bytes, _left(timeout, httpcore.ReadTimeout)))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self.stream.write(buffer, _left(timeout, httpcore.WriteTimeout))

        def close(self) -> None:
            self.stream.close()

        def start_tls(
            self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
        ) -> Any:
            left = _left(timeout, httpcore.ConnectTimeout)
            return Stream(self.stream.start_tls(ssl_context, server_hostname, left))

        def get_extra_info(self, info: str) -> Any:
            return self.stream.get_extra_info(info)

    class Backend(httpcore.NetworkBackend):
        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Any = None,
        ) -> Any:
            left = _left(timeout, httpcore.ConnectTimeout)
            return Stream(inner.connect_tcp(host, port, left, local_address, socket_options))

        def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Any = None
        ) -> Any:
            left = _left(timeout, httpcore.ConnectTimeout)
            return Stream(inner.connect_unix_socket(path, left, socket_options))

        def sleep(self, seconds: float) -> None:
            inner.sleep(seconds)

    return Backend()


# --- the body, inflated within the cap ------------------------------------------------


class _Undecodable(Exception):
    """A ``Content-Encoding`` not asked for, or a body that does not inflate."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


class _Inflater:
    """Inflates a gzip or deflate body chunk by chunk, never past ``room`` bytes a call."""

    def __init__(self, encoding: str) -> None:
        codings = [
            c.strip() for c in encoding.lower().split(",") if c.strip() not in ("", "identity")
        ]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise _Undecodable("fetch-error", f"unsupported Content-Encoding {encoding!r}")
        self.coding = codings[0] if codings else None
        wbits = 16 + zlib.MAX_WBITS if self.coding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self.zlib = zlib.decompressobj(wbits) if self.coding else None
        self.first = True

    def inflate(self, data: bytes, room: int) -> tuple[bytes, bool]:
        """(up to ``room`` bytes of content, whether more was left over)."""
        if self.zlib is None:
            return data[:room], len(data) > room
        try:
            out = self.zlib.decompress(data, room)
        except zlib.error as exc:
            if not (self.first and self.coding == "deflate"):
                raise _Undecodable("bad-gzip", f"{self.coding} body: {exc}") from None
            self.zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, no zlib header
            self.first = False
            return self.inflate(data, room)
        self.first = False
        return out, bool(self.zlib.unconsumed_tail)


def fetch(
    url: str, client: Any, settings: Settings, headers: Mapping[str, str] | None = None
) -> Fetched | Skipped:
    """Fetch one URL, reading at most ``max_bytes``."""
    import httpx

    cap = settings.max_bytes
    total = 2 * settings.timeout
    deadline = time.monotonic() + total
    _DEADLINE.at = deadline
    try:
        with client.stream("GET", url, headers=dict(headers or {})) as response:
            if response.status_code >= 400:
                return Skipped(url, f"http-{response.status_code}", response.reason_phrase or "")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > cap:
                return Skipped(url, "too-large", f"Content-Length {declared} > max_bytes={cap}")
            inflater = _Inflater(response.headers.get("Content-Encoding", ""))
            chunks: list[bytes] = []
            size = 0
            for raw in response.iter_raw():
                if time.monotonic() > deadline:  # a server that trickles its answer
                    return Skipped(url, "timeout", f"still reading after {total:g} s")
                chunk, more = inflater.inflate(raw, cap - size + 1)
                size += len(chunk)
                if more or size > cap:
                    return Skipped(url, "too-large", f"more than max_bytes={cap} bytes")
                chunks.append(chunk)
            return Fetched(
                url=url,
                final_url=str(response.url),
                data=b"".join(chunks),
                content_type=response.headers.get("Content-Type", ""),
                status=response.status_code,
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
            )
    except _Undecodable as exc:
        return Skipped(url, exc.reason, str(exc))
    except httpx.TimeoutException as exc:
        if time.monotonic() >= deadline:
            return Skipped(url, "timeout", f"still reading after {total:g} s")
        return Skipped(
            url, "timeout", f"no answer within {settings.timeout:g} s ({type(exc).__name__})"
        )
    except httpx.TooManyRedirects as exc:
        return Skipped(url, "fetch-error", f"too many redirects: {exc}")
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
        return Skipped(url, "fetch-error", f"{type(exc).__name__}: {exc}")
    finally:
        _DEADLINE.at = None
