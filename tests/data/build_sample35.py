"""Build the binary and byte-exact parts of sample-35 ("Echo Orchard 2081").

Writes the briefing deck (a slide deck exported to PDF: landscape pages, one title each, bullet fragments), the
Hangzhou expo agenda (a portrait PDF with one ruled table of sessions per day), the programme desk information sheet
(Word: a two-column label | value form with empty values and one N/A), the Chinese buyers' rules (Word: 第…条
articles with 款, amounts in 万元 and 元, an article that disapplies an earlier one), the two versions of the
selection criteria (Word tables), the Urdu call-recording policy (right-to-left Word paragraphs and table),
directory.csv and questions-35.jsonl. The other .md, .html and UTF-8 .txt documents are written by hand. Directory
answer sets and arithmetic answers come from validate_sample35 (FILTERS, COMPUTED). Running it twice gives the
same bytes.
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
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from pypdf._codecs.core_font_metrics import CORE_FONT_METRICS
from pypdf.generic import ContentStream, DictionaryObject, NameObject

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import validate_sample35 as v  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

PROG = v.PROG
ZIP_TIME = (2081, 1, 20, 9, 0, 0)


# ============================================================================ deterministic Word files
def save_docx(doc, name, title, when, author="PACEX programme office"):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "Echo Orchard 2081"
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


def grid(doc, rows, bold_header=True, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0 and bold_header:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    if widths:
        for row in t.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = Cm(w)
    return t


def rtl(paragraph):
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(OxmlElement("w:bidi"))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    return paragraph


# ============================================================================ 3. the desk information form
def form_docx():
    doc = docx.Document()
    doc.add_paragraph("Echo Orchard 2081 \u2014 Programme desk information sheet", style="Title")
    doc.add_paragraph(
        "Fill-in sheet kept by the PACEX programme office. Staff update the values when a contact changes; a value "
        "left empty has not been assigned yet."
    )
    t = grid(doc, [list(r) for r in v.FORM_ROWS], bold_header=False, widths=(5.5, 10.5))
    for row in t.rows:
        for run in row.cells[0].paragraphs[0].runs:
            run.bold = True
    doc.add_paragraph("Send corrections to this sheet to help@echoorchard.example.")
    save_docx(doc, v.FORM, "Echo Orchard 2081 - Programme desk information", datetime.datetime(2081, 3, 10, 9, 0, 0))


# ============================================================================ 6. the Chinese buyers' rules
ZH_TITLE = "回声果园2081 中方采购方参与细则"
ZH_ARTICLES = [
    (
        "第一条",
        "为规范中方采购方参与\u201c回声果园2081\u201d中巴客户联络、客户体验与语言服务软件项目，制定本细则。",
        [],
    ),
    (
        "第二条",
        "本细则适用于参加项目的中方采购方，包括电商平台、航空公司客服中心、银行信用卡中心、电信运营商客服公司、酒店集团、"
        "消费电子售后服务商、跨境物流企业和游戏公司玩家支持部门。",
        [
            "第一款　项目由巴基斯坦客户体验出口商协会（PACEX）与中国客户联络产业联盟（CCCIA）共同举办。",
            "第二款　杭州客户体验与呼叫中心博览会于2081年10月13日至15日在杭州钱塘国际博览中心举行，巴基斯坦馆位于3B馆。",
        ],
    ),
    (
        "第三条　报名",
        "",
        [
            "第一款　采购方应于2081年9月15日前通过项目门户报名。",
            "第二款　每家采购方最多派三名代表参加博览会，代表证不得转让。",
        ],
    ),
    (
        "第四条　撮合洽谈",
        "",
        [
            "第一款　撮合洽谈于2081年10月14日在博览中心二层洽谈厅举行，每场30分钟，须提前在门户预约。",
            "第二款　预约后无故缺席两场以上的，联盟可取消其下一届报名资格。",
        ],
    ),
    (
        "第五条　报名费",
        "",
        [
            "第一款　采购方报名费为每家800元，于报名时缴纳。",
            "第二款　报名费一经缴纳，不予退还。",
        ],
    ),
    (
        "第六条　试点合同奖励",
        "",
        [
            "第一款　采购方与巴方企业签订试点合同的，联盟按合同金额的15%给予奖励。",
            "第二款　每家采购方奖励最高3万元。",
            "第三款　合同金额低于5万元的，不予奖励。",
            "第四款　奖励在试点合同履行满三个月后发放。",
        ],
    ),
    (
        "第七条　神秘顾客听测日",
        "",
        [
            "第一款　听测日定于2081年10月16日。采购方可派质检人员担任神秘顾客，向巴方企业的演示线路拨打测试电话或发起在线咨询。",
            "第二款　每家巴方企业接受15次测试联络，评分满分100分，80分及以上为合格。",
        ],
    ),
    (
        "第八条　数据保护",
        "",
        [
            "第一款　听测日及试点项目中的通话录音保存90日后删除。",
            "第二款　含银行卡号的文字记录应于7日内删除。",
            "第三款　采购方向巴方企业提供的客户数据，仅可在签署数据处理协议后使用，并于试点结束后30日内删除。",
        ],
    ),
    (
        "第九条　违约",
        "",
        [
            "第一款　采购方在签约后单方终止试点合同的，应向巴方企业支付合同金额10%的违约金，最高不超过2万元。",
            "第二款　因不可抗力终止的，不适用本条第一款。",
        ],
    ),
    (
        "第十条　联系方式",
        "",
        [
            "第一款　杭州秘书处（滨江区）电话0571-8650 2281，工作时间为周一至周五9:00–17:30。",
            "第二款　深圳联络处（南山区）负责广东地区采购方的联络工作。",
            "第三款　国庆节（10月1日至7日）及春节假期，秘书处和联络处休息。",
        ],
    ),
    ("第十一条", "自2081年3月1日起，第五条不再适用，采购方报名免费；已缴纳的报名费全额退还。", []),
    ("第十二条", "本细则由联盟秘书处负责解释，自发布之日起施行。", []),
]


def zh_rules_docx():
    doc = docx.Document()
    doc.add_paragraph(ZH_TITLE, style="Title")
    doc.add_paragraph("中国客户联络产业联盟（CCCIA）秘书处　2081年3月1日修订")
    for head, text, clauses in ZH_ARTICLES:
        p = doc.add_paragraph()
        run = p.add_run(head)
        run.bold = True
        if text:
            p.add_run(" " + text)
        p.paragraph_format.space_before = Pt(6)
        for clause in clauses:
            cp = doc.add_paragraph(clause)
            cp.paragraph_format.left_indent = Cm(0.8)
    doc.add_paragraph("联系邮箱：help@echoorchard.example")
    save_docx(doc, v.ZH_RULES, "回声果园2081 中方采购方参与细则", datetime.datetime(2081, 3, 1, 10, 0, 0))


# ============================================================================ the selection criteria, two versions
def criteria_docx(name, crit, threshold, line, extra, when):
    doc = docx.Document()
    doc.add_paragraph("Echo Orchard 2081 \u2014 Selection criteria", style="Title")
    doc.add_paragraph(line)
    doc.add_heading("How applications are scored", level=1)
    doc.add_paragraph(
        "A panel of three assessors, two from PACEX and one from CCCIA, scores each complete application against the "
        "six criteria below. Each criterion is scored from 0 to 10; the scores are weighted as shown and added up."
    )
    grid(doc, [v.CRITERIA_HEAD, *[[n, t, f"{w}%"] for n, t, w in crit]], widths=(1.5, 12, 2.5))
    doc.add_heading("Shortlisting", level=1)
    doc.add_paragraph(f"A firm needs at least {threshold}% of the weighted total to be shortlisted for an interview.")
    for text in extra:
        doc.add_paragraph(text)
    save_docx(doc, name, "Echo Orchard 2081 - Selection criteria", when)


def criteria_docs():
    criteria_docx(
        v.CRIT_OLD,
        v.CRITERIA_OLD,
        v.THRESHOLD_OLD,
        "PACEX programme office, Lahore \u00b7 version of 22 January 2081",
        [
            "Where two firms have the same weighted total, the firm with the higher score on criterion 1 is ranked "
            "first.",
        ],
        datetime.datetime(2081, 1, 22, 9, 0, 0),
    )
    criteria_docx(
        v.CRIT_NEW,
        v.CRITERIA_NEW,
        v.THRESHOLD_NEW,
        "PACEX programme office, Lahore \u00b7 revised version of 27 February 2081; this version replaces the version "
        "of 22 January 2081",
        [
            "Where two firms have the same weighted total, the firm with the higher score on criterion 3 is ranked "
            "first.",
            "Why the revision: Chinese card centres and payment providers asked for more weight on data protection, so "
            "criterion 3 gains weight, criterion 1 gives some up, and the shortlisting threshold is higher.",
        ],
        datetime.datetime(2081, 2, 27, 9, 0, 0),
    )


# ============================================================================ the Urdu call-recording policy
UR_RETENTION_HEAD = ["ڈیٹا کی قسم", "کتنی دیر رکھا جاتا ہے"]
UR_RETENTION = [
    ["ٹیسٹ کالز اور پائلٹ کالز کی ریکارڈنگ", "۹۰ دن"],
    ["کالز کے تحریری ٹرانسکرپٹ", "۹۰ دن"],
    ["کارڈ نمبر والے ٹرانسکرپٹ", "۷ دن کے اندر حذف"],
    ["اسکور کارڈ اور نتائج", "۲ سال"],
]


def ur_policy_docx():
    doc = docx.Document()
    rtl(doc.add_paragraph("ایکو آرچرڈ ۲۰۸۱ — کال ریکارڈنگ اور ذاتی ڈیٹا کی پالیسی", style="Title"))
    rtl(doc.add_paragraph("پیسیکس (PACEX) پروگرام آفس، لاہور — ۳ مارچ ۲۰۸۱"))
    rtl(
        doc.add_paragraph(
            "یہ پالیسی لسننگ ٹیسٹ ڈے کی ٹیسٹ کالز اور چیٹس پر، اور چینی خریداروں کے ساتھ پائلٹ منصوبوں کی کالز پر لاگو ہوتی ہے۔ "
            "اس پر عمل کرنا ہر منتخب کمپنی کے لیے لازمی ہے۔"
        )
    )
    rtl(doc.add_heading("ریکارڈنگ کتنی دیر رکھی جاتی ہے", level=1))
    for text in [
        "ہر ٹیسٹ کال اور پائلٹ کال کی ریکارڈنگ ۹۰ دن تک محفوظ رکھی جاتی ہے، اس کے بعد اسے حذف کر دیا جاتا ہے۔",
        "کالز کے تحریری ٹرانسکرپٹ بھی ۹۰ دن رکھے جاتے ہیں، لیکن جس ٹرانسکرپٹ میں کارڈ نمبر ہو اسے ۷ دن کے اندر حذف کیا جاتا ہے۔",
        "اسکور کارڈ اور نتائج ۲ سال تک رکھے جاتے ہیں تاکہ اگلے راؤنڈ میں موازنہ ہو سکے۔",
        "۲۰۷۹ کے پائلٹ میں ریکارڈنگ ۱۸۰ دن رکھی جاتی تھی؛ وہ مدت اب لاگو نہیں ہوتی۔",
    ]:
        rtl(doc.add_paragraph(text, style="List Bullet"))
    t = grid(doc, [UR_RETENTION_HEAD, *UR_RETENTION], widths=(9, 6))
    tbl_pr = t._tbl.tblPr
    tbl_pr.find(qn("w:tblW")).addprevious(OxmlElement("w:bidiVisual"))
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                rtl(p)
    rtl(doc.add_heading("رضامندی", level=1))
    rtl(
        doc.add_paragraph(
            "ہر کال کے شروع میں اردو، چینی اور انگریزی میں یہ پیغام سنایا جاتا ہے کہ کال ریکارڈ کی جا رہی ہے۔ جو کالر رضامند نہ ہو، "
            "اس کی کال ریکارڈ نہیں کی جاتی۔"
        )
    )
    rtl(doc.add_heading("کارڈ کی معلومات", level=1))
    rtl(
        doc.add_paragraph(
            "ایجنٹ کسی کالر سے کارڈ نمبر زبانی نہیں لیتے۔ ادائیگی صرف پی سی آئی ڈی ایس ایس کے مطابق پیمنٹ آئی وی آر کے ذریعے ہوتی ہے، "
            "جس میں کارڈ کے ہندسے ریکارڈنگ میں نہیں آتے۔"
        )
    )
    rtl(doc.add_heading("جلد حذف کرانے کی درخواست", level=1))
    rtl(
        doc.add_paragraph(
            "کوئی بھی کالر ۹۰ دن پورے ہونے سے پہلے اپنی ریکارڈنگ حذف کرانے کے لیے ڈیٹا پروٹیکشن آفیسر کو "
            "dpo@echoorchard.example پر لکھ سکتا ہے۔ جواب ۱۵ دن کے اندر دیا جاتا ہے۔"
        )
    )
    rtl(doc.add_heading("ڈیٹا کہاں رکھا جاتا ہے", level=1))
    rtl(
        doc.add_paragraph(
            "ریکارڈنگز پاکستان میں پیسیکس کے سرورز پر رکھی جاتی ہیں۔ ہر چینی خریدار کو صرف اپنی کی ہوئی ٹیسٹ کالز کی ریکارڈنگ ملتی ہے۔"
        )
    )
    save_docx(
        doc, v.UR_POLICY, "Echo Orchard 2081 - call-recording policy (Urdu)", datetime.datetime(2081, 3, 3, 11, 0, 0)
    )


# ============================================================================ PDFs
HELV = {
    "/F1": CORE_FONT_METRICS["Helvetica"].character_widths,
    "/F2": CORE_FONT_METRICS["Helvetica-Bold"].character_widths,
}


def width(s, face="/F1", size=10):
    w = HELV[face]
    return sum(w.get(ch, w["default"]) for ch in s) * size / 1000


def pdf_str(text):
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return text.encode("cp1252")


class PdfPage:
    def __init__(self, width=612, height=792):
        self.ops = []
        self.width, self.height = width, height

    def text(self, x, y, s, face="/F1", size=10, room=None):
        if room is not None and width(s, face, size) > room:
            raise ValueError(f"{s!r} is wider than {room} pt")
        self.ops.append(b"BT " + f"{face} {size} Tf 1 0 0 1 {x} {y} Tm (".encode() + pdf_str(s) + b") Tj ET\n")

    def rule(self, x0, y0, x1, y1, w=0.5):
        self.ops.append(f"{w} w {x0} {y0} m {x1} {y1} l S\n".encode())

    def fill(self, x, y, w, h, grey):
        self.ops.append(f"{grey} g {x} {y} {w} {h} re f 0 g\n".encode())


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
        pdf_page = writer.add_blank_page(page.width, page.height)
        pdf_page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        contents = ContentStream(None, writer)
        contents.set_data(b"".join(page.ops))
        pdf_page.replace_contents(contents)
    writer.add_metadata({"/Title": title, "/Producer": "PACEX document office", "/Author": "PACEX"})
    buf = io.BytesIO()
    writer.write(buf)
    (PROG / name).write_bytes(buf.getvalue())


def wrap(text, room, face="/F1", size=10):
    lines, line = [], ""
    for word in text.split(" "):
        trial = f"{line} {word}" if line else word
        if width(trial, face, size) <= room:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


# ============================================================================ 1. the slide deck, exported to PDF
def deck_pdf():
    pages = []
    total = len(v.DECK_SLIDES)
    for n, (title, bullets) in enumerate(v.DECK_SLIDES, start=1):
        p = PdfPage(792, 612)
        p.fill(0, 540, 792, 72, 0.9)
        p.text(48, 562, title, "/F2", 30, room=700)
        p.rule(48, 548, 744, 548, 2)
        y = 500
        for level, text in bullets:
            x = 64 if level == 0 else 100
            mark = "\u2022" if level == 0 else "\u2013"
            size = 22 if level == 0 else 19
            p.text(x, y, f"{mark} {text}", "/F1", size, room=744 - x)
            y -= 44 if level == 0 else 36
        if y < 60:
            raise ValueError(f"deck: slide {title!r} runs off the page")
        p.text(48, 28, "Echo Orchard 2081 \u00b7 PACEX \u00b7 CCCIA", "/F1", 9)
        p.text(712, 28, f"{n} / {total}", "/F1", 9)
        pages.append(p)
    write_pdf(v.DECK, pages, "Echo Orchard 2081 - Applicant briefing")


# ============================================================================ the Hangzhou expo agenda
AGENDA_DAYS = [
    (
        "Day 1 \u2014 Monday 13 October 2081",
        [
            ("09:00\u201309:45", "Opening and Pakistan Pavilion ribbon-cutting", "Hall 3B stage"),
            ("10:00\u201311:30", "Keynote: multilingual voice bots for cross-border e-commerce", "Auditorium A"),
            ("13:30\u201317:00", "Pavilion demonstrations: CCaaS, IVR and quality monitoring", "Stands K01\u2013K40"),
            ("17:15\u201318:00", "Briefing for the Listening Test Day", "Meeting Room 6"),
        ],
    ),
    (
        "Day 2 \u2014 Tuesday 14 October 2081",
        [
            ("09:30\u201312:30", "Buyer matchmaking: pre-booked meetings of 30 minutes", "Matchmaking Hall, L2"),
            ("14:00\u201315:00", "Panel: PCI DSS and payment IVR for card centres", "Auditorium B"),
            ("15:30\u201316:30", "Workshop: post-editing machine translation for player support", "Meeting Room 4"),
            ("16:45\u201317:30", "Talk: Urdu and Mandarin speech-to-text accuracy", "Auditorium B"),
        ],
    ),
    (
        "Day 3 \u2014 Wednesday 15 October 2081",
        [
            ("09:30\u201311:00", "Pitch session: ten Pakistani firms pitch to buyers", "Hall 3B stage"),
            ("11:15\u201312:00", "Signing of pilot agreements", "Hall 3B stage"),
            ("13:15\u201317:30", "Site visit: an airline customer service centre in Xiaoshan", "Buses from Gate 2"),
        ],
    ),
]


def agenda_pdf():
    p = PdfPage()
    p.text(50, 752, "Hangzhou CX & Contact Centre Expo 2081 \u2014 Pakistan Pavilion agenda", "/F2", 14, room=512)
    p.text(
        50,
        734,
        "Hall 3B, Qiantang International Expo Centre, Hangzhou \u00b7 13 to 15 October 2081",
        "/F1",
        9,
        room=512,
    )
    p.text(
        50,
        721,
        "Issued by the CCCIA secretariat, Hangzhou, 10 March 2081. Times are China Standard Time (PKT + 3 hours).",
        "/F1",
        9,
        room=512,
    )
    p.rule(50, 712, 562, 712)
    cols = (52, 128, 440)
    rooms = (72, 306, 120)
    y = 690
    for day, rows in AGENDA_DAYS:
        p.text(50, y, day, "/F2", 11)
        y -= 20
        p.rule(50, y + 13, 562, y + 13, 0.6)
        for x, h in zip(cols, ("Time", "Session", "Venue")):
            p.text(x, y, h, "/F2", 9)
        p.rule(50, y - 5, 562, y - 5, 0.6)
        y -= 18
        for row in rows:
            for x, cell, room in zip(cols, row, rooms):
                p.text(x, y, cell, "/F1", 9, room=room)
            p.rule(50, y - 6, 562, y - 6, 0.3)
            y -= 19
        y -= 16
    p.text(50, y, "Notes", "/F2", 11)
    y -= 16
    for note in [
        "Site visit on Day 3: buses leave Gate 2 of the expo centre at 13:15 and return by 17:30. Places are limited "
        "to two delegates per firm and are booked at the Pakistan Pavilion desk on Day 1.",
        "Day 4, Thursday 16 October 2081: Listening Test Day at the CCCIA test lab in Binjiang; see the Listening Test "
        "Day page.",
        "Buyer meetings on Day 2 are booked on the portal from 15 September to 8 October 2081.",
        "Stands K01\u2013K40 are staffed from 09:00 to 18:00 on all three days.",
    ]:
        for i, line in enumerate(wrap(note, 500, "/F1", 9)):
            p.text(50 if i == 0 else 58, y, ("\u2022 " if i == 0 else "") + line, "/F1", 9)
            y -= 12
        y -= 4
    if y < 60:
        raise ValueError("agenda runs off the page")
    p.text(520, 36, "Page 1 of 1", "/F1", 7.5)
    write_pdf(v.AGENDA, [p], "Hangzhou CX & Contact Centre Expo 2081 - Pakistan Pavilion agenda")


# ============================================================================ directory
# id, name, name_zh, city, founded, employees, services, industries, technologies, certifications, languages,
# description, description_zh, domain, pitched_at_webinar
D = [
    (
        "PK-001",
        "Awaaz Voice Labs",
        "阿瓦兹语音实验室",
        "Lahore",
        2013,
        210,
        "IVR design;voice bot development;Urdu speech recognition (ASR);text-to-speech for Urdu",
        "banking;telecom",
        "Python;Kaldi;Asterisk",
        "ISO 27001",
        "English;Urdu;Punjabi",
        "Designs IVR menus and voice bots that understand spoken Urdu and English.",
        "开发能听懂乌尔都语和英语的IVR与语音机器人。",
        "awaazvoice",
        "yes",
    ),
    (
        "PK-002",
        "Awaaz Connect",
        "",
        "Karachi",
        2020,
        18,
        "inbound call centre outsourcing;Urdu-language customer support;after-hours answering service",
        "e-commerce;healthcare",
        "Zoiper;Google Workspace",
        "none",
        "English;Urdu;Sindhi",
        "A small inbound team that answers customer calls in Urdu and English, including after hours.",
        "",
        "awaazconnect",
        "no",
    ),
    (
        "PK-003",
        "Sukhan AI",
        "苏汉人工智能",
        "Islamabad",
        2018,
        64,
        "conversational AI platform;chatbot development;NLU for Roman Urdu;intent classification",
        "banking;telecom;e-commerce",
        "Rasa;PyTorch;Python",
        "ISO 27001",
        "English;Urdu",
        "Builds chat assistants that understand Urdu written in both scripts.",
        "开发理解乌尔都语和罗马化乌尔都语的对话式人工智能。",
        "sukhanai",
        "yes",
    ),
    (
        "PK-004",
        "Sukhan Translations",
        "",
        "Lahore",
        2009,
        35,
        "Chinese-English-Urdu translation;document localisation;certified legal translation",
        "legal;government;trade",
        "SDL Trados;memoQ",
        "ISO 17100",
        "English;Urdu;Mandarin",
        "A translation house working between Chinese, English and Urdu for traders and law firms.",
        "",
        "sukhantranslations",
        "yes",
    ),
    (
        "PK-005",
        "Raabta CX",
        "拉布塔客户体验",
        "Karachi",
        2011,
        1450,
        "contact centre outsourcing (BPO);omnichannel customer support;back-office data entry;WFM consulting",
        "telecom;e-commerce;utilities",
        "Genesys Cloud;Salesforce;NICE",
        "ISO 9001;ISO 27001;COPC",
        "English;Urdu;Sindhi;Pashto",
        "One of Karachi's larger outsourced contact centres, running voice, chat and e-mail programmes.",
        "卡拉奇大型外包联络中心，提供语音、在线和邮件服务。",
        "raabtacx",
        "yes",
    ),
    (
        "PK-006",
        "Raabta Dialer Systems",
        "",
        "Lahore",
        2016,
        42,
        "predictive dialer;outbound dialer with DNC and consent management;call-back scheduling",
        "collections;insurance",
        "VICIdial;PHP;MySQL",
        "none",
        "English;Urdu",
        "Sells and hosts outbound dialling software that checks consent and do-not-call lists before each call.",
        "",
        "raabtadialer",
        "no",
    ),
    (
        "PK-007",
        "Lantern (Pvt) Ltd",
        "",
        "Islamabad",
        2017,
        27,
        "knowledge-base authoring;help centre content writing;agent call scripts",
        "software;telecom",
        "Document360;Confluence",
        "",
        "English;Urdu",
        "Writes help-centre articles, knowledge bases and call scripts for support teams.",
        "",
        "lantern",
        "no",
    ),
    (
        "PK-008",
        "Qalam Subtitles",
        "",
        "Karachi",
        2019,
        15,
        "subtitling (Urdu/English/Chinese);closed captions for e-learning;SRT timing and QC",
        "media;education",
        "Subtitle Edit;Aegisub",
        "none",
        "English;Urdu;Mandarin",
        "Times and translates subtitles for video, games trailers and online courses.",
        "",
        "qalamsubs",
        "no",
    ),
    (
        "PK-009",
        "Lafz Localisation",
        "拉夫兹本地化",
        "Lahore",
        2012,
        90,
        "software localization;game localisation;MTPE (machine translation post-editing)",
        "games;software;e-commerce",
        "memoQ;Crowdin;Phrase",
        "ISO 17100;ISO 9001",
        "English;Urdu;Mandarin",
        "Localises apps and games into Urdu and English and post-edits machine translation at volume.",
        "将应用和游戏本地化为乌尔都语和英语，并提供机器翻译译后编辑。",
        "lafzloc",
        "yes",
    ),
    (
        "PK-010",
        "Lafz Media",
        "",
        "Islamabad",
        2021,
        9,
        "video subtitling;voice-over casting;media transcription",
        "media;advertising",
        "Premiere Pro;Descript",
        "none",
        "English;Urdu",
        "A small studio casting Urdu voice-overs and subtitling short videos.",
        "",
        "lafzmedia",
        "no",
    ),
    (
        "PK-011",
        "Sada Speech",
        "萨达语音",
        "Islamabad",
        2015,
        48,
        "speech-to-text engine (Urdu, Punjabi);call transcription API;speaker diarisation",
        "telecom;media;government",
        "wav2vec 2.0;Python;Kubernetes",
        "ISO 27001",
        "English;Urdu;Punjabi",
        "Builds speech recognition for Urdu and Punjabi and sells it as an API for call transcription.",
        "开发乌尔都语和旁遮普语语音识别引擎。",
        "sadaspeech",
        "yes",
    ),
    (
        "PK-012",
        "Guftugu Analytics",
        "",
        "Lahore",
        2019,
        30,
        "speech analytics;sentiment analysis on calls;keyword spotting",
        "banking;telecom",
        "Python;Elasticsearch;Kibana",
        "",
        "English;Urdu",
        "Mines recorded calls for complaints, keywords and customer mood.",
        "",
        "guftugu",
        "no",
    ),
    (
        "PK-013",
        "Nigrani QA",
        "尼格拉尼质检",
        "Karachi",
        2014,
        55,
        "call recording;quality monitoring (QM) scorecards;screen recording for agents",
        "banking;BPO",
        "Java;PostgreSQL;WebRTC",
        "ISO 27001",
        "English;Urdu",
        "Records calls and agent screens and lets supervisors score them against a checklist.",
        "提供通话录音和质检评分系统。",
        "nigraniqa",
        "yes",
    ),
    (
        "PK-014",
        "Shift Sahulat",
        "",
        "Lahore",
        2018,
        24,
        "workforce management (WFM);agent scheduling;intraday forecasting",
        "BPO;retail",
        "Python;React;PostgreSQL",
        "none",
        "English;Urdu",
        "Forecasts contact volumes and builds agent schedules for mid-sized contact centres.",
        "",
        "shiftsahulat",
        "no",
    ),
    (
        "PK-015",
        "Rota Grid",
        "",
        "Islamabad",
        2020,
        12,
        "shift rostering app;schedule adherence monitoring;absence tracking",
        "BPO;healthcare",
        "Flutter;Firebase",
        "",
        "English;Urdu",
        "A mobile app for building rosters and tracking whether agents keep to them.",
        "",
        "rotagrid",
        "no",
    ),
    (
        "PK-016",
        "CRM Pul",
        "CRM桥",
        "Islamabad",
        2010,
        140,
        "CRM integration (Salesforce, Zoho);CTI connectors;customer 360 dashboards;"
        "helpdesk software implementation (Zendesk, Freshdesk)",
        "banking;telecom;retail",
        "Apex;Java;MuleSoft",
        "ISO 9001",
        "English;Urdu",
        "Connects telephony and help desks to CRM systems so agents see the whole customer record.",
        "将电话系统和工单系统与CRM集成。",
        "crmpul",
        "yes",
    ),
    (
        "PK-017",
        "Tikat Desk",
        "",
        "Lahore",
        2015,
        38,
        "help desk software;ticketing system;SLA tracking and escalation rules",
        "software;e-commerce",
        "Laravel;Vue.js;MySQL",
        "ISO 27001",
        "English;Urdu",
        "Sells its own ticketing and help-desk product to support teams in South Asia.",
        "",
        "tikatdesk",
        "no",
    ),
    (
        "PK-018",
        "Dastak Omnichannel",
        "达斯塔克全渠道",
        "Karachi",
        2017,
        160,
        "omnichannel inbox (WhatsApp, e-mail, SMS);WhatsApp Business API integration;"
        "WeChat Official Account integration",
        "e-commerce;logistics;banking",
        "Node.js;Go;Redis",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Puts WhatsApp, WeChat, e-mail and SMS conversations into one agent inbox.",
        "将WhatsApp、微信、邮件和短信会话整合到一个坐席收件箱。",
        "dastak",
        "yes",
    ),
    (
        "PK-019",
        "Zariya Messaging",
        "",
        "Faisalabad",
        2019,
        21,
        "bulk SMS gateway;two-way SMS;OTP delivery",
        "banking;retail",
        "Kannel;Go",
        "none",
        "English;Urdu;Punjabi",
        "Runs an SMS gateway for one-time passwords and customer notifications.",
        "",
        "zariya",
        "no",
    ),
    (
        "PK-020",
        "Raye NPS",
        "",
        "Lahore",
        2011,
        26,
        "customer surveys;Net Promoter Score (NPS) programmes;CSAT surveys after calls",
        "retail;telecom",
        "Qualtrics;Python",
        "",
        "English;Urdu",
        "Runs NPS and satisfaction survey programmes and reports the results monthly.",
        "",
        "rayenps",
        "yes",
    ),
    (
        "PK-021",
        "Paimana Insights",
        "派马纳洞察",
        "Karachi",
        2008,
        75,
        "voice of the customer (VoC) research;post-call IVR surveys;customer sentiment tracking",
        "FMCG;banking;telecom",
        "SPSS;Python;Power BI",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "A research firm measuring how customers feel about service, by survey and by call review.",
        "通过调研和通话复核衡量客户体验。",
        "paimana",
        "yes",
    ),
    (
        "PK-022",
        "Wasooli Tech",
        "",
        "Lahore",
        2014,
        60,
        "collections software;debt recovery workflow;payment reminder campaigns",
        "banking;microfinance",
        "Java;Spring;Oracle",
        "ISO 27001;PCI DSS",
        "English;Urdu",
        "Software that banks and microfinance lenders use to run their collections teams.",
        "",
        "wasoolitech",
        "yes",
    ),
    (
        "PK-023",
        "Qist Recovery Services",
        "",
        "Multan",
        2016,
        240,
        "collections call centre;early-stage delinquency calling;auto-dialler campaigns;skip tracing",
        "banking;consumer finance",
        "Avaya;Excel",
        "none",
        "English;Urdu;Saraiki",
        "A calling team in south Punjab that chases overdue instalments for lenders.",
        "",
        "qistrecovery",
        "no",
    ),
    (
        "PK-024",
        "Amaanat Pay IVR",
        "阿马纳特支付IVR",
        "Karachi",
        2013,
        45,
        "PCI-compliant payment IVR;DTMF masking;tokenised card capture",
        "banking;insurance;utilities",
        "Asterisk;Java;HSM",
        "PCI DSS;ISO 27001",
        "English;Urdu",
        "Takes card payments over the phone without agents hearing or recording the card number.",
        "提供符合PCI标准的电话支付IVR。",
        "amaanatpay",
        "yes",
    ),
    (
        "PK-025",
        "Kaarvaan BPO",
        "",
        "Faisalabad",
        2010,
        620,
        "back-office BPO;data entry;document processing (OCR + manual verification)",
        "insurance;logistics;healthcare",
        "ABBYY;UiPath",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "A back-office processing centre handling forms, claims and invoices for foreign clients.",
        "",
        "kaarvaan",
        "no",
    ),
    (
        "PK-026",
        "Fard Data Services",
        "",
        "Multan",
        2019,
        85,
        "data entry services;invoice digitisation;form processing",
        "logistics;retail",
        "Excel;Python",
        "none",
        "English;Urdu;Saraiki",
        "Keys in and checks invoices, forms and catalogues for e-commerce and logistics clients.",
        "",
        "farddata",
        "no",
    ),
    (
        "PK-027",
        "Ustad Coach AI",
        "",
        "Islamabad",
        2021,
        14,
        "AI agent coaching;real-time agent assist;call summarisation",
        "BPO;telecom",
        "Python;OpenAI API;WebSockets",
        "",
        "English;Urdu",
        "Listens to live calls and prompts agents with next steps, then writes the call summary.",
        "",
        "ustadcoach",
        "no",
    ),
    (
        "PK-028",
        "Dashboard Daftar",
        "",
        "Lahore",
        2016,
        33,
        "contact centre analytics dashboards;real-time wallboards;BI reporting (Power BI)",
        "BPO;banking",
        "Power BI;SQL Server",
        "ISO 9001",
        "English;Urdu",
        "Builds wallboards and management reports from contact-centre data.",
        "",
        "dashboarddaftar",
        "no",
    ),
    (
        "PK-029",
        "Taar Telecom Integrations",
        "塔尔电信集成",
        "Islamabad",
        2007,
        120,
        "SIP trunking;VoIP integration;Asterisk / FreePBX deployment;number porting support",
        "telecom;BPO",
        "Asterisk;Kamailio;Linux",
        "ISO 27001",
        "English;Urdu",
        "Connects contact centres to carriers and sets up their PBX and SIP trunks.",
        "为联络中心提供SIP中继和VoIP集成。",
        "taartelecom",
        "yes",
    ),
    (
        "PK-030",
        "Sur Cloud CCaaS",
        "苏尔云呼叫中心",
        "Lahore",
        2015,
        95,
        "cloud contact centre (CCaaS);ACD and skills-based routing;browser softphone;call recording & QA;"
        "CRM connectors",
        "BPO;e-commerce;healthcare",
        "WebRTC;Go;Kubernetes",
        "ISO 27001;SOC 2 Type II",
        "English;Urdu",
        "A cloud contact-centre platform with routing, softphone, recording and quality review.",
        "云呼叫中心平台，含路由、软电话、录音和质检。",
        "surcloud",
        "yes",
    ),
    (
        "PK-031",
        "Hum Kalam Support",
        "",
        "Peshawar",
        2018,
        70,
        "customer support outsourcing in Pashto and Urdu;email support;live chat agents;remote data entry",
        "telecom;e-commerce",
        "Freshdesk;Google Workspace",
        "none",
        "English;Urdu;Pashto",
        "Answers e-mail and chat for clients whose customers speak Pashto or Urdu.",
        "",
        "humkalam",
        "no",
    ),
    (
        "PK-032",
        "Indus Contact Solutions",
        "印度河联络解决方案",
        "Karachi",
        2005,
        2400,
        "call center outsourcing;inbound customer service;outbound telesales;technical support helpdesk",
        "telecom;airlines;banking",
        "Avaya;Genesys;Salesforce",
        "ISO 9001;ISO 27001;PCI DSS;COPC",
        "English;Urdu;Sindhi;Arabic",
        "Pakistan's largest firm in this directory, running voice and chat programmes for foreign clients.",
        "为海外客户提供语音和在线客服外包。",
        "induscontact",
        "yes",
    ),
    (
        "PK-033",
        "Indus Lingo Bridge",
        "",
        "Islamabad",
        2014,
        40,
        "over-the-phone interpreting (OPI);Mandarin–Urdu interpreting;video remote interpreting",
        "healthcare;legal;trade",
        "Zoom;Twilio",
        "ISO 18841",
        "English;Urdu;Mandarin",
        "Provides interpreters by phone and video between Mandarin, Urdu and English.",
        "",
        "induslingo",
        "no",
    ),
    (
        "PK-034",
        "Baat Cheet Bots",
        "",
        "Karachi",
        2020,
        19,
        "WhatsApp chatbots;chat bot for e-commerce order tracking;Roman Urdu intent models",
        "e-commerce;logistics",
        "Dialogflow;Node.js",
        "none",
        "English;Urdu",
        "Builds WhatsApp bots that tell shoppers where their orders are.",
        "",
        "baatcheet",
        "no",
    ),
    (
        "PK-035",
        "Mehfil Game Support",
        "梅菲尔游戏支持",
        "Lahore",
        2017,
        150,
        "player support for games;community moderation;in-game ticket handling",
        "games",
        "Zendesk;Discord;Python",
        "ISO 27001",
        "English;Urdu",
        "Looks after players of mobile and PC games by chat, e-mail and community channels.",
        "为手游和端游提供玩家客服和社区管理。",
        "mehfilgames",
        "yes",
    ),
    (
        "PK-036",
        "Safeer Hotel Reservations",
        "",
        "Islamabad",
        2012,
        110,
        "hotel reservations desk outsourcing;travel booking support;loyalty programme service",
        "hospitality;travel",
        "Opera PMS;Amadeus",
        "ISO 9001",
        "English;Urdu;Arabic",
        "Runs reservation desks for hotel chains and travel agencies.",
        "",
        "safeerhotels",
        "yes",
    ),
    (
        "PK-037",
        "Sialkot Service Hub",
        "",
        "Sialkot",
        2016,
        65,
        "after-sales support for electronics;warranty claims processing;RMA handling",
        "consumer electronics;manufacturing",
        "SAP;Freshdesk",
        "none",
        "English;Urdu;Punjabi",
        "Handles warranty calls and repair returns for electronics and sports-goods brands.",
        "",
        "sialkothub",
        "no",
    ),
    (
        "PK-038",
        "Hamdard CX Consulting",
        "",
        "Lahore",
        2009,
        22,
        "CX strategy consulting;customer journey mapping;contact centre audits",
        "banking;retail;telecom",
        "Miro;Excel",
        "",
        "English;Urdu",
        "Advises companies on service design and audits their contact centres.",
        "",
        "hamdardcx",
        "yes",
    ),
    (
        "PK-039",
        "Kinara Voice Cloud",
        "",
        "Hyderabad",
        2019,
        28,
        "hosted IVR;voice broadcasting;missed-call services",
        "FMCG;politics;NGOs",
        "Asterisk;PHP",
        "none",
        "English;Urdu;Sindhi",
        "Hosts IVR lines and sends recorded voice messages to large lists.",
        "",
        "kinaravoice",
        "no",
    ),
    (
        "PK-040",
        "Paraq Transcription",
        "",
        "Rawalpindi",
        2015,
        50,
        "medical transcription;legal transcription;audio transcription (Urdu/English)",
        "healthcare;legal",
        "Express Scribe;Word",
        "ISO 27001",
        "English;Urdu",
        "Typists who transcribe medical, legal and research audio in Urdu and English.",
        "",
        "paraq",
        "no",
    ),
    (
        "PK-041",
        "Sahulat Speech Synth",
        "",
        "Islamabad",
        2022,
        4,
        "TTS voices for Urdu;custom neural voice;IVR prompt recording",
        "telecom;education",
        "Coqui TTS;Python",
        "none",
        "English;Urdu",
        "A four-person team building natural-sounding Urdu voices for IVR and e-learning.",
        "",
        "sahulatspeech",
        "no",
    ),
    (
        "PK-042",
        "Chaabi KB",
        "",
        "Karachi",
        2018,
        17,
        "knowledge base software;FAQ portal;self-service help center;chatbot builder for FAQs",
        "software;e-commerce",
        "Next.js;PostgreSQL",
        "ISO 27001",
        "English;Urdu",
        "A self-service help-centre product with a simple bot that answers from the FAQ.",
        "",
        "chaabikb",
        "no",
    ),
    (
        "PK-043",
        "Rahnuma Escalations",
        "",
        "Quetta",
        2017,
        25,
        "complaint management;escalation desk;regulatory complaint handling",
        "telecom;utilities",
        "Excel;Freshdesk",
        "none",
        "English;Urdu;Balochi;Pashto",
        "Handles escalated and regulator-referred complaints for telecom and utility companies.",
        "",
        "rahnuma",
        "no",
    ),
    (
        "PK-044",
        "Tarjuma Post-Edit",
        "",
        "Lahore",
        2020,
        32,
        "MT post-editing;machine translation engine training;terminology management",
        "e-commerce;games",
        "ModernMT;memoQ",
        "",
        "English;Urdu;Mandarin",
        "Post-edits machine translation and trains engines on clients' own terminology.",
        "",
        "tarjumape",
        "no",
    ),
    (
        "PK-045",
        "Card Saathi Services",
        "",
        "Karachi",
        2011,
        300,
        "card services helpline outsourcing;fraud alert calling;chargeback handling",
        "banking;payments",
        "Genesys;Oracle",
        "PCI DSS;ISO 27001",
        "English;Urdu",
        "Runs card-centre helplines and fraud-alert calls for banks.",
        "",
        "cardsaathi",
        "yes",
    ),
    (
        "PK-046",
        "Dak Track Support",
        "",
        "Lahore",
        2018,
        80,
        "shipment tracking support;cross-border parcel customer service;returns desk",
        "logistics;e-commerce",
        "Freshdesk;Twilio",
        "ISO 9001",
        "English;Urdu",
        "Answers where-is-my-parcel questions for couriers and cross-border sellers.",
        "",
        "daktrack",
        "no",
    ),
    (
        "CN-001",
        "Hangzhou Xiyue E-commerce Group",
        "杭州西悦电商集团",
        "Hangzhou",
        2010,
        8600,
        "电商客服外包;live chat support for marketplace sellers;order-status chatbot",
        "e-commerce",
        "Java;Alibaba Cloud",
        "ISO 27001",
        "Mandarin;English",
        "An online marketplace group that buys customer-service outsourcing for its sellers.",
        "电商平台集团，为平台商家采购客服外包。",
        "xiyuegroup",
        "no",
    ),
    (
        "CN-002",
        "Qiantang Airlines Customer Service Centre",
        "钱塘航空客户服务中心",
        "Hangzhou",
        2004,
        1200,
        "airline reservations support;multilingual call centre (Urdu/English);irregular-operations rebooking",
        "airlines;travel",
        "Amadeus;Genesys",
        "ISO 9001",
        "Mandarin;English",
        "An airline's service centre looking for Urdu- and English-speaking partners for its Pakistan routes.",
        "航空公司客服中心，为巴基斯坦航线寻找乌尔都语和英语合作伙伴。",
        "qiantangair",
        "no",
    ),
    (
        "CN-003",
        "Lingnan Commercial Bank Card Centre",
        "岭南商业银行信用卡中心",
        "Guangzhou",
        2002,
        3100,
        "信用卡客服;card activation calls;overseas cardholder support",
        "banking",
        "Avaya;Oracle",
        "ISO 27001;PCI DSS",
        "Mandarin;Cantonese;English",
        "A bank card centre buying card-service outsourcing for cardholders abroad.",
        "银行信用卡中心，采购境外持卡人客服外包。",
        "lingnancards",
        "no",
    ),
    (
        "CN-004",
        "Huatong Telecom Customer Service Co.",
        "华通电信客服公司",
        "Chengdu",
        2008,
        12000,
        "运营商客服外包;broadband technical support;international roaming helpline",
        "telecom",
        "Huawei CC;Java",
        "ISO 9001;ISO 27001",
        "Mandarin;English",
        "The customer-service arm of a telecom operator, buying overflow and language support.",
        "电信运营商客服公司，采购溢出话务和多语种支持。",
        "huatongcs",
        "no",
    ),
    (
        "CN-005",
        "Jinyue Hotels Guest Service Centre",
        "金悦酒店集团宾客服务中心",
        "Shenzhen",
        2013,
        420,
        "hotel reservation call centre;guest feedback surveys;酒店预订",
        "hospitality",
        "Opera PMS;WeChat Work",
        "ISO 9001",
        "Mandarin;English",
        "A hotel group's central reservation and guest-service centre.",
        "酒店集团的中央预订和宾客服务中心。",
        "jinyuehotels",
        "no",
    ),
    (
        "CN-006",
        "Kunpeng Consumer Electronics After-Sales",
        "鲲鹏消费电子售后服务",
        "Shenzhen",
        2011,
        2800,
        "售后服务热线;warranty and repair scheduling;remote troubleshooting",
        "consumer electronics",
        "SAP;Salesforce",
        "ISO 9001",
        "Mandarin;English",
        "Runs after-sales service for a consumer-electronics brand and buys overseas support.",
        "消费电子品牌的售后服务商，采购海外支持服务。",
        "kunpengservice",
        "no",
    ),
    (
        "CN-007",
        "Silkway Cross-Border Logistics",
        "丝路跨境物流",
        "Yiwu",
        2015,
        650,
        "cross-border parcel tracking support;customs query handling;跨境物流客服",
        "logistics;e-commerce",
        "Java;WMS",
        "none",
        "Mandarin;English",
        "A cross-border logistics firm buying parcel-tracking and customs-query support.",
        "跨境物流企业，采购包裹查询和清关咨询客服。",
        "silkwaylog",
        "no",
    ),
    (
        "CN-008",
        "Starfall Games",
        "星落游戏",
        "Shanghai",
        2014,
        900,
        "玩家客服;game player support in English and Urdu;community moderation outsourcing",
        "games",
        "Unity;Zendesk",
        "ISO 27001",
        "Mandarin;English",
        "A game publisher looking for player-support partners for South Asian players.",
        "游戏发行商，为南亚玩家寻找玩家支持合作伙伴。",
        "starfallgames",
        "no",
    ),
    (
        "CN-009",
        "Moonbay Interactive",
        "月湾互动",
        "Chengdu",
        2018,
        260,
        "游戏本地化;player ticket triage;anti-cheat appeal handling",
        "games",
        "Unreal Engine;Jira",
        "",
        "Mandarin;English",
        "A mobile game studio buying localisation and player support.",
        "手游工作室，采购本地化和玩家支持。",
        "moonbay",
        "no",
    ),
    (
        "CN-010",
        "Qingyu Speech Technology",
        "青语语音科技",
        "Hefei",
        2012,
        1100,
        "语音识别;speech synthesis (TTS) engines;voiceprint verification;情感分析",
        "AI;speech technology",
        "C++;PyTorch",
        "ISO 27001;ISO 9001",
        "Mandarin;English",
        "A speech-technology company looking for Urdu speech data and recognition partners.",
        "语音技术公司，寻找乌尔都语语音数据和识别合作伙伴。",
        "qingyuspeech",
        "no",
    ),
    (
        "CN-011",
        "Zhejiang Yunhu Cloud Contact Centre",
        "浙江云呼云联络中心",
        "Hangzhou",
        2016,
        380,
        "云呼叫中心;CCaaS reseller partnerships;SIP trunk wholesale;工单系统",
        "telecom;software",
        "FreeSWITCH;Java",
        "ISO 27001",
        "Mandarin;English",
        "A cloud contact-centre provider that resells partner platforms and buys integration work.",
        "云联络中心服务商，转售合作平台并采购集成服务。",
        "yunhucloud",
        "no",
    ),
    (
        "CN-012",
        "Southern Pearl Airlines Service Hub",
        "南珠航空服务中心",
        "Guangzhou",
        2009,
        760,
        "airline customer care outsourcing;baggage claims handling;frequent flyer helpdesk",
        "airlines",
        "Sabre;Genesys",
        "ISO 9001",
        "Mandarin;Cantonese;English",
        "An airline service hub buying baggage-claim and frequent-flyer support.",
        "航空服务中心，采购行李理赔和常旅客支持。",
        "southernpearl",
        "no",
    ),
    (
        "CN-013",
        "Haoyun Payments",
        "好运支付",
        "Shanghai",
        2017,
        540,
        "merchant support hotline;dispute and chargeback support;支付客服",
        "payments;banking",
        "Java;MySQL",
        "PCI DSS",
        "Mandarin;English",
        "A payment provider buying merchant-support and dispute-handling outsourcing.",
        "支付服务商，采购商户支持和争议处理外包。",
        "haoyunpay",
        "no",
    ),
    (
        "CN-014",
        "Huayu Translation Corporation",
        "华语翻译公司",
        "Beijing",
        2001,
        1900,
        "translation and localization procurement;machine translation post-editing (MTPE);subtitle translation",
        "language services",
        "SDL Trados;XTM",
        "ISO 17100",
        "Mandarin;English",
        "A large translation company that subcontracts Urdu and English work to partners.",
        "大型翻译公司，将乌尔都语和英语业务分包给合作伙伴。",
        "huayutrans",
        "no",
    ),
]
MAILBOX = ["partners", "hello", "sales", "info", "bd", "contact"]


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
STAFF = ["help@echoorchard.example", "0800-32467"]
WEBINAR = [
    "Pakistan's Consulate General in Shanghai",
    "Trade Development Authority of Pakistan",
    "TDAP",
    "Software Business Union of Shanghai",
    "Shanghai Software Industry Association",
]
# id suffix, kind, question, sources, answers, note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "which organisations were behind the 2022 webinar in shanghai where this programme began?",
        [v.OVERVIEW],
        WEBINAR,
        "the real 2022 webinar's organisers, stated only in the overview",
    ),
    (
        "en-02",
        P,
        "fee bands?",
        [v.FEES, v.DECK, v.UR_HTML],
        ["PKR 45,000", "PKR 95,000", "PKR 180,000", "PKR 290,000", "Seats 11–50 | PKR 95k"],
        "two words; the participation fee by agent seats; feature 9 (the amounts carry footnote marks) and feature 1",
    ),
    (
        "en-03",
        P,
        "hi, we have 35 agent seats in Faisalabad. what's our participation fee incl sales tax, and which office "
        "handles us?",
        [v.FEES, v.OVERVIEW],
        ["served by the Lahore office"],
        "computed: 35 seats is Band M, PKR 95,000, plus the footnote's 16% sales tax; feature 9; the asker's "
        "situation, a city with no office; two questions",
    ),
    (
        "en-04",
        P,
        "wats the last date to apply?? the launch press release said 31 may, is that still right",
        [v.CORR, v.CALENDAR, v.UR_HTML, v.CALL, v.OVERVIEW],
        ["16 June 2081", "16 June 2081, 17:00 PKT", "۱۶ جون ۲۰۸۱"],
        "stale: the correction notice moves the closing date the deck and the press release print as 31 May 2081",
    ),
    (
        "en-05",
        P,
        "our flights + hotels for the hangzhou trip come to about PKR 1,000,000. how much of that does the travel "
        "grant pay?",
        [v.DECK, v.CORR],
        [],
        "computed: feature 1 (the deck's 'Share: 50 %' fragment), capped by the corrected PKR 520,000; stale: the "
        "correction notice replaces the deck's 'Cap: PKR 450k', which would give 450,000",
    ),
    (
        "en-06",
        P,
        "listening test day - which date, and during what hours do the mystery shoppers make their calls?",
        [v.LISTEN, v.CALENDAR, v.DECK, v.AGENDA],
        ["Thursday 16 October 2081", "16 October 2081", "09:00 to 13:00 China Standard Time", "06:00 to 10:00 PKT"],
        "the listening-test day, two questions; stale: the superseded draft page gives Friday 17 October and "
        "10:30 to 14:30",
    ),
    (
        "en-07",
        P,
        "how long do u keep the recordings of test calls?",
        [v.FAQ, v.LISTEN, v.UR_POLICY, v.ZH_RULES],
        ["90 days", "۹۰ دن", "90日"],
        "the call-recording retention rule; stale: the 2079 pilot report gives 180 days",
    ),
    (
        "en-08",
        P,
        "Good afternoon. We are a 12-seat voice bot studio in Peshawar and this is our first application. Could you "
        "tell me when the shortlist interviews take place, and whether we have to travel to Lahore for them?",
        [v.CALENDAR, v.UR_HTML],
        ["7–9 July 2081", "Shortlist interviews, online", "۷ سے ۹ جولائی ۲۰۸۱"],
        "feature 5: long message (greeting, the asker's situation, two questions); the live row next to the "
        "cancelled one; stale: the cancelled in-person interviews of 2–4 July in Lahore",
    ),
    ("en-09", P, "helpline", [v.FORM, v.OVERVIEW, v.UR_HTML, v.CALL], ["0800-32467"], "one word; feature 3"),
    (
        "en-10",
        P,
        "how many pakistani firms are going to hangzhou this year? the pilot only took a handful",
        [v.PRESS],
        ["up to 40 Pakistani firms", "up to 40"],
        "feature 4: the figure sits inside the Chair's quote; stale: the 2079 pilot's 14 firms, in the same quote",
    ),
    ("en-11", DIR, "which firms build speech-to-text or ASR engines?", [], [], "ASR / speech recognition / 语音识别"),
    ("en-12", DIR, "pakistani companies that hold PCI DSS certification?", [], [], "certification + country"),
    (
        "en-13",
        DIR,
        "WFM or agent scheduling vendors with between 10 and 100 staff",
        [],
        [],
        "WFM acronym / rostering / schedule adherence + a head-count range",
    ),
    ("en-14", DIR, "what does Lantern do and where are they based?", [], [], "one company by name, a common word"),
    ("en-15", DIR, "which chinese buyers are airline service centres?", [], [], "country + industry (airlines)"),
    (
        "en-16",
        UN,
        "is there an early-bird discount if we pay the participation fee before june?",
        [],
        STAFF,
        "near miss: fees and refunds are covered, no discount is offered",
    ),
    ("en-17", UN, "what's the address of the Sukkur office?", [], STAFF, "near miss: a city the documents never name"),
    (
        "en-18",
        UN,
        "what was the total value of the contracts signed in the 2079 pilot?",
        [],
        STAFF,
        "near miss: the pilot report counts the contracts but gives no value",
    ),
    ("en-19", UN, "best time of day to walk around west lake in hangzhou?", [], STAFF, "off-topic: a programme city"),
    ("en-20", UN, "how do i renew my driving licence in lahore", [], STAFF, "off-topic: a programme city"),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "采购方报名还要交报名费吗？",
        [v.ZH_RULES],
        ["采购方报名免费", "报名免费"],
        "feature 6: 第十一条 says 第五条 no longer applies; stale: 第五条's 800元 (the article that no longer applies)",
    ),
    (
        "zh-02",
        P,
        "我们和一家巴基斯坦公司签了16万元的试点合同，联盟奖励能拿多少？",
        [v.ZH_RULES],
        [],
        "computed: feature 6, 第六条 15% of 16万元 under the 3万元 cap and above the 5万元 floor",
    ),
    (
        "zh-03",
        P,
        "回声果园项目最早源于哪次活动？是由哪些机构组织的？",
        [v.OVERVIEW],
        WEBINAR,
        "the real 2022 webinar's organisers, stated only in the English overview; two questions",
    ),
    (
        "zh-04",
        P,
        "巴基斯坦馆设在几号馆？展会一共几天、具体日期是？",
        [v.AGENDA, v.ZH_RULES, v.OVERVIEW, v.DECK],
        ["Hall 3B", "13 to 15 October 2081", "3B馆", "2081年10月13日至15日"],
        "the expo: hall and dates, in the agenda PDF and the Chinese rules",
    ),
    (
        "zh-05",
        P,
        "国庆期间能联系到杭州秘书处吗？",
        [v.ZH_RULES],
        ["10月1日至7日", "国庆节（10月1日至7日）"],
        "feature 6: holidays of the Chinese offices, inside an article's 款",
    ),
    (
        "zh-06",
        P,
        "选拔评分里数据保护和PCI合规占多少权重？总分要多少才能进入面试名单？",
        [v.CRIT_NEW, v.UR_HTML],
        ["20%", "65%", "۲۰٪", "۶۵ فیصد"],
        "selection criteria, two questions; stale: the old version gives 15% and 60%",
    ),
    (
        "zh-07",
        P,
        "神秘顾客听测日每家企业会接到几次测试联络？多少分算合格？",
        [v.ZH_RULES, v.LISTEN, v.DECK],
        ["15次测试联络", "80分及以上为合格", "15 test contacts", "80 out of 100"],
        "the listening-test day; stale: the superseded draft page gives 12 test contacts and 75 out of 100",
    ),
    (
        "zh-08",
        P,
        "本地化补贴按多少比例报销，最高多少卢比？",
        [v.DECK],
        ["Cap: PKR 350k", "PKR 350k", "Share: 60 %", "60 %"],
        "feature 1: a grant's share and cap as slide fragments",
    ),
    (
        "zh-09",
        P,
        "每家巴方企业所有补贴加起来最多能拿多少？",
        [v.DECK, v.FAQ],
        ["PKR 1.2 m", "PKR 1,200,000"],
        "feature 1 and feature 2; stale: the 2079 pilot report gives PKR 800,000",
    ),
    ("zh-10", DIR, "有哪些公司做字幕服务？", [], [], "subtitling asked in Chinese; one value in Chinese"),
    (
        "zh-11",
        DIR,
        "做机器翻译译后编辑的巴基斯坦公司有哪些？",
        [],
        [],
        "MTPE / post-editing asked in Chinese + country",
    ),
    ("zh-12", DIR, "卡拉奇有哪些呼叫中心外包公司？", [], [], "call-centre outsourcing / BPO asked in Chinese + city"),
    ("zh-13", DIR, "2016年及以后成立、做聊天机器人的公司有哪些？", [], [], "chatbot asked in Chinese + founded after"),
    ("zh-14", DIR, "没有任何认证、做数据录入的公司", [], [], "data entry asked in Chinese + certifications none"),
    (
        "zh-15",
        UN,
        "博览会最后一天有颁奖典礼吗？获奖企业有什么奖励？",
        [],
        STAFF,
        "near miss: the expo agenda is covered, an award ceremony does not exist",
    ),
    (
        "zh-16",
        UN,
        "巴方代表去杭州的签证费是多少？",
        [],
        STAFF,
        "near miss: travel and the travel grant are covered, a visa fee is not given",
    ),
    ("zh-17", UN, "深圳华强北买手机配件哪家便宜？", [], STAFF, "off-topic: a programme city"),
    ("zh-18", UN, "给我讲个笑话吧", [], STAFF, "off-topic"),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "کیا اردو میں سوال و جواب کا کوئی آن لائن سیشن ہوتا ہے؟ کس دن اور کتنے بجے؟",
        [v.UR_HTML],
        ["ہر جمعرات سہ پہر ۳ بجے", "ہر جمعرات"],
        "feature 7: a fact stated only in the Urdu page",
    ),
    (
        "ur-02",
        P,
        "درخواست کی فیس کتنی ہے؟ ہم ۲۰۷۹ کے پائلٹ میں شامل تھے، کیا ہمیں بھی دینی ہوگی؟",
        [v.UR_HTML, v.FEES],
        ["۶,۰۰۰ روپے", "یہ فیس معاف ہے", "PKR 6,000", "Waived for firms that took part in the 2079 pilot round"],
        "feature 7 and feature 9 (the † footnote); the asker's situation",
    ),
    (
        "ur-03",
        P,
        "لسننگ ٹیسٹ ڈے کی کال ریکارڈنگ کتنے دن تک محفوظ رکھی جاتی ہے؟",
        [v.UR_POLICY, v.FAQ, v.LISTEN],
        ["۹۰ دن", "90 days"],
        "the Urdu right-to-left Word policy; stale: the 2079 pilot's 180 days, which the policy also recalls",
    ),
    (
        "ur-04",
        P,
        "ایکسپو کے تیسرے دن سائٹ وزٹ کہاں ہے اور بسیں کتنے بجے نکلیں گی؟",
        [v.AGENDA],
        ["Xiaoshan", "buses leave Gate 2 of the expo centre at 13:15", "13:15"],
        "the expo's site visit, in the agenda PDF's Day 3 table and its notes; two questions",
    ),
    (
        "ur-05",
        P,
        "السلام علیکم! ہم ملتان کی ایک کال سینٹر کمپنی ہیں جس کے ۲۵۰ ایجنٹ سیٹس ہیں۔ ہماری شرکت کی فیس کتنی بنے گی، "
        "اور کیا یہ قسطوں میں ادا ہو سکتی ہے؟",
        [v.FEES, v.FAQ, v.UR_HTML],
        ["PKR 290,000", "۲,۹۰,۰۰۰ روپے", "two instalments", "60% within 10 days of the selection letter"],
        "long message: greeting, the asker's situation (250 seats is Band XL), two questions; feature 9 and feature 2",
    ),
    (
        "ur-06",
        P,
        "ہیلپ ڈیسک کن سرکاری چھٹیوں پر بند ہوتا ہے؟",
        [v.OVERVIEW, v.UR_HTML],
        ["14 August", "23 March", "25 December", "۱۴ اگست", "۲۳ مارچ"],
        "the holidays on which the desk is closed",
    ),
    (
        "ur-07",
        P,
        "انتخاب کے معیار میں زبان کے معیار کا وزن کتنے فیصد ہے؟",
        [v.CRIT_NEW, v.UR_HTML],
        ["25%", "۲۵٪"],
        "feature 7 (the weight in Urdu digits); stale: the old version gives 30%",
    ),
    ("ur-08", DIR, "کسٹمر کے جذبات کا تجزیہ کرنے والی کمپنیاں کون سی ہیں؟", [], [], "sentiment asked in Urdu"),
    (
        "ur-09",
        DIR,
        "کال ریکارڈنگ یا کوالٹی مانیٹرنگ کا کام کرنے والی کمپنیاں",
        [],
        [],
        "call recording / quality monitoring / QA asked in Urdu",
    ),
    (
        "ur-10",
        DIR,
        "واٹس ایپ یا اومنی چینل سپورٹ والی کن کمپنیوں نے ۲۰۲۲ کے ویبینار میں پیشکش کی تھی؟",
        [],
        [],
        "omnichannel / WhatsApp asked in Urdu + pitched at the webinar",
    ),
    (
        "ur-11",
        DIR,
        "قرضوں کی وصولی (کلیکشن) کا سافٹ ویئر یا سروس دینے والی کمپنیاں",
        [],
        [],
        "collections / debt recovery asked in Urdu",
    ),
    (
        "ur-12",
        UN,
        "لاہور دفتر میں گاڑی کھڑی کرنے کی جگہ (پارکنگ) ہے؟",
        [],
        STAFF,
        "near miss: the offices and their addresses are covered, parking is not",
    ),
    (
        "ur-13",
        UN,
        "۲۰۷۹ کے پائلٹ راؤنڈ میں درخواست کی فیس کتنی تھی؟",
        [],
        STAFF,
        "near miss: last round's figure the documents do not state",
    ),
    ("ur-14", UN, "کراچی میں آج کا موسم کیسا ہے؟", [], STAFF, "off-topic: a programme city"),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "hamari 40 seats hain aur poori fee de chuke hain, agar july mein withdraw karna pare to kitne paise wapas "
        "milenge?",
        [v.CALL, v.FEES, v.FAQ],
        [],
        "computed: feature 8, the agent's corrected 75% of the Band M fee PKR 95,000; stale: the agent's first "
        "answer (50 percent) would give 47,500",
    ),
    (
        "ul-02",
        P,
        "sialkot mein aap ka office hai? warna kaun sa office hamara kaam dekhega",
        [v.CALL, v.OVERVIEW],
        ["Sialkot ki companies ko Lahore office dekhta hai", "served by the Lahore office"],
        "feature 8: a city with no office, in the transcript and the overview",
    ),
    (
        "ul-03",
        P,
        "result kab announce hoga?",
        [v.CALENDAR, v.DECK, v.UR_HTML],
        ["25 July 2081", "Results: 25 Jul 2081", "۲۵ جولائی ۲۰۸۱"],
        "feature 5: a live row of the calendar table",
    ),
    (
        "ul-04",
        P,
        "saturday ko helpline khuli hoti hai? kitne baje tak",
        [v.FORM, v.OVERVIEW, v.UR_HTML],
        ["10:00–14:00 PKT, helpline only", "from 10:00 to 14:00"],
        "feature 3: a label/value row of the Word form",
    ),
    (
        "ul-05",
        P,
        "launch night kahan hui thi aur kis din?",
        [v.PRESS, v.OVERVIEW, v.CALENDAR],
        ["Gulberg Arts Pavilion", "22 January 2081"],
        "feature 4: the press release's lead paragraph; the launch event",
    ),
    (
        "ul-06",
        P,
        "2079 pilot mein participation fee kitni thi aur ab 40 seats wali company ki kitni hai?",
        [v.PILOT, v.FEES],
        ["PKR 75,000", "PKR 95,000"],
        "the 2079 pilot round vs 2081, asked side by side (40 seats is Band M)",
    ),
    ("ul-07", DIR, "outbound dialer wali companies kaun si hain?", [], [], "dialer / dialler spellings"),
    (
        "ul-08",
        DIR,
        "text to speech ya TTS voices kaun banata hai?",
        [],
        [],
        "TTS acronym / speech synthesis / 语音合成",
    ),
    ("ul-09", DIR, "islamabad mein CRM integration wali koi company hai?", [], [], "CRM / CTI + city"),
    (
        "ul-10",
        DIR,
        "NPS ya customer survey wali companies jo 2012 se pehle bani hon",
        [],
        [],
        "NPS / survey / CSAT + founded before",
    ),
    (
        "ul-11",
        UN,
        "lahore mein job fair kab hai? register kaise karein",
        [],
        STAFF,
        "near miss: an event that does not exist",
    ),
    (
        "ul-12",
        UN,
        "listening test day pe har test call kitne minute ki hogi?",
        [],
        STAFF,
        "near miss: the listening-test day is covered, the length of a test call is not given",
    ),
    ("ul-13", UN, "PSL ka agla match kab hai yaar?", [], STAFF, "off-topic"),
    (
        "ul-14",
        UN,
        "echo orchard naam sun ke yaad aaya, ghar mein aam ka paudha kaise lagayein?",
        [],
        STAFF,
        "off-topic: names the programme",
    ),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "Correction Notice No. 1 mein kaun si do cheezein theek ki gayin? 具体改成了什么",
        [v.CORR],
        ["16 June 2081, 17:00 PKT", "PKR 520,000"],
        "what the correction notice changed: both figures",
    ),
    (
        "mx-02",
        P,
        "we have 120 seats aur live-call demo booth bhi lena hai, fee plus booth surcharge kitna banega? 不含税",
        [v.FEES],
        [],
        "computed: feature 9, Band L PKR 180,000 plus the ¹ footnote's booth surcharge of PKR 30,000, before tax",
    ),
    (
        "mx-03",
        P,
        "2079 pilot ka expo kis shehar mein tha aur is saal kahan hai? 今年在哪个城市",
        [v.PILOT, v.OVERVIEW, v.AGENDA],
        ["Shenzhen Service Outsourcing Fair", "Hangzhou CX & Contact Centre Expo"],
        "the 2079 pilot round vs 2081, asked side by side",
    ),
    (
        "mx-04",
        P,
        "hum 2079 pilot mein thay, is baar kaun se documents upload karne hain? SECP证书还要再交吗？",
        [v.FAQ],
        ["you do not upload the SECP certificate again", "quote your 2079 pilot reference number", "EO79-"],
        "feature 2: Q4 is 'Same as Q3, except', so the answer needs Q3's list and the exception",
    ),
    (
        "mx-05",
        P,
        "jis transcript mein card number ho, woh kitne din rakhte ho? 含卡号的记录保存多久",
        [v.FAQ, v.UR_POLICY, v.ZH_RULES],
        ["deleted within 7 days", "۷ دن", "7日内删除"],
        "feature 2: Q10 refers back to Q9 ('See above') and adds the exception",
    ),
    (
        "mx-06",
        P,
        "Band XL ki pehli qist kitni hogi? 第一期要付多少",
        [v.FAQ, v.FEES],
        [],
        "computed: feature 2 (Q7's 60%) of the Band XL fee PKR 290,000",
    ),
    (
        "mx-07",
        DIR,
        "ticketing system ya help desk software 做的 companies kaun si hain?",
        [],
        [],
        "ticketing / helpdesk software / 工单",
    ),
    ("mx-08", DIR, "China ki kaun si game companies player support chahti hain? 游戏公司", [], [], "CN + games"),
    ("mx-09", DIR, "ISO 27001 wali SIP / VoIP integration 公司", [], [], "SIP / VoIP / softphone + certification"),
    ("mx-10", DIR, "knowledge base authoring 知识库 wali firms batao", [], [], "knowledge base / help centre"),
    (
        "mx-11",
        UN,
        "hangzhou mein buyer meetings ke liye interpreter milega? 有口译吗",
        [],
        STAFF,
        "near miss: buyer meetings are covered, interpreters are not",
    ),
    (
        "mx-12",
        UN,
        "hangzhou mein achi longjing chai kahan milegi? 龙井茶哪里买",
        [],
        STAFF,
        "off-topic: a programme city",
    ),
    ("mx-13", UN, "mera laptop bohat slow hai kya karun? 电脑很慢怎么办", [], STAFF, "off-topic"),
    (
        "mx-14",
        UN,
        "islamabad se lahore train ka kiraya kitna hai? 火车票多少钱",
        [],
        STAFF,
        "off-topic: programme cities",
    ),
]


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s35-{suffix}"
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
    deck_pdf()
    agenda_pdf()
    form_docx()
    zh_rules_docx()
    criteria_docs()
    ur_policy_docx()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote the binary and byte-exact documents, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
