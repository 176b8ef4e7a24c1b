"""Entities on text modelled on the thirteenth probe's pages (Zhoukou, Xinyang, Kunming,
Wuhu, Zhuzhou, Harbin): bodies swallowing an address, an apposition or a glued verb, lanes
named after a body, insurers and estate firms without 公司, quoted names and phrases."""

from conftest import fixture_entity_names as _names


def test_bodies_cut_at_address_apposition_and_glued_verb():
    # 汉阳路拐入川汇区…: the route is no part of the name; 包联单位 describes 市林茶局;
    # 金湾社区联合社彩…: 联合 (with) glued to 社; 市医院西巷道 is a lane, 老旧小学楼 a
    # building, 巧用小区党支部 a verb and a generic branch
    assert _names("entities_probe13_bodies.txt", "organization") == {
        "川汇区金海路街道办事处", "市林茶局", "社彩社会工作服务中心"}


def test_insurer_and_estate_firm_without_company():
    assert _names("entities_probe13_bodies.txt", "enterprise") == {"安泰房地产", "合众人寿"}


def test_pairing_mechanism_is_an_initiative():
    assert _names("entities_probe13_bodies.txt", "initiative") == {"支部联支部", "指尖花艺"}


def test_quoted_names_and_phrases():
    # named: after 打造/举办 + a description + 的, and a title with a dash and a subtitle;
    # not: a quality (…浓厚的), a nuisance treated (“牛皮癣”治理), an adjective and an
    # everyday noun (“新力量”), a role (参与社区治理的“移动网格员”)
    assert _names("entities_probe13_quotes.txt", "initiative") == {
        "文化街巷", "社区大集", "邻里牵手逛新城———喜看家乡变化，共议发展前景"}
