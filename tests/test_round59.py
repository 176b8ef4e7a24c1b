"""Text modelled on the fifty-ninth round's probe pages (昭通日报, 兰州日报): a trade word
ending inside a verb, a causative before 小区, a work's title in 《》, and a slogan whose
tail word is its own predicate."""

import pytest

from kg.enterprises import find_enterprises
from kg.initiatives import find_initiatives
from kg.places import resolve_places


@pytest.mark.parametrize(("text", "names"), [
    ("过去陈大友一家居住在山上的土坯房里。", []),  # 家 + 居住: no 家居 firm
    ("红星美凯龙家居广场昨日开业。", ["红星美凯龙家居广场"]),
])
def test_a_trade_word_ending_inside_a_verb_is_no_firm(text, names):
    assert [c.name for c in find_enterprises(text)] == names


def test_a_causative_before_a_compound_unit_names_none():
    found = resolve_places("标题\n社区工作人员讲述的故事,都令小区居民感动不已。", 3, "6201")
    assert [m.name for m in found.mentions if m.type == "compound"] == []


@pytest.mark.parametrize(("text", "names"), [
    # (a column's wrap inside the kind: `小` / `品《三夺魁》`)
    ("近日,某县文化馆选送的小\n品《三夺魁》在全省第五届群众文\n化“彩云奖”决赛中荣获戏剧类作品\n"
     "“彩云奖”。", ["彩云奖"]),
    ("社区志愿者带来的诗朗诵《创建文明城市我们在行动》赢得掌声。", []),
    ("区农工委组织全体党员收看《党课开讲啦》。", ["党课开讲啦"]),  # a programme watched
    ("启动我市2024年“学雷锋·文明实践我行动”志愿服务活动。", ["学雷锋·文明实践我行动"]),
])
def test_works_in_title_marks_and_a_slogans_own_predicate(text, names):
    assert [c.name for c in find_initiatives(text)] == names
