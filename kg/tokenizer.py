"""jieba, as every extraction step uses it: one private POS tokenizer and its dictionary.

The tagger knows our extra place words and reads a prefecture's short name as a place,
so `由遵义日报社主办` is not cut at a verb `遵义`. It is built on first use: a step that
never needs it (most byline lines) never loads jieba's dictionary.

>>> [(w, f) for w, f in pos_tokenizer().lcut("大连日报社", HMM=False)][0]
('大连', 'ns')
>>> dictionary_frequency("物业") > dictionary_frequency("绿意")
True
"""

from __future__ import annotations

import logging
from functools import lru_cache

from kg import entity_rules as R
from kg.gazetteer import load_gazetteer

__all__ = ["PROPER_POS", "dictionary_frequency", "pos_tokenizer"]

# jieba's tags of proper words: places, people, other proper nouns, organizations,
# abbreviations (`j`: 郑大), Latin words.
PROPER_POS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng"})


@lru_cache(maxsize=1)
def pos_tokenizer():
    """Our private jieba POS tokenizer (the global one is left alone), built on first use."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    for word in R.EXTRA_PLACE_WORDS:
        tokenizer.add_word(word, freq=1000, tag="ns")
    tagger = jieba.posseg.POSTokenizer(tokenizer)
    # A prefecture's short name is a place where the dictionary tags it a verb, an
    # adverb or an adjective: `由遵义日报社主办` (遵义/v), `大连日报社` (大连/d). Its tag
    # only: the dictionary's frequencies, and so the cuts, stay as they are.
    for stem in load_gazetteer().prefecture_stems:
        if tokenizer.FREQ.get(stem) and tagger.word_tag_tab.get(stem) not in PROPER_POS:
            tokenizer.user_word_tag_tab[stem] = "ns"
    return tagger


def dictionary_frequency(word: str) -> int:
    """The word's frequency in jieba's dictionary (0 when absent): everyday words are
    frequent (`物业` 239), names rare (`绿意` 63)."""
    tok = pos_tokenizer().tokenizer
    tok.check_initialized()
    return tok.FREQ.get(word, 0)
