"""Rule tables for reading a page: dispatch lines, byline roles, debris, punctuation.

Each rule names the real text it was written for. Layout, segmentation and byline
parsing all read these tables; none of them hard-codes a pattern of its own.
"""

from __future__ import annotations

import re

__all__ = [
    "BYLINE_TAILS",
    "CITIZEN_REPORTERS",
    "CJK",
    "CREDIT_PREFIXES",
    "DEBRIS_RE",
    "EDITORIAL_LABEL_RE",
    "PICTURE_CAPTION_RE",
    "CAPTION_TIME_RE",
    "PICTURE_SOURCE_RE",
    "SECTION_MARK_RE",
    "DISPATCH_RE",
    "LEAD_MARKS",
    "NEWS_LEAD_RE",
    "OUTLET_KIND_WORDS",
    "OUTLET_RE",
    "PAGE_NO",
    "PHOTO_TAILS",
    "REPORTER_LABELS",
    "REPORTER_ROLE_RE",
    "ROLE_STARTS_RE",
    "ROLE_WORDS",
    "SENTENCE_PUNCT",
    "TAG_RE",
    "TERMINAL_PUNCT",
    "TURNS_OVER_RE",
]

CJK = "\u3400-\u4dbf\u4e00-\u9fff"

# Who a role word may credit by name: a paper, site, station or agency (`郑州晚报`,
# `新华社`, `中新社`, `大河网`, `周口报业`, `浙江在线`, `湖南日报·新湖南客户端`,
# `沈阳日报、沈报`, `正观新闻·郑州晚报`), as in `郑州晚报记者`, `新华社记者`, `郑州日报通讯员`.
# (`长沙分站记者`: a site's city station; `安阳融媒记者`: a city's media centre;
# `郑州观察记者`: a paper's city desk)
_OUTLET_KINDS = ("日报|晚报|早报|都市报|商报|报业|报|网|在线|台|电视台|传媒|社|客户端|新闻"
                 "|分站|融媒|观察|视频")  # (a paper's video app: `半岛晨报、39度视频首席记者`)
OUTLET_KIND_WORDS = tuple(_OUTLET_KINDS.split("|"))
# A platform's brand may stand before the paper (`草原云·北方新报记者`, `广西云-广西日报
# 记者`), a paper before its app (`扬子晚报/紫牛新闻记者`, or one named anyhow right before
# 记者: `南京晨报/爱南京记者`);
# a group's Latin initials are an outlet too (`YMG全媒体记者`, 烟台日报传媒集团), and so is
# a news app's city channel (`ZAKER合肥记者`).
OUTLET_RE = (rf"(?:[{CJK}]{{2,4}}[·・\-－](?=[{CJK}]{{1,6}}(?:{_OUTLET_KINDS})))?"
             rf"(?:[{CJK}]{{1,6}}(?:{_OUTLET_KINDS})(?:[·・、/／][0-9]{{0,3}}[{CJK}]{{1,8}}"
             rf"(?:{_OUTLET_KINDS})"
             rf"|[/／][{CJK}]{{2,6}}(?=记者))?"
             rf"|[A-Z]{{2,6}}(?:[{CJK}]{{2,3}}(?=记者))?)")
# Units a contributor signs for, a space before the name, on an article's last line:
# `徐州市鼓楼区丰财街道办事处下淀社区居委会 滕富生`, `XX区民政局 张三` (credits nobody).
CREDIT_UNITS = ("居委会", "村委会", "委员会", "管委会", "办事处", "街道", "社区", "中心",
                "局", "办公室", "党委", "党工委", "党支部", "派出所", "服务站", "学校", "医院",
                # a partner paper's credit in an end byline: `中牟时报 李淑娟`
                "时报", "日报", "晚报", "电视台")
# Byline role words, longest first. Reporters: `记者`, `本报记者`, `首席记者`,
# `郑州晚报记者`, `郑报全媒体记者`, `见习记者`, `新华社记者`, `河南日报特约记者`; any
# outlet may stand before 记者 or 通讯员 (`本报通讯员`, `郑州日报特约通讯员`).
# 郑报融媒记者; `□社区记者 卞静 文清` (a paper's community desk), 驻站记者, 视频记者;
# 采访人员, some papers' word for their reporters (`徐报融媒采访人员 吴云 通讯员 王媛`).
# `□周刊记者 董莉莉` (a paper's weekly); `特派记者 沈钧` (sent to another city)
_REPORTER_PREFIXES = ("本报|首席|见习|实习|特约|特派|摄影|全媒体|融媒体|融媒|媒体|社区|驻站|视频"
                      "|周刊")  # (`株洲日报媒体记者/刘平 摄`)
