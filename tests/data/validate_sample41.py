"""Check sample-41 ("Harbour Link 2089") and questions-41.jsonl; exit 0 when every check passes, 1 otherwise.

Stdlib + python-docx + pypdf only. build_sample41 imports FILTERS, COMPUTED and the document names from here, so the
frozen directory answer sets and the arithmetic answers come from the same code that checks them.

Usage: validate_sample41.py [BASE]  (BASE holds sample-41/ and questions-41.jsonl; default: this folder, or
$SAMPLE41_BASE). Key facts are looked up in the text a careful reader gets from each document: Word paragraphs and
table rows (cells joined with " | "), HTML with tags stripped, Markdown/text as written, PDF text page by page (pypdf).
Comparison is after NFKC, Urdu digits read as ASCII, thousands separators dropped, dashes unified and case folded. A
key fact written in another notation or language than its source is listed in EQUIV with the strings it may render
(one must be in the source); both must carry the same amount (万 and "million" read as numbers), the same calendar
day, or the same quantity (number words such as "twelve", "五", "تین", "do" read as numbers).
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
from sample_text import ARABIC, COLUMNS, FIELDS, HAN, script_lang  # noqa: E402

HERE = Path(__file__).resolve().parent
if __name__ == "__main__" and len(sys.argv) > 1:
    os.environ["SAMPLE41_BASE"] = str(Path(sys.argv[1]).resolve())
BASE = Path(os.environ.get("SAMPLE41_BASE", HERE))
KB = BASE / "sample-41"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
README = KB / "README.md"
QUESTIONS = BASE / "questions-41.jsonl"
YEAR = 2089
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OVERVIEW = "programme-overview.md"  # the real 2022 webinar once; organisers; events; "three weeks"
FEES = "fair-stand-packages-and-fees.docx"  # feature 1 (footnote marks in table cells), 5 (badges included + extra)
TERMS = "fair-terms-and-cancellation.md"  # feature 4 (refund table by date band); balance due date
MASTERCLASS = "masterclass-series.html"  # feature 2 (Beijing time only), 3 (stacked discounts)
RULES_OLD = "quay-hackathon-rules-v1-superseded.md"  # superseded version 1
RULES = "quay-hackathon-rules-v2.docx"  # feature 6 (prize pool by shares), 10 ("twelve weeks", "two logins")
GLOSSARY = "glossary-abbreviations-en-zh.md"  # feature 7 (abbreviations table), two-language
CATALOGUE = "jinhai-gate-yard-dataset-catalogue.pdf"  # feature 8 (table continued on page 2, header repeated)
OFFICES = "programme-offices.md"  # feature 9 (facts under nested headings only)
CORRECTION = "correction-notice-no-1.md"  # corrects the fee page (badge) and the masterclass page (session 3)
ZH_NOTICE = "zh-buyer-notice.docx"  # Chinese only; feature 10 ("五个工作日")
UR_GUIDE = "ur-vendor-guide.html"  # Urdu right-to-left; travel grant and "تین ہفتے" only here
WHATSAPP = "whatsapp-announcement-roman-urdu.txt"  # Roman Urdu; a time in PKT only; "do hafte"
SCHEDULE = "key-dates-en-zh.html"  # two-language milestones, a 待定 · TBD place
REPORT = "round-2088-report.pdf"  # last year's pilot round
FAQ = "vendor-faq.txt"  # plain-text FAQ
ZH_DATA_RULES = "zh-jinhai-data-rules.md"  # the terminal's data-use rules, Chinese only

DOCS = {
    OVERVIEW: "en",
    FEES: "en",
    TERMS: "en",
    MASTERCLASS: "en",
    RULES_OLD: "en",
    RULES: "en",
    GLOSSARY: "en+zh",
    CATALOGUE: "en",
    OFFICES: "en",
    CORRECTION: "en",
    ZH_NOTICE: "zh",
    UR_GUIDE: "ur",
    WHATSAPP: "ur-Latn",
    SCHEDULE: "en+zh",
    REPORT: "en",
    FAQ: "en",
    ZH_DATA_RULES: "zh",
}
STALE_DOCS = {RULES_OLD, REPORT}  # never an expected source

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
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|hoga|hogi|karni|karna|kaun|kis|ki|ke|ka|ko|se|aur|ya"
    r"|jo|jin|log|lena|chahte|chuki|chuka|banega|lein|dono|pehle|baad|bani|paas|ho|sakte|sakti|milega|milegi"
    r"|milenge|milte|hamari|hamare|hum|baqi|lagega|suna|hua|tha|din|hafte|rahe|ja|kar|bol|koi|kahan|dekh|tak|hogi"
    r"|guzar|shuru|baje|bhai|zyada|kam|nahi|sab|abhi|agar|to|saath|woh|unko|apni|apna|aana|lazmi|zaroor|kal|aaj"
    r"|shukriya|sawal|kuch|thi|thin|jayengi|jayega|karein|dein|layein|rakhein|sakti|sakta|hoti|hota|wala|wali)\b",
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
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10, "twelve": 12,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "十": 10,
    "ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "بارہ": 12,
    "do": 2, "teen": 3, "char": 4, "panch": 5, "barah": 12,
}  # fmt: skip

# ---------------------------------------------------------------------------------------------- figures that changed
# qid: (stale string, document that still shows it, live string, document that states the live figure)
CHANGED = {
    "s41-en-05": ("RMB 600,000", RULES_OLD, "prize pool of RMB 750,000", RULES),
    "s41-zh-01": ("RMB 420", FEES, "**RMB 240**", CORRECTION),
    "s41-zh-04": ("RMB 600,000", RULES_OLD, "prize pool of RMB 750,000", RULES),
    "s41-zh-06": ("RMB 15,000 per team", RULES_OLD, "RMB 12,000 per team", RULES),
    "s41-ur-03": ("up to 4 people", RULES_OLD, "up to 5 people", RULES),
    "s41-ul-07": ("one login to the TOS test instance", RULES_OLD, "two logins to its TOS test instance", RULES),
    "s41-mx-01": ("16:00–17:30", MASTERCLASS, "**17:00–18:30**", CORRECTION),
    "s41-mx-02": ("RMB 420", FEES, "**RMB 240**", CORRECTION),
    "s41-mx-06": ("RMB 600,000", RULES_OLD, "prize pool of RMB 750,000", RULES),
}
# the stale document is still a source where it holds the rest of the answer
STILL_NEEDED = {"s41-zh-01", "s41-mx-01", "s41-mx-02"}
# strings that must never be a key fact of the question (the stale figure, last year's figure, a wrong step)
STALE_FOR = {
    "s41-en-02": ["18:30", "15:30 PKT"],
    "s41-en-03": ["7,200", "9,600", "8,640", "8,160"],
    "s41-en-04": ["15,792", "17,640"],
    "s41-en-05": ["600,000", "400,000"],
    "s41-en-06": ["23,625", "15,750 + VAT"],
    "s41-en-08": ["26 August", "28 August", "25 September"],
    "s41-zh-01": ["420", "300"],
    "s41-zh-02": ["16:00", "19:00 北京时间"],
    "s41-zh-04": ["180,000", "225,000", "140,000"],
    "s41-zh-06": ["15,000", "10,000"],
    "s41-zh-08": ["16,800", "2,520"],
    "s41-ur-03": ["4", "up to 4 people"],
    "s41-ur-04": ["8,400", "16,800"],
    "s41-ul-03": ["5,508", "5,400", "7,200"],
    "s41-ul-04": ["31,800", "22,800"],
    "s41-ul-07": ["one login"],
    "s41-mx-01": ["13:00", "16:00", "20:00"],
    "s41-mx-02": ["1,680", "1,440", "1,200"],
    "s41-mx-06": ["300,000", "375,000", "200,000"],
}
# qid: (document, table row holding the fact, the fact: in no prose of the document and no other document)
TABLE_ONLY = {
    "s41-mx-03": (MASTERCLASS, "4 | EEXI calculations and class-society audits | Tuesday 20 September 2089",
                  "20 September 2089"),
    "s41-mx-05": (CATALOGUE, "Gate OCR container-number reads 2086–2089 7.3 million daily", "7.3 million"),
    "s41-ul-06": (CATALOGUE, "Verified gross mass declarations 2086–2089 312,000 daily", "312,000"),
    "s41-en-07": (CATALOGUE, "Bay plan messages 2085–2089 184,000 per vessel call", "184,000"),
    "s41-zh-07": (CATALOGUE, "Reefer temperature logs 2087–2089 9.6 million hourly", "9.6 million"),
}  # fmt: skip
# qid: the language the answer is written in (different from the question's)
OTHER_LANGUAGE = {
    "s41-zh-01": "en",
    "s41-zh-02": "ur-Latn",
    "s41-zh-05": "en",
    "s41-zh-06": "en",
    "s41-zh-07": "en",
    "s41-ur-03": "en",
    "s41-ur-06": "en",
    "s41-ur-07": "en",
}
ONE_OR_TWO_WORDS = ["s41-en-05", "s41-zh-03", "s41-zh-05", "s41-zh-06"]
# feature 1: qid -> (footnote mark, words of the note below the fee table the answer depends on)
FOOTNOTE = {"s41-en-04": ("\u00b9", "Excludes 6% VAT"), "s41-ur-05": ("\u00b2", "incorporated in 2086 or later")}
# feature 2: qid -> (document with the stated time, the zone it is stated in)
TIME_ZONE = {
    "s41-en-02": (MASTERCLASS, "Beijing"),
    "s41-mx-01": (CORRECTION, "Beijing"),
    "s41-zh-02": (WHATSAPP, "PKT"),
}
# feature 3, 4, 5, 6: the computed questions of each rule
STACKED = ["s41-en-03", "s41-ul-03"]
REFUND = ["s41-en-06", "s41-zh-08", "s41-ur-04"]
EXTRA = ["s41-mx-02"]
POOL = ["s41-zh-04", "s41-mx-06"]
# feature 7: qid -> (short form, long form, the document holding the fact, which form the question uses)
GLOSS = {
    "s41-en-07": ("BAPLIE", "bay plan", CATALOGUE, "short"),
    "s41-ul-06": ("VGM", "verified gross mass", CATALOGUE, "short"),
    "s41-ul-07": ("TOS", "terminal operating system", RULES, "long"),
    "s41-en-02": ("CII", "carbon intensity indicator", MASTERCLASS, "long"),
}
# feature 8: qid -> dataset row printed on the second page of the catalogue only
PAGE_TWO = {"s41-en-07": "Bay plan messages", "s41-zh-07": "Reefer temperature logs"}
# feature 9: qid -> (heading path, the line under it: it does not name the office)
NESTED = {
    "s41-en-09": (("Karachi office", "Opening hours"), "Saturday: 10:00–13:00"),
    "s41-zh-05": (("Ningbo liaison office", "Opening hours"), "Monday to Friday: 08:30–17:00"),
    "s41-ur-07": (("Gwadar liaison desk", "Opening hours"), "Tuesday and Thursday: 10:00–14:00"),
    "s41-ul-05": (("Karachi office", "Phone"), "+92 21 3587 4410"),
    "s41-mx-04": (("Lahore office", "Opening hours"), "Monday to Friday: 10:00–18:00"),
}
OFFICE_WORDS = {"Karachi office": "Karachi", "Ningbo liaison office": "Ningbo", "Gwadar liaison desk": "Gwadar",
                "Lahore office": "Lahore"}  # fmt: skip
# feature 10: qid -> (document, quantity in words, the same quantity in digits that no document writes)
WORDS = {
    "s41-ur-01": (UR_GUIDE, "تین ہفتے", "3 ہفتے"),
    "s41-ur-06": (RULES, "twelve weeks", "12 weeks"),
    "s41-zh-03": (ZH_NOTICE, "五个工作日", "5个工作日"),
    "s41-ul-02": (WHATSAPP, "do hafte", "2 hafte"),
    "s41-ul-01": (OVERVIEW, "three weeks", "3 weeks"),
    "s41-ul-07": (RULES, "two logins", "2 logins"),
}
# key fact written in another notation/language than its source: the strings the source may use
EQUIV = {
    "PKR 150,000": ["150,000 روپے"],
    "960万": ["9.6 million"],
    "730万": ["7.3 million"],
    "18.4万": ["184,000"],
    "31.2万": ["312,000"],
    "9月20日": ["20 September 2089"],
    "5 افراد": ["up to 5 people"],
    "3 ہفتے": ["تین ہفتے"],
    "3 weeks": ["تین ہفتے", "three weeks"],
    "12 weeks": ["twelve weeks"],
    "12 ہفتے": ["twelve weeks"],
    "5个工作日": ["五个工作日"],
    "5 working days": ["五个工作日"],
    "2 hafte": ["do hafte"],
    "2 weeks": ["do hafte"],
    "2 logins": ["two logins"],
    "کوئی رقم واپس نہیں": ["no refund"],
}
STAFF = ["info@harbourlink2089.example", "+92 21 3587 4410"]
WEBINAR = [
    "Pakistan's Consulate General in Shanghai",
    "Trade Development Authority of Pakistan",
    "Software Business Union of Shanghai",
    "Shanghai Software Industry Association",
]
# unanswerable near misses: (document that names the thing, the thing's name in it, patterns no document may match)
NEAR_MISS = {
    "s41-en-15": (SCHEDULE, "opening keynote",
                  [r"keynote[^\n]*\bby\b", r"keynote speaker", r"主讲", r"主旨演讲[^\n|]*(?:先生|女士|博士|教授)"]),
    "s41-en-16": (FEES, "lead-scanning app", [r"lead-scanning app[^\n]*(?:RMB|\d)", r"扫码[^\n]*元", r"scanner fee"]),
    "s41-en-17": (CATALOGUE, "Quay crane cycle times",
                  [r"\d+ (?:quay |STS |ship-to-shore )?cranes", r"\d+\s*台(?:岸桥|起重机)", r"cranes in total"]),
    "s41-en-18": (CATALOGUE, "Gate OCR", [r"\bbrand", r"品牌", r"camera[^\n]*(?:made by|supplied by)", r"manufacturer"]),
    "s41-zh-14": (OVERVIEW, "金海集装箱码头",
                  [r"\d[\d,.]*\s*(?:million )?TEUs?\b", r"吞吐量", r"万标准箱", r"万TEU", r"throughput"]),
    "s41-zh-15": (SCHEDULE, "欢迎晚宴", [r"欢迎晚宴[^\n]*酒店", r"welcome dinner[^\n]*hotel", r"宴会厅", r"ballroom"]),
    "s41-zh-17": (OFFICES, "Ningbo liaison office",
                  [r"负责人", r"联络处主任", r"office manager", r"\b(?:Mr|Ms|Dr)\.? [A-Z]\w+[^\n]*Ningbo"]),
    "s41-ur-12": (OFFICES, "Gwadar liaison desk", [r"gwadar[\w.-]*@", r"@[\w.-]*gwadar"]),
    "s41-ur-13": (RULES, "panel of the terminal's planners",
                  [r"judges?:", r"panel (?:members|consists of)", r"评委名单", r"ججوں کے نام"]),
    "s41-ul-12": (WHATSAPP, "partner hotel", [r"hotel[^.\n]*(?:RMB|PKR|rupay|\d{3,})", r"酒店[^\n]*元", r"room rate"]),
    "s41-ul-13": (MASTERCLASS, "recorded",
                  [r"recordings?[^.\n]*(?:\d+ days|until|for (?:\w+ )?(?:days|weeks|months))", r"回放[^\n]*天"]),
    "s41-ul-14": (RULES, "cloud workspace", [r"\bGPUs?\b", r"显卡", r"算力"]),
    "s41-mx-12": (FEES, "Shell scheme", [r"carpet", r"地毯"]),
    "s41-mx-13": (OFFICES, "Ningbo liaison office", [r"wechat", r"微信", r"weixin"]),
}  # fmt: skip
# qid: (document, the TBD cell's row label) for near misses whose asked value is marked TBD / 待定
TBD_ASKED = {"s41-zh-15": (SCHEDULE, "Welcome dinner")}
# other near misses: the topic is covered, the fact is not (a future round, a discount not offered)
FUTURE = {
    "s41-en-19": r"2090",
    "s41-ur-14": r"2090",
    "s41-zh-16": r"member[^\n]*(?:discount|rate|price)|会员[^\n]*(?:折扣|优惠|价)|رکن[^\n]*رعایت",
}
OFF_TOPIC = {"s41-en-20", "s41-zh-18", "s41-mx-14"}


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
    """[[cells of a row]] of every table, each cell a list of (run text, is superscript)."""
    out = []
    for tbl in word_body(path).iter(W + "tbl"):
        rows = []
        for tr in tbl.iter(W + "tr"):
            cells = []
            for tc in tr.findall(W + "tc"):
                runs = []
                for r in tc.iter(W + "r"):
                    va = r.find(f"{W}rPr/{W}vertAlign")
                    runs.append(
                        (
                            "".join(t.text or "" for t in r.iter(W + "t")),
                            va is not None and va.get(W + "val") == "superscript",
                        )
                    )
                cells.append(runs)
            rows.append(cells)
        out.append(rows)
    return out


def body_sequence(path):
    """The body's blocks in order: ('p', text) or ('tbl', None)."""
    return [
        ("p", para_text(el)) if el.tag == W + "p" else ("tbl", None)
        for el in word_body(path)
        if el.tag in (W + "p", W + "tbl")
    ]


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


