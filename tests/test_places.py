"""Place extraction and resolution on excerpts of the sample pages (tests/fixtures)."""

from collections import Counter
from pathlib import Path

import pytest

from kg.place_names import stem_left
from kg.place_rules import STOP_WORDS
from kg.places import decide_home_city, home_city_votes, infer_home_city, resolve_places

FIXTURES = Path(__file__).parent / "fixtures"


def article(name: str) -> tuple[str, int]:
    headline, body = (FIXTURES / name).read_text(encoding="utf-8").split("\n", 1)
    return headline + "\n" + body.rstrip("\n"), len(headline) + 1


def places(name: str, home: str | None = "4101"):
    text, body_start = article(name)
    result = resolve_places(text, body_start, home)
    for m in result.mentions:
        assert text[m.span[0] : m.span[1]] == m.text
    return result


def names(result, kind: str) -> list[str]:
    return list(dict.fromkeys(m.name for m in result.mentions if m.type == kind))


def test_street_implies_district():
    r = places("places_wulibao.txt")
    street = next(m for m in r.mentions if m.type == "street")
    assert (street.name, street.code) == ("五里堡街道", "410103006")
    assert street.rule == "gazetteer.street"
    assert [p.name for p in street.hierarchy] == ["五里堡街道", "二七区", "郑州市", "河南省"]
    assert r.districts == ("二七区",)
    assert r.primary_district == "二七区"


def test_short_district_name_is_official():
    r = places("places_guancheng.txt")
    d = next(m for m in r.mentions if m.type == "district")
    assert (d.text, d.name, d.code) == ("管城区", "管城回族区", "410104")
    assert names(r, "street") == ["十八里河街道"]
    assert names(r, "community") == ["百合社区"]
    assert r.primary_district == "管城回族区"


def test_same_village_name_resolved_by_street():
    r = places("places_yangzhuang.txt")
    villages = [m for m in r.mentions if m.type == "community"]
    assert {m.code for m in villages} == {"410108005204"}
    assert [p.name for p in villages[0].hierarchy][:3] == ["杨庄村", "迎宾路街道", "惠济区"]
    assert r.districts == ("惠济区",)
    assert names(r, "compound") == []  # 工作人员为小区居民: no name


def test_street_absent_from_home_city_stays_unresolved():
    r = places("places_jiefanglu.txt")
    streets = [m for m in r.mentions if m.type == "street"]
    assert {m.name for m in streets} == {"解放路街道"}
    assert all(m.code is None and not m.in_gazetteer for m in streets)
    assert r.districts == () and r.primary_district is None


def test_ambiguous_street_resolved_by_home_city():
    text = "解放路街道开展活动\n近日，解放路街道组织志愿者。"
    assert resolve_places(text, 10, "4105").mentions[0].code == "410503003"
    assert resolve_places(text, 10, "4101").mentions[0].code is None


def test_zone_short_form_and_office_kept_as_printed():
    r = places("places_qiancheng.txt")
    assert r.districts == ("郑州经济技术开发区",)
    streets = [m for m in r.mentions if m.type == "street"]
    assert streets[0].name == "前程办事处" and streets[0].code == "410171563"
    # without a home city 经开区 is not resolved to Zhengzhou's zone
    assert "郑州经济技术开发区" not in places("places_qiancheng.txt", None).districts


def test_compounds_and_pattern_communities():
    r = places("places_compounds.txt")
    assert names(r, "compound") == ["中华园小区", "绿洲花园小区"]
    assert names(r, "community") == ["兴隆社区", "彩虹社区"]
    assert names(r, "street") == ["刘寨街道", "长兴路街道"]
    assert r.primary_district == "惠济区"


def test_community_outside_context_not_guessed():
    r = places("places_huawei.txt")
    community = next(m for m in r.mentions if m.type == "community")
    assert (community.name, community.code, community.in_gazetteer) == ("华威社区", None, False)
    assert community.rule == "pattern.community"
    assert names(r, "compound") == ["永威小区"]
    assert r.districts == () and r.primary_district is None


def test_counties_of_other_prefectures():
    r = places("places_counties.txt")
    assert r.districts == ("惠济区", "淇县", "渑池县", "卢氏县", "南乐县", "范县", "台前县")
    assert r.primary_district == "惠济区"


