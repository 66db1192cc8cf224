"""Check sample-29 ("Civic Circuit 2071") and questions-29.jsonl; exit 0 when every check passes.

Stdlib + python-docx + pypdf only. The builder imports FILTERS and COMPUTED from here, so the frozen
answer sets and the arithmetic answers come from the same code that checks them.

Key facts are looked up in each document's text as a careful reader would get it: NFKC-normalised
(Arabic presentation forms and full-width digits fold to plain letters and digits), HTML without the
contents of <template>, <noscript>, <script> and <style>, the GB2312 page decoded as GBK, Word bodies
with content controls (w:sdt) but without reviewer comments, PDFs with their filled form-field values.
"""

import collections
import csv
import html.parser
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_text import ARABIC, COLUMNS, FIELDS, HAN, extract, norm, script_lang

HERE = Path(__file__).resolve().parent
KB = HERE / "sample-29"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-29.jsonl"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
GB_HTML = "zh-matching-grant-gb2312.html"
PF_TXT = "ur-helpline-holidays-notice.txt"
FW_TXT = "zh-city-lab-week-notice.txt"
EXPO = "expo-hangzhou-2071.html"
RATES = "support-rate-card-2071.html"
FORM = "application-form-2071.pdf"
RULES = "participation-rules-2071.pdf"
CALL = "window-b-call-notice.docx"
GRANTS = "grant-windows-2071.docx"
FAQ = "faq-and-glossary.md"
UR_DOCX = "ur-fees-refunds.docx"
ZH_DOCX = "zh-programme-brief.docx"

# document -> language it is written in
DOCS = {
    "overview.md": "en",
    RULES: "en",
    FORM: "en",
    GRANTS: "en",
    CALL: "en",
    EXPO: "en",
    RATES: "en",
    FAQ: "en",
    "corrigendum-01.md": "en",
    "offices-and-contacts.html": "en",
    "selection-criteria-2071.md": "en",
    "pilot-round-2069-summary.txt": "en",
    PF_TXT: "ur",
    UR_DOCX: "ur",
    "ur-site-visit-expo.md": "ur",
    GB_HTML: "zh",
    FW_TXT: "zh",
    ZH_DOCX: "zh",
}

LANG_CODES = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}
ROMAN_URDU = re.compile(
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|batao|batayen|karne|bhai|nahi|ka|ki|ke|ko|se)\b", re.I
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")

# Figures that are written somewhere but are not the answer: never an expected key fact.
STALE = {
    "PKR 140,000": "draft booth share inside the expo page's <template>",
    "30 June 2071": "booking deadline inside the expo page's <noscript>",
    "2,500,000": "Window B cap proposed in a reviewer comment, not adopted",
    "15 August 2071": "Window B closing date proposed in a reviewer comment, not adopted",
    "16 March 2071": "closing date as printed, corrected by Corrigendum No. 1",
    "800,000": "Window C cap as printed, corrected by Corrigendum No. 1",
    "3月16日": "closing date as printed, corrected by Corrigendum No. 1",
}


