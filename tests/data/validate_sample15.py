"""Check the held-out knowledge base sample-15 ("Circuit Corridor 2043") and questions-15.jsonl.

Run: .venv/bin/python tests/data/validate_sample15.py   (exit code 0 = every check passed)

What it checks:
- every programme document parses and has the language, format and structure README.md says it has;
- directory.csv has FORMAT.md's header exactly, parses, and has the shape the brief asks for;
- questions-15.jsonl parses, ids are unique, counts per lang and kind are as planned;
- every expected_sources file exists; for programme items at least one listed source's text contains at
  least one answer_must_contain_any string;
- every directory item's expected_companies equals the set the filter below computes from the CSV.
"""

import collections
import csv
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample_text  # noqa: E402

KB = HERE / "sample-15"
PROG = KB / "programme"
CSV_PATH = KB / "directory.csv"
QUESTIONS = HERE / "questions-15.jsonl"

DOCS = {  # file -> (language, format)
    "programme-overview.md": ("en", "md"),
    "fees-subsidy-refunds.txt": ("en", "txt"),
    "events-2043.html": ("en", "html"),
    "engineering-review-and-bench-voucher.pdf": ("en", "pdf"),
    "partner-guide-zh.docx": ("zh", "docx"),
    "ip-escrow-export-control-zh.md": ("zh", "md"),
    "application-notice-zh.txt": ("zh", "txt"),
    "rahnuma-pakistani-firms-ur.docx": ("ur", "docx"),
    "academy-prospectus-ur.md": ("ur", "md"),
    "complaints-disputes-refunds-ur.txt": ("ur", "txt"),
}

LANG_COUNTS = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
KIND_COUNTS = {"programme": 40, "directory": 22, "unanswerable": 18}
OFF_TOPIC, NEAR_MISS = 10, 8


# ------------------------------------------------------------------ directory filters
def services(r):
    return [s.strip().lower() for s in r["services"].split(";") if s.strip()]


def certs(r):
    return [c.strip().lower() for c in r["certifications"].split(";") if c.strip()]


def langs(r):
    return [x.strip().lower() for x in r["languages"].split(";") if x.strip()]


def any_service(r, pred):
    return any(pred(s) for s in services(r))


def pcb_design(s):  # board design/layout, not assembly
    return "pcb" in s and "pcba" not in s and "assembly" not in s


def fpga(s):
    return "fpga" in s or "verilog" in s or "rtl" in s


def emc_precompliance(s):
    return "emc" in s and ("pre" in s or "预" in s)


def test_jig(s):
    return "jig" in s or "fixture" in s or "治具" in s


def ble_lora(s):
    return bool(re.search(r"\bble\b", s)) or "bluetooth" in s or "lora" in s


def embedded_linux(s):
    return "linux" in s or "bsp" in s or "yocto" in s


def has_cert(r, name):
    return name.lower() in certs(r)


def emp(r):
    return int(r["employees"])


def year(r):
    return int(r["founded"])


FILTERS = {
    "s15-en-11": lambda r: r["city"] == "Karachi" and any_service(r, pcb_design),
    "s15-en-12": lambda r: has_cert(r, "ISO 13485"),
    "s15-en-13": lambda r: year(r) > 2030 and any_service(r, fpga),
    "s15-en-14": lambda r: r["name"].startswith("Mehran Signal Systems"),
    "s15-en-15": lambda r: r["city"] == "Dongguan" and has_cert(r, "IATF 16949"),
    "s15-en-16": lambda r: r["city"] == "Peshawar" and has_cert(r, "ISO 13485"),
    "s15-zh-10": lambda r: r["country"] == "PK" and any_service(r, emc_precompliance),
    "s15-zh-11": lambda r: r["city"] == "Guangzhou",
    "s15-zh-12": lambda r: r["country"] == "CN" and emp(r) > 1000,
    "s15-zh-13": lambda r: r["country"] == "CN" and any_service(r, fpga) and r["pitched_at_webinar"] == "yes",
    "s15-zh-14": lambda r: r["country"] == "CN" and "urdu" in langs(r),
    "s15-ur-08": lambda r: r["city"] == "Lahore" and any_service(r, pcb_design),
    "s15-ur-09": lambda r: r["city"] == "Karachi" and certs(r) == ["none"],
    "s15-ur-10": lambda r: year(r) < 1995,
    "s15-ur-11": lambda r: r["city"] == "Quetta" and any_service(r, fpga),
    "s15-url-08": lambda r: r["city"] in ("Faisalabad", "Multan") and any_service(r, embedded_linux),
    "s15-url-09": lambda r: r["city"] == "Islamabad" and has_cert(r, "ISO 27001"),
    "s15-url-10": lambda r: r["country"] == "PK" and emp(r) < 10,
    "s15-url-11": lambda r: r["country"] == "CN" and any_service(r, test_jig),
    "s15-mx-08": lambda r: r["city"] == "Shenzhen" and any_service(r, ble_lora),
    "s15-mx-09": lambda r: r["country"] == "PK" and any_service(r, test_jig) and r["pitched_at_webinar"] == "yes",
    "s15-mx-10": lambda r: r["name_zh"].startswith("西湖物联"),
}