def test_street_named_by_stem_under_named_district():
    r = places("places_xingda.txt")
    street = next(m for m in r.mentions if m.type == "street")
    assert (street.text, street.name, street.rule) == ("兴达路", "兴达路街道",
                                                       "gazetteer.street.short")


def test_city_bureau_branch_names_district():
    assert places("places_branch.txt").primary_district == "二七区"


@pytest.mark.parametrize("phrase", [
    "江南水乡", "老城区改造", "进社区", "老旧小区", "三个小区", "示范县", "永安街", "长江路",
    "记者扎根社区",
    # a verb, pronoun, adjective, superlative or quantifier before a unit word
    "重塑社区", "她来社区", "温情满社区", "长沙最美社区", "杭州老社区", "企业社区", "城镇社区",
    "暨武汉晚报社区", "所有行政村", "行政村", "在老村", "在挂村", "个老小区", "隔壁也是老小区",
    "长沙最具幸福感小区", "我们小区", "咱们村",
    # 乡镇 (townships) is no 高山乡; a road and the verb 办 is no 街办
    "高山乡镇", "高山乡镇社区", "在人民街办了一场",
    # generic words before a unit word; 新建区 is also 南昌's district, not read as one here
    "城中村", "基层社区", "部分社区", "住宅小区", "目前小区", "中华文化社区集市",
    "比较落后的新建区", "荣获“十佳社区”", "荣获“明星社区”", "属城中村", "“电子居务·魅力社区”展评",
])
def test_common_words_are_not_places(phrase):
    assert resolve_places(f"标题\n今年，{phrase}。", 3, "4101").mentions == ()


@pytest.mark.parametrize(("phrase", "zone", "code"), [
    # another city's zone is not the home city's 高新区: it is that city's, coded where
    # the tables list it, else by its official name (round 43: 随州高新区)
    ("保定高新区", "保定高新技术产业开发区", "130671"),
    ("淄博市高新区", "淄博高新技术产业开发区", None),
    ("宝鸡高新区", "宝鸡高新技术产业开发区", None),
    ("随州高新区", "随州高新技术产业开发区", None),
])
def test_another_citys_zone_is_its_own(phrase, zone, code):
    found = resolve_places(f"标题\n今年，{phrase}开展活动，高新区也来了。", 3, "4101").mentions
    # (the bare 高新区 after it is that zone too, or none where the tables lack it)
    assert {(m.type, m.name, m.code) for m in found} == {("district", zone, code)}
    assert found[0].text == phrase


def test_short_street_office_named_as_street():
    r = places("places_jieban.txt", "6101")
    streets = [m for m in r.mentions if m.type == "street"]
    assert [(m.text, m.name, m.code) for m in streets] == [  # headline and body
        ("电子城街办", "电子城街道", "610113004")] * 2
    assert streets[0].rule == "gazetteer.street"
    # 〇 is part of a numbered name; the sentences after it name no place
    assert names(r, "community") == ["二〇五所社区"]
    assert names(r, "compound") == []
    assert r.districts == ("雁塔区",) and r.primary_district == "雁塔区"
    # an uncoded (ambiguous) 街办 is named as a 街道, like 街道办事处
    for printed in ("解放路街办", "解放路街道办事处"):
        r = resolve_places(f"标题\n今年，{printed}。", 3, None)
        assert [(m.name, m.code) for m in r.mentions] == [("解放路街道", None)]


@pytest.mark.parametrize(("phrase", "name", "code"), [
    ("新郑市阁老社区", "阁老社区", "410184002005"),  # ends 老, like 杭州老社区
    ("中原区郑州日报社区", "郑州日报社区", "410102001014"),  # ends 报, like 武汉晚报社区
    ("中牟县你吾岗村", "你吾岗村", "410122101223"),  # starts with the pronoun 你
])
def test_gazetteer_villages_beat_pattern_rules(phrase, name, code):
    r = resolve_places(f"标题\n今年，{phrase}。", 3, "4101")
    community = next(m for m in r.mentions if m.type == "community")
    assert (community.name, community.code, community.rule) == (name, code,
                                                                 "gazetteer.community")


