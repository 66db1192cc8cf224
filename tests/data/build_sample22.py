"""Build held-out sample 22 ("Signal Silk 2057"): the binary programme documents (pdf, docx),
directory.csv and questions-22.jsonl. The .md/.txt/.html documents are written by hand.

expected_companies are computed with the filters in validate_sample22.py.
Run: /work/main/.venv/bin/python tests/data/build_sample22.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import pypdf  # noqa: E402
import validate_sample22 as V  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from pypdf.generic import ContentStream  # noqa: E402

from tests.files import write_pdf  # noqa: E402

SAMPLE = HERE / "sample-22"
PROG = SAMPLE / "programme"

# ---------------------------------------------------------------------------------------------
# PDF: Market-Access Grant Guide, 3 pages, Table 2 continues with its header repeated
# ---------------------------------------------------------------------------------------------

RUNNING_HEAD = "Signal Silk 2057 | Market-Access Grant Guide | Issue 1, April 2057"
T2_COLS = [40, 72, 290, 420, 468]
T2_HEAD = ["Item", "Cost item", "Cap (CNY)*", "Share", "Evidence"]
T2_ROWS = [
    # page 1
    ["2.1", "Economy return airfare Pakistan-China", "6,500 per traveller", "70%", "e-ticket"],
    ["2.2", "Hotel in China", "650 per night", "70%", "hotel fapiao"],
    ["2.3", "China business visa fees", "1,000 per traveller", "100%", "visa receipt"],
    ["2.4", "Interpreting (catalogue Table A)", "12,000 per firm", "50%", "office invoice"],
    ["2.5", "Technical translation (Table C)", "8,000 per firm", "50%", "office invoice"],
    ["2.6", "Booth fit-out, GBNB Expo Hall 6", "20,000 per firm", "60%", "fit-out invoice"],
    ["2.7", "Shipping of demo equipment", "9,000 per firm", "60%", "airway bill"],
    ["2.8", "Product brochures in Chinese", "3,000 per firm", "50%", "printer invoice"],
    # page 2
    ["2.9", "Operator lab test fees", "25,000 per pilot", "70%", "lab report"],
    ["2.10", "Remote test-lab slots (Table B)", "10,000 per firm", "50%", "slot bookings"],
    ["2.11", "Network access licence testing", "40,000 per product", "50%", "test certificate"],
    ["2.12", "Drive-test van hire (Table D)", "14,000 per pilot", "50%", "hire contract"],
    ["2.13", "Cloud hosting for the pilot in China", "18,000 per pilot", "60%", "cloud invoice"],
    ["2.14", "Chinese-language UI localisation", "15,000 per product", "60%", "delivery note"],
    ["2.15", "Data-security assessment", "30,000 per pilot", "50%", "assessment report"],
    ["2.16", "Travel inside China for the pilot", "4,000 per pilot", "70%", "tickets"],
    ["2.17", "Insurance of demo equipment", "2,500 per firm", "50%", "policy"],
    # page 3
    ["2.18", "Legal review of the buyer contract", "12,000 per contract", "50%", "lawyer invoice"],
    ["2.19", "Software copyright registration in China", "5,000 per product", "80%", "certificate"],
    ["2.20", "Trademark filing in China", "3,500 per class", "80%", "filing receipt"],
    ["2.21", "Staff secondment to the buyer site", "9,000/month, max 3 months", "40%", "secondment letter"],
    ["2.22", "Chinese-language training for staff", "6,000 per firm", "50%", "course certificate"],
    ["2.23", "Audit of the grant claim", "4,500 per firm", "100%", "auditor report"],
]
T1_COLS = [40, 90, 200, 320, 470]
T1_HEAD = ["Tier", "Telecom sites", "Broadcast channels", "Subscribers", "Max grant (CNY)"]
T1_ROWS = [
    ["S", "1-20", "1-8", "up to 50,000", "80,000"],
    ["M", "21-100", "9-40", "50,001-500,000", "150,000"],
    ["L", "101 or more", "41 or more", "500,001 or more", "300,000"],
]
T3_COLS = [40, 250, 470]
T3_HEAD = ["Step", "Deadline", "Covers"]
T3_ROWS = [
    ["Interim claim, with the interim report", "31 October 2057", "items 2.1-2.8"],
    ["Final claim, with the final report", "31 January 2058", "all items"],
    ["Audit certificate, if grant above CNY 150,000", "with the final claim", "item 2.23"],
    ["Payment by the Alliance", "within 45 days of approval", "40% / 60%"],
]
RIGHT = 575


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def table(placed, rules, cols, head, rows, y):
    """Place a ruled table whose header baseline is at y; return the y below it."""
    top = y + 14
    for x, text in zip(cols, head):
        placed.append((x, y, esc(text)))
    lines_y = [top, y - 6]
    for row in rows:
        y -= 20
        for x, text in zip(cols, row):
            placed.append((x, y, esc(text)))
        lines_y.append(y - 6)
    bottom = y - 6
    for ly in lines_y:
        rules.append((cols[0] - 4, ly, RIGHT, ly))
    for x in [*cols, RIGHT + 4]:
        rules.append((x - 4, top, x - 4, bottom))
    return y - 30


def chrome(placed, n):
    placed.append((40, 765, esc(RUNNING_HEAD)))
    placed.append((270, 30, esc(f"Page {n} of 3")))


def build_pdf(path: Path) -> None:
    pages, rules = [], []
    # page 1
    p, r = [], []
    chrome(p, 1)
    p.append((40, 730, esc("MARKET-ACCESS GRANT GUIDE 2057 (SILK VOUCHER)")))
    p.append(
        (40, 710, esc("The grant reimburses part of the cost of winning and piloting business with Alliance buyers."))
    )
    p.append((40, 696, esc("Apply on the grants portal between 7 May and 29 June 2057, 18:00 Beijing time.")))
    p.append((40, 670, esc("Table 1: Grant tier by pilot scale (bands inclusive; the highest tier reached applies)")))
    y = table(p, r, T1_COLS, T1_HEAD, T1_ROWS, 650)
    p.append((40, y + 8, esc("Example: a pilot on 100 sites is Tier M; on 101 sites it is Tier L.")))
    p.append((40, y - 18, esc("Table 2: Eligible cost items, caps and grant share")))
    table(p, r, T2_COLS, T2_HEAD, T2_ROWS[:8], y - 38)
    pages.append(p)
    rules.append(r)
    # page 2
    p, r = [], []
    chrome(p, 2)
    p.append((40, 730, esc("Table 2 (continued): Eligible cost items, caps and grant share")))
    y = table(p, r, T2_COLS, T2_HEAD, T2_ROWS[8:17], 710)
    p.append((40, y, esc("Lab and licence tests must be run by a lab the buyer names in writing.")))
    pages.append(p)
    rules.append(r)
    # page 3
    p, r = [], []
    chrome(p, 3)
    p.append((40, 730, esc("Table 2 (continued): Eligible cost items, caps and grant share")))
    y = table(p, r, T2_COLS, T2_HEAD, T2_ROWS[17:], 710)
    p.append((40, y + 6, esc("* Caps are in CNY. Items 2.1 to 2.3 are paid for at most three travellers per firm;")))
    p.append((40, y - 8, esc("  claims in other currencies are converted at the Alliance rate on the claim date.")))
    p.append((40, y - 40, esc("Table 3: Claim and payment deadlines")))
    y = table(p, r, T3_COLS, T3_HEAD, T3_ROWS, y - 60)
    p.append(
        (40, y, esc("Grants are paid in two instalments: 40% after the interim claim, 60% after the final claim."))
    )
    p.append((40, y - 14, esc("Contact: grants@signalsilk.example")))
    pages.append(p)
    rules.append(r)

    write_pdf(path, pages[0], rules=rules[0], more_pages=pages[1:])
    # write_pdf rules only the first page; rule pages 2 and 3 the same way.
    writer = pypdf.PdfWriter(clone_from=str(path))
    for page, page_rules in zip(writer.pages[1:], rules[1:]):
        data = page.get_contents().get_data()
        data += "".join(f"0.5 w {x0} {y0} m {x1} {y1} l S\n" for x0, y0, x1, y1 in page_rules).encode("latin-1")
        stream = ContentStream(None, writer)
        stream.set_data(data)
        page.replace_contents(stream)
    with path.open("wb") as out:
        writer.write(out)


# ---------------------------------------------------------------------------------------------
# Chinese docx: timetable, booth subsidy by head count, refunds by days before the fair
# ---------------------------------------------------------------------------------------------


def add_table(document, rows):
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    grid.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            grid.cell(i, j).text = value
    return grid


def build_zh_docx(path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("信号丝路2057 日程安排、展位补贴及退款规则", style="Title")
    d.add_paragraph(
        "本文件由中国网络与广电采购联盟（CNBBA）秘书处与巴基斯坦电信与广电软件理事会（PTBSC）联合发布，"
        "供参加信号丝路2057的巴方企业及中方买方参考。除特别注明外，时间均为北京时间。"
    )
    d.add_heading("表1 主要日程", level=1)
    add_table(
        d,
        [
            ["事项", "日期与时间"],
            [
                "启动网络研讨会（线上，12家巴方企业路演）",
                "2057年1月15日 14:00—16:00（巴基斯坦时间），即北京时间17:00—19:00",
            ],
            ["申请开始", "2057年2月5日 09:00（巴基斯坦时间），即北京时间12:00"],
            ["申请截止", "2057年3月16日 17:00（巴基斯坦时间），即北京时间20:00"],
            ["公布入选结果", "2057年4月20日"],
            ["市场准入补贴（丝路券）申报", "2057年5月7日至6月29日18:00"],
            ["实地考察", "深圳：6月8日—10日；成都：6月11日—12日"],
            ["展位费全额退款截止", "2057年7月24日"],
            ["大湾区网络与广电博览会（GBNB Expo 2057）", "2057年9月22日—25日，深圳前海国际会展中心6号馆（巴基斯坦馆）"],
            ["网络封网期", "2057年9月28日0:00至10月8日24:00"],
            ["中期报告", "2057年10月31日"],
            ["最终报告", "2058年1月31日"],
        ],
    )
    d.add_paragraph(
        "封网期间，任何企业不得在买方现网部署、升级或启动试点；实验室和测试床工作不受影响。"
        "唯一例外是经买方网络运维负责人书面批准的一级故障修复。"
    )
    d.add_heading("表2 展位补贴（按企业员工人数）", level=1)
    d.add_paragraph(
        "巴基斯坦馆标准展位（9平方米）费用为6万元（60,000元）。补贴按企业2057年1月1日的全职员工人数确定，"
        "区间含两端数值。每家企业限补贴一个展位。"
    )
    add_table(
        d,
        [
            ["员工人数", "补贴比例", "补贴上限"],
            ["1—50人", "展位费的70%", "4.2万元（42,000元）"],
            ["51—200人", "展位费的50%", "3万元（30,000元）"],
            ["201人及以上", "展位费的30%", "1.8万元（18,000元）"],
        ],
    )
    d.add_paragraph(
        "示例：50人的企业补贴70%，即42,000元；51人的企业补贴50%，即30,000元；"
        "200人的企业补贴50%；201人的企业补贴30%，即18,000元。"
    )
    d.add_heading("表3 展位费退款（按退展申请日距展会开幕日2057年9月22日的天数）", level=1)
    add_table(
        d,
        [
            ["距开幕天数", "退款比例"],
            ["60天及以上（即2057年7月24日及以前）", "100%"],
            ["30—59天", "50%"],
            ["15—29天", "25%"],
            ["14天及以下", "不予退款"],
        ],
    )
    d.add_paragraph(
        "例外：因中国签证被拒而无法参展的企业，凭拒签证明可全额退款（100%），不受上述时间限制。"
        "展会延期或取消的，亦全额退款。"
    )
    d.add_paragraph(
        "示例：7月25日申请退展（距开幕59天）退50%；8月23日（30天）退50%；8月24日（29天）退25%；9月8日（14天）不予退款。"
    )
    d.add_paragraph("联系：深圳办公室 shenzhen@signalsilk.example，电话 +86 755 5550 4471。")
    d.save(str(path))


# ---------------------------------------------------------------------------------------------
# Urdu docx, right to left: fees in digits, lakh and words, instalments, budget in crore
# ---------------------------------------------------------------------------------------------


def rtl_paragraph(paragraph):
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(OxmlElement("w:bidi"))
    for run in paragraph.runs:
        r_pr = run._r.get_or_add_rPr()
        r_pr.append(OxmlElement("w:rtl"))


def build_ur_docx(path: Path) -> None:
    d = docx.Document()
    paras = []
    paras.append(d.add_paragraph("سگنل سلک 2057 — شرکت کی فیس اور اقساط", style="Title"))
    for text in [
        "یہ نوٹس پاکستان ٹیلی کام اینڈ براڈکاسٹ سافٹ ویئر کونسل (PTBSC) نے پاک چین ٹیلی کام، نیٹ ورک اور براڈکاسٹ سافٹ ویئر پروگرام 2057 کے لیے جاری کیا ہے۔",
        "لانچ ویبینار 15 جنوری 2057 کو دوپہر 2 بجے سے 4 بجے تک (پاکستانی وقت) آن لائن ہوگا، جس میں 12 پاکستانی فرمیں اپنا تعارف (پچ) پیش کریں گی۔",
        "درخواستیں 5 فروری 2057 صبح 9 بجے سے 16 مارچ 2057 شام 5 بجے (پاکستانی وقت) تک جمع کرائی جا سکتی ہیں۔ نتائج کا اعلان 20 اپریل 2057 کو ہوگا۔",
        "پروگرام کا کل بجٹ 48 کروڑ روپے (PKR 480,000,000) ہے، جس میں سے 12 کروڑ روپے سائٹ وزٹ اور تجارتی میلے کے لیے مختص ہیں۔",
        "شرکت کی فیس فرم کے کل وقتی ملازمین کی تعداد (یکم جنوری 2057 کو) کے مطابق ہے۔ حدیں دونوں سروں سمیت ہیں۔",
    ]:
        paras.append(d.add_paragraph(text))
    rows = [
        [
            "ملازمین کی تعداد",
            "فیس (ہندسوں میں)",
            "لاکھ کے حساب سے",
            "الفاظ میں",
            "پہلی قسط (30 اپریل 2057 تک)",
            "دوسری قسط (31 جولائی 2057 تک)",
        ],
        ["1 تا 25", "60,000", "60,000 (0.6 لاکھ)", "ساٹھ ہزار روپے", "60,000 (پوری فیس ایک قسط میں)", "کوئی نہیں"],
        ["26 تا 100", "150,000", "1,50,000", "ایک لاکھ پچاس ہزار روپے", "75,000", "75,000"],
        ["101 تا 500", "240,000", "2,40,000", "دو لاکھ چالیس ہزار روپے", "1,20,000", "1,20,000"],
        ["501 یا اس سے زیادہ", "360,000", "3,60,000", "تین لاکھ ساٹھ ہزار روپے", "1,80,000", "1,80,000"],
    ]
    grid = d.add_table(rows=len(rows), cols=len(rows[0]))
    grid.style = "Table Grid"
    grid._tbl.tblPr.append(OxmlElement("w:bidiVisual"))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cell = grid.cell(i, j)
            cell.text = value
            paras.extend(cell.paragraphs)
    for text in [
        "پہلی قسط نتائج کے 10 دن کے اندر، یعنی 30 اپریل 2057 تک، اور دوسری قسط 31 جولائی 2057 تک ادا کرنی ہوگی۔ 1 تا 25 ملازمین والی فرمیں پوری فیس ایک ہی قسط میں 30 اپریل 2057 تک ادا کریں گی۔",
        "مثال: 100 ملازمین والی فرم 1,50,000 روپے ادا کرے گی (75,000 + 75,000)، جبکہ 101 ملازمین والی فرم 2,40,000 روپے (1,20,000 + 1,20,000) ادا کرے گی۔",
        "دوسری قسط میں تاخیر پر 5,000 روپے جرمانہ عائد ہوگا۔ اگر 31 اگست 2057 تک ادائیگی نہ ہوئی تو فرم کو تجارتی میلے سے خارج کیا جا سکتا ہے۔",
        "ادائیگی کے بارے میں سوالات: islamabad@signalsilk.example یا فون +92 51 5550 2057",
    ]:
        paras.append(d.add_paragraph(text))
    for p in paras:
        rtl_paragraph(p)
    d.save(str(path))


# ---------------------------------------------------------------------------------------------
# Directory
# ---------------------------------------------------------------------------------------------


def slug(name: str) -> str:
    words = re.sub(r"\(.*?\)|\b(Pvt|Ltd|Co|Inc)\b\.?", "", name).lower()
    words = re.sub(r"[^a-z0-9 ]", " ", words).split()
    return "".join(words[:2])


def R(
    id_,
    name,
    name_zh,
    city,
    founded,
    employees,
    services,
    industries,
    technologies,
    certs,
    languages,
    desc,
    desc_zh,
    pitched="no",
    email_user="partnerships",
):
    s = slug(name)
    return {
        "id": id_,
        "name": name,
        "name_zh": name_zh,
        "country": id_[:2],
        "city": city,
        "founded": str(founded),
        "employees": str(employees),
        "services": services,
        "industries": industries,
        "technologies": technologies,
        "certifications": certs,
        "languages": languages,
        "description": desc,
        "description_zh": desc_zh,
        "website": f"https://{s}.example",
        "contact_email": f"{email_user}@{s}.example",
        "pitched_at_webinar": pitched,
    }


ROWS = [
    R(
        "PK-001",
        "Indus Rating Systems (Pvt) Ltd",
        "印度河计费系统",
        "Karachi",
        2031,
        140,
        "telecom billing;real-time rating & charging;convergent billing (prepaid/postpaid)",
        "telecom;MVNO",
        "Java;Kafka;PostgreSQL",
        "ISO 27001;CMMI Level 3",
        "English;Urdu",
        "Builds convergent billing and real-time charging for mobile operators and MVNOs. Runs two billing stacks in production in the Gulf.",
        "为运营商和虚拟运营商提供融合计费与实时计费系统。",
    ),
    R(
        "PK-002",
        "Clifton Charging Labs",
        "克利夫顿计费实验室",
        "Karachi",
        2049,
        38,
        "online charging system (OCS);billing mediation;CDR mediation",
        "telecom",
        "Go;Diameter;Redis",
        "none",
        "English;Urdu;Mandarin",
        "A small team building online charging and CDR mediation on Diameter. Two engineers studied in Chengdu.",
        "专注在线计费与话单中介处理的小团队。",
    ),
    R(
        "PK-003",
        "Saddar Telco Software (Pvt) Ltd",
        "",
        "Karachi",
        2019,
        260,
        "BSS;billing and rating;CRM for telcos;revenue assurance",
        "telecom;cable TV",
        ".NET;Oracle",
        "ISO 9001",
        "English;Urdu",
        "Business support systems vendor for mid-size operators and cable networks, with billing, CRM and revenue assurance modules.",
        "",
        pitched="yes",
        email_user="sales",
    ),
    R(
        "PK-004",
        "Korangi Data Works",
        "科朗吉数据",
        "Karachi",
        2044,
        75,
        "interconnect billing;wholesale rating;carrier settlement",
        "telecom;wholesale carriers",
        "Python;ClickHouse",
        "ISO 27001",
        "English;Urdu;Sindhi",
        "Interconnect and wholesale billing for carriers, including international settlement.",
        "面向运营商的互联互通结算与批发计费。",
    ),
    R(
        "PK-005",
        "Ravi NOC Services (Pvt) Ltd",
        "拉维网络运维服务",
        "Lahore",
        2036,
        210,
        "NOC outsourcing;24x7 network monitoring",
        "telecom;tower companies",
        "Zabbix;ServiceNow",
        "ISO 20000;ISO 27001",
        "English;Urdu;Punjabi",
        "Runs outsourced network operations for two mobile operators and a fibre company from Lahore.",
        "在拉合尔为运营商提供外包网络运维与7x24监控。",
    ),
    R(
        "PK-006",
        "Gulberg Network Operations (Pvt) Ltd",
        "",
        "Lahore",
        2042,
        95,
        "network operations centre (NOC) staffing;alarm correlation;field alarm triage (small teams)",
        "telecom",
        "Prometheus;Grafana",
        "",
        "English;Urdu",
        "Supplies trained NOC engineers and alarm-correlation rules to operators.",
        "",
    ),
    R(
        "PK-007",
        "Shalimar Managed Services",
        "夏利玛托管服务",
        "Lahore",
        2012,
        430,
        "managed NOC/SOC;24/7 monitoring",
        "telecom;banking",
        "Splunk;ServiceNow",
        "ISO 27001;ISO 20000",
        "English;Urdu;Mandarin",
        "Managed network and security operations for telecom and banking clients since 2012.",
        "提供网络与安全托管运维服务。",
        pitched="yes",
    ),
    R(
        "PK-008",
        "Seaview Monitoring Co.",
        "海景监控",
        "Karachi",
        2047,
        120,
        "network operations center outsourcing;broadcast transmitter monitoring",
        "telecom;broadcasting",
        "Nagios;Python",
        "ISO 9001",
        "English;Urdu",
        "Monitors transmitter sites and core networks for broadcasters and operators around the clock.",
        "为广播电视与运营商提供发射台站和核心网监控。",
    ),
    R(
        "PK-009",
        "Port Grand Telecom Services (Pvt) Ltd",
        "港湾电信服务",
        "Karachi",
        2027,
        300,
        "NOC;OSS integration;fault management",
        "telecom",
        "Java;Elasticsearch",
        "ISO 27001;TL 9000",
        "English;Urdu;Mandarin",
        "Integrates OSS and fault-management tools and runs a NOC for regional carriers.",
        "提供OSS集成、故障管理与网络运维中心服务。",
    ),
    R(
        "PK-010",
        "Anarkali Telecom Solutions",
        "",
        "Lahore",
        2039,
        64,
        "telecom biling;call centre software",
        "telecom;retail",
        "PHP;MySQL",
        "none",
        "English;Urdu;Punjabi",
        "Billing and call-centre software for small operators and resellers.",
        "",
    ),
    R(
        "PK-011",
        "Margalla OSS Works (Pvt) Ltd",
        "马尔加拉运维支撑",
        "Islamabad",
        2029,
        340,
        "operations support systems (OSS);network inventory management;5GC test automation",
        "telecom;equipment vendors",
        "Java;Kubernetes;Camunda",
        "ISO 27001;CMMI Level 5",
        "English;Urdu;Mandarin",
        "Builds operations support systems and 5G core test automation for operators and vendors.",
        "为运营商和设备商开发运营支撑系统及5G核心网测试自动化。",
    ),
    R(
        "PK-012",
        "Potohar Telecom Consulting",
        "",
        "Rawalpindi",
        2045,
        60,
        "OSS/BSS consulting;network planning tools",
        "telecom",
        "Python;QGIS",
        "none",
        "English;Urdu",
        "Consultants for OSS/BSS selection and network planning tools for operators.",
        "",
    ),
    R(
        "PK-013",
        "Data Darbar Systems (Pvt) Ltd",
        "达尔巴数据系统",
        "Lahore",
        2016,
        520,
        "OSS/BSS transformation;TM Forum Open APIs",
        "telecom;cable TV",
        "Java;Angular;Kafka",
        "CMMI Level 3;ISO 27001",
        "English;Urdu;Mandarin",
        "Large OSS/BSS integrator working on catalogue-driven transformation programmes.",
        "大型OSS/BSS集成商。",
        pitched="yes",
        email_user="bd",
    ),
    R(
        "PK-014",
        "Khyber Telco Apps",
        "开伯尔电信应用",
        "Peshawar",
        2044,
        48,
        "operation support system customisation;tower asset management;site audits",
        "telecom;tower companies",
        "Odoo;Python",
        "",
        "English;Urdu;Pashto",
        "Customises operations support software and runs site audits for tower companies in Khyber Pakhtunkhwa.",
        "",
    ),
    R(
        "PK-015",
        "Bahria RA Analytics",
        "",
        "Islamabad",
        2041,
        150,
        "fraud management system (FMS);bypass fraud analytics;mediation (batch and real-time)",
        "telecom;mobile money",
        "Spark;Scala",
        "ISO 27001",
        "English;Urdu",
        "Fraud management and mediation platform used by two operators and a mobile-money provider.",
        "",
    ),
    R(
        "PK-016",
        "Model Town Assurance Labs",
        "模范镇保障实验室",
        "Lahore",
        2038,
        80,
        "Revenue Assurance audits;margin assurance;CDR mediation",
        "telecom;MVNO",
        "SQL Server;Power BI",
        "ISO 27001;ISO 9001",
        "English;Urdu;Chinese",
        "Revenue assurance audits and CDR mediation for operators and MVNOs.",
        "为运营商和虚拟运营商提供收入保障审计。",
    ),
    R(
        "PK-017",
        "Multan Signal Guard",
        "木尔坦信号卫士",
        "Multan",
        2047,
        45,
        "fraud management;SIM box detection;revenue assurance",
        "telecom",
        "Python;Neo4j",
        "none",
        "English;Urdu;Saraiki",
        "Detects SIM boxes and interconnect bypass with graph analytics.",
        "利用图分析检测SIM盒欺诈。",
    ),
    R(
        "PK-018",
        "Latifabad Telco Analytics",
        "",
        "Hyderabad",
        2050,
        22,
        "RA & fraud control (small teams);usage analytics",
        "telecom",
        "Python;DuckDB",
        "CMMI Level 2",
        "English;Urdu;Sindhi",
        "Two-person to six-person teams for revenue assurance and fraud control projects.",
        "",
    ),
    R(
        "PK-019",
        "Faizabad Radio Labs",
        "费扎巴德无线实验室",
        "Islamabad",
        2052,
        40,
        "RAN optimisation;drive-test analytics;eSIM provisioning",
        "telecom",
        "Python;Rust",
        "none",
        "English;Urdu",
        "Young RF team doing RAN optimisation from drive-test logs, plus eSIM provisioning tools.",
        "无线接入网优化与路测分析。",
    ),
    R(
        "PK-020",
        "Peshawar Drive Test Co.",
        "",
        "Peshawar",
        2038,
        110,
        "drive test post-processing;RF planning;IPTV headend integration",
        "telecom;cable TV",
        "MATLAB;C++",
        "ISO 9001",
        "English;Urdu;Pashto",
        "Post-processes drive-test data for operators and integrates IPTV headends for cable networks.",
        "",
    ),
    R(
        "PK-021",
        "Johar Town Wireless",
        "乔哈尔镇无线",
        "Lahore",
        2053,
        18,
        "radio access network (RAN) KPI dashboards;self-organising networks;5G core network testing",
        "telecom",
        "Rust;Grafana",
        "",
        "English;Urdu",
        "Start-up building RAN KPI dashboards and small 5G core test suites.",
        "",
    ),
    R(
        "PK-022",
        "Bolan Field Systems",
        "",
        "Quetta",
        2049,
        30,
        "drive testing (Balochistan routes);telecom tower inspections via drone;site asset registers",
        "telecom;tower companies",
        "Python;DJI SDK",
        "none",
        "English;Urdu;Balochi;Pashto",
        "Field team for drive tests and drone inspections of towers across Balochistan.",
        "",
    ),
    R(
        "PK-023",
        "Westridge Test Engineering (Pvt) Ltd",
        "西岭测试工程",
        "Rawalpindi",
        2021,
        220,
        "RAN optimization;5G core testing;interop testing",
        "telecom;equipment vendors",
        "Robot Framework;Python",
        "ISO 9001;ISO 27001",
        "English;Urdu;Mandarin",
        "Test engineering house for 5G core and RAN, working with equipment vendors.",
        "为设备商提供5G核心网与无线测试服务。",
        pitched="yes",
    ),
    R(
        "PK-024",
        "Blue Area Numbering Ltd",
        "蓝区号码",
        "Islamabad",
        2040,
        65,
        "MNP clearing house software;number portability database",
        "telecom;regulators",
        "Java;PostgreSQL",
        "ISO 27001",
        "English;Urdu",
        "Runs number portability clearing-house software and numbering databases.",
        "携号转网清算系统。",
    ),
    R(
        "PK-025",
        "Iqbal Town Telecom",
        "",
        "Lahore",
        2048,
        28,
        "号码携带;SIM provisioning",
        "telecom;MVNO",
        "Node.js",
        "none",
        "English;Urdu;Mandarin",
        "Small team for MVNO launches: SIM provisioning and number porting.",
        "为虚拟运营商提供SIM开通和携号转网。",
    ),
    R(
        "PK-026",
        "Defence Road SIM Systems (Pvt) Ltd",
        "国防路SIM系统",
        "Karachi",
        2033,
        150,
        "mobile number portability (MNP) integration;eSIM provisioning;SM-DP+ hosting",
        "telecom;IoT",
        "Java;HSM",
        "ISO 27001;GSMA SAS",
        "English;Urdu",
        "eSIM and SIM lifecycle platform with SM-DP+ hosting and MNP integration.",
        "eSIM远程配置平台。",
    ),
    R(
        "PK-027",
        "Nilore Ground Systems",
        "尼洛尔地面系统",
        "Islamabad",
        2035,
        90,
        "satellite ground-station software;telemetry & telecommand;spectrum monitoring",
        "satellite;broadcast contribution",
        "C++;Qt",
        "ISO 9001",
        "English;Urdu;Mandarin",
        "Ground-station control software and spectrum monitoring for satellite operators.",
        "卫星地面站控制软件与频谱监测。",
    ),
    R(
        "PK-028",
        "Keamari Skylink",
        "基阿马里天链",
        "Karachi",
        2045,
        55,
        "地面站软件;VSAT network management",
        "satellite;maritime",
        "Go;React",
        "none",
        "English;Urdu;Mandarin",
        "VSAT network management and ground software for maritime and remote sites.",
        "VSAT网管及地面站软件。",
    ),
    R(
        "PK-029",
        "Mall Road Orbit Labs",
        "",
        "Lahore",
        2050,
        14,
        "ground segment monitoring (small teams);orbit data visualisation",
        "satellite",
        "Python;CesiumJS",
        "",
        "English;Urdu",
        "Monitoring and visualisation tools for satellite ground segments.",
        "",
    ),
    R(
        "PK-030",
        "Lakshmi Chowk Streaming",
        "拉克希米流媒体",
        "Lahore",
        2041,
        70,
        "CDN integration;video transcoding;ABR packaging",
        "broadcasting;OTT",
        "FFmpeg;Go",
        "ISO 27001",
        "English;Urdu;Punjabi",
        "Video transcoding and CDN integration for broadcasters moving to OTT.",
        "视频转码与CDN集成。",
    ),
    R(
        "PK-031",
        "F-10 Media Cloud",
        "",
        "Islamabad",
        2049,
        33,
        "content delivery network tuning;live transcoding (HEVC/AV1);IPTV/OTT middleware",
        "OTT;broadcasting",
        "Rust;FFmpeg;Varnish",
        "none",
        "English;Urdu;Mandarin",
        "Tunes content delivery for live video and builds IPTV/OTT middleware.",
        "",
    ),
    R(
        "PK-032",
        "Boat Basin Streamworks (Pvt) Ltd",
        "船湾流媒体",
        "Karachi",
        2029,
        160,
        "CDN;DRM licensing;video analytics",
        "OTT;sports",
        "Java;Widevine",
        "ISO 27001",
        "English;Urdu",
        "Streaming delivery for sports and entertainment OTT services.",
        "体育与娱乐OTT流媒体分发。",
    ),
    R(
        "PK-033",
        "Lyallpur Video Tech",
        "莱亚尔普尔视频",
        "Faisalabad",
        2051,
        12,
        "video transcodeing;thumbnail generation",
        "media",
        "FFmpeg",
        "none",
        "English;Urdu;Punjabi",
        "Batch video processing for regional channels.",
        "",
    ),
    R(
        "PK-034",
        "Kohsar Fibre Maps (Pvt) Ltd",
        "科萨尔光纤地图",
        "Islamabad",
        2039,
        85,
        "fibre GIS;FTTH network planning;as-built documentation",
        "telecom;utilities",
        "PostGIS;QGIS",
        "ISO 9001",
        "English;Urdu",
        "Fibre GIS and FTTH planning for operators and utilities.",
        "光纤GIS与FTTH网络规划。",
    ),
    R(
        "PK-035",
        "Saddar Rawalpindi Netplan",
        "",
        "Rawalpindi",
        2050,
        24,
        "fiber route design;GIS data capture;hotel IPTV systems",
        "telecom;hospitality",
        "ArcGIS;Python",
        "none",
        "English;Urdu",
        "Designs fiber routes and installs IPTV systems for hotels.",
        "",
    ),
    R(
        "PK-036",
        "Tariq Road Broadcast Systems (Pvt) Ltd",
        "塔里克路广播系统",
        "Karachi",
        2018,
        190,
        "broadcast playout automation;newsroom computer system (NRCS)",
        "broadcasting;news",
        "C#;SQL Server",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Playout automation and newsroom systems used by news channels in Karachi.",
        "为新闻频道提供播出自动化和新闻制播系统。",
        pitched="yes",
    ),
    R(
        "PK-037",
        "Lyari Playout Studio",
        "",
        "Karachi",
        2054,
        20,
        "play-out scheduling;ad insertion;Mandarin speech-to-text",
        "broadcasting;radio",
        "Python;Kaldi",
        "",
        "English;Urdu;Mandarin",
        "Play-out scheduling and ad insertion for radio and small TV channels.",
        "",
    ),
    R(
        "PK-038",
        "Ichhra Newsroom Tech",
        "伊奇拉新闻技术",
        "Lahore",
        2037,
        75,
        "playout systems;on-air graphics for news channels;rundown tools",
        "broadcasting;news",
        "C++;Unreal Engine",
        "none",
        "English;Urdu;Punjabi",
        "On-air graphics, rundown tools and playout for news channels.",
        "新闻频道在线包装与播出系统。",
    ),
    R(
        "PK-039",
        "Tower Lane Asset Systems",
        "",
        "Multan",
        2052,
        26,
        "site asset management software;passive infrastructure inventory;GIS-based site registers",
        "tower companies;telecom",
        "Django;PostGIS",
        "none",
        "English;Urdu;Saraiki",
        "Site and passive-infrastructure inventory software for tower companies.",
        "",
    ),
    R(
        "PK-040",
        "Manora Tower Tech (Pvt) Ltd",
        "马诺拉铁塔科技",
        "Karachi",
        2030,
        140,
        "tower management software;energy monitoring for sites;NOC (network operations centre) for tower companies",
        "tower companies;energy",
        "Java;IoT gateways",
        "ISO 14001;ISO 9001",
        "English;Urdu",
        "Tower management, site energy monitoring and a NOC for tower companies.",
        "铁塔管理与站点能耗监控。",
    ),
    R(
        "PK-041",
        "Shakarparian Speech Labs",
        "沙卡帕里安语音实验室",
        "Islamabad",
        2043,
        58,
        "Urdu speech recognition;automatic subtitling;transcription services",
        "broadcasting;government",
        "PyTorch;Kaldi",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Urdu speech recognition and automatic subtitles for broadcasters.",
        "乌尔都语语音识别与自动字幕。",
    ),
    R(
        "PK-042",
        "Shadman Voice AI",
        "",
        "Lahore",
        2051,
        22,
        "ASR for broadcast (Urdu/Punjabi);closed captions",
        "broadcasting",
        "PyTorch",
        "none",
        "English;Urdu;Punjabi",
        "Speech recognition and live captions for Urdu and Punjabi broadcasts.",
        "",
    ),
    R(
        "PK-043",
        "Qasimabad Subtitles",
        "卡西马巴德字幕",
        "Hyderabad",
        2046,
        15,
        "subtitling & translation (Sindhi/Urdu/Chinese);caption QC",
        "broadcasting;OTT",
        "Subtitle Edit",
        "none",
        "English;Urdu;Sindhi;Mandarin",
        "Human subtitling and caption quality control in Sindhi, Urdu and Chinese.",
        "信德语、乌尔都语和中文字幕翻译。",
    ),
    R(
        "PK-044",
        "Cantt IVR Systems",
        "坎特IVR系统",
        "Multan",
        2040,
        45,
        "IVR development;call-center software;voice biometrics",
        "telecom;banking",
        "Asterisk;Python",
        "ISO 9001",
        "English;Urdu;Saraiki",
        "IVR flows, call-center software and voice biometrics for operators and banks.",
        "IVR与呼叫中心软件。",
    ),
    R(
        "PK-045",
        "Clock Tower Contact Solutions",
        "",
        "Faisalabad",
        2048,
        70,
        "contact centre platform;outbound dialer",
        "telecom;retail;textiles",
        "FreeSWITCH;Node.js",
        "none",
        "English;Urdu;Punjabi",
        "Contact centre platform and outbound dialer for operators and retailers.",
        "",
    ),
    R(
        "PK-046",
        "Sialkot Voice Gateways",
        "锡亚尔科特语音网关",
        "Sialkot",
        2043,
        34,
        "IVR (Punjabi prompts);SMS gateway",
        "telecom;sports goods exporters",
        "Kamailio;Go",
        "",
        "English;Urdu;Punjabi",
        "Voice and SMS gateways with Punjabi IVR prompts for exporters and operators.",
        "",
    ),
    R(
        "PK-047",
        "Badami Bagh IPTV Labs",
        "",
        "Lahore",
        2034,
        110,
        "IPTV middleware;set-top box UI;EPG management",
        "cable TV;hospitality",
        "Kotlin;Android TV",
        "ISO 9001",
        "English;Urdu",
        "IPTV middleware and set-top box user interfaces for cable operators and hotels.",
        "",
    ),
    R(
        "PK-048",
        "Sea Breeze OTT (Pvt) Ltd",
        "海风OTT",
        "Karachi",
        2046,
        40,
        "OTT middleware;subscriber management for cable operators;churn dashboards",
        "OTT;cable TV",
        "Java;React",
        "none",
        "English;Urdu;Mandarin",
        "OTT middleware and subscriber management for cable operators going online.",
        "OTT中间件与用户管理。",
    ),
    R(
        "PK-049",
        "Hunza Spectrum Analytics",
        "罕萨频谱分析",
        "Gilgit",
        2053,
        11,
        "RF spectrum analytics (small teams);interference hunting",
        "regulators;telecom",
        "Python;SDR",
        "none",
        "English;Urdu",
        "Spectrum analytics and interference hunting in the northern areas.",
        "频谱分析与干扰排查。",
    ),
    R(
        "PK-050",
        "Capital Telecom Academy",
        "首都电信学院",
        "Islamabad",
        2008,
        35,
        "telecom training;Chinese language courses for engineers",
        "telecom;education",
        "Moodle",
        "ISO 21001",
        "English;Urdu;Mandarin",
        "Trains telecom engineers and teaches technical Chinese.",
        "电信工程师培训与技术中文课程。",
        pitched="yes",
    ),
    R(
        "CN-001",
        "Lingnan Mobile Networks Co., Ltd.",
        "岭南移动网络有限公司",
        "Guangzhou",
        2011,
        5200,
        "mobile network operation;5G SA rollout;enterprise private networks",
        "telecom operator",
        "",
        "ISO 27001;TL 9000",
        "Mandarin;Cantonese;English",
        "Regional mobile operator in southern China; buyer of OSS, billing and RAN tools.",
        "华南区域移动运营商。",
    ),
    R(
        "CN-002",
        "Huaxia Tower Services Co.",
        "华夏铁塔服务有限公司",
        "Shenzhen",
        2016,
        3100,
        "tower leasing;shared site infrastructure;铁塔运维",
        "tower company",
        "",
        "ISO 9001",
        "Mandarin;English",
        "Tower company leasing shared sites to operators.",
        "向运营商出租共享铁塔站址。",
    ),
    R(
        "CN-003",
        "Xiangjiang Cable Network Co.",
        "湘江有线网络有限公司",
        "Changsha",
        2003,
        1800,
        "cable TV distribution;broadband over cable;智慧广电",
        "cable TV;broadcasting",
        "",
        "",
        "Mandarin",
        "Provincial cable network in Hunan.",
        "湖南省有线电视网络。",
    ),
    R(
        "CN-004",
        "Bashu Radio & Television Group",
        "巴蜀广播电视集团",
        "Chengdu",
        1998,
        2600,
        "TV and radio broadcasting;news production;融媒体中心",
        "broadcasting;radio;television",
        "",
        "ISO 9001",
        "Mandarin;English",
        "Provincial radio and television group in Sichuan.",
        "四川省级广播电视集团。",
    ),
    R(
        "CN-005",
        "Tianlu Satcom Co.",
        "天路卫星通信",
        "Beijing",
        2024,
        700,
        "satellite capacity leasing;teleport operations;卫星宽带",
        "satellite communications;maritime connectivity",
        "",
        "ISO 9001",
        "Mandarin;English",
        "Satellite operator selling capacity and teleport services.",
        "卫星容量与信关站服务。",
    ),
    R(
        "CN-006",
        "Qianhai Edge CDN Technology",
        "前海边缘云CDN科技",
        "Shenzhen",
        2030,
        450,
        "CDN services;edge caching;视频转码",
        "video streaming;gaming",
        "",
        "ISO 27001",
        "Mandarin;English",
        "CDN provider with edge caching and transcoding.",
        "CDN与边缘缓存服务商。",
    ),
    R(
        "CN-007",
        "Yunque Mobile",
        "云雀移动",
        "Hangzhou",
        2035,
        260,
        "MVNO services;IoT connectivity plans;customer self-care apps",
        "MVNO;IoT",
        "",
        "none",
        "Mandarin",
        "Mobile virtual network operator focused on IoT plans.",
        "专注物联网套餐的虚拟运营商。",
    ),
    R(
        "CN-008",
        "Pearl River Optical Networks",
        "珠江光网络",
        "Shenzhen",
        2009,
        8800,
        "optical transport equipment;5G fronthaul;OLT/ONT devices",
        "equipment vendor;telecom",
        "",
        "ISO 9001;TL 9000",
        "Mandarin;English",
        "Optical transport and access equipment vendor.",
        "光传输与接入设备商。",
    ),
    R(
        "CN-009",
        "Minjiang Media Cloud Co.",
        "闽江融媒云",
        "Fuzhou",
        2028,
        520,
        "IPTV platform operation;OTT apps for provincial TV;广电云",
        "broadcasting;television;IPTV",
        "",
        "",
        "Mandarin;English",
        "Runs IPTV and OTT platforms for a provincial broadcaster.",
        "为省级广电运营IPTV与OTT平台。",
    ),
    R(
        "CN-010",
        "Kunlun Wireless Instruments",
        "昆仑无线仪器",
        "Xi'an",
        2019,
        900,
        "signal analysers;protocol testers;test automation for vendors",
        "equipment vendor;test & measurement",
        "",
        "ISO 9001;ISO 17025",
        "Mandarin;English",
        "Maker of signal analysers and protocol testers.",
        "信号分析仪与协议测试仪制造商。",
    ),
]


def build_directory(path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=V.COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(ROWS)
    path.write_text(buffer.getvalue(), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Questions (frozen)
# ---------------------------------------------------------------------------------------------

OVERVIEW = "signal-silk-overview.md"
RULES = "participation-rules.txt"
CATALOGUE = "services-tariff-catalogue.md"
OFFICES = "offices-and-support.html"
PDF = "grant-guide-2057.pdf"
QA = "grant-questions-and-answers.md"
CALL_ZH = "grant-call-zh.txt"
DOCX_ZH = "schedule-subsidy-refunds-zh.docx"
DOCX_UR = "fees-instalments-ur.docx"
MD_UR = "site-visit-and-expo-ur.md"
CHANGES = "changes-since-2055.md"
STAFF = ["secretariat@signalsilk.example", "+92 51 5550 2057"]


def P(id_, question, sources, answers, note):
    return dict(
        id=id_,
        kind="programme",
        question=question,
        expected_sources=sources,
        expected_companies=[],
        answer_must_contain_any=answers,
        note=note,
    )


def D(id_, question, note):
    return dict(
        id=id_,
        kind="directory",
        question=question,
        expected_sources=[],
        expected_companies=None,
        answer_must_contain_any=None,
        note=note,
    )


def U(id_, question, note, answers=None):
    return dict(
        id=id_,
        kind="unanswerable",
        question=question,
        expected_sources=[],
        expected_companies=[],
        answer_must_contain_any=answers if answers is not None else [],
        note=note,
    )


QUESTIONS = [
    # ---------------- en ----------------
    P(
        "s22-en-01",
        "hi, we are a 45-person billing shop in Multan. how much is the participation fee for a firm our size?",
        [RULES, DOCX_UR],
        ["150,000", "PKR 150,000", "1,50,000"],
        "fee band lookup with the asker's head count (26-100); fee table in English and Urdu",
    ),
    P(
        "s22-en-02",
        "who actually organised that feb 2022 shanghai webinar the programme keeps mentioning?",
        [OVERVIEW],
        [
            "Trade Development Authority",
            "TDAP",
            "Shanghai Software Industry Association",
            "Software Business Union of Shanghai",
            "Consulate General of Pakistan",
        ],
        "the only real facts; stated only in the overview",
    ),
    P(
        "s22-en-03",
        "can we bring more than 2 people to the events? what does an extra delegate cost",
        [RULES],
        ["35,000", "PKR 35,000"],
        "table footnote: the extra-delegate figure is stated nowhere else",
    ),
    P(
        "s22-en-04",
        "does the grant pay for registering our software copyright in china? whats the max we can claim",
        [PDF],
        ["5,000", "5,000 per product", "80%"],
        "answer in Table 2 (continued) on page 3 of the PDF; the Q&A page only points there",
    ),
    P(
        "s22-en-05",
        "We have 180 staff. What booth subsidy would we get at the Shenzhen expo?",
        [DOCX_ZH],
        ["50%", "30,000", "3万元"],
        "head-count band 51-200; fact stated only in the Chinese docx, asked in English",
    ),
    P(
        "s22-en-06",
        "in the 2055 pilot the fee was 90k flat for everyone. is that still the fee in 2057 for a 30 person company?",
        [CHANGES, RULES, DOCX_UR],
        ["150,000", "PKR 150,000", "1,50,000"],
        "2055 vs 2057: must give the 2057 band fee, not the 2055 PKR 90,000",
    ),
    P(
        "s22-en-07",
        "need a grade B interpreter this saturday from 7pm to 10pm for a call with a chinese operator, how much will it cost??",
        [CATALOGUE],
        ["29,400", "PKR 29,400", "9,800"],
        "computed: weekend rate replaces night rate, 3 hours x PKR 9,800 = PKR 29,400",
    ),
    P(
        "s22-en-08",
        "our pilot on the buyer's live network went down at 2am on a sunday (in november). how soon does your support desk respond?",
        [OFFICES],
        ["2 hours"],
        "SLA table: severity 1 x out of hours (not the freeze window in November)",
    ),
    P(
        "s22-en-09",
        "we just signed a contract worth exactly $250,000 with an alliance buyer — what success fee do we owe the council?",
        [RULES],
        ["3,750", "USD 3,750", "1.5%"],
        "contract-value band boundary (250,000 is still in the 1.5% band)",
    ),
    D(
        "s22-en-10",
        "I'm with a chinese MVNO, looking for pakistani vendors for telecom billing / rating in Karachi. who is there?",
        "service + city; wordings billing, rating, charging",
    ),
    D(
        "s22-en-11",
        "which pakistani companies do operations support systems and have at least 100 employees?",
        "spelled-out OSS matched against OSS, OSS/BSS rows; size filter",
    ),
    D(
        "s22-en-12",
        "any firms in lahore that do NOC outsourcing or 24x7 network monitoring?",
        "acronym NOC and 24x7/24/7 wordings + city",
    ),
    D(
        "s22-en-13",
        "which companies in your directory pitched at the 23 feb 2022 shanghai webinar?",
        "pitched_at_webinar = yes (the 2022 webinar)",
    ),
    D(
        "s22-en-14",
        "need a revenue assurance or fraud management partner that does NOT have ISO 27001 (budget reasons lol). who?",
        "without certification X; every matching row has known certifications",
    ),
    D(
        "s22-en-15",
        "looking for RAN optimisation / drive test firms founded in 2050 or later",
        "service + founded; RAN, radio access network, drive test wordings",
    ),
    U(
        "s22-en-16",
        "what's the weather usually like in shenzhen during the expo week in september? should i pack an umbrella",
        "off-topic: weather, phrased with the programme's expo",
    ),
    U(
        "s22-en-17",
        "my phone screen cracked, where in lahore can i get it repaired cheaply?",
        "off-topic: phone repair",
    ),
    U(
        "s22-en-18",
        "what are the opening hours of your quetta office? want to drop off our documents in person",
        "near miss: there is no Quetta office (the page lists Quetta among cities without one)",
        [*STAFF, "Karachi"],
    ),
    U(
        "s22-en-19",
        "what do you charge for urdu voice-over dubbing of a 30 minute broadcast promo?",
        "near miss: the tariff catalogue has no dubbing or voice-over service",
        STAFF,
    ),
    U(
        "s22-en-20",
        "which companies pitched at the january 2057 launch webinar? can i get the list",
        "near miss: the documents give the number (12) but never name the 2057 pitchers",
        STAFF,
    ),
    # ---------------- zh ----------------
    P(
        "s22-zh-01",
        "请问今年申请截止是几号几点？要北京时间",
        [OVERVIEW, RULES, DOCX_ZH],
        ["20:00", "3月16日", "16 March 2057"],
        "time-zone conversion stated in all three sources",
    ),
    P(
        "s22-zh-02",
        "我们是新疆的运营商，试点有150个站点，最多能补贴多少？",
        [CALL_ZH],
        ["36万", "360,000"],
        "site band (101+ = L) plus the regional uplift for Xinjiang; uplift stated only in Chinese",
    ),
    P(
        "s22-zh-03",
        "我们是虚拟运营商MVNO 跟巴方公司做试点 用户大概80万 补贴上限多少啊",
        [CALL_ZH],
        ["15万", "150,000"],
        "exception: MVNO buyers capped at tier M whatever the scale",
    ),
    P(
        "s22-zh-04",
        "一家公司最多能去几个人？超出的每人要加多少钱",
        [RULES],
        ["35,000", "PKR 35,000"],
        "English-only table footnote asked in Chinese",
    ),
    P(
        "s22-zh-05",
        "如果我们8月10号申请退展，展位费能退多少？",
        [DOCX_ZH],
        ["50%"],
        "refund band by days before 22 September (43 days falls in 30-59)",
    ),
    P(
        "s22-zh-06",
        "国庆封网是从哪天到哪天？封网期间可以上线试点吗",
        [DOCX_ZH, RULES, OVERVIEW],
        ["9月28日", "28 September"],
        "change-freeze window and its exception",
    ),
    P(
        "s22-zh-07",
        "进网许可测试的费用，补贴上限是多少？补贴比例呢",
        [PDF],
        ["40,000", "40,000 per product"],
        "answer in Table 2 (continued) on page 2 of the PDF, asked in Chinese",
    ),
    P(
        "s22-zh-08",
        "深圳展会巴基斯坦馆在几号馆啊",
        [OVERVIEW, DOCX_ZH, MD_UR, CHANGES],
        ["6号馆", "Hall 6", "ہال نمبر 6"],
        "hall stated in three languages; 2055 used Hall 3",
    ),
    P(
        "s22-zh-09",
        "2055年试点最后签了几个合同？总金额多少",
        [CHANGES, OVERVIEW],
        ["3.4 million", "USD 3.4 million"],
        "2055 pilot figures (English only)",
    ),
    D(
        "s22-zh-10",
        "有没有巴基斯坦公司做号码携带（携号转网）的？",
        "Chinese need; the directory writes MNP / number portability, one row in Chinese",
    ),
    D(
        "s22-zh-11",
        "想找做卫星地面站软件的巴基斯坦公司，有推荐吗",
        "Chinese need; directory writes ground-station / ground segment in English, one row in Chinese",
    ),
    D(
        "s22-zh-12",
        "参加项目的中国企业里，哪些是电视台、广电或者有线电视网络？",
        "which Chinese firms take part, restricted to broadcasters and cable networks",
    ),
    D(
        "s22-zh-13",
        "CDN和视频转码两样都能做的巴方公司有哪些",
        "two services; content delivery network spelled out in one row, transcoding typo in another",
    ),
    D(
        "s22-zh-14",
        "伊斯兰堡或者拉瓦尔品第 有做光纤GIS或者网络规划的公司吗",
        "service + two cities; fibre/fiber spellings",
    ),
    U("s22-zh-15", "上海到杭州的高铁票怎么买最方便？", "off-topic: train tickets"),
    U("s22-zh-16", "帮我写一首关于春节的小诗呗", "off-topic: poem"),
    U(
        "s22-zh-17",
        "2055年试点的时候，考察团每人收费多少？",
        "near miss: the documents give 2057 site-visit fees but no 2055 site-visit fee",
        STAFF,
    ),
    U(
        "s22-zh-18",
        "听说项目在西安还有一场“丝路之夜”招待酒会，是几号？",
        "near miss: an event the documents never mention",
        STAFF,
    ),
    # ---------------- ur ----------------
    P(
        "s22-ur-01",
        "ہماری کمپنی میں 101 ملازمین ہیں۔ ہماری فیس کتنی ہوگی اور قسطیں کتنی کتنی ہوں گی؟",
        [DOCX_UR, RULES],
        ["2,40,000", "240,000", "1,20,000"],
        "band boundary 101 -> 101-500; instalments stated only in Urdu",
    ),
    P(
        "s22-ur-02",
        "سگنل سلک پروگرام کا کل بجٹ کتنا ہے؟",
        [DOCX_UR],
        ["48 کروڑ", "480,000,000"],
        "total budget in crore, Urdu only",
    ),
    P(
        "s22-ur-03",
        "سائٹ وزٹ میں شینزن اور چینگدو دونوں جانا ہو تو فی مندوب فیس کتنی ہے؟",
        [MD_UR],
        ["1,85,000", "185,000"],
        "site-visit fee, Urdu only",
    ),
    P(
        "s22-ur-04",
        "لاہور آفس کب کھلا ہوتا ہے اور اس کا فون نمبر کیا ہے؟",
        [OFFICES],
        ["+92 42 5550 3344", "5550 3344", "09:30"],
        "English-only office page asked in Urdu",
    ),
    P(
        "s22-ur-05",
        "ہمارے پاس ترجمے کے لیے 51 صفحات ہیں، کتنے دن لگیں گے؟",
        [CATALOGUE],
        ["10 working days"],
        "turnaround volume band boundary (51 pages -> 51-150)",
    ),
    P(
        "s22-ur-06",
        "2057 کا لانچ ویبینار کب ہے اور اس میں کتنی کمپنیاں پچ کریں گی؟",
        [OVERVIEW, DOCX_ZH, DOCX_UR],
        ["15 جنوری 2057", "15 January 2057", "1月15日"],
        "the 2057 launch webinar (not the 2022 webinar); date in three languages",
    ),
    P(
        "s22-ur-07",
        "اگر دوسری قسط وقت پر نہ دی تو کیا جرمانہ ہوگا؟",
        [DOCX_UR],
        ["5,000"],
        "late-payment fine, Urdu docx only",
    ),
    D(
        "s22-ur-08",
        "کراچی میں براڈکاسٹ پلے آؤٹ سافٹ ویئر بنانے والی کمپنیاں کون سی ہیں؟",
        "service + city; playout / play-out wordings",
    ),
    D(
        "s22-ur-09",
        "کراچی کے علاوہ پاکستان میں ٹاور یا سائٹ ایسٹ مینجمنٹ کا کام کون سی فرمیں کرتی ہیں؟",
        "not in city Y",
    ),
    D(
        "s22-ur-10",
        "ایسی کمپنی چاہیے جو اردو اسپیچ ریکگنیشن بھی کرے اور سب ٹائٹلنگ بھی",
        "two services; ASR vs speech recognition, captions vs subtitling",
    ),
    D(
        "s22-ur-11",
        "ملتان یا فیصل آباد میں کال سینٹر یا IVR سافٹ ویئر والی کمپنیاں؟",
        "service + two cities; call-center/contact centre wordings",
    ),
    U("s22-ur-12", "آج پاکستان اور انگلینڈ کے کرکٹ میچ کا اسکور کیا ہے؟", "off-topic: cricket score"),
    U(
        "s22-ur-13",
        "چین کے سیاحتی ویزے کے لیے کون سے کاغذات چاہئیں؟ میں چھٹیوں پر جانا چاہتا ہوں",
        "off-topic: tourist visa",
    ),
    U(
        "s22-ur-14",
        "5G کور لیب کی ماہانہ سبسکرپشن کتنے کی ہے؟",
        "near miss: the catalogue prices 4-hour lab slots, not a monthly subscription",
        STAFF,
    ),
    # ---------------- ur-Latn ----------------
    P(
        "s22-ul-01",
        "bhai hamari company mein exactly 25 log hain, fee 60 hazar hogi ya 1.5 lakh?",
        [RULES, DOCX_UR],
        ["60,000", "PKR 60,000"],
        "band boundary 25 -> 1-25",
    ),
    P(
        "s22-ul-02",
        "site visit ki registration ki last date kya hai aur total kitni seats hain?",
        [MD_UR],
        ["15 May 2057", "15 مئی 2057"],
        "Urdu-only facts (deadline, 40 seats) asked in Roman Urdu",
    ),
    P(
        "s22-ul-03",
        "hum 2055 pilot mein thay aur hamari CEO khatoon hain, site visit pe dono discount mil jayenge?",
        [MD_UR],
        ["20%", "20 فیصد"],
        "discount rule: not combined, only the higher (20%) applies; Urdu only",
    ),
    P(
        "s22-ul-04",
        "grade A interpreter raat ko chahiye, per hour kitne ka parega?",
        [CATALOGUE],
        ["13,000"],
        "grade x shift lookup",
    ),
    P(
        "s22-ul-05",
        "peshawar mein aap ka office hai? agar nahi to hamein kaun sa office dekhega",
        [OFFICES],
        ["Islamabad"],
        "city without an office and the office that serves it",
    ),
    P(
        "s22-ul-06",
        "ek company 2057 mein kitni grant applications de sakti hai aur faisla kitne din mein aata hai?",
        [QA],
        ["21 working days", "2 applications", "two applications"],
        "facts the Q&A page states on its own",
    ),
    P(
        "s22-ul-07",
        "staff secondment ke liye grant mein per month kitna milta hai aur kitne mahine tak?",
        [PDF],
        ["9,000", "9,000/month"],
        "answer in Table 2 (continued) on page 3 of the PDF",
    ),
    D("s22-ul-08", "IPTV ya OTT middleware wali pakistani companies batao, lekin Islamabad wali nahi", "not in city Y"),
    D(
        "s22-ul-09",
        "SIM/eSIM provisioning karne wali choti firms chahiye, 50 se kam employees",
        "service + size; SIM box detection must not count",
    ),
    D(
        "s22-ul-10",
        "mediation karne wali companies jin ka staff Mandarin ya Chinese bol sakta ho",
        "service + working language (Mandarin / Chinese)",
    ),
    D(
        "s22-ul-11",
        "5G core testing wali companies chahiye jin ke 300 se zyada employees hon, koi hai?",
        "service + size; 5GC abbreviation",
    ),
    U("s22-ul-12", "yaar koi achi chicken biryani ki recipe bata do", "off-topic: recipe"),
    U(
        "s22-ul-13",
        "2055 pilot mein launch webinar pe kitni companies ne pitch kiya tha?",
        "near miss: a 2055 figure the documents do not give",
        STAFF,
    ),
    U(
        "s22-ul-14",
        "expo mein pakistan pavilion ka stand design contractor kaun hai? uska number chahiye",
        "near miss: no stand-design contractor is named",
        STAFF,
    ),
    # ---------------- mixed ----------------
    P(
        "s22-mx-01",
        "hamari pilot 120 sites pe chal rahi hai, grant ka tier kya banega? 最高能补多少钱",
        [PDF, CALL_ZH],
        ["300,000", "30万", "30万元"],
        "site band lookup (101+ = tier L); grant table in English and Chinese",
    ),
    P(
        "s22-mx-02",
        "China mein drive test van 十月十号 ko hire karni hai, per day kitna lagega?",
        [CATALOGUE],
        ["2,100"],
        "season rule: 10 October is off-peak (from 8 October)",
    ),
    P(
        "s22-mx-03",
        "visa refuse ho gaya to 展位费 refund milega? hum expo se sirf 5 din pehle cancel kar rahe hain",
        [DOCX_ZH],
        ["全额退款", "100%"],
        "exception to the refund table (visa refusal), Chinese only",
    ),
    P(
        "s22-mx-04",
        "我们的买方在云南, Chengdu office ka address kya hai?",
        [OFFICES],
        ["Jincheng Digital Tower", "77 Yizhou Avenue"],
        "province -> China office table, then address",
    ),
    P(
        "s22-mx-05",
        "grant ka final claim 截止日期 kya hai? Table 3 wala",
        [PDF],
        ["31 January 2058"],
        "Table 3 on page 3 of the PDF, which the Q&A page refers to",
    ),
    P(
        "s22-mx-06",
        "封网期间 sev 2 ticket raise kiya to response time kya hai?",
        [OFFICES],
        ["2 hours"],
        "SLA severity 2 x change-freeze window",
    ),
    D(
        "s22-mx-07",
        "spectrum monitoring wali pakistani firms 有哪些?",
        "spectrum monitoring / RF spectrum analytics wordings",
    ),
    D(
        "s22-mx-08",
        "karachi mein network operations centre outsourcing kaun karta hai? 要靠谱的",
        "spelled-out network operations centre matched against NOC rows",
    ),
    D("s22-mx-09", "深圳的中国企业 jo is programme mein hain, unke naam?", "which Chinese firms take part, by city"),
    U("s22-mx-10", "明天 karachi mein barish hogi kya? weather batao", "off-topic: weather"),
    U(
        "s22-mx-11",
        "iPhone ki battery 换一下 Shenzhen mein kitne ki padegi?",
        "off-topic: phone repair in the expo city",
    ),
    U("s22-mx-12", "PSL final 谁赢了 bhai?", "off-topic: sports"),
    U(
        "s22-mx-13",
        "GBNB Expo ka 门票 price kya hai for visitors? 我们的客户想去参观",
        "near miss: visitor tickets are never priced",
        STAFF,
    ),
    U(
        "s22-mx-14",
        "satellite ground station test lab ka 租金 per slot kitna hai?",
        "near miss: the catalogue has 5G core and IPTV labs only, no satellite lab",
        STAFF,
    ),
]

LANG = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}


def build_questions(path: Path, rows) -> None:
    by_id = {r["id"]: r for r in rows}
    lines = []
    for q in QUESTIONS:
        item = {
            "id": q["id"],
            "lang": LANG[q["id"].split("-")[1]],
            "kind": q["kind"],
            "question": q["question"],
            "expected_sources": q["expected_sources"],
            "expected_companies": q["expected_companies"],
            "answer_must_contain_any": q["answer_must_contain_any"],
            "note": q["note"],
        }
        if q["kind"] == "directory":
            ids = sorted(r["id"] for r in rows if V.FILTERS[q["id"]](r))
            item["expected_companies"] = ids
            item["answer_must_contain_any"] = [by_id[i]["name"] for i in ids]
        lines.append(json.dumps({k: item[k] for k in V.FIELDS}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    PROG.mkdir(parents=True, exist_ok=True)
    build_pdf(PROG / PDF)
    build_zh_docx(PROG / DOCX_ZH)
    build_ur_docx(PROG / DOCX_UR)
    build_directory(SAMPLE / "directory.csv")
    rows = V.load_directory()
    build_questions(HERE / "questions-22.jsonl", rows)
    print(f"wrote {len(list(PROG.iterdir()))} documents, {len(rows)} companies, {len(QUESTIONS)} questions")


if __name__ == "__main__":
    main()
