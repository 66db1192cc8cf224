"""Check sample-35 ("Echo Orchard 2081") and questions-35.jsonl; exit 0 when every check passes.

Stdlib + python-docx + pypdf only. The builder imports FILTERS and COMPUTED from here, so the frozen
answer sets and the arithmetic answers come from the same code that checks them.

Key facts are looked up in each document's text as a careful reader would get it:
- Word files: every paragraph and every table cell read once (a row's cells joined with " | ");
- HTML with tags stripped and entities decoded, block elements and table cells on lines of their own;
- Markdown and plain text as written;
- PDF text extracted page by page with pypdf.
Every key fact of a programme question must be found as written (whitespace collapsed) in one of its expected
sources; figures are also compared after NFKC, Urdu digits read as ASCII and thousands separators dropped, which is
how stale figures are looked for in the answers.
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
KB = HERE / "sample-35"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
README = KB / "README.md"
QUESTIONS = HERE / "questions-35.jsonl"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

OVERVIEW = "programme-overview.md"  # the 2022 webinar, organisers, offices, cities with no office, helpline, holidays
DECK = "briefing-deck-2081.pdf"  # 1. slide deck exported to PDF: landscape pages, one title each, terse bullets
FAQ = "applicant-faq.md"  # 2. Markdown FAQ: question headings, answers that refer back ("Same as Q3, except")
FORM = "programme-desk-information.docx"  # 3. Word form: two-column label | value table, empty values, one N/A
PRESS = "press-release-launch-night.txt"  # 4. press release: dateline, a quote with a figure, About ..., ###
CALENDAR = "programme-calendar-2081.html"  # 5. HTML calendar table: a CANCELLED <del> row and a TBC row
ZH_RULES = "zh-buyer-participation-rules.docx"  # 6. Chinese Word articles 第…条 / 款, 万元 and 元, a disapplied article
UR_HTML = "ur-applicant-guide.html"  # 7. Urdu HTML page: dir="rtl", Urdu tables, Urdu digits, an Urdu-only fact
CALL = "helpline-call-transcript-2081-05-02.txt"  # 8. Roman Urdu call transcript: the agent corrects a figure
FEES = "fee-schedule-2081.md"  # 9. fee table whose amounts carry *, ¹, † and footnotes below the table
CORR = "correction-notice-no-1.md"  # changes 2 figures
PILOT = "pilot-round-2079-report.md"  # the 2079 pilot round, a past edition whose figures differ
AGENDA = "hangzhou-cx-expo-agenda-2081.pdf"  # day-by-day expo agenda: a table of sessions per day, the site visit
LISTEN = "listening-test-day.html"  # the live Listening Test Day page
LISTEN_OLD = "listening-test-day-draft-superseded.html"  # the page marked superseded
CRIT_OLD = "selection-criteria-2081.docx"  # the old version of the selection criteria
CRIT_NEW = "selection-criteria-2081-revised.docx"  # the later version (named so)
UR_POLICY = "ur-call-recording-policy.docx"  # Urdu right-to-left Word paragraphs: the call-recording retention rule

DOCS = {
    OVERVIEW: "en",
    DECK: "en",
    FAQ: "en",
    FORM: "en",
    PRESS: "en",
    CALENDAR: "en",
    ZH_RULES: "zh",
    UR_HTML: "ur",
    CALL: "ur-Latn",
    FEES: "en",
    CORR: "en",
    PILOT: "en",
    AGENDA: "en",
    LISTEN: "en",
    LISTEN_OLD: "en",
    CRIT_OLD: "en",
    CRIT_NEW: "en",
    UR_POLICY: "ur",
}
STALE_DOCS = {LISTEN_OLD, CRIT_OLD}  # never an expected source
FEATURES = {
    1: [DECK],
    2: [FAQ],
    3: [FORM],
    4: [PRESS],
    5: [CALENDAR],
    6: [ZH_RULES],
    7: [UR_HTML],
    8: [CALL],
    9: [FEES],
}

LANG_CODES = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}
ROMAN_URDU = re.compile(
    r"\b(hai|hain|hoon|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|hoga|hogi|batao|bata|karne|karna|karein|karun"
    r"|karta|bhai|yaar|nahi|ka|ki|ke|ko|se|aur|kaun|kis|thi|tha|thay|milega|milenge|milti|chahiye|pehle|tak|baje"
    r"|sakta|sakti|bani|khuli|hoti|lagayein|kaise|hamari|hamara|warna|agar|bohat|jee|acha|theek|dekhta|wapas|paise)\b",
    re.I,
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"), None)
SPACES = {0x202F: " ", 0x2009: " ", 0x00A0: " ", 0x2007: " ", 0x2011: "-", 0x2010: "-"}
TRAD_ONLY = "夥務證資費間會員時週請點關與為處號開辦灣東將機場廣轉電館頁幣講話買條"

# Figures that are written somewhere but are not the live answer: never an expected key fact.
STALE = {
    "31 May": "closing date as printed in the deck and the press release, corrected by Correction Notice No. 1",
    "450,000": "travel grant cap as printed in the deck, corrected by Correction Notice No. 1",
    "450k": "travel grant cap as the deck prints it, corrected by Correction Notice No. 1",
    "17 October": "Listening Test Day date on the superseded draft page",
    "12 test contacts": "test contacts per firm on the superseded draft page",
    "75 out of 100": "pass mark on the superseded draft page",
    "10:30 to 14:30": "test window on the superseded draft page",
    "2–4 July": "the cancelled in-person shortlist interviews",
    "800元": "the buyer registration fee of 第五条, which 第十一条 disapplies",
    "47,500": "a 50% refund of PKR 95,000, from the agent's first, wrong answer",
    "PKR 800,000": "total grants per firm in the 2079 pilot",
    "180 days": "how long the 2079 pilot kept call recordings",
    "۱۸۰ دن": "how long the 2079 pilot kept call recordings, as the Urdu policy recalls it",
    "14 firms": "firms selected in the 2079 pilot",
    "PKR 75,000": "the 2079 pilot's flat participation fee (asked only side by side with the 2081 fee)",
    "Shenzhen Service Outsourcing Fair": "the 2079 pilot's fair (asked only side by side with the 2081 expo)",
}
STALE_OK = {"s35-ul-06": {"PKR 75,000"}, "s35-mx-03": {"Shenzhen Service Outsourcing Fair"}}
# Stale only for one question (the same words are live elsewhere).
STALE_FOR = {
    "s35-zh-06": {"15%": "the old version's weight for data protection", "60%": "the old version's threshold"},
    "s35-ur-07": {"30%": "the old version's weight for language quality", "۳۰": "the old weight in Urdu digits"},
    "s35-ul-01": {"50 percent": "the agent's first, wrong refund share", "50%": "the agent's first refund share"},
    "s35-en-07": {"10 test contacts": "the 2079 pilot's listening test"},
}

# ----------------------------------------------------------------------------- document content the builder writes
# 1. the slide deck: (title, bullets); a bullet is (level, text), level 0 "•", level 1 "–"
DECK_SLIDES = [
    (
        "Echo Orchard 2081",
        [
            (0, "Pak–China contact centre, CX & language software"),
            (0, "PACEX (Lahore) + CCCIA (Hangzhou)"),
            (0, "Applicant briefing · January 2081"),
        ],
    ),
    (
        "Who can apply",
        [
            (0, "SECP-registered Pakistani firms"),
            (0, "CCaaS, IVR, voice bots, chatbots"),
            (0, "Speech-to-text / TTS: Urdu, Mandarin, English"),
            (0, "Call recording, QM, WFM, CRM, ticketing"),
            (0, "Translation, subtitling, MTPE, back-office BPO"),
            (0, "Min. 1 agent seat | no upper limit"),
        ],
    ),
    (
        "Fee bands (agent seats)",
        [
            (0, "Seats 1–10 | PKR 45k"),
            (0, "Seats 11–50 | PKR 95k"),
            (0, "Seats 51–200 | PKR 180k"),
            (0, "Seats 201+ | PKR 290k"),
            (1, "+ 16 % sales tax"),
            (0, "Application fee: PKR 6k"),
            (0, "Live-call demo booth (L, XL only): + PKR 30k"),
        ],
    ),
    (
        "Grants (1/2)",
        [
            (0, "Travel (flights + hotels, 2 delegates)"),
            (1, "Share: 50 %"),
            (1, "Cap: PKR 450k"),
            (0, "Demo line (China-reachable number)"),
            (1, "Share: 70 %"),
            (1, "Cap: PKR 120k"),
        ],
    ),
    (
        "Grants (2/2)",
        [
            (0, "Certification audit (PCI DSS / ISO 27001)"),
            (1, "Share: 40 %"),
            (1, "Cap: PKR 600k"),
            (0, "Localisation (Mandarin IVR prompts, UI, scripts)"),
            (1, "Share: 60 %"),
            (1, "Cap: PKR 350k"),
            (0, "Total / firm: PKR 1.2 m"),
        ],
    ),
    (
        "Key dates",
        [
            (0, "Portal opens: 23 Jan 2081"),
            (0, "Applications close: 31 May 2081"),
            (0, "Interviews: July (online)"),
            (0, "Results: 25 Jul 2081"),
            (0, "Expo: 13–15 Oct 2081"),
            (0, "Listening Test Day: 16 Oct 2081"),
        ],
    ),
    (
        "Hangzhou CX & Contact Centre Expo",
        [
            (0, "Qiantang International Expo Centre"),
            (0, "Pakistan Pavilion: Hall 3B"),
            (0, "13–15 Oct 2081"),
            (0, "Stand share: 6 m² / firm"),
            (0, "Buyer matchmaking: Day 2"),
            (0, "Site visit: Day 3 afternoon"),
        ],
    ),
    (
        "Listening Test Day",
        [
            (0, "16 Oct 2081 | CCCIA test lab, Binjiang"),
            (0, "Mystery shoppers = buyers' QA teams"),
            (0, "15 test contacts / firm (10 voice, 5 chat)"),
            (0, "Window: 09:00–13:00 CST"),
            (0, "Pass mark: 80 / 100"),
        ],
    ),
    (
        "Contacts",
        [
            (0, "Helpline: 0800-32467"),
            (0, "help@echoorchard.example"),
            (0, "Desks: Lahore · Karachi · Islamabad"),
            (0, "China: Hangzhou · Shenzhen"),
            (0, "Partner desk: Dubai"),
        ],
    ),
]

# 3. the Word form: label | value ("" = left empty)
FORM_ROWS = [
    ("Programme", "Echo Orchard 2081"),
    ("Organiser", "Pakistan Association of Customer Experience Exporters (PACEX)"),
    ("Chinese partner", "China Contact Centre Industry Alliance (CCCIA)"),
    ("Helpline", "0800-32467 (toll-free in Pakistan)"),
    ("Helpline from abroad", "+92 42 3578 0146"),
    ("Desk hours", "Monday–Friday 09:00–17:00 PKT"),
    ("Saturday", "10:00–14:00 PKT, helpline only (desks closed)"),
    ("E-mail", "help@echoorchard.example"),
    ("WhatsApp", ""),
    ("Fax", "N/A"),
    ("Lahore head office", "4th floor, Mall View Plaza, Gulberg III, Lahore"),
    ("Karachi desk", "Suite 9, Faisal Arcade, Shahrah-e-Faisal, Karachi"),
    ("Islamabad desk", "Office 12, Jinnah Avenue, Blue Area, Islamabad"),
    ("CCCIA secretariat", "Binjiang District, Hangzhou; tel. +86 571 8650 2281"),
    ("Shenzhen liaison office", "Nanshan District, Shenzhen"),
    ("Dubai partner desk", "Dubai Internet City; dubai-desk@echoorchard.example"),
    ("Expo emergency line (13–16 October)", "+86 138 0571 4402"),
    ("Data protection officer", "dpo@echoorchard.example"),
    ("Complaints officer", ""),
    ("Form last updated", "10 March 2081"),
]

# the selection criteria, old version and revised: (number, criterion, weight in per cent)
CRITERIA_HEAD = ["No.", "Criterion", "Weight"]
CRITERIA_NEW = [
    ("1", "Language quality in Urdu, Mandarin and English (voice and text)", 25),
    ("2", "Platform and technology maturity", 20),
    ("3", "Data protection and PCI DSS compliance", 20),
    ("4", "Experience with Chinese or cross-border clients", 15),
    ("5", "Seat capacity and workforce management", 10),
    ("6", "Pricing for Chinese buyers", 10),
]
CRITERIA_OLD = [
    ("1", "Language quality in Urdu, Mandarin and English (voice and text)", 30),
    ("2", "Platform and technology maturity", 20),
    ("3", "Data protection and PCI DSS compliance", 15),
    ("4", "Experience with Chinese or cross-border clients", 15),
    ("5", "Seat capacity and workforce management", 10),
    ("6", "Pricing for Chinese buyers", 10),
]
THRESHOLD_NEW, THRESHOLD_OLD = 65, 60


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
    """An HTML page's text as a browser shows it (block tags break lines, table cells apart), and its tags."""

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

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag == "html":
            self.attrs = dict(attrs)
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
    return "".join(p.parts), p


