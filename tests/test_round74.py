"""Text modelled on the probe pages, read again in the twenty-ninth session: commissions
printed short (`市住建委`), a bureau named by the trade it oversees (`市商务局`), public
welfare, youth and research institutions, and what only looks like one of them."""

import pytest

from kg.enterprises import find_enterprises
from kg.initiatives import find_initiatives
from kg.organizations import find_organizations
from kg.places import resolve_places


def _bodies(text: str) -> list[str]:
    return sorted({c.text for c in find_organizations(text, None)})


@pytest.mark.parametrize(("text", "name"), [
    ("我市以市委组织部、市住建委、市民政局牵头,组织开展", "市住建委"),
    ("近年来,日照市建立市文明委统一协调的志愿服务机制", "市文明委"),
    ("九三学社、市工商联、市民委、市台办等单位的干部", "市民委"),
    ("图为市仲裁委和秦州区政协志愿者在清扫积雪", "市仲裁委"),
    ("二七区委社治委负责人介绍", "二七区委社治委"),
    ("郑州市农委主任到芝田镇查看夏收进度", "郑州市农委"),
    ("活动中的联系单位,市商务局出资租用两台铲车", "市商务局"),
    ("济南市商务局的退休干部高大爷", "济南市商务局"),
    ("7月19日安徽省商务厅公布了名单", "安徽省商务厅"),
    ("当天,市红十字会志愿者还现场教授急救知识", "市红十字会"),
    ("此次由石鼓区红十字会主办", "石鼓区红十字会"),
    ("市慈善总会向困难家庭发放慰问金", "市慈善总会"),
    ("400名农民工子女走进了市青少年宫,度过一个别样的六一", "市青少年宫"),
    ("社区联合市群众艺术馆等周边单位开展活动", "市群众艺术馆"),
    ("志愿者们到江夏区大桥福利院看望孩子", "江夏区大桥福利院"),
    ("在郑州市蔬菜研究所专家的指导下", "郑州市蔬菜研究所"),
    ("市园林科研所的志愿者在河边捡拾垃圾", "市园林科研所"),
])
def test_a_commission_bureau_or_institution(text, name):
    assert name in _bodies(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("社区居民委员会换届选举顺利完成", "民委"),  # the residents' committee, not 市民委
    ("不少市民委托律师维权", "市民委"),  # citizens entrusting
    ("市委常委、宣传部部长到社区调研", "市委常委"),  # a title
    ("运河区水月寺街道办事处组织人员清理", "寺街道办事处"),  # 月 inside a name is no date
    ("某某商务中心开业", "某某商务中心"),  # a firm's business centre
    ("社区服务中心四楼书画院常年开放", "书画院"),  # no public body of its own
])
def test_what_only_looks_like_one(text, absent):
    assert not any(name.endswith(absent) and name != "运河区水月寺街道办事处"
                   for name in _bodies(text))


def test_a_date_before_a_body_is_no_part_of_it():
    assert _bodies("7月19日安徽省商务厅公布了名单") == ["安徽省商务厅"]
    assert "运河区水月寺街道办事处" in _bodies("运河区水月寺街道办事处组织人员清理")


def _initiatives(text: str) -> list[str]:
    return sorted({c.name for c in find_initiatives(text)})


def test_a_campaign_of_the_new_era_is_named_after_its_verb():
    assert _initiatives("姚坪乡持续践行新时代“枫桥经验”,秉承为民理念") == ["枫桥经验"]


@pytest.mark.parametrize("text", [
    "市场监管总局日前发布了《食用农产品市场销售质量安全监督管理办法》",
    "向群众普及《福建省志愿服务条例》、公共文明素养知识",
    "根据《中华人民共和国水污染防治法》相关规定",
])
def test_a_law_or_regulation_in_title_marks_is_no_programme(text):
    assert _initiatives(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("将加强巡河力度,严格落实河长制,杜绝此类问题", "河长制"),
    ("店长杨老板说:“自从路长制工作开展以来", "路长制"),
    ("前程办事处积极推行楼栋长制度,广大居民", "楼栋长制度"),
    ("上饶市化工产业链链长制工作推进会召开", "链长制"),
    ("全面推行林长制", "林长制"),
])
def test_a_chief_system_printed_without_quotes(text, name):
    assert _initiatives(text) == [name]


@pytest.mark.parametrize("text", [
    "参观考察了市博物馆、山东步长制药有限公司",  # a drug maker
    "校长制定了新学期计划",  # the verb 制定
    "克服家长制作风",  # paternalism
])
def test_what_only_looks_like_a_chief_system(text):
    assert _initiatives(text) == []


def test_a_chains_store_is_named_with_its_branch():
    text = "执法人员先后在现代城菜场、嘉百乐超市万力店、五三农贸市场检查"
    names = {c.text for c in find_enterprises(text)}
    assert "嘉百乐超市万力店" in names and "万力店" not in names


def test_the_provincial_capital_is_no_part_of_a_villages_name():
    result = resolve_places("记者在走访中也了解到,省城小马村、阳曲县等地鞭炮价格差别很大", 0, None)
    assert [m.name for m in result.mentions if m.type == "community"] == ["小马村"]


@pytest.mark.parametrize("text", [
    "文明实践站承办的商丘市“四季村晚”系列文化活动",
    "我们也排点戏,今年上村晚给大伙儿表演表演",
])
def test_a_village_gala_names_no_village(text):
    assert [m.name for m in resolve_places(text, 0, None).mentions if m.type == "community"] == []
