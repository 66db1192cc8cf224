"""Check sample-19 (Route Atlas 2051) and questions-19.jsonl. Run from /work/main:
    .venv/bin/python tests/data/validate_sample19.py
Exits 0 when every check passes, 1 otherwise."""

import collections
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from sample_text import COLUMNS, FIELDS, extract, norm, script_lang  # noqa: E402

KB = HERE / "sample-19"
DOCS = KB / "programme"
QUESTIONS = HERE / "questions-19.jsonl"

WANT_LANG = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
WANT_KIND = {"programme": 40, "directory": 22, "unanswerable": 18}
ID_LANG = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}


# ---- directory filters: one per directory question, written against the CSV columns ----


def items(cell):
    return [s.strip() for s in cell.split(";") if s.strip()]


def svc(row, pattern, exclude=None):
    """Any single service string matching pattern (case-insensitive), and not matching exclude."""
    return any(
        re.search(pattern, s, re.I) and not (exclude and re.search(exclude, s, re.I)) for s in items(row["services"])
    )


def has(row, col, value):
    return any(v.lower() == value.lower() for v in items(row[col]))


def certs(row, pattern):
    return any(re.search(pattern, c, re.I) for c in items(row["certifications"]))


def emp(row):
    return int(row["employees"])


PK = lambda r: r["country"] == "PK"  # noqa: E731
PAY = r"wechat|alipay|微信|支付宝"
PMS = r"\bPMS\b|property[- ]management|酒店管理系统"
MANDARIN_SUPPORT = r"mandarin (call|customer|chat)|chinese-language helpdesk|普通话客服"
GDS = r"\bGDS\b|amadeus|sabre|travelport"
AUDIO = r"audio ?guide|audio tours|语音导览"
HALAL = r"halal|prayer|qibla|清真"
CHANNEL = r"channel (manager|sync)"
TOUR_ERP = r"tour[- ]op.*ERP|DMC software|旅行社ERP"
TRANSLATION = r"translat|dubbing|subtitl|locali[sz]|翻译|配音"
POS = r"QR (code )?menu|restaurant POS|F&B POS|POS for hotel restaurants|扫码点餐"
MAPS = r"geotag|GIS mapping|\bmaps\b|map &"
TICKETING = r"ticketing|e-ticket|\bNDC\b"

FILTERS = {
    "s19-en-11": lambda r: r["city"] == "Lahore" and svc(r, PAY),
    "s19-en-12": lambda r: PK(r) and svc(r, PMS, exclude=r"hosting") and certs(r, r"ISO\s*27001"),
    "s19-en-13": lambda r: r["pitched_at_webinar"] == "yes" and svc(r, MANDARIN_SUPPORT),
    "s19-en-14": lambda r: PK(r) and svc(r, GDS),
    "s19-en-15": lambda r: r["city"] == "Peshawar",
    "s19-en-16": lambda r: emp(r) < 20 and svc(r, AUDIO),
    "s19-zh-10": lambda r: r["city"] == "Karachi" and svc(r, PAY),
    "s19-zh-11": lambda r: certs(r, r"CMMI"),
    "s19-zh-12": lambda r: r["country"] == "CN" and r["city"] == "Chengdu",
    "s19-zh-13": lambda r: svc(r, HALAL),
    "s19-zh-14": lambda r: PK(r) and emp(r) > 100 and svc(r, MANDARIN_SUPPORT),
    "s19-ur-08": lambda r: svc(r, CHANNEL),
    "s19-ur-09": lambda r: int(r["founded"]) > 2035 and svc(r, TOUR_ERP),
    "s19-ur-10": lambda r: (
        PK(r) and has(r, "languages", "Urdu") and has(r, "languages", "Mandarin") and svc(r, TRANSLATION)
    ),
    "s19-ul-08": lambda r: svc(r, POS),
    "s19-ul-09": lambda r: r["city"] == "Lahore" and r["certifications"].strip().lower() == "none",
    "s19-ul-10": lambda r: PK(r) and svc(r, r"moderation"),
    "s19-ul-11": lambda r: has(r, "technologies", "Flutter") and r["pitched_at_webinar"] == "yes",
    "s19-mx-08": lambda r: r["city"] == "Faisalabad",
    "s19-mx-09": lambda r: certs(r, r"PCI DSS"),
    "s19-mx-10": lambda r: PK(r) and svc(r, MAPS),
    "s19-mx-11": lambda r: PK(r) and svc(r, TICKETING),
}


