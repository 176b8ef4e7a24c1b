"""The pipeline: the one place that knows the order of the steps.

text → :class:`Page` (layout) → drafts (segment) → headlines → :class:`Article`
→ place and entity mentions → records → graph → exports.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .articles import build_article, draft_body
from .headlines import assign_headlines, headline_units, split_unit
from .layout import repair_layout
from .model import Article, Mention
from .pages import PageError, find_page_files, read_page_text
from .segment import segment_page

__all__ = ["BuildResult", "extract_page", "extract_text", "read_articles"]


def extract_text(source: str, raw: str) -> list[Article]:
    """Articles of one page's decoded text, without entities."""
    page = repair_layout(source, raw)
    drafts, candidates, kinds = segment_page(page)
    bodies = [draft_body(page, d) for d in drafts]
    units = headline_units(page, candidates)
    matched = assign_headlines(page, drafts, units, kinds, [b for b, _ in bodies])
    articles: list[Article] = []
    for i, (draft, (body, body_map)) in enumerate(zip(drafts, bodies)):
        if not body:
            continue
        chosen = matched.get(i)
        headline = split_unit(page, chosen) if chosen else None
        articles.append(build_article(page, draft, headline, len(articles) + 1, body, body_map))
    return articles


def map_mention(article: Article, mention: Mention, body_start: int) -> Mention:
    """Move a mention found in ``headline + "\\n" + body`` onto raw page offsets."""
    start, end = mention.span
    text_map = article.headline_map + (article.span[0],) + article.body_map
    if not text_map or end <= start or end > len(text_map):
        return mention
    return replace(mention, span=(text_map[start], text_map[end - 1] + 1))


def extract_page(path: Path, home_city: str | None = None) -> list[Article]:
    """Read one page file and extract its articles with their entities."""
    articles = extract_text(path.name, read_page_text(path))
    from .enrich import enrich_articles  # entity stage; optional until wired

    enrich_articles(articles, home_city)
    return articles


@dataclass
class BuildResult:
    articles: list[Article] = field(default_factory=list)
    pages: int = 0
    errors: list[PageError] = field(default_factory=list)


def read_articles(paths: list[Path], home_city: str | None = None) -> BuildResult:
    files, errors = find_page_files(paths)
    result = BuildResult(errors=errors)
    for path in files:
        try:
            result.articles.extend(extract_page(path, home_city))
            result.pages += 1
        except PageError as exc:
            result.errors.append(exc)
    return result
