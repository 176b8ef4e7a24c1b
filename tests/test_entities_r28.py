"""Entities on text modelled on the twenty-eighth, thirty-first and thirty-fourth probes'
pages (淮安, 樊城, 杞县, 日照, 遵义): kinds of factory listed as the firms that built an
estate, the bodies of several levels, a region's committee, a word with 局, a hosted theme."""

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


def test_local_is_no_bureau_and_a_hosted_theme_is_an_initiative():
    # `东港区局部地区` (局部 "local"): no 东港区局; `教育局部署` is the bureau deploying.
    # A slogan hosted (`由…主办的“赓续红色血脉 助力文旅发展”…采访`) names the event.
    from kg.initiatives import find_initiatives
    from kg.organizations import find_organizations
    assert find_organizations("8月5日，东港区局部地区出现强降雨。", None) == []
    assert [c.name for c in find_organizations("市教育局部署暑期安全工作。", None)] == [
        "市教育局"]
    found = find_initiatives("由遵义日报社主办的“赓续红色血脉 助力文旅发展”央地媒体记者联合采访")
    assert [c.name for c in found] == ["赓续红色血脉 助力文旅发展"]
