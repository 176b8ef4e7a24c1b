"""Bylines as printed on the sample pages and in other papers' conventions."""

from __future__ import annotations

import pytest

from kg.bylines import (
    author_line,
    bare_credit_line,
    labelled_byline,
    leading_byline,
    parse_byline,
    split_names,
    trailing_bare_credit,
    trailing_byline,
)
from kg.rules import DISPATCH_RE


def _people(text):
    return [(b.role, b.name) for b in parse_byline(text)]


@pytest.mark.parametrize("text, expected", [
    ("记者 张改华", [("reporter", "张改华")]),
    ("通讯员 靳捷 赵孟秋 文/图", [("correspondent", "靳捷"), ("correspondent", "赵孟秋")]),
    ("记者 刘伟平 通讯员 乔贺李博文",
     [("reporter", "刘伟平"), ("correspondent", "乔贺"), ("correspondent", "李博文")]),
    ("本报记者 王思俊 摄", [("reporter", "王思俊"), ("photographer", "王思俊")]),
    ("本报记者 党贺喜 通讯员 郭岩岩 文图", [("reporter", "党贺喜"), ("correspondent", "郭岩岩")]),
    ("记者 武建玲 通讯员 克东海", [("reporter", "武建玲"), ("correspondent", "克东海")]),
    ("郑州晚报记者 王红、李雪", [("reporter", "王红"), ("reporter", "李雪")]),
    ("首席记者 陈静 见习记者 周楠", [("reporter", "陈静"), ("reporter", "周楠")]),
    ("记者：张三 通讯员：李四", [("reporter", "张三"), ("correspondent", "李四")]),
    # Other papers: an outlet before 通讯员, agencies, credits before the role word, marks.
    ("记者 张三 本报通讯员 李四", [("reporter", "张三"), ("correspondent", "李四")]),
    ("郑州日报特约通讯员 周九", [("correspondent", "周九")]),
    ("新华社记者 林善传 摄", [("reporter", "林善传"), ("photographer", "林善传")]),
    ("河南日报特约记者 王五", [("reporter", "王五")]),
    ("□晚报记者 徐松 文/图 通讯员 贾立军", [("reporter", "徐松"), ("correspondent", "贾立军")]),
    ("文/记者 张三 图/记者 李四",
     [("reporter", "张三"), ("reporter", "李四"), ("photographer", "李四")]),
    ("文/图 本报记者 王五", [("reporter", "王五")]),
    ("图/记者 李四 摄", [("reporter", "李四"), ("photographer", "李四")]),
    ("（记者/张三 通讯员/李四）", [("reporter", "张三"), ("correspondent", "李四")]),
    ("周口报业全媒体记者 张劲松", [("reporter", "张劲松")]),
    ("湖南日报·新湖南客户端记者 王茜 通讯员 李蓓",
     [("reporter", "王茜"), ("correspondent", "李蓓")]),
    ("浙江在线记者 吴雅茗", [("reporter", "吴雅茗")]),
    # photographers: a role word, 摄 alone, a credit OCR glued to the name
    ("特约摄影 吕华", [("photographer", "吕华")]),
    ("(吕枫 摄)", [("photographer", "吕枫")]),
    ("通讯员 陈军/摄", [("correspondent", "陈军"), ("photographer", "陈军")]),
    ("(通讯员余小菊摄)", [("correspondent", "余小菊"), ("photographer", "余小菊")]),
    ("全媒体记者李晨翀报道", [("reporter", "李晨翀")]),
    ("记者 张三 摄影", [("reporter", "张三"), ("photographer", "张三")]),
    ("本报记者 郑洁 摄影报道", [("reporter", "郑洁"), ("photographer", "郑洁")]),
    ("记者 李四/图", [("reporter", "李四"), ("photographer", "李四")]),
    ("记者 王建国文/图", [("reporter", "王建国")]),
    ("记者 蒋凌翔文/摄", [("reporter", "蒋凌翔"), ("photographer", "蒋凌翔")]),
    ("蒋凌翔文/摄", [("photographer", "蒋凌翔")]),
    # ... after a two-character name too: the 文 before `/摄`, `/图` is the credit's
    ("记者吴亮文/摄", [("reporter", "吴亮"), ("photographer", "吴亮")]),
    ("首席记者 孙强文/图", [("reporter", "孙强")]),
    ("(吴亮文/摄)", [("photographer", "吴亮")]),
    # a credit's label set off by a bar
    ("文图丨掌上荆州·荆州晚报记者 王明", [("reporter", "王明")]),
    ("图丨记者 李华", [("reporter", "李华"), ("photographer", "李华")]),
    # a paper and its video app, whose name opens with digits
    ("东方晨报、39度视频首席记者王明", [("reporter", "王明")]),
    # a platform's brand before its paper, joined by a hyphen
    ("荆楚云-湖北日报记者 王明 李华", [("reporter", "王明"), ("reporter", "李华")]),
    # two outlets; a two-character name spaced out to fill the line
    ("沈阳日报、沈报全媒体记者张晶、王福誉", [("reporter", "张晶"), ("reporter", "王福誉")]),
    ("记者 付 生 通讯员 于明鹏", [("reporter", "付生"), ("correspondent", "于明鹏")]),
    ("郑报融媒记者 胡成玉 张翼飞 文/图", [("reporter", "胡成玉"), ("reporter", "张翼飞")]),
    ("（郎家 摄影报道）", [("photographer", "郎家")]),
    # A name OCR ran into the next role word is no outlet: 刘伟平 + 本报通讯员.
    ("记者 刘伟平本报通讯员 李四", [("reporter", "刘伟平"), ("correspondent", "李四")]),
])
def test_bylines_parse(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "记者从3月30日召开的二七区委全体会议上获悉",
    "记者从会上获悉",
    "二七区人社局",
    "防疫 消杀 收集",
    "■聚焦“两会”关注民生",
    "文/图",
    "江山摄影",  # a headline, not 江山 credited with 摄
    "美丽乡村摄影报道",  # no name before the glued credit
    "记者核实：",  # a section label
    "记者手记",
])
def test_text_is_not_a_byline(text):
    assert parse_byline(text) is None