# (`昆明日报 记者`: the outlet set off by a space; `周口日报全媒体 记者李瑞才`: its desk too;
# a paper and its app's channel: `合肥晚报 ZAKER合肥记者`; two prefixes: `见习社区记者谯继`,
# an intern on the community desk)
REPORTER_ROLE_RE = (rf"(?:{OUTLET_RE}\s*){{0,2}}(?:(?:{_REPORTER_PREFIXES})\s*){{0,2}}(?:首席)?"
                    rf"(?:记者|采访人员)")
# Readers and pupils who report for a paper, credited as none of our roles: `市民记者 班计划`.
CITIZEN_REPORTERS = ("市民", "学生", "少年", "小小", "校园", "志愿", "网友", "读者")
# (a party committee's press group, Zhejiang papers: `（记者 楼盼 报道组 陈婺）`, `县委报道组`)
_OTHER_ROLES = ("实习生|编辑|校对|审核|(?:[县区市]委)?报道组"  # (`审核 王天姿`: the editor)
                # a reader who gave the tip, under the byline: `线索提供 李松华` (提拱: a
                # misprint of 提供, the two characters alike)
                "|线索提[供拱]"
                # an end credit block's editors: `统筹:张明纯 李扬` / `记者:林蓁 李德鹏` /
                # `视频:林蓁 余俊樵` (视频 before 记者 is a reporter's desk: `视频记者`)
                "|统筹|策划|视频(?=[:：])"
                # the writer beside a photographer, no reporter's word: `■摄影 王 强 文字 金睿敏`,
                # `撰文 李明`
                "|文字(?=[\\s:：/／])|撰文"
                # the desk's reviewers and producers at an item's foot: `审核|张晓航 终审|朱代军`,
                # `责编 王明`, `监制 李强`
                "|[初复终]审(?=[\\s:：|｜丨])|责编|监制(?=[\\s:：|｜丨])")
# An outlet alone before a name its credit follows is that outlet's reporter: `郑州晚报
# 董艳竹 文/图`, `洛阳晚报 张华 摄`; so is one before another role (`本报讯(郑报融媒
# 谢鹏飞 通讯员 刘雪梅)`). No credit: a partner paper's contributor, `中牟时报 李淑娟`
# (see CREDIT_UNITS).
_OUTLET_CREDITED = (rf"{OUTLET_RE}(?=\s+[{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}})*\s*"
                    r"(?:(?:文\s*[/／]\s*图|文图|[/／]?文|[/／]?摄(?:影)?)\s*$"
                    r"|(?:特约)?通讯员|实习生))")
