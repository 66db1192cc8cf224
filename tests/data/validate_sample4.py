#!/usr/bin/env python3
"""Validate the held-out sample-4 knowledge base and questions-4.jsonl.

Checks (stdlib + python-docx + pypdf only):
  * sample-4/programme/: 8-10 documents, file formats, languages, 400-1,500 words each,
    a fictional-content notice in every document, a real Word table, a text-based PDF;
  * sample-4/directory.csv: exact FORMAT.md columns, 40-50 companies, ~60% PK, value ranges,
    .example domains, free-form multi-valued cells;
  * questions-4.jsonl: parse, exact fields, ids, language/kind counts, script of each question;
  * programme items: expected sources exist and every answer_must_contain_any string occurs
    verbatim (whitespace-normalised) in at least one expected source;
  * directory items: expected_companies equals the set recomputed here from directory.csv
    with an explicit filter per question;
  * unanswerable items: no sources/companies, a near-miss/outside split, and the contact
    strings they name exist in the programme documents.

Usage: python tests/data/validate_sample4.py   (exit code 0 = all good)
"""

import collections
import csv
import json
import pathlib
import re
import sys

from sample_text import ARABIC, COLUMNS, FIELDS, HAN, HtmlText, extract, norm, script_lang

HERE = pathlib.Path(__file__).resolve().parent
KB = HERE / "sample-4"
PROG = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-4.jsonl"

LANGS = ["en", "zh", "ur", "ur-Latn", "mixed"]
KINDS = ["programme", "directory", "unanswerable"]
NOTICE = {"en": "Fictional demo content", "zh": "虚构演示内容", "ur": "فرضی ڈیمو مواد"}

errors = []


def err(msg):
    errors.append(msg)


def word_count(t):
    """Word-processor style count: every Han character is a word, other words split on space."""
    han = len(re.findall(HAN, t))
    rest = re.sub(HAN, " ", t)
    rest = re.sub(r"[|#>*=\-_`\[\]]+", " ", rest)  # markup/table rules are not words
    return han + len([w for w in rest.split() if re.search(r"\w", w)])


# ---------------------------------------------------------------- programme folder
if not PROG.is_dir():
    print("sample-4/programme is missing")
    sys.exit(1)
texts = {}
for f in sorted(PROG.iterdir()):
    if f.is_file():
        try:
            texts[f.name] = extract(f)
        except Exception as e:
            err(f"{f.name}: cannot extract text ({e})")
            texts[f.name] = ""

n = len(texts)
if not 8 <= n <= 10:
    err(f"programme/ should hold 8-10 documents, has {n}")
by_ext = collections.Counter(pathlib.Path(k).suffix for k in texts)
for ext in (".md", ".txt", ".html", ".docx", ".pdf"):
    if by_ext[ext] < 1:
        err(f"programme/ needs at least one {ext} file")
for k in texts:
    if pathlib.Path(k).suffix not in (".md", ".txt", ".html", ".docx", ".pdf"):
        err(f"{k}: unsupported extension")

doc_langs = {k: script_lang(v) for k, v in texts.items()}
lc = collections.Counter(doc_langs.values())
if lc["en"] < 4 or lc["zh"] < 2 or lc["ur"] < 2:
    err(f"programme/ language mix too small (need en>=4, zh>=2, ur>=2): {dict(lc)}")
words = {k: word_count(v) for k, v in texts.items()}
for k, v in texts.items():
    if not 400 <= words[k] <= 1500:
        err(f"{k}: {words[k]} words, expected 400-1,500")
    if NOTICE[doc_langs[k]] not in norm(v):
        err(f"{k}: no fictional-content notice ({NOTICE[doc_langs[k]]!r})")
    if doc_langs[k] == "ur" and len(re.findall(ARABIC, v)) < 1500:
        err(f"{k}: Urdu document must be written in Urdu script")

# headings, tables and lists
for k in texts:
    path = PROG / k
    if k.endswith(".md"):
        raw = path.read_text(encoding="utf-8")
        if not re.search(r"^#{1,3} ", raw, re.M):
            err(f"{k}: no markdown headings")
    if k.endswith(".html"):
        p = HtmlText()
        p.feed(path.read_text(encoding="utf-8"))
        if not (p.tags["h1"] or p.tags["h2"]) or not p.tags["table"] or not (p.tags["ul"] or p.tags["ol"]):
            err(f"{k}: HTML needs headings, a table and a list")
    if k.endswith(".docx"):
        import docx

        d = docx.Document(str(path))
        if not d.tables:
            err(f"{k}: docx must contain a real Word table")
        if not any(pp.style.name.startswith("Heading") for pp in d.paragraphs):
            err(f"{k}: docx must use Word heading styles")
    if k.endswith(".pdf"):
        if doc_langs[k] != "en":
            err(f"{k}: PDF should be English")
        if words[k] < 400:
            err(f"{k}: PDF text layer too small (is it text-based?)")
