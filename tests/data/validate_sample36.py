"""Check sample-36 ("Till Tide 2083") and questions-36.jsonl; exit 0 when every check passes.

Stdlib + python-docx + pypdf only. The builder imports FILTERS, COMPUTED and EQUIV from here, so the frozen
answer sets and the arithmetic answers come from the same code that checks them.

Key facts are looked up in each document's text as a careful reader would get it:
- Word files: every paragraph and every table cell read once (a row's cells joined with " | "; a table nested in a
  cell is read inside that cell; a vertically merged cell's continuation is empty);
- HTML with tags stripped and entities decoded, block elements (details, summary, dt, dd, table cells) on lines of
  their own;
- Markdown and plain text as written;
- PDF text extracted page by page with pypdf (the bilingual code of conduct has a Chinese CID font).
Every plain key fact of a programme question must be found as written (whitespace collapsed; figures also after
NFKC, Urdu digits read as ASCII and thousands separators dropped) in one of its expected sources. A key fact written
in another notation than the source uses (lakh, 万, words, another language's month or digits) is listed in EQUIV
with the string it renders, and the two are checked to denote the same value.
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
KB = HERE / "sample-36"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
README = KB / "README.md"
QUESTIONS = HERE / "questions-36.jsonl"
YEAR = 2083

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OVERVIEW = "programme-overview.md"  # the 2022 webinar (once), organisers, offices, helpline, crore budget
EMAIL = "email-thread-store-lab-day-shipping.txt"  # 1. e-mail thread, newest first, > / >> quotes, a changed date
CHANGELOG = "rules-changelog.md"  # 2. Markdown changelog v1.0-v1.3: a changed figure, a partial revert
FEES = "fee-schedule-2083.docx"  # 3. Word fee table: merged cells, a nested add-ons table, a split grants table
CONDUCT = "buyers-code-of-conduct-en-zh.pdf"  # 4. two-column bilingual PDF, English left, Chinese right
FAQ = "help-centre-faq.html"  # 5. HTML <details>/<summary> FAQ and a <dl> glossary
MINUTES = "zh-ccsda-meeting-minutes-2083-03-12.docx"  # 6. Chinese 会议纪要: 一、二、三 decisions, attendees, actions
CHAT = "whatsapp-vendors-group-export.txt"  # 7. Roman Urdu WhatsApp export, a corrected answer; lakh
CHECKLIST = "application-checklist.md"  # 9. - [x] required / - [ ] optional
CORR = "correction-notice-no-1.md"  # corrects two details of the exhibitor manual
SLD = "store-lab-day-guide.md"  # the current Store Lab Day guide (version 2); a deposit in words
SLD_OLD = "store-lab-day-guide-v1-superseded.md"  # version 1, marked superseded
UR_HTML = "ur-vendor-guide.html"  # Urdu right-to-left page; the Urdu-only fee waiver; Urdu month names
UR_CLAIMS = "ur-grant-claims-procedure.docx"  # Urdu right-to-left Word: the grant-claim deadline
PILOT = "pilot-round-2082-report.pdf"  # last year's pilot round, figures that are not this year's
MANUAL = "chengdu-fair-exhibitor-manual.docx"  # the exhibitor manual (two details corrected by CORR)
ZH_NOTICE = "zh-buyer-registration-notice.html"  # CCSDA's Chinese notice to buyers

DOCS = {
    OVERVIEW: "en",
    EMAIL: "en",
    CHANGELOG: "en",
    FEES: "en",
    CONDUCT: "en+zh",
    FAQ: "en",
    MINUTES: "zh",
    CHAT: "ur-Latn",
    CHECKLIST: "en",
    CORR: "en",
    SLD: "en",
    SLD_OLD: "en",
    UR_HTML: "ur",
    UR_CLAIMS: "ur",
    PILOT: "en",
    MANUAL: "en",
    ZH_NOTICE: "zh",
}
STALE_DOCS = {SLD_OLD}  # never an expected source
FEATURES = {
    1: [EMAIL],
    2: [CHANGELOG],
    3: [FEES],
    4: [CONDUCT],
    5: [FAQ],
    6: [MINUTES],
    7: [CHAT],
    8: [CHAT, SLD, MINUTES],
    9: [CHECKLIST],
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
ROMAN_URDU = re.compile(
    r"\b(hai|hain|hoon|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|hoga|hogi|honge|batao|bata|karne|karna|karein"
    r"|karta|karte|bhai|yaar|nahi|ka|ki|ke|ko|se|aur|kaun|kis|thi|tha|thay|thin|milega|milegi|milta|chahiye|pehle"
    r"|tak|baje|sakta|sakti|sakte|hota|hoti|kaise|hamari|hamara|hum|agar|bohat|jee|acha|theek|wapas|paise|dena"
    r"|zyada|mila|sirf|dono|jin|darmiyan|koi|pichle|saal|hui|ya|banega)\b",
    re.I,
)
ENGLISH_WORDS = re.compile(
    r"\b(the|is|are|what|how|which|when|fee|booth|total|tax|grant|confirm|hours|city|with)\b", re.I
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"), None)
SPACES = {0x202F: " ", 0x2009: " ", 0x00A0: " ", 0x2007: " ", 0x2011: "-", 0x2010: "-"}
TRAD_ONLY = "夥務證資費間會員時週請點關與為處號開辦灣東將機場廣轉電館頁幣講話買條戶櫃臺"

# Figures and dates that are written somewhere but are not the live answer: never a key fact.
STALE = {
    "15 April": "closing date in rules v1.0, changed to 30 April by v1.1",
    "30 firms": "selection count in rules v1.0, changed to 36 by v1.1",
    "300,000": "demo-kit grant cap in rules v1.0, raised to 350,000 by v1.2",
    "10–14 May": "interview dates in rules v1.0, moved to 17–21 May by v1.3",
    "10 se 14 May": "the interview dates the officer gave in the chat before v1.3 moved them",
    "Hall 4": "pavilion hall printed in the exhibitor manual, corrected by Correction Notice No. 1",
    "19 October": "badge collection date printed in the exhibitor manual, corrected by Correction Notice No. 1",
    "30 September": "shipping deadline in the quoted e-mail, moved to 6 October by the newest message",
    "12 host shops": "host-shop count in the quoted e-mail, down to 10 in the newest message",
    "25 October": "Store Lab Day date in the superseded version 1 of the guide",
    "70 out of 100": "pass mark in the superseded version 1 of the guide",
    "four hours": "installation window in the superseded version 1 of the guide",
    "3 staff members": "staff limit in the superseded version 1 of the guide",
    "PKR 20,000": "deposit in the superseded version 1 of the guide",
    "Budh": "the clinic day the officer first gave in the chat, corrected the next day",
    "3 baje": "the clinic time the officer first gave in the chat, corrected the next day",
    "PKR 60,000": "the 2082 pilot's flat participation fee",
    "200,000": "the 2082 pilot's demo-grant cap",
    "65 out of 100": "the 2082 pilot's pass mark",
    "Chongqing": "the 2082 pilot's fair city",
    "RMB 410,000": "the 2082 pilot's contract value",
}
STALE_OK = {"s36-mx-07": {"Chongqing"}}  # asks last year's figure as last year's
STALE_FOR = {  # stale only for one question (the same digits are live elsewhere)
    "s36-ur-06": {"30": "rules v1.0's count", "18": "the 2082 pilot's count", "۳۰": "v1.0's count in Urdu digits"},
    "s36-ur-02": {"3": "the superseded guide's staff limit"},
    "s36-mx-01": {"12": "the quoted e-mail's host-shop count"},
}
STALE_KINDS = {"changelog", "correction notice", "superseded", "e-mail", "chat", "2082 pilot"}


# ----------------------------------------------------------------------------- text helpers
def clean(s):
    return s.translate(INVISIBLE).translate(SPACES)


def canon(s):
    s = clean(unicodedata.normalize("NFKC", s)).translate(URDU_DIGITS).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("٪", "%")
    s = re.sub(r"(?<=\d)[,٬،](?=\d)", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    return norm(s)


class ReaderHtml(html.parser.HTMLParser):
    """An HTML page's text as a browser shows it (block tags break lines), its tags and the <html> attributes."""

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
        self.stack = []
        self.inside = collections.defaultdict(str)  # text inside each open details / dl, by tag

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag == "html":
            self.attrs = dict(attrs)
        if tag in self.SKIP:
            self.depth += 1
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag in ("details", "dl", "summary", "dt", "dd"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag in ("details", "dl", "summary", "dt", "dd") and self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)
            for tag in set(self.stack):
                self.inside[tag] += data + " "


