"""Validate held-out sample 22 ("Signal Silk 2057"). stdlib + python-docx + pypdf only.

Exits 0 when every check passes. The directory filters below are also used by build_sample22.py
to compute expected_companies.
"""

from __future__ import annotations

import collections
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample_text import ARABIC, COLUMNS, FIELDS, HAN, HtmlText, extract, norm, script_lang  # noqa: E402

SAMPLE = HERE / "sample-22"
PROG = SAMPLE / "programme"
DIRECTORY = SAMPLE / "directory.csv"
QUESTIONS = HERE / "questions-22.jsonl"

DOCUMENTS = [
    "signal-silk-overview.md",
    "participation-rules.txt",
    "services-tariff-catalogue.md",
    "offices-and-support.html",
    "grant-guide-2057.pdf",
    "grant-questions-and-answers.md",
    "grant-call-zh.txt",
    "schedule-subsidy-refunds-zh.docx",
    "fees-instalments-ur.docx",
    "site-visit-and-expo-ur.md",
    "changes-since-2055.md",
]

LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}
LANG_CODE = {"en": "en", "zh": "zh", "ur": "ur", "ur-Latn": "ul", "mixed": "mx"}


# ---------------------------------------------------------------------------------------------
# Directory filters: regexes cover the directory's own wordings
# ---------------------------------------------------------------------------------------------


def svc(row, pattern):
    return re.search(pattern, row["services"], re.I) is not None


def pk(row):
    return row["country"] == "PK"


BILLING = r"bill?ing|\brating\b|charging"
OSS = r"\bOSS\b|operations? support system"
NOC_24 = r"\bNOC\b|network operations? cent(re|er)|24x7|24/7"
NOC = r"\bNOC\b|network operations? cent(re|er)"
RA_FRAUD = r"revenue assurance|fraud"
RAN = r"\bRAN\b|radio access|drive[- ]?test|RF optimi[sz]"
MNP = r"\bMNP\b|number portab|号码携带|携号转网"
GROUND = r"satellite ground|ground[- ]station|ground segment|地面站"
BROADCAST_IND = r"broadcast|cable|radio|television|广电"
CDN = r"\bCDN\b|content delivery|内容分发"
TRANSCODE = r"transcod|转码"
GIS = r"fib(re|er)|\bGIS\b|network planning|光纤"
PLAYOUT = r"play-?out"
TOWER = r"tower|site asset|passive infra"
SPEECH = r"speech recognition|\bASR\b|speech-to-text|语音识别"
SUBTITLE = r"subtit|caption|字幕"
CALL = r"call[- ]?cent(re|er)|contact cent(re|er)|\bIVR\b"
IPTV = r"IPTV|middleware"
SIM = r"\beSIM\b|SIM provisioning|SM-DP|remote SIM"
MEDIATION = r"mediation"
CORE5G = r"5G core|\b5GC\b"
SPECTRUM = r"spectrum"

FILTERS = {
    "s22-en-10": lambda r: pk(r) and r["city"] == "Karachi" and svc(r, BILLING),
    "s22-en-11": lambda r: pk(r) and svc(r, OSS) and int(r["employees"]) >= 100,
    "s22-en-12": lambda r: pk(r) and r["city"] == "Lahore" and svc(r, NOC_24),
    "s22-en-13": lambda r: r["pitched_at_webinar"] == "yes",
    "s22-en-14": lambda r: pk(r) and svc(r, RA_FRAUD) and "27001" not in r["certifications"],
    "s22-en-15": lambda r: pk(r) and svc(r, RAN) and int(r["founded"]) >= 2050,
    "s22-zh-10": lambda r: pk(r) and svc(r, MNP),
    "s22-zh-11": lambda r: pk(r) and svc(r, GROUND),
    "s22-zh-12": lambda r: r["country"] == "CN" and re.search(BROADCAST_IND, r["industries"], re.I) is not None,
    "s22-zh-13": lambda r: pk(r) and svc(r, CDN) and svc(r, TRANSCODE),
    "s22-zh-14": lambda r: pk(r) and r["city"] in ("Islamabad", "Rawalpindi") and svc(r, GIS),
    "s22-ur-08": lambda r: pk(r) and r["city"] == "Karachi" and svc(r, PLAYOUT),
    "s22-ur-09": lambda r: pk(r) and r["city"] != "Karachi" and svc(r, TOWER),
    "s22-ur-10": lambda r: pk(r) and svc(r, SPEECH) and svc(r, SUBTITLE),
    "s22-ur-11": lambda r: pk(r) and r["city"] in ("Multan", "Faisalabad") and svc(r, CALL),
    "s22-ul-08": lambda r: pk(r) and r["city"] != "Islamabad" and svc(r, IPTV),
    "s22-ul-09": lambda r: pk(r) and svc(r, SIM) and int(r["employees"]) < 50,
    "s22-ul-10": lambda r: pk(r) and svc(r, MEDIATION) and re.search(r"Mandarin|Chinese", r["languages"]) is not None,
    "s22-ul-11": lambda r: pk(r) and svc(r, CORE5G) and int(r["employees"]) > 300,
    "s22-mx-07": lambda r: pk(r) and svc(r, SPECTRUM),
    "s22-mx-08": lambda r: pk(r) and r["city"] == "Karachi" and svc(r, NOC),
    "s22-mx-09": lambda r: r["country"] == "CN" and r["city"] == "Shenzhen",
}

