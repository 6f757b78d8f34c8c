"""MinHash sketches: deterministic, and their containment estimate tracks the exact one."""

from __future__ import annotations

from communique.models import Article
from communique.records import minhash

TEXT = " ".join(
    f"Paragraph {i} of the wire story says the ministers met in Seoul on day {i} and "
    f"agreed to hold talks about item number {i * 7} before the end of the month."
    for i in range(40)
)


def test_records_minhash_signature_is_deterministic() -> None:
    a = minhash.signature(minhash.shingles(TEXT))
    b = minhash.signature(minhash.shingles(TEXT))
    assert a is not None and b is not None
    assert a.dtype.name == "uint32" and len(a) == minhash.PERMUTATIONS
    assert (a == b).all()
    assert minhash.bands(a) == minhash.bands(b)
    assert len(minhash.bands(a)) == minhash.BANDS


def test_records_minhash_containment_of_a_cut_copy_is_high() -> None:
    full = minhash.shingles(TEXT)
    cut_text = TEXT[: len(TEXT) * 6 // 10]
    cut = minhash.shingles(cut_text)
    exact = len(full & cut) / min(len(full), len(cut))
    estimate = minhash.containment(minhash.sketch(full), minhash.sketch(cut))
    assert exact > 0.95
    assert abs(estimate - exact) < 0.1
    assert minhash.jaccard(full, cut) < 0.7  # Jaccard alone would miss it


def test_records_minhash_unrelated_texts_share_almost_nothing() -> None:
    other = " ".join(f"The farm ministry counted {i} cattle and {i + 3} goats." for i in range(80))
    estimate = minhash.containment(
        minhash.sketch(minhash.shingles(TEXT)), minhash.sketch(minhash.shingles(other))
    )
    assert estimate < 0.1


def test_records_minhash_story_text_leaves_out_title_and_boilerplate() -> None:
    article = Article(
        id="a",
        title="Ministers meet in Seoul",
        text="Ministers meet in Seoul\n\nPhoto: Reuters\n\nThe ministers met in Seoul on Monday.",
    )
    kept = minhash.story_text(article)
    assert "ministers met in Seoul on Monday" in kept
    assert "Ministers meet in Seoul" not in kept and "Photo" not in kept


def test_records_minhash_empty_text_has_no_sketch() -> None:
    assert minhash.article_sketch(Article(id="e", text="...")) is None
    assert minhash.containment(None, None) == 0.0
