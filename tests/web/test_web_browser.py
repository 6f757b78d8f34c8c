"""The dashboard in a real browser: Debian's chromium, driven by Playwright, against
`communique serve` on loopback over a real store of the examples. Each page is saved as a
screenshot in ``out/screenshots/`` (``COMMUNIQUE_ARTIFACTS`` elsewhere)."""

from __future__ import annotations

import os
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def page(browser: Any, served: str) -> Iterator[Any]:
    """A fresh page that records every request leaving the server's origin, and every
    console error."""
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    tab = context.new_page()
    tab.outside = []
    tab.errors = []
    tab.on(
        "request",
        lambda r: None if r.url.startswith((served, "data:")) else tab.outside.append(r.url),
    )
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    yield tab
    assert tab.outside == [], "the dashboard loaded something from outside the server"
    context.close()


def shot(tab: Any, name: str) -> None:
    folder = Path(os.environ.get("COMMUNIQUE_ARTIFACTS", ROOT / "out" / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def test_web_browser_overview_to_pair_chart_to_event(page: Any, served: str) -> None:
    page.goto(served + "/")
    assert page.locator("h1").inner_text().startswith("Overview")
    assert page.locator(".card b").first.inner_text() == "2"  # articles (current versions)
    shot(page, "overview")

    page.locator("table.pairs a", has_text="IND – RUS").click()
    page.wait_for_url(re.compile(r"/dyad/IND-RUS$"))
    page.select_option("select[name=freq]", "day")
    page.locator("form.filters button").click()
    page.wait_for_selector("#chart[data-drawn=true]", timeout=20_000)
    expected = int(page.locator("#chart").get_attribute("data-points"))
    series = page.request.get(served + "/api/dyad/IND-RUS?freq=day").json()["series"]
    assert expected == sum(1 for row in series if row["goldstein"] is not None) >= 2
    points = page.locator("#chart svg g.points_marks path")
    assert points.count() == expected
    bars = page.locator("#chart svg g.quads_marks path")
    assert bars.count() == sum(
        1
        for row in series
        for q in ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
        if row[q]
    )
    assert page.errors == []
    shot(page, "dyad")

    points.first.click()  # a point links to the events behind it
    page.wait_for_url(re.compile(r"since=2025-08-05&until=2025-08-05"))
    dates = page.locator("#events + table tbody tr td:first-child").all_inner_texts()
    assert len(dates) >= series[0]["n_events"]
    assert {d.splitlines()[0] for d in dates} == {"2025-08-05"}
    page.locator("#events + table tbody tr a.code").first.click()  # an event record
    page.wait_for_url(re.compile(r"/record/\d+$"))
    assert "mention" in page.locator("p.summary").inner_text()
    assert page.locator("#sentence mark.trigger").count() >= 1
    shot(page, "record")
    page.locator("table.events tbody tr a.code").first.click()  # one of its mentions
    page.wait_for_url(re.compile(r"/event/[0-9a-f]{16}-[0-9a-f]{8}$"))
    trigger = page.locator("#sentence mark.trigger")
    assert trigger.count() >= 1 and trigger.first.inner_text().strip()
    assert page.locator("#sentence mark.source").count() == 1
    assert page.locator("#sentence mark.target").count() == 1
    colour = trigger.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")  # really highlighted
    shot(page, "event")


def test_web_browser_article_quotes_search_pages(page: Any, served: str) -> None:
    page.goto(served + "/articles")
    assert page.locator("table.articles tbody tr").count() == 2
    shot(page, "articles")
    page.locator("table.articles a").first.click()
    page.wait_for_url(re.compile(r"/article/[0-9a-f]{16}$"))
    for kind in ("actor", "trigger", "quote", "date"):
        assert page.locator(f"#text mark.{kind}").count() > 0, kind
    shot(page, "article")

    page.goto(served + "/quotes")
    page.fill("input[name=speaker]", "Peskov")
    page.locator("form.filters button").click()
    page.wait_for_url(re.compile(r"speaker=Peskov"))
    rows = page.locator("table.quotes tbody tr")
    assert rows.count() > 0 and all("Peskov" in t for t in rows.all_inner_texts())
    shot(page, "quotes")

    page.goto(served + "/search?country=USA&code=13&per_page=2&mentions=1")
    assert page.locator("table.events tbody tr").count() == 2
    assert "page 1 of" in page.locator(".pager").inner_text()
    page.locator(".pager a[rel=next]").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert "page 2 of" in page.locator(".pager").inner_text()
    shot(page, "search")

    page.goto(served + "/api/")
    assert page.locator("section.endpoint").count() >= 8
    shot(page, "api")


def test_web_browser_bad_parameters_show_a_message(page: Any, served: str) -> None:
    response = page.goto(served + "/search?since=yesterday")
    assert response.status == 400
    assert "since must be a date like 2025-08-06" in page.locator(".error").inner_text()
    shot(page, "error")
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(served + "/api/events?per_page=0")
    assert caught.value.code == 400
    assert b"per_page must be from 1 to 500" in caught.value.read()
