"""Entities on text modelled on the eleventh probe's pages: estate squares, corner quotes,
kinds in quotes, volunteer teams, bodies with an unknown name read character by character."""

from pathlib import Path

from kg.entities import find_entities

FIXTURES = Path(__file__).parent / "fixtures"


def _names(kind: str) -> set[str]:
    text = (FIXTURES / "entities_probe11_edges.txt").read_text(encoding="utf-8").rstrip("\n")
    mentions = find_entities(text, text.index("\n") + 1, "惠济区")
    for m in mentions:
        assert text[m.span[0] : m.span[1]] == m.text
    return {m.name for m in mentions if m.type == kind}


def test_estate_squares_are_no_firms():
    # 京城花园小区小广场 and 香缤豪庭广场 are estates' squares; a mall's brand stays a firm
    assert _names("enterprise") == {"郑州万达广场"}


def test_initiatives_in_corner_quotes_and_after_party_building():
    # 「…」邻里节活动 names the event's theme; “七色花”党建+模式 a programme;
    # “文化型”、“服务型” are kinds, 能工巧匠维修志愿服务队 a team, 「热心居民」 an honour
    assert _names("initiative") == {"七色花", "亲仁善邻.与邻为伴"}


def test_bodies_named_in_full_and_plural_kinds():
    # 新/都/汇: 都 is a character of the name, not the adverb; 指挥部 ends a body; 乡镇街道
    # 办事处 of a banner is a kind of body; a builder's 项目指挥部 is no public body
    assert _names("organization") == {"惠济区刘寨街道新都汇社区党支部", "管城区新农村指挥部"}
