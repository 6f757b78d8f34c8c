"""Queries over a small hand-made store: every filter, the dyad series, rendering."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from communique.errors import BadDateError, UnknownFormatError, UsageError
from communique.models import Actor, ActorMention, Article, Document, Event, Quote, Sentence
from communique.query import Filters, articles, dyad_series, events, quotes, render
from communique.store import Store, open_store

# (cameo, root, quad class, goldstein, PLOVER) of the codes used below
CODES = {
    "040": ("04", 1, 1.0, "CONSULT"),
    "0311": ("03", 1, 5.2, "COOPERATE"),
    "1312": ("13", 3, -5.8, "THREATEN"),
    "061": ("06", 2, 6.4, "COOPERATE"),
    "190": ("19", 4, -10.0, "FIGHT"),
}
COUNTRIES = {"India": "IND", "Russia": "RUS", "Washington": "USA", "Ukraine": "UKR"}


def article(
    id: str,
    published: str,
    sentences: list[tuple[str, str, str, str, str | None, bool]],
    quoted: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    title: str = "",
) -> Document:
    """An article from sentences (text, source word, cameo, target word, event date,
    negated) and quotes (speaker, speaker country, quoted words)."""
    text, sents, mentions, evs, quotes_ = "", [], [], [], []
    for i, (sentence, src, cameo, tgt, date, negated) in enumerate(sentences):
        start = len(text)
        text += sentence + " "
        sents.append(Sentence(i, start, start + len(sentence), sentence))
        for word in (src, tgt):
            at = start + sentence.index(word)
            mentions.append(ActorMention(word, at, at + len(word), i, country=COUNTRIES[word]))
        root, quad, goldstein, plover = CODES[cameo]
        trigger = sentence.split()[1]
        at = start + sentence.index(trigger)
        evs.append(
            Event(
                Actor(src, src, COUNTRIES[src]),
                Actor(tgt, tgt, COUNTRIES[tgt]),
                cameo,
                root,
                quad,
                goldstein,
                plover,
                date,
                sentence,
                i,
                trigger,
                at,
                at + len(trigger),
                negated=negated,
            )
        )
    for speaker, country, words in quoted:
        start = len(text)
        text += f"“{words},” said {speaker}. "
        quotes_.append(
            Quote(
                f"“{words},”",
                start,
                start + len(words) + 3,
                Actor(speaker, speaker.split()[-1], country),
                "said",
            )
        )
    return Document(
        article=Article(id=id, text=text.strip(), title=title or id, published=published),
        sentences=tuple(sents),
        actors=tuple(mentions),
        events=tuple(evs),
        quotes=tuple(quotes_),
    )


DOCS = [
    article(
        "talks",
        "2025-08-06",
        [
            ("India met Russia in Moscow.", "India", "040", "Russia", "2025-08-05", False),
            ("Russia praised India for its stand.", "Russia", "0311", "India", None, False),
        ],
        [("Kremlin spokesman Dmitry Peskov", "RUS", "We value our partnership with India")],
        title="India and Russia hold defence talks",
    ),
    article(
        "tariffs",
        "2025-08-20",
        [
            (
                "Washington threatened India with sanctions.",
                "Washington",
                "1312",
                "India",
                None,
                False,
            ),
            ("India threatened Russia over payments.", "India", "1312", "Russia", "2025-10", True),
        ],
        [("Secretary Marco Rubio", "USA", "Sanctions remain on the table")],
        title="Tariff threat",
    ),
    article(
        "war",
        "2025-10-02",
        [
            ("Russia attacked Ukraine overnight.", "Russia", "190", "Ukraine", None, False),
            ("Russia supplied India with oil.", "Russia", "061", "India", "2025-09-28", False),
        ],
        [("President Volodymyr Zelensky", "UKR", "Russia attacked our cities again")],
        title="Overnight strikes",
    ),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("query") / "q.duckdb"
    with open_store(path) as s:
        s.write(DOCS)
    with open_store(path, read_only=True) as s:
        yield s


def ids(rows: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [r["article_id"] if "article_id" in r else r["id"] for r in rows]


# -- articles ----------------------------------------------------------------------------


def test_query_articles_all_with_counts(store: Store) -> None:
    rows = articles(store, Filters())
    assert [(r["id"], r["n_events"], r["n_quotes"]) for r in rows] == [
        ("talks", 2, 1),
        ("tariffs", 2, 1),
        ("war", 2, 1),
    ]
    assert rows[0]["published"] == "2025-08-06"
    assert rows[0]["title"] == "India and Russia hold defence talks"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(country="USA"), ["tariffs"]),
        (Filters(country="ukr"), ["war"]),
        (Filters(dyad="RUS-IND"), ["talks", "tariffs", "war"]),
        (Filters(dyad="USA-IND"), ["tariffs"]),
        (Filters(since="2025-08-20"), ["tariffs", "war"]),
        (Filters(until="2025-08-20"), ["talks", "tariffs"]),
        (Filters(since="2025-08-07", until="2025-10-01"), ["tariffs"]),
        (Filters(code="19"), ["war"]),
        (Filters(code="threaten"), ["tariffs"]),
        (Filters(speaker="peskov"), ["talks"]),
        (Filters(text="defence talks"), ["talks"]),
        (Filters(text="sanction"), ["tariffs"]),  # a word start: finds "sanctions"
        (Filters(text="talks overnight"), []),  # every word must occur
        (Filters(text="anction"), []),  # not inside a word
        (Filters(article="war"), ["war"]),
        (Filters(limit=2), ["talks", "tariffs"]),
    ],
)
def test_query_articles_filters(store: Store, filters: Filters, expected: list[str]) -> None:
    assert ids(articles(store, filters)) == expected


# -- events ------------------------------------------------------------------------------


def test_query_events_columns_and_order(store: Store) -> None:
    rows = events(store, Filters())
    assert [r["date"] for r in rows] == [
        "2025-08-05",
        "2025-08-06",
        "2025-08-20",
        "2025-09-28",
        "2025-10",
        "2025-10-02",
    ]
    first = rows[0]
    assert first == {
        "date": "2025-08-05",
        "source": "India",
        "source_country": "IND",
        "target": "Russia",
        "target_country": "RUS",
        "cameo": "040",
        "root": "04",
        "quad_class": 1,
        "goldstein": 1.0,
        "plover": "CONSULT",
        "trigger": "met",
        "sentence": "India met Russia in Moscow.",
        "article_id": "talks",
        "mentions": 1,
        "confidence": 0.5,
        "negated": False,
        "reported": False,
        "speaker": None,
    }


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(country="USA"), [("USA", "1312", "IND")]),
        (Filters(country="UKR"), [("RUS", "190", "UKR")]),
        (
            Filters(dyad="IND-RUS"),
            [
                ("IND", "040", "RUS"),
                ("RUS", "0311", "IND"),
                ("RUS", "061", "IND"),
                ("IND", "1312", "RUS"),
            ],
        ),
        (Filters(dyad="RUS-IND", code="06"), [("RUS", "061", "IND")]),
        (Filters(code="13"), [("USA", "1312", "IND"), ("IND", "1312", "RUS")]),
        (Filters(code="1312", country="RUS"), [("IND", "1312", "RUS")]),
        (Filters(code="COOPERATE"), [("RUS", "0311", "IND"), ("RUS", "061", "IND")]),
        # on the event's day: the 5 August meeting is before the 6 August article
        (Filters(until="2025-08-05"), [("IND", "040", "RUS")]),
        (Filters(since="2025-09-01", until="2025-09-30"), [("RUS", "061", "IND")]),
        (Filters(text="oil"), [("RUS", "061", "IND")]),
        (Filters(article="war"), [("RUS", "061", "IND"), ("RUS", "190", "UKR")]),
        (Filters(speaker="zelensky", code="19"), [("RUS", "190", "UKR")]),
        (Filters(limit=1), [("IND", "040", "RUS")]),
        (Filters(limit=0), []),
    ],
)
def test_query_events_filters(
    store: Store, filters: Filters, expected: list[tuple[str, str, str]]
) -> None:
    got = [(r["source_country"], r["cameo"], r["target_country"]) for r in events(store, filters)]
    assert got == expected


def test_query_events_keep_negated_flag(store: Store) -> None:
    negated = [r for r in events(store, Filters()) if r["negated"]]
    assert [(r["source_country"], r["target_country"], r["date"]) for r in negated] == [
        ("IND", "RUS", "2025-10")
    ]


@pytest.mark.parametrize(
    ("filters", "error"),
    [
        (Filters(dyad="INDRUS"), UsageError),
        (Filters(dyad="IN-RUS"), UsageError),
        (Filters(country="India"), UsageError),
        (Filters(since="6 August"), BadDateError),
        (Filters(until="2025-13-01"), BadDateError),
        (Filters(code="13x"), UsageError),
        (Filters(limit=-1), UsageError),
    ],
)
def test_query_events_bad_filters(store: Store, filters: Filters, error: type) -> None:
    with pytest.raises(error) as exc:
        events(store, filters)
    assert "\n" not in str(exc.value)


# -- quotes ------------------------------------------------------------------------------


def test_query_quotes_columns(store: Store) -> None:
    rows = quotes(store, Filters(speaker="Peskov"))
    assert rows == [
        {
            "speaker": "Kremlin spokesman Dmitry Peskov",
            "speaker_name": "Peskov",
            "speaker_country": "RUS",
            "cue": "said",
            "text": "“We value our partnership with India,”",
            "article_id": "talks",
            "published": "2025-08-06",
        }
    ]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), ["talks", "tariffs", "war"]),
        (Filters(speaker="RUBIO"), ["tariffs"]),
        (Filters(speaker="kremlin"), ["talks"]),  # the speaker's text, not only the name
        (Filters(country="UKR"), ["war"]),
        (Filters(text="sanctions table"), ["tariffs"]),
        (Filters(text="partnership Russia"), []),
        (Filters(since="2025-08-07"), ["tariffs", "war"]),
        (Filters(until="2025-08-06"), ["talks"]),
        (Filters(article="tariffs"), ["tariffs"]),
        (Filters(code="19"), ["war"]),
        # said by one side in an article that names the other
        (Filters(dyad="IND-RUS"), ["talks"]),
        (Filters(dyad="UKR-RUS"), ["war"]),
        (Filters(dyad="USA-IND"), ["tariffs"]),
    ],
)
def test_query_quotes_filters(store: Store, filters: Filters, expected: list[str]) -> None:
    assert ids(quotes(store, filters)) == expected


# -- versions ----------------------------------------------------------------------------


def test_query_reads_only_the_current_version(tmp_path: Path) -> None:
    old = article(
        "talks",
        "2025-08-06",
        [("India met Russia in Moscow.", "India", "040", "Russia", None, False)],
    )
    new = article(
        "talks",
        "2025-08-06",
        [("Russia attacked Ukraine overnight.", "Russia", "190", "Ukraine", None, False)],
    )
    with open_store(tmp_path / "v.duckdb") as store:
        store.write([old])
        store.write([new])
        assert store.stats()["events"] == 2
        assert [r["cameo"] for r in events(store, Filters())] == ["190"]
        assert [r["n_events"] for r in articles(store, Filters())] == [1]


# -- dyad series -------------------------------------------------------------------------


def test_query_dyad_series_by_month(store: Store) -> None:
    rows = dyad_series(store, "IND", "RUS")
    # the negated threat of October is left out
    assert [r["period"] for r in rows] == ["2025-08", "2025-09"]
    aug, sep = rows
    assert aug == {
        "period": "2025-08",
        "start": "2025-08-01",
        "n_events": 2,
        "a_to_b": 1,
        "b_to_a": 1,
        "goldstein": 3.1,
        "verbal_coop": 2,
        "material_coop": 0,
        "verbal_conflict": 0,
        "material_conflict": 0,
    }
    assert (sep["n_events"], sep["a_to_b"], sep["b_to_a"], sep["material_coop"]) == (1, 0, 1, 1)


def test_query_dyad_series_fills_empty_periods_within_bounds(store: Store) -> None:
    rows = dyad_series(store, "rus", "ind", freq="month", since="2025-07-15", until="2025-11-30")
    assert [(r["period"], r["n_events"], r["a_to_b"]) for r in rows] == [
        ("2025-07", 0, 0),
        ("2025-08", 2, 1),
        ("2025-09", 1, 1),
        ("2025-10", 0, 0),
        ("2025-11", 0, 0),
    ]
    assert rows[0]["goldstein"] is None


@pytest.mark.parametrize(
    ("freq", "expected"),
    [
        ("day", [("2025-08-05", 1), ("2025-08-06", 1), ("2025-08-07", 0), ("2025-08-08", 0)]),
        ("week", [("2025-W32", 2)]),
        ("quarter", [("2025-Q3", 2)]),
        ("year", [("2025", 2)]),
    ],
)
def test_query_dyad_series_frequencies(
    store: Store, freq: str, expected: list[tuple[str, int]]
) -> None:
    rows = dyad_series(store, "IND", "RUS", freq=freq, until="2025-08-08")
    assert [(r["period"], r["n_events"]) for r in rows] == expected


def test_query_dyad_series_no_events(store: Store) -> None:
    assert dyad_series(store, "CHN", "JPN") == []


def test_query_dyad_series_unknown_freq(store: Store) -> None:
    with pytest.raises(UsageError, match="unknown --freq 'fortnight'"):
        dyad_series(store, "IND", "RUS", freq="fortnight")


# -- render ------------------------------------------------------------------------------

ROWS = [
    {
        "date": "2025-08-05",
        "source": "India",
        "goldstein": 1.0,
        "negated": False,
        "sentence": "India met Russia, and " + "talked " * 20,
    },
    {
        "date": "2025-08-06",
        "source": "Russia, the Kremlin",
        "goldstein": -5.8,
        "negated": True,
        "sentence": None,
    },
]


def test_query_render_table() -> None:
    lines = render(ROWS, "table").splitlines()
    assert lines[0].split() == ["date", "source", "goldstein", "negated", "sentence"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2].split()[:4] == ["2025-08-05", "India", "1", "false"]
    assert lines[2].endswith("…")  # long cells are cut
    assert max(len(line) for line in lines) < 140
    assert lines[3].split()[-2:] == ["-5.8", "true"]
    assert render([], "table") == "(no rows)\n"


def test_query_render_csv() -> None:
    out = render(ROWS, "csv")
    back = list(csv.DictReader(io.StringIO(out)))
    assert back[1] == {
        "date": "2025-08-06",
        "source": "Russia, the Kremlin",
        "goldstein": "-5.8",
        "negated": "true",
        "sentence": "",
    }
    assert back[0]["sentence"] == ROWS[0]["sentence"]  # nothing cut
    assert render([], "csv") == ""


def test_query_render_json_lines() -> None:
    out = render(ROWS, "json")
    assert [json.loads(line) for line in out.splitlines()] == ROWS
    assert render(ROWS, "jsonl") == out


def test_query_render_unknown_format() -> None:
    with pytest.raises(UnknownFormatError, match="unknown output format 'xml'"):
        render(ROWS, "xml")


def test_query_render_real_query_rows(store: Store) -> None:
    rows = events(store, Filters(dyad="USA-IND"))
    assert json.loads(render(rows, "json")) == rows[0]
    assert "Washington threatened India with sanctions." in render(rows, "table")


def test_query_render_table_fits_width(store: Store) -> None:
    rows = events(store, Filters())
    wide = render(rows, "table").splitlines()
    assert max(len(line) for line in wide) > 200
    narrow = render(rows, "table", width=200).splitlines()
    assert max(len(line) for line in narrow) <= 200
    assert narrow[0].split() == wide[0].split()  # every header still whole
    assert [line.split()[0] for line in narrow[2:]] == [r["date"] for r in rows]


def test_query_events_min_confidence(store: Store) -> None:
    everything = events(store, Filters())
    assert everything and all(r["confidence"] == 0.5 for r in everything)
    assert events(store, Filters(min_confidence=0.5)) == everything
    assert events(store, Filters(min_confidence=0.6)) == []


@pytest.mark.parametrize("bad", [-0.1, 1.5])
def test_query_min_confidence_out_of_range(store: Store, bad: float) -> None:
    with pytest.raises(UsageError, match="min-confidence"):
        events(store, Filters(min_confidence=bad))
