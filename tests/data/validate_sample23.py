"""Check sample 23 ("Strata Stream 2059"): documents, directory and the frozen question set.

Stdlib + python-docx + pypdf only. Exits 0 when every check passes.
"""

import collections
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample_text import ARABIC, COLUMNS, FIELDS, HAN, HtmlText, extract, norm, script_lang  # noqa: E402

KB = HERE / "sample-23"
PROGRAMME = KB / "programme"
QUESTIONS = HERE / "questions-23.jsonl"

DOCUMENTS = [
    "strata-overview.md",
    "participation-rules.txt",
    "corrigendum-01.txt",
    "services-tariff.md",
    "offices-support.html",
    "field-season-matrix.html",
    "grant-guide-2059.pdf",
    "grant-faq.md",
    "zh-grant-call.txt",
    "zh-schedule-subsidy-refunds.docx",
    "ur-fee-instalments.docx",
    "ur-site-visit-fair.md",
    "changes-since-2057.md",
]

LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 38, "directory": 22, "unanswerable": 20}
ID_LANG = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
ROMAN_URDU = re.compile(
    r"\b(hai|hain|kya|ka|ki|ke|mein|kab|kitna|kitni|kitne|wali|wala|nahi|hamari|hamara|batao|chahiye|ho|se|karein)\b",
    re.I,
)


# ---------------------------------------------------------------- directory filters
def _svc(row, pattern):
    return re.search(pattern, row["services"], re.I) is not None


GIS = r"\bgis\b|geographic information|地理信息"
LIDAR_DRONE = r"lidar|\bdrone|\buav\b|point.?cloud|photogrammetr|无人机|激光雷达"
GROUNDWATER = r"groundwater|aquifer|地下水"
BILLING_METERING = r"billing|\bamr\b|\bami\b|metering|smart meter|meter reading|抄表"
SLOPE = r"slope|geotech|边坡"
NRW = r"\bnrw\b|non.?revenue|leak|漏损|产销差"
LIMS = r"\blims\b|laborator(y|ies) information|lab information|实验室信息"
FLOOD_WARNING = r"flood[^;]*(warning|forecast)|(warning|forecast)[^;]*flood|洪水预警"
DISPATCH = r"dispatch|fleet management|调度"
SCADA = r"scada|telemetry|遥测"
DAM = r"dam safety|dam instrumentation|dam monitoring|piezometer|大坝安全"
EIA = r"\beia\b|environmental impact|环境影响|环评"
MINE_PLAN = r"mine plan|mine schedul|mine design|pit optimi|采矿计划"
SEISMIC = r"seismic|地震"
IRRIGATION = r"irrigation|灌溉"
HYDROLOGY = r"hydrolog|rainfall.runoff|watershed|水文"
TWIN = r"digital twin|数字孪生"
ESG = r"\besg\b|sustainability report"
AMI = r"\bamr\b|\bami\b|smart meter|advanced metering|automatic meter reading"
REMOTE_SENSING = r"remote sensing|satellite|遥感"
WATER_UTILITY = r"billing|\bnrw\b|non.?revenue|leak|metering|\bamr\b|\bami\b|pumping station|water utilit"


def certs(row):
    return [c.strip().lower() for c in row["certifications"].split(";") if c.strip()]


