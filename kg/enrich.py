"""Entity stage: place and named-entity mentions of each article, on raw page offsets.

Finders work on ``headline + "\\n" + body`` and return spans into that text; this
module moves them onto the page file's raw offsets (see :class:`kg.model.Mention`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from . import places
from .entities import find_entities
from .model import Article, Mention
from .places import decide_home_city, infer_home_city, resolve_places

__all__ = ["article_text", "enrich_article", "enrich_articles", "fill_page_district",
           "guess_home_city", "home_city_votes", "page_fallback_city", "page_home_city"]


def article_text(article: Article) -> tuple[str, int]:
    """The text the finders read, and where its body begins."""
    return f"{article.headline}\n{article.body}", len(article.headline) + 1


def _raw_map(article: Article) -> tuple[int, ...]:
    """The raw offset of each character of :func:`article_text` (made once an article:
    its mentions all use it)."""
    text_map = article.headline_map + (article.span[0],) + article.body_map
    if len(text_map) != len(article.headline) + 1 + len(article.body):
        text_map = (article.span[0],) * (len(article.headline) + 1) + article.body_map
    return text_map


def _to_raw(article: Article, text_map: tuple[int, ...], mention: Mention) -> Mention:
    start, end = mention.span
    if not 0 <= start < end <= len(text_map):
        return replace(mention, span=(article.span[0], article.span[0]))
    return replace(mention, span=(text_map[start], text_map[end - 1] + 1))


def enrich_article(article: Article, home_city: str | None,
                   page_city: str | None = None) -> Article:
    text, body_start = article_text(article)
    places = resolve_places(text, body_start, home_city, breaks=article.headline_breaks,
                            page_city=page_city)
    # No name runs across a space printed in the headline (`暴雨毁渠 环卫送水进校救急`),
    # except inside quotes (`“走进社区听民意 创文惠民增福祉”`).
    others = [m for m in find_entities(text, body_start, places.primary_district)
              if m.rule == "initiative.quoted"
              or not any(m.span[0] < b < m.span[1] for b in article.headline_breaks)]
    mentions = sorted(list(places.mentions) + list(others),
                      key=lambda m: (m.span[0], -m.span[1], m.type))
    text_map = _raw_map(article)
    article.mentions = [_to_raw(article, text_map, m) for m in mentions]
    article.districts = list(places.districts)
    article.primary_district = places.primary_district
    return article


def guess_home_city(articles: Iterable[Article]) -> str | None:
    return infer_home_city(article_text(a)[0] for a in articles)


def home_city_votes(articles: Iterable[Article], page_text: str) -> dict[str, int]:
    """One page's votes for the home city, from its articles' places and from the paper
    its dispatches name (``page_text``, the page as read): the build sums them over all
    pages (:func:`kg.places.decide_home_city`) without reading every page again."""
    votes = places.home_city_votes(article_text(a)[0] for a in articles)
    votes.update(places.paper_votes(page_text))
    return dict(votes)


def page_home_city(page_votes: dict[str, int], batch_home: str | None) -> str | None:
    """The home city a page's places are read with: its own when its votes decide one (a
    batch may mix papers of several cities: a 洛阳 page among 郑州 ones), else the one of
    all pages together."""
    return decide_home_city(Counter(page_votes)) or batch_home


def page_fallback_city(page_votes: dict[str, int], home: str | None) -> str | None:
    """The one prefecture a page's places name when they are too few to make it the page's
    home city (a 萧山 page naming 萧山区 once, read among 郑州 pages): same-name districts
    and townships its articles do not decide otherwise are looked for there
    (:func:`kg.places.resolve_places`). None when they name several, or the home city."""
    if len(page_votes) == 1 and home not in page_votes:
        return next(iter(page_votes))
    return None


# A page whose other articles are all about one district, at least this many of them,
# is that district's page (`二七区新闻`).
PAGE_DISTRICT_MIN_ARTICLES = 3


def fill_page_district(articles: list[Article]) -> None:
    """On a one-district page, an article whose only places are ones the gazetteer lacks
    (a street merged away, such as 解放路街道 of 二七区) is taken to be about that
    district. Articles that name no place at all stay without one."""
    pages: dict[str, list[Article]] = {}
    for article in articles:
        pages.setdefault(article.page, []).append(article)
    for page_articles in pages.values():
        known = [a.primary_district for a in page_articles if a.primary_district]
        if len(known) < PAGE_DISTRICT_MIN_ARTICLES or len(set(known)) != 1:
            continue
        for article in page_articles:
            unresolved = any(m.type in ("street", "community") and not m.code
                             for m in article.mentions)
            if article.primary_district is None and not article.districts and unresolved:
                article.primary_district = known[0]
                article.districts = [known[0]]


def enrich_articles(articles: list[Article], home_city: str | None,
                    page_city: str | None = None) -> list[Article]:
    for article in articles:
        enrich_article(article, home_city, page_city)
    fill_page_district(articles)
    return articles