@pytest.mark.parametrize("run, names", [
    ("乔贺李博文", ["乔贺", "李博文"]),
    ("克东海", ["克东海"]),
    ("刘晓静刘佳丽", ["刘晓静", "刘佳丽"]),
    ("欧阳晓明", ["欧阳晓明"]),
    ("王红李雪", ["王红", "李雪"]),
])
def test_run_together_names_are_split(run, names):
    assert split_names(run) == names


def test_trailing_byline_after_the_last_sentence():
    offset, names = trailing_byline("本次岗位练兵，大家互相交流学习，收获颇多。 记者 景静")
    assert [(b.role, b.name) for b in names] == [("reporter", "景静")]
    assert offset == len("本次岗位练兵，大家互相交流学习，收获颇多。")


def test_photo_credit_closing_a_caption():
    text = "近日，二七区新时代文明实践中心开展志愿服务活动。本报记者 刘伟平 摄"
    _, names = trailing_byline(text)
    assert [(b.role, b.name) for b in names] == [("reporter", "刘伟平"),
                                                 ("photographer", "刘伟平")]


def test_a_captions_credit_glued_after_a_space():
    # `…变与不变。 李明远 ` / `摄`: the line's end swallowed the space before 摄.
    offset, names = trailing_byline("漫步老街，感受一个老社区的新变化。 李明远摄")
    assert [(b.role, b.name) for b in names] == [("photographer", "李明远")]
    assert offset == len("漫步老街，感受一个老社区的新变化。")
    assert trailing_byline("今天天气很好。 大家都去拍摄") is None


def test_a_leading_byline_closed_by_a_bracket_never_opened():
    # `宝安讯宝安日报记者 金晶 通讯员 周媛 甘明彦）6月16日，…`: OCR lost the opening bracket
    offset, names = leading_byline("龙岗日报记者 王明 通讯员 李华 张小燕）6月16日，街道开展")
    assert [(b.role, b.name) for b in names] == [
        ("reporter", "王明"), ("correspondent", "李华"), ("correspondent", "张小燕")]
    assert offset == len("龙岗日报记者 王明 通讯员 李华 张小燕）")


