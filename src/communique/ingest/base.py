"""What every reader shares: the read context, text clean-up and the Article it builds.

Downstream, every line break of ``Article.text`` is a hard sentence boundary, so a
reader hands over one line per title, heading, paragraph or caption, and never a line
break inside a paragraph. ``normalise_text`` does that for text that arrives with
line breaks of its own: it normalises ``\\r\\n``, drops control characters and re-joins
hard-wrapped paragraphs (lines of 40-110 characters continuing a sentence).
``finish`` puts the title on the first line when the body does not already start with
it, picks the publication date (the source's metadata, then the page, then
``--published``) and returns the ``Article``, or a ``Skipped`` when nothing is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..lines import looks_like_heading
from ..models import Article, Skipped
from ..settings import Settings
from .published import try_date

#: Our field names that ``columns`` may map to a corpus's own column names.
FIELDS = ("id", "text", "title", "published", "url", "outlet", "language")


@dataclass(frozen=True)
class Context:
    """How to read: settings, the ``--published`` fallback and the column mapping."""

    settings: Settings = field(default_factory=Settings)
    published: str | None = None  # ISO date given by the user, origin "flag"
    input_format: str = "auto"
    columns: Mapping[str, str] = field(default_factory=dict)

    @property
    def max_bytes(self) -> int:
        return self.settings.max_bytes


class SkipDocument(Exception):
    """Raised inside a reader for a document it cannot read; becomes a ``Skipped``."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


# --- text clean-up -----------------------------------------------------------------

_NEWLINES = re.compile(r"\r\n?|[\u2028\u0085\f\v]")
_PARAGRAPH_SEP = re.compile(r"\u2029")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b\u200e\u200f\ufeff]")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.(?:[A-Z]\.)*|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Brig|Sgt|"
    r"Gov|Sen|Rep|Rev|Hon|Pres|St|Jr|Sr|No|Nos|vs|Corp|Inc|Ltd|Co|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|approx|etc|e\.g|i\.e)\.)$"
)
_BULLET = re.compile(r"^(?:[-*•·–—▪►]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
_HYPHENATED = re.compile(r"[A-Za-z]-$")
#: Line widths that look like hard-wrapped text (an editor's or a wire service's margin).
MIN_WRAP, MAX_WRAP = 40, 110


def wrap_width(lines: Sequence[str]) -> int | None:
    """The margin a text is hard-wrapped at, or None when its lines are not wrapped."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 2:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))] if len(lengths) >= 10 else lengths[-1]
    return width if MIN_WRAP <= width <= MAX_WRAP else None


def _continues(line: str, nxt: str, width: int, starts_paragraph: bool) -> bool:
    """Whether a line break between ``line`` and ``nxt`` is a hard wrap inside a paragraph."""
    body, follow = line.strip(), nxt.strip()
    if not body or not follow:
        return False
    if _HYPHENATED.search(body) and follow[:1].islower():
        return True  # a word hyphenated across the margin
    if len(line.rstrip()) < 0.75 * width:
        return False
    if _BULLET.match(follow) or (_BULLET.match(body) and not follow[:1].islower()):
        return False  # list items: each on its own line
    if nxt[:1].isspace() and not line[:1].isspace():
        return False  # an indented line opens a new paragraph
    if starts_paragraph and looks_like_heading(body) and not follow[:1].islower():
        return False  # a title or heading directly above its paragraph
    if _TERMINAL.search(body) and not _ABBREVIATION.search(body):
        # a full line ending a sentence: a break here is harmless unless the next
        # line goes on in lower case
        return follow[:1].islower()
    return True


def unwrap(lines: list[str]) -> list[str]:
    """Re-join paragraphs whose lines were hard-wrapped at a fixed margin."""
    width = wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    joining = False
    previous_blank = True
    for i, line in enumerate(lines):
        if joining:
            prev = out[-1]
            glue = "" if _HYPHENATED.search(prev) and line.lstrip()[:1].islower() else " "
            out[-1] = prev + glue + line.strip()
        else:
            out.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        joining = _continues(line, nxt, width, previous_blank and not joining)
        previous_blank = not line.strip()
    return out


def normalise_text(text: str) -> str:
    """One line per block: normalised line breaks, wraps re-joined, blank runs collapsed."""
    text = _PARAGRAPH_SEP.sub("\n\n", _NEWLINES.sub("\n", text))
    text = _INVISIBLE.sub("", text).replace("\t", " ")
    lines = unwrap([line.rstrip() for line in text.split("\n")])
    out: list[str] = []
    for line in lines:
        line = line.strip()
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def one_line(value: object) -> str | None:
    """A title or name as one clean line, or None when it is empty."""
    if value is None:
        return None
    text = " ".join(_INVISIBLE.sub("", str(value)).split())
    return text or None


_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _key(line: str) -> str:
    return re.sub(r"[\W_]+", " ", line.translate(_FOLD).casefold()).strip()


def _same_title(line: str, title: str) -> bool:
    a, b = _key(line), _key(title)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(short.split()) >= 4


def title_line(text: str, title: str, window: int = 3) -> str | None:
    """The line among the first of ``text`` that is the title, as written there, or None.

    The headline may sit under a section label ("Tech"), and either may carry a few
    more words (a site name, "Worldwide").
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()][:window]
    return next((line for line in lines if _same_title(line, title)), None)