def read_html(raw):
    p = ReaderHtml()
    p.feed(raw)
    p.close()
    return "".join(p.parts), p


class TableGrid(html.parser.HTMLParser):
    """The rows of an HTML page's tables: each <tr> a list of cell texts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(norm(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def html_rows(raw):
    g = TableGrid()
    g.feed(raw)
    g.close()
    return g.rows


def docx_xml(path, part="word/document.xml"):
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def word_lines(xml_text, tables_only=None):
    """The body's lines: each paragraph, and each table row as its cells joined with " | " (every w:tc once; a
    nested table's rows inside its cell). tables_only=True keeps only table rows, False only body paragraphs."""
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
        return "".join(out)

    def block(container, in_table):
        for el in container:
            if el.tag == W + "p":
                if tables_only is None or tables_only == in_table:
                    lines.append(para(el))
            elif el.tag == W + "tbl":
                for tr in el.findall(W + "tr"):
                    cells = []
                    for tc in tr.findall(W + "tc"):
                        before = len(lines)
                        block(tc, True)
                        cells.append(" ".join(lines[before:]))
                        del lines[before:]
                    if tables_only is None or tables_only:
                        lines.append(" | ".join(cells))

    block(root.find(W + "body"), False)
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


def table_text(name):
    """Only the text a document holds in tables (Word tables, Markdown table rows, HTML table cells)."""
    path = PROG / name
    if path.suffix == ".docx":
        return clean("\n".join(word_lines(docx_xml(path), tables_only=True)))
    if path.suffix == ".md":
        return clean("\n".join(ln for ln in raw_text(name).splitlines() if ln.lstrip().startswith("|")))
    if path.suffix == ".html":
        return clean("\n".join(" | ".join(r) for r in html_rows(raw_text(name))))
    return ""


def prose_text(name):
    """The text a document holds outside its tables."""
    path = PROG / name
    if path.suffix == ".docx":
        return clean("\n".join(word_lines(docx_xml(path), tables_only=False)))
    if path.suffix == ".md":
        return clean("\n".join(ln for ln in raw_text(name).splitlines() if not ln.lstrip().startswith("|")))
    return doc_text(name)


def need(texts, name, *strings):
    for s in strings:
        if norm(s) not in norm(texts[name]):
            raise AssertionError(f"{name} no longer states {s!r}")


def num(s):
    return int(s.replace(",", ""))


def money(n):
    return [f"{n:,}", f"PKR {n:,}", str(n)]


def lakh_grouping(n):
    """1,26,000 as Pakistani figures are grouped."""
    s = str(n)
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail]) if groups else tail


def urdu_digits(s):
    return s.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


# ----------------------------------------------------------------------------- the values written in another notation
EN_NUMBERS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )
}
EN_NUMBERS.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80})
MONTHS = {
    **{
        m: i
        for i, m in enumerate(
            "january february march april may june july august september october november december".split(), 1
        )
    },
    **{m: i for i, m in enumerate("جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر".split(), 1)},
}


def same(a, b):
    """Whether two values are the same; a date without a year matches the same day and month of any year."""
    if isinstance(a, tuple) and isinstance(b, tuple):
        return a[1:] == b[1:] and (a[0] is None or b[0] is None or a[0] == b[0])
    return a is not None and a == b


