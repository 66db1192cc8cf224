"""Check sample-40 ("Rail Relay 2088") and questions-40.jsonl; exit 0 when every check passes, 1 otherwise.

Stdlib + python-docx + pypdf only. build_sample40 imports FILTERS, COMPUTED and the document names from here, so the
frozen directory answer sets and the arithmetic answers come from the same code that checks them.

Usage: validate_sample40.py [BASE]  (BASE holds sample-40/ and questions-40.jsonl; default: this folder, or
$SAMPLE40_BASE). Key facts are looked up in the text a careful reader gets from each document: Word page header,
paragraphs and table rows (cells joined with " | ") and page footer, HTML with tags stripped, Markdown/text as written,
PDF text page by page (pypdf). Comparison is after NFKC, Urdu digits read as ASCII, thousands separators dropped,
dashes unified and case folded. A key fact written in another notation or language than its source is listed in EQUIV
with the string it renders (which must be in the source); both must carry the same amount (万/亿 and "million" read
as numbers), the same calendar day, or the same digits.
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
    os.environ["SAMPLE40_BASE"] = str(Path(sys.argv[1]).resolve())
BASE = Path(os.environ.get("SAMPLE40_BASE", HERE))
KB = BASE / "sample-40"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
README = KB / "README.md"
QUESTIONS = BASE / "questions-40.jsonl"
YEAR = 2088
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OVERVIEW = "programme-overview.md"  # real 2022 webinar once; organisers; events; feature 9 (second Friday of August)
MANUAL = "exhibitor-manual.md"  # feature 1 (revision history), 8 ("unless"), 9 (last working day before build-up)
PACKAGES = "expo-stand-packages.html"  # feature 2 (rowspan/colspan), 7 (TBD / to be announced)
HANDBOOK = "depot-sprint-handbook-v2.docx"  # feature 3 (page header + footer), 8 ("except women-led firms")
HANDBOOK_OLD = "depot-sprint-handbook-v1-superseded.md"  # superseded version 1
TRANSCRIPT = "info-session-transcript-2088-04-15.txt"  # feature 4: speaker turns, a later correction
CHECKLIST = "application-checklist.md"  # feature 5: [x] required / [ ] optional per track
ZH_NOTICE = "zh-buyer-notice.docx"  # feature 6 (万 / 亿), 8 (除非); Chinese-only facts
SCHEDULE = "depot-sprint-schedule-en-zh.html"  # two-language; feature 7 (TBD / 待定 / to be announced)
NEWSLETTER = "rail-relay-dispatch-issue-3.pdf"  # feature 10: two text columns read line by line across
CORRECTION = "correction-notice-no-1.md"  # corrects the packages page and the newsletter
UR_GUIDE = "ur-vendor-guide.html"  # Urdu right-to-left; travel support and visa-letter rule only here
VOICE_NOTE = "whatsapp-voice-note-roman-urdu.txt"  # Roman Urdu; briefing date and a "siwaye" exception
REPORT = "round-2087-report.pdf"  # last year's pilot round
AGENDA = "expo-agenda.md"  # sessions, no speakers, no prices
GLOSSARY = "glossary-en-zh.md"  # two-language glossary
DATA_SHEET = "jinxiu-depot-data-sheet.pdf"  # the Sprint's datasets, table only

DOCS = {
    OVERVIEW: "en",
    MANUAL: "en",
    PACKAGES: "en",
    HANDBOOK: "en",
    HANDBOOK_OLD: "en",
    TRANSCRIPT: "en",
    CHECKLIST: "en",
    ZH_NOTICE: "zh",
    SCHEDULE: "en+zh",
    NEWSLETTER: "en",
    CORRECTION: "en",
    UR_GUIDE: "ur",
    VOICE_NOTE: "ur-Latn",
    REPORT: "en",
    AGENDA: "en",
    GLOSSARY: "en+zh",
    DATA_SHEET: "en",
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
    r"|nahi|ka|ki|ke|ko|se|aur|kaun|kis|tha|the|thin|milega|milegi|milenge|chahiye|chahiyen|tak|baje|sakte|sakti"
    r"|sakta|hota|koi|pichle|saal|ya|hum|hamari|hamara|hamein|jo|log|logon|kar|karein|wala|wali|wale|ab|paas|zyada"
    r"|kam|din|baad|pehle|jin|sab|dono|bol|acha|matlab|kuch|hoon|rahi|rahe|raha|hafte|laga|banega|lein|layein|sirf"
    r"|agar|to|na|hy|ho|de|di|diya|yeh|woh|par|pe|mil|jayega|likha|saath|karenge|konsa|kitne|kaise|chahte|suna"
    r"|khulega|chalti|lazmi|zaroori|bani|chuki|chuke|phir|bhi|aana|kiraya|aakhri|tareekh|honge|siwaye|unke)\b",
    re.I,
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
UR_MONTHS = {"جولائی": 7, "اگست": 8, "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12}
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

# ---------------------------------------------------------------------------------------------- figures that changed
# qid: (stale string, document that still shows it, live string, document that states the live figure)
CHANGED = {
    "s40-en-04": ("from RMB 3,000 to RMB 4,500", MANUAL, "security deposit of RMB 4,500 per stand", MANUAL),
    "s40-en-06": ("<td>54,000</td>", PACKAGES, "is **RMB 45,000**", CORRECTION),
    "s40-zh-01": ("from RMB 3,000 to RMB 4,500", MANUAL, "security deposit of RMB 4,500 per stand", MANUAL),
    "s40-zh-03": ("within 7 days after the last day", HANDBOOK_OLD, "within 10 days after the last day", HANDBOOK),
    "s40-ur-01": ("RMB 19,500 per team", HANDBOOK_OLD, "RMB 22,000 per team", HANDBOOK),
    "s40-ur-07": ("up to 4 people", HANDBOOK_OLD, "up to 5 people", HANDBOOK),
    "s40-ul-01": ("from RMB 3,000 to RMB 4,500", MANUAL, "security deposit of RMB 4,500 per stand", MANUAL),
    "s40-ul-03": ("moved from 08:00 to 07:00", MANUAL, "| 07:00–22:00 |", MANUAL),
    "s40-ul-04": ("up to 10 buyer meetings", TRANSCRIPT, "allows 16 pre-booked meetings", TRANSCRIPT),
    "s40-mx-01": ("Saturday 31 July 2088", NEWSLETTER, "Saturday 7 August 2088", CORRECTION),
    "s40-mx-02": ("8 vendor places", HANDBOOK_OLD, "12 vendor places", HANDBOOK),
}
# the stale document is still a source where it holds the rest of the answer (the package row)
STILL_NEEDED = {"s40-en-06"}
# strings that must never be a key fact of the question (the stale figure, last year's figure, a wrong step)
STALE_FOR = {
    "s40-en-02": ["6 August", "20 August", "27 August"],
    "s40-en-04": ["3,000", "600", "2,000", "4,500 back", "3,300"],
    "s40-en-05": ["500,000", "1.2亿", "120 million"],
    "s40-en-06": ["54,000", "39,600"],
    "s40-en-08": ["1,750", "1,050"],
    "s40-en-09": ["28,400", "19,500", "22,000 + 6,400"],
    "s40-zh-01": ["3,000", "2,000"],
    "s40-zh-02": ["24,400", "30,500", "15,000"],
    "s40-zh-03": ["11月14日", "14 November", "7 days"],
    "s40-zh-04": ["120万", "1.2亿", "35 million"],
    "s40-ur-01": ["19,500", "15,000"],
    "s40-ur-02": ["11 August", "13 August", "17 August"],
    "s40-ur-04": ["19,800", "32,400", "22,500"],
    "s40-ur-05": ["360,000", "240,000", "500,000"],
    "s40-ur-07": ["4", "up to 4 people"],
    "s40-ul-01": ["3,000", "2,000"],
    "s40-ul-02": ["20 September", "16 September", "19 September"],
    "s40-ul-03": ["08:00", "07:30"],
    "s40-ul-04": ["10", "8"],
    "s40-ul-07": ["17 November", "14 November"],
    "s40-mx-01": ["31 July"],
    "s40-mx-02": ["8", "6"],
    "s40-mx-04": ["7,500", "2,700", "1,250"],
    "s40-mx-06": ["40 %", "25 %"],
}
# qid: (document, table row holding the fact, the fact: in no prose of the document and no other document)
TABLE_ONLY = {
    "s40-ur-04": (PACKAGES, "18 m² | walls, fascia name board, 2 tables, 6 chairs, 2 kW socket, lockable cupboard | "
                  "28,800 | 32,400", "28,800"),
    "s40-zh-06": (SCHEDULE, "Mid-sprint review · 中期评审 | Tuesday 26 October 2088 · 2088年10月26日", "2088年10月26日"),
    "s40-mx-06": (HANDBOOK, "Accuracy of failure predictions against the depot's records | 35 %", "35 %"),
    "s40-ul-03": (MANUAL, "Build-up | Monday 20 September 2088 | 07:00–22:00", "07:00–22:00"),
    "s40-mx-04": (PACKAGES, "per seat per week | 900 | 1,250", "per seat per week"),
}  # fmt: skip
# qid: (table caption starts with, label of the merged row group, option, fee sub-column) -> the grid's cell
MERGED = {
    "s40-ur-04": ("Table 1", "Shell scheme stand", "18 m²", "Early-bird", "28,800"),
    "s40-en-06": ("Table 1", "Space only", "36 m²", "Standard", "54,000"),
    "s40-mx-04": ("Table 2", "Depot workstation", "per seat per week", "PTSC member", "900"),
    "s40-en-09": ("Table 2", "Depot workstation", "per seat, whole Sprint", "PTSC member", "3,200"),
    "s40-zh-02": ("Table 2", "Depot workstation", "per seat, whole Sprint", "Non-member", "4,400"),
}
# merged-cell questions whose option row does not itself name its label (the label is only in the rowspan cell)
LABEL_ONLY_MERGED = {"s40-ur-04", "s40-en-06", "s40-mx-04"}
# qid: (part of the Word file, fact printed there only)
HEADER_FOOTER = {"s40-en-03": ("footer", "+92 42 3555 7288"), "s40-ur-03": ("header", "valid until 31 December 2088")}
# qid: (speaker label the answer is given by, fact said only in that turn)
TURN_ONLY = {
    "s40-ul-05": ("Ms. Zhou (CURIA)", "every 40 minutes"),
    "s40-en-08": ("Mr. Haider (PTSC finance)", "three exhibitor badges"),
    "s40-ul-04": ("Ms. Zhou (CURIA)", "allows 16 pre-booked meetings"),
}
# qid: (checklist section starts with, item starts with, "required" or "optional")
CHECKS = {
    "s40-en-07": ("A. Expo exhibitors", "Company profile in Chinese", "optional"),
    "s40-ur-06": ("C. Depot Sprint vendors", "ISO/IEC 27001 certificate", "optional"),
    "s40-mx-05": ("C. Depot Sprint vendors", "CVs of all team members", "required"),
}
# qid: (column of the newsletter, fact on one line of that column)
COLUMN_FACT = {"s40-mx-03": ("left", "41 buyer organisations"), "s40-ul-06": ("right", "Saturday 24 July 2088")}
# qid: the language the answer is written in (different from the question's)
OTHER_LANGUAGE = {
    "s40-en-05": "zh",
    "s40-zh-01": "en",
    "s40-zh-07": "ur",
    "s40-ur-01": "en",
    "s40-ur-03": "en",
    "s40-ur-04": "en",
    "s40-ur-07": "en",
}
ONE_OR_TWO_WORDS = ["s40-en-03", "s40-en-05", "s40-zh-01", "s40-zh-06"]
# qid: the exception rule the answer depends on (document, words of the rule)
EXCEPTION = {
    "s40-en-04": (MANUAL, "unless the stand is left unattended"),
    "s40-en-09": (HANDBOOK, "except women-led firms"),
    "s40-zh-02": (HANDBOOK, "except women-led firms"),
    "s40-zh-05": (ZH_NOTICE, "除非买家在洽谈开始前24小时以上取消预约"),
    "s40-mx-07": (VOICE_NOTE, "siwaye un firms ke"),
}
# qid: (document, 万/亿 figure stated only in Chinese)
WAN_YI = {"s40-en-05": (ZH_NOTICE, "120万元"), "s40-ur-05": (ZH_NOTICE, "120万元"), "s40-zh-04": (ZH_NOTICE, "3.5亿元")}
# key fact written in another notation/language than its source: the string the source uses
EQUIV = {
    "RMB 1.2 million": "120万元",
    "1,200,000": "120万元",
    "1.2 million": "120万元",
    "12万卢比": "120,000 روپے",
    "PKR 120,000": "120,000 روپے",
    "Rs 120,000": "120,000 روپے",
    "不收取任何费用": "此时不收取任何费用",
    "no fee": "此时不收取任何费用",
    "لازمی نہیں": "not required",
    "5 افراد": "up to 5 people",
    "not compulsory": "lazmi nahi",
}
STAFF = ["+92 42 3555 7288", "info@railrelay2088.example"]
# unanswerable near misses: (document that names the thing, the thing's name in it, patterns no document may match)
NEAR_MISS = {
    "s40-en-15": (AGENDA, "opening keynote", [r"speaker", r"keynote[^\n|]*\bby\b", r"主讲", r"致辞", r"keynote:"]),
    "s40-en-16": (PACKAGES, "Demo track bay", [r"track bay[^\n]*\d{1,3},\d{3}", r"演示轨道区[^\n]*元"]),
    "s40-en-17": (SCHEDULE, "Awards ceremony", [r"award[^\n]*\d{1,2} (?:november|december)", r"颁奖[^\n]*\d+月\d+日"]),
    "s40-en-18": (MANUAL, "Hall 5", [r"\d+ stands", r"capacity", r"\d+个展位", r"展位总数", r"stands in hall"]),
    "s40-zh-14": (OVERVIEW, "Rongcheng Metro Operating Group", [r"\d+ (?:metro )?lines", r"\d+条线路", r"线路总数"]),
    "s40-zh-15": (
        SCHEDULE,
        "夜班跟班参观",
        [r"night-shift visit[^\n]*\d{1,2} (?:october|november)", r"夜班[^\n]*\d+月\d+日"],
    ),
    "s40-zh-17": (
        SCHEDULE,
        "签证邀请函发出",
        [r"invitation letters? (?:are |will be )?sent on", r"邀请函[^\n]*\d+月\d+日"],
    ),
    "s40-ur-12": (VOICE_NOTE, "briefing", [r"briefing[^.\n]*(?:fees|rupay|free)", r"بریفنگ[^۔\n]*فیس"]),
    "s40-ur-13": (
        HANDBOOK,
        "Jinxiu Depot",
        [r"\d+ (?:depot )?engineers", r"\d+名工程师", r"engineers (?:on (?:its )?staff|employed)"],
    ),
    "s40-ul-12": (VOICE_NOTE, "group flight", [r"flight[^.\n]*(?:rupay|روپے|RMB|PKR)", r"kiraya[^.\n]*\d"]),
    "s40-ul-13": (
        TRANSCRIPT,
        "free shuttle bus",
        [r"last (?:bus|shuttle)", r"shuttle[^.\n]*until", r"aakhri bus", r"末班"],
    ),
    "s40-ul-14": (
        TRANSCRIPT,
        "Gate C interpretation desk",
        [r"\d+ interpreters", r"(?:two|three|four|five|six|ten) interpreters", r"名翻译", r"名口译"],
    ),
    "s40-mx-12": (AGENDA, "Gala dinner", [r"dress code", r"正装", r"着装", r"formal wear", r"lounge suit"]),
    "s40-mx-13": (MANUAL, "shell scheme stand", [r"height", r"限高", r"高度", r"\d(?:\.\d)? ?m high"]),
}
# qid: (document, the TBD cell's row label) for near misses whose asked value is marked TBD / 待定 / to be announced
TBD_ASKED = {
    "s40-en-16": (PACKAGES, "30 m²"),
    "s40-en-17": (SCHEDULE, "Awards ceremony"),
    "s40-zh-15": (SCHEDULE, "Depot night-shift visit"),
    "s40-zh-17": (SCHEDULE, "Visa invitation letters sent"),
}
# other near misses: the topic is covered, the fact is not (a future round, a discount not offered)
FUTURE = {
    "s40-en-19": r"2089",
    "s40-zh-16": r"discount|折扣|团体|group (?:booking|rate|discount)|رعایت",
    "s40-ur-14": r"2089",
}
OFF_TOPIC = {"s40-en-20", "s40-zh-18", "s40-mx-14"}


# ---------------------------------------------------------------------------------------------- text helpers
def canon(s):
    s = unicodedata.normalize("NFKC", s).translate(URDU_DIGITS).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("٪", "%")
    s = re.sub(r"(?<=\d)[,٬،](?=\d)", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"(?<=\d) %", "%", s)
    return re.sub(r"\s+", " ", s).strip()


class Html(html.parser.HTMLParser):
    """Text of an HTML page (cells separated by " | ", rows by newlines) and its tables as rows of cells, each cell
    (text, rowspan, colspan, is_header)."""

    BLOCK = {"p", "h1", "h2", "h3", "li", "tr", "caption", "title", "div", "ul", "table"}
    CELL = {"td", "th"}

    def __init__(self):
        super().__init__()
        self.parts, self.tags, self.tables, self.captions = [], collections.Counter(), [], []
        self.row = None
        self.cell = None
        self.in_caption = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        a = dict(attrs)
        if tag == "table":
            self.tables.append([])
            self.captions.append("")
        if tag == "caption":
            self.in_caption = True
        if tag == "tr":
            self.row = []
        if tag in self.CELL and self.row is not None:
            self.cell = ["", int(a.get("rowspan", 1)), int(a.get("colspan", 1)), tag == "th"]
            self.row.append(self.cell)
            self.parts.append(" | ")
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "caption":
            self.in_caption = False
        if tag == "tr" and self.row is not None:
            self.tables[-1].append([tuple(c) for c in self.row])
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


def html_grid(rows):
    """The table's rows with every merged cell copied into each row and column it spans."""
    grid = {}
    for r, row in enumerate(rows):
        c = 0
        for text, rs, cs, _ in row:
            while (r, c) in grid:
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    grid[(r + dr, c + dc)] = text.strip()
            c += cs
    n_rows = max((r for r, _ in grid), default=-1) + 1
    n_cols = max((c for _, c in grid), default=-1) + 1
    return [[grid.get((r, c), "") for c in range(n_cols)] for r in range(n_rows)]


