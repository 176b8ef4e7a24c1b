"""Text modelled on the probe pages, read again in the twenty-fourth session: a picture whose
short caption leans on a story (it says no when) is that story's, with its credit; credits
with a bar after the role word (`记者|李莉`) or letter-spaced (`通 讯 员 吴红波`); one page's
fault is not the build's (tests/test_page_faults.py)."""

from pathlib import Path

import pytest

from kg.bylines import parse_byline
from kg.pipeline import extract_text

SAMPLES = Path(__file__).resolve().parent.parent / "kg" / "samples"


def _items(page: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(a.headline, a.kind, a.people("reporter"), a.people("photographer"))
            for a in extract_text("p.txt", page)]


def test_a_caption_sharing_the_storys_words_is_its_picture():
    page = ("七星区开展志愿服务活动\n\n本报讯(记者 梁亮)19日,七星区开展志愿服务活动,60位志愿者"
            "在主次干道拆除破旧广告220处,清除了便民信息栏内陈旧的信息。\n\n"
            "志愿者在骖鸾路拆除已经陈旧的墙面广告。\n记者滕嘉摄\n\n"
            "创建文明城是一项惠民工程\n\n本报记者 庄盈\n\n"
            "白抗美觉得,桂林是有厚重历史文化的城市。\n")
    assert _items(page) == [
        ("七星区开展志愿服务活动", "news", ["梁亮", "滕嘉"], ["滕嘉"]),
        ("创建文明城是一项惠民工程", "feature", ["庄盈"], []),
    ]


def test_a_caption_saying_it_shows_the_story_before():
    page = ("志愿之夜文艺展演举行\n\n本报讯(记者 江勇)12月3日,志愿之夜文艺展演在市大剧院举行。\n\n"
            "图为展演现场。\n\n记者王文生摄\n\n"
            "文明创建调度会召开\n\n本报讯(记者 黄莹) 9月1日下午,全市文明创建调度会召开。\n")
    assert _items(page)[0] == ("志愿之夜文艺展演举行", "news", ["江勇", "王文生"], ["王文生"])
    assert len(_items(page)) == 2


def test_pictures_of_a_spread_under_one_title_are_one_item():
    page = ("风雪中 最美的坚守\n\n昨天凌晨4时40分,公路部门在轸大路开展清雪防滑作业。\n\n"
            "通讯员 杜林霖 摄\n\n"
            "蓝天智慧物业有限公司150多名环卫工人以雪为令,提前上岗保畅通。\n\n"
            "YMG全媒体记者 杨春娜摄\n\n"
            "交警清理路面积雪,引导车辆安全有序通行。\n\n"
            "YMG全媒体记者 史崇胤 摄\n")
    [item] = extract_text("p.txt", page)
    assert (item.headline, item.kind) == ("风雪中最美的坚守", "photo")
    assert item.people("photographer") == ["杜林霖", "杨春娜", "史崇胤"]
    assert item.body.endswith("引导车辆安全有序通行。")


def test_a_caption_under_a_storys_headline_is_its_picture():
    page = ("志愿服务不打烊\n\n志愿者在擦站牌。(王博 摄)\n\n记者 王博\n\n"
            "昨日清晨5点,天刚蒙蒙亮,我就起床了。7点,小区门口聚集了不少志愿者,大家拎着水桶,"
            "拿着抹布,沿着公交站一路擦了过去。\n")
    [item] = extract_text("p.txt", page)
    assert (item.headline, item.kind) == ("志愿服务不打烊", "feature")
    assert (item.people("reporter"), item.people("photographer")) == (["王博"], ["王博"])
    assert item.body.startswith("志愿者在擦站牌。")


def test_a_caption_that_says_when_is_an_item_of_its_own():
    page = ("元宵节里闹花灯\n\n"
            "本报讯(记者 李明)元宵佳节,梅里古镇街头巷尾灯笼高挂,吸引众多市民。\n\n"
            "▲昨晚,市民冒雨在东林书院观花灯、猜灯谜。\n本报记者 王强 摄\n")
    assert _items(page) == [("元宵节里闹花灯", "news", ["李明"], []),
                            ("", "photo", ["王强"], ["王强"])]


def test_a_caption_telling_an_event_of_its_own_stays_an_item():
    # 35 characters, a purpose and who did what: a picture item after a story of a garden
    raw = (SAMPLES / "003_9ed230ac719b3763.txt").read_text(encoding="utf-8")
    [item] = [a for a in extract_text("003.txt", raw) if a.body.startswith("为进一步美化社区环境")]
    assert (item.headline, item.kind, item.people("photographer")) == ("", "photo", ["党贺喜"])


