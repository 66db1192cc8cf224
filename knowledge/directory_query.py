"""Read structured directory filters out of a question in English, Chinese, Urdu or Roman Urdu.

Each filter is explicit and checkable against a company row, so an answer never lists a company
that fails one. Vocabulary comes from two places: a multilingual synonym table for the programme's
service, industry, language and city names, and the directory's own values (any technology,
service or industry a row lists can be asked for by name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge.directory import Company

# ------------------------------------------------------------------ vocabulary

# Each concept: patterns (regex, case-insensitive) -> acceptable (field, value) pairs.
CONCEPTS: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "mobile": (
        [
            r"mobile\s*apps?",
            r"\bapps?\s*(development|developers?|dev)\b",
            r"\bandroid\b",
            r"\bios\b",
            r"\bapp\s*banane",
            r"移动应用",
            r"手机应用",
            r"(?i:app)\s*开发",
            r"移动端",
            r"موبائل\s*ایپ",
            r"ایپ",
        ],
        [("services", "mobile app development")],
    ),
    "web": (
        [
            r"\bweb\s*(development|developers?|dev|apps?|sites?|design)\b",
            r"\bwebsites?\b",
            r"网站",
            r"网页",
            r"(?i:web)\s*开发",
            r"ویب\s*سائٹ",
            r"ویب\s*ڈویلپ",
        ],
        [("services", "web development")],
    ),
    "uiux": (
        [
            r"\bui\s*/?\s*ux\b",
            r"\bux\b",
            r"\bui\s+design",
            r"user\s+experience",
            r"界面设计",
            r"用户体验",
            r"(?i:ui)\s*设计",
            r"یو\s*آئی",
        ],
        [("services", "ui/ux design")],
    ),
    "data": (
        [
            r"data\s*engineer",
            r"data\s*pipelines?",
            r"data\s*warehous",
            r"big\s*data",
            r"数据工程",
            r"数据仓库",
            r"大数据",
            r"ڈیٹا\s*انجینئرنگ",
            r"data\s*analytics",
        ],
        [("services", "data engineering")],
    ),
    "ai": (
        [
            r"\bai\b",
            r"artificial\s+intelligence",
            r"machine\s*learning",
            r"\bml\b",
            r"deep\s*learning",
            r"computer\s*vision",
            r"\bnlp\b",
            r"人工智能",
            r"机器学习",
            r"深度学习",
            r"(?<![a-zA-Z])AI(?![a-zA-Z])",
            r"مصنوعی\s*ذہانت",
            r"آرٹیفیشل",
        ],
        [("services", "ai/ml")],
    ),
    "cloud": (
        [r"\bcloud\b", r"\bdevops\b", r"云计算", r"云服务", r"运维", r"(?i:devops)", r"کلاؤڈ", r"ڈیو\s*آپس"],
        [("services", "cloud/devops")],
    ),
    "security": (
        [
            r"cyber\s*-?\s*sec\w*",
            r"\bsecurity\s+(firms?|compan\w+|services?|testing)",
            r"penetration\s*test",
            r"\bpen\s*-?test",
            r"网络安全",
            r"信息安全",
            r"安全服务",
            r"سائبر\s*سیکیورٹی",
            r"سائبر",
        ],
        [("services", "cybersecurity")],
    ),
    "qa": (
        [
            r"\bqa\b",
            r"\btesting\b",
            r"test\s*automation",
            r"quality\s+assurance",
            r"软件测试",
            r"测试",
            r"ٹیسٹنگ",
            r"کوالٹی",
        ],
        [("services", "qa/testing")],
    ),
    "games": (
        [r"\bgam(e|es|ing)\b", r"game\s*dev", r"游戏", r"گیم"],
        [("services", "game development"), ("industries", "gaming")],
    ),
    "blockchain": (
        [r"block\s*chain", r"\bweb3\b", r"smart\s+contracts?", r"区块链", r"بلاک\s*چین"],
        [("services", "blockchain")],
    ),
    "iot": (
        [
            r"\bembedded\b",
            r"\biot\b",
            r"firmware",
            r"internet\s+of\s+things",
            r"嵌入式",
            r"物联网",
            r"(?<![a-zA-Z])IoT(?![a-zA-Z])",
            r"ایمبیڈڈ",
            r"آئی\s*او\s*ٹی",
        ],
        [("services", "embedded/iot")],
    ),
    "erp": (
        [r"\berp\b", r"\bsap\b", r"企业资源", r"(?<![a-zA-Z])(ERP|SAP)(?![a-zA-Z])", r"ای\s*آر\s*پی"],
        [("services", "erp/sap")],
    ),
    "bpo": (
        [
            r"\bbpos?\b",
            r"call\s*-?\s*cent(re|er)s?",
            r"contact\s*cent(re|er)s?",
            r"customer\s+(support|service)",
            r"客服",
            r"呼叫中心",
            r"业务流程外包",
            r"(?<![a-zA-Z])BPO(?![a-zA-Z])",
            r"کال\s*سی?نٹر",
        ],
        [("services", "bpo/call centre")],
    ),
    "fintech": ([r"\bfin\s*-?tech\b", r"金融科技", r"فن\s*ٹیک"], [("industries", "fintech")]),
    "banking": ([r"\bbank(s|ing)?\b", r"银行", r"بینک"], [("industries", "banking")]),
    "health": (
        [r"\bhealth\s*(care|tech)?\b", r"\bmedical\b", r"\bhospitals?\b", r"医疗", r"健康", r"صحت", r"طبی"],
        [("industries", "healthcare")],
    ),
    "ecommerce": (
        [r"\be\s*-?\s*commerce\b", r"online\s+(store|shop)s?", r"电商", r"电子商务", r"ای\s*کامرس"],
        [("industries", "e-commerce")],
    ),
    "retail": ([r"\bretail", r"零售", r"ریٹیل"], [("industries", "retail")]),
    "education": ([r"\beducation", r"\bed\s*-?tech\b", r"教育", r"تعلیم"], [("industries", "education")]),
    "telecom": ([r"\btelecom", r"电信", r"通信", r"ٹیلی\s*کام"], [("industries", "telecom")]),
    "logistics": ([r"\blogistic", r"物流", r"لاجسٹک"], [("industries", "logistics")]),
    "manufacturing": ([r"\bmanufactur", r"制造", r"مینوفیکچرنگ"], [("industries", "manufacturing")]),
    "insurance": ([r"\binsurance", r"保险", r"انشورنس"], [("industries", "insurance")]),
    "government": (
        [r"\bgovernment", r"\bpublic\s+sector", r"政府", r"حکومت", r"سرکاری"],
        [("industries", "government")],
    ),
    "energy": ([r"\benergy\b", r"能源", r"توانائی"], [("industries", "energy")]),
    "media": ([r"\bmedia\b", r"媒体", r"میڈیا"], [("industries", "media")]),
    "agriculture": ([r"\bagri", r"农业", r"زراعت"], [("industries", "agriculture")]),
    "textiles": ([r"\btextile", r"纺织", r"ٹیکسٹائل"], [("industries", "textiles")]),
    "travel": ([r"\btravel\b", r"\btourism\b", r"旅游", r"سیاحت"], [("industries", "travel")]),
    "automotive": ([r"\bautomotive\b", r"汽车", r"آٹوموٹو"], [("industries", "automotive")]),
}

# Technology synonyms that do not contain the directory's own spelling.
TECH_SYNONYMS: dict[str, list[str]] = {
    "wechat mini program": [r"微信小程序", r"小程序", r"mini\s*-?\s*programs?"],
    "harmonyos": [r"鸿蒙"],
    "alibaba cloud": [r"阿里云", r"\baliyun\b"],
    "huawei cloud": [r"华为云"],
    "kubernetes": [r"\bk8s\b"],
    "google cloud": [r"\bgcp\b"],
}

LANGUAGE_PATTERNS: dict[str, list[str]] = {
    "mandarin": [
        r"mandarin",
        r"chinese\s*-?\s*speaking",
        r"speaks?\s+chinese",
        r"chinese\s+speakers?",
        r"chinese[- ]language\s+staff",
        r"(会|能)?(说|讲|懂)(中文|汉语|普通话)",
        r"中文员工",
        r"普通话",
        r"汉语",
        r"چینی\s*(زبان)?\s*بول",
        r"(chinese|mandarin)\s+bol",
    ],
    "urdu": [r"urdu\s*-?\s*speaking", r"speaks?\s+urdu", r"(说|讲|懂)?乌尔都语", r"اردو\s*بول"],
    "arabic": [r"arabic\s*-?\s*speaking", r"speaks?\s+arabic", r"\barabic\b", r"阿拉伯语", r"عربی"],
    "pashto": [r"pashto", r"普什图语", r"پشتو"],
    "japanese": [r"japanese", r"日语", r"جاپانی"],
}

COUNTRY_PATTERNS: dict[str, list[str]] = {
    "PK": [r"pakistan(i|is)?", r"巴基斯坦", r"巴方", r"巴国", r"پاکستان", r"\bpak\b"],
    "CN": [r"\bchina\b", r"\bchinese\b", r"中国", r"中方", r"国内", r"چین", r"چینی"],
}
BOTH_COUNTRIES = [r"中巴两国", r"两国", r"both\s+countries", r"either\s+country", r"中巴", r"دونوں\s*ملک"]

CITY_ALIASES: dict[str, list[str]] = {
    "lahore": ["lahore", "拉合尔", "لاہور"],
    "karachi": ["karachi", "卡拉奇", "کراچی"],
    "islamabad": ["islamabad", "伊斯兰堡", "اسلام آباد", "اسلام‌آباد"],
    "rawalpindi": ["rawalpindi", "pindi", "拉瓦尔品第", "راولپنڈی", "پنڈی"],
    "faisalabad": ["faisalabad", "lyallpur", "费萨拉巴德", "فیصل آباد", "فیصل‌آباد"],
    "peshawar": ["peshawar", "白沙瓦", "پشاور"],
    "multan": ["multan", "木尔坦", "ملتان"],
    "quetta": ["quetta", "奎达", "کوئٹہ"],
    "sialkot": ["sialkot", "锡亚尔科特", "سیالکوٹ"],
    "hyderabad": ["hyderabad", "海得拉巴", "حیدرآباد"],
    "gujranwala": ["gujranwala", "古杰兰瓦拉", "گوجرانوالہ"],
    "abbottabad": ["abbottabad", "阿伯塔巴德", "ایبٹ آباد"],
    "shanghai": ["shanghai", "上海", "شنگھائی"],
    "shenzhen": ["shenzhen", "深圳", "شینزین", "شینزن"],
    "hangzhou": ["hangzhou", "杭州", "ہانگژو"],
    "beijing": ["beijing", "北京", "بیجنگ"],
    "chengdu": ["chengdu", "成都", "چینگدو"],
    "suzhou": ["suzhou", "苏州", "سوژو"],
    "guangzhou": ["guangzhou", "广州", "گوانگژو"],
    "wuhan": ["wuhan", "武汉", "ووہان"],
    "xi'an": ["xi'an", "xian", "西安", "ژیان"],
    "nanjing": ["nanjing", "南京", "نانجنگ"],
    "chongqing": ["chongqing", "重庆", "چونگ چنگ"],
    "tianjin": ["tianjin", "天津", "تیانجن"],
    "qingdao": ["qingdao", "青岛"],
    "xiamen": ["xiamen", "厦门"],
    "dalian": ["dalian", "大连"],
    "hefei": ["hefei", "合肥"],
    "changsha": ["changsha", "长沙"],
    "urumqi": ["urumqi", "乌鲁木齐", "ارومچی"],
    "kashgar": ["kashgar", "喀什", "کاشغر"],
}

COMPANY_NOUNS = [
    r"\bcompan(y|ies|ys)\b",
    r"\bfirms?\b",
    r"\bproviders?\b",
    r"\bvendors?\b",
    r"\bstudios?\b",
    r"\bsuppliers?\b",
    r"\bagenc(y|ies)\b",
    r"\bstartups?\b",
    r"\bsoftware\s+houses?\b",
    r"\bbusinesses\b",
    r"\bwho\s+(can|could|does|do|builds?|offers?|provides?)\b",
    r"\bpartners?\b",
    r"\bteams?\b",
    r"公司",
    r"企业",
    r"服务商",
    r"供应商",
    r"厂商",
    r"工作室",
    r"团队",
    r"哪家",
    r"谁(能|可以|会)",
    r"کمپنی",
    r"کمپنیاں",
    r"کمپنیوں",
    r"فرم",
    r"ادارے",
]
LIST_WORDS = [
    r"\bwhich\b",
    r"\bany\b",
    r"\bshow\b",
    r"\blist\b",
    r"\bfind\b",
    r"\blooking\s+for\b",
    r"\brecommend",
    r"\bwho\b",
    r"\bare\s+there\b",
    r"\bsuggest",
    r"\bgive\s+me\b",
    r"\bneed\b",
    r"\bsearch",
    r"哪些",
    r"哪家",
    r"有没有",
    r"有哪些",
    r"想找",
    r"找",
    r"推荐",
    r"列出",
    r"是否有",
    r"什么公司",
    r"کون",
    r"کوئی",
    r"کن",
    r"\bkonsi\b",
    r"\bkaunsi\b",
    r"\bkoi\b",
    r"\bkon\b",
    r"\bbatao\b",
]
# Questions about the programme that mention companies ("How do providers register?").
PROGRAMME_VERBS = [
    r"\bregist",
    r"\bapply\b",
    r"\bsign\s+up\b",
    r"\bfees?\b",
    r"\bpay\b",
    r"\beligib",
    r"\bdocuments?\b",
    r"注册",
    r"报名",
    r"收费",
    r"费用",
    r"付",
    r"材料",
    r"رجسٹر",
    r"فیس",
    r"دستاویز",
]
# "Can Chinese companies outside Shanghai take part?" asks about the programme, not for a list.
PARTICIPATION_VERBS = [r"\bjoin\b", r"\btake\s+part\b", r"\bparticipat", r"参加", r"加入", r"参与", r"شامل", r"حصہ"]
ABILITY_QUESTION = [
    r"\b(can|could|may|how|do|does|should|must|is|are)\b",
    r"可以",
    r"能否",
    r"能不能",
    r"需要",
    r"如何",
    r"怎么",
    r"کیا",
    r"کیسے",
    r"\bkya\b",
    r"\bkaise\b",
]
COUNT_QUESTION = [r"\bhow\s+many\b", r"多少", r"几家", r"کتنی", r"کتنے", r"\bkitn[ie]\b"]
# Things the programme runs, not companies: "Which events are about AI?"
PROGRAMME_NOUNS = [
    r"\bevents?\b",
    r"\bwebinars?\b",
    r"\bbootcamps?\b",
    r"\bmeetups?\b",
    r"\bforums?\b",
    r"\bsessions?\b",
    r"活动",
    r"会议",
    r"论坛",
    r"تقریب",
    r"ویبینار",
]
PITCH_PATTERNS = [r"\bpitch(ed|es|ing)?\b", r"\bwebinar\b", r"研讨会", r"推介", r"ویبینار", r"ویبنار"]
# What a directory row never holds about a company: asked about a named company, the bot declines.
NOT_IN_DIRECTORY = [
    r"\brates?\b",
    r"\bprices?\b",
    r"\bpricing\b",
    r"\bcosts?\b",
    r"\bsalar",
    r"\brevenue",
    r"\bturnover\b",
    r"\bprofits?\b",
    r"\bhourly\b",
    r"\bceo\b",
    r"\bfounders?\b",
    r"\bowners?\b",
    r"\bchairman\b",
    r"\bdirectors?\b",
    r"\bphone\b",
    r"\btelephone\b",
    r"\bclients?\b",
    r"\bcustomers?\b",
    r"价格",
    r"报价",
    r"费用",
    r"工资",
    r"薪",
    r"营收",
    r"营业额",
    r"利润",
    r"总裁",
    r"总经理",
    r"创始人",
    r"老板",
    r"负责人",
    r"电话",
    r"客户",
    r"قیمت",
    r"ریٹ",
    r"تنخواہ",
    r"مالک",
    r"فون",
    r"کلائنٹ",
]

_NUM = r"(\d[\d,]*)"
_PEOPLE = r"(employees|staff|people|engineers|developers|persons|headcount|head\s*count|members|workers)"
EMPLOYEE_RANGES = [
    rf"between\s+{_NUM}\s+and\s+{_NUM}\s*{_PEOPLE}",
    rf"{_NUM}\s*(?:-|–|to|到|至|~)\s*{_NUM}\s*(?:{_PEOPLE}|人|名)",
    rf"{_NUM}\s*سے\s*{_NUM}\s*(?:ملازمین|افراد)",
]
EMPLOYEE_RULES: list[tuple[str, str]] = [
    (rf"(more\s+than|over|above|greater\s+than|exceeding|>)\s*{_NUM}\s*\+?\s*{_PEOPLE}", ">"),
    (rf"(at\s+least|minimum(\s+of)?|no\s+fewer\s+than|>=)\s*{_NUM}\s*{_PEOPLE}", ">="),
    (rf"{_NUM}\s*(\+|or\s+more|and\s+above|plus)\s*{_PEOPLE}", ">="),
    (rf"(fewer\s+than|less\s+than|under|below|<)\s*{_NUM}\s*{_PEOPLE}", "<"),
    (rf"(up\s+to|at\s+most|no\s+more\s+than|<=)\s*{_NUM}\s*{_PEOPLE}", "<="),
    (rf"{_NUM}\s*{_PEOPLE}\s*(or\s+more|and\s+above|\+)", ">="),
    (rf"{_NUM}\s*(or\s+fewer|or\s+less)\s*{_PEOPLE}", "<="),
    (rf"{_PEOPLE}\s*(of\s+)?(more\s+than|over|above)\s*{_NUM}", ">"),
    (rf"{_NUM}\s*(人|名员工|名)\s*(以上|及以上|或以上)", ">="),
    (rf"{_NUM}\s*(人|名员工|名)\s*(以下|及以下|以内)", "<="),
    (rf"(超过|多于|大于|高于)\s*{_NUM}\s*(人|名)", ">"),
    (rf"(不少于|至少)\s*{_NUM}\s*(人|名)", ">="),
    (rf"(不到|少于|不足|低于|小于)\s*{_NUM}\s*(人|名)", "<"),
    (rf"{_NUM}\s*سے\s*(زیادہ|زائد)", ">"),
    (rf"{_NUM}\s*سے\s*کم", "<"),
    (rf"{_NUM}\s*se\s*(zyada|zayada|ziada|ziyada|zaida)", ">"),
    (rf"{_NUM}\s*se\s*kam", "<"),
]
CERT_RULES: list[tuple[str, str]] = [
    (r"iso\s*/?\s*(iec\s*)?27001|(?<!\d)27001(?!\d)", "iso 27001"),
    (r"iso\s*9001|(?<!\d)9001(?!\d)", "iso 9001"),
    (r"\bpseb\b", "pseb-registered"),
]
CMMI = re.compile(
    r"cmmi\s*(level|lvl|ml|l|لیول|等级|级别)?\s*-?\s*(\d)|cmmi\s*(\d)\s*级|cmmi\s*([一二三四五])级", re.IGNORECASE
)
CMMI_OR_ABOVE = re.compile(r"(or\s+(above|higher|better)|及以上|以上|یا\s*اس\s*سے\s*زیادہ)", re.IGNORECASE)
_ZH_DIGITS = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5"}
FOUNDED_RULES: list[tuple[str, str]] = [
    (r"(founded|established|started)\s+(before|prior\s+to)\s+(\d{4})", "<"),
    (r"(founded|established|started)\s+(after|since)\s+(\d{4})", ">="),
    (r"(\d{4})\s*年\s*(以前|之前|前)\s*成立", "<"),
    (r"(\d{4})\s*年\s*(以后|之后|后)\s*成立", ">="),
    (r"成立\s*于?\s*(\d{4})\s*年\s*(以前|之前)", "<"),
]


@lru_cache(maxsize=8192)
def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Each pattern compiled once. There are more of them (the vocabulary's included) than the 512 that
    re's own cache holds, so without this every question recompiled most of them (12 % of a loaded
    server's time, measured with py-spy under bench/load.py)."""
    return re.compile(pattern, flags)


