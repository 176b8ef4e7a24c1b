"""Enterprises: firms, groups, brands, shops, malls, hotels, banks, platforms.

Three general patterns (tables in ``entity_rules``):

- a business suffix with a name before it: `洛阳中州重工股份有限公司`, `锦程酒店`,
  `工商银行`; trade words (`服饰`, `科技`) only after a proper name: `洛阳瑞丰科技`;
- items of an enumeration governed by a business word: `深入涧西供热公司、洛新燃气、
  锦绣服饰、云裳服饰等100余家企业` and `中州重工配套企业天宇塑料制品`;
- a quoted platform name beside 平台: `发挥“洛品汇”和“掌上洛阳”平台优势`.

>>> [c.text for c in find_enterprises("联合洛阳中州重工股份有限公司开展招聘")]
['洛阳中州重工股份有限公司']
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from kg import entity_rules as R
from kg.bylines import surnames
from kg.gazetteer import county_and_above_names
from kg.organizations import Candidate, is_proper, is_stop, name_start, tokens_before
from kg.place_names import province_stems
from kg.tokenizer import dictionary_frequency, pos_tokenizer

__all__ = ["find_enterprises"]

_MAX_ENT = 20  # `河南百草堂医药股份有限公司` is 13 characters
_QUOTED_SITE = re.compile(r"“([\u4e00-\u9fffA-Za-z]{2,8}(?:"
                          + "|".join(R.ENTERPRISE_PLATFORM_TAILS) + r"))”")
_BUREAU = re.compile("(?:" + "|".join(R.ENTERPRISE_BUREAU_GROUPS)
                     + r")[一二三四五六七八九十\d]{1,3}局(?:集团)?(?:有限公司)?")
# `(内蒙古)煤炭物流有限公司` after a firm's own name (see _region_bracket_hits)
_REGION_BRACKET = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[)）][\u4e00-\u9fff]{0,8}?"
                             r"(?:股份有限公司|有限责任公司|有限公司|公司)")
_PAIR = re.compile(r"([\u4e00-\u9fff]{2,6}?)和([\u4e00-\u9fff]{2,6}?)(?:两|二|2)家"
                   r"[\u4e00-\u9fff]{0,6}?(?:企业|公司|商户|商家)")
_COMMON_FREQ = 100  # jieba dictionary frequency of everyday words (`物业` 239, `绿意` 63)
_LEVEL_OK = ("银行", "农发行")
_FIRM_ENDS = ("公司", "集团")
_ITEM_STOPS = frozenset({"企业", "单位", "配套", "商户", "龙头", "重点", "公司"})
# A firm's full suffix ends the name before it (`…自游农场有限公司/中山市二十四农业科技有限
# 公司`, a table's rows run together), unless a branch follows (`…估价有限公司惠州分公司`).
_FULL_SUFFIX_STOPS = _ITEM_STOPS | {"有限公司", "有限责任公司", "股份有限公司"}
_BRANCH_CHAR = "分"
_STRONG = re.compile("|".join(sorted(map(re.escape, R.ENTERPRISE_SUFFIXES
                                         + tuple(R.ENTERPRISE_SHORT_NAME_SUFFIXES)),
                                     key=len, reverse=True)))
_SITE = re.compile("(?:" + "|".join(R.ENTERPRISE_SITE_SUFFIXES) + ")(?!"
                   + "|".join(R.ENTERPRISE_SITE_NOT_AFTER) + ")")
_NAMED_MARKET = re.compile("(?:" + "|".join(R.ENTERPRISE_NAMED_MARKET_WORDS) + ")(?="
                           + "|".join(R.ENTERPRISE_NAMED_MARKET_AFTER) + "|$)")
_MARKET_PLACE_UNITS = "省市区县镇乡村道"  # (not 路, 街: `湖西路市场` is named after its road)
_BRAND = re.compile("|".join(map(re.escape, R.ENTERPRISE_BRANDS)))
_WEAK = re.compile("|".join(sorted(map(re.escape, R.ENTERPRISE_WEAK_SUFFIXES), key=len,
                                   reverse=True)))
# `等100余家企业`, `等7家优质物业服务企业`, `等企业负责人`, `等重点产业链企业`
_LIST_END = re.compile(
    r"等(?:[\d一二三四五六七八九十两百千余多几]+家)?[\u4e00-\u9fff]{0,8}?(?:"
    + "|".join(R.ENTERPRISE_LIST_HEADS) + ")"
)
_WHITESPACE = re.compile(r"\s+")
_ITEM_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]")
_LIST_STOPS = frozenset({"企业", "单位", "配套", "商户", "龙头", "重点"})
# everyday words are no brand even in a list of firms (`富贵` 599); `锦绣` (173) may be
_COMMON_ITEM_FREQ = 500
_CUE = re.compile("(" + "|".join(R.ENTERPRISE_CUE_WORDS)
                  + r")([\u4e00-\u9fff]{2,12}?)(?=[等、，,。；]|$)")
# `发挥“洛品汇”和“掌上洛阳”平台优势`
_PLATFORM = re.compile(r"“([^“”\n]{2,8})”(?=(?:[和、与及]“[^“”\n]{2,8}”)*"
                       r"(?:APP|App|app|小程序|外卖|平台优势))")


@lru_cache(maxsize=4096)
def _is_common_word(word: str) -> bool:
    """A dictionary word of everyday use (`商超`, `物业`), not a brand (`好味来`)."""
    return dictionary_frequency(word) >= _COMMON_FREQ


def _own_name(words: list[tuple[str, str]]) -> bool:
    """A prefix that names a business: proper (`郑州`, `宇通`) or not everyday words
    (`绿意`), as opposed to `大型`, `连锁`, `物业管理`."""
    if not words or words[0][0] in R.ENTERPRISE_GENERIC_PREFIX_WORDS:
        return False
    if is_proper(words):
        return True
    text = "".join(w for w, _ in words)
    return len(text) >= 2 and text not in R.ENTERPRISE_GENERIC_ITEMS and \
        not all(_is_common_word(w) or len(w) == 1 for w, _ in words)


def _level_utility(text: str, start: int, words: list[tuple[str, str]]) -> bool:
    """A level word and a utility's trade, at a word's end: `联系了市自来水公司`."""
    if len(words) != 2 or words[0][0] not in R.ENTERPRISE_LEVEL_WORDS \
            or words[1][0] not in R.ENTERPRISE_UTILITY_TRADES:
        return False
    return start < 1 or not "\u4e00" <= text[start - 1] <= "\u9fff" \
        or text[start - 1] in R.ENTERPRISE_LEVEL_AFTER_CHARS


def _only_place(words: list[tuple[str, str]]) -> bool:
    """A name that is only a place or a person: `清泉街社区`, `紫荆山`, `绿城`,
    `越城区/蔡元培` (see ``entity_rules.ENTERPRISE_CITY_NICKNAME_END``)."""
    if not words:
        return False
    word, flag = words[-1]
    if flag in R.ENTERPRISE_SQUARE_PERSON_POS and 2 <= len(word) <= 3 and \
            word[0] in surnames()[0] and all(f == "ns" for _, f in words[:-1]):
        return True  # (not `碧桂园`, a developer the tagger takes for a person)
    if len(word) >= 2 and word[-1] in R.PLACE_CHARS:
        return True
    return len(words) == 1 and (flag == "ns" or (
        len(word) == 2 and word.endswith(R.ENTERPRISE_CITY_NICKNAME_END)))


def _ends_word(text: str, end: int) -> bool:
    """Does a trade word end here (`洛阳瑞丰科技拿到`), not run on (`惠及科技型企业`)?"""
    if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff" or \
            text.startswith(R.ENTERPRISE_SITE_WORDS + R.ENTERPRISE_TRADE_END_WORDS, end):
        return True
    word, flag = pos_tokenizer().lcut(text[end:end + 4], HMM=False)[0]
    return word in R.NAME_STOP_WORDS or flag in R.NAME_STOP_POS or flag == "v"


def _runs_into_verb(text: str, start: int, end: int) -> bool:
    """Does the suffix at start..end end inside a verb running on after it
    (`陈正友一家居住在…`: 家 + 居住, no 家居)? A noun may (`金晖汽车站`)."""
    if not any(dictionary_frequency(text[i:j]) for i in range(start, end)
               for j in range(end + 1, min(end + 2, len(text)) + 1)):
        return False  # (no word crosses the suffix's end: the tagger need not run)
    at = 0
    for word, flag in pos_tokenizer().lcut(text[start:end + 2], HMM=False):
        at += len(word)
        if at > end - start:
            return at - len(word) < end - start and flag.startswith("v")
    return False


def _across_adverb(text: str, start: int, room: int,
                   words: list[tuple[str, str]]) -> tuple[int, list[tuple[str, str]]]:
    """A firm's name whose walk stopped at an adverb or a direction word inside it, with
    a place's name before that: `郑州市/快速/公交公司`, `三门峡/北方/游船有限公司`,
    `陕西大志爸爸/自然/农业发展有限公司`. Otherwise the walk's own result stands."""
    before = tokens_before(text, start, 4)
    if not before:
        return start, words
    word, flag = before[-1]
    if len(word) < 2 or flag not in R.ENTERPRISE_INNER_STOP_POS or word in R.NAME_STOP_WORDS:
        return start, words
    left, left_words = name_start(text, start - len(word), room - len(word), _ITEM_STOPS)
    if not left_words or left_words[0][1] != "ns":
        return start, words
    return left, left_words + [(word, "nz")] + words


