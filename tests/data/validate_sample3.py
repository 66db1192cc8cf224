#!/usr/bin/env python3
"""Validate the held-out sample-3 knowledge base and its evaluation files.

Checks (stdlib + python-docx + pypdf only):
  * sample-3/programme/: file formats, languages, sizes;
  * sample-3/directory.csv: exact columns, row counts, value ranges;
  * questions-3.jsonl and out-of-domain.jsonl: parse, fields, ids, label counts;
  * programme items: expected sources exist and every answer_must_contain_any
    string occurs verbatim (whitespace-normalised) in at least one expected source;
  * directory items: expected_companies equals the set recomputed here from
    directory.csv with an explicit filter per question.

Usage: python tests/data/validate_sample3.py   (exit code 0 = all good)
"""

import collections
import csv
import json
import pathlib
import re
import sys

from sample_text import COLUMNS, FIELDS, extract, norm, script_lang

HERE = pathlib.Path(__file__).resolve().parent
KB = HERE / "sample-3"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-3.jsonl"
OOD = HERE / "out-of-domain.jsonl"

LANGS = {"en", "zh", "ur", "ur-Latn", "mixed"}
KINDS = {"programme", "directory", "unanswerable"}

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- programme folder
texts = {}
for f in sorted(PROG.iterdir()):
    if f.is_file():
        texts[f.name] = extract(f)

n = len(texts)
if not 8 <= n <= 10:
    err(f"programme/ should hold 8-10 documents, has {n}")
by_ext = collections.Counter(pathlib.Path(k).suffix for k in texts)
for ext, need in ((".md", 2), (".txt", 1), (".html", 1), (".docx", 1), (".pdf", 1)):
    if by_ext[ext] < need:
        err(f"programme/ needs at least {need} {ext} file(s), has {by_ext[ext]}")


doc_langs = {k: script_lang(v) for k, v in texts.items()}
lc = collections.Counter(doc_langs.values())
if lc["en"] < 4 or lc["zh"] < 2 or lc["ur"] < 2:
    err(f"programme/ language mix too small: {dict(lc)}")
for k, v in texts.items():
    size = len(norm(v).encode("utf-8"))
    if not 1500 <= size <= 5200:
        err(f"{k}: extracted text is {size} bytes, expected roughly 1.5-5 KB")
pdfs = [k for k in texts if k.endswith(".pdf")]
for k in pdfs:
    if doc_langs[k] != "en":
        err(f"{k}: PDF must be English")
for k in texts:
    if k.endswith(".docx"):
        import docx

        if not docx.Document(str(PROG / k)).tables:
            err(f"{k}: docx must contain a real table")
md_tables = sum(len(re.findall(r"^\|[-| :]+\|\s*$", v, re.M)) for k, v in texts.items() if k.endswith(".md"))
if md_tables < 2:
    err(f"need at least two markdown tables, found {md_tables}")
if (KB / "programme" / "README.md").exists():
    err("README.md must not be inside programme/")
if not (KB / "README.md").exists():
    err("sample-3/README.md is missing")

# ---------------------------------------------------------------- directory.csv
with open(DIRECTORY, encoding="utf-8", newline="") as fh:
    reader = csv.reader(fh)
    header = next(reader)
    raw_rows = list(reader)
if header != COLUMNS:
    err(f"directory.csv header mismatch: {header}")
rows = [dict(zip(header, r)) for r in raw_rows]
for r, raw in zip(rows, raw_rows):
    if len(raw) != len(COLUMNS):
        err(f"{raw[:1]}: wrong number of cells ({len(raw)})")
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    err("duplicate company ids")
if not 40 <= len(rows) <= 60:
    err(f"directory should have 40-60 companies, has {len(rows)}")
n_cn = sum(r["country"] == "CN" for r in rows)
if not 8 <= n_cn <= 15:
    err(f"directory should have 8-15 CN companies, has {n_cn}")
for r in rows:
    if not re.fullmatch(r"(PK|CN)-\d{3}", r["id"]) or r["id"][:2] != r["country"]:
        err(f"{r['id']}: bad id/country")
    if not 1998 <= int(r["founded"]) <= 2024:
        err(f"{r['id']}: founded out of range")
    if not 5 <= int(r["employees"]) <= 2000:
        err(f"{r['id']}: employees out of range")
    if r["pitched_at_webinar"] not in ("yes", "no"):
        err(f"{r['id']}: pitched_at_webinar must be yes/no")
    for col in ("website", "contact_email"):
        if not r[col].endswith(".example"):
            err(f"{r['id']}: {col} must use a .example domain")
services = {s.strip().lower() for r in rows for s in r["services"].split(";") if s.strip()}
if len(services) < 40:
    err(f"only {len(services)} distinct services")
company = {r["id"]: r for r in rows}


# ---------------------------------------------------------------- directory filters
def L(r, col):
    return r[col].lower()


