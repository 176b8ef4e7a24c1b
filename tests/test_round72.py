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


@pytest.mark.parametrize(("text", "shop"), [
    ("春节临近,宜兴杨巷镇夏氏月饼店内一派忙碌", "夏氏月饼店"),  # the town before it cut
    ("社区联合辖区共驻共建单位——老杨家胡辣汤店成立“爱心驿站”", "老杨家胡辣汤店"),
    ("豆花日记九中店店员为志愿者送来了奶茶", "豆花日记九中店"),
])
def test_a_shop_named_with_the_bare_word_dian(text, shop):
    assert shop in _firms(text)


@pytest.mark.parametrize("text", [
    "已对集贸市场的店牌店招损毁情况进行了初步摸排",  # 店 begins a word
    "商户们在临街门店外摆放桌椅",  # an everyday word: 门店
    "老城区的文创小店吸引了不少游客",
    "驻马店市民纷纷前来",  # a city
    "老城区东大街店外经营亟待整治",  # a road's shops
    "前往三里岗镇常安店村学习。大家参观了常安店保留的历史遗迹",  # the village
])
def test_the_bare_word_dian_names_no_shop(text):
    assert not [f for f in _firms(text) if f.endswith("店")]


def test_a_full_suffix_ends_the_name_before_it_unless_a_branch_follows():
    assert "中山市二十四农业科技有限公司" in _firms(
        "神湾镇自游农场有限公司中山市二十四农业科技有限公司中山市荔景苑景区")
    branch = _firms("国众联资产评估土地房地产估价有限公司惠州分公司党支部为老爹岭小区")
    assert any(f.endswith("估价有限公司惠州分公司") for f in branch)  # (as long as names go)


def test_a_trade_name_before_the_firms_people():
    assert "圣腾钢构" in _firms("负责生产车间基础施工的圣腾钢构企业负责人祝超群正在")
    assert _firms("支持冷链物流企业发展") == []  # 企业 alone: a kind


def test_a_site_of_a_firm_whose_name_starts_with_a_direction():
    assert "东森产业园" in _firms("4月7日,在位于濮阳县海通乡的东森产业园扶贫基地洗衣液灌装车间内")


@pytest.mark.parametrize("text", [
    "为应对恶劣天气,满足市民需求,我市菜场、超市、生鲜平台等保供企业积极行动",
    "图为1月30日,市城区一超市内各类蔬果一应俱全。",
    "记者来到某公司了解情况",
])
def test_kinds_of_business_and_any_one_of_them(text):
    assert _firms(text) == []


def test_a_numbered_firm_keeps_its_number():
    assert "金水环卫清洁服务一公司" in _firms("金水环卫清洁服务一公司为环卫工人建了休息房")
    assert "则一科技" in _firms("已入驻辉耀智佳科技、则一科技、御流智能包装等企业")


def test_the_county_town_heads_no_name():
    assert _firms("近日,县城清华园小区物业组织工作人员对小区进行全面排查") == ["清华园小区物业"]