def _indefinite(words: list[tuple[str, str]]) -> bool:
    """`某/公司`, `城区/一/超市`: any business of the kind, no name."""
    if not words:
        return False
    last = words[-1][0]
    return last in R.ENTERPRISE_INDEFINITE_WORDS or (
        last == R.ENTERPRISE_INDEFINITE_AFTER_PLACE
        and (len(words) == 1 or words[-2][0][-1] in R.PLACE_CHARS))


def _everyday_shop_word(text: str, s: int, e: int) -> bool:
    """Does the bare 店 at s..e end an everyday word or a city's name (`临街门店`, `驻马店`),
    or begin a word (`店牌`)?"""
    if text.startswith(R.ENTERPRISE_SHOP_NOT_BEFORE, e):
        return True
    for n in (1, 2):
        word = text[max(0, s - n):e]
        if dictionary_frequency(word) >= R.ENTERPRISE_SHOP_WORD_FREQ or \
                word in county_and_above_names():
            return True
    return False


def _suffix_hits(text: str, pattern: re.Pattern, weak: bool) -> list[Candidate]:
    out = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if text.startswith(R.ORGANIZATION_COMPOUND_TAILS, e):
            continue  # `…王天甫社区自来水公司家属院`: the firm's staff estate, a compound
        if _runs_into_verb(text, s, e):
            continue
        if m.group() == R.ENTERPRISE_SHOP_SUFFIX and _everyday_shop_word(text, s, e):
            continue  # `临街门店`, `驻马店`, `店牌店招`
        if weak and not _ends_word(text, e):
            continue  # (before the walk, which costs more)
        stops = _ITEM_STOPS if text[s - 1:s] == _BRANCH_CHAR else _FULL_SUFFIX_STOPS
        start, words = name_start(text, s, _MAX_ENT - len(m.group()), stops)
        if not weak and m.group().endswith(_FIRM_ENDS) and not _own_name(words):
            start, words = _across_adverb(text, start, _MAX_ENT - (e - start), words)
        if _indefinite(words):
            continue  # `城区一超市`: a supermarket
        while len(words) > 1 and words[0][0] in R.ENTERPRISE_LEADING_PLACE_WORDS:
            start += len(words[0][0])  # `小区伟星物业公司` → `伟星物业公司`
            words = words[1:]
        if weak and not is_proper(words):
            continue
        if weak and text.startswith(R.ENTERPRISE_HOUSEHOLD_CHAR, e):
            continue  # `北街上有许多养殖户`: households of the trade, no firm
        if m.group() == R.ENTERPRISE_SHOP_SUFFIX:
            cut = _past_places(words, R.PLACE_CHARS)  # `杨巷镇/夏氏月饼店`
            start += sum(len(w) for w, _ in words[:cut])
            words = words[cut:]
            if not is_proper(words):
                continue  # `东大街店外经营`: a road's shops
            if re.search(re.escape(text[start:e]) + r"\s*(?:村|社区)", text):
                continue  # `常安店保留历史遗迹`, where `常安店村` is named: the village
        factory = m.group() in R.ENTERPRISE_FACTORY_SUFFIXES
        # (across a line break: `三里岗镇常安店⏎村`)
        if (weak or factory) and _WHITESPACE.sub("", text[e:e + 8]).startswith(
                R.ENTERPRISE_TRADE_NOT_BEFORE):
            continue  # `双清区汽车站街道`, `六厂前街社区`: a place named after the trade
        if factory and ((s and text[s - 1] in R.ENTERPRISE_FACTORY_AGE_CHARS) or (
                m.group() in R.ENTERPRISE_NUMBERED_FACTORIES
                and (not words or words[-1][1] == "ns" or words[-1][0][-1] in R.PLACE_CHARS))):
            continue  # `城西老纺织厂`; `大河路街道六厂`: no name of its own before it
        if m.group() in R.ENTERPRISE_PUBLIC_TRADES and words and \
                words[-1][0][-1] in R.PLACE_CHARS:
            continue  # `新华区环卫`: the public service, not `锦城环卫`
        if s - start > R.ENTERPRISE_SHORT_NAME_SUFFIXES.get(m.group(), _MAX_ENT):
            continue  # `付化友党建工作室`: a programme, not `阿志工作室`
        bank = m.group() == "银行" and s - start >= 2 and \
            words[0][0] not in R.ENTERPRISE_GENERIC_PREFIX_WORDS  # `工商银行`, `建设银行`
        market = m.group() in R.ENTERPRISE_MARKET_SUFFIXES
        if market and text[start:s].endswith(R.ENTERPRISE_MARKET_NOT_AFTER):
            continue  # `管城区农贸市场`: the district's markets
        road_named = market and text[start:s].endswith(R.ENTERPRISE_MARKET_ROAD_ENDS) and \
            s - start >= R.ENTERPRISE_MARKET_MIN_ROAD  # `自由路集贸市场`: named after its road
        if not weak and not bank and not road_named and not _own_name(words):
            # `县农发行`, `市建行`: a level word and a bank; `市自来水公司`: a utility
            if s > 0 and text[s - 1] in "省市区县" and m.group() in _LEVEL_OK:
                start = s - 1
            elif not _level_utility(text, start, words):
                continue
        if m.group() in R.ENTERPRISE_MALL_SUFFIXES and not any(
                w in text[start:s] for w in R.ENTERPRISE_MALL_BRANDS + R.ENTERPRISE_MALL_WORDS):
            continue  # `文博广场`, `站前广场`: a public square (`万达广场` is a mall)
        printed = text[start:e]
        rule = "enterprise.trade" if weak else "enterprise.suffix"
        out.append(Candidate("enterprise", start, e, printed, printed, rule))
    return out


