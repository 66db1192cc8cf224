"""Build the binary documents, the directory and the questions of held-out sample 18 (Tutor Track 2049).

Run once from the repository root:  .venv/bin/python tests/data/build_sample18.py
The .md, .txt and .html documents are written by hand and are not touched here.
Directory answer sets come from the filters in validate_sample18.py, never by hand.
"""

import contextlib
import json
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import pypdf  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from validate_sample18 import answer_set, load_rows  # noqa: E402

from tests.files import company_row, write_directory_csv, write_docx, write_pdf  # noqa: E402

KB = HERE / "sample-18"
PROGRAMME = KB / "programme"


# ---------------------------------------------------------------------------- PDF
def pdf_escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


class PdfPage:
    """Lays out headings, paragraphs and ruled tables top-down for write_pdf."""

    LEFT, RIGHT, TOP = 56, 556, 740

    def __init__(self):
        self.y = self.TOP
        self.placed = []
        self.rules = []

    def text(self, x, s):
        self.placed.append((x, round(self.y, 1), pdf_escape(s)))

    def line(self, s, indent=0, gap=13):
        self.text(self.LEFT + indent, s)
        self.y -= gap

    def heading(self, s):
        self.y -= 6
        self.line(s, gap=16)

    def para(self, s, width=96):
        for chunk in textwrap.wrap(s, width):
            self.line(chunk)
        self.y -= 4

    def table(self, columns, rows, caption=None):
        """columns: x offsets from LEFT; rows[0] is the header row."""
        if caption:
            self.line(caption, gap=15)
        top = self.y + 10
        self.rules.append((self.LEFT, top, self.RIGHT, top))
        for i, row in enumerate(rows):
            for x, cell in zip(columns, row):
                self.text(self.LEFT + x + 3, cell)
            self.y -= 15
            bottom = self.y + 10
            self.rules.append((self.LEFT, bottom, self.RIGHT, bottom))
        for x in [*list(columns), self.RIGHT - self.LEFT]:
            self.rules.append((self.LEFT + x, top, self.LEFT + x, self.y + 10))
        self.y -= 6


def build_pdf(path):
    p1 = PdfPage()
    p1.line("TUTOR TRACK 2049 - EXPO AND EXCHANGE HANDBOOK", gap=14)
    p1.line("Pak-China EdTech & Vocational Skills Software Programme 2049", gap=14)
    p1.line(
        "Tutor Track Secretariat, Islamabad - issue 1, 25 January 2049                              Page 1 of 2", gap=20
    )
    p1.heading("1. EdTech Pakistan Expo 2049 - Tutor Track Pavilion")
    p1.para(
        "Wednesday 20 - Friday 22 October 2049, Expo Centre Karachi, 10:00-18:00 PKT. The Tutor Track Pavilion "
        "shows Pakistani EdTech firms to Chinese partner institutions, Pakistani universities and training buyers."
    )
    p1.para(
        "Booth booking deadline: Monday 16 August 2049, 17:00 PKT. Book with expo@tutortrack.example or "
        "+92 21 3587 4121. Enrolled Tutor Track firms get 20% off the booth price; other firms pay the full price."
    )
    p1.table(
        [0, 120, 190, 310],
        [
            ["Booth type", "Size", "Price", "Enrolled firms (20% off)"],
            ["Counter desk", "4 sqm", "PKR 95,000", "PKR 76,000"],
            ["Shell scheme", "9 sqm", "PKR 240,000", "PKR 192,000"],
            ["Shell scheme", "12 sqm", "PKR 310,000", "PKR 248,000"],
            ["Space only", "18 sqm", "PKR 420,000", "PKR 336,000"],
        ],
        caption="Table 1. Booth prices",
    )
    p1.line("* Corner booths cost PKR 25,000 extra.", gap=18)
    p1.table(
        [0, 190],
        [
            ["Notice given before opening day", "Refund of the booth price paid"],
            ["60 days or more", "Full refund less PKR 10,000"],
            ["30 - 59 days", "50%"],
            ["15 - 29 days", "20%"],
            ["14 days or fewer", "No refund"],
        ],
        caption="Table 2. Booth cancellation refunds (opening day 20 October 2049; bands inclusive)",
    )
    p1.para(
        "Worked example: an enrolled firm cancels a 9 sqm shell scheme booth on Monday 20 September 2049, exactly "
        "30 days before opening day. It falls in the 30 - 59 days band and gets 50% of PKR 192,000 = PKR 96,000."
    )
    p1.para(
        "Exhibitors receive two exhibitor badges per booth; extra badges cannot be bought. Booth build-up is on "
        "Tuesday 19 October 2049 from 14:00 PKT."
    )

    p2 = PdfPage()
    p2.line(
        "TUTOR TRACK 2049 - EXPO AND EXCHANGE HANDBOOK                                                     Page 2 of 2",
        gap=20,
    )
    p2.heading("2. Faculty exchange visit to China")
    p2.para(
        "Monday 8 - Monday 15 November 2049: Hangzhou 8 - 11 November (3 nights) and Chengdu 11 - 15 November "
        "(4 nights), with visits to vocational colleges, an online course platform and an education publisher."
    )
    p2.para(
        "Open to teaching staff of Pakistani partner colleges and to staff of enrolled firms; at most 2 places per "
        "firm and 30 places in all. Package: PKR 385,000 per person, covering return economy flights from Islamabad "
        "or Karachi, hotels, local transport and visits. Visa fees are not included."
    )
    p2.para("Applications close Friday 10 September 2049, 17:00 PKT, by e-mail to exchange@tutortrack.example.")
    p2.table(
        [0, 190],
        [
            ["Notice given before departure", "Refund of the package price"],
            ["45 days or more", "90%"],
            ["30 - 44 days", "60%"],
            ["15 - 29 days", "25%"],
            ["14 days or fewer", "No refund"],
        ],
        caption="Table 3. Withdrawal refunds (departure 8 November 2049; bands inclusive)",
    )
    p2.para(
        "Worked example: a lecturer withdraws on Friday 1 October 2049, 38 days before departure. The 30 - 44 days "
        "band applies: refund 60% of PKR 385,000 = PKR 231,000. A named substitute from the same firm or college "
        "may replace a participant free of charge until 25 October 2049."
    )
    p2.heading("3. Tutor Track Verified - platform audit fees")
    p2.table(
        [0, 330],
        [
            ["Audit", "Fee"],
            ["LMS interoperability (LTI 1.3, SCORM 2004, xAPI)", "USD 900"],
            ["Online proctoring integrity", "USD 1,500"],
            ["Accessibility (WCAG 2.2 AA)", "USD 1,200"],
            ["Learner data protection", "USD 1,350"],
        ],
        caption="Table 4. Audit fees per platform",
    )
    p2.para(
        "Firms with 25 or fewer employees pay 30% less for their first audit. A re-audit within 90 days of a "
        "failed audit costs 50% of the fee. Audit results are issued within 15 working days. A passed audit lets "
        "the firm show the Tutor Track Verified badge until 31 December 2050."
    )

    with tempfile.TemporaryDirectory() as tmp:
        first = write_pdf(Path(tmp) / "p1.pdf", p1.placed, p1.rules)
        second = write_pdf(Path(tmp) / "p2.pdf", p2.placed, p2.rules)
        writer = pypdf.PdfWriter()
        for part in (first, second):
            for page in pypdf.PdfReader(str(part)).pages:
                writer.add_page(page)
        writer.add_metadata(
            {"/Title": "Tutor Track 2049 - Expo and Exchange Handbook", "/Author": "Tutor Track Secretariat"}
        )
        with path.open("wb") as out:
            writer.write(out)
    return path


# ---------------------------------------------------------------------------- DOCX
def add_table(document, rows, style="Table Grid"):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    with contextlib.suppress(Exception):
        table.style = style
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return table


