"""Checks tests/data/sample-17 and questions-17.jsonl (the Loom Logic 2047 held-out sample).

Run from the repository root:  .venv/bin/python tests/data/validate_sample17.py
Exits 0 when every check passes, 1 otherwise. Needs only the stdlib, python-docx and pypdf.
"""

from __future__ import annotations

import collections
import csv
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample_text import ARABIC, COLUMNS, FIELDS, HAN, extract, norm  # noqa: E402

KB = HERE / "sample-17"
PROG = KB / "programme"
QUESTIONS = HERE / "questions-17.jsonl"

WANT_LANG = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
WANT_KIND = {"programme": 40, "directory": 22, "unanswerable": 18}
WANT_UNANSWERABLE = {"off-topic": 10, "near miss": 8}
ID_LANG = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}


# --------------------------------------------------------------------------- directory


def load_directory(path: Path = KB / "directory.csv") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split(";") if p.strip()]


def has(cell: str, *words: str) -> bool:
    """True if any ;-separated value of the cell contains any of the words (case-insensitive)."""
    return any(w.lower() in v.lower() for v in split(cell) for w in words)


def mandarin(r) -> bool:
    return has(r["languages"], "mandarin", "chinese", "中文", "普通话")


def pk(r) -> bool:
    return r["country"] == "PK"


def cn(r) -> bool:
    return r["country"] == "CN"


def cert(r, name: str) -> bool:
    return has(r["certifications"], name)


def emp(r) -> int:
    return int(r["employees"])


FABRIC_CV = ("fabric inspection", "defect detection", "fabric qc", "瑕疵")
COLOUR = ("dyeing recipe", "colour matching", "color matching", "lab dip", "配色", "colour qc")
ERP = ("garment erp", "apparel erp", "服装erp")
TRACE = ("traceab", "provenance", "溯源", "digital product passport")
THREE_D = ("3d", "virtual fitting", "virtual try-on", "digital sampling", "虚拟")
OEE_IOT = ("oee", "iot", "machine monitoring")
AUDIT = ("compliance", "audit")
GRADING = ("grading", "marker", "nesting")
MERCH = ("merchandising back", "merchandising support", "back-office merchandising")
PHOTO = ("photo editing", "retouch", "修图", "image editing", "clipping path", "background removal", "ghost mannequin")
CAD = ("cad digiti", "pattern digitis", "paper-pattern scanning", "dxf")

FILTERS = {
    "s17-en-11": lambda r: pk(r) and has(r["services"], *FABRIC_CV),
    "s17-en-12": lambda r: r["city"] == "Karachi" and r["pitched_at_webinar"] == "yes",
    "s17-en-13": lambda r: cert(r, "ISO 27001") and has(r["services"], *ERP),
    "s17-en-14": lambda r: has(r["services"], *TRACE) and emp(r) > 20,
    "s17-en-15": lambda r: has(r["industries"], "denim"),
    "s17-en-16": lambda r: has(r["services"], *AUDIT) and cert(r, "ISO 27001"),
    "s17-zh-10": lambda r: pk(r) and has(r["services"], *THREE_D) and mandarin(r),
    "s17-zh-11": lambda r: has(r["technologies"], "clo3d"),
    "s17-zh-12": lambda r: cn(r) and r["city"] == "Shaoxing",
    "s17-zh-13": lambda r: has(r["services"], *OEE_IOT) and has(r["technologies"], "azure"),
    "s17-zh-14": lambda r: (
        cn(r) and (has(r["industries"], "cross-border") or has(r["services"], "cross-border", "跨境"))
    ),
    "s17-ur-08": lambda r: r["city"] == "Sialkot" and r["certifications"].strip().lower() == "none",
    "s17-ur-09": lambda r: r["city"] == "Multan",
    "s17-ur-10": lambda r: r["city"] == "Lahore" and mandarin(r) and r["pitched_at_webinar"] == "yes",
    "s17-ur-11": lambda r: cert(r, "GOTS"),
    "s17-ul-08": lambda r: has(r["services"], *GRADING) and int(r["founded"]) < 2010,
    "s17-ul-09": lambda r: r["city"] in ("Peshawar", "Quetta"),
    "s17-ul-10": lambda r: has(r["services"], *MERCH) and r["pitched_at_webinar"] == "yes",
    "s17-ul-11": lambda r: r["city"] == "Islamabad" and cert(r, "CMMI"),
    "s17-mx-08": lambda r: has(r["services"], *COLOUR) and r["city"] in ("Faisalabad", "Karachi"),
    "s17-mx-09": lambda r: has(r["services"], *PHOTO) and emp(r) < 150,
    "s17-mx-10": lambda r: has(r["services"], *CAD) and r["city"] in ("Lahore", "Faisalabad"),
}