FILTERS = {
    "lidar_drone_lahore": lambda r: r["city"] == "Lahore" and _svc(r, LIDAR_DRONE),
    "groundwater_under_50": lambda r: _svc(r, GROUNDWATER) and int(r["employees"]) < 50,
    "billing_metering_karachi": lambda r: r["city"] == "Karachi" and _svc(r, BILLING_METERING),
    "cn_water_sector": lambda r: r["country"] == "CN" and re.search(r"\bwater\b", r["industries"], re.I) is not None,
    "slope_geotech_before_2010": lambda r: _svc(r, SLOPE) and int(r["founded"]) < 2010,
    "pitched_2022_water_utility": lambda r: r["pitched_at_webinar"] == "yes" and _svc(r, WATER_UTILITY),
    "nrw_leak": lambda r: _svc(r, NRW),
    "lims_pk": lambda r: r["country"] == "PK" and _svc(r, LIMS),
    "flood_warning_islamabad": lambda r: r["city"] == "Islamabad" and _svc(r, FLOOD_WARNING),
    "pitched_2022_gis": lambda r: r["pitched_at_webinar"] == "yes" and _svc(r, GIS),
    "fleet_dispatch": lambda r: _svc(r, DISPATCH),
    "scada_karachi": lambda r: r["city"] == "Karachi" and _svc(r, SCADA),
    "dam_safety": lambda r: _svc(r, DAM),
    "eia": lambda r: _svc(r, EIA),
    "mine_planning_not_quetta": lambda r: _svc(r, MINE_PLAN) and r["city"] != "Quetta",
    "seismic_over_100": lambda r: _svc(r, SEISMIC) and int(r["employees"]) > 100,
    "irrigation_and_hydrology": lambda r: _svc(r, IRRIGATION) and _svc(r, HYDROLOGY),
    "twin_islamabad_peshawar": lambda r: _svc(r, TWIN) and r["city"] in ("Islamabad", "Peshawar"),
    "gis_multan_faisalabad": lambda r: _svc(r, GIS) and r["city"] in ("Multan", "Faisalabad"),
    # "without ISO 14001": the cell must be filled (`none` counts as holding none); an empty cell is unknown
    "esg_without_iso14001": lambda r: _svc(r, ESG) and bool(certs(r)) and "iso 14001" not in certs(r),
    "ami_with_iso27001": lambda r: _svc(r, AMI) and "iso 27001" in certs(r),
    "remote_sensing_after_2015": lambda r: _svc(r, REMOTE_SENSING) and int(r["founded"]) > 2015,
}

QUESTION_FILTERS = {
    "s23-en-10": "lidar_drone_lahore",
    "s23-en-11": "groundwater_under_50",
    "s23-en-12": "billing_metering_karachi",
    "s23-en-13": "cn_water_sector",
    "s23-en-14": "slope_geotech_before_2010",
    "s23-en-15": "pitched_2022_water_utility",
    "s23-zh-10": "nrw_leak",
    "s23-zh-11": "lims_pk",
    "s23-zh-12": "flood_warning_islamabad",
    "s23-zh-13": "pitched_2022_gis",
    "s23-zh-14": "fleet_dispatch",
    "s23-ur-08": "scada_karachi",
    "s23-ur-09": "dam_safety",
    "s23-ur-10": "eia",
    "s23-ul-08": "mine_planning_not_quetta",
    "s23-ul-09": "seismic_over_100",
    "s23-ul-10": "irrigation_and_hydrology",
    "s23-ul-11": "twin_islamabad_peshawar",
    "s23-mx-07": "gis_multan_faisalabad",
    "s23-mx-08": "esg_without_iso14001",
    "s23-mx-09": "ami_with_iso27001",
    "s23-mx-10": "remote_sensing_after_2015",
}


def filter_ids(rows, name):
    return sorted(r["id"] for r in rows if FILTERS[name](r))


# ---------------------------------------------------------------- computed answers
def _money(n):
    return f"{n:,}"