def test_no_trailing_byline_in_running_text():
    assert trailing_byline("记者了解到，该区已完成改造任务。") is None


def test_interns_are_read_but_not_credited():
    assert _people("记者 张三 实习生 王悦") == [("reporter", "张三")]


def test_bylines_in_brackets():
    assert _people("（记者 张三 通讯员 李四）") == [("reporter", "张三"), ("correspondent", "李四")]
    offset, names = trailing_byline("下一步将在全区推广。（记者 张三）")
    assert [(b.role, b.name) for b in names] == [("reporter", "张三")]
    assert offset == len("下一步将在全区推广。")


@pytest.mark.parametrize("closing, people", [
    ("□记者 徐松", [("reporter", "徐松")]),
    ("本报通讯员 李四", [("correspondent", "李四")]),
    ("文/记者 张三 图/记者 李四",
     [("reporter", "张三"), ("reporter", "李四"), ("photographer", "李四")]),
    # a dispatch's dateline and byline closing the text (a paper reprinting another's)
    ("南城日报3月9日讯(全媒体记者王晓东 通讯员 李丽 周强)",
     [("reporter", "王晓东"), ("correspondent", "李丽"), ("correspondent", "周强")]),
])
def test_trailing_bylines_of_other_papers(closing, people):
    sentence = "居民们纷纷点赞。"
    offset, names = trailing_byline(f"{sentence}{closing}")
    assert offset == len(sentence)
    assert [(b.role, b.name) for b in names] == people


@pytest.mark.parametrize("text, offset", [
    ("布心社区治安得到改观。(甘 霖 彭为峰)", 11),  # spaced two-character name
    ("组织工作人员走访企业。（陈风歌）", 11),
    ("工作。（记者 张三）", None),  # a role: trailing_byline reads it
    ("他的师傅（张三）", None),  # not after a sentence's end
    ("活动很成功。（防疫 消杀）", None),  # words, not names
    ("活动很成功。（周立文/图）", 6),  # text and picture by one, no role
    ("活动很成功。（李博文）", 6),  # 文 ends the name, no label before it
])
def test_trailing_bare_credit(text, offset):
    assert trailing_bare_credit(text) == offset


@pytest.mark.parametrize("line, is_credit", [
    ("郑玉洁 赵志花", True),
    ("(供稿：东坡区通惠街道 温润琴)", True),  # supplied by a unit's contributor: nobody's
    ("（供稿：城南街道 李华）", True),
    ("(供稿：新华社)", False),  # an agency, no name
    ("马刚 郝欣 陈南", True),
    ("(汪小友)", True),
    ("陈南", False),  # one name alone could be a headline word
    ("防疫 消杀 收集", False),  # picture key words
    ("小区基础设施大改变 居住环境告别脏乱差", False),
    ("东城区安平街道办事处柳荫社区居委会 高建", True),  # a unit and its contributor
    ("图、文/东城区民政局 高建 孙宁", True),
    ("幸福社区 欢乐多", False),  # a unit's name and no names after it: a headline
])
def test_bare_credit_line(line, is_credit):
    assert bare_credit_line(line) is is_credit


