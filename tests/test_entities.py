"""Enterprises, initiatives and government bodies on real excerpts of the sample pages.

Each fixture is one article as the pipeline hands it over: headline, "\\n", body.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.entities import find_entities, link_names, resolve_overlaps
from kg.organizations import Candidate

FIXTURES = Path(__file__).parent / "fixtures"


def _run(name: str, district: str | None):
    text = (FIXTURES / f"entities_{name}.txt").read_text(encoding="utf-8").rstrip("\n")
    return text, find_entities(text, text.index("\n") + 1, district)


def _names(mentions, kind: str) -> set[str]:
    return {m.name for m in mentions if m.type == kind}


@pytest.mark.parametrize("name,district", [
    ("zhongyuan", "中原区"), ("flood", "二七区"), ("renshe", "二七区"),
    ("guancheng", "管城回族区"), ("shangjie", "上街区"), ("youth", "二七区"),
])
def test_spans_are_exact_and_typed(name, district):
    text, mentions = _run(name, district)
    assert mentions
    for m in mentions:
        assert text[m.span[0]:m.span[1]] == m.text
        assert m.type in ("enterprise", "initiative", "organization")
        assert m.rule.startswith(m.type + ".")
        assert m.code is None and not m.in_gazetteer and m.hierarchy == ()
    spans = sorted(m.span for m in mentions)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1)), "overlap"


def test_enumeration_of_firms():
    _, mentions = _run("zhongyuan", "中原区")
    firms = _names(mentions, "enterprise")
    # `深入郑州供电公司、华润燃气、领秀服饰、云顶服饰等100余家企业`
    assert {"郑州供电公司", "华润燃气", "领秀服饰", "云顶服饰", "娅丽达服饰",
            "自来水公司", "河南惠众实业", "金泰制罐"} <= firms
    # `格力配套企业鸿域塑料制品`
    assert {"格力", "鸿域塑料制品", "科士达", "伟华电子"} <= firms
    # a generic word heading the list is no firm; slogans are no initiatives
    assert "企业" not in firms
    assert _names(mentions, "initiative") == {"三送一强"}
    assert "保姆式" not in _names(mentions, "initiative")


def test_region_prefix_filled_with_district():
    _, mentions = _run("zhongyuan", "中原区")
    bodies = {m.name: m for m in mentions if m.type == "organization"}
    assert {"中原区委", "中原区政府", "市政府"} <= set(bodies)
    assert bodies["中原区政府"].text == "区政府"
    assert bodies["中原区政府"].aliases == ("区政府",)
    assert bodies["市政府"].aliases == ()  # no city is filled in


def test_region_prefix_links_to_full_name_or_stays_printed():
    _, mentions = _run("renshe", None)  # the article names 二七区人社局 in full
    assert _names(mentions, "organization") == {"二七区人社局"}
    text = "标题\n进入6月份，区人社局第一时间拟定复课通知文件。"
    assert _names(find_entities(text, 3, None), "organization") == {"区人社局"}
    assert _names(find_entities(text, 3, "二七区"), "organization") == {"二七区人社局"}


def test_short_form_and_abridged_name_link_to_full_name():
    _, mentions = _run("flood", "二七区")
    orgs = [m for m in mentions if m.type == "organization"]
    assert {m.name for m in orgs} == {"二七区城市防汛指挥部办公室"}
    assert {m.text for m in orgs} == {"二七区城市防汛办公室", "二七区城市防汛指挥部办公室",
                                      "二七区城防办"}
    assert sum(m.text == "二七区城防办" for m in orgs) == 5
    assert all(m.aliases == (m.text,) for m in orgs if m.text == "二七区城防办")


def test_bureau_firms_and_quoted_programme():
    _, mentions = _run("renshe", "二七区")
    assert _names(mentions, "organization") == {"二七区人社局"}
    assert {"郑州新东方烹饪学校", "大商集团", "康师傅", "花花牛"} <= _names(mentions, "enterprise")
    # `成立“为企业跑腿”工作专班` is a programme; banners, speech and emphasis are not
    inits = _names(mentions, "initiative")
    assert "为企业跑腿" in inits
    for slogan in ("忠于职守心系企业", "少跑腿、少动嘴、少做无用功", "代劳", "用工荒"):
        assert slogan not in inits
    # a private training school is a business, not a public body
    assert "郑州新东方烹饪学校" not in _names(mentions, "organization")


def test_company_suffixes_in_full():
    _, mentions = _run("guancheng", "管城回族区")
    assert _names(mentions, "enterprise") == {
        "郑州宇通客车股份有限公司", "河南张仲景大药股份有限公司",
        "河南圆方物业管理有限公司", "河南省隆庆祥制衣有限公司"}
    assert _names(mentions, "organization") == {"管城区政府"}
    assert "高校毕业生就业创业服务招聘会" in _names(mentions, "initiative")


def test_quoted_programmes_by_cue():
    _, mentions = _run("shangjie", "上街区")
    inits = _names(mentions, "initiative")
    assert {"5+X", "党建联盟", "手拉手", "如果我是党支部书记"} <= inits
    # `从“活”起来到“火”起来`, `一是“想当初”`: emphasis, no cue
    assert not inits & {"活", "火", "想当初", "话今朝", "待明日", "永恒的信念"}
    orgs = {m.name: m for m in mentions if m.type == "organization"}
    assert set(orgs) == {"上街区委组织部"}


def test_public_bodies_and_a_business_centre():
    _, mentions = _run("youth", "二七区")
    assert _names(mentions, "organization") == {"共青团郑州市委", "共青团二七区委",
                                                "郑州市小水清志愿服务互助中心", "政通路小学"}
    assert _names(mentions, "enterprise") == {"绿意家政服务中心"}
    assert "二七区中小学" not in _names(mentions, "organization")


def test_platform_names_in_quotes():
    text = "标题\n发挥“饿了么”和“支付宝”平台优势,积极为线下商户拓展线上消费场景。"
    mentions = find_entities(text, 3, None)
    assert _names(mentions, "enterprise") == {"饿了么", "支付宝"}
    assert _names(mentions, "initiative") == set()


def test_generic_bodies_are_not_named():
    text = "标题\n街道党工委将商圈内11个党组织联合抱团，机关支部、临时党支部参加。"
    assert _names(find_entities(text, 3, "二七区"), "organization") == set()


def test_resolve_overlaps_prefers_longest_then_earliest():
    a = Candidate("organization", 0, 6, "二七区人社局", "二七区人社局", "organization.suffix")
    b = Candidate("organization", 3, 6, "人社局", "人社局", "organization.suffix")
    c = Candidate("initiative", 5, 9, "局开展活", "局开展活", "initiative.quoted")
    assert resolve_overlaps([b, c, a]) == [a]


def test_link_names_suffix_of_longer_name():
    text = "金水区城市综合执法局兴达路执法中队联合。兴达路执法中队呼吁"
    full = Candidate("organization", 0, 17, text[0:17], text[0:17], "organization.suffix")
    short = Candidate("organization", 20, 27, text[20:27], text[20:27], "organization.suffix")
    linked = link_names(text, [full, short])
    assert linked[1].name == "金水区城市综合执法局兴达路执法中队"
    assert linked[1].aliases == ("兴达路执法中队",)


def test_odd_text_never_raises():
    for text in ("", "\n", "“", "”“", "有限公司", "等企业", "“”活动", "区局"):
        assert isinstance(find_entities(text, 0, None), list)


def test_counted_pair_of_firms_and_city_bodies():
    _, mentions = _run("huiji", "惠济区")
    assert _names(mentions, "enterprise") == {"三全", "郑州思念食品", "郑州市协和制药厂",
                                              "亚东物流"}
    # `市失业处` has no city to fill in; `惠济区人社局` is printed in full
    assert _names(mentions, "organization") == {"惠济区人社局", "市失业处"}
    assert _names(mentions, "initiative") == {"三送一强"}


def test_state_builder_bureau_is_a_firm_and_school_stops_at_it():
    _, mentions = _run("tsinghua", "郑东新区")
    assert _names(mentions, "enterprise") == {"中铁七局"}
    assert _names(mentions, "organization") == {"郑州清华大学附属中学", "清华大学"}
    assert _names(mentions, "initiative") == {"三送一强"}  # `在政府‘三送一强’工作推进下`


def test_quoted_site_is_a_platform():
    text = "荥阳农副产品上架“农购网”\n据了解,“农购网”将提供免费平台。“互联网”很重要。"
    mentions = find_entities(text, text.index("\n") + 1, None)
    assert [m.span for m in mentions if m.type == "enterprise"] == [(9, 12), (19, 22)]
    assert _names(mentions, "enterprise") == {"农购网"}


@pytest.mark.parametrize("sentence, kind, expected", [
    ("当晚，记者来到贰麻酒馆。", "enterprise", {"贰麻酒馆"}),
    ("员工们在东风日产郑州汽车工厂加班。", "enterprise", {"东风日产郑州汽车工厂"}),
    ("社区还设有雷锋超市。", "enterprise", {"雷锋超市"}),  # 设有 is no part of it
    ("灯笼挂在如意湖文化广场。", "enterprise", set()),  # a public square
    ("街道对建设路小广场进行了整治。", "enterprise", set()),  # a small one
    ("活动在县新时代文明实践广场举行。", "enterprise", set()),  # a civic one
    ("加快“四机一转”、落实“三送一强”。", "initiative", {"四机一转", "三送一强"}),
    ("这已成为上街区中心路街道的新风尚。", "organization", set()),  # a road, no centre
    # a verb inside a name stays: `如意/湖`, `集聚/区`
    ("新乡市如意湖街道党委开展活动。", "organization", {"新乡市如意湖街道党委"}),
    ("许昌产业集聚区道北社区党支部开展活动。", "organization", {"许昌产业集聚区道北社区党支部"}),
])
def test_other_papers_businesses_and_programmes(sentence, kind, expected):
    assert _names(find_entities(f"标题\n{sentence}", 3, None), kind) == expected


def test_clause_start_is_no_part_of_a_name():
    # verbs governing a name (`提起`, `赶到`, `归`, `受`), prepositions (`往`), copulas
    # (`作为`), counts (`十多家`, `多名`) and a venue before `中` end a name on its left
    _, mentions = _run("probe6_edges", None)
    assert _names(mentions, "organization") == {"湖北路办事处", "洛浦办事处", "虎台办事处"}
    assert _names(mentions, "enterprise") == {"洛阳市饮食服务公司", "河南普华基因科技有限公司",
                                              "中建国信勘测规划有限公司"}
    # `1100多名志愿服务队伍`: a count, no team's name
    assert _names(mentions, "initiative") == set()


def test_cooperatives_firms_of_trade_and_provincial_bodies():
    _, mentions = _run("probe6_recall", None)
    assert _names(mentions, "enterprise") == {"鸿旺牧业", "河南融业律师事务所",
                                              "盈收蔬菜种植合作社", "绿源花木农民专业合作社"}
    assert _names(mentions, "organization") == {
        "省委宣传部", "省文明办", "河南人民广播电台", "河南电视台", "南阳市新闻工作者协会"}
    # quoted names before `启动` and a delegation word (`采访团`, `采风团`)
    assert _names(mentions, "initiative") == {"三优三创", "宣传贯彻十九大·十佳记者走基层",
                                              "爱心补给站"}


def test_place_centres_squares_and_generic_estates_are_no_names():
    _, mentions = _run("probe7_edges", None)
    # `中心广场`, `国家中心城市`, `北至黄河中心`: centres of places; `小区党支部` is generic;
    # `落实市委` governs the body (bare 市委 is no name, 市政府 is kept as printed)
    assert _names(mentions, "organization") == {"瓦屋李社区党群服务中心", "市政府",
                                                "站街镇台胞小区社区党支部"}
    # `绿城广场` (a city's nickname) and `清泉街社区广场` are public squares; a brand is a firm
    assert _names(mentions, "enterprise") == {"万达广场"}


def test_work_stations_trade_councils_and_quoted_questions():
    _, mentions = _run("probe7_recall", None)
    assert _names(mentions, "organization") == {"金水区经杜环卫作业所", "泉州市贸促会",
                                                "鲤城区司法局", "秀峰区创城办"}
    # a modifier between a quoted name and its cue; a quoted question is no programme
    assert _names(mentions, "initiative") == {"石榴花开·籽籽同心"}


@pytest.mark.parametrize("sentence, expected", [
    ("郑州市中心医院专家来到社区。", {"郑州市中心医院"}),
    ("登封市大冶镇中心小学的学生参观。", {"登封市大冶镇中心小学"}),
    ("市区中心交通拥堵。", set()),
])
def test_centre_of_a_place_inside_an_institution(sentence, expected):
    assert _names(find_entities(f"标题\n{sentence}", 3, None), "organization") == expected


@pytest.mark.parametrize("sentence, kind, expected", [
    ("围绕“我们的家园”主题，陆续开展活动。", "initiative", {"我们的家园"}),
    ("开展“我们的节日”主题活动。", "initiative", {"我们的节日"}),
    ("打造了“永恒的信念”主题展馆。", "initiative", set()),  # an exhibition's title
    ("当杜岭街道办事处工作人员送来慰问品时，她很高兴。", "organization", {"杜岭街道办事处"}),
    ("当阳市政府发布通知。", "organization", {"当阳市政府"}),
    ("落实县政府的部署。", "organization", {"县政府"}),
])
def test_themes_with_de_and_clause_openers(sentence, kind, expected):
    assert _names(find_entities(f"标题\n{sentence}", 3, None), kind) == expected


def test_a_quote_wrapped_to_a_line_start_keeps_its_cues():
    # a column broke the line before the quote and inside the word after it
    text = "标题\n梁园区凝心聚力打造\n“枢纽商都开放梁园”的发展战\n略定位。"
    assert _names(find_entities(text, 3, None), "initiative") == {"枢纽商都开放梁园"}


def test_street_bodies_stay_but_epithets_and_truncated_hospitals_do_not():
    text, mentions = _run("probe8_edges", None)
    # a street printed with 办事处 is also a body (the samples' gold agrees);
    # `“明星乡镇办事处”` in quotes is an honour; `中心医院` is no `中心`
    assert _names(mentions, "organization") == {"九龙办事处", "管城区南关街道办事处",
                                                "郑州铁路局中心医院"}
    # `隶属于` governs the firm; `小区` is where the property firm works
    assert _names(mentions, "enterprise") == {"中石化合肥石油分公司", "伟星物业公司"}
    firm = next(m for m in mentions if m.name == "伟星物业公司")
    assert text[firm.span[0] - 2:firm.span[0]] == "小区"


def test_quoted_programmes_with_noun_dash_space_or_ji():
    _, mentions = _run("probe8_recall", None)
    assert _names(mentions, "initiative") == {
        "文明小杜", "和平夜话", "发言人来了——我们的社区生活", "长江日报社区行 共同缔造办实事"}


@pytest.mark.parametrize("sentence, expected", [
    ("社区“红色驿站”志愿活动持续开展。", {"红色驿站"}),  # a modifier before 活动
    ("“邻里夜话”实践活动已办了20场。", {"邻里夜话"}),
    ("这是“我们的家园——美丽街巷”主题公园。", set()),  # 的 in the title: a phrase
])
def test_quoted_programmes_modifiers_and_titles(sentence, expected):
    assert _names(find_entities(f"标题\n{sentence}", 3, None), "initiative") == expected


def test_quoted_themes_and_manners_are_no_programmes_from_probe9():
    _, mentions = _run("probe9_initiatives", "二七区")
    # `以“…”等为内容` (no programme word after 为), `“点单”式` (a manner), `志愿服务队伍`
    # (teams in general); `打造的“…”`, `“…”社区治理项目` and a quoted theme before
    # `第二届…邻里节` are programmes, and so are a street's principles held (`秉承“…”理念`,
    # `本着“…”工作主线`: the samples' gold counts `一核多元、融合共治` and the like)
    assert _names(mentions, "initiative") == {
        "学雷锋志愿服务一条街", "梅好家园", "遇见你真好·奇遇敬德", "曲高和众、艺术养心",
        "内外兼修，一次改造， 全面见效"}


def test_bodies_compounds_abbreviations_and_leading_verbs_from_probe9():
    _, mentions = _run("probe9_bodies", "二七区")
    # `公路局家属院` is a compound; 联创办/社建工委/文化馆/分校 are bodies; `带领`/`安排`
    # govern the body after them
    assert _names(mentions, "organization") == {
        "市联创办", "浉河区联创办", "二七区委宣传部", "共青团二七区委", "二七区文化馆",
        "建邺区社建工委", "新城小学怡康街分校", "二七区住建局"}
    texts = {m.text for m in mentions if m.type == "organization"}
    assert "区住建局" in texts and "市联创办" in texts


def test_trade_city_utilities_and_net_metaphors_from_probe9():
    _, mentions = _run("probe9_firms", None)
    # `供暖公司` is a utility by its trade alone; `织就了一张…“暖心网”` a metaphor
    assert _names(mentions, "enterprise") == {"京陇商贸城"}
