"""Places on text modelled on the eleventh probe's pages (Ningbo, Guangzhou, Suzhou):
generic 社区 phrases, quoted nicknames, Guangzhou streets printed `XX街`, compounds
named by road and house number."""

import pytest
from conftest import fixture_places, mention_names

_places = fixture_places
_names = mention_names


@pytest.mark.parametrize("home", [None, "4101", "3302"])
def test_generic_community_phrases_are_no_names(home):
    r = _places("places_probe11_generic.txt", home)
    # 和谐温馨社区氛围 (和 starts 和谐), 广大/全体社区党员,
    # 我区和谐社区建设 (我区 is one word), “美德社区” (a quoted nickname): none is a community
    assert _names(r, "community") == ["福景社区", "后大街社区", "宝民社区"]


def test_guangzhou_street_printed_jie():
    r = _places("places_probe11_generic.txt", None)
    street = next(m for m in r.mentions if m.rule == "gazetteer.street.jie")
    # 番禺区桥南街: the gazetteer has 桥南街道 in 番禺区
    assert (street.text, street.name, street.code) == ("桥南街", "桥南街道", "440113010")
    # 越秀区北京街12号 is a house address, no street
    assert _names(r, "street") == ["桥南街道", "前进街道"]
    community = next(m for m in r.mentions if m.name == "福景社区")
    assert community.code == "440113010003"


def test_compound_by_road_and_house_number():
    r = _places("places_probe11_compounds.txt", None)
    # 胥江路318号小区 keeps its road; 胥江新村西区 is a block of an estate, no village
    assert _names(r, "compound") == ["胥江路318号小区", "文化路12号院"]
    assert _names(r, "community") == []
