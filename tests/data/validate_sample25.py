"""Validate held-out sample 25 ("Cipher Bridge 2063"): documents, directory.csv and questions-25.jsonl.

stdlib + python-docx + pypdf only. Exits 0 when every check passes, 1 otherwise.
build_sample25.py imports FILTERS from here to compute expected_companies.
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
KB = HERE / "sample-25"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-25.jsonl"

DOCUMENTS = [
    "cipher-bridge-overview.md",
    "participation-rules.txt",
    "services-tariff-catalogue.md",
    "offices-and-support.html",
    "grant-guide-2063.pdf",
    "help-centre-faq.html",
    "zh-grant-call.txt",
    "zh-subsidy-schedule.docx",
    "ur-fee-instalments.docx",
    "ur-site-visit-and-expo.md",
    "expo-pavilion-packages.html",
    "corrigendum-2063-01.md",
    "glossary.md",
    "news-eligibility-update.md",
    "buyer-guide-en-zh.md",
    "what-changed-since-2061.md",
]

LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}
ID_LANG = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}

URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")

# --------------------------------------------------------------------------- directory filters
# Regexes cover the directory's own wordings (abbreviations, spelled-out forms, Chinese, typos).
SOC = r"\bsoc\b|security operations? cent(re|er)|24\s*[x×/]\s*7|managed detection|\bmdr\b|安全运营|security monitoring"
PENTEST = r"pen[\s-]?test|penetr|\bvapt\b|渗透"
IAM = r"\biam\b|identity\s*(and|&)\s*access|single sign|\bsso\b|\bmfa\b|privileged access|\bpam\b|身份认证"
DR = r"disaster recovery|\bdr\b|business continuity|灾备|容灾"
FRAUD = r"fraud|反欺诈|风控|risk control|chargeback"
DLP = r"\bdlp\b|data[\s-]loss prevention|数据防泄漏"
TI = r"threat intel|dark web|威胁情报"
IR = r"incident response|\bdfir\b|应急响应"
OT = r"\bot\b|operational technology|\bics\b|scada|工控"
SIEM = r"siem|security information and event|\bsoar\b"
PKI = r"\bpki\b|digital certificate|public key|code signing|电子认证"
CSPM = r"\bcspm\b|cloud security posture"
BUGBOUNTY = r"bug[\s-]?bount|漏洞赏金"
PHISHSIM = r"phishing simul|钓鱼演练"
PIPL = r"\bpipl\b|数据合规|数据出境"

CERT_SOC2 = r"soc\s*2"
CERT_CREST = r"\bcrest\b"
CERT_PCI = r"\bpci"
CERT_OSCP = r"\boscp\b"


def items(cell):
    return [s.strip() for s in (cell or "").split(";") if s.strip()]


def has(row, col, rx):
    return any(re.search(rx, it, re.I) for it in items(row[col]))


def certs_known(row):
    return (row["certifications"] or "").strip() != ""


def lacks_cert(row, rx):
    """Known not to hold it: an empty cell means unknown and is left out; `none` counts as lacking."""
    return certs_known(row) and not has(row, "certifications", rx)


def pk(row):
    return row["country"] == "PK"


FILTERS = {
    "s25-en-10": lambda r: has(r, "services", SOC) and r["city"] == "Karachi",
    "s25-en-11": lambda r: has(r, "services", PENTEST) and r["city"] == "Lahore" and int(r["employees"]) < 100,
    "s25-en-12": lambda r: has(r, "services", IAM) and lacks_cert(r, CERT_SOC2),
    "s25-en-13": lambda r: has(r, "services", TI) and has(r, "services", IR),
    "s25-en-14": lambda r: has(r, "services", DLP),
    "s25-en-15": lambda r: r["pitched_at_webinar"] == "yes" and has(r, "services", SOC),
    "s25-zh-10": lambda r: pk(r) and has(r, "services", PENTEST) and has(r, "certifications", CERT_CREST),
    "s25-zh-11": lambda r: pk(r) and has(r, "services", OT),
    "s25-zh-12": lambda r: r["country"] == "CN" and r["city"] == "Shenzhen",
    "s25-zh-13": lambda r: has(r, "services", SIEM),
    "s25-zh-14": lambda r: has(r, "services", BUGBOUNTY),
    "s25-ur-08": lambda r: has(r, "services", DR) and int(r["founded"]) < 2010,
    "s25-ur-09": lambda r: pk(r) and has(r, "services", PKI) and r["city"] != "Islamabad",
    "s25-ur-10": lambda r: pk(r) and has(r, "services", SOC) and int(r["employees"]) >= 200,
    "s25-ul-07": lambda r: has(r, "services", DR) and r["city"] in ("Karachi", "Islamabad"),
    "s25-ul-08": lambda r: has(r, "services", FRAUD) and has(r, "certifications", CERT_PCI),
    "s25-ul-09": lambda r: has(r, "services", PENTEST) and has(r, "certifications", CERT_OSCP),
    "s25-ul-10": lambda r: r["city"] in ("Gilgit", "Skardu"),
    "s25-ul-11": lambda r: has(r, "services", CSPM) and has(r, "certifications", CERT_SOC2),
    "s25-mx-08": lambda r: pk(r) and has(r, "services", DLP) and r["city"] != "Karachi",
    "s25-mx-09": lambda r: has(r, "services", PIPL) and has(r, "languages", r"mandarin"),
    "s25-mx-10": lambda r: has(r, "services", PHISHSIM),
}


def load_directory(path=DIRECTORY):
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return reader.fieldnames, list(reader)


def answer_set(qid, rows):
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


# --------------------------------------------------------------------------- computed answers
CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


def cn_number(text):
    """A Chinese-numeral amount (一百二十万, 五, 二十) as an int."""
    total, section, digit = 0, 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in ("万", "亿"):
            section = (section + digit) * CN_UNITS[ch]
            total += section
            section, digit = 0, 0
        elif ch in CN_UNITS:
            section += (digit or 1) * CN_UNITS[ch]
            digit = 0
    return total + section + digit


def computed_strings(texts):
    """Answer strings derived by arithmetic or conversion from document text, by question id."""
    zh = texts["zh-grant-call.txt"]
    ur = norm(texts["ur-fee-instalments.docx"].translate(URDU_DIGITS))
    out = {}
    # zh-02: 20万-100万 band rate plus the western-region uplift in percentage points
    band = int(re.search(r"20万元以上至100万元\s+(\d+)%", zh).group(1))
    uplift = int(re.search(r"上浮(\d+)个百分点", zh).group(1))
    out["s25-zh-02"] = {f"{band + uplift}%"}
    # zh-09: top-band cap written in Chinese numerals
    cap = cn_number(re.search(r"500万元以上\s+\d+%\s+([〇零一二两三四五六七八九十百千万亿]+)元", zh).group(1))
    out["s25-zh-09"] = {f"{cap:,}", f"{cap // 10_000}万", f"RMB {cap:,}"}
    # ul-01: days to complete missing documents, in Chinese numerals
    days = cn_number(re.search(r"收到通知后([〇零一二两三四五六七八九十]+)个工作日内补正", zh).group(1))
    out["s25-ul-01"] = {f"{days} working days", f"{days}个工作日"}
    # ul-06: total budget in crore -> Western forms
    crore = int(re.search(r"کل بجٹ (\d+) کروڑ", ur).group(1))
    out["s25-ul-06"] = {f"{crore} crore", f"{crore * 10_000_000 // 1_000_000} million", f"{crore * 10_000_000:,}"}
    return out


# --------------------------------------------------------------------------- near misses
def near_miss_checks(texts, rows):
    """(question id, description, passed) for facts that must be absent from every document."""
    alltext = "\n".join(texts.values())
    low = alltext.lower()
    offices = texts["offices-and-support.html"]
    lines = alltext.splitlines()
    checks = []
    names = [r["name"] for r in rows] + [r["name_zh"] for r in rows if r["name_zh"]]
    checks.append(
        (
            "s25-en-16",
            "no directory firm is named in any document (2063 pitchers unpublished)",
            not any(n in alltext for n in names),
        )
    )
    checks.append(
        ("s25-en-17", "no smart-contract audit in the documents", not re.search(r"smart[\s-]?contract|智能合约", low))
    )
    checks.append(
        (
            "s25-en-18",
            "no Faisalabad office; Faisalabad listed as a city without one",
            not re.search(r"faisalabad (office|desk)", low) and "Faisalabad" in offices,
        )
    )
    checks.append(
        (
            "s25-zh-15",
            "no Beijing office; Beijing listed as a city without one",
            not re.search(r"beijing (office|desk)|北京办公室|北京办事处", low) and "Beijing," in offices,
        )
    )
    checks.append(
        (
            "s25-zh-16",
            "no 2061 subsidy figure",
            not any("2061" in ln and re.search(r"subsid|补贴", ln, re.I) for ln in lines),
        )
    )
    checks.append(("s25-ur-11", "no hackathon", not re.search(r"hackathon|ہیکاتھون|黑客马拉松", low)))
    checks.append(("s25-ur-12", "no HSM", not re.search(r"\bhsm\b|hardware security module|ہارڈویئر|加密机", low)))
    checks.append(
        (
            "s25-ul-12",
            "no 2061 voucher payout figures",
            not re.search(r"disburs|paid out|vouchers? (were )?(awarded|granted|received)", low),
        )
    )
    checks.append(("s25-mx-11", "no webinar recording", not re.search(r"recording|回放|ریکارڈنگ", low)))
    checks.append(("s25-mx-12", "no roadshow", not re.search(r"road\s?show|路演", low)))
    return checks


# --------------------------------------------------------------------------- checks
class Checker:
    def __init__(self):
        self.failures = []
        self.passed = 0

    def check(self, ok, message):
        if ok:
            self.passed += 1
        else:
            self.failures.append(message)
        return ok


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def check_documents(c):
    texts = {}
    for name in DOCUMENTS:
        p = PROG / name
        if not c.check(p.is_file(), f"missing document {name}"):
            continue
        try:
            t = extract(p)
        except Exception as exc:
            c.check(False, f"{name} does not extract: {exc}")
            continue
        c.check(len(norm(t)) > 300, f"{name} extracts too little text")
        texts[name] = t
    extra = sorted(p.name for p in PROG.iterdir() if p.name not in DOCUMENTS)
    c.check(not extra, f"unexpected files in programme/: {extra}")
    c.check(15 <= len(list(PROG.iterdir())) <= 16, "programme/ must hold 15 or 16 documents")
    if len(texts) != len(DOCUMENTS):
        return texts

    # plain text: wrapped at about 78 columns, numbered criteria, exception, footnote
    rules = (PROG / "participation-rules.txt").read_text(encoding="utf-8")
    c.check(max(len(ln) for ln in rules.splitlines()) <= 80, "participation-rules.txt lines exceed 80 columns")
    c.check(all(f"3.{i} " in rules for i in range(1, 7)), "rules lack numbered criteria 3.1-3.6")
    c.check("EXCEPTION to 3.3" in rules and "* Late applications" in rules, "rules lack exception clause / footnote")
    c.check(
        "7,500" in rules and all("7,500" not in t for n, t in texts.items() if n != "participation-rules.txt"),
        "footnote figure 7,500 must be stated in the rules only",
    )

    # PDF: 3 pages, running head, page numbers, table continued with header repeated, ruled, footnote
    import pypdf

    pdf = pypdf.PdfReader(str(PROG / "grant-guide-2063.pdf"))
    c.check(len(pdf.pages) == 3, "grant guide must have 3 pages")
    for i, page in enumerate(pdf.pages, 1):
        t = page.extract_text() or ""
        c.check("Cipher Bridge 2063 - Digital Trust Voucher Grant Guide" in t, f"pdf page {i} lacks running head")
        c.check(f"Page {i} of 3" in t, f"pdf page {i} lacks page number")
        c.check("Activity" in t and "Co-funding" in t and "Cap (PKR)" in t, f"pdf page {i} lacks Table 2 header row")
        data = page.get_contents().get_data().decode("latin-1")
        c.check(len(re.findall(r" l S", data)) >= 8, f"pdf page {i} has no ruled table")
        if i > 1:
            c.check("Table 2 (continued)" in t, f"pdf page {i} lacks 'Table 2 (continued)'")
    last = pdf.pages[2].extract_text() or ""
    c.check("* Row 5" in last, "pdf footnote missing on page 3")

    # Chinese docx: 3 tables, merged cells (vertical and horizontal)
    import docx

    zd = docx.Document(str(PROG / "zh-subsidy-schedule.docx"))
    c.check(len(zd.tables) == 3, "zh docx must have 3 tables")
    zx = docx_xml(PROG / "zh-subsidy-schedule.docx")
    c.check("w:vMerge" in zx and "w:gridSpan" in zx, "zh docx main table lacks merged cells")
    c.check(re.search(r"二〇六三年", texts["zh-grant-call.txt"]) is not None, "zh call lacks Chinese-form dates")
    c.check("亿" in texts["zh-grant-call.txt"] and "万" in texts["zh-grant-call.txt"], "zh call lacks 万/亿 amounts")

    # Urdu docx: right-to-left, one table, lakh, crore, Urdu digits
    ud = docx.Document(str(PROG / "ur-fee-instalments.docx"))
    ux = docx_xml(PROG / "ur-fee-instalments.docx")
    c.check(len(ud.tables) == 1, "ur docx must have exactly one table")
    c.check("<w:bidi/>" in ux or "<w:bidi " in ux, "ur docx lacks w:bidi")
    ut = texts["ur-fee-instalments.docx"]
    c.check("1,50,000" in ut and "کروڑ" in ut, "ur docx lacks lakh grouping / crore")
    for name in ("ur-fee-instalments.docx", "ur-site-visit-and-expo.md"):
        t = texts[name]
        urdu_nums = re.findall(r"[۰-۹][۰-۹,]*", t)
        western = re.findall(
            r"(?<![A-Za-z0-9])[0-9][0-9,]*", re.sub(r"[A-Za-z0-9_.-]+@[A-Za-z.]+|[A-Za-z]+\d+[A-Za-z0-9]*", "", t)
        )
        c.check(len(urdu_nums) >= len(western), f"{name}: fewer Urdu-digit than Western-digit figures")

    # HTML: page chrome, merged cells, details/dl
    def tags(name):
        p = HtmlText()
        p.feed((PROG / name).read_text(encoding="utf-8"))
        return p.tags

    t_off = tags("offices-and-support.html")
    c.check(all(t_off[x] for x in ("nav", "aside", "footer", "table")), "offices page lacks chrome")
    c.check("cookie" in texts["offices-and-support.html"].lower(), "offices page lacks cookie banner")
    expo = (PROG / "expo-pavilion-packages.html").read_text(encoding="utf-8")
    c.check("rowspan=" in expo and "colspan=" in expo, "expo page lacks rowspan/colspan")
    t_faq = tags("help-centre-faq.html")
    c.check(
        t_faq["details"] >= 3 and t_faq["summary"] >= 3 and t_faq["dl"] == 1 and t_faq["dt"] >= 3,
        "FAQ lacks details/summary/dl",
    )

    # CMS markdown, bilingual, <br> table, glossary, corrigendum
    news = texts["news-eligibility-update.md"]
    c.check(
        re.match(r"---\ntitle: .+\ndate: .+\ntags: .+\nlang: en\n", news) is not None,
        "news page lacks YAML front matter",
    )
    c.check("- 2.1" in news and "- b)" in news and "**Exception:**" in news, "news page lacks nested sub-items")
    cat = texts["services-tariff-catalogue.md"]
    c.check("<br>" in cat and "**USD" in cat and "| — |" in cat, "catalogue lacks <br>/bold/— table cells")
    c.check("Fee 费用" in texts["buyer-guide-en-zh.md"], "buyer guide lacks bilingual header")
    gl = texts["glossary.md"]
    c.check(len(re.findall(r"^[A-Z][^\n—]{1,40} — ", gl, re.M)) >= 8, "glossary lacks Term — definition lines")
    c.check("| Document | Clause | As printed | Corrected to |" in texts["corrigendum-2063-01.md"], "corrigendum table")
    only = r"RMB 800(?![0-9,])|(?<![0-9,])800元"
    c.check(
        re.search(only, texts["buyer-guide-en-zh.md"]) is not None
        and all(not re.search(only, t) for n, t in texts.items() if n != "buyer-guide-en-zh.md"),
        "bilingual-only fact (RMB 800 per extra meeting) must be stated there only",
    )
    c.check(
        "23 February 2022" in texts["cipher-bridge-overview.md"]
        and all("2022" not in t for n, t in texts.items() if n != "cipher-bridge-overview.md"),
        "real 2022 webinar facts must be stated in the overview only",
    )
    for n, t in texts.items():
        for dom in re.findall(r"[A-Za-z0-9.-]+\.(?:com|org|net|pk|cn)\b", t):
            c.check(False, f"{n}: non-.example domain {dom}")
    return texts


def check_directory(c):
    header, rows = load_directory()
    c.check(header == COLUMNS, f"directory columns differ: {header}")
    ids = [r["id"] for r in rows]
    c.check(len(ids) == len(set(ids)), "duplicate directory ids")
    c.check(55 <= len(rows) <= 60, f"directory has {len(rows)} rows")
    n_pk = sum(r["country"] == "PK" for r in rows)
    c.check(45 <= n_pk <= 52 and 8 <= len(rows) - n_pk <= 12, "directory PK/CN split")
    for r in rows:
        c.check(
            re.fullmatch(r"(PK|CN)-\d{3}", r["id"]) is not None and r["id"][:2] == r["country"], f"bad id {r['id']}"
        )
        c.check(r["founded"].isdigit() and 1990 <= int(r["founded"]) <= 2063, f"{r['id']} founded")
        c.check(r["employees"].isdigit(), f"{r['id']} employees")
        c.check(r["pitched_at_webinar"] in ("yes", "no"), f"{r['id']} pitched_at_webinar")
        c.check(r["website"].endswith(".example") and r["contact_email"].endswith(".example"), f"{r['id']} domains")
        c.check(bool(r["name"] and r["city"] and r["services"] and r["description"]), f"{r['id']} empty required cell")
    certs = [r["certifications"] for r in rows]
    c.check("none" in certs and "" in certs, "directory needs both `none` and empty certifications")
    c.check(any(not r["name_zh"] for r in rows) and any(not r["description_zh"] for r in rows), "some empty zh cells")
    distinct = {s.lower() for r in rows for s in items(r["services"])}
    c.check(135 <= len(distinct) <= 175, f"{len(distinct)} distinct services (want about 150)")
    c.check(any(re.search(HAN, s) for s in distinct), "no service written in Chinese")
    return rows


def check_questions(c, texts, rows):
    qs = [json.loads(ln) for ln in QUESTIONS.read_text(encoding="utf-8").splitlines() if ln.strip()]
    c.check(len(qs) == 80, f"{len(qs)} questions, want 80")
    ids = [q["id"] for q in qs]
    c.check(len(set(ids)) == len(ids), "duplicate question ids")
    langs = collections.Counter(q["lang"] for q in qs)
    kinds = collections.Counter(q["kind"] for q in qs)
    c.check(dict(langs) == LANG_COUNTS, f"lang counts {dict(langs)}")
    c.check(dict(kinds) == KIND_COUNTS, f"kind counts {dict(kinds)}")
    notes = collections.Counter(q["note"].split(":")[0] for q in qs if q["kind"] == "unanswerable")
    c.check(notes == {"off-topic": 10, "near miss": 10}, f"unanswerable notes {dict(notes)}")
    computed = computed_strings(texts)
    normtexts = {n: norm(t.translate(URDU_DIGITS)) for n, t in texts.items()}
    for q in qs:
        qid = q["id"]
        c.check(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        m = re.fullmatch(r"s25-(en|zh|ur|ul|mx)-(\d\d)", qid)
        if not c.check(m is not None, f"bad id {qid}"):
            continue
        c.check(ID_LANG[m.group(1)] == q["lang"], f"{qid}: id does not match lang {q['lang']}")
        text = q["question"]
        han, arab = len(re.findall(HAN, text)), len(re.findall(ARABIC, text))
        latin = len(re.findall(r"[A-Za-z]", text))
        lang = q["lang"]
        if lang in ("en", "ur-Latn"):
            c.check(han == 0 and arab == 0 and script_lang(text) == "en", f"{qid}: script is not Latin")
            roman = re.search(
                r"\b(hai|hain|kya|kitna|kitne|kitni|mein|wali|ka|ki|ke|koi|kab|hon|karti|chahiye)\b", text, re.I
            )
            c.check((roman is not None) == (lang == "ur-Latn"), f"{qid}: Roman-Urdu markers do not match lang {lang}")
        elif lang == "zh":
            c.check(script_lang(text) == "zh" and arab == 0, f"{qid}: script is not Chinese")
        elif lang == "ur":
            c.check(script_lang(text) == "ur" and han == 0, f"{qid}: script is not Urdu")
        else:
            c.check(sum(n >= 2 for n in (han, arab, latin)) >= 2, f"{qid}: mixed question uses one script only")
        for s in q["expected_sources"]:
            c.check(s in DOCUMENTS, f"{qid}: expected source {s} does not exist")
        kind = q["kind"]
        if kind == "programme":
            c.check(bool(q["expected_sources"]) and not q["expected_companies"], f"{qid}: programme fields")
            c.check(bool(q["answer_must_contain_any"]), f"{qid}: no answer strings")
            derived = computed.get(qid, set())
            c.check((qid in computed) == ("computed" in q["note"]), f"{qid}: 'computed' note / recompute mismatch")
            for a in q["answer_must_contain_any"]:
                na = norm(a.translate(URDU_DIGITS))
                found = any(na in normtexts[s] for s in q["expected_sources"] if s in normtexts)
                c.check(found or a in derived, f"{qid}: answer {a!r} not in expected sources nor computed")
        elif kind == "directory":
            c.check(not q["expected_sources"], f"{qid}: directory item has sources")
            if c.check(qid in FILTERS, f"{qid}: no filter"):
                want = answer_set(qid, rows)
                c.check(q["expected_companies"] == want, f"{qid}: expected {q['expected_companies']} != filter {want}")
                c.check(1 <= len(want) <= 7, f"{qid}: answer-set size {len(want)}")
        else:
            c.check(not q["expected_sources"] and not q["expected_companies"], f"{qid}: unanswerable fields")
            c.check(re.match(r"(off-topic|near miss): ", q["note"]) is not None, f"{qid}: note prefix")
    c.check(set(FILTERS) == {q["id"] for q in qs if q["kind"] == "directory"}, "filters and directory items differ")
    nm = {q["id"] for q in qs if q["note"].startswith("near miss")}
    for qid, desc, ok in near_miss_checks(texts, rows):
        c.check(qid in nm, f"{qid} is not a near-miss item")
        c.check(ok, f"{qid}: near-miss fact present in documents ({desc})")
    return qs


def main():
    c = Checker()
    texts = check_documents(c)
    rows = check_directory(c) if DIRECTORY.is_file() else c.check(False, "missing directory.csv") or []
    if QUESTIONS.is_file() and len(texts) == len(DOCUMENTS):
        check_questions(c, texts, rows)
    else:
        c.check(False, "questions-25.jsonl missing or documents incomplete")
    for f in c.failures:
        print("FAIL:", f)
    print(f"{c.passed} checks passed, {len(c.failures)} failed")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
