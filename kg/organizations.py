"""Government and party bodies and public institutions: `涧西区人社局`, `共青团洛阳市委`.

A body is found by its suffix (`局`, `区委`, `办事处`, `中心`, `小学` …, see
``entity_rules.ORGANIZATION_SUFFIXES``) and extended left over the words of its name
(place names, other bodies: `洛龙区城市综合执法局开元路执法中队`) until a verb, a
particle or punctuation. It must carry a proper part (a place or a name), so generic
`街道党工委` is dropped. The left walk (`name_start`) is shared with the other finders.

Candidates may overlap (`entities.resolve_overlaps` keeps the longest):

>>> [c.text for c in find_organizations("近日，涧西区工信局机关党支部开展活动。", None)]
['涧西区工信局', '涧西区工信局机关党支部']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg import entity_rules as R
from kg.tokenizer import PROPER_POS, pos_tokenizer

__all__ = ["Candidate", "find_organizations", "is_proper", "is_stop", "name_start",
           "tokens_before"]

# A run of CJK, Latin letters and digits: names never cross punctuation or line breaks.
_BREAK = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9·]")
_NAME_CHAR_POS = frozenset({"t", "d", "f", "q", "r"})
_MAX_ORG = 26  # `洛龙区城市综合执法局开元路执法中队` is 17 characters
_SUFFIX = re.compile("|".join(sorted(map(re.escape, R.ORGANIZATION_SUFFIXES), key=len,
                                     reverse=True)))
# (a pattern of their own: in the one above they would slow every search sevenfold)
_SHORT_FORM = re.compile(f"{R.ORGANIZATION_SHORT_OFFICES}|(?P<numbered>{R.ORGANIZATION_NUMBERED})"
                         f"|(?P<commission>{R.ORGANIZATION_COMMISSIONS})")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PARTY_COMMITTEES = ("省委", "市委", "区委", "县委")
_LANE_TAIL = re.compile(R.ORGANIZATION_LANE_TAILS)
# The Youth League's committee of a level, short for 共青团X委: `由周口市文明办、团市委主办`.
_YOUTH_LEAGUE = re.compile("团[省市区县]委")
_ROAD = re.compile(R.ORGANIZATION_ADDRESS_ROADS)
# A short office's task right after its level, read whole although its words stop a
# name elsewhere: `记者随市创建办工作人员` (创建 "build" governs a name: `创建文明城市`).
_LEVEL_TASK = re.compile(r"[省市区县]委?[\u4e00-\u9fff]{1,4}$")
# A community or village named right after a short 办 makes it a street office (办事处):
# `上街区中心办吉祥社区`, not `区创建办到社区检查` (a verb between).
_COMMUNITY_AFTER = re.compile(r"([\u4e00-\u9fff]{1,5}?)(?:社区|村)")


def _street_office(text: str, end: int) -> bool:
    m = _COMMUNITY_AFTER.match(text, end)
    return bool(m) and not any(
        is_stop(w, f) or f.startswith("v") for w, f in pos_tokenizer().lcut(m.group(1), HMM=False))


@dataclass(frozen=True)
class Candidate:
    """A raw finding before conflicts are resolved: offsets into the article text."""

    type: str
    start: int
    end: int
    text: str
    name: str
    rule: str
    aliases: tuple[str, ...] = ()


def tokens_before(text: str, end: int, limit: int) -> list[tuple[str, str]]:
    """POS-tagged words of the run that ends at `end` (at most `limit` characters)."""
    start = max(0, end - limit)
    breaks = [b.end() for b in _BREAK.finditer(text, start, end)]
    if breaks:
        start = breaks[-1]
    if start >= end:
        return []
    return [(w, f) for w, f in pos_tokenizer().lcut(text[start:end], HMM=False)]


def is_stop(word: str, flag: str) -> bool:
    """Does this tagged word end a name walking left (a verb, particle, punctuation)?"""
    if word in R.NAME_INNER_PARTICLES:
        return False
    if word in R.NAME_STOP_WORDS:
        return True
    if flag == "x":  # punctuation stops; a rare character the tagger does not know does not
        return not ("\u4e00" <= word[0] <= "\u9fff")
    if flag in R.NAME_STOP_POS:
        # a lone character of an unknown name keeps its dictionary tag: `小/水/清`,
        # `方/特/梦幻王国`; only function words stop there
        return not (len(word) == 1 and flag in _NAME_CHAR_POS)
    if flag == "m" and len(word) >= 2 and word[-1] in R.NAME_COUNT_UNITS:
        return True  # `十多家公司`, `多名志愿服务队`: a count, not a name
    return any(c.isdigit() for c in word)  # `5所`, `7家`: counts end a name


def name_start(text: str, end: int, limit: int, extra_stops: frozenset[str] = frozenset(),
               inner_and: bool = False,
               governed: bool = True) -> tuple[int, list[tuple[str, str]]]:
    """Where a name ending at `end` begins: walk left over words until a stop word.

    Returns the start offset and the words taken (left to right). Stop words are in
    ``entity_rules`` (`联合`, `走访`, `的`, `近日` …). With `inner_and` a 和 inside a
    body's name is crossed when a proper name stands left of it: `洛龙区建设和交通局`,
    `洛阳市自然资源和规划局`. With `governed` a verb governing a proper name ends the
    walk (see ``_governs``); event titles keep their verbs: `特色产业赋能乡村振兴论坛`.
    """
    taken: list[tuple[str, str]] = []
    tokens = tokens_before(text, end, limit)
    for i in range(len(tokens) - 1, -1, -1):
        word, flag = tokens[i]
        if inner_and and word in R.NAME_INNER_WORDS and taken:
            taken.append((word, flag))
            continue
        if _inner_adverb(tokens, i, taken):
            taken.append((word, flag))
            continue
        if _glued_verb(tokens, i, taken):
            taken.append((word[2:], "nz"))  # `金湾社区/联合社/彩…`: 联合 + 社彩…
            break
        if is_stop(word, flag) or word in extra_stops or _date_unit(tokens, i) or \
                (governed and _governs(word, flag, taken)) or \
                (word in R.NAME_STOPS_BEFORE_PLACE and taken and taken[-1][1] == "ns"):
            break
        taken.append((word, flag))
    taken.reverse()
    # a 和 joins two names, not two words of one name, when no proper name stands left
    # of it, when a whole body ends left of it (`财政局和区税务局`) or a place starts
    # right of it (`附属医院和西工区实验小学`)
    for i in range(len(taken) - 1, -1, -1):
        if taken[i][0] in R.NAME_INNER_WORDS and inner_and:
            left, right = taken[:i], taken[i + 1:]
            if not left or not is_proper(left) or _ends_body(left[-1][0]) or \
                    right[0][1] == "ns" or right[0][0][0] in "区市县" or \
                    right[0][0][-1] in R.PLACE_CHARS:
                taken = right
                break
    while len(taken) > 1 and taken[0][1] in ("l", "i"):  # idioms: `不挑不拣`
        taken.pop(0)
    return end - sum(len(w) for w, _ in taken), taken


def _date_unit(tokens: list[tuple[str, str]], i: int) -> bool:
    """A date's unit after its digits: `7月19日/安徽省商务厅` (not `水/月/寺街道`)."""
    return tokens[i][0] in ("日", "月", "年") and i > 0 and tokens[i - 1][0].isdigit()