md_tables = sum(
    len(re.findall(r"^\|[-| :]+\|\s*$", (PROG / k).read_text(encoding="utf-8"), re.M))
    for k in texts
    if k.endswith(".md")
)
if md_tables < 4:
    err(f"need at least four markdown tables, found {md_tables}")
for lang in ("zh", "ur"):
    if not any(doc_langs[k] == lang and ("|" in v) for k, v in texts.items()):
        err(f"no {lang} document with a table")
if (PROG / "README.md").exists():
    err("README.md must not be inside programme/")
if not (KB / "README.md").exists():
    err("sample-4/README.md is missing")
if "23 February 2022" not in "".join(texts.values()):
    err("the 23 February 2022 webinar is not described in any document")

# ---------------------------------------------------------------- directory.csv
with open(DIRECTORY, encoding="utf-8", newline="") as fh:
    reader = csv.reader(fh)
    header = next(reader)
    raw_rows = list(reader)
if header != COLUMNS:
    err(f"directory.csv header mismatch: {header}")
rows = [dict(zip(header, r)) for r in raw_rows]
for raw in raw_rows:
    if len(raw) != len(COLUMNS):
        err(f"{raw[:1]}: wrong number of cells ({len(raw)})")
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    err("duplicate company ids")
if not 40 <= len(rows) <= 50:
    err(f"directory should have 40-50 companies, has {len(rows)}")
n_pk = sum(r["country"] == "PK" for r in rows)
n_cn = sum(r["country"] == "CN" for r in rows)
if n_pk + n_cn != len(rows):
    err("country must be PK or CN")
if rows and not 0.55 <= n_pk / len(rows) <= 0.65:
    err(f"PK share {n_pk}/{len(rows)} is not about 60%")
for r in rows:
    rid = r["id"]
    if not re.fullmatch(r"(PK|CN)-\d{3}", rid) or rid[:2] != r["country"]:
        err(f"{rid}: bad id/country")
    if not re.fullmatch(r"\d{4}", r["founded"]) or not 1998 <= int(r["founded"]) <= 2029:
        err(f"{rid}: founded out of range")
    if not re.fullmatch(r"\d+", r["employees"]) or not 5 <= int(r["employees"]) <= 2000:
        err(f"{rid}: employees out of range")
    if r["pitched_at_webinar"] not in ("yes", "no"):
        err(f"{rid}: pitched_at_webinar must be yes/no")
    if r["pitched_at_webinar"] == "yes" and int(r["founded"]) > 2021:
        err(f"{rid}: cannot have pitched in February 2022 if founded after 2021")
    for col in ("website", "contact_email"):
        if not r[col].endswith(".example"):
            err(f"{rid}: {col} must use a .example domain")
    if "@" not in r["contact_email"]:
        err(f"{rid}: bad contact_email")
    for col in ("name", "country", "city", "services", "industries", "languages", "description"):
        if not r[col].strip():
            err(f"{rid}: {col} must not be empty")
    for col in ("services", "industries", "technologies", "certifications", "languages"):
        if r[col] and any(not part.strip() for part in r[col].split(";")):
            err(f"{rid}: empty item in {col}")
    if r["certifications"].lower().startswith("none") and r["certifications"] != "none":
        err(f"{rid}: 'none' must stand alone")
    if r["name_zh"] and not re.search(HAN, r["name_zh"]):
        err(f"{rid}: name_zh must be Chinese")
    if r["country"] == "CN" and not r["name_zh"]:
        err(f"{rid}: Chinese companies should have a Chinese name")
services = {s.strip().lower() for r in rows for s in r["services"].split(";") if s.strip()}
if len(services) < 40:
    err(f"only {len(services)} distinct services")
pk_cities = {r["city"] for r in rows if r["country"] == "PK"}
cn_cities = {r["city"] for r in rows if r["country"] == "CN"}
if len(pk_cities) < 6 or len(cn_cities) < 6:
    err(f"need a spread of cities: PK {len(pk_cities)}, CN {len(cn_cities)}")
n_none = sum(r["certifications"] == "none" for r in rows)
n_empty_cert = sum(r["certifications"] == "" for r in rows)
n_pitched = sum(r["pitched_at_webinar"] == "yes" for r in rows)
if n_none < 3 or n_empty_cert < 2 or n_pitched < 5:
    err(f"directory variety: {n_none} 'none' certs, {n_empty_cert} empty certs, {n_pitched} pitched")
if sum(1 for r in rows for c in COLUMNS if r[c] == "") < 10:
    err("a real spreadsheet has some empty cells")
emps = sorted(int(r["employees"]) for r in rows)
if emps and (emps[0] > 30 or emps[-1] < 1000):
    err("head counts should range from small (<30) to large (>1000)")
