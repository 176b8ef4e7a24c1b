"""Rule tables for enterprises, initiatives and government bodies, as data.

Every entry says what it catches with an example in the style of a district news page
(invented names). The
tables hold generic words (suffixes, cue words, stop words) and national brands from public
lists (carriers, mall chains): no names taken from the pages.
Calibrated together against the five sample pages with ``score.py`` (lenient matching).
"""

from __future__ import annotations

__all__ = [
    "ENTERPRISE_BRANDS",
    "ENTERPRISE_BUREAU_GROUPS",
    "ENTERPRISE_CHAIN_ENDS",
    "ENTERPRISE_COUNTRY_WORDS",
    "ENTERPRISE_CUE_WORDS",
    "ENTERPRISE_GENERIC_ITEMS",
    "ENTERPRISE_KIND_ITEM_MAX",
    "ENTERPRISE_KIND_ITEM_TAILS",
    "ENTERPRISE_FACTORY_AGE_CHARS",
    "ENTERPRISE_FACTORY_PRODUCTS",
    "ENTERPRISE_FACTORY_SUFFIXES",
    "ENTERPRISE_NUMBERED_FACTORIES",
    "ENTERPRISE_GENERIC_PREFIX_WORDS",
    "ENTERPRISE_LEVEL_AFTER_CHARS",
    "ENTERPRISE_LEVEL_WORDS",
    "ENTERPRISE_UTILITY_TRADES",
    "ENTERPRISE_LEADING_PLACE_WORDS",
    "ENTERPRISE_HOUSEHOLD_CHAR",
    "ENTERPRISE_LIST_HEADS",
    "ENTERPRISE_MARKET_MIN_ROAD",
    "ENTERPRISE_MARKET_NOT_AFTER",
    "ENTERPRISE_MARKET_ROAD_ENDS",
    "ENTERPRISE_MALL_BRANDS",
    "ENTERPRISE_MALL_SUFFIXES",
    "ENTERPRISE_MALL_WORDS",
    "ENTERPRISE_MARKET_SUFFIXES",
    "ENTERPRISE_MARKET_KINDS",
    "ENTERPRISE_INNER_STOP_POS",
    "ENTERPRISE_NAMED_MARKET_AFTER",
    "ENTERPRISE_NAMED_MARKET_WORDS",
    "ENTERPRISE_CITY_NICKNAME_END",
    "ENTERPRISE_PLATFORM_TAILS",
    "ENTERPRISE_SHORT_NAME_SUFFIXES",
    "ENTERPRISE_SITE_WORDS",
    "ENTERPRISE_TRADE_END_WORDS",
    "ENTERPRISE_INDEFINITE_WORDS",
    "ENTERPRISE_INDEFINITE_AFTER_PLACE",
    "ENTERPRISE_SHOP_SUFFIX",
    "ENTERPRISE_SHOP_WORD_FREQ",
    "ENTERPRISE_SHOP_NOT_BEFORE",
    "ENTERPRISE_SQUARE_PERSON_POS",
    "ENTERPRISE_NET_METAPHOR_CUES",
    "ENTERPRISE_SUFFIXES",
    "ENTERPRISE_PUBLIC_TRADES",
    "ENTERPRISE_SITE_NOT_AFTER",
    "ENTERPRISE_SITE_SUFFIXES",
    "ENTERPRISE_WEAK_SUFFIXES",
    "INITIATIVE_BAD_CHARS",
    "INITIATIVE_CHIEF_SYSTEM",
    "INITIATIVE_CUE_MODIFIERS",
    "INITIATIVE_DOCUMENT_ENDINGS",
    "INITIATIVE_KIND_ENDINGS",
    "INITIATIVE_MEDIA_ENDINGS",
    "INITIATIVE_MODE_VERBS",
    "INITIATIVE_WEI_AFTER_CUES",
    "INITIATIVE_EVENT_MAX",
    "INITIATIVE_EVENT_UNITS",
    "INITIATIVE_ACTIVITY_WORDS",
    "INITIATIVE_ACTIVITY_GAP",
    "INITIATIVE_ACTIVITY_GAP_STOPS",
    "INITIATIVE_MODIFIER_JOINS",
    "INITIATIVE_DE_MAX_LEN",
    "INITIATIVE_DE_NAME_CUES",
    "INITIATIVE_QUESTION_WORDS",
    "INITIATIVE_BEFORE_CUES",
    "INITIATIVE_AFTER_DE_CUES",
    "INITIATIVE_COMMON_FREQ",
    "INITIATIVE_INNER_TAILS",
    "INITIATIVE_NOT_AFTER",
    "INITIATIVE_WORK_KINDS",
    "INITIATIVE_NUMBERED_SLOGANS",
    "INITIATIVE_OBJECT_CUES",
    "INITIATIVE_PAIRING_VERBS",
    "INITIATIVE_DE_GAP_MAX",
    "INITIATIVE_DE_GAP_VERBS",
    "INITIATIVE_YI_WEI_CUES",
    "INITIATIVE_BEFORE_DE_CUES",
    "INITIATIVE_GLUE_TAILS",
    "INITIATIVE_SUFFIXES",
    "INITIATIVE_TITLE_DASHES",
    "EXTRA_PLACE_WORDS",
    "INITIATIVE_AFTER_CUES",
    "INITIATIVE_DESCRIBED_MAX",
    "INITIATIVE_DESCRIBED_UNITS",
    "INITIATIVE_LIST_GAP",
    "INITIATIVE_LIST_SPAN",
    "INITIATIVE_LIST_UNITS",
    "INITIATIVE_NICKNAMED_BODIES",
    "INITIATIVE_SLOGAN_CLAUSE_MIN",
    "INITIATIVE_TAIL_BINDERS",
    "INITIATIVE_TAIL_WORDS",
    "NAME_INNER_WORDS",
    "NAME_COUNT_UNITS",
    "NAME_INNER_ADVERBS",
    "NAME_INNER_ADVERB_UNITS",
    "NAME_INNER_PARTICLES",
    "NAME_STOP_POS",
    "NAME_STOP_VERB_POS",
    "NAME_STOPS_BEFORE_PLACE",
    "NAME_STOP_WORDS",
    "NAME_VENUE_WORDS",
    "ORGANIZATION_ADDRESS_ROADS",
    "ORGANIZATION_CENTRAL_BODIES",
    "ORGANIZATION_LEVEL_WORDS",
    "ORGANIZATION_APPOSITION_HEADS",
    "ORGANIZATION_COMPOUND_TAILS",
    "ORGANIZATION_KIND_TAILS",
    "ORGANIZATION_LANE_TAILS",
    "ORGANIZATION_COMMISSIONS",
    "ORGANIZATION_CUE_BUREAUS",
    "ORGANIZATION_ENTERPRISE_CUES",
    "ORGANIZATION_GENERIC_PREFIXES",
    "ORGANIZATION_GENERIC_UNITS",
    "ORGANIZATION_NEEDS_AFTER",
    "ORGANIZATION_NOT_AFTER",
    "ORGANIZATION_NUMBERED",
    "ORGANIZATION_NOT_BEFORE",
    "ORGANIZATION_PLURAL_BEFORE",
    "ORGANIZATION_PLURAL_WORDS",
    "ORGANIZATION_TASK_HEADS",
    "ORGANIZATION_TASK_VERBS",
    "ORGANIZATION_PLACE_MIDDLES",
    "ORGANIZATION_QUOTE_CLOSERS",
    "ORGANIZATION_QUOTE_OPENERS",
    "ORGANIZATION_STANDALONE_SUFFIXES",
    "ORGANIZATION_SHORT_OFFICES",
    "ORGANIZATION_SUFFIXES",
    "PLACE_CHARS",
    "QUOTE_PAIRS",
    "LEVEL_NOUNS",
    "REGION_PREFIXES",
]

# --- shared: where a name stops when we walk left from its suffix -------------------

# jieba POS tags that never belong inside a name: punctuation (x), prepositions (p),
# conjunctions (c), particles (u*), adverbs (d), pronouns (r), locality words (f),
# measure words (q), modal/interjections (y, e, o). `涧西区科技局以“百城万店”` stops at
# 以/p. Time words (t) are listed in NAME_STOP_WORDS instead: the tagger also gives t to
# name parts (`河南省春秋制衣有限公司`).
NAME_STOP_POS = frozenset(
    {"x", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "f", "q",
     "y", "e", "o", "w"}
)

# One-character adverbs that are a character of an unknown name when single characters
# stand on both sides of them: `新/都/汇/社区党支部` (新都汇社区), not `大家/都/来`.
NAME_INNER_ADVERBS = frozenset("都也还又就才再"
                               "顺")  # a preposition ("along"): `佛山市沣/顺/园食品有限公司`
# ... also before a township or village unit: `中共建德市三/都/镇/三江口村党总支`
# (三都镇), not cut to `镇三江口村党总支`.
NAME_INNER_ADVERB_UNITS = frozenset("镇乡村")

