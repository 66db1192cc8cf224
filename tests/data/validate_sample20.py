"""Check sample-20 (Motor Meridian 2053) and questions-20.jsonl.

Run from the repository root:  .venv/bin/python tests/data/validate_sample20.py
Exits 0 when every check passes, 1 otherwise (each failure is printed).

The directory answer sets of questions-20.jsonl are defined here, as filters over directory.csv
(`DIRECTORY_FILTERS`); build_sample20.py writes them into the question file from these filters and
this script checks that the file still agrees with them.
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample_text import ARABIC, COLUMNS, FIELDS, HAN, HtmlText, extract, norm, script_lang  # noqa: E402

KB = HERE / "sample-20"
PROG = KB / "programme"
QUESTIONS = HERE / "questions-20.jsonl"

DOC_LANG = {
    "overview.md": "en",
    "faq.md": "en",
    "fees-and-refunds.txt": "en",
    "grants-and-pilot-season.pdf": "en",
    "offices-and-help-desks.html": "en",
    "expo-and-factory-visit.md": "en",
    "china-buyers-guide-zh.txt": "zh",
    "pilot-technical-terms-zh.docx": "zh",
    "registration-guide-ur.docx": "ur",
    "training-certification-ur.md": "ur",
}
ID_LANG = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
WANT_LANG = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
WANT_KIND = {"programme": 38, "directory": 22, "unanswerable": 20}

# --------------------------------------------------------------------------- directory helpers


def load_directory(path: Path = KB / "directory.csv") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def cells(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


def svc(row: dict[str, str], pattern: str, exclude: str | None = None) -> bool:
    """Some service of the row matches `pattern` (case-insensitive regex) and not `exclude`."""
    for s in cells(row["services"]):
        low = s.lower()
        if re.search(pattern, low) and not (exclude and re.search(exclude, low)):
            return True
    return False


def certs(row):
    return cells(row["certifications"])


def has_cert(row, prefix):
    return any(c.lower().startswith(prefix.lower()) for c in certs(row))


def emp(row):
    return int(row["employees"])


def langs(row):
    return cells(row["languages"])


def pk(row):
    return row["country"] == "PK"


def cn(row):
    return row["country"] == "CN"


TRACKING = r"telematics|gps|vehicle tracking|fleet management|fleet tracking"
OCPP_BACKEND = r"ocpp|charge point management|charger management"
CAN_DIAG = r"can bus|can-bus|can/uds|can log|j1939|obd"
DEALER_WORKSHOP = r"dealer management|\bdms\b|dealership management|workshop management|workshop mgmt|workshop software"
WORKSHOP_SW = r"workshop management|workshop mgmt|workshop software"

DIRECTORY_FILTERS = {
    # PK suppliers of OCPP back-ends / charge-point management (an app that integrates with a CPMS is not one)
    "s20-en-11": lambda r: pk(r) and svc(r, OCPP_BACKEND),
    # CAN / vehicle diagnostics, certifications known and without ISO 27001 (unknown = empty cell is excluded)
    "s20-en-12": lambda r: svc(r, CAN_DIAG) and bool(certs(r)) and not has_cert(r, "ISO 27001"),
    "s20-en-13": lambda r: r["city"] == "Karachi" and emp(r) > 100 and svc(r, TRACKING),
    "s20-en-14": lambda r: r["pitched_at_webinar"] == "yes" and svc(r, DEALER_WORKSHOP),
    "s20-en-15": lambda r: svc(r, r"autosar|\bhil\b|hardware-in-the-loop") and has_cert(r, "ASPICE"),
    "s20-zh-09": lambda r: pk(r) and svc(r, r"swap"),
    "s20-zh-10": lambda r: pk(r) and svc(r, r"translation", exclude=r"hmi|string") and "Mandarin" in langs(r),
    "s20-zh-11": lambda r: svc(r, r"infotainment|hmi") and has_cert(r, "CMMI"),
    "s20-zh-12": lambda r: cn(r) and svc(r, r"charging network operator|charging-station operations|充电桩运营"),
    "s20-zh-13": lambda r: r["city"] != "Lahore" and emp(r) < 60 and svc(r, TRACKING),
    "s20-ur-08": lambda r: svc(r, r"claim-photo|claim photo|photo-based damage|damage assessment|damage estimation"),
    "s20-ur-09": lambda r: r["city"] == "Islamabad" and svc(r, r"simulator"),
    "s20-ur-10": lambda r: r["city"] in ("Peshawar", "Quetta"),
    "s20-ur-11": lambda r: "Mandarin" in langs(r) and r["pitched_at_webinar"] == "yes",
    "s20-ul-08": lambda r: svc(r, r"inspection|emission"),
    "s20-ul-09": lambda r: (
        svc(r, r"parts e-commerce|spare parts store|parts ordering|catalogue|catalog|配件目录") and emp(r) < 100
    ),
    "s20-ul-10": lambda r: svc(r, r"configurator"),
    "s20-ul-11": lambda r: (
        svc(r, r"ride-hailing|ride hailing|ticketing|ticket booking") and "Flutter" in cells(r["technologies"])
    ),
    "s20-mx-07": lambda r: (
        r["city"] == "Karachi" and svc(r, r"route optimi|route planning") and has_cert(r, "ISO 9001")
    ),
    "s20-mx-08": lambda r: r["city"] in ("Lahore", "Faisalabad") and svc(r, WORKSHOP_SW),
    "s20-mx-09": lambda r: svc(
        r, r"two-wheeler manufacturing|three-wheeler manufacturing|电动三轮车|electric scooter export"
    ),
    "s20-mx-10": lambda r: int(r["founded"]) > 2045 and "EV charging" in cells(r["industries"]),
}


def directory_answer(qid: str, rows: list[dict[str, str]]) -> list[str]:
    return sorted(r["id"] for r in rows if DIRECTORY_FILTERS[qid](r))


# --------------------------------------------------------------------------- computed answers
# The band tables as the documents state them, used to recompute the answers marked "computed".


def band(value, bands):
    for lo, hi, out in bands:
        if lo <= value <= hi:
            return out
    raise ValueError(value)


INF = 10**12
GRANT_SHARE = [(0, 20_000, 0), (20_001, 60_000, 40), (60_001, 150_000, 30), (150_001, 400_000, 20), (400_001, INF, 15)]
GRANT_CAP = 45_000
BOOTH_REFUND = [(90, INF, 90), (45, 89, 60), (15, 44, 25), (0, 14, 0)]
EXPO_OPENS = dt.date(2053, 10, 22)
SUBSIDY = [(1, 50, (70, 180_000)), (51, 150, (50, 120_000)), (151, 300, (30, 70_000)), (301, INF, (0, 0))]
DAY_RATE = {"E1": 1200, "E2": 1900, "E3": 2800, "E4": 3900, "E5": 5200}


def grant(value):
    return min(value * band(value, GRANT_SHARE) // 100, GRANT_CAP)


def booth_refund_pct(cancel_day):
    return band((EXPO_OPENS - cancel_day).days, BOOTH_REFUND)


def subsidy(employees, fare):
    share, cap = band(employees, SUBSIDY)
    return min(fare * share // 100, cap)


def stay_cost(grade, days):
    rate = DAY_RATE[grade]
    return min(days, 20) * rate + max(days - 20, 0) * rate * 9 // 10


def money(n):
    return f"{n:,}"


# qid -> (recomputed key string, strings the inputs come from, which must occur in the sources)
COMPUTED = {
    "s20-en-04": (money(grant(120_000)), ["60,001 - 150,000", "30%", "45,000"]),
    "s20-en-10": (
        money(210_000 * booth_refund_pct(dt.date(2053, 10, 1)) // 100),
        ["15 to 44 days before", "25%", "210,000"],
    ),
    "s20-zh-04": (money(stay_cost("E2", 30)), ["RMB 1,900", "90%", "20 个工作日"]),
    "s20-ur-04": (money(subsidy(120, 260_000)), ["51 – 150", "50%", "120,000"]),
    "s20-mx-02": (f"{booth_refund_pct(dt.date(2053, 7, 20))}%", ["90 days or more before", "90%"]),
}

# facts that must stay in one document only (footnote-only or one-language facts)
ONLY_IN = {
    "USD 45,000": "grants-and-pilot-season.pdf",  # per-firm grant cap, table footnote only
    "USD 70,000": "grants-and-pilot-season.pdf",  # consortium cap, table footnote only
    "RMB 1,900": "pilot-technical-terms-zh.docx",  # engineer day rates, Chinese only
    "PKR 46,000": "training-certification-ur.md",  # MCIC exam fees, Urdu only
    "8000元": "china-buyers-guide-zh.txt",  # factory-visit host subsidy, Chinese only
    "PKR 950": "offices-and-help-desks.html",  # translation fee per page, English HTML only
    "three instalments": "grants-and-pilot-season.pdf",  # grant payment schedule
}

# --------------------------------------------------------------------------- checks

errors: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


def check_documents() -> dict[str, str]:
    texts: dict[str, str] = {}
    present = sorted(p.name for p in PROG.iterdir() if p.is_file())
    if present != sorted(DOC_LANG):
        fail(f"programme/ holds {present}, expected {sorted(DOC_LANG)}")
    for name, lang in DOC_LANG.items():
        path = PROG / name
        if not path.exists():
            continue
        try:
            text = extract(path)
        except Exception as e:
            fail(f"{name}: cannot extract text: {e}")
            continue
        texts[name] = text
        if len(norm(text)) < 1500:
            fail(f"{name}: only {len(norm(text))} characters of text")
        if script_lang(text) != lang:
            fail(f"{name}: script looks {script_lang(text)}, expected {lang}")
        for m in re.findall(r"[\w.-]+@[\w.-]+", text):
            if not m.rstrip(".").endswith(".example"):
                fail(f"{name}: e-mail address {m} does not end in .example")
        for m in re.findall(r"https?://[^\s)\"'<]+", text):
            if ".example" not in m:
                fail(f"{name}: web address {m} is not .example")
    # format-specific checks
    import docx
    import pypdf

    pdf = PROG / "grants-and-pilot-season.pdf"
    if pdf.exists() and len(pypdf.PdfReader(str(pdf)).pages) != 2:
        fail("grants-and-pilot-season.pdf: expected 2 pages")
    zh = PROG / "pilot-technical-terms-zh.docx"
    if zh.exists() and not 2 <= len(docx.Document(str(zh)).tables) <= 3:
        fail("pilot-technical-terms-zh.docx: expected 2-3 tables")
    ur = PROG / "registration-guide-ur.docx"
    if ur.exists():
        d = docx.Document(str(ur))
        xml = d.element.xml
        if "w:bidi" not in xml or "w:rtl" not in xml or "w:bidiVisual" not in xml:
            fail("registration-guide-ur.docx: paragraphs/tables are not marked right-to-left")
        if not d.tables:
            fail("registration-guide-ur.docx: no table")
    html = PROG / "offices-and-help-desks.html"
    if html.exists():
        p = HtmlText()
        p.feed(html.read_text(encoding="utf-8"))
        for tag in ("nav", "header", "footer", "aside", "main", "table"):
            if not p.tags[tag]:
                fail(f"offices-and-help-desks.html: no <{tag}>")
        raw = html.read_text(encoding="utf-8")
        for chrome in ("breadcrumb", "cookie"):
            if chrome not in raw:
                fail(f"offices-and-help-desks.html: no {chrome}")
    txt = PROG / "fees-and-refunds.txt"
    if txt.exists():
        for i, line in enumerate(txt.read_text(encoding="utf-8").splitlines(), 1):
            if len(line) > 80:
                fail(f"fees-and-refunds.txt:{i}: line of {len(line)} columns")
    return texts


def check_directory() -> list[dict[str, str]]:
    path = KB / "directory.csv"
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        raw_rows = list(reader)
    if header != COLUMNS:
        fail(f"directory.csv header {header} != {COLUMNS}")
    rows = load_directory(path)
    if not 55 <= len(rows) <= 60:
        fail(f"directory.csv: {len(rows)} companies, expected 55-60")
    if any(len(r) != len(COLUMNS) for r in raw_rows):
        fail("directory.csv: a row with the wrong number of cells")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        fail("directory.csv: duplicate ids")
    for r in rows:
        rid = r["id"]
        if not re.fullmatch(r"(PK|CN)-\d{3}", rid) or r["country"] != rid[:2]:
            fail(f"{rid}: bad id or country {r['country']}")
        if not r["name"] or not r["city"] or not r["services"] or not r["description"]:
            fail(f"{rid}: a required cell is empty")
        if not (1990 <= int(r["founded"]) <= 2051):
            fail(f"{rid}: founded {r['founded']}")
        if int(r["employees"]) <= 0:
            fail(f"{rid}: employees {r['employees']}")
        if r["pitched_at_webinar"] not in ("yes", "no"):
            fail(f"{rid}: pitched_at_webinar {r['pitched_at_webinar']!r}")
        if r["pitched_at_webinar"] == "yes" and (int(r["founded"]) > 2021 or r["country"] != "PK"):
            fail(f"{rid}: pitched at the Feb 2022 webinar but founded {r['founded']} / country {r['country']}")
        for col in ("website", "contact_email"):
            if r[col] and ".example" not in r[col]:
                fail(f"{rid}: {col} not .example")
        if r["country"] == "CN" and not r["name_zh"]:
            fail(f"{rid}: Chinese company without name_zh")
    pk_count = sum(r["country"] == "PK" for r in rows)
    if pk_count <= len(rows) / 2:
        fail("directory.csv: expected mostly PK companies")
    if not any(r["certifications"] == "none" for r in rows) or not any(r["certifications"] == "" for r in rows):
        fail("directory.csv: needs both 'none' and empty certifications")
    if not any(not r["name_zh"] for r in rows) or not any(not r["description_zh"] for r in rows):
        fail("directory.csv: needs some empty name_zh / description_zh")
    services = {s for r in rows for s in cells(r["services"])}
    if not 130 <= len(services) <= 175:
        fail(f"directory.csv: {len(services)} distinct service strings, expected about 150")
    if not any(re.search(HAN, s) for s in services):
        fail("directory.csv: no Chinese words in services")
    city_counts = collections.Counter(r["city"] for r in rows)
    if sum(1 for c in city_counts.values() if c == 1) < 3:
        fail("directory.csv: fewer than 3 cities that appear once")
    return rows


def check_questions(texts: dict[str, str], rows: list[dict[str, str]]) -> list[dict]:
    questions = []
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            fail(f"questions-20.jsonl:{n}: empty line")
            continue
        try:
            questions.append(json.loads(line))
        except json.JSONDecodeError as e:
            fail(f"questions-20.jsonl:{n}: invalid JSON: {e}")
    if len(questions) != 80:
        fail(f"{len(questions)} questions, expected 80")
    ids = [q.get("id") for q in questions]
    if len(set(ids)) != len(ids):
        fail("duplicate question ids: " + ", ".join(i for i, c in collections.Counter(ids).items() if c > 1))
    by_lang = collections.Counter(q.get("lang") for q in questions)
    by_kind = collections.Counter(q.get("kind") for q in questions)
    if dict(by_lang) != WANT_LANG:
        fail(f"counts by lang {dict(by_lang)} != {WANT_LANG}")
    if dict(by_kind) != WANT_KIND:
        fail(f"counts by kind {dict(by_kind)} != {WANT_KIND}")
    unans = [q for q in questions if q.get("kind") == "unanswerable"]
    near = sum(q["note"].startswith("near miss") for q in unans)
    off = sum(q["note"].startswith("off-topic") for q in unans)
    if (near, off) != (10, 10):
        fail(f"unanswerable: {near} near misses and {off} off-topic, expected 10 and 10")

    norm_texts = {k: norm(v) for k, v in texts.items()}
    for fact, home in ONLY_IN.items():
        holders = sorted(n for n, t in norm_texts.items() if fact in t)
        if holders != [home]:
            fail(f"{fact!r} should occur only in {home}, occurs in {holders}")
    all_docs = " ".join(norm_texts.values())
    by_id = {r["id"]: r for r in rows}
    for q in questions:
        qid = q.get("id", "?")
        if list(q) != FIELDS:
            fail(f"{qid}: fields {list(q)} != {FIELDS}")
            continue
        m = re.fullmatch(r"s20-(en|zh|ur|ul|mx)-(\d\d)", qid)
        if not m or ID_LANG[m.group(1)] != q["lang"]:
            fail(f"{qid}: id does not match lang {q['lang']}")
        if not q["question"].strip() or not q["note"].strip():
            fail(f"{qid}: empty question or note")
        check_question_script(q)
        for src in q["expected_sources"]:
            if src not in DOC_LANG or not (PROG / src).exists():
                fail(f"{qid}: expected source {src} does not exist")
        kind = q["kind"]
        if kind == "programme":
            if not q["expected_sources"] or q["expected_companies"] or not q["answer_must_contain_any"]:
                fail(f"{qid}: a programme item needs sources and answers and no companies")
            if len(set(q["expected_sources"])) != len(q["expected_sources"]):
                fail(f"{qid}: a source is listed twice")
            src_text = [norm_texts.get(s, "") for s in q["expected_sources"]]
            if q["note"].startswith("computed"):
                want, inputs = COMPUTED.get(qid, (None, []))
                if want is None:
                    fail(f"{qid}: computed item with no recomputation in COMPUTED")
                elif want not in q["answer_must_contain_any"]:
                    fail(f"{qid}: recomputed answer {want} not among {q['answer_must_contain_any']}")
                for s in inputs:
                    if not any(norm(s) in t for t in src_text):
                        fail(f"{qid}: input {s!r} of the computation is in no expected source")
            else:
                for s in q["answer_must_contain_any"]:
                    if not any(norm(s) in t for t in src_text):
                        fail(f"{qid}: {s!r} occurs in no expected source {q['expected_sources']}")
            # every document that holds the first key fact should be listed (warn-level completeness check)
            if not q["note"].startswith("computed"):
                key = norm(q["answer_must_contain_any"][0])
                holders = [n for n, t in norm_texts.items() if key in t and len(key) >= 6]
                missing = [h for h in holders if h not in q["expected_sources"] and (qid, h) not in NOT_A_SOURCE]
                if missing:
                    fail(f"{qid}: {key!r} also occurs in {missing}, not listed in expected_sources")
        elif kind == "directory":
            if q["expected_sources"]:
                fail(f"{qid}: a directory item lists programme sources")
            if qid not in DIRECTORY_FILTERS:
                fail(f"{qid}: no filter in DIRECTORY_FILTERS")
                continue
            want = directory_answer(qid, rows)
            if sorted(q["expected_companies"]) != want:
                fail(f"{qid}: expected_companies {q['expected_companies']} != filter result {want}")
            if not 1 <= len(want) <= 8:
                fail(f"{qid}: {len(want)} companies, keep between 1 and 8")
            names = {by_id[i]["name"] for i in want if i in by_id} | {by_id[i]["name_zh"] for i in want if i in by_id}
            for s in q["answer_must_contain_any"]:
                if s not in names:
                    fail(f"{qid}: {s!r} is not the name of an expected company")
        elif kind == "unanswerable":
            if q["expected_sources"] or q["expected_companies"]:
                fail(f"{qid}: an unanswerable item lists sources or companies")
            for s in q["answer_must_contain_any"]:
                if norm(s) not in all_docs:
                    fail(f"{qid}: referral {s!r} occurs in no programme document")
        else:
            fail(f"{qid}: unknown kind {kind}")
    if set(DIRECTORY_FILTERS) - {q.get("id") for q in questions if q.get("kind") == "directory"}:
        fail("a filter in DIRECTORY_FILTERS has no directory question")
    return questions


# documents that contain an item's first key string without answering the question (so not listed as sources)
NOT_A_SOURCE = {
    (
        "s20-en-02",
        "grants-and-pilot-season.pdf",
    ): "grant criterion 1 mentions 28 February 2053 but not that registration closes then, nor the time",
    ("s20-zh-08", "pilot-technical-terms-zh.docx"): "gives the Chongqing phone in a contact line but not the address",
}


def check_question_script(q) -> None:
    t = q["question"]
    han = bool(re.search(HAN, t))
    arab = bool(re.search(ARABIC, t))
    latin = bool(re.search(r"[A-Za-z]{3,}", t))
    lang = q["lang"]
    ok = {
        "en": latin and not han and not arab,
        "ur-Latn": latin and not han and not arab,
        "zh": han and not arab,
        "ur": arab and not han,
        "mixed": sum((han, arab, latin)) >= 2,
    }[lang]
    if not ok:
        fail(f"{q['id']}: question script does not fit lang {lang}")


def main() -> int:
    texts = check_documents()
    rows = check_directory()
    questions = check_questions(texts, rows)
    by_lang_kind = collections.Counter((q.get("lang"), q.get("kind")) for q in questions)
    print("questions by lang:", dict(collections.Counter(q.get("lang") for q in questions)))
    print("questions by kind:", dict(collections.Counter(q.get("kind") for q in questions)))
    print("by lang and kind:", {f"{lang}/{kind}": n for (lang, kind), n in sorted(by_lang_kind.items())})
    print("companies:", len(rows), "distinct services:", len({s for r in rows for s in cells(r["services"])}))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        return 1
    print("sample-20: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
