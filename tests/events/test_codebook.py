"""The CAMEO codebook: completeness, quad classes, Goldstein scores, PLOVER types."""

from __future__ import annotations

import pytest

from communique.errors import DataError
from communique.events.codebook import Code, codebook, lookup, quad_of_root


def test_codebook_has_every_root() -> None:
    roots = {c.root for c in codebook().values()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for n in range(1, 21):
        assert f"{n:02d}" in codebook()
        assert f"{n:02d}0" in codebook()  # the "not specified below" code of each root


def test_codebook_size_and_code_shapes() -> None:
    codes = codebook()
    assert 300 <= len(codes) <= 320
    for key, c in codes.items():
        assert key == c.code
        assert c.code.isdigit() and 2 <= len(c.code) <= 4
        assert c.code.startswith(c.root)
        assert c.name


@pytest.mark.parametrize(
    ("root", "quad"),
    [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4)],
)
def test_codebook_quad_of_root(root: str, quad: int) -> None:
    assert quad_of_root(root) == quad


def test_codebook_quad_class_follows_root() -> None:
    for c in codebook().values():
        assert c.quad_class == quad_of_root(c.root)


@pytest.mark.parametrize("root", ["00", "21", "1", "abc", ""])
def test_codebook_quad_of_bad_root_raises(root: str) -> None:
    with pytest.raises(DataError):
        quad_of_root(root)


@pytest.mark.parametrize(
    ("code", "goldstein"),
    [("0312", 5.2), ("040", 1.0), ("112", -2.0), ("1312", -5.8), ("163", -8.0), ("195", -10.0)],
)
def test_codebook_goldstein(code: str, goldstein: float) -> None:
    assert isinstance(lookup(code).goldstein, float)
    assert lookup(code).goldstein == goldstein


def test_codebook_goldstein_range() -> None:
    for c in codebook().values():
        assert -10.0 <= c.goldstein <= 10.0
    cooperative = [c.goldstein for c in codebook().values() if c.quad_class in (1, 2)]
    conflictual = [c.goldstein for c in codebook().values() if c.quad_class in (3, 4)]
    assert min(cooperative) >= -2.0 and max(conflictual) <= 0.0


@pytest.mark.parametrize(
    ("code", "plover", "context"),
    [
        ("0312", "AGREE", "military"),
        ("1312", "THREATEN", "economic"),
        ("112", "ACCUSE", None),
        ("040", "CONSULT", None),
        ("042", "CONSULT", None),
        ("057", "SUPPORT", "diplomatic"),
        ("163", "COERCE", "diplomatic"),
        ("173", "COERCE", "legal"),
        ("0871", "RETREAT", "military"),
        ("195", "ASSAULT", "military"),
        ("141", "PROTEST", None),
    ],
)
def test_codebook_plover_types(code: str, plover: str, context: str | None) -> None:
    c = lookup(code)
    assert c.plover == plover
    assert c.plover_context == context


def test_codebook_plover_modes() -> None:
    assert lookup("042").plover_mode == "visit"
    assert lookup("0841").plover_mode == "release"
    assert lookup("040").plover_mode is None


def test_codebook_statements_and_appeals_have_no_plover_type() -> None:
    for c in codebook().values():
        if c.root in ("01", "02"):
            assert c.plover is None
        else:
            assert c.plover is not None, c.code


def test_codebook_lookup_returns_code() -> None:
    c = lookup("0312")
    assert isinstance(c, Code)
    assert c == Code(
        code="0312",
        root="03",
        name="Express intent to cooperate militarily",
        goldstein=5.2,
        quad_class=1,
        plover="AGREE",
        plover_mode=None,
        plover_context="military",
    )


@pytest.mark.parametrize("code", ["999", "0", "21", "1213", "abc"])
def test_codebook_lookup_unknown_code_raises(code: str) -> None:
    with pytest.raises(DataError, match="unknown CAMEO code"):
        lookup(code)


def test_codebook_is_loaded_once() -> None:
    assert codebook() is codebook()