@pytest.mark.parametrize(("line", "names"), [
    ("记者|李莉", [("李莉", "reporter")]),
    ("记者|屈大鹏 王凯旗", [("屈大鹏", "reporter"), ("王凯旗", "reporter")]),
    ("记者｜王金刚 编辑｜苗欣", [("王金刚", "reporter")]),  # the editor is none of our roles
    ("记者丨王金刚", [("王金刚", "reporter")]),  # 丨, a character like a bar: no name's first
    ("摄影|张三", [("张三", "photographer")]),
    ("审核|张晓航 终审|朱代军", []),  # the desk's reviewers: a credit, none of our roles
    ("责编 王明", []),
    ("项目通过初审", None),  # prose
    # role words printed letter-spaced, as a justified line sets them
    ("记 者 王 博", [("王博", "reporter")]),
    ("通 讯 员 吴红波 李雪晖", [("吴红波", "correspondent"), ("李雪晖", "correspondent")]),
    ("本 报 记 者 王博", [("王博", "reporter")]),
])
def test_a_bar_after_a_role_word_or_a_role_word_letter_spaced(line, names):
    parsed = parse_byline(line)
    assert (parsed if parsed is None else [(b.name, b.role) for b in parsed]) == names


def test_an_item_of_a_long_line_page_signed_by_a_desks_credit_block():
    # one paragraph per line; a title with a comma over a feature's opening quote; credits
    # with bars; the new-media desk's production credit over them is no headline
    page = ("大年初一,德州30名义工风景区捡拾垃圾倡文明\n\n"
            "“你们几个捡这边、你们几个去那边,咱早点干完活回家过大年。”2月12日上午9点,德州市义工"
            "联合会的30名义工来到风景区,开始了新年第一天的志愿服务。\n\n"
            "大家身着红马甲,手拎垃圾袋,沿风景区捡拾散落在绿化带里的垃圾、烟头,不时赢得前来遛弯"
            "市民的称赞。\n\n记者|李莉\n编辑|高红岩\n\n\n"
            "山东省援疆工作指挥部一行来德州调研\n\n"
            "2月26日,市委书记田卫东会见了来我市调研的山东省援疆工作指挥部副总指挥李强一行,双方"
            "进行了座谈交流。\n\n"
            "德州日报新媒体出品\n记者|王金刚 编辑|苗欣\n审核|张晓航 终审|朱代军\n")
    assert [(a.headline, a.people("reporter")) for a in extract_text("p.txt", page)] == [
        ("大年初一,德州30名义工风景区捡拾垃圾倡文明", ["李莉"]),
        ("山东省援疆工作指挥部一行来德州调研", ["王金刚"]),
    ]


def test_a_paragraph_cut_before_a_quote_goes_on():
    # a long-line page: the cut paragraph is longer than a title
    page = ("二七区全力推进重大项目建设\n\n"
            "以项目建设为带动,用项目撑起二七发展的“脊梁”。盯紧22个出彩项目,全力推进实施260个"
            "亿元以上重大项目。聚焦主导产业提升“质量”,坚持\n\n"
            "“园中国”模式,突出以大企业培育大产业,高质量发展现代服务业。\n")
    [article] = extract_text("p.txt", page)
    assert "坚持“园中国”模式" in article.body


def test_captions_each_with_its_credit_on_a_full_column_line():
    # a picture item's paragraphs one per line, its captions as wide, on a page of columns
    page = ("湿地环境优 越冬水鸟来\n\n"
            "近日，东寨港国家级自然保护区开展第二次越冬水鸟同步调查，共记录到水鸟39种5350只，"
            "数量比去年同期有所增加。\n\n"
            "此次水鸟调查对东寨港保护区8处重要的水鸟栖息地进行统计和记录。\n\n"
            "调查员正在东寨港自然保护区三江保护站观鸟。 本报记者 石中华 摄\n"
            "在东寨港自然保护区三江保护站栖息的白鹭。 本报记者 石中华 摄\n"
            "成群的黑翅长脚鹬在湿地中自由翱翔。 通讯员 冯尔辉 摄\n\n"
            "海口美兰区海甸街道百余人开展义务劳动\n\n"
            "本报讯 (记者曾毓慧 通讯员杨元波)\n23日上午，美兰区海甸街道组织开\n"
            "展福安村“双创”义务劳动，海口综\n保区、团市委、区联防大队、街道挂\n"
            "点干部、福安社区干部、团区委共计\n100多名志愿者参加义务劳动。\n\n"
            "在福安东旧村公庙旁一处卫生死角，\n只见志愿者服务队忙着整理杂草杂物，\n"
            "清运堆放木料、椰子壳等垃圾，一阵\n忙碌过后，这处卫生死角就被清理干\n净了。\n")
    [item, _] = extract_text("p.txt", page)
    assert item.people("photographer") == ["石中华", "冯尔辉"]
    assert item.body.endswith("三江保护站栖息的白鹭。\n成群的黑翅长脚鹬在湿地中自由翱翔。")
