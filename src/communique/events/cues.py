"""The coder's cue words and modal code tables, loaded once from ``data/event_cues.yaml``.

cues() -> Cues                       every list and table of the file
Cues.transform(kind, code) -> str|None
    the code of a modal event ("threat", "intent", "refusal", "appeal", "demand")
    around an embedded action coded ``code``; None means "no event".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..data import load_yaml, vocabulary
from ..errors import DataError

MODAL_KINDS = ("threat", "intent", "refusal", "appeal", "demand", "cessation")
#: Word classes read from the shared ``vocabulary.yaml``.
SHARED_CLASSES = (
    "future_auxiliaries",
    "possibility_auxiliaries",
    "obligation_auxiliaries",
    "negators",
)
_KEEP = "keep"


@dataclass(frozen=True)
class Cues:
    tables: dict[str, dict[str, str | None]]
    words: dict[str, frozenset[str]]

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.words[name]

    def transform(self, kind: str, code: str) -> str | None:
        """The modal code of kind ``kind`` for an embedded action coded ``code``."""
        table = self.tables[kind]
        for n in range(len(code), 1, -1):
            key = code[:n]
            if key in table:
                value = table[key]
                if value == _KEEP:
                    return code
                return value
        return table.get("default")

    def is_mutual(self, code: str) -> bool:
        """Whether an action coded ``code`` is mutual between coordinated actors."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.words["not_mutual"]:
                return False
            if code[:n] in self.words["mutual"]:
                return True
        return False


def _table(value: Any, name: str) -> dict[str, str | None]:
    if not isinstance(value, dict):
        raise DataError(f"event_cues.yaml: {name} must be a mapping")
    return {str(k): (None if v is None else str(v)) for k, v in value.items()}


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = load_yaml("event_cues.yaml")
    tables = {kind: _table(data[kind], kind) for kind in MODAL_KINDS}
    words = {
        k: frozenset(str(w).lower() for w in v)
        for k, v in data.items()
        if k not in MODAL_KINDS and isinstance(v, list)
    }
    shared = vocabulary()  # auxiliaries and negators are the language's, not the coder's
    for key in SHARED_CLASSES:
        words[key] = shared[key]
    return Cues(tables, words)
