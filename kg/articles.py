"""Assemble :class:`Article` values from segmentation drafts and matched headlines."""

from __future__ import annotations

from .headlines import Headline
from .model import Article, Byline, Page
from .segment import Draft, first_date

__all__ = ["build_article", "draft_body"]


def draft_body(page: Page, draft: Draft) -> tuple[str, tuple[int, ...]]:
    """The body text (segments joined by "\\n") and the raw offset of each character."""
    parts: list[str] = []
    offsets: list[int] = []
    for seg in draft.segments:
        text = page.text[seg.start:seg.end].strip()
        if not text:
            continue
        lead = page.text.index(text, seg.start)
        if parts:
            parts.append("\n")
            offsets.append(offsets[-1] + 1)
        parts.append(text)
        offsets.extend(page.offsets[lead:lead + len(text)])
    return "".join(parts), tuple(offsets)


def build_article(page: Page, draft: Draft, headline: Headline | None, position: int,
                  body: str, body_map: tuple[int, ...]) -> Article:
    if draft.dispatch:
        kind = "news"
    elif draft.photo:
        kind = "photo"
    else:
        kind = "feature"
    bylines = [Byline(b.role, b.name, page.raw_span(b.start, b.end)) for b in draft.bylines]
    span = (body_map[0], body_map[-1] + 1) if body_map else (0, 0)
    article = Article(page=page.page_id, source=page.source, position=position, kind=kind,
                      headline="", body=body, span=span,
                      date=draft.dispatch_date or first_date(body),
                      bylines=bylines, body_map=body_map)
    if headline is not None:
        start, end = headline.title_span
        article.headline = headline.title
        article.kicker = headline.kicker
        article.subtitle = headline.subtitle
        article.headline_span = page.raw_span(start, end)
        article.headline_map = tuple(page.offsets[j] for j in headline.title_at)
        at = headline.title_at
        article.headline_breaks = tuple(k for k in range(1, len(at))
                                        if _printed_space(page.text[at[k - 1] + 1:at[k]]))
    return article


def _printed_space(gap: str) -> bool:
    """Spaces between two words of one headline line (not a line's end: a title wraps
    anywhere, even inside a name)."""
    return bool(gap) and gap.isspace() and "\n" not in gap
