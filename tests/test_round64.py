"""Text modelled on probe pages of the twenty-second session: a photojournalist's credit is a
picture credit; a county's new town (XX新区 on the county's bare stem) is in that county."""

import pytest

from kg.bylines import parse_byline
from kg.places import resolve_places

ZHENGZHOU = "4101"


def _districts(sentence: str, home: str | None = ZHENGZHOU) -> tuple[str, ...]:
    return resolve_places("标题\n" + sentence, 3, home).districts


@pytest.mark.parametrize(("text", "reporters", "photographers"), [
    # an end credit under a photo item (淮北日报)
    ("■ 首席摄影记者 岳建文", ["岳建文"], ["岳建文"]),
    ("本报摄影记者 李强 通讯员 王明", ["李强"], ["李强"]),
    # 摄影 alone before a name is a picture credit, as before; the reporter is not one
    ("记者 李强 摄影 王明", ["李强"], ["王明"]),
    ("记者 李强 通讯员 王明", ["李强"], []),
])
def test_a_photojournalists_credit_is_a_picture_credit(text, reporters, photographers):
    names = parse_byline(text)
    assert [b.name for b in names if b.role == "reporter"] == reporters
    assert [b.name for b in names if b.role == "photographer"] == photographers


@pytest.mark.parametrize(("sentence", "expected"), [
    # 中牟新区, 中牟县's new town: the county, not a zone of its own
    ("河南首个集聚区实践基地落户中牟新区。", ("中牟县",)),
    ("中牟新区现代服务业开发区举行揭牌仪式。", ("中牟县",)),
    # 新郑新区: a township-level unit of 新郑市 in the tables
    ("日前,新郑新区结合老旧小区改造,实施雨污分流。", ("新郑市",)),
    # zones of their own stay as they were
    ("位于郑东新区的龙湖金融岛。", ("郑东新区",)),
    ("魅力新区情暖万家。", ()),
])
def test_a_countys_new_town_is_in_that_county(sentence, expected):
    assert _districts(sentence) == expected


def test_a_countys_new_town_needs_the_home_city():
    # with no home city the stem is no county's: the name stays a zone, as printed
    assert _districts("日前,中牟新区举行揭牌仪式。", None) == ("中牟新区",)


def test_a_zone_after_you_is_named():
    # `有` before a zone's name: 面积较大的有郑东新区… (郑州日报)
    assert _districts("面积较大的有郑东新区丘韵园。") == ("郑东新区",)
    assert _districts("所有城市新区都要建设公园。") == ()


@pytest.mark.parametrize(("sentence", "expected"), [
    # the longest city name before a zone: 马鞍山, not 鞍山 (辽宁)
    ("马鞍山经开区新建三所学校。", ("马鞍山经济技术开发区",)),
    ("鞍山高新区新建三所学校。", ("鞍山高新技术产业开发区",)),
])
def test_a_zone_is_the_citys_named_longest(sentence, expected):
    assert _districts(sentence, None) == expected


def _communities(sentence: str, home: str | None = None) -> list[str]:
    found = resolve_places("标题\n" + sentence, 3, home).mentions
    return [m.name for m in found if m.type == "community"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a number's measure word starts no name: roads counted, an anniversary
    ("钜桥镇组织党员干部清扫32条通村路,清运垃圾40余车。", []),
    ("游仙区举行庆祝新中国成立70周年社区嘉年华活动。", []),
    ("2017年张湖桥村完成改造。", ["张湖桥村"]),
    # a kind of community in policy after a generic word or a word of change
    ("按照“重点镇―特色镇―新兴农村社区”的思路,合理构建村镇体系。", []),
    ("打造智慧农村社区,提升治理水平。", []),
    ("龙山农村社区组织居民开展义诊。", ["龙山农村社区"]),
    ("新兴社区组织居民开展义诊。", ["新兴社区"]),
    # a community named by a road's house number (包头, 北京)
    ("正在参加包头市青山区幸福路5号社区举办的首届社区邻居节。", ["幸福路5号社区"]),
    ("包头市青山区富强路1号社区的王菊芳告诉记者。", ["富强路1号社区"]),
    ("全市共有12个社区参加。", []),
    ("3号社区的居民。", []),
])
def test_community_names_and_what_only_looks_like_one(sentence, expected):
    assert _communities(sentence) == expected


@pytest.mark.parametrize(("text", "names"), [
    # a paper and its app's city channel before 记者, the photographer's name before them
    ("段援朝 合肥晚报 ZAKER合肥记者 李后祥", ["李后祥"]),
    ("ZAKER合肥记者 李后祥", ["李后祥"]),
    ("YMG全媒体记者 杨春娜", ["杨春娜"]),
])
def test_an_apps_city_channel_is_an_outlet(text, names):
    assert [b.name for b in parse_byline(text) if b.role == "reporter"] == names


