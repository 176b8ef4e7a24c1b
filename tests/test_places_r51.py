"""Places on text modelled on the fifty-first round's probe pages (郑州日报): a township
the NBS lists under the zone that runs it and the MCA under its county."""

import pytest

from kg.places import resolve_places


@pytest.mark.parametrize(("text", "street", "district"), [
    # 八千乡: NBS 410173202 (航空港区, its villages listed there), MCA 410184202 (新郑市)
    ("在郑州航空港八千办事处楼刘村，村民们摆起了百叟宴。", ("八千办事处", "410173202"),
     "郑州航空港经济综合实验区"),
    ("沟赵乡组织志愿者清扫街道。", ("沟赵乡", "410172360"), "郑州高新技术产业开发区"),
    # two real places of one name (管城区's and 新密市's 西大街街道): no guess
    ("西大街街道组织志愿者清扫街道。", ("西大街街道", None), None),
    # a district named that holds neither: no guess either
    ("管城回族区张庄镇组织志愿者清扫街道。", ("张庄镇", None), "管城回族区"),
])
def test_a_township_listed_twice_is_the_one_with_villages(text, street, district):
    found = resolve_places(f"标题\n{text}", 3, "4101")
    assert [(m.name, m.code) for m in found.mentions if m.type == "street"] == [street]
    assert found.primary_district == district
