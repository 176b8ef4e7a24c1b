"""Text modelled on the fifty-eighth round's probe pages (宝鸡日报): a news item's text
opening like news again under a headline after two paragraphs is the next article; and a
credit line right above an unsigned dispatch is its byline."""

import pytest

from kg.pipeline import extract_text

DISPATCH = ("城市牛皮癣待整治\n\n"
            "本报讯 8月30日上午,记者在市区一处农贸市场对面的马路边看到,此处有一块不锈钢"
            "广告牌,上面贴满了各种小广告,有开锁的、疏通下水道的、招聘的,层层叠叠,"
            "有的已经褪色破损,在风中哗哗作响,十分影响市容。附近的居民说,这些小广告"
            "清了又贴,贴了又清,已经持续了很长时间。\n\n"
            "记者沿途发现,在一些居民楼里,管道疏通、桶装水、家电维修的小广告占据了居民楼"
            "的墙面、地面,甚至住户的防盗门上都贴满了开锁的小广告,不仅与整洁的环境格格不入,"
            "也让居民感到很不安全。\n\n")


@pytest.mark.parametrize(("opening", "titles"), [
    # news again under the title: the next article, unsigned
    ("近日,走进某县某镇的山楂示范基地,只见一串串红彤彤的山楂挂满枝头,工人们忙着采摘、"
     "装筐、运输。", ["城市牛皮癣待整治", "山楂红了村民笑了"]),
    # anything else after so short a lead: the item's crosshead
    ("走进某县某镇的山楂示范基地,只见一串串红彤彤的山楂挂满枝头,工人们忙着采摘、"
     "装筐、运输。", ["城市牛皮癣待整治"]),
])
def test_a_title_over_news_again_after_a_two_paragraph_dispatch(opening, titles):
    page = (DISPATCH + "山楂红了村民笑了\n\n" + opening + "\n\n"
            "该基地种植山楂1000亩,有甜红子、大五棱、大金星等品种,是全市山楂种植面积"
            "最大的基地,今年预计产量可达200万斤,带动周边群众增收。\n")
    assert [a.headline for a in extract_text("page.txt", page)] == titles


def test_a_credit_line_between_a_signed_article_and_an_unsigned_dispatch_is_the_dispatchs():
    # (modelled on round 42's 萧山日报 page: the article above was signed at its top)
    page = ("管道畅通解民忧\n\n"
            "本报讯(记者 朱明 通讯员 俞方)“我们楼下的污水井这两天堵了。”近日,城厢街道"
            "某社区在走访中收到居民反映,工作人员当天就联系疏通。\n\n"
            "下一步,该社区将继续倾听群众呼声,积极回应群众需求。\n\n"
            "■通讯员 黄坚陈佳\n\n"
            "本报讯 由区委宣传部、区融媒体中心联合举办的大型集中采访活动日前走进义桥镇,"
            "20家媒体的记者走进净水公园。\n")
    articles = extract_text("page.txt", page)
    assert [(a.headline, [(b.role, b.name) for b in a.bylines]) for a in articles] == [
        ("管道畅通解民忧", [("reporter", "朱明"), ("correspondent", "俞方")]),
        ("", [("correspondent", "黄坚"), ("correspondent", "陈佳")]),
    ]
