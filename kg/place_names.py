"""Where a place's proper name starts, and whether a stem can be one.

A unit word (社区, 村, 小区, 街道 …) ends a name; the name runs left from it until a stop
character or word (`在和平社区` → 和平社区), a road (`长安路青年小区` → 青年小区) or a
number's unit (`2017年张湖桥村` → 张湖桥村), and its stem must not be generic, descriptive,
a sentence or a number (`老旧小区`, `温情满社区`, `35号院`). Tables in ``place_rules``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.gazetteer import load_gazetteer
from kg.place_rules import (
    AGE_CHARS,
    BAD_STEM_ENDINGS,
    CJK,
    COMMUNITY_KIND_WORDS,
    COUNT_CLASSIFIERS,
    GENERIC_HEAD_CHARS,
    GENERIC_STEM_PARTS,
    GENERIC_STEMS,
    HARD_STOP_CHARS,
    KIND_MODIFIERS,
    LEVEL_CHARS,
    MAX_STEM,
    NAME_CONTINUATIONS,
    NAME_END_STOP_CHARS,
    NAME_INNER_STOP_CHARS,
    NUMBER_UNITS,
    NUMERALS,
    PLACE_KIND_WORDS,
    PRONOUN_CHARS,
    RESULT_CHARS,
    STOP_CHAR_NAME_WORDS,
    STOP_CHARS,
    STOP_WORDS,
    VERB_ENDINGS,
    function_words,
    numeral_words,
    one_character_verbs,
)

__all__ = ["clean_left", "has_function_word", "is_cjk", "is_generic", "municipality_stems",
           "name_ok", "province_stems", "stem_left"]

# A road's section printed with it is the address too: 神马大道西段蓝爵小区 → 蓝爵小区.
_ROAD_END = re.compile("(路|街|大道)(?:[东西南北中]段)?")
# ... and for communities and compounds a district or zone printed before: 肥西县经开区西安
# 社区 → 西安社区, 合肥经开区方兴园小区 → 方兴园小区.
_ROAD_OR_DISTRICT_END = re.compile("(路|街|大道|区)(?:[东西南北中]段)?")
# A compound named by its road and house number: 建设街12号院, 北二七路76号院,
# 胥江路318号小区 (the number's 号 printed before 小区), and a lane's number, as in
# Shanghai: 临汾路375弄小区 (not 375弄小区).
_ROAD_NUMBER = re.compile(f"([{CJK}]+(?:路|街|大道))[0-9]+[号弄]?")
_HOUSE_NUMBER = re.compile("[0-9]+[号弄]?")
# A city or county printed before a compound's road and number: 郑州市陇海西路266号院
# (cut after 市, as after 区; 都市花园 keeps its 市, no road number follows).
_CITY_CUT = re.compile("市|县")
# An estate's phase ending a compound's stem: 高新佳园一期小区 (the name is checked
# without it; jieba reads 一期 as an adverb).
_PHASE = re.compile("[一二三四五六七八九十0-9]{1,2}期$")
# A number's unit at the start of a run: 2017年张湖桥 (张湖桥), 300户李村.
_NUMBER_LEAD = re.compile(f"[0-9]*[{''.join(sorted(NUMBER_UNITS))}]")
_PEOPLE_COUNT = re.compile(f"[{NUMERALS}百千几]+[多余]?[名位]")
_CJK_CHAR = re.compile(f"[{CJK}]")
# Every stop word's occurrences, overlapping ones too, in one pass (none is the start of
# another, so one alternative matches at a place).
_STOP_WORD = re.compile("(?=(" + "|".join(map(re.escape, STOP_WORDS)) + "))")


def is_cjk(ch: str) -> bool:
    return bool(_CJK_CHAR.match(ch))


def stem_left(text: str, unit_start: int, floor: int, kind: str) -> int | None:
    """Start of the name ending at ``unit_start``, or None when no clean boundary."""
    i = unit_start
    allowed = f"[{CJK}0-9]" if kind == "compound" else f"[{CJK}]"
    while i > floor and re.match(allowed, text[i - 1]):
        i -= 1
    start = i
    run = text[start:unit_start]
    # (原, "former", cuts the name after it, 原香港花园社区, but may end one: 中原社区, 平原村)
    cuts = [0] + [j + 1 for j, ch in enumerate(run) if ch in STOP_CHARS
                  and not (ch in NAME_END_STOP_CHARS and j == len(run) - 1 and j)]
    words = [(mm.start(), mm.end(1)) for mm in _STOP_WORD.finditer(run)]
    # a stop character inside a stop word cuts nothing: 他们以社区为单位 (not 们以社区)
    cuts = [c for c in cuts if not any(s < c < e for s, e in words)]
    cuts += [e for _s, e in words]
    cuts.sort()
    if len(run) - cuts[-1] == 0:
        return None  # 进社区, 三个小区: a function word right before the unit
    if run[cuts[-1]:] == "内" and cuts[-1] and run[cuts[-1] - 1] in "区市县":
        return None  # 到辖区内小区: "the area's compounds", no name
    if len(run) - cuts[-1] < 2 and cuts[-1] and run[cuts[-1] - 1] in HARD_STOP_CHARS:
        return None  # 在老村, 她来社区: one character after a word no name starts with
    if len(run) - cuts[-1] == 1 and cuts[-1] and run[-1] in NUMERALS:
        return None  # 目前两村已完成: a count of villages after a word
    cut = cuts[-1] if len(run) - cuts[-1] >= 2 else cuts[-2] if len(cuts) > 1 else 0
    if cut == 2 and run[1] in NAME_INNER_STOP_CHARS and run[0] not in STOP_CHARS \
            and run[0] not in LEVEL_CHARS and not is_cjk(text[start - 1 : start] or "，"):
        cut = 0  # ，西和新城小区: 西和 starts the name
    elif cut and len(run) - cut >= 2 and run[cut - 1 : cut + 1] in STOP_CHAR_NAME_WORDS:
        cut -= 1  # 就在和平苑小区: 和平 starts the name
    if cut and len(run) - cut > 2 and run[cut - 1] in STOP_CHARS \
            and run[cut - 1 : cut + 1] in function_words() \
            and run[cut - 2 : cut] not in function_words():
        cut += 1  # 详细了解泰山村: the stop character 了 starts the verb 了解 (泰山村);
        # 共建和谐社区 (the cut fell back before the 和 of 和谐: 共 starts 共建); but in
        # 为了解决外贸小区 it ends 为了 (no 决外贸小区)
    elif cut and run[cut - 1] in STOP_CHARS and run[cut - 1 :] in function_words():
        return None  # 跟不上社区居民的变化: the stop character starts a verb, no name
    for mm in _PEOPLE_COUNT.finditer(run, cut):
        if len(run) - mm.end() >= 2:
            cut = mm.end()  # 十多名桂北社区: a count of people, no village 名桂北 (none of the
            # 620,000 village names starts with a numeral and 名 or 位)
    lead = _NUMBER_LEAD.match(run, cut)
    if lead and (lead.group()[0].isdigit() or text[start + cut - 1 : start + cut].isdigit()):
        cut = lead.end()  # 2017年张湖桥村: the year's 年 is no part of the name
    for mm in (_ROAD_END if kind == "street" else _ROAD_OR_DISTRICT_END).finditer(run):
        rest = run[mm.end() :]
        if mm.end() > cut and len(rest) >= 2 and not (
                kind == "compound" and _HOUSE_NUMBER.fullmatch(rest)):
            cut = mm.end()  # 长安路青年小区 → 青年小区; 建设街12号院 keeps its road
            if rest[0] == "局" and len(rest) >= 3 and mm.group(1) == "路":
                cut += 1  # a road bureau: 威海市公路局东山社区 → 东山社区
            number = _HOUSE_NUMBER.match(rest) if kind == "compound" else None
            if number and len(rest) - number.end() >= 2:
                cut += number.end()  # 农机街13号义西小区: the address's number → 义西小区
    if kind == "compound":
        for mm in _CITY_CUT.finditer(run):
            if mm.end() > cut and _ROAD_NUMBER.fullmatch(run, mm.end()):
                cut = mm.end()  # 郑州市陇海西路266号院 → 陇海西路266号院
    if (text[start + cut - 1 : start + cut] or "，") in "区市县" and run[cut : cut + 1] == "内" \
            and len(run) - cut >= 3:
        cut += 1  # 辖区内御东花园小区, 金水区内锦绣小区: 区内 is "in the area"
    if cut and run[cut - 1] in PRONOUN_CHARS and run[cut : cut + 1] in LEVEL_CHARS:
        cut += 1  # 我区和谐社区: 我区 is one word, the stem left is 和谐
    if cut and run[cut - 1 : cut + 1] in GENERIC_STEMS:
        return None  # 营造和谐温馨社区氛围: the stop character 和 starts 和谐, no name
    return start + cut if name_ok(run[cut:], kind) else None


_COUNTED = re.compile(f"[0-9]+[{''.join(sorted(COUNT_CLASSIFIERS))}]")


def name_ok(stem: str, kind: str) -> bool:
    """The stem can be a proper name: not generic, descriptive, a sentence or a number."""
    kind_word = next((w for w in COMMUNITY_KIND_WORDS
                      if kind == "community" and stem.endswith(w) and len(stem) > len(w)), "")
    if kind_word:
        # a building's name before the kind word may start with a verb-like word
        # (兴达国贸: 兴达); it must not end with one (加强楼宇社区建设)
        base = stem[: -len(kind_word)]
        return name_ok(base, kind) or (
            2 <= len(base) <= MAX_STEM[kind] and not is_generic(base)
            and not base.endswith(BAD_STEM_ENDINGS)
            and not any(base[i:] in function_words() for i in range(len(base) - 1)))
    if len(stem) < 2 or len(stem) > MAX_STEM[kind] or is_generic(stem):
        return False
    phase = _PHASE.search(stem) if kind == "compound" else None
    if phase and phase.start() >= 2:
        return name_ok(stem[: phase.start()], kind)  # 高新佳园一期 → 高新佳园
    if stem.endswith(BAD_STEM_ENDINGS):
        return False
    if stem.endswith(GENERIC_HEAD_CHARS) and is_generic(stem[:-1]):
        return False  # 美丽山村: a mountain village described
    if len(stem) >= 3 and stem.endswith(VERB_ENDINGS):
        return False  # 温情满社区
    if stem[-1] in RESULT_CHARS and stem[-2] in one_character_verbs():
        return False  # 守好社区“安全关”: a verb and its result (6 of the 620,000 coded
        # village-level names end so, found by the gazetteer)
    if stem.isdigit():
        return False  # a house number alone is no name (联盟社区35号院 is named with its
        # community: places._community_yard)
    if _COUNTED.fullmatch(stem):
        return False  # 22位小区居民: a count of people (位), no compound 22位
    road = _ROAD_NUMBER.fullmatch(stem) if kind == "compound" else None
    if road:
        return not has_function_word(road.group(1), road=True)
    return not has_function_word(stem)


@lru_cache(maxsize=1)
def municipality_stems() -> frozenset[str]:
    """Stems of the province-level cities: 北京, 上海, 天津, 重庆."""
    names = load_gazetteer().names
    return frozenset(n[:-1] for c, n in names.items()
                     if len(c) == 6 and c.endswith("0000") and n.endswith("市"))


@lru_cache(maxsize=1)
def province_stems() -> frozenset[str]:
    """The first two characters of each province-level name: 河南, 广东, 广西, 北京."""
    names = load_gazetteer().names
    return frozenset(n[:2] for c, n in names.items() if len(c) == 6 and c.endswith("0000"))


def is_generic(stem: str) -> bool:
    # (an age before a generic stem adds no name: `改造老、旧住宅小区10个`)
    return (stem in GENERIC_STEMS or stem.lstrip(AGE_CHARS) in GENERIC_STEMS
            or any(p in stem for p in GENERIC_STEM_PARTS)
            or (stem.endswith(PLACE_KIND_WORDS)
                and (stem[:-2] in GENERIC_STEMS or stem[:-2] in KIND_MODIFIERS)))


def has_function_word(stem: str, road: bool = False) -> bool:
    """True when the stem holds a verb or adverb that is not part of a road or village
    name: 推动实现社区, 基层治理中社区 (but 建设路社区, 景华街社区 are names). In a road's
    name (``road``) a word may end the stem: jieba reads 二七路 of 北二七路76号院 as a number."""
    words = function_words()
    for i in range(len(stem) - 1):
        for j in range(i + 2, len(stem) + 1):
            if (stem[i:j] in words and stem[j : j + 1] not in NAME_CONTINUATIONS
                    and not (road and j == len(stem)) and not _numeral_name(stem, i, j)):
                return True
    return False


def _numeral_name(stem: str, i: int, j: int) -> bool:
    """A name starting with a numeral word that counts nothing: 两站社区 (两站, "two
    stops", is no count of communities like 两个, 两家)."""
    return (i == 0 and j == 2 and stem[:2] in numeral_words()
            and stem[1] not in COUNT_CLASSIFIERS)


def clean_left(text: str, start: int) -> bool:
    """The name starts a word: after punctuation, a function word or a place name."""
    prev = text[start - 1 : start]
    if not prev or not is_cjk(prev) or prev in STOP_CHARS or prev in "区县市省州旗盟":
        return True
    return any(text.endswith(w, 0, start) for w in STOP_WORDS)
