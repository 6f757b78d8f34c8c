"""Print the frozen-parse table of a sentence, as the installed spaCy model parses it.

Usage:

    python tools/freeze_parse.py "Russia attacked Ukraine." [MORE SENTENCES...]
    python tools/freeze_parse.py --check tests/events/test_rules.py [MORE TEST FILES...]

Rule tests do not parse their sentences: they write the parse down (one token a line:
index, word, lemma, coarse and fine part of speech, dependency, head index, entity as
IOB) and the stages run on it, so a model update cannot break a correct rule (see
``tests/frozen_parses.py``). The first form prints, for each sentence, an entry to paste into a
test file's ``PARSES`` table (the text, then its table). ``--check`` parses every text of
the named test files' ``PARSES`` with the installed model and prints the ones it now
parses differently, with their new table: after a model update, those are the rule tests
to review. ``--model`` picks another installed model; line breaks in a sentence may be
written ``\\n``.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from communique.models import Article  # noqa: E402
from communique.pipeline import Pipeline  # noqa: E402
from communique.settings import Settings  # noqa: E402
from frozen_parses import FROZEN_MODEL, format_spec, frozen_doc, model_key, token_rows  # noqa: E402


def entry(text: str, table: str) -> str:
    """A ``PARSES`` entry: the text as a Python literal, then its table."""
    return f"    {text!r}: r'''\n{table}\n''',"


def parse_table(pipeline: Pipeline, text: str) -> str:
    index = pipeline.parse_one(Article(id="freeze", text=text))
    return format_spec(index.doc, indent="    ")


def check(pipeline: Pipeline, files: list[str]) -> int:
    """Print the texts whose live parse differs from their frozen table; return how many."""

    changed = 0
    for path in files:
        spec = importlib.util.spec_from_file_location(Path(path).stem, path)
        if spec is None or spec.loader is None:
            raise SystemExit(f"freeze_parse: cannot load {path}")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        parses: dict[str, str] = getattr(module, "PARSES", {})
        for text, table in parses.items():
            frozen = frozen_doc(pipeline.nlp.vocab, text, table)
            live = pipeline.parse_one(Article(id="freeze", text=text)).doc
            if token_rows(frozen) != token_rows(live):
                changed += 1
                print(f"# {path}: parsed differently now", file=sys.stderr)
                print(entry(text, format_spec(live, indent="    ")))
        print(f"{path}: {len(parses)} frozen parses checked", file=sys.stderr)
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("texts", nargs="+", help="sentences, or test files with --check")
    ap.add_argument("--check", action="store_true", help="compare test files' PARSES")
    ap.add_argument("--model", default=Settings().model, help="installed spaCy model")
    args = ap.parse_args(argv)
    pipeline = Pipeline(Settings(model=args.model))
    installed = model_key(pipeline.nlp)
    if installed != FROZEN_MODEL:
        print(
            f"# note: tests say FROZEN_MODEL = {FROZEN_MODEL!r}; installed {installed!r}",
            file=sys.stderr,
        )
    if args.check:
        return 1 if check(pipeline, args.texts) else 0
    print(f"# {installed}")
    for text in args.texts:
        text = text.replace("\\n", "\n")
        print(entry(text, parse_table(pipeline, text)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
