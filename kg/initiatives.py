"""Initiatives: named campaigns, programmes, alliances, mechanisms and events.

Most are printed in quotes. Quotes also mark slogans, speech and emphasis, so a quoted
string counts only with a cue beside it (tables in ``entity_rules``): a word after it
(`“百城万店”活动`, `“村中园”模式`) or before it (`开展“五进”`, `依托“智慧洛阳”`). A run
of quotes (`“集团办学”“一校两址”等…模式`) shares the cues of its ends. A numbered slogan
needs none (`“双报到”`, `“两学一做”`). Unquoted names
are found by suffix: `商圈共建联盟`, `退役军人就业服务招聘会`.

>>> [c.name for c in find_initiatives("扎实开展“百城万店”活动。")]
['百城万店']
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg import entity_rules as R
from kg.organizations import Candidate, name_start
from kg.tokenizer import dictionary_frequency, pos_tokenizer

__all__ = ["canonical_initiative", "find_initiatives"]

_MIN_LEN, _MAX_LEN, _MAX_PLAIN = 2, 40, 20
_SEPARATORS = re.compile(r"[、，,·+\s—]")
_QUOTE = re.compile("|".join(
    f"{re.escape(a)}([^{re.escape(a + b)}\\n]{{{_MIN_LEN},{_MAX_LEN}}}){re.escape(b)}"
    for a, b in R.QUOTE_PAIRS))
_INNER_QUOTE_FIRST = re.compile(f"‘([^‘’\\n]{{{_MIN_LEN},{_MAX_PLAIN}}})’")
_SUFFIX = re.compile("|".join(sorted(map(re.escape, R.INITIATIVE_SUFFIXES), key=len,
                                     reverse=True)))
_GENERIC_SUFFIX_PREFIXES = frozenset({"专场", "本次", "此次", "大型", "线上", "线下", "网络",
                                      "这次", "首届", "该"})
_CLOSERS = "”’\"》」』"
_NOT_DAY_NAMES = "明今昨每某次当节假"  # `“待明日”`: a phrase, not a day like `全国爱耳日`
_ORDINAL_START = re.compile(r"^第[\d一二三四五六七八九十百]+[届次期](?=.{4})")  # 第五届…节
_DOTTED = re.compile(r"[\u4e00-\u9fff]{2}[·・][\u4e00-\u9fff]{2}")
_ORDINAL_CUT = re.compile(r"第[\d一二三四五六七八九十百]+$")
_ORDINAL_AFTER = re.compile(r"^第[\d一二三四五六七八九十百]+[期届次季]")
_ORDINAL = re.compile(r"第[\d一二三四五六七八九十百]+[个届次期]$")  # `第35个“全国爱耳日”`
# an event's edition after the quoted theme: `“遇见你真好·奇遇敬德”前进街第二届社区邻里节`
_EDITION_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,6}?第[\d一二三四五六七八九十百]+届")
_OPENERS = "“‘\"《「『"
_INNER_QUOTES = re.compile("[“”‘’]")
# a year before the quote is no cue, the verb before it is: `开展2019年“文化进社区访民情”`
# (and an era: `持续践行新时代“枫桥经验”` is 践行 “…”)
_YEAR_END = re.compile(r"(?:(?:19|20)\d{2}年度?|新时代)$")
_GAPS = re.compile(r"\s+")
_DOCUMENT = re.compile("(?:" + "|".join(R.INITIATIVE_DOCUMENT_ENDINGS) + ")$|^中华人民共和国.*法$")
# `邻里节活动` after a quoted theme (see ``entity_rules.INITIATIVE_EVENT_UNITS``)
_EVENT_AFTER = re.compile(rf"^[\u4e00-\u9fff]{{1,{R.INITIATIVE_EVENT_MAX}}}?(?:"
                          + "|".join(R.INITIATIVE_EVENT_UNITS) + ")活动")
_ACTIVITY_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,{R.INITIATIVE_ACTIVITY_GAP}}}?(?:"
                             + "|".join(R.INITIATIVE_ACTIVITY_WORDS) + ")")
_BEFORE_DE = re.compile("(?:" + "|".join(R.INITIATIVE_DE_GAP_VERBS) + ")"
                        + rf"[^，。；！？、“”,;!?\s]{{1,{R.INITIATIVE_DE_GAP_MAX}}}的$")
_PAIRING = re.compile(rf"(.{{1,3}})[{R.INITIATIVE_PAIRING_VERBS}]\1")
# a title and its subtitle after a long dash: `“邻里牵手逛新城———喜看家乡变化，共议发展前景”`
_TITLED = re.compile(r"[^—]{4,}——+[^—]{4,}")
# numbered slogans (see ``_numbered_name``): numbers paired, or a number as a word
_NUMERALS = f"[{R.INITIATIVE_SLOGAN_NUMERALS}]"
_PAIRED_NUMBERS = re.compile(rf"{_NUMERALS}+[^{R.INITIATIVE_SLOGAN_NUMERALS}]{{1,3}}{_NUMERALS}+"
                             rf"[^{R.INITIATIVE_SLOGAN_NUMERALS}]")
_NUMBER_WORD = re.compile(rf"{_NUMERALS}+个?")
# `“拯救爱”陪护照料计划` (see ``entity_rules.INITIATIVE_DESCRIBED_UNITS``)
_DESCRIBED_AFTER = re.compile(rf"^[\u4e00-\u9fff]{{1,{R.INITIATIVE_DESCRIBED_MAX}}}?(?:"
                              + "|".join(R.INITIATIVE_DESCRIBED_UNITS) + ")")
# `“移动居委会”、…“小板凳”星空电影院等社区特色项目` (see ``INITIATIVE_LIST_UNITS``)
_LIST_AFTER = re.compile(rf"[^，。；！？：,;!?:\n]{{0,{R.INITIATIVE_LIST_SPAN}}}?等"
                         rf"[\u4e00-\u9fff]{{0,{R.INITIATIVE_LIST_GAP}}}?(?:"
                         + "|".join(R.INITIATIVE_LIST_UNITS) + ")")
_DE_CUE = re.compile("(?:" + "|".join(R.INITIATIVE_DE_NAME_CUES) + r")(?![\u4e00-\u9fff])")


def canonical_initiative(name: str) -> str:
    """Name without quotes and without a generic tail: `占道经营专项整治行动` →
    `占道经营专项整治`. Quotes inside go too, so a name printed once with them and once
    without is one: `端午‘粽’飘香 情系千万家` → `端午粽飘香 情系千万家`."""
    name = _ORDINAL_START.sub("", name.strip(_OPENERS + _CLOSERS + " "))
    name = _INNER_QUOTES.sub("", name)
    for tail in R.INITIATIVE_TAIL_WORDS:
        if name.endswith(tail) and len(name) - len(tail) >= 4 and \
                name[-len(tail) - 1] not in R.INITIATIVE_TAIL_BINDERS:
            return name[: -len(tail)]
    return name


@lru_cache(maxsize=4096)
def _is_common_word(word: str) -> bool:
    return dictionary_frequency(word) >= R.INITIATIVE_COMMON_FREQ


@lru_cache(maxsize=4096)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's words and tags of a quote or the words after it (each is asked several
    questions below, tokenised once)."""
    return tuple((p.word, p.flag) for p in pos_tokenizer().lcut(text, HMM=False))