# Words that stop a name only before a place: `…合作社经河南省…领导小组评选` (经 "by",
# tagged a noun), not `经八路街道`, `郑州经开外国语中学`.
NAME_STOPS_BEFORE_PLACE = frozenset({"经"})

# Verbs and function words that govern a name from the left, so a name never starts
# before them: `联合洛阳宏达制衣有限公司` (联合), `走进启明路小学` (走进),
# `走访洛阳百味食品` (走访), `深入涧西供热公司` (深入), `为涧西供热公司` (为).
NAME_STOP_WORDS = frozenset(
    {
        "联合", "组织", "走进", "走访", "深入", "开展", "成立", "组建", "召开", "举办",
        "召集",  # `南浔区召集区住建局、南浔经济开发区…` (convened them)
        "参加", "帮助", "协调", "启动", "来到", "携手", "精选", "鼓励", "邀请", "推动",
        "依托", "围绕", "推进", "实施", "创建", "打造", "凝聚", "借助", "推行", "开设",
        "支持", "联系", "对接", "引进", "拿到", "拨付", "发布", "发布到", "上架", "获悉",
        "位于", "包括", "涵盖", "其中", "及", "和", "与", "或", "等", "是", "为", "在",
        "到", "向", "由", "对", "从", "把", "被", "让", "将", "已", "还", "也", "都",
        "的", "了", "着", "以", "连日来", "近年来", "目前", "截至", "据", "今年", "去年",
        "记者", "本报讯", "通讯员", "简称", "以下", "获得", "配备", "负责人", "书记",
        "原名", "又名",  # `志工联合会，原名荥阳志愿者联合会` (a former name)
        "主任", "局长", "区长", "市长", "经理", "老板", "同志", "送到", "送达", "进入",
        "设有", "建有", "拥有",  # 社区还设有雷锋超市
        # an award (the tagger takes 荣获 for a name): `荣获河南省农民专业合作社优秀社`
        "荣获", "获评", "荣膺",
        "协同",  # `橡林社区协同锦城环卫，在辖区…` (as 联合, 携手)
        "配合",  # `配合区科委` (as 协同; not 交, also the 交 of `中交一公局`)
        "来自",  # `当天，来自市委统战部、市工商联的干部职工` (no body 来自市委统战部)
        "前往", "赴", "请", "使", "给", "替", "跟", "同", "向着", "立足", "聚焦",
        "辖区", "全区", "全市", "各", "该", "本", "每", "各级", "相关", "有关",
        "两级", "三级", "四级", "五级",  # several levels' bodies: `在市、区两级党委政府的关心下`
        # one-character function words (the tagger's d/r/f/q/t ones are not all stops)
        "就", "又", "再", "才", "均", "仅", "便", "即", "并", "更", "最", "很", "不", "没",
        "未", "曾", "其", "我", "你", "他", "她", "它", "们", "此", "这", "那", "谁", "个",
        "次", "后", "里", "间", "内", "外", "上", "下", "至", "共", "约", "近", "多", "余",
        # time words: `近日，涧西区工信局`, `昨日，洛阳瑞丰科技`
        "近日", "日前", "昨日", "今日", "今天", "昨天", "当前", "此前", "近期", "同时",
        "当天", "当日", "上午", "下午", "晚上", "期间", "近年", "每年", "每月", "今后",
        "随后", "之后", "此后", "以来", "届时", "现在", "如今", "明年", "年初", "年底",
        "日起", "即日起", "连日", "首先", "其次", "最后", "此外",
        # copulas and function verbs the tagger takes for plain verbs (or `往` for zg):
        # `柳巷作为商业中心`, `邓中文受市委`, `35号院归洛阳市饮食服务公司`,
        # `物资往洛浦办事处`
        "作为", "成为", "往", "受", "归",
        # carrying out a body's decision (the tagger gives 落实 a): `为深入落实市委、市政府
        # 创建全国文明城的决策部署`
        "落实", "贯彻", "贯彻落实", "响应",
        # `当…时` opens a clause (the tagger gives 当 t; `当阳市` stays one word):
        # `当杜岭街道办事处西里路社区工作人员送来慰问品时`
        "当",
        # belonging verbs the tagger takes for nouns: `此小区隶属于中石化合肥石油分公司`
        "隶属于", "隶属", "属于", "归属于",
        # leading and assigning verbs the tagger may keep with a level word after them:
        # `主任带领区住建局住房保障科`, `立即安排市联创办工作人员`
        "带领", "率领", "安排", "督促", "会同", "陪同",
    }
)

# A verb of two or more characters ends a name walking left when a proper name already
# stands right of it (the verb governs that name): `提起湖北路办事处`, `赶到虎台办事处`.
# Verbs inside names have only generic words or nothing right of them: `综合执法局`,
# `文明实践中心`, `振兴社区党委`, or form a zone with the level character right of them:
# `产业集聚区道北社区党支部`.
NAME_STOP_VERB_POS = frozenset({"v"})

# Characters ending a numeral's count word (tagged m): a count of bodies is no name:
# `十多家公司`, `1100多名志愿服务队伍`, `数家企业`.
NAME_COUNT_UNITS = frozenset("家名个所位支座批")

# Venues that end one name when a locative `中` follows them: the name after starts
# there: `新科技市场中建国信勘测规划有限公司` → `中建国信勘测规划有限公司`.
NAME_VENUE_WORDS = ("市场", "商场", "广场")

# Conjunctions crossed inside a body's name when a place stands left of them:
# `洛龙区建设和交通局`, `洛阳市自然资源和规划局涧西分局`.
NAME_INNER_WORDS = frozenset({"和"})

# Particles that belong to names despite their tag: `汇之源物流园`, `职工之家`.
NAME_INNER_PARTICLES = frozenset({"之"})

# Short names of functional zones the dictionary lacks, added to our private tokenizer:
# `经开区兴业办事处`, `高新区科技局`.
EXTRA_PLACE_WORDS = ("经开区", "高新区", "航空港区", "开发区", "示范区", "新区")

# Characters that mark a place name at the end of a token: `金水区`, `郑州市`, `中牟县`,
# `圃田乡`, `马寨镇`, `李楼村`, `南苑社区`, `林山寨街道`, `兴达路`.
PLACE_CHARS = frozenset("省市区县镇乡村路街道社")

# --- organizations -----------------------------------------------------------------

