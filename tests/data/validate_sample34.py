"""Check sample-34 ("Atlas Kite 2079") and questions-34.jsonl; exit 0 when every check passes.

Stdlib + python-docx + pypdf only. The builder imports FILTERS and COMPUTED from here, so the frozen
answer sets and the arithmetic answers come from the same code that checks them.

Key facts are looked up in each document's text as a careful reader would get it:
- Word files: every paragraph and every table cell read once (a row's cells joined with " | ");
- HTML with tags stripped and entities decoded, table cells read one by one;
- Markdown and plain text as written;
- PDF text extracted page by page with pypdf.
Figures are compared after NFKC (full-width digits become ASCII), Urdu digits read as ASCII, thousands separators
dropped and whitespace collapsed; at least one key fact of each programme question must also be found as written
(whitespace collapsed only) in one of its sources.
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
from sample_text import ARABIC, COLUMNS, FIELDS, HAN, extract, norm, script_lang

HERE = Path(__file__).resolve().parent
KB = HERE / "sample-34"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-34.jsonl"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OVERVIEW = "overview.md"  # the 2022 webinar, offices, cities with no office, helpline, desk holidays
RULES = "participation-rules-2079.docx"  # 1. nested numbered rules: 1. / (a) / (i) as separate paragraphs
GRANTS = "grants-by-band-2079.html"  # 2. grant table: band labels with rowspan, a "Grant" header with colspan
BULLETIN = "atlas-kite-bulletin-issue-1.pdf"  # 3. two-column newsletter with a masthead and short articles
MINUTES = "steering-committee-minutes-2079-02-16.md"  # 4. minutes: proposals rejected above each Decision:
EMAIL = "email-thread-expo-stand-share.txt"  # 5. e-mail thread, newest first, quoted replies, a corrected figure
CHANGED = "what-changed-since-2077.docx"  # 6. item | previous | now | effective date table
ZH_HTML = "zh-buyer-guide.html"  # 7. full-width digits, Chinese numerals, 年月日, 一、/（一） headings, a 表格
UR_DOCX = "ur-application-guide.docx"  # 8. RTL Word paragraphs, a table with Urdu headings, Urdu and Western digits
WHATSAPP = "whatsapp-applicants-group-export.txt"  # 8. Roman Urdu WhatsApp export with an admin's correction
CHECKLIST = "application-checklist.pdf"  # 9. checklist PDF with ☐ / ☑ boxes
FEE_OLD = "fee-schedule-2079.md"  # the old version, left in the folder
FEE_NEW = "fee-schedule-2079-revised-20-feb.md"  # the live version (named so); 9. a dd/mm/yyyy date
CORR = "correction-notice-no-1.md"  # changes 2 figures
PILOT = "pilot-round-2077-report.md"  # the 2077 pilot round, a past edition whose figures differ
AGENDA = "expo-agenda-wuhan-2079.pdf"  # day-by-day expo agenda, a table of session times per day
FIELD = "field-demonstration-day.html"  # the live field demonstration day page
FIELD_OLD = "field-demonstration-day-draft-superseded.html"  # the page marked superseded

DOCS = {
    OVERVIEW: "en",
    RULES: "en",
    GRANTS: "en",
    BULLETIN: "en",
    MINUTES: "en",
    EMAIL: "en",
    CHANGED: "en",
    ZH_HTML: "zh",
    UR_DOCX: "ur",
    WHATSAPP: "ur-Latn",
    CHECKLIST: "en",
    FEE_OLD: "en",
    FEE_NEW: "en",
    CORR: "en",
    PILOT: "en",
    AGENDA: "en",
    FIELD: "en",
    FIELD_OLD: "en",
}
STALE_DOCS = {FEE_OLD, FIELD_OLD}  # never an expected source
FEATURES = {
    1: [RULES],
    2: [GRANTS],
    3: [BULLETIN],
    4: [MINUTES],
    5: [EMAIL],
    6: [CHANGED],
    7: [ZH_HTML],
    8: [UR_DOCX, WHATSAPP],
    9: [CHECKLIST, FEE_NEW, EMAIL, ZH_HTML, UR_DOCX, WHATSAPP, BULLETIN, GRANTS],
}

LANG_CODES = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}
ROMAN_URDU = re.compile(
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|batao|bata[od]|karne|karna|karta|bhai|nahi|ka|ki|ke"
    r"|ko|se|aur|kaun|kis|thi|tha|milegi|milti|hoga|chahiye|zaroori|pehle|pare|tak|baje|sakta|sakti|lagane|bani"
    r"|dafa|khulta|nikalegi|yaar|zyada|kitne|hissa|karega|kaise|jin|log)\b",
    re.I,
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"), None)
SPACES = {0x202F: " ", 0x2009: " ", 0x00A0: " ", 0x2007: " ", 0x2011: "-", 0x2010: "-"}
TRAD_ONLY = "夥務證資費間會員時週請點關與為處號開辦灣東將機場廣轉電館頁幣"

# Figures that are written somewhere but are not the live answer: never an expected key fact.
STALE = {
    "230,000": "Band C fee in the fee schedule of 13 January 2079, replaced by the revised version",
    "340,000": "Band D fee in the fee schedule of 13 January 2079",
    "92,000": "a Band C 40% refund computed from the old version's PKR 230,000",
    "31 March 2079": "closing date as printed in the bulletin, corrected by Correction Notice No. 1",
    "31 march": "closing date as the WhatsApp group first gave it",
    "300,000": "Band A Expo Travel Grant cap as printed on the grants page, corrected by Correction Notice No. 1",
    "21 October": "field day date on the superseded draft page",
    "15 minutes": "flight slot on the superseded draft page (and a length the minutes set aside)",
    "15 min": "flight slot on the superseded draft page, as the WhatsApp group first gave it",
    "06:30": "bus time on the superseded draft page",
    "15 kg": "take-off weight on the superseded draft page",
    "185,000": "stand share cost in the older e-mail, corrected in the newest message",
    "111,000": "a Band A stand share grant computed from the older e-mail's PKR 185,000",
    "400,000": "total grants per firm in the 2077 pilot",
    "4 lakh": "total grants per firm in the 2077 pilot, as the WhatsApp group gives it",
    "10:00–16:00": "helpline hours of the 2077 pilot",
    "18 firms": "firms selected in the 2077 pilot",
    "50 firms": "a number of firms proposed in the minutes and not adopted",
    "25%": "a late-payment surcharge proposed in the minutes and not adopted",
    "20k": "the application fee as a WhatsApp member guessed it, corrected by the admin",
    "90,000": "the 2077 pilot's flat participation fee (asked only side by side with the 2079 fee)",
    "PKR 5,000": "the 2077 pilot's application fee",
}
STALE_OK = {"s34-mx-01": {"90,000"}}  # the pilot-vs-now question names the old fee on purpose
# Stale only for one question (the same words are live elsewhere).
STALE_FOR = {
    "s34-en-07": {"30 days": "how long the 2077 pilot let firms keep field demonstration data"},
    "s34-en-08": {"5%": "a late-payment surcharge proposed in the minutes and not adopted"},
    "s34-ul-06": {"30 min": "the 2077 pilot's flight slot, as the WhatsApp group gives it"},
}

# The what-changed table, as the builder writes it (feature 6).
CHANGED_HEAD = ["Item", "Previous (2077 pilot)", "Now (2079)", "Effective date"]
CHANGED_ROWS = [
    [
        "Application fee",
        "PKR 5,000",
        "PKR 8,000; waived for head offices in Balochistan, Gilgit-Baltistan and Azad Jammu and Kashmir",
        "13 January 2079",
    ],
    [
        "Participation fee",
        "one flat fee of PKR 90,000",
        "by head-count band, PKR 70,000 to PKR 320,000 (fee schedule revised 20 February 2079)",
        "13 January 2079",
    ],
    [
        "Delegates covered by the participation fee",
        "one delegate per firm",
        "two delegates per firm",
        "13 January 2079",
    ],
    ["Total grants per firm", "PKR 400,000", "PKR 650,000", "13 January 2079"],
    ["Pakistani firms selected", "18", "up to 36", "16 February 2079"],
    ["Expo", "Silk Road Geo Expo, Xi'an", "Wuhan Geospatial & Drone Expo, Wuhan", "13 January 2079"],
    ["Field demonstration flight slot", "30 minutes", "20 minutes per firm", "16 February 2079"],
    ["Helpline hours", "10:00–16:00 PKT", "09:30–17:30 PKT", "1 February 2079"],
    ["Refund if a firm withdraws by 30 June", "50% of the participation fee", "90% of the fee paid", "13 January 2079"],
    ["Keeping copies of field demonstration data", "30 days", "90 days", "13 January 2079"],
]

# The Urdu selection criteria table, as the builder writes it (feature 8): number, criterion, weight.
UR_CRITERIA_HEAD = ["نمبر شمار", "معیار", "وزن"]
UR_CRITERIA = [
    ("۱", "تکنیکی معیار: نقشوں، ماڈلز اور ڈیٹا کی درستگی", 30),
    ("۲", "جیو اسپیشل منصوبوں کا تجربہ اور کلائنٹ ریفرنس", 20),
    ("۳", "چینی خریداروں کے لیے موزونیت (چینی زبان کا انٹرفیس، CGCS2000 کوآرڈینیٹ نظام)", 20),
    ("۴", "ڈیٹا سیکیورٹی اور امیجری لائسنس کی پابندی", 15),
    ("۵", "ٹیم اور کام مکمل کرنے کی صلاحیت", 10),
    ("۶", "برآمد کی تیاری اور چین کے لیے قیمتیں", 5),
]


def urdu_digits(n):
    return str(n).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def ur_weight(w):
    return f"{urdu_digits(w)}٪ ({w}%)"


# ----------------------------------------------------------------------------- text helpers
def clean(s):
    return s.translate(INVISIBLE).translate(SPACES)


def canon(s):
    s = clean(unicodedata.normalize("NFKC", s)).translate(URDU_DIGITS).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    s = re.sub(r"(?<=\d)[,٬،](?=\d)", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    return norm(s)


class ReaderHtml(html.parser.HTMLParser):
    """An HTML page's text as a browser shows it (block tags break lines, table cells apart), and its tags."""

    BLOCK = frozenset(
        "p div li tr td th h1 h2 h3 h4 h5 h6 br caption header footer main section table thead tbody ul ol "
        "title nav aside dl dt dd details summary".split()
    )
    SKIP = frozenset({"script", "style", "template", "noscript"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.depth = [], 0
        self.tags = collections.Counter()
        self.attrs = {}
        self.headings = []
        self._heading = None

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag == "html":
            self.attrs = dict(attrs)
        if tag in self.SKIP:
            self.depth += 1
        if tag in self.BLOCK:
            self.parts.append("\n")
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = [tag, ""]

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")
        if self._heading and tag == self._heading[0]:
            self.headings.append(tuple(self._heading))
            self._heading = None

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)
            if self._heading:
                self._heading[1] += data


def read_html(raw):
    p = ReaderHtml()
    p.feed(raw)
    p.close()
    return "".join(p.parts), p


class TableGrid(html.parser.HTMLParser):
    """The rows of an HTML page's tables as written: each <tr> a list of (tag, attrs, text) cells."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = [tag, dict(attrs), ""]

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.cell[2] = norm(self.cell[2])
            self.rows[-1].append(tuple(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[2] += data


def html_rows(raw):
    g = TableGrid()
    g.feed(raw)
    g.close()
    return g.rows


def logical_rows(rows):
    """Rows as a reader sees them once rowspan and colspan are spread: every row as long as the widest."""
    out, carry = [], {}
    for row in rows:
        line, col, cells = [], 0, list(row)
        while cells or col in carry:
            if col in carry:
                text, left = carry[col]
                line.append(text)
                if left > 1:
                    carry[col] = (text, left - 1)
                else:
                    del carry[col]
                col += 1
                continue
            _tag, attrs, text = cells.pop(0)
            span = int(attrs.get("colspan", 1))
            down = int(attrs.get("rowspan", 1))
            for _ in range(span):
                line.append(text)
                if down > 1:
                    carry[col] = (text, down - 1)
                col += 1
        out.append(line)
    return out


def docx_xml(path, part="word/document.xml"):
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def word_lines(xml_text):
    """The body's lines: each paragraph, and each table row as its cells joined with " | " (every w:tc once)."""
    root = ET.fromstring(xml_text.encode("utf-8"))
    lines = []

    def para(p):
        out = []
        for el in p.iter():
            if el.tag == W + "t":
                out.append(el.text or "")
            elif el.tag == W + "tab":
                out.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                out.append("\n")
        lines.append("".join(out))

    def block(container):
        for el in container:
            if el.tag == W + "p":
                para(el)
            elif el.tag == W + "tbl":
                for tr in el.findall(W + "tr"):
                    cells = []
                    for tc in tr.findall(W + "tc"):
                        before = len(lines)
                        block(tc)
                        cells.append(" ".join(lines[before:]))
                        del lines[before:]
                    lines.append(" | ".join(cells))

    block(root.find(W + "body"))
    return lines


def pdf_pages(path):
    import pypdf

    return [pg.extract_text() or "" for pg in pypdf.PdfReader(str(path)).pages]


def raw_text(name):
    return (PROG / name).read_bytes().decode("utf-8")


def doc_text(name):
    """The text a reader gets from a document (see the module docstring)."""
    path = PROG / name
    if path.suffix == ".html":
        text, _ = read_html(raw_text(name))
    elif path.suffix == ".docx":
        text = "\n".join(word_lines(docx_xml(path)))
    elif path.suffix == ".pdf":
        text = "\n".join(pdf_pages(path))
    else:
        text = raw_text(name)
    return clean(text)


def need(texts, name, *strings):
    for s in strings:
        if canon(s) not in canon(texts[name]):
            raise AssertionError(f"{name} no longer states {s!r}")


def lakh(n):
    s = str(n)
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail])