PDF_ROW = re.compile(r"^.+ \d{4}[\u2013-]\d{4} .+$")


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


def amount(s):
    """The money amount a string carries: "960万", "9.6 million", "1,200,000", "150,000 روپے"; else None."""
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
    """The numbers a string carries, digits or number words ("twelve", "五", "تین", "do")."""
    s = unicodedata.normalize("NFKC", s).translate(URDU_DIGITS)
    out = {int(x) for x in re.findall(r"\d+", s)}
    for w, n in NUMBER_WORDS.items():
        if re.search(HAN, w):
            if re.search(w + r"个", s):
                out.add(n)
        elif re.search(r"(?<!\w)" + w + r"(?!\w)", s, re.I):
            out.add(n)
    return out


# ---------------------------------------------------------------------------------------------- rules read from the documents
def hhmm(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)


def fmt(mins):
    return f"{mins // 60:02d}:{mins % 60:02d}"


def tz_offset_hours():
    """China (UTC+8) is 3 hours ahead of Pakistan (UTC+5): the rule itself, stated in no document."""
    return 8 - 5


def masterclass_rows():
    rows = html_table(MASTERCLASS, "Table 1")
    head = rows[0]
    if head[:4] != ["Session", "Topic", "Date", "Time (Beijing time)"]:
        raise AssertionError(f"masterclass header {head}")
    return {r[0]: r for r in rows[1:]}