def svc(r, *words):
    """True if any of the words/phrases occurs in the services cell as a whole word."""
    return any(re.search(r"\b" + re.escape(w) + r"\b", L(r, "services")) for w in words)


def pk(r):
    return r["country"] == "PK"


def certs(r):
    return [c.strip() for c in r["certifications"].split(";") if c.strip()]


def emp(r):
    return int(r["employees"])


def mandarin(r):
    return "mandarin" in L(r, "languages")


PENTEST = ("penetration", "pen test", "pen-test", "vapt", "ethical hacking")
FILTERS = {
    "s3-en-016": lambda r: pk(r) and svc(r, *PENTEST),
    "s3-en-017": lambda r: pk(r) and bool(re.search(r"\bqa\b|software testing|automated testing", L(r, "services"))),
    "s3-en-018": lambda r: pk(r) and "CMMI-DEV Level 5" in certs(r),
    "s3-en-019": lambda r: any("hitrust" in c.lower() for c in certs(r)),
    "s3-en-020": lambda r: r["city"] in ("Islamabad", "Rawalpindi") and 100 <= emp(r) <= 200,
    "s3-en-021": lambda r: pk(r) and int(r["founded"]) < 2005,
    "s3-en-022": lambda r: r["city"] == "Lahore" and certs(r) == ["none"],
    "s3-en-023": lambda r: r["city"] == "Karachi" and r["pitched_at_webinar"] == "yes",
    "s3-en-024": lambda r: r["name"] == "Murree Road Embedded",
    "s3-en-025": lambda r: r["country"] == "CN" and r["city"] == "Chengdu",
    "s3-zh-015": lambda r: pk(r) and svc(r, *PENTEST),
    "s3-zh-016": lambda r: pk(r) and emp(r) > 500,
    "s3-zh-017": lambda r: pk(r) and mandarin(r) and svc(r, "sap"),
    "s3-zh-018": lambda r: pk(r) and svc(r, "llm", "language model"),
    "s3-zh-019": lambda r: r["country"] == "CN" and r["city"] == "Wuhan",
    "s3-zh-020": lambda r: r["country"] == "CN" and "healthcare" in L(r, "industries"),
    "s3-zh-021": lambda r: pk(r) and int(r["founded"]) > 2021,
    "s3-zh-022": lambda r: pk(r) and svc(r, "streaming", "ott"),
    "s3-ur-009": lambda r: r["city"] == "Peshawar",
    "s3-ur-010": lambda r: svc(r, "gis"),
    "s3-ur-011": lambda r: pk(r) and emp(r) > 1000,
    "s3-ur-Latn-007": lambda r: (
        r["city"] in ("Faisalabad", "Sialkot") and svc(r, "erp", "sap business one", "dynamics")
    ),
    "s3-ur-Latn-008": lambda r: r["city"] == "Multan" and emp(r) < 50,
    "s3-ur-Latn-009": lambda r: (
        r["city"] == "Karachi"
        and r["certifications"].strip() != ""
        and not any(c.upper().startswith("ISO") for c in certs(r))
    ),
    "s3-mixed-006": lambda r: svc(r, "rpa"),
    "s3-mixed-007": lambda r: r["city"] == "Rawalpindi" and mandarin(r),
    "s3-mixed-008": lambda r: pk(r) and svc(r, "ehr"),
}


# ---------------------------------------------------------------- question files
def load(path):
    items = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{path.name}:{i}: invalid JSON ({e})")
    return items


def check_common(path, items):
    seen = set()
    for it in items:
        if list(it.keys()) != FIELDS:
            err(f"{path.name} {it.get('id')}: fields must be exactly {FIELDS}")
        if it["id"] in seen:
            err(f"{path.name}: duplicate id {it['id']}")
        seen.add(it["id"])
        if it["lang"] not in LANGS:
            err(f"{it['id']}: bad lang {it['lang']}")
        if it["kind"] not in KINDS:
            err(f"{it['id']}: bad kind {it['kind']}")
        if not it["question"].strip() or not it["note"].strip():
            err(f"{it['id']}: empty question or note")
        for k in ("expected_sources", "expected_companies", "answer_must_contain_any"):
            if not isinstance(it[k], list):
                err(f"{it['id']}: {k} must be a list")
        if it["lang"] == "ur" and not re.search(r"[\u0600-\u06ff]", it["question"]):
            err(f"{it['id']}: ur question must be in Urdu script")
        if it["lang"] == "zh" and not re.search(r"[\u4e00-\u9fff]", it["question"]):
            err(f"{it['id']}: zh question must contain Chinese")
        if it["lang"] == "ur-Latn" and re.search(r"[\u0600-\u06ff\u4e00-\u9fff]", it["question"]):
            err(f"{it['id']}: ur-Latn question must be in Latin script")