@pytest.mark.parametrize(("phrase", "community"), [
    ("在和平社区", "和平社区"),  # 和 is a stop character that starts names
    ("他们来到向阳社区", "向阳社区"),
    ("记者在老城社区看到", "老城社区"),
    ("美满社区", "美满社区"),  # two characters ending 满 stay a name
    ("这是我们西厂口社区的驿站", "西厂口社区"),  # a pronoun before the name
    ("驻中官社区工作队", "中官社区"),
    ("共商文华社区建设", "文华社区"),
    ("八经街道延安里社区", "延安里社区"),  # a street the gazetteer lacks ends the name
    ("设立湖北社区服务中心", "湖北社区"),
    ("所辖东工房社区", "东工房社区"),
    ("据堡王村支部书记介绍", "堡王村"),
])
def test_pattern_communities_after_stop_characters(phrase, community):
    r = resolve_places(f"标题\n今年，{phrase}。", 3, "4101")
    assert [(m.type, m.name) for m in r.mentions] == [("community", community)]


def test_township_before_a_name_starting_with_zhen():
    # 乡镇 is not a unit, but here 镇 starts the village-level name 镇西街社区
    r = resolve_places("标题\n今年，登封市高村乡镇西街社区。", 3, "4101")
    assert names(r, "street") == ["高村乡"]
    assert names(r, "community") == ["镇西街社区"]


def test_infer_home_city():
    pages = [article(n)[0] for n in ("places_wulibao.txt", "places_yangzhuang.txt",
                                     "places_compounds.txt", "places_guancheng.txt")]
    assert infer_home_city(pages) == "4101"
    wuhan = ["江汉区民族街道开展活动。", "武昌区中南路街道、洪山区关山街道", "江岸区西马街道"]
    assert infer_home_city(wuhan) == "4201"
    assert infer_home_city(["今天天气很好。"]) is None


def test_home_city_votes_summed_per_page_decide_as_all_pages_together():
    pages = [article(n)[0] for n in ("places_wulibao.txt", "places_yangzhuang.txt",
                                     "places_compounds.txt", "places_guancheng.txt")]
    wuhan = ["江汉区民族街道开展活动。", "武昌区中南路街道、洪山区关山街道", "江岸区西马街道"]
    for texts in (pages, wuhan, pages + wuhan[:1]):
        summed = Counter()
        for text in reversed(texts):  # the order pages are counted in does not matter
            summed.update(home_city_votes([text]))
        assert decide_home_city(summed) == infer_home_city(texts)
    # 江汉区 is only in Wuhan; a 民族街道 is in one other prefecture only (1506), not Wuhan
    assert home_city_votes(wuhan[:1]) == Counter({"4201": 1, "1506": 1})


def test_a_stop_character_is_no_part_of_a_new_area():
    # `[two characters]新区` names zones the gazetteer lacks (郑东新区), never 在高新区
    names = [m.name for m in resolve_places("标题\n活动在高新区举办。", 3, None).mentions]
    assert "在高新区" not in names


def test_home_city_zone_named_with_its_city_stays_the_home_citys():
    r = resolve_places("标题\n记者来到郑州市高新区。", 3, "4101")
    assert [(m.name, m.code) for m in r.mentions] == [("郑州高新技术产业开发区", "410172")]


@pytest.mark.parametrize("sentence, home, expected", [
    ("东区开展“世界水日”系列活动。", "4101", []),  # 郑东新区's nickname, not 攀枝花's 东区
    ("东区开展活动。", "5104", [("东区", "510402")]),
    ("攀枝花市东区开展活动。", None, [("东区", "510402")]),  # its city named before it
])
def test_compass_district_names_only_in_their_own_city(sentence, home, expected):
    r = resolve_places(f"标题\n{sentence}", 3, home)
    assert [(m.name, m.code) for m in r.mentions if m.type == "district"] == expected


