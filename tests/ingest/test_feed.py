"""RSS and Atom feeds: one article per entry; an HTML page is not a feed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from communique.models import Article, Skipped

Read = Callable[..., list[Article | Skipped]]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_feed_rss_entries(read: Read, fixtures: Path) -> None:
    chile, peru = read(fixtures / "feed.rss")
    assert isinstance(chile, Article) and isinstance(peru, Article)
    assert chile.id == chile.url == "https://daily.example.net/world/chile-recalls-ambassador"
    assert chile.text.split("\n") == [
        "Chile recalls ambassador from Venezuela",
        "",
        "Chile recalled its ambassador from Caracas on Tuesday, the foreign ministry said.",
        "Election dispute",
        "The ministry cited the disputed election and the expulsion of Chilean diplomats.",
    ]
    # the feed's own calendar day, not UTC (23:30 -0400 is already the 3rd in UTC)
    assert (chile.published, chile.published_origin) == ("2024-07-02", "metadata")
    assert chile.outlet == "The Daily Example: World" and chile.language == "en"
    assert peru.text.endswith(
        "Peru and Bolivia held talks in La Paz on sharing water from Lake Titicaca."
    )
    assert "<p>" not in peru.text


def test_feed_atom_entry(read: Read, fixtures: Path) -> None:
    [norway] = read(fixtures / "feed.atom")
    assert isinstance(norway, Article)
    assert norway.id == "https://wire.example.com/2024/05/norway-sudan"
    assert norway.published == "2024-05-10"  # published, not updated
    assert norway.text.split("\n")[-1] == "The money will go to UN agencies."


def test_feed_that_is_html_forced_rss_is_skipped(read: Read) -> None:
    [skipped] = read(EXAMPLES / "india-russia-defence-talks.html", input_format="rss")
    assert isinstance(skipped, Skipped) and skipped.reason == "not-a-feed"


def test_feed_named_rss_holding_an_article_page_is_read_as_html(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_bytes((EXAMPLES / "india-russia-defence-talks.html").read_bytes())
    [article] = read(path)
    assert isinstance(article, Article) and article.published == "2025-08-06"


def test_feed_other_xml_is_not_a_feed(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text(
        '<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>'
    )
    [skipped] = read(path)
    assert isinstance(skipped, Skipped) and skipped.reason == "not-a-feed"


def test_feed_damaged_encoding_declaration_is_skipped(
    read: Read, fixtures: Path, tmp_path: Path
) -> None:
    data = (
        (fixtures / "feed.atom").read_bytes().replace(b'encoding="utf-8"', b'encoding="utf\x828"')
    )
    path = tmp_path / "damaged.atom"
    path.write_bytes(data)
    [skipped] = read(path)
    assert isinstance(skipped, Skipped) and skipped.reason == "bad-feed"


def test_feed_doctype_keeps_only_plain_entities() -> None:
    from communique.ingest.feed import safe_doctype

    feed = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        b' "rss-0.91.dtd" [<!ENTITY nbsp "&#160;"><!ENTITY site \'Daily\'>'
        b'<!ENTITY pwd SYSTEM "file:///etc/passwd"><!ENTITY two "&site;&site;">\n'
        b'<!ENTITY % p "x">]>\n<rss version="0.91"><channel/></rss>'
    )
    assert safe_doctype(feed) == (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        b' "rss-0.91.dtd" [<!ENTITY nbsp "&#160;"><!ENTITY site \'Daily\'>]>\n'
        b'<rss version="0.91"><channel/></rss>'
    )
    plain = b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>'
    assert safe_doctype(plain) == plain
    assert safe_doctype(b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///x">]><rss/>') == (
        b"<!DOCTYPE r ><rss/>"
    )
