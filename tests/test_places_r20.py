"""Places on text modelled on the twentieth probe's pages (鹤壁, 义乌, 凤阳, 建德, 荥阳
papers): 村X村Y idioms (`村容村貌`, `村务村情`), descriptive villages (`贫困村`, `空心村`,
`美丽山村`), a one-character street from the gazetteer (`东街道`), a name whose second
character is the stop character 和 (`西和新城小区`-like), an estate named XX家园 that the
article calls a compound, and a kind of housing that names none (`公租房小区`)."""

import pytest
from conftest import fixture_places, mention_names

from kg.places import home_city_votes, resolve_places


def _places(home: str | None):
    return fixture_places("places_probe20_rural.txt", home)


@pytest.mark.parametrize("home", [None, "4106"])
def test_villages_without_idioms_or_descriptions(home):
    # 村容村貌 (also after 整治 in the headline), 村务村情, 村风村貌, 贫困村, 空心村 and
    # 美丽山村 name no village
    assert mention_names(_places(home), "community") == ["杏花村", "阳光社区"]


@pytest.mark.parametrize("home", [None, "4106"])
def test_one_character_street_is_uncoded_far_from_its_district(home):
    r = _places(home)
    assert mention_names(r, "street") == ["北岭镇", "东街道"]
    street = next(m for m in r.mentions if m.name == "东街道")
    # the gazetteer's only 东街道 is in 淮北 相山区: no code, no district implied here
    assert (street.text, street.code, street.rule) == ("东街道", None, "gazetteer.street")
    assert r.districts == ()


@pytest.mark.parametrize("home", [None, "4106"])
def test_estate_compounds_and_inner_stop_character(home):
    # 百合家园 is named a compound (是公租房小区), and so is taken where it is first
    # printed; 南和锦苑小区 keeps 南和; 公租房小区 names none
    r = _places(home)
    assert mention_names(r, "compound") == ["百合家园", "南和锦苑小区"]
    assert sum(m.name == "百合家园" for m in r.mentions) == 2


@pytest.mark.parametrize(("text", "kind", "names"), [
    # under its district the one-character street is coded
    ("标题\n相山区东街道开展活动。", "street", ["东街道"]),
    # a road 东街 and 道路 is no street; 北街道 is no street in the gazetteer
    ("标题\n，东街道路两旁种满了树。北街道的居民说。", "street", []),
    # a conjunction 和 after a word still ends the name on its left
    ("标题\n居民和新城小区的物业。", "compound", ["新城小区"]),
    # 家园 alone is a slogan's home, not a compound
    ("标题\n共建美好家园，守护精神家园。", "compound", []),
    ("标题\n居民小区华岛家园有近6公里。", "compound", ["华岛家园"]),
    # a real name 张村庙村 (no verb before 村庙) is kept
    ("标题\n，张村庙村党支部召开会议。", "community", ["张村庙村"]),
    ("标题\n他们走进偏远山村，经济薄弱村也有了产业。", "community", []),
])
def test_short_cases(text, kind, names):
    r = resolve_places(text, text.index("\n") + 1, None)
    assert mention_names(r, kind) == names


def test_street_code_under_district():
    r = resolve_places("标题\n相山区东街道开展活动。", 3, None)
    street = next(m for m in r.mentions if m.type == "street")
    assert street.code == "340603002"


def test_one_character_street_casts_no_home_city_vote():
    # a 鹤壁 page's 东街道 would otherwise vote for 淮北
    assert home_city_votes(["东街道民生社区。东街道办事处。"]) == {}