# Suffixes of government and party bodies and public institutions, longest match wins.
ORGANIZATION_SUFFIXES = (
    "指挥部办公室",  # 涧西区森林防火指挥部办公室
    "指挥部",  # 管城区新农村指挥部 (`疫情防控指挥部` alone is generic)
    "办公室",  # 西工区爱国卫生运动办公室
    "街道办事处",  # 涧西区长春路街道办事处
    "办事处",  # 经开区兴业办事处
    "管委会",  # 丰李管委会
    "委员会",  # XX区卫生健康委员会 (pattern; no sample has one)
    # a village's or a residents' committee: `杨西新村村委会`, XX社区居委会 (generic
    # `村委会` alone has no proper part and is dropped)
    "村委会", "居委会",
    "党工委",  # 德化街街道党工委 (needs a named place)
    "工委",  # 建邺区社建工委 (社会建设工作委员会), XX区机关工委
    "党委",  # 南苑社区党委, 李楼村党委
    "党总支",  # XX社区党总支 (pattern)
    "党支部",  # 关林街道翠云社区党支部, 涧西区工信局机关党支部
    "组织部",  # 孟津区委组织部
    "社会工作部",  # 市委社会工作部 (the party's social-work departments, since 2023)
    "宣传部",  # XX区委宣传部 (pattern, as 孟津区委组织部)
    "统战部",  # XX区委统战部 (pattern)
    "总工会",  # 洛龙区总工会
    "政府",  # 嵩县政府, 洛龙区李楼镇政府, 县政府
    "分局",  # 洛阳市自然资源和规划局涧西分局
    "局",  # 涧西区人社局, 涧西区科技局, 洛龙区建设和交通局
    "发改委",  # 洛龙区发改委
    "农工委",  # 孟津区农工委
    "卫健委",  # XX区卫健委 (pattern)
    "政法委",  # XX区委政法委 (pattern)
    "教委",  # XX县教委 (pattern)
    "办公厅",  # 农业农村部办公厅, 省政府办公厅 (pattern)
    "厅",  # 省教育厅 (pattern; 餐厅/大厅 excluded below, and a name must precede)
    "区委",  # 西工区委, 共青团洛龙区委
    "市委",  # 共青团洛阳市委
    "县委",  # XX县委 (pattern, as 西工区委)
    "纪委",  # XX区纪委 (pattern)
    "团委",  # XX区团委 (pattern)
    "执法中队",  # 洛龙区城市综合执法局开元路执法中队
    "中队",  # XX路中队 (pattern, as 开元路执法中队)
    "执法队",  # 市城市管理综合行政执法队 (a city's enforcement team, as 执法中队)
    "大队",  # XX交警大队 (pattern)
    "派出所",  # XX派出所 (pattern)
    "管理所",  # 涧西区市政设施管理所
    "管理处",  # 郑州市绿化工程管理处 (a city bureau's office, as 管理所)
    "劳保所",  # `各镇(办)劳保所` (generic there; a named one: XX镇劳保所)
    "作业所",  # 金水区经杜环卫作业所
    "司法所",  # XX街道司法所 (pattern, as 环卫作业所)
    "财政所",  # XX镇财政所 (pattern)
    "贸促会",  # 泉州市贸促会
    "创城办",  # 秀峰区创城办 (创建文明城市办公室)
    "创文办",  # XX区创文办 (pattern, as 创城办)
    "联创办",  # 浉河区联创办, 市联创办 (联合创建办公室)
    "创卫办",  # XX区创卫办 (创建卫生城市办公室, pattern as 创城办)
    "失业处",  # 县失业处
    "金融办",  # 区金融办
    "文明办",  # 省文明办, XX区文明办 (pattern)
    "广播电台",  # 河南人民广播电台
    "电视台",  # 河南电视台
    "协会",  # 南阳市新闻工作者协会
    "联合会",  # 荥阳志愿者联合会, XX市残疾人联合会 (pattern, as 协会)
    "促进会",  # 天河区冼村街平安促进会 (Guangzhou's neighbourhood safety associations)
    "边检站",  # 文锦渡边检站 (a border inspection station)
    "城防办",  # 洛龙区城防办
    "中心",  # 涧西区政务服务中心, 洛龙区新时代文明实践中心
    # the centre's branches in a street and a community: `太西街道新时代文明实践所`,
    # `太西街道潞才社区新时代文明实践站`
    "实践所", "实践站",
    "附属中学",  # 洛阳理工学院附属中学
    "高中",  # a city's senior school: `信阳高中`, `在新区鹤壁高中附近` (a place must precede)
    "中学",  # XX中学 (pattern, as 洛阳理工学院附属中学)
    "小学",  # 启明路小学
    "分校",  # 新城小学怡康街分校 (the branch, not `新城小学` alone)
    "幼儿园",  # XX幼儿园 (pattern; `新增公办幼儿园13所` is generic)
    "学院",  # 洛阳理工学院
    "大学",  # 河南科技大学
    "医院",  # XX区人民医院 (pattern; `医院周边` is generic)
    "卫生院",  # XX镇卫生院 (pattern)
    "妇联",  # XX区妇联 (pattern)
    "残联",  # XX区残联 (pattern)
    "科协",  # XX市科协 (pattern)
    # federations of writers and artists, chambers, learned societies: `河南省文联`,
    # `省作协`, `省诗歌学会`; XX区侨联, XX市工商联, XX市社科联 (pattern)
    "文联", "作协", "学会", "侨联", "工商联", "社科联",
    "人大常委会",  # XX区人大常委会 (pattern)
    "政协",  # XX区政协 (pattern)
    "法院",  # XX区人民法院 (pattern)
    "检察院",  # XX区人民检察院 (pattern)
    # public cultural institutions: `二七区文化馆`, XX市图书馆 (pattern)
    "文化馆", "图书馆", "博物馆", "科技馆", "美术馆", "纪念馆",
    "殡仪馆",  # 市殡仪馆 (a public institution of the civil-affairs bureau)
    # public welfare and youth institutions: `石鼓区红十字会`, `市慈善总会`, `禅城区慈善会`,
    # `市青少年宫`, `市群众艺术馆`, `江夏区大桥福利院`, `青山区养护院`
    "红十字会", "慈善总会", "慈善会", "少年宫", "群众艺术馆", "福利院", "养护院",
    # public research institutes: `郑州市蔬菜研究所`, `市园林科研所`, `市书画研究院`
    "研究所", "科研所", "研究院",
    # a city's party paper: `桂林日报社`, XX晚报社 (pattern; the prefix is the paper)
    "日报社", "晚报社",
)

# Bodies printed short (regexes, tried after the suffixes above), each after a level or a
# place. Offices: a task and a bare 办 (办公室), `市创建办`, `市老龄办`, `省台办`,
# `高新区提升办`, `岱庙街道城管办`; a street office as 街道办, `高坪区都京街道办联合…` (as
# 街道办事处; not `街道办公室`). The bare 办 is far more often the verb "hold, do": see the
# tables below.
ORGANIZATION_SHORT_OFFICES = r"街道办(?![事公])|办"
# Schools and hospitals by number: `市一中`, `郑州市七十九中`, `淮北一中新校区`, `市二院`;
# not a word going on (`市二中学`, `三中全会`, `一中心`, `二中队`, `七一中路`, `又一小区`,
# `五一小长假`, `一院子`).
ORGANIZATION_NUMBERED = (r"第?[一二三四五六七八九十]{1,3}[中小院]"
                         r"(?![学心队国华央部间全原路街巷区组块长型微级院子段层期届次号年])")
# Commissions printed short, after a level or a place: `市住建委`, `市文明委`, `区科委`,
# `市民委`, `市仲裁委`, `区卫计委`, `郑州市农委`, `区委社治委`; not `村民委员会`, `市民委托`,
# `市委常委` (a title), `区党委` (see 党委).
ORGANIZATION_COMMISSIONS = (r"(?=[住城文民农科卫计仲社经工国商规编])"  # (fails fast elsewhere)
                            r"(?:住建|城建|文明|民|农|科|卫计|计生|仲裁|社治|经信|工信|国资|商务"
                            r"|规划|编)委(?![员会托])")

# Institutions that are not sub-units of a body named before them, so the left walk
# stops at that body: `中建五局洛阳理工学院附属中学` → `洛阳理工学院附属中学`.
ORGANIZATION_STANDALONE_SUFFIXES = frozenset(
    {"附属中学", "高中", "中学", "小学", "幼儿园", "学院", "大学", "医院", "卫生院"}
)

# A suffix glued into an ordinary word is no body: `产业格局`, `中小学`, `大学毕业生`,
# `小学生`. Keys: the suffix; values: characters that may not precede / follow it.
ORGANIZATION_NOT_BEFORE = {
    "局": "格布全大当结开时残僵赌饭",  # 产业格局, 顾全大局
    "小学": "中",  # 二七区中小学
    "高中": "初普",  # 初高中, 普高中 (kinds of school)
    "中学": "初高",  # 初中学生
    "中心": "市重圆核",  # 市中心, 重中心
    "厅": "餐客大展门歌舞前会花",  # 餐厅, 服务大厅, 会客厅
    "工委": "员",  # 员工委托
    # 办 as the verb after what governs it: `举办`, `承办`, `主办`, `创办`, `代办`,
    # `一网通办`, `就近办`, `一次办`, `怎么办`, `这事儿必须办`, `简办`, `市里办`; a street
    # office shortened after 城 or 街 is a street: `盐湖区北城办`, `高陵区鹿苑街办`
    "办": "举承主协创开兴代帮包督筹合首民公私联试停交转查领经接简常刻么该须不要来去好难照"
          "快速即严跑陪网通次近上里场都就也还再又没别给替为把将能会可想得着了在已正先"
          "城街"
          "镇乡",  # run by the township: `3个镇办、` (镇办企业), `乡办`
}
# 学会 is also the verb `learn` (`居民学会了垃圾分类`, `居民学会和邻居相处`): a society
# only when a title or punctuation follows it: `省诗歌学会副秘书长`, `市摄影学会，`.
ORGANIZATION_NEEDS_AFTER: dict[str, tuple[str, ...]] = {
    "学会": ("副", "会长", "秘书长", "理事", "主席", "会员", "常务", "党支部", "主办",
           "承办"),
}
ORGANIZATION_NOT_AFTER: dict[str, tuple[str, ...]] = {
    # 办 as a verb before its object: `为群众办实事`, `办好`, `办理`, `办学`, `办寿宴`
    "办": tuple("事理公法学医好成妥结了的起得到过完件案实证照下个些酒寿宴席班厂报刊展赛课"),
    "局": (*"面势长",  # 局面, 局长
          "部地", "部分", "部区"),  # 东港区局部地区 (局部 "local"; 教育局部署 is the bureau)
    # roads named after a school: `二七区大学路街道`, `建设中学路`
    "大学": tuple("生毕路"  # 大学生, 大学毕业生
                  "城"),  # a university town: `狮山大学城社区`
    "小学": tuple("生路"),  # 小学生
    "中学": tuple("生路"),  # 中学生
    # the level of schooling: `高中生`, `高中阶段`, `高中毕业`, `高中部`, `高中年级`
    "高中": tuple("生阶毕部年课"),
    "学院": tuple("派路"),
    "医院": tuple("路"),
    "政府": tuple("采"),  # 政府采购
    "文联": ("社区", "村"),  # a community named so: `黄店镇文联社区`
    # a centre as a place: `成为中原区中心路街道的新风尚` (a road named 中心路),
    # `香坊吴村中心广场锣鼓喧天`, `郑州建设国家中心城市`, `市中心城区`
    "中心": ("路", "街", "广场", "城市", "城区", "地带", "区域", "地段", "位置", "商圈",
           "项目"),  # a building project: `中建八局坂田文体中心项目党支部` (no 文体中心 body)
    # a compound named after the body: `骏马路市委家属院`, `区委家属楼`
    "市委": tuple("家"), "区委": tuple("家"), "县委": tuple("家"),
    # a paper's name before 社区: `“长江日报社区行”`, `郑州日报社区村民` (a community)
    "日报社": tuple("区"), "晚报社": tuple("区"),
}

