"""Layout repair on real OCR text: column wraps, cut paragraphs, doubled headlines."""

from __future__ import annotations

from conftest import FIXTURES

from kg.layout import dedouble, is_doubled_line, repair_layout


def _page(name: str):
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    return repair_layout(name, raw)


def test_column_wrap_is_joined_mid_word():
    page = _page("page_column_wrap.txt")
    assert "德化街街道红色商圈党建联盟服务保障" in page.text
    assert "“三项工程、一项管理”第一期活动正式启幕" in page.text


def test_paragraph_cut_by_blank_line_is_joined():
    page = _page("page_column_wrap.txt")
    assert "劝阻突出店外经营等活动" in page.text
    assert "动员社区居民积极参与" in page.text


def test_bylines_stay_on_their_own_lines():
    page = _page("page_column_wrap.txt")
    lines = page.text.split("\n")
    assert "记者 张改华" in lines
    assert "通讯员 靳捷 赵孟秋 文/图" in lines


def test_doubled_headlines_are_undoubled():
    page = _page("page_floating_headlines.txt")
    lines = page.text.split("\n")
    assert "红色引擎下 这个商圈党建联盟服务走心了" in lines
    assert "德化街街道红色商圈党建联盟服务保障“三项工程、一项管理”活动启幕" in lines


def test_headline_lines_are_not_glued_to_each_other_or_to_bodies():
    page = _page("page_floating_headlines.txt")
    lines = page.text.split("\n")
    assert "二七区筑牢城市防汛安全防线" in lines
    assert "联合执法破解河医周边拥堵难题" in lines
    assert "一手抓岗位开发 一手抓困难帮扶" in lines
    assert "二七区稳就业保就业出实招" in lines


def test_every_character_maps_back_to_its_raw_character():
    for name in ("page_column_wrap.txt", "page_floating_headlines.txt"):
        page = _page(name)
        for i, ch in enumerate(page.text):
            if ch != "\n":
                assert page.raw[page.offsets[i]] == ch


def test_dedouble_keeps_one_copy_of_each_run():
    line = "““三项工程三项工程、、一项管理一项管理””"
    keep = dedouble(line)
    assert "".join(line[i] for i in keep) == "“三项工程、一项管理”"


def test_ordinary_text_is_not_undoubled():
    assert dedouble("天天向上好好学习") is None
    assert dedouble("二七区稳就业保就业出实招") is None
    assert dedouble("谢谢") is None


def test_epaper_debris_lines_are_dropped_but_body_text_naming_them_stays():
    raw = ("社区·民生\n第07版:县区新闻 上一版 下一版\n第AA05版：县区\nPDF版阅读\n\n"
           "本报讯 市民可登录网站下载PDF版申请表，也可到社区服务中心现场领取纸质表格。\n\n"
           "上一篇 下一篇\n")
    page = repair_layout("debris.txt", raw)
    assert page.text == "本报讯 市民可登录网站下载PDF版申请表，也可到社区服务中心现场领取纸质表格。"


def test_doubled_line_is_not_continued_by_the_next_paragraph():
    raw = ("本报讯 记者 张改华\n今天天气很好。大家都说，我们一起去锦程宾今天天气很好。"
           "大家都说，我们一起去锦程宾\n馆办理业务，也很方便。很好的地方啊")
    page = repair_layout("doubled.txt", raw)
    assert page.text.split("\n")[1:] == ["今天天气很好。大家都说，我们一起去锦程宾",
                                         "馆办理业务，也很方便。很好的地方啊"]


def test_is_doubled_line_finds_the_raw_line_at_any_line_break():
    raw = "本报讯\u2028春风行动春风行动\x1c德化街"
    assert is_doubled_line(raw, raw.index("风"))
    assert not is_doubled_line(raw, raw.index("报"))
    assert not is_doubled_line(raw, raw.index("化"))


def test_letter_spaced_lines_are_running_text():
    # OCR of justified type spaces single characters out (`这 个 时节`): no phrases set
    # apart as in a headline, so the column's lines join into one paragraph.
    page = _page("page_letter_spaced.txt")
    last = page.text.split("\n")[-1]
    assert last.startswith("这 个 时节") and last.endswith("新春的脚步越来越近了。")


def test_a_headline_wider_than_the_column_is_no_paragraph_of_it():
    # A title set across columns, with a comma in it and no full stop at its end, is not
    # the first half of the paragraph under it.
    lines = _page("page_wide_headline.txt").text.split("\n")
    assert "城东街道河东路社区：“小小”网格，织密“大大”邻里守望情" in lines
    assert lines[-1].startswith("社区还建立了") and lines[-1].endswith("不断提升。")