def load_rows():
    with (KB / "directory.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        rows = list(reader)
    return header, rows


def main():
    errors = []
    err = errors.append

    # ---- documents ----
    docs = sorted(p for p in DOCS.iterdir() if p.is_file())
    if len(docs) != 10:
        err(f"expected 10 programme documents, found {len(docs)}")
    suffixes = collections.Counter(p.suffix for p in docs)
    for suf in (".md", ".txt", ".html", ".pdf", ".docx"):
        if not suffixes[suf]:
            err(f"no {suf} document")
    texts = {}
    for p in docs:
        try:
            texts[p.name] = extract(p)
        except Exception as e:
            err(f"{p.name}: cannot extract text: {e}")
            continue
        if len(norm(texts[p.name])) < 300:
            err(f"{p.name}: suspiciously little text")
    doc_langs = {name: script_lang(t) for name, t in texts.items()}
    for lang in ("en", "zh", "ur"):
        if lang not in doc_langs.values():
            err(f"no programme document in {lang}")
    pdf = DOCS / "localisation-grant-and-pilot.pdf"
    if pdf.exists():
        import pypdf

        if len(pypdf.PdfReader(str(pdf)).pages) != 2:
            err("the PDF should have 2 pages")
    import docx

    for name, low in (("service-standards-zh.docx", 2), ("registration-guide-ur.docx", 1)):
        if (DOCS / name).exists() and len(docx.Document(str(DOCS / name)).tables) < low:
            err(f"{name}: too few tables")
    for p in docs:
        if p.suffix == ".txt" and doc_langs.get(p.name) == "en":
            long = [i for i, line in enumerate(texts[p.name].splitlines(), 1) if len(line) > 80]
            if long:
                err(f"{p.name}: lines longer than 80 columns: {long[:5]}")
    html = (DOCS / "offices.html").read_text(encoding="utf-8")
    for tag in ("<nav", "<footer", "<aside", "cookie", "breadcrumb"):
        if tag not in html:
            err(f"offices.html lacks page chrome: {tag}")

    # ---- directory ----
    header, rows = load_rows()
    if header != COLUMNS:
        err(f"directory.csv header differs from FORMAT.md: {header}")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("duplicate company ids")
    if not 55 <= len(rows) <= 60:
        err(f"directory has {len(rows)} companies, want 55-60")
    by_id = {r["id"]: r for r in rows}
    for r in rows:
        if not re.fullmatch(r"(PK|CN)-\d{3}", r["id"]) or r["id"][:2] != r["country"]:
            err(f"{r['id']}: bad id or country")
        if r["pitched_at_webinar"] not in ("yes", "no"):
            err(f"{r['id']}: pitched_at_webinar must be yes/no")
        if not r["employees"].isdigit() or not r["founded"].isdigit():
            err(f"{r['id']}: employees/founded not integers")
        for col in ("website", "contact_email"):
            if not r[col].endswith(".example"):
                err(f"{r['id']}: {col} not on .example")
    services = {s for r in rows for s in items(r["services"])}
    if not 130 <= len(services) <= 170:
        err(f"{len(services)} distinct service strings, want about 150")

    # ---- questions ----
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    qs = []
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: invalid JSON: {e}")
            continue
        if list(q) != FIELDS:
            err(f"line {n}: fields {list(q)} != {FIELDS}")
        qs.append(q)
    qids = [q["id"] for q in qs]
    dup = [i for i, c in collections.Counter(qids).items() if c > 1]
    if dup:
        err(f"duplicate question ids: {dup}")
    by_lang = collections.Counter(q["lang"] for q in qs)
    by_kind = collections.Counter(q["kind"] for q in qs)
    if dict(by_lang) != WANT_LANG:
        err(f"counts by lang {dict(by_lang)} != {WANT_LANG}")
    if dict(by_kind) != WANT_KIND:
        err(f"counts by kind {dict(by_kind)} != {WANT_KIND}")
    near = sum(1 for q in qs if q["kind"] == "unanswerable" and q["note"].startswith("near miss"))
    off = sum(1 for q in qs if q["kind"] == "unanswerable" and q["note"].startswith("off-topic"))
    if (off, near) != (10, 8):
        err(f"unanswerable split off-topic/near-miss = {off}/{near}, want 10/8")

    for q in qs:
        qid = q["id"]
        m = re.fullmatch(r"s19-(en|zh|ur|ul|mx)-(\d\d)", qid)
        if not m:
            err(f"{qid}: bad id")
            continue
        if ID_LANG[m.group(1)] != q["lang"]:
            err(f"{qid}: id prefix does not match lang {q['lang']}")
        text = q["question"]
        if q["lang"] == "zh" and not re.search(r"[\u4e00-\u9fff]", text):
            err(f"{qid}: zh question without Han characters")
        if q["lang"] == "ur" and script_lang(text) != "ur":
            err(f"{qid}: ur question not mainly in Urdu script")
        if q["lang"] == "ur-Latn" and re.search(r"[\u0600-\u06ff\u4e00-\u9fff]", text):
            err(f"{qid}: ur-Latn question contains non-Latin script")
        if q["lang"] == "en" and re.search(r"[\u0600-\u06ff\u4e00-\u9fff]", text):
            err(f"{qid}: en question contains non-Latin script")
        for src in q["expected_sources"]:
            if "/" in src or not (DOCS / src).is_file():
                err(f"{qid}: expected source {src!r} is not a programme document")
        computed = q["note"].startswith("computed")
        if q["kind"] == "programme":
            if not q["expected_sources"]:
                err(f"{qid}: programme item without sources")
            if q["expected_companies"]:
                err(f"{qid}: programme item with companies")
            if not q["answer_must_contain_any"]:
                err(f"{qid}: no key facts")
            if not computed:
                for s in q["answer_must_contain_any"]:
                    if not any(norm(s) in norm(texts.get(src, "")) for src in q["expected_sources"]):
                        err(f"{qid}: key fact {s!r} not found in any expected source")
            else:
                # a computed answer must still rest on a source that holds the band table it uses
                if not any(name in texts for name in q["expected_sources"]):
                    err(f"{qid}: computed item without a readable source")
        elif q["kind"] == "directory":
            if qid not in FILTERS:
                err(f"{qid}: directory item without a filter")
                continue
            want = sorted(r["id"] for r in rows if FILTERS[qid](r))
            got = sorted(q["expected_companies"])
            if want != got:
                err(f"{qid}: expected_companies {got} != filter result {want}")
            if not 1 <= len(got) <= 8:
                err(f"{qid}: {len(got)} companies, want 1-8")
            if q["expected_sources"]:
                err(f"{qid}: directory item should not list programme sources")
            names = {by_id[i]["name"] for i in got if i in by_id} | {by_id[i]["name_zh"] for i in got if i in by_id}
            for s in q["answer_must_contain_any"]:
                if s not in names:
                    err(f"{qid}: key fact {s!r} is not the name of an expected company")
        elif q["kind"] == "unanswerable":
            if q["expected_companies"] or q["expected_sources"]:
                err(f"{qid}: unanswerable item with sources or companies")
        else:
            err(f"{qid}: unknown kind {q['kind']}")
    unused = set(FILTERS) - {q["id"] for q in qs if q["kind"] == "directory"}
    if unused:
        err(f"filters without a directory question: {sorted(unused)}")

    print(f"documents: {len(docs)} {dict(suffixes)}")
    print(f"companies: {len(rows)}; distinct service strings: {len(services)}")
    print(f"questions: {len(qs)}; by lang {dict(by_lang)}; by kind {dict(by_kind)}; off-topic {off}, near miss {near}")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
