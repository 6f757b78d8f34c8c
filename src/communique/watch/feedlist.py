"""What ``communique watch`` is given: the file of feed URLs, and durations such as ``15m``.

The feeds file has one RSS, Atom or sitemap URL per line; blank lines and lines starting
with ``#`` are left out, and so is anything after `` #`` on a line. A line that is not an
http(s) URL is a ``UsageError`` naming its line number.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import SourceNotFoundError, UsageError
from ..ingest.web import is_url

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)


def parse_duration(text: str, what: str = "duration") -> float:
    """Seconds in ``90s``, ``15m``, ``1.5h``, ``1d`` or a bare number of seconds."""
    m = _DURATION.match(str(text))
    if not m:
        raise UsageError(f"{what}: cannot read {text!r}; write a number with s, m, h or d (15m)")
    seconds = float(m[1]) * _UNITS[(m[2] or "s").lower()]
    if seconds <= 0:
        raise UsageError(f"{what} must be more than zero, got {text!r}")
    return seconds


def read_feed_list(path: str | Path) -> list[str]:
    """The feed URLs of a feeds file, in order, each once."""
    p = Path(path)
    if not p.is_file():
        raise SourceNotFoundError(f"no such feeds file: {p}")
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read feeds file {p}: {exc}") from None
    urls: list[str] = []
    for n, raw in enumerate(lines, 1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line) or any(c.isspace() for c in line):
            raise UsageError(f"{p}:{n}: not an http(s) feed URL: {line!r}")
        urls.append(line)
    if not urls:
        raise UsageError(f"{p} lists no feed URLs")
    return list(dict.fromkeys(urls))
