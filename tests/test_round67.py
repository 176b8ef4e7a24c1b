"""Text modelled on the probe pages, read again in the twenty-third session: a square is a
business only when its name shows a mall; a round-up of several districts has no primary one."""

import pytest

from kg.enterprises import find_enterprises
from kg.places import resolve_places


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


def _primary(text: str, home: str = "4101") -> tuple[str | None, tuple[str, ...]]:
    result = resolve_places(text, text.index("\n") + 1, home)
    return result.primary_district, result.districts


def test_a_round_up_of_several_districts_has_no_primary_district():
    text = ("布厂街不堵了\n昨日,管城区、二七区、中原区执法局对占道路段展开集中整治。"
            "管城区执法局组织人员进行了整治;二七区执法局回复说将加强管理;中原区执法局说"
            "也正在整治中。")
    assert _primary(text) == (None, ("管城回族区", "二七区", "中原区"))


def test_a_district_that_leads_the_others_is_the_primary_one():
    # named in the headline and the lead; the others once each, as places labour came from
    text = ("中原区三送一强保障企业复工\n复工复产期间,中原区人社局向淇县、渑池县、卢氏县等地"
            "发出用工需求协助函。中原区人社局还深入企业答疑解惑。")
    assert _primary(text)[0] == "中原区"
