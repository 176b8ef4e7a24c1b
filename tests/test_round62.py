"""Text modelled on the sixty-second round's probe pages and on older rounds' pages of other
cities' papers: a zone's short form after another county's name is that county's zone, not
the home city's; a page naming one other city looks for its same-name streets there."""

from pathlib import Path

import pytest

from kg.places import resolve_places

ROOT = Path(__file__).resolve().parent.parent
ZHENGZHOU = "4101"


def _districts(sentence: str, home: str | None = ZHENGZHOU) -> tuple[str, ...]:
    return resolve_places("标题\n" + sentence, 3, home).districts


@pytest.mark.parametrize(("sentence", "expected"), [
    # a county of another prefecture names the zone: its own district, never 郑州's zone
    ("5月8日,由锡山经济技术开发区、厚桥街道联合主办的赏花节开幕。", ("锡山区",)),
    ("来自昆山高新区的二十余家企业参加了招聘会。", ()),
    ("江宁经开区管委会相关负责人介绍了项目进展。", ()),
    # a municipality's zone
    ("考察团参观了天津经济技术开发区的智能工厂。", ()),
    # a county of the home city: its zone is not the city's 高新区
    ("荥阳高新区内的三家企业签约。", ("荥阳市",)),
])
def test_a_zone_after_another_countys_name_is_not_the_home_citys(sentence, expected):
    assert _districts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "我市经开区新建三所学校。",
    "郑州经开区新建三所学校。",
    "全力推进经开区建设,再上新台阶。",
    "市高新区新建三所学校。",
])
def test_the_home_citys_zone_stays_its_own(sentence):
    assert _districts(sentence) in {("郑州经济技术开发区",), ("郑州高新技术产业开发区",)}


# A page of a 萧山 paper among 郑州 pages: one article names 萧山区 (one vote for 杭州, too
# few to make it the page's home city); another names only 城厢街道, which four cities have.
XIAOSHAN_PAGE = (
    "义桥镇举办美丽乡村采风活动\n\n"
    "本报讯(通讯员 周明)近日,由萧山区文联组织的采风团走进义桥镇,实地感受美丽乡村建设"
    "带来的新变化。\n\n"
    "管道疏通解民忧\n\n"
    "本报讯(记者 陈晓 通讯员 吴静)近日,城厢街道组织工作人员对辖区老旧小区的污水管道"
    "进行集中疏通,解决了居民反映强烈的积水问题。\n")


def test_a_same_name_street_is_looked_for_in_the_city_the_page_names(tmp_path):
    from kg.build import extract_articles

    pages = tmp_path / "pages"
    pages.mkdir()
    for path in sorted((ROOT / "kg" / "samples").glob("*.txt")):
        (pages / path.name).write_bytes(path.read_bytes())
    (pages / "page_xiaoshan.txt").write_text(XIAOSHAN_PAGE, encoding="utf-8")
    articles = [a for a in extract_articles([pages]) if a.page == "page_xiaoshan"]
    streets = [(m.name, m.code) for m in articles[1].mentions if m.type == "street"]
    assert streets == [("城厢街道", "330109001")]
    assert articles[1].districts == ["萧山区"]
    # the batch's home city still reads the page's own words: no 郑州 place comes of them
    assert articles[0].districts == ["萧山区"]


@pytest.mark.parametrize(("votes", "home", "expected"), [
    ({"3301": 1}, "4101", "3301"),  # one other city named: looked for there
    ({"3301": 2}, None, "3301"),  # no home city at all
    ({"3301": 1, "4101": 1}, "4101", None),  # the home city is named too
    ({"3301": 1, "4115": 1}, "4101", None),  # two other cities: no guess
    ({}, "4101", None),
])
def test_a_pages_fallback_city_is_the_one_other_city_it_names(votes, home, expected):
    from kg.enrich import page_fallback_city

    assert page_fallback_city(votes, home) == expected


# A dispatch whose title OCR set under its first paragraph, sharing almost no words with
# its text: the title still goes back to it.
SIGNED_ABOVE = ("老街巷换新颜\n\n"
                "本报讯(记者 王磊 通讯员 刘芳)近日,某街道对辖区三条老街巷进行综合整治,"
                "铺设路面、规整线缆、增设路灯,居民出行更加便利。\n\n"
                "“以前一下雨就满是泥水,现在干干净净的。”家住巷内的张大爷高兴地说。\n\n\n")
