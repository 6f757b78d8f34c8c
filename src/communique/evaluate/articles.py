"""A set of annotated articles: each scored on its own (``article``), then pooled.

Pooling sums the counts of the articles (required events found, false positives, quotes
found and attributed, actors and dates right) and recomputes the ratios from the sums,
so an article with many events weighs more than one with few. The lists of misses are
joined, each entry naming its article. ``article_row`` is the short line per article
that a pooled report lists.
"""

from __future__ import annotations

from typing import Any

from .score import Record, ratio

#: Counts summed across articles, per part of the article figures.
_COUNTS = {
    "events": ("required", "predicted", "found", "allowed", "false_positives"),
    "quotes": ("gold", "pred", "found", "attributed"),
    "actors": ("gold", "right", "wrong"),
    "dates": ("gold", "found", "right"),
}
_EXTRA_COUNTS = {"events": ("cameo_right", "date_right")}
#: The lists of misses (and finds) joined across articles.
_LISTS = {
    "events": ("found_events", "missed_events", "false_positive_events"),
    "quotes": ("missed_quotes",),
    "actors": ("wrong_actors",),
    "dates": ("wrong_dates",),
}


def _tagged(items: list[Record], article: str) -> list[Record]:
    return [{"article": article, **item} for item in items]


def pool(scored: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The figures of several articles ``(article id, figures)`` as one, same structure."""
    out: dict[str, Any] = {}
    for part, counts in _COUNTS.items():
        keys = counts + _EXTRA_COUNTS.get(part, ())
        sums: dict[str, Any] = {k: sum(int(fig[part][k]) for _, fig in scored) for k in keys}
        for key in _LISTS[part]:
            sums[key] = [x for art, fig in scored for x in _tagged(fig[part][key], art)]
        out[part] = sums
    ev, qu, ac, da = out["events"], out["quotes"], out["actors"], out["dates"]
    ev["recall"] = ratio(ev["found"], ev["required"])
    ev["precision"] = ratio(ev["found"], ev["found"] + ev["false_positives"])
    qu["R"] = ratio(qu["found"], qu["gold"])
    qu["attribution"] = ratio(qu["attributed"], qu["found"])
    qu["end_to_end"] = ratio(qu["attributed"], qu["gold"])
    ac["accuracy"] = ratio(ac["right"], ac["gold"])
    da["R"] = ratio(da["found"], da["gold"])
    da["accuracy"] = ratio(da["right"], da["found"])
    da["end_to_end"] = ratio(da["right"], da["gold"])
    return out


def article_row(article: str, half: str, figures: dict[str, Any]) -> dict[str, Any]:
    """One article's counts and ratios, as a pooled report lists them."""
    ev, qu = figures["events"], figures["quotes"]
    return {
        "article": article,
        "half": half,
        "required": ev["required"],
        "found": ev["found"],
        "false_positives": ev["false_positives"],
        "predicted": ev["predicted"],
        "recall": ev["recall"],
        "precision": ev["precision"],
        "quotes": qu["gold"],
        "quotes_found": qu["found"],
        "quotes_attributed": qu["attributed"],
        "actors_right": f"{figures['actors']['right']}/{figures['actors']['gold']}",
        "dates_right": f"{figures['dates']['right']}/{figures['dates']['gold']}",
    }
