"""Build held-out sample 26 ("Green Ledger 2065"): the binary documents (pdf, docx), directory.csv and
questions-26.jsonl. The .md, .txt and .html documents are written by hand and are not touched here.

Run from the repository root:  .venv/bin/python tests/data/build_sample26.py
expected_companies are computed with the filters of validate_sample26.py.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import pypdf  # noqa: E402
import validate_sample26 as V  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from pypdf.generic import ContentStream  # noqa: E402
from sample_text import COLUMNS, FIELDS  # noqa: E402

from tests.files import write_pdf  # noqa: E402

KB = HERE / "sample-26"
DOCS = KB / "programme"


# ----------------------------------------------------------------------------------------------
# PDF: matching guide, 3 pages, Table 2 continues with its header repeated, two-column page 3
# ----------------------------------------------------------------------------------------------

HEAD = "Green Ledger 2065 - Matching Guide - GL-MG-2065"
COLS_X = [50, 95, 165, 315, 385, 550]
HEADER = ["Code", "Date", "Buyer sector", "City", "Service track", "Seats"]
SESSIONS = [
    ["MS-01", "7 Jul 2065", "Textile & garment exporters", "Shaoxing", "ESG reporting (GRI/ISSB)", "10"],
    ["MS-02", "8 Jul 2065", "Textile & garment exporters", "Ningbo", "Supply-chain traceability", "8"],
    ["MS-03", "10 Jul 2065", "Steel exporters (CBAM)", "Tangshan", "CBAM declarations", "12"],
    ["MS-04", "11 Jul 2065", "Steel exporters (CBAM)", "Shanghai*", "GHG inventory software", "12"],
    ["MS-05", "15 Jul 2065", "Banks with green-loan books", "Shanghai", "Green-loan tagging", "6"],
    ["MS-06", "16 Jul 2065", "Banks with green-loan books", "Shenzhen", "Carbon-credit registry", "6"],
    ["MS-07", "20 Jul 2065", "Property developers", "Chongqing", "Building management systems", "8"],
    ["MS-08", "21 Jul 2065", "Property developers", "Hangzhou", "Energy audit analytics", "8"],
    ["MS-09", "23 Jul 2065", "Logistics fleets", "Shenzhen", "EV charging software", "10"],
    ["MS-10", "24 Jul 2065", "Logistics fleets", "Guangzhou*", "Fleet emissions MRV", "10"],
    ["MS-11", "28 Jul 2065", "Industrial parks", "Suzhou", "Smart metering (IoT)", "9"],
    ["MS-12", "29 Jul 2065", "Industrial parks", "Tianjin", "Energy audit analytics", "9"],
    # page 2
    ["MS-13", "4 Aug 2065", "Aluminium exporters (CBAM)", "Foshan", "CBAM declarations", "12"],
    ["MS-14", "5 Aug 2065", "Aluminium exporters (CBAM)", "Baotou", "Product carbon footprint / LCA", "8"],
    ["MS-15", "11 Aug 2065", "City environment bureaus", "Chengdu", "Methane monitoring (satellite)", "5"],
    ["MS-16", "12 Aug 2065", "City environment bureaus", "Lanzhou*", "MRV platforms", "5"],
    ["MS-17", "18 Aug 2065", "Solar-panel makers", "Wuxi", "Life-cycle assessment", "8"],
    ["MS-18", "19 Aug 2065", "Wind and solar operators", "Yinchuan", "SCADA dashboards", "8"],
    ["MS-19", "25 Aug 2065", "Textile & garment exporters", "Guangzhou", "Water footprint tools", "8"],
    ["MS-20", "26 Aug 2065", "Textile & garment exporters", "Keqiao*", "CSRD reporting", "10"],
    ["MS-21", "1 Sep 2065", "Banks with green-loan books", "Beijing*", "Climate-risk dashboards", "6"],
    ["MS-22", "2 Sep 2065", "Steel exporters (CBAM)", "Wuhan", "Scope 3 supplier data", "10"],
    ["MS-23", "15 Sep 2065", "Property developers", "Shenzhen", "Sustainability dashboards / BI", "8"],
    ["MS-24", "16 Sep 2065", "Logistics fleets", "Chongqing", "EV charging software", "10"],
    # page 3
    ["MS-25", "22 Sep 2065", "Solar-panel makers", "Changzhou", "Supply-chain traceability", "8"],
    ["MS-26", "23 Sep 2065", "Industrial parks", "Hefei", "Building management systems", "9"],
    ["MS-27", "6 Oct 2065", "City environment bureaus", "Kunming", "Deforestation monitoring", "5"],
    ["MS-28", "7 Oct 2065", "Aluminium exporters (CBAM)", "Shanghai*", "Climate-model data annotation", "6"],
    ["MS-29", "13 Oct 2065", "Solar-panel makers", "Hefei", "Solar plant monitoring", "8"],
    ["MS-30", "14 Oct 2065", "All sectors (catch-up day)", "Shanghai", "All tracks", "15"],
]
FOOTNOTE = [
    "* Sessions marked * are held online through the portal. Each session lasts 3 hours; Mandarin-English",
    "  interpretation is provided by the SPLCA at no cost to firms. Seats = Pakistani firms per session.",
]
ROW_H = 18


def _table(top: float, title: str, rows: list[list[str]]) -> tuple[list, list]:
    """Texts and rules of a ruled table whose header row sits at y=top."""
    texts = [(50, top + 20, title)]
    for x, h in zip(COLS_X, HEADER):
        texts.append((x, top, h))
    for i, row in enumerate(rows, start=1):
        for x, cell in zip(COLS_X, row):
            texts.append((x, top - i * ROW_H, cell))
    y_top = top + 13
    y_bottom = top - len(rows) * ROW_H - 5
    rules = [(45, y_top - k * ROW_H, 580, y_top - k * ROW_H) for k in range(len(rows) + 2)]
    rules[-1] = (45, y_bottom, 580, y_bottom)
    rules += [(x - 5, y_top, x - 5, y_bottom) for x in COLS_X] + [(580, y_top, 580, y_bottom)]
    return texts, rules


def _chrome(n: int) -> list:
    return [(50, 765, HEAD), (430, 765, "Issued 15 March 2065"), (500, 30, f"Page {n} of 3")]


def build_pdf() -> None:
    p1 = [
        *_chrome(1),
        (50, 730, "Matching Guide 2065: sessions between Pakistani firms and Chinese buyers"),
        (50, 712, "Table 1 sets out the session formats. Table 2 lists every matching session of the 2065 round;"),
        (50, 698, "it continues on pages 2 and 3. Only shortlisted firms can book seats, through the portal."),
        (50, 672, "Table 1 - Session formats"),
        (50, 656, "On-site session: 3 hours at the buyer's city; one confirmed meeting per buyer table."),
        (50, 642, "Online session (*): 3 hours on the portal; up to 4 buyers per virtual room."),
    ]
    t, rules1 = _table(600, "Table 2 - Matching sessions by buyer sector, July to October 2065", SESSIONS[:12])
    p1 += [*t, (50, 70, FOOTNOTE[0]), (50, 58, FOOTNOTE[1])]

    p2 = _chrome(2)
    t, rules2 = _table(700, "Table 2 (continued)", SESSIONS[12:24])
    p2 += [*t, (50, 70, FOOTNOTE[0]), (50, 58, FOOTNOTE[1])]

    p3 = _chrome(3)
    t, rules3 = _table(700, "Table 2 (continued)", SESSIONS[24:])
    p3 += [*t, (50, 570, FOOTNOTE[0]), (50, 558, FOOTNOTE[1])]
    p3 += [(50, 520, "GREEN LEDGER NEWSLETTER - SPRING 2065")]
    rules3 = [*rules3, (45, 532, 580, 532), (300, 512, 300, 370)]
    left = [
        "EXPO LOGISTICS",
        "The Pakistan Pavilion at the Pujiang",
        "Low-Carbon Technology Expo 2065 is in",
        "Hall 5, booths 5A-12 to 5A-30, from 8 to",
        "10 September 2065. Build-up day is",
        "7 September; exhibitors collect their",
        "badges at Gate 3 from 14:00. Shared",
        "booth fees are set out in the Urdu",
        "delegation guide.",
    ]
    right = [
        "MRV SANDBOX CORNER",
        "The shared MRV sandbox for shortlisted",
        "firms opens on 2 June 2065 with",
        "40 free seats. Each seat runs until",
        "31 August 2065. Extra seats cost",
        "USD 150 per month. Book a seat on the",
        "portal under Tools > Sandbox. The",
        "sandbox holds synthetic data from",
        "three steel plants and one textile mill.",
    ]
    for i, (a, b) in enumerate(zip(left, right)):
        y = 498 - i * 14
        p3 += [(50, y, a), (310, y, b)]

    path = DOCS / "matching-guide-2065.pdf"
    write_pdf(path, p1, rules=rules1, more_pages=[p2, p3])
    # write_pdf rules only the first page; draw the same kind of grid on the continued pages
    reader = pypdf.PdfReader(str(path))
    writer = pypdf.PdfWriter()
    for n, page in enumerate(reader.pages):
        writer.add_page(page)
    for page, rules in zip(writer.pages[1:], (rules2, rules3)):
        data = page.get_contents().get_data()
        data += "".join(f"0.5 w {x0} {y0} m {x1} {y1} l S\n" for x0, y0, x1, y1 in rules).encode("latin-1")
        stream = ContentStream(None, writer)
        stream.set_data(data)
        page.replace_contents(stream)
    with path.open("wb") as out:
        writer.write(out)


# ----------------------------------------------------------------------------------------------
# DOCX helpers
# ----------------------------------------------------------------------------------------------


def _grid(document, rows: list[list[str]]):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return table


def _rtl(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, OxmlElement("w:bidi"))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:rtl"))


def build_zh_docx() -> None:
    d = docx.Document()
    d.add_paragraph("绿色账本2065：时间安排、设备补贴与退费规则", style="Title")
    d.add_paragraph("发布单位：中巴低碳供应链联盟（SPLCA）秘书处　2065年3月12日　本文件适用于中方采购方")
    d.add_heading("一、重要日期", level=1)
    d.add_paragraph("表1　2065年重要日期（北京时间）")
    _grid(
        d,
        [
            ["事项", "日期（北京时间）"],
            ["启动网络研讨会（线上，12家巴方企业路演）", "2065年3月6日 18:00"],
            ["申报开放", "2065年4月1日 13:00"],
            ["申报截止", "2065年4月30日 20:00"],
            ["巴方企业申报费全额退还截止", "2065年5月15日"],
            ["结果公布", "2065年6月16日"],
            ["巴哈瓦尔布尔光伏电站考察", "2065年8月6日"],
            ["浦江低碳技术博览会（上海，5号馆，巴基斯坦馆展位5A-12至5A-30）", "2065年9月8日至10日"],
            ["中期报告截止", "2065年10月30日"],
            ["最终报告截止", "2066年1月29日"],
            ["春节暂停评审", "2066年2月2日至2月12日"],
        ],
    )
    d.add_heading("二、智能计量设备补贴", level=1)
    d.add_paragraph(
        "采购方在园区或工厂部署巴方企业的智能电表、物联网传感器等计量设备的，按部署台数给予补贴。"
        "档位含本数；全部设备按所在档位的单价计算，不分段累进。"
    )
    d.add_paragraph("表2　设备补贴标准（按部署台数）")
    _grid(
        d,
        [
            ["部署台数", "每台补贴（元）", "每家采购方上限"],
            ["1–200台", "60", "25万元"],
            ["201–1,000台", "45", "25万元"],
            ["1,001–5,000台", "30", "25万元"],
            ["5,001台及以上", "20", "25万元"],
        ],
    )
    d.add_paragraph("例：部署200台按60元计，部署201台按45元计；部署1,000台按45元计，部署1,001台按30元计。")
    d.add_heading("三、光伏电站考察参团费退费", level=1)
    d.add_paragraph(
        "中方采购方参加2065年8月6日巴哈瓦尔布尔光伏电站考察，参团费每人6,800元。退出时按距考察日的天数退还参团费："
    )
    d.add_paragraph("表3　参团费退费比例")
    _grid(
        d,
        [
            ["退出时间（距2065年8月6日）", "退还比例"],
            ["提前60天及以上", "100%"],
            ["提前30–59天", "50%"],
            ["提前8–29天", "20%"],
            ["提前7天及以内", "不退"],
        ],
    )
    d.add_paragraph(
        "例外：因签证被拒无法成行的（须提供使馆拒签通知），不论何时退出，均全额退还参团费，扣除手续费500元。"
    )
    d.add_paragraph("联系：上海办事处　shanghai@greenledger.example　+86 21 5550 2065")
    d.save(str(DOCS / "schedule-dates-subsidy-refunds-zh.docx"))


def build_ur_docx() -> None:
    d = docx.Document()
    paras = []
    paras.append(d.add_paragraph("گرین لیجر ۲۰۶۵ — ایکسپورٹ ریڈینس گرانٹ: رقوم اور اقساط", style="Title"))
    paras.append(
        d.add_paragraph(
            "یہ گرانٹ ان پاکستانی فرموں کو ملتی ہے جو کسی چینی خریدار کے ساتھ پائلٹ معاہدے پر دستخط کرتی ہیں۔ "
            "گرانٹ کی رقم معاہدے کی مالیت (امریکی ڈالر) کے بینڈ پر منحصر ہے؛ بینڈ کی حدیں شامل ہیں۔ "
            "۵,۰۰۰ ڈالر سے کم کے معاہدے پر گرانٹ نہیں ملتی۔"
        )
    )
    paras.append(
        d.add_paragraph(
            "اقساط: پہلی قسط گرانٹ معاہدے پر دستخط کے بعد (جولائی ۲۰۶۵)، دوسری قسط عبوری رپورٹ "
            "(۳۰ اکتوبر ۲۰۶۵) کی منظوری پر اور تیسری قسط حتمی رپورٹ (۲۹ جنوری ۲۰۶۶) کی منظوری پر ادا ہو گی۔"
        )
    )
    rows = [
        ["زمرہ", "معاہدے کی مالیت (امریکی ڈالر)", "گرانٹ (ہندسوں میں)", "لاکھ میں", "الفاظ میں", "اقساط"],
        ["بینڈ 1", "5,000 تا 24,999", "PKR 500,000", "5,00,000", "پانچ لاکھ روپے", "دو اقساط: ۶۰٪ اور ۴۰٪"],
        ["بینڈ 2", "25,000 تا 99,999", "PKR 1,000,000", "10,00,000", "دس لاکھ روپے", "تین اقساط: ۴۰٪، ۳۰٪، ۳۰٪"],
        ["بینڈ 3", "100,000 یا زائد", "PKR 1,500,000", "15,00,000", "پندرہ لاکھ روپے", "تین اقساط: ۴۰٪، ۳۰٪، ۳۰٪"],
        [
            "سفری ٹاپ اپ (گلگت بلتستان اور بلوچستان کی فرمیں)",
            "—",
            "PKR 150,000",
            "1,50,000",
            "ایک لاکھ پچاس ہزار روپے",
            "ایک قسط، پہلی قسط کے ساتھ",
        ],
    ]
    table = _grid(d, rows)
    tblpr = table._tbl.tblPr
    tblpr.append(OxmlElement("w:bidiVisual"))
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                _rtl(p)
    paras.append(
        d.add_paragraph(
            "مثال: ۲۵,۰۰۰ ڈالر کا معاہدہ بینڈ 2 میں آتا ہے اور اس پر دس لاکھ روپے ملیں گے؛ "
            "۱,۰۰,۰۰۰ ڈالر کا معاہدہ بینڈ 3 میں آتا ہے۔"
        )
    )
    paras.append(
        d.add_paragraph(
            "پروگرام کا کل گرانٹ بجٹ ۱۲ کروڑ روپے (PKR 120,000,000) ہے، جس میں سے ۴ کروڑ ۹۵ لاکھ روپے "
            "ریزرو ہیں۔ گرانٹ شیڈولڈ بینک کے پاکستانی روپے اکاؤنٹ میں منتقل کی جاتی ہے۔"
        )
    )
    paras.append(d.add_paragraph("رابطہ: grants@greenledger.example — پی سی ٹی ایس سی سیکریٹریٹ، اسلام آباد"))
    for p in paras:
        _rtl(p)
    d.save(str(DOCS / "grant-instalments-ur.docx"))


def build_eligibility_docx() -> None:
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "Ref. GL/ELG/2065-04 | Green Ledger 2065 | Eligibility criteria"
    section.footer.paragraphs[
        0
    ].text = "GL/ELG/2065-04 - Version 2.1 - issued 1 March 2065 - PCTSC Secretariat, Islamabad"
    d.add_paragraph("Green Ledger 2065: Eligibility Criteria for Pakistani Firms", style="Title")
    d.add_paragraph(
        "A Pakistani firm may apply only if it meets every criterion below on the closing date of the "
        "application window (30 April 2065). Scoring of eligible applications is covered by the participation rules."
    )
    d.add_heading("Criteria", level=1)
    for text in [
        "The firm is registered in Pakistan (a company registered with the SECP, or a partnership or sole "
        "proprietorship registered with the FBR) and has traded for at least 24 months.",
        "The firm sells at least one climate, carbon accounting or ESG software product or service that is in "
        "paid use by at least one client.",
        "At least three staff members have completed GHG Protocol or ISO 14064 training within the last "
        "36 months; copies of the certificates are attached to the application.",
        "The firm appears on the FBR Active Taxpayers List on the application date.",
        "The firm has a written data-protection policy signed by a director; ISO 27001 certification meets "
        "this criterion on its own.",
        "The firm is not owned, in whole or in part, by a Chinese buyer taking part in the same matching round.",
    ]:
        d.add_paragraph(text, style="List Number")
    d.add_heading("Exception", level=1)
    d.add_paragraph(
        "Firms registered in Gilgit-Baltistan or Azad Jammu and Kashmir meet the trading-period criterion "
        "with 12 months of trading instead of 24."
    )
    d.add_paragraph("Questions: eligibility@greenledger.example")
    d.save(str(DOCS / "eligibility-criteria.docx"))


# ----------------------------------------------------------------------------------------------
# Directory
# ----------------------------------------------------------------------------------------------

# id, name, name_zh, city, founded, employees, services, industries, technologies, certifications,
# languages, description, description_zh, pitched
COMPANIES = [
    (
        "PK-001",
        "Indus Carbon Ledger (Pvt) Ltd",
        "印度河碳账本",
        "Karachi",
        2012,
        140,
        "GHG inventory software;scope 3 emissions tracking;CBAM declarations;sustainability dashboards",
        "textiles;steel;cement",
        "Python;PostgreSQL;Azure",
        "ISO 14064;ISO 27001",
        "English;Urdu;Mandarin",
        "Builds GHG inventory software for exporters that must report scope 1-3 figures to European buyers. "
        "Also prepares CBAM declarations for steel and textile clients.",
        "为出口企业提供温室气体盘查软件和CBAM申报服务。",
        "yes",
    ),
    (
        "PK-002",
        "Ravi Metrics",
        "",
        "Lahore",
        2055,
        32,
        "energy audit analytics;smart metering (IoT);BI dashboards;load profiling",
        "textiles;industrial parks",
        "Node.js;InfluxDB;Grafana",
        "ISO 50001",
        "English;Urdu;Punjabi",
        "Energy audit analytics and IoT smart metering for spinning and weaving mills.",
        "",
        "no",
    ),
    (
        "PK-003",
        "Margalla Earth Observation",
        "马尔加拉地球观测",
        "Islamabad",
        2031,
        58,
        "satellite monitoring;deforestation monitoring;methane detection (satellite);geospatial dashboards;land-use change analytics",
        "forestry;oil and gas;city government",
        "Python;Google Earth Engine;PyTorch",
        "ISO 27001",
        "English;Urdu",
        "Satellite and remote-sensing monitoring of forest cover and methane plumes for companies and cities.",
        "提供卫星遥感监测服务，覆盖森林砍伐和甲烷排放。",
        "no",
    ),
    (
        "PK-004",
        "Sialkot Trace Systems",
        "锡亚尔科特溯源系统",
        "Sialkot",
        2057,
        21,
        "supply-chain traceability;cotton traceability & product passports;supplier onboarding portals",
        "textiles;garments;sports goods",
        "Hyperledger Fabric;Go;React",
        "none",
        "English;Urdu;Punjabi",
        "Traceability software for sports-goods and garment supply chains.",
        "",
        "no",
    ),
    (
        "PK-005",
        "Clifton Green Reporting",
        "克利夫顿绿色报告",
        "Karachi",
        2038,
        85,
        "ESG reporting;GRI reporting;ISSB / IFRS S2 disclosures;double materiality assessment;TCFD-aligned climate reports",
        "banking;real estate",
        "Java;React;PostgreSQL",
        "ISO 27001;B Corp",
        "English;Urdu",
        "ESG reporting software and advisory for banks and property developers.",
        "为银行和地产企业提供ESG报告软件。",
        "no",
    ),
    (
        "PK-006",
        "Chenab LCA Studio",
        "",
        "Faisalabad",
        2058,
        12,
        "life cycle assessment;product carbon footprint;EPD preparation",
        "textiles;garments",
        "openLCA;Python",
        "",
        "English;Urdu",
        "A small studio doing life cycle assessment and product carbon footprints for home-textile exporters.",
        "",
        "no",
    ),
    (
        "PK-007",
        "Khyber Grid Analytics",
        "开伯尔电网分析",
        "Peshawar",
        2041,
        57,
        "solar plant monitoring;SCADA dashboards;energy audit analytics;inverter fault alerts",
        "solar;utilities",
        "Python;Modbus;Grafana",
        "ISO 50001;ISO 27001",
        "English;Urdu;Pashto",
        "Monitors solar plants and feeders in Khyber Pakhtunkhwa with SCADA dashboards and energy audits.",
        "为光伏电站提供SCADA监控看板。",
        "no",
    ),
    (
        "PK-008",
        "Quetta Sun Data",
        "",
        "Quetta",
        2059,
        16,
        "solar plant monitoring;off-grid solar remote monitoring;pump telemetry",
        "solar;agriculture",
        "ESP32;MQTT;Python",
        "none",
        "English;Urdu;Balochi",
        "Remote monitoring for solar plants and off-grid solar pumps in Balochistan.",
        "",
        "no",
    ),
    (
        "PK-009",
        "Potohar Building Tech",
        "波多哈尔楼宇科技",
        "Rawalpindi",
        2036,
        120,
        "BMS;HVAC optimisation;IoT metering;fire-alarm integration;lift and pump energy monitoring",
        "real estate;hospitals",
        "BACnet;Niagara;Python",
        "ISO 50001",
        "English;Urdu",
        "Designs and integrates BMS and HVAC optimisation for hospitals and office towers.",
        "楼宇自控系统集成。",
        "no",
    ),
    (
        "PK-010",
        "Multan Cotton Ledger",
        "",
        "Multan",
        2056,
        28,
        "supply chain tracability (cotton);farm-level GHG estimates;grower payments app",
        "textiles;agriculture",
        "Flutter;Firebase",
        "none",
        "English;Urdu;Saraiki",
        "Tracks cotton from ginners to spinners and estimates farm-level emissions.",
        "",
        "no",
    ),
    (
        "PK-011",
        "Hyderabad Water Footprint Labs",
        "海德拉巴水足迹实验室",
        "Hyderabad",
        2054,
        19,
        "water footprint tools;irrigation water accounting;effluent dashboards",
        "agriculture;textiles",
        "R;Python",
        "ISO 14001",
        "English;Urdu;Sindhi",
        "Water footprint tools for denim mills and the farms that supply them.",
        "为纺织企业提供水足迹工具。",
        "no",
    ),
    (
        "PK-012",
        "GreenVolt EV Software",
        "绿伏电动汽车软件",
        "Lahore",
        2040,
        64,
        "EV charging software;fleet electrification planning;charge-point management (OCPP);电动汽车充电管理",
        "logistics;transport",
        "Kotlin;OCPP;AWS",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "EV charging software and charge-point management for delivery fleets.",
        "为物流车队提供电动汽车充电软件。",
        "no",
    ),
    (
        "PK-013",
        "Skardu Glacier Sensing",
        "",
        "Skardu",
        2060,
        9,
        "remote sensing analytics;glacier and snow monitoring;flood risk mapping",
        "water;city government",
        "Python;QGIS",
        "none",
        "English;Urdu;Balti",
        "Remote sensing of glaciers and snow cover for water planners.",
        "",
        "no",
    ),
    (
        "PK-014",
        "Gilgit Hydro Metrics",
        "吉尔吉特水电计量",
        "Gilgit",
        2058,
        14,
        "hydropower plant monitoring;SCADA dashboard",
        "utilities",
        "Node-RED;Grafana",
        "",
        "English;Urdu;Shina",
        "Monitoring dashboards for small hydropower plants.",
        "",
        "no",
    ),
    (
        "PK-015",
        "Gwadar Port Emissions",
        "",
        "Gwadar",
        2061,
        11,
        "port emissions inventory;GHG inventories (small teams);ship fuel data checks",
        "logistics;shipping",
        "Python;Excel",
        "none",
        "English;Urdu;Balochi",
        "Small team preparing port and shipping emission inventories.",
        "",
        "no",
    ),
    (
        "PK-016",
        "Lahore Label Works",
        "拉合尔标注工坊",
        "Lahore",
        2014,
        230,
        "data annotation for climate models;image labelling;satellite image annotation",
        "AI;climate research",
        "CVAT;Python;Label Studio",
        "ISO 27001;CMMI Level 3",
        "English;Urdu;Mandarin",
        "Annotates satellite images, sensor series and documents for climate-model training.",
        "为气候模型提供数据标注服务。",
        "yes",
    ),
    (
        "PK-017",
        "Kohsar MRV Systems",
        "科萨尔MRV系统",
        "Islamabad",
        2017,
        96,
        "MRV platform;carbon credit registry software;forest carbon project monitoring;MRV for rice methane projects",
        "carbon markets;forestry",
        "Django;PostgreSQL",
        "ISO 14064;ISO 27001",
        "English;Urdu;Mandarin",
        "MRV platform and registry software for forest carbon projects.",
        "提供MRV平台和碳信用登记软件。",
        "yes",
    ),
    (
        "PK-018",
        "Thar Carbon Registry",
        "",
        "Karachi",
        2045,
        38,
        "carbon-credit registry;green finance platforms;issuance workflow",
        "banking;carbon markets",
        "Java;Hyperledger Besu",
        "ISO 27001",
        "English;Urdu;Sindhi",
        "Registry and issuance software for voluntary carbon credits.",
        "",
        "no",
    ),
    (
        "PK-019",
        "Lyari Fleet Telematics",
        "",
        "Karachi",
        2057,
        44,
        "electric vehicle charging platform;fleet telematics;fleet carbon accounting",
        "logistics",
        "Go;TimescaleDB",
        "none",
        "English;Urdu",
        "Telematics and an electric vehicle charging platform for urban delivery fleets.",
        "",
        "no",
    ),
    (
        "PK-020",
        "Saddar Sustainability Partners",
        "萨达尔可持续发展伙伴",
        "Rawalpindi",
        2029,
        180,
        "sustainability reporting;CSRD reporting;materiality assessments;GRI reports",
        "manufacturing;banking",
        "Power BI;SAP",
        "ISO 14001;CMMI Level 3",
        "English;Urdu",
        "Sustainability reporting and CSRD reports for exporters to the EU.",
        "",
        "no",
    ),
    (
        "PK-021",
        "Lahore Ledger Analytics",
        "拉合尔账本分析",
        "Lahore",
        2009,
        260,
        "carbon accounting software;ESG reporting;sustainability dashboards;Scope 3 supplier surveys",
        "steel;textiles;banking",
        "Python;Snowflake;Power BI",
        "ISO 27001;ISO 14064;CMMI Level 5",
        "English;Urdu;Mandarin",
        "Carbon accounting software and ESG reporting for large exporters and banks.",
        "为大型出口企业和银行提供碳核算软件与ESG报告。",
        "yes",
    ),
    (
        "PK-022",
        "Faisalabad Energy Audit Co.",
        "",
        "Faisalabad",
        2033,
        75,
        "energy audits;energy audit analytics;compressed air leak analytics;boiler efficiency tests",
        "textiles",
        "Python;LabVIEW",
        "ISO 50001",
        "English;Urdu;Punjabi",
        "Walk-through and detailed energy audits for textile mills, with analytics.",
        "",
        "no",
    ),
    (
        "PK-023",
        "Peshawar Forest Watch",
        "白沙瓦森林观察",
        "Peshawar",
        2059,
        18,
        "deforestation monitoring;remote sensing analytics;fire alerts",
        "forestry",
        "Python;Sentinel Hub",
        "none",
        "English;Urdu;Pashto",
        "Deforestation alerts from satellite data for forest departments and buyers.",
        "",
        "no",
    ),
    (
        "PK-024",
        "Islamabad Green Finance Tech",
        "",
        "Islamabad",
        2043,
        52,
        "green-loan tagging software;green finance platforms;ESG risk scoring;sustainable finance taxonomy mapping",
        "banking",
        ".NET;SQL Server",
        "ISO 27001",
        "English;Urdu",
        "Green-loan tagging and ESG risk scoring for banks.",
        "",
        "no",
    ),
    (
        "PK-025",
        "Karachi CBAM Desk",
        "卡拉奇CBAM服务台",
        "Karachi",
        2060,
        23,
        "carbon border adjustment reporting;embedded emissions calculation & EU importer liaison",
        "steel;aluminium",
        "Python;Excel",
        "none",
        "English;Urdu;Mandarin",
        "Carbon border adjustment reporting for steel and aluminium exporters.",
        "为钢铝出口企业提供CBAM申报服务。",
        "no",
    ),
    (
        "PK-026",
        "Indus Delta Water Tools",
        "",
        "Hyderabad",
        2052,
        27,
        "water footprinting;wastewater MRV;water risk screening",
        "textiles;food processing",
        "Python;PostGIS",
        "ISO 14001",
        "English;Urdu;Sindhi",
        "Water footprinting and wastewater MRV for mills.",
        "",
        "no",
    ),
    (
        "PK-027",
        "Jhimpir Wind Analytics",
        "金皮尔风电分析",
        "Karachi",
        2034,
        66,
        "wind farm SCADA;solar plant monitoring;predictive maintenance;wind resource assessment",
        "wind;solar;utilities",
        "Python;OPC UA;Azure",
        "ISO 27001",
        "English;Urdu",
        "SCADA analytics and predictive maintenance for wind farms and solar plants.",
        "风电场和光伏电站监控分析。",
        "no",
    ),
    (
        "PK-028",
        "Model Town IoT",
        "",
        "Lahore",
        2056,
        40,
        "internet of things sensors;smart metering;power quality monitoring",
        "industrial parks;real estate",
        "ESP32;LoRaWAN;Node.js",
        "ISO 50001",
        "English;Urdu;Punjabi",
        "Internet of things sensors and smart meters for industrial estates.",
        "",
        "no",
    ),
    (
        "PK-029",
        "Multan Solar Monitoring",
        "木尔坦光伏监控",
        "Multan",
        2054,
        33,
        "solar plant monitoring;SCADA dashboards;光伏电站监控",
        "solar",
        "Python;Modbus",
        "none",
        "English;Urdu;Saraiki",
        "Solar plant monitoring for utility-scale plants in south Punjab.",
        "南旁遮普光伏电站监控。",
        "no",
    ),
    (
        "PK-030",
        "Sialkot ESG Works",
        "",
        "Sialkot",
        2058,
        26,
        "sustainability reporting (small teams);GRI reporting;supplier code-of-conduct audits",
        "sports goods;leather",
        "Google Sheets;Python",
        "none",
        "English;Urdu;Punjabi",
        "Sustainability reporting for small sports-goods and leather exporters.",
        "",
        "no",
    ),
    (
        "PK-031",
        "Blue Area Analytics",
        "蓝区分析",
        "Islamabad",
        2027,
        150,
        "BI dashboards;sustainability dashboards;data engineering;carbon price dashboards",
        "banking;government",
        "Power BI;Databricks",
        "ISO 27001;CMMI Level 3",
        "English;Urdu",
        "Business intelligence and sustainability dashboards for banks and ministries.",
        "",
        "no",
    ),
    (
        "PK-032",
        "Karakoram LCA",
        "喀喇昆仑生命周期评价",
        "Islamabad",
        2057,
        22,
        "LCA;EPD preparation;生命周期评价",
        "construction materials;steel",
        "SimaPro;Python",
        "ISO 14001",
        "English;Urdu;Mandarin",
        "LCA studies and EPDs for cement and steel products.",
        "为水泥和钢铁产品做生命周期评价。",
        "no",
    ),
    (
        "PK-033",
        "Gulberg Building Systems",
        "",
        "Lahore",
        2032,
        110,
        "building management systems integration;energy audit analytics;chiller plant optimisation",
        "real estate;hospitals",
        "BACnet;KNX",
        "ISO 50001;ISO 14001",
        "English;Urdu",
        "Building management systems integration and energy audits for hospitals and malls.",
        "",
        "no",
    ),
    (
        "PK-034",
        "Clifton EV Labs",
        "",
        "Karachi",
        2059,
        15,
        "EV charging software;battery analytics",
        "logistics;transport",
        "Rust;OCPP",
        "",
        "English;Urdu",
        "EV charging software and battery analytics for electric rickshaw fleets.",
        "",
        "no",
    ),
    (
        "PK-035",
        "Ravi MRV Labs",
        "拉维MRV实验室",
        "Lahore",
        2053,
        36,
        "measurement, reporting and verification;methane detection (satellite);rice-paddy emissions models",
        "oil and gas;agriculture",
        "Python;xarray",
        "ISO 14064",
        "English;Urdu",
        "Measurement, reporting and verification of methane from oil fields and rice paddies.",
        "",
        "no",
    ),
    (
        "PK-036",
        "Hazara Climate Annotation",
        "",
        "Abbottabad",
        2060,
        45,
        "data annotation for climate models;text annotation (Urdu);audio transcription (Pashto, Urdu)",
        "AI",
        "Label Studio",
        "none",
        "English;Urdu;Hindko",
        "Annotation team for climate-model training data and Urdu text.",
        "",
        "no",
    ),
    (
        "PK-037",
        "Korangi Industrial Energy",
        "科朗吉工业能源",
        "Karachi",
        2030,
        90,
        "energy audit analytics;IoT metering;compressed air analytics",
        "industrial parks;steel",
        "Python;MQTT;AWS",
        "ISO 50001;ISO 27001",
        "English;Urdu",
        "Energy audit analytics and IoT metering for industrial parks and steel mills.",
        "为产业园区提供能源审计分析。",
        "no",
    ),
    (
        "PK-038",
        "Sindh Supply Chain Trace",
        "",
        "Hyderabad",
        2055,
        30,
        "supply-chain traceability;digital product passports",
        "textiles;food processing",
        "Go;PostgreSQL",
        "ISO 27001",
        "English;Urdu;Sindhi",
        "Supply-chain traceability and digital product passports for textiles and food.",
        "",
        "no",
    ),
    (
        "PK-039",
        "Lahore GHG Works",
        "",
        "Lahore",
        2058,
        8,
        "greenhouse gas accounting;scope 1 and 2 inventories;carbon footprint calculator for SMEs",
        "SMEs;textiles",
        "Excel;Python",
        "none",
        "English;Urdu",
        "Greenhouse gas accounting for small manufacturers.",
        "",
        "no",
    ),
    (
        "PK-040",
        "Islamabad ESG Cloud",
        "伊斯兰堡ESG云",
        "Islamabad",
        2046,
        70,
        "ISSB / IFRS S2 disclosures;climate scenario analysis;ESG reporting",
        "banking;insurance",
        "Python;Azure",
        "ISO 27001;B Corp",
        "English;Urdu;Mandarin",
        "Cloud software for ISSB and IFRS S2 climate disclosures.",
        "提供ISSB气候披露云软件。",
        "no",
    ),
    (
        "PK-041",
        "Faisalabad Textile Carbon",
        "费萨拉巴德纺织碳管理",
        "Faisalabad",
        2044,
        55,
        "carbon accounting software;CBAM declarations;LCA (textiles);product carbon footprints",
        "textiles",
        "Python;Django",
        "ISO 14064",
        "English;Urdu;Punjabi",
        "Carbon accounting, CBAM declarations and LCA for textile exporters.",
        "为纺织出口企业提供碳核算和CBAM申报。",
        "no",
    ),
    (
        "PK-042",
        "Peshawar Smart Buildings",
        "",
        "Peshawar",
        2057,
        24,
        "BMS;smart metering (IoT);access control",
        "real estate;education",
        "Niagara;LoRaWAN",
        "",
        "English;Urdu;Pashto",
        "BMS and smart metering for universities and office buildings.",
        "",
        "no",
    ),
    (
        "PK-043",
        "Quetta Methane Watch",
        "",
        "Quetta",
        2061,
        10,
        "methane leak detection;remote sensing analytics",
        "oil and gas;mining",
        "Python;Sentinel Hub",
        "none",
        "English;Urdu;Pashto",
        "Methane leak detection from satellite and drone data.",
        "",
        "no",
    ),
    (
        "PK-044",
        "Multan Green Dashboards",
        "",
        "Multan",
        2059,
        13,
        "sustainability dashboards;Power BI reportng;KPI scorecards",
        "agriculture;SMEs",
        "Power BI",
        "",
        "English;Urdu;Saraiki",
        "Dashboards for agri-businesses.",
        "",
        "no",
    ),
    (
        "PK-045",
        "Karachi Data Annotation House",
        "卡拉奇数据标注之家",
        "Karachi",
        2011,
        310,
        "data annotation;satellite image labelling;LiDAR annotation",
        "AI;autonomous vehicles;climate research",
        "CVAT;Python",
        "ISO 27001;CMMI Level 3",
        "English;Urdu;Mandarin",
        "Large annotation house labelling satellite, LiDAR and sensor data.",
        "大型数据标注公司。",
        "yes",
    ),
    (
        "PK-046",
        "Rawalpindi Water Tools",
        "",
        "Rawalpindi",
        2062,
        7,
        "water footprint tools;rainwater harvesting calculators",
        "textiles",
        "Python",
        "none",
        "English;Urdu",
        "A start-up building water footprint tools.",
        "",
        "no",
    ),
    (
        "PK-047",
        "Gwadar Solar & Wind Monitoring",
        "",
        "Gwadar",
        2058,
        20,
        "solar plant monitoring & wind farm SCADA",
        "utilities",
        "Python",
        "",
        "English;Urdu;Balochi",
        "Monitoring for hybrid solar and wind plants on the Makran coast.",
        "",
        "no",
    ),
    (
        "PK-048",
        "Shalimar Carbon Markets",
        "沙利马碳市场",
        "Lahore",
        2019,
        42,
        "carbon credit registry software;MRV;forest carbon project design",
        "carbon markets;forestry",
        "TypeScript;PostgreSQL",
        "ISO 14064;ISO 27001",
        "English;Urdu",
        "Carbon credit registry software and MRV for forest projects.",
        "",
        "no",
    ),
    (
        "PK-049",
        "Rawal Climate Data",
        "",
        "Rawalpindi",
        2050,
        60,
        "climate data engineering;GHG data pipelines;ERP connectors (SAP, Oracle);data warehouse for ESG metrics",
        "manufacturing",
        "Python;Airflow",
        "CMMI Level 3",
        "English;Urdu",
        "Data pipelines that feed ERP data into GHG inventories.",
        "",
        "no",
    ),
    (
        "PK-050",
        "Bolan Mining Emissions",
        "",
        "Quetta",
        2055,
        27,
        "mine site emissions inventory;dust and air-quality monitoring;tailings dam sensors",
        "mining",
        "Python",
        "none",
        "English;Urdu;Brahui",
        "Emission inventories and air-quality monitoring for mines.",
        "",
        "no",
    ),
    (
        "CN-001",
        "Shaoxing Huafang Textile Import & Export Co., Ltd.",
        "绍兴华纺纺织进出口有限公司",
        "Shaoxing",
        2008,
        1200,
        "textile export;dyeing and finishing;碳足迹数据需求",
        "textiles;garments",
        "SAP",
        "ISO 14001",
        "Mandarin;English",
        "Textile exporter looking for scope 3 and product-footprint data for EU customers.",
        "纺织品出口企业，寻求范围三和产品碳足迹数据服务。",
        "no",
    ),
    (
        "CN-002",
        "Ningbo Haiyi Garments Co., Ltd.",
        "宁波海逸服饰有限公司",
        "Ningbo",
        2015,
        860,
        "garment manufacturing;garment export",
        "garments;textiles",
        "Kingdee",
        "ISO 14001;ISO 50001",
        "Mandarin;English",
        "Garment maker exporting to Europe.",
        "",
        "no",
    ),
    (
        "CN-003",
        "Tangshan Beigang Steel Trading Co., Ltd.",
        "唐山北港钢铁贸易有限公司",
        "Tangshan",
        2001,
        2400,
        "hot-rolled coil export;steel trading;钢材出口",
        "steel",
        "SAP",
        "ISO 14001;ISO 50001",
        "Mandarin",
        "Steel exporter preparing for EU CBAM reporting.",
        "钢铁出口企业，正在准备欧盟CBAM申报。",
        "no",
    ),
    (
        "CN-004",
        "Foshan Jinlv Aluminium Co., Ltd.",
        "佛山金铝铝业有限公司",
        "Foshan",
        2006,
        950,
        "aluminium extrusion;aluminium profile export",
        "aluminium;construction materials",
        "Yonyou",
        "ISO 14001",
        "Mandarin;English",
        "Aluminium extruder exporting profiles to the EU.",
        "铝型材出口企业。",
        "no",
    ),
    (
        "CN-005",
        "Changzhou Guangyao Solar Technology Co., Ltd.",
        "常州光耀光伏科技有限公司",
        "Changzhou",
        2012,
        1800,
        "光伏组件制造;solar module export",
        "solar",
        "SAP",
        "ISO 14001;ISO 50001",
        "Mandarin;English",
        "Solar module maker that needs product footprints for European tenders.",
        "光伏组件制造商。",
        "no",
    ),
    (
        "CN-006",
        "Shanghai Pujiang Green Finance Services Co., Ltd.",
        "上海浦江绿色金融服务有限公司",
        "Shanghai",
        2021,
        300,
        "green-loan book management;绿色信贷;green bond issuance support",
        "banking",
        "Java",
        "",
        "Mandarin;English",
        "Manages green-loan books for regional banks.",
        "为地区银行管理绿色信贷资产。",
        "no",
    ),
    (
        "CN-007",
        "Chongqing Liangjiang Property Development Co., Ltd.",
        "重庆两江置业有限公司",
        "Chongqing",
        2004,
        640,
        "property development;commercial property management",
        "real estate",
        "Yonyou",
        "none",
        "Mandarin",
        "Property developer with office parks in Chongqing.",
        "重庆房地产开发企业。",
        "no",
    ),
    (
        "CN-008",
        "Shenzhen Qianhai Fleet Logistics Co., Ltd.",
        "深圳前海车队物流有限公司",
        "Shenzhen",
        2016,
        1100,
        "urban delivery fleet;cold-chain logistics;electric van fleet",
        "logistics",
        "Alibaba Cloud",
        "ISO 14001",
        "Mandarin;English",
        "Runs an urban delivery fleet that is switching to electric vans.",
        "城市配送车队，正在电动化。",
        "no",
    ),
    (
        "CN-009",
        "Wujiang Green Industrial Park Management Co., Ltd.",
        "吴江绿色产业园管理有限公司",
        "Suzhou",
        2010,
        150,
        "industrial park operation;园区能源管理",
        "industrial parks",
        "Huawei Cloud",
        "ISO 50001",
        "Mandarin",
        "Operates an industrial park and its shared energy systems.",
        "",
        "no",
    ),
    (
        "CN-010",
        "Hangzhou Lvzhi Printing & Dyeing Co., Ltd.",
        "杭州绿织印染有限公司",
        "Hangzhou",
        2013,
        520,
        "printing and dyeing;fabric export",
        "textiles",
        "SAP",
        "ISO 14001",
        "Mandarin;English",
        "Printing and dyeing mill exporting fabric.",
        "",
        "no",
    ),
]


def slug(name: str) -> str:
    word = name.split("(")[0].replace("&", " ").replace(",", " ").replace(".", " ").split()
    return "".join(w.lower() for w in word[:2])


def build_directory() -> list[dict[str, str]]:
    rows = []
    for c in COMPANIES:
        (
            cid,
            name,
            name_zh,
            city,
            founded,
            employees,
            services,
            industries,
            tech,
            certs,
            langs,
            desc,
            desc_zh,
            pitched,
        ) = c
        s = slug(name)
        rows.append(
            {
                "id": cid,
                "name": name,
                "name_zh": name_zh,
                "country": cid[:2],
                "city": city,
                "founded": str(founded),
                "employees": str(employees),
                "services": services,
                "industries": industries,
                "technologies": tech,
                "certifications": certs,
                "languages": langs,
                "description": desc,
                "description_zh": desc_zh,
                "website": f"https://{s}.example",
                "contact_email": f"hello@{s}.example",
                "pitched_at_webinar": pitched,
            }
        )
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    (KB / "directory.csv").write_text(buffer.getvalue(), encoding="utf-8")
    return rows


# ----------------------------------------------------------------------------------------------
# Questions
# ----------------------------------------------------------------------------------------------

OV = "programme-overview.md"
RULES = "participation-rules.txt"
TARIFF = "services-tariff-catalogue.md"
OFFICES = "offices-and-support.html"
PDF = "matching-guide-2065.pdf"
QA = "grants-qa.md"
ZHCALL = "grant-call-zh.txt"
ZHDOCX = "schedule-dates-subsidy-refunds-zh.docx"
URDOCX = "grant-instalments-ur.docx"
URMD = "site-visit-expo-ur.md"
PANELS = "review-panels.html"
CORR = "corrigendum-2065-01.md"
EMAIL = "email-solar-visit-notice.txt"
TAB = "cohort-budget-tab.txt"
ELIG = "eligibility-criteria.docx"
BUREAU = "environment-bureau-notice.html"
BILING = "faq-bilingual-ur-en.md"
CHANGES = "changes-since-2063.md"


def P(qid, lang, question, sources, answers, note):
    return dict(
        id=qid,
        lang=lang,
        kind="programme",
        question=question,
        expected_sources=sources,
        expected_companies=[],
        answer_must_contain_any=answers,
        note=note,
    )


def D(qid, lang, question, note):
    return dict(
        id=qid,
        lang=lang,
        kind="directory",
        question=question,
        expected_sources=[],
        expected_companies=None,
        answer_must_contain_any=None,
        note=note,
    )


def U(qid, lang, question, answers, note):
    return dict(
        id=qid,
        lang=lang,
        kind="unanswerable",
        question=question,
        expected_sources=[],
        expected_companies=[],
        answer_must_contain_any=answers,
        note=note,
    )


QUESTIONS = [
    # ---------------- en ----------------
    P(
        "s26-en-01",
        "en",
        "hi, we are a 45-person software shop in multan (mostly billing + ghg dashboards). what application fee "
        "would we pay for green ledger 2065?",
        [RULES],
        ["25,000"],
        "band lookup with the asker's head count: 45 employees -> Band B (11-50), PKR 25,000",
    ),
    P(
        "s26-en-02",
        "en",
        "when exactly does the application window close? need the time in beijing time for our shanghai partner pls",
        [OV, RULES, ZHDOCX],
        ["20:00"],
        "times stated in PKT and Beijing time: 30 April 2065 17:00 PKT = 20:00 Beijing",
    ),
    P(
        "s26-en-03",
        "en",
        "Is there any fee break for women-led firms? our company is 60% owned by women",
        [RULES],
        ["6,000", "PKR 6,000"],
        "footnote [1] of Table 1 holds a figure stated nowhere else: PKR 6,000 rebate",
    ),
    P(
        "s26-en-04",
        "en",
        "we have 120 employees. how much is the application fee now? i saw 45,000 somewhere",
        [CORR],
        ["40,000", "PKR 40,000"],
        "corrigendum: Band C (51-250) fee printed PKR 45,000 in the rules, corrected to PKR 40,000",
    ),
    P(
        "s26-en-05",
        "en",
        "which day is the matching session for aluminium exporters in foshan?",
        [PDF],
        ["4 Aug"],
        "answer in the continued part of Table 2 (page 2 of the PDF): MS-13, 4 Aug 2065",
    ),
    P(
        "s26-en-06",
        "en",
        "what does 'confirmed meeting' mean in your rules? when exactly do we get charged the matching fee",
        [OV],
        ["48 hours"],
        "glossary term: accepted by both sides in the portal at least 48 hours before it starts",
    ),
    P(
        "s26-en-07",
        "en",
        "we're a 20 person firm based in Gilgit. does the export readiness grant give anything extra for travel?",
        [URDOCX],
        ["150,000", "1,50,000", "PKR 150,000"],
        "fact stated only in Urdu (travel top-up for Gilgit-Baltistan/Balochistan firms) asked in English",
    ),
    P(
        "s26-en-08",
        "en",
        "For the city bureau MRV pilot in Chengdu, which satellite feed will be used?",
        [BUREAU],
        ["Sentinel-5P"],
        "answer in the inner data table of a table-in-table HTML page",
    ),
    U(
        "s26-en-09",
        "en",
        "what's the address and phone number of your peshawar office? i'd like to walk in next week",
        ["Islamabad", "no Green Ledger office"],
        "near miss: there is no office in Peshawar (KP is served by Islamabad); no Peshawar address exists",
    ),
    U(
        "s26-en-10",
        "en",
        "when is the green ledger hackathon in karachi this year?",
        ["events@greenledger.example"],
        "near miss: the documents never mention a hackathon",
    ),
    U(
        "s26-en-11",
        "en",
        "what's the weather going to be like in shanghai during the expo week? should i pack an umbrella",
        [],
        "off-topic: weather, using the programme's expo",
    ),
    U(
        "s26-en-12",
        "en",
        "my phone screen cracked, where in lahore can i get it repaired cheaply?",
        [],
        "off-topic: phone repair",
    ),
    D(
        "s26-en-13",
        "en",
        "we're a steel re-roller and need a carbon accounting / GHG inventory vendor, ideally in karachi so we can "
        "meet in person. who is there?",
        "service + city: GHG/carbon accounting wordings, city Karachi",
    ),
    D(
        "s26-en-14",
        "en",
        "any building management system (BMS) companies that have been around since before 2040?",
        "service + founded: BMS / building management wordings, founded before 2040",
    ),
    D(
        "s26-en-15",
        "en",
        "list the satellite or remote-sensing monitoring firms that are NOT in Islamabad",
        "service + not in city: satellite/remote sensing/deforestation/methane detection, city != Islamabad",
    ),
    D(
        "s26-en-16",
        "en",
        "which companies offer a measurement, reporting and verification platform?",
        "spelled-out form asked; the directory mostly writes MRV",
    ),
    D(
        "s26-en-17",
        "en",
        "looking for IoT smart metering companies in lahore",
        "acronym asked; rows say IoT, internet of things or smart metering; city Lahore",
    ),
    D(
        "s26-en-18",
        "en",
        "which firms in the directory pitched at the 2022 shanghai webinar?",
        "pitched_at_webinar = yes (the 23 Feb 2022 webinar)",
    ),
    D(
        "s26-en-19",
        "en",
        "we need data annotation for our climate models, only teams with more than 100 staff please",
        "service + size: annotation/labelling wordings, employees > 100",
    ),
    D(
        "s26-en-20",
        "en",
        "supply chain traceability providers in sialkot, faisalabad or multan?",
        "service + cities; one row spells it 'tracability'",
    ),
    # ---------------- zh ----------------
    P(
        "s26-zh-01",
        "zh",
        "你好，我们是成都的钢材出口企业，准备跟巴方签一个45万元的碳核算软件合同，采购券最多能补多少钱？",
        [ZHCALL],
        ["13.5万", "135,000", "135000"],
        "computed: 45万 -> 二档 30% = 13.5万, above the 12万 cap, but Sichuan is western so the cap rises 20% to "
        "14.4万 -> 13.5万; rates from the full-width-space table 表3",
    ),
    P(
        "s26-zh-02",
        "zh",
        "采购券申报交上去以后形式审查一般要几天啊",
        [ZHCALL],
        ["三个工作日", "3个工作日"],
        "answer written in Chinese numerals (三个工作日)",
    ),
    P(
        "s26-zh-03",
        "zh",
        "您好，我们是市生态环境局的，可以申领低碳数字化采购券吗？",
        [ZHCALL, BUREAU],
        ["不得申领", "政府采购", "not applicable"],
        "exception for one kind of buyer: city environment bureaus may not claim vouchers",
    ),
    P(
        "s26-zh-04",
        "zh",
        "我们园区打算部署800台智能电表，设备补贴每台多少钱？一共能拿多少",
        [ZHDOCX],
        ["45", "36,000", "36000", "3.6万"],
        "computed: 800 devices -> band 201-1,000 -> 45元/台, 800 x 45 = 36,000元 (under the 25万 cap)",
    ),
    P(
        "s26-zh-05",
        "zh",
        "光伏电站考察已经报名了，现在离8月6日还有20天，退出的话参团费能退多少？",
        [ZHDOCX],
        ["20%"],
        "refund band by days before the event: 8-29 days -> 20%",
    ),
    P(
        "s26-zh-06",
        "zh",
        "深圳办事处的电话和地址是多少？",
        [OFFICES],
        ["5550 3310", "Keji South Road"],
        "fact stated only in English (offices page) asked in Chinese",
    ),
    P(
        "s26-zh-07",
        "zh",
        "资格标准那个word文件的文件编号是多少？是哪个版本",
        [ELIG],
        ["GL/ELG/2065-04", "Version 2.1"],
        "reference and version are only in the docx page header/footer",
    ),
    P(
        "s26-zh-08",
        "zh",
        "2065年的启动网络研讨会上有几家巴方企业路演？",
        [OV, CHANGES, ZHDOCX],
        ["12"],
        "2065 vs 2063: 12 firms pitch in 2065 (the 2063 pilot had 7); not the 2022 webinar",
    ),
    P(
        "s26-zh-09",
        "zh",
        "春节期间评审会暂停吗？具体是哪几天",
        [ZHDOCX, OV, RULES],
        ["2月2日", "2–12 February", "2 February"],
        "Spring Festival blackout 2-12 February 2066, stated in all three documents",
    ),
    U(
        "s26-zh-10",
        "zh",
        "2065年启动网络研讨会上路演的那12家巴方企业分别是哪几家？",
        ["islamabad@greenledger.example"],
        "near miss: the documents give the number (12) but never name the 2065 pitchers",
    ),
    U(
        "s26-zh-11",
        "zh",
        "去巴哈瓦尔布尔光伏电站考察，大巴早上几点从拉合尔出发？",
        ["events@greenledger.example"],
        "near miss: the visit is documented but no bus or departure time is given",
    ),
    U("s26-zh-12", "zh", "今晚中超比赛谁赢了？", [], "off-topic: football"),
    U(
        "s26-zh-13",
        "zh",
        "帮我写一首关于春节的七言绝句",
        [],
        "off-topic: poem, uses the programme's Spring Festival word",
    ),
    D(
        "s26-zh-14",
        "zh",
        "有没有做ESG或者可持续发展报告、但是没有ISO 27001认证的巴方公司？",
        "without certification: ESG/sustainability reporting wordings, certifications known and not ISO 27001",
    ),
    D(
        "s26-zh-15",
        "zh",
        "有没有能帮我们做欧盟碳边境调节机制申报的巴基斯坦公司？",
        "Chinese need (碳边境调节机制) that the directory writes in English (CBAM, carbon border adjustment)",
    ),
    D(
        "s26-zh-16",
        "zh",
        "参加这个项目的中国纺织服装企业有哪几家？",
        "which Chinese firms take part: CN rows in textiles/garments",
    ),
    D(
        "s26-zh-17",
        "zh",
        "哪些巴方公司做楼宇管理系统？",
        "Chinese need (楼宇管理系统) written in English as BMS / building management systems",
    ),
    D(
        "s26-zh-18",
        "zh",
        "做光伏电站监控或者SCADA的公司里面，员工超过50人的有哪些",
        "service + size: solar plant monitoring / SCADA, employees > 50",
    ),
    # ---------------- ur ----------------
    P(
        "s26-ur-01",
        "ur",
        "ایکسپو میں شیئرڈ بوتھ کی فیس کتنی ہے؟",
        [URMD],
        ["۲,۲۰,۰۰۰", "2,20,000", "220,000"],
        "answer written in Urdu digits (۲,۲۰,۰۰۰ روپے)",
    ),
    P(
        "s26-ur-02",
        "ur",
        "ہماری فرم میں 25 ملازمین ہیں، کیا ہمیں بوتھ کی فیس پر کوئی رعایت ملے گی؟",
        [URMD],
        ["۱۵٪", "15%", "۱,۸۷,۰۰۰", "1,87,000", "187,000"],
        "discount rule boundary: 25 or fewer employees -> 15% off the shared booth (Urdu digits)",
    ),
    P(
        "s26-ur-03",
        "ur",
        "ہمارا چینی خریدار کے ساتھ 25,000 ڈالر کا پائلٹ معاہدہ ہوا ہے، ہمیں کتنی گرانٹ ملے گی؟",
        [URDOCX, OV],
        ["10,00,000", "1,000,000", "دس لاکھ"],
        "band boundary: USD 25,000 is band 2 -> PKR 1,000,000 (10,00,000, دس لاکھ)",
    ),
    P(
        "s26-ur-04",
        "ur",
        "گرین لیجر پروگرام کا کل گرانٹ بجٹ کتنا ہے؟",
        [URDOCX, TAB],
        ["۱۲ کروڑ", "12 کروڑ", "120,000,000"],
        "total budget in کروڑ (Urdu digits) and in the TAB table's total row",
    ),
    P(
        "s26-ur-05",
        "ur",
        "کراچی والے دفتر کے اوقات کیا ہیں؟ کیا ہفتے کو بھی کھلا ہوتا ہے؟",
        [OFFICES],
        ["09:30", "10:00–13:00", "Saturday"],
        "office hours stated only in English, asked in Urdu",
    ),
    P(
        "s26-ur-06",
        "ur",
        "اہلیت کے معیار نمبر 3 میں کیا شرط ہے؟",
        [ELIG],
        ["36 months", "۳۶", "three staff", "ISO 14064"],
        "criterion 3 asked by number; the docx uses Word automatic numbering so '3' is not in the text",
    ),
    P(
        "s26-ur-07",
        "ur",
        "درخواستیں کب سے جمع ہونا شروع ہوں گی اور کس وقت؟",
        [BILING, OV, RULES],
        ["1 April 2065", "یکم اپریل", "10:00"],
        "window opening, stated in Urdu and English",
    ),
    U(
        "s26-ur-08",
        "ur",
        "ویریفیکیشن ڈیسک کی ریٹ لسٹ میں سیٹلائٹ تصاویر کے تجزیے کی فی گھنٹہ شرح کیا ہے؟",
        ["help@greenledger.example"],
        "near miss: the tariff catalogue has no satellite imagery service",
    ),
    U(
        "s26-ur-09",
        "ur",
        "چینی خریداروں کو پاکستان آنے کے لیے ویزا فیس کتنی دینی ہو گی؟",
        ["events@greenledger.example"],
        "near miss: visas are mentioned (refusal refunds, invitation letters) but no visa fee is given",
    ),
    U("s26-ur-10", "ur", "پاکستان سے چین کا سیاحتی ویزا کیسے ملتا ہے؟", [], "off-topic: tourist visa"),
    U("s26-ur-11", "ur", "آج کے کرکٹ میچ کا اسکور کیا ہے؟", [], "off-topic: cricket"),
    D(
        "s26-ur-12",
        "ur",
        "الیکٹرک گاڑیوں کی چارجنگ کا سافٹ ویئر کون سی کمپنیاں بناتی ہیں؟",
        "EV asked spelled out in Urdu; rows say EV charging or electric vehicle charging",
    ),
    D(
        "s26-ur-13",
        "ur",
        "پانی کے فٹ پرنٹ کے ٹولز بنانے والی کمپنیاں کون سی ہیں؟",
        "water footprint tools / water footprinting",
    ),
    D(
        "s26-ur-14",
        "ur",
        "کون سی کمپنیاں انرجی آڈٹ کرتی ہیں اور ان کے پاس ISO 50001 بھی ہے؟",
        "service + certification: energy audit, ISO 50001",
    ),
    # ---------------- ur-Latn ----------------
    P(
        "s26-ul-01",
        "ur-Latn",
        "agar akhri din portal band ho jaye to application kahan bhejni hai? email address bata dein please",
        [BILING],
        ["backup@greenledger.example"],
        "fact stated only in the bilingual Urdu/English FAQ",
    ),
    P(
        "s26-ul-02",
        "ur-Latn",
        "solar park visit Bahawalpur ke liye registration ki last date kya hai? pehle 17 July suna tha",
        [EMAIL],
        ["24 July"],
        "e-mail notice: new deadline 24 July 2065 replaces the quoted 17 July",
    ),
    P(
        "s26-ul-03",
        "ur-Latn",
        "LCA aur traceability track ke liye budget mein mentoring hours kitne rakhe gaye hain?",
        [TAB],
        ["240"],
        "answer in the TAB-separated spreadsheet paste",
    ),
    P(
        "s26-ul-04",
        "ur-Latn",
        "evidence files upload karni hain, ek file ka max size kitna hai? 25 MB chalega?",
        [QA],
        ["20 MB"],
        "visible limit 20 MB; the HTML comment holds a draft 25 MB that is not the rule",
    ),
    P(
        "s26-ul-05",
        "ur-Latn",
        "hamein 8,000 records ka GHG data review chahiye, senior analyst weekend pe kare to rate kya hoga aur kitne "
        "din lagenge?",
        [TARIFF],
        ["USD 45"],
        "two questions at once; answer list holds the rate (G3 weekend USD 45); turnaround is 6 working days",
    ),
    P(
        "s26-ul-06",
        "ur-Latn",
        "raat ko 11 baje portal hi band ho gaya (severity 1), deadline abhi door hai. helpdesk kitni der mein "
        "jawab dega?",
        [OFFICES],
        ["3 hours"],
        "SLA by severity x time window: S1 outside business hours -> 3 hours",
    ),
    P(
        "s26-ul-07",
        "ur-Latn",
        "agar hum application withdraw karein to fee refund ki aakhri tareekh kya hai?",
        [RULES, OV],
        ["15 May"],
        "refund deadline for the application fee",
    ),
    U(
        "s26-ul-08",
        "ur-Latn",
        "2063 pilot mein kitni firms Karachi se thi?",
        ["karachi@greenledger.example"],
        "near miss: the 2063 pilot's firm count (26) is given, but not by city",
    ),
    U(
        "s26-ul-09",
        "ur-Latn",
        "verification desk ke catalogue mein EV charging software development ka hourly rate kya hai?",
        ["help@greenledger.example"],
        "near miss: the catalogue has no EV charging service",
    ),
    U("s26-ul-10", "ur-Latn", "chicken biryani ki recipe bata dein please", [], "off-topic: recipe"),
    U(
        "s26-ul-11",
        "ur-Latn",
        "ghar ki chhat pe 5 kW solar panels lagwane hain, kitna kharcha aayega?",
        [],
        "off-topic: home solar, using the programme's solar words",
    ),
    D(
        "s26-ul-12",
        "ur-Latn",
        "LCA ya life cycle assessment karne wali chhoti firms chahiye, 30 se kam employees",
        "service + size: LCA / life cycle assessment / 生命周期评价, employees < 30",
    ),
    D(
        "s26-ul-13",
        "ur-Latn",
        "Peshawar ya Quetta mein koi solar plant monitoring wali company hai?",
        "service + two cities",
    ),
    D(
        "s26-ul-14",
        "ur-Latn",
        "ESG reporting karne wali B Corp certified companies kaun si hain?",
        "service + certification B Corp",
    ),
    # ---------------- mixed ----------------
    P(
        "s26-mx-01",
        "mixed",
        "aluminium exporters wale buyers ke liye carbon accounting track mein pass mark kitna hai? 谢谢",
        [PANELS],
        ["65"],
        "answer sits under a merged cell (rowspan) started on the steel exporters row",
    ),
    P(
        "s26-mx-02",
        "mixed",
        "MRV sandbox 什么时候开放？aur kitni free seats hain?",
        [PDF],
        ["40 free seats", "40"],
        "two questions at once; fact only in the right-hand column of the two-column PDF page (opens 2 June 2065)",
    ),
    P(
        "s26-mx-03",
        "mixed",
        "expo mein Pakistan Pavilion ka hall aur booth number kya hai? 展位号是多少",
        [OV, URMD, ZHDOCX, PDF],
        ["5A-12", "Hall 5"],
        "hall and booth numbers repeated in several documents",
    ),
    P(
        "s26-mx-04",
        "mixed",
        "我们的采购经理 visa reject ho gaya, 光伏电站考察的参团费还能退吗？",
        [ZHDOCX],
        ["500元", "500"],
        "exception to the refund bands: visa refusal -> full refund minus a 500元 fee",
    ),
    P(
        "s26-mx-05",
        "mixed",
        "我们公司注册在云南, which China office will handle our case?",
        [OFFICES],
        ["Chongqing"],
        "province -> China office table",
    ),
    P(
        "s26-mx-06",
        "mixed",
        "bureau MRV pilot ke liye data kis format mein dena hoga? 数据格式",
        [BUREAU],
        ["GeoJSON"],
        "answer in a <p> of 'Label: value' lines separated by <br>",
    ),
    P(
        "s26-mx-07",
        "mixed",
        "solar-panel makers ka matching session Changzhou mein kab hai? 具体日期",
        [PDF],
        ["22 Sep"],
        "answer in the continued part of Table 2 (page 3 of the PDF): MS-25",
    ),
    U(
        "s26-mx-08",
        "mixed",
        "Beijing office ka address kya hai? 北京办事处在哪里",
        ["Shanghai", "no Green Ledger office"],
        "near miss: no office in Beijing (served by Shanghai)",
    ),
    U(
        "s26-mx-09",
        "mixed",
        "2063 pilot 的申请费退款截止日期 kya thi? application fee refund deadline",
        ["rules@greenledger.example"],
        "near miss: the 2063 pilot's fee is given but not its refund deadline",
    ),
    U("s26-mx-10", "mixed", "bhai 明天 Karachi mein baarish hogi?", [], "off-topic: weather"),
    U("s26-mx-11", "mixed", "我的电脑 bohat slow ho gaya hai, kaise theek karun?", [], "off-topic: computer repair"),
    D("s26-mx-12", "mixed", "koi firm hai jo CBAM aur LCA dono karti ho? 两个都要", "two services: CBAM and LCA"),
    D(
        "s26-mx-13",
        "mixed",
        "我们是钢厂, need a carbon accounting firm with ISO 14064 certification",
        "service + certification ISO 14064",
    ),
    D(
        "s26-mx-14",
        "mixed",
        "carbon credit registry software wali companies Lahore ya Karachi mein? 碳信用登记",
        "service + two cities; carbon credit / carbon-credit registry wordings",
    ),
]


def build_questions(rows: list[dict[str, str]]) -> None:
    by_id = {r["id"]: r for r in rows}
    lines = []
    for q in QUESTIONS:
        q = dict(q)
        if q["kind"] == "directory":
            ids = V.FILTERS[q["id"]](rows)
            q["expected_companies"] = ids
            q["answer_must_contain_any"] = [by_id[i]["name"] for i in ids]
        lines.append(json.dumps({k: q[k] for k in FIELDS}, ensure_ascii=False))
    (HERE / "questions-26.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_pdf()
    build_zh_docx()
    build_ur_docx()
    build_eligibility_docx()
    rows = build_directory()
    build_questions(rows)
    print(f"wrote {len(list(DOCS.iterdir()))} documents, {len(rows)} companies, {len(QUESTIONS)} questions")


if __name__ == "__main__":
    main()
