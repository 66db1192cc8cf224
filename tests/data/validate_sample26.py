"""Validate held-out sample 26 ("Green Ledger 2065"). Stdlib + python-docx + pypdf only.

Exits 0 when every check passes, 1 otherwise (each failure is printed).
Run:  .venv/bin/python tests/data/validate_sample26.py
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

from sample_text import ARABIC, COLUMNS, FIELDS, HAN, HtmlText, extract, norm, script_lang  # noqa: E402

KB = HERE / "sample-26"
DOCS = KB / "programme"
QUESTIONS = HERE / "questions-26.jsonl"

FAILURES: list[str] = []


def check(ok: bool, message: str) -> bool:
    if not ok:
        FAILURES.append(message)
    return ok


# ----------------------------------------------------------------------------------------------
# Directory filters (also used by build_sample26.py to compute expected_companies)
# ----------------------------------------------------------------------------------------------

SERVICE = {
    "ghg": r"\bghg\b|greenhouse gas|carbon accounting|scope [123]\b|emissions? inventor|碳核算",
    "esg_reporting": r"\besg reporting\b|sustainability reporting|\bgri\b|\bissb\b|ifrs s2|\bcsrd\b|esg报告|可持续发展报告",
    "cbam": r"\bcbam\b|carbon border adjustment|碳边境",
    "lca": r"\blca\b|life[- ]cycle assessment|生命周期",
    "trace": r"trac(?:e)?ab|溯源",
    "remote": r"satellite monitoring|remote[- ]sensing|deforestation|earth observation|methane (?:detection|leak)|遥感",
    "bms": r"\bbms\b|building management|楼宇",
    "ev": r"\bev\b|electric vehicle|电动汽车|充电",
    "solar_scada": r"solar plant monitoring|solar remote monitoring|\bscada\b|光伏电站监控",
    "solar": r"\bsolar\b|光伏",
    "water": r"water footprint|水足迹",
    "registry": r"carbon[- ]credit registry|碳信用",
    "mrv": r"\bmrv\b|measurement, reporting and verification",
    "annotation": r"annotation|labell?ing|标注",
    "energy_audit": r"energy audit|能源审计",
    "iot": r"\biot\b|internet of things|smart meter|物联网",
}


def has(row: dict, concept: str) -> bool:
    return re.search(SERVICE[concept], row["services"].lower()) is not None


def certs(row: dict) -> list[str]:
    return [c.strip().lower() for c in row["certifications"].split(";") if c.strip()]


def holds(row: dict, cert: str) -> bool:
    return any(c.startswith(cert.lower()) for c in certs(row))


def known_without(row: dict, cert: str) -> bool:
    """Certifications known (a list or `none`) and `cert` not among them; an empty cell = unknown = excluded."""
    return row["certifications"].strip() != "" and not holds(row, cert)


def pk(row: dict) -> bool:
    return row["country"] == "PK"


def select(rows, pred) -> list[str]:
    return sorted(r["id"] for r in rows if pred(r))


FILTERS = {
    "s26-en-13": lambda rows: select(rows, lambda r: pk(r) and has(r, "ghg") and r["city"] == "Karachi"),
    "s26-en-14": lambda rows: select(rows, lambda r: pk(r) and has(r, "bms") and int(r["founded"]) < 2040),
    "s26-en-15": lambda rows: select(rows, lambda r: pk(r) and has(r, "remote") and r["city"] != "Islamabad"),
    "s26-en-16": lambda rows: select(rows, lambda r: pk(r) and has(r, "mrv")),
    "s26-en-17": lambda rows: select(rows, lambda r: pk(r) and has(r, "iot") and r["city"] == "Lahore"),
    "s26-en-18": lambda rows: select(rows, lambda r: r["pitched_at_webinar"] == "yes"),
    "s26-en-19": lambda rows: select(rows, lambda r: pk(r) and has(r, "annotation") and int(r["employees"]) > 100),
    "s26-en-20": lambda rows: select(
        rows, lambda r: pk(r) and has(r, "trace") and r["city"] in ("Sialkot", "Faisalabad", "Multan")
    ),
    "s26-zh-14": lambda rows: select(
        rows, lambda r: pk(r) and has(r, "esg_reporting") and known_without(r, "ISO 27001")
    ),
    "s26-zh-15": lambda rows: select(rows, lambda r: pk(r) and has(r, "cbam")),
    "s26-zh-16": lambda rows: select(
        rows, lambda r: r["country"] == "CN" and re.search(r"textile|garment|纺织", r["industries"].lower())
    ),
    "s26-zh-17": lambda rows: select(rows, lambda r: pk(r) and has(r, "bms")),
    "s26-zh-18": lambda rows: select(rows, lambda r: pk(r) and has(r, "solar_scada") and int(r["employees"]) > 50),
    "s26-ur-12": lambda rows: select(rows, lambda r: pk(r) and has(r, "ev")),
    "s26-ur-13": lambda rows: select(rows, lambda r: pk(r) and has(r, "water")),
    "s26-ur-14": lambda rows: select(rows, lambda r: pk(r) and has(r, "energy_audit") and holds(r, "ISO 50001")),
    "s26-ul-12": lambda rows: select(rows, lambda r: pk(r) and has(r, "lca") and int(r["employees"]) < 30),
    "s26-ul-13": lambda rows: select(rows, lambda r: pk(r) and has(r, "solar") and r["city"] in ("Peshawar", "Quetta")),
    "s26-ul-14": lambda rows: select(rows, lambda r: pk(r) and has(r, "esg_reporting") and holds(r, "B Corp")),
    "s26-mx-12": lambda rows: select(rows, lambda r: pk(r) and has(r, "cbam") and has(r, "lca")),
    "s26-mx-13": lambda rows: select(rows, lambda r: pk(r) and has(r, "ghg") and holds(r, "ISO 14064")),
    "s26-mx-14": lambda rows: select(
        rows, lambda r: pk(r) and has(r, "registry") and r["city"] in ("Lahore", "Karachi")
    ),
}


# ----------------------------------------------------------------------------------------------
# Text helpers
# ----------------------------------------------------------------------------------------------

URDU_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٪", "01234567890123456789%")
CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_number(s: str) -> int:
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGIT:
            cur = CN_DIGIT[ch]
        else:
            total += (cur or 1) * CN_UNIT[ch]
            cur = 0
    return total + cur


def cn_to_digits(text: str) -> str:
    return re.sub(r"[零〇一二两三四五六七八九十百千]+", lambda m: str(cn_number(m.group())), text)


def degroup(text: str) -> str:
    return re.sub(r"(?<=\d)[,،](?=\d)", "", text)


def simple(text: str) -> str:
    return norm(text.translate(URDU_DIGITS)).lower()


def docx_full_text(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    parts = [extract(path)]
    for section in d.sections:
        for part in (section.header, section.footer):
            parts.extend(p.text for p in part.paragraphs)
    return "\n".join(parts)


def full_text(path: Path) -> str:
    return docx_full_text(path) if path.suffix == ".docx" else extract(path)


def occurs(answer: str, text: str) -> bool:
    a, t = simple(answer), simple(text)
    variants = {t, cn_to_digits(t), degroup(t), degroup(cn_to_digits(t))}
    return any(a in v or degroup(a) in v for v in variants)


# ----------------------------------------------------------------------------------------------
# Computed answers (recomputed from the documents)
# ----------------------------------------------------------------------------------------------


def computed_answers(texts: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    call = texts["grant-call-zh.txt"]
    # s26-zh-01: contract 45万 from a Sichuan (western) buyer
    line = next(ln for ln in call.splitlines() if ln.startswith("二档"))
    rate = int(re.search(r"(\d+)%", line).group(1)) / 100
    cap = int(re.search(r"(\d+)万元", line.split("%", 1)[1]).group(1)) * 10000
    uplift = int(re.search(r"单笔上限上浮(\d+)%", call).group(1)) / 100
    check("四川" in call.split("四、", 1)[1], "grant call: Sichuan is not listed as western")
    contract = 450000
    check(100000 < contract <= 500000, "zh-01: 45万 should be band 二档")
    amount = round(min(contract * rate, cap * (1 + uplift)))
    check(amount == 135000, f"zh-01: computed {amount}, expected 135000")
    out["s26-zh-01"] = {f"{amount / 10000:g}万", f"{amount:,}", str(amount)}
    # s26-zh-04: 800 devices
    zh = texts["schedule-dates-subsidy-refunds-zh.docx"]
    per = int(re.search(r"201–1,000台 \| (\d+) \|", zh).group(1))
    total = 800 * per
    out["s26-zh-04"] = {f"{total:,}", str(total), f"{total / 10000:g}万"}
    return out


# ----------------------------------------------------------------------------------------------
# Document checks
# ----------------------------------------------------------------------------------------------

EXPECTED_DOCS = {
    "programme-overview.md",
    "participation-rules.txt",
    "services-tariff-catalogue.md",
    "offices-and-support.html",
    "matching-guide-2065.pdf",
    "grants-qa.md",
    "grant-call-zh.txt",
    "schedule-dates-subsidy-refunds-zh.docx",
    "grant-instalments-ur.docx",
    "site-visit-expo-ur.md",
    "review-panels.html",
    "corrigendum-2065-01.md",
    "email-solar-visit-notice.txt",
    "cohort-budget-tab.txt",
    "eligibility-criteria.docx",
    "environment-bureau-notice.html",
    "faq-bilingual-ur-en.md",
    "changes-since-2063.md",
}


def pdf_items(page) -> list[tuple[float, float, str]]:
    items: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            items.append((round(tm[4]), round(tm[5]), text.strip()))

    page.extract_text(visitor_text=visit)
    return items


def check_documents() -> dict[str, str]:
    files = sorted(p.name for p in DOCS.iterdir() if p.is_file())
    check(16 <= len(files) <= 18, f"programme/ holds {len(files)} documents, want 16-18")
    check(set(files) == EXPECTED_DOCS, f"document set differs: {set(files) ^ EXPECTED_DOCS}")
    check({Path(f).suffix for f in files} == {".md", ".txt", ".html", ".pdf", ".docx"}, "formats missing")
    texts: dict[str, str] = {}
    for name in files:
        try:
            texts[name] = full_text(DOCS / name)
        except Exception as exc:
            check(False, f"{name}: does not extract ({exc})")
            continue
        check(len(texts[name].strip()) > 300, f"{name}: too little text")
        for dom in re.findall(r"[\w.-]+@([\w.-]+)|https?://([\w.-]+)", texts[name]):
            host = dom[0] or dom[1]
            check(host.endswith(".example"), f"{name}: domain {host} does not end in .example")
    if len(texts) != len(files):
        return texts

    # languages of documents
    lang_of = {n: script_lang(t) for n, t in texts.items()}
    for n in ("grant-call-zh.txt", "schedule-dates-subsidy-refunds-zh.docx"):
        check(lang_of[n] == "zh", f"{n}: not Chinese")
    for n in ("grant-instalments-ur.docx", "site-visit-expo-ur.md"):
        check(lang_of[n] == "ur", f"{n}: not Urdu")

    # real facts only in the overview
    for fact in ("23 February 2022", "Trade Development Authority", "Software Business Union of Shanghai"):
        holders = [n for n, t in texts.items() if fact in norm(t)]
        check(holders == ["programme-overview.md"], f"real fact {fact!r} found in {holders}")
    check("pitched_at_webinar" in texts["programme-overview.md"], "overview: pitched_at_webinar not explained")

    # participation rules: wrapped text, space tables, numbered criteria, exception, footnote
    rules = texts["participation-rules.txt"]
    check(max(len(ln) for ln in rules.splitlines()) <= 80, "rules: lines longer than 80 columns")
    check("\t" not in rules, "rules: tables should be space-aligned")
    check(all(f"({i})" in rules for i in range(1, 6)) and "Exception: criterion (3)" in rules, "rules: criteria")
    check("[1] Women-led" in rules and "6,000" in rules, "rules: footnote")
    footnote_figure = [n for n, t in texts.items() if "6,000" in t and "6,000元" not in t]
    check(footnote_figure == ["participation-rules.txt"], f"footnote figure PKR 6,000 found in {footnote_figure}")

    # tariff: grade x shift and volume bands
    tariff = texts["services-tariff-catalogue.md"]
    for token in (
        "| Grade | Day | Night | Weekend |",
        "G3 Senior analyst | USD 30 | USD 38 | USD 45",
        "2,001 – 10,000",
    ):
        check(token in tariff, f"tariff: {token!r} missing")

    # offices page chrome
    raw = (DOCS / "offices-and-support.html").read_text(encoding="utf-8")
    for token in ('id="cookie-banner"', "<nav>", 'class="breadcrumb"', "<aside", "<footer"):
        check(token in raw, f"offices page: {token} missing")
    off = texts["offices-and-support.html"]
    check("no Green Ledger office" in off and "Peshawar" in off and "Beijing" in off, "offices: no-office cities")
    check("Yunnan" in off and "S1 Critical" in off, "offices: routing or SLA tables missing")

    # PDF
    import pypdf

    reader = pypdf.PdfReader(str(DOCS / "matching-guide-2065.pdf"))
    check(len(reader.pages) == 3, "pdf: want 3 pages")
    for n, page in enumerate(reader.pages, start=1):
        t = page.extract_text()
        check("GL-MG-2065" in t, f"pdf page {n}: running head missing")
        check(f"Page {n} of 3" in t, f"pdf page {n}: page number missing")
        check("Buyer sector" in t and "Service track" in t, f"pdf page {n}: header row missing")
        check("Sessions marked *" in t, f"pdf page {n}: footnote missing")
        data = page.get_contents().get_data().decode("latin-1")
        check(len(re.findall(r" l S", data)) >= 10, f"pdf page {n}: table not ruled")
        if n > 1:
            check("Table 2 (continued)" in t, f"pdf page {n}: 'Table 2 (continued)' missing")
    items = pdf_items(reader.pages[2])
    left = {y for x, y, s in items if x == 50 and y < 510}
    right = {y: s for x, y, s in items if x == 310}
    check(len(right) >= 8 and len(left & set(right)) >= 8, "pdf page 3: two columns not on shared lines")
    check(any("40 free seats" in s for s in right.values()), "pdf: right column fact missing")
    check(not any("40 free seats" in s for x, y, s in items if x != 310), "pdf: right fact also in left column")
    pdf_text = texts["matching-guide-2065.pdf"]
    for n, t in texts.items():
        if n != "matching-guide-2065.pdf":
            check("40 free seats" not in t and "sandbox" not in t.lower(), f"{n}: repeats the right-column fact")
    check("Gate 3" in pdf_text, "pdf: left column missing")

    # Q&A with draft comment and reference-style links
    qa = texts["grants-qa.md"]
    comments = re.findall(r"<!--(.*?)-->", qa, re.S)
    check(len(comments) == 1 and comments[0].strip().startswith("draft:"), "qa: draft comment missing")
    visible = re.sub(r"<!--.*?-->", "", qa, flags=re.S)
    check("25 MB" in comments[0] and "25 MB" not in visible and "20 MB" in visible, "qa: draft vs visible limit")
    check(re.search(r"\]\[\d\]", qa) and re.search(r"^\[\d\]: https://\S+\.example", qa, re.M), "qa: ref links")
    check("Table 3 of the grant guide" in qa and "Table 2 of the matching guide" in qa, "qa: cross references")
    check(all("25 MB" not in t for n, t in texts.items() if n != "grants-qa.md"), "draft figure found elsewhere")

    # Chinese grant call: 万/亿, exception, uplift, full-width table, Chinese numerals
    call = texts["grant-call-zh.txt"]
    check("1.2亿元" in call and "万元" in call and "120,000,000" in call, "grant call: 万/亿 amounts")
    check("不得申领" in call and "上浮20%" in call, "grant call: exception or uplift missing")
    table_lines = [ln for ln in call.splitlines() if ln.startswith(("档位", "一档", "二档", "三档", "四档"))]
    check(len(table_lines) == 5 and all("\u3000\u3000" in ln for ln in table_lines), "grant call: U+3000 table")
    check(all(ch in call for ch in "：，（）"), "grant call: full-width punctuation missing")
    after = call.split(table_lines[-1], 1)[1].lstrip("\n")
    check(after.startswith("注："), "grant call: note line below the table missing")
    check("十二万元" in call and "三个工作日" in call, "grant call: Chinese numerals missing")

    # Chinese docx: 3 tables
    import docx

    zd = docx.Document(str(DOCS / "schedule-dates-subsidy-refunds-zh.docx"))
    check(len(zd.tables) == 3, "zh docx: want 3 tables")
    check("签证被拒" in texts["schedule-dates-subsidy-refunds-zh.docx"], "zh docx: refund exception missing")

    # Urdu docx: RTL, one table, lakh, words, کروڑ
    with zipfile.ZipFile(DOCS / "grant-instalments-ur.docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    check("<w:bidi/>" in xml and "<w:bidiVisual/>" in xml, "ur docx: not right-to-left")
    ud = docx.Document(str(DOCS / "grant-instalments-ur.docx"))
    check(len(ud.tables) == 1, "ur docx: want one table")
    ut = texts["grant-instalments-ur.docx"]
    check("1,50,000" in ut and "لاکھ" in ut and "کروڑ" in ut and "اقساط" in ut, "ur docx: lakh/words/کروڑ")
    check(re.search("[۰-۹]", ut) is not None, "ur docx: no Urdu digits")
    check(re.search("[۰-۹]", texts["site-visit-expo-ur.md"]) is not None, "ur md: no Urdu digits")
    check("۱۵٪" in texts["site-visit-expo-ur.md"], "ur md: discount rule missing")

    # merged cells
    panels = (DOCS / "review-panels.html").read_text(encoding="utf-8")
    check("rowspan=" in panels and "colspan=" in panels, "review panels: no merged cells")
    check("<td>Aluminium exporters</td><td>50</td>" in panels, "review panels: aluminium row should inherit cells")

    # corrigendum
    corr = texts["corrigendum-2065-01.md"]
    check("| Document | Clause | As printed | Corrected to |" in corr, "corrigendum: not a table")
    check("20 March 2065" in corr and "1 March 2065" in rules, "corrigendum: dates")
    check("45,000" in rules and "16 June 2065" in texts["programme-overview.md"], "corrigendum: printed values")
    for new in ("PKR 40,000", "23 June 2065"):
        holders = [n for n, t in texts.items() if new in t]
        check(holders == ["corrigendum-2065-01.md"], f"corrected value {new!r} found in {holders}")

    # e-mail
    mail = texts["email-solar-visit-notice.txt"]
    head = mail.split("\n\n", 1)[0]
    check(all(re.search(rf"^{h}: ", head, re.M) for h in ("From", "To", "Date", "Subject")), "email: headers")
    body, quoted = mail.split(" wrote:\n", 1)
    check(all(ln.startswith(">") for ln in quoted.strip().splitlines()), "email: quoted block")
    check("17 July 2065" in quoted and "24 July 2065" in body and "24 July" not in quoted, "email: changed date")
    check("DISCLAIMER" in body and "Tel: +92" in body, "email: signature block")

    # TAB table
    tab = (DOCS / "cohort-budget-tab.txt").read_text(encoding="utf-8")
    trows = [ln.split("\t") for ln in tab.splitlines() if "\t" in ln]
    check(len(trows) >= 7 and len({len(r) for r in trows}) == 1, "tab: ragged or missing rows")
    check(any(c == "" for r in trows[1:-1] for c in r[1:5]), "tab: no empty cell")
    check(trows[-1][0] == "Total", "tab: total row missing")
    for col in (1, 2, 3, 4):
        values = [int(r[col].replace(",", "")) for r in trows[1:-1] if r[col]]
        check(sum(values) == int(trows[-1][col].replace(",", "")), f"tab: column {col} does not add up")
    check("  " not in "".join("\t".join(r) for r in trows), "tab: space-aligned cells")

    # auto-numbered criteria and header/footer
    ed = docx.Document(str(DOCS / "eligibility-criteria.docx"))
    listed = [p for p in ed.paragraphs if p.style.name == "List Number"]
    check(len(listed) >= 5, "eligibility: List Number paragraphs missing")
    check(not any(re.match(r"\s*\d+[.)]", p.text) for p in listed), "eligibility: numbers typed in the text")
    check("36 months" in listed[2].text, "eligibility: criterion 3 is not the training criterion")
    hdr = ed.sections[0].header.paragraphs[0].text
    ftr = ed.sections[0].footer.paragraphs[0].text
    check("GL/ELG/2065-04" in hdr and "Version 2.1" in ftr, "eligibility: header/footer reference")
    check("GL/ELG/2065-04" not in extract(DOCS / "eligibility-criteria.docx"), "eligibility: ref in body")
    for n, t in texts.items():
        if n != "eligibility-criteria.docx":
            check("GL/ELG/2065-04" not in t and "Version 2.1" not in t, f"{n}: repeats the docx reference")

    # nested table and <br> lines
    bureau = (DOCS / "environment-bureau-notice.html").read_text(encoding="utf-8")
    outer = bureau.index("<table")
    inner = bureau.index("<table", outer + 1)
    check(bureau.rfind("<td", outer, inner) > outer and bureau.count("<table") == 2, "bureau: no nested table")
    p = HtmlText()
    p.feed(bureau)
    check(p.tags["table"] == 2, "bureau: table count")
    brs = re.search(r"<p>([^<]*(?:<br>[^<]*){3,})</p>", bureau)
    check(brs is not None and "Data format: GeoJSON" in brs.group(1), "bureau: <br> label lines")
    check(
        all("GeoJSON" not in t for n, t in texts.items() if n != "environment-bureau-notice.html"),
        "GeoJSON stated elsewhere",
    )

    # bilingual FAQ
    bi = texts["faq-bilingual-ur-en.md"]
    sections = bi.split("\n## ")[1:]
    check(len(sections) >= 4, "bilingual: sections")
    for s in sections:
        paras = [x for x in s.split("\n\n")[1:] if x.strip()]
        check(
            len(paras) >= 2 and script_lang(paras[0]) == "ur" and script_lang(paras[1]) == "en",
            f"bilingual: section {s[:20]!r} is not Urdu then English",
        )
    holders = [n for n, t in texts.items() if "backup@greenledger.example" in t]
    check(holders == ["faq-bilingual-ur-en.md"], f"bilingual-only fact found in {holders}")

    # changes page
    ch = texts["changes-since-2063.md"]
    check("| Item | 2063 pilot | 2065 programme |" in ch and "PKR 1,000,000 | PKR 1,500,000" in ch, "changes page")

    # Urdu-only travel top-up
    holders = [n for n, t in texts.items() if "150,000" in t or "1,50,000" in t]
    check(holders == ["grant-instalments-ur.docx"], f"Urdu-only top-up found in {holders}")
    return texts


# ----------------------------------------------------------------------------------------------
# Directory checks
# ----------------------------------------------------------------------------------------------


def load_directory() -> list[dict[str, str]]:
    with (KB / "directory.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        check(reader.fieldnames == COLUMNS, f"directory columns {reader.fieldnames}")
        return list(reader)


def check_directory(rows: list[dict[str, str]]) -> None:
    check(55 <= len(rows) <= 60, f"directory has {len(rows)} rows")
    ids = [r["id"] for r in rows]
    check(len(set(ids)) == len(ids), "directory ids not unique")
    countries = collections.Counter(r["country"] for r in rows)
    check(countries["CN"] == 10 and 45 <= countries["PK"] <= 50, f"countries {countries}")
    for r in rows:
        check(re.fullmatch(r"(PK|CN)-\d{3}", r["id"]) and r["id"][:2] == r["country"], f"{r['id']}: id/country")
        check(r["founded"].isdigit() and 1990 <= int(r["founded"]) <= 2064, f"{r['id']}: founded")
        check(r["employees"].isdigit() and int(r["employees"]) > 0, f"{r['id']}: employees")
        check(r["pitched_at_webinar"] in ("yes", "no"), f"{r['id']}: pitched")
        if r["pitched_at_webinar"] == "yes":
            check(int(r["founded"]) <= 2021, f"{r['id']}: pitched in 2022 but founded later")
        check(r["website"].endswith(".example") and r["contact_email"].endswith(".example"), f"{r['id']}: domain")
        check(r["name"] and r["city"] and r["services"] and r["description"], f"{r['id']}: required cell empty")
    services = {s.strip() for r in rows for s in r["services"].split(";") if s.strip()}
    check(len(services) >= 140, f"only {len(services)} distinct service strings")
    check(
        any(r["certifications"] == "none" for r in rows) and any(r["certifications"] == "" for r in rows),
        "certifications: want both none and empty",
    )
    check(any(r["name_zh"] == "" for r in rows) and any(r["description_zh"] == "" for r in rows), "empty zh cells")
    check(any(re.search(HAN, r["services"]) for r in rows), "no service written in Chinese")


# ----------------------------------------------------------------------------------------------
# Question checks
# ----------------------------------------------------------------------------------------------

LANG_CODE = {"en": "en", "zh": "zh", "ur": "ur", "ur-Latn": "ul", "mixed": "mx"}
ROMAN_URDU = r"\b(hai|hain|kya|ka|ki|ke|mein|karein|karni|kahan|kitna|kitne|kitni|wali|wale|koi|aur|ho|hoga|bata)\b"


def check_questions(rows: list[dict[str, str]], texts: dict[str, str]) -> None:
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    qs = [json.loads(ln) for ln in lines if ln.strip()]
    check(len(qs) == 80, f"{len(qs)} questions, want 80")
    check(len({q.get("id") for q in qs}) == len(qs), "question ids not unique")
    langs = collections.Counter(q["lang"] for q in qs)
    check(langs == {"en": 20, "zh": 18, "ur": 14, "ur-Latn": 14, "mixed": 14}, f"langs {langs}")
    kinds = collections.Counter(q["kind"] for q in qs)
    check(kinds == {"programme": 38, "directory": 22, "unanswerable": 20}, f"kinds {kinds}")
    notes = collections.Counter(q["note"].split(":")[0] for q in qs if q["kind"] == "unanswerable")
    check(notes == {"off-topic": 10, "near miss": 10}, f"unanswerable notes {notes}")
    computed = computed_answers(texts)
    by_id = {r["id"]: r for r in rows}

    for q in qs:
        qid = q.get("id")
        check(list(q) == FIELDS, f"{qid}: fields {list(q)}")
        lang = q["lang"]
        check(re.fullmatch(rf"s26-{LANG_CODE.get(lang, '?')}-\d\d", qid) is not None, f"{qid}: id/lang")
        text = q["question"]
        han, arab = len(re.findall(HAN, text)), len(re.findall(ARABIC, text))
        latin = len(re.findall(r"[A-Za-z]", text))
        if lang == "en":
            check(script_lang(text) == "en" and han == arab == 0, f"{qid}: not English script")
        elif lang == "ur-Latn":
            check(script_lang(text) == "en" and han == arab == 0, f"{qid}: not Latin script")
            check(re.search(ROMAN_URDU, text.lower()) is not None, f"{qid}: no Roman Urdu words")
        elif lang == "zh":
            check(script_lang(text) == "zh" and arab == 0, f"{qid}: not Chinese")
        elif lang == "ur":
            check(script_lang(text) == "ur" and han == 0, f"{qid}: not Urdu")
        elif lang == "mixed":
            scripts = sum(1 for n in (han, arab, latin) if n >= 2)
            check(scripts >= 2, f"{qid}: mixed question uses one script")
        for key in ("expected_sources", "expected_companies", "answer_must_contain_any"):
            check(isinstance(q[key], list), f"{qid}: {key} not a list")
        for src in q["expected_sources"]:
            check((DOCS / src).is_file(), f"{qid}: source {src} missing")

        if q["kind"] == "programme":
            check(len(q["expected_sources"]) >= 1 and q["expected_companies"] == [], f"{qid}: sources/companies")
            check(len(q["answer_must_contain_any"]) >= 1, f"{qid}: no answer strings")
            for a in q["answer_must_contain_any"]:
                if any(occurs(a, texts[s]) for s in q["expected_sources"] if s in texts):
                    continue
                ok = a in computed.get(qid, set()) and "computed" in q["note"]
                check(ok, f"{qid}: answer {a!r} not in its sources and not computed")
        elif q["kind"] == "directory":
            check(q["expected_sources"] == [], f"{qid}: directory item with sources")
            want = FILTERS[qid](rows) if qid in FILTERS else None
            check(want is not None, f"{qid}: no filter")
            if want is not None:
                check(sorted(q["expected_companies"]) == want, f"{qid}: {q['expected_companies']} != {want}")
                check(1 <= len(want) <= 7, f"{qid}: answer set size {len(want)}")
            names = {by_id[i]["name"] for i in q["expected_companies"] if i in by_id}
            check(
                set(q["answer_must_contain_any"]) <= names and q["answer_must_contain_any"],
                f"{qid}: answer strings are not the expected companies' names",
            )
        else:
            check(q["expected_sources"] == [] and q["expected_companies"] == [], f"{qid}: unanswerable with targets")
    check(len(FILTERS) == 22 and set(FILTERS) == {q["id"] for q in qs if q["kind"] == "directory"}, "filter ids")


# ----------------------------------------------------------------------------------------------
# Near misses: the facts really are absent
# ----------------------------------------------------------------------------------------------


def check_near_misses(texts: dict[str, str], rows: list[dict[str, str]]) -> None:
    allt = "\n".join(texts.values())
    low = allt.lower()
    # en-09 Peshawar office / mx-08 Beijing office
    check(re.search(r"Peshawar[^\n]{0,80}(\+92|Road|Floor|peshawar@)", allt) is None, "Peshawar office exists")
    check("peshawar@" not in low and "beijing@" not in low, "Peshawar/Beijing office e-mail exists")
    check(re.search(r"\+86 10 ", allt) is None and "北京办事处" not in allt, "Beijing office exists")
    # en-10 hackathon
    check("hackathon" not in low and "黑客松" not in allt, "hackathon mentioned")
    # zh-10 names of the 2065 pitchers: no directory company is named in any document
    for r in rows:
        check(
            r["name"] not in allt and (not r["name_zh"] or r["name_zh"] not in allt),
            f"{r['id']} named in the documents",
        )
    # zh-11 bus departure
    check(
        re.search(r"\bbus\b|\bcoach\b|departure|depart", low) is None and "大巴" not in allt and "出发" not in allt,
        "bus/departure mentioned",
    )
    # ur-08 satellite imagery rate / ul-09 EV charging rate: absent from the tariff catalogue
    tariff = texts["services-tariff-catalogue.md"].lower()
    check("satellite" not in tariff and "imagery" not in tariff and "remote sensing" not in tariff, "tariff: satellite")
    check(re.search(r"\bev\b|electric vehicle|charging", tariff) is None, "tariff: EV charging")
    # ur-09 visa fee
    check("visa fee" not in low and "签证费" not in allt and "ویزا فیس" not in allt, "visa fee mentioned")
    # ul-08 2063 firms by city / mx-09 2063 refund deadline
    for ln in allt.splitlines():
        if "2063" in ln:
            check(
                not re.search(r"Karachi|Peshawar|Quetta|Multan|Faisalabad|Hyderabad|Sialkot", ln),
                f"2063 line names a city: {ln[:60]!r}",
            )
            check(not re.search(r"refund|退", ln, re.I), f"2063 line mentions a refund: {ln[:60]!r}")
    check("2063" not in texts["corrigendum-2065-01.md"], "corrigendum mentions 2063")


def main() -> int:
    texts = check_documents()
    rows = load_directory()
    check_directory(rows)
    if len(texts) == len(EXPECTED_DOCS):
        check_questions(rows, texts)
        check_near_misses(texts, rows)
    for f in FAILURES:
        print("FAIL:", f)
    print("sample 26:", "OK" if not FAILURES else f"{len(FAILURES)} failure(s)")
    return 0 if not FAILURES else 1


if __name__ == "__main__":
    sys.exit(main())
