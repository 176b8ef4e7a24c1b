"""Entities on text modelled on the fourteenth probe's pages (Zhengzhou, Beijing,
Hangzhou, Shenzhen, Guangzhou, Wuhan): quoted project names attached to a unit or named
by a describing noun or a list's head, a slogan ending in 在行动, national and new party
bodies, a verb before 市政府, a department store."""

from conftest import fixture_entity_names as _names


def test_quoted_projects_named_by_description_or_list():
    # “拯救爱”陪护照料计划 (a describing noun, then 计划), items of `…等公益项目` and
    # `…等社区特色项目`, “四进社区”等举措; 在行动 is part of the slogan; 《双层转马》
    # 《音乐快车》等乐园经典项目 are a park's rides, no programmes
    assert _names("entities_probe14_projects.txt", "initiative") == {
        "拯救爱", "心向阳光", "移动居委会", "小板凳", "四进社区", "创建文明城，记者在行动"}


def test_bodies_national_new_and_after_a_verb():
    # 农业农村部办公厅 (a ministry's office), 文锦渡边检站, 天河区冼村街平安促进会,
    # 市委社会工作部; 将加梯工作列为市政府: the body is 市政府; 产业集聚区政府 keeps its zone
    assert _names("entities_probe14_bodies.txt", "organization") == {
        "中央农办秘书局", "农业农村部办公厅", "文锦渡边检站", "天河区冼村街平安促进会",
        "市委社会工作部", "市政府", "长葛市大周产业集聚区政府"}


def test_department_store_is_an_enterprise():
    assert _names("entities_probe14_bodies.txt", "enterprise") == {"郑州市华联商厦"}