# ----------------------------------------------------------------------------- text helpers
def canon(s):
    s = unicodedata.normalize("NFKC", s).translate(URDU_DIGITS).lower().replace("٪", "%")
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    s = re.sub(r"(?<=\d)[,٬](?=\d)", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    return norm(s)


class LiveHtml(html.parser.HTMLParser):
    """What a reader sees on the page: text outside <template>, <noscript>, <script> and <style>."""

    SKIP = frozenset({"template", "noscript", "script", "style"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hidden, self.depth = [], [], 0
        self.tags = collections.Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        (self.hidden if self.depth else self.parts).append(data)


def live_html(raw):
    p = LiveHtml()
    p.feed(raw)
    return " ".join(p.parts), " ".join(p.hidden), p.tags


def docx_body_text(path):
    """The body of a .docx in reading order: paragraphs, tables and content controls (w:sdt, block and
    inline), w:t only (so no deleted text); comments live in another part and are not read."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml")
    import xml.etree.ElementTree as ET

    body = ET.fromstring(xml).find(W + "body")
    out = []

    def block(el):
        if el.tag == W + "p":
            out.append("".join(t.text or "" for t in el.iter(W + "t")))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                out.append(" | ".join("".join(t.text or "" for t in tc.iter(W + "t")) for tc in tr.findall(W + "tc")))
        elif el.tag == W + "sdt":
            content = el.find(W + "sdtContent")
            for child in content if content is not None else ():
                block(child)

    for child in body:
        block(child)
    return "\n".join(out)


def pdf_fields(path):
    import pypdf

    fields = pypdf.PdfReader(str(path)).get_fields() or {}
    return {name: str(f.get("/V", "")) for name, f in fields.items()}


def doc_text(name):
    """The text a reader gets from a document (see the module docstring)."""
    path = PROG / name
    if path.suffix == ".html":
        raw = path.read_bytes().decode("gbk") if name == GB_HTML else path.read_text(encoding="utf-8")
        text = live_html(raw)[0]
    elif path.suffix == ".docx":
        text = docx_body_text(path)
    elif path.suffix == ".pdf":
        text = extract(path) + "\n" + "\n".join(f"{k}: {v}" for k, v in pdf_fields(path).items() if v)
    else:
        text = path.read_text(encoding="utf-8")
    return unicodedata.normalize("NFKC", text)


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
def c_en02(t):
    # 40 employees -> 21-75 band: PKR 45,000 with 2 delegates included; 4 delegates -> 2 extra at PKR 12,500.
    need(t, RULES, "21 - 75", "PKR 45,000", "Each delegate beyond those included pays PKR 12,500")
    total = 45000 + (4 - 2) * 12500
    return [f"{total:,}", f"PKR {total:,}"]


def c_en08(t):
    # 35 screens = the 25-screen audit + one further block of 10 screens.
    need(t, RATES, "up to 25 screens", "145,000", "each further block of 10 screens", "32,000")
    total = 145000 + 32000 * -(-(35 - 25) // 10)
    return [f"{total:,}", f"PKR {total:,}"]


def c_en09(t):
    # Withdrawal on 1 June falls between 16 May and 15 June: 50% of the PKR 95,000 fee comes back.
    need(t, RULES, "between 16 May and 15 June 2071 gets 50%", "PKR 95,000")
    back = 95000 * 50 // 100
    return [f"{back:,}", f"PKR {back:,}"]


def c_zh01(t):
    # Qingwan is a twinned district: 30% of a 60万元 contract is 18万元, over the general 15万元 cap but
    # within the 20万元 cap for twinned districts.
    need(t, GB_HTML, "青湾区", "试点合同金额的30%", "15万元", "20万元")
    grant = min(600000 * 30 // 100, 200000)
    return [f"{grant // 10000}万元", f"{grant // 10000}万"]


def c_ur01(t):
    # 350 employees -> 301 and above: PKR 1,60,000 in three instalments, the first 40%.
    need(t, UR_DOCX, "۳۰۱ یا زیادہ", "1,60,000", "۴۰٪ انتخابی خط کے ۱۴ دن کے اندر")
    first = 160000 * 40 // 100
    return [f"{first:,}", f"{first:,}".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))]


def c_ul01(t):
    # Window A: 70% of PKR 6 lakh is 4,20,000, under the PKR 550,000 cap.
    need(t, GRANTS, "70%", "550,000")
    grant = min(600000 * 70 // 100, 550000)
    return [f"{grant:,}", lakh(grant), f"PKR {grant:,}"]


COMPUTED = {
    "s29-en-02": c_en02,
    "s29-en-08": c_en08,
    "s29-en-09": c_en09,
    "s29-zh-01": c_zh01,
    "s29-ur-01": c_ur01,
    "s29-ul-01": c_ul01,
}


# ----------------------------------------------------------------------------- directory filters
def has(cell, pattern):
    return any(re.search(pattern, item.strip(), re.I) for item in cell.split(";") if item.strip())


R_ANPR = r"\bANPR\b|(number|licen[cs]e)[- ]plate recognition|车牌识别"
R_GTFS = r"\bGTFS|bus tracking|bus arrival|real-time bus|公交(定位|到站)"
R_ACCESS = r"accessibility|\bWCAG\b|无障碍"
R_STREETLIGHT = r"street[- ]?(light|lamp)|路灯"
R_PARKING = r"parking|停车"
R_CHALLAN = r"e-?challan|traffic fine|电子罚单"
R_WASTE_ROUTE = r"(waste|garbage|refuse)\b.{0,30}\brout|垃圾.{0,6}路线"
R_MUNI_ERP = r"municipal (accounting )?ERP|property[- ]tax|市政ERP|房产税"
R_TWIN = r"digital twin|3D city model|数字孪生|三维城市"
R_WATER_GIS = r"(water|sewer\w*|drainage)\b.{0,40}\bGIS|GIS.{0,40}(water|sewer|drainage)|(water|sewer\w*|drainage)\b.{0,20}complaint"
R_CAD = r"\bCAD\b|computer-aided dispatch|(emergency|rescue|ambulance) dispatch|接处警"
R_LAND = r"land[- ]records?|cadastr|patwari|土地"
R_CHATBOT = r"chat ?bot|conversational|聊天机器人|智能客服"
R_WASTE = r"solid[- ]waste|waste collection|garbage|refuse collection|\bbins?\b|垃圾|sanitation"
R_EPROC = r"e-?procurement|e-?tender|electronic procurement|电子招标"
R_CCTV = r"\bCCTV\b|command[- ](and[- ]control[- ])?cent(re|er)|指挥中心"
R_PERMIT = r"building[- ](permit|plan approval)|e-?licen[cs]ing|trade licen[cs]e|建筑许可"
R_311 = r"\b311\b|citizen complaint|complaint triage|grievance|市民热线"
R_AFC = r"\bAFC\b|fare collection|ticketing|票务"
R_OPENDATA = r"open[- ]data|开放数据"
R_SIGNAL = r"traffic[- ]signal|signal control|交通信号"


def svc(r, pattern):
    return has(r["services"], pattern)


def cert(r, pattern):
    return has(r["certifications"], pattern)


FILTERS = {
    "s29-en-11": lambda r: svc(r, R_ANPR) and r["city"] == "Lahore",
    "s29-en-12": lambda r: svc(r, R_GTFS) and int(r["employees"]) >= 100,
    "s29-en-13": lambda r: svc(r, R_ACCESS) and r["certifications"].strip().lower() == "none",
    "s29-en-14": lambda r: r["country"] == "CN" and svc(r, R_STREETLIGHT),
    "s29-en-15": lambda r: r["name"].split()[0] == "Junction",
    "s29-zh-10": lambda r: r["city"] == "Karachi" and (svc(r, R_PARKING) or svc(r, R_CHALLAN)),
    "s29-zh-11": lambda r: svc(r, R_WASTE_ROUTE),
    "s29-zh-12": lambda r: svc(r, R_MUNI_ERP) and cert(r, r"ISO 27001"),
    "s29-zh-13": lambda r: r["country"] == "CN" and r["city"] == "Shenzhen",
    "s29-zh-14": lambda r: svc(r, R_TWIN) and int(r["founded"]) > 2015,
    "s29-ur-07": lambda r: svc(r, R_WATER_GIS),
    "s29-ur-08": lambda r: svc(r, R_CAD) and int(r["founded"]) < 2010,
    "s29-ur-09": lambda r: svc(r, R_LAND) and r["city"] in ("Islamabad", "Rawalpindi"),
    "s29-ur-10": lambda r: svc(r, R_CHATBOT) and r["pitched_at_webinar"] == "yes",
    "s29-ul-08": lambda r: svc(r, R_WASTE) and int(r["employees"]) < 50,
    "s29-ul-09": lambda r: svc(r, R_EPROC) and r["city"] in ("Karachi", "Hyderabad"),
    "s29-ul-10": lambda r: svc(r, R_CCTV) and int(r["employees"]) > 500,
    "s29-ul-11": lambda r: svc(r, R_PERMIT) and cert(r, r"\bCMMI\b"),
    "s29-mx-07": lambda r: svc(r, R_311) and r["city"] == "Lahore",
    "s29-mx-08": lambda r: r["country"] == "CN" and svc(r, R_AFC),
    "s29-mx-09": lambda r: svc(r, R_OPENDATA) and int(r["founded"]) >= 2018,
    "s29-mx-10": lambda r: svc(r, R_SIGNAL) and cert(r, r"ISO 9001"),
}


def read_directory():
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def answer_set(qid, rows):
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


# ----------------------------------------------------------------------------- near misses
NEAR_MISS = {
    "s29-en-19": [r"Peshawar (office|desk)", r"\+92 91"],
    "s29-en-20": [r"early[- ]?bird", r"discount", r"折扣", r"رعایت"],
    "s29-zh-17": [r"Beijing (office|desk)", r"北京办公室", r"\+86 10\b"],
    "s29-ur-13": [r"per night", r"hotel rate", r"room rate", r"每晚", r"房价", r"فی رات", r"ایک رات"],
    "s29-ur-14": [r"road ?show", r"路演", r"روڈ شو"],
    "s29-ul-14": [r"double booth", r"\b18 ?m2", r"18 sq", r"双展位", r"18平方"],
    "s29-mx-14": [r"\bgala\b", r"dinner", r"晚宴", r"عشائیہ"],
}
NEAR_MISS_LINES = {
    "s29-zh-18": (r"2069", r"matching|配套|buyer grant"),
    "s29-ul-13": (r"2069", r"delegate|代表|نمائند"),
    "s29-mx-13": (r"Guangzhou|广州|گوانگژو", r"visit|参访|City Lab|دورہ"),
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


def is_pf(ch):
    return 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF


def arabic_letters(text):
    return [ch for ch in text if unicodedata.category(ch) == "Lo" and unicodedata.name(ch, "").startswith("ARABIC")]


def check_documents(c):
    names = sorted(p.name for p in PROG.iterdir())
    c.ok(names == sorted(DOCS), f"programme/ holds {names}, expected {sorted(DOCS)}")
    c.ok(17 <= len(names) <= 18, f"{len(names)} documents, expected 17-18")
    texts = {}
    for name in DOCS:
        path = PROG / name
        if not c.ok(path.exists(), f"missing {name}"):
            continue
        if name == GB_HTML:
            try:
                path.read_bytes().decode("utf-8")
                c.ok(False, f"{name} decodes as UTF-8; it must be GB2312/GBK")
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
    c.ok(
        sum(p.suffix == ".pdf" for p in PROG.iterdir()) >= 2 and sum(p.suffix == ".docx" for p in PROG.iterdir()) >= 3,
        "too few PDF / Word documents",
    )
    return texts


def check_features(c, texts):
    import docx
    import pypdf

    # the real 2022 webinar only in the overview
    for name, text in texts.items():
        real = "Trade Development Authority" in text or "23 February 2022" in text or "Software Business Union" in text
        c.ok(real == (name == "overview.md"), f"{name}: 2022 webinar facts must be stated only in the overview")
    ov = norm(texts["overview.md"])
    for s in (
        "Consulate General of Pakistan in Shanghai",
        "Software Business Union of Shanghai",
        "Shanghai Software Industry Association",
        "Trade Development Authority of Pakistan (TDAP)",
        "23 February 2022",
        "Launch Day on 22 January 2071",
        "32 Pakistani firms",
    ):
        c.ok(s in ov, f"overview lacks {s!r}")
    every = "\n".join(texts.values())
    c.ok(
        re.search(r"[\w.-]+@[\w.-]+\.(?!example\b)[a-z]+\b", every) is None, "an e-mail domain does not end in .example"
    )
    c.ok(re.search(r"https?://(?![\w.-]+\.example\b)", every) is None, "a web address does not end in .example")

    # 1. <template> and <noscript> with stale figures; the live page states the real ones
    raw = (PROG / EXPO).read_text(encoding="utf-8")
    live, hidden, tags = live_html(raw)
    c.ok(tags["template"] == 1 and tags["noscript"] == 1, "expo: one <template> and one <noscript>")
    tpl = re.search(r"<template[^>]*>(.*?)</template>", raw, re.S)
    nos = re.search(r"<noscript>(.*?)</noscript>", raw, re.S)
    c.ok(tpl is not None and "PKR 140,000" in tpl.group(1), "expo: stale booth share not in <template>")
    c.ok(nos is not None and "30 June 2071" in nos.group(1), "expo: stale booking date not in <noscript>")
    c.ok("PKR 180,000" in live and "20 July 2071" in live, "expo: live figures missing")
    c.ok("140,000" not in live and "30 June" not in live, "expo: stale figure in the live text")
    c.ok("140,000" in hidden and "30 June 2071" in hidden, "expo: hidden text lacks the stale figures")
    c.ok(sum("140,000" in t for n, t in texts.items()) == 0, "stale 140,000 appears in some reader text")

    # 2. Word: reviewer comments anchored in document.xml, block-level and inline content controls
    with zipfile.ZipFile(PROG / CALL) as z:
        names = z.namelist()
        xml = z.read("word/document.xml").decode("utf-8")
        comments = z.read("word/comments.xml").decode("utf-8") if "word/comments.xml" in names else ""
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
        types = z.read("[Content_Types].xml").decode("utf-8")
    c.ok("comments.xml" in rels and "comments+xml" in types, "call notice: comments part not wired")
    cids = re.findall(r'<w:comment [^>]*w:id="(\d+)"', comments)
    c.ok(len(cids) >= 2, "call notice: fewer than 2 comments")
    for cid in cids:
        c.ok(
            f'<w:commentRangeStart w:id="{cid}"/>' in xml
            and f'<w:commentRangeEnd w:id="{cid}"/>' in xml
            and f'<w:commentReference w:id="{cid}"/>' in xml,
            f"call notice: comment {cid} not anchored",
        )
    c.ok("PKR 2,500,000" in comments and "15 August 2071" in comments, "call notice: proposals not in comments")
    body = texts[CALL]
    c.ok("2,500,000" not in body and "15 August" not in body, "call notice: proposed figure in the body")
    import xml.etree.ElementTree as ET

    root = ET.fromstring(xml.encode("utf-8")).find(W + "body")
    block_sdts = root.findall(W + "sdt")
    inline_sdts = [s for p in root.iter(W + "p") for s in p.findall(W + "sdt")]

    def sdt_text(s):
        return "".join(t.text or "" for t in s.iter(W + "t"))

    c.ok(len(block_sdts) >= 2 and len(inline_sdts) >= 2, "call notice: needs block and inline content controls")
    c.ok(any("31 July 2071" in sdt_text(s) for s in block_sdts), "call notice: deadline not in a block w:sdt")
    c.ok(any(sdt_text(s) == "PKR 2,000,000" for s in inline_sdts), "call notice: cap not in an inline w:sdt")
    c.ok(any(sdt_text(s) == "CNY 120,000" for s in inline_sdts), "call notice: minimum not in an inline w:sdt")
    d = docx.Document(str(PROG / CALL))
    plain = "\n".join(p.text for p in d.paragraphs)
    c.ok("31 July 2071" not in plain and "PKR 2,000,000" not in plain, "call notice: figures outside content controls")

    # 3. Excel "Save as Web Page" rate card
    rc = (PROG / RATES).read_text(encoding="utf-8")
    for marker in (
        'xmlns:x="urn:schemas-microsoft-com:office:excel"',
        "<meta name=ProgId content=Excel.Sheet>",
        "class=xl65",
        "&nbsp;",
        "mso-number-format",
        "mso-width-source:userset",
        "<x:ExcelWorksheet>",
    ):
        c.ok(marker in rc, f"rate card lacks {marker!r}")
    c.ok(len(re.findall(r"<col width=\d+", rc)) >= 4, "rate card: no <col> widths")
    c.ok(re.search(r"<td colspan=5 [^>]*class=xl65[^>]*>Civic Circuit 2071", rc) is not None, "rate card: title row")
    c.ok(len(re.findall(r'x:num="\d+">\d{1,3}(,\d{3})+<', rc)) >= 20, "rate card: numbers with thousands separators")

    # 4. PDF application form with filled AcroForm fields
    r = pypdf.PdfReader(str(PROG / FORM))
    fields = pdf_fields(PROG / FORM)
    acro = r.trailer["/Root"].get("/AcroForm")
    c.ok(acro is not None and bool(acro.get("/NeedAppearances")), "form: no AcroForm / NeedAppearances")
    c.ok(fields.get("SubmitTo") == "apply@civiccircuit.example", "form: SubmitTo field")
    c.ok(fields.get("ProcessingFee") == "PKR 3,000", "form: ProcessingFee field")
    c.ok(fields.get("ClosingDate") == "30 March 2071, 17:00 PKT", "form: ClosingDate field")
    c.ok(sum(1 for v in fields.values() if v) >= 4 and len(fields) >= 10, "form: too few fields")
    annots = [a.get_object() for a in r.pages[0].get("/Annots", [])]
    c.ok(all("/AP" in a for a in annots if a.get("/V")), "form: filled fields lack appearance streams")
    page_text = "\n".join(pg.extract_text() for pg in r.pages)
    c.ok("apply@civiccircuit.example" not in page_text and "3,000" not in page_text, "form: field values in page text")
    c.ok("Processing fee (non-refundable)" in page_text and "SECP certificate" in page_text, "form: page text")
    c.ok(
        not any(re.search(r"PKR 3,000(?![\d,])", t) for n, t in texts.items() if n != FORM),
        "processing fee stated outside the form fields",
    )

    # 5. Markdown definition lists and GitHub alerts holding facts
    faq = texts[FAQ]
    c.ok(len(re.findall(r"^[A-Z][^\n:>]*\n: ", faq, re.M)) >= 5, "FAQ: definition lists")
    c.ok(re.search(r"^Full-time employee\n: [^\n]*at least 30 hours a week", faq, re.M) is not None, "FAQ: 30 hours")
    c.ok(re.search(r"^: Five twinned districts", faq, re.M) is not None, "FAQ: twinned districts definition")
    c.ok("> [!NOTE]" in faq and "> [!IMPORTANT]" in faq, "FAQ: alert blocks")
    c.ok(re.search(r"> \[!IMPORTANT\]\n> [^\n]*within 60 days of the invoice date", faq) is not None, "FAQ: alert fact")

    # 6. Urdu in Arabic presentation forms
    pf_raw = (PROG / PF_TXT).read_text(encoding="utf-8")
    letters = arabic_letters(pf_raw)
    share = sum(map(is_pf, letters)) / max(1, len(letters))
    c.ok(len(letters) > 300 and share >= 0.8, f"presentation forms: {share:.0%} of {len(letters)} letters")
    c.ok("۲۵ تا ۲۷ اکتوبر" not in pf_raw and "۲۵ تا ۲۷ اکتوبر" in texts[PF_TXT], "presentation forms: NFKC fact")

    # 7. GB2312 page
    gb = (PROG / GB_HTML).read_bytes()
    c.ok(re.search(rb'<meta [^>]*charset=["]?gb2312', gb, re.I) is not None, "GB page: no gb2312 declaration")
    c.ok("青湾区".encode("gb2312") in gb and "20万元".encode("gb2312") in gb, "GB page: not GB2312 bytes")

    # 8. full-width digits and letters in a table and a paragraph
    fw = (PROG / FW_TXT).read_text(encoding="utf-8")
    table_lines = [x for x in fw.splitlines() if x.startswith("｜")]
    para_lines = [x for x in fw.splitlines() if x and not x.startswith("｜")]
    c.ok(any(re.search("[０-９]", x) for x in table_lines), "full-width: no table with full-width digits")
    c.ok(any(re.search("[０-９]", x) and "ＰＫＲ" in x for x in para_lines), "full-width: no paragraph")
    c.ok(
        "２０７１年６月１５日" in fw and "１２万元" in fw and re.search(r"[0-9]", fw.split("五、")[0]) is None,
        "full-width: digits not full-width",
    )

    # ordinary features: two-page ruled PDF with a fee table and footnote; Urdu RTL Word; Word tables
    rp = pypdf.PdfReader(str(PROG / RULES))
    c.ok(len(rp.pages) == 2, "rules: not two pages")
    for n, page in enumerate(rp.pages, 1):
        t = page.extract_text()
        c.ok(f"Page {n} of 2" in t and "Civic Circuit 2071 - Participation Rules" in t, f"rules p{n}: head/foot")
        c.ok(page.get_contents().get_data().decode("latin-1").count(" l S") >= 8, f"rules p{n}: table not ruled")
    rules = texts[RULES]
    c.ok("Application window closes" in rules and "16 March 2071, 17:00 PKT" in rules, "rules: printed close date")
    ud = docx.Document(str(PROG / UR_DOCX))
    with zipfile.ZipFile(PROG / UR_DOCX) as z:
        uxml = z.read("word/document.xml").decode("utf-8")
    c.ok(uxml.count("<w:bidi/>") >= 8 and "<w:bidiVisual/>" in uxml and "<w:rtl/>" in uxml, "Urdu docx: not RTL")
    c.ok(len(ud.tables) == 1, "Urdu docx: not one table")
    gd = docx.Document(str(PROG / GRANTS))
    c.ok(len(gd.tables) == 1 and "800,000" in texts[GRANTS], "grant windows: table / printed Window C cap")
    zd = docx.Document(str(PROG / ZH_DOCX))
    c.ok(len(zd.tables) == 1 and any(p.style.name.startswith("Heading") for p in zd.paragraphs), "zh docx")
    cor = texts["corrigendum-01.md"]
    c.ok("| As printed | Corrected to |" in cor and "4 March 2071" in cor, "corrigendum table")
    c.ok("PKR 800,000" in cor and "**PKR 1,000,000**" in cor and "**30 March 2071, 17:00 PKT**" in cor, "corrigendum")


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
        c.ok(re.fullmatch(r"(19|20)\d\d", r["founded"]) is not None and int(r["founded"]) <= 2071, f"founded {cid}")
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
    services = {s.strip() for r in rows for s in r["services"].split(";") if s.strip()}
    c.ok(len(services) >= 150, f"{len(services)} distinct services")
    c.ok(any(re.search(HAN, s) for s in services), "no service written in Chinese")
    c.ok(any(r["certifications"] == "none" for r in rows) and any(r["certifications"] == "" for r in rows), "certs")
    c.ok(any(r["name_zh"] == "" for r in rows) and any(r["description_zh"] == "" for r in rows), "empty zh cells")
    emp = [int(r["employees"]) for r in rows]
    c.ok(min(emp) <= 5 and max(emp) >= 2000, f"head counts {min(emp)}-{max(emp)}")
    c.ok(sum(r["pitched_at_webinar"] == "yes" for r in rows) >= 10, "too few firms pitched at the webinar")
    first_words = collections.Counter(r["name"].split()[0] for r in rows)
    c.ok(sum(n >= 2 for n in first_words.values()) >= 3, "no near-duplicate names")
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
    # the stale and proposed figures really are in the documents, where a careless reader would find them
    c.ok("PKR 140,000" in (PROG / EXPO).read_text(encoding="utf-8"), "stale template figure gone")
    company_names = [r["name"] for r in rows]
    used_sources = collections.Counter()
    for q in items:
        qid = q["id"]
        c.ok(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        m = re.fullmatch(r"s29-(en|zh|ur|ul|mx)-(\d\d)", qid)
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
    # every one of the eight features carries at least one asked fact
    for feature_doc in (EXPO, CALL, RATES, FORM, FAQ, PF_TXT, GB_HTML, FW_TXT):
        c.ok(used_sources[feature_doc] >= 2, f"{feature_doc}: fewer than 2 questions")

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
        check_features(c, texts)
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
    print(f"sample-29 OK: {len(DOCS)} documents, {len(rows)} companies, {len(items)} questions")
    print("  by lang:", dict(langs))
    print("  by kind:", dict(kinds))
    print("  by lang x kind:", {f"{k[0]}/{k[1]}": v for k, v in sorted(by.items())})
    return 0


if __name__ == "__main__":
    sys.exit(main())