def _inner_adverb(tokens: list[tuple[str, str]], i: int,
                  taken: list[tuple[str, str]]) -> bool:
    """Is the adverb at ``i`` a character of an unknown name: single characters on both
    sides, `新/都/汇/社区` (see ``entity_rules.NAME_INNER_ADVERBS``)?"""
    if tokens[i][0] not in R.NAME_INNER_ADVERBS or not taken or i == 0:
        return False
    left, right = tokens[i - 1], taken[-1]
    return (len(left[0]) == 1 and len(right[0]) == 1 and "\u4e00" <= left[0] <= "\u9fff"
            and left[0] not in R.NAME_STOP_WORDS and right[0] not in R.NAME_STOP_WORDS
            and (right[0] not in R.PLACE_CHARS or right[0] in R.NAME_INNER_ADVERB_UNITS))


def _glued_verb(tokens: list[tuple[str, str]], i: int,
                taken: list[tuple[str, str]]) -> bool:
    """Does the word at ``i`` glue a governing verb to the first character of the name
    after it, right after a place: `金湾社区/联合社/彩社会工作服务中心` (联合 + 社彩…)?"""
    word = tokens[i][0]
    return (len(word) > 2 and word[:2] in R.NAME_STOP_WORDS and bool(taken) and i > 0
            and word not in R.NAME_STOP_WORDS and tokens[i][1] not in R.NAME_STOP_VERB_POS
            and len(tokens[i - 1][0]) >= 2 and tokens[i - 1][0][-1] in R.PLACE_CHARS)


