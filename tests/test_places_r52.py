"""Places on text modelled on the fifty-second round's probe pages (周口晚报): a county
made a district, printed by its old name."""

import pytest

from kg.places import resolve_places


@pytest.mark.parametrize(("text", "home", "districts"), [
    # 淮阳县 became 淮阳区 (411603) in 2019; named as printed
    ("2010年，市里明确淮阳县许湾乡由东新区代管。", "4116", [("淮阳县", "411603")]),
    ("孟津县平乐镇举办牡丹画展。", "4103", [("孟津县", "410308")]),
    # only in the paper's own city: elsewhere no such county is known
    ("孟津县平乐镇举办牡丹画展。", "4101", []),
    # a county of that name that is a unit of its own stays itself (朝阳县, 辽宁)
    ("朝阳县组织志愿者清扫街道。", "2113", [("朝阳县", "211321")]),
])
def test_a_county_made_a_district_by_its_old_name(text, home, districts):
    found = resolve_places(f"标题\n{text}", 3, home)
    assert [(m.name, m.code) for m in found.mentions if m.type == "district"] == districts
