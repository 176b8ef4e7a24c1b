"""Places on text modelled on the twenty-first probe's pages: another city's functional
zone by its short name (`洛阳高新区`), and the bare short name the same article uses for
it again (`高新区`), which is not the home city's zone."""

import pytest
from conftest import fixture_places, mention_names

from kg.places import resolve_places


@pytest.mark.parametrize("home", ["4101", "4103", None])
def test_another_citys_zone_and_its_bare_name(home):
    r = fixture_places("places_other_city_zone.txt", home)
    # the headline's bare 高新区 too: the article names the zone's city once
    assert mention_names(r, "district") == (["洛阳高新技术产业开发区"] if home else [])
    if home:
        named = [m for m in r.mentions if m.type == "district"]
        assert [m.text for m in named] == ["高新区", "洛阳高新区", "高新区"]
        assert {m.code for m in named} == {"410371"}


def test_a_bare_zone_name_alone_is_the_home_citys():
    r = resolve_places("本报讯 近日，高新区组织辖区企业开展消防演练。", 0, "4101")
    assert [(m.name, m.code) for m in r.mentions if m.type == "district"] == [
        ("郑州高新技术产业开发区", "410172")]
