"""Entities on text modelled on the twenty-eighth and thirty-first probes' pages (淮安,
樊城, 杞县): kinds of factory listed as the firms that built an estate, the bodies of
several levels, a region's committee."""

from conftest import fixture_entity_names as _names

LISTS = "entities_probe28_lists.txt"


def test_kinds_of_factory_in_a_list_are_no_firms():
    # `电化厂、烟厂、纱厂…等企业`: a trade and 厂 names a kind of factory; a longer name
    # (`郑州卷烟厂`) and a brand listed with it stay firms
    assert _names(LISTS, "enterprise") == {"郑州卷烟厂", "宏达塑料制品"}


def test_bodies_of_several_levels_are_no_one_body():
    # `市、区两级党委政府`: the party committees and governments of two levels
    assert _names(LISTS, "organization") == {"城东区民政局"}


def test_a_region_is_no_district_level():
    # `区域党委` is a region's party committee, not 区 (the article's district) + 域党委;
    # `区人社局` is the district's bureau
    from kg.organizations import find_organizations
    found = find_organizations("区域党委书记和区人社局干部一起走访。", "杞县")
    assert [(c.text, c.name) for c in found] == [("区人社局", "杞县人社局")]
