"""Text modelled on the fifty-seventh round's probe pages (湛江日报's web edition, 郑州日报):
a web edition's `作者:` byline, other media's credits, a picture right under an article's
top byline, a title on a long-line page over a caption, a kind of township that is no
township's name, a native place and an age that name no place."""

import pytest

from kg.bylines import parse_byline
from kg.layout import repair_layout
from kg.pipeline import extract_text
from kg.places import resolve_places


@pytest.mark.parametrize(("text", "people"), [
    ("作者:记者刘洋 实习生陈静 通讯员黄磊",
     [("reporter", "刘洋"), ("correspondent", "黄磊")]),
    ("作者：文/记者杨帆 通讯员周敏",
     [("reporter", "杨帆"), ("correspondent", "周敏")]),
    # the medium named before the role word credits nobody by itself
    ("文/记者杨帆 航拍/记者吴昊 视频/记者郑丽 配音/记者何平",
     [("reporter", "杨帆"), ("reporter", "吴昊"), ("reporter", "郑丽"), ("reporter", "何平")]),
])
def test_a_web_editions_author_label_and_other_media_credits(text, people):
    assert [(b.role, b.name) for b in parse_byline(text)] == people


@pytest.mark.parametrize("byline", ["作者:记者刘洋 通讯员黄磊", "记者 刘洋 通讯员 黄磊"])
def test_a_picture_right_under_the_top_byline_is_the_articles_own(byline):
    page = (f"暖冬行动温暖旅客\n\n{byline}\n\n"
            "1月20日,志愿者在火车站为旅客提供咨询服务。记者 陈静 摄\n\n"
            "1月20日上午,团市委在火车站举行志愿者服务春运“暖冬行动”启动仪式。\n\n"
            "据悉,该活动将在全市范围内的火车站、机场、港口码头等场所开展志愿服务。\n")
    [article] = extract_text("page.txt", page)
    assert article.headline == "暖冬行动温暖旅客"
    assert [(b.role, b.name) for b in article.bylines] == [
        ("reporter", "刘洋"), ("correspondent", "黄磊"),
        ("reporter", "陈静"), ("photographer", "陈静")]
    assert article.body.endswith("开展志愿服务。")


@pytest.mark.parametrize("text", [
    "在社区街道上,身穿红马甲的志愿者们成为最亮眼的风景线。",
    "城区街道两旁的树木挂起了红灯笼。",
])
def test_a_kind_of_township_in_the_gazetteer_names_no_street(text):
    found = resolve_places(f"标题\n{text}", 3, None)
    assert [m.name for m in found.mentions if m.type == "street"] == []


def test_a_township_named_without_a_unit_is_still_found_by_its_name():
    found = resolve_places("标题\n贾鲁河贯穿新密市伏羲山风景区辖区内。", 3, "4101")
    assert [(m.name, m.code) for m in found.mentions if m.type == "street"] == [
        ("伏羲山风景区", "410183401")]


def test_a_title_with_phrases_set_apart_on_a_long_line_page_runs_into_no_caption():
    page = ("这片海滩滋养着世世代代的海岛人,他们在这片海滩涂里解决了温饱,也收获了财富,"
            "过上了好日子。\n\n"
            "幸福社区:台风过后,“红马甲” 点亮家园修复路\n\n"
            "社区志愿者与物业工作人员、市民合力拉直倒树。\n\n"
            "10月6日,受台风侵袭后的幸福社区,街头树木倒伏、残枝遍地,志愿者们迅速行动起来,"
            "合力搬运倒伏树干,清理路面。\n")
    blocks = _blocks(page)
    assert "幸福社区:台风过后,“红马甲” 点亮家园修复路" in blocks
    assert "社区志愿者与物业工作人员、市民合力拉直倒树。" in blocks


def _blocks(raw: str) -> list[str]:
    page = repair_layout("page.txt", raw)
    return [page.text[b.start:b.end] for b in page.blocks]


@pytest.mark.parametrize(("text", "found"), [
    # 籍 "native of" ends a name on its left: no town named 籍城 (城镇 is "towns")
    ("为年满60周岁的新郑籍城镇居民发放奖励扶助金。", []),
    # an age before a generic stem names no compound; a name starting so stays one
    ("今年将改造老、旧住宅小区10个。", []),
    ("家住新华小区的王大爷。", [("compound", "新华小区")]),
])
def test_no_street_or_compound_from_a_native_place_or_an_age(text, found):
    mentions = resolve_places(f"标题\n{text}", 3, "4101").mentions
    assert [(m.type, m.name) for m in mentions if m.type in ("street", "compound")] == found