# Suffixes that name the middle of a place when a place word stands right before
# them: `北至黄河中心`, `村中心`, `城区中心` (while `瓦屋李社区党群服务中心` is a body).
ORGANIZATION_PLACE_MIDDLES = frozenset({"中心"})

# A body followed by a lane or road named after it is that lane, not the body:
# `市医院西巷道` (the lane west of the hospital), `XX中学东路`, `XX小学巷` (regex).
ORGANIZATION_LANE_TAILS = r"[东西南北]?(?:巷|胡同|大道)|[东西南北](?:路|街)"

# Roads: a body's name never holds a road before its district; there it is the route
# to the body: `从车水马龙的汉阳路拐入川汇区金海路街道办事处` → from 川汇区 (regex); a
# street office is no road: `枫杨街道市工业示范区社区党支部` stays whole.
ORGANIZATION_ADDRESS_ROADS = r"路|街(?!道|办)|巷|大道"

# Words that describe the body named right after them (an apposition), no part of its
# name: `社区携手“支部联支部”包联单位市林茶局` → `市林茶局`, `共建部门区城管局`.
ORGANIZATION_APPOSITION_HEADS = frozenset({"单位", "部门"})

# A compound named after a body is a place, not the body: `公路局家属院`, `市委家属楼`,
# `教育局宿舍`; so is a community: `金水区省卫生厅社区`, `市政府小区`.
ORGANIZATION_COMPOUND_TAILS = ("家属院", "家属楼", "家属区", "宿舍", "社区", "小区",
                               "旧址")  # a historic site: `刘家花屋区苏维埃政府旧址`
# A body's name before 体系 names a kind of network: `启动建设智慧图书馆体系`.
ORGANIZATION_KIND_TAILS = ("体系",)

# A body needs a proper first part; these words alone are generic, not a name:
# `街道党工委`, `社区党委`, `机关党支部`, `临时党支部`, `综合执法办`.
ORGANIZATION_GENERIC_PREFIXES = frozenset(
    {
        "街道", "社区", "机关", "临时", "综合", "执法", "相关", "各", "基层", "联合",
        "乡镇", "村", "镇", "区直", "市直", "单位", "部门", "上级", "当地", "政府",
        "党", "中", "小", "大", "新", "人民", "城市", "文化", "商业", "服务", "活动",
        "党群", "居民", "议事", "物流", "购物", "指挥", "学习", "教育", "培训", "体检",
        "党委",  # `在上级党委政府的带领下`: the party and the government above, no body
        "文明",  # `镇依托新时代文明实践所举行` (the dictionary tags 文明 a person's name)
    }
)

# A plural word right before the suffix makes a kind of body, not one: `共建魅力东区乡镇
# 街道办事处“一把手”访谈` (township and street offices), `镇街党委`.
ORGANIZATION_PLURAL_WORDS = frozenset({"乡镇", "镇街"})

# A determiner of many before a level word makes a kind of body, one per place:
# `组织各区市综合行政执法局会同…` (each district's and county-level city's bureau), not
# `市综合行政执法局`. The level characters between it and the body are skipped.
ORGANIZATION_PLURAL_BEFORE = ("各",)

# Bodies named after their task: the task's verbs belong to the name, so the left walk
# crosses them back to the place that starts it: `郑州市生活垃圾分类工作推进领导小组办公室`
# (推进 stops an ordinary walk). Without such a place the body stays unnamed.
ORGANIZATION_TASK_HEADS = ("领导小组", "工作小组")
# Verbs that stop an ordinary walk but may stand inside such a task's name (others,
# `成立`, `召开`, still stop it: `郑州市成立…领导小组` names no body).
ORGANIZATION_TASK_VERBS = frozenset({"推进", "创建", "推动", "实施", "落实", "推行"})

# National bodies named without a place, proper names of their own: `农业农村部办公厅`,
# `民政部办公厅`, `国务院办公厅` (the State Council and its ministries, as published).
ORGANIZATION_CENTRAL_BODIES = (
    "国务院", "外交部", "国防部", "教育部", "科技部", "科学技术部", "工业和信息化部", "工信部",
    "公安部", "国家安全部", "民政部", "司法部", "财政部", "人力资源和社会保障部", "人社部",
    "自然资源部", "生态环境部", "住房和城乡建设部", "住建部", "交通运输部", "水利部",
    "农业农村部", "商务部", "文化和旅游部", "文旅部", "退役军人事务部", "应急管理部",
    "审计署", "国家卫生健康委", "国家卫健委", "国家发展改革委", "国家发改委", "国家民委",
)

# Level words: a verb right before one governs the body it starts (`列为市政府十大…`:
# 市政府, not `加梯工作列为市政府`). Not 区: a verb and 区 make a zone, `产业集聚区政府`.
ORGANIZATION_LEVEL_WORDS = frozenset({"省", "市", "县"})

# Kinds of estate: generic alone (`小区党支部有党员115名`) but the unit of a name after
# a proper word (`台胞小区社区党支部`, `建业小区党支部`).
ORGANIZATION_GENERIC_UNITS = frozenset({"小区", "楼栋", "楼院", "院落", "网格", "片区"})

# A body named after its level alone gets the article's district filled in:
# `区人社局` → `涧西区人社局` (printed form kept as an alias). `市`/`县` stay as printed.
REGION_PREFIXES = ("区",)
# Nouns a level word starts, no level: `社区区域党委` (a region's committee, not 区 + 域党委).
LEVEL_NOUNS = ("区域", "县域")

# Quote marks around a body's whole name make it an epithet or an honour, not a body:
# `九龙办事处成为全市瞩目的“明星乡镇办事处”`, `被评为“五星级党支部”`.
ORGANIZATION_QUOTE_OPENERS = "“‘\"《「『"
ORGANIZATION_QUOTE_CLOSERS = ("”", "’", '"', "》", "」", "』")

# Words inside a 中心/学校 name that make it a business, not a public body:
# `康宁家政服务中心`, `洛邑本地生活偃师运营中心`, `洛阳金厨烹饪学校`.
ORGANIZATION_ENTERPRISE_CUES = ("家政", "运营", "购物", "商务", "体检", "美容", "烹饪",
                                "培训学校", "民办", "商贸", "物流", "口腔", "月子",
                                "项目",  # a builder's site office: `XX局XX中学项目指挥部`
                                # a company's own unit: `许昌市怡兴物业管理有限公司市直机关
                                # 物业服务中心` (the firm is the entity, not a public body)
                                "公司")
# ... except the trade a bureau oversees, named right before its suffix: `市商务局`,
# `安徽省商务厅` (while `XX商务中心` is a firm's).
ORGANIZATION_CUE_BUREAUS = ("局", "厅")

# --- enterprises -------------------------------------------------------------------

# Markets of stalls, named by their own name or their street's: `市民在祥云农贸市场选购`,
# `前往久兴批发市场`, `河西综合市场方面`, `自由路集贸市场拆迁后`. A kind word before 市场 is
# required: `旅游市场`, `年货市场` are trades, not businesses.
ENTERPRISE_MARKET_SUFFIXES = ("农贸市场", "集贸市场", "批发市场", "综合市场", "菜市场",
                              # by their trade: `大中原果品市场`
                              "果品市场", "蔬菜市场", "水产市场", "花卉市场", "建材市场")
# ... a place unit before one names no market of its own: `管城区农贸市场`, `乡镇集贸市场`.
ENTERPRISE_MARKET_NOT_AFTER = ("区", "县", "市", "镇", "乡", "村", "社区")
# ... a road's name before one is its own name: `自由路集贸市场` (`马路菜市场` is too short).
ENTERPRISE_MARKET_ROAD_ENDS = ("路", "街", "大道")
ENTERPRISE_MARKET_MIN_ROAD = 3
# A market named by a name of its own and the bare word: `天中市场门口`, `旌东街道民福市场内`,
# `▲忙碌的芦淞市场。`, `春晓镇三山菜场后面`. The bare word far more often means the trade
# (`市场监管所`, `旅游市场呈现`, `骑路市场多年占道`), so a place word or a pause must follow.
ENTERPRISE_NAMED_MARKET_WORDS = ("市场", "菜场")
ENTERPRISE_NAMED_MARKET_AFTER = ("门口", "门前", "大门", "内", "里", "外", "旁", "附近", "周边",
                                 "东侧", "西侧", "南侧", "北侧", "后面", "对面", "的",
                                 "。", "，", "、", ",", "；", ";", "！", "”", "\n")