def _not_day_name(content: str) -> bool:
    """`“待明日”`, `“那一日”`: a phrase ending in 日; `“街坊日”`, `“全国爱耳日”` are days."""
    if content[-2] in _NOT_DAY_NAMES:
        return True
    # three characters: a dictionary noun before 日 (街坊, 邻里), no pronoun or numeral
    words = _tagged(content[:-1])
    return len(content) < 4 and not (len(words) == 1 and words[0][1] == "n"
                                     and not any(c in _NOT_DAY_NAMES for c in content))


def _parallel_slogan(content: str) -> bool:
    """`“推窗可见绿、移步皆是景”`: clauses of one length, each with a verb."""
    parts = re.split("[、，,]", content)
    return (len(parts) >= 2 and len({len(p) for p in parts}) == 1
            and len(parts[0]) >= R.INITIATIVE_SLOGAN_CLAUSE_MIN
            and all(any(f == "v" for _, f in _tagged(p)) for p in parts))


def _activity_after(after: str) -> bool:
    """Does the activity the quote names follow, its kind between (`“刺桐红”党员义务植树
    志愿服务活动`)?"""
    m = _ACTIVITY_AFTER.match(after)
    return bool(m) and not any(w in m.group() for w in R.INITIATIVE_ACTIVITY_GAP_STOPS)