def html_table(name, caption):
    p = read_html(name)
    for cap, rows in zip(p.captions, p.tables):
        if cap.strip().startswith(caption):
            return rows
    raise AssertionError(f"{name}: no table {caption!r}")


def merged_cell(name, caption, label, option, column):
    """(value of the grid cell, the row's own cells as written) for the option row under a merged label."""
    rows = html_table(name, caption)
    grid = html_grid(rows)
    heads = [c for c in grid[1]]
    col = next(i for i, h in enumerate(heads) if h.startswith(column))
    for i, g in enumerate(grid[2:], 2):
        if g[0].startswith(label) and g[1].startswith(option):
            return g[col], " | ".join(c[0].strip() for c in rows[i])
    raise AssertionError(f"{name}: no row {label} / {option}")


def word_xml(path, part):
    """Paragraph texts of a Word part: 'body' (paragraphs and table rows), 'header' or 'footer' (all of them)."""
    with zipfile.ZipFile(path) as z:
        if part == "body":
            roots = [ET.fromstring(z.read("word/document.xml"))]
        else:
            roots = [ET.fromstring(z.read(n)) for n in sorted(z.namelist()) if re.fullmatch(rf"word/{part}\d*\.xml", n)]
    return roots


def para_text(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def word_lines(path, tables=None, part="body"):
    """Paragraphs and table rows (cells joined with " | ") of a Word part; tables=True only rows, False only paragraphs."""
    lines = []
    for root in word_xml(path, part):
        container = root.find(W + "body") if part == "body" else root
        for el in container:
            if el.tag == W + "p" and tables is not True:
                lines.append(para_text(el))
            elif el.tag == W + "tbl" and tables is not False:
                for tr in el.iter(W + "tr"):
                    lines.append(
                        " | ".join(" ".join(para_text(p) for p in tc.iter(W + "p")) for tc in tr.findall(W + "tc"))
                    )
    return lines


def pdf_pages(path):
    import pypdf

    return [pg.extract_text() or "" for pg in pypdf.PdfReader(str(path)).pages]


def pdf_items(path):
    """[(x, y, text)] of every text run drawn on a PDF's first page."""
    import pypdf

    page = pypdf.PdfReader(str(path)).pages[0]
    items = []
    page.extract_text(visitor_text=lambda t, cm, tm, fd, fs: items.append((tm[4], tm[5], t)) if t.strip() else None)
    return items


def pdf_columns(path, split=300):
    """(left column text, right column text) of a PDF's first page, from the positions the text is drawn at."""
    items = pdf_items(path)
    left = [(-y, t.strip()) for x, y, t in items if 0 < x < split]
    right = [(-y, t.strip()) for x, y, t in items if x >= split]
    return "\n".join(t for _, t in sorted(left)), "\n".join(t for _, t in sorted(right))


def doc_text(name):
    path = PROG / name
    if path.suffix == ".html":
        return "".join(read_html(name).parts)
    if path.suffix == ".docx":
        return "\n".join([*word_lines(path, part="header"), *word_lines(path), *word_lines(path, part="footer")])
    if path.suffix == ".pdf":
        return "\n".join(pdf_pages(path))
    return path.read_text(encoding="utf-8")


def md_rows(name, text=None):
    out = []
    for ln in (text if text is not None else (PROG / name).read_text(encoding="utf-8")).splitlines():
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
        return "\n".join(
            "\n".join(" | ".join(c[0].strip() for c in row) for row in rows) for rows in read_html(name).tables
        )
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


def amount(s):
    """The money amount a string carries: "120万", "3.5亿", "1.2 million", "1,200,000", "12万卢比"; else None."""
    s = unicodedata.normalize("NFKC", s).translate(URDU_DIGITS)
    m = re.search(r"(\d+(?:\.\d+)?)\s*(万|亿)", s)
    if m:
        return Fraction(m[1]) * (10_000 if m[2] == "万" else 100_000_000)
    m = re.search(r"(\d+(?:\.\d+)?)\s*million", s, re.I)
    if m:
        return Fraction(m[1]) * 1_000_000
    m = re.search(r"\d{1,3}(?:,\d{3})+|\d{4,}", s)
    return Fraction(num(m[0])) if m else None


# ---------------------------------------------------------------------------------------------- rules read from the documents
def nth_weekday(year, month, weekday, n):
    d = datetime.date(year, month, 1)
    while d.weekday() != weekday:
        d += datetime.timedelta(days=1)
    return d + datetime.timedelta(weeks=n - 1)


def expo_dates(t):
    """(opening day, build-up day) from the exhibitor manual's hours table, checked against the overview."""
    rows = {r[0]: r for r in md_rows(MANUAL)}
    build = parse_en_date(rows["Build-up"][1])
    day1 = parse_en_date(rows["Day 1"][1])
    m = find(r"(\w+) (\d{1,2}) to (\w+) (\d{1,2}) (\w+) (\d{4}),? at the Chengdu", t[OVERVIEW], "expo dates")
    if parse_en_date(f"{m[2]} {m[5]} {m[6]}") != day1 or day1.strftime("%A") != m[1]:
        raise AssertionError("expo opening day differs between overview and manual")
    if rows["Build-up"][1].split()[0] != build.strftime("%A"):
        raise AssertionError("build-up weekday wrong")
    return day1, build


def sprint_dates(t):
    m = find(r"four weeks, from Monday (\d{1,2} \w+) to Sunday (\d{1,2} \w+ \d{4})", t[HANDBOOK], "Sprint dates")
    end = parse_en_date(m[2])
    start = parse_en_date(f"{m[1]} {end.year}")
    if (end - start).days != 4 * 7 - 1 or start.weekday() != 0:
        raise AssertionError("the Sprint is not four weeks from a Monday")
    return start, end


def deposit(t):
    return num(find(r"stand security deposit of RMB ([\d,]+) per stand", t[MANUAL], "deposit")[1])


def packages_fee(caption, label, option, column):
    return num(merged_cell(PACKAGES, caption, label, option, column)[0])


def sprint_fee(t):
    return num(find(r"participation fee of RMB ([\d,]+) per team", t[HANDBOOK], "Sprint fee")[1])


def c_en02(t):
    m = find(r"close at 23:59 PKT on the (\w+) (\w+) of (\w+) (\d{4})", t[OVERVIEW], "application rule")
    d = nth_weekday(int(m[4]), MONTHS[m[3].lower()], WEEKDAYS.index(m[2].lower()), ORDINALS[m[1].lower()])
    return en_date(d)


def c_en04(t):
    kept = num(find(r"RMB ([\d,]+) is kept from the deposit", t[MANUAL], "amount kept")[1])
    find(r"unless the stand is left unattended", t[MANUAL], "exception")
    n = deposit(t) - 2 * kept
    return [f"RMB {money(n)}", money(n)]


def c_en08(t):
    words = find(r"Every stand comes with (\w+) exhibitor badges", t[TRANSCRIPT], "badges per stand")[1]
    free = WORD_NUM[words.lower()]
    rows = html_table(PACKAGES, "Table 3")
    per = next(num(re.match(r"[\d,]+", r[1][0])[0]) for r in rows if r[0][0].startswith("Additional exhibitor badge"))
    n = (5 - free) * per
    return [f"RMB {money(n)}", money(n)]


def c_en09(t):
    find(
        r"except women-led firms \(at least 51 % owned by women\), which pay no participation fee", t[HANDBOOK], "rule"
    )
    n = 0 + 2 * packages_fee("Table 2", "Depot workstation", "per seat, whole Sprint", "PTSC member")
    return [f"RMB {money(n)}", money(n)]


def c_zh02(t):
    n = sprint_fee(t) + 2 * packages_fee("Table 2", "Depot workstation", "per seat, whole Sprint", "Non-member")
    return [f"RMB {money(n)}", money(n), f"{money(n)}元"]


def c_zh03(t):
    _, end = sprint_dates(t)
    days = int(find(r"final report is due within (\d+) days after the last day", t[HANDBOOK], "final report")[1])
    d = end + datetime.timedelta(days=days)
    return [*zh_date(d), *en_date(d, weekday=False)]


def c_zh04(t):
    m = find(r"意向采购总额约([\d.]+)(亿|万)元", t[ZH_NOTICE], "purchase total")
    v = amount(m[1] + m[2])
    millions = v / 1_000_000
    if millions.denominator != 1:
        raise AssertionError("not whole millions")
    return [f"RMB {int(millions)} million", f"{int(millions)} million", money(int(v))]


def c_ur02(t):
    m = find(r"(\d{1,2}) سے (\d{1,2}) (ستمبر) (\d{4})", t[UR_GUIDE], "expo dates in Urdu")
    start = datetime.date(int(m[4]), UR_MONTHS[m[3]], int(m[1]))
    day1, _ = expo_dates(t)
    if start != day1:
        raise AssertionError("Urdu guide and manual differ on the opening day")
    days = int(find(r"کم از کم (\d+) دن پہلے", t[UR_GUIDE], "visa-letter days")[1])
    d = start - datetime.timedelta(days=days)
    ur_month = {v: k for k, v in UR_MONTHS.items()}[d.month]
    return [f"{d.day} {d.strftime('%B')} {d.year}", f"{d.day} {ur_month} {d.year}", f"{d.day} {d.strftime('%B')}"]


def c_ur05(t):
    pool = amount(find(r"奖金池(\d+万)元", t[ZH_NOTICE], "prize pool")[1])
    m = find(r"按(\d+):(\d+):(\d+)分配", t[ZH_NOTICE], "prize split")
    shares = [int(x) for x in m.groups()]
    n = pool * shares[0] / sum(shares)
    if n.denominator != 1 or (n % 10_000) != 0:
        raise AssertionError("first prize not whole 万")
    n = int(n)
    return [f"RMB {money(n)}", money(n), f"{n // 10_000}万元"]


def c_ul02(t):
    find(r"by 17:00 Beijing time on the last working day before build-up day", t[MANUAL], "artwork rule")
    find(r"Working days in this manual are Monday to Friday", t[MANUAL], "working days")
    _, build = expo_dates(t)
    d = build - datetime.timedelta(days=1)
    while d.weekday() > 4:
        d -= datetime.timedelta(days=1)
    return en_date(d)


def c_ul07(t):
    _, end = sprint_dates(t)
    days = int(find(r"within (\d+) days after the Sprint ends", t[HANDBOOK], "deletion days")[1])
    return en_date(end + datetime.timedelta(days=days), weekday=False)


def c_mx04(t):
    n = 3 * 2 * packages_fee("Table 2", "Depot workstation", "per seat per week", "PTSC member")
    return [f"RMB {money(n)}", money(n)]


COMPUTED = {
    "s40-en-02": c_en02,
    "s40-en-04": c_en04,
    "s40-en-08": c_en08,
    "s40-en-09": c_en09,
    "s40-zh-02": c_zh02,
    "s40-zh-03": c_zh03,
    "s40-zh-04": c_zh04,
    "s40-ur-02": c_ur02,
    "s40-ur-05": c_ur05,
    "s40-ul-02": c_ul02,
    "s40-ul-07": c_ul07,
    "s40-mx-04": c_mx04,
}

# ---------------------------------------------------------------------------------------------- directory filters
SERVICE_FORMS = {
    "afc": ["AFC", "automatic fare collection", "fare collection", "自动售检票", "AFC back-office", "Fare Gate Software"],
    "qr": ["QR ticketing", "NFC ticketing", "mobile ticketing", "二维码乘车", "QR/NFC ticketing"],
    "pis": ["PIS", "passenger information displays", "Passenger Information Systems", "乘客信息系统",
            "real-time arrival boards"],
    "cbtc": ["CBTC simulators", "CBTC testing", "interlocking test benches", "信号系统仿真", "signalling test tools",
             "Train Control Simulation"],
    "crew": ["crew rostering", "timetable optimisation", "Timetabling", "排班优化", "crew scheduling"],
    "pdm": ["predictive maintenance", "rolling-stock predictive maintenance", "Condition Monitoring", "车辆预测性维护",
            "bogie condition monitoring"],
    "eam": ["EAM", "CMMS", "depot management", "spare-parts management", "资产管理系统", "Enterprise Asset Management"],
    "cctv": ["CCTV video analytics", "station video analytics", "视频智能分析", "Video Content Analytics", "CCTV analytics"],
    "crowd": ["crowd monitoring", "platform density monitoring", "Passenger Flow Analytics", "客流监测", "crowd analytics"],
    "maas": ["journey planner", "MaaS", "mobility apps", "出行即服务", "Mobility-as-a-Service"],
    "avl": ["bus fleet tracking", "AVL", "automatic vehicle location", "公交车辆定位", "Fleet Telematics"],
    "brt": ["BRT operations", "BRT control centre software", "快速公交调度", "Bus Rapid Transit Ops", "BRT scheduling"],
    "freight": ["freight wagon tracking", "wagon tracking", "RFID wagon tags", "货车追踪", "Freight Rail Visibility"],
    "gis": ["railway GIS", "asset surveys", "Rail GIS", "铁路GIS", "LiDAR asset survey"],
    "track": ["track geometry analysis", "track-geometry data", "Track Recording Analytics", "轨道几何分析",
              "rail wear analytics"],
    "energy": ["traction energy metering", "energy metering", "Traction Power Monitoring", "牵引能耗计量", "sub-metering"],
    "twin": ["digital twins", "station digital twin", "BIM digital twin", "数字孪生车站", "Digital Twin"],
    "access": ["accessibility apps", "wayfinding for visually impaired", "Accessible Journey Apps", "无障碍出行App"],
    "call": ["call-centre systems", "lost-and-found", "Lost & Found software", "客服热线系统", "contact centre CRM"],
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
    "s40-en-10": lambda r: PK(r) and has(r, "afc") and emp(r) > 300,
    "s40-en-11": lambda r: has(r, "cbtc") and founded(r) < 2050,
    "s40-en-12": lambda r: CN(r) and has(r, "crowd"),
    "s40-en-13": lambda r: has(r, "pdm") and r["city"] in ("Lahore", "Rawalpindi"),
    "s40-en-14": lambda r: has(r, "eam") and cert(r, "IRIS", "ISO/TS 22163"),
    "s40-zh-09": lambda r: PK(r) and has(r, "pis") and no_cert(r),
    "s40-zh-10": lambda r: r["name_zh"] == "信德票务科技",
    "s40-zh-11": lambda r: has(r, "freight") and 20 <= emp(r) <= 150,
    "s40-zh-12": lambda r: PITCHED(r) and has(r, "cctv"),
    "s40-zh-13": lambda r: has(r, "crew") and YEAR - founded(r) > 40,
    "s40-ur-08": lambda r: has(r, "avl") and r["city"] in ("Multan", "Bahawalpur"),
    "s40-ur-09": lambda r: has(r, "twin") and not cert(r, "27001"),
    "s40-ur-10": lambda r: has(r, "access") and emp(r) < 50,
    "s40-ur-11": lambda r: PK(r) and has(r, "gis") and founded(r) > 2070,
    "s40-ul-08": lambda r: has(r, "qr") and r["city"] in ("Karachi", "Hyderabad"),
    "s40-ul-09": lambda r: has(r, "maas") and founded(r) > 2080,
    "s40-ul-10": lambda r: has(r, "energy") and cert(r, "EN 50128"),
    "s40-ul-11": lambda r: PK(r) and has(r, "call") and emp(r) < 40,
    "s40-mx-08": lambda r: has(r, "brt") and PITCHED(r),
    "s40-mx-09": lambda r: PK(r) and has(r, "track") and emp(r) > 100,
    "s40-mx-10": lambda r: PK(r) and has(r, "cctv") and speaks_mandarin(r),
    "s40-mx-11": lambda r: has(r, "cbtc") and r["city"] == "Gwadar",
}
# negation / certification filters: no candidate may have an empty (unknown) certifications cell
NEGATION = {
    "s40-zh-09": lambda r: PK(r) and has(r, "pis"),
    "s40-ur-09": lambda r: has(r, "twin"),
}
EMPTY_SET = "s40-mx-11"
BY_ZH_NAME = "s40-zh-10"


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
    ov = texts.get(OVERVIEW, "")
    for org in [
        "Consulate General in Shanghai",
        "Software Business Union of Shanghai",
        "Shanghai Software Industry Association",
        "Trade Development Authority of Pakistan",
    ]:
        c.ok(org in unwrap(ov), f"overview: {org} missing")
    return texts


def revision_parts(t):
    """(history rows, text before the history, body after it) of the exhibitor manual."""
    text = t[MANUAL]
    head, sep, rest = text.partition("## Revision history")
    lines = rest.splitlines()
    i = 0
    while i < len(lines) and not lines[i].startswith("|"):
        i += 1
    j = i
    while j < len(lines) and lines[j].startswith("|"):
        j += 1
    hist = md_rows(MANUAL, "\n".join(lines[i:j]))
    return hist, head, "\n".join(lines[j:]), bool(sep)


def transcript_turns(t):
    """[(speaker label, text of the turn)] in order; a turn starts at a line 'Label: ...'."""
    turns = []
    for ln in t[TRANSCRIPT].splitlines():
        m = re.match(r"^(Moderator|Ms\. \w+ \([^)]*\)|Mr\. \w+ \([^)]*\)|Q \([^)]*\)):\s*(.*)$", ln)
        if m:
            turns.append([m[1], m[2]])
        elif turns and ln.strip():
            turns[-1][1] += " " + ln.strip()
    return [tuple(x) for x in turns]


def checklist(t):
    """{section: {item text: 'required' | 'optional'}} from the checklist's [x] / [ ] lines."""
    out, sec = {}, None
    for ln in t[CHECKLIST].splitlines():
        if ln.startswith("## "):
            sec = ln[3:].strip()
            out[sec] = {}
        m = re.match(r"^- \[( |x)\] (.+)$", ln)
        if m and sec:
            out[sec][m[2].strip()] = "required" if m[1] == "x" else "optional"
    return out


def check_state(t, section, item):
    for sec, items in checklist(t).items():
        if sec.startswith(section):
            for it, state in items.items():
                if it.startswith(item):
                    return state
    return None


def check_features(c, t):
    # 1. revision history at the top; the body carries the new figures; the old deposit only in the history
    hist, head, body, found = revision_parts(t)
    c.ok(found and head.count("\n") <= 5, "manual: revision history at the top")
    c.ok(hist and hist[0] == ["Version", "Date", "What changed"] and len(hist) >= 4, "manual: history table")
    vers = [r[0] for r in hist[1:]]
    c.ok(vers == sorted(vers) and f"version {vers[-1][1:]}" in head, "manual: header names the latest version")
    c.ok(any("RMB 3,000" in r[2] and "RMB 4,500" in r[2] for r in hist[1:]), "manual: deposit change in history")
    c.ok("3,000" not in body and "3,000" not in head and "RMB 4,500" in body, "manual: old deposit only in history")
    c.ok(all("3,000" not in t[n] for n in DOCS if n != MANUAL), "old deposit only in the manual's history")
    c.ok("08:00" not in body and any("08:00" in r[2] for r in hist[1:]), "manual: old build-up time only in history")
    # 2. merged cells: rowspan label groups and a two-column fee header
    p = read_html(PACKAGES)
    raw = (PROG / PACKAGES).read_text(encoding="utf-8")
    c.ok(raw.count('rowspan="') >= 6 and raw.count('colspan="2"') >= 4, "packages: rowspan and colspan")
    for cap in ("Table 1", "Table 2"):
        try:
            g = html_grid(html_table(PACKAGES, cap))
            c.ok(g[0][-1] == g[0][-2] == "Fee (RMB)" and g[1][-1] != g[1][-2], f"packages {cap}: fee header spans two")
        except (AssertionError, IndexError) as e:
            c.ok(False, f"packages {cap}: {e}")
    for qid, (cap, label, option, col, val) in MERGED.items():
        try:
            got, own = merged_cell(PACKAGES, cap, label, option, col)
            c.ok(got == val, f"{qid}: merged cell {label}/{option}/{col} is {got!r}, not {val!r}")
            c.ok(label not in own or qid not in LABEL_ONLY_MERGED, f"{qid}: the row itself names {label!r}")
        except (AssertionError, StopIteration) as e:
            c.ok(False, f"{qid}: {e}")
    c.ok(p.tags["table"] >= 3, "packages: three tables")
    # 3. facts only in the Word page header / footer
    for qid, (part, fact) in HEADER_FOOTER.items():
        hf = "\n".join(word_lines(PROG / HANDBOOK, part=part))
        c.ok(fact in hf, f"{qid}: {fact!r} not in the {part}")
        c.ok(canon(fact) not in canon("\n".join(word_lines(PROG / HANDBOOK))), f"{qid}: body repeats {fact!r}")
        c.ok(all(canon(fact) not in canon(t[n]) for n in DOCS if n != HANDBOOK), f"{qid}: {fact!r} elsewhere")
    c.ok(all("3555 7288" not in t[n] for n in DOCS if n != HANDBOOK), "hotline only in the handbook footer")
    # 4. transcript: speaker turns; an answer only in one turn; a later correction of an earlier figure
    turns = transcript_turns(t)
    speakers = {s for s, _ in turns}
    c.ok("Moderator" in speakers and any(s.startswith("Q (caller from") for s in speakers), "transcript: labels")
    c.ok(len(turns) >= 12 and any(s.startswith("Ms. Zhou") for s in speakers), "transcript: turns")
    for qid, (who, fact) in TURN_ONLY.items():
        hits = [i for i, (_, txt) in enumerate(turns) if fact in txt]
        c.ok(len(hits) == 1 and turns[hits[0]][0] == who, f"{qid}: {fact!r} not in exactly one turn of {who}")
        c.ok(all(fact not in t[n] for n in DOCS if n != TRANSCRIPT), f"{qid}: {fact!r} elsewhere")
    said = [i for i, (s, txt) in enumerate(turns) if s == "Moderator" and "up to 10 buyer meetings" in txt]
    fixed = [i for i, (s, txt) in enumerate(turns) if s.startswith("Ms. Zhou") and "16 pre-booked meetings" in txt]
    c.ok(said and fixed and said[0] < fixed[0], "transcript: a later speaker corrects an earlier figure")
    # 5. checklist: legend, both marks, states per track
    cl = checklist(t)
    c.ok("[x] = required" in t[CHECKLIST] and "[ ] = optional" in t[CHECKLIST], "checklist legend")
    c.ok(len(cl) >= 3 and all({"required", "optional"} <= set(v.values()) for v in cl.values()), "checklist marks")
    for qid, (sec, item, state) in CHECKS.items():
        c.ok(check_state(t, sec, item) == state, f"{qid}: {item} is not {state} for {sec}")
    # 6. Chinese large-number units, figures only in Chinese
    zh = t[ZH_NOTICE]
    for qid, (doc, fig) in WAN_YI.items():
        c.ok(fig in t[doc], f"{qid}: {fig} not in {doc}")
        v = amount(fig)
        for n in DOCS:
            if n != doc:
                c.ok(
                    all(
                        amount(m) != v for m in re.findall(r"\d[\d,.]*\s*(?:million|万|亿)|\d{1,3}(?:,\d{3}){2,}", t[n])
                    ),
                    f"{qid}: {fig} also stated in {n}",
                )
    c.ok("万元" in zh and "亿元" in zh, "zh notice: both 万 and 亿")
    # 7. TBD cells
    sched = html_grid(html_table(SCHEDULE, "Depot Sprint"))
    tbd = {"TBD", "待定", "to be announced"}

    def is_tbd(s):
        return bool(s) and all(part.strip() in tbd for part in s.split("·"))

    for qid, (doc, label) in TBD_ASKED.items():
        if doc == SCHEDULE:
            row = next((r for r in sched if r[0].startswith(label)), None)
            c.ok(row is not None and is_tbd(row[1]), f"{qid}: {label} date not TBD")
        else:
            g = html_grid(html_table(PACKAGES, "Table 1"))
            row = next((r for r in g if r[1] == label), None)
            c.ok(row is not None and is_tbd(row[3]) and is_tbd(row[4]), f"{qid}: {label} fee not TBD")
    c.ok("待定" in t[SCHEDULE] and "to be announced" in t[PACKAGES] and "TBD" in t[PACKAGES], "TBD markers")
    # 8. conditions with exceptions
    for qid, (doc, rule_) in EXCEPTION.items():
        c.ok(rule_ in unwrap(t[doc]), f"{qid}: exception {rule_!r} not in {doc}")
    c.ok("Start-up pods pay no deposit" in t[MANUAL], "manual: deposit exception for pods")
    # 9. weekday-based deadlines; the computed dates stated nowhere
    c.ok("second Friday of August 2088" in unwrap(t[OVERVIEW]), "overview: weekday rule")
    for qid in ("s40-en-02", "s40-ul-02"):
        try:
            d = COMPUTED[qid](t)[0]
            c.ok(all(canon(d) not in canon(t[n]) and canon(d[:-5]) not in canon(t[n]) for n in DOCS), f"{qid}: stated")
        except (AssertionError, KeyError) as e:
            c.ok(False, f"{qid}: {e}")
    # 10. two-column PDF read line by line across both columns
    pages = pdf_pages(PROG / NEWSLETTER)
    left, right = pdf_columns(PROG / NEWSLETTER)
    c.ok(len(pages) == 1 and len(left.splitlines()) >= 15 and len(right.splitlines()) >= 15, "newsletter: columns")
    items = pdf_items(PROG / NEWSLETTER)
    for qid, (side, fact) in COLUMN_FACT.items():
        col, other = (left, right) if side == "left" else (right, left)
        c.ok(fact in col and fact not in other, f"{qid}: {fact!r} not in the {side} column")
        mine = [(x, y, s) for x, y, s in items if fact in s]
        partner = [s for x, y, s in items if mine and y == mine[0][1] and (x < 300) != (mine[0][0] < 300)]
        line = next((ln for ln in pages[0].splitlines() if fact in ln), "")
        c.ok(
            len(mine) == 1 and bool(partner) and all(p.strip() in line for p in partner),
            f"{qid}: the extracted line holding {fact!r} does not run across both columns",
        )
    # other kinds of document
    c.ok("SUPERSEDED" in t[HANDBOOK_OLD] and "replaces version 1" in t[HANDBOOK], "superseded pair")
    c.ok("Correction Notice No. 1" in t[CORRECTION], "correction notice")
    cdate = parse_en_date(t[CORRECTION])
    c.ok(cdate > parse_en_date(t[PACKAGES]) and cdate > parse_en_date(t[NEWSLETTER]), "correction later")
    c.ok("2087" in t[REPORT] and "last year's pilot figures" in unwrap(t[REPORT]), "report marks last year's figures")
    urraw = (PROG / UR_GUIDE).read_text(encoding="utf-8")
    c.ok('dir="rtl"' in urraw and 'lang="ur"' in urraw, "Urdu page: right-to-left")
    c.ok(all("120,000" not in t[n] for n in DOCS if n != UR_GUIDE), "travel support only in Urdu")
    c.ok(all("40 days" not in t[n] and "40 天" not in t[n] for n in DOCS), "visa-letter rule only in Urdu")
    c.ok(all("4 September" not in t[n] for n in DOCS if n != VOICE_NOTE), "briefing date only in Roman Urdu")
    c.ok(all("4人" not in t[n] for n in DOCS if n != ZH_NOTICE), "buyer head count only in Chinese")
    en_part, _, zh_part = t[SCHEDULE].partition("中文说明")
    c.ok(len(re.findall(HAN, zh_part)) > 80 and "Milestone" in en_part, "schedule: both languages")


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
            c.ok(1996 <= founded(r) <= YEAR - 1, f"{r['id']}: founded")
            c.ok(3 <= emp(r) <= 2500, f"{r['id']}: employees")
        except ValueError:
            c.ok(False, f"{r['id']}: founded/employees not integers")
        c.ok(r["pitched_at_webinar"] in ("yes", "no"), f"{r['id']}: pitched")
        c.ok(r["website"].endswith(".example") and r["contact_email"].endswith(".example"), f"{r['id']}: domains")
        c.ok(bool(r["description"]) and bool(r["languages"]) and bool(r["services"]), f"{r['id']}: filled")
    try:
        c.ok(min(map(founded, rows)) == 1996 and max(map(founded, rows)) == 2087, "founded range 1996-2087")
        c.ok(min(map(emp, rows)) == 3 and max(map(emp, rows)) == 2500, "head count range 3-2500")
    except ValueError:
        c.ok(False, "founded/employees not integers")
    certs = {x for r in rows for x in cells(r, "certifications")}
    for need in ["SOC 2 Type II", "ISO 9001", "ISO/IEC 27001:2022", "IRIS", "ISO/TS 22163", "EN 50128", "CMMI Level 3",
                 "none"]:  # fmt: skip
        c.ok(need in certs, f"certification {need} missing")
    c.ok(any(not r["certifications"] for r in rows), "some unknown certifications")
    zh = sum(bool(r["name_zh"]) for r in rows)
    c.ok(45 <= zh < 60, f"name_zh filled for {zh}")
    c.ok(45 <= sum(bool(r["description_zh"]) for r in rows) < 60, "description_zh mostly filled")
    small = {"Sukkur", "Bahawalpur", "Mardan", "Abbottabad", "Gwadar", "Sahiwal", "Khanewal", "Sargodha"}
    c.ok(len(small & {r["city"] for r in rows}) >= 4, "small Pakistani cities")
    c.ok(len({r["city"] for r in rows if r["country"] == "CN"}) >= 6, "Chinese cities")
    for qid, cand in NEGATION.items():
        c.ok(all(r["certifications"].strip() for r in rows if cand(r)), f"{qid}: an unknown-cert candidate")
    c.ok(sum(r["name_zh"] == "信德票务科技" for r in rows) == 1, "Chinese name is unique")
    c.ok(any(r["city"] == "Gwadar" for r in rows), "a Gwadar company exists (empty-set question)")
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
        ("merged", MERGED, 1),
        ("header/footer", HEADER_FOOTER, 1),
        ("transcript", TURN_ONLY, 1),
        ("checklist", CHECKS, 1),
        ("exception", EXCEPTION, 1),
        ("column", COLUMN_FACT, 2),
    ]:
        c.ok(len(group) >= n and all(byid.get(q, {}).get("kind") == "programme" for q in group), f"group {name}")
    c.ok(
        any(byid.get(q, {}).get("lang") in ("en", "ur") for q in WAN_YI)
        and all(byid.get(q, {}).get("lang") != "zh" for q in WAN_YI if q != "s40-zh-04"),
        "万/亿 figures asked in English or Urdu",
    )
    for qid in ONE_OR_TWO_WORDS:
        q = byid.get(qid, {"question": "x " * 9, "lang": "en"})
        words = re.findall(r"\w+", q["question"]) if q["lang"] != "zh" else [q["question"]]
        c.ok(len(words) <= 2 and len(q["question"]) <= 25, f"{qid}: not one or two words")
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
        m = re.fullmatch(r"s40-(en|zh|ur|ul|mx)-\d\d", qid)
        c.ok(m and LANG_CODES[m[1]] == q["lang"], f"{qid}: id/lang")
        text = q["question"]
        lang = q["lang"]
        if lang in ("en", "zh", "ur"):
            c.ok(script_lang(text) == lang, f"{qid}: question script is not {lang}")
        if lang == "ur":
            c.ok(
                not re.search(r"[A-Za-z]{4,}", re.sub(r"\b(PTSC|CURIA|RMB|PKR|AVL|ISO)\b", "", text)),
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
            except (AssertionError, ValueError, KeyError, TypeError, StopIteration) as e:
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
                if amount(a) is not None and amount(r) is not None:
                    c.ok(amount(a) == amount(r), f"{qid}: {a!r} and {r!r} are different amounts")
                elif day_key(a) or day_key(r):
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
            c.ok(old in (PROG / old_doc).read_text(encoding="utf-8") if old_doc.endswith((".html", ".md", ".txt"))
                 else old in t[old_doc], f"{qid}: stale {old!r} not in {old_doc}")  # fmt: skip
            c.ok(new in t[new_doc] and new_doc in srcs, f"{qid}: live {new!r} not in {new_doc}")
            c.ok(old_doc not in srcs or old_doc == new_doc or qid in STILL_NEEDED, f"{qid}: stale document as source")
        if qid in TABLE_ONLY:
            doc, fact, key = TABLE_ONLY[qid]
            c.ok(fact in table_text(doc) and doc in srcs, f"{qid}: {fact!r} not in a table row of {doc}")
            c.ok(canon(key) not in canon(prose_text(doc)), f"{qid}: {key!r} also in the prose of {doc}")
            c.ok(all(canon(key) not in canon(t[n]) for n in DOCS if n != doc), f"{qid}: {key!r} elsewhere")
            c.ok(
                any(canon(a) in canon(key) or canon(key) in canon(a) for a in ans) or qid in COMPUTED,
                f"{qid}: the table cell is not a key fact",
            )
        if qid in MERGED:
            _, _, _, _, val = MERGED[qid]
            c.ok(PACKAGES in srcs, f"{qid}: packages page not a source")
            if qid not in COMPUTED and qid not in CHANGED:
                c.ok(any(canon(val) in canon(a) for a in ans), f"{qid}: merged-cell value not a key fact")
        if qid in HEADER_FOOTER:
            c.ok(srcs == [HANDBOOK], f"{qid}: source")
            c.ok(
                any(canon(a) in canon(HEADER_FOOTER[qid][1]) for a in ans), f"{qid}: header/footer fact not a key fact"
            )
        if qid in TURN_ONLY:
            c.ok(TRANSCRIPT in srcs, f"{qid}: transcript not a source")
        if qid in CHECKS:
            state = CHECKS[qid][2]
            c.ok(srcs == [CHECKLIST], f"{qid}: source")
            good = {"optional": ["optional", "not required", "لازمی نہیں"], "required": ["required", "mandatory"]}
            c.ok(ans and all(a in good[state] for a in ans), f"{qid}: key facts do not say {state}")
        if qid in COLUMN_FACT:
            c.ok(srcs == [NEWSLETTER] and COLUMN_FACT[qid][1] in ans, f"{qid}: column fact")
        if qid in EXCEPTION:
            c.ok(EXCEPTION[qid][0] in srcs, f"{qid}: the exception's document is not a source")
        if qid in WAN_YI:
            c.ok(WAN_YI[qid][0] in srcs, f"{qid}: the Chinese notice is not a source")
        if qid in OTHER_LANGUAGE:
            c.ok(
                all(OTHER_LANGUAGE[qid] in DOCS[s].split("+") for s in srcs) and OTHER_LANGUAGE[qid] != q["lang"],
                f"{qid}: answer language",
            )
    for qid in FILTERS:
        c.ok(qid in byid and byid[qid]["kind"] == "directory", f"{qid}: filter without a directory question")
    groups = (COMPUTED, CHANGED, TABLE_ONLY, OTHER_LANGUAGE, NEAR_MISS, FUTURE, STALE_FOR, MERGED, HEADER_FOOTER,
              TURN_ONLY, CHECKS, COLUMN_FACT, EXCEPTION, WAN_YI, TBD_ASKED)  # fmt: skip
    for group in groups:
        for qid in group:
            c.ok(qid in byid, f"{qid}: listed but no such question")
    empty = [q["id"] for q in qs if q.get("kind") == "directory" and not q.get("expected_companies")]
    c.ok(empty == [EMPTY_SET], f"directory questions with no company: {empty}")
    c.ok(sum(1 for q in qs if q.get("kind") == "directory" and len(q.get("expected_companies", [])) == 1) >= 1, "one")
    c.ok(
        byid.get(BY_ZH_NAME, {}).get("expected_companies") and "信德票务科技" in byid[BY_ZH_NAME]["question"],
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
