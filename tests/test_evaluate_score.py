"""The matching rules of the scorer, each on a tiny hand-made gold/prediction pair."""

from __future__ import annotations

import pytest

from communique.evaluate import score
from communique.evaluate.article import from_banned_line
from communique.evaluate.tokens import overlaps, pair, share_name_token, tokens


def ev(source, target, **types):  # gold event
    base = {"cameo": None, "root": None, "quad": None, "neutral": False, "plover": None}
    return {"source": source, "target": target, **base, **types}


def pe(source, target, **types):  # predicted event, contract shape
    return {
        "source": None if source is None else {"country": source},
        "target": None if target is None else {"country": target},
        **types,
    }


# ------------------------------------------------------------------ tokens


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("“We will win,”", "We will win this", True),  # containment, curly quotes folded
        ("Russia’s deputy", "russia's deputy", True),  # apostrophes folded
        ("reform immigration now", "comprehensive immigration policy reform", False),
        ("the weekend", "on the weekend", True),
        ("alpha beta gamma delta", "alpha beta epsilon", False),  # Jaccard 2/5
        ("alpha beta gamma", "alpha beta delta", True),  # Jaccard 2/4
        ("", "anything", False),
    ],
)
def test_evaluate_tokens_overlap_rule(a: str, b: str, expected: bool) -> None:
    assert overlaps(a, b) is expected


def test_evaluate_tokens_lowercase_word_runs() -> None:
    assert tokens("U.S. President’s “plan”") == ["u", "s", "president", "s", "plan"]


def test_evaluate_pair_is_one_to_one_best_overlap_first() -> None:
    gold = ["on Friday", "Friday night"]
    pred = ["Friday", "on Friday"]
    # "on Friday"~"on Friday" (1.0) is taken first; "Friday night" then gets "Friday".
    assert pair(gold, pred, str, str) == [(0, 1), (1, 0)]


def test_evaluate_speaker_names_ignore_titles() -> None:
    assert share_name_token("President Obama", "Barack Obama")
    assert not share_name_token("President Obama", "the President")
    assert not share_name_token("Mr Smith", "Mr Jones")


# ------------------------------------------------------------------ events


def test_evaluate_events_null_gold_target_matches_any_target() -> None:
    gold = [{"id": "1", "events": [ev("RUS", None, plover="ASSAULT")]}]
    pred = [{"id": "1", "events": [pe("RUS", "GEO", plover="ASSAULT")]}]
    fig = score("events", gold, pred)["levels"]["plover"]
    assert (fig["tp"], fig["P"], fig["R"]) == (1, 1.0, 1.0)


def test_evaluate_events_predicted_null_target_does_not_match_coded_target() -> None:
    gold = [{"id": "1", "events": [ev("RUS", "GEO", plover="ASSAULT")]}]
    pred = [{"id": "1", "events": [pe("RUS", None, plover="ASSAULT")]}]
    assert score("events", gold, pred)["levels"]["plover"]["tp"] == 0


def test_evaluate_events_direction_matters() -> None:
    gold = [{"id": "1", "events": [ev("CHN", "JPN", cameo="112")]}]
    pred = [{"id": "1", "events": [pe("JPN", "CHN", cameo="112", root="11")]}]
    fig = score("events", gold, pred)
    assert fig["levels"]["cameo"]["tp"] == 0 and fig["levels"]["root"]["tp"] == 0


def test_evaluate_events_empty_gold_makes_every_prediction_wrong() -> None:
    gold = [
        {"id": "1", "events": []},
        {"id": "2", "events": [ev("USA", "MEX", plover="AID")]},
    ]
    pred = [
        {"id": "1", "events": [pe("USA", "MEX", plover="AID")]},
        {"id": "2", "events": [pe("USA", "MEX", plover="AID")]},
    ]
    fig = score("events", gold, pred)["levels"]["plover"]
    assert (fig["tp"], fig["gold"], fig["pred"], fig["P"], fig["R"]) == (1, 1, 2, 0.5, 1.0)


def test_evaluate_events_fewer_nulls_matched_first() -> None:
    gold = [{"id": "1", "events": [ev(None, None, root="04"), ev("USA", "IND", root="04")]}]
    pred = [{"id": "1", "events": [pe("USA", "IND", root="04"), pe("CHN", "RUS", root="04")]}]
    # In listed order the wildcard event would take USA->IND and leave the coded one unmatched.
    assert score("events", gold, pred)["levels"]["root"]["tp"] == 2


