"""Bylines: who wrote, reported and photographed an article.

A byline is role words followed by names, with an optional tail:
`记者 王建国 通讯员 李晓梅 陈思远 文/图`, `(记者 周海涛 通讯员 王建孙立华)`,
`本报记者 刘文博 摄`. Names that OCR ran together (`王建孙立华`) are split with a
surname table and name-length rules; a three-character name (`孙立新`) stays one.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from importlib import resources

from .gazetteer import county_and_above_names
from .place_names import is_cjk
from .place_rules import HARD_STOP_CHARS, function_words
from .rules import (
    BYLINE_TAILS,
    CITIZEN_REPORTERS,
    CJK,
    CREDIT_PREFIXES,
    CREDIT_UNITS,
    DISPATCH_RE,
    LEAD_MARKS,
    OUTLET_KIND_WORDS,
    OUTLET_RE,
    PHOTO_TAILS,
    REPORTER_LABELS,
    ROLE_STARTS_RE,
    ROLE_WORDS,
)

__all__ = ["ROLE_RE", "ROLE_START_RE", "BylineName", "bare_credit_line", "glued_bracket",
           "is_byline_line", "leading_byline", "parse_byline", "split_names", "surnames",
           "trailing_bare_credit", "trailing_byline"]

# A role word (`本报记者`, `通讯员`, `特约摄影`; ROLE_WORDS) and where one may begin.
ROLE_RE = re.compile("|".join(f"(?P<r{i}>{pattern})" for i, (pattern, _) in
                               enumerate(ROLE_WORDS)))
_ROLES = "|".join(pattern for pattern, _ in ROLE_WORDS)
ROLE_START_RE = re.compile(ROLE_STARTS_RE)
_OUTLET_RE = re.compile(OUTLET_RE)
# A paper's nickname or a media group's name we do not know before 记者, opening a
# byline: `海都记者 袁丽群/文` (海峡都市报, which sets a letter before it: `N海都记者 袁丽群/文
# 关铭荣/图`), `长城新媒体记者 张晨光 周亚彬 报道`, `邯郸新闻传媒中心记者 王梦洁`, a paper's
# publisher and its app (`泰安日报社·最泰安全媒体记者 张芮`); a name must follow. Not
# readers who report for a paper: `市民记者 班计划`.
_NICKNAME_REPORTER = re.compile(rf"(?:(?<![A-Za-z])[A-Z])?[{CJK}·・]{{2,14}}?(?:首席)?记者"
                                rf"(?<!{')(?<!'.join(w + '记者' for w in CITIZEN_REPORTERS)})"
                                rf"(?=[ \u3000]*[{CJK}])")
# A credit before a role word (`图/记者 李四`); which one matched tells whether it
# makes photographers.
_CREDIT_RE = re.compile("(?:" + "|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _) in
                                         enumerate(CREDIT_PREFIXES))
                        + rf")(?=[\s:：]*(?:{_ROLES}))")
# ... or before names with no role word: `文/王敬怡 图/姜晓龙`, `作者：李明 摄影：张华`
# (text credits nobody, the picture its photographer; text and pictures together, as
# `图/文孙海卢志平` or `X 文/图`, nobody either).
_LABEL_CREDIT_RE = re.compile(rf"(?:图[/／]文|文[/／]图|(?:作者|文|(图|摄影|摄))\s*[/／:：])"
                              rf"\s*(?=[{CJK}]{{2}})(?!{_ROLES})")
# One character of a two-character name set apart from the other: `付 生`.
_SPACED_CHAR = re.compile(rf"[ \u3000]+([{CJK}])(?![{CJK}])")
# Names credited with the picture after a text credit: `谷长乐文 周甬 图` (`… 周甬/图`).
_PHOTO_CREDIT_AFTER = re.compile(rf"\s+[{CJK}]{{2,4}}\s*[/／]?图")
# A credit OCR ran into the last name: `刘文博摄`, `李晨翀报道`.
_GLUED_TAIL = re.compile("(?:摄影报道|摄影|摄|报道)$")
# A picture agency credited after the photographer: `本报记者 颜维琦摄/光明图片`.
_AGENCY_TAIL = re.compile(rf"[/／][{CJK}]{{2,6}}(?:图片|视觉)\s*$"
                          # ... or the pictures' source, no credit of ours: `本报记者肖曦图据
                          # 受访者`, `记者 王敏 受访者供图`
                          r"|\s*(?:图片?(?:据|由)受访者(?:提供)?|受访者供图)\s*$")
# Names and 摄, no role word (see _photo_credit).
_PHOTO_CREDIT = re.compile(rf"[\s(（{LEAD_MARKS}]*([{CJK}]{{2,4}}(?:[\s、，,]+[{CJK}]{{2,4}})*)"
                           rf"(?:[\s/／]+(?:摄影报道|摄影|摄)|摄影报道)[\s)）]*")
# ... or glued to 摄 inside brackets, which a column may have wrapped: `(小汤` / `摄)`,
# `(胡建华 许玉芬 厉娜摄)`.
_BRACKET_PHOTO_NAMES = rf"(?:[{CJK}]{{2,8}}[\s、]+){{0,3}}[{CJK}]{{2,8}}"  # (`许玉芬厉娜摄`)
_BRACKET_PHOTO = re.compile(rf"\s*[(（]({_BRACKET_PHOTO_NAMES})摄[)）]\s*")
# ... and names credited with the text (and picture) and no role word, a contributor's
# credit on its own line: `邹凯 文/图`, `□冷鹏刘丹 文/图`, `王敏 文`. The names are read
# (so the line is no headline) but hold none of our roles, a reporter being credited as
# 记者; `张萌 文/摄` credits a photographer, as 摄 does.
_TEXT_CREDIT = re.compile(rf"[\s{LEAD_MARKS}]*([{CJK}]{{2,4}}(?:[\s、，,]+[{CJK}]{{2,4}})*)"
                          rf"[\s/／]+(文\s*[/／]\s*图|文\s*[/／]\s*摄|文图|文)\s*")
# A pen name's first character before a surname: `小汤`, `老李`.
_PEN_NAME_MARKS = "小老"
# Spaces, list marks, lead marks and the brackets a byline may stand in:
# `（记者 张三 通讯员 李四）`, `□晚报记者 徐松`, `记者/张三`; a bar after the role word,
# as a credit block sets it: `记者|李莉`, `记者|王金刚 编辑|苗欣` (丨 a character that
# looks like it: `记者丨王金刚` read 丨王金刚).
_SEPARATORS = re.compile(rf"[\s、，,:：;；·/／()（）\[\]【】|｜丨{LEAD_MARKS}]*")
_NAME_RUN = re.compile(rf"[{CJK}]+")
# Role words set letter-spaced, as a justified line prints them: `记 者 王 博`, `■本报记者
# 王 翟` / `通 讯 员 吴红波 李雪晖`.
_SPACED_ROLE_WORDS = ("本报记者", "记者", "通讯员", "摄影")
_SPACED_ROLE = re.compile("|".join("[ \u3000]*".join(word) for word in _SPACED_ROLE_WORDS))
# A name transliterated from Uyghur, Kazakh or Mongolian keeps its dot: `鲁提普拉·木塔力甫`,
# `祖力皮卡尔·米吉提` (none of the names a surname table could split).
_DOTTED_NAME = re.compile(rf"[{CJK}]{{2,8}}[·・]([{CJK}]{{2,8}})(?![{CJK}·・])")
# Names with no role word before the first role word: `李梦雪 记者 李春雨`.
_NAMES_BEFORE_ROLE = re.compile(rf"([{CJK}]{{2,3}}(?:[ \u3000]+[{CJK}]{{2,3}}){{0,2}})[ \u3000]+"
                                rf"(?={_ROLES})")
# ... after the outlet's name: `(华声在线 黄亚辉 通讯员 伍清)` (credited to none either).
_OUTLET_BEFORE_NAMES = re.compile(
    rf"(?:{OUTLET_RE})[ \u3000]+(?=[{CJK}]{{2,3}}(?:[ \u3000]+[{CJK}]{{2,3}}){{0,2}}[ \u3000]+"
    rf"(?:{_ROLES}))")
_TAIL_RE = re.compile("|".join(re.escape(t) for t in sorted(BYLINE_TAILS + PHOTO_TAILS,
                                                             key=len, reverse=True)))
# Longest byline we accept on a line of its own (six people with roles and a tail).
MAX_BYLINE_CHARS = 60
# Han names have two to four characters (`欧阳晓明`).
MAX_NAME_CHARS = 4
# Bonus for a three-character name over a two-character one when splitting run-together
# names: most Han names have three characters.
THREE_CHAR_BONUS = 0.2
# Between splits that score the same, the one whose names end less often in one of the ten
# commonest surnames: `王冲王金磊` → 王冲 王金磊 (a given name seldom ends in 王).
TIE_SURNAMES = 10


@dataclass(frozen=True)
class BylineName:
    role: str  # reporter | correspondent | photographer
    name: str
    start: int  # offsets into the parsed text
    end: int


@functools.cache
def surnames() -> tuple[dict[str, float], frozenset[str]]:
    """Single surnames (weight 1.5 for the hundred commonest, else 1.0) and compound ones,
    from ``kg/data/surnames.txt``."""
    text = resources.files("kg").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    single: dict[str, float] = {}
    compound: set[str] = set()
    rank = 0
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        for s in line.split():
            if len(s) == 1:
                rank += 1
                single[s] = 1.5 if rank <= 100 else 1.0  # common surnames weigh more
            else:
                compound.add(s)
    return single, frozenset(compound)


def split_names(run: str) -> list[str]:
    """Split a run of names: `王建孙立华` → [`王建`, `孙立华`]; `孙立新` stays one."""
    single, compound = surnames()
    n = len(run)
    if n <= 3 or (n == 4 and run[:2] in compound):
        return [run]
    common = set(itertools.islice(single, TIE_SURNAMES))

    @functools.cache
    def best(i: int) -> tuple[float, tuple[str, ...]] | None:
        if i == n:
            return (0.0, ())
        options = []
        for length in (2, 3, 4):
            name = run[i:i + length]
            if len(name) < length:
                break
            if name[:2] in compound and length >= 3:
                weight = 1.0
            elif name[0] in single and length <= 3:
                weight = single[name[0]] + (THREE_CHAR_BONUS if length == 3 else 0.0)
            else:
                continue
            rest = best(i + length)
            if rest is not None:
                options.append((weight + rest[0], (name, *rest[1])))
        return max(options, key=lambda o: (o[0], -sum(n[-1] in common for n in o[1]), o[1]),
                   default=None)

    found = best(0)
    return list(found[1]) if found else [run]


def _close_spaced_roles(text: str) -> str:
    """Role words printed letter-spaced, closed up with their spaces moved after them
    (`记 者 王 博` → `记者  王 博`): the same length, so offsets stay the text's."""
    return _SPACED_ROLE.sub(lambda m: "".join(m.group().split()).ljust(len(m.group())), text)