def test_a_dispatch_of_two_outlets_joined_by_a_comma():
    from kg.pipeline import extract_text

    page = ("环卫工凌晨四点到岗\n\n沈阳晚报、沈阳网讯(记者柳云松通讯员刘蓉)昨日,皇姑区六顺街道"
            "为辖区环卫工送去早餐。\n\n她用行动诠释责任\n\n沈阳晚报、沈阳网讯(记者王明)昨日,"
            "和平区一位社区书记带领居民清理楼道。\n")
    articles = extract_text("page.txt", page)
    assert [a.headline for a in articles] == ["环卫工凌晨四点到岗", "她用行动诠释责任"]
    assert [a.kind for a in articles] == ["news", "news"]
    assert articles[0].people("reporter") == ["柳云松"]
    assert articles[0].people("correspondent") == ["刘蓉"]


@pytest.mark.parametrize(("sentence", "streets"), [
    # 村镇 as the common noun after a county-level city: no township 市域村镇
    ("合理构建新的巩义市市域村镇体系格局。", []),
    ("中牟县郑银村镇银行开业。", []),
    # a township the tables lack, right after its county, stays
    ("宜阳县寻村镇锁营村干旱的河滩地里。", ["寻村镇"]),
])
def test_villages_and_towns_is_no_township(sentence, streets):
    found = resolve_places("标题\n" + sentence, 3, ZHENGZHOU).mentions
    assert [m.name for m in found if m.type == "street"] == streets


def test_a_pictures_source_is_no_headline():
    from kg.pipeline import extract_text

    page = ("冰城来了\n\n六顺街道来了群秦皇岛萌娃\n\n由六顺街道提供\n\n生活报讯 (记者于海霞) 12日,"
            "一批来自秦皇岛的小客人到达哈市香坊区六顺街道,开启游学之旅。\n")
    article = extract_text("page.txt", page)[0]
    assert article.headline == "六顺街道来了群秦皇岛萌娃"
    assert "提供" not in article.body


def test_two_phrases_under_a_kicker_over_a_pictured_dispatch_are_the_title():
    from kg.pipeline import extract_text

    page = ("环卫工柴秀琴\n\n凌晨四点到岗 早饭在寒风中吃完\n\n生活报讯 (记者李丹文/摄) 10日凌晨4点,"
            "作为哈市道里区的清雪环卫工,柴秀琴上岗了。\n")
    article = extract_text("page.txt", page)[0]
    assert article.headline == "凌晨四点到岗早饭在寒风中吃完"
    assert article.people("photographer") == ["李丹"]


def test_a_marked_caption_with_its_credit_over_a_dispatch_is_its_picture():
    from kg.pipeline import extract_text

    page = ("运城日报社联合名邸社区开展爱国卫生运动\n\n"
            "▲志愿者在护林基地认真清除杂草 记者 王运涛 摄\n\n"
            "运城晚报讯(记者 崔萌) 5月15日,运城日报社联合名邸社区开展活动。\n")
    article = extract_text("page.txt", page)[0]
    assert article.people("reporter") == ["崔萌", "王运涛"]
    assert article.people("photographer") == ["王运涛"]


@pytest.mark.parametrize(("sentence", "streets", "communities"), [
    # a street office's short form before its community, where the district has XX街道
    ("为做好工作,盐湖区东城办名邸社区开展活动。", ["东城街道"], ["名邸社区"]),
    ("盐湖区中城办站前社区送新鲜蔬菜。", ["中城街道"], ["站前社区"]),
    # no community after it: 办 is the verb
    ("盐湖区东城办了一场义诊。", [], []),
])
def test_a_street_offices_short_form_before_its_community(sentence, streets, communities):
    found = resolve_places("标题\n" + sentence, 3, "1408").mentions
    assert [m.name for m in found if m.type == "street"] == streets
    assert [m.name for m in found if m.type == "community"] == communities


@pytest.mark.parametrize(("sentence", "compounds"), [
    ("为了解决外贸小区的供暖问题,社区多方协调。", []),  # 了 ends 为了: no 决外贸小区
    ("详细了解泰山小区的情况。", ["泰山小区"]),  # 了 starts 了解
])
def test_a_stop_character_ends_the_word_before_it(sentence, compounds):
    found = resolve_places("标题\n" + sentence, 3, ZHENGZHOU).mentions
    assert [m.name for m in found if m.type == "compound"] == compounds


def test_a_modern_community_is_a_description():
    assert _communities("以党建引领助力现代社区文明和谐。") == []


def test_a_papers_media_desk_credits_a_reporter():
    names = parse_byline("株洲日报媒体记者/刘平 摄")
    assert [(b.role, b.name) for b in names] == [("reporter", "刘平"), ("photographer", "刘平")]


def test_every_division_chains_up_to_its_province():
    # 中山市, 东莞市 and 儋州市 have no counties; the NBS tables list each again as its own
    # county, and a build of the tables once made each its own parent (a page naming
    # 石岐街道 then never finished)
    from kg.gazetteer import load_gazetteer

    gz = load_gazetteer()
    assert [p.name for p in gz.chain("442000001")] == ["石岐街道", "中山市", "广东省"]
    assert [p.name for p in gz.chain("441900003")] == ["东城街道", "东莞市", "广东省"]
    assert [c for c in gz.names if gz.chain(c)[-1].level != "province"] == []


