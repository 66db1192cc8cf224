#!/usr/bin/env python3
"""Checks held-out sample 21 ("Caravan Code 2055") and questions-21.jsonl.

Run from the repository root:  .venv/bin/python tests/data/validate_sample21.py
Exits 0 when every check passes, 1 otherwise (each failure is printed).

What it checks
  * programme/: the 10 documents exist, in the promised formats, and extract to text;
    the PDF has 2 pages, the Chinese .docx has at least 2 tables, the Urdu .docx is right-to-left,
    the HTML has page chrome, the English .txt files are wrapped at about 78 columns.
  * directory.csv: FORMAT.md columns, 55-60 rows, ids, countries, integers, yes/no flags,
    `.example` web and mail addresses, both `none` and empty certifications, some empty
    Chinese names/descriptions, about 150 distinct service strings.
  * questions-21.jsonl: valid JSON, exact fields, unique ids of the form s21-<lang>-NN,
    counts by lang and by kind (and 10 off-topic / 10 near-miss unanswerables), question script
    matches its lang, every expected source exists, every answer string of a programme item
    occurs in at least one expected source (strings derived by arithmetic are recomputed instead),
    every directory answer set equals the result of its filter below, near misses really are
    absent from the documents.
"""

from __future__ import annotations

import collections
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample_text import ARABIC, COLUMNS, FIELDS, HAN, extract, norm  # noqa: E402

KB = HERE / "sample-21"
PROGRAMME = KB / "programme"
DIRECTORY = KB / "directory.csv"
QUESTIONS = HERE / "questions-21.jsonl"

DOCS = {
    "caravan-code-2055-overview.md": "en",
    "participation-rules-2055.txt": "en",
    "shared-services-catalogue-2055.txt": "en",
    "offices-and-support.html": "en",
    "what-changed-since-2053.md": "en",
    "pilot-voucher-guide-2055.pdf": "en",
    "voucher-call-2055-zh.txt": "zh",
    "buyer-guide-2055-zh.docx": "zh",
    "company-guide-2055-ur.docx": "ur",
    "famtrip-aur-numaish-rehnuma-ur.md": "ur",
}

LANG_OF_PREFIX = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
WANT_LANG = {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}
WANT_KIND = {"programme": 38, "directory": 22, "unanswerable": 20}


# --------------------------------------------------------------------------------------------
# Directory filters: one per directory question. The expected set of each question is exactly
# the ids these return over directory.csv (build_sample21.py computes the sets with them).
# --------------------------------------------------------------------------------------------


def _has(row: dict, pattern: str, column: str = "services") -> bool:
    return re.search(pattern, row[column], re.IGNORECASE) is not None


def _items(row: dict, column: str) -> list[str]:
    return [v.strip() for v in row[column].split(";") if v.strip()]


def _emp(row: dict) -> int:
    return int(row["employees"])


def _founded(row: dict) -> int:
    return int(row["founded"])