def parse_byline(text: str) -> list[BylineName] | None:
    """Parse a whole string as a byline; None when it is anything else."""
    text = _close_spaced_roles(text)
    out: list[BylineName] = []
    role: str | None = None
    group: list[BylineName] = []  # names since the last role word
    credit_photo = False  # a credit such as `图/` stood before the role word
    photo = False  # the names since the last role word are photographers too
    tails = 0  # credits that closed a group of names (`王战龙/文`)
    pos = 0
    agency = _AGENCY_TAIL.search(text)
    n = agency.start() if agency else len(text)  # `颜维琦摄/光明图片`: the picture agency
    nickname = "记者" in text[:16]  # (see _NICKNAME_REPORTER: a byline opening so)
    nicknamed = False  # ... which it did: every name must then start with a surname
    dotted = "·" in text or "・" in text  # (a transliterated name may stand in it)

    def credit(name: str, start: int, end: int) -> None:
        entry = BylineName(role, name, start, end)
        out.append(entry)
        group.append(entry)
        if photo:
            out.append(BylineName("photographer", name, start, end))

    while True:
        pos = _SEPARATORS.match(text, pos).end()
        if pos >= n:
            break
        m = _CREDIT_RE.match(text, pos)
        if m:
            credit_photo = CREDIT_PREFIXES[int(m.lastgroup[1:])][1]
            pos = m.end()
            continue
        m = _LABEL_CREDIT_RE.match(text, pos) if pos == 0 or text[pos - 1].isspace() else None
        if m and m.end() < n:  # `文/王敬怡 图/姜晓龙`: no role word; 图's names photographers
            role = "photographer" if m.group(1) else "other"
            group, photo, credit_photo = [], False, False
            pos = m.end()
            continue
        m = ROLE_RE.match(text, pos) or (
            _NICKNAME_REPORTER.match(text, pos) if nickname and not out and not role else None)
        tail = _TAIL_RE.match(text, pos) if m and group else None
        if tail and ROLE_RE.match(text, tail.end()):
            m = None  # `毛慧敏/文` + `晚报记者 白韬/图`, joined: 文 is a credit, no outlet 文晚报
        if m and not (role and _glued_name(text, pos)):
            role = ROLE_WORDS[int(m.lastgroup[1:])][1] if m.lastgroup else "reporter"
            nicknamed = nicknamed or not m.lastgroup
            group = []
            # a photojournalist's credit is a picture credit: `首席摄影记者 岳建文`
            photo = credit_photo or (role == "reporter" and "摄影" in m.group())
            credit_photo = False
            pos = m.end()
            continue
        m = _TAIL_RE.match(text, pos)
        # (`报道` glued to the next name where a column's line broke: `…穆媛 报道` / `李研 摄影`;
        # any tail glued to the next credit's role word, as above)
        if m and group and (m.end() == n or not _NAME_RUN.match(text, m.end())
                            or m.group() == "报道" or ROLE_RE.match(text, m.end())):
            if m.group() in PHOTO_TAILS and not photo:  # (after `图/`: photographers already)
                # `记者 韩志刚 通讯员 理效明 摄`: the one credit at the end is everyone's
                shot = group if tails or _SEPARATORS.match(text, m.end()).end() < n else [
                    b for b in out if b.role in ("reporter", "correspondent")]
                out.extend(BylineName("photographer", g.name, g.start, g.end) for g in shot)
            group = []  # a credit closes its names: `马武 王战龙/文 白韬/图`
            tails += 1
            pos = m.end()
            continue
        m = _DOTTED_NAME.match(text, pos) if role and dotted else None
        if m and not (ROLE_RE.search(m.group()) or _TAIL_RE.search(m.group(), m.start(1) - pos)):
            credit(m.group(), pos, m.end())  # `通讯员 鲁提普拉·木塔力甫`: one person
            pos = m.end()
            continue
        m = _NAME_RUN.match(text, pos, n)
        if m and role is None and not out:
            if m.group().endswith(OUTLET_KIND_WORDS) and (
                    outlet := _OUTLET_BEFORE_NAMES.match(text, pos)) is not None:
                pos = outlet.end()  # `(华声在线 黄亚辉 通讯员 伍清)`: the outlet, no role word
                continue
            if (lead := _NAMES_BEFORE_ROLE.match(text, pos)) and all(
                    _has_surname(name) for name in lead.group(1).split()):
                pos = lead.end()  # `(李梦雪 记者 李春雨)`: a name with no role, credited to none
                continue
            return _photo_credit(text) or _text_credit(text)
        if not m or role is None:
            return None
        run_end = m.end()
        spaced = _SPACED_CHAR.match(text, run_end) if run_end - pos == 1 else None
        if spaced and not (ROLE_RE.match(text, spaced.start(1))
                           or _TAIL_RE.match(text, spaced.start(1))):
            credit(text[pos] + spaced.group(1), pos, spaced.end())  # `记者 付 生`
            pos = spaced.end()
            continue
        cut = _role_inside(text, pos, run_end)
        if cut == run_end and _SEPARATORS.match(text, run_end, n).end() == n:
            tail = _GLUED_TAIL.search(text, pos, run_end)  # `刘文博摄`, `李晨翀报道）` at the end
            if tail and tail.start() - pos >= 2:
                cut = tail.start()
                if group and tail.group() == "报道" and _filed_from(text[pos:cut]):
                    pos = run_end  # `通讯员 厉智敏 烟台报道`: where they filed from, no name
                    continue
                if tail.group() == "报道":  # ... glued to the name: `首席记者姜德兴郑州报道`
                    cut = next((k for k in (pos + 2, pos + 3) if k <= cut - 2
                                and text[k:cut] in county_and_above_names()
                                and _has_surname(text[pos:k])
                                and text[pos:k] not in surnames()[1]), cut)  # (`欧阳建华报道`)
        if cut == run_end and text[run_end - 1] in "文图" and run_end - pos >= 3:
            tail = _TAIL_RE.match(text, run_end - 1)
            if tail and len(tail.group()) > 1:
                # `蒋凌翔文/摄`, `王建国文/图`, `霍亮文/摄`, `葛强文/图`: the 文 glued to a
                # name before `/摄` or `/图` was the credit in every page we have seen
                cut = run_end - 1
            elif run_end - pos >= 4 and text[run_end - 2:run_end] in ("文图", "图文"):
                cut = run_end - 2  # `李婷文图)`: the space before the credit lost at a line's end
            elif (run_end - pos >= 4 and text[run_end - 1] == "文"
                  and _PHOTO_CREDIT_AFTER.match(text, run_end)):
                cut = run_end - 1  # `谷长乐文 周甬 图`: text by one, picture by another
        if cut - pos < 2:
            return None
        if _prose(text[pos:cut]) and not (
                cut - pos <= 3 and _has_surname(text[pos:cut])
                and _TAIL_RE.match(text, _SEPARATORS.match(text, cut).end())):
            # `记者来到上海闵行区…`, `记者了解到`: a sentence about the reporter (not a
            # name a credit closes, though the dictionary has its start: `记者计成军摄`)
            return None
        if (not out and cut == n and cut - pos == 2 and _NAME_RUN.match(text, pos - 1)
                and not _has_surname(text[pos:cut])):
            return None  # `记者跑腿`, a feature's crosshead: a name glued to 记者 has a surname
        names = split_names(text[pos:cut])
        if any(len(name) > MAX_NAME_CHARS or name in REPORTER_LABELS
               or _TAIL_RE.fullmatch(name) for name in names):
            return None  # `记者从会上获悉`, `记者核实：`, `YMG记者摄影报道`: words, not a name
        start = pos
        for name in names:
            credit(name, start, start + len(name))
            start += len(name)
        pos = cut
    if nicknamed and not all(_has_surname(b.name) for b in out):
        return None  # `跟着记者 去看看`: a headline, no outlet's reporter 去看看
    return [b for b in out if b.role != "other"] if out else None


