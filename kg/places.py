"""Find places in an article and resolve them against the gazetteer.

``resolve_places(text, body_start, home_city)`` takes an article's headline + "\\n" +
body and returns its place mentions (districts, streets, communities, compounds; spans
relative to ``text``), the districts it names or implies, and its primary district.

>>> r = resolve_places("五里堡街道开展活动\\n近日，五里堡街道组织志愿者。", 10, "4101")
>>> r.districts, r.primary_district, r.mentions[0].code
(('二七区',), '二七区', '410103006')
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kg.gazetteer import Gazetteer, load_gazetteer, township_stem
from kg.model import Mention, Place
from kg.place_names import (
    clean_left,
    has_function_word,
    is_cjk,
    is_generic,
    municipality_stems,
    name_ok,
    province_stems,
    stem_left,
)
from kg.place_rules import (
    BAD_AFTER_DISTRICT,
    BAD_AFTER_UNIT,
    BARE_STEM_COMMON_FREQ,
    BARE_STEM_NOT_AFTER,
    BARE_STEM_UNITS,
    CJK,
    COMMUNITY_UNITS,
    COMPOUND_UNITS,
    COUNT_BEFORE_CHARS,
    COUNT_WORD_CHARS,
    COUNTED_DISTRICT_FIRSTS,
    ESTATE_CUE_AFTER_RE,
    ESTATE_CUES_BEFORE,
    ESTATE_UNIT_RE,
    GENERIC_CODED_NAMES,
    GENERIC_DISTRICT_NAMES,
    GENERIC_NEW_AREA_STEMS,
    GENERIC_STEMS,
    GENERIC_TOWNSHIP_NAMES,
    GLUED_LEAD_CHARS,
    HARD_STOP_CHARS,
    HOUSING_WORDS,
    INVITATION_FRAMES,
    LIST_COUNT_RE,
    LIST_ETC_RE,
    NEW_AREA_ESTATE_AFTER,
    NEW_AREA_RE,
    NUMBERED_COMMUNITY_RE,
    NUMBERED_COMPOUND_RE,
    NUMBERED_COMPOUND_UNITS,
    ORDINAL_COMMUNITY_RE,
    PAPER_NAME_RE,
    PRIMARY_LEAD,
    PRIMARY_WEIGHTS,
    PRONOUN_CHARS,
    REDUPLICATED_UNIT_RE,
    ROAD_END_CHARS,
    STOP_CHARS,
    TOWNSHIP_UNIT_RE,
    UNNAMED_COMPOUND_RE,
    VERB_BEFORE_DISTRICT_FIRST,
    VILLAGE_IDIOM_RE,
    VILLAGE_ROUND_RE,
    VILLAGE_TOWN_WORDS,
    ZONE_TOWNSHIPS,
    function_words,
)
from kg.rules import DISPATCH_RE
from kg.tokenizer import dictionary_frequency

__all__ = ["PlaceResult", "decide_home_city", "home_city_votes", "infer_home_city",
           "paper_votes", "resolve_places"]

_DISTRICT_END = re.compile("[区县市旗]")
_COMMUNITY_RE = re.compile("|".join(COMMUNITY_UNITS))
_COMPOUND_RE = re.compile("|".join(COMPOUND_UNITS))
# Which coded places can hold a place the gazetteer lacks, nearest level first.
PARENT_TYPES = {
    "street": ("district",),
    "community": ("street", "district"),
    "compound": ("community", "street"),
}
_SHORT_STREET = re.compile("辖区")
# A road-named street before a community: 中山南路街道兴隆街社区 (the match is the unit).
_ROAD_STREET = re.compile(f"(?<=路|街)(?:街道办事处|街道)(?=[{CJK}]{{2,5}}(?:社区|村))")
# A quoted slogan of parallel phrases: “以邻为伴、幸福社区”.
_SLOGAN_OPEN = re.compile("“[^”“]*[、，,][^”“]*$")
_BRANCH = re.compile("分局")
# A road's house number right before 社区 (see _Resolver._house_number_start).
_ROAD_NUMBER_END = re.compile("(?<=[路街])[0-9]{1,4}号$")
# After `XX办` (a street office's short form), the community it runs: `东城办名邸社区`.
_OFFICE_BEFORE_COMMUNITY = re.compile(f"[{CJK}]{{2,5}}?(?:社区|村)")
# After `XX街`, characters that make it a road or the start of 街道/街办: 北京街口, 北京街道.
_JIE_NOT_AFTER = set("道办口头巷角坊区号")
_LEAD_END = re.compile("[。！？!?\n]")
_NUMERALS = "一二三四五六七八九十百千"
# What may follow a district's bare stem and one of its townships' stems: a township
# unit (丰泽东海街道) or a name ending in a place unit (丰泽东海海星小区: 丰泽区 东海街道).
_PLACE_UNITS = "|".join(COMMUNITY_UNITS + COMPOUND_UNITS)
_AFTER_SHORT_PAIR = re.compile(
    f"(?:{TOWNSHIP_UNIT_RE.pattern})|[{CJK}]{{2,6}}?(?:{_PLACE_UNITS})")
_ANY_UNIT = re.compile(f"{TOWNSHIP_UNIT_RE.pattern}|{_PLACE_UNITS}")


@dataclass(frozen=True)
class PlaceResult:
    mentions: tuple[Mention, ...]
    districts: tuple[str, ...]
    primary_district: str | None


def _district_hits(text: str, gz: Gazetteer,
                   home: str | None) -> list[tuple[int, int, str, str | None]]:
    """(start, end, printed, city) for county-level names: 二七区, 管城区, 经开区, 荥阳市;
    ``city`` is the prefecture whose short form it is (经开区: the home city's)."""
    keys = gz.district_keys()
    local = gz.local_district_keys(home) if home else {}
    named: dict[str, str] = {}  # short forms named with another city: `新乡高新区`
    hits = []
    for m in _DISTRICT_END.finditer(text):
        end = m.end()
        if text[end : end + 1] in BAD_AFTER_DISTRICT:
            continue
        for length in range(min(12, end), 1, -1):
            cand = text[end - length : end]
            if cand in keys or cand in local:
                prev = text[end - length - 1 : end - length]
                # 示范县 is not 范县: a two-character name needs a clean left edge (a
                # county's may follow a stop character: `为沁县建设`, `在滑县举办`)
                if length == 2 and prev and is_cjk(prev) and prev not in "省市州盟" \
                        and not (cand[-1] == "县" and prev in STOP_CHARS):
                    break
                # 马鞍山市和县, but `全市和县里`: 全市 ("the whole city") names no city
                if length == 2 and prev in "省市州" \
                        and text[end - length - 2 : end - length - 1] in PRONOUN_CHARS:
                    break
                if prev and (cand[0] in COUNTED_DISTRICT_FIRSTS and prev in COUNT_WORD_CHARS
                             or prev in VERB_BEFORE_DISTRICT_FIRST.get(cand[0], "")):
                    break  # 各项城市管理: 项 counts, no 项城市; 走上城区: no 上城区
                if length == 3 and cand.endswith("城区") and _place_stem(prev + cand[0], gz):
                    break  # 嘉陵城区, 广东城区: a place's urban area (城区), no 陵城区, 东城区
                city, start = home, end - length
                if cand not in keys:
                    before = _city_prefix(text, start, gz)
                    if before and before[0] != home:
                        # 新乡高新区 is not the home city's 高新区, nor is a bare 高新区 in
                        # the same article (`新乡高新区组织…依托区、高新区…各级公众号`)
                        city, start = before
                        if not gz.districts_named(cand, city):
                            break
                        named[cand] = city
                    elif _place_stem_before(text, start, gz):
                        break  # 锡山经济技术开发区, 昆山高新区: another county's zone
                    else:
                        city = None  # decided below, once every named one is known
                hits.append((start, end, cand, city))
                break
    for m in NEW_AREA_RE.finditer(text):
        prev = text[m.start() - 1 : m.start()]
        if m.group()[0] in STOP_CHARS or m.group()[1] in STOP_CHARS \
                or m.group()[:2] in function_words():
            continue  # 在高新区, 住在新区物资集团家属院: a verb or 在 is no part of a name
        if m.group() in keys or not _is_zone_name(m.group()) \
                or NEW_AREA_ESTATE_AFTER.match(text, m.end()):
            continue  # 亚峰新区二期: an estate's phase
        county = gz.district_stems(home).get(m.group()[:2]) if home else None
        if county and gz.names[county].endswith(BARE_STEM_UNITS):
            # 落户中牟新区: a county's new town, named by the county's bare stem
            hits.append((m.start(), m.start() + 2, gz.names[county], home))
            continue
        if not is_cjk(prev) or prev in STOP_CHARS or prev in "市省有":
            hits.append((m.start(), m.end(), m.group(), home))  # 位于郑东新区, 有郑东新区
    taken = [(s, e) for s, e, *_ in hits]
    for m in _CITY_ZONE.finditer(text):
        # `随州高新区`, `宝鸡高新区`: a city's zone by its short form (the gazetteer's, or
        # its official name when the tables lack it: 随州高新技术产业开发区)
        city = _city_prefix(text, m.start(), gz)
        if city is None and home and not gz.districts_named(m.group(), home) \
                and _bare_zone_edge(text, m.start(), gz):
            city = (home, m.start())  # `11月21日,高新区…` on a 资阳 page: 资阳's zone
        if city is None or _overlaps((city[1], m.end()), taken):
            continue
        codes = gz.districts_named(m.group(), city[0])
        stem = gz.names[city[0] + "00"].removesuffix("市")
        printed = m.group() if codes else stem + CITY_ZONE_NAMES[m.group()]
        if not codes:  # a bare 高新区 in the same article is that zone, named already
            hits = [h for h in hits if text[h[0]:h[1]] != m.group()]
        hits.append((city[1], m.end(), printed, city[0]))
        named[m.group()] = city[0]
    # A short form in an article whose named districts are all one other city's is that
    # city's: `鸠江区、经开区等城管部门` on a page of another city's paper (芜湖's 经开区).
    cities = {keys[p][0][:4] for _s, _e, p, _c in hits if p in keys and len(keys[p]) == 1}
    default = cities.pop() if len(cities) == 1 and home not in cities else home
    # A city's zone the tables lack goes by its official name: `高新区天公山…` on a 蚌埠
    # page is 蚌埠高新技术产业开发区 (a bare 高新区 would be read as 郑州's).
    out = []
    for s, e, printed, city in hits:
        if city is None:
            city = named.get(printed, default)
            if city and printed in CITY_ZONE_NAMES and not gz.districts_named(printed, city):
                printed = gz.names[city + "00"].removesuffix("市") + CITY_ZONE_NAMES[printed]
        out.append((s, e, printed, city))
    return out


# Short forms of a city's zones and the official names they stand for.
CITY_ZONE_NAMES = {"高新区": "高新技术产业开发区", "经开区": "经济技术开发区"}
_CITY_ZONE = re.compile("|".join(CITY_ZONE_NAMES))


def _bare_zone_edge(text: str, start: int, gz: Gazetteer) -> bool:
    """Does a zone's short form at ``start`` stand alone (`,高新区`, `在高新区`), not after
    another place's stem (`锡山高新区`) or inside a word (`市高新区` is a city's, named)?"""
    prev = text[start - 1 : start]
    return (not is_cjk(prev) or prev in STOP_CHARS) and not _place_stem_before(text, start, gz)


def _is_zone_name(name: str) -> bool:
    """XX新区 names a zone unless its stem is a description or it is 高新区 read with the
    character before it (see GENERIC_NEW_AREA_STEMS)."""
    return name[:2] not in GENERIC_NEW_AREA_STEMS and name[1] != "高"


def _own_place_after(text: str, end: int, district: str, gz: Gazetteer,
                     home: str | None) -> bool:
    """Does a township or a village-level place of ``district`` start at ``end``, one the
    home city has none of (`老城区西关街道`: 西关街道 is 洛阳 老城区's)?"""
    for length in range(2, 6):  # a township: its stem, then its unit
        if not text.startswith(("街道", "镇", "乡", "办事处"), end + length):
            continue
        codes = gz.townships_with_stem(text[end : end + length])
        if any(c[:6] == district for c in codes) and not any(
                home and c[:4] == home for c in codes):
            return True
    villages = gz.villages(district[:4])
    for length in range(4, 11):  # a village or a community, named in full
        name = text[end : end + length]
        if any(c[:6] == district for c in villages.get(name, ())) and not (
                home and gz.villages(home).get(name)):
            return True
    return False


def _place_stem(stem: str, gz: Gazetteer) -> bool:
    """Is ``stem`` a district's, county's or city's stem (嘉陵 of 嘉陵区, 昆山 of 昆山市) or a
    province's (广东, 天津)?"""
    return stem in _district_stems(gz) or stem in province_stems()


def _place_stem_before(text: str, start: int, gz: Gazetteer) -> bool:
    """Does a place's stem (see _place_stem) end right at ``start``? Then a zone's short
    form after it is that place's zone, not the home city's: `锡山经济技术开发区`."""
    return any(_place_stem(text[max(0, start - n) : start], gz) for n in (2, 3))


def _city_before(text: str, start: int, gz: Gazetteer) -> str | None:
    """The prefecture named right before ``start`` (`宝鸡` in 宝鸡高新区, `淄博市` in
    淄博市高新区), if any."""
    found = _city_prefix(text, start, gz)
    return found[0] if found else None


def _city_prefix(text: str, start: int, gz: Gazetteer) -> tuple[str, int] | None:
    """(prefecture, where its name starts) for one named right before ``start``."""
    before = text[max(0, start - 6) : start]
    bare = before.removesuffix("市")
    for n in (4, 3, 2):  # the longest: 马鞍山 (not 鞍山) in 马鞍山经开区
        if len(bare) >= n and bare[-n:] in gz.prefecture_stems:
            return gz.prefecture_stems[bare[-n:]], start - (len(before) - len(bare)) - n
    return None


@functools.cache
def _district_stems(gz: Gazetteer) -> frozenset[str]:
    """Districts' and counties' names without their unit: 丰泽 (丰泽区)."""
    return frozenset(name[:-1] for code, name in gz.names.items()
                     if len(code) == 6 and name[-1] in "区县市旗" and len(name) >= 3)


def _bare_stems(text: str, gz: Gazetteer, home: str,
                named: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str]]:
    """The home city's counties and county-level cities by their bare stem: `登封医生`
    (see ``place_rules.BARE_STEM_UNITS``)."""
    pattern, others = _bare_stem_pattern(home)
    if pattern is None:
        return []
    stems = gz.district_stems(home)
    out: list[tuple[int, int, str, str]] = []
    spans = [(s, e) for s, e, *_ in named]
    for m in pattern.finditer(text):
        s, e = m.span()
        name = gz.names[stems[m.group()]]
        if text.startswith(name[-1], e) or text.startswith(BARE_STEM_NOT_AFTER, e) \
                or not clean_left(text, s) or _overlaps((s, e), spans) \
                or any(text[i:i + 2] in others for i in range(s + 1, e)):
            continue  # `荥阳市` is named whole; `新郑州` is 郑州
        out.append((s, e, name, stems[m.group()]))
    return out


