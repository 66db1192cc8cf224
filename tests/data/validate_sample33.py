"""Check sample-33 ("Ledger Lantern 2078") and questions-33.jsonl; exit 0 when every check passes.

Stdlib + python-docx + pypdf only. The builder imports FILTERS and COMPUTED from here, so the frozen
answer sets and the arithmetic answers come from the same code that checks them.

Key facts are looked up in each document's text as a careful reader would get it:
- Word files: every paragraph and every table cell read once (a row's cells joined with " | ");
- HTML with tags stripped and entities decoded (answers from the applicant portal must sit inside its <dl>
  definition list or its <details> accordions, not in the nav, intro or footer);
- Markdown and plain text as written;
- PDF text extracted page by page with pypdf.
Figures are compared after NFKC, Urdu digits read as ASCII, thousands separators dropped and whitespace
collapsed; at least one key fact of each programme question must also be found as written (whitespace collapsed
only) in one of its sources.
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
KB = HERE / "sample-33"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-33.jsonl"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OVERVIEW = "overview.md"  # the 2022 webinar, offices, cities with no office, abbreviations defined (feature 9)
FAQ = "faq-2078.docx"  # 1. Word FAQ without a table: bold "?" questions, Normal answers, "as above" answers
PORTAL = "applicant-portal.html"  # 2. <details>/<summary> accordions, <dl> definition list, nav, footer
SLIDES = "launch-night-slides-2078.pdf"  # 3. landscape slide export: big titles, bullets, slide numbers
PAYCAL = "payment-calendar-2078.txt"  # 4. fixed-width plain-text table, dashed rule, a wrapped cell
GRANTS = "grant-guidelines-2078.pdf"  # 5. grant table with *, † and [1] marks, footnotes at the page's end
FEE_V1 = "fee-schedule-2078-v1.md"  # the old version, left in the folder
FEE_V2 = "fee-schedule-2078-v2-final.md"  # 5. the live version, its fee table footnoted with * and †
AGENDA = "expo-agenda-shenzhen-2078.docx"  # 6. day-by-day expo agenda in Word tables with session times
ZH_DOCX = "zh-buyer-notice.docx"  # 7. Chinese key/value table, 一、/（一） headings, 万元, 年月日
UR_HTML = "ur-fees-and-helpline.html"  # 8. dir="rtl" lang="ur" page, Western and Urdu digits mixed
ROMAN = "roman-urdu-sms-broadcast.txt"  # 8. Roman Urdu phone message
UR_DOCX = "ur-application-guide.docx"  # Urdu right-to-left Word paragraphs: documents, desk holidays
CORR = "corrigendum-no1.md"  # changes 2 figures
PILOT = "pilot-round-2076-summary.md"  # the 2076 pilot round, a past edition
CRITERIA = "selection-criteria-2078.pdf"  # 9. numbered criteria with weights in per cent; "TEC" used alone
TOUR = "bank-site-visit-tour.md"  # the live bank site-visit tour page
TOUR_OLD = "bank-site-visit-tour-draft-superseded.md"  # the page marked superseded

DOCS = {
    OVERVIEW: "en",
    FAQ: "en",
    PORTAL: "en",
    SLIDES: "en",
    PAYCAL: "en",
    GRANTS: "en",
    FEE_V1: "en",
    FEE_V2: "en",
    AGENDA: "en",
    ZH_DOCX: "zh",
    UR_HTML: "ur",
    ROMAN: "ur-Latn",
    UR_DOCX: "ur",
    CORR: "en",
    PILOT: "en",
    CRITERIA: "en",
    TOUR: "en",
    TOUR_OLD: "en",
}
STALE_DOCS = {FEE_V1, TOUR_OLD}  # never an expected source
FEATURES = {
    1: [FAQ],
    2: [PORTAL],
    3: [SLIDES],
    4: [PAYCAL],
    5: [GRANTS, FEE_V2],
    6: [AGENDA],
    7: [ZH_DOCX],
    8: [UR_HTML, ROMAN],
    9: [CRITERIA, FAQ],
}

LANG_CODES = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}
ROMAN_URDU = re.compile(
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|batao|bata[od]|karne|karna|karoon|bhai|nahi|ka|ki|ke"
    r"|ko|se|aur|kaun|kaunsa|thi|tha|milegi|milti|hoga|chahiye|zaroori|raqam|pehle|pare|tak|hui|baje|deni|sakte)\b",
    re.I,
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
SPACES = {0x202F: " ", 0x2009: " ", 0x00A0: " ", 0x2007: " ", 0x2011: "-", 0x2010: "-"}
TRAD_ONLY = "夥務證資費間會員時週請點關與為處號開辦灣東將機場廣轉電館頁幣"

# Figures that are written somewhere but are not the live answer: never an expected key fact.
STALE = {
    "88,000": "Band B fee in fee schedule version 1, replaced by version 2 (final)",
    "220,000": "Band D fee in fee schedule version 1",
    "21,000": "extra-delegate fee in fee schedule version 1",
    "102,080": "Band B fee with sales tax computed from version 1",
    "31 March 2078": "closing date as printed on the launch slides, corrected by Corrigendum No. 1",
    "31 march": "closing date as printed, in the Roman Urdu message's 'pehle' aside",
    "3月31日": "closing date as printed, corrected by Corrigendum No. 1",
    "400,000": "MAG cap as printed in the grant guidelines, corrected by Corrigendum No. 1",
    "285,000": "tour package on the superseded draft page",
    "38,000": "single room supplement on the superseded draft page",
    "10 to 13 November": "tour dates on the superseded draft page",
    "60,000": "the 2076 pilot's flat fee (asked only side by side with the 2078 fee)",
}
STALE_OK = {"s33-mx-03": {"60,000"}}  # the pilot-vs-now question names the old fee on purpose
# Stale only for one question: the superseded page's full-refund date (31 August 2078 is live for fee refunds).
STALE_FOR = {"s33-mx-06": {"31 August": "full-refund date of the tour on the superseded draft page"}}

# The slides, as the builder draws them: (title, bullets); slide n carries "n / len(SLIDES_TEXT)".
SLIDES_TEXT = [
    (
        "Ledger Lantern 2078",
        [
            "The Pak\u2013China FinTech & Digital Banking Software Programme",
            "Launch Night: 14 January 2078",
            "Venue: Marina Convention Hall, Karachi",
            "Organised by PFSEC with CPDFA",
        ],
    ),
    (
        "Why China, why now",
        [
            "City commercial banks are replacing ageing core systems",
            "Licensed payment institutions need cross-border QR and wallet links",
            "Consumer-finance firms want scoring, collections and fraud tools",
        ],
    ),
    (
        "2078 at a glance",
        [
            "Up to 40 Pakistani firms selected",
            "120 Chinese buyers invited by CPDFA",
            "Bank site-visit tour: Hangzhou, Ningbo, Shaoxing",
            "Expo: Shenzhen, 8\u201310 November 2078",
        ],
    ),
    (
        "How to apply",
        [
            "Portal opens 15 January 2078",
            "Applications close 31 March 2078, 17:00 PKT",
            "Shortlisted firms pitch online to the TEC",
            "Results by e-mail to every applicant",
        ],
    ),
    (
        "Grants",
        [
            "Up to PKR 1.2 million in grants per firm in 2078",
            "Four grant types: market access, bank tour, compliance, sandbox",
            "Grants repay costs already paid; they are not advances",
        ],
    ),
    (
        "Contact",
        [
            "help@ledgerlantern.example",
            "Offices: Karachi, Lahore, Islamabad, Hangzhou, Shenzhen",
            "Partner desk: Dubai",
        ],
    ),
]


# The selection criteria, as the builder sets them: (number, item, weight in per cent).
CRITERIA_ITEMS = [
    ("1.", "Product maturity and live deployments at banks, microfinance banks or payment firms", 25),
    ("2.", "Security and compliance (PCI DSS, ISO 27001, State Bank of Pakistan rules)", 20),
    ("3.", "Fit for Chinese buyers (QR and wallet interoperability, Mandarin interface)", 20),
    ("4.", "Client references from banks or payment service providers", 15),
    ("5.", "Team and delivery capacity", 10),
    ("6.", "Export readiness and pricing for China", 10),
]


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
    """An HTML page's text as a browser shows it, with the text inside <dl> and <details> kept apart as well."""

    BLOCK = frozenset(
        "p div li tr td th h1 h2 h3 h4 h5 h6 br caption header footer main section table thead tbody ul ol "
        "title nav aside dl dt dd details summary".split()
    )
    SKIP = frozenset({"script", "style", "template", "noscript"})
    KEEP = frozenset({"dl", "details"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.inner, self.depth, self.in_inner = [], [], 0, 0
        self.tags = collections.Counter()
        self.attrs = {}

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag == "html":
            self.attrs = dict(attrs)
        if tag in self.SKIP:
            self.depth += 1
        if tag in self.KEEP:
            self.in_inner += 1
        if tag in self.BLOCK:
            self._add("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        if tag in self.BLOCK:
            self._add("\n")
        if tag in self.KEEP:
            self.in_inner -= 1

    def _add(self, s):
        self.parts.append(s)
        if self.in_inner:
            self.inner.append(s)

    def handle_data(self, data):
        if not self.depth:
            self._add(data)


def read_html(raw):
    p = ReaderHtml()
    p.feed(raw)
    p.close()
    return "".join(p.parts), "".join(p.inner), p


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


def doc_text(name, inner_only=False):
    """The text a reader gets from a document (see the module docstring)."""
    path = PROG / name
    if path.suffix == ".html":
        full, inner, _ = read_html(raw_text(name))
        text = inner if inner_only else full
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


# ----------------------------------------------------------------------------- computed answers
def c_en03(t):
    # 40 staff -> Band B (21-75): PKR 92,000 in the live version 2; the * footnote adds 16% sales tax.
    need(t, FEE_V2, "| B | 21–75 | PKR 92,000 | 2 |", "excluding the 16% sales tax on services")
    total = 92000 * 116 // 100
    return [f"{total:,}", f"PKR {total:,}", lakh(total)]


def c_en06(t):
    # 120 staff: the † footnote gives 45% (not 60%) of the PKR 310,000 tour package, under the PKR 250,000 cap.
    need(t, GRANTS, "60%†", "PKR 250,000", "† 60% only for firms with fewer than 50 full-time staff")
    need(t, GRANTS, "firms with 50 or more full-time staff receive 45%")
    need(t, TOUR, "Tour package: PKR 310,000 per delegate")
    grant = min(310000 * 45 // 100, 250000)
    return [f"{grant:,}", f"PKR {grant:,}", lakh(grant)]


def c_zh03(t):
    # An 80-person buyer (员工100人以下): 30% of a 15万元 pilot contract is 4.5万元, under the 5万元 cap.
    need(
        t,
        ZH_DOCX,
        "试点合同金额的25%（员工100人以下的采购方为30%）",
        "每家采购方最高8万元（员工100人以下的采购方最高5万元）",
    )
    grant = min(150000 * 30 // 100, 50000)
    return [f"{grant / 10000:g}万元", f"{grant / 10000:g}万", f"{grant:,}"]


COMPUTED = {
    "s33-en-03": c_en03,
    "s33-en-06": c_en06,
    "s33-zh-03": c_zh03,
}


# ----------------------------------------------------------------------------- directory filters
def has(cell, pattern):
    return any(re.search(pattern, item.strip(), re.I) for item in cell.split(";") if item.strip())


R_EKYC = r"\be-?KYC\b|electronic KYC|video KYC|NADRA|Verisys|customer onboarding|digital onboarding|身份核验|实名认证"
R_AML = r"\bAML\b|anti[- ]money[- ]laundering|transaction monitoring|sanctions screening|反洗钱"
R_BNPL = r"\bBNPL\b|buy now,? pay later|先买后付|instalment checkout"
R_ISLAMIC = r"islamic|shari'?a|takaful|murabaha|ijarah|qard hasan|sukuk|伊斯兰"
R_GATEWAY = r"payment gateway|acquiring|收单"
R_CORE = r"core banking|core system|核心系统|digital bank in a box"
R_FRAUD = r"fraud|device fingerprint|反欺诈"
R_PI = r"payment institution|第三方支付|支付机构"
R_QR = r"\bQR\b|instant payment|二维码|聚合支付"
R_REGTECH = r"regtech|regulatory (reporting|returns)|\bXBRL\b|CTR/STR|监管报送"
R_COLLECT = r"collection|recovery|dunning|delinquen|催收"
R_MICRO = r"microfinance|branchless|agent network|micro-?lending|小额贷款"
R_REMIT = r"remittance|\bFX\b|foreign exchange|汇款|跨境汇"
R_SCORE = r"credit scor|alternative[- ]data|scoring|信用评分"
R_POS = r"\bPOS\b|softPOS|tap[- ]to[- ]phone"
R_OPEN = r"open[- ]banking|\bAPI gateway|open[- ]API|开放银行"
R_RECON = r"reconcil|对账"
R_CHAIN = r"blockchain|distributed ledger|letters? of credit|\bL/?C\b|信用证|区块链"
R_LEASE = r"leasing|factoring|融资租赁|保理"
R_CARD = r"card management|card issuing|tokeni[sz]ation|\bCMS\b|发卡"


def svc(r, pattern):
    return has(r["services"], pattern)


def ind(r, pattern):
    return has(r["industries"], pattern)


def cert(r, pattern):
    return has(r["certifications"], pattern)


def staff(r):
    return int(r["employees"])


def year(r):
    return int(r["founded"])


FILTERS = {
    "s33-en-11": lambda r: svc(r, R_EKYC),
    "s33-en-12": lambda r: svc(r, R_AML) and staff(r) > 500,
    "s33-en-13": lambda r: svc(r, R_BNPL),
    "s33-en-14": lambda r: r["name"] == "Kite (Pvt) Ltd",
    "s33-en-15": lambda r: r["country"] == "CN" and (svc(r, r"city commercial bank|城市商业银行")),
    "s33-zh-10": lambda r: svc(r, R_ISLAMIC),
    "s33-zh-11": lambda r: svc(r, R_GATEWAY) and cert(r, r"PCI DSS"),
    "s33-zh-12": lambda r: svc(r, R_CORE) and year(r) < 2015,
    "s33-zh-13": lambda r: svc(r, R_FRAUD) and r["city"] == "Lahore",
    "s33-zh-14": lambda r: r["country"] == "CN" and svc(r, R_PI),
    "s33-ur-08": lambda r: svc(r, R_QR) and r["country"] == "PK",
    "s33-ur-09": lambda r: svc(r, R_REGTECH) and r["certifications"].strip().lower() == "none",
    "s33-ur-10": lambda r: svc(r, R_COLLECT),
    "s33-ur-11": lambda r: svc(r, R_MICRO) and r["pitched_at_webinar"] == "yes",
    "s33-ul-07": lambda r: svc(r, R_REMIT) and staff(r) < 50,
    "s33-ul-08": lambda r: svc(r, R_SCORE),
    "s33-ul-09": lambda r: svc(r, R_POS) and r["city"] == "Karachi",
    "s33-ul-10": lambda r: svc(r, R_OPEN) and year(r) > 2018,
    "s33-mx-07": lambda r: svc(r, R_RECON) and r["city"] in ("Islamabad", "Rawalpindi"),
    "s33-mx-08": lambda r: svc(r, R_CHAIN),
    "s33-mx-09": lambda r: r["country"] == "CN" and (svc(r, R_LEASE) or ind(r, R_LEASE)),
    "s33-mx-10": lambda r: svc(r, R_CARD) and cert(r, r"ISO 27001"),
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
    "s33-en-16": [r"early[- ]?bird", r"discount", r"折扣", r"优惠", r"رعایت"],
    "s33-en-17": [r"Sukkur", r"سکھر", r"苏库尔"],
    "s33-zh-15": [r"gala", r"dinner", r"banquet", r"award", r"晚宴", r"颁奖", r"宴会"],
    "s33-zh-16": [r"per night", r"a night", r"nightly", r"room rate", r"每晚", r"房价", r"فی رات"],
    "s33-ur-12": [r"visa fee", r"visa charge", r"visa cost", r"签证费", r"ویزا فیس", r"ویزا کی فیس"],
    "s33-ul-11": [r"road ?show", r"路演", r"روڈ شو"],
    "s33-mx-11": [r"shuttle", r"pick-?up", r"接机", r"接送", r"airport transfer"],
    "s33-mx-12": [r"spouse", r"famil(y|ies)", r"accompan", r"家属", r"配偶", r"اہل خانہ"],
}
# Lines no programme document may hold with all of these patterns.
NEAR_MISS_LINES = {
    "s33-en-18": (r"2076|pilot", r"application fee|processing fee|申请费|درخواست کی فیس"),
    "s33-ul-12": (r"2076", r"\d+ (chinese )?buyers\b|buyers (came|attended|took part)|采购方\d+"),
}


def mentions(stale, answer):
    """Whether an answer holds a stale figure or date (digit-bounded, so 60,000 is not found in 260,000)."""
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
    for suf, least in ((".md", 3), (".txt", 2), (".html", 2), (".docx", 3), (".pdf", 2)):
        c.ok(suffixes[suf] >= least, f"formats {dict(suffixes)}")
    return texts


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
        "There is no Ledger Lantern office in Quetta, Peshawar, Multan, Faisalabad, Beijing, Shanghai or Guangzhou.",
        "Partner desk, Dubai",
    ):
        c.ok(s in ov, f"overview lacks {s!r}")
    every = "\n".join(texts.values())
    c.ok(re.search(r"[\w.-]+@[\w.-]+\.(?!example\b)[a-z]+\b", every) is None, "an e-mail domain not .example")
    c.ok(re.search(r"https?://(?![\w.-]+\.example\b)", every) is None, "a web address does not end in .example")
    for name in DOCS:
        if (PROG / name).suffix == ".html":
            c.ok(re.search(r"https?://(?![\w.-]+\.example\b)", raw_text(name)) is None, f"{name}: non-.example link")

    # two versions of the fee schedule: three figures differ, said only by the version/date line
    v1, v2 = raw_text(FEE_V1), raw_text(FEE_V2)
    l1, l2 = v1.splitlines(), v2.splitlines()
    c.ok(len(l1) == len(l2), "fee schedule: versions differ in length")
    changed = [(a, b) for a, b in zip(l1, l2) if a != b]
    c.ok(len(changed) == 4, f"fee schedule: {len(changed)} lines differ, expected the date line and 3 figures")
    if len(changed) == 4:
        c.ok(
            "Version 1 · 12 January 2078" in changed[0][0] and "Version 2 (final) · 3 February 2078" in changed[0][1],
            "fee schedule: version/date line",
        )
        pairs = [(figures(a), figures(b)) for a, b in changed[1:]]
        c.ok(
            pairs
            == [(["PKR 88,000"], ["PKR 92,000"]), (["PKR 220,000"], ["PKR 235,000"]), (["PKR 21,000"], ["PKR 24,000"])],
            f"fee schedule: changed figures {pairs}",
        )

    # 1. Word FAQ without a table
    d = docx.Document(str(PROG / FAQ))
    c.ok(len(d.tables) == 0 and "<w:tbl>" not in docx_xml(PROG / FAQ), "faq: must have no table")
    paras = [p for p in d.paragraphs if p.text.strip()]
    qs = [p for p in paras if p.text.rstrip().endswith("?") and p.runs and all(r.bold for r in p.runs)]
    c.ok(len(qs) >= 8, f"faq: {len(qs)} bold questions")
    for p in qs:
        c.ok(p.style.name == "Normal", f"faq: question {p.text[:30]!r} is not a Normal paragraph")
    idx = {id(p._p): i for i, p in enumerate(paras)}
    for p in qs:
        i = idx[id(p._p)]
        answers = []
        for q in paras[i + 1 :]:
            if q in qs or any(q._p is x._p for x in qs):
                break
            answers.append(q)
        c.ok(1 <= len(answers) <= 3, f"faq: {p.text[:40]!r} has {len(answers)} answer paragraphs")
        c.ok(all(not any(r.bold for r in a.runs) and a.style.name == "Normal" for a in answers), "faq: answers")
    ft = texts[FAQ]
    c.ok("As above, but for band C the half refund is PKR 74,000" in ft, "faq: 'as above' answer")
    c.ok("PKR 74,000" not in ft.split("As above")[0], "faq: band C refund must be only in the 'as above' answer")

    # 2. HTML with accordions and a definition list
    raw = raw_text(PORTAL)
    _full, _inner, parser = read_html(raw)
    for tag in ("details", "summary", "dl", "dt", "dd", "nav", "footer"):
        c.ok(parser.tags[tag] >= 1, f"portal: no <{tag}>")
    c.ok(parser.tags["details"] >= 3 and parser.tags["dt"] >= 5, "portal: too few accordions / terms")
    dl = raw[raw.index("<dl") : raw.index("</dl>")]
    c.ok(re.search(r"<dt>Application fee</dt>\s*<dd>PKR 9,500", dl) is not None, "portal: fee in the <dl>")
    acc = re.findall(r"<details>(.*?)</details>", raw, re.S)
    sandbox = [a for a in acc if "sandbox" in a]
    c.ok(sandbox and "90 days" in sandbox[0] and "synthetic test data" in sandbox[0], "portal: sandbox accordion")
    outside = re.sub(r"<details>.*?</details>|<dl.*?</dl>", "", raw, flags=re.S)
    for s in ("9,500", "90 days", "synthetic"):
        c.ok(s not in outside, f"portal: {s!r} outside the accordions / definition list")

    # 3. slides PDF: landscape pages, large title, bullets, slide number
    reader = pypdf.PdfReader(str(PROG / SLIDES))
    pages = pdf_pages(PROG / SLIDES)
    c.ok(len(reader.pages) == len(SLIDES_TEXT), f"slides: {len(reader.pages)} pages")
    for n, (pg, text) in enumerate(zip(reader.pages, pages), 1):
        box = pg.mediabox
        c.ok(float(box.width) > float(box.height) and "/Rotate" not in pg, f"slide {n}: not a landscape page")
        c.ok(re.search(rf"(?m)^\s*{n} / {len(SLIDES_TEXT)}\s*$", text) is not None, f"slide {n}: no slide number")
        title, bullets = SLIDES_TEXT[n - 1]
        c.ok(text.lstrip().startswith(title), f"slide {n}: title first")
        c.ok(3 <= len(bullets) <= 6 and all(f"\u2022 {b}" in text for b in bullets), f"slide {n}: bullets")
        content = pg.get_contents().get_data().decode("latin-1")
        sizes = [float(s) for s in re.findall(r"/F\d ([\d.]+) Tf", content)]
        c.ok(sizes and sizes[0] >= 28 and max(sizes[1:]) <= 20, f"slide {n}: the title is not the large text")

    # 4. fixed-width plain-text table
    lines = raw_text(PAYCAL).splitlines()
    hi = next((i for i, ln in enumerate(lines) if ln.startswith("Due date ")), None)
    if c.ok(hi is not None, "paycal: no header"):
        head, rule = lines[hi], lines[hi + 1]
        c.ok(re.fullmatch(r"-+( {2}-+){3}", rule) is not None, "paycal: dashed rule under the header")
        starts = [m.start() for m in re.finditer(r"-+", rule)]
        for col, word in zip(starts, ("Due date", "Band", "What is due", "Amount")):
            c.ok(head[col : col + len(word)] == word and head[col - 1 : col] in ("", " "), f"paycal: {word!r}")
        body = []
        for ln in lines[hi + 2 :]:
            if not ln.strip():
                break
            body.append(ln)
        full_rows = [ln for ln in body if all(ln[s - 2 : s] in ("  ", "") and ln[s : s + 1].strip() for s in starts)]
        wrapped = [ln for ln in body if ln not in full_rows]
        c.ok(len(full_rows) >= 8, f"paycal: {len(full_rows)} aligned rows")
        c.ok(wrapped == ["the selection letter"] * 3, f"paycal: wrapped cells {wrapped}")
        c.ok(all(len(w) < starts[1] for w in wrapped), "paycal: a wrapped cell must stay in its column")
        c.ok(any(ln.startswith("15 September 2078") and " D " in ln for ln in full_rows), "paycal: Band D third")

    # 5. footnote marks: grant PDF and fee schedule
    gt = texts[GRANTS]
    for mark in ("PKR 400,000*", "60%†", "50%[1]"):
        c.ok(mark in gt, f"grants: no mark {mark!r}")
    foot = gt.rfind("* Per firm")
    c.ok(foot > gt.rfind("Sandbox Integration Grant"), "grants: footnotes after the table")
    for note in ("* Per firm", "† 60% only for firms with fewer than 50", "[1] 70% for firms whose head office"):
        c.ok(note in gt[foot:], f"grants: footnote {note!r} not at the end")
    c.ok(len(pdf_pages(PROG / GRANTS)) == 1, "grants: one page")
    fv = texts[FEE_V2]
    c.ok("| Participation fee* |" in fv and "PKR 24,000*†" in fv and "| 2† |" in fv, "fee v2: marks")
    c.ok(fv.rstrip().endswith("up to two per firm.") and "\\* All fees are shown excluding" in fv, "fee v2: footnotes")

    # 6. agenda with session times
    ag = docx.Document(str(PROG / AGENDA))
    c.ok(len(ag.tables) == 3, "agenda: one table per day")
    heads = [p.text for p in ag.paragraphs if p.style.name.startswith("Heading")]
    for day in (
        "Day 1 — Tuesday 8 November 2078",
        "Day 2 — Wednesday 9 November 2078",
        "Day 3 — Thursday 10 November 2078",
    ):
        c.ok(day in heads, f"agenda: heading {day!r}")
    times = 0
    for t in ag.tables:
        c.ok([cl.text for cl in t.rows[0].cells] == ["Time", "Session", "Room", "Speaker"], "agenda: table header")
        for row in t.rows[1:]:
            ok = re.fullmatch(r"\d\d:\d\d–\d\d:\d\d", row.cells[0].text) is not None
            c.ok(ok, f"agenda: time {row.cells[0].text!r}")
            times += ok
    c.ok(times >= 10, f"agenda: {times} sessions")

    # 7. Chinese Word key/value table
    zd = docx.Document(str(PROG / ZH_DOCX))
    zt = texts[ZH_DOCX]
    c.ok(len(zd.tables) == 1 and len(zd.tables[0].columns) == 2, "zh: one two-column table")
    kv = zd.tables[0]
    c.ok([cl.text for cl in kv.rows[0].cells] == ["项目", "内容"], "zh: table header 项目/内容")
    c.ok(len(kv.rows) >= 10, "zh: key/value rows")
    zheads = [p.text for p in zd.paragraphs if p.style.name.startswith("Heading")]
    c.ok(sum(bool(re.match(r"[一二三四五六]、", h)) for h in zheads) >= 3, "zh: 一、 headings")
    c.ok(sum(bool(re.match(r"（[一二三四]）", h)) for h in zheads) >= 2, "zh: （一） headings")
    c.ok(len(re.findall(r"\d+(?:\.\d+)?万元", zt)) >= 3, "zh: 万元 amounts")
    c.ok(len(re.findall(r"2078年\d{1,2}月\d{1,2}日", zt)) >= 4, "zh: 年月日 dates")
    table_text = "\n".join(" | ".join(cl.text for cl in row.cells) for row in kv.rows)
    for s in ("2078年11月9日", "1.2万元", "2078年9月30日", "每家采购方最高8万元"):
        c.ok(s in table_text, f"zh: {s!r} not in the key/value table")

    # 8. Urdu HTML and the Roman Urdu message
    uraw = raw_text(UR_HTML)
    _, _, up = read_html(uraw)
    c.ok(up.attrs.get("dir") == "rtl" and up.attrs.get("lang") == "ur", "ur html: dir/lang")
    c.ok(up.tags["table"] == 1 and up.tags["h1"] == 1 and up.tags["h2"] >= 2, "ur html: table and headings")
    ut = texts[UR_HTML]
    c.ok(re.search(r"[۰-۹]", ut) and re.search(r"[0-9]", ut), "ur html: Urdu and Western digits")
    c.ok("۵۵,۰۰۰ روپے" in ut and "92,000 روپے" in ut and "صبح ۹ بجے سے شام ۶ بجے تک" in ut, "ur html: figures")
    c.ok(all(re.search(ARABIC, h) for h in re.findall(r"<h[12]>(.*?)</h[12]>", uraw)), "ur html: Urdu headings")
    rt = texts[ROMAN]
    c.ok(sum(ch.isupper() for ch in rt.replace("PFSEC", "")) <= 4, "roman: lower case as typed on a phone")
    c.ok("9.5k hai" in rt and "14 april tak" in rt and "30 june tak" in rt, "roman urdu: figures as typed")

    # 9. abbreviations defined once and used alone elsewhere
    for full_name, short in (("Technical Evaluation Committee", "TEC"), ("Programme Management Unit", "PMU")):
        c.ok(f"{full_name} ({short})" in texts[OVERVIEW], f"overview: {short} not defined")
        holders = [n for n, t in texts.items() if full_name.lower() in t.lower()]
        c.ok(holders == [OVERVIEW], f"{full_name} spelled out in {holders}")
        users = [n for n, t in texts.items() if re.search(rf"\b{short}\b", t) and n != OVERVIEW]
        c.ok(len(users) >= 2, f"{short} used alone only in {users}")
    c.ok(re.search(r"\bTEC\b", texts[CRITERIA]) and re.search(r"\bTEC\b", texts[FAQ]), "TEC: criteria and FAQ")

    # the Urdu Word file is right to left
    uxml = docx_xml(PROG / UR_DOCX)
    c.ok(uxml.count("<w:bidi/>") >= 10 and "<w:rtl/>" in uxml, "ur docx: not RTL")
    c.ok("۱۴ اگست" in texts[UR_DOCX], "ur docx: holiday dates in Urdu digits")

    # corrigendum, superseded page, selection criteria
    cor = texts[CORR]
    c.ok("| As printed | Corrected to |" in cor, "corrigendum: table")
    c.ok("**14 April 2078, 17:00 PKT**" in cor and "**PKR 450,000**" in cor, "corrigendum: the two corrections")
    c.ok(cor.count("**") == 4, "corrigendum: exactly two figures changed")
    c.ok("31 March 2078" in texts[SLIDES] and "PKR 400,000" in texts[GRANTS], "stale figures must stay printed")
    told = texts[TOUR_OLD]
    c.ok(told.startswith("# SUPERSEDED") and "This page is superseded." in told, "tour draft: marked superseded")
    c.ok("PKR 285,000" in told and "10 to 13 November 2078" in told, "tour draft: old figures")
    c.ok("this page replaces" in texts[TOUR] and "PKR 310,000" in texts[TOUR], "tour: live page")
    crit = norm(texts[CRITERIA])
    c.ok(sum(w for _, _, w in CRITERIA_ITEMS) == 100, "criteria: weights do not add up to 100")
    for num, item, w in CRITERIA_ITEMS:
        c.ok(f"{num} {item} {w}%" in crit, f"criteria: item {num} with its weight")


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
        c.ok(re.fullmatch(r"(19|20)\d\d", r["founded"]) is not None and int(r["founded"]) <= 2078, f"founded {cid}")
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
        c.ok(not r["name_zh"] or re.search(HAN, r["name_zh"]), f"{cid}: name_zh not Chinese")
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
    c.ok(any(r["name"] == "Kite (Pvt) Ltd" for r in rows), "no company named with a common word")
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
    kinds_of_stale = {
        k for q in items if "stale" in q["note"] for k in ("v1", "corrigendum", "superseded", "2076") if k in q["note"]
    }
    c.ok(kinds_of_stale == {"v1", "corrigendum", "superseded", "2076"}, f"stale kinds asked {kinds_of_stale}")
    company_names = [r["name"] for r in rows]
    used_sources = collections.Counter()
    live = {name: canon(t) for name, t in texts.items()}
    written = {name: norm(t) for name, t in texts.items()}
    portal_inner = canon(doc_text(PORTAL, inner_only=True))
    for q in items:
        qid = q["id"]
        c.ok(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        m = re.fullmatch(r"s33-(en|zh|ur|ul|mx)-(\d\d)", qid)
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
                where = [s for s in srcs if canon(a) in (portal_inner if s == PORTAL else live[s])]
                c.ok(where, f"{qid}: answer {a!r} not in {q['expected_sources']} (portal: <dl>/<details> only)")
                verbatim = verbatim or any(norm(a) in written[s] for s in srcs)
            c.ok(verbatim or not [a for a in q["answer_must_contain_any"] if a not in computed], f"{qid}: verbatim")
            first = q["expected_sources"][0] if q["expected_sources"] else None
            if first in DOCS and DOCS[first] == "zh":
                c.ok(any(re.search(HAN, a) for a in q["answer_must_contain_any"]), f"{qid}: no Chinese form")
            if first in DOCS and DOCS[first] == "ur":
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
    # feature 9: a question asks with the full name, its answer sits where only the short form is used
    f9 = [q for q in items if "feature 9" in q["note"]]
    c.ok(any(re.search(r"technical evaluation committee|技术评审委员会", q["question"], re.I) for q in f9), "f9 asks")
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
    print(f"sample-33 OK: {len(DOCS)} documents, {len(rows)} companies, {len(items)} questions")
    print("  by lang:", dict(langs))
    print("  by kind:", dict(kinds))
    print("  by lang x kind:", {f"{k[0]}/{k[1]}": v for k, v in sorted(by.items())})
    for n, docs in FEATURES.items():
        print(f"  feature {n} ({', '.join(docs)}):", [q["id"] for q in items if f"feature {n}" in q["note"]])
    print("  stale-figure questions:", [q["id"] for q in items if q["kind"] == "programme" and "stale" in q["note"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
