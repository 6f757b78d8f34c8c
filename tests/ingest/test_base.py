"""Text clean-up shared by the readers: one line per block, hard wraps re-joined."""

from __future__ import annotations

from communique.ingest.base import normalise_text, starts_with_title, unwrap, with_title

WRAPPED = (
    "Japan and Australia signed an agreement on Monday that lets their armed\n"
    "forces share fuel, spare parts and transport during joint exercises, the\n"
    "two governments said in a joint statement.\n"
    "\n"
    "The defence ministers said the pact would deepen naval ties. Officials of the U.S.\n"
    "Department of Defense, in a statement issued in Washington late on Monday,\n"
    "welcomed the arrangement, which follows a long-\n"
    "awaited visit by the Japanese prime minister to Canberra in January.\n"
)


def test_normalise_text_rejoins_hard_wrapped_paragraphs() -> None:
    text = normalise_text(WRAPPED)
    lines = text.split("\n")
    assert lines[0].startswith("Japan and Australia") and lines[0].endswith("joint statement.")
    assert lines[1] == ""
    assert "U.S. Department of Defense" in lines[2]
    assert "long-awaited visit" in lines[2]
    assert len([line for line in lines if line]) == 2


def test_normalise_text_keeps_paragraph_per_line_text() -> None:
    text = (
        "Russia on Tuesday accused the United States of applying illegal trade pressure on India "
        "following a renewed threat to raise tariffs over New Delhi's Russian oil imports.\n"
        "Building of Russian Ministry of Defence. Photo: A.Savin/Wikimedia Commons\n"
        "New Delhi Responds\n"
        "New Delhi has called the threats unjustified and unreasonable and vowed to protect its "
        "economic interests, deepening a trade rift between the two major economies."
    )
    assert normalise_text(text) == text


def test_normalise_text_keeps_heading_above_wrapped_paragraph() -> None:
    text = (
        "Kremlin Condemns US Threat Over Purchases Of Russian Crude Oil Imports\n"
        "Russia on Tuesday accused the United States of applying illegal trade\n"
        "pressure on India following a renewed threat to raise tariffs over oil.\n"
    )
    lines = normalise_text(text).split("\n")
    assert lines[0] == "Kremlin Condemns US Threat Over Purchases Of Russian Crude Oil Imports"
    assert lines[1].startswith("Russia on Tuesday") and lines[1].endswith("tariffs over oil.")


def test_normalise_text_line_endings_and_blank_runs() -> None:
    assert normalise_text("Title\r\n\r\n\r\n\r\nBody one.\rBody two.\x00\u200b\n\n") == (
        "Title\n\nBody one.\nBody two."
    )


def test_unwrap_leaves_list_items_and_sentence_ends() -> None:
    lines = [
        "The ministry listed the measures it would take over the coming weeks:",
        "- inspections of grain lorries on both sides of the border crossing",
        "- permits for herders who cross the border with their livestock herds",
        "Officials said the measures would be reviewed at the end of the month.",
        "A second meeting is planned in Addis Ababa for the first week of May.",
    ]
    assert unwrap(lines) == lines


def test_with_title_prepends_a_missing_headline() -> None:
    assert with_title("Body text.", "A Headline") == "A Headline\n\nBody text."
    assert with_title("A Headline\nBody text.", "A headline") == "A Headline\nBody text."
    assert starts_with_title(
        "Kenya and Ethiopia agree to talks\nBody.",
        "Kenya and Ethiopia agree to talks | The Daily Example",
    )


def test_clean_title_drops_site_name_and_date() -> None:
    from communique.ingest.base import clean_title

    assert clean_title("Berlin confronts its colonial past | DW | 19.01.2020", "DW.COM") == (
        "Berlin confronts its colonial past"
    )
    assert clean_title("Mali and Niger sign accord - The Daily Example", "The Daily Example") == (
        "Mali and Niger sign accord"
    )
    assert (
        clean_title("Example Wire » Norway pledges aid", None, "wire.example.com")
        == "Norway pledges aid"
    )
    # segments that are not the site's name stay
    assert (
        clean_title("Letters: Crime | Roads | Taxes", "The Mercury News")
        == "Letters: Crime | Roads | Taxes"
    )
    assert (
        clean_title("India - Russia talks resume", "Example News") == "India - Russia talks resume"
    )


def test_starts_with_title_under_a_section_label() -> None:
    text = "Tech\nMeta Outage Hits Facebook, Instagram and Messenger Worldwide\nBody text."
    assert starts_with_title(text, "Meta Outage Hits Facebook, Instagram and Messenger")
    assert not starts_with_title("Body text only.\nMore body.", "Meta Outage Hits Facebook")


def test_read_sources_reader_crash_is_a_skip_and_batch_goes_on(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Regression: an unexpected exception inside a reader used to stop the whole batch."""
    from communique.ingest import read_sources, sources
    from communique.models import Article, Skipped
    from communique.settings import Settings

    (tmp_path / "a.txt").write_text("First article\nIndia and Russia held talks.\n")
    (tmp_path / "b.txt").write_text("Second article\nChina protested.\n")
    real = sources.read_file

    def flaky(path, ctx, *, id):  # type: ignore[no-untyped-def]
        if path.name == "a.txt":
            raise RuntimeError("library bug")
        return real(path, ctx, id=id)

    monkeypatch.setattr(sources, "read_file", flaky)
    items = list(
        read_sources([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], settings=Settings())
    )
    assert isinstance(items[0], Skipped) and items[0].reason == "read-error"
    assert isinstance(items[1], Article) and "China" in items[1].text