def _computed():
    """Answer strings derived by arithmetic, recomputed here (the note of each item says "computed")."""
    out = {}
    # zh grant call: water utility, 600,000 subscribers -> band 2 cap 50万, Xinjiang uplift 15%
    cap = 500_000 * 115 // 100
    out["s23-zh-02"] = {_money(cap), f"{cap / 10_000:g}万"}
    # zh docx table 2: 180 devices -> 51-200 band, 450 yuan each
    subsidy = 180 * 450
    out["s23-zh-04"] = {_money(subsidy), f"{subsidy / 10_000:g}万"}
    # Urdu budget 42 crore = 420,000,000 = 4.2亿
    budget = 42 * 10_000_000
    out["s23-zh-09"] = {_money(budget), f"{budget / 100_000_000:g}亿"}
    # PDF table 1: contract USD 120,000 -> 30%, capped at 45,000
    voucher = min(120_000 * 30 // 100, 45_000)
    out["s23-mx-03"] = {_money(voucher)}
    return out


COMPUTED = _computed()

# corrected by corrigendum-01.txt: the old value must not be accepted
CORRECTED = {"s23-en-03": ("22 April", "15 April"), "s23-ur-05": ("5,000", "6,000")}

# near misses: patterns that must not occur in the documents named (None = every document)
NEAR_MISS_ABSENT = {
    "s23-en-17": [],  # checked below: no directory company name appears in any document
    "s23-en-18": [(r"borehole", None)],
    "s23-en-20": [(r"bahawalpur|بہاولپور", None)],
    "s23-zh-16": [(r"2057[^\n]*(refund|退款|واپسی)|(refund|退款|واپسی)[^\n]*2057", None)],
    "s23-zh-18": [(r"晚宴|颁奖|gala|award|dinner|عشائیہ", None)],
    "s23-ur-12": [(r"workshop|ورکشاپ|工作坊|培训班", None)],
    "s23-ur-14": [(r"seismic|地震|سیسمک", ["services-tariff.md"])],
    "s23-ul-13": [(r"2057[^\n]*band a|band a[^\n]*2057", None), (r"band a", ["changes-since-2057.md"])],
    "s23-mx-11": [(r"hackathon|黑客|ہیکاتھون", None)],
    "s23-mx-13": [(r"electricity|电费|بجلی|power connection", None)],
}


# ---------------------------------------------------------------- checks
def main():
    errors = []

    def check(ok, msg):
        if not ok:
            errors.append(msg)

    # documents
    texts = {}
    found = sorted(p.name for p in PROGRAMME.iterdir())
    check(found == sorted(DOCUMENTS), f"programme/ holds {found}")
    check(12 <= len(DOCUMENTS) <= 13, "12 or 13 documents")
    for name in DOCUMENTS:
        path = PROGRAMME / name
        if not path.exists():
            check(False, f"missing document {name}")
            continue
        try:
            texts[name] = extract(path)
        except Exception as exc:
            check(False, f"{name} does not extract: {exc}")
            continue
        check(len(texts[name]) > 400, f"{name} extracts too little text")
    check(any(re.search(HAN, t) for n, t in texts.items() if n.startswith("zh-")), "Chinese documents")
    check(all(re.search(ARABIC, texts.get(n, "")) for n in DOCUMENTS if n.startswith("ur-")), "Urdu documents")

    # .txt files wrapped at about 78 columns
    for name in ("participation-rules.txt", "corrigendum-01.txt"):
        long = [
            i for i, ln in enumerate((PROGRAMME / name).read_text(encoding="utf-8").splitlines(), 1) if len(ln) > 80
        ]
        check(not long, f"{name}: lines over 80 columns: {long}")

    # the real facts, stated only in the overview
    for fact in ("23 February 2022", "Consulate General of Pakistan in Shanghai", "Trade Development Authority"):
        check(fact in norm(texts.get("strata-overview.md", "")), f"overview lacks {fact}")
        others = [n for n, t in texts.items() if n != "strata-overview.md" and fact in norm(t)]
        check(not others, f"real fact {fact!r} also in {others}")

    # the rules' table footnote holds a figure stated nowhere else
    footnote = [n for n, t in texts.items() if re.search(r"(?<![\d,])7,500(?!\d)", t)]
    check(footnote == ["participation-rules.txt"], f"footnote figure 7,500 found in {footnote}")

    # the PDF: 3 pages, running head and page number on each, Table 2 header repeated
    import pypdf

    pages = [pg.extract_text() or "" for pg in pypdf.PdfReader(str(PROGRAMME / "grant-guide-2059.pdf")).pages]
    check(len(pages) == 3, f"PDF has {len(pages)} pages")
    for n, page in enumerate(pages, 1):
        check("Grant & Voucher Guide" in page, f"PDF page {n}: running head")
        check(f"Page {n} of 3" in page, f"PDF page {n}: page number")
        check("Ceiling (USD)" in page, f"PDF page {n}: Table 2 header row")
        if n > 1:
            check("Table 2 (continued)" in page, f"PDF page {n}: 'Table 2 (continued)'")
    check(len(pages) == 3 and "C19" in pages[1] and "22,000" in pages[1], "C19 on PDF page 2")
    check(len(pages) == 3 and "C24" in pages[2] and "9,500" in pages[2], "C24 on PDF page 3")

    # the merged-cell HTML table
    html = (PROGRAMME / "field-season-matrix.html").read_text(encoding="utf-8")
    check(html.count('rowspan="3"') == 3 and 'colspan="2"' in html, "field matrix: rowspan bands and colspan header")
    parser = HtmlText()
    parser.feed((PROGRAMME / "offices-support.html").read_text(encoding="utf-8"))
    for tag in ("nav", "footer", "aside", "table"):
        check(parser.tags[tag] > 0, f"offices page lacks <{tag}>")

    # the Urdu docx is right-to-left
    import docx

    udoc = docx.Document(str(PROGRAMME / "ur-fee-instalments.docx"))
    check(len(udoc.tables) == 1, "Urdu docx: one table")
    check(udoc.element.body.xml.count("w:bidi") >= 5, "Urdu docx: w:bidi paragraphs")
    zdoc = docx.Document(str(PROGRAMME / "zh-schedule-subsidy-refunds.docx"))
    check(2 <= len(zdoc.tables) <= 3, "Chinese docx: 2-3 tables")

    # corrigendum: dated later than the rules, names the document and clauses
    corr = texts.get("corrigendum-01.txt", "")
    check("9 March 2059" in corr and "20 January 2059" in texts.get("participation-rules.txt", ""), "dates")
    check("participation-rules.txt" in corr and "clause 4.2" in corr and "clause 6.2" in corr, "corrigendum refs")

    # the 2059 pitchers are never named: no directory company name in any document
    with (KB / "directory.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        rows = list(reader)
    check(header == COLUMNS, f"directory header {header}")
    every = "\n".join(texts.values()).lower()
    for r in rows:
        check(r["name"].lower() not in every, f"company {r['name']} named in a document")
        if r["name_zh"]:
            check(r["name_zh"] not in every, f"company {r['name_zh']} named in a document")

    # directory
    ids = [r["id"] for r in rows]
    check(len(ids) == len(set(ids)), "duplicate directory ids")
    check(55 <= len(rows) <= 60, f"{len(rows)} companies")
    for r in rows:
        check(re.fullmatch(r"(PK|CN)-\d{3}", r["id"]) is not None, f"bad id {r['id']}")
        check(r["id"][:2] == r["country"], f"{r['id']} country {r['country']}")
        check(r["founded"].isdigit() and 1950 <= int(r["founded"]) <= 2059, f"{r['id']} founded")
        check(r["employees"].isdigit(), f"{r['id']} employees")
        check(r["pitched_at_webinar"] in ("yes", "no"), f"{r['id']} pitched")
        check(r["website"].startswith("https://") and r["website"].endswith(".example"), f"{r['id']} website")
        check(r["contact_email"].endswith(".example"), f"{r['id']} email")
        check(all(s.strip() for s in r["services"].split(";")), f"{r['id']} empty service item")
    countries = collections.Counter(r["country"] for r in rows)
    check(45 <= countries["PK"] <= 52 and 8 <= countries["CN"] <= 12, f"countries {countries}")
    services = {s.strip() for r in rows for s in r["services"].split(";")}
    check(135 <= len(services) <= 175, f"{len(services)} distinct services")
    check(any(r["certifications"] == "none" for r in rows) and any(r["certifications"] == "" for r in rows), "certs")

    # questions
    questions = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    check(len(questions) == 80, f"{len(questions)} questions")
    check(len({q["id"] for q in questions}) == len(questions), "duplicate question ids")
    check(collections.Counter(q["lang"] for q in questions) == LANG_COUNTS, "counts by lang")
    check(collections.Counter(q["kind"] for q in questions) == KIND_COUNTS, "counts by kind")
    unans = [q["note"].split(":")[0] for q in questions if q["kind"] == "unanswerable"]
    check(collections.Counter(unans) == {"off-topic": 10, "near miss": 10}, f"unanswerable notes {unans}")
    check(set(QUESTION_FILTERS) == {q["id"] for q in questions if q["kind"] == "directory"}, "directory filters")
    check(set(NEAR_MISS_ABSENT) == {q["id"] for q in questions if q["note"].startswith("near miss:")}, "near misses")
    id_set = set(ids)
    for q in questions:
        qid = q["id"]
        check(list(q) == FIELDS, f"{qid} fields {list(q)}")
        m = re.fullmatch(r"s23-(en|zh|ur|ul|mx)-(\d\d)", qid)
        check(m is not None and ID_LANG[m.group(1)] == q["lang"], f"{qid} id/lang")
        text = q["question"]
        if q["lang"] in ("en", "zh", "ur"):
            check(script_lang(text) == q["lang"], f"{qid} script is {script_lang(text)}")
        elif q["lang"] == "ur-Latn":
            check(script_lang(text) == "en" and ROMAN_URDU.search(text) is not None, f"{qid} not Roman Urdu")
        else:
            scripts = [
                bool(re.search(HAN, text)),
                bool(re.search(ARABIC, text)),
                len(re.findall(r"[A-Za-z]{2,}", text)) >= 2,
            ]
            check(sum(scripts) >= 2, f"{qid} mixed question uses one script")
        check(all(s in DOCUMENTS for s in q["expected_sources"]), f"{qid} unknown source")
        check(bool(q["answer_must_contain_any"]) or q["kind"] == "unanswerable", f"{qid} no answers")
        if q["kind"] == "programme":
            check(bool(q["expected_sources"]) and not q["expected_companies"], f"{qid} sources/companies")
            made = COMPUTED.get(qid, set())
            check(not made or "computed" in q["note"], f"{qid} note should say computed")
            for ans in q["answer_must_contain_any"]:
                hit = any(norm(ans).lower() in norm(texts.get(s, "")).lower() for s in q["expected_sources"])
                check(hit or ans in made, f"{qid}: {ans!r} not in its sources and not computed")
            if qid in CORRECTED:
                new, old = CORRECTED[qid]
                check(any(new in a for a in q["answer_must_contain_any"]), f"{qid} lacks corrected {new}")
                check(not any(old in a for a in q["answer_must_contain_any"]), f"{qid} accepts old {old}")
                check(new in corr and old in corr, f"{qid} corrigendum states {old} -> {new}")
        elif q["kind"] == "directory":
            want = filter_ids(rows, QUESTION_FILTERS[qid])
            check(sorted(q["expected_companies"]) == want, f"{qid} companies {q['expected_companies']} != {want}")
            check(1 <= len(want) <= 7, f"{qid} answer-set size {len(want)}")
            check(set(want) <= id_set and not q["expected_sources"], f"{qid} ids/sources")
        else:
            check(not q["expected_companies"] and not q["expected_sources"], f"{qid} unanswerable with sources")
            for pattern, where in NEAR_MISS_ABSENT.get(qid, []):
                for name in where or DOCUMENTS:
                    check(re.search(pattern, texts.get(name, ""), re.I) is None, f"{qid}: {pattern!r} occurs in {name}")
    check(set(COMPUTED) <= {q["id"] for q in questions if q["kind"] == "programme"}, "computed ids")

    for e in errors:
        print("FAIL:", e)
    print(f"{len(errors)} problem(s); {len(texts)} documents, {len(rows)} companies, {len(questions)} questions")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
