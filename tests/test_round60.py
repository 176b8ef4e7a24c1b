"""Text modelled on the sixtieth round's probe pages (珠江时报, 郑州日报): a feature's
marked captions are no text of its lead, so a two-line crosshead under them stays
inside it; and factories named by their product or number are firms."""

from pathlib import Path

import pytest

from kg.enrich import enrich_articles
from kg.enterprises import find_enterprises
from kg.initiatives import find_initiatives
from kg.organizations import find_organizations
from kg.pipeline import extract_text
from kg.places import resolve_places
from kg.records import article_record

SIGNED = ("一碗热汤暖人心\n\n"
          "本报讯(记者 林晓 通讯员 陈静)昨日,某街道在辖区广场举办邻里节活动,为社区"
          "长者送上热汤和慰问品,现场气氛温馨热烈,前来参加活动的居民络绎不绝。\n\n")
FEATURE_HEAD = "各镇街开展形式多样的中秋庆祝活动\n左邻右里 欢欢喜喜过佳节\n\n"
LEAD = ("逛便民集市、参与公益义卖、观看文艺表演……连日来,各镇街纷纷开展形式多样的"
        "庆祝活动,营造欢乐祥和的节日氛围,让居民在家门口感受浓浓的节日气息。\n\n")
CAPTIONS = "■公益集市上,游人如织。\n\n■小朋友排队玩套圈游戏。\n\n■百家宴上摆满了特色好菜。\n\n"
SECTION = ("趣味活动\n亲子动手做灯笼\n\n"
           "9月24日,在某村的大榕树下,二十多组亲子家庭一起动手制作中秋灯笼,孩子们"
           "在家长的帮助下剪纸、粘贴、上色,一盏盏造型各异的灯笼很快就做好了。\n\n"
           "“在家门口就能学手艺,孩子特别开心。”带着女儿参加活动的李女士说,这样的"
           "活动既有意义又有趣味,希望以后能多举办。\n")


def test_a_two_line_crosshead_under_a_lead_and_its_marked_captions_stays_inside():
    articles = extract_text("page.txt", SIGNED + FEATURE_HEAD + LEAD + CAPTIONS + SECTION)
    assert [a.headline for a in articles] == ["一碗热汤暖人心", "左邻右里欢欢喜喜过佳节"]
    assert "大榕树下" in articles[1].body


def test_a_crosshead_under_a_long_lead_and_its_marked_captions_stays_inside():
    lead = LEAD.replace("。\n\n", (",志愿者们忙着布置场地、搬运物资、引导居民有序参加,"
                                     "不少居民带着孩子早早赶来,在各个摊位前驻足挑选,"
                                     "欢声笑语此起彼伏,处处洋溢着节日的喜悦。活动现场"
                                     "还设置了政策宣传、义诊咨询、法律服务等摊位,工作"
                                     "人员耐心为居民讲解各项惠民政策,解答大家关心的问题,"
                                     "让居民在欢度佳节的同时也能办成事、办好事,不少"
                                     "居民纷纷点赞,表示这样的活动办到了大家的心坎上。\n\n"))
    captions = CAPTIONS + ("■文艺晚会上,演员们带来精彩的咏春拳展演。\n\n"
                           "■居民在百家宴上品尝各地特色美食,其乐融融。\n\n")
    # (more than a feature's lead with its captions, MAX_LEAD_CHARS, less without)
    assert len(lead) < 300 < len((lead + captions).replace("\n", ""))
    page = SIGNED + FEATURE_HEAD + lead + captions + SECTION.replace("趣味活动\n", "")
    articles = extract_text("page.txt", page)
    assert [a.headline for a in articles] == ["一碗热汤暖人心", "左邻右里欢欢喜喜过佳节"]


def test_two_lines_under_two_paragraphs_of_text_still_start_the_next_article():
    second = ("相关负责人表示,下一步还将持续开展系列活动,丰富居民的精神文化生活,"
              "让传统节日更有温度。\n\n")
    articles = extract_text("page.txt", SIGNED + FEATURE_HEAD + LEAD + second + SECTION)
    assert [a.headline for a in articles][1:] == ["左邻右里欢欢喜喜过佳节",
                                                  "趣味活动亲子动手做灯笼"]


@pytest.mark.parametrize(("text", "names"), [
    ("退休前,她在国棉三厂当了三十年挡车工。", ["国棉三厂"]),
    ("这个家属楼的住户大多是原洛阳轴承厂的职工。", ["洛阳轴承厂"]),
    ("小巷位于东方花苑与六普机械厂之间。", ["六普机械厂"]),
    ("城西老纺织厂如今成了网红打卡地。", []),  # an old mill, no name
    ("大河路街道六厂前街社区开展了义诊活动。", []),  # a community named after it
    ("这里曾有三家砖厂和两个酒厂。", []),  # kinds of factory
    # a brand's character the tagger reads as a preposition (顺, "along")
    ("佛山市沣顺园食品有限公司送出汤圆130箱。", ["佛山市沣顺园食品有限公司"]),
    ("大家顺着小路走进河南远大物流有限公司。", ["河南远大物流有限公司"]),
])
def test_factories_and_brands_the_tagger_splits(text, names):
    assert [c.name for c in find_enterprises(text)] == names


FLOATED = (Path(__file__).parent / "fixtures" / "page_floated_wide_title.txt").read_text()


