"""Event frames and irrealis: a pattern's word codes an event only where it names one.

Each sentence asserts the exact set of (source, target, code) it yields through the whole
pipeline with the shipped lexicon and actor tables.
"""

from __future__ import annotations

import pytest

from communique.pipeline import Pipeline


def _codes(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    doc = pipeline.extract(text, published="2025-08-06")
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None, e.cameo)
        for e in doc.events
    }


@pytest.mark.parametrize(
    "text",
    [
        # only possible, a purpose, asked, forecast, attempted or embedded in a future or
        # negated clause: nothing happened
        "Iran could attack Israel.",
        "Iran bought rockets to attack Israel.",
        "Should Britain attack Iraq?",
        "Russia is expected to attack Ukraine.",
        "Russia tried to seize the Ukrainian port.",
        "The treaty will allow Russia to attack Georgia.",
        "The decision did not mean abandoning Ukraine.",
        # a bare mention of an event noun, in no event frame
        "Trade talks were mentioned in the report.",
        "The minister spoke at his party's conference.",
        "Despite US objections, the plan went ahead.",
        # a consultation with no other side
        "President Goodluck Jonathan called an emergency cabinet meeting.",
        # force used figuratively by politicians, on nothing force can reach
        "The Tories hit back at the jibe.",
    ],
)
def test_frames_no_event(pipeline: Pipeline, text: str) -> None:
    assert _codes(pipeline, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun made to happen, or with an actor of its own acting on another
        ("India and Russia held talks in Moscow.", {("IND", "RUS", "040"), ("RUS", "IND", "040")}),
        ("China imposed sanctions on Japan.", {("CHN", "JPN", "163")}),
        ("Russia was behind the attack on Ukraine.", {("RUS", "UKR", "190")}),
        # the governor is the event: stopping talks, a threat issued
        ("India ended the talks with Russia.", {("IND", "RUS", "164")}),
        # force by a state reaches its target; an errand's purpose is done
        ("Russia attacked Ukraine.", {("RUS", "UKR", "190")}),
        ("Modi called Putin to discuss the war in Ukraine.", {("IND", "RUS", "040")}),
        # a possible act under a threat is a threat
        ("Russia threatened that it could attack Ukraine.", {("RUS", "UKR", "138")}),
        # the one who receives the act is its target
        ("Israel drew sharp rebukes from Turkey over the raid.", {("TUR", "ISR", "111")}),
        ("China is facing criticism from Japan over the islands.", {("JPN", "CHN", "111")}),
    ],
)
def test_frames_event(
    pipeline: Pipeline, text: str, expected: set[tuple[str | None, str | None, str]]
) -> None:
    assert _codes(pipeline, text) == expected
