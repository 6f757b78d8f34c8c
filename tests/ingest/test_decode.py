"""Bytes → text: byte-order marks, UTF-16 without a mark, Latin-1/cp1252, binary data."""

from __future__ import annotations

import codecs

import pytest

from communique.ingest.decode import NotText, decode

TEXT = "Le ministre a déclaré: « Nous négocierons » – Zürich, São Paulo."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-32"),
        TEXT.encode("latin-1", errors="replace").replace(b"?", b"-"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf16le",
        "utf16be",
        "utf16",
        "utf32",
        "latin1",
    ],
)
def test_decode_encodings(data: bytes) -> None:
    text = decode(data)
    assert "déclaré" in text and "Zürich" in text and "São Paulo" in text
    assert not text.startswith("\ufeff")


def test_decode_cp1252_smart_quotes() -> None:
    data = "“We will not yield,” the minister’s aide said – in Zürich.".encode("cp1252")
    assert decode(data) == "“We will not yield,” the minister’s aide said – in Zürich."


def test_decode_latin1_bytes_undefined_in_cp1252() -> None:
    assert decode(b"caf\xe9 \x81") == "café \x81"


def test_decode_declared_charset_when_not_utf8() -> None:
    data = "Москва".encode("cp1251")
    assert decode(data, declared="windows-1251") == "Москва"
    page = b'<html><head><meta charset="windows-1251"></head><body>' + data + b"</body></html>"
    assert "Москва" in decode(page)


def test_decode_utf8_wins_over_wrong_declaration() -> None:
    assert decode("Zürich".encode(), declared="latin-1") == "Zürich"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        b"%PDF-1.7\n%\xe2\xe3",
        b"abc\x00\x00\x01\x02def" * 50,
        bytes(range(1, 9)) * 100,
    ],
    ids=["png", "pdf", "zero-bytes", "control-chars"],
)
def test_decode_binary_raises_not_text(data: bytes) -> None:
    with pytest.raises(NotText) as info:
        decode(data)
    assert info.value.reason == "binary"


def test_decode_utf8_with_stray_cp1252_bytes_later() -> None:
    data = ("Côte d’Ivoire. " * 800).encode() + "He said “no” in Zürich.".encode("cp1252")
    text = decode(data)
    assert text.startswith("Côte d’Ivoire.") and text.endswith("He said “no” in Zürich.")


def test_decode_cp1252_after_a_long_ascii_start() -> None:
    data = b"Plain words. " * 1000 + "“Ya basta,” dijo el ministro de Perú.".encode("cp1252")
    assert decode(data).endswith("“Ya basta,” dijo el ministro de Perú.")
