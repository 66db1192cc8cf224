"""Check sample-42 ("Silicon Corridor 2090") and questions-42.jsonl; exit 0 when every check passes, 1 otherwise.

Stdlib + python-docx + pypdf only. build_sample42 imports FILTERS, COMPUTED and the document names from here, so the
frozen directory answer sets and the arithmetic answers come from the same code that checks them.

Usage: validate_sample42.py [BASE]  (BASE holds sample-42/ and questions-42.jsonl; default: this folder, or
$SAMPLE42_BASE). Key facts are looked up in the text a careful reader gets from each document: Word paragraphs and
table rows (cells joined with " | "), HTML with tags stripped, Markdown/text as written, PDF text page by page (pypdf).
Comparison is after NFKC, Urdu digits read as ASCII, thousands separators dropped, dashes unified and case folded. A
key fact written in another notation or language than its source is listed in EQUIV with the strings it may render
(one must be in the source); both must carry the same amount (万 / 亿 and "million" read as numbers), the same
calendar day, or the same quantity (number words such as "four" read as numbers).
"""

import collections
import csv
import datetime
import html.parser
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import itertools

from sample_text import ARABIC, COLUMNS, FIELDS, HAN, script_lang  # noqa: E402

HERE = Path(__file__).resolve().parent
if __name__ == "__main__" and len(sys.argv) > 1:
    os.environ["SAMPLE42_BASE"] = str(Path(sys.argv[1]).resolve())
BASE = Path(os.environ.get("SAMPLE42_BASE", HERE))
KB = BASE / "sample-42"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
README = KB / "README.md"
QUESTIONS = BASE / "questions-42.jsonl"
YEAR = 2090
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OVERVIEW = "programme-overview.md"  # the real 2022 webinar once; organisers; events; fair opening day
CALL = "call-for-vendors-2090.md"  # feature 1 (weekday-rule closing dates), 6 (eligibility thresholds)
MANUAL = "fair-exhibitor-manual-v1-2.docx"  # feature 5 (per-delegate fee with a cap), 9 (amendment history table)
INVOICING = "payment-and-invoicing.md"  # feature 2 (exchange rate), 4 (deposit and balance)
FAQ = "vendor-faq.md"  # feature 7 (questions as ### headings)
CONTACTS = "contacts-by-role.html"  # feature 8 (contacts-by-role table)
SPRINT_OLD = "tapeout-sprint-rules-v1-superseded.md"  # superseded version 1
SPRINT = "tapeout-sprint-rules-v2.docx"  # current Sprint rules (fee, places, team size, licences)
BLOCK = "hx7-block-brief.pdf"  # the Sprint block's verification backlog table
REPORT = "round-2089-report.pdf"  # last year's pilot round
ZH_NOTICE = "zh-buyer-notice.docx"  # Chinese only; feature 1 (每月最后一个星期三), 10 (dates in Chinese format)
AWARDS = "zh-sprint-awards.md"  # Chinese only; feature 3 (amounts in 万)
UR_GUIDE = "ur-vendor-guide.html"  # Urdu right-to-left; member reimbursement only here
WHATSAPP = "whatsapp-announcement-roman-urdu.txt"  # Roman Urdu; feature 1 (teesre Saturday)
VENUE = "fair-venue-and-logistics.txt"  # venue, shuttle, Wi-Fi
CORRECTION = "correction-notice-no-1.md"  # corrects the delegate cap (manual) and the shuttle time (venue)
GLOSSARY = "glossary-en-zh.md"  # two-language glossary

DOCS = {
    OVERVIEW: "en",
    CALL: "en",
    MANUAL: "en",
    INVOICING: "en",
    FAQ: "en",
    CONTACTS: "en",
    SPRINT_OLD: "en",
    SPRINT: "en",
    BLOCK: "en",
    REPORT: "en",
    ZH_NOTICE: "zh",
    AWARDS: "zh",
    UR_GUIDE: "ur",
    WHATSAPP: "ur-Latn",
    VENUE: "en",
    CORRECTION: "en",
    GLOSSARY: "en+zh",
}
STALE_DOCS = {SPRINT_OLD, REPORT}  # never an expected source

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
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|hoga|hogi|hongi|honge|karni|karna|karein|kaun|kis|ki|ke"
    r"|ka|ko|se|aur|ya|jo|jin|log|lena|chahte|chahta|chahiye|chuki|chuka|banega|banegi|lein|dono|pehle|baad|bani|paas"
    r"|ho|sakte|sakti|milega|milegi|milenge|hamari|hamare|hamara|hum|baqi|lagega|lagayega|suna|hua|hui|tha|thi|din"
    r"|hafte|rahe|ja|kar|bol|koi|dekh|tak|guzar|shuru|baje|bhai|zyada|kam|nahi|sab|abhi|agar|to|saath|woh|unko|apni"
    r"|apna|apne|aana|lazmi|zaroor|kal|aaj|shukriya|sawal|kuch|jayengi|jayega|dein|layein|lagayein|rakhein|sakta"
    r"|hoti|hota|wala|wali|mahine|subah|shaam|saal|kiraya|nikalti|mang|baat|batao|jama|band|jeetne|poochein"
    r"|aayega|degi|denge|sakti|zaroori|baatein|raaste|likhein)\b",
    re.I,
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "twelve": 12, "sixteen": 16,
}  # fmt: skip
# weekday rules: ordinal words (English, Chinese, Roman Urdu) and weekday names (English, Chinese)
ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "第一个": 1, "第二个": 2, "第三个": 3,
           "最后一个": -1, "pehle": 1, "doosre": 2, "teesre": 3, "chauthe": 4, "aakhri": -1}  # fmt: skip
WEEKDAY = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
WEEKDAY.update({"星期一": 0, "星期二": 1, "星期三": 2, "星期四": 3, "星期五": 4, "星期六": 5, "星期日": 6})

# ---------------------------------------------------------------------------------------------- figures that changed
# qid: (stale string, document that still shows it, live string, document that states the live figure)
CHANGED = {
    "s42-en-04": ("RMB 38,000", MANUAL, "RMB 40,000 to RMB 42,500", MANUAL),
    "s42-zh-08": ("RMB 38,000", MANUAL, "RMB 40,000 to RMB 42,500", MANUAL),
    "s42-zh-01": ("RMB 18,000 per team", SPRINT_OLD, "RMB 16,000 per team", SPRINT),
    "s42-zh-03": ("capped at RMB 2,100 per firm", MANUAL, "**RMB 1,680**", CORRECTION),
    "s42-ur-03": ("up to 4 people", SPRINT_OLD, "up to 6 people", SPRINT),
    "s42-ul-02": ("12 team places", SPRINT_OLD, "16 team places", SPRINT),
    "s42-ul-04": ("leaves the hotel at 08:00", VENUE, "**07:30**", CORRECTION),
    "s42-mx-05": ("two simulator licences", SPRINT_OLD, "four simulator licences", SPRINT),
    "s42-ul-03": ("RMB 18,000 per team", SPRINT_OLD, "RMB 16,000 per team", SPRINT),
    "s42-ul-07": ("RMB 18,000 per team", SPRINT_OLD, "RMB 16,000 per team", SPRINT),
}
# the stale document is still a source where it holds the rest of the answer
STILL_NEEDED = {"s42-zh-03", "s42-ul-04"}
# strings that must never be a key fact of the question (the stale figure, last year's figure, a wrong step)
STALE_FOR = {
    "s42-en-04": ["38,000", "40,000", "12,000"],
    "s42-en-05": ["573,120", "38,000"],
    "s42-en-07": ["8,960", "28 August", "29 September", "25,600"],
    "s42-zh-01": ["18,000", "9,000"],
    "s42-zh-03": ["2,100", "2,940", "2,100元"],
    "s42-zh-08": ["13,300", "14,000", "27,625"],
    "s42-ur-03": ["up to 4 people", "up to 3 people", "4"],
    "s42-ur-06": ["1,680", "900"],
    "s42-ul-02": ["12 team places", "12", "6 teams"],
    "s42-ul-03": ["744,300", "372,150", "637,000"],
    "s42-ul-04": ["08:00"],
    "s42-ul-07": ["32,400", "21,400"],
    "s42-mx-05": ["two simulator licences", "2 licences"],
    "s42-mx-06": ["60,000", "RMB 60,000"],
}
# qid: (document, table row holding the fact, the fact: in no prose of the document and no other document)
TABLE_ONLY = {
    "s42-en-08": (CONTACTS, "Cloud EDA farm accounts | Wang Lei (王磊) | edafarm@huaxin.example", "Wang Lei"),
    "s42-ul-06": (CONTACTS, "Invoices and payments | Faisal Rana | invoices@pcdef.example", "Faisal Rana"),
    "s42-mx-07": (CONTACTS, "Stand build-up and logistics | Zhou Peng (周鹏) | stands@hicda.example", "Zhou Peng"),
    "s42-en-09": (BLOCK, "Register map tests missing 112 UVM RAL", "112"),
    "s42-mx-01": (BLOCK, "AXI4 interface coverage holes 146 UVM coverage", "146"),
}  # fmt: skip
# qid: the language the answer is written in (different from the question's)
OTHER_LANGUAGE = {
    "s42-en-06": "zh",
    "s42-zh-01": "en",
    "s42-zh-04": "ur-Latn",
    "s42-zh-05": "en",
    "s42-zh-06": "en",
    "s42-zh-07": "en",
    "s42-ur-02": "en",
    "s42-ur-03": "en",
    "s42-ur-04": "zh",
    "s42-ur-05": "zh",
    "s42-ur-07": "en",
}
ONE_OR_TWO_WORDS = ["s42-en-04", "s42-zh-01", "s42-zh-06", "s42-zh-07"]

