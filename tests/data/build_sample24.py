#!/usr/bin/env python3
"""Build held-out sample 24 ("Scribe Silk 2061"): the PDF and DOCX programme documents, directory.csv and
questions-24.jsonl. The .md, .txt and .html documents are written by hand. expected_companies of every
directory question is computed with the filters of validate_sample24.py.

Run: /work/main/.venv/bin/python tests/data/build_sample24.py
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
import validate_sample24 as V  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from pypdf.generic import ContentStream  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

from tests.files import write_pdf  # noqa: E402

KB = HERE / "sample-24"
PROG = KB / "programme"

# ----------------------------------------------------------------------------------------------------------
# PDF: the Grant Guide, 3 pages, Table 2 continued across page breaks with the header row repeated
# ----------------------------------------------------------------------------------------------------------
HEAD = "Scribe Silk 2061 | Grant Guide | PLLTC Islamabad with SRLLA Shanghai"
T2_COLS = [52, 76, 318, 392, 466, 538]
T2_HEAD = ["No.", "Service line", "5-25 staff", "26-100 staff", "101-500 staff", "Co-funding**"]
T2_ROWS = [
    ["1", "Contract analysis & clause extraction", "1,200,000", "2,000,000", "3,000,000", "50%"],
    ["2", "E-discovery & document review", "1,000,000", "1,800,000", "2,800,000", "50%"],
    ["3", "Court & case management systems", "1,500,000", "2,500,000", "3,500,000", "40%"],
    ["4", "Legal research search engines", "1,100,000", "1,900,000", "2,600,000", "50%"],
    ["5", "E-signature & document workflow", "900,000", "1,500,000", "2,200,000", "50%"],
    ["6", "OCR & document digitisation", "800,000", "1,400,000", "2,000,000", "60%"],
    ["7", "Archive & records management", "850,000", "1,450,000", "2,100,000", "60%"],
    ["8", "Intelligent document processing - IDP", "1,000,000", "1,700,000", "2,400,000", "50%"],
    ["9", "Machine translation & localisation zh/en/ur", "1,300,000", "2,100,000", "3,200,000", "50%"],
    ["10", "Human translation & interpretation desks", "600,000", "1,000,000", "1,500,000", "70%"],
    ["11", "Speech-to-text & transcription - Urdu ASR", "1,400,000", "2,300,000", "3,400,000", "40%"],
    ["12", "Subtitle & caption services", "500,000", "900,000", "1,300,000", "70%"],
    ["13", "Data annotation for NLP", "700,000", "1,200,000", "1,800,000", "60%"],
    ["14", "AML/KYC compliance screening", "1,250,000", "2,050,000", "2,900,000", "40%"],
    ["15", "Regulatory change monitoring", "950,000", "1,600,000", "2,300,000", "50%"],
    ["16", "Trademark & patent search tools", "1,050,000", "1,750,000", "2,500,000", "50%"],
    ["17", "Customs & trade document preparation", "750,000", "1,250,000", "1,900,000", "60%"],
]
PITCH = 16


def _table(top: float, cols: list[float], header: list[str], rows: list[list[str]], right: float = 592):
    """Texts and rule lines of a ruled table whose header baseline is at `top`."""
    texts, lines = [], []
    ys = [top - PITCH * i for i in range(len(rows) + 1)]
    for y, cells in zip(ys, [header, *rows]):
        texts += [(x + 3, y, cell) for x, cell in zip(cols, cells)]
    upper, lower = top + 12, ys[-1] - 5
    lines.append((cols[0], upper, right, upper))
    lines += [(cols[0], y - 5, right, y - 5) for y in ys]
    lines += [(x, lower, x, upper) for x in [*cols, right]]
    return texts, lines, lower


def _page_frame(n: int):
    return [(50, 765, HEAD), (50, 752, "Grant Guide 2061 - version of 10 January 2061"), (272, 30, f"Page {n} of 3")]


def build_pdf(path: Path) -> None:
    # page 1
    p1 = [
        *_page_frame(1),
        (50, 722, "SCRIBE SILK 2061 GRANT GUIDE"),
        (
            50,
            704,
            "Issued by the Pakistan Legal & Language Technology Council - PLLTC - with SRLLA on 10 January 2061.",
        ),
        (50, 690, "Amounts in Pakistani rupees - PKR - unless stated. Head count bands are inclusive at both ends."),
        (50, 664, "Table 1. Grant timetable"),
    ]
    t1_texts, t1_lines, low = _table(
        644,
        [50, 262],
        ["Step", "Date or condition"],
        [
            ["Grant requested in the main application", "2 February - 15 March 2061"],
            ["Grant agreement signed", "by 31 May 2061"],
            ["First instalment, 40% of the grant", "within 15 working days of signing"],
            ["Second instalment, 40% of the grant", "after the interim report, due 30 September 2061, is approved"],
            ["Third instalment, 20% of the grant", "after the final report, due 15 January 2062, is approved"],
        ],
    )
    p1 += t1_texts
    p1.append((50, low - 26, "Table 2. Grant ceilings by service line and head count band - PKR per firm*"))
    t2_texts, t2_lines, low2 = _table(low - 48, T2_COLS, T2_HEAD, T2_ROWS[:5])
    p1 += t2_texts
    p1.append((50, low2 - 20, "Table 2 continues on page 2."))
    # page 2
    p2 = [*_page_frame(2), (50, 722, "Table 2 (continued)")]
    t2b_texts, t2b_lines, low3 = _table(700, T2_COLS, T2_HEAD, T2_ROWS[5:12])
    p2 += [*t2b_texts, (50, low3 - 20, "Table 2 continues on page 3.")]
    # page 3
    p3 = [*_page_frame(3), (50, 722, "Table 2 (continued)")]
    t2c_texts, t2c_lines, low4 = _table(700, T2_COLS, T2_HEAD, T2_ROWS[12:])
    p3 += t2c_texts
    y = low4 - 20
    for text in [
        "* Ceilings are per firm for the whole 2061 edition. Firms whose head office is in Gilgit-Baltistan or",
        "  Balochistan receive a 10% uplift on the ceiling. A consortium uses the band of its combined head count.",
        "** Co-funding: the share of eligible costs that the grant pays; the firm pays the rest.",
    ]:
        p3.append((50, y, text))
        y -= 14
    y -= 16
    p3.append((50, y, "Table 3. Buyer-side contract subsidy in China - RMB, contract value excluding VAT"))
    t3_texts, t3_lines, low5 = _table(
        y - 22,
        [50, 250, 370],
        ["Contract value band, RMB", "Subsidy rate", "Cap per contract, RMB"],
        [
            ["50,000 - 200,000", "20%", "30,000"],
            ["200,001 - 1,000,000", "15%", "120,000"],
            ["1,000,001 - 5,000,000", "10%", "400,000"],
        ],
        right=520,
    )
    p3 += t3_texts
    p3.append((50, low5 - 20, "Contracts below RMB 50,000 or above RMB 5,000,000 receive no subsidy. Exceptions and"))
    p3.append((50, low5 - 34, "regional rules for buyers: see the Chinese-language call, grant-call-zh.txt."))

    write_pdf(path, p1, rules=t1_lines + t2_lines, more_pages=[p2, p3])
    # write_pdf rules only the first page: draw the grids of the continued table on pages 2 and 3 as well
    reader = pypdf.PdfReader(str(path))
    writer = pypdf.PdfWriter(clone_from=reader)
    for page, lines in zip(writer.pages[1:], [t2b_lines, t2c_lines + t3_lines]):
        data = page.get_contents().get_data()
        data += "".join(f"0.5 w {x0} {y0} m {x1} {y1} l S\n" for x0, y0, x1, y1 in lines).encode("latin-1")
        stream = ContentStream(None, writer)
        stream.set_data(data)
        page.replace_contents(stream)
    with path.open("wb") as out:
        writer.write(out)


# ----------------------------------------------------------------------------------------------------------
# Chinese DOCX: buyer guide with three tables, the second with merged cells
# ----------------------------------------------------------------------------------------------------------
def _fill(table, rows):
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                table.cell(r, c).text = value


def build_zh_docx(path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("文书丝路2061 中方买家参会指南", style="Title")
    d.add_paragraph(
        "本指南面向参加文书丝路2061（Scribe Silk 2061）的中方买家：律师事务所、翻译机构、银行合规部门、出版社、"
        "档案馆和图书馆、跨境电商卖家、知识产权代理机构及出口企业。中方买家无需缴纳申请费。"
        "发布单位：丝路法律与语言服务联盟（SRLLA），2061年1月15日。"
    )
    d.add_heading("一、重要日期", level=1)
    t1 = d.add_table(rows=7, cols=2)
    t1.style = "Table Grid"
    _fill(
        t1,
        [
            ["事项", "日期（北京时间）"],
            ["启动网络研讨会（线上）", "2061年1月12日 18:00—20:00"],
            ["春节评审暂停", "2061年1月24日—2月4日"],
            ["巴方企业申请窗口", "2061年2月2日 12:00 至 3月15日 20:00"],
            ["中方买家合同补贴申报", "2061年4月10日—6月30日"],
            ["上海、苏州考察", "2061年5月10日—14日"],
            ["成都书展暨知识产权博览会", "2061年8月18日—21日，7号馆"],
        ],
    )
    d.add_paragraph("春节评审暂停期间，联盟评审专家不审阅申请，也不安排洽谈。")

    d.add_heading("二、软件试用席位补贴", level=1)
    d.add_paragraph(
        "中方买家试用巴方企业的软件（如合同审查、电子取证、OCR、翻译平台）时，可按部署席位数申请试用补贴。"
        "席位数按试用合同约定的用户账号数计算；各档均含上下限。下表中买家类别一栏为合并单元格，适用于其右侧各行。"
    )
    t2 = d.add_table(rows=12, cols=4)
    t2.style = "Table Grid"
    # header: category and seats merged down two rows, "补贴标准" merged across two sub-columns
    t2.cell(0, 0).merge(t2.cell(1, 0))
    t2.cell(0, 1).merge(t2.cell(1, 1))
    t2.cell(0, 2).merge(t2.cell(0, 3))
    t2.cell(0, 0).text = "买家类别"
    t2.cell(0, 1).text = "席位数（含）"
    t2.cell(0, 2).text = "补贴标准"
    t2.cell(1, 2).text = "每席位（元）"
    t2.cell(1, 3).text = "单家上限（元）"
    groups = [
        ("律师事务所", [["1—20", "800", "16,000"], ["21—100", "600", "60,000"], ["101以上", "400", "100,000"]]),
        ("翻译机构、出版社", [["1—20", "1,000", "20,000"], ["21—100", "700", "70,000"], ["101以上", "500", "120,000"]]),
        ("档案馆、图书馆", [["1—50", "1,200", "60,000"], ["51以上", "900", "150,000"]]),
        ("跨境电商卖家", [["1—20", "500", "10,000"], ["21以上", "300", "30,000"]]),
    ]
    r = 2
    for category, rows in groups:
        top = t2.cell(r, 0)
        if len(rows) > 1:
            top = top.merge(t2.cell(r + len(rows) - 1, 0))
        top.text = category
        for row in rows:
            for c, value in enumerate(row, start=1):
                t2.cell(r, c).text = value
            r += 1
    d.add_paragraph(
        "临界示例：翻译机构试用正好20个席位，按每席位1,000元计，补贴20,000元；试用21个席位，适用下一档。"
        "银行合规部门不适用席位补贴，可申报合同补贴（见补贴申报通知）。"
    )

    d.add_heading("三、洽谈桌费退款", level=1)
    d.add_paragraph(
        "成都书展暨知识产权博览会中方买家洽谈桌费为每张3,800元。退订时按距开幕日（2061年8月18日）的天数退款："
    )
    t3 = d.add_table(rows=5, cols=2)
    t3.style = "Table Grid"
    _fill(
        t3,
        [
            ["距开幕日天数", "退款比例"],
            ["60天及以上", "100%"],
            ["30—59天", "50%"],
            ["15—29天", "25%"],
            ["14天及以内", "不予退款"],
        ],
    )
    d.add_paragraph(
        "例外：因主办方调整展期或展馆而退订的，不论距开幕日多少天，均全额退款。"
        "临界示例：开幕前正好30天（2061年7月19日）退订，退款50%。"
    )
    d.add_paragraph("联系方式：成都联络处 chengdu@srlla.example，电话 +86 28 8519 0036。")
    d.save(str(path))


# ----------------------------------------------------------------------------------------------------------
# Urdu DOCX, right-to-left: voucher instalments and budget
# ----------------------------------------------------------------------------------------------------------
def _rtl_paragraph(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(OxmlElement("w:bidi"))
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "right")
    ppr.append(jc)
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:rtl"))


def build_ur_docx(path: Path) -> None:
    d = docx.Document()
    paragraphs = [
        ("Title", "اسکرائب سلک ۲۰۶۱ — لوکلائزیشن واؤچر: اقساط اور بجٹ"),
        (
            None,
            "لوکلائزیشن واؤچر کی کال ۵ جون ۲۰۶۱ کو کھلے گی اور ۳۰ جون ۲۰۶۱ کو بند ہوگی۔ درخواست صرف منتخب کمپنیاں دے سکتی ہیں۔",
        ),
        (
            None,
            "ایک واؤچر کی زیادہ سے زیادہ مالیت ۵,۰۰,۰۰۰ روپے (پانچ لاکھ روپے) ہے۔ کمپنی کو منصوبے کی لاگت کا کم از کم ۲۰ فیصد خود ادا کرنا ہوگا۔",
        ),
        (None, "اسکیم کا کل بجٹ ۱۲ کروڑ روپے ہے، جس سے ۲۴۰ واؤچر دیے جائیں گے۔"),
        (
            None,
            "واؤچر صرف چینی، انگریزی اور اردو کے درمیان مشینی ترجمے، لوکلائزیشن اور انسانی ترجمے پر خرچ کیا جا سکتا ہے۔",
        ),
        ("Heading 1", "اقساط کی تفصیل (پورے واؤچر کے لیے)"),
    ]
    for style, text in paragraphs:
        p = d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
        _rtl_paragraph(p)
    rows = [
        ["قسط", "کب ادا ہوگی", "رقم (ہندسوں میں)", "رقم (لاکھ میں)", "رقم (الفاظ میں)"],
        ["پہلی", "واؤچر کی منظوری پر", "200,000", "۲,۰۰,۰۰۰ روپے", "دو لاکھ روپے"],
        ["دوسری", "پہلے مرحلے کی تکمیل پر", "150,000", "۱,۵۰,۰۰۰ روپے", "ڈیڑھ لاکھ روپے"],
        ["تیسری", "حتمی رپورٹ کی منظوری کے ۲۱ دن کے اندر", "150,000", "۱,۵۰,۰۰۰ روپے", "ڈیڑھ لاکھ روپے"],
        ["کل", "", "500,000", "۵,۰۰,۰۰۰ روپے", "پانچ لاکھ روپے"],
    ]
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    tblpr = table._tbl.tblPr
    tblpr.append(OxmlElement("w:bidiVisual"))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            for p in cell.paragraphs:
                _rtl_paragraph(p)
    for text in [
        "چھوٹے واؤچر کی صورت میں ہر قسط اسی تناسب سے کم ہوگی: ۴۰ فیصد، ۳۰ فیصد اور ۳۰ فیصد۔",
        "ادائیگی صرف پاکستان میں روپے کے کاروباری بینک اکاؤنٹ میں ہوگی۔",
        "رابطہ: vouchers@plltc.example ، فون ۰۵۱-۲۸۷۰۴۴۲۲",
    ]:
        _rtl_paragraph(d.add_paragraph(text))
    d.save(str(path))


# ----------------------------------------------------------------------------------------------------------
# Directory
# ----------------------------------------------------------------------------------------------------------
# (name, name_zh, country, city, founded, employees, services, industries, technologies, certifications,
#  languages, description, description_zh, slug, pitched)
COMPANIES = [
    (
        "Qalam Contract Intelligence (Pvt) Ltd",
        "卡拉姆合同智能",
        "PK",
        "Karachi",
        2041,
        140,
        "contract analysis;clause extraction;due diligence support",
        "legal services;banking",
        "Python;spaCy;Azure",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Builds contract analysis software that extracts clauses and obligations from English and Urdu agreements.",
        "为律师事务所和银行提供合同条款抽取与分析软件。",
        "qalamci",
        "no",
    ),
    (
        "Nastaliq Vision Labs",
        "纳斯塔利克视觉实验室",
        "PK",
        "Lahore",
        2044,
        62,
        "OCR (Nastaliq);document digitisation;archive management",
        "government;libraries",
        "PyTorch;Tesseract",
        "ISO 9001",
        "Urdu;English",
        "Reads printed and handwritten Nastaliq Urdu and digitises land, court and library records.",
        "专注乌尔都语纳斯塔利克体文字识别与档案数字化。",
        "nastaliqvision",
        "yes",
    ),
    (
        "Ravi Records Systems (Pvt) Ltd",
        "",
        "PK",
        "Lahore",
        2036,
        210,
        "records management;archival digitisation;optical character recognition",
        "archives;government",
        "Java;PostgreSQL",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Runs records centres and archival scanning lines for public bodies in Punjab.",
        "",
        "ravirecords",
        "no",
    ),
    (
        "Margalla Discovery Partners",
        "马尔加拉取证合伙",
        "PK",
        "Islamabad",
        2039,
        180,
        "e-discovery;document review (small teams);litigation support",
        "legal services;corporate",
        "Python;Elasticsearch",
        "ISO 27001",
        "English;Urdu",
        "Provides e-discovery processing and managed document review for cross-border disputes.",
        "为跨境争议提供电子取证与文件审阅服务。",
        "margalladiscovery",
        "yes",
    ),
    (
        "Sindh eDiscovery Services",
        "",
        "PK",
        "Karachi",
        2047,
        45,
        "ediscovery;technology-assisted review;privilege log preparation",
        "legal services",
        "Elasticsearch;Python",
        "none",
        "English",
        "Small ediscovery shop offering technology-assisted review for law firms.",
        "",
        "sindhediscovery",
        "no",
    ),
    (
        "Chenab Lingua Bridge",
        "杰纳布语言桥",
        "PK",
        "Faisalabad",
        2049,
        38,
        "Chinese-Urdu MT;MT post-editing;data labelling",
        "e-commerce;publishing",
        "Python;PyTorch",
        "none",
        "Urdu;English;Mandarin",
        "Trains Chinese-Urdu machine translation engines and post-edits their output for sellers and publishers.",
        "提供中乌机器翻译及译后编辑。",
        "chenablingua",
        "yes",
    ),
    (
        "Khyber Interpreters Desk",
        "开伯尔口译台",
        "PK",
        "Peshawar",
        2043,
        27,
        "interpretation;legal translation;certified translation",
        "legal services;government",
        "",
        "",
        "Pashto;Urdu;English;Mandarin",
        "Interpreting and certified legal translation desk serving courts and trade delegations.",
        "",
        "khyberdesk",
        "no",
    ),
    (
        "Bolan Compliance Screening",
        "",
        "PK",
        "Quetta",
        2046,
        33,
        "KYC/AML;sanctions screening",
        "banking;microfinance",
        "Python;Neo4j",
        "none",
        "English;Urdu",
        "Screens customers of banks and microfinance lenders against sanctions and watch lists.",
        "",
        "bolanscreening",
        "no",
    ),
    (
        "Indus Speech Works (Pvt) Ltd",
        "印度河语音工场",
        "PK",
        "Karachi",
        2040,
        95,
        "Urdu ASR;speech-to-text;court transcription",
        "legal services;media",
        "PyTorch;Kubernetes",
        "ISO 27001",
        "Urdu;English;Sindhi",
        "Builds Urdu and Sindhi speech recognition and transcribes court hearings.",
        "乌尔都语语音识别与庭审转写。",
        "indusspeech",
        "yes",
    ),
    (
        "Lahore Caption House",
        "拉合尔字幕之家",
        "PK",
        "Lahore",
        2050,
        22,
        "subtitling;closed captions",
        "media;education",
        "Python",
        "none",
        "Urdu;English;Punjabi",
        "Subtitles and captions for documentaries, lectures and streaming shows.",
        "",
        "captionhouse",
        "no",
    ),
    (
        "Potohar E-Sign Solutions",
        "波托哈尔电子签名",
        "PK",
        "Rawalpindi",
        2045,
        70,
        "e-signature;document workflow;digital onboarding",
        "banking;telecom",
        "Java;Spring;PKI",
        "ISO 27001",
        "English;Urdu",
        "E-signature platform with approval workflows for banks and telecom operators.",
        "面向银行和电信企业的电子签名平台。",
        "potoharesign",
        "no",
    ),
    (
        "Clifton DocuFlow",
        "",
        "PK",
        "Karachi",
        2042,
        115,
        "electronic signature;e-sign & document workflow;web development;mobile apps",
        "real estate;insurance",
        ".NET;React",
        "CMMI Level 3",
        "English;Urdu",
        "Document workflow and electronic signature for insurers and property developers.",
        "",
        "docuflow",
        "yes",
    ),
    (
        "Shalimar LegalTech",
        "夏利马尔法律科技",
        "PK",
        "Lahore",
        2038,
        88,
        "e-signature;contract lifecycle management (CLM);contract review automation",
        "legal services;corporate",
        "Node.js;React;AWS",
        "ISO 9001",
        "English;Urdu",
        "Contract lifecycle management suite with automated contract review and signing.",
        "合同全生命周期管理与自动审查。",
        "shalimarlegal",
        "no",
    ),
    (
        "Faisal Avenue Signatures",
        "",
        "PK",
        "Islamabad",
        2051,
        18,
        "digital signing;document workflow automation",
        "government;NGOs",
        "Go;PKI",
        "none",
        "English;Urdu",
        "Digital signing and paperless approvals for ministries and NGOs.",
        "",
        "faisalsign",
        "no",
    ),
    (
        "Gulberg Discovery Lab",
        "古尔伯格取证实验室",
        "PK",
        "Lahore",
        2037,
        260,
        "eDiscovery & document review;forensic data collection",
        "legal services;banking",
        "Python;Elasticsearch;Azure",
        "ISO 27001;SOC 2",
        "English;Urdu",
        "Large review centre collecting, processing and reviewing documents for litigation and investigations.",
        "大型电子取证与文件审阅中心。",
        "gulbergdiscovery",
        "no",
    ),
    (
        "Saddar Review Services",
        "",
        "PK",
        "Karachi",
        2048,
        101,
        "document review;legal process outsourcing (LPO)",
        "legal services",
        "Python",
        "none",
        "English;Urdu",
        "Legal process outsourcing centre doing first-level document review.",
        "",
        "saddarreview",
        "no",
    ),
    (
        "Jinnah Avenue Case Systems",
        "真纳大道案件系统",
        "PK",
        "Islamabad",
        2035,
        230,
        "court case management system;e-filing portals;cause list automation",
        "courts;government",
        "Java;Oracle",
        "ISO 9001;CMMI Level 5",
        "English;Urdu",
        "Builds case management and e-filing systems for high courts and tribunals.",
        "为法院开发案件管理与电子立案系统。",
        "jinnahcase",
        "yes",
    ),
    (
        "Kohat Court Tech",
        "",
        "PK",
        "Peshawar",
        2046,
        40,
        "case management software;court transcription",
        "courts",
        "PHP;MySQL",
        "none",
        "Urdu;Pashto;English",
        "Case management software and hearing transcripts for district courts.",
        "",
        "kohatcourt",
        "no",
    ),
    (
        "Multan Judicial Software House",
        "木尔坦司法软件",
        "PK",
        "Multan",
        2043,
        55,
        "court management systems;judgment database",
        "courts;bar associations",
        "Laravel;Vue",
        "ISO 9001",
        "Urdu;English;Saraiki",
        "Court management systems and a searchable judgment database for southern Punjab.",
        "",
        "multanjudicial",
        "yes",
    ),
    (
        "Qanoon Search (Pvt) Ltd",
        "法典搜索",
        "PK",
        "Lahore",
        2040,
        75,
        "legal research search engine;case-law search;statute search;API access for publishers",
        "legal services;universities",
        "Elasticsearch;Python",
        "none",
        "English;Urdu",
        "Legal research search engine covering Pakistani case law and statutes.",
        "巴基斯坦判例与法规检索引擎。",
        "qanoonsearch",
        "yes",
    ),
    (
        "Nazir Law Index",
        "",
        "PK",
        "Islamabad",
        2047,
        20,
        "legal search;citation index",
        "legal services",
        "Solr;Java",
        "none",
        "English;Urdu",
        "Citation index and legal search for chambers and law schools.",
        "",
        "nazirindex",
        "no",
    ),
    (
        "Hyderabad Legal Finder",
        "",
        "PK",
        "Hyderabad",
        2049,
        30,
        "legal research & alerts;regulatory alerts",
        "legal services;banking",
        "Python",
        "ISO 27001",
        "English;Urdu;Sindhi",
        "Legal research with e-mail alerts on new judgments and regulatory notices.",
        "",
        "legalfinder",
        "no",
    ),
    (
        "Attock Regulatory Watch",
        "阿托克监管观察",
        "PK",
        "Islamabad",
        2039,
        240,
        "regulatory change monitoring;compliance monitoring",
        "banking;telecom;insurance",
        "Python;Kafka",
        "ISO 27001",
        "English;Urdu",
        "Tracks regulatory changes from central banks and regulators and maps them to client obligations.",
        "监管变化监测与合规义务映射。",
        "attockwatch",
        "no",
    ),
    (
        "Clifton RegTech",
        "",
        "PK",
        "Karachi",
        2044,
        205,
        "regtech;AML screening;KYC",
        "banking;fintech",
        "Java;Kafka",
        "ISO 27001;PCI DSS",
        "English;Urdu",
        "Regtech platform for AML screening and KYC onboarding at banks and fintechs.",
        "",
        "cliftonregtech",
        "yes",
    ),
    (
        "Mall Road KYC Lab",
        "",
        "PK",
        "Lahore",
        2048,
        48,
        "know-your-customer checks;anti-money laundering screening",
        "microfinance;banking",
        "Python;React",
        "ISO 27001",
        "English;Urdu",
        "Know-your-customer checks and anti-money laundering screening for microfinance banks.",
        "",
        "kyclab",
        "no",
    ),
    (
        "Blue Area Screening Co.",
        "蓝区筛查",
        "PK",
        "Islamabad",
        2043,
        90,
        "AML/KYC compliance;adverse media search",
        "banking",
        "Scala;Spark",
        "ISO 27001",
        "English;Urdu",
        "AML/KYC compliance screening with adverse media search.",
        "",
        "blueareascreening",
        "no",
    ),
    (
        "Pindi Risk Analytics",
        "",
        "PK",
        "Rawalpindi",
        2053,
        15,
        "反洗钱筛查 (AML screening);risk scoring",
        "fintech",
        "Python",
        "none",
        "English;Urdu;Mandarin",
        "Risk scoring and AML screening for Chinese and Pakistani fintech clients.",
        "为中巴金融科技客户提供反洗钱筛查。",
        "pindirisk",
        "no",
    ),
    (
        "Saddar Trademark Search",
        "",
        "PK",
        "Karachi",
        2046,
        35,
        "trademark search;trade mark watch",
        "IP law firms",
        "Python",
        "none",
        "English;Urdu",
        "Trademark search and watch services for IP law firms.",
        "",
        "saddartm",
        "no",
    ),
    (
        "Lahore Patent Analytics",
        "拉合尔专利分析",
        "PK",
        "Lahore",
        2041,
        58,
        "patent search;patent analytics;商标检索",
        "IP agencies;universities",
        "Python;Neo4j",
        "ISO 9001",
        "English;Urdu;Mandarin",
        "Patent search and analytics, with Chinese trademark searches for exporters.",
        "专利检索分析及中国商标检索。",
        "lahorepatent",
        "yes",
    ),
    (
        "Margalla IP Tools",
        "",
        "PK",
        "Islamabad",
        2049,
        26,
        "IP search tools;brand monitoring",
        "IP agencies",
        "Go",
        "none",
        "English",
        "Software tools for IP search and online brand monitoring.",
        "",
        "margallaip",
        "no",
    ),
    (
        "Sialkot Trade Papers",
        "锡亚尔科特贸易单证",
        "PK",
        "Sialkot",
        2044,
        42,
        "customs documentation;export documentation;letters of credit documentation",
        "exporters;sports goods",
        "Excel VBA;.NET",
        "none",
        "English;Urdu;Punjabi",
        "Prepares customs, export and letter-of-credit documents for Sialkot exporters.",
        "为锡亚尔科特出口商制作报关和信用证单据。",
        "sialkotpapers",
        "no",
    ),
    (
        "Sialkot Export Docs Hub",
        "",
        "PK",
        "Sialkot",
        2051,
        16,
        "customs & trade documents;freight forwarding support",
        "exporters;surgical instruments",
        "Odoo",
        "",
        "English;Urdu",
        "Customs and trade documents for surgical and sports goods exporters.",
        "",
        "exportdocshub",
        "yes",
    ),
    (
        "Karachi Port Docs",
        "",
        "PK",
        "Karachi",
        2038,
        130,
        "customs brokerage software;trade document preparation;EDI integration",
        "logistics;shipping",
        "Java;Oracle",
        "ISO 9001",
        "English;Urdu",
        "Customs brokerage software and trade document preparation for shipping lines.",
        "",
        "portdocs",
        "no",
    ),
    (
        "Gwadar Trade Link",
        "瓜达尔贸易通",
        "PK",
        "Gwadar",
        2054,
        14,
        "trade document prep;Chinese-English translation",
        "logistics;ports",
        "",
        "none",
        "English;Urdu;Balochi;Mandarin",
        "Trade paperwork and Chinese-English translation for port users.",
        "",
        "gwadarlink",
        "no",
    ),
    (
        "Multan Annotation Works",
        "木尔坦标注工场",
        "PK",
        "Multan",
        2052,
        65,
        "NLP data annotation;text annotation (Urdu);data entry",
        "AI companies",
        "Label Studio;Python",
        "none",
        "Urdu;English;Saraiki",
        "Annotates Urdu and Saraiki text for NLP model training.",
        "",
        "multanannotation",
        "no",
    ),
    (
        "Faisalabad Corpus Labs",
        "",
        "PK",
        "Faisalabad",
        2050,
        34,
        "corpus building;natural language processing",
        "universities;AI companies",
        "Python;spaCy",
        "none",
        "Urdu;English;Punjabi",
        "Builds Urdu and Punjabi text corpora and natural language processing tools.",
        "",
        "corpuslabs",
        "no",
    ),
    (
        "Indus IDP Systems",
        "印度河智能文档",
        "PK",
        "Karachi",
        2042,
        150,
        "IDP;invoice data capture;OCR",
        "banking;retail",
        "Python;Azure",
        "ISO 27001",
        "English;Urdu",
        "IDP platform that captures invoice data with OCR and validation rules.",
        "发票智能识别与数据采集平台。",
        "indusidp",
        "yes",
    ),
    (
        "Lahore Forms AI",
        "",
        "PK",
        "Lahore",
        2047,
        52,
        "intelligent document processing (invoices & forms);optical charachter recognition",
        "insurance;logistics",
        "Python;PyTorch",
        "ISO 9001",
        "English;Urdu",
        "Intelligent document processing for insurance claim forms and logistics invoices.",
        "",
        "formsai",
        "no",
    ),
    (
        "Islamabad Paperless Co.",
        "",
        "PK",
        "Islamabad",
        2045,
        85,
        "智能文档处理 (IDP);e-filing portals",
        "government",
        ".NET",
        "CMMI Level 3",
        "English;Urdu;Mandarin",
        "Paperless office projects for government departments.",
        "",
        "paperless",
        "no",
    ),
    (
        "Karachi Archive & Scan",
        "卡拉奇档案扫描",
        "PK",
        "Karachi",
        2045,
        110,
        "scanning and digitisation;OCR;records & archive management",
        "hospitals;archives",
        "Java",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Scanning bureau and records centre for hospitals and archives in Sindh.",
        "为信德省医院和档案馆提供扫描与档案管理。",
        "archivescan",
        "no",
    ),
    (
        "Islamabad Voice Analytics",
        "伊斯兰堡语音分析",
        "PK",
        "Islamabad",
        2044,
        120,
        "speech recognition;voice analytics;call centre QA",
        "telecom;banking",
        "PyTorch;Kubernetes",
        "ISO 27001",
        "English;Urdu",
        "Speech recognition and voice analytics for call centres of banks and telcos.",
        "",
        "voiceanalytics",
        "yes",
    ),
    (
        "Capital ASR Labs",
        "",
        "PK",
        "Islamabad",
        2051,
        24,
        "ASR (Urdu, Punjabi);transcription services",
        "media;government",
        "PyTorch",
        "none",
        "Urdu;Punjabi;English",
        "Urdu and Punjabi ASR models and human-checked transcription.",
        "",
        "capitalasr",
        "no",
    ),
    (
        "Korangi Transcripts",
        "",
        "PK",
        "Karachi",
        2049,
        31,
        "audio transcripton;medical transcription",
        "healthcare;legal services",
        "",
        "none",
        "English;Urdu",
        "Audio and medical transcription with Urdu and English typists.",
        "",
        "korangitranscripts",
        "no",
    ),
    (
        "Seaview Subtitles",
        "海景字幕",
        "PK",
        "Karachi",
        2046,
        48,
        "subtitles;dubbing;voice-over",
        "media;streaming",
        "Python",
        "none",
        "Urdu;English",
        "Subtitles, dubbing and voice-over for streaming platforms.",
        "",
        "seaviewsubs",
        "no",
    ),
    (
        "Rawalpindi Media Captions",
        "",
        "PK",
        "Rawalpindi",
        2044,
        50,
        "captioning;subtitle & caption services",
        "broadcasting",
        "",
        "ISO 9001",
        "Urdu;English",
        "Live captioning for news channels and subtitle files for broadcasters.",
        "",
        "pindicaptions",
        "no",
    ),
    (
        "Sino-Urdu Machine Translation Ltd",
        "中乌机器翻译",
        "PK",
        "Islamabad",
        2042,
        160,
        "neural machine translation;localisation",
        "e-commerce;government",
        "PyTorch;Kubernetes",
        "ISO 27001",
        "Urdu;English;Mandarin",
        "Neural machine translation between Chinese, Urdu and English, with localisation services.",
        "中文、乌尔都语、英语之间的神经机器翻译与本地化。",
        "sinourdumt",
        "yes",
    ),
    (
        "Hyderabad Localization Studio",
        "",
        "PK",
        "Hyderabad",
        2050,
        19,
        "software localization;machine translation (zh/en/ur);desktop publishing",
        "software;games",
        "Python",
        "none",
        "Sindhi;Urdu;English;Mandarin",
        "Localises apps and games into Urdu, Sindhi and Chinese using machine translation and review.",
        "",
        "localizationstudio",
        "no",
    ),
    (
        "Frontier Language Services",
        "边境语言服务",
        "PK",
        "Peshawar",
        2047,
        44,
        "Urdu–Chinese translation;consecutive interpretation;simultaneous interpreting",
        "government;trade",
        "",
        "ISO 17100",
        "Urdu;Pashto;English;Mandarin",
        "Translation and interpreting for trade missions between Khyber Pakhtunkhwa and western China.",
        "为开伯尔-普什图省与中国西部的贸易往来提供笔译和口译。",
        "frontierlang",
        "no",
    ),
    (
        "Karakoram Clause AI",
        "",
        "PK",
        "Gilgit",
        2055,
        11,
        "clause extraction (small teams);contract analytics",
        "legal services",
        "Python",
        "none",
        "English;Urdu",
        "Clause extraction and contract analytics for small legal teams.",
        "",
        "karakoramclause",
        "no",
    ),
    (
        "Skardu Legal Analytics",
        "斯卡杜法律分析",
        "PK",
        "Skardu",
        2056,
        9,
        "合同审查 (contract review);legal drafting support",
        "legal services",
        "Python",
        "CMMI Level 3",
        "English;Urdu;Mandarin",
        "Contract review and drafting support for Chinese clients of Pakistani law firms.",
        "为中国客户提供合同审查与起草支持。",
        "skardulegal",
        "no",
    ),
    (
        "Shanghai Jinqiao Law Offices",
        "上海金桥律师事务所",
        "CN",
        "Shanghai",
        2031,
        320,
        "cross-border litigation;foreign-related arbitration;涉外法律服务",
        "legal services",
        "",
        "none",
        "Mandarin;English",
        "Shanghai law firm handling cross-border disputes; buys e-discovery and translation services.",
        "上海涉外律师事务所，采购电子取证与翻译服务。",
        "jinqiaolaw",
        "no",
    ),
    (
        "Huangpu Language Services Co., Ltd.",
        "上海黄浦语言服务有限公司",
        "CN",
        "Shanghai",
        2036,
        140,
        "translation agency;localization project management;译后编辑",
        "publishing;e-commerce",
        "Trados-compatible TMS",
        "ISO 17100",
        "Mandarin;English",
        "Translation agency that subcontracts Urdu and English work.",
        "翻译公司，外包乌尔都语和英语业务。",
        "huangpulang",
        "no",
    ),
    (
        "Pujiang Archives Consulting",
        "浦江档案咨询",
        "CN",
        "Shanghai",
        2046,
        60,
        "档案数字化咨询;records consulting",
        "archives;libraries",
        "",
        "ISO 9001",
        "Mandarin",
        "Advises archives and libraries on digitisation projects.",
        "",
        "pujiangarchives",
        "no",
    ),
    (
        "Shenzhen Nanhai Cross-Border Commerce Co.",
        "深圳南海跨境电商有限公司",
        "CN",
        "Shenzhen",
        2040,
        210,
        "cross-border e-commerce;marketplace operations;跨境电商",
        "e-commerce",
        "",
        "none",
        "Mandarin;English",
        "Cross-border seller that needs Urdu product listings.",
        "需要乌尔都语商品页面的跨境卖家。",
        "nanhaicb",
        "no",
    ),
    (
        "Shenzhen Huaxin IP Agency",
        "深圳华信知识产权代理",
        "CN",
        "Shenzhen",
        2034,
        85,
        "商标代理;专利检索;trademark watch",
        "IP services",
        "",
        "none",
        "Mandarin;English",
        "IP agency filing trademarks and patents for Chinese exporters in South Asia.",
        "为中国出口企业在南亚申请商标和专利。",
        "huaxinip",
        "no",
    ),
    (
        "Guangzhou Lingnan Trade Documents Co.",
        "广州岭南单证服务有限公司",
        "CN",
        "Guangzhou",
        2038,
        55,
        "单证服务;export declaration",
        "exporters",
        "",
        "",
        "Mandarin",
        "Prepares export declarations for exporters shipping to Pakistan.",
        "",
        "lingnandocs",
        "no",
    ),
    (
        "Beijing Zhengyuan Law Firm",
        "北京正源律师事务所",
        "CN",
        "Beijing",
        2030,
        400,
        "compliance advisory;data compliance;合规咨询",
        "banking;legal services",
        "",
        "none",
        "Mandarin;English",
        "Beijing law firm advising bank compliance departments.",
        "为银行合规部门提供法律服务。",
        "zhengyuanlaw",
        "no",
    ),
    (
        "Beijing Hanyu Publishing House",
        "北京瀚语出版社",
        "CN",
        "Beijing",
        2033,
        180,
        "publishing;copyright licensing;版权贸易;Urdu rights acquisition",
        "publishing",
        "",
        "none",
        "Mandarin",
        "Publisher licensing Chinese titles for Urdu translation.",
        "",
        "hanyupub",
        "no",
    ),
    (
        "Chengdu Tianfu Library Services",
        "成都天府图书馆服务",
        "CN",
        "Chengdu",
        2042,
        75,
        "library digitisation procurement;古籍数字化",
        "libraries",
        "",
        "ISO 9001",
        "Mandarin",
        "Procures digitisation of rare books and periodicals for libraries in Sichuan.",
        "",
        "tianfulib",
        "no",
    ),
    (
        "Hangzhou Xizi Translation Co.",
        "杭州西子翻译有限公司",
        "CN",
        "Hangzhou",
        2037,
        300,
        "翻译;口译;machine translation post-editing",
        "e-commerce;publishing",
        "",
        "ISO 17100",
        "Mandarin;English",
        "Translation company buying Urdu machine translation post-editing capacity.",
        "",
        "xizitrans",
        "no",
    ),
]


def directory_rows() -> list[dict[str, str]]:
    rows, counters = [], {"PK": 0, "CN": 0}
    for (
        name,
        name_zh,
        country,
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
        slug,
        pitched,
    ) in COMPANIES:
        counters[country] += 1
        rows.append(
            {
                "id": f"{country}-{counters[country]:03d}",
                "name": name,
                "name_zh": name_zh,
                "country": country,
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
                "website": f"https://{slug}.example",
                "contact_email": f"info@{slug}.example",
                "pitched_at_webinar": pitched,
            }
        )
    return rows


def write_directory(path: Path, rows: list[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


# ----------------------------------------------------------------------------------------------------------
# Questions
# ----------------------------------------------------------------------------------------------------------
RULES, TARIFF, OFFICES, PDF = (
    "participation-rules.txt",
    "tariff-catalogue.txt",
    "offices-support.html",
    "grant-guide-2061.pdf",
)
OVERVIEW, QA, CALLZH, ZHDOCX = "overview.md", "applicant-qa.md", "grant-call-zh.txt", "buyer-guide-zh.docx"
URDOCX, URMD, TRACKS, CORR = (
    "voucher-instalments-ur.docx",
    "study-tour-fair-ur.md",
    "matchmaking-tracks.html",
    "corrigendum-01.md",
)
GLOSS, CHANGES = "glossary.md", "changes-since-2059.md"
STAFF = ["scribesilk@plltc.example", "+92 51 2870 4410"]


def q(qid, kind, question, sources=(), answers=(), note=""):
    lang = V.LANG_OF_PREFIX[qid.split("-")[1]]
    return {
        "id": qid,
        "lang": lang,
        "kind": kind,
        "question": question,
        "expected_sources": list(sources),
        "expected_companies": [],
        "answer_must_contain_any": list(answers),
        "note": note,
    }


P, D, U = "programme", "directory", "unanswerable"
QUESTIONS = [
    # ---------------- en (20): programme 9, directory 6, unanswerable 5
    q(
        "s24-en-01",
        P,
        "hi, we're a 140-person contract review shop in karachi. what application fee do we pay for scribe silk 2061?",
        [CORR],
        ["PKR 40,000", "40,000"],
        "band lookup with the asker's head count (101-250); Corrigendum No. 1 changed the fee from 45,000 to 40,000",
    ),
    q(
        "s24-en-02",
        P,
        "when exactly does the application window close, and is that pakistan time or china time??",
        [RULES, OVERVIEW, CORR],
        ["15 March 2061", "15 March"],
        "closing date and time zone (17:00 PKT / 20:00 CST); not changed by the corrigendum",
    ),
    q(
        "s24-en-03",
        P,
        "three of us are tiny firms (2-3 people each) and want to apply together as a consortium. how much is the fee for the group?",
        [RULES],
        ["PKR 25,000", "25,000"],
        "figure stated only in the fee-table footnote of the rules; consortium exception",
    ),
    q(
        "s24-en-04",
        P,
        "we do urdu speech-to-text, 60 staff. what's the most grant we could get under scribe silk?",
        [PDF],
        ["2,300,000", "23,00,000"],
        "Table 2 row 11 on page 2 of the PDF (continued table), band 26-100",
    ),
    q(
        "s24-en-05",
        P,
        "quick one - what do you count as one 'page' when billing translation?",
        [GLOSS, TARIFF],
        ["250 words"],
        "glossary term",
    ),
    q(
        "s24-en-06",
        P,
        "how big is the total budget of the localisation voucher scheme?",
        [URDOCX],
        ["۱۲ کروڑ", "12 کروڑ", "12 crore", "120,000,000", "120 million"],
        "computed: fact stated only in Urdu (۱۲ کروڑ روپے, Urdu digits); 12 crore = 120,000,000",
    ),
    q(
        "s24-en-07",
        P,
        "in the 2059 pilot the grant cap was 10 lakh. is it still the same for 2061 or higher now?",
        [CHANGES, PDF],
        ["3,500,000", "35,00,000"],
        "2059 vs 2061: must not answer with the 2059 figure 1,000,000",
    ),
    q(
        "s24-en-08",
        P,
        "we're in the language services track and want to meet publishers at the fair. what share of the travel cost do we pay ourselves?",
        [TRACKS],
        ["30%"],
        "answer sits under the merged Track B cell (rowspan); Track C publishers would be 25%",
    ),
    q(
        "s24-en-09",
        P,
        "whats the hall number for the chengdu fair and when does it open?",
        [OVERVIEW, URMD, RULES, TRACKS],
        ["Hall 7"],
        "two questions in one message; key fact listed: the hall (dates 18-21 August 2061)",
    ),
    q(
        "s24-en-10",
        D,
        "looking for OCR vendors based in lahore, who do you have?",
        note="service + city; OCR written as 'OCR', 'optical character recognition' and a typo",
    ),
    q(
        "s24-en-11",
        D,
        "we need an e-discovery partner with more than 100 staff, any names?",
        note="service + size (>100); 'e-discovery', 'ediscovery', 'eDiscovery', 'document review'",
    ),
    q(
        "s24-en-12",
        D,
        "any companies doing intelligent document processing? we have piles of invoices and forms",
        note="acronym asked spelled out: directory writes IDP, 'intelligent document processing' and 智能文档处理",
    ),
    q(
        "s24-en-13",
        D,
        "contract analysis firms that do NOT hold ISO 27001 please",
        note="service without certification X",
    ),
    q(
        "s24-en-14",
        D,
        "which machine translation companies pitched at the 2022 webinar?",
        note="pitched at the 23 Feb 2022 webinar + service (MT written as MT, NMT, machine translation)",
    ),
    q(
        "s24-en-15",
        D,
        "which chinese companies from shanghai are in your directory?",
        note="Chinese firms taking part, limited to a city",
    ),
    q(
        "s24-en-16",
        U,
        "is there a scribe silk office in quetta? need the address and phone",
        answers=STAFF,
        note="near miss: Quetta is listed among the cities with no office",
    ),
    q(
        "s24-en-17",
        U,
        "what's the language desk rate for arabic to chinese translation per page?",
        answers=STAFF,
        note="near miss: the tariff catalogue has no Arabic language pair",
    ),
    q(
        "s24-en-18",
        U,
        "what's the weather usually like in shanghai in may? packing for the study tour",
        note="off-topic: weather, uses programme words",
    ),
    q(
        "s24-en-19",
        U,
        "my phone screen cracked, any good repair shop near blue area islamabad?",
        note="off-topic: phone repair",
    ),
    q("s24-en-20", U, "who won the psl final this year?", note="off-topic: sports"),
    # ---------------- zh (18): programme 9, directory 5, unanswerable 4
    q(
        "s24-zh-01",
        P,
        "我们是成都的出版社，和巴方签了50万元的翻译合同，大概能拿多少补贴？",
        [CALLZH],
        ["10万", "十万", "100,000"],
        "computed: 500,000 x (15% + 5 points western uplift for Sichuan) = 100,000, under the 120,000 cap",
    ),
    q(
        "s24-zh-02",
        P,
        "补贴资金池一共有多少钱？",
        [CALLZH],
        ["1.2亿", "12,000万"],
        "fact stated only in the Chinese call (亿 and 万)",
    ),
    q(
        "s24-zh-03",
        P,
        "补贴申请交上去以后多久能审核完呀",
        [CALLZH],
        ["十五个工作日", "15个工作日"],
        "figure written in Chinese numerals only (十五个工作日)",
    ),
    q(
        "s24-zh-04",
        P,
        "我们是翻译公司，打算试用50个席位，每个席位补贴多少钱",
        [ZHDOCX],
        ["700"],
        "answer sits under a merged category cell of the docx table (翻译机构、出版社), band 21-100",
    ),
    q(
        "s24-zh-05",
        P,
        "展会开幕前40天退洽谈桌，能退多少？",
        [ZHDOCX],
        ["50%"],
        "refund band by days before the fair (30-59 days)",
    ),
    q(
        "s24-zh-06",
        P,
        "我们是国有大行的合规部，签了合同能申请这个补贴吗",
        [CALLZH],
        ["不享受"],
        "exception for one kind of buyer",
    ),
    q("s24-zh-07", P, "口译A级夜班一小时多少钱？", [TARIFF], ["12,500"], "grade x shift lookup; fact only in English"),
    q(
        "s24-zh-08",
        P,
        "中方买家补贴几号开始申报啊",
        [CALLZH, ZHDOCX],
        ["四月十日", "4月10日"],
        "date written in Chinese form (二〇六一年四月十日) and in digits",
    ),
    q(
        "s24-zh-09",
        P,
        "申请截止前48小时系统全挂了，客服多久响应？",
        [OFFICES],
        ["30 minutes"],
        "SLA by severity (1) x time window (final 48 hours); English-only fact",
    ),
    q(
        "s24-zh-10",
        D,
        "有没有做语音转写的巴基斯坦公司？要在卡拉奇的",
        note="Chinese need (语音转写) that the directory writes in English (ASR, speech-to-text, transcription) + city",
    ),
    q(
        "s24-zh-11",
        D,
        "想找做反洗钱和KYC筛查的公司，伊斯兰堡的不要",
        note="service + not in city Y; AML written in English and Chinese",
    ),
    q(
        "s24-zh-12",
        D,
        "哪些公司做字幕？员工少于50人的",
        note="Chinese word (字幕) for subtitling/captions + size (<50)",
    ),
    q(
        "s24-zh-13",
        D,
        "商标和专利检索的公司有哪些",
        note="trademark/patent search, written in English and Chinese in the directory",
    ),
    q("s24-zh-14", D, "名录里深圳或者广州的中方企业有哪几家", note="Chinese firms in two cities"),
    q(
        "s24-zh-15",
        U,
        "2061年启动网络研讨会上路演的24家公司都是谁？",
        answers=STAFF,
        note="near miss: the documents say 24 firms pitched in 2061 but do not name them",
    ),
    q(
        "s24-zh-16",
        U,
        "秘书处的微信号是多少？想加一下",
        answers=STAFF,
        note="near miss: contacts are given but no WeChat account",
    ),
    q("s24-zh-17", U, "成都有什么好吃的火锅店推荐吗", note="off-topic: restaurants"),
    q("s24-zh-18", U, "去杭州旅游的签证要办多久？", note="off-topic: tourist visa"),
    # ---------------- ur (14): programme 7, directory 3, unanswerable 4
    q(
        "s24-ur-01",
        P,
        "فیس واپس لینے کی آخری تاریخ کیا ہے؟ ہم شاید درخواست واپس لے لیں",
        [RULES, CORR],
        ["31 March 2061"],
        "English-only fact asked in Urdu",
    ),
    q(
        "s24-ur-02",
        P,
        "مطالعاتی دورے کی فیس فی بندہ کتنی ہے؟",
        [URMD],
        ["۱,۸۵,۰۰۰", "1,85,000", "185,000"],
        "figure written in Urdu digits in the document",
    ),
    q(
        "s24-ur-03",
        P,
        "ہم اسٹڈی ٹور پر بھی جا رہے ہیں، تو میلے کے اسٹال پر کتنی رعایت ملے گی؟",
        [URMD],
        ["۱۵٪", "15%"],
        "discount rule; figure in Urdu digits",
    ),
    q(
        "s24-ur-04",
        P,
        "واؤچر کی دوسری قسط کتنی ہے اور کب ملے گی؟",
        [URDOCX],
        ["۱,۵۰,۰۰۰", "1,50,000", "150,000", "ڈیڑھ لاکھ"],
        "two questions in one; key fact listed: the amount (lakh / digits / words)",
    ),
    q(
        "s24-ur-05",
        P,
        "ورکنگ ڈے سے کیا مراد ہے؟ کیا ہفتہ بھی گنا جاتا ہے؟",
        [GLOSS, URMD],
        ["Monday to Friday", "پیر سے جمعہ"],
        "glossary term",
    ),
    q(
        "s24-ur-06",
        P,
        "ہماری کمپنی گلگت میں ہے، ہمارا معاملہ کون سا دفتر دیکھے گا؟",
        [OFFICES],
        ["Islamabad"],
        "province (Gilgit-Baltistan) -> office table; Gilgit has no office",
    ),
    q(
        "s24-ur-07",
        P,
        "درخواستیں جمع کرانے کی آخری تاریخ کیا ہے؟ 2061 والی",
        [URMD, RULES],
        ["۱۵ مارچ ۲۰۶۱", "15 مارچ", "15 March 2061"],
        "date stated in all three languages; Urdu digits in the document, Western digits in the question",
    ),
    q("s24-ur-08", D, "پشاور میں ترجمہ اور ترجمانی کرنے والی کمپنیاں کون سی ہیں؟", note="service + city"),
    q(
        "s24-ur-09",
        D,
        "کون سی کمپنیاں آرکائیو یا ریکارڈ مینجمنٹ کرتی ہیں اور ۲۰۴۵ سے پہلے قائم ہوئیں؟",
        note="service + founded (< 2045; 2045 excluded)",
    ),
    q("s24-ur-10", D, "ای سگنیچر والی کمپنیاں بتائیں، کراچی کے علاوہ", note="service + not in city"),
    q(
        "s24-ur-11",
        U,
        "۲۰۵۹ کے پائلٹ میں کل کتنی درخواستیں آئی تھیں؟",
        answers=STAFF,
        note="near miss: 2059 participant figures are given but not the number of applications received",
    ),
    q(
        "s24-ur-12",
        U,
        "کیا رمضان میں درخواستوں کا جائزہ رک جاتا ہے؟ کن تاریخوں میں؟",
        answers=STAFF,
        note="near miss: only a Spring Festival blackout exists; nothing about Ramadan",
    ),
    q("s24-ur-13", U, "پاکستان اور انگلینڈ کے میچ کا اسکور کیا ہے؟", note="off-topic: cricket"),
    q("s24-ur-14", U, "بریانی بنانے کی آسان ترکیب بتا دیں", note="off-topic: cooking"),
    # ---------------- ur-Latn (14): programme 7, directory 4, unanswerable 3
    q(
        "s24-ul-01",
        P,
        "hum 12 log hain multan mein, invoices aur forms ka IDP karte hain. grant kitni mil sakti hai?",
        [PDF],
        ["1,000,000", "10,00,000"],
        "Table 2 row 8 on page 2 of the PDF (continued), band 5-25",
    ),
    q(
        "s24-ul-02",
        P,
        "hamari firm gilgit mein hai aur pichlay saal export sirf 8,000 dollar tha, kya hum eligible hain?",
        [RULES],
        ["USD 5,000", "5,000"],
        "exception (b) to criterion (4) for Gilgit-Baltistan / Balochistan",
    ),
    q(
        "s24-ul-03",
        P,
        "gilgit baltistan wali firms ko grant ceiling pe koi extra uplift milta hai kya? kitna percent?",
        [PDF],
        ["10%"],
        "footnote of Table 2 on page 3 of the PDF",
    ),
    q(
        "s24-ul-04",
        P,
        "50 pages ka contract chinese mein translate karwana hai, standard mein kitne din lagenge?",
        [TARIFF],
        ["5 working days"],
        "volume band boundary (11-50 inclusive)",
    ),
    q(
        "s24-ul-05",
        P,
        "bhai results kab announce honge scribe silk ke?",
        [CORR],
        ["27 April 2061", "27 April"],
        "date changed by Corrigendum No. 1 (was 20 April 2061)",
    ),
    q(
        "s24-ul-06",
        P,
        "2059 pilot mein kitni firms thi aur kitne contracts sign hue the?",
        [OVERVIEW, CHANGES],
        ["38 Pakistani firms", "38 firms"],
        "two questions in one; key fact listed: number of firms (contracts: 17)",
    ),
    q(
        "s24-ul-07",
        P,
        "spring festival mein reviews band hote hain? kab se kab tak?",
        [RULES, OVERVIEW, GLOSS],
        ["24 January"],
        "blackout window when reviews pause",
    ),
    q(
        "s24-ul-08",
        D,
        "NLP data annotation wali companies chahiye Faisalabad ya Multan mein",
        note="service (NLP / annotation / labelling / corpus) + two cities",
    ),
    q(
        "s24-ul-09",
        D,
        "court case management system banane wali firms jo 2022 wale webinar mein pitch kar chuki hain",
        note="service + pitched at the 2022 webinar",
    ),
    q("s24-ul-10", D, "sialkot mein customs documents aur trade paperwork wali companies?", note="service + city"),
    q(
        "s24-ul-11",
        D,
        "legal research search engine wali companies jin ke paas koi certification nahi hai",
        note="service + certifications = none (empty = unknown, not included)",
    ),
    q(
        "s24-ul-12",
        U,
        "language desk pe sign language interpreter ka rate kya hai?",
        answers=STAFF,
        note="near miss: the catalogue lists interpreter grades but no sign language",
    ),
    q(
        "s24-ul-13",
        U,
        "shanghai study tour ke liye visa fee kitni hai aur kaun bharega?",
        answers=STAFF,
        note="near miss: the study tour fee is given, visas are never mentioned",
    ),
    q("s24-ul-14", U, "mera laptop charge nahi ho raha, kya karun?", note="off-topic: laptop repair"),
    # ---------------- mixed (14): programme 6, directory 4, unanswerable 4
    q(
        "s24-mx-01",
        P,
        "我们 Lahore 的 firm 有 30 employees, legal research search engine 的 grant ceiling 是多少?",
        [PDF],
        ["1,900,000", "19,00,000"],
        "Table 2 row 4 on page 1, band 26-100",
    ),
    q(
        "s24-mx-02",
        P,
        "trademark & patent search tools ka grant 200 staff wali company ke liye kitna hai? 这个表在第几页也说一下",
        [PDF],
        ["2,500,000", "25,00,000"],
        "Table 2 row 16 on page 3 of the PDF (continued), band 101-500",
    ),
    q(
        "s24-mx-03",
        P,
        "每家 buyer 最多能 kitne contracts ke liye subsidy apply kar sakta hai?",
        [CALLZH],
        ["三份", "3份"],
        "figure written in Chinese numerals only (三份合同)",
    ),
    q(
        "s24-mx-04",
        P,
        "head count کا مطلب کیا ہے؟ part-time 员工 bhi count hote hain?",
        [GLOSS],
        ["two part-time employees count as one"],
        "glossary term",
    ),
    q(
        "s24-mx-05",
        P,
        "Documents & Records track mein publishers se milne ke liye travel ka kitna hissa PLLTC deta hai? 多少比例?",
        [TRACKS],
        ["75%"],
        "answer sits under the merged Track C cell (rowspan); Track B publishers would be 70%",
    ),
    q(
        "s24-mx-06",
        P,
        "study tour کی registration deadline kya hai? 截止日期是哪天",
        [URMD],
        ["۱۰ اپریل ۲۰۶۱", "10 اپریل"],
        "fact only in Urdu, written in Urdu digits",
    ),
    q(
        "s24-mx-07",
        D,
        "我们需要 OCR 和 archive management 都做的公司, Karachi ya Lahore mein",
        note="two services + two cities",
    ),
    q("s24-mx-08", D, "regulatory change monitoring wali company chahiye, 员工超过200人", note="service + size (>200)"),
    q(
        "s24-mx-09",
        D,
        "speech recognition والی کمپنیاں، Islamabad میں کون سی ہیں؟",
        note="spelled-out term asked where the directory also writes ASR; transcription-only firms excluded",
    ),
    q(
        "s24-mx-10",
        D,
        "machine translation 中文-乌尔都语 firms chahiye, employees 50 se kam",
        note="service + size (<50)",
    ),
    q(
        "s24-mx-11",
        U,
        "Guangzhou Canton Fair mein Pakistan pavilion hai? 广交会的展位费多少",
        answers=STAFF,
        note="near miss: the only fair is in Chengdu; Guangzhou appears only as a city without a desk",
    ),
    q(
        "s24-mx-12",
        U,
        "programme se interest-free loan milta hai? 贷款额度多少",
        answers=STAFF,
        note="near miss: grants, vouchers and subsidies exist, loans are never mentioned",
    ),
    q("s24-mx-13", U, "Lahore mein 明天 weather kaisa hoga?", note="off-topic: weather"),
    q("s24-mx-14", U, "帮我写一首 short poem, Karachi ke samandar ke baare mein", note="off-topic: creative writing"),
]


def main() -> None:
    PROG.mkdir(parents=True, exist_ok=True)
    build_pdf(PROG / PDF)
    build_zh_docx(PROG / ZHDOCX)
    build_ur_docx(PROG / URDOCX)
    rows = directory_rows()
    write_directory(KB / "directory.csv", rows)
    with (HERE / "questions-24.jsonl").open("w", encoding="utf-8") as out:
        for item in QUESTIONS:
            if item["kind"] == "directory":
                item["expected_companies"] = sorted(r["id"] for r in rows if V.DIR_FILTERS[item["id"]](r))
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} companies and {len(QUESTIONS)} questions")


if __name__ == "__main__":
    main()
