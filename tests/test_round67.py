"""Text modelled on the probe pages, read again in the twenty-third session: a square is a
business only when its name shows a mall; a round-up of several districts has no primary one."""

import pytest

from kg.bylines import parse_byline
from kg.enterprises import find_enterprises
from kg.pipeline import extract_text
from kg.places import resolve_places


@pytest.mark.parametrize(("sentence", "expected"), [
    # public squares, where a street or a village holds its events
    ("社区联合爱心企业在文博广场举行游园活动。", []),
    ("修建配套便民广场约500平方米。", []),
    ("火车站候车大厅和站前广场的宣传标语焕然一新。", []),
    ("市民在江海云道散步,恩平冯如广场,人们开心地拍下合照。", []),
    # malls: a chain's brand or a trade word in the name
    ("活动在金汇购物广场举行。", ["金汇购物广场"]),
    # 龙湖 is a lake before it is a developer (whose malls are 天街)
    ("居民在龙湖广场散步。", []),
    ("城中万达广场门前的共享单车排列整齐。", ["城中万达广场"]),
    ("宝龙广场举办消费季活动。", ["宝龙广场"]),
])
def test_a_square_is_a_business_only_when_its_name_shows_a_mall(sentence, expected):
    assert [c.name for c in find_enterprises(sentence)] == expected


def _primary(text: str, home: str = "4101") -> tuple[str | None, tuple[str, ...]]:
    result = resolve_places(text, text.index("\n") + 1, home)
    return result.primary_district, result.districts


def test_a_round_up_of_several_districts_has_no_primary_district():
    text = ("布厂街不堵了\n昨日,管城区、二七区、中原区执法局对占道路段展开集中整治。"
            "管城区执法局组织人员进行了整治;二七区执法局回复说将加强管理;中原区执法局说"
            "也正在整治中。")
    assert _primary(text) == (None, ("管城回族区", "二七区", "中原区"))


def test_a_district_that_leads_the_others_is_the_primary_one():
    # named in the headline and the lead; the others once each, as places labour came from
    text = ("中原区三送一强保障企业复工\n复工复产期间,中原区人社局向淇县、渑池县、卢氏县等地"
            "发出用工需求协助函。中原区人社局还深入企业答疑解惑。")
    assert _primary(text)[0] == "中原区"


@pytest.mark.parametrize(("line", "names"), [
    ("邹凯 文/图", []),  # a byline, with none of our roles
    ("□冷鹏刘丹 文/图", []),
    ("王敏 文", []),
    ("张萌 文/摄", [("张萌", "photographer")]),  # 摄 credits a photographer
    ("社区新风 文", None),  # no name: 社 is no surname
])
def test_names_credited_with_the_text_and_no_role_word(line, names):
    parsed = parse_byline(line)
    assert (parsed if parsed is None else [(b.name, b.role) for b in parsed]) == names


def test_a_credit_without_a_role_word_is_no_headline():
    page = ("昔日是虎头 今朝非蛇尾\n\n邹凯 文/图\n\n道路平坦了,下水道通了,路灯亮了,村民们"
            "说起村里的变化,个个喜笑颜开。\n\n"
            "文明花开芬芳满城\n——我市深化全国文明城市创建工作综述\n□本报记者 马迎春\n\n"
            "今年以来,我市持续深化全国文明城市创建工作,城市面貌焕然一新。\n\n"
            "社区办集市 服务飨市民\n——老城街道“社区大集”一瞥\n□冷鹏刘丹 文/图\n\n"
            "“老李,社区今天又开大集了,走,逛逛去”……日前,老城街道东方红社区开起了便民大集。\n")
    articles = extract_text("p.txt", page)
    assert [a.headline for a in articles] == ["昔日是虎头今朝非蛇尾", "文明花开芬芳满城",
                                              "社区办集市服务飨市民"]


@pytest.mark.parametrize(("line", "photographers"), [
    ("■摄影 王 强 文字 金睿敏", ["王强"]),  # the writer is none of our roles
    ("撰文 李明 摄影 王强", ["王强"]),
])
def test_a_writers_credit_beside_a_photographer(line, photographers):
    assert [(b.name, b.role) for b in parse_byline(line)] == [
        (name, "photographer") for name in photographers]


def _communities(sentence: str, home: str) -> list[str]:
    return [m.name for m in resolve_places("标题\n" + sentence, 3, home).mentions
            if m.type == "community"]


def test_a_counted_list_of_communities_after_a_verb():
    # 于 is a stop character: the gazetteer's 于赵社区 (德州市德城区) starts the list
    assert _communities("近日,德城区确定于赵、肖何、南关、南龙、新园5个社区为试点。", "3714") == [
        "于赵社区", "肖何社区", "南关社区", "南龙社区", "新园社区"]


@pytest.mark.parametrize("sentence", [
    "一杯热茶,志愿者来自乔村、陈村。",  # 来自 "comes from": no village 自乔村
    "规范社区管理,打造数字社区。",  # a verb and a policy's kind
    "评选书香社区、环保社区等先进集体。",  # titles given to communities
])
def test_no_community_named(sentence):
    assert _communities(sentence, "6101") == []


def test_another_compound_is_no_compounds_name():
    text = "城区又一小区加装电梯\n近日,另一小区也完成改造。又一村社区的居民前来观摩。"
    names = [(m.type, m.name) for m in resolve_places(text, text.index("\n") + 1, "4205").mentions
             if m.type in ("compound", "community")]
    assert names == [("community", "又一村社区")]


def test_a_credit_closes_a_paragraph_whose_quotes_are_printed_the_wrong_way_round():
    page = ("镜湖区职工朗诵大赛举行\n\n4月27日,由镜湖区总工会主办的朗诵大赛举行,职工们讲述奋斗故事,"
            "表达建设”四最镜湖“的美好愿望。记者 杨大伟 摄\n\n市统战系统共植“同心林”\n\n"
            "本报讯(记者 赵丹丹 实习生 李铭煜) 3月10日上午,市统战系统干部职工开展植树活动。\n")
    articles = extract_text("p.txt", page)
    assert [(a.headline, [b.name for b in a.bylines if b.role == "photographer"])
            for a in articles] == [("镜湖区职工朗诵大赛举行", ["杨大伟"]),
                                   ("市统战系统共植“同心林”", [])]


def test_a_credit_opening_its_own_bracket_still_runs_on():
    page = ("“五老”记者团夏日送清凉\n\n一席贴心的话语,让一线环卫工人真切感受到了关心和爱护。\n"
            "“谢谢你们!”环卫工人不住表示感谢。(滨州日报/滨州网记者王健\n通讯员李明摄影)\n")
    (article,) = extract_text("p.txt", page)
    assert [b.name for b in article.bylines if b.role == "photographer"] == ["王健", "李明"]


def test_come_from_starts_no_body_and_old_age_names_no_community():
    from kg.organizations import find_organizations
    assert [c.name for c in find_organizations("当天,来自市委统战部、市工商联的干部职工参加活动。",
                                               None)] == ["市委统战部", "市工商联"]
    assert _communities("社区建设了一处约100平方米的老年社区食堂。", "3708") == []