def _past_places(words: list[tuple[str, str]], units: Container[str]) -> int:
    """How many words lead up to and hold the last place before a firm's own name (one
    ending in a unit's character): 1 for `东马垓村/慧磊/养殖`, 0 for `慧磊/养殖`."""
    ends = [i for i, (w, _) in enumerate(words) if w[-1] in units]
    return ends[-1] + 1 if ends else 0


def _site_hits(text: str) -> list[Candidate]:
    """`东马垓村慧磊养殖基地` → `慧磊养殖基地` (see ``entity_rules.ENTERPRISE_SITE_SUFFIXES``)."""
    out = []
    for m in _SITE.finditer(text):
        s, e = m.span()
        start, words = name_start(text, s, _MAX_ENT - len(m.group()), _ITEM_STOPS)
        # the village or town the site stands in, and places before the name
        cut = _past_places(words, R.PLACE_CHARS)
        while cut < len(words) and words[cut][1] == "ns" and len(words[cut][0]) > 1:
            cut += 1  # (not one character: `东/森/产业园` is the firm 东森's park)
        start += sum(len(w) for w, _ in words[:cut])
        words = words[cut:]
        if _own_name(words) and not _only_place(words):
            out.append(Candidate("enterprise", start, e, text[start:e], text[start:e],
                                 "enterprise.suffix"))
    return out


