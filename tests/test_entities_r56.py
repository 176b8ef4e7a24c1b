"""Entities and places on text modelled on the fifty-sixth round's probe pages (邵阳日报,
烟台日报): a trade word inside a street's name, a quoted nuisance treated, and
determiners before 社区."""

import pytest

from kg.enterprises import find_enterprises
from kg.initiatives import find_initiatives
from kg.places import resolve_places


@pytest.mark.parametrize(("text", "names"), [
    ("城区汽车站街道组织志愿者清理小广告。", []),
    ("新华区电子路社区开展义诊。", []),
    # a trade word that ends there is still a firm's: `洛阳瑞丰科技`, and a bus station
    ("洛阳瑞丰科技拿到了订单。", ["洛阳瑞丰科技"]),
    ("金晖汽车站周边的围墙焕然一新。", ["金晖汽车"]),
])
def test_a_trade_word_inside_a_places_name(text, names):
    assert [c.text for c in find_enterprises(text)] == names


@pytest.mark.parametrize(("text", "names"), [
    ("社区全面推进“城中村”整治。", []),
    ("街道深入开展“牛皮癣”清理。", []),
    # a programme's name ending in its kind is one all the same
    ("全面推进“河长制”治理。", ["河长制"]),
])
def test_a_quoted_nuisance_treated_is_no_initiative(text, names):
    assert [c.name for c in find_initiatives(text)] == names


@pytest.mark.parametrize("text", ["城管开放日走进各大社区，现场受理诉求。",
                                  "社区书记介绍，下阶段社区将继续开展整治。"])
def test_determiners_before_community_name_none(text):
    found = resolve_places(f"标题\n{text}", 3, "4305")
    assert [m.name for m in found.mentions if m.type == "community"] == []