def test_evaluate_events_missing_prediction_record_counts_as_empty() -> None:
    gold = [{"id": "1", "events": [ev("IRN", "ISR", plover="THREATEN")]}]
    fig = score("events", gold, [])
    assert fig["predicted_records"] == 0
    assert fig["levels"]["plover"] == {
        "tp": 0,
        "gold": 1,
        "pred": 0,
        "P": 0.0,
        "R": 0.0,
        "F1": 0.0,
        "per_type": {"THREATEN": [1, 0]},
    }


def test_evaluate_events_levels_are_those_the_gold_fills_and_root_comes_from_cameo() -> None:
    gold = [{"id": "1", "events": [ev("USA", "CAN", cameo="0311", quad=1)]}]
    pred = [{"id": "1", "events": [pe("USA", "CAN", cameo="0312", root="03", quad_class=1)]}]
    fig = score("events", gold, pred)
    assert list(fig["levels"]) == ["cameo", "root", "quad"]
    assert [fig["levels"][lv]["tp"] for lv in ("cameo", "root", "quad")] == [0, 1, 1]
    assert fig["levels"]["root"]["per_type"] == {"03": [1, 1]}


def test_evaluate_events_quad_sentence_accuracy_uses_most_severe_class() -> None:
    gold = [
        {"id": "a", "events": [ev(None, None, quad=3)]},
        {"id": "b", "events": [ev(None, None, neutral=True)]},
        {"id": "c", "events": [ev(None, None, quad=2)]},
    ]
    pred = [
        # a: verbal cooperation and verbal conflict: 3 dominates
        {"id": "a", "events": [pe("A", "B", root="04"), pe("A", "B", root="12")]},
        # b: a statement (root 01) is neutral even with a quad_class
        {"id": "b", "events": [pe("A", None, root="01", quad_class=1)]},
        # c: nothing predicted -> neutral
        {"id": "c", "events": []},
    ]
    fig = score("events", gold, pred)
    assert fig["accuracy"] == pytest.approx(2 / 3)
    assert fig["confusion"] == {"0->0": 1, "2->0": 1, "3->3": 1}
    assert fig["levels"]["quad"]["per_type"] == {"0": [1, 1], "2": [1, 0], "3": [1, 1]}


def test_evaluate_events_mixed_levels_have_no_sentence_accuracy() -> None:
    gold = [{"id": "1", "events": [ev("USA", "CAN", cameo="042", quad=1)]}]
    assert "accuracy" not in score("events", gold, [])


# ------------------------------------------------------------------ quotes


def test_evaluate_quotes_found_by_overlap_and_attributed_by_name_token() -> None:
    gold = [
        {
            "id": "1",
            "quotes": [
                {
                    "quote": "“We will not back down,” she said, “not now”",
                    "speaker": "Senator Warren",
                },
                {"quote": "“a total disaster”", "speaker": None},
                {"quote": "“lower taxes for everyone”", "speaker": "Mr Cruz"},
            ],
        },
    ]
    pred = [
        {
            "id": "1",
            "quotes": [
                {
                    "text": "We will not back down,",
                    "speaker": {"text": "she", "name": "Elizabeth Warren"},
                },
                {"text": "a total disaster", "speaker": None},
                {"text": "lower taxes for everyone", "speaker": {"text": "Mr Rubio", "name": None}},
                {"text": "an unrelated remark", "speaker": None},
            ],
        },
    ]
    fig = score("quotes", gold, pred)
    assert (fig["gold"], fig["pred"], fig["found"]) == (3, 4, 3)
    assert (fig["found_with_speaker"], fig["attributed"]) == (2, 1)


def test_evaluate_quotes_short_prediction_inside_long_gold_is_found() -> None:
    gold = [
        {
            "id": "1",
            "quotes": [{"quote": "“It is a long road, and we walked it together”", "speaker": "X"}],
        }
    ]
    pred = [{"id": "1", "quotes": [{"text": "we walked it together", "speaker": {"text": "X"}}]}]
    assert score("quotes", gold, pred)["found"] == 1


# ------------------------------------------------------------------ dates


