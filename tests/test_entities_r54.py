"""Initiatives on text modelled on the fifty-fourth round's probe pages (郑州晚报,
郑州日报): an event named after those who co-organised it, and a wish in quotes."""

import pytest

from kg.initiatives import find_initiatives


@pytest.mark.parametrize(("text", "names"), [
    ("由区委宣传部主办、各街道协办的“奋进新时代，喜迎国庆摄影展”在公园开幕。",
     ["奋进新时代，喜迎国庆摄影展"]),
    # a question word makes a wish, not a name, though a cue verb stands before it
    ("社区推行预约放映，真正实现“想听什么唱什么”。", []),
    ("社区真正实现“群众需要什么就送什么”。", []),
])
def test_quotes_after_co_organisers_and_wishes(text, names):
    assert [c.name for c in find_initiatives(text)] == names