# --------------------------------------------------------------------------- band tables (as stated in the documents)


def fee_pk(staff: int) -> int:  # membership-fees.txt, ur-membership-guide.docx
    return 40_000 if staff <= 25 else 85_000 if staff <= 100 else 150_000 if staff <= 300 else 240_000


def fee_cn(staff: int) -> int:  # membership-fees.txt, zh-programme-guide.txt
    return 3_000 if staff <= 50 else 8_000 if staff <= 500 else 15_000


def grant(value: int) -> int:  # stitch-grant-2047.pdf, zh-grant-and-study-visit.docx
    share, cap = (
        (0.60, 12_000)
        if value <= 20_000
        else (0.50, 25_000)
        if value <= 60_000
        else ((0.40, 50_000) if value <= 150_000 else (0.25, 50_000))
    )
    return min(round(value * share), cap)


def voucher(staff: int, cost: int) -> int:  # membership-fees.txt, ur-membership-guide.docx
    if staff > 300:
        return 0
    share, cap = (0.70, 350_000) if staff <= 25 else (0.60, 500_000) if staff <= 100 else (0.50, 650_000)
    return min(round(cost * share), cap)


def refund(days: int, fee: int = 385_000) -> int:  # loom-logic-faq.md, zh-grant-and-study-visit.docx
    share = 0.90 if days >= 60 else 0.60 if days >= 30 else 0.30 if days >= 15 else 0.0
    return round(fee * share)


def techpack_days(packs: int) -> int | None:  # zh-techpack-desk.md
    return 3 if packs <= 10 else 6 if packs <= 40 else 10 if packs <= 100 else None


# each band question: the value the band tables give, and the form it must take in answer_must_contain_any
BAND_CHECKS = {
    "s17-en-02": f"PKR {fee_pk(100):,}",
    "s17-en-03": f"USD {grant(55_000):,}",
    "s17-en-05": f"PKR {refund(20):,}",
    "s17-zh-01": f"RMB {fee_cn(500):,}",
    "s17-zh-02": f"{techpack_days(40)}个工作日",
    "s17-zh-05": f"USD {grant(120_000):,}",
    "s17-ur-01": f"PKR {fee_pk(300):,}",
    "s17-ur-05": f"PKR {voucher(26, 900_000):,}",
    "s17-ul-01": f"PKR {fee_pk(25):,}",
    "s17-mx-02": f"PKR {voucher(120, 10**9):,}",
}


# --------------------------------------------------------------------------- checks


class Checker:
    def __init__(self):
        self.errors: list[str] = []
        self.notes: list[str] = []

    def check(self, ok: bool, message: str) -> bool:
        if not ok:
            self.errors.append(message)
        return ok


