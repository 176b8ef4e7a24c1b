"""The entity stage on the sample pages: mentions on raw offsets, page context."""

from __future__ import annotations

from conftest import SAMPLES

from kg.enrich import enrich_articles
from kg.pages import read_page_text
from kg.pipeline import extract_text


def test_mentions_point_at_their_printed_characters(sample_articles):
    for page_id, articles in sample_articles.items():
        raw = read_page_text(SAMPLES / f"{page_id}.txt")
        for article in articles:
            for m in article.mentions:
                printed = "".join(raw[m.span[0]:m.span[1]].split())
                assert printed == "".join(m.text.split()), (m, printed)


def test_street_the_gazetteer_lacks_takes_the_district_of_a_one_district_page(sample_articles):
    # 解放路街道 (二七区) was merged away before the 2023 division tables; every other
    # article on page 000 is about 二七区.
    article = next(a for a in sample_articles["000_fae9c35db4d8e8d4"]
                   if "解放路街道" in a.headline)
    assert article.primary_district == "二七区"
    street = next(m for m in article.mentions if m.type == "street")
    assert street.name == "解放路街道" and street.code is None


def test_article_naming_no_place_keeps_no_district(sample_articles):
    photo = next(a for a in sample_articles["003_9ed230ac719b3763"]
                 if a.body.startswith("为进一步美化社区环境"))
    assert photo.primary_district is None and photo.districts == []


def test_no_place_spans_a_space_printed_in_the_headline():
    # `搬进新家过新年 社区邀…`: squeezed, the headline reads `…过新年社区…`
    text = "搬进新家过新年 社区邀新老居民许愿提建议\n\n本报讯 近日，海东社区邀请新老居民许愿。\n"
    article = extract_text("x.txt", text)[0]
    enrich_articles([article], None)
    assert article.headline == "搬进新家过新年社区邀新老居民许愿提建议"
    assert article.headline_breaks == (7,)
    assert article.names("community") == ["海东社区"]


def test_no_firm_spans_a_space_printed_in_the_headline_but_a_quote_may():
    # `暴雨毁渠 环卫送水进校救急` (probe round 74b): squeezed, `暴雨毁渠环卫` read as a firm
    text = ("暴雨毁渠 环卫送水进校救急\n\n本报讯 受日前暴雨强风袭击，军店镇自来水管道被冲毁，"
            "环卫洒水车送水进校。\n")
    article = extract_text("x.txt", text)[0]
    enrich_articles([article], None)
    assert article.headline_breaks == (4,)
    assert article.names("enterprise") == []
    text = ("“走进社区听民意 创文惠民增福祉”首场活动举行\n\n本报讯 近日，首场活动在东风"
            "社区举行。\n")
    article = extract_text("x.txt", text)[0]
    enrich_articles([article], None)
    assert article.names("initiative") == ["走进社区听民意创文惠民增福祉"]