def _governs(word: str, flag: str, taken: list[tuple[str, str]]) -> bool:
    """Does `word` end a name on its left although it may stand inside one: a verb
    governing the proper name right of it (`提起湖北路办事处`), or a venue followed by
    a locative `中` (`新科技市场中建国信勘测规划有限公司`)? `taken` runs right to left."""
    if not taken:
        return False
    if flag in R.NAME_STOP_VERB_POS and len(word) >= 2 and len(taken) == 1 and \
            taken[0][0] in R.ORGANIZATION_LEVEL_WORDS:
        # `将加梯工作列为市政府十大…`: the level word right before the suffix starts the
        # body (a zone's verb stays: `产业集聚区道北社区党支部`)
        return True
    if flag in R.NAME_STOP_VERB_POS and len(word) >= 2 and \
            taken[-1][0] in R.ORGANIZATION_GENERIC_UNITS:
        return True  # `青松路社区巧用小区党支部`: the verb's object is a kind of estate
    if flag in R.NAME_STOP_VERB_POS and len(word) >= 2 and is_proper(taken[::-1]):
        # a lone character right of the verb may end its word: `集聚/区/道/北社区`,
        # `如意/湖/街道`; two of them are an unknown name: `赶到/虎/台/办事处`
        right = taken[-1][0]
        return len(right) > 1 or (right not in R.PLACE_CHARS and len(taken) > 1
                                  and len(taken[-2][0]) == 1)
    return word.endswith(R.NAME_VENUE_WORDS) and taken[-1][0] == "中"


def _ends_body(word: str) -> bool:
    return word.endswith(R.ORGANIZATION_SUFFIXES)


_PLACE_START = re.compile(r"[\u4e00-\u9fff]{2,5}?[省市区县]")
_PLURAL_BEFORE = re.compile("(?:" + "|".join(R.ORGANIZATION_PLURAL_BEFORE)
                            + ")[区县市乡镇]{0,3}$")
_TASK_STOP_POS = R.NAME_STOP_POS | {"m", "t"}


def _task_body_start(text: str, start: int, limit: int) -> int | None:
    """Where a body named after its task begins: the place before the task's words
    (`郑州市/生活/垃圾/分类/工作/推进/领导小组办公室`), or None when no place starts
    it or a function word or governing verb (`成立`) comes first."""
    tokens = tokens_before(text, start, limit)
    place = None
    for i in range(len(tokens) - 1, -1, -1):
        word, flag = tokens[i]
        if flag == "ns" and word[-1] in "省市区县":
            place = i  # and on over places before it: `河南省郑州市`
            continue
        if place is not None or flag in _TASK_STOP_POS or \
                (word in R.NAME_STOP_WORDS and word not in R.ORGANIZATION_TASK_VERBS):
            break
    if place is None:
        return None
    return start - sum(len(w) for w, _ in tokens[place:])


