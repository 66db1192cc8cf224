"""Checks the held-out knowledge base tests/data/sample-16 and tests/data/questions-16.jsonl.

Run:  .venv/bin/python tests/data/validate_sample16.py
Exit status 0 when every check passes; the failures are printed otherwise.
"""

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample_text  # noqa: E402

KB = HERE / "sample-16"
PROGRAMME = KB / "programme"
CSV_PATH = KB / "directory.csv"
QUESTIONS = HERE / "questions-16.jsonl"

LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 40, "directory": 22, "unanswerable": 18}
DOC_FORMATS = {".md", ".txt", ".html", ".pdf", ".docx"}

# ---------------------------------------------------------------- directory filters
# Service families, matched case-insensitively against each `;`-separated service string.
WMS = r"\bwms\b|warehouse (mgmt|management|software)|仓储管理"
CUSTOMS = r"customs|weboc|报关"
FLEET = r"fleet|gps|telematic|vehicle tracking|车联网"
PORT_SW = r"port community|\bpcs\b|terminal operating|\btos\b|berth"
ROUTE = r"rout"  # route optimisation / route planning / routing engine
EDI = r"\bedi\b|edifact|x12"
COLD = r"cold|reefer|冷链|temperature"
DOCS = r"document|docs\b|data entry|data capture"  # shipment-document entry / OCR, not gate OCR
TRUCKING = r"truck|公路"


def split(cell):
    return [p.strip() for p in cell.split(";") if p.strip()]


def offers(row, pattern):
    return any(re.search(pattern, s, re.I) for s in split(row["services"]))


def certs(row):
    return {c.lower() for c in split(row["certifications"])}


def emp(row):
    return int(row["employees"])


def year(row):
    return int(row["founded"])


FILTERS = {
    # en
    "s16-en-11": lambda r: r["city"] == "Lahore" and offers(r, WMS),
    "s16-en-12": lambda r: r["country"] == "CN" and r["city"] == "Shenzhen" and "iso 27001" in certs(r),
    "s16-en-13": lambda r: r["country"] == "PK" and year(r) < 2000,
    "s16-en-14": lambda r: r["name"] == "Gwadar Gatehouse Systems",
    "s16-en-15": lambda r: r["country"] == "PK" and offers(r, COLD) and emp(r) > 1000,  # none: PK-014 has exactly 1,000
    "s16-en-16": lambda r: r["city"] == "Karachi" and r["pitched_at_webinar"] == "yes",
    # zh
    "s16-zh-10": lambda r: r["country"] == "PK" and offers(r, CUSTOMS),
    "s16-zh-11": lambda r: r["city"] == "Islamabad",
    "s16-zh-12": lambda r: offers(r, FLEET) and 50 <= emp(r) <= 200,
    "s16-zh-13": lambda r: r["certifications"].strip().lower() == "none",  # empty cell = unknown, not "none"
    "s16-zh-14": lambda r: r["name_zh"].startswith("喀什帕米尔通途"),
    # ur
    "s16-ur-08": lambda r: r["city"] == "Karachi" and offers(r, PORT_SW),
    "s16-ur-09": lambda r: r["country"] == "CN" and "urdu" in {lang.lower() for lang in split(r["languages"])},
    "s16-ur-10": lambda r: r["country"] == "PK" and year(r) > 2030 and offers(r, ROUTE),
    "s16-ur-11": lambda r: "aeo" in certs(r),
    # ur-Latn
    "s16-ul-08": lambda r: r["city"] == "Karachi" and offers(r, EDI),
    "s16-ul-09": lambda r: r["city"] == "Faisalabad",
    "s16-ul-10": lambda r: "iso 28000" in certs(r) and r["pitched_at_webinar"] == "yes",
    "s16-ul-11": lambda r: emp(r) < 10,
    # mixed
    "s16-mx-08": lambda r: offers(r, DOCS) and "iso 9001" in certs(r),
    "s16-mx-09": lambda r: r["city"] in ("Kashgar", "Urumqi") and offers(r, TRUCKING),
    "s16-mx-10": lambda r: r["city"] == "Quetta" and offers(r, COLD),  # none
}


def load_rows():
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        rows = list(reader)
    return header, rows


def compute(qid, rows):
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