# ... and its name no kind of market: `跳蚤市场等`, `便民市场`, `大樱桃交易市场`, `国内市场`
# (everyday words are the trade too: `汽车市场的竞争`, `文化市场，`; see enterprises)
ENTERPRISE_MARKET_KINDS = ("跳蚤", "便民", "农资", "马路", "露天", "交易", "临时", "流动", "早",
                           "夜", "大", "小", "二手", "室内", "专业", "消费", "旅游", "地产",
                           "人才", "劳务", "资本", "金融", "国内", "国际", "海外", "农村", "城乡",
                           "乡村", "城市", "社区", "全国", "全球", "本地", "外地", "线上", "线下",
                           "网上", "海内外", "国内外",
                           "养老", "车", "房")  # `养老市场的`, `二手车市场的`, `二手房市场`

# A factory by its product, after a name of its own: `郑州市第二印染厂`, `六普机械厂`
# (`小型加工厂`, `烟厂` are kinds, no name), or by its number after one: `新华二厂`,
# `国棉三厂`. Its staff estate is a compound (see ORGANIZATION_COMPOUND_TAILS).
ENTERPRISE_FACTORY_PRODUCTS = (
    "机械", "印染", "手表", "纺织", "棉纺", "针织", "水泥", "化肥", "化工", "机床", "电缆",
    "钢铁", "造纸", "啤酒", "卷烟", "面粉", "陶瓷", "玻璃", "橡胶", "轮胎", "拖拉机", "电机",
    "电器", "仪表", "阀门", "锅炉", "轴承", "砂轮", "肉联", "乳品", "饲料", "农机", "柴油机",
    "热电", "服装", "家具", "印刷", "制衣", "皮件", "塑料", "油化", "铝", "酒",
)
ENTERPRISE_NUMBERED_FACTORIES = tuple(n + "厂" for n in "一二三四五六七八九十")
ENTERPRISE_FACTORY_SUFFIXES = tuple(p + "厂" for p in ENTERPRISE_FACTORY_PRODUCTS) + \
    ENTERPRISE_NUMBERED_FACTORIES
# ... not by its age: `城西老纺织厂` (an old mill, no name).
ENTERPRISE_FACTORY_AGE_CHARS = "老旧"

# Strong suffixes: a name ending so is a business.
# A country in brackets inside a firm's name: `联合利华(中国)有限公司` (a province or city
# is read from the gazetteer: `煤哆哆(内蒙古)煤炭物流有限公司`).
ENTERPRISE_COUNTRY_WORDS = ("中国",)
# Chains whose stores are named by their branch right after: `嘉百乐超市万力店`.
ENTERPRISE_CHAIN_ENDS = ("超市", "商场", "大药房", "百货")
ENTERPRISE_SUFFIXES = (
    "股份有限公司",  # 洛阳中州重工股份有限公司
    "有限责任公司",  # XX有限责任公司 (pattern, as 河南远大物流有限公司)
    "有限公司",  # 河南远大物流有限公司
    "总公司",  # 市公交总公司 (总 no part of the name before it)
    "公司",  # 涧西供热公司
    "集团",  # 宏达集团
    "银行",  # 工商银行, 交通银行
    "支行",  # XX银行XX支行 (pattern)
    "分行",  # XX银行郑州分行 (pattern)
    "农发行",  # 县农发行
    "酒店",  # 锦程酒店
    "宾馆",  # XX宾馆 (pattern, as 锦程酒店)
    "商厦",  # 郑州市华联商厦 (a department store)
    "广场",  # 新都汇广场, 恒泰广场
    "商场",  # XX商场 (pattern, as 新都汇广场)
    *ENTERPRISE_MARKET_SUFFIXES,
    "超市",  # XX超市 (pattern)
    "物流园",  # 汇之源物流园
    "商贸城",  # 在京陇商贸城经营体育用品
    "门诊",  # 伊川县康美口腔门诊
    "诊所",  # XX诊所 (pattern, as 伊川县康美口腔门诊)
    "大药房",  # XX大药房 (pattern)
    "制药厂",  # 洛阳市华康制药厂
    *ENTERPRISE_FACTORY_SUFFIXES,
    "烹饪学校",  # 洛阳金厨烹饪学校
    "培训学校",  # XX职业技能培训学校 (`5所民办职业技能培训学校` is generic)
    "家政服务中心",  # 康宁家政服务中心
    "运营中心",  # 洛邑本地生活偃师运营中心
    "游乐园",  # XX游乐园 (pattern)
    "影城",  # XX影城 (pattern)
    "购物中心",  # XX购物中心 (pattern)
    "酒馆",  # 来到贰麻酒馆
    "茶馆",  # XX茶馆 (pattern, as 贰麻酒馆)
    "酒吧",  # XX酒吧 (pattern, as 贰麻酒馆)
    "工厂",  # 东风日产郑州汽车工厂
    "度假区",  # 里山明月休闲度假区
    "创意园",  # 郑州记忆·油化厂创意园
    "合作社",  # 绿源花木农民专业合作社, 盈收蔬菜种植合作社 (`成立合作社` is generic)
    "律师事务所",  # 河南融业律师事务所
    "会计师事务所",  # XX会计师事务所 (pattern, as 河南融业律师事务所)
    # insurers named without 公司: `社区联合合众人寿办起了…`, XX财险 (pattern)
    "人寿", "财险",
)

# Adverbs and direction words a firm's name may hold after its place: `郑州市快速公交公司`
# (快速, d), `三门峡北方游船有限公司` (北方, f).
ENTERPRISE_INNER_STOP_POS = frozenset({"d", "f"})

# Sites of a farm or a park, named after their firm and printed after the village or
# town they stand in: `东马垓村慧磊养殖基地` → `慧磊养殖基地`, `吴店镇泽铭医疗器械产业园`
# → `泽铭医疗器械产业园`. The places before the firm's own name are dropped, and that
# name must remain (`中牟县汽车产业园`, a public park, names no firm).
ENTERPRISE_SITE_SUFFIXES = ("养殖基地", "种植基地", "产业园",
                            "家庭农场")  # `兴鹤村爱东家庭农场` → `爱东家庭农场`
# ... not when a zone's word follows: `城东产业园区` (a public industrial zone).
ENTERPRISE_SITE_NOT_AFTER = ("区",)

# National carriers named by their brand alone, no suffix: `中国联通、阿志工作室、眼科医院等`.
ENTERPRISE_BRANDS = ("中国移动", "中国联通", "中国电信", "中国铁塔")

# A studio is a business when a short name of its own stands before it: `阿志工作室`; a
# longer prefix names a public or party programme: `付化友党建工作室`, `劳模创新工作室`
# (generic prefixes fail the own-name test anyway). Suffix → longest prefix.
ENTERPRISE_SHORT_NAME_SUFFIXES = {"工作室": 3}

# A square (广场) is a business only when its name shows a mall: a mall chain's brand
# (`郑州万达广场`, `宝龙广场`) or a trade word (`金汇购物广场`, `红星美凯龙家居广场`). Most
# squares in district news are public spaces (`文博广场`, `站前广场`, `便民广场`, `珠玑广场`,
# `恩平冯如广场`): on the probe pages public ones outnumbered malls five to one.
ENTERPRISE_MALL_SUFFIXES = ("广场",)
ENTERPRISE_MALL_WORDS = ("商业", "购物", "家居", "商贸", "国贸", "世贸", "美食", "建材")
# Operators of shopping-mall chains, by their brand in the mall's name (the chains of the
# industry's published rankings: 万达广场, 吾悦广场, 宝龙广场, 华润万象, 大悦城, 印象城,
# 银泰, 凯德, 世茂, 爱琴海 …; 碧桂园, 保利, 中海, 融创, 恒大, 绿地, 富力, 华强: developers
# whose commercial centres are 广场; 正弘, 丹尼斯, 建业, 升龙, 大商: Henan's own).
ENTERPRISE_MALL_BRANDS = ("万达", "吾悦", "宝龙", "华润", "万象", "大悦", "印象", "银泰",
                          "凯德", "世茂", "爱琴海", "红星美凯龙", "居然之家", "王府井", "苏宁",
                          "金鹰", "天虹", "来福士", "碧桂园", "保利", "中海", "融创", "恒大",
                          "绿地", "富力", "华强", "万科", "正弘", "丹尼斯", "建业", "升龙", "大商")

