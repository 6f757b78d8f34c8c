"""Coder stamps: what coded an article and its events, so a result can be reproduced.

A ``CoderStamp`` names the communique version, the spaCy model (name and version) and a
hash of the tables in force: every vocabulary file shipped in ``communique/data`` (the
event lexicons, the codebook, the actor tables, the cue words), the user's lexicon and
actor files given as settings (their bytes, in the order given), and the coder policy's
values. Two runs with the same stamp code the same text the same way. The store keeps
one row per stamp (table ``coders``) and the stamp's ``id`` on every article and event
row; ``communique info`` lists the stamps a database holds and ``communique recode``
re-codes stored articles under the current one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import DataError

#: Shipped files that are not tables the coder reads.
_NOT_TABLES = frozenset({"SOURCES.md", "__init__.py"})


@dataclass(frozen=True)
class CoderStamp:
    """communique version, spaCy model name and version, and the tables' hash."""

    communique: str
    model: str
    model_version: str
    tables: str

    @property
    def id(self) -> str:
        """A short stable identifier of the stamp (12 hex digits)."""
        text = "\t".join((self.communique, self.model, self.model_version, self.tables))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]

    def __str__(self) -> str:
        return (
            f"{self.id}: communique {self.communique}, model {self.model} "
            f"{self.model_version}, tables {self.tables}"
        )


def tables_hash(user_files: Iterable[str | Path] = (), policy: str = "") -> str:
    """SHA-256 (16 hex digits) of the shipped tables, the user's files and the policy."""
    digest = hashlib.sha256()
    data = resources.files("communique.data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.is_file() and entry.name not in _NOT_TABLES:
            digest.update(entry.name.encode("utf-8") + b"\0" + entry.read_bytes() + b"\0")
    for path in user_files:
        p = Path(path)
        try:
            content = p.read_bytes()
        except OSError as exc:
            raise DataError(f"cannot read {p}: {exc.strerror or exc}") from None
        digest.update(b"user\0" + str(p.name).encode("utf-8") + b"\0" + content + b"\0")
    digest.update(b"policy\0" + policy.encode("utf-8"))
    return digest.hexdigest()[:16]


def coder_stamp(
    version: str,
    model: str,
    model_version: str,
    user_files: Iterable[str | Path] = (),
    policy: str = "",
) -> CoderStamp:
    """The stamp of a coder configured with these parts."""
    return CoderStamp(version, model, model_version, tables_hash(user_files, policy))