def _named_markets(text: str) -> list[Candidate]:
    """`天中市场门口`, `旌东街道民福市场内` → `民福市场` (see
    ``entity_rules.ENTERPRISE_NAMED_MARKET_WORDS``)."""
    out = []
    for m in _NAMED_MARKET.finditer(text):
        s, e = m.span()
        if text[:e].endswith(R.ENTERPRISE_MARKET_SUFFIXES):
            continue  # `祥云农贸市场`: a suffix of the strong list found it
        start, words = name_start(text, s, 10, _ITEM_STOPS)
        cut = _past_places(words, _MARKET_PLACE_UNITS)  # its street or town: `旌东街道/民福`
        start += sum(len(w) for w, _ in words[:cut])
        name = text[start:s]
        if not 2 <= len(name) <= 6 or name.endswith(R.ENTERPRISE_MARKET_KINDS) or \
                name in county_and_above_names() or dictionary_frequency(name + m.group()) or \
                not _own_name(words[cut:]):
            continue  # (`汽车市场的竞争`, `文化市场，`: everyday words, the trade)
        out.append(Candidate("enterprise", start, e, text[start:e], text[start:e],
                             "enterprise.suffix"))
    return out


def _item_ok(item: str) -> bool:
    if item in R.ENTERPRISE_GENERIC_ITEMS or dictionary_frequency(item) >= _COMMON_ITEM_FREQ:
        return False
    if len(item) <= R.ENTERPRISE_KIND_ITEM_MAX and item.endswith(R.ENTERPRISE_KIND_ITEM_TAILS):
        return False  # `烟厂、纱厂、橡胶厂`: kinds of factory
    if item.endswith(tuple(R.ORGANIZATION_SUFFIXES)):
        return False  # `区金融办`: a public body, found by the organization rules
    return not any(is_stop(w, f) for w, f in pos_tokenizer().lcut(item, HMM=False))


