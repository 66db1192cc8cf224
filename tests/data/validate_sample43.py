"""Check sample-43 ("Green Ledger 2091") and questions-43.jsonl; exit 0 when every check passes, 1 otherwise.

Stdlib + python-docx + pypdf only. build_sample43 imports FILTERS, COMPUTED and the document names from here, so the
frozen directory answer sets and the arithmetic answers come from the same code that checks them.

Usage: validate_sample43.py [BASE]  (BASE holds sample-43/ and questions-43.jsonl; default: this folder, or
$SAMPLE43_BASE). Key facts are looked up in the text a careful reader gets from each document: Word paragraphs and
table rows (cells joined with " | "), HTML with tags stripped, Markdown/text as written, PDF text page by page (pypdf).
Comparison is after NFKC, Urdu digits read as ASCII, thousands separators dropped, dashes unified and case folded. A
key fact written in another notation or language than its source is listed in EQUIV with the strings it may render
(one must be in the source); both must carry the same amount (万 / 亿 read as numbers), the same calendar day, or
the same numbers.

Document features (the note of at least one programme question carries each tag):
F1 early-bird tiers by registration date · F2 cancellation / refund scale by days before the week · F3 hourly advisory
rate with a cap · F4 a date stated relative to another (results N working days after pitch day) · F5 a footnote that
qualifies a figure · F6 a two-level table header (Word) · F7 a numbered registration procedure · F8 steering-meeting
minutes with a buried decision that overrides an earlier document · F9 facts only in Chinese / only in Urdu / only in
Roman Urdu · F10 last year's pilot report whose figures look like this year's · F11 contacts table, glossary, FAQ.
"""

import collections
import csv
import datetime
import html.parser
import itertools
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
    os.environ["SAMPLE43_BASE"] = str(Path(sys.argv[1]).resolve())
BASE = Path(os.environ.get("SAMPLE43_BASE", HERE))
KB = BASE / "sample-43"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
README = KB / "README.md"
QUESTIONS = BASE / "questions-43.jsonl"
YEAR = 2091
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OVERVIEW = "programme-overview.md"  # the real 2022 webinar once; organisers; week dates; pitch day
CALL = "call-for-vendors-2091.md"  # F7 numbered registration steps; the first registration closing date
FEES = "registration-fees-2091.md"  # F1 early-bird tiers; F5 footnotes (VAT, members-only badge price)
REFUNDS = "cancellation-and-refunds.txt"  # F2 refund scale by days before the week opens
PACKAGES = "exhibitor-packages.docx"  # F6 booth table: member / non-member, each early / standard
CLINIC = "advisory-clinic.md"  # F3 hourly advisory rate with a cap on billable hours
SPRINT = "disclosure-sprint-rules.docx"  # F4 results N working days after pitch day; places (overridden)
MINUTES = "steering-committee-minutes-2091-07.md"  # F8 buried decisions (places, closing date)
BACKLOG = "haixi-reporting-backlog.pdf"  # the Sprint buyer's reporting backlog table
REPORT = "pilot-round-2090-report.pdf"  # F10 last year's pilot round
ZH_NOTICE = "zh-buyer-notice.docx"  # F9 Chinese only
UR_GUIDE = "ur-vendor-guide.html"  # F9 Urdu only, right-to-left
WHATSAPP = "whatsapp-announcement-roman-urdu.txt"  # F9 Roman Urdu only
CONTACTS = "contacts-by-role.html"  # F11 contacts table
GLOSSARY = "glossary-en-zh.md"  # F11 glossary
FAQ = "vendor-faq.md"  # F11 FAQ
VENUE = "venue-and-travel.txt"  # venue, hotel, shuttle, Wi-Fi

DOCS = {
    OVERVIEW: "en",
    CALL: "en",
    FEES: "en",
    REFUNDS: "en",
    PACKAGES: "en",
    CLINIC: "en",
    SPRINT: "en",
    MINUTES: "en",
    BACKLOG: "en",
    REPORT: "en",
    ZH_NOTICE: "zh",
    UR_GUIDE: "ur",
    WHATSAPP: "ur-Latn",
    CONTACTS: "en",
    GLOSSARY: "en+zh",
    FAQ: "en",
    VENUE: "en",
}
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
FEATURES = ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9-zh", "F9-ur", "F9-ul", "F10",
            "F11-contacts", "F11-glossary", "F11-faq"]  # fmt: skip
