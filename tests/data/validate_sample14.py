"""Checks the held-out knowledge base sample-14 ("BIM Bridge 2041") and questions-14.jsonl.

Run:  /work/main/.venv/bin/python tests/data/validate_sample14.py
Exits non-zero and lists every problem found; prints a summary when the set is consistent.
"""

import collections
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from sample_text import COLUMNS, FIELDS, extract, norm, script_lang  # noqa: E402

KB = HERE / "sample-14"
PROGRAMME = KB / "programme"
CSV_PATH = KB / "directory.csv"
QUESTIONS = HERE / "questions-14.jsonl"

EXPECTED_DOCS = {
    "programme-overview.md": "en",
    "grant-guidelines-2041.pdf": "en",
    "quality-review-service.txt": "en",
    "events-2041.html": "en",
    "cn-partner-guide-zh.docx": "zh",
    "training-academy-zh.md": "zh",
    "disputes-refunds-ip-zh.txt": "zh",
    "rahnuma-kitabcha-ur.docx": "ur",
    "faq-ur.md": "ur",
    "offices-contacts-ur.txt": "ur",
}
LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 40, "directory": 22, "unanswerable": 18}
OFF_TOPIC, NEAR_MISS = 10, 8


# ---------------------------------------------------------------- directory filters
def items(row, col):
    return [v.strip() for v in row[col].split(";") if v.strip()]


def svc(row, pattern):
    return any(re.search(pattern, s, re.I) for s in items(row, "services"))


def has_cert(row, cert):
    return cert in items(row, "certifications")


def speaks(row, lang):
    return lang in items(row, "languages")


def emp(row):
    return int(row["employees"])


def year(row):
    return int(row["founded"])


SCAN_TO_BIM = r"scan.?to.?bim|point cloud to|点云建模|as-built bim"
CLASH = r"clash|碰撞|mep coordination|管线综合"
QS_BOQ = r"\bqs\b|boq|quantit|take-?off|\bqto\b|bill of quantities|工程量|算量"
DRONE = r"drone|uav|aerial|无人机"
RENDER = r"render|walkthrough|visuali[sz]|效果图|漫游"
TWIN = r"digital twin|数字孪生"
PRECAST = r"precast|prefab|装配式|pc 深化"
SURVEY = r"survey|scan|mapping|测绘|扫描"

FILTERS = {
    # en
    "s14-en-11": lambda r: svc(r, SCAN_TO_BIM),
    "s14-en-12": lambda r: r["city"] == "Karachi" and svc(r, CLASH),
    "s14-en-13": lambda r: r["country"] == "PK" and 100 <= emp(r) <= 300 and has_cert(r, "ISO 9001"),
    "s14-en-14": lambda r: r["country"] == "CN" and has_cert(r, "ISO 19650"),
    "s14-en-15": lambda r: r["name"] == "Margalla BIM Consultants",
    "s14-en-16": lambda r: r["city"] == "Quetta" and has_cert(r, "ISO 27001"),
    # zh
    "s14-zh-10": lambda r: r["country"] == "PK" and svc(r, QS_BOQ),
    "s14-zh-11": lambda r: r["city"] == "Chengdu",
    "s14-zh-12": lambda r: r["country"] == "CN" and year(r) < 1995,
    "s14-zh-13": lambda r: r["country"] == "CN" and speaks(r, "Urdu"),
    "s14-zh-14": lambda r: r["city"] == "Shanghai" and r["pitched_at_webinar"] == "yes",
    # ur
    "s14-ur-08": lambda r: svc(r, DRONE),
    "s14-ur-09": lambda r: r["city"] == "Peshawar",
    "s14-ur-10": lambda r: r["city"] == "Lahore" and r["certifications"].strip().lower() == "none",
    "s14-ur-11": lambda r: r["country"] == "PK" and emp(r) > 500,
    # ur-Latn
    "s14-ul-08": lambda r: r["city"] in ("Lahore", "Faisalabad") and svc(r, RENDER),
    "s14-ul-09": lambda r: year(r) > 2030 and svc(r, TWIN),
    "s14-ul-10": lambda r: r["city"] == "Multan" and has_cert(r, "ISO 19650"),
    # mixed
    "s14-mx-08": lambda r: r["country"] == "CN" and svc(r, PRECAST),
    "s14-mx-09": lambda r: r["city"] == "Islamabad" and has_cert(r, "ISO 9001") and svc(r, SURVEY),
    "s14-mx-10": lambda r: r["name_zh"] == "成都天府数建",
    "s14-mx-11": lambda r: r["country"] == "PK" and speaks(r, "Mandarin") and r["pitched_at_webinar"] == "yes",
}


