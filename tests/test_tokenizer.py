"""kg/tokenizer.py: the one private jieba tagger every extraction step shares."""

import doctest

import jieba

import kg.organizations
import kg.tokenizer
from kg.tokenizer import dictionary_frequency, pos_tokenizer


def test_doctests():
    assert doctest.testmod(kg.tokenizer).failed == 0
    assert doctest.testmod(kg.organizations).failed == 0


def test_prefecture_short_name_is_a_place_not_a_verb():
    # 遵义 is a verb in jieba's dictionary; before 日报社 it names the city.
    tags = dict(pos_tokenizer().lcut("由遵义日报社主办", HMM=False))
    assert tags["遵义"] == "ns"


def test_extra_place_words_are_one_token_and_global_jieba_untouched():
    words = [w for w, _ in pos_tokenizer().lcut("郑州航空港区建设", HMM=False)]
    assert "航空港区" in words
    assert "航空港区" not in jieba.lcut("郑州航空港区建设", HMM=False)


def test_dictionary_frequency_orders_everyday_words_above_names():
    assert dictionary_frequency("物业") == 239
    assert dictionary_frequency("绿意") == 63
    assert dictionary_frequency("乔贺李博文") == 0
