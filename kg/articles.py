"""Assemble :class:`Article` values from segmentation drafts and matched headlines."""

from __future__ import annotations

from dataclasses import replace

from .headlines import Headline, bigrams
from .model import Article, Byline, Page
from .rules import CAPTION_TIME_RE, PICTURE_CAPTION_RE
from .segment import Draft, first_date

__all__ = ["attach_pictures", "build_article", "draft_body"]

# A caption that leans on a story is one short sentence or two (`交警清理路面积雪，引导车辆
# 安全有序通行。`, 20 characters; `蓝天智慧物业有限公司150多名环卫工人以雪为令，提前上岗
# 保畅通。`, 32: the longest on the probe pages). A picture item of its own tells its event
# and shares few words with the story above it (`为进一步美化社区环境，组织居民、小朋友、
# 志愿者对小区主路上的井盖涂鸦。` under a story of a vegetable garden stays an item: one
# pair in six is the story's; it would at 40 characters too).
LEANING_CAPTION_MAX = 32
# ... and it shows what the story before it tells: a third of its character pairs are the
# story's (`志愿者在骖鸾路拆除已经陈旧的墙面广告` under a story of volunteers who 拆除破旧广告),
# or it says so (`图为展演现场。` after the report of a 文艺展演: rules.PICTURE_CAPTION_RE).
SHARED_PAIRS_MIN = 0.3
# A spread's captions credit their pictures one by one (`欢乐的舞蹈跳起来(本报记者文宇摄)` /
# `马拉松爱好者环湖跑(本报记者任露潇摄)` …); a photo item of its own has one credit, of one
# name or more (`通讯员 马骏 刘畅 摄`). Names of one credit stand this close.
SPREAD_CREDITS_MIN = 2
CREDIT_NAME_GAP = 3


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


def attach_pictures(articles: list[Article]) -> list[Article]:
    """A picture printed with a caption that leans on a story (short, saying no when, no
    headline of its own) is that story's, with its credit: the story whose headline stands
    over it (`志愿服务不打烊` / `志愿者在擦站牌。(王博 摄)` / `记 者 王 博` / text), else the
    one before it when the caption says so or shares its words, or the titled picture
    item before it (a spread: `风雪中 最美的坚守` / caption / `通讯员 杜林霖 摄` / caption /
    `YMG全媒体记者 杨春娜摄` …). A titled spread of pictures credited one by one is the
    headline and pictures of the untitled story below it. One page's articles, in order."""
    out: list[Article] = []
    at = 0
    while at < len(articles):
        article = articles[at]
        at += 1
        if out and _spread_over(out[-1], article):
            out[-1] = _under_spread(out[-1], article)
            continue
        if _leaning_caption(article):
            below = articles[at] if at < len(articles) else None
            if below is not None and _titled_over(below, article, out[-1] if out else None):
                out.append(_joined(article, below, below))
                at += 1
                continue
            if out and _pictures(article, out[-1]):
                out[-1] = _joined(out[-1], article, out[-1])
                continue
        out.append(article)
    return [a if a.position == i else replace(a, position=i) for i, a in enumerate(out, 1)]


def _spread_over(spread: Article, story: Article) -> bool:
    """A titled spread of credited pictures over a story with no headline of its own:
    the story is the spread's text (`家门口的幸福，那么实在 那么安逸` / captions with their
    credits / `一江之水，一方之人。…`)."""
    return (spread.kind == "photo" and bool(spread.headline) and not story.headline
            and _credits(spread) >= SPREAD_CREDITS_MIN and not _leaning_caption(story))


def _credits(article: Article) -> int:
    """How many photo credits the article prints (a credit's names stand together)."""
    spans = sorted(b.span for b in article.bylines if b.role == "photographer")
    return sum(1 for i, span in enumerate(spans)
               if i == 0 or span[0] - spans[i - 1][1] > CREDIT_NAME_GAP)


def _under_spread(spread: Article, story: Article) -> Article:
    """The story with the spread's pictures before it and the spread's headline; its own
    signature first, then every picture's credit as printed. A story opening with a
    credited picture was read as one (kind photo), but tells its own."""
    shooters = {b.name for b in story.bylines if b.role == "photographer"}
    signature = [b for b in story.bylines if b.name not in shooters]
    pictures = sorted([*spread.bylines, *(b for b in story.bylines if b.name in shooters)],
                      key=lambda b: b.span)
    joined = replace(_joined(spread, story, story), bylines=[*signature, *pictures])
    return replace(joined, kind="feature" if story.kind == "photo" else story.kind,
                   headline=spread.headline, kicker=spread.kicker, subtitle=spread.subtitle,
                   headline_span=spread.headline_span, headline_map=spread.headline_map,
                   headline_breaks=spread.headline_breaks)


def _leaning_caption(article: Article) -> bool:
    text = "".join(article.body.split())
    return (article.kind == "photo" and not article.headline
            and len(text) <= LEANING_CAPTION_MAX and not CAPTION_TIME_RE.search(text))


def _titled_over(article: Article, caption: Article, before: Article | None) -> bool:
    """``article``'s headline stands over the caption, below the story before it (not a
    headline floated over that story too)."""
    title = article.headline_span
    return (title is not None and title[1] <= caption.span[0]
            and (before is None or before.span[1] <= title[0]))


def _pictures(caption: Article, before: Article) -> bool:
    """Does the caption show what ``before`` tells (see ``attach_pictures``)?"""
    if PICTURE_CAPTION_RE.match(caption.body) or (before.kind == "photo" and before.headline):
        return True
    pairs = bigrams(caption.body)
    shared = pairs & bigrams(before.headline + before.body)
    return bool(pairs) and len(shared) >= SHARED_PAIRS_MIN * len(pairs)


def _joined(first: Article, second: Article, story: Article) -> Article:
    """One article of two printed one after the other, the story's fields kept and its
    credits first."""
    picture = second if story is first else first
    body_map = first.body_map + (first.body_map[-1] + 1,) + second.body_map
    return replace(story, body=f"{first.body}\n{second.body}", body_map=body_map,
                   span=(first.span[0], second.span[1]),
                   bylines=[*story.bylines, *picture.bylines])
