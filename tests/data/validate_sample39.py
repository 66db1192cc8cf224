"""Check sample-39 ("Clearwater 2087") and questions-39.jsonl; exit 0 when every check passes, 1 otherwise.

Stdlib + python-docx + pypdf only. build_sample39 imports FILTERS, COMPUTED and the document names from here, so the
frozen directory answer sets and the arithmetic answers come from the same code that checks them.

Usage: validate_sample39.py [BASE]  (BASE holds sample-39/ and questions-39.jsonl; default: this folder, or
$SAMPLE39_BASE). Key facts are looked up in the text a careful reader gets from each document: Word paragraphs and
table rows (cells joined with " | "), HTML with tags stripped, Markdown/text as written, PDF text page by page (pypdf).
Comparison is after NFKC, Urdu digits read as ASCII, thousands separators dropped, dashes unified and case folded. A
key fact written in another notation or language than its source is listed in EQUIV with the string it renders
(which must be in the source); both must carry the same number or the same calendar day.
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
    os.environ["SAMPLE39_BASE"] = str(Path(sys.argv[1]).resolve())
BASE = Path(os.environ.get("SAMPLE39_BASE", HERE))
KB = BASE / "sample-39"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
README = KB / "README.md"
QUESTIONS = BASE / "questions-39.jsonl"
YEAR = 2087
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OVERVIEW = "programme-overview.md"  # real 2022 webinar once; organisers; event dates; "3 hours behind" (feature 3)
CANCEL = "cancellation-refund-policy.md"  # feature 2: refund bands by days before the summit; fee stated elsewhere
AGENDA = "wuhan-summit-agenda.md"  # feature 3: times in Beijing time only
CORRECTION = "correction-notice-no-1.md"  # 101-500 band fee; Pilot Basin briefing time
HANDBOOK = "pilot-basin-handbook-v2.md"  # current version; feature 8 (ditto marks)
HANDBOOK_OLD = "pilot-basin-handbook-v1-superseded.md"  # superseded version 1
GLOSSARY = "glossary-en-zh.md"  # feature 7: two-language glossary, the DMA rule only here
EMAIL = "email-thread-pilot-basin-places.txt"  # feature 1: newest reply on top changes quoted figures
WHATSAPP = "whatsapp-voice-note-roman-urdu.txt"  # Roman Urdu: pre-departure workshop
DESKS = "regional-desks.html"  # feature 9: desks by city in both countries
UR_GUIDE = "ur-vendor-guide.html"  # Urdu right-to-left; travel grant and visa-letter date only here
MINUTES = "jsc-minutes-2087-06-18.docx"  # feature 6: attendees, numbered decisions, action-item table
ZH_GUIDE = "zh-buyer-guide.docx"  # Chinese-only buyer facts
DATA_RULES = "pilot-basin-data-rules-en-zh.docx"  # two-language document: deletion within 14 days
FEES = "fee-schedule-2087.pdf"  # features 4 + 5: head-count bands, footnotes ¹ ² ³
REPORT = "round-2086-report.pdf"  # last year's pilot round
SITES = "pilot-basin-site-list.pdf"  # feature 10: table across two pages, "(continued)"

DOCS = {
    OVERVIEW: "en",
    CANCEL: "en",
    AGENDA: "en",
    CORRECTION: "en",
    HANDBOOK: "en",
    HANDBOOK_OLD: "en",
    GLOSSARY: "en+zh",
    EMAIL: "en",
    WHATSAPP: "ur-Latn",
    DESKS: "en",
    UR_GUIDE: "ur",
    MINUTES: "en",
    ZH_GUIDE: "zh",
    DATA_RULES: "en+zh",
    FEES: "en",
    REPORT: "en",
    SITES: "en",
}
STALE_DOCS = {HANDBOOK_OLD, REPORT}  # never an expected source

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
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|hoga|hogi|hongi|batao|bata|karna|karni|karti|karte|bhai"
    r"|nahi|ka|ki|ke|ko|se|aur|kaun|kis|tha|the|milega|milegi|milenge|chahiye|tak|baje|sakte|sakti|sakta|hota|koi"
    r"|pichle|saal|ya|hum|hamari|hamara|hamein|jo|log|logon|kar|karein|wala|wali|wale|ab|paas|zyada|kam|din|baad"
    r"|pehle|jin|sab|dono|bol|acha|matlab|kuch|hoon|rahi|rahe|raha|hafte|laga|banega|lein|layein|sirf|agar|to|na"
    r"|hy|ho|de|di|diya|yeh|woh|par|pe|mil|jayega|likha|saath|karenge|hogi|konsa|kitne|kaise|chahte)\b",
    re.I,
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
UR_MONTHS = {"ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12}

# ---------------------------------------------------------------------------------------------- figures that changed
# qid: (stale string, document that still shows it, live string, document that states the live figure)
CHANGED = {
    "s39-en-03": ("the Pilot Basin has 10 vendor places", EMAIL, "take 14 vendors in the Pilot Basin", EMAIL),
    "s39-en-08": ("up to 50 sensors", HANDBOOK_OLD, "up to 80 sensors", HANDBOOK),
    "s39-zh-02": ("close on 5 September 2087", EMAIL, "deadline moves to 12 September 2087", EMAIL),
    "s39-ur-01": ("RMB 12,500", FEES, "**RMB 11,900**", CORRECTION),
    "s39-ur-02": ("RMB 12,500", FEES, "**RMB 11,900**", CORRECTION),
    "s39-ul-01": ("| 16:00 | Pilot Basin briefing", AGENDA, "**15:30 Beijing time**", CORRECTION),
    "s39-ul-02": ("every Monday by 12:00", HANDBOOK_OLD, "every Tuesday by 10:00", HANDBOOK),
    "s39-ul-07": ("4 weeks, one district", REPORT, "for six weeks", HANDBOOK),
    "s39-mx-02": ("up to 50 sensors", HANDBOOK_OLD, "up to 80 sensors", HANDBOOK),
    "s39-mx-07": ("RMB 12,500", FEES, "**RMB 11,900**", CORRECTION),
}
# the stale document is still a source where the answer needs its other figures (the band table, the agenda slot)
STILL_NEEDED = {"s39-ur-01", "s39-ur-02", "s39-ul-01", "s39-mx-07"}
# strings that must never be a key fact of the question (the stale figure, last year's figure, a wrong conversion)
STALE_FOR = {
    "s39-en-02": ["100%", "6,800 RMB back", "25%"],
    "s39-en-03": ["10", "8"],
    "s39-en-04": ["RMB 40", "9,600", "1,800"],
    "s39-en-08": ["50", "30"],
    "s39-zh-02": ["9月5日", "5 September"],
    "s39-ur-01": ["12,500", "5,000"],
    "s39-ur-02": ["12,500", "9,375", "50%"],
    "s39-ul-01": ["16:00", "13:00", "18:30"],
    "s39-ul-02": ["Monday", "12:00"],
    "s39-ul-07": ["4 weeks", "4 hafte"],
    "s39-mx-01": ["17:00", "14:00 PKT"],
    "s39-mx-02": ["50", "30"],
    "s39-mx-03": ["21 December"],
    "s39-mx-07": ["12,500"],
}
# qid: (document, fact that sits in a table row of it and nowhere in its prose or other documents)
TABLE_ONLY = {
    "s39-en-05": (DESKS, "Ayesha Memon"),
    "s39-ur-04": (DESKS, "Mon–Sat 10:00–18:00"),
    "s39-zh-06": (MINUTES, "Zhou Hao (CSWIA) | 15 August 2087"),
    "s39-mx-04": (MINUTES, "Dr Farah Naz (PWSF) | 20 July 2087"),
    "s39-ur-06": (HANDBOOK, "Electromagnetic flow meter | 6 | 〃"),
    "s39-mx-06": (HANDBOOK, "Acoustic noise logger | 60 | do."),
    "s39-ur-07": (SITES, "WC-24 Xudong Street DMA Wuchang pressure 11"),
    "s39-ul-06": (SITES, "WC-22 Hongshan Square trunk main Wuchang acoustic leak noise 12"),
}
# qid: (item of the loaner table, deposit the ditto mark stands for)
DITTO = {"s39-ur-06": ("Electromagnetic flow meter", "RMB 1,200"), "s39-mx-06": ("Acoustic noise logger", "RMB 400")}
# qid: site code on the second page of the site list, and the key fact
SECOND_PAGE = {"s39-ur-07": ("WC-24", "11"), "s39-ul-06": ("WC-22", "acoustic leak noise")}
# qid: (desk city, column) the key fact comes from
DESK_CELLS = {"s39-en-05": ("Karachi", "Desk officer"), "s39-ur-04": ("Lahore", "Office hours")}
# qid: (action item number, key fact column)
ACTION_CELLS = {"s39-zh-06": ("A5", "Owner"), "s39-mx-04": ("A3", "Owner")}
# qid: the language the answer is written in (different from the question's)
OTHER_LANGUAGE = {
    "s39-en-06": "ur",
    "s39-zh-01": "en",
    "s39-zh-06": "en",
    "s39-ur-04": "en",
    "s39-ur-06": "en",
    "s39-ur-07": "en",
    "s39-ul-04": "zh",
}
ONE_OR_TWO_WORDS = ["s39-en-03", "s39-en-07", "s39-zh-03", "s39-ur-03"]
# qid: the footnote mark whose text alone holds the answer
FOOTNOTE_ONLY = {"s39-en-07": "\u00b9", "s39-en-09": "\u00b2"}
# qid: head count the asker gives -> band fee that must be among the key facts (after the correction notice)
BANDED = {"s39-ur-01": 140, "s39-mx-07": 250, "s39-ul-03": 60, "s39-en-02": 35, "s39-ur-02": 120}
# qid: (cancellation date, refund percentage of the band it falls in)
REFUND_BAND = {"s39-mx-05": (datetime.date(YEAR, 10, 10), 0), "s39-en-02": (datetime.date(YEAR, 9, 22), 50),
               "s39-ur-02": (datetime.date(YEAR, 9, 5), 75)}  # fmt: skip
# qid: the glossary-only rule
GLOSSARY_RULE = {"s39-zh-05": "each vendor is assigned at most two DMAs"}
# key fact written in another notation/language than its source: the string the source uses
EQUIV = {
    "9月12日": "12 September 2087",
    "2087年9月12日": "12 September 2087",
    "18 November": "2087年11月18日",
    "18 November 2087": "2087年11月18日",
    "two DMAs": "at most two DMAs",
    "2个DMA": "两个DMA",
    "14 September": "14 ستمبر 2087",
    "PKR 90,000": "90,000 روپے",
    "Rs 90,000": "90,000 روپے",
    "15 August": "15 August 2087",
    "8月15日": "15 August 2087",
    "7月20日": "20 July 2087",
}
# unanswerable near misses: (document that names the thing, the thing's name in it, patterns no document may match)
NEAR_MISS = {
    "s39-en-15": (HANDBOOK, "Ultrasonic clamp-on flow meter", [r"\bbrand", r"manufactur", r"品牌", r"\bmodel no"]),
    "s39-en-16": (AGENDA, "opening keynote", [r"speaker", r"keynote[^\n]*\bby\b", r"主讲", r"致辞"]),
    "s39-en-17": (AGENDA, "Gala dinner", [r"dinner[^\n]*(?:RMB|PKR|per head|ticket)", r"晚宴"]),
    "s39-en-18": (OVERVIEW, "Wuhan Riverside Convention Centre", [r"capacity", r"\d+ seats", r"容纳", r"座位"]),
    "s39-zh-14": (OVERVIEW, "Jianghan River Water Group", [r"customers\b", r"households", r"用户数", r"万户"]),
    "s39-zh-15": (WHATSAPP, "pre-departure workshop", [r"trainer", r"instructor", r"讲师", r"conducted by"]),
    "s39-zh-16": (ZH_GUIDE, "地下停车场", [r"停车[^。\n]*元", r"parking[^.\n]*(?:RMB|fee|free)", r"停车费"]),
    "s39-ur-12": (UR_GUIDE, "ویزا سپورٹ لیٹر", [r"ویزا[^۔\n]*فیس", r"visa[^.\n]*fee", r"签证[^。\n]*费"]),
    "s39-ur-13": (MINUTES, "desk in Sukkur", [r"Sukkur[^\n]*\+92", r"سکھر", r"Sukkur[^\n]*(?:Mon|Tue|Wed|Thu|Fri)"]),
    "s39-ul-12": (
        ZH_GUIDE,
        "试点流域控制中心",
        [r"control cent(?:re|er)[^.\n]*(?:floor|address)", r"控制中心[^。\n]*地址", r"\d+楼"],
    ),
    "s39-ul-13": (EMAIL, "Wuchang", [r"households", r"connections", r"万户", r"Wuchang[^.\n]*\bpopulation"]),
    "s39-ul-14": (
        MINUTES,
        "interpreters",
        [r"\d+ interpreters", r"(?:two|three|four|five|six|ten) interpreters", r"名口译"],
    ),
    "s39-mx-12": (FEES, "Exhibition table", [r"power socket", r"electric", r"电源", r"插座", r"\bkW\b"]),
    "s39-mx-13": (OVERVIEW, "Hanjiang Riverside Hotel", [r"per night", r"room rate", r"房价", r"每晚"]),
}
# other near misses: the topic is covered, the fact is not (a future round, a discount not offered)
FUTURE = {"s39-en-19": r"2088", "s39-zh-17": r"discount|折扣|优惠|early[- ]bird|رعایت", "s39-ur-14": r"2088"}
OFF_TOPIC = {"s39-en-20", "s39-zh-18", "s39-mx-14"}


# ---------------------------------------------------------------------------------------------- text helpers
def canon(s):
    s = unicodedata.normalize("NFKC", s).translate(URDU_DIGITS).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("٪", "%")
    s = re.sub(r"(?<=\d)[,٬،](?=\d)", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"(?<=\d) %", "%", s)
    return re.sub(r"\s+", " ", s).strip()


class Html(html.parser.HTMLParser):
    BLOCK = {"p", "h1", "h2", "h3", "li", "tr", "caption", "title", "div", "ul", "table"}
    CELL = {"td", "th"}

    def __init__(self):
        super().__init__()
        self.parts, self.tags, self.rows, self.row = [], collections.Counter(), [], None

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag == "tr":
            self.row = []
        if tag in self.CELL and self.row is not None:
            self.row.append("")
            self.parts.append(" | ")
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)
        if self.row is not None and self.row:
            self.row[-1] += data


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


def md_rows(name):
    out = []
    for ln in (PROG / name).read_text(encoding="utf-8").splitlines():
        if ln.lstrip().startswith("|") and not re.fullmatch(r"\|[-| ]+\|", ln.strip()):
            out.append([c.strip() for c in ln.strip().strip("|").split("|")])
    return out


def table_text(name):
    path = PROG / name
    if path.suffix == ".docx":
        return "\n".join(word_lines(path, tables=True))
    if path.suffix == ".md":
        return "\n".join(" | ".join(r) for r in md_rows(name))
    if path.suffix == ".html":
        return "\n".join(" | ".join(c.strip() for c in r) for r in read_html(name).rows)
    if path.suffix == ".pdf":
        return "\n".join(ln for ln in doc_text(name).splitlines() if re.match(r"[A-Z]{2}-\d\d ", ln))
    return ""


def prose_text(name):
    path = PROG / name
    if path.suffix == ".docx":
        return "\n".join(word_lines(path, tables=False))
    if path.suffix == ".md":
        return "\n".join(ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.lstrip().startswith("|"))
    if path.suffix == ".html":
        raw = (PROG / name).read_text(encoding="utf-8")
        p = Html()
        p.feed(re.sub(r"<table>.*?</table>", "", raw, flags=re.S))
        return "".join(p.parts)
    if path.suffix == ".pdf":
        return "\n".join(ln for ln in doc_text(name).splitlines() if not re.match(r"[A-Z]{2}-\d\d ", ln))
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


def unwrap(text):
    """Prose lines that a hard wrap split, joined again (tables, headings, lists and quotes keep their lines)."""
    return re.sub(r"(?<=\S)[ \t]*\n(?=[^\n|#>\-\d*\s])", " ", text)


def find(pattern, text, what):
    m = re.search(pattern, text) or re.search(pattern, unwrap(text))
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
    """(month, day) of a date written as "16 September", "9月16日" or "16 ستمبر", else None."""
    s = s.translate(URDU_DIGITS)
    m = re.search(r"(\d{1,2})月(\d{1,2})日", s)
    if m:
        return int(m[1]), int(m[2])
    m = re.search(r"(\d{1,2}) (" + "|".join(UR_MONTHS) + ")", s)
    if m:
        return UR_MONTHS[m[2]], int(m[1])
    m = re.search(r"(\d{1,2}) (" + "|".join(MONTHS) + r")", s, re.I)
    return (MONTHS[m[2].lower()], int(m[1])) if m else None


# ---------------------------------------------------------------------------------------------- rules read from the documents
def fee_line(t, label):
    return find(rf"{re.escape(label)}[^\n]*?RMB ([\d,]+)", t[FEES], f"fee row {label!r}")


def bands(t):
    """[(low, high or None, fee)] from the fee table, with the correction notice applied."""
    out = []
    for m in re.finditer(r"Summit registration, firms with (\d+)(?:–(\d+)| staff or more)[^\n]*?RMB ([\d,]+)", t[FEES]):
        out.append((int(m[1]), int(m[2]) if m[2] else None, num(m[3])))
    if len(out) != 4 or out[0][0] != 1:
        raise AssertionError(f"fee table: {len(out)} size bands")
    for (lo, hi, _), (nlo, _, _) in itertools.pairwise(out):
        if hi is None or nlo != hi + 1:
            raise AssertionError("fee table: size bands do not follow on")
    cm = find(
        r"correct summit registration fee for firms with (\d+)–(\d+) staff is \*\*RMB ([\d,]+)\*\*",
        t[CORRECTION],
        "corrected band",
    )
    return [(lo, hi, num(cm[3]) if (lo, hi) == (int(cm[1]), int(cm[2])) else fee) for lo, hi, fee in out]


def band_fee(t, staff):
    for lo, hi, fee in bands(t):
        if lo <= staff and (hi is None or staff <= hi):
            return fee
    raise AssertionError(f"no band for {staff} staff")


def summit_opens(t):
    d = parse_en_date(find(r"summit's opening day, (\w+ \d{1,2} \w+ \d{4})", t[CANCEL], "opening day")[1])
    m = find(r"## Day 1 — (\w+) (\d{1,2} \w+ \d{4})", t[AGENDA], "agenda day 1")
    if parse_en_date(m[2]) != d or d.strftime("%A") != m[1]:
        raise AssertionError("opening day differs between policy and agenda")
    return d


def refund_pct(t, days):
    for m in re.finditer(r"^\| (\d+)(?:–(\d+)| days or more)[^|]*\| (\d+) %", t[CANCEL], re.M):
        lo, hi = int(m[1]), int(m[2]) if m[2] else None
        if lo <= days and (hi is None or days <= hi):
            return int(m[3])
    m = find(r"(?m)^\| fewer than (\d+) days[^|]*\| (\d+) %", t[CANCEL], "last band")
    if days < int(m[1]):
        return int(m[2])
    raise AssertionError(f"no refund band for {days} days")


def refund(t, staff, cancelled):
    days = (summit_opens(t) - cancelled).days
    pct = refund_pct(t, days)
    n = Fraction(band_fee(t, staff) * pct, 100)
    if n.denominator != 1:
        raise AssertionError("refund not a whole number")
    return int(n), pct


def pk_offset(t):
    return int(find(r"Pakistan time \(PKT\) is (\d) hours behind Beijing time", t[OVERVIEW], "PKT offset")[1])


def agenda_time(t, session):
    return find(rf"(?m)^\| (\d\d):(\d\d) \| {re.escape(session)}", t[AGENDA], f"agenda slot {session}")


def pilot_dates(t):
    m = find(r"from Monday (\d{1,2} \w+) to Sunday (\d{1,2} \w+ \d{4})", t[HANDBOOK], "Pilot Basin dates")
    end = parse_en_date(m[2])
    start = parse_en_date(f"{m[1]} {end.year}")
    if (end - start).days != 6 * 7 - 1 or "for six weeks" not in t[HANDBOOK]:
        raise AssertionError("Pilot Basin is not six weeks")
    return start, end


def c_en02(t):
    n, _ = refund(t, 35, datetime.date(YEAR, 9, 22))
    return [f"RMB {money(n)}", money(n)]


def c_ur02(t):
    n, _ = refund(t, 120, datetime.date(YEAR, 9, 5))
    return [money(n), f"RMB {money(n)}"]


def c_en04(t):
    per = num(find(r"Sensor data feed[^\n]*?RMB (\d+) per sensor per week", t[FEES], "sensor fee")[1])
    find(r"³ Billed for the full six weeks", t[FEES], "footnote 3")
    n = per * 40 * 6
    return [f"RMB {money(n)}", money(n)]


def c_en06(t):
    per = num(find(r"فی کس ([\d,]+) روپے", t[UR_GUIDE], "travel grant")[1])
    find(r"زیادہ سے زیادہ دو افراد", t[UR_GUIDE], "two persons")
    n = per * 2
    return [f"PKR {money(n)}", money(n), lakh(n)]


def c_zh01(t):
    base = num(fee_line(t, "Pilot Basin participation")[1])
    vat = int(find(r"¹ Excludes (\d+)% VAT", t[FEES], "footnote 1")[1])
    n = Fraction(base * (100 + vat), 100)
    if n.denominator != 1:
        raise AssertionError("zh-01 not whole")
    n = int(n)
    return [f"{money(n)}元", f"RMB {money(n)}", money(n)]


def c_zh04(t):
    free = int(find(r"Each registered firm receives (\d) delegate badges", t[FEES], "free badges")[1])
    per = num(find(r"Extra delegate badge[^\n]*?RMB (\d+) per person", t[FEES], "badge fee")[1])
    n = (5 - free) * per
    return [f"{money(n)}元", f"RMB {money(n)}", money(n)]


def c_zh08(t):
    _, end = pilot_dates(t)
    days = int(find(r"within (\d+) days after the Pilot Basin ends", t[DATA_RULES], "deletion days")[1])
    find(rf"试点流域结束后{days}天内", t[DATA_RULES], "deletion days in Chinese")
    d = end + datetime.timedelta(days=days)
    return [*zh_date(d), *en_date(d)]


def c_ul01(t):
    hh, mm = find(
        r"moves from \d\d:\d\d to\s+\*\*(\d\d):(\d\d) Beijing time\*\*", t[CORRECTION], "briefing time"
    ).groups()
    agenda_time(t, "Pilot Basin briefing")
    h = int(hh) - pk_offset(t)
    return [f"{h:02d}:{mm}", f"{h:02d}:{mm} PKT"]


def c_mx01(t):
    m = agenda_time(t, "Buyer matchmaking")
    h = int(m[1]) - pk_offset(t)
    return [f"{h:02d}:{m[2]}", f"{h} baje"]


def c_ul03(t):
    table = num(fee_line(t, "Exhibition table")[1])
    n = band_fee(t, 60) + table
    return [f"RMB {money(n)}", money(n)]


def c_mx03(t):
    _, end = pilot_dates(t)
    days = int(find(r"final report is due within (\d+) days after the last day", t[HANDBOOK], "final report")[1])
    d = end + datetime.timedelta(days=days)
    return en_date(d)


COMPUTED = {
    "s39-en-02": c_en02,
    "s39-en-04": c_en04,
    "s39-en-06": c_en06,
    "s39-zh-01": c_zh01,
    "s39-zh-04": c_zh04,
    "s39-zh-08": c_zh08,
    "s39-ur-02": c_ur02,
    "s39-ul-01": c_ul01,
    "s39-ul-03": c_ul03,
    "s39-mx-01": c_mx01,
    "s39-mx-03": c_mx03,
}

# ---------------------------------------------------------------------------------------------- directory filters
SERVICE_FORMS = {
    "scada": [
        "SCADA",
        "supervisory control",
        "数据采集与监控",
        "SCADA dashboards",
        "PLC/SCADA integration",
        "Scada HMI",
    ],
    "telem": ["IoT sensor platform", "telemetry", "Remote Telemetry Units", "物联网传感平台", "LoRaWAN sensors"],
    "nrw": ["NRW analytics", "leak detection", "Non-Revenue Water Reduction", "漏损控制", "acoustic leak detection"],
    "meter": ["smart metering", "meter data management", "MDM", "智能水表", "AMI", "prepaid water meters"],
    "bill": ["utility billing", "water billing", "Billing & CIS", "水费计费系统", "customer information system"],
    "gis": ["GIS", "GIS network mapping", "Geographic Information Systems", "管网GIS", "asset mapping"],
    "hydro": ["hydraulic modelling", "Hydraulic Modeling", "network modelling", "水力模型", "EPANET modelling"],
    "lims": ["LIMS", "laboratory information management", "Lab Information System", "水质实验室管理"],
    "air": ["air-quality monitoring", "AQI dashboards", "Air Quality Monitoring", "空气质量监测", "PM2.5 sensors"],
    "flood": ["flood early warning", "Flood Forecasting", "early warning systems", "洪水预警", "flash-flood alerts"],
    "gw": ["groundwater monitoring", "well monitoring", "Tube-well Telemetry", "地下水监测", "aquifer monitoring"],
    "wwtp": ["wastewater treatment plant control", "WWTP automation", "Sewage Plant Control", "污水处理厂控制"],
    "fleet": ["waste fleet routing", "sludge truck routing", "Route Optimisation", "环卫车辆调度"],
    "recyc": ["recycling marketplace", "scrap exchange platform", "Recyclables Marketplace", "再生资源交易平台"],
    "esg": ["ESG reporting", "carbon accounting", "Carbon Footprint Reporting", "碳排放核算", "GHG inventory"],
    "eia": ["EIA tools", "environmental impact assessment", "EIA Software", "环境影响评价"],
    "img": ["satellite imagery analysis", "drone survey", "Remote Sensing", "遥感影像分析", "UAV mapping"],
    "field": [
        "field inspection app",
        "mobile field service",
        "Field Workforce App",
        "巡检App",
        "inspection checklists",
    ],
    "portal": ["customer portal", "complaint hotline", "Customer Self-Service Portal", "客服热线与投诉"],
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
    "s39-en-10": lambda r: PK(r) and has(r, "nrw") and emp(r) > 200,
    "s39-en-11": lambda r: has(r, "scada") and founded(r) < 2040,
    "s39-en-12": lambda r: CN(r) and has(r, "lims"),
    "s39-en-13": lambda r: has(r, "gis") and r["city"] in ("Karachi", "Hyderabad"),
    "s39-en-14": lambda r: has(r, "esg") and cert(r, "ISO 14001"),
    "s39-zh-09": lambda r: PK(r) and has(r, "meter") and no_cert(r),
    "s39-zh-10": lambda r: r["name_zh"] == "杰纳布水力模型",
    "s39-zh-11": lambda r: has(r, "hydro") and 50 <= emp(r) <= 200,
    "s39-zh-12": lambda r: PITCHED(r) and has(r, "air"),
    "s39-zh-13": lambda r: has(r, "gw") and YEAR - founded(r) > 30,
    "s39-ur-08": lambda r: has(r, "bill") and r["city"] in ("Faisalabad", "Multan"),
    "s39-ur-09": lambda r: has(r, "recyc") and not cert(r, "27001"),
    "s39-ur-10": lambda r: has(r, "field") and emp(r) < 30,
    "s39-ur-11": lambda r: PK(r) and has(r, "flood") and founded(r) > 2060,
    "s39-ul-08": lambda r: has(r, "wwtp") and r["city"] in ("Lahore", "Islamabad"),
    "s39-ul-09": lambda r: has(r, "img") and founded(r) > 2075,
    "s39-ul-10": lambda r: has(r, "portal") and cert(r, "SOC 2"),
    "s39-ul-11": lambda r: PK(r) and has(r, "telem") and emp(r) < 50,
    "s39-mx-08": lambda r: has(r, "eia") and PITCHED(r),
    "s39-mx-09": lambda r: PK(r) and has(r, "air") and emp(r) > 100,
    "s39-mx-10": lambda r: PK(r) and has(r, "fleet") and speaks_mandarin(r),
    "s39-mx-11": lambda r: has(r, "lims") and r["city"] == "Gilgit",
}
# negation filters: no candidate may have an empty (unknown) certifications cell, so "unknown" cannot change the set
NEGATION = {
    "s39-zh-09": lambda r: PK(r) and has(r, "meter"),
    "s39-ur-09": lambda r: has(r, "recyc"),
}
EMPTY_SET = "s39-mx-11"
BY_ZH_NAME = "s39-zh-10"


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
    ov = texts.get(OVERVIEW, "")
    for org in [
        "Consulate General in Shanghai",
        "Software Business Union of Shanghai",
        "Shanghai Software Industry Association",
        "Trade Development Authority of Pakistan",
    ]:
        c.ok(org in ov, f"overview: {org} missing")
    return texts


def check_features(c, t):
    # 1. e-mail thread: newest reply on top, quoted older messages below it, the reply changes quoted figures
    em = t[EMAIL]
    top, sep, quoted = em.partition("On 3 August 2087, Sana Qureshi wrote:")
    c.ok(bool(sep) and all(ln.startswith(">") for ln in quoted.strip().splitlines()), "e-mail: quoted block")
    c.ok("On 1 August 2087, Li Wenjing wrote:" in quoted and ">> " in quoted, "e-mail: a second quoted level")
    c.ok(re.search(r"^Date: 8 August 2087", top, re.M) is not None, "e-mail: newest on top")
    c.ok("14 vendors" in top and "10 vendor places" in quoted and "14" not in quoted, "e-mail: places changed")
    c.ok("12 September 2087" in top and "5 September 2087" in quoted, "e-mail: deadline changed")
    c.ok(
        all("12 September" not in t[n] and "9月12日" not in t[n] for n in DOCS if n != EMAIL), "deadline only in e-mail"
    )
    # 2. cancellation bands; the fee stated elsewhere
    cr = md_rows(CANCEL)
    c.ok(len(cr) == 6 and cr[0][0].startswith("Days before"), "refund table: header and five bands")
    c.ok(not re.search(r"RMB [\d,]+", t[CANCEL]), "refund policy states no fee")
    try:
        days = [(summit_opens(t) - datetime.date(YEAR, 1, 1)).days - k for k in range(0, 300)]
        c.ok(all(refund_pct(t, d) in (0, 25, 50, 75, 100) for d in days if d >= 0), "refund bands cover every day")
    except AssertionError as e:
        c.ok(False, f"refund bands: {e}")
    # 3. Beijing time only in the agenda; the offset stated once, in another document
    c.ok("All times below are Beijing time" in t[AGENDA] and not re.search(r"PKT|Pakistan time", t[AGENDA]), "agenda")
    hits = [n for n in DOCS if re.search(r"hours?\s+behind\s+Beijing|بیجنگ سے \d|比北京晚", t[n])]
    c.ok(
        hits == [OVERVIEW] and unwrap(t[OVERVIEW]).count("3 hours behind Beijing") == 1, f"PKT offset stated in {hits}"
    )
    # 4. head-count bands
    try:
        c.ok([(lo, hi) for lo, hi, _ in bands(t)] == [(1, 20), (21, 100), (101, 500), (501, None)], "size bands")
    except AssertionError as e:
        c.ok(False, str(e))
    # 5. footnotes carry facts: marks in the table, texts at the foot, facts only there
    fl = t[FEES].splitlines()
    for mark in "¹²³":
        c.ok(any(mark in ln and "RMB" in ln for ln in fl), f"fees: footnote mark {mark} in the table")
        c.ok(any(ln.startswith(mark + " ") for ln in fl), f"fees: footnote text {mark}")
    foot = "\n".join(ln for ln in fl if ln[:1] in "¹²³")
    body = "\n".join(ln for ln in fl if ln[:1] not in "¹²³")
    c.ok("6% VAT" in foot and "VAT" not in body, "VAT only in the footnote")
    c.ok("fewer than 10 staff" in foot and "fewer than 10" not in body, "table waiver only in the footnote")
    c.ok(all("VAT" not in t[n] and "增值税" not in t[n] for n in DOCS if n != FEES), "VAT only in the fee schedule")
    # 6. minutes: attendees, numbered decisions, action table
    mp = word_lines(PROG / MINUTES, tables=False)
    mt = word_lines(PROG / MINUTES, tables=True)
    c.ok("Attendees" in mp and "Decisions" in mp and "Action items" in mp, "minutes: sections")
    dec = [ln for ln in mp if re.match(r"\d\. ", ln)]
    c.ok([ln[0] for ln in dec] == [str(i) for i in range(1, len(dec) + 1)] and len(dec) >= 4, "minutes: decisions")
    c.ok(mt and mt[0] == "No. | Action | Owner | Due" and len(mt) >= 5, "minutes: action table")
    # 7. two-language glossary; one rule only inside it
    gr = md_rows(GLOSSARY)
    terms = {r[0] for r in gr[1:]}
    c.ok({"SCADA", "NRW", "LIMS", "EIA", "DMA"} <= terms and all(re.search(HAN, r[2]) for r in gr[1:]), "glossary")
    for qid, rule_ in GLOSSARY_RULE.items():
        c.ok(rule_ in t[GLOSSARY] and "两个DMA" in t[GLOSSARY], f"{qid}: glossary rule")
        c.ok(all("DMAs" not in t[n] and "两个DMA" not in t[n] for n in DOCS if n != GLOSSARY), f"{qid}: rule elsewhere")
    # 8. ditto marks
    hr = md_rows(HANDBOOK)
    loan = [r for r in hr if len(r) == 3 and (r[2].startswith("RMB") or r[2] in ("〃", "″", "do.", "same as above"))]
    c.ok({"〃", "″", "do.", "same as above"} <= {r[2] for r in loan}, "ditto marks: all four forms")
    for qid, (item, val) in DITTO.items():
        c.ok(resolve_ditto(HANDBOOK, item) == val, f"{qid}: ditto row {item} is not {val}")
        row = [r for r in loan if r[0] == item]
        c.ok(bool(row) and not row[0][2].startswith("RMB"), f"{qid}: {item} is not a ditto row")
    # 9. regional desks in both countries
    rows = read_html(DESKS).rows
    c.ok(rows and rows[0] == ["City", "Country", "Desk officer", "Phone", "Office hours"], "desks: header")
    c.ok({r[1] for r in rows[1:]} == {"Pakistan", "China"} and len(rows) >= 9, "desks: both countries")
    for qid, (city, col) in DESK_CELLS.items():
        c.ok(desk_cell(city, col) is not None, f"{qid}: no desk cell {city}/{col}")
    # 10. a table across two PDF pages, header repeated, "(continued)"
    pages = pdf_pages(PROG / SITES)
    c.ok(len(pages) == 2, "site list: two pages")
    if len(pages) == 2:
        c.ok(all("Code Site District Measures Sensors" in p for p in pages), "site list: header on both pages")
        c.ok("(continued)" in pages[1] and "(continued)" not in pages[0], "site list: (continued) caption")
        for qid, (code, fact) in SECOND_PAGE.items():
            line = next((ln for ln in pages[1].splitlines() if ln.startswith(code + " ")), "")
            c.ok(fact in line and code not in pages[0], f"{qid}: {code} not on page 2 with {fact!r}")
    # other kinds of document
    c.ok("SUPERSEDED" in t[HANDBOOK_OLD] and "replaces version 1" in t[HANDBOOK], "superseded pair")
    c.ok("Correction Notice No. 1" in t[CORRECTION], "correction notice")
    agenda_version = parse_en_date(find(r"version of (\d{1,2} \w+ \d{4})", t[AGENDA], "agenda version")[1])
    c.ok(
        parse_en_date(t[CORRECTION]) > parse_en_date(t[FEES]) and parse_en_date(t[CORRECTION]) > agenda_version,
        "correction later",
    )
    c.ok("2086" in t[REPORT] and "last year's pilot figures" in t[REPORT], "report marks its figures as last year's")
    urraw = (PROG / UR_GUIDE).read_text(encoding="utf-8")
    c.ok('dir="rtl"' in urraw and 'lang="ur"' in urraw, "Urdu page: right-to-left")
    c.ok(all("90,000" not in t[n] and "90000" not in t[n] for n in DOCS if n != UR_GUIDE), "travel grant only in Urdu")
    c.ok(all("14 September" not in t[n] for n in DOCS), "visa-letter date only in Urdu")
    en_part, _, zh_part = t[DATA_RULES].partition("中文")
    c.ok("within 14 days" in en_part and "14天内" in zh_part, "data rules: both languages")
    c.ok(all("11月18日" not in t[n] and "18 November" not in t[n] for n in DOCS if n != ZH_GUIDE), "visit date only zh")
    c.ok(all("3人" not in t[n] for n in DOCS if n != ZH_GUIDE), "buyer head count only zh")
    c.ok(all("27 September" not in t[n] for n in DOCS if n != WHATSAPP), "workshop date only in Roman Urdu")


def resolve_ditto(name, item):
    prev = None
    for r in md_rows(name):
        val = r[-1]
        if val in ("〃", "″", "do.", "same as above", '"'):
            val = prev
        if r[0] == item:
            return val
        prev = val
    return None


def desk_cell(city, col):
    rows = read_html(DESKS).rows
    head = rows[0]
    for r in rows[1:]:
        if r[0] == city:
            return r[head.index(col)]
    return None


def action_cell(no, col):
    rows = [ln.split(" | ") for ln in word_lines(PROG / MINUTES, tables=True)]
    head = rows[0]
    for r in rows[1:]:
        if r[0] == no:
            return r[head.index(col)], r[head.index("Due")]
    return None


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
            c.ok(1998 <= founded(r) <= YEAR - 1, f"{r['id']}: founded")
            c.ok(4 <= emp(r) <= 2000, f"{r['id']}: employees")
        except ValueError:
            c.ok(False, f"{r['id']}: founded/employees not integers")
        c.ok(r["pitched_at_webinar"] in ("yes", "no"), f"{r['id']}: pitched")
        c.ok(r["website"].endswith(".example") and r["contact_email"].endswith(".example"), f"{r['id']}: domains")
        c.ok(bool(r["description"]) and bool(r["languages"]) and bool(r["services"]), f"{r['id']}: filled")
    try:
        c.ok(min(map(founded, rows)) == 1998 and max(map(founded, rows)) == 2086, "founded range 1998-2086")
        c.ok(min(map(emp, rows)) == 4 and max(map(emp, rows)) == 2000, "head count range 4-2000")
    except ValueError:
        c.ok(False, "founded/employees not integers")
    certs = {x for r in rows for x in cells(r, "certifications")}
    for need in ["SOC 2 Type II", "ISO 14001", "ISO/IEC 27001:2022", "ISO 9001", "none"]:
        c.ok(need in certs, f"certification {need} missing")
    c.ok(any(not r["certifications"] for r in rows), "some unknown certifications")
    zh = sum(bool(r["name_zh"]) for r in rows)
    c.ok(45 <= zh < 60, f"name_zh filled for {zh}")
    c.ok(45 <= sum(bool(r["description_zh"]) for r in rows) < 60, "description_zh mostly filled")
    small = {"Sukkur", "Gilgit", "Bahawalpur", "Larkana", "Mardan", "Abbottabad", "Gwadar", "Sialkot"}
    c.ok(len(small & {r["city"] for r in rows}) >= 4, "small Pakistani cities")
    c.ok(len({r["city"] for r in rows if r["country"] == "CN"}) >= 6, "Chinese cities")
    for qid, cand in NEGATION.items():
        c.ok(all(r["certifications"].strip() for r in rows if cand(r)), f"{qid}: an unknown-cert candidate")
    c.ok(sum(r["name_zh"] == "杰纳布水力模型" for r in rows) == 1, "Chinese name is unique")
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
        ("footnote-only", FOOTNOTE_ONLY, 1),
    ]:
        c.ok(len(group) >= n and all(byid.get(q, {}).get("kind") == "programme" for q in group), f"group {name}")
    for qid in ONE_OR_TWO_WORDS:
        q = byid.get(qid, {"question": "x " * 9, "lang": "en"})
        words = re.findall(r"\w+", q["question"]) if q["lang"] != "zh" else [q["question"]]
        c.ok(len(words) <= 2 and len(q["question"]) <= 25, f"{qid}: not one or two words")
    unans = [q for q in qs if q.get("kind") == "unanswerable"]
    c.ok(len(NEAR_MISS) >= 12 and all(byid.get(q, {}).get("kind") == "unanswerable" for q in NEAR_MISS), "near misses")
    c.ok(all(byid.get(q, {}).get("kind") == "unanswerable" for q in [*FUTURE, *OFF_TOPIC]), "other unanswerables")
    c.ok({q["id"] for q in unans} == set(NEAR_MISS) | set(FUTURE) | OFF_TOPIC, "every unanswerable is classified")
    for q in qs:
        qid = q.get("id", "?")
        c.ok(list(q) == FIELDS, f"{qid}: fields")
        if list(q) != FIELDS:
            continue
        m = re.fullmatch(r"s39-(en|zh|ur|ul|mx)-\d\d", qid)
        c.ok(m and LANG_CODES[m[1]] == q["lang"], f"{qid}: id/lang")
        text = q["question"]
        lang = q["lang"]
        if lang in ("en", "zh", "ur"):
            c.ok(script_lang(text) == lang, f"{qid}: question script is not {lang}")
        if lang == "ur":
            c.ok(
                not re.search(r"[A-Za-z]{4,}", re.sub(r"\b(PWSF|CSWIA|RMB|PKR|LIMS|SCADA)\b", "", text)),
                f"{qid}: Latin",
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
            except (AssertionError, ValueError, KeyError, TypeError) as e:
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
                r = EQUIV[a]
                c.ok(canon(r) in src_text, f"{qid}: {r!r} (for {a!r}) not in {srcs}")
                if day_key(a) or day_key(r):
                    c.ok(day_key(a) == day_key(r), f"{qid}: {a!r} and {r!r} are different days")
                else:
                    n1 = {int(x) for x in re.findall(r"\d+", canon(a))}
                    n2 = {int(x) for x in re.findall(r"\d+", canon(r))}
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
            c.ok(fact in table_text(doc) and doc in srcs, f"{qid}: {fact!r} not in a table row of {doc}")
            key = fact.split(" | ")[0] if " | " in fact else fact
            c.ok(canon(key) not in canon(prose_text(doc)), f"{qid}: {key!r} also in the prose of {doc}")
            c.ok(all(canon(key) not in canon(t[n]) for n in DOCS if n not in (doc, HANDBOOK_OLD)), f"{qid}: elsewhere")
        if qid in DITTO:
            c.ok(DITTO[qid][1] in ans, f"{qid}: the ditto value is not a key fact")
        if qid in SECOND_PAGE:
            c.ok(SECOND_PAGE[qid][1] in ans, f"{qid}: the page-2 value is not a key fact")
        if qid in DESK_CELLS:
            cell = desk_cell(*DESK_CELLS[qid])
            c.ok(cell is not None and any(canon(a) in canon(cell) for a in ans), f"{qid}: desk cell not a key fact")
        if qid in ACTION_CELLS:
            cell = action_cell(*ACTION_CELLS[qid])
            c.ok(cell is not None and any(canon(a) in canon(" ".join(cell)) for a in ans), f"{qid}: action cell")
        if qid in FOOTNOTE_ONLY:
            mark = FOOTNOTE_ONLY[qid]
            foot = next((ln for ln in t[FEES].splitlines() if ln.startswith(mark + " ")), "")
            c.ok(
                any(canon(a) in canon(foot) for a in ans) and srcs == [FEES], f"{qid}: not answered by footnote {mark}"
            )
        if qid in BANDED:
            try:
                fee = band_fee(t, BANDED[qid])
                c.ok(money(fee) in ans or f"RMB {money(fee)}" in ans, f"{qid}: band fee {fee} not among the key facts")
            except AssertionError as e:
                c.ok(False, f"{qid}: {e}")
        if qid in REFUND_BAND:
            when, pct = REFUND_BAND[qid]
            try:
                got_pct = refund_pct(t, (summit_opens(t) - when).days)
                c.ok(
                    got_pct == pct and f"{pct}%" in [canon(a) for a in ans], f"{qid}: refund band {got_pct}% != {pct}%"
                )
            except AssertionError as e:
                c.ok(False, f"{qid}: {e}")
            c.ok(CANCEL in srcs, f"{qid}: the refund policy is not a source")
        if qid in GLOSSARY_RULE:
            c.ok(srcs == [GLOSSARY], f"{qid}: glossary rule source")
        if qid in OTHER_LANGUAGE:
            c.ok(
                all(OTHER_LANGUAGE[qid] in DOCS[s].split("+") for s in srcs) and OTHER_LANGUAGE[qid] != q["lang"],
                f"{qid}: answer language",
            )
    for qid in FILTERS:
        c.ok(qid in byid and byid[qid]["kind"] == "directory", f"{qid}: filter without a directory question")
    groups = (COMPUTED, CHANGED, TABLE_ONLY, OTHER_LANGUAGE, NEAR_MISS, FUTURE, STALE_FOR, DITTO, SECOND_PAGE,
              DESK_CELLS, ACTION_CELLS, FOOTNOTE_ONLY, BANDED, GLOSSARY_RULE, REFUND_BAND)  # fmt: skip
    for group in groups:
        for qid in group:
            c.ok(qid in byid, f"{qid}: listed but no such question")
    empty = [q["id"] for q in qs if q.get("kind") == "directory" and not q.get("expected_companies")]
    c.ok(empty == [EMPTY_SET], f"directory questions with no company: {empty}")
    c.ok(sum(1 for q in qs if q.get("kind") == "directory" and len(q.get("expected_companies", [])) == 1) >= 1, "one")
    c.ok(
        byid.get(BY_ZH_NAME, {}).get("expected_companies") and "杰纳布水力模型" in byid[BY_ZH_NAME]["question"],
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
