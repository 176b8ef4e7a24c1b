"""Entities on text modelled on the forty-third round's probe pages (郑州, 洛阳, 株洲,
淮北): markets of stalls named by their own or their road's name, and quoted names
before a team, a contest, a way of managing or a system."""

from conftest import fixture_entity_names as _names

MARKETS = "entities_probe43_markets_and_teams.txt"


def test_named_markets_are_firms_the_districts_or_a_kind_are_not():
    # `青松农贸市场`, `兴旺批发市场`, `北环花卉市场` (by its trade, round 45) and one named
    # after its road (`和平路集贸市场`); not `城区各农贸市场`, `新建标准化农贸市场`, `马路菜市场`
    assert _names(MARKETS, "enterprise") == {"青松农贸市场", "和平路集贸市场", "兴旺批发市场",
                                             "北环花卉市场"}


def test_quoted_names_of_teams_contests_and_systems_are_initiatives():
    # `“银发哨兵”队伍`, `“红领巾”服务队`, `“最美摊位”评选`, `“市场长”管理体系`,
    # `“智慧菜篮”系统`; a team quoted whole (`“清洁突击队”`) is no programme
    assert _names(MARKETS, "initiative") == {"银发哨兵", "红领巾", "最美摊位", "市场长", "智慧菜篮"}


def test_an_award_and_who_gave_it_end_a_firms_name():
    # `…合作社经河南省…评选，荣获…优秀社`: 经 before a place ("by") and 荣获 stop a name
    # (not `经八路`, `经开区`, where 经 starts one)
    from kg.enterprises import find_enterprises
    from kg.organizations import find_organizations
    text = ("中牟县绿源蔬菜合作社经河南省农民专业合作社发展中心评选，"
            "荣获河南省农民专业合作社示范社。")
    found = {c.text for c in find_enterprises(text)}
    assert "中牟县绿源蔬菜合作社" in found
    assert not any("经河南" in name or name.startswith("荣获") for name in found)
    assert [c.text for c in find_organizations("金水区经八路街道办事处组织巡查。", None)] == [
        "金水区经八路街道办事处"]


def test_numbered_duties_before_the_door_unquoted():
    # `做好门前五包`, `门前三小`: a campaign printed without quotes (rounds 40, 45, 46)
    from kg.initiatives import find_initiatives
    found = find_initiatives("社区引导商户做好门前五包，攸县推行门前三小，门前屋后干干净净。")
    assert [c.name for c in found] == ["门前五包", "门前三小"]


def test_a_quote_the_work_is_led_by_or_set_up():
    # `以“为民服务站”为龙头`, `建立“法律服务岗”` (round 46)
    from kg.initiatives import find_initiatives
    found = find_initiatives("该乡以“便民驿站”为龙头，各村建立“法律咨询岗”。")
    assert [c.name for c in found] == ["便民驿站", "法律咨询岗"]


def test_an_edition_and_a_dotted_campaign_with_de():
    # `第29届牡丹文化节`: the edition is cut off whole, not at its number; `“我们的节日·中秋”`
    # is a campaign's name though it holds 的 (round 47); `“我们的家园”主题公园` is none
    from kg.initiatives import find_initiatives
    assert [(c.text, c.name) for c in find_initiatives("第39届菊花文化节越来越近了。")] == [
        ("第39届菊花文化节", "菊花文化节")]
    assert [c.name for c in find_initiatives("开展“我们的节日·端午”暨包粽子活动。")] == [
        "我们的节日·端午"]
    assert find_initiatives("建成“我们的家园”主题公园。") == []


def test_a_family_farm_a_squares_activity_and_a_campaign_stepped_up():
    # `兴鹤村爱东家庭农场` → 爱东家庭农场 (the village before it dropped); a square for
    # activities is public; `加大“三清一改”力度` (round 48)
    from kg.enterprises import find_enterprises
    from kg.initiatives import find_initiatives
    found = {c.text for c in find_enterprises("视察了兴鹤村爱东家庭农场和桥下的健身活动广场。")}
    assert found == {"爱东家庭农场"}
    assert [c.name for c in find_initiatives("镇里加大“三清一改”力度。")] == ["三清一改"]


def test_households_of_a_trade_are_no_firm():
    # `北街上有许多养殖户` (round 49): 养殖 is a firm's trade word only before no 户
    from kg.enterprises import find_enterprises
    assert find_enterprises("北街上有许多养殖户，扶贫企业鸿旺牧业也来了。")[0].text == "鸿旺牧业"
    assert len(find_enterprises("北街上有许多养殖户。")) == 0