_PLACE_WORDS = ("社区", "街道", "小区", "乡村", "基层")


def _filed_from(run: str) -> bool:
    """A place a story was filed from, or a province's and a city's name in a row
    (`贵州遵义`, in `（记者袁超 瞿宏伦 贵州遵义报道）`)."""
    places = county_and_above_names()
    return run in places or any(run[:k] in places and run[k:] in places
                                for k in range(2, len(run) - 1))


def _prose(run: str) -> bool:
    """A run after a role word that opens with a verb or adverb (jieba's dictionary) and
    not with a common surname is text: `来到上海…`, `了解到`, `随后来到` (a column wrapped
    the sentence `…，` / `记者来到…`); `高兴`, `方便` would start with common surnames."""
    if run.endswith(_PLACE_WORDS):
        return True  # `晚报记者进社区`: a column's name, no reporter 进社区
    single, _ = surnames()
    if single.get(run[0], 0) > 1.0:
        return False
    if run[0] in HARD_STOP_CHARS:
        return True  # `记者在现场`, a column's tag: no name starts with 在
    words = function_words()
    return any(run[:n] in words for n in (2, 3, 4))


def _photo_credit(text: str) -> list[BylineName] | None:
    """Names credited with 摄 and no role word are photographers: `(吕枫 摄)`,
    `张闻涛 摄`, `陈军/摄`, `(小汤摄)`. Each must start with a surname (or 小/老 and one)
    and stand apart from 摄 unless both are in brackets (`江山摄影` is more likely a
    headline) or the credit says it reports (`井娇摄影报道`)."""
    m = _PHOTO_CREDIT.fullmatch(text) or _BRACKET_PHOTO.fullmatch(text)
    return _credited_names(text, m, "photographer") if m else None