# feature 1: qid -> (document, the rule as written, month the question asks about)
WEEKDAY_RULES = {
    "s42-en-02": (CALL, "second Friday of May 2090", 5),
    "s42-mx-03": (CALL, "last Monday of August 2090", 8),
    "s42-zh-02": (ZH_NOTICE, "每月最后一个星期三", 7),
    "s42-zh-04": (WHATSAPP, "har mahine ke teesre Saturday", 8),
}
# feature 2: questions that convert an RMB fee with the stated rate
RATE_QS = ["s42-en-05", "s42-ul-03"]
# feature 3: qid -> (Chinese document, the amount as written with 万/亿, the amount in Arabic digits)
ZH_UNITS = {
    "s42-ur-05": (AWARDS, "1.5万元", "15,000"),
    "s42-mx-06": (AWARDS, "12万元", "120,000"),
}
# feature 4: deposit / balance / balance due date questions
INSTALMENT = ["s42-zh-08", "s42-en-07", "s42-mx-02"]
# feature 5: qid -> (delegates, below or above the cap)
DELEGATES = {"s42-ur-06": (3, "below"), "s42-zh-03": (7, "above")}
# feature 6: qid -> (engineers, year of incorporation, certifications held, qualifies?, the rule decided on)
ELIGIBILITY = {
    "s42-en-03": (12, 2085, ["ISO 9001"], True, "at least 8"),
    "s42-ur-02": (6, 2082, ["ISO/IEC 27001"], False, "at least 8"),
    "s42-ul-01": (15, 2089, ["ISO 9001"], False, "at least 2 years"),
    "s42-mx-04": (20, 2070, ["ISO 26262"], False, "ISO 9001 or ISO/IEC 27001"),
}
# feature 7: qid -> (FAQ heading, the subject word the answer below it does not repeat, the fact asked)
FAQ_QS = {
    "s42-ul-05": ("Can a team bring its own EDA licences to the Tape-out Sprint?", "licences", "cloud EDA farm"),
    "s42-ur-07": ("May two firms share one stand?", "share", "written approval of PCDEF"),
    "s42-zh-05": ("How do we get demo boards to Hefei?", "demo boards", "20 September 2090"),
}  # fmt: skip
# feature 8: qid -> (role title in the contacts table, words of the title the question avoids)
CONTACT_QS = {
    "s42-en-08": ("Cloud EDA farm accounts", ["EDA farm", "account"]),
    "s42-ul-06": ("Invoices and payments", ["invoice", "payment"]),
    "s42-mx-07": ("Stand build-up and logistics", ["build-up", "logistics"]),
}
# feature 9: questions on the figure changed by the latest amendment
AMENDED = ["s42-en-04", "s42-zh-08"]
# feature 10: qid -> (Chinese document, the date in Chinese format, the English form no document writes)
ZH_DATES = {
    "s42-en-06": (ZH_NOTICE, "2090年8月18日", "18 August"),
    "s42-ur-04": (ZH_NOTICE, "2090年9月27日", "27 September"),
}
# key fact written in another notation/language than its source: the strings the source may use
EQUIV = {
    "18 August": ["2090年8月18日"],
    "18 August 2090": ["2090年8月18日"],
    "27 September": ["2090年9月27日"],
    "27 September 2090": ["2090年9月27日"],
    "9月20日": ["20 September 2090"],
    "6 افراد": ["up to 6 people"],
    "16 teams": ["16 team places"],
    "4 licences": ["four simulator licences"],
    "15,000": ["1.5万元"],
    "RMB 15,000": ["1.5万元"],
    "120,000": ["12万元"],
    "RMB 120,000": ["12万元"],
}
STAFF = ["info@siliconcorridor2090.example", "+92 42 3571 8800"]
WEBINAR = [
    "Pakistan's Consulate General in Shanghai",
    "Trade Development Authority of Pakistan",
    "Software Business Union of Shanghai",
    "Shanghai Software Industry Association",
]
# unanswerable near misses: (document that names the thing, the thing's name in it, patterns no document may match)
NEAR_MISS = {
    "s42-en-15": (SPRINT, "cloud EDA farm",
                  [r"synopsys", r"cadence", r"siemens", r"questa", r"xcelium", r"\bVCS\b", r"华大九天", r"empyrean"]),
    "s42-en-16": (BLOCK, "HX-7", [r"\b\d+\s?nm\b", r"process node", r"工艺节点", r"纳米"]),
    "s42-en-17": (VENUE, "opening ceremony", [r"keynote", r"主旨", r"speaker", r"speech by"]),
    "s42-en-18": (VENUE, "Hall 5", [r"\d+\s+stands\b", r"\d+\s*个展位", r"capacity", r"stands in total"]),
    "s42-zh-14": (AWARDS, "颁奖典礼", [r"颁奖典礼[^\n]*(?:酒店|大厅|会议中心|会展中心|地点为|举办地)", r"award ceremony[^\n]*(?:hotel|hall)"]),
    "s42-zh-15": (AWARDS, "付费试点合同", [r"试点[^\n]*\d[\d.,]*\s*(?:万元|元)", r"pilot[^\n]*RMB"]),
    "s42-zh-16": (ZH_NOTICE, "晶圆厂", [r"名额\s*\d", r"\d+\s*个名额", r"限\s*\d+\s*人", r"\d+ (?:places|seats) on the fab"]),
    "s42-ur-12": (UR_GUIDE, "PCDEF کے لاہور دفتر",
                  [r"Gulberg", r"DHA Phase", r"\d+\S*,? [\w ]{0,20}Road\b", r"روڈ", r"بلاک", r"گلبرگ", r"Lahore \d{5}"]),
    "s42-ur-13": (BLOCK, "HX-7", [r"\d[\d,.]*\s*(?:million |k |M )?gates\b", r"门数", r"گیٹس", r"gate count"]),
    "s42-ul-12": (VENUE, "shuttle bus", [r"shuttle[^\n]*(?:RMB|yuan|元|free|charge|fare|ticket)"]),
    "s42-ul-13": (INVOICING, "account given on the invoice", [r"IBAN", r"account number", r"\bPK\d{2}[A-Z]{4}", r"账号"]),
    "s42-ul-14": (WHATSAPP, "mock pitch", [r"mock pitch[^\n]*(?:fee|rupay|Rs\.?|PKR|muft|free)", r"pitch fee"]),
    "s42-mx-12": (VENUE, "Wi-Fi", [r"password", r"密码", r"پاس ورڈ"]),
}  # fmt: skip
# other near misses: the topic is covered, the fact is not (a future round, a discount or refund not offered)
FUTURE = {
    "s42-en-19": r"2091",
    "s42-mx-13": r"2091",
    "s42-zh-17": r"early.?bird|早鸟|ارلی برڈ|discount|优惠|رعایت",
    "s42-ur-14": r"refund|退款|cancel|منسوخ",
}
OFF_TOPIC = {"s42-en-20", "s42-zh-18", "s42-mx-14"}


