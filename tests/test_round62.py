"""Text modelled on the sixty-second round's probe pages: a zone's short form after another
county's name is that county's zone, not the home city's."""

import pytest

from kg.places import resolve_places

ZHENGZHOU = "4101"


def _districts(sentence: str, home: str | None = ZHENGZHOU) -> tuple[str, ...]:
    return resolve_places("标题\n" + sentence, 3, home).districts


@pytest.mark.parametrize(("sentence", "expected"), [
    # a county of another prefecture names the zone: its own district, never 郑州's zone
    ("5月8日,由锡山经济技术开发区、厚桥街道联合主办的赏花节开幕。", ("锡山区",)),
    ("来自昆山高新区的二十余家企业参加了招聘会。", ()),
    ("江宁经开区管委会相关负责人介绍了项目进展。", ()),
    # a municipality's zone
    ("考察团参观了天津经济技术开发区的智能工厂。", ()),
    # a county of the home city: its zone is not the city's 高新区
    ("荥阳高新区内的三家企业签约。", ("荥阳市",)),
])
def test_a_zone_after_another_countys_name_is_not_the_home_citys(sentence, expected):
    assert _districts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "我市经开区新建三所学校。",
    "郑州经开区新建三所学校。",
    "全力推进经开区建设,再上新台阶。",
    "市高新区新建三所学校。",
])
def test_the_home_citys_zone_stays_its_own(sentence):
    assert _districts(sentence) in {("郑州经济技术开发区",), ("郑州高新技术产业开发区",)}
