"""http(s) URLs: fetched with httpx, then read like a file of the same content.

One client serves a whole batch (connection reuse). Every network wait (connect, each
read) is capped at ``settings.timeout`` and a whole fetch at twice that; a fetch
follows redirects, sends ``settings.user_agent`` and stops reading at
``settings.max_bytes`` (a ``Content-Length`` over it is refused before the body is
read). Failures are per-document skips: ``http-404`` (``http-<status>`` for any other
error status), ``timeout``, ``too-large`` and ``fetch-error`` (DNS, refused connection,
TLS, too many redirects). ``headers`` adds request headers (``communique watch`` sends
``If-None-Match``/``If-Modified-Since``); a ``304 Not Modified`` comes back as a
``Fetched`` with ``status`` 304 and no data, and ``etag``/``last_modified`` carry the
validators a server sent.
"""

from __future__ import annotations

import time
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

    return httpx.Client(
        follow_redirects=True,
        timeout=httpx.Timeout(settings.timeout),
        headers={
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,"
            "application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8",
        },
        max_redirects=10,
    )


def fetch(
    url: str, client: Any, settings: Settings, headers: Mapping[str, str] | None = None
) -> Fetched | Skipped:
    """Fetch one URL, reading at most ``max_bytes``."""
    import httpx

    cap = settings.max_bytes
    try:
        with client.stream("GET", url, headers=dict(headers or {})) as response:
            if response.status_code >= 400:
                return Skipped(url, f"http-{response.status_code}", response.reason_phrase or "")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > cap:
                return Skipped(url, "too-large", f"Content-Length {declared} > max_bytes={cap}")
            chunks: list[bytes] = []
            size = 0
            deadline = time.monotonic() + 2 * settings.timeout
            for chunk in response.iter_bytes():
                if time.monotonic() > deadline:  # a server that trickles its answer
                    return Skipped(
                        url, "timeout", f"still reading after {2 * settings.timeout:g} s"
                    )
                size += len(chunk)
                if size > cap:
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
    except httpx.TimeoutException as exc:
        return Skipped(
            url, "timeout", f"no answer within {settings.timeout:g} s ({type(exc).__name__})"
        )
    except httpx.TooManyRedirects as exc:
        return Skipped(url, "fetch-error", f"too many redirects: {exc}")
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
        return Skipped(url, "fetch-error", f"{type(exc).__name__}: {exc}")