company = {r["id"]: r for r in rows}


# ---------------------------------------------------------------- directory filters
def L(r, col):
    return r[col].lower()


def has(r, col, pattern):
    return re.search(pattern, L(r, col)) is not None


def pk(r):
    return r["country"] == "PK"


def cn(r):
    return r["country"] == "CN"


def certs(r):
    return [c.strip() for c in r["certifications"].split(";") if c.strip()]


def emp(r):
    return int(r["employees"])


def founded(r):
    return int(r["founded"])


def speaks(r, lang):
    return lang.lower() in [x.strip().lower() for x in r["languages"].split(";")]


SUPPORT = r"customer support|customer service|call cent|contact cent|helpdesk|help desk|\bbpo\b|chat & email support"
PENTEST = r"penetration|pen test|pentest|\bvapt\b|red team"
FILTERS = {
    "s4-en-009": lambda r: pk(r) and has(r, "services", SUPPORT) and speaks(r, "Mandarin"),
    "s4-en-010": lambda r: r["city"] == "Karachi" and "ISO 27001" in certs(r),
    "s4-en-011": lambda r: r["city"] == "Lahore" and 100 <= emp(r) <= 500,
    "s4-en-012": lambda r: r["name"] == "Bolan Pass Digital Services",
    "s4-en-013": lambda r: pk(r) and any("hipaa" in c.lower() for c in certs(r)),
    "s4-zh-009": lambda r: pk(r) and has(r, "services", r"colocation|hosting"),
    "s4-zh-010": lambda r: r["city"] == "Islamabad" and r["pitched_at_webinar"] == "yes",
    "s4-zh-011": lambda r: pk(r) and has(r, "technologies", r"\bflutter\b"),
    "s4-zh-012": lambda r: pk(r) and founded(r) >= 2021,
    "s4-ur-008": lambda r: r["city"] == "Lahore" and certs(r) == ["none"],
    "s4-ur-009": lambda r: r["city"] in ("Peshawar", "Quetta"),
    "s4-ur-010": lambda r: pk(r) and emp(r) > 500,
    "s4-ur-Latn-008": lambda r: cn(r) and has(r, "industries", r"fintech"),
    "s4-ur-Latn-009": lambda r: r["city"] in ("Rawalpindi", "Islamabad") and has(r, "services", PENTEST),
    "s4-ur-Latn-010": lambda r: cn(r) and speaks(r, "Urdu"),
    "s4-mixed-007": lambda r: cn(r) and r["city"] == "Shenzhen",
    "s4-mixed-008": lambda r: has(r, "industries", r"\bgaming\b"),
}

# ---------------------------------------------------------------- questions-4.jsonl
questions = []
for i, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    try:
        questions.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"questions-4.jsonl:{i}: invalid JSON ({e})")

seen, seen_q = set(), set()
for it in questions:
    qid = it.get("id")
    if list(it.keys()) != FIELDS:
        err(f"{qid}: fields must be exactly {FIELDS}")
        continue
    if qid in seen:
        err(f"duplicate id {qid}")
    seen.add(qid)
    if (
        not re.fullmatch(r"s4-(en|zh|ur|ur-Latn|mixed)-\d{3}", qid)
        or qid.split("-", 1)[1].rsplit("-", 1)[0] != it["lang"]
    ):
        err(f"{qid}: id must be s4-<lang>-NNN matching lang")
    if it["lang"] not in LANGS:
        err(f"{qid}: bad lang {it['lang']}")
    if it["kind"] not in KINDS:
        err(f"{qid}: bad kind {it['kind']}")
    q = it["question"]
    if not q.strip() or not it["note"].strip():
        err(f"{qid}: empty question or note")
    if norm(q).lower() in seen_q:
        err(f"{qid}: duplicate question text")
    seen_q.add(norm(q).lower())
    for k in ("expected_sources", "expected_companies", "answer_must_contain_any"):
        if not isinstance(it[k], list):
            err(f"{qid}: {k} must be a list")
    has_han, has_ar, has_lat = bool(re.search(HAN, q)), bool(re.search(ARABIC, q)), bool(re.search(r"[A-Za-z]{3,}", q))
    if it["lang"] == "en" and (has_han or has_ar):
        err(f"{qid}: en question must be Latin script only")
    if it["lang"] == "zh" and not has_han:
        err(f"{qid}: zh question must contain Chinese")
    if it["lang"] == "ur" and (not has_ar or has_han):
        err(f"{qid}: ur question must be in Urdu script")
    if it["lang"] == "ur-Latn" and (has_han or has_ar):
        err(f"{qid}: ur-Latn question must be in Latin script")
    if it["lang"] == "mixed" and not has_lat:
        err(f"{qid}: mixed question should contain Latin-script words")