def build_zh_docx(path):
    fund_share = [
        ["合同金额（美元）", "资助比例"],
        ["20,000 及以下", "50%"],
        ["20,001 - 60,000", "40%"],
        ["60,001 - 150,000", "30%"],
        ["150,001 及以上", "20%"],
    ]
    write_docx(
        path,
        "助学轨道 2049 联合开发基金申报指南（中方院校版）",
        [
            (
                "一、基金概况",
                [
                    "联合开发基金（Co-development Fund）由巴方企业与中方合作院校联合申报，用于双方签订的联合开发合同。"
                    "2049 年资金池为 90 万美元（USD 900,000）。",
                    "每家巴方企业最多承担 2 个项目；单个项目资助上限为 4万美元（40,000 美元），无论合同金额多大。",
                    "申报时间：2049年4月1日 09:00 至 2049年5月12日 17:00（北京时间）；评审结果于 2049年6月9日公布。",
                    "申报语言：中文或英文，不接受乌尔都语申报材料。申报网址：https://fund.tutortrack.example",
                    "中方院校须提供不低于合同金额 10% 的配套资金，可以场地、设备或人员投入折算。",
                ],
            ),
            (
                "二、资助比例（按合同金额）",
                [
                    "资助比例适用于合同全额，不分段累进计算。各档均含上下限，例如合同金额正好 60,000 美元的项目属于 40% 一档。"
                ],
            ),
        ],
        fund_share,
    )
    document = docx.Document(str(path))
    document.add_paragraph(
        "示例：合同金额 48,000 美元，属于 20,001 - 60,000 一档，资助 40%，即 19,200 美元。"
        "合同金额 26 万美元，按 20% 计算为 52,000 美元，超过上限，实际资助 4万美元。"
    )
    document.add_heading("三、资助款拨付节点", level=1)
    add_table(
        document,
        [
            ["拨付节点", "占资助总额比例"],
            ["签署资助协议", "30%"],
            ["试点学期结束", "40%"],
            ["结项报告通过", "30%"],
        ],
    )
    document.add_paragraph(
        "试点学期 A 为 2049年7月5日至8月27日，试点学期 B 为 2049年9月6日至12月17日。结项报告须于 2050年1月21日前提交。"
    )
    document.add_heading("四、试点支持服务等级", level=1)
    add_table(
        document,
        [
            ["等级", "定义", "首次响应", "恢复或临时方案", "服务时间"],
            ["P1 紧急", "平台或正在进行的考试对全部用户不可用", "30 分钟", "4 小时", "7×24 小时"],
            ["P2 高", "整个班级或校区的核心功能失效", "2 小时", "1 个工作日", "每天 08:00-22:00（北京时间）"],
            ["P3 中", "部分用户功能异常，有临时方案", "8 个工作小时", "5 个工作日", "工作时间"],
            ["P4 低", "界面问题、咨询或变更需求", "2 个工作日", "下一个计划版本", "工作时间"],
        ],
    )
    document.add_paragraph(
        "工作时间为北京时间周一至周五 09:00-18:00（中国法定节假日除外）。在提前 5 个工作日通知的考试时段内，P2 故障一律按 P1 处理。"
    )
    document.add_heading("五、联系方式", level=1)
    document.add_paragraph(
        "基金咨询：fund@tutortrack.example；杭州中国联络处：+86 571 8765 2049，chinadesk@tutortrack.example。"
    )
    document.save(str(path))
    return path


# Schema order (ECMA-376): the children that must come after w:bidi in w:pPr and after w:bidiVisual in w:tblPr.
PPR_AFTER_BIDI = [
    qn(f"w:{t}")
    for t in (
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    )
]
TBLPR_AFTER_BIDI = [
    qn(f"w:{t}")
    for t in (
        "tblStyleRowBandSize",
        "tblStyleColBandSize",
        "tblW",
        "jc",
        "tblCellSpacing",
        "tblInd",
        "tblBorders",
        "shd",
        "tblLayout",
        "tblCellMar",
        "tblLook",
        "tblCaption",
        "tblDescription",
        "tblPrChange",
    )
]


def insert_in_order(parent, child, after_tags):
    for i, existing in enumerate(parent):
        if existing.tag in after_tags:
            parent.insert(i, child)
            return
    parent.append(child)


def make_rtl(document):
    for paragraph in document.paragraphs:
        set_rtl_paragraph(paragraph)
    for table in document.tables:
        tbl_pr = table._tbl.tblPr
        insert_in_order(tbl_pr, OxmlElement("w:bidiVisual"), TBLPR_AFTER_BIDI)
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    set_rtl_paragraph(paragraph)


def set_rtl_paragraph(paragraph):
    p_pr = paragraph._p.get_or_add_pPr()
    if p_pr.find(qn("w:bidi")) is None:
        insert_in_order(p_pr, OxmlElement("w:bidi"), PPR_AFTER_BIDI)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        r_pr = run._r.get_or_add_rPr()
        if r_pr.find(qn("w:rtl")) is None:
            r_pr.append(OxmlElement("w:rtl"))
        fonts = r_pr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            r_pr.insert(0, fonts)
        fonts.set(qn("w:cs"), "Jameel Noori Nastaleeq")
        lang = OxmlElement("w:lang")
        lang.set(qn("w:bidi"), "ur-PK")
        r_pr.append(lang)


def build_ur_docx(path):
    fee_table = [
        ["کل وقتی ملازمین", "رجسٹریشن فیس", "جلد ادائیگی پر فیس (10% رعایت)"],
        ["1 تا 25", "30,000 روپے", "27,000 روپے"],
        ["26 تا 100", "65,000 روپے", "58,500 روپے"],
        ["101 تا 250", "110,000 روپے", "99,000 روپے"],
        ["251 تا 500", "160,000 روپے", "144,000 روپے"],
        ["501 یا زائد", "225,000 روپے", "202,500 روپے"],
    ]
    write_docx(
        path,
        "ٹیوٹر ٹریک 2049 — رجسٹریشن فیس اور اسکلز واؤچر گائیڈ",
        [
            (
                "تعارف",
                [
                    "یہ گائیڈ پاکستانی کمپنیوں کے لیے ہے۔ ٹیوٹر ٹریک 2049 (پاک چین ایڈٹیک اور ووکیشنل اسکلز سافٹ ویئر پروگرام 2049) "
                    "کی میزبانی پاکستان ایجوکیشن ٹیکنالوجی ایکسپورٹ کونسل کرتی ہے اور سیکریٹریٹ اسلام آباد میں ہے۔",
                    "رجسٹریشن 18 جنوری 2049 سے 26 فروری 2049 شام 5 بجے (PKT) تک کھلی ہے۔",
                ],
            ),
            (
                "رجسٹریشن فیس",
                [
                    "فیس کل وقتی ملازمین کی تعداد کے مطابق ہے جو 31 دسمبر 2048 کو پے رول پر ہوں؛ انٹرن، فری لانسر اور کنٹریکٹر شمار نہیں ہوتے۔ "
                    "ہر درجے میں دونوں حدیں شامل ہیں، مثلاً ٹھیک 100 ملازمین والی کمپنی 26 تا 100 والے درجے میں آتی ہے۔",
                ],
            ),
        ],
        fee_table,
    )
    document = docx.Document(str(path))
    document.add_paragraph(
        "جلد ادائیگی کی رعایت: اگر فیس 5 فروری 2049 رات 11:59 بجے (PKT) تک ادا ہو جائے تو 10% کم فیس لی جاتی ہے۔"
    )
    document.add_paragraph(
        "فیس معافی: جس کمپنی میں 10 یا اس سے کم کل وقتی ملازمین ہوں اور جو یکم جنوری 2046 یا اس کے بعد رجسٹر ہوئی ہو، "
        "اس کی رجسٹریشن فیس معاف ہے۔ دونوں شرطیں پوری ہونا ضروری ہے۔"
    )
    document.add_heading("اسکلز واؤچر", level=1)
    document.add_paragraph(
        "رجسٹرڈ کمپنیاں اپنے عملے کے چینی زبان (HSK 1 تا HSK 4) اور چینی ووکیشنل ایجوکیشن معیارات کے کورسز کے لیے واؤچر لے سکتی ہیں، "
        "بشرطیکہ کورس یکم مارچ سے 30 نومبر 2049 کے درمیان شروع ہو۔"
    )
    add_table(
        document,
        [
            ["کل وقتی ملازمین", "واؤچر کتنا ادا کرے گا", "فی کمپنی واؤچر", "فی واؤچر زیادہ سے زیادہ"],
            ["1 تا 50", "کورس فیس کا 75%", "8 تک", "60,000 روپے"],
            ["51 تا 200", "کورس فیس کا 50%", "12 تک", "60,000 روپے"],
            ["201 تا 500", "کورس فیس کا 30%", "15 تک", "60,000 روپے"],
            ["501 یا زائد", "اہل نہیں", "-", "-"],
        ],
    )
    document.add_paragraph(
        "مثال: 30 ملازمین والی کمپنی کا HSK 2 کورس 40,000 روپے کا ہے؛ واؤچر 75% یعنی 30,000 روپے ادا کرے گا۔"
    )
    document.add_paragraph(
        "کلیم: واؤچر کا کلیم کورس مکمل ہونے کے 30 دن کے اندر جمع کرانا لازمی ہے، ساتھ میں کورس سرٹیفکیٹ اور ادا شدہ رسید لگائیں۔ "
        "30 دن گزرنے کے بعد کلیم قبول نہیں ہو گا۔"
    )
    document.add_heading("پاکستان میں دفاتر", level=1)
    for line in (
        "اسلام آباد (ہیڈ آفس): تیسری منزل، سافٹ ویئر ٹیکنالوجی پارک II، پلاٹ 21، سیکٹر I-9/3، اسلام آباد 44000۔ فون +92 51 8431 2049",
        "لاہور: سوئٹ 12، راوی ٹیک ہاؤس، 88-C مین بلیوارڈ، گلبرگ III، لاہور 54660۔ فون +92 42 3578 2049",
        "کراچی: پانچویں منزل، کلفٹن ڈیجیٹل سینٹر، بلاک 4، کلفٹن، کراچی 75600۔ فون +92 21 3587 4120",
        "پشاور، کوئٹہ، فیصل آباد، ملتان، سیالکوٹ اور حیدرآباد میں ٹیوٹر ٹریک کا کوئی دفتر نہیں۔",
        "اردو ہیلپ لائن: پیر تا جمعہ صبح 9 بجے سے شام 5 بجے تک، اور ہفتہ (Saturday) کو صبح 10:00 سے دوپہر 2:00 بجے (PKT) تک۔ "
        "واٹس ایپ: +92 300 888 2049",
    ):
        document.add_paragraph(line)
    make_rtl(document)
    document.save(str(path))
    return path