ROLE_WORDS = (
    (REPORTER_ROLE_RE, "reporter"),
    (rf"(?:{OUTLET_RE})?(?:特约)?通[讯迅]员", "correspondent"),  # (OCR: 迅 for 讯, `通迅员`)
    # `特约摄影 吕华`, `摄影 张三`; a name must follow (`记者 张三 摄影` and `记者 郑洁
    # 摄影报道` end in a credit).
    (rf"(?:{OUTLET_RE})?(?:本报|特约)?摄影(?!\s*报道)(?=[\s:：/／|｜]*[{CJK}])", "photographer"),
    (_OUTLET_CREDITED, "reporter"),
    # Interns and editors are credited too (`实习生 王悦`), but are none of our roles:
    # their names are read so they are not taken for someone else's.
    (_OTHER_ROLES, "other"),
)
# A dispatch's date: `深圳新闻网2023年10月8日讯`; a day and an hour: `天天天水网15日16时讯`.
_DAY = r"(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*日\s*\d{1,2}\s*时)"
# A dispatch line opens a news item: `本报讯`, `本报6月19日讯`, `中原网讯`, `本网讯`,
# `新华社郑州6月1日电`; other papers: `本报北京6月1日电`, `中新网6月1日电`, `极目新闻讯`,
# `大河报·豫视频讯`, `东方今报三门峡讯`, `【本报讯】` (`本报迅`, `本报汛`: OCR's misreadings of
# 讯, and `本报记(` before a bracketed byline), a second item of the same day and place
# (`又讯 (记者 袁婧…)`, `本报又讯`), or none but the byline in brackets with the text after
# it. Matched at the start of a paragraph only.
DISPATCH_RE = re.compile(
    rf"^\s*[【\[]?(?:本报[讯迅汛]|本报记(?=\s*[（(])|本网讯|(?:本报|本网)?又讯|本报[{CJK}]{{0,8}}\s*{_DAY}\s*[讯电]|"
    # (the site's paper in brackets: `荆楚网(湖北日报网)讯`; a group's outlets in a row:
    # `新安晚报 安徽网 大皖新闻讯`, `沈阳晚报、沈阳网讯`)
    rf"(?:[{CJK}]{{1,8}}(?:网|报|台|客户端|新闻)(?:\s+|、)){{0,2}}"
    # (a paper's publisher and its site: `泰安日报社·中华泰山网讯`, `滨州日报/滨州网北海讯`;
    # a county's media centre: `高密融媒10月20日讯`)
    rf"[{CJK}]{{1,8}}(?:网|报|台|客户端|新闻|在线|报社|融媒(?:体中心)?)"
    rf"(?:[·・/／][{CJK}]{{1,8}}|[（(][{CJK}]{{2,10}}[)）])?"
    rf"\s*(?:{_DAY}\s*)?讯|"
    # 消息 for 讯 with the bracketed byline after it: `海口网4月25日消息 (记者…)`,
    # `国际在线吉林频道消息（张琪）：`
    rf"(?!据)[{CJK}]{{1,8}}(?:网|报|台|客户端|新闻|在线)[{CJK}]{{0,6}}?\s*(?:{_DAY}\s*)?消息"
    rf"(?=\s*[（(])|"
    # an app's or a site's name we do not know and 讯, a news lead right after it:
    # `亮点黔西南讯 6月9日上午，…`
    rf"[{CJK}]{{2,8}}(?<!通)讯(?=[ \u3000]*(?:\d{{1,2}}月\d{{1,2}}日|近日|日前|近期|昨天|昨日"
    rf"|今天|今日)[上下中早晚午夜间时]{{0,2}}[，,])|"
    # an outlet, then its city or channel: `映象网开封讯`, `浙江在线-杭州频道1月3日讯`
    rf"[{CJK}]{{1,8}}(?:网|报|台|客户端|新闻|在线)[·・\-－]?[{CJK}]{{1,8}}\s*(?:{_DAY}\s*)?讯"
    rf"(?=[\s(（【\[:：]|$)|"
    rf"[{CJK}]{{1,8}}(?:社|网|报|台)[{CJK}]{{0,8}}\s*{_DAY}\s*电|"
    # an outlet's 消息 set off by a space, the text after it: `四川新闻网消息 “网格员，…`
    # (not a sentence that cites one: `据新华网消息，…`)
    rf"(?!据)[{CJK}]{{1,8}}(?:网|报|台|客户端)消息(?=[ \u3000]+[^\s(（])|"
    # a district paper's place and 讯, its byline right after: `宝安讯宝安日报记者 金晶`
    # (`昆明信息港讯·昆明日报 记者李杭蓉`: a site and the paper it takes the story from),
    # or in brackets (perhaps a name without a role first): `本港讯 （记者 杨懿 摄影报道）`,
    # `华西城市读本讯（赵飞 记者 王正元 摄影报道）`, `新天水讯【特约通讯员何俐丽】`
    rf"[{CJK}]{{2,6}}(?<!通)讯[·・]?(?=\s*(?:{REPORTER_ROLE_RE}))|"
    rf"[{CJK}]{{2,8}}讯(?=\s*[（(【]\s*(?:[{CJK}]{{2,3}}\s+)?"
    rf"(?:{REPORTER_ROLE_RE}|{ROLE_WORDS[1][0]}))|"
    # a dateline and its bracketed byline alone on a line, the text under it:
    # `本报6月13日（见习记者 张晓琳）`
    rf"[{CJK}]{{1,8}}(?:网|报|客户端|新闻)[{CJK}]{{0,8}}\s*{_DAY}"
    rf"(?=[（(]\s*(?:{REPORTER_ROLE_RE}|{ROLE_WORDS[1][0]})[^）)]{{1,40}}[）)]\s*$)|"
    # no dispatch word, the bracketed byline first (after the outlet's name or not) and
    # the text after it: `（记者梁淑芳 陈星宇摄影报道）3月11日，…`,
    # `河南日报客户端(记者王永乐通讯员夏宝莲)5月18日至19日，…`, or a dateline without
    # its 讯: `本报6月13日（见习记者 张晓琳） …`, or 消息 for it: `信阳消息(记者 郭晓雨)…`,
    # `信阳消息 (记者 李亚云)…`
    rf"(?:[{CJK}]{{1,8}}(?:网|报|客户端|新闻|消息)(?:[{CJK}]{{0,8}}\s*{_DAY})?\s*)?"
    rf"(?=[（(]\s*(?:{REPORTER_ROLE_RE}|{ROLE_WORDS[1][0]})[^）)]{{1,40}}[）)]\s*[^\s）)]))"
    r"[】\]]?\s*[:：]?"
)