def starts_with_title(text: str, title: str, window: int = 3) -> bool:
    """Whether one of the first lines of ``text`` already is the title."""
    return title_line(text, title, window) is not None


_TITLE_SEPARATOR = re.compile(r"(\s+(?:\||-|–|—|::|·|•|»|/)\s+)")
_DATE_LIKE = re.compile(r"^[\d\s./:-]+$")
_DOMAIN = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})


def _site_key(name: str | None) -> str:
    if not name:
        return ""
    low = name.strip().lower()
    if _DOMAIN.match(low):  # news.example.co.uk → example
        labels = low.split(".")[:-1]
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
        low = labels[-1]
    low = re.sub(r"^the\s+", "", low)
    return re.sub(r"[\W_]+", "", low)


def clean_title(title: object, *names: str | None) -> str | None:
    """A page title without the site name (``names``: outlet, host) or a date around it.

    "Berlin confronts its colonial past | DW | 19.01.2020" → "Berlin confronts its colonial
    past"; a segment that is neither (e.g. "Letters: Crime | Roads") stays.
    """
    line = one_line(title)
    if not line:
        return None
    keys = {k for k in (_site_key(n) for n in names) if k}
    labels = {
        label
        for n in names
        if n and _DOMAIN.match(n.strip().lower())
        for label in n.lower().split(".")
    }

    def droppable(segment: str) -> bool:
        key = _site_key(segment)
        if not key or _DATE_LIKE.match(segment):
            return True
        words = re.findall(r"[a-z0-9]+", segment.lower())
        if labels and len(words) <= 4 and all(w in labels for w in words):
            return True  # "Example Wire" on wire.example.com
        return any(
            key == k or (len(key) >= 2 and (k.startswith(key) or key.startswith(k))) for k in keys
        )

    parts = _TITLE_SEPARATOR.split(line)
    while len(parts) >= 3 and droppable(parts[-1]):
        parts = parts[:-2]
    while len(parts) >= 3 and droppable(parts[0]):
        parts = parts[2:]
    return "".join(parts).strip() or line


def with_title(text: str, title: str | None) -> str:
    """The text with the title as its first line (unless it already starts with it)."""
    if not title or starts_with_title(text, title):
        return text
    return f"{title}\n\n{text}" if text else title


def choose_date(
    candidates: Iterable[tuple[object, str]], flag: str | None
) -> tuple[str | None, str | None]:
    """The first candidate (value, origin) that reads as a date, else the ``--published`` flag."""
    for value, origin in candidates:
        date = try_date(value)
        if date:
            return date, origin
    return (flag, "flag") if flag else (None, None)


def finish(
    ctx: Context,
    *,
    id: str,
    text: str,
    title: object = None,
    dates: Iterable[tuple[object, str]] = (),
    url: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
    source: str | None = None,
    normalise: bool = True,
    prepend_title: bool = True,
) -> Article | Skipped:
    """Build the Article a reader found, or a ``Skipped`` when it holds no text."""
    body = normalise_text(text) if normalise else text
    head = one_line(title)
    if not body:
        return Skipped(id, "empty", "no text" + (f" (title: {head})" if head else ""))
    if len(body) > ctx.max_bytes:
        return Skipped(
            id, "too-large", f"text of {len(body)} characters > max_bytes={ctx.max_bytes}"
        )
    published, origin = choose_date(dates, ctx.published)
    if head and prepend_title:
        # the headline as the page shows it, so the segmenter finds it; else prepend it
        shown = title_line(body, head)
        body, head = (body, shown) if shown else (with_title(body, head), head)
    return Article(
        id=id,
        text=body,
        title=head,
        published=published,
        published_origin=origin,
        url=one_line(url),
        outlet=one_line(outlet),
        language=one_line(language),
        source=source,
    )
