"""Check sample-30 ("Pharma Pulse 2073") and questions-30.jsonl; exit 0 when every check passes.

Stdlib + python-docx + pypdf only. The builder imports FILTERS and COMPUTED from here, so the frozen
answer sets and the arithmetic answers come from the same code that checks them.

Key facts are looked up in each document's text as a careful reader would get it: NFKC-normalised (so the
PDF's ligature characters fold to plain letters), words hyphenated across PDF line ends joined again, the
UTF-16 Urdu notice and the Big5 Hong Kong page decoded from their own encodings, HTML read with inline tags
joined without a space (so "PKR <b>4</b>,800" reads "PKR 4,800"), soft hyphens and zero-width characters
removed, narrow/thin no-break spaces read as spaces and non-breaking hyphens as hyphens, and Word bodies read
with nested tables, hyperlinks and the cached results of fields (w:fldSimple and w:fldChar ... w:instrText).
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
KB = HERE / "sample-30"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-30.jsonl"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

OVERVIEW = "overview.md"
CALL = "call-for-applications-2073.pdf"  # 1. typeset PDF: ligatures, hyphenation, running head/foot, split table
GRANTS = "grant-windows-2073.docx"  # 2. Word fields and a hyperlink
TOUR = "audit-tour-2073.docx"  # 3. nested table and gridSpan
EXPO = "expo-chengdu-2073.html"  # 4. rowspan in tbody with row headers
PORTAL = "apply-portal-checklist.md"  # 5. task lists and fenced code
U16 = "ur-helpline-holidays-utf16.txt"  # 6. Urdu in UTF-16 LE with BOM
BIG5 = "hk-partner-desk-big5.html"  # 7. Traditional Chinese in Big5
OFFICES = "offices-and-contacts.html"  # 8. invisible and unusual characters
CORR = "corrigendum-01.md"
CRIT = "selection-criteria-2073.md"
FAQ = "faq.md"
PILOT = "pilot-round-2071-summary.txt"
UR_DOCX = "ur-fees-refunds.docx"
ZH_DOCX = "zh-buyer-guide.docx"
ZH_TXT = "zh-alliance-matching-notice.txt"
UR_MD = "ur-audit-tour-expo.md"

# document -> language it is written in
DOCS = {
    OVERVIEW: "en",
    CALL: "en",
    GRANTS: "en",
    TOUR: "en",
    EXPO: "en",
    PORTAL: "en",
    OFFICES: "en",
    CORR: "en",
    CRIT: "en",
    FAQ: "en",
    PILOT: "en",
    U16: "ur",
    UR_DOCX: "ur",
    UR_MD: "ur",
    BIG5: "zh",
    ZH_DOCX: "zh",
    ZH_TXT: "zh",
}
FEATURE_DOCS = (CALL, GRANTS, TOUR, EXPO, PORTAL, U16, BIG5, OFFICES)

LANG_CODES = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}
ROMAN_URDU = re.compile(
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|batao|bata[od]|karne|karti|bhai|nahi|ka|ki|ke|ko|se|aur)\b",
    re.I,
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
SPACES = {0x202F: " ", 0x2009: " ", 0x00A0: " ", 0x2007: " ", 0x2011: "-", 0x2010: "-"}
TRAD_ONLY = "夥務證資費間會員時週請點關與為處號開辦灣東將機場廣轉電館頁幣"
SIMP_OF_TRAD = "伙务证资费间会员时周请点关与为处号开办湾东将机场广转电馆页币"

# Figures that are written somewhere but are not the live answer: never an expected key fact.
STALE = {
    "10 March 2073": "closing date as printed in the Call, corrected by Corrigendum No. 1",
    "3月10日": "closing date as printed, corrected by Corrigendum No. 1",
    "900,000": "Window B cap as printed, corrected by Corrigendum No. 1",
}


# ----------------------------------------------------------------------------- text helpers
def clean(s):
    """What a reader sees: invisible characters gone, unusual spaces and hyphens read as plain ones."""
    return s.translate(INVISIBLE).translate(SPACES)


def canon(s):
    s = clean(unicodedata.normalize("NFKC", s)).translate(URDU_DIGITS).lower().replace("٪", "%")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"(?<=\d)[,٬](?=\d)", "", s)
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", s)  # "3 200" (thousands separator) reads as 3200
    s = re.sub(r"\s*-\s*", "-", s)
    return norm(s)


class ReaderHtml(html.parser.HTMLParser):
    """An HTML page's text as a browser shows it: block elements on their own lines, inline elements joined
    without a space, <script>/<style> left out."""

    BLOCK = frozenset(
        "p div li tr td th h1 h2 h3 h4 h5 h6 br caption header footer main section table thead tbody ul ol "
        "title dt dd address".split()
    )
    SKIP = frozenset({"script", "style", "template", "noscript"})

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
    return "".join(p.parts), p.tags


def docx_xml(path, part="word/document.xml"):
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def docx_body_text(path):
    """The body of a .docx in reading order: paragraphs (with hyperlinks and the cached results of fields;
    field instructions in w:instrText are not text) and tables, nested tables included, one row a line."""
    body = ET.fromstring(docx_xml(path).encode("utf-8")).find(W + "body")
    out = []

    def para(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))

    def block(el):
        if el.tag == W + "p":
            out.append(para(el))
        elif el.tag == W + "tbl":
            for tr in el.findall(W + "tr"):
                cells = []
                for tc in tr.findall(W + "tc"):
                    cells.append(" ".join(para(p) for p in tc.findall(W + "p")))
                out.append(" | ".join(cells))
                for tc in tr.findall(W + "tc"):
                    for inner in tc.findall(W + "tbl"):
                        block(inner)
        elif el.tag == W + "sdt":
            content = el.find(W + "sdtContent")
            for child in content if content is not None else ():
                block(child)

    for child in body:
        block(child)
    return "\n".join(out)


def pdf_pages(path):
    import pypdf

    return [pg.extract_text() or "" for pg in pypdf.PdfReader(str(path)).pages]


def dehyphenate(text):
    """Join words a typesetter broke across line ends ("regis-" / "tration")."""
    return re.sub(r"([A-Za-z\ufb00-\ufb06])-\n([a-z\ufb00-\ufb06])", r"\1\2", text)


def raw_text(name):
    path = PROG / name
    if name == U16:
        return path.read_bytes().decode("utf-16")
    if name == BIG5:
        return path.read_bytes().decode("big5")
    return path.read_text(encoding="utf-8")


def doc_text(name):
    """The text a reader gets from a document (see the module docstring)."""
    path = PROG / name
    if path.suffix == ".html":
        text = read_html(raw_text(name))[0]
    elif path.suffix == ".docx":
        text = docx_body_text(path)
    elif path.suffix == ".pdf":
        text = dehyphenate("\n".join(pdf_pages(path)))
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
    # 40 full-time staff -> band 16-60: PKR 52,000 with 2 delegates included; 3 delegates -> 1 extra at the
    # footnoted PKR 15,000.
    need(t, CALL, "16 - 60", "52,000", "Each delegate beyond those included costs PKR 15,000")
    total = 52000 + (3 - 2) * 15000
    return [f"{total:,}", f"PKR {total:,}"]


def c_en09(t):
    # Band 61-250 pays PKR 98,000; a withdrawal on 1 June falls between 16 May and 20 June: 50% comes back.
    need(t, CALL, "61 - 250", "98,000", "between 16 May and 20 June 2073 gets 50%")
    back = 98000 * 50 // 100
    return [f"{back:,}", f"PKR {back:,}"]


def c_zh01(t):
    # A biotech-park operator: 25% of a 60万元 contract is 15万元, under the park cap of 18万元.
    need(t, ZH_TXT, "生物医药产业园区运营单位：按试点合同金额的25%", "上限18万元")
    grant = min(600000 * 25 // 100, 180000)
    return [f"{grant // 10000}万元", f"{grant // 10000}万", f"{grant:,}"]


def c_zh07(t):
    # Two delegates on the audit tour at PKR 175,000 each (twin share), one of them in a single room (+32,000).
    need(t, TOUR, "Tour package per delegate (twin share)", "175,000", "Single-room supplement", "32,000")
    total = 2 * 175000 + 32000
    return [f"{total:,}", f"PKR {total:,}"]


def c_ur01(t):
    # 300 full-time staff -> 251 or more: PKR 1,85,000 in three instalments, the first 40%.
    need(t, UR_DOCX, "۲۵۱ یا زیادہ", "1,85,000", "۴۰٪ انتخابی خط کے ۱۴ دن کے اندر")
    first = 185000 * 40 // 100
    return [f"{first:,}", urdu_digits(f"{first:,}"), f"PKR {first:,}"]


def c_ul01(t):
    # Window A: 60% of PKR 8 lakh is 4,80,000, under the PKR 650,000 cap.
    need(t, GRANTS, "60%", "650,000")
    grant = min(800000 * 60 // 100, 650000)
    return [f"{grant:,}", lakh(grant), f"PKR {grant:,}"]


COMPUTED = {
    "s30-en-02": c_en02,
    "s30-en-09": c_en09,
    "s30-zh-01": c_zh01,
    "s30-zh-07": c_zh07,
    "s30-ur-01": c_ur01,
    "s30-ul-01": c_ul01,
}


# ----------------------------------------------------------------------------- directory filters
def has(cell, pattern):
    return any(re.search(pattern, item.strip(), re.I) for item in cell.split(";") if item.strip())


R_LIMS = r"\bLIMS\b|laborator(y|ies) information management|lab information management|实验室信息管理"
R_SERIAL = r"seriali[sz]ation|GS1|DataMatrix|track[- ](and|&)[- ]trace|追溯"
R_PV = r"pharmacovigilance|adverse[- ]event|\bICSR\b|drug safety|safety database|药物警戒|不良反应"
R_EDC = r"\bEDC\b|electronic data capture|电子数据采集"
R_COLD = r"cold[- ]chain|temperature (logg|monitor|mapping)|data loggers?|冷链"
R_CHATBOT = r"chat ?bot|conversational|virtual assistant|聊天机器人"
R_PHARMACY = r"pharmacy chain|chain pharmac|retail pharmac|连锁药房|drugstore chain"
R_STAT = r"\bSAS\b|statistical programming|biostatistic|\bCDISC\b|\bSDTM\b|\bADaM\b|统计编程"
R_MEDWRITE = r"medical writing|medical translation|regulatory translation|clinical study report|医学翻译|医学写作"
R_CSV = r"\bCSV\b|computer[- ]system[s]? validation|GAMP|Part[- ]11|validation services"
R_DEVICE = r"IEC 62304|ISO 13485|medical[- ]device software|\bSaMD\b|device firmware|医疗器械软件"
R_POS = r"\bPOS\b|point[- ]of[- ]sale"
R_BIOINF = r"bioinformatic|genomic|\bNGS\b|sequencing|variant calling|生物信息"
R_MES = r"\bMES\b|manufacturing execution|batch record|\bEBR\b|\beBMR\b"
R_ECTD = r"\beCTD\b|e-?submission|regulatory submission|dossier"
R_QMS = r"\bQMS\b|quality management|\bCAPA\b|deviation management|change control"
R_ERX = r"e-?prescri|electronic prescribing|\bCPOE\b|formulary|电子处方"
R_API = r"\bAPI manufactur|active (pharmaceutical )?ingredient|原料药"
R_ELN = r"\bELN\b|electronic lab(oratory)? notebook|电子实验记录"
R_ETMF = r"\beTMF\b|trial master file|\bCTMS\b|clinical trial management"


def svc(r, pattern):
    return has(r["services"], pattern)


def cert(r, pattern):
    return has(r["certifications"], pattern)


FILTERS = {
    "s30-en-12": lambda r: svc(r, R_LIMS) and r["city"] == "Karachi",
    "s30-en-13": lambda r: svc(r, R_SERIAL) and cert(r, r"ISO 27001"),
    "s30-en-14": lambda r: svc(r, R_PV) and int(r["employees"]) < 50,
    "s30-en-15": lambda r: r["country"] == "CN" and r["city"] == "Suzhou",
    "s30-en-16": lambda r: r["name"] == "Formula (Pvt) Ltd",
    "s30-zh-10": lambda r: svc(r, R_EDC),
    "s30-zh-11": lambda r: svc(r, R_COLD) and int(r["founded"]) > 2015,
    "s30-zh-12": lambda r: svc(r, R_CHATBOT) and r["city"] == "Lahore",
    "s30-zh-13": lambda r: r["country"] == "CN" and (svc(r, R_PHARMACY) or has(r["industries"], R_PHARMACY)),
    "s30-zh-14": lambda r: svc(r, R_STAT) and int(r["employees"]) >= 100,
    "s30-ur-07": lambda r: svc(r, R_MEDWRITE),
    "s30-ur-08": lambda r: svc(r, R_CSV) and int(r["founded"]) < 2010,
    "s30-ur-09": lambda r: svc(r, R_DEVICE) and r["city"] in ("Islamabad", "Rawalpindi"),
    "s30-ur-10": lambda r: svc(r, R_POS) and r["pitched_at_webinar"] == "yes",
    "s30-ul-07": lambda r: svc(r, R_BIOINF) and r["certifications"].strip().lower() == "none",
    "s30-ul-08": lambda r: svc(r, R_MES) and r["city"] in ("Lahore", "Faisalabad"),
    "s30-ul-09": lambda r: svc(r, R_ECTD) and int(r["employees"]) > 500,
    "s30-ul-10": lambda r: svc(r, R_QMS) and cert(r, r"ISO 9001"),
    "s30-mx-07": lambda r: r["country"] == "PK" and svc(r, R_ERX),
    "s30-mx-08": lambda r: r["country"] == "CN" and svc(r, R_API),
    "s30-mx-09": lambda r: svc(r, R_ELN) and int(r["founded"]) >= 2018,
    "s30-mx-10": lambda r: svc(r, R_ETMF) and cert(r, r"ISO 27001"),
}


def read_directory():
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def answer_set(qid, rows):
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


# ----------------------------------------------------------------------------- near misses
NEAR_MISS = {
    "s30-en-19": [r"Sialkot", r"سیالکوٹ", r"锡亚尔科特"],
    "s30-en-20": [r"early[- ]?bird", r"discount", r"折扣", r"رعایت", r"優惠"],
    "s30-zh-17": [r"Nanjing", r"南京"],
    "s30-ur-13": [r"per night", r"hotel rate", r"room rate", r"每晚", r"فی رات", r"ایک رات"],
    "s30-ur-14": [r"road ?show", r"路演", r"روڈ شو"],
    "s30-ul-14": [r"double booth", r"\b18 ?(m2|m²|sq)", r"双展位", r"18平方"],
    "s30-mx-13": [r"award", r"颁奖", r"頒獎", r"ایوارڈ"],
}
NEAR_MISS_LINES = {
    "s30-zh-18": (r"2071", r"配套|matching|buyer grant|buyers? (were|was) (paid|granted)"),
    "s30-ul-13": (r"2071", r"delegate|代表|نمائند"),
    "s30-mx-14": (r"Beijing|北京|بیجنگ", r"visit|tour|参访|考察|دورہ"),
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
    names = sorted(p.name for p in PROG.iterdir())
    c.ok(names == sorted(DOCS), f"programme/ holds {names}, expected {sorted(DOCS)}")
    c.ok(17 <= len(names) <= 18, f"{len(names)} documents, expected 17-18")
    texts = {}
    for name in DOCS:
        path = PROG / name
        if not c.ok(path.exists(), f"missing {name}"):
            continue
        if name in (U16, BIG5):
            try:
                path.read_bytes().decode("utf-8")
                c.ok(False, f"{name} decodes as UTF-8; it must be in its own encoding")
            except UnicodeDecodeError:
                pass
        else:
            c.ok(len(norm(extract(path))) > 200, f"{name}: sample_text.extract gives too little text")
        texts[name] = doc_text(name)
        c.ok(len(norm(texts[name])) > 200, f"{name}: too little text")
        lang = DOCS[name]
        if lang == "zh":
            c.ok(len(re.findall(HAN, texts[name])) > 200, f"{name}: not Chinese")
        if lang == "ur":
            c.ok(len(re.findall(ARABIC, texts[name])) > 200, f"{name}: not Urdu")
        if lang == "en":
            c.ok(script_lang(texts[name]) == "en", f"{name}: not English")
    suffixes = collections.Counter(p.suffix for p in PROG.iterdir())
    c.ok(suffixes[".pdf"] >= 1 and suffixes[".docx"] >= 4 and suffixes[".html"] >= 3, f"formats {dict(suffixes)}")
    c.ok(suffixes[".md"] >= 3 and suffixes[".txt"] >= 2, f"formats {dict(suffixes)}")
    return texts


def check_features(c, texts):
    import docx
    import pypdf

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
        "14 January 2073",
        "36 Pakistani firms",
    ):
        c.ok(s in ov, f"overview lacks {s!r}")
    every = "\n".join(texts.values())
    c.ok(re.search(r"[\w.-]+@[\w.-]+\.(?!example\b)[a-z]+\b", every) is None, "an e-mail domain not .example")
    c.ok(re.search(r"https?://(?![\w.-]+\.example\b)", every) is None, "a web address does not end in .example")

    # 1. typeset PDF: ligatures, hyphenation, running header/footer, a table continued with its header repeated
    reader = pypdf.PdfReader(str(PROG / CALL))
    pages = pdf_pages(PROG / CALL)
    n = len(pages)
    c.ok(2 <= n <= 3, f"call: {n} pages")
    raw = "\n".join(pages)
    for lig in "\ufb01\ufb02\ufb00\ufb03":
        c.ok(lig in raw, f"call: no {unicodedata.name(lig)} in the extracted text")
    c.ok(raw.count("\ufb01") >= 10, "call: too few fi ligatures")
    breaks = re.findall(r"([A-Za-z\ufb00-\ufb06]+)-\n([a-z\ufb00-\ufb06]+)", raw)
    c.ok(len(breaks) >= 6, f"call: only {len(breaks)} words hyphenated across line ends")
    joined = {unicodedata.normalize("NFKC", a + b).lower() for a, b in breaks}
    for word in ("registration", "demonstration", "non-refundable", "certificate", "withdrawal"):
        c.ok(word in joined or word.split("-")[-1] in joined, f"call: {word!r} is not hyphenated across a line end")
    for i, page in enumerate(pages, 1):
        lines_ = [x.strip() for x in page.splitlines() if x.strip()]
        c.ok("Pharma Pulse 2073 \u2014 Call for Applications" in lines_[:3], f"call p{i}: running header")
        c.ok(f"Page {i} of {n}" in lines_[-3:], f"call p{i}: running footer")
    head = "Milestone Date Notes"
    split = [i for i, p in enumerate(pages) if head in re.sub(r"[ \t]+", " ", p)]
    c.ok(len(split) >= 2, "call: the calendar table's header row is not repeated on the next page")
    c.ok(len(split) >= 2 and "Table 2 (continued)" in pages[split[1]], "call: no 'Table 2 (continued)'")
    if len(split) >= 2:
        second = unicodedata.normalize("NFKC", pages[split[1]])
        for s in ("Audit-tour deposit", "8 May 2073", "Third instalment", "31 July 2073"):
            c.ok(s in second, f"call: {s!r} not in the continued part of Table 2")
    c.ok(reader.metadata is not None and reader.metadata.get("/Title"), "call: no title metadata")
    f1 = reader.pages[0]["/Resources"]["/Font"]["/F1"].get_object()
    c.ok("/fi" in repr(f1["/Encoding"]["/Differences"]), "call: no ligature glyphs in the font encoding")
    call = texts[CALL]
    c.ok("10 March 2073, 17:00 PKT" in call, "call: printed closing date")

    # 2. Word fields and a hyperlink
    gxml = docx_xml(PROG / GRANTS)
    rels = docx_xml(PROG / GRANTS, "word/_rels/document.xml.rels")
    c.ok(all(f'w:fldCharType="{t}"' in gxml for t in ("begin", "separate", "end")), "grants: no complex field")
    c.ok(re.search(r"<w:instrText[^>]*>\s*DOCPROPERTY", gxml) is not None, "grants: no DOCPROPERTY instrText")
    m = re.search(r'w:fldCharType="separate"/></w:r>(.*?)w:fldCharType="end"', gxml, re.S)
    cached = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", m.group(1))) if m else ""
    c.ok(cached == "PKR 1,800,000", f"grants: complex field's cached result is {cached!r}")
    fs = re.search(r'<w:fldSimple w:instr="([^"]*)"[^>]*>(.*?)</w:fldSimple>', gxml, re.S)
    c.ok(fs is not None and "DOCPROPERTY" in fs.group(1), "grants: no w:fldSimple")
    if fs:
        fs_text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", fs.group(2)))
        c.ok(fs_text == "PKR 2,600,000", f"grants: fldSimple result {fs_text!r}")
    hl = re.search(r'<w:hyperlink r:id="(rId\d+)"[^>]*>(.*?)</w:hyperlink>', gxml, re.S)
    c.ok(hl is not None, "grants: no w:hyperlink")
    if hl:
        hl_text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", hl.group(2)))
        c.ok(hl_text == "grants@pharmapulse.example", f"grants: hyperlink text {hl_text!r}")
        c.ok(
            re.search(rf'Id="{hl.group(1)}"[^>]*Target="mailto:grants@pharmapulse.example"', rels)
            or re.search(rf'Target="mailto:grants@pharmapulse.example"[^>]*Id="{hl.group(1)}"', rels),
            "grants: hyperlink relationship",
        )
    with zipfile.ZipFile(PROG / GRANTS) as z:
        custom = z.read("docProps/custom.xml").decode("utf-8") if "docProps/custom.xml" in z.namelist() else ""
    c.ok("WindowCCap" in custom and "OverallCap" in custom, "grants: custom document properties")
    gd = docx.Document(str(PROG / GRANTS))
    plain = "\n".join(p.text for p in gd.paragraphs)
    c.ok("grants@pharmapulse.example" in plain, "grants: python-docx does not see the hyperlink text")
    c.ok(len(gd.tables) == 1 and "900,000" in texts[GRANTS], "grants: table / printed Window B cap")
    for s in ("PKR 1,800,000", "PKR 2,600,000", "grants@pharmapulse.example"):
        c.ok(s in texts[GRANTS], f"grants: reader text lacks {s}")
    c.ok("DOCPROPERTY" not in texts[GRANTS], "grants: field code leaked into the reader text")

    # 3. nested table and horizontally merged cells
    txml = docx_xml(PROG / TOUR)
    troot = ET.fromstring(txml.encode("utf-8")).find(W + "body")
    nested = [tbl for tc in troot.iter(W + "tc") for tbl in tc.findall(W + "tbl")]
    c.ok(len(nested) == 1, "tour: no table nested in a cell")
    if nested:
        ntext = " ".join(t.text or "" for t in nested[0].iter(W + "t"))
        for s in ("175,000", "32,000", "50,000", "8 May 2073"):
            c.ok(s in ntext, f"tour: nested table lacks {s}")
    spans = [int(g.get(W + "val")) for g in troot.iter(W + "gridSpan")]
    c.ok(len(spans) >= 2 and max(spans) >= 3, f"tour: gridSpan {spans}")
    td = docx.Document(str(PROG / TOUR))
    c.ok(len(td.tables) == 1 and len(td.tables[0].rows) >= 6, "tour: outer table")
    c.ok(any(p.style.name.startswith("Heading") for p in td.paragraphs), "tour: headings")

    # 4. rowspan in tbody with row headers
    eraw = raw_text(EXPO)
    tbody = re.search(r"<tbody>(.*?)</tbody>", eraw, re.S)
    c.ok(tbody is not None, "expo: no tbody")
    if tbody:
        b = tbody.group(1)
        c.ok(len(re.findall(r'<th scope="row">', b)) >= 4, "expo: row headers")
        span = re.search(r'<td rowspan="(\d+)">([^<]*)</td>', b)
        c.ok(span is not None and int(span.group(1)) >= 3 and span.group(2) == "10 July 2073", "expo: rowspan cell")
        corner = re.search(r"<tr><th scope=\"row\">Corner booth[^\n]*</tr>", b)
        c.ok(corner is not None and "July" not in corner.group(0) and corner.group(0).count("<td") == 2, "expo: row")

    # 5. Markdown task lists and fenced code
    pr = raw_text(PORTAL)
    c.ok(len(re.findall(r"^- \[x\] ", pr, re.M)) >= 5 and len(re.findall(r"^- \[ \] ", pr, re.M)) >= 3, "portal: tasks")
    c.ok(re.search(r"^- \[x\] SECP certificate of incorporation$", pr, re.M) is not None, "portal: SECP item")
    fences = re.findall(r"^```(\w*)\n(.*?)^```$", pr, re.M | re.S)
    c.ok(len(fences) >= 3 and {f[0] for f in fences} >= {"json", "http", "text"}, "portal: fenced code blocks")
    inside = "\n".join(f[1] for f in fences)
    for s in ("12 MB per file", "30 minutes", "POST https://portal.pharmapulse.example/api/v1/applications"):
        c.ok(s in inside, f"portal: {s!r} not in a fenced block")
    outside = re.sub(r"^```.*?^```$", "", pr, flags=re.M | re.S)
    c.ok(
        "12 MB" not in outside and "https://portal.pharmapulse.example/api" not in outside,
        "portal: facts outside fences",
    )

    # 6. Urdu in UTF-16 LE with a BOM
    ub = (PROG / U16).read_bytes()
    c.ok(ub[:2] == b"\xff\xfe", "utf-16: no FF FE byte-order mark")
    ut = ub.decode("utf-16")
    c.ok(len(re.findall(ARABIC, ut)) > 300 and "0800-20730" in ut and "یوم مزدور" in ut, "utf-16: text")
    c.ok(ub[2:].decode("utf-16-le") == ut, "utf-16: not little-endian")

    # 7. Traditional Chinese page in Big5
    bb = (PROG / BIG5).read_bytes()
    c.ok(re.search(rb'<meta charset="big5">', bb) is not None, 'big5: no <meta charset="big5">')
    bt = bb.decode("big5")
    trad = [ch for ch in TRAD_ONLY if ch in bt]
    simp = [ch for ch in SIMP_OF_TRAD if ch in bt]
    c.ok(len(trad) >= 10 and not simp, f"big5: Traditional {trad}, Simplified {simp}")
    for s in ("逢星期二及星期四", "港幣420元", "2073年9月10日"):
        c.ok(s.encode("big5") in bb, f"big5: {s} not in Big5 bytes")

    # 8. invisible and unusual characters
    oraw = raw_text(OFFICES)
    c.ok(oraw.count("&shy;") >= 4, "offices: soft hyphens")
    c.ok(oraw.count("\u200b") >= 3, "offices: zero-width spaces")
    c.ok(oraw.count("\u2011") >= 6, "offices: non-breaking hyphens")
    c.ok(oraw.count("\u202f") >= 2 and oraw.count("\u2009") >= 1, "offices: narrow/thin spaces")
    c.ok(len(re.findall(r"PKR <b>\d+</b>,\d{3}", oraw)) >= 2, "offices: digits split by inline tags")
    c.ok("0800\u201120730" in oraw and "0800-20730" not in oraw, "offices: helpline with U+2011")
    c.ok("3\u202f200" in oraw and "3,200" not in oraw, "offices: translation rate with U+202F")
    c.ok("lahore@\u200b" in oraw or "lahore\u200b@" in oraw, "offices: e-mail with a zero-width space")
    ot = texts[OFFICES]
    for s in ("0800-20730", "lahore@pharmapulse.example", "PKR 4,800", "pharmacovigilance"):
        c.ok(s in ot, f"offices: reader text lacks {s!r}")

    # ordinary features: Urdu RTL Word with a table, Chinese Word with a table and headings, corrigendum, FAQ
    ud = docx.Document(str(PROG / UR_DOCX))
    uxml = docx_xml(PROG / UR_DOCX)
    c.ok(uxml.count("<w:bidi/>") >= 8 and "<w:bidiVisual/>" in uxml and "<w:rtl/>" in uxml, "Urdu docx: not RTL")
    c.ok(len(ud.tables) == 1, "Urdu docx: not one table")
    zd = docx.Document(str(PROG / ZH_DOCX))
    c.ok(len(zd.tables) == 1 and any(p.style.name.startswith("Heading") for p in zd.paragraphs), "zh docx")
    cor = texts[CORR]
    c.ok("| As printed | Corrected to |" in cor and "24 February 2073" in cor, "corrigendum table")
    c.ok("**PKR 1,100,000**" in cor and "**24 March 2073, 17:00 PKT**" in cor, "corrigendum figures")
    c.ok(len(re.findall(r"^\*\*.+\?\*\*$", texts[FAQ], re.M)) >= 8, "FAQ: questions")


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
        c.ok(re.fullmatch(r"(19|20)\d\d", r["founded"]) is not None and int(r["founded"]) <= 2073, f"founded {cid}")
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
    c.ok(any(r["name"] == "Formula (Pvt) Ltd" for r in rows), "no company named with a common word")
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
            for a in q["answer_must_contain_any"]:
                c.ok(canon(stale) not in canon(a), f"{q['id']}: answer {a!r} uses a stale figure ({why})")
    stale_asked = [q["id"] for q in items if q["kind"] == "programme" and "stale" in q["note"]]
    c.ok(len(stale_asked) >= 2, f"only {stale_asked} ask a fact whose stale form is also written")
    # the stale figures really are in the documents, where a careless reader would find them
    c.ok("10 March 2073" in texts[CALL] and "900,000" in texts[GRANTS], "stale printed figures gone")
    company_names = [r["name"] for r in rows]
    used_sources = collections.Counter()
    for q in items:
        qid = q["id"]
        c.ok(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        m = re.fullmatch(r"s30-(en|zh|ur|ul|mx)-(\d\d)", qid)
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
            srcs = [canon(texts[s]) for s in q["expected_sources"] if s in texts]
            for a in q["answer_must_contain_any"]:
                if a in computed:
                    continue
                c.ok(any(canon(a) in s for s in srcs), f"{qid}: answer {a!r} not in {q['expected_sources']}")
            if computed:
                every = " ".join(canon(t) for t in texts.values())
                c.ok(canon(computed[0]) not in every, f"{qid}: computed figure {computed[0]} is written somewhere")
            if BIG5 in q["expected_sources"] and lang == "zh":
                answers = q["answer_must_contain_any"]
                c.ok(any(any(ch in a for ch in TRAD_ONLY) for a in answers), f"{qid}: no Traditional answer form")
                c.ok(any(re.fullmatch(r"[\d,]+", a) for a in answers), f"{qid}: no digit-only answer form")
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
    for feature_doc in FEATURE_DOCS:
        c.ok(used_sources[feature_doc] >= 2, f"{feature_doc}: fewer than 2 questions")
    zh_big5 = [q["id"] for q in items if q["lang"] == "zh" and BIG5 in q["expected_sources"]]
    c.ok(len(zh_big5) >= 2, f"Big5 page asked by {zh_big5} in Simplified Chinese")

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
    print(f"sample-30 OK: {len(DOCS)} documents, {len(rows)} companies, {len(items)} questions")
    print("  by lang:", dict(langs))
    print("  by kind:", dict(kinds))
    print("  by lang x kind:", {f"{k[0]}/{k[1]}": v for k, v in sorted(by.items())})
    return 0


if __name__ == "__main__":
    sys.exit(main())
