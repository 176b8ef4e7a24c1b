"""The administrative-division gazetteer: codes, names, parents and aliases for all China.

Data: ``kg/data/gazetteer/`` (built by ``scripts/build_gazetteer.py`` from NBS 2023 and
MCA 2025 tables; see SOURCES.md there). Counties and townships load at once (~0.2 s);
villages load per prefecture on first use.

>>> gz = load_gazetteer()
>>> [p.name for p in gz.chain("410103006")]
['五里堡街道', '二七区', '郑州市', '河南省']
>>> gz.districts_named("管城区")
('410104',)
"""

from __future__ import annotations

import lzma
import re
from collections import Counter, defaultdict
from functools import cached_property, lru_cache
from pathlib import Path

from kg.model import Place

__all__ = [
    "DATA_DIR",
    "Gazetteer",
    "GazetteerError",
    "county_and_above_names",
    "district_short_forms",
    "load_gazetteer",
    "township_stem",
    "village_stem",
]

DATA_DIR = Path(__file__).resolve().parent / "data" / "gazetteer"

# Township unit words, longest first; the stem is the name without one of them.
# 林山寨街道办事处 / 林山寨办事处 / 林山寨街道 all have the stem 林山寨; a renamed
# 侯寨乡 → 侯寨街道 keeps its stem.
TOWNSHIP_UNITS = ("街道办事处", "街道办", "办事处", "街道", "民族乡", "苏木", "镇", "乡")
# Village-level committee suffixes: 王庄村民委员会 → 王庄村, 春晖社区居委会 → 春晖社区.
VILLAGE_SUFFIXES = (
    ("社区居民委员会", "社区"),
    ("社区居委会", "社区"),
    ("居民委员会", "社区"),
    ("居委会", "社区"),
    ("村民委员会", "村"),
    ("村委会", "村"),
)
# Names of prefecture rows that are not real cities (北京 东城区 → 市辖区 → 北京市).
PSEUDO_CITIES = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
# Ethnic-autonomy infix dropped in short forms: 管城回族区 → 管城区,
# 长阳土家族自治县 → 长阳县, 鄂伦春自治旗 → 鄂伦春旗 is not produced (stem must stay ≥2).
_ETHNIC = re.compile(r"^(?P<stem>.{2,}?)(?:[\u4e00-\u9fff]{1,5}?族)*(?:自治)?(?P<unit>区|县|旗)$")
# Functional-zone short forms: 郑州经济技术开发区 → 经开区, 郑州高新技术产业开发区 → 高新区,
# 郑州航空港经济综合实验区 → 航空港区.
ZONE_SHORT = (
    ("经济技术开发区", "经开区"),
    ("高新技术产业开发区", "高新区"),
    ("经济综合实验区", "区"),
)


# Words of a functional zone's name: 高新技术产业开发区, 城乡一体化示范区, 郑东新区.
ZONE_WORDS = re.compile("开发|实验|示范|新区|管理|园区|合作区")


class GazetteerError(Exception):
    """The gazetteer data is missing or malformed."""


def township_stem(name: str) -> str:
    """五里堡街道 → 五里堡; 前程办事处 → 前程; 侯寨乡 → 侯寨."""
    for unit in TOWNSHIP_UNITS:
        if name.endswith(unit) and len(name) > len(unit):
            return name[: -len(unit)]
    return name


def village_stem(name: str) -> str:
    """Fold committee suffixes: 王庄村委会 → 王庄村, 明月社区居民委员会 → 明月社区."""
    for suffix, unit in VILLAGE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            return stem if stem.endswith(unit) else stem + unit
    return name


def district_short_forms(name: str, city_stem: str) -> tuple[list[str], list[str]]:
    """(global aliases, home-city-only aliases) of a county-level name.

    >>> district_short_forms("管城回族区", "郑州")
    (['管城区'], [])
    >>> district_short_forms("郑州经济技术开发区", "郑州")[1]
    ['经济技术开发区', '经开区', '郑州经开区']
    """
    glob: list[str] = []
    local: list[str] = []
    m = _ETHNIC.match(name)
    if m and m.group("stem") + m.group("unit") != name:
        glob.append(m.group("stem") + m.group("unit"))
    if city_stem and name.startswith(city_stem) and len(name) > len(city_stem) + 2:
        bare = name[len(city_stem):]
        local.append(bare)
        for long, short in ZONE_SHORT:
            if bare.endswith(long):
                short_form = bare[: -len(long)] + short
                if len(short_form) >= 3:
                    local.append(short_form)
                    local.append(city_stem + short_form)
    return glob, local