# "without certification X": every row with the service must have known certifications
KNOWN_CERTS = {"s22-en-14": lambda r: pk(r) and svc(r, RA_FRAUD)}

# answer strings derived by arithmetic, recomputed here (the note says "computed")
COMPUTED = {
    "s22-en-07": {"29,400": f"{3 * 9800:,}", "PKR 29,400": f"PKR {3 * 9800:,}"},
}

# questions whose answer must sit on a given page of the PDF (0-based): the continued table
PDF_PAGE = {
    "s22-en-04": (2, "5,000 per product"),
    "s22-zh-07": (1, "40,000 per product"),
    "s22-ul-07": (2, "9,000/month"),
    "s22-mx-05": (2, "31 January 2058"),
}

# near misses: no line of any document may match all regexes of one tuple
NEAR_MISS = {
    "s22-en-18": [(r"Quetta", r"Floor|Road|Plaza|Avenue|Office \d"), (r"\+92 81",)],
    "s22-en-19": [(r"(?i)dubbing|voice-?over|配音|ڈبنگ",)],
    "s22-en-20": [],  # checked below: no directory company is named in any document
    "s22-zh-17": [(r"2055", r"(?i)site[- ]visit|考察|سائٹ وزٹ|field trip", r"(?i)fee|费|فیس|PKR|روپے|CNY")],
    "s22-zh-18": [
        (r"(?i)丝路之夜|silk road night|reception|酒会|招待会",),
        (r"(?i)xi'an|西安", r"(?i)event|活动|night|evening"),
    ],
    "s22-ur-14": [(r"(?i)monthly|月租|ماہانہ|subscription|سبسکرپشن",), (r"(?i)\blab", r"(?i)month|月")],
    "s22-ul-13": [(r"2055", r"(?i)webinar|ویبینار|研讨会|pitch|路演")],
    "s22-ul-14": [(r"(?i)stand design|design contractor|contractor|展台设计|搭建商",)],
    "s22-mx-13": [(r"(?i)visitor|门票|admission|entry ticket",)],
    "s22-mx-14": [(r"(?i)satellite[^\n]{0,40}lab|卫星[^\n]{0,10}实验室|ground[- ]station[^\n]{0,30}lab",)],
}
NEAR_MISS_REQUIRED = {  # the fact that makes the near miss a near miss, stated in the documents
    "s22-en-18": r"no Signal Silk office in Peshawar, Quetta",
    "s22-en-20": r"12 Pakistani firms",
}