FILTERS = {
    # hotel property-management systems, Pakistani firms only
    "s21-en-10": lambda r: r["country"] == "PK" and _has(r, r"\bPMS\b|property[- ]management"),
    # channel manager / OTA connectivity, anywhere
    "s21-en-11": lambda r: _has(r, r"channel manag|OTA connectivity"),
    # pitched at the 23 Feb 2022 webinar AND builds WeChat mini-programs
    "s21-en-12": lambda r: r["pitched_at_webinar"] == "yes" and _has(r, r"mini-?program|小程序"),
    # fewer than 20 employees AND trekking / mountain guides / expeditions
    "s21-en-13": lambda r: _emp(r) < 20 and _has(r, r"trek|guide[- ]booking|mountain[- ]guide|expedition|porter"),
    # Pakistani firms holding PCI DSS
    "s21-en-14": lambda r: r["country"] == "PK" and "PCI DSS" in _items(r, "certifications"),
    # serve airlines AND founded before 2035
    "s21-en-15": lambda r: _has(r, r"airline", "industries") and _founded(r) < 2035,
    # Chinese-language customer support / Mandarin live chat AND ISO 27001
    "s21-zh-10": lambda r: (
        _has(r, r"chinese-language|mandarin live|中文客服|wechat customer service")
        and "ISO 27001" in _items(r, "certifications")
    ),
    # Alipay / WeChat Pay integration in Karachi
    "s21-zh-11": lambda r: r["city"] == "Karachi" and _has(r, r"alipay|wechat pay|支付宝|微信支付"),
    # Islamabad AND pitched at the 2022 webinar
    "s21-zh-12": lambda r: r["city"] == "Islamabad" and r["pitched_at_webinar"] == "yes",
    # Pakistani museum digitisation / 3D heritage scanning
    "s21-zh-13": lambda r: (
        r["country"] == "PK"
        and _has(r, r"museum digiti|3D (heritage )?scanning|文物数字化|photogrammetry|digital collections")
    ),
    # travel-insurance claims
    "s21-zh-14": lambda r: _has(r, r"claim"),
    # trekking permits / guide booking in Gilgit or Skardu
    "s21-ur-08": lambda r: r["city"] in ("Gilgit", "Skardu") and _has(r, r"trek|guide|expedition|porter"),
    # halal travel, Umrah / Ziyarat, pilgrimage
    "s21-ur-09": lambda r: _has(r, r"halal|umrah|pilgrim|hajj"),
    # works in Pashto
    "s21-ur-10": lambda r: "Pashto" in _items(r, "languages"),
    # founded after 2040 AND drone footage or virtual tours
    "s21-ur-11": lambda r: _founded(r) > 2040 and _has(r, r"drone|aerial|航拍|virtual tour|VR walkthrough"),
    # restaurant POS / QR menus in Karachi or Islamabad
    "s21-ul-08": lambda r: (
        r["city"] in ("Karachi", "Islamabad")
        and _has(r, r"restaurant", "industries")
        and _has(r, r"\bPOS\b|point[- ]of[- ]sale|QR")
    ),
    # visa processing AND known to hold no ISO certificate (empty cell = unknown, excluded)
    "s21-ul-09": lambda r: (
        _has(r, r"visa|签证")
        and r["certifications"].strip() != ""
        and not any(c.upper().startswith("ISO") for c in _items(r, "certifications"))
    ),
    # revenue management / dynamic pricing, NOT in Lahore
    "s21-ul-10": lambda r: r["city"] != "Lahore" and _has(r, r"revenue|pricing|yield|\bRMS\b|收益管理"),
    # Pakistani, Mandarin, more than 300 employees
    "s21-ul-11": lambda r: r["country"] == "PK" and "Mandarin" in _items(r, "languages") and _emp(r) > 300,
    # review / UGC moderation
    "s21-mx-07": lambda r: _has(r, r"moderation|fake-review|评论审核"),
    # Flutter AND adventure tourism
    "s21-mx-08": lambda r: "Flutter" in _items(r, "technologies") and _has(r, r"adventure", "industries"),
    # works in Cantonese
    "s21-mx-09": lambda r: "Cantonese" in _items(r, "languages"),
}


def load_rows(path: Path = DIRECTORY) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def expected_ids(qid: str, rows: list[dict]) -> list[str]:
    return sorted(r["id"] for r in rows if FILTERS[qid](r))


# --------------------------------------------------------------------------------------------
# The band tables of the documents, as code, to recompute answers that are derived by arithmetic.
# --------------------------------------------------------------------------------------------


def participation_fee(employees: int, city: str) -> int:
    if employees <= 25 and city not in ("Karachi", "Lahore", "Islamabad"):
        return 0
    for top, fee in ((25, 40_000), (100, 85_000), (300, 150_000)):
        if employees <= top:
            return fee
    return 240_000


WESTERN = ("Xinjiang", "Tibet", "Qinghai", "Gansu", "Ningxia")