def _city_stem(name: str) -> str:
    for unit in ("地区", "自治州", "盟", "市"):
        if name.endswith(unit) and len(name) > len(unit) + 1:
            return name[: -len(unit)]
    return ""


def _level(code: str) -> str:
    if len(code) == 12:
        return "community"
    if len(code) == 9:
        return "street"
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "district"


class Gazetteer:
    """Names, parents and aliases of divisions, with lookups by printed name."""

    def __init__(self, directory: Path = DATA_DIR) -> None:
        self.directory = directory
        path = directory / "divisions.tsv.xz"
        try:
            text = lzma.decompress(path.read_bytes()).decode("utf-8")
        except (OSError, lzma.LZMAError) as exc:
            raise GazetteerError(f"{path}: cannot read gazetteer ({exc})") from exc
        self.names: dict[str, str] = {}
        self.parents: dict[str, str] = {}
        self.alt_codes: dict[str, str] = {}
        self._districts: dict[str, list[str]] = defaultdict(list)  # name/alias → codes
        self._local: dict[tuple[str, str], list[str]] = defaultdict(list)  # (pref, alias)
        self._stems: dict[str, list[str]] = defaultdict(list)  # township stem → codes
        self.aliases: dict[str, tuple[str, ...]] = {}
        township_rows = []
        for n, line in enumerate(text.splitlines(), 1):
            parts = line.split("\t")
            if len(parts) != 5:
                raise GazetteerError(f"{path}: line {n}: expected 5 fields")
            code, name, parent, aliases, alts = parts
            self.names[code] = name
            self.parents[code] = parent
            if aliases:
                self.aliases[code] = tuple(aliases.split("|"))
            for alt in alts.split("|") if alts else ():
                self.alt_codes.setdefault(alt, code)
            if len(code) == 9:
                township_rows.append(code)
        for code, name in self.names.items():
            if len(code) == 6 and _level(code) == "district":
                city = self.names.get(self.parents[code], "")
                glob, local = district_short_forms(name, _city_stem(city))
                for key in (name, *glob, *self.aliases.get(code, ())):
                    self._districts[key].append(code)
                for key in local:
                    self._local[code[:4], key].append(code)
        # A county made a district keeps its old name in older text: 淮阳县 (淮阳区 since
        # 2019), 孟津县 (孟津区, 2021). Read so in the paper's own city only, where no unit
        # bears that name (朝阳县 is one of its own), and not for zones (高新区 was never a
        # county).
        self.former_names: set[str] = set()
        for code, name in self.names.items():
            former = name[:-1] + "县"
            if len(code) == 6 and _level(code) == "district" and name.endswith("区") \
                    and len(name) >= 3 and not ZONE_WORDS.search(name) \
                    and former not in self._districts:
                self.former_names.add(former)
                self._local[code[:4], former].append(code)
        # A name with no township unit that several townships share is a kind, not a
        # stem: `社区` (four units of 运城), `城区`, `经济开发区`; `在社区街道上` names no
        # street (a unit-less name of one place stays one: `新密市伏羲山风景区辖区`).
        unitless = Counter(name for code in township_rows
                           if township_stem(name := self.names[code]) == name)
        for code in township_rows:
            stems = {township_stem(self.names[code])}
            stems.update(township_stem(a) for a in self.aliases.get(code, ()))
            stems -= {stem for stem in stems if unitless[stem] > 1}
            for stem in stems:
                if stem:  # one character too: 东街道 (淮北 相山区); places.py decides
                    self._stems[stem].append(code)
        self._villages: dict[str, dict[str, list[str]]] = {}
        self._with_villages: dict[str, frozenset[str]] = {}
        self._district_stems: dict[str, dict[str, str]] = {}  # per prefecture, on first use
        self._local_keys: dict[str, dict[str, tuple[str, ...]]] = {}  # the same

    # -- codes and hierarchy -------------------------------------------------
    def canonical(self, code: str) -> str | None:
        """The NBS code for a code (MCA alt codes map to NBS: 410108015 → 410108005)."""
        if code in self.names:
            return code
        if len(code) == 12:
            self.villages(code[:4])
            return code if code in self.names else None
        return self.alt_codes.get(code)

    def place(self, code: str) -> Place:
        return Place(code=code, name=self.names[code], level=_level(code))

    def chain(self, code: str) -> tuple[Place, ...]:
        """The place and its parents up to the province, nearest first."""
        canon = self.canonical(code)
        out: list[Place] = []
        seen: set[str] = set()
        while canon and canon not in seen:  # (a unit listed as its own parent ends it)
            seen.add(canon)
            name = self.names[canon]
            if not (len(canon) == 6 and _level(canon) == "city" and name in PSEUDO_CITIES):
                out.append(self.place(canon))
            canon = self.parents.get(canon) or (canon[:9] if len(canon) == 12 else "")
        return tuple(out)

    def district_of(self, code: str) -> str | None:
        canon = self.canonical(code)
        if canon and len(canon) >= 6 and _level(canon[:6]) == "district":
            return canon[:6]
        return None

    # -- lookups by name -----------------------------------------------------
    def districts_named(self, name: str, home_city: str | None = None) -> tuple[str, ...]:
        """County-level codes for a printed name (管城区 → 410104); home-city-only short
        forms (经开区 → 410171) need ``home_city`` ("4101")."""
        codes = list(self._districts.get(name, ()))
        if home_city:
            codes += [c for c in self._local.get((home_city, name), ()) if c not in codes]
        return tuple(codes)

    def local_district_keys(self, home_city: str) -> dict[str, tuple[str, ...]]:
        """A prefecture's home-only district names (经开区 → 410171), computed once per
        prefecture (places asks for them per article)."""
        cached = self._local_keys.get(home_city)
        if cached is None:
            cached = self._local_keys[home_city] = {
                k[1]: tuple(v) for k, v in self._local.items() if k[0] == home_city}
        return cached

    def district_stems(self, prefecture: str) -> dict[str, str]:
        """Bare stems of a prefecture's county-level units: 二七 → 410103, 管城 → 410104
        (used only in fixed frames such as 二七分局). Computed once per prefecture: it
        scans every name, and places asks for it per article."""
        cached = self._district_stems.get(prefecture)
        if cached is not None:
            return cached
        out: dict[str, str] = {}
        for code, name in self.names.items():
            if len(code) == 6 and code[:4] == prefecture and _level(code) == "district":
                m = _ETHNIC.match(name)
                stem = m.group("stem") if m else name[:-1] if name.endswith("市") else ""
                if len(stem) >= 2 and not stem.startswith(_city_stem(self.names[code[:4] + "00"])):
                    out[stem] = code
        self._district_stems[prefecture] = out
        return out

    def district_keys(self) -> dict[str, list[str]]:
        return self._districts

    @cached_property
    def prefecture_stems(self) -> dict[str, str]:
        """Prefectures by the stem of their name: 宝鸡 → 6103, 淄博 → 3703 (computed once)."""
        return {stem: code[:4] for code, name in self.names.items()
                if len(code) == 6 and _level(code) == "city" and (stem := _city_stem(name))}

    def townships_with_stem(self, stem: str) -> tuple[str, ...]:
        """Township codes whose name (or alias) has this stem: 迎宾路 → (410108005,)."""
        return tuple(self._stems.get(stem, ()))

    def villages(self, prefecture: str) -> dict[str, list[str]]:
        """Name → village codes for one prefecture ("4101"), loaded on first use."""
        index = self._villages.get(prefecture)
        if index is None:
            index = defaultdict(list)
            path = self.directory / "villages" / f"{prefecture}.tsv.xz"
            if path.exists():
                text = lzma.decompress(path.read_bytes()).decode("utf-8")
                for line in text.splitlines():
                    code, name = line.split("\t")
                    self.names[code] = name
                    index[name].append(code)
            self._villages[prefecture] = index
        return index

    def villages_named(self, name: str, prefecture: str) -> tuple[str, ...]:
        return tuple(self.villages(prefecture).get(village_stem(name), ()))

    def with_villages(self, prefecture: str) -> frozenset[str]:
        """Township codes of one prefecture that have villages listed under them: the
        NBS's townships (a township only the MCA's list adds has none)."""
        found = self._with_villages.get(prefecture)
        if found is None:
            found = frozenset(c[:9] for codes in self.villages(prefecture).values()
                              for c in codes)
            self._with_villages[prefecture] = found
        return found


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once."""
    return Gazetteer()


@lru_cache(maxsize=1)
def county_and_above_names() -> frozenset[str]:
    """Provinces, cities and counties, named whole or without their unit (`烟台市`, `烟台`,
    `蓬莱`): where a byline says its story was filed from (`烟台报道`), the place a
    headline opens with (`乌鲁木齐：…`)."""
    names = (name for code, name in load_gazetteer().names.items() if len(code) == 6)
    return frozenset(stem for name in names for stem in (name, name.rstrip("省市区县"))
                     if len(stem) >= 2)