def _qualifies(after: str) -> bool:
    """Does an adjective and 的 follow the quote (`“人情味…”浓厚的“幸福红梅里”`): the quote
    says what the next noun is full of, it is no object of the verb before it?"""
    words = _tagged(after)
    return len(words) >= 2 and words[0][1].startswith("a") and words[1][0] == "的"


def _dictionary_noun(content: str) -> bool:
    """`“牛皮癣”`: one dictionary noun."""
    words = _tagged(content)
    return len(words) == 1 and words[0][1].startswith("n")


def _modified_word(content: str) -> bool:
    """`“新力量”`, `“正能量”`-like: one adjective character and an everyday word."""
    words = _tagged(content)
    return (len(words) == 2 and len(words[0][0]) == 1 and words[0][1] == "a"
            and _is_common_word(words[1][0]))


def _only_verbs(content: str) -> bool:
    """`“解锁”`, `“减负增效”`: an action, not a name."""
    return all(f == "v" for _, f in _tagged(content))


def _numbered_name(content: str) -> bool:
    """`“两学一做”`, `“一进一出”`: numbers paired; `“双报到”`, `“两个提升”`, `“四城同创”`: a
    number, then two characters or more. Not one dictionary word (`“一站式”`, `“一封信”`),
    nor a number with a measure word (`“三件宝”`, `“一张网”`) or another word (`“双向奔赴”`,
    `“三级联动”`), nor a kind (`“三类组织”`)."""
    if content[0] not in R.INITIATIVE_SLOGAN_NUMERALS:
        return False
    words = _tagged(content)
    if len(words) < 2:
        return False
    if _PAIRED_NUMBERS.match(content):
        return True
    first = words[0][0]
    return bool(_NUMBER_WORD.fullmatch(first)) and len(content) - len(first) >= 2 and \
        content[len(first)] not in R.INITIATIVE_KIND_CLASSIFIERS


def _looks_like_name(content: str) -> bool:
    if any(c in R.INITIATIVE_BAD_CHARS for c in content) or \
            any(w in content for w in R.INITIATIVE_QUESTION_WORDS):
        return False
    if content.endswith(R.INITIATIVE_KIND_ENDINGS):
        return False  # `“服务型”`: a kind of community
    if content.endswith(R.INITIATIVE_MEDIA_ENDINGS):
        return False  # `“走四方 看变化——喜迎市党代会特别报道”`: a paper's series
    if _DOCUMENT.search(content):
        return False  # `《食用农产品市场销售质量安全监督管理办法》`: a regulation
    if content.endswith(tuple(R.ORGANIZATION_SUFFIXES)) and \
            not content.endswith(R.INITIATIVE_NICKNAMED_BODIES):
        return False  # `成立“流动党小组”`: a body, not a programme
    plain = _SEPARATORS.sub("", content)
    if len(plain) < _MIN_LEN:
        return False
    return len(content) <= _MAX_PLAIN or bool(_SEPARATORS.search(content))