# ---------------------------------------------------------------------------------------------- text helpers
def canon(s):
    s = unicodedata.normalize("NFKC", s).translate(URDU_DIGITS).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("٪", "%")
    s = re.sub(r"(?<=\d)[,٬،](?=\d)", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"(?<=\d) %", "%", s)
    s = s.replace("**", "")
    return re.sub(r"\s+", " ", s).strip()


class Html(html.parser.HTMLParser):
    """Text of an HTML page (cells separated by " | ", rows by newlines) and its tables as rows of cell texts."""

    BLOCK = {"p", "h1", "h2", "h3", "li", "tr", "caption", "title", "div", "ul", "table"}
    CELL = {"td", "th"}

    def __init__(self):
        super().__init__()
        self.parts, self.tags, self.tables, self.captions = [], collections.Counter(), [], []
        self.row = None
        self.cell = None
        self.in_caption = False
        self.attrs = {}

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        self.attrs.setdefault(tag, dict(attrs))
        if tag == "table":
            self.tables.append([])
            self.captions.append("")
        if tag == "caption":
            self.in_caption = True
        if tag == "tr":
            self.row = []
        if tag in self.CELL and self.row is not None:
            self.cell = [""]
            self.row.append(self.cell)
            self.parts.append(" | ")
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "caption":
            self.in_caption = False
        if tag == "tr" and self.row is not None:
            self.tables[-1].append([c[0].strip() for c in self.row])
            self.row = None
        if tag in self.CELL:
            self.cell = None
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)
        if self.in_caption and self.captions:
            self.captions[-1] += data
        if self.cell is not None:
            self.cell[0] += data


def read_html(name):
    p = Html()
    p.feed((PROG / name).read_text(encoding="utf-8"))
    return p


def html_table(name, caption):
    p = read_html(name)
    for cap, rows in zip(p.captions, p.tables):
        if cap.strip().startswith(caption):
            return rows
    raise AssertionError(f"{name}: no table {caption!r}")