# A site's name that is only a place names no firm (``enterprises._only_place``): a place
# word, a city's two-character nickname in 城 (`绿城`), or a person's name (jieba tag, 2-3
# characters from a surname) alone or after places (`越城区蔡元培`; not `碧桂园`: 碧 is no
# surname).
ENTERPRISE_CITY_NICKNAME_END = "城"
ENTERPRISE_SQUARE_PERSON_POS = frozenset({"nr"})

# A shop named with the bare word 店 (`夏氏月饼店`, `老杨家胡辣汤店`, `大商金博大店`), but not
# when 店 ends an everyday word (`临街门店`, `文创小店`, `驻马店`: a dictionary frequency of
# at least ENTERPRISE_SHOP_WORD_FREQ, or a city's name) or begins one the dictionary
# lacks (`店牌`, `店招`).
ENTERPRISE_SHOP_SUFFIX = "店"
ENTERPRISE_SHOP_WORD_FREQ = 50
ENTERPRISE_SHOP_NOT_BEFORE = ("牌", "招",
                              "铺", "面", "家")  # `青塘疏导点共有店铺66家`, 店面, 店家

# Weak suffixes (trades): only with a proper prefix of their own: `洛阳瑞丰科技`,
# `锦绣服饰`, `宏光电子`, `洛阳百味食品`, `远通物流`, `河南恒兴实业`, `洛新燃气`,
# `华源电力`, `天宇塑料制品`, `金鼎制罐`, `洛清环保`.
# A trade word and 户 are households of the trade: `养殖户`, `种植户`.
ENTERPRISE_HOUSEHOLD_CHAR = "户"
ENTERPRISE_WEAK_SUFFIXES = (
    "科技", "服饰", "电子", "食品", "物流", "实业", "燃气", "电力", "塑料制品", "制罐",
    "环保", "置业", "地产", "商贸", "药业", "制衣", "餐饮", "物业", "家居", "汽车",
    "螺蛳粉", "火锅", "烩面", "面馆", "饭店", "餐厅", "书店", "药房",
    ENTERPRISE_SHOP_SUFFIX,
    "牧业", "农业", "养殖",  # `扶贫企业鸿旺牧业`
    "房地产",  # `在辖区安泰房地产建设工地举行募捐活动`
    "环卫",  # a sanitation contractor: `社区协同锦城环卫，在辖区…`
    "化工", "新材料",  # `东明县旭阳化工、小井镇…`, `辉耀智佳科技、德通新材料、…`
    "钢构", "速递",  # `圣腾钢构`, `圆通速递在鲁西南地区布局的首个…`
)

# A trade word running into these is part of a place's name, no business's: `双清区汽车站
# 街道` (a street named after the bus station; `金晖汽车站` stays), `…电子路`.
ENTERPRISE_TRADE_NOT_BEFORE = ("街道", "社区", "村", "路", "街", "大道", "站街道", "站社区",
                               "前街", "后街")  # `六厂前街社区`, named after a factory

# Trades that public bodies also run: after a place unit they are the public service
# (`新华区环卫`, `新华区环卫清洁服务中心`), after a brand a firm (`锦城环卫`).
ENTERPRISE_PUBLIC_TRADES = ("环卫",)

# Words right after a trade name that are the business's own site, so the name ends
# there: `安泰房地产建设工地`, `XX置业项目部`.
ENTERPRISE_SITE_WORDS = ("建设工地", "工地", "项目部", "售楼部")

# Words right before a suffix that make it any business of the kind, no name: `某公司`,
# `一家超市`; 一 only after a place (`市城区一超市内`, a supermarket), for it also numbers
# firms (`金水环卫清洁服务一公司`) and ends names (`则一科技`).
ENTERPRISE_INDEFINITE_WORDS = frozenset({"某", "一家", "某家", "这家", "那家"})
ENTERPRISE_INDEFINITE_AFTER_PLACE = "一"

# Words right after a trade name for the firm's people, so the name ends there:
# `圣腾钢构企业负责人`, `宏达物流员工正在装车` (not 企业 alone: `冷链物流企业` is a kind).
ENTERPRISE_TRADE_END_WORDS = ("企业负责人", "员工", "职工", "老板",
                              "店员", "店长")  # `豆花日记九中店店员为志愿者送来了奶茶`

# Words that govern an enumeration of businesses: `深入涧西供热公司、洛新燃气、锦绣服饰、
# 云裳服饰等100余家企业`, `宏达集团、好味来、鲜丰等企业负责人`, `精选嘉和、恒泰、
# 锦绣等7家优质物业服务企业`.
ENTERPRISE_LIST_HEADS = ("企业", "商户", "公司", "商家", "厂家", "门店", "品牌",
                         # brands that settled as investments: `华特迪士尼、华谊兄弟、华强
                         # 等一大批知名项目扎堆入驻` (not `…等一大批市政工程`)
                         "知名项目")

# Words that, governing an enumeration, show it lists businesses anyway (used for the
# items' trade words): `中州重工配套企业天宇塑料制品`.
ENTERPRISE_CUE_WORDS = ("配套企业",)

# Utilities by their trade alone are kinds of business: `自来水公司与供暖公司` (but
# `涧西供热公司`) ...
ENTERPRISE_UTILITY_TRADES = frozenset(
    {"供暖", "供热", "供水", "供电", "供气", "燃气", "自来水", "热力",
     "公交"})  # the city's buses: `市公交总公司`
# ... but after a level word, that city's or county's one company: `记者联系了市自来水公司`,
# `县供电公司`, `市公交总公司` (not `市区自来水公司`: the level word must follow a word's
# end, one of these characters or no CJK at all).
ENTERPRISE_LEVEL_WORDS = "市区县"
ENTERPRISE_LEVEL_AFTER_CHARS = "了和与及或到对由向为是被给同跟找请让、"

# First words of a prefix that make it a kind of business, not one: `民办职业技能培训学校`,
# `物业管理公司`, `大型商场`, `连锁超市`.
ENTERPRISE_GENERIC_PREFIX_WORDS = frozenset(
    {"新建", "标准化",  # `新建标准化农贸市场3个` (新建 is also a county the tagger knows)
     "马路",  # `马路菜市场`: stalls on a street, no market's name
     "民办", "物业管理", "物业服务", "物业", "大型", "连锁", "各类", "相关", "多家", "部分",
     "商业", "国有", "地方", "村镇", "股份制", "合作", "政策性", "网上", "手机", "快递",
     "外卖", "建筑", "保险", "运输", "劳务派遣", "担保", "小额贷款", "房地产", "培训",
     "职业技能", "中小", "小微", "龙头", "本土", "外来", "星级", "高端", "快捷", "主题"}
    | ENTERPRISE_UTILITY_TRADES
)

# Words of an estate or neighbourhood heading a business's name are the place it serves,
# not part of the name: `社区联合小区伟星物业公司` → `伟星物业公司`.
ENTERPRISE_LEADING_PLACE_WORDS = frozenset({"小区", "社区", "辖区", "楼院", "片区",
                                            "县城", "市区",  # `县城清华园小区物业`
                                            "原"})  # former: `原国棉三厂` → `国棉三厂`

# Groups of state-owned builders are numbered bureaus, firms not public bodies:
# `中建五局洛阳理工学院附属中学项目`; also 中建三局, 中交一局 (pattern).
ENTERPRISE_BUREAU_GROUPS = ("中铁", "中建", "中交", "中冶", "中核", "中水", "中电建", "中铁建")

# A quoted name ending so is a platform: `上架“洛品网”`; also “XX App” (pattern).
ENTERPRISE_PLATFORM_TAILS = ("网", "App", "APP", "app")

# Words before a quoted `…网` that make it a net woven, a metaphor: `织就了一张覆盖
# 全社区的“暖心网”`, `织密“防护网”`.
ENTERPRISE_NET_METAPHOR_CUES = ("织", "一张")

# An item of one or two characters of a trade and 厂 is a kind of factory, no name:
# `由电化厂、烟厂、纱厂、橡胶厂、化肥厂等企业建设` (a named one is longer: `郑州卷烟厂`).
ENTERPRISE_KIND_ITEM_MAX = 3
ENTERPRISE_KIND_ITEM_TAILS = ("厂",)

# Items of an enumeration that are generic words, not names: `商超、餐饮、酒店等`.
ENTERPRISE_GENERIC_ITEMS = frozenset(
    {
        "商超", "餐饮", "酒店", "文旅", "企业", "商户", "门店", "银行", "医院", "学校",
        "超市", "商场", "物业", "工厂", "个体工商户", "小微企业", "国有企业", "民营企业",
        "外资企业", "规上企业", "重点企业", "金融机构", "社会组织", "科技型企业",
        # kinds of shop: `我市菜场、超市、生鲜平台等保供企业`
        "菜场", "菜市场", "农贸市场", "便利店", "药店", "生鲜平台", "电商平台",
    }
)

