"""Build the binary documents (PDF, DOCX), the directory CSV and the question file of sample-20.

Run once from the repository root:  .venv/bin/python tests/data/build_sample20.py
The Markdown, text and HTML documents of sample-20 are written by hand and are not touched here.
Directory answer sets are not typed by hand: they come from the filters in validate_sample20.py.
"""

from __future__ import annotations

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

import validate_sample20 as v  # noqa: E402

from tests.files import company_row, write_directory_csv, write_docx, write_pdf  # noqa: E402

KB = HERE / "sample-20"
PROG = KB / "programme"


# --------------------------------------------------------------------------- PDF (2 pages, English)


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


class Page:
    """Lines and ruled tables placed top-down on one Letter page."""

    def __init__(self, top: float = 748):
        self.y = top
        self.placed: list[tuple[float, float, str]] = []
        self.rules: list[tuple[float, float, float, float]] = []

    def line(self, text: str = "", x: float = 54, gap: float = 13):
        if text:
            self.placed.append((x, round(self.y, 1), esc(text)))
        self.y -= gap

    def lines(self, texts: list[str], x: float = 54):
        for t in texts:
            self.line(t, x)

    def table(self, cols: list[float], rows: list[list[str]], right: float = 560, row_h: float = 15):
        top = self.y + 11
        self.rules.append((cols[0] - 4, top, right, top))
        for row in rows:
            for x, cell in zip(cols, row):
                if cell:
                    self.placed.append((x, round(self.y, 1), esc(cell)))
            self.y -= row_h
            self.rules.append((cols[0] - 4, self.y + 11, right, self.y + 11))
        bottom = self.y + 11
        for x in [*cols, right + 4]:
            self.rules.append((x - 4, top, x - 4, bottom))
        self.y -= 6


def build_pdf(path: Path) -> None:
    p1 = Page()
    p1.line("MOTOR MERIDIAN 2053 - INTEGRATION GRANT AND ROAD-TEST PILOT SEASON", gap=14)
    p1.line("Pak-China Automotive, EV & Mobility Software Programme 2053 - Motor Meridian Secretariat", gap=12)
    p1.line(
        "Grant guide, version 1.3, 6 January 2053                                                   Page 1 of 2", gap=22
    )
    p1.line("1. The integration grant", gap=15)
    p1.lines(
        [
            "The integration grant part-funds the work of a Pakistani firm that integrates its software with the",
            "vehicles, chargers, swap stations, fleets or IT systems of a Chinese participant in the 2053 cycle.",
            "Call opens: Tuesday 15 April 2053, 10:00 PKT. Call closes: Friday 30 May 2053, 17:00 CST (14:00 PKT).",
            "Apply on the portal; decisions are sent by e-mail by Friday 20 June 2053. Contact: grants@motormeridian.example",
        ]
    )
    p1.line(gap=8)
    p1.line("Table 4 - Grant share by contract value (bands inclusive)", gap=16)
    p1.table(
        [58, 200, 300],
        [
            ["Contract value (USD)", "Grant share*", "What it means"],
            ["up to 20,000", "not eligible", "no grant below or at USD 20,000"],
            ["20,001 - 60,000", "40%", "prototype integrations"],
            ["60,001 - 150,000", "30%", "single-site integrations"],
            ["150,001 - 400,000", "20%", "multi-site integrations"],
            ["400,001 and above", "15%", "fleet-wide or national roll-outs"],
        ],
    )
    p1.lines(
        [
            "* Grants are capped at USD 45,000 per Pakistani firm per cycle (USD 70,000 for a consortium of two or",
            "  more Pakistani firms). The share applies to the whole contract value, not band by band.",
        ]
    )
    p1.line(gap=6)
    p1.line("Worked examples", gap=14)
    p1.lines(
        [
            "- Contract of USD 60,000: 40% gives a grant of USD 24,000.",
            "- Contract of USD 250,000: 20% gives USD 50,000, which is above the per-firm cap in the footnote, so",
            "  the grant is the capped amount.",
        ]
    )
    p1.line(gap=8)
    p1.line("2. Eligibility criteria (an applicant must meet all six)", gap=15)
    p1.lines(
        [
            "1. The applicant is a Pakistani firm registered for the 2053 cycle by 28 February 2053.",
            "2. The integration partner is a Chinese participant registered for the 2053 cycle.",
            "3. There is a signed contract or letter of award with a contract value above USD 20,000.",
            "4. The applicant has been trading for at least 24 months on the application date.",
            "5. The applicant has at least 5 full-time employees.",
            "6. The applicant has no unresolved audit findings from the 2051 Pilot Round.",
        ]
    )
    p1.line(gap=4)
    p1.lines(
        [
            "Criterion 4 does not apply to university spin-offs incubated at a Secretariat-listed incubator: they",
            "need only 6 months of trading on the application date. All other criteria still apply to them.",
        ]
    )
    p1.line(gap=6)
    p1.lines(
        [
            "Payment: the grant is paid in three instalments - 50% on signature of the grant agreement, 30% at the",
            "start of the road test and 20% after the closing report is accepted.",
        ]
    )

    p2 = Page()
    p2.line("MOTOR MERIDIAN 2053 - INTEGRATION GRANT AND ROAD-TEST PILOT SEASON                 Page 2 of 2", gap=24)
    p2.line("3. Road-test pilot season: Tuesday 1 July - Tuesday 30 September 2053", gap=15)
    p2.lines(
        [
            "Funded integrations are tested on the road during the pilot season at sites in Karachi, Lahore,",
            "Islamabad, Chongqing and Hefei. Each pilot has a supplier (the Pakistani firm) and a host (the Chinese",
            "participant). The supplier must meet the service levels below for incidents reported by the host.",
        ]
    )
    p2.line(gap=8)
    p2.line("Table 5 - Service levels by severity (supplier obligations during the pilot season)", gap=16)
    p2.table(
        [58, 130, 330, 410, 490],
        [
            ["Severity", "Meaning", "First response", "Workaround", "Permanent fix"],
            ["S1 Critical", "vehicles cannot charge, swap or move", "30 minutes", "4 hours", "3 calendar days"],
            ["S2 High", "major function degraded, no workaround", "2 hours", "1 business day", "10 business days"],
            ["S3 Medium", "minor fault, workaround exists", "1 business day", "5 business days", "15 business days"],
            ["S4 Low", "cosmetic issue or change request", "3 business days", "not required", "next release"],
        ],
        right=572,
    )
    p2.lines(
        [
            "Business day = Monday to Friday, 09:00-18:00 in the host's time zone (PKT or CST). S1 clocks run 24/7.",
            "These service levels apply to all pilots except battery-swap station pilots, where an S1 incident",
            "needs a first response within 15 minutes and a workaround within 2 hours.",
        ]
    )
    p2.line(gap=8)
    p2.line("Reporting and escalation", gap=14)
    p2.lines(
        [
            "- S1 hotline: +92 21 3456 2299, staffed 24/7 from 1 July to 30 September 2053.",
            "- Other incidents: pilots@motormeridian.example.",
            "- Weekly pilot report: every Monday by 12:00 PKT, on the portal.",
            "- Three missed S1 first-response times in one pilot end that pilot; the last grant instalment is then",
            "  not paid.",
        ]
    )
    p2.line(gap=8)
    p2.line("4. Key dates", gap=16)
    p2.table(
        [58, 300],
        [
            ["Milestone", "Date and time"],
            ["Grant call opens", "15 April 2053, 10:00 PKT"],
            ["Grant call closes", "30 May 2053, 17:00 CST (14:00 PKT)"],
            ["Grant decisions", "by 20 June 2053"],
            ["Road-test pilot season", "1 July - 30 September 2053"],
            ["Closing reports due", "31 October 2053"],
        ],
    )

    parts = [path.with_suffix(".p1.tmp.pdf"), path.with_suffix(".p2.tmp.pdf")]
    write_pdf(parts[0], p1.placed, p1.rules)
    write_pdf(parts[1], p2.placed, p2.rules)
    writer = pypdf.PdfWriter()
    for part in parts:
        writer.add_page(pypdf.PdfReader(str(part)).pages[0])
    with path.open("wb") as out:
        writer.write(out)
    for part in parts:
        part.unlink()


# --------------------------------------------------------------------------- DOCX helpers


def add_table(document, rows: list[list[str]]):
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    grid.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    return grid


def style_tables(document):
    for table in document.tables:
        table.style = "Table Grid"


def make_rtl(document):
    """Right-to-left paragraphs, runs and tables for an Urdu document."""

    def para_rtl(paragraph):
        ppr = paragraph._p.get_or_add_pPr()
        if ppr.find(qn("w:bidi")) is None:
            ppr.append(OxmlElement("w:bidi"))
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in paragraph.runs:
            rpr = run._r.get_or_add_rPr()
            if rpr.find(qn("w:rtl")) is None:
                rpr.append(OxmlElement("w:rtl"))
            run.font.name = "Jameel Noori Nastaleeq"
            rpr.get_or_add_rFonts().set(qn("w:cs"), "Jameel Noori Nastaleeq")

    for paragraph in document.paragraphs:
        para_rtl(paragraph)
    for table in document.tables:
        tblpr = table._tbl.tblPr
        if tblpr.find(qn("w:bidiVisual")) is None:
            tblpr.append(OxmlElement("w:bidiVisual"))
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    para_rtl(paragraph)


# --------------------------------------------------------------------------- Chinese DOCX


