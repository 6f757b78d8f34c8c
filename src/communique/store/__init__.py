"""The DuckDB store: schema, migrations, batch writes.

    >>> from communique.store import open_store
    >>> with open_store("communique.duckdb") as store:
    ...     result = store.write(documents)      # one transaction per call
    ...     store.stats()                         # rows per table

See ``schema`` for the tables and how articles are keyed (by content hash, with versions
per id); ``communique.query`` and ``communique.export`` read the store.
"""

from __future__ import annotations

from .duck import Store, WriteResult, open_store
from .schema import SCHEMA_VERSION, TABLES

__all__ = ["SCHEMA_VERSION", "TABLES", "Store", "WriteResult", "open_store"]