def _quoted(text: str) -> list[Candidate]:
    quotes = [m for m in _QUOTE.finditer(text)]
    out = []
    for i, m in enumerate(quotes):
        content = next(g for g in m.groups() if g is not None)
        inner = _INNER_QUOTE_FIRST.match(content)
        if inner and inner.end() < len(content):
            # a slogan quoted inside, then the event's name: `“‘喜迎二十大 共建文明城’
            # 周口市‘3·5’学雷锋志愿服务活动”` names two
            slogan, at = inner.group(1), m.start(1) + 1
            if _looks_like_name(slogan):
                out.append(Candidate("initiative", at, at + len(slogan), slogan,
                                     canonical_initiative(slogan), "initiative.quoted"))
            content = content[inner.end():]
            if not ("‘" in content or any(c.isdigit() for c in content)
                    or any(f in ("ns", "nr", "nz") for _, f in _tagged(content))):
                continue  # `“‘我为群众办实事’实践活动”`: the slogan names it alone
        if not _looks_like_name(content):
            continue
        # extend to the run of quotes this one belongs to: `“就近办”“一次办”`
        first, last = i, i
        while first > 0 and re.fullmatch(r"[、和与及]?", text[quotes[first - 1].end():
                                                          quotes[first].start()]):
            first -= 1
        while last + 1 < len(quotes) and re.fullmatch(r"[、和与及]?", text[quotes[last].end():
                                                                       quotes[last + 1].start()]):
            last += 1
        # (spaces and line breaks out: a column may wrap at the quote, `打造⏎“…”`)
        after = _GAPS.sub("", text[quotes[last].end(): quotes[last].end() + 16])
        activity = _activity_after(after)  # (`“萌娃才艺秀”等亲子互动活动`: a list's kind)
        after = after.lstrip("等")
        edition = bool(_EDITION_AFTER.match(after))
        after = _ORDINAL_AFTER.sub("", after)[:8]  # `“三项行动、一套机制”第一期活动`
        # (a cue first: `“文明双向共建”志愿服务活动` is no modifier 志愿 and 服务活动)
        modifier = "" if after.startswith(R.INITIATIVE_AFTER_CUES) else next(
            (w for w in R.INITIATIVE_CUE_MODIFIERS if after.startswith(w)), "")
        after = after[len(modifier):]  # `“石榴花开·籽籽同心”网络主题活动`
        if modifier:
            after = after.lstrip(R.INITIATIVE_MODIFIER_JOINS)  # `“七色花”党建+模式`
        before = _GAPS.sub("", text[max(0, quotes[first].start() - 9):
                                    quotes[first].start()]).rstrip("了")
        before = _YEAR_END.sub("", before)
        if after.startswith(R.INITIATIVE_NOT_AFTER):
            continue
        if m.group()[0] == "《" and before.endswith(R.INITIATIVE_WORK_KINDS):
            continue
        # a programme named by a describing noun or a list's head: `“拯救爱”陪护照料计划`
        # (not a title in 《》: `《双层转马》《音乐快车》等乐园经典项目` are rides)
        named = m.group()[0] != "《" and bool(
            _DESCRIBED_AFTER.match(after) or _LIST_AFTER.match(text, quotes[last].end()))
        cue_after = after.startswith(R.INITIATIVE_AFTER_CUES) or edition or named or activity or \
            bool(_EVENT_AFTER.match(after)) or \
            (after.startswith("的") and after[1:].startswith(R.INITIATIVE_AFTER_DE_CUES))
        cue_before = before.endswith(R.INITIATIVE_BEFORE_CUES + R.INITIATIVE_BEFORE_DE_CUES) \
            or (before.endswith("以") and after.startswith("为")
                and after[1:].startswith(R.INITIATIVE_YI_WEI_CUES)) \
            or bool(_ORDINAL.search(before)) \
            or (before.endswith("为") and after.startswith(R.INITIATIVE_WEI_AFTER_CUES))
        cue_inner = content.endswith(R.INITIATIVE_INNER_TAILS) and len(content) >= 3 and \
            not (content.endswith("日") and _not_day_name(content))
        cue_inner = cue_inner or bool(_PAIRING.fullmatch(content) or _TITLED.fullmatch(content)
                                      or (m.group()[0] != "《" and _numbered_name(content)))
        if content.endswith("模式") and not cue_after and \
                before.endswith(R.INITIATIVE_MODE_VERBS):
            continue  # `开启“静音模式”`: a mode switched on
        if cue_before and not (cue_after or cue_inner) and _qualifies(after):
            continue  # `打造“人情味、花香味、生活味”浓厚的“幸福红梅里”`: a quality
        if not (cue_after or cue_before or cue_inner):
            wide = _GAPS.sub("", text[max(0, quotes[first].start() - 16):
                                      quotes[first].start()])
            if not _BEFORE_DE.search(wide):
                continue  # (`打造风格各异的“文化街巷”`: a cue verb, a description, 的)
        if not cue_inner and after.startswith(R.INITIATIVE_OBJECT_CUES) \
                and _dictionary_noun(content):
            continue  # `“牛皮癣”治理`, `推进“城中村”整治`: the nuisance treated
        hosted = before.endswith(R.INITIATIVE_BEFORE_DE_CUES)
        if not (cue_after or hosted) and _parallel_slogan(content):
            continue  # `实现了“推窗可见绿、移步皆是景”`: a slogan (what one holds is named by
            # its theme: `由…主办的“赓续红色血脉 助力文旅发展”央地媒体记者联合采访`)
        if not cue_after and _modified_word(content):
            continue  # `凝聚“新力量”`: an adjective and an everyday noun
        title = next((content.split(d)[0] for d in R.INITIATIVE_TITLE_DASHES
                      if d in content), content)
        if "的" in title and not (len(title) <= R.INITIATIVE_DE_MAX_LEN
                                  and _DE_CUE.match(after)) and not _DOTTED.search(title) \
                and not activity:
            continue  # `“我们的家园”主题公园`: a phrase; `围绕“我们的家园”主题`: a name, and
            # so is a campaign's with its edition after a dot (`“我们的节日·中秋”暨…`)
        # (a subtitle after a dash may be a phrase: `“发言人来了——我们的社区生活”`)
        glue = next((g for g in R.INITIATIVE_GLUE_TAILS
                     if text.startswith(g, m.end())), "")
        if not glue and (_is_common_word(content) or (_only_verbs(content) and not named)):
            continue
        s = m.start() + m.group().index(content)
        out.append(Candidate("initiative", s, s + len(content), content,
                             canonical_initiative(content + glue), "initiative.quoted"))
    return out