def test_a_unit_listed_as_its_own_parent_ends_its_chain(tmp_path):
    import lzma

    from kg.gazetteer import Gazetteer

    rows = ["440000\t广东省\t\t\t", "442000\t中山市\t442000\t\t", "442000001\t石岐街道\t442000\t\t"]
    (tmp_path / "divisions.tsv.xz").write_bytes(lzma.compress("\n".join(rows).encode()))
    chain = Gazetteer(tmp_path).chain("442000001")
    assert [p.name for p in chain] == ["石岐街道", "中山市"]


def test_a_zhongshan_page_builds(tmp_path):
    from kg.build import build

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "zs.txt").write_text(
        "中山这个文化地标将大变样!\n\n本报讯(记者 缪晓剑)10月10日,石岐街道召开居民议事会,"
        "东区街道、坦洲镇相关负责人参加。\n", encoding="utf-8")
    summary = build([pages], tmp_path / "out", jobs=1, cache_dir=None)
    assert summary.articles == 1
    record = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8")
    assert "石岐街道" in record and "中山市" in record


@pytest.mark.parametrize(("sentence", "streets"), [
    ("为海南乡亲营造更加温馨的“大家庭”。", []),  # 乡亲: fellow townsfolk
    ("新密市袁庄乡亲子活动在文化站举行。", ["袁庄乡"]),  # 亲子: a parent-and-child event
])
def test_fellow_townsfolk_name_no_township(sentence, streets):
    found = resolve_places("标题\n" + sentence, 3, ZHENGZHOU).mentions
    assert [m.name for m in found if m.type == "street"] == streets


@pytest.mark.parametrize(("sentence", "home", "streets", "communities"), [
    # Inner Mongolia's township (苏木) and village (嘎查) units
    ("近日,乌审旗苏力德苏木巴音敖包嘎查牧民参加培训。", "1506", ["苏力德苏木"], ["巴音敖包嘎查"]),
    ("锡林浩特市白银库伦牧场洪格尔嘎查开展环境整治。", "1525", [], ["洪格尔嘎查"]),
    ("巴彦嘎查村党支部书记说。", None, [], ["巴彦嘎查村"]),  # a 村 named after a 嘎查
    ("中药苏木具有活血作用。", None, [], []),
])
def test_inner_mongolias_township_and_village_units(sentence, home, streets, communities):
    found = resolve_places("标题\n" + sentence, 3, home).mentions
    assert [m.name for m in found if m.type == "street"] == streets
    assert [m.name for m in found if m.type == "community"] == communities


def test_a_credit_label_opens_a_credit_line_of_its_own():
    # `图/记者 X` under `文/记者 X 通讯员 Y`: two credits, no correspondent 胡志锦图
    from kg.pipeline import extract_text

    page = ("社区举办活动\n\n文/记者 徐钧钻 通讯员 胡志锦\n图/记者 徐钧钻\n\n"
            "近日,石岐街道举办活动,居民踊跃参加。\n")
    article = extract_text("page.txt", page)[0]
    assert article.people("correspondent") == ["胡志锦"]
    assert article.people("photographer") == ["徐钧钻"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # 原 ends a plain's name (中原, 鹿原, 高原) though it cuts a former name before it
    ("昨日,中原社区举办邻里节。", ["中原社区"]),
    ("九原区赛汗街道鹿原社区里,居民们忙着布置。", ["鹿原社区"]),
    ("原香港花园社区的居民。", ["香港花园社区"]),
    ("他担任原社区主任多年。", []),
])
def test_a_community_may_end_in_yuan(sentence, expected):
    assert _communities(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("近日,联合利华(中国)有限公司向社区捐赠物资。", "联合利华(中国)有限公司"),
    ("由煤哆哆(内蒙古)煤炭物流有限公司投资建设。", "煤哆哆(内蒙古)煤炭物流有限公司"),
    ("为西铁城精电科技(江门)有限公司党支部颁发感谢状。", "西铁城精电科技(江门)有限公司"),
])
def test_a_firms_region_in_brackets_is_part_of_its_name(text, expected):
    from kg.enterprises import find_enterprises

    assert expected in [c.text for c in find_enterprises(text)]


def test_a_bracket_that_names_no_region_makes_no_firm():
    from kg.enterprises import find_enterprises

    assert find_enterprises("该项目由公司(简称)有限公司承建。") == []


@pytest.mark.parametrize(("text", "names"), [
    # surnames the published ranking left out, glued to 记者 or run together
    ("本报记者巨侃", ["巨侃"]),
    ("通讯员 赖金朗弓旭东", ["赖金朗", "弓旭东"]),
])
def test_surnames_missing_from_the_ranking(text, names):
    assert [b.name for b in parse_byline(text)] == names