# ---------------------------------------------------------------------------- directory
ROWS = [
    (
        "PK-001",
        "Ravi Learning Systems (Pvt) Ltd",
        "拉维学习系统",
        "PK",
        "Lahore",
        "2011",
        "210",
        "LMS implementation;Moodle customisation;LMS hosting & support",
        "higher education;vocational training",
        "Moodle;PHP;MySQL;AWS",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Implements and hosts Moodle-based learning management systems for universities and technical colleges. Runs a 24/7 support desk from Lahore.",
        "为高校和技术学院实施并托管基于Moodle的学习管理系统。",
        "https://ravilearning.example",
        "partners@ravilearning.example",
        "yes",
    ),
    (
        "PK-002",
        "ProctorPak Technologies",
        "普克监考科技",
        "PK",
        "Lahore",
        "2016",
        "85",
        "online exam proctoring;AI invigilation",
        "higher education;professional certification",
        "Python;OpenCV;WebRTC;Azure",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Remote proctoring with webcam and screen monitoring, used by three Pakistani universities for entry tests.",
        "提供摄像头和屏幕监控的远程监考服务。",
        "https://proctorpak.example",
        "sales@proctorpak.example",
        "yes",
    ),
    (
        "PK-004",
        "Zaban-e-Chin Apps",
        "中文通应用",
        "PK",
        "Islamabad",
        "2019",
        "22",
        "HSK prep app;Mandarin learning app development",
        "language learning;K-12",
        "Flutter;Firebase;Node.js",
        "none",
        "English;Urdu;Mandarin",
        "Builds mobile apps for learning Mandarin, including an HSK 1-3 preparation app with 40,000 downloads in Pakistan.",
        "开发汉语学习手机应用，包括HSK备考应用。",
        "https://zabanechin.example",
        "hello@zabanechin.example",
        "yes",
    ),
    (
        "PK-005",
        "Sindh EduSoft",
        "",
        "PK",
        "Karachi",
        "2008",
        "340",
        "school ERP;Student information system (SIS);fee collection portal",
        "K-12;private schools",
        "ASP.NET;SQL Server;Angular",
        "CMMI Level 3;ISO 9001",
        "English;Urdu;Sindhi",
        "School ERP and student information system used by more than 600 private schools in Sindh.",
        "",
        "https://sindhedusoft.example",
        "info@sindhedusoft.example",
        "no",
    ),
    (
        "PK-006",
        "Margalla AI Tutors",
        "马加拉AI导师",
        "PK",
        "Islamabad",
        "2021",
        "18",
        "AI tutoring chatbot;LLM fine-tuning for education;Urdu NLP",
        "K-12;test prep",
        "Python;PyTorch;LangChain;GCP",
        "none",
        "English;Urdu",
        "Small AI team building tutoring chatbots that explain maths and science in Urdu and English.",
        "开发乌尔都语和英语的AI辅导聊天机器人。",
        "https://margalla-ai.example",
        "team@margalla-ai.example",
        "yes",
    ),
    (
        "PK-007",
        "Clifton Captions",
        "克利夫顿字幕",
        "PK",
        "Karachi",
        "2014",
        "64",
        "lecture video captioning;subtitling (EN/UR/ZH);transcription services",
        "higher education;media",
        "Whisper;FFmpeg;in-house QA tool",
        "ISO 9001",
        "English;Urdu;Mandarin",
        "Captions and subtitles lecture videos in English, Urdu and Chinese with human review.",
        "提供英语、乌尔都语和中文的课程视频字幕服务。",
        "https://cliftoncaptions.example",
        "orders@cliftoncaptions.example",
        "no",
    ),
    (
        "PK-008",
        "Indus VR Skills",
        "印度河VR技能",
        "PK",
        "Lahore",
        "2017",
        "47",
        "VR welding simulator;AR maintenance training;VR/AR training simulations",
        "vocational training;manufacturing",
        "Unity;C#;Meta Quest;HoloLens",
        "",
        "English;Urdu",
        "Makes virtual-reality welding and machine-maintenance simulators for technical training centres.",
        "为技工培训中心制作VR焊接和设备维护模拟器。",
        "https://indusvr.example",
        "contact@indusvr.example",
        "yes",
    ),
    (
        "PK-009",
        "CampusNet Services",
        "",
        "PK",
        "Rawalpindi",
        "2010",
        "130",
        "campus Wi-Fi;computer lab AMC;campus network management",
        "universities;colleges",
        "Cisco;Aruba;Ubiquiti;Windows Server",
        "ISO 20000-1",
        "English;Urdu",
        "Designs and maintains campus wireless networks and computer labs under annual maintenance contracts.",
        "",
        "https://campusnet.example",
        "support@campusnet.example",
        "no",
    ),
    (
        "PK-010",
        "Accessify Labs",
        "无障碍实验室",
        "PK",
        "Islamabad",
        "2018",
        "26",
        "WCAG 2.1 audit;screen reader remediation;accessible PDF conversion",
        "higher education;government",
        "NVDA;JAWS;axe-core;React",
        "IAAP CPACC",
        "English;Urdu",
        "Audits and fixes web platforms and documents so that blind and low-vision learners can use them with screen readers.",
        "为网站和文档做读屏无障碍检测和整改。",
        "https://accessify.example",
        "audit@accessify.example",
        "yes",
    ),
    (
        "PK-011",
        "DataDars Analytics",
        "数据课堂分析",
        "PK",
        "Lahore",
        "2015",
        "58",
        "learning analytics dashboards;education data analytics;dropout prediction",
        "higher education;edtech",
        "Power BI;Python;Snowflake",
        "ISO 27001",
        "English;Urdu",
        "Builds learning analytics dashboards and dropout-prediction models for universities.",
        "为高校开发学习分析看板和辍学预测模型。",
        "https://datadars.example",
        "analytics@datadars.example",
        "no",
    ),
    (
        "PK-012",
        "Khyber Skills Assess",
        "",
        "PK",
        "Peshawar",
        "2013",
        "41",
        "skills assessment platform;competency-based certification;item bank management",
        "vocational training;TVET",
        "Laravel;Vue.js;PostgreSQL",
        "ISO 9001",
        "English;Urdu;Pashto",
        "Runs an online skills-assessment and certification platform for technical and vocational institutes in Khyber Pakhtunkhwa.",
        "",
        "https://khyberassess.example",
        "info@khyberassess.example",
        "no",
    ),
    (
        "PK-013",
        "Peshawar Digital Campus",
        "白沙瓦数字校园",
        "PK",
        "Peshawar",
        "2019",
        "15",
        "college ERP;admissions portal;campus wifi setup",
        "colleges;K-12",
        "Odoo;Python;MikroTik",
        "none",
        "English;Urdu;Pashto",
        "Sets up college ERP, online admissions and campus Wi-Fi for colleges in Peshawar.",
        "",
        "https://pdcampus.example",
        "hello@pdcampus.example",
        "no",
    ),
    (
        "PK-014",
        "Kalam Content Studio",
        "卡拉姆内容工作室",
        "PK",
        "Karachi",
        "2012",
        "120",
        "e-learning content authoring;Articulate Storyline development;course localization (Urdu/Chinese)",
        "corporate training;banking",
        "Articulate 360;Adobe Captivate;H5P",
        "ISO 9001",
        "English;Urdu;Mandarin",
        "Authors interactive e-learning courses for banks and corporate academies and localises them into Urdu and Chinese.",
        "为银行和企业学院制作互动课件并本地化为乌尔都语和中文。",
        "https://kalamstudio.example",
        "studio@kalamstudio.example",
        "yes",
    ),
    (
        "PK-015",
        "Taleem Cloud",
        "教育云",
        "PK",
        "Islamabad",
        "2009",
        "560",
        "Student Information System;school ERP;LMS",
        "K-12;higher education",
        "Java;Spring;Oracle;Kubernetes",
        "CMMI Level 5;ISO 27001;ISO 9001",
        "English;Urdu;Arabic",
        "Cloud student information system and school ERP serving 1,200 schools in Pakistan and the Gulf.",
        "为巴基斯坦和海湾地区1200所学校提供云端学生信息系统和学校ERP。",
        "https://taleemcloud.example",
        "enterprise@taleemcloud.example",
        "no",
    ),
    (
        "PK-016",
        "Chenab Tech Services",
        "杰纳布技术服务",
        "PK",
        "Faisalabad",
        "2012",
        "75",
        "computer lab support;campus network cabling;help desk outsourcing",
        "colleges;textile training institutes",
        "Cisco;Fortinet;ServiceNow",
        "ISO 20000-1",
        "English;Urdu;Punjabi",
        "Provides computer-lab support, structured cabling and outsourced help desks for colleges around Faisalabad.",
        "",
        "https://chenabtech.example",
        "service@chenabtech.example",
        "no",
    ),
    (
        "PK-017",
        "Sawal Jawab AI",
        "",
        "PK",
        "Lahore",
        "2022",
        "12",
        "AI tutor chatbot;WhatsApp learning bot",
        "test prep;K-12",
        "OpenAI API;Rasa;Node.js",
        "none",
        "English;Urdu",
        "WhatsApp homework-help bot answering school questions in Urdu and Roman Urdu.",
        "",
        "https://sawaljawab.example",
        "founders@sawaljawab.example",
        "yes",
    ),
    (
        "PK-018",
        "Multan Learning Works",
        "木尔坦学习工坊",
        "PK",
        "Multan",
        "2016",
        "33",
        "Moodle hosting;LMS administration",
        "universities;agriculture extension",
        "Moodle;Linux;DigitalOcean",
        "",
        "English;Urdu;Saraiki",
        "Hosts and administers Moodle sites for universities in south Punjab.",
        "",
        "https://multanlearning.example",
        "admin@multanlearning.example",
        "no",
    ),
    (
        "PK-019",
        "Hikmat VR",
        "智慧VR",
        "PK",
        "Karachi",
        "2020",
        "29",
        "VR nursing simulation;AR anatomy lab",
        "healthcare education;nursing colleges",
        "Unity;Unreal Engine;Meta Quest",
        "none",
        "English;Urdu",
        "VR and AR simulations for nursing and allied-health training.",
        "为护理和医学相关专业提供VR/AR仿真实训。",
        "https://hikmatvr.example",
        "info@hikmatvr.example",
        "yes",
    ),
    (
        "PK-020",
        "Qalam Proctor",
        "卡拉姆监考",
        "PK",
        "Islamabad",
        "2018",
        "95",
        "online exam proctoring;exam management system",
        "professional certification;universities",
        "Angular;.NET Core;Azure;face recognition",
        "ISO 27001;CMMI Level 3",
        "English;Urdu",
        "Exam management and remote proctoring platform for professional bodies and universities.",
        "为专业机构和高校提供考试管理和远程监考平台。",
        "https://qalamproctor.example",
        "bd@qalamproctor.example",
        "no",
    ),
    (
        "PK-021",
        "Mehran Dubbing House",
        "梅兰配音",
        "PK",
        "Hyderabad",
        "2011",
        "44",
        "Urdu dubbing of lecture videos;voice-over",
        "media;higher education",
        "Pro Tools;Adobe Audition",
        "none",
        "English;Urdu;Sindhi",
        "Dubbing studio that voices lecture videos and training films in Urdu and Sindhi.",
        "",
        "https://mehrandubbing.example",
        "studio@mehrandubbing.example",
        "no",
    ),
    (
        "PK-022",
        "Pindi Lab Care",
        "",
        "PK",
        "Rawalpindi",
        "2014",
        "38",
        "computer lab support;AMC for school computer labs;CCTV & networking",
        "K-12;colleges",
        "Windows;Linux;Hikvision",
        "none",
        "English;Urdu",
        "Maintains school computer labs and networks under yearly contracts.",
        "",
        "https://pindilabcare.example",
        "care@pindilabcare.example",
        "no",
    ),
    (
        "PK-023",
        "Nukta Localisation",
        "努克塔本地化",
        "PK",
        "Lahore",
        "2013",
        "66",
        "localisation of e-learning;translation EN-UR-ZH;subtitle translation",
        "corporate training;publishing",
        "memoQ;Trados;Aegisub",
        "ISO 17100",
        "English;Urdu;Mandarin",
        "Translation and localisation house for e-learning, with a Chinese-Urdu team of 14 linguists.",
        "专注电子课件本地化，拥有14名中乌翻译。",
        "https://nukta.example",
        "projects@nukta.example",
        "yes",
    ),
    (
        "PK-024",
        "Bolan Tech",
        "博兰科技",
        "PK",
        "Quetta",
        "2018",
        "17",
        "school ERP;SMS fee alerts;basic web development",
        "K-12",
        "PHP;Laravel;MySQL",
        "none",
        "English;Urdu;Balochi;Pashto",
        "Builds a low-cost school ERP with an Urdu interface for schools in Balochistan.",
        "",
        "https://bolantech.example",
        "info@bolantech.example",
        "no",
    ),
    (
        "PK-025",
        "Sialkot SkillForge",
        "",
        "PK",
        "Sialkot",
        "2015",
        "52",
        "skills assessment;TVET certification portal;AR welding trainer",
        "TVET;sports goods manufacturing",
        "Unity;React;Node.js",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "Assessment and AR training tools for trade skills, built with Sialkot manufacturers.",
        "",
        "https://skillforge.example",
        "forge@skillforge.example",
        "no",
    ),
    (
        "PK-026",
        "Galaxy Edu ERP",
        "银河教育ERP",
        "PK",
        "Lahore",
        "2007",
        "410",
        "College management system;SIS;HR & payroll for schools",
        "colleges;universities",
        "Java;PostgreSQL;React",
        "CMMI Level 3",
        "English;Urdu",
        "College management system covering admissions, student records, results and payroll.",
        "覆盖招生、学籍、成绩和薪资的学院管理系统。",
        "https://galaxyedu.example",
        "sales@galaxyedu.example",
        "yes",
    ),
    (
        "PK-027",
        "Saaf Awaaz Studios",
        "清声工作室",
        "PK",
        "Islamabad",
        "2016",
        "36",
        "video lecture dubbing (Urdu/English);voiceover;audio description for accessibility",
        "higher education;NGOs",
        "Reaper;ElevenLabs;Adobe Premiere",
        "none",
        "English;Urdu",
        "Voice studio dubbing lecture videos into Urdu and English and writing audio description for blind learners.",
        "",
        "https://saafawaaz.example",
        "booking@saafawaaz.example",
        "no",
    ),
    (
        "PK-028",
        "Rahbar Analytics",
        "",
        "PK",
        "Karachi",
        "2019",
        "23",
        "student performance analytics;BI dashboards for schools",
        "K-12;edtech",
        "Power BI;Azure Synapse;Python",
        "",
        "English;Urdu",
        "Turns school exam and attendance data into dashboards for school chains.",
        "",
        "https://rahbar.example",
        "data@rahbar.example",
        "no",
    ),
    (
        "PK-029",
        "Abbottabad Learning Hub",
        "阿伯塔巴德学习中心",
        "PK",
        "Abbottabad",
        "2020",
        "14",
        "LMS setup;teacher training on LMS;Google Classroom integration",
        "K-12;hill schools",
        "Moodle;Google Workspace for Education",
        "none",
        "English;Urdu;Hindko",
        "Sets up learning platforms for schools in Hazara and trains teachers to use them.",
        "",
        "https://abbottabadhub.example",
        "hub@abbottabadhub.example",
        "no",
    ),
    (
        "PK-030",
        "Tarjuma Tech",
        "翻译科技",
        "PK",
        "Islamabad",
        "2010",
        "88",
        "machine translation post-editing;e-learning localisation;Chinese-Urdu translation",
        "publishing;government",
        "Trados;DeepL;custom MT engine",
        "ISO 17100;ISO 9001",
        "English;Urdu;Mandarin",
        "Chinese-Urdu and English-Urdu translation and e-learning localisation, with machine translation post-editing.",
        "提供中乌、英乌翻译及课件本地化。",
        "https://tarjumatech.example",
        "pm@tarjumatech.example",
        "yes",
    ),
    (
        "PK-031",
        "Shaheen Secure Exams",
        "雄鹰安全考试",
        "PK",
        "Rawalpindi",
        "2012",
        "150",
        "online invigilation;secure browser lockdown;exam centre IT setup",
        "professional certification;government recruitment",
        "C++;Electron;AWS",
        "ISO 27001",
        "English;Urdu",
        "Secure online exams with lockdown browser and live invigilators; also equips exam centres.",
        "",
        "https://shaheenexams.example",
        "exams@shaheenexams.example",
        "no",
    ),
    (
        "PK-032",
        "HSK Pakistan Online",
        "巴基斯坦汉语在线",
        "PK",
        "Lahore",
        "2017",
        "31",
        "Chinese language (HSK) course platform;live Mandarin tutoring;汉语学习App",
        "language learning;CPEC workforce",
        "React Native;Agora;Node.js",
        "none",
        "English;Urdu;Mandarin",
        "Online HSK courses and live Mandarin tutoring for Pakistani engineers and students.",
        "为巴基斯坦工程师和学生提供HSK在线课程和汉语直播辅导。",
        "https://hskpakistan.example",
        "learn@hskpakistan.example",
        "yes",
    ),
    (
        "PK-033",
        "Ustad.ai",
        "",
        "PK",
        "Karachi",
        "2021",
        "27",
        "AI teaching assistant;conversational tutor (Urdu);automated essay scoring",
        "K-12;higher education",
        "Python;Hugging Face;AWS",
        "none",
        "English;Urdu",
        "AI teaching assistant that tutors students in Urdu and scores essays.",
        "",
        "https://ustad-ai.example",
        "hi@ustad-ai.example",
        "yes",
    ),
    (
        "PK-034",
        "Punjab TVET Soft",
        "旁遮普职教软件",
        "PK",
        "Gujranwala",
        "2011",
        "63",
        "skills assessment & RPL;trainee management system;apprenticeship portal",
        "TVET;manufacturing",
        "ASP.NET;SQL Server",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "Trainee management, apprenticeship and skills-assessment software for vocational institutes.",
        "为职业院校提供学员管理、学徒制和技能测评软件。",
        "https://punjabtvet.example",
        "info@punjabtvet.example",
        "no",
    ),
    (
        "PK-035",
        "Karakoram XR",
        "喀喇昆仑XR",
        "PK",
        "Islamabad",
        "2018",
        "55",
        "VR/AR training simulations;mining safety VR;digital twin training",
        "mining;oil & gas;vocational training",
        "Unreal Engine;Unity;HTC Vive",
        "ISO 9001",
        "English;Urdu;Mandarin",
        "VR and AR safety and equipment training for mining and oil and gas, delivered with Chinese contractors on CPEC sites.",
        "为矿业和油气行业提供VR/AR安全和设备实训。",
        "https://karakoramxr.example",
        "xr@karakoramxr.example",
        "yes",
    ),
    (
        "PK-036",
        "BrightPath SIS",
        "",
        "PK",
        "Faisalabad",
        "2014",
        "48",
        "student info system;online admissions;fee management",
        "colleges;K-12",
        "PHP;CodeIgniter;MySQL",
        "none",
        "English;Urdu",
        "Student information and fee management for colleges and school chains.",
        "",
        "https://brightpath.example",
        "sales@brightpath.example",
        "no",
    ),
    (
        "PK-037",
        "Noor Accessibility Services",
        "光明无障碍服务",
        "PK",
        "Lahore",
        "2020",
        "19",
        "accessibility remediation;Urdu screen-reader testing;alt-text writing",
        "higher education;publishing",
        "NVDA;TalkBack;VoiceOver",
        "none",
        "English;Urdu",
        "Blind-led team that tests and remediates platforms and e-books for screen-reader users, including Urdu content.",
        "由视障人士领导的团队，为读屏用户检测和整改平台与电子书。",
        "https://noor-access.example",
        "team@noor-access.example",
        "no",
    ),
    (
        "PK-038",
        "Zarai Learning",
        "",
        "PK",
        "Multan",
        "2019",
        "21",
        "agri extension e-learning;micro-learning videos;SMS-based quizzes",
        "agriculture;vocational training",
        "Android;Twilio;H5P",
        "",
        "English;Urdu;Saraiki",
        "Short video lessons and SMS quizzes for farmers and agricultural extension workers.",
        "",
        "https://zarai.example",
        "info@zarai.example",
        "no",
    ),
    (
        "PK-039",
        "CodeKhana Technologies",
        "代码坊",
        "PK",
        "Lahore",
        "2016",
        "140",
        "coding bootcamp platform;LMS;skills certification exams",
        "corporate training;IT training",
        "Next.js;Django;PostgreSQL;Docker",
        "ISO 27001",
        "English;Urdu",
        "Runs a coding-bootcamp learning platform and certification exams for IT trainees.",
        "运营编程训练营学习平台和IT认证考试。",
        "https://codekhana.example",
        "partners@codekhana.example",
        "no",
    ),
    (
        "PK-040",
        "Karachi Campus Connect",
        "",
        "PK",
        "Karachi",
        "2009",
        "260",
        "campus Wi-Fi;managed IT services for campuses",
        "universities;hospitals",
        "Cisco Meraki;VMware;Fortinet",
        "ISO 20000-1;ISO 27001",
        "English;Urdu",
        "Managed campus networks and data centres for universities and teaching hospitals in Karachi.",
        "",
        "https://kcc.example",
        "noc@kcc.example",
        "no",
    ),
    (
        "PK-041",
        "Lyceum Data",
        "学府数据",
        "PK",
        "Islamabad",
        "2017",
        "44",
        "Education data analytics;exam data psychometrics;Power BI reporting",
        "exam boards;higher education",
        "Power BI;R;SQL Server",
        "ISO 9001",
        "English;Urdu",
        "Analyses exam-board and university data, including item statistics and psychometric reports.",
        "为考试机构和高校做数据分析和心理测量报告。",
        "https://lyceumdata.example",
        "insight@lyceumdata.example",
        "no",
    ),
    (
        "PK-042",
        "Tasveer Media Labs",
        "图像媒体实验室",
        "PK",
        "Lahore",
        "2012",
        "73",
        "closed captioning;Urdu subtitles;lecture capture & editing",
        "media;higher education",
        "Premiere Pro;Whisper;Descript",
        "none",
        "English;Urdu;Punjabi",
        "Records, edits and captions university lectures.",
        "",
        "https://tasveer.example",
        "labs@tasveer.example",
        "no",
    ),
    (
        "PK-043",
        "NextGen Proctoring Solutions",
        "新代监考",
        "PK",
        "Karachi",
        "2020",
        "34",
        "AI proctoring;ID verification for online exams",
        "universities;recruitment",
        "Python;TensorFlow;GCP",
        "ISO 27001",
        "English;Urdu",
        "AI-based proctoring and candidate identity checks for online exams.",
        "提供基于AI的在线考试监考和身份核验。",
        "https://nextgenproctor.example",
        "sales@nextgenproctor.example",
        "yes",
    ),
    (
        "PK-044",
        "EduBridge International",
        "教育之桥",
        "PK",
        "Islamabad",
        "2005",
        "720",
        "LMS development;SIS;ERP for universities;e-learning content authoring",
        "higher education;government",
        "SAP;Java;Moodle;Oracle",
        "CMMI Level 5;ISO 27001;ISO 9001",
        "English;Urdu;Mandarin;Arabic",
        "Pakistan's largest education software firm: university ERP, student systems, LMS and content, with a Beijing partner office.",
        "巴基斯坦最大的教育软件企业之一，提供大学ERP、学生系统、LMS和课件。",
        "https://edubridge.example",
        "china@edubridge.example",
        "yes",
    ),
    (
        "PK-045",
        "Bahawalpur Smart Schools",
        "",
        "PK",
        "Bahawalpur",
        "2021",
        "11",
        "school management app;biometric attendance",
        "K-12",
        "Flutter;Firebase",
        "none",
        "English;Urdu;Saraiki",
        "School management app with biometric attendance and SMS alerts for parents.",
        "",
        "https://bwpsmart.example",
        "info@bwpsmart.example",
        "no",
    ),
    (
        "PK-046",
        "Lahore Lingo Lab",
        "拉合尔语言实验室",
        "PK",
        "Lahore",
        "2021",
        "16",
        "Mandarin vocab app;HSK mock tests;Chinese pronunciation AI",
        "language learning",
        "Kotlin;Swift;Azure Speech",
        "none",
        "English;Urdu;Mandarin",
        "Mobile app for Chinese vocabulary, HSK mock tests and AI pronunciation feedback.",
        "提供汉语词汇、HSK模拟考试和AI发音纠正的手机应用。",
        "https://lingolab.example",
        "app@lingolab.example",
        "no",
    ),
    (
        "PK-047",
        "SkillSim Pakistan",
        "技能模拟巴基斯坦",
        "PK",
        "Karachi",
        "2015",
        "92",
        "AR/VR simulators for electrical trades;HVAC troubleshooting simulation;xAPI LMS integration",
        "TVET;construction",
        "Unity;xAPI;WebGL",
        "ISO 9001",
        "English;Urdu",
        "Browser-based and headset simulators for electrical and HVAC trades, reporting to any LMS through xAPI.",
        "为电工和暖通专业提供仿真实训，可通过xAPI对接各类LMS。",
        "https://skillsim.example",
        "contact@skillsim.example",
        "no",
    ),
    (
        "PK-048",
        "Hazara Help Desk",
        "",
        "PK",
        "Islamabad",
        "2013",
        "67",
        "computer lab support;Wi-Fi site surveys;campus network management",
        "universities;K-12",
        "Aruba;Juniper;Zabbix",
        "",
        "English;Urdu",
        "IT support for university labs and campus networks in Islamabad and Hazara.",
        "",
        "https://hazarahelpdesk.example",
        "desk@hazarahelpdesk.example",
        "no",
    ),
    (
        "PK-049",
        "Raabta Tutors AI",
        "联络AI导师",
        "PK",
        "Rawalpindi",
        "2022",
        "9",
        "AI tutoring chatbot;WhatsApp quiz bot",
        "test prep",
        "Python;Llama;Twilio",
        "none",
        "English;Urdu",
        "Chatbot tutor for entry-test preparation that talks in Roman Urdu.",
        "",
        "https://raabta.example",
        "team@raabta.example",
        "yes",
    ),
    (
        "PK-050",
        "Mizan Assessments",
        "天平测评",
        "PK",
        "Lahore",
        "2008",
        "180",
        "psychometric testing;skills assessment;online testing platform",
        "recruitment;professional certification;TVET",
        ".NET;Azure;QTI",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Online testing, item banking and skills assessment for employers, certification bodies and TVET institutes.",
        "为雇主、认证机构和职业院校提供在线测评和题库服务。",
        "https://mizan.example",
        "assess@mizan.example",
        "no",
    ),
    (
        "CN-001",
        "Hangzhou VocCloud Technology Co., Ltd.",
        "杭州职教云科技有限公司",
        "CN",
        "Hangzhou",
        "2014",
        "320",
        "职业教育在线课程平台;MOOC platform operation;dual-teacher classroom",
        "vocational colleges;corporate training",
        "Java;Alibaba Cloud;Vue.js",
        "ISO 27001;等保三级",
        "Mandarin;English",
        "Runs an online course platform for more than 200 vocational colleges in Zhejiang.",
        "为浙江省200多所职业院校运营在线课程平台。",
        "https://voccloud.example",
        "intl@voccloud.example",
        "no",
    ),
    (
        "CN-002",
        "Chengdu Rongxue Publishing & Media",
        "成都蓉学出版传媒",
        "CN",
        "Chengdu",
        "2003",
        "450",
        "education publishing;digital textbooks;题库授权",
        "K-12;publishing",
        "XML;EPUB3",
        "ISO 9001",
        "Mandarin",
        "Education publisher producing print and digital textbooks and licensed question banks.",
        "出版纸质和数字教材，授权题库。",
        "https://rongxue.example",
        "rights@rongxue.example",
        "no",
    ),
    (
        "CN-003",
        "Shenzhen KeZhan Online",
        "深圳课栈网络",
        "CN",
        "Shenzhen",
        "2016",
        "600",
        "online course marketplace;在线课程平台;live-streaming classrooms",
        "online education;IT training",
        "Go;Kubernetes;Tencent Cloud",
        "ISO 27001",
        "Mandarin;English",
        "Online course marketplace with live-streamed classes for IT and vocational skills.",
        "面向IT与职业技能的在线课程平台，支持直播课堂。",
        "https://kezhan.example",
        "bd@kezhan.example",
        "no",
    ),
    (
        "CN-004",
        "Beijing Huayu Bridge Education",
        "北京华语桥教育",
        "CN",
        "Beijing",
        "2010",
        "140",
        "international Chinese teaching (HSK);teacher training;汉语教材编写",
        "language schools",
        "",
        "none",
        "Mandarin;English",
        "Language school group teaching Chinese to foreigners and training Chinese-language teachers.",
        "面向外国人的汉语教学机构，并开展汉语教师培训。",
        "https://huayubridge.example",
        "intl@huayubridge.example",
        "no",
    ),
    (
        "CN-005",
        "Xi'an Silk Road Vocational Training",
        "西安丝路职业培训",
        "CN",
        "Xi'an",
        "2012",
        "90",
        "corporate training programmes;TVET curriculum design;VR实训室建设",
        "vocational training;rail transport",
        "Unity;Pico",
        "ISO 9001",
        "Mandarin;English;Russian",
        "Corporate and vocational training provider for the rail sector; builds VR training rooms.",
        "面向轨道交通行业的企业与职业培训机构，建设VR实训室。",
        "https://silkroadvt.example",
        "training@silkroadvt.example",
        "no",
    ),
    (
        "CN-006",
        "Shanghai ZhiKe Information Technology",
        "上海智课信息技术",
        "CN",
        "Shanghai",
        "2015",
        "230",
        "AI智能批改;adaptive learning engine;AI tutoring",
        "K-12;test prep",
        "Python;PyTorch",
        "ISO 27001;CMMI Level 3",
        "Mandarin;English",
        "Adaptive learning and AI essay marking for schools and test-prep centres.",
        "为学校和培训机构提供自适应学习和AI智能批改。",
        "https://zhike.example",
        "bd@zhike.example",
        "no",
    ),
    (
        "CN-007",
        "Shenzhen XunYi Technology",
        "深圳讯译科技",
        "CN",
        "Shenzhen",
        "2018",
        "75",
        "视频字幕翻译;AI dubbing;multilingual voice cloning",
        "media;online education",
        "PyTorch;FFmpeg",
        "",
        "Mandarin;English",
        "AI subtitle translation and dubbing for online course platforms.",
        "",
        "https://xunyi.example",
        "sales@xunyi.example",
        "no",
    ),
    (
        "CN-008",
        "Wuhan Optics Valley EduData",
        "武汉光谷教育数据",
        "CN",
        "Wuhan",
        "2017",
        "110",
        "教育大数据分析;learning analytics;校园数据中台",
        "universities",
        "Hadoop;Spark;FineBI",
        "ISO 27001",
        "Mandarin",
        "Education big-data platforms and learning analytics for universities.",
        "为高校提供教育大数据平台和学习分析。",
        "https://ovedudata.example",
        "contact@ovedudata.example",
        "no",
    ),
    (
        "CN-009",
        "Hangzhou Qiming Accessibility",
        "杭州启明无障碍",
        "CN",
        "Hangzhou",
        "2019",
        "24",
        "信息无障碍测评;screen reader compatibility testing",
        "government;education",
        "NVDA;争渡读屏",
        "none",
        "Mandarin;English",
        "Tests websites and apps for screen-reader compatibility under Chinese accessibility standards.",
        "依据国家信息无障碍标准开展读屏兼容性测评。",
        "https://qiming.example",
        "test@qiming.example",
        "no",
    ),
    (
        "CN-010",
        "Chengdu Tianfu Smart Campus",
        "成都天府智慧校园",
        "CN",
        "Chengdu",
        "2011",
        "380",
        "智慧校园建设;campus network integration;机房运维;教务系统",
        "universities;vocational colleges",
        "Huawei;H3C;Java",
        "ISO 20000-1;ISO 9001",
        "Mandarin",
        "Smart-campus integrator: campus networks, computer-room operations and academic affairs systems.",
        "智慧校园集成商：校园网络、机房运维和教务系统。",
        "https://tianfucampus.example",
        "sales@tianfucampus.example",
        "no",
    ),
    (
        "CN-011",
        "Nanjing Jinling Vocational Press",
        "南京金陵职教出版社",
        "CN",
        "Nanjing",
        "1998",
        "260",
        "vocational textbooks;数字教材;教学资源库建设",
        "vocational colleges;publishing",
        "",
        "ISO 9001",
        "Mandarin",
        "Publisher of vocational textbooks and digital teaching-resource libraries.",
        "出版职业教育教材并建设教学资源库。",
        "https://jinlingpress.example",
        "coop@jinlingpress.example",
        "no",
    ),
]