def check_documents(c: Checker) -> dict[str, str]:
    docs = sorted(p for p in PROG.iterdir() if p.is_file())
    c.check(len(docs) == 10, f"programme/ holds {len(docs)} documents, want 10")
    suffixes = collections.Counter(p.suffix for p in docs)
    for suf in (".md", ".txt", ".html", ".pdf", ".docx"):
        c.check(suffixes[suf] >= 1, f"no {suf} document")
    texts = {}
    for p in docs:
        try:
            texts[p.name] = extract(p)
        except Exception as exc:
            c.check(False, f"{p.name}: cannot extract text ({exc})")
            continue
        c.check(len(texts[p.name]) > 600, f"{p.name}: only {len(texts[p.name])} characters of text")
    langs = {}
    for name, text in texts.items():
        han, arab = len(re.findall(HAN, text)), len(re.findall(ARABIC, text))
        langs[name] = "zh" if han > 300 else "ur" if arab > 300 else "en"
    c.notes.append("document languages: " + ", ".join(f"{n}={lg}" for n, lg in sorted(langs.items())))
    for lang in ("en", "zh", "ur"):
        c.check(lang in langs.values(), f"no {lang} document")
    c.check(any(n.endswith(".txt") and langs[n] == "zh" for n in langs), "no Chinese .txt")
    c.check(any(n.endswith(".docx") and langs[n] == "zh" for n in langs), "no Chinese .docx")
    c.check(any(n.endswith(".docx") and langs[n] == "ur" for n in langs), "no Urdu .docx")
    c.check(any(n.endswith((".md", ".txt")) and langs[n] == "ur" for n in langs), "no Urdu .md/.txt")
    c.check(
        any(
            n.endswith(".md") and re.search(r"Frequently Asked Questions|\bFAQ\b", t) and t.count("Q:") >= 5
            for n, t in texts.items()
        ),
        "no .md with a FAQ",
    )
    # format-specific details
    import docx
    import pypdf

    for p in docs:
        if p.suffix == ".pdf":
            pages = len(pypdf.PdfReader(str(p)).pages)
            c.check(pages == 2, f"{p.name}: {pages} pages, want 2")
        if p.suffix == ".docx":
            tables = len(docx.Document(str(p)).tables)
            if langs.get(p.name) == "zh":
                c.check(2 <= tables <= 3, f"{p.name}: {tables} tables, want 2-3")
            if langs.get(p.name) == "ur":
                xml = zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
                c.check("<w:bidi" in xml and "<w:rtl" in xml, f"{p.name}: not marked right-to-left")
        if p.suffix == ".html":
            raw = p.read_text(encoding="utf-8").lower()
            for part in ("<nav", "breadcrumb", "<aside", "cookie", "<footer"):
                c.check(part in raw, f"{p.name}: page chrome lacks {part}")
        if p.suffix == ".txt" and langs.get(p.name) == "en":
            long = [n for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if len(line) > 80]
            c.check(not long, f"{p.name}: lines longer than 80 columns: {long[:5]}")
    for text in texts.values():
        for domain in re.findall(r"[\w.-]+@([\w.-]+)|https?://([\w.-]+)", text):
            host = (domain[0] or domain[1]).rstrip(".")
            c.check(host.endswith(".example"), f"non-.example domain {host}")
    return texts


def check_directory(c: Checker, rows: list[dict[str, str]]) -> None:
    with (KB / "directory.csv").open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    c.check(header == COLUMNS, f"directory.csv header {header} != {COLUMNS}")
    c.check(55 <= len(rows) <= 60, f"directory has {len(rows)} companies, want 55-60")
    ids = [r["id"] for r in rows]
    c.check(len(ids) == len(set(ids)), "duplicate company ids")
    for r in rows:
        rid = r["id"]
        c.check(re.fullmatch(r"(PK|CN)-\d{3}", rid) is not None, f"bad id {rid}")
        c.check(rid[:2] == r["country"], f"{rid}: country {r['country']} does not match id")
        c.check(r["pitched_at_webinar"] in ("yes", "no"), f"{rid}: pitched_at_webinar {r['pitched_at_webinar']!r}")
        c.check(r["founded"].isdigit() and 1950 <= int(r["founded"]) <= 2046, f"{rid}: founded {r['founded']!r}")
        c.check(r["employees"].isdigit() and int(r["employees"]) > 0, f"{rid}: employees {r['employees']!r}")
        c.check(bool(r["name"] and r["city"] and r["services"] and r["description"]), f"{rid}: missing required cell")
        for col in ("website", "contact_email"):
            c.check(r[col].endswith(".example"), f"{rid}: {col} not .example")
        certs = split(r["certifications"])
        c.check(not ("none" in [x.lower() for x in certs] and len(certs) > 1), f"{rid}: 'none' mixed with certificates")
    services = {s for r in rows for s in split(r["services"])}
    c.notes.append(
        f"directory: {len(rows)} companies ({sum(r['country'] == 'PK' for r in rows)} PK, "
        f"{sum(r['country'] == 'CN' for r in rows)} CN), {len(services)} distinct service strings, "
        f"{sum(r['certifications'] == 'none' for r in rows)} 'none' and "
        f"{sum(r['certifications'] == '' for r in rows)} empty certifications, "
        f"{sum(r['name_zh'] == '' for r in rows)} empty name_zh, "
        f"{sum(r['pitched_at_webinar'] == 'yes' for r in rows)} pitched"
    )
    c.check(130 <= len(services) <= 170, f"{len(services)} distinct service strings, want about 150")


