"""The home city from the paper a page's dispatches name (`天门日报讯`, a county-level
city's paper: probe round 40's page had too few places of its own to tell its city), and
`全镇` ("the whole township") before a place unit is no name."""

from __future__ import annotations

import pytest
from conftest import ROOT

from kg.places import paper_votes, resolve_places


@pytest.mark.parametrize(("lines", "votes"), [
    ("仙桃日报讯(记者 周文静)3月18日，…\n仙桃日报讯(记者 王志强)连日来，…", {"4290": 2}),
    ("太原晚报讯 近日，…", {"1401": 1}),
    ("石狮日报讯(记者 林华)日前，…", {"3505": 1}),  # a county-level city's: 泉州
    ("【郑州日报讯】近日，…", {"4101": 1}),
    ("河南日报讯(记者 李明)…", {}),  # a province's paper names no prefecture
    ("新安晚报讯(记者 张华)…", {}),  # 新安 is a county (洛阳), no city
    ("据太原晚报报道，…", {}),  # a citation, no dispatch
    ("本报讯(记者 王伟)…", {}),
])
def test_a_city_paper_s_dispatch_votes_for_its_city(lines, votes):
    assert paper_votes(lines) == votes


def test_a_page_of_a_county_level_city_s_paper_is_read_with_that_city(tmp_path):
    """Beside the five 郑州 samples, a 仙桃 page whose townships all share their names with
    ones elsewhere (沙湖镇, 郭河镇, 郑场镇) is read with 仙桃 (4290): its three dispatches
    name 仙桃日报."""
    from kg.build import extract_articles

    pages = tmp_path / "pages"
    pages.mkdir()
    for path in [*sorted((ROOT / "kg" / "samples").glob("*.txt")),
                 ROOT / "tests" / "fixtures" / "page_county_city_paper.txt"]:
        (pages / path.name).write_bytes(path.read_bytes())
    xiantao = [a for a in extract_articles([pages]) if a.page == "page_county_city_paper"]
    assert [a.districts for a in xiantao] == [["仙桃市"]] * 3
    assert [sorted({(m.name, m.code) for m in a.mentions if m.type == "street"})
            for a in xiantao] \
        == [[("沙湖镇", "429004107")], [("郭河镇", "429004111")], [("郑场镇", "429004100")]]
    assert [m.name for a in xiantao for m in a.mentions if m.type == "community"] == []


@pytest.mark.parametrize("text", [
    "郭河镇组织志愿者清理垃圾，全镇村容村貌焕然一新。",
    "全镇社区干部全部到岗，全乡社区干部也已到岗。",
])
def test_the_whole_township_before_a_unit_names_no_place(text):
    found = resolve_places(f"标题\n{text}", 3, "4290").mentions
    assert [m.name for m in found if m.type in ("community", "compound")] == []


@pytest.mark.parametrize(("text", "communities"), [
    # a list ending in 等社区, two of its names the gazetteer's (round 50, 无锡日报: `奔赴长乐、
    # 长宁、惠城等社区`); the first cut where the longest coded name starts
    ("经八路街道志愿者走进文联、建文、任砦等社区开展义诊。", ["任砦社区", "建文社区", "文联社区"]),
    ("深入学校、企业、医院等社区单位开展宣传。", []),
])
def test_a_list_of_names_ending_in_etc_and_its_unit(text, communities):
    found = resolve_places(f"标题\n{text}", 3, "4101").mentions
    assert sorted(m.name for m in found if m.type == "community") == communities


def test_among_them_before_a_unit_names_no_place():
    # `其中有社区选购的` ("among them some the community bought"): 其 alone is a stop
    # character and left 中有社区 (round 50, 平顶山晚报)
    found = resolve_places("标题\n爱心菜摆上货架，其中有社区选购的，也有居民捐赠的。", 3, "4104")
    assert [m.name for m in found.mentions] == []