def _text_credit(text: str) -> list[BylineName] | None:
    """Names credited with the text and no role word (`邹凯 文/图`): read, with no role of
    ours (photographers after `文/摄`), each checked as `_photo_credit`'s are."""
    m = _TEXT_CREDIT.fullmatch(text)
    if not m:
        return None
    names = _credited_names(text, m, "photographer" if "摄" in m.group(2) else "other")
    return None if names is None else [b for b in names if b.role != "other"]


def _credited_names(text: str, m: re.Match, role: str) -> list[BylineName] | None:
    """The names of a role-less credit (group 1 of ``m``), each starting with a surname (or
    小/老 and one); None when one does not."""
    names = []
    for run in _NAME_RUN.finditer(text, m.start(1), m.end(1)):
        start = run.start()
        for name in split_names(run.group()):  # `许玉芬厉娜`: two names run together
            if not (_has_surname(name) or (name[0] in _PEN_NAME_MARKS
                                           and _has_surname(name[1:]))) or len(name) > 4:
                return None
            if (len(name) >= 3 and name.endswith("文")
                    and text[start + len(name):start + len(name) + 1] in ("/", "／")):
                name = name[:-1]  # `蒋凌翔文/摄`, `霍亮文/摄`: text and photo by one
            names.append(BylineName(role, name, start, start + len(name)))
            start += len(name)
    return names


