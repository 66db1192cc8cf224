"""Check sample-28 ("Runway Relay 2069") and questions-28.jsonl; exit 0 when every check passes.

Stdlib + python-docx + pypdf only. The builder imports FILTERS and COMPUTED from here, so the frozen
answer sets and the arithmetic answers come from the same code that checks them.
"""

import collections
import csv
import json
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_text import ARABIC, COLUMNS, FIELDS, HAN, HtmlText, extract, norm, script_lang

HERE = Path(__file__).resolve().parent
KB = HERE / "sample-28"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-28.jsonl"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BOM_TXT = "participation-rules.txt"
GB_TXT = "zh-cargo-hub-notice-gb18030.txt"

# document -> language it is written in
DOCS = {
    "overview.md": "en",
    BOM_TXT: "en",
    "services-tariff-catalogue.md": "en",
    "offices-and-support.html": "en",
    "grant-guide-2069.pdf": "en",
    "grant-guide-qa.md": "en",
    "zh-grant-call.txt": "zh",
    "zh-event-subsidy-refunds.docx": "zh",
    "ur-fees-instalments.docx": "ur",
    "ur-site-visit-expo.md": "ur",
    "hangar-visit-programme.html": "en",
    "corrigendum-01.md": "en",
    "review-draft-selection-criteria.docx": "en",
    "relay-bulletin-2069.pdf": "en",
    "expo-china-2069.html": "en",
    "fee-notice-2069.md": "en",
    GB_TXT: "zh",
}

LANG_CODES = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}
ROMAN_URDU = re.compile(
    r"\b(hai|hain|kya|kitn[aei]|mein|wal[aei]|kab|kahan|hon|batao|batayen|karne|bhai|nahi|ka|ki|ke)\b", re.I
)
URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")

# Cross-language or other-script renderings of a fact: answer string -> the form the source document uses.
EQUIV = {
    "three instalments": "تین اقساط",
    "3 instalments": "تین اقساط",
    "31 May": "۳۱ مئی",
    "31 July": "۳۱ جولائی",
    "CNY 80,000": "80,000 - 150,000",
    "12万元": "十二万元",
    "12万": "十二万元",
    "120,000": "十二万元",
    "百分之五十": "50%",
    "一半": "50%",
    "十五人": "15人",
    "上海": "Shanghai desk",
    "4 گھنٹے": "4 hours",
    "چار گھنٹے": "4 hours",
    "PKR 95,000": "۹۵,۰۰۰ روپے",
    "7 days": "7 working days",
    "seven working days": "7 working days",
    "20 minute": "20-minute",
    "20 min": "20-minute",
    "18 crore": "۱۸ کروڑ",
    "180 million": "۱۸ کروڑ",
    "180,000,000": "۱۸ کروڑ",
    "90天": "90 days",
    "Thursday": "Thu 20 June",
    "6月20日": "20 June",
    "6 ghante": "6 hours",
    "6小时": "6 hours",
    "45天": "45 days",
    "65/100": "65 out of 100",
    "PKR 280,000": "280,000",
    "65 points": "65 out of 100",
}

# Stale figures that must never be an expected answer: the HTML comment and the deleted tracked change.
STALE = ["PKR 12,000", "60 out of 100"]


