"""Check sample-37 ("Brick Bloom 2085") and questions-37.jsonl; exit 0 when every check passes, 1 otherwise.

Stdlib + python-docx + pypdf only. build_sample37 imports FILTERS, COMPUTED and the document names from here, so the
frozen directory answer sets and the arithmetic answers come from the same code that checks them.

Key facts are looked up in the text a careful reader gets from each document: Word paragraphs and table cells (a
row's cells joined with " | "), HTML with tags stripped (table cells one per line), Markdown/text as written, PDF
text extracted page by page with pypdf. Comparison is after NFKC, Urdu digits read as ASCII, thousands separators
dropped, dashes unified and case folded. A key fact written in another notation or language than its source uses is
listed in EQUIV with the string it renders (which must be in the source) and both must carry the same number.
"""

import collections
import csv
import html.parser
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_text import ARABIC, COLUMNS, FIELDS, HAN, script_lang  # noqa: E402

HERE = Path(__file__).resolve().parent
KB = HERE / "sample-37"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
README = KB / "README.md"
QUESTIONS = HERE / "questions-37.jsonl"
YEAR = 2085
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OVERVIEW = "programme-overview.md"  # the real 2022 webinar (once); organisers; offices; "as set out in Annex B"
RULES = "programme-rules-2085.md"  # feature 3: ~~old~~ new in a "Revised section"; feature 8 cross-reference too
ANNEX_B = "annex-b-fee-sheet.docx"  # feature 2 + 8: Annex B, footnoted fee sheet (¹ sales tax, ² per floor)
TIMETABLE = "shenzhen-fair-timetable.html"  # feature 4 + 7: rowspan/colspan/caption table, times in CST only
TRANSCRIPT = "info-webinar-transcript-2085-06-20.txt"  # feature 5 + 7: Q&A turns, a self-correction, a PKT-only time
ZH_NOTICE = "zh-buyer-notice.md"  # feature 6: 八折, 百分之十五, 五成 (each once)
SLIDES = "shenzhen-fair-briefing-slides.pdf"  # feature 1: slide deck PDF, one slide a page, page-number footers
HANDBOOK = "tower-trial-handbook.md"  # current version 2 (scorecard table)
HANDBOOK_OLD = "tower-trial-handbook-v1-superseded.md"  # superseded version 1
CORRECTION = "correction-notice-no-1.md"  # corrects two details of the slides
PILOT = "pilot-round-2084-report.pdf"  # last year's pilot round: figures that are not this year's
UR_DOCX = "ur-tower-trial-onboarding.docx"  # feature 10: Urdu right-to-left Word with a table
PRICES = "tower-site-price-list-en-zh.docx"  # feature 9 + two-language document (English, then Chinese)
ROMAN = "vendor-helpdesk-faq-roman-urdu.txt"  # Roman Urdu FAQ (instalments, clinic day)
ZH_TOWER = "zh-jade-harbour-tower-brief.html"  # Chinese-only building facts
UR_HTML = "ur-programme-summary.html"  # Urdu right-to-left page; the Urdu-only women-led travel grant share

