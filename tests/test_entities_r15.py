"""Entities on text modelled on the fifteenth probe's pages (深圳, 郑州): a national
carrier by its brand, a studio with a short name, a quoted day glued to a place, a centre
named for a building project, a slogan of parallel clauses."""

from conftest import fixture_entity_names as _names

FIXTURE = "entities_probe15_lists.txt"


def test_brand_studio_and_builder_are_enterprises():
    # 中国联通 (brand alone), 阿志工作室 (a short own name; 付化友党建工作室 is a party
    # programme), 中建八局 (its 文体中心项目 is a building project, no 中心 body)
    assert _names(FIXTURE, "enterprise") == {"中国联通", "阿志工作室", "中建八局"}


def test_project_centre_is_no_body():
    assert _names(FIXTURE, "organization") == {"新雪社区党委"}


def test_quoted_day_is_an_initiative_and_parallel_slogan_is_not():
    # “街坊日” (a three-character day), not “推窗可见绿、移步皆是景” (two clauses, each a verb)
    assert _names(FIXTURE, "initiative") == {"街坊日"}