def check_questions(c: Checker, texts: dict[str, str], rows: list[dict[str, str]]) -> list[dict]:
    items = []
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            c.check(False, f"questions line {n} is blank")
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            c.check(False, f"questions line {n}: invalid JSON ({exc})")
    c.check(len(items) == 80, f"{len(items)} questions, want 80")
    ids = [q.get("id") for q in items]
    c.check(len(ids) == len(set(ids)), "duplicate question ids")
    by_id = {r["id"]: r for r in rows}
    norm_texts = {name: norm(t) for name, t in texts.items()}
    all_text = " ".join(norm_texts.values()) + " " + norm((KB / "directory.csv").read_text(encoding="utf-8"))
    for q in items:
        qid = q.get("id", "?")
        if not c.check(list(q) == FIELDS, f"{qid}: fields {list(q)} != {FIELDS}"):
            continue
        m = re.fullmatch(r"s17-(en|zh|ur|ul|mx)-(\d\d)", qid)
        if c.check(m is not None, f"{qid}: bad id"):
            c.check(ID_LANG[m.group(1)] == q["lang"], f"{qid}: id does not match lang {q['lang']}")
        c.check(q["kind"] in WANT_KIND, f"{qid}: kind {q['kind']}")
        c.check(isinstance(q["question"], str) and q["question"].strip() != "", f"{qid}: empty question")
        c.check(
            isinstance(q["answer_must_contain_any"], list) and len(q["answer_must_contain_any"]) > 0,
            f"{qid}: answer_must_contain_any empty",
        )
        # the question is written in the language it claims
        text = q["question"]
        han, arab = len(re.findall(HAN, text)), len(re.findall(ARABIC, text))
        latin = len(re.findall(r"[A-Za-z]", text))
        if q["lang"] in ("en", "ur-Latn"):
            c.check(han == 0 and arab == 0, f"{qid}: {q['lang']} question has non-Latin script")
        elif q["lang"] == "zh":
            c.check(han > 0 and arab == 0 and han * 2 > latin, f"{qid}: zh question is not mostly Chinese")
        elif q["lang"] == "ur":
            c.check(arab > latin and han == 0, f"{qid}: ur question is not mostly Urdu script")
        elif q["lang"] == "mixed":
            scripts = (han > 0) + (arab > 0) + (latin > 0)
            c.check(scripts >= 2, f"{qid}: mixed question uses one script")
        for src in q["expected_sources"]:
            c.check((PROG / src).is_file(), f"{qid}: expected source {src} does not exist")
        kind = q["kind"]
        if kind == "programme":
            c.check(len(q["expected_sources"]) >= 1, f"{qid}: programme item without sources")
            c.check(q["expected_companies"] == [], f"{qid}: programme item with companies")
            computed = q["note"].startswith("computed")
            srcs = " ".join(norm_texts.get(s, "") for s in q["expected_sources"])
            for s in q["answer_must_contain_any"]:
                if not computed:
                    c.check(norm(s) in srcs, f"{qid}: {s!r} not found in {q['expected_sources']}")
            if computed:
                c.check(
                    any(norm(s) in srcs for s in q["answer_must_contain_any"]),
                    f"{qid}: computed item has no string grounded in its sources",
                )
            # other documents that also state the key fact (reported, not an error)
            for name, t in norm_texts.items():
                if name not in q["expected_sources"] and any(
                    len(s) >= 8 and norm(s) in t for s in q["answer_must_contain_any"]
                ):
                    c.notes.append(f"{qid}: {name} also contains a key string (not listed as a source)")
        elif kind == "directory":
            c.check(q["expected_sources"] == [], f"{qid}: directory item with sources")
            if not c.check(qid in FILTERS, f"{qid}: no filter"):
                continue
            want = sorted(r["id"] for r in rows if FILTERS[qid](r))
            c.check(
                sorted(q["expected_companies"]) == want,
                f"{qid}: expected_companies {q['expected_companies']} != filter result {want}",
            )
            c.check(1 <= len(want) <= 8, f"{qid}: {len(want)} companies, want 1-8")
            for cid in q["expected_companies"]:
                c.check(cid in by_id, f"{qid}: unknown company {cid}")
            names = {by_id[cid]["name"] for cid in q["expected_companies"] if cid in by_id}
            c.check(
                set(q["answer_must_contain_any"]) <= names, f"{qid}: answer strings are not names of expected companies"
            )
        else:
            c.check(
                q["expected_sources"] == [] and q["expected_companies"] == [],
                f"{qid}: unanswerable item with sources or companies",
            )
            c.check(q["note"].startswith(tuple(WANT_UNANSWERABLE)), f"{qid}: note must say off-topic or near miss")
            for s in q["answer_must_contain_any"]:
                c.check(norm(s) in all_text, f"{qid}: referral {s!r} not in the knowledge base")
    for qid, value in BAND_CHECKS.items():
        q = next((x for x in items if x["id"] == qid), None)
        if c.check(q is not None, f"band check for missing item {qid}"):
            c.check(
                value in q["answer_must_contain_any"],
                f"{qid}: band tables give {value!r}, not in {q['answer_must_contain_any']}",
            )
    # counts
    lang_n = collections.Counter(q["lang"] for q in items)
    kind_n = collections.Counter(q["kind"] for q in items)
    c.check(dict(lang_n) == WANT_LANG, f"lang counts {dict(lang_n)} != {WANT_LANG}")
    c.check(dict(kind_n) == WANT_KIND, f"kind counts {dict(kind_n)} != {WANT_KIND}")
    un = collections.Counter(
        next((k for k in WANT_UNANSWERABLE if q["note"].startswith(k)), "?")
        for q in items
        if q["kind"] == "unanswerable"
    )
    c.check(dict(un) == WANT_UNANSWERABLE, f"unanswerable split {dict(un)} != {WANT_UNANSWERABLE}")
    used = {s for q in items for s in q["expected_sources"]}
    c.check(used == set(texts), f"documents never used as a source: {sorted(set(texts) - used)}")
    return items


def main() -> int:
    c = Checker()
    texts = check_documents(c)
    rows = load_directory()
    check_directory(c, rows)
    items = check_questions(c, texts, rows)
    table = collections.Counter((q["lang"], q["kind"]) for q in items)
    print("questions-17.jsonl:", len(items), "items")
    print(f"  {'lang':8} {'programme':>9} {'directory':>9} {'unanswerable':>12} {'total':>6}")
    for lang in WANT_LANG:
        cells = [table[(lang, k)] for k in WANT_KIND]
        print(f"  {lang:8} {cells[0]:9} {cells[1]:9} {cells[2]:12} {sum(cells):6}")
    sizes = [len(q["expected_companies"]) for q in items if q["kind"] == "directory"]
    print(f"  directory answer sizes: {sorted(sizes)}")
    for note in c.notes:
        print("note:", note)
    if c.errors:
        for e in c.errors:
            print("ERROR:", e)
        print(f"FAILED: {len(c.errors)} problem(s)")
        return 1
    print("OK: sample-17 is valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