def _glued_name(text: str, start: int) -> bool:
    """Is the role word read at ``start`` a name run into the next role word?
    `张三本报通讯员` is 张三 + 本报通讯员 (张三 is no outlet); `郑州晚报记者` and
    `郑报全媒体记者` are outlets' role words."""
    if ROLE_START_RE.match(text, start):
        return False
    return any(ROLE_START_RE.match(text, j) and ROLE_RE.match(text, j)
               and not _OUTLET_RE.fullmatch(text, start, j)
               for j in range(start + 2, min(start + MAX_NAME_CHARS, len(text)) + 1))


def _role_inside(text: str, start: int, end: int) -> int:
    """Where a role word glued to a name begins: `王建国通讯员` → before 通讯员,
    `刘伟平本报通讯员` → before 本报 (a role word that starts as role words do is
    preferred to one read as an outlet's name: `平本报`)."""
    glued = [j for j in range(start + 2, end) if ROLE_RE.match(text, j)]
    plain = [j for j in glued if ROLE_START_RE.match(text, j)]
    if plain and plain[0] - start <= MAX_NAME_CHARS:
        return plain[0]
    return glued[0] if glued else end


def is_byline_line(text: str) -> bool:
    return len(text) <= MAX_BYLINE_CHARS and bool(parse_byline(text))


