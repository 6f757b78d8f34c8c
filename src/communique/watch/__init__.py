"""Feed monitoring: ``communique watch FEEDS --db D --every 15m``.

    feeds file ─► feedlist ─► cycle: poll each due feed (conditional GET) ─► new entry URLs
                                     (pending, in the database) ─► polite fetch (robots.txt,
                                     per-host delay) ─► ingest reader ─► pipeline ─► store

``feedlist`` reads the feeds file and durations; ``polite`` makes every request (robots.txt,
per-host delay, ``ingest``'s user agent, timeouts and size cap); ``poll`` checks one feed
or sitemap; ``cycle`` runs one cycle and reports it in one line; ``loop`` repeats cycles
and stops cleanly on SIGTERM/SIGINT. All state (validators, failures, back-off, every
entry URL and what became of it) lives in the database (``store.feeds``), so a restarted
watch goes on where the last one stopped.
"""

from __future__ import annotations

from .cycle import CycleReport, Watcher
from .feedlist import parse_duration, read_feed_list
from .loop import WatchResult, watch

__all__ = ["CycleReport", "WatchResult", "Watcher", "parse_duration", "read_feed_list", "watch"]
