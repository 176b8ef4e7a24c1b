"""Text modelled on the probe pages, read again in the twenty-sixth session: markets named
with the bare word 市场, firms whose names hold an adverb or a direction word, trade words
of industry, and a city's zone on a page of another city than the paper's."""

from collections import Counter

import pytest

from kg.enterprises import find_enterprises
from kg.places import decide_home_city, home_city_votes, resolve_places


def _firms(text: str) -> list[str]:
    return sorted({c.text for c in find_enterprises(text)})


@pytest.mark.parametrize(("text", "market"), [
    ("经营、店外经营仍屡禁不止。天中市场门口、豫深文博城古玩字画交流中心大门外", "天中市场"),
    ("一辆满载新鲜蔬菜的卡车驶入旌东街道民福市场内,工作人员将一捆捆", "民福市场"),
    ("在春晓镇三山菜场后面的小河边建了两个雨棚", "三山菜场"),
    ("完成了启明星示范市场的店牌店招规范工作", "启明星示范市场"),
])
def test_a_market_named_by_its_own_name(text, market):
    assert market in _firms(text)


@pytest.mark.parametrize("text", [
    "近期,我市旅游市场呈现出量价齐升的态势",  # the trade
    "镇派出所联合灵洞市场监管所开展检查",  # a public body
    "东街社区跳蚤市场、李杜祠社区的书画展",  # a kind of market
    "产品远销全球市场,",
    "米,解决骑路市场多年占道经营的难题",  # no pause after it
    "今年汽车市场的竞争更加激烈",  # everyday words before it: the trade
    "推动文化市场，体育市场繁荣发展",
    "二手车市场的交易量回升",
])
def test_the_bare_word_market_names_no_market(text):
    assert not [f for f in _firms(text) if f.endswith("市场")]


def test_a_firm_whose_name_holds_an_adverb_or_a_direction_word():
    assert "郑州市快速公交公司" in _firms("昨日,郑州市快速公交公司小玲服务队志愿者为乘客送上姜糖水")
    assert "三门峡北方游船有限公司" in _firms(
        "林科研所、三门峡经济开发区、三门峡北方游船有限公司的沿黄8家单位的志愿者")
    assert "陕西大志爸爸自然农业发展有限公司" in _firms(
        "目前,陕西大志爸爸自然农业发展有限公司、陕西太钛美新材料科技有限公司已入驻")


def test_a_direction_word_before_a_generic_firm_joins_no_place():
    # (北方 stops the walk, and no place's name stands before it)
    assert _firms("记者昨日来到北方游船公司采访") == []


def test_trade_words_of_industry_and_a_city_in_brackets():
    found = _firms("察看了菏泽高新区青岛啤酒(菏泽)公司、大树达孚特膳食品、辉耀智佳科技、"
                   "德通新材料、了未元大健康智慧产业园")
    assert {"青岛啤酒(菏泽)公司", "德通新材料"} <= set(found)
    assert "玉皇化工" in _firms("王晓玉先后来到东明石化集团、玉皇化工、尧舜牡丹生物科技有限公司等")


def test_a_bare_zone_on_another_citys_page_is_that_citys():
    text = "邻里一家亲\n11月21日,高新区狮子山街道办及双峰社区共同开展文明集市活动。"
    assert resolve_places(text, 6, "5120").districts[0] == "资阳高新技术产业开发区"
    # the paper's own city keeps its coded zone
    assert resolve_places(text, 6, "4101").districts[0] == "郑州高新技术产业开发区"


def test_a_zone_after_another_places_stem_is_not_the_home_citys():
    text = "标题\n4月1日,由锡山高新区主办的活动在此举行。"
    assert "资阳高新技术产业开发区" not in resolve_places(text, 3, "5120").districts


def test_a_prefecture_named_in_full_votes_for_the_home_city():
    page = ["午,蚌埠市2018年学雷锋志愿服务工作推进会召开",
            "近年来,蚌埠市大力推进志愿服务制度化",
            "8月8日,安徽省蚌埠市迎宾大道与中环线交叉口"]
    votes = home_city_votes(page)
    assert votes["3403"] == 3
    assert decide_home_city(Counter(votes)) == "3403"


def test_a_market_after_a_city_stem_is_no_vote():
    assert home_city_votes(["大同市场上的西瓜"])["1402"] == 0