def _any(patterns: Iterable[str], text: str) -> bool:
    return any(_rx(p).search(text) for p in patterns)


def _strip(patterns: Iterable[str], text: str) -> tuple[bool, str]:
    hit = False
    for pattern in patterns:
        text, count = _rx(pattern).subn(" ", text)
        hit = hit or count > 0
    return hit, text


@dataclass
class Filters:
    """Explicit conditions read from a question; each is AND-ed, alternatives inside one are OR-ed."""

    countries: set[str] = field(default_factory=set)
    cities: set[str] = field(default_factory=set)
    concepts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    technologies: set[str] = field(default_factory=set)
    certifications: set[str] = field(default_factory=set)
    cmmi_min: int | None = None
    cmmi_exact: int | None = None
    languages: set[str] = field(default_factory=set)
    employees: list[tuple[str, int]] = field(default_factory=list)
    founded: list[tuple[str, int]] = field(default_factory=list)
    pitched: bool | None = None
    names: set[str] = field(default_factory=set)  # company ids named in the question

    def structured(self) -> bool:
        """Any condition beyond the country."""
        return bool(
            self.cities
            or self.concepts
            or self.technologies
            or self.certifications
            or self.cmmi_min
            or self.cmmi_exact
            or self.languages
            or self.employees
            or self.founded
            or self.pitched is not None
        )

    def count(self) -> int:
        return (
            bool(self.countries)
            + bool(self.cities)
            + len(self.concepts)
            + bool(self.technologies)
            + len(self.certifications)
            + bool(self.cmmi_min or self.cmmi_exact)
            + len(self.languages)
            + len(self.employees)
            + len(self.founded)
            + (self.pitched is not None)
            + bool(self.names)
        )

    def checks(self) -> list[tuple[str, object]]:
        """Every condition as (name, predicate): used to match and to explain near misses."""
        out: list[tuple[str, object]] = []
        if self.names:
            out.append(("name", lambda c: c.id in self.names))
        if self.countries:
            out.append(("country", lambda c: c.country in self.countries))
        if self.cities:
            out.append(("city", lambda c: c.city.lower() in self.cities))
        for key, pairs in self.concepts.items():
            out.append((key, lambda c, pairs=pairs: any(_has(c, f, v) for f, v in pairs)))
        if self.technologies:
            out.append(("technology", lambda c: any(_has(c, "technologies", t) for t in self.technologies)))
        for cert in self.certifications:
            out.append((cert, lambda c, cert=cert: _has(c, "certifications", cert)))
        if self.cmmi_exact is not None:
            out.append(("cmmi", lambda c: _cmmi(c) == self.cmmi_exact))
        elif self.cmmi_min is not None:
            out.append(("cmmi", lambda c: (_cmmi(c) or 0) >= (self.cmmi_min or 0)))
        for lang in self.languages:
            out.append((lang, lambda c, lang=lang: _has(c, "languages", lang)))
        for op, value in self.employees:
            out.append((f"employees{op}{value}", lambda c, op=op, value=value: _compare(c.employees, op, value)))
        for op, value in self.founded:
            out.append((f"founded{op}{value}", lambda c, op=op, value=value: _compare(c.founded, op, value)))
        if self.pitched is not None:
            out.append(("pitched", lambda c: c.pitched_at_webinar is self.pitched))
        return out

    def matches(self, company: Company) -> bool:
        return all(check(company) for _, check in self.checks())  # type: ignore[operator]

    def satisfied(self, company: Company) -> int:
        return sum(1 for _, check in self.checks() if check(company))  # type: ignore[operator]