def test_evaluate_dates_range_and_granularity() -> None:
    gold = [
        {
            "id": "1",
            "published": "2024-03-06",
            "dates": [
                {"text": "last weekend", "value": "2024-03-02/2024-03-03"},
                {"text": "in February", "value": "2024-02"},
                {"text": "next year", "value": "2025"},
            ],
        }
    ]
    pred = [
        {
            "id": "1",
            "dates": [
                {"text": "last weekend", "value": "2024-03-02/2024-03-03"},
                {"text": "February", "value": "2024-02-01"},  # a day is not a month
            ],
        }
    ]
    fig = score("dates", gold, pred)
    assert (fig["found"], fig["correct"]) == (2, 1)
    assert (fig["R"], fig["accuracy"], fig["end_to_end"]) == pytest.approx((2 / 3, 1 / 2, 1 / 3))


# ------------------------------------------------------------------ actors


def test_evaluate_actors_null_country_and_best_overlap() -> None:
    gold = [
        {"id": "1", "actor": "a smuggling ring", "country": None, "sector": "CRM"},
        {"id": "2", "actor": "the Kenyan police", "country": "KEN", "sector": "COP"},
        {"id": "3", "actor": "Ukrainian border guards", "country": "UKR"},  # sector not tested
    ]
    pred = [
        {"id": "1", "actors": [{"text": "a smuggling ring", "country": None, "sector": "CRM"}]},
        {
            "id": "2",
            "actors": [
                {"text": "Kenyan", "country": "KEN", "sector": None},
                {"text": "the Kenyan police", "country": "KEN", "sector": "COP"},
            ],
        },
        {"id": "3", "actors": [{"text": "an unrelated phrase", "country": "UKR"}]},
    ]
    fig = score("actors", gold, pred)
    assert fig["found"] == 2
    assert fig["country"] == {"n": 3, "correct": 2, "accuracy": pytest.approx(2 / 3)}
    assert fig["sector"] == {"n": 2, "correct": 2, "accuracy": 1.0}


# ------------------------------------------------------------------ the seed article rules

ARTICLE = (
    "Home World Ministers Meet In Oslo\n\n"
    "Ministers Meet In Oslo\n\n"
    "Norway and Sweden held talks on Monday in Oslo.\n"
    "Photo: Norway's foreign minister greets Sweden's envoy. Credit: Agency\n"
    "Norway criticised Denmark over fishing quotas, its minister said.\n"
    "“We will defend our fishermen,” Foreign Minister Kari Nord said.\n"
)

ANNOTATION = {
    "document": {"published": "2024-05-08"},
    "events_required": [
        {
            "id": "R1",
            "what": "talks",
            "source": "SWE",
            "target": "NOR",
            "symmetric": True,
            "root": "04",
            "cameo": "040",
            "date": "2024-05-06",
        },
        {
            "id": "R2",
            "what": "criticism",
            "source": "NOR",
            "target": "DNK",
            "root": "11",
            "cameo": "111",
        },
    ],
    "events_allowed": [{"source": "NOR", "target": None, "root": "01"}],
    "no_events_from_lines": [
        "Home World Ministers Meet In Oslo",
        "Photo: Norway's foreign minister greets Sweden's envoy. Credit: Agency",
    ],
    "quotes": [
        {"id": "Q1", "contains": "defend our fishermen", "speaker": "Kari Nord", "country": "NOR"}
    ],
    "actors": [
        {"name": "Kari Nord", "mentions": ["Kari Nord", "Nord"], "country": "NOR", "sector": "GOV"},
        {"name": "Oslo", "mentions": ["Oslo"], "country": "NOR"},
    ],
    "dates": [{"text": "on Monday", "value": "2024-05-06"}],
}


def _event(source, target, root, sentence, cameo=None, date=None):
    return {
        **pe(source, target, root=root, cameo=cameo or root + "0", date=date),
        "sentence": sentence,
        "trigger": "x",
    }


def _article_score(pred: dict) -> dict:
    return score("article", [{**ANNOTATION, "text": ARTICLE}], [pred])