def para_text(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def word_body(path):
    with zipfile.ZipFile(path) as z:
        return ET.fromstring(z.read("word/document.xml")).find(W + "body")


def word_lines(path, tables=None):
    """Paragraphs and table rows (cells joined with " | "); tables=True only rows, False only paragraphs."""
    lines = []
    for el in word_body(path):
        if el.tag == W + "p" and tables is not True:
            lines.append(para_text(el))
        elif el.tag == W + "tbl" and tables is not False:
            for tr in el.iter(W + "tr"):
                lines.append(
                    " | ".join(" ".join(para_text(p) for p in tc.iter(W + "p")) for tc in tr.findall(W + "tc"))
                )
    return lines


def word_tables(path):
    """[[[cell text of a row]]] of every table of a Word file."""
    out = []
    for tbl in word_body(path).iter(W + "tbl"):
        out.append(
            [
                [" ".join(para_text(p) for p in tc.iter(W + "p")) for tc in tr.findall(W + "tc")]
                for tr in tbl.iter(W + "tr")
            ]
        )
    return out


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


def md_rows(name, text=None):
    out = []
    for ln in (text if text is not None else (PROG / name).read_text(encoding="utf-8")).splitlines():
        if ln.lstrip().startswith("|") and not re.fullmatch(r"\|[-| :]+\|", ln.strip()):
            out.append([c.strip() for c in ln.strip().strip("|").split("|")])
    return out


BACKLOG_METHODS = ["UVM coverage", "formal", "simulation", "power-aware simulation", "DFT", "STA", "UVM RAL", "GLS"]
PDF_ROW = re.compile(
    r"^(.+?) (\d+) (" + "|".join(sorted(map(re.escape, BACKLOG_METHODS), key=len, reverse=True)) + r")$"
)


def table_text(name):
    path = PROG / name
    if path.suffix == ".docx":
        return "\n".join(word_lines(path, tables=True))
    if path.suffix == ".md":
        return "\n".join(" | ".join(r) for r in md_rows(name))
    if path.suffix == ".html":
        return "\n".join("\n".join(" | ".join(row) for row in rows) for rows in read_html(name).tables)
    if path.suffix == ".pdf":
        return "\n".join(re.sub(r"\s+", " ", ln).strip() for ln in doc_text(name).splitlines() if PDF_ROW.match(ln))
    return ""


def prose_text(name):
    path = PROG / name
    if path.suffix == ".docx":
        return "\n".join(word_lines(path, tables=False))
    if path.suffix == ".md":
        return "\n".join(ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.lstrip().startswith("|"))
    if path.suffix == ".html":
        raw = path.read_text(encoding="utf-8")
        p = Html()
        p.feed(re.sub(r"<table[^>]*>.*?</table>", "", raw, flags=re.S))
        return "".join(p.parts)
    if path.suffix == ".pdf":
        return "\n".join(ln for ln in doc_text(name).splitlines() if not PDF_ROW.match(ln))
    return doc_text(name)


def num(s):
    return int(re.sub(r"[,\s]", "", s.translate(URDU_DIGITS)))


def money(n):
    return f"{n:,}"


def unwrap(text):
    """Prose lines that a hard wrap split, joined again (tables, headings, lists and quotes keep their lines)."""
    return re.sub(r"(?<=\S)[ \t]*\n(?=[^\n|#>\-\d*\s])", " ", text)


def find(pattern, text, what):
    m = re.search(pattern, text) or re.search(pattern, unwrap(text))
    if not m:
        raise AssertionError(f"cannot find {what}")
    return m


def en_date(d, weekday=True):
    out = [f"{d.day} {d.strftime('%B')} {d.year}"]
    if weekday:
        out.append(f"{d.strftime('%A')} {d.day} {d.strftime('%B')} {d.year}")
    return [*out, f"{d.day} {d.strftime('%B')}"]


def zh_date(d):
    return [f"{d.year}年{d.month}月{d.day}日", f"{d.month}月{d.day}日"]


def parse_en_date(s):
    m = re.search(r"(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})", s, re.I)
    return datetime.date(int(m[3]), MONTHS[m[2].lower()], int(m[1])) if m else None


def day_key(s):
    """(month, day) of a date written as "16 September" or "9月16日", else None."""
    s = s.translate(URDU_DIGITS)
    m = re.search(r"(\d{1,2})月(\d{1,2})日", s)
    if m:
        return int(m[1]), int(m[2])
    m = re.search(r"(\d{1,2}) (" + "|".join(MONTHS) + r")", s, re.I)
    return (MONTHS[m[2].lower()], int(m[1])) if m else None


def date_written(d, text):
    """Whether a text writes the calendar day d in English ("12 May") or Chinese ("5月12日") form."""
    t = unicodedata.normalize("NFKC", text)
    return bool(
        re.search(rf"(?<!\d){d.day} {d.strftime('%B')}", t, re.I)
        or re.search(rf"(?<!\d){d.month}月{d.day}日", t)
        or re.search(rf"{d.strftime('%B')} {d.day}(?!\d)", t, re.I)
    )


def amount(s):
    """The money amount a string carries: "12万元", "3.6亿", "1.2 million", "120,000"; else None."""
    s = unicodedata.normalize("NFKC", s).translate(URDU_DIGITS)
    m = re.search(r"(\d+(?:\.\d+)?)\s*(万|亿)", s)
    if m:
        return Fraction(m[1]) * (10_000 if m[2] == "万" else 100_000_000)
    m = re.search(r"(\d+(?:\.\d+)?)\s*million", s, re.I)
    if m:
        return Fraction(m[1]) * 1_000_000
    m = re.search(r"\d{1,3}(?:,\d{3})+|\d{4,}", s)
    return Fraction(num(m[0])) if m else None


def quantity(s):
    """The numbers a string carries, digits or number words ("four")."""
    s = unicodedata.normalize("NFKC", s).translate(URDU_DIGITS)
    out = {int(x) for x in re.findall(r"\d+", s)}
    for w, n in NUMBER_WORDS.items():
        if re.search(r"(?<!\w)" + w + r"(?!\w)", s, re.I):
            out.add(n)
    return out


# ---------------------------------------------------------------------------------------------- rules read from the documents
def nth_weekday(year, month, weekday, n):
    """The n-th (n=-1: last) given weekday of a month."""
    days = [
        datetime.date(year, month, d)
        for d in range(1, 32)
        if _valid(year, month, d) and datetime.date(year, month, d).weekday() == weekday
    ]
    return days[n - 1] if n > 0 else days[n]


def _valid(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def rule_date(t, qid):
    """The calendar date a weekday rule gives for the month the question asks about."""
    doc, rule, month = WEEKDAY_RULES[qid]
    text = unwrap(t[doc])
    if rule not in text:
        raise AssertionError(f"rule {rule!r} not in {doc}")
    if doc == CALL:
        m = re.fullmatch(r"(\w+) (\w+) of (\w+) (\d{4})", rule)
        if MONTHS[m[3].lower()] != month:
            raise AssertionError("rule month")
        return nth_weekday(int(m[4]), month, WEEKDAY[m[2].lower()], ORDINAL[m[1]])
    if doc == ZH_NOTICE:
        m = find(
            r"(\d{4})年(\d{1,2})月至(\d{1,2})月，[^。]*?每月(最后一个|第[一二三]个)(星期[一二三四五六日])",
            text,
            "zh rule",
        )
        if not int(m[2]) <= month <= int(m[3]):
            raise AssertionError("month outside the rule's months")
        return nth_weekday(int(m[1]), month, WEEKDAY[m[5]], ORDINAL[m[4]])
    if doc == WHATSAPP:
        m = find(r"(June), (July) aur (August) mein har mahine ke (\w+) (\w+) ko", text, "Roman Urdu rule")
        if month not in (MONTHS[m[1].lower()], MONTHS[m[2].lower()], MONTHS[m[3].lower()]):
            raise AssertionError("month outside the rule's months")
        return nth_weekday(YEAR, month, WEEKDAY[m[5].lower()], ORDINAL[m[4].lower()])
    raise AssertionError("no rule reader")


def c_en02(t):
    return [*en_date(rule_date(t, "s42-en-02")), *zh_date(rule_date(t, "s42-en-02"))[1:]]


def c_mx03(t):
    return en_date(rule_date(t, "s42-mx-03"))


def c_zh02(t):
    d = rule_date(t, "s42-zh-02")
    return [*zh_date(d), *en_date(d, weekday=False)]


def c_zh04(t):
    d = rule_date(t, "s42-zh-04")
    return [*zh_date(d), *en_date(d, weekday=False)]


def rate(t):
    m = find(r"For invoicing, RMB 1 = PKR (\d+\.\d\d)\.", t[INVOICING], "exchange rate")
    return Fraction(m[1])


def fee_table():
    """{(package, size): fee} from the stand-package table of the exhibitor manual."""
    tables = word_tables(PROG / MANUAL)
    fees = next(tb for tb in tables if tb[0][:4] == ["Package", "Size", "What is included", "Fee (RMB)"])
    return {(r[0], r[1]): num(r[3]) for r in fees[1:]}


def amendments():
    """[(version, date, change)] of the amendment history table of the exhibitor manual."""
    tables = word_tables(PROG / MANUAL)
    hist = next(tb for tb in tables if tb[0][:3] == ["Version", "Date", "Change"])
    return [(r[0], parse_en_date(r[1]), r[2]) for r in hist[1:]]


def space_only_fee():
    """The space-only fee set by the latest amendment that changes it."""
    changes = [
        (v, d, m)
        for v, d, c in amendments()
        for m in [re.search(r"Space-only stand \(36 m²\) fee raised from RMB ([\d,]+) to RMB ([\d,]+)", c)]
        if m
    ]
    if not changes:
        raise AssertionError("no space-only amendment")
    _v, _d, m = max(changes, key=lambda x: x[1])
    return num(m[2])


def stand_fee(package, size):
    if package == "Space only":
        fee = space_only_fee()
        if fee_table()[(package, size)] != fee:
            raise AssertionError("fee table differs from the latest amendment")
        return fee
    return fee_table()[(package, size)]


def sprint_fee(t):
    return num(find(r"participation fee of RMB ([\d,]+) per team", t[SPRINT], "Sprint fee")[1])


def pkr(t, rmb):
    n = Fraction(rmb) * rate(t)
    if n.denominator != 1:
        raise AssertionError("not whole rupees")
    return int(n)


def c_en05(t):
    n = pkr(t, stand_fee("Shell scheme stand", "9 m²"))
    return [f"PKR {money(n)}", money(n)]


def c_ul03(t):
    n = pkr(t, sprint_fee(t))
    return [f"PKR {money(n)}", money(n)]


def instalments(t):
    text = unwrap(t[INVOICING])
    dep = int(find(r"Deposit: (\d+) % of the stand fee", text, "deposit")[1])
    bal = int(find(r"Balance: the remaining (\d+) %, due (\d+) days before the fair opens", text, "balance")[1])
    days = int(find(r"Balance: the remaining \d+ %, due (\d+) days before the fair opens", text, "balance days")[1])
    if dep + bal != 100:
        raise AssertionError("deposit and balance do not add up")
    return dep, bal, days


def opening_day(t):
    m = find(
        r"Tuesday (\d{1,2}) to Thursday (\d{1,2}) (\w+) (\d{4}), Hefei Luzhou Expo Centre", t[OVERVIEW], "fair dates"
    )
    d = datetime.date(int(m[4]), MONTHS[m[3].lower()], int(m[1]))
    m2 = find(r"The fair opens (\w+) (\d{1,2} \w+ \d{4})", t[VENUE], "venue opening day")
    if parse_en_date(m2[2]) != d or d.strftime("%A") != m2[1]:
        raise AssertionError("opening day differs between overview and venue")
    return d


def balance_due(t):
    return opening_day(t) - datetime.timedelta(days=instalments(t)[2])


def c_zh08(t):
    dep = instalments(t)[0]
    n = Fraction(stand_fee("Space only", "36 m²") * dep, 100)
    if n.denominator != 1:
        raise AssertionError("not whole yuan")
    return [f"RMB {money(int(n))}", money(int(n)), f"{money(int(n))}元"]


def c_en07(t):
    bal = instalments(t)[1]
    n = Fraction(stand_fee("Shell scheme stand", "18 m²") * bal, 100)
    if n.denominator != 1:
        raise AssertionError("not whole yuan")
    return [f"RMB {money(int(n))}", money(int(n)), *en_date(balance_due(t))]


def c_mx02(t):
    d = balance_due(t)
    return [*en_date(d), *zh_date(d)]


def delegate_rule(t):
    m = find(r"RMB (\d+) per delegate, capped at RMB ([\d,]+) per firm", t[MANUAL], "delegate fee")
    per, cap = num(m[1]), num(m[2])
    c = find(r"gives the cap on delegate registration as RMB ([\d,]+) per firm\. The correct cap is \*\*RMB ([\d,]+)\*\*",
             unwrap(t[CORRECTION]), "cap correction")  # fmt: skip
    if num(c[1]) != cap:
        raise AssertionError("correction does not start from the published cap")
    return per, num(c[2])


def delegates_total(t, n):
    per, cap = delegate_rule(t)
    return min(n * per, cap)


def c_ur06(t):
    n = delegates_total(t, DELEGATES["s42-ur-06"][0])
    return [f"RMB {money(n)}", money(n)]


def c_zh03(t):
    n = delegates_total(t, DELEGATES["s42-zh-03"][0])
    return [f"RMB {money(n)}", money(n), f"{money(n)}元"]


def c_ul07(t):
    n = sprint_fee(t) + stand_fee("Shell scheme stand", "9 m²")
    return [f"RMB {money(n)}", money(n)]


COMPUTED = {
    "s42-en-02": c_en02,
    "s42-en-05": c_en05,
    "s42-en-07": c_en07,
    "s42-zh-02": c_zh02,
    "s42-zh-03": c_zh03,
    "s42-zh-04": c_zh04,
    "s42-zh-08": c_zh08,
    "s42-ur-06": c_ur06,
    "s42-ul-03": c_ul03,
    "s42-ul-07": c_ul07,
    "s42-mx-02": c_mx02,
    "s42-mx-03": c_mx03,
}
# computed answers that equal a figure a source states (a capped total is the cap itself)
COMPUTED_STATED = {"s42-zh-03"}


def eligibility_rule(t):
    text = unwrap(t[CALL])
    eng = int(find(r"at least (\d+) engineers", text, "engineers")[1])
    yrs = int(find(r"at least (\d+) years of trading", text, "years")[1])
    m = find(r"holds either (ISO 9001) or (ISO/IEC 27001)", text, "certifications")
    closing = rule_date(t, "s42-en-02")
    return eng, yrs, [m[1], m[2]], closing


def qualifies(t, engineers, year, certs):
    """(qualifies, the rules failed) for a firm; years of trading are decided only when the year settles them."""
    eng, yrs, need, closing = eligibility_rule(t)
    failed = []
    if engineers < eng:
        failed.append("engineers")
    lo, hi = closing.year - year - 1, closing.year - year  # whole years of trading, whatever the day of incorporation
    if hi < yrs:
        failed.append("years")
    elif lo < yrs:
        raise AssertionError("years of trading depend on the day of incorporation")
    if not any(any(n in c for n in need) for c in certs):
        failed.append("certification")
    return not failed, failed


# ---------------------------------------------------------------------------------------------- directory filters
SERVICE_FORMS = {
    "rtl": ["RTL design", "RTL coding", "Verilog/VHDL design", "RTL设计", "RTL Design Services"],
    "dv": ["DV", "design verification", "UVM verification", "验证", "SystemVerilog testbenches",
           "Design Verification (DV)"],
    "formal": ["formal verification", "formal property checking", "形式验证", "Formal Verification (FPV)"],
    "pd": ["P&R", "physical design", "place and route", "后端设计", "Physical Design (PnR)"],
    "sta": ["STA", "timing closure", "static timing analysis", "时序收敛", "Timing Closure / STA", "ٹائمنگ کلوژر"],
    "dft": ["DFT", "design for test", "scan insertion", "ATPG", "可测性设计", "DFT / Scan"],
    "ams": ["analog layout", "mixed-signal layout", "AMS layout", "模拟版图", "Analog & Mixed-Signal Layout",
            "اینالاگ لے آؤٹ"],
    "fpga": ["FPGA proto", "FPGA prototyping", "emulation", "FPGA原型验证", "FPGA Prototyping & Emulation"],
    "eda": ["EDA flow automation", "Tcl scripting", "EDA scripting (Tcl/Python)", "EDA流程自动化", "CAD flow automation"],
    "pcb": ["PCB design", "signal integrity", "PCB layout", "PCB设计", "SI/PI analysis", "پی سی بی ڈیزائن"],
    "psv": ["post-silicon validation", "silicon bring-up", "bring-up", "芯片回片验证", "Post-Silicon Validation"],
    "ate": ["ATE test programs", "ATE programming", "test program development", "ATE测试程序开发",
            "ATE Test Engineering"],
    "yield": ["yield analytics", "wafer map analysis", "yield & wafer-map analytics", "良率分析", "Yield Engineering"],
    "bsp": ["firmware", "BSP", "board support packages", "固件开发", "Embedded Firmware & BSP", "فرم ویئر"],
    "drivers": ["device drivers", "Linux drivers", "驱动开发", "Device Driver Development"],
    "docs": ["datasheet writing", "technical writing (datasheets)", "芯片文档编写", "Technical Documentation"],
    "ip": ["IP integration", "IP-core integration", "SoC integration", "IP集成", "IP Core Integration"],
    "mems": ["MEMS simulation", "sensor simulation", "MEMS建模仿真", "MEMS / Sensor Simulation"],
}  # fmt: skip
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
    "s42-en-10": lambda r: PK(r) and has(r, "dv") and emp(r) > 100,
    "s42-en-11": lambda r: has(r, "dft") and founded(r) < 2060,
    "s42-en-12": lambda r: CN(r) and has(r, "fpga"),
    "s42-en-13": lambda r: has(r, "pd") and r["city"] in ("Islamabad", "Rawalpindi"),
    "s42-en-14": lambda r: has(r, "ate") and cert(r, "IATF 16949"),
    "s42-zh-09": lambda r: PK(r) and has(r, "pd") and no_cert(r),
    "s42-zh-10": lambda r: r["name_zh"] == "新月IP集成",
    "s42-zh-11": lambda r: has(r, "ams") and 30 <= emp(r) <= 200,
    "s42-zh-12": lambda r: PITCHED(r) and has(r, "formal"),
    "s42-zh-13": lambda r: has(r, "yield") and YEAR - founded(r) > 25,
    "s42-ur-08": lambda r: has(r, "bsp") and r["city"] in ("Rawalpindi", "Peshawar"),
    "s42-ur-09": lambda r: has(r, "sta") and not cert(r, "27001"),
    "s42-ur-10": lambda r: has(r, "pcb") and emp(r) < 40,
    "s42-ur-11": lambda r: PK(r) and has(r, "psv") and founded(r) > 2080,
    "s42-ul-08": lambda r: has(r, "eda") and r["city"] in ("Lahore", "Sialkot"),
    "s42-ul-09": lambda r: has(r, "drivers") and founded(r) > 2075,
    "s42-ul-10": lambda r: has(r, "mems") and cert(r, "ISO 9001"),
    "s42-ul-11": lambda r: PK(r) and has(r, "docs") and emp(r) < 8,
    "s42-mx-08": lambda r: has(r, "ip") and PITCHED(r),
    "s42-mx-09": lambda r: PK(r) and has(r, "rtl") and emp(r) > 150,
    "s42-mx-10": lambda r: PK(r) and has(r, "fpga") and speaks_mandarin(r),
    "s42-mx-11": lambda r: has(r, "ate") and r["city"] == "Gilgit",
}
# negation / certification filters: no candidate may have an empty (unknown) certifications cell
NEGATION = {
    "s42-zh-09": lambda r: PK(r) and has(r, "pd"),
    "s42-ur-09": lambda r: has(r, "sta"),
    "s42-en-14": lambda r: has(r, "ate"),
    "s42-ul-10": lambda r: has(r, "mems"),
}
EMPTY_SET = "s42-mx-11"
BY_ZH_NAME = "s42-zh-10"


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
        return bool(cond)


def check_documents(c):
    names = sorted(p.name for p in PROG.iterdir()) if PROG.is_dir() else []
    c.ok(names == sorted(DOCS), f"programme/ holds {names}, expected {sorted(DOCS)}")
    c.ok(16 <= len(DOCS) <= 20, "16-20 documents")
    c.ok({Path(n).suffix for n in DOCS} == {".md", ".txt", ".html", ".docx", ".pdf"}, "all five formats")
    c.ok({"en", "zh", "ur", "ur-Latn", "en+zh"} <= set(DOCS.values()), "all languages")
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
        else:
            c.ok(
                len(re.findall(HAN, texts[name])) > 150 and len(re.findall(r"[A-Za-z]", texts[name])) > 400,
                f"{name}: not two-language",
            )
        for dom in re.findall(r"[\w.-]+\.(?:com|org|net|pk|cn|io|gov)\b", texts[name]):
            c.ok(False, f"{name}: non-.example domain {dom}")
    c.ok(README.exists() and "fictional" in README.read_text(encoding="utf-8").lower(), "README with disclaimer")
    for name, t in texts.items():
        n = t.count("Outsourcing ICT Talent from Pakistan")
        c.ok(n == (1 if name == OVERVIEW else 0), f"{name}: names the 2022 webinar {n} times")
    ov = unwrap(texts.get(OVERVIEW, ""))
    for org in WEBINAR:
        c.ok(org in ov, f"overview: {org} missing")
    return texts


def faq_sections():
    """{### heading: the answer text below it} of the FAQ."""
    out, head = {}, None
    for ln in (PROG / FAQ).read_text(encoding="utf-8").splitlines():
        if ln.startswith("### "):
            head = ln[4:].strip()
            out[head] = ""
        elif ln.startswith("#"):
            head = None
        elif head is not None:
            out[head] += ln + "\n"
    return out


def check_features(c, t):
    every = {n: canon(t[n]) for n in DOCS}
    # 1. dates given by a weekday rule, the calendar not printed
    for qid, (doc, rule, month) in WEEKDAY_RULES.items():
        try:
            d = rule_date(t, qid)
            c.ok(d.month == month and d.year == YEAR, f"{qid}: rule date {d}")
            hits = [n for n in DOCS if date_written(d, t[n])]
            c.ok(not hits, f"{qid}: the date {d} is printed in {hits}")
        except (AssertionError, KeyError, IndexError) as e:
            c.ok(False, f"{qid}: {e}")
    # 2. exchange rate in the invoicing page only; fees in RMB in other documents
    c.ok(all("41.35" not in t[n] for n in DOCS if n != INVOICING), "rate stated outside the invoicing page")
    c.ok(not re.search(r"RMB [\d,]{4,}", t[INVOICING]), "invoicing page states an RMB fee")
    try:
        c.ok(rate(t) == Fraction("41.35"), "rate")
        for qid in RATE_QS:
            got = COMPUTED[qid](t)[1]
            c.ok(all(got not in t[n] for n in DOCS), f"{qid}: PKR figure printed")
    except (AssertionError, KeyError) as e:
        c.ok(False, f"rate: {e}")
    # 3. 万 / 亿 amounts only in Chinese documents
    for n in DOCS:
        if DOCS[n] != "zh":
            c.ok(not re.search(r"\d\s*[万亿]", t[n]), f"{n}: a 万/亿 amount outside the Chinese documents")
    for qid, (doc, zh, digits) in ZH_UNITS.items():
        c.ok(zh in t[doc] and DOCS[doc] == "zh", f"{qid}: {zh!r} not in {doc}")
        c.ok(amount(zh) == amount(digits), f"{qid}: {zh!r} != {digits!r}")
        c.ok(all(canon(digits) not in re.findall(r"[\d.]+", every[n]) for n in DOCS), f"{qid}: {digits} printed")
    c.ok("3.6亿元" in t[ZH_NOTICE], "an amount in 亿")
    # 4. deposit and balance
    try:
        dep, bal, days = instalments(t)
        c.ok((dep, bal, days) == (35, 65, 28), f"instalments {dep}/{bal}/{days}")
        c.ok(not date_written(balance_due(t), "\n".join(t.values())), "balance due date printed")
    except AssertionError as e:
        c.ok(False, f"instalments: {e}")
    # 5. per-delegate fee with a cap, the cap corrected
    try:
        per, cap = delegate_rule(t)
        c.ok((per, cap) == (420, 1680), f"delegate rule {per}/{cap}")
        c.ok(DELEGATES["s42-ur-06"][0] * per < cap < DELEGATES["s42-zh-03"][0] * per, "below / above the cap")
    except AssertionError as e:
        c.ok(False, f"delegates: {e}")
    # 6. eligibility: all three thresholds stated; one question qualifies, the others fail one rule each
    try:
        eng, yrs, _need, _closing = eligibility_rule(t)
        c.ok((eng, yrs) == (8, 2), "eligibility thresholds")
        outcomes = []
        for qid, (e, y, certs, want, rule) in ELIGIBILITY.items():
            got, failed = qualifies(t, e, y, certs)
            c.ok(got == want and len(failed) == (0 if want else 1), f"{qid}: eligibility {got} {failed}")
            outcomes.append(got)
        c.ok(outcomes.count(True) >= 1 and outcomes.count(False) >= 2, "eligibility mix")
    except AssertionError as e:
        c.ok(False, f"eligibility: {e}")
    # 7. FAQ: questions are ### headings; the answer below does not repeat the subject
    secs = faq_sections()
    c.ok(len(secs) >= 5, "FAQ headings")
    c.ok(all(h.endswith("?") for h in secs), "FAQ headings are questions")
    for qid, (head, subject, fact) in FAQ_QS.items():
        body = secs.get(head, "")
        c.ok(bool(body.strip()), f"{qid}: no FAQ heading {head!r}")
        c.ok(
            subject.lower() in head.lower() and subject.lower() not in body.lower(), f"{qid}: answer repeats {subject}"
        )
        c.ok(canon(fact) in canon(body), f"{qid}: {fact!r} not below {head!r}")
    # 8. contacts by role
    try:
        rows = html_table(CONTACTS, "Table 1")
        c.ok(rows[0] == ["Role", "Name", "E-mail", "Phone"] and len(rows) >= 8, "contacts table")
        roles = {r[0] for r in rows[1:]}
        for qid, (role, _) in CONTACT_QS.items():
            c.ok(role in roles, f"{qid}: no role {role!r}")
    except AssertionError as e:
        c.ok(False, f"contacts: {e}")
    # 9. amendment history: the latest amendment's figure is in the fee table; the body shows an older one once
    try:
        hist = amendments()
        c.ok([v for v, _, _ in hist] == ["v1.0", "v1.1", "v1.2"], "amendment versions")
        c.ok(all(a[1] < b[1] for a, b in itertools.pairwise(hist)), "amendment dates ascending")
        fee = space_only_fee()
        c.ok(fee == 42_500 and fee_table()[("Space only", "36 m²")] == fee, "space-only fee")
        prose = "\n".join(word_lines(PROG / MANUAL, tables=False))
        c.ok(prose.count("RMB 38,000") == 1 and "42,500" not in prose, "body text shows the first figure once")
        c.ok("version 1.2" in prose, "manual version")
    except (AssertionError, StopIteration, KeyError) as e:
        c.ok(False, f"amendments: {e}")
    # 10. dates in Chinese format only
    for qid, (doc, zh, en) in ZH_DATES.items():
        c.ok(zh in t[doc] and DOCS[doc] == "zh", f"{qid}: {zh!r} not in {doc}")
        d = datetime.date(*map(int, re.findall(r"\d+", zh)))
        c.ok(not any(date_written(d, t[n]) for n in DOCS if DOCS[n] != "zh"), f"{qid}: {en} written in English")
        c.ok(day_key(zh) == day_key(en), f"{qid}: {zh} != {en}")
    # other kinds of document
    c.ok("SUPERSEDED" in t[SPRINT_OLD] and "replaces version 1" in t[SPRINT], "superseded pair")
    c.ok("Correction Notice No. 1" in t[CORRECTION], "correction notice")
    cdate = parse_en_date(t[CORRECTION])
    c.ok(cdate > parse_en_date(t[VENUE]) and cdate > max(d for _, d, _ in amendments()), "correction later")
    c.ok("2089" in t[REPORT] and "last year's pilot figures" in unwrap(t[REPORT]), "report marks last year's figures")
    urraw = (PROG / UR_GUIDE).read_text(encoding="utf-8")
    c.ok('dir="rtl"' in urraw and 'lang="ur"' in urraw, "Urdu page: right-to-left")
    c.ok(all("400,000" not in t[n] for n in DOCS if n != UR_GUIDE), "reimbursement cap only in Urdu")
    c.ok("teesre Saturday" in t[WHATSAPP] and all("mock pitch" not in t[n].lower() for n in DOCS if n not in (WHATSAPP,)),
         "mock pitch only in Roman Urdu")  # fmt: skip
    gl = md_rows(GLOSSARY)
    c.ok(gl and gl[0][:3] == ["Short form", "Long form", "中文"] and len(gl) >= 16, "glossary table")
    c.ok("Hefei Luzhou Expo Centre" in t[OVERVIEW], "overview venue")


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
        try:
            c.ok(1995 <= founded(r) <= 2089, f"{r['id']}: founded")
            c.ok(3 <= emp(r) <= 2500, f"{r['id']}: employees")
        except ValueError:
            c.ok(False, f"{r['id']}: founded/employees not integers")
        c.ok(r["pitched_at_webinar"] in ("yes", "no"), f"{r['id']}: pitched")
        c.ok(r["website"].endswith(".example") and r["contact_email"].endswith(".example"), f"{r['id']}: domains")
        c.ok(bool(r["description"]) and bool(r["languages"]) and bool(r["services"]), f"{r['id']}: filled")
    try:
        c.ok(min(map(founded, rows)) == 1995 and max(map(founded, rows)) == 2089, "founded range 1995-2089")
        c.ok(min(map(emp, rows)) == 3 and max(map(emp, rows)) == 2500, "head count range 3-2500")
    except ValueError:
        c.ok(False, "founded/employees not integers")
    certs = {x for r in rows for x in cells(r, "certifications")}
    for need in ["ISO 9001", "ISO/IEC 27001:2022", "ISO 26262 (functional safety)", "IATF 16949", "CMMI Level 3",
                 "TISAX", "none"]:  # fmt: skip
        c.ok(need in certs, f"certification {need} missing")
    c.ok(any(not r["certifications"] for r in rows), "some unknown certifications")
    zh = sum(bool(r["name_zh"]) for r in rows)
    c.ok(45 <= zh < 60, f"name_zh filled for {zh}")
    c.ok(45 <= sum(bool(r["description_zh"]) for r in rows) < 60, "description_zh mostly filled")
    small = {"Sialkot", "Sukkur", "Mardan", "Mingora", "Gilgit", "Jhelum", "Abbottabad", "Bahawalpur", "Sargodha"}
    c.ok(len(small & {r["city"] for r in rows}) >= 4, "small Pakistani cities")
    c.ok(len({r["city"] for r in rows if r["country"] == "CN"}) >= 6, "Chinese cities")
    for qid, cand in NEGATION.items():
        c.ok(all(r["certifications"].strip() for r in rows if cand(r)), f"{qid}: an unknown-cert candidate")
    c.ok(sum(r["name_zh"] == "新月IP集成" for r in rows) == 1, "Chinese name is unique")
    c.ok(any(r["city"] == "Gilgit" for r in rows), "a Gilgit company exists (empty-set question)")
    return rows


def check_questions(c, t, rows):
    try:
        qs = [json.loads(ln) for ln in QUESTIONS.read_text(encoding="utf-8").splitlines()]
    except (OSError, ValueError) as e:
        c.ok(False, f"questions file: {e}")
        return
    c.ok(len(qs) == 80, f"{len(qs)} questions")
    c.ok(len({q.get("id") for q in qs}) == len(qs), "unique ids")
    c.ok(len({q.get("question") for q in qs}) == len(qs), "unique question texts")
    c.ok(collections.Counter(q.get("lang") for q in qs) == LANG_COUNTS, "language counts")
    c.ok(collections.Counter(q.get("kind") for q in qs) == KIND_COUNTS, "kind counts")
    got = collections.defaultdict(collections.Counter)
    for q in qs:
        got[q.get("lang")][q.get("kind")] += 1
    c.ok({k: dict(v) for k, v in got.items()} == BY_LANG_KIND, "language x kind counts")
    byid = {q.get("id"): q for q in qs}
    for name, group, n in [
        ("changed", CHANGED, 6),
        ("computed", COMPUTED, 8),
        ("table-only", TABLE_ONLY, 4),
        ("other-language", OTHER_LANGUAGE, 4),
        ("short", ONE_OR_TWO_WORDS, 4),
        ("weekday", WEEKDAY_RULES, 1),
        ("rate", RATE_QS, 1),
        ("zh units", ZH_UNITS, 1),
        ("instalment", INSTALMENT, 1),
        ("delegates", DELEGATES, 2),
        ("eligibility", ELIGIBILITY, 3),
        ("faq", FAQ_QS, 1),
        ("contacts", CONTACT_QS, 1),
        ("amended", AMENDED, 1),
        ("zh dates", ZH_DATES, 1),
    ]:
        c.ok(len(group) >= n and all(byid.get(q, {}).get("kind") == "programme" for q in group), f"group {name}")
    for grp in (WEEKDAY_RULES, RATE_QS, INSTALMENT, DELEGATES):
        c.ok(all(q in COMPUTED for q in grp), "rule questions are computed")
    c.ok(any(q in COMPUTED and CHANGED.get(q, ("", ""))[1] == MANUAL for q in AMENDED), "an amended figure computed")
    c.ok("s42-ul-07" in COMPUTED, "a total of two fees from two documents")
    for qid in ONE_OR_TWO_WORDS:
        q = byid.get(qid, {"question": "x " * 9, "lang": "en"})
        c.ok(len(q["question"].split()) <= 2 and len(q["question"]) <= 25, f"{qid}: not one or two words")
    unans = [q for q in qs if q.get("kind") == "unanswerable"]
    c.ok(len(NEAR_MISS) >= 12 and all(byid.get(q, {}).get("kind") == "unanswerable" for q in NEAR_MISS), "near misses")
    c.ok(all(byid.get(q, {}).get("kind") == "unanswerable" for q in [*FUTURE, *OFF_TOPIC]), "other unanswerables")
    c.ok({q["id"] for q in unans} == set(NEAR_MISS) | set(FUTURE) | OFF_TOPIC, "every unanswerable is classified")
    for q in qs:
        qid = q.get("id", "?")
        c.ok(list(q) == FIELDS, f"{qid}: fields")
        if list(q) != FIELDS:
            continue
        m = re.fullmatch(r"s42-(en|zh|ur|ul|mx)-\d\d", qid)
        c.ok(m and LANG_CODES[m[1]] == q["lang"], f"{qid}: id/lang")
        text = q["question"]
        lang = q["lang"]
        if lang in ("en", "zh", "ur"):
            c.ok(script_lang(text) == lang, f"{qid}: question script is not {lang}")
        if lang == "ur":
            c.ok(not re.search(r"[A-Za-z]{4,}", re.sub(r"\b(PCDEF|HICDA|RMB|PKR|ISO)\b", "", text)), f"{qid}: Latin")
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
                c.ok(bool(want) == (qid != EMPTY_SET), f"{qid}: empty set only for {EMPTY_SET}")
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
        c.ok(kind == "programme", f"{qid}: kind {kind}")
        srcs = q["expected_sources"]
        c.ok(bool(srcs) and all(s in DOCS and s not in STALE_DOCS for s in srcs), f"{qid}: sources {srcs}")
        c.ok(bool(ans), f"{qid}: no key fact")
        src_text = canon("\n".join(t.get(s, "") for s in srcs))
        rest = list(ans)
        if qid in COMPUTED:
            try:
                want = COMPUTED[qid](t)
            except (AssertionError, ValueError, KeyError, TypeError, StopIteration, IndexError) as e:
                c.ok(False, f"{qid}: {e}")
                want = []
            c.ok(bool(want) and ans[: len(want)] == want, f"{qid}: computed {ans[: len(want)]} != {want}")
            if qid not in COMPUTED_STATED:
                c.ok(all(canon(w) not in src_text for w in want[:1]), f"{qid}: computed figure stated in a source")
            rest = ans[len(want) :]
            c.ok(bool(rest), f"{qid}: no rule figures as alternatives")
        for a in rest:
            if canon(a) in src_text:
                continue
            if a in EQUIV:
                rs = [r for r in EQUIV[a] if canon(r) in src_text]
                c.ok(bool(rs), f"{qid}: none of {EQUIV[a]!r} (for {a!r}) in {srcs}")
                for r in rs[:1]:
                    if day_key(a) or day_key(r):
                        c.ok(day_key(a) == day_key(r), f"{qid}: {a!r} and {r!r} are different days")
                    elif amount(a) is not None and amount(r) is not None:
                        c.ok(amount(a) == amount(r), f"{qid}: {a!r} and {r!r} are different amounts")
                    else:
                        c.ok(quantity(a) == quantity(r), f"{qid}: {a!r} and {r!r} differ")
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
            raw = (
                (PROG / old_doc).read_text(encoding="utf-8")
                if old_doc.endswith((".html", ".md", ".txt"))
                else t[old_doc]
            )
            c.ok(old in raw, f"{qid}: stale {old!r} not in {old_doc}")
            live = (PROG / new_doc).read_text(encoding="utf-8") if new_doc.endswith((".md", ".txt")) else t[new_doc]
            c.ok(new in live and new_doc in srcs, f"{qid}: live {new!r} not in {new_doc}")
            c.ok(old_doc not in srcs or old_doc == new_doc or qid in STILL_NEEDED, f"{qid}: stale document as source")
        if qid in TABLE_ONLY:
            doc, fact, key = TABLE_ONLY[qid]
            c.ok(fact in table_text(doc) and doc in srcs, f"{qid}: {fact!r} not in a table row of {doc}")
            c.ok(canon(key) not in canon(prose_text(doc)), f"{qid}: {key!r} also in the prose of {doc}")
            c.ok(all(canon(key) not in canon(t[n]) for n in DOCS if n != doc), f"{qid}: {key!r} elsewhere")
            c.ok(
                any(canon(key) in canon(a) or canon(a) in canon(key) for a in ans), f"{qid}: table cell not a key fact"
            )
        if qid in WEEKDAY_RULES:
            doc, rule, _ = WEEKDAY_RULES[qid]
            c.ok(doc in srcs, f"{qid}: the rule's document is not a source")
            c.ok(
                any(canon(a) in canon(rule) or canon(rule) in canon(a) for a in rest), f"{qid}: rule not an alternative"
            )
        if qid in RATE_QS:
            c.ok(INVOICING in srcs and "41.35" in ans, f"{qid}: rate sources")
        if qid in ZH_UNITS:
            doc, zh, digits = ZH_UNITS[qid]
            c.ok(doc in srcs and digits in ans and any(a in zh for a in ans), f"{qid}: digits and 万 form")
        if qid in INSTALMENT:
            c.ok(INVOICING in srcs, f"{qid}: invoicing not a source")
        if qid in DELEGATES:
            c.ok(MANUAL in srcs and (DELEGATES[qid][1] == "below" or CORRECTION in srcs), f"{qid}: delegate sources")
            c.ok(str(DELEGATES[qid][0]) in text, f"{qid}: head count not in the question")
        if qid in ELIGIBILITY:
            e, y, certs, want, rule = ELIGIBILITY[qid]
            c.ok(CALL in srcs and rule in ans, f"{qid}: the rule decided on is not a key fact")
            c.ok(str(e) in text and str(y) in text and all(x.split("/")[-1].split()[-1] in text for x in certs),
                 f"{qid}: the asker's situation is not in the question")  # fmt: skip
        if qid in FAQ_QS:
            head, _subject, fact = FAQ_QS[qid]
            c.ok(srcs == [FAQ] and canon(head) not in canon(text), f"{qid}: FAQ source / heading copied")
        if qid in CONTACT_QS:
            _role, words = CONTACT_QS[qid]
            c.ok(srcs == [CONTACTS] and not any(w.lower() in text.lower() for w in words), f"{qid}: names the role")
        if qid in AMENDED:
            c.ok((MANUAL in srcs and "42,500" in " ".join(ans)) or qid in COMPUTED, f"{qid}: amended figure")
        if qid in ZH_DATES:
            doc, zh, en = ZH_DATES[qid]
            c.ok(doc in srcs and en in ans and zh[5:] in ans, f"{qid}: English and Chinese forms")
        if qid in OTHER_LANGUAGE:
            c.ok(
                all(OTHER_LANGUAGE[qid] in DOCS[s].split("+") for s in srcs) and OTHER_LANGUAGE[qid] != q["lang"],
                f"{qid}: answer language",
            )
    for qid in FILTERS:
        c.ok(qid in byid and byid[qid]["kind"] == "directory", f"{qid}: filter without a directory question")
    groups = (COMPUTED, CHANGED, TABLE_ONLY, OTHER_LANGUAGE, NEAR_MISS, FUTURE, STALE_FOR, WEEKDAY_RULES, ZH_UNITS,
              DELEGATES, ELIGIBILITY, FAQ_QS, CONTACT_QS, ZH_DATES, dict.fromkeys(RATE_QS + INSTALMENT + AMENDED))  # fmt: skip
    for group in groups:
        for qid in group:
            c.ok(qid in byid, f"{qid}: listed but no such question")
    empty = [q["id"] for q in qs if q.get("kind") == "directory" and not q.get("expected_companies")]
    c.ok(empty == [EMPTY_SET], f"directory questions with no company: {empty}")
    c.ok(sum(1 for q in qs if q.get("kind") == "directory" and len(q.get("expected_companies", [])) == 1) >= 1, "one")
    c.ok(
        byid.get(BY_ZH_NAME, {}).get("expected_companies") and "新月IP集成" in byid[BY_ZH_NAME]["question"],
        "zh name",
    )


def main():
    c = Checker()
    t = check_documents(c)
    try:
        check_features(c, t)
    except Exception as e:  # noqa: BLE001
        c.ok(False, f"feature checks crashed: {e!r}")
    try:
        rows = check_directory(c)
    except Exception as e:  # noqa: BLE001
        c.ok(False, f"directory checks crashed: {e!r}")
        rows = []
    try:
        check_questions(c, t, rows)
    except Exception as e:  # noqa: BLE001
        c.ok(False, f"question checks crashed: {e!r}")
    for e in c.errors:
        print("ERROR", e)
    print(f"{c.passed} checks passed, {len(c.errors)} failed")
    return 1 if c.errors else 0


if __name__ == "__main__":
    sys.exit(main())
