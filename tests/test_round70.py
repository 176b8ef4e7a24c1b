"""Text modelled on the probe pages, read again in the twenty-fifth session: a caption's
credit in a bracket right after its last word (`欢乐的舞蹈跳起来(本报记者文宇摄)`), and a
titled spread of such pictures over the story they illustrate."""

from kg.bylines import labelled_byline, trailing_byline
from kg.pipeline import extract_text

SPREAD = ("家门口的幸福,那么实在 那么安逸\n\n"
          "欢乐的舞蹈跳起来(本报记者文宇摄)\n\n"
          "南山公园桥头,孩子们愉快地做游戏(记者陈冬冬摄)\n\n"
          "马拉松爱好者环湖跑(本报记者任露潇摄)\n\n"
          "我们的生活棒棒哒!(记者王勇摄)\n\n"
          "一江之水,一方之人。绵阳,是一座来了就不想走的城市。绵阳的生活为什么那么安逸?\n\n"
          "市民的感受,往往接近幸福标准的定义,他们是参与者,是见证人,更是答题人。\n")


def _credits(text: str) -> list[tuple[str, str]]:
    found = trailing_byline(text)
    return [(b.role, b.name) for b in found[1]] if found else []


def test_a_credit_in_a_bracket_glued_to_the_caption():
    assert _credits("欢乐的舞蹈跳起来(本报记者文宇摄)") == [
        ("reporter", "文宇"), ("photographer", "文宇")]
    assert _credits("马拉松爱好者环湖跑（本报记者任露潇摄）") == [
        ("reporter", "任露潇"), ("photographer", "任露潇")]


def test_the_whole_bracket_is_read_not_its_last_names():
    # (it had read `文宇 摄` after the space: a photographer, no reporter)
    assert _credits("欢乐的舞蹈跳起来(本报记者 文宇 摄)") == [
        ("reporter", "文宇"), ("photographer", "文宇")]


def test_a_bracket_of_no_credit_is_none():
    assert trailing_byline("社区书记(张三)") is None
    assert trailing_byline("活动现场(下转第三版)") is None


def test_a_caption_is_no_outlets_label():
    assert labelled_byline("马拉松爱好者环湖跑(本报记者任露潇摄)") is None
    assert labelled_byline("新重庆-重庆日报原创 记者 佘振芳") is not None


def test_a_titled_spread_over_its_story_is_one_article():
    [item] = extract_text("p.txt", SPREAD)
    assert (item.headline, item.kind) == ("家门口的幸福,那么实在那么安逸", "feature")
    assert item.people("photographer") == ["文宇", "陈冬冬", "任露潇", "王勇"]
    assert item.people("reporter") == ["文宇", "陈冬冬", "任露潇", "王勇"]
    assert "一江之水,一方之人。" in item.body


def test_captions_run_together_over_a_signed_story():
    page = ("我家住在公园旁 推窗见绿闻花香\n\n"
            "城在园中,园在城里。 本报记者 周军 摄公园印象。苏辙公园。本报记者 周军 摄\n\n"
            "矗立在公园的“双创”小景。本报记者 周华 摄\n\n"
            "去公园赏百花、看夕阳、锻炼……春去秋来,我们在公园内触摸四季。这公园盛景的背后,"
            "离不开民生导向的坚持。\n\n"
            "据悉,眉山市各类公园总数已达到155个,人均公园绿地面积达13.87平方米。\n\n"
            "□本报记者 余毅\n")
    [item] = extract_text("p.txt", page)
    assert (item.headline, item.kind) == ("我家住在公园旁推窗见绿闻花香", "feature")
    assert item.people("reporter") == ["余毅", "周军", "周华"]
    assert item.people("photographer") == ["周军", "周华"]


def test_one_credit_of_two_names_is_no_spread():
    page = ("滨河大桥加快建设\n\n"
            "在河西镇,滨河大桥工程正在紧张建设,项目建成后将方便两岸群众出行。\n\n"
            "通讯员 马骏 刘畅 摄\n\n"
            "10月1日,融安县板榄镇古龙村的村民们欢聚一堂,载歌载舞,举行文化广场落成典礼活动。"
            "同日,当地群众还通过升国旗、文艺汇演等系列活动,庆祝中华人民共和国成立73周年。\n\n"
            "覃庆和 摄\n")
    items = extract_text("p.txt", page)
    assert [(a.headline, a.people("photographer")) for a in items] == [
        ("滨河大桥加快建设", ["马骏", "刘畅"]), ("", ["覃庆和"])]


def test_a_caption_between_the_top_byline_and_the_dispatch_is_no_article():
    page = ("两岸青年结对福州百个社区\n\n将开展常态化志愿服务\n\n记者 林铭 通讯员 赵帆\n\n"
            "青年志愿者在活动现场开展志愿服务。\n\n"
            "福州晚报讯 在第60个“学习雷锋日”到来之际,昨日,“两岸青年社区行”志愿服务活动"
            "在西湖公园晨曦广场举行。\n\n活动现场,福州市100个社区与在榕高校青年志愿服务队结对共建。\n")
    [item] = extract_text("p.txt", page)
    # (which of the two title lines is the main one is another question)
    assert {"两岸青年结对福州百个社区", "将开展常态化志愿服务"} <= {
        item.kicker, item.headline, item.subtitle}
    assert item.kind == "news"
    assert (item.people("reporter"), item.people("correspondent")) == (["林铭"], ["赵帆"])
    assert item.body.startswith("在第60个")


def test_a_top_signed_brief_over_an_unsigned_dispatch_keeps_its_text():
    # (a paragraph of more than one sentence is no caption)
    page = ("社区开展义诊\n\n记者 林铭\n\n昨日,社区开展义诊活动。居民纷纷前来咨询。\n\n"
            "本报讯 近日,街道举办消防演练,200余名居民参加。\n")
    items = extract_text("p.txt", page)
    assert [(a.headline, a.people("reporter")) for a in items] == [
        ("社区开展义诊", ["林铭"]), ("", [])]


def test_credit_lines_stacked_above_the_text_are_two():
    page = ("日报记者叶子摄\n日报记者姜立摄\n"
            "昨日的柳州,大街小巷喜气洋洋。母亲抱着孩子,孩子“骑”在大人的头上,手上的国旗映红了"
            "人们的笑脸。\n许多外地游客也从他们的笑脸上,读懂了柳州人民的幸福。\n")
    [item] = extract_text("p.txt", page)
    assert item.people("photographer") == ["叶子", "姜立"]
    assert item.body.startswith("昨日的柳州")


def test_village_rules_and_moved_back_residents_name_no_place():
    from kg.places import resolve_places
    text = "顺义村规民约“润”乡风。东丽区华明街道两个还迁小区安装了路灯。"
    result = resolve_places(text, 0, "110100")
    names = {m.name for m in result.mentions}
    assert "顺义村" not in names and "还迁小区" not in names
    assert "华明街道" in names


def test_a_theme_announced_is_an_initiative():
    from kg.initiatives import find_initiatives
    found = [c.text for c in find_initiatives("活动主题为“循迹再奋进 志愿践于行”。现场,志愿者…")]
    assert found == ["循迹再奋进 志愿践于行"]