def load_rows():
    with CSV_PATH.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        rows = list(reader)
    return header, rows


def compute(qid, rows):
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


# ------------------------------------------------------------------ checks
def main():
    errors = []

    def check(cond, msg):
        if not cond:
            errors.append(msg)

    # programme documents
    present = sorted(p.name for p in PROG.iterdir())
    check(present == sorted(DOCS), f"programme/ holds {present}, expected {sorted(DOCS)}")
    texts = {}
    for name, (lang, fmt) in DOCS.items():
        path = PROG / name
        if not path.exists():
            continue
        try:
            text = sample_text.extract(path)
        except Exception as e:
            check(False, f"{name}: does not parse ({e})")
            continue
        texts[name] = text
        check(len(text) > 1500, f"{name}: only {len(text)} characters of text")
        check(
            sample_text.script_lang(text) == lang,
            f"{name}: script says {sample_text.script_lang(text)}, expected {lang}",
        )
        check(path.suffix == "." + fmt, f"{name}: not a .{fmt}")
    check(
        collections.Counter(lang for lang, _ in DOCS.values()) == {"en": 4, "zh": 3, "ur": 3},
        "language mix of documents",
    )
    check({fmt for _, fmt in DOCS.values()} == {"md", "txt", "html", "pdf", "docx"}, "every format at least once")

    # format-specific structure
    txt = (PROG / "fees-subsidy-refunds.txt").read_text(encoding="utf-8")
    check(max(len(line) for line in txt.splitlines()) <= 78, "fees-subsidy-refunds.txt: lines longer than 78 columns")
    html_parser = sample_text.HtmlText()
    html_parser.feed((PROG / "events-2043.html").read_text(encoding="utf-8"))
    for tag in ("nav", "aside", "form", "footer", "header", "table", "input"):
        check(html_parser.tags[tag] >= 1, f"events-2043.html: no <{tag}>")
    check("Breadcrumb" in (PROG / "events-2043.html").read_text(encoding="utf-8"), "events-2043.html: no breadcrumb")
    import docx
    import pypdf

    pdf = pypdf.PdfReader(str(PROG / "engineering-review-and-bench-voucher.pdf"))
    check(len(pdf.pages) == 2, f"PDF has {len(pdf.pages)} pages, expected 2")
    for i, page in enumerate(pdf.pages):
        check("Table" in (page.extract_text() or ""), f"PDF page {i + 1}: no table")
    zh_doc = docx.Document(str(PROG / "partner-guide-zh.docx"))
    check(len(zh_doc.tables) >= 2, "partner-guide-zh.docx: fewer than 2 tables")
    ur_doc = docx.Document(str(PROG / "rahnuma-pakistani-firms-ur.docx"))
    check(len(ur_doc.tables) >= 2, "rahnuma-pakistani-firms-ur.docx: fewer than 2 tables")
    xml = zipfile.ZipFile(PROG / "rahnuma-pakistani-firms-ur.docx").read("word/document.xml").decode("utf-8")
    check(xml.count("<w:bidi/>") >= 20 and "<w:bidiVisual/>" in xml, "Urdu docx: paragraphs/tables not right-to-left")

    # directory
    header, rows = load_rows()
    check(header == sample_text.COLUMNS, f"CSV header {header} != FORMAT.md columns")
    check(55 <= len(rows) <= 60, f"{len(rows)} companies, expected 55-60")
    ids = [r["id"] for r in rows]
    check(len(set(ids)) == len(ids), "duplicate company ids")
    for r in rows:
        rid = r["id"]
        check(re.fullmatch(r"(PK|CN)-\d{3}", rid) is not None and rid[:2] == r["country"], f"{rid}: bad id/country")
        check(4 <= emp(r) <= 6000, f"{rid}: head count {r['employees']}")
        check(1990 <= year(r) <= 2040, f"{rid}: founded {r['founded']}")
        check(r["pitched_at_webinar"] in ("yes", "no"), f"{rid}: pitched_at_webinar {r['pitched_at_webinar']!r}")
        check(
            r["website"].endswith(".example") and r["contact_email"].endswith(".example"),
            f"{rid}: non-.example address",
        )
        check(
            all(r[c] for c in ("name", "city", "services", "industries", "technologies", "languages", "description")),
            f"{rid}: a required cell is empty",
        )
        check(bool(r["name_zh"]) == bool(r["description_zh"]), f"{rid}: name_zh and description_zh disagree")
    pk = sum(r["country"] == "PK" for r in rows)
    check(0.55 <= pk / len(rows) <= 0.65, f"PK share {pk}/{len(rows)}")
    distinct = {s for r in rows for s in r["services"].split(";")}
    check(140 <= len(distinct) <= 165, f"{len(distinct)} distinct service strings, expected about 150")
    check(sum(r["certifications"] == "none" for r in rows) >= 5, "too few 'none' certification rows")
    check(3 <= sum(r["certifications"] == "" for r in rows) <= 8, "empty (unknown) certification rows: want a few")
    check(sum(r["country"] == "CN" and "Urdu" in r["languages"] for r in rows) >= 2, "too few CN rows with Urdu")
    check(sum(bool(r["name_zh"]) for r in rows) > len(rows) * 0.7, "most rows should have name_zh")
    check(
        any(re.search(sample_text.HAN, s) and re.search("[A-Za-z]", s) for s in distinct),
        "no mixed Chinese/English service cell",
    )

    # questions
    items = []
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            check(False, f"questions line {n}: {e}")
    qids = [q.get("id") for q in items]
    check(len(qids) == len(set(qids)) == 80, f"{len(qids)} questions / {len(set(qids))} unique ids, expected 80")
    for q in items:
        check(list(q) == sample_text.FIELDS, f"{q.get('id')}: fields {list(q)}")
    check(
        dict(collections.Counter(q["lang"] for q in items)) == LANG_COUNTS,
        f"lang counts {collections.Counter(q['lang'] for q in items)}",
    )
    check(
        dict(collections.Counter(q["kind"] for q in items)) == KIND_COUNTS,
        f"kind counts {collections.Counter(q['kind'] for q in items)}",
    )
    unans = [q for q in items if q["kind"] == "unanswerable"]
    off = [q for q in unans if q["note"].startswith("off-topic")]
    near = [q for q in unans if q["note"].startswith("near miss")]
    check(len(off) == OFF_TOPIC and len(near) == NEAR_MISS, f"{len(off)} off-topic, {len(near)} near misses")
    check({q["lang"] for q in off} == set(LANG_COUNTS), "off-topic items must cover all five labels")
    allowed = set(DOCS)
    empty_dir = 0
    for q in items:
        qid, kind = q["id"], q["kind"]
        check(q["question"].strip() != "", f"{qid}: empty question")
        for s in q["expected_sources"]:
            check(s in allowed and (PROG / s).exists(), f"{qid}: source {s} does not exist")
        # the language label matches the script the question is typed in
        han = re.search(sample_text.HAN, q["question"])
        arab = re.search(sample_text.ARABIC, q["question"])
        latin = re.search(r"[A-Za-z]{3,}", q["question"])
        if q["lang"] == "zh":
            check(han and not arab, f"{qid}: zh question without Chinese")
        elif q["lang"] == "ur":
            check(arab and not han, f"{qid}: ur question without Urdu script")
        elif q["lang"] in ("en", "ur-Latn"):
            check(latin and not han and not arab, f"{qid}: {q['lang']} question not in Latin script")
        else:
            check(sum(bool(x) for x in (han, arab, latin)) >= 2, f"{qid}: mixed question uses one script")
        if kind == "programme":
            check(
                q["expected_sources"] and q["answer_must_contain_any"] and not q["expected_companies"],
                f"{qid}: programme item needs sources and key facts, no companies",
            )
            hit = any(
                sample_text.norm(a).lower() in sample_text.norm(texts.get(s, "")).lower()
                for s in q["expected_sources"]
                for a in q["answer_must_contain_any"]
            )
            check(hit, f"{qid}: no listed source contains any of {q['answer_must_contain_any']}")
        elif kind == "directory":
            check(not q["expected_sources"], f"{qid}: directory item lists sources")
            if qid not in FILTERS:
                check(False, f"{qid}: no filter written")
                continue
            want = compute(qid, rows)
            check(
                sorted(q["expected_companies"]) == want,
                f"{qid}: expected_companies {q['expected_companies']} != filter {want}",
            )
            if not want:
                empty_dir += 1
                check("no row" in q["note"], f"{qid}: empty set not explained in note")
        else:
            check(
                not q["expected_sources"] and not q["expected_companies"],
                f"{qid}: unanswerable item with sources/companies",
            )
    check(empty_dir >= 2, f"only {empty_dir} directory items with an empty answer set")
    check(set(FILTERS) == {q["id"] for q in items if q["kind"] == "directory"}, "filters and directory items differ")

    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    print(
        f"OK: {len(DOCS)} documents, {len(rows)} companies ({len(distinct)} distinct services), {len(items)} questions"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
