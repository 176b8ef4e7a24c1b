"""Places on text modelled on the fifteenth probe's pages (福州, 深圳 in a 深圳 paper's
national page): an estate named XX新区 with its phase, a 新村 estate after another city's
district stem, staff `on the spot` before 社区."""

import pytest
from conftest import fixture_places, mention_names

from kg.places import resolve_places


def _places(home: str | None):
    return fixture_places("places_probe15_estates.txt", home)


@pytest.mark.parametrize("home", [None, "4403"])
def test_estate_named_new_area_is_no_district(home):
    # 亚峰新区二期: an estate's second phase, no zone; the article is about 台江区
    r = _places(home)
    assert mention_names(r, "district") == ["台江区"]
    assert r.primary_district == "台江区"


@pytest.mark.parametrize("home", [None, "4403"])
def test_estate_keeps_its_name_and_staff_on_the_spot_is_no_community(home):
    # 光明 is a district of the 深圳 home city, but this article lies in 福州: the name is
    # not cut to 港新村; 现场社区工作人员 (staff on the spot) names no community
    assert mention_names(_places(home), "community") == ["光明港新村", "武夷绿洲社区",
                                                         "丽雅社区"]


def test_home_stem_still_cut_when_the_article_is_at_home():
    # a 深圳 article (龙岗区) printing 光明 before a village keeps the home-city cut
    text = "标题\n龙岗区居民前往光明港新村参观。"
    r = resolve_places(text, 3, "4403")
    assert mention_names(r, "community") == ["港新村"]
