"""Text modelled on probe pages of the twenty-second session: a photojournalist's credit is a
picture credit; a county's new town (XX新区 on the county's bare stem) is in that county."""

import pytest

from kg.bylines import parse_byline
from kg.places import resolve_places

ZHENGZHOU = "4101"


def _districts(sentence: str, home: str | None = ZHENGZHOU) -> tuple[str, ...]:
    return resolve_places("标题\n" + sentence, 3, home).districts


@pytest.mark.parametrize(("text", "reporters", "photographers"), [
    # an end credit under a photo item (淮北日报)
    ("■ 首席摄影记者 岳建文", ["岳建文"], ["岳建文"]),
    ("本报摄影记者 李强 通讯员 王明", ["李强"], ["李强"]),
    # 摄影 alone before a name is a picture credit, as before; the reporter is not one
    ("记者 李强 摄影 王明", ["李强"], ["王明"]),
    ("记者 李强 通讯员 王明", ["李强"], []),
])
def test_a_photojournalists_credit_is_a_picture_credit(text, reporters, photographers):
    names = parse_byline(text)
    assert [b.name for b in names if b.role == "reporter"] == reporters
    assert [b.name for b in names if b.role == "photographer"] == photographers


@pytest.mark.parametrize(("sentence", "expected"), [
    # 中牟新区, 中牟县's new town: the county, not a zone of its own
    ("河南首个集聚区实践基地落户中牟新区。", ("中牟县",)),
    ("中牟新区现代服务业开发区举行揭牌仪式。", ("中牟县",)),
    # 新郑新区: a township-level unit of 新郑市 in the tables
    ("日前,新郑新区结合老旧小区改造,实施雨污分流。", ("新郑市",)),
    # zones of their own stay as they were
    ("位于郑东新区的龙湖金融岛。", ("郑东新区",)),
    ("魅力新区情暖万家。", ()),
])
def test_a_countys_new_town_is_in_that_county(sentence, expected):
    assert _districts(sentence) == expected


def test_a_countys_new_town_needs_the_home_city():
    # with no home city the stem is no county's: the name stays a zone, as printed
    assert _districts("日前,中牟新区举行揭牌仪式。", None) == ("中牟新区",)


def test_a_zone_after_you_is_named():
    # `有` before a zone's name: 面积较大的有郑东新区… (郑州日报)
    assert _districts("面积较大的有郑东新区丘韵园。") == ("郑东新区",)
    assert _districts("所有城市新区都要建设公园。") == ()
