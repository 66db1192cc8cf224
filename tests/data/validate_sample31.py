"""Check sample-31 ("Claim Canal 2075") and questions-31.jsonl; exit 0 when every check passes.

Stdlib + python-docx + pypdf only. The builder imports FILTERS and COMPUTED from here, so the frozen
answer sets and the arithmetic answers come from the same code that checks them.

Key facts are looked up in each document's text as a careful reader would get it:
- Word files: the body with inserted runs (w:ins) read and deleted runs (w:delText) dropped, text boxes read once
  from their DrawingML mc:Choice (the VML mc:Fallback copy left out), plus the footnotes part and the header and
  footer parts;
- the Windows-1256 Urdu notice and the windows-1252 Word-HTML page decoded from their code pages; Arabic yeh and
  kaf (the forms legacy Urdu text uses) read as Urdu yeh and kaf;
- HTML with tags stripped, entities decoded, inline tags joined without a space ("regis<span>tration</span>"
  reads "registration") and conditional comments left out;
- Markdown with its footnote definitions and raw HTML read as text;
- the two-column PDF read column by column from the positions of its text, with the raised footnote markers
  (small raised digits) dropped, so that "PKR 56,000" followed by a raised "2" reads "PKR 56,000".
"""

import collections
import csv
import html.parser
import io
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
KB = HERE / "sample-31"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-31.jsonl"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

OVERVIEW = "overview.md"
CALL = "call-for-applications-2075.pdf"  # 9. two-column PDF, boxed sidebar, raised footnote markers, ordinal date
GRANTS = "grant-windows-2075.docx"  # 2. footnotes part, header and footer parts
TOUR = "site-visit-tour-2075.docx"  # 1. tracked changes (w:ins / w:del / w:delText)
EXPO = "expo-shenzhen-2075.docx"  # 3. DrawingML text box with a VML fallback
CP1256 = "ur-helpline-holidays-cp1256.txt"  # 4. Urdu in Windows-1256, CRLF, no BOM
FAQ = "faq.html"  # 5. details/summary, dl/dt/dd, address with <br>
CRIT = "selection-criteria-2075.md"  # 6. Markdown footnotes, raw HTML table, reference links
FEES = "fees-and-instalments-export.txt"  # 7. semicolon-separated table and a fixed-width table
LAUNCH = "launch-forum-2075.html"  # 8. Word "Save as Web Page", windows-1252
CORR = "corrigendum-01.md"
PILOT = "pilot-round-2073-summary.md"
UR_DOCX = "ur-fees-refunds.docx"
ZH_DOCX = "zh-buyer-guide.docx"
ZH_MD = "zh-alliance-matching-notice.md"
UR_MD = "ur-site-visit-expo.md"
DUBAI = "dubai-partner-desk.txt"

# document -> language it is written in
DOCS = {
    OVERVIEW: "en",
    CALL: "en",
    GRANTS: "en",
    TOUR: "en",
    EXPO: "en",
    FAQ: "en",
    CRIT: "en",
    FEES: "en",
    LAUNCH: "en",
    CORR: "en",
    PILOT: "en",
    DUBAI: "en",
    CP1256: "ur",
    UR_DOCX: "ur",
    UR_MD: "ur",
    ZH_DOCX: "zh",
    ZH_MD: "zh",
}
FEATURES = {1: TOUR, 2: GRANTS, 3: EXPO, 4: CP1256, 5: FAQ, 6: CRIT, 7: FEES, 8: LAUNCH, 9: CALL}
ENCODING = {CP1256: "cp1256", LAUNCH: "cp1252"}