# --- initiatives -------------------------------------------------------------------

# Quote marks as printed on these pages (full-width, and ASCII after OCR).
QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ('"', '"'), ("《", "》"),
               ("「", "」"), ("『", "』"))  # corner quotes (Guangdong): 「亲仁善邻.与邻为伴」

# Words right after a quoted name that show it is a campaign or programme:
# `“百城万店”活动`, `“三进三帮”工作专班`, `“村中园”模式`, `“一网统管、多元共治”
# 工作机制`, `“学比超”专项工作`, `“五好”支部创建`, `“邻里守望、党员先行”主题活动`.
INITIATIVE_AFTER_CUES = (
    "活动", "工作", "行动", "模式", "机制", "专项", "主题", "创建", "品牌", "专班",
    "建设", "治理", "工程", "计划", "项目", "平台", "学习平台", "竞赛", "劳动竞赛", "大赛",
    "比赛", "招聘会", "专场", "论坛", "志愿服务", "系列", "支部", "规范流程", "措施",
    "要求", "相关要求", "责任", "产业格局", "标准", "政务服务", "线上", "小程序", "微信小程序",
    "互动", "制度", "体系", "战略", "工作法", "理念", "为主题", "为载体", "为抓手",
    "是",  # `“幸福小院”是李楼村…`: a name being defined
    "启动",  # `大学路街道“爱心补给站”启动`
    # a delegation named after its campaign: `“宣传贯彻十九大·十佳记者走基层”采访团`
    "采访团", "采风团", "宣讲团",
    # a platform or a time slot named so: `“文明小杜”微平台`, `通过“和平夜话”时间开展入户宣传`
    "微平台", "时间",
    # an event joined to another by 暨: `“长江日报社区行 共同缔造办实事”暨…读者节系列活动`
    "暨",
    "举措",  # `通过“四进社区”等举措` (as 措施)
    # a team named by its campaign: `建起一支网格员“青骑士”队伍`, `淮海路小学“三新”服务队`
    "队伍", "服务队", "志愿队",
    "评选", "评比",  # a contest: `举办锦绣社区“最美楼栋”评选暨表彰大会`
    "系统",  # a named system: `引入了“智慧管家”系统`
    "力度",  # a campaign stepped up: `加大“三清一改”力度`
    "决赛", "总决赛",  # `“青春安徽宣传员”总决赛` (as 比赛)
    "发展战略",  # `按照“绿色交通”发展战略` (as 战略)
)

# A describing noun between a quoted name and a programme word: `“拯救爱”陪护照料计划`
# (at most INITIATIVE_DESCRIBED_MAX characters, no punctuation).
INITIATIVE_DESCRIBED_UNITS = ("计划", "项目", "工程",
                              # a theme's event: `“军民携手暖夕阳，雷锋精神永传承”学雷锋
                              # 主题实践活动` (not `又有“里子”手账主题：`, a column's topic)
                              "主题活动", "主题实践", "主题教育")
INITIATIVE_DESCRIBED_MAX = 6

# A quote that is an item of an enumeration closed by `等` and a programme word is one of
# those programmes: `永安社区“移动居委会”、五彩社区“小板凳”星空电影院等社区特色项目`
# (at most INITIATIVE_LIST_GAP characters between 等 and the word, the list in one clause
# of at most INITIATIVE_LIST_SPAN characters).
INITIATIVE_LIST_UNITS = ("项目", "举措", "品牌", "工程", "计划")
INITIATIVE_LIST_GAP = 4
INITIATIVE_LIST_SPAN = 60

# Characters that make a tail word the predicate of a phrase, not a generic tail:
# `“创建文明城，记者在行动”` keeps 在行动 (`我们在行动`, `全民齐行动`, `“学雷锋·文明实践我
# 行动”`).
INITIATIVE_TAIL_BINDERS = "在正齐共都再我"

# The same words after 的: `“一访、二帮、三提升”的工作方法`, `按照“一户一档”的标准`.
INITIATIVE_AFTER_DE_CUES = ("工作方法", "工作机制", "模式", "机制", "标准", "治理体系",
                            "活动", "理念")

# A quoted term followed by these is being discussed, not named: `围绕“便民利民”
# 这一关键词`, `用好“会客厅”这个平台`; 式 makes it a manner: `实现“点单”式服务`.
INITIATIVE_NOT_AFTER = ("这一", "这个", "这样", "式",
                        "称号", "荣誉称号",  # an honour: `授予“…工作先进单位”称号`
                        "公园", "主题公园",  # a park's name: `在“古树印记”主题公园里`
                        # a paper's column, a book published: `本报特开设“不文明行为曝光台”
                        # 专栏`, `“曝光台”栏目`, `举办《旧镇史话》发行仪式`
                        "专栏", "栏目", "发行", "出版", "首发")

# A title in 《》 after the kind of work it names is that work, no programme: `小品《双夺魁》`,
# `诗朗诵《创建文明城市我们在行动》`, `舞蹈《祖国之恋》` (a programme watched keeps its
# title: `组织收看《党课开讲啦》`).
INITIATIVE_WORK_KINDS = ("小品", "朗诵", "诗歌", "歌曲", "舞蹈", "戏曲", "相声", "快板", "独唱",
                         "合唱", "演唱", "独奏", "合奏", "演奏", "歌舞", "情景剧", "话剧", "电影",
                         "影片", "宣传片", "纪录片", "微电影", "书籍", "图书", "期刊", "诗词",
                         # ... or after a verb of giving or printing a thing: `赠送《攀登之路
                         # ——文艺名家宣讲文稿摘编》`, `编印《…手册》`
                         "赠送", "捐赠", "编印", "印发", "发放")
# A quote ending so is a paper's series of reports, not a programme of a public body:
# `早报推出“走四方 看变化——喜迎市党代会特别报道”`.
INITIATIVE_MEDIA_ENDINGS = ("报道",)
# A title ending so is a law, a regulation or an official paper, no programme: `《食用农产品
# 市场销售质量安全监督管理办法》`, `《福建省志愿服务条例》`, `《泸州市市民公约》`, `《…的意见》`,
# `《…实地测评标准》` (and a national law: `《中华人民共和国水污染防治法》`).
INITIATIVE_DOCUMENT_ENDINGS = ("办法", "条例", "规定", "细则", "公约", "意见", "通知", "标准",
                               "决定", "纲要", "守则", "规则")

# `为“…”贡献力量`: the quote is the cause served, a campaign: `为“美好生活看信阳”贡献
# 力量`, `为“双创”助力` (为 alone before a quote is no cue: `被誉为“…”`).
INITIATIVE_WEI_AFTER_CUES = ("贡献力量", "贡献", "助力", "添砖加瓦", "保驾护航")

# Verbs switching something into a mode: `开启“静音模式”` is a way of working, no
# programme, though the quote ends in 模式 (while `坚持“村中园”模式` is one).
INITIATIVE_MODE_VERBS = ("开启", "切换", "切换到", "进入", "秒变", "变身")


# `以“…”为` is a cue only when a programme word follows 为: `以“乡村振兴·出彩峡窝”
# 为主题`, `以“三送一强”活动为载体`; not `以“重视家风”“孝老爱亲”等为内容`.
INITIATIVE_YI_WEI_CUES = ("主题", "载体", "抓手", "依托", "平台", "牵引", "引领", "统领",
                          "切入点", "主线",
                          "龙头")  # `该乡以“为民服务站”为龙头`

# A cue word with 的 before a quote names what was built: `共同打造的“学雷锋志愿服务
# 一条街”` (not 开展的: `高质量开展的“集结号”`, a metaphor).
INITIATIVE_BEFORE_DE_CUES = ("打造的", "推出的",
                             "举办的", "举行的",  # `建华南街道举办的“365百姓故事汇”`
                             "主办的", "承办的",  # `由…主办的“赓续红色血脉 助力文旅发展”…采访`
                             "协办的")  # `由…主办、全区各单位协办的“…图片展”`

# Words right before a quoted name that show it is one: `开展“五进”活动`, `实施“三联”
# 互动`, `依托“智慧洛阳”`, `坚持“村中园”模式`, `深化“产业振兴+特色小镇+和美乡村”建设`.
# `以` counts only as `以“…”为`: `以“三进三帮”活动为载体`, not `以“点单派单”的方式`.
INITIATIVE_BEFORE_CUES = (
    "开展", "实施", "推进", "依托", "围绕", "启动", "坚持", "探索", "深化", "全面实施",
    "创建", "举办", "举行", "组建", "凝聚", "打造", "借助", "推行", "开设", "实现",
    "提出", "授予", "使用", "推动", "助力", "实行", "承办", "发起", "参加", "参与",
    "引领",  # `党建引领“三项行动、一套机制”`
    "专题",  # `开设…专题“空中课堂”`
    "加快", "落实", "搭建", "践行",  # `加快“四机一转”`, `落实“三送一强”`, `搭建“党群社校企”`
    "建立", "建立起",  # `建立“法律服务岗”` (as 创建, 组建)
    # a service point or team set up: `吉祥社区成立了“学雷锋义务理发站”`, `设立“儿童之家”`
    "成立", "设立",
    "响应", "发布",  # a call answered or issued: `响应“同饮黄河水·共护母亲河”…倡议`
    "收看", "观看",  # `收看《初心讲堂》`
    # a theme announced: `活动主题为“循迹再奋进 志愿践于行”`, `主题是“鸟羽翩翩 生生不息”`
    "主题为", "主题是",
)

