"""The pipeline: the one place that knows the order of the steps.

text → :class:`Page` (layout) → drafts (segment) → headlines → :class:`Article` (a
leaning caption joins its story, a spread of pictures the story it shows);
then :mod:`kg.enrich` adds place and entity mentions and :mod:`kg.build` writes the
records, the graph and the exports.
"""

from __future__ import annotations

from .articles import attach_pictures, build_article, draft_body
from .headlines import assign_headlines, headline_units, split_unit
from .layout import repair_layout
from .model import Article
from .segment import segment_page

__all__ = ["extract_text"]


def extract_text(source: str, raw: str) -> list[Article]:
    """Articles of one page's decoded text, without entities."""
    page = repair_layout(source, raw)
    drafts, candidates, kinds = segment_page(page)
    bodies = [draft_body(page, d) for d in drafts]
    units = headline_units(page, candidates)
    matched = assign_headlines(page, drafts, units, kinds, [b for b, _ in bodies])
    articles: list[Article] = []
    for i, (draft, (body, body_map)) in enumerate(zip(drafts, bodies, strict=True)):
        if not body:
            continue
        chosen = matched.get(i)
        headline = split_unit(page, chosen) if chosen else None
        articles.append(build_article(page, draft, headline, len(articles) + 1, body, body_map))
    return attach_pictures(articles)
