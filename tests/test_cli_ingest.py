"""`communique ingest` as separate processes: readers during an ingest, two ingests at
once into one file, Ctrl-C. Real processes, a real DuckDB file, real parses."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from communique.store import open_store

STORY = (
    "Story {i}: Russia and India held talks in Moscow on Tuesday about defence. "
    "The Kremlin said President Putin would visit New Delhi in December."
)


def _corpus(folder: Path, numbers: range) -> Path:
    folder.mkdir()
    for i in numbers:
        (folder / f"story-{i:03d}.txt").write_text(STORY.format(i=i))
    return folder


def _ingest(source: Path, db: Path, *extra: str) -> subprocess.Popen[str]:
    argv = [sys.executable, "-m", "communique.cli", "ingest", str(source), "--db", str(db)]
    argv += ["--published", "2025-08-06", "--batch-size", "2", *extra]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _articles(db: Path) -> int:
    with open_store(db, read_only=True, wait=30) as store:
        return store.stats()["articles"]


def test_cli_ingest_two_at_once_store_the_union_once(tmp_path: Path) -> None:
    db = tmp_path / "both.duckdb"
    first = _ingest(_corpus(tmp_path / "a", range(0, 14)), db)
    second = _ingest(_corpus(tmp_path / "b", range(7, 21)), db)  # 7 stories in both
    outs = [p.communicate(timeout=240) for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outs
    assert _articles(db) == 21
    stored = [int(re.search(r"(\d+) stored", err)[1]) for _, err in outs]  # type: ignore[index]
    assert sum(stored) == 21


def test_cli_ingest_can_be_read_while_it_runs_and_says_what_ctrl_c_kept(tmp_path: Path) -> None:
    db = tmp_path / "i.duckdb"
    run = _ingest(_corpus(tmp_path / "c", range(0, 400)), db)
    try:
        deadline = time.monotonic() + 120
        seen = 0
        while seen < 4 and time.monotonic() < deadline:  # queries answer during the ingest
            seen = _articles(db) if db.exists() else 0
            time.sleep(0.2)
        assert seen >= 4 and run.poll() is None
        run.send_signal(signal.SIGINT)
        _, err = run.communicate(timeout=60)
    finally:
        run.kill()
    assert run.returncode == 130
    said = re.search(r"interrupted; so far \d+ read, (\d+) stored", err)
    assert said, err
    assert int(said[1]) == _articles(db) >= 4
    assert "Traceback" not in err


def test_cli_ingest_skip_example_with_markup_is_printed_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "[bold]empty.txt").write_text("")
    (folder / "story.txt").write_text(STORY.format(i=1))
    db = tmp_path / "[x].duckdb"
    run = _ingest(folder, db)
    _, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    assert "[bold]empty.txt" in err and f"{db}:" in err


def test_cli_ingest_a_long_text_and_bad_files_beside_the_examples(tmp_path: Path) -> None:
    """The examples and a 120,000-character one-line transcript are stored (the transcript
    parsed in pieces), a text over max_chars and empty and binary files are skipped with
    their reasons, and the run exits 0 with no traceback."""
    folder = tmp_path / "in"
    folder.mkdir()
    examples = Path(__file__).resolve().parent.parent / "examples"
    for path in examples.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    line = " ".join(STORY.format(i=i) for i in range(1300))  # one line, no break
    (folder / "transcript.txt").write_text(line[:120_000])
    (folder / "huge.txt").write_text(line[:160_000] + " The end.")
    (folder / "empty.txt").write_text("")
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 64)
    db = tmp_path / "batch.duckdb"
    argv = [sys.executable, "-m", "communique.cli", "ingest", str(folder), "--db", str(db)]
    argv += ["--published", "2025-08-06"]
    env = {**os.environ, "COMMUNIQUE_MAX_CHARS": "150000"}
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    said = " ".join(done.stderr.split())  # (the console may wrap a long line)
    assert "4 read, 3 stored, 0 already stored, 3 skipped (" in said
    for reason in ("too-long: 1", "empty: 1", "binary: 1"):
        assert reason in said
    with open_store(db, read_only=True) as store:
        _, rows = store.fetch("SELECT length(text) FROM articles ORDER BY 1 DESC")
    assert rows[0][0] == len(line[:120_000].strip())
