"""Build the binary and byte-exact parts of sample-32 ("Payroll Pagoda 2077").

Writes the call for applications as an office Word file written without heading styles (every paragraph
"Normal", ALL CAPS section lines, hand-typed "1)" and "(a)" numbering, facts inside long paragraphs), the grant
windows Word file whose table has merged cells (a gridSpan header and vMerge window names spanning two rows),
the Chinese buyer guide (Word; amounts in 万, 人民币贰万元整, 年月日 dates, full-width digits in its table, a
Chinese-numeral head count), the right-to-left Urdu fee and refund sheet (Word, Extended Arabic-Indic digits),
the programme calendar (PDF whose table runs onto page 2 with its header row repeated, a running page header
and "Page n of 2" footers), the selection criteria (PDF), directory.csv and questions-32.jsonl. The other .md,
.html and UTF-8 .txt documents are written by hand. Directory answer sets and arithmetic answers come from
validate_sample32 (FILTERS, COMPUTED). Running it twice gives the same bytes.
"""

import csv
import datetime
import io
import json
import sys
import zipfile
from pathlib import Path

import docx
import pypdf
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Pt
from pypdf.generic import ContentStream, DictionaryObject, NameObject

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import validate_sample32 as v  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2077, 1, 18, 9, 0, 0)


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when, author="PHPSA secretariat"):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Payroll Pagoda 2077"
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    (PROG / name).write_bytes(out.getvalue())