def is_proper(words: list[tuple[str, str]]) -> bool:
    """Does a name's first part hold a place or a proper name (not only generic words)?"""
    if not words:
        return False
    if "".join(w for w, _ in words).startswith(R.ORGANIZATION_CENTRAL_BODIES):
        return True  # `农业农村部办公厅`: a ministry names itself
    if all(w in R.ORGANIZATION_GENERIC_PREFIXES or w in R.ORGANIZATION_GENERIC_UNITS
           for w, _ in words):
        return False  # `街道党工委`, `小区党支部`
    # characters the dictionary does not know as a word come one by one: `丰/李`, `翠/云`
    singles: list[str] = []
    for w, f in words:
        singles = singles + [f] if len(w) == 1 and w not in R.PLACE_CHARS else []
        if len(singles) >= 2 and any(f != "v" for f in singles) and \
                any(f != "a" for f in singles):  # not `送/去/政府`, `老/旧/小学楼`
            return True
    for i, (w, f) in enumerate(words):
        if f in PROPER_POS and \
                w not in R.ORGANIZATION_GENERIC_PREFIXES:
            return True
        if len(w) >= 2 and w[-1] in R.PLACE_CHARS and w not in R.ORGANIZATION_GENERIC_PREFIXES \
                and not (i == 0 and w in R.ORGANIZATION_GENERIC_UNITS):
            # a kind of estate names nothing when it comes first: `小区/脏乱差/引/居民/
            # 不满/办事处` (a headline's two lines joined), while `台胞/小区/社区` is proper
            return True
    return False


def _is_place(word: str, flag: str) -> bool:
    """A place word: `黄河` (ns), `香坊吴村`, `城区`, or a lone unit such as `村`."""
    return flag == "ns" or word[-1] in R.PLACE_CHARS


def _trim_words(words: list[tuple[str, str]], chars: int) -> list[tuple[str, str]]:
    """Drop the first `chars` characters' worth of words (whole words only)."""
    while words and chars > 0:
        chars -= len(words[0][0])
        words = words[1:]
    return words


def _description_end(words: list[tuple[str, str]]) -> int:
    """How many leading words describe the body rather than name it: an apposition head
    (`包联单位/市林茶局`) or an address up to a district (`汉阳/路/拐入/川汇区…`)."""
    cut = 0
    for i, (w, _f) in enumerate(words[:-1]):
        if w in R.ORGANIZATION_APPOSITION_HEADS:
            cut = i + 1
    for i in range(len(words) - 1, cut, -1):
        w, f = words[i]
        if len(w) >= 3 and w[-1] in "区县市" and f == "ns" and \
                _ROAD.search("".join(x for x, _ in words[cut:i])):
            return i
    return cut


def _suffix_matches(text: str) -> list[re.Match]:
    """The suffixes in `text`, then the short forms outside them (`街道办事处` holds no
    `街道办`, `办公室` no `办`), in text order."""
    found = list(_SUFFIX.finditer(text))
    ends = [m.end() for m in found]
    for m in _SHORT_FORM.finditer(text):
        i = bisect.bisect_right(ends, m.start())
        if i == len(found) or found[i].start() >= m.end():
            found.insert(i, m)
            ends.insert(i, m.end())
    return found