FIELDS_ORDER = (
    "id,name,name_zh,country,city,founded,employees,services,industries,technologies,"
    "certifications,languages,description,description_zh,website,contact_email,pitched_at_webinar"
).split(",")


def build_directory(path):
    rows = [company_row(**dict(zip(FIELDS_ORDER, values))) for values in ROWS]
    return write_directory_csv(path, rows)


# ---------------------------------------------------------------------------- questions
OV = "tutor-track-2049-overview.md"
FAQ = "enrolment-faq.md"
FEES = "fees-grants-and-rates.txt"
OFF = "offices-and-contacts.txt"
ZH = "zhongfang-canyu-zhinan.txt"
HTML = "pilot-delivery-standards.html"
PDF = "expo-and-exchange-handbook.pdf"
ZHDOC = "lianhe-kaifa-jijin-zh.docx"
URDOC = "urdu-enrolment-guide.docx"
URFAQ = "urdu-faq.md"

LANG = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
CONTACT_PK = ["secretariat@tutortrack.example", "+92 51 8431 2049"]
CONTACT_CN = ["chinadesk@tutortrack.example", "+86 571 8765 2049"]


def P(tag, n, question, sources, answers, note):
    return dict(
        id=f"s18-{tag}-{n:02d}",
        lang=LANG[tag],
        kind="programme",
        question=question,
        expected_sources=sources,
        expected_companies=[],
        answer_must_contain_any=answers,
        note=note,
    )


