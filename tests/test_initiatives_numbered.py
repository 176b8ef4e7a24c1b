"""Initiatives on text modelled on the probe pages of rounds 38–53: numbered slogans
quoted with no cue word beside them, and cue words the quote rule read wrongly."""

import pytest

from kg.initiatives import find_initiatives


@pytest.mark.parametrize(("text", "names"), [
    # a number and two characters or more, or numbers paired
    ("辖区12个“双报到”单位走进小区清理楼道杂物。", ["双报到"]),
    ("街道向居民宣传“四城同创”的意义。", ["四城同创"]),
    ("全面提升道路建设品质和管理水平“两个提升”，强化精品意识。", ["两个提升"]),
    ("志愿者采取“一进一出”的教学模式走进课堂。", ["一进一出"]),
    ("此次义诊围绕辖区“一老一少一新”群体开展。", ["一老一少一新"]),
    # no names: a number and one character, a dictionary word, a measure word, a kind,
    # a word that only starts with a number, a title in 《》
    ("“三无”小区楼道堆满杂物。", []),
    ("大家“一心一意”谋发展。", []),
    ("发放“一封信”3000余份。", []),
    ("群众称之为“三件宝”，家家都有。", []),
    ("社区“三类组织”全部建立。", []),
    ("两地青年“双向奔赴”，共话发展。", []),
    ("孩子们乘坐《双层转马》，笑声不断。", []),
])
def test_a_numbered_slogan_is_a_name_without_a_cue(text, names):
    assert [c.name for c in find_initiatives(text)] == names


@pytest.mark.parametrize(("text", "names"), [
    # 志愿服务 is the cue, no modifier 志愿 before 服务活动
    ("社区开展的“文明双向共建”志愿服务活动吸引了众多居民。", ["文明双向共建"]),
    ("“青春宣讲员”总决赛在市文化馆举办。", ["青春宣讲员"]),
    ("按照“绿色出行”发展战略，该区新增公交线路5条。", ["绿色出行"]),
])
def test_cue_words_after_a_quote(text, names):
    assert [c.name for c in find_initiatives(text)] == names
