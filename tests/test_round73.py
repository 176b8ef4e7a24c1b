"""Text modelled on the probe pages, read again in the twenty-eighth session: offices
printed short (`市创建办`, `三官庙街道办`), schools and hospitals by number (`市一中`,
`市二院`), and the names that only look like bodies, firms or compounds."""

import pytest

from kg.bylines import parse_byline
from kg.enterprises import find_enterprises
from kg.initiatives import find_initiatives
from kg.organizations import find_organizations
from kg.places import resolve_places


def _bodies(text: str) -> list[str]:
    return sorted({c.text for c in find_organizations(text, None)})


@pytest.mark.parametrize(("text", "name"), [
    ("昨日下午,市创建办组织市属新闻媒体对孟津区进行暗访", "市创建办"),
    ("记者随市创建办工作人员对老城区历史文化街区进行了暗访", "市创建办"),
    ("和平路街道工委牵头,联合市干道办、市交通运输局等相关部门", "市干道办"),
    ("由市妇联、市残联、市老龄办主办,烟台图书馆承办", "市老龄办"),
    ("这是记者从二七区加梯办获得的消息。", "二七区加梯办"),
    ("昨日,惠济区卫健委爱卫办及时组织开展病媒生物防制", "惠济区卫健委爱卫办"),
    ("东郡社区将情况汇报至岱庙街道城管办,并携手共建单位商议", "岱庙街道城管办"),
    ("省台办副主任曹晓武来菏调研", "省台办"),
    ("由团省委、省民政厅、团市委、市委台港澳办主办的“学习雷锋好榜样”活动", "市委台港澳办"),
    ("近日,谢家集区市场局协同区食药安办,对辖区养老助餐点开展检查", "区食药安办"),
])
def test_an_office_printed_short_after_its_level_or_place(text, name):
    assert name in _bodies(text)


@pytest.mark.parametrize(("text", "name"), [
    ("中原区各单位纷纷行动起来。三官庙街道办、绿东村街道思源社区", "三官庙街道办"),
    ("本报讯 管城区西大街街道办近日号召辖区党员志愿者", "管城区西大街街道办"),
    ("该项目由珠海市凤山街道办协助解决工程用地", "珠海市凤山街道办"),
])
def test_a_street_office_printed_as_jiedaoban(text, name):
    assert name in _bodies(text)


@pytest.mark.parametrize("text", [
    "区为我们办的实事一件接一件",  # 办 the verb, before its object
    "市里办了一场文艺晚会",
    "村里的本意是“花小钱办大事”",
    "社区办集市服务居民",
    "今后该怎么办?居民们犯了愁",
    "工信科分享了新基建方面的知识;党建办浅谈了临时党支部有关知识",  # a section
    "5月14日,在盐湖区北城办石化社区开展活动",  # a street office: a street
    "在上街区中心办吉祥社区,有一位热心的老人",
    "高陵区鹿苑街办文卫路的农行小区",
    "该街道办迅速组织人员清理",  # no name
    "金水区街道办公室主任介绍",  # the whole office, not 街道办
])
def test_ban_as_a_verb_a_section_or_a_street(text):
    assert not any(name.endswith(("办", "街道办")) for name in _bodies(text))


@pytest.mark.parametrize(("text", "names"), [
    ("管局、市自来水公司以及周边的市招办、市一中……竟然都不知道", {"市招办", "市一中"}),
    ("市二院整体搬迁完毕", {"市二院"}),
    ("走进郑州市惠济一中、郑州市七十九中、郑州市十二中等多个高考执勤点",
     {"郑州市惠济一中", "郑州市七十九中", "郑州市十二中"}),
    ("在此建设的市人民医院东院区、淮北一中新校区等一大批项目", {"淮北一中"}),
    ("分别在浉河中学、信阳高中及十三小湖东分校三个考点", {"信阳高中"}),
])
def test_schools_and_hospitals_by_number_or_as_a_citys_senior_school(text, names):
    assert names <= set(_bodies(text))


@pytest.mark.parametrize("text", [
    "老人们在七一中路的周口人民公园跳舞",  # a road
    "卫东区十六中西街、科技街",  # a street named after the school
    "城区又一小区加装电梯",
    "这个五一小长假,莆田公园游人如织",
    "兼顾“一老一小”服务需求",
    "面对一院子的垃圾",
    "市中院审理了此案",
    "郑州市高中阶段招生",  # the level of schooling
    "全市初高中学校",
])
def test_numbers_and_school_levels_that_name_no_body(text):
    assert not any(name.endswith(("中", "小", "院")) for name in _bodies(text))


def test_names_that_only_look_like_bodies():
    # a historic site, a kind of network, a verb convening the bodies
    assert _bodies("刘家花屋区苏维埃政府旧址修缮一新") == []
    assert _bodies("启动建设智慧图书馆体系") == []
    assert _bodies("南浔区召集区住建局、南浔经济开发区等部门") == ["区住建局"]


def test_shops_are_not_the_word_for_shops():
    assert find_enterprises("据介绍,青塘疏导点共有店铺66家,目前已全部规范") == []


def test_a_compound_that_is_any_compound():
    text = "本报讯 日前报道了南浔经济开发区(东迁街道)一住宅小区在建工地存在浑泥水直排河道的问题"
    result = resolve_places(text, 0, None)
    assert [m.text for m in result.mentions if m.type == "compound"] == []
    assert "东迁街道" in [m.name for m in result.mentions if m.type == "street"]


@pytest.mark.parametrize("text", [
    "即日起,本报特开设“不文明行为曝光台”专栏,曝光我们身边的不文明行为",  # a paper's column
    "即日起,本报开设《壮丽70年奋斗新时代》专栏,通过记者调研",
    "高新区举办《旧镇史话》发行仪式",  # a book
    "郑州美术学院赠送《攀登之路——文艺名家宣讲文稿摘编》。据了解",
])
def test_columns_and_books_are_no_programmes(text):
    assert find_initiatives(text) == []


def test_a_programme_watched_keeps_its_title():
    assert [c.text for c in find_initiatives("组织党员收看《党课开讲啦》")] == ["党课开讲啦"]


@pytest.mark.parametrize(("line", "name"), [
    ("本报记者肖曦图据受访者", "肖曦"),  # the pictures' source, glued
    ("记者 王敏 受访者供图", "王敏"),
])
def test_a_byline_before_the_pictures_source(line, name):
    assert [(b.role, b.name) for b in parse_byline(line)] == [("reporter", name)]


def test_a_village_after_its_townships_bare_stem():
    # 镇隆 is the stem of 镇隆镇, the township 楼下村 lies in (惠阳区 names the city)
    result = resolve_places("惠阳区开展志愿服务。上午,镇隆楼下村“三社联动”活动开展", 0, None)
    village = next(m for m in result.mentions if m.type == "community")
    assert (village.name, village.code) == ("楼下村", "441303104209")
