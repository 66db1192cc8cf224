"""Check sample-38 ("Stadium Spark 2087") and questions-38.jsonl; exit 0 when every check passes, 1 otherwise.

Stdlib + python-docx + pypdf only. build_sample38 imports FILTERS, COMPUTED and the document names from here, so the
frozen directory answer sets and the arithmetic answers come from the same code that checks them.

Key facts are looked up in the text a careful reader gets from each document: Word paragraphs and table cells (a
row's cells joined with " | "), HTML with tags stripped, Markdown/text as written, PDF text extracted page by page with
pypdf. Comparison is after NFKC, Urdu digits read as ASCII, thousands separators dropped, dashes unified and case
folded. A key fact written in another notation or language than its source uses is listed in EQUIV with the string
it renders (which must be in the source); both must carry the same number or the same calendar day.
"""

import collections
import csv
import datetime
import html.parser
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_text import ARABIC, COLUMNS, FIELDS, HAN, script_lang  # noqa: E402

HERE = Path(__file__).resolve().parent
KB = HERE / "sample-38"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
README = KB / "README.md"
QUESTIONS = HERE / "questions-38.jsonl"
YEAR = 2087
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OVERVIEW = "programme-overview.md"  # the real 2022 webinar (once); organisers; fair dates; helpline
RULES = "programme-rules-2087.md"  # feature 1 + 2: numbered clauses; "registration closes 12 days before the fair"
ADDENDUM = "rules-addendum-no-1.md"  # feature 1: "Clause 3.2 is replaced by", "Clause 4.1(b) is deleted"
FEES = "fee-schedule-2087.pdf"  # feature 3 + 9: RMB-only fees, RMB 1 = PKR 40, stacked discounts with a 25% cap
AGENDA = "chengdu-fair-agenda.md"  # feature 10: three-day agenda, 24-hour times, day labels
CORRECTION = "correction-notice-no-1.md"  # corner booth fee; moves pitch round 3 (feature 10's later notice)
NEWS = "news-buyers-confirmed.html"  # feature 4: nav, cookie banner, sidebar with an old figure, footer
MATRIX = "annex-a-eligibility-matrix.docx"  # feature 5: ✓ / ✗ / — eligibility matrix
ZH_FAQ = "zh-buyer-faq.docx"  # feature 6: 问/答 FAQ with "见问4"
VOICE = "voice-note-transcript-roman-urdu.txt"  # feature 7: Roman Urdu voice note, number words
LETTER = "letter-cvda-buyer-delegation.docx"  # feature 8: letterhead, ref, date, salutation, P.S. changing a date
HANDBOOK = "match-day-trial-handbook.md"  # current version 2
HANDBOOK_OLD = "match-day-trial-handbook-v1-superseded.md"  # superseded version 1
REPORT = "round-2086-report.pdf"  # last year's pilot round
UR_HTML = "ur-vendor-guide.html"  # Urdu right-to-left page; visa-file days only here
ZH_VENUE = "zh-chengdu-venue-guide.html"  # Chinese-only venue facts (set-up day, power per booth)
PRICES = "stadium-services-price-list-en-zh.docx"  # two-language price list; night-match surcharge only in Chinese

DOCS = {
    OVERVIEW: "en",
    RULES: "en",
    ADDENDUM: "en",
    FEES: "en",
    AGENDA: "en",
    CORRECTION: "en",
    NEWS: "en",
    MATRIX: "en",
    ZH_FAQ: "zh",
    VOICE: "ur-Latn",
    LETTER: "en",
    HANDBOOK: "en",
    HANDBOOK_OLD: "en",
    REPORT: "en",
    UR_HTML: "ur",
    ZH_VENUE: "zh",
    PRICES: "en+zh",
}
STALE_DOCS = {HANDBOOK_OLD}  # never an expected source

LANG_CODES = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}
BY_LANG_KIND = {
    "en": {"programme": 9, "directory": 5, "unanswerable": 6},
    "zh": {"programme": 8, "directory": 5, "unanswerable": 5},
    "ur": {"programme": 7, "directory": 4, "unanswerable": 3},
    "ur-Latn": {"programme": 7, "directory": 4, "unanswerable": 3},
    "mixed": {"programme": 7, "directory": 4, "unanswerable": 3},
}
ROMAN_URDU = re.compile(
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|hoga|hogi|hongi|batao|bata|karna|karti|karte|bhai|nahi"
    r"|ka|ki|ke|ko|se|aur|kaun|kis|tha|the|milega|milegi|chahiye|tak|baje|sakte|sakti|sakta|hota|koi|pichle|saal|hue"
    r"|ya|banegi|hum|hamari|hamein|bani|jo|log|kar|chuki|wala|wali|wale|dena|dein|hoga|ab|rang|paas|zyada|kam|din"
    r"|baad|pehle|mein|jin|sab|dono|bol|sake|acha|matlab|dekhein|umm|hazaar|lakh|rupay|kuch|hoon|rahi|rahe|raha)\b",
    re.I,
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}

