"""Places on text modelled on the fifty-fourth round's probe pages (郑州晚报, 兰江导报) and
older ones (周口, 泉州, 郑州): the home city's counties and county-level cities printed by
their bare stem."""

import pytest

from kg.places import resolve_places


@pytest.mark.parametrize(("text", "home", "districts"), [
    ("捐献者分别是登封医生王某和南阳护士李某。", "4101", [("登封市", "410185")]),
    ("他是兰溪云山小学的校友。", "3307", [("兰溪市", "330781")]),
    ("前一段时间自驾到荥阳五云山游玩。", "4101", [("荥阳市", "410182")]),
    # only the home city's: 兰溪 is nothing to a 郑州 paper
    ("他是兰溪云山小学的校友。", "4101", []),
    # named in full, it is found once; a road named after it is no mention
    ("荥阳市京城花园小区举办晚会。", "4101", [("荥阳市", "410182")]),
    ("车辆沿荥阳路向西行驶。", "4101", []),
    # not inside a word: 新郑州 is 郑州, and 名 runs on into the stem
    ("建设新郑州，共享新生活。", "4101", []),
    ("联合会原名荥阳志愿者联合会。", "4101", []),
    # not a district's stem (中原, 二七 are words), nor an everyday word (江山, 3308)
    ("坚持在中原大地上书写新篇章。", "4101", []),
    ("大好江山需要我们共同守护。", "3308", []),
])
def test_a_home_county_by_its_bare_stem(text, home, districts):
    found = resolve_places(f"标题\n{text}", 3, home)
    assert [(m.name, m.code) for m in found.mentions if m.type == "district"] == districts


def test_a_village_doctor_names_no_village():
    found = resolve_places("标题\n捐献者是信阳村医周某，他在王庄村工作。", 3, "4115")
    assert [m.text for m in found.mentions if m.type == "community"] == ["王庄村"]


def test_a_bare_stem_joins_the_districts_implied_by_streets():
    text = "标题\n淮河路街道兴华社区的居民说，前些天自驾到荥阳五云山游玩。"
    found = resolve_places(text, 3, "4101")
    assert found.districts == ("二七区", "荥阳市")
    assert found.primary_district == "二七区"


def test_a_bare_stem_in_the_lead_does_not_outweigh_a_district_named_in_full():
    text = "标题\n捐献者分别是登封医生王某和信阳护士李某。\n李某是信阳市平桥区人。"
    found = resolve_places(text, 3, "4101")
    assert found.districts == ("登封市", "平桥区")
    assert found.primary_district == "平桥区"
