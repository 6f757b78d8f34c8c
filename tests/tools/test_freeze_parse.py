"""tools/freeze_parse.py and the frozen parses (tests/frozen_parses.py): the table the tool prints
reads back as the model's own parse, and the stages read the frozen parse, not a new one."""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from communique.models import Document
from communique.pipeline import Pipeline
from frozen_parses import escape, frozen_doc, token_rows, unescape

TOOL = Path(__file__).resolve().parents[2] / "tools" / "freeze_parse.py"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("freeze_parse", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _entry_table(printed: str) -> dict[str, str]:
    body = "\n".join(line for line in printed.splitlines() if not line.startswith("#"))
    table: dict[str, str] = ast.literal_eval("{" + body + "}")  # entries to paste
    return table


def test_freeze_parse_prints_a_table_that_reads_back_as_the_parse(
    tool: ModuleType, pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Russia met China.\n\nIt later attacked  Ukraine."
    assert tool.main([text.replace("\n", "\\n")]) == 0
    (table,) = _entry_table(capsys.readouterr().out).values()
    assert "\\n\\n" in table and "\\s" in table  # the line break and the double space
    live = pipeline.nlp(text)
    frozen = frozen_doc(pipeline.nlp.vocab, text, table)
    assert token_rows(frozen) == token_rows(live)


def test_freeze_parse_stages_read_the_frozen_parse(
    tool: ModuleType,
    pipeline: Pipeline,
    frozen_extract: Callable[..., Document],
) -> None:
    text = "Russia attacked Ukraine."
    table = tool.parse_table(pipeline, text)
    swapped = table.replace("nsubj", "SUBJ").replace("dobj", "nsubj").replace("SUBJ", "dobj")
    events = [(e.source, e.target, e.cameo) for e in frozen_extract(text, swapped).events]
    assert [(s.country, t.country, c) for s, t, c in events if s and t] == [("UKR", "RUS", "190")]


@pytest.mark.parametrize(
    ("text", "table", "message"),
    [
        ("Russia attacked Ukraine.", "0 Russia Russia PROPN NNP nsubj 1", "8 columns"),
        ("Russia attacked Ukraine.", "1 Russia Russia PROPN NNP nsubj 1 O", "8 columns"),
        ("Russia attacked Ukraine.", "0 Moscow Moscow PROPN NNP ROOT 0 O", "'Moscow' is not at"),
        ("Russia attacked Ukraine.", "0 Russia Russia PROPN NNP ROOT 0 O", "end at 7 of 24"),
    ],
)
def test_freeze_parse_table_must_spell_the_text(
    pipeline: Pipeline, text: str, table: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        frozen_doc(pipeline.nlp.vocab, text, table)


@pytest.mark.parametrize("field", ["\n\n", " ", "a\\b", "\t\r", "\u00a0", "“Quote”"])
def test_freeze_parse_escape_round_trip(field: str) -> None:
    assert unescape(escape(field)) == field
    assert not any(c.isspace() for c in escape(field))


def test_freeze_parse_check_names_the_tables_the_model_no_longer_gives(
    tool: ModuleType, pipeline: Pipeline, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tool.parse_table(pipeline, "Russia attacked Ukraine.")
    stale = tool.parse_table(pipeline, "India met Japan.").replace("dobj", "attr")
    tests = tmp_path / "test_some_rules.py"
    tests.write_text(
        "PARSES = {\n"
        + tool.entry("Russia attacked Ukraine.", good)
        + "\n"
        + tool.entry("India met Japan.", stale)
        + "\n}\n",
        encoding="utf-8",
    )
    assert tool.check(pipeline, [str(tests)]) == 1
    out = capsys.readouterr()
    assert "2 frozen parses checked" in out.err
    (table,) = _entry_table(out.out).values()
    assert "dobj" in table and "attr" not in table