@functools.lru_cache(maxsize=64)
def _bare_stem_pattern(home: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The stems a prefecture's papers print bare, as one pattern, and the stems of places
    a longer word may hold (computed once per prefecture)."""
    gz = load_gazetteer()
    stems = gz.district_stems(home)
    bare = sorted((stem for stem, code in stems.items()
                   if gz.names[code].endswith(BARE_STEM_UNITS)
                   and dictionary_frequency(stem) < BARE_STEM_COMMON_FREQ),
                  key=lambda x: (-len(x), x))
    pattern = re.compile("|".join(map(re.escape, bare))) if bare else None
    return pattern, frozenset(stems) | frozenset(gz.prefecture_stems)


def _short_pairs(text: str, gz: Gazetteer) -> list[tuple[int, int, int, str, bool]]:
    """(start, stem end, end, township code, unit follows) where a district's bare
    stem is printed right before the stem of one of its townships, as 泉州 papers do:
    `丰泽东海海星小区` (丰泽区 东海街道, then the compound 海星小区)."""
    hits: list[tuple[int, int, int, str, bool]] = []
    # Only where a unit follows within a name's length can a pair end (scanning every
    # position for townships' stems cost more than the rest of the place pass).
    ends = {u.start() - n for u in _ANY_UNIT.finditer(text) for n in range(7)}
    starts = sorted({e - n for e in ends for n in (4, 3, 2) if e - n >= 2})
    reached = 0
    stems = _district_stems(gz)
    for i in starts:
        if i < reached or i >= len(text) - 1 or (
                text[i - 2 : i] not in stems and text[i - 3 : i] not in stems):
            continue
        found = None
        for n in (4, 3, 2):
            codes = gz.townships_with_stem(text[i : i + n])
            after = _AFTER_SHORT_PAIR.match(text, i + n) if codes else None
            for k in (3, 2) if after else ():
                if i - k < 0 or not clean_left(text, i - k):
                    continue
                near = {c for c in codes if gz.names.get(c[:6], "")[:-1] == text[i - k : i]
                        and gz.names[c[:6]][-1] in "区县市旗"}
                if len(near) == 1:
                    code = near.pop()
                    unit = TOWNSHIP_UNIT_RE.match(text, i + n) is not None
                    found = (i - k, i, i + n, code, unit)
                    break
            if found:
                break
        if found:
            hits.append(found)
            reached = found[2]
    return hits


def _township_hits(text: str, gz: Gazetteer) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, printed, candidate codes) for 德化街街道, 前程办事处, 峡窝镇 ..."""
    hits = []
    for m in TOWNSHIP_UNIT_RE.finditer(text):
        s = m.start()
        for length in range(min(8, s), 1, -1):
            codes = gz.townships_with_stem(text[s - length : s])
            if codes:
                hits.append((s - length, m.end(), text[s - length : m.end()], codes))
                break
        else:
            if codes := _one_char_street(text, s, m, gz):
                hits.append((s - 1, m.end(), text[s - 1 : m.end()], codes))
    return hits


def _one_char_street(text: str, s: int, unit: re.Match[str], gz: Gazetteer) -> tuple[str, ...]:
    """The codes of a street named by one character, as the gazetteer has some (东街道,
    西街道): only a 街道 at a clean left edge, not a road's 街 and 道路 (`，东街道路两旁`)."""
    if (unit.group().startswith("街道") and s >= 1 and is_cjk(text[s - 1])
            and text[s - 1] not in STOP_CHARS and clean_left(text, s - 1)
            and not text.startswith("路", unit.end())):
        return gz.townships_with_stem(text[s - 1])
    return ()


def _village_code(codes: list[str], street_codes: set[str], context: set[str]) -> str | None:
    """The one village code under the article's streets, else (no street named) under its
    districts; None when none or several."""
    near = [c for c in codes if c[:9] in street_codes]
    if len(near) == 1:
        return near[0]
    if not street_codes:
        under = [c for c in codes if c[:6] in context]
        return under[0] if len(under) == 1 else None
    return None


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


class _Resolver:
    def __init__(self, text: str, body_start: int, home: str | None,
                 breaks: Iterable[int] = (), page_city: str | None = None) -> None:
        self.text, self.body_start, self.home = text, body_start, home
        self.page_city = page_city
        self.breaks = sorted(set(breaks))
        self.gz = load_gazetteer()
        self.mentions: list[Mention] = []
        self.taken: list[tuple[int, int]] = []
        self.stem_city = home  # the city whose district stems start no village's name

    def add(self, kind: str, start: int, end: int, name: str, rule: str,
            code: str | None = None) -> bool:
        if _overlaps((start, end), self.taken):
            return False
        self.taken.append((start, end))
        hierarchy = self.gz.chain(code) if code else self.parent_chain(kind, start)
        self.mentions.append(Mention(
            type=kind, text=self.text[start:end], name=name, span=(start, end), rule=rule,
            code=code, in_gazetteer=code is not None, hierarchy=hierarchy,
            aliases=(self.text[start:end],) if self.text[start:end] != name else ()))
        return True

    def floor(self, unit_start: int) -> int:
        """Where a name ending at ``unit_start`` can start at the earliest: after the
        places found before it and after the last word break."""
        return max([e for s, e in self.taken if e <= unit_start]
                   + [b for b in self.breaks if b <= unit_start], default=0)

    def parent_chain(self, kind: str, start: int) -> tuple[Place, ...]:
        """Parents of a place the gazetteer lacks: the coded place printed right before
        it (长安路街道春晖社区), else the article's only coded place one level up."""
        levels = PARENT_TYPES.get(kind, ())
        above = [m for m in self.mentions if m.type in levels and m.code]
        for m in above:
            if m.span[1] == start:
                return m.hierarchy
        for level in levels:
            codes = {m.code for m in above if m.type == level}
            if len(codes) == 1:
                return next(m.hierarchy for m in above if m.code in codes)
            if codes:
                return ()
        return ()

    def pick(self, codes: Iterable[str], context: set[str]) -> str | None:
        """One code among candidates: under a district named in the article, else in the
        home city, else in the city the page's other places name, else the only one in
        the country; None when still ambiguous."""
        codes = list(dict.fromkeys(codes))
        for narrow in (
            [c for c in codes if c[:6] in context],
            [c for c in codes if self.home and c[:4] == self.home],
            [c for c in codes if self.page_city and c[:4] == self.page_city],
            codes,
        ):
            if len(narrow) == 1:
                return narrow[0]
            if narrow:
                # (a district named in the article that holds neither: no guess)
                return None if context else self._listed_twice(narrow)
        return None

    def _listed_twice(self, codes: list[str]) -> str | None:
        """One township of a city listed twice, by the NBS under the zone that runs it
        and by the MCA under its county (八千乡: 410173202 航空港区, 410184202 新郑市): the
        NBS's, which has the villages. None for two real places of one name."""
        if len({c[:4] for c in codes}) != 1 or len({self.gz.names[c] for c in codes}) != 1 \
                or any(len(c) != 9 for c in codes):
            return None
        listed = [c for c in codes if c in self.gz.with_villages(c[:4])]
        return listed[0] if len(listed) == 1 else None

    def run(self) -> PlaceResult:
        text, gz = self.text, self.gz
        # 1. districts named
        dhits = _district_hits(text, gz, self.home)
        resolved_d: list[tuple[int, int, str, str | None]] = []
        for s, e, printed, city in sorted(dhits, key=lambda h: (h[0] - h[1], h[0])):
            codes = gz.districts_named(printed, city)
            if printed in GENERIC_DISTRICT_NAMES:
                # 老城区 as "the old town", not 洛阳 老城区, unless the home city's or one
                # named right before it (攀枝花市东区), or one of its own townships or
                # communities follows it (`老城区西关街道`)
                city = _city_before(text, s, gz)
                kept = tuple(c for c in codes if c[:4] in (self.home, city))
                codes = kept or tuple(c for c in codes if len(printed) > 2
                                      and _own_place_after(text, e, c, gz, self.home))
                if not codes:
                    continue
            code = self.pick(codes, set())
            names = {gz.names[c] for c in codes}
            name = gz.names[code] if code else (names.pop() if len(names) == 1 else printed)
            if printed in gz.former_names:
                name = printed  # 淮阳县, as the text has it, coded as 淮阳区 (411603)
            resolved_d.append((s, e, name, code))
        bare: set[tuple[int, int]] = set()
        if self.home:
            stems = gz.district_stems(self.home)
            for m in _BRANCH.finditer(text):
                # 洛阳市市场监督管理局涧西分局: a city bureau's branch in 涧西区
                for length in (2, 3):
                    code = stems.get(text[m.start() - length : m.start()])
                    if code:
                        resolved_d.append((m.start() - length, m.start(), gz.names[code], code))
                        break
            # 登封医生: the home city's 登封市 by its bare stem
            found = _bare_stems(text, gz, self.home, resolved_d)
            bare = {(s, e) for s, e, *_ in found}
            resolved_d += found
        # 丰泽东海海星小区: the district 丰泽区 by its stem, before its street 东海街道
        pairs = [p for p in _short_pairs(text, gz)
                 if not _overlaps(p[:2], [(a, b) for a, b, *_ in resolved_d])]
        short = {p[:2] for p in pairs}
        resolved_d += [(s, e, gz.names[code[:6]], code[:6]) for s, e, _end, code, _u in pairs]
        context = {c for *_, c in resolved_d if c}
        # the home city's district stems are cut from the front of village names only in
        # an article set there: 光明港新村 in a 福州 article (台江区) of a 深圳 paper is no
        # 光明区 village 港新村
        if context and all(c[:4] != self.home for c in context):
            self.stem_city = None
        # 2. townships (gazetteer), longest first so 建中街街道 beats 中街街道
        thits = _township_hits(text, gz)
        streets: list[tuple[int, int, str | None]] = []
        for _s, e, end, code, unit in pairs:
            if not unit and self.add("street", e, end, gz.names[code],
                                     "gazetteer.street.short", code):
                streets.append((e, end, code))  # 丰泽东海海星小区: 东海街道
        # A city named right before a township: `成都荷花池街道` is 成都's (金牛区), not
        # 常州's, whatever the paper's city (`成都市荷花池街道` too); so is the same name
        # printed again without it.
        in_city: dict[str, str] = {}
        for s, _e, printed, codes in thits:
            city = _city_prefix(text, s, gz)
            found = [c for c in codes if city and c[:4] == city[0]]
            if len(found) == 1:
                in_city.setdefault(township_stem(printed), found[0])
        for s, e, printed, codes in sorted(thits, key=lambda h: (h[0] - h[1], h[0])):
            unit = TOWNSHIP_UNIT_RE.search(printed)
            same_unit = tuple(c for c in codes if unit and gz.names[c].endswith(unit.group()))
            if same_unit and self.pick(codes, context) is None:
                narrowed = self.pick(same_unit, context)  # 三官庙街道 (中原区), not the
                if narrowed and (narrowed[:6] in context  # 三官庙镇 of the same city
                                 or (self.home and narrowed[:4] == self.home)):
                    codes = same_unit
            code = self.pick(codes, context)
            near = code and (code[:6] in context or (self.home and code[:4] == self.home))
            if in_city.get(township_stem(printed)) in codes:
                code, near = in_city[township_stem(printed)], True
            elided = False
            if not near and "街道" in printed:
                # 运河区水月寺街道办事处: the district's 水月寺街街道, its name's 街 left out
                # (not 兴山县's 水月寺镇); named as printed, 水月寺街道
                under = [c for c in gz.townships_with_stem(township_stem(printed) + "街")
                         if c[:6] in context]
                if len(under) == 1:
                    code, near, elided = under[0], True, True
            if printed in GENERIC_TOWNSHIP_NAMES or (not near and not clean_left(text, s)):
                continue  # 江南水乡 is not 南水乡; a far or unknown match needs a clean edge
            stem = township_stem(printed)
            if len(stem) == 1 and not near:
                code = None  # `，东街道民生社区`: a 东街道 far away is not this one
            if not near and stem[0] not in _NUMERALS and has_function_word(stem):
                continue  # 清源街道发展街道融媒体: 发展 (develop) is a verb (八千乡 a name)
            if any(s < b < e for b in self.breaks):
                continue
            if printed.endswith("办事处") and not printed.endswith("街道办事处"):
                name = printed  # 前程办事处 is kept as printed (GUIDELINES)
            elif code and not elided:
                name = gz.names[code]
            elif printed.endswith("街办"):
                name = printed[:-2] + "街道"  # 电子城街办: short for 电子城街道办事处
            else:
                name = township_stem(printed) + ("街道" if "街道" in printed else printed[-1])
            if self.add("street", s, e, name, "gazetteer.street", code):
                streets.append((s, e, code))
        for m in _SHORT_STREET.finditer(text):
            # 涧西区长安路辖区: a street named by its stem, only under a district named here
            for length in range(min(6, m.start()), 1, -1):
                stem = text[m.start() - length : m.start()]
                under = [c for c in gz.townships_with_stem(stem) if c[:6] in context]
                if len(under) == 1:
                    if self.add("street", m.start() - length, m.start(), gz.names[under[0]],
                                "gazetteer.street.short", under[0]):
                        streets.append((m.start() - length, m.start(), under[0]))
                    break
        self._road_streets()
        self._jie_streets(resolved_d, streets)
        for s, e, name, code in sorted(resolved_d):
            rule = "gazetteer.district" if code else "pattern.district"
            if (s, e) in short:
                rule = "gazetteer.district.short"
            if (s, e) in bare:
                rule = "gazetteer.district.bare"
            if code and text[s:e] != name and text[e : e + 2] == "分局":
                rule = "gazetteer.district.branch"
            self.add("district", s, e, name, rule, code)
        self._district_townships()
        self._communities(context, streets)
        self._compounds()
        self.mentions.sort(key=lambda m: m.span)
        return self._summarise()

    def _glued_forms(self, kind: str) -> None:
        """A pattern name that is one character more than another place of its type in
        the article has a verb or preposition glued on: `自河东路社区网格建立以来` and
        `住遥祥寺巷小区6幢` beside 河东路社区, 遥祥寺巷小区 printed elsewhere. A campaign
        word before another place's name is a slogan, no place: `平安冼村` beside 冼村街."""
        names = {(m.type, m.name): m for m in self.mentions}
        stems = {township_stem(m.name) for m in self.mentions if m.type == "street"}
        stems |= {m.name for m in self.mentions if m.type == "community"}
        drop = []
        for i, m in enumerate(self.mentions):
            if m.rule != f"pattern.{kind}":
                continue
            target = names.get((m.type, m.name[1:]))
            if target is not None and m.name[0] in GLUED_LEAD_CHARS:
                self._as_short_form(i, m.span[0] + 1, target)
            elif m.type == "community" and m.name[:2] in GENERIC_STEMS \
                    and m.name[2:] in stems:
                drop.append(i)
        self.mentions = [m for i, m in enumerate(self.mentions) if i not in drop]

    def _district_townships(self) -> None:
        """A township the gazetteer lacks (renamed or merged since) printed right after its
        coded district: `金水区庙李镇在辖区…` (庙李镇, now part of a 街道)."""
        text = self.text
        for d in [m for m in self.mentions if m.type == "district" and m.code]:
            e = d.span[1]
            for length in (2, 3, 4):
                stem = text[e : e + length]
                unit = TOWNSHIP_UNIT_RE.match(text, e + length)
                if unit is None or not all(map(is_cjk, stem)):
                    continue
                printed = stem + unit.group()
                if printed in GENERIC_TOWNSHIP_NAMES or not name_ok(stem, "street") \
                        or stem[0] in STOP_CHARS or TOWNSHIP_UNIT_RE.search(stem) \
                        or (stem[-1] == "村" and unit.group() == "镇"
                            and text.startswith(VILLAGE_TOWN_WORDS, unit.end())) \
                        or any(e < b < unit.end() for b in self.breaks):
                    break  # 各镇街道, 乡镇街道, 镇街道办事处: kinds of township, no name
                if printed.endswith("办事处") and not printed.endswith("街道办事处"):
                    name = printed
                else:
                    name = stem + ("街道" if unit.group().startswith("街") else unit.group())
                self.add("street", e, unit.end(), name, "pattern.street")
                break

    def _jie_streets(self, districts: list[tuple[int, int, str, str | None]],
                     streets: list[tuple[int, int, str | None]]) -> None:
        """A street printed `XX街` right after its district, as in Guangzhou: `番禺区桥南街
        福景社区` (桥南街道), or `XX办` before a community, as in 运城: `盐湖区东城办名邸社区`
        (东城街道); only when the gazetteer has XX街道 in that district, and not a house
        address (`越秀区北京街12号`)."""
        text = self.text
        for _s, e, _name, dcode in districts:
            if dcode is None:
                continue
            for length in (2, 3, 4):
                end = e + length + 1
                unit = text[end - 1 : end]
                if unit == "办":
                    if not _OFFICE_BEFORE_COMMUNITY.match(text, end):
                        continue
                elif unit != "街" or text[end : end + 1] in _JIE_NOT_AFTER \
                        or text[end : end + 1].isdigit():
                    continue
                stem = text[e : e + length]
                codes = [c for c in self.gz.townships_with_stem(stem)
                         if c[:6] == dcode and self.gz.names[c] == stem + "街道"]
                rule = "gazetteer.street." + ("jie" if unit == "街" else "office")
                if len(codes) == 1 and self.add("street", e, end, self.gz.names[codes[0]],
                                                rule, codes[0]):
                    streets.append((e, end, codes[0]))
                    break

    def _road_streets(self) -> None:
        """A street the gazetteer lacks, named after its road, is a street when a
        community follows it: `中山南路街道兴隆街社区`."""
        for m in _ROAD_STREET.finditer(self.text):
            if _overlaps((m.start(), m.end()), self.taken):
                continue
            start = stem_left(self.text, m.start(), self.floor(m.start()), "street")
            if start is not None:
                name = self.text[start : m.start()] + "街道"
                self.add("street", start, m.end(), name, "pattern.street")

    def _communities(self, context: set[str], streets: list[tuple[int, int, str | None]]) -> None:
        text, gz = self.text, self.gz
        prefs = {c[:4] for c in context} | {c[:4] for *_, c in streets if c}
        if self.home:
            prefs.add(self.home)
        street_codes = {c for *_, c in streets if c}
        for m in _COMMUNITY_RE.finditer(text):
            unit = "社区" if m.group().startswith("社区") else "嘎查" if m.group() == "嘎查" \
                else "村"
            if text[m.end():].startswith(BAD_AFTER_UNIT[unit]) and m.group() in ("社区", "嘎查",
                                                                                "村"):
                continue
            if _overlaps((m.start(), m.end()), self.taken):
                continue
            floor = self.floor(m.start())
            floor = max(floor, self._invited_floor(m.start(), m.end()))
            found = None
            for length in range(min(8, m.start() - floor), 1, -1):
                name = text[m.start() - length : m.start()] + unit
                codes = [c for p in sorted(prefs) for c in gz.villages_named(name, p)]
                if codes:
                    found = (m.start() - length, codes)
                    break
            if not found and unit == "村" and m.start() - floor == 1:
                found = self._one_char_village(floor, m.start())
            if (found and found[0] != floor and is_generic(text[found[0] : m.start()])
                    and not clean_left(text, found[0])):
                found = None  # 利通区建设文明社区: a description, though 文明社区 is a name
            if found and self._after_verb(found[0] - 1, m.start(), floor):
                found = (found[0] - 1, [])  # 列入建东街社区: the name is 建东街社区
            start = self._community_start(m.start(), floor, found)
            if start is None and unit == "社区" and self._after(floor, ("street",)) \
                    and NUMBERED_COMMUNITY_RE.fullmatch(text, floor, m.start()):
                start = floor  # 茨菇塘街道601社区: a numbered community
            if start is None and unit == "社区":
                start = self._ordinal_start(m.start(), floor)  # ，第十七社区党委
            if start is None and unit == "社区":
                start = self._house_number_start(m.start(), floor)  # 幸福路5号社区
            if start is None or self._in_slogan(start, m.end()) \
                    or REDUPLICATED_UNIT_RE.fullmatch(text, start, m.end()) \
                    or VILLAGE_ROUND_RE.match(text, m.start() - 1):
                continue  # 一村村各美其美 (village after village); 走村入户
            name = text[start : m.start()] + unit
            codes = found[1] if found and found[0] == start else []
            code = _village_code(codes, street_codes, context)
            if name in GENERIC_CODED_NAMES and not self._after(start, ("district", "street")):
                continue  # 街道社区暖心服务: "street and community"
            if unit == "村" and not codes and self._village_idiom(start, m.start()):
                continue  # 村容村貌, 村务村情: an idiom, no village 村容村
            self.add("community", start, m.end(), name,
                     "gazetteer.community" if code else "pattern.community", code)
        self._elided_lists(prefs, street_codes, context)
        self._glued_forms("community")
        self._short_village_forms()

    def _one_char_village(self, start: int, unit_start: int) -> tuple[int, list[str]] | None:
        """A village of one character right after its own township, as the gazetteer
        lists it there: `大金店镇梅村` (登封市), `宋疃镇和村`; a pattern needs two."""
        street = next((m for m in self.mentions if m.type == "street" and m.code
                       and m.span[1] == start), None)
        if street is None:
            return None
        name = self.text[start:unit_start] + "村"
        codes = [c for c in self.gz.villages_named(name, street.code[:4])
                 if c[:9] == street.code]
        return (start, codes) if codes else None

    def _village_idiom(self, start: int, unit_start: int) -> bool:
        """The stem is 村 and one character, alone or after a verb or a generic word:
        `等村务村情`, `整治村容村貌` (a name 张村庙村 has neither before its 村庙)."""
        stem = self.text[start:unit_start]
        return bool(VILLAGE_IDIOM_RE.fullmatch(stem, len(stem) - 2)) and (
            len(stem) == 2 or has_function_word(stem[:-2]) or is_generic(stem[:-2]))

    def _after(self, at: int, types: tuple[str, ...]) -> bool:
        """Does a place of one of these types end at ``at``?"""
        return any(m.type in types and m.span[1] == at for m in self.mentions)

    def _ordinal_start(self, unit_start: int, floor: int) -> int | None:
        """Start of an ordinal community printed alone at a clean left edge: `3月12日，
        第十七社区` (克拉玛依 numbers its communities 第一…第二十), or after the name it
        numbers: `工人南里第二社区` (秦皇岛)."""
        for n in (4, 3, 2):
            start = unit_start - n
            if start >= floor and ORDINAL_COMMUNITY_RE.fullmatch(self.text, start, unit_start):
                named = stem_left(self.text, start, floor, "community")
                if named is not None and start - named >= 2:
                    return named
                if clean_left(self.text, start):
                    return start
        return None

    def _house_number_start(self, unit_start: int, floor: int) -> int | None:
        """Start of a community named by a road's house number: `青山区幸福路5号社区`
        (包头), `万寿路28号社区` (北京; the gazetteer has two dozen such names)."""
        number = _ROAD_NUMBER_END.search(self.text, max(floor, unit_start - 6), unit_start)
        if number is None:
            return None
        start = stem_left(self.text, unit_start, floor, "compound")  # a road keeps its name
        return start if start is not None and start < number.start() - 2 else None

    def _after_verb(self, start: int, unit_start: int, floor: int) -> bool:
        """One character left between a two-character verb and a coded name belongs to
        the name: `列入建东街社区` (列入 'include', not 东街社区)."""
        text = self.text
        return (start - 2 >= floor and not clean_left(text, start + 1)
                and text[start] not in ROAD_END_CHARS  # 胜利街曙光社区: a road's 街
                # 十多名桂北社区: 名 counts people after 十多, no part of the name
                and not (text[start] in "名位" and text[start - 1] in _NUMERALS + "两多余几")
                and text[start - 2 : start] in function_words()
                and name_ok(text[start:unit_start], "community"))

    def _in_slogan(self, start: int, end: int) -> bool:
        """The name ends a quoted slogan of parallel phrases: `“以邻为伴、幸福社区”`, or
        is quoted whole, a title or a nickname: `开展建设“美德社区”以来`."""
        return (self.text.startswith("”", end)
                and (self.text[start - 1 : start] == "“"
                     or bool(_SLOGAN_OPEN.search(self.text, max(0, start - 30), start))))

    def _invited_floor(self, unit_start: int, unit_end: int) -> int:
        """Where a name can start in an invitation frame: after 应 in 能应社区之邀."""
        for tail, chars in INVITATION_FRAMES.items():
            if self.text.startswith(tail, unit_end):
                window = self.text[max(0, unit_start - 8) : unit_start]
                at = max(window.rfind(ch) for ch in chars)
                if at >= 0:
                    return unit_start - len(window) + at + 1
        return 0

    def _village_codes(self, name: str, prefs: set[str]) -> list[str]:
        return [c for p in sorted(prefs) for c in self.gz.villages_named(name, p)]

    def _elided_lists(self, prefs: set[str], street_codes: set[str], context: set[str]) -> None:
        """Names sharing one unit word: `红旗、险峰、洛钢社区` (洛钢社区 found, all names of
        one length, and one of the others coded under the article's streets: 红旗社区), or
        `龙一、龙二、龙三三个社区` (as many names as counted), or `长乐、长宁、惠城等社区` (two
        of them coded)."""
        text = self.text
        lists = []
        for m in [m for m in self.mentions if m.type == "community"]:
            unit = "社区" if m.text.endswith("社区") else "村" if m.text.endswith("村") else ""
            stem_end = m.span[1] - len(unit)
            if unit and text[m.span[0] - 1 : m.span[0]] == "、":
                items = self._list_items(m.span[0] - 1) + [(m.span[0], stem_end)]
                if len(items) > 1 and {e - s for s, e in items} == {stem_end - m.span[0]}:
                    lists.append((items[:-1], unit, 1))
        for m in LIST_COUNT_RE.finditer(text):
            digit = m.group(1).replace("两", "二")
            count = int(digit) if digit.isdigit() else "一二三四五六七八九十".index(digit) + 1
            # (the first name after a verb no pattern stem leaves: `确定于赵、肖何…5个社区`,
            # 于 being a stop character; the gazetteer's 于赵社区 starts it)
            items = self._list_items(m.start()) or self._list_items(m.start(), functools.partial(
                self._coded_stem, unit=m.group(2), prefs=prefs, street_codes=street_codes,
                context=context))
            if len(items) == count > 1 and not _overlaps((m.start(), m.end()), self.taken):
                lists.append((items, m.group(2), 0))
        for m in LIST_ETC_RE.finditer(text):
            coded_stem = functools.partial(self._coded_stem, unit=m.group(1), prefs=prefs,
                                           street_codes=street_codes, context=context)
            items = self._list_items(m.start()) or self._list_items(m.start(), coded_stem)
            if len(items) > 1 and not _overlaps((m.start(), m.end()), self.taken):
                lists.append((items, m.group(1), 2))
        for items, unit, coded_needed in lists:
            named = [(s, e, text[s:e] + unit) for s, e in items]
            coded = {n: _village_code(self._village_codes(n, prefs), street_codes, context)
                     for *_, n in named}
            if sum(map(bool, coded.values())) < coded_needed:
                continue  # 红旗社区 is coded under 关林街道: the list is one of communities
            for s, e, name in named:
                code = coded[name]
                self.add("community", s, e, name,
                         "gazetteer.community.list" if code else "pattern.community.list",
                         code)

    def _coded_stem(self, end: int, floor: int, *, unit: str, prefs: set[str],
                    street_codes: set[str], context: set[str]) -> int | None:
        """Where the longest coded name of ``unit`` ending at ``end`` starts, the first
        item of a list no pattern stem starts: `奔赴长乐、长宁…等社区` (长乐社区)."""
        for length in range(min(4, end - floor), 1, -1):
            name = self.text[end - length : end] + unit
            if is_cjk(self.text[end - length]) and _village_code(
                    self._village_codes(name, prefs), street_codes, context):
                return end - length
        return None

    def _list_items(self, end: int, first_stem: Callable[[int, int], int | None] | None = None
                    ) -> list[tuple[int, int]]:
        """Spans of the names of a list `A、B、C` whose last name ends at ``end``: the
        first cut like a pattern stem (or where ``first_stem`` says), the others whole
        between the separators; [] when one of them is no name."""
        text, items = self.text, []
        while True:
            floor = self.floor(end)
            start = end
            while start > floor and is_cjk(text[start - 1]):
                start -= 1
            if start > floor and text[start - 1] == "、":
                if not name_ok(text[start:end], "community"):
                    return []
                items.append((start, end))
                end = start - 1
                continue
            first = (first_stem(end, floor) if first_stem
                     else stem_left(text, end, floor, "community"))
            if first is None:
                return []
            items.append((first, end))
            return items[::-1]

    def _short_village_forms(self) -> None:
        """A pattern village named like a community of the article, alone or after the
        stem of a street of the article, is that community's short form: `在驷马桥工人村`
        with `驷马桥街道工人村社区` → 工人村社区."""
        full = {m.name[:-2]: m for m in self.mentions
                if m.type == "community" and m.name.endswith("村社区")}
        streets = {""} | {township_stem(m.name) for m in self.mentions if m.type == "street"}
        for i, m in enumerate(self.mentions):
            if m.rule != "pattern.community" or not m.name.endswith("村"):
                continue
            stem = next((k for k in full if m.name.endswith(k)
                         and m.name[: -len(k)] in streets), None)
            if stem is None:
                continue
            self._as_short_form(i, m.span[1] - len(stem), full[stem])

    def _as_short_form(self, i: int, start: int, target: Mention) -> None:
        """Mention ``i``, printed from ``start``, names ``target`` for short."""
        end = self.mentions[i].span[1]
        self.mentions[i] = Mention(
            type=target.type, text=self.text[start:end], name=target.name, span=(start, end),
            rule=target.rule + ".short", code=target.code, in_gazetteer=target.in_gazetteer,
            hierarchy=target.hierarchy, aliases=(self.text[start:end],))

    def _community_start(self, unit_start: int, floor: int,
                         found: tuple[int, list[str]] | None) -> int | None:
        start = stem_left(self.text, unit_start, floor, "community")
        if found and (start is None or found[0] <= start or floor == found[0]
                      or self._parent_stem(self.text[start : found[0]], found[1])):
            return found[0]
        return None if start is None else self._after_place_stem(start, unit_start)

    def _parent_stem(self, lead: str, codes: list[str]) -> bool:
        """Is ``lead`` the bare stem of a place above the village it is printed before:
        its township (`镇隆楼下村`, 镇隆镇), county (`咸安双龙社区`, 咸安区) or city
        (`湛江盛和园社区`)? Then the village is named without it."""
        gz = self.gz
        for code in codes:
            if gz.prefecture_stems.get(lead) == code[:4] or \
                    gz.district_stems(code[:4]).get(lead) == code[:6] or \
                    township_stem(gz.names.get(code[:9], "")) == lead:
                return True
        return False

    def _after_place_stem(self, start: int, unit_start: int) -> int:
        """Start of a pattern name printed after the bare stem of its city or county:
        `荥阳刘沟村` (荥阳市) → 刘沟村; needs a home city."""
        gz, stem = self.gz, self.text[start:unit_start]
        stems = set(municipality_stems())  # 上海康城社区 → 康城社区
        home = self.stem_city
        if home:
            stems.update(gz.district_stems(home))
            stems.update(s for s, p in gz.prefecture_stems.items() if p == home)
        for n in (3, 2):
            if stem[:n] in stems and name_ok(stem[n:], "community"):
                return start + n
        for n in (4, 3, 2):
            # a street's bare stem: 大栅栏三井社区 (大栅栏街道) → 三井社区; one street in
            # the country, or one in the home city
            codes = gz.townships_with_stem(stem[:n])
            if (codes and name_ok(stem[n:], "community")
                    and ((n >= 3 and len(codes) == 1)
                         or any(c[:4] == home for c in codes))):
                return start + n
        return start

    def _compounds(self) -> None:
        text = self.text
        for m in _COMPOUND_RE.finditer(text):
            if text[m.end():].startswith(BAD_AFTER_UNIT[m.group()]):
                continue
            if _overlaps((m.start(), m.end()), self.taken):
                continue
            floor = self.floor(m.start())
            start = stem_left(text, m.start(), floor, "compound")
            if m.group() in NUMBERED_COMPOUND_UNITS:
                start = self._numbered_yard(m.start(), floor, start)
                community = self._community_yard(m.start(), floor) if start is None else None
                if community is not None:
                    # 联盟社区35号院: a community's yard by its number, named with it
                    self.add("compound", floor, m.end(), community + text[floor : m.end()],
                             "pattern.compound")
                    continue
            elif start is None and m.group() == "小区":
                start = self._numbered_compound(m.start(), floor)
            if start is None:
                continue
            if UNNAMED_COMPOUND_RE.search(text[start:m.start()]) \
                    or self._in_slogan(start, m.end()):
                continue  # 平川路一小区 (a compound on the road); 开展“扮靓小区”活动
            self.add("compound", start, m.end(), text[start : m.end()], "pattern.compound")
        self._estates()
        self._glued_forms("compound")
        self._street_prefixed_compounds()
        self._short_compound_forms()
        self._estate_villages()

    def _community_yard(self, unit_start: int, floor: int) -> str | None:
        """The community printed right before a yard's number alone (`联盟社区35号院`)."""
        if not (floor < unit_start and self.text[floor:unit_start].isdigit()):
            return None
        return next((m.text for m in self.mentions
                     if m.type == "community" and m.span[1] == floor
                     and m.text.endswith("社区")), None)

    def _numbered_compound(self, at: int, floor: int) -> int | None:
        """Start of a compound named by its number (`412小区`), if the digits before
        ``at`` are one and not a count (see NUMBERED_COMPOUND_RE)."""
        text = self.text
        for length in (4, 3):
            start = at - length
            if start >= floor and NUMBERED_COMPOUND_RE.fullmatch(text, start, at):
                before = text[start - 1 : start]
                if before.isdigit() or (before and before in COUNT_BEFORE_CHARS):
                    return None
                return start
        return None

    def _estates(self) -> None:
        """Compounds named XX家园 where the article calls one a compound: `万家家园是廉租房
        小区` (then `走进万家家园` too); see ESTATE_UNIT_RE."""
        text, spans, named = self.text, [], set()
        for m in ESTATE_UNIT_RE.finditer(text):
            if _overlaps((m.start(), m.end()), self.taken):
                continue
            start = stem_left(text, m.start(), self.floor(m.start()), "compound")
            if start is None or self._in_slogan(start, m.end()) \
                    or text[start - 1 : start] == "“":
                continue  # “美好家园”, “清洁家园 共建…”
            spans.append((start, m.end()))
            if ESTATE_CUE_AFTER_RE.match(text, m.end()) \
                    or text[:start].endswith(ESTATE_CUES_BEFORE):
                named.add(text[start : m.end()])
        for start, end in spans:
            if text[start:end] in named:
                self.add("compound", start, end, text[start:end], "pattern.compound")

    def _street_prefixed_compounds(self) -> None:
        """A compound printed after the bare stem of a street of the article is the
        compound printed without it: `东海海星小区` beside `丰泽东海海星小区` (东海街道;
        the second cut after the street's stem) is 海星小区."""
        stems = {township_stem(m.name) for m in self.mentions if m.type == "street" and m.code}
        names = {m.name: m for m in self.mentions if m.type == "compound"}
        for i, m in enumerate(self.mentions):
            if m.rule != "pattern.compound":
                continue
            stem = next((st for st in sorted(stems) if len(st) >= 2 and m.name.startswith(st)
                         and m.name[len(st):] in names), None)
            if stem is not None:
                self._as_short_form(i, m.span[0], names[m.name[len(stem):]])

    def _estate_villages(self) -> None:
        """A pattern 新村 named like a compound 新村小区 of the article is that estate,
        not a village: `马纺新村楼道` beside `马纺新村小区` (马鞍山)."""
        full = {m.name[:-2]: m for m in self.mentions
                if m.type == "compound" and m.name.endswith("新村小区")}
        for i, m in enumerate(self.mentions):
            if m.rule == "pattern.community" and m.name in full:
                self._as_short_form(i, m.span[0], full[m.name])

    def _numbered_yard(self, unit_start: int, floor: int, start: int | None) -> int | None:
        """Start of a compound `…N号院`: a road's (建设街12号院) or a unit's housing
        (公安局家属院106号院); None for a number after a verb (为了使266号院) or alone."""
        text = self.text
        digits = unit_start
        while digits > floor and text[digits - 1].isdigit():
            digits -= 1
        if digits == unit_start:
            return None  # 大院号院: no number
        if digits - 2 >= floor and text[digits - 1] in "—－-~～" and text[digits - 2].isdigit():
            # 颍河路166—171号院: a range of numbers, the road before the first
            return self._numbered_yard(digits - 1, floor,
                                       stem_left(text, digits - 1, floor, "compound"))
        word = next((w for w in HOUSING_WORDS if text.startswith(w, digits - len(w))), None)
        if word:  # 公安局家属院106号院 (the name's unit is 公安局)
            return stem_left(text, digits - len(word), floor, "compound")
        if start is not None and digits - start < 2:
            # 泰和路88号院 cut at the stop character 和 keeps its road up to a hard stop
            # (对面的泰和路88号院); 使266号院: one character is no road
            return self._road_start(start, unit_start, floor) \
                if text[start] in "路街巷道" else None
        return start

    def _road_start(self, at: int, unit_start: int, floor: int) -> int | None:
        text, start = self.text, at
        while start > max(floor, at - 5) and is_cjk(text[start - 1]) \
                and text[start - 1] not in HARD_STOP_CHARS:
            start -= 1
        return start if start < at and name_ok(text[start:unit_start], "compound") else None

    def _short_compound_forms(self) -> None:
        """A compound whose name ends the name of another compound of the article is
        that compound, named short: `福苑小区` after `幸福花开福苑小区`."""
        full = sorted({m.name for m in self.mentions if m.type == "compound"},
                      key=lambda n: (-len(n), n))
        for i, m in enumerate(self.mentions):
            if m.rule != "pattern.compound":
                continue
            name = next((n for n in full if len(n) > len(m.name) and n.endswith(m.name)), None)
            if name is None:
                continue
            target = next(t for t in self.mentions if t.type == "compound" and t.name == name)
            self._as_short_form(i, m.span[0], target)

    def _summarise(self) -> PlaceResult:
        explicit: dict[str, float] = {}
        implied: dict[str, float] = {}
        bare: dict[str, float] = {}
        order: dict[str, int] = {}
        lead = _LEAD_END.search(self.text, self.body_start)
        lead_end = lead.end() if lead else len(self.text)
        for m in self.mentions:
            if m.rule == "gazetteer.district.bare":
                target, name, w = bare, m.name, PRIMARY_WEIGHTS["bare"]
            elif m.type == "district":
                target, name, w = explicit, m.name, PRIMARY_WEIGHTS["mention"]
            elif m.type in ("street", "community") and m.code:
                district = ZONE_TOWNSHIPS.get(m.code[:9]) or next(
                    (p.name for p in m.hierarchy if p.level == "district"), None)
                if district is None:
                    continue
                target, name, w = implied, district, PRIMARY_WEIGHTS["implied"]
            else:
                continue
            s = m.span[0]
            if s < self.body_start:
                w += PRIMARY_WEIGHTS["headline"]
            elif s < lead_end and target is not bare:
                w += PRIMARY_WEIGHTS["lead"]
            target[name] = target.get(name, 0.0) + w
            order.setdefault(name, s)
        # A bare stem (`登封医生`, `自驾到荥阳五云山`) joins the districts named in full, or
        # else those implied by streets
        scores = explicit or implied
        for name, w in bare.items():
            scores[name] = scores.get(name, 0.0) + w
        districts = tuple(sorted(scores, key=lambda n: order[n]))
        primary = max(districts, key=lambda n: (scores[n], -order[n]), default=None)
        top = sorted(scores.values(), reverse=True)
        if len(top) > 1 and top[0] < PRIMARY_LEAD * top[1]:
            primary = None  # `茶陵县…攸县…天元区…`: a round-up of several districts
        return PlaceResult(tuple(self.mentions), districts, primary)


def resolve_places(text: str, body_start: int, home_city: str | None,
                   breaks: Iterable[int] = (), page_city: str | None = None) -> PlaceResult:
    """Places in ``text`` (headline + "\\n" + body, body from ``body_start``).
    ``breaks`` are offsets in ``text`` where a printed word break was squeezed out
    (headlines drop their spaces: `搬进新家过新年 社区邀…`); no name spans one.
    ``page_city``, the prefecture the page's places name when they decide no home city
    (:func:`kg.enrich.page_fallback_city`), picks among same-name districts and
    townships that neither the article's districts nor the home city decide (城厢街道:
    萧山区's on a page naming 萧山区, though four cities have one)."""
    return _Resolver(text, body_start, home_city, breaks, page_city).run()


def infer_home_city(texts: Iterable[str]) -> str | None:
    """The prefecture ("4101") whose districts and streets dominate a set of pages."""
    return decide_home_city(home_city_votes(texts))


def home_city_votes(texts: Iterable[str]) -> Counter[str]:
    """Prefectures ("4101") named unambiguously in ``texts``, with how often: summed over
    pages (in any order), they decide the home city as the pages read together would."""
    gz = load_gazetteer()
    votes: Counter[str] = Counter()
    for text in texts:
        for _s, _e, printed, _city in _district_hits(text, gz, None):
            codes = {c[:4] for c in gz.districts_named(printed)}
            if len(codes) == 1:
                votes[codes.pop()] += 1
        for _s, _e, printed, codes in _township_hits(text, gz):
            if len(township_stem(printed)) < 2:
                continue  # 东街道: too common a name to tell the city
            prefs = {c[:4] for c in codes}
            if len(prefs) == 1:
                votes[prefs.pop()] += 1
        votes.update(_prefectures_named(text, gz.prefecture_stems))
    return votes


_CITY_CHAR = re.compile("市(?!场)")  # (`大同市场` names no city)


def _prefectures_named(text: str, stems: dict[str, str]) -> list[str]:
    """Prefectures named in full at a clean left edge: `安徽省蚌埠市`, `在蚌埠市`."""
    out = []
    for m in _CITY_CHAR.finditer(text):
        at = m.start()
        for n in (4, 3, 2):
            code = stems.get(text[at - n : at]) if at >= n else None
            if code:
                prev = text[at - n - 1 : at - n]
                if not is_cjk(prev) or prev in "省" or prev in STOP_CHARS:
                    out.append(code)
                break
    return out


def paper_votes(page_text: str) -> Counter[str]:
    """Prefectures whose paper, named after its city, opens a dispatch on the page:
    `天门日报讯` (天门市, 4290), `太原晚报讯` (1401), one vote each."""
    gz = load_gazetteer()
    votes: Counter[str] = Counter()
    for line in page_text.splitlines():
        if (paper := PAPER_NAME_RE.match(line)) and DISPATCH_RE.match(line):
            stem = paper.group(1)
            codes = gz.districts_named(stem + "市")
            prefecture = gz.prefecture_stems.get(stem) or (
                codes[0][:4] if len(codes) == 1 else None)
            if prefecture:
                votes[prefecture] += 1
    return votes


def decide_home_city(votes: Counter[str]) -> str | None:
    """The prefecture with at least 3 votes and more than twice the runner-up's."""
    if not votes:
        return None
    (best, n), *rest = votes.most_common(2) + [("", 0)]
    return best if n >= 3 and n > 2 * rest[0][1] else None