questions = load(QUESTIONS)
check_common(QUESTIONS, questions)
norm_texts = {k: norm(v) for k, v in texts.items()}
dir_ids_seen = set()
for it in questions:
    qid, kind = it["id"], it["kind"]
    if not qid.startswith("s3-"):
        err(f"{qid}: ids should start with s3-")
    for s in it["expected_sources"]:
        if s not in texts:
            err(f"{qid}: expected source {s!r} not in programme/")
    for c in it["expected_companies"]:
        if c not in company:
            err(f"{qid}: unknown company id {c}")
    if kind == "programme":
        if not it["expected_sources"] or it["expected_companies"]:
            err(f"{qid}: programme item needs sources and no companies")
        if not it["answer_must_contain_any"]:
            err(f"{qid}: programme item needs answer_must_contain_any")
        for m in it["answer_must_contain_any"]:
            if not any(norm(m) in norm_texts.get(s, "") for s in it["expected_sources"]):
                err(f"{qid}: {m!r} not found verbatim in {it['expected_sources']}")
    elif kind == "directory":
        dir_ids_seen.add(qid)
        if it["expected_sources"] or not it["expected_companies"]:
            err(f"{qid}: directory item needs companies and no sources")
        f = FILTERS.get(qid)
        if f is None:
            err(f"{qid}: no filter defined in the validator")
            continue
        computed = sorted(r["id"] for r in rows if f(r))
        if computed != sorted(it["expected_companies"]):
            err(f"{qid}: expected {sorted(it['expected_companies'])} but filter gives {computed}")
        if not it["answer_must_contain_any"]:
            err(f"{qid}: directory item needs answer_must_contain_any")
        blob = " ".join(" ".join(company[c].values()) for c in it["expected_companies"] if c in company)
        for m in it["answer_must_contain_any"]:
            if m not in blob:
                err(f"{qid}: {m!r} does not appear in the expected companies' rows")
    else:
        if it["expected_sources"] or it["expected_companies"]:
            err(f"{qid}: unanswerable item must have no sources/companies")
for qid in FILTERS:
    if qid not in dir_ids_seen:
        err(f"filter {qid} has no matching directory question")

cnt = collections.Counter((q["lang"], q["kind"]) for q in questions)
by_lang = collections.Counter(q["lang"] for q in questions)
by_kind = collections.Counter(q["kind"] for q in questions)
for lang, need in (("en", 20), ("zh", 18), ("ur", 10), ("ur-Latn", 8), ("mixed", 5)):
    if by_lang[lang] < need:
        err(f"questions-3: {lang} has {by_lang[lang]} < {need}")
for kind, need in (("programme", 35), ("directory", 18), ("unanswerable", 14)):
    if by_kind[kind] < need:
        err(f"questions-3: {kind} has {by_kind[kind]} < {need}")
if len(questions) < 70:
    err(f"questions-3 has {len(questions)} < 70 items")
near = sum(1 for q in questions if q["kind"] == "unanswerable" and q["note"].startswith("near miss"))
outside = sum(1 for q in questions if q["kind"] == "unanswerable" and q["note"].startswith("outside"))
if near < 4 or outside < 10:
    err(f"unanswerable mix: {outside} outside, {near} near misses")

ood = load(OOD)
check_common(OOD, ood)
for it in ood:
    if (
        it["kind"] != "unanswerable"
        or it["expected_sources"]
        or it["expected_companies"]
        or it["answer_must_contain_any"]
    ):
        err(f"{it['id']}: out-of-domain items must be unanswerable with empty lists")
    if not it["id"].startswith("ood-"):
        err(f"{it['id']}: ids should start with ood-")
ood_lang = collections.Counter(q["lang"] for q in ood)
for lang, need in (("en", 12), ("zh", 12), ("ur", 8), ("ur-Latn", 8), ("mixed", 5)):
    if ood_lang[lang] < need:
        err(f"out-of-domain: {lang} has {ood_lang[lang]} < {need}")
if len(ood) < 45:
    err(f"out-of-domain has {len(ood)} < 45 items")
if {q["id"] for q in ood} & {q["id"] for q in questions}:
    err("ids overlap between the two question files")

# ---------------------------------------------------------------- report
print(f"programme docs: {n} {dict(by_ext)} languages {dict(lc)}")
print(f"directory: {len(rows)} companies ({n_cn} CN), {len(services)} distinct services")
print(f"questions-3: {len(questions)} items")
langs = ["en", "zh", "ur", "ur-Latn", "mixed"]
print("  " + "lang".ljust(9) + "".join(k.rjust(14) for k in ("programme", "directory", "unanswerable")))
for lang in langs:
    print(
        "  "
        + lang.ljust(9)
        + "".join(str(cnt[(lang, k)]).rjust(14) for k in ("programme", "directory", "unanswerable"))
    )
print(f"  unanswerable: {outside} outside the programme, {near} near misses")
print(f"out-of-domain: {len(ood)} items {dict(ood_lang)}")
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK")