# (in lenticular brackets too: `…更方便了。【记者 张芮】`; a bracket is its own edge: a
# caption's credit `欢乐的舞蹈跳起来(本报记者文宇摄)`)
_TRAILING_START = re.compile(rf"(?:(?<=[。！？!?”\s)）])|^|(?=[(（【]))"
                             rf"\s*[(（【]?[{LEAD_MARKS}]?(?="
                             rf"{_CREDIT_RE.pattern}|{_ROLES}|{_PHOTO_CREDIT.pattern}$"
                             rf"|{_NICKNAME_REPORTER.pattern}"
                             rf"|{_BRACKET_PHOTO_NAMES}摄[)）]\s*$)")


# A dispatch's dateline and its byline closing the text instead of opening it: `…渗水了。
# 湖南日报1月29日讯(全媒体记者 颜石敦 通讯员 廖诗卉 黄磊)`.
_SENTENCE_END = re.compile(r"(?<=[。！？!?”])")
_CLOSING_BRACKET = re.compile(r"[(（]([^()（）]{2,40})[)）]\s*$")


def _closing_dateline(text: str, window: int) -> tuple[int, list[BylineName]] | None:
    for end in _SENTENCE_END.finditer(text, window):
        dispatch = DISPATCH_RE.match(text[end.start():])
        bracket = _CLOSING_BRACKET.match(text, end.start() + dispatch.end()) if dispatch else None
        names = parse_byline(bracket.group(1)) if bracket else None
        if names:
            at = bracket.start(1)
            return end.start(), [BylineName(b.role, b.name, b.start + at, b.end + at)
                                 for b in names]
    return None


def glued_bracket(text: str, at: int) -> bool:
    """The credit found at ``at`` is a bracket right after the caption's last word
    (`欢乐的舞蹈跳起来(本报记者文宇摄)`), not after a sentence's end or a space."""
    return text[at : at + 1] in ("(", "（", "【") and is_cjk(text[at - 1 : at] or "，")


def trailing_byline(text: str) -> tuple[int, list[BylineName]] | None:
    """A byline closing a paragraph: `受益匪浅。 记者 吴菲` → (offset, names)."""
    window = max(0, len(text) - MAX_BYLINE_CHARS)
    if ("讯" in text[window:] or "电" in text[window:]) and (
            dated := _closing_dateline(text, window)) is not None:
        return dated
    for m in _TRAILING_START.finditer(text, window):
        names = parse_byline(text[m.start():])
        if names:
            return m.start(), [BylineName(b.role, b.name, b.start + m.start(),
                                          b.end + m.start()) for b in names]
    glued = _CAPTION_CREDIT.search(text, window)
    if glued and _has_surname(glued.group(1)):
        return glued.start(), [BylineName("photographer", glued.group(1), *glued.span(1))]
    return None