def session_time(t, session):
    """(start, end) in minutes, Beijing time, of a masterclass session after the correction notice."""
    m = re.search(
        rf"Session {session}\b[^\n]*?moves from (\d\d:\d\d)–(\d\d:\d\d) to \*\*(\d\d:\d\d)–(\d\d:\d\d)\*\* Beijing time",
        unwrap(t[CORRECTION]),
    )
    row = masterclass_rows()[str(session)]
    a, b = row[3].split("–")
    if m:
        if (m[1], m[2]) != (a, b):
            raise AssertionError("correction does not start from the published time")
        return hhmm(m[3]), hhmm(m[4])
    return hhmm(a), hhmm(b)


def pkt_of(t, session):
    start, end = session_time(t, session)
    off = tz_offset_hours() * 60
    return [fmt(start - off), f"{fmt(start - off)}–{fmt(end - off)}", f"{fmt(start - off)} PKT"]


def c_en02(t):
    row = masterclass_rows()["2"]
    if not row[1].startswith("CII reporting clinic"):
        raise AssertionError("session 2 is not the CII clinic")
    return pkt_of(t, 2)


def c_mx01(t):
    return pkt_of(t, 3)


def c_zh02(t):
    m = find(r"Thursday (\d{1,2} \w+) ko shaam (\d{1,2}) baje \((\d\d:\d\d) PKT\)", t[WHATSAPP], "Q&A time")
    if hhmm(m[3]) != (int(m[2]) + 12) * 60:
        raise AssertionError("shaam time and 24-hour time differ")
    bj = hhmm(m[3]) + tz_offset_hours() * 60
    h = bj // 60
    return [fmt(bj), f"晚上{h - 12}点", f"北京时间{fmt(bj)}"]