class TableGrid(html.parser.HTMLParser):
    """The rows of an HTML page's tables as written: each <tr> a list of (tag, attrs, text, inner tags) cells."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = [tag, dict(attrs), "", set()]
        elif self.cell is not None:
            self.cell[3].add(tag)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.cell[2] = norm(self.cell[2])
            self.rows[-1].append(tuple(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[2] += data


def html_rows(raw):
    g = TableGrid()
    g.feed(raw)
    g.close()
    return g.rows


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


def need(texts, name, *strings):
    for s in strings:
        if norm(s) not in norm(texts[name]):
            raise AssertionError(f"{name} no longer states {s!r}")


def money(n):
    return [f"{n:,}", f"PKR {n:,}", str(n)]


# ----------------------------------------------------------------------------- computed answers
def fee_table(t):
    """Band -> participation fee in PKR, read from the fee schedule's footnoted table (marks stripped)."""
    out = {}
    for line in t[FEES].splitlines():
        m = re.match(r"\| (S|M|L|XL) \| [^|]+ \| PKR ([\d,]+)[*¹†]* \|", line)
        if m:
            out[m.group(1)] = int(m.group(2).replace(",", ""))
    return out


def c_en03(t):
    # 35 agent seats -> Band M (11-50), PKR 95,000; footnote *: plus sales tax at 16% -> 110,200.
    need(t, FEES, "| M | 11–50 | PKR 95,000* | 2 |", "Excluding sales tax on services at 16%")
    fee = fee_table(t)["M"]
    assert fee == 95000, fee
    return money(fee * 116 // 100)


def c_en05(t):
    # Travel grant: 50% of PKR 1,000,000 = 500,000, under the corrected cap of PKR 520,000 (the deck's 450k is stale).
    need(t, DECK, "Share: 50 %", "Cap: PKR 450k")
    need(t, CORR, "Travel grant: cap per firm | PKR 450,000 | **PKR 520,000** |")
    return money(min(1_000_000 * 50 // 100, 520_000))


def c_mx02(t):
    # 120 seats -> Band L, PKR 180,000; footnote ¹: a live-call demo booth adds PKR 30,000 -> 210,000 before tax.
    need(t, FEES, "| L | 51–200 | PKR 180,000*¹ | 2 |", "Plus a surcharge of PKR 30,000 if the firm books a live-call")
    return money(fee_table(t)["L"] + 30_000)


def c_mx06(t):
    # Band XL, PKR 290,000, pays 60% as its first instalment -> 174,000.
    need(t, FAQ, "Bands L and XL may pay in two instalments: 60% within 10 days of the selection letter")
    return money(fee_table(t)["XL"] * 60 // 100)


def c_ul01(t):
    # 40 seats -> Band M, PKR 95,000 paid in full; withdrawing in July (by 31 July) returns 75% -> 71,250.
    need(t, CALL, "us ka 75 percent wapas hota hai")
    need(t, FEES, "gets back 75% of the participation fee it has paid if it withdraws on or before 31 July 2081")
    return money(fee_table(t)["M"] * 75 // 100)


def c_zh02(t):
    # 第六条: 15% of a 16万元 pilot contract = 2.4万元 (24,000元), under the 3万元 cap and above the 5万元 floor.
    need(t, ZH_RULES, "联盟按合同金额的15%给予奖励", "每家采购方奖励最高3万元", "合同金额低于5万元的，不予奖励")
    grant = min(160_000 * 15 // 100, 30_000)
    assert grant == 24_000
    return ["2.4万元", "2.4万", "24,000元", "24000元"]


COMPUTED = {
    "s35-en-03": c_en03,
    "s35-en-05": c_en05,
    "s35-mx-02": c_mx02,
    "s35-mx-06": c_mx06,
    "s35-ul-01": c_ul01,
    "s35-zh-02": c_zh02,
}


# ----------------------------------------------------------------------------- directory filters
def has(cell, pattern):
    return any(re.search(pattern, item.strip(), re.I) for item in cell.split(";") if item.strip())


R_ASR = r"speech[- ]to[- ]text|speech recognition|\bASR\b|语音识别"
R_WFM = r"workforce management|\bWFM\b|agent schedul|roster|schedule adherence|intraday forecast|排班"
R_SUBTITLE = r"subtit|caption|字幕"
R_MTPE = r"post-?edit|\bMTPE\b|译后编辑"
R_BPO = r"call cent(er|re) outsourcing|contact cent(er|re) outsourcing|\bBPO\b|helpline outsourcing|呼叫中心外包"
R_CHATBOT = r"chat ?bots?|conversational AI|聊天机器人"
R_DATA_ENTRY = r"data entry|数据录入"
R_SENTIMENT = r"sentiment|emotion detection|情感分析"
R_QM = r"call recording|quality monitoring|\bQM\b|\bQA\b|质检"
R_OMNI = r"omni-?channel|WhatsApp|WeChat|全渠道"
R_COLLECT = r"collection|debt recovery|delinquen|催收"
R_DIALER = r"dialer|dialler|外呼"
R_TTS = r"text[- ]to[- ]speech|\bTTS\b|speech synthesis|neural voice|语音合成"
R_CRM = r"\bCRM\b|Salesforce|\bCTI\b"
R_SURVEY = r"\bNPS\b|Net Promoter|survey|\bCSAT\b|满意度"
R_TICKET = r"ticketing|help ?desk software|工单"
R_SIP = r"\bSIP\b|VoIP|Asterisk|softphone|telephony"
R_KB = r"knowledge[- ]base|help cent(re|er)|知识库"
R_GAMES = r"\bgames?\b|gaming|游戏"
R_AIRLINE = r"airline|aviation|航空"


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
    "s35-en-11": lambda r: svc(r, R_ASR),
    "s35-en-12": lambda r: r["country"] == "PK" and cert(r, r"\bPCI[- ]DSS\b"),
    "s35-en-13": lambda r: svc(r, R_WFM) and 10 <= staff(r) <= 100,
    "s35-en-14": lambda r: r["name"] == "Lantern (Pvt) Ltd",
    "s35-en-15": lambda r: r["country"] == "CN" and ind(r, R_AIRLINE),
    "s35-zh-10": lambda r: svc(r, R_SUBTITLE),
    "s35-zh-11": lambda r: r["country"] == "PK" and svc(r, R_MTPE),
    "s35-zh-12": lambda r: r["city"] == "Karachi" and svc(r, R_BPO),
    "s35-zh-13": lambda r: svc(r, R_CHATBOT) and year(r) >= 2016,
    "s35-zh-14": lambda r: svc(r, R_DATA_ENTRY) and r["certifications"].strip().lower() == "none",
    "s35-ur-08": lambda r: svc(r, R_SENTIMENT),
    "s35-ur-09": lambda r: svc(r, R_QM),
    "s35-ur-10": lambda r: svc(r, R_OMNI) and r["pitched_at_webinar"] == "yes",
    "s35-ur-11": lambda r: svc(r, R_COLLECT),
    "s35-ul-07": lambda r: svc(r, R_DIALER),
    "s35-ul-08": lambda r: svc(r, R_TTS),
    "s35-ul-09": lambda r: svc(r, R_CRM) and r["city"] == "Islamabad",
    "s35-ul-10": lambda r: svc(r, R_SURVEY) and year(r) < 2012,
    "s35-mx-07": lambda r: svc(r, R_TICKET),
    "s35-mx-08": lambda r: r["country"] == "CN" and ind(r, R_GAMES),
    "s35-mx-09": lambda r: svc(r, R_SIP) and cert(r, r"ISO 27001"),
    "s35-mx-10": lambda r: svc(r, R_KB),
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
    "s35-en-16": [r"discount", r"early[- ]bird", r"rebate", r"concession", r"折扣", r"优惠", r"رعایت"],
    "s35-en-17": [r"Sukkur", r"سکھر", r"苏库尔"],
    "s35-zh-15": [r"\baward", r"颁奖", r"奖项", r"\bgala\b", r"ایوارڈ"],
    "s35-zh-16": [r"\bvisas?\b", r"签证", r"ویزا"],
    "s35-ur-12": [r"parking", r"停车", r"پارکنگ"],
    "s35-ul-11": [r"job fair", r"career fair", r"recruitment fair", r"招聘会", r"ملازمت میلہ", r"جاب فیئر"],
    "s35-mx-11": [r"interpret", r"口译", r"翻译员", r"مترجم"],
}
# Sentences no programme document may hold with all of these patterns.
NEAR_MISS_SENTENCES = {
    "s35-en-18": (
        r"\b2079\b|pilot contracts|pilot round|2079年",
        r"contract|合同",
        r"PKR|USD|RMB|\$|million|\bvalue|worth|万元|روپے",
    ),
    "s35-ur-13": (r"\b2079\b|pilot|پائلٹ", r"application fee|درخواست کی فیس", r"PKR|روپے|\d,\d{3}"),
    "s35-ul-12": (r"test (call|contact)|listening|mystery|听测|测试电话", r"\bmin(ute)?s?\b|分钟|منٹ"),
}
# The Urdu-only fact of feature 7: stated in the Urdu page and in no English or Chinese document.
URDU_ONLY = "ہر جمعرات سہ پہر ۳ بجے (پاکستانی وقت) اردو میں آن لائن سوال و جواب کا سیشن ہوتا ہے"
URDU_ONLY_ELSEWHERE = [
    r"Q&A",
    r"question[- ]and[- ]answer",
    r"问答",
    r"Urdu[- ]language session",
    r"Thursdays?\b.*Urdu",
]


def mentions(stale, answer):
    """Whether an answer holds a stale figure or date (digit-bounded, so 90,000 is not found in 190,000)."""
    return re.search(r"(?<!\d)" + re.escape(canon(stale)) + r"(?!\d)", canon(answer)) is not None


def sentences(name, text):
    """A document's sentences: Markdown and plain-text paragraphs joined across their hard line breaks, every
    other format's lines (a PDF line, a Word paragraph or table row, an HTML block) kept apart."""
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
            c.ok(len(re.findall(HAN, texts[name])) > 300, f"{name}: not Chinese")
        elif lang == "ur":
            c.ok(len(re.findall(ARABIC, texts[name])) > 300, f"{name}: not Urdu")
        elif lang == "ur-Latn":
            c.ok(not re.search(ARABIC, texts[name]) and len(ROMAN_URDU.findall(texts[name])) >= 40, f"{name}")
        else:
            c.ok(script_lang(texts[name]) == "en", f"{name}: not English")
    suffixes = collections.Counter(p.suffix for p in PROG.iterdir())
    for suf, least in ((".md", 4), (".txt", 2), (".html", 4), (".docx", 4), (".pdf", 2)):
        c.ok(suffixes[suf] >= least, f"formats {dict(suffixes)}")
    readme = README.read_text(encoding="utf-8") if README.exists() else ""
    c.ok("fictional" in readme.lower() and len(readme.strip().split("\n\n")) <= 2, "README: one paragraph, fictional")
    return texts


def pdf_ops(path, page=0):
    """The (font, size, x, y, text) of every text-showing operation on a page, as the builder writes them."""
    import pypdf

    pg = pypdf.PdfReader(str(path)).pages[page]
    data = pg.get_contents().get_data().decode("latin-1")
    pat = r"BT (/F\d) ([\d.]+) Tf 1 0 0 1 ([\d.]+) ([\d.]+) Tm \((.*?)\) Tj ET"
    unescape = lambda t: re.sub(r"\\([()\\])", r"\1", t)  # noqa: E731
    return [(f, float(s), float(x), float(y), unescape(t)) for f, s, x, y, t in re.findall(pat, data)]


def check_features(c, texts):
    import docx
    import pypdf

    # the real 2022 webinar only in the overview
    for name, text in texts.items():
        real = any(s in text for s in ("Trade Development Authority", "23 February 2022", "Software Business Union"))
        c.ok(real == (name == OVERVIEW), f"{name}: 2022 webinar facts must be stated only in the overview")
    ov = norm(texts[OVERVIEW])
    for s in (
        "Pakistan's Consulate General in Shanghai",
        "the Software Business Union of Shanghai, the Shanghai Software Industry Association and the Trade Development "
        "Authority of Pakistan (TDAP)",
        "23 February 2022",
        "There is no Echo Orchard office in Faisalabad, Multan, Sialkot, Peshawar, Quetta, Rawalpindi, Hyderabad, "
        "Beijing, Shanghai or Guangzhou.",
        "Partner desk, Dubai.",
        "Launch Night: Wednesday 22 January 2081, Gulberg Arts Pavilion, Lahore.",
    ):
        c.ok(s in ov, f"overview lacks {s!r}")
    every = "\n".join(texts.values())
    c.ok(re.search(r"[\w.-]+@[\w.-]+\.(?!example\b)[a-z]+\b", every) is None, "an e-mail domain not .example")
    c.ok(re.search(r"https?://(?![\w.-]+\.example\b)", every) is None, "a web address does not end in .example")
    for name in DOCS:
        if (PROG / name).suffix == ".html":
            c.ok(re.search(r"https?://(?![\w.-]+\.example\b)", raw_text(name)) is None, f"{name}: non-.example link")

    # 1. the slide deck: landscape pages, one title each, terse bullet fragments
    reader = pypdf.PdfReader(str(PROG / DECK))
    c.ok(len(reader.pages) == len(DECK_SLIDES) >= 8, f"deck: {len(reader.pages)} pages")
    for n, page in enumerate(reader.pages):
        box = page.mediabox
        c.ok(float(box.width) > float(box.height) and "/Rotate" not in page, f"deck page {n + 1}: not landscape")
        ops = pdf_ops(PROG / DECK, n)
        titles = [o for o in ops if o[0] == "/F2" and o[1] >= 24]
        c.ok(len(titles) == 1 and titles[0][4] == DECK_SLIDES[n][0], f"deck page {n + 1}: one title {titles}")
        lines = [ln.strip() for ln in pdf_pages(PROG / DECK)[n].splitlines() if ln.strip()]
        bullets = [ln for ln in lines if ln[:1] in ("\u2022", "\u2013")]
        c.ok(len(bullets) >= 3, f"deck page {n + 1}: {len(bullets)} bullets")
        for b in bullets:
            c.ok(len(b[1:].split()) <= 9 and not b.endswith("."), f"deck page {n + 1}: not a fragment {b!r}")
    dt = texts[DECK]
    for s in ("Seats 11–50 | PKR 95k", "Cap: PKR 450k", "Share: 50 %", "Share: 60 %", "Cap: PKR 350k", "PKR 1.2 m"):
        c.ok(s in dt, f"deck: {s!r}")
    deck_bullets = [ln for ln in dt.splitlines() if ln.strip()[:1] in ("\u2022", "\u2013")]
    c.ok(not any(re.search(r"\b(is|are|will|must|can)\b", b) for b in deck_bullets), "deck: bullets are not sentences")

    # 2. the Markdown FAQ: question headings and back-references
    fq = raw_text(FAQ)
    heads = re.findall(r"(?m)^### Q(\d+)\. (.+)$", fq)
    c.ok(len(heads) >= 10 and all(h.endswith("?") for _, h in heads), "faq: question headings")
    c.ok([int(n) for n, _ in heads] == list(range(1, len(heads) + 1)), "faq: numbered Q1, Q2, ...")
    for ref in ("Same as Q3, except that", "As in Q5, but", "See above: the same 90-day rule applies, except"):
        c.ok(ref in norm(fq), f"faq: back-reference {ref!r}")
    q3 = fq[fq.index("### Q3.") : fq.index("### Q4.")]
    c.ok("SECP certificate of incorporation" in q3 and "Seat declaration (Annex B)" in q3, "faq: Q3 lists documents")

    # 3. the Word form: a two-column label | value table with empty values and one N/A
    fd = docx.Document(str(PROG / FORM))
    c.ok(len(fd.tables) == 1, "form: one table")
    if fd.tables:
        got = [tuple(cl.text for cl in row.cells) for row in fd.tables[0].rows]
        c.ok(all(len(r) == 2 for r in got), "form: two columns")
        c.ok(got == FORM_ROWS, "form: label/value rows as written")
        values = [v for _, v in got]
        c.ok(values.count("") >= 2 and values.count("N/A") == 1, "form: empty values and one N/A")
        c.ok({"Helpline", "Desk hours"} <= {k for k, _ in got}, "form: Helpline / Desk hours labels")

    # 4. the press release: dateline, a quote holding the asked figure, About paragraphs, ###
    pr = raw_text(PRESS)
    c.ok(re.search(r"(?m)^LAHORE, 23 January 2081 \u2014 ", pr) is not None, "press: dateline")
    quotes = re.findall(r'"([^"]+)," said Ms Saima Qureshi, Chair of PACEX', pr.replace("\n", " "))
    c.ok(len(quotes) == 1 and "up to 40 Pakistani firms" in quotes[0], f"press: quote with the figure {quotes}")
    c.ok("About PACEX" in pr and "About CCCIA" in pr and pr.rstrip().endswith("###"), "press: About ... and ###")

    # 5. the calendar: a cancelled row, a TBC row, and the asked live row next to the cancelled one
    rows = html_rows(raw_text(CALENDAR))
    cancelled = [i for i, r in enumerate(rows) if any("CANCELLED" in cell[2] for cell in r)]
    c.ok(len(cancelled) == 1, "calendar: one CANCELLED row")
    if cancelled:
        i = cancelled[0]
        c.ok(all("del" in cell[3] for cell in rows[i][:3]), "calendar: the cancelled row is struck through")
        c.ok(rows[i][0][2] == "2–4 July 2081" and rows[i + 1][0][2] == "7–9 July 2081", "calendar: neighbours")
        c.ok("Shortlist interviews" in rows[i + 1][1][2], "calendar: the live neighbour row")
    c.ok(sum(r[-1][2] == "TBC" for r in rows if r) == 1, "calendar: one TBC row")

    # 6. the Chinese Word articles
    zt = texts[ZH_RULES]
    arts = re.findall(r"(?m)^第([一二三四五六七八九十]+)条", zt)
    nums = "一 二 三 四 五 六 七 八 九 十 十一 十二".split()
    c.ok(arts == nums, f"zh rules: articles {arts}")
    c.ok(len(re.findall(r"第[一二三四]款", zt)) >= 6 or zt.count("款") >= 6, "zh rules: 款 inside articles")
    c.ok(len(re.findall(r"\d万元", zt)) >= 3 and re.search(r"\d+元", zt), "zh rules: 万元 and 元 amounts")
    c.ok("第十一条 自2081年3月1日起，第五条不再适用" in zt, "zh rules: an article disapplies article 5")
    c.ok("采购方报名费为每家800元" in zt, "zh rules: the disapplied article stays as written")

    # 7. the Urdu HTML page
    uraw = raw_text(UR_HTML)
    ut, up = read_html(uraw)
    c.ok(up.attrs.get("lang") == "ur" and up.attrs.get("dir") == "rtl", "ur html: lang/dir")
    c.ok(up.tags["table"] >= 1, "ur html: a table")
    utab = html_rows(uraw)
    c.ok(utab and all(re.search(ARABIC, cell[2]) for cell in utab[0]), "ur html: Urdu table headings")
    c.ok(len(re.findall(r"[۰-۹]", ut)) >= 40, "ur html: Urdu digits")
    c.ok(URDU_ONLY in norm(ut), "ur html: the Urdu-only fact")
    for name, text in texts.items():
        if DOCS[name] != "ur":
            for pat in URDU_ONLY_ELSEWHERE:
                c.ok(re.search(pat, text, re.I) is None, f"{name}: states the Urdu-only fact ({pat})")

    # 8. the Roman Urdu call transcript: turns, fillers, a wrong figure corrected after checking
    ct = raw_text(CALL)
    turns = re.findall(r"(?m)^(Caller|Agent): ", ct)
    c.ok(turns.count("Caller") >= 8 and turns.count("Agent") >= 8, f"call: turns {collections.Counter(turns)}")
    c.ok(len(re.findall(r"\b(umm|jee|acha)\b", ct, re.I)) >= 4, "call: fillers")
    wrong = ct.find("50 percent wapas milte hain")
    check = ct.find("main check kar leti hoon")
    right = ct.find("75 percent wapas hota hai")
    c.ok(0 < wrong < check < right, "call: the agent's wrong figure, the check, then the correction")

    # 9. the footnoted fee table
    ft = raw_text(FEES)
    table = [ln for ln in ft.splitlines() if ln.startswith("| ")]
    marked = [ln for ln in table if re.search(r"PKR [\d,]+[*¹†]+ \|", ln)]
    c.ok(len(marked) == 5, f"fees: {len(marked)} marked amounts")
    last_row = ft.index(table[-1])
    for note in (
        "\\* Excluding sales tax on services at 16%",
        "¹ Plus a surcharge of PKR 30,000",
        "† Waived for firms that took part in the 2079 pilot round.",
    ):
        c.ok(ft.find(note) > last_row, f"fees: footnote below the table {note!r}")
    c.ok(fee_table(texts) == {"S": 45000, "M": 95000, "L": 180000, "XL": 290000}, "fees: bands")

    # the correction notice changes exactly two figures
    cor = texts[CORR]
    c.ok(cor.count("**") == 4, "correction: exactly two figures changed")
    c.ok("**16 June 2081, 17:00 PKT**" in cor and "**PKR 520,000**" in cor, "correction: the two corrections")

    # the superseded page and the live page
    told = texts[LISTEN_OLD]
    c.ok(told.lstrip().startswith("SUPERSEDED") and "no longer valid" in told, "draft: marked superseded")
    for s in ("Friday 17 October 2081", "12 test contacts", "75 out of 100", "10:30 to 14:30"):
        c.ok(s in norm(told), f"draft: {s!r}")
    live = norm(texts[LISTEN])
    for s in ("Thursday 16 October 2081", "15 test contacts", "80 out of 100", "replaces the draft of 5 February"):
        c.ok(s in live, f"listening page: {s!r}")

    # the two versions of the selection criteria
    for name, crit, thr, when in (
        (CRIT_OLD, CRITERIA_OLD, THRESHOLD_OLD, "22 January 2081"),
        (CRIT_NEW, CRITERIA_NEW, THRESHOLD_NEW, "27 February 2081"),
    ):
        d = docx.Document(str(PROG / name))
        c.ok(len(d.tables) == 1, f"{name}: one table")
        if d.tables:
            got = [[cl.text for cl in row.cells] for row in d.tables[0].rows]
            c.ok(got[0] == CRITERIA_HEAD and got[1:] == [[n, t, f"{w}%"] for n, t, w in crit], f"{name}: table")
        c.ok(sum(w for _, _, w in crit) == 100, f"{name}: weights add up to 100")
        c.ok(f"at least {thr}% of the weighted total" in texts[name] and when in texts[name], f"{name}: threshold")
    c.ok("replaces the version of 22 January 2081" in texts[CRIT_NEW], "criteria: the revised version says so")

    # the Urdu Word policy: right-to-left paragraphs
    pxml = docx_xml(PROG / UR_POLICY)
    c.ok(pxml.count("<w:bidi/>") >= 12 and "<w:rtl/>" in pxml, "ur policy: right-to-left paragraphs")
    c.ok("۹۰ دن" in texts[UR_POLICY] and "۷ دن" in texts[UR_POLICY], "ur policy: the retention periods")

    # the pilot report and the agenda
    pt = texts[PILOT]
    for s in ("| Pakistani firms selected | 14 |", "PKR 75,000", "PKR 800,000", "180 days"):
        c.ok(s in pt, f"pilot: {s!r}")
    ar = pypdf.PdfReader(str(PROG / AGENDA))
    c.ok(all(float(p.mediabox.height) > float(p.mediabox.width) for p in ar.pages), "agenda: portrait")
    at = texts[AGENDA]
    for day in (
        "Day 1 — Monday 13 October 2081",
        "Day 2 — Tuesday 14 October 2081",
        "Day 3 — Wednesday 15 October 2081",
    ):
        c.ok(day in at, f"agenda: {day!r}")
    c.ok(len(re.findall(r"(?m)^\d\d:\d\d–\d\d:\d\d ", at)) >= 10, "agenda: session rows with times")


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
        c.ok(re.fullmatch(r"(19|20)\d\d", r["founded"]) is not None and int(r["founded"]) <= 2081, f"founded {cid}")
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
    c.ok(sum(bool(re.search(HAN, s)) for s in services) >= 5, "too few services written in Chinese")
    c.ok(any(r["certifications"] == "none" for r in rows) and any(r["certifications"] == "" for r in rows), "certs")
    c.ok(any(r["name_zh"] == "" for r in rows) and any(r["description_zh"] == "" for r in rows), "empty zh cells")
    emp = [int(r["employees"]) for r in rows]
    c.ok(min(emp) <= 5 and max(emp) >= 2000, f"head counts {min(emp)}-{max(emp)}")
    c.ok(sum(r["pitched_at_webinar"] == "yes" for r in rows) >= 10, "too few firms pitched at the webinar")
    first_words = collections.Counter(r["name"].split()[0] for r in rows)
    c.ok(sum(n >= 2 for n in first_words.values()) >= 4, "too few near-duplicate names")
    c.ok(any(r["name"] == "Lantern (Pvt) Ltd" for r in rows), "no company named with a common word")
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
        c.ok(sum(x > 0 for x in (han, arab, latin)) >= 2, f"{qid}: mixed message uses one script")


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
    want_kinds = {"2079 pilot", "correction notice", "old version", "superseded", "cancelled", "agent", "no longer"}
    kinds_of_stale = {k for q in items if "stale" in q["note"] for k in want_kinds if k in q["note"]}
    c.ok(kinds_of_stale == want_kinds, f"stale kinds asked {kinds_of_stale}")
    for qid in set(STALE_FOR) | set(STALE_OK):
        c.ok(any(q["id"] == qid for q in items), f"{qid}: named in STALE_FOR/STALE_OK but not asked")
    company_names = [r["name"] for r in rows]
    used_sources = collections.Counter()
    written = {name: norm(t) for name, t in texts.items()}
    for q in items:
        qid = q["id"]
        c.ok(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        m = re.fullmatch(r"s35-(en|zh|ur|ul|mx)-(\d\d)", qid)
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
            computed = COMPUTED[qid](texts) if qid in COMPUTED else []
            c.ok((qid in COMPUTED) == ("computed" in q["note"]), f"{qid}: note must say computed iff computed")
            c.ok(all(x in q["answer_must_contain_any"] for x in computed), f"{qid}: computed answers missing")
            srcs = [s for s in q["expected_sources"] if s in written]
            plain = [a for a in q["answer_must_contain_any"] if a not in computed]
            for a in plain:
                c.ok(any(norm(a) in written[s] for s in srcs), f"{qid}: answer {a!r} not written in its sources")
            c.ok(plain or computed, f"{qid}: no key facts")
            first = q["expected_sources"][0] if q["expected_sources"] else None
            if first in DOCS and DOCS[first] == "zh":
                c.ok(any(re.search(HAN, a) for a in q["answer_must_contain_any"]), f"{qid}: no Chinese form")
            if first in DOCS and DOCS[first] == "ur":
                c.ok(any(re.search(ARABIC, a) for a in q["answer_must_contain_any"]), f"{qid}: no Urdu form")
            if computed:
                every = " ".join(canon(t) for t in texts.values())
                c.ok(
                    re.search(r"(?<!\d)" + re.escape(canon(computed[0])) + r"(?!\d)", every) is None,
                    f"{qid}: computed figure {computed[0]} is written somewhere",
                )
        elif kind == "directory":
            c.ok(not q["expected_sources"] and qid in FILTERS, f"{qid}: directory shape")
            if qid in FILTERS:
                want = answer_set(qid, rows)
                c.ok(q["expected_companies"] == want, f"{qid}: expected {q['expected_companies']} != filter {want}")
                c.ok(1 <= len(want) <= 8, f"{qid}: answer-set size {len(want)}")
        else:
            c.ok(not q["expected_sources"] and not q["expected_companies"], f"{qid}: unanswerable shape")
            if q["note"].startswith("near miss"):
                c.ok(qid in NEAR_MISS or qid in NEAR_MISS_SENTENCES, f"{qid}: no absence check")
    c.ok(set(FILTERS) == {q["id"] for q in items if q["kind"] == "directory"}, "filters vs directory questions")
    c.ok(set(COMPUTED) <= {q["id"] for q in items if q["kind"] == "programme"}, "computed vs programme questions")
    c.ok(len(COMPUTED) >= 5, "too few computed questions")
    unused = sorted(set(DOCS) - STALE_DOCS - set(used_sources))
    c.ok(not unused, f"documents no question uses: {unused}")
    # every feature is asked about, and by the questions the notes say
    for n, docs in FEATURES.items():
        asked = [q["id"] for q in items if set(docs) & set(q["expected_sources"]) and f"feature {n}" in q["note"]]
        c.ok(len(asked) >= 2, f"feature {n} ({docs}): asked only by {asked}")
        for q in items:
            if re.search(rf"feature {n}\b", q["note"]):
                c.ok(set(docs) & set(q["expected_sources"]), f"{q['id']}: says feature {n} but not its document")
    # near misses really are absent
    for qid, patterns in NEAR_MISS.items():
        for name, text in texts.items():
            for pat in patterns:
                c.ok(re.search(pat, text, re.I) is None, f"{qid}: {pat!r} found in {name}")
    for qid, groups in NEAR_MISS_SENTENCES.items():
        hits = sentences_with(texts, *groups)
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
    items = []
    if len(texts) == len(DOCS):
        try:
            items = check_questions(c, texts, rows)
        except Exception as e:
            c.ok(False, f"question checks crashed: {e!r}")
    for e in c.errors:
        print("FAIL:", e)
    if c.errors:
        print(f"{len(c.errors)} check(s) failed")
        return 1
    langs = collections.Counter(q["lang"] for q in items)
    kinds = collections.Counter(q["kind"] for q in items)
    by = collections.Counter((q["lang"], q["kind"]) for q in items)
    print(f"sample-35 OK: {len(DOCS)} documents, {len(rows)} companies, {len(items)} questions")
    print("  by lang:", dict(langs))
    print("  by kind:", dict(kinds))
    print("  by lang x kind:", {f"{k[0]}/{k[1]}": v for k, v in sorted(by.items())})
    for n in FEATURES:
        print(f"  feature {n}:", [q["id"] for q in items if re.search(rf"feature {n}\b", q["note"])])
    print("  stale-figure questions:", [q["id"] for q in items if q["kind"] == "programme" and "stale" in q["note"]])
    print("  computed:", sorted(COMPUTED))
    return 0


if __name__ == "__main__":
    sys.exit(main())