def test_a_byline_the_column_broke_is_joined():
    # A caption's credit, a role word (`通讯` / `员`), a name (`韩` / `明轩`) or a paper
    # (`东方网` / `记者`) broken by a narrow column; two credit lines stay two.
    lines = _page("page_narrow_column_credits.txt").text.split("\n")
    assert "志愿者为居民理发。本报记者王振华 摄" in lines
    assert "本报记者 宋晓光 通讯员 韩梦瑶 文图" in lines
    assert "记者 孙立华 通讯员 韩明轩 文/图" in lines
    assert "晚饭后的文化广场上，舞曲悠扬，居民们跳起了广场舞。东方网记者 杨帆摄" in lines
    assert "城东夜市近日重新划定摊位，摊主们按线经营，通道宽敞了，游客逛得更舒心。" \
           "西江日报全媒体记者蒋立平 摄" in lines
    assert lines[-2:] == ["记者 周建国", "通讯员 冯小雨 文/图"]


def test_a_byline_broken_in_its_fourth_name_is_joined():
    # `□晚报记者 赵立新 孙丽娟 陈建明 吴` / `海涛 实习生 林晓燕 文/图`: the role word far
    # from the break, three names after it.
    text = ("社区大树倒下未及时清理\n\n□晚报记者 赵立新 孙丽娟 陈建明 吴\n"
            "海涛 实习生 林晓燕 文/图\n\n茂盛的榕树下本是纳凉的好地方，但却被垃圾挤占着。\n")
    lines = repair_layout("fourth_name.txt", text).text.split("\n")
    assert "□晚报记者 赵立新 孙丽娟 陈建明 吴海涛 实习生 林晓燕 文/图" in lines


def test_a_credit_broken_after_its_first_half_is_joined():
    # `…晚报记者 李明 文/` / `图`: the credit's last character alone on the next line
    text = ("社区志愿者写春联送祝福，营造了温馨和谐的新春氛围。\n王芳 晚报记者 李明 文/\n图\n\n"
            "新春走基层\n")
    lines = repair_layout("credit_half.txt", text).text.split("\n")
    assert lines[1:] == ["王芳 晚报记者 李明 文/图", "新春走基层"]


def test_a_gap_inside_quotes_is_no_headline_phrase():
    # `清风社区开展“绿水 青山”主` / `题活动，…`: a quoted name's space, not a headline's.
    lines = _page("page_narrow_column_credits.txt").text.split("\n")
    assert "清风社区开展“绿水 青山”主题活动，组织三十多名居民沿着河道两岸捡拾垃圾、清理杂草，" \
           "还向过往的市民发放了保护河道的倡议书。" in lines


def test_wide_columns_are_columns():
    # Lines of 30 characters are a column too: a paragraph's short last line and one cut
    # by a blank line join it (a page of one paragraph per line would keep them apart).
    lines = _page("page_wide_columns.txt").text.split("\n")
    assert lines[1].endswith("居民在社区议事会上多次提出改造建议。")
    assert lines[2].endswith("并种植了银杏、海棠等二十余种树木。")
    assert lines[3].endswith("家住附近的居民张阿姨说。")
    assert len(lines) == 6


def test_a_paragraph_cut_after_a_quoted_term_or_before_its_last_words_is_joined():
    # `…重点服` / `务辖区内独居的“空巢老人”` / blank / `群体，…`: a quoted term ends no
    # sentence; `…出席了本` / blank / `次活动。`: a sentence's rest may be short; but a
    # marked caption starts its own paragraph (`…家门口的学习“充电站”` / blank / `▲…。`).
    lines = _page("page_cut_paragraphs.txt").text.split("\n")
    assert len(lines) == 4
    assert "独居的“空巢老人”群体，首期" in lines[1]
    assert lines[1].endswith("出席了本次活动。")
    assert lines[2].endswith("办成老人们家门口的学习“充电站”")
    assert lines[3] == "▲老人们在课堂上学习使用手机。"


def test_a_dispatch_line_wider_than_the_lines_about_it_runs_on():
    # `本报西宁3月8日电 …城西区古` / `城台社区…`: headlines and short last lines around a
    # dispatch make the column look narrow; the dispatch's line is text all the same.
    lines = _page("page_dispatch_among_short_lines.txt").text.split("\n")
    assert lines[-2].startswith("本报西宁3月8日电 记者孔令斌报道：青海省西宁市城西区古城台社区今天")
    assert lines[-2].endswith("视频通话。")


def test_a_doubled_first_phrase_is_read_once():
    # the bold kicker's run printed twice, the title once; short repeats are text
    from kg.layout import dedouble
    line = "社区大变样社区大变样 居民更舒心"
    assert "".join(line[i] for i in dedouble(line)) == "社区大变样 居民更舒心"
    assert dedouble("谢谢谢谢 大家") is None
    assert dedouble("一天一天 过去了") is None
