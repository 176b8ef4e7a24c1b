"""Layout repair: raw OCR text → a :class:`Page` of paragraph blocks with a raw-offset map.

Repairs, each with the OCR text that needs it:
- column wrap: narrow columns break lines mid-word (`德化街街` / `道`): full-width lines
  of a column page are joined to the next line;
- paragraphs cut by a blank line (`劝阻突出店` / blank / `外经营`): a paragraph of running
  text that stops without closing punctuation continues in the next one;
- a bracket left open at a line's end goes on in the next line, even one spaced like a
  headline (`本报讯(记者 栾月琳 通` / `讯员 王军伟 李雪宁)昨`); a paragraph ending in a
  credit (`…果子。 通讯员 陈军/摄`) is not continued by the next;
- bold headlines printed twice (`春风行动春风行动`, `““两个中心两个中心、、`);
- e-paper debris lines (`上一版 下一版`, `PDF版阅读`) are dropped.
Every character of ``Page.text`` keeps the offset of the raw character it came from.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .bylines import (
    MAX_BYLINE_CHARS,
    ROLE_RE,
    ROLE_START_RE,
    glued_bracket,
    is_byline_line,
    leading_byline,
    parse_byline,
    trailing_bare_credit,
    trailing_byline,
)
from .model import Block, Page
from .rules import (
    CJK,
    DEBRIS_RE,
    DISPATCH_RE,
    LEAD_MARKS,
    NEWS_LEAD_RE,
    SENTENCE_PUNCT,
    TAG_RE,
    TERMINAL_PUNCT,
    TURNS_OVER_RE,
)

__all__ = ["dedouble", "is_doubled_line", "repair_layout"]

# Lines on either side that tell a line's column width.
LOCAL_WINDOW = 3
# A page is set in columns when most text lines are at most this wide (display width: a
# CJK character counts 2). Zhengzhou Daily columns: 26-36; other papers' up to 36
# characters (72); a page of one paragraph per line has medians of 80 and more.
COLUMN_MAX_WIDTH = 72
# ... over this many lines at least (a short page of two captions is columns too).
MIN_COLUMN_LINES = 10
# A column line this much narrower than the column ends its paragraph (`居民纷纷点赞。`).
SHORT_LINE_SLACK = 5
# A paragraph of one line this much wider than its column's lines is set across columns
# (a column's lines differ by justification and the last line's end, never by this):
# segmentation reads it as a headline (Block.across).
ACROSS_RATIO = 1.25
# ... and one this many times the column's width is never the first half of the paragraph
# under it (a stricter bound: the local width is an estimate, and a running line it
# misjudges as wide must still join the rest of its paragraph).
HEADLINE_WIDTH_RATIO = 1.5
# A long-line paragraph shorter than this is not running text that could continue.
MIN_CONTINUED_CHARS = 20
# ... and one up to this long over a paragraph that opens with a quote is a title (a
# headline of two phrases: `大年初一,德州30名义工风景区捡拾垃圾倡文明`, 22 characters).
MAX_TITLE_OVER_QUOTE = 30
# Two phrases set apart by a space, as in headlines: `一头连着民生 一头连着发展` (single
# characters spaced out are justified running text: `这 个 时节的忙碌`).
_PHRASE_GAP = re.compile(rf"[{CJK}”》]{{2}}\s+[{CJK}“《]{{2}}")
# Marks a quoted name or a title stands between: a gap inside them is no headline's.
_NAME_MARKS = (("“", "”"), ("《", "》"))
# The page's section name as its first line, without the page number: `社区·民生`,
# `豫北·综合` (debris, as `第05版：城市·民生` is).
_SECTION_NAME = re.compile(rf"[{CJK}]{{2,4}}[·・][{CJK}]{{2,4}}")
# A short quoted term at a paragraph's end: `“一老一小”`.
_QUOTED_TERM = re.compile(rf"[{CJK}]“[^“”。！？]{{1,8}}”$")
# A bracket or quote opened this close to a paragraph's end and left open continues in
# the next line (a byline broken by the column: `（扬州晚报` / `记者 赵磊）`).
OPEN_BRACKET_REACH = 24
# The longest second line of a byline the column broke (`员 李华 王芳 文/图`).
MAX_BROKEN_BYLINE_TAIL = 24
# ... the longest role word looked for across the break (`金报摄影记者`), and how far
# from the first line's end its role word may be (`记者 王明 通讯员 刘`, `□早报记者 林福龙
# 柯丽娟 胡彦明 吴` / `水保 实习生 林燕慧 文/图`: three names and a fourth broken).
ROLE_REACH = 8
ROLE_TAIL = 20
# A page wrapped at a count of characters: this share of its text lines has the most
# common count, and that many more lines share it than share the most common width.
MIN_WRAPPED_SHARE = 0.4
CHARACTER_WRAP_MARGIN = 1.5
# Only lines up to this length are checked for headline doubling.
MAX_DOUBLED_LINE = 300
# The fewest characters of a line's first phrase printed twice with the rest printed
# once (`社区大变样社区大变样 居民更舒心`); shorter runs repeat in text (`谢谢谢谢 大家`).
MIN_DOUBLED_PHRASE = 4
# Blank lines that set an item apart on a page: three or more stand between articles (the
# samples' headline-less photo items: `…一起守护美好家园。` / three blank lines / `近日，…`),
# one between paragraphs.
WIDE_GAP_LINES = 3


@dataclass
class _Line:
    text: str  # the printed characters, ends stripped
    offsets: Sequence[int]  # raw offset of each character of text (a range when contiguous)
    blank_before: bool
    kind: str  # text | start | byline | tag
    doubled: bool = False
    blanks: int = 0  # blank lines right before it
    width: int = field(init=False)  # display width of text (CJK counts 2)

    def __post_init__(self) -> None:
        self.width = display_width(self.text)


class _CharWidths(dict):
    """Display width of each character met so far: a dict lookup, not a Unicode
    property lookup per character (layout read every character of a page three times)."""

    def __missing__(self, char: str) -> int:
        width = self[char] = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        return width


_CHAR_WIDTHS = _CharWidths()


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(map(_CHAR_WIDTHS.__getitem__, text))


def dedouble(text: str) -> list[int] | None:
    """Indices of the characters to keep when every token of ``text`` is printed twice.

    `春风行动春风行动 这条老街…变美了这条老街…变美了` → `春风行动 这条老街…变美了`;
    `““两个中心两个中心、、一张网络一张网络””` → `“两个中心、一张网络”`. None when the
    line is not doubled (ordinary text never decomposes into repeated halves).
    """
    if len(text) > MAX_DOUBLED_LINE:
        return None
    half = len(text) // 2
    if " " in text and len(text) % 2 == 0 and half >= 6 and text[:half] == text[half:]:
        return list(range(half))  # the line twice: `积雪行路难 社区忙清扫积雪行路难 社区忙清扫`
    keep: list[int] = []
    pos, any_long = 0, False
    for n, token in enumerate(text.split()):
        start = text.index(token, pos)
        pos = start + len(token)
        plan = _halves(token)
        if plan is None:
            if n == 0 or not _doubled_first_phrase(text):
                return None
            plan = [(0, len(token))]  # printed once, after the bold first phrase
        for i, k in plan:
            keep.extend(range(start + i, start + i + k))
            any_long |= k >= 2
        if pos < len(text):
            keep.append(pos)  # one separating space survives
    if not any_long or sum(len(t) for t in text.split()) < 6:
        return None
    return sorted(set(i for i in keep if i < len(text)))


def _doubled_first_phrase(text: str) -> bool:
    """Only the line's first phrase printed twice, the rest once: `社区大变样社区大变样
    居民更舒心` (the bold kicker's run doubled, at least MIN_DOUBLED_PHRASE characters)."""
    first = text.split()[0]
    plan = _halves(first)
    return plan is not None and all(k >= 2 for _, k in plan) \
        and sum(k for _, k in plan) >= MIN_DOUBLED_PHRASE


def _halves(token: str) -> list[tuple[int, int]] | None:
    """Split ``token`` into runs each printed twice: [(start, length), ...] or None."""
    n = len(token)
    memo: dict[int, list[tuple[int, int]] | None] = {n: []}

    def solve(i: int) -> list[tuple[int, int]] | None:
        if i in memo:
            return memo[i]
        result = None
        for k in range((n - i) // 2, 0, -1):
            if token[i:i + k] == token[i + k:i + 2 * k]:
                rest = solve(i + 2 * k)
                if rest is not None:
                    result = [(i, k), *rest]
                    break
        memo[i] = result
        return result

    if n < 2 or token.find(token[0], 1) < 0:  # its first run cannot repeat: most lines
        return None
    return solve(0)


# What str.splitlines() breaks lines at ("\r\n" is "\r" then "\n").
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def _printed_chars(body: str, start: int) -> tuple[str, Sequence[int]]:
    """The characters of one raw line (``body`` at raw offset ``start``) that layout keeps,
    and their raw offsets: ends stripped, control and format characters dropped."""
    lead = start + len(body) - len(body.lstrip())
    stripped = body.strip()
    if stripped.isprintable():  # no control or format character (the common line)
        return stripped, range(lead, lead + len(stripped))
    kept = [(c, lead + i) for i, c in enumerate(stripped)
            if unicodedata.category(c) not in ("Cc", "Cf") or c == "\t"]
    return "".join(c for c, _ in kept), [offset for _, offset in kept]


def is_doubled_line(raw: str, offset: int) -> bool:
    """Is the raw line holding ``offset`` a headline printed twice that layout undoubled?

    Its characters keep the offsets of the first copy, so a span that starts inside a
    run and runs on past the line would take in the start of the second copy: nothing
    may be joined after such a line (`为了仔乣为了仔乣` / `支行` is not `仔乣支行`)."""
    breaks = [raw.rfind(b, 0, offset) for b in _LINE_BREAKS]
    start = max(b + 1 for b in breaks)
    end = min((e for e in (raw.find(b, offset) for b in _LINE_BREAKS) if e >= 0),
              default=len(raw))
    return dedouble(_printed_chars(raw[start:end], start)[0]) is not None


def _read_lines(raw: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = True
    blanks = 0
    pos = 0
    for segment in raw.splitlines(keepends=True):
        body = segment.rstrip("\r\n")
        start = pos
        pos += len(segment)
        stripped = body.strip()
        if not stripped or all(unicodedata.category(c)[0] in "CZ" for c in stripped):
            blank = True
            blanks += 1
            continue
        if DEBRIS_RE.match(stripped) or (not lines and _SECTION_NAME.fullmatch(stripped)):
            blank = True
            continue
        text, offsets = _printed_chars(body, start)
        keep = dedouble(text)
        if keep is not None:
            text = "".join(text[i] for i in keep)
            offsets = [offsets[i] for i in keep]
        if DISPATCH_RE.match(text):
            kind = "start"
        elif is_byline_line(text):
            kind = "byline"
        elif TAG_RE.match(text):
            kind = "tag"
        else:
            kind = "text"
        lines.append(_Line(text, offsets, blank, kind, doubled=keep is not None,
                           blanks=blanks if lines else 0))
        blank = False
        blanks = 0
    return lines


def _is_column_page(lines: list[_Line]) -> bool:
    """Narrow columns, as opposed to a page of one-paragraph lines."""
    widths = [ln.width for ln in lines if ln.kind in ("text", "start")]
    return len(widths) >= MIN_COLUMN_LINES and statistics.median(widths) <= COLUMN_MAX_WIDTH


def _local_widths(lines: list[_Line]) -> list[float]:
    """Each line's column width: the median width of the lines around it. Articles on
    one page are set in columns of different widths (9 to 15 characters here)."""
    widths = [ln.width for ln in lines]
    out = []
    for i in range(len(lines)):
        window = range(max(0, i - LOCAL_WINDOW), min(len(lines), i + LOCAL_WINDOW + 1))
        near = [widths[j] for j in window if lines[j].kind in ("text", "start")]
        out.append(statistics.median(near) if near else widths[i])
    return out


def _is_running_text(text: str) -> bool:
    """Body prose, as opposed to a headline: it has clause punctuation."""
    if len(text) < 8:
        return False
    # A colon alone makes no prose of a short line: headlines have one
    # (`盘龙区茨坝街道：“最美街巷”红梅里亮灯了`)
    return (any(c in "，,。；;、" for c in text)
            or (len(text) > 30 and any(c in "：:" for c in text)))


def _ends_open(text: str) -> bool:
    """A paragraph that stops mid-sentence (no closing punctuation)."""
    tail = text.rstrip("”’」』）)\"'")
    return bool(tail) and tail[-1] not in TERMINAL_PUNCT and text[-1] not in "”’」』"


def _phrase_gap(text: str) -> bool:
    """Phrases set apart as in a headline; a gap inside quotes or a title's marks is a
    quoted name's (`清风社区开展“绿水 青山”主`, `宣传片《山水焦作 美丽中站》(暂` in running
    text)."""
    for m in _PHRASE_GAP.finditer(text):
        before, after = text[:m.start() + 2], text[m.start() + 2:]
        if not any(before.count(a) > before.count(b) or _closes_first(after, a, b)
                   for a, b in _NAME_MARKS):
            return True
    return False


def _closes_first(text: str, opener: str, closer: str) -> bool:
    """The mark closes before one opens: the name began on the line above
    (`…的纪录片《` / `运河人家 新华印象》(暂`)."""
    shut = text.find(closer)
    return shut >= 0 and not 0 <= text.find(opener) < shut


def _counted_by_characters(lines: list[_Line]) -> bool:
    """Was the page wrapped at a count of characters, not at a width: its column lines
    share one length in characters where digits and ASCII marks make their widths differ
    (`。2014年,村“两委”干部多次到山` as long as `帮助村民挑拣芦笋,装箱销往日本、韩国`)?"""
    text = [ln for ln in lines if ln.kind == "text"]
    by_count = Counter(len(ln.text) for ln in text).most_common(1)
    by_width = Counter(ln.width for ln in text).most_common(1)
    return bool(by_count) and by_count[0][1] >= MIN_WRAPPED_SHARE * len(text) and \
        by_count[0][1] >= CHARACTER_WRAP_MARGIN * by_width[0][1]


def repair_layout(source: str, raw: str) -> Page:
    lines = _read_lines(raw)
    if _counted_by_characters(lines):
        for line in lines:
            line.width = 2 * len(line.text)  # (a CJK character's width)
    columns = _is_column_page(lines)
    local = _local_widths(lines)
    width = {id(ln): w for ln, w in zip(lines, local, strict=True)}

    def full(line: _Line) -> bool:
        return columns and line.width >= width[id(line)] - SHORT_LINE_SLACK

    def column_line(line: _Line) -> bool:
        """A line of a column's running text (not a headline set across columns; a
        dispatch's line is text however wide the lines about it, headlines and short last
        lines: `本报南宁2月9日电 记者罗昌爱报道：广西南宁市新城区新` / `竹社区今天…`)."""
        return (columns and not line.doubled
                and (line.width <= width[id(line)] + SHORT_LINE_SLACK or line.kind == "start")
                and not (line.kind == "text" and _phrase_gap(line.text)
                         and not any(c in "。，,；;" for c in line.text)))

    def across_columns(group: list[_Line], nxt: list[_Line]) -> bool:
        """A headline set across columns, a blank line above the text under it: `须水街道
        河东路社区：“小小”网格，织密“大大”邻里情` is no paragraph's first half."""
        line = group[-1]
        return (columns and len(group) == 1 and line.kind == "text" and nxt[0].blank_before
                and line.width > HEADLINE_WIDTH_RATIO * width[id(line)]
                and not any(c in SENTENCE_PUNCT for c in line.text))

    groups: list[list[_Line]] = []
    open_group = byline_joined = False
    for line in lines:
        prev = groups[-1][-1] if groups else None
        joinable = (open_group and not line.blank_before and line.kind == "text"
                    and prev.kind in ("text", "start") and full(prev) and column_line(prev)
                    and (column_line(line) or _bracket_open(groups[-1]))
                    and not _picture_credited(prev.text))
        # A dispatch word alone on its line, its bracketed byline below, wrapped:
        # `广西新闻网南宁10月12日讯` / `（记者 覃雄 陈仁义 实习生` / `张宏丽 许秋凤）10月12日，…`
        # (or a bracketed byline leading its paragraph: `(记者 谢燕丽 通讯员 范钰琼` /
        # `王云艳 文/图)近日，…`)
        in_dispatch = was_open = False
        if (prev is not None and groups[-1][0].kind in ("start", "byline")
                and not line.blank_before and line.kind in ("text", "byline")):
            was_open = _bracket_open(groups[-1])
            in_dispatch = (was_open
                           or (groups[-1][0].kind == "start" and _bare_dispatch(groups[-1]))
                           # the text after the closed bracket goes on: `韩若馨)7月23` / `日，…`
                           or (byline_joined and line.kind == "text" and _ends_open(prev.text)))
        broken = (prev is not None and not line.blank_before and not (joinable or in_dispatch)
                  and _broken_byline("".join(ln.text for ln in groups[-1][-2:]), line.text))
        if joinable or in_dispatch or broken:
            groups[-1].append(line)
        else:
            groups.append([line])
        open_group = line.kind in ("text", "start") or in_dispatch
        # this line closed the bracket: `…(记者 王明` / `韩若馨)7月23`, or a broken
        # byline's rest did: `…记者 金晶 通讯` / `员 周媛 甘明彦）6月1` (`日，…` goes on)
        byline_joined = (was_open or broken) and not _bracket_open(groups[-1])

    merged: list[list[_Line]] = []
    for group in groups:
        if (merged and _continues(merged[-1], group, full if columns else None)
                and not across_columns(merged[-1], group)):
            merged[-1].extend(group)
        else:
            merged.append(group)

    pieces: list[str] = []
    offsets: list[int] = []
    blocks: list[Block] = []
    for group in merged:
        if pieces:
            pieces.append("\n")
            offsets.append(offsets[-1] + 1 if offsets else 0)
        start = len(offsets)  # one offset per character so far
        text = "".join(line.text for line in group)
        run_in = _run_in_byline(text) if group[0].kind != "start" else None
        if run_in is not None:  # the byline a block of its own, the text another
            gap, body = run_in
            group_offsets = [o for line in group for o in line.offsets]
            pieces += [text[:gap], "\n", text[body:]]
            offsets += group_offsets[:gap] + [group_offsets[gap]] + group_offsets[body:]
            blocks.append(Block(start, start + gap, 1, blank_before=group[0].blank_before,
                                wide_gap=group[0].blanks >= WIDE_GAP_LINES))
            blocks.append(Block(start + gap + 1, len(offsets), len(group), blank_before=False))
            continue
        pieces.append(text)
        for line in group:
            offsets.extend(line.offsets)
        blocks.append(Block(start, len(offsets), len(group),
                            across=(columns and len(group) == 1 and group[0].kind == "text"
                                    and group[0].width > ACROSS_RATIO * width[id(group[0])]),
                            blank_before=group[0].blank_before,
                            wide_gap=group[0].blanks >= WIDE_GAP_LINES))
    offsets.append(len(raw))
    return Page(source=source, raw=raw, text="".join(pieces), offsets=tuple(offsets),
                blocks=tuple(blocks))


# A byline run into its paragraph's first line, closed by 报道: `记者汪元蒙 实习生 许腾元报道
# 2月4日，《汴梁晚报》采访组…` (a paper that prints it so, no dispatch word before it).
_RUN_IN_CLOSE = re.compile(r"报道[:：]?\s*$")
_RUN_IN_MIN_TEXT = 10  # the text after it: a sentence, not a credit's last word
_RUN_IN_REACH = MAX_BYLINE_CHARS + 3  # where its 报道 (and a colon) may end


def _run_in_byline(text: str) -> tuple[int, int] | None:
    """(where the byline ends, where the text begins) of a paragraph opening with one."""
    if not ROLE_START_RE.match(text) or "报道" not in text[:_RUN_IN_REACH]:
        return None  # (most paragraphs: no byline's parse tried)
    found = leading_byline(text)
    if found is None:
        return None
    body = found[0]
    gap = len(text[:body].rstrip())
    if (not _RUN_IN_CLOSE.search(text, 0, body) or len(text) - body < _RUN_IN_MIN_TEXT
            or not any(c in SENTENCE_PUNCT for c in text[body:])):
        return None
    return gap, body


# The cores of the role words, which every form of one ends with (`本报记者`, `晚报摄影记者`,
# `本报通讯员`): a role word near a line's end, where a byline may go on below (`记者 王明
# 通讯员 韩`), or ending the line below a break; a role word across a break ends on one of
# their last characters.
_ROLE_CORES = ("记者", "通讯员", "通迅员", "摄影", "采访人员", "实习生", "编辑", "校对")
_CORES = "|".join(_ROLE_CORES)
_ROLE_NEAR_END = re.compile(f"(?:{_CORES})[^。！？!?]{{0,{ROLE_TAIL - 4}}}$")
_ROLE_CORE_AT_END = re.compile(rf"(?:{_CORES})\s*$")
# A credit `文/图` (`文/摄`) broken after its first half.
_CREDIT_HALF = re.compile(r"[\s\u3000]文\s*[/／]?$")
_CREDIT_REST = re.compile(r"\s*[/／]?[图摄]\s*")
_ROLE_WORD_END = re.compile("[" + "".join(sorted({core[-1] for core in _ROLE_CORES})) + "]")
_CJK_CHAR = re.compile(f"[{CJK}]")
_CLAUSE, _CLOSED = re.compile("[，。；！？,;]"), re.compile("[)）]")


# A credit's label opening a line: the line is a credit of its own (`文/记者 徐钧钻 通讯员
# 胡志锦` / `图/记者 徐钧钻`: no correspondent 胡志锦图).
_CREDIT_LABEL = re.compile(r"\s*(?:文|图|摄影?|视频)\s*[/／:：]")


def _broken_byline(text: str, below: str) -> bool:
    """The column broke a byline between ``text`` and the line ``below``: a caption's
    credit (`…为居民义务理发。本报记者` / `王振华 摄`), a role word (`本报记者 王明 通讯` /
    `员 李华 文图`, `文/本报记者 王明 图/本报` / `记者 李华`) or a name (`记者 王明 通讯员
    韩` / `明轩 文/图`). Unless a role word runs across the break, the line below is no
    byline of its own (`记者 王明` / `通讯员 李华 文/图` are two) and the byline read
    across it differs from what the first line alone gives."""
    if text.endswith("摄") and parse_byline(below) and trailing_byline(text) is not None:
        return False  # a credit 摄 closed, another below: `柳州日报记者 叶子 摄` / `…姜立 摄`
    # The rest of a byline is names and credits, no clause, up to where it closes the
    # byline's bracket: `记者 阮帅 通讯员曹佳` / `丽 陈芳芳 ）近日，`, `…记者 金晶 通讯` /
    # `员 周媛 甘明彦）6月1` (the text after the bracket is no byline's).
    if _CREDIT_REST.fullmatch(below) and _CREDIT_HALF.search(text):
        # the last character of a credit: `…晚报记者 冯憬 文/` / `图`
        return trailing_byline(text + below) is not None
    clause = _CLAUSE.search(below)
    closed = _CLOSED.search(below, 0, clause.start() if clause else len(below))
    if closed is not None:
        below = below[: closed.end()]
    elif clause is not None:
        return False
    if len(below) > MAX_BROKEN_BYLINE_TAIL:
        return False
    across = _role_across(text, below)
    if not (across or _ROLE_NEAR_END.search(text, max(0, len(text) - ROLE_TAIL))):
        return False
    found = trailing_byline(text + below)
    if found is None or found[0] >= len(text):
        # (a role word across the break with the name on the next line: `…打卡。四川日` /
        # `报全媒体记者` / `衡昌辉 摄`)
        return across and _ROLE_CORE_AT_END.search(below) is not None
    alone = parse_byline(text[found[0]:])
    own_line = (ROLE_START_RE.match(below) or _CREDIT_LABEL.match(below)) and parse_byline(below)
    ends_in_name = alone and text.rstrip().endswith(alone[-1].name)
    if own_line and (ends_in_name or not across):
        # a byline of its own below one that ends in a name: `□本报记者 张鹏程` / `本报通讯员
        # 杨荣超` (not `…张清颖 摄影` / `记者 张培坚`, where 摄影记者 runs across the break)
        return False
    if across:
        return True
    return [(b.role, b.name) for b in alone or ()] != [(b.role, b.name) for b in found[1]]


def _role_across(text: str, below: str) -> bool:
    """One role word runs across the break: `摄影` / `记者 张三`, `…光明社区。人民网` /
    `记者 时雨摄`. It starts after a space or a mark, not inside a run of names (in
    `本报记者张鹏程申红` / `本报通讯员杨荣超`, `程申红本报` is no paper)."""
    if not _ROLE_WORD_END.search(below, 0, ROLE_REACH):
        return False  # (every role word ends so: `记者`, `通讯员`, `摄影`, `实习生`)
    start = max(0, len(text) - ROLE_REACH)
    near = text[start:] + below[:ROLE_REACH]
    cut = len(text) - start
    for i in range(cut):
        if start + i == 0 or not _CJK_CHAR.match(text, start + i - 1):
            m = ROLE_RE.match(near, i)
            if m and m.end() > cut and near.find(_OWN_PAPER, i, m.end()) not in \
                    range(cut, m.end()):
                return True
    return False


# `本报` opens a role word, it ends no paper's name: a title over its byline line,
# `“管闲事儿”的义工队` / `本报记者 党贺喜`, is no paper `…义工队本报`.
_OWN_PAPER = "本报"


def _bare_dispatch(group: list[_Line]) -> bool:
    """The group is one dispatch line with nothing after its dispatch word."""
    text = group[0].text
    return len(group) == 1 and DISPATCH_RE.match(text).end() == len(text)


def _bracket_open(group: list[_Line]) -> bool:
    """A bracket or quote opened near the end and not closed: the next line goes on with
    it even if spaced like a headline (`本报讯(记者 栾月琳 通` / `讯员 王军伟 李雪宁)昨`,
    `开展“社村` / `共建 助农兴农”平菇采摘活动`)."""
    tail = ""
    for line in reversed(group):  # (the last lines only: a dispatch's group grows long)
        tail = line.text + tail
        if len(tail) >= OPEN_BRACKET_REACH:
            break
    tail = tail[-OPEN_BRACKET_REACH:]
    opened = max(tail.rfind(c) for c in _OPENING)
    return opened >= 0 and not any(c in _CLOSING for c in tail[opened:])


def _credit_closes(text: str) -> bool:
    """A sentence and a credit end the paragraph, whatever quote stands open before them:
    `建设”四最镜湖“的美好愿望。记者 杨大伟 摄` (quotes printed the wrong way round)."""
    found = trailing_byline(text)
    # (not a credit that opens a bracket itself: `…感谢。(滨州日报/滨州网记者王健` / `通讯员…)`)
    return found is not None and text[:found[0]].rstrip().endswith(("。", "！", "？")) \
        and not any(c in _OPENING for c in text[found[0]:])


def _picture_credited(text: str) -> bool:
    """A caption and its picture's credit fill a line: the caption ends there, however
    wide the line (`调查员正在东寨港自然保护区三江保护站观鸟。 本报记者 石中华 摄` /
    `在东寨港自然保护区三江保护站栖息的白鹭。 本报记者 石中华 摄`)."""
    return text.rstrip().endswith(("摄", "摄影")) and _credit_closes(text)


_OPENING, _CLOSING = "(（“《【", ")）”》】"  # (`…讯 【记者 王雪梅` / `张超】…`)
# How the second half of a role word broken by the column starts (记|者, 通讯|员).
_ROLE_WORD_ENDS = ("者", "员", "讯员")
# Characters that lead into a date in running text: `…将于` / `10月10日，…`.
DATE_BEFORE_CHARS = "于在从自至到截是为和与及止"


def _continues(prev: list[_Line], nxt: list[_Line], full) -> bool:
    """Does paragraph ``nxt`` continue ``prev`` (`动员社区居` / blank / `民积极参与…`)?
    ``full`` tells whether a column line is full width (None on a long-line page)."""
    if prev[-1].kind in ("text", "start") and _bracket_open(prev[-1:]) \
            and not _credit_closes(prev[-1].text):
        # `本报讯 (记者 武建玲` / `通讯员 王天江 李爱玲)`; `…赢得了好评。（扬州晚报` / `记者 赵磊）`
        return True
    if nxt[0].kind != "text" or prev[-1].kind not in ("text", "start") \
            or ("转" in prev[-1].text and TURNS_OVER_RE.search(prev[-1].text)):
        return False  # (`…回忆道。(下转第三版)` ends its paragraph)
    if nxt[0].text[:1] in LEAD_MARKS:
        return False  # a marked paragraph starts its own: `▲居民在读报栏前读报。`
    if len(nxt) == 1 and _ends_open(prev[-1].text):  # (a paragraph's end is its last line's)
        prev_text = "".join(ln.text for ln in prev)
        if nxt[0].text.startswith(_ROLE_WORD_ENDS):
            # a byline whose role word the column broke: `…石榴园。晚报记` / `者 马武 王战龙/文`
            found = trailing_byline(prev_text + nxt[0].text)
            if found is not None and found[0] < len(prev_text):
                return True
        found = trailing_byline(nxt[0].text)
        if (found is not None and found[0] > 0 and not glued_bracket(nxt[0].text, found[0])
                and _is_running_text(prev_text)
                and not trailing_byline(prev_text)):
            return True  # a sentence's last words and its credit: `…要当发动` / `机！ 记者 孙庆辉`
    if any(ln.doubled for ln in prev + nxt):
        return False  # a headline printed twice is no running text (see is_doubled_line)
    if len(prev) == 1 and NEWS_LEAD_RE.match(nxt[0].text) \
            and prev[0].text[-1:] not in DATE_BEFORE_CHARS:
        # a title of one line as wide as the column over a news item's first words:
        # `健步行 唐山情，小山街道“走”进中国唐山工业博物馆` / blank / `10月10日，路南区…`
        # (a sentence cut before its date has a word that leads into it: `…定于` / `10月…`)
        return False
    if full is None and len(prev) == 1 and _phrase_gap(prev[0].text):
        # a title on a long-line page, its phrases set apart: `盛和园社区:台风过后,“红马甲”
        # 点亮家园修复路` / blank / `盛和园社区志愿者与物业工作人员、市民合力拉竖直倒树。`
        return False
    prev_text = "".join(ln.text for ln in prev)
    nxt_text = "".join(ln.text for ln in nxt)
    if (full is None and len(prev_text) <= MAX_TITLE_OVER_QUOTE and nxt_text.startswith("“")
            and prev_text.count("“") <= prev_text.count("”") and prev_text[-1:] not in "：:"):
        # a title with a comma over a quote that opens a feature, on a long-line page
        # (`大年初一,德州30名义工风景区捡拾垃圾倡文明` / blank / `“你们几个捡这边…`); a
        # quote opened above goes on (`“看报纸,` / `我就认准《洛阳晚报》”`), as one a colon
        # announces does, and a paragraph's cut (`…聚焦主导产业提升“质量”，坚持` / blank /
        # `“园中国”模式，…`) is longer than a title
        return False
    # (the rest of a sentence after the cut may be short: `…出席了本` / blank / `次活动。`)
    if not (_is_running_text(prev_text)
            and (_is_running_text(nxt_text) or (len(nxt) == 1 and nxt_text.endswith("。")))):
        return False
    # A paragraph of lines may stop on a quoted term, mid-sentence (`…重点关注“一老一小”` /
    # `群体，…`); a one-line crosshead ends so too (`社工入格，温暖“一老一小”`).
    open_end = _ends_open(prev_text) or (len(prev) > 1 and _QUOTED_TERM.search(prev_text))
    if not open_end or trailing_byline(prev_text) \
            or trailing_bare_credit(prev_text) is not None:
        return False  # `…采摘成熟的果子。 通讯员 陈军/摄`, `…关心和爱护。(袁小萍)` end theirs
    if full is not None:
        return full(prev[-1])
    return len(prev_text) >= MIN_CONTINUED_CHARS