def table(doc, rows, style="Table Grid", bold_header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0 and bold_header:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    return t


# ============================================================================ 2. call for applications, no heading styles
def plain(doc, text, bold=False, size=None):
    """A paragraph in the Normal style, as typed in an office: any emphasis is a run property, not a style."""
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def call_docx():
    doc = docx.Document()
    plain(doc, "PAYROLL PAGODA 2077", bold=True, size=16)
    plain(doc, "Call for Applications from Pakistani HR-Tech, Payroll and Workforce Software Firms", bold=True, size=12)
    plain(doc, "PHPSA secretariat, Islamabad \u2013 18 January 2077")
    plain(doc, "")
    plain(doc, "1) PURPOSE OF THIS CALL", bold=True)
    plain(
        doc,
        "The Pakistan HR-Tech & Payroll Software Association (PHPSA) invites Pakistani software firms to apply "
        "for Payroll Pagoda 2077, the Pak\u2013China HR-Tech, Payroll & Workforce Software Programme that it runs "
        "with the China\u2013Pakistan Workforce Technology Alliance (CPWTA). Selected firms are introduced to "
        "Chinese manufacturers, labour-dispatch agencies, HR SaaS vendors, call-centre operators, retailers, "
        "logistics firms, construction contractors and university career centres that are looking for payroll, "
        "attendance, rostering, recruitment and workforce software, and they take part in the Factory Floor "
        "Workforce Tour and the Pakistan Pavilion at the Greater Bay HR-Tech & Workforce Expo in Dongguan.",
    )
    plain(doc, "2) WHO MAY APPLY", bold=True)
    plain(
        doc,
        "Any firm registered in Pakistan that meets every item of Part A of the selection criteria may apply, "
        "whatever its size; the full-time head count on the day of application decides only the fee band. A "
        "group of companies cannot send one application for several firms, and firms owned by PHPSA or CPWTA "
        "staff may not apply.",
    )
    plain(doc, "3) HOW TO APPLY AND WHAT IT COSTS TO APPLY", bold=True)
    plain(
        doc,
        "Applications are made online only, on the portal at https://portal.payrollpagoda.example, which opened "
        "on 18 January 2077, two days after the Launch Summit in Lahore, and which accepts applications until "
        "19 March 2077 at 17:00 PKT, after which the portal closes and late applications cannot be scored; each "
        "application carries a processing fee of PKR 2,500, paid by card or bank transfer on the portal when the "
        "application is submitted, which is not refunded whether or not the firm is selected, and an application "
        "whose processing fee has not reached PHPSA within three working days is treated as incomplete and is "
        "set aside by the panel without being read.",
    )
    plain(doc, "4) DOCUMENTS TO UPLOAD WITH THE APPLICATION", bold=True)
    plain(doc, "Every application must carry the following, as PDF files of no more than 10 MB each:")
    for item in [
        "(a) the SECP certificate of incorporation or, for a partnership, the certificate of the Registrar of Firms;",
        "(b) the firm's NTN and a print of its entry on the FBR Active Taxpayers List;",
        "(c) the EOBI registration certificate and the latest EOBI contribution statement, which shows the "
        "full-time head count;",
        "(d) a link to a product demonstration video of no more than 5 minutes, in English or Mandarin;",
        "(e) two client references with names and telephone numbers, at least one of them a paying client "
        "outside the firm's own group;",
        "(f) where the firm has one, its Pakistan Software Export Board (PSEB) registration certificate.",
    ]:
        plain(doc, item)
    plain(doc, "5) SHORTLIST, DEMONSTRATIONS AND RESULTS", bold=True)
    plain(
        doc,
        "The panel scores every complete application against Part B of the selection criteria and invites the "
        "firms on the shortlist to a 15-minute online demonstration of their product, followed by ten minutes "
        "of questions, which takes place between 26 and 29 April 2077 in English or in Mandarin at the firm's "
        "choice; the panel then ranks the firms, selects up to 45 of them and sends every applicant its result "
        "by e-mail on 10 May 2077, and selected firms receive with it a selection letter that starts the "
        "15-day period for paying the participation fee.",
    )
    plain(doc, "6) FEES, GRANTS AND REFUNDS", bold=True)
    plain(
        doc,
        "The participation fee by head count, the instalments and the refund dates are set out in the fee "
        "schedule, and the grant windows in their own document; this call does not repeat them. Where this "
        "call and another programme document differ, the later document applies unless a corrigendum says "
        "otherwise.",
    )
    plain(doc, "7) CONTACT", bold=True)
    plain(
        doc,
        "Questions about this call go to helpdesk@payrollpagoda.example. The secretariat does not answer "
        "questions about individual applications while the panel is scoring them.",
    )
    plain(doc, "")
    plain(doc, "Islamabad, 18 January 2077")
    plain(doc, "PHPSA secretariat")
    save_docx(doc, v.CALL, "Payroll Pagoda 2077 - Call for Applications", datetime.datetime(2077, 1, 18, 9, 0, 0))


# ============================================================================ 3. grant windows, merged cells
def grants_docx():
    doc = docx.Document()
    doc.add_paragraph("Payroll Pagoda 2077 \u2014 Grant windows", style="Title")
    doc.add_paragraph("PHPSA grants desk, Islamabad \u00b7 25 January 2077")
    doc.add_heading("1. How the grants work", level=1)
    doc.add_paragraph(
        "Grants repay part of costs that a selected Pakistani firm has already paid; they are not advances. Each "
        "cost item has its own share of eligible cost and its own cap per firm, shown in Table 1. A firm may use "
        "all three windows in the same year, but no firm receives more than PKR 2,500,000 in grants in 2077."
    )
    doc.add_paragraph("Table 1: Grant windows 2077")
    rows = [
        ["Window", "Cost item", "Grant", "", "When to apply"],
        ["", "", "Share of eligible cost", "Cap per firm", ""],
        [
            "A \u2013 Market access",
            "Factory Floor Workforce Tour: tour package, economy airfare, hotel nights",
            "60%",
            "PKR 450,000",
            "With the claim, after the event",
        ],
        ["", "Expo: stand package, demo freight, economy airfare", "50%", "PKR 600,000", ""],
        [
            "B \u2013 Certification",
            "ISO 27001 or ISO 27701 certification audit",
            "50%",
            "PKR 700,000",
            "With the claim, after the audit",
        ],
        [
            "",
            "China PIPL personal-information protection impact assessment by an accredited assessor",
            "40%",
            "PKR 550,000",
            "",
        ],
        [
            "C \u2013 Pilot deployment",
            "A paid pilot with a Chinese buyer: integration, payroll localisation for social insurance and housing "
            "fund rules, on-site engineers, hosting in China",
            "35%",
            "PKR 1,500,000",
            "Under a separate call, 1\u201330 November 2077",
        ],
    ]
    t = doc.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text:
                t.cell(i, j).text = text
    # header: "Grant" spans the share and cap columns; window, cost item and "when" span both header rows
    t.cell(0, 2).merge(t.cell(0, 3))
    for j in (0, 1, 4):
        t.cell(0, j).merge(t.cell(1, j))
    # window A and window B each span two cost rows with their own figures; "when" spans them too
    t.cell(2, 0).merge(t.cell(3, 0))
    t.cell(4, 0).merge(t.cell(5, 0))
    t.cell(2, 4).merge(t.cell(3, 4))
    t.cell(4, 4).merge(t.cell(5, 4))
    for i in (0, 1):
        for cell in t.rows[i].cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.bold = True
    doc.add_heading("2. Eligible and ineligible costs", level=1)
    for text in [
        "Costs must be invoiced and paid between the selection letter and 15 December 2077.",
        "Salaries of the firm's own staff, laptops, phones and entertainment are not eligible.",
        "A cost can be claimed under one window and one cost item only.",
        "Window B costs must be for the product the firm presented in its application.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("3. Claiming", level=1)
    doc.add_paragraph(
        "Send one claim per cost item to grants@payrollpagoda.example with paid invoices and proof of payment, "
        "and boarding passes for travel. The time limits for claims are given in the FAQ and the programme "
        "calendar."
    )
    doc.add_heading("4. Worked example", level=1)
    doc.add_paragraph(
        "A firm that pays PKR 500,000 for an ISO 27001 certification audit receives 50% of it, PKR 250,000. A "
        "firm that pays PKR 1,000,000 of expo costs receives PKR 500,000; one that pays PKR 1,500,000 of expo "
        "costs receives the cap of PKR 600,000."
    )
    save_docx(doc, v.GRANTS, "Payroll Pagoda 2077 - Grant windows", datetime.datetime(2077, 1, 25, 10, 0, 0))


# ============================================================================ 7. Chinese buyer guide
def zh_docx():
    doc = docx.Document()
    doc.add_paragraph("“薪酬宝塔2077”中方采购方及接待工厂参与指南", style="Title")
    doc.add_paragraph("中巴人力资源科技联盟（CPWTA）苏州办公室　2077年2月20日")
    doc.add_heading("一、项目简介", level=1)
    doc.add_paragraph(
        "“薪酬宝塔2077”（Payroll Pagoda 2077）是中巴人力资源科技、薪酬与用工管理软件合作项目，由巴基斯坦人力资源"
        "科技与薪酬软件协会（PHPSA，伊斯兰堡）与中巴人力资源科技联盟（CPWTA，苏州）共同组织。项目帮助电子和服装"
        "制造企业、劳务派遣机构、人力资源SaaS企业、呼叫中心、零售餐饮连锁、物流企业、建筑企业和高校就业指导中心，"
        "对接提供人事管理系统、薪酬计算（含五险一金）、人脸识别考勤、工厂排班、招聘与测评、背景调查、员工自助App"
        "等软件和服务的巴方企业。"
    )
    doc.add_heading("二、工厂考察团", level=1)
    doc.add_paragraph(
        "巴方企业代表组成的“车间用工考察团”将于2077年9月6日至10日访问苏州、昆山和无锡，其中9月6日至7日在苏州，"
        "9月8日在昆山，9月9日至10日在无锡。接待考察团的工厂请于2077年7月15日前向苏州办公室确认参访路线、安全要求"
        "和员工数据保密要求。"
    )
    doc.add_paragraph("表1：拟接待单位一览")
    table(
        doc,
        [
            ["接待单位", "城市", "员工规模", "每批接待人数", "参访日期"],
            ["电子组装厂", "苏州", "约６，０００人", "１２人", "９月６日"],
            ["劳务派遣机构", "苏州", "１２０人", "１２人", "９月７日"],
            ["服装厂", "昆山", "２，８００人", "１２人", "９月８日"],
            ["物流仓储中心", "昆山", "９５０人", "１２人", "９月８日"],
            ["呼叫中心", "无锡", "３，２００人", "１２人", "９月９日"],
            ["连锁餐饮中央厨房", "无锡", "４８０人", "１２人", "９月１０日"],
        ],
    )
    doc.add_paragraph(
        "每家接待考察团的工厂可获联盟一次性接待补贴人民币贰万元整（¥20,000.00），用于安全讲解、翻译和场地安排，"
        "于考察结束后30日内支付。"
    )
    doc.add_heading("三、配套资助", level=1)
    for text in [
        "中方采购方与入选巴方企业签订付费试点合同的，可申请联盟配套资助。资助金额为试点合同金额的30%，"
        "每家采购方上限为3.5万元。",
        "员工五十人以下的小微采购方，资助比例同为30%，上限为1.5万元。",
        "配套资助申报时间为2077年11月1日至12月15日，须提交试点合同、付款凭证和巴方企业出具的验收确认。",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("四、重要日期", level=1)
    for text in [
        "考察团：2077年9月6日至10日（苏州、昆山、无锡）。",
        "接待工厂确认参访安排：2077年7月15日前。",
        "博览会：2077年10月19日至22日，东莞；采购方洽谈日为10月20日。",
        "配套资助申报：11月1日至12月15日。",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("五、联系方式", level=1)
    for text in [
        "苏州办公室（联盟秘书处）：苏州工业园区星湖街88号9楼，电话 +86 512 5550 2077，邮箱 suzhou@payrollpagoda.example。",
        "东莞联络处（博览会）：电话 +86 769 5550 2077。",
    ]:
        doc.add_paragraph(text)
    save_docx(doc, v.ZH_DOCX, "Payroll Pagoda 2077 buyer guide (Chinese)", datetime.datetime(2077, 2, 20, 9, 0, 0))


# ============================================================================ 8. Urdu fee and refund sheet (RTL Word)
def rtl(paragraph):
    p_pr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    p_pr.insert_element_before(
        bidi, "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:jc", "w:outlineLvl"
    )
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    return paragraph


def ur_docx():
    doc = docx.Document()
    rtl(doc.add_paragraph("پے رول پگوڈا ۲۰۷۷ — شرکت کی فیس، اقساط، رقم کی واپسی اور ہیلپ لائن", style="Title"))
    rtl(doc.add_paragraph("پاکستان ایچ آر ٹیک اینڈ پے رول سافٹ ویئر ایسوسی ایشن (PHPSA)، اسلام آباد — ۲ فروری ۲۰۷۷"))
    rtl(
        doc.add_paragraph(
            "یہ ہدایات ان پاکستانی کمپنیوں کے لیے ہیں جو پے رول پگوڈا ۲۰۷۷ کے لیے منتخب ہوں گی۔ فیس درخواست کے دن کل وقتی "
            "ملازمین کی تعداد سے طے ہوتی ہے، اور ہر حد میں دونوں سرے شامل ہیں: ۲۵ ملازمین والی کمپنی پہلی حد میں اور ۲۶ "
            "والی دوسری حد میں ہے۔"
        )
    )
    rtl(doc.add_heading("فیس کا جدول", level=1))
    rows = [
        ["کل وقتی ملازمین", "شرکت کی فیس", "شامل نمائندے", "ادائیگی"],
        ["۱ تا ۲۵", "۳۰,۰۰۰ روپے", "۱", "ایک قسط: انتخابی خط کے ۱۵ دن کے اندر"],
        ["۲۶ تا ۱۰۰", "۶۲,۰۰۰ روپے", "۲", "ایک قسط: انتخابی خط کے ۱۵ دن کے اندر"],
        ["۱۰۱ تا ۴۰۰", "۱,۱۸,۰۰۰ روپے", "۲", "دو اقساط: ۵۰٪ انتخابی خط کے ۱۵ دن کے اندر، ۵۰٪ ۳۰ جون ۲۰۷۷ تک"],
        [
            "۴۰۱ یا زیادہ",
            "۲,۱۰,۰۰۰ روپے",
            "۳",
            "تین اقساط: ۴۰٪ انتخابی خط کے ۱۵ دن کے اندر، ۳۰٪ ۳۰ جون ۲۰۷۷ تک، ۳۰٪ ۳۱ اگست ۲۰۷۷ تک",
        ],
    ]
    t = table(doc, rows)
    tbl_pr = t._tbl.tblPr
    tbl_pr.insert_element_before(
        OxmlElement("w:bidiVisual"),
        *("w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd"),
        *("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"),
    )
    for row in t.rows:
        for cell in row.cells:
            for cp in cell.paragraphs:
                rtl(cp)
    for text in [
        "شامل نمائندوں سے زائد ہر نمائندے کی فیس ۱۸,۵۰۰ روپے ہے۔",
        "درخواست جمع کراتے وقت پورٹل پر ۲,۵۰۰ روپے پروسیسنگ فیس ادا کی جاتی ہے، جو کسی صورت واپس نہیں ہوتی۔",
        "جو کمپنی منتخب نہ ہو اس سے شرکت کی فیس نہیں لی جاتی۔",
    ]:
        rtl(doc.add_paragraph(text))
    rtl(doc.add_heading("نام واپس لینے پر رقم کی واپسی", level=1))
    for text in [
        "منتخب کمپنی اگر ۳۱ مئی ۲۰۷۷ تک تحریری طور پر نام واپس لے تو شرکت کی پوری فیس واپس ہوگی۔",
        "یکم جون سے ۱۵ جولائی ۲۰۷۷ تک نام واپس لینے پر شرکت کی فیس کا ۵۰ فیصد واپس ہوگا۔",
        "۱۵ جولائی ۲۰۷۷ کے بعد شرکت کی فیس کا کوئی حصہ واپس نہیں ہوگا۔",
        "رقم اسی بینک اکاؤنٹ میں واپس کی جاتی ہے جس سے فیس آئی تھی، تحریری درخواست کے ۳۰ کاروباری دنوں کے اندر۔",
    ]:
        rtl(doc.add_paragraph(text))
    rtl(doc.add_heading("ہیلپ لائن", level=1))
    for text in [
        "ہیلپ لائن کا نمبر ۰۸۰۰-۷۲۹۷۷ ہے۔ پاکستان میں کسی بھی فون سے کال مفت ہے۔",
        "اوقات: پیر سے جمعہ، صبح ۹ بجے سے شام ۵ بجے تک (پاکستانی وقت)۔ درخواستوں کی مدت میں ہفتے کو بھی صبح ۱۰ بجے سے "
        "دوپہر ۲ بجے تک ہیلپ لائن کھلی رہتی ہے۔ اتوار اور سرکاری تعطیلات پر ہیلپ لائن بند رہتی ہے۔",
    ]:
        rtl(doc.add_paragraph(text))
    save_docx(doc, v.UR_DOCX, "Payroll Pagoda 2077 - fees, refunds, helpline (Urdu)", datetime.datetime(2077, 2, 2))


# ============================================================================ PDFs
def pdf_str(text):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return text.encode("cp1252")


class PdfPage:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, face="/F1", size=9):
        self.ops.append(b"BT " + f"{face} {size} Tf 1 0 0 1 {x} {y} Tm (".encode() + pdf_str(s) + b") Tj ET\n")

    def rule(self, x0, y0, x1, y1, w=0.5):
        self.ops.append(f"{w} w {x0} {y0} m {x1} {y1} l S\n".encode())


def write_pdf(name, pages, title):
    writer = pypdf.PdfWriter()

    def font(base):
        return writer._add_object(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject(base),
                    NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                }
            )
        )

    fonts = DictionaryObject({NameObject("/F1"): font("/Helvetica"), NameObject("/F2"): font("/Helvetica-Bold")})
    for page in pages:
        pdf_page = writer.add_blank_page(612, 792)
        pdf_page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        contents = ContentStream(None, writer)
        contents.set_data(b"".join(page.ops))
        pdf_page.replace_contents(contents)
    writer.add_metadata({"/Title": title, "/Producer": "PHPSA document office", "/Author": "PHPSA"})
    buf = io.BytesIO()
    writer.write(buf)
    (PROG / name).write_bytes(buf.getvalue())


CALENDAR_ROWS = [
    ["16 January 2077", "Launch Summit (38 firms pitch, buyers online)", "Ravi Convention Hall, Lahore"],
    ["18 January 2077", "Application portal opens", "Online"],
    ["5 February 2077", "Desk closed: Kashmir Day", "All PHPSA offices, helpline"],
    ["11-17 February 2077", "Chinese offices closed: Spring Festival", "Suzhou, Dongguan"],
    ["19 March 2077", "Applications close, 17:00 PKT", "Online"],
    ["23 March 2077", "Desk closed: Pakistan Day", "All PHPSA offices, helpline"],
    ["26-29 April 2077", "Shortlist demonstrations, 15 minutes each", "Online"],
    ["1 May 2077", "Desk closed: Labour Day", "All PHPSA offices, helpline"],
    ["10 May 2077", "Results e-mailed to every applicant", "PHPSA secretariat"],
    ["25 May 2077", "Participation fee due (Bands 1-2), at the latest", "15 days after the selection letter"],
    ["31 May 2077", "Last day to withdraw with a full refund", "In writing to PHPSA"],
    ["30 June 2077", "Second instalment (Band 3), second of three (Band 4)", "Bank transfer"],
    ["30 June 2077", "Factory tour booking closes (deposit PKR 50,000)", "Portal"],
    ["15 July 2077", "Last day to withdraw with a 50% refund", "In writing to PHPSA"],
    ["15 July 2077", "Host factories confirm tour routes", "CPWTA Suzhou office"],
    ["15 July 2077", "Expo raw-space bookings close", "Portal"],
    ["31 July 2077", "Expo counter and shell-scheme bookings close", "Portal"],
    ["31 July 2077", "Factory tour balance due", "Bank transfer"],
    ["14 August 2077", "Desk closed: Independence Day", "All PHPSA offices, helpline"],
    ["31 August 2077", "Third instalment (Band 4); expo balance due", "Bank transfer"],
    ["6-10 September 2077", "Factory Floor Workforce Tour", "Suzhou, Kunshan, Wuxi"],
    ["15-17 September 2077", "Desk closed: Eid ul Fitr (expected)", "All PHPSA offices, helpline"],
    ["1-7 October 2077", "Chinese offices closed: National Day holiday", "Suzhou, Dongguan"],
    ["6 October 2077", "Demo devices due at the expo warehouse", "Dongguan"],
    ["19-22 October 2077", "Greater Bay HR-Tech & Workforce Expo", "Hall 5, Dongguan"],
    ["20 October 2077", "Buyer matchmaking day", "Hall 5, Dongguan"],
    ["1-30 November 2077", "Window C (pilot deployment) applications", "Online"],
    ["9 November 2077", "Desk closed: Iqbal Day", "All PHPSA offices, helpline"],
    ["22-24 November 2077", "Desk closed: Eid ul Adha (expected)", "All PHPSA offices, helpline"],
    ["15 December 2077", "Last date for all 2077 grant claims (Windows A and B)", "grants@payrollpagoda.example"],
    ["25 December 2077", "Desk closed: Quaid-e-Azam Day", "All PHPSA offices, helpline"],
]

CRITERIA_LINES = [
    ("h", "Part A - Eligibility (every item must be met)"),
    ("i", "1.  The firm is registered in Pakistan with the SECP or the Registrar of Firms and has traded for at"),
    ("i", "     least two years on the closing date for applications."),
    ("i", "2.  The product presented has at least three paying clients."),
    ("i", "3.  The firm is on the FBR Active Taxpayers List and registered with EOBI."),
    ("i", "4.  The product is the firm's own work, not a resold or white-labelled product."),
    ("i", "5.  The firm can demonstrate the product in English or Mandarin."),
    ("i", "6.  The firm is not owned by PHPSA or CPWTA staff."),
    ("h", "Part B - Scoring (100 points)"),
    ("row", ("1.  Product maturity and live deployments", "25 points")),
    ("row", ("2.  Fit for Chinese buyers (China payroll rules, Mandarin interface)", "20 points")),
    ("row", ("3.  Data protection and security (ISO 27001, PIPL readiness)", "15 points")),
    ("row", ("4.  Client references", "15 points")),
    ("row", ("5.  Team and delivery capacity", "10 points")),
    ("row", ("6.  Pricing model for China", "15 points")),
    ("h", "Shortlist and ranking"),
    ("p", "A firm needs at least 60 of the 100 points in Part B to be shortlisted for the online demonstration."),
    ("p", "The demonstration is scored out of 40 points and added to the Part B score. Where two firms have the"),
    ("p", "same total, the firm with the higher score under item 2 of Part B ranks first. The panel's decision is"),
    ("p", "final, and firms that are not selected may ask for their scores within 14 days of the results."),
]


CAL_COLS = (50, 170, 420)
CAL_HEADER = ["Date", "What", "Where / who"]


def calendar_pdf():
    """A two-page calendar: the running header and the table's header row on both pages, "Page n of 2" footers,
    the table carried over from page 1 to page 2."""
    p1, p2 = PdfPage(), PdfPage()
    for n, page in enumerate((p1, p2), 1):
        page.text(50, 760, v.CAL_RUNNING_HEADER, "/F1", 8)
        page.rule(50, 754, 562, 754)
        page.text(280, 36, f"Page {n} of 2", "/F1", 8)
    p1.text(50, 726, "Programme calendar 2077 and desk closures", "/F2", 15)
    intro = [
        "This calendar lists the programme's dates for 2077 and the days on which the PHPSA offices in Islamabad,",
        "Lahore and Karachi and the helpline are closed, and the days on which the CPWTA offices in Suzhou and",
        "Dongguan are closed. Islamic holidays are expected dates and are confirmed when the moon is sighted.",
        "Where a date in this calendar and a later corrigendum differ, the corrigendum applies.",
        "",
        "How to read it: dates are in Pakistan time unless the row names a Chinese office. A payment row gives the",
        'last day on which the money must reach PHPSA, not the day it is sent. Rows marked "Desk closed" mean that',
        "the Islamabad secretariat, the Lahore and Karachi desks and the helpline 0800-72977 do not answer on that",
        "day; e-mails sent on a closed day are answered within two working days after it. The Kuala Lumpur partner",
        "desk keeps Malaysian public holidays and is not listed here.",
    ]
    y = 704
    for line in intro:
        if line:
            p1.text(50, y, line, "/F1", 9)
        y -= 12
    y -= 14

    def header_row(page, y):
        page.rule(50, y + 13, 562, y + 13, 0.6)
        for x, cell in zip(CAL_COLS, CAL_HEADER):
            page.text(x + 2, y, cell, "/F2", 9.5)
        page.rule(50, y - 5, 562, y - 5, 0.6)
        return y - 20

    y = header_row(p1, y)
    page = p1
    for row in CALENDAR_ROWS:
        if page is p1 and y < 84:  # the table runs on to page 2 under its repeated header row
            page = p2
            y = header_row(p2, 728)
        for x, cell in zip(CAL_COLS, row):
            page.text(x + 2, y, cell, "/F1", 9)
        page.rule(50, y - 8, 562, y - 8, 0.3)
        y -= 26
    p2.text(50, y - 14, "PHPSA secretariat, Islamabad. Questions: helpdesk@payrollpagoda.example", "/F1", 8.5)
    write_pdf(v.CALENDAR, [p1, p2], "Payroll Pagoda 2077 - Programme calendar")


def criteria_pdf():
    p = PdfPage()
    p.text(50, 752, "PAYROLL PAGODA 2077", "/F2", 15)
    p.text(50, 734, "Selection criteria for Pakistani firms", "/F2", 11.5)
    p.text(50, 720, "PHPSA selection panel, Islamabad - 18 January 2077", "/F1", 8.5)
    p.rule(50, 712, 562, 712)
    y = 692
    lines = CRITERIA_LINES
    for kind, text in lines:
        if kind == "h":
            y -= 6
            p.text(50, y, text, "/F2", 10.5)
            y -= 16
        elif kind == "row":
            crit, pts = text
            p.text(62, y, crit, "/F1", 9.5)
            p.text(500, y, pts, "/F1", 9.5)
            p.rule(60, y - 4, 540, y - 4, 0.3)
            y -= 15
        else:
            p.text(50 if kind == "p" else 62, y, text, "/F1", 9.5)
            y -= 13
    p.text(280, 36, "Page 1 of 1", "/F1", 8)
    write_pdf(v.CRITERIA, [p], "Payroll Pagoda 2077 - Selection criteria")


# ============================================================================ directory
# id, name, name_zh, city, founded, employees, services, industries, technologies, certifications, languages,
# description, description_zh, domain, pitched_at_webinar
D = [
    (
        "PK-001",
        "Tankhwah Cloud Payroll (Pvt) Ltd",
        "坦克瓦云薪酬",
        "Lahore",
        2012,
        240,
        "multi-country payroll engine;China social insurance & housing fund (五险一金) calculation;"
        "EOBI and PESSI contribution filing;payslip portal",
        "manufacturing;retail;BPO",
        "Java;PostgreSQL;Angular",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "A payroll engine that runs Pakistani and Chinese payroll side by side, including provincial social "
        "insurance rules.",
        "同时支持巴基斯坦和中国薪酬规则的薪酬引擎。",
        "tankhwahcloud",
        "yes",
    ),
    (
        "PK-002",
        "Tankhwah Labs",
        "",
        "Karachi",
        2020,
        18,
        "payroll API for fintechs;earned wage access (salary advance);income-tax withholding calculator",
        "fintech;banking",
        "Go;Kubernetes",
        "none",
        "English;Urdu",
        "A small team selling a payroll API and salary-advance product to banks and wallets.",
        "",
        "tankhwahlabs",
        "no",
    ),
    (
        "PK-003",
        "Shift (Pvt) Ltd",
        "",
        "Faisalabad",
        2016,
        65,
        "shift rostering for textile mills;overtime calculation;time-and-attendance kiosks",
        "textiles;manufacturing",
        "C#;.NET;SQL Server",
        "ISO 9001",
        "English;Urdu",
        "Builds rostering and overtime software for spinning and weaving mills around Faisalabad.",
        "为纺织厂提供排班和加班计算软件。",
        "shiftpk",
        "yes",
    ),
    (
        "PK-004",
        "RosterRani Technologies",
        "",
        "Lahore",
        2018,
        42,
        "shift scheduling for retail stores;staff scheduling app;labour-demand forecasting",
        "retail;restaurants",
        "Flutter;Firebase;Python",
        "",
        "English;Urdu",
        "A scheduling app for retail and restaurant chains that forecasts footfall and builds weekly rotas.",
        "",
        "rosterrani",
        "no",
    ),
    (
        "PK-005",
        "Chehra Biometrics",
        "面容生物识别",
        "Lahore",
        2014,
        130,
        "face-recognition attendance terminals;fingerprint time clocks;access-control integration",
        "manufacturing;construction",
        "C++;embedded Linux;OpenCV",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Designs and sells biometric attendance terminals for factories and building sites.",
        "为工厂和工地提供人脸识别考勤终端。",
        "chehrabiometrics",
        "yes",
    ),
    (
        "PK-006",
        "Chehra Vision AI",
        "",
        "Islamabad",
        2021,
        25,
        "mobile face recognition attendance;liveness detection;geo-fenced check-in",
        "logistics;field services",
        "Kotlin;Swift;TensorFlow Lite",
        "none",
        "English;Urdu",
        "Mobile attendance with selfie check-in and liveness checks for field staff.",
        "",
        "chehravision",
        "no",
    ),
    (
        "PK-007",
        "HireHaveli ATS",
        "",
        "Karachi",
        2017,
        38,
        "applicant tracking system (ATS);job-board multiposting;careers-site builder",
        "BPO;retail",
        "Ruby on Rails;PostgreSQL",
        "ISO 27001",
        "English;Urdu",
        "An applicant tracking system for high-volume hiring in call centres and retail.",
        "面向呼叫中心和零售批量招聘的ATS。",
        "hirehaveli",
        "yes",
    ),
    (
        "PK-008",
        "HireHaveli Video",
        "",
        "Karachi",
        2021,
        12,
        "one-way video interviewing;interview scheduling bot",
        "BPO;education",
        "Node.js;WebRTC",
        "none",
        "English;Urdu",
        "Recorded video interviews and a scheduling bot, sold alongside the HireHaveli ATS.",
        "",
        "haveli-video",
        "no",
    ),
    (
        "PK-009",
        "Qabil Assessments",
        "卡比尔测评",
        "Islamabad",
        2013,
        90,
        "psychometric testing;aptitude tests in Urdu and English;personality profiling",
        "banking;telecom;government",
        "Python;Django;React",
        "ISO 9001",
        "English;Urdu",
        "Runs psychometric and aptitude testing for large employers and public-sector recruiters.",
        "为大型雇主提供心理测评和能力测试。",
        "qabilassess",
        "yes",
    ),
    (
        "PK-010",
        "CodeParakh",
        "",
        "Rawalpindi",
        2019,
        34,
        "coding assessments;online proctoring;technical interview platform",
        "software;education",
        "TypeScript;Docker;Go",
        "ISO 27001",
        "English",
        "A coding test and technical interview platform with remote proctoring.",
        "编程测评与远程监考平台。",
        "codeparakh",
        "yes",
    ),
    (
        "PK-011",
        "Tasdeeq Verify",
        "塔斯迪克核验",
        "Lahore",
        2010,
        210,
        "background verification;degree and credential verification;criminal-record checks via police portals",
        "banking;BPO;healthcare",
        "Java;Oracle",
        "ISO 27001",
        "English;Urdu",
        "Pakistan's background-check bureau for banks and BPOs, with university and police-record checks.",
        "为银行和BPO企业提供背景调查。",
        "tasdeeq",
        "yes",
    ),
    (
        "PK-012",
        "Sanad Check",
        "",
        "Peshawar",
        2016,
        28,
        "employment history verification;document verification (CNIC, degrees);reference checking",
        "NGOs;telecom",
        "PHP;Laravel;MySQL",
        "none",
        "English;Urdu;Pashto",
        "Verifies CNICs, degrees and past employment for employers in Khyber Pakhtunkhwa.",
        "",
        "sanadcheck",
        "no",
    ),
    (
        "PK-013",
        "Sarhad EOR Partners",
        "",
        "Islamabad",
        2015,
        75,
        "employer of record (EOR);contractor payments;cross-border payroll incl. China social-insurance filings",
        "software;consulting",
        "Python;AWS",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Acts as employer of record for foreign companies hiring in Pakistan and files for their China staff.",
        "为外国企业在巴基斯坦提供名义雇主服务。",
        "sarhadeor",
        "yes",
    ),
    (
        "PK-014",
        "GlobeStaff Payments",
        "",
        "Karachi",
        2019,
        55,
        "contractor invoicing & payments;EOR services in Pakistan;FX payouts",
        "software;freelancing",
        "Node.js;React",
        "none",
        "English;Urdu",
        "Pays freelancers and contractors in Pakistan for overseas clients.",
        "",
        "globestaff",
        "no",
    ),
    (
        "PK-015",
        "Kharcha Expense",
        "",
        "Lahore",
        2015,
        260,
        "expense claims app;travel & expense (T&E) management;receipt OCR;per-diem rules engine",
        "pharma;FMCG",
        "Kotlin;Spring Boot;PostgreSQL",
        "ISO 27001",
        "English;Urdu",
        "An expense-claims app with receipt scanning used by sales forces of pharma and FMCG firms.",
        "面向医药和快消销售团队的费用报销应用。",
        "kharcha",
        "yes",
    ),
    (
        "PK-016",
        "Safar Claims",
        "",
        "Karachi",
        2011,
        480,
        "travel booking and expense reimbursement;corporate card reconciliation;T&E policy compliance",
        "oil and gas;banking",
        "Java;SAP integration",
        "ISO 9001",
        "English;Urdu",
        "Corporate travel booking with reimbursement workflows for large employers.",
        "",
        "safarclaims",
        "yes",
    ),
    (
        "PK-017",
        "Hadaf OKR",
        "",
        "Islamabad",
        2020,
        22,
        "OKR software;performance appraisals;360-degree feedback",
        "software;startups",
        "Vue.js;Laravel",
        "none",
        "English",
        "Goal-setting and appraisal software for start-ups and software houses.",
        "",
        "hadafokr",
        "no",
    ),
    (
        "PK-018",
        "Karkardagi Systems",
        "",
        "Multan",
        2014,
        48,
        "performance management;KPI scorecards;bonus calculation",
        "agriculture;sugar mills",
        "C#;.NET",
        "",
        "English;Urdu;Saraiki",
        "KPI scorecards and bonus calculation for agribusinesses in south Punjab.",
        "",
        "karkardagi",
        "no",
    ),
    (
        "PK-019",
        "Ilm LMS",
        "伊尔姆学习平台",
        "Lahore",
        2012,
        150,
        "learning management system (LMS);compliance training courses;SCORM content authoring",
        "banking;pharma",
        "PHP;Moodle;AWS",
        "ISO 9001",
        "English;Urdu",
        "An LMS with ready-made compliance courses for banks and pharma companies.",
        "面向银行和医药企业的学习管理系统。",
        "ilmlms",
        "yes",
    ),
    (
        "PK-020",
        "Seekho Academy Tech",
        "",
        "Karachi",
        2018,
        8,
        "micro-learning app;LMS for frontline staff;Urdu voice lessons",
        "retail;restaurants",
        "Flutter;Firebase",
        "none",
        "Urdu;English",
        "Short Urdu voice lessons for shop-floor and restaurant staff on cheap phones.",
        "",
        "seekhoacademy",
        "no",
    ),
    (
        "PK-021",
        "Apna Portal HR",
        "",
        "Karachi",
        2016,
        70,
        "employee self-service (ESS) mobile app;HR helpdesk chatbot;leave and payslip requests",
        "retail;textiles",
        "React Native;Node.js",
        "ISO 27001",
        "English;Urdu",
        "A self-service app where workers see payslips, apply for leave and ask an HR bot.",
        "员工自助App和人事聊天机器人。",
        "apnaportal",
        "yes",
    ),
    (
        "PK-022",
        "Baat HR Bots",
        "",
        "Karachi",
        2021,
        16,
        "WhatsApp HR chatbot;conversational leave requests;policy Q&A assistant",
        "BPO;retail",
        "Python;Rasa",
        "none",
        "English;Urdu",
        "WhatsApp bots that answer HR policy questions and take leave requests.",
        "",
        "baathr",
        "no",
    ),
    (
        "PK-023",
        "Qanoon Compliance",
        "",
        "Islamabad",
        2009,
        60,
        "labour-law compliance audits;EOBI registration & returns;e-filing of withholding statements;"
        "Shops & Establishments registers",
        "manufacturing;services",
        "C#;SQL Server",
        "ISO 9001",
        "English;Urdu",
        "Labour-law compliance and statutory e-filing for employers across Pakistan.",
        "",
        "qanooncompliance",
        "yes",
    ),
    (
        "PK-024",
        "Mazdoor Connect",
        "",
        "Lahore",
        2019,
        95,
        "blue-collar gig marketplace;daily-wage worker matching;digital khata wage payments",
        "construction;logistics",
        "Kotlin;Node.js;MongoDB",
        "none",
        "Urdu;English;Punjabi",
        "Matches daily-wage workers with contractors and pays them through a digital ledger.",
        "",
        "mazdoorconnect",
        "yes",
    ),
    (
        "PK-025",
        "KaamWala Platform",
        "",
        "Karachi",
        2017,
        300,
        "gig workforce marketplace;last-mile rider onboarding;on-demand staffing",
        "logistics;e-commerce",
        "Go;Kafka;React",
        "ISO 27001",
        "English;Urdu",
        "An on-demand staffing marketplace for riders, warehouse pickers and event staff.",
        "灵活用工平台。",
        "kaamwala",
        "yes",
    ),
    (
        "PK-026",
        "Nazar Analytics",
        "",
        "Islamabad",
        2015,
        45,
        "workforce analytics;attrition prediction;people-analytics dashboards",
        "telecom;banking",
        "Python;Power BI;Snowflake",
        "ISO 27001",
        "English",
        "People-analytics dashboards and attrition models for large employers.",
        "员工流失预测与人力分析。",
        "nazaranalytics",
        "yes",
    ),
    (
        "PK-027",
        "Insight HR Data",
        "",
        "Lahore",
        2020,
        14,
        "employee turnover prediction model;engagement surveys;HR data warehouse",
        "BPO;software",
        "Python;dbt;BigQuery",
        "none",
        "English",
        "Builds HR data warehouses and turnover models for mid-sized firms.",
        "",
        "insighthrdata",
        "no",
    ),
    (
        "PK-028",
        "Shajra OrgTech",
        "",
        "Rawalpindi",
        2013,
        36,
        "org-chart visualisation;succession planning;talent reviews (9-box)",
        "government;banking",
        "TypeScript;D3.js",
        "ISO 9001",
        "English;Urdu",
        "Org-chart and succession-planning software for banks and public bodies.",
        "组织架构图与继任计划软件。",
        "shajraorg",
        "no",
    ),
    (
        "PK-029",
        "Sukoon EAP",
        "",
        "Lahore",
        2018,
        27,
        "employee assistance programme (EAP);tele-counselling;wellbeing portal",
        "BPO;software",
        "Laravel;Twilio",
        "none",
        "English;Urdu",
        "Runs an employee assistance programme with Urdu-speaking counsellors.",
        "",
        "sukooneap",
        "no",
    ),
    (
        "PK-030",
        "Khairiyat Wellness Cloud",
        "",
        "Karachi",
        2021,
        19,
        "employee well-being app;mental-health check-ins;wellness challenges",
        "banking;telecom",
        "Flutter;Supabase",
        "",
        "English;Urdu",
        "A wellbeing app with mood check-ins and team challenges.",
        "",
        "khairiyat",
        "no",
    ),
    (
        "PK-031",
        "Nizam HRMS",
        "尼扎姆人事系统",
        "Lahore",
        2008,
        1100,
        "HRMS suite;core HR;payroll processing;time & attendance;shift rostering module;recruitment module",
        "manufacturing;retail;government",
        "Java;Oracle;Angular",
        "ISO 27001;CMMI Level 3",
        "English;Urdu",
        "One of Pakistan's largest HRMS vendors, with payroll and attendance modules.",
        "巴基斯坦大型人事管理系统供应商。",
        "nizamhrms",
        "yes",
    ),
    (
        "PK-032",
        "Nizam Digital Services",
        "",
        "Karachi",
        2016,
        85,
        "HRIS implementation;SAP SuccessFactors integration;HR data migration",
        "FMCG;telecom",
        "SAP;Python",
        "ISO 9001",
        "English;Urdu",
        "An implementation partner for HRIS projects, not related to Nizam HRMS.",
        "",
        "nizamdigital",
        "no",
    ),
    (
        "PK-033",
        "Indus Payroll Bureau",
        "印度河薪酬服务局",
        "Karachi",
        2005,
        2300,
        "payroll outsourcing;payroll bureau services;EOBI/PESSI deductions;year-end tax certificates",
        "manufacturing;banking;retail",
        "COBOL;Java;DB2",
        "ISO 27001;ISO 9001;CMMI Level 5",
        "English;Urdu",
        "Runs payroll for more than a million workers as an outsourced bureau.",
        "为逾百万员工提供薪酬外包服务。",
        "induspayroll",
        "yes",
    ),
    (
        "PK-034",
        "Quetta Workforce Solutions",
        "",
        "Quetta",
        2017,
        11,
        "attendance for mining crews;remote-site rostering;SMS payslips",
        "mining;construction",
        "PHP;Android",
        "none",
        "Urdu;English;Balochi",
        "Attendance and rostering for mining and remote construction crews in Balochistan.",
        "",
        "quettaworkforce",
        "no",
    ),
    (
        "PK-035",
        "Sialkot TimeWorks",
        "",
        "Sialkot",
        2014,
        58,
        "piece-rate wage calculation;time and attendance for export factories;biometric attendance",
        "sports goods;surgical instruments;garments",
        "C#;.NET;SQL Server",
        "ISO 9001",
        "English;Urdu",
        "Piece-rate wages and attendance for Sialkot's export factories.",
        "为出口工厂提供计件工资和考勤。",
        "sialkottimeworks",
        "yes",
    ),
    (
        "PK-036",
        "Mehnat Analytics",
        "",
        "Faisalabad",
        2019,
        23,
        "OKRs & goal tracking;continuous performance reviews;people analytics for mills",
        "textiles",
        "Python;Metabase",
        "none",
        "English;Urdu",
        "Goal tracking and performance reviews for textile groups.",
        "",
        "mehnatanalytics",
        "no",
    ),
    (
        "PK-037",
        "Hunar Skills Lab",
        "",
        "Peshawar",
        2020,
        31,
        "vocational e-learning;skills certification tracking;LMS hosting",
        "construction;technical education",
        "Moodle;PHP",
        "ISO 9001",
        "English;Urdu;Pashto",
        "Vocational e-learning and skills tracking for technical trades.",
        "",
        "hunarskills",
        "no",
    ),
    (
        "PK-038",
        "Rozgar Match",
        "",
        "Multan",
        2018,
        40,
        "recruitment ATS for SMEs;CV parsing;WhatsApp job alerts",
        "agriculture;retail",
        "Python;Elasticsearch",
        "none",
        "Urdu;English;Saraiki",
        "A light ATS for small employers with WhatsApp job alerts.",
        "",
        "rozgarmatch",
        "no",
    ),
    (
        "PK-039",
        "Mizan Salary Systems",
        "",
        "Hyderabad",
        2011,
        120,
        "salary processing;loan & advance deductions;bank salary-file generation",
        "banking;sugar mills",
        "Delphi;SQL Server",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Salary processing software that produces bank transfer files.",
        "",
        "mizansalary",
        "yes",
    ),
    (
        "PK-040",
        "DataDil People Science",
        "",
        "Islamabad",
        2016,
        180,
        "flight-risk scoring;workforce planning;HR analytics consulting",
        "telecom;oil and gas",
        "R;Python;Tableau",
        "ISO 27001;ISO 9001",
        "English",
        "Workforce planning and flight-risk scoring for large employers.",
        "",
        "datadil",
        "no",
    ),
    (
        "PK-041",
        "Ufuq Talent",
        "",
        "Lahore",
        2022,
        4,
        "campus recruitment platform;graduate assessments;university career-fair software",
        "education",
        "Next.js;Supabase",
        "none",
        "English;Urdu",
        "A campus hiring platform connecting graduates with employers at career fairs.",
        "",
        "ufuqtalent",
        "no",
    ),
    (
        "PK-042",
        "Amanat Screening",
        "",
        "Karachi",
        2013,
        140,
        "pre-employment screening;address verification;education verification",
        "banking;security services",
        "Java;MySQL",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Pre-employment screening with field address checks.",
        "",
        "amanatscreening",
        "yes",
    ),
    (
        "PK-043",
        "Rahbar Succession",
        "",
        "Islamabad",
        2019,
        15,
        "succession planning software;leadership pipeline;competency frameworks",
        "government;NGOs",
        "Django;React",
        "",
        "English",
        "Succession and leadership-pipeline tools for public bodies and NGOs.",
        "",
        "rahbarsuccession",
        "no",
    ),
    (
        "PK-044",
        "Fikr Wellbeing",
        "",
        "Islamabad",
        2016,
        52,
        "corporate wellness platform;EAP helpline;burnout surveys",
        "software;banking",
        "Ruby on Rails;Twilio",
        "ISO 27001",
        "English;Urdu",
        "A corporate wellness platform with a 24-hour EAP helpline.",
        "",
        "fikrwellbeing",
        "no",
    ),
    (
        "PK-045",
        "Saakh Compliance Cloud",
        "",
        "Lahore",
        2021,
        33,
        "statutory compliance calendar;labor law e-filing (PESSI, EOBI, WWF);minimum-wage tracking",
        "manufacturing;retail",
        "Laravel;Vue.js",
        "none",
        "English;Urdu",
        "A compliance calendar that files provincial and federal labour returns online.",
        "",
        "saakhcompliance",
        "no",
    ),
    (
        "PK-046",
        "PeopleQila",
        "",
        "Rawalpindi",
        2010,
        420,
        "HRIS;self-service kiosks;attendance via face recognition;factory roster planning;payroll for multi-country teams",
        "manufacturing;garments",
        "Java;React;PostgreSQL",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "An HRIS with kiosks and face-recognition attendance for large factories.",
        "面向大型工厂的人事系统。",
        "peoplequila",
        "yes",
    ),
    (
        "CN-001",
        "Suzhou Jingdian Electronics Co., Ltd.",
        "苏州精电电子有限公司",
        "Suzhou",
        1998,
        6500,
        "electronics contract manufacturing;SMT assembly",
        "electronics manufacturing",
        "",
        "ISO 9001;IATF 16949",
        "Mandarin;English",
        "A contract electronics manufacturer that wants face-recognition attendance for 6,500 workers.",
        "电子代工企业，计划升级人脸识别考勤。",
        "jingdian-sz",
        "no",
    ),
    (
        "CN-002",
        "Dongguan Jinxiu Garments Co., Ltd.",
        "东莞锦绣制衣有限公司",
        "Dongguan",
        2003,
        2800,
        "garment manufacturing;knitwear;OEM apparel",
        "garments;apparel",
        "",
        "ISO 9001;BSCI",
        "Mandarin",
        "A knitwear factory looking for piece-rate payroll software.",
        "针织服装厂，寻找计件工资软件。",
        "jinxiugarments",
        "no",
    ),
    (
        "CN-003",
        "Hualao Labour Dispatch Services",
        "华劳劳务派遣服务有限公司",
        "Shenzhen",
        2009,
        900,
        "劳务派遣;staffing services;payroll outsourcing for dispatched workers",
        "staffing;labour dispatch",
        "",
        "",
        "Mandarin",
        "A labour-dispatch agency that places factory workers across the Pearl River Delta.",
        "珠三角劳务派遣机构。",
        "hualao",
        "no",
    ),
    (
        "CN-004",
        "Zhixin Cloud HR",
        "智薪云",
        "Hangzhou",
        2015,
        350,
        "HR SaaS;社保公积金代缴;e-payslips",
        "HR SaaS",
        "Java;Alibaba Cloud",
        "ISO 27001",
        "Mandarin;English",
        "An HR SaaS vendor that wants Pakistani engineering partners for its payroll module.",
        "人力资源SaaS企业，寻求巴方研发合作。",
        "zhixincloud",
        "no",
    ),
    (
        "CN-005",
        "Coastline Contact Centres",
        "海岸呼叫中心",
        "Wuhan",
        2010,
        3200,
        "call-centre outsourcing;BPO;customer service hotlines",
        "BPO;call centres",
        "",
        "ISO 9001;COPC",
        "Mandarin;English",
        "A call-centre operator that needs workforce management and attrition tools.",
        "需要排班和流失预测工具的呼叫中心。",
        "coastlinecc",
        "no",
    ),
    (
        "CN-006",
        "Weimantang Restaurants",
        "味满堂餐饮",
        "Guangzhou",
        2006,
        4200,
        "restaurant chain;central kitchen",
        "restaurants;food service",
        "",
        "none",
        "Mandarin",
        "A restaurant chain that schedules thousands of part-time staff.",
        "连锁餐饮企业。",
        "weimantang",
        "no",
    ),
    (
        "CN-007",
        "Youxuan Retail",
        "优选零售",
        "Shanghai",
        2012,
        1900,
        "supermarket chain;convenience stores",
        "retail",
        "",
        "ISO 9001",
        "Mandarin",
        "A supermarket and convenience-store chain looking for store rostering.",
        "连锁超市。",
        "youxuanretail",
        "no",
    ),
    (
        "CN-008",
        "Suda Logistics",
        "速达物流",
        "Kunshan",
        2008,
        2500,
        "warehousing;last-mile delivery;cross-border freight",
        "logistics",
        "",
        "ISO 9001;ISO 28000",
        "Mandarin;English",
        "A logistics firm that hires seasonal pickers and needs shift scheduling.",
        "物流企业，需要季节性排班。",
        "sudalogistics",
        "no",
    ),
    (
        "CN-009",
        "Huazhu International Construction",
        "华筑国际工程有限公司",
        "Xi'an",
        2001,
        5200,
        "EPC contracting;expat crew management for overseas sites",
        "construction",
        "",
        "ISO 9001;ISO 45001",
        "Mandarin;English",
        "A construction contractor with overseas crews in Pakistan and the Middle East.",
        "有海外施工队伍的建筑企业。",
        "huazhuintl",
        "no",
    ),
    (
        "CN-010",
        "Shucai University Career Centre",
        "蜀才大学就业指导中心",
        "Chengdu",
        1958,
        45,
        "graduate career services;campus job fairs",
        "higher education",
        "",
        "",
        "Mandarin;English",
        "A university career centre that wants campus-recruitment and assessment tools.",
        "高校就业指导中心。",
        "shucai-career",
        "no",
    ),
    (
        "CN-011",
        "Pengcheng Electronics Technology",
        "鹏城电子科技",
        "Shenzhen",
        2011,
        1500,
        "consumer electronics assembly;PCB testing",
        "electronics manufacturing",
        "",
        "ISO 9001",
        "Mandarin",
        "An electronics assembler that runs three shifts a day.",
        "电子组装企业，三班倒。",
        "pengchengtech",
        "no",
    ),
    (
        "CN-012",
        "Jinxiu Human Resources",
        "锦绣人力资源有限公司",
        "Dongguan",
        2014,
        260,
        "temporary staffing for factories;劳务外包;worker dormitory management",
        "staffing;manufacturing",
        "",
        "none",
        "Mandarin",
        "A staffing firm supplying temporary workers to Dongguan factories; not related to Jinxiu Garments.",
        "为东莞工厂提供临时用工。",
        "jinxiuhr",
        "no",
    ),
    (
        "CN-013",
        "Yunpin Technology",
        "云聘科技",
        "Suzhou",
        2018,
        120,
        "招聘SaaS;视频面试平台;campus hiring tools",
        "HR SaaS",
        "Go;Tencent Cloud",
        "ISO 27001",
        "Mandarin;English",
        "A recruitment SaaS vendor that resells assessment tools.",
        "招聘SaaS企业。",
        "yunpin",
        "no",
    ),
    (
        "CN-014",
        "Huitong BPO Services",
        "汇通外包服务",
        "Wuxi",
        2013,
        780,
        "BPO;data annotation;HR shared services",
        "BPO",
        "",
        "ISO 27001",
        "Mandarin;English",
        "A BPO that runs HR shared services for manufacturers.",
        "为制造企业提供人力资源共享服务。",
        "huitongbpo",
        "no",
    ),
]
MAILBOX = ["partnerships", "info", "hello", "bd", "sales"]


def directory_rows():
    rows = []
    for i, (cid, name, zh, city, founded, emp, svc, ind, tech, certs, langs, desc, desc_zh, dom, pitched) in enumerate(
        D
    ):
        rows.append(
            {
                "id": cid,
                "name": name,
                "name_zh": zh,
                "country": cid[:2],
                "city": city,
                "founded": str(founded),
                "employees": str(emp),
                "services": svc,
                "industries": ind,
                "technologies": tech,
                "certifications": certs,
                "languages": langs,
                "description": desc,
                "description_zh": desc_zh,
                "website": f"https://{dom}.example",
                "contact_email": f"{MAILBOX[i % len(MAILBOX)]}@{dom}.example",
                "pitched_at_webinar": pitched,
            }
        )
    return rows


def write_directory(rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
    v.DIRECTORY.write_text(buf.getvalue(), encoding="utf-8", newline="")


# ============================================================================ questions
P, DIR, UN = "programme", "directory", "unanswerable"
STAFF = ["helpdesk@payrollpagoda.example", "0800-72977"]
WEBINAR = [
    "Trade Development Authority of Pakistan",
    "TDAP",
    "Pakistan's Consulate General in Shanghai",
    "Software Business Union of Shanghai",
    "Shanghai Software Industry Association",
]
# id suffix, kind, question, sources, answers, note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "hey who organised that feb 2022 shanghai webinar this programme came out of?",
        [v.OVERVIEW],
        WEBINAR,
        "real 2022 webinar facts, stated only in the overview",
    ),
    (
        "en-02",
        P,
        "we are 40 people in quetta. whats our partcipation fee and is there any office near us??",
        [v.FEE_V2, v.FAQ],
        ["PKR 62,000", "62,000", "Islamabad secretariat"],
        "feature 1: Band 2 fee from fee schedule v2 (final); stale: v1 still says PKR 58,000; no Quetta office "
        "(feature 4 table's colspan row)",
    ),
    (
        "en-03",
        P,
        "fee?",
        [v.FEE_V2, v.UR_DOCX],
        ["PKR 30,000", "PKR 62,000", "PKR 118,000", "PKR 210,000", "30,000"],
        "one-word question; feature 1: the fee bands of the live version (stale: v1 has 58,000 and 195,000)",
    ),
    (
        "en-04",
        P,
        "helpline",
        [v.FAQ, v.UR_DOCX, v.ROMAN, v.CALENDAR],
        ["0800-72977", "۰۸۰۰-۷۲۹۷۷"],
        "one-word question; feature 4: the number is in the FAQ content, not the boilerplate",
    ),
    (
        "en-05",
        P,
        "whats the last date to apply now? heard it got extended",
        [v.CORR, v.ROMAN, v.ZH_MD],
        ["2 April 2077", "2 april", "4月2日"],
        "stale: the call and the calendar print 19 March 2077; Corrigendum No. 1 moves it",
    ),
    (
        "en-06",
        P,
        "Hi team, hope you're well. We're a payroll software house in Karachi with about 150 full-time staff and we "
        "want to send 4 people on the China trip. What would our total participation fee come to with the extra "
        "delegates, and by when is the second instalment due?",
        [v.FEE_V2],
        ["30 June 2077"],
        "computed: Band 3 PKR 118,000 + 2 extra delegates x PKR 18,500; feature 1; stale: v1's PKR 16,000 would give "
        "150,000; long message with two questions",
    ),
    (
        "en-07",
        P,
        "when's the pre-departure briefing for tour delegates, and where is it?",
        [v.EMAIL],
        ["30 August 2077", "Ravi Tech Plaza"],
        "feature 6: the later reply corrects the date; stale: the first e-mail says 23 August",
    ),
    (
        "en-08",
        P,
        "expo - price of the 18 sqm shell scheme stand?",
        [v.EXPO],
        ["PKR 690,000", "690,000"],
        "feature 9: status current page; stale: the superseded page still says PKR 640,000",
    ),
    (
        "en-09",
        P,
        "min score to get shortlsited??",
        [v.CRITERIA],
        ["at least 60 of the 100 points", "60 of the 100"],
        "selection criteria PDF, Part B threshold",
    ),
    (
        "en-10",
        DIR,
        "which pakistani firms can calculate china social insurance and housing fund in their payroll?",
        [],
        [],
        "services: social insurance / housing fund / 五险一金 written several ways; Pakistani firms only",
    ),
    ("en-11", DIR, "face recognition attendance vendors in lahore", [], [], "services + city"),
    ("en-12", DIR, "who does EOR?", [], [], "acronym vs spelled-out employer of record"),
    ("en-13", DIR, "ATS vendors with fewer than 50 staff", [], [], "acronym + head count below 50"),
    (
        "en-14",
        DIR,
        "what does Shift do and where are they based?",
        [],
        [],
        "one company by name; its short name is a common word",
    ),
    ("en-15", DIR, "any chinese garment makers in the directory?", [], [], "country CN + industry garments"),
    (
        "en-16",
        UN,
        "what's the weather usually like in Suzhou in September?",
        [],
        STAFF,
        "off-topic: names a programme city",
    ),
    (
        "en-17",
        UN,
        "recommend a good biryani place near the Lahore desk",
        [],
        STAFF,
        "off-topic: names a programme office",
    ),
    (
        "en-18",
        UN,
        "is there an early bird discount on the participation fee if we pay everything upfront?",
        [],
        STAFF,
        "near miss: fees are covered but no discount is offered",
    ),
    (
        "en-19",
        UN,
        "what's the address of your Gwadar office?",
        [],
        STAFF,
        "near miss: offices are listed, Gwadar is not among them or among the cities named",
    ),
    (
        "en-20",
        UN,
        "how many chinese buyers came to the buyer day in the 2075 pilot?",
        [],
        STAFF,
        "near miss: the 2075 pilot summary gives the buyer day but not how many buyers came",
    ),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "我们公司四十来人，配套资助最多能拿多少？",
        [v.ZH_DOCX],
        ["1.5万元", "1.5万"],
        "feature 7: 五十人以下 written as a Chinese numeral sets the small-buyer cap",
    ),
    (
        "zh-02",
        P,
        "接待考察团的工厂有补贴吗？给多少钱",
        [v.ZH_DOCX],
        ["人民币贰万元整", "贰万元", "20,000"],
        "feature 7: formal amount 人民币贰万元整",
    ),
    (
        "zh-03",
        P,
        "考察团哪几天来？在苏州待几天",
        [v.ZH_DOCX, v.TOUR],
        ["2077年9月6日至10日", "9月6日至10日", "9月6日至7日", "6 to 10 September 2077"],
        "feature 7: 年月日 date range 9月6日至10日; feature 4: the tour page content",
    ),
    (
        "zh-04",
        P,
        "东莞展会具体是哪几天？",
        [v.ZH_MD, v.EXPO, v.CALENDAR],
        ["2077年10月19日至22日", "10月19日至22日", "19 to 22 October 2077", "19-22 October 2077"],
        "feature 9: current page; stale: the superseded page says 12 to 15 October 2077",
    ),
    (
        "zh-05",
        P,
        "2022年上海那场网络研讨会是谁主办的？",
        [v.OVERVIEW],
        WEBINAR,
        "real 2022 webinar facts in the English overview, asked in Chinese",
    ),
    (
        "zh-06",
        P,
        "巴方企业申请截止日期是哪天？是不是延期了",
        [v.CORR, v.ZH_MD],
        ["2077年4月2日", "4月2日", "2 April 2077"],
        "stale: 3月19日 / 19 March 2077 as printed; corrigendum and the Chinese notice give 4月2日",
    ),
    (
        "zh-07",
        P,
        "C类试点资助的上限现在是多少？",
        [v.CORR],
        ["PKR 1,800,000", "1,800,000"],
        "stale: the grant windows table prints PKR 1,500,000; Corrigendum No. 1 raises it",
    ),
    (
        "zh-08",
        P,
        "您好！我们是昆山一家300人左右的电子厂，上个月和一家巴方薪酬软件公司签了8万元的试点合同。请问我们能申请多少"
        "配套资助？什么时候可以申报？",
        [v.ZH_DOCX],
        ["11月1日至12月15日", "2077年11月1日至12月15日"],
        "computed: 30% of 8万元 = 2.4万元, under the 3.5万元 cap (not 五十人以下); feature 7; long message with two "
        "questions",
    ),
    ("zh-09", P, "洽谈日每家采购方最多能约几场？每场多长时间？", [v.ZH_MD], ["10场", "25分钟"], "Chinese expo notice"),
    ("zh-10", DIR, "有做心理测评的公司吗？", [], [], "services asked in Chinese for English values (psychometric)"),
    ("zh-11", DIR, "2015年以前成立的背景调查公司有哪些？", [], [], "background verification + founded before 2015"),
    ("zh-12", DIR, "有ISO 27001认证的排班系统供应商吗？", [], [], "rostering + certification"),
    ("zh-13", DIR, "卡拉奇有没有做员工自助App或者HR聊天机器人的公司？", [], [], "ESS / chatbot + city"),
    (
        "zh-14",
        DIR,
        "名录里有哪些中国的劳务派遣或人力外包公司？",
        [],
        [],
        "country CN + labour dispatch (some values in Chinese)",
    ),
    ("zh-15", UN, "苏州有什么好玩的景点推荐？", [], STAFF, "off-topic: names a programme city"),
    ("zh-16", UN, "帮我写一封英文求职信", [], STAFF, "off-topic"),
    ("zh-17", UN, "博览会期间有颁奖晚宴吗？几点开始？", [], STAFF, "near miss: an event that does not exist"),
    (
        "zh-18",
        UN,
        "考察团住的酒店每晚多少钱？",
        [],
        STAFF,
        "near miss: the tour package is priced, a nightly hotel rate is not",
    ),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "ہماری کمپنی میں ۳۰ ملازمین ہیں، شرکت کی فیس کتنی ہوگی؟",
        [v.UR_DOCX, v.FEE_V2],
        ["۶۲,۰۰۰ روپے", "۶۲,۰۰۰", "62,000"],
        "feature 8: Urdu digits in the fee table; stale: fee schedule v1 says 58,000",
    ),
    (
        "ur-02",
        P,
        "ہم ۱۲۰ ملازمین کی کمپنی ہیں۔ اگر ہم ۱۰ جون کو نام واپس لیں تو کتنی فیس واپس ملے گی؟",
        [v.UR_DOCX, v.FEE_V2],
        [],
        "computed: Band 3 fee 1,18,000, 50% back between 1 June and 15 July; feature 8",
    ),
    (
        "ur-03",
        P,
        "ہیلپ لائن کس وقت کھلی ہوتی ہے؟ کیا ہفتے کو بھی کھلی ہے؟",
        [v.UR_DOCX, v.FAQ],
        ["صبح ۹ بجے سے شام ۵ بجے تک", "09:00 to 17:00", "10:00 to 14:00"],
        "feature 8: hours written with Urdu digits",
    ),
    (
        "ur-04",
        P,
        "فیکٹری ٹور کا پیکج کتنے کا ہے اور سنگل روم کے لیے اضافی کتنا دینا ہوگا؟",
        [v.TOUR],
        ["PKR 178,000", "178,000", "PKR 29,000"],
        "feature 4: the tour page's content table (colspan row)",
    ),
    (
        "ur-05",
        P,
        "۲۰۷۵ کے پائلٹ راؤنڈ میں کتنی کمپنیاں منتخب ہوئی تھیں؟",
        [v.PILOT],
        ["21 Pakistani firms"],
        "the 2075 pilot round, a past edition",
    ),
    (
        "ur-06",
        P,
        "گرانٹ کے دعوے جمع کرانے کی آخری تاریخ کیا ہے؟",
        [v.CALENDAR],
        ["15 December 2077"],
        "feature 5: the row is on page 2 of the calendar PDF, under the repeated header row",
    ),
    (
        "ur-07",
        P,
        "درخواست کے ساتھ کون کون سی دستاویزات لگانی ہیں؟",
        [v.CALL],
        ["SECP certificate of incorporation", "NTN", "EOBI registration certificate"],
        "feature 2: hand-typed (a)-(f) items in a Word file without heading styles",
    ),
    (
        "ur-08",
        DIR,
        "کون سی کمپنیاں EOBI اور PESSI کی کٹوتیوں کا حساب اور فائلنگ کرتی ہیں؟",
        [],
        [],
        "acronyms inside an Urdu question",
    ),
    (
        "ur-09",
        DIR,
        "لرننگ مینجمنٹ سسٹم والی وہ کمپنیاں بتائیں جن کے پاس کوئی سرٹیفیکیشن نہیں",
        [],
        [],
        "LMS + certifications none (empty cells are unknown, not none)",
    ),
    (
        "ur-10",
        DIR,
        "ملازمین کے نوکری چھوڑنے کی پیش گوئی کون سی کمپنیاں کرتی ہیں؟",
        [],
        [],
        "attrition / turnover / flight-risk written several ways",
    ),
    (
        "ur-11",
        DIR,
        "ویبینار میں پچ کرنے والی کون سی کمپنیاں دیہاڑی دار یا گِگ ورکرز کا پلیٹ فارم چلاتی ہیں؟",
        [],
        [],
        "gig / blue-collar + pitched at the webinar",
    ),
    ("ur-12", UN, "اگلا کرکٹ میچ کب ہے؟", [], STAFF, "off-topic"),
    (
        "ur-13",
        UN,
        "چین کے بزنس ویزا کی فیس کتنی ہے؟",
        [],
        STAFF,
        "near miss: visas are mentioned (briefing), no visa fee is given",
    ),
    ("ur-14", UN, "کراچی میں روڈ شو کب ہوگا؟", [], STAFF, "near miss: an event that does not exist"),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "bhai expo pe 9 sqm shell stand kab tak book karna hai?",
        [v.EXPO, v.CALENDAR],
        ["31 July 2077"],
        "feature 9: the blank book-by cell means the same as above; stale: the superseded page's 30 June",
    ),
    (
        "ul-02",
        P,
        "application processing fee kitni hai aur wapis milti hai ya nahi?",
        [v.CALL, v.ROMAN, v.UR_DOCX],
        ["PKR 2,500", "rs 2500", "2,500"],
        "feature 2: the fee sits in the middle of a 90-word paragraph",
    ),
    (
        "ul-03",
        P,
        "humne factory tour pe PKR 6 lakh kharch kiye, Window A se kitna grant milega?",
        [v.GRANTS],
        [],
        "computed: 60% of 600,000 = 360,000, under the tour row's 450,000 cap; feature 3 (vMerge window A)",
    ),
    (
        "ul-04",
        P,
        "assalam o alaikum, hum Multan ki 18 logon ki company hain aur shayad select ho jayen. agar select hone ke baad "
        "naam wapis lena pare to poori fee kab tak wapis milti hai? aur uske baad kitni milti hai?",
        [v.ROMAN, v.FEE_V2, v.UR_DOCX],
        ["31 may tak", "31 May 2077", "۳۱ مئی ۲۰۷۷", "aadhi fee wapis"],
        "feature 8: the Roman Urdu WhatsApp announcement; long message with two questions",
    ),
    (
        "ul-05",
        P,
        "ISO 27001 audit ka grant kitna percent hai aur cap kya hai?",
        [v.GRANTS],
        ["PKR 700,000", "700,000"],
        "feature 3: window B spans two rows with different figures",
    ),
    (
        "ul-06",
        P,
        "pre departure briefing ki date kya hai? pehle email mein 23 likha tha",
        [v.EMAIL],
        ["30 August 2077"],
        "feature 6: stale: the first e-mail's 23 August is corrected in the later reply",
    ),
    (
        "ul-07",
        P,
        "dongguan expo mein buyer matchmaking day kaunsa din hai?",
        [v.CALENDAR, v.EXPO, v.ZH_MD],
        ["20 October 2077", "10月20日"],
        "feature 5: row on page 2 of the calendar",
    ),
    (
        "ul-08",
        DIR,
        "expense claims wali companies batao jin ke 200 se zyada employees hain",
        [],
        [],
        "expense / T&E + head count above 200",
    ),
    (
        "ul-09",
        DIR,
        "video interview ka software kaun kaun banata hai?",
        [],
        [],
        "video interviewing (one value in Chinese)",
    ),
    (
        "ul-10",
        DIR,
        "Faisalabad ya Multan mein performance management ya OKR tool wali koi company hai?",
        [],
        [],
        "performance / OKR + two cities",
    ),
    (
        "ul-11",
        DIR,
        "EAP ya employee wellbeing portal wali companies jo 2017 ke baad bani hon",
        [],
        [],
        "EAP / wellbeing spelled several ways + founded after 2017",
    ),
    ("ul-12", UN, "lahore mein acha darzi kahan milega", [], STAFF, "off-topic: names a programme city"),
    (
        "ul-13",
        UN,
        "2075 pilot mein total kitni grant raqam di gayi thi?",
        [],
        STAFF,
        "near miss: last round's grant rule is given, the total paid out is not",
    ),
    ("ul-14", UN, "mera laptop bohat slow hai kya karoon", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "Suzhou office ka address kya hai? 苏州办公室地址",
        [v.FAQ, v.ZH_DOCX],
        ["88 Xinghu Street, Suzhou Industrial Park", "星湖街88号"],
        "feature 4: offices table with rowspan",
    ),
    (
        "mx-02",
        P,
        "14 August ko Lahore desk khula hai? 独立日开门吗",
        [v.CALENDAR],
        ["Desk closed: Independence Day", "Independence Day"],
        "feature 5: holiday row on page 2 of the calendar",
    ),
    (
        "mx-03",
        P,
        "2075 pilot mein fee kitni thi aur ab 2077 mein 60 logon ki company ki fee kya hai? 对比一下",
        [v.FEE_V2, v.PILOT],
        ["PKR 62,000", "62,000", "PKR 40,000"],
        "feature 1: the live Band 2 fee; stale: the 2075 pilot fee asked side by side, v1's 58,000 not an answer",
    ),
    (
        "mx-04",
        P,
        "extra delegate fee کتنی ہے؟ 额外代表多少钱",
        [v.FEE_V2, v.UR_DOCX],
        ["PKR 18,500", "18,500", "۱۸,۵۰۰ روپے"],
        "feature 1: the footnoted extra-delegate fee; stale: v1 says PKR 16,000",
    ),
    (
        "mx-05",
        P,
        "corrigendum mein kya badla? 更正通知改了哪两项",
        [v.CORR],
        ["2 April 2077", "PKR 1,800,000"],
        "what the corrigendum changed",
    ),
    (
        "mx-06",
        P,
        "factory tour cancel karna ho to full refund kab tak? 取消退款",
        [v.TOUR],
        ["20 July 2077"],
        "feature 4: tour page content, not the boilerplate",
    ),
    ("mx-07", DIR, "coding assessment 平台, Islamabad ya Rawalpindi mein?", [], [], "coding assessment + two cities"),
    ("mx-08", DIR, "org chart ya succession planning 的公司有哪些？", [], [], "succession / org-chart"),
    ("mx-09", DIR, "中国 construction contractors with overseas crews 有哪些？", [], [], "country CN + construction"),
    ("mx-10", UN, "Islamabad 今天天气怎么样? barish hogi?", [], STAFF, "off-topic: names a programme city"),
    ("mx-11", UN, "Dongguan mein best restaurants 推荐一下", [], STAFF, "off-topic: names the expo city"),
    ("mx-12", UN, "PSL final ke tickets kahan milenge? 门票", [], STAFF, "off-topic"),
    (
        "mx-13",
        UN,
        "Suzhou airport pe pickup ya shuttle milegi? 接机服务有吗",
        [],
        STAFF,
        "near miss: the tour is covered, airport transfers are not",
    ),
    (
        "mx-14",
        UN,
        "delegate ki spouse bhi tour pe ja sakti hai? fee? 家属费用",
        [],
        STAFF,
        "near miss: delegates are covered, accompanying persons are not",
    ),
]


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s32-{suffix}"
        answers = list(answers)
        if qid in v.COMPUTED:
            answers = [*v.COMPUTED[qid](texts), *answers]
        companies = v.answer_set(qid, rows) if kind == "directory" else []
        out.append(
            {
                "id": qid,
                "lang": v.LANG_CODES[suffix[:2]],
                "kind": kind,
                "question": question,
                "expected_sources": sources,
                "expected_companies": companies,
                "answer_must_contain_any": answers,
                "note": note,
            }
        )
    v.QUESTIONS.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in out), encoding="utf-8")
    return out


def main():
    PROG.mkdir(parents=True, exist_ok=True)
    call_docx()
    grants_docx()
    zh_docx()
    ur_docx()
    calendar_pdf()
    criteria_pdf()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote the binary and byte-exact documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
