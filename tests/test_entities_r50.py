"""Entities on text modelled on the fiftieth and fifty-third rounds' probe pages
(平顶山晚报, 潍坊晚报): a city's or county's one utility company, named by a level word
and its trade."""

import pytest

from kg.enterprises import find_enterprises


@pytest.mark.parametrize(("text", "names"), [
    ("记者联系了市自来水公司，工作人员表示将尽快维修。", ["市自来水公司"]),
    ("市城管局、市自来水公司以及周边单位都有责任。", ["市自来水公司"]),
    ("县供电公司组织抢修。", ["县供电公司"]),
    ("市公交总公司增开夜班线路。", ["市公交总公司"]),  # (round 53, 潍坊晚报)
    # the trade alone is a kind of company (the samples' `与自来水公司、燃气公司一起埋管`),
    # and so it is after a word that ends in a level character (`全市`)
    ("施工中与自来水公司、燃气公司一起埋管。", []),
    ("全市燃气公司都要开展安全检查。", []),
])
def test_a_level_word_and_a_utility_s_trade_name_its_one_company(text, names):
    assert [c.text for c in find_enterprises(text)] == names
