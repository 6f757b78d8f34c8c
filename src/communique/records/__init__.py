"""Event records: the read side's model — stories, event records, indices, alerts, GDELT.

Mentions (the store's ``events`` rows, one per sentence that reports an event) are the
evidence; an *event record* is one real-world event however many articles report it,
and a *story* is a group of articles that are copies or versions of one text. The store
groups both as articles are written (rules: ``records.grouping``); this package reads
them. Every function takes an open ``Store`` (``communique.open_store(path,
read_only=True)``), its selection as arguments and, for lists, a page (``limit`` ≤
``MAX_LIMIT`` rows from ``offset``), and returns plain rows (dicts of JSON-ready values):

    event_records(store, filters, *, ids, limit, offset)   the records (listing)
    count_records(store, filters)                          how many match (for paging)
    record_mentions(store, record, *, limit, offset)       the evidence of one record
    stories(store, *, since, until, min_articles, limit, offset)
    dyad(store, a, b, *, freq, since, until)               the pair's series (indices)
    pairs(store, *, since, until, country, limit, offset)  the most active pairs
    alerts(store, since, *, until, baseline, threshold, min_count, limit, offset)
    export_gdelt(store, out, filters)                      GDELT 2.0 Events file (gdelt)

``filters`` is a ``communique.query.Filters``. Names are imported on first use, so
importing this package costs nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alerting import alerts
    from .gdelt import GDELT_COLUMNS, check_file, export_gdelt
    from .indices import dyad, pairs
    from .listing import (
        MAX_LIMIT,
        RECORD_COLUMNS,
        count_records,
        event_records,
        record_mentions,
        stories,
    )

_WHERE = {
    "alerts": "alerting",
    "GDELT_COLUMNS": "gdelt",
    "check_file": "gdelt",
    "export_gdelt": "gdelt",
    "dyad": "indices",
    "pairs": "indices",
    "MAX_LIMIT": "listing",
    "RECORD_COLUMNS": "listing",
    "count_records": "listing",
    "event_records": "listing",
    "record_mentions": "listing",
    "stories": "listing",
}

__all__ = [
    "GDELT_COLUMNS",
    "MAX_LIMIT",
    "RECORD_COLUMNS",
    "alerts",
    "check_file",
    "count_records",
    "dyad",
    "event_records",
    "export_gdelt",
    "pairs",
    "record_mentions",
    "stories",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'communique.records' has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)
