"""Headlines: group candidate lines into units, split kicker / title / subtitle, and give
each article the unit that fits it best.

OCR lets headlines float away from their articles (a page may gather several at its
bottom, after the bodies), so a unit is matched to an article by content — the share
of the unit's character bigrams found in the body — plus a small bonus for standing
right before the article's first block or right after its last. The pairing is a
maximum-weight assignment over all units and articles of the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import networkx as nx

from .bylines import is_byline_line
from .layout import is_doubled_line
from .model import Page
from .rules import CJK, DISPATCH_RE
from .segment import (
    MAX_BRACKET_BYLINE,
    MAX_CAPTION_LINE,
    MAX_CAPTION_UNDER_HEADLINE,
    Draft,
    two_phrases,
)
from .tokenizer import pos_tokenizer

__all__ = ["Headline", "HeadlineUnit", "assign_headlines", "bigrams", "headline_units",
           "split_unit"]

# Bonus for the unit nearest before an article's first block (halved for each unit
# farther away), and for the unit nearest after its last block. Calibrated together on
# the sample pages: content overlap of a right pair is 0.3-0.9, of a wrong pair < 0.25.
BEFORE_BONUS = 0.8
AFTER_BONUS = 0.3
# A unit and an article pair only above this score.
MIN_SCORE = 0.25
# Photo captions rarely carry a headline of their own.
PHOTO_PENALTY = 0.3
_WORD_CHARS = re.compile(rf"[{CJK}A-Za-z0-9]+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class HeadlineUnit:
    blocks: tuple[int, ...]  # consecutive candidate blocks, no blank line between


@dataclass(frozen=True)
class Headline:
    title: str
    title_span: tuple[int, int]  # page.text offsets of the title's first..last block
    title_at: tuple[int, ...] = ()  # page.text offset of each character of the title
    kicker: str = ""
    subtitle: str = ""


def headline_units(page: Page, candidates: list[int]) -> list[HeadlineUnit]:
    units: list[list[int]] = []
    for i in candidates:
        if units and units[-1][-1] == i - 1 and not page.blocks[i].blank_before:
            units[-1].append(i)
        else:
            units.append([i])
    return [HeadlineUnit(tuple(u)) for u in units]


def _squeeze(text: str) -> str:
    """Headlines drop the spaces OCR keeps between CJK words: `赏花 这些习惯要改掉`."""
    return re.sub(r"(?<=[^\sA-Za-z0-9])\s+|\s+(?=[^\sA-Za-z0-9])", "", text).strip()


def _squeeze_indexed(page: Page, blocks: list[int]) -> tuple[str, tuple[int, ...]]:
    """The title of these blocks, squeezed like :func:`_squeeze`, with the page.text
    offset of each of its characters."""
    chars = [(page.text[j], j) for i in blocks
             for j in range(page.blocks[i].start, page.blocks[i].end)]
    kept = []
    for k, (ch, j) in enumerate(chars):
        if ch.isspace():
            before = chars[k - 1][0] if k else " "
            after = chars[k + 1][0] if k + 1 < len(chars) else " "
            if not (_ASCII_WORD.match(before) and _ASCII_WORD.match(after)):
                continue
        kept.append((ch, j))
    return "".join(c for c, _ in kept), tuple(j for _, j in kept)


# (`…过节物资——`, `裕园社区>>`)
_KICKER_ENDINGS = ("……", "强调", "指出", "表示", "：", ":", "——", ">>", "》》", "→")
# A place named on a line of its own above the title (`金水区` / `加快社区综合用房建设`):
# too short to be a title wrapped at the column's edge.
_PLACE_ONLY = re.compile(rf"[{CJK}]{{1,5}}(?:区|县|市|街道|镇|乡|办事处)")


# A column's name in brackets over a title: `【建设更高水平文明城市】`, `「文明兰州」`
# (editors' labels, `【社区名片】`, are neither headline nor text: kg.segment).
_BRACKETED_TAG = re.compile(r"【[^【】]{2,16}】|「[^「」]{2,16}」|〖[^〖〗]{2,16}〗")
# A column's name over a title with a comma: `新春走基层`, `创建进行时`; a title is
# rarely a third of the subtitle under it (without a comma the two may be one title the
# column broke at a word: `区农工委` / `组织收看《党课开讲啦》`).
MAX_COLUMN_TAG = 5
_CJK_ONLY = re.compile(f"[{CJK}]+")


def _column_tag(line: str, below: str) -> bool:
    line = line.strip()
    return (len(line) <= MAX_COLUMN_TAG and _CJK_ONLY.fullmatch(line) is not None
            and len(below.strip()) >= 3 * len(line))


_SUBTITLE_DASHES = ("——", "--", "─")


def _is_subtitle(line: str) -> bool:
    # `队伍叫得应、拉得出，物资备得足、送得快`; `——记…`
    return line.startswith(_SUBTITLE_DASHES) or sum(c in "，,、；;" for c in line) >= 1


# Words naming a report's genre end a subtitle, its dash lost or never printed:
# `市内桃源 生活乐土` / `昆明市盘龙区桃源社区民族团结进步示范创建见闻`.
_GENRE_ENDINGS = ("见闻", "纪实", "侧记", "综述", "小记", "速写", "掠影", "札记", "巡礼", "纪事")
# ... under a title, not under a column's short name (`新春走基层` / `…社区见闻`).
MIN_TITLE_OVER_GENRE = 6


def _genre_subtitle(line: str, above: str) -> bool:
    above = "".join(above.split())
    return (line.rstrip().endswith(_GENRE_ENDINGS) and len(above) >= MIN_TITLE_OVER_GENRE
            and len("".join(line.split())) > len(above))


def _is_kicker(line: str) -> bool:
    # Two parallel phrases: `一头连着民生 一头连着发展`; a line that leads into the
    # title: `栽樱花、建游园、打造文化长廊……`, `…召开座谈会强调`, `…一期小区：`; a place
    # name alone: `金水区`
    if line.rstrip().endswith(_KICKER_ENDINGS) or _PLACE_ONLY.fullmatch(line.strip()):
        return True
    if _BRACKETED_TAG.fullmatch(line.strip()):
        return True
    parts = line.split()
    return len(parts) >= 2 and all(len(p) >= 3 for p in parts)


# A place that opens a title: `高新区瓦屋李社区…`, `大学路街道老旧小区…`.
_PLACE_LEAD = re.compile(rf"[{CJK}]{{2,8}}?(?:区|县|街道|镇|乡)(?![{CJK}]{{0,1}}局)")


def _phrases_over_title(line: str, below: str) -> bool:
    """A line of phrases over a title that opens with a place is its kicker, not the
    title's first half: `环境变美，居民舒心，还多了“文化味”` / `大学路街道老旧小区改造显成效`,
    `打通为民服务“最后一公里”` / `高新区瓦屋李社区 党群服务中心揭牌`."""
    text = line.strip()
    return (("，" in text or "," in text or text.endswith(("”", "’")))
            and bool(_PLACE_LEAD.match(below.strip())))


# A title's second line much longer than a first that says something whole (who does
# what) is its subtitle: `布厂街不堵了` / `二道街和一厂中街正在整治`, `郑州也是我们的家` /
# `淅川县200名农民工义务服务中博会`. A first line that only names who acts runs on
# (`二七区人社局` / `成立工作专班为企业提供贴心服务`), and so does one ending in a verb, a
# preposition or a conjunction (`…街道召开` / `党史学习教育动员部署会`); one whose verb has
# no noun before it is a kicker (`送伞送饭送奶茶` / `众居民爱心温暖疫情防控人员`, `夏日送清凉`
# / `…环卫工人喜提“防暑”大礼包`), and a place's title with a colon under it is the title
# (`走进家园看问题` / `洛宁县冀庄村:表里不一…`).
MIN_CLAUSE_OVER_SUBTITLE = 5
SUBTITLE_LONGER_BY = 5
SUBTITLE_RATIO = 1.5
_RUNS_ON_POS = ("v", "p", "c", "d", "uj")


def _clause_over_subtitle(line: str, below: str) -> bool:
    title, rest = _squeeze(line), _squeeze(below)
    if (len(title) < MIN_CLAUSE_OVER_SUBTITLE or len(rest) < len(title) + SUBTITLE_LONGER_BY
            or len(rest) < SUBTITLE_RATIO * len(title) or not _CJK_ONLY.match(title)
            or _is_kicker(line) or "：" in rest or ":" in rest):
        return False
    flags = [flag for _, flag in pos_tokenizer().lcut(title, HMM=False)]
    verb = next((k for k, flag in enumerate(flags) if flag.startswith("v")), None)
    return (verb is not None and any(flag.startswith(("n", "r")) for flag in flags[:verb])
            and not flags[-1].startswith(_RUNS_ON_POS))


def _parallel_title_under(line: str, below: str) -> bool:
    """Two parallel phrases under a longer line are the title under its kicker:
    `潞州区东街街道长兴社区积极组织开展环境卫生整治活动` / `清洁家园齐行动 扮美社区共参与`
    (the caller leaves out a title printed twice: `高新区扮靓精品道路` ×2 / `提升城市 管理水平`
    is a title over its subtitle)."""
    return two_phrases(below) and len(_squeeze(line)) > len(_squeeze(below))


def split_unit(page: Page, units: list[HeadlineUnit]) -> Headline:
    """Kicker lines, then the title, then subtitle lines; a title wrapped over two
    column lines (`区市场监管局开展` / `食品安全进校园宣传`) is joined. Units
    before the last one are kickers."""
    *kicker_units, unit = units

    def doubled(i: int) -> bool:
        return is_doubled_line(page.raw, page.offsets[page.blocks[i].start])

    lines = [(i, page.text[page.blocks[i].start:page.blocks[i].end]) for i in unit.blocks]
    subtitle_lines: list[tuple[int, str]] = []
    if kicker_units and lines[0][1].lstrip().startswith(_SUBTITLE_DASHES):
        # a subtitle set off from its title by a blank line: `小巷深处的幸福生活` / blank /
        # `——望月湖街道老旧小区改造见闻`
        subtitle_lines = lines
        unit = kicker_units.pop()
        lines = [(i, page.text[page.blocks[i].start:page.blocks[i].end]) for i in unit.blocks]
    if len(lines) > 1 and lines[-1][1].rstrip().endswith(("：", ":")):
        # a place leading into the text under the title: `办好民生“烦心事” 点亮居民“暖心事”`
        # / `义马市朝阳路街道前进社区：` (above the title it is its kicker)
        subtitle_lines.append(lines.pop())
    while len(lines) > 1 and (_is_subtitle(lines[-1][1])
                              or _genre_subtitle(lines[-1][1], lines[-2][1])):
        subtitle_lines.insert(0, lines.pop())
    kicker = [page.text[page.blocks[i].start:page.blocks[i].end]
              for k in kicker_units for i in k.blocks]
    if len(lines) == 1 and subtitle_lines and _PLACE_ONLY.fullmatch(lines[0][1].strip()):
        # `紫荆山南路街道` / `大家一起来行动，让小区环境更美`: a place above a title with a
        # comma, not a title above its subtitle
        kicker.append(lines.pop()[1])
        lines.append(subtitle_lines.pop(0))
    if (len(lines) == 1 and subtitle_lines and not subtitle_lines[0][1].startswith("——")
            and lines[0][1].rstrip().endswith(_KICKER_ENDINGS)):
        # `…总计近6万元的过节物资——` / `添些粮油，献些爱心` / `备好年货，过个好年`: the
        # line leads into a title with commas, not a title above its subtitle
        kicker.append(lines.pop()[1])
        lines, subtitle_lines = subtitle_lines, []
    if len(lines) == 1 and subtitle_lines and _column_tag(lines[0][1], subtitle_lines[0][1]):
        # a column's name over a title with a comma: `新春走基层` / `四川省德阳市旌阳区：
        # 新春喜乐汇，邻里情更浓`
        kicker.append(lines.pop()[1])
        lines = [subtitle_lines.pop(0)]
    if len(lines) == 2 and not subtitle_lines and _clause_over_subtitle(lines[0][1], lines[1][1]):
        subtitle_lines.append(lines.pop())
    subtitle = [text for _, text in subtitle_lines]
    while len(lines) > 1 and (_is_kicker(lines[0][1])
                              or _phrases_over_title(lines[0][1], lines[1][1])
                              or (len(lines) == 2 and not doubled(lines[0][0])
                                  and _parallel_title_under(lines[0][1], lines[1][1]))):
        kicker.append(lines.pop(0)[1])
    # A title printed twice ends the title: what follows it is not joined to it (unless
    # its comma runs on: `环境美了，秩序好了，` / `小区住着舒心了`, both printed twice; or
    # the line after it is printed twice too, the title's second line: `北下河路` / `全线贯通`).
    cut = next((k + 1 for k, (i, text) in enumerate(lines[:-1])
                if not text.rstrip().endswith(("，", ",", "、")) and doubled(i)
                and not doubled(lines[k + 1][0])), None)
    if cut is not None:
        subtitle[:0] = [text for _, text in lines[cut:]]
        lines = lines[:cut]
    first, last = page.blocks[lines[0][0]], page.blocks[lines[-1][0]]
    title, title_at = _squeeze_indexed(page, [i for i, _ in lines])
    kicker = [k for k in kicker if _squeeze(k) != title]  # the title printed twice above it
    if _squeeze("".join(kicker)) == title:
        kicker = []  # ... on two lines: `爱心电暖器` / `送孤寡老人`, twice
    return Headline(title=title, title_at=title_at,
                    title_span=(first.start, last.end),
                    kicker=_squeeze(" ".join(kicker)), subtitle=_squeeze(" ".join(subtitle)))


# A picture's caption is short (MAX_CAPTION_LINE): `社区手工编织工作室开课`, `繁华的二七塔商圈`;
# a sentence with a comma may be longer: `金山社区大树倒下未及时清理，成了孩子的玩闹之处`.
MAX_CAPTION_WITH_COMMA = 32
_PICTURE_CREDIT = re.compile("图|摄")


def _caption_over_credit(page: Page, units: list[HeadlineUnit], above: int, nearest: int,
                         start: int) -> bool:
    """The lines nearest a byline that credits a picture are the pictures' captions and the
    unit above them the title, unless that unit reads as a kicker (a caption that is a
    sentence is one anyway): `亚太社区：“七色花”…为群众办实事` / `社区手工编织工作室开课` /
    `本报记者 王译博 董茜 文/图`; `建新街：从马路市场变身“气质”老街` / `街心游园` / `文化长廊
    夜景` / `本报讯(郑报全媒体记者 范光华 张改华 文/图)…`."""
    caption, byline = units[nearest], page.blocks[start]
    lines = [page.text[page.blocks[i].start:page.blocks[i].end].strip() for i in caption.blocks]
    kicker = "".join(page.text[page.blocks[i].start:page.blocks[i].end]
                      for i in units[above].blocks)
    credit = page.text[byline.start:byline.end]
    if DISPATCH_RE.match(credit):
        credit = credit[:MAX_BRACKET_BYLINE]
        credit = credit[:credit.find(")") + 1 or credit.find("）") + 1]
    elif not is_byline_line(credit):
        return False
    return (len(lines) <= 3
            and all(len(line) <= (MAX_CAPTION_WITH_COMMA if "，" in line or "," in line
                                  else MAX_CAPTION_LINE) for line in lines)
            and start == caption.blocks[-1] + 1
            and (not _is_kicker(kicker) or any("，" in line for line in lines))
            and not (len(lines) == 1 and two_phrases(lines[0]))  # a title under its kicker
            and bool(_PICTURE_CREDIT.search(credit)))


def bigrams(text: str) -> set[str]:
    """The character pairs of a text's words (runs of letters and digits)."""
    out: set[str] = set()
    for run in _WORD_CHARS.findall(text):
        out.update(map(str.__add__, run, run[1:]))  # run[i:i + 2] for each i
    return out