def build_zh_docx(path: Path) -> None:
    grant = [
        ["合同金额（美元）", "资助比例", "说明"],
        ["不超过 USD 20,000", "不符合资助条件", "合同金额须高于 USD 20,000"],
        ["USD 20,001 – 60,000", "40%", "原型集成"],
        ["USD 60,001 – 150,000", "30%", "单一站点集成"],
        ["USD 150,001 – 400,000", "20%", "多站点集成"],
        ["USD 400,001 及以上", "15%", "车队级或全国推广"],
    ]
    write_docx(
        path,
        "Motor Meridian 2053 试点季技术与商务条款",
        [
            (
                "一、适用范围",
                [
                    "本条款适用于2053年集成资助项目及道路测试试点季（2053年7月1日至9月30日）。"
                    "试点中，巴方企业为供应方，中方企业为接待方（host）。",
                    "本文件为中文版，内容以英文版《grants-and-pilot-season.pdf》为准。",
                ],
            ),
            (
                "二、集成资助比例",
                [
                    "集成资助申请于2053年4月15日北京时间13:00（巴基斯坦时间10:00）开放，"
                    "2053年5月30日北京时间17:00截止（巴基斯坦时间14:00）。资助结果于6月20日前通知。",
                    "资助按整份合同金额所在区间的比例计算（区间含两端），不分段累进。"
                    "单个企业的资助总额设有上限，具体数额见英文版资助指南的表格脚注。",
                    "表1 集成资助比例（按合同金额）",
                ],
            ),
        ],
        grant,
    )
    document = docx.Document(str(path))
    document.add_paragraph("示例：合同金额为 USD 100,000，属于第三档，资助比例30%，资助金额为 USD 30,000。")

    document.add_heading("三、服务等级（SLA）", level=1)
    document.add_paragraph(
        "试点期间，供应方须按下表时限处理接待方报告的故障。工作日指接待方所在时区的周一至周五 09:00–18:00；S1 计时全天24小时不间断。"
    )
    document.add_paragraph("表2 按严重级别划分的服务时限")
    add_table(
        document,
        [
            ["严重级别", "含义", "首次响应", "临时解决", "永久修复"],
            ["S1 紧急", "车辆无法充电、换电或行驶；车队离线", "30 分钟", "4 小时", "3 个自然日"],
            ["S2 高", "主要功能受损且无替代方案", "2 小时", "1 个工作日", "10 个工作日"],
            ["S3 中", "次要故障，有替代方案", "1 个工作日", "5 个工作日", "15 个工作日"],
            ["S4 低", "界面问题或变更请求", "3 个工作日", "不要求", "下一个计划版本"],
        ],
    )
    document.add_paragraph(
        "上述时限适用于所有试点，换电站试点除外：换电站试点的 S1 事件须在 15 分钟内首次响应，2 小时内提供临时解决方案。"
    )
    document.add_paragraph("S1 热线：+92 21 3456 2299（2053年7月1日至9月30日全天24小时）。")

    document.add_heading("四、巴方工程师驻场日费率", level=1)
    document.add_paragraph(
        "中方企业如需巴方工程师来华驻场支持集成，可参考下表的日费率（由中方企业支付）。工作经验按完整年数计算，区间含两端。"
    )
    document.add_paragraph("表3 按等级划分的工程师日费率")
    add_table(
        document,
        [
            ["等级", "工作经验", "日费率（人民币）", "日费率（美元）"],
            ["E1 初级工程师", "0–2 年", "RMB 1,200", "USD 170"],
            ["E2 工程师", "3–5 年", "RMB 1,900", "USD 265"],
            ["E3 高级工程师", "6–9 年", "RMB 2,800", "USD 390"],
            ["E4 技术主管", "10–14 年", "RMB 3,900", "USD 545"],
            ["E5 架构师", "15 年及以上", "RMB 5,200", "USD 725"],
        ],
    )
    document.add_paragraph(
        "同一次驻场超过 20 个工作日的，自第 21 个工作日起按日费率的 90% 计费。往返机票和在华住宿由中方企业另行承担。"
    )
    document.add_paragraph("示例：E3 高级工程师驻场 25 个工作日，费用为 20 × 2,800 + 5 × 2,520 = RMB 68,600。")
    document.add_paragraph("联系：重庆办公室 +86 23 6788 5120，chongqing@motormeridian.example。")
    style_tables(document)
    document.save(str(path))


# --------------------------------------------------------------------------- Urdu DOCX (right to left)


def build_ur_docx(path: Path) -> None:
    fees = [
        ["بینڈ", "کل وقتی ملازمین", "رجسٹریشن فیس"],
        ["A", "1 سے 25", "PKR 30,000"],
        ["B", "26 سے 100", "PKR 55,000"],
        ["C", "101 سے 250", "PKR 85,000"],
        ["D", "251 سے 500", "PKR 120,000"],
        ["E", "501 یا زیادہ", "PKR 160,000"],
    ]
    write_docx(
        path,
        "موٹر میریڈین 2053 — پاکستانی فرموں کے لیے رجسٹریشن گائیڈ",
        [
            (
                "1۔ رجسٹریشن کب ہوگی",
                [
                    "رجسٹریشن 20 جنوری 2053 صبح 09:00 بجے (PKT) کھلے گی اور 28 فروری 2053 رات 23:59 بجے (PKT) بند ہو جائے گی۔ "
                    "دیر سے آنے والی درخواستیں قبول نہیں کی جائیں گی۔",
                    "رجسٹریشن پورٹل: https://portal.motormeridian.example/ur",
                ],
            ),
            (
                "2۔ رجسٹریشن فیس",
                [
                    "فیس کا انحصار 1 جنوری 2053 کو آپ کے کل وقتی ملازمین کی تعداد پر ہے۔ بینڈ کی حدیں دونوں طرف شامل ہیں۔ "
                    "فیس میں تمام ٹیکس شامل ہیں۔",
                    "جدول 1 — ملازمین کی تعداد کے حساب سے رجسٹریشن فیس",
                ],
            ),
        ],
        fees,
    )
    document = docx.Document(str(path))
    for text in [
        "فیس کی معافی: بینڈ A کی وہ فرمیں (25 یا اس سے کم کل وقتی ملازمین) جن کا رجسٹرڈ دفتر کراچی، لاہور اور فیصل آباد "
        "سے باہر ہو، کوئی فیس نہیں دیتیں — ان کی فیس معاف ہے (PKR 0)۔",
        "استثنا: یہ جدول تمام پاکستانی فرموں پر لاگو ہوتا ہے، سوائے اُن فرموں کے جنہوں نے 2051 کے پائلٹ راؤنڈ میں حصہ لیا تھا: "
        "وہ اپنے سائز سے قطع نظر ایک مقررہ فیس PKR 25,000 ادا کرتی ہیں۔ اگر ایسی فرم فیس کی معافی کی شرط بھی پوری کرے تو اس کی فیس معاف ہوگی۔",
        "چینی کمپنیوں سے کوئی رجسٹریشن فیس نہیں لی جاتی۔",
        "فیس کی واپسی: رجسٹریشن فیس صرف اُسی صورت میں واپس ہوگی جب تحریری منسوخی 31 مارچ 2053 رات 23:59 بجے (PKT) تک "
        "موصول ہو جائے؛ اس میں سے PKR 5,000 ہینڈلنگ چارج کاٹا جائے گا۔ 1 اپریل 2053 سے کوئی رقم واپس نہیں ہوگی۔",
        "سیٹیں: سپلائر میچنگ ڈیز (8 سے 10 اپریل 2053؛ 10 اپریل کراچی میں) کے لیے ایک سیٹ رجسٹریشن میں شامل ہے۔ "
        "دوسری سیٹ PKR 15,000 کی ہے، تیسری اور چوتھی سیٹ PKR 22,000 فی سیٹ۔ ایک فرم زیادہ سے زیادہ 4 سیٹیں لے سکتی ہے۔",
    ]:
        document.add_paragraph(text)

    document.add_heading("3۔ انٹیگریشن گرانٹ کی اہلیت کی شرائط", level=1)
    document.add_paragraph("گرانٹ کے لیے درخواست دینے والی فرم کو یہ تمام چھ شرائط پوری کرنی ہوں گی:")
    for text in [
        "1. فرم پاکستانی ہو اور 28 فروری 2053 تک 2053 کے سائیکل کے لیے رجسٹرڈ ہو۔",
        "2. انٹیگریشن کا پارٹنر 2053 کے سائیکل میں رجسٹرڈ کوئی چینی کمپنی ہو۔",
        "3. دستخط شدہ معاہدہ یا لیٹر آف ایوارڈ موجود ہو جس کی مالیت USD 20,000 سے زیادہ ہو۔",
        "4. درخواست کی تاریخ پر فرم کو کاروبار کرتے ہوئے کم از کم 24 ماہ ہو چکے ہوں۔",
        "5. فرم کے کم از کم 5 کل وقتی ملازمین ہوں۔",
        "6. 2051 کے پائلٹ راؤنڈ کا کوئی آڈٹ اعتراض حل طلب نہ ہو۔",
    ]:
        document.add_paragraph(text)
    document.add_paragraph(
        "شرط نمبر 4 سیکرٹریٹ کی فہرست میں شامل انکیوبیٹرز میں پلنے والی یونیورسٹی اسپن آف کمپنیوں پر لاگو نہیں ہوتی: "
        "ان کے لیے 6 ماہ کا کاروبار کافی ہے۔ باقی تمام شرائط ان پر بھی لاگو ہیں۔"
    )

    document.add_heading("4۔ چین فیکٹری وزٹ کے لیے سفری سبسڈی", level=1)
    document.add_paragraph(
        "فیکٹری وزٹ 10 سے 15 نومبر 2053 تک چونگ چنگ اور ہیفے میں ہوگا۔ درخواستیں 15 ستمبر 2053 شام 17:00 بجے (PKT) تک۔ "
        "سبسڈی ہر فرم کے ایک مسافر کے اکانومی ریٹرن ٹکٹ کا حصہ ہے، نیچے دی گئی حد تک۔ ویزا فیس شامل نہیں۔"
    )
    document.add_paragraph("جدول 2 — فرم کے سائز کے حساب سے سفری سبسڈی")
    add_table(
        document,
        [
            ["کل وقتی ملازمین", "ہوائی ٹکٹ کا حصہ", "فی فرم زیادہ سے زیادہ"],
            ["1 سے 50", "70%", "PKR 180,000"],
            ["51 سے 150", "50%", "PKR 120,000"],
            ["151 سے 300", "30%", "PKR 70,000"],
            ["301 یا زیادہ", "کوئی سبسڈی نہیں", "—"],
        ],
    )
    document.add_paragraph(
        "میریڈین آٹو ٹیک ایکسپو 2053: 22 سے 24 اکتوبر 2053، میریڈین ہال، لاہور انوویشن ڈسٹرکٹ، لاہور۔"
    )

    document.add_heading("5۔ رابطہ", level=1)
    for text in [
        "اسلام آباد (سیکرٹریٹ ہیڈ کوارٹر): تیسری منزل، میریڈین ہاؤس، 21 جناح ایونیو، بلیو ایریا — فون +92 51 2870 4410",
        "کراچی: آفس 1204، ہاربر ٹیک ٹاور، شاہراہِ فیصل — فون +92 21 3456 2290",
        "لاہور: دوسری منزل، 88-B مین بلیوارڈ، گلبرگ III (Gulberg III) — فون +92 42 3577 8120",
        "ای میل: secretariat@motormeridian.example",
    ]:
        document.add_paragraph(text)
    style_tables(document)
    make_rtl(document)
    document.save(str(path))


