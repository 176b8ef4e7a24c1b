"""Places on text modelled on the twenty-fourth to twenty-seventh probes' pages: words
before 社区, 村 and 小区 that are no part of a name (a verb, a road's section, a count, a
former name's 原) or that name none (an honour, an era, a status)."""

import pytest
from conftest import mention_names

from kg.places import resolve_places


@pytest.mark.parametrize("text, kind, names", [
    # a verb before the unit: 助力 ("help"), 使 ("make")
    ("志愿者对周边道路进行了清扫，助力社区做好防汛工作。", "community", []),
    ("电商平台开通后，使桃溪村的茶叶卖到了外地。", "community", ["桃溪村"]),
    # (a province's short name before one stays: 香港花园社区, 北京路社区 are names)
    ("市南区香港花园社区举办了邻里节。", "community", ["香港花园社区"]),
    # a quality and an approximate count describe, they name nothing
    ("该街道已成为全省高品质社区建设的标杆。", "community", []),
    ("这个老小区从全国上百小区中脱颖而出。", "compound", []),
    # a former name's 原; prepositions and verbs: 以 ("by"), 所住 ("where one lives")
    ("城阳区原河西社区改为河西街道。", "community", ["河西社区"]),
    ("街道将以社区活动中心为核心开展服务。", "community", []),
    ("居民谈及所住小区的变化。", "compound", []),
    ("荷晏社区以前叫渔场村。", "community", ["荷晏社区", "渔场村"]),  # 叫 "was called"
    ("该村主要以文化兴村。", "community", []),  # a slogan: culture revives the village
    # an honour, an era, an epidemic status, cadres' pairing, a building's storeys
    ("全国优秀社区工作法公布。", "community", []),
    ("展现了新时代社区的新面貌。", "community", []),
    ("封控小区内的物资由志愿者配送。", "compound", []),
    ("机关干部深入包联社区开展清洁行动。", "community", []),
    ("一座四层社区文化活动中心建成。", "community", []),
    ("机关干部分包社区主次干道。", "community", []),
    ("干部走进包保社区的每个小区。", "community", []),
    ("一群小小社区志愿者上岗了。", "community", []),
    ("多方联动 共筑美丽社区。", "community", []),
    ("拉开了共建共享美好社区的新篇章。", "community", []),
    ("碧海苑是高层小区，人口密度大。", "compound", []),
    ("选取具有代表性的路段或社区作为示范点。", "community", []),  # 或 "or"
    ("荣获全省城市和谐社区建设示范单位。", "community", []),
    # a road's section is the address: the compound's name follows it
    ("居民们来到人民大道东段和美小区参加活动。", "compound", ["和美小区"]),
])
def test_the_word_before_a_unit_is_no_part_of_its_name(text, kind, names):
    r = resolve_places(text, 0, None)
    assert mention_names(r, kind) == names
