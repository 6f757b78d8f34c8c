"""The corrections loop on a real store: learned entries change the corrected events when
the articles are extracted again, and what no entry can say is reported, not written."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.audit.entries import ActorEntry, LexiconEntry, Skip, entries_for, find_trigger
from communique.audit.learn import Learning, learn, render, write_entries
from communique.audit.replay import Replayer, overlapping
from communique.audit.sample import sample
from communique.audit.sheet import AuditRow, judge
from communique.errors import UsageError
from communique.events.lexicon import NO_EVENT, load_lexicon
from communique.models import Event
from communique.pipeline import Pipeline
from communique.query import Filters
from communique.settings import Settings
from communique.store import open_store


@pytest.fixture(scope="module")
def rows(audit_db: Path) -> list[AuditRow]:
    """Every stored event as an unjudged sheet row."""
    with open_store(audit_db, read_only=True) as store:
        return sample(store, 10_000, 1, by="none", filters=Filters(min_confidence=0))


def _event(rows: list[AuditRow], trigger: str, source_country: str | None) -> AuditRow:
    found = [r for r in rows if r.trigger == trigger and r.source_country == source_country]
    assert found, f"no stored event '{trigger}' by {source_country}"
    return found[0]


def _learn(audit_db: Path, pipeline: Pipeline, judged: list[AuditRow]) -> Learning:
    with open_store(audit_db, read_only=True) as store:
        return learn(judged, store, pipeline)


def _extract_again(
    audit_db: Path, pipeline: Pipeline, row: AuditRow, **settings: object
) -> list[Event]:
    """The events at the row's trigger when its stored article is extracted again with
    these settings (the user's files)."""
    again = Pipeline(Settings(**settings), nlp=pipeline.nlp)  # type: ignore[arg-type]
    prefix, start, end = row.event_id.split("/")[0].replace("-", ":").split(":")
    with open_store(audit_db, read_only=True) as store:
        replayer = Replayer(store, again)
        h = replayer.find(prefix)
        assert h is not None
        return overlapping(replayer.run(h, again), int(start), int(end))


def test_learn_code_correction_recodes_the_event(
    audit_db: Path, pipeline: Pipeline, rows: list[AuditRow], tmp_path: Path
) -> None:
    accused = _event(rows, "accused", "PAK")
    new_code = "111" if accused.root != "11" else "042"
    judged = judge(accused, "partial", corrected_code=new_code)
    learning = _learn(audit_db, pipeline, [judged])
    (kept,) = learning.kept
    assert isinstance(kept.entry, LexiconEntry)
    assert (kept.entry.code, kept.entry.verb) == (new_code, "accuse")
    assert kept.entry.objects  # in the frame it fired in: with its object
    assert kept.outcomes == {judged.event_id: "fixed"}
    assert kept.change.total >= 1 and len(kept.scanned) >= 1
    path = tmp_path / "mine.yaml"
    assert write_entries(learning, lexicon_out=path, origin="judged.tsv") == (1, 0)
    before = _extract_again(audit_db, pipeline, judged)
    after = _extract_again(audit_db, pipeline, judged, lexicon=(str(path),))
    assert accused.code in {e.cameo for e in before}
    assert {e.cameo for e in after} == {new_code}
    (shown,) = learning.replayed
    assert new_code in {e.cameo for e in shown.after}
    assert new_code not in {e.cameo for e in shown.before}


def test_learn_wrong_event_becomes_a_no_event_entry(
    audit_db: Path, pipeline: Pipeline, rows: list[AuditRow], tmp_path: Path
) -> None:
    met = _event(rows, "met", "POL")
    learning = _learn(audit_db, pipeline, [judge(met, "wrong", note="no meeting really")])
    (kept,) = learning.kept
    assert isinstance(kept.entry, LexiconEntry)
    assert (kept.entry.code, kept.entry.verb) == (NO_EVENT, "meet")
    assert kept.change.removed >= 1
    path = tmp_path / "mine.yaml"
    write_entries(learning, lexicon_out=path)
    assert _extract_again(audit_db, pipeline, met, lexicon=(str(path),)) == []
    # the seed article's meeting (a noun, another frame) is untouched by a verb entry
    meeting = _event(rows, "meeting", "IND")
    assert _extract_again(audit_db, pipeline, meeting, lexicon=(str(path),))


def test_learn_actor_correction_becomes_an_actor_entry(
    audit_db: Path, pipeline: Pipeline, rows: list[AuditRow], tmp_path: Path
) -> None:
    harlan = _event(rows, "criticised", None)
    assert harlan.source == "The Harlan Institute"
    judged = judge(harlan, "partial", corrected_source="GBRNGO")
    learning = _learn(audit_db, pipeline, [judged])
    (kept,) = learning.kept
    assert kept.entry == ActorEntry("Harlan Institute", "GBR", "NGO", "organisation")
    path = tmp_path / "actors.yaml"
    assert write_entries(learning, actors_out=path) == (0, 1)
    after = _extract_again(audit_db, pipeline, judged, dictionaries=(str(path),))
    assert [(e.source.country, e.source.sector) for e in after if e.source] == [("GBR", "NGO")]


def test_learn_reports_what_no_entry_can_say(
    audit_db: Path, pipeline: Pipeline, rows: list[AuditRow]
) -> None:
    police = _event(rows, "arrested protesters", None)  # no country: the dateline is no actor
    threat = _event(rows, "threat tariffs", "USA")
    judged = [
        judge(police, "partial", corrected_source="NPLCOP"),  # "Police": no name
        judge(police, "partial", corrected_target="none"),  # a dictionary cannot remove it
        judge(threat, "partial", corrected_code="1311"),  # its code comes from the clause
    ]
    learning = _learn(audit_db, pipeline, judged)
    assert learning.kept == []
    reasons = [s.reason for s in learning.skipped]
    assert any("'Police' is a description, not a name" in r for r in reasons)
    assert any("cannot take the target away" in r for r in reasons)
    assert any("cannot set the code" in r and "'threat' fired" in r for r in reasons)
    text = render(learning)
    assert "not learnable:" in text and "0 entries kept" in text


def test_learn_conflicting_corrections_teach_nothing(
    audit_db: Path, pipeline: Pipeline, rows: list[AuditRow]
) -> None:
    accused = _event(rows, "accused", "PAK")
    one = judge(accused, "partial", corrected_code="111")
    other = judge(accused, "partial", corrected_code="1121")
    learning = _learn(audit_db, pipeline, [one, other])
    assert learning.learned == [] and learning.kept == []
    assert len(learning.skipped) == 2
    assert all("disagree" in s.reason for s in learning.skipped)


def test_learn_skips_events_it_cannot_find(
    audit_db: Path, pipeline: Pipeline, rows: list[AuditRow]
) -> None:
    lost = judge(AuditRow(event_id="000000000000:1-5", code="040"), "wrong", where="row 9")
    learning = _learn(audit_db, pipeline, [lost, judge(rows[0], "right")])
    assert [s.reason for s in learning.skipped] == ["its article is not in the database"]


def test_learn_entry_is_as_specific_as_the_pattern_that_fired(
    audit_db: Path, pipeline: Pipeline, rows: list[AuditRow]
) -> None:
    """The entry keeps the fired pattern's constraints, so it outranks that pattern."""
    row = _event(rows, "imposed sanctions", "IGO")
    with open_store(audit_db, read_only=True) as store:
        replayer = Replayer(store, pipeline)
        prefix, span = row.event_id.split(":", 1)
        h = replayer.find(prefix)
        assert h is not None
        index = replayer.index(h)
    start, end = (int(x) for x in span.split("-"))
    trig = find_trigger(index, start, end, row.code, pipeline.lexicon)
    assert trig is not None
    (proposed,) = entries_for(judge(row, "partial", corrected_code="172"), index, pipeline.lexicon)
    assert not isinstance(proposed, Skip)
    entry = proposed.entry
    assert isinstance(entry, LexiconEntry)
    fired = trig.pattern
    assert entry.verb == fired.verb and entry.prep == fired.prep
    assert set(entry.objects) <= set(fired.objects) or not fired.objects
    assert len(entry.objects) >= 1


def test_learn_write_entries_appends_and_checks(tmp_path: Path) -> None:
    from communique.audit.entries import Proposed
    from communique.audit.learn import Learned

    row = AuditRow(event_id="ab12cd34ef56:1-5", code="040", row=4)
    entry = LexiconEntry("043", verb="huddle", objects=("delegation",), prep="with")
    item = Learned(entry, [Proposed(entry, row, ("code", "043"))], {row.event_id: "fixed"})
    learning = Learning(learned=[item])
    path = tmp_path / "mine.yaml"
    path.write_text("- {code: '040', noun: talks}", encoding="utf-8")
    assert write_entries(learning, lexicon_out=path, origin="judged.tsv") == (1, 0)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("- {code: '040', noun: talks}\n# learned by")
    assert "# rows 4: 0 events in stored articles change\n" in text
    assert text.endswith("- {code: '043', verb: huddle, objects: [delegation], prep: with}\n")
    (pattern,) = [p for p in load_lexicon([str(path)]).for_verb("huddle") if p.prep]
    assert (pattern.code, pattern.objects, pattern.prep) == ("043", {"delegation"}, "with")
    with pytest.raises(UsageError, match="name a .yaml file"):
        write_entries(learning, lexicon_out=tmp_path / "mine.txt")
    item.outcomes[row.event_id] = "changed"  # not fixed: not kept, nothing written
    assert write_entries(learning, lexicon_out=tmp_path / "other.yaml") == (0, 0)
    assert not (tmp_path / "other.yaml").exists()