# --------------------------------------------------------------------------- directory

# id, name, name_zh, city, founded, employees, services, industries, technologies, certifications, languages,
# description, description_zh, website, contact_email, pitched_at_webinar
COMPANIES = [
    (
        "PK-001",
        "Indus Drive Systems (Pvt) Ltd",
        "印度河驱动系统",
        "Karachi",
        "2011",
        "240",
        "Dealer Management System (DMS);workshop management software;parts inventory & procurement",
        "automotive retail;after-sales",
        ".NET;SQL Server;Azure",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Builds a dealer management system used by car and truck dealerships across Sindh and Balochistan. Covers sales, workshop, parts and OEM warranty claims.",
        "为汽车经销商提供经销商管理系统（DMS），覆盖销售、维修和配件。",
        "https://indusdrive.example",
        "sales@indusdrive.example",
        "yes",
    ),
    (
        "PK-002",
        "VoltGrid Labs (Pvt) Ltd",
        "伏特网格实验室",
        "Lahore",
        "2038",
        "85",
        "OCPP 1.6J / 2.0.1 backend;EV charger management platform;load balancing for charging hubs",
        "EV charging;energy",
        "Java;Kotlin;PostgreSQL;Kubernetes",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Runs a white-label OCPP back-end that manages about 4,000 chargers for operators in Pakistan and the Gulf. Strong in smart load balancing for bus depots.",
        "提供白标 OCPP 充电管理后台，支持充电场站负载均衡。",
        "https://voltgrid.example",
        "hello@voltgrid.example",
        "no",
    ),
    (
        "PK-003",
        "Raahguzar Telematics",
        "",
        "Karachi",
        "2019",
        "310",
        "fleet telematics;GPS tracking;driver behaviour scoring",
        "logistics;transport;oil & gas",
        "C++;Python;Kafka;AWS",
        "ISO 9001;ISO 27001;CMMI Level 3",
        "English;Urdu",
        "Telematics platform tracking over 60,000 trucks, tankers and buses. Adds dashcam-based driver scoring.",
        "",
        "https://raahguzar.example",
        "bd@raahguzar.example",
        "yes",
    ),
    (
        "PK-004",
        "Sawari Apps",
        "萨瓦里应用",
        "Lahore",
        "2033",
        "60",
        "ride-hailing app development;bus ticketing & seat booking;mobile app development",
        "mobility;public transport",
        "Flutter;Node.js;Firebase",
        "none",
        "English;Urdu",
        "Small studio that builds ride-hailing and intercity bus booking apps for regional operators.",
        "为地区运营商开发网约车和城际客运订票 App。",
        "https://sawari.example",
        "apps@sawari.example",
        "no",
    ),
    (
        "PK-005",
        "CANLine Diagnostics",
        "坎线诊断",
        "Rawalpindi",
        "2026",
        "42",
        "CAN bus diagnostic tools;OBD-II scanner software;ECU flashing utilities",
        "automotive;after-sales",
        "C;Python;Vector CANoe",
        "none",
        "English;Urdu",
        "Makes PC and Android diagnostic tools for independent workshops, reading CAN and OBD-II data and flashing ECUs.",
        "为维修厂开发 CAN/OBD-II 诊断和 ECU 刷写工具。",
        "https://canline.example",
        "info@canline.example",
        "no",
    ),
    (
        "PK-006",
        "Autosar Assurance (Pvt) Ltd",
        "",
        "Islamabad",
        "2029",
        "130",
        "AUTOSAR basic software testing;HIL test automation;ISO 26262 test documentation",
        "automotive OEM;embedded",
        "C;Python;dSPACE;Jenkins",
        "ISO 9001;ASPICE Level 2",
        "English;Mandarin",
        "Independent test house for AUTOSAR basic software and ECU integration, with six HIL benches in Islamabad.",
        "",
        "https://autosarassurance.example",
        "contact@autosarassurance.example",
        "no",
    ),
    (
        "PK-007",
        "Tarjuma Tech Translations",
        "翻译科技",
        "Lahore",
        "2015",
        "28",
        "technical manual translation (Mandarin-Urdu-English);service manual localisation;terminology management",
        "automotive;industrial machinery",
        "SDL Trados;memoQ",
        "ISO 17100",
        "English;Urdu;Mandarin",
        "Translates workshop and owner's manuals between Mandarin, Urdu and English, with automotive term bases.",
        "提供中文、乌尔都语、英语之间的汽车技术手册翻译。",
        "https://tarjumatech.example",
        "projects@tarjumatech.example",
        "yes",
    ),
    (
        "PK-008",
        "ClaimLens AI",
        "理赔镜头",
        "Karachi",
        "2041",
        "55",
        "insurance claim-photo damage assessment;data labelling",
        "insurance;automotive",
        "Python;PyTorch;GCP",
        "ISO 27001",
        "English;Urdu",
        "Estimates motor-claim repair costs from smartphone photos for insurers and takaful operators.",
        "通过手机照片为保险公司估算车辆损失。",
        "https://claimlens.example",
        "insurers@claimlens.example",
        "no",
    ),
    (
        "PK-009",
        "SimuDrive Pakistan",
        "模拟驾驶巴基斯坦",
        "Islamabad",
        "2036",
        "75",
        "driver training simulator;VR driving scenarios",
        "driver education;transport",
        "Unity;C#;OpenXR",
        "none",
        "English;Urdu",
        "Builds car and motorcycle driving simulators for driving schools and traffic police academies.",
        "为驾校开发汽车和摩托车驾驶模拟器。",
        "https://simudrive.example",
        "info@simudrive.example",
        "no",
    ),
    (
        "PK-010",
        "Badal Swap Technologies",
        "巴达尔换电科技",
        "Lahore",
        "2044",
        "34",
        "battery-swap station app;swap cabinet firmware integration",
        "EV;two-wheelers",
        "React Native;Go;MQTT",
        "",
        "English;Urdu;Mandarin",
        "App and back-end for battery-swap cabinets used by electric motorcycle riders in Lahore.",
        "为电动摩托车换电柜提供 App 和后台。",
        "https://badalswap.example",
        "team@badalswap.example",
        "no",
    ),
    (
        "PK-011",
        "Fitness Check Systems",
        "",
        "Faisalabad",
        "2031",
        "48",
        "vehicle inspection app;emission test data capture",
        "transport regulation;government",
        "Android;Kotlin;MySQL",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "Tablet app used at vehicle fitness centres to record inspections and emission readings.",
        "",
        "https://fitnesscheck.example",
        "support@fitnesscheck.example",
        "no",
    ),
    (
        "PK-012",
        "PurzaHub",
        "零件中心",
        "Karachi",
        "2027",
        "95",
        "auto parts e-commerce marketplace;parts catalogue data cleansing;fitment data (vehicle-to-part mapping)",
        "auto parts;e-commerce",
        "Magento;Python;Elasticsearch",
        "ISO 27001",
        "English;Urdu",
        "Online marketplace for spare parts with a cleaned catalogue of 1.2 million part numbers.",
        "汽车配件电商平台，拥有经过清洗的配件目录数据。",
        "https://purzahub.example",
        "sellers@purzahub.example",
        "no",
    ),
    (
        "PK-013",
        "Configura3D Studio",
        "三维配置工作室",
        "Lahore",
        "2039",
        "22",
        "3D car configurator;AR showroom;UI/UX design",
        "automotive retail;marketing",
        "Three.js;Unreal Engine;Blender",
        "none",
        "English;Urdu",
        "Interactive 3D configurators and AR showrooms for car brands launching in Pakistan.",
        "",
        "https://configura3d.example",
        "studio@configura3d.example",
        "no",
    ),
    (
        "PK-014",
        "RouteWise Analytics",
        "路智分析",
        "Islamabad",
        "2014",
        "140",
        "route optimisation;map matching & geocoding",
        "logistics;e-commerce",
        "Python;OR-Tools;PostGIS",
        "ISO 9001;ISO 27001",
        "English;Urdu;Mandarin",
        "Route optimisation and geocoding engine for courier and distribution fleets.",
        "为快递和配送车队提供路径优化与地理编码。",
        "https://routewise.example",
        "sales@routewise.example",
        "yes",
    ),
    (
        "PK-015",
        "Dashboard Zaban Localisation",
        "仪表盘语言本地化",
        "Karachi",
        "2030",
        "38",
        "infotainment UI localisation (Urdu/Chinese);HMI string translation;RTL layout testing",
        "automotive OEM;consumer electronics",
        "Qt;Android Automotive;Figma",
        "CMMI Level 3",
        "English;Urdu;Mandarin",
        "Localises infotainment and instrument-cluster screens into Urdu, including right-to-left layout testing.",
        "车载信息娱乐界面乌尔都语本地化及右到左排版测试。",
        "https://dashzaban.example",
        "hmi@dashzaban.example",
        "no",
    ),
    (
        "PK-016",
        "Chargewala",
        "充电哇啦",
        "Karachi",
        "2046",
        "26",
        "EV charging app (find & pay);CPMS integration;mobile app development",
        "EV charging;retail energy",
        "Flutter;Firebase;Node.js",
        "none",
        "English;Urdu",
        "Consumer app to find, start and pay for public EV chargers across Karachi.",
        "",
        "https://chargewala.example",
        "hi@chargewala.example",
        "no",
    ),
    (
        "PK-017",
        "Mehran Motors Digital",
        "梅赫兰汽车数字",
        "Hyderabad",
        "2018",
        "64",
        "dealer portal;after-sales CRM",
        "automotive retail",
        "PHP;Laravel;MySQL",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Dealer portals and service booking for dealerships in interior Sindh.",
        "",
        "https://mehrandigital.example",
        "info@mehrandigital.example",
        "no",
    ),
    (
        "PK-018",
        "Qafila Fleet Solutions",
        "卡菲拉车队",
        "Multan",
        "2028",
        "72",
        "vehicle tracking (GPS/GPRS);fleet maintenance scheduling",
        "logistics;agriculture",
        "C#;.NET;MSSQL",
        "",
        "English;Urdu;Saraiki",
        "Tracks trucks and tractors in southern Punjab, with fuel-level sensors.",
        "",
        "https://qafila.example",
        "sales@qafila.example",
        "no",
    ),
    (
        "PK-019",
        "Embedded Margalla (Pvt) Ltd",
        "马尔加拉嵌入式",
        "Islamabad",
        "2021",
        "190",
        "embedded software for ECUs;AUTOSAR Classic configuration;MISRA C code review",
        "automotive OEM;tier-1 suppliers;EV",
        "C;AUTOSAR;Vector DaVinci;Polyspace",
        "ISO 9001;ASPICE Level 3;ISO 26262",
        "English;Mandarin;German",
        "Embedded software house writing ECU and battery-management firmware for tier-1 suppliers in China and Europe.",
        "为中国和欧洲的一级供应商开发 ECU 与电池管理系统固件。",
        "https://embeddedmargalla.example",
        "bd@embeddedmargalla.example",
        "yes",
    ),
    (
        "PK-020",
        "Safar Ticketing",
        "萨法尔票务",
        "Peshawar",
        "2035",
        "31",
        "intercity bus ticketing platform;seat inventory API",
        "public transport",
        "Java;Spring Boot;Oracle",
        "none",
        "English;Urdu;Pashto",
        "Runs online ticketing for intercity coach operators in Khyber Pakhtunkhwa.",
        "为开伯尔-普赫图赫瓦省的城际客运公司提供在线售票。",
        "https://safarticketing.example",
        "ops@safarticketing.example",
        "no",
    ),
    (
        "PK-021",
        "Koh Data Services",
        "",
        "Quetta",
        "2040",
        "18",
        "data annotation for ADAS;lidar point-cloud labelling;data labelling",
        "automotive AI",
        "Python;CVAT",
        "none",
        "English;Urdu;Pashto",
        "Annotation team labelling camera and lidar data for driver-assistance models.",
        "",
        "https://kohdata.example",
        "work@kohdata.example",
        "no",
    ),
    (
        "PK-022",
        "Ravi Workshop Cloud",
        "拉维车间云",
        "Lahore",
        "2032",
        "56",
        "Workshop Mgmt SaaS;job-card & parts billing",
        "after-sales;automotive retail",
        "Vue.js;Python;PostgreSQL",
        "ISO 27001",
        "English;Urdu",
        "Cloud workshop management for independent garages and authorised service centres.",
        "面向维修厂和授权服务中心的云端车间管理系统。",
        "https://raviworkshop.example",
        "hello@raviworkshop.example",
        "no",
    ),
    (
        "PK-023",
        "Diagnostix Pakistan (SMC-Pvt) Ltd",
        "",
        "Lahore",
        "2034",
        "68",
        "vehicle diagnostics (CAN/UDS);remote diagnostics over 4G;diagnostic app for workshops",
        "after-sales;commercial vehicles",
        "C++;Kotlin;AWS IoT",
        "ISO 27001",
        "English;Urdu",
        "Remote diagnostics for bus and truck fleets using UDS over CAN.",
        "",
        "https://diagnostix.example",
        "sales@diagnostix.example",
        "no",
    ),
    (
        "PK-024",
        "Sialkot Parts Data",
        "",
        "Sialkot",
        "2034",
        "15",
        "parts catalogue digitisation;OE number cross-referencing",
        "auto parts;exports",
        "Python;Power Query",
        "none",
        "English;Urdu;Punjabi",
        "Digitises paper catalogues of parts exporters and cross-references OE numbers.",
        "",
        "https://sialkotparts.example",
        "data@sialkotparts.example",
        "no",
    ),
    (
        "PK-025",
        "Motorcade Labs",
        "车队实验室",
        "Karachi",
        "2042",
        "110",
        "fleet management platform;telematics gateway integration;GPS tracking",
        "logistics;cold chain",
        "Go;React;TimescaleDB;AWS",
        "ISO 27001",
        "English;Urdu",
        "Fleet management platform for cold-chain and FMCG distributors.",
        "为冷链与快消品配送商提供车队管理平台。",
        "https://motorcade.example",
        "fleet@motorcade.example",
        "no",
    ),
    (
        "PK-026",
        "GreenPlug Energy Software",
        "绿插能源软件",
        "Islamabad",
        "2043",
        "47",
        "OCPP back office;smart charging & tariff engine;roaming (OCPI) integration",
        "EV charging;utilities",
        "Elixir;PostgreSQL;Kubernetes",
        "ISO 27001;ISO 9001",
        "English;Urdu;Mandarin",
        "Charging back-office software with tariff management and roaming for utilities.",
        "为电力公司提供充电运营后台、电价管理和互联互通。",
        "https://greenplug.example",
        "partners@greenplug.example",
        "no",
    ),
    (
        "PK-027",
        "Zaviya Immersive",
        "视角沉浸",
        "Lahore",
        "2037",
        "40",
        "driving simulator software;motion-platform integration",
        "driver education;simulation",
        "Unreal Engine;C++",
        "ISO 9001",
        "English;Urdu",
        "Simulator software and motion-platform integration for driving academies.",
        "",
        "https://zaviya.example",
        "hello@zaviya.example",
        "no",
    ),
    (
        "PK-028",
        "Khyber CAN Tools",
        "开伯尔CAN工具",
        "Peshawar",
        "2045",
        "12",
        "CAN-bus sniffing & logging;J1939 diagnostics for trucks;custom diag dongles",
        "commercial vehicles;after-sales",
        "C;Rust;STM32",
        "none",
        "English;Urdu;Pashto",
        "Builds CAN loggers and J1939 diagnostic dongles for truck workshops.",
        "为卡车维修厂开发 CAN 记录仪和 J1939 诊断设备。",
        "https://khybercan.example",
        "tools@khybercan.example",
        "no",
    ),
    (
        "PK-029",
        "Nexa Inspect",
        "",
        "Karachi",
        "2038",
        "66",
        "roadworthiness inspection software;emissions analyser integration",
        "transport regulation;insurance",
        ".NET;Angular;SQL Server",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Software for vehicle testing stations, connecting emissions analysers to an online inspection record.",
        "",
        "https://nexainspect.example",
        "info@nexainspect.example",
        "no",
    ),
    (
        "PK-030",
        "Lahore Linguistics House",
        "拉合尔语言之家",
        "Lahore",
        "2009",
        "44",
        "Urdu/Chinese translation of owner's manuals;DTP for technical documents;interpretation for factory visits",
        "automotive;manufacturing",
        "Trados;InDesign",
        "ISO 17100;ISO 9001",
        "English;Urdu;Mandarin",
        "Translation and interpreting house with a Mandarin team; typesets translated manuals ready for print.",
        "提供乌尔都语与中文手册翻译、排版以及工厂参观口译。",
        "https://lahorelinguistics.example",
        "office@lahorelinguistics.example",
        "yes",
    ),
    (
        "PK-031",
        "Paisa Drive Insurtech",
        "",
        "Lahore",
        "2047",
        "23",
        "motor insurance claims app;photo-based damage estimation",
        "insurance",
        "Python;TensorFlow;Flutter",
        "",
        "English;Urdu",
        "Claims app for motor insurers that estimates damage from photos and flags suspicious claims.",
        "",
        "https://paisadrive.example",
        "team@paisadrive.example",
        "no",
    ),
    (
        "PK-032",
        "Autohub ERP",
        "汽车枢纽ERP",
        "Faisalabad",
        "2025",
        "88",
        "dealership management software;vehicle sales CRM",
        "automotive retail;finance",
        "Java;Angular;Oracle",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "ERP for car dealerships covering sales, leasing and accounts.",
        "",
        "https://autohuberp.example",
        "sales@autohuberp.example",
        "no",
    ),
    (
        "PK-033",
        "Ranipur Mobility",
        "",
        "Karachi",
        "2048",
        "19",
        "bike-sharing & e-scooter app;battery swapping app for rickshaws;IoT lock firmware",
        "micromobility;EV;three-wheelers",
        "Kotlin;Swift;Node.js;LoRaWAN",
        "none",
        "English;Urdu;Sindhi",
        "Micromobility start-up running e-scooter sharing and a battery-swapping app for electric rickshaws.",
        "",
        "https://ranipur.example",
        "founders@ranipur.example",
        "no",
    ),
    (
        "PK-034",
        "Chenab Embedded",
        "杰纳布嵌入式",
        "Gujranwala",
        "2030",
        "58",
        "embedded testing;hardware-in-the-loop rigs;ECU regression testing;CAN log analysis",
        "automotive OEM;motorcycles",
        "Python;LabVIEW;CANoe",
        "ISO 9001",
        "English;Urdu",
        "Builds HIL rigs and runs regression testing for motorcycle and small-car ECUs.",
        "为摩托车和小型车 ECU 搭建硬件在环测试台并执行回归测试。",
        "https://chenabembedded.example",
        "test@chenabembedded.example",
        "no",
    ),
    (
        "PK-035",
        "Tezraftar Digital",
        "疾速数字",
        "Islamabad",
        "2020",
        "205",
        "mobile app development;ride hailing platform;UI/UX design",
        "mobility;fintech",
        "Flutter;Kotlin;Swift;GCP",
        "ISO 27001;CMMI Level 3",
        "English;Urdu;Mandarin",
        "App agency that built two national ride-hailing platforms and several fintech wallets.",
        "开发过两个全国性网约车平台的移动应用公司。",
        "https://tezraftar.example",
        "hello@tezraftar.example",
        "yes",
    ),
    (
        "PK-036",
        "Daftar Docs Translation",
        "",
        "Karachi",
        "2029",
        "9",
        "translation (Chinese-Urdu);technical writing",
        "manufacturing;education",
        "memoQ",
        "none",
        "English;Urdu;Mandarin",
        "Small Chinese-Urdu translation team for manuals, training videos and subtitles.",
        "",
        "https://daftardocs.example",
        "desk@daftardocs.example",
        "no",
    ),
    (
        "PK-037",
        "Kinara Logistics Tech",
        "岸边物流科技",
        "Karachi",
        "2022",
        "160",
        "transport management system (TMS);load planning & route optimization",
        "logistics;ports",
        "Java;OptaPlanner;Azure",
        "ISO 9001",
        "English;Urdu",
        "TMS and route planning for port hauliers and container trucking companies.",
        "为港口拖车和集装箱运输公司提供运输管理与路线规划。",
        "https://kinaralogistics.example",
        "sales@kinaralogistics.example",
        "no",
    ),
    (
        "PK-038",
        "Potohar EV Systems",
        "波托哈尔电动",
        "Rawalpindi",
        "2045",
        "37",
        "charge point management system (CPMS);OCPP conformance testing;energy metering dashboards",
        "EV charging;energy",
        "Python;Django;TimescaleDB",
        "ISO 9001",
        "English;Urdu",
        "CPMS vendor that also tests chargers for OCPP conformance before deployment.",
        "",
        "https://potoharev.example",
        "info@potoharev.example",
        "no",
    ),
    (
        "PK-039",
        "Abbottabad Code Works",
        "",
        "Abbottabad",
        "2041",
        "14",
        "Android Automotive apps;infotainment ui localization;Urdu voice assistant",
        "automotive OEM;consumer electronics",
        "Kotlin;Android Automotive OS;TensorFlow Lite",
        "none",
        "English;Urdu",
        "Builds Android Automotive apps and an Urdu voice assistant for head units.",
        "",
        "https://abbottabadcode.example",
        "hello@abbottabadcode.example",
        "no",
    ),
    (
        "PK-040",
        "Saahil Parts Online",
        "海岸零件在线",
        "Karachi",
        "2035",
        "130",
        "online spare parts store;catalogue & fitment data",
        "auto parts;e-commerce",
        "Shopify Plus;Node.js;Algolia",
        "ISO 27001",
        "English;Urdu",
        "B2C and B2B parts e-commerce with fitment search by make, model and year.",
        "汽车配件线上商城，支持按车型查询适配。",
        "https://saahilparts.example",
        "b2b@saahilparts.example",
        "no",
    ),
    (
        "PK-041",
        "Margalla Motion Simulators",
        "",
        "Islamabad",
        "2033",
        "29",
        "truck & bus driver simulators;simulator scenario authoring",
        "driver education;commercial vehicles",
        "Unity;C#;Python",
        "ISO 9001",
        "English;Urdu",
        "Heavy-vehicle driver simulators for transport companies and training institutes.",
        "",
        "https://margallamotion.example",
        "sim@margallamotion.example",
        "no",
    ),
    (
        "PK-042",
        "Lyallpur Soft",
        "莱亚尔普尔软件",
        "Faisalabad",
        "2012",
        "110",
        "workshop software for two-wheeler dealers;spare parts POS;warranty claims processing",
        "motorcycles;after-sales",
        ".NET;SQL Server",
        "ISO 9001;ISO 27001",
        "English;Urdu;Punjabi",
        "Dealer and workshop software used by motorcycle dealers across Punjab.",
        "为旁遮普省摩托车经销商提供维修与配件软件。",
        "https://lyallpursoft.example",
        "sales@lyallpursoft.example",
        "yes",
    ),
    (
        "PK-043",
        "Ujala Insurtech Vision",
        "",
        "Karachi",
        "2044",
        "41",
        "claim photo assessment (AI);survey app for loss adjusters",
        "insurance",
        "Python;PyTorch;AWS",
        "ISO 27001",
        "English;Urdu",
        "AI photo assessment for motor claims and a survey app used by loss adjusters.",
        "",
        "https://ujalavision.example",
        "contact@ujalavision.example",
        "no",
    ),
    (
        "PK-044",
        "Multan Route Labs",
        "",
        "Multan",
        "2046",
        "24",
        "delivery route optimisation;gps tracking for bikes",
        "logistics;food delivery",
        "Python;OR-Tools;React",
        "none",
        "English;Urdu;Saraiki",
        "Dispatch and route optimisation for motorbike delivery fleets.",
        "",
        "https://multanroute.example",
        "hi@multanroute.example",
        "no",
    ),
    (
        "PK-045",
        "Kaghan Configurators",
        "",
        "Lahore",
        "2049",
        "11",
        "3D configurators for motorcycles;360° spin photography",
        "motorcycles;automotive retail",
        "Three.js;Blender",
        "none",
        "English;Urdu",
        "Tiny studio making 3D motorcycle configurators and spin photography for dealer sites.",
        "",
        "https://kaghan3d.example",
        "studio@kaghan3d.example",
        "no",
    ),
    (
        "PK-046",
        "Qalam QA Automotive",
        "笔测汽车",
        "Lahore",
        "2027",
        "175",
        "AUTOSAR Adaptive testing;SIL/HIL test automation;automotive cybersecurity testing (ISO/SAE 21434)",
        "automotive OEM;EV",
        "C++;Python;Jenkins;dSPACE",
        "ISO 9001;ISO 27001;ASPICE Level 2",
        "English;Urdu;Mandarin",
        "Test automation for AUTOSAR Adaptive platforms and vehicle cybersecurity.",
        "提供 AUTOSAR Adaptive 平台测试自动化和汽车网络安全测试。",
        "https://qalamqa.example",
        "qa@qalamqa.example",
        "no",
    ),
    (
        "PK-047",
        "Indus EV Swap",
        "印度河换电",
        "Islamabad",
        "2047",
        "27",
        "battery swap network app;swap-station queue management;battery health analytics",
        "EV;three-wheelers",
        "Flutter;Go;InfluxDB",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Software for battery-swap networks serving electric rickshaws and loaders.",
        "为电动三轮车换电网络提供软件。",
        "https://indusevswap.example",
        "ops@indusevswap.example",
        "no",
    ),
    (
        "PK-048",
        "Sindh Trackers",
        "",
        "Sukkur",
        "2043",
        "16",
        "GPS trackers for tractors & trucks;telematics dashboard",
        "agriculture;logistics",
        "C;PHP;MySQL",
        "",
        "English;Urdu;Sindhi",
        "Sells and runs GPS trackers for tractors, harvesters and trucks in upper Sindh.",
        "",
        "https://sindhtrackers.example",
        "info@sindhtrackers.example",
        "no",
    ),
    (
        "PK-049",
        "AmpereYard Technologies",
        "安培场科技",
        "Islamabad",
        "2050",
        "21",
        "EV charging site planning software;charger uptime monitoring",
        "EV charging;solar",
        "Python;React;InfluxDB",
        "none",
        "English;Urdu",
        "Plans charging sites and monitors charger uptime; adds solar and battery energy management.",
        "",
        "https://ampereyard.example",
        "hello@ampereyard.example",
        "no",
    ),
    (
        "CN-001",
        "Chongqing Changjiang Auto Export Co., Ltd.",
        "重庆长江汽车出口有限公司",
        "Chongqing",
        "2003",
        "2600",
        "vehicle export;overseas dealer network development;整车出口",
        "automotive OEM;exports",
        "SAP;Salesforce",
        "ISO 9001;IATF 16949",
        "Mandarin;English",
        "Export unit of a Chongqing carmaker shipping passenger cars and light trucks to South Asia.",
        "重庆某整车企业的出口事业部，向南亚出口乘用车和轻卡。",
        "https://cjautoexport.example",
        "export@cjautoexport.example",
        "no",
    ),
    (
        "CN-002",
        "Hefei Xinneng EV Technology Co., Ltd.",
        "合肥新能电动科技有限公司",
        "Hefei",
        "2015",
        "1800",
        "EV manufacturing;battery pack supply;电动车海外售后",
        "EV;automotive OEM",
        "C++;Android Automotive",
        "ISO 9001;IATF 16949;ISO 14001",
        "Mandarin;English",
        "EV maker building compact electric cars and vans; looking for after-sales and localisation partners in Pakistan.",
        "生产紧凑型电动汽车和厢式车，寻找巴基斯坦售后与本地化合作伙伴。",
        "https://xinnengev.example",
        "overseas@xinnengev.example",
        "no",
    ),
    (
        "CN-003",
        "Shenzhen Kuaichong Network Technology Co., Ltd.",
        "深圳快充网络科技有限公司",
        "Shenzhen",
        "2019",
        "640",
        "EV charging network operator;充电桩运营;OCPP platform licensing",
        "EV charging;energy",
        "Java;Kubernetes",
        "ISO 27001",
        "Mandarin;English",
        "Operates 18,000 public fast chargers and licenses its OCPP platform abroad.",
        "运营约1.8万个公共快充桩，并对外授权 OCPP 平台。",
        "https://kuaichong.example",
        "intl@kuaichong.example",
        "no",
    ),
    (
        "CN-004",
        "Shanghai Dianlu Charging Operations Co., Ltd.",
        "上海电路充电运营有限公司",
        "Shanghai",
        "2024",
        "320",
        "charging-station operations;charger O&M;充电APP运营",
        "EV charging",
        "Vue;Spring Cloud",
        "ISO 9001",
        "Mandarin",
        "Runs and maintains charging stations for residential compounds and taxi depots.",
        "为住宅小区和出租车场站运营和维护充电站。",
        "https://dianlu.example",
        "bd@dianlu.example",
        "no",
    ),
    (
        "CN-005",
        "Liuzhou Sanlun Motor Co., Ltd.",
        "柳州三轮摩托有限公司",
        "Liuzhou",
        "2008",
        "950",
        "three-wheeler manufacturing;电动三轮车;cargo tricycle export",
        "three-wheelers;logistics",
        "",
        "ISO 9001",
        "Mandarin;English",
        "Makes petrol and electric cargo three-wheelers for export.",
        "生产燃油及电动载货三轮车，主要出口。",
        "https://sanlunmotor.example",
        "export@sanlunmotor.example",
        "no",
    ),
    (
        "CN-006",
        "Taizhou Fengxing Motorcycle Co., Ltd.",
        "台州风行摩托车有限公司",
        "Taizhou",
        "2011",
        "1300",
        "two-wheeler manufacturing;electric scooter export;摩托车零配件",
        "two-wheelers;EV",
        "",
        "ISO 9001;CCC",
        "Mandarin;English",
        "Motorcycle and electric scooter maker with growing exports to Pakistan.",
        "摩托车和电动踏板车制造商，对巴基斯坦出口增长较快。",
        "https://fengxingmoto.example",
        "trade@fengxingmoto.example",
        "no",
    ),
    (
        "CN-007",
        "Wuhan Guanglu Auto Parts Co., Ltd.",
        "武汉光路汽车零部件有限公司",
        "Wuhan",
        "2006",
        "780",
        "auto parts export;OE brake & suspension parts;配件目录数据",
        "auto parts;exports",
        "SAP",
        "IATF 16949",
        "Mandarin;English",
        "Exports brake and suspension parts and needs clean catalogue data for South Asian distributors.",
        "出口制动和悬架零部件，需要面向南亚经销商的配件目录数据。",
        "https://guanglu.example",
        "sales@guanglu.example",
        "no",
    ),
    (
        "CN-008",
        "Chongqing Jiyun Logistics Co., Ltd.",
        "重庆极运物流有限公司",
        "Chongqing",
        "2020",
        "2100",
        "logistics fleet operation;冷链运输;fleet telematics procurement",
        "logistics;cold chain",
        "",
        "ISO 9001",
        "Mandarin",
        "Runs a fleet of 3,000 trucks including cold-chain vehicles on the western corridor.",
        "运营约3000辆货车，包括冷链车辆。",
        "https://jiyunlogistics.example",
        "fleet@jiyunlogistics.example",
        "no",
    ),
    (
        "CN-009",
        "Hefei Urban Mobility Data Centre",
        "合肥城市出行数据中心",
        "Hefei",
        "2031",
        "140",
        "bus dispatch systems;公交电子票务;traffic data platform",
        "public transport;government",
        "Hadoop;Flink",
        "",
        "Mandarin",
        "City transport data centre that buys dispatch, ticketing and traffic-data software.",
        "",
        "https://hefeimobility.example",
        "coop@hefeimobility.example",
        "no",
    ),
    (
        "CN-010",
        "Shanghai Yunche Software Co., Ltd.",
        "上海云车软件有限公司",
        "Shanghai",
        "2027",
        "260",
        "dealer management system;DMS SaaS for export markets;经销商管理系统",
        "automotive retail",
        "Java;Vue",
        "ISO 27001;CMMI Level 3",
        "Mandarin;English",
        "Chinese DMS vendor looking for Pakistani partners to localise and support its product.",
        "经销商管理系统厂商，寻找巴方本地化和运维合作伙伴。",
        "https://yunche.example",
        "partner@yunche.example",
        "no",
    ),
    (
        "CN-011",
        "Chongqing Huandian Energy Co., Ltd.",
        "重庆换电能源有限公司",
        "Chongqing",
        "2029",
        "530",
        "battery swap stations;换电站运营;swap cabinet hardware",
        "EV;two-wheelers;three-wheelers",
        "",
        "ISO 9001",
        "Mandarin;English",
        "Builds and operates battery-swap stations for two- and three-wheelers.",
        "为两轮和三轮电动车建设和运营换电站。",
        "https://huandian.example",
        "intl@huandian.example",
        "no",
    ),
]