def test_a_wide_title_floated_under_a_headless_dispatchs_first_paragraph_goes_back():
    articles = extract_text("page.txt", FLOATED)
    assert [(a.headline, [b.name for b in a.bylines]) for a in articles] == [
        ("大学生织围巾送环卫工", ["张明", "白雪"]),
        ("惠及500多个小区全市加装电梯数量居全省首位", ["曹丽"]),
    ]
    assert articles[1].body.startswith("位于某区") and articles[1].body.endswith("相关负责人说。")


def test_a_wide_title_under_a_titled_dispatch_still_starts_the_next_article():
    page = FLOATED.replace("本报讯(记者 曹丽)", "加装电梯解民忧\n\n本报讯(记者 曹丽)")
    assert [a.headline for a in extract_text("page.txt", page)] == [
        "大学生织围巾送环卫工", "加装电梯解民忧", "惠及500多个小区全市加装电梯数量居全省首位"]


def test_a_two_line_title_floated_under_a_headless_dispatchs_first_paragraph_goes_back():
    title = "惠及500多个小区 全市加装电梯数量居全省首位"
    page = FLOATED.replace(title, "加装电梯解民忧\n惠及500多个小区")
    articles = extract_text("page.txt", page)
    assert [(a.headline, [b.name for b in a.bylines]) for a in articles][1:] == [
        ("加装电梯解民忧惠及500多个小区", ["曹丽"])]
    assert articles[1].body.startswith("位于某区") and articles[1].body.endswith("相关负责人说。")


@pytest.mark.parametrize(("text", "communities"), [
    ("标题\n该村着力美化村容村貌,丰富村民文娱生活。", []),
    ("标题\n该镇弘扬村风民风,村容村貌焕然一新。", []),
    ("标题\n沙栏村着力美化环境。", ["沙栏村"]),
])
def test_the_village_looks_and_ways_name_no_village(text, communities):
    found = resolve_places(text, 3, "4420")
    assert [m.name for m in found.mentions if m.type == "community"] == communities


def test_a_campaign_printed_with_and_without_inner_quotes_is_one():
    page = ("社区居民包粽子\n\n"
            "本报讯(记者 田明) 6月19日,某社区联合辖区单位共同开展了“端午粽飘香 情系千万家”"
            "活动。社区工作人员和居民一起包粽子,现场欢声笑语不断。\n\n"
            "据了解,社区通过开展“端午‘粽’飘香 情系千万家”活动,进一步弘扬了传统文化。\n")
    [article] = enrich_articles(extract_text("page.txt", page), "郑州市")
    names = {e["name"] for e in article_record(article)["entities"] if e["type"] == "initiative"}
    assert names == {"端午粽飘香 情系千万家"}


@pytest.mark.parametrize(("text", "names"), [
    ("两棵百年古树在“古树印记”主题公园里,静静看着孩童嬉戏。", []),  # the park's name
    ("社区开展“古树印记”寻访活动。", ["古树印记"]),
])
def test_a_quoted_name_before_a_park_names_the_park(text, names):
    assert [c.name for c in find_initiatives(text)] == names


def test_a_university_town_is_no_university():
    found = find_organizations("狮山镇大学城社区开展活动,华南理工大学的志愿者参加。", None)
    assert [c.name for c in found] == ["华南理工大学"]


LATE_TITLE = ("某镇\n集中精力美环境\n\n"
              "本报讯(通讯员 甄明)某镇聚焦重点环节,启动实施农村人居环境整治活动,集中干部"
              "精力,充分调动群众积极性,推动人居环境整治工作掀起热潮。\n\n"
              "10月3日晚,某镇召集领导干部召开专题会议,对人居环境整治工作再部署、再安排。"
              "干部群众逐街逐巷进行整治,全方位解决村内环境卫生问题。\n\n"
              "近日,身穿红色马甲的“第一书记”在田间与种植户有说有笑,将一串串金灿灿的"
              "金银花花苞摘入篮中,好一幅乡村振兴的喜人景象。\n\n"
              "百亩金银花 “开”出振兴路\n\n"
              "“眼下,金银花进入了集中收获期,大家伙还得继续加把劲。”某镇第一书记工作队"
              "组织队员共赴收获现场,义务劳动的同时,还带去了有机肥料。\n"
              "(本报记者 刘伟 通讯员 王振)\n")


def test_a_news_lead_over_a_title_set_a_paragraph_late_opens_the_article_under_it():
    # (round 61b, 济宁日报: the dispatch above was signed at its top)
    articles = extract_text("page.txt", LATE_TITLE)
    assert [(a.headline, [b.name for b in a.bylines]) for a in articles] == [
        ("集中精力美环境", ["甄明"]), ("百亩金银花“开”出振兴路", ["刘伟", "王振"])]
    assert articles[1].body.startswith("近日,身穿红色马甲")
    assert articles[0].body.endswith("环境卫生问题。")


def test_a_paragraph_over_a_title_whose_text_opens_like_news_stays_above():
    page = LATE_TITLE.replace("“眼下,金银花", "9月5日,“眼下,金银花")
    articles = extract_text("page.txt", page)
    assert articles[1].body.startswith("9月5日")
    assert articles[0].body.endswith("喜人景象。")


@pytest.mark.parametrize(("text", "communities"), [
    ("标题\n美丽的大浪河穿村而过,精致的游园绕村而建。", []),  # (round 61a, 平顶山日报)
    ("标题\n大浪河穿过李庄村。", ["李庄村"]),
])
def test_a_village_a_thing_runs_through_is_no_name(text, communities):
    found = resolve_places(text, 3, "4104")
    assert [m.name for m in found.mentions if m.type == "community"] == communities
