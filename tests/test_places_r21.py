"""Places on text modelled on the twenty-first probe's pages: another city's functional
zone by its short name (`洛阳高新区`), and the bare short name the same article uses for
it again (`高新区`), which is not the home city's zone; a compound named by its number
(`412小区`, as 太原 and 洛阳 number factory estates)."""

import pytest
from conftest import fixture_places, mention_names

from kg.places import resolve_places


@pytest.mark.parametrize("home", ["4101", "4103", None])
def test_another_citys_zone_and_its_bare_name(home):
    r = fixture_places("places_other_city_zone.txt", home)
    # the headline's bare 高新区 too: the article names the zone's city once (with no
    # home city the bare ones are no zone's, the named one still is, round 43)
    assert mention_names(r, "district") == ["洛阳高新技术产业开发区"]
    named = [m for m in r.mentions if m.type == "district"]
    assert [m.text for m in named] == (["高新区", "洛阳高新区", "高新区"] if home
                                       else ["洛阳高新区"])
    assert {m.code for m in named} == {"410371"}


def test_a_bare_zone_name_alone_is_the_home_citys():
    r = resolve_places("本报讯 近日，高新区组织辖区企业开展消防演练。", 0, "4101")
    assert [(m.name, m.code) for m in r.mentions if m.type == "district"] == [
        ("郑州高新技术产业开发区", "410172")]


@pytest.mark.parametrize("text, compounds", [
    # a factory's estate named by its number
    ("家住涧西区318小区的居民李先生说，小区里新装了路灯。", ["318小区"]),
    ("526小区里，住着几十年的老邻居。", ["526小区"]),
    # counts, a year and a house number name none
    ("全市300个小区已完成改造，近200小区还在排队。", []),
    ("2024小区改造工程启动。", []),
    ("家住3号小区的王大爷说。", []),
])
def test_a_compound_named_by_its_number(text, compounds):
    r = resolve_places(text, 0, "4103")
    assert mention_names(r, "compound") == compounds


def test_the_downtown_and_a_place_after_里有_start_no_name():
    text = "6月18日，走进市区柳湾社区服务中心。巡逻队里有社区工作人员和居民。"
    r = resolve_places(text, 0, "4101")
    assert mention_names(r, "community") == ["柳湾社区"]


@pytest.mark.parametrize("home, districts", [("4201", []), ("2301", ["平房区"])])
def test_a_bungalow_quarter_is_no_district_away_from_its_city(home, districts):
    # 平房区 is 哈尔滨's district and also any quarter of bungalows: `二中平房区预拆迁地带`
    r = resolve_places("一中平房区预拆迁地带，只有几户居民在此居住。", 0, home)
    assert mention_names(r, "district") == districts