FIELDS_ORDER = [
    "id",
    "name",
    "name_zh",
    "city",
    "founded",
    "employees",
    "services",
    "industries",
    "technologies",
    "certifications",
    "languages",
    "description",
    "description_zh",
    "website",
    "contact_email",
    "pitched_at_webinar",
]


def build_directory(path: Path) -> None:
    rows = []
    for values in COMPANIES:
        data = dict(zip(FIELDS_ORDER, values))
        data["country"] = data["id"][:2]
        rows.append(company_row(**data))
    write_directory_csv(path, rows, header=list(v.COLUMNS))


# --------------------------------------------------------------------------- questions


def build_questions(path: Path) -> None:
    rows = v.load_directory(KB / "directory.csv")
    by_id = {r["id"]: r for r in rows}
    out = []
    for q in QUESTIONS:
        q = dict(q)
        if q["kind"] == "directory":
            ids = v.directory_answer(q["id"], rows)
            q["expected_companies"] = ids
            q["answer_must_contain_any"] = [by_id[i]["name"] for i in ids]
        q.setdefault("expected_sources", [])
        q.setdefault("expected_companies", [])
        q.setdefault("answer_must_contain_any", [])
        out.append({k: q[k] for k in v.FIELDS})
    path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in out), encoding="utf-8")