# How a role word begins when no outlet name stands before it. Where OCR glued a name
# to the next role word, the name ends where one of these begins: `刘伟平本报通讯员` is
# 刘伟平 + 本报通讯员, not 刘伟 + `平本报` (an outlet) + 通讯员.
ROLE_STARTS_RE = rf"{_REPORTER_PREFIXES}|记者|采访人员|特约|通[讯迅]员|摄影|{_OTHER_ROLES}"
# What a credit before a role word gives: `文/记者 张三 图/记者 李四`, `文/图 本报记者
# 王五`. `图/` and `摄影/` make the names that follow photographers as well; `文/图`
# does not (it credits the reporter with text and picture, as the tail `文/图` does).
CREDIT_PREFIXES = (
    # (`文、图/广州日报全媒体记者秦松`, `文图/记者 张令琪`; a bar, `文图丨掌上兰州·兰州晨报
    # 记者 张艾萍`)
    (r"(?:文\s*[/／、]?\s*图|图\s*[/／、]?\s*文)\s*[/／:：丨|｜]?", False),
    (r"文\s*[/／丨|｜]", False),
    (r"(?:图|摄影|摄)\s*[/／丨|｜]|摄影\s+", True),  # (`■ 摄影 记者 冯树风 通讯员 李勇`)
    # a web edition's label (`作者:记者邓耀瑞 实习生孙也景`, `作者:文/记者黄芷倩`)
    (r"作者\s*[:：]\s*(?:文\s*[/／丨|｜])?", False),
    # other media's credits: the name after is the role word's (`航拍/记者李忠 视频/记者
    # 白迪文 配音/记者翟方润`)
    (r"(?:视频|配音|剪辑|摄像|航拍|制图|海报)\s*[/／丨|｜]", False),
)
# Words after 记者 that head a section, not a name: `记者核实：`, `记者手记`, `记者调查`.
REPORTER_LABELS = frozenset({"核实", "手记", "调查", "观察", "探访", "走访", "体验", "连线",
                             "直击", "追踪", "暗访", "随访", "感言"})
# Marks set before column tags (`■聚焦“两会”`) and, in some papers, before a byline
# (`□晚报记者 徐松 文/图`), where they are not part of it.
LEAD_MARKS = "■□◆◇▲△▼▽●○★☆▶►◀◁▷◎"

# Tails that end a byline. `文/图`, `文图` credit the reporter with text and picture: no
# photographer. `摄`, `摄影`, `文/摄`, `摄影报道` and `/图` make the names before them
# photographers (`本报记者 刘文博 摄`, `记者 李四/图`).
# (`通讯员供图`: a picture supplied, credited to nobody by name)
BYLINE_TAILS = ("文/图", "文／图", "文 图", "文图", "图/文", "图文", "报道", "文", "供图")
PHOTO_TAILS = ("摄影报道", "文/摄", "文／摄", "摄影", "摄", "图")

# Column tags and section banners are not articles: `■聚焦“两会”关注民生`. A marked line
# with punctuation is text: photo captions start `▲10月14日，…村猕猴桃基地…。通讯员 陈军/摄`;
# so is one ending in a picture's credit (`▲志愿者在护林基地认真清除杂草 记者 王运涛 摄`).
TAG_RE = re.compile(rf"^\s*[{LEAD_MARKS}](?!.*[。！？；，,;!?])(?!.*摄影?\s*$)")

# Editors' labels on a line of their own over a box or a summary (`核心提示` / `县域治，天下
# 安。…`, `编者按`, `【社区名片】`) or a column of briefs (`简讯`): no headline, no text of
# the article.
EDITORIAL_LABEL_RE = re.compile(r"\s*[【\[]?(?:核心提示|编者按|编者的话|开栏的话|记者手记|相关链接"
                                r"|新闻链接|延伸阅读|小贴士|社区名片|人物名片|简讯|短讯|快讯)"
                                r"[】\]]?\s*[:：]?\s*")