@pytest.mark.parametrize("text, expected", [
    ("正观新闻·郑州晚报记者 孙庆辉 通讯员 韩若馨",
     [("reporter", "孙庆辉"), ("correspondent", "韩若馨")]),
    ("草原云·北方新报记者 张巧珍", [("reporter", "张巧珍")]),
    # a transliterated name keeps its dot; a dot before a credit is none of a name's
    ("记者 阿依古丽·买买提 摄", [("reporter", "阿依古丽·买买提"),
                             ("photographer", "阿依古丽·买买提")]),
    ("记者 王明·摄影", [("reporter", "王明"), ("photographer", "王明")]),
    ("井娇摄影报道", [("photographer", "井娇")]),  # a photo report's credit, glued
    ("安阳融媒记者 李婧瑜 文/图", [("reporter", "李婧瑜")]),  # a city's media centre
    ("南城融媒采访人员 刘晓 通讯员 孙宁",  # some papers' word for a reporter
     [("reporter", "刘晓"), ("correspondent", "孙宁")]),
    ("郑州观察记者冯立克", [("reporter", "冯立克")]),  # a paper's city desk
    ("文/孙敏 图/李强", [("photographer", "李强")]),  # labels, no role word
    ("作者：孙敏 摄影：李强", [("photographer", "李强")]),
    ("文/孙敏", []),  # a credit, to nobody
    ("图/文赵林钱瑞周敏", []),  # text and pictures together: nobody, and no name 文赵林
    ("文/图 赵林 钱瑞", []),
    ("□周刊记者 董丽丽", [("reporter", "董丽丽")]),  # a paper's weekly
    ("文、图/南城日报全媒体记者秦立", [("reporter", "秦立")]),  # text and picture by one
    ("南城日报全媒体 记者李瑞文 文/图", [("reporter", "李瑞文")]),  # its desk, set apart
    ("记者 韩志强 通讯员 理晓明 摄",  # one picture credit at the end is everyone's
     [("reporter", "韩志强"), ("correspondent", "理晓明"), ("photographer", "韩志强"),
      ("photographer", "理晓明")]),
    ("李雪梅 记者 李春华", [("reporter", "李春华")]),  # a name with no role: nobody
    ("(胡建国 许玉兰 厉娜摄)", [("photographer", "胡建国"), ("photographer", "许玉兰"),
                           ("photographer", "厉娜")]),
    ("（胡建国 许玉兰厉娜摄）", [("photographer", "胡建国"), ("photographer", "许玉兰"),
                           ("photographer", "厉娜")]),  # two names run together
    ("YMG全媒体记者 金海善 摄影报道", [("reporter", "金海善"), ("photographer", "金海善")]),
    ("晚报记者 马武 王战龙/文 白韬/图",  # the picture credit is 白韬's alone
     [("reporter", "马武"), ("reporter", "王战龙"), ("reporter", "白韬"),
      ("photographer", "白韬")]),
    ("通讯员 徐燕 江城晚报/爱江城记者 李琳",  # a paper and its app, named anyhow
     [("correspondent", "徐燕"), ("reporter", "李琳")]),
    ("(特派记者 沈钧)", [("reporter", "沈钧")]),  # sent to another city
])
def test_outlet_brands_and_split_credits(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the space before a credit lost where the column broke the line: `王晓燕 ` / `文图）`
    ("记者 郑立国 通讯员 王晓燕文图", [("reporter", "郑立国"), ("correspondent", "王晓燕")]),
    # text by one, picture by another, the space before 文 lost: `范志强 ` / `文 郑丽 图`
    ("记者 范志强文 郑丽 图", [("reporter", "范志强"), ("reporter", "郑丽"),
                          ("photographer", "郑丽")]),
    ("记者 王明李文", [("reporter", "王明"), ("reporter", "李文")]),  # two names, no credit
    # where the story was filed from, between the name and 报道: no second name
    ("首席记者王立新洛阳报道", [("reporter", "王立新")]),
    ("记者 赵丽 通讯员 孙建国南阳报道", [("reporter", "赵丽"), ("correspondent", "孙建国")]),
    ("记者欧阳建华报道", [("reporter", "欧阳建华")]),  # (建华, a district, is the name's)
])
def test_a_credit_glued_to_the_last_name(text, expected):
    assert _people(text) == expected


def test_a_byline_after_a_label_of_its_own():
    assert [(b.role, b.name) for b in labelled_byline("新南城-南城日报原创 记者 佘振 何格")] == [
        ("reporter", "佘振"), ("reporter", "何格")]
    assert labelled_byline("居民们纷纷点赞，记者 张三") is None  # a sentence, not a label


def test_a_credit_word_is_no_name():
    assert parse_byline("YMG记者摄影报道") is None


@pytest.mark.parametrize("text", ["记者来到上海闵行区莘庄镇康城", "记者了解到", "记者随后来到",
                                  "晚报记者进社区", "通讯员供图",
                                  "采访人员走进社区回迁安置的新楼"])