def _enumerations(text: str) -> list[Candidate]:
    out = []
    for m in _LIST_END.finditer(text):
        # the run of `、`-separated items before 等; the first one is cut by the left walk
        run_start = m.start()
        while run_start > 0 and (_ITEM_CHAR.match(text[run_start - 1]) or
                                 text[run_start - 1] == "、"):
            run_start -= 1
        parts = text[run_start:m.start()].split("、")
        if len(parts) < 2 and not text[m.start():m.end()].endswith(("企业", "商户", "商家")):
            continue
        pos = run_start
        spans = []
        for i, part in enumerate(parts):
            s, e = pos, pos + len(part)
            pos = e + 1
            if i == 0:
                s, _ = name_start(text, e, 14, _LIST_STOPS)
            if 2 <= e - s <= 14:
                spans.append((s, e))
        for s, e in spans:
            if _item_ok(text[s:e]):
                out.append(Candidate("enterprise", s, e, text[s:e], text[s:e],
                                     "enterprise.enumeration"))
    for m in _CUE.finditer(text):
        s, _ = name_start(text, m.start(), 10, _LIST_STOPS)
        for a, b in ((s, m.start()), m.span(2)):
            if b - a >= 2 and _item_ok(text[a:b]):
                out.append(Candidate("enterprise", a, b, text[a:b], text[a:b],
                                     "enterprise.enumeration"))
    return out


def _platforms(text: str) -> list[Candidate]:
    out = [Candidate("enterprise", m.start(1), m.end(1), m.group(1), m.group(1),
                     "enterprise.platform") for m in _PLATFORM.finditer(text)]
    for m in _QUOTED_SITE.finditer(text):
        before = re.split(r"[，。；！？,;!?\n]", text[max(0, m.start() - 12):m.start()])[-1]
        if any(cue in before for cue in R.ENTERPRISE_NET_METAPHOR_CUES):
            continue  # `织就了一张…的“暖心网”`: a metaphor
        if not _is_common_word(m.group(1)):  # `“互联网”` is no site
            out.append(Candidate("enterprise", m.start(1), m.end(1), m.group(1), m.group(1),
                                 "enterprise.platform"))
    return out


def _bureau_groups(text: str) -> list[Candidate]:
    return [Candidate("enterprise", m.start(), m.end(), m.group(), m.group(),
                      "enterprise.bureau") for m in _BUREAU.finditer(text)]


def _pairs(text: str) -> list[Candidate]:
    """`百味和鲜丰两家龙头食品企业`: two firms joined by 和 and counted."""
    out = []
    for m in _PAIR.finditer(text):
        s, _ = name_start(text, m.end(1), 8, _LIST_STOPS)
        for a, b in ((s, m.end(1)), m.span(2)):
            if b - a >= 2 and _item_ok(text[a:b]):
                out.append(Candidate("enterprise", a, b, text[a:b], text[a:b],
                                     "enterprise.enumeration"))
    return out