FLOATED_POETIC = ("本报讯(记者 赵敏 通讯员\n孙亮 文/图)昨日,某公园第十届\n菊花展开幕。\n\n"
                  "金秋十月好时节 满园芬芳迎客来\n\n"
                  "本届展览共展出菊花品种300余个、\n盆景200余盆,展期一个月,市民可免\n"
                  "费入园观赏。\n")


def test_a_title_floated_under_a_dispatchs_first_paragraph_goes_back_to_it():
    from kg.pipeline import extract_text

    articles = extract_text("page.txt", SIGNED_ABOVE + FLOATED_POETIC)
    assert [a.headline for a in articles] == ["老街巷换新颜", "金秋十月好时节满园芬芳迎客来"]
    assert articles[1].body.startswith("昨日,某公园第十届菊花展开幕。\n本届展览")


@pytest.mark.parametrize(("body", "expected"), [
    ("1月11至12日,省报采访团走进我市。", "01-11"),  # a span of days: 日 printed once
    ("5月8—10日,全区举办技能大赛。", "05-08"),
    ("1月11至12个社区参加。", None),  # a count, no day
])
def test_a_span_of_days_dates_the_article_by_its_first(body, expected):
    from kg.segment import first_date

    assert first_date(body) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("开通至嘉陵城区的往返车辆,方便群众出行。", ()),  # 嘉陵区's urban area, no 陵城区
    ("广东城区的老旧小区改造全面铺开。", ()),  # a province's towns, no 北京 东城区
    ("德州市陵城区举办农民丰收节。", ("陵城区",)),
    ("北京西城区的志愿者来到社区。", ("西城区",)),
])
def test_a_places_urban_area_names_no_district_ending_in_cheng_qu(sentence, expected):
    assert _districts(sentence, None) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a community numbered after the name it shares (秦皇岛, 唐山 number theirs so)
    ("近日,光明里第三社区党委组织志愿者清理楼道杂物。", ["光明里第三社区"]),
    ("3月12日,第十七社区党委书记带队走访。", ["第十七社区"]),  # printed alone
    ("家住幸福小区第二社区南门的王大爷说。", ["第二社区"]),  # after a compound: alone
])
def test_an_ordinal_community_keeps_the_name_it_numbers(sentence, expected):
    mentions = resolve_places("标题\n" + sentence, 3, None).mentions
    assert [m.name for m in mentions if m.type == "community"] == expected


@pytest.mark.parametrize(("text", "photographers"), [
    # a text credit and a picture credit on two lines, joined with no space
    ("晚报记者 刘洋 实习生 陈晨/文晚报记者 张磊/图", ["张磊"]),
    ("通讯员 赵静/文晚报记者 孙伟/图", ["孙伟"]),
    ("记者 刘洋/文记者 张磊/图", ["张磊"]),
    ("记者 刘洋 通讯员 赵静 摄", ["刘洋", "赵静"]),  # one credit at the end: everyone's
])
def test_a_text_credit_glued_to_a_picture_credit_makes_no_photographer(text, photographers):
    from kg.bylines import parse_byline

    names = parse_byline(text)
    assert [b.name for b in names if b.role == "photographer"] == photographers
    assert "文晚报" not in [b.name for b in names] and "文记者" not in [b.name for b in names]


def test_an_end_credit_of_text_and_one_of_pictures_on_two_lines():
    from kg.pipeline import extract_text

    page = ("湿地公园换新绿\n\n本报讯 昨日,市民在湿地公园义务植树,新栽乔灌木两千余株,为市民"
            "提供了一个游憩场所。 晚报记者刘洋 实习生 陈晨/文\n晚报记者 张磊/图\n")
    article = extract_text("page.txt", page)[0]
    assert article.people("reporter") == ["刘洋", "张磊"]
    assert article.people("photographer") == ["张磊"]


@pytest.mark.parametrize(("run", "names"), [
    ("李强李金华", ["李强", "李金华"]),  # a given name seldom ends in 李: not 李强李 + 金华
    ("张改华靳捷", ["张改华", "靳捷"]),  # the longer first name still wins a tie
    ("刘伟平景静", ["刘伟平", "景静"]),
])
def test_names_run_together_split_where_no_name_ends_in_a_common_surname(run, names):
    from kg.bylines import split_names

    assert split_names(run) == names


def test_the_community_a_unit_is_assigned_to_is_no_name():
    mentions = resolve_places("标题\n近日,区分局与挂点社区东湖街道红星社区联合开展清扫活动。",
                              3, None).mentions
    assert [m.name for m in mentions if m.type == "community"] == ["红星社区"]