# A caption's credit run into its last sentence: `…，方便了老人。曹为鹏摄` (`…。 曹为鹏摄`:
# the space before 摄 lost where the line broke).
_CAPTION_CREDIT = re.compile(rf"(?<=[。！？!?”])[ \u3000]*([{CJK}]{{2,3}})摄\s*$")


_GAP = re.compile(r"\s+")
_REPORTED = re.compile(r"报道[:：]")
_LONE_CLOSE, _OPEN_BRACKET = re.compile("[)）]"), re.compile("[(（]")


def leading_byline(text: str) -> tuple[int, list[BylineName]] | None:
    """A byline opening a paragraph without brackets, set off by spaces (after 本报讯):
    `记者 张明 通讯员 李华 昨天上午，…` → (where the text after it begins, names). The
    longest such prefix counts; every name must start with a surname, since a word of
    the text could otherwise pass for one (`记者 张明 昨天 …` stops before 昨天)."""
    ends = [(gap.start(), gap.end()) for gap in _GAP.finditer(text, 0, MAX_BYLINE_CHARS + 1)]
    # (or where a colon ends its credit: `江西日报记者朱嘉明 记者徐芸报道：4月19日，…`; or
    # a bracket whose opening OCR lost: `宝安讯宝安日报记者 金晶 通讯员 周媛 甘明彦）6月16日`)
    ends += [(m.end(), m.end()) for m in _REPORTED.finditer(text, 0, MAX_BYLINE_CHARS + 1)]
    close = _LONE_CLOSE.search(text, 0, MAX_BYLINE_CHARS + 1)
    if close and not _OPEN_BRACKET.search(text, 0, close.start()):
        ends.append((close.start(), close.end()))
    ends.sort()
    if len(text) <= MAX_BYLINE_CHARS:
        ends.append((len(text), len(text)))  # the byline is all there is
    found = None
    for end, body_start in ends:
        names = parse_byline(text[:end])
        if names and all(_has_surname(b.name) for b in names):
            found = body_start, names
    return found


def _has_surname(name: str) -> bool:
    single, compound = surnames()
    return name[0] in single or name[:2] in compound


# Credits with no role word, which close an article but credit nobody (the guidelines
# count only 记者, 通讯员 and 摄 credits): a bracket after the last sentence, `…得到改观。
# (甘 霖 彭为峰)`, `…走访企业。(陈风歌)`, `(作者:及亚静 张普)`; or a line of two to four
# names, `郑玉洁 赵志花`, `马刚 郝欣 陈南`. Every name must start with a surname.
_BARE_LABEL = re.compile(r"\A(?:作者|文|供稿)[:：]?\s*")  # `(供稿：XX街道 王明)`
_BARE_BRACKET = re.compile(r"(?<=[。！？!?”])\s*[(（]([^()（）]{2,24})[)）]\s*$")
# `(邹世进文/图)`, `(张三/文)`; `(高兰 张贵林 报道)`
_BARE_TEXT_TAIL = re.compile(r"\s*(?:[/／]?文(?:[/／]图)?|报道)$")
_BARE_REACH = 30  # the bracket and what may follow it, from a paragraph's end
# ... or names after the last sentence and a space, in a column of briefs: `…将不允许上牌。
# 马奔`, `…可联络热线。 王丹丹 马奔`
_BARE_SPACED = re.compile(rf"(?<=[。！？!?”])[ \u3000]+((?:[{CJK}]{{2,3}}[ \u3000]*){{1,4}})$")
_BARE_NAME = re.compile(rf"[{CJK}]{{2,3}}|[{CJK}][ \u3000][{CJK}](?![{CJK}])")


def _bare_names(text: str, least: int) -> bool:
    tokens = text.split()
    joined = ["".join(t.split()) for t in _BARE_NAME.findall(" ".join(tokens))]
    return (least <= len(joined) <= 4 and "".join(joined) == "".join(tokens)
            and all(_has_surname(n) for n in joined))


def trailing_bare_credit(text: str) -> int | None:
    """Where a role-less credit in brackets (or set apart by a space) closing a paragraph
    begins, or None."""
    window = max(0, len(text) - _BARE_REACH)
    m = _BARE_BRACKET.search(text, window)
    if m is not None:
        return m.start() if _bracketed_names(m.group(1)) else None
    m = _BARE_SPACED.search(text, window)
    return m.start() if m is not None and _bare_names(m.group(1), 1) else None