def D(tag, n, question, note):
    return dict(
        id=f"s18-{tag}-{n:02d}",
        lang=LANG[tag],
        kind="directory",
        question=question,
        expected_sources=[],
        expected_companies=None,
        answer_must_contain_any=None,
        note=note,
    )


def U(tag, n, question, note, answers=CONTACT_PK):
    return dict(
        id=f"s18-{tag}-{n:02d}",
        lang=LANG[tag],
        kind="unanswerable",
        question=question,
        expected_sources=[],
        expected_companies=[],
        answer_must_contain_any=list(answers),
        note=note,
    )


QUESTIONS = [
    # ------------------------------------------------------------------ English
    P(
        "en",
        1,
        "When does enrolment for Tutor Track 2049 close?",
        [OV, FAQ, FEES, ZH, URFAQ, URDOC],
        ["26 February 2049", "2月26日", "26 فروری 2049"],
        "enrolment deadline, stated in English, Chinese and Urdu documents (17:00 PKT / 20:00 Beijing time)",
    ),
    P(
        "en",
        2,
        "We're a software house with 250 full-time staff. What will our enrolment fee be?",
        [FEES, URDOC],
        ["PKR 110,000", "110,000"],
        "band lookup at the inclusive upper limit of 101-250; the worked example uses 100 employees",
    ),
    P(
        "en",
        3,
        "hey what time is the launch webinar in beijing time",
        [OV, ZH],
        ["17:00", "17:00–19:30", "17:00-19:30"],
        "terse lower case; 14:00-16:30 PKT = 17:00-19:30 Beijing time, stated in the overview and the Chinese guide",
    ),
    P(
        "en",
        4,
        "How many Pakistani firms took part in the 2047 pilot, and how many is the 2049 cycle aiming for?",
        [OV, FAQ, ZH],
        ["24 Pakistani", "24 家巴方企业", "60 enrolled Pakistani firms"],
        "two-part, past edition (24 firms) versus current target (60 firms)",
    ),
    P(
        "en",
        5,
        "Our co-development contract with a vocational college in Ningbo comes to USD 150,000. How much can the Fund give us?",
        [FEES, ZHDOC],
        ["USD 40,000", "40,000", "4万美元"],
        "band lookup plus cap: 150,000 is the inclusive top of the 30% band = USD 45,000, cut to the USD 40,000 cap",
    ),
    P(
        "en",
        6,
        "What's the first-response target for a P1 incident during a pilot?",
        [HTML, ZHDOC],
        ["30 minutes", "30 分钟"],
        "SLA by severity table, repeated in the Chinese fund guide",
    ),
    P(
        "en",
        7,
        "If the 4-hour restore target for a P1 incident is missed, what does the Chinese partner get?",
        [HTML],
        ["5%", "25%"],
        "figure stated only in the SLA table footnote: 5% service credit per started hour, at most 25%",
    ),
    P(
        "en",
        8,
        "we need 150 hrs of lectrues captioned in urdu how long wil it take",
        [HTML],
        ["10 working days"],
        "typos, lower case; batch-size band lookup (81-200 hours) from the asker's number; the worked example uses 45 hours",
    ),
    P(
        "en",
        9,
        "What's the postal address of the Chengdu office?",
        [OFF, ZH],
        ["666 Tianfu Avenue", "Rongchuang Centre", "天府大道中段 666 号", "蓉创中心"],
        "office address, in English in the contacts sheet and in Chinese in the Chinese guide",
    ),
    P(
        "en",
        10,
        "One of our lecturers has to drop out of the November faculty visit to China. If we tell you on 20 September 2049, how much of the PKR 385,000 package do we get back?",
        [PDF],
        ["346,500", "90%"],
        "computed: 20 September is 49 days before the 8 November departure -> 45 days or more band -> 90% of PKR 385,000 = PKR 346,500; the worked example uses 1 October",
    ),
    D(
        "en",
        11,
        "Which companies in the directory offer online exam proctoring?",
        "service synonyms: online exam proctoring, AI proctoring, online invigilation",
    ),
    D(
        "en",
        12,
        "Looking for Pakistani firms that build HSK or Mandarin learning apps or courses - who's in the directory?",
        "service wording varies: HSK prep app, Mandarin vocab app, 汉语学习App; country PK",
    ),
    D(
        "en",
        13,
        "Which LMS vendors hold ISO 27001?",
        "service LMS/Moodle/learning management + certification ISO 27001",
    ),
    D(
        "en",
        14,
        "Hi, I run the e-learning unit of a polytechnic in Chengdu. We have a backlog of recorded lectures that need subtitles before the autumn term and we prefer a smaller, more flexible vendor. Are there any captioning or subtitling firms with fewer than 70 employees?",
        "long message with context first; service captioning/subtitling/字幕 + employees < 70",
    ),
    D(
        "en",
        15,
        "Which Chinese companies in the directory are based in Hangzhou or Chengdu?",
        "country CN + city in (Hangzhou, Chengdu)",
    ),
    D(
        "en",
        16,
        "Who pitched at the launch webinar and also does VR or AR training simulations?",
        "pitched_at_webinar = yes (the 14 January 2049 launch webinar) + VR/AR service",
    ),
    U("en", 17, "What's the weather usually like in Hangzhou in March?", "off-topic: weather"),
    U(
        "en",
        18,
        "Can you write me a Python script that scrapes textbook prices from Chinese online shops?",
        "off-topic: coding request",
    ),
    U(
        "en",
        19,
        "What's the street address of the Tutor Track office in Peshawar? I'd like to drop off our documents in person.",
        "near miss: Peshawar is listed as a city with no office (served by Islamabad), so there is no address to give",
        ["Islamabad", "secretariat@tutortrack.example"],
    ),
    U(
        "en",
        20,
        "How many of the 24 firms in the 2047 pilot were women-led?",
        "near miss: 2047 figures are given, but not the number of women-led firms",
    ),
    # ------------------------------------------------------------------ Chinese
    P(
        "zh",
        1,
        "对接日在哪里举行？具体是哪几天？",
        [ZH, OV, FAQ, FEES, URFAQ],
        ["钱塘国际会议中心", "3月16日至18日", "16–18 March 2049", "16-18 March 2049", "16 تا 18 مارچ"],
        "two-part; the venue (杭州钱塘国际会议中心) is stated only in the Chinese guide, the dates in all languages",
    ),
    P(
        "zh",
        2,
        "中方院校参家要交报名费吗",
        [ZH, FAQ, FEES],
        ["免收报名费", "no enrolment fee"],
        "no punctuation, typo (参家); Chinese partner institutions pay no enrolment fee",
    ),
    P(
        "zh",
        3,
        "2047年试点的17个项目里，有几个是按期完成的？",
        [ZH],
        ["14 个按期完成", "14"],
        "past-edition figure stated only in Chinese (14 of 17 finished on time)",
    ),
    P(
        "zh",
        4,
        "我們和巴方企業簽的聯合開發合同金額是 6 萬美元，基金最多能資助多少？",
        [ZHDOC, FEES],
        ["24,000", "2.4万", "2.4 万美元", "40%"],
        "computed: traditional characters; USD 60,000 is the inclusive top of the 40% band -> USD 24,000",
    ),
    P(
        "zh",
        5,
        "杭州联络处电话和邮箱？",
        [ZH, OFF, ZHDOC],
        ["+86 571 8765 2049", "chinadesk@tutortrack.example"],
        "terse; China Desk contact details",
    ),
    P(
        "zh",
        6,
        "申报基金的时候中方要不要出配套资金？比例是多少？",
        [ZH, ZHDOC],
        ["10%"],
        "fact stated only in Chinese documents: matching funds of at least 10% of the contract value",
    ),
    P(
        "zh",
        7,
        "T3 高級開發工程師的人天費率上限是多少？",
        [FEES, ZH],
        ["220 美元", "USD 220"],
        "traditional characters; rates-by-grade table, repeated in Chinese",
    ),
    P(
        "zh",
        8,
        "联合开发基金申报几号截止？北京时间几点？",
        [ZHDOC, ZH, OV, FEES],
        ["5月12日", "12 May 2049", "17:00"],
        "deadline with time zone: 12 May 2049, 17:00 Beijing time (14:00 PKT)",
    ),
    P(
        "zh",
        9,
        "试点期间出现P2故障，多久要首次响应？如果正好在考试期间呢？",
        [HTML, ZHDOC],
        ["2 小时", "2 hours", "按 P1 处理", "handled as P1"],
        "two-part: 2 hours normally; during a notified exam window P2 is handled as P1",
    ),
    D(
        "zh",
        10,
        "有哪些公司做读屏软件的无障碍适配或测评？",
        "service synonyms: screen reader remediation, WCAG audit, accessibility remediation, 信息无障碍测评",
    ),
    D(
        "zh",
        11,
        "伊斯兰堡或拉瓦尔品第有没有做校园无线网络、机房运维的公司？",
        "campus Wi-Fi / computer-lab / network services + city in (Islamabad, Rawalpindi)",
    ),
    D("zh", 12, "有没有能用中文沟通、做AI辅导的公司？", "languages include Mandarin + AI tutoring service"),
    D(
        "zh",
        13,
        "2018年及以后成立、做学校或学院ERP或学生信息系统的公司有哪些？",
        "founded >= 2018 + ERP/SIS/school management service",
    ),
    D("zh", 14, "哪些公司用 Power BI？", "technology Power BI"),
    U("zh", 15, "帮我推荐几家杭州好吃的餐厅😋", "off-topic: restaurants", CONTACT_CN),
    U(
        "zh",
        16,
        "巴基斯坦公立大学的学费一般是多少？",
        "off-topic: university tuition fees, which the programme does not cover",
        CONTACT_CN,
    ),
    U(
        "zh",
        17,
        "2047年试点时，单个项目的联合开发基金最高资助多少？",
        "near miss: only the 2047 fund total (RMB 2.6 million) is given, not a per-project maximum",
        CONTACT_CN,
    ),
    U(
        "zh",
        18,
        "秘书处能帮我们的学员代报名 HSK 考试吗？服务费多少？",
        "near miss: a fee for a service the programme does not offer (it gives vouchers for HSK courses, not exam registration)",
        CONTACT_CN,
    ),
    # ------------------------------------------------------------------ Urdu
    P(
        "ur",
        1,
        "رجسٹریشن فیس پر early-bird رعایت کتنی ہے اور اس کی آخری تاریخ کیا ہے؟",
        [URFAQ, URDOC, FAQ, FEES, OV],
        ["10%", "5 فروری 2049", "5 February 2049"],
        "Urdu with an English term in Latin script; two-part: 10% off if paid by 5 February 2049, 23:59 PKT",
    ),
    P(
        "ur",
        2,
        "ہماری کمپنی میں 26 ملازمین ہیں۔ رجسٹریشن فیس کتنی ہو گی؟",
        [URDOC, FEES],
        ["65,000", "PKR 65,000"],
        "band lookup at the inclusive lower limit of 26-100",
    ),
    P(
        "ur",
        3,
        "اسکلز واؤچر کا کلیم کورس ختم ہونے کے کتنے دن کے اندر جمع کرانا ہوتا ہے؟",
        [URDOC],
        ["30 دن"],
        "fact stated only in Urdu: claims within 30 days of course completion",
    ),
    P(
        "ur",
        4,
        "جس کمپنی کی مالک خواتین ہیں، اس کے لیے میچ میکنگ ڈیز کی پہلی سیٹ کتنے کی ہے؟",
        [URFAQ],
        ["47,500"],
        "conditional discount stated only in the Urdu FAQ: 50% off the first seat for majority women-owned firms",
    ),
    P(
        "ur",
        5,
        "لاہور والے دفتر کا پتہ بتا دیں",
        [OFF, URDOC],
        ["Ravi Tech House", "88-C Main Boulevard", "راوی ٹیک ہاؤس", "88-C مین بلیوارڈ"],
        "office address in English and Urdu",
    ),
    P(
        "ur",
        6,
        "ہماری کمپنی کے 180 ملازمین ہیں اور HSK کورس کی فیس 90,000 روپے ہے۔ واؤچر سے کتنے پیسے ملیں گے؟",
        [URDOC, FEES],
        ["45,000", "50%"],
        "computed: 51-200 band -> 50% of PKR 90,000 = PKR 45,000, under the PKR 60,000 cap",
    ),
    P(
        "ur",
        7,
        "اساتذہ کے چین کے دورے کے لیے درخواست کی آخری تاریخ کیا ہے؟",
        [URFAQ, PDF, OV],
        ["10 ستمبر 2049", "10 September 2049"],
        "faculty exchange application deadline, 17:00 PKT",
    ),
    D(
        "ur",
        8,
        "کون سی پاکستانی کمپنیاں لیکچر ویڈیوز کی ڈبنگ یا وائس اوور کرتی ہیں؟",
        "country PK + dubbing/voice-over service",
    ),
    D("ur", 9, "پشاور میں کون کون سی کمپنیاں ہیں؟", "city Peshawar"),
    D("ur", 10, "کن کمپنیوں کے 500 سے زیادہ ملازمین ہیں؟", "employees > 500"),
    D(
        "ur",
        11,
        "کون سی CMMI سرٹیفائیڈ کمپنیاں اسٹوڈنٹ انفارمیشن سسٹم بناتی ہیں؟",
        "any CMMI level + student information system (SIS, student info system, college management system)",
    ),
    U(
        "ur",
        12,
        "کیا آپ مجھے کسی چینی یونیورسٹی میں اسکالرشپ دلوا سکتے ہیں؟",
        "off-topic: scholarships, which the programme does not fund",
    ),
    U("ur", 13, "پاکستان اور انڈیا کا اگلا کرکٹ میچ کب ہے؟", "off-topic: cricket"),
    U(
        "ur",
        14,
        "دبئی میں ٹیوٹر ٹریک ایکسپو کب ہو گی؟",
        "near miss: the date of an event that does not exist (the only expo is in Karachi)",
    ),
    # ------------------------------------------------------------------ Roman Urdu
    P(
        "ul",
        1,
        "bhai expo kab hai aur kahan hoga",
        [OV, PDF, URFAQ, ZH],
        ["22 October 2049", "20 October", "Expo Centre Karachi", "10月20日至22日", "ایکسپو سینٹر کراچی"],
        "no punctuation, two-part: 20-22 October 2049 at Expo Centre Karachi",
    ),
    P(
        "ul",
        2,
        "hamari company 2047 mein register hui thi aur abhi 8 log kaam karte hain, kya enrolment fee maaf ho jayegi?",
        [FAQ, FEES, URFAQ, URDOC],
        ["pay no enrolment fee", "pays no enrolment fee", "فیس نہیں", "فیس معاف"],
        "conditional waiver: both conditions hold (10 or fewer employees, incorporated on or after 1 January 2046)",
    ),
    P(
        "ul",
        3,
        "agar hum 1 September 2049 ko expo booth cancel kar dein to kitna refund milega?",
        [PDF],
        ["50%"],
        "computed: 49 days before the 20 October opening -> 30-59 days band -> 50%; the worked example uses 20 September",
    ),
    P(
        "ul",
        4,
        "matchmking days ke liye secnd seat ka rate kia hai",
        [FAQ, FEES, URFAQ],
        ["61,750", "35%"],
        "typos; second-seat discount: PKR 61,750 (35% off)",
    ),
    P(
        "ul",
        5,
        "kya Co-development Fund ki application Urdu mein jama kar sakte hain?",
        [FAQ, ZHDOC],
        ["English or Chinese", "中文或英文"],
        "no: applications in English or Chinese only",
    ),
    P(
        "ul",
        6,
        "Tutor Track ko kaun chala raha hai? host body ka naam kya hai",
        [OV, ZH, HTML, OFF, URDOC],
        [
            "Pakistan Education Technology Export Council",
            "PETEC",
            "巴基斯坦教育科技出口理事会",
            "پاکستان ایجوکیشن ٹیکنالوجی ایکسپورٹ کونسل",
        ],
        "host body, named in several documents (in the HTML only in the footer chrome)",
    ),
    P(
        "ul",
        7,
        "T4 architect ke 12 din aur L grade translator ke 5 din, fund budget mein max kitna dikha sakte hain?",
        [FEES, ZH],
        ["4,370", "4370"],
        "computed: 12 x USD 310 + 5 x USD 130 = USD 4,370",
    ),
    D("ul", 8, "kaunsi companies Moodle pe kaam karti hain", "technology Moodle or a Moodle service"),
    D(
        "ul",
        9,
        "nursing ya healthcare training ke liye VR simulation banane wali koi company hai?",
        "industry health/nursing + VR/AR service",
    ),
    D(
        "ul",
        10,
        "Lahore ki wo companies batao jin ke paas koi certification nahi hai",
        "city Lahore + certifications = 'none' (an empty cell is unknown and not included)",
    ),
    D(
        "ul",
        11,
        "wo Pakistani firms jo e-learning content ko Chinese ya Urdu mein translate ya localise karti hain",
        "country PK + localisation/translation service",
    ),
    U("ul", 12, "yaar mera laptop bohat slow chal raha hai kya karun", "off-topic: personal IT help"),
    U("ul", 13, "PSL final ki tickets kahan se milengi?", "off-topic: cricket tickets"),
    U(
        "ul",
        14,
        "Matchmaking Days ka Lahore wala session kis date ko hai?",
        "near miss: the date of an event that does not exist (Matchmaking Days are in Hangzhou and online only)",
    ),
    # ------------------------------------------------------------------ mixed
    P(
        "mx",
        1,
        "launch webinar ki recording kahan milegi? 录像 sab ke liye available hai?",
        [OV],
        ["enrolled firms only"],
        "recording on the programme portal for enrolled firms only",
    ),
    P(
        "mx",
        2,
        "P1 incident ke liye 24 ghante wala phone number kya hai? 电话是多少",
        [HTML, OFF],
        ["+86 571 8765 2050"],
        "24-hour P1 line",
    ),
    P(
        "mx",
        3,
        "2047 pilot mein Co-development Fund se total kitna paisa diya gaya tha? 多少人民币?",
        [OV, ZH],
        ["RMB 2.6 million", "260 万元", "2.6 million"],
        "past-edition figure (not the 2049 pool of USD 900,000)",
    ),
    P(
        "mx",
        4,
        "Expo mein 12 sqm shell scheme booth ka price kya hoga? 我们已经报名了 Tutor Track 👍",
        [PDF],
        ["248,000", "PKR 248,000"],
        "condition: enrolled firms pay 20% less, PKR 248,000 instead of PKR 310,000",
    ),
    P(
        "mx",
        5,
        "proctoring integrity audit ki fee kya hai? we're a 20-person startup, 第一次审核",
        [PDF],
        ["1,050", "1050"],
        "computed: USD 1,500 less 30% for firms with 25 or fewer employees on their first audit = USD 1,050",
    ),
    P(
        "mx",
        6,
        "字幕 captioning ka rate per video hour kya hai? aur 15 hours ke batch ke liye 48-hour rush milega?",
        [HTML],
        ["USD 22 per video hour", "10 hours or less"],
        "two-part: USD 22 per video hour; rush only for batches of 10 hours or less, so not for 15 hours",
    ),
    P(
        "mx",
        7,
        "Urdu helpline Saturday ko khuli hoti hai? 周六有人接电话吗",
        [URDOC],
        ["10:00", "ہفتہ"],
        "fact stated only in the Urdu guide: Saturday 10:00-14:00 PKT",
    ),
    D(
        "mx",
        8,
        "China ki kaun si companies 在线课程平台 chalati hain?",
        "country CN + online course platform / 在线课程 / MOOC",
    ),
    D(
        "mx",
        9,
        "Karachi ke 哪些公司 launch webinar mein pitch kar chuke hain?",
        "city Karachi + pitched_at_webinar = yes",
    ),
    D(
        "mx",
        10,
        "ISO 9001 wali companies jo skills assessment ya 认证 karti hain, list do",
        "certification ISO 9001 + assessment/certification service",
    ),
    U(
        "mx",
        11,
        "HSK 5 exam ka 报名费 kitna hai official test centre pe?",
        "off-topic: official HSK exam fees (vouchers cover HSK 1-4 courses, not exams)",
    ),
    U("mx", 12, "Islamabad se Beijing ki flight kitne ki hai? 机票多少钱", "off-topic: airfares"),
    U(
        "mx",
        13,
        "2047 pilot ke 9,400 learners mein se kitne China ke thay aur kitne Pakistan ke? 具体比例 chahiye",
        "near miss: a past-edition figure that is not given (only the 9,400 total)",
    ),
    U(
        "mx",
        14,
        "Tutor Track hamari app ko 华为应用市场 pe list karwane ki kya fee leta hai?",
        "near miss: a fee for a service the programme does not offer (app-store listing)",
    ),
]


def build_questions(path):
    _, rows = load_rows()
    names = {r["id"]: r["name"] for r in rows}
    lines = []
    for q in QUESTIONS:
        if q["kind"] == "directory":
            ids = answer_set(q["id"], rows)
            q["expected_companies"] = ids
            q["answer_must_contain_any"] = [names[i] for i in ids]
            q["note"] = q["note"] + "; set computed by the filter in validate_sample18.py"
        lines.append(
            json.dumps(
                {
                    k: q[k]
                    for k in (
                        "id",
                        "lang",
                        "kind",
                        "question",
                        "expected_sources",
                        "expected_companies",
                        "answer_must_contain_any",
                        "note",
                    )
                },
                ensure_ascii=False,
            )
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main():
    PROGRAMME.mkdir(parents=True, exist_ok=True)
    build_pdf(PROGRAMME / "expo-and-exchange-handbook.pdf")
    build_zh_docx(PROGRAMME / "lianhe-kaifa-jijin-zh.docx")
    build_ur_docx(PROGRAMME / "urdu-enrolment-guide.docx")
    build_directory(KB / "directory.csv")
    build_questions(HERE / "questions-18.jsonl")
    print("built sample-18")


if __name__ == "__main__":
    main()