# ----------------------------------------------------------------------------- computed answers
def grant_row(band, grant):
    """(share in per cent, cap in PKR) of one grant of one band, read from the grants page's merged-cell table."""
    for row in logical_rows(html_rows(raw_text(GRANTS))):
        if len(row) == 5 and row[0].startswith(f"Band {band} ") and row[1].startswith(grant):
            return int(row[3].rstrip("%")), int(row[4].replace("PKR ", "").replace(",", ""))
    raise AssertionError(f"grants page: no row for Band {band} {grant}")


def c_en05(t):
    # About 300 staff -> Band C (101-500); Field Demo Grant 40% of PKR 180,000 = 72,000, under the 100,000 cap.
    share, cap = grant_row("C", "Field Demo Grant")
    assert (share, cap) == (40, 100000), (share, cap)
    grant = min(180000 * share // 100, cap)
    return [f"{grant:,}", f"PKR {grant:,}", str(grant)]


def c_en06(t):
    # Band C has paid the full PKR 210,000 (revised schedule); withdrawing on 10 July falls in rule 3(b)(ii): 40%.
    need(t, FEE_NEW, "| C | 101–500 | PKR 210,000 | 2 |")
    need(t, RULES, "(ii) from 1 July to 31 August 2079, 40% is returned;")
    refund = 210000 * 40 // 100
    return [f"{refund:,}", f"PKR {refund:,}", str(refund)]


def c_zh02(t):
    # An 80-person buyer (五十人以上): ２０％ of a ２０万元 pilot contract is 4万元, under the 五万元 cap.
    need(t, ZH_HTML, "试点合同金额的２０％", "员工五十人以上的采购方，每家最高五万元")
    grant = min(200000 * 20 // 100, 50000)
    return [f"{grant // 10000}万元", f"{grant // 10000}万", "四万元", f"{grant:,}"]


def c_mx02(t):
    # 12 people -> Band A; Stand Share Grant 60% of the corrected PKR 165,000 = 99,000, under the 150,000 cap.
    need(t, EMAIL, "The stand share costs PKR 165,000 per firm, not PKR 185,000")
    share, cap = grant_row("A", "Stand Share Grant")
    assert (share, cap) == (60, 150000), (share, cap)
    grant = min(165000 * share // 100, cap)
    return [f"{grant:,}", f"PKR {grant:,}", str(grant)]


COMPUTED = {
    "s34-en-05": c_en05,
    "s34-en-06": c_en06,
    "s34-zh-02": c_zh02,
    "s34-mx-02": c_mx02,
}


# ----------------------------------------------------------------------------- directory filters
def has(cell, pattern):
    return any(re.search(pattern, item.strip(), re.I) for item in cell.split(";") if item.strip())


R_LIDAR = r"lidar|point[- ]?cloud|laser scann|激光雷达|点云"
R_SAR = r"\bSAR\b|\bInSAR\b|synthetic aperture radar|radar (image|imagery|satellite)|雷达遥感"
R_GNSS = r"\bGNSS\b|\bRTK\b|\bCORS\b|\bDGPS\b|differential GPS|BeiDou|北斗|差分定位"
R_UAV = r"\bdrones?\b|\bUAVs?\b|\bUAS\b|\bRPAS\b|无人机"
R_CADASTRE = r"cadastr|land[- ]record|land registr|\bfard\b|地籍"
R_ORTHO = r"ortho-?mosaic|ortho-?photo|orthorectif|\bDOM\b|正射"
R_WEBGIS = r"web ?GIS|GIS portal|geoportal|map server|GeoServer|\bWMS\b|\bWFS\b|\bOGC\b|地图服务"
R_LABEL = r"label|annotat|标注"
R_CROP = r"\bNDVI\b|crop monitoring|crop health|precision agri|作物监测|农情监测"
R_FLOOD = r"flood|inundation|洪水"
R_UTIL = r"utilit|water supply network|sewer|electric and gas|gas network|管网"
R_TWIN = r"digital twin|3D city|CityGML|city model|数字孪生|三维"
R_FLEET = r"\bfleet\b|vehicle tracking|telematics|\bAVL\b|车队"
R_GEOCODE = r"geocod|address|地址"
R_INDOOR = r"indoor|BLE beacon|\bUWB\b|室内"
R_ROUTE = r"route optimi[sz]|vehicle routing|routing|last-mile|路径规划"
R_META = r"ISO 19115|metadata|\bCSW\b|data catalogue|元数据"
R_MINE = r"volumetric|stockpile|quarr|\bmining\b|\bmine\b|open-pit|土方|矿山"
R_DRONE_MAKER = r"(drone|UAV) manufactur|airframe|flight controller|无人机制造"
R_TILES = r"\btiles?\b|tile server|basemap|瓦片|底图"
R_GRID = r"power[- ]grid|电网"


def svc(r, pattern):
    return has(r["services"], pattern)


def ind(r, pattern):
    return has(r["industries"], pattern)


def cert(r, pattern):
    return has(r["certifications"], pattern)


def staff(r):
    return int(r["employees"])


def year(r):
    return int(r["founded"])


FILTERS = {
    "s34-en-11": lambda r: svc(r, R_LIDAR),
    "s34-en-12": lambda r: svc(r, R_SAR) and staff(r) > 200,
    "s34-en-13": lambda r: svc(r, R_GNSS),
    "s34-en-14": lambda r: r["name"] == "Compass (Pvt) Ltd",
    "s34-en-15": lambda r: r["country"] == "CN" and (ind(r, R_GRID) or svc(r, R_GRID)),
    "s34-zh-10": lambda r: r["country"] == "PK" and svc(r, R_UAV),
    "s34-zh-11": lambda r: svc(r, R_CADASTRE),
    "s34-zh-12": lambda r: svc(r, R_ORTHO) and year(r) < 2015,
    "s34-zh-13": lambda r: svc(r, R_WEBGIS) and r["city"] == "Lahore",
    "s34-zh-14": lambda r: svc(r, R_LABEL) and r["certifications"].strip().lower() == "none",
    "s34-ur-08": lambda r: svc(r, R_CROP),
    "s34-ur-09": lambda r: svc(r, R_FLOOD),
    "s34-ur-10": lambda r: svc(r, R_UTIL) and r["city"] == "Karachi",
    "s34-ur-11": lambda r: svc(r, R_TWIN) and r["pitched_at_webinar"] == "yes",
    "s34-ul-07": lambda r: svc(r, R_FLEET) and staff(r) < 50,
    "s34-ul-08": lambda r: svc(r, R_GEOCODE),
    "s34-ul-09": lambda r: svc(r, R_INDOOR) and r["city"] == "Islamabad",
    "s34-ul-10": lambda r: svc(r, R_ROUTE) and year(r) > 2010,
    "s34-mx-07": lambda r: svc(r, R_META),
    "s34-mx-08": lambda r: svc(r, R_MINE),
    "s34-mx-09": lambda r: r["country"] == "CN" and svc(r, R_DRONE_MAKER),
    "s34-mx-10": lambda r: svc(r, R_TILES) and cert(r, r"ISO 27001"),
}


def read_directory():
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def answer_set(qid, rows):
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


# ----------------------------------------------------------------------------- near misses
# Patterns no programme document may contain (the fact asked is not there).
NEAR_MISS = {
    "s34-en-16": [r"discount", r"women", r"rebate", r"concession", r"折扣", r"优惠", r"رعایت"],
    "s34-en-17": [r"Gwadar", r"گوادر", r"瓜达尔"],
    "s34-zh-15": [r"competition", r"contest", r"\bprizes?\b", r"比赛", r"竞赛", r"奖金", r"مقابلہ"],
    "s34-zh-16": [r"18 ?m2", r"larger stand", r"double stand", r"extra space", r"18平方米", r"加大"],
    "s34-ur-12": [r"lunch", r"\bmeals?\b", r"catering", r"午餐", r"用餐", r"کھانا"],
    "s34-ur-13": [r"premium", r"保费", r"پریمیم"],
    "s34-ul-11": [r"hackathon", r"黑客松", r"ہیکاتھون"],
    "s34-mx-11": [r"interpret", r"translat", r"翻译", r"口译", r"مترجم"],
}
# Sentences no programme document may hold with all of these patterns.
NEAR_MISS_SENTENCES = {
    "s34-en-18": (r"\b(2077|pilot)\b", r"\bappl(ied|icants)\b|applications (were )?received|申请数"),
    "s34-ul-12": (r"\b(2077|pilot)\b", r"\bstands?\b|stand share"),
}


def mentions(stale, answer):
    """Whether an answer holds a stale figure or date (digit-bounded, so 90,000 is not found in 190,000)."""
    return re.search(r"(?<!\d)" + re.escape(canon(stale)) + r"(?!\d)", canon(answer)) is not None


def sentences(name, text):
    """A document's sentences: Markdown and plain-text paragraphs joined across their hard line breaks, every
    other format's lines (a PDF line, a Word paragraph or table row, an HTML block) kept apart."""
    out = []
    for block in re.split(r"\n\s*\n", text.translate(URDU_DIGITS)):
        lines = [block] if Path(name).suffix in (".md", ".txt") else block.split("\n")
        for line in lines:
            out += [s for s in re.split(r"(?<=[.!?。۔])\s+|\s\|\s", norm(line)) if s.strip()]
    return out


def sentences_with(texts, *groups):
    out = []
    for name, text in texts.items():
        for s in sentences(name, text):
            if all(re.search(g, s, re.I) for g in groups):
                out.append((name, s))
    return out


# ----------------------------------------------------------------------------- checks
class Checker:
    def __init__(self):
        self.errors = []

    def ok(self, cond, msg):
        if not cond:
            self.errors.append(msg)
        return bool(cond)


def check_documents(c):
    import docx
    import pypdf

    names = sorted(p.name for p in PROG.iterdir())
    c.ok(names == sorted(DOCS), f"programme/ holds {names}, expected {sorted(DOCS)}")
    c.ok(17 <= len(names) <= 18, f"{len(names)} documents, expected 17-18")
    texts = {}
    for name in DOCS:
        path = PROG / name
        if not c.ok(path.exists(), f"missing {name}"):
            continue
        try:
            if path.suffix == ".docx":
                docx.Document(str(path))
            if path.suffix == ".pdf":
                r = pypdf.PdfReader(str(path))
                c.ok(not r.is_encrypted and len(r.pages) >= 1, f"{name}: pypdf cannot read it")
            if path.suffix in (".md", ".txt", ".html"):
                data = path.read_bytes()
                data.decode("utf-8")
                c.ok(not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data, f"{name}: BOM or CR in a text file")
            c.ok(len(norm(extract(path))) > 200, f"{name}: sample_text.extract gives too little text")
            texts[name] = doc_text(name)
        except Exception as e:  # a broken file must fail the run, not crash it
            c.ok(False, f"{name}: cannot be read: {e!r}")
            continue
        c.ok(len(norm(texts[name])) > 200, f"{name}: too little text")
        lang = DOCS[name]
        if lang == "zh":
            c.ok(len(re.findall(HAN, texts[name])) > 200, f"{name}: not Chinese")
        elif lang == "ur":
            c.ok(len(re.findall(ARABIC, texts[name])) > 200, f"{name}: not Urdu")
        elif lang == "ur-Latn":
            c.ok(not re.search(ARABIC, texts[name]) and len(ROMAN_URDU.findall(texts[name])) >= 20, f"{name}")
        else:
            c.ok(script_lang(texts[name]) == "en", f"{name}: not English")
    suffixes = collections.Counter(p.suffix for p in PROG.iterdir())
    for suf, least in ((".md", 3), (".txt", 2), (".html", 3), (".docx", 3), (".pdf", 3)):
        c.ok(suffixes[suf] >= least, f"formats {dict(suffixes)}")
    return texts


def pdf_ops(path, page=0):
    """The (font, size, x, y, text) of every text-showing operation on a page, as the builder writes them."""
    import pypdf

    pg = pypdf.PdfReader(str(path)).pages[page]
    data = pg.get_contents().get_data().decode("latin-1")
    pat = r"BT (/F\d) ([\d.]+) Tf 1 0 0 1 ([\d.]+) ([\d.]+) Tm \((.*?)\) Tj ET"
    return [(f, float(s), float(x), float(y), t) for f, s, x, y, t in re.findall(pat, data)]


def check_features(c, texts):
    import docx
    import pypdf

    # the real 2022 webinar only in the overview
    for name, text in texts.items():
        real = "Trade Development Authority" in text or "23 February 2022" in text or "Software Business Union" in text
        c.ok(real == (name == OVERVIEW), f"{name}: 2022 webinar facts must be stated only in the overview")
    ov = norm(texts[OVERVIEW])
    for s in (
        "Pakistan's Consulate General in Shanghai",
        "Software Business Union of Shanghai",
        "Shanghai Software Industry Association",
        "Trade Development Authority of Pakistan (TDAP)",
        "23 February 2022",
        "There is no Atlas Kite office in Quetta, Peshawar, Multan, Faisalabad, Hyderabad, Beijing, Shanghai, "
        "Guangzhou or Chengdu.",
        "Partner desk, Kuala Lumpur",
        "Launch Evening: 12 January 2079, Margalla Convention Hall, Islamabad.",
    ):
        c.ok(s in ov, f"overview lacks {s!r}")
    every = "\n".join(texts.values())
    c.ok(re.search(r"[\w.-]+@[\w.-]+\.(?!example\b)[a-z]+\b", every) is None, "an e-mail domain not .example")
    c.ok(re.search(r"https?://(?![\w.-]+\.example\b)", every) is None, "a web address does not end in .example")
    for name in DOCS:
        if (PROG / name).suffix == ".html":
            c.ok(re.search(r"https?://(?![\w.-]+\.example\b)", raw_text(name)) is None, f"{name}: non-.example link")

    # two versions of the fee schedule: two figures and the surcharge line differ, and the version line
    v1, v2 = raw_text(FEE_OLD).splitlines(), raw_text(FEE_NEW).splitlines()
    c.ok(len(v1) == len(v2), "fee schedule: versions differ in length")
    changed = [(a, b) for a, b in zip(v1, v2) if a != b]
    c.ok(len(changed) == 4, f"fee schedule: {len(changed)} lines differ, expected the version line, 2 fees, surcharge")
    if len(changed) == 4:
        c.ok(
            "Version of 13 January 2079" in changed[0][0] and "Version of 20 February 2079 (revised" in changed[0][1],
            "fee schedule: version line",
        )
        c.ok(changed[1] == ("| C | 101–500 | PKR 230,000 | 2 |", "| C | 101–500 | PKR 210,000 | 2 |"), "Band C")
        c.ok(changed[2] == ("| D | 501 and more | PKR 340,000 | 2 |", "| D | 501 and more | PKR 320,000 | 2 |"), "D")
        c.ok("surcharge of 10% of that instalment" in changed[3][1], "fee schedule: surcharge line")

    # 1. nested numbered rules in Word, one paragraph per clause, sub-item and sub-sub-item
    d = docx.Document(str(PROG / RULES))
    paras = [p for p in d.paragraphs if p.text.strip()]
    level = []
    for p in paras:
        t = p.text.strip()
        if re.match(r"\d+\. ", t):
            level.append((0, t, p))
        elif re.match(r"\([a-h]\) ", t):
            level.append((1, t, p))
        elif re.match(r"\((i|ii|iii|iv|v)\) ", t):
            level.append((2, t, p))
    count = collections.Counter(lv for lv, _, _ in level)
    c.ok(count[0] >= 4 and count[1] >= 10 and count[2] >= 14, f"rules: clause levels {dict(count)}")
    indent = {lv: {p.paragraph_format.left_indent for l2, _, p in level if l2 == lv} for lv in (0, 1, 2)}
    c.ok(all(len(v) == 1 for v in indent.values()), f"rules: one indent per level {indent}")
    if all(len(v) == 1 for v in indent.values()):
        i0, i1, i2 = (next(iter(indent[lv])) or 0 for lv in (0, 1, 2))
        c.ok(i0 < i1 < i2, "rules: sub-items are indented under their clause")

    def parents(text):
        idx = next((i for i, (_, t, _) in enumerate(level) if t == text), None)
        if idx is None:
            return None
        up = {}
        for lv, t, _ in reversed(level[:idx]):
            if lv < level[idx][0] and lv not in up:
                up[lv] = t
        return up

    for leaf, clause, item in (
        ("(ii) from 1 July to 31 August 2079, 40% is returned;", "3. Refunds and cancellation", "(b) If a selected"),
        (
            "(ii) each firm may keep a copy of its own flights for 90 days, for its own demonstrations only.",
            "4. Imagery and data",
            "(b) Data captured at the Field Demonstration Day",
        ),
        (
            "(ii) if it shows Pakistani territory at a ground sample distance finer than 50 cm, needs PGEC's written "
            "clearance before it is shown.",
            "4. Imagery and data",
            "(a) Imagery shown at the expo",
        ),
    ):
        up = parents(leaf)
        if c.ok(up is not None, f"rules: no sub-sub-item {leaf[:40]!r}"):
            c.ok(
                up.get(0, "").startswith(clause) and up.get(1, "").startswith(item), f"rules: parents of {leaf[:30]!r}"
            )
    for lv, t, _ in level:
        if lv < 2:
            c.ok("40%" not in t and "90 days" not in t and "50 cm" not in t, f"rules: a leaf fact in {t[:40]!r}")

    # 2. HTML table with merged cells
    raw = raw_text(GRANTS)
    rows = html_rows(raw)
    spans = [cell for row in rows for cell in row if "rowspan" in cell[1] and re.match(r"Band [A-D] ", cell[2])]
    c.ok(len(spans) == 4 and all(cell[1]["rowspan"] == "4" for cell in spans), "grants: band labels with rowspan")
    head = [cell for row in rows for cell in row if cell[1].get("colspan") == "2"]
    c.ok(len(head) == 1 and head[0][2] == "Grant", "grants: one 'Grant' header with colspan=2")
    c.ok(any([x[2] for x in row] == ["Share", "Cap per firm"] for row in rows), "grants: Share | Cap under Grant")
    grid = logical_rows(rows)
    c.ok(all(len(r) == 5 for r in grid), "grants: every logical row has 5 cells")
    for band, grant, share, cap in (
        ("B", "Data Licence Grant", "40%", "PKR 95,000"),
        ("C", "Field Demo Grant", "40%", "PKR 100,000"),
        ("A", "Stand Share Grant", "60%", "PKR 150,000"),
    ):
        lrow = [r for r in grid if r[0].startswith(f"Band {band} ") and r[1].startswith(grant)]
        c.ok(lrow and lrow[0][3:] == [share, cap], f"grants: Band {band} {grant} {lrow}")
        written = [r for r in rows if r and r[0][2].startswith(grant) and r[-1][2] == cap and r[-2][2] == share]
        c.ok(len(written) == 1 and all(cell[0] == "td" for cell in written[0]), f"grants: {band} {grant} row's label")
    c.ok("PKR 300,000" in texts[GRANTS], "grants: the printed Band A travel cap must stay (see the correction)")

    # 3. two-column newsletter PDF
    reader = pypdf.PdfReader(str(PROG / BULLETIN))
    c.ok(len(reader.pages) == 1, "bulletin: one page")
    box = reader.pages[0].mediabox
    c.ok(float(box.height) > float(box.width) and "/Rotate" not in reader.pages[0], "bulletin: portrait page")
    ops = pdf_ops(PROG / BULLETIN)
    body = [o for o in ops if o[1] <= 10 and 60 < o[3] < 690]
    left = [o for o in body if o[2] < 100]
    right = [o for o in body if 300 < o[2] < 340]
    c.ok(len(left) >= 15 and len(right) >= 15 and len(left) + len(right) == len(body), "bulletin: two columns")
    if left and right:
        c.ok(
            min(o[3] for o in right) < max(o[3] for o in left) and min(o[3] for o in left) < max(o[3] for o in right),
            "bulletin: the columns sit side by side",
        )
    heads = [o for o in ops if o[0] == "/F2" and 10 < o[1] < 20]
    c.ok(len(heads) >= 6, f"bulletin: {len(heads)} headlines")
    c.ok(any(o[1] >= 24 and "ATLAS KITE BULLETIN" in o[4] for o in ops), "bulletin: masthead")
    bt = norm(texts[BULLETIN])
    for s in ("Applications close on 31 March 2079", "15 March 2079", "Monday to Thursday", "Margalla Convention Hall"):
        c.ok(s in bt, f"bulletin: {s!r}")

    # 4. minutes: the decision comes after the proposals it set aside
    mt = raw_text(MINUTES)
    c.ok(mt.count("**Decision:**") >= 3 and mt.count("**Action:**") >= 3, "minutes: Decision:/Action: lines")
    c.ok("## Attendees" in mt and "## Agenda" in mt and "Apologies:" in mt, "minutes: attendees and agenda")
    for rejected, decision in (
        ("proposed selecting 50 firms", "**Decision:** up to 36 Pakistani firms"),
        ("proposed a surcharge of 25%", "carries a surcharge of 10% of the late instalment"),
        ("proposed 5%", "carries a surcharge of 10% of the late instalment"),
        ("15-minute slots", "one flight slot of 20 minutes"),
    ):
        c.ok(rejected in mt and decision in mt and mt.index(rejected) < mt.index(decision), f"minutes: {rejected!r}")

    # 5. e-mail thread: newest first, quoted replies, the newest corrects the quoted figure
    et = raw_text(EMAIL)
    lines = et.splitlines()
    quoted = [ln for ln in lines if ln.startswith(">")]
    first_q = next((i for i, ln in enumerate(lines) if ln.startswith(">")), len(lines))
    newest = "\n".join(lines[:first_q])
    c.ok(len(quoted) >= 30 and any(ln.startswith(">>>") for ln in lines), "email: quoted replies, three levels")
    c.ok("PKR 165,000 per firm, not PKR 185,000" in norm(newest), "email: the newest message corrects the figure")
    c.ok("PKR 185,000 per firm" in "\n".join(quoted), "email: the older, quoted message gives the old figure")
    c.ok("PKR 165,000" not in "\n".join(quoted), "email: the corrected figure only in the newest message")
    c.ok(et.count("DISCLAIMER") >= 2 and "Kind regards" in newest, "email: signatures and disclaimers")
    sent = re.findall(r"Sent: \w+, (\d+) (\w+) 2079", et)
    c.ok([int(d) for d, _ in sent] == [3, 31, 28, 27], f"email: newest first {sent}")

    # 6. what-changed table
    cd = docx.Document(str(PROG / CHANGED))
    c.ok(len(cd.tables) == 1, "what-changed: one table")
    if cd.tables:
        got = [[cl.text for cl in row.cells] for row in cd.tables[0].rows]
        c.ok(got[0] == CHANGED_HEAD and got[1:] == CHANGED_ROWS, "what-changed: table as written")

    # 7. Chinese HTML page
    zraw = raw_text(ZH_HTML)
    zt, zp = read_html(zraw)
    c.ok(zp.attrs.get("lang") == "zh-CN" and zp.tags["table"] == 1, "zh: lang and one table")
    c.ok(len(re.findall(r"[０-９]", zt)) >= 10 and "１２，０００" in zt, "zh: full-width digits")
    c.ok(all(s in zt for s in ("三万元", "五万元", "五十人以上")), "zh: Chinese numerals")
    h2 = [h for tag, h in zp.headings if tag == "h2"]
    h3 = [h for tag, h in zp.headings if tag == "h3"]
    c.ok([h[:2] for h in h2] == ["一、", "二、", "三、", "四、", "五、"], f"zh: 一、 headings {h2}")
    c.ok(sum(h.startswith("（一）") for h in h3) >= 3 and sum(h.startswith("（二）") for h in h3) >= 3, "zh: （一）")
    c.ok(len(re.findall(r"2079年\d{1,2}月\d{1,2}日", zt)) >= 5, "zh: 年月日 dates")
    ztab = [[cell[2] for cell in row] for row in html_rows(zraw)]
    c.ok(ztab[0] == ["事项", "日期", "地点或说明"] and ztab[1][:2] == ["采购方报名截止", "2079年8月31日"], "zh: table")

    # 8. Urdu Word file (RTL, a table with Urdu headings, both kinds of digits) and the WhatsApp export
    uxml = docx_xml(PROG / UR_DOCX)
    c.ok(uxml.count("<w:bidi/>") >= 15 and "<w:rtl/>" in uxml and "<w:bidiVisual/>" in uxml, "ur docx: not RTL")
    ud = docx.Document(str(PROG / UR_DOCX))
    c.ok(len(ud.tables) == 1, "ur docx: one table")
    if ud.tables:
        urows = [[cl.text for cl in row.cells] for row in ud.tables[0].rows]
        c.ok(urows[0] == UR_CRITERIA_HEAD, f"ur docx: Urdu table headings {urows[0]}")
        c.ok(urows[1:] == [[n, t, ur_weight(w)] for n, t, w in UR_CRITERIA], "ur docx: criteria rows")
        c.ok(sum(w for _, _, w in UR_CRITERIA) == 100, "ur docx: weights add up to 100")
    ut = texts[UR_DOCX]
    c.ok(len(re.findall(r"[۰-۹]", ut)) >= 30 and len(re.findall(r"[0-9]", ut)) >= 20, "ur docx: both digit kinds")
    wt = raw_text(WHATSAPP)
    wl = wt.splitlines()
    stamped = [ln for ln in wl if re.match(r"\[\d\d/\d\d/\d\d, \d\d:\d\d\] ", ln)]
    c.ok(len(stamped) >= 25, f"whatsapp: {len(stamped)} time-stamped lines")
    c.ok(all(re.match(r"\[\d\d/\d\d/\d\d, \d\d:\d\d\] |\d\) ", ln) for ln in wl), "whatsapp: stray lines")
    admin = wt.find("PGEC Admin (Farah): sab ko salam. kuch cheezein theek kar doon")
    c.ok(0 < wt.find("application fee 20k hai bhai") < admin, "whatsapp: the wrong figure comes first")
    c.ok(0 < wt.find("aur last date 31 march hai na") < admin, "whatsapp: the old date comes first")
    later = wt[admin:]
    c.ok(
        "application fee 8,000 rupay hai (8 hazar), 20k nahi" in later and "last date ab 17 april 2079" in later,
        "whatsapp: the admin's correction",
    )
    c.ok("grant ki total limit ab 6.5 lakh per firm" in later, "whatsapp: the admin's grant figure")

    # 9. mixed date and number formats, and the ☐ / ☑ checklist
    formats = {
        FEE_NEW: r"\b15/07/2079\b",
        EMAIL: r"\bJuly 15th, 2079\b",
        ZH_HTML: r"2079年\d{1,2}月\d{1,2}日",
        UR_DOCX: r"۱۵ جولائی ۲۰۷۹",
        WHATSAPP: r"\[\d\d/\d\d/79, ",
    }
    for name, pat in formats.items():
        c.ok(re.search(pat, texts[name]) is not None, f"feature 9: {name} lacks its date format {pat!r}")
    amounts = {GRANTS: "PKR 650,000", WHATSAPP: "6.5 lakh", BULLETIN: "PKR 0.65 million"}
    for name, s in amounts.items():
        c.ok(s in norm(texts[name]), f"feature 9: {name} lacks {s!r}")
    ck = texts[CHECKLIST]
    c.ok(ck.count("\u2610") >= 10 and ck.count("\u2611") >= 1, "checklist: ☐ / ☑ boxes in the extracted text")
    for n in range(1, 11):
        c.ok(re.search(rf"(?m)^\u2610 {n}\. \S", ck) is not None, f"checklist: box for item {n}")

    # the agenda PDF: a table of session times per day
    at = texts[AGENDA]
    for day in (
        "Day 1 — Tuesday 17 October 2079",
        "Day 2 — Wednesday 18 October 2079",
        "Day 3 — Thursday 19 October 2079",
    ):
        c.ok(day in at, f"agenda: {day!r}")
    c.ok(len(re.findall(r"(?m)^\d\d:\d\d–\d\d:\d\d ", at)) >= 10, "agenda: session rows with times")

    # correction notice, superseded page, pilot
    cor = texts[CORR]
    c.ok("| As printed | Corrected to |" in cor, "correction: table")
    c.ok("**17 April 2079, 17:00 PKT**" in cor and "**PKR 350,000**" in cor, "correction: the two corrections")
    c.ok(cor.count("**") == 4, "correction: exactly two figures changed")
    told = texts[FIELD_OLD]
    c.ok(told.lstrip().startswith("SUPERSEDED") and "no longer valid" in told, "field day draft: marked superseded")
    c.ok("Saturday 21 October 2079" in told and "15 minutes" in told and "15 kg" in told, "field day draft: figures")
    live = texts[FIELD]
    c.ok("this page replaces the draft of 30 January 2079" in live and "25 kg" in live, "field day: live page")
    pt = texts[PILOT]
    c.ok("PKR 90,000" in pt and "| Pakistani firms selected | 18 |" in pt and "PKR 400,000" in pt, "pilot: figures")


def check_directory(c):
    header, rows = read_directory()
    c.ok(header == COLUMNS, f"directory columns {header}")
    ids = [r["id"] for r in rows]
    c.ok(len(ids) == len(set(ids)), "duplicate ids")
    c.ok(len(rows) == 60, f"{len(rows)} companies")
    by_country = collections.Counter(r["country"] for r in rows)
    c.ok(44 <= by_country["PK"] <= 48 and 12 <= by_country["CN"] <= 16, f"countries {dict(by_country)}")
    for r in rows:
        cid = r["id"]
        c.ok(re.fullmatch(r"(PK|CN)-\d{3}", cid) is not None and cid[:2] == r["country"], f"id {cid}")
        c.ok(re.fullmatch(r"(19|20)\d\d", r["founded"]) is not None and int(r["founded"]) <= 2079, f"founded {cid}")
        c.ok(r["employees"].isdigit() and int(r["employees"]) > 0, f"employees {cid}")
        c.ok(r["pitched_at_webinar"] in ("yes", "no"), f"pitched {cid}")
        c.ok(r["pitched_at_webinar"] == "no" or (r["country"] == "PK" and int(r["founded"]) <= 2021), f"pitch {cid}")
        c.ok(r["website"].startswith("https://") and r["website"].endswith(".example"), f"website {cid}")
        c.ok(re.fullmatch(r"[\w.-]+@[\w.-]+\.example", r["contact_email"]) is not None, f"e-mail {cid}")
        c.ok(r["description"].strip() != "" and r["services"].strip() != "", f"empty description/services {cid}")
        c.ok(r["city"].strip() != "" and r["name"].strip() != "", f"name/city {cid}")
        for col in ("services", "industries", "technologies", "certifications", "languages"):
            items = r[col].split(";") if r[col] else []
            c.ok(all(x == x.strip() and x for x in items), f"{cid}: badly separated {col}")
        c.ok(r["certifications"] != "none" or ";" not in r["certifications"], f"certs {cid}")
        c.ok(re.search(HAN, r["description"]) is None, f"{cid}: Chinese in the English description")
        c.ok(not r["description_zh"] or re.search(HAN, r["description_zh"]), f"{cid}: description_zh not Chinese")
        c.ok(not r["name_zh"] or re.search(HAN, r["name_zh"]), f"{cid}: name_zh not Chinese")
    services = {s.strip() for r in rows for s in r["services"].split(";") if s.strip()}
    c.ok(len(services) >= 150, f"{len(services)} distinct services")
    c.ok(sum(bool(re.search(HAN, s)) for s in services) >= 5, "too few services written in Chinese")
    c.ok(any(r["certifications"] == "none" for r in rows) and any(r["certifications"] == "" for r in rows), "certs")
    c.ok(any(r["name_zh"] == "" for r in rows) and any(r["description_zh"] == "" for r in rows), "empty zh cells")
    emp = [int(r["employees"]) for r in rows]
    c.ok(min(emp) <= 5 and max(emp) >= 2000, f"head counts {min(emp)}-{max(emp)}")
    c.ok(sum(r["pitched_at_webinar"] == "yes" for r in rows) >= 10, "too few firms pitched at the webinar")
    first_words = collections.Counter(r["name"].split()[0] for r in rows)
    c.ok(sum(n >= 2 for n in first_words.values()) >= 4, "too few near-duplicate names")
    c.ok(any(r["name"] == "Compass (Pvt) Ltd" for r in rows), "no company named with a common word")
    return rows


def check_questions(c, texts, rows):
    items = [json.loads(x) for x in QUESTIONS.read_text(encoding="utf-8").splitlines() if x.strip()]
    c.ok(len(items) == 80, f"{len(items)} questions")
    c.ok(len({q["id"] for q in items}) == len(items), "duplicate question ids")
    langs = collections.Counter(q["lang"] for q in items)
    kinds = collections.Counter(q["kind"] for q in items)
    c.ok(dict(langs) == LANG_COUNTS, f"langs {dict(langs)}")
    c.ok(dict(kinds) == KIND_COUNTS, f"kinds {dict(kinds)}")
    un = collections.Counter(q["note"].split(":")[0] for q in items if q["kind"] == "unanswerable")
    c.ok(un == {"off-topic": 10, "near miss": 10}, f"unanswerable notes {dict(un)}")
    for stale, why in STALE.items():
        for q in items:
            if stale in STALE_OK.get(q["id"], ()):
                continue
            for a in q["answer_must_contain_any"]:
                c.ok(not mentions(stale, a), f"{q['id']}: answer {a!r} uses a stale figure ({why})")
    for q in items:
        for stale, why in STALE_FOR.get(q["id"], {}).items():
            for a in q["answer_must_contain_any"]:
                c.ok(not mentions(stale, a), f"{q['id']}: answer {a!r} uses a stale figure ({why})")
    stale_asked = [q["id"] for q in items if q["kind"] == "programme" and "stale" in q["note"]]
    c.ok(len(stale_asked) >= 4, f"only {stale_asked} ask a fact whose stale form is also written")
    kinds_of_stale = {
        k
        for q in items
        if "stale" in q["note"]
        for k in ("old version", "correction notice", "superseded", "2077", "minutes", "e-mail")
        if k in q["note"]
    }
    want_kinds = {"old version", "correction notice", "superseded", "2077", "minutes", "e-mail"}
    c.ok(kinds_of_stale == want_kinds, f"stale kinds asked {kinds_of_stale}")
    company_names = [r["name"] for r in rows]
    used_sources = collections.Counter()
    live = {name: canon(t) for name, t in texts.items()}
    written = {name: norm(t) for name, t in texts.items()}
    for q in items:
        qid = q["id"]
        c.ok(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        m = re.fullmatch(r"s34-(en|zh|ur|ul|mx)-(\d\d)", qid)
        if not c.ok(m is not None, f"bad id {qid}"):
            continue
        c.ok(LANG_CODES[m.group(1)] == q["lang"], f"{qid}: lang {q['lang']}")
        text = q["question"]
        han, arab = len(re.findall(HAN, text)), len(re.findall(ARABIC, text))
        latin = len(re.findall(r"[A-Za-z]", text))
        lang = q["lang"]
        if lang == "en":
            c.ok(script_lang(text) == "en" and han == arab == 0 and not ROMAN_URDU.search(text), f"{qid}: not English")
        elif lang == "zh":
            c.ok(script_lang(text) == "zh" and arab == 0, f"{qid}: not Chinese")
            c.ok(not any(ch in text for ch in TRAD_ONLY), f"{qid}: zh questions are written in Simplified")
        elif lang == "ur":
            c.ok(script_lang(text) == "ur" and han == 0, f"{qid}: not Urdu script")
        elif lang == "ur-Latn":
            c.ok(script_lang(text) == "en" and han == arab == 0 and ROMAN_URDU.search(text), f"{qid}: not Roman Urdu")
        else:
            c.ok(sum(x > 0 for x in (han, arab, latin)) >= 2, f"{qid}: mixed message uses one script")
        c.ok(
            all(isinstance(q[k], list) for k in ("expected_sources", "expected_companies", "answer_must_contain_any")),
            f"{qid}: list fields",
        )
        c.ok(isinstance(q["question"], str) and q["question"].strip() and q["note"].strip(), f"{qid}: empty text")
        for s in q["expected_sources"]:
            c.ok(s in DOCS and (PROG / s).exists(), f"{qid}: unknown source {s}")
            c.ok(s not in STALE_DOCS, f"{qid}: a stale document {s} is an expected source")
            used_sources[s] += 1
        kind = q["kind"]
        if kind == "programme":
            c.ok(
                q["expected_sources"] and not q["expected_companies"] and q["answer_must_contain_any"], f"{qid}: shape"
            )
            computed = COMPUTED[qid](texts) if qid in COMPUTED else []
            c.ok((qid in COMPUTED) == ("computed" in q["note"]), f"{qid}: note must say computed iff computed")
            c.ok(all(x in q["answer_must_contain_any"] for x in computed), f"{qid}: computed answers missing")
            srcs = [s for s in q["expected_sources"] if s in live]
            verbatim = False
            for a in q["answer_must_contain_any"]:
                if a in computed:
                    continue
                where = [s for s in srcs if canon(a) in live[s]]
                c.ok(where, f"{qid}: answer {a!r} not in {q['expected_sources']}")
                verbatim = verbatim or any(norm(a) in written[s] for s in srcs)
            c.ok(verbatim or not [a for a in q["answer_must_contain_any"] if a not in computed], f"{qid}: verbatim")
            first = q["expected_sources"][0] if q["expected_sources"] else None
            if first in DOCS and DOCS[first] == "zh":
                c.ok(any(re.search(HAN, a) for a in q["answer_must_contain_any"]), f"{qid}: no Chinese form")
            if first in DOCS and DOCS[first] == "ur":
                c.ok(any(re.search(ARABIC, a) for a in q["answer_must_contain_any"]), f"{qid}: no Urdu form")
            if computed:
                every = " ".join(live.values())
                c.ok(canon(computed[0]) not in every, f"{qid}: computed figure {computed[0]} is written somewhere")
        elif kind == "directory":
            c.ok(not q["expected_sources"] and qid in FILTERS, f"{qid}: directory shape")
            if qid in FILTERS:
                want = answer_set(qid, rows)
                c.ok(q["expected_companies"] == want, f"{qid}: expected {q['expected_companies']} != filter {want}")
                c.ok(1 <= len(want) <= 8, f"{qid}: answer-set size {len(want)}")
        else:
            c.ok(not q["expected_sources"] and not q["expected_companies"], f"{qid}: unanswerable shape")
            if q["note"].startswith("near miss"):
                c.ok(qid in NEAR_MISS or qid in NEAR_MISS_SENTENCES, f"{qid}: no absence check")
    c.ok(set(FILTERS) == {q["id"] for q in items if q["kind"] == "directory"}, "filters vs directory questions")
    c.ok(set(COMPUTED) <= {q["id"] for q in items if q["kind"] == "programme"}, "computed vs programme questions")
    unused = sorted(set(DOCS) - STALE_DOCS - set(used_sources))
    c.ok(not unused, f"documents no question uses: {unused}")
    # every feature is asked about, and by the questions the notes say
    for n, docs in FEATURES.items():
        asked = [q["id"] for q in items if set(docs) & set(q["expected_sources"]) and f"feature {n}" in q["note"]]
        c.ok(len(asked) >= 2, f"feature {n} ({docs}): asked only by {asked}")
        for q in items:
            if f"feature {n}" in q["note"]:
                c.ok(set(docs) & set(q["expected_sources"]), f"{q['id']}: says feature {n} but not its document")
    # feature 8: both the Urdu Word file and the WhatsApp export are asked about
    for name in (UR_DOCX, WHATSAPP):
        c.ok(any(name in q["expected_sources"] and "feature 8" in q["note"] for q in items), f"feature 8: {name}")
    # near misses really are absent
    for qid, patterns in NEAR_MISS.items():
        for name, text in texts.items():
            for pat in patterns:
                c.ok(re.search(pat, text, re.I) is None, f"{qid}: {pat!r} found in {name}")
    for qid, groups in NEAR_MISS_SENTENCES.items():
        hits = sentences_with(texts, *groups)
        c.ok(not hits, f"{qid}: found {hits[:2]}")
    # the directory's firms are never named in the programme documents
    for name, text in texts.items():
        for company in company_names:
            c.ok(company.lower() not in text.lower(), f"{company} named in {name}")
    return items


def main():
    c = Checker()
    texts = check_documents(c)
    if len(texts) == len(DOCS):
        try:
            check_features(c, texts)
        except Exception as e:  # a broken file must fail the run, not crash it
            c.ok(False, f"feature checks crashed: {e!r}")
    rows = check_directory(c)
    items = check_questions(c, texts, rows) if len(texts) == len(DOCS) else []
    for e in c.errors:
        print("FAIL:", e)
    if c.errors:
        print(f"{len(c.errors)} check(s) failed")
        return 1
    langs = collections.Counter(q["lang"] for q in items)
    kinds = collections.Counter(q["kind"] for q in items)
    by = collections.Counter((q["lang"], q["kind"]) for q in items)
    print(f"sample-34 OK: {len(DOCS)} documents, {len(rows)} companies, {len(items)} questions")
    print("  by lang:", dict(langs))
    print("  by kind:", dict(kinds))
    print("  by lang x kind:", {f"{k[0]}/{k[1]}": v for k, v in sorted(by.items())})
    for n, docs in FEATURES.items():
        print(f"  feature {n}:", [q["id"] for q in items if f"feature {n}" in q["note"]])
    print("  stale-figure questions:", [q["id"] for q in items if q["kind"] == "programme" and "stale" in q["note"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