def voucher(contract: int, province: str = "", rooms: int | None = None, payment_provider: bool = False) -> int:
    if contract < 50_000:
        return 0
    if contract <= 199_999:
        share, cap = 60, 60_000
    elif contract <= 799_999:
        share, cap = 50, 150_000
    else:
        share, cap = 40, 250_000
    if province in WESTERN and not payment_provider:
        share += 10
    amount = min(contract * share // 100, cap)
    if rooms is not None:
        if rooms < 20:
            return 0
        if rooms <= 59:
            amount = min(amount, 30_000)
        elif rooms <= 199:
            amount = min(amount, 80_000)
    return amount


def translation_days(words: int, peak: bool) -> int:
    for top, days in ((5_000, 3), (20_000, 6), (60_000, 12)):
        if words <= top:
            return days + (2 if peak and top != 5_000 else 0)
    raise ValueError("quoted individually")


def subtitle_days(minutes: int, peak: bool) -> int:
    for top, days in ((30, 2), (120, 5), (300, 10)):
        if minutes <= top:
            return days + (2 if peak else 0)
    raise ValueError("quoted individually")


def booth_fee(square_metres: int, founded: int) -> int:
    fee = {9: 18_000, 12: 26_000, 18: 34_000}[square_metres]
    return fee // 2 if founded >= 2050 else fee


def money(n: int) -> str:
    return f"{n:,}"


# id -> (value recomputed from the band tables, the answer string it must appear as)
LOOKUPS = {
    "s21-en-02": (money(participation_fee(140, "Karachi")), "150,000"),
    "s21-en-04": (money(voucher(420_000, "Zhejiang")), "150,000"),
    "s21-en-06": (f"PKR {participation_fee(18, 'Hunza')}", "PKR 0"),
    "s21-en-08": (f"{subtitle_days(95, peak=False)} working days", "5 working days"),
    "s21-zh-02": (money(voucher(120_000, "Xinjiang")), "60,000"),
    "s21-ur-01": (money(participation_fee(60, "Lahore")), "85,000"),
    "s21-ur-04": (money(booth_fee(12, 2051)), "13,000"),
    "s21-ul-05": (money(voucher(200_000, "", rooms=45)), "30,000"),
    "s21-mx-04": (f"{translation_days(35_000, peak=True)} working days", "14 working days"),
    "s21-mx-06": ("not eligible" if voucher(45_000, "Xinjiang") == 0 else "eligible", "not eligible"),
}

# Answer strings produced by arithmetic: they need not occur in a document (the note says so).
COMPUTED = {
    "s21-ur-04": {"RMB 13,000", "13,000"},
    "s21-mx-04": {"14 working days"},
}

# The key fact (first answer string) also occurs in these documents, where it means something else.
OTHER_MEANING = {
    "s21-en-08": {"offices-and-support.html"},  # "5 working days" is a severity 3 fix time there
    "s21-zh-05": {"pilot-voucher-guide-2055.pdf", "voucher-call-2055-zh.txt"},  # Chengdu phone, no province table
    "s21-ul-05": {"what-changed-since-2053.md"},  # "RMB 30,000" is the 2053 minimum contract value
    "s21-mx-05": {"shared-services-catalogue-2055.txt"},  # "2 working days" is a subtitling turnaround
}

# Near misses: what makes each one unanswerable, checked against the documents.
NO_OFFICE = {"s21-en-19": "Peshawar", "s21-zh-17": "Shanghai", "s21-ul-14": "Quetta", "s21-mx-13": "Urumqi"}
# The 2055 launch webinar's 18 pitching firms are never named: no directory company appears in a document.
UNNAMED = {"s21-en-20"}
ABSENT = {
    "s21-zh-18": [r"2053[^。\n]{0,40}字幕", r"subtitl[^.\n]{0,60}2053"],
    "s21-ur-14": [r"voice[- ]?over", "配音", "وائس اوور"],
    "s21-ul-13": [r"roadshow", "路演活动"],
    "s21-mx-12": [r"drone[^.\n]{0,40}(rate|price|per minute|RMB|PKR|USD)", r"航拍[^。\n]{0,20}(元|价格)"],
    "s21-mx-14": [r"hackathon", "黑客松"],
}


# --------------------------------------------------------------------------------------------


class Checker:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def check(self, ok: bool, message: str) -> None:
        if not ok:
            self.failures.append(message)


def scripts(text: str) -> set[str]:
    found = set()
    if re.search(HAN, text):
        found.add("han")
    if re.search(ARABIC, text):
        found.add("arabic")
    if re.search(r"[A-Za-z]", text):
        found.add("latin")
    return found


def check_documents(c: Checker) -> dict[str, str]:
    texts: dict[str, str] = {}
    present = sorted(p.name for p in PROGRAMME.iterdir() if p.is_file())
    c.check(present == sorted(DOCS), f"programme/ holds {present}, expected {sorted(DOCS)}")
    for name, lang in DOCS.items():
        path = PROGRAMME / name
        if not path.exists():
            continue
        text = extract(path)
        texts[name] = text
        c.check(len(norm(text)) > 800, f"{name}: extracted text is short ({len(norm(text))} chars)")
        counts = {"zh": len(re.findall(HAN, text)), "ur": len(re.findall(ARABIC, text))}
        if lang in ("zh", "ur"):
            c.check(counts[lang] > 300, f"{name}: expected mostly {lang} text, found {counts[lang]} characters")
    suffixes = collections.Counter(Path(n).suffix for n in DOCS)
    c.check(set(suffixes) == {".md", ".txt", ".html", ".pdf", ".docx"}, f"formats: {suffixes}")

    import docx
    import pypdf

    c.check(len(pypdf.PdfReader(str(PROGRAMME / "pilot-voucher-guide-2055.pdf")).pages) == 2, "PDF must have 2 pages")
    zh_doc = docx.Document(str(PROGRAMME / "buyer-guide-2055-zh.docx"))
    c.check(2 <= len(zh_doc.tables) <= 3, f"Chinese docx has {len(zh_doc.tables)} tables, want 2-3")
    ur_doc = docx.Document(str(PROGRAMME / "company-guide-2055-ur.docx"))
    body = [p for p in ur_doc.paragraphs if p.text.strip()]
    rtl = [p for p in body if p._p.pPr is not None and p._p.pPr.find(docx.oxml.ns.qn("w:bidi")) is not None]
    c.check(len(rtl) == len(body), f"Urdu docx: {len(rtl)}/{len(body)} paragraphs are right-to-left")
    c.check(len(ur_doc.tables) >= 1, "Urdu docx needs its fee table")

    raw_html = (PROGRAMME / "offices-and-support.html").read_text(encoding="utf-8")
    for tag in ("<nav", "<footer", "<aside", 'class="breadcrumb"', 'id="cookie-banner"', "<table"):
        c.check(tag in raw_html, f"HTML lacks page chrome element {tag}")

    for name in ("participation-rules-2055.txt", "shared-services-catalogue-2055.txt"):
        widths = [len(line) for line in (PROGRAMME / name).read_text(encoding="utf-8").splitlines()]
        c.check(max(widths) <= 80, f"{name}: a line is {max(widths)} columns wide")
    return texts


def check_directory(c: Checker) -> list[dict]:
    with DIRECTORY.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        rows = list(reader)
    c.check(header == COLUMNS, f"directory.csv header {header}")
    c.check(55 <= len(rows) <= 60, f"directory.csv has {len(rows)} rows")
    ids = [r["id"] for r in rows]
    c.check(len(ids) == len(set(ids)), "duplicate company ids")
    pk = sum(r["country"] == "PK" for r in rows)
    c.check(pk > len(rows) * 0.7, f"only {pk} PK companies")
    for r in rows:
        rid = r["id"]
        c.check(re.fullmatch(r"(PK|CN)-\d{3}", rid) is not None and rid[:2] == r["country"], f"{rid}: bad id/country")
        c.check(r["founded"].isdigit() and 2020 <= int(r["founded"]) <= 2050, f"{rid}: founded {r['founded']}")
        c.check(r["employees"].isdigit() and int(r["employees"]) > 0, f"{rid}: employees {r['employees']}")
        c.check(r["pitched_at_webinar"] in ("yes", "no"), f"{rid}: pitched_at_webinar {r['pitched_at_webinar']}")
        c.check(r["website"].startswith("https://") and r["website"].endswith(".example"), f"{rid}: website")
        c.check(r["contact_email"].endswith(".example") and "@" in r["contact_email"], f"{rid}: e-mail")
        for col in ("name", "city", "services", "industries", "technologies", "languages", "description"):
            c.check(r[col].strip() != "", f"{rid}: empty {col}")
        c.check(not any(s != s.strip() or not s for s in r["services"].split(";")), f"{rid}: stray ';' in services")
    certs = [r["certifications"] for r in rows]
    c.check(certs.count("none") >= 5 and certs.count("") >= 3, "need both `none` and empty certifications")
    c.check(sum(r["name_zh"] == "" for r in rows) >= 5, "need some empty name_zh")
    c.check(sum(r["description_zh"] == "" for r in rows) >= 5, "need some empty description_zh")
    services = {s.strip() for r in rows for s in r["services"].split(";")}
    c.check(135 <= len(services) <= 165, f"{len(services)} distinct service strings, want about 150")
    cities = collections.Counter(r["city"] for r in rows)
    c.check(sum(n == 1 for n in cities.values()) >= 4, "need a few cities that appear once")
    c.check(10 <= sum(r["pitched_at_webinar"] == "yes" for r in rows) <= 20, "pitched count")
    return rows


def check_questions(c: Checker, texts: dict[str, str], rows: list[dict]) -> list[dict]:
    questions = []
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        try:
            questions.append(json.loads(line))
        except json.JSONDecodeError as err:
            c.check(False, f"questions-21.jsonl line {n}: {err}")
    by_id = {q.get("id"): q for q in questions}
    c.check(len(by_id) == len(questions) == 80, f"{len(questions)} questions, {len(by_id)} unique ids")
    names = {r["id"]: r["name"] for r in rows}
    normed = {k: norm(v) for k, v in texts.items()}
    lowered = norm(" ".join(texts.values())).lower()

    lang_count = collections.Counter(q["lang"] for q in questions)
    kind_count = collections.Counter(q["kind"] for q in questions)
    c.check(dict(lang_count) == WANT_LANG, f"by lang: {dict(lang_count)}")
    c.check(dict(kind_count) == WANT_KIND, f"by kind: {dict(kind_count)}")
    unans = [q for q in questions if q["kind"] == "unanswerable"]
    off = sum(q["note"].startswith("off-topic") for q in unans)
    near = sum(q["note"].startswith("near miss") for q in unans)
    c.check(off == 10 and near == 10, f"unanswerable: {off} off-topic, {near} near misses")

    for q in questions:
        qid = q.get("id", "?")
        c.check(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        m = re.fullmatch(r"s21-(en|zh|ur|ul|mx)-(\d\d)", qid)
        c.check(m is not None, f"{qid}: bad id")
        if not m:
            continue
        c.check(q["lang"] == LANG_OF_PREFIX[m.group(1)], f"{qid}: lang {q['lang']}")
        c.check(q["kind"] in WANT_KIND, f"{qid}: kind {q['kind']}")
        c.check(isinstance(q["question"], str) and q["question"].strip() != "", f"{qid}: empty question")
        c.check(q["note"].strip() != "", f"{qid}: empty note")
        s = scripts(q["question"])
        if q["lang"] in ("en", "ur-Latn"):
            c.check(s == {"latin"}, f"{qid}: {q['lang']} question has scripts {s}")
        elif q["lang"] == "zh":
            c.check("han" in s and "arabic" not in s, f"{qid}: zh question has scripts {s}")
        elif q["lang"] == "ur":
            c.check("arabic" in s and "han" not in s, f"{qid}: ur question has scripts {s}")
        else:
            c.check(len(s) >= 2, f"{qid}: mixed question has scripts {s}")

        for src in q["expected_sources"]:
            c.check(src in DOCS, f"{qid}: expected source {src} is not a programme document")

        if q["kind"] == "programme":
            c.check(q["expected_sources"] != [] and q["expected_companies"] == [], f"{qid}: sources/companies")
            c.check(q["answer_must_contain_any"] != [], f"{qid}: no answer strings")
            computed = COMPUTED.get(qid, set())
            if computed:
                c.check("computed" in q["note"], f"{qid}: computed answer not flagged in note")
            for ans in q["answer_must_contain_any"]:
                if ans in computed:
                    continue
                hits = [s for s in q["expected_sources"] if norm(ans) in normed.get(s, "")]
                c.check(hits != [], f"{qid}: answer string {ans!r} is in none of {q['expected_sources']}")
            # every document holding the key fact should be listed: the first answer string is the key fact
            key = q["answer_must_contain_any"][0]
            if key not in computed and len(norm(key)) >= 8:
                holders = sorted(n for n, t in normed.items() if norm(key) in t)
                missing = [h for h in holders if h not in q["expected_sources"] and h not in OTHER_MEANING.get(qid, ())]
                c.check(missing == [], f"{qid}: {key!r} also occurs in {missing}, not listed as sources")
        elif q["kind"] == "directory":
            c.check(q["expected_sources"] == [], f"{qid}: directory item lists sources")
            c.check(qid in FILTERS, f"{qid}: no filter")
            if qid in FILTERS:
                want = expected_ids(qid, rows)
                c.check(sorted(q["expected_companies"]) == want, f"{qid}: {q['expected_companies']} != filter {want}")
                c.check(1 <= len(want) <= 8, f"{qid}: {len(want)} companies")
                c.check(set(q["answer_must_contain_any"]) == {names[i] for i in want}, f"{qid}: answer names")
            c.check("computed" in q["note"], f"{qid}: note should say the set is computed")
        else:
            c.check(q["expected_sources"] == [] and q["expected_companies"] == [], f"{qid}: unanswerable lists")
            for ans in q["answer_must_contain_any"]:
                c.check(ans.lower() in lowered, f"{qid}: referral {ans!r} not found in any document")

    for qid, (value, shown) in LOOKUPS.items():
        c.check(value == shown, f"{qid}: band tables give {value!r}, question expects {shown!r}")
        c.check(shown in " ".join(by_id[qid]["answer_must_contain_any"]), f"{qid}: {shown!r} not among answers")

    html = (PROGRAMME / "offices-and-support.html").read_text(encoding="utf-8")
    no_office = html.split('id="no-office"')[1].split("</ul>")[0]
    for qid, city in NO_OFFICE.items():
        c.check(by_id[qid]["kind"] == "unanswerable", f"{qid}: should be unanswerable")
        c.check(city in no_office and f"<td>{city}</td>" not in html, f"{qid}: {city} must be listed without an office")
    all_text = "\n".join(texts.values())
    for qid in UNNAMED:
        c.check(by_id[qid]["kind"] == "unanswerable", f"{qid}: should be unanswerable")
        named = [r["name"] for r in rows if r["name"].lower() in all_text.lower()]
        c.check(named == [], f"{qid}: documents name directory companies {named}")
    for qid, patterns in ABSENT.items():
        c.check(by_id[qid]["kind"] == "unanswerable", f"{qid}: should be unanswerable")
        for pattern in patterns:
            hit = re.search(pattern, all_text, re.IGNORECASE)
            c.check(hit is None, f"{qid}: documents do hold {hit.group(0) if hit else ''!r}")
    return questions


def main() -> int:
    c = Checker()
    texts = check_documents(c)
    rows = check_directory(c)
    questions = check_questions(c, texts, rows)
    langs = collections.Counter(q["lang"] for q in questions)
    kinds = collections.Counter(q["kind"] for q in questions)
    sizes = collections.Counter(len(q["expected_companies"]) for q in questions if q["kind"] == "directory")
    services = {s.strip() for r in rows for s in r["services"].split(";")}
    print(f"documents: {len(texts)}  companies: {len(rows)}  distinct services: {len(services)}")
    print(f"questions by lang: {dict(langs)}")
    print(f"questions by kind: {dict(kinds)}")
    print(f"directory answer sizes: {dict(sorted(sizes.items()))}")
    if c.failures:
        print(f"\n{len(c.failures)} FAILURES")
        for f in c.failures:
            print("  -", f)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
