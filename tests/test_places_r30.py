"""Places on text modelled on the thirtieth to thirty-seventh probes' pages (黔西南, 台州,
乌兰浩特, 芜湖, 武汉, 成都, 日照, 沁县, 林口, 郑州): words before a unit that are no part of
its name (an adverb, a time word, a verb, a count), words that name a kind or a status, a
road before a coded community, a zone's short form in an article set in another city than
the page's paper, the city or the unit printed that picks among townships of one name."""

import pytest
from conftest import mention_names

from kg.places import resolve_places


@pytest.mark.parametrize("text, kind, names", [
    ("上张乡仅滕山村组织了志愿者。", "community", ["滕山村"]),  # 仅 "only"
    ("目前两村已完成清理。", "community", []),  # two villages, counted
    ("大小社区都参加了活动。", "community", []),  # "big and small"
    ("记者体验了一番社区工作。", "community", []),  # "a round of"
    ("汉阳区命名陈家咀社区为无疫情社区。", "community", ["陈家咀社区"]),  # 命名 "names"
    ("推进新型智慧社区建设。", "community", []),  # a kind of community in policy
    ("创建生态社区，打造完美社区。", "community", []),  # designations (round 31)
    ("志愿者走上城区街头。", "district", []),  # 走上 "walk onto": no 上城区
    ("就拿小区的环境面貌来说。", "compound", []),  # 就拿 "take for example" (round 38)
    ("清洁家园齐行动 扮美社区共参与", "community", []),  # 扮美 "make beautiful"
    ("走进深圳城中村看变化。", "community", []),  # an urban village, a kind
    ("打造全市首个交通安全主题社区。", "community", []),  # a community given a theme
    ("镇区街道和通村通组道路清扫干净。", "community", []),  # roads reaching villages (40)
    ("针对社区旧小区较多的问题。", "compound", []),  # old compounds, a kind
    ("菜地已被一些小区住户开垦。", "compound", []),  # 一些 "some" (round 41)
    ("在中原区颍河路166—171号院，诉求得到解决。", "compound", ["颍河路166—171号院"]),
])
def test_words_before_a_unit_that_name_nothing(text, kind, names):
    assert mention_names(resolve_places(text, 0, None), kind) == names


def test_the_whole_city_is_no_city_before_a_two_character_county():
    # 全市 ("the whole city") names no city: `全市和县里` is no 和县; 马鞍山市和县 is
    result = resolve_places("全市和县里的干部到马鞍山市和县考察。", 0, None)
    assert [(m.name, m.span) for m in result.mentions] == [("和县", (13, 15))]


def test_a_count_of_people_is_no_part_of_a_communitys_name():
    # 十多名 counts people: 桂北社区 (梧州, 4504, coded), not 名桂北社区; nor is 名 part of an
    # uncoded one
    coded = resolve_places("十多名桂北社区及城北街道工作人员参加。", 0, "4504")
    assert [(m.name, m.code) for m in coded.mentions if m.type == "community"] == [
        ("桂北社区", "450403009004")]
    uncoded = resolve_places("十多名桂东社区干部到场。", 0, "4504")
    assert mention_names(uncoded, "community") == ["桂东社区"]


def test_a_common_noun_district_before_one_of_its_townships():
    # 老城区 is "the old town" unless the home city has one, or one of 洛阳 老城区's own
    # townships follows it (a 平顶山 paper, 4104, reporting from 洛阳)
    result = resolve_places("老城区西关街道开展活动。老城区改造正在进行。", 0, "4104")
    assert [(m.name, m.code) for m in result.mentions] == [
        ("老城区", "410302"), ("西关街道", "410302001")]


def test_a_road_before_a_coded_community_is_no_part_of_its_name():
    # 胜利 is a verb in the dictionary, yet the 街 after it is the road's (胜利街), not the
    # first character of the community the home city (兴安盟, 1522) codes: 曙光社区
    result = resolve_places("胜利街曙光社区党支部书记介绍了情况。", 0, "1522")
    assert mention_names(result, "community") == ["曙光社区"]


def test_a_zone_short_form_in_an_article_set_in_another_city():
    # A 阜阳 (3412) paper's page; the article names only 芜湖's 鸠江区: its 经开区 is 芜湖's.
    result = resolve_places("鸠江区、经开区等城管部门开展清理。", 0, "3412")
    assert [(m.name, m.code) for m in result.mentions if m.type == "district"] == [
        ("鸠江区", "340207"), ("芜湖经济技术开发区", "340271")]


def test_a_city_named_before_a_township_picks_that_citys():
    # 荷花池街道 is a street of 成都 (金牛区, 510106) and of 常州 (钟楼区, 320404): the city
    # printed right before it decides, glued (`成都荷花池街道`) or not, whatever the paper's
    # city; the name printed again later is the same street.
    text = "成都荷花池街道西北桥社区举办联欢会。荷花池街道还为居民送去慰问品。"
    result = resolve_places(text, 0, "3204")
    assert [(m.name, m.code) for m in result.mentions if m.type == "street"] == [
        ("荷花池街道", "510106027"), ("荷花池街道", "510106027")]
    assert result.districts == ("金牛区",)
    assert [(m.name, m.code) for m in resolve_places("常州荷花池街道", 0, None).mentions] == [
        ("荷花池街道", "320404006")]


@pytest.mark.parametrize("text, kind, names", [
    ("而庆春社区的变化更大。", "community", ["庆春社区"]),  # 而 "while"
    ("就像九圣祠社区一样。", "community", ["九圣祠社区"]),  # 像 "like"
    ("我们小区跟新小区一样漂亮。", "compound", []),  # 跟 "as"
    ("年轻人总是跟不上社区的变化。", "community", []),  # 跟不上 "fall behind", a verb
    ("曾经的“农转非”落后社区如今大变样。", "community", []),  # 落后 "backward"
    ("居民说：“谢谢社区！”", "community", []),
    ("这样方便社区居民办事。", "community", []),  # 方便 "convenient for"
    ("他扎根社区9年，共谋社区发展。", "community", []),  # verbs (round 34)
    ("甸柳新村街道办事处组织活动。", "community", []),  # a street's name, no village
    ("22位小区居民立刻报名。", "compound", []),  # a count of people (round 35)
    ("中国社区发展协会公布名单。", "community", []),  # an association's name
    ("这里就成了无人管小区。", "compound", []),  # unmanaged
    ("委员们为沁县建设建言，在滑县举办活动。", "district", ["沁县", "滑县"]),  # after 为, 在
    ("示范县创建工作。", "district", []),  # 示范县 is no 范县
    ("开展无疫社区创建。", "community", []),  # an epidemic status (round 36)
    ("老住宅小区加装电梯。", "compound", []),
    ("志愿者在林口县主要街道两旁清扫。", "street", []),  # the main streets
])
def test_words_before_a_unit_that_name_nothing_r34_r36(text, kind, names):
    assert mention_names(resolve_places(text, 0, None), kind) == names


def test_the_printed_unit_picks_among_townships_of_one_name():
    # 郑州 (4101) has 三官庙街道 (中原区) and 三官庙镇 (航空港区): the unit printed decides
    # (round 37); a district named in the article still comes first.
    streets = [(m.name, m.code) for m in resolve_places("三官庙街道开展活动。", 0, "4101").mentions]
    assert streets == [("三官庙街道", "410102006")]
    streets = [(m.name, m.code) for m in resolve_places("三官庙镇开展活动。", 0, "4101").mentions]
    assert streets == [("三官庙镇", "410173116")]