def test_evaluate_article_symmetric_required_and_allowed_events() -> None:
    pred = {
        "events": [
            # reversed direction, but R1 is symmetric
            _event(
                "NOR",
                "SWE",
                "04",
                "Norway and Sweden held talks on Monday in Oslo.",
                cameo="040",
                date="2024-05-06",
            ),
            # R2 is not symmetric: reversed is neither found nor allowed
            _event(
                "DNK",
                "NOR",
                "11",
                "Norway criticised Denmark over fishing quotas, its minister said.",
            ),
            # allowed pattern with any target: neutral
            _event(
                "NOR",
                "DNK",
                "01",
                "Norway criticised Denmark over fishing quotas, its minister said.",
            ),
        ]
    }
    ev = _article_score(pred)["events"]
    assert (ev["found"], ev["allowed"], ev["false_positives"]) == (1, 1, 1)
    assert ev["recall"] == 0.5 and ev["precision"] == 0.5
    assert (ev["cameo_right"], ev["date_right"]) == (1, 1)
    assert [m["id"] for m in ev["missed_events"]] == ["R2"]


def test_evaluate_article_required_events_are_one_to_one() -> None:
    talks = "Norway and Sweden held talks on Monday in Oslo."
    pred = {"events": [_event("NOR", "SWE", "04", talks), _event("SWE", "NOR", "04", talks)]}
    ev = _article_score(pred)["events"]
    assert (ev["found"], ev["false_positives"]) == (1, 1)


def test_evaluate_article_events_from_no_event_lines_are_false_positives() -> None:
    pred = {
        "events": [
            # only inside the photo-credit line: false positive although it matches R1
            _event("NOR", "SWE", "04", "Photo: Norway's foreign minister greets Sweden's envoy."),
            # the headline also stands on its own line: allowed to yield events
            _event("NOR", "SWE", "04", "Ministers Meet In Oslo"),
        ]
    }
    ev = _article_score(pred)["events"]
    assert ev["found"] == 1 and ev["false_positives"] == 1
    assert ev["false_positive_events"][0]["banned_line"] is True


def test_evaluate_article_banned_line_falls_back_to_offsets() -> None:
    start = ARTICLE.index("Photo:") + 8
    event = {"sentence": "text not in the article", "start": start, "end": start + 6}
    assert from_banned_line(
        event, ARTICLE, ["Photo: Norway's foreign minister greets Sweden's envoy. Credit: Agency"]
    )


def test_evaluate_article_quotes_actors_dates() -> None:
    pred = {
        "quotes": [
            {
                "text": "We will defend our fishermen,",
                "speaker": {
                    "text": "Foreign Minister Kari Nord",
                    "name": "Kari Nord",
                    "country": "NOR",
                    "sector": "GOV",
                },
            }
        ],
        "actors": [
            {"text": "Foreign Minister Kari Nord", "country": "NOR", "sector": "GOV"},
            {"text": "Nord", "country": "NOR", "sector": "GOV"},
            {"text": "Oslo", "country": "SWE", "sector": None},
        ],
        "dates": [{"text": "on Monday", "value": "2024-05-06"}],
    }
    fig = _article_score(pred)
    assert (fig["quotes"]["found"], fig["quotes"]["attributed"]) == (1, 1)
    assert (fig["actors"]["right"], fig["actors"]["wrong"]) == (1, 1)
    assert fig["actors"]["wrong_actors"][0]["name"] == "Oslo"
    assert fig["actors"]["wrong_actors"][0]["predicted"] == [
        {"text": "Oslo", "country": "SWE", "sector": None}
    ]
    assert fig["dates"]["right"] == 1


def test_evaluate_article_quote_needs_speaker_country() -> None:
    pred = {"quotes": [{"text": "We will defend our fishermen", "speaker": {"text": "Kari Nord"}}]}
    q = _article_score(pred)["quotes"]
    assert (q["found"], q["attributed"]) == (1, 0)


def test_evaluate_article_longest_mention_wins() -> None:
    annotation = {
        **ANNOTATION,
        "actors": [
            {"name": "Nord Group", "mentions": ["Nord Group"], "country": "NOR", "sector": "BUS"},
            {"name": "Kari Nord", "mentions": ["Nord"], "country": "NOR", "sector": "GOV"},
        ],
    }
    pred = {"actors": [{"text": "the Nord Group", "country": "NOR", "sector": "BUS"}]}
    fig = score("article", [{**annotation, "text": ARTICLE}], [pred])["actors"]
    # "the Nord Group" belongs to Nord Group (longest mention), not to Kari Nord
    assert (fig["right"], fig["wrong"]) == (1, 1)
    assert fig["wrong_actors"][0] == {
        "name": "Kari Nord",
        "want": {"country": "NOR", "sector": "GOV"},
        "predicted": [],
    }