def find_organizations(text: str, primary_district: str | None) -> list[Candidate]:
    """Every government or party body or public institution named in `text`."""
    out: list[Candidate] = []
    for m in _suffix_matches(text):
        s, e = m.span()
        suffix = m.group()
        if (s and text[s - 1] in R.ORGANIZATION_NOT_BEFORE.get(suffix, "")) or \
                text.startswith(R.ORGANIZATION_NOT_AFTER.get(suffix, ()), e) or \
                text.startswith(R.ORGANIZATION_COMPOUND_TAILS, e) or \
                text.startswith(R.ORGANIZATION_KIND_TAILS, e) or _LANE_TAIL.match(text, e):
            continue
        if m.re is _SHORT_FORM and not (s and _CJK.match(text, s - 1)):
            continue  # a short form names nothing alone: `、街道办等`, `“六小”`, `各镇(办)`
        if suffix == "办" and _street_office(text, e):
            continue  # (before the walk, which costs more)
        if suffix in R.ORGANIZATION_NEEDS_AFTER and e < len(text) and \
                not _BREAK.match(text, e) and \
                not text.startswith(R.ORGANIZATION_NEEDS_AFTER[suffix], e):
            continue  # `居民学会了分类`: the verb, not a society
        # a longer suffix of the same body continues right: `执法局开元路执法中队`
        start, words = name_start(text, s, _MAX_ORG - len(suffix), inner_and=True)
        if suffix == "办" and start == s:
            task = _LEVEL_TASK.search(text, max(0, s - 6), s)
            if task:
                start = task.start()
                words = [(w, f) for w, f in pos_tokenizer().lcut(text[start:s], HMM=False)]
        if suffix in R.ORGANIZATION_STANDALONE_SUFFIXES:
            # a school is no part of the bureau before it: `中建五局洛阳理工学院附属中学`
            inner = [x.end() for x in _SUFFIX.finditer(text, start, s)
                     if x.group() not in R.ORGANIZATION_STANDALONE_SUFFIXES
                     and x.end() < s]  # `郑州市中心医院`: 中心 is no body there
            # unless only a generic word follows it: `郑州铁路局中心医院` is the
            # bureau's hospital, not `中心医院`
            rest = _trim_words(words, inner[-1] - start) if inner else []
            if inner and is_proper(rest):
                words, start = rest, inner[-1]
        if text.startswith(R.ORGANIZATION_TASK_HEADS, start) and not is_proper(words):
            task = _task_body_start(text, start, _MAX_ORG - (e - start))
            if task is not None:
                start = task
                words = [(w, f) for w, f in pos_tokenizer().lcut(text[task:s], HMM=False)]
        cut = _description_end(words)
        if cut:
            start += sum(len(w) for w, _ in words[:cut])
            words = words[cut:]
        if _PLURAL_BEFORE.search(text, max(0, start - 4), start):
            continue  # `各区市综合行政执法局`: each district's bureau, a kind of body
        if words and words[-1][0] in R.ORGANIZATION_PLURAL_WORDS:
            continue  # `乡镇街道办事处`: a kind of body
        if suffix in R.ORGANIZATION_PLACE_MIDDLES and words and _is_place(*words[-1]):
            continue  # `北至黄河中心`: the middle of a river, not a body
        printed = text[start:e]
        named = printed[:-len(suffix)] if suffix in R.ORGANIZATION_CUE_BUREAUS else printed
        if any(cue in printed and not named.endswith(cue)
               for cue in R.ORGANIZATION_ENTERPRISE_CUES):
            continue
        if start and text[start - 1] in R.ORGANIZATION_QUOTE_OPENERS and \
                text.startswith(R.ORGANIZATION_QUOTE_CLOSERS, e):
            continue  # a body printed alone in quotes is an epithet: `“明星乡镇办事处”`
        prefix = text[start:s]
        level = prefix[:1] in ("区", "市", "县", "省") and not prefix.startswith(R.LEVEL_NOUNS)
        if (suffix == "办" or m.lastgroup) and not level and \
                not any(_is_place(w, f) for w, f in words) and \
                not prefix.endswith(_PARTY_COMMITTEES):  # `二七区委社治委`
            continue  # a section of the body itself: `工信科…；党建办浅谈了…`; `门前三小`
        if level and (start == 0 or text[start - 1] not in "社街镇乡村"):
            # `区人社局`, `县政府`, `县失业处`: a level word, then the body
            name, aliases = printed, ()
            if prefix[0] in R.REGION_PREFIXES and primary_district:
                name, aliases = primary_district + printed[1:], (printed,)
            out.append(Candidate("organization", start, e, printed, name,
                                 "organization.level", aliases))
        elif prefix and (is_proper(words) or _PLACE_START.match(printed)) or \
                printed.startswith(("共青团", "中共")) or _YOUTH_LEAGUE.fullmatch(printed):
            out.append(Candidate("organization", start, e, printed, printed,
                                 "organization.suffix"))
    return out
