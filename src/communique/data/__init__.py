"""communique's own tables (codebook, lexicon, countries, roles, vocabulary…).

Every table is read through the loaders here, so that a missing or malformed file is
always a ``DataError`` naming the file, never a ``KeyError`` or a YAML traceback:

    read_text(name) -> str                 the file's text
    load_yaml(name, kind=dict) -> Any      a YAML file whose top level is ``kind``
    load_tsv(name) -> list[list[str]]      the rows of a TSV file, without comments
                                           (lines starting with ``#``) and its header
    vocabulary() -> Vocabulary             the closed word classes of ``vocabulary.yaml``

The code that uses a table caches what it builds from it; the sources of every table are
in ``SOURCES.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import DataError


def read_text(name: str) -> str:
    """The text of the shipped table ``name``."""
    try:
        return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read data file {name}: {exc}") from None


def load_yaml(name: str, kind: type = dict) -> Any:
    """The parsed YAML file ``name``; its top level must be a ``kind`` (dict or list)."""
    try:
        data = yaml.safe_load(read_text(name))
    except yaml.YAMLError as exc:
        raise DataError(f"{name} is not valid YAML: {exc}") from None
    if not isinstance(data, kind):
        raise DataError(f"{name}: expected a {kind.__name__} at the top level")
    return data


def load_tsv(name: str) -> list[list[str]]:
    """The data rows of the TSV file ``name`` (comment lines and the header dropped)."""
    rows = [line.split("\t") for line in read_text(name).splitlines() if line and line[0] != "#"]
    if not rows:
        raise DataError(f"{name}: no header line")
    return rows[1:]


@dataclass(frozen=True)
class Vocabulary:
    """Closed word classes every stage shares (see ``vocabulary.yaml``)."""

    words: dict[str, frozenset[str]]

    def __getitem__(self, name: str) -> frozenset[str]:
        try:
            return self.words[name]
        except KeyError:
            raise DataError(f"vocabulary.yaml has no word class {name!r}") from None


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The word classes of ``vocabulary.yaml``, loaded once."""
    data = load_yaml("vocabulary.yaml")
    words: dict[str, frozenset[str]] = {}
    for key, value in data.items():
        if not isinstance(value, list):
            raise DataError(f"vocabulary.yaml: {key} must be a list of words")
        words[str(key)] = frozenset(str(w).lower() for w in value)
    return Vocabulary(words)
