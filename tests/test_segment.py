"""Segmentation of the sample pages: per-page must-contain / must-not-contain lists."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, SAMPLES

from kg.bylines import parse_byline
from kg.pages import read_page_text
from kg.pipeline import extract_text
from kg.rules import DISPATCH_RE
from kg.segment import _pictures_and_text, block_kind, first_date


def _articles(page_id: str):
    path = SAMPLES / f"{page_id}.txt"
    return extract_text(path.name, read_page_text(path))


def _by_anchor(articles, anchor: str):
    found = [a for a in articles if anchor in a.body.replace("\n", "").replace(" ", "")]
    assert len(found) == 1, f"{anchor!r} in {len(found)} articles"
    return found[0]


PAGE_000 = "000_fae9c35db4d8e8d4"
PAGE_001 = "001_6766ef3e08e9dbe2"
PAGE_002 = "002_068ad4a585ea7835"
PAGE_003 = "003_9ed230ac719b3763"
PAGE_004 = "004_2cd9194f99e4ed8d"


@pytest.mark.parametrize("page_id, count", [
    (PAGE_000, 5), (PAGE_001, 7), (PAGE_002, 10), (PAGE_003, 12), (PAGE_004, 11)])
def test_article_count(page_id, count):
    assert len(_articles(page_id)) == count


def test_floating_headlines_are_reattached_by_content():
    # Page 000 prints most headlines after the bodies, gathered at its bottom.
    articles = _articles(PAGE_000)
    a = _by_anchor(articles, "德化街街道红色商圈党建联盟服务保障")
    assert "这个商圈党建联盟服务走心了" in a.headline
    assert a.subtitle.startswith("德化街街道红色商圈党建联盟服务保障")
    assert _by_anchor(articles, "二七区城市防汛办公室").headline == "二七区筑牢城市防汛安全防线"
    assert _by_anchor(articles, "五里堡街道联合执法部门").headline == "联合执法破解河医周边拥堵难题"
    jobs = _by_anchor(articles, "如何以奔跑的速度")
    assert jobs.headline == "二七区稳就业保就业出实招"
    assert jobs.kicker == "一手抓岗位开发一手抓困难帮扶"


def test_column_tags_and_labels_are_not_headlines():
    for page_id in (PAGE_000, PAGE_001):
        for a in _articles(page_id):
            assert "六稳" not in a.headline
            assert a.headline != "防疫消杀收集"


def test_bylines_are_not_body_text():
    for page_id in (PAGE_000, PAGE_001, PAGE_002, PAGE_003, PAGE_004):
        for a in _articles(page_id):
            assert "记者 " not in a.body[-12:]
            assert "通讯员" not in a.body[:20]
            assert a.people("reporter"), a.body[:20]


def test_body_before_the_dispatch_line_and_after_the_byline_stays_with_its_article():
    # Page 001: the 人社局 story opens with paragraphs before `本报讯` and goes on in
    # sections after its byline `记者 景静 / 通讯员 刘晓静 刘佳丽 文/图`.
    articles = _articles(PAGE_001)
    a = _by_anchor(articles, "忠于职守心系企业")
    assert "大商金博大店闭店事件" in a.body
    assert "大商集团、康师傅、花花牛" in a.body
    assert a.people("correspondent") == ["刘晓静", "刘佳丽"]
    exam = _by_anchor(articles, "高考期间")
    assert "宁愿自己" not in exam.body
    assert exam.headline == "“增强版”环境作业模式实现“健康高考”"


def test_photo_items_and_features():
    articles = _articles(PAGE_002)
    photo = _by_anchor(articles, "共青团郑州市委、共青团二七区委")
    assert photo.kind == "photo"
    assert photo.people("photographer") == ["刘伟平"] == photo.people("reporter")
    assert "本报记者" not in photo.body
    feature = _by_anchor(articles, "天气渐暖")
    assert feature.kind == "feature"
    assert feature.headline == "春游这些动作不文明"
    assert feature.people("correspondent") == ["郭岩岩"]
    assert not feature.people("photographer")  # `文图` credits no photographer


def test_photo_credit_on_its_own_line_takes_only_its_caption():
    articles = _articles(PAGE_003)
    photo = _by_anchor(articles, "十八里河街道百合社区")
    assert photo.kind == "photo" and photo.people("photographer") == ["王思俊"]
    contest = _by_anchor(articles, "六比一创")
    assert "百合社区" not in contest.body
    assert contest.people("photographer") == []


def test_run_together_names_in_bracket_byline():
    a = _by_anchor(_articles(PAGE_003), "天刚擦亮")
    assert a.people("correspondent") == ["乔贺", "李博文"]
    assert a.kicker.startswith("深化城市精细化管理行动")
    assert a.headline == "“社商居”治理融合体共创和谐有序环境"


def test_kicker_line_before_the_title_on_a_long_line_page():
    a = _by_anchor(_articles(PAGE_003), "学抓促")
    assert a.headline == "释放发展活力催生提质增效"
    assert "万人助万企" in a.kicker


def test_spans_point_at_the_source_characters():
    path = SAMPLES / f"{PAGE_000}.txt"
    raw = read_page_text(path)
    for a in extract_text(path.name, raw):
        for b in a.bylines:
            assert raw[b.span[0]:b.span[1]] == b.name
        assert raw[a.span[0]] == a.body[0]
        for ch, off in zip(a.body, a.body_map, strict=True):
            if ch != "\n":
                assert raw[off] == ch


@pytest.mark.parametrize("body, date", [
    ("截至6月22日，二七区城镇新增就业", "06-22"),
    ("7月 7日~8日的高考期间", "07-07"),
    ("连日来，郑州市天气多变", None),
    ("六月十九日上午，活动启幕", "06-19"),
    ("2020年3月，全年计划", None),
    ("“变化特别大。”9月23上午，家住城东区的李女士说", "09-23"),  # 日 dropped before the hour
    ("共有3月15个小区参加", None),  # (no hour after the number: no day)
])
def test_first_date(body, date):
    assert first_date(body) == date


def test_a_dated_dispatch_line_dates_the_article_before_a_day_its_text_names():
    # The dispatch line is the body's first words, so its day is the first one printed.
    text = ("西湖街道举办邻里节\n\n钱江晚报5月8日讯 社区里人多、事多——这是西湖街道的日常。"
            "5月6日，街道在文化广场举办了第三届邻里节。\n")
    (article,) = extract_text("dispatch_date.txt", text)
    assert (article.kind, article.date) == ("news", "05-08")
    assert article.body.startswith("社区里人多")


def test_a_credited_picture_inside_an_article_keeps_its_text_going():
    # The caption and its credit stand between two paragraphs: the text goes on under them
    # with no headline, so the picture is the article's, not a photo item's.
    text = ("社区“微心愿”点亮居民生活\n\n□本报记者 王明\n\n"
            "春节前夕，东风社区的志愿者们挨家挨户收集居民的“微心愿”，再把心愿清单交给共建单位。\n\n"
            "志愿者为居民送上年货。通讯员 李华 摄\n\n"
            "在东风社区的独居老人张大爷家，志愿者们送来了米面油和春联，还帮他打扫了房间。\n\n"
            "张大爷说，这个春节过得特别暖心。\n")
    (article,) = extract_text("picture_inside.txt", text)
    assert article.headline == "社区“微心愿”点亮居民生活"
    assert (article.people("reporter"), article.people("photographer")) == (["王明"], ["李华"])
    assert article.body.endswith("特别暖心。")


def test_a_section_split_off_takes_the_picture_credited_inside_it():
    # A short signed dispatch, then an unsigned item under its own headline with a picture
    # and a bare credit at its end: the picture's credit goes with the item.
    text = ("老旧小区化粪池改造完工\n\n□记者 王明\n\n"
            "本报讯 5月4日，东风社区老旧小区化粪池改造完工，居民出行不再受污水困扰。\n\n"
            "社区工作人员表示，下一步将对小区路面进行修补。\n\n"
            "西峡：开放村委大院 服务夏收晾晒\n\n"
            "5月26日，在西峡县阳城镇田营村委门口，村民们正将新收割的小麦运到这里晾晒。\n\n"
            "村民们在阳城镇田营村委会大院里晾晒新收的小麦 摄影 李华\n\n"
            "村民田大爷种了30亩小麦，正愁没地方晾晒，村里就腾出了大院。\n\n"
            "（文 张三 李四）\n")
    first, second = extract_text("section_picture.txt", text)
    assert (first.people("reporter"), first.people("photographer")) == (["王明"], [])
    assert second.headline == "西峡：开放村委大院服务夏收晾晒"
    assert second.people("photographer") == ["李华"]


def test_epaper_page_from_another_city():
    # Composed in another paper's conventions: e-paper debris, a bracket byline with
    # half-width brackets, a feature with its byline first, a photo item.
    path = FIXTURES / "page_epaper_luoyang.txt"
    articles = extract_text(path.name, path.read_text(encoding="utf-8"))
    assert [a.kind for a in articles] == ["news", "feature", "photo"]
    news, feature, photo = articles
    assert news.headline == "“15分钟便民生活圈”覆盖老城社区"
    assert news.people("reporter") == ["陈晓静"]
    assert news.people("correspondent") == ["王磊", "李楠楠"]
    assert news.date == "11-03"
    assert "推广这一做法" in news.body
    assert feature.headline == "秋收时节田间忙"
    assert feature.people("reporter") == ["赵一鸣"] and not feature.people("photographer")
    assert photo.people("photographer") == ["孙伟"]
    for a in articles:
        for debris in ("上一版", "PDF版", "上一篇", "版权"):
            assert debris not in a.body and debris not in a.headline


def _fixture_articles(name: str):
    path = FIXTURES / name
    return extract_text(path.name, read_page_text(path))


def _credits(article) -> tuple[list[str], list[str], list[str]]:
    return (article.people("reporter"), article.people("correspondent"),
            article.people("photographer"))


def test_bylines_of_other_papers_layouts():
    # Evening-paper layout: headline / `□晚报记者 … 文/图 通讯员 …` / `本报讯 …`; an
    # outlet before 通讯员; credits before the role word; `本报讯 记者 … 通讯员 …` unbracketed.
    articles = _fixture_articles("page_other_byline_layouts.txt")
    assert [(a.headline, *_credits(a)) for a in articles] == [
        ("老旧小区装上了电梯", ["林晓东"], ["贾立平"], []),
        ("夜市摊位有了新规矩", ["周文静"], ["郝明"], []),
        ("河边步道亮起来", ["何亮", "孙一凡"], [], ["孙一凡"]),
        ("社区食堂开到家门口", ["张明"], ["李华"], []),
    ]
    assert [articles[i].kind for i in (0, 1, 3)] == ["news", "news", "news"]
    assert articles[0].body.startswith("5月28日上午，川汇区小桥办事处")
    assert articles[3].body.startswith("昨天上午，拱墅区米市巷街道")


def test_credits_a_narrow_column_broke():
    articles = _fixture_articles("page_narrow_column_credits.txt")
    assert [(a.headline, *_credits(a)) for a in articles] == [
        ("义剪进社区暖心又暖身", ["陈立新"], ["黄思远"], []),
        ("", ["王振华"], [], ["王振华"]),  # a picture of its own, its credit's role word
        ("老旧小区装上充电桩", ["宋晓光"], ["韩梦瑶"], []),  # `通讯` / `员`: no one's name
        ("志愿者清理河道", ["孙立华"], ["韩明轩"], []),
        ("广场舞队有了新场地", ["杨帆"], [], ["杨帆"]),
        ("夜市摊位划线经营", ["蒋立平"], [], ["蒋立平"]),  # `西江日` / `报全媒体记者` / name
        ("旧物置换集市开张", ["周建国"], ["冯小雨"], []),
    ]
    assert articles[4].body.endswith("居民们跳起了广场舞。")  # `东方网` is the credit's


def test_a_dispatch_and_its_bracketed_byline_over_three_narrow_lines():
    # `东江晚报-城区频道5月` / `8日讯（东江晚报见习` / `记者 林涛 通讯员许佳` /
    # `怡 高明明 ）近日，城`: the bracket closes the byline before the text goes on
    [article] = _fixture_articles("page_dispatch_over_three_lines.txt")
    assert _credits(article) == (["林涛"], ["许佳怡", "高明明"], [])
    assert article.body.startswith("近日，城北街道丰收社区的长者食堂正式开张")


def test_a_byline_broken_in_its_role_word_then_closed_by_a_lone_bracket():
    # `龙岗讯龙岗日报记者 王明 通讯` / `员 李华 张小燕）6月1` / `6日，…`: a district paper's
    # dispatch, the role word broken, the bracket's opening never printed
    [article] = _fixture_articles("page_byline_rest_then_text.txt")
    assert _credits(article) == (["王明"], ["李华", "张小燕"], [])
    assert article.body.startswith("6月16日，横岗街道开展农贸市场环境卫生大检查")
    assert article.date == "06-16"


def test_a_caption_saying_it_is_one_is_no_headline_and_no_text():
    text = ("老街巷焕新颜 居民乐开怀\n\n图为改造后的东风路老街巷\n\n"
            "近年来，东风社区对辖区老旧街巷进行改造，铺设了新路面。\n\n"
            "上图：居民在新建的口袋公园里下棋\n\n"
            "社区书记介绍，下一步还将继续改造老旧街巷。\n")
    [article] = extract_text("caption_label.txt", text)
    assert article.headline == "老街巷焕新颜居民乐开怀"
    assert article.body == ("近年来，东风社区对辖区老旧街巷进行改造，铺设了新路面。\n"
                            "社区书记介绍，下一步还将继续改造老旧街巷。")


def test_a_name_alone_under_the_headline_is_its_author_no_title():
    # A top byline of one name and no role word credits nobody; the title stays the title
    # (a word of jieba's dictionary on that line, `金秋`, would still be read as a head).
    text = ("社区新市民融入大家庭\n\n郝文斌\n\n"
            "邻居节举办以来，各个街道、社区活动精彩纷呈，更邀请许多新市民一起参加活动。\n")
    [article] = extract_text("lone_name.txt", text)
    assert (article.headline, article.kicker) == ("社区新市民融入大家庭", "")
    assert article.bylines == [] and article.body.startswith("邻居节举办以来")


def test_a_columns_name_over_a_title_with_a_comma_is_its_kicker():
    text = ("新春走基层\n旌阳区：新春喜乐汇，邻里情更浓\n\n"
            "本网讯（记者 李鹏飞）近日，天元街道武庙社区热闹非凡。\n")
    [article] = extract_text("column_tag.txt", text)
    assert (article.kicker, article.headline, article.subtitle) == (
        "新春走基层", "旌阳区：新春喜乐汇，邻里情更浓", "")


def test_a_caption_between_title_and_a_pictured_dispatch_is_neither():
    # The dispatch's byline credits the picture (`摄影报道`), a name without a role before
    # it; the caption with no full stop over it is no title.
    text = ("江阳区：文明宣传周末不休\n\n江阳区机关干部周末在社区进行文明城市创建知识宣传\n\n"
            "城市读本讯（李华 记者 王明 摄影报道）11月14日，江阳区机关干部走进社区开展宣传。\n")
    [article] = extract_text("pictured_dispatch.txt", text)
    assert (article.kind, article.headline) == ("news", "江阳区：文明宣传周末不休")
    assert (article.people("reporter"), article.people("photographer")) == (["王明"], ["王明"])
    assert article.body.startswith("11月14日")


@pytest.mark.parametrize("tag", ["【建设文明城市】", "「文明兰州」"])
def test_a_columns_name_in_brackets_over_the_title_is_its_kicker(tag):
    text = (f"{tag}\n长江社区：楼道门修好了\n\n记者 王明\n\n"
            "几天前，家住长江社区兴隆小区的张阿姨一见到邻居就忍不住点赞。\n")
    [article] = extract_text("bracket_tag.txt", text)
    assert (article.kicker, article.headline) == (tag, "长江社区：楼道门修好了")


def test_a_places_kicker_ending_in_a_colon_over_its_title():
    text = ("柳湾社区：\n家门口的服务中心 让居民办事不出社区\n\n记者 周晓燕\n\n"
            "6月18日，走进柳湾社区综合文化服务中心，棋牌室、图书室一应俱全。\n")
    [article] = extract_text("kicker.txt", text)
    assert article.kicker == "柳湾社区："
    assert article.headline == "家门口的服务中心让居民办事不出社区"
    assert article.people("reporter") == ["周晓燕"]


def test_a_credit_under_a_features_lead_before_its_sections():
    # `…有了今天的新模样。■晚报记者` / `高志远 文/图` / `A` / crosshead: the feature goes on.
    [feature] = _fixture_articles("page_feature_lead_credit.txt")
    assert _credits(feature) == (["高志远"], [], [])
    assert "一巷一策 居民说了算" in feature.body
    assert feature.body.endswith("发现问题随时上报社区。")


@pytest.mark.parametrize("line, dispatch", [
    ("本报讯（记者 张三）近日", "本报讯"),
    ("本报6月19日讯 近日", "本报6月19日讯 "),
    ("中原网讯 近日", "中原网讯 "),
    ("新华社郑州6月1日电 近日", "新华社郑州6月1日电 "),
    # other papers
    ("本报北京6月1日电 近日", "本报北京6月1日电 "),
    ("中新网6月1日电 近日", "中新网6月1日电 "),
    ("极目新闻讯（记者 张三）", "极目新闻讯"),
    ("大河报·豫视频讯（记者 张三）", "大河报·豫视频讯"),
    ("【本报讯】 近日", "【本报讯】 "),
    ("映象网开封讯(记者 崔学庆)", "映象网开封讯"),
    ("浙江在线-杭州频道1月3日讯 近日", "浙江在线-杭州频道1月3日讯 "),
    ("（记者梁淑芳 陈星宇摄影报道）3月11日，某社区开展活动。", ""),  # the byline leads
    ("河南日报客户端(记者王永乐通讯员夏宝莲)5月18日，", "河南日报客户端"),  # after its outlet
    ("本报6月13日（见习记者 张晓琳） “百姓城市", "本报6月13日"),  # a dateline without 讯
    ("龙岗讯龙岗日报记者 王明 近日", "龙岗讯"),  # a district paper's place, its byline after
    ("本港讯 （记者 李明 摄影报道）近日", "本港讯 "),  # ... or its byline in brackets
    ("云川新闻网消息 “网格员，你快来看看", "云川新闻网消息 "),  # 消息, the text after a space
    ("南阳融媒6月9日讯 【记者：王雪 赵刚】近日", "南阳融媒6月9日讯 "),  # a county's media centre
    ("又讯 （记者 马文涛）3月9日", "又讯 "),  # a second item of the same day
    ("信息港讯·南城日报 记者李晓燕 为丰富", "信息港讯·"),  # a site and the paper it quotes
    ("新天水讯【特约通讯员何俐丽】近日", "新天水讯"),  # its byline in lenticular brackets
])
def test_dispatch_lines(line, dispatch):
    match = DISPATCH_RE.match(line)
    assert match is not None and match.group() == dispatch


@pytest.mark.parametrize("line", ["据央视网消息，", "据新华网消息 近日", "合作社电商平台上线",
                                  "本报记者致电市民",
                                  "记者从会上获悉", "据报道该公司通讯员",
                                  "（记者 张三）", "（以下简称城防办）迅速处置"])
def test_paragraphs_that_are_no_dispatch(line):
    assert DISPATCH_RE.match(line) is None


def test_picture_page_captions_bylines_over_two_lines_and_one_paragraph_briefs():
    # Each marked caption ends in its own credit (with a role, `(X 摄)` alone, `特约摄影
    # X`); the date line, `图片新闻` and the short marked tag are no articles.
    articles = _fixture_articles("page_photo_captions.txt")
    assert [(a.kind, *_credits(a)) for a in articles] == [
        ("photo", [], ["陈立军"], ["陈立军"]),
        ("photo", [], [], ["吕枫"]),
        ("photo", [], [], ["王华"]),
        ("feature", ["张鹏程"], ["杨荣超"], []),
        ("news", ["黄翠林"], [], []),
    ]
    assert articles[0].body.startswith("▲10月14日，南谯区")
    assert articles[3].headline == "社区夜校开课了"
    assert articles[4].body.endswith("辖区200余名居民参加。")


def _people_of(text: str):
    return [(a.headline, a.people("reporter"), a.people("correspondent"))
            for a in extract_text("page.txt", text)]


def test_bracketed_byline_broken_over_two_lines_is_read_whole():
    page = ("清理下水井 畅通出行路\n\n本报讯 (记者 武建玲 \n通讯员 王天江 李爱玲)\n"
            "8月8日，上街区济源路街道的积水点全部清理完毕，居民出行不再绕路。\n")
    assert _people_of(page) == [("清理下水井畅通出行路", ["武建玲"], ["王天江", "李爱玲"])]


def test_body_under_its_own_headline_before_a_dispatch_is_its_own_article():
    page = ("社区书屋开张了\n\n昨天，某街道的社区书屋正式开放，居民们在这里看书、下棋。\n\n"
            "夜市新规出台\n\n本报讯(记者 王五)7月28日，某区对夜市摊位统一规划。\n")
    assert _people_of(page) == [("社区书屋开张了", [], []), ("夜市新规出台", ["王五"], [])]


def test_byline_closing_a_paragraph_broken_inside_its_brackets_stays_with_it():
    page = ("楼道清理 居民点赞\n\n7月17日上午，某街道对小区楼道进行了整治，清理行动赢得了好评。"
            "（扬州晚报\n记者 赵磊）\n\n□记者 张晓晖\n\n"
            "近日，家住馆驿巷的居民高兴地说，楼下的路灯亮了。\n")
    assert [people[1] for people in _people_of(page)] == [["赵磊"], ["张晓晖"]]


def test_headlines_may_exclaim():
    page = ("“俺村不比城市差！”\n\n■本报记者 刘 招 通讯员 王 平\n\n"
            "昨日，某乡的村民买回一辆三轮车，专门用来清运垃圾，村里干净了不少。\n")
    assert _people_of(page) == [("“俺村不比城市差！”", ["刘招"], ["王平"])]


def test_a_headline_may_exclaim_and_then_quote_someone():
    # `…解封！居民：…`: after the exclamation, who says what; a bracketed byline whose
    # `报道` the column glued to the photographer's name on the next line
    page = ("老小区今日解封！居民：终于能下楼遛弯了\n\n"
            "本报讯(记者 韩冬 通讯员 乔丽 报道\n周强 摄影)经过14天封控管理，今天上午，和平小区"
            "正式解封，居民们陆续走出楼门。\n")
    (article,) = extract_text("page.txt", page)
    assert article.headline == "老小区今日解封！居民：终于能下楼遛弯了"
    assert (article.people("reporter"), article.people("photographer")) == (["韩冬"], ["周强"])
    assert article.body.startswith("经过14天封控管理")


def test_a_lenticular_bracket_byline_broken_by_the_column_is_read_whole():
    page = ("老街银杏黄了\n\n天天天水网15日16时讯 【记者 王雪梅\n张超】初冬降临天水时，"
            "民主路上的银杏树叶便成为了街头的一道风景。\n")
    assert _people_of(page) == [("老街银杏黄了", ["王雪梅", "张超"], [])]


def test_a_section_closed_by_other_peoples_byline_is_an_article_of_its_own():
    # The first article's byline stands at its top; the section under a subheading
    # closes with a byline of other people: two articles, the subheading a headline.
    page = ("标题一二三\n\n本报记者 陈彤 通讯员 甄珍\n\n"
            "7月18日，某社区附近主干道上，近50名青少年向市民发放宣传材料。\n\n"
            "志愿者的钟楼街中秋夜\n\n中秋夜，身穿红马甲的社区志愿者在钟楼街默默守护着大家。\n"
            "记者 侯慧琴 通讯员 张旭珍\n")
    assert _people_of(page) == [("标题一二三", ["陈彤"], ["甄珍"]),
                                ("志愿者的钟楼街中秋夜", ["侯慧琴"], ["张旭珍"])]


def test_a_photo_credit_after_a_subheading_splits_no_section_off():
    # A short question in quotes reads like a subheading; a photo credit line after the
    # article is no byline of a section of its own: it takes its caption, as on the
    # samples, and the subheading stays in the article.
    page = ("夜市新规出台\n\n本报讯(记者 王五)7月28日，某区对夜市摊位统一规划，划定经营区域。\n\n"
            "“你们是哪个单位的？”\n\n摊主们围上来询问，工作人员一一解答，现场秩序井然。\n\n"
            "夜市入口处的新指示牌。\n张三 摄\n")
    articles = extract_text("page.txt", page)
    assert [(a.headline, *_credits(a)) for a in articles] == [
        ("夜市新规出台", ["王五"], [], []), ("", [], [], ["张三"])]
    assert "“你们是哪个单位的？”" in articles[0].body


@pytest.mark.parametrize("kicker, title", [
    ("栽樱花、建游园、打造文化长廊……", "建新街：从马路市场变身“气质”老街"),
    ("区领导调研企业复工复产并召开座谈会强调", "坚定信心众志成城共克时艰"),
])
def test_a_line_leading_into_the_title_is_its_kicker(kicker, title):
    page = (f"{kicker}\n{title}\n\n本报讯(记者 张三)8月16日，某街道召开会议，"
            "部署下一阶段的重点工作。\n")
    [article] = extract_text("page.txt", page)
    assert (article.kicker, article.headline) == (kicker, title)


def test_a_paragraph_cut_inside_a_quote_goes_on_in_the_next():
    page = ("平菇丰收了\n\n本报讯(记者 卢文军)11月28日，中牟县某村开展“社村\n\n"
            "共建 助农兴农”平菇采摘活动，吸引了不少市民前来体验。\n")
    [article] = extract_text("page.txt", page)
    assert "开展“社村共建 助农兴农”平菇采摘活动" in article.body


def test_a_line_ending_in_a_colon_above_the_title_is_its_kicker():
    page = ("高新佳园一期小区：\n卫生状况有改善 绿化带有人种菜\n\n"
            "本报讯 2月23日，记者再次来到该小区，楼道里的杂物已经清走。\n")
    [article] = extract_text("page.txt", page)
    assert (article.kicker, article.headline) == ("高新佳园一期小区：",
                                                  "卫生状况有改善绿化带有人种菜")


def test_a_title_printed_twice_is_not_its_own_kicker():
    page = ("楼院菜场不见了\n\n楼院菜场不见了\n\n本报记者 聂春洁 通讯员 王雯静\n\n"
            "近日，福华北街社区居民给社区送来锦旗，感谢社区清走了楼院里的菜摊。\n")
    [article] = extract_text("page.txt", page)
    assert (article.kicker, article.headline) == ("", "楼院菜场不见了")


def _two_line_title_page(lines: tuple[str, str]) -> str:
    return ("\n".join(lines) + "\n\n本报讯(记者 高凯 通讯员 李明)昨日，记者从区里了解到，"
            "今年将完成55个社区综合用房的建设。\n")


@pytest.mark.parametrize("lines, expected", [
    # a short clause (who does what) over a much longer line: title and subtitle
    (("老街不再堵了", "两条背街小巷完成改造正在恢复通行"),
     ("", "老街不再堵了", "两条背街小巷完成改造正在恢复通行")),
    (("城区扮靓主干道路城区扮靓主干道路", "提升城市 管理水平"),
     ("", "城区扮靓主干道路", "提升城市管理水平")),
    # two parallel phrases under a longer line: kicker and title
    (("经八路街道多个社区联合开展冬季消防安全检查活动", "排查隐患不放过 守护平安进万家"),
     ("经八路街道多个社区联合开展冬季消防安全检查活动", "排查隐患不放过守护平安进万家", "")),
])
def test_two_title_lines_as_title_and_subtitle_or_kicker_and_title(lines, expected):
    [article] = extract_text("page.txt", _two_line_title_page(lines))
    assert (article.kicker, article.headline, article.subtitle) == expected


@pytest.mark.parametrize("lines", [
    ("金水区民政局", "开展困难群众走访慰问活动送温暖"),  # an office alone runs on
    ("经三路街道召开", "党史学习教育动员部署会暨专题党课报告会"),  # so does a verb at the end
    ("送米送油送温暖", "爱心企业结对帮扶困难家庭过冬"),  # a verb first: no subject
    ("冬日送温暖", "爱心企业结对帮扶困难家庭过冬"),  # a time before the verb, no subject
    ("走进小区看变化", "中牟县某小区：楼道干净了 停车有序了"),  # a place's title with a colon
])
def test_a_longer_second_title_line_is_no_subtitle_under_no_clause(lines):
    [article] = extract_text("page.txt", _two_line_title_page(lines))
    assert article.subtitle == ""
    assert "".join(lines[1].split()) in article.headline


@pytest.mark.parametrize("place, title", [
    ("金水区", "加快社区综合用房建设"),
    ("紫荆山南路街道", "大家一起来行动，让小区环境更美"),  # the comma makes no subtitle here
])
def test_a_place_alone_above_the_title_is_its_kicker(place, title):
    page = (f"{place}\n{title}\n\n本报讯(记者 高凯)昨日，记者从区里了解到，"
            "今年将完成55个社区综合用房的建设。\n")
    [article] = extract_text("page.txt", page)
    assert (article.kicker, article.headline, article.subtitle) == (place, title, "")


def test_a_photo_caption_between_a_headline_and_its_dispatch_leaves_it_the_headline():
    page = ("百万粉丝组团打卡 见证福田创文\n\n百万粉丝组团打卡美丽福田。通讯员刘高峰 摄\n\n"
            "深圳晚报讯 (记者 汪仕林 通讯员 温现青) 8月22日，福田区委宣传部主办网民观察团活动，"
            "带网民走进街巷。\n")
    # (the picture is the dispatch's: its credit is the article's, its caption no text)
    [article] = extract_text("page.txt", page)
    assert (article.kind, article.headline, article.people("reporter"),
            article.people("photographer")) == (
        "news", "百万粉丝组团打卡见证福田创文", ["汪仕林"], ["刘高峰"])
    assert article.body.startswith("8月22日")


def test_a_headline_with_a_colon_is_not_prose_run_into_the_body():
    page = ("盘龙区茨坝街道：“最美街巷”红梅里亮灯了\n\n"
            "日前，在盘龙区茨坝街道青松路社区红梅里小巷，路灯亮起。（昆明日报 记者刘会芳）\n")
    [article] = extract_text("page.txt", page)
    assert (article.headline, article.people("reporter")) == (
        "盘龙区茨坝街道：“最美街巷”红梅里亮灯了", ["刘会芳"])
    assert article.body == "日前，在盘龙区茨坝街道青松路社区红梅里小巷，路灯亮起。"


def test_a_headed_body_after_an_article_closed_by_a_bracketed_byline_is_its_own():
    page = ("展评活动落幕\n\n近日，某街道的社区展评活动结束，铁坨里社区获得第一名。"
            "（记者 刘芸）\n\n"
            "我区14个社区荣获称号\n\n日前，新津社区、承德道社区等14个社区上榜，数量居全市前列。\n")
    assert _people_of(page) == [("展评活动落幕", ["刘芸"], []), ("我区14个社区荣获称号", [], [])]


def test_credits_that_close_articles():
    # Bylines of other papers: a top byline under its headline belongs to the article
    # below it, not to an open feature above; role-less credits (`(甘 霖 彭为峰)`,
    # `郑玉洁 赵志花`, `(汪小友)`) close an article and credit nobody; a body under a
    # headline after a closed article is an article of its own; a photo credit under a
    # headline is its article's; a dispatch word alone on its line takes the wrapped
    # bracket below; a headline printed twice with a space inside it is printed once;
    # `A07版:…` is page debris, `社区记者` a reporter, a line ending —— a kicker.
    articles = _fixture_articles("page_closing_credits.txt")
    assert [(a.headline, *_credits(a)) for a in articles] == [
        ("邻里闹元宵灯谜挂满楼", [], [], []),
        ("宏达小区居民告别煤球炉", ["何丽娟"], [], []),
        ("独居老人有了一键呼叫", [], [], []),
        ("平民英雄获慰问", ["李振东"], ["刘义宣"], []),
        ("“市政服务进社区”为民解忧", ["赵永平"], [], []),
        ("小区改造换新颜停车不再犯愁", [], [], []),
        ("", [], [], []),
        ("", [], [], []),
        ("添些粮油，献些爱心备好年货，过个好年", ["王东升"], [], ["王东升"]),
        ("网络名人走进五一中路社区", ["覃振", "陈仁川"], [], []),
        ("唱歌跳舞样样都行", ["卞晓静", "文清"], [], []),
    ]
    assert articles[0].kicker == ""
    assert articles[8].kicker == "451户居民将陆续领到过节物资——"
    assert articles[2].body.endswith("已有300多户受益。")
    assert articles[5].body.endswith("新增停车位200余个。")
    assert articles[6].body.startswith("● 5月21日上午") and "汪小友" not in articles[6].body
    assert articles[7].body.endswith("修理门窗。")
    assert articles[9].body.startswith("10月12日，网络名人采访团")


def test_captions_wrapped_credits_and_outlet_brands():
    # Two headline lines over a body end an open unsigned dispatch (its end byline is the
    # new article's); a caption between a headline and its top byline is no article; more
    # than three headline-like lines inside an article are a list in it; a role word
    # broken by the column; `X/文 Y/图` credits Y's picture only (a story, not a photo
    # item); a platform's brand or a group's Latin initials before the paper.
    articles = _fixture_articles("page_captions_and_outlets.txt")
    assert [(*_credits(a), a.kind) for a in articles] == [
        ([], [], [], "news"),
        (["张晓华"], [], [], "feature"),
        (["李毓文"], [], [], "feature"),
        (["姜涛"], ["周菲"], [], "news"),
        (["马武", "王战龙", "白韬"], [], ["白韬"], "feature"),
        (["张巧玲"], [], [], "news"),
        (["金海东"], [], ["金海东"], "news"),
        (["孙庆明"], ["韩若兰"], [], "news"),
        # the column's pictures under the dispatch's headline are its own
        (["裴其娟", "梁晓", "丁友明", "许大成"], [], ["丁友明", "许大成"], "news"),
        ([], [], [], "news"),
        (["吴艳敏"], [], [], "feature"),  # its crosshead over two lines opens no article
    ]
    assert articles[0].body.endswith("为老人们送去节日的祝福。")
    assert articles[1].headline.endswith("居民亮堂过春节")
    assert articles[1].body.startswith("三官庙北拐街")
    assert articles[2].headline == "社区有支“好八连”"
    assert articles[2].body.startswith("“我们社区也有一支")  # not the caption
    assert "琼花观社区" in articles[3].body and articles[3].body.endswith("领奖。")
    assert articles[4].body.endswith("走进了农家的石榴园。")
    for article in articles[5:8]:
        assert article.body[0] in "9连7"  # the bracketed byline is out of the body
    assert articles[7].body.startswith("7月23日，高新区")  # the dispatch's line goes on
    # a picture block credited on a line of its own leaves the headline to the dispatch
    assert articles[8].headline == "上街洒扫庭除小记者齐上阵"
    assert articles[8].body.startswith("上阵母子兵。\n小记者忙不停。\n昨日，")
    assert articles[9].body.startswith("近日，")  # `本报讯(李雅婷)`: credited to nobody
    assert "营造和谐氛围" in articles[10].body and articles[10].body.endswith("陈红乐说。")


def test_briefs_wrapped_credits_and_prose_after_a_role_word():
    # Unsigned briefs under kicker + title are one article each; a sentence's last words
    # and its credit on the next line; `记者来到…` wrapped to a line's start is text, not a
    # byline; a caption credited `X摄/光明图片` over a top byline leaves the headline to the
    # article; an outlet with its paper in brackets; `通讯员供图` and `晚报记者进社区`
    # (a column's name) credit nobody.
    articles = _fixture_articles("page_briefs_and_credits.txt")
    assert [(a.headline, a.kicker, *_credits(a)) for a in articles] == [
        ("荣获统战工作先进示范点", "国花社区", [], [], []),
        ("两所“托老站”齐开业", "淮河社区建华社区", [], [], []),
        ("高新区召开领导干部大会", "", ["孙庆明"], [], []),
        # the picture under its headline, over its top byline
        ("康城社区的好时光", "", ["颜维青", "曹继明"], [], ["颜维青"]),
        ("五福社区的清晨", "", ["林晓琳"], ["施琦"], []),
        ("晚报记者进社区“创城让我家变了大模样”", "", [], [], []),
        ("留锡过年也温暖", "", [], [], ["小汤"]),  # `(小汤` / `摄)`: a pen name, wrapped
        ("兴庆区：邻里温暖再升级！", "", [], [], []),  # a place, a colon, an exclamation
    ]
    assert articles[6].kind == "photo"  # a picture under its own headline after a brief
    assert articles[2].body.endswith("要当发动机！")
    assert articles[3].body.startswith("社区邻里中心的水墨缘活动室。\n“今朝")
    assert articles[3].body.endswith("正巧遇上居民马文丽。")
    assert articles[4].body.startswith("清晨的江岸区")


def test_portal_datelines_and_wrapped_bracket_bylines():
    # A dispatch word with a year, alone on its line, then the paragraph its bracketed
    # byline leads, wrapped; a site's city station (`长沙分站记者`); a paper before its app
    # (`扬子晚报/紫牛新闻记者`) is an outlet, not a correspondent.
    articles = _fixture_articles("page_datelines.txt")
    assert [(a.headline, a.kind, *_credits(a)) for a in articles] == [
        ("长圳社区邻里节搭建交流平台", "news", ["谢燕华"], ["范钰琳", "王云艳"], []),
        ("“高颜值”社区让居民收获幸福感", "news", ["陈辉"], [], []),
        ("点亮回家路温暖邻里心", "feature", ["周晓青"], ["王蕾"], []),
    ]
    assert articles[0].body.startswith("近日，玉塘街道")
    assert articles[1].body.startswith("“我在广州上班")


def test_sections_closed_by_their_own_credits():
    # A one-line headline under a dispatch that has its byline, over a body closed by a
    # role-less credit, is the next article's: the dispatch's byline came first. A line of
    # a unit and a name (`…居委会 高建`) closes an article and credits nobody. A picture's
    # credited caption between a headline and its dispatch is the dispatch's credit, and one
    # inside an article by one of its people (`实习生 苏晴` … `签约仪式。苏晴 摄`) its own.
    # Names glued to 摄 in brackets are photographers: `(陆文华 许丽 钱娜摄)`. Lines of
    # places' whole paths are a list in the text, not headlines; `◆孙文英` under a headline
    # is an author line that opens its article (and credits nobody). `(上接一版)` or
    # `上接01版` starts an article here; `(下转第二版)` ends one. An editor's label (`核心提示`)
    # stands where a headline would but is neither headline nor text. A short line between
    # the title and a byline crediting a picture is the picture's caption. Credits with no
    # role word (`文/孙敏 图/李强`) open the article under their headline, as an author's
    # name does (`冷 鹏`). Pictures' titles, each over its credit, are the picture story's.
    # (A caption with a comma may run to 32 characters.)
    # A byline of other people after an article signed at its top closes a brief from its
    # paragraph that opens like a news item (`近日，…`).
    articles = _fixture_articles("page_sections_and_credits.txt")
    assert [(a.headline, *_credits(a)) for a in articles] == [
        ("好邻居送菜上门", [], ["周立新"], []),
        ("一碗汤圆浓浓邻里情", [], [], []),
        ("老厂区变身新家园", ["刘晓"], ["孙宁"], []),  # `采访人员`: a reporter
        ("外省考察团来柳荫社区交流", [], [], []),
        ("专家来社区检查社区教育工作", [], [], []),
        ("桂园社区：老旧小区焕发新活力", ["陈默"], [], ["陈默"]),
        ("两个党支部结对共建", ["林海"], [], ["苏晴"]),
        ("", [], [], ["陆文华", "许丽", "钱娜"]),
        ("", [], [], ["周明"]),
        ("全市“示范社区”名单出炉", ["钱立"], [], []),
        ("一棵老槐树", [], [], []),
        ("市领导调研乡村建设", ["朱明"], [], []),
        ("满眼尽是风光惹人诗兴大发", [], [], []),
        ("带来生活“新面貌”", [], [], []),
        ("老街新貌系列报道之一青石板路上的烟火气", [], [], []),
        ("东湖社区：“七色花”模式为群众办实事", ["王立", "孙卓"], [], []),  # (a caption below)
        ("邻里夜话解烦恼", [], [], ["李强"]),  # `文/孙敏 图/李强`: no role word
        ("小巷换新颜", ["赵明"], [], []),
        ("办好民生小事点亮居民心事", [], [], []),
        ("", ["武立"], [], []),  # a dispatch with no headline after an unsigned article
        ("垃圾堆清了！", ["肖广明"], [], []),  # a short exclamation is a headline
        ("办好民生“烦心事”点亮居民“暖心事”", [], [], []),
        ("慰问送到家花香暖邻间", [], [], []),  # `冷 鹏`: its author, no role
        ("楼道长受表彰", [], [], []),  # (captions `…【进学街道供图】` are its text)
        ("春节“氛围组”已就位", ["谭丽", "高梅"], [], ["谭丽", "高梅"]),  # pictures' credits
        ("金城里这些小街巷你去过吗？", [], [], []),
        ("多级联动共商睦邻街区建设", ["杜明"], ["钟林"], []),
        ("", ["李娴"], ["杨欧"], []),  # a brief with no headline, closed by its own byline
        ("老街巷焕新颜", [], [], []),  # sections marked `A`, `B`: crossheads, not articles
        ("安置房小区变身记", ["佘振", "何格"], [], ["何格"]),  # a label before the byline
        ("高新区瓦屋社区党群服务中心揭牌", ["孙庆明"], ["韩若兰"], []),
        ("社区夜校开课了", ["王平"], [], []),
        ("党建引领聚合力共建共治谱新篇", [], [], []),  # a place's kicker: a new article
        ("“俺们社区有群热心人”", ["陈立"], [], []),  # `裕园社区>>` leads into it
        ("建新街：从马路市场变身“气质”老街", ["范华", "张华"], [], []),  # (captions below)
        ("帮助老人回家爱心传递真情", ["刘平"], [], []),  # (a caption that is a sentence)
        ("楼道亮了心也亮了", ["韩冰"], [], []),  # (a longer one, with a comma)
    ]
    assert articles[0].body.endswith("能帮一点是一点。")
    assert articles[1].body.startswith("2月5日上午") and "钱晓" not in articles[1].body
    assert articles[2].body.endswith("小区绿意正浓。")
    assert all("高建" not in a.body for a in articles)
    assert [a.kicker for a in articles if a.kicker] == ["《垃圾堵道居民堵心》后续",
                                                       "打通为民服务“最后一公里”",
                                                       "六甲街道盘龙社区：", "裕园社区>>",
                                                       "栽樱花、建游园、打造文化长廊……"]
    assert articles[6].body.endswith("共同培育先进支部。") and "苏晴 摄" not in articles[6].body
    assert [a.kind for a in articles[7:9]] == ["photo", "photo"]
    # a dated dispatch line dates a body that names no day: `东方网5月6日讯(…)今天上午，…`
    assert [a.date for a in articles] == [None, "02-05", "11-03", "09-08", "11-12", "07-28",
                                          "05-06", None, None, None, None, None, None, None,
                                          None, None, "08-11", None, None, None, "03-23",
                                          None, None, "01-18", None, None, "05-12", None, None,
                                          "04-22", "07-23", None, None, "04-05", "08-16",
                                          None, None]
    assert articles[9].body.endswith("“示范社区”名单\n东城区安平街道柳荫社区西湖区北山街道桃源社区")
    assert articles[10].body.startswith("小时候")
    assert articles[11].body.endswith("调研乡村建设。")
    assert articles[12].body.startswith("在桃源社区") and articles[13].body.startswith("就在同一天")
    assert articles[13].body.endswith("生日会。") and articles[14].body.startswith("老街不老")
    assert articles[16].body.startswith("8月11日") and articles[17].body.startswith("走进")
    assert articles[18].body.endswith("居民们纷纷点赞。") and articles[19].body.startswith("南城区")
    assert articles[21].subtitle == "朝阳路街道前进社区："  # a place leading into the text
    assert articles[22].body.startswith("春节临近") and "冷" not in articles[22].headline
    assert articles[23].body.endswith("桥梁纽带。")
    assert articles[24].kind == "photo" and articles[24].body.endswith("“文化下乡”送春联")
    assert articles[27].body.startswith("近日，老围社区")
    assert "\nA\n" not in articles[28].body and articles[28].body.endswith("纷纷点赞。")
    assert articles[29].body.startswith("空地") and articles[29].body.endswith("又回来了。")
    assert articles[5].body.startswith("桂园社区是一个") and articles[5].kind == "news"


def test_a_headline_set_across_columns_ends_an_article_signed_at_its_top():
    # A crosshead stands in its column; a one-line headline wider than the column is the
    # next article's, even after a feature whose byline is at its top only, or after an
    # unsigned one with crossheads of its own (`长椅是怎么来的`).
    articles = _fixture_articles("page_across_headline.txt")
    assert [(a.headline, *_credits(a)) for a in articles] == [
        ("枫林新村加梯工程开工", ["傅文静"], [], []),
        ("东宁区江苏路街道一个老小区四台电梯同日竣工", ["周立"], [], []),
        ("小院新事多", [], [], []),
        ("西岭区北关街道桃园社区：开展“邻里节”活动居民共享欢乐时光", [], [], []),
    ]
    assert articles[0].body.endswith("完工后老人们上下楼就方便多了。")
    assert "长椅是怎么来的" in articles[2].body and articles[2].body.endswith("点力。")


def test_evening_papers_heads_datelines_and_credits():
    # A caption's credit run into its sentence (`…焕然一新。王明摄`) names the photographer;
    # a dateline and its bracketed byline alone on a line open a dispatch; a group's outlets
    # in a row before 讯 too; `详见B03版` points elsewhere and is no kicker; a headline's
    # first line printed twice and ending in a comma runs on into the second; a top byline
    # wrapped onto a line that starts with a name credits that name too; `潍坊报道` is where
    # the story was filed, nobody's name; a question with a comma over a dispatch is its
    # headline.
    articles = _fixture_articles("page_evening_paper_heads.txt")
    assert [(a.headline, a.kind, *_credits(a)) for a in articles] == [
        ("老楼换新颜", "photo", [], [], ["王明"]),
        ("五十位居民报名当志愿者", "news", ["林晓"], [], []),
        ("城南社区：解决急难愁盼打造温馨家园", "news", [], [], []),
        ("道路宽了，路灯亮了，村民出行方便了", "feature", ["周敏"], [], []),
        ("", "feature", ["王建中", "李小红"], ["赵刚"], []),
        ("“我们就是居民的贴心人”", "feature", ["孙立"], ["刘丽"], []),
        ("社区门口排起长队，为啥？", "news", [], [], []),
    ]
    assert all(not a.kicker for a in articles)
    # the dateline's day, the first printed (`本报3月8日（…）` / `…自3月1日起…`)
    assert articles[1].body.startswith("“小区的事") and articles[1].date == "03-08"
    assert articles[2].body.endswith("拆除违建二十余处。")


def test_column_tags_nameless_credits_and_briefs():
    # `》》》上接01版` starts the rest of an article (`（上接一版②）` too, under the byline of
    # the headline it is printed under); `记者在现场`, a column's tag over a
    # title, ends the article above and credits nobody; so does `本报记者组`. A caption
    # between a headline and a dispatch whose byline credits a picture (`文/图`) is no
    # text; a picture's credit over a dispatch with its own byline adds the photographer;
    # `江城消息(记者 …)` opens a dispatch. `记者跑腿` inside a feature is a crosshead, no
    # reporter; `文图/记者 孟凡` credits 孟凡. An unbracketed byline may end `报道：`. Names
    # after the last sentence and a space (`…投入使用。 周平`) close a brief, crediting
    # nobody.
    articles = _fixture_articles("page_columns_tags_and_briefs.txt")
    assert [(a.headline, a.kind, *_credits(a)) for a in articles] == [
        ("老年食堂开到家门口", "feature", [], [], []),
        ("记者在现场小广场修好了居民乐开怀", "feature", [], [], []),
        ("楼道亮了心里暖了", "news", ["吴敏"], ["钱程"], []),
        ("爱心驿站焕新颜", "news", ["陈阳"], [], ["陈阳"]),
        ("背街小巷亮起来", "feature", ["孟凡"], ["程丽"], []),
        ("省领导来我市调研", "news", ["刘文", "张强"], [], []),
        ("新增5处充电桩", "feature", [], [], []),
        ("社区招聘网格员", "feature", [], [], []),
        ("让居民住得更舒心", "feature", ["高明"], ["刘芳"], []),  # its top byline over `上接`
    ]
    assert articles[0].body.startswith("“饭菜口味") and "上接" not in articles[0].body
    assert articles[8].body.startswith("加装电梯") and articles[8].subtitle.startswith("——")
    assert articles[1].body.endswith("纷纷称赞。") and "记者组" not in articles[1].body
    assert articles[2].body.startswith("连日来") and "声控灯" not in articles[2].body
    assert "记者跑腿" in articles[4].body and articles[4].body.endswith("路灯十二盏。")
    assert articles[5].body.startswith("4月9日")
    assert articles[6].body.endswith("下月投入使用。") and "周平" not in articles[6].body


def test_picture_items_and_briefs_labels():
    # A picture under its headline keeps it when an item with no headline follows, signed
    # at its end (its credit is no top byline the picture would be inset under);
    # `■ 摄影 记者 程远` credits 程远's picture; a picture's one-line headline after a
    # dispatch signed in its bracket is the picture's, no crosshead of the dispatch;
    # `简讯` labels a column of briefs and is no headline. An article signed at its top
    # keeps an end credit of others (`通讯员 林森 摄`); an end credit runs on over the lines
    # under it, a partner paper's (`东岭时报 王平`) crediting nobody.
    articles = _fixture_articles("page_picture_columns.txt")
    assert [(a.headline, a.kind, *_credits(a)) for a in articles] == [
        ("垃圾分类进楼院", "photo", ["孙悦"], [], ["孙悦"]),
        ("", "feature", ["程远"], ["方明"], ["程远"]),
        ("河西镇志愿服务队达百支", "news", [], ["马骏", "朱丽"], []),
        ("滨河大桥加快建设", "photo", [], ["马骏", "刘畅"], ["马骏", "刘畅"]),
        ("", "news", [], [], []),
        ("作家走进乡村采风", "feature", ["黄河"], ["林森"], ["林森"]),  # top and end credits
        ("", "news", ["黄河"], ["李青", "赵岚"], []),  # its credit runs on over two lines
    ]
    assert articles[2].body.endswith("新时代文明实践站30个。")
    assert all("简讯" not in a.body and "简讯" not in a.kicker for a in articles)


def test_a_photo_item_after_a_feature_takes_its_news_lead():
    # A picture's credit of other people after an article signed at its top closes a photo
    # item with no headline from the paragraph that opens like a news item about a place
    # (`近日，南湖区在桃花镇…`); a feature's last paragraph that names no place stays the
    # feature's, and so does the picture under it, its caption saying no when and sharing
    # the feature's words.
    articles = _fixture_articles("page_photo_item_after_feature.txt")
    assert [(a.headline, a.kind, *_credits(a)) for a in articles] == [
        ("老街坊的新日子", "feature", ["钱文涛", "孙丽"], [], []),
        ("", "photo", ["赵明远"], [], ["赵明远"]),
        ("菜园里的好时节", "feature", ["刘静", "吴昊"], [], ["吴昊"]),
    ]
    assert articles[0].body.endswith("只需交一半的钱。")
    assert articles[1].body.startswith("近日，南湖区在桃花镇")
    assert articles[2].body.endswith("菜园的大门随时敞开。\n孩子们在菜园里给西红柿浇水。")


def test_a_headline_after_more_than_a_features_lead_starts_an_article():
    # A feature sets its first crosshead after a lead of one or two paragraphs: a headline
    # over a blank line after three paragraphs (over 300 characters) of an article signed
    # at its top is the next article's, unsigned; crossheads after a short lead stay.
    articles = _fixture_articles("page_unsigned_after_feature.txt")
    assert [(a.headline, *_credits(a)) for a in articles] == [
        ("小巷里的“百家宴”", ["韩立新"], [], []),
        ("志愿者义剪进社区", [], [], []),
        ("老厂房变身文化园", ["周雅"], [], []),
    ]
    assert articles[0].body.endswith("巷子里一直热闹到天黑。")
    assert articles[1].body.startswith("写春联、剪窗花")
    assert "\n再造：老车间里开出书店\n" in articles[2].body


def test_pictures_captions_over_a_top_byline_are_no_text():
    # Captions between the headline and a byline crediting text and pictures (`X/文 Y/图`)
    # are the pictures', not the article's text nor its headline; a sidebar's longer
    # paragraphs over such a byline are its text (`【社区名片】` / `古井社区位于…`).
    articles = _fixture_articles("page_captions_over_byline.txt")
    assert [(a.headline, a.kicker, *_credits(a)) for a in articles] == [
        ("让老街留住烟火气", "", ["孙海涛", "陈晨"], [], ["陈晨"]),
        ("古井社区：老井边的邻里节", "", ["周明", "吴昊"], [], ["吴昊"]),
    ]
    assert articles[0].body.startswith("清晨六点")
    assert articles[1].body.startswith("古井社区位于城东区古井街道")


def test_a_credited_caption_under_a_headline_opens_its_article():
    # `…送上热汤` / `社区志愿者为…盛上热汤 王丽 摄` / text / `记者 孙强`: the picture is the
    # article's, its caption the text's first line, no photo item of its own; a photo item's
    # text opening like news (`近日，…。(张明 摄)`) and the next one stay items of their own.
    # Pictures' titles each over its credit after a story's intro and its credit are the
    # story's.
    articles = _fixture_articles("page_picture_under_headline.txt")
    assert [(a.kind, *_credits(a)) for a in articles] == [
        ("feature", ["孙强"], [], ["王丽"]),
        ("photo", [], [], ["张明"]),
        ("photo", [], [], ["赵平"]),
        ("photo", ["周峰", "吴涛"], [], ["吴涛", "周峰"]),  # a spread: intro, credits, pictures
    ]
    assert articles[0].headline.endswith("老街坊为环卫工人送上热汤")
    assert articles[3].body.endswith("②交警在十字路口疏导交通")
    assert articles[0].body.startswith("社区志愿者为坚守一线的环卫工人盛上热汤\n入冬以来")
    assert articles[1].headline == "暖冬"



@pytest.mark.parametrize("byline, both", [
    ("□本报记者 牛超/文 禹舸/图", True),  # text by one, pictures by another
    ("本报记者 王明 文/摄", True),  # both by one
    ("本报记者 王明 摄", False),  # a picture's credit alone
    ("本报记者 李文 摄", False),  # (the 文 of a name credits no text)
])
def test_a_byline_crediting_pictures_and_text(byline, both):
    assert _pictures_and_text(byline, parse_byline(byline)) == both


def test_nicknamed_bylines_text_and_picture_credits_and_turned_pages():
    # A paper's nickname before 记者 (`N海都记者 X/文 Y/图`) is a top byline, not the
    # headline; `X 通讯员 Y Z 文/摄` credits a story with its pictures, no photo item; a
    # caption saying it is a picture (`图为…。 记者X摄`) under an article that goes on on
    # another page (`(下转第三版)`, no headline) is its picture; a title with quoted words
    # and a comma exclaims over the dispatch under it, whose byline's 报道组 credits nobody.
    articles = _fixture_articles("page_nicknames_and_turned_pages.txt")
    assert [(a.headline, a.kind, *_credits(a)) for a in articles] == [
        ("老巷子装上了新路灯", "feature", ["林晓燕", "郑浩"], [], ["郑浩"]),
        ("旧楼道刷新了，居民笑开了", "feature", ["王建新"], ["赵丽", "孙浩"],
         ["王建新", "赵丽", "孙浩"]),
        ("让“口袋公园”走进家门口", "feature", ["钱一鸣", "计成林"], [], ["计成林"]),
        ("改“面子”、添“里子”，老院子焕新颜！", "news", ["楼晓"], [], []),
    ]
    assert articles[0].body.startswith("入冬以来")
    assert articles[2].body.endswith("周边居民纷纷点赞。\n图为青石社区居民在口袋公园里健身。")
    assert articles[3].body.startswith("3月5日")


def test_titles_after_unsigned_text_and_other_outlets_datelines():
    # A dispatch closed by its picture's credit goes on unsigned; a title as wide as the
    # column over a news lead after more than a lead's text starts the next article (it
    # had been a crosshead of the text above, its first line joined to the title); `X在线
    # …讯` and `…网…消息 (记者…)` open dispatches, the outlet's name in the byline credits
    # nobody; a city's name and a colon open a title, not a crosshead of the dispatch
    # above; a feature's last crosshead over one short paragraph stays its own; a
    # subtitle set off by a blank line or ending in a genre word (侧记) is no title.
    articles = _fixture_articles("page_titles_after_unsigned_text.txt")
    assert [(a.headline, a.subtitle, a.kind, *_credits(a)) for a in articles] == [
        ("老厂区里办起“邻里节”", "", "news", ["赵文涛"], [], ["周建国"]),
        ("义诊进小区健康送到家，江滨街道请来三甲医生", "", "feature", [], [], []),
        # (an outlet before a name and another role: its reporter, round 47; round 29's
        # gold had read it as crediting nobody)
        ("老旧小区加装电梯", "", "news", ["周敏"], ["吴磊"], []),
        ("", "", "news", ["陈晓"], ["林峰"], []),
        ("长沙：老街巷变身“网红打卡地”", "", "feature", [], [], []),
        ("小巷深处的幸福生活", "——望月湖街道老旧小区改造见闻", "feature", ["孙立"], [], []),
        ("一碗热饭暖了人心", "幸福里社区老年助餐点开办一周年侧记", "news", [], [], []),
    ]
    assert articles[0].body.startswith("5月8日下午")
    assert articles[0].body.endswith("让老厂区热闹起来。")
    assert articles[1].body.startswith("5月9日，江滨街道")
    assert articles[3].body.startswith("23日上午")
    assert articles[5].body.endswith("居民刘阿姨笑着说。")


def test_run_in_bylines_place_kickers_and_second_dispatches():
    # A byline run into its paragraph's first line and closed by 报道 is the article's (an
    # intern credits nobody); a community's whole path over a title ends a signed feature
    # (a new article's kicker, no crosshead); `又讯 (记者…)` opens a dispatch of its own; a
    # transliterated name keeps its dot (`阿依古丽·买买提`), not split by the surname table.
    articles = _fixture_articles("page_run_in_bylines_and_second_dispatches.txt")
    assert [(a.headline, a.kind, *_credits(a)) for a in articles] == [
        ("老街坊的“暖心食堂”开张了", "feature", ["周立新"], [], []),
        ("芜湖鸠江区湾里街道金湾社区旧衣物变“宝”社区美化见成效", "feature", [], ["王芳"], []),
        ("", "news", ["马文涛"], [], []),
        ("", "news", ["马文涛"], [], []),
        ("团结花开石榴红", "feature", ["陈晓雯"], ["阿依古丽·买买提", "努尔江·吐尔逊"], []),
    ]
    assert articles[0].body.startswith("3月6日，北关社区")
    assert articles[0].body.endswith("再也不用为做饭发愁了。")
    assert articles[1].body.startswith("今年以来")
    assert articles[3].body.startswith("3月9日，九龙湖社区又组织")


def test_short_dispatches_two_line_titles_and_sites_datelines():
    # A headline after three paragraphs of a dispatch (more than MAX_DISPATCH_LEAD_CHARS)
    # starts an unsigned article, no crosshead of the dispatch; a 【】 credit of a paper's
    # publisher and its app closes it (`【南城日报社·悦南城全媒体记者 孙晓梅 审核 周立】`); a
    # title printed twice on two lines (`水口巷水口巷` / `全线贯通全线贯通`) goes whole to the
    # article its end byline closes; `信息港讯·南城日报 记者李晓燕 为…` opens a dispatch.
    articles = _fixture_articles("page_short_dispatches_and_two_line_titles.txt")
    assert [(a.headline, a.subtitle, a.kind, *_credits(a)) for a in articles] == [
        ("老楼加装电梯居民出行不再难", "", "news", ["赵静"], ["李明远"], []),
        ("小巷里的“微菜园”居民集体“点赞”", "", "feature", ["孙晓梅"], [], []),
        ("春风小区换了新模样", "", "feature", ["钱晓东"], [], []),
        ("水口巷全线贯通", "", "feature", ["吴海涛"], [], []),
        ("", "", "news", ["李晓燕"], [], []),
    ]
    assert articles[0].body.endswith("住在6楼的王奶奶高兴地说。")
    assert articles[1].body.endswith("又拉近了邻里关系。")
    assert articles[2].body.endswith("安装路灯36盏。")
    assert articles[4].body.startswith("为丰富居民文化生活，近日")


def test_photo_reports_keep_their_titles_and_questions_under_a_column_name():
    # A photo item telling its news (a caption longer than an inset's, `记者 X 摄影报道`)
    # keeps the headline over it; the headless dispatch under it gets none. A question
    # under a column's name is the title (`街巷观察` / `1.5公里的老街，改成了啥样？`); a
    # county's media centre dates its dispatch (`南阳融媒6月9日讯 【记者：王雪 赵刚】`).
    photo, brief, visit = _fixture_articles("page_photo_reports_and_asked_titles.txt")
    assert (photo.headline, photo.kind, *_credits(photo)) == (
        "暴雨中的“全民清洁日”", "photo", ["周明远"], [], ["周明远"])
    assert (brief.headline, brief.kind, *_credits(brief)) == ("", "news", ["林晓峰"], [], [])
    assert visit.body.startswith("近日，市委书记到滑县调研")
    street, centre = _fixture_articles("page_wide_asked_titles.txt")
    assert (street.kicker, street.headline, street.kind) == (
        "街巷观察", "1.5公里的老街，改成了啥样？", "feature")
    assert street.body.startswith("位于城北的东门老街")
    assert (centre.headline, centre.kind, *_credits(centre)) == (
        "南湖社区：志愿者上门修家电", "news", ["王雪", "赵刚"], [], [])
    assert centre.body.startswith("近日，南湖社区")


def test_pictures_inside_a_dispatch_credited_to_its_bylines_name():
    # Two pictures between a dispatch's paragraphs, each credited to the man its bracket
    # named first (`南城网6月7日讯(王建国 记者 李明)`), one credit on a line of its own:
    # the dispatch's pictures, no photo items; its text goes on under them.
    (article,) = _fixture_articles("page_pictures_inside_a_dispatch.txt")
    assert (article.kind, *_credits(article)) == ("news", ["李明"], [], ["王建国"])
    assert article.body.endswith("服务时间5000多小时。")


def test_floated_titles_credits_and_captioned_credits():
    # A marked caption and its credit on one line under a dispatch's last paragraph,
    # taken by the reporter its bracket named: the dispatch's picture, no photo item of
    # the paragraph above. A reader's tip credited under an end byline (`线索提供 X`)
    # credits nobody and is no headline. A one-line title set off by blank lines under
    # the first paragraph of a dispatch with no headline over it: its title, moved there.
    pictured, canteen, stairs, media, estates = _fixture_articles(
        "page_floated_titles_and_captioned_credits.txt")
    assert (pictured.headline, *_credits(pictured)) == (
        "河畔社区开展垃圾分类宣传", ["韩立新"], [], ["韩立新"])
    assert pictured.body.endswith("分类垃圾袋和宣传手册。")
    assert (canteen.headline, *_credits(canteen)) == (
        "槐荫路社区老人食堂开张", ["吴青"], ["马跃"], [])
    assert (stairs.headline, stairs.kind, *_credits(stairs)) == (
        "文化路街道党员清理楼道杂物", "news", ["周敏"], ["孙亮"], [])
    assert "党员清理楼道杂物" not in stairs.body
    assert stairs.body.startswith("连日来，文化路街道") and stairs.body.endswith("居民纷纷点赞。")
    # (the title moved back, a headline further down starts the next article: an
    # unsigned feature after the dispatch's long lead)
    assert (media.headline, *_credits(media)) == (
        "多家媒体报道江城创文成果", ["宋佳"], ["胡伟"], [])
    assert media.body.endswith("烟火气息。")
    assert (estates.headline, estates.kind) == ("老旧小区的新生", "feature")


def test_headlines_set_a_paragraph_early_and_doubled_kickers():
    # A headline OCR set a paragraph early, over the last paragraph (and its byline) of
    # the dispatch above: the paragraph ends that dispatch, the headline titles the
    # dispatch right below, which has none of its own. Whether the paragraph stayed with
    # the dispatch as a last section (a short lead) or was split off (a long one). A bold
    # first phrase printed twice is read once.
    early, cleanup, yards, services, fire = _fixture_articles(
        "page_early_titles_and_doubled_kickers.txt")
    assert (early.headline, *_credits(early)) == ("桐柏路街道老楼院换新颜", ["李强"], ["赵宁"], [])
    assert early.body.endswith("让楼院环境保持整洁。")
    assert "节后环境整治" not in early.body
    assert (cleanup.headline, *_credits(cleanup)) == (
        "建设路街道开展节后环境整治", ["王芳"], ["陈凯"], [])
    assert yards.headline == "楼院大变样居民笑开颜"
    assert (services.headline, *_credits(services)) == (
        "嵩山路街道便民服务进楼院", ["孙悦"], ["何平"], [])
    assert services.body.endswith("一次这样的服务活动。")
    assert (fire.headline, *_credits(fire)) == (
        "淮河路街道沿街商铺消防安全检查开展“回头看”", ["郑华"], ["林涛"], [])


def test_an_asked_headline_at_the_pages_foot_and_an_interns_desk():
    # A question printed at the page's foot under an end byline, where OCR gathers
    # floating headlines, is a headline (here of the dispatch at the top), no text of the
    # article above it. `见习社区记者` (an intern on the community desk) is a reporter's
    # role: two prefixes before 记者 (round 42).
    top, barber = _fixture_articles("page_headlines_at_the_foot.txt")
    assert (top.headline, *_credits(top)) == (
        "南湖社区的老人送来了烤红薯，为啥？", ["谯继"], [], [])
    assert top.body.startswith("1月2日，南湖社区")
    assert (barber.headline, *_credits(barber)) == ("老街坊义务理发十余年", ["孙凯"], ["周琳"], [])
    assert barber.body.endswith("为老人们免费理发。")


def test_a_report_in_labelled_fields_and_a_byline_line_under_its_title():
    # Paragraphs opening with a label and a space (`问题位置 …`, `问题回放 …`, `现场调查 …`)
    # are one report's text, though a short field reads like a headline (round 43). A
    # `本报记者` line right under a title is its byline, no paper `…志愿者们本报`.
    yard, pool, volunteers = _fixture_articles("page_labelled_fields_and_title_bylines.txt")
    assert "二七区樱桃沟村:清走建筑垃圾路口亮起来" in yard.headline
    assert yard.body.startswith("问题位置 二七区樱桃沟街道樱桃沟村")
    assert _credits(yard) == (["孙明"], ["李静"], [])
    assert "中原区须水村:垃圾池满了没人管" in pool.headline
    assert pool.body.startswith("问题位置 中原区须水街道须水村")
    assert pool.body.endswith("再添几个垃圾桶。")
    assert _credits(pool) == (["赵一鸣"], [], [])
    assert (volunteers.headline, *_credits(volunteers)) == ("“拾荒”的志愿者们", ["周立"], [], [])


def test_cobranded_dispatches_and_a_caption_with_a_spaced_title():
    # `沧州日报/沧州网讯(记者…报道`: a paper and its site joined by a slash open a dispatch,
    # a place may follow (`廊坊网安次讯`). A caption's first line, as wide as the column,
    # goes on over a title with a space in its marks (`《运河人家 新华印象》`), no headline
    # (round 43).
    fair, volunteers, film, cleanup = _fixture_articles(
        "page_cobranded_dispatches_and_titled_captions.txt")
    assert (fair.kind, fair.headline, *_credits(fair)) == (
        "news", "沧北街道开展邻里节", ["周明"], [], [])
    assert (film.kind, film.headline, *_credits(film)) == ("photo", "", [], [], ["王立"])
    assert film.body.startswith("一部展示新华区城市变迁的纪录片")
    assert (cleanup.kind, *_credits(cleanup)) == ("news", [], ["孙悦"], [])
    assert volunteers.kind == "photo"


def test_a_short_page_wrapped_at_a_count_of_characters():
    # Three captions in thirteen lines, wrapped every 17 characters whatever their width
    # (`2019年,` is narrower than CJK): each line goes on into the next, none is a
    # headline, and the first date is the caption's own (round 44, 许昌日报).
    wheat, peppers, harvest = _fixture_articles("page_wrapped_by_count.txt")
    assert [a.headline for a in (wheat, peppers, harvest)] == ["", "", ""]
    assert wheat.body.startswith("5月12日,新密市曲梁镇大樊庄村村民在合作社大棚里")
    assert (harvest.kind, harvest.people("photographer")) == ("photo", ["赵红"])
    assert first_date(harvest.body) == "06-03"


def test_a_signed_dispatchs_last_paragraph_under_another_reporters_credit():
    # A dispatch signed in its bracket whose last paragraph opens like news and closes
    # with another reporter's credit: that paragraph is an item of its own (round 45,
    # 晋江经济报); a picture's credit there may be the dispatch's own.
    patrol, survey = _fixture_articles("page_signed_dispatch_then_brief.txt")
    assert (patrol.headline, *_credits(patrol)) == ("社区成立老年巡河队", ["林海"], ["陈静"], [])
    assert patrol.body.endswith("每周巡河两次。")
    assert _credits(survey) == (["吴玲"], [], [])
    assert survey.body.startswith("昨日下午,市人大常委会调研组")


@pytest.mark.parametrize(("line", "kind"), [
    ("王丽供图", "tag"),  # who supplied a picture, on a line of its own (round 45)
    ("区委宣传部 供图", "tag"),
    ("供图片的居民笑了", "head"),
])
def test_a_suppliers_line_is_no_headline(line, kind):
    assert block_kind(line) == kind


def test_a_lead_between_an_end_byline_and_the_title_floated_under_it():
    # One paragraph between an article's end byline and two headline lines is the lead
    # of the article those lines title, no tail of the one above (round 46, 郑州晚报).
    alleys, garden = _fixture_articles("page_lead_over_floated_title.txt")
    assert alleys.body.endswith("不乱堆杂物。")
    assert _credits(alleys) == (["王芳"], ["陈凯"], [])
    assert garden.body.startswith("“这片菜地以前全是垃圾")
    assert "樱桃沟村建起共享菜园" in garden.headline
    assert _credits(garden) == (["孙悦"], ["何平"], [])


def test_a_closing_field_ends_its_report_and_a_numbered_block():
    # `责任人:…` and the line the column broke off it close the report above its byline,
    # no headline of the next one (round 47, 洛阳日报); 洛阳's numbered blocks are
    # compounds (`太原路38号街坊`).
    from kg.places import resolve_places
    street, flood = _fixture_articles("page_closing_fields.txt")
    assert _credits(street) == (["王磊"], ["赵康"], [])
    assert street.body.rstrip().endswith("主任 李建国")
    assert "积水成河两个月" in flood.headline
    assert _credits(flood) == (["武明"], [], [])
    found = resolve_places("标题\n记者来到建设路38号街坊。", 3, "4103").mentions
    assert [(m.type, m.name) for m in found] == [("compound", "建设路38号街坊")]


@pytest.mark.parametrize("line", ["信阳消息 (记者 李亚云)为弘扬敬老爱幼的传统美德",
                                  "信阳消息(记者 郭晓雨)近日，"])
def test_a_citys_news_with_its_bracket_opens_a_dispatch(line):
    # `信阳消息 (记者 李亚云)…`: 消息 for 讯, a space before the bracket too (round 48)
    assert block_kind(line) == "start"


def test_a_marked_name_under_a_photo_item_ends_it():
    # `…恭贺新春佳节。` / `■ 吴建正`: a photo item's credit with no role word ends the
    # item, crediting nobody; the next item is no part of it (round 49, 聊城日报)
    lion, museum = _fixture_articles("page_marked_names_under_photo_items.txt")
    assert lion.body.endswith("恭贺新春佳节。")
    assert _credits(lion) == ([], [], [])
    assert museum.body.startswith("春节假期")
    assert _credits(museum) == (["张洁"], [], [])


def test_a_caption_and_credit_between_a_headline_and_its_top_byline():
    # `红彤彤的草莓甜了农家` / caption / `本报记者 王 静 摄` / `本报记者 王 静 实习生
    # 刘一凡` / body: a new article under that headline, not a crosshead, caption and
    # credit of the unsigned dispatch above; so under an ended article too (round 50,
    # 焦作日报). The caption is no part of its text.
    alleys, berries, station = _fixture_articles("page_caption_over_top_byline.txt")
    assert alleys.body.endswith("彻底解决常年积水问题。")
    assert _credits(alleys) == ([], [], [])
    assert berries.headline == "红彤彤的草莓甜了农家"
    assert berries.body.startswith("2月3日，记者在孟州市")
    assert _credits(berries) == (["王静"], [], ["王静"])
    assert berries.kind == "feature"
    assert station.headline == "小巷里的“爱心驿站”"
    assert _credits(station) == (["李阳"], ["赵丽"], ["李阳"])


def test_a_caption_between_a_headline_and_the_byline_over_its_dispatch():
    # `街头银杏叶黄 市民莫要攀折` / `秋色正浓好风景。` / `□全媒体记者 赵明 文/图` / `本报讯
    # 时下，…`: one article under that headline, the byline the dispatch's, the caption
    # no text; no section of the dispatch above, which no byline closed (round 52, 天中晚报).
    # Under an article a byline closed it was read so before (`巷口菊花开…`).
    cleanup, ginkgo, phones, flowers = _fixture_articles("page_caption_over_dispatch.txt")
    assert cleanup.body.endswith("居民纷纷点赞。")
    assert ginkgo.headline == "街头银杏叶黄市民莫要攀折"
    assert ginkgo.body.startswith("时下，正是银杏叶变黄的时节。")
    assert _credits(ginkgo) == (["赵明"], [], [])
    assert _credits(phones) == (["周红"], [], [])
    assert flowers.headline == "巷口菊花开邻里共赏秋"
    assert _credits(flowers) == (["孙丽"], [], [])


def test_an_item_set_apart_by_blank_lines_after_an_article_signed_at_its_top():
    # `…交通安全有序。` / three blank lines / `近日，…` / `随后，…` / `记者 刘芳 通讯员 张 伟
    # 摄`: a photo item of two paragraphs, no headline; its credit alone on a line, or at the
    # end of its last paragraph
    bridge, fire, clinic, teaching = _fixture_articles("page_items_set_apart.txt")
    assert bridge.body.endswith("保障施工路段交通安全有序。")
    assert _credits(bridge) == (["陈立"], [], [])
    assert fire.body.startswith("近日，市综合行政执法局东城中队")
    assert _credits(fire) == (["刘芳"], ["张伟"], ["刘芳", "张伟"])
    assert clinic.body.endswith("把服务送到居民家门口。")
    assert teaching.body.startswith("11月18日，市志愿者协会")
    assert _credits(teaching) == (["李明"], ["赵亮"], ["李明", "赵亮"])
