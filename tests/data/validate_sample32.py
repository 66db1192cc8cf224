"""Check sample-32 ("Payroll Pagoda 2077") and questions-32.jsonl; exit 0 when every check passes.

Stdlib + python-docx + pypdf only. The builder imports FILTERS and COMPUTED from here, so the frozen
answer sets and the arithmetic answers come from the same code that checks them.

Key facts are looked up in each document's text as a careful reader would get it:
- Word files: every paragraph and every table cell read once (a cell merged across columns with gridSpan or down
  rows with vMerge is read once, where its text is);
- HTML with tags stripped, entities decoded, <script>/<style> left out; answers from the two web pages must be in
  the page's <main> content, not in the menu, cookie banner, sidebar or footer that both pages repeat;
- Markdown and plain text as written (YAML front matter included);
- PDF text extracted page by page with pypdf.
Figures are compared after NFKC (full-width digits read as ASCII), Urdu digits read as ASCII, thousands
separators dropped and whitespace collapsed; at least one key fact of each programme question must also be found
as written (whitespace collapsed only) in one of its sources.
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
KB = HERE / "sample-32"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-32.jsonl"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OVERVIEW = "overview.md"
FEE_V1 = "fee-schedule-v1.md"  # 1. the old version, left in the folder
FEE_V2 = "fee-schedule-v2-final.md"  # 1. the live version: three figures changed, said only by its name/date line
CALL = "call-for-applications-2077.docx"  # 2. Word without heading styles, hand-typed numbering, long paragraphs
GRANTS = "grant-windows-2077.docx"  # 3. Word table with gridSpan and vMerge cells
TOUR = "site-visit-tour.html"  # 4. web page with site boilerplate, rowspan/colspan table
FAQ = "faq.html"  # 4. the second page with the same boilerplate, rowspan/colspan offices table
CALENDAR = "programme-calendar-2077.pdf"  # 5. table across two pages, header row repeated
EMAIL = "email-thread-briefing.txt"  # 6. e-mail thread with a correcting reply
ZH_DOCX = "zh-buyer-guide.docx"  # 7. Chinese numbers: 万, 贰万元整, 年月日, full-width digits, 五十人以下
UR_DOCX = "ur-fees-refunds.docx"  # 8. Urdu RTL Word with Urdu digits
ROMAN = "whatsapp-announcement-roman-urdu.txt"  # 8. Roman Urdu WhatsApp announcement
EXPO = "expo-packages.md"  # 9. YAML front matter, status: current, blank "same as above" cells
EXPO_OLD = "expo-packages-archived.md"  # 9. status: superseded, old figures still in its body
CORR = "corrigendum-01.md"
PILOT = "pilot-round-2075-summary.md"
CRITERIA = "selection-criteria-2077.pdf"
ZH_MD = "zh-expo-notice.md"

DOCS = {
    OVERVIEW: "en",
    FEE_V1: "en",
    FEE_V2: "en",
    CALL: "en",
    GRANTS: "en",
    TOUR: "en",
    FAQ: "en",
    CALENDAR: "en",
    EMAIL: "en",
    CORR: "en",
    PILOT: "en",
    CRITERIA: "en",
    EXPO: "en",
    EXPO_OLD: "en",
    ZH_DOCX: "zh",
    ZH_MD: "zh",
    UR_DOCX: "ur",
    ROMAN: "ur-Latn",
}
STALE_DOCS = {FEE_V1, EXPO_OLD}  # never an expected source
FEATURES = {
    1: [FEE_V2],
    2: [CALL],
    3: [GRANTS],
    4: [TOUR, FAQ],
    5: [CALENDAR],
    6: [EMAIL],
    7: [ZH_DOCX],
    8: [UR_DOCX, ROMAN],
    9: [EXPO],
}
CAL_RUNNING_HEADER = "Payroll Pagoda 2077 - Programme calendar and desk closures - issued 25 January 2077"

LANG_CODES = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}
ROMAN_URDU = re.compile(
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|batao|bata[od]|karne|karna|karoon|bhai|nahi|ka|ki|ke"
    r"|ko|se|aur|kaun|kaunsa|thi|tha|milegi|milti|hoga|chahiye|zaroori|raqam|pehle|pare|tak)\b",
    re.I,
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
SPACES = {0x202F: " ", 0x2009: " ", 0x00A0: " ", 0x2007: " ", 0x2011: "-", 0x2010: "-"}
TRAD_ONLY = "夥務證資費間會員時週請點關與為處號開辦灣東將機場廣轉電館頁幣"

# Figures that are written somewhere but are not the live answer: never an expected key fact.
STALE = {
    "58,000": "Band 2 fee in fee schedule version 1, replaced by version 2 (final)",
    "195,000": "Band 4 fee in fee schedule version 1",
    "16,000": "extra-delegate fee in fee schedule version 1",
    "19 March 2077": "closing date as printed in the call and the calendar, corrected by Corrigendum No. 1",
    "3月19日": "closing date as printed, corrected by Corrigendum No. 1",
    "1,500,000": "Window C cap as printed in the grant windows table, corrected by Corrigendum No. 1",
    "640,000": "18 sqm shell-scheme price on the superseded expo page",
    "340,000": "9 sqm shell-scheme price on the superseded expo page",
    "12 to 15 October": "expo dates on the superseded expo page",
    "23 August": "briefing date in the first e-mail, corrected by the later reply",
    "40,000": "the 2075 pilot's flat fee (asked only side by side with the 2077 fee)",
}
STALE_OK = {"s32-mx-03": {"40,000"}}  # the pilot-vs-now question names the old fee on purpose
# Stale only for one question: the superseded expo page's book-by date (30 June 2077 is live elsewhere).
STALE_FOR = {"s32-ul-01": {"30 June": "9 sqm book-by date on the superseded expo page"}}


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
    """An HTML page's text as a browser shows it, with the text inside <main> kept apart as well."""

    BLOCK = frozenset(
        "p div li tr td th h1 h2 h3 h4 h5 h6 br caption header footer main section table thead tbody ul ol "
        "title nav aside form button".split()
    )
    SKIP = frozenset({"script", "style", "template", "noscript"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.main, self.depth, self.in_main = [], [], 0, 0
        self.tags = collections.Counter()
        self.attrs = collections.Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        for k, val in attrs:
            self.attrs[k] += 1
        if tag in self.SKIP:
            self.depth += 1
        if tag == "main":
            self.in_main += 1
        if tag in self.BLOCK:
            self._add("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        if tag in self.BLOCK:
            self._add("\n")
        if tag == "main":
            self.in_main -= 1

    def _add(self, s):
        self.parts.append(s)
        if self.in_main:
            self.main.append(s)

    def handle_data(self, data):
        if not self.depth:
            self._add(data)


def read_html(raw):
    p = ReaderHtml()
    p.feed(raw)
    p.close()
    return "".join(p.parts), "".join(p.main), p


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


def doc_text(name, main_only=False):
    """The text a reader gets from a document (see the module docstring)."""
    path = PROG / name
    if path.suffix == ".html":
        full, main, _ = read_html(raw_text(name))
        text = main if main_only else full
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


def urdu_digits(s):
    return s.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


# ----------------------------------------------------------------------------- computed answers
def c_en06(t):
    # About 150 staff -> Band 3 (101-400): PKR 118,000 with 2 delegates; 4 delegates -> 2 extra at the live
    # (version 2) PKR 18,500 each.
    need(t, FEE_V2, "| Band 3 | 101–400 | PKR 118,000 | 2 |", "costs PKR 18,500")
    total = 118000 + (4 - 2) * 18500
    return [f"{total:,}", f"PKR {total:,}"]


def c_ur02(t):
    # 120 staff -> Band 3, PKR 1,18,000; withdrawing on 10 June falls in 1 June - 15 July: 50% back.
    need(
        t, UR_DOCX, "۱۰۱ تا ۴۰۰ | ۱,۱۸,۰۰۰ روپے", "یکم جون سے ۱۵ جولائی ۲۰۷۷ تک نام واپس لینے پر شرکت کی فیس کا ۵۰ فیصد"
    )
    back = 118000 * 50 // 100
    return [f"{back:,}", urdu_digits(f"{back:,}"), f"PKR {back:,}"]


def c_ul03(t):
    # Window A, tour costs: 60% of PKR 6 lakh is 3,60,000, under the tour row's PKR 450,000 cap.
    need(t, GRANTS, "Factory Floor Workforce Tour: tour package, economy airfare, hotel nights | 60% | PKR 450,000")
    grant = min(600000 * 60 // 100, 450000)
    return [f"{grant:,}", lakh(grant), f"PKR {grant:,}"]


def c_zh08(t):
    # A 300-person buyer (not 五十人以下): 30% of an 8万元 pilot contract is 2.4万元, under the 3.5万元 cap.
    need(t, ZH_DOCX, "资助金额为试点合同金额的30%，每家采购方上限为3.5万元")
    grant = min(80000 * 30 // 100, 35000)
    return [f"{grant / 10000:g}万元", f"{grant / 10000:g}万", f"{grant:,}"]


COMPUTED = {
    "s32-en-06": c_en06,
    "s32-ur-02": c_ur02,
    "s32-ul-03": c_ul03,
    "s32-zh-08": c_zh08,
}


# ----------------------------------------------------------------------------- directory filters
def has(cell, pattern):
    return any(re.search(pattern, item.strip(), re.I) for item in cell.split(";") if item.strip())


R_CNSI = r"social[- ]insurance|housing fund|五险一金|社保|公积金"
R_FACE = r"face[- ]?recognition|facial|人脸"
R_EOR = r"\bEOR\b|employer[- ]of[- ]record|名义雇主"
R_ATS = r"\bATS\b|applicant[- ]tracking|招聘SaaS"
R_PSY = r"psychometric|personality|aptitude|心理测评"
R_BGV = r"background (verification|check|screening)|credential|verification|screening|背景调查"
R_ROSTER = r"roster|shift scheduling|staff scheduling|排班"
R_ESS = r"self[- ]service|\bESS\b|chat ?bot|conversational|员工自助"
R_DISPATCH = r"labou?r[- ]dispatch|劳务派遣|劳务外包|staffing|HR outsourcing|人力资源外包"
R_EOBI = r"\bEOBI\b|\bPESSI\b"
R_LMS = r"\bLMS\b|learning[- ]management|e-?learning|micro-?learning"
R_ATTR = r"attrition|turnover|flight[- ]risk|离职"
R_GIG = r"\bgig\b|blue[- ]collar|daily[- ]wage|on-demand staffing"
R_EXP = r"expense|\bT&E\b|reimburse|报销"
R_VIDEO = r"video[- ]interview|视频面试"
R_PERF = r"\bOKRs?\b|performance (management|review|appraisal)|appraisal|\bKPI\b|绩效"
R_WELL = r"\bEAP\b|employee assistance|well-?being|wellness|mental[- ]health|counsell?ing|心理健康"
R_CODE = r"coding (assessment|test)|programming test|technical interview|编程测评"
R_SUCC = r"succession|org[- ]chart|organi[sz]ation chart|talent review|组织架构"


def svc(r, pattern):
    return has(r["services"], pattern)


def ind(r, pattern):
    return has(r["industries"], pattern)


def cert(r, pattern):
    return has(r["certifications"], pattern)


def staff(r):
    return int(r["employees"])


FILTERS = {
    "s32-en-10": lambda r: r["country"] == "PK" and svc(r, R_CNSI),
    "s32-en-11": lambda r: svc(r, R_FACE) and r["city"] == "Lahore",
    "s32-en-12": lambda r: svc(r, R_EOR),
    "s32-en-13": lambda r: svc(r, R_ATS) and staff(r) < 50,
    "s32-en-14": lambda r: r["name"] == "Shift (Pvt) Ltd",
    "s32-en-15": lambda r: r["country"] == "CN" and ind(r, r"garment|apparel|服装"),
    "s32-zh-10": lambda r: svc(r, R_PSY),
    "s32-zh-11": lambda r: svc(r, R_BGV) and int(r["founded"]) < 2015,
    "s32-zh-12": lambda r: svc(r, R_ROSTER) and cert(r, r"ISO 27001"),
    "s32-zh-13": lambda r: svc(r, R_ESS) and r["city"] == "Karachi",
    "s32-zh-14": lambda r: r["country"] == "CN" and (svc(r, R_DISPATCH) or ind(r, R_DISPATCH)),
    "s32-ur-08": lambda r: svc(r, R_EOBI),
    "s32-ur-09": lambda r: svc(r, R_LMS) and r["certifications"].strip().lower() == "none",
    "s32-ur-10": lambda r: svc(r, R_ATTR),
    "s32-ur-11": lambda r: svc(r, R_GIG) and r["pitched_at_webinar"] == "yes",
    "s32-ul-08": lambda r: svc(r, R_EXP) and staff(r) > 200,
    "s32-ul-09": lambda r: svc(r, R_VIDEO),
    "s32-ul-10": lambda r: svc(r, R_PERF) and r["city"] in ("Faisalabad", "Multan"),
    "s32-ul-11": lambda r: svc(r, R_WELL) and int(r["founded"]) > 2017,
    "s32-mx-07": lambda r: svc(r, R_CODE) and r["city"] in ("Islamabad", "Rawalpindi"),
    "s32-mx-08": lambda r: svc(r, R_SUCC),
    "s32-mx-09": lambda r: r["country"] == "CN" and ind(r, r"construction|建筑"),
}


def read_directory():
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def answer_set(qid, rows):
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


# ----------------------------------------------------------------------------- near misses
NEAR_MISS = {
    "s32-en-18": [r"early[- ]?bird", r"discount", r"折扣", r"优惠", r"رعایت"],
    "s32-en-19": [r"Gwadar", r"گوادر", r"瓜达尔"],
    "s32-zh-17": [r"award", r"gala", r"颁奖", r"晚宴", r"dinner", r"ایوارڈ"],
    "s32-zh-18": [r"per night", r"a night", r"nightly", r"room rate", r"每晚", r"فی رات"],
    "s32-ur-13": [r"visa fee", r"visa charge", r"签证费", r"ویزا فیس"],
    "s32-ur-14": [r"road ?show", r"路演", r"روڈ شو"],
    "s32-mx-13": [r"shuttle", r"pick-?up", r"接机", r"接送", r"airport transfer"],
    "s32-mx-14": [r"spouse", r"famil(y|ies)", r"accompan", r"家属", r"配偶"],
}
NEAR_MISS_LINES = {
    "s32-en-20": (r"2075", r"\d+ (chinese )?buyers|buyers? (came|attended|took part)|采购方\d+"),
    "s32-ul-13": (r"2075", r"total|disbursed|paid out|in all|altogether"),
}


def mentions(stale, answer):
    """Whether an answer holds a stale figure or date (digit-bounded, so 40,000 is not found in 640,000)."""
    return re.search(r"(?<!\d)" + re.escape(canon(stale)) + r"(?!\d)", canon(answer)) is not None


def lines_with(texts, *groups):
    out = []
    for name, text in texts.items():
        for line in text.translate(URDU_DIGITS).splitlines():
            if all(re.search(g, line, re.I) for g in groups):
                out.append((name, line.strip()))
    return out


# ----------------------------------------------------------------------------- checks
class Checker:
    def __init__(self):
        self.errors = []

    def ok(self, cond, msg):
        if not cond:
            self.errors.append(msg)
        return cond


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
                pypdf.PdfReader(str(path))
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
    for suf, least in ((".md", 3), (".txt", 2), (".html", 2), (".docx", 4), (".pdf", 2)):
        c.ok(suffixes[suf] >= least, f"formats {dict(suffixes)}")
    return texts


def front_matter(text):
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not m:
        return None, text
    meta = {}
    for line in m.group(1).splitlines():
        k, _, val = line.partition(":")
        meta[k.strip()] = val.strip().strip('"')
    return meta, text[m.end() :]


def md_table(body, header_start):
    lines = body.splitlines()
    i = next(n for n, ln in enumerate(lines) if ln.startswith(header_start))
    rows = []
    for ln in lines[i:]:
        if not ln.startswith("|"):
            break
        rows.append([cell.strip() for cell in ln.strip().strip("|").split("|")])
    return rows[0], [r for r in rows[2:]]


def figures(text):
    return re.findall(r"PKR [\d,]+", text)


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
        "16 January 2077",
    ):
        c.ok(s in ov, f"overview lacks {s!r}")
    every = "\n".join(texts.values())
    c.ok(re.search(r"[\w.-]+@[\w.-]+\.(?!example\b)[a-z]+\b", every) is None, "an e-mail domain not .example")
    c.ok(re.search(r"https?://(?![\w.-]+\.example\b)", every) is None, "a web address does not end in .example")

    # 1. two versions of the fee schedule: three figures differ, said only by the name/date line
    v1, v2 = raw_text(FEE_V1), raw_text(FEE_V2)
    l1, l2 = v1.splitlines(), v2.splitlines()
    c.ok(len(l1) == len(l2), "fee schedule: versions differ in length")
    changed = [(a, b) for a, b in zip(l1, l2) if a != b]
    c.ok(len(changed) == 4, f"fee schedule: {len(changed)} lines differ, expected the date line and 3 figures")
    if changed:
        c.ok(
            "Version 1 · 10 January 2077" in changed[0][0] and "Version 2 (final) · 2 February 2077" in changed[0][1],
            "fee schedule: name/date line",
        )
        pairs = [(figures(a), figures(b)) for a, b in changed[1:]]
        c.ok(
            pairs
            == [(["PKR 58,000"], ["PKR 62,000"]), (["PKR 195,000"], ["PKR 210,000"]), (["PKR 16,000"], ["PKR 18,500"])],
            f"fee schedule: changed figures {pairs}",
        )
    c.ok(not re.search(r"chang|amend|revis|previous|version 1|updated", v2, re.I), "v2 says what it changed")

    # 2. Word file without heading styles
    d = docx.Document(str(PROG / CALL))
    styles = {p.style.name for p in d.paragraphs}
    c.ok(styles == {"Normal"}, f"call: paragraph styles {styles}")
    cxml = docx_xml(PROG / CALL)
    c.ok("<w:pStyle" not in cxml and "<w:outlineLvl" not in cxml and "<w:numPr" not in cxml, "call: styles/numbering")
    caps = [p for p in d.paragraphs if re.fullmatch(r"\d\) [A-Z ,]+", p.text)]
    c.ok(len(caps) >= 6 and all(all(r.bold for r in p.runs) for p in caps), "call: ALL CAPS bold section lines")
    c.ok(sum(bool(re.match(r"\([a-f]\) ", p.text)) for p in d.paragraphs) == 6, "call: hand-typed (a)-(f) items")
    long_fee = [p.text for p in d.paragraphs if "PKR 2,500" in p.text]
    c.ok(long_fee and len(long_fee[0].split()) >= 90, "call: the processing fee is not inside a long paragraph")
    c.ok(
        long_fee and long_fee[0].index("PKR 2,500") > 200 and len(long_fee[0]) - long_fee[0].index("PKR 2,500") > 200,
        "call: the fee is not in the middle of its paragraph",
    )
    c.ok(any("26 and 29 April 2077" in p.text and len(p.text.split()) >= 90 for p in d.paragraphs), "call: demo date")

    # 3. Word table with merged cells
    gxml = docx_xml(PROG / GRANTS)
    c.ok(re.search(r'<w:gridSpan w:val="2"/>', gxml) is not None, "grants: no gridSpan")
    c.ok(gxml.count('<w:vMerge w:val="restart"/>') >= 5 and gxml.count("<w:vMerge/>") >= 5, "grants: vMerge cells")
    glines = word_lines(gxml)
    tour_row = [ln for ln in glines if ln.startswith("A \u2013 Market access | Factory Floor")]
    expo_row = [ln for ln in glines if ln.startswith(" | Expo:")]
    c.ok(tour_row and "PKR 450,000" in tour_row[0] and "60%" in tour_row[0], "grants: window A first row")
    c.ok(expo_row and "PKR 600,000" in expo_row[0] and "50%" in expo_row[0], "grants: window A second row (vMerge)")
    b_rows = [ln for ln in glines if "ISO 27001 or ISO 27701" in ln or "PIPL" in ln]
    c.ok(len(b_rows) == 2 and b_rows[1].startswith(" | "), "grants: window B spans two rows")
    header = [ln for ln in glines if ln.startswith("Window | Cost item | Grant |")]
    c.ok(header and header[0].count("|") == 3, "grants: the Grant header cell spans two columns")

    # 4. two web pages with the same boilerplate and rowspan/colspan tables
    blocks = {}
    for name in (TOUR, FAQ):
        raw = raw_text(name)
        _, _, parser = read_html(raw)
        c.ok(parser.tags["nav"] >= 1 and parser.tags["footer"] == 1 and parser.tags["aside"] == 1, f"{name}: layout")
        c.ok('id="cookie-banner"' in raw and parser.tags["main"] == 1, f"{name}: cookie banner / main")
        c.ok(parser.attrs["rowspan"] >= 2 and parser.attrs["colspan"] >= 2, f"{name}: rowspan/colspan")
        start, end = raw.index("<body"), raw.index('<main id="content">')
        blocks[name] = (
            re.sub(r' aria-current="page"', "", raw[raw.index(">", start) : end]),
            raw[raw.index("</main>") :],
        )
        m = raw[raw.index('<main id="content">') : raw.index("</main>")]
        c.ok(re.search(r"<table[^>]*>.*rowspan=.*colspan=", m, re.S) is not None, f"{name}: table in main")
    c.ok(blocks[TOUR] == blocks[FAQ], "web pages: menu, banner, sidebar and footer are not the same on both pages")

    # 5. PDF table across two pages
    pages = pdf_pages(PROG / CALENDAR)
    c.ok(len(pypdf.PdfReader(str(PROG / CALENDAR)).pages) == 2 and len(pages) == 2, "calendar: not two pages")
    if len(pages) == 2:
        for n, pg in enumerate(pages, 1):
            c.ok(CAL_RUNNING_HEADER in pg, f"calendar p{n}: running header")
            c.ok(f"Page {n} of 2" in pg, f"calendar p{n}: page footer")
            c.ok(re.search(r"Date\s+What\s+Where / who", pg) is not None, f"calendar p{n}: table header row")
        for row in CAL_PAGE2_ROWS:
            c.ok(row in norm(pages[1]) and row not in norm(pages[0]), f"calendar: {row!r} not on page 2 only")
        c.ok(len(re.findall(r"\d{4}", pages[0])) >= 15, "calendar: page 1 holds the first part of the table")

    # 6. e-mail thread
    et = raw_text(EMAIL)
    blocks6 = re.findall(
        r"^(?:> )?From: .+\n(?:> )?Sent: (.+)\n(?:> )?To: .+\n(?:(?:> )?Cc: .+\n)?(?:> )?Subject: .+$", et, re.M
    )
    c.ok(len(blocks6) >= 4, f"e-mail: {len(blocks6)} header blocks")
    c.ok(len(re.findall(r"^> ", et, re.M)) >= 10, "e-mail: quoted lines")
    c.ok(len(re.findall(r"(Tel|Mobile) \+\d", et)) >= 3, "e-mail: signatures with phone numbers")
    first = et.split("-----Original Message-----")[0]
    c.ok("Tuesday, 3 August 2077" in first and "30 August 2077, not 23 August" in first, "e-mail: correcting reply")
    quoted = "\n".join(ln[2:] for ln in et.splitlines() if ln.startswith("> "))
    c.ok("Monday 23 August 2077" in quoted and "30 August" not in quoted, "e-mail: the quoted first message")

    # 7. Chinese numbers
    zt = texts[ZH_DOCX]
    c.ok(len(re.findall(r"\d+(?:\.\d+)?万元", zt)) >= 2, "zh: 万 amounts")
    c.ok("人民币贰万元整" in zt, "zh: formal amount")
    c.ok(re.search(r"2077年\d{1,2}月\d{1,2}日", zt) and re.search(r"\d{1,2}月\d{1,2}日至\d{1,2}日", zt), "zh: dates")
    zd = docx.Document(str(PROG / ZH_DOCX))
    full_width = [
        cell.text for t in zd.tables for row in t.rows for cell in row.cells if re.search("[０-９]", cell.text)
    ]
    c.ok(len(full_width) >= 10 and "１２０人" in full_width, "zh: full-width digits in the table")
    c.ok("五十人以下" in zt, "zh: Chinese-numeral head count")
    c.ok(any(p.style.name.startswith("Heading") for p in zd.paragraphs), "zh: headings")

    # 8. Urdu digits and the Roman Urdu announcement
    ut = texts[UR_DOCX]
    for s in ("۶۲,۰۰۰ روپے", "۱,۱۸,۰۰۰ روپے", "۱۸,۵۰۰ روپے", "۳۱ مئی ۲۰۷۷", "۰۸۰۰-۷۲۹۷۷"):
        c.ok(s in ut, f"ur: {s} not written in Urdu digits")
    c.ok(not re.search(r"[0-9]", ut.replace("PHPSA", "")), "ur: Western digits in the Urdu sheet")
    uxml = docx_xml(PROG / UR_DOCX)
    c.ok(uxml.count("<w:bidi/>") >= 10 and "<w:bidiVisual/>" in uxml and "<w:rtl/>" in uxml, "ur docx: not RTL")
    rt = texts[ROMAN]
    c.ok("rs 30k" in rt and "31 may tak" in rt and "rs 2500" in rt, "roman urdu: figures as typed")
    c.ok(re.search(r"^\[\d\d/\d\d/\d\d, \d\d:\d\d\] ", rt, re.M) is not None, "roman urdu: WhatsApp export lines")

    # 9. YAML front matter, superseded page, blank "same as above" cells
    meta_new, body_new = front_matter(raw_text(EXPO))
    meta_old, body_old = front_matter(raw_text(EXPO_OLD))
    c.ok(meta_new is not None and meta_new.get("status") == "current" and meta_new.get("date") == "2077-03-08", "expo")
    c.ok(meta_old is not None and meta_old.get("status") == "superseded", "archived expo page: status")
    c.ok(meta_old is not None and meta_old.get("superseded_by") == EXPO and "title" in meta_old, "archived: meta")
    c.ok("PKR 640,000" in body_old and "12 to 15 October 2077" in body_old, "archived: old figures gone")
    c.ok("PKR 690,000" in body_new and "19 to 22 October 2077" in body_new, "expo: live figures")
    c.ok("A blank cell means the same as the cell above it." in body_new, "expo: blank-cell rule")
    head, rows = md_table(body_new, "| Package |")
    c.ok(head == ["Package", "Space", "Price per firm", "Delegates included", "Book by"], f"expo table {head}")
    shell9 = [r for r in rows if r[0] == "Shell scheme 9 sqm"]
    shell18 = [r for r in rows if r[0] == "Shell scheme 18 sqm"]
    c.ok(shell9 and shell9[0][4] == "" and rows[0][4] == "31 July 2077", "expo: 9 sqm book-by is blank (same as above)")
    c.ok(shell18 and shell18[0][3] == "" and shell18[0][4] == "", "expo: 18 sqm blank cells")
    c.ok("31 July 2077" not in body_old, "archived page must not hold the live book-by date")

    # ordinary features: corrigendum table, FAQ, RTL Urdu, headings
    cor = texts[CORR]
    c.ok("| As printed | Corrected to |" in cor and "**2 April 2077, 17:00 PKT**" in cor, "corrigendum: date")
    c.ok("**PKR 1,800,000**" in cor, "corrigendum: cap")
    c.ok("19 March 2077" in texts[CALL] and "19 March 2077" in texts[CALENDAR], "stale closing date gone")
    c.ok("PKR 1,500,000" in texts[GRANTS], "stale Window C cap gone")


CAL_PAGE2_ROWS = [
    "14 August 2077 Desk closed: Independence Day",
    "20 October 2077 Buyer matchmaking day",
    "9 November 2077 Desk closed: Iqbal Day",
    "15 December 2077 Last date for all 2077 grant claims (Windows A and B)",
]


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
        c.ok(re.fullmatch(r"(19|20)\d\d", r["founded"]) is not None and int(r["founded"]) <= 2077, f"founded {cid}")
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
    services = {s.strip() for r in rows for s in r["services"].split(";") if s.strip()}
    c.ok(len(services) >= 150, f"{len(services)} distinct services")
    c.ok(sum(bool(re.search(HAN, s)) for s in services) >= 3, "too few services written in Chinese")
    c.ok(any(r["certifications"] == "none" for r in rows) and any(r["certifications"] == "" for r in rows), "certs")
    c.ok(any(r["name_zh"] == "" for r in rows) and any(r["description_zh"] == "" for r in rows), "empty zh cells")
    emp = [int(r["employees"]) for r in rows]
    c.ok(min(emp) <= 5 and max(emp) >= 2000, f"head counts {min(emp)}-{max(emp)}")
    c.ok(sum(r["pitched_at_webinar"] == "yes" for r in rows) >= 10, "too few firms pitched at the webinar")
    first_words = collections.Counter(r["name"].split()[0] for r in rows)
    c.ok(sum(n >= 2 for n in first_words.values()) >= 3, "no near-duplicate names")
    c.ok(any(r["name"] == "Shift (Pvt) Ltd" for r in rows), "no company named with a common word")
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
    company_names = [r["name"] for r in rows]
    used_sources = collections.Counter()
    live = {name: canon(t) for name, t in texts.items()}
    written = {name: norm(t) for name, t in texts.items()}
    mains = {name: canon(doc_text(name, main_only=True)) for name in (TOUR, FAQ)}
    for q in items:
        qid = q["id"]
        c.ok(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        m = re.fullmatch(r"s32-(en|zh|ur|ul|mx)-(\d\d)", qid)
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
                where = [s for s in srcs if canon(a) in (mains[s] if s in mains else live[s])]
                c.ok(where, f"{qid}: answer {a!r} not in {q['expected_sources']} (web pages: main content only)")
                verbatim = verbatim or any(norm(a) in written[s] for s in srcs)
            c.ok(verbatim or not [a for a in q["answer_must_contain_any"] if a not in computed], f"{qid}: verbatim")
            for s in srcs:
                if DOCS[s] == "zh" and s == q["expected_sources"][0]:
                    c.ok(any(re.search(HAN, a) for a in q["answer_must_contain_any"]), f"{qid}: no Chinese form")
                if DOCS[s] == "ur" and s == q["expected_sources"][0]:
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
                c.ok(qid in NEAR_MISS or qid in NEAR_MISS_LINES, f"{qid}: no absence check")
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
    # near misses really are absent
    for qid, patterns in NEAR_MISS.items():
        for name, text in texts.items():
            for pat in patterns:
                c.ok(re.search(pat, text, re.I) is None, f"{qid}: {pat!r} found in {name}")
    for qid, groups in NEAR_MISS_LINES.items():
        hits = lines_with(texts, *groups)
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
    print(f"sample-32 OK: {len(DOCS)} documents, {len(rows)} companies, {len(items)} questions")
    print("  by lang:", dict(langs))
    print("  by kind:", dict(kinds))
    print("  by lang x kind:", {f"{k[0]}/{k[1]}": v for k, v in sorted(by.items())})
    for n, docs in FEATURES.items():
        print(f"  feature {n} ({', '.join(docs)}):", [q["id"] for q in items if f"feature {n}" in q["note"]])
    print("  stale-figure questions:", [q["id"] for q in items if q["kind"] == "programme" and "stale" in q["note"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
