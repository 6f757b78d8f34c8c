"""Questions to the store: articles, events, quotes, the dyad time series, and rendering.

Every query reads only the current version of each article (see ``store.schema``).
``Filters`` apply to each kind of row as follows; a filter that does not describe the row
itself keeps the rows of the articles it matches (``events --speaker Peskov``: the
events of articles that quote Peskov; ``quotes --code 13``: quotes from articles with a
threat).

    country  events: source or target country; quotes: speaker country; actors: country;
             articles and dates: articles with an actor of that country
    dyad     events: between the two, in either direction; quotes: said by one side in an
             article that names the other; others: articles with events between the two
    since, until  events: the event's day (its date, or the publication date); others:
             the article's publication date. Both ends are included.
    code     a CAMEO code prefix ("13", "1312") or a PLOVER type ("THREATEN")
    speaker  part of the speaker's text or name, case-insensitive
    text     words that must all occur (case-insensitive, at a word start, so "sanction"
             finds "sanctions"): events: the sentence; quotes: the quotation; actors: the
             actor's text or name; articles and dates: title and text
    article  the article id
    limit    at most this many rows
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, replace
from typing import Any

from .errors import BadDateError, UnknownFormatError, UsageError
from .store import Store
from .tables import render_table

TABLE_ALIASES = {"articles": "a", "events": "e", "quotes": "q", "actors": "x", "dates": "d"}


@dataclass(frozen=True)
class Filters:
    """What to select; None means no restriction. See the module docstring."""

    country: str | None = None
    dyad: str | None = None
    since: str | None = None
    until: str | None = None
    code: str | None = None
    speaker: str | None = None
    text: str | None = None
    article: str | None = None
    limit: int | None = None
    min_confidence: float | None = None  # events only


# -- checking filters ----------------------------------------------------------------------

_COUNTRY = re.compile(r"[A-Z]{3}")


def _country(value: str, what: str) -> str:
    code = value.strip().upper()
    if not _COUNTRY.fullmatch(code):
        raise UsageError(f"{what} must be a three-letter country code like IND, got {value!r}")
    return code


def parse_dyad(value: str) -> tuple[str, str]:
    """``"IND-RUS"`` → ``("IND", "RUS")``; UsageError for anything else."""
    a, sep, b = (side.strip() for side in value.upper().partition("-"))
    if not (sep and _COUNTRY.fullmatch(a) and _COUNTRY.fullmatch(b)):
        raise UsageError(f"a dyad is two country codes like IND-RUS, got {value!r}")
    return a, b


def _date(value: str, what: str) -> str:
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise BadDateError(f"{what} must be a date like 2025-08-06, got {value!r}") from None


def checked(filters: Filters) -> Filters:
    """The filters normalised (upper-case codes, ISO dates), or a UsageError."""
    f = filters
    changes: dict[str, Any] = {}
    if f.country is not None:
        changes["country"] = _country(f.country, "--country")
    if f.dyad is not None:
        changes["dyad"] = "-".join(parse_dyad(f.dyad))
    if f.since is not None:
        changes["since"] = _date(f.since, "--since")
    if f.until is not None:
        changes["until"] = _date(f.until, "--until")
    if f.code is not None:
        code = f.code.strip().upper()
        if not (re.fullmatch(r"\d{2,4}", code) or re.fullmatch(r"[A-Z_]+", code)):
            raise UsageError(
                f"--code must be a CAMEO code prefix (13, 1312) or a PLOVER type "
                f"(THREATEN), got {f.code!r}"
            )
        changes["code"] = code
    if f.limit is not None and (not isinstance(f.limit, int) or f.limit < 0):
        raise UsageError(f"--limit must be a positive number, got {f.limit!r}")
    if f.min_confidence is not None and not (
        isinstance(f.min_confidence, (int, float)) and 0.0 <= f.min_confidence <= 1.0
    ):
        raise UsageError(f"--min-confidence must be between 0 and 1, got {f.min_confidence!r}")
    return replace(f, **changes)


# -- building SQL --------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """One RE2 pattern per word: case-insensitive, anchored at a word start."""
    patterns = []
    for word in text.split():
        word = word.strip("\"'“”‘’.,;:!?()")
        if word:
            anchor = r"\b" if re.match(r"\w", word) else ""
            patterns.append(f"(?i){anchor}{re.escape(word)}")
    return patterns


def _code_sql(code: str, alias: str) -> tuple[str, list[Any]]:
    if code.isdigit():
        return f"{alias}.cameo LIKE ?", [code + "%"]
    return f"upper({alias}.plover) = ?", [code]


def _speaker_sql(speaker: str, alias: str) -> tuple[str, list[Any]]:
    needle = speaker.strip().lower()
    return (
        f"(contains(lower({alias}.speaker_text), ?) OR contains(lower({alias}.speaker_name), ?))",
        [needle, needle],
    )


def _pair_sql(alias: str) -> str:
    s, t = f"{alias}.source_country", f"{alias}.target_country"
    return f"(({s} = ? AND {t} = ?) OR ({s} = ? AND {t} = ?))"


def where(table: str, filters: Filters) -> tuple[str, list[Any]]:
    """The FROM … WHERE … part for ``table`` (aliased as in ``TABLE_ALIASES``, joined to
    the current version of its article as ``a``) and its parameters."""
    f = checked(filters)
    t = TABLE_ALIASES[table]
    if table == "articles":
        sql = "FROM articles a"
    else:
        sql = f"FROM {table} {t} JOIN articles a ON a.hash = {t}.article_hash"
    clauses: list[str] = ["a.current"]
    params: list[Any] = []

    def add(clause: str, values: list[Any]) -> None:
        clauses.append(clause)
        params.extend(values)

    def in_articles(subquery: str, values: list[Any]) -> None:
        add(f"a.hash IN ({subquery})", values)

    if f.country:
        if table == "events":
            add("(e.source_country = ? OR e.target_country = ?)", [f.country, f.country])
        elif table == "quotes":
            add("q.speaker_country = ?", [f.country])
        elif table == "actors":
            add("x.country = ?", [f.country])
        else:
            in_articles("SELECT article_hash FROM actors WHERE country = ?", [f.country])
    if f.dyad:
        a, b = f.dyad.split("-")
        if table == "events":
            add(_pair_sql("e"), [a, b, b, a])
        elif table == "quotes":
            add(
                "((q.speaker_country = ? AND EXISTS (SELECT 1 FROM actors o WHERE "
                "o.article_hash = q.article_hash AND o.country = ?)) OR "
                "(q.speaker_country = ? AND EXISTS (SELECT 1 FROM actors o WHERE "
                "o.article_hash = q.article_hash AND o.country = ?)))",
                [a, b, b, a],
            )
        else:
            in_articles(f"SELECT article_hash FROM events p WHERE {_pair_sql('p')}", [a, b, b, a])
    if f.min_confidence and table == "events":
        add("coalesce(e.confidence, 1.0) >= ?", [f.min_confidence])
    day = "e.day" if table == "events" else "a.published"
    if f.since:
        add(f"{day} >= ?::DATE", [f.since])
    if f.until:
        add(f"{day} <= ?::DATE", [f.until])
    if f.code:
        clause, values = _code_sql(f.code, "c" if table != "events" else "e")
        if table == "events":
            add(clause, values)
        else:
            in_articles(f"SELECT article_hash FROM events c WHERE {clause}", values)
    if f.speaker:
        clause, values = _speaker_sql(f.speaker, "q" if table == "quotes" else "s")
        if table == "quotes":
            add(clause, values)
        else:
            in_articles(f"SELECT article_hash FROM quotes s WHERE {clause}", values)
    if f.text:
        field = {
            "events": "e.sentence_text",
            "quotes": "q.text",
            "actors": "(coalesce(x.name, '') || ' ' || x.text)",
        }.get(table, "(coalesce(a.title, '') || ' ' || a.text)")
        for pattern in _words(f.text):
            add(f"regexp_matches({field}, ?)", [pattern])
    if f.article is not None:
        add("a.id = ?", [f.article])
    return sql + " WHERE " + " AND ".join(clauses), params


def limit_sql(filters: Filters) -> str:
    return f" LIMIT {int(filters.limit)}" if filters.limit is not None else ""


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _run(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    names, rows = store.fetch(sql, params)
    return [{n: _plain(v) for n, v in zip(names, row, strict=True)} for row in rows]


# -- the queries ---------------------------------------------------------------------------


def articles(store: Store, filters: Filters) -> list[dict[str, Any]]:
    """Stored articles: id, title, published, url, outlet, n_events, n_quotes."""
    frm, params = where("articles", filters)
    sql = (
        "SELECT a.id, a.title, a.published, a.url, a.outlet, "
        "(SELECT count(*) FROM events c WHERE c.article_hash = a.hash) AS n_events, "
        "(SELECT count(*) FROM quotes c WHERE c.article_hash = a.hash) AS n_quotes "
        f"{frm} ORDER BY a.published NULLS LAST, a.id{limit_sql(filters)}"
    )
    return _run(store, sql, params)


EVENT_COLUMNS = (
    "coalesce(e.date, CAST(a.published AS VARCHAR)) AS date, "
    "coalesce(e.source_name, e.source_text) AS source, e.source_country, "
    "coalesce(e.target_name, e.target_text) AS target, e.target_country, "
    "e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.trigger, "
    "e.sentence_text AS sentence, e.article_id, e.mentions, e.confidence, e.negated, "
    "e.reported, coalesce(e.speaker_name, e.speaker_text) AS speaker"
)


def events(store: Store, filters: Filters) -> list[dict[str, Any]]:
    """Stored events: date (the event's, else the article's publication date), source,
    source_country, target, target_country, cameo, root, quad_class, goldstein, plover,
    trigger, sentence, article_id, mentions, confidence, negated, reported, speaker
    (who stated a reported event)."""
    frm, params = where("events", filters)
    sql = (
        f"SELECT {EVENT_COLUMNS} {frm} "
        f"ORDER BY e.day NULLS LAST, e.article_id, e.sentence, e.start{limit_sql(filters)}"
    )
    return _run(store, sql, params)


def quotes(store: Store, filters: Filters) -> list[dict[str, Any]]:
    """Stored quotations: speaker, speaker_name, speaker_country, cue, text, article_id,
    published."""
    frm, params = where("quotes", filters)
    sql = (
        "SELECT q.speaker_text AS speaker, q.speaker_name, q.speaker_country, q.cue, q.text, "
        f"q.article_id, a.published {frm} "
        f"ORDER BY a.published NULLS LAST, q.article_id, q.start{limit_sql(filters)}"
    )
    return _run(store, sql, params)


FREQS = {
    "day": ("day", "1 day", "strftime(p, '%Y-%m-%d')"),
    "week": ("week", "7 days", "strftime(p, '%G-W%V')"),
    "month": ("month", "1 month", "strftime(p, '%Y-%m')"),
    "quarter": ("quarter", "3 months", "strftime(p, '%Y') || '-Q' || quarter(p)"),
    "year": ("year", "1 year", "strftime(p, '%Y')"),
}


def dyad_series(
    store: Store,
    a: str,
    b: str,
    *,
    freq: str = "month",
    since: str | None = None,
    until: str | None = None,
    min_confidence: float | None = None,
) -> list[dict[str, Any]]:
    """The country-pair time series: one row per period (every period from the first to
    the last, or over since..until when given, including empty ones) with period, start,
    n_events, a_to_b, b_to_a, goldstein (mean), and counts per quad class
    (verbal_coop, material_coop, verbal_conflict, material_conflict). Negated events
    ("did not threaten") are left out."""
    if freq not in FREQS:
        raise UsageError(f"unknown --freq {freq!r}; use {', '.join(FREQS)}")
    f = checked(Filters(dyad=f"{a}-{b}", since=since, until=until, min_confidence=min_confidence))
    assert f.dyad is not None
    a, b = f.dyad.split("-")
    unit, step, label = FREQS[freq]
    frm, params = where("events", f)
    lo = f"date_trunc('{unit}', ?::DATE)::DATE" if f.since else "p0"
    hi = f"date_trunc('{unit}', ?::DATE)::DATE" if f.until else "p1"
    bounds = [x for x in (f.since, f.until) if x]
    sql = f"""
        WITH ev AS (
            SELECT date_trunc('{unit}', e.day)::DATE AS p, e.source_country AS s,
                   e.target_country AS t, e.goldstein, e.quad_class
            {frm} AND NOT e.negated AND e.day IS NOT NULL
        ),
        periods AS (
            SELECT unnest(generate_series({lo}, {hi}, INTERVAL {step}))::DATE AS p
            FROM (SELECT min(p) AS p0, max(p) AS p1 FROM ev)
        )
        SELECT {label} AS period, p AS start, count(ev.s) AS n_events,
               count(*) FILTER (WHERE s = ? AND t = ?) AS a_to_b,
               count(*) FILTER (WHERE s = ? AND t = ?) AS b_to_a,
               round(avg(goldstein), 2) AS goldstein,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
               count(*) FILTER (WHERE quad_class = 2) AS material_coop,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict
        FROM periods LEFT JOIN ev USING (p)
        GROUP BY p ORDER BY p
    """
    return _run(store, sql, [*params, *bounds, a, b, b, a])


# -- rendering -----------------------------------------------------------------------------

FORMATS = ("table", "csv", "json")
_WIDTH = 60


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(k for row in rows for k in row))


def _table(rows: list[dict[str, Any]], width: int | None = None) -> str:
    if not rows:
        return "(no rows)\n"
    cols = _columns(rows)
    return render_table(cols, [[row.get(c) for c in cols] for row in rows], width=width)


def _csv(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=_columns(rows), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: ("true" if v else "false") if isinstance(v, bool) else v for k, v in row.items()}
        )
    return buf.getvalue()


def _json(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)


#: The columns a ``table`` shows for each kind of row (csv and json keep them all).
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("published", "title", "n_events", "n_quotes", "id"),
    "events": (
        "date",
        "source",
        "source_country",
        "cameo",
        "plover",
        "target",
        "target_country",
        "confidence",
        "negated",
        "trigger",
        "sentence",
    ),
    "quotes": ("speaker_name", "speaker", "speaker_country", "cue", "text", "published"),
    "records": (
        "date",
        "source",
        "source_country",
        "cameo",
        "plover",
        "target",
        "target_country",
        "articles",
        "sources",
        "mentions",
        "trigger",
        "sentence",
    ),
    "dyad": (
        "period",
        "records",
        "a_to_b",
        "b_to_a",
        "verbal_coop",
        "material_coop",
        "verbal_conflict",
        "material_conflict",
        "goldstein_mean",
        "goldstein_sum",
        "coop_index",
        "goldstein_index",
        "asymmetry",
    ),
}


def render(
    rows: list[dict[str, Any]],
    fmt: str,
    *,
    width: int | None = None,
    kind: str | None = None,
) -> str:
    """Rows as text: ``table`` (aligned columns, cells cut at 60 characters, and text
    columns narrowed to fit in ``width`` characters when given; for a ``kind`` in
    ``TABLE_COLUMNS`` only its columns), ``csv`` (with a header, nothing cut) or ``json``
    (JSON Lines; ``jsonl`` is accepted too)."""
    if fmt == "table":
        keep = TABLE_COLUMNS.get(kind or "")
        if keep:
            rows = [{k: row.get(k) for k in keep if k in row} for row in rows]
        return _table(rows, width)
    if fmt == "csv":
        return _csv(rows)
    if fmt in ("json", "jsonl"):
        return _json(rows)
    raise UnknownFormatError(f"unknown output format {fmt!r}; use table, csv or json")
