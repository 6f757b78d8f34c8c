"""HTML pages: trafilatura's main text, headings on their own lines, metadata and dates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from communique.ingest.base import Context
from communique.ingest.html import fragment_lines, has_body, read_html
from communique.models import Article, Skipped

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HEADLINE = "Russian Deputy Minister, Indian Envoy Discuss Strengthening Defence Ties"


def test_html_example_page_loses_boilerplate(read: Callable[..., list[Article | Skipped]]) -> None:
    [article] = read(EXAMPLES / "india-russia-defence-talks.html")
    assert isinstance(article, Article)
    lines = article.text.split("\n")
    assert lines[0] == HEADLINE and article.title == HEADLINE
    assert (article.published, article.published_origin) == ("2025-08-06", "metadata")
    assert article.outlet == "Example News" and article.language == "en"
    assert (
        article.url
        == "https://news.example.org/india/russian-deputy-minister-indian-envoy-discuss-defence-ties"
    )
    for boilerplate in (
        "Subscribe to our newsletter",
        "All rights reserved",
        "Careers",
        "More from Example News",
        "Markets close higher",
        "Opinion",
    ):
        assert boilerplate not in article.text
    for heading in (
        "Enduring Diplomatic Warmth",
        "Kremlin Condemns US Threat",
        "New Delhi Responds",
    ):
        assert heading in lines
    assert "(With inputs from IBNS and Reuters)" in lines


def test_html_example_page_has_the_text_file_paragraphs(
    read: Callable[..., list[Article | Skipped]],
) -> None:
    [article] = read(EXAMPLES / "india-russia-defence-talks.html")
    assert isinstance(article, Article)
    text = (EXAMPLES / "india-russia-defence-talks.txt").read_text(encoding="utf-8")
    blocks = [line for line in text.split("\n") if line.strip()]
    body = blocks[4:]  # after breadcrumb, headline, lead and caption
    html_lines = article.text.split("\n")
    assert all(line in html_lines for line in body)


def test_html_no_body_page_is_skipped(
    read: Callable[..., list[Article | Skipped]], fixtures: Path
) -> None:
    [skipped] = read(fixtures / "nobody.html")
    assert isinstance(skipped, Skipped)
    assert skipped.reason == "no-body"
    assert skipped.source.endswith("nobody.html")


def test_html_page_lines_and_dates(
    read: Callable[..., list[Article | Skipped]], fixtures: Path
) -> None:
    [article] = read(fixtures / "page.html", published="2030-01-01")
    assert isinstance(article, Article)
    lines = article.text.split("\n")
    assert lines[0] == "Kenya and Ethiopia agree to reopen border crossing"
    assert "Trade resumes" in lines
    assert "Herders need a permit to cross with livestock." in lines
    # a paragraph wrapped in the HTML source is one line
    assert any(
        line.startswith("Kenya and Ethiopia agreed on Wednesday")
        and line.endswith("officials in Nairobi said.")
        for line in lines
    )
    assert "Sign in" not in article.text and "Terms of use" not in article.text
    assert article.published == "2024-03-14" and article.published_origin in {"metadata", "page"}
    assert article.outlet == "The Daily Example" and article.language == "en"


def test_html_date_found_in_page_text() -> None:
    page = (
        "<html><body><div class='story'><h2>Kenya and Ethiopia agree to reopen border</h2>"
        "<p>Nairobi, 14 March 2024. Kenya and Ethiopia agreed on Wednesday to reopen the Moyale "
        "border crossing, officials said.</p><p>Trade will resume next week, the ministry said.</p>"
        "</div></body></html>"
    )
    article = read_html(page, Context(published="2030-01-01"), id="p")
    assert isinstance(article, Article)
    assert (article.published, article.published_origin) == ("2024-03-14", "page")


def test_html_copyright_year_is_not_a_date() -> None:
    page = (
        "<html><body><article><h1>Kenya and Ethiopia agree to reopen border</h1>"
        "<p>Kenya and Ethiopia agreed on Wednesday to reopen the Moyale border crossing, "
        "officials said.</p></article><footer>© 2023 The Daily Example</footer></body></html>"
    )
    article = read_html(page, Context(published="2024-03-14"), id="p")
    assert isinstance(article, Article)
    assert (article.published, article.published_origin) == ("2024-03-14", "flag")


def test_html_title_prepended_when_body_lacks_it() -> None:
    page = (
        "<html><head><title>Chile recalls ambassador</title></head><body><article>"
        "<p>Chile recalled its ambassador from Caracas on Tuesday, the foreign ministry said.</p>"
        "<p>The ministry cited the disputed election and the expulsion of Chilean diplomats.</p>"
        "</article></body></html>"
    )
    article = read_html(page, Context(), id="p")
    assert isinstance(article, Article)
    assert article.text.split("\n")[0] == "Chile recalls ambassador"


def test_html_fragment_lines() -> None:
    markup = "<p>One <b>bold</b>\n word.</p><h3>Head</h3><ul><li>a</li><li>b</li></ul>X<br>Y"
    assert fragment_lines(markup) == ["One bold word.", "Head", "a", "b", "X", "Y"]
    assert fragment_lines("plain\ntext") == ["plain", "text"]


def test_html_line_breaks_inside_a_sentence_rejoined() -> None:
    markup = "<div>Chile recalled its<br>ambassador on Tuesday.<br>Peru objected.<br><br>Bolivia did not.</div>"
    assert fragment_lines(markup) == [
        "Chile recalled its ambassador on Tuesday.",
        "Peru objected.",
        "Bolivia did not.",
    ]


def test_html_table_rows_one_line_each() -> None:
    markup = (
        "<table><tr><th>Country</th><th>Troops</th></tr><tr><td>Mali</td><td>500</td></tr></table>"
    )
    assert fragment_lines(markup) == ["Country | Troops", "Mali | 500"]


def test_html_br_paragraphs_split_by_trafilatura_rejoined() -> None:
    page = (
        "<html><head><title>Mali and Niger sign accord</title></head><body><div class='text'>"
        "Mali and Niger signed a security accord in Niamey on Thursday, the two governments said.<br><br>"
        "The accord covers joint patrols along the border, where armed groups have attacked<br>"
        "villages and army posts.<br><br>Officials from Burkina Faso attended as observers.</div></body></html>"
    )
    article = read_html(page, Context(), id="p")
    assert isinstance(article, Article)
    lines = article.text.split("\n")
    assert any(
        line.startswith("The accord") and line.endswith("attacked villages and army posts.")
        for line in lines
    )


def test_html_has_body() -> None:
    assert not has_body(["Home", "World", "Africa", "Search"])
    assert has_body(["Chile recalled its ambassador from Caracas on Tuesday."])
    assert has_body(
        ["中国和俄罗斯周二在莫斯科举行会谈，双方同意加强国防合作与经济往来，并将继续保持密切沟通。"]
    )
    assert not has_body(["首页", "新闻", "国际"])


def test_html_title_is_the_headline_as_shown() -> None:
    page = (
        "<html><head><title>Meta outage hits Facebook and Instagram | Kulu Media</title>"
        "<meta property='og:site_name' content='Kulu Media'></head><body><article><p>Tech</p>"
        "<h1>Meta outage hits Facebook and Instagram worldwide</h1>"
        "<p>A widespread outage affected Facebook and Instagram users on Thursday, the company said.</p>"
        "</article></body></html>"
    )
    article = read_html(page, Context(), id="p")
    assert isinstance(article, Article)
    assert article.title == "Meta outage hits Facebook and Instagram worldwide"
    assert article.text.count("Meta outage") == 1