def load_directory():
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_questions():
    return [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> int:
    errors = []

    def check(ok, message):
        if not ok:
            errors.append(message)

    # ---------------- documents ----------------
    files = sorted(p.name for p in PROG.iterdir())
    check(sorted(DOCUMENTS) == files, f"programme files differ: {files}")
    check(10 <= len(files) <= 11, "need 10 or 11 documents")
    texts = {}
    for name in DOCUMENTS:
        path = PROG / name
        if not path.exists():
            errors.append(f"missing document {name}")
            continue
        try:
            texts[name] = extract(path)
        except Exception as exc:
            errors.append(f"{name} does not extract: {exc}")
            continue
        check(len(texts[name]) > 800, f"{name} extracts too little text")
    check({Path(n).suffix for n in DOCUMENTS} == {".md", ".txt", ".html", ".pdf", ".docx"}, "formats missing")
    for addr in re.findall(r"[\w.-]+@([\w.-]+)|https?://([\w.-]+)", "\n".join(texts.values())):
        host = (addr[0] or addr[1]).rstrip(".")
        check(host.endswith(".example"), f"non-.example address in documents: {host}")
    all_text = "\n".join(texts.values())
    for domain in re.findall(r"[\w.-]+\.(?:com|org|net|cn|pk)\b", all_text):
        errors.append(f"non-.example domain in documents: {domain}")

    # the real 2022 facts only in the overview
    for name, text in texts.items():
        if name != "signal-silk-overview.md":
            check(
                "Software Business Union" not in text and "TDAP" not in text and "Consulate General" not in text,
                f"{name}: real 2022 facts outside the overview",
            )
    ov = texts.get("signal-silk-overview.md", "")
    for fact in [
        "23 February 2022",
        "Consulate General of Pakistan in Shanghai",
        "Software Business Union of",
        "Shanghai Software Industry Association",
        "Trade Development Authority (TDAP)",
        "pitched_at_webinar",
    ]:
        check(fact in norm(ov.replace("**", "")), f"overview lacks {fact!r}")
    check("FAQ" in ov or "Frequently asked questions" in ov, "overview has no FAQ")

    # rules .txt: wrapped, footnote figure only there, numbered criteria with exception
    rules = (PROG / "participation-rules.txt").read_text(encoding="utf-8")
    check(max(len(line) for line in rules.splitlines()) <= 80, "rules .txt not wrapped at about 78 columns")
    check(
        re.search(r"^\s+6\. ", rules, re.M) is not None and "Exception to criterion 2" in rules,
        "rules criteria/exception",
    )
    for name, text in texts.items():
        if name != "participation-rules.txt":
            check("35,000" not in text, f"footnote figure 35,000 appears in {name}")

    # html chrome
    parser = HtmlText()
    parser.feed((PROG / "offices-and-support.html").read_text(encoding="utf-8"))
    for tag in ("nav", "footer", "aside", "table", "header", "button"):
        check(parser.tags[tag] > 0, f"html lacks <{tag}>")
    check("cookies" in texts.get("offices-and-support.html", ""), "html lacks cookie banner")
    check(parser.tags["table"] >= 4, "html needs office, routing and SLA tables")

    # pdf: 3 pages, running head and page numbers, continued table with repeated header
    import pypdf

    reader = pypdf.PdfReader(str(PROG / "grant-guide-2057.pdf"))
    pages = [p.extract_text() or "" for p in reader.pages]
    check(len(pages) == 3, f"pdf has {len(pages)} pages")
    for i, page in enumerate(pages):
        check("Signal Silk 2057 | Market-Access Grant Guide" in page, f"pdf page {i + 1} lacks running head")
        check(f"Page {i + 1} of 3" in page, f"pdf page {i + 1} lacks page number")
        check("Cost item" in page and "Evidence" in page, f"pdf page {i + 1} lacks Table 2 header row")
        data = reader.pages[i].get_contents().get_data().decode("latin-1")
        check(len(re.findall(r" l S\n", data)) >= 10, f"pdf page {i + 1} is not ruled")
        if i:
            check("Table 2 (continued)" in page, f"pdf page {i + 1} lacks 'Table 2 (continued)'")
    check(pages and "Table 1" in pages[0] and len(pages) == 3 and "Table 3" in pages[2], "pdf tables 1/3 placement")
    check(len(pages) == 3 and "* Caps are in CNY" in pages[2], "pdf footnote")

    # docx: Chinese has 3 tables; Urdu is right to left with one table
    import docx

    zh = docx.Document(str(PROG / "schedule-subsidy-refunds-zh.docx"))
    check(len(zh.tables) == 3, "Chinese docx needs 3 tables")
    ur = docx.Document(str(PROG / "fees-instalments-ur.docx"))
    check(len(ur.tables) == 1, "Urdu docx needs exactly one table")
    body = ur.element.body.xml
    check("w:bidi" in body and "w:bidiVisual" in body, "Urdu docx not right to left")
    urt = texts.get("fees-instalments-ur.docx", "")
    for s in ("1,50,000", "ایک لاکھ پچاس ہزار", "کروڑ", "قسط"):
        check(s in urt, f"Urdu docx lacks {s}")
    zht = texts.get("grant-call-zh.txt", "")
    for s in ("万元", "亿元", "150,000", "虚拟运营商", "上浮"):
        check(s in zht, f"Chinese call lacks {s}")

    # ---------------- directory ----------------
    rows = load_directory()
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    check(header == COLUMNS, f"directory header {header}")
    check(55 <= len(rows) <= 60, f"{len(rows)} companies")
    ids = [r["id"] for r in rows]
    check(len(set(ids)) == len(ids), "duplicate ids")
    countries = collections.Counter(r["country"] for r in rows)
    check(45 <= countries["PK"] <= 52 and 8 <= countries["CN"] <= 12, f"countries {countries}")
    services = set()
    for r in rows:
        check(re.fullmatch(r"(PK|CN)-\d{3}", r["id"]) is not None and r["id"][:2] == r["country"], f"bad id {r['id']}")
        check(
            re.fullmatch(r"\d{4}", r["founded"]) is not None and 1950 <= int(r["founded"]) <= 2056, f"{r['id']} founded"
        )
        check(r["employees"].isdigit() and int(r["employees"]) > 0, f"{r['id']} employees")
        check(r["pitched_at_webinar"] in ("yes", "no"), f"{r['id']} pitched")
        if r["pitched_at_webinar"] == "yes":
            check(r["country"] == "PK" and int(r["founded"]) <= 2021, f"{r['id']} pitched in 2022 but founded later")
        check(r["website"].endswith(".example") and r["contact_email"].endswith(".example"), f"{r['id']} domain")
        check(
            bool(r["name"]) and bool(r["city"]) and bool(r["services"]) and bool(r["description"]), f"{r['id']} empty"
        )
        services.update(s.strip() for s in r["services"].split(";"))
    check(len({r["website"] for r in rows}) == len(rows), "duplicate websites")
    check(140 <= len(services) <= 165, f"{len(services)} distinct services")
    check(
        any(r["certifications"] == "none" for r in rows) and any(r["certifications"] == "" for r in rows),
        "need both none and empty certifications",
    )
    check(any(not r["name_zh"] for r in rows) and any(not r["description_zh"] for r in rows), "need empty zh cells")
    check(any(re.search(HAN, r["services"]) for r in rows), "need services written in Chinese")
    cities = {r["city"] for r in rows if r["country"] == "PK"}
    for c in (
        "Karachi",
        "Lahore",
        "Islamabad",
        "Rawalpindi",
        "Peshawar",
        "Quetta",
        "Multan",
        "Faisalabad",
        "Hyderabad",
        "Sialkot",
        "Gilgit",
    ):
        check(c in cities, f"no company in {c}")

    # ---------------- questions ----------------
    qs = load_questions()
    check(len(qs) == 80, f"{len(qs)} questions")
    qids = [q.get("id") for q in qs]
    check(len(set(qids)) == len(qids), "duplicate question ids")
    langs = collections.Counter(q.get("lang") for q in qs)
    kinds = collections.Counter(q.get("kind") for q in qs)
    check(dict(langs) == LANG_COUNTS, f"langs {dict(langs)}")
    check(dict(kinds) == KIND_COUNTS, f"kinds {dict(kinds)}")
    notes = collections.Counter(q["note"].split(":")[0] for q in qs if q.get("kind") == "unanswerable")
    check(notes == {"off-topic": 10, "near miss": 10}, f"unanswerable notes {dict(notes)}")
    check(set(NEAR_MISS) == {q["id"] for q in qs if q["note"].startswith("near miss:")}, "near-miss checks cover all")
    by_row = {r["id"]: r for r in rows}
    sizes = {}
    for q in qs:
        qid = q.get("id", "?")
        check(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        check(re.fullmatch(r"s22-(en|zh|ur|ul|mx)-\d\d", qid) is not None, f"{qid}: bad id")
        check(qid.split("-")[1] == LANG_CODE.get(q["lang"]), f"{qid}: id does not match lang {q['lang']}")
        text = q["question"]
        han, arab = len(re.findall(HAN, text)), len(re.findall(ARABIC, text))
        latin = len(re.findall(r"[A-Za-z]", text))
        if q["lang"] in ("en", "ur-Latn"):
            check(script_lang(text) == "en" and han == 0 and arab == 0, f"{qid}: script is not Latin")
        elif q["lang"] in ("zh", "ur"):
            check(script_lang(text) == q["lang"], f"{qid}: script is not {q['lang']}")
        else:
            check(sum(n > 0 for n in (han, arab, latin >= 3)) >= 2, f"{qid}: mixed question uses one script")
        for src in q["expected_sources"]:
            check(src in DOCUMENTS and (PROG / src).exists(), f"{qid}: missing source {src}")
        kind = q["kind"]
        if kind == "programme":
            check(bool(q["expected_sources"]) and not q["expected_companies"], f"{qid}: programme shape")
            check(bool(q["answer_must_contain_any"]), f"{qid}: no answer strings")
            computed = COMPUTED.get(qid, {})
            if computed:
                check("computed" in q["note"], f"{qid}: note must say computed")
            srcs = " ".join(norm(texts.get(s, "")) for s in q["expected_sources"])
            for a in q["answer_must_contain_any"]:
                if a in computed:
                    check(computed[a] == a, f"{qid}: computed {a!r} != {computed[a]!r}")
                else:
                    check(norm(a) in srcs, f"{qid}: answer {a!r} not in its sources")
            if qid in PDF_PAGE:
                page, needle = PDF_PAGE[qid]
                check(len(pages) == 3 and needle in pages[page], f"{qid}: {needle!r} not on pdf page {page + 1}")
        elif kind == "directory":
            want = sorted(r["id"] for r in rows if FILTERS[qid](r))
            check(q["expected_companies"] == want, f"{qid}: companies {q['expected_companies']} != {want}")
            check(1 <= len(want) <= 7, f"{qid}: answer set size {len(want)}")
            check(not q["expected_sources"], f"{qid}: directory item with sources")
            names = {by_row[i]["name"] for i in want}
            check(bool(q["answer_must_contain_any"]) and set(q["answer_must_contain_any"]) <= names, f"{qid}: names")
            sizes[qid] = len(want)
        elif kind == "unanswerable":
            check(not q["expected_sources"] and not q["expected_companies"], f"{qid}: unanswerable shape")
            check(q["note"].startswith(("off-topic:", "near miss:")), f"{qid}: note prefix")
        else:
            errors.append(f"{qid}: bad kind {kind}")
    check(set(FILTERS) == {q["id"] for q in qs if q["kind"] == "directory"}, "filters do not match directory items")
    for qid, has_service in KNOWN_CERTS.items():
        for r in rows:
            if has_service(r):
                check(r["certifications"] != "", f"{qid}: {r['id']} has unknown certifications")

    # near misses really are absent
    lines = [line for t in texts.values() for line in t.splitlines()]
    for qid, tuples in NEAR_MISS.items():
        for pats in tuples:
            for line in lines:
                if all(re.search(p, line) for p in pats):
                    errors.append(f"{qid}: near-miss fact present: {line.strip()[:100]}")
    for qid, pat in NEAR_MISS_REQUIRED.items():
        check(re.search(pat, all_text) is not None, f"{qid}: expected statement {pat!r} missing")
    for r in rows:
        base = re.sub(r"\s*\(Pvt\) Ltd|,? (Co|Ltd)\.?$|,? Co\., Ltd\.$", "", r["name"]).strip()
        check(base not in all_text, f"s22-en-20: company {base!r} named in the documents")

    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print(
        f"ok: {len(DOCUMENTS)} documents, {len(rows)} companies ({dict(countries)}), {len(services)} services, "
        f"{len(qs)} questions {dict(langs)} {dict(kinds)}; answer-set sizes {sorted(sizes.values())}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
