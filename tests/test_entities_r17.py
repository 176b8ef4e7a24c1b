"""Entities on text modelled on the seventeenth probe's pages (郑州, 石家庄, 烟台, 包头,
桂林): a square named after its lake, a body named after its task, a plural body, the
party and government above, and initiatives cued by 举办的, a theme's event, a year
between verb and quote, a volunteers' event and an unquoted experience day."""

from conftest import fixture_entity_names as _names

FIXTURE = "entities_probe17_edges.txt"


def test_lake_square_is_public_and_brand_square_a_business():
    # 高新区明镜湖广场 and 翠湖广场 are public squares; 万达广场 is a mall
    assert _names(FIXTURE, "enterprise") == {"万达广场"}


def test_task_body_named_in_full_and_plural_or_generic_bodies_dropped():
    # the walk crosses 推进 back to 洛阳市; `各区市综合行政执法局` (each district's bureau)
    # and `上级党委政府` name no body; `洛阳市成立…领导小组` is no body's name either
    assert _names(FIXTURE, "organization") == {
        "洛阳市生活垃圾分类工作推进领导小组办公室", "洛阳市城市管理局"}


def test_event_names_with_weak_cues():
    assert _names(FIXTURE, "initiative") == {
        "洛阳市生活垃圾分类体验日",  # unquoted, by its suffix
        "365邻里故事会",  # `举办的“…”`
        "青春暖夕阳，志愿永传承",  # `“…”学雷锋主题实践活动`, two parallel clauses
        "书香进社区访民情",  # `开展2021年“…”志愿者活动`
    }
