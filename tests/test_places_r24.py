"""Places on text modelled on the twenty-fourth probe's pages: words before 社区, 村 and
小区 that are no part of a name (a verb, a province, a road's section, a count)."""

import pytest
from conftest import mention_names

from kg.places import resolve_places


@pytest.mark.parametrize("text, kind, names", [
    # a verb before the unit: 助力 ("help"), 使 ("make")
    ("志愿者对周边道路进行了清扫，助力社区做好防汛工作。", "community", []),
    ("电商平台开通后，使桃溪村的茶叶卖到了外地。", "community", ["桃溪村"]),
    # a province's short name printed before an uncoded community
    ("云南金沙社区举办了邻里节。", "community", ["金沙社区"]),
    # a quality and an approximate count describe, they name nothing
    ("该街道已成为全省高品质社区建设的标杆。", "community", []),
    ("这个老小区从全国上百小区中脱颖而出。", "compound", []),
    # a road's section is the address: the compound's name follows it
    ("居民们来到人民大道东段和美小区参加活动。", "compound", ["和美小区"]),
])
def test_the_word_before_a_unit_is_no_part_of_its_name(text, kind, names):
    r = resolve_places(text, 0, None)
    assert mention_names(r, kind) == names
