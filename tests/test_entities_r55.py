"""Entities on text modelled on the fifty-fifth round's probe pages (信阳日报, 郑州日报):
an honour in quotes, and the square at a village's entrance."""

import pytest

from kg.enterprises import find_enterprises
from kg.initiatives import find_initiatives


@pytest.mark.parametrize(("text", "names"), [
    ("该县被市政府授予“全市招商引资工作先进单位”称号。", []),
    ("社区荣获“省级文明社区”荣誉称号。", []),
    # the campaign it names is still one
    ("社区开展“文明楼院”创建活动。", ["文明楼院"]),
])
def test_an_honour_in_quotes_is_no_initiative(text, names):
    assert [c.name for c in find_initiatives(text)] == names


@pytest.mark.parametrize(("text", "names"), [
    ("200多名干部群众齐聚村口广场，观看文艺演出。", []),
    ("居民们在小区门前广场跳起了广场舞。", []),
    ("市民在万达广场购物。", ["万达广场"]),
])
def test_the_square_at_an_entrance_is_no_business(text, names):
    assert [c.text for c in find_enterprises(text)] == names
