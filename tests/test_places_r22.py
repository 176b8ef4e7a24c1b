"""Places on text modelled on the twenty-second probe's pages: a community after the
word before it (a zone, a road bureau, a street office's short form), designations and
verb phrases before 社区 that name no community, a street after a doubled verb."""

import pytest
from conftest import mention_names

from kg.places import resolve_places


@pytest.mark.parametrize("text, communities", [
    # a zone printed before the community: the zone is no part of its name
    ("长丰县高新区北城社区组织居民开展义诊。", ["北城社区"]),
    # a road bureau's 局 before it
    ("市公路局南岭社区共建文明城。", ["南岭社区"]),
    # a street office's short form 街办处 ends the street
    ("平安区东风街办处西苑社区的辖区内，活跃着一支巡逻队。", ["西苑社区"]),
    # a designation and an adverb's phrase name no community
    ("全省儿童友好社区名单公布。", []),
    ("各街道在大力整治社区环境的同时，还添置了书架。", []),
])
def test_the_word_before_a_community_is_no_part_of_its_name(text, communities):
    r = resolve_places(text, 0, None)
    assert mention_names(r, "community") == communities


def test_a_street_after_a_doubled_verb():
    r = resolve_places("今天让我们来看看清源街道的变化。", 0, None)
    assert mention_names(r, "street") == ["清源街道"]