def _has(company: Company, field_name: str, value: str) -> bool:
    return any(v.lower() == value for v in getattr(company, field_name))


def _cmmi(company: Company) -> int | None:
    for cert in company.certifications:
        m = re.search(r"cmmi\D*(\d)", cert, re.IGNORECASE)
        if m:
            return int(m.group(1))
    return None


def _compare(actual: int | None, op: str, value: int) -> bool:
    if actual is None:
        return False
    return {
        ">": actual > value,
        ">=": actual >= value,
        "<": actual < value,
        "<=": actual <= value,
    }[op]


def _phrase_pattern(value: str) -> str:
    escaped = re.escape(value.lower()).replace(r"\ ", r"\s*")
    return rf"(?<![\w]){escaped}(?![\w])"


class DirectoryVocabulary:
    """Vocabulary that grows with the directory: its technologies, services, industries, cities."""

    def __init__(self, companies: Iterable[Company]) -> None:
        self.technologies: dict[str, str] = {}
        self.values: dict[str, set[tuple[str, str]]] = {}
        self.cities: dict[str, str] = {}
        self.names: list[tuple[str, str]] = []
        for company in companies:
            for tech in company.technologies:
                if len(tech) >= 2:
                    self.technologies[tech.lower()] = tech
            for field_name in ("services", "industries"):
                for value in getattr(company, field_name):
                    self.values.setdefault(value.lower(), set()).add((field_name, value.lower()))
            self.cities[company.city.lower()] = company.city
            for label in _name_keys(company):
                self.names.append((label, company.id))
        # Longest first, so "React Native" is read before "React".
        self.tech_order = sorted(self.technologies, key=len, reverse=True)