def load_rows():
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return reader.fieldnames, list(reader)


def expected_set(qid, rows):
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


# ---------------------------------------------------------------- checks
def check_documents(problems):
    texts = {}
    present = {p.name for p in PROGRAMME.iterdir() if p.is_file()}
    if present != set(EXPECTED_DOCS):
        problems.append(f"programme folder holds {sorted(present)}, expected {sorted(EXPECTED_DOCS)}")
    for name, lang in EXPECTED_DOCS.items():
        path = PROGRAMME / name
        if not path.exists():
            continue
        try:
            text = extract(path)
        except Exception as exc:
            problems.append(f"{name}: does not parse ({exc})")
            continue
        if len(norm(text)) < 1500:
            problems.append(f"{name}: only {len(norm(text))} characters of text")
        got = script_lang(text)
        if got != lang:
            problems.append(f"{name}: script looks {got}, expected {lang}")
        texts[name] = text
    suffixes = collections.Counter(Path(n).suffix for n in EXPECTED_DOCS)
    for suf in (".md", ".txt", ".html", ".pdf", ".docx"):
        if not suffixes[suf]:
            problems.append(f"no {suf} document")
    import pypdf

    pdf = PROGRAMME / "grant-guidelines-2041.pdf"
    if pdf.exists() and len(pypdf.PdfReader(str(pdf)).pages) != 2:
        problems.append("grant-guidelines-2041.pdf should have 2 pages")
    import docx

    for name in ("cn-partner-guide-zh.docx", "rahnuma-kitabcha-ur.docx"):
        d = docx.Document(str(PROGRAMME / name))
        if len(d.tables) < 2:
            problems.append(f"{name}: expected at least 2 tables")
    ur = docx.Document(str(PROGRAMME / "rahnuma-kitabcha-ur.docx"))
    if not any(
        p._p.pPr is not None
        and p._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None
        for p in ur.paragraphs
    ):
        problems.append("rahnuma-kitabcha-ur.docx: no right-to-left (bidi) paragraphs")
    txt = (PROGRAMME / "quality-review-service.txt").read_text(encoding="utf-8")
    wide = [i for i, line in enumerate(txt.splitlines(), 1) if len(line) > 78]
    if wide:
        problems.append(f"quality-review-service.txt: lines wider than 78 columns: {wide}")
    html = (PROGRAMME / "events-2041.html").read_text(encoding="utf-8")
    for tag in ("<nav", "<footer", "<aside", "<form", 'class="breadcrumb"'):
        if tag not in html:
            problems.append(f"events-2041.html: missing page chrome {tag}")
    return texts


def check_directory(problems):
    header, rows = load_rows()
    if header != COLUMNS:
        problems.append(f"directory.csv header {header} != {COLUMNS}")
    if not 55 <= len(rows) <= 60:
        problems.append(f"directory.csv has {len(rows)} rows, expected 55-60")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("directory.csv: duplicate ids")
    for r in rows:
        rid = r["id"]
        if not re.fullmatch(r"(PK|CN)-\d{3}", rid):
            problems.append(f"{rid}: bad id")
        if r["country"] != rid[:2]:
            problems.append(f"{rid}: country {r['country']} does not match id")
        if not (r["employees"].isdigit() and 4 <= int(r["employees"]) <= 6000):
            problems.append(f"{rid}: employees {r['employees']!r}")
        if not (r["founded"].isdigit() and 1990 <= int(r["founded"]) <= 2040):
            problems.append(f"{rid}: founded {r['founded']!r}")
        if r["pitched_at_webinar"] not in ("yes", "no"):
            problems.append(f"{rid}: pitched_at_webinar {r['pitched_at_webinar']!r}")
        certs = items(r, "certifications")
        if "none" in certs and len(certs) > 1:
            problems.append(f"{rid}: 'none' mixed with certifications")
        for col in ("name", "city", "services", "languages", "description", "website", "contact_email"):
            if not r[col].strip():
                problems.append(f"{rid}: empty {col}")
        if not r["contact_email"].endswith(".example") or not r["website"].endswith(".example"):
            problems.append(f"{rid}: web/e-mail not on .example")
    share_pk = sum(r["country"] == "PK" for r in rows) / max(len(rows), 1)
    if not 0.55 <= share_pk <= 0.65:
        problems.append(f"PK share {share_pk:.2f}, expected about 0.60")
    return rows


