"""Places on text modelled on the forty-third round's probe pages (登封, 随州, 宝鸡): a
village of one character right after its own township, where the gazetteer lists it."""

import pytest

from kg.places import resolve_places


@pytest.mark.parametrize(("text", "villages"), [
    ("中牟县黄店镇李村的瓜农来了，李村的西瓜熟了。", ["李村"]),
    ("惠济区古荥镇马村开展环境整治。", ["马村"]),
    # one character and 村 needs the gazetteer to list it under the township before it
    ("黄店镇各村都来了，中牟县黄店镇全村动员。", []),
    ("古荥镇李村开展环境整治。", []),  # 李村 is 黄店镇's, not 古荥镇's
])
def test_a_one_character_village_after_its_township(text, villages):
    found = resolve_places(f"标题\n{text}", 3, "4101").mentions
    assert sorted({m.name for m in found if m.type == "community"}) == villages


@pytest.mark.parametrize(("text", "kind", "names"), [
    # a community's yard by its number is named with it (round 45, 洛阳晚报)
    ("涧西区湖北路办事处联盟社区35号院的居民反映。", "compound", ["联盟社区35号院"]),
    # a verb and a time word name no place (rounds 44-45)
    ("大家齐聚一堂，共话社区建设。", "community", []),
    ("每到夜晚小区里很黑。", "compound", []),
    # a one-character verb and its result (round 46, 沧州晚报)
    ("她要守好社区“安全关”，忙完社区的事才回家。", "community", []),
    ("友好社区开展活动。", "community", ["友好社区"]),
])
def test_a_communitys_numbered_yard_and_words_before_units(text, kind, names):
    found = resolve_places(f"标题\n{text}", 3, "4103").mentions
    assert sorted(m.name for m in found if m.type == kind) == names


def test_a_street_printed_without_the_street_word_of_its_name():
    # `运河区水月寺街道办事处`: 沧州 运河区's 水月寺街街道 (its name's 街 left out), not 兴山县's
    # 水月寺镇; named as printed (round 46, 沧州晚报)
    found = resolve_places("标题\n居民代表来到了运河区水月寺街道办事处光明街社区。", 3, "1309")
    assert [(m.type, m.name, m.code) for m in found.mentions] == [
        ("district", "运河区", "130903"), ("street", "水月寺街道", "130903001"),
        ("community", "光明街社区", "130903001014")]


def test_the_areas_compounds_name_none():
    # `到辖区内小区、背街小巷`: the area's compounds (round 47); `辖区内御东花园小区` names one
    text = "标题\n到辖区内小区、背街小巷清理，辖区内御东花园小区也来了。"
    found = resolve_places(text, 3, "4103")
    assert [m.name for m in found.mentions if m.type == "compound"] == ["御东花园小区"]


@pytest.mark.parametrize(("text", "districts"), [
    # 郑东新区's offices, filed under 金水区/管城区 by the NBS tables: an article naming only
    # them is the zone's (rounds 39, 44)
    ("金光路办事处开展“全城清洁”行动。", ("郑东新区",)),
    ("商都路街道开展垃圾分类宣传。", ("郑东新区",)),
    # a district printed beside them is kept; other offices of 金水区 stay its
    ("金水区如意湖街道开展活动。", ("金水区",)),
    ("经八路街道开展活动。", ("金水区",)),
])
def test_a_zones_offices_filed_under_a_district(text, districts):
    assert resolve_places(f"标题\n{text}", 3, "4101").districts == districts


def test_a_name_a_stop_character_begins():
    # `就在和平街和平苑小区`: 和平 starts the name, 和 is no "and" there (round 48);
    # `居民和新城小区` is cut at 和
    text = "标题\n他家就在和平街和平苑小区，居民和新城小区的人也来了。"
    found = resolve_places(text, 3, "4101").mentions
    assert [m.name for m in found if m.type == "compound"] == ["和平苑小区", "新城小区"]


@pytest.mark.parametrize(("home", "districts"), [("3715", ()), ("5307", ("古城区",))])
def test_an_old_town_is_a_district_only_in_its_city(home, districts):
    # `古城区` is 丽江's district, and any city's old town (round 49, 聊城日报)
    assert resolve_places("标题\n古城区为游客送上舞狮表演。", 3, home).districts == districts


def test_a_zone_the_tables_lack_beside_one_they_list():
    # the bare 高新区 after `随州高新区` (a zone the tables lack) is dropped, not the named
    # `洛阳高新区` before it, whose printed short form is the same
    found = resolve_places("标题\n洛阳高新区和随州高新区开展活动，高新区也来了。", 3, "4101")
    assert [(m.text, m.name, m.code) for m in found.mentions] == [
        ("洛阳高新区", "洛阳高新技术产业开发区", "410371"),
        ("随州高新区", "随州高新技术产业开发区", None)]
