"""Rule tables for place extraction (kg/places.py): unit words, boundaries, generic stems.

Each entry carries a real example of what it catches. Thresholds were calibrated together
on the five sample pages (scripts: score.py --details), not on any single name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = [
    "AGE_CHARS",
    "BAD_AFTER_DISTRICT",
    "COUNTED_DISTRICT_FIRSTS",
    "COUNT_WORD_CHARS",
    "VERB_BEFORE_DISTRICT_FIRST",
    "BAD_AFTER_UNIT",
    "CJK",
    "COMMUNITY_KIND_WORDS",
    "COMMUNITY_UNITS",
    "COMPOUND_UNITS",
    "ESTATE_CUE_AFTER_RE",
    "ESTATE_CUES_BEFORE",
    "ESTATE_UNIT_RE",
    "GENERIC_STEMS",
    "KIND_MODIFIERS",
    "GENERIC_STEM_PARTS",
    "MAX_STEM",
    "PLACE_KIND_WORDS",
    "PRIMARY_LEAD",
    "PRIMARY_WEIGHTS",
    "ZONE_TOWNSHIPS",
    "STOP_CHARS",
    "STOP_WORDS",
    "TOWNSHIP_UNIT_RE",
    "BAD_STEM_ENDINGS",
    "NAME_CONTINUATIONS",
    "NAME_END_STOP_CHARS",
    "NEW_AREA_ESTATE_AFTER",
    "NEW_AREA_RE",
    "NUMBERED_COMMUNITY_RE",
    "NUMBERED_COMPOUND_RE",
    "NUMBERED_COMPOUND_UNITS",
    "PAPER_NAME_RE",
    "COUNT_BEFORE_CHARS",
    "REDUPLICATED_UNIT_RE",
    "ROAD_END_CHARS",
    "VILLAGE_IDIOM_RE",
    "VILLAGE_TOWN_WORDS",
    "VILLAGE_ROUND_RE",
    "GENERIC_HEAD_CHARS",
    "UNNAMED_COMPOUND_RE",
    "COUNT_CLASSIFIERS",
    "GENERIC_CODED_NAMES",
    "GENERIC_DISTRICT_NAMES",
    "HOUSING_WORDS",
    "NUMERALS",
    "ORDINAL_COMMUNITY_RE",
    "GLUED_LEAD_CHARS",
    "GENERIC_NEW_AREA_STEMS",
    "GENERIC_TOWNSHIP_NAMES",
    "HARD_STOP_CHARS",
    "INVITATION_FRAMES",
    "LEVEL_CHARS",
    "NAME_INNER_STOP_CHARS",
    "STOP_CHAR_NAME_WORDS",
    "LIST_COUNT_RE",
    "LIST_ETC_RE",
    "NUMBER_UNITS",
    "PRONOUN_CHARS",
    "VERB_ENDINGS",
    "function_words",
    "one_character_verbs",
    "RESULT_CHARS",
    "numeral_words",
]

# Characters a place name is made of: the CJK block plus 〇 (U+3007), the zero of
# numbered names such as 二〇五所社区 (a stem scanned without it is cut to 五所社区).
CJK = "\u3007\u4e00-\u9fff"

# Township units as printed, longest first: 林山寨街道办事处, 前程办事处, 德化街街道,
# 峡窝镇, 圃田乡, 苏力德苏木 (Inner Mongolia's 苏木), and 街办 or 街办处, short forms of
# 街道办事处 (电子城街办, 光明西道街办处).
# A 乡 directly followed by 村 is 乡村 (countryside), and by 镇 is 乡镇 (townships: 高山乡镇
# is not a 高山乡), unless the 镇 starts a village-level name (登封市高村乡镇西街社区); by
# 亲 it is 乡亲 (fellow townsfolk: `为海南乡亲营造…`), unless 亲子 follows (a township's
# parent-and-child event).
# 街办 followed by 事/理/了... is a road and the verb 办 (人民街办理, 在人民街办了一场).
TOWNSHIP_UNIT_RE = re.compile(
    r"街道办事处|街道办(?!事)|街办处|街办(?![事理公学证案了过起成好])|办事处|街道|镇|苏木|"
    rf"乡(?!村|亲(?!子)|镇(?!(?!村)[{CJK}]{{1,3}}(?:社区|村)))"
)

# Village-level units as printed: 王庄村民委员会 / 王庄村委会 / 王庄村, 春晖社区居委会, and
# Inner Mongolia's 嘎查 (察尔森化嘎查; 2,400 of the gazetteer's names end so).
COMMUNITY_UNITS = ("社区居民委员会", "社区居委会", "社区", "嘎查", "村民委员会", "村委会", "村")

# Words for a kind of community ending a longer stem, not counted in its length:
# 兴达国贸楼宇社区 (a community of office towers, stem 兴达国贸 + 楼宇).
COMMUNITY_KIND_WORDS = ("楼宇",)

# A stem of a few digits is a numbered community's name when a street stands right
# before it: 荷塘区茨菇塘街道601社区 (alone, `35号院`-like numbers are no names).
# An ordinal in words numbers one too: 东丽区华明街道第一社区 (第一 alone is a function word).
NUMBERED_COMMUNITY_RE = re.compile("[0-9]{2,4}|第[一二三四五六七八九十]{1,3}")

# ... and printed alone, at a clean left edge, as 克拉玛依 numbers its communities:
# `3月12日，第十七社区党委书记` (第十七社区).
ORDINAL_COMMUNITY_RE = re.compile("第[一二三四五六七八九十]{1,3}")

# Numerals that may start a name: 两站社区 (蚌埠), 三里屯; jieba reads 两站 as a count
# ("two stops"), so a stem of a numeral and one more character is a name unless that
# character counts things (COUNT_CLASSIFIERS): 两个社区, 两家小区, 三所村 are counts, and
# 四层社区文化活动中心 a four-storey building.
NUMERALS = "一二两三四五六七八九十"
COUNT_CLASSIFIERS = set("个家座所处片类种级批支栋幢期轮次届年月日天周号名户人位条项线流层"
                        "成组队方面端头边侧大小新委代辆回遍趟场度倍半百千万亿元起")

# Coded village-level names that are also a common phrase, accepted only right after a
# place of the article: `街道社区暖心服务` ("street and community"; a 罗山县 community is
# named 街道社区).
GENERIC_CODED_NAMES = {"街道社区"}

# Words for a housing compound ending in 院 that a numbered 号院 follows, the unit's name
# before them: 公安局家属院106号院 (not 院106号院).
HOUSING_WORDS = ("家属院", "大院")

# Verbs and prepositions that may be glued before a place printed elsewhere in the
# article by its name alone (see places._glued_forms): 自河东路社区网格建立以来, 以王马社区
# 为例, 刚刚加入老围社区, 住遥祥寺巷小区6幢 (names starting so are rare: 自强路社区, and
# then no shorter place of that name is printed beside them).
GLUED_LEAD_CHARS = set("自以入住回离去")

# A numeral, a unit word and the unit again is a quantifier, "one village after another":
# 一村村各美其美，一章章各有特点 (no village named 一村).
REDUPLICATED_UNIT_RE = re.compile("一(.)\\1")
# Going round the villages, no village: 携带清理工具走村入户, 进村入户, 走村串户 (工具走村 is
# no name); roads that reach them: 街道和通村通组道路, 通村公路 (no village 和通村).
VILLAGE_ROUND_RE = re.compile("[走进驻包下]村(?:入户|串户|到户|进户)|通村(?:通组|公路|道路)")

# Four-character idioms of 村 and 村 are the village's look or affairs, no village:
# 村容村貌, 村务村情, 村风村貌, 村情村史, 村前村后 (a stem 村 + one character read as 村容村,
# also after a verb: 整治村容村貌; the 109 coded villages named 村X村, 村头村, 村西村, are
# found in the gazetteer).
VILLAGE_IDIOM_RE = re.compile("村.")

# A generic word and one of these characters before 村 describes the village, no name:
# 在美丽山村的夜幕下 (a mountain village; 青山村, 小山村 are names).
GENERIC_HEAD_CHARS = ("山",)

# A road and 一 before 小区 is "a compound on that road", no name: 在沙依巴克区西山平川路
# 一小区 (while 二小区, 三小区 number the compounds of an estate); so is 一 or 某 and a
# kind of housing as the whole name: `东迁街道)一住宅小区在建工地`, `某小区`.
UNNAMED_COMPOUND_RE = re.compile("(?:路|街|大道)一$|^(?:某|[一某](?:住宅|居民|老旧|商品房))$")

# Residential compounds: 翠湖花园小区, 锦绣花园, 青年小区, 建设街12号院; 洛阳 and 包头
# number their old blocks: 太原路38号街坊.
COMPOUND_UNITS = ("花园小区", "小区", "花园", "号院", "号街坊")
NUMBERED_COMPOUND_UNITS = ("号院", "号街坊")
# A factory's estate is named by a number of three or four digits: 万柏林区412小区,
# `426小区里，住着…`; not a count (`300个小区`, `近300小区`, `第100小区`) nor a year
# (`2023小区改造`).
NUMBERED_COMPOUND_RE = re.compile("(?!19[0-9]{2}|20[0-9]{2})[0-9]{3,4}")
COUNT_BEFORE_CHARS = "近约共第逾超达有余计"

# An estate named XX家园 is a compound only where the article says so, the name then
# taken at each of its mentions: `万家家园是廉租房小区` (and `走进万家家园`), `小区洲岛家园`,
# `家住福泽家园`; alone, 家园 is mostly a slogan's home (美好家园, 清洁家园).
ESTATE_UNIT_RE = re.compile("家园(?!社区|小区|花园)")
ESTATE_CUE_AFTER_RE = re.compile("(?:是|为|系)[^。！？；，,]{0,10}小区")
ESTATE_CUES_BEFORE = ("小区", "家住", "住在")

# A 社区/村/小区 directly followed by these is another word: 社区卫生服务中心 (a clinic:
# 景华街社区卫生服务中心), 村民 (villagers), 村级, 村落, 村里, 村庄, 小区内 is fine.
BAD_AFTER_UNIT = {
    "社区": ("卫生服务", "医院", "行"),
    # ... and a 村 followed by a longer unit is part of that unit's name: 工人村社区 is one
    # community, 驿城新村小区 one compound (2,300 village-level names end 村社区).
    "村": ("民", "级", "落", "里", "庄", "干", "务", "镇", "两委", "社区", "小区",
          "街道",  # a street's name: 甸柳新村街道办事处 (no village 甸柳新村)
          "官",  # 大学生村官 (a village official), no 大学生村
          "医",  # 信阳村医周某 (a village doctor), no 信阳村
          # the village's looks and ways: 着力美化村容村貌, 弘扬村风民风 (no 力美化村)
          "容", "貌", "风民",
          # the village a thing runs through: 大浪河穿村而过, 游园绕村而建 (no 大浪河穿村)
          "而过", "而建", "而行", "而流",
          "规民约",  # the village rules: 顺义村规民约“润”乡风 (no village 顺义村)
          "晚",  # a village gala: 商丘市“四季村晚”, 今年上村晚给大伙儿表演 (no 四季村, 上村)
          # a part of an estate: 胥江新村西区 (a 新村 estate's west block, no village)
          "东区", "西区", "南区", "北区"),
    "嘎查": ("村",),  # 巴彦嘎查村: a 村 name
    "小区": (),
    "花园": ("口", "路", "街", "式"),
    "花园小区": (),
    "号院": (),
    "号街坊": (),
}

# 区/县 followed by these is a common noun: 中原区域, 县域经济, 区划.
BAD_AFTER_DISTRICT = ("域", "划", "块", "间", "别", "段",
                      "片")  # 区片 (an area): 来到朝阳区片进行暗访 names no 朝阳区

# A county-level name opening with a classifier, after a numeral or a determiner, is a
# count of something else: `各项城市管理` (no 项城市), `多名山区群众` (no 名山区), `多个旧市场`
# (no 个旧市).
COUNTED_DISTRICT_FIRSTS = "项名个"
COUNT_WORD_CHARS = "各每多几该这那此诸一二两三四五六七八九十百千万数0123456789"
# ... or with 上 after a verb of going up is that verb's: `走上城区街头` (no 上城区, nor
# 上街区 in `走上街区`).
VERB_BEFORE_DISTRICT_FIRST = {"上": "走登踏爬迈奔冲赶跟"}

# The last character of a road's name: a verb-like word before it names the road
# (`胜利街`), not the place after it.
ROAD_END_CHARS = "街路巷道"

# The home city's counties and county-level cities are often printed by their bare stem:
# `分别是登封医生郑利昌` (登封市), `自驾到荥阳五云山`, `是兰溪云山小学的校友` (兰溪市).
# Only these units (a district's stem is a word too often: 中原, 二七), only at a word's
# start, and not when a road word follows (`荥阳路`) or the stem is an everyday word of at
# least this jieba frequency (`江山`, `东方`, `安宁` are cities too).
BARE_STEM_UNITS = ("市", "县")
BARE_STEM_NOT_AFTER = ("路", "街", "大道", "巷", "区")
BARE_STEM_COMMON_FREQ = 500

# Longest printed stem kept for a pattern-found unit, by unit family.
MAX_STEM = {"community": 5, "compound": 7, "street": 5}

# Characters that end a name on its left: 由春晖社区, 在和平社区 (see STOP_WORDS for words);
# pronouns and 暨 (and): 她来社区, 暨武汉晚报社区; 或 (or): 选取具有代表性的路段或社区.
STOP_CHARS = set("的在和与及或对到把将从由向为是了等被让给于个各该本这那其每全此即共近约进"
                 "她他它我你您咱暨驻就据属"  # 驻中官社区, 就城市边界社区, 据堡王村
                 "来当着"  # 来香坊吴村做客 (来 the verb), 当杜岭街道办事处…时, 标志着社区
                 "往"  # 临街餐饮店往小区排烟 (往 towards)
                 "过"  # 艾买提找过社区很多次 (过 after a verb)
                 "见"  # 见新村土地已清表 (见 "sees" the new village; no village 见新)
                 "使"  # 微信群的建立，使关山村更有凝聚力 (使 "makes"; 关山村)
                 "叫"  # 荷晏社区以前叫渔场村 (叫 "was called")
                 "原"  # 原香港花园社区 (a former name: the community is 香港花园社区)
                 "仅"  # 上张乡仅滕山村、西片村两村 (仅 "only": 滕山村)
                 "籍"  # 新郑籍城镇居民 (籍 "native of": no town named 籍城)
                 "令"  # 此举都令小区居民感动不已 (令 "makes": no compound named 都令)
                 "而像跟")  # 而庆春社区的变化更大 (而 "while"), 就像九圣祠社区一样 (像
                 # "like"), 我们小区跟新小区一样 (跟 "as"; no village name starts 跟)
# Stop characters that never begin a name: when one character follows them there is no
# name (在老村, 在挂村, 个老小区, 她来社区), unlike 和平社区, 向阳社区, 于庄村, where the
# stop character is the name's first (each of these starts at most 20 of the 620,000
# village names in the gazetteer, mostly transliterations it finds by itself).
HARD_STOP_CHARS = set("的在是了被让给个该每即这此与她它您我你他咱暨"
                      "见"  # 34 names start 见, found in the gazetteer (见龙村), not by pattern
                      "跟")  # none starts 跟: 我们小区跟新小区一样

# Stop characters that end a name when they end its stem (a plain: 中原, 平原, 草原; 406 of the
# gazetteer's names end 原社区 or 原村), though they cut one before it (原香港花园社区).
NAME_END_STOP_CHARS = set("原")
# Stop characters that are a name's second character when one character stands before
# them after punctuation: `，西和新城小区` (西和新城小区; a lone 西 is no word to join
# with 和), while `居民和新城小区` is cut (新城小区).
NAME_INNER_STOP_CHARS = set("和")
# Words a stop character begins that are names' words, not the stop: 和平苑小区, 和美家园
# (`他家就在和平街和平苑小区`: 和 is no "and" there); 和谐 is a description (GENERIC_STEMS).
STOP_CHAR_NAME_WORDS = ("和平", "和美", "和顺", "和睦", "和悦")

# A stop character and a level word after it are one word, no name's start: 我区和谐社区
# 建设 (我区 "our district"; the stem left is 和谐, generic), 本市, 全县, 该镇.
PRONOUN_CHARS = set("我本全该各每此这那其")
LEVEL_CHARS = set("区县市镇乡村省")  # (全省城市和谐社区建设: 全省 "the whole province")

# Words that end a name on their left: 深入明月社区, 携手东兴社区, 家住锦绣花园,
# 结合幸福园小区, 来到景华路长安路青年小区 (roads are cut in places.py).
STOP_WORDS = (
    "深入", "走进", "进入", "来到", "携手", "联合", "位于", "家住", "居住", "组织",
    "开展", "前往", "围绕", "推进", "包括", "以及", "还有", "结合", "针对", "通过",
    "辖区", "所在", "成立", "动员", "提升", "实现", "建成", "打造", "举办", "召开",
    "慰问", "走访", "看望", "所有",  # 所有行政村
    "我们", "你们", "他们", "她们", "咱们",  # 我们西厂口社区
    "共商",  # 共商文华社区
    "设立", "所辖", "下辖",  # 设立湖北社区, 所辖东工房小区
    "街道", "办事处",  # a street the gazetteer lacks ends there: 八经街道延安里社区
    "社区",  # and a community: 幸福社区居民社区阳光花园小区 → 阳光花园小区
    "全国",  # 全国和谐社区建设示范街道 (全 is a stop character, 全国 the word)
    "如今", "现在", "当时", "此前", "过去", "以前", "目前",  # time words: 如今高山村, 目前两村
    "此次", "这次", "本次", "每次", "再次",  # 随着此次白沙村 (此 alone leaves 次白沙村)
    "共有", "拥有", "现有", "已有", "没有", "只有", "设有",  # 共有新华社区 (共 alone leaves 有新华)
    "都有", "里有",  # 每天都有社区工作人员巡查, “扫雪队”里有社区工作人员
    "中有",  # ... 其中有社区选购的 ("among them"; 其 alone leaves 中有社区)
    "市区",  # the downtown: 走进市区河苑社区 (河苑社区)
    "县城",  # and the county town: 县城清华园小区物业 (清华园小区)
    "省城",  # and the provincial capital: 省城小马村、阳曲县等地 (小马村)
    "近年", "今年", "去年", "当年", "每年", "多年",  # 主要为近年新建小区 (年 alone leaves 年新建)
    "利用",  # a verb jieba's dictionary tags as a noun: 文家冲社区利用小区架空层
    "加入",  # 前不久刚刚加入老围社区义工队 (加 alone would leave 入老围)
    "联系",  # 网格长联系小区夜班安保人员 (the verb, no compound named 网格长联系)
    "清理",  # a verb jieba tags as an adjective: 志愿者拿着工具清理小区道路
    "参观",  # and one it tags as a noun: 来到古城村参观村史馆 (no village named 参观)
    "入住", "搬进", "住进", "搬入",  # moving in: 2006年入住丽都苑小区 (丽都苑小区)
    "看看",  # a verb said twice: 让我们来看看清源街道 (清源街道)
    "大力",  # an adverb jieba tags as a noun: 在大力整治社区环境 (no community 大力整治)
    "助力",  # a verb: 对周边社区卫生进行了大清扫，助力社区做好疫情防控 (no community 助力)
    "所住",  # 谈及所住小区改造后的变化 (as 所在)
    "将以",  # 街道将以社区“大世界”为核心 (以 "by"; 以 alone would leave 可以热饭社区)
    "命名",  # 命名陈家咀社区为无疫情社区 ("names X as")
    "来自",  # 志愿者来自乔村、陈村 (自乔村: 来 is no stop character)
    "扎根", "共谋",  # verbs: 扎根社区9年 ("rooted in"), 共谋社区发展 ("plan together")
    "共话",  # ... "talk over together": 共话社区建设
    "夜晚", "白天", "平日",  # time words: 每到夜晚小区里很黑 (no compound named 夜晚)
    "就拿", "比如", "例如",  # an example follows: 就拿小区的环境面貌来说
    "一些", "这些", "那些", "有些", "某些",  # some of them: 已被一些小区住户开垦
)

# A unit followed by the key is the object of an invitation; the name starts after the
# last of the value's characters: 能应社区之邀 (no name), 应和平社区之邀 (和平社区).
INVITATION_FRAMES = {"之邀": "应受",
                     "为例": "以"}  # 以王马社区为例 (王马社区: "take 王马社区 as an example")

# `龙一、龙二、龙三三个社区`: a list of names sharing one unit word, with its count.
LIST_COUNT_RE = re.compile(r"([一二两三四五六七八九十]|[2-9])个(社区|村)")
# ... or ending in 等 ("and others"): `奔赴长乐、长宁、惠城等社区`; names only when two of them
# are the gazetteer's communities around the article's places (not `学校、企业等社区单位`).
LIST_ETC_RE = re.compile("等(社区|村)")

# Words after 村镇 that make it the common noun ("villages and towns"), not a township
# after its district: `巩义市市域村镇体系`, `村镇建设`, `郑银村镇银行` (a kind of bank); while
# `宜阳县寻村镇锁营村` is a township.
VILLAGE_TOWN_WORDS = ("体系", "建设", "规划", "银行")

# Characters that measure the number printed before them, never a name's first: the
# year's 年 in 2017年张湖桥、大有庄、高庄3个村 (张湖桥村), 5月王庄村, 300户李村; 条 of roads
# (`清扫32条通村路`: no village 条通村), 周 of anniversaries (`70周年社区嘉年华`).
NUMBER_UNITS = set("年月日号个名户人次届期条周")

# Stems that are descriptions, not names: 老旧小区, “文明和谐邻里行”, 宜业兴业社区,
# 清洁小区环境, “葡萄特色村”, 美丽乡村; 企业社区, 城镇社区, 行政村 (an administrative
# village), 重塑社区 (a verb jieba tags as a noun).
GENERIC_STEMS = {
    "老旧", "社区", "小区", "清洁", "美化", "改造", "整治", "管理", "服务", "治理",
    "周边", "城市", "农村", "乡村", "城乡", "街道", "全市", "全区", "全县", "辖区",
    "新建", "居民", "平安", "文明", "和谐", "智慧", "美丽", "绿色", "红色", "幸福家园",
    "无主管", "开放式", "封闭式", "高档", "示范", "样板", "试点", "重点", "周围",
    "企业", "城镇", "村镇", "行政", "重塑",
    "城中", "基层", "部分", "住宅", "目前", "文化",  # 城中村, 基层社区, 中华文化社区集市
    "环境",  # 生活在这样的环境小区 (the setting, no name)
    "明星", "十佳", "五好", "五星", "魅力",  # honours: “明星社区”, “十佳社区”, “魅力社区”
    "生态", "完美",  # 创建生态社区, 打造完美社区 (one 生态社区 in the gazetteer, found there)
    "年度",  # 2017年的年度社区为民服务项目
    "现代",  # a description: 助力现代社区文明和谐 (one 现代社区 among 620,000 names)
    "全镇", "全乡",  # the whole township: 全镇村容村貌焕然一新, 全镇社区干部, 全乡小区
    # kinds of community in policy: 推进完整社区建设, 韧性社区, 低碳社区; a community of
    # office towers: 该楼宇社区 (兴达国贸楼宇社区 is named, see COMMUNITY_KIND_WORDS)
    "完整", "韧性", "低碳", "楼宇",
    # verbs with 社区 as their object: 为丰富社区中老年居民的生活, 突显社区特色, 一窥社区治理
    "丰富", "突显", "凸显", "彰显", "一窥",
    "扮美",  # 清洁家园齐行动 扮美社区共参与 ("make the community beautiful")
    # all the members, no name: 广大社区党员, 全体社区居民; all of them: 走进各大社区
    "广大", "全体", "各大",
    "健康",  # a policy term: 全市健康社区治理现场观摩 (a coded 健康社区 is found in the gazetteer)
    "现场",  # the staff on the spot: 现场社区工作人员介绍 (no community named 现场)
    "暖心",  # a description in a headline: 解决急难愁盼 打造暖心社区
    # kinds of village in rural policy: 石庄村，是贫困村; 空心村, 空壳村 (no collective income)
    "贫困", "空心", "空壳",
    "新时代",  # 展现了新时代社区的新面貌
    "优秀",  # an honour: 全国100个优秀社区工作法
    "封控",  # an epidemic status: 封控小区内人员数量大
    "城市和谐",  # a programme: 全省城市和谐社区建设示范单位 (after 全省)
    "美好",  # 拉开了共建共享美好社区的新篇章
    # titles a community is given and policies' kinds: 评选书香社区、环保社区, 打造数字社区
    # (13 书香社区 and 4 环保社区 among 620,000 names, found in the gazetteer); a verb: 规范社区管理
    "书香", "环保", "数字", "规范",
    # "another one", "the same one": 城区又一小区加装电梯, 另一小区 (又一村社区 keeps its 村)
    "又一", "另一", "同一", "这一", "那一",
    "老年",  # a kind: 建设了一处老年社区食堂 (no community named 老年)
    "高层",  # a kind of building: 碧海鸿庭是高层小区
    "大小",  # all of them: 大小社区都参加了 ("big and small")
    # kinds of community in policy, no name (`李庄新型农村社区` is one: 李庄 names it)
    "新型", "新型智慧",
    "一番",  # a round of: 体验了一番社区工作
    "落后",  # a description: 曾经的“农转非”落后社区
    "谢谢",  # thanks: 居民说：“谢谢社区！”
    "方便",  # convenient for: 方便社区居民办事
    "中国",  # an association's name: 中国社区发展协会 (the gazetteer's 中国…社区 are longer)
    "无人管",  # unmanaged: 这里就成了无人管小区
    "老住宅",  # old housing: 老住宅小区加装电梯
    "主要",  # the main ones: 林口县主要街道两旁 (no street 主要街道)
}
# Ages that describe a unit, no name of it: 老, 旧, 新 before a generic stem (旧住宅小区).
AGE_CHARS = "老旧新"
# A stem containing one of these is descriptive: 健康文明, 荷花特色, 宜业兴业, 梯次型;
# or the reporter at work, never a place name: `记者扎根社区`; a superlative: 长沙最美社区,
# 长沙最具幸福感小区; the generic 乡镇 (townships): 高山乡镇社区.
GENERIC_STEM_PARTS = ("文明", "特色", "兴业", "宜居", "示范", "先进", "标准化", "改造", "老旧",
                      "记者", "最", "乡镇",
                      "部分",  # some of them: 省城部分社区, 市区部分小区
                      "疫情", "无疫",  # an epidemic status: 第二批无疫情社区、小区名单, 无疫社区
                      "居民",  # 各民族居民社区生活
                      "历史文化",  # a title: 历史文化名村独树镇扳倒井村
                      "物业",  # a description: 榕荫路无物业小区, 有物业的小区
                      "公房",  # a kind of housing: 原拆原回的售后公房小区
                      "基层",  # after a city: 芜湖市基层社区党员 (grass-roots communities)
                      "风险",  # an epidemic status: 风险小区和风险单元, 中高风险小区
                      # a village's or a housing's kind: 贫困山村, 经济薄弱村, 偏远山村;
                      # 万家家园是廉租房小区, 公租房小区, 保障房小区, 商品房小区 (none of
                      # the 620,000 village names holds one of them)
                      "贫困", "薄弱", "偏远", "廉租", "公租", "保障房", "商品房", "安置房",
                      "经适房",
                      # residents moved back after demolition: 两个还迁小区, 回迁房小区, 拆迁
                      # 小区 (none of the village names holds one either)
                      "回迁", "还迁", "拆迁",
                      # a designation: 全省儿童友好社区名单, 老年友好型社区
                      "儿童友好", "老年友好",
                      "高品质",  # a quality: 玉林街道已成为成都高品质社区建设的样板
                      # an approximate count: 从全国近千小区中脱颖而出, 上百个社区, 数千村
                      "近千", "上千", "数千", "近百", "上百", "数百", "近万", "上万", "数万",
                      # cadres paired with or put in charge of communities: 志愿者深入包联
                      # 社区, 机关干部分包社区主次干道, 走进包保社区的每个小区
                      "包联", "分包", "包保",
                      "挂点",  # …分局与挂点社区淡水街道红星社区 (its assigned community)
                      "小小",  # children: 一群小小社区志愿者
                      "美丽")  # after a verb too: 多方联动 共筑美丽社区 (美丽 alone is generic)
# A generic word (GENERIC_STEMS) or a word of change before a kind of place names a kind
# of community in policy, no community: 新型农村社区, 推进新兴农村社区建设, 打造智慧农村社区
# (`龙山农村社区` is a name: 龙山 names it).
PLACE_KIND_WORDS = ("农村", "城市")
KIND_MODIFIERS = ("新兴",)  # 新兴社区 alone is a name, so 新兴 is no GENERIC_STEM
# A stem ending in these is not a proper name: 梯次型社区, 当地农村, 郑州市社区; old (杭州老社区,
# 隔壁也是老小区); a newspaper (武汉晚报社区). A real 阁老社区 or 郑州日报社区 is found in the
# gazetteer before this pattern is tried.
BAD_STEM_ENDINGS = ("型", "式", "性", "化", "级", "类", "农", "乡", "市", "区", "县", "省",
                    "老", "报",
                    "旧",  # 针对社区旧小区较多 (old compounds, as 老小区)
                    "城中",  # 走进深圳城中村 (an urban village, a kind: no village's name)
                    "主题",  # 首个交通安全主题社区 (a community given a theme)
                    "阶段")  # a time: 下阶段社区将继续… (the next stage)
# A stem of three or more characters ending in one of these verbs is a sentence, not a name:
# 温情满社区, 年货送社区, 春风暖社区 (two-character 美满社区, 金满村 are left to other rules);
# a headline clause: 积雪行路难 社区忙清扫 (no village-level name of 3+ characters ends 难).
VERB_ENDINGS = ("满", "送", "暖", "难",
                "回",  # 党员回社区报到 (members report back to their community)
                "兴")  # a policy's slogan: 该村主要以文化兴村, 产业兴村 (振兴村 is two characters)

# A city's paper opens its dispatches with the city's name: `天门日报讯`, `太原晚报讯`,
# `石狮日报讯` (a county-level city's: 泉州). Each is a vote for the home city; the name
# must be a prefecture's or a county-level city's (`新安晚报` names no 新安县, `河南日报`
# no prefecture).
PAPER_NAME_RE = re.compile(f"\\s*[【\\[]?([{CJK}]{{2,4}}?)(?:日报|晚报|早报|都市报|时报)")

# Functional zones named XX新区 absent from the NBS tables: 郑东新区, 两江新区, 天府新区.
NEW_AREA_RE = re.compile(f"[{CJK}]{{2}}新区")
# After XX新区, a phase or a building of a housing estate named so, no zone: 亚峰新区二期,
# XX新区3号楼 (an estate named 新区 in 福州 台江区).
NEW_AREA_ESTATE_AFTER = re.compile("[一二三四五六七八九十0-9]{1,2}(?:期|号楼|栋|幢|单元)|小区")
# Stems that make a description of XX新区, not a zone's name: `魅力新区情`, `打造城市新区`,
# `东部新区建设`; and 高新区 read with the character before it: `(含高新区)`.
GENERIC_NEW_AREA_STEMS = {"魅力", "城市", "经济", "现代", "全新", "美丽", "东部", "西部",
                          "南部", "北部", "城东", "城西", "城南", "城北", "高铁", "国家"}

# Primary district weights (calibrated together on the samples): a district named in the
# headline counts most, then in the lead sentence, then each further mention; districts
# only implied by a street or community count a little less, and a bare stem (`登封医生`)
# less again, with no weight for standing in the lead.
PRIMARY_WEIGHTS = {"headline": 3.0, "lead": 2.0, "mention": 1.0, "implied": 0.8, "bare": 0.5}
# An article is about one district only when that district leads the next by this factor;
# a round-up of several (`茶陵县…、攸县…、天元区…` each named as often) has no primary district
# ("null where the text alone does not say", as the gold guidelines put it).
PRIMARY_LEAD = 1.5

# Functional zones that run townships the statistical tables file under a district: an
# article naming only such a township is about the zone. 郑东新区: the NBS tables give
# its offices 5xx codes ("类似乡级单位") under 金水区 and 管城区 (如意湖, 博学路, 龙湖,
# 龙源路, 金光路; 商都路), and the zone took over 金水区's 龙子湖 and 祭城路 offices in 2010
# (renamed 郑东新区龙子湖/祭城路街道办事处).
ZONE_TOWNSHIPS = {code: "郑东新区" for code in (
    "410105560", "410105561", "410105562", "410105563", "410105564", "410104570",
    "410105014", "410105015")}

# County-level names that are also common nouns (洛阳 老城区 vs 老城区改造): accepted only
# when they resolve inside the home city.
GENERIC_DISTRICT_NAMES = {"老城区", "新城区", "城区", "郊区", "矿区", "市中区", "城关区",
                          "开发区", "新区", "城中区", "城东区", "城西区", "城北区",
                          "新建区",  # 南昌 新建区 vs 比较落后的新建区
                          "东区", "西区", "南区", "北区",  # 攀枝花 东区 vs 郑州人说的东区
                          "平房区",  # 哈尔滨 平房区 vs 二中平房区 (a bungalow quarter)
                          "古城区"}  # 丽江 古城区 vs 聊城的古城区 (a city's old town)

# Township names that are also common nouns (吉林 小城镇 vs 小城镇建设, 特色小镇).
GENERIC_TOWNSHIP_NAMES = {"小城镇", "特色小镇", "城镇", "乡镇", "古镇", "小镇"}

# A verb-like word followed by one of these is part of a name: 建设路社区, 景华街社区,
# 扳倒井村 (独树镇扳倒井村); a distance before a landform: 八里湾村 (八里 is "eight li").
NAME_CONTINUATIONS = set("路街村园庄河湖山桥里苑府寨营屯井湾铺堡")
# jieba dictionary tags of words that cannot be inside a place name's stem.
FUNCTION_TAGS = {"v", "vn", "vd", "d", "ad", "p", "c", "u", "r", "m", "q", "f"}
# Words jieba tags as adverbs that are place-name words: 高新 (the high-tech zone, as in
# 宝鸡高新区高新佳园一期小区).
NOT_FUNCTION_WORDS = {"高新",
                      "万家"}  # the 万 family's: 万家家园, 万家村 (jieba: "ten thousand homes")


@lru_cache(maxsize=1)
def _dictionary_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """jieba's dictionary read once: (function words, numeral words, one-character
    verbs); see below."""
    function, numeral, verbs = set(), set(), set()
    with resources.files("jieba").joinpath("dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, tag = parts[0], parts[2]
            if tag in FUNCTION_TAGS and 2 <= len(word) <= 4:
                function.add(word)
            if tag == "m" and len(word) == 2 and word[0] in NUMERALS:
                numeral.add(word)
            if tag == "v" and len(word) == 1:
                verbs.add(word)
    return frozenset(function - NOT_FUNCTION_WORDS), frozenset(numeral), frozenset(verbs)


def function_words() -> frozenset[str]:
    """Two- to four-character verbs, adverbs etc. from jieba's dictionary (提升, 实现,
    管理, 真正); loaded once, only when a pattern candidate needs checking."""
    return _dictionary_words()[0]


def one_character_verbs() -> frozenset[str]:
    """Characters jieba's dictionary tags as verbs alone: 守, 忙, 做 (see RESULT_CHARS)."""
    return _dictionary_words()[2]


# A one-character verb and its result is an action, no name: 守好社区“安全关”, 忙完社区的事.
RESULT_CHARS = "好完"


def numeral_words() -> frozenset[str]:
    """Two-character words jieba tags as numerals that start with a numeral: 两站, 两个,
    三所 (see NUMERALS)."""
    return _dictionary_words()[1]