def pass_price(t, seats, early):
    text = unwrap(t[MASTERCLASS])
    base = num(find(r"Series pass \(all four sessions\): RMB ([\d,]+) per seat", text, "pass price")[1])
    eb = int(find(r"Early-bird: (\d+) % off the series pass", text, "early-bird")[1])
    grp_n = int(find(r"books (\d+) or more series passes", text, "group size")[1])
    grp = int(find(r"Group: a further (\d+) % off", text, "group discount")[1])
    find(r"The group discount is applied after the early-bird discount", text, "order of discounts")
    price = Fraction(base)
    if early:
        price *= Fraction(100 - eb, 100)
    if seats >= grp_n:
        price *= Fraction(100 - grp, 100)
    total = price * seats
    if total.denominator != 1:
        raise AssertionError("not whole yuan")
    return int(total)


def c_en03(t):
    n = pass_price(t, 4, early=True)
    return [f"RMB {money(n)}", money(n)]


def c_ul03(t):
    n = pass_price(t, 3, early=False)
    return [f"RMB {money(n)}", money(n)]


def fee_table():
    """{(package, size): (fee as int, footnote mark)} from the fee table of the Word file."""
    tables = word_tables(PROG / FEES)
    out = {}
    for row in tables[0][1:]:
        texts = ["".join(txt for txt, _ in cell).strip() for cell in row]
        fee_cell = row[3]
        value = "".join(txt for txt, sup in fee_cell if not sup)
        mark = "".join(txt for txt, sup in fee_cell if sup)
        out[(texts[0], texts[1])] = (num(value), mark)
    return out


def stand_fee(package, size):
    return fee_table()[(package, size)][0]


def vat_rate(t):
    return int(find(r"\u00b9 Excludes (\d+)% VAT", t[FEES], "VAT footnote")[1])


def c_en04(t):
    fee, mark = fee_table()[("Shell scheme stand", "9 m²")]
    if mark != "\u00b9":
        raise AssertionError("the 9 m² fee does not carry footnote 1")
    n = Fraction(fee) * (100 + vat_rate(t)) / 100
    if n.denominator != 1:
        raise AssertionError("not whole yuan")
    return [f"RMB {money(int(n))}", money(int(n))]


def opening_day(t):
    m = find(r"opening day of the fair \((\w+) (\d{1,2} \w+ \d{4})\)", t[TERMS], "opening day")
    d = parse_en_date(m[2])
    m2 = find(r"Tuesday (\d{1,2}) to Thursday (\d{1,2}) (\w+) (\d{4}), at the Ningbo", t[OVERVIEW], "fair dates")
    if d != datetime.date(int(m2[4]), MONTHS[m2[3].lower()], int(m2[1])) or d.strftime("%A") != m[1]:
        raise AssertionError("opening day differs between terms and overview")
    return d


def refund_share(t, notice):
    days = (opening_day(t) - notice).days
    rows = md_rows(TERMS)
    bands = {}
    for r in rows:
        if r[0].startswith("More than"):
            bands["gt"] = (int(re.search(r"\d+", r[0])[0]), r[1])
        elif r[0].startswith("Fewer than"):
            bands["lt"] = (int(re.search(r"\d+", r[0])[0]), r[1])
        elif re.match(r"\d+ to \d+ days", r[0]):
            lo, hi = map(int, re.findall(r"\d+", r[0])[:2])
            bands["mid"] = ((lo, hi), r[1])
    if days > bands["gt"][0]:
        share = bands["gt"][1]
    elif bands["mid"][0][0] <= days <= bands["mid"][0][1]:
        share = bands["mid"][1]
    elif days < bands["lt"][0]:
        share = bands["lt"][1]
    else:
        raise AssertionError("no band")
    return 0 if share == "no refund" else int(share.rstrip(" %"))


def c_en06(t):
    fee = stand_fee("Shell scheme stand", "18 m²")
    n = fee * refund_share(t, datetime.date(YEAR, 9, 20)) // 100
    return [f"RMB {money(n)}", money(n)]


def c_zh08(t):
    dep = int(find(r"a deposit of (\d+) % of the stand fee", t[TERMS], "deposit share")[1])
    find(r"share of the amount paid", unwrap(t[TERMS]), "refund base")
    paid = stand_fee("Shell scheme stand", "9 m²") * dep // 100
    n = paid * refund_share(t, datetime.date(YEAR, 9, 2)) // 100
    return [f"RMB {money(n)}", money(n), f"{money(n)}元"]


