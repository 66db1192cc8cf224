#!/usr/bin/env python3
"""Validate held-out sample 24 ("Scribe Silk 2061"): documents, directory.csv and questions-24.jsonl.

stdlib + python-docx + pypdf only. Exits 0 when every check passes, 1 otherwise (listing the failures).
The directory filters below are also used by build_sample24.py to compute expected_companies.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample_text import ARABIC, COLUMNS, FIELDS, HAN, HtmlText, extract, script_lang  # noqa: E402

KB = HERE / "sample-24"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-24.jsonl"

DOCS = [
    "overview.md",
    "participation-rules.txt",
    "tariff-catalogue.txt",
    "offices-support.html",
    "grant-guide-2061.pdf",
    "applicant-qa.md",
    "grant-call-zh.txt",
    "buyer-guide-zh.docx",
    "voucher-instalments-ur.docx",
    "study-tour-fair-ur.md",
    "matchmaking-tracks.html",
    "corrigendum-01.md",
    "glossary.md",
    "changes-since-2059.md",
]
LANG_OF_PREFIX = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}

# ------------------------------------------------------------------------------------------------------------
# Text folding used for "does this answer string occur in the document": Urdu/Arabic-Indic digits -> ASCII,
# Chinese numerals -> digits, thousands separators dropped (so 1,50,000 = 150,000), whitespace dropped.
# ------------------------------------------------------------------------------------------------------------
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٪٫٬", "01234567890123456789%.,")
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_number(run: str) -> str:
    if "〇" in run or (len(run) > 1 and not any(c in CN_UNIT for c in run)):
        return "".join(str(CN_DIGIT[c]) for c in run if c in CN_DIGIT)  # 二〇六一 -> 2061
    total = current = 0
    for c in run:
        if c in CN_DIGIT:
            current = CN_DIGIT[c]
        else:
            total += (current or 1) * CN_UNIT[c]
            current = 0
    return str(total + current)


def fold(text: str) -> str:
    text = text.translate(DIGITS)
    text = re.sub(r"[〇零一二两三四五六七八九十百千]+", lambda m: cn_number(m.group()), text)
    text = re.sub(r"(?<=\d),(?=\d)", "", text)
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return re.sub(r"\s+", "", text).lower()


# ------------------------------------------------------------------------------------------------------------
# Directory filters (regexes cover the directory's own wordings, abbreviations, Chinese forms and typos)
# ------------------------------------------------------------------------------------------------------------
P_OCR = r"\bocr\b|optical\s+char\w*ter\s+recognition|光学字符识别"
P_EDISC = r"e-?discovery|document review|technology-assisted review|电子取证"
P_IDP = r"\bidp\b|intelligent document processing|智能文档处理"
P_CONTRACT = r"contract (analysis|analytics|review)|clause extraction|合同审查"
P_MT = r"\bmt\b|\bnmt\b|machine translation|机器翻译"
P_SPEECH = r"\basr\b|speech[- ]to[- ]text|speech recognition|语音识别|语音转写"
P_TRANSCRIBE = P_SPEECH + r"|transcri\w*"
P_AML = r"\baml\b|\bkyc\b|anti-money|know[- ]your[- ]customer|反洗钱"
P_SUBTITLE = r"subtit\w*|caption\w*|字幕"
P_IPSEARCH = r"trade ?mark|patent|\bip search|商标|专利"
P_TRANSLATE = r"translat\w*|interpret\w*|翻译|口译"
P_ARCHIVE = r"archiv\w*|records? (&|and )?(archive )?management|档案"
P_ESIGN = r"e-?sign\w*|electronic signature|digital signing|电子签名"
P_ANNOT = r"annotat\w*|label+ing|\bnlp\b|natural language processing|corpus|数据标注"
P_COURT = r"court (case )?management|case[- ]management|cause list|e-filing"
P_CUSTOMS = r"customs|trade doc\w*|export documentation|letters? of credit"
P_LEGALRESEARCH = r"legal research|case-?law search|legal search|judgment database|statute search"
P_REGULATORY = r"regulatory|regtech|compliance monitoring"


def items(cell: str) -> list[str]:
    return [s.strip() for s in cell.split(";") if s.strip()]


def svc(row: dict, pattern: str) -> bool:
    return any(re.search(pattern, s, re.I) for s in items(row["services"]))


def certs(row: dict) -> list[str]:
    return items(row["certifications"])


def emp(row: dict) -> int:
    return int(row["employees"])


DIR_FILTERS = {
    "s24-en-10": lambda r: svc(r, P_OCR) and r["city"] == "Lahore",
    "s24-en-11": lambda r: svc(r, P_EDISC) and emp(r) > 100,
    "s24-en-12": lambda r: svc(r, P_IDP),
    "s24-en-13": lambda r: svc(r, P_CONTRACT) and r["certifications"] != "" and "ISO 27001" not in certs(r),
    "s24-en-14": lambda r: svc(r, P_MT) and r["pitched_at_webinar"] == "yes",
    "s24-en-15": lambda r: r["country"] == "CN" and r["city"] == "Shanghai",
    "s24-zh-10": lambda r: r["country"] == "PK" and svc(r, P_TRANSCRIBE) and r["city"] == "Karachi",
    "s24-zh-11": lambda r: svc(r, P_AML) and r["city"] != "Islamabad",
    "s24-zh-12": lambda r: svc(r, P_SUBTITLE) and emp(r) < 50,
    "s24-zh-13": lambda r: svc(r, P_IPSEARCH),
    "s24-zh-14": lambda r: r["country"] == "CN" and r["city"] in ("Shenzhen", "Guangzhou"),
    "s24-ur-08": lambda r: svc(r, P_TRANSLATE) and r["city"] == "Peshawar",
    "s24-ur-09": lambda r: svc(r, P_ARCHIVE) and int(r["founded"]) < 2045,
    "s24-ur-10": lambda r: svc(r, P_ESIGN) and r["city"] != "Karachi",
    "s24-ul-08": lambda r: svc(r, P_ANNOT) and r["city"] in ("Faisalabad", "Multan"),
    "s24-ul-09": lambda r: svc(r, P_COURT) and r["pitched_at_webinar"] == "yes",
    "s24-ul-10": lambda r: svc(r, P_CUSTOMS) and r["city"] == "Sialkot",
    "s24-ul-11": lambda r: svc(r, P_LEGALRESEARCH) and certs(r) == ["none"],
    "s24-mx-07": lambda r: svc(r, P_OCR) and svc(r, P_ARCHIVE) and r["city"] in ("Karachi", "Lahore"),
    "s24-mx-08": lambda r: svc(r, P_REGULATORY) and emp(r) > 200,
    "s24-mx-09": lambda r: svc(r, P_SPEECH) and r["city"] == "Islamabad",
    "s24-mx-10": lambda r: svc(r, P_MT) and emp(r) < 50,
}

# ------------------------------------------------------------------------------------------------------------
# Answers derived by arithmetic: recomputed here from figures that must occur in the expected sources
# ------------------------------------------------------------------------------------------------------------


def _zh01():
    value, rate, uplift, cap = 500_000, 0.15, 0.05, 120_000  # 20万以上至100万元 band, western uplift, cap
    subsidy = min(round(value * (rate + uplift)), cap)
    forms = {f"{subsidy:,}", f"{subsidy // 10_000}万", "十万" if subsidy == 100_000 else ""}
    facts = ["20万元以上至100万元（含）", "15%", "上浮5个百分点", "四川", "十二万元"]
    return forms - {""}, facts


def _en06():
    crore = 12
    total = crore * 10_000_000
    forms = {"۱۲ کروڑ", f"{crore} کروڑ", f"{crore} crore", f"{total:,}", f"{total // 1_000_000} million"}
    return forms, ["۱۲ کروڑ روپے"]


COMPUTED = {"s24-zh-01": _zh01, "s24-en-06": _en06}

# ------------------------------------------------------------------------------------------------------------
# Near misses: what the question asks for must really be absent from every document
# ------------------------------------------------------------------------------------------------------------
NEAR_MISS_ABSENT = {
    "s24-en-16": [r"Quetta[^\n]{0,80}(Floor|Road|Plaza|Suite|Hub|\+92)", r"\+92 ?81", r"quetta@"],
    "s24-en-17": [r"(?i)arabic", "عربی", "阿拉伯"],
    "s24-zh-15": [r"(?i)pitched at the 2061 launch webinar (were|are|included)", r"路演企业名单"],
    "s24-zh-16": [r"(?i)we-?chat", "微信", r"(?i)weixin"],
    "s24-ur-11": [
        r"(?i)applications? (were )?received",
        r"(?i)\d[\d,]* applications",
        "درخواستیں موصول",
        r"收到.{0,6}申请",
    ],
    "s24-ur-12": [r"(?i)ramadan|ramzan", "رمضان", "斋月", r"(?i)\beid\b", "عید"],
    "s24-ul-12": [r"(?i)sign language", "手语", "اشاروں کی زبان"],
    "s24-ul-13": [r"(?i)visa", "ویزا", "签证"],
    "s24-mx-11": [r"(?i)canton fair", "广交会", r"(?i)guangzhou[^\n]{0,60}(fair|expo|pavilion)"],
    "s24-mx-12": [r"(?i)\bloans?\b", "贷款", "قرض"],
}

failures: list[str] = []


def check(ok: bool, message: str) -> bool:
    if not ok:
        failures.append(message)
    return ok


def load_directory() -> list[dict[str, str]]:
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def check_documents() -> dict[str, str]:
    texts = {}
    files = sorted(p.name for p in PROG.iterdir())
    check(sorted(files) == sorted(DOCS), f"programme/ holds {files}, expected {sorted(DOCS)}")
    check(13 <= len(files) <= 14, f"{len(files)} documents, expected 13 or 14")
    for name in DOCS:
        path = PROG / name
        if not check(path.exists(), f"missing document {name}"):
            continue
        try:
            text = extract(path)
        except Exception as exc:
            check(False, f"{name} does not extract: {exc}")
            continue
        check(len(text.strip()) > 400, f"{name} extracts too little text ({len(text)} chars)")
        texts[name] = text
    formats = Counter(Path(n).suffix for n in DOCS)
    check(set(formats) == {".md", ".txt", ".html", ".pdf", ".docx"}, f"formats {formats}")

    # rules: wrapped at about 78 columns
    rules = (PROG / "participation-rules.txt").read_text(encoding="utf-8")
    long = [i + 1 for i, line in enumerate(rules.splitlines()) if len(line) > 79]
    check(not long, f"participation-rules.txt lines longer than 79 columns: {long}")
    check("(1) Fees include sales tax" in rules and "25,000" in rules, "rules fee-table footnote missing")
    for name, text in texts.items():
        if name not in ("participation-rules.txt", "grant-guide-2061.pdf", "corrigendum-01.md"):
            check("25,000" not in text.replace("USD 25,000", ""), f"footnote figure PKR 25,000 also stated in {name}")
    # PDF: 3 pages, running head and page number on every page, Table 2 continued with header repeated
    import pypdf

    reader = pypdf.PdfReader(str(PROG / "grant-guide-2061.pdf"))
    check(len(reader.pages) == 3, f"grant guide has {len(reader.pages)} pages, expected 3")
    for n, page in enumerate(reader.pages, start=1):
        t = page.extract_text() or ""
        check("Scribe Silk 2061 | Grant Guide" in t, f"PDF page {n}: running head missing")
        check(f"Page {n} of 3" in t, f"PDF page {n}: page number missing")
        check("Service line" in t and "26-100 staff" in t, f"PDF page {n}: Table 2 header row missing")
        if n > 1:
            check("Table 2 (continued)" in t, f"PDF page {n}: 'Table 2 (continued)' missing")
        data = page.get_contents().get_data()
        check(data.count(b" l S") >= 10, f"PDF page {n}: table rules missing")
    page2 = reader.pages[1].extract_text() or ""
    page3 = reader.pages[2].extract_text() or ""
    check("Speech-to-text & transcription - Urdu ASR" in page2 and "2,300,000" in page2, "PDF row 11 not on page 2")
    check("Intelligent document processing" in page2, "PDF row 8 not on page 2")
    check("Trademark & patent search tools" in page3 and "2,500,000" in page3, "PDF row 16 not on page 3")
    check("10% uplift" in page3, "PDF footnote missing on page 3")
    # HTML chrome and merged cells
    parser = HtmlText()
    parser.feed((PROG / "offices-support.html").read_text(encoding="utf-8"))
    for tag in ("nav", "footer", "aside", "header", "table", "button"):
        check(parser.tags[tag] > 0, f"offices-support.html has no <{tag}>")
    check(
        "no Scribe Silk office in Quetta" in texts.get("offices-support.html", ""), "cities without office not stated"
    )
    tracks_raw = (PROG / "matchmaking-tracks.html").read_text(encoding="utf-8")
    check("rowspan=" in tracks_raw and "colspan=" in tracks_raw, "matchmaking-tracks.html lacks rowspan/colspan")
    # Chinese docx: 2-3 tables, merged cells down and across
    with zipfile.ZipFile(PROG / "buyer-guide-zh.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    check(xml.count("<w:tbl>") in (2, 3), "buyer-guide-zh.docx should hold 2-3 tables")
    check("w:vMerge" in xml and "w:gridSpan" in xml, "buyer-guide-zh.docx lacks vertical/horizontal merged cells")
    # Urdu docx: right-to-left, one table, lakh and crore
    with zipfile.ZipFile(PROG / "voucher-instalments-ur.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    check("<w:bidi/>" in xml and "w:bidiVisual" in xml, "voucher-instalments-ur.docx is not right-to-left")
    check(xml.count("<w:tbl>") == 1, "voucher-instalments-ur.docx should hold exactly one table")
    ur_docx = texts.get("voucher-instalments-ur.docx", "")
    check("۱,۵۰,۰۰۰" in ur_docx and "کروڑ" in ur_docx and "ڈیڑھ لاکھ" in ur_docx, "Urdu docx lacks lakh/words/crore")
    # Urdu documents: at least half of the figures in Urdu digits
    for name in ("voucher-instalments-ur.docx", "study-tour-fair-ur.md"):
        t = texts.get(name, "")
        urdu = len(re.findall(r"[۰-۹][۰-۹,]*", t))
        western = len(re.findall(r"[0-9][0-9,]*", t))
        check(urdu >= western and urdu >= 10, f"{name}: {urdu} Urdu-digit figures vs {western} Western")
        check(len(re.findall(ARABIC, t)) > 200, f"{name} is not mainly Urdu")
    # Chinese documents: Chinese numerals and Chinese-form dates
    call = texts.get("grant-call-zh.txt", "")
    for s in ("二〇六一年四月十日", "十二万元", "十五个工作日", "三份合同", "1.2亿元", "万元"):
        check(s in call, f"grant-call-zh.txt lacks {s}")
    check(len(re.findall(HAN, call)) > 400, "grant-call-zh.txt is not mainly Chinese")
    # corrigendum later than the rules, changes one figure and one date
    corr = texts.get("corrigendum-01.md", "")
    check("20 February 2061" in corr and "10 January 2061" in rules, "corrigendum / rules dates")
    check("PKR 45,000" in rules and "20 April 2061" in rules, "rules lack the figures the corrigendum changes")
    check("PKR 40,000" in corr and "27 April 2061" in corr, "corrigendum lacks the corrected figure/date")
    for name, t in texts.items():
        if name != "corrigendum-01.md":
            check("27 April" not in t and "40,000" not in t.replace("RMB 40", ""), f"{name} states a corrected value")
    # real facts only in the overview
    for name, t in texts.items():
        if name != "overview.md":
            check("Software Business Union" not in t and "Consulate General" not in t, f"real 2022 facts in {name}")
    ov = texts.get("overview.md", "")
    for s in (
        "23 February 2022",
        "Consulate General of Pakistan in Shanghai",
        "Software Business Union of Shanghai",
        "Shanghai Software Industry Association",
        "Trade Development Authority (TDAP)",
    ):
        check(s in re.sub(r"\s+", " ", ov), f"overview lacks real fact {s!r}")
    # fictional contacts only
    for name in DOCS:
        raw = (
            (PROG / name).read_text(encoding="utf-8", errors="ignore")
            if not name.endswith((".pdf", ".docx"))
            else texts.get(name, "")
        )
        for host in re.findall(r"[\w.-]+@([\w.-]+\w)", raw):
            check(host.endswith(".example"), f"{name}: e-mail domain {host} does not end in .example")
    return texts


def check_directory() -> list[dict[str, str]]:
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    check(header == COLUMNS, f"directory columns {header}")
    rows = load_directory()
    check(55 <= len(rows) <= 60, f"{len(rows)} companies, expected 55-60")
    ids = [r["id"] for r in rows]
    check(len(set(ids)) == len(ids), "duplicate ids")
    countries = Counter(r["country"] for r in rows)
    check(45 <= countries["PK"] <= 52 and 8 <= countries["CN"] <= 12, f"countries {countries}")
    for r in rows:
        check(re.fullmatch(r"(PK|CN)-\d{3}", r["id"]) is not None and r["id"][:2] == r["country"], f"bad id {r['id']}")
        check(r["founded"].isdigit() and 1990 <= int(r["founded"]) <= 2060, f"{r['id']} founded {r['founded']}")
        check(r["employees"].isdigit() and int(r["employees"]) > 0, f"{r['id']} employees {r['employees']}")
        check(r["pitched_at_webinar"] in ("yes", "no"), f"{r['id']} pitched {r['pitched_at_webinar']}")
        check(bool(r["name"] and r["city"] and r["services"] and r["description"]), f"{r['id']} has empty fields")
        check(r["website"].endswith(".example") and r["contact_email"].endswith(".example"), f"{r['id']} domains")
        check(r["country"] == "PK" or r["pitched_at_webinar"] == "no", f"{r['id']}: a Chinese firm pitched")
    distinct = {s for r in rows for s in items(r["services"])}
    check(len(distinct) >= 140, f"only {len(distinct)} distinct service strings")
    check(
        any(r["certifications"] == "none" for r in rows) and any(r["certifications"] == "" for r in rows),
        "need both 'none' and empty certifications",
    )
    check(any(not r["name_zh"] for r in rows) and any(not r["description_zh"] for r in rows), "need empty zh cells")
    check(any(re.search(HAN, s) for s in distinct), "no service written in Chinese")
    check(any(" & " in s or " and " in s for s in distinct), "no joined service item")
    cities = {r["city"] for r in rows if r["country"] == "PK"}
    check(len(cities) >= 12, f"only {len(cities)} Pakistani cities")
    return rows


def check_questions(texts: dict[str, str], rows: list[dict[str, str]]) -> None:
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    qs = [json.loads(line) for line in lines if line.strip()]
    check(len(qs) == 80, f"{len(qs)} questions, expected 80")
    check(len({q["id"] for q in qs}) == len(qs), "duplicate question ids")
    check(Counter(q["lang"] for q in qs) == Counter(LANG_COUNTS), f"langs {Counter(q['lang'] for q in qs)}")
    check(Counter(q["kind"] for q in qs) == Counter(KIND_COUNTS), f"kinds {Counter(q['kind'] for q in qs)}")
    notes = Counter(q["note"].split(":")[0] for q in qs if q["kind"] == "unanswerable")
    check(notes == Counter({"off-topic": 10, "near miss": 10}), f"unanswerable notes {notes}")
    folded = {name: fold(t) for name, t in texts.items()}
    all_text = "\n".join(texts.values())
    sizes = []
    for q in qs:
        qid = q["id"]
        check(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        m = re.fullmatch(r"s24-(en|zh|ur|ul|mx)-(\d\d)", qid)
        if not check(m is not None, f"bad id {qid}"):
            continue
        check(LANG_OF_PREFIX[m.group(1)] == q["lang"], f"{qid}: lang {q['lang']}")
        text = q["question"]
        scripts = {s for s, pat in (("han", HAN), ("arabic", ARABIC), ("latin", r"[A-Za-z]")) if re.search(pat, text)}
        lang = q["lang"]
        if lang in ("en", "zh", "ur"):
            check(script_lang(text) == lang, f"{qid}: script {script_lang(text)} does not match {lang}")
        elif lang == "ur-Latn":
            check(scripts == {"latin"}, f"{qid}: Roman Urdu question uses scripts {scripts}")
        else:
            check(len(scripts) >= 2, f"{qid}: mixed question uses only {scripts}")
        for src in q["expected_sources"]:
            check(src in DOCS and (PROG / src).exists(), f"{qid}: unknown source {src}")
        if q["kind"] == "programme":
            check(bool(q["expected_sources"]) and bool(q["answer_must_contain_any"]), f"{qid}: sources/answers empty")
            check(q["expected_companies"] == [], f"{qid}: programme item with companies")
            computed, facts = COMPUTED[qid]() if qid in COMPUTED else (set(), [])
            if qid in COMPUTED:
                check("computed" in q["note"], f"{qid}: note should say computed")
                for fact in facts:
                    check(
                        any(fold(fact) in folded[s] for s in q["expected_sources"]),
                        f"{qid}: fact {fact!r} not in sources",
                    )
            else:
                check("computed" not in q["note"], f"{qid}: 'computed' note without a recomputation")
            for ans in q["answer_must_contain_any"]:
                ok = ans in computed or any(fold(ans) in folded[s] for s in q["expected_sources"])
                check(ok, f"{qid}: answer {ans!r} not found in {q['expected_sources']}")
        elif q["kind"] == "directory":
            check(q["expected_sources"] == [] and q["answer_must_contain_any"] == [], f"{qid}: directory item fields")
            if check(qid in DIR_FILTERS, f"{qid}: no filter"):
                want = sorted(r["id"] for r in rows if DIR_FILTERS[qid](r))
                check(q["expected_companies"] == want, f"{qid}: expected {want}, file has {q['expected_companies']}")
                check(1 <= len(want) <= 7, f"{qid}: answer-set size {len(want)}")
                sizes.append(len(want))
        else:
            check(q["expected_companies"] == [] and q["expected_sources"] == [], f"{qid}: unanswerable with targets")
            if q["note"].startswith("near miss") and check(qid in NEAR_MISS_ABSENT, f"{qid}: no absence check"):
                for pat in NEAR_MISS_ABSENT[qid]:
                    hit = re.search(pat, all_text)
                    check(hit is None, f"{qid}: near-miss fact present: {hit.group() if hit else ''!r}")
    check(set(DIR_FILTERS) == {q["id"] for q in qs if q["kind"] == "directory"}, "filters and directory items differ")
    check(
        set(NEAR_MISS_ABSENT) == {q["id"] for q in qs if q["note"].startswith("near miss")}, "near-miss checks differ"
    )
    # the 2061 launch-webinar pitchers are never named: no directory firm appears in any document
    for r in rows:
        core = re.sub(r"\s*\(Pvt\)\s*Ltd\.?$|,?\s+Co\.,?\s*Ltd\.?$|\s+Co\.$|\s+Ltd\.?$", "", r["name"]).strip()
        for name in {core, r["name_zh"]} - {""}:
            check(name not in all_text, f"directory firm {name!r} named in the documents")


def main() -> int:
    texts = check_documents()
    rows = check_directory()
    check_questions(texts, rows)
    if failures:
        print(f"{len(failures)} check(s) failed:")
        for f in failures:
            print(" -", f)
        return 1
    print("sample 24: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
