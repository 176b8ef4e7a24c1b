"""Text modelled on the probe pages, read again in the twenty-third session: a square is a
business only when its name shows a mall."""

import pytest

from kg.enterprises import find_enterprises


@pytest.mark.parametrize(("sentence", "expected"), [
    # public squares, where a street or a village holds its events
    ("社区联合爱心企业在文博广场举行游园活动。", []),
    ("修建配套便民广场约500平方米。", []),
    ("火车站候车大厅和站前广场的宣传标语焕然一新。", []),
    ("市民在江海云道散步,恩平冯如广场,人们开心地拍下合照。", []),
    # malls: a chain's brand or a trade word in the name
    ("活动在金汇购物广场举行。", ["金汇购物广场"]),
    # 龙湖 is a lake before it is a developer (whose malls are 天街)
    ("居民在龙湖广场散步。", []),
    ("城中万达广场门前的共享单车排列整齐。", ["城中万达广场"]),
    ("宝龙广场举办消费季活动。", ["宝龙广场"]),
])
def test_a_square_is_a_business_only_when_its_name_shows_a_mall(sentence, expected):
    assert [c.name for c in find_enterprises(sentence)] == expected
