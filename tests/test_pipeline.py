"""``Pipeline.extract`` and ``communique.extract`` on what a caller may pass: a clear
error for what is no text, and every output encodable for odd text."""

from __future__ import annotations

import json

import pytest

from communique.errors import InputError
from communique.pipeline import Pipeline, usable_text

TEXT = "Russia attacked Ukraine."


@pytest.mark.parametrize(
    ("given", "usable"),
    [
        (TEXT, TEXT),
        (TEXT.encode("utf-8"), TEXT),
        (TEXT.encode("utf-16"), TEXT),
        ("Russia\x00attacked Ukraine.", "Russia attacked Ukraine."),  # NUL: a space
        ("Russia attacked \ud800Ukraine.", "Russia attacked \ufffdUkraine."),  # lone surrogate
        ("Line one.\nLine\ttwo.\r\n", "Line one.\nLine\ttwo.\r\n"),  # breaks and tabs kept
    ],
)
def test_pipeline_usable_text_keeps_offsets(given: str | bytes, usable: str) -> None:
    out = usable_text(given)
    assert out == usable
    if isinstance(given, str):
        assert len(out) == len(given)


@pytest.mark.parametrize("given", [None, 42, ["Russia attacked Ukraine."]])
def test_pipeline_extract_refuses_what_is_no_text(pipeline: Pipeline, given: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        pipeline.extract(given)  # type: ignore[arg-type]


def test_pipeline_extract_refuses_binary_bytes(pipeline: Pipeline) -> None:
    with pytest.raises(InputError, match="not text"):
        pipeline.extract(bytes(range(256)) * 8)


@pytest.mark.parametrize(
    "given",
    [TEXT.encode("utf-8"), "Russia\x00 attacked Ukraine.", "Russia attacked \udc80Ukraine."],
)
def test_pipeline_extract_odd_text_codes_the_event_and_encodes(
    pipeline: Pipeline, given: str | bytes
) -> None:
    doc = pipeline.extract(given, published="2025-08-06")
    assert [(e.source and e.source.country, e.cameo) for e in doc.events] == [("RUS", "190")]
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")  # no lone surrogate left


def test_pipeline_extract_a_text_over_max_chars_is_one_line_error(pipeline: Pipeline) -> None:
    with pytest.raises(InputError, match=r"too long to parse \(10,000,000 characters"):
        pipeline.extract("x " * 5_000_000)
