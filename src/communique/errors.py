"""The exception tree of communique.

Every error that communique raises on purpose is a ``CommuniqueError``; the CLI prints
its message as one line and exits non-zero, without a traceback. Anything else is a bug.

    CommuniqueError
    ├── UsageError              a bad option or argument value
    │   ├── BadDateError        a date that is not YYYY-MM-DD (or a known partial form)
    │   ├── UnknownFormatError  an input or output format communique does not know
    │   └── NotFoundError       no such event, article or page (the dashboard answers 404)
    ├── InputError              an input that cannot be read at all
    │   ├── SourceNotFoundError a file, folder or URL that does not exist
    │   └── FetchError          a URL that could not be fetched (timeout, HTTP error, too big)
    ├── ModelError              the spaCy model is not installed or cannot be loaded
    ├── DataError               a shipped or user-supplied table (dictionary, lexicon) is malformed
    ├── StoreError              the database cannot be opened, read or written
    │   ├── SchemaError         the database was written by a newer, unknown schema
    │   ├── DatabaseBusyError   a writer held the database longer than a reader waits
    │   └── QueryTimeoutError   a query ran past the time a reader allows (the dashboard's)
    └── EvaluationError         a gold file that does not follow the gold format

Per-document problems during a batch (an empty file, a binary file, a page with no
article body) are not raised: readers yield ``Skipped`` records so the batch goes on.
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base class: a problem the user can understand and fix, reported as one line."""


class UsageError(CommuniqueError):
    """A bad option or argument value."""


class BadDateError(UsageError):
    """A date string that cannot be read as an ISO date."""


class UnknownFormatError(UsageError):
    """An input or output format that communique does not know."""


class NotFoundError(UsageError):
    """No event, article or page by the name asked for."""


class InputError(CommuniqueError):
    """An input that cannot be read at all."""


class SourceNotFoundError(InputError):
    """A file, folder or URL that does not exist."""


class FetchError(InputError):
    """A URL that could not be fetched."""


class ModelError(CommuniqueError):
    """The spaCy model is missing or broken."""


class DataError(CommuniqueError):
    """A shipped or user-supplied table is malformed."""


class StoreError(CommuniqueError):
    """The database cannot be opened, read or written."""


class SchemaError(StoreError):
    """The database has a schema version this release does not know."""


class DatabaseBusyError(StoreError):
    """A writer held the database longer than a reader waits."""


class QueryTimeoutError(StoreError):
    """A query ran longer than its reader allows."""


class EvaluationError(CommuniqueError):
    """A gold file that does not follow the gold format."""
