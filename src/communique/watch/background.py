"""The watch loop beside other work in one process: ``communique serve --watch FEEDS``.

``BackgroundWatch`` runs ``watch`` (the same cycles, the same state in the database) in a
thread of its own, writing through the store the caller lends it (``store``: the
dashboard's one connection, see ``web.db.Database.write``). ``beside(work)`` starts the
thread, runs ``work`` (the web server) in the calling thread, and when ``work`` returns —
after SIGTERM or Ctrl-C, which the web server answers by shutting down — tells the watch
to stop and waits for it: the article being processed is finished and stored, as in
``communique watch``. A cycle that fails in an unexpected way is reported through
``on_error`` and the thread ends; the other work goes on.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Sequence
from types import FrameType
from typing import Any

from ..pipeline import Pipeline
from ..settings import Settings
from .cycle import CycleReport, StoreOpener
from .loop import STOP_SIGNALS, WatchResult, watch


class BackgroundWatch:
    """A watch in a thread, stopped cleanly when the work beside it ends."""

    def __init__(
        self,
        feeds: Sequence[str],
        pipeline: Pipeline,
        settings: Settings,
        *,
        store: StoreOpener | None = None,
        on_cycle: Callable[[CycleReport], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.feeds = list(feeds)
        self.pipeline = pipeline
        self.settings = settings
        self.store = store
        self.on_cycle = on_cycle
        self.on_error = on_error
        self.stop_event = threading.Event()
        self.result: WatchResult | None = None
        self.error: BaseException | None = None
        self.signal: str | None = None
        self._thread = threading.Thread(target=self._run, name="communique-watch", daemon=True)

    def _run(self) -> None:
        try:
            self.result = watch(
                self.feeds,
                self.pipeline,
                self.settings,
                on_cycle=self.on_cycle,
                stop=self.stop_event,
                store=self.store,
            )
        except BaseException as exc:  # a bug must not pass silently in a thread
            self.error = exc
            if self.on_error is not None:
                self.on_error(exc)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float | None = None) -> bool:
        """Tell the watch to stop after its current article; whether it ended in time."""
        self.stop_event.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def beside(self, work: Callable[[], Any], timeout: float | None = None) -> bool:
        """Start the watch, run ``work`` here, then stop the watch; whether it ended in
        time. SIGTERM and SIGINT end ``work`` (the web server catches them and shuts
        down) and are noted in ``signal`` instead of ending the process, so the watch
        can finish its article; a second signal acts as usual."""
        previous: dict[signal.Signals, Any] = {}

        def on_signal(signum: int, frame: FrameType | None) -> None:
            self.signal = self.signal or signal.Signals(signum).name
            self.stop_event.set()
            for sig, handler in previous.items():  # a second signal acts as usual
                signal.signal(sig, handler)

        if threading.current_thread() is threading.main_thread():
            for sig in STOP_SIGNALS:
                previous[sig] = signal.signal(sig, on_signal)
        self.start()
        try:
            work()
        finally:
            try:
                ended = self.stop(timeout)
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)
        return ended