def _suffixed(text: str) -> list[Candidate]:
    out = []
    for m in _SUFFIX.finditer(text):
        s, e = m.span()
        start, words = name_start(text, s, 18, governed=False)
        ordinal = _ORDINAL_CUT.search(text, max(0, start - 6), start)
        if ordinal and text[start:start + 1] in "届次期":
            start = ordinal.start()  # `第29届牡丹文化节`: the walk stopped at the number
        prefix = text[start:s]
        if len(prefix) < 2 or prefix in _GENERIC_SUFFIX_PREFIXES:
            continue
        if start > 0 and text[start - 1] in _CLOSERS:
            continue  # `“红色楼宇联盟”`: the quote rule has it
        out.append(Candidate("initiative", start, e, text[start:e],
                             canonical_initiative(text[start:e]), "initiative.suffix"))
    return out


_NUMBERED_SLOGAN = re.compile("|".join(R.INITIATIVE_NUMBERED_SLOGANS))


def _numbered_slogans(text: str) -> list[Candidate]:
    """`引导商户做好门前五包` (see ``entity_rules.INITIATIVE_NUMBERED_SLOGANS``)."""
    return [Candidate("initiative", m.start(), m.end(), m.group(), m.group(),
                      "initiative.slogan") for m in _NUMBERED_SLOGAN.finditer(text)]


_CHIEF_SYSTEM = re.compile(R.INITIATIVE_CHIEF_SYSTEM)


def _chief_systems(text: str) -> list[Candidate]:
    """`严格落实河长制` → `河长制` (see ``entity_rules.INITIATIVE_CHIEF_SYSTEM``)."""
    out = []
    for m in _CHIEF_SYSTEM.finditer(text):
        _start, words = name_start(text, m.start(), 8)
        holder = ""  # the chief's own word, at most two characters: 河, 楼栋, (产业链)链
        for w, _f in reversed(words):
            if len(holder) + len(w) > 2:
                break
            holder = w + holder
        e = m.end() + (text[m.end():m.end() + 1] == "度")  # `楼栋长制度`
        start = m.start() - len(holder)
        if holder and not (start > 0 and text[start - 1] in _OPENERS):  # (the quote rule's)
            out.append(Candidate("initiative", start, e, text[start:e], text[start:e],
                                 "initiative.chief"))
    return out


def find_initiatives(text: str) -> list[Candidate]:
    """Every named campaign, programme or event in `text` (overlaps resolved by caller)."""
    return _quoted(text) + _suffixed(text) + _numbered_slogans(text) + _chief_systems(text)
