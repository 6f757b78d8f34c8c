"""The watch loop: a cycle every ``every``, until a number of cycles or a signal.

SIGTERM and SIGINT set the stop event: the article being processed is finished and
stored, the cycle ends, and ``watch`` returns (the CLI then exits 0). A second signal
is not waited on: SIGINT raises ``KeyboardInterrupt``, SIGTERM ends the process, as
they would without the watch. Handlers are installed only in the main thread and the
previous ones are put back when the loop ends.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

from ..pipeline import Pipeline
from ..settings import Settings
from .cycle import CycleReport, StoreOpener, Watcher
from .feedlist import parse_duration

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@dataclass
class WatchResult:
    """What a whole watch did: its cycles' reports and the signal that stopped it."""

    cycles: list[CycleReport] = field(default_factory=list)
    signal: str | None = None

    @property
    def stored(self) -> int:
        return sum(c.stored for c in self.cycles)


def watch(
    feeds: Sequence[str],
    pipeline: Pipeline,
    settings: Settings,
    *,
    cycles: int | None = None,
    on_cycle: Callable[[CycleReport], None] | None = None,
    stop: threading.Event | None = None,
    store: StoreOpener | None = None,
) -> WatchResult:
    """Watch ``feeds`` into ``settings.db`` (or the store ``store`` gives): a cycle every
    ``settings.every`` (measured from one cycle's start to the next), ``cycles`` times,
    until a signal or until ``stop`` is set."""
    every = parse_duration(settings.every, "--every")
    stop = stop or threading.Event()
    result = WatchResult()
    previous: dict[signal.Signals, Any] = {}

    def on_signal(signum: int, frame: FrameType | None) -> None:
        result.signal = signal.Signals(signum).name
        stop.set()
        for sig, handler in previous.items():  # a second signal acts as usual
            signal.signal(sig, handler)

    if threading.current_thread() is threading.main_thread():
        for sig in STOP_SIGNALS:
            previous[sig] = signal.signal(sig, on_signal)
    watcher = Watcher(feeds, pipeline, settings, stop=stop, store=store)
    try:
        number = 0
        while not stop.is_set():
            started = time.monotonic()
            number += 1
            report = watcher.cycle(number)
            result.cycles.append(report)
            if on_cycle is not None:
                on_cycle(report)
            if cycles is not None and number >= cycles:
                break
            stop.wait(max(0.0, every - (time.monotonic() - started)))
    finally:
        watcher.close()
        for sig, handler in previous.items():
            if signal.getsignal(sig) is on_signal:
                signal.signal(sig, handler)
    return result
