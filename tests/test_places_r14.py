"""Places on text modelled on the fourteenth probe's pages (Hangzhou, Shanghai, Tianjin,
Shenzhen, Guangzhou, Zhengzhou): a verb or preposition glued before a place printed
elsewhere, a lane number after a road, a numbered community in words, policy terms and a
campaign slogan that are no communities."""

import pytest
from conftest import fixture_places, mention_names


def _places(home: str | None):
    return fixture_places("places_probe14_edges.txt", home)


@pytest.mark.parametrize("home", [None, "4101"])
def test_communities_without_glued_words_or_policy_terms(home):
    # 以王马社区为例, 自河东路社区, 刚刚加入老围社区: the community alone; 第一社区 after
    # 华明街道 is numbered; 全市健康社区治理 (a policy term), 一村村各美其美 (village
    # after village) and “平安冼村更整洁” (a campaign for 冼村) are none
    assert mention_names(_places(home), "community") == [
        "王马社区", "第一社区", "河东路社区", "老围社区"]


@pytest.mark.parametrize("home", [None, "4101"])
def test_compounds_keep_their_road_and_lose_the_verb(home):
    # 住遥祥寺巷小区 is 遥祥寺巷小区 (printed alone before); 临汾路375弄小区 keeps its road;
    # 网格长联系小区 is a verb and 小区, no name
    r = _places(home)
    assert mention_names(r, "compound") == ["遥祥寺巷小区", "临汾路375弄小区"]
    glued = [m for m in r.mentions if m.type == "compound" and m.rule.endswith(".short")]
    assert [(m.text, m.name) for m in glued] == [("遥祥寺巷小区", "遥祥寺巷小区")]


def test_glued_forms_resolve_to_the_coded_place():
    r = _places(None)
    coded = [(m.text, m.code) for m in r.mentions if m.name == "河东路社区"]
    assert coded == [("河东路社区", "410102012002"), ("河东路社区", "410102012002")]
    numbered = next(m for m in r.mentions if m.name == "第一社区")
    assert [p.name for p in numbered.hierarchy][:2] == ["华明街道", "东丽区"]