norm_texts = {k: norm(v) for k, v in texts.items()}
all_text = " ".join(norm_texts.values())
dir_ids_seen = set()
for it in questions:
    if list(it.keys()) != FIELDS:
        continue
    qid, kind = it["id"], it["kind"]
    for s in it["expected_sources"]:
        if s not in texts:
            err(f"{qid}: expected source {s!r} not in programme/")
    for c in it["expected_companies"]:
        if c not in company:
            err(f"{qid}: unknown company id {c}")
    must = it["answer_must_contain_any"]
    if kind == "programme":
        if not it["expected_sources"] or it["expected_companies"]:
            err(f"{qid}: programme item needs sources and no companies")
        if not 1 <= len(must) <= 4:
            err(f"{qid}: programme item needs 1-4 answer strings")
        for m in must:
            if not any(norm(m) in norm_texts.get(s, "") for s in it["expected_sources"]):
                err(f"{qid}: {m!r} not found verbatim in {it['expected_sources']}")
        for s in it["expected_sources"]:
            if not any(norm(m) in norm_texts.get(s, "") for m in must):
                err(f"{qid}: expected source {s} contains none of the answer strings")
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
        if not must:
            err(f"{qid}: directory item needs answer_must_contain_any")
        blob = " ".join(" ".join(company[c].values()) for c in it["expected_companies"] if c in company)
        for m in must:
            if m not in blob:
                err(f"{qid}: {m!r} does not appear in the expected companies' rows")
    else:
        if it["expected_sources"] or it["expected_companies"]:
            err(f"{qid}: unanswerable item must have no sources/companies")
        if not must:
            err(f"{qid}: unanswerable item should name a contact e-mail or office")
        for m in must:
            if norm(m) not in all_text:
                err(f"{qid}: contact {m!r} does not occur in any programme document")
        if not (it["note"].startswith("near miss") or it["note"].startswith("outside")):
            err(f"{qid}: unanswerable note must start with 'near miss' or 'outside'")
for qid in FILTERS:
    if qid not in dir_ids_seen:
        err(f"filter {qid} has no matching directory question")

cnt = collections.Counter((q["lang"], q["kind"]) for q in questions)
by_lang = collections.Counter(q["lang"] for q in questions)
by_kind = collections.Counter(q["kind"] for q in questions)
for lang, need in (("en", 10), ("zh", 10), ("ur", 8), ("ur-Latn", 8), ("mixed", 8)):
    if by_lang[lang] < need:
        err(f"questions-4: {lang} has {by_lang[lang]} < {need}")
for kind, lo, hi in (("programme", 30, 40), ("directory", 12, 18), ("unanswerable", 17, 24)):
    if not lo <= by_kind[kind] <= hi:
        err(f"questions-4: {kind} has {by_kind[kind]}, expected {lo}-{hi}")
if len(questions) < 70:
    err(f"questions-4 has {len(questions)} < 70 items")
near = sum(1 for q in questions if q["kind"] == "unanswerable" and q["note"].startswith("near miss"))
outside = sum(1 for q in questions if q["kind"] == "unanswerable" and q["note"].startswith("outside"))
if near < 7 or outside < 7:
    err(f"unanswerable mix should be about half/half: {outside} outside, {near} near misses")
# cross-lingual coverage: questions whose answer lives only in a document of another language
xl = 0
for q in questions:
    if (
        q["kind"] == "programme"
        and q["lang"] in ("en", "zh", "ur")
        and all(doc_langs.get(s) != q["lang"] for s in q["expected_sources"])
    ):
        xl += 1
if xl < 10:
    err(f"only {xl} cross-lingual programme questions")

# ---------------------------------------------------------------- report
print("programme documents:")
for k in texts:
    print(f"  {k:<40} {doc_langs[k]:<3} {words[k]:>5} words")
print(f"  formats {dict(by_ext)}; languages {dict(lc)}")
print(
    f"directory: {len(rows)} companies ({n_pk} PK, {n_cn} CN), {len(pk_cities)} PK cities, "
    f"{len(cn_cities)} CN cities, {len(services)} distinct services, {n_pitched} pitched, "
    f"{n_none} 'none' certs, {n_empty_cert} empty certs"
)
print(f"questions-4: {len(questions)} items, {xl} cross-lingual programme items")
print("  " + "lang".ljust(9) + "".join(k.rjust(14) for k in KINDS) + "total".rjust(8))
for lang in LANGS:
    print("  " + lang.ljust(9) + "".join(str(cnt[(lang, k)]).rjust(14) for k in KINDS) + str(by_lang[lang]).rjust(8))
print("  " + "total".ljust(9) + "".join(str(by_kind[k]).rjust(14) for k in KINDS) + str(len(questions)).rjust(8))
print(f"  unanswerable: {outside} outside the programme, {near} near misses")
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK")