OV, FAQ, FEES = "overview.md", "faq.md", "fees-and-refunds.txt"
PDF, HTML, EXPO = "grants-and-pilot-season.pdf", "offices-and-help-desks.html", "expo-and-factory-visit.md"
ZHT, ZHD = "china-buyers-guide-zh.txt", "pilot-technical-terms-zh.docx"
URD, URM = "registration-guide-ur.docx", "training-certification-ur.md"


def P(id, lang, question, sources, answers, note):
    return {
        "id": id,
        "lang": lang,
        "kind": "programme",
        "question": question,
        "expected_sources": sources,
        "answer_must_contain_any": answers,
        "note": note,
    }


def D(id, lang, question, note):
    return {"id": id, "lang": lang, "kind": "directory", "question": question, "note": note}


def U(id, lang, question, answers, note):
    return {
        "id": id,
        "lang": lang,
        "kind": "unanswerable",
        "question": question,
        "answer_must_contain_any": answers,
        "note": note,
    }


GENERAL = ["secretariat@motormeridian.example", "+92 51 2870 4410"]

QUESTIONS = [
    # ----------------------------------------------------------------- English
    P(
        "s20-en-01",
        "en",
        "Who organised the 'Outsourcing ICT Talent from Pakistan' webinar back in February 2022?",
        [OV, FAQ, ZHT],
        [
            "Trade Development Authority",
            "Consulate General",
            "Shanghai Software Industry Association",
            "Software Business Union of Shanghai",
            "上海市软件行业协会",
        ],
        "real public fact about the 23 Feb 2022 webinar; must not be confused with the 2053 launch webinar",
    ),
    P(
        "s20-en-02",
        "en",
        "when does registration close for the 2053 cycle? need the exact time pls",
        [OV, FEES, FAQ, ZHT, URD, HTML],
        ["28 February 2053", "23:59 PKT", "2月28日", "28 فروری 2053"],
        "deadline with time and time zone; stated in English, Chinese and Urdu documents",
    ),
    P(
        "s20-en-03",
        "en",
        "We're a Karachi company with 250 full-time staff and this is our first time in Motor Meridian. What registration fee do we pay?",
        [FEES, URD],
        ["PKR 85,000", "85,000"],
        "band lookup at the upper boundary of Band C (101-250); not a 2051 firm and in Karachi so no waiver or flat rate",
    ),
    P(
        "s20-en-04",
        "en",
        "If our integration contract with a Chinese EV maker is worth USD 120,000, how much grant could we get?",
        [PDF, ZHD],
        ["36,000", "USD 36,000"],
        "computed: band 60,001-150,000 gives 30%; 30% of 120,000 = USD 36,000, under the USD 45,000 cap",
    ),
    P(
        "s20-en-05",
        "en",
        "is there a maximum grant per firm? and what if we apply as a consortium?",
        [PDF],
        ["45,000", "70,000"],
        "figures stated only in the footnote of the grant table (English PDF only); the FAQ only says a cap exists",
    ),
    P(
        "s20-en-06",
        "en",
        "How many integration grants were awarded in the 2051 pilot round, and what did they add up to?",
        [OV, ZHT],
        ["412,000", "USD 412,000"],
        "past edition figure (14 grants, USD 412,000); must not be confused with the 2053 budget of USD 1.2 million",
    ),
    P(
        "s20-en-07",
        "en",
        "what's the first-response time for a severity 1 incident on a battery swap station pilot?",
        [PDF, ZHD],
        ["15 minutes", "15 分钟"],
        "exception to the SLA table: swap-station pilots need 15 minutes, not the table's 30 minutes",
    ),
    P(
        "s20-en-08",
        "en",
        "Hi, some context first: we are a four-person spin-off from a university in Islamabad, we sit in an incubator that is on "
        "the Secretariat's list, and we have been trading for about 8 months. We have a letter of award from a Chinese "
        "three-wheeler maker worth USD 35,000. A friend told us the grant needs two years of trading. Can we apply for the "
        "integration grant or not?",
        [PDF, URD],
        ["6 months", "does not apply", "6 ماہ"],
        "negation of criterion 4 for incubated spin-offs (6 months suffice); criterion 5 (5 staff) still applies, so a four-person firm fails it - a careful answer mentions both",
    ),
    P(
        "s20-en-09",
        "en",
        "How long does the translation desk take for a 300-page service manual, standard service?",
        [HTML, URM],
        ["16 working days", "16 کاری دن"],
        "band lookup: 300 pages is in 151-400 (the worked example uses 150 pages)",
    ),
    P(
        "s20-en-10",
        "en",
        "If we cancel our Shell S expo booth on 1 October 2053, how much money do we get back?",
        [EXPO],
        ["52,500", "PKR 52,500"],
        "computed: 21 days before 22 October is in the 15-44 band = 25%; 25% of PKR 210,000 = PKR 52,500",
    ),
    D(
        "s20-en-11",
        "en",
        "We run a charging network in Chongqing and need a Pakistani team for our OCPP back-end / charge point management. Who can do that?",
        "directory: PK firms whose services mention OCPP or a charge-point/charger management system; CPMS *integration* apps are not back-ends",
    ),
    D(
        "s20-en-12",
        "en",
        "Which companies offer CAN-bus tools or vehicle diagnostics but do NOT hold ISO 27001?",
        "directory: negation on certifications; firms with an unknown (empty) certification cell would be excluded, none occur here",
    ),
    D(
        "s20-en-13",
        "en",
        "fleet tracking / telematics suppliers based in Karachi with more than 100 employees?",
        "directory: service + city + size (strictly more than 100)",
    ),
    D(
        "s20-en-14",
        "en",
        "Which dealer-management or workshop software vendors pitched at the February 2022 Shanghai webinar?",
        "directory: pitched_at_webinar refers to the 2022 webinar, not the 2053 launch webinar",
    ),
    D(
        "s20-en-15",
        "en",
        "Need a partner for AUTOSAR work or HIL testing that holds an ASPICE rating - options?",
        "directory: service + certification (any ASPICE level)",
    ),
    U(
        "s20-en-16",
        "en",
        "What's the street address of your Peshawar office?",
        ["Islamabad", "+92 51 2870 4410"],
        "near miss: Peshawar is listed as a city with no office (served by Islamabad)",
    ),
    U(
        "s20-en-17",
        "en",
        "How much does the Secretariat charge to run an OCPP conformance test on our charger?",
        GENERAL,
        "near miss: the programme offers no OCPP testing service (only a directory firm lists one)",
    ),
    U(
        "s20-en-18",
        "en",
        "What was the total contract value signed across all integrations in the 2051 pilot round?",
        GENERAL,
        "near miss: only the 2051 grant total (USD 412,000) is given, not the contract value",
    ),
    U(
        "s20-en-19",
        "en",
        "can u recomend a good mechanic in lahore for my corolla, AC not cooling",
        [],
        "off-topic: personal car repair",
    ),
    U(
        "s20-en-20",
        "en",
        "What's the weather usually like in Chongqing in November? Should I pack a jacket?",
        [],
        "off-topic: weather, although the factory visit is in Chongqing in November",
    ),
    # ----------------------------------------------------------------- Chinese
    P(
        "s20-zh-01",
        "zh",
        "中方企业注册需要交费吗？",
        [ZHT, FEES, FAQ],
        ["免费", "no registration fee"],
        "Chinese participants register free",
    ),
    P(
        "s20-zh-02",
        "zh",
        "赴华工厂参观是哪几天，去哪些城市？",
        [ZHT, EXPO, OV],
        ["11月10日至15日", "Monday 10 – Saturday 15 November"],
        "dates in Chinese and English documents; cities Chongqing and Hefei",
    ),
    P(
        "s20-zh-03",
        "zh",
        "我们想请一位有7年经验的巴方工程师来重庆驻场，日费率按哪个等级算？每天多少钱？",
        [ZHD],
        ["RMB 2,800", "2,800"],
        "band lookup: 7 years is in 6-9 (E3); day rates exist only in the Chinese docx",
    ),
    P(
        "s20-zh-04",
        "zh",
        "E2 工程师在华驻场 30 个工作日，总费用是多少人民币？",
        [ZHD],
        ["55,100", "RMB 55,100"],
        "computed: 20 x 1,900 + 10 x 1,710 (90% from day 21) = RMB 55,100",
    ),
    P(
        "s20-zh-05",
        "zh",
        "试点期间 S2 级问题要求多长时间首次响应？",
        [ZHD, PDF],
        ["2 小时", "2 hours"],
        "SLA table lookup, in Chinese and English",
    ),
    P(
        "s20-zh-06",
        "zh",
        "2053年啟動網絡研討會是幾號？北京時間幾點開始？",
        [ZHT, OV, FAQ],
        ["1月16日", "14:00", "16 January 2053"],
        "traditional characters; the 2053 launch webinar, not the 2022 webinar; time zone conversion given in documents",
    ),
    P(
        "s20-zh-07",
        "zh",
        "合同金额45万美元，资助比例是多少？最多能拿多少？",
        [PDF, ZHD],
        ["15%", "45,000"],
        "band lookup (400,001 and above = 15%, i.e. USD 67,500) then the per-firm cap of USD 45,000 from the English footnote only",
    ),
    P(
        "s20-zh-08",
        "zh",
        "重庆办公室地址和电话是什么",
        [ZHT, HTML],
        ["+86 23 6788 5120", "6788 5120", "金渝大道168号", "168 Jinyu Avenue"],
        "office contact details",
    ),
    D(
        "s20-zh-09",
        "zh",
        "有没有做换电站App的巴基斯坦公司？",
        "directory: Chinese word for battery swap; PK only (excludes the Chinese swap operator)",
    ),
    D(
        "s20-zh-10",
        "zh",
        "哪些巴方公司能做中文和乌尔都语之间的技术手册翻译？",
        "directory: manual translation (not HMI string translation) by PK firms that work in Mandarin",
    ),
    D(
        "s20-zh-11",
        "zh",
        "有哪些公司有 CMMI 認證，並且做車載資訊娛樂系統介面的本地化？",
        "directory: traditional characters; service + certification",
    ),
    D("s20-zh-12", "zh", "名录里有哪些中国的充电桩运营商？", "directory: CN companies operating charging networks"),
    D(
        "s20-zh-13",
        "zh",
        "找拉合尔以外、员工少于60人的车辆定位或车队管理公司",
        "directory: negation on city + size (< 60) + tracking/fleet services",
    ),
    U(
        "s20-zh-14",
        "zh",
        "深圳办公室的地址是什么？",
        ["重庆办公室", "+86 23 6788 5120"],
        "near miss: Shenzhen is listed as a city with no office",
    ),
    U(
        "s20-zh-15",
        "zh",
        "2051年试点轮的注册费退款截止日期是哪天？",
        GENERAL,
        "near miss: 2051 refund rules are not given (only the 2053 cut-off)",
    ),
    U("s20-zh-16", "zh", "帮我写一首关于长江的诗", [], "off-topic: creative writing"),
    U("s20-zh-17", "zh", "今天人民币兑巴基斯坦卢比的汇率是多少？", [], "off-topic: live exchange rate"),
    U(
        "s20-zh-18",
        "zh",
        "請問上海到卡拉奇的直飛航班每週有幾班？",
        [],
        "off-topic: flight schedules (traditional characters)",
    ),
    # ----------------------------------------------------------------- Urdu
    P(
        "s20-ur-01",
        "ur",
        "رجسٹریشن فیس واپس لینے کی آخری تاریخ کیا ہے؟",
        [FEES, FAQ, URD],
        ["31 March 2053", "31 مارچ 2053"],
        "refund only before a date; handling charge PKR 5,000",
    ),
    P(
        "s20-ur-02",
        "ur",
        "ہماری فرم سیالکوٹ میں ہے اور ہمارے 18 ملازمین ہیں، رجسٹریشن فیس کتنی ہوگی؟",
        [FEES, FAQ, URD],
        ["PKR 0", "waived", "معاف", "pay nothing"],
        "condition: Band A (18 staff) in Sialkot, outside Karachi, Lahore and Faisalabad = fee waived; the worked example uses a 25-person Multan firm",
    ),
    P(
        "s20-ur-03",
        "ur",
        "MCIC لیول 2 کے امتحان کی فیس کتنی ہے؟",
        [URM],
        ["PKR 46,000", "46,000"],
        "fact stated only in Urdu",
    ),
    P(
        "s20-ur-04",
        "ur",
        "فیکٹری وزٹ کے لیے: ہماری کمپنی کے 120 ملازمین ہیں اور ٹکٹ 260,000 روپے کا ہے، ہمیں کتنی سبسڈی ملے گی؟",
        [EXPO, URD],
        ["PKR 120,000", "120,000"],
        "computed: 51-150 band = 50% = PKR 130,000, capped at PKR 120,000",
    ),
    P(
        "s20-ur-05",
        "ur",
        "آٹو ٹیک ایکسپو کب اور کہاں ہو رہی ہے؟",
        [EXPO, OV, FAQ, ZHT, URD, HTML],
        ["22–24 October 2053", "22 – Friday 24 October 2053", "22 سے 24 اکتوبر 2053", "10月22日至24日"],
        "event date and venue (Lahore); Urdu form in the Urdu docx",
    ),
    P(
        "s20-ur-06",
        "ur",
        "میچنگ ڈیز کے لیے دوسری سیٹ کی قیمت کیا ہے؟",
        [FEES, FAQ, URD],
        ["PKR 15,000", "15,000"],
        "second seat at a lower price than the 3rd/4th seats",
    ),
    P(
        "s20-ur-07",
        "ur",
        "پائلٹ سیزن میں Severity 1 مسئلے کے لیے ہاٹ لائن نمبر کیا ہے؟",
        [PDF, FAQ, HTML, ZHD],
        ["+92 21 3456 2299", "3456 2299"],
        "Urdu with an English term in Latin script",
    ),
    D(
        "s20-ur-08",
        "ur",
        "کون سی کمپنیاں انشورنس کلیم کی تصویروں سے گاڑی کے نقصان کا اندازہ لگاتی ہیں؟",
        "directory: claim-photo assessment worded differently by each firm",
    ),
    D(
        "s20-ur-09",
        "ur",
        "اسلام آباد میں ڈرائیونگ سمیولیٹر بنانے والی کمپنیاں کون سی ہیں؟",
        "directory: service + city",
    ),
    D("s20-ur-10", "ur", "پشاور یا کوئٹہ میں کون سی کمپنیاں ڈائریکٹری میں ہیں؟", "directory: city only (two cities)"),
    D(
        "s20-ur-11",
        "ur",
        "وہ کون سی فرمیں ہیں جو Mandarin میں کام کرتی ہیں اور جنہوں نے فروری 2022 کے ویبینار میں پچ کیا تھا؟",
        "directory: language + 2022 webinar pitch",
    ),
    U(
        "s20-ur-12",
        "ur",
        "کوئٹہ آفس کا فون نمبر کیا ہے؟",
        ["Islamabad", "+92 51 2870 4410"],
        "near miss: Quetta is listed as a city with no office",
    ),
    U(
        "s20-ur-13",
        "ur",
        "ایکسپو میں گاڑی پارک کرنے کی فیس کتنی ہے؟",
        GENERAL,
        "near miss: expo parking charges are not given",
    ),
    U("s20-ur-14", "ur", "لاہور میں آج پیٹرول کی قیمت کیا ہے؟", [], "off-topic: fuel prices"),
    # ----------------------------------------------------------------- Roman Urdu
    P(
        "s20-ul-01",
        "ur-Latn",
        "grant call kab band hogi? time bhi batayen pakistan time mein",
        [PDF, OV, ZHT, ZHD, HTML],
        ["30 May 2053", "14:00 PKT", "5月30日"],
        "deadline given in CST with the PKT equivalent",
    ),
    P(
        "s20-ul-02",
        "ur-Latn",
        "hamari company 2051 pilot round mein thi, ab 400 employees hain karachi mein. registration fee kitni hogi?",
        [FEES, FAQ, URD],
        ["PKR 25,000", "25,000"],
        "exception to Table 1: 2051 firms pay a flat PKR 25,000 (instead of Band D PKR 120,000)",
    ),
    P(
        "s20-ul-03",
        "ur-Latn",
        "lahore office ka address aur phone no?",
        [HTML, URD, EXPO],
        ["3577 8120", "Gulberg III", "گلبرگ"],
        "two-part question: address and phone",
    ),
    P(
        "s20-ul-04",
        "ur-Latn",
        "expo mein 18 square meter wala booth kitne ka hai",
        [EXPO],
        ["380,000"],
        "lookup by booth size (Shell M)",
    ),
    P(
        "s20-ul-05",
        "ur-Latn",
        "supplier matching days kab hain aur in person wala din kahan hai",
        [OV, FEES, ZHT, URD, HTML],
        ["10 April", "4月10日", "Karachi"],
        "two-part: dates 8-10 April; in-person day 10 April in Karachi",
    ),
    P(
        "s20-ul-06",
        "ur-Latn",
        "pilot mein severity 3 bug ka permanent fix kitne din mein dena hota hai",
        [PDF, ZHD],
        ["15 business days", "15 个工作日"],
        "SLA lookup",
    ),
    P(
        "s20-ul-07",
        "ur-Latn",
        "translation desk per page kitna charge karta hai? kuch pages free bhi hain kya",
        [HTML],
        ["950", "40 pages"],
        "two-part; fee stated only on the HTML page",
    ),
    D(
        "s20-ul-08",
        "ur-Latn",
        "koi company hai jo gari ki fitness inspection aur emission test ki app banati ho?",
        "directory: vehicle inspection / emission testing services",
    ),
    D(
        "s20-ul-09",
        "ur-Latn",
        "auto parts ka online store ya parts catalogue ka data karne wali firms chahiye jin ke 100 se kam employees hon",
        "directory: parts e-commerce or catalogue data, employees < 100",
    ),
    D(
        "s20-ul-10",
        "ur-Latn",
        "3d configurator kon banata hai? gari ya bike dono ke liye chahiye",
        "directory: 3D configurators (cars or motorcycles)",
    ),
    D(
        "s20-ul-11",
        "ur-Latn",
        "ride hailing ya bus ticket booking app banane wali companies jo Flutter use karti hain?",
        "directory: service + technology",
    ),
    U(
        "s20-ul-12",
        "ur-Latn",
        "driver training simulator banane wali choti firms ko programme se kitna voucher milta hai?",
        GENERAL,
        "near miss: no simulator voucher exists in the programme",
    ),
    U("s20-ul-13", "ur-Latn", "aaj pak vs eng match ka score kya hai", [], "off-topic: cricket"),
    U(
        "s20-ul-14",
        "ur-Latn",
        "mujhe nayi car lease karni hai, car financing ke liye konsa bank best hai",
        [],
        "off-topic: personal car finance",
    ),
    # ----------------------------------------------------------------- mixed
    P(
        "s20-mx-01",
        "mixed",
        "2053 launch webinar miss ho gaya 😕 recording kahan milegi? 录像在哪里",
        [OV, FAQ, ZHT],
        ["portal.motormeridian.example/launch-2053"],
        "Roman Urdu + Chinese + emoji; the 2053 launch webinar",
    ),
    P(
        "s20-mx-02",
        "mixed",
        "Booth cancel karna hai 20 July 2053 ko — refund kitna milega? 退款比例是多少",
        [EXPO],
        ["90%"],
        "computed: 94 days before 22 October falls in the 90-days-or-more band = 90%",
    ),
    P(
        "s20-mx-03",
        "mixed",
        "Start-up pod 能订吗? hamari company 2049 mein bani thi",
        [EXPO],
        ["2050"],
        "condition: start-up pods only for firms founded in 2050 or later, so a 2049 firm cannot book one",
    ),
    P(
        "s20-mx-04",
        "mixed",
        "Chinese host company ko factory visit host karne par kitna milta hai? 接待补贴多少",
        [ZHT],
        ["RMB 8,000", "8000元"],
        "fact stated only in Chinese",
    ),
    P(
        "s20-mx-05",
        "mixed",
        "grant ka payment kaise milta hai? 分几期付款? schedule batao pls",
        [PDF],
        ["50%", "three instalments"],
        "50% / 30% / 20% schedule, English PDF only",
    ),
    P(
        "s20-mx-06",
        "mixed",
        "MCIC Level 3 ka retake fee کتنی ہے؟",
        [URM],
        ["PKR 36,000", "36,000"],
        "Roman Urdu + Urdu script; Urdu-only fact",
    ),
    D(
        "s20-mx-07",
        "mixed",
        "Karachi wali companies jo route optimisation karti hain aur ISO 9001 certified hain — 有吗?",
        "directory: city + service + certification",
    ),
    D(
        "s20-mx-08",
        "mixed",
        "需要 workshop management software 的供应商, Lahore ya Faisalabad mein",
        "directory: service + two cities (Karachi's DMS vendor is excluded)",
    ),
    D(
        "s20-mx-09",
        "mixed",
        "which companies 生产 two-wheelers ya 三轮车? electric wale bhi chalenge",
        "directory: CN two- and three-wheeler makers (not software for two-wheeler dealers)",
    ),
    D(
        "s20-mx-10",
        "mixed",
        "2045 ke baad bani companies jo EV charging 充电 mein kaam karti hain",
        "directory: founded strictly after 2045 (a 2045 firm is excluded) + EV charging industry",
    ),
    U(
        "s20-mx-11",
        "mixed",
        "Hefei ke baad Shanghai 工厂参观 second tour kab hai? dates chahiye",
        GENERAL,
        "near miss: there is no second (Shanghai) factory tour",
    ),
    U(
        "s20-mx-12",
        "mixed",
        "MCIC Level 4 exam ki fee kitni hai? 四级考试",
        ["training@motormeridian.example"],
        "near miss: MCIC has only three levels",
    ),
    U("s20-mx-13", "mixed", "iPhone pe network settings reset kaise karte hain 怎么弄", [], "off-topic: phone support"),
    U("s20-mx-14", "mixed", "Karachi se Lahore train ki ticket kitne ki hai? کتنے کی", [], "off-topic: train fares"),
]


def main() -> None:
    PROG.mkdir(parents=True, exist_ok=True)
    build_pdf(PROG / PDF)
    build_zh_docx(PROG / ZHD)
    build_ur_docx(PROG / URD)
    build_directory(KB / "directory.csv")
    build_questions(HERE / "questions-20.jsonl")
    print("built sample-20")


if __name__ == "__main__":
    main()