# A picture's caption saying so on a line of its own, no credit after it (`图为改造后的
# 老街巷`, under a headline or between paragraphs): no headline, no text of the article.
PICTURE_CAPTION_RE = re.compile(r"\s*(?:图为|[上下左右]图为?[:：]?)[^。！？!?]{2,40}。?\s*")
# A caption that says when (`▲昨晚，新吴区…`, `5月16日上午，老人们在…`) reports an event of its
# own; one that does not (`志愿者在骖鸾路拆除已经陈旧的墙面广告。`) leans on a story beside it.
CAPTION_TIME_RE = re.compile(r"\d{1,2}\s*[月日时]|[一二三四五六七八九十]{1,3}[月日]"
                             r"|近日|日前|近期|近年|连日|昨|今[天日年晨早晚]|前[天日]|当[天日晚]"
                             r"|上午|下午|中午|晚上|凌晨|期间|之际|以来|时节")
# ... and a picture's source on a line of its own: `由六顺街道提供`, `（图片由受访者提供）`.
PICTURE_SOURCE_RE = re.compile(r"\s*[（(]?(?:本版)?(?:图片|照片|图)?均?由[^。！？!?，,、]{2,20}提供"
                               r"[)）]?\s*")
# A section's mark on a line of its own before its crosshead, in a long feature: `A` /
# `巧用地铁口开巷激活微型TOD`, `PART.01` / `忧居之痛`, `01`. The heads after it are the
# feature's, never a new article's; the mark is neither headline nor text.
SECTION_MARK_RE = re.compile(r"\s*(?:[A-H]|PART\s*[.．]?\s*\d{1,2}|Part\s*\d{1,2}|0[1-9])\s*")
# E-paper debris: `第07版:县区新闻 上一版 下一版`, `第AA05版：县区`, `A11版:洛阳·社区`,
# `PDF版阅读`, `版权声明`, `上一篇 下一篇`; the page's date line (`2020年10月23日 星期五`)
# and picture-page labels (`图片新闻`); a desk's production credit; a pointer to another
# page (`详见C02版`, `（相关报道见第3版）`). Only short lines: body text that merely names
# such a word (`…下载PDF版…。`) stays.
DEBRIS_RE = re.compile(
    r"^\s*(?:第\s*[0-9０-９A-Za-z]{1,4}\s*版\s*[:：]?.{0,20}$|"
    r"[A-Za-z]{0,2}[0-9０-９]{1,3}\s*版\s*[:：].{0,20}$|"
    r"(?=.{0,30}$).*(?:上一版|下一版|上一篇|下一篇|PDF版|版权声明|版权所有|返回目录|本版责编|"
    r"责任编辑|标题导航|往期回顾|放大缩小|字号)|"
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期[一二三四五六日天])?\s*$|"
    r"(?:图片新闻|新闻图片|图片报道)\s*$|"
    # a desk's production credit over the item's credits: `德州日报新媒体出品`
    r"(?=.{0,24}$).{0,16}(?:报|报社|媒体|传媒|中心|客户端)出品\s*$|"
    r"[(（]?(?:详见|详情见|相关报道见|更多报道见)\s*第?\s*[A-Za-z]{0,2}[0-9０-９]{1,3}\s*版"
    r"[)）]?\s*$)"
)

# How a news item's first paragraph opens: `近日，`, `日前，`, `昨天上午，`, `5月12日，`.
NEWS_LEAD_RE = re.compile(r"(?:近日|日前|近期|昨天|昨日|今天|今日|\d{1,2}月\d{1,2}日)"
                          r"[上下中早晚午夜间时]{0,2}[，,]")

# A page's number in a pointer to another page: `第二版`, `A05版`, `一版②`.
PAGE_NO = r"\s*第?\s*[0-9０-９A-Za-z一二三四五六七八九十]{1,3}\s*版[①-⑳]?"
# Where an article goes on: `(下转第二版)` ends its part here (and its paragraph: nothing
# after it is this paragraph's, `…回忆道。(下转第三版)` / blank / `图为…。 记者计成军摄`).
TURNS_OVER_RE = re.compile(rf"\s*[(（]下?转{PAGE_NO}[)）]\s*$")

# Punctuation that makes a line read as running text rather than a headline.
SENTENCE_PUNCT = set("。！？；;!?")
# What a finished paragraph ends with (a closing quote after 。 also ends it: `贡献力量。”`).
TERMINAL_PUNCT = set("。！？!?…；;")
