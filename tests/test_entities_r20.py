"""Entities on text modelled on the twentieth probe's pages (菏泽, 驻马店, 郑州 中牟,
建德): a farm or a park named after its firm after the village it stands in, a
sanitation contractor by brand, brands listed as famous projects, federations and
learned societies by suffix, and a party branch under a full place chain."""

from conftest import fixture_entity_names as _names

FIRMS = "entities_probe20_firms.txt"
BODIES = "entities_probe20_bodies.txt"


def test_sites_brands_and_listed_projects_are_enterprises():
    # `王楼村鑫源养殖基地` drops its village, `孙庄镇恒瑞电子产业园` its town; a public
    # park (`中牟县汽车产业园`, `城东产业园区`, `科创产业园区`) is no firm, nor is the
    # district's sanitation service (`新华区环卫`); `…等一大批市政工程` lists no firms
    assert _names(FIRMS, "enterprise") == {
        "鑫源养殖基地", "恒瑞电子产业园", "洁美环卫", "万达", "银泰", "方特"}
    assert _names(FIRMS, "organization") == set()


def test_federations_societies_and_a_branch_under_its_place_chain():
    # `学会` as the verb (`学会了`, `学会和邻居…`) names no society; `文联社区` is a
    # community; `小都镇` is not cut at its adverb-like 都
    assert _names(BODIES, "organization") == {
        "安徽省文联", "市作协", "市书法学会", "中共凤阳县小都镇大庙村党支部"}
