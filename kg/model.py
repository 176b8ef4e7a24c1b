"""The typed values that flow through the pipeline: text → Page → Article → Mention.

Every span is a half-open ``(start, end)`` pair of character offsets into the *raw*
page text as decoded from the file (``Page.raw``), so any finding can be traced back to
the characters it came from: ``page.raw[start:end]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ARTICLE_ENTITY_FIELDS",
    "ENTITY_TYPES",
    "ROLES",
    "Article",
    "Block",
    "Byline",
    "Mention",
    "Page",
    "Place",
    "Span",
]

Span = tuple[int, int]

# Byline roles, in the order the JSON record lists them.
ROLES = ("reporter", "correspondent", "photographer")

# Entity type → the article field (gold format) that lists its canonical names.
ARTICLE_ENTITY_FIELDS = {
    "district": "districts",
    "street": "streets",
    "community": "communities",
    "compound": "compounds",
    "enterprise": "enterprises",
    "initiative": "initiatives",
    "organization": "organizations",
}
ENTITY_TYPES = tuple(ARTICLE_ENTITY_FIELDS)


@dataclass(frozen=True)
class Block:
    """A paragraph of the repaired text: ``Page.text[start:end]``, one line, no breaks."""

    start: int
    end: int
    lines: int  # raw lines it was joined from
    blank_before: bool = True  # a blank line (or the page start) stands before it
    across: bool = False  # one line set across columns, wider than the page's column
    wide_gap: bool = False  # three blank lines or more before it (layout.WIDE_GAP_LINES)


@dataclass(frozen=True)
class Page:
    """One page file: its raw text and the repaired text with a map back to raw offsets."""

    source: str  # the file's name, e.g. "000_fae9c35db4d8e8d4.txt"
    raw: str  # decoded text, never modified
    text: str  # layout-repaired text: blocks separated by "\n"
    offsets: tuple[int, ...]  # offsets[i] = raw offset of text[i]; len(text) + 1 entries
    blocks: tuple[Block, ...] = ()

    @property
    def page_id(self) -> str:
        return self.source.rsplit(".", 1)[0]

    def raw_span(self, start: int, end: int) -> Span:
        """Map a span of the repaired text to the raw text."""
        if end <= start:
            return (self.offsets[start], self.offsets[start])
        return (self.offsets[start], self.offsets[end - 1] + 1)


@dataclass(frozen=True)
class Byline:
    role: str  # one of ROLES
    name: str
    span: Span  # raw offsets of the name as printed (run-together names share text)


@dataclass(frozen=True)
class Place:
    """One level of the administrative hierarchy above (and including) a place."""

    code: str  # official code: 6 digits county, 9 township, 12 village
    name: str  # official full name
    level: str  # province | city | district | street | community


@dataclass(frozen=True)
class Mention:
    """An entity found in an article: what was printed and what it resolves to."""

    type: str  # one of ENTITY_TYPES
    text: str  # as printed (repaired text, no line breaks)
    name: str  # canonical name
    span: Span  # raw offsets into Page.raw
    rule: str  # id of the rule that found it, e.g. "gazetteer.street"
    code: str | None = None  # official code where the gazetteer has one
    in_gazetteer: bool = False
    hierarchy: tuple[Place, ...] = ()  # this place and its parents, nearest first
    aliases: tuple[str, ...] = ()


@dataclass
class Article:
    page: str  # page id (file name without extension)
    source: str  # page file name
    position: int  # 1-based order on the page
    kind: str  # news | feature | photo
    headline: str
    body: str  # repaired text of the body, paragraphs joined by "\n"
    span: Span  # raw offsets of the body
    headline_span: Span | None = None
    kicker: str = ""
    subtitle: str = ""
    date: str | None = None  # "MM-DD"
    bylines: list[Byline] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)  # named or implied, official names
    primary_district: str | None = None
    # Raw offset of every character of headline and body, for mapping mentions back.
    headline_map: tuple[int, ...] = field(default=(), repr=False, compare=False)
    # Where a printed space was squeezed out of the headline (`积雪行路难 社区忙清扫`):
    # no place name spans one.
    headline_breaks: tuple[int, ...] = field(default=(), repr=False, compare=False)
    body_map: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @property
    def id(self) -> str:
        return f"{self.page}#{self.position:02d}"

    def people(self, role: str) -> list[str]:
        out: list[str] = []
        for b in self.bylines:
            if b.role == role and b.name not in out:
                out.append(b.name)
        return out

    def names(self, entity_type: str) -> list[str]:
        out: list[str] = []
        for m in self.mentions:
            if m.type == entity_type and m.name not in out:
                out.append(m.name)
        return out