# Probe 6: pages of other papers (成都, 南宁, 洛阳, 南阳, 驻马店), excerpts in fixtures.
def test_bracketed_zone_lists_and_headline_clauses_are_no_places():
    r = places("places_probe6_chengdu.txt", "5101")
    # 含高新区 (含 is "including"), 国和谐社区 (全国和谐社区…), 民族居民社区 (各民族居民社区)
    assert r.districts == ("金牛区",)
    communities = [(m.text, m.name, m.code, m.rule) for m in r.mentions if m.type == "community"]
    # 在驷马桥工人村 is the short form of 驷马桥街道工人村社区 (村 before 社区 is no village)
    assert communities == [
        ("工人村", "工人村社区", "510106030005", "gazetteer.community.short"),
        ("工人村社区", "工人村社区", "510106030005", "gazetteer.community")]
    headline = "积雪行路难社区忙清扫\n海东社区工作人员来到郭家巷18号院除雪。"
    assert names(resolve_places(headline, 11, "1401"), "community") == ["海东社区"]


def test_new_areas_that_are_descriptions_are_no_zones():
    r = places("places_probe6_nanning.txt", "4501")
    assert r.districts == ("良庆区",)  # not 魅力新区 (`魅力新区情`)
    assert names(r, "community") == ["蟠龙社区"]
    sentence = "标题\n学校位于郑东新区的龙湖。"
    assert [m.name for m in resolve_places(sentence, 3, "4101").mentions] == ["郑东新区"]
    assert [m.name for m in resolve_places(sentence, 3, "4103").mentions] == ["郑东新区"]
    assert resolve_places("标题\n10城区(含高新区)。", 3, None).mentions == ()
    assert resolve_places("标题\n要打造，城市新区建设。", 3, None).mentions == ()
    assert [m.name for m in resolve_places("标题\n日前，天府新区开展活动。", 3, "5101")
            .mentions] == ["天府新区"]


def test_communities_sharing_one_unit_word():
    r = places("places_probe6_luoyang.txt", "4103")
    communities = [(m.text, m.name, m.code) for m in r.mentions if m.type == "community"]
    assert communities == [
        ("红旗", "红旗社区", "410311004018"),  # coded under 关林街道: the list is of communities
        ("险峰", "险峰社区", None), ("洛钢社区", "洛钢社区", None),
        ("龙一", "龙一社区", None), ("龙二", "龙二社区", None), ("龙三", "龙三社区", None),
        ("联盟社区", "联盟社区", None)]
    # 联盟社区35号院: a community's yard by its number (`XX号院`, as the guidelines name
    # compounds; round 45's gold has it, round 6's had not)
    assert names(r, "compound") == ["联盟社区35号院"]


@pytest.mark.parametrize("phrase", [
    "开展环境、卫生、文明社区创建",  # 文明社区 is no name: nothing to share
    "走访了老人、儿童、和平社区居民",  # 和平社区 uncoded here: a list of one kind is unsure
    "建设了三个社区",
])
def test_lists_before_a_unit_word_without_evidence(phrase):
    for home in (None, "4101"):  # a found last name vouches for no other name
        r = resolve_places(f"标题\n今年，{phrase}。", 3, home)
        assert [m.name for m in r.mentions if m.rule.endswith(".list")] == []


def test_village_boundaries_from_other_papers():
    r = places("places_probe6_villages.txt", "4113")
    # 能应社区之邀 names no community; 历史文化名村 is a title; 如今 is a time word
    assert names(r, "community") == ["扳倒井村", "高山村"]
    assert names(r, "street") == ["独树镇"]
    assert names(r, "compound") == ["驿城新村小区"]  # 小区 wins over 村
    r = resolve_places("标题\n“应和平社区之邀参加活动。”", 3, None)
    assert names(r, "community") == ["和平社区"]
    r = resolve_places("标题\n涉村镇商务社区居民社区阳光花园小区自管会。", 3, "4101")
    assert names(r, "compound") == ["阳光花园小区"]


def test_village_left_edges_from_probe7():
    r = places("places_probe7_villages.txt")
    # 来 (the verb), 此次, the year's 年, 标志着, 大学生村官 and the county stem 荥阳 are cut off
    assert names(r, "community") == ["香坊吴村", "三刘村", "白沙村", "张湖桥村", "大有庄村",
                                     "高庄村", "瓦屋李社区", "刘沟村"]
    listed = [(m.text, m.code) for m in r.mentions if m.rule.endswith(".list")]
    assert listed == [("张湖桥", None), ("大有庄", "410122105212"), ("高庄", "410122105210")]
    assert r.primary_district == "新郑市"


