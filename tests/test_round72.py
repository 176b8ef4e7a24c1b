"""Text modelled on the probe pages, read again in the twenty-seventh session: a quoted
theme named by the activity or programme after it, campaigns set up or answered, and firms
listed with firms."""

import pytest

from kg.enterprises import find_enterprises
from kg.initiatives import find_initiatives


def _initiatives(text: str) -> list[str]:
    return sorted({c.text for c in find_initiatives(text)})


def _firms(text: str) -> list[str]:
    return sorted({c.text for c in find_enterprises(text)})


@pytest.mark.parametrize(("text", "name"), [
    ("2月5日,火炬高新区“侨心同行,共植新绿”植树活动暨揭牌仪式在海滨社区举行", "侨心同行,共植新绿"),
    ("2026年市直机关“刺桐红”党员义务植树志愿服务活动在此举行", "刺桐红"),
    ("昨日,2023年开平市“文明大家谈”进社区首场活动在社区举行", "文明大家谈"),
    ("执法局党支部组织开展“我爱我的家环卫靠大家”主题党日实践活动", "我爱我的家环卫靠大家"),
    ("纷纷组织辖区居民参与“我们的节日”群众精神文化活动", "我们的节日"),
    ("全力打响“锦绣城西”文旅品牌。", "锦绣城西"),
    ("建立镇(街道)村三级及驻区单位“3+1”联动机制,充分发挥", "3+1"),
    ("该社区党委通过“有事好商量”协商议事平台收集意见", "有事好商量"),
])
def test_a_quoted_theme_named_by_the_activity_after_it(text, name):
    assert name in _initiatives(text)


@pytest.mark.parametrize(("text", "quoted"), [
    ("每周六将推出“西瓜套圈”“吃瓜大赛”以及“萌娃才艺秀”等亲子互动活动", "萌娃才艺秀"),  # a list
    ("在“三桥汇”处开展春季植树活动", "三桥汇"),  # a place
    ("孩子们作为“小候鸟”参加活动", "小候鸟"),
    ("墙上还留着“环卫工人道班房”字样的活动板房", "环卫工人道班房"),
    ("培育了郭塘坊“冉收”三个果蔬品牌", "冉收"),  # a count: one of them
    ("探索“知名书画家+农户+学员+商户”的“电商+文创”运作模式", "电商+文创"),  # a business's way
])
def test_words_between_that_name_no_programme(text, quoted):
    assert quoted not in _initiatives(text)


@pytest.mark.parametrize(("text", "name"), [
    ("最近,吉祥社区成立了“学雷锋义务理发站”,张阿姨又是首当其冲", "学雷锋义务理发站"),
    ("针对“一老一小”服务需求,设立“儿童之家”与“老吾老驿站”,打造温馨港湾", "老吾老驿站"),
    ("响应“同饮黄河水·共护母亲河”2025年沿黄九省(区)倡议", "同饮黄河水·共护母亲河"),
    ("活动中,省直机关工委发布“美丽安徽环保志愿行”、“我爱我家志愿服务”", "美丽安徽环保志愿行"),
    ("从镇区综合整治发力,建立起“日常巡查+专项治理+应急响应”的科学工作机制",
     "日常巡查+专项治理+应急响应"),
])
def test_a_campaign_set_up_answered_or_issued(text, name):
    assert name in _initiatives(text)


def test_firms_listed_with_firms_found_by_name():
    found = _firms("目前,项目一期进展顺利,已入驻海底捞智慧工厂、长材智能制造、则一科技、"
                   "御流智能包装、中钢粉体、长三角食品配套产业园等项目。")
    assert {"长材智能制造", "御流智能包装", "中钢粉体"} <= set(found)


@pytest.mark.parametrize("text", [
    # one firm among public bodies: `业委会`, `档案馆` are none
    "鸡山社区党委多次召集加梯公司、虎牙街道、物业、业委会,召开联席会议",
    "邀请区委组织部、达州日报社、通川区档案馆、邮政储蓄银行等联创单位",
    "思源社区党委联合省农发行、交警部门、执法中队等公共单位",
])
def test_one_firm_makes_no_list_of_firms(text):
    assert not {"业委会", "通川区档案馆", "交警部门", "虎牙街道"} & set(_firms(text))
