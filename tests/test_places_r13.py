"""Places on text modelled on the thirteenth probe's pages (Urumqi, Zhuzhou, Hefei, Wuhu,
Hebi, Zhengzhou): a compound on a road, a verb before 小区, a quoted 小区, generic 基层社区,
a numbered community, a verb glued to 新区, a township the gazetteer no longer has."""

import pytest
from conftest import fixture_places, mention_names


def _places(home: str | None):
    return fixture_places("places_probe13_boundaries.txt", home)


_names = mention_names


@pytest.mark.parametrize("home", [None, "4101"])
def test_no_compound_in_descriptions(home):
    # 西山平川路一小区 (a compound on the road), 利用小区 (a verb), “扮靓小区” (a quoted
    # campaign), 环境小区 (the setting): none is a compound's name
    assert _names(_places(home), "compound") == []


@pytest.mark.parametrize("home", [None, "4101"])
def test_numbered_community_and_generic_grassroots(home):
    r = _places(home)
    # 芜湖市基层社区 is the grass-roots communities of a city; 601社区 is numbered
    assert _names(r, "community") == ["文家冲社区", "601社区", "龙居社区"]
    numbered = next(m for m in r.mentions if m.name == "601社区")
    assert numbered.rule == "pattern.community"
    assert [p.name for p in numbered.hierarchy][:2] == ["茨菇塘街道", "荷塘区"]


def test_verb_before_new_area_and_old_township():
    r = _places("4101")
    # 住在新区物资集团家属院: 住在 (live in) names no zone
    assert "住在新区" not in r.districts
    assert r.districts == ("沙依巴克区", "天元区", "荷塘区", "蜀山区", "金水区")
    # 金水区庙李镇: a township the gazetteer lacks, right after its district
    town = next(m for m in r.mentions if m.name == "庙李镇")
    assert (town.type, town.rule, town.code) == ("street", "pattern.street", None)
    assert [p.name for p in town.hierarchy] == ["金水区", "郑州市", "河南省"]
    assert _names(r, "street") == ["泰山路街道", "茨菇塘街道", "五里墩街道", "庙李镇"]
