"""Places on text modelled on the eighteenth probe's pages (信阳, 郑州, 泉州, 蚌埠, 克拉玛依,
宝鸡 papers): a verb before a numbered yard (`为了使188号院`), a unit's housing before one
(`税务局家属院12号院`), a city before a road's yard (`洛阳市中州东路188号院`), epidemic
status words (`风险小区`), the phrase `街道社区` (also a coded name), an ordinal community
printed alone (`第十二社区`), a pronoun before 以社区为单位, an estate's phase (`锦园二期
小区`), a district's and a street's stems before a compound (`丰泽清源紫荆小区`) and a name
starting with a numeral word (`一站小区`), an estate's 新村 printed without 小区."""

import pytest
from conftest import fixture_places, mention_names

from kg.places import resolve_places


def _places(home: str | None):
    return fixture_places("places_probe18_edges.txt", home)


@pytest.mark.parametrize("home", [None, "4115"])
def test_compounds_of_numbered_yards_phases_and_stems(home):
    # 使188号院 (a verb and a number) and 风险小区 (a status) name none; 家属院12号院 keeps
    # its unit 税务局; 锦园二期小区 keeps its phase; 丰泽清源紫荆小区 is 紫荆小区
    assert mention_names(_places(home), "compound") == [
        "中州东路188号院", "税务局家属院12号院", "锦园二期小区", "紫荆小区", "一站小区"]


@pytest.mark.parametrize("home", [None, "4115"])
def test_communities_without_generic_phrases_or_pronouns(home):
    # 街道社区 in the headline is "street and community" (a 罗山县 community is coded so);
    # 第十二社区 is an ordinal name; 他们以社区为单位 names none
    assert mention_names(_places(home), "community") == ["京深社区", "第十二社区"]


def test_district_and_street_from_their_stems():
    r = _places(None)
    district = next(m for m in r.mentions if m.type == "district" and m.text == "丰泽")
    assert (district.text, district.name, district.code, district.rule) == (
        "丰泽", "丰泽区", "350503", "gazetteer.district.short")
    street = next(m for m in r.mentions if m.type == "street" and m.text == "清源")
    assert (street.name, street.code, street.rule) == (
        "清源街道", "350503004", "gazetteer.street.short")
    assert "丰泽区" in r.districts
    # another city's zone by its short name (round 43): `本报对宝鸡高新区锦园二期小区…`
    assert "宝鸡高新技术产业开发区" in r.districts


@pytest.mark.parametrize(("text", "kind", "names"), [
    ("标题\n两家小区的居民都来了。", "compound", []),  # a count, no name 两家小区
    ("标题\n近两年社区变化很大。", "community", []),
    ("标题\n金水区纬五路12号院居民说。", "compound", ["纬五路12号院"]),
    # 和 is a stop character, but 平和路 is the road's name (not 路16号院)
    ("标题\n超市对面的平和路16号院居民说。", "compound", ["平和路16号院"]),
    ("标题\n他们走进第三个社区。", "community", []),  # an ordinal with a classifier
    # a district stem before one of its streets and then the street's unit
    ("标题\n丰泽东海街道北星社区开展活动。", "district", ["丰泽区"]),
    # going round the villages (走村入户) after a stop word names no village 工具走村
    ("标题\n志愿者带着清理工具走村入户，来到李庄村。", "community", ["李庄村"]),
])
def test_edges_the_new_rules_leave_alone(text, kind, names):
    assert mention_names(resolve_places(text, 3, None), kind) == names


@pytest.mark.parametrize(("kind", "names"), [("community", []), ("compound", ["康乐新村小区"])])
def test_estate_named_new_village_is_the_compound(kind, names):
    # 康乐新村楼道 beside 康乐新村小区 names the estate, no village 康乐新村
    text = "标题\n记者来到康乐新村小区。康乐新村楼道里的杂物清走了。"
    assert mention_names(resolve_places(text, 3, None), kind) == names


def test_compound_after_a_street_stem_is_the_short_one():
    # 清源紫荆小区 beside 丰泽清源紫荆小区 (丰泽区 清源街道) is 紫荆小区, printed with the stem
    r = resolve_places("标题\n清源紫荆小区里，老人在散步。记者来到丰泽清源紫荆小区。", 3, None)
    compounds = [(m.text, m.name) for m in r.mentions if m.type == "compound"]
    assert compounds == [("清源紫荆小区", "紫荆小区"), ("紫荆小区", "紫荆小区")]