# ----------------------------------------------------------------------------- text helpers
def canon(s):
    s = s.translate(URDU_DIGITS).lower().replace("٪", "%")
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    s = re.sub(r"(?<=\d)[,٬](?=\d)", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    return norm(s)


def docx_text(path):
    """Paragraph and table text of a .docx read from its XML: w:t only, so inserted revisions count
    and deleted ones (w:delText) do not."""
    import docx

    d = docx.Document(str(path))
    parts = ["".join(t.text or "" for t in p._p.iter(W + "t")) for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.append(" | ".join("".join(t.text or "" for t in c._tc.iter(W + "t")) for c in row.cells))
    return "\n".join(parts)


def doc_text(name):
    path = PROG / name
    if name == GB_TXT:
        return path.read_bytes().decode("gb18030")
    if name == BOM_TXT:
        return path.read_text(encoding="utf-8-sig")
    if path.suffix == ".docx":
        return docx_text(path)
    return extract(path)


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


def need(texts, name, *strings):
    for s in strings:
        if canon(s) not in canon(texts[name]):
            raise AssertionError(f"{name} no longer states {s!r}")


# ----------------------------------------------------------------------------- computed answers
def c_en03(t):
    # 60 employees -> 26-100 band: PKR 40,000 with 2 delegates included; 4 delegates -> 2 extra at PKR 9,500.
    need(t, BOM_TXT, "26 - 100                PKR 40,000          2", "PKR 9,500")
    total = 40000 + (4 - 2) * 9500
    return [f"{total:,}", f"PKR {total:,}"]


def c_zh02(t):
    # Xinjiang airport, contract 80万元: 40% of it, capped at the uplifted 36万元.
    need(t, "zh-grant-call.txt", "试点合同金额的40%", "新疆", "即36万元")
    grant = min(800000 * 40 // 100, 360000)
    return [f"{grant // 10000}万元", f"{grant // 10000}万", f"{grant:,}"]


def c_zh06(t):
    # Registration fee 1,800元 cancelled 20 days before opening -> 15-29 days band -> 50%.
    need(t, "zh-event-subsidy-refunds.docx", "1,800元", "15–29天", "退还50%")
    return [f"{1800 * 50 // 100}元"]


def c_ul01(t):
    # 20-employee firm, 3 delegates: first 15% off (small firm), second and third 10% off each.
    need(t, "ur-site-visit-expo.md", "۹۵,۰۰۰ روپے", "۱۰ فیصد", "۱۵ فیصد", "۲۵ یا اس سے کم")
    fee = 95000
    total = fee * 85 // 100 + 2 * (fee * 90 // 100)
    return [f"{total:,}", lakh(total)]


COMPUTED = {"s28-en-03": c_en03, "s28-zh-02": c_zh02, "s28-zh-06": c_zh06, "s28-ul-01": c_ul01}


# ----------------------------------------------------------------------------- directory filters
def has(cell, pattern):
    return any(re.search(pattern, item.strip(), re.I) for item in cell.split(";") if item.strip())


R_MRO = r"\bMRO\b|maintenance,? repair,? (and|&) overhaul|maintenance tracking|机务"
R_ULD = r"\bULDs?\b|unit load devices?"
R_AVIONICS = r"avionics|航电"
R_SCREEN = r"screening|x-?ray|threat detection|安检"
R_EFB = r"\bEFBs?\b|electronic flight bags?|电子飞行包"
R_BAGGAGE_RECON = r"baggage reconcil|\bBRS\b|行李(再)?核对"
R_CARGO_TERMINAL = r"cargo terminal|货站"
R_UTM = r"\bUTM\b|UAV traffic|drone traffic|无人机交通"
R_FUEL_FARM = r"fuel[- ]?farm|油库"
R_CREW = r"crew roster|crew scheduling|rostering|排班"
R_AV_ENGLISH = r"aviation english|ICAO english|航空英语"
R_EMISSIONS = r"CORSIA|emission|排放"
R_REVENUE = r"revenue accounting|interline billing|收入结算"
R_KIOSK = r"kiosk|\bCUSS\b|\bCUPPS\b|common-use self-service|自助"
R_AODB = r"\bAODB\b|airport operational database|机场运行数据库"
R_EAWB = r"\be-?AWB\b|electronic air ?waybill|电子运单"
R_IPC = r"\bIPC\b|illustrated parts catalog|图解零件目录"


def svc(r, pattern):
    return has(r["services"], pattern)


def cert(r, pattern):
    return has(r["certifications"], pattern)


def lacks_cert(r, pattern):
    # known (non-empty cell, `none` included) and not holding the certification
    return r["certifications"].strip() != "" and not cert(r, pattern)


FILTERS = {
    "s28-en-11": lambda r: svc(r, R_MRO) and r["city"] == "Karachi",
    "s28-en-12": lambda r: svc(r, R_ULD),
    "s28-en-13": lambda r: svc(r, R_AVIONICS) and cert(r, r"DO-?178C"),
    "s28-en-14": lambda r: svc(r, R_SCREEN) and r["pitched_at_webinar"] == "yes",
    "s28-en-15": lambda r: r["country"] == "CN" and r["city"] == "Chengdu",
    "s28-zh-10": lambda r: svc(r, R_EFB) and r["country"] == "PK",
    "s28-zh-11": lambda r: svc(r, R_BAGGAGE_RECON) and svc(r, R_CARGO_TERMINAL),
    "s28-zh-12": lambda r: svc(r, R_MRO) and cert(r, r"\bCAAC\b"),
    "s28-zh-13": lambda r: r["country"] == "CN" and svc(r, R_UTM),
    "s28-zh-14": lambda r: svc(r, R_FUEL_FARM) and r["city"] in ("Karachi", "Gwadar"),
    "s28-ur-07": lambda r: svc(r, R_CREW) and r["city"] == "Islamabad",
    "s28-ur-08": lambda r: svc(r, R_FUEL_FARM),
    "s28-ur-09": lambda r: svc(r, R_AV_ENGLISH) and lacks_cert(r, r"ISO 9001"),
    "s28-ur-10": lambda r: svc(r, R_EMISSIONS) and r["city"] in ("Lahore", "Islamabad"),
    "s28-ul-08": lambda r: svc(r, R_SCREEN) and r["city"] != "Karachi",
    "s28-ul-09": lambda r: svc(r, R_REVENUE) and int(r["founded"]) < 2015,
    "s28-ul-10": lambda r: svc(r, R_KIOSK) and int(r["employees"]) >= 100,
    "s28-ul-11": lambda r: svc(r, R_AODB) and int(r["employees"]) > 100,
    "s28-mx-07": lambda r: svc(r, R_REVENUE) and int(r["employees"]) < 50,
    "s28-mx-08": lambda r: svc(r, R_EAWB) and r["city"] in ("Lahore", "Faisalabad"),
    "s28-mx-09": lambda r: r["country"] == "PK" and svc(r, R_UTM),
    "s28-mx-10": lambda r: svc(r, R_IPC) and cert(r, r"ISO 9001"),
}


def read_directory():
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def answer_set(qid, rows):
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


# ----------------------------------------------------------------------------- near misses
def lines_with(texts, *groups):
    """Lines of any document holding a match for every pattern group."""
    out = []
    for name, text in texts.items():
        for line in text.splitlines():
            if all(re.search(g, line, re.I) for g in groups):
                out.append((name, line.strip()))
    return out


NEAR_MISS = {
    "s28-en-19": [r"Peshawar (office|desk)", r"\+92 91"],
    "s28-zh-17": [r"Beijing (office|desk)", r"北京办公室", r"\+86 10"],
    "s28-ur-13": [r"visa fee", r"visa (cost|charge)", r"签证费", r"ویزا فیس"],
    "s28-ur-14": [r"booth design", r"stand design", r"展位设计", r"بوتھ ڈیزائن"],
    "s28-ul-14": [r"group (flight|fare|booking)", r"ticket price", r"fare is", r"airfare of"],
    "s28-mx-13": [r"Shenzhen (office|desk)", r"深圳办公室", r"\+86 755"],
    "s28-mx-14": [r"road ?show", r"路演"],
}
NEAR_MISS_LINES = {
    "s28-zh-18": (r"2067", r"grant|subsid|disburs|补贴|资助|گرانٹ"),
    "s28-ul-13": (r"2067", r"rejoin|return|again|再次|dobara|دوبارہ|repeat"),
}


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
    c.ok(16 <= len(names) <= 18, f"{len(names)} documents, expected 16-18")
    texts = {}
    for name in DOCS:
        path = PROG / name
        if not c.ok(path.exists(), f"missing {name}"):
            continue
        if name == GB_TXT:
            try:
                extract(path)
                c.ok(False, f"{name} decodes as UTF-8; it must be GB18030")
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
            c.ok(re.search("[۰-۹]", texts[name]) is not None, f"{name}: no Urdu digits")
    return texts


def check_features(c, texts):
    # real 2022 facts only in the overview
    for name, text in texts.items():
        has_real = "Trade Development Authority" in text or "23 February 2022" in text
        c.ok(has_real == (name == "overview.md"), f"{name}: 2022 webinar facts must be stated only in the overview")
    ov = texts["overview.md"]
    for s in (
        "Consulate General of Pakistan in Shanghai",
        "Software Business Union of Shanghai",
        "Shanghai Software Industry Association",
        "Trade Development Authority (TDAP)",
        "23 February 2022",
    ):
        c.ok(s in norm(ov), f"overview lacks {s!r}")
    c.ok("## FAQ" in ov and "2067" in ov and "24 Pakistani firms pitch" in ov, "overview: FAQ / 2067 / launch webinar")
    c.ok(
        re.search(r"[\w.-]+@[\w.-]+\.(?!example\b)[a-z]+\b", "\n".join(texts.values())) is None,
        "an e-mail domain does not end in .example",
    )

    # participation rules: BOM + CRLF, wrapped, aligned table, criteria with exception, footnote figure
    raw = (PROG / BOM_TXT).read_bytes()
    c.ok(raw.startswith(b"\xef\xbb\xbf"), "rules: no UTF-8 BOM")
    c.ok(b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), "rules: not CRLF throughout")
    rules = texts[BOM_TXT]
    c.ok(max(len(x) for x in rules.splitlines()) <= 80, "rules: lines longer than 80 columns")
    c.ok("  (3) It has at least 10 full-time employees." in rules and "Exceptions:" in rules, "rules: criteria")
    c.ok(re.search(r"^ +101 - 250 {10,}PKR 85,000 {5,}3$", rules, re.M) is not None, "rules: aligned fee table")
    c.ok("* Each delegate beyond those included pays PKR 9,500." in rules, "rules: table footnote")
    c.ok(
        sum(bool(re.search(r"(?<![\d,])9,500(?![\d,])", t)) for t in texts.values()) == 1,
        "rules footnote figure 9,500 appears elsewhere",
    )

    # tariff catalogue: grade x shift, volume bands, escaped pipe, inline code, links
    cat = texts["services-tariff-catalogue.md"]
    c.ok(
        re.search(r"^\| Senior \(aviation technical \\\| MRO floor\) \| `EN \\\| ZH` \|", cat, re.M) is not None,
        "catalogue: escaped pipe row",
    )
    c.ok("](https://runwayrelay.example/" in cat and "| 51–200 | 7 working days |" in cat, "catalogue: links / bands")

    # offices page chrome and tables
    p = HtmlText()
    p.feed((PROG / "offices-and-support.html").read_text(encoding="utf-8"))
    for tag in ("nav", "aside", "footer", "header", "table", "ol"):
        c.ok(p.tags[tag] >= 1, f"offices page lacks <{tag}>")
    off = texts["offices-and-support.html"]
    c.ok("cookie" in off.lower() and "no office" in off and "Henan, Hubei" in off, "offices page content")

    # grant guide: 3 pages, running head, page numbers, Table 2 continued with header repeated, rules, footnote
    import pypdf

    r = pypdf.PdfReader(str(PROG / "grant-guide-2069.pdf"))
    c.ok(len(r.pages) == 3, "grant guide: not 3 pages")
    for n, page in enumerate(r.pages, 1):
        t = page.extract_text()
        c.ok("Runway Relay 2069 - Grant Guide" in t, f"grant guide p{n}: running head")
        c.ok(f"Page {n} of 3" in t, f"grant guide p{n}: page number")
        c.ok("Eligible cost item" in t and "Cap per firm (PKR)*" in t, f"grant guide p{n}: Table 2 header")
        c.ok((n == 1) != ("Table 2 (continued)" in t), f"grant guide p{n}: continued label")
        data = page.get_contents().get_data().decode("latin-1")
        c.ok(data.count(" l S") >= 10, f"grant guide p{n}: table not ruled")
    p2, p3 = (pg.extract_text() for pg in r.pages[1:])
    c.ok("AS9100 certification audit" in p2 and "280,000" in p2, "grant guide: AS9100 row on page 2")
    c.ok("DO-178C tool qualification review" in p3 and "260,000" in p3, "grant guide: DO-178C row on page 3")
    c.ok("PKR 39.50 per CNY" in p3, "grant guide: footnote on page 3")

    # bulletin: two-column page 1 (fact in the right column), landscape page 2 (/Rotate 90, rotated text)
    b = pypdf.PdfReader(str(PROG / "relay-bulletin-2069.pdf"))
    c.ok(len(b.pages) == 2, "bulletin: not 2 pages")
    c1 = b.pages[0].get_contents().get_data().decode("latin-1")
    right = re.search(r"1 0 0 1 (\d+) (\d+) Tm \(e-AWB and ULD test sandbox for 90 days,\) Tj", c1)
    c.ok(right is not None and int(right.group(1)) > 300, "bulletin: 90-day fact not in the right column")
    c.ok(re.search(r"1 0 0 1 50 \d+ Tm", c1) is not None, "bulletin: no left column")
    p2 = b.pages[1]
    c.ok(p2.get("/Rotate") == 90 and [float(v) for v in p2.mediabox] == [0, 0, 612, 792], "bulletin p2: not Rotate 90")
    c2 = p2.get_contents().get_data().decode("latin-1")
    c.ok("0 1 -1 0 " in c2 and "(80,000 - 150,000) Tj" in c2, "bulletin p2: rotated text matrix / table")
    c.ok("80,000 - 150,000" in b.pages[1].extract_text(), "bulletin p2: landscape table text not extractable")

    # docx: tracked changes + automatic numbering
    crit = PROG / "review-draft-selection-criteria.docx"
    with zipfile.ZipFile(crit) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        numbering = z.read("word/numbering.xml").decode("utf-8") if "word/numbering.xml" in z.namelist() else ""
    c.ok(
        re.search(r"<w:del [^>]*>(?:(?!</w:del>).)*<w:delText[^>]*>60</w:delText>", xml) is not None,
        "criteria: no w:del 60",
    )
    c.ok(re.search(r"<w:ins [^>]*>(?:(?!</w:ins>).)*<w:t[^>]*>65</w:t>", xml) is not None, "criteria: no w:ins 65")
    num_ids = set(re.findall(r'<w:numId w:val="(\d+)"/>', xml))
    c.ok(num_ids and all(f'<w:num w:numId="{i}"' in numbering for i in num_ids), "criteria: numbering.xml")
    import docx

    d = docx.Document(str(crit))
    listed = [pp.text for pp in d.paragraphs if pp._p.pPr is not None and pp._p.pPr.numPr is not None]
    c.ok(len(listed) == 6 and not any(re.match(r"\s*\d+[.)]", x) for x in listed), "criteria: numbered list")
    c.ok(listed[2].startswith("Data protection and aviation certification"), "criteria: criterion 3")

    # zh docx: outline-level headings (no Heading styles), three tables
    zd = docx.Document(str(PROG / "zh-event-subsidy-refunds.docx"))
    outl = [pp for pp in zd.paragraphs if pp._p.find(f"{W}pPr/{W}outlineLvl") is not None]
    c.ok(len(outl) >= 4 and all(pp.style.name == "Normal" for pp in outl), "zh docx: outline-level headings")
    c.ok(not any(pp.style.name.startswith("Heading") for pp in zd.paragraphs), "zh docx: uses Heading styles")
    c.ok(len(zd.tables) == 3, "zh docx: not 3 tables")
    last = [pp.text for pp in zd.paragraphs]
    i = next(k for k, pp in enumerate(zd.paragraphs) if pp.text.startswith("四、"))
    c.ok(any("cn-subsidy@runwayrelay.example" in x for x in last[i + 1 :]), "zh docx: e-mail not under heading 四")
    for s in ("亿", "万", "1月15日"):
        c.ok(s in texts["zh-grant-call.txt"] + texts["zh-event-subsidy-refunds.docx"], f"zh docs lack {s}")
    c.ok("十二万元" in texts["zh-grant-call.txt"] and "三个工作日" in texts["zh-grant-call.txt"], "zh numerals")

    # Urdu docx: right-to-left, one table, lakh, words, instalments, crore
    ud = docx.Document(str(PROG / "ur-fees-instalments.docx"))
    with zipfile.ZipFile(PROG / "ur-fees-instalments.docx") as z:
        uxml = z.read("word/document.xml").decode("utf-8")
    c.ok(uxml.count("<w:bidi/>") >= 4 and "<w:bidiVisual/>" in uxml, "Urdu docx: not right-to-left")
    c.ok(len(ud.tables) == 1, "Urdu docx: not one table")
    ut = texts["ur-fees-instalments.docx"]
    for s in ("1,50,000", "ڈیڑھ لاکھ", "کروڑ", "اقساط"):
        c.ok(s in ut, f"Urdu docx lacks {s}")

    # merged cells and row headers
    hv = (PROG / "hangar-visit-programme.html").read_text(encoding="utf-8")
    c.ok('rowspan="3"' in hv and 'colspan="3"' in hv, "hangar page: no merged cells")
    c.ok(hv.count('scope="row"') == 4 and hv.count('scope="col"') == 5, "hangar page: row/col headers")
    c.ok(
        re.search(r'<td rowspan="3">Thu 20 June</td><td>09:00</td><td>ULD tracking workshop', hv) is not None,
        "hangar page: ULD workshop not under the merged day cell",
    )

    # expo page: JSON-LD Event, <details>, <dl>
    ex = (PROG / "expo-china-2069.html").read_text(encoding="utf-8")
    m = re.search(r'<script type="application/ld\+json">(.*?)</script>', ex, re.S)
    ld = json.loads(m.group(1)) if m else {}
    c.ok(ld.get("@type") == "Event" and ld.get("startDate", "").startswith("2069-09-10"), "expo: JSON-LD Event")
    c.ok(ld.get("location", {}).get("address", {}).get("addressLocality") == "Chengdu", "expo: JSON-LD location")
    c.ok("10 to Friday 13 September 2069" in ex and "Hall 5" in ex, "expo: visible facts")
    c.ok(ex.count("<details>") >= 3 and ex.count("<summary>") >= 3, "expo: details accordion")
    c.ok(
        re.search(r"<details>\s*<summary>[^<]*hardware[^<]*</summary>\s*<p>[^<]*20 August 2069", ex) is not None,
        "expo: hardware deadline not in a collapsed answer",
    )
    c.ok("<dl" in ex and re.search(r"<dt>Relay slot</dt>\s*<dd>A pre-booked 20-minute", ex) is not None, "expo: <dl>")

    # fee notice: YAML front matter, footnotes, stale HTML comment
    fee = texts["fee-notice-2069.md"]
    c.ok(
        re.match(r"---\ntitle: .+\ndate: 2069-01-28\ntags: \[.+\]\n(.+\n)*?---\n", fee) is not None,
        "fee notice: front matter",
    )
    c.ok("[^2]" in fee and "\n[^2]: " in fee and "PKR 2,500" in fee.split("\n[^2]: ")[1], "fee notice: footnote")
    c.ok("<!-- draft: old fee PKR 12,000 -->" in fee and "**PKR 15,000**" in fee, "fee notice: stale comment")
    c.ok(
        sum(bool(re.search(r"(?<![\d,])2,500(?![\d,])", t)) for t in texts.values()) == 1,
        "footnote figure 2,500 appears elsewhere",
    )

    # corrigendum as a table, dated after the rules; the printed values really are in the originals
    cor = texts["corrigendum-01.md"]
    c.ok("| Document | Clause | As printed | Corrected to |" in cor and "4 March 2069" in cor, "corrigendum table")
    c.ok("7.1 Interim report: due 15 October 2069." in rules, "rules: printed interim report date")
    issued = re.search(r"^(\d{1,2}) January 2069$", rules, re.M)
    fixed = re.search(r"on \*\*(\d{1,2}) March 2069\*\*", cor)
    c.ok(issued is not None and fixed is not None, "rules / corrigendum dates")
    c.ok(f"Participation rules ({issued.group(1)} January 2069)" in cor if issued else False, "corrigendum cites rules")
    c.ok("250,000" in texts["grant-guide-2069.pdf"], "grant guide: printed booth cap")

    # GB18030 file
    gb = (PROG / GB_TXT).read_bytes()
    c.ok(not gb.startswith(b"\xef\xbb\xbf") and "每批不超过15人".encode("gb18030") in gb, "GB18030 file")


def check_directory(c):
    header, rows = read_directory()
    c.ok(header == COLUMNS, f"directory columns {header}")
    ids = [r["id"] for r in rows]
    c.ok(len(ids) == len(set(ids)), "duplicate ids")
    c.ok(55 <= len(rows) <= 60, f"{len(rows)} companies")
    by_country = collections.Counter(r["country"] for r in rows)
    c.ok(45 <= by_country["PK"] <= 52 and 8 <= by_country["CN"] <= 12, f"countries {dict(by_country)}")
    for r in rows:
        c.ok(re.fullmatch(r"(PK|CN)-\d{3}", r["id"]) is not None and r["id"][:2] == r["country"], f"id {r['id']}")
        c.ok(re.fullmatch(r"(19|20)\d\d", r["founded"]) is not None and int(r["founded"]) <= 2069, f"founded {r['id']}")
        c.ok(r["employees"].isdigit() and int(r["employees"]) > 0, f"employees {r['id']}")
        c.ok(r["pitched_at_webinar"] in ("yes", "no"), f"pitched {r['id']}")
        c.ok(r["website"].endswith(".example") and r["contact_email"].endswith(".example"), f"domains {r['id']}")
        c.ok(r["description"].strip() != "" and r["services"].strip() != "", f"empty description/services {r['id']}")
        c.ok(r["country"] == "PK" or r["pitched_at_webinar"] == "no", f"CN firm pitched {r['id']}")
    services = {s.strip() for r in rows for s in r["services"].split(";") if s.strip()}
    c.ok(140 <= len(services) <= 175, f"{len(services)} distinct services")
    c.ok(any(r["certifications"] == "none" for r in rows) and any(r["certifications"] == "" for r in rows), "certs")
    c.ok(any(r["name_zh"] == "" for r in rows) and any(r["description_zh"] == "" for r in rows), "empty zh cells")
    for needed in ("EASA Part-145", "CAA Pakistan approval", "AS9100", "ISO 27001", "ISO 9001", "DO-178C", "CAAC"):
        c.ok(any(needed in r["certifications"] for r in rows), f"no company holds {needed}")
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
    all_answers = [a for q in items for a in q["answer_must_contain_any"]]
    for stale in STALE:
        c.ok(not any(canon(stale) in canon(a) for a in all_answers), f"stale figure {stale} used as an answer")
    c.ok(not {"60", "12,000", "12000"} & set(all_answers), "stale figure used as an answer")
    company_names = [r["name"] for r in rows]
    for q in items:
        qid = q["id"]
        c.ok(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        m = re.fullmatch(r"s28-(en|zh|ur|ul|mx)-(\d\d)", qid)
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
        for s in q["expected_sources"]:
            c.ok(s in DOCS and (PROG / s).exists(), f"{qid}: unknown source {s}")
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
                found = any(canon(a) in s for s in srcs)
                if not found and a in EQUIV:
                    found = any(canon(EQUIV[a]) in s for s in srcs)
                c.ok(found, f"{qid}: answer {a!r} not in {q['expected_sources']}")
        elif kind == "directory":
            c.ok(not q["expected_sources"] and qid in FILTERS, f"{qid}: directory shape")
            if qid in FILTERS:
                want = answer_set(qid, rows)
                c.ok(q["expected_companies"] == want, f"{qid}: expected {q['expected_companies']} != filter {want}")
                c.ok(1 <= len(want) <= 7, f"{qid}: answer-set size {len(want)}")
        else:
            c.ok(not q["expected_sources"] and not q["expected_companies"], f"{qid}: unanswerable shape")
            if q["note"].startswith("near miss"):
                c.ok(qid in NEAR_MISS or qid in NEAR_MISS_LINES or qid == "s28-en-20", f"{qid}: no absence check")
    c.ok(set(FILTERS) == {q["id"] for q in items if q["kind"] == "directory"}, "filters vs directory questions")

    # near misses really are absent
    for qid, patterns in NEAR_MISS.items():
        for name, text in texts.items():
            for pat in patterns:
                c.ok(re.search(pat, text, re.I) is None, f"{qid}: {pat!r} found in {name}")
    for qid, groups in NEAR_MISS_LINES.items():
        hits = lines_with(texts, *groups)
        c.ok(not hits, f"{qid}: found {hits[:2]}")
    # the firms pitching at the 2069 launch webinar are never named: no directory firm appears in a document
    for name, text in texts.items():
        for company in company_names:
            c.ok(company.lower() not in text.lower(), f"s28-en-20: {company} named in {name}")
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
    print(f"sample-28 OK: {len(DOCS)} documents, {len(rows)} companies, {len(items)} questions")
    print("  by lang:", dict(langs))
    print("  by kind:", dict(kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