def test_prose_after_a_role_word_is_no_byline(text):
    assert parse_byline(text) is None


def test_a_picture_agency_after_the_photographer():
    assert _people("本报记者 颜维琦摄/光明图片") == [("reporter", "颜维琦"),
                                                  ("photographer", "颜维琦")]


@pytest.mark.parametrize("text, expected", [
    ("(小汤摄)", [("photographer", "小汤")]),  # a pen name, glued to 摄 in its brackets
    ("（老李摄）", [("photographer", "老李")]),
    ("(张三摄)", [("photographer", "张三")]),
    ("(拍摄)", None),  # a word, no name
    ("(新宣 摄)", None),  # a department's short name, no surname
])
def test_bracketed_photo_credits(text, expected):
    found = parse_byline(text)
    assert (None if found is None else [(b.role, b.name) for b in found]) == expected


def test_ocr_misreadings_of_xun():
    # OCR reads 讯 as 迅 or 汛 (alike in print): `通迅员` is still a correspondent's role,
    # `本报迅` still opens a dispatch.
    names = parse_byline("记者 孙明 通迅员 高远")
    assert [(b.role, b.name) for b in names] == [("reporter", "孙明"), ("correspondent", "高远")]
    assert DISPATCH_RE.match("本报迅（记者 孙明）昨日，") and DISPATCH_RE.match("本报汛 近日，")


@pytest.mark.parametrize("line, alone", [
    ("◆陈秀珍", True), ("冷 鹏", True), ("冷鹏 刘丹", True),
    ("郝文斌", True),  # a name jieba does not know as a word
    ("金秋", False), ("黄金周", False), ("周末", False),  # words of its dictionary
])
def test_author_line(line, alone):
    assert author_line(line) is alone


@pytest.mark.parametrize("text, expected", [
    # a paper's two-character nickname before 记者 (a letter set before it too)
    ("楚天记者 周明远", [("reporter", "周明远")]),
    ("N海都记者 林晓燕/文 郑浩/图",
     [("reporter", "林晓燕"), ("reporter", "郑浩"), ("photographer", "郑浩")]),
    # a press group's member is none of our roles
    ("（记者 楼晓 县委报道组 陈立）", [("reporter", "楼晓")]),
    # where the story was filed from, a province's and a city's names in a row
    ("（记者李明 章宏伟 贵州遵义报道）", [("reporter", "李明"), ("reporter", "章宏伟")]),
    # a name a credit closes, though jieba's dictionary has its first two characters
    ("记者计成林摄", [("reporter", "计成林"), ("photographer", "计成林")]),
])
def test_nicknames_press_groups_filing_places_and_credited_names(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a media group's or an app's name we do not know before 记者
    ("长城新媒体记者 张晨光 周亚彬 报道", [("reporter", "张晨光"), ("reporter", "周亚彬")]),
    ("邯郸新闻传媒中心记者 王梦洁", [("reporter", "王梦洁")]),
    ("红网时刻记者 李楠 通讯员 张晓耘 长沙报道",
     [("reporter", "李楠"), ("correspondent", "张晓耘")]),
])
def test_media_groups_we_do_not_know(text, expected):
    assert _people(text) == expected


def test_a_caption_credit_by_a_media_group_we_do_not_know():
    found = trailing_byline("改造后的棉三社区东门口。长城新媒体记者 周亚彬 摄")
    assert found is not None and found[0] == 12
    assert [(b.role, b.name) for b in found[1]] == [
        ("reporter", "周亚彬"), ("photographer", "周亚彬")]


@pytest.mark.parametrize("text", ["市民记者 班明", "记者计成林", "热心市民记者 班明",
                                  "跟着记者 去看看"])
def test_citizen_reporters_and_an_uncredited_dictionary_word(text):
    # readers who report for a paper are none of our roles; without a credit closing it,
    # a run that opens with a dictionary word stays prose; after a name we do not know
    # before 记者, what follows must be names with surnames (`去看看` is none)
    assert parse_byline(text) is None