LANG_CODES = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}
ROMAN_URDU = re.compile(
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|batao|bata[od]|karne|karti|bhai|nahi|ka|ki|ke|ko|se|aur"
    r"|kaun|kaunsa|thi|tha|jate|milegi|lagta|hoga|chahiye|zaroori)\b",
    re.I,
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
LEGACY_URDU = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u06d4": ".", "\u066a": "%"})
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
SPACES = {0x202F: " ", 0x2009: " ", 0x00A0: " ", 0x2007: " ", 0x2011: "-", 0x2010: "-"}
TRAD_ONLY = "夥務證資費間會員時週請點關與為處號開辦灣東將機場廣轉電館頁幣"

# Figures that are written somewhere but are not the live answer: never an expected key fact.
STALE = {
    "14th March 2075": "closing date as printed in the Call, corrected by Corrigendum No. 1",
    "14 March 2075": "closing date as printed, corrected by Corrigendum No. 1",
    "3月14日": "closing date as printed, corrected by Corrigendum No. 1",
    "850,000": "Window B cap as printed, corrected by Corrigendum No. 1",
    "182,000": "tour package price deleted by a tracked change (w:delText)",
    "9 May 2075": "tour deposit date deleted by a tracked change (w:delText)",
    "150,000": "third-seat price in a sentence deleted by a tracked change",
    "32,000": "the 2073 pilot's flat fee (asked only side by side with the 2075 fee)",
}
STALE_OK = {"s31-en-11": {"32,000"}}  # the pilot-vs-now question names the old fee on purpose


# ----------------------------------------------------------------------------- text helpers
def clean(s):
    """What a reader sees: invisible characters gone, unusual spaces and hyphens read as plain ones."""
    return s.translate(INVISIBLE).translate(SPACES)


def canon(s):
    s = clean(unicodedata.normalize("NFKC", s)).translate(URDU_DIGITS).translate(LEGACY_URDU).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    s = re.sub(r"(?<=\d)[,٬](?=\d)", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    return norm(s)


class ReaderHtml(html.parser.HTMLParser):
    """An HTML page's text as a browser shows it: block elements on their own lines, inline elements joined
    without a space, <script>/<style> and comments (Word's conditional comments too) left out."""

    BLOCK = frozenset(
        "p div li tr td th h1 h2 h3 h4 h5 h6 br caption header footer main section table thead tbody ul ol "
        "title dt dd dl address details summary nav".split()
    )
    SKIP = frozenset({"script", "style", "template", "noscript", "xml"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.depth = [], 0
        self.tags = collections.Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag in self.SKIP:
            self.depth += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def read_html(raw):
    p = ReaderHtml()
    p.feed(raw)
    p.close()
    return "".join(p.parts), p.tags


def docx_part(path, part="word/document.xml"):
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def docx_parts(path):
    with zipfile.ZipFile(path) as z:
        return sorted(z.namelist())


def word_lines(xml_text):
    """The lines of one Word part (body, footnotes, header or footer) as a reader gets them: inserted runs read,
    deleted runs (w:delText) dropped, field instructions left out, a text box read once from mc:Choice."""
    root = ET.fromstring(xml_text.encode("utf-8"))
    parents = {child: parent for parent in root.iter() for child in parent}
    for fallback in list(root.iter(MC + "Fallback")):
        parents[fallback].remove(fallback)
    lines = []

    def para(p):
        out, boxes = [], []

        def walk(el):
            for ch in el:
                if ch.tag == W + "txbxContent":
                    boxes.append(ch)
                    continue
                if ch.tag == W + "t":
                    out.append(ch.text or "")
                elif ch.tag == W + "tab":
                    out.append("\t")
                elif ch.tag in (W + "br", W + "cr"):
                    out.append("\n")
                walk(ch)

        walk(p)
        lines.append("".join(out))
        for box in boxes:
            block(box)

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
            elif el.tag == W + "sdt":
                content = el.find(W + "sdtContent")
                if content is not None:
                    block(content)
            elif el.tag in (W + "body", W + "footnote", W + "hdr", W + "ftr"):
                block(el)

    if root.tag == W + "document":
        block(root.find(W + "body"))
    elif root.tag == W + "footnotes":
        for fn in root.findall(W + "footnote"):
            if fn.get(W + "type") in (None, "normal"):
                block(fn)
    else:
        block(root)
    return lines


def deleted_text(xml_text):
    return " ".join(re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", xml_text))


def docx_text(path):
    names = docx_parts(path)
    parts = ["word/document.xml"]
    parts += [n for n in names if re.fullmatch(r"word/(header|footer)\d*\.xml", n)]
    parts += [n for n in names if n == "word/footnotes.xml"]
    out = []
    for part in parts:
        out += word_lines(docx_part(path, part))
    return "\n".join(out)


def pdf_items(path):
    """Every piece of text drawn on each page, with its position and size: [(x, y, size, text), ...] per page."""
    import pypdf

    pages = []
    for page in pypdf.PdfReader(str(path)).pages:
        items = []

        def visit(text, cm, tm, font, size, items=items):
            if text and text.strip("\n"):
                items.append((round(tm[4], 2), round(tm[5], 2), size, text))

        page.extract_text(visitor_text=visit)
        pages.append(items)
    return pages


def is_marker(item, items):
    """A raised footnote marker: a small digit set above the baseline of a normal-size text on its line."""
    x, y, size, text = item
    if size > 7 or not text.strip().isdigit():
        return False
    return any(size2 >= 8 and 1.5 <= y - y2 <= 6 and x2 < x for x2, y2, size2, _ in items)


def pdf_reader_text(path):
    """Read each page as a reader does: the heading band, the left column top to bottom, the right column
    (sidebar box included), then the footnotes band; raised footnote markers dropped."""
    out = []
    for items in pdf_items(path):
        kept = []
        for it in items:
            if is_marker(it, items):
                continue
            x, y, size, text = it
            if size <= 7:  # a footnote's own raised number sits on the line of its text
                below = [y2 for x2, y2, s2, _ in items if s2 >= 8 and 0 < y - y2 <= 6]
                y = max(below) if below else y
            kept.append((x, y, size, text))
        zones = {"head": [], "left": [], "right": [], "foot": []}
        for x, y, size, text in kept:
            zone = "head" if y >= 740 else "foot" if y < 92 else "left" if x < 300 else "right"
            zones[zone].append((x, y, text))
        for zone in ("head", "left", "right", "foot"):
            rows = collections.defaultdict(list)
            for x, y, text in zones[zone]:
                rows[round(y)].append((x, text))
            for y in sorted(rows, reverse=True):
                line = ""
                for _, text in sorted(rows[y]):
                    line += text if (not line or line.endswith(" ") or text.startswith(" ")) else " " + text
                out.append(line)
    return "\n".join(out)


def raw_text(name):
    path = PROG / name
    return path.read_bytes().decode(ENCODING.get(name, "utf-8"))


def doc_text(name):
    """The text a reader gets from a document (see the module docstring)."""
    path = PROG / name
    if path.suffix == ".html":
        text = read_html(raw_text(name))[0]
    elif path.suffix == ".docx":
        text = docx_text(path)
    elif path.suffix == ".pdf":
        text = pdf_reader_text(path)
    elif path.suffix == ".md":
        text = re.sub(r"<[^>]+>", " ", raw_text(name))
    else:
        text = raw_text(name)
    return clean(unicodedata.normalize("NFKC", text))


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
def c_en02(t):
    # 40 full-time staff -> band 21-75: PKR 56,000 with 2 delegates included; a third delegate costs the
    # footnoted PKR 17,500.
    need(t, CALL, "21 - 75", "56,000", "Each delegate beyond those included costs PKR 17,500")
    total = 56000 + (3 - 2) * 17500
    return [f"{total:,}", f"PKR {total:,}"]


def c_en09(t):
    # About 120 staff -> band 76-300, PKR 104,000; a withdrawal on 2 June falls between 21 May and 25 June: 50%.
    need(t, CALL, "76 - 300", "104,000", "between 21 May and 25 June 2075")
    back = 104000 * 50 // 100
    return [f"{back:,}", f"PKR {back:,}"]


def c_zh01(t):
    # A provincial agricultural-insurance pool: 30% of a 70万元 contract is 21万元, under the pool cap of 25万元.
    need(t, ZH_MD, "省级农业保险共保体 | 30% | 25万元")
    grant = min(700000 * 30 // 100, 250000)
    return [f"{grant // 10000}万元", f"{grant // 10000}万", f"{grant:,}"]


def c_zh06(t):
    # Two delegates at the live (inserted) package price of PKR 194,000, one with the PKR 36,000 single room.
    need(t, TOUR, "Tour package per delegate (twin share)", "PKR 194,000", "Single-room supplement", "PKR 36,000")
    total = 2 * 194000 + 36000
    return [f"{total:,}", f"PKR {total:,}"]


def c_ur03(t):
    # 90 full-time staff -> band 76-300, PKR 1,04,000 with 2 delegates; 4 delegates -> 2 extra at PKR 17,500.
    need(t, UR_DOCX, "۷۶ تا ۳۰۰", "1,04,000", "۱۷,۵۰۰ روپے")
    total = 104000 + (4 - 2) * 17500
    return [f"{total:,}", lakh(total), urdu_digits(lakh(total)), f"PKR {total:,}"]


def c_ul01(t):
    # Window A: 60% of PKR 9 lakh is 5,40,000, under the PKR 700,000 cap.
    need(t, GRANTS, "60%", "PKR 700,000")
    grant = min(900000 * 60 // 100, 700000)
    return [f"{grant:,}", lakh(grant), f"PKR {grant:,}"]


COMPUTED = {
    "s31-en-02": c_en02,
    "s31-en-09": c_en09,
    "s31-zh-01": c_zh01,
    "s31-zh-06": c_zh06,
    "s31-ur-03": c_ur03,
    "s31-ul-01": c_ul01,
}


# ----------------------------------------------------------------------------- directory filters
def has(cell, pattern):
    return any(re.search(pattern, item.strip(), re.I) for item in cell.split(";") if item.strip())


R_TPA = r"\bTPA\b|third[- ]party administ|cashless|pre-?auth|第三方管理"
R_IFRS17 = r"IFRS[- ]?17|\bCSM\b|contractual service margin"
R_FRAUD = r"fraud|\bSIU\b|special investigation|反欺诈"
R_MOTOR_EST = r"photo[- ]estimat|damage (assessment|estimat)|estimat\w* from (photos|images)|定损"
R_TAKAFUL = r"takaful|伊斯兰保险"
R_CHATBOT = r"chat ?bot|conversational|virtual (agent|assistant)|聊天机器人|智能客服"
R_TREATY = r"treaty (accounting|wording)|reinsurance (accounting|module)|bordereaux|retrocession|分保账务"
R_SHARIAH = r"shariah|sharia\b|AAOIFI"
R_TELEMATICS = r"telematic|usage[- ]based|\bUBI\b|pay[- ]as[- ]you[- ]drive|车联网"
R_OCR = r"\bOCR\b|optical character|document AI|intelligent document|\bIDP\b"
R_PAY = r"premium collection|mobile[- ]wallet|e-?wallet|payment gateway|direct debit|保费收取"
R_CROP = r"crop|weather[- ]index|livestock|parametric|农险|农业保险"
R_CALLQA = r"call[- ]cent(re|er) QA|call quality|contact[- ]cent(re|er)|speech analytics"
R_PAS = r"policy admin|\bPAS\b|core insurance|policy management system|保单管理"
R_UW = r"underwriting rules|rules engine|automated underwriting|核保规则"
R_BANCA = r"bancassurance|broker portal|insurance broking|银保"
R_CAT = r"catastrophe|\bGIS\b|flood (risk|model)|geospatial|earthquake|巨灾"
R_FNOL = r"\bFNOL\b|first notice of loss|claims intake|报案"


def svc(r, pattern):
    return has(r["services"], pattern)


def ind(r, pattern):
    return has(r["industries"], pattern)


def cert(r, pattern):
    return has(r["certifications"], pattern)


def staff(r):
    return int(r["employees"])


FILTERS = {
    "s31-en-12": lambda r: svc(r, R_TPA) and r["city"] == "Lahore",
    "s31-en-13": lambda r: svc(r, R_IFRS17) and cert(r, r"ISO 27001"),
    "s31-en-14": lambda r: svc(r, R_FRAUD) and staff(r) < 40,
    "s31-en-15": lambda r: r["country"] == "CN" and ind(r, r"reinsurance|再保险"),
    "s31-en-16": lambda r: r["name"] == "Premium (Pvt) Ltd",
    "s31-zh-10": lambda r: svc(r, R_MOTOR_EST),
    "s31-zh-11": lambda r: svc(r, R_TAKAFUL) and int(r["founded"]) > 2015,
    "s31-zh-12": lambda r: svc(r, R_CHATBOT) and r["city"] == "Karachi",
    "s31-zh-13": lambda r: r["country"] == "CN" and (ind(r, R_CROP + "|agricultur") or svc(r, R_CROP)),
    "s31-zh-14": lambda r: svc(r, R_TREATY) and staff(r) >= 200,
    "s31-ur-07": lambda r: svc(r, R_SHARIAH),
    "s31-ur-08": lambda r: svc(r, R_TELEMATICS) and int(r["founded"]) < 2012,
    "s31-ur-09": lambda r: svc(r, R_OCR) and r["city"] in ("Islamabad", "Rawalpindi"),
    "s31-ur-10": lambda r: svc(r, R_PAY) and r["pitched_at_webinar"] == "yes",
    "s31-ul-07": lambda r: svc(r, R_CROP) and r["certifications"].strip().lower() == "none",
    "s31-ul-08": lambda r: svc(r, R_CALLQA) and r["city"] in ("Lahore", "Faisalabad"),
    "s31-ul-09": lambda r: svc(r, R_PAS) and staff(r) > 500,
    "s31-ul-10": lambda r: svc(r, R_UW) and cert(r, r"ISO 9001"),
    "s31-mx-07": lambda r: r["country"] == "PK" and svc(r, R_BANCA),
    "s31-mx-08": lambda r: r["country"] == "CN" and ind(r, r"health insurance|\bTPA\b|健康险"),
    "s31-mx-09": lambda r: svc(r, R_CAT) and int(r["founded"]) >= 2018,
    "s31-mx-10": lambda r: svc(r, R_FNOL) and cert(r, r"ISO 27001"),
}


def read_directory():
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def answer_set(qid, rows):
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


# ----------------------------------------------------------------------------- near misses
NEAR_MISS = {
    "s31-en-19": [r"Sukkur", r"سکھر", r"苏库尔"],
    "s31-en-20": [r"early[- ]?bird", r"discount", r"折扣", r"优惠", r"رعایت"],
    "s31-zh-17": [r"Nanjing", r"南京"],
    "s31-ur-13": [r"per night", r"a night", r"nightly", r"hotel rate", r"room rate", r"每晚", r"فی رات", r"ایک رات"],
    "s31-ur-14": [r"road ?show", r"路演", r"روڈ شو"],
    "s31-ul-14": [r"shuttle", r"班车", r"接驳", r"شٹل"],
    "s31-mx-14": [r"visa fee", r"visa charge", r"签证费", r"ویزا فیس"],
    "s31-mx-13": [r"award", r"颁奖", r"ایوارڈ", r"gala"],
}
NEAR_MISS_LINES = {
    "s31-zh-18": (r"2073", r"配套|matching|buyer grant|buyers? (were|was) (paid|granted)"),
    "s31-ul-13": (r"2073", r"delegate|代表|نمائند"),
}


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
            if name in ENCODING:
                data = path.read_bytes()
                try:
                    data.decode("utf-8")
                    c.ok(False, f"{name} decodes as UTF-8; it must be in {ENCODING[name]}")
                except UnicodeDecodeError:
                    pass
                data.decode(ENCODING[name])
            else:
                if path.suffix == ".docx":
                    docx.Document(str(path))
                if path.suffix == ".pdf":
                    c.ok(len(pypdf.PdfReader(str(path)).pages) >= 2, f"{name}: fewer than 2 pages")
                if path.suffix in (".md", ".txt", ".html"):
                    path.read_bytes().decode("utf-8")
                c.ok(len(norm(extract(path))) > 200, f"{name}: sample_text.extract gives too little text")
            texts[name] = doc_text(name)
        except Exception as e:  # a broken file must fail the run, not crash it
            c.ok(False, f"{name}: cannot be read: {e!r}")
            continue
        c.ok(len(norm(texts[name])) > 200, f"{name}: too little text")
        lang = DOCS[name]
        if lang == "zh":
            c.ok(len(re.findall(HAN, texts[name])) > 200, f"{name}: not Chinese")
        if lang == "ur":
            c.ok(len(re.findall(ARABIC, texts[name])) > 200, f"{name}: not Urdu")
        if lang == "en":
            c.ok(script_lang(texts[name]) == "en", f"{name}: not English")
    suffixes = collections.Counter(p.suffix for p in PROG.iterdir())
    c.ok(suffixes[".pdf"] >= 1 and suffixes[".docx"] >= 4 and suffixes[".html"] >= 2, f"formats {dict(suffixes)}")
    c.ok(suffixes[".md"] >= 3 and suffixes[".txt"] >= 2, f"formats {dict(suffixes)}")
    return texts


def check_features(c, texts):
    import docx

    # the real 2022 webinar only in the overview
    for name, text in texts.items():
        real = "Trade Development Authority" in text or "23 February 2022" in text or "Software Business Union" in text
        c.ok(real == (name == OVERVIEW), f"{name}: 2022 webinar facts must be stated only in the overview")
    ov = norm(texts[OVERVIEW])
    for s in (
        "Consulate General of Pakistan in Shanghai",
        "Software Business Union of Shanghai",
        "Shanghai Software Industry Association",
        "Trade Development Authority of Pakistan (TDAP)",
        "23 February 2022",
        "12 January 2075",
        "41 Pakistani firms",
    ):
        c.ok(s in ov, f"overview lacks {s!r}")
    every = "\n".join(texts.values())
    c.ok(re.search(r"[\w.-]+@[\w.-]+\.(?!example\b)[a-z]+\b", every) is None, "an e-mail domain not .example")
    c.ok(re.search(r"https?://(?![\w.-]+\.example\b)", every) is None, "a web address does not end in .example")
    raw_all = "\n".join(raw_text(n) for n in DOCS if not n.endswith((".docx", ".pdf")))
    raw_all = re.sub(r'xmlns(:\w+)?="[^"]*"', "", raw_all)  # XML namespace names are not links
    c.ok(re.search(r"https?://(?![\w.-]+\.example\b)", raw_all) is None, "a raw link does not end in .example")

    # 1. tracked changes
    txml = docx_part(PROG / TOUR)
    dels = re.findall(r"<w:del [^>]*>.*?</w:del>", txml, re.S)
    inss = re.findall(r"<w:ins [^>]*>.*?</w:ins>", txml, re.S)
    c.ok(len(dels) >= 3 and len(inss) >= 2, f"tour: {len(dels)} w:del, {len(inss)} w:ins")
    for el in dels + inss:
        head = el[: el.index(">")]
        c.ok('w:author="' in head and re.search(r'w:date="2075-\d\d-\d\dT', head), f"tour: revision mark {head}")
    pair = re.search(
        r"<w:del [^>]*><w:r>(?:<w:rPr>.*?</w:rPr>)?<w:delText[^>]*>PKR 182,000</w:delText></w:r></w:del>"
        r"<w:ins [^>]*><w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t[^>]*>PKR 194,000</w:t></w:r></w:ins>",
        txml,
    )
    c.ok(pair is not None, "tour: deleted PKR 182,000 and inserted PKR 194,000 are not side by side")
    c.ok(re.search(r"<w:delText[^>]*>9 May 2075</w:delText>", txml) is not None, "tour: deleted deposit date")
    whole = [
        p for p in re.findall(r"<w:p[ >].*?</w:p>", txml, re.S) if "<w:delText" in p and not re.search(r"<w:t[ >]", p)
    ]
    c.ok(any("150,000" in p for p in whole), "tour: no whole deleted sentence holding PKR 150,000")
    tt = texts[TOUR]
    c.ok("PKR 194,000" in tt and "12 May 2075" in tt, "tour: inserted figures missing from the reader text")
    for s in ("182,000", "150,000", "9 May 2075"):
        c.ok(s not in tt, f"tour: deleted {s} leaked into the reader text")
    c.ok("<w:trackRevisions/>" in docx_part(PROG / TOUR, "word/settings.xml"), "tour: track changes not on")
    td = docx.Document(str(PROG / TOUR))
    c.ok(len(td.tables) >= 1 and any(p.style.name.startswith("Heading") for p in td.paragraphs), "tour: table")

    # 2. footnotes, header and footer parts
    names = docx_parts(PROG / GRANTS)
    gxml = docx_part(PROG / GRANTS)
    rels = docx_part(PROG / GRANTS, "word/_rels/document.xml.rels")
    c.ok("word/footnotes.xml" in names and "relationships/footnotes" in rels, "grants: no footnotes part")
    if "word/footnotes.xml" in names:
        fxml = docx_part(PROG / GRANTS, "word/footnotes.xml")
        ids = set(re.findall(r'<w:footnote (?:w:type="\w+" )?w:id="(\d+)"', fxml)) - {"0"}
        refs = set(re.findall(r'<w:footnoteReference w:id="(\d+)"/>', gxml))
        c.ok(len(refs) >= 3 and refs <= ids, f"grants: footnote references {refs} vs footnotes {ids}")
        fnote = " ".join(word_lines(fxml))
        for s in ("PKR 2,400,000", "PKR 165,000", "1\u201331 August 2075"):
            c.ok(s in fnote and s not in " ".join(word_lines(gxml)), f"grants: {s} not only in a footnote")
    heads = [n for n in names if re.fullmatch(r"word/header\d*\.xml", n)]
    foots = [n for n in names if re.fullmatch(r"word/footer\d*\.xml", n)]
    c.ok(heads and foots, "grants: no header / footer parts")
    htext = " ".join(" ".join(word_lines(docx_part(PROG / GRANTS, n))) for n in heads)
    ftext = " ".join(" ".join(word_lines(docx_part(PROG / GRANTS, n))) for n in foots)
    c.ok("15 December 2075" in htext and "15 December 2075" not in gxml, "grants: eligible-cost dates in header")
    c.ok("+92 21 3458 7523" in ftext and "3458 7523" not in gxml, "grants: direct line only in the footer")
    c.ok(
        all("3458 7523" not in t and "15 December 2075" not in t for n, t in texts.items() if n != GRANTS),
        "grants: header/footer facts must be only in the grants document",
    )
    gd = docx.Document(str(PROG / GRANTS))
    c.ok(len(gd.tables) == 1 and "850,000" in texts[GRANTS], "grants: table / printed Window B cap")

    # 3. text box
    exml = docx_part(PROG / EXPO)
    alt = re.search(r"<mc:AlternateContent>(.*?)</mc:AlternateContent>", exml, re.S)
    c.ok(alt is not None, "expo: no mc:AlternateContent")
    if alt:
        choice = re.search(r'<mc:Choice Requires="wps">(.*?)</mc:Choice>', alt.group(1), re.S)
        fallback = re.search(r"<mc:Fallback>(.*?)</mc:Fallback>", alt.group(1), re.S)
        c.ok(
            choice is not None and "<wps:txbx>" in choice.group(1) and "<w:txbxContent>" in choice.group(1),
            "expo: no wps:txbx / w:txbxContent in mc:Choice",
        )
        c.ok(
            fallback is not None and "<v:textbox" in fallback.group(1) and "<w:txbxContent>" in fallback.group(1),
            "expo: no v:textbox fallback",
        )
        if choice and fallback:

            def box_text(x):
                return "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x))

            c.ok(box_text(choice.group(1)) == box_text(fallback.group(1)), "expo: text box copies differ")
            for s in ("18 July 2075", "PKR 92,000"):
                c.ok(s in box_text(choice.group(1)), f"expo: {s} not in the text box")
                outside = exml.replace(alt.group(0), "")
                c.ok(s not in outside, f"expo: {s} also outside the text box")
        c.ok(texts[EXPO].count("18 July 2075") == 1, "expo: the text box must be read once")
    ed = docx.Document(str(PROG / EXPO))
    c.ok(
        "18 July 2075" not in "\n".join(p.text for p in ed.paragraphs), "expo: python-docx paragraph text sees the box"
    )
    c.ok(len(ed.tables) == 1, "expo: booth table")

    # 4. Windows-1256 Urdu
    ub = (PROG / CP1256).read_bytes()
    c.ok(not ub.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")), "cp1256: has a byte-order mark")
    c.ok(b"\r\n" in ub and re.search(rb"(?<!\r)\n", ub) is None, "cp1256: not CRLF throughout")
    ut = ub.decode("cp1256")
    c.ok(len(re.findall(ARABIC, ut)) > 300, "cp1256: too little Urdu")
    c.ok("\u06cc" not in ut and "\u064a" in ut, "cp1256: legacy yeh expected")
    for s in ("0800-74225", "يوم مزدور", "2 تا 4 اکتوبر", "1 سے 7 اکتوبر"):
        c.ok(s.encode("cp1256") in ub, f"cp1256: {s} not in the bytes")

    # 5. details/summary, dl/dt/dd, address with <br>
    fraw = raw_text(FAQ)
    tags = read_html(fraw)[1]
    c.ok(tags["details"] >= 6 and tags["summary"] == tags["details"], f"faq: details {tags['details']}")
    c.ok(tags["dl"] >= 1 and tags["dt"] >= 6 and tags["dd"] == tags["dt"], "faq: definition list")
    addr = re.search(r"<address>(.*?)</address>", fraw, re.S)
    c.ok(addr is not None and addr.group(1).count("<br>") >= 3 and "41-B Gulberg III" in addr.group(1), "faq: address")
    bodies = re.findall(r"<details>\s*<summary>(.*?)</summary>(.*?)</details>", fraw, re.S)
    c.ok(any("60 days" in b for _, b in bodies) and all(q.strip().endswith("?") for q, _ in bodies), "faq: details")
    dts = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", fraw, re.S)
    c.ok(any("Hangzhou" in t and "+86 571 5550 7520" in d for t, d in dts), "faq: Hangzhou in the dl")

    # 6. Markdown footnotes, raw HTML table, reference links
    cr = raw_text(CRIT)
    marks = set(re.findall(r"\[\^(\d+)\](?!:)", cr))
    defs = re.findall(r"^\[\^(\d+)\]: (.*(?:\n    .*)*)", cr, re.M)
    c.ok(len(marks) >= 3 and marks == {d for d, _ in defs}, "criteria: footnote markers vs definitions")
    fn_text = " ".join(t for _, t in defs)
    body = re.sub(r"^\[\^\d+\]: .*(?:\n    .*)*", "", cr, flags=re.M)
    for s in ("1 January 2075", "China readiness (B4)"):
        c.ok(s in norm(fn_text) and s not in norm(body), f"criteria: {s} not only in a footnote")
    c.ok(re.search(r"^<table>.*^</table>$", cr, re.M | re.S) is not None and "<td>65" not in cr, "criteria: html table")
    refdefs = dict(re.findall(r"^\[(\w+)\]: (\S+)", cr, re.M))
    used = set(re.findall(r"\]\[(\w+)\]", cr))
    c.ok(len(refdefs) >= 3 and used and used <= set(refdefs), "criteria: reference-style links")

    # 7. semicolon table and fixed-width table
    fr = raw_text(FEES)
    block = [ln for ln in fr.splitlines() if ln.count(";") >= 8]
    rows = list(csv.reader(io.StringIO("\n".join(block)), delimiter=";"))
    c.ok(len(rows) >= 5 and rows[0][0] == "Band" and len({len(r) for r in rows}) == 1, "fees: semicolon table")
    c.ok(any(";" in cell for r in rows for cell in r), "fees: no quoted cell holding a semicolon")
    c.ok(any(re.fullmatch(r"\d+\.\d\d", cell) for r in rows for cell in r), "fees: no decimal figures")
    band4 = [r for r in rows if r[0] == "4"]
    c.ok(band4 and band4[0][8] == "58800.00" and band4[0][9] == "5 August 2075", "fees: band 4 third instalment")
    band3 = [r for r in rows if r[0] == "3"]
    c.ok(band3 and band3[0][6] == "41600.00" and band3[0][7] == "5 June 2075", "fees: band 3 second instalment")
    lines = fr.splitlines()
    rule = [i for i, ln in enumerate(lines) if re.fullmatch(r"-{10,}(  -{5,})+", ln)]
    c.ok(len(rule) == 1, "fees: fixed-width rule line")
    if rule:
        starts = [m.start() for m in re.finditer(r"-+", lines[rule[0]])]
        table = lines[rule[0] - 1 : rule[0] + 7]
        c.ok(all(len(ln) >= starts[-1] for ln in table), "fees: fixed-width rows")
        late = [ln for ln in table if ln.startswith("Late-instalment surcharge")]
        c.ok(late and late[0][starts[1] : starts[2]].strip() == "2,000.00", "fees: fixed-width cell")
        for ln in table[2:]:
            for s in starts[1:]:
                c.ok(ln[s - 1] == " ", f"fees: column not aligned in {ln!r}")

    # 8. Word "Save as Web Page", windows-1252
    lb = (PROG / LAUNCH).read_bytes()
    lr = lb.decode("cp1252")
    c.ok(
        re.search(r'<meta http-equiv=Content-Type content="text/html; charset=windows-1252">', lr) is not None,
        "launch: charset=windows-1252 not declared",
    )
    for byte, what in ((b"\x92", "right single quote"), (b"\x93", "left double quote"), (b"\x96", "en dash")):
        c.ok(byte in lb, f"launch: no cp1252 {what}")
    c.ok(lr.count("class=MsoNormal") >= 8 and lr.count("<o:p></o:p>") >= 3, "launch: MsoNormal / o:p")
    c.ok("<!--[if gte mso 9]><xml>" in lr and "<![endif]-->" in lr, "launch: conditional comment")
    c.ok(
        "regis<span lang=en-gb>tration</span>" in lr.lower() and lr.count("&nbsp;") >= 4, "launch: split word / &nbsp;"
    )
    lt = texts[LAUNCH]
    c.ok("registration" in lt.lower() and "mso" not in lt.lower() and "\u2019" in lt, "launch: reader text")

    # 9. two-column PDF with a sidebar box and raised footnote markers
    pages = pdf_items(PROG / CALL)
    markers = []
    for n, items in enumerate(pages, 1):
        left = {round(y) for x, y, s, t in items if x < 300 and 92 <= y < 715 and s >= 8}
        right = {round(y) for x, y, s, t in items if x >= 300 and 92 <= y < 715 and s >= 8}
        both = {y for y in left if any(abs(y - y2) < 6 for y2 in right)}
        c.ok(len(left) >= 12 and len(right) >= 12 and len(both) >= 8, f"call p{n}: not two text columns")
        markers += [(n, it) for it in items if is_marker(it, items)]
    c.ok(len(markers) >= 3, f"call: {len(markers)} raised footnote markers")
    after = []
    for n, (x, y, s, t) in markers:
        before = [it for it in pages[n - 1] if it[2] >= 8 and 1.5 <= y - it[1] <= 6 and it[0] < x]
        after.append((t, max(before)[3].rstrip() if before else ""))
    c.ok(
        ("2", next((b for t, b in after if b.endswith("PKR 56,000")), "")) in after,
        "call: no raised 2 after PKR 56,000",
    )
    with open(PROG / CALL, "rb") as f:
        c.ok(b" re S" in f.read(), "call: no sidebar box")
    ct = texts[CALL]
    c.ok("14th March 2075" in ct and "25th April 2075" in ct, "call: ordinal dates")
    c.ok("PKR 56,000 and" in norm(ct) and "56,0002" not in ct, "call: marker not dropped from the reader text")
    c.ok("AT A GLANCE" in ct, "call: sidebar")

    # ordinary features: Urdu RTL Word with a table, Chinese Word with a table and headings, corrigendum, FAQ
    ud = docx.Document(str(PROG / UR_DOCX))
    uxml = docx_part(PROG / UR_DOCX)
    c.ok(uxml.count("<w:bidi/>") >= 8 and "<w:bidiVisual/>" in uxml and "<w:rtl/>" in uxml, "Urdu docx: not RTL")
    c.ok(len(ud.tables) == 1, "Urdu docx: not one table")
    zd = docx.Document(str(PROG / ZH_DOCX))
    c.ok(len(zd.tables) == 1 and any(p.style.name.startswith("Heading") for p in zd.paragraphs), "zh docx")
    cor = texts[CORR]
    c.ok("| As printed | Corrected to |" in cor and "20 February 2075" in cor, "corrigendum table")
    c.ok("**PKR 1,000,000**" in cor and "**28 March 2075, 17:00 PKT**" in cor, "corrigendum figures")
    c.ok("14th March 2075" in ct and "PKR 850,000" in texts[GRANTS], "stale printed figures gone")

    # no answer may rest on deleted text
    return deleted_text(txml)


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
        c.ok(re.fullmatch(r"(19|20)\d\d", r["founded"]) is not None and int(r["founded"]) <= 2075, f"founded {cid}")
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
    c.ok(any(r["name"] == "Premium (Pvt) Ltd" for r in rows), "no company named with a common word")
    return rows


def check_questions(c, texts, rows, deleted):
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
                c.ok(canon(stale) not in canon(a), f"{q['id']}: answer {a!r} uses a stale figure ({why})")
    stale_asked = [q["id"] for q in items if q["kind"] == "programme" and "stale" in q["note"]]
    c.ok(len(stale_asked) >= 2, f"only {stale_asked} ask a fact whose stale form is also written")
    company_names = [r["name"] for r in rows]
    used_sources = collections.Counter()
    live = {name: canon(t) for name, t in texts.items()}
    dead = canon(deleted)
    for q in items:
        qid = q["id"]
        c.ok(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        m = re.fullmatch(r"s31-(en|zh|ur|ul|mx)-(\d\d)", qid)
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
            used_sources[s] += 1
        kind = q["kind"]
        if kind == "programme":
            c.ok(
                q["expected_sources"] and not q["expected_companies"] and q["answer_must_contain_any"], f"{qid}: shape"
            )
            computed = COMPUTED[qid](texts) if qid in COMPUTED else []
            c.ok((qid in COMPUTED) == ("computed" in q["note"]), f"{qid}: note must say computed iff computed")
            c.ok(all(x in q["answer_must_contain_any"] for x in computed), f"{qid}: computed answers missing")
            srcs = [live[s] for s in q["expected_sources"] if s in live]
            for a in q["answer_must_contain_any"]:
                if a in computed:
                    continue
                c.ok(any(canon(a) in s for s in srcs), f"{qid}: answer {a!r} not in {q['expected_sources']}")
                if canon(a) in dead:
                    c.ok(any(canon(a) in s for s in srcs), f"{qid}: answer {a!r} only in deleted text")
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
    unused = sorted(set(DOCS) - set(used_sources))
    c.ok(not unused, f"documents no question uses: {unused}")
    # every feature is asked about, and by the questions the notes say
    for n, doc in FEATURES.items():
        asked = [q["id"] for q in items if doc in q["expected_sources"] and f"feature {n}" in q["note"]]
        c.ok(len(asked) >= 2, f"feature {n} ({doc}): asked only by {asked}")
    tracked = [q for q in items if "feature 1" in q["note"]]
    for q in tracked:
        for a in q["answer_must_contain_any"]:
            for s in ("182,000", "9 May 2075", "150,000"):
                c.ok(canon(s) not in canon(a), f"{q['id']}: tracked-change stale figure {s} in answers")

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
    deleted = ""
    if len(texts) == len(DOCS):
        try:
            deleted = check_features(c, texts)
        except Exception as e:  # a broken file must fail the run, not crash it
            c.ok(False, f"feature checks crashed: {e!r}")
    rows = check_directory(c)
    items = check_questions(c, texts, rows, deleted) if len(texts) == len(DOCS) else []
    for e in c.errors:
        print("FAIL:", e)
    if c.errors:
        print(f"{len(c.errors)} check(s) failed")
        return 1
    langs = collections.Counter(q["lang"] for q in items)
    kinds = collections.Counter(q["kind"] for q in items)
    by = collections.Counter((q["lang"], q["kind"]) for q in items)
    print(f"sample-31 OK: {len(DOCS)} documents, {len(rows)} companies, {len(items)} questions")
    print("  by lang:", dict(langs))
    print("  by kind:", dict(kinds))
    print("  by lang x kind:", {f"{k[0]}/{k[1]}": v for k, v in sorted(by.items())})
    for n, doc in FEATURES.items():
        print(f"  feature {n} ({doc}):", [q["id"] for q in items if f"feature {n}" in q["note"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
