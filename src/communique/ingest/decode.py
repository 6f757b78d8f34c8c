"""Bytes → str for every reader: byte-order marks, UTF-8, UTF-16/32, cp1252/Latin-1.

The order of trust: a byte-order mark; UTF-16/32 without a mark (recognised by the zero
bytes of ASCII text); UTF-8 (when the start of the document is UTF-8, a stray byte
further on is read as cp1252, as in a pasted quotation mark); the encoding the document declares (an HTML ``<meta
charset>``, an XML declaration, an HTTP header); cp1252, which is what most "Latin-1"
files really are; and Latin-1, which decodes any byte. Bytes that are not text at all
(zero bytes, many control characters, or the signature of a known binary format) raise
``NotText``. Everything here is cheap: it looks at the first few kilobytes only, except
for the one ``bytes.decode`` of the whole document.
"""

from __future__ import annotations

import codecs
import re

#: How much of the start of a document the checks look at.
HEAD = 8192

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Signatures of binary formats that are never news text (images, archives, documents).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf", "7-zip archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"\xd0\xcf\x11\xe0", "Office document"),
    (b"PAR1", "Parquet file"),
    (b"SQLite format 3", "SQLite database"),
    (b"RIFF", "media file"),
    (b"OggS", "media file"),
    (b"ID3", "MP3 audio"),
)

_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13, 27}
_DECLARED = re.compile(
    rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]*encoding\s*=\s*["'])([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)


#: Error handler for UTF-8 decoding: a byte that is not UTF-8 is read as cp1252 (else Latin-1).
CP1252_FALLBACK = "communique-cp1252"


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start : exc.end]
    text = "".join(_byte_cp1252(b) for b in chunk)
    return text, exc.end


def _byte_cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


codecs.register_error(CP1252_FALLBACK, _cp1252_bytes)


class NotText(ValueError):
    """Bytes that are not text; ``reason`` is ``binary`` or ``bad-encoding``."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` starts with, or None if it has no known signature."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces and the mark's length."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 without a mark: ASCII text has a zero byte in every other position."""
    sample = head[: len(head) - len(head) % 2][:4096]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zero >= 0.3 * half and even_zero <= 0.05 * half:
        guess = "utf-16-le"
    elif even_zero >= 0.3 * half and odd_zero <= 0.05 * half:
        guess = "utf-16-be"
    else:
        return None
    text = sample.decode(guess, errors="replace")
    printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    return guess if printable >= 0.95 * len(text) else None


def declared_encoding(head: bytes) -> str | None:
    """The encoding an HTML ``<meta charset>`` or XML declaration names, if Python knows it."""
    match = _DECLARED.search(head[:HEAD])
    if not match:
        return None
    return known_codec(match.group(1).decode("ascii", "ignore"))


def known_codec(name: str | None) -> str | None:
    """``name`` as a Python codec name, or None if it is not a text codec Python knows."""
    if not name:
        return None
    try:
        info = codecs.lookup(name.strip().strip("\"'"))
    except LookupError:
        return None
    if info.name in {"base64", "hex", "zlib", "bz2", "rot-13", "uu", "quopri"}:
        return None
    # a declared UTF-16/32 without a byte-order mark or zero bytes is a mislabel
    return None if info.name.startswith(("utf-16", "utf-32")) else info.name


def sniff_encoding(head: bytes, declared: str | None = None) -> str:
    """The encoding to decode a document with, judged from its first bytes.

    Raises ``NotText`` for binary data. A head cut inside a UTF-8 character still counts
    as UTF-8.
    """
    bom = bom_encoding(head)
    if bom:
        return bom[0]
    utf16 = _utf16_without_bom(head)
    if utf16:
        return utf16
    kind = binary_kind(head)
    if kind:
        raise NotText("binary", kind)
    sample = head[:HEAD]
    if 0 in sample:
        raise NotText("binary", "zero bytes: not a text file")
    if sample:
        controls = sum(1 for b in sample if b in _CONTROL)
        if controls > 0.05 * len(sample):
            raise NotText("binary", "control characters: not a text file")
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    return known_codec(declared) or declared_encoding(sample) or "cp1252"


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode a whole document; ``declared`` is an encoding named by its container (HTTP).

    Raises ``NotText`` for binary data.
    """
    bom = bom_encoding(data)
    if bom:
        name, skip = bom
        return data[skip:].decode(name, errors="replace")
    encoding = sniff_encoding(data[:HEAD], declared)
    if encoding == "utf-8":
        # bytes that are not UTF-8 further on (a pasted cp1252 quote) are read as cp1252
        return data.decode("utf-8", errors=CP1252_FALLBACK)
    if encoding.startswith("utf-16") or encoding.startswith("utf-32"):
        text = data.decode(encoding, errors="replace")
        return text[1:] if text.startswith("\ufeff") else text
    if encoding == "cp1252":
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; Latin-1 decodes every byte
            return data.decode("latin-1")
    try:
        return data.decode(encoding, errors="replace")
    except LookupError as exc:  # pragma: no cover - known_codec filters these
        raise NotText("bad-encoding", str(exc)) from None
