"""Entities on text modelled on the eighteenth probe's pages (许昌, 信阳, 郑州, 绍兴,
宝鸡, 桂林): a company's service centre, a headline's two lines joined before 办事处, a
firm's staff estate, a square named after a person, a paper's own series, a cause
served (`为“…”贡献力量`), a mode switched on, and public institutions by suffix."""

from conftest import fixture_entity_names as _names

FIXTURE = "entities_probe18_edges.txt"


def test_company_sub_unit_is_the_company_and_staff_estate_no_firm():
    # `…有限公司机关大院物业服务中心` is the firm's unit, no public body; `…供电公司家属院`
    # is a compound; `张衡广场` is named after a person, `碧桂园广场` after a developer
    assert _names(FIXTURE, "enterprise") == {"南阳市康达物业服务有限公司", "碧桂园广场"}


def test_bodies_by_suffix_and_no_body_across_a_joined_headline():
    # `小区垃圾成堆引业主不满办事处` (two headline lines run together) names no body,
    # nor does `日报社区行` (a paper's name before 社区)
    assert _names(FIXTURE, "organization") == {"建设路办事处", "市殡仪馆", "南阳日报社"}


def test_cause_served_is_an_initiative_a_mode_and_a_paper_series_are_not():
    # `开启“静音模式”` is a mode switched on; `“…特别报道”` is the paper's series;
    # `坚持“片区包联”模式` stays a programme
    assert _names(FIXTURE, "initiative") == {"文明南阳我先行", "片区包联"}
