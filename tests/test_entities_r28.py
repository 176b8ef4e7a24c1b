"""Entities on text modelled on the twenty-eighth, thirty-first and thirty-fourth probes'
pages (淮安, 樊城, 杞县, 日照, 遵义): kinds of factory listed as the firms that built an
estate, the bodies of several levels, a region's committee, a word with 局, a hosted theme."""

import pytest
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


def test_a_prefecture_tagged_as_a_verb_names_its_paper():
    # The dictionary tags 遵义 a verb and 大连 an adverb: they still name their papers,
    # first in a list of hosts too; the cuts of the text stay the dictionary's.
    from kg.organizations import find_organizations
    found = find_organizations("由遵义日报社、遵义市文联主办，大连日报社协办。", None)
    assert sorted(c.name for c in found) == ["大连日报社", "遵义市文联", "遵义日报社"]


@pytest.mark.parametrize("text, names", [
    # a village's committee; a city office and its team; associations (by their former
    # name too); the civic centre's branches in a street and a community (the generic
    # `新时代文明实践所` of a town names none)
    ("在高阳路街道杨西新村村委会附近施工。", ["高阳路街道杨西新村村委会"]),
    ("郑州市绿化工程管理处的职工到场。", ["郑州市绿化工程管理处"]),
    ("市城市管理综合行政执法队中城执法分队清理了杂物。", ["市城市管理综合行政执法队"]),
    ("郑西荥泽志工联合会，原名荥阳志愿者联合会。", ["荥阳志愿者联合会", "郑西荥泽志工联合会"]),
    ("太西街道新时代文明实践所和东关社区新时代文明实践站联合举办。",
     ["东关社区新时代文明实践站", "太西街道新时代文明实践所"]),
    ("花园口镇依托新时代文明实践所举行比赛。", []),
])
def test_committees_offices_associations_and_civic_stations(text, names):
    from kg.organizations import find_organizations
    assert sorted(c.name for c in find_organizations(text, None)) == names


def test_a_quoted_committee_is_a_services_nickname():
    from kg.initiatives import find_initiatives
    found = find_initiatives("康宁社区“移动居委会”、五彩社区“小板凳”等社区特色项目")
    assert [c.name for c in found] == ["移动居委会", "小板凳"]


def test_a_slogan_quoted_inside_an_events_name_is_one_of_two():
    # `“‘A’B”`: the slogan A and the event B; a bare kind of event after the slogan
    # (`实践活动`) names nothing of its own
    from kg.initiatives import find_initiatives
    found = find_initiatives("“‘喜迎二十大 共建文明城’周口市‘3·5’学雷锋志愿服务活动”启动。")
    # (quotes inside a name go: see test_round60's `端午‘粽’飘香`)
    assert [c.name for c in found] == ["喜迎二十大 共建文明城", "周口市3·5学雷锋志愿服务"]
    found = find_initiatives("开展“‘我为群众办实事’实践活动”。")
    assert [c.name for c in found] == ["我为群众办实事"]


def test_an_institutions_square_and_the_youth_leagues_committee():
    # a square before a memorial hall's or a cultural centre's name is its forecourt (a
    # brand's stays a mall); `团市委` is short for 共青团市委
    from kg.enterprises import find_enterprises
    from kg.organizations import find_organizations
    text = "活动在延安革命纪念馆广场启动，金水区文化馆广场和万达广场同时举办。"
    assert [c.name for c in find_enterprises(text)] == ["万达广场"]
    found = find_organizations("由周口市文明办、团市委主办。", None)
    assert [c.name for c in found] == ["周口市文明办", "团市委"]


def test_a_community_named_after_a_department_is_no_department():
    # `金水区省卫生厅社区` (round 41): a community, as a body's 家属院 is a compound
    from kg.organizations import find_organizations
    found = find_organizations("金水区省卫生厅社区开展活动，金水区卫生局到场。", None)
    assert [c.name for c in found] == ["金水区卫生局"]
