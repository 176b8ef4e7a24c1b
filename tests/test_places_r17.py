"""Places on text modelled on the seventeenth probe's pages (郑州, 石家庄, 柳州 papers): a
verb's character left before a village (`了解泰山村`, `见新村`), an address number before
a compound (`农机街13号义西小区`), moving in (`入住丽都苑小区`), a verb before 小区 as its
object (`工具清理小区道路`), a description in a headline (`打造暖心社区`)."""

import pytest
from conftest import fixture_places, mention_names

from kg.places import resolve_places


def _places(home: str | None):
    return fixture_places("places_probe17_edges.txt", home)


@pytest.mark.parametrize("home", [None, "4101"])
def test_village_names_lose_the_verbs_before_them(home):
    # 详细了解杨柳村 is 杨柳村 (了解, not 解杨柳村); 见新村地基 is "sees the new village";
    # 参观村史馆 is no village; 来自长青路社区 is 长青路社区; 打造暖心社区 and
    # 每天都有社区 name none
    assert mention_names(_places(home), "community") == ["石桥村", "杨柳村", "长青路社区"]


@pytest.mark.parametrize("home", [None, "4101"])
def test_compounds_after_an_address_number_and_moving_in(home):
    # 民主街8号和园小区 → 和园小区; 2015年入住锦江苑小区 → 锦江苑小区; 拿着扫帚清理小区道路
    # (clean the compound's roads) names none
    assert mention_names(_places(home), "compound") == ["和园小区", "锦江苑小区"]


@pytest.mark.parametrize(("text", "kind", "names"), [
    ("标题\n胥江路318号小区改造完工。", "compound", ["胥江路318号小区"]),  # road + number kept
    ("标题\n建设街12号院居民议事。", "compound", ["建设街12号院"]),
    # 于 of 于庄村 after 在 is the name's (在于 is a word, but one character would be left)
    ("标题\n活动在于庄村举行。", "community", ["于庄村"]),
])
def test_names_the_new_cuts_leave_alone(text, kind, names):
    assert mention_names(resolve_places(text, 3, None), kind) == names