def contains_any(text, needles):
    hay = norm(text).casefold()
    return any(norm(n).casefold() in hay for n in needles)


def check_questions(problems, texts, rows):
    qs = []
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"questions line {n}: {exc}")
            continue
        if list(q) != FIELDS:
            problems.append(f"questions line {n}: fields {list(q)} != {FIELDS}")
        qs.append(q)
    ids = [q["id"] for q in qs]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dup:
        problems.append(f"duplicate question ids: {dup}")
    langs = collections.Counter(q["lang"] for q in qs)
    kinds = collections.Counter(q["kind"] for q in qs)
    if dict(langs) != LANG_COUNTS:
        problems.append(f"lang counts {dict(langs)} != {LANG_COUNTS}")
    if dict(kinds) != KIND_COUNTS:
        problems.append(f"kind counts {dict(kinds)} != {KIND_COUNTS}")
    off = sum(q["kind"] == "unanswerable" and q["note"].startswith("off-topic") for q in qs)
    near = sum(q["kind"] == "unanswerable" and q["note"].startswith("near miss") for q in qs)
    if (off, near) != (OFF_TOPIC, NEAR_MISS):
        problems.append(f"unanswerable split off-topic {off}, near miss {near}; expected {OFF_TOPIC}/{NEAR_MISS}")
    off_langs = {q["lang"] for q in qs if q["kind"] == "unanswerable" and q["note"].startswith("off-topic")}
    if off_langs != set(LANG_COUNTS):
        problems.append(f"off-topic questions only in {sorted(off_langs)}")

    empty_dir = 0
    for q in qs:
        qid = q["id"]
        for field in ("expected_sources", "expected_companies", "answer_must_contain_any"):
            if not isinstance(q[field], list):
                problems.append(f"{qid}: {field} is not a list")
        if q["lang"] in ("en", "zh", "ur") and script_lang(q["question"]) != q["lang"]:
            problems.append(f"{qid}: question script looks {script_lang(q['question'])}, lang says {q['lang']}")
        for src in q["expected_sources"]:
            if src not in EXPECTED_DOCS:
                problems.append(f"{qid}: unknown source {src}")
        if q["kind"] == "programme":
            if not q["expected_sources"] or not q["answer_must_contain_any"]:
                problems.append(f"{qid}: programme item needs sources and answer strings")
            elif not any(contains_any(texts.get(s, ""), q["answer_must_contain_any"]) for s in q["expected_sources"]):
                problems.append(f"{qid}: no listed source contains any of {q['answer_must_contain_any']}")
            if q["expected_companies"]:
                problems.append(f"{qid}: programme item lists companies")
        elif q["kind"] == "directory":
            if qid not in FILTERS:
                problems.append(f"{qid}: directory item without a filter")
                continue
            want = expected_set(qid, rows)
            if sorted(q["expected_companies"]) != want:
                problems.append(f"{qid}: expected_companies {sorted(q['expected_companies'])} != filter {want}")
            if not want:
                empty_dir += 1
                if "no company" not in q["note"].lower():
                    problems.append(f"{qid}: empty set must be said in the note")
            if q["expected_sources"]:
                problems.append(f"{qid}: directory item lists programme sources")
        elif q["kind"] == "unanswerable":
            if q["expected_sources"] or q["expected_companies"]:
                problems.append(f"{qid}: unanswerable item lists sources or companies")
        else:
            problems.append(f"{qid}: unknown kind {q['kind']}")
    if set(FILTERS) - set(ids):
        problems.append(f"filters without questions: {sorted(set(FILTERS) - set(ids))}")
    if empty_dir < 2:
        problems.append(f"only {empty_dir} directory items with an empty answer set (need >= 2)")
    return qs, langs, kinds


def main():
    problems = []
    texts = check_documents(problems)
    rows = check_directory(problems)
    qs, langs, kinds = check_questions(problems, texts, rows)
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        return 1
    services = {s for r in rows for s in items(r, "services")}
    print(
        f"OK: {len(texts)} documents, {len(rows)} companies ({len(services)} distinct service strings), "
        f"{len(qs)} questions"
    )
    print("   lang:", dict(langs))
    print("   kind:", dict(kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
