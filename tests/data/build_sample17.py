"""Builds the binary documents (pdf, docx) and directory.csv of tests/data/sample-17, and
questions-17.jsonl (directory answers computed by the filters in validate_sample17.py).

Run once from the repository root:  .venv/bin/python tests/data/build_sample17.py
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import docx
import pypdf
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from sample_text import COLUMNS  # noqa: E402

from tests.files import write_docx, write_pdf  # noqa: E402

KB = HERE / "sample-17"
PROG = KB / "programme"


# --------------------------------------------------------------------------- pdf


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _page(lines: list, tables: list) -> tuple[list, list]:
    """lines: (y, text) at x=50; tables: (top_y, [x positions], rows) drawn with rules."""
    placed = [(50, y, _esc(t)) for y, t in lines]
    rules = []
    for top, xs, rows, right in tables:
        y = top
        rules.append((xs[0] - 6, y + 12, right, y + 12))
        for row in rows:
            for x, cell in zip(xs, row):
                placed.append((x, y, _esc(cell)))
            rules.append((xs[0] - 6, y - 5, right, y - 5))
            y -= 17
        bottom = top - 17 * len(rows) + 12
        for x in [*xs, right + 6]:
            rules.append((x - 6, top + 12, x - 6, bottom - 5))
    placed.sort(key=lambda item: (-item[1], item[0]))  # reading order: top to bottom, left to right
    return placed, rules


def build_pdf() -> None:
    p1_lines = [
        (750, "LOOM LOGIC 2047 - STITCH GRANT CALL FOR PILOT PROJECTS"),
        (734, "Pak-China Textile & Apparel Digitalisation Programme 2047 | Loom Logic Secretariat (PTDX)"),
        (718, "Call reference LL/SG/2047 | page 1 of 2"),
        (690, "1. Purpose"),
        (674, "The Stitch Grant co-funds paid pilot projects between a Pakistani member firm (the vendor)"),
        (660, "and a Chinese member firm (the partner): for example a garment ERP roll-out, a computer-vision"),
        (646, "fabric inspection station, an OEE dashboard or a dyeing-recipe system in a Chinese mill."),
        (618, "2. Key dates (Pakistan Standard Time, PKT; China Standard Time, CST = PKT + 3 hours)"),
        (602, "Call opens: 10 May 2047, 09:00 PKT."),
        (588, "Deadline for applications: 21 June 2047, 17:00 PKT (20:00 CST). Late applications are rejected."),
        (574, "Results: 19 July 2047. Pilots run from 1 August 2047 to 15 November 2047, at most 15 weeks."),
        (546, "3. Who may apply"),
        (530, "Only the Pakistani vendor applies, and it must hold 2047 membership. The pilot contract must be"),
        (516, "signed with a Chinese member. The minimum pilot contract value is USD 5,000."),
        (502, "A vendor may hold at most two Stitch Grants in the 2047 cycle."),
        (474, "4. Grant share by pilot contract value (bands are inclusive; values in US dollars)"),
        (290, "Worked examples:"),
        (276, "- Contract of USD 15,000: first band, 60% = USD 9,000."),
        (262, "- Contract of USD 48,000: second band, 50% = USD 24,000 (below the cap)."),
        (248, "- Contract of USD 140,000: third band, 40% = USD 56,000, capped at USD 50,000."),
        (234, "A contract of exactly USD 20,000 is in the first band; exactly USD 150,000 is in the third band."),
    ]
    grant_rows = [
        ["Pilot contract value", "Grant share", "Maximum grant"],
        ["USD 5,000 to USD 20,000", "60%", "USD 12,000"],
        ["USD 20,001 to USD 60,000", "50%", "USD 25,000"],
        ["USD 60,001 to USD 150,000", "40%", "USD 50,000"],
        ["Above USD 150,000", "25%", "USD 50,000"],
    ]
    placed1, rules1 = _page(p1_lines, [(440, [56, 256, 376], grant_rows, 520)])

    p2_lines = [
        (750, "LOOM LOGIC 2047 - STITCH GRANT CALL (continued) | page 2 of 2"),
        (722, "5. Maximum eligible day rates by staff grade (grant budgets, US dollars per person-day)"),
        (560, "A budget may claim at most 60 person-days at grade T4 per pilot."),
        (546, "Worked example: 20 person-days at grade T3 = 20 x USD 200 = USD 4,000."),
        (518, "6. Eligible and ineligible costs"),
        (502, "Eligible: vendor staff time at or below the rates above, software licences used in the pilot,"),
        (488, "travel to the partner's site, and hardware up to 30% of the grant (cameras, sensors, gateways)."),
        (474, "Not eligible: the partner's own staff, land, buildings, taxes that can be reclaimed."),
        (446, "7. Payment"),
        (430, "The grant is paid to the vendor in two tranches: 40% at contract signature and"),
        (416, "60% after the final pilot report is approved. Final reports are due on 5 December 2047, 17:00 PKT."),
        (388, "8. How to apply"),
        (372, "Apply on the member portal with: the signed pilot contract or a letter of intent, a budget"),
        (358, "by grade, a work plan of at most 15 weeks, and the partner's confirmation of co-payment."),
        (344, "Grants desk: grants@loomlogic.example | +92 42 3578 2047 (Monday to Friday, 09:00-17:30 PKT)."),
    ]
    rate_rows = [
        ["Grade", "Typical role", "Maximum day rate"],
        ["T1", "Junior technician or analyst", "USD 90"],
        ["T2", "Specialist", "USD 140"],
        ["T3", "Senior specialist", "USD 200"],
        ["T4", "Lead or solution architect", "USD 280"],
    ]
    placed2, rules2 = _page(p2_lines, [(690, [56, 136, 376], rate_rows, 520)])

    tmp1, tmp2 = PROG / "_p1.pdf", PROG / "_p2.pdf"
    write_pdf(tmp1, placed1, rules1)
    write_pdf(tmp2, placed2, rules2)
    writer = pypdf.PdfWriter()
    for tmp in (tmp1, tmp2):
        writer.append(str(tmp))
    with (PROG / "stitch-grant-2047.pdf").open("wb") as out:
        writer.write(out)
    tmp1.unlink()
    tmp2.unlink()


# --------------------------------------------------------------------------- docx


def _add_table(document, rows: list[list[str]]) -> None:
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    grid.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value


def build_zh_docx() -> None:
    path = PROG / "zh-grant-and-study-visit.docx"
    write_docx(
        path,
        "织机逻辑2047：Stitch补助金与巴方来华考察说明",
        [
            (
                "一、Stitch补助金概要",
                [
                    "Stitch补助金用于资助巴方会员企业（供应方）与中方会员企业（合作方）之间的付费试点项目。"
                    "补助金支付给巴方企业，中方企业不直接获得补助金。",
                    "申请期：2047年5月10日至2047年6月21日，截止时间为北京时间20:00（巴基斯坦时间17:00）。"
                    "结果于2047年7月19日公布。",
                    "试点合同金额最低为5,000美元（USD 5,000）。每家巴方企业在2047年最多获得两项补助。",
                    "补助比例按试点合同金额分档（区间含两端数值）：",
                ],
            )
        ],
        [
            ["试点合同金额（美元）", "补助比例", "补助上限"],
            ["5,000–20,000美元", "60%", "12,000美元（1.2万美元）"],
            ["20,001–60,000美元", "50%", "25,000美元（2.5万美元）"],
            ["60,001–150,000美元", "40%", "50,000美元（5万美元）"],
            ["150,000美元以上", "25%", "50,000美元（5万美元）"],
        ],
    )
    document = docx.Document(str(path))
    document.add_paragraph("示例：试点合同金额48,000美元，属于第二档，补助50%，即24,000美元（2.4万美元），未超过上限。")
    document.add_heading("二、巴方代表团来华考察（2047年9月7日–9月13日）", level=1)
    document.add_paragraph(
        "巴方会员企业代表团将于2047年9月7日抵达上海，9月13日从上海返程，最多30人。"
        "愿意接待参观的中方会员企业请于2047年7月15日前联系 china@loomlogic.example。"
    )
    _add_table(
        document,
        [
            ["日期", "城市", "内容"],
            ["9月7日", "上海", "抵达、欢迎晚宴"],
            ["9月8日–10日", "绍兴（柯桥）", "参观织造厂、印染厂和面料市场，一对一洽谈"],
            ["9月11日–12日", "杭州", "服装品牌、跨境电商企业交流"],
            ["9月13日", "上海", "返程"],
        ],
    )
    document.add_paragraph(
        "巴方代表团团费为每人385,000巴基斯坦卢比（PKR 385,000），含酒店、中国境内交通、翻译和大部分餐费，"
        "不含国际机票和签证费用。"
    )
    document.add_heading("三、取消与退款（按距出发日2047年9月7日的天数）", level=1)
    _add_table(
        document,
        [
            ["距出发日天数", "退还团费比例"],
            ["60天及以上", "90%"],
            ["30–59天", "60%"],
            ["15–29天", "30%"],
            ["14天及以下", "不退款"],
        ],
    )
    document.add_paragraph("示例：2047年8月1日提出取消，距出发37天，退还60%，即231,000卢比。")
    document.save(str(path))


def _rtl(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    bidi.set(qn("w:val"), "1")
    ppr.insert(0, bidi)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        rtl = OxmlElement("w:rtl")
        rtl.set(qn("w:val"), "1")
        rpr.append(rtl)


def build_ur_docx() -> None:
    path = PROG / "ur-membership-guide.docx"
    write_docx(
        path,
        "لوم لاجک 2047 — پاکستانی کمپنیوں کے لیے ممبرشپ گائیڈ",
        [
            (
                "ممبرشپ",
                [
                    "پاک چین ٹیکسٹائل و ملبوسات ڈیجیٹلائزیشن پروگرام 2047 (Loom Logic 2047) میں میچ میکنگ، "
                    "اسٹچ گرانٹ (Stitch Grant) یا چین کے مطالعاتی دورے کے لیے 2047 کی ممبرشپ ضروری ہے۔",
                    "ممبرشپ ونڈو 1 فروری 2047 کو صبح 9:00 بجے کھلے گی اور 15 مارچ 2047 کو رات 11:59 بجے "
                    "(پاکستانی وقت) بند ہو جائے گی۔",
                    "فیس کل وقتی ملازمین کی تعداد کے حساب سے ہے، اور ہر درجے میں دونوں حدیں شامل ہیں:",
                ],
            )
        ],
        [
            ["ملازمین کی تعداد", "سالانہ فیس"],
            ["1 سے 25", "40,000 روپے (PKR 40,000)"],
            ["26 سے 100", "85,000 روپے (PKR 85,000)"],
            ["101 سے 300", "150,000 روپے (ڈیڑھ لاکھ روپے)"],
            ["301 یا اس سے زیادہ", "240,000 روپے (PKR 240,000)"],
        ],
    )
    document = docx.Document(str(path))
    document.add_heading("کمپلائنس ریڈی واؤچر (Compliance Ready Voucher)", level=1)
    document.add_paragraph(
        "ISO 27001، ISO 9001، ISO 14001، SOC 2 یا CMMI آڈٹ کے خرچ کا ایک حصہ واپس ملتا ہے، "
        "ایک حد تک۔ کمپنی کا سائز ممبرشپ فیس والی ملازمین کی تعداد سے طے ہوتا ہے۔"
    )
    _add_table(
        document,
        [
            ["کمپنی کا سائز", "آڈٹ خرچ کا حصہ", "زیادہ سے زیادہ واؤچر"],
            ["مائیکرو (1 سے 25 ملازمین)", "70%", "350,000 روپے"],
            ["اسمال (26 سے 100 ملازمین)", "60%", "500,000 روپے (پانچ لاکھ روپے)"],
            ["میڈیم (101 سے 300 ملازمین)", "50%", "650,000 روپے"],
            ["لارج (301 یا زیادہ)", "اہل نہیں", "—"],
        ],
    )
    document.add_heading("ایل ٹی ٹی اے سرٹیفیکیشن امتحان (LTTA)", level=1)
    document.add_paragraph(
        "لوم لاجک ٹیکسٹائل ٹیک اینالسٹ (Loom Logic Textile Tech Analyst, LTTA) سرٹیفکیٹ کے تین لیول ہیں۔ "
        "امتحان کی فیس درج ذیل ہے:"
    )
    _add_table(
        document,
        [
            ["لیول", "ممبر فیس", "نان ممبر فیس"],
            ["لیول 1 (فاؤنڈیشن)", "12,000 روپے", "18,000 روپے"],
            ["لیول 2 (پریکٹیشنر)", "20,000 روپے", "30,000 روپے"],
            ["لیول 3 (ایکسپرٹ)", "32,000 روپے", "45,000 روپے"],
        ],
    )
    document.add_paragraph("دوبارہ امتحان (ری ٹیک) کی فیس اصل فیس کا 50% ہے۔")
    document.add_paragraph(
        "لیول 1 اور لیول 2 کا امتحان 28 اگست 2047 کو آن لائن ہوگا۔ لیول 3 کا امتحان 30 اگست 2047 کو "
        "لاہور دفتر میں ہوگا۔ رجسٹریشن کی آخری تاریخ 10 اگست 2047 ہے۔"
    )
    document.add_heading("رابطہ", level=1)
    document.add_paragraph(
        "لوم لاجک سیکرٹریٹ، تیسری منزل، راوی ٹیکسٹائل ٹاور، 27-B مین بلیوارڈ، گلبرگ III، لاہور۔ "
        "فون: +92 42 3578 2047 — ای میل: membership@loomlogic.example"
    )
    for paragraph in document.paragraphs:
        _rtl(paragraph)
    for table in document.tables:
        tblpr = table._tbl.tblPr
        bidi = OxmlElement("w:bidiVisual")
        bidi.set(qn("w:val"), "1")
        tblpr.append(bidi)
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    _rtl(paragraph)
    document.save(str(path))


# --------------------------------------------------------------------------- directory rows
# (id, name, name_zh, city, founded, employees, services, industries, technologies,
#  certifications, languages, description, description_zh, website host, e-mail local part, pitched)
_D = [
    (
        "PK-001",
        "Threadline Systems (Pvt) Ltd",
        "线迹系统",
        "Lahore",
        2009,
        210,
        "garment ERP;production planning;merchandising back-office",
        "garment export;knitwear",
        "SAP Business One;.NET;SQL Server",
        "ISO 9001;ISO 27001",
        "English;Urdu;Mandarin",
        "Implements garment ERP for knitwear and woven exporters, from order booking to shipment. Also runs a merchandising back-office team for buyers in China.",
        "为针织和梭织出口企业实施服装ERP，并提供跟单后台服务。",
        "threadline",
        "partnerships",
        "yes",
    ),
    (
        "PK-002",
        "Bobbin Analytics",
        "梭芯分析",
        "Faisalabad",
        2016,
        64,
        "OEE dashboards;IoT sensors for sewing lines;predictive maintenance",
        "textile mill;garment export",
        "Azure IoT Hub;Power BI;Python",
        "none",
        "English;Urdu",
        "Fits low-cost sensors to sewing and spinning machines and shows OEE on shop-floor dashboards.",
        "为缝纫和纺纱设备加装传感器，提供OEE看板。",
        "bobbin-analytics",
        "hello",
        "yes",
    ),
    (
        "PK-003",
        "Indigo Vision Labs",
        "靛蓝视觉实验室",
        "Lahore",
        2018,
        38,
        "AI fabric defect detection;面料瑕疵检测;shade sorting",
        "denim;textile mill",
        "PyTorch;OpenCV;NVIDIA Jetson",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Builds camera-based inspection stations that find weaving and dyeing defects in denim rolls.",
        "为牛仔布卷提供基于摄像头的瑕疵检测工位。",
        "indigovision",
        "sales",
        "yes",
    ),
    (
        "PK-004",
        "Karachi Pixel Works",
        "",
        "Karachi",
        2013,
        145,
        "e-commerce photo editing;ghost mannequin editing;background removal;clipping path",
        "cross-border e-commerce;apparel brand",
        "Photoshop;Python;AWS",
        "ISO 9001",
        "English;Urdu",
        "High-volume product photo editing for online fashion sellers, with 24-hour turnaround on most batches.",
        "",
        "karachipixel",
        "orders",
        "no",
    ),
    (
        "PK-005",
        "Sialkot Pattern House",
        "锡亚尔科特版房",
        "Sialkot",
        2004,
        52,
        "pattern grading;marker making;CAD digitisation",
        "sportswear;garment export",
        "Gerber AccuMark;Lectra Modaris",
        "none",
        "English;Urdu;Punjabi",
        "Pattern grading and marker making for sportswear and team uniforms, mostly for export factories.",
        "为运动服和团体制服提供放码和排料服务。",
        "sialkotpattern",
        "info",
        "no",
    ),
    (
        "PK-006",
        "CottonTrail Technologies",
        "棉迹科技",
        "Multan",
        2019,
        27,
        "cotton traceability;farm-to-garment traceability;mobile data collection",
        "cotton ginning;textile mill",
        "Hyperledger Fabric;Flutter;PostgreSQL",
        "",
        "English;Urdu;Saraiki",
        "Records cotton lots from farm and ginner to spinning mill so that brands can prove origin.",
        "记录从农场、轧花厂到纺纱厂的棉花批次，帮助品牌证明原产地。",
        "cottontrail",
        "team",
        "yes",
    ),
    (
        "PK-007",
        "Hue Logic (SMC-Pvt) Ltd",
        "色彩逻辑",
        "Faisalabad",
        2011,
        88,
        "dyeing recipe software;colour matching;lab dip management",
        "dyehouse;home textiles",
        "Datacolor integration;C#;SQL Server",
        "ISO 9001",
        "English;Urdu;Mandarin",
        "Recipe management and colour-matching software for reactive and disperse dyeing, linked to spectrophotometers.",
        "染色配方管理和配色软件，可连接分光测色仪。",
        "huelogic",
        "sales",
        "yes",
    ),
    (
        "PK-008",
        "StitchWise Solutions",
        "",
        "Lahore",
        2015,
        120,
        "PLM implementation;tech pack creation;3D garment sampling",
        "apparel brand;garment export",
        "Centric PLM;CLO3D;Browzwear",
        "ISO 9001",
        "English;Urdu",
        "PLM roll-outs and tech-pack services for apparel brands, with a small 3D sampling team.",
        "",
        "stitchwise",
        "bd",
        "no",
    ),
    (
        "PK-009",
        "AuditLoom",
        "审核织机",
        "Islamabad",
        2017,
        46,
        "compliance audit software;social compliance audits;ESG reporting",
        "garment export;home textiles",
        "React;Node.js;AWS",
        "ISO 27001;SOC 2 Type II",
        "English;Urdu",
        "SaaS for planning and tracking social-compliance audits and corrective actions across supplier factories.",
        "用于计划和跟踪社会责任审核及整改的SaaS平台。",
        "auditloom",
        "hello",
        "yes",
    ),
    (
        "PK-010",
        "Ravi Digital Sampling Studio",
        "拉维数字打样",
        "Lahore",
        2020,
        19,
        "3D virtual samples;virtual fitting;3D avatar fitting",
        "apparel brand;cross-border e-commerce",
        "CLO3D;Blender;Unreal Engine",
        "none",
        "English;Urdu;Mandarin",
        "Small studio producing 3D virtual samples and avatar fittings so buyers can approve styles before a physical sample.",
        "制作3D虚拟样衣和虚拟试衣，减少实物打样。",
        "ravisampling",
        "studio",
        "yes",
    ),
    (
        "PK-011",
        "Mehran Merchandising Services",
        "",
        "Karachi",
        2008,
        260,
        "back-office merchandising;T&A calendar management;PO management;costing sheets",
        "garment export;sourcing",
        "Excel/VBA;Odoo",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Runs merchandising back offices for exporters: purchase orders, time-and-action calendars and costing.",
        "",
        "mehranmerch",
        "info",
        "no",
    ),
    (
        "PK-012",
        "Loomcraft ERP",
        "织工ERP",
        "Faisalabad",
        2006,
        340,
        "Garment ERP implementation;ERP customisation;piece-rate payroll",
        "textile mill;garment export;home textiles",
        "Oracle;Java;Odoo",
        "ISO 9001;ISO 27001;CMMI Level 3",
        "English;Urdu",
        "One of the older ERP houses in Faisalabad, serving spinning, weaving and home-textile exporters.",
        "费萨拉巴德老牌ERP服务商，服务纺纱、织造和家纺出口企业。",
        "loomcraft",
        "sales",
        "yes",
    ),
    (
        "PK-013",
        "Zari Fabrics QC AI",
        "",
        "Karachi",
        2021,
        15,
        "fabric inspection (computer vision);defect detection",
        "textile mill",
        "TensorFlow;OpenCV;Raspberry Pi",
        "none",
        "English;Urdu",
        "Start-up retrofitting inspection tables with cameras and a defect-detection model.",
        "",
        "zariqc",
        "founders",
        "no",
    ),
    (
        "PK-014",
        "Qalam CAD Bureau",
        "",
        "Gujranwala",
        2012,
        34,
        "Gerber to DXF conversion;paper-pattern scanning;pattern digitising",
        "garment export;leather garments",
        "Gerber AccuMark;Optitex",
        "",
        "English;Urdu;Punjabi",
        "Digitises paper patterns and converts CAD files between Gerber, Lectra and DXF formats.",
        "",
        "qalamcad",
        "info",
        "no",
    ),
    (
        "PK-015",
        "Saffron Threads IT",
        "藏红花线",
        "Lahore",
        2014,
        75,
        "apparel ERP;BI dashboards;merchandising support",
        "apparel brand;knitwear",
        "Odoo;Power BI;PostgreSQL",
        "ISO 27001",
        "English;Urdu",
        "Odoo-based apparel ERP and Power BI reporting for mid-sized brands.",
        "基于Odoo的服装ERP和Power BI报表。",
        "saffronthreads",
        "contact",
        "no",
    ),
    (
        "PK-016",
        "PakTrace Labs",
        "巴溯实验室",
        "Islamabad",
        2016,
        58,
        "supply-chain traceability;DPP (digital product passport);RFID tagging",
        "garment export;apparel brand",
        "Ethereum;Node.js;RFID",
        "ISO 27001;CMMI Level 3",
        "English;Urdu;Mandarin",
        "Traceability platform and digital product passports for garments sold into the EU.",
        "为出口欧盟的服装提供溯源平台和数字产品护照。",
        "paktrace",
        "partnerships",
        "yes",
    ),
    (
        "PK-017",
        "Nakhlistan Software House",
        "",
        "Peshawar",
        2010,
        42,
        "custom software;web development;QA testing",
        "textile mill",
        "PHP;Laravel;MySQL",
        "none",
        "English;Urdu;Pashto",
        "General software house with a few textile-mill clients in Khyber Pakhtunkhwa.",
        "",
        "nakhlistan",
        "info",
        "no",
    ),
    (
        "PK-018",
        "Indus OEE Cloud",
        "印度河OEE云",
        "Karachi",
        2018,
        96,
        "OEE dashboard;machine monitoring;energy monitoring",
        "textile mill;dyehouse",
        "AWS IoT;Grafana;Python",
        "ISO 27001",
        "English;Urdu",
        "Cloud OEE and energy monitoring for spinning mills and dyehouses.",
        "为纺纱厂和印染厂提供云端OEE和能耗监测。",
        "indusoee",
        "sales",
        "yes",
    ),
    (
        "PK-019",
        "ColorMatch Pakistan",
        "",
        "Lahore",
        2019,
        23,
        "color matching;spectrophotometer integration;colour QC",
        "dyehouse;denim",
        "Python;X-Rite integration;Azure",
        "none",
        "English;Urdu",
        "Connects spectrophotometers to a cloud colour-QC workflow for denim and dyehouse labs.",
        "",
        "colormatch-pk",
        "hello",
        "no",
    ),
    (
        "PK-020",
        "Chenab Garment Tech",
        "杰纳布服装科技",
        "Faisalabad",
        2002,
        410,
        "服装ERP;production planning ERP;warehouse management",
        "garment export;knitwear;home textiles",
        "SAP S/4HANA;ABAP;Azure",
        "ISO 9001;ISO 27001;ISO 14001",
        "English;Urdu;Mandarin",
        "SAP partner for large vertically integrated textile groups; runs a China desk staffed by Mandarin speakers.",
        "大型纺织集团的SAP合作伙伴，设有中文服务团队。",
        "chenabtech",
        "china.desk",
        "yes",
    ),
    (
        "PK-021",
        "FitSphere 3D",
        "",
        "Islamabad",
        2021,
        12,
        "virtual try-on;size recommendation",
        "cross-border e-commerce;apparel brand",
        "Three.js;Python;GCP",
        "none",
        "English",
        "Virtual try-on widget and size recommendation for online fashion stores.",
        "",
        "fitsphere",
        "hi",
        "no",
    ),
    (
        "PK-022",
        "Clipforge Studios",
        "剪影工坊",
        "Lahore",
        2012,
        180,
        "product photo retouching;电商修图;catalogue image editing",
        "cross-border e-commerce",
        "Photoshop;Capture One;Python",
        "ISO 9001",
        "English;Urdu;Mandarin",
        "Catalogue image editing for Chinese cross-border sellers, with a night shift aligned to China time.",
        "为中国跨境卖家提供电商修图，夜班配合中国时间。",
        "clipforge",
        "cn",
        "yes",
    ),
    (
        "PK-023",
        "Marker Point Services",
        "",
        "Karachi",
        2005,
        66,
        "marker planning;nesting optimisation;grading & marker",
        "garment export;denim",
        "Lectra Diamino;Gerber AccuMark",
        "ISO 9001",
        "English;Urdu",
        "Marker planning bureau that reduces fabric consumption for denim and woven bottoms.",
        "",
        "markerpoint",
        "info",
        "no",
    ),
    (
        "PK-024",
        "Greenbale Analytics",
        "绿包分析",
        "Multan",
        2014,
        31,
        "carbon footprint calc;LCA;ESG reporting",
        "cotton ginning;textile mill",
        "Python;Power BI",
        "ISO 14001",
        "English;Urdu",
        "Carbon footprint and life-cycle assessment for cotton and yarn.",
        "",
        "greenbale",
        "contact",
        "no",
    ),
    (
        "PK-025",
        "Hyderabad Data Stitchers",
        "",
        "Hyderabad",
        2017,
        55,
        "data entry for merchandising;order follow-up;sourcing support",
        "sourcing;garment export",
        "Google Workspace;Zoho",
        "",
        "English;Urdu;Sindhi",
        "Remote order follow-up and data entry for sourcing offices.",
        "",
        "datastitchers",
        "ops",
        "no",
    ),
    (
        "PK-026",
        "Sutlej Vision Systems",
        "苏特莱杰视觉",
        "Faisalabad",
        2015,
        72,
        "automated fabric inspection;CV-based fabric QC;shade sorting",
        "textile mill;home textiles",
        "OpenCV;C++;NVIDIA Jetson",
        "ISO 9001",
        "English;Urdu;Mandarin",
        "Automated fabric inspection machines for bedsheet and towel mills.",
        "为床单和毛巾厂提供自动验布设备。",
        "sutlejvision",
        "sales",
        "yes",
    ),
    (
        "PK-027",
        "Techpack Bazaar",
        "技术包集市",
        "Lahore",
        2020,
        28,
        "techpack authoring;tech-pack software;translation (中英)",
        "apparel brand;sourcing",
        "React;Django;PostgreSQL",
        "none",
        "English;Urdu;Chinese",
        "Online tool for writing tech packs, with Chinese-English translation of specs.",
        "在线技术包编写工具，提供中英翻译。",
        "techpackbazaar",
        "hello",
        "yes",
    ),
    (
        "PK-028",
        "Rawal Cloud Engineering",
        "",
        "Rawalpindi",
        2013,
        130,
        "cloud migration;cloud hosting;DevOps",
        "garment export",
        "Azure;Kubernetes;Terraform",
        "ISO 27001;CMMI Level 3",
        "English;Urdu",
        "Cloud migration and managed hosting for exporters' business systems.",
        "",
        "rawalcloud",
        "sales",
        "no",
    ),
    (
        "PK-029",
        "Dhaaga Digital",
        "线数字",
        "Sialkot",
        2016,
        47,
        "Shopify store setup;Amazon listing;e-commerce photo editing",
        "sportswear;cross-border e-commerce",
        "Shopify;Photoshop",
        "none",
        "English;Urdu;Punjabi",
        "Helps sportswear makers sell online: store set-up, listings and product photos.",
        "",
        "dhaaga",
        "info",
        "no",
    ),
    (
        "PK-030",
        "Bahawal Cotton Informatics",
        "",
        "Bahawalpur",
        2018,
        22,
        "cotton provenance;farm mapping;traceability",
        "cotton ginning",
        "QGIS;Flutter;Firebase",
        "none",
        "English;Urdu;Saraiki",
        "Maps cotton farms and links bales to fields for provenance claims.",
        "",
        "bahawalcotton",
        "team",
        "yes",
    ),
    (
        "PK-031",
        "KnitLogic Pvt Ltd",
        "针织逻辑",
        "Faisalabad",
        2010,
        115,
        "knitwear CAD;pattern making;CAD digitization",
        "knitwear",
        "Shima Seiki SDS-ONE;Stoll M1plus",
        "ISO 9001",
        "English;Urdu",
        "Knitwear CAD programming and pattern digitisation for flat-knitting factories.",
        "",
        "knitlogic",
        "info",
        "no",
    ),
    (
        "PK-032",
        "Orbit Compliance Systems",
        "轨道合规",
        "Karachi",
        2011,
        98,
        "audit management;BSCI audit prep;chemical compliance (ZDHC)",
        "garment export;dyehouse",
        ".NET;Angular;Azure",
        "ISO 27001;ISO 9001",
        "English;Urdu;Mandarin",
        "Audit management software and consultants who prepare factories for BSCI and ZDHC audits.",
        "审核管理软件，并协助工厂准备BSCI和ZDHC审核。",
        "orbitcompliance",
        "sales",
        "no",
    ),
    (
        "PK-033",
        "Lahore Line Balancers",
        "",
        "Lahore",
        2009,
        61,
        "line balancing;IE consulting;OEE dashboards",
        "garment export;denim",
        "GSD;Power BI",
        "none",
        "English;Urdu;Punjabi",
        "Industrial engineers who balance sewing lines and set up OEE reporting.",
        "",
        "linebalancers",
        "info",
        "no",
    ),
    (
        "PK-034",
        "SilkRoute Sourcing Desk",
        "丝路采购台",
        "Karachi",
        2014,
        39,
        "merchandising back office;sourcing support;中英翻译",
        "sourcing;home textiles",
        "Odoo;Google Workspace",
        "",
        "English;Urdu;中文",
        "Back-office merchandisers and Chinese-speaking coordinators for home-textile buyers.",
        "为家纺买家提供跟单后台和中文协调。",
        "silkroutedesk",
        "desk",
        "yes",
    ),
    (
        "PK-035",
        "Patang Apps",
        "",
        "Islamabad",
        2012,
        85,
        "mobile apps;chatbot;web development",
        "apparel brand",
        "Flutter;Kotlin;Dialogflow",
        "CMMI Level 3",
        "English;Urdu",
        "Mobile shopping apps and chatbots for fashion retailers.",
        "",
        "patangapps",
        "hello",
        "no",
    ),
    (
        "PK-036",
        "Denim Data Works",
        "牛仔数据",
        "Lahore",
        2017,
        44,
        "demand forecasting;BI dashboards;data analytics",
        "denim;apparel brand",
        "Python;Snowflake;Tableau",
        "ISO 27001",
        "English;Urdu",
        "Demand forecasting and analytics for denim brands and mills.",
        "为牛仔品牌和工厂提供需求预测与数据分析。",
        "denimdata",
        "info",
        "yes",
    ),
    (
        "PK-037",
        "Embroidery Digital Hub",
        "",
        "Sialkot",
        2008,
        26,
        "embroidery digitising;print design;textile design CAD",
        "sportswear;garment export",
        "Wilcom;Adobe Illustrator",
        "none",
        "English;Urdu;Punjabi",
        "Embroidery digitising and print artwork for sportswear exporters.",
        "",
        "embroiderydigital",
        "orders",
        "no",
    ),
    (
        "PK-038",
        "Margalla PLM Partners",
        "马加拉PLM",
        "Islamabad",
        2015,
        67,
        "PLM;product lifecycle mgmt;tech pack digitisation",
        "apparel brand;garment export",
        "PTC FlexPLM;Java",
        "ISO 27001;CMMI Level 5",
        "English;Urdu;Mandarin",
        "PLM consultants who move brands from spreadsheet tech packs to FlexPLM.",
        "协助品牌从表格技术包迁移到FlexPLM。",
        "margallaplm",
        "partners",
        "no",
    ),
    (
        "PK-039",
        "Quetta Wool Tech",
        "",
        "Quetta",
        2019,
        14,
        "wool traceability;mobile data collection",
        "wool;home textiles",
        "Flutter;Firebase",
        "none",
        "English;Urdu;Pashto;Balochi",
        "Mobile app that records wool clips from herders for carpet and blanket makers.",
        "",
        "quettawool",
        "info",
        "no",
    ),
    (
        "PK-040",
        "Tanka Payroll Systems",
        "",
        "Faisalabad",
        2007,
        150,
        "HR payroll for factories;attendance biometrics;piece-rate payroll",
        "garment export;textile mill",
        "Java;Oracle;ZKTeco",
        "ISO 9001",
        "English;Urdu",
        "Payroll and biometric attendance for factories with piece-rate workers.",
        "",
        "tankapayroll",
        "sales",
        "no",
    ),
    (
        "PK-041",
        "Abbottabad AI Collective",
        "",
        "Abbottabad",
        2020,
        18,
        "ML consulting;fabric defect detection;computer vision",
        "textile mill",
        "PyTorch;YOLO;GCP",
        "none",
        "English;Urdu",
        "Machine-learning consultants; current work is a fabric defect detection model for a weaving mill.",
        "",
        "abbottabadai",
        "hello",
        "yes",
    ),
    (
        "PK-042",
        "Pakwarp Systems",
        "巴经纱系统",
        "Lahore",
        2004,
        520,
        "garment ERP;WMS;PLM implementation;EDI integration",
        "garment export;apparel brand;home textiles",
        "Microsoft Dynamics 365;Azure;.NET",
        "ISO 9001;ISO 27001;CMMI Level 5",
        "English;Urdu;Mandarin",
        "Largest Pakistani member: Dynamics 365 garment ERP, warehouse management and PLM for exporters and brands.",
        "巴方最大的会员企业，提供Dynamics 365服装ERP、仓储管理和PLM。",
        "pakwarp",
        "alliances",
        "yes",
    ),
    (
        "PK-043",
        "Karachi Colour Kitchen",
        "",
        "Karachi",
        2016,
        33,
        "dyeing recipe optimisation;lab dip management;配色软件",
        "dyehouse;denim",
        "Python;Datacolor integration",
        "none",
        "English;Urdu;Mandarin",
        "Optimises dyeing recipes to cut re-dyes; works with several Chinese dyehouses.",
        "",
        "colourkitchen",
        "lab",
        "no",
    ),
    (
        "PK-044",
        "Virtual Ramp Studio",
        "虚拟T台",
        "Karachi",
        2019,
        24,
        "3D sampling (CLO3D);digital sampling;3D rendering",
        "apparel brand;cross-border e-commerce",
        "CLO3D;Marvelous Designer;KeyShot",
        "",
        "English;Urdu;Chinese (Mandarin)",
        "3D sampling and photoreal renders used as catalogue images before production.",
        "3D打样和逼真渲染图，可在生产前用作商品图。",
        "virtualramp",
        "studio",
        "no",
    ),
    (
        "PK-045",
        "Jhang Gin Data",
        "",
        "Multan",
        2021,
        11,
        "ginning data platform;cotton traceability",
        "cotton ginning",
        "Django;PostgreSQL",
        "none",
        "English;Urdu;Saraiki",
        "Digital records for ginning factories: bale weights, moisture and lot tracing.",
        "",
        "jhanggin",
        "info",
        "no",
    ),
    (
        "PK-046",
        "Lyallpur IIoT Works",
        "莱亚尔布尔工业物联网",
        "Faisalabad",
        2013,
        105,
        "IIoT;production-line IoT;energy monitoring",
        "textile mill;dyehouse;home textiles",
        "Siemens MindSphere;Node-RED;Azure",
        "ISO 9001;ISO 14001",
        "English;Urdu;Mandarin",
        "Industrial IoT integrator for spinning, weaving and dyeing lines.",
        "纺纱、织造和染色产线的工业物联网集成商。",
        "lyallpuriiot",
        "projects",
        "yes",
    ),
    (
        "PK-047",
        "Seamless QA Labs",
        "",
        "Lahore",
        2011,
        90,
        "QA testing;test automation;ERP testing",
        "garment export",
        "Selenium;Playwright;Jira",
        "CMMI Level 3;ISO 9001",
        "English;Urdu",
        "Independent testing of ERP and e-commerce systems for textile groups.",
        "",
        "seamlessqa",
        "qa",
        "no",
    ),
    (
        "PK-048",
        "Gulberg Grading Studio",
        "",
        "Lahore",
        2018,
        17,
        "pattern grading;Marker making;paper-pattern scanning",
        "apparel brand;garment export",
        "Lectra Modaris;Gerber AccuMark",
        "none",
        "English;Urdu",
        "Pattern grading and marker making for local brands; scans paper patterns into CAD.",
        "",
        "gulberggrading",
        "studio",
        "yes",
    ),
    (
        "CN-001",
        "Shaoxing Jinsuo Textile Co., Ltd",
        "绍兴锦梭纺织有限公司",
        "Shaoxing",
        1998,
        860,
        "woven fabric weaving;fabric printing;面料开发",
        "textile mill",
        "Kingdee ERP;Jacquard CAD",
        "ISO 9001;OEKO-TEX Standard 100",
        "Mandarin;English",
        "Woven fabric mill in Keqiao looking for computer-vision inspection and OEE dashboards.",
        "柯桥梭织面料厂，希望引入机器视觉验布和OEE看板。",
        "jinsuo-textile",
        "trade",
        "no",
    ),
    (
        "CN-002",
        "Keqiao Ranhua Dyeing & Finishing Co., Ltd",
        "柯桥染华印染有限公司",
        "Shaoxing",
        2003,
        620,
        "fabric dyeing;digital printing;finishing",
        "dyehouse",
        "Datacolor;MES",
        "ISO 14001;bluesign;OEKO-TEX Standard 100",
        "Mandarin",
        "Dyehouse seeking dyeing-recipe software to reduce re-dyeing.",
        "印染企业，希望通过配方软件减少回修。",
        "ranhua-dye",
        "info",
        "no",
    ),
    (
        "CN-003",
        "Guangzhou Lingxiu Apparel Import & Export Co., Ltd",
        "广州岭秀服饰进出口有限公司",
        "Guangzhou",
        2009,
        340,
        "garment export;OEM manufacturing;sourcing",
        "garment export;womenswear",
        "SAP Business One",
        "BSCI;ISO 9001",
        "Mandarin;English;Cantonese",
        "Womenswear exporter interested in PLM and merchandising back-office support from Pakistan.",
        "女装出口企业，关注PLM和巴方跟单后台支持。",
        "lingxiu-apparel",
        "export",
        "no",
    ),
    (
        "CN-004",
        "Hangzhou Yunshang Fashion E-commerce Co., Ltd",
        "杭州云裳电商有限公司",
        "Hangzhou",
        2015,
        150,
        "cross-border e-commerce;TikTok Shop catalogue;直播带货",
        "cross-border e-commerce;apparel brand",
        "Shopify;TikTok Shop;AWS",
        "none",
        "Mandarin;English",
        "Cross-border fashion seller that outsources catalogue photo editing and 3D renders.",
        "跨境服装卖家，外包电商修图和3D渲染。",
        "yunshang",
        "biz",
        "yes",
    ),
    (
        "CN-005",
        "Ningbo Haibo Knitwear Co., Ltd",
        "宁波海波针织有限公司",
        "Ningbo",
        2001,
        1200,
        "knit fabric;garment manufacturing",
        "knitwear;sportswear",
        "Shima Seiki;Kingdee",
        "ISO 9001;GOTS;BSCI",
        "Mandarin;English",
        "Vertical knitwear maker needing production-line IoT and traceability for organic cotton.",
        "针织一体化企业，需要产线物联网和有机棉溯源。",
        "haibo-knit",
        "im",
        "no",
    ),
    (
        "CN-006",
        "Shanghai Xianlu Sourcing Agency",
        "上海纤路采购代理",
        "Shanghai",
        2012,
        45,
        "sourcing agent;QC inspection;supplier audits",
        "sourcing",
        "",
        "ISO 9001",
        "Mandarin;English;Urdu",
        "Sourcing agent with an Urdu-speaking coordinator; buys from Pakistani and Chinese factories.",
        "采购代理，有会讲乌尔都语的协调员。",
        "xianlu",
        "sourcing",
        "no",
    ),
    (
        "CN-007",
        "Qingdao Haiyun Home Textiles Co., Ltd",
        "青岛海韵家纺有限公司",
        "Qingdao",
        1995,
        980,
        "home textiles manufacturing;bedding",
        "home textiles",
        "SAP",
        "ISO 9001;GOTS;OEKO-TEX Standard 100",
        "Mandarin;English",
        "Bedding and towel maker looking for automated fabric inspection.",
        "床品和毛巾生产企业，寻求自动验布方案。",
        "haiyun-home",
        "info",
        "no",
    ),
    (
        "CN-008",
        "Suzhou Silkpath Brand Management Co., Ltd",
        "苏州丝径品牌管理有限公司",
        "Suzhou",
        2017,
        88,
        "brand management;PLM",
        "apparel brand;womenswear",
        "Centric PLM;CLO3D",
        "",
        "Mandarin;English",
        "Womenswear brand owner moving its design team to 3D and PLM.",
        "女装品牌管理公司，设计团队正转向3D和PLM。",
        "silkpath",
        "design",
        "no",
    ),
    (
        "CN-009",
        "Foshan Lanjing Denim Co., Ltd",
        "佛山蓝境牛仔有限公司",
        "Foshan",
        2006,
        540,
        "denim weaving;denim laundry;garment export",
        "denim",
        "Jeanologia laser;Kingdee ERP",
        "ISO 14001;BSCI",
        "Mandarin;Cantonese",
        "Denim mill and laundry wanting shade sorting and defect detection.",
        "牛仔布厂和水洗厂，需要分色和瑕疵检测。",
        "lanjing-denim",
        "sales",
        "no",
    ),
    (
        "CN-010",
        "Shantou Meiyi Underwear Co., Ltd",
        "汕头美衣内衣有限公司",
        "Shantou",
        2010,
        260,
        "seamless knitting;intimate apparel OEM",
        "intimates;knitwear",
        "Santoni;Kingdee",
        "BSCI",
        "Mandarin",
        "Seamless underwear maker interested in OEE dashboards.",
        "",
        "meiyi-underwear",
        "oem",
        "no",
    ),
    (
        "CN-011",
        "Shaoxing Keqiao Cloudweave Trading Co., Ltd",
        "绍兴柯桥云织贸易有限公司",
        "Shaoxing",
        2018,
        36,
        "fabric trading;sample rooms;跨境面料电商",
        "fabric wholesale;cross-border e-commerce",
        "1688;Alibaba.com",
        "none",
        "Mandarin;English",
        "Fabric trader selling swatches online across borders; needs product photo editing.",
        "面料贸易商，在线跨境销售面料小样，需要修图服务。",
        "cloudweave",
        "trade",
        "no",
    ),
]

ROWS = [
    [
        i,
        name,
        zh,
        "PK" if i.startswith("PK") else "CN",
        city,
        str(founded),
        str(emp),
        svc,
        ind,
        tech,
        cert,
        langs,
        desc,
        desc_zh,
        f"https://{host}.example",
        f"{local}@{host}.example",
        pitched,
    ]
    for (i, name, zh, city, founded, emp, svc, ind, tech, cert, langs, desc, desc_zh, host, local, pitched) in _D
]


# --------------------------------------------------------------------------- questions
# Directory items: expected_companies and answer_must_contain_any (the companies' names) are
# filled in from FILTERS in validate_sample17.py. "computed" notes: the key fact is arithmetic
# on a band table and does not occur verbatim in the documents.
OV, FAQ, FEES = "programme-overview.md", "loom-logic-faq.md", "membership-fees.txt"
PDF, SLA = "stitch-grant-2047.pdf", "pilot-support-sla.html"
ZHG, ZHD, ZHT = "zh-programme-guide.txt", "zh-grant-and-study-visit.docx", "zh-techpack-desk.md"
URD, URS = "ur-membership-guide.docx", "ur-showcase-lahore.md"
STAFF = ["secretariat@loomlogic.example", "+92 42 3578 2047"]


def P(i, lang, q, sources, must, note):
    return {"id": i, "lang": lang, "kind": "programme", "question": q, "sources": sources, "must": must, "note": note}


def D(i, lang, q, note):
    return {"id": i, "lang": lang, "kind": "directory", "question": q, "note": note}


def U(i, lang, q, note):
    return {"id": i, "lang": lang, "kind": "unanswerable", "question": q, "sources": [], "must": STAFF, "note": note}


QUESTIONS = [
    # ------------------------------------------------------------------ English (20)
    P(
        "s17-en-01",
        "en",
        "When is the Loom Logic 2047 launch webinar, and what time is that in Shanghai?",
        [OV, FAQ, ZHG],
        ["22 January 2047", "2047年1月22日", "17:00–19:00"],
        "timetable; CST conversion stated in overview, FAQ and Chinese guide",
    ),
    P(
        "s17-en-02",
        "en",
        "membership fee for a company with exactly 100 staff?",
        [FEES, URD],
        ["PKR 85,000", "85,000"],
        "band lookup at the upper boundary of 26-100 (inclusive); worked examples use 12, 60 and 450",
    ),
    P(
        "s17-en-03",
        "en",
        "Hi, we are a 40-person computer vision company in Faisalabad. We have a letter of intent from a dyehouse "
        "in Shaoxing for a fabric inspection pilot, the contract would be around USD 55,000 all in. We have never "
        "applied for a grant like this before. How much Stitch Grant could we actually get?",
        [PDF, ZHD],
        ["USD 25,000", "25,000美元", "2.5万美元"],
        "band lookup: 55,000 is in 20,001-60,000 (50% = 27,500) so the USD 25,000 cap applies; long rambling question",
    ),
    P(
        "s17-en-04",
        "en",
        "Our software stopped the partner's production line at their mill. How fast do we have to respond under the pilot SLA?",
        [SLA],
        ["30 minutes"],
        "SLA by severity: Severity 1 first response; only in the English HTML page",
    ),
    P(
        "s17-en-05",
        "en",
        "If one of our delegates cancels the China study visit 20 days before departure, how much of the fee do we get back?",
        [FAQ, ZHD],
        ["PKR 115,500", "115,500", "30%"],
        "computed: 20 days is in the 15-29 band (30%) of PKR 385,000 = PKR 115,500; worked example uses 37 days",
    ),
    P(
        "s17-en-06",
        "en",
        "whats the adress of the faisalabad office",
        [OV],
        ["Khayaban Business Centre", "Susan Road"],
        "office address; typo and no punctuation",
    ),
    P(
        "s17-en-07",
        "en",
        "How many pilots were funded in the 2045 round, and how many of them were actually completed?",
        [OV, ZHG],
        ["11 pilots", "8 pilots", "试点11个"],
        "past edition figures, two-part question; must not be confused with the 2047 cycle",
    ),
    P(
        "s17-en-08",
        "en",
        "What's the maximum day rate I can put in a Stitch Grant budget for a T3 senior specialist?",
        [PDF],
        ["USD 200"],
        "rates by grade table, only in the PDF",
    ),
    P(
        "s17-en-09",
        "en",
        "Who organised the February 2022 Shanghai webinar that Loom Logic is modelled on?",
        [OV],
        [
            "Trade Development Authority",
            "Shanghai Software Industry Association",
            "Software Business Union of Shanghai",
            "Consulate General of Pakistan in Shanghai",
        ],
        "the only real-world facts in the sample",
    ),
    P(
        "s17-en-10",
        "en",
        "stitch grant deadline??",
        [PDF, OV, ZHD, ZHG],
        ["21 June 2047", "2047年6月21日"],
        "terse; deadline with time and time zone stated in four documents",
    ),
    D(
        "s17-en-11",
        "en",
        "Which Pakistani companies do computer-vision fabric inspection or defect detection?",
        "service synonyms: fabric inspection, defect detection, fabric QC, 面料瑕疵检测",
    ),
    D(
        "s17-en-12",
        "en",
        "Which firms based in Karachi pitched at the launch webinar?",
        "city + pitched_at_webinar (the 22 January 2047 launch webinar)",
    ),
    D(
        "s17-en-13",
        "en",
        "I need an ISO 27001 certified vendor that implements garment or apparel ERP. Who is there?",
        "certification + service written as garment ERP / apparel ERP / 服装ERP",
    ),
    D(
        "s17-en-14",
        "en",
        "cotton traceability / provenance providers with more than 20 employees?",
        "service synonyms (traceability, provenance, DPP) + size threshold (22 staff is included)",
    ),
    D("s17-en-15", "en", "Which companies in the directory work with denim?", "industry filter, PK and CN"),
    D(
        "s17-en-16",
        "en",
        "Compliance or audit software firms that hold ISO 27001 - who are they?",
        "service (compliance/audit) + certification; PK only since CN sourcing agent lacks ISO 27001",
    ),
    U("s17-en-17", "en", "Can you give me a good recipe for chicken karahi? 🍗", "off-topic"),
    U("s17-en-18", "en", "what's the weather in lahore tomorrow", "off-topic"),
    U(
        "s17-en-19",
        "en",
        "What's the postal address of your Islamabad office? I'd like to drop off our documents in person.",
        "near miss: Islamabad is listed as a city with no office",
    ),
    U(
        "s17-en-20",
        "en",
        "What was the membership fee in the 2045 pilot round?",
        "near miss: the 2045 edition's fees are not given anywhere",
    ),
    # ------------------------------------------------------------------ Chinese (18)
    P(
        "s17-zh-01",
        "zh",
        "我们是绍兴的一家印染厂，全职员工刚好500人，中方会员费是多少？",
        [FEES, ZHG],
        ["RMB 8,000", "8,000元"],
        "Chinese fee band, upper boundary of 51-500 (inclusive)",
    ),
    P(
        "s17-zh-02",
        "zh",
        "我们有40份技术包要翻译成英文，标准服务几天能交付？",
        [ZHT],
        ["6个工作日"],
        "turnaround by batch size at the 40 boundary; tech-pack desk only described in Chinese",
    ),
    P(
        "s17-zh-03",
        "zh",
        "請問紹興聯絡處的地址和電話是多少？",
        [OV, ZHG],
        ["锦梭路88号", "88 Jinsuo Road", "+86 575 8812 2047"],
        "traditional characters; office address and phone",
    ),
    P(
        "s17-zh-04",
        "zh",
        "上海联络台哪几天开门",
        [ZHG],
        ["周二和周四"],
        "fact only in the Chinese guide; no punctuation",
    ),
    P(
        "s17-zh-05",
        "zh",
        "我们和巴方供应商谈的试点合同是12万美元，巴方能拿到多少Stitch补助金？",
        [PDF, ZHD],
        ["48,000美元", "4.8万美元", "USD 48,000", "48,000"],
        "computed: 120,000 is in 60,001-150,000 (40%) = USD 48,000, below the 50,000 cap",
    ),
    P(
        "s17-zh-06",
        "zh",
        "巴基斯坦考察团哪几天在绍兴？我们厂想接待他们参观",
        [ZHD, FAQ],
        ["9月8日", "8 to 10 September"],
        "study visit itinerary (Chinese docx table, English FAQ)",
    ),
    P(
        "s17-zh-07",
        "zh",
        "中方會員的對接意向表什麼時候截止？",
        [ZHG],
        ["2047年4月2日", "4月2日"],
        "traditional characters; deadline only stated in Chinese",
    ),
    P(
        "s17-zh-08",
        "zh",
        "我们厂的验布工位因为巴方系统故障停了，一级故障他们多久必须响应？",
        [SLA],
        ["30 minutes"],
        "cross-lingual: SLA only in English",
    ),
    P(
        "s17-zh-09",
        "zh",
        "2045年那一轮一共发放了多少补助金？",
        [OV, ZHG],
        ["USD 186,000", "186,000美元", "18.6万美元"],
        "past-edition figure",
    ),
    D(
        "s17-zh-10",
        "zh",
        "哪些巴基斯坦公司做3D虚拟打样或者虚拟试衣，而且能用中文沟通？",
        "service synonyms (3D sampling, virtual fitting, try-on, digital sampling) + language Mandarin/Chinese",
    ),
    D("s17-zh-11", "zh", "名录里哪些公司用CLO3D？", "technology column, PK and CN"),
    D("s17-zh-12", "zh", "绍兴有哪些中国企业参加？", "country CN + city"),
    D("s17-zh-13", "zh", "做OEE看板或产线物联网、并且用Azure的公司有哪些", "service + technology"),
    D("s17-zh-14", "zh", "名录里做跨境电商的中国公司有哪些？", "country CN + industry/service cross-border e-commerce"),
    U("s17-zh-15", "zh", "帮我写一首关于秋天的诗", "off-topic"),
    U("s17-zh-16", "zh", "今天人民币兑美元汇率是多少？", "off-topic (live exchange rate)"),
    U("s17-zh-17", "zh", "深圳办事处的电话是多少？", "near miss: Shenzhen is listed as a city with no office"),
    U(
        "s17-zh-18",
        "zh",
        "秘书处的3D虚拟试衣服务怎么收费？",
        "near miss: the Secretariat only offers tech-pack translation; no 3D fitting service or fee exists",
    ),
    # ------------------------------------------------------------------ Urdu (14)
    P(
        "s17-ur-01",
        "ur",
        "ہماری کمپنی میں 300 ملازمین ہیں۔ ممبرشپ فیس کتنی ہوگی؟",
        [FEES, URD],
        ["PKR 150,000", "150,000", "ڈیڑھ لاکھ"],
        "band lookup at the upper boundary of 101-300",
    ),
    P(
        "s17-ur-02",
        "ur",
        "LTTA Level 2 امتحان کی فیس نان ممبر کے لیے کتنی ہے؟",
        [URD],
        ["30,000 روپے", "30,000"],
        "exam fees only in the Urdu docx; English terms in Latin script",
    ),
    P(
        "s17-ur-03",
        "ur",
        "لاہور شوکیس کب اور کہاں ہو رہا ہے؟",
        [URS, OV, FAQ, ZHG],
        ["21 تا 23 اکتوبر", "21–23 October 2047", "Gulberg Expo Hall", "گلبرگ ایکسپو ہال", "2047年10月21日"],
        "showcase dates and venue, stated in four documents",
    ),
    P(
        "s17-ur-04",
        "ur",
        "18 مربع میٹر والے booth کی فیس کتنی ہے؟",
        [URS],
        ["320,000 روپے", "320,000"],
        "booth fee table only in the Urdu showcase guide",
    ),
    P(
        "s17-ur-05",
        "ur",
        "ہماری فرم میں 26 لوگ کام کرتے ہیں اور ISO 27001 آڈٹ کا بل 900,000 روپے ہے۔ کمپلائنس واؤچر کتنا ملے گا؟",
        [FEES, URD],
        ["PKR 500,000", "500,000 روپے", "پانچ لاکھ"],
        "band lookup at the lower boundary of Small (26): 60% = 540,000, so the PKR 500,000 cap applies",
    ),
    P("s17-ur-06", "ur", "کراچی آفس کا فون نمبر کیا ہے", [OV], ["+92 21 3455 9020"], "office phone"),
    P(
        "s17-ur-07",
        "ur",
        "ممبرشپ کے لیے درخواست دینے کی آخری تاریخ کیا ہے؟",
        [OV, FEES, FAQ, URD, ZHG],
        ["15 March 2047", "15 مارچ 2047", "2047年3月15日"],
        "deadline in five documents and three languages",
    ),
    D(
        "s17-ur-08",
        "ur",
        "سیالکوٹ کی وہ کمپنیاں بتائیں جن کے پاس کوئی سرٹیفیکیشن نہیں ہے",
        "city + certifications = none (empty cells are unknown, not none)",
    ),
    D("s17-ur-09", "ur", "ملتان میں کون کون سی کمپنیاں ہیں؟", "city filter (a city with no office)"),
    D(
        "s17-ur-10",
        "ur",
        "لاہور کی وہ کمپنیاں جو چینی زبان (Mandarin) بولتی ہیں اور جنہوں نے لانچ ویبینار میں pitch کیا",
        "city + language written as Mandarin / Chinese / 中文 + pitched_at_webinar",
    ),
    D("s17-ur-11", "ur", "کن کمپنیوں کے پاس GOTS سرٹیفیکیشن ہے؟", "certification filter (CN only)"),
    U("s17-ur-12", "ur", "پاکستان کرکٹ ٹیم کا اگلا میچ کب ہے؟", "off-topic"),
    U("s17-ur-13", "ur", "لاہور میں کوئی اچھا ریسٹورنٹ بتائیں جہاں چینی مہمانوں کو لے جا سکیں", "off-topic"),
    U(
        "s17-ur-14",
        "ur",
        "چین کے study visit کے لیے ویزا فیس کتنی ہے؟",
        "near miss: documents only say visa costs are not included; no visa fee is given",
    ),
    # ------------------------------------------------------------------ Roman Urdu (14)
    P(
        "s17-ul-01",
        "ur-Latn",
        "hamari company mein 25 log hain, memebrship fee kitni hogi?",
        [FEES, URD],
        ["PKR 40,000", "40,000"],
        "band lookup at the upper boundary of 1-25; typo",
    ),
    P(
        "s17-ul-02",
        "ur-Latn",
        "study visit ki fee kitni hai aur kya air ticket bhi included hai?",
        [FAQ, ZHD],
        ["PKR 385,000", "385,000"],
        "delegate fee; airfare excluded",
    ),
    P(
        "s17-ul-03",
        "ur-Latn",
        "grant ka paisa kab milta hai? sab ek saath ya installments mein?",
        [PDF],
        ["two tranches", "40% at contract signature"],
        "payment tranches only in the PDF",
    ),
    P(
        "s17-ul-04",
        "ur-Latn",
        "lahore office ki timmings kya hain",
        [OV, FEES],
        ["09:00–17:30", "09:00-17:30"],
        "opening hours; typo",
    ),
    P(
        "s17-ul-05",
        "ur-Latn",
        "pilot kab start hota hai aur maximum kitne weeks ka ho sakta hai?",
        [OV, FAQ, PDF, ZHG],
        ["1 August 2047", "15 weeks", "2047年8月1日", "15周"],
        "pilot dates and maximum length",
    ),
    P(
        "s17-ul-06",
        "ur-Latn",
        "showcase ka booth cancel karna pare to paisay wapis milenge?",
        [URS],
        ["50%"],
        "booth cancellation rule only in the Urdu showcase guide",
    ),
    P(
        "s17-ul-07",
        "ur-Latn",
        "2046 mein bhi koi round hua tha kya?",
        [OV, ZHG],
        ["No cycle ran in 2046", "2046年未开展新一期"],
        "past editions: there was none in 2046",
    ),
    D(
        "s17-ul-08",
        "ur-Latn",
        "pattern grading ya marker making wali companies jo 2010 se pehle bani hon",
        "service synonyms (grading, marker, nesting) + founded before 2010",
    ),
    D("s17-ul-09", "ur-Latn", "Peshawar ya Quetta mein koi company hai directory mein?", "city filter, two cities"),
    D(
        "s17-ul-10",
        "ur-Latn",
        "merchandising back office support wali companies jinhon ne webinar mein pitch kiya tha",
        "service synonyms (merchandising back office / support) + pitched_at_webinar",
    ),
    D(
        "s17-ul-11",
        "ur-Latn",
        "Islamabad ki CMMI certified companies kaun si hain",
        "city + certification (CMMI Level 3 or 5)",
    ),
    U("s17-ul-12", "ur-Latn", "bhai python mein list ko sort kaise karte hain", "off-topic"),
    U("s17-ul-13", "ur-Latn", "iphone ki price kya chal rahi hai pakistan mein aaj kal", "off-topic"),
    U(
        "s17-ul-14",
        "ur-Latn",
        "Karachi wala Loom Logic showcase 2047 kab hai? registration kaise karein",
        "near miss: the 2047 showcase is in Lahore; there is no Karachi showcase",
    ),
    # ------------------------------------------------------------------ mixed (14)
    P(
        "s17-mx-01",
        "mixed",
        "Stitch Grant ke liye minimum contract value kya hai? 最低合同金额是多少？",
        [PDF, ZHD],
        ["USD 5,000", "5,000美元"],
        "Roman Urdu + Chinese",
    ),
    P(
        "s17-mx-02",
        "mixed",
        "hamari firm ke 120 employees hain — ISO 27001 audit ke liye واؤچر kitna milega, max kitna?",
        [FEES, URD],
        ["PKR 650,000", "650,000"],
        "band lookup: 120 staff = Medium, 50% up to PKR 650,000",
    ),
    P(
        "s17-mx-03",
        "mixed",
        "Sev 2 ticket ka resolution time kya hai? 二级故障多久要解决？",
        [SLA],
        ["3 business days"],
        "SLA table; Roman Urdu + Chinese",
    ),
    P(
        "s17-mx-04",
        "mixed",
        "Guangzhou office kahan hai? 广州办公室地址？",
        [OV, ZHG],
        ["16 Buyi Street", "布艺街16号"],
        "office address",
    ),
    P(
        "s17-mx-05",
        "mixed",
        "tech pack translation ki 加急 service kitne ki hai? normal se kitna zyada?",
        [ZHT],
        ["加收50%", "50%"],
        "urgent surcharge only in the Chinese tech-pack document",
    ),
    P(
        "s17-mx-06",
        "mixed",
        "LTTA Level 3 exam کب اور کہاں ہوگا؟ date please",
        [URD],
        ["30 اگست 2047", "لاہور دفتر"],
        "Urdu + English; only in the Urdu docx",
    ),
    P(
        "s17-mx-07",
        "mixed",
        "membership pe early bird discount hai? 早鸟优惠 kitna hai aur deadline kya hai",
        [FEES],
        ["10%", "28 February 2047"],
        "fact only in the English TXT",
    ),
    D(
        "s17-mx-08",
        "mixed",
        "dyeing recipe ya colour matching 配色软件 wali firms Faisalabad ya Karachi mein?",
        "service synonyms (dyeing recipe, colour/color matching, lab dip, 配色) + two cities",
    ),
    D(
        "s17-mx-09",
        "mixed",
        "e-commerce photo editing 电商修图 karne wali companies jin ke 150 se kam employees hon",
        "service synonyms (photo editing, retouching, clipping path, 修图) + size; CN buyers excluded",
    ),
    D(
        "s17-mx-10",
        "mixed",
        "CAD digitisation wali firms Lahore ya Faisalabad mein? 版型数字化",
        "service written as CAD digitisation / digitization / pattern digitising / paper-pattern scanning",
    ),
    U("s17-mx-11", "mixed", "tell me a joke yaar 😂 讲个笑话", "off-topic"),
    U("s17-mx-12", "mixed", "Bitcoin mein invest karun? 值得买吗?", "off-topic"),
    U(
        "s17-mx-13",
        "mixed",
        "Multan office ka address bhej dein pls, 木尔坦办公室地址?",
        "near miss: Multan is listed as a city with no office",
    ),
    U(
        "s17-mx-14",
        "mixed",
        "2045 wale Faisalabad showcase mein kitne visitors aaye the? 多少人参观？",
        "near miss: the 2045 showcase's dates are given but not its visitor numbers",
    ),
]


# --------------------------------------------------------------------------- directory


def build_directory() -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in ROWS:
        assert len(row) == len(COLUMNS), row[0]
        writer.writerow(row)
    (KB / "directory.csv").write_text(buffer.getvalue(), encoding="utf-8")


# --------------------------------------------------------------------------- questions


def build_questions() -> None:
    from validate_sample17 import FILTERS, load_directory

    rows = load_directory()
    lines = []
    for q in QUESTIONS:
        item = {
            "id": q["id"],
            "lang": q["lang"],
            "kind": q["kind"],
            "question": q["question"],
            "expected_sources": q.get("sources", []),
            "expected_companies": [],
            "answer_must_contain_any": q.get("must", []),
            "note": q["note"],
        }
        if q["kind"] == "directory":
            ids = sorted(r["id"] for r in rows if FILTERS[q["id"]](r))
            names = {r["id"]: r["name"] for r in rows}
            item["expected_companies"] = ids
            item["answer_must_contain_any"] = [names[i] for i in ids]
        lines.append(json.dumps(item, ensure_ascii=False))
    (HERE / "questions-17.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build_pdf()
    build_zh_docx()
    build_ur_docx()
    build_directory()
    build_questions()
    print("built sample-17")