ROMAN_URDU = re.compile(
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|hoga|hogi|hongi|honge|karna|karni|karein|kaun|kis|ki|ke"
    r"|ka|ko|se|aur|ya|jo|jin|log|chahiye|chuki|chuka|lein|pehle|baad|bani|paas|ho|sakte|sakti|milega|milegi"
    r"|hamari|hamare|hamara|hum|lagega|hua|hui|tha|thi|din|rahe|ja|kar|bol|koi|tak|baje|bhai|zyada|kam|nahi|sab"
    r"|agar|to|saath|apni|apna|apne|zaroor|kal|shukriya|kuch|dein|layein|rakhein|sakta|hoti|hota|wala|wali"
    r"|mahine|subah|shaam|saal|kiraya|batao|jama|band|poochein|yaar|kaise|kyun|matlab|hota|bata|do|hi|bhi|par|pe"
    r"|likhein|karwana|karwani|hogya|gaya|gayi|diya|dena|lena|mile|milta|milti|aayenge|jayenge|wapas)\b",
    re.I,
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
UR_MONTHS = {"جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6, "جولائی": 7, "اگست": 8,
             "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12}  # fmt: skip

# ---------------------------------------------------------------------------------------------- question groups
# F1: qid -> registration date the question gives (the tier it falls in is the answer)
EARLY_BIRD = {"s43-en-02": datetime.date(2091, 8, 3), "s43-zh-01": datetime.date(2091, 6, 12)}
# F5: qid -> what the footnote changes ("vat": a fee plus VAT; "member": the non-member badge price)
FOOTNOTE = {"s43-ul-01": "vat", "s43-en-03": "member"}
# F2: qid -> cancellation date (or days before the week) and the registration date (for the fee refunded)
REFUND = {"s43-en-04": (datetime.date(2091, 9, 5), datetime.date(2091, 6, 20)), "s43-ur-01": (50, None)}
# F3: qid -> hours asked about
CLINIC_HOURS = {"s43-zh-02": 6, "s43-mx-01": 22}
# F4: qid of the relative-date question
RELATIVE = ["s43-en-05"]
# F6: qid -> (row label, member?, early?)
BOOTH_CELL = {"s43-zh-03": ("18 m² shell booth", False, False), "s43-mx-02": ("9 m² shell booth", True, True)}
# F8: qid -> (stale string, document that still shows it, live string in the minutes)
CHANGED = {
    "s43-en-06": ("10 team places", SPRINT, "from 10 to 14"),
    "s43-ul-02": ("17:00 PKT on Wednesday 15 August 2091", CALL, "29 August 2091"),
}
# strings that must never be a key fact of the question (stale figures, last year's figures, a wrong tier)
STALE_FOR = {
    "s43-en-02": ["4,800", "5,600", "3,500"],
    "s43-zh-01": ["5,600", "6,500", "3,500"],
    "s43-en-06": ["10", "6 teams", "10 team places"],
    "s43-ul-02": ["15 August", "8月15日"],
    "s43-en-05": ["5 working days"],
    "s43-zh-03": ["26,100", "19,800", "23,400"],
    "s43-mx-02": ["12,600", "14,400", "16,800"],
    "s43-en-04": ["80 %", "3,840"],
    "s43-mx-01": ["14,300"],
    "s43-ur-04": ["6,000"],
}
# qid: (document, table row holding the fact, the fact: in no prose of the document and no other document)
TABLE_ONLY = {
    "s43-ul-03": (CONTACTS, "Invoices, VAT and refunds | Imran Baig | accounts@pcsea.example", "Imran Baig"),
    "s43-mx-03": (BACKLOG, "IoT energy meters not linked to the dashboard 136 IoT metering", "136"),
}
# qid: the language the answer is written in (different from the question's)
OTHER_LANGUAGE = {
    "s43-en-07": "zh",
    "s43-en-08": "ur",
    "s43-zh-04": "ur-Latn",
    "s43-ur-02": "zh",
    "s43-ul-04": "zh",
    "s43-mx-04": "ur",
}
# questions whose answer is in a document only in Chinese / Urdu / Roman Urdu: qid -> (document, fact as written)
ONLY_IN = {
    "s43-en-07": (ZH_NOTICE, "2091年9月21日"),
    "s43-ur-02": (ZH_NOTICE, "2091年10月18日"),
    "s43-ul-04": (ZH_NOTICE, "最多可派3名代表"),
    "s43-en-08": (UR_GUIDE, "85,000 روپے"),
    "s43-ur-03": (UR_GUIDE, "85,000 روپے"),
    "s43-mx-04": (UR_GUIDE, "29 ستمبر 2091"),
    "s43-zh-04": (WHATSAPP, "Saturday 6 October"),
}
# F7: qid -> (step number asked about or the named step, the expected step number)
STEPS = {"s43-en-09": ("after", 5), "s43-ul-05": ("number", 3)}
# F10: the question that asks about last year explicitly
LAST_YEAR = ["s43-zh-05"]
# F11: contacts role titles the questions avoid
CONTACT_QS = {"s43-ul-03": ("Invoices, VAT and refunds", ["invoice", "vat"])}
FAQ_QS = {"s43-ur-05": "Can a Sprint team take client data out of the data room?"}
# key fact written in another notation/language than its source: the strings the source may use
EQUIV = {
    "21 September": ["2091年9月21日"],
    "21 September 2091": ["2091年9月21日"],
    "18 October": ["2091年10月18日"],
    "18 October 2091": ["2091年10月18日"],
    "3 representatives": ["最多可派3名代表"],
    "29 September": ["29 ستمبر 2091"],
    "29 September 2091": ["29 ستمبر 2091"],
    "9月29日": ["29 ستمبر 2091"],
    "10月6日": ["Saturday 6 October"],
    "14 teams": ["from 10 to 14"],
    "14支": ["from 10 to 14"],
    "PKR 85,000": ["85,000 روپے"],
    "Rs 85,000": ["85,000 روپے"],
    "40 %": ["40 فیصد"],
    "80 فیصد": ["80 % refunded"],
    "12家": ["12 Pakistani firms"],
    "5人": ["up to 5 people"],
    "8月29日": ["29 August 2091"],
}
STAFF = ["info@greenledger2091.example", "+92 21 3587 4400"]
WEBINAR = [
    "Pakistan's Consulate General in Shanghai",
    "Trade Development Authority of Pakistan",
    "Software Business Union of Shanghai",
    "Shanghai Software Industry Association",
]
# unanswerable near misses: (document that names the thing, the thing's name in it, patterns no document may match)
NEAR_MISS = {
    "s43-en-15": (VENUE, "Hall B", [r"\d+\s+booths\b", r"\d+\s*个展位", r"capacity", r"booths in total"]),
    "s43-en-16": (OVERVIEW, "Green Ledger", [r"2092", r"next round"]),
    "s43-en-17": (FEES, "registration fee", [r"discount", r"折扣", r"رعایت", r"women-led", r"start-?up rate"]),
    "s43-zh-14": (ZH_NOTICE, "名额有限", [r"名额\s*\d", r"\d+\s*个名额", r"限\s*\d+\s*人", r"\d+ (?:places|seats) on the"]),
    "s43-zh-15": (SPRINT, "paid pilot contract", [r"pilot contract[^\n]*(?:months?|weeks?|year)", r"试点合同[^\n]*(?:个月|年)"]),
    "s43-zh-16": (VENUE, "Egret Bay Garden Hotel", [r"per night", r"每晚", r"room rate", r"RMB [\d,]+ a night"]),
    "s43-ur-12": (OVERVIEW, "Xiamen", [r"Islamabad", r"اسلام آباد", r"伊斯兰堡"]),
    "s43-ul-12": (VENUE, "shuttle", [r"shuttle[^\n]*(?:RMB|yuan|元|free|charge|fare|ticket)"]),
    "s43-mx-12": (VENUE, "Wi-Fi", [r"password", r"密码", r"پاس ورڈ"]),
}  # fmt: skip
OFF_TOPIC = {"s43-en-18", "s43-en-19", "s43-en-20", "s43-zh-17", "s43-zh-18", "s43-ur-13",
             "s43-ur-14", "s43-ul-13", "s43-ul-14", "s43-mx-13", "s43-mx-14"}  # fmt: skip


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

    BLOCK = {"p", "h1", "h2", "h3", "li", "tr", "caption", "title", "div", "ul", "ol", "table"}

    def __init__(self):
        super().__init__()
        self.parts, self.tables = [], []
        self.row = None
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        if tag == "tr":
            self.row = []
        if tag in ("td", "th") and self.row is not None:
            self.cell = [""]
            self.row.append(self.cell)
            self.parts.append(" | ")
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "tr" and self.row is not None:
            self.tables[-1].append([c[0].strip() for c in self.row])
            self.row = None
        if tag in ("td", "th"):
            self.cell = None
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)
        if self.cell is not None:
            self.cell[0] += data


def read_html(name):
    p = Html()
    p.feed((PROG / name).read_text(encoding="utf-8"))
    return p


def para_text(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def word_body(path):
    with zipfile.ZipFile(path) as z:
        return ET.fromstring(z.read("word/document.xml")).find(W + "body")


def row_cells(tr):
    return [" ".join(para_text(p) for p in tc.iter(W + "p")) for tc in tr.findall(W + "tc")]


def word_lines(path, tables=None):
    """Paragraphs and table rows (cells joined with " | "); tables=True only rows, False only paragraphs."""
    lines = []
    for el in word_body(path):
        if el.tag == W + "p" and tables is not True:
            lines.append(para_text(el))
        elif el.tag == W + "tbl" and tables is not False:
            lines.extend(" | ".join(row_cells(tr)) for tr in el.iter(W + "tr"))
    return lines


def word_tables(path):
    """[[(cell text, grid span, vertical merge)]] of every table of a Word file."""
    out = []
    for tbl in word_body(path).iter(W + "tbl"):
        rows = []
        for tr in tbl.iter(W + "tr"):
            row = []
            for tc in tr.findall(W + "tc"):
                pr = tc.find(W + "tcPr")
                span = pr.find(W + "gridSpan") if pr is not None else None
                vm = pr.find(W + "vMerge") if pr is not None else None
                row.append(
                    (
                        " ".join(para_text(p) for p in tc.iter(W + "p")),
                        int(span.get(W + "val")) if span is not None else 1,
                        None if vm is None else (vm.get(W + "val") or "continue"),
                    )
                )
            rows.append(row)
        out.append(rows)
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


def md_rows(name):
    out = []
    for ln in (PROG / name).read_text(encoding="utf-8").splitlines():
        if ln.lstrip().startswith("|") and not re.fullmatch(r"\|[-| :]+\|", ln.strip()):
            out.append([c.strip() for c in ln.strip().strip("|").split("|")])
    return out


BACKLOG_METHODS = ["supply-chain data collection", "carbon accounting", "ESG reporting", "LCA", "IoT metering",
                   "green-bond reporting", "data engineering"]  # fmt: skip
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
    if path.suffix == ".html":
        p = Html()
        p.feed(re.sub(r"<table[^>]*>.*?</table>", "", path.read_text(encoding="utf-8"), flags=re.S))
        return "".join(p.parts)
    if path.suffix == ".pdf":
        return "\n".join(ln for ln in doc_text(name).splitlines() if not PDF_ROW.match(ln))
    if path.suffix == ".docx":
        return "\n".join(word_lines(path, tables=False))
    return doc_text(name)


def num(s):
    return int(re.sub(r"[,\s]", "", s.translate(URDU_DIGITS)))


def money(n):
    return f"{n:,}"


def unwrap(text):
    """Prose lines that a hard wrap split, joined again (tables, headings, lists and quotes keep their lines)."""
    return re.sub(r"(?<=\S)[ \t]*\n(?=[^\n|#>\-\d*\s\[])", " ", text)


def find(pattern, text, what):
    m = re.search(pattern, text) or re.search(pattern, unwrap(text))
    if not m:
        raise AssertionError(f"cannot find {what}")
    return m


def parse_en_date(s):
    m = re.search(r"(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})", s, re.I)
    return datetime.date(int(m[3]), MONTHS[m[2].lower()], int(m[1])) if m else None


def en_date(d, weekday=True):
    out = [f"{d.day} {d.strftime('%B')} {d.year}"]
    if weekday:
        out.append(f"{d.strftime('%A')} {d.day} {d.strftime('%B')} {d.year}")
    return [*out, f"{d.day} {d.strftime('%B')}"]


def zh_date(d):
    return [f"{d.year}年{d.month}月{d.day}日", f"{d.month}月{d.day}日"]


def day_key(s):
    """(month, day) of a date written as "16 September", "9月16日" or "16 ستمبر", else None."""
    s = unicodedata.normalize("NFKC", s).translate(URDU_DIGITS)
    m = re.search(r"(\d{1,2})月(\d{1,2})日", s)
    if m:
        return int(m[1]), int(m[2])
    m = re.search(r"(\d{1,2}) (" + "|".join(MONTHS) + r")", s, re.I)
    if m:
        return MONTHS[m[2].lower()], int(m[1])
    m = re.search(r"(\d{1,2}) (" + "|".join(UR_MONTHS) + r")", s)
    return (UR_MONTHS[m[2]], int(m[1])) if m else None


def date_written(d, text):
    """Whether a text writes the calendar day d in English, Chinese or Urdu form."""
    t = unicodedata.normalize("NFKC", text).translate(URDU_DIGITS)
    urm = next(k for k, v in UR_MONTHS.items() if v == d.month)
    return bool(
        re.search(rf"(?<!\d){d.day} {d.strftime('%B')}", t, re.I)
        or re.search(rf"(?<!\d){d.month}月{d.day}日", t)
        or re.search(rf"{d.strftime('%B')} {d.day}(?!\d)", t, re.I)
        or re.search(rf"(?<!\d){d.day} {urm}", t)
    )


def amount(s):
    s = unicodedata.normalize("NFKC", s).translate(URDU_DIGITS)
    m = re.search(r"(\d+(?:\.\d+)?)\s*(万|亿)", s)
    if m:
        return Fraction(m[1]) * (10_000 if m[2] == "万" else 100_000_000)
    m = re.search(r"\d{1,3}(?:,\d{3})+|\d{4,}", s)
    return Fraction(num(m[0])) if m else None


def numbers(s):
    return {int(x) for x in re.findall(r"\d+", unicodedata.normalize("NFKC", s).translate(URDU_DIGITS))}


# ---------------------------------------------------------------------------------------------- rules read from the documents
def week_opening(t):
    m = find(r"Monday (\d{1,2}) to Friday (\d{1,2}) (\w+) (\d{4}), Xiamen Egret Bay Convention Centre", t[OVERVIEW],
             "week dates")  # fmt: skip
    d = datetime.date(int(m[4]), MONTHS[m[3].lower()], int(m[1]))
    if d.weekday() != 0:
        raise AssertionError("the week does not open on a Monday")
    return d


def pitch_day(t):
    m = find(r"Disclosure Sprint pitch day[^\n]*?(\w+day) (\d{1,2} \w+ \d{4})", unwrap(t[OVERVIEW]), "pitch day")
    d = parse_en_date(m[2])
    if d.strftime("%A") != m[1]:
        raise AssertionError("pitch day weekday")
    return d


def results_day(t):
    n = int(find(r"announced (\d+) working days after pitch day", unwrap(t[SPRINT]), "results rule")[1])
    find(r"working days are Monday to Friday", unwrap(t[SPRINT]), "working-day definition")
    d, k = pitch_day(t), 0
    while k < n:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            k += 1
    return d


def tiers(t):
    """[(first day, last day or None, fee)] of the vendor registration fee."""
    text = unwrap(t[FEES])
    a = find(r"registered by (\d{1,2} \w+ \d{4}): RMB ([\d,]+)", text, "tier 1")
    b = find(r"registered from (\d{1,2} \w+ \d{4}) to (\d{1,2} \w+ \d{4}): RMB ([\d,]+)", text, "tier 2")
    c = find(r"registered from (\d{1,2} \w+ \d{4}) until registration closes: RMB ([\d,]+)", text, "tier 3")
    out = [
        (datetime.date(YEAR, 1, 1), parse_en_date(a[1]), num(a[2])),
        (parse_en_date(b[1]), parse_en_date(b[2]), num(b[3])),
        (parse_en_date(c[1]), None, num(c[2])),
    ]
    for (_, end, _), (start, _, _) in itertools.pairwise(out):
        if end + datetime.timedelta(days=1) != start:
            raise AssertionError("tiers leave a gap or overlap")
    return out


def tier_fee(t, day):
    for start, end, fee in tiers(t):
        if start <= day and (end is None or day <= end):
            return fee
    raise AssertionError("no tier")


def vat_rate(t):
    return int(find(r"\[1\] [^\n]*exclude Chinese VAT at (\d+) %", t[FEES], "VAT footnote")[1])


def refund_scale(t):
    text = unwrap(t[REFUNDS])
    a = find(r"(\d+) days or more before the opening day: (\d+) % refunded", text, "scale 1")
    b = find(r"(\d+) to (\d+) days before the opening day: (\d+) % refunded", text, "scale 2")
    c = find(r"fewer than (\d+) days before the opening day: no refund", text, "scale 3")
    if int(b[2]) + 1 != int(a[1]) or int(b[1]) != int(c[1]):
        raise AssertionError("refund scale has a gap")
    return [(int(a[1]), int(a[2])), (int(b[1]), int(b[3])), (0, 0)]


def refund_pct(t, days):
    for lo, pct in refund_scale(t):
        if days >= lo:
            return pct
    raise AssertionError("no refund band")


def clinic_rule(t):
    text = unwrap(t[CLINIC])
    m = find(r"RMB ([\d,]+) per billable hour, capped at (\d+) billable hours per firm", text, "clinic rate")
    return num(m[1]), int(m[2])


def clinic_cost(t, hours):
    rate, cap = clinic_rule(t)
    return rate * min(hours, cap)


def booth_table():
    """{(row label, member?, early?): fee} from the two-level booth table of the exhibitor packages."""
    tb = next(tb for tb in word_tables(PROG / PACKAGES) if tb[0][0][0] == "Booth")
    top, sub = tb[0], tb[1]
    if [c[1] for c in top] != [1, 2, 2] or top[0][2] != "restart" or sub[0][2] != "continue":
        raise AssertionError("booth table header is not two-level")
    heads = [c[0] for c in sub[1:]]
    if heads != ["Early (booked by 31 July 2091)", "Standard", "Early (booked by 31 July 2091)", "Standard"]:
        raise AssertionError(f"booth sub-header {heads}")
    if not (top[1][0].startswith("PCSEA members") and top[2][0].startswith("Non-members")):
        raise AssertionError("booth group header")
    out = {}
    for row in tb[2:]:
        vals = [num(c[0]) for c in row[1:]]
        for (member, early), v in zip([(True, True), (True, False), (False, True), (False, False)], vals, strict=True):
            out[(row[0][0], member, early)] = v
    return out


def sprint_places(t):
    old = int(find(r"The Sprint has (\d+) team places", t[SPRINT], "places")[1])
    m = find(r"raise the number of Disclosure Sprint team places from (\d+) to (\d+)", unwrap(t[MINUTES]), "decision")
    if int(m[1]) != old:
        raise AssertionError("minutes do not start from the published places")
    return int(m[2])


def closing_date(t):
    old = find(r"Registration closes at 17:00 PKT on \w+ (\d{1,2} \w+ \d{4})", unwrap(t[CALL]), "closing")
    m = find(r"vendor registration for the matchmaking week will now close on (\d{1,2} \w+ \d{4}) instead of "
             r"(\d{1,2} \w+ \d{4})", unwrap(t[MINUTES]), "closing decision")  # fmt: skip
    if parse_en_date(m[2]) != parse_en_date(old[1]):
        raise AssertionError("minutes do not start from the published closing date")
    return parse_en_date(m[1])


def steps(t):
    """{n: step text} of the numbered registration procedure of the call."""
    sec = find(r"(?s)## 3\. How to register\n(.*?)\n## ", t[CALL] + "\n## ", "procedure")[1]
    return {int(m[1]): m[2].strip() for m in re.finditer(r"^(\d+)\. (.+)$", sec, re.M)}


def c_en02(t):
    n = tier_fee(t, EARLY_BIRD["s43-en-02"])
    return [f"RMB {money(n)}", money(n)]


def c_zh01(t):
    n = tier_fee(t, EARLY_BIRD["s43-zh-01"])
    return [f"RMB {money(n)}", money(n), f"{money(n)}元"]


def c_ul01(t):
    base = tier_fee(t, datetime.date(2091, 7, 10))
    n = Fraction(base * (100 + vat_rate(t)), 100)
    if n.denominator != 1:
        raise AssertionError("not whole yuan")
    return [f"RMB {money(int(n))}", money(int(n))]


def c_en04(t):
    cancel, registered = REFUND["s43-en-04"]
    pct = refund_pct(t, (week_opening(t) - cancel).days)
    n = Fraction(tier_fee(t, registered) * pct, 100)
    if n.denominator != 1:
        raise AssertionError("not whole yuan")
    return [f"RMB {money(int(n))}", money(int(n)), f"{pct} %", f"{pct}%"]


def c_zh02(t):
    n = clinic_cost(t, CLINIC_HOURS["s43-zh-02"])
    return [f"RMB {money(n)}", money(n), f"{money(n)}元"]


def c_mx01(t):
    n = clinic_cost(t, CLINIC_HOURS["s43-mx-01"])
    return [f"RMB {money(n)}", money(n)]


def c_en05(t):
    d = results_day(t)
    return [*en_date(d), *zh_date(d)[1:]]


COMPUTED = {
    "s43-en-02": c_en02,
    "s43-zh-01": c_zh01,
    "s43-ul-01": c_ul01,
    "s43-en-04": c_en04,
    "s43-zh-02": c_zh02,
    "s43-mx-01": c_mx01,
    "s43-en-05": c_en05,
}
# computed answers that equal a figure a source states (a tier's fee is the tier's figure)
COMPUTED_STATED = {"s43-en-02", "s43-zh-01"}


# ---------------------------------------------------------------------------------------------- directory filters
SERVICE_FORMS = {
    "ghg": ["GHG inventory", "Scope 1/2/3 inventories", "greenhouse gas accounting", "温室气体盘查",
            "GHG Inventory (Scope 1-3)", "کاربن انوینٹری"],
    "carbon": ["carbon accounting software", "carbon management platform", "碳核算软件", "Carbon Accounting SaaS"],
    "esg": ["ESG reporting", "sustainability reporting", "GRI / ISSB reporting", "ESG报告", "CSRD reporting support",
            "ESG رپورٹنگ"],
    "lca": ["LCA", "life-cycle assessment", "LCA tooling", "生命周期评价", "EPD / LCA modelling"],
    "mrv": ["MRV", "carbon credit MRV", "monitoring, reporting & verification", "碳信用MRV", "MRV for offsets"],
    "energy": ["energy dashboards", "IoT metering", "smart energy monitoring", "能源看板", "IoT Energy Metering"],
    "supply": ["supply-chain emissions data", "supplier data collection", "供应链排放数据", "Scope 3 supplier portals"],
    "bond": ["green-bond reporting", "green bond impact reports", "绿色债券报告", "Green Bond Allocation Reporting"],
    "data": ["data engineering", "ETL pipelines", "数据工程", "Data Engineering & Warehousing"],
    "web": ["web development", "web apps", "网站开发", "Web Development"],
    "mobile": ["mobile app development", "mobile apps", "移动应用开发", "Flutter / React Native apps"],
    "qa": ["QA", "software testing", "test automation", "软件测试", "QA & Test Automation"],
    "cloud": ["cloud migration", "cloud services", "DevOps", "云迁移", "Cloud & DevOps"],
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


def speaks(r, *langs):
    return any(x.lower() in langs for x in cells(r, "languages"))


PK = lambda r: r["country"] == "PK"  # noqa: E731
CN = lambda r: r["country"] == "CN"  # noqa: E731
PITCHED = lambda r: r["pitched_at_webinar"] == "yes"  # noqa: E731
ZH_NAME = "蓝鲸碳核算"
FILTERS = {
    "s43-en-10": lambda r: PK(r) and has(r, "ghg") and emp(r) > 100,
    "s43-en-11": lambda r: has(r, "mrv") and cert(r, "ISO 14064-1"),
    "s43-en-12": lambda r: has(r, "lca") and r["city"] in ("Lahore", "Faisalabad"),
    "s43-en-13": lambda r: CN(r) and has(r, "supply"),
    "s43-en-14": lambda r: has(r, "esg") and not cert(r, "27001"),
    "s43-zh-09": lambda r: has(r, "bond") and PITCHED(r),
    "s43-zh-10": lambda r: r["name_zh"] == ZH_NAME,
    "s43-zh-11": lambda r: has(r, "carbon") and 20 <= emp(r) <= 150,
    "s43-zh-12": lambda r: has(r, "energy") and founded(r) < 2070,
    "s43-zh-13": lambda r: PK(r) and has(r, "ghg") and no_cert(r),
    "s43-ur-08": lambda r: has(r, "esg") and r["city"] == "Karachi",
    "s43-ur-09": lambda r: has(r, "lca") and emp(r) < 20,
    "s43-ur-10": lambda r: has(r, "supply") and cert(r, "ISO 14064-1"),
    "s43-ur-11": lambda r: PK(r) and has(r, "carbon") and founded(r) > 2080,
    "s43-ul-08": lambda r: has(r, "energy") and speaks(r, "mandarin", "chinese"),
    "s43-ul-09": lambda r: has(r, "bond") and cert(r, "SOC 2"),
    "s43-ul-10": lambda r: has(r, "data") and r["city"] in ("Islamabad", "Rawalpindi"),
    "s43-ul-11": lambda r: has(r, "mrv") and founded(r) > 2075,
    "s43-mx-08": lambda r: has(r, "ghg") and PITCHED(r),
    "s43-mx-09": lambda r: has(r, "esg") and emp(r) > 250,
    "s43-mx-10": lambda r: has(r, "bond") and r["city"] == "Gilgit",
    "s43-mx-11": lambda r: has(r, "qa") and cert(r, "CMMI Level 3"),
}
# negation / certification filters: no candidate may have an empty (unknown) certifications cell
NEGATION = {
    "s43-en-14": lambda r: has(r, "esg"),
    "s43-zh-13": lambda r: PK(r) and has(r, "ghg"),
    "s43-en-11": lambda r: has(r, "mrv"),
    "s43-ur-10": lambda r: has(r, "supply"),
    "s43-ul-09": lambda r: has(r, "bond"),
}
EMPTY_SET = "s43-mx-10"
BY_ZH_NAME = "s43-zh-10"


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
    c.ok(15 <= len(DOCS) <= 18, "15-18 documents")
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
            c.ok(len(re.findall(HAN, texts[name])) > 100 and len(re.findall(r"[A-Za-z]", texts[name])) > 400,
                 f"{name}: not two-language")  # fmt: skip
        for dom in re.findall(r"[\w.-]+\.(?:com|org|net|pk|cn|io|gov)\b", texts[name]):
            c.ok(False, f"{name}: non-.example domain {dom}")
        for mail in re.findall(r"[\w.-]+@([\w.-]+)", texts[name]):
            c.ok(mail.endswith(".example"), f"{name}: e-mail domain {mail}")
    c.ok(README.exists() and "fictional" in README.read_text(encoding="utf-8").lower(), "README with disclaimer")
    for name, t in texts.items():
        n = t.count("Outsourcing ICT Talent from Pakistan")
        c.ok(n == (1 if name == OVERVIEW else 0), f"{name}: names the 2022 webinar {n} times")
    ov = unwrap(texts.get(OVERVIEW, ""))
    for org in WEBINAR:
        c.ok(org in ov, f"overview: {org} missing")
    c.ok("February 2022" in ov, "overview: webinar date")
    return texts


def faq_sections():
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
    alltext = "\n".join(t.values())
    # F1 early-bird tiers
    try:
        tr = tiers(t)
        c.ok([f for _, _, f in tr] == [4800, 5600, 6500], f"tiers {tr}")
        for qid, day in EARLY_BIRD.items():
            c.ok(tier_fee(t, day) in (4800, 5600, 6500), f"{qid}: tier")
        c.ok(
            len({tier_fee(t, d) for d in EARLY_BIRD.values()}) == len(EARLY_BIRD),
            "early-bird questions hit different tiers",
        )
    except AssertionError as e:
        c.ok(False, f"tiers: {e}")
    # F5 footnotes: the VAT note and the members-only badge price are below the table, marked on the figures
    try:
        c.ok(vat_rate(t) == 6, "VAT rate")
        c.ok(re.search(r"RMB 4,800 \[1\]", t[FEES]) and re.search(r"RMB 950\*", t[FEES]), "footnote marks on figures")
        c.ok(re.search(r"^\* [^\n]*PCSEA members only; non-members pay RMB 1,400", t[FEES], re.M), "members footnote")
        c.ok(all("1,400" not in t[n] for n in DOCS if n != FEES), "non-member badge price only in the footnote")
        vat = COMPUTED["s43-ul-01"](t)[1]
        c.ok(all(vat not in t[n] for n in DOCS), "VAT-inclusive figure printed")
    except (AssertionError, KeyError) as e:
        c.ok(False, f"footnotes: {e}")
    # F2 refund scale
    try:
        c.ok(refund_scale(t) == [(45, 80), (20, 50), (0, 0)], "refund scale")
        days = (week_opening(t) - REFUND["s43-en-04"][0]).days
        c.ok(20 <= days < 45, f"en-04 falls in the middle band ({days} days)")
        c.ok(refund_pct(t, REFUND["s43-ur-01"][0]) == 80, "ur-01 falls in the top band")
        got = COMPUTED["s43-en-04"](t)[1]
        c.ok(all(got not in t[n] for n in DOCS), "refund amount printed")
    except (AssertionError, KeyError) as e:
        c.ok(False, f"refunds: {e}")
    # F3 clinic rate and cap
    try:
        rate, cap = clinic_rule(t)
        c.ok((rate, cap) == (650, 16), "clinic rate and cap")
        c.ok(CLINIC_HOURS["s43-zh-02"] < cap < CLINIC_HOURS["s43-mx-01"], "below / above the cap")
        for qid in CLINIC_HOURS:
            got = COMPUTED[qid](t)[1]
            c.ok(all(got not in t[n] for n in DOCS), f"{qid}: clinic cost printed")
    except (AssertionError, KeyError) as e:
        c.ok(False, f"clinic: {e}")
    # F4 relative date
    try:
        d = results_day(t)
        c.ok(d == datetime.date(2091, 11, 2), f"results day {d}")
        c.ok(not date_written(d, alltext), "results day printed")
        c.ok(not date_written(pitch_day(t), t[SPRINT]), "pitch day printed in the Sprint rules")
        c.ok(pitch_day(t) == week_opening(t) + datetime.timedelta(days=4), "pitch day is the Friday of the week")
    except AssertionError as e:
        c.ok(False, f"relative date: {e}")
    # F6 two-level header
    try:
        bt = booth_table()
        c.ok(len(bt) == 16, "booth table cells")
        for qid, key in BOOTH_CELL.items():
            c.ok(key in bt, f"{qid}: no cell {key}")
            c.ok(sum(v == bt[key] for v in bt.values()) == 1, f"{qid}: cell value not unique")
    except (AssertionError, StopIteration, ValueError) as e:
        c.ok(False, f"booth table: {e}")
    # F7 steps
    try:
        st = steps(t)
        c.ok(sorted(st) == list(range(1, 8)), f"steps {sorted(st)}")
    except AssertionError as e:
        c.ok(False, f"steps: {e}")
    # F8 minutes: prose only, decisions mid-paragraph, later than what they override
    try:
        c.ok(sprint_places(t) == 14, "places decision")
        c.ok(closing_date(t) == datetime.date(2091, 8, 29), "closing decision")
        raw = (PROG / MINUTES).read_text(encoding="utf-8")
        c.ok(not re.search(r"^\s*[-*|]", raw, re.M), "minutes are prose")
        for key in ("from 10 to 14", "will now close on"):
            para = next(p for p in raw.split("\n\n") if key in p)
            pos = para.index(key)
            c.ok(80 < pos < len(para) - 80, f"decision {key!r} not buried mid-paragraph")
        md = parse_en_date(raw)
        c.ok(md > parse_en_date(t[SPRINT]) and md > parse_en_date(t[CALL]), "minutes later than what they change")
    except (AssertionError, StopIteration, TypeError) as e:
        c.ok(False, f"minutes: {e}")
    # F9 facts only in one language
    for qid, (doc, fact) in ONLY_IN.items():
        c.ok(fact in t[doc], f"{qid}: {fact!r} not in {doc}")
        k = day_key(fact)
        if k:
            dd = datetime.date(YEAR, *k)
            c.ok(not any(date_written(dd, t[n]) for n in DOCS if n != doc), f"{qid}: date written elsewhere")
        elif amount(fact) is not None:
            c.ok(all(money(int(amount(fact))) not in t[n] for n in DOCS if n != doc), f"{qid}: amount elsewhere")
    urraw = (PROG / UR_GUIDE).read_text(encoding="utf-8")
    c.ok('dir="rtl"' in urraw and 'lang="ur"' in urraw, "Urdu page: right-to-left")
    c.ok(all("rehearsal" not in t[n].lower() for n in DOCS if n != WHATSAPP), "rehearsal only in Roman Urdu")
    c.ok(all("代表" not in t[n] for n in DOCS if n not in (ZH_NOTICE,)), "buyer head count only in Chinese")
    # F10 last year's report
    rep = unwrap(t[REPORT])
    c.ok("2090" in rep and "last year's pilot figures" in rep, "report marks last year's figures")
    for s in ("RMB 3,500", "12 Pakistani", "6 teams", "5 working days"):
        c.ok(s in rep, f"report: {s!r} missing")
    # F11 contacts, glossary, FAQ
    try:
        rows = read_html(CONTACTS).tables[0]
        c.ok(rows[0] == ["Role", "Name", "E-mail", "Phone"] and len(rows) >= 8, "contacts table")
    except IndexError:
        c.ok(False, "contacts table missing")
    gl = md_rows(GLOSSARY)
    c.ok(gl and gl[0][:3] == ["Term", "Meaning", "中文"] and len(gl) >= 16, "glossary table")
    secs = faq_sections()
    c.ok(len(secs) >= 5 and all(h.endswith("?") for h in secs), "FAQ headings are questions")
    for qid, head in FAQ_QS.items():
        c.ok(head in secs, f"{qid}: no FAQ heading {head!r}")


def check_directory(c):
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        rows = list(reader)
    c.ok(header == COLUMNS, "directory header")
    c.ok(len(rows) == 60, f"{len(rows)} companies")
    cc = collections.Counter(r["country"] for r in rows)
    c.ok(cc["CN"] >= 5 and cc["PK"] >= 45 and set(cc) == {"PK", "CN"}, f"countries {dict(cc)}")
    ids = [r["id"] for r in rows]
    c.ok(len(set(ids)) == 60 and all(re.fullmatch(r"(PK|CN)-\d{3}", i) and i[:2] == r["country"]
                                     for i, r in zip(ids, rows, strict=True)), "ids")  # fmt: skip
    services = {s for r in rows for s in cells(r, "services")}
    c.ok(len(services) >= 40, f"{len(services)} distinct service values")
    used = {s.lower() for s in services}
    c.ok(all(f in used for f in FORM_OF), f"unused synonyms {[f for f in FORM_OF if f not in used]}")
    c.ok(any(a != b and a.lower() in b.lower() for a in services for b in services), "a service inside another")
    c.ok(len({x for r in rows for x in cells(r, "industries")}) >= 10, "industries")
    for r in rows:
        try:
            c.ok(1990 <= founded(r) <= 2090, f"{r['id']}: founded")
            c.ok(2 <= emp(r) <= 5000, f"{r['id']}: employees")
        except ValueError:
            c.ok(False, f"{r['id']}: founded/employees not integers")
        c.ok(r["pitched_at_webinar"] in ("yes", "no"), f"{r['id']}: pitched")
        c.ok(r["website"].endswith(".example") and r["contact_email"].endswith(".example"), f"{r['id']}: domains")
        c.ok(all(r[k] for k in ("name", "city", "services", "languages", "description")), f"{r['id']}: filled")
        c.ok(all(x.strip() == x and x for x in r["services"].split(";")), f"{r['id']}: services cell")
    certs = {x for r in rows for x in cells(r, "certifications")}
    for need in ["ISO 14001", "ISO 14064-1", "ISO 50001", "ISO/IEC 27001", "SOC 2 Type II", "CMMI Level 3", "none"]:
        c.ok(any(need in x for x in certs), f"certification {need} missing")
    c.ok(any(not r["certifications"] for r in rows), "some unknown certifications")
    c.ok(any(not r["name_zh"] for r in rows) and any(not r["description_zh"] for r in rows), "some empty zh cells")
    c.ok(len({r["city"] for r in rows if r["country"] == "CN"}) >= 3, "Chinese cities")
    c.ok(len({r["city"] for r in rows if r["country"] == "PK"}) >= 10, "Pakistani cities")
    for qid, cand in NEGATION.items():
        c.ok(all(r["certifications"].strip() for r in rows if cand(r)), f"{qid}: an unknown-cert candidate")
    c.ok(sum(r["name_zh"] == ZH_NAME for r in rows) == 1, "Chinese name is unique")
    c.ok(any(r["city"] == "Gilgit" for r in rows), "a Gilgit company exists (empty-set question)")
    names = [r["name"].lower() for r in rows]
    c.ok(sum(1 for a in names for b in names if a != b and a.split()[:2] == b.split()[:2]) >= 2, "near-collision names")
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
    alldocs = {n: canon(t[n]) for n in DOCS}
    # features referenced in notes of programme questions
    for f in FEATURES:
        hits = [q["id"] for q in qs if q.get("kind") == "programme" and re.search(rf"\b{f}\b", q.get("note", ""))]
        c.ok(bool(hits), f"feature {f}: no programme question's note refers to it")
    unans = [q for q in qs if q.get("kind") == "unanswerable"]
    c.ok({q["id"] for q in unans} == set(NEAR_MISS) | OFF_TOPIC, "every unanswerable is classified")
    c.ok(len(OFF_TOPIC) >= 10, "at least 10 off-topic")
    c.ok({LANG_CODES[q.split("-")[1]] for q in OFF_TOPIC} == set(LANG_COUNTS), "off-topic in all five languages")
    for q in qs:
        qid = q.get("id", "?")
        c.ok(list(q) == FIELDS, f"{qid}: fields")
        if list(q) != FIELDS:
            continue
        m = re.fullmatch(r"s43-(en|zh|ur|ul|mx)-\d\d", qid)
        c.ok(m and LANG_CODES[m[1]] == q["lang"], f"{qid}: id/lang")
        text, lang, kind = q["question"], q["lang"], q["kind"]
        c.ok(all(canon(text) not in d for d in alldocs.values()), f"{qid}: question text appears in a document")
        if lang in ("en", "zh", "ur"):
            c.ok(script_lang(text) == lang, f"{qid}: question script is not {lang}")
        if lang == "ur":
            c.ok(not re.search(r"[A-Za-z]{4,}", re.sub(r"\b(PCSEA|XGFIA|RMB|PKR|ISO|ESG|MRV|LCA|GHG)\b", "", text)),
                 f"{qid}: Latin")  # fmt: skip
        if lang == "ur-Latn":
            c.ok(len(ROMAN_URDU.findall(text)) >= 2 and not re.search(HAN + "|" + ARABIC, text), f"{qid}: Roman Urdu")
        if lang == "mixed":
            mixes = [bool(re.search(HAN, text)), bool(re.search(ARABIC, text)), bool(ROMAN_URDU.search(text))]
            c.ok(any(mixes) and re.search(r"\b[A-Za-z]{3,}\b", text), f"{qid}: not code-switched")
        ans = q["answer_must_contain_any"]
        c.ok(isinstance(ans, list) and all(isinstance(a, str) and a for a in ans), f"{qid}: answers")
        c.ok(bool(q["note"]), f"{qid}: note")
        if kind == "directory":
            c.ok(not q["expected_sources"] and qid in FILTERS, f"{qid}: directory shape")
            if qid in FILTERS:
                want = answer_set(qid, rows)
                c.ok(q["expected_companies"] == want, f"{qid}: companies {q['expected_companies']} != {want}")
                c.ok(len(want) <= 5, f"{qid}: more than five companies ({len(want)})")
                c.ok(bool(want) == (qid != EMPTY_SET), f"{qid}: empty set only for {EMPTY_SET}")
            continue
        c.ok(q["expected_companies"] == [], f"{qid}: companies on a non-directory item")
        if kind == "unanswerable":
            c.ok(q["expected_sources"] == [], f"{qid}: sources on an unanswerable item")
            if qid in NEAR_MISS:
                doc, thing, pats = NEAR_MISS[qid]
                c.ok(canon(thing) in alldocs[doc], f"{qid}: {doc} does not name {thing!r}")
                for p in pats:
                    hits = [n for n in DOCS if re.search(p, t[n], re.I)]
                    c.ok(not hits, f"{qid}: {p!r} answered in {hits}")
            continue
        c.ok(kind == "programme", f"{qid}: kind {kind}")
        srcs = q["expected_sources"]
        c.ok(bool(srcs) and all(s in DOCS for s in srcs), f"{qid}: sources {srcs}")
        c.ok(REPORT not in srcs or qid in LAST_YEAR, f"{qid}: last year's report as a source")
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
                        c.ok(bool(numbers(a) & numbers(r)), f"{qid}: {a!r} and {r!r} differ")
            else:
                c.ok(False, f"{qid}: key fact {a!r} not in {srcs}")
        for s in STALE_FOR.get(qid, []):
            c.ok(all(canon(s) not in re.findall(r"[^\s]+", canon(a)) and canon(s) != canon(a) for a in ans),
                 f"{qid}: stale {s!r} among the key facts")  # fmt: skip
        if qid in CHANGED:
            old, old_doc, new = CHANGED[qid]
            c.ok(canon(old) in alldocs[old_doc], f"{qid}: stale {old!r} not in {old_doc}")
            c.ok(new in unwrap(t[MINUTES]) and MINUTES in srcs, f"{qid}: live {new!r} not in the minutes")
            c.ok("override" in q["note"] and "F8" in q["note"], f"{qid}: note does not say it overrides")
        if qid in TABLE_ONLY:
            doc, fact, key = TABLE_ONLY[qid]
            c.ok(fact in table_text(doc) and doc in srcs, f"{qid}: {fact!r} not in a table row of {doc}")
            c.ok(canon(key) not in canon(prose_text(doc)), f"{qid}: {key!r} also in the prose of {doc}")
            c.ok(all(canon(key) not in alldocs[n] for n in DOCS if n != doc), f"{qid}: {key!r} elsewhere")
            c.ok(any(canon(key) in canon(a) for a in ans), f"{qid}: table cell not a key fact")
        if qid in EARLY_BIRD:
            c.ok(FEES in srcs and "F1" in q["note"], f"{qid}: early-bird source / note")
            d = EARLY_BIRD[qid]
            c.ok(str(d.day) in text, f"{qid}: the registration date is not in the question")
        if qid in FOOTNOTE:
            c.ok(FEES in srcs and "F5" in q["note"], f"{qid}: footnote source / note")
            if FOOTNOTE[qid] == "member":
                c.ok("1,400" in ans and "950" not in " ".join(ans), f"{qid}: the footnote figure")
        if qid in REFUND:
            c.ok(REFUNDS in srcs and "F2" in q["note"], f"{qid}: refund source / note")
            if qid not in COMPUTED:
                c.ok(f"{refund_pct(t, REFUND[qid][0])} %" in ans, f"{qid}: refund percentage")
        if qid in CLINIC_HOURS:
            c.ok(CLINIC in srcs and str(CLINIC_HOURS[qid]) in text and "F3" in q["note"], f"{qid}: clinic")
        if qid in RELATIVE:
            c.ok({OVERVIEW, SPRINT} <= set(srcs) and "F4" in q["note"], f"{qid}: relative-date sources")
        if qid in BOOTH_CELL:
            key = BOOTH_CELL[qid]
            c.ok(PACKAGES in srcs and money(booth_table()[key]) in ans and "F6" in q["note"], f"{qid}: booth cell")
        if qid in STEPS:
            how, n = STEPS[qid]
            st = steps(t)
            c.ok(CALL in srcs and "F7" in q["note"], f"{qid}: steps source")
            c.ok(any(canon(a) in canon(st[n]) for a in ans), f"{qid}: key fact not from step {n}")
            if how == "after":
                c.ok(any(w in text.lower() for w in st[n - 1].lower().split()[:3]), f"{qid}: names step {n - 1}")
            else:
                c.ok(str(n) in text, f"{qid}: step number not in the question")
        if qid in ONLY_IN:
            doc, _fact = ONLY_IN[qid]
            c.ok(srcs == [doc] and "F9" in q["note"], f"{qid}: only-in source / note")
        if qid in OTHER_LANGUAGE:
            c.ok(all(OTHER_LANGUAGE[qid] in DOCS[s].split("+") for s in srcs) and OTHER_LANGUAGE[qid] != lang,
                 f"{qid}: answer language")  # fmt: skip
        if qid in LAST_YEAR:
            c.ok(srcs == [REPORT] and "2090" in text and "F10" in q["note"], f"{qid}: last-year question")
        if qid in CONTACT_QS:
            _role, words = CONTACT_QS[qid]
            c.ok(srcs == [CONTACTS] and not any(w in text.lower() for w in words), f"{qid}: names the role")
        if qid in FAQ_QS:
            c.ok(srcs == [FAQ] and canon(FAQ_QS[qid]) not in canon(text), f"{qid}: FAQ source / heading copied")
    for qid in FILTERS:
        c.ok(qid in byid and byid[qid]["kind"] == "directory", f"{qid}: filter without a directory question")
    for group in (COMPUTED, CHANGED, TABLE_ONLY, OTHER_LANGUAGE, NEAR_MISS, STALE_FOR, EARLY_BIRD, FOOTNOTE, REFUND,
                  CLINIC_HOURS, BOOTH_CELL, STEPS, ONLY_IN, CONTACT_QS, FAQ_QS,
                  dict.fromkeys(RELATIVE + LAST_YEAR + list(OFF_TOPIC))):  # fmt: skip
        for qid in group:
            c.ok(qid in byid, f"{qid}: listed but no such question")
    empty = [q["id"] for q in qs if q.get("kind") == "directory" and not q.get("expected_companies")]
    c.ok(empty == [EMPTY_SET], f"directory questions with no company: {empty}")
    c.ok(any(q.get("kind") == "directory" and len(q.get("expected_companies", [])) == 1 for q in qs), "a single")
    c.ok(byid.get(BY_ZH_NAME, {}).get("expected_companies") and ZH_NAME in byid[BY_ZH_NAME]["question"], "zh name")


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
