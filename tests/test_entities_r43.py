"""Entities on text modelled on the forty-third round's probe pages (郑州, 洛阳, 株洲,
淮北): markets of stalls named by their own or their road's name, and quoted names
before a team, a contest, a way of managing or a system."""

from conftest import fixture_entity_names as _names

MARKETS = "entities_probe43_markets_and_teams.txt"


def test_named_markets_are_firms_the_districts_or_a_kind_are_not():
    # `青松农贸市场`, `兴旺批发市场`, and one named after its road (`和平路集贸市场`); not
    # `城区各农贸市场`, `新建标准化农贸市场`, `马路菜市场`
    assert _names(MARKETS, "enterprise") == {"青松农贸市场", "和平路集贸市场", "兴旺批发市场"}


def test_quoted_names_of_teams_contests_and_systems_are_initiatives():
    # `“银发哨兵”队伍`, `“红领巾”服务队`, `“最美摊位”评选`, `“市场长”管理体系`,
    # `“智慧菜篮”系统`; a team quoted whole (`“清洁突击队”`) is no programme
    assert _names(MARKETS, "initiative") == {"银发哨兵", "红领巾", "最美摊位", "市场长", "智慧菜篮"}
