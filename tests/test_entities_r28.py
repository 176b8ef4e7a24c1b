"""Entities on text modelled on the twenty-eighth probe's pages (淮安, 樊城): kinds of
factory listed as the firms that built an estate, and the bodies of several levels."""

from conftest import fixture_entity_names as _names

LISTS = "entities_probe28_lists.txt"


def test_kinds_of_factory_in_a_list_are_no_firms():
    # `电化厂、烟厂、纱厂…等企业`: a trade and 厂 names a kind of factory; a longer name
    # (`郑州卷烟厂`) and a brand listed with it stay firms
    assert _names(LISTS, "enterprise") == {"郑州卷烟厂", "宏达塑料制品"}


def test_bodies_of_several_levels_are_no_one_body():
    # `市、区两级党委政府`: the party committees and governments of two levels
    assert _names(LISTS, "organization") == {"城东区民政局"}