def c_ur04(t):
    n = stand_fee("Shell scheme stand", "9 m²") * refund_share(t, datetime.date(YEAR, 10, 1)) // 100
    if n:
        raise AssertionError("expected no refund")
    return ["RMB 0", "کوئی رقم واپس نہیں"]


def c_en08(t):
    days = int(find(r"The balance of the stand fee is due (\d+) days before the fair opens", t[TERMS], "balance")[1])
    return en_date(opening_day(t) - datetime.timedelta(days=days))


def badge_rule(t):
    words = find(r"Each stand includes (\d+) exhibitor badges", t[FEES], "badges included")[1]
    old = num(find(r"Each extra exhibitor badge costs RMB ([\d,]+)", t[FEES], "badge price")[1])
    m = find(r"shows RMB ([\d,]+) per extra exhibitor badge\. [^*]*\*\*RMB ([\d,]+)\*\*", t[CORRECTION], "badge fix")
    if num(m[1]) != old:
        raise AssertionError("correction does not start from the published badge fee")
    return int(words), num(m[2])


def c_mx02(t):
    free, per = badge_rule(t)
    n = (6 - free) * per
    return [f"RMB {money(n)}", money(n)]


def pool(t):
    m = find(r"prize pool of RMB ([\d,]+), split (\d+)/(\d+)/(\d+) among the three best teams", t[RULES], "pool")
    shares = [int(x) for x in m.groups()[1:]]
    if sum(shares) != 100:
        raise AssertionError("shares do not add up to 100")
    return num(m[1]), shares


def share_of(t, place):
    total, shares = pool(t)
    n = Fraction(total * shares[place - 1], 100)
    if n.denominator != 1:
        raise AssertionError("not whole yuan")
    return int(n)


def c_zh04(t):
    n = share_of(t, 2)
    return [f"RMB {money(n)}", money(n), f"{Fraction(n, 10_000)}万元" if n % 10_000 == 0 else f"{n / 10_000:g}万元"]


def c_mx06(t):
    n = share_of(t, 1)
    return [f"RMB {money(n)}", money(n), f"{n / 10_000:g}万元"]


def c_ul04(t):
    fee = num(find(r"participation fee of RMB ([\d,]+) per team", t[RULES], "hackathon fee")[1])
    n = fee + stand_fee("Shell scheme stand", "9 m²")
    return [f"RMB {money(n)}", money(n)]


COMPUTED = {
    "s41-en-02": c_en02,
    "s41-en-03": c_en03,
    "s41-en-04": c_en04,
    "s41-en-06": c_en06,
    "s41-en-08": c_en08,
    "s41-zh-02": c_zh02,
    "s41-zh-04": c_zh04,
    "s41-zh-08": c_zh08,
    "s41-ur-04": c_ur04,
    "s41-ul-03": c_ul03,
    "s41-ul-04": c_ul04,
    "s41-mx-01": c_mx01,
    "s41-mx-02": c_mx02,
    "s41-mx-06": c_mx06,
}

# ---------------------------------------------------------------------------------------------- directory filters
SERVICE_FORMS = {
    "tos": ["TOS", "terminal operating system", "码头操作系统", "Terminal Operating Systems", "TOS implementation",
            "container terminal TOS"],
    "pcs": ["PCS", "port community system", "港口社区系统", "Port Community Systems", "PCS integration"],
    "ais": ["AIS tracking", "vessel tracking", "AIS data analytics", "船舶AIS追踪", "Vessel Tracking (AIS)"],
    "berth": ["berth planning", "yard optimisation", "泊位计划", "Berth & Yard Planning", "yard planning"],
    "crane": ["crane telemetry", "equipment telemetry", "岸桥设备监测", "STS crane monitoring", "Equipment IoT"],
    "reefer": ["reefer monitoring", "reefer-container monitoring", "冷藏箱监控", "Reefer Telematics"],
    "edi": ["EDI", "EDIFACT messaging", "BAPLIE/COPRAR", "电子数据交换", "customs EDI", "EDI Messaging"],
    "gate": ["gate automation", "container OCR", "OCR gate", "智能闸口", "Gate OCR"],
    "agency": ["ship agency software", "freight forwarding software", "船代货代系统", "Forwarder TMS",
               "Ship Agency Systems"],
    "bunker": ["bunker reporting", "fuel reporting", "燃油报告", "Bunker Management"],
    "emissions": ["CII reporting", "EEXI calculation", "emissions reporting", "碳强度报告", "CII/EEXI compliance"],
    "crew": ["crew management", "seafarer payroll", "船员管理", "Crew Payroll", "crewing software"],
    "claims": ["marine insurance claims", "claims portal", "海损理赔平台", "Marine Claims Portals"],
    "security": ["port security", "access control", "港口安防门禁", "ISPS access control", "بندرگاہی سیکیورٹی"],
    "hydro": ["hydrographic survey processing", "bathymetry data", "水文测量数据处理", "Hydrographic Data",
              "ہائیڈروگرافک سروے"],
    "dredge": ["dredging project tracking", "dredging tracking", "疏浚项目管理", "Dredging Progress Monitoring"],
    "twin": ["digital twin", "quay digital twin", "码头数字孪生", "Digital Twins of Quays", "port digital twin"],
    "booking": ["booking portal", "shipping-line booking portals", "订舱平台", "E-Booking Portal",
                "container booking"],
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
    "s41-en-10": lambda r: PK(r) and has(r, "tos") and emp(r) > 200,
    "s41-en-11": lambda r: has(r, "reefer") and founded(r) < 2060,
    "s41-en-12": lambda r: CN(r) and has(r, "ais"),
    "s41-en-13": lambda r: has(r, "berth") and r["city"] in ("Karachi", "Gwadar"),
    "s41-en-14": lambda r: has(r, "edi") and cert(r, "28000"),
    "s41-zh-09": lambda r: PK(r) and has(r, "tos") and no_cert(r),
    "s41-zh-10": lambda r: r["name_zh"] == "瓜达尔港航软件",
    "s41-zh-11": lambda r: has(r, "reefer") and 50 <= emp(r) <= 300,
    "s41-zh-12": lambda r: PITCHED(r) and has(r, "gate"),
    "s41-zh-13": lambda r: has(r, "crew") and YEAR - founded(r) > 30,
    "s41-ur-08": lambda r: has(r, "hydro") and r["city"] in ("Hyderabad", "Thatta"),
    "s41-ur-09": lambda r: has(r, "security") and not cert(r, "27001"),
    "s41-ur-10": lambda r: has(r, "claims") and emp(r) < 40,
    "s41-ur-11": lambda r: PK(r) and has(r, "dredge") and founded(r) > 2075,
    "s41-ul-08": lambda r: has(r, "bunker") and r["city"] in ("Karachi", "Lahore"),
    "s41-ul-09": lambda r: has(r, "emissions") and founded(r) > 2080,
    "s41-ul-10": lambda r: has(r, "twin") and cert(r, "ISO 14001"),
    "s41-ul-11": lambda r: PK(r) and has(r, "agency") and emp(r) < 20,
    "s41-mx-08": lambda r: has(r, "booking") and PITCHED(r),
    "s41-mx-09": lambda r: PK(r) and has(r, "crane") and emp(r) > 100,
    "s41-mx-10": lambda r: PK(r) and has(r, "pcs") and speaks_mandarin(r),
    "s41-mx-11": lambda r: has(r, "hydro") and r["city"] == "Turbat",
}
# negation / certification filters: no candidate may have an empty (unknown) certifications cell
NEGATION = {
    "s41-zh-09": lambda r: PK(r) and has(r, "tos"),
    "s41-ur-09": lambda r: has(r, "security"),
    "s41-en-14": lambda r: has(r, "edi"),
    "s41-ul-10": lambda r: has(r, "twin"),
}
EMPTY_SET = "s41-mx-11"
BY_ZH_NAME = "s41-zh-10"


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


