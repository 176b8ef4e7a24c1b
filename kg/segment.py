"""Segmentation: a repaired :class:`Page` → article drafts (blocks, bylines, kind).

Blocks are read in page order. An article opens at a dispatch line (`本报讯`, its byline
in brackets after it, set off by spaces, or on the line above it), at a byline standing
before its body (`本报记者 马俊杰 通讯员 徐丹丹 文图`), or as a photo caption credited
`本报记者 X 摄`; it closes at its end byline (`记者 王建国`). Short
lines without sentence punctuation are headline candidates, placed later by content
(:mod:`kg.headlines`), because OCR lets headlines float away from their bodies.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .bylines import (
    BylineName,
    author_line,
    bare_credit_line,
    labelled_byline,
    leading_byline,
    parse_byline,
    trailing_bare_credit,
    trailing_byline,
)
from .gazetteer import county_and_above_names
from .layout import is_doubled_line
from .model import Page
from .rules import (
    CJK,
    DISPATCH_RE,
    EDITORIAL_LABEL_RE,
    LEAD_MARKS,
    NEWS_LEAD_RE,
    PAGE_NO,
    PICTURE_CAPTION_RE,
    PICTURE_SOURCE_RE,
    SECTION_MARK_RE,
    SENTENCE_PUNCT,
    TAG_RE,
    TURNS_OVER_RE,
)

__all__ = ["Draft", "Segment", "segment_page", "two_phrases"]

# A headline (with kicker or subtitle on the same line) is at most this long.
MAX_HEADLINE_CHARS = 64
# A caption under a headline, over the article's top byline, is one short paragraph.
MAX_CAPTION_UNDER_HEADLINE = 80
# Kicker, title and subtitle: at most this many headline lines stand over a body, set
# off from it by a blank line (a column's short lines, `2016年12月29日下午，北` / … /
# `好！`, are no headline over a body).
MAX_HEAD_LINES = 3
# How far after a dispatch line a bracketed byline may close: `本报讯(记者 … 通讯员 …)`.
MAX_BRACKET_BYLINE = 80
# Body under a headline before a dispatch line is that dispatch's lead-in (OCR column
# order: `二七区人社局…` / `疫情导致…双赢。` / `本报讯…`), or its pictures' captions
# (`…公交站台。` / `荷花园街道渔文化街。`); two paragraphs and more than this many characters
# are an article of their own, followed by a dispatch without a headline.
MAX_LEAD_IN = 160
# Pictures over an article's top byline: at most this many captions (`…交通信号灯` /
# `…和谐之风。` / `…老人过马路。` / `□本报记者 牛超/文 禹舸/图`), the first maybe a line of
# at most MAX_CAPTION_LINE characters, the others sentences of at most MAX_CAPTION_SENTENCE
# (a sidebar's paragraphs over the byline are longer, and the article's text: `【社区名片】`
# / `兴旺社区位于…，主要管辖范围是…以北。`).
MAX_CAPTIONS_UNDER_HEADLINE = 4
MAX_CAPTION_LINE = 20
# The fewest characters of a caption printed before its credit on one line: `▲志愿者在
# 清理墙体广告 崔萌 摄` (a role word alone before the name is none: `本报记者 崔萌 摄`).
MIN_CAPTION_CHARS = 6
MAX_CAPTION_SENTENCE = 40
# Photo captions are short: `近日,…开展“文明和谐邻里行”志愿服务活动…。本报记者 刘文博 摄`.
MAX_PHOTO_CAPTION = 400
# A feature sets its first crosshead after a short lead, one or two paragraphs; a
# headline over a blank line after more is the next article's, one with no byline of
# its own (`□本报记者 X` / three paragraphs / `邻里联欢秀年味` / `写春联…`).
MAX_LEAD_PARAGRAPHS = 2
MAX_LEAD_CHARS = 300
# ... and a news item (`本报讯…`) seldom has crossheads at all: after three paragraphs of
# one, a shorter text is enough (`本报讯(通讯员…记者…)日前，…` and two paragraphs more, 246
# characters in all / `邢台某小区修补破损路面 居民集体“点赞”` / `“自创城活动以来，…`).
MAX_DISPATCH_LEAD_CHARS = 200
# ... nor after two paragraphs when the text under the headline opens like news again.
MIN_NEWS_LEAD_PARAGRAPHS = 2
# ... unless one short paragraph is all that follows it: a feature's last section
# (`黄发垂髫 怡然自得` / `花园南侧的长廊被大树掩映，孩童在树荫下嬉戏。…`).
MIN_SPLIT_REST_CHARS = 150
# A marked caption among a feature's lead paragraphs is its picture, no text of the lead:
# `尝百家宴、逛便民集市…` / `■桂城叠滘圩公益集市上,游人如织、热闹非凡。` ×4 / `缤纷活动`.
MAX_MARKED_CAPTION = 50
_BRACKETS = {"(": ")", "（": "）", "[": "]", "【": "】"}
# A headline may exclaim or ask (`“俺村不比城市差！”`, `曝光！蜜蜂张办事处仨小区脏乱差`): a
# short line with ！ or ？ but no full stop, comma or semicolon.
# (after a place and a colon too: `兴庆区：邻里温暖再升级！`; with who says what after it:
# `通州如意园小区今日解封！居民：解封后想第一时间见到他们`)
_EXCLAIMED_HEADLINE = re.compile(r"(?=.{8,30}$)(?:[^。，,；;、：:！？!?]{2,12}[：:])?"
                                 r"[^。，,；;、：:]*[！？!?](?:[^。，,；;、：:！？!?]{1,6}[：:])?"
                                 r"[^。，,；;、：:]*")
# ... or a short exclamation, `垃圾堆清了！` (not a quoted cry, `“太好了！”`; not the end of
# a question wrapped onto its own line, `写这封信？`)
_SHORT_EXCLAIMED = re.compile(r"[^“‘\"。，,；;、：:！？!?]{4,6}[！!]")
# ... and over a dispatch, with a comma too: `蜜蜂张街道的居民送来了糖葫芦，为啥？` /
# `本报讯 …` (a question in the text runs on in its paragraph); quoted words inside it,
# not a quoted cry: `改“面子”、重“里子”，这个小区环境顶呱呱！` / `本网讯(…)…`.
_ASKED_HEADLINE = re.compile(r"(?=.{8,30}$)(?![“‘\"])[^。；;：:！？!?]+[！？!?]")
# A column's tag naming the reporter's work, set over a title: `记者在现场`, `记者调查`.
_REPORTER_TAG = re.compile(rf"\s*记者[{CJK}]{{2,4}}\s*")
# A picture supplied by a unit, credited to nobody: `歌曲《共筑中国梦》【进学街道供图】`,
# `(受访者供图)`; its caption is no headline.
_SUPPLIED_PICTURE = re.compile(r"[【\[(（][^】\])）]{0,16}供图[】\])）]\s*$")
# ... or a line of its own naming who supplied it: `颜永莉供图` (no headline).
_SUPPLIER_LINE = re.compile(rf"\s*[{CJK}]{{2,8}}\s*[/／]?\s*供图\s*")
# A report's closing field, set like a headline line: `责任人:老城区历史文化街区管委` /
# `会主任 张海虎` (who answers for the problem, in papers' follow-up columns).
_CLOSING_FIELD = re.compile(r"\s*(?:责任人|责任单位|联系人|联系电话|咨询电话|举报电话)\s*[:：]")
# ... a place alone before the colon: `六甲街道盘龙社区：`.
_PLACE_KICKER = re.compile(rf"\s*[{CJK}]{{2,16}}(?:区|县|市|街道|镇|乡|社区|村|小区)[：:]\s*")
# A kicker line that names what the title says of it: `宝鸡高新区高新佳园一期小区：`.
_COLON_KICKER = re.compile(r"(?=.{6,30}$)[^。，,；;、！？!?：:]+[：:]")


@dataclass(frozen=True)
class Segment:
    """A piece of body text: ``page.text[start:end]``, from block ``block``."""

    block: int
    start: int
    end: int


@dataclass
class Draft:
    segments: list[Segment] = field(default_factory=list)
    bylines: list[BylineName] = field(default_factory=list)  # offsets into page.text
    dispatch: bool = False
    ended: bool = False
    last_block: int = -1
    first_block: int = -1
    prefix: list[Segment] = field(default_factory=list)
    subheads: list[int] = field(default_factory=list)  # indices into segments
    dispatch_date: str | None = None  # `东南网4月26日讯`: its day is the body's first printed
    credits_text: bool = False  # a credit for the text too: `记者 任刚 通讯员 李静 文/摄`

    def add(self, seg: Segment) -> None:
        self.segments.append(seg)
        self.last_block = max(self.last_block, seg.block)
        if self.first_block < 0:
            self.first_block = seg.block

    def split(self, cut: int, first: int) -> Draft:
        """A draft of this one's segments from ``first`` on, with the credits printed among
        them (a picture's: `…晾晒小麦 摄影 邹吉硕`); this one keeps those before ``cut``
        and ends."""
        part = Draft(ended=self.ended)
        for seg in self.segments[first:]:
            part.add(seg)
        start = part.segments[0].start
        part.bylines = [b for b in self.bylines if b.start >= start]
        self.bylines = [b for b in self.bylines if b.start < start]
        del self.segments[cut:]
        self.last_block = max(seg.block for seg in self.segments)
        self.ended = True
        return part

    @property
    def photo(self) -> bool:
        """A picture's caption: short, and everyone credited took the picture (`本报记者
        刘文博 摄`; not `晚报记者 马武 王战龙/文 白韬/图`, a story with its picture)."""
        chars = sum(s.end - s.start for s in self.segments)
        return (not self.dispatch and chars <= MAX_PHOTO_CAPTION and not self.credits_text
                and _took_all(self.bylines))


def _wrapped_byline(page: Page, i: int, alone: int) -> list[BylineName] | None:
    """The names of byline line ``i`` read on from the line above, when it starts with
    names the line above's role word credits: `□大象新闻·东方今报记者 张定有` /
    `魏广宝 通讯员 陈辉` (魏广宝 a reporter too). None when that reads no more than the
    ``alone`` names the line gives by itself."""
    above, block = page.blocks[i - 1], page.blocks[i]
    offset = above.end - above.start + 1
    joined = parse_byline(page.text[above.start:above.end] + " " + page.text[block.start:block.end])
    names = [b for b in joined or () if b.start >= offset]
    if len(names) <= alone:
        return None
    return _shift(names, block.start - offset)


# A dispatch's bracketed byline that credits a picture: `（记者 秦水淼 文/图）`, `(记者 X 摄)`.
_PICTURE_IN_BYLINE = re.compile(r"[（(][^（()）]{2,48}(?:图|摄)[^（()）]{0,6}[）)]")
# A character of a caption's words (marks and spaces are none).
_CAPTION_WORD = re.compile(rf"[{CJK}A-Za-z0-9]")


def _pictured_dispatch(page: Page, i: int) -> bool:
    """Does block ``i`` open a dispatch whose byline credits a picture?"""
    if i >= len(page.blocks):
        return False
    block = page.blocks[i]
    end = min(block.end, block.start + 64)
    return _PICTURE_IN_BYLINE.search(page.text, block.start, end) is not None


# A title that opens with the place it reports from: `乌鲁木齐：“访惠聚”工作组帮居民添亮`.
_PLACE_COLON = re.compile(rf"\s*([{CJK}]{{2,8}})[：:](?=\S{{4}})")


def _place_title(page: Page, i: int) -> bool:
    """Head line ``i`` opens with a province's, city's or county's name and a colon: a
    new article's title, not a crosshead of the dispatch above it (a news item's
    crossheads name no city: `镜头一：`; nor a compound: `普罗旺世南区:家长带孩子…`)."""
    block = page.blocks[i]
    m = _PLACE_COLON.match(page.text, block.start, block.end)
    return m is not None and block.blank_before and m.group(1) in county_and_above_names()


def _kind_after_credits(kinds: list[str], i: int) -> str:
    """The kind of the first block after byline ``i`` and the byline lines under it."""
    j = i + 1
    while j < len(kinds) and kinds[j] == "byline":
        j += 1
    return kinds[j] if j < len(kinds) else ""


def two_phrases(line: str) -> bool:
    """Two phrases of three or more characters set apart by a space, as titles print
    them (`凌晨四点到岗 早饭在寒风中吃完`)."""
    parts = line.split()
    return len(parts) == 2 and all(len(part) >= 3 for part in parts)


def _lone_caption(page: Page, i: int) -> bool:
    """Block ``i`` is one short sentence, as a picture's caption is."""
    text = page.text[page.blocks[i].start:page.blocks[i].end].strip()
    return (len(text) <= MAX_CAPTION_SENTENCE and text.endswith("。")
            and not any(c in SENTENCE_PUNCT for c in text[:-1]))


def _caption_sized(seg: Segment) -> bool:
    return seg.end - seg.start <= MAX_CAPTION_UNDER_HEADLINE


def _shooters(names: list[BylineName]) -> set[str]:
    """Who of these took a picture."""
    return {b.name for b in names if b.role == "photographer"}


# A credit for the text: `牛超/文`, `文/图`, `王明 文/摄`, glued to the last name too,
# `蒋凌翔文/摄` (not the 文 of a name: `李文 摄`).
_TEXT_CREDIT = re.compile(r"(?:^|[\s/／])文(?:\s*[/／]|图)|[/／]\s*文|文\s*[/／]\s*[图摄]")


def _took_all(names: list[BylineName]) -> bool:
    """Everyone credited took a picture: `本报记者 刘文博 摄`, `(小汤 摄)`."""
    return bool(names) and {b.name for b in names} == _shooters(names)


def _shared(names: list[BylineName], others: list[BylineName]) -> bool:
    """Someone is credited in both."""
    return bool({b.name for b in names} & {b.name for b in others})


def _credited_caption(page: Page, i: int) -> bool:
    """Block ``i`` ends in a picture's credit: `…稻谷即将成熟。(朱云平 摄)`."""
    block = page.blocks[i]
    found = trailing_byline(page.text[block.start:block.end])
    return found is not None and any(b.role == "photographer" for b in found[1])


def _opened_below(page: Page, kinds: list[str], i: int, names: list[BylineName]) -> str | None:
    """What the picture's credit at block ``i`` stands over when the article below starts
    at the caption above it: that article's top byline (`本报记者 张 蕊 摄` / `本报记者 张 蕊
    实习生 李子晗` / body: "byline") or its dispatch (`□全媒体记者 王建成 文/图` / `本报讯
    …`: "dispatch"); None when neither."""
    block = page.blocks[i]
    if _took_all(names) and kinds[i + 1:i + 3] == ["byline", "body"] and _text_byline(page, i + 1):
        return "byline"
    if kinds[i + 1:i + 2] == ["start"] and (
            _shooters(names) or _TEXT_CREDIT.search(page.text, block.start, block.end)):
        return "dispatch"
    return None


def _text_byline(page: Page, i: int) -> bool:
    """Block ``i`` credits someone with the text: `本报记者 张 蕊 实习生 李子晗`."""
    block = page.blocks[i]
    names = parse_byline(page.text[block.start:block.end]) or []
    return any(b.role in ("reporter", "correspondent") for b in names)


def _pictures_and_text(byline: str, names: list[BylineName]) -> bool:
    """The byline credits pictures and text (`牛超/文 禹舸/图`, `王明 文/摄`): an article's
    with pictures, no photo's caption (`本报记者 王明 摄`)."""
    took = _shooters(names)
    return bool(took) and (_TEXT_CREDIT.search(byline) is not None
                           or any(b.name not in took for b in names))


def _named_before(page: Page, draft: Draft, names: list[BylineName], end: int) -> bool:
    """Does the draft's text before ``end`` name everyone credited (a picture taken by
    someone its byline named: `东北网5月7日讯(冯春涛 记者 张锐)…` / … / `冯春涛 摄`)?"""
    above = page.text[page.blocks[draft.first_block].start:end]
    return all(b.name in above for b in names)


def _captioned_credit(text: str, names: list[BylineName], start: int) -> bool:
    """A byline line that opens with its picture's caption: `▲志愿者在清理墙体广告 崔萌 摄`
    (a caption's length, at least MIN_CAPTION_CHARS characters of words)."""
    caption = text[: names[0].start - start] if names else ""
    words = len(_CAPTION_WORD.findall(caption))
    return MIN_CAPTION_CHARS <= words and len(caption) <= MAX_CAPTION_UNDER_HEADLINE


def _shift(names: list[BylineName], offset: int) -> list[BylineName]:
    return [BylineName(b.role, b.name, b.start + offset, b.end + offset) for b in names]


def _is_label(text: str) -> bool:
    """Key words set under a picture, not a headline: `防疫 消杀 收集` (not the end of a
    sentence and its credit: `机！ 记者 孙庆辉 文/图`)."""
    tokens = text.split()
    return (len(tokens) >= 3 and all(len(t) <= 3 for t in tokens)
            and not any(c in SENTENCE_PUNCT for c in text))


def block_kind(text: str) -> str:
    if DISPATCH_RE.match(text):
        return "start"
    if _SUPPLIED_PICTURE.search(text):
        return "body"  # a picture's caption, part of the text around it
    if TURNS_OVER_RE.match(text):
        return "body"  # `(下转第三版)` on a line of its own ends the text above, no headline
    if _CLOSING_FIELD.match(text):
        return "body"
    if len(text) <= 60 and (parse_byline(text) is not None  # (`文/王敬怡`: credits nobody)
                            or labelled_byline(text)):
        return "byline"
    if TAG_RE.match(text) or _is_label(text) or _SUPPLIER_LINE.fullmatch(text):
        return "tag"
    if ((len(text) <= MAX_HEADLINE_CHARS and not any(c in SENTENCE_PUNCT for c in text)
            and text[-1] not in "，,、：:")
            or _EXCLAIMED_HEADLINE.fullmatch(text) or _SHORT_EXCLAIMED.fullmatch(text)
            or _COLON_KICKER.fullmatch(text)):
        # (not the end of a sentence and its credit: `机！ 记者 孙庆辉 文/图`)
        return "body" if trailing_byline(text) else "head"
    return "body"


# The rest of an article begun on another page is an article of its own here, never
# the end of the one above it: `(上接一版)在鸡王社区，…`, `上接01版` on a line of its own
# (after arrows or a mark too: `》》》上接01版`).
_CONTINUED = re.compile(rf"\s*(?:[》>]+|[{LEAD_MARKS}])?\s*[(（]?上接{PAGE_NO}[)）]?\s*")
# A line of places' whole paths, district to community: `广陵区曲江街道文昌花园社区`,
# `蜀冈-瘦西湖风景名胜区梅岭街道凤凰桥社区` (several, where the layout joined full lines).
_ONE_PLACE_PATH = (rf"[{CJK}-－]{{2,14}}?[区县市][{CJK}]{{2,8}}?(?:街道|镇|乡)"
                   rf"[{CJK}]{{1,10}}?(?:社区|村)")
_PLACE_PATH = re.compile(rf"(?:{_ONE_PLACE_PATH})+")
_WHOLE_PLACE_PATH = re.compile(_ONE_PLACE_PATH)
_TWO_PLACE_PATHS = re.compile(rf"(?:{_ONE_PLACE_PATH}){{2,}}")
# A news item's first sentence names its district and township: `近日，回民区在攸攸板镇
# 开展…` (a feature's last paragraph seldom does: `近日，菜园又迎来了…`).
_DISTRICT_AND_TOWNSHIP = re.compile(rf"[区县市][在的]?[{CJK}]{{2,8}}?(?:街道|镇|乡)")
_FIRST_SENTENCE = re.compile(r"[^。！？!?]*")


def _mark_place_lists(page: Page, kinds: list[str]) -> set[int]:
    """Two or more such paths in a row are a list in the text (`“明星社区”名单` /
    `广陵区曲江街道文昌花园社区` / `邗江区竹西街道安平社区`), not headline lines (one alone
    may be a kicker); a line the column broke counts whole (`…文汇街道春` / `江社区`).
    Marks them body and returns their indices."""
    texts = [page.text[b.start:b.end].strip() for b in page.blocks]
    listed: set[int] = set()
    run: list[int] = []
    i = 0
    while i <= len(texts):
        if i < len(texts) and kinds[i] in ("head", "body") and _PLACE_PATH.fullmatch(texts[i]):
            run.append(i)
            i += 1
            continue
        if (i + 1 < len(texts) and kinds[i] == kinds[i + 1] == "head"
                and not page.blocks[i + 1].blank_before
                and _PLACE_PATH.fullmatch(texts[i] + texts[i + 1])):
            run.extend((i, i + 1))
            i += 2
            continue
        if len(run) >= 2 or (run and _TWO_PLACE_PATHS.fullmatch(texts[run[0]])):
            listed.update(run)
        run = []
        i += 1
    for j in listed:
        kinds[j] = "body"
    return listed


# A report set out in labelled fields, each paragraph opening with its label and a space:
# `家园位置 洛龙区龙门镇李屯村` / `问题回放 本报曾报道…` / `现场调查 近日，记者…`. A short
# field reads like a headline; three labelled paragraphs close together show the layout.
_PICTURE_LABELS = (PICTURE_CAPTION_RE, PICTURE_SOURCE_RE)
_FIELD_LABEL = re.compile(rf"[{CJK}]{{2,4}}[ \u3000]+[{CJK}“(（]")
MIN_LABELLED_FIELDS = 3
MAX_FIELD_GAP = 4  # blocks from one labelled paragraph to the next


def _mark_labelled_fields(page: Page, kinds: list[str]) -> None:
    """Marks the labelled paragraphs of such a report body."""
    fields = [i for i, b in enumerate(page.blocks) if kinds[i] in ("head", "body")
              and _FIELD_LABEL.match(page.text[b.start:b.end])]
    runs: list[list[int]] = []
    for i in fields:
        if runs and i - runs[-1][-1] <= MAX_FIELD_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        labels = {page.text[page.blocks[i].start:page.blocks[i].end].split()[0] for i in run}
        if len(labels) >= MIN_LABELLED_FIELDS:
            for i in run:
                kinds[i] = "body"


# A colon after a dispatch's bracketed byline, before its text.
_BYLINE_COLON = re.compile(r"\s*[:：]\s*")


def _open_dispatch(page: Page, index: int) -> Draft:
    """A news draft from its dispatch block, with the bracketed byline if any."""
    block = page.blocks[index]
    text = page.text[block.start:block.end]
    pos = DISPATCH_RE.match(text).end()
    draft = Draft(dispatch=True, dispatch_date=first_date(text[:pos]))
    rest = text[pos:].lstrip()
    pos = len(text) - len(rest)
    if rest and rest[0] in _BRACKETS:
        close = rest.find(_BRACKETS[rest[0]], 1, MAX_BRACKET_BYLINE)
        names = parse_byline(rest[1:close]) if close > 0 else None
        if names:
            draft.bylines.extend(_shift(names, block.start + pos + 1))
            pos += close + 1
        elif close > 0 and bare_credit_line(rest[:close + 1]):
            pos += close + 1  # `本报讯(李雅婷)近日，…`: a credit with no role, to nobody
        if close > 0 and (colon := _BYLINE_COLON.match(text, pos)) is not None:
            pos = colon.end()  # `国际在线吉林频道消息（张琪）： 9月2日下午，…`
    elif (leading := leading_byline(rest)) is not None:  # `本报讯 记者 张明 通讯员 李华 昨天…`
        length, names = leading
        draft.bylines.extend(_shift(names, block.start + pos))
        pos += length
    end = block.end
    trailing = trailing_byline(text[pos:])
    if trailing and not draft.bylines:  # a one-paragraph item: `本报讯 …行动。(记者 黄翠林)`
        offset, names = trailing
        draft.bylines.extend(_shift(names, block.start + pos))
        end = block.start + pos + offset
        draft.ended = True
    elif (bare := trailing_bare_credit(text[pos:])) is not None:  # `…。(陈风歌)`
        end = block.start + pos + bare
        draft.ended = True
    elif (turn := TURNS_OVER_RE.search(text, pos)) is not None:  # `…调研。(下转第二版)`
        end = block.start + turn.start()
        draft.ended = True
    draft.add(Segment(index, block.start + pos, end))
    draft.first_block = index
    return draft


def segment_page(page: Page) -> tuple[list[Draft], list[int], list[str]]:
    """Split a page into drafts; also return headline-candidate block indices and kinds."""
    kinds = [block_kind(page.text[b.start:b.end]) for b in page.blocks]
    for i, b in enumerate(page.blocks):
        # A line printed twice is a bold headline's, whatever it ends with: the first
        # line of `环境美了，秩序好了，环境美了，秩序好了，` / `小区住着舒心了…` (text never is)
        if (kinds[i] == "body" and b.lines == 1 and b.end - b.start <= MAX_HEADLINE_CHARS
                and not any(c in SENTENCE_PUNCT for c in page.text[b.start:b.end])
                and is_doubled_line(page.raw, page.offsets[b.start])):
            kinds[i] = "head"
        elif (kinds[i] == "body" and kinds[i + 1:i + 2] == ["start"]
              and _ASKED_HEADLINE.fullmatch(page.text[b.start:b.end])):
            kinds[i] = "head"
        elif (kinds[i] == "body" and i and kinds[i - 1] == "byline" and b.blank_before
              and kinds[i + 1:i + 2] in ([], ["head"]) and b.lines == 1
              and _ASKED_HEADLINE.fullmatch(page.text[b.start:b.end])):
            kinds[i] = "head"  # ... or at the page's foot under an end byline, where OCR
            # gathers floating headlines: `通讯员 郑鸿斌柴婧` / `…送来了糖葫芦,为啥?`
        elif (kinds[i] == "body" and i and kinds[i - 1] == "head" and not b.blank_before
              and b.lines == 1 and _ASKED_HEADLINE.fullmatch(page.text[b.start:b.end])):
            kinds[i] = "head"  # ... or under a column's name: `大件事深探` / `0.33平方公里的
            # 深圳城中村，长啥样？`
        elif (kinds[i] == "body" and kinds[i + 1:i + 2] == ["head"]
              and not page.blocks[i + 1].blank_before
              and _PLACE_KICKER.fullmatch(page.text[b.start:b.end])):
            kinds[i] = "head"  # a place's kicker right over its title: `河苑社区：` / `满足…`
    for i in range(1, len(kinds)):
        if (kinds[i] == "head" and not page.blocks[i].blank_before and kinds[i - 1] == "body"
                and _CLOSING_FIELD.match(page.text, page.blocks[i - 1].start)):
            kinds[i] = "body"  # the field's line the column broke: `会主任 张海虎`
    listed = _mark_place_lists(page, kinds)
    _mark_labelled_fields(page, kinds)
    # Editors' labels stand where a headline would (they end the text above them) but are
    # no headline and no text: `核心提示`, `编者按`; so are captions that say they are one
    # (`图为…`) and a picture's source (`由六顺街道提供`).
    labels = {i for i, b in enumerate(page.blocks)
              if EDITORIAL_LABEL_RE.fullmatch(page.text[b.start:b.end])
              or (kinds[i] == "head" and any(label.fullmatch(page.text[b.start:b.end])
                                             for label in _PICTURE_LABELS))}
    # ... and so are a section's marks (`A`, `PART.01`), whose heads are crossheads
    marks = {i for i, b in enumerate(page.blocks)
             if SECTION_MARK_RE.fullmatch(page.text[b.start:b.end])}
    labels |= marks
    for i in labels:
        kinds[i] = "head"
    drafts: list[Draft] = []
    candidates: list[int] = []
    limbo: list[int] = []  # headline-like blocks not yet placed
    orphans: list[Segment] = []  # body after a closed article, not yet placed
    orphan_heads: list[int] = []  # the headline-like blocks that stood before the orphans
    orphan_crossheads: set[int] = set()  # ... and those among them, subheadings of their text
    titled_by_place: Draft | None = None  # the article a place's title started (`西峡：…`)
    cur: Draft | None = None
    heading_byline: Draft | None = None  # a byline line right under a headline
    caption_credits: list[BylineName] = []  # a picture's credit over its dispatch
    caption_block = -1
    picture_over = -1  # a credited caption under a headline opening its article's text
    picture_credits: list[BylineName] = []
    picture_story: Draft | None = None  # the draft that took a picture's title and credit
    prev_kind = ""

    def split_section(names: list[BylineName]) -> Draft | None:
        """The part of ``cur`` after its last subheading, when a byline of other people
        closes it, as an article of its own: `本报讯(记者 张三)…` / `志愿者的钟楼街中秋夜` /
        body / `记者 侯慧琴 通讯员 张旭珍`. Its subheading goes back to the headlines."""
        assert cur is not None
        if (not cur.subheads or _shared(names, cur.bylines)
                or (names and all(b.role == "photographer" for b in names))):
            return None  # (a photo credit alone, `张三 摄`, closes no article of its own)
        at = first = cur.subheads.pop()
        while (cur.subheads and cur.subheads[-1] == first - 1
               and not page.blocks[cur.segments[first].block].blank_before):
            first = cur.subheads.pop()  # a title of two lines: `北下河路` / `全线贯通`
        if at + 1 == len(cur.segments) or first == 0:
            cur.subheads.extend(range(first, at + 1))  # nothing under it, or nothing of
            return None  # cur's own above it
        candidates.extend(seg.block for seg in cur.segments[first:at + 1])
        if _lead_over_title(page, cur, first, at):
            # the paragraph over the title opens the article under it: OCR set the title a
            # paragraph late (`近日,身穿红色马甲的“第一书记”…` / `百亩金银花 “开”出振兴路`
            # / `“眼下,…”` / … / `(本报记者 刘伟栋 通讯员 王振)`)
            lead = cur.segments[first - 1]
            draft = split_off(first - 1, at + 1, names)
            draft.segments.insert(0, lead)
            draft.first_block = lead.block
            return draft
        return split_off(first, at + 1, names)

    def split_off(cut: int, first: int, names: list[BylineName]) -> Draft:
        """``cur``'s segments from ``first`` on as a closed article of ``names``; ``cur``
        keeps those before ``cut`` and ends."""
        assert cur is not None
        draft = cur.split(cut, first)
        draft.bylines += names
        draft.ended = True
        drafts.append(draft)
        return draft

    def split_at_lead(names: list[BylineName]) -> Draft | None:
        """The paragraphs of ``cur`` from the last one that opens like a news item, when a
        byline of other people closes an article signed at its top: `深圳特区报记者 杜澎 …`
        / `5月12日，…` / `近日，罗湖区桂园街道老围社区…` / `…各卡点。` / `深圳晚报记者 李娴
        通讯员 杨纪欧`: a brief with no headline, the top byline's article above it."""
        assert cur is not None
        if not names or not cur.bylines or _shared(names, cur.bylines):
            return None
        if (at := set_apart()) is not None:
            return split_off(at, at, names)  # `…交通秩序安全有序。` / three blank lines /
            # `近日，…巡查时发现…。` / `接下来，…。` / `记者 赵红霞 通讯员 黄 琛 摄`
        if cur.dispatch:
            # ... or its bracket: its last paragraph alone, short and opening like news,
            # closed by a reporter's credit of its own (`本报讯 (记者 赖自煌…)…` / …
            # / `昨日下午，…听取意见和建议。本报记者 阙杨娜`); a picture's credit may be
            # the dispatch's own (`…。 本报记者 王明 摄`)
            at = len(cur.segments) - 1
            if (at < 1 or all(b.role == "photographer" for b in names)
                    or at - 1 in cur.subheads
                    or not NEWS_LEAD_RE.match(page.text, cur.segments[at].start)
                    or cur.segments[at].end - cur.segments[at].start > MAX_PHOTO_CAPTION):
                return None
            return split_off(at, at, names)
        at = news_lead()
        return None if at is None else split_off(at, at, names)

    def set_apart() -> int | None:
        """The last paragraph of ``cur`` (not its first) after a wide gap of blank lines,
        where an item with no headline starts (see ``layout.WIDE_GAP_LINES``)."""
        assert cur is not None
        return next((k for k in range(len(cur.segments) - 1, 0, -1)
                     if page.blocks[cur.segments[k].block].wide_gap), None)

    def news_lead() -> int | None:
        """The last paragraph of ``cur`` (not its first) that opens like a news item
        (`近日，…`, `5月12日，…`), unless a subheading stands right over it."""
        assert cur is not None
        at = next((k for k in range(len(cur.segments) - 1, 0, -1)
                   if NEWS_LEAD_RE.match(page.text, cur.segments[k].start)), None)
        return None if at is None or at - 1 in cur.subheads else at

    def photo_lead() -> list[Segment]:
        """The paragraphs at the end of ``cur``, an article signed at its top, from the
        last one that opens like a news item about a place, when a picture's credit of
        other people closes the paragraph after them: a photo item with no headline
        (`近日，回民区在攸攸板镇…。` / `活动中，…。 ■本报记者 祁晓燕 摄`), short as captions are;
        or from the last one set apart by a wide gap, however long."""
        assert cur is not None
        at = set_apart()
        if at is None:
            at = news_lead()
            if (at is None or cur.dispatch
                    or sum(seg.end - seg.start for seg in cur.segments[at:]) > MAX_PHOTO_CAPTION
                    or not _DISTRICT_AND_TOWNSHIP.search(
                        _FIRST_SENTENCE.match(page.text, cur.segments[at].start).group())):
                return []
        lead = cur.segments[at:]
        del cur.segments[at:]
        cur.last_block = max(seg.block for seg in cur.segments)
        return lead

    def adopt(draft: Draft) -> None:
        """The orphans go to ``draft``, their headlines as its subheadings (a headline after
        more text than a lead starts the next article: see _split_after_long_lead)."""
        for seg in orphans:
            if seg.block in orphan_crossheads:
                draft.subheads.append(len(draft.segments))
            draft.add(seg)

    def orphan_article(names: list[BylineName]) -> Draft:
        """The body after a closed article (possibly none yet), closed by its own credit,
        as an article."""
        nonlocal orphans, orphan_heads
        draft = Draft(bylines=names, ended=True)
        if orphans and picture_over == orphans[0].block:
            draft.bylines[:0] = picture_credits  # the picture's credit over the text
        adopt(draft)
        candidates.extend(orphan_heads)
        orphans, orphan_heads = [], []
        drafts.append(draft)
        return draft

    def place_orphans(before_dispatch: Draft | None) -> None:
        nonlocal orphans, orphan_heads
        if not orphans:
            return
        # Body under a headline after a closed article is an article of its own
        # (`…第一名。（记者 刘芸）` / `我区14个社区荣获称号` / body; `记者 李永平` /
        # `小区基础设施大改变` / body); body with no headline goes on after its
        # article's byline (a column cut off by it).
        # Body before a dispatch line is its article's lead-in, unless a headline stands
        # between them: then it is an article of its own (`甲标题` / body / `乙标题` /
        # `本报讯…`).
        if drafts and not orphan_heads:
            adopt(drafts[-1])
        elif (before_dispatch is not None and not limbo
              and (not orphan_heads or len(orphans) == 1
                   or sum(seg.end - seg.start for seg in orphans) <= MAX_LEAD_IN)):
            candidates.extend(orphan_heads)
            before_dispatch.prefix = orphans
        else:
            orphan_article([])
            return
        orphans, orphan_heads = [], []

    continued = False  # a `上接01版` line stood above: the next body starts an article
    heading: Draft | None = None  # the byline above such a line, its article's
    for i, block in enumerate(page.blocks):
        kind = kinds[i]
        text = page.text[block.start:block.end]
        if (marker := _CONTINUED.match(text)) is not None or (continued and kind == "body"):
            if marker is not None:
                # the byline under the headline the rest is printed under: `让农民享受…` /
                # `本报记者 郭树勋 本报通讯员 李霞` / `（上接一版②）实现回收再利用。…`
                heading = (cur if cur is not None and cur is heading_byline
                           and prev_kind == "byline" and not cur.segments else None)
            if cur is not None and not cur.ended:
                cur.ended = True
            place_orphans(None)
            at = marker.end() if marker else 0
            continued = marker is not None and at == len(text)
            if not continued:
                if heading is not None:
                    cur, heading, cur.ended = heading, None, False
                else:
                    cur = Draft()
                    drafts.append(cur)
                cur.add(Segment(i, block.start + at, block.end))
                candidates.extend(limbo)
                limbo = []
            prev_kind = "body"
            continue
        if kind in ("head", "tag") and prev_kind in ("body", "start") and (
                bare_credit_line(text) or (text[:1] in LEAD_MARKS and author_line(text))):
            # `郑玉洁 赵志花` under the last paragraph: the article ends, nobody credited
            # (so does a marked name, a photo item's credit: `…恭贺新春佳节。` / `■ 吴建正`)
            if cur is not None and not cur.ended:
                if cur.bylines and (section := split_section([])) is not None:
                    cur = section
                else:
                    cur.ended = True
            elif orphans:  # body after a closed article, closed by its own credit
                cur = orphan_article([])
            prev_kind = "byline"
            continue
        if (kind == "head" and _REPORTER_TAG.fullmatch(text) and kinds[i + 1:i + 2] == ["head"]
                and not page.blocks[i + 1].blank_before and cur is not None and cur.segments):
            cur.ended = True  # `记者在现场` / `社区广场大家建…`: a column's tag over a title
        if (kind in ("tag", "head") and limbo and limbo[-1] == i - 1
                and kinds[i + 1:i + 2] in (["body"], ["start"]) and author_line(text)):
            kind = "byline"  # `春节前圆了电梯梦` / `◆陈秀珍` / body: an essay under its author
        if kind == "tag":
            candidates.extend(limbo)
            limbo = []
        elif kind == "head":
            limbo.append(i)
        elif kind == "start":
            draft = _open_dispatch(page, i)
            if (cur is not None and cur.dispatch and prev_kind == "start"
                    and all(seg.start == seg.end for seg in cur.segments)):
                # A dispatch word alone, its byline's paragraph below: one dispatch
                # (`深圳新闻网2023年10月8日讯` / `(记者 谢燕丽 通讯员 范钰琼 …)近日，…`)
                drafts.remove(cur)
                draft.prefix, draft.first_block = cur.prefix, cur.first_block
                draft.dispatch_date = draft.dispatch_date or cur.dispatch_date
                draft.bylines[:0] = cur.bylines
            if (cur is not None and (cur is heading_byline or cur.first_block == i - 1)
                    and prev_kind == "byline" and not cur.segments and not draft.bylines):
                # The byline set above the dispatch, under the headline: `建东社区…` /
                # `□晚报记者 徐松 文/图 通讯员 贾立军` / `本报讯 自5月22日起…`; or right above
                # it under an article signed at its top: `…变成幸福的“掌声”。` / `■通讯员
                # 黄坚毅陈佳蔚` / `本报讯 由萧山区委宣传部…`.
                draft.bylines, cur.bylines = cur.bylines, []
                draft.first_block = cur.first_block
            elif (cur is not None and cur is heading_byline and prev_kind == "body"
                  and not draft.bylines and len(cur.segments) == 1
                  and cur.segments[0].block == i - 1 and _lone_caption(page, i - 1)):
                # ... with a picture's caption between them, no text of the dispatch's:
                # `两岸青年结对福州百个社区` / `记者 林铭 通讯员 赵帆` / `青年志愿者在活动现场
                # 开展志愿服务。` / `福州晚报讯 在第60个“学习雷锋日”…`
                draft.bylines, cur.bylines, cur.segments = cur.bylines, [], []
                draft.first_block = cur.first_block
            elif (cur is not None and cur is heading_byline and prev_kind == "byline"
                  and not cur.segments and _shooters(cur.bylines)):
                # ... over a dispatch with its own: the picture's credit (`志愿者清理“爱心
                # 小屋” 本报记者 郭晓雨 摄` / `信阳消息(记者 郭晓雨)…`)
                draft.bylines.extend(b for b in cur.bylines if b.role == "photographer")
                draft.first_block = cur.first_block
            if caption_block >= 0:
                draft.bylines.extend(caption_credits)
                draft.first_block, caption_credits, caption_block = caption_block, [], -1
            if (len(limbo) >= 2 and limbo[-1] == i - 1 and page.blocks[limbo[-1]].blank_before
                    and _pictured_dispatch(page, i)
                    and page.blocks[i - 1].end - page.blocks[i - 1].start <= MAX_CAPTION_SENTENCE
                    and not any(c in SENTENCE_PUNCT for c in
                                page.text[page.blocks[i - 1].start:page.blocks[i - 1].end])
                    and not two_phrases(page.text[page.blocks[i - 1].start:
                                                   page.blocks[i - 1].end])):
                # ... and a caption with no full stop, under its headline, over a dispatch
                # whose byline credits the picture: `龙马潭区：文明宣传周末不休` / `机关干部周末
                # 在社区进行…知识宣传` / `华西城市读本讯（赵飞 记者 王正元 摄影报道）…`; two
                # phrases set apart are a title under its kicker: `环卫工柴秀琴` / `凌晨四点到岗
                # 早饭在寒风中吃完` / `生活报讯 (记者李丹文/摄)…`
                limbo.pop()
            place_orphans(draft)
            candidates.extend(limbo)
            limbo = []
            drafts.append(draft)
            cur = draft
        elif kind == "byline":
            names = _shift(parse_byline(text) or labelled_byline(text) or [], block.start)
            if prev_kind == "byline" and kinds[i - 1] == "byline" and not block.blank_before:
                names = _wrapped_byline(page, i, len(names)) or names
            photo = any(b.role == "photographer" for b in names)
            # A byline right under a headline opens that headline's article: `“你家暖和了
            # 吗”成问候语` / `□本报记者 刘蓓` / body; it never closes the article above.
            under_headline = (bool(limbo) and limbo[-1] == i - 1) or i == 0
            # (or a credit line on under one the last paragraph ended with: `…活动。记者
            # 张朝晖` / `通讯员 张志宏 张钰`)
            credit_goes_on = (cur is not None and cur.ended and bool(cur.segments)
                              and cur.segments[-1].block == i - 1 and not block.blank_before
                              and cur.segments[-1].end < page.blocks[i - 1].end)
            if cur is not None and (credit_goes_on or (
                    prev_kind == "byline" and (cur.ended or not cur.segments))):
                # `记者 王建国` / `通讯员 李晓梅 陈思远 文/图`, closing an article or opening
                # one: `□本报记者 张鹏程` / `本报通讯员 杨荣超` / body
                cur.bylines.extend(names)
            elif (photo and len(limbo) == 1 and limbo[0] == i - 1
                  and (orphans or (cur is not None and cur.segments and (
                      cur is picture_story or (not cur.ended and not cur.bylines)
                      or (cur.ended and kinds[limbo[0] - 1] == "byline"))))
                  and kinds[i + 1:i + 2] in ([], ["head"], ["byline"], ["tag"])
                  and _took_all(names)):
                # A picture's title and credit in a picture story, no caption under them:
                # `…越来越近了。` / `“福”字送市民` / `兰州日报社全媒体记者 谭安丽 摄` /
                # `“文化下乡”送春联` / …: the story's, not the next article's top byline
                # (also after the story's intro and its credit: `…积极有效措施。` / `记者
                # 李新华` / `①经五路15号院积水严重…` / `记者 汪永森 摄`).
                if orphans:
                    cur = orphan_article([])
                    cur.ended = False
                cur.subheads.append(len(cur.segments))
                cur.add(Segment(limbo[0], page.blocks[limbo[0]].start, page.blocks[limbo[0]].end))
                cur.bylines.extend(names)
                cur.ended, picture_story = True, cur  # (its last credit ends it)
                limbo = []
            elif (cur is not None and not cur.ended and not limbo
                  and len(cur.segments) >= 3 and cur.subheads
                  and cur.subheads[-1] == len(cur.segments) - 2
                  and cur.segments[-1].block == i - 1 and _caption_sized(cur.segments[-1])
                  and (below := _opened_below(page, kinds, i, names)) is not None):
                # A picture's caption and credit under a headline, over that article's top
                # byline, below an article no byline closed: `…提升群众的幸福感。` /
                # `红彤彤的番茄红彤彤的年` / `源沟村村民在温室大棚里采摘水果番茄。` / `本报记者
                # 张 蕊 摄` / `本报记者 张 蕊 实习生 李子晗` / body; or a picture's caption and
                # the byline of the dispatch under them (`街头桂花飘香 市民莫要采摘` / `花好莫要
                # 采。` / `□全媒体记者 王建成 文/图` / `本报讯 时下，…`). The headline is no
                # crosshead of the article above: a new article starts there, as it does
                # under an ended one (below); its caption is no part of its text.
                caption = cur.segments.pop()
                candidates.append(cur.segments.pop().block)
                cur.subheads.pop()
                cur.last_block = max(seg.block for seg in cur.segments)
                cur.ended = True
                cur = Draft(bylines=names, credits_text=below == "byline")
                cur.first_block = caption.block
                drafts.append(cur)
                heading_byline = cur
            elif (orphans and orphan_heads and not limbo
                  and (len(orphans) == 1 and not photo
                       and orphans[0].end - orphans[0].start <= MAX_CAPTION_UNDER_HEADLINE
                       or _pictures_and_text(text, names)
                       and len(orphans) <= MAX_CAPTIONS_UNDER_HEADLINE
                       and all(seg.end - seg.start <= MAX_CAPTION_SENTENCE for seg in orphans))
                  and kinds[i + 1:i + 2] in (["body"], ["start"])):
                # A picture's caption between the headline and the article's top byline:
                # `大武口区人民路有支“好八连”` / `6月17日，倪艳红(右)与丁春立商量…。` /
                # `本报记者 李毓琛 文/图` / body. The article starts there; its body after
                # the byline (the caption is no part of it, as a photo's credit line is not).
                # (several pictures' captions over a byline crediting text and pictures:
                # `增强城市意识 提升鹰城吸引力` / `佩戴头盔的市民在等待交通信号灯` / `市区平安
                # 大道西段…。` / `市区中兴路南段…。` / `□本报记者 牛超/文 禹舸/图`; the first
                # caption has no full stop, a line of its own below the headline)
                if (len(orphans) > 1 and len(orphan_heads) > 1
                        and orphan_heads[-1] + 1 == orphans[0].block
                        and page.blocks[orphan_heads[-1]].blank_before
                        and page.blocks[orphan_heads[-1]].end - page.blocks[orphan_heads[-1]].start
                        <= MAX_CAPTION_LINE):
                    orphan_heads.pop()
                candidates.extend(orphan_heads)
                cur = Draft(bylines=names)
                cur.first_block = orphans[0].block
                orphans, orphan_heads = [], []
                drafts.append(cur)
                heading_byline = cur
            elif orphans and not under_headline:
                cur = orphan_article(names)
            elif cur is not None and not cur.ended and not cur.bylines and not under_headline:
                cur.bylines.extend(names)
                cur.ended = True
            elif (cur is not None and not cur.ended and not under_headline
                  and (section := split_section(names) or split_at_lead(names)) is not None):
                cur = section
            elif (cur is not None and not cur.ended and cur.segments and cur.bylines
                  and not cur.dispatch and not under_headline
                  and _kind_after_credits(kinds, i) != "body"
                  and not (photo and _caption_sized(cur.segments[-1]))):
                # An article signed at its top and at its end by others, nothing after
                # the credit but a headline or the page's end: `□本报记者 张朝晖` / body /
                # `通讯员 段长彦 摄` (under a dispatch such a credit is a picture's)
                cur.bylines.extend(names)
                cur.ended = True
            elif (photo and cur is not None and not cur.ended and cur.bylines
                  and len(cur.segments) >= 2 and not under_headline
                  and cur.segments[-1].block == i - 1 and kinds[i + 1:i + 2] == ["body"]
                  and _caption_sized(cur.segments[-1])
                  and _named_before(page, cur, names, cur.segments[-1].start)):
                # A picture in the article, its credit on a line of its own, taken by
                # someone its byline named, the text going on under it: `东北网5月7日讯(冯春涛
                # 记者 张锐)…` / `林口县志愿者开展…志愿服务活动。` / `冯春涛 摄` / text
                cur.bylines.extend(names)
            elif (photo and cur is not None and not cur.ended and cur.bylines
                  and not under_headline and _captioned_credit(text, names, block.start)
                  and _named_before(page, cur, names, block.start)):
                # A picture of the article, caption and credit on one line under its last
                # paragraph, taken by someone its byline named: `运城晚报讯(记者 崔萌)…` /
                # … / `▲志愿者在清理墙体广告 崔萌 摄` (no photo item of the paragraph above)
                cur.bylines.extend(names)
                cur.ended = True
            elif photo and cur is not None and len(cur.segments) >= 2 and not under_headline:
                caption = cur.segments.pop()  # the credit belongs to the last paragraph
                if cur.subheads and cur.subheads[-1] == len(cur.segments) - 1:
                    # ... and the head over it is the picture's, no crosshead: `本报讯 (通讯员
                    # …)…` / `黄河特大桥工程快速建设` / caption / `通讯员 郜玉华 刘电清 摄`
                    cur.subheads.pop()
                    candidates.append(cur.segments.pop().block)
                draft = Draft(bylines=names, ended=True)
                draft.add(caption)
                drafts.append(draft)
                cur = draft
            else:
                place_orphans(None)
                candidates.extend(limbo)
                limbo = []
                cur = Draft(bylines=names)
                cur.first_block = i
                drafts.append(cur)
                if under_headline:
                    heading_byline = cur
        else:  # body
            end = block.end
            trailing = trailing_byline(text)
            turn = None
            names: list[BylineName] = []
            closed = False  # the paragraph ends with a credit: the article ends here
            if trailing:
                end = block.start + trailing[0]
                names = _shift(trailing[1], block.start)
                closed = True
            elif (bare := trailing_bare_credit(text)) is not None:
                end, closed = block.start + bare, True  # `…改观。(甘 霖 彭为峰)`
            elif (turn := TURNS_OVER_RE.search(text)) is not None:
                end, closed = block.start + turn.start(), True  # `…签约。(下转第二版)`
            seg = Segment(i, block.start, end)
            photo = any(b.role == "photographer" for b in names)
            above = page.blocks[i - 1] if i else block
            if (photo and not limbo and cur is not None and cur.segments
                    and cur.segments[-1].block == i - 1
                    and PICTURE_CAPTION_RE.fullmatch(page.text, block.start, end)
                    and TURNS_OVER_RE.search(page.text, above.start, above.end)):
                # A caption saying it is the picture's, its credit after it, under an
                # article that goes on on another page: the article's picture (`…回忆道。
                # (下转第三版)` / `图为建设路社区居委会内，志愿者在清理宣传栏上的灰尘。 记者
                # 计成军摄`), no photo item (which it is between two articles that end
                # here: `…提升了。”` / `图为省五建承建的…工程。 本报记者 肖 胜 摄`).
                cur.add(seg)
                cur.bylines.extend(names)
                prev_kind = kind
                continue
            if ((photo or (not names and (_pictured_dispatch(page, i + 1)
                                          or _SUPPLIED_PICTURE.search(text))))
                    and limbo and limbo[-1] == i - 1 and kinds[i + 1:i + 2] == ["start"]
                    and end - block.start <= MAX_CAPTION_UNDER_HEADLINE):
                # A picture's caption between the headline and its dispatch: `光明社区：
                # 老旧小区焕发新活力` / `航拍镜头下的光明社区。人民网记者 时雨摄` / `人民网南昌
                # 7月30日电（记者 时雨）…`. The credit is the dispatch's; the caption no text.
                # (uncredited when the dispatch's byline credits the picture: `…清扫路面垃圾。`
                # / `本报讯 （记者 秦水淼 通讯员 程思苑 文/图）…`; or supplied: `城市“红客厅”
                # （央广网发 西岗区委宣传部供图）` / `央广网大连12月20日消息（见习记者 王松）…`)
                caption_credits, caption_block = names, i
                prev_kind = kind
                continue
            if (photo and limbo and limbo[-1] == i - 1 and kinds[i + 1:i + 2] == ["body"]
                    and end - block.start <= MAX_CAPTION_UNDER_HEADLINE
                    and _took_all(names)
                    and not NEWS_LEAD_RE.match(page.text, block.start)
                    and not _credited_caption(page, i + 1)):
                # ... or over its article's text: `正宁路社区“好邻居”为志愿者送上慰问` /
                # `社区为辖区内的志愿者送上慰问品 颜娜 摄` / `有这样一群人，…`: the article
                # starts there, the caption and its credit with it (no photo item of its
                # own; a photo item's text opens like news: `近日，…的祝福。(小汤 摄)`; a
                # picture story's captions each end in their credit)
                picture_over, picture_credits = i, names
                if cur is not None and not cur.ended and cur.segments:
                    cur.ended = True
                place_orphans(None)
                orphans, orphan_heads, limbo = [seg], limbo, []
                prev_kind = kind
                continue
            if (photo and not limbo and cur is not None and not cur.ended
                    and (cur.bylines or cur is titled_by_place)
                    and end - block.start <= MAX_CAPTION_UNDER_HEADLINE
                    and (_named_before(page, cur, names, block.start)
                         or (kinds[i + 1:i + 2] == ["body"] and _took_all(names)
                             and ((cur is heading_byline and not cur.segments)
                                  or (not NEWS_LEAD_RE.match(page.text, block.start)
                                      and not NEWS_LEAD_RE.match(page.text,
                                                                 page.blocks[i + 1].start)))
                             and not _credited_caption(page, i + 1)))):
                # A picture in the article, taken by someone it named: `东南网4月26日讯
                # (本网记者 施远圻 实习生 陈梓昕)…` / … / `签约仪式。陈梓昕 摄` / body; or by
                # anyone, when the article's text goes on under it with no headline: `…的独特
                # 体验。` / `志愿者进行物资保供。通讯员 黄曦 摄` / `在两江新区…` (a photo item's
                # own text opens like news: `近日，…。(小汤 摄)`; so does a new article's
                # under its picture: `…活动。 记者 赵朝军 摄` / `昨日上午，6位社区记者…`; and
                # captions one under another, each with its credit, are a row of photo items).
                # Right under the byline that opened the article the picture is its own, news
                # or not: `志愿者情暖回家路` / `作者:记者邓耀瑞 通讯员凌立谋` / `1月21日,…贴心服
                # 务。记者 林石湛 摄` / `1月21日上午,…`.
                # An article signed so far, or one a place's title started, its picture
                # inside as it was a section of a dispatch (`西峡：…` / text / `…晾晒新收的
                # 小麦 摄影 李华` / text / `（文 张三 李四）`).
                cur.add(seg)
                cur.bylines.extend(names)
                prev_kind = kind
                continue
            new_item = (2 <= len(limbo) <= MAX_HEAD_LINES and limbo[-1] == i - 1
                        and block.blank_before and i not in listed
                        and not marks.intersection(limbo))
            if (len(limbo) == 1 and limbo[0] == i - 1 and block.blank_before
                    and cur is not None and cur.dispatch and not cur.ended and cur.segments
                    and _place_title(page, limbo[0])):
                # A title naming the city it reports from ends the dispatch above: an
                # unsigned article starts under it (`…守护群众出行安全。` / `乌鲁木齐：
                # “访惠聚”工作组帮居民添亮` / `75岁的许秀兰…`)
                cur.ended = True
                place_orphans(None)
                candidates.extend(limbo)
                limbo = []
                cur = titled_by_place = Draft()
                drafts.append(cur)
            across = (len(limbo) == 1 and limbo[0] == i - 1 and block.blank_before
                      and page.blocks[limbo[0]].across)
            if (across and cur is not None and not cur.ended and cur.segments
                    and not _headless_lead(cur, kinds, i)):
                # A headline set across columns ends the open article, signed or not (a
                # crosshead stands in its column): `大兴区清源街道发展街道融媒体 成百姓需求
                # “接办台”` / body, `长宁江苏路街道一老小区4台电梯同日竣工` / body
                cur.ended = True
                place_orphans(None)
            elif across and orphans and (cur is None or cur.ended):
                place_orphans(None)  # ... and the unsigned body above it, crossheads and all
            if new_item:
                # Two or three headline lines over a body end the open article or the body
                # before them: a new one starts (`本报讯 …祝福。` / `老旧小区安了路灯本是好事
                # 但频频“失明”愁坏居民` / `社区“点亮”路灯 居民亮堂过春节` / body / `记者 张改华
                # 文/图`); more are a list inside it (`2017年度全市“十佳社区”` / `名单` / …)
                # (a feature under its own top byline keeps them: its crossheads, `人人参与
                # “创文”` / `营造和谐氛围`; but not under a place that leads into its title,
                # a new article's kicker: `六甲街道盘龙社区：` / `党建引领聚合力，…`, or a
                # place's whole path: `蚌埠市龙湖新村街道金滨社区` / `大学生进社区 用青春…`)
                kicker = page.text[page.blocks[limbo[0]].start:page.blocks[limbo[0]].end]
                if (cur is not None and not cur.ended and cur.segments
                        and not _headless_lead(cur, kinds, i)
                        and (cur.dispatch or not cur.bylines or _PLACE_KICKER.fullmatch(kicker)
                             or _WHOLE_PLACE_PATH.fullmatch(kicker.strip()))):
                    cur.ended = True
                if (len(orphans) == 1 and not orphan_heads and orphans[0].block + 1 == limbo[0]
                        and kinds[orphans[0].block - 1] == "byline"
                        and orphans[0].end - orphans[0].start <= MAX_LEAD_IN):
                    # one paragraph between an end byline and these headlines is the lead
                    # of the article they title, floated a paragraph down (`记者 张改华
                    # 通讯员 程晓彤` / `“这就是跌水曝气池…”日前，…` / `东区开展“世界水日”
                    # 系列活动` / `节水，从娃娃做起` / `3月22日是…`), no tail of the one above
                    orphan_heads, limbo = limbo, []
                elif not (orphan_heads and _feature_lead(page, orphans)):
                    place_orphans(None)
            if cur is not None and not cur.ended and not (photo and cur.bylines):
                for h in limbo:  # a subheading inside the article
                    if h in labels:
                        continue
                    cur.subheads.append(len(cur.segments))
                    cur.add(Segment(h, page.blocks[h].start, page.blocks[h].end))
                limbo = []
                cur.add(seg)
                if (closed and cur.bylines and (names or (cur.dispatch and turn is None))
                        and (section := split_section(names) or split_at_lead(names))
                        is not None):
                    # (a credit with no role too, under a dispatch that has its byline:
                    # `龙湾新闻网讯(通讯员 …)…` / `一碗腊八粥 浓浓乡情` / body `…粥。 (黄霄)`)
                    cur = section
                elif closed:
                    cur.bylines.extend(names)
                    cur.ended = True
            elif closed:
                if photo and limbo:
                    # a picture under its own headline after an unsigned brief: `…举行时装秀。`
                    # / `新吴区打造靓丽“门户”` / `近日，…长效机制。(新宣 摄)`
                    place_orphans(None)
                lead = (photo_lead() if photo and not limbo and cur is not None
                        and not cur.ended and cur.bylines
                        and not _shared(names, cur.bylines)
                        else [])
                cur = orphan_article(names)  # the body before it, and this paragraph
                for part in lead:
                    cur.add(part)
                cur.add(seg)
                # ... which goes on when a section's mark follows: the credit closed the
                # feature's lead (`…“巧智慧”。□文舒婷 四川日报全媒体记者 张红霞` / `A` / …)
                cur.ended = i + 1 not in marks
                candidates.extend(limbo)
                limbo = []
            else:
                if not orphans:
                    orphan_heads = limbo
                else:
                    heads = [h for h in limbo if h not in labels]
                    orphans.extend(Segment(h, page.blocks[h].start, page.blocks[h].end)
                                   for h in heads)
                    orphan_crossheads.update(heads)
                limbo = []
                orphans.append(seg)
        prev_kind = kind
    place_orphans(None)
    candidates.extend(limbo)
    for draft in drafts:  # (first: a later subheading may then start an article)
        _floated_title(page, draft, kinds, candidates)
    drafts = [part for draft in drafts for part in _split_after_long_lead(page, draft, candidates)]
    drafts = _rejoin_signed_tails(page, drafts, kinds)
    for i, draft in enumerate(drafts):
        _early_title(page, draft, drafts[i + 1] if i + 1 < len(drafts) else None, kinds,
                     candidates)
    starts = [block.start for block in page.blocks]
    for draft in drafts:
        if draft.prefix:
            draft.segments[:0] = draft.prefix
            draft.first_block = draft.prefix[0].block
        draft.credits_text = draft.credits_text or any(
            _TEXT_CREDIT.search(
                page.text, b.start, page.blocks[bisect_right(starts, b.start) - 1].end)
            for b in draft.bylines)
    return [d for d in drafts if d.segments], sorted(set(candidates) - labels), kinds


def _set_apart(page: Page, draft: Draft, at: int, last: int | None = None) -> bool:
    """Blank lines above the draft's segment ``at`` (a subheading, through ``last``) and
    below it: a title standing alone, not a line of a paragraph the column cut."""
    last = at if last is None else last
    return (page.blocks[draft.segments[at].block].blank_before
            and page.blocks[draft.segments[last + 1].block].blank_before)


def _no_headline_over(draft: Draft, kinds: list[str]) -> bool:
    """No headline line stands right above the draft's first block."""
    return draft.first_block == 0 or kinds[draft.first_block - 1] != "head"


def _next_to(draft: Draft, below: Draft, kinds: list[str]) -> bool:
    """Only byline lines stand between the two drafts: no headline of the one below."""
    return all(kinds[j] == "byline" for j in range(draft.last_block + 1, below.first_block))


def _rejoin_signed_tails(page: Page, drafts: list[Draft], kinds: list[str]) -> list[Draft]:
    """A headline OCR set a paragraph early: under it a short text that is no news lead and
    closes with a byline, after an unsigned dispatch and right over a dispatch with no
    headline of its own (`本报讯 近期，紫荆山南路街道…` / `航海西路街道 吹响…“集结号”` /
    `社区负责人表示，…。记者 柴琳琳 通讯员 薛新芳 文/图` / `本报讯 新年新气象。…`). The
    text and its byline end the dispatch above; the headline is left to the one below."""
    out: list[Draft] = []
    for i, draft in enumerate(drafts):
        above = out[-1] if out else None
        below = drafts[i + 1] if i + 1 < len(drafts) else None
        if (above is not None and below is not None and above.dispatch and not above.bylines
                and above.segments and not draft.dispatch and draft.bylines
                and len(draft.segments) <= MAX_LEAD_PARAGRAPHS and not draft.subheads
                and draft.first_block == above.last_block + 2
                and kinds[above.last_block + 1] == "head"
                and below.dispatch and _next_to(draft, below, kinds)
                and not NEWS_LEAD_RE.match(page.text, draft.segments[0].start)):
            above.segments.extend(draft.segments)
            above.bylines.extend(draft.bylines)
            above.last_block, above.ended = draft.last_block, True
            continue
        out.append(draft)
    return out


def _early_title(page: Page, draft: Draft, below: Draft | None, kinds: list[str],
                 candidates: list[int]) -> None:
    """The same when the text under the early headline stayed with the dispatch above as a
    last section (its lead shorter): the subheading, set off by blank lines, goes back to
    the headlines, for the dispatch right below with none of its own."""
    if not (below is not None and below.dispatch and _next_to(draft, below, kinds)
            and draft.dispatch and len(draft.subheads) == 1 and draft.bylines):
        return
    at = draft.subheads[0]
    tail = draft.segments[at + 1:]
    if not (tail and len(tail) <= MAX_LEAD_PARAGRAPHS and at >= 1
            and all(b.start > tail[0].start for b in draft.bylines)
            and _set_apart(page, draft, at)
            and not NEWS_LEAD_RE.match(page.text, tail[0].start)):
        return
    draft.subheads = []
    candidates.append(draft.segments.pop(at).block)


def _floated_title(page: Page, draft: Draft, kinds: list[str], candidates: list[int]) -> None:
    """A dispatch with no headline over it and a subheading of up to three lines under its
    first paragraph or two, blank lines around it and the text going on below: OCR moved
    its title into the text (`线索提供 李松华` / `本报讯 近日，经八路街道…期待。` / `经八路
    街道小志愿者参与公益活动` / `在社区工作人员的带领下，…`; `南泉社区` / `举办趣味活动`).
    The lines go back to the headlines. (A line of a paragraph the column cut is set
    close: `…五里堡街道联合` / `综合执法办采取分包责任` / `制，进一步…`.)"""
    if not (draft.dispatch and draft.subheads and draft.subheads[0] <= MAX_LEAD_PARAGRAPHS):
        return
    at = last = draft.subheads[0]
    while last + 1 in draft.subheads:
        last += 1  # a title of two lines: `南泉社区` / `举办趣味活动`
    if not (last - at < MAX_HEAD_LINES and last + 1 < len(draft.segments)
            and _no_headline_over(draft, kinds) and _set_apart(page, draft, at, last)):
        return
    lines = last + 1 - at
    candidates.extend(seg.block for seg in draft.segments[at:last + 1])
    del draft.segments[at:last + 1]
    draft.subheads = [k - lines for k in draft.subheads if k > last]


def _headless_lead(draft: Draft, kinds: list[str], at: int) -> bool:
    """Is ``draft`` so far the first paragraph or two of a dispatch with no headline over
    it, the text going on under the headline line ``at - 1``? OCR floated its title down
    (see _floated_title), even one set across columns: `本报讯(…记者 曹婷) 位于金水区…
    好评。` / `惠及500多个小区 郑州加装电梯居全省首位` / `既有住宅加装电梯主要解决…`."""
    return (draft.dispatch and len(draft.segments) <= MAX_LEAD_PARAGRAPHS
            and _no_headline_over(draft, kinds) and kinds[at:at + 1] == ["body"])


def _marked_caption(page: Page, seg: Segment) -> bool:
    """A short paragraph opening with a mark: `■大小朋友排队玩套圈游戏。`."""
    text = page.text[seg.start:seg.end].strip()
    return text[:1] in LEAD_MARKS and len(text) <= MAX_MARKED_CAPTION


def _feature_lead(page: Page, body: list[Segment]) -> bool:
    """Is an unsigned feature's text so far one paragraph and its pictures (`尝百家宴、
    逛便民集市…` / `■桂城叠滘圩公益集市上,…。` ×4), so that the headline under it is its
    first crosshead (`缤纷活动` / `亲子玩竹编“文创”`)?"""
    return len(body) > 1 and sum(not _marked_caption(page, seg) for seg in body) == 1


def _lead_over_title(page: Page, draft: Draft, first: int, at: int) -> bool:
    """Is the paragraph over the subheading ``first``…``at`` of a dispatch, closed by a
    byline of others, the lead of the article the subheading titles? It opens like news
    (`近日,…`) and is not the dispatch's first, while the text under the title does not."""
    return (draft.dispatch and first >= 2 and at + 1 < len(draft.segments)
            and bool(NEWS_LEAD_RE.match(page.text, draft.segments[first - 1].start))
            and not NEWS_LEAD_RE.match(page.text, draft.segments[at + 1].start))


def _split_after_long_lead(page: Page, draft: Draft, candidates: list[int]) -> list[Draft]:
    """``draft`` and the articles after its first subheading, when more text stands
    before that than a feature's lead and a blank line above it (see MAX_LEAD_CHARS);
    the subheading goes back to the headlines."""
    parts = [draft]
    while draft.subheads:
        at = last = draft.subheads[0]
        while last + 1 in draft.subheads:
            last += 1  # a headline of two lines: `社区协调“堵”变“通”` / `商铺业主气顺了`
        after = draft.segments[last + 1:]
        # (a news item's text opening again like news under it is the next one's, after a
        # lead of two paragraphs too: `本报讯8月31日上午…` / `记者沿途发现…` / `山楂红了
        # 村民笑了` / `近日,走进扶风县…`)
        news_again = bool(draft.dispatch and after
                          and NEWS_LEAD_RE.match(page.text, after[0].start))
        lead_paragraphs = MIN_NEWS_LEAD_PARAGRAPHS if news_again else MAX_LEAD_PARAGRAPHS + 1
        lead = [seg for seg in draft.segments[:at] if not _marked_caption(page, seg)]
        if (len(lead) < lead_paragraphs or not after
                or (len(after) == 1 and after[0].end - after[0].start < MIN_SPLIT_REST_CHARS)
                or not page.blocks[draft.segments[at].block].blank_before
                or sum(seg.end - seg.start for seg in lead)
                <= (MAX_DISPATCH_LEAD_CHARS if draft.dispatch else MAX_LEAD_CHARS)):
            break
        candidates.extend(seg.block for seg in draft.segments[at:last + 1])
        rest = draft.split(at, last + 1)
        rest.subheads = [k - last - 1 for k in draft.subheads if k > last]
        draft.subheads = []
        parts.append(rest)
        draft = rest
    return parts


# (OCR or the writer may drop 日 before the time of day: `9月23上午，家住…`; a span of
# days prints it once, at its end: `1月11至12日`, `5月8—10日`)
_DATE_RE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*(?:[日号]|(?=[上下中]午|早上|晚上|凌晨|傍晚)"
                      r"|(?=[至到—\-－~～、]\d{1,2}[日号]))")
_CN_DATE_RE = re.compile(r"([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}


def _cn_number(text: str) -> int:
    """`十九` → 19, `二十一` → 21, `六` → 6."""
    if "十" not in text:
        return _CN_DIGITS.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def first_date(body: str) -> str | None:
    """The first explicit month/day as MM-DD: `截至6月22日` → 06-22; `近日` → None."""
    found = []
    for m in _DATE_RE.finditer(body):
        found.append((m.start(), int(m.group(1)), int(m.group(2))))
        break
    for m in _CN_DATE_RE.finditer(body):
        found.append((m.start(), _cn_number(m.group(1)), _cn_number(m.group(2))))
        break
    for _, month, day in sorted(found):
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{month:02d}-{day:02d}"
    return None
