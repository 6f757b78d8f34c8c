"""What a database holds beyond row counts: its coder stamps and its grouping."""

from __future__ import annotations

from typing import Any

from .duck import Store


def coders(store: Store) -> list[dict[str, Any]]:
    """The coder stamps of the current articles, most used first: ``id``,
    ``communique``, ``model``, ``model_version``, ``tables``, ``first_used``,
    ``articles`` and ``events`` coded with it. Articles stored before stamps existed
    appear under the id ``unstamped``."""
    _, found = store.fetch(
        """
        WITH a AS (SELECT coalesce(coder, 'unstamped') AS id, count(*) AS n
                   FROM articles WHERE current GROUP BY 1),
             e AS (SELECT coalesce(e.coder, 'unstamped') AS id, count(*) AS n
                   FROM events e JOIN articles x ON x.hash = e.article_hash AND x.current
                   GROUP BY 1)
        SELECT a.id, c.communique, c.model, c.model_version, c.tables, c.first_used,
               a.n, coalesce(e.n, 0)
        FROM a LEFT JOIN coders c ON c.id = a.id LEFT JOIN e ON e.id = a.id
        ORDER BY a.n DESC, a.id
        """
    )
    names = ("id", "communique", "model", "model_version", "tables", "first_used")
    out = []
    for row in found:
        item: dict[str, Any] = {
            n: (v if v is not None else "?") for n, v in zip(names, row[:6], strict=True)
        }
        item["articles"], item["events"] = int(row[6]), int(row[7])
        out.append(item)
    return out


def grouped(store: Store) -> dict[str, int]:
    """How many event records (with a current mention) and stories the database has."""
    _, found = store.fetch(
        "SELECT (SELECT count(*) FROM records WHERE mentions > 0), "
        "(SELECT count(DISTINCT story) FROM articles WHERE current)"
    )
    records, stories = found[0]
    return {"records": int(records), "stories": int(stories)}