def main():
    errors, warnings = [], []

    # ---- programme documents parse
    docs = sorted(p for p in PROGRAMME.iterdir() if p.is_file())
    texts = {}
    for p in docs:
        try:
            texts[p.name] = sample_text.extract(p)
        except Exception as exc:
            errors.append(f"{p.name}: does not parse ({exc})")
            continue
        if len(texts[p.name].strip()) < 500:
            errors.append(f"{p.name}: extracted text is suspiciously short")
    if len(docs) != 10:
        errors.append(f"expected 10 programme documents, found {len(docs)}")
    missing_formats = DOC_FORMATS - {p.suffix.lower() for p in docs}
    if missing_formats:
        errors.append(f"formats not used: {sorted(missing_formats)}")
    langs = Counter(sample_text.script_lang(t) for t in texts.values())
    if langs != Counter({"en": 4, "zh": 3, "ur": 3}):
        errors.append(f"document languages {dict(langs)} (want en 4, zh 3, ur 3)")
    pdfs = [p for p in docs if p.suffix == ".pdf"]
    if pdfs:
        import pypdf

        for p in pdfs:
            if len(pypdf.PdfReader(str(p)).pages) != 2:
                errors.append(f"{p.name}: want 2 pages")
    wrapped = PROGRAMME / "membership-fees-and-refunds.txt"
    if wrapped.exists():
        long = [i for i, line in enumerate(wrapped.read_text(encoding="utf-8").splitlines(), 1) if len(line) > 78]
        if long:
            errors.append(f"{wrapped.name}: lines over 78 columns: {long[:5]}")
    udocx = PROGRAMME / "membership-voucher.ur.docx"
    if udocx.exists():
        import docx

        d = docx.Document(str(udocx))
        if not d.tables or "w:bidi" not in d.paragraphs[1]._p.xml:
            errors.append(f"{udocx.name}: want right-to-left paragraphs and tables")
    html_parser = sample_text.HtmlText()
    html_parser.feed((PROGRAMME / "events.html").read_text(encoding="utf-8"))
    for tag in ("nav", "aside", "form", "footer", "table"):
        if not html_parser.tags[tag]:
            errors.append(f"events.html: no <{tag}>")

    # ---- directory
    header, rows = load_rows()
    if header != sample_text.COLUMNS:
        errors.append(f"directory.csv header {header} != {sample_text.COLUMNS}")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errors.append("directory.csv: duplicate ids")
    if not 55 <= len(rows) <= 60:
        errors.append(f"directory.csv: {len(rows)} rows (want 55-60)")
    for r in rows:
        if not re.fullmatch(r"(PK|CN)-\d{3}", r["id"]) or r["id"][:2] != r["country"]:
            errors.append(f"{r['id']}: bad id/country")
        if not 4 <= emp(r) <= 6000:
            errors.append(f"{r['id']}: employees {r['employees']}")
        if not 1990 <= year(r) <= 2040:
            errors.append(f"{r['id']}: founded {r['founded']}")
        if r["pitched_at_webinar"] not in ("yes", "no"):
            errors.append(f"{r['id']}: pitched_at_webinar {r['pitched_at_webinar']!r}")
        for col in ("name", "city", "services", "languages", "description", "website", "contact_email"):
            if not r[col].strip():
                errors.append(f"{r['id']}: empty {col}")
        if not r["contact_email"].endswith(".example") or not r["website"].endswith(".example"):
            errors.append(f"{r['id']}: web/e-mail must end in .example")
    services = {s for r in rows for s in split(r["services"])}
    pk = sum(r["country"] == "PK" for r in rows)
    print(f"directory: {len(rows)} rows ({pk} PK, {len(rows) - pk} CN), {len(services)} distinct services")

    # ---- questions
    items = []
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"questions line {n}: {exc}")
    qids = [q.get("id") for q in items]
    if len(qids) != len(set(qids)):
        errors.append("duplicate question ids: " + str([k for k, v in Counter(qids).items() if v > 1]))
    for q in items:
        if list(q) != sample_text.FIELDS:
            errors.append(f"{q.get('id')}: fields {list(q)}")
    lc = Counter(q["lang"] for q in items)
    kc = Counter(q["kind"] for q in items)
    if dict(lc) != LANG_COUNTS:
        errors.append(f"lang counts {dict(lc)} != {LANG_COUNTS}")
    if dict(kc) != KIND_COUNTS:
        errors.append(f"kind counts {dict(kc)} != {KIND_COUNTS}")

    norm_texts = {k: sample_text.norm(v).lower() for k, v in texts.items()}
    directory_ids = set()
    empty_sets = 0
    for q in items:
        qid, kind = q["id"], q["kind"]
        for src in q["expected_sources"]:
            if not (PROGRAMME / src).is_file():
                errors.append(f"{qid}: source {src} does not exist")
        if kind == "programme":
            if not q["expected_sources"] or not q["answer_must_contain_any"]:
                errors.append(f"{qid}: programme item needs sources and answer strings")
                continue
            answers = [sample_text.norm(a).lower() for a in q["answer_must_contain_any"]]
            holding = [s for s in q["expected_sources"] if any(a in norm_texts.get(s, "") for a in answers)]
            if not holding:
                errors.append(f"{qid}: no listed source contains any of {q['answer_must_contain_any']}")
            elif len(holding) < len(q["expected_sources"]):
                others = sorted(set(q["expected_sources"]) - set(holding))
                warnings.append(f"{qid}: answer strings found in {holding}; {others} state it in other words")
            if q["expected_companies"]:
                errors.append(f"{qid}: programme item with companies")
        elif kind == "directory":
            directory_ids.add(qid)
            if qid not in FILTERS:
                errors.append(f"{qid}: no filter written for this directory item")
                continue
            want = compute(qid, rows)
            if sorted(q["expected_companies"]) != want:
                errors.append(f"{qid}: expected_companies {sorted(q['expected_companies'])} != filter {want}")
            if not want:
                empty_sets += 1
                if "no row" not in q["note"].lower():
                    errors.append(f"{qid}: empty set must be explained in note ('no row ...')")
            if q["expected_sources"]:
                errors.append(f"{qid}: directory item with sources")
        elif kind == "unanswerable":
            if q["expected_companies"] or q["expected_sources"]:
                errors.append(f"{qid}: unanswerable item with sources/companies")
        else:
            errors.append(f"{qid}: unknown kind {kind}")
    if set(FILTERS) != directory_ids:
        errors.append(f"filters without items / items without filters: {sorted(set(FILTERS) ^ directory_ids)}")
    if empty_sets < 2:
        errors.append(f"want at least two directory items no row satisfies, have {empty_sets}")

    for w in warnings:
        print("note:", w)
    for e in errors:
        print("FAIL:", e)
    print(f"questions: {len(items)} {dict(lc)} {dict(kc)}")
    print("OK" if not errors else f"{len(errors)} failure(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
