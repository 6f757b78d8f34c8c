"""Polite fetching: one client, robots.txt honoured, a delay between requests to a host.

Every request ``communique watch`` makes goes through ``Polite.get``: it waits until
``host_delay`` seconds (or the host's robots.txt ``Crawl-delay``, when longer) have
passed since the last request to the same host, then fetches with ``ingest.web.fetch``
(the user agent, timeouts and size cap that ``ingest`` uses). ``Polite.allowed`` reads a
host's robots.txt once a day (RFC 9309): a 4xx answer means no rules; a 5xx answer or no
answer means the host cannot be crawled now (``None``: try again next cycle). Waiting is
cut short when the watch is told to stop (``Stopping``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from ..ingest.web import Fetched, fetch, make_client
from ..models import Skipped
from ..settings import Settings

#: How long a host's robots.txt is trusted before it is read again.
ROBOTS_TTL = 86400.0


class Stopping(Exception):
    """The watch was told to stop while waiting to make a request."""


@dataclass
class _Robots:
    parser: RobotFileParser | None  # None: the host has no rules (a 4xx robots.txt)
    read_at: float


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Polite:
    """A client that waits its turn per host and asks robots.txt first (close it after)."""

    def __init__(
        self,
        settings: Settings,
        stop: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.stop = stop or threading.Event()
        self.clock = clock
        self.client: Any = make_client(settings)
        self.agent = settings.user_agent.split("/", 1)[0].split()[0] or "*"
        self._last: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Polite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def delay(self, host: str) -> float:
        """Seconds to leave between two requests to ``host``."""
        robots = self._robots.get(host)
        crawl = None
        if robots is not None and robots.parser is not None:
            crawl = robots.parser.crawl_delay(self.agent)
        return max(self.settings.host_delay, float(crawl or 0))

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Fetched | Skipped:
        """Fetch ``url`` after the host's delay; raises ``Stopping`` if told to stop first."""
        host = host_of(url)
        last = self._last.get(host)
        if last is not None:
            wait = last + self.delay(host) - self.clock()
            if wait > 0 and self.stop.wait(wait):
                raise Stopping
        if self.stop.is_set():
            raise Stopping
        try:
            return fetch(url, self.client, self.settings, headers)
        finally:
            self.requests += 1
            self._last[host] = self.clock()

    def allowed(self, url: str) -> bool | None:
        """Whether robots.txt lets us fetch ``url``; None when it cannot be read now."""
        host = host_of(url)
        robots = self._robots.get(host)
        if robots is None or self.clock() - robots.read_at > ROBOTS_TTL:
            robots = self._read_robots(host)
            if robots is None:
                return None
            self._robots[host] = robots
        return True if robots.parser is None else robots.parser.can_fetch(self.agent, url)

    def _read_robots(self, host: str) -> _Robots | None:
        got = self.get(f"{host}/robots.txt")
        if isinstance(got, Skipped):
            status = got.reason.removeprefix("http-")
            if status.isdigit() and 400 <= int(status) < 500:
                return _Robots(None, self.clock())  # no robots.txt: no rules
            return None  # 5xx, timeout, refused: the host cannot be crawled now
        parser = RobotFileParser()
        parser.parse(got.data.decode("utf-8", "replace").splitlines())
        return _Robots(parser, self.clock())
