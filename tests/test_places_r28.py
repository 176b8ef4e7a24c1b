"""Places on text modelled on the twenty-eighth probe's pages (淮安, 滁州, 樊城, 烟台, 金华):
a count that reads as a county-level name, 区内 ("in the area") before a compound, some
communities and a verb before a generic stem."""

import pytest
from conftest import mention_names

from kg.places import resolve_places


@pytest.mark.parametrize("text, districts", [
    # a classifier after a numeral or a determiner counts: no 项城市, 名山区, 个旧市
    ("金水区执法局部署各项城市管理保障工作。", ["金水区"]),
    ("多名山区群众赶来参加义诊。", []),
    ("多个旧市场完成了改造。", []),
    # ... the county-level city itself is still one
    ("项城市今年新建了三座公园。", ["项城市"]),
])
def test_a_count_is_no_county_level_name(text, districts):
    assert mention_names(resolve_places(text, 0, None), "district") == districts


@pytest.mark.parametrize("text, kind, names", [
    # 区内 is "in the area", after 辖区 or a district's name
    ("志愿者对辖区内锦华花园小区进行了清扫。", "compound", ["锦华花园小区"]),
    ("金水区内丰华小区的居民参加了活动。", "compound", ["丰华小区"]),
    # some communities of the provincial capital, no community named 省城部分
    ("省城部分社区的市政设施产权不明。", "community", []),
    # 共 starts the verb 共建; 和谐 is generic
    ("社区开展共建和谐社区主题活动。", "community", []),
    ("工作人员详细了解青山村的情况。", "community", ["青山村"]),
])
def test_words_before_a_unit_that_are_no_part_of_its_name(text, kind, names):
    assert mention_names(resolve_places(text, 0, None), kind) == names