# A verb of making or holding, a description ending in 的, then the quote: `打造风格各异的
# “文化街巷”`, `举办一场别开生面的“社区大集”` (at most INITIATIVE_DE_GAP_MAX characters
# between verb and 的); not `参与社区治理的“移动网格员”` (a role), nor a business's
# `推出清凉有趣的《熊熊水花派对》` (a show).
INITIATIVE_DE_GAP_VERBS = ("打造", "举办", "举行", "开展", "创建", "搭建")
INITIATIVE_DE_GAP_MAX = 8

# Words of treatment after a quoted dictionary noun make it the nuisance treated, not a
# programme: `601社区“牛皮癣”治理经验` (flyposting), `“蜘蛛网”整治`.
INITIATIVE_OBJECT_CUES = ("治理", "整治", "清理")

# A quoted name pairing a unit with its like by one of these verbs is a mechanism:
# `携手“支部联支部”`, `“村帮村”`, `“党员带党员”`.
INITIATIVE_PAIRING_VERBS = "联帮带结连促"

# Words that complete a quoted name when printed right after it: `“五好”支部创建` →
# `五好支部`.
INITIATIVE_GLUE_TAILS = ("支部",)

# A quoted everyday word is emphasis, not a name: `以两个“坚持”为抓手`, `组建“突击队”`
# (jieba dictionary frequency at least this).
INITIATIVE_COMMON_FREQ = 150

# A quoted name that itself ends in a programme word needs no other cue:
# `落实“河长制”`, `第35个“全国爱耳日”`, `专题“空中课堂”`.
INITIATIVE_INNER_TAILS = ("制", "机制", "模式", "工程", "行动", "计划", "活动", "工作法",
                          "联盟", "文化节", "艺术节", "大赛", "竞赛", "论坛", "宣传月",
                          "活动月", "服务月", "宣传周", "日", "课堂", "讲堂")
# (Not 队: a team quoted whole is no programme, `组成的100多支“党员服务突击队”`.)

# Characters that show a quote is speech or a slogan sentence, not a name:
# `“有了这个平台，我们办事方便多了！”`.
INITIATIVE_BAD_CHARS = frozenset("！？。!?…；;：:")

# Question words that show a quote is a question raised, not a name: `有居民提出“小区
# 能否安装充电桩”`, `就“是否需要安装充电桩”“在哪里安装”等问题`.
INITIATIVE_QUESTION_WORDS = ("能否", "是否", "可否", "如何", "怎么", "怎样", "哪里", "多少",
                             "什么")  # `为什么`; `真正实现“想看什么放什么”`: a wish, no name

# A quote with 的 is a phrase unless short and named a theme right after it, the cue
# ending its clause: `围绕“我们的家园”主题，`, `“我们的节日”主题活动` (but `建成“我们的
# 家园”主题公园`: a park's name).
INITIATIVE_DE_NAME_CUES = ("主题活动", "系列活动", "为主题", "主题")
INITIATIVE_DE_MAX_LEN = 6

# Parallel clauses of this many characters or more, each with a verb, are a slogan, not a
# name: `实现了“推窗可见绿、移步皆是景”` (while `“三项工程、一项管理”` is a programme).
INITIATIVE_SLOGAN_CLAUSE_MIN = 5

# A dash in a quote divides a title from its subtitle; only the title must be a name:
# `“发言人来了——我们的社区生活”系列活动`.
INITIATIVE_TITLE_DASHES = ("——", "—", "--")

# Modifiers between a quoted name and its cue word: `“石榴花开·籽籽同心”网络主题活动`.
INITIATIVE_CUE_MODIFIERS = ("网络", "线下", "全民", "公益",
                            "实践", "志愿者", "志愿", "宣讲",  # `“和平夜话”实践活动`,
                            # `2019年“文化进社区访民情”志愿者活动`
                            "社区",  # `“梅好家园”社区治理项目`
                            "管理",  # `积极构建“三长”管理体系`
                            "党建")  # `“七色花”党建+模式`, `“红色驿站”党建品牌`

# Joins between a modifier and its cue word: `党建+模式`.
INITIATIVE_MODIFIER_JOINS = "+＋"

# An event unit and 活动 after a quoted theme name the event: `「亲仁善邻.与邻为伴」邻里节
# 活动`, `“书香满城”读书月活动` (at most this many characters before the unit).
INITIATIVE_EVENT_UNITS = ("节", "周", "月")
INITIATIVE_EVENT_MAX = 3

# A quoted theme and, before the clause ends, the activity it names, its kind between:
# `“侨心同行,共植新绿”植树活动`, `“刺桐红”党员义务植树志愿服务活动`, `“文明大家谈”进社区
# 首场活动` (at most INITIATIVE_ACTIVITY_GAP characters between) ...
INITIATIVE_ACTIVITY_WORDS = ("活动", "行动",
                             # a programme's kind: `“锦绣城西”文旅品牌`, `“3+1”联动机制`
                             # (not 模式: `“电商+文创”运作模式` is a way of doing business)
                             "品牌", "项目", "机制", "平台", "体系", "工程")
INITIATIVE_ACTIVITY_GAP = 10
# ... not when the words between show it is no name of the activity: `“小候鸟”参加活动`,
# `“廉洁诗词”等多种活动`, `“环卫工人道班房”字样的活动`, `“三桥汇”处开展春季植树活动`,
# `“冉收”三个果蔬品牌` (a count: the quote is one of them).
INITIATIVE_ACTIVITY_GAP_STOPS = ("的", "等", "参加", "参与", "开展", "举办", "举行", "组织",
                                 "处", "字样", "个")

# Numerals opening a numbered slogan (see ``initiatives._numbered_name``); not 百/千/万, which
# open words (`“百家宴”`, `“万事通”`).
INITIATIVE_SLOGAN_NUMERALS = "一二三四五六七八九十两双"
# ... not when a classifier of kinds follows the number: `“三类组织”` counts kinds.
INITIATIVE_KIND_CLASSIFIERS = "类种"

# A quote ending so names a kind, not a programme: `打造“文化型”、“服务型”等特色品牌社区`.
INITIATIVE_KIND_ENDINGS = ("型",)

# Unquoted names by suffix: `商圈共建联盟`, `孟津区朝阳镇乡村振兴主题论坛`,
# `退役军人就业服务招聘会`, `青少年安全体验营`, `洛龙区重点工程建设劳动竞赛`,
# `消防宣传月`, `金秋消费月`.
INITIATIVE_SUFFIXES = (
    "联盟", "论坛", "招聘会", "训练营", "劳动竞赛", "技能竞赛", "挑战赛", "培训会", "博览会",
    "文化节", "艺术节", "美食节", "消费月", "生产月", "宣传月", "宣传周", "活动月",
    "体验日",  # `郑州市生活垃圾分类体验日活动启动仪式`
)
# (A team is no programme: `他还是能工巧匠维修志愿服务队的队长` names no initiative;
# a quoted one, `“义修哥”志愿服务队`, is found by the quote rule.)

# Numbered responsibilities printed without quotes, a campaign all the same: shops' and
# households' duties for the pavement before their door, `做好门前五包`, `门前三包`, `攸县
# “门前三小”` (quoted too: `门前“四包”责任`).
INITIATIVE_NUMBERED_SLOGANS = (r"门前[一二三四五六七八九十]{1,2}[包小]",)

# A chief system, unquoted, named by whom it puts in charge: `严格落实河长制`, `自从路长制工作
# 开展以来`, `推行楼栋长制度`, `上饶市化工产业链链长制工作推进会`; not the verb 制 (`校长制定`,
# `组长制作`, `山东步长制药有限公司`) nor paternalism (`家长制作风`).
INITIATIVE_CHIEF_SYSTEM = r"(?<![家])长制(?![定作造止订约衡品药服表图冷热成])"

# Generic tail words dropped from a canonical name unless part of it:
# `“百城万店”活动` → `百城万店`.
# A committee in quotes is a service's nickname, not a body: 康宁社区“移动居委会”.
INITIATIVE_NICKNAMED_BODIES = ("居委会", "村委会")

INITIATIVE_TAIL_WORDS = ("活动", "工作", "行动")