# ---------------------------------------------------------------------------------------------- figures that changed
# qid: (stale string, document that still shows it, live string, document that states the live figure)
CHANGED = {
    "s38-en-03": ("The pass mark is 70.", HANDBOOK_OLD, "The pass mark is 72", HANDBOOK),
    "s38-en-04": ("RMB 21,000", FEES, "RMB 19,800", CORRECTION),
    "s38-en-09": ("96 Chinese buyers confirmed so far", NEWS, "138 confirmed Chinese", NEWS),
    "s38-zh-03": ("refund of 50%", RULES, "refund of 70%", ADDENDUM),
    "s38-zh-04": ("RMB 21,000", FEES, "RMB 19,800", CORRECTION),
    "s38-zh-08": ("Tuesday 9 September 2087", LETTER, "Tuesday 16 September 2087", LETTER),
    "s38-ur-05": ("up to 3 staff badges", HANDBOOK_OLD, "up to 5 staff badges", HANDBOOK),
    "s38-ul-02": ("shared by at most two firms", RULES, "shared by up to four firms", ADDENDUM),
    "s38-ul-03": ("| 14:00 | Pitch round 3", AGENDA, "**Day 3, Thursday 23 October 2087, at", CORRECTION),
    "s38-ul-05": ("RMB 21,000", FEES, "RMB 19,800", CORRECTION),
    "s38-ul-07": ("7 days before the first match weekend", HANDBOOK_OLD, "10 days before the first match", HANDBOOK),
    "s38-mx-02": ("Tuesday 9 September 2087", LETTER, "Tuesday 16 September 2087", LETTER),
}
# the document with the stale figure is still a source because the answer needs its other figures (standard fee,
# discounts); the key facts are checked against STALE_FOR instead
STILL_NEEDED = {"s38-zh-04", "s38-ul-05"}
# strings that must never be a key fact of the question (the stale figure, last year's figure, an unrounded figure)
STALE_FOR = {
    "s38-en-02": ["12,566.40", "12,566", "14,280", "14,000"],
    "s38-en-03": ["70", "65"],
    "s38-en-04": ["21,000"],
    "s38-en-09": ["96"],
    "s38-zh-03": ["50%"],
    "s38-zh-04": ["21,000"],
    "s38-zh-08": ["9 September", "9月9日"],
    "s38-ur-05": ["3"],
    "s38-ul-02": ["8,400"],
    "s38-ul-03": ["Day 2", "22 October", "14:00"],
    "s38-ul-05": ["21,000", "18,480"],
    "s38-ul-06": ["3 weekends"],
    "s38-ul-07": ["1 November"],
    "s38-mx-02": ["9 September"],
    "s38-zh-05": ["20%"],
}
# qid: (document, fact that sits in a table row of it and nowhere in its prose)
TABLE_ONLY = {
    "s38-en-05": (AGENDA, "Pitch round 4: crowd-flow analytics and stadium Wi-Fi"),
    "s38-ul-04": (AGENDA, "Welcome dinner hosted by CVDA"),
    "s38-zh-05": (HANDBOOK, "Fan-app stability | 25%"),
    "s38-ur-06": (MATRIX, "Freelancer collective"),
    "s38-mx-04": (MATRIX, "Large firm (250 staff or more)"),
}
# qid: (row label, column label, mark) of the eligibility matrix that answers it
MATRIX_CELLS = {
    "s38-ur-06": ("Freelancer collective", "PSSHF travel grant", "✗"),
    "s38-mx-04": ("Large firm (250 staff or more)", "Shared booth", "✗"),
    "s38-ur-04": ("Startup (fewer than 10 staff)", "Match Day Trial", "✓"),
}
# qid: the language the answer is written in (different from the question's)
OTHER_LANGUAGE = {
    "s38-en-07": "zh",
    "s38-en-08": "zh",
    "s38-zh-05": "en",
    "s38-zh-06": "ur-Latn",
    "s38-zh-08": "en",
    "s38-ur-04": "en",
    "s38-ur-05": "en",
    "s38-ur-06": "en",
}
ONE_OR_TWO_WORDS = ["s38-en-03", "s38-en-04", "s38-zh-01", "s38-zh-03", "s38-ur-03"]
# key fact written in another notation/language than its source: the string the source uses
EQUIV = {
    "4 people": "4人",
    "15 meetings": "15场",
    "20 October": "10月20日",
    "9月16日": "16 September 2087",
    "3 kW": "3千瓦",
    "25,000": "pachees hazaar",
    "PKR 25,000": "pachees hazaar",
    "150,000": "dedh lakh",
    "1,50,000": "dedh lakh",
    "PKR 150,000": "dedh lakh",
    "Tuesday and Thursday": "منگل اور جمعرات",
    "no minimum": "Clause 4.1(b) is deleted",
}
EQUIV_NUM = {"pachees hazaar": 25000, "dedh lakh": 150000}
# unanswerable near misses: (document that names the thing, the thing's name in it, patterns no document may match)
NEAR_MISS = {
    "s38-en-15": (HANDBOOK, "turnstile", [r"\bbrand", r"manufactur", r"品牌"]),
    "s38-en-16": (LETTER, "dinner", [r"per head", r"dinner[^.\n]*(?:RMB|PKR|Rs)", r"人均"]),
    "s38-en-17": (VOICE, "bootcamp", [r"trainer", r"bootcamp[^.\n]*(?:run|led|conducted) by", r"培训师"]),
    "s38-en-18": (HANDBOOK, "Jinjiang Riverside Stadium", [r"capacity", r"容纳", r"seating"]),
    "s38-zh-14": (ZH_VENUE, "3号馆", [r"平方米", r"square met", r"m²", r"\bsqm\b"]),
    "s38-zh-16": (AGENDA, "Opening ceremony", [r"致辞", r"opening ceremony[^\n]*(?:\bby\b|speaker)", r"speaker"]),
    "s38-zh-17": (REPORT, "contracts", [r"largest contract", r"biggest contract", r"contract[^.\n]*largest", r"最大"]),
    "s38-ur-12": (UR_HTML, "ویزا فائل", [r"ویزا[^۔\n]*(?:فیس|روپے)", r"visa[^.\n]*fee", r"签证[^。\n]*费"]),
    "s38-ur-13": (HANDBOOK, "Football", [r"\bvs\.?\s", r"\bversus\b", r"对阵", r"home team"]),
    "s38-ul-12": (VOICE, "bootcamp", [r"bootcamp[^\n]*\b\d{1,2} (?:August|September|October)"]),
    "s38-ul-13": (VOICE, "travel grant", [r"grant[^\n]*\b\d+ (?:din|days|hafte|weeks)", r"补贴[^。\n]*天内"]),
    "s38-ul-14": (ZH_VENUE, "标准展位", [r"carpet", r"地毯", r"قالین"]),
    "s38-mx-12": (HANDBOOK, "equipment insurance", [r"insurance[^.\n]*(?:RMB|PKR|\d)", r"保险"]),
    "s38-mx-13": (PRICES, "LED ribbon board", [r"LED[^\n]*(?:\bm\b|metres|meters|pixels|像素|米)"]),
}
FUTURE = {"s38-en-19": r"2088", "s38-mx-14": r"2088", "s38-zh-15": r"prize|奖金|award money|cash award"}


