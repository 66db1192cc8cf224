"""Check held-out sample 18 (Tutor Track 2049) and its 80 evaluation questions.

Run from the repository root:  .venv/bin/python tests/data/validate_sample18.py
Exit status 0 = every check passed. Uses only the stdlib, python-docx and pypdf
(through sample_text.extract).
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

KB = HERE / "sample-18"
PROGRAMME = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-18.jsonl"

EXPECTED_DOCS = {
    "tutor-track-2049-overview.md",
    "enrolment-faq.md",
    "fees-grants-and-rates.txt",
    "offices-and-contacts.txt",
    "zhongfang-canyu-zhinan.txt",
    "pilot-delivery-standards.html",
    "expo-and-exchange-handbook.pdf",
    "lianhe-kaifa-jijin-zh.docx",
    "urdu-enrolment-guide.docx",
    "urdu-faq.md",
}
LANG_OF_TAG = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
WANT_LANG = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
WANT_KIND = {"programme": 40, "directory": 22, "unanswerable": 18}
WANT_UNANSWERABLE = {"off-topic": 10, "near miss": 8}


# ---------------------------------------------------------------- directory filters
def split(cell):
    return [p.strip() for p in cell.split(";") if p.strip()]


def svc(row, pattern):
    return any(re.search(pattern, s, re.I) for s in split(row["services"]))


def has(row, column, value):
    return any(v.lower() == value.lower() for v in split(row[column]))


def emp(row):
    return int(row["employees"])


PROCTORING = r"proctor|invigilat"
MANDARIN_LEARNING = r"hsk|mandarin|汉语|chinese language|chinese pronunciation"
LMS = r"\blms\b|moodle|learning management"
CAPTIONS = r"caption|subtit|字幕"
VR_AR = r"vr|\bar\b|virtual|augmented"
SCREEN_READER = r"screen.?reader|wcag|无障碍|读屏|accessibility remediation"
CAMPUS_IT = r"wi-?fi|campus network|computer lab|school computer labs|network|managed it services|机房|校园网"
AI_TUTOR = r"\bai tutor|tutoring chatbot|ai teaching assistant|conversational tutor|ai tutoring"
ERP_SIS = r"erp|student info|\bsis\b|college management|school management|教务系统"
SIS = r"student info|\bsis\b|college management"
DUBBING = r"dub|voice|配音"
LOCALISATION = r"locali[sz]|translat|翻译"
ONLINE_COURSES = r"online course|在线课程|mooc"
ASSESSMENT = r"assessment|certification|测评"

FILTERS = {
    "s18-en-11": lambda r: svc(r, PROCTORING),
    "s18-en-12": lambda r: r["country"] == "PK" and svc(r, MANDARIN_LEARNING),
    "s18-en-13": lambda r: has(r, "certifications", "ISO 27001") and svc(r, LMS),
    "s18-en-14": lambda r: svc(r, CAPTIONS) and emp(r) < 70,
    "s18-en-15": lambda r: r["country"] == "CN" and r["city"] in ("Hangzhou", "Chengdu"),
    "s18-en-16": lambda r: r["pitched_at_webinar"] == "yes" and svc(r, VR_AR),
    "s18-zh-10": lambda r: svc(r, SCREEN_READER),
    "s18-zh-11": lambda r: r["city"] in ("Islamabad", "Rawalpindi") and svc(r, CAMPUS_IT),
    "s18-zh-12": lambda r: has(r, "languages", "Mandarin") and svc(r, AI_TUTOR),
    "s18-zh-13": lambda r: int(r["founded"]) >= 2018 and svc(r, ERP_SIS),
    "s18-zh-14": lambda r: has(r, "technologies", "Power BI"),
    "s18-ur-08": lambda r: r["country"] == "PK" and svc(r, DUBBING),
    "s18-ur-09": lambda r: r["city"] == "Peshawar",
    "s18-ur-10": lambda r: emp(r) > 500,
    "s18-ur-11": lambda r: any(c.upper().startswith("CMMI") for c in split(r["certifications"])) and svc(r, SIS),
    "s18-ul-08": lambda r: has(r, "technologies", "Moodle") or svc(r, r"moodle"),
    "s18-ul-09": lambda r: re.search(r"health|nursing", r["industries"], re.I) and svc(r, VR_AR),
    "s18-ul-10": lambda r: r["city"] == "Lahore" and r["certifications"].strip().lower() == "none",
    "s18-ul-11": lambda r: r["country"] == "PK" and svc(r, LOCALISATION),
    "s18-mx-08": lambda r: r["country"] == "CN" and svc(r, ONLINE_COURSES),
    "s18-mx-09": lambda r: r["city"] == "Karachi" and r["pitched_at_webinar"] == "yes",
    "s18-mx-10": lambda r: has(r, "certifications", "ISO 9001") and svc(r, ASSESSMENT),
}


def load_rows():
    with DIRECTORY.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        rows = list(reader)
    return header, rows


def answer_set(qid, rows):
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


# ---------------------------------------------------------------- checks
class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def check(self, ok, message):
        if not ok:
            self.errors.append(message)
        return ok

    def warn(self, message):
        self.warnings.append(message)


def check_documents(c):
    names = {p.name for p in PROGRAMME.iterdir() if p.is_file()}
    c.check(
        names == EXPECTED_DOCS,
        f"programme files differ: extra {names - EXPECTED_DOCS}, missing {EXPECTED_DOCS - names}",
    )
    texts = {}
    for name in sorted(names):
        path = PROGRAMME / name
        try:
            texts[name] = norm(extract(path))
        except Exception as exc:
            c.check(False, f"{name}: cannot extract text: {exc}")
            continue
        c.check(len(texts[name]) > 800, f"{name}: suspiciously little text ({len(texts[name])} chars)")
    suffixes = collections.Counter(Path(n).suffix for n in names)
    for suf in (".md", ".txt", ".html", ".pdf", ".docx"):
        c.check(suffixes[suf] >= 1, f"no {suf} document")
    # document languages
    langs = {n: script_lang(t) for n, t in texts.items()}
    counts = collections.Counter(langs.values())
    c.check(counts["en"] >= 1 and counts["zh"] >= 2 and counts["ur"] >= 2, f"document languages {dict(counts)}")
    c.check(langs.get("zhongfang-canyu-zhinan.txt") == "zh", "Chinese .txt is not Chinese")
    c.check(langs.get("lianhe-kaifa-jijin-zh.docx") == "zh", "Chinese .docx is not Chinese")
    c.check(langs.get("urdu-enrolment-guide.docx") == "ur", "Urdu .docx is not Urdu")
    c.check(langs.get("urdu-faq.md") == "ur", "Urdu .md is not Urdu")
    # English .txt wrapped at about 78 columns
    for name in ("fees-grants-and-rates.txt", "offices-and-contacts.txt"):
        lines = (PROGRAMME / name).read_text(encoding="utf-8").splitlines()
        too_long = [i + 1 for i, line in enumerate(lines) if len(line) > 80]
        c.check(not too_long, f"{name}: lines longer than 80 columns: {too_long[:5]}")
    # FAQ present in a markdown file
    c.check(
        "**" in (PROGRAMME / "enrolment-faq.md").read_text(encoding="utf-8")
        and "FAQ" in texts.get("enrolment-faq.md", ""),
        "no FAQ markdown",
    )
    # HTML page chrome
    import html.parser  # noqa: F401

    from sample_text import HtmlText

    parser = HtmlText()
    parser.feed((PROGRAMME / "pilot-delivery-standards.html").read_text(encoding="utf-8"))
    for tag in ("nav", "header", "footer", "aside", "main", "table", "script"):
        c.check(parser.tags[tag] >= 1, f"HTML has no <{tag}>")
    raw_html = (PROGRAMME / "pilot-delivery-standards.html").read_text(encoding="utf-8")
    c.check("breadcrumb" in raw_html and "cookie" in raw_html.lower(), "HTML lacks breadcrumb or cookie banner")
    # PDF: two pages with text on each
    import pypdf

    reader = pypdf.PdfReader(str(PROGRAMME / "expo-and-exchange-handbook.pdf"))
    c.check(len(reader.pages) == 2, f"PDF has {len(reader.pages)} pages, want 2")
    for i, page in enumerate(reader.pages):
        c.check(len((page.extract_text() or "").strip()) > 300, f"PDF page {i + 1} has little text")
    # DOCX: tables and right-to-left Urdu
    import docx

    zh = docx.Document(str(PROGRAMME / "lianhe-kaifa-jijin-zh.docx"))
    c.check(2 <= len(zh.tables) <= 3, f"Chinese docx has {len(zh.tables)} tables, want 2-3")
    ur = docx.Document(str(PROGRAMME / "urdu-enrolment-guide.docx"))
    c.check(len(ur.tables) >= 1, "Urdu docx has no table")
    bidi = [
        p
        for p in ur.paragraphs
        if p.text.strip() and p._p.pPr is not None and p._p.pPr.find(docx.oxml.ns.qn("w:bidi")) is not None
    ]
    c.check(
        len(bidi) == len([p for p in ur.paragraphs if p.text.strip()]), "Urdu docx paragraphs are not all right-to-left"
    )
    # every domain in the knowledge base is fictional
    for name, text in texts.items():
        for host in re.findall(r"[\w.-]+@([\w.-]+)|https?://([\w.-]+)", text):
            domain = (host[0] or host[1]).rstrip(".")
            c.check(domain.endswith(".example"), f"{name}: real-looking domain {domain}")
    return texts


def check_directory(c):
    header, rows = load_rows()
    c.check(header == COLUMNS, f"directory header {header} != {COLUMNS}")
    c.check(55 <= len(rows) <= 60, f"directory has {len(rows)} rows, want 55-60")
    ids = [r["id"] for r in rows]
    c.check(len(ids) == len(set(ids)), "duplicate company ids")
    services = set()
    for r in rows:
        rid = r["id"]
        c.check(re.fullmatch(r"(PK|CN)-\d{3}", rid) is not None, f"{rid}: bad id")
        c.check(r["country"] in ("PK", "CN") and rid.startswith(r["country"]), f"{rid}: country {r['country']}")
        c.check(r["founded"].isdigit() and 1990 <= int(r["founded"]) <= 2049, f"{rid}: founded {r['founded']}")
        c.check(r["employees"].isdigit() and int(r["employees"]) > 0, f"{rid}: employees {r['employees']}")
        c.check(r["pitched_at_webinar"] in ("yes", "no"), f"{rid}: pitched_at_webinar {r['pitched_at_webinar']}")
        c.check(r["name"] and r["city"] and r["services"] and r["description"], f"{rid}: a required cell is empty")
        c.check(
            r["website"].startswith("https://") and r["website"].endswith(".example"), f"{rid}: website {r['website']}"
        )
        c.check(
            r["contact_email"].endswith(".example") and "@" in r["contact_email"], f"{rid}: e-mail {r['contact_email']}"
        )
        if r["certifications"].strip().lower() == "none":
            c.check(r["certifications"] == "none", f"{rid}: write 'none' in lower case")
        services.update(split(r["services"]))
    pk = sum(r["country"] == "PK" for r in rows)
    c.check(pk > len(rows) - pk > 0, f"directory should be mostly PK with some CN ({pk} PK)")
    c.check(130 <= len(services) <= 170, f"{len(services)} distinct service strings, want about 150")
    c.check(
        any(r["certifications"] == "none" for r in rows) and any(r["certifications"] == "" for r in rows),
        "need both 'none' and empty certifications",
    )
    c.check(
        any(r["name_zh"] == "" for r in rows) and any(r["description_zh"] == "" for r in rows),
        "need some empty Chinese cells",
    )
    once = [city for city, n in collections.Counter(r["city"] for r in rows).items() if n == 1]
    c.check(len(once) >= 3, "need a few cities that appear only once")
    c.check(any(re.search(r"[\u4e00-\u9fff]", s) for s in services), "need some Chinese words in services")
    return rows, len(services)


def check_questions(c, texts, rows):
    items = []
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            c.check(False, f"line {n}: blank line")
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as exc:
            c.check(False, f"line {n}: invalid JSON: {exc}")
    c.check(len(items) == 80, f"{len(items)} questions, want 80")
    ids = [q.get("id") for q in items]
    c.check(len(ids) == len(set(ids)), "duplicate question ids")
    by_lang = collections.Counter(q.get("lang") for q in items)
    by_kind = collections.Counter(q.get("kind") for q in items)
    c.check(dict(by_lang) == WANT_LANG, f"by lang {dict(by_lang)} != {WANT_LANG}")
    c.check(dict(by_kind) == WANT_KIND, f"by kind {dict(by_kind)} != {WANT_KIND}")
    unans = collections.Counter(q["note"].split(":")[0] for q in items if q.get("kind") == "unanswerable")
    c.check(dict(unans) == WANT_UNANSWERABLE, f"unanswerable notes {dict(unans)} != {WANT_UNANSWERABLE}")
    seen_filters = set()
    for q in items:
        qid = q.get("id", "?")
        c.check(list(q) == FIELDS, f"{qid}: fields {list(q)} != {FIELDS}")
        m = re.fullmatch(r"s18-(en|zh|ur|ul|mx)-(\d{2})", qid)
        if not c.check(m is not None, f"{qid}: bad id"):
            continue
        c.check(LANG_OF_TAG[m.group(1)] == q["lang"], f"{qid}: lang {q['lang']} does not match id")
        c.check(q["kind"] in WANT_KIND, f"{qid}: kind {q['kind']}")
        for key in ("expected_sources", "expected_companies", "answer_must_contain_any"):
            c.check(
                isinstance(q[key], list) and all(isinstance(x, str) and x for x in q[key]),
                f"{qid}: {key} must be a list of strings",
            )
        c.check(isinstance(q["question"], str) and q["question"].strip(), f"{qid}: empty question")
        c.check(isinstance(q["note"], str) and q["note"].strip(), f"{qid}: empty note")
        if q["lang"] in ("en", "zh", "ur"):
            c.check(
                script_lang(q["question"]) == q["lang"], f"{qid}: question script looks {script_lang(q['question'])}"
            )
        if q["lang"] == "ur-Latn":
            c.check(
                not re.search(r"[\u0600-\u06ff\u4e00-\u9fff]", q["question"]),
                f"{qid}: Roman Urdu question has non-Latin script",
            )
        for src in q["expected_sources"]:
            c.check(src in EXPECTED_DOCS and (PROGRAMME / src).is_file(), f"{qid}: source {src} does not exist")
        computed = "computed" in q["note"].lower()
        if q["kind"] == "programme":
            c.check(
                q["expected_sources"] and not q["expected_companies"],
                f"{qid}: programme item needs sources and no companies",
            )
            c.check(q["answer_must_contain_any"], f"{qid}: no key facts")
            if not computed:
                for s in q["answer_must_contain_any"]:
                    hit = [src for src in q["expected_sources"] if norm(s).casefold() in texts.get(src, "").casefold()]
                    c.check(hit, f"{qid}: {s!r} occurs in none of {q['expected_sources']}")
            # every document that holds a distinctive key fact should be listed
            for s in q["answer_must_contain_any"]:
                if len(s) >= 8 and not computed:
                    extra = [
                        n
                        for n, t in texts.items()
                        if n not in q["expected_sources"] and norm(s).casefold() in t.casefold()
                    ]
                    if extra:
                        c.warn(f"{qid}: {s!r} also occurs in unlisted {extra}")
        elif q["kind"] == "directory":
            c.check(not q["expected_sources"], f"{qid}: directory item lists sources")
            if c.check(qid in FILTERS, f"{qid}: no filter in code"):
                seen_filters.add(qid)
                want = answer_set(qid, rows)
                c.check(
                    sorted(q["expected_companies"]) == want,
                    f"{qid}: expected_companies {sorted(q['expected_companies'])} != filter {want}",
                )
                c.check(1 <= len(want) <= 8, f"{qid}: answer set has {len(want)} companies, want 1-8")
        else:
            c.check(
                not q["expected_sources"] and not q["expected_companies"],
                f"{qid}: unanswerable item lists sources or companies",
            )
            c.check(
                q["note"].startswith(("off-topic:", "near miss:")),
                f"{qid}: unanswerable note must start with 'off-topic:' or 'near miss:'",
            )
    c.check(seen_filters == set(FILTERS), f"filters without a question: {set(FILTERS) - seen_filters}")
    return items, by_lang, by_kind


def main():
    c = Checker()
    texts = check_documents(c)
    rows, n_services = check_directory(c)
    items, by_lang, by_kind = check_questions(c, texts, rows)
    for w in c.warnings:
        print("warning:", w)
    print(f"documents: {len(texts)}  companies: {len(rows)}  distinct services: {n_services}  questions: {len(items)}")
    print("by lang:", dict(sorted(by_lang.items())), " by kind:", dict(sorted(by_kind.items())))
    if c.errors:
        for e in c.errors:
            print("ERROR:", e)
        print(f"{len(c.errors)} error(s)")
        return 1
    print("sample-18 OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