def _brands(text: str) -> list[Candidate]:
    """`中国联通`: a national brand printed alone (a longer name holding it wins)."""
    return [Candidate("enterprise", m.start(), m.end(), m.group(), m.group(),
                      "enterprise.brand") for m in _BRAND.finditer(text)]


def _region_bracket_hits(text: str) -> list[Candidate]:
    """A firm whose name holds its region in brackets: `联合利华(中国)有限公司`,
    `煤哆哆(内蒙古)煤炭物流有限公司`, `青岛啤酒(菏泽)公司` (the suffix's finder stops at
    the bracket)."""
    out = []
    for m in _REGION_BRACKET.finditer(text):
        region = m.group(1)
        if not (region in R.ENTERPRISE_COUNTRY_WORDS or region in county_and_above_names()
                or region[:2] in province_stems()):
            continue
        start, words = name_start(text, m.start(), _MAX_ENT, _ITEM_STOPS)
        cut = _past_places(words[:-1], R.PLACE_CHARS)  # `菏泽高新区/青岛啤酒(菏泽)公司`
        start += sum(len(w) for w, _ in words[:cut])
        words = words[cut:]
        if m.start() - start >= 2 and _own_name(words):
            out.append(Candidate("enterprise", start, m.end(), text[start:m.end()],
                                 text[start:m.end()], "enterprise.suffix"))
    return out


_FELLOW_RUN = re.compile(r"[^\W等、_]{2,14}(?:、[^\W等、_]{2,14})+")
_LIST_CLOSERS = "等，。；,;"


def _fellows(text: str, found: list[Candidate]) -> list[Candidate]:
    """Items listed with firms found by name: `已入驻海底捞智慧工厂、长材智能制造、则一科技、
    御流智能包装、中钢粉体…等项目`."""
    ends = {c.end: c.start for c in found}
    out: list[Candidate] = []
    if len(ends) < 2 or "、" not in text:
        return out  # (the pattern is slow to fail: most texts list no two firms)
    for m in _FELLOW_RUN.finditer(text):
        pos, items = m.start(), []
        for part in m.group().split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        firms = [i for i, (s, e) in enumerate(items) if ends.get(e, -1) >= s]
        if len(firms) < 2:
            continue  # (`区委组织部、达州日报社、通川区档案馆、邮政储蓄银行等联创单位`)
        for i, (s, e) in enumerate(items):
            if i in firms or i == 0:
                continue  # (the first item holds the words before the list: `已入驻`)
            if i == len(items) - 1 and e < len(text) and text[e] not in _LIST_CLOSERS:
                continue  # (cut at its longest: the last item runs on into the sentence)
            item = text[s:e]
            words = [tuple(w) for w in pos_tokenizer().lcut(item, HMM=False)]
            if _item_ok(item) and _own_name(words) and not _only_place(words) \
                    and item[-1] not in R.PLACE_CHARS:
                out.append(Candidate("enterprise", s, e, item, item, "enterprise.fellow"))
    return out


def find_enterprises(text: str) -> list[Candidate]:
    """Every business named in `text` (overlapping candidates; the caller resolves)."""
    found = (_suffix_hits(text, _STRONG, False) + _suffix_hits(text, _WEAK, True)
             + _site_hits(text) + _named_markets(text) + _region_bracket_hits(text)
             + _enumerations(text) + _pairs(text) + _platforms(text) + _bureau_groups(text)
             + _brands(text))
    return _with_branches(found) + _fellows(text, found)


def _with_branches(found: list[Candidate]) -> list[Candidate]:
    """A chain's store and its branch printed next to it are one business: `嘉百乐超市` +
    `万力店` → `嘉百乐超市万力店` (see ``entity_rules.ENTERPRISE_CHAIN_ENDS``)."""
    chains = {c.end: c for c in found if c.text.endswith(R.ENTERPRISE_CHAIN_ENDS)}
    out = []
    for c in found:
        chain = chains.get(c.start)
        if chain and c.rule == "enterprise.trade" and c.text.endswith(R.ENTERPRISE_SHOP_SUFFIX):
            text = chain.text + c.text
            c = Candidate("enterprise", chain.start, c.end, text, text, chain.rule)
        out.append(c)
    return out
