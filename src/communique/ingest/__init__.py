"""Ingestion: every common news format → ``Article`` records (or ``Skipped``, with a reason).

    >>> from communique.ingest import read_sources
    >>> for item in read_sources(["examples/"], settings=Settings()): ...

One reader per format, each in its own module: ``text`` (plain text), ``html``
(trafilatura + htmldate), ``tabular`` (JSON Lines, CSV, Parquet via DuckDB), ``feed``
(RSS/Atom via feedparser), ``warc`` (WARC/WARC.GZ via warcio), ``newsxml`` (LDC SGML
as in Gigaword and AQUAINT, TimeML, NITF, NewsML-G2; input format ``xml``) and
``web`` (http(s) URLs via httpx). ``sniff`` picks the reader from a source's content
and name, ``decode`` turns bytes into text, ``base`` holds what readers share (text
clean-up, title line, date choice), ``published`` normalises dates and ``sources``
walks the user's sources.

Every record comes out in input order. A document that cannot be read is a ``Skipped``
with a short stable ``reason``: ``empty``, ``binary``, ``too-large``, ``no-body``,
``bad-json``, ``no-text-column``, ``bad-type``, ``bad-csv``, ``bad-parquet``, ``bad-encoding``,
``not-a-feed``, ``bad-feed``, ``truncated``, ``bad-warc``, ``bad-gzip``, ``bad-xml``,
``not-a-story`` (an LDC advisory or schedule), ``not-found``,
``unreadable``, ``bad-url`` (a scheme other than http(s)), ``http-<status>``
(``http-404``), ``timeout``, ``fetch-error``.
"""

from __future__ import annotations

from .published import parse_date
from .sources import INPUT_FORMATS, normalise_format, read_sources

__all__ = ["INPUT_FORMATS", "normalise_format", "parse_date", "read_sources"]