def value(s):
    """What a key fact denotes: a (year, month, day) date, or a number (lakh, crore, 万 and English words read)."""
    c = canon(s)
    m = re.search(r"(\d{1,2}) ([^\W\d_]+)(?: (\d{4}))?", c)
    if m and m.group(2) in MONTHS:
        return (int(m.group(3)) if m.group(3) else None, MONTHS[m.group(2)], int(m.group(1)))
    m = re.search(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", c)
    if m:
        return (int(m.group(1)) if m.group(1) else None, int(m.group(2)), int(m.group(3)))
    m = re.search(r"(\d+(?:\.\d+)?) ?(lakh|crore|万)", c)
    if m:
        return round(float(m.group(1)) * {"lakh": 100_000, "crore": 10_000_000, "万": 10_000}[m.group(2)])
    m = re.search(r"\b([a-z]+)(?:-([a-z]+))? thousand\b", c)
    if m and m.group(1) in EN_NUMBERS:
        return (EN_NUMBERS[m.group(1)] + EN_NUMBERS.get(m.group(2) or "zero", 0)) * 1000
    m = re.search(r"\d+(?:\.\d+)?", c)
    if m:
        return float(m.group()) if "." in m.group() else int(m.group())
    for w in re.findall(r"[a-z]+", c):
        if w in EN_NUMBERS:
            return EN_NUMBERS[w]
    return None


# qid -> {key fact: (source document, the string it renders as written there)}
EQUIV = {
    "s36-en-07": {"RMB 35,000": (MINUTES, "人民币3.5万元"), "35,000 yuan": (MINUTES, "人民币3.5万元")},
    "s36-zh-03": {"3家": (FAQ, "up to three vendors"), "三家": (FAQ, "up to three vendors")},
    "s36-zh-08": {"600元": (MANUAL, "RMB 600"), "9月15日": (MANUAL, "15 September 2083")},
    "s36-ur-01": {"23 December 2083": (UR_CLAIMS, "۲۳ دسمبر ۲۰۸۳")},
    "s36-ur-02": {"۲ افراد": (SLD, "2 staff members")},
    "s36-ul-02": {"1,200,000": (CHAT, "PKR 12 lakh"), "12,00,000": (CHAT, "PKR 12 lakh")},
    "s36-ul-07": {"35,000": (SLD, "thirty-five thousand rupees"), "PKR 35,000": (SLD, "thirty-five thousand rupees")},
}
EQUIV_VALUES = {"三家": 3}  # Chinese numerals value() does not read


# ----------------------------------------------------------------------------- figures read from the documents
def fee_table(t):
    """(band, member?) -> (fair only, fair + Store Lab Day) in PKR, read from the merged-cell table: the band and
    head-count cells are merged down two rows, so the second row of a band starts with empty cells."""
    out, band = {}, None
    for line in t[FEES].splitlines():
        cells = [c.strip() for c in line.split(" | ")]
        if len(cells) == 5 and cells[2] in ("RSHF member", "Non-member"):
            band = cells[0] or band
            out[(band, cells[2] == "RSHF member")] = (num(cells[3]), num(cells[4]))
    return out


def addon(t, label):
    m = re.search(re.escape(label) + r" \| ([\d,]+)", t[FEES])
    return num(m.group(1))


def grant(t, label):
    m = re.search(r"(?m)^" + re.escape(label) + r" \| (\d+)% \| ([\d,]+) \|", t[FEES])
    return int(m.group(1)), num(m.group(2))


def tax(t):
    return int(re.search(r"sales tax on services at (\d+)%", t[FEES]).group(1))


def c_en03(t):
    # 40 staff -> Band B (26-100), RSHF member, Fair + Store Lab Day PKR 120,000; + 16% sales tax -> 139,200.
    need(t, FEES, "B | 26–100 | RSHF member | 85,000 | 120,000")
    fee = fee_table(t)[("B", True)][1]
    assert fee == 120_000, fee
    return [*money(fee * (100 + tax(t)) // 100), "120,000"]


def c_zh07(t):
    # 120 staff -> Band C (101-500), member, Chengdu fair only PKR 150,000; + 16% -> 174,000.
    need(t, FEES, "C | 101–500 | RSHF member | 150,000 | 190,000")
    fee = fee_table(t)[("C", True)][0]
    return [*money(fee * (100 + tax(t)) // 100), "150,000"]


def c_mx02(t):
    # Band B non-member, fair only PKR 100,000 (second row of the merged band cell) + one extra delegate badge
    # PKR 12,000 from the nested add-ons table; + 16% -> 129,920.
    fee = fee_table(t)[("B", False)][0]
    badge = addon(t, "Extra delegate badge (third delegate and more)")
    assert (fee, badge) == (100_000, 12_000), (fee, badge)
    return [*money((fee + badge) * (100 + tax(t)) // 100), "100,000", "12,000"]


def c_ul05(t):
    # Shared booth (Band A only): each firm pays 60% of its own Band A fair-only fee; members 40,000 -> 24,000;
    # + 16% -> 27,840.
    need(t, FEES, "each firm pays 60% of its own Band A")
    share = int(re.search(r"each firm pays (\d+)% of its own Band A", t[FEES]).group(1))
    fee = fee_table(t)[("A", True)][0]
    return [*money(fee * share * (100 + tax(t)) // 10_000), "40,000"]


def c_ur03(t):
    # Mandarin localisation grant: 70% of PKR 180,000 = 126,000, under the PKR 150,000 cap (the split table's
    # second part).
    share, cap = grant(t, "Mandarin localisation grant")
    n = min(180_000 * share // 100, cap)
    assert n == 126_000, n
    return [f"{n:,}", lakh_grouping(n), urdu_digits(lakh_grouping(n)), f"PKR {n:,}", str(n), f"{share}%"]


def c_ul03(t):
    # Demo-kit grant: 50% of PKR 6,60,000 = 330,000, under v1.2's cap of 350,000 (v1.0's 300,000 would cut it).
    need(t, CHANGELOG, "the cap rises from PKR 300,000 to **PKR 350,000** per firm")
    share, cap = grant(t, "Store Lab Day demo-kit grant")
    assert cap == 350_000, cap
    n = min(660_000 * share // 100, cap)
    assert n == 330_000, n
    return [f"{n:,}", lakh_grouping(n), f"PKR {n:,}", "3.3 lakh", str(n), f"{share}%"]


def c_mx03(t):
    # Chengdu travel grant: 60% of PKR 620,000 = 372,000, under the PKR 400,000 cap.
    share, cap = grant(t, "Chengdu travel grant")
    n = min(620_000 * share // 100, cap)
    assert n == 372_000, n
    return [f"{n:,}", lakh_grouping(n), f"PKR {n:,}", str(n), f"{share}%"]


def c_zh02(t):
    # Host-shop subsidy: 3.5万元 per host shop, at most 3 shops of one brand: a chain with 4 shops gets 3 x 3.5万
    # = 10.5万元.
    need(t, MINUTES, "联盟向每家东道门店支付场地补贴人民币3.5万元", "同一品牌最多3家门店可获补贴")
    per = float(re.search(r"每家东道门店支付场地补贴人民币([\d.]+)万元", t[MINUTES]).group(1))
    most = int(re.search(r"同一品牌最多(\d+)家门店可获补贴", t[MINUTES]).group(1))
    total = round(min(4, most) * per * 10_000)
    assert total == 105_000, total
    return ["10.5万元", "10.5万", "105,000元", "105000元", "人民币3.5万元"]


COMPUTED = {
    "s36-en-03": c_en03,
    "s36-zh-07": c_zh07,
    "s36-mx-02": c_mx02,
    "s36-ul-05": c_ul05,
    "s36-ur-03": c_ur03,
    "s36-ul-03": c_ul03,
    "s36-mx-03": c_mx03,
    "s36-zh-02": c_zh02,
}
# The rule's own figures that COMPUTED appends as alternatives (written in the sources; not the computed figure).
RULE_FIGURES = {"120,000", "150,000", "100,000", "12,000", "40,000", "70%", "50%", "60%", "人民币3.5万元"}

# Questions whose key fact sits only in a table: (document, a string found in its tables and not in its prose).
TABLE_ONLY = {
    "s36-en-03": (FEES, "120,000"),
    "s36-zh-07": (FEES, "150,000"),
    "s36-mx-02": (FEES, "12,000"),
    "s36-ur-03": (FEES, "Mandarin localisation grant | 70% | 150,000"),
    "s36-mx-04": (CORR, "Wednesday 20 October 2083, 09:00–18:00, East Gate"),
}


# ----------------------------------------------------------------------------- directory filters
def has(cell, pattern):
    return any(re.search(pattern, item.strip(), re.I) for item in cell.split(";") if item.strip())


R_POS = r"\bPOS\b|\bmPOS\b|point[- ]of[- ]sale|cashier|收银|billing software"
R_KDS = r"\bKDS\b|kitchen display|后厨显示|厨显"
R_LOYALTY = r"loyalty|membership|会员|points|rewards"
R_MINIPROG = r"mini[- ]?program|小程序"
R_INVENTORY = r"inventory|warehouse|\bWMS\b|\bstock|库存|仓储"
R_FRANCHISE = r"franchis|加盟"
R_SCO = r"self[- ]checkout|\bSCO\b|自助结账"
R_QUEUE = r"queue|排队|叫号|token system"
R_MENU = r"menu engineering|menu analytics|recipe costing|菜单"
R_ERECEIPT = r"e-?receipt|digital receipt|电子小票|SMS receipt"
R_OMS = r"omni-?channel|\bOMS\b|order management|全渠道"
R_DELIVERY = r"delivery[- ]platform|delivery aggregator|delivery app|foodpanda|Meituan|Ele\.me|外卖"
R_ANALYTICS = r"retail analytics|sales analytics|footfall|basket analysis|零售数据分析|BI dashboards"
R_SHELF = r"shelf (image|monitoring)|planogram|货架识别|image recognition"
R_ESL = r"\bESL\b|electronic shelf label|电子价签|price[- ]tag|digital price"
R_PAY = r"payment gateway|payment integration|支付对接|Raast|card terminal|QR payments|WeChat Pay|聚合支付"
R_ITSUP = r"store IT support|IT helpdesk|门店IT运维|managed IT|on-site hardware support"


def svc(r, pattern):
    return has(r["services"], pattern)


def cert(r, pattern):
    return has(r["certifications"], pattern)


def staff(r):
    return int(r["employees"])


def year(r):
    return int(r["founded"])


FILTERS = {
    "s36-en-10": lambda r: svc(r, R_KDS),
    "s36-en-11": lambda r: r["country"] == "PK" and svc(r, R_POS) and staff(r) > 200,
    "s36-en-12": lambda r: svc(r, R_ESL) and year(r) < 2010,
    # negation: certifications known (not empty) and no PCI DSS among them
    "s36-en-13": lambda r: svc(r, R_PAY) and r["certifications"].strip() != "" and not cert(r, r"PCI[- ]DSS"),
    "s36-en-14": lambda r: svc(r, R_LOYALTY) and r["pitched_at_webinar"] == "yes",
    "s36-zh-09": lambda r: svc(r, R_SCO),
    "s36-zh-10": lambda r: r["country"] == "PK" and svc(r, R_MINIPROG),
    "s36-zh-11": lambda r: svc(r, R_QUEUE) and r["certifications"].strip().lower() == "none",
    "s36-zh-12": lambda r: r["name_zh"] == "锦递科技",
    "s36-zh-13": lambda r: svc(r, R_DELIVERY) and YEAR - year(r) > 20,
    "s36-ur-08": lambda r: svc(r, R_INVENTORY) and r["city"] == "Lahore",
    "s36-ur-09": lambda r: svc(r, R_LOYALTY) and YEAR - year(r) > 15,
    "s36-ur-10": lambda r: r["pitched_at_webinar"] == "yes" and r["city"] == "Islamabad",
    "s36-ur-11": lambda r: r["city"] in ("Multan", "Bahawalpur") and svc(r, R_POS),
    "s36-ul-08": lambda r: svc(r, R_FRANCHISE) and r["city"] == "Karachi",
    "s36-ul-09": lambda r: svc(r, R_MENU),
    "s36-ul-10": lambda r: svc(r, R_ERECEIPT) and 50 <= staff(r) <= 150,
    "s36-ul-11": lambda r: r["city"] == "Quetta" and svc(r, R_KDS),
    "s36-mx-08": lambda r: r["country"] == "CN" and svc(r, R_SHELF),
    "s36-mx-09": lambda r: svc(r, R_ANALYTICS) and cert(r, r"ISO(/IEC)? 27001"),
    "s36-mx-10": lambda r: svc(r, R_OMS) and svc(r, R_DELIVERY),
    "s36-mx-11": lambda r: svc(r, R_ITSUP) and staff(r) < 20,
}
EMPTY_OK = {"s36-ul-11"}  # the one directory question no company satisfies
# Values at a filter's edge that would make its answer set depend on reading "more than" as "at least".
BOUNDARIES = {
    "s36-en-11": lambda r: r["country"] == "PK" and svc(r, R_POS) and staff(r) == 200,
    "s36-en-12": lambda r: svc(r, R_ESL) and year(r) == 2010,
    "s36-en-13": lambda r: svc(r, R_PAY) and r["certifications"].strip() == "",
    "s36-zh-11": lambda r: svc(r, R_QUEUE) and r["certifications"].strip() == "",
    "s36-zh-13": lambda r: svc(r, R_DELIVERY) and YEAR - year(r) == 20,
    "s36-ur-09": lambda r: svc(r, R_LOYALTY) and YEAR - year(r) == 15,
    "s36-ul-10": lambda r: svc(r, R_ERECEIPT) and staff(r) in (49, 151),
    "s36-mx-11": lambda r: svc(r, R_ITSUP) and staff(r) == 20,
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
    "s36-en-15": [r"discount", r"early[- ]bird", r"rebate", r"折扣", r"优惠", r"رعایت"],
    "s36-en-16": [r"\b2084\b", r"2084年", r"۲۰۸۴"],
    "s36-en-17": [r"insur", r"保险", r"بیمہ"],
    "s36-zh-14": [r"\bvisas?\b", r"签证", r"邀请函", r"(?<![\u0600-\u06ff])ویزا(?![\u0600-\u06ff])"],
    "s36-zh-15": [r"parking", r"停车", r"پارکنگ"],
    "s36-zh-16": [r"\bawards?\b", r"\bprizes?\b", r"奖金", r"奖项", r"颁奖", r"انعام"],
    "s36-ur-12": [r"halal", r"清真", r"حلال"],
    "s36-ur-13": [r"\bloans?\b", r"贷款", r"قرض"],
    "s36-ul-12": [r"interpret", r"口译", r"翻译员", r"مترجم"],
    "s36-mx-12": [r"partner hotel", r"official hotel", r"hotel partner", r"协议酒店", r"指定酒店", r"推荐酒店"],
    "s36-mx-13": [r"airport", r"shuttle", r"机场", r"接送", r"ایئرپورٹ", r"شٹل"],
}
# Sentences no programme document may hold with all of these patterns.
NEAR_MISS_SENTENCES = {
    "s36-en-18": (r"buyers?|采购方|خریدار", r"registered|signed up|已报名|报名人数|رجسٹر"),
    "s36-ul-13": (r"Store Lab|门店实验日|اسٹور لیب", r"result|announc|publish|公布|نتائج|اعلان"),
}
# Facts stated in one language only, and what may not appear in the other documents.
ONE_LANGUAGE = {
    UR_HTML: ("کم از کم ۵۱٪ ملکیت خواتین کے پاس ہو", [r"\bwom[ae]n\b", r"female", r"女性", r"51 ?%", r"۵۱"]),
    ZH_NOTICE: ("每场25分钟", [r"25[- ]minute", r"25 min\b", r"۲۵ منٹ"]),
    CHAT: ("PKR 12 lakh", [r"\b12 lakh", r"1,200,000", r"12,00,000", r"120万", r"۱۲ لاکھ"]),
}
ONE_LANGUAGE_ALSO = {CHAT: [r"clinic", r"门诊", r"کلینک"]}  # the Karachi walk-in clinic is only in the chat


def mentions(stale, answer):
    """Whether an answer holds a stale figure or date (digit-bounded, so 90,000 is not found in 190,000)."""
    return re.search(r"(?<!\d)" + re.escape(canon(stale)) + r"(?!\d)", canon(answer)) is not None


def sentences(name, text):
    """A document's sentences: Markdown and plain-text paragraphs joined across hard line breaks, every other
    format's lines (a PDF line, a Word paragraph or table row, an HTML block) kept apart."""
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
    c.ok(16 <= len(names) <= 20, f"{len(names)} documents, expected 16-20")
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
        lang, t = DOCS[name], texts[name]
        han, arab = len(re.findall(HAN, t)), len(re.findall(ARABIC, t))
        if lang == "zh":
            c.ok(han > 300 and arab == 0, f"{name}: not Chinese")
        elif lang == "ur":
            c.ok(arab > 300 and han == 0, f"{name}: not Urdu")
        elif lang == "ur-Latn":
            c.ok(arab == 0 and len(ROMAN_URDU.findall(t)) >= 40, f"{name}: not Roman Urdu")
        elif lang == "en+zh":
            c.ok(han > 300 and len(re.findall(r"[A-Za-z]", t)) > 800 and arab == 0, f"{name}: not English + Chinese")
        else:
            c.ok(script_lang(t) == "en" and arab == 0, f"{name}: not English")
    suffixes = collections.Counter(p.suffix for p in PROG.iterdir())
    for suf in (".md", ".txt", ".html", ".docx", ".pdf"):
        c.ok(suffixes[suf] >= 2, f"formats {dict(suffixes)}")
    langs = collections.Counter(DOCS.values())
    c.ok(langs["zh"] >= 2 and langs["ur"] >= 2 and langs["ur-Latn"] >= 1, f"document languages {dict(langs)}")
    readme = README.read_text(encoding="utf-8") if README.exists() else ""
    c.ok("fictional" in readme.lower() and len(readme.strip().split("\n\n")) == 1, "README: one paragraph, fictional")
    return texts


def pdf_ops(path, page=0):
    """(font, size, x, y, text) of every text-showing operation on a page as the builder writes them; a CID
    font's hex string is decoded from UCS-2."""
    import pypdf

    pg = pypdf.PdfReader(str(path)).pages[page]
    data = pg.get_contents().get_data().decode("latin-1")
    out = []
    for f, s, x, y, lit, hexed in re.findall(
        r"BT (/F\d) ([\d.]+) Tf 1 0 0 1 ([\d.]+) ([\d.]+) Tm (?:\((.*?)\)|<([0-9A-F]+)>) Tj ET", data
    ):
        text = bytes.fromhex(hexed).decode("utf-16-be") if hexed else re.sub(r"\\([()\\])", r"\1", lit)
        out.append((f, float(s), float(x), float(y), text))
    return out


def check_features(c, texts):
    import docx

    # the real 2022 webinar, named once, in the overview only
    for name, text in texts.items():
        real = any(
            s in text for s in ("Trade Development Authority", "23 February 2022", "Software Business Union", "TDAP")
        )
        c.ok(real == (name == OVERVIEW), f"{name}: 2022 webinar facts must be stated only in the overview")
    ov = norm(texts[OVERVIEW])
    c.ok(ov.count("Outsourcing ICT Talent from Pakistan") == 1, "overview: the webinar named once")
    for s in (
        "Pakistan's Consulate General in Shanghai, the Software Business Union of Shanghai, the Shanghai Software "
        "Industry Association and the Trade Development Authority of Pakistan (TDAP)",
        "There is no Till Tide office in Islamabad, Rawalpindi, Faisalabad, Multan, Peshawar, Quetta, Sialkot, "
        "Hyderabad, Beijing, Shanghai or Shenzhen.",
        "PKR 4.5 crore",
        "Helpline**: 0800-84338",
    ):
        c.ok(s in ov, f"overview lacks {s!r}")
    every = "\n".join(texts.values())
    c.ok(re.search(r"[\w.-]+@[\w.-]+\.(?!example\b)[a-z]+\b", every) is None, "an e-mail domain not .example")
    c.ok(re.search(r"https?://(?![\w.-]+\.example\b)", every) is None, "a web address does not end in .example")
    c.ok(
        re.search(r"\b(?!apply\.tilltide|buyers\.ccsda)[a-z]+\.[a-z]+\.(com|cn|pk|org|net)\b", every) is None,
        "a real-looking domain",
    )
    for name in DOCS:
        if (PROG / name).suffix == ".html":
            c.ok(re.search(r"(href|src)=\"https?://(?![\w.-]+\.example\b)", raw_text(name)) is None, f"{name}: link")

    # 1. the e-mail thread: headers, newest first, > and >> quotes, signatures, a date the newest message changes
    em = raw_text(EMAIL)
    c.ok(em.startswith("From: "), "email: starts with the newest message's headers")
    heads = re.findall(r"(?m)^(?:>+ ?)?Date: \w{3}, (\d{1,2}) (\w{3}) (\d{4})", em)
    c.ok(len(heads) == 3, f"email: {len(heads)} Date headers")
    order = [(int(y), ["Aug", "Sep"].index(m), int(d)) for d, m, y in heads] if heads else []
    c.ok(order == sorted(order, reverse=True), "email: messages newest first")
    c.ok(len(re.findall(r"(?m)^Subject: |^> Subject: |^>> Subject: ", em)) == 3, "email: Subject headers")
    newest = em.split("\n> ", 1)[0]
    quoted = "\n".join(ln for ln in em.splitlines() if ln.startswith("> "))
    c.ok(len(re.findall(r"(?m)^>> ", em)) >= 5 and len(re.findall(r"(?m)^> ", em)) >= 8, "email: quote levels")
    c.ok("6 October 2083" in newest and "30 September" in newest, "email: the newest message changes the date")
    c.ok("by Thursday 30 September 2083" in quoted and "6 October" not in quoted, "email: the quoted older date")
    c.ok("10 host shops, not 12" in newest and "12 host shops" in quoted, "email: the changed host-shop count")
    c.ok(newest.count("Best regards") == 1 and "Best wishes" in quoted and ">> --" in em, "email: signatures")

    # 2. the changelog: newest first, a later version changes a figure, one version reverts part of a change
    cl = raw_text(CHANGELOG)
    vers = re.findall(r"(?m)^## v(1\.\d) — (\d{4}-\d\d-\d\d)", cl)
    c.ok([v for v, _ in vers] == ["1.3", "1.2", "1.1", "1.0"], f"changelog: versions {vers}")
    c.ok([d for _, d in vers] == sorted((d for _, d in vers), reverse=True), "changelog: ISO dates newest first")
    part = {v: cl[cl.index(f"## v{v}") :].split("\n## ", 1)[0] for v, _ in vers}
    if len(part) == 4:
        c.ok(
            "capped at PKR 300,000" in part["1.0"] and "from PKR 300,000 to **PKR 350,000**" in part["1.2"],
            "changelog: v1.2 changes v1.0's cap",
        )
        c.ok(
            "Shared booths are withdrawn" in part["1.2"] and "partly reverts v1.2" in part["1.3"],
            "changelog: v1.3 reverts part of v1.2",
        )
        c.ok("two Band A firms may share one standard booth" in part["1.0"], "changelog: v1.0's shared booths")
        c.ok("(was 15 April 2083)" in part["1.1"] and "(was up to 30 firms)" in part["1.1"], "changelog: v1.1")
    c.ok("The current version is v1.3" in cl, "changelog: names the current version")

    # 3. the Word fee table: merged cells (a band label down two rows, a header across two columns), a table
    # nested in a cell, and the grants table split in two with its header repeated
    fx = docx_xml(PROG / FEES)
    root = ET.fromstring(fx.encode("utf-8"))
    tops = root.find(W + "body").findall(W + "tbl")
    c.ok(len(tops) == 3, f"fees: {len(tops)} top-level tables")
    if len(tops) == 3:
        fee_t = tops[0]
        spans = [int(g.get(W + "val")) for g in fee_t.iter(W + "gridSpan")]
        c.ok(2 in spans, "fees: a header cell spans two columns")
        restart = [v for v in fee_t.iter(W + "vMerge") if v.get(W + "val") == "restart"]
        cont = [v for v in fee_t.iter(W + "vMerge") if v.get(W + "val") in (None, "continue")]
        c.ok(len(restart) >= 11 and len(cont) >= 11, f"fees: vertical merges {len(restart)}/{len(cont)}")
        nested = [tc for tc in fee_t.iter(W + "tc") if tc.find(W + "tbl") is not None]
        c.ok(len(nested) == 1, "fees: one table nested in a cell")
        hdr = []
        for t in tops[1:]:
            first = t.find(W + "tr")
            hdr.append(" | ".join("".join(x.text or "" for x in tc.iter(W + "t")) for tc in first.findall(W + "tc")))
            c.ok(first.find(W + "trPr/" + W + "tblHeader") is not None, "fees: the grants header row repeats")
        c.ok(len(set(hdr)) == 1 and hdr[0].startswith("Grant | Share"), f"fees: split table headers {hdr}")
        c.ok(fx.count('w:type="page"') >= 1, "fees: a page break between the two halves of the grants table")
    d = docx.Document(str(PROG / FEES))
    c.ok(any("(continued on the next page)" in p.text for p in d.paragraphs), "fees: the split is announced")
    got = fee_table(texts)
    c.ok(len(got) == 8 and got.get(("B", False)) == (100_000, 135_000), f"fees: fee table {got}")
    c.ok(re.search(r"(?m)^ \|  \| Non-member \|", texts[FEES]) is not None, "fees: a merged band cell reads empty")

    # 4. the bilingual code of conduct: English on the left, Chinese on the right, on the same page
    ops = pdf_ops(PROG / CONDUCT)
    left = [o for o in ops if o[2] < 300 and o[0] in ("/F1", "/F2")]
    right = [o for o in ops if o[2] > 300 and o[0] == "/F3"]
    c.ok(len(left) >= 25 and len(right) >= 20, f"conduct: {len(left)} English / {len(right)} Chinese lines")
    c.ok(not any(re.search(HAN, o[4]) for o in left), "conduct: Chinese in the left column")
    c.ok(sum(bool(re.search(HAN, o[4])) for o in right) >= 0.9 * len(right), "conduct: the right column is not Chinese")
    c.ok(not [o for o in ops if o[0] == "/F3" and o[2] < 300], "conduct: Chinese font in the left column")
    ct = norm(texts[CONDUCT])
    en_clauses = re.findall(r"(?m)^([1-8])\. ", texts[CONDUCT])
    zh_clauses = re.findall(r"(?m)^([一二三四五六七八])、", texts[CONDUCT])
    c.ok(en_clauses == list("12345678") and len(zh_clauses) == 8, f"conduct: clauses {en_clauses} {zh_clauses}")
    for s in (
        "at least 48 hours",
        "至少提前48小时",
        "RMB 200",
        "人民币200元",
        "the Chinese text prevails",
        "以中文文本为准",
    ):
        c.ok(s in ct, f"conduct: {s!r}")

    # 5. the FAQ accordion and the glossary
    fr = raw_text(FAQ)
    _, fp = read_html(fr)
    c.ok(fp.tags["details"] >= 8 and fp.tags["summary"] == fp.tags["details"], "faq: <details>/<summary> items")
    c.ok(fp.tags["dl"] == 1 and fp.tags["dt"] == fp.tags["dd"] >= 8, "faq: a <dl> glossary")
    c.ok("refunds 70% of the participation fee" in norm(fp.inside["details"]), "faq: the refund answer is folded")
    c.ok("Each host shop takes up to three vendors." in norm(fp.inside["dd"]), "faq: the host-shop glossary entry")
    c.ok("Kitchen display system" in norm(fp.inside["dd"]), "faq: the KDS glossary entry")

    # 6. the Chinese minutes
    mt = texts[MINUTES]
    c.ok("会议纪要" in mt and re.search(r"(?m)^出席：", mt) and re.search(r"(?m)^记录：", mt), "minutes: header lines")
    c.ok(re.findall(r"(?m)^([一二三四五六七])、", mt) == list("一二三四五"), "minutes: decisions 一 to 五")
    acts = [ln for ln in mt.splitlines() if re.match(r"^\d \| .+ \| .+ \| 2083年\d{1,2}月\d{1,2}日$", ln)]
    c.ok("序号 | 事项 | 负责人 | 完成时间" in mt and len(acts) >= 4, f"minutes: action items {len(acts)}")
    c.ok("三月十二日" in mt, "minutes: a date written 三月十二日")

    # 7. the WhatsApp export: every line a stamped message, the officer's answer corrected later
    ch = raw_text(CHAT)
    lines = ch.rstrip("\n").split("\n")
    c.ok(all(re.match(r"^\[\d\d/\d\d/2083, \d\d:\d\d\] ", ln) for ln in lines), "chat: every line stamped")
    officer = [ln for ln in lines if "] Ayesha Malik (RSHF): " in ln]
    c.ok(len(officer) >= 8 and len(lines) - len(officer) >= 10, "chat: officer answers vendor questions")
    wrong = ch.find("har Budh ko dopahar 3 baje walk-in clinic")
    right = ch.find("Clinic har Jumeraat ko subah 11 baje hota hai, Budh ko nahi")
    c.ok(0 < wrong < right and "Correction:" in ch[right - 80 : right], "chat: the wrong answer, then the correction")

    # 8. money in other notations, each for a different fact and stated once
    for name, s in (
        (CHAT, "PKR 12 lakh"),
        (SLD, "thirty-five thousand rupees"),
        (MINUTES, "人民币3.5万元"),
        (OVERVIEW, "PKR 4.5 crore"),
    ):
        c.ok(sum(t.count(s) for t in texts.values()) == 1 and s in texts[name], f"notation {s!r} once, in {name}")

    # 9. the checklist
    ck = raw_text(CHECKLIST)
    req = ck[ck.index("## Required") : ck.index("## Optional")]
    opt = ck[ck.index("## Optional") : ck.index("## Before you submit")]
    c.ok(req.count("- [x] ") >= 5 and "- [ ] " not in req, "checklist: required items ticked")
    c.ok(opt.count("- [ ] ") >= 4 and "- [x] " not in opt, "checklist: optional items unticked")

    # 10. dates in several formats
    c.ok(re.search(r"\b2083-0\d-\d\d\b", cl) is not None, "dates: ISO")
    c.ok(re.search(r"\[\d\d/\d\d/2083,", ch) is not None, "dates: dd/mm/yyyy")
    c.ok("24 October" in texts[SLD] and "三月十二日" in mt and "2083年10月21日" in texts[ZH_NOTICE], "dates: en / zh")
    c.ok("اکتوبر" in texts[UR_HTML] and "دسمبر" in texts[UR_CLAIMS], "dates: Urdu month names")

    # correction notice, superseded version, Urdu right-to-left documents, the 2082 pilot
    cor = texts[CORR]
    cor_rows = [ln for ln in cor.splitlines() if ln.startswith("| ") and "---" not in ln][1:]
    c.ok(len(cor_rows) == 2 and all(ln.count("**") == 2 for ln in cor_rows), "correction: two figures changed")
    c.ok("**Hall 6**" in cor and "| Hall 4 |" in cor, "correction: the hall")
    c.ok("Hall 4" in texts[MANUAL] and "Tuesday 19 October 2083" in texts[MANUAL], "manual: the printed details")
    old = texts[SLD_OLD]
    c.ok(old.startswith("# SUPERSEDED") and "no longer valid" in old, "superseded guide: marked")
    c.ok("replaces version 1 of 10 March 2083" in texts[SLD], "current guide: says what it replaces")
    _, up = read_html(raw_text(UR_HTML))
    c.ok(up.attrs.get("lang") == "ur" and up.attrs.get("dir") == "rtl", "ur html: lang/dir")
    c.ok(all(re.search(ARABIC, cell) for cell in html_rows(raw_text(UR_HTML))[0]), "ur html: Urdu table headings")
    px = docx_xml(PROG / UR_CLAIMS)
    c.ok(px.count("<w:bidi/>") >= 10 and "<w:rtl/>" in px and "<w:bidiVisual/>" in px, "ur claims: right-to-left")
    for name, (fact, elsewhere) in ONE_LANGUAGE.items():
        c.ok(fact in norm(texts[name]), f"{name}: the one-language fact")
        for other, t in texts.items():
            if other != name:
                for pat in [*elsewhere, *ONE_LANGUAGE_ALSO.get(name, [])]:
                    c.ok(re.search(pat, t, re.I) is None, f"{other}: states {name}'s one-language fact ({pat})")
    pt = texts[PILOT]
    for s in (
        "Pakistani firms selected 18",
        "PKR 60,000",
        "PKR 200,000",
        "65 out of 100",
        "Chongqing Retail Tech Week",
    ):
        c.ok(s in norm(pt), f"pilot: {s!r}")
    for stale in STALE:
        c.ok(any(mentions(stale, t) for t in texts.values()), f"stale {stale!r} is not written anywhere")


def check_directory(c):
    header, rows = read_directory()
    c.ok(header == COLUMNS, f"directory columns {header}")
    ids = [r["id"] for r in rows]
    c.ok(len(ids) == len(set(ids)), "duplicate ids")
    c.ok(len(rows) == 60, f"{len(rows)} companies")
    by_country = collections.Counter(r["country"] for r in rows)
    c.ok(by_country["PK"] == 45 and by_country["CN"] == 15, f"countries {dict(by_country)}")
    for r in rows:
        cid = r["id"]
        c.ok(re.fullmatch(r"(PK|CN)-\d{3}", cid) is not None and cid[:2] == r["country"], f"id {cid}")
        c.ok(re.fullmatch(r"\d{4}", r["founded"]) is not None and 1998 <= int(r["founded"]) <= 2082, f"founded {cid}")
        c.ok(r["employees"].isdigit() and 4 <= int(r["employees"]) <= 2000, f"employees {cid}")
        c.ok(r["pitched_at_webinar"] in ("yes", "no"), f"pitched {cid}")
        c.ok(r["pitched_at_webinar"] == "no" or (r["country"] == "PK" and int(r["founded"]) <= 2021), f"pitch {cid}")
        c.ok(r["website"].startswith("https://") and r["website"].endswith(".example"), f"website {cid}")
        c.ok(re.fullmatch(r"[\w.-]+@[\w.-]+\.example", r["contact_email"]) is not None, f"e-mail {cid}")
        c.ok(r["description"].strip() != "" and r["services"].strip() != "", f"empty description/services {cid}")
        c.ok(r["city"].strip() != "" and r["name"].strip() != "", f"name/city {cid}")
        for col in ("services", "industries", "technologies", "certifications", "languages"):
            items = r[col].split(";") if r[col] else []
            c.ok(all(x == x.strip() and x for x in items), f"{cid}: badly separated {col}")
        c.ok(r["certifications"].lower() != "none" or r["certifications"] == "none", f"certs {cid}")
        c.ok(re.search(HAN, r["description"]) is None, f"{cid}: Chinese in the English description")
        c.ok(not r["description_zh"] or re.search(HAN, r["description_zh"]), f"{cid}: description_zh not Chinese")
        c.ok(not r["name_zh"] or re.search(HAN, r["name_zh"]), f"{cid}: name_zh not Chinese")
    services = {s.strip() for r in rows for s in r["services"].split(";") if s.strip()}
    c.ok(170 <= len(services) <= 200, f"{len(services)} distinct services")
    c.ok(sum(bool(re.search(HAN, s)) for s in services) >= 8, "too few services written in Chinese")
    c.ok(any(s[0].isupper() for s in services) and any(s[0].islower() for s in services), "no mixed case")
    certs = {r["certifications"] for r in rows}
    c.ok("none" in certs and "" in certs, "certifications: both none and unknown")
    for want in ("PCI DSS v4.0", "ISO/IEC 27001:2022", "ISO 9001"):
        c.ok(any(want in r["certifications"].split(";") for r in rows), f"certifications: {want}")
    zh_named = sum(bool(r["name_zh"]) for r in rows)
    zh_desc = sum(bool(r["description_zh"]) for r in rows)
    c.ok(40 <= zh_named < 60 and 40 <= zh_desc < 60, f"zh cells filled {zh_named}/{zh_desc}")
    emp = [int(r["employees"]) for r in rows]
    c.ok(min(emp) <= 5 and max(emp) == 2000, f"head counts {min(emp)}-{max(emp)}")
    years = [int(r["founded"]) for r in rows]
    c.ok(min(years) == 1998 and max(years) >= 2080, f"founded {min(years)}-{max(years)}")
    c.ok(sum(r["pitched_at_webinar"] == "yes" for r in rows) >= 10, "too few firms pitched at the webinar")
    small = {"Multan", "Bahawalpur", "Sukkur", "Mardan", "Abbottabad", "Gujranwala", "Sialkot"}
    c.ok(len(small & {r["city"] for r in rows}) >= 4, "too few small Pakistani cities")
    first_words = collections.Counter(r["name"].split()[0] for r in rows)
    c.ok(sum(n >= 2 for n in first_words.values()) >= 4, "too few near-duplicate names")
    return rows


def check_question_text(c, q):
    qid, text, lang = q["id"], q["question"], q["lang"]
    han, arab = len(re.findall(HAN, text)), len(re.findall(ARABIC, text))
    latin = len(re.findall(r"[A-Za-z]", text))
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
        two_scripts = sum(x > 0 for x in (han, arab, latin)) >= 2
        code_switched = latin and len(ROMAN_URDU.findall(text)) >= 2 and len(ENGLISH_WORDS.findall(text)) >= 2
        c.ok(two_scripts or code_switched, f"{qid}: mixed message is not code-switched")


def check_questions(c, texts, rows):
    items = [json.loads(x) for x in QUESTIONS.read_text(encoding="utf-8").splitlines() if x.strip()]
    c.ok(len(items) == 80, f"{len(items)} questions")
    c.ok(len({q["id"] for q in items}) == len(items), "duplicate question ids")
    langs = collections.Counter(q["lang"] for q in items)
    kinds = collections.Counter(q["kind"] for q in items)
    c.ok(dict(langs) == LANG_COUNTS, f"langs {dict(langs)}")
    c.ok(dict(kinds) == KIND_COUNTS, f"kinds {dict(kinds)}")
    for lang, want in BY_LANG_KIND.items():
        got = collections.Counter(q["kind"] for q in items if q["lang"] == lang)
        c.ok(dict(got) == want, f"{lang}: kinds {dict(got)}")
    un = collections.Counter(q["note"].split(":")[0] for q in items if q["kind"] == "unanswerable")
    c.ok(set(un) == {"off-topic", "near miss"} and un["near miss"] > un["off-topic"] >= 3, f"unanswerable {dict(un)}")
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
    stale_asked = [q["id"] for q in items if q["kind"] == "programme" and "stale:" in q["note"]]
    c.ok(len(stale_asked) >= 6, f"only {stale_asked} ask a figure a later document changed")
    kinds_of_stale = {k for q in items if "stale:" in q["note"] for k in STALE_KINDS if k in q["note"]}
    c.ok(kinds_of_stale == STALE_KINDS, f"stale kinds asked {kinds_of_stale}")
    for qid in set(STALE_FOR) | set(STALE_OK) | set(EQUIV) | set(TABLE_ONLY):
        c.ok(any(q["id"] == qid for q in items), f"{qid}: named in a check table but not asked")
    used_sources = collections.Counter()
    written = {name: norm(t) for name, t in texts.items()}
    canon_written = {name: canon(t) for name, t in texts.items()}
    short, table_only, cross = [], [], []
    for q in items:
        qid = q["id"]
        c.ok(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        m = re.fullmatch(r"s36-(en|zh|ur|ul|mx)-(\d\d)", qid)
        if not c.ok(m is not None, f"bad id {qid}"):
            continue
        c.ok(LANG_CODES[m.group(1)] == q["lang"], f"{qid}: lang {q['lang']}")
        check_question_text(c, q)
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
            c.ok(len(q["answer_must_contain_any"]) >= 2, f"{qid}: only one acceptable string")
            try:
                computed = COMPUTED[qid](texts) if qid in COMPUTED else []
            except Exception as e:  # a document no longer holds the rule's figures
                c.ok(False, f"{qid}: computed answer cannot be recomputed: {e!r}")
                continue
            c.ok((qid in COMPUTED) == ("computed" in q["note"]), f"{qid}: note must say computed iff computed")
            c.ok(all(x in q["answer_must_contain_any"] for x in computed), f"{qid}: computed answers missing")
            if computed:
                c.ok(q["answer_must_contain_any"][0] == computed[0], f"{qid}: the computed figure comes first")
            srcs = [s for s in q["expected_sources"] if s in written]
            equiv = EQUIV.get(qid, {})
            plain = [a for a in q["answer_must_contain_any"] if a not in computed or a in RULE_FIGURES]
            for a in plain:
                if a in equiv:
                    src, shown = equiv[a]
                    c.ok(src in srcs and norm(shown) in written[src], f"{qid}: {shown!r} not written in {src}")
                    want = EQUIV_VALUES.get(a, value(a))
                    c.ok(same(want, value(shown)), f"{qid}: {a!r} ({want}) != {shown!r}")
                    continue
                c.ok(
                    any(norm(a) in written[s] or canon(a) in canon_written[s] for s in srcs),
                    f"{qid}: answer {a!r} not written in its sources",
                )
            for a in set(equiv) - set(q["answer_must_contain_any"]):
                c.ok(False, f"{qid}: EQUIV names {a!r}, not a key fact")
            first = q["expected_sources"][0] if q["expected_sources"] else None
            if first in DOCS and DOCS[first] == "zh":
                c.ok(any(re.search(HAN, a) for a in q["answer_must_contain_any"]), f"{qid}: no Chinese form")
            if first in DOCS and DOCS[first] == "ur":
                c.ok(any(re.search(ARABIC, a) for a in q["answer_must_contain_any"]), f"{qid}: no Urdu form")
            if computed:
                every = " ".join(canon_written.values())
                c.ok(
                    re.search(r"(?<!\d)" + re.escape(canon(computed[0])) + r"(?!\d)", every) is None,
                    f"{qid}: computed figure {computed[0]} is written somewhere",
                )
            if re.search(r"\b(one word|two words)\b", q["note"]):
                text = q["question"].strip("?？!. ")
                n = len(re.findall(HAN, text)) if q["lang"] == "zh" else len(text.split())
                c.ok(n <= (6 if q["lang"] == "zh" else 2), f"{qid}: not one or two words")
                short.append(qid)
            if "table-only" in q["note"]:
                c.ok(qid in TABLE_ONLY, f"{qid}: table-only without a check")
                table_only.append(qid)
            if "cross-language" in q["note"]:
                doc_langs = {DOCS[s] for s in q["expected_sources"]}
                c.ok(
                    q["lang"] not in doc_langs and not (q["lang"] == "zh" and "en+zh" in doc_langs),
                    f"{qid}: cross-language but a source is in {q['lang']}",
                )
                cross.append(qid)
        elif kind == "directory":
            c.ok(not q["expected_sources"] and qid in FILTERS, f"{qid}: directory shape")
            if qid in FILTERS:
                want = answer_set(qid, rows)
                c.ok(q["expected_companies"] == want, f"{qid}: expected {q['expected_companies']} != filter {want}")
                c.ok((len(want) == 0) == (qid in EMPTY_OK) and len(want) <= 6, f"{qid}: answer-set size {len(want)}")
                if qid in BOUNDARIES:
                    edge = [r["id"] for r in rows if BOUNDARIES[qid](r)]
                    c.ok(not edge, f"{qid}: companies on the filter's edge {edge}")
        else:
            c.ok(not q["expected_sources"] and not q["expected_companies"], f"{qid}: unanswerable shape")
            for a in q["answer_must_contain_any"]:  # where to turn instead: must be a real programme contact
                c.ok(any(norm(a) in w for w in written.values()), f"{qid}: contact {a!r} is not in the documents")
            if q["note"].startswith("near miss"):
                c.ok(qid in NEAR_MISS or qid in NEAR_MISS_SENTENCES, f"{qid}: no absence check")
    for qid, (doc, s) in TABLE_ONLY.items():
        c.ok(norm(s) in norm(table_text(doc)) and norm(s) not in norm(prose_text(doc)), f"{qid}: {s!r} not table-only")
    c.ok(len(short) >= 4, f"one- or two-word questions {short}")
    c.ok(len(table_only) >= 4, f"table-only questions {table_only}")
    c.ok(len(cross) >= 4, f"cross-language questions {cross}")
    c.ok(set(FILTERS) == {q["id"] for q in items if q["kind"] == "directory"}, "filters vs directory questions")
    c.ok(set(COMPUTED) <= {q["id"] for q in items if q["kind"] == "programme"}, "computed vs programme questions")
    c.ok(len(COMPUTED) >= 6, "too few computed questions")
    c.ok(
        any(q["kind"] == "directory" and re.search(HAN, q["question"]) and "Chinese name" in q["note"] for q in items),
        "no directory question names a company by its Chinese name",
    )
    unused = sorted(set(DOCS) - STALE_DOCS - set(used_sources))
    c.ok(not unused, f"documents no question uses: {unused}")
    for n, docs in FEATURES.items():
        asked = [q["id"] for q in items if set(docs) & set(q["expected_sources"]) and f"feature {n}" in q["note"]]
        c.ok(len(asked) >= 2, f"feature {n} ({docs}): asked only by {asked}")
        for q in items:
            if re.search(rf"feature {n}\b", q["note"]):
                c.ok(set(docs) & set(q["expected_sources"]), f"{q['id']}: says feature {n} but not its document")
    for qid, patterns in NEAR_MISS.items():
        for name, text in texts.items():
            for pat in patterns:
                c.ok(re.search(pat, text, re.I) is None, f"{qid}: {pat!r} found in {name}")
    for qid, groups in NEAR_MISS_SENTENCES.items():
        hits = sentences_with(texts, *groups)
        c.ok(not hits, f"{qid}: found {hits[:2]}")
    for name, text in texts.items():
        for r in rows:
            c.ok(r["name"].lower() not in text.lower(), f"{r['name']} named in {name}")
            c.ok(not r["name_zh"] or r["name_zh"] not in text, f"{r['name_zh']} named in {name}")
    return items


def main():
    c = Checker()
    texts = check_documents(c)
    if len(texts) == len(DOCS):
        try:
            check_features(c, texts)
        except Exception as e:  # a broken file must fail the run, not crash it
            c.ok(False, f"feature checks crashed: {e!r}")
    rows = []
    try:
        rows = check_directory(c)
    except Exception as e:
        c.ok(False, f"directory checks crashed: {e!r}")
    items = []
    if len(texts) == len(DOCS) and rows:
        try:
            items = check_questions(c, texts, rows)
        except Exception as e:
            c.ok(False, f"question checks crashed: {e!r}")
    for e in c.errors:
        print("FAIL:", e)
    if c.errors:
        print(f"{len(c.errors)} check(s) failed")
        return 1
    by = collections.Counter((q["lang"], q["kind"]) for q in items)
    services = {s.strip() for r in rows for s in r["services"].split(";") if s.strip()}
    print(
        f"sample-36 OK: {len(DOCS)} documents, {len(rows)} companies ({len(services)} distinct services), "
        f"{len(items)} questions"
    )
    print("  by lang x kind:", {f"{k[0]}/{k[1]}": v for k, v in sorted(by.items())})
    for n in FEATURES:
        print(f"  feature {n}:", [q["id"] for q in items if re.search(rf"feature {n}\b", q["note"])])
    print("  stale-figure questions:", [q["id"] for q in items if q["kind"] == "programme" and "stale:" in q["note"]])
    print("  computed:", sorted(COMPUTED))
    print("  table-only:", sorted(TABLE_ONLY))
    print("  cross-language:", [q["id"] for q in items if "cross-language" in q["note"]])
    print("  one/two words:", [q["id"] for q in items if re.search(r"\b(one word|two words)\b", q["note"])])
    print("  directory set sizes:", {q["id"]: len(q["expected_companies"]) for q in items if q["kind"] == "directory"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