def _bracketed_names(inner: str) -> bool:
    """A bracket's text is one to four names, perhaps labelled: `作者:及亚静 张普`, or
    crediting text and picture: `邹世进文/图`."""
    inner = _BARE_TEXT_TAIL.sub("", _BARE_LABEL.sub("", inner.strip(), count=1))
    unit = _UNIT_CREDIT.fullmatch(inner)  # (`供稿：东坡区通惠街道 温润琴`: the unit first)
    return _bare_names(unit[1] if unit else inner, 1)


# A contributor's unit before the name, on the last line: `徐州市鼓楼区丰财街道办事处下淀社区
# 居委会 滕富生`, `图、文/某某街道办事处 张三` (no role word: credits nobody).
_UNIT_CREDIT = re.compile(rf"(?:(?:图、?文|文、?图)[/／])?[{CJK}]{{2,30}}"
                          rf"(?:{'|'.join(CREDIT_UNITS)})[ \u3000]+(.+)")


# What may stand before a byline on its line: an outlet's label we do not know, short and
# with no punctuation of a sentence (`新重庆-重庆日报原创 记者 佘振芳 何赛格`).
MAX_BYLINE_LABEL = 12
# Marks that open a picture's caption (`▲志愿者在清理墙体广告 崔萌 摄`), and the longest such
# caption kept with its credit as one byline line.
PICTURE_MARKS = "▲△"
MAX_MARKED_CAPTION = 40
_SENTENCE_MARKS = set("。，,；;！？!?、：:")


def labelled_byline(text: str) -> list[BylineName] | None:
    """A byline after a short label of its own: `新重庆-重庆日报原创 记者 佘振芳` → names;
    or a picture's credit after its marked caption, `▲志愿者为居民讲解分类知识 韩立新 摄`
    (as long as a caption under a headline)."""
    found = trailing_byline(text)
    if found is None:
        return None
    offset, names = found
    label = text[:offset].strip()
    if glued_bracket(text, offset):
        return None  # a caption's words, no outlet's label: `马拉松爱好者环湖跑(本报记者任露潇摄)`
    limit = MAX_BYLINE_LABEL
    if label[:1] in PICTURE_MARKS and all(b.role == "photographer" for b in names):
        limit = MAX_MARKED_CAPTION
    if not label or len(label) > limit or any(c in _SENTENCE_MARKS for c in label):
        return None
    return names


def author_line(text: str) -> bool:
    """An author's name with no role, as set under a headline: marked, `◆陈秀珍`, a
    two-character name spaced out, `冷 鹏`, names, `冷鹏 刘丹`, or one name alone that
    reads as nothing else, `张同顺` (credits nobody)."""
    text = text.strip()
    if text[:1] in LEAD_MARKS:
        return _bare_names(text[1:], 1)
    if len(text) == 3 and text[1] in " \u3000":
        return _bare_names(text, 1)
    return bare_credit_line(text) or _lone_name(text)


def _lone_name(text: str) -> bool:
    """Two or three characters from a surname that jieba reads as one person's name and
    its dictionary lacks: `张同顺`, `邹利波` (`雷锋`, `金秋`, `黄金周`, `白云` are words
    of its dictionary, titles as likely as names)."""
    if not 2 <= len(text) <= 3 or not _has_surname(text):
        return False
    from .tokenizer import pos_tokenizer  # jieba, loaded only when a line may be one

    tagger = pos_tokenizer()
    tokens = list(tagger.cut(text))
    return (len(tokens) == 1 and tokens[0].flag == "nr"
            and not tagger.tokenizer.FREQ.get(text))


# A desk credited by no name: `本报记者组`, `本报调查组`, `本报评论员`.
_NAMELESS_CREDIT = re.compile(r"(?:本报|本刊)?(?:(?:记者|调查|采访|报道)组|评论员)")


def bare_credit_line(text: str) -> bool:
    """A line of two to four names and nothing else, `郑玉洁 赵志花`, of names in
    brackets, `(蒋龙友)`, or of one to three names after their unit."""
    text = text.strip()
    if _NAMELESS_CREDIT.fullmatch(text):
        return True
    if text[:1] in "(（" and text[-1:] in ")）":
        return _bracketed_names(text[1:-1])
    if (unit := _UNIT_CREDIT.fullmatch(text)) is not None and _bare_names(unit[1], 1):
        return True
    return " " in text and _bare_names(text, 2)