def _name_keys(company: Company) -> list[str]:
    """Distinctive parts of a company's name: without legal suffixes, at least two words or 4 CJK."""
    keys = []
    base = re.sub(r"\(.*?\)|,?\s*(co\.,?\s*ltd\.?|ltd\.?|limited|inc\.?|llc|pvt)\b", "", company.name, flags=re.I)
    base = base.strip(" ,.")
    words = base.split()
    if len(words) >= 2:
        keys.append(" ".join(words[:2]).lower())
    if company.name_zh and len(company.name_zh) >= 4:
        keys.append(re.sub(r"(有限公司|科技|公司)$", "", company.name_zh) or company.name_zh)
    return keys


def parse_filters(question: str, vocab: DirectoryVocabulary) -> tuple[Filters, bool]:
    """Return the filters and whether the question asks for companies at all."""
    text = question.replace("＆", "&")
    f = Filters()
    lowered = text.lower()

    for label, company_id in vocab.names:
        if label and label in lowered:
            f.names.add(company_id)

    # Languages first: "会说中文" and "Chinese-speaking" are not the country China.
    rest = text
    for lang, patterns in LANGUAGE_PATTERNS.items():
        hit, rest = _strip(patterns, rest)
        if hit:
            f.languages.add(lang)

    both, rest = _strip(BOTH_COUNTRIES, rest)
    if not both:
        for code, patterns in COUNTRY_PATTERNS.items():
            if _any(patterns, rest):
                f.countries.add(code)
        if len(f.countries) > 1:
            f.countries.clear()

    for city, aliases in CITY_ALIASES.items():
        if any(_contains(alias, text) for alias in aliases) and city in vocab.cities:
            f.cities.add(city)
    for city in vocab.cities:
        if _contains(city, text):
            f.cities.add(city)

    for key, (patterns, pairs) in CONCEPTS.items():
        if _any(patterns, text):
            f.concepts[key] = list(pairs)
    known_values = {v for pairs in f.concepts.values() for _, v in pairs}
    for value, pairs in vocab.values.items():
        if value in known_values:
            continue
        parts = [value, *[p for p in re.split(r"[/&]", value) if len(p) >= 3]] if "/" in value else [value]
        if any(_rx(_phrase_pattern(p), 0).search(lowered) for p in parts):
            f.concepts[value] = sorted(pairs)

    unmatched = lowered
    for tech in vocab.tech_order:
        original = vocab.technologies[tech]
        if len(original) <= 3 and not original.isupper():
            # Short mixed-case names ("Go", "dbt") are ordinary words in lower case.
            found = _rx(rf"(?<![\w]){re.escape(original)}(?![\w])", 0).search(text) is not None
        else:
            found = _rx(_phrase_pattern(tech), 0).search(unmatched) is not None
        if found:
            f.technologies.add(tech)
            unmatched = _rx(_phrase_pattern(tech), 0).sub(" ", unmatched)
    for tech, patterns in TECH_SYNONYMS.items():
        if tech in vocab.technologies and _any(patterns, text):
            f.technologies.add(tech)
    for cert_pattern, cert in CERT_RULES:
        if _rx(cert_pattern).search(text):
            f.certifications.add(cert)
    m = CMMI.search(text)
    if m:
        digit = next(g for g in m.groups()[1:] if g)
        level = int(_ZH_DIGITS.get(digit, digit))
        if CMMI_OR_ABOVE.search(text[m.end() : m.end() + 20]):
            f.cmmi_min = level
        else:
            f.cmmi_exact = level

    for pattern in EMPLOYEE_RANGES:
        rm = _rx(pattern).search(text)
        if rm:
            low, high = sorted(int(g.replace(",", "")) for g in rm.groups()[:2])
            f.employees += [(">=", low), ("<=", high)]
            break
    for pattern, op in [] if f.employees else EMPLOYEE_RULES:
        for em in _rx(pattern).finditer(text):
            number = next(g for g in em.groups() if g and re.fullmatch(r"\d[\d,]*", g))
            f.employees.append((op, int(number.replace(",", ""))))
        if f.employees:
            break
    for pattern, op in FOUNDED_RULES:
        fm = _rx(pattern).search(text)
        if fm:
            year = next(g for g in fm.groups() if g and g.isdigit() and len(g) == 4)
            f.founded.append((op, int(year)))
            break

    has_company_noun = _any(COMPANY_NOUNS, text)
    if _any(PITCH_PATTERNS, text) and has_company_noun:
        f.pitched = True

    asks_list = _any(LIST_WORDS, text)
    specific = bool(f.concepts or f.technologies or f.certifications or f.cities or f.languages)
    specific_need = bool(f.concepts or f.technologies or f.certifications or f.languages)
    programme_like = (
        (_any(PROGRAMME_VERBS, text) and not specific_need)
        or (_any(PARTICIPATION_VERBS, text) and _any(ABILITY_QUESTION, text) and not asks_list)
        or (_any(COUNT_QUESTION, text) and not specific)
    )
    # Without a word for companies ("Are there ISO 27001 certified BPOs?") two checkable needs and a
    # request for a list still make it a directory search.
    needs = len(f.concepts) + bool(f.technologies) + len(f.certifications) + bool(f.cmmi_exact or f.cmmi_min)
    needs += bool(f.cities) + len(f.languages) + len(f.employees)
    implied = not has_company_noun and asks_list and needs >= 2 and not _any(PROGRAMME_NOUNS, text)
    wants_companies = bool(
        f.names
        or (not programme_like and ((has_company_noun and (f.structured() or (f.countries and asks_list))) or implied))
    )
    return f, wants_companies


def _contains(alias: str, text: str) -> bool:
    if alias.isascii():
        return _rx(rf"(?<![a-z]){re.escape(alias)}(?![a-z])").search(text) is not None
    return alias in text


def asks_for_unheld_fact(question: str) -> bool:
    """Prices, rates, salaries, revenue: facts the directory never holds about a company."""
    return _any(NOT_IN_DIRECTORY, question)