# ---------------------------------------------------------------------------------------------- text helpers
def canon(s):
    s = unicodedata.normalize("NFKC", s).translate(URDU_DIGITS).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("٪", "%")
    s = re.sub(r"(?<=\d)[,٬،](?=\d)", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    return re.sub(r"\s+", " ", s).strip()


class Html(html.parser.HTMLParser):
    BLOCK = {"p", "h1", "h2", "h3", "li", "tr", "td", "th", "caption", "title", "div", "ul", "table", "nav", "footer"}

    def __init__(self):
        super().__init__()
        self.parts, self.tags, self.attrs = [], collections.Counter(), []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        self.attrs.append((tag, dict(attrs)))
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def read_html(name):
    p = Html()
    p.feed((PROG / name).read_text(encoding="utf-8"))
    return p


def word_lines(path, tables=None):
    """Paragraphs and table rows (cells joined with " | ") of a Word body; tables=True only rows, False only paragraphs."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []

    def para(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))

    for el in root.find(W + "body"):
        if el.tag == W + "p" and tables is not True:
            lines.append(para(el))
        elif el.tag == W + "tbl" and tables is not False:
            for tr in el.iter(W + "tr"):
                lines.append(" | ".join(" ".join(para(p) for p in tc.iter(W + "p")) for tc in tr.findall(W + "tc")))
    return lines


def pdf_pages(path):
    import pypdf

    return [pg.extract_text() or "" for pg in pypdf.PdfReader(str(path)).pages]


def doc_text(name):
    path = PROG / name
    if path.suffix == ".html":
        return "".join(read_html(name).parts)
    if path.suffix == ".docx":
        return "\n".join(word_lines(path))
    if path.suffix == ".pdf":
        return "\n".join(pdf_pages(path))
    return path.read_text(encoding="utf-8")


def table_text(name):
    path = PROG / name
    if path.suffix == ".docx":
        return "\n".join(word_lines(path, tables=True))
    if path.suffix == ".md":
        return "\n".join(ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.lstrip().startswith("|"))
    return ""


def prose_text(name):
    path = PROG / name
    if path.suffix == ".docx":
        return "\n".join(word_lines(path, tables=False))
    if path.suffix == ".md":
        return "\n".join(ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.lstrip().startswith("|"))
    return doc_text(name)


def num(s):
    return int(re.sub(r"[,\s]", "", s.translate(URDU_DIGITS)))


def money(n):
    return f"{n:,}"


def lakh(n):
    s = str(n)
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail]) if groups else tail


def find(pattern, text, what):
    m = re.search(pattern, text)
    if not m:
        raise AssertionError(f"cannot find {what}")
    return m


def en_date(d):
    return [f"{d.day} {d.strftime('%B')} {d.year}", f"{d.day} {d.strftime('%B')}"]


def zh_date(d):
    return [f"{d.year}年{d.month}月{d.day}日", f"{d.month}月{d.day}日"]


def parse_en_date(s):
    m = re.search(r"(\d{1,2})(?:[–-]\d{1,2})? (" + "|".join(MONTHS) + r") (\d{4})", s, re.I)
    return datetime.date(int(m[3]), MONTHS[m[2].lower()], int(m[1])) if m else None


def day_key(s):
    """(month, day) of a date written as "16 September" or "9月16日", else None."""
    s = s.translate(URDU_DIGITS)
    m = re.search(r"(\d{1,2})月(\d{1,2})日", s)
    if m:
        return int(m[1]), int(m[2])
    m = re.search(r"(\d{1,2}) (" + "|".join(MONTHS) + r")", s, re.I)
    return (MONTHS[m[2].lower()], int(m[1])) if m else None


# ---------------------------------------------------------------------------------------------- rules read from the documents
def fee(t, label):
    """An RMB amount from Annex B's fee table (one row per line in the PDF text)."""
    return num(find(rf"{re.escape(label)}[^\n]*?RMB ([\d,]+)", t[FEES], f"Annex B row {label!r}")[1])


def corner_fee(t):
    return num(find(r"correct corner booth fee is \*\*RMB ([\d,]+)\*\*", t[CORRECTION], "corrected corner fee")[1])


def rate(t):
    return int(find(r"For all programme fees, RMB 1 = PKR (\d+)\.", t[FEES], "exchange rate")[1])


def discounts(t):
    f = t[FEES]
    early = int(find(r"Early-bird discount: (\d+)% off the booth fee", f, "early-bird discount")[1])
    member = int(find(r"PSSHF member discount: (\d+)% off, applied after the early-bird discount", f, "member")[1])
    cap = int(find(r"combined discount is never more than (\d+)% of", f, "discount cap")[1])
    find(r"applied in that order, early-bird first", f, "discount order")
    return early, member, cap


def final_booth(t, listed, early, member):
    e, m, cap = discounts(t)
    price = Fraction(listed)
    if early:
        price = price * (100 - e) / 100
    if member:
        price = price * (100 - m) / 100
    floor = Fraction(listed) * (100 - cap) / 100
    return max(price, floor)


def fair_opens(t):
    m = find(r"## Day 1 — (\w+) (\d{1,2} \w+ \d{4})", t[AGENDA], "agenda day 1")
    d = parse_en_date(m[2])
    if d.strftime("%A") != m[1]:
        raise AssertionError("agenda day 1: weekday does not match the date")
    find(rf"{d.day}–23 October {d.year}, Chengdu", t[OVERVIEW], "fair dates in the overview")
    return d


def weekends(t):
    rows = re.findall(r"^\| (\d) \| (\d{1,2})–(\d{1,2}) (\w+) (\d{4}) \|", t[HANDBOOK], re.M)
    if len(rows) != 4:
        raise AssertionError("handbook: expected four weekends")
    return [datetime.date(int(y), MONTHS[mo.lower()], int(a)) for _, a, _, mo, y in rows]


def c_en02(t):
    n = final_booth(t, fee(t, "Standard booth"), True, True)
    if n.denominator != 1:
        raise AssertionError("en-02: not a whole number")
    n = int(n)
    return [f"RMB {money(n)}", money(n)]


def c_ul05(t):
    n = final_booth(t, corner_fee(t), False, True)
    if n.denominator != 1:
        raise AssertionError("ul-05: not a whole number")
    n = int(n)
    return [f"RMB {money(n)}", money(n)]


def c_ul02(t):
    words = {"two": 2, "three": 3, "four": 4, "five": 5}
    m = find(r'Clause 3\.2 is replaced by: "A standard booth may be shared by up to (\w+) firms', t[ADDENDUM], "3.2")
    firms = 4
    if words[m[1]] < firms:
        raise AssertionError("ul-02: four firms may not share a booth")
    surcharge = num(find(r"sharing surcharge of RMB ([\d,]+)", t[ADDENDUM], "sharing surcharge")[1])
    n = fee(t, "Standard booth") // firms + surcharge
    return [f"RMB {money(n)}", money(n)]


def c_zh01(t):
    days = int(find(r"2\.3 Registration closes (\d+) days before the Chengdu fair opens", t[RULES], "clause 2.3")[1])
    d = fair_opens(t) - datetime.timedelta(days=days)
    return [*zh_date(d), *en_date(d)]


def c_ul07(t):
    days = int(find(r"no later than (\d+) days before the first match weekend", t[HANDBOOK], "kit deadline")[1])
    d = weekends(t)[0] - datetime.timedelta(days=days)
    if d.strftime("%A") == "Saturday" or weekends(t)[0].strftime("%A") != "Saturday":
        raise AssertionError("ul-07: weekend dates")
    return [*en_date(d), f"{d.day} Oct"]


def mdt_weekend(t):
    return num(find(r"Match Day Trial participation[^\n]*?RMB ([\d,]+) per match weekend", t[FEES], "MDT fee")[1])


def c_zh02(t):
    n = mdt_weekend(t) * len(weekends(t))
    return [f"{money(n)}元", f"RMB {money(n)}", money(n)]


def c_ur02(t):
    n = mdt_weekend(t) * len(weekends(t)) * rate(t)
    return [money(n), lakh(n), f"PKR {money(n)}"]


def c_ur07(t):
    n = fee(t, "Registration fee") * rate(t)
    return [money(n), f"PKR {money(n)}"]


def c_en06(t):
    per = num(find(r"Cloud replay storage[^\n]*?RMB ([\d,]+) per TB per month", t[PRICES], "storage price")[1])
    n = per * 5 * 3
    return [f"RMB {money(n)}", money(n)]


def c_mx03(t):
    per = num(find(r"network drop[^\n]*?RMB ([\d,]+) per drop per match day", t[PRICES], "network drop price")[1])
    days = int(find(r"The Match Day Trial has (\d+) match days", t[PRICES], "match days")[1])
    find(r"Every weekend has a match on the Saturday and on the Sunday", t[HANDBOOK], "two matches a weekend")
    if days != 2 * len(weekends(t)):
        raise AssertionError("mx-03: match days disagree with the handbook")
    n = per * 2 * days
    return [f"RMB {money(n)}", money(n)]


COMPUTED = {
    "s38-en-02": c_en02,
    "s38-en-06": c_en06,
    "s38-zh-01": c_zh01,
    "s38-zh-02": c_zh02,
    "s38-ur-02": c_ur02,
    "s38-ur-07": c_ur07,
    "s38-ul-02": c_ul02,
    "s38-ul-05": c_ul05,
    "s38-ul-07": c_ul07,
    "s38-mx-03": c_mx03,
}

# ---------------------------------------------------------------------------------------------- directory filters
SERVICE_FORMS = {
    "ticketing": [
        "ticketing system",
        "box office software",
        "票务系统",
        "Ticketing",
        "e-ticketing",
        "online ticket sales",
        "event ticketing platform",
    ],
    "access": [
        "turnstile integration",
        "access control",
        "Access Control Systems",
        "闸机门禁",
        "RFID gate access",
        "QR turnstiles",
    ],
    "seatmap": ["seat maps", "interactive seat map", "Seating Plan Software", "座位图", "3D seat view"],
    "season": ["season passes", "season ticket management", "Season Ticketing", "季票管理", "annual pass software"],
    "fanapp": ["fan app", "Fan Engagement App", "fan apps", "球迷App", "matchday app", "supporter app"],
    "loyalty": ["loyalty programs", "Loyalty & Membership", "会员积分系统", "membership management", "fan rewards"],
    "livescore": [
        "live scoring",
        "live stats feeds",
        "Live Scores API",
        "实时比分数据",
        "scoreboard software",
        "ball-by-ball scoring",
    ],
    "replay": [
        "video replay",
        "highlight clipping",
        "Instant Replay",
        "视频回放与集锦",
        "auto highlights",
        "replay servers",
    ],
    "referee": ["referee review tools", "VAR software", "DRS review tools", "裁判回看系统", "umpire decision review"],
    "tracking": [
        "athlete performance tracking",
        "GPS vests",
        "wearables analytics",
        "运动员表现追踪",
        "GPS tracking",
        "Athlete Monitoring",
    ],
    "gym": [
        "gym management software",
        "Fitness Club Management",
        "gym management",
        "健身房管理系统",
        "health club software",
        "GMS",
    ],
    "classbook": ["class booking", "Class Scheduling", "fitness class booking app", "课程预约", "studio booking"],
    "league": [
        "league management",
        "tournament management",
        "Fixture Scheduling",
        "赛事管理系统",
        "competition management software",
    ],
    "esports": [
        "esports tournament platforms",
        "Esports Platform",
        "电竞赛事平台",
        "gaming tournament software",
        "esports brackets",
    ],
    "ott": ["OTT", "sports streaming OTT", "Live Streaming Platform", "体育直播OTT", "video streaming", "OTT apps"],
    "merch": ["merchandise e-commerce", "Merch Store", "team shop e-commerce", "周边商城", "online kit store"],
    "pos": ["POS", "concession POS", "Food & Beverage POS", "餐饮收银系统", "point of sale", "kiosk ordering"],
    "crowd": ["crowd-flow analytics", "Crowd Analytics", "人流分析", "footfall analytics", "crowd management AI"],
    "wifi": ["stadium Wi-Fi", "venue Wi-Fi", "Stadium WiFi", "场馆无线网络", "high-density Wi-Fi"],
    "volunteer": [
        "volunteer rostering",
        "Volunteer Management",
        "staff rostering",
        "志愿者排班",
        "workforce scheduling",
    ],
    "academy": ["sports academy CRM", "Academy Management", "CRM", "青训学院管理", "academy CRM"],
}
FORM_OF = {f.lower(): k for k, forms in SERVICE_FORMS.items() for f in forms}


def cells(r, col):
    return [x.strip() for x in r[col].split(";") if x.strip()]


def has(r, concept):
    return any(FORM_OF.get(s.lower()) == concept for s in cells(r, "services"))


def emp(r):
    return int(r["employees"])


def founded(r):
    return int(r["founded"])


def cert(r, *names):
    return any(any(n.lower() in c.lower() for n in names) for c in cells(r, "certifications"))


def no_cert(r):
    return r["certifications"].strip().lower() == "none"


def speaks_mandarin(r):
    return any(x.lower() in ("mandarin", "chinese") for x in cells(r, "languages"))


PK = lambda r: r["country"] == "PK"  # noqa: E731
CN = lambda r: r["country"] == "CN"  # noqa: E731
PITCHED = lambda r: r["pitched_at_webinar"] == "yes"  # noqa: E731
FILTERS = {
    "s38-en-10": lambda r: PK(r) and has(r, "access") and emp(r) > 200,
    "s38-en-11": lambda r: has(r, "ott") and founded(r) < 2040,
    "s38-en-12": lambda r: CN(r) and has(r, "pos"),
    "s38-en-13": lambda r: has(r, "esports") and r["city"] in ("Karachi", "Lahore"),
    "s38-en-14": lambda r: has(r, "crowd") and cert(r, "ISO 20121"),
    "s38-zh-09": lambda r: PK(r) and has(r, "ticketing") and no_cert(r),
    "s38-zh-10": lambda r: r["name_zh"] == "星速体育",
    "s38-zh-11": lambda r: has(r, "tracking") and 50 <= emp(r) <= 200,
    "s38-zh-12": lambda r: PITCHED(r) and has(r, "gym"),
    "s38-zh-13": lambda r: has(r, "livescore") and YEAR - founded(r) > 25,
    "s38-ur-08": lambda r: has(r, "season") and r["city"] in ("Faisalabad", "Sialkot"),
    "s38-ur-09": lambda r: has(r, "loyalty") and not cert(r, "27001"),
    "s38-ur-10": lambda r: has(r, "classbook") and emp(r) < 20,
    "s38-ur-11": lambda r: PK(r) and has(r, "referee"),
    "s38-ul-08": lambda r: has(r, "wifi") and r["city"] in ("Islamabad", "Rawalpindi"),
    "s38-ul-09": lambda r: has(r, "volunteer") and founded(r) > 2075,
    "s38-ul-10": lambda r: has(r, "merch") and cert(r, "SOC 2"),
    "s38-ul-11": lambda r: PK(r) and has(r, "league") and emp(r) < 50,
    "s38-mx-08": lambda r: has(r, "academy") and PITCHED(r),
    "s38-mx-09": lambda r: PK(r) and has(r, "replay") and emp(r) > 100,
    "s38-mx-10": lambda r: PK(r) and has(r, "crowd") and speaks_mandarin(r),
    "s38-mx-11": lambda r: has(r, "seatmap") and has(r, "ticketing"),
}
# negation filters: no candidate may have an empty (unknown) certifications cell, so "unknown" cannot change the set
NEGATION = {
    "s38-zh-09": lambda r: PK(r) and has(r, "ticketing"),
    "s38-ur-09": lambda r: has(r, "loyalty"),
}


def answer_set(qid, rows):
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


# ---------------------------------------------------------------------------------------------- checks
class Checker:
    def __init__(self):
        self.errors, self.passed = [], 0

    def ok(self, cond, msg):
        if cond:
            self.passed += 1
        else:
            self.errors.append(msg)
        return cond


def check_documents(c):
    names = sorted(p.name for p in PROG.iterdir())
    c.ok(names == sorted(DOCS), f"programme/ holds {names}, expected {sorted(DOCS)}")
    c.ok(16 <= len(DOCS) <= 20, "16-20 documents")
    c.ok({Path(n).suffix for n in DOCS} == {".md", ".txt", ".html", ".docx", ".pdf"}, "all five formats")
    texts = {}
    for name in DOCS:
        try:
            texts[name] = doc_text(name)
        except Exception as e:  # noqa: BLE001
            c.ok(False, f"{name}: unreadable ({e})")
            texts[name] = ""
            continue
        c.ok(len(texts[name]) > 400, f"{name}: too little text")
        want = DOCS[name]
        if want in ("en", "zh", "ur"):
            c.ok(script_lang(texts[name]) == want, f"{name}: main script is not {want}")
        elif want == "ur-Latn":
            c.ok(len(ROMAN_URDU.findall(texts[name])) > 30, f"{name}: not Roman Urdu")
        for dom in re.findall(r"[\w.-]+\.(?:com|org|net|pk|cn|io)\b", texts[name]):
            c.ok(False, f"{name}: non-.example domain {dom}")
    c.ok(README.exists() and "fictional" in README.read_text(encoding="utf-8").lower(), "README with disclaimer")
    for name, t in texts.items():
        n = t.count("Outsourcing ICT Talent from Pakistan")
        c.ok(n == (1 if name == OVERVIEW else 0), f"{name}: names the 2022 webinar {n} times")
    ov = texts[OVERVIEW]
    for org in [
        "Consulate General in Shanghai",
        "Software Business Union of Shanghai",
        "Shanghai Software Industry Association",
        "Trade Development Authority of Pakistan",
        "February 2022",
    ]:
        c.ok(org in ov, f"overview lacks {org}")
    return texts


def docx_table(name, index=0):
    import docx

    t = docx.Document(str(PROG / name)).tables[index]
    return [[cell.text.strip() for cell in row.cells] for row in t.rows]


def matrix_cell(row_label, col_label):
    grid = docx_table(MATRIX)
    col = grid[0].index(col_label)
    row = next(r for r in grid[1:] if r[0] == row_label)
    return row[col]


def check_features(c, t):
    import docx

    # 1. numbered rules and an addendum that replaces / deletes clauses without restating the old text
    rules, add = t[RULES], t[ADDENDUM]
    for clause in ["2.3", "3.1", "3.2", "4.1", "5.2"]:
        c.ok(re.search(rf"^{re.escape(clause)} ", rules, re.M) is not None, f"rules: clause {clause}")
    c.ok(all(f"- ({x}) " in rules for x in "abc"), "rules: 4.1(a)-(c)")
    c.ok('Clause 3.2 is replaced by: "' in add and "Clause 4.1(b) is deleted." in add, "addendum wording")
    c.ok('Clause 5.2 is replaced by: "' in add, "addendum: clause 5.2")
    for old in ["at most two firms", "at least 10 employees", "50%", "30 days"]:
        c.ok(old in rules and old not in add, f"addendum restates or rules lack {old!r}")
    c.ok(parse_en_date(add) > parse_en_date(rules), "addendum is later than the rules")
    # 2. relative date: the rule gives days, the fair date is only in other documents; the date itself nowhere
    c.ok("October" not in rules and "12 days before the Chengdu fair opens" in rules, "rules: relative deadline only")
    c.ok(all(not re.search(r"\b9 October|10月9日", t[n]) for n in DOCS), "registration date stated somewhere")
    # 3. fixed exchange rate; the fee schedule's fees are in RMB only
    pkr = re.findall(r"PKR ?[\d,]+", t[FEES])
    c.ok(pkr == ["PKR 40"], f"fee schedule PKR amounts {pkr}")
    c.ok(len(re.findall(r"RMB [\d,]+", t[FEES])) >= 5, "fee schedule: RMB amounts")
    c.ok(all("PKR 40" not in t[n] for n in DOCS if n != FEES), "rate stated outside the fee schedule")
    # 4. HTML page boilerplate around the article; the sidebar's old figure updated by the article
    h = read_html(NEWS)
    raw = (PROG / NEWS).read_text(encoding="utf-8")
    c.ok(all(h.tags[x] >= 1 for x in ("nav", "aside", "footer", "article", "header")), "news page: site structure")
    c.ok(any(a.get("id") == "cookie-banner" for _, a in h.attrs) and "cookies" in raw, "news page: cookie banner")
    aside = raw[raw.find("<aside") : raw.find("</aside>")]
    article = raw[raw.find("<article") : raw.find("</article>")]
    footer = raw[raw.find("<footer") : raw.find("</footer>")]
    c.ok("96 Chinese buyers" in aside and "96" not in article, "news page: old figure in the sidebar only")
    c.ok("138" in article and "138" not in aside, "news page: the article's figure")
    c.ok("Lahore" in footer and re.search(r"Tel \+92 [\d ]+", footer), "news page: footer address and phone")
    # 5. eligibility matrix of marks
    grid = docx_table(MATRIX)
    body = [cell for row in grid[1:] for cell in row[1:]]
    c.ok(len(grid) >= 6 and len(grid[0]) >= 5, "matrix: size")
    c.ok(all(x in ("✓", "✗", "—") for x in body) and {"✓", "✗", "—"} <= set(body), "matrix: marks only")
    c.ok("✓ = eligible" in t[MATRIX] and "✗ = not eligible" in t[MATRIX], "matrix legend")
    for qid, (row, col, mark) in MATRIX_CELLS.items():
        try:
            c.ok(matrix_cell(row, col) == mark, f"{qid}: matrix cell {row}/{col}")
        except (ValueError, StopIteration):
            c.ok(False, f"{qid}: no matrix cell {row}/{col}")
    # 6. Chinese Q&A FAQ with numbered 问/答 and a cross-reference
    faq = t[ZH_FAQ]
    qn_ = re.findall(r"^问(\d+)：", faq, re.M)
    an_ = re.findall(r"^答(\d+)：", faq, re.M)
    c.ok(qn_ == an_ and len(qn_) >= 6 and qn_ == [str(i) for i in range(1, len(qn_) + 1)], "FAQ numbering")
    ref = re.search(r"^答(\d+)：[^\n]*见问4", faq, re.M)
    c.ok(ref is not None and ref[1] != "4" and "4人" in re.search(r"^答4：[^\n]*", faq, re.M)[0], "FAQ: 见问4")
    # 7. Roman Urdu voice note: fillers, number words for facts stated nowhere else
    vn = t[VOICE].lower()
    c.ok(all(vn.count(f) >= 2 for f in ["umm", "matlab", "acha", "dekhein"]), "voice note: fillers")
    c.ok("pachees hazaar" in vn and "dedh lakh" in vn, "voice note: number words")
    for n in DOCS:
        if n != VOICE:
            c.ok(all(x not in t[n] for x in ["25,000", "150,000", "1,50,000", "bootcamp"]), f"{n}: voice-note fact")
    # 8. formal letter: letterhead, reference, date, salutation, a P.S. that changes the body's date
    lines = [ln for ln in t[LETTER].splitlines() if ln.strip()]
    c.ok("China Venue Digitalisation Alliance" in lines[0] and "Chengdu" in " ".join(lines[:3]), "letter: letterhead")
    c.ok(
        any(re.match(r"Ref: CVDA/", ln) for ln in lines[:8]) and any(ln.startswith("Date: ") for ln in lines[:8]), "ref"
    )
    c.ok(any(ln.startswith("Dear ") for ln in lines), "letter: salutation")
    body, _, ps = t[LETTER].partition("P.S.")
    c.ok("Yours sincerely" in body and "Tuesday 9 September 2087" in body and "16 September" not in body, "letter body")
    c.ok("Tuesday 16 September 2087" in ps, "letter: the P.S. changes the date")
    # 9. stacked discounts with a cap that binds on a full booth
    e, m, cap = discounts(t)
    c.ok((1 - (1 - Fraction(e, 100)) * (1 - Fraction(m, 100))) * 100 > cap, "discount cap does not bind")
    # 10. three-day agenda, 24-hour times, day labels, a session moved by a later notice
    ag = t[AGENDA]
    days = re.findall(r"^## Day (\d) — (\w+) (\d{1,2} \w+ \d{4})$", ag, re.M)
    c.ok([d[0] for d in days] == ["1", "2", "3"], "agenda: three day labels")
    c.ok(all(parse_en_date(d[2]).strftime("%A") == d[1] for d in days), "agenda: weekdays")
    times = re.findall(r"^\| (\d\d):(\d\d) \|", ag, re.M)
    c.ok(len(times) >= 15 and any(int(hh) >= 13 for hh, _ in times), "agenda: 24-hour times")
    c.ok("Pitch round 3 (esports platforms and sports OTT) moves from Day 2 at 14:00" in t[CORRECTION], "moved session")
    c.ok(parse_en_date(t[CORRECTION]) > parse_en_date(ag), "correction notice later than the agenda")
    # other kinds of document
    c.ok("SUPERSEDED" in t[HANDBOOK_OLD] and "replaces version 1" in t[HANDBOOK], "superseded pair")
    c.ok("Correction Notice No. 1" in t[CORRECTION], "correction notice")
    c.ok("2086" in t[REPORT] and "last year's pilot figures" in t[REPORT], "report marks its figures as last year's")
    urraw = (PROG / UR_HTML).read_text(encoding="utf-8")
    c.ok('dir="rtl"' in urraw and 'lang="ur"' in urraw, "Urdu page: right-to-left")
    c.ok("منگل اور جمعرات" in t[UR_HTML], "Urdu-only fact")
    c.ok(all("Tuesday and Thursday" not in t[n] and "منگل" not in t[n] for n in DOCS if n != UR_HTML), "visa days")
    en_part, _, zh_part = t[PRICES].partition("中文版")
    c.ok(re.search(HAN, zh_part) and "加收20%" in zh_part and "20%" not in en_part, "bilingual: Chinese-only fact")
    c.ok(len(re.findall(r"[A-Za-z]", en_part)) > 400 and len(re.findall(HAN, zh_part)) > 150, "bilingual: both parts")
    c.ok(
        "3千瓦" in t[ZH_VENUE] and all("3千瓦" not in t[n] and "3 kW" not in t[n] for n in DOCS if n != ZH_VENUE), "kW"
    )
    c.ok("10月20日" in t[ZH_VENUE] and all("20 October" not in t[n] for n in DOCS), "set-up day only in Chinese")
    c.ok(all("15场" not in t[n] and "15 meetings" not in t[n] for n in DOCS if n != ZH_FAQ), "meetings only in FAQ")
    d = docx.Document(str(PROG / ZH_FAQ))
    c.ok(len(d.paragraphs) > 12, "FAQ: a Word document with paragraphs")


def check_directory(c):
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        rows = list(reader)
    c.ok(header == COLUMNS, "directory header")
    c.ok(len(rows) == 60, f"{len(rows)} companies")
    cc = collections.Counter(r["country"] for r in rows)
    c.ok(cc == {"PK": 45, "CN": 15}, f"countries {dict(cc)}")
    ids = [r["id"] for r in rows]
    c.ok(
        len(set(ids)) == 60
        and all(re.fullmatch(r"(PK|CN)-\d{3}", i) and i[:2] == r["country"] for i, r in zip(ids, rows)),
        "ids",
    )
    services = {s for r in rows for s in cells(r, "services")}
    c.ok(170 <= len(services) <= 195, f"{len(services)} distinct service values")
    all_forms = {f for forms in SERVICE_FORMS.values() for f in forms}
    c.ok(all(s in all_forms or s.lower() not in FORM_OF for s in services), "a generic service shadows a synonym")
    used = {s.lower() for s in services}
    c.ok(all(f in used for f in FORM_OF), f"unused synonyms {[f for f in FORM_OF if f not in used]}")
    for r in rows:
        c.ok(1998 <= founded(r) <= YEAR - 1, f"{r['id']}: founded")
        c.ok(4 <= emp(r) <= 2000, f"{r['id']}: employees")
        c.ok(r["pitched_at_webinar"] in ("yes", "no"), f"{r['id']}: pitched")
        c.ok(r["website"].endswith(".example") and r["contact_email"].endswith(".example"), f"{r['id']}: domains")
        c.ok(bool(r["description"]) and bool(r["languages"]) and bool(r["services"]), f"{r['id']}: filled")
    c.ok(min(founded(r) for r in rows) == 1998 and max(founded(r) for r in rows) == 2086, "founded range 1998-2086")
    c.ok(min(emp(r) for r in rows) <= 6 and max(emp(r) for r in rows) == 2000, "head count range")
    certs = {x for r in rows for x in cells(r, "certifications")}
    for need in ["SOC 2 Type II", "ISO 20121", "ISO/IEC 27001:2022", "ISO 9001", "none"]:
        c.ok(need in certs, f"certification {need} missing")
    c.ok(any(not r["certifications"] for r in rows), "some unknown certifications")
    zh = sum(bool(r["name_zh"]) for r in rows)
    c.ok(45 <= zh < 60, f"name_zh filled for {zh}")
    c.ok(45 <= sum(bool(r["description_zh"]) for r in rows) < 60, "description_zh mostly filled")
    small = {"Sialkot", "Mardan", "Sukkur", "Gujrat", "Bahawalpur", "Abbottabad", "Quetta"}
    c.ok(len(small & {r["city"] for r in rows}) >= 4, "small Pakistani cities")
    c.ok(len({r["city"] for r in rows if r["country"] == "CN"}) >= 6, "Chinese cities")
    for qid, cand in NEGATION.items():
        c.ok(all(r["certifications"].strip() for r in rows if cand(r)), f"{qid}: an unknown-cert candidate")
    return rows


def check_questions(c, t, rows):
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    qs = [json.loads(ln) for ln in lines]
    c.ok(len(qs) == 80, f"{len(qs)} questions")
    c.ok(len({q["id"] for q in qs}) == len(qs), "unique ids")
    c.ok(len({q["question"] for q in qs}) == len(qs), "unique question texts")
    c.ok(collections.Counter(q["lang"] for q in qs) == LANG_COUNTS, "language counts")
    c.ok(collections.Counter(q["kind"] for q in qs) == KIND_COUNTS, "kind counts")
    got = collections.defaultdict(collections.Counter)
    for q in qs:
        got[q["lang"]][q["kind"]] += 1
    c.ok({k: dict(v) for k, v in got.items()} == BY_LANG_KIND, "language x kind counts")
    byid = {q["id"]: q for q in qs}
    for name, group, n in [
        ("changed", CHANGED, 6),
        ("computed", COMPUTED, 8),
        ("table-only", TABLE_ONLY, 4),
        ("other-language", OTHER_LANGUAGE, 4),
        ("short", ONE_OR_TWO_WORDS, 4),
    ]:
        c.ok(len(group) >= n and all(byid.get(q, {}).get("kind") == "programme" for q in group), f"group {name}")
    for qid in ONE_OR_TWO_WORDS:
        words = re.findall(r"\w+", byid[qid]["question"]) if byid[qid]["lang"] != "zh" else [byid[qid]["question"]]
        c.ok(len(words) <= 2 and len(byid[qid]["question"]) <= 25, f"{qid}: not one or two words")
    unans = [q for q in qs if q["kind"] == "unanswerable"]
    c.ok(len(NEAR_MISS) >= 12 and all(byid.get(q, {}).get("kind") == "unanswerable" for q in NEAR_MISS), "near misses")
    c.ok(all(byid.get(q, {}).get("kind") == "unanswerable" for q in FUTURE), "other near misses")
    c.ok(len(unans) - len(NEAR_MISS) - len(FUTURE) >= 2, "a few off-topic items")
    for q in qs:
        qid = q["id"]
        c.ok(list(q) == FIELDS, f"{qid}: fields")
        m = re.fullmatch(r"s38-(en|zh|ur|ul|mx)-\d\d", qid)
        c.ok(m and LANG_CODES[m[1]] == q["lang"], f"{qid}: id/lang")
        text = q["question"]
        lang = q["lang"]
        if lang in ("en", "zh", "ur"):
            c.ok(script_lang(text) == lang, f"{qid}: question script is not {lang}")
        if lang == "ur":
            c.ok(not re.search(r"[A-Za-z]{4,}", re.sub(r"\b(PSSHF|CVDA|PKR|RMB)\b", "", text)), f"{qid}: Latin")
        if lang == "ur-Latn":
            c.ok(len(ROMAN_URDU.findall(text)) >= 2 and not re.search(HAN + "|" + ARABIC, text), f"{qid}: Roman Urdu")
        if lang == "mixed":
            mixes = [bool(re.search(HAN, text)), bool(re.search(ARABIC, text)), bool(ROMAN_URDU.search(text))]
            c.ok(any(mixes) and re.search(r"\b[A-Za-z]{3,}\b", text), f"{qid}: not code-switched")
        kind = q["kind"]
        ans = q["answer_must_contain_any"]
        c.ok(isinstance(ans, list) and all(isinstance(a, str) and a for a in ans), f"{qid}: answers")
        c.ok(bool(q["note"]), f"{qid}: note")
        if kind == "directory":
            c.ok(not q["expected_sources"] and qid in FILTERS, f"{qid}: directory shape")
            if qid in FILTERS:
                want = answer_set(qid, rows)
                c.ok(q["expected_companies"] == want, f"{qid}: companies {q['expected_companies']} != {want}")
                c.ok(len(want) <= 5, f"{qid}: more than five companies")
            continue
        c.ok(q["expected_companies"] == [], f"{qid}: companies on a non-directory item")
        if kind == "unanswerable":
            c.ok(q["expected_sources"] == [], f"{qid}: sources on an unanswerable item")
            if qid in NEAR_MISS:
                doc, thing, pats = NEAR_MISS[qid]
                c.ok(canon(thing) in canon(t[doc]), f"{qid}: {doc} does not name {thing!r}")
                for p in pats:
                    hits = [n for n in DOCS if re.search(p, t[n], re.I)]
                    c.ok(not hits, f"{qid}: {p!r} answered in {hits}")
            if qid in FUTURE:
                hits = [n for n in DOCS if re.search(FUTURE[qid], t[n], re.I)]
                c.ok(not hits, f"{qid}: {FUTURE[qid]!r} in {hits}")
            continue
        srcs = q["expected_sources"]
        c.ok(bool(srcs) and all(s in DOCS and s not in STALE_DOCS for s in srcs), f"{qid}: sources {srcs}")
        c.ok(bool(ans), f"{qid}: no key fact")
        src_text = canon("\n".join(t.get(s, "") for s in srcs))
        rest = list(ans)
        if qid in COMPUTED:
            try:
                want = COMPUTED[qid](t)
            except (AssertionError, ValueError, KeyError) as e:
                c.ok(False, f"{qid}: {e}")
                want = []
            c.ok(ans[: len(want)] == want, f"{qid}: computed {ans[: len(want)]} != {want}")
            c.ok(all(canon(w) not in src_text for w in want[:1]), f"{qid}: computed figure stated in a source")
            rest = ans[len(want) :]
            c.ok(bool(rest), f"{qid}: no rule figures as alternatives")
        for a in rest:
            if canon(a) in src_text:
                continue
            if a in EQUIV:
                r = EQUIV[a]
                c.ok(canon(r) in src_text, f"{qid}: {r!r} (for {a!r}) not in {srcs}")
                if day_key(a) or day_key(r):
                    c.ok(day_key(a) == day_key(r), f"{qid}: {a!r} and {r!r} are different days")
                else:
                    n1 = {int(x) for x in re.findall(r"\d+", canon(a))}
                    n2 = {EQUIV_NUM[r]} if r in EQUIV_NUM else {int(x) for x in re.findall(r"\d+", canon(r))}
                    c.ok(n1 <= n2, f"{qid}: {a!r} and {r!r} differ")
            else:
                c.ok(False, f"{qid}: key fact {a!r} not in {srcs}")
        for s in STALE_FOR.get(qid, []):
            c.ok(
                all(
                    canon(s) not in re.findall(r"[^\s]+", canon(a))
                    and canon(s) != canon(a)
                    and not canon(a).startswith(canon(s) + " ")
                    for a in ans
                ),
                f"{qid}: stale {s!r} among the key facts",
            )
        if qid in CHANGED:
            old, old_doc, new, new_doc = CHANGED[qid]
            c.ok(old in t[old_doc], f"{qid}: stale {old!r} not in {old_doc}")
            c.ok(new in t[new_doc] and new_doc in srcs, f"{qid}: live {new!r} not in {new_doc}")
            c.ok(old_doc not in srcs or old_doc == new_doc or qid in STILL_NEEDED, f"{qid}: stale document as source")
        if qid in TABLE_ONLY:
            doc, fact = TABLE_ONLY[qid]
            c.ok(fact in table_text(doc) and fact not in prose_text(doc) and doc in srcs, f"{qid}: not table-only")
            c.ok(all(fact not in t[n] for n in DOCS if n not in (doc, HANDBOOK_OLD)), f"{qid}: fact outside {doc}")
        if qid in OTHER_LANGUAGE:
            c.ok(
                all(OTHER_LANGUAGE[qid] in DOCS[s].split("+") for s in srcs) and OTHER_LANGUAGE[qid] != q["lang"],
                f"{qid}: answer language",
            )
    for qid in FILTERS:
        c.ok(qid in byid and byid[qid]["kind"] == "directory", f"{qid}: filter without a directory question")
    for group in (COMPUTED, CHANGED, TABLE_ONLY, OTHER_LANGUAGE, NEAR_MISS, FUTURE, STALE_FOR, MATRIX_CELLS):
        for qid in group:
            c.ok(qid in byid, f"{qid}: listed but no such question")
    empty = [q["id"] for q in qs if q["kind"] == "directory" and not q["expected_companies"]]
    c.ok(len(empty) == 1, f"directory questions with no company: {empty}")
    c.ok(sum(1 for q in qs if q["kind"] == "directory" and len(q["expected_companies"]) == 1) >= 1, "one-company item")


def main():
    c = Checker()
    t = check_documents(c)
    try:
        check_features(c, t)
    except Exception as e:  # noqa: BLE001
        c.ok(False, f"feature checks crashed: {e!r}")
    rows = check_directory(c)
    check_questions(c, t, rows)
    for e in c.errors:
        print("ERROR", e)
    print(f"{c.passed} checks passed, {len(c.errors)} failed")
    return 1 if c.errors else 0


if __name__ == "__main__":
    sys.exit(main())