@pytest.mark.parametrize("text, dispatch", [
    ("泰安日报社·中华泰山网讯（记者 李浩 审核 陈明）近日，", "泰安日报社·中华泰山网讯"),
    ("亮点黔西南讯 6月9日上午，兴义市", "亮点黔西南讯"),  # an app we do not know
    ("湘江在线5月10日讯（记者 周敏）", "湘江在线5月10日讯"),
    ("南海网4月25日消息 （记者 陈晓）23日上午，", "南海网4月25日消息"),
    ("他收到通讯 6月9日，", None),  # 通讯 (a report) is no dispatch's 讯
    ("天天天水网15日16时讯 【记者 王雪梅】初冬降临", "天天天水网15日16时讯"),  # day and hour
    # 记 for 讯 (alike in print) before a bracketed byline (round 41); 本报记者 is a role
    ("本报记(郑报全媒体记者 王赛华 通讯员 谢鹏飞) 昨日上午，", "本报记"),
    ("本报记者 王赛华 通讯员 谢鹏飞", None),
])
def test_more_dispatch_lines(text, dispatch):
    m = DISPATCH_RE.match(text)
    assert (m.group().strip() if m else None) == dispatch


def test_an_editor_and_a_bare_credit_with_its_tail_credit_nobody():
    # `审核 X` credits the editor, none of our roles; `(X Y 报道)` after the last sentence
    # credits two people with no role word: nobody, but it ends the paragraph's text
    assert _people("记者 李浩 审核 陈明") == [("reporter", "李浩")]
    assert trailing_bare_credit("安排环卫人员进行清扫。(高兰 张贵林 报道)") == 11


def test_an_end_byline_in_lenticular_brackets():
    found = trailing_byline("居民生活更方便了。【记者 张芮 审核 王天姿】")
    assert found is not None and found[0] == 9
    assert [(b.role, b.name) for b in found[1]] == [("reporter", "张芮")]


def test_an_end_credit_blocks_editors_credit_nobody():
    # `统筹:X Y` / `记者:A B` / `视频:A C` under the text (round 41): the reporters are the
    # 记者 line's; the coordinators and the video's makers are none of our roles, and a
    # video desk before 记者 is still a reporter's
    assert parse_byline("统筹:张明纯 李扬") == []
    assert parse_byline("视频:林蓁 余俊樵") == []
    assert [b.name for b in parse_byline("记者:林蓁 李德鹏")] == ["林蓁", "李德鹏"]
    assert [(b.role, b.name) for b in parse_byline("视频记者 王刚")] == [("reporter", "王刚")]


@pytest.mark.parametrize(("line", "names"), [
    ("■周丽 摄影报道", ["周丽"]),  # a marked photo report's credit, no role word (round 44)
    ("◎ 王琴 李响 摄", ["王琴", "李响"]),
    ("■聚焦两会 摄影", None),  # a column's tag: no surname starts it
])
def test_marked_photo_credits_without_a_role(line, names):
    found = parse_byline(line)
    assert (None if found is None else [(b.role, b.name) for b in found]) == (
        None if names is None else [("photographer", n) for n in names])


@pytest.mark.parametrize(("line", "credits"), [
    # an outlet alone before names its credit follows: its reporters (round 45, 郑州晚报)
    ("郑州晚报 王雪 文/图", [("reporter", "王雪")]),
    ("大河报 李明 王刚 文", [("reporter", "李明"), ("reporter", "王刚")]),
    ("洛阳晚报 张华 摄", [("reporter", "张华"), ("photographer", "张华")]),
    ("中牟时报 李淑娟", None),  # no credit: a partner paper's contributor
])
def test_an_outlet_before_credited_names(line, credits):
    found = parse_byline(line)
    assert (None if found is None else [(b.role, b.name) for b in found]) == credits


def test_an_outlet_before_a_name_and_another_role_in_a_dispatchs_bracket():
    # `本报讯(郑报融媒 谢鹏飞 通讯员 刘雪梅)`: the outlet's reporter (round 47)
    found = parse_byline("郑报融媒 王浩 通讯员 李敏")
    assert [(b.role, b.name) for b in found] == [("reporter", "王浩"), ("correspondent", "李敏")]