DOCS = {
    OVERVIEW: "en",
    RULES: "en",
    ANNEX_B: "en",
    TIMETABLE: "en",
    TRANSCRIPT: "en",
    ZH_NOTICE: "zh",
    SLIDES: "en",
    HANDBOOK: "en",
    HANDBOOK_OLD: "en",
    CORRECTION: "en",
    PILOT: "en",
    UR_DOCX: "ur",
    PRICES: "en+zh",
    ROMAN: "ur-Latn",
    ZH_TOWER: "zh",
    UR_HTML: "ur",
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
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|hoga|hogi|batao|bata|karna|karti|karte|bhai|yaar|nahi"
    r"|ka|ki|ke|ko|se|aur|kaun|kis|tha|the|milega|milegi|chahiye|tak|baje|sakte|hota|koi|pichle|saal|hue|ya|banega"
    r"|hum|hamara|hamari|bani|jo|log|bande|kar|chuki|chuke|wala|wali|wale|deni|dena|do)\b",
    re.I,
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")

# ---------------------------------------------------------------------------------------------- figures that changed
# qid: (stale string, document that still shows it, live string, document that states the live figure)
CHANGED = {
    "s37-en-03": ("15 July 2085", RULES, "31 July 2085", RULES),
    "s37-en-04": ("70 points", HANDBOOK_OLD, "75 points", HANDBOOK),
    "s37-en-06": ("20 September 2085", SLIDES, "26 September 2085", CORRECTION),
    "s37-zh-05": ("~~12~~", RULES, "10 vendors", RULES),
    "s37-ur-03": ("Two engineers per firm", TRANSCRIPT, "three engineers per firm", TRANSCRIPT),
    "s37-ur-06": ("15 August 2085", RULES, "22 August 2085", RULES),
    "s37-ul-05": ("~~30~~", RULES, "36 firms", RULES),
    "s37-ul-06": ("99.0%", HANDBOOK_OLD, "99.5%", HANDBOOK),
    "s37-mx-01": ("2 kW", SLIDES, "3 kW", CORRECTION),
    "s37-mx-02": ("| 15% |", HANDBOOK_OLD, "| 20% |", HANDBOOK),
    "s37-mx-03": ("floors 8–12", HANDBOOK_OLD, "floors 9–14", HANDBOOK),
}
# strings that must never be a key fact of the question (the stale figure, last year's figure)
STALE_FOR = {
    "s37-en-03": ["15 July"],
    "s37-en-04": ["70"],
    "s37-en-06": ["20 September"],
    "s37-zh-05": ["12"],
    "s37-ur-03": ["two", "2"],
    "s37-ur-06": ["15 August"],
    "s37-ul-05": ["30"],
    "s37-ul-06": ["99.0%"],
    "s37-mx-01": ["2 kW"],
    "s37-mx-02": ["15%"],
    "s37-mx-03": ["8–12", "8-12"],
    "s37-en-02": ["70,000"],  # the 2084 pilot's flat fee
}
# qid: (document, fact that sits in a table row of it and nowhere in its prose)
TABLE_ONLY = {
    "s37-en-05": (TIMETABLE, "Pitch round B: BMS dashboards, smart meters and elevator IoT"),
    "s37-mx-07": (TIMETABLE, "Room 5B"),
    "s37-mx-02": (HANDBOOK, "Data security and privacy"),
    "s37-ur-02": (UR_DOCX, "پاسپورٹ"),
    "s37-mx-05": (UR_DOCX, "سیکیورٹی کلیئرنس فارم"),
    "s37-en-02": (ANNEX_B, "21–100"),
}
# qid: the language the answer is written in (different from the question's)
OTHER_LANGUAGE = {"s37-en-09": "zh", "s37-zh-05": "en", "s37-zh-07": "en", "s37-ur-03": "en", "s37-ur-06": "en"}
ONE_OR_TWO_WORDS = ["s37-en-03", "s37-en-04", "s37-zh-03", "s37-zh-04"]
# key fact written in another notation/language than its source: the string the source uses
EQUIV = {
    "20% off": "八折",
    "15%": "百分之十五",
    "50%": "五成",
    "48 hours": "48小时",
    "تین انجینئر": "three engineers",
    "15 ستمبر": "۱۵ ستمبر ۲۰۸۵",
    "60 فیصد": "۶۰ فیصد",
    "60%": "۶۰ فیصد",
    "10家": "10 vendors",
    "3 engineers": "three engineers",
    "10 October": "۱۰ اکتوبر ۲۰۸۵",
}
EQUIV_NUM = {"八折": 20, "百分之十五": 15, "五成": 50, "three engineers": 3}


# ---------------------------------------------------------------------------------------------- text helpers
def canon(s):
    s = unicodedata.normalize("NFKC", s).translate(URDU_DIGITS).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("٪", "%")
    s = re.sub(r"(?<=\d)[,٬،](?=\d)", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    return re.sub(r"\s+", " ", s).strip()


class Html(html.parser.HTMLParser):
    BLOCK = {"p", "h1", "h2", "h3", "li", "tr", "td", "th", "caption", "title", "div", "ul", "table"}

    def __init__(self):
        super().__init__()
        self.parts, self.cells, self.tags, self.attrs = [], [], collections.Counter(), []
        self.in_table = 0
        self.cell = None

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        self.attrs.append((tag, dict(attrs)))
        if tag == "table":
            self.in_table += 1
        if tag in ("td", "th") and self.in_table:
            self.cell = []
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "table":
            self.in_table -= 1
        if tag in ("td", "th") and self.cell is not None:
            self.cells.append("".join(self.cell).strip())
            self.cell = None
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)
        if self.cell is not None:
            self.cell.append(data)


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
    if path.suffix == ".html":
        return "\n".join(read_html(name).cells)
    return ""


def prose_text(name):
    path = PROG / name
    if path.suffix == ".docx":
        return "\n".join(word_lines(path, tables=False))
    if path.suffix == ".md":
        return "\n".join(ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.lstrip().startswith("|"))
    if path.suffix == ".html":
        raw = (PROG / name).read_text(encoding="utf-8")
        raw = re.sub(r"<table.*?</table>", " ", raw, flags=re.S)
        p = Html()
        p.feed(raw)
        return "".join(p.parts)
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


# ---------------------------------------------------------------------------------------------- rules read from the documents
def fee_bands(t):
    """Annex B's fee table: [(low, high, fee)] read from its rows."""
    bands = []
    for ln in table_text(ANNEX_B).splitlines():
        m = re.match(r"Band \d \| (\d+)(?:–(\d+)| and more) \| ([\d,]+)", ln)
        if m:
            bands.append((int(m[1]), int(m[2]) if m[2] else 10**9, num(m[3])))
    if len(bands) != 4:
        raise AssertionError("Annex B fee table: expected four bands")
    return bands


def sales_tax(t):
    return int(find(r"¹ Fees exclude (\d+) ?% sales tax", t[ANNEX_B], "Annex B footnote ¹")[1])


def grant(label):
    for ln in table_text(ANNEX_B).splitlines():
        cells = [c.strip() for c in ln.split("|")]
        if cells[0] == label:
            return int(cells[1].rstrip("%")), num(cells[2])
    raise AssertionError(f"Annex B has no grant row {label!r}")


def fee_with_tax(t, staff):
    fee = next(f for lo, hi, f in fee_bands(t) if lo <= staff <= hi)
    return fee * (100 + sales_tax(t)) // 100


def grant_paid(label, cost, share=None):
    s, cap = grant(label)
    return min(cost * (share or s) // 100, cap)


def c_en02(t):
    n = fee_with_tax(t, 25)
    return [money(n), lakh(n)]


def c_ur04(t):
    n = fee_with_tax(t, 120)
    return [money(n), lakh(n)]


def c_ur05(t):
    n = grant_paid("Tower Trial hardware grant", 700_000)
    return [money(n), lakh(n)]


def c_ur07(t):
    share = int(
        find(r"خواتین کی قیادت.*?سفری گرانٹ ([۰-۹\d]+) فیصد", t[UR_HTML], "women-led share")[1].translate(URDU_DIGITS)
    )
    n = grant_paid("Travel grant", 300_000, share)
    return [money(n), lakh(n)]


def c_mx06(t):
    n = grant_paid("Mandarin localisation grant", 180_000)
    return [money(n), lakh(n)]


def c_ul07(t):
    dep = num(find(r"Sensor-kit deposit \| RMB ([\d,]+)²", table_text(ANNEX_B), "sensor-kit deposit")[1])
    find(r"² Per floor instrumented, not per company", t[ANNEX_B], "footnote ²")
    return [f"RMB {money(dep * 3)}", money(dep * 3)]


def c_en08(t):
    seat = num(find(r"Hot desk[^\n]*?RMB ([\d,]+) per seat per month", t[PRICES], "hot desk price")[1])
    return [f"RMB {money(seat * 12 * 2)}", money(seat * 12 * 2)]


def c_zh08(t):
    per_m2 = num(find(r"RMB ([\d,]+) per square metre", t[PRICES], "scan price")[1])
    floor = num(find(r"standard trial floor is ([\d,]+) m²", t[PRICES], "floor area")[1])
    return [f"{money(per_m2 * floor)}元", money(per_m2 * floor)]


def c_zh06(t):
    rent = num(find(r"展位租金为每个展位人民币([\d,]+)元", t[ZH_NOTICE], "booth rent")[1])
    find(r"展位租金享受八折优惠", t[ZH_NOTICE], "八折")
    return [f"{money(rent * 8 // 10)}元", money(rent * 8 // 10)]


def c_zh07(t):
    cst = find(r"(\d\d):(\d\d)\nSite visit to Jade Harbour Tower", "\n".join(read_html(TIMETABLE).cells), "site visit")
    find(r"all times China Standard Time", t[TIMETABLE], "the CST caption")
    h = int(cst[1]) - 3  # Pakistan Standard Time is UTC+5, China Standard Time UTC+8
    return [f"{h:02d}:{cst[2]}", f"上午{h}点"]


COMPUTED = {
    "s37-en-02": c_en02,
    "s37-ur-04": c_ur04,
    "s37-ur-05": c_ur05,
    "s37-ur-07": c_ur07,
    "s37-mx-06": c_mx06,
    "s37-ul-07": c_ul07,
    "s37-en-08": c_en08,
    "s37-zh-08": c_zh08,
    "s37-zh-06": c_zh06,
    "s37-zh-07": c_zh07,
}

# ---------------------------------------------------------------------------------------------- directory filters
SERVICE_FORMS = {
    "pms": [
        "property management software",
        "Property Management System",
        "PMS",
        "pms development",
        "物业管理系统",
        "property mgmt software",
    ],
    "tenant": ["tenant app", "tenant & owner apps", "Tenant Mobile App", "resident app", "租户App", "owner portal"],
    "bms": [
        "BMS dashboards",
        "building management system",
        "BMS",
        "楼宇自控系统",
        "building automation dashboards",
        "BAS integration",
    ],
    "meter": [
        "smart meters",
        "utility billing",
        "Smart Metering",
        "智能电表",
        "sub-metering & billing",
        "Utility Billing Software",
    ],
    "parking": ["parking management", "Parking Guidance System", "停车管理系统", "ANPR parking", "car park software"],
    "access": ["access control", "Access Control Systems", "门禁系统", "RFID access control", "turnstile integration"],
    "visitor": ["visitor management", "Visitor Management System", "VMS", "访客管理", "visitor check-in kiosk"],
    "cmms": [
        "CAFM",
        "CMMS",
        "maintenance ticketing",
        "Maintenance Management (CMMS)",
        "设施维修工单",
        "work order management",
        "computer-aided facility management",
    ],
    "lease": [
        "lease accounting",
        "rent-roll accounting",
        "Lease Management",
        "租赁管理",
        "rent collection & lease admin",
    ],
    "listing": [
        "property listing portal",
        "real estate portal",
        "Listing Portal",
        "房源发布平台",
        "classifieds for property",
    ],
    "virtual": ["virtual tours", "3D walkthroughs", "360° Virtual Tours", "三维看房", "VR property tours"],
    "construction": [
        "construction site progress tracking",
        "site progress monitoring",
        "Construction Management Software",
        "施工进度管理",
        "site diary app",
    ],
    "drone": ["drone roof inspection", "Drone Inspection", "UAV facade survey", "无人机巡检", "drone surveys"],
    "elevator": [
        "elevator IoT monitoring",
        "Lift Monitoring",
        "电梯物联网监测",
        "elevator IoT",
        "lift remote monitoring",
    ],
    "energy": ["energy audits", "Energy Audit", "energy management", "能耗审计", "energy monitoring dashboards"],
    "cowork": ["co-working space booking", "coworking booking", "Desk Booking", "联合办公预订"],
    "hoa": [
        "HOA fee collection",
        "society fee collection",
        "Society Management App",
        "物业费收缴",
        "housing society billing",
    ],
    "crm": ["property CRM", "Real Estate CRM", "CRM", "房产客户管理", "lead management for developers"],
    "bim": ["BIM modelling", "digital twin", "数字孪生"],
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
FILTERS = {
    "s37-en-10": lambda r: PK(r) and has(r, "cmms") and emp(r) > 100,
    "s37-en-11": lambda r: PK(r) and cert(r, "ISO 41001"),
    "s37-en-12": lambda r: has(r, "parking") and founded(r) < 2040,
    "s37-en-13": lambda r: has(r, "meter") and r["city"] in ("Karachi", "Faisalabad"),
    "s37-en-14": lambda r: CN(r) and has(r, "hoa"),
    "s37-zh-09": lambda r: CN(r) and has(r, "bms"),
    "s37-zh-10": lambda r: PK(r) and (has(r, "pms") or has(r, "hoa")) and no_cert(r),
    "s37-zh-11": lambda r: r["name_zh"] == "塔智科技",
    "s37-zh-12": lambda r: has(r, "drone") and 50 <= emp(r) <= 200,
    "s37-zh-13": lambda r: r["pitched_at_webinar"] == "yes" and has(r, "tenant"),
    "s37-ur-08": lambda r: has(r, "listing") and r["city"] in ("Lahore", "Karachi"),
    "s37-ur-09": lambda r: has(r, "visitor") and YEAR - founded(r) > 20,
    "s37-ur-10": lambda r: has(r, "lease") and not cert(r, "27001"),
    "s37-ur-11": lambda r: has(r, "energy") and r["city"] in ("Multan", "Bahawalpur"),
    "s37-ul-08": lambda r: has(r, "hoa") and emp(r) < 20,
    "s37-ul-09": lambda r: PK(r) and has(r, "virtual"),
    "s37-ul-10": lambda r: has(r, "cowork") and r["city"] in ("Islamabad", "Rawalpindi"),
    "s37-ul-11": lambda r: has(r, "construction") and founded(r) > 2070,
    "s37-mx-08": lambda r: cert(r, "SOC 2") and has(r, "pms"),
    "s37-mx-09": lambda r: PK(r) and speaks_mandarin(r) and has(r, "elevator"),
    "s37-mx-10": lambda r: has(r, "crm") and r["pitched_at_webinar"] == "yes" and emp(r) > 500,
    "s37-mx-11": lambda r: r["city"] == "Peshawar" and (has(r, "visitor") or has(r, "access")),
}
# negation filters: no candidate may have an empty (unknown) certifications cell, so "unknown" cannot change the set
NEGATION = {
    "s37-en-14": None,
    "s37-zh-10": lambda r: PK(r) and (has(r, "pms") or has(r, "hoa")),
    "s37-ur-10": lambda r: has(r, "lease"),
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
        for dom in re.findall(r"[\w.-]+\.(?:com|org|net|pk|cn)\b", texts[name]):
            c.ok(False, f"{name}: non-.example domain {dom}")
    c.ok(README.exists() and "fictional" in README.read_text(encoding="utf-8").lower(), "README with disclaimer")
    # the real webinar: named in the overview once, nowhere else
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


def check_features(c, t):
    import docx
    import pypdf

    # 1. slide deck: landscape pages, one slide each, a title, 3-5 bullets, "n / N" footer; the meetings figure only there
    pages = pdf_pages(PROG / SLIDES)
    reader = pypdf.PdfReader(str(PROG / SLIDES))
    c.ok(len(pages) >= 6, "slides: at least six slides")
    for i, (pg, page) in enumerate(zip(pages, reader.pages), 1):
        box = page.mediabox
        c.ok(float(box.width) > float(box.height), f"slide {i}: not landscape")
        c.ok(3 <= pg.count("\u2022") <= 5, f"slide {i}: {pg.count(chr(0x2022))} bullets")
        c.ok(re.search(rf"\b{i} / {len(pages)}\b", pg) is not None, f"slide {i}: no page-number footer")
    c.ok("12 pre-booked buyer meetings" in t[SLIDES], "slides: the meetings figure")
    c.ok(all("12 pre-booked" not in t[n] for n in DOCS if n != SLIDES), "meetings figure stated elsewhere too")
    # 2. footnoted fee sheet: markers in the table body, footnotes that change the scope
    tt = table_text(ANNEX_B)
    c.ok("Participation fee (PKR)¹" in tt and "RMB 3,000²" in tt, "Annex B: footnote markers in the table")
    c.ok("¹ Fees exclude 16% sales tax" in t[ANNEX_B], "Annex B: footnote ¹")
    c.ok("² Per floor instrumented, not per company" in t[ANNEX_B], "Annex B: footnote ²")
    # 3. strikethrough edits in a revised section
    rules = t[RULES]
    rev = rules[rules.find("## 6. Revised section") :]
    c.ok(len(re.findall(r"~~[^~]+~~ \S", rev)) >= 4, "rules: strikethrough edits in the revised section")
    c.ok("~~" not in rules[: rules.find("## 6. Revised section")], "rules: strikethrough outside the revised section")
    # 4. HTML table with rowspan, colspan and caption; the BMS round's day only given by a rowspan
    h = read_html(TIMETABLE)
    spans = [a for tag, a in h.attrs if "rowspan" in a]
    c.ok(h.tags["caption"] == 1 and spans and any("colspan" in a for _, a in h.attrs), "timetable: caption/spans")
    raw = (PROG / TIMETABLE).read_text(encoding="utf-8")
    row = next((ln for ln in raw.splitlines() if "Pitch round B" in ln), "")
    c.ok(
        row.startswith("<tr><td>") and "Wednesday 17 October" not in row and 'rowspan="4">Day 2' in raw,
        "timetable: the BMS row's day is a rowspan",
    )
    c.ok('<th rowspan="4">Day 2 — Wednesday 17 October</th>' in raw, "timetable: the day-2 rowspan label")
    # 5. transcript turns and a self-correction by the same speaker
    tr = t[TRANSCRIPT]
    c.ok(tr.count("Moderator:") >= 3 and "Q (from a Lahore firm):" in tr and tr.count("A (") >= 5, "transcript turns")
    first = tr.find("A (Hamza Qureshi): Two engineers per firm")
    fix = tr.find("A (Hamza Qureshi): Yes, a correction to my earlier answer")
    c.ok(0 <= first < fix, "transcript: Hamza corrects his own earlier answer later on")
    # 6. Chinese notations, each once
    for w in ["八折", "百分之十五", "五成"]:
        c.ok(sum(t[n].count(w) for n in DOCS) == 1, f"{w} is stated exactly once")
    # 7. time zones: a CST-only event time, a PKT-only event time in another document
    c.ok("China Standard Time" in t[TIMETABLE] and "PKT" not in t[TIMETABLE], "timetable: CST only")
    c.ok("11:00 PKT" in tr and "CST" not in tr and "China Standard" not in tr, "transcript: PKT only")
    c.ok(all("13:00" not in t[n] for n in DOCS if n != TIMETABLE), "site-visit time stated elsewhere")
    # 8. cross-reference to Annex B, which is a separate file
    c.ok("as set out in Annex B" in t[OVERVIEW] and "as set out in Annex B" in t[RULES], "cross-reference")
    c.ok(t[ANNEX_B].startswith("Annex B"), "Annex B file is titled Annex B")
    c.ok(all("95,000" not in t[n] for n in DOCS if n != ANNEX_B), "a band fee is stated outside Annex B")
    # 9. per-unit prices
    c.ok("per seat per month" in t[PRICES] and "per square metre" in t[PRICES], "price list: per-unit prices")
    # 10. Urdu Word document: right-to-left paragraphs and table, fact only there
    d = docx.Document(str(PROG / UR_DOCX))
    xml = d.element.xml
    c.ok(len(d.tables) >= 1 and "w:bidiVisual" in xml and xml.count("<w:bidi/>") >= 5, "Urdu docx: RTL table")
    c.ok(re.search(ARABIC, t[UR_DOCX]) and "پاسپورٹ" in table_text(UR_DOCX), "Urdu docx: table content")
    c.ok(
        all("پاسپورٹ" not in t[n] and "passport" not in t[n].lower() for n in DOCS if n != UR_DOCX),
        "passport deadline stated outside the Urdu docx",
    )
    # other kinds
    c.ok("SUPERSEDED" in t[HANDBOOK_OLD] and "replaces version 1" in t[HANDBOOK], "superseded pair")
    c.ok("Correction Notice" in t[CORRECTION], "correction notice")
    c.ok("2084" in t[PILOT] and "not this year's" in t[PILOT], "pilot report marks its figures as last year's")
    en_part, _, zh_part = t[PRICES].partition("中文版")
    c.ok(re.search(HAN, zh_part) and "48小时" in zh_part and "48" not in en_part, "bilingual: Chinese-only fact")
    c.ok(re.search(r"[A-Za-z]{200}", re.sub(r"[^A-Za-z]", "", en_part)) is not None, "bilingual: English part")
    c.ok("۶۰ فیصد" in t[UR_HTML] and all("60%" not in t[n] or n == ANNEX_B for n in DOCS), "Urdu-only share")
    c.ok("24部" in t[ZH_TOWER] and all("24部" not in t[n] for n in DOCS if n != ZH_TOWER), "Chinese-only lifts")
    c.ok("2 qiston" in t[ROMAN], "Roman Urdu-only instalments")


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
    c.ok(all(s.lower() in FORM_OF or s not in sum(SERVICE_FORMS.values(), []) for s in services), "service forms")
    used = {s.lower() for s in services}
    c.ok(all(f.lower() in used for f in FORM_OF), "every synonym of every service concept is used")
    for r in rows:
        c.ok(1998 <= founded(r) <= 2084, f"{r['id']}: founded")
        c.ok(4 <= emp(r) <= 2000, f"{r['id']}: employees")
        c.ok(r["pitched_at_webinar"] in ("yes", "no"), f"{r['id']}: pitched")
        c.ok(r["website"].endswith(".example") and r["contact_email"].endswith(".example"), f"{r['id']}: domains")
        c.ok(bool(r["description"]) and bool(r["languages"]) and bool(r["services"]), f"{r['id']}: filled")
    certs = {x for r in rows for x in cells(r, "certifications")}
    for need in ["SOC 2 Type II", "ISO 41001", "ISO/IEC 27001:2022", "ISO 9001", "none"]:
        c.ok(need in certs, f"certification {need} missing")
    c.ok(any(not r["certifications"] for r in rows), "some unknown certifications")
    zh = sum(bool(r["name_zh"]) for r in rows)
    c.ok(45 <= zh < 60, f"name_zh filled for {zh}")
    c.ok(45 <= sum(bool(r["description_zh"]) for r in rows) < 60, "description_zh mostly filled")
    small = {"Sialkot", "Mardan", "Sukkur", "Gujrat", "Bahawalpur", "Kohat", "Abbottabad"}
    c.ok(len(small & {r["city"] for r in rows}) >= 3, "small Pakistani cities")
    for qid, cand in NEGATION.items():
        if cand:
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
    for group, n in [(CHANGED, 6), (COMPUTED, 6), (TABLE_ONLY, 4), (OTHER_LANGUAGE, 4), (ONE_OR_TWO_WORDS, 4)]:
        c.ok(
            len(group) >= n and all(byid.get(q, {}).get("kind") == "programme" for q in group),
            f"group {list(group)[:1]}",
        )
    for qid in ONE_OR_TWO_WORDS:
        words = re.findall(r"\w+", byid[qid]["question"]) if byid[qid]["lang"] != "zh" else [byid[qid]["question"]]
        c.ok(len(words) <= 2 and len(byid[qid]["question"]) <= 25, f"{qid}: not one or two words")
    for q in qs:
        qid = q["id"]
        c.ok(list(q) == FIELDS, f"{qid}: fields")
        m = re.fullmatch(r"s37-(en|zh|ur|ul|mx)-\d\d", qid)
        c.ok(m and LANG_CODES[m[1]] == q["lang"], f"{qid}: id/lang")
        text = q["question"]
        lang = q["lang"]
        if lang in ("en", "zh", "ur"):
            c.ok(script_lang(text) == lang, f"{qid}: question script is not {lang}")
        if lang == "ur":
            c.ok(
                not re.search(r"[A-Za-z]{4,}", re.sub(r"\b(BMS|CMMS|PKR|RMB|Tower|Trial)\b", "", text)), f"{qid}: Latin"
            )
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
            continue
        srcs = q["expected_sources"]
        c.ok(bool(srcs) and all(s in DOCS and s not in STALE_DOCS for s in srcs), f"{qid}: sources {srcs}")
        c.ok(bool(ans), f"{qid}: no key fact")
        src_text = canon("\n".join(t.get(s, "") for s in srcs))
        rest = list(ans)
        if qid in COMPUTED:
            try:
                want = COMPUTED[qid](t)
            except AssertionError as e:
                c.ok(False, f"{qid}: {e}")
                want = []
            c.ok(ans[: len(want)] == want, f"{qid}: computed {ans[: len(want)]} != {want}")
            rest = ans[len(want) :]
            c.ok(bool(rest), f"{qid}: no rule figures as alternatives")
        for a in rest:
            if canon(a) in src_text:
                continue
            if a in EQUIV:
                r = EQUIV[a]
                c.ok(canon(r) in src_text, f"{qid}: {r!r} (for {a!r}) not in {srcs}")
                n1 = re.findall(r"\d+", canon(a))
                n2 = [str(EQUIV_NUM[r])] if r in EQUIV_NUM else re.findall(r"\d+", canon(r))
                c.ok(n1[:1] == n2[:1] or not n1, f"{qid}: {a!r} and {r!r} differ")
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
            c.ok(old_doc not in srcs or old_doc == new_doc, f"{qid}: stale document as source")
        if qid in TABLE_ONLY:
            doc, fact = TABLE_ONLY[qid]
            c.ok(fact in table_text(doc) and fact not in prose_text(doc) and doc in srcs, f"{qid}: not table-only")
        if qid in OTHER_LANGUAGE:
            c.ok(
                all(OTHER_LANGUAGE[qid] in DOCS[s].split("+") for s in srcs) and OTHER_LANGUAGE[qid] != q["lang"],
                f"{qid}: answer language",
            )
    for qid in FILTERS:
        c.ok(qid in byid and byid[qid]["kind"] == "directory", f"{qid}: filter without a directory question")
    for qid in COMPUTED:
        c.ok(qid in byid, f"{qid}: computed without question")
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
