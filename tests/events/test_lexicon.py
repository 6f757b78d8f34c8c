"""The event pattern lexicon: coverage of the codebook, user overrides, errors, and that
the shipped patterns are written in the lemmas spaCy produces."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from communique.errors import DataError
from communique.events.codebook import codebook
from communique.events.lexicon import NO_EVENT, Lexicon, Pattern, _parse, load_lexicon
from communique.nlp import fix_lemmas

BUILTIN_FILES = sorted(
    p.name
    for p in resources.files("communique.data").iterdir()
    if p.name.startswith("lexicon") and p.name.endswith(".yaml")
)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def _write(tmp_path: Path, text: str, name: str = "user.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_lexicon_every_code_has_a_pattern(lexicon: Lexicon) -> None:
    covered = {p.code for p in lexicon.patterns}
    # two-digit roots are category headers; their "not specified" X0 code stands for them
    missing = sorted(c for c in codebook() if len(c) > 2 and c not in covered)
    assert missing == []


def test_lexicon_frequent_codes_have_many_patterns(lexicon: Lexicon) -> None:
    counts: dict[str, int] = {}
    for p in lexicon.patterns:
        counts[p.code] = counts.get(p.code, 0) + 1
    for code in ("020", "040", "042", "051", "057", "111", "112", "120", "130", "163"):
        assert counts[code] >= 20, code
    for code in ("173", "190", "193", "195"):
        assert counts[code] >= 20, code


def test_lexicon_codes_are_known(lexicon: Lexicon) -> None:
    for p in lexicon.patterns:
        assert p.code in codebook() or p.code == NO_EVENT  # ("none": these words, no event)
        assert (p.verb is None) != (p.noun is None)
        assert p.origin


def test_lexicon_builtin_files_have_no_conflicting_duplicates() -> None:
    """Within one shipped file a trigger with the same constraints has one code."""
    folder = resources.files("communique.data")
    for name in BUILTIN_FILES:
        seen: dict[tuple[object, ...], Pattern] = {}
        for p in _parse(folder.joinpath(name).read_text("utf-8"), name):
            other = seen.setdefault(p.key, p)
            assert other.code == p.code, f"{p.origin} repeats {other.origin} with another code"


def test_lexicon_words_are_single_spacy_tokens(
    lexicon: Lexicon, nlp: Callable[..., object]
) -> None:
    """A word spaCy splits ("car-bomb", "martial law") could never match a token."""
    words = set()
    for p in lexicon.patterns:
        if p.origin.split(":")[0] not in ("lexicon.yaml", "lexicon_petrarch.yaml"):
            continue  # lexicon_core.yaml belongs to the event coder
        words |= {w for w in (p.verb, p.noun, p.prep, p.particle, p.xcomp) if w}
        words |= {w for o in p.objects for w in o.split(" ")}  # "war crime": modifier + head
    split = sorted(w for w in words if len(nlp.tokenizer(w)) != 1)  # type: ignore[attr-defined]
    assert split == []


@pytest.mark.parametrize(
    ("verb", "objects", "code"),
    [
        ("threaten", {"sanction"}, "1312"),
        ("impose", {"sanction"}, "163"),
        ("hold", {"talk"}, "040"),
        ("sign", {"agreement"}, "057"),
        ("reaffirm", {"commitment"}, "030"),
        ("accuse", set(), "112"),
        ("condemn", set(), "111"),
        ("meet", set(), "040"),
        ("visit", set(), "042"),
        ("arrest", set(), "173"),
        ("negotiate", set(), "046"),
        ("praise", set(), "051"),
        ("apologize", set(), "055"),
        ("urge", set(), "020"),
        ("demand", set(), "100"),
        ("reject", set(), "120"),
        ("attack", set(), "190"),
        ("expel", {"diplomat"}, "166"),
        ("recall", {"ambassador"}, "161"),
    ],
)
def test_lexicon_verb_patterns(lexicon: Lexicon, verb: str, objects: set[str], code: str) -> None:
    candidates = [
        p
        for p in lexicon.for_verb(verb)
        if p.prep is None and p.particle is None and p.xcomp is None
    ]
    match = next(p for p in candidates if (not p.objects) or (p.objects & objects))
    if objects:
        assert match.objects & objects
    assert match.code == code


@pytest.mark.parametrize(
    ("noun", "code"),
    [
        ("talks", "040"),
        ("meeting", "040"),
        ("summit", "040"),
        ("visit", "042"),
        ("threat", "130"),
        ("sanction", "163"),
        ("airstrike", "195"),
        ("protest", "140"),
        ("ceasefire", "0871"),
        ("accusation", "112"),
        ("clash", "190"),
        ("bombing", "183"),
    ],
)
def test_lexicon_noun_patterns(lexicon: Lexicon, noun: str, code: str) -> None:
    plain = [p for p in lexicon.for_noun(noun) if not p.objects and p.prep is None]
    assert plain and plain[0].code == code


def test_lexicon_for_verb_most_specific_first(lexicon: Lexicon) -> None:
    pats = lexicon.for_verb("threaten")
    scores = [p.specificity() for p in pats]
    assert scores == sorted(scores, reverse=True)
    assert pats[-1].specificity() == 0 and pats[0].specificity() >= 1


def test_lexicon_unknown_word_has_no_patterns(lexicon: Lexicon) -> None:
    assert lexicon.for_verb("xyzzy") == []
    assert lexicon.for_noun("xyzzy") == []


def test_lexicon_pattern_specificity() -> None:
    bare = Pattern("040", "meet", None, frozenset(), None, None, None, "t")
    full = Pattern("163", "impose", None, frozenset({"sanction"}), "on", None, None, "t")
    assert bare.specificity() == 0
    assert full.specificity() == 2


# spaCy lemmas: the shipped patterns must match what the parser produces
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The United States imposed new sanctions on Iran.", "163"),
        ("Trump threatened tariffs against India.", "1312"),
        ("The two leaders held talks in Moscow on Tuesday.", "040"),
        ("Israel and Egypt signed a peace treaty.", "057"),
        ("Police arrested dozens of protesters.", "173"),
        ("France recalled its ambassador from Washington.", "161"),
        ("The ministers reaffirmed their commitment to the accord.", "030"),
        ("Russia expelled two British diplomats.", "166"),
        ("Rebels kidnapped three aid workers.", "181"),
        ("Thousands of workers went on strike.", "143"),
        ("Workers staged a rally outside parliament.", "141"),  # spaCy: staged -> stag (fixed)
        ("The rebels waged war against the government.", "190"),  # spaCy: waged -> wag (fixed)
        ("Azerbaijan cut diplomatic ties with Iran.", "161"),
        ("Police fired tear gas at protesters.", "175"),
        ("Security forces dispersed the crowd.", "175"),
        ("The regime jailed dozens of journalists.", "173"),
        ("Hamas released three hostages.", "0841"),
        ("The government lifted sanctions on Venezuela.", "085"),
        ("Germany demanded the release of the activist.", "1053"),
        ("The opposition called for the president's resignation.", "0241"),
        ("The president sacked the defence minister.", "172"),
    ],
)
def test_lexicon_patterns_match_spacy_lemmas(
    lexicon: Lexicon, nlp: Callable[..., object], sentence: str, code: str
) -> None:
    doc = nlp(sentence)  # type: ignore[operator]
    fix_lemmas(doc)  # as nlp.attach does before any stage reads the Doc
    root = next(t for t in doc if t.dep_ == "ROOT")
    children = {c.dep_: c for c in root.children}
    objects = {c.lemma_.lower() for c in root.children if c.dep_ in ("dobj", "pobj")}
    objects |= {g.lemma_.lower() for c in root.children if c.dep_ == "prep" for g in c.children}
    particle = children["prt"].lower_ if "prt" in children else None
    preps = {c.lemma_.lower() for c in root.children if c.dep_ == "prep"}
    codes = [
        p.code
        for p in lexicon.for_verb(root.lemma_.lower())
        if (not p.objects or p.objects & objects)
        and (p.prep is None or p.prep in preps)
        and p.particle == particle
        and p.xcomp is None
    ]
    assert codes and codes[0] == code


# user files
def test_lexicon_user_pattern_overrides_builtin_code(tmp_path: Path) -> None:
    builtin = load_lexicon()
    before = [p for p in builtin.for_noun("talks") if not p.objects and p.prep is None]
    assert before[0].code == "040"
    path = _write(tmp_path, '- code: "046"\n  noun: talks\n')
    user = load_lexicon([path])
    after = [p for p in user.for_noun("talks") if not p.objects and p.prep is None]
    assert len(after) == 1
    assert after[0].code == "046"
    assert after[0].origin == f"{path}:1"
    assert len(user.patterns) == len(builtin.patterns)


def test_lexicon_user_pattern_adds_new_trigger(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "# my patterns\n"
        "- code: 1312\n"
        "  verb: [menace, brandish]\n"
        "  objects: [levy]\n"
        "- {code: 040, verb: huddle, prep: with}\n"
        "- {code: 161, verb: break, particle: off, objects: [liaison]}\n",
    )
    lex = load_lexicon([path])
    assert [p.code for p in lex.for_verb("menace") if p.objects == {"levy"}] == ["1312"]
    assert [p.code for p in lex.for_verb("brandish")] == ["1312"]
    huddle = lex.for_verb("huddle")
    assert huddle[0].code == "040" and huddle[0].prep == "with"
    assert huddle[0].origin.endswith("user.yaml:5")
    broke = [p for p in lex.for_verb("break") if p.objects == {"liaison"}]
    assert broke[0].particle == "off" and broke[0].code == "161"


def test_lexicon_later_user_file_wins(tmp_path: Path) -> None:
    a = _write(tmp_path, "- {code: '040', verb: huddle}\n", "a.yaml")
    b = _write(tmp_path, "- {code: '043', verb: huddle}\n", "b.yaml")
    for paths, code in (([a, b], "043"), ([b, a], "040")):
        plain = [p for p in load_lexicon(paths).for_verb("huddle") if p.specificity() == 0]
        assert [p.code for p in plain] == [code]


@pytest.mark.parametrize("spelling", ["none", "None", "'---'"])
def test_lexicon_no_event_code_is_read(tmp_path: Path, spelling: str) -> None:
    path = _write(tmp_path, f"- {{code: {spelling}, verb: recognize, objects: [deal]}}\n")
    found = [p for p in load_lexicon([path]).for_verb("recognize") if p.objects == {"deal"}]
    assert [p.code for p in found] == [NO_EVENT]


def test_lexicon_is_cached_per_paths(tmp_path: Path) -> None:
    path = _write(tmp_path, "- {code: '040', verb: huddle}\n")
    assert load_lexicon() is load_lexicon(())
    assert load_lexicon([path]) is load_lexicon((path,))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- code: '999'\n  verb: frob\n", r"user\.yaml:1: unknown CAMEO code '999'"),
        ("- verb: frob\n", r"user\.yaml:1: code must be one CAMEO code"),
        ("- {code: [040, 041], verb: frob}\n", r"user\.yaml:1: code must be one CAMEO code"),
        ("- {code: '040', verb: meet, prep: }\n", r"user\.yaml:1: prep must be a word"),
        ("- code: '040'\n", r"user\.yaml:1: an entry needs exactly one of"),
        ("- {code: '040', verb: a, noun: b}\n", r"exactly one of 'verb' or 'noun'"),
        ("- code: '040'\n  verb: meet\n  object: [x]\n", r"user\.yaml:1: unknown key\(s\) object"),
        ("- {code: '040', verb: meet}\n- just a string\n", r"user\.yaml:2: an entry must be"),
        ("code: '040'\nverb: meet\n", r"user\.yaml: a lexicon file must be a YAML list"),
        ("- {code: '040', verb: [meet, [x]]}\n", r"user\.yaml:1: verb must be a word"),
        ("- {code: '040', verb: meet, objects: []}\n", r"objects must not be empty"),
        ("- {code: '040', verb: meet, prep: {a: b}}\n", r"user\.yaml:1: prep must be a word"),
        ("- {code: '040', verb: meet\n", r"user\.yaml:\d+: not valid YAML"),
    ],
)
def test_lexicon_malformed_user_file_raises(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(DataError, match=message):
        load_lexicon([path])


def test_lexicon_missing_user_file_raises(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="lexicon file not found"):
        load_lexicon([str(tmp_path / "nope.yaml")])


def test_lexicon_error_is_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "- {code: '040', verb: meet\n")
    with pytest.raises(DataError) as info:
        load_lexicon([path])
    assert "\n" not in str(info.value)


def test_lexicon_empty_user_file_adds_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, "# nothing yet\n")
    assert load_lexicon([path]).patterns == load_lexicon().patterns