def _signed_at_end_only(draft: Draft) -> bool:
    """Do all the article's credits stand after its last paragraph's start (an end
    byline, no top one and none in its text)?"""
    return bool(draft.segments) and all(b.start >= draft.segments[-1].start
                                        for b in draft.bylines)


def _between_only(kinds: list[str], lo: int, hi: int) -> bool:
    """Only headline-like or tag blocks stand strictly between blocks lo and hi."""
    return all(kinds[j] in ("head", "tag") for j in range(lo + 1, hi))


def assign_headlines(page: Page, drafts: list[Draft], units: list[HeadlineUnit],
                     kinds: list[str], bodies: list[str]) -> dict[int, list[HeadlineUnit]]:
    """Map draft index → its headline units: an optional kicker unit, then the title."""
    grams = [bigrams(page.text[page.blocks[u.blocks[0]].start:
                                page.blocks[u.blocks[-1]].end]) for u in units]
    body_grams = [bigrams(b) for b in bodies]
    # A photo caption set between a headline and the dispatch or top byline under it: the
    # headline is the article's (`标题` / `…美丽福田。通讯员刘高峰 摄` / `深圳晚报讯(记者…)…`;
    # `上海康城社区的好时光` / `…活动室。 本报记者 颜维琦摄/光明图片` / `本报记者 颜维琦 曹继军`).
    # (its credit may stand on a line of its own: `…小记者忙不停。` / `本栏图片由本报记者
    # 丁友明 许大桥 李利强 摄` / `本报讯(…)`). A photo item telling its news is no inset:
    # `暴雨中的“全民动手日”` / `每周四是我区…全民动手日，5月17日恰逢天降暴雨，…` / `记者
    # 郭旭 摄影报道` / `本报讯 (记者 杜开舟)…`.
    inset = {d for d in range(len(drafts) - 1)
             if drafts[d].photo and not drafts[d + 1].photo
             and sum(seg.end - seg.start for seg in drafts[d].segments)
             <= MAX_CAPTION_UNDER_HEADLINE
             and (drafts[d + 1].dispatch
                  or (drafts[d + 1].bylines and not _signed_at_end_only(drafts[d + 1])))
             and drafts[d + 1].first_block > drafts[d].last_block
             and all(kinds[j] == "byline"
                     for j in range(drafts[d].last_block + 1, drafts[d + 1].first_block))}
    graph = nx.Graph()
    for d, draft in enumerate(drafts):
        # (below an inset caption, the headline stands above the caption)
        top = drafts[d - 1].first_block if d - 1 in inset else draft.first_block
        before = [] if d in inset else [
            u for u, unit in enumerate(units)
            if unit.blocks[-1] < top and _between_only(kinds, unit.blocks[-1], top)]
        after = [u for u, unit in enumerate(units) if unit.blocks[0] > draft.last_block
                 and _between_only(kinds, draft.last_block, unit.blocks[0])]
        # A title OCR floated into the text, taken out of it (see segment._floated_title):
        # `本报讯(…)昨日,…开幕。` / `三月赏春正当时 繁花似锦郁金香` / `郁金香为…`.
        inside = {u for u, unit in enumerate(units)
                  if draft.first_block < unit.blocks[0] and unit.blocks[-1] < draft.last_block}
        for u in range(len(units)):
            if not grams[u]:
                continue
            score = len(grams[u] & body_grams[d]) / len(grams[u])
            if u in before:
                score += BEFORE_BONUS / (2 ** (len(before) - 1 - before.index(u)))
            if u in inside:
                score += BEFORE_BONUS
            if u in after:
                score += AFTER_BONUS / (2 ** after.index(u))
            if draft.photo:
                score -= PHOTO_PENALTY
            if score >= MIN_SCORE:
                graph.add_edge(("d", d), ("u", u), weight=round(score, 6))
    chosen: dict[int, int] = {}
    for a, b in nx.max_weight_matching(graph):
        (_, d), (_, u) = sorted((a, b))  # ("d", …) sorts before ("u", …)
        chosen[d] = u
    taken = set(chosen.values())
    out: dict[int, list[HeadlineUnit]] = {}
    for d, u in sorted(chosen.items()):
        start = drafts[d].first_block

        def free_before(v: int, stop: int) -> bool:
            return (0 <= v < len(units) and v not in taken and units[v].blocks[-1] < stop
                    and _between_only(kinds, units[v].blocks[-1], stop))

        # The title is the unit nearest the body; a unit before it is its kicker:
        # `深入开展“百城万店” 助力小微企业发展` / `畅通服务渠道 服务提质增效` / 本报讯…
        if units[u].blocks[-1] < start:
            kicker = None
            while free_before(u + 1, start) and units[u + 1].blocks[0] > units[u].blocks[-1]:
                kicker, u = u, u + 1
            if kicker is None and free_before(u - 1, units[u].blocks[0]):
                kicker = u - 1
            if kicker is not None and _caption_over_credit(page, units, kicker, u, start):
                kicker, u = None, kicker
            out[d] = [units[k] for k in (kicker, u) if k is not None]
        else:
            out[d] = [units[u]]
    return out
