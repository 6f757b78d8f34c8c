"""News markup: LDC SGML (Gigaword/AQUAINT), TimeML, NITF and NewsML-G2."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from communique.ingest.sniff import markup_kind, sniff
from communique.models import Article, Skipped

Read = Callable[..., list[Article | Skipped]]


def test_newsxml_ldc_sgml_documents(read: Read, fixtures: Path) -> None:
    ghana, advisory, benin = read(fixtures / "gigaword.sgml")
    assert isinstance(ghana, Article) and ghana.id == "XIN_ENG_20040312.0011"
    assert ghana.title == "Ghana, Togo agree to reopen border posts"
    assert (ghana.published, ghana.published_origin) == ("2004-03-12", "metadata")  # from the id
    lines = [line for line in ghana.text.split("\n") if line]
    assert lines[:2] == ["Ghana, Togo agree to reopen border posts", "ACCRA, March 12 (Xinhua)"]
    assert lines[2].startswith("Ghana and Togo agreed") and lines[2].endswith("joint communique.")
    assert "smuggling & cattle" in lines[3]
    assert isinstance(advisory, Skipped) and advisory.reason == "not-a-story"
    assert isinstance(benin, Article) and benin.id == "NYT20040313.0002"
    assert benin.published == "2004-03-13"
    body = [line for line in benin.text.split("\n") if line]
    assert body[1].endswith("the foreign ministry in Cotonou said.")
    assert body[2] == "“This closure hurts traders on both sides,” a ministry spokesman said."


def test_newsxml_timeml(read: Read, fixtures: Path) -> None:
    [article] = read(fixtures / "timeml.tml")
    assert isinstance(article, Article) and article.id == "EXW20040315.0100"
    assert article.published == "2004-03-15"
    assert (
        article.text.split("\n")[-1]
        == "Mali and Niger held talks on border security Sunday, officials said."
    )


def test_newsxml_nitf(read: Read, fixtures: Path) -> None:
    [article] = read(fixtures / "nitf.xml")
    assert isinstance(article, Article) and article.id == "EXW-2024-0702-001"
    assert article.title == "Uruguay recalls its ambassador from Paraguay"
    assert article.published == "2024-07-02"
    assert article.text.split("\n")[-1] == "The ministry cited a dispute over river shipping."


def test_newsxml_newsml_g2(read: Read, fixtures: Path) -> None:
    [article] = read(fixtures / "newsml.xml")
    assert isinstance(article, Article)
    assert article.id == "urn:newsml:wire.example.com:20240510:denmark-chad"
    assert (article.title, article.published) == ("Denmark pledges aid to Chad", "2024-05-10")
    assert article.text.split("\n")[-1] == "The money will go to refugee camps in the east."


def test_newsxml_truncated_sgml(read: Read, tmp_path: Path, fixtures: Path) -> None:
    data = (fixtures / "gigaword.sgml").read_bytes()
    path = tmp_path / "cut.sgml"
    path.write_bytes(data[: len(data) - 120])
    *items, last = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Skipped"]
    assert isinstance(last, Skipped) and last.reason == "truncated"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ('<DOC id="X" type="story">', "ldc"),
        ("<DOC>\n<DOCNO> X </DOCNO>", "ldc"),
        ('<?xml version="1.0" ?>\n<TimeML xmlns:xsi="x">', "ldc"),
        ('<?xml version="1.0"?>\n<!DOCTYPE nitf PUBLIC "a" "b">\n<nitf>', "xml"),
        ('<?xml version="1.0"?><newsItem xmlns="x">', "xml"),
        ("<!DOCTYPE html><html><body>", None),
        ('<?xml version="1.0"?><rss version="2.0">', None),
    ],
)
def test_newsxml_markup_kind(head: str, kind: str | None) -> None:
    assert markup_kind(head) == kind
    if kind:
        assert sniff("a.xml", head.encode()) == "xml"