@pytest.mark.parametrize("home", [None, "4101"])
def test_road_number_compound_and_street_after_dang(home):
    r = places("places_probe7_compound.txt", home)
    assert names(r, "compound") == ["北二七路76号院"]  # jieba's numeral 二七路 is a road
    street = next(m for m in r.mentions if m.type == "street")
    assert (street.text, street.name, street.code) == ("杜岭街道办事处", "杜岭街道", "410105004")
    assert names(r, "community") == ["西里路社区"]
    assert (r.districts, r.primary_district) == (("金水区",), "金水区")


def test_descriptions_are_no_places():
    r = places("places_probe7_junk.txt", "3706")
    # 朝阳区片 is an area, 无物业小区 a description; 建设文明社区 a slogan, while the coded
    # 文明社区 after 大武口区 is the community
    assert names(r, "district") == ["大武口区"]
    assert names(r, "compound") == []
    [community] = [m for m in r.mentions if m.type == "community"]
    assert (community.text, community.code) == ("文明社区", "640202003003")
    text, _ = article("places_probe7_junk.txt")
    assert text[community.span[0] - 4 : community.span[0]] == "大武口区"
    assert r.primary_district == "大武口区"


def test_community_left_edges_from_probe8():
    # 丰富 (enrich) is a verb, 共有 (there are) no part of 新华社区; 八里 ("eight li")
    # starts the village name 八里湾村 before a count word
    r = places("places_probe8_zhengzhou.txt")
    assert names(r, "community") == ["锦绣城社区", "新华社区", "西昌社区", "九龙村", "国庄村",
                                     "八里湾村"]


def test_slogans_verbs_and_glued_prefixes_from_probe8():
    # a slogan (“以邻为伴、幸福社区”), 回社区报到, 突显/一窥社区, 年度社区 are no names; a
    # municipality (上海) or a street's bare stem (大栅栏) glued before a name is cut; 列入
    # (include) leaves 建 to the name; 发展街道 is the verb 发展 before a unit word
    r = places("places_probe8_beijing.txt", None)
    assert names(r, "community") == ["康城社区", "三井社区", "建东街社区"]
    assert names(r, "street") == ["清源街道"]


def test_road_street_and_compound_edges_from_probe8():
    r = places("places_probe8_compounds.txt", None)
    assert names(r, "compound") == ["方兴园小区", "长新小区"]
    street = next(m for m in r.mentions if m.type == "street")
    assert (street.name, street.rule, street.code) == ("中山南路街道", "pattern.street", None)
    assert names(r, "community") == ["兴隆街社区"]


def test_no_name_spans_a_headline_word_break():
    # `搬进新家过新年 社区邀新老居民许愿提建议`: the headline's space is squeezed out
    text = "搬进新家过新年社区邀新老居民许愿提建议\n春节前，三井社区开展大扫除。"
    # (过 ends a name on its left: 找过社区; the junk name still spans the break)
    assert names(resolve_places(text, 20, None), "community") == ["新年社区", "三井社区"]
    assert names(resolve_places(text, 20, None, breaks=[7]), "community") == ["三井社区"]


def test_kind_words_policy_terms_and_short_compounds_from_probe9():
    r = places("places_probe9_edges.txt")
    # 楼宇 names a kind of community after the building's name (alone it is generic);
    # 完整社区 is a policy term, 近年新建小区 a description, 找过社区 a verb phrase
    assert names(r, "community") == ["兴达国贸楼宇社区", "广利社区"]
    # the short back-reference is the compound named in full before it
    assert names(r, "compound") == ["幸福花开福苑小区"]
    short = [m for m in r.mentions if m.type == "compound"][1]
    assert (short.text, short.rule, short.aliases) == ("福苑小区", "pattern.compound.short",
                                                       ("福苑小区",))


def test_no_stop_word_begins_another():
    # place_names reads all stop words in one pass, taking one word at a place: that
    # finds every occurrence only while no stop word is the beginning of another one
    words = set(STOP_WORDS)
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]
    assert stem_left("他们以社区为单位开展巡查", 3, 0, "community") is None  # 他们, no 们以
    assert stem_left("共有新华社区", 4, 0, "community") == 2  # 共有, then the name 新华