def md_heading_paths(name):
    """[(heading path (h2, h3), line)] for every non-heading line of a Markdown file."""
    out, h2, h3 = [], None, None
    for ln in (PROG / name).read_text(encoding="utf-8").splitlines():
        if ln.startswith("## "):
            h2, h3 = ln[3:].strip(), None
        elif ln.startswith("### "):
            h3 = ln[4:].strip()
        elif ln.strip() and not ln.startswith("# "):
            out.append(((h2, h3), ln.strip().lstrip("- ").strip()))
    return out


def check_features(c, t):
    # 1. footnote marks in the Word fee table, the notes below the table
    tables = word_tables(PROG / FEES)
    seq = body_sequence(PROG / FEES)
    c.ok(len(tables) >= 1, "fees: a table")
    marks = collections.Counter(
        txt for row in tables[0][1:] for cell in row for txt, sup in cell if sup and txt in ("\u00b9", "\u00b2")
    )
    c.ok(marks["\u00b9"] >= 3 and marks["\u00b2"] >= 1, f"fees: superscript marks in the fee cells {dict(marks)}")
    ti = next((i for i, (k, _) in enumerate(seq) if k == "tbl"), None)
    after = [txt for k, txt in seq[ti + 1 : ti + 3]] if ti is not None else []
    c.ok(len(after) == 2 and after[0].startswith("\u00b9") and after[1].startswith("\u00b2"), "fees: notes below table")
    for qid, (mark, words) in FOOTNOTE.items():
        note = next((a for a in after if a.startswith(mark)), "")
        c.ok(words in note, f"{qid}: footnote {mark} does not say {words!r}")
        c.ok(all(words not in t[n] for n in DOCS if n != FEES), f"{qid}: {words!r} elsewhere")
    c.ok(all("VAT" not in t[n] for n in DOCS if n != FEES), "VAT stated only in the fee footnote")
    # 2. session times in Beijing time only; the WhatsApp time in PKT only
    c.ok("All session times on this page are Beijing time" in unwrap(t[MASTERCLASS]), "masterclass: Beijing time")
    for n in (MASTERCLASS, CORRECTION):
        c.ok(not re.search(r"PKT|Pakistan time|UTC|GMT", t[n]), f"{n}: a second time zone")
    c.ok("PKT" in t[WHATSAPP] and not re.search(r"Beijing|China time|北京", t[WHATSAPP]), "WhatsApp: PKT only")
    for qid in TIME_ZONE:
        try:
            got = COMPUTED[qid](t)[0]
            srcs = [TIME_ZONE[qid][0], MASTERCLASS] if qid != "s41-zh-02" else [WHATSAPP]
            c.ok(all(got not in t[n] for n in srcs), f"{qid}: converted time {got} stated in a source")
        except (AssertionError, KeyError) as e:
            c.ok(False, f"{qid}: {e}")
    # 3. stacked discounts: the sequential price differs from adding the percentages
    try:
        seq_price = pass_price(t, 4, early=True)
        c.ok(seq_price != 4 * 2400 * 75 // 100, "stacked: sequential equals additive")
    except AssertionError as e:
        c.ok(False, f"stacked: {e}")
    # 4. refund table by date band
    rows = md_rows(TERMS)
    c.ok(any(r[0].startswith("More than 30 days") and r[1] == "100 %" for r in rows), "refund: >30 days band")
    c.ok(any(r[0].startswith("15 to 30 days") and r[1] == "50 %" for r in rows), "refund: 15-30 days band")
    c.ok(any(r[0].startswith("Fewer than 15 days") and r[1] == "no refund" for r in rows), "refund: <15 days band")
    # 5. included-then-extra badges; the published price is corrected
    try:
        free, per = badge_rule(t)
        c.ok(free == 2 and per == 240, f"badges: {free} included, RMB {per} extra")
    except AssertionError as e:
        c.ok(False, f"badges: {e}")
    # 6. prize pool by shares
    try:
        total, shares = pool(t)
        c.ok(total == 750_000 and shares == [45, 35, 20], "pool")
    except AssertionError as e:
        c.ok(False, f"pool: {e}")
    # 7. glossary: the pair is defined; the question uses one form, the fact's document the other
    gl = md_rows(GLOSSARY)
    c.ok(gl and gl[0][:3] == ["Short form", "Long form", "中文"] and len(gl) >= 15, "glossary table")
    for qid, (short, long, doc, used) in GLOSS.items():
        c.ok(any(r[0] == short and long in r[1].lower() for r in gl), f"{qid}: glossary lacks {short} = {long}")
        if used == "short":  # the document writes the long form only
            c.ok(long in t[doc].lower() and not re.search(rf"\b{short}\b", t[doc]), f"{qid}: {doc} form")
        else:  # the document writes the short form only
            c.ok(re.search(rf"\b{short}\b", t[doc]) and long not in t[doc].lower(), f"{qid}: {doc} form")
    # 8. PDF table continued on page 2 with the header repeated
    pages = pdf_pages(PROG / CATALOGUE)
    c.ok(len(pages) == 2, f"catalogue: {len(pages)} pages")
    if len(pages) == 2:
        heads = [
            sum(1 for ln in p.splitlines() if re.sub(r"\s+", " ", ln).strip() == "Dataset Years Records Refresh")
            for p in pages
        ]
        c.ok(heads == [1, 1], f"catalogue: header row on each page {heads}")
        c.ok("(continued)" in pages[1] and "(continued)" not in pages[0], "catalogue: continued caption")
        rows1 = [ln for ln in pages[0].splitlines() if PDF_ROW.match(ln)]
        rows2 = [ln for ln in pages[1].splitlines() if PDF_ROW.match(ln)]
        c.ok(len(rows1) >= 12 and len(rows2) >= 6, f"catalogue: rows {len(rows1)} + {len(rows2)}")
        for qid, label in PAGE_TWO.items():
            c.ok(
                any(r.startswith(label) for r in rows2) and label not in pages[0], f"{qid}: {label} not on page 2 only"
            )
    # 9. nested headings
    paths = md_heading_paths(OFFICES)
    for qid, (path, line) in NESTED.items():
        hits = [p for p, ln in paths if ln == line]
        c.ok(len(hits) == 1 and hits[0][0].startswith(path[0]) and (hits[0][1] or "").startswith(path[1]),
             f"{qid}: {line!r} not under {path}")  # fmt: skip
        c.ok(OFFICE_WORDS[path[0]] not in line, f"{qid}: the line names the office")
        fact = line.split(": ", 1)[-1]
        c.ok(sum(canon(t[n]).count(canon(fact)) for n in DOCS) == 1, f"{qid}: {fact!r} stated more than once")
    # 10. quantities in words; the digit form in no document
    for qid, (doc, words, digits) in WORDS.items():
        c.ok(words in unwrap(t[doc]), f"{qid}: {words!r} not in {doc}")
        c.ok(all(canon(digits) not in canon(t[n]) for n in DOCS), f"{qid}: {digits!r} written somewhere")
        c.ok(quantity(words) == quantity(digits), f"{qid}: {words!r} != {digits!r}")
    # other kinds of document
    c.ok("SUPERSEDED" in t[RULES_OLD] and "replaces version 1" in t[RULES], "superseded pair")
    c.ok("Correction Notice No. 1" in t[CORRECTION], "correction notice")
    cdate = parse_en_date(t[CORRECTION])
    c.ok(cdate > parse_en_date(t[FEES]) and cdate > parse_en_date(t[MASTERCLASS]), "correction later")
    c.ok("2088" in t[REPORT] and "last year's pilot figures" in unwrap(t[REPORT]), "report marks last year's figures")
    urraw = (PROG / UR_GUIDE).read_text(encoding="utf-8")
    c.ok('dir="rtl"' in urraw and 'lang="ur"' in urraw, "Urdu page: right-to-left")
    c.ok(all("150,000" not in t[n] for n in DOCS if n != UR_GUIDE), "travel grant only in Urdu")
    c.ok(all("17 September" not in t[n] for n in DOCS if n != WHATSAPP), "briefing date only in Roman Urdu")
    c.ok(all("五个工作日" not in t[n] for n in DOCS if n != ZH_NOTICE), "feedback deadline only in Chinese")
    en_part, _, zh_part = t[SCHEDULE].partition("中文说明")
    c.ok(len(re.findall(HAN, zh_part)) > 80 and "Milestone" in en_part, "schedule: both languages")
    sched = html_table(SCHEDULE, "Table 1")
    row = next((r for r in sched if r[0].startswith("Welcome dinner")), None)
    c.ok(row is not None and row[2] == "待定 · TBD", "schedule: welcome dinner place TBD")


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
            c.ok(1995 <= founded(r) <= 2088, f"{r['id']}: founded")
            c.ok(3 <= emp(r) <= 2500, f"{r['id']}: employees")
        except ValueError:
            c.ok(False, f"{r['id']}: founded/employees not integers")
        c.ok(r["pitched_at_webinar"] in ("yes", "no"), f"{r['id']}: pitched")
        c.ok(r["website"].endswith(".example") and r["contact_email"].endswith(".example"), f"{r['id']}: domains")
        c.ok(bool(r["description"]) and bool(r["languages"]) and bool(r["services"]), f"{r['id']}: filled")
    try:
        c.ok(min(map(founded, rows)) == 1995 and max(map(founded, rows)) == 2088, "founded range 1995-2088")
        c.ok(min(map(emp, rows)) == 3 and max(map(emp, rows)) == 2500, "head count range 3-2500")
    except ValueError:
        c.ok(False, "founded/employees not integers")
    certs = {x for r in rows for x in cells(r, "certifications")}
    for need in ["SOC 2 Type II", "ISO 9001", "ISO/IEC 27001:2022", "ISO 14001", "ISO 28000", "CMMI Level 3", "none"]:
        c.ok(need in certs, f"certification {need} missing")
    c.ok(any(not r["certifications"] for r in rows), "some unknown certifications")
    zh = sum(bool(r["name_zh"]) for r in rows)
    c.ok(45 <= zh < 60, f"name_zh filled for {zh}")
    c.ok(45 <= sum(bool(r["description_zh"]) for r in rows) < 60, "description_zh mostly filled")
    small = {"Sukkur", "Pasni", "Ormara", "Thatta", "Turbat", "Jiwani", "Sialkot"}
    c.ok(len(small & {r["city"] for r in rows}) >= 4, "small Pakistani cities")
    c.ok(len({r["city"] for r in rows if r["country"] == "CN"}) >= 6, "Chinese cities")
    for qid, cand in NEGATION.items():
        c.ok(all(r["certifications"].strip() for r in rows if cand(r)), f"{qid}: an unknown-cert candidate")
    c.ok(sum(r["name_zh"] == "瓜达尔港航软件" for r in rows) == 1, "Chinese name is unique")
    c.ok(any(r["city"] == "Turbat" for r in rows), "a Turbat company exists (empty-set question)")
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
        ("footnote", FOOTNOTE, 1),
        ("time zone", TIME_ZONE, 1),
        ("stacked", STACKED, 1),
        ("refund", REFUND, 1),
        ("extra", EXTRA, 1),
        ("pool", POOL, 1),
        ("glossary", GLOSS, 4),
        ("page two", PAGE_TWO, 1),
        ("nested", NESTED, 1),
        ("words", WORDS, 4),
    ]:
        c.ok(len(group) >= n and all(byid.get(q, {}).get("kind") == "programme" for q in group), f"group {name}")
    for grp in (TIME_ZONE, STACKED, REFUND, EXTRA, POOL):
        c.ok(all(q in COMPUTED for q in grp), "rule questions are computed")
    for qid in ONE_OR_TWO_WORDS:
        q = byid.get(qid, {"question": "x " * 9, "lang": "en"})
        words = re.findall(r"\w+", q["question"]) if q["lang"] != "zh" else [q["question"]]
        c.ok(len(words) <= 2 and len(q["question"]) <= 25, f"{qid}: not one or two words")
    for qid, (short, long, _, used) in GLOSS.items():
        text = byid.get(qid, {}).get("question", "")
        if used == "short":
            c.ok(re.search(rf"\b{short}\b", text) and long not in text.lower(), f"{qid}: question form")
        else:
            c.ok(long in text.lower() and not re.search(rf"\b{short}\b", text), f"{qid}: question form")
    unans = [q for q in qs if q.get("kind") == "unanswerable"]
    c.ok(len(NEAR_MISS) >= 12 and all(byid.get(q, {}).get("kind") == "unanswerable" for q in NEAR_MISS), "near misses")
    c.ok(all(byid.get(q, {}).get("kind") == "unanswerable" for q in [*FUTURE, *OFF_TOPIC]), "other unanswerables")
    c.ok({q["id"] for q in unans} == set(NEAR_MISS) | set(FUTURE) | OFF_TOPIC, "every unanswerable is classified")
    c.ok(set(TBD_ASKED) <= set(NEAR_MISS), "TBD questions are near misses")
    for q in qs:
        qid = q.get("id", "?")
        c.ok(list(q) == FIELDS, f"{qid}: fields")
        if list(q) != FIELDS:
            continue
        m = re.fullmatch(r"s41-(en|zh|ur|ul|mx)-\d\d", qid)
        c.ok(m and LANG_CODES[m[1]] == q["lang"], f"{qid}: id/lang")
        text = q["question"]
        lang = q["lang"]
        if lang in ("en", "zh", "ur"):
            c.ok(script_lang(text) == lang, f"{qid}: question script is not {lang}")
        if lang == "ur":
            c.ok(not re.search(r"[A-Za-z]{4,}", re.sub(r"\b(PMSC|CSPIA|RMB|PKR|ISO)\b", "", text)), f"{qid}: Latin")
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
                    if amount(a) is not None and amount(r) is not None:
                        c.ok(amount(a) == amount(r), f"{qid}: {a!r} and {r!r} are different amounts")
                    elif day_key(a) or day_key(r):
                        c.ok(day_key(a) == day_key(r), f"{qid}: {a!r} and {r!r} are different days")
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
        if qid in FOOTNOTE:
            c.ok(FEES in srcs, f"{qid}: fee page not a source")
        if qid in TIME_ZONE:
            c.ok(TIME_ZONE[qid][0] in srcs, f"{qid}: the stated time's document is not a source")
        if qid in REFUND:
            c.ok(TERMS in srcs, f"{qid}: terms not a source")
        if qid in EXTRA:
            c.ok(FEES in srcs and CORRECTION in srcs, f"{qid}: badge sources")
        if qid in POOL:
            c.ok(srcs == [RULES], f"{qid}: pool source")
        if qid in GLOSS:
            c.ok(GLOSS[qid][2] in srcs and GLOSSARY not in srcs, f"{qid}: the fact's document is not the source")
        if qid in NESTED:
            c.ok(srcs == [OFFICES], f"{qid}: offices not the source")
            c.ok(any(canon(a) in canon(NESTED[qid][1]) for a in ans), f"{qid}: nested line not a key fact")
            c.ok(NESTED[qid][0][0].split()[0].lower() in text.lower() or re.search(r"宁波|گوادر", text),
                 f"{qid}: question does not name the office")  # fmt: skip
        if qid in WORDS:
            doc, words, digits = WORDS[qid]
            c.ok(doc in srcs and words in ans and digits in ans, f"{qid}: words and digits not both key facts")
        if qid in OTHER_LANGUAGE:
            c.ok(
                all(OTHER_LANGUAGE[qid] in DOCS[s].split("+") for s in srcs) and OTHER_LANGUAGE[qid] != q["lang"],
                f"{qid}: answer language",
            )
    for qid in FILTERS:
        c.ok(qid in byid and byid[qid]["kind"] == "directory", f"{qid}: filter without a directory question")
    groups = (COMPUTED, CHANGED, TABLE_ONLY, OTHER_LANGUAGE, NEAR_MISS, FUTURE, STALE_FOR, FOOTNOTE, TIME_ZONE,
              GLOSS, PAGE_TWO, NESTED, WORDS, TBD_ASKED, dict.fromkeys(STACKED + REFUND + EXTRA + POOL))  # fmt: skip
    for group in groups:
        for qid in group:
            c.ok(qid in byid, f"{qid}: listed but no such question")
    empty = [q["id"] for q in qs if q.get("kind") == "directory" and not q.get("expected_companies")]
    c.ok(empty == [EMPTY_SET], f"directory questions with no company: {empty}")
    c.ok(sum(1 for q in qs if q.get("kind") == "directory" and len(q.get("expected_companies", [])) == 1) >= 1, "one")
    c.ok(
        byid.get(BY_ZH_NAME, {}).get("expected_companies") and "瓜达尔港航软件" in byid[BY_ZH_NAME]["question"],
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
