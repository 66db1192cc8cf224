"""Build held-out sample 25 ("Cipher Bridge 2063"): the binary documents (pdf, docx), directory.csv and
questions-25.jsonl. The .md, .txt and .html documents are written by hand.

expected_companies are computed with validate_sample25.FILTERS. Run from anywhere:
    /work/main/.venv/bin/python tests/data/build_sample25.py
"""

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
import validate_sample25 as V  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from pypdf.generic import ContentStream  # noqa: E402

from tests.files import write_pdf  # noqa: E402

PROG = V.PROG

# =========================================================================== PDF grant guide
HEAD = "Cipher Bridge 2063 - Digital Trust Voucher Grant Guide - issued 15 March 2063"
T2_COLS = (50, 72, 318, 388, 460)  # No. | Activity | Co-funding | Cap (PKR) | Evidence
T2_HEAD = ("No.", "Activity", "Co-funding", "Cap (PKR)", "Evidence")
T2_ROWS = [
    ("1", "ISO/IEC 27001 certification audit", "50%", "600,000", "Auditor invoice"),
    ("2", "SOC 2 Type II readiness assessment", "50%", "750,000", "Assessor report"),
    ("3", "PCI DSS assessment by a QSA", "40%", "900,000", "QSA invoice"),
    ("4", "CREST accreditation fees", "50%", "500,000", "CREST receipt"),
    ("5", "OSCP or CISSP exam, per person *", "60%", "120,000", "Exam receipt"),
    ("6", "Mandarin training for SOC staff", "70%", "200,000", "Course invoice"),
    # page 2
    ("7", "Travel to Cyber Trust Expo China 2063", "50%", "350,000", "Tickets, hotel"),
    ("8", "Booth rental at the Pakistan Pavilion", "60%", "400,000", "Booking invoice"),
    ("9", "Chinese localisation of reports", "50%", "150,000", "Translator invoice"),
    ("10", "PIPL compliance legal opinion", "50%", "300,000", "Legal opinion"),
    ("11", "Cyber range training subscription", "40%", "250,000", "Subscription"),
    ("12", "SIEM/SOAR licence for a pilot, 6 months", "30%", "450,000", "Licence invoice"),
    ("13", "Bug bounty platform onboarding", "40%", "200,000", "Platform invoice"),
    ("14", "Cloud security posture (CSPM) tooling", "30%", "300,000", "Licence invoice"),
    ("15", "OT/ICS lab equipment", "25%", "800,000", "Asset register"),
    ("16", "Digital forensics toolkit licence", "35%", "350,000", "Licence invoice"),
    # page 3
    ("17", "Threat intelligence feed subscription", "30%", "240,000", "Subscription"),
    ("18", "Phishing simulation platform", "40%", "120,000", "Licence invoice"),
    ("19", "Backup and DR test environment", "30%", "280,000", "Cloud bill"),
    ("20", "Email security gateway trial", "30%", "160,000", "Licence invoice"),
    ("21", "Fraud analytics model validation", "40%", "320,000", "Validator report"),
    ("22", "Data protection officer (DPO) training", "60%", "90,000", "Certificate"),
    ("23", "WebTrust audit for a certificate authority", "40%", "700,000", "Auditor invoice"),
    ("24", "Penetration-testing tool licences", "35%", "180,000", "Licence invoice"),
]
T1_COLS = (50, 250, 360)
T1_HEAD = ("Contract value (RMB)", "Subsidy rate", "Cap per contract")
T1_ROWS = [
    ("RMB 50,000 - 200,000", "30%", "RMB 50,000"),
    ("RMB 200,001 - 1,000,000", "25%", "RMB 200,000"),
    ("RMB 1,000,001 - 5,000,000", "20%", "RMB 800,000"),
    ("above RMB 5,000,000", "10%", "RMB 1,200,000"),
]
ROW_H = 16


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def table(cols, head, rows, top, x1=565):
    """Texts and rules of a ruled table whose top edge is at y=top (header row first)."""
    texts, rules = [], []
    for i, row in enumerate([head, *rows]):
        y = top - 12 - ROW_H * i
        texts += [(x, y, pdf_escape(cell)) for x, cell in zip(cols, row)]
    bottom = top - ROW_H * (len(rows) + 1)
    for k in range(len(rows) + 2):
        rules.append((cols[0] - 4, top - ROW_H * k, x1, top - ROW_H * k))
    for x in [*(c - 4 for c in cols), x1]:
        rules.append((x, top, x, bottom))
    return texts, rules, bottom


def chrome(n):
    return [(50, 770, pdf_escape(HEAD)), (270, 30, f"Page {n} of 3")], [(50, 764, 565, 764), (50, 44, 565, 44)]


def build_pdf():
    path = PROG / "grant-guide-2063.pdf"
    # page 1
    t1, r1 = chrome(1)
    y = 735
    for line in [
        "Digital Trust Voucher and buyer subsidy: grant guide for Cipher Bridge 2063",
        "",
        "The Digital Trust Voucher co-funds costs of Pakistani firms selected for Cipher Bridge 2063.",
        "The voucher call runs from 1 July 2063 to 15 August 2063, 17:00 PKT (20:00 Beijing time).",
        "A firm may claim at most PKR 2,500,000 in total across all rows of Table 2.",
        "Chinese buyers apply to CPDTA for the buyer subsidy in Table 1 (see also zh-grant-call.txt).",
    ]:
        if line:
            t1.append((50, y, pdf_escape(line)))
        y -= 14
    t1.append((50, 640, "Table 1 - CPDTA buyer subsidy by contract value (bands inclusive)"))
    tx, rx, bottom = table(T1_COLS, T1_HEAD, T1_ROWS, 632, x1=470)
    t1 += tx
    r1 += rx
    t1.append((50, bottom - 16, pdf_escape("Buyers in western provinces receive an uplift: see the Chinese call.")))
    t1.append((50, bottom - 44, "Table 2 - Voucher: eligible activities, co-funding rate and cap per firm"))
    tx, rx, bottom = table(T2_COLS, T2_HEAD, T2_ROWS[:6], bottom - 52)
    t1 += tx
    r1 += rx
    t1.append((50, bottom - 16, "Table 2 continues on the next page."))
    pages, page_rules = [], []
    for n, rows, extra in [(2, T2_ROWS[6:16], []), (3, T2_ROWS[16:], ["footnote"])]:
        tp, rp = chrome(n)
        tp.append((50, 735, "Table 2 (continued)"))
        tx, rx, bottom = table(T2_COLS, T2_HEAD, rows, 727)
        tp += tx
        rp += rx
        if n == 2:
            tp.append((50, bottom - 16, "Table 2 continues on the next page."))
        else:
            tp.append((50, bottom - 16, "Total for all rows of Table 2: at most PKR 2,500,000 per firm."))
            tp.append(
                (50, bottom - 32, "Claims need a matched engagement of at least 3 months (see the help centre FAQ).")
            )
            rp.append((50, 80, 250, 80))
            tp.append((50, 68, pdf_escape("* Row 5: at most 5 persons per firm; the grant is repaid if the person")))
            tp.append((50, 56, "leaves the firm within 12 months of the exam."))
        pages.append(tp)
        page_rules.append(rp)
    write_pdf(path, t1, rules=r1, more_pages=pages)
    # write_pdf rules only the first page: add the ruled grid of pages 2 and 3 to their content streams.
    reader = pypdf.PdfReader(str(path))
    writer = pypdf.PdfWriter()
    for i, page in enumerate(reader.pages):
        writer.add_page(page)
        if i == 0:
            continue
        out = writer.pages[i]
        data = out.get_contents().get_data()
        data += "".join(f"0.5 w {a} {b} m {c} {d} l S\n" for a, b, c, d in page_rules[i - 1]).encode("latin-1")
        cs = ContentStream(None, writer)
        cs.set_data(data)
        out.replace_contents(cs)
    with path.open("wb") as fh:
        writer.write(fh)


# =========================================================================== Chinese docx
def build_zh_docx():
    d = docx.Document()
    d.add_paragraph("“密码之桥2063”日程、SOC接入补贴与退费规则", style="Title")
    d.add_paragraph(
        "发布：中巴数字信任联盟（CPDTA）秘书处，2063年3月15日。本文件适用于中方买方及参加赴华活动的巴方企业。"
    )

    d.add_heading("一、2063年日程", level=1)
    rows = [
        ("事项", "日期", "巴基斯坦时间", "北京时间"),
        ("启动网络研讨会（线上）", "2063年3月12日", "14:00–16:00", "17:00–19:00"),
        ("申报开启", "2063年3月20日", "09:00", "12:00"),
        ("申报截止", "2063年4月30日", "17:00", "20:00"),
        ("结果公布", "2063年6月12日", "—", "—"),
        ("退费截止", "2063年6月30日", "17:00", "20:00"),
        ("深圳SOC及网络靶场参观", "2063年9月14日至16日", "—", "—"),
        ("成都SOC参观", "2063年9月18日至19日", "—", "—"),
        ("网络信任博览会（上海，5号馆）", "2063年10月22日至24日", "—", "—"),
        ("中期报告提交", "2063年12月15日", "17:00", "20:00"),
        ("春节暂停审核", "2064年1月25日至2月4日", "—", "—"),
        ("最终报告提交", "2064年3月31日", "17:00", "20:00"),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v

    d.add_heading("二、托管安全运营（SOC）接入补贴（按监控设备数或员工人数）", level=1)
    d.add_paragraph("买方将设备或员工接入巴方企业的托管安全运营服务的，按下表补贴。区间含上下限。")
    data = [
        ("银行及支付机构", "监控设备1–500台", "60元/台", "30元/台"),
        ("银行及支付机构", "监控设备501–2,000台", "45元/台", "20元/台"),
        ("银行及支付机构", "监控设备2,001台及以上", "30元/台", "15元/台"),
        ("医院", "监控设备1–300台", "80元/台", "40元/台"),
        ("医院", "监控设备301台及以上", "50元/台", "25元/台"),
        ("制造企业（含境外工厂）", "员工1–1,000人", "12元/人", "6元/人"),
        ("制造企业（含境外工厂）", "员工1,001人及以上", "8元/人", "4元/人"),
        ("游戏公司、跨境电商", "不限", "20元/台", "次年不补贴"),
    ]
    t = d.add_table(rows=2 + len(data), cols=4)
    t.style = "Table Grid"
    t.cell(0, 0).text = "买方类别"
    t.cell(0, 1).text = "规模区间"
    t.cell(0, 2).text = "补贴标准"
    t.cell(1, 2).text = "首年"
    t.cell(1, 3).text = "次年"
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 3))
    for i, (cat, band, y1, y2) in enumerate(data, start=2):
        t.cell(i, 1).text = band
        t.cell(i, 2).text = y1
        t.cell(i, 3).text = y2
    groups = {}
    for i, (cat, *_rest) in enumerate(data, start=2):
        groups.setdefault(cat, []).append(i)
    for cat, rows_of in groups.items():
        top = t.cell(rows_of[0], 0)
        if len(rows_of) > 1:
            top = top.merge(t.cell(rows_of[-1], 0))  # one category cell merged down its rows
        top.text = cat
    d.add_paragraph("说明：医院接入设备超过300台的，全部设备按“301台及以上”档计算。")

    d.add_heading("三、博览会展位及参观费退费", level=1)
    rows = [
        ("取消时间（距活动开始）", "退款比例"),
        ("60天及以上", "100%"),
        ("30–59天", "50%"),
        ("8–29天", "20%"),
        ("7天及以内", "不退款"),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.add_paragraph("例外：因签证被拒而取消的，凭拒签证明全额退款，仅扣除手续费500元。")
    d.save(str(PROG / "zh-subsidy-schedule.docx"))


# =========================================================================== Urdu docx (RTL)
def rtl(paragraph):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(OxmlElement("w:bidi"))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        rpr.append(OxmlElement("w:rtl"))


def build_ur_docx():
    d = docx.Document()
    for text, style in [
        ("سائفر برج ۲۰۶۳ — شرکت کی فیس اور اقساط", "Title"),
        (
            "یہ دستاویز پاکستان ڈیجیٹل ٹرسٹ کونسل (PDTC) نے جاری کی ہے اور اصلاح نامہ نمبر ۱ (۲ اپریل ۲۰۶۳) کے مطابق درست ہے۔",
            None,
        ),
        ("پروگرام کا کل بجٹ ۴۲ کروڑ روپے ہے، جس میں واؤچر، دورے اور نمائش کے اخراجات شامل ہیں۔", None),
        ("فیس ملازمین کی تعداد (۱ مارچ ۲۰۶۳ کو) کے مطابق ہے۔ حدود میں دونوں سرے شامل ہیں۔", None),
    ]:
        p = d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
        rtl(p)
    rows = [
        ("ملازمین کی تعداد", "فیس (ہندسوں میں)", "لاکھ کی گروپنگ", "الفاظ میں", "اقساط"),
        ("۱ تا ۵۰", "۴۵,۰۰۰ روپے", "45,000", "پینتالیس ہزار روپے", "ایک قسط، درخواست کے ساتھ"),
        ("۵۱ تا ۲۵۰", "۹۰,۰۰۰ روپے", "90,000", "نوے ہزار روپے", "دو اقساط: ۴۵,۰۰۰ + ۴۵,۰۰۰"),
        ("۲۵۱ تا ۱,۰۰۰", "۱,۵۰,۰۰۰ روپے", "1,50,000", "ایک لاکھ پچاس ہزار روپے", "دو اقساط: ۷۵,۰۰۰ + ۷۵,۰۰۰"),
        ("۱,۰۰۱ اور اس سے زیادہ", "۲,۴۰,۰۰۰ روپے", "2,40,000", "دو لاکھ چالیس ہزار روپے", "تین اقساط: ہر ایک ۸۰,۰۰۰"),
    ]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    tblpr = t._tbl.tblPr
    tblpr.append(OxmlElement("w:bidiVisual"))
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell = t.cell(r, c)
            cell.text = v
            rtl(cell.paragraphs[0])
    for text in [
        "اقساط کا شیڈول: پہلی قسط درخواست کے ساتھ، دوسری قسط ۳۰ جون ۲۰۶۳ تک، اور تیسری قسط ۳۰ ستمبر ۲۰۶۳ تک۔",
        "درخواستیں ۲۰ مارچ ۲۰۶۳ سے ۳۰ اپریل ۲۰۶۳ (شام ۵ بجے پاکستانی وقت) تک جمع ہوں گی۔",
        "نتائج کا اعلان: ۱۲ جون ۲۰۶۳۔",
        "کوئی قسط وقت پر ادا نہ ہو تو شرکت معطل ہو جاتی ہے جب تک ادائیگی نہ ہو۔",
    ]:
        rtl(d.add_paragraph(text))
    d.save(str(PROG / "ur-fee-instalments.docx"))


# =========================================================================== directory
# id, name, name_zh, city, founded, employees, services, industries, technologies, certifications,
# languages, description, description_zh, pitched (2022 webinar)
ROWS = [
    (
        "PK-001",
        "Indus Shield Labs (Pvt) Ltd",
        "印度河盾实验室",
        "Karachi",
        2009,
        320,
        "managed SOC;24x7 monitoring;incident response;threat intelligence",
        "banking;fintech",
        "Splunk;Microsoft Sentinel;CrowdStrike",
        "ISO 27001;PCI DSS",
        "English;Urdu;Mandarin",
        "Karachi-based managed security provider running a 24x7 SOC for banks. Offers incident response retainers.",
        "总部位于卡拉奇的托管安全服务商，为银行运营全天候安全运营中心。",
        "yes",
    ),
    (
        "PK-002",
        "Clifton Cyber Works",
        "",
        "Karachi",
        2016,
        45,
        "penetration testing;red teaming;web app pentesting",
        "e-commerce;gaming",
        "Burp Suite;Kali Linux",
        "OSCP-certified staff",
        "English;Urdu",
        "Small offensive-security team testing web shops and game back ends.",
        "",
        "no",
    ),
    (
        "PK-003",
        "Harbour SecOps (Pvt) Ltd",
        "港湾安全运营",
        "Karachi",
        2012,
        210,
        "Security Operations Center;SIEM/SOAR integration;log management",
        "banking;telecom",
        "QRadar;Cortex XSOAR",
        "ISO/IEC 27001;SOC 2 Type II",
        "English;Urdu",
        "Runs a Security Operations Center and integrates SIEM and SOAR platforms for telecom operators.",
        "为电信运营商提供安全运营中心与SIEM/SOAR集成。",
        "yes",
    ),
    (
        "PK-004",
        "Sindh Data Guard",
        "信德数据卫士",
        "Karachi",
        2018,
        60,
        "DLP;data classification;PIPL compliance",
        "healthcare;e-commerce",
        "Forcepoint;Microsoft Purview",
        "none",
        "English;Urdu;Sindhi",
        "Data protection boutique focused on DLP roll-outs and cross-border privacy rules.",
        "",
        "no",
    ),
    (
        "PK-005",
        "Korangi Industrial Security",
        "",
        "Karachi",
        2007,
        140,
        "OT security;ICS/SCADA security;network segmentation",
        "manufacturing;energy",
        "Claroty;Fortinet",
        "ISO 27001",
        "English;Urdu",
        "Secures plant networks for manufacturers in the Korangi industrial area.",
        "",
        "no",
    ),
    (
        "PK-006",
        "PayTrust Analytics",
        "付信分析",
        "Karachi",
        2019,
        38,
        "fraud analytics;transaction fraud monitoring;AML screening",
        "payments;banking",
        "Python;Spark;Neo4j",
        "PCI DSS",
        "English;Urdu;Mandarin",
        "Builds fraud models for wallets and payment gateways.",
        "为电子钱包和支付网关构建反欺诈模型。",
        "yes",
    ),
    (
        "PK-007",
        "Saddar Backup Systems",
        "",
        "Karachi",
        2011,
        75,
        "backup and disaster recovery;backup as a service;cloud hosting",
        "healthcare;education",
        "Veeam;VMware",
        "",
        "English;Urdu",
        "Backup and recovery services hosted in two Karachi data centres.",
        "",
        "no",
    ),
    (
        "PK-008",
        "Mehran Red Team",
        "梅赫兰红队",
        "Karachi",
        2014,
        28,
        "red team exercises;VAPT",
        "banking",
        "Cobalt Strike;Metasploit",
        "CREST;OSCP staff",
        "English;Urdu",
        "CREST-accredited red team working mainly for banks.",
        "",
        "no",
    ),
    (
        "PK-009",
        "Blue Lagoon Infosec",
        "",
        "Karachi",
        2020,
        12,
        "security awareness training;phishing simulation (small teams)",
        "e-commerce;retail",
        "GoPhish;Moodle",
        "none",
        "English;Urdu",
        "Runs awareness courses and phishing simulations for small companies.",
        "",
        "no",
    ),
    (
        "PK-010",
        "Ravi Cyber Defence (Pvt) Ltd",
        "拉维网络防御",
        "Lahore",
        2008,
        450,
        "security operations centre (SOC);MDR;EDR;threat hunting services",
        "banking;telecom;manufacturing",
        "Elastic;SentinelOne",
        "ISO 27001;SOC 2 Type II;PCI DSS",
        "English;Urdu;Mandarin",
        "One of Lahore's largest security operations centres, with MDR and EDR services.",
        "拉合尔规模最大的安全运营中心之一。",
        "yes",
    ),
    (
        "PK-011",
        "Gulberg AppSec",
        "",
        "Lahore",
        2017,
        55,
        "secure code review;SAST/DAST;API security testing",
        "gaming;fintech",
        "SonarQube;Checkmarx;OWASP ZAP",
        "OSCP-certified staff",
        "English;Urdu",
        "Application security team reviewing code for game studios and fintechs.",
        "",
        "no",
    ),
    (
        "PK-012",
        "Anarkali Identity Systems",
        "安纳卡利身份系统",
        "Lahore",
        2013,
        130,
        "identity and access management;single sign-on;privileged access management",
        "universities;healthcare",
        "Keycloak;Okta;CyberArk",
        "ISO 27001",
        "English;Urdu",
        "Identity specialists for universities and hospital groups.",
        "为高校和医院集团提供身份管理服务。",
        "yes",
    ),
    (
        "PK-013",
        "Lahore Pentest Collective",
        "",
        "Lahore",
        2021,
        18,
        "pen-testing;mobile app security testing;bug-bounty triage",
        "gaming;e-commerce",
        "Frida;Burp Suite",
        "none",
        "English;Urdu",
        "A collective of freelance-minded testers organised as a company.",
        "",
        "no",
    ),
    (
        "PK-014",
        "Shalimar Cloud Security",
        "夏利玛云安全",
        "Lahore",
        2015,
        90,
        "CSPM;cloud security assessments;Kubernetes security",
        "cloud hosting;e-commerce",
        "Prisma Cloud;Wiz;Terraform",
        "SOC 2 Type II",
        "English;Urdu;Mandarin",
        "Cloud security posture and Kubernetes hardening for hosting firms.",
        "",
        "no",
    ),
    (
        "PK-015",
        "Punjab Forensics Lab",
        "",
        "Lahore",
        2010,
        65,
        "digital forensics;incident response & forensics",
        "banking;government",
        "EnCase;Autopsy;Volatility",
        "ISO 27001",
        "English;Urdu;Punjabi",
        "Forensic lab handling fraud and breach investigations.",
        "",
        "no",
    ),
    (
        "PK-016",
        "Mall Road Privacy Advisors",
        "",
        "Lahore",
        2018,
        22,
        "GDPR compliance;data privacy compliance;privacy impact assessments;DPO as a service",
        "healthcare;universities",
        "OneTrust",
        "none",
        "English;Urdu",
        "Privacy advisers for hospitals and universities.",
        "",
        "no",
    ),
    (
        "PK-017",
        "Data Vault Pakistan",
        "数据金库巴基斯坦",
        "Lahore",
        2006,
        520,
        "disaster recovery;data centre colocation;DR drills",
        "banking;cloud hosting",
        "Zerto;Commvault",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Operates disaster recovery sites for banks in Lahore and Islamabad.",
        "为银行运营灾备中心。",
        "yes",
    ),
    (
        "PK-018",
        "TrustMail Systems",
        "",
        "Lahore",
        2014,
        40,
        "email security;anti-phishing email filtering",
        "e-commerce;education",
        "Proofpoint;Postfix",
        "",
        "English;Urdu",
        "E-mail security and domain authentication for online shops.",
        "",
        "no",
    ),
    (
        "PK-019",
        "Margalla Trust Services",
        "马尔加拉信任服务",
        "Islamabad",
        2005,
        260,
        "PKI;digital certificates;code signing certificates",
        "government;banking",
        "EJBCA;OpenSSL",
        "ISO 27001;WebTrust",
        "English;Urdu",
        "Licensed certification service provider issuing digital certificates.",
        "颁发数字证书的认证服务机构。",
        "yes",
    ),
    (
        "PK-020",
        "Capital SOC Pvt Ltd",
        "首都安全运营中心",
        "Islamabad",
        2011,
        180,
        "SOC-as-a-service;24/7 monitoring;SIEM integration;vulnerability management",
        "government;telecom;universities",
        "Wazuh;Splunk",
        "ISO 27001;SOC 2 Type II",
        "English;Urdu;Mandarin",
        "SOC-as-a-service for public bodies and universities.",
        "为公共机构和高校提供安全运营服务。",
        "yes",
    ),
    (
        "PK-021",
        "Blue Area Red Team",
        "",
        "Islamabad",
        2016,
        34,
        "red teaming;penetration testing;adversary emulation",
        "government;banking",
        "Cobalt Strike;Sliver",
        "CREST;OSCP-certified staff",
        "English;Urdu",
        "Adversary emulation and penetration testing for regulated sectors.",
        "",
        "no",
    ),
    (
        "PK-022",
        "Potohar Privacy Labs",
        "波托哈尔隐私实验室",
        "Islamabad",
        2019,
        26,
        "PIPL compliance;GDPR compliance;Pakistan data protection bill readiness;数据合规",
        "cross-border e-commerce;gaming",
        "OneTrust;Python",
        "none",
        "English;Urdu;Mandarin",
        "Helps sellers and game studios meet PIPL and GDPR.",
        "帮助跨境卖家和游戏公司满足个人信息保护法要求。",
        "yes",
    ),
    (
        "PK-023",
        "Faisal Avenue IAM",
        "",
        "Islamabad",
        2020,
        15,
        "IAM;SSO & MFA rollout",
        "universities;SMEs",
        "Keycloak;Azure AD",
        "",
        "English;Urdu",
        "Small identity team rolling out single sign-on.",
        "",
        "no",
    ),
    (
        "PK-024",
        "Kohsar Threat Intelligence",
        "科萨尔威胁情报",
        "Islamabad",
        2013,
        70,
        "cyber threat intelligence;dark web monitoring;threat intel feeds;incident response retainer",
        "banking;payments",
        "MISP;OpenCTI",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Threat intelligence feeds and dark web monitoring for payment firms.",
        "",
        "no",
    ),
    (
        "PK-025",
        "Islamabad Continuity Partners",
        "",
        "Islamabad",
        2009,
        110,
        "business continuity planning;DR;backup and disaster recovery",
        "healthcare;government",
        "Veeam;Azure Site Recovery",
        "ISO 22301",
        "English;Urdu",
        "Business continuity and DR planning for hospitals.",
        "",
        "no",
    ),
    (
        "PK-026",
        "Zero Day Bounty Pakistan",
        "零日赏金",
        "Islamabad",
        2017,
        48,
        "bug bounty platform;vulnerability disclosure programmes;bug bounty programmes",
        "gaming;fintech;e-commerce",
        "custom platform;HackerOne API",
        "SOC 2 Type II",
        "English;Urdu;Mandarin",
        "Runs a bug bounty platform with a pool of Pakistani researchers.",
        "运营漏洞众测平台。",
        "yes",
    ),
    (
        "PK-027",
        "Pindi Secure Networks",
        "",
        "Rawalpindi",
        2004,
        230,
        "managed firewall;network security;security operations centre",
        "manufacturing;logistics",
        "Fortinet;Palo Alto",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Network security integrator with its own security operations centre.",
        "",
        "no",
    ),
    (
        "PK-028",
        "Saddar Code Audit",
        "",
        "Rawalpindi",
        2018,
        20,
        "secure code reviews;application security testing",
        "fintech",
        "Semgrep;SonarQube",
        "OSCP staff",
        "English;Urdu",
        "Code audits for fintech start-ups.",
        "",
        "no",
    ),
    (
        "PK-029",
        "Chaklala Awareness Academy",
        "",
        "Rawalpindi",
        2015,
        35,
        "security awareness trainings;phishing simulations;cyber range training",
        "universities;banking",
        "KnowBe4;custom LMS",
        "none",
        "English;Urdu",
        "Awareness courses, phishing simulations and cyber range drills.",
        "",
        "no",
    ),
    (
        "PK-030",
        "Murree Road Forensics",
        "",
        "Rawalpindi",
        2012,
        42,
        "DFIR;malware analysis",
        "banking;government",
        "Velociraptor;IDA Pro",
        "CREST",
        "English;Urdu",
        "CREST-accredited incident response and forensics.",
        "",
        "no",
    ),
    (
        "PK-031",
        "Khyber Cyber Labs",
        "开伯尔网络实验室",
        "Peshawar",
        2014,
        85,
        "vulnerability assessment and penetration testing;vulnerability scanning;penetraton testing for universities",
        "universities;healthcare",
        "Nessus;OpenVAS",
        "OSCP-certified staff",
        "English;Urdu;Pashto",
        "Vulnerability assessment and penetration testing for universities in Khyber Pakhtunkhwa.",
        "",
        "no",
    ),
    (
        "PK-032",
        "Frontier Identity Services",
        "",
        "Peshawar",
        2019,
        24,
        "identity & access management;PAM;MFA",
        "healthcare;government",
        "Keycloak;CyberArk",
        "none",
        "English;Urdu;Pashto",
        "Identity and privileged access for hospitals.",
        "",
        "no",
    ),
    (
        "PK-033",
        "Peshawar Data Recovery",
        "",
        "Peshawar",
        2010,
        30,
        "data recovery;disaster recovery planning;backups",
        "healthcare;retail",
        "Acronis",
        "",
        "English;Urdu;Pashto",
        "Data recovery and backup for clinics and shops.",
        "",
        "no",
    ),
    (
        "PK-034",
        "Qissa Khwani SOC",
        "",
        "Peshawar",
        2021,
        52,
        "24x7 SOC monitoring;SIEM/SOAR integration",
        "healthcare;universities",
        "Wazuh;TheHive",
        "none",
        "English;Urdu;Pashto",
        "Open-source SOC for hospitals and universities.",
        "",
        "no",
    ),
    (
        "PK-035",
        "Bolan Secure Systems",
        "博兰安全系统",
        "Quetta",
        2013,
        40,
        "OT security;SCADA security assessments;network security",
        "energy;mining",
        "Nozomi;Fortinet",
        "ISO 27001",
        "English;Urdu;Balochi;Pashto",
        "Secures SCADA systems at mines and gas fields.",
        "",
        "no",
    ),
    (
        "PK-036",
        "Quetta Email Shield",
        "",
        "Quetta",
        2020,
        11,
        "e-mail security gateway;security awareness",
        "government",
        "Zimbra;Rspamd",
        "none",
        "English;Urdu",
        "E-mail filtering for local government offices.",
        "",
        "no",
    ),
    (
        "PK-037",
        "Multan Billing Security",
        "",
        "Multan",
        2016,
        45,
        "PCI DSS consulting;fraud detection;payment security testing",
        "payments;retail",
        "Python;ELK",
        "PCI DSS",
        "English;Urdu;Saraiki",
        "Payment security and fraud detection for billing companies.",
        "",
        "no",
    ),
    (
        "PK-038",
        "Sultan Secure Cloud",
        "苏丹安全云",
        "Multan",
        2018,
        60,
        "cloud security posture management;cloud security;DevSecOps",
        "e-commerce;cloud hosting",
        "AWS;Azure;Prowler",
        "SOC 2 Type II",
        "English;Urdu",
        "Cloud posture management and DevSecOps pipelines.",
        "",
        "no",
    ),
    (
        "PK-039",
        "Multan Pen-Test House",
        "",
        "Multan",
        2022,
        9,
        "pen testing (small teams);web application testing",
        "SMEs;education",
        "Burp Suite",
        "none",
        "English;Urdu;Saraiki",
        "Low-cost pen testing for small firms.",
        "",
        "no",
    ),
    (
        "PK-040",
        "Lyallpur Industrial Cyber",
        "莱亚尔普尔工业网络",
        "Faisalabad",
        2011,
        150,
        "operational technology security;ICS security assessments;OT monitoring",
        "textiles;manufacturing",
        "Claroty;Dragos",
        "ISO 27001",
        "English;Urdu;Punjabi",
        "Operational technology security for textile mills.",
        "为纺织厂提供工控安全服务。",
        "yes",
    ),
    (
        "PK-041",
        "Clock Tower Compliance",
        "",
        "Faisalabad",
        2017,
        28,
        "ISO 27001 implementation;GRC consulting;vCISO",
        "manufacturing;textiles",
        "Eramba",
        "ISO 9001",
        "English;Urdu",
        "Governance, risk and compliance consulting for exporters.",
        "",
        "no",
    ),
    (
        "PK-042",
        "Hyder Secure Mail & DR",
        "",
        "Hyderabad",
        2015,
        33,
        "email security & backup;DR drills",
        "education;healthcare",
        "Microsoft 365;Veeam",
        "",
        "English;Urdu;Sindhi",
        "Mail security, backup and recovery drills for schools.",
        "",
        "no",
    ),
    (
        "PK-043",
        "Indus Valley DLP",
        "",
        "Hyderabad",
        2019,
        19,
        "data loss prevention;endpoint DLP;data classification",
        "banking;healthcare",
        "Symantec DLP;Purview",
        "none",
        "English;Urdu;Sindhi",
        "Data loss prevention roll-outs for banks.",
        "",
        "no",
    ),
    (
        "PK-044",
        "Sialkot Export Security",
        "锡亚尔科特出口安全",
        "Sialkot",
        2014,
        70,
        "patch & vulnerability management;IAM;public key infrastructure (PKI) for exporters",
        "manufacturing;cross-border e-commerce",
        "Tenable;Azure AD",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Security for exporters selling to China and Europe.",
        "",
        "no",
    ),
    (
        "PK-045",
        "Sports City SOC",
        "",
        "Sialkot",
        2020,
        25,
        "managed detection and response;security information and event management (SIEM) for SMEs;security monitoring for SMEs",
        "manufacturing;retail",
        "Wazuh;Graylog",
        "none",
        "English;Urdu;Punjabi",
        "Managed detection for sports-goods manufacturers.",
        "",
        "no",
    ),
    (
        "PK-046",
        "Karakoram Digital Trust",
        "喀喇昆仑数字信任",
        "Gilgit",
        2018,
        16,
        "digital certificate;PKI consulting;secure email",
        "government;tourism",
        "EJBCA",
        "",
        "English;Urdu;Shina;Mandarin",
        "Small certificate and secure e-mail provider in Gilgit-Baltistan.",
        "",
        "no",
    ),
    (
        "PK-047",
        "Baltistan Cyber Range",
        "",
        "Skardu",
        2021,
        14,
        "cyber range;CTF training;security awareness training",
        "universities",
        "CTFd;Proxmox",
        "none",
        "English;Urdu;Balti",
        "Cyber range and capture-the-flag training for students.",
        "",
        "no",
    ),
    (
        "PK-048",
        "Gwadar Port Cyber",
        "瓜达尔港网络",
        "Gwadar",
        2017,
        58,
        "OT/ICS security;incident response",
        "logistics;energy",
        "Nozomi;Splunk",
        "ISO/IEC 27001",
        "English;Urdu;Balochi;Mandarin",
        "Security for port terminal systems.",
        "为港口码头系统提供安全服务。",
        "yes",
    ),
    (
        "PK-049",
        "Clifton Fraud & Risk Labs",
        "克利夫顿反欺诈实验室",
        "Karachi",
        2010,
        95,
        "fraud analytics & risk scoring;反欺诈;chargeback monitoring",
        "payments;gaming;cross-border e-commerce",
        "Python;Kafka;Flink",
        "PCI DSS;ISO 27001",
        "English;Urdu;Mandarin",
        "Fraud and risk scoring for payment firms and game studios.",
        "为支付和游戏公司提供风险评分。",
        "yes",
    ),
    (
        "PK-050",
        "Johar Town Bug Hunters",
        "",
        "Lahore",
        2022,
        8,
        "bug bounty programs",
        "gaming",
        "HackerOne API",
        "none",
        "English;Urdu",
        "Tiny team running bug bounty programs for game studios.",
        "",
        "no",
    ),
    (
        "CN-001",
        "Shanghai Huanyu Cloud Security Co., Ltd.",
        "上海寰宇云安全有限公司",
        "Shanghai",
        2008,
        900,
        "云安全;cloud hosting;CSPM;安全运营",
        "banking;gaming",
        "Kubernetes;OpenStack",
        "ISO 27001;等保三级",
        "Mandarin;English",
        "Shanghai cloud and security operations provider.",
        "上海云安全与安全运营服务商。",
        "no",
    ),
    (
        "CN-002",
        "Pudong Payment Risk Technology",
        "浦东支付风控科技",
        "Shanghai",
        2014,
        260,
        "fraud analytics;payment risk control;反欺诈",
        "payments;banking",
        "Flink;Hadoop",
        "PCI DSS",
        "Mandarin;English",
        "Payment risk control for banks and wallets.",
        "为银行和钱包提供支付风控。",
        "no",
    ),
    (
        "CN-003",
        "Shanghai Jiaoxin Cyber Range Co.",
        "上海交信网络靶场",
        "Shanghai",
        2016,
        140,
        "网络靶场;red team training;攻防演练",
        "universities;government",
        "OpenStack",
        "ISO 27001",
        "Mandarin;English",
        "Cyber range operator hosting attack-defence drills.",
        "",
        "no",
    ),
    (
        "CN-004",
        "Shenzhen Nanshan SecOps",
        "深圳南山安全运营",
        "Shenzhen",
        2012,
        420,
        "managed SOC services;7x24 monitoring;应急响应",
        "manufacturing;gaming",
        "Elastic;self-developed SIEM",
        "ISO 27001;SOC 2 Type II",
        "Mandarin;English",
        "Managed SOC in Shenzhen serving factories and game studios.",
        "深圳托管安全运营服务商。",
        "no",
    ),
    (
        "CN-005",
        "Qianhai Cross-Border Data Compliance",
        "前海跨境数据合规",
        "Shenzhen",
        2018,
        75,
        "PIPL合规咨询;数据出境安全评估;GDPR compliance advisory",
        "cross-border e-commerce;gaming",
        "OneTrust",
        "none",
        "Mandarin;English;Cantonese",
        "Cross-border data compliance advisory.",
        "跨境数据合规咨询。",
        "no",
    ),
    (
        "CN-006",
        "Shenzhen Pengcheng Game Security",
        "深圳鹏城游戏安全",
        "Shenzhen",
        2015,
        180,
        "anti-cheat;游戏安全;DDoS protection",
        "gaming",
        "C++;eBPF",
        "",
        "Mandarin;English",
        "Anti-cheat and DDoS protection for online games.",
        "",
        "no",
    ),
    (
        "CN-007",
        "Chengdu Tianfu ICS Security",
        "成都天府工控安全",
        "Chengdu",
        2011,
        310,
        "工控安全;SCADA security;industrial OT monitoring",
        "manufacturing;energy",
        "self-developed probes",
        "ISO 27001",
        "Mandarin",
        "Industrial control system security for plants in western China.",
        "西部地区工控安全服务商。",
        "no",
    ),
    (
        "CN-008",
        "Beijing Zhongguancun Identity Tech",
        "北京中关村身份科技",
        "Beijing",
        2009,
        650,
        "身份认证;IAM platform;PKI services;电子认证服务",
        "banking;government",
        "FIDO2;EJBCA",
        "ISO 27001;等保三级",
        "Mandarin;English",
        "Identity and certificate services for banks.",
        "为银行提供身份认证与电子认证服务。",
        "no",
    ),
    (
        "CN-009",
        "Hangzhou Xixi Email Security",
        "杭州西溪邮件安全",
        "Hangzhou",
        2013,
        120,
        "邮件安全;email security gateways;data loss prevention",
        "e-commerce;manufacturing",
        "Postfix",
        "ISO 27001",
        "Mandarin;English",
        "E-mail security and DLP for online sellers.",
        "",
        "no",
    ),
    (
        "CN-010",
        "Guangzhou Baiyun Medical IT Security",
        "广州白云医疗信息安全",
        "Guangzhou",
        2017,
        90,
        "医疗数据安全;backup & disaster recovery for hospitals;等保测评",
        "hospitals",
        "Veeam",
        "",
        "Mandarin;Cantonese",
        "Security and recovery for hospital information systems.",
        "医院信息系统安全与灾备。",
        "no",
    ),
]


def build_directory():
    out = []
    for (
        cid,
        name,
        name_zh,
        city,
        founded,
        emp,
        services,
        industries,
        tech,
        certs,
        langs,
        desc,
        desc_zh,
        pitched,
    ) in ROWS:
        slug = "".join(ch for ch in name.lower().split("(")[0].split(",")[0] if ch.isalnum())[:22]
        out.append(
            {
                "id": cid,
                "name": name,
                "name_zh": name_zh,
                "country": cid[:2],
                "city": city,
                "founded": str(founded),
                "employees": str(emp),
                "services": services,
                "industries": industries,
                "technologies": tech,
                "certifications": certs,
                "languages": langs,
                "description": desc,
                "description_zh": desc_zh,
                "website": f"https://{slug}.example",
                "contact_email": f"partners@{slug}.example",
                "pitched_at_webinar": pitched,
            }
        )
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=V.COLUMNS, lineterminator="\r\n")
    w.writeheader()
    w.writerows(out)
    V.DIRECTORY.write_text(buf.getvalue(), encoding="utf-8")
    return out


# =========================================================================== questions
SEC = ["secretariat@cipherbridge.example"]
Q = []


def q(qid, kind, question, sources=(), answers=(), note=""):
    lang = V.ID_LANG[qid.split("-")[1]]
    Q.append(
        {
            "id": qid,
            "lang": lang,
            "kind": kind,
            "question": question,
            "expected_sources": list(sources),
            "expected_companies": [],
            "answer_must_contain_any": list(answers),
            "note": note,
        }
    )


P, D, U = "programme", "directory", "unanswerable"
RULES, OVER, CAT, OFF = (
    "participation-rules.txt",
    "cipher-bridge-overview.md",
    "services-tariff-catalogue.md",
    "offices-and-support.html",
)
PDF, FAQ, ZHC, ZHD = "grant-guide-2063.pdf", "help-centre-faq.html", "zh-grant-call.txt", "zh-subsidy-schedule.docx"
URD, URM, EXPO, CORR = (
    "ur-fee-instalments.docx",
    "ur-site-visit-and-expo.md",
    "expo-pavilion-packages.html",
    "corrigendum-2063-01.md",
)
GLOS, NEWS, BUY, CHG = "glossary.md", "news-eligibility-update.md", "buyer-guide-en-zh.md", "what-changed-since-2061.md"

# ---- en (20): programme 9, directory 6, unanswerable 5
q(
    "s25-en-01",
    P,
    "we are a 45-person billing shop in multan doing pci work. whats our participation fee for cipher bridge 2063?",
    [RULES, URD, CHG],
    ["45,000", "PKR 45,000", "۴۵,۰۰۰"],
    "band lookup with the asker's head count (1-50 band)",
)
q(
    "s25-en-02",
    P,
    "hi, our company has exactly 250 employees on payroll. how much is the participation fee for us?",
    [CORR, CHG, URD],
    ["90,000", "PKR 90,000", "۹۰,۰۰۰"],
    "corrigendum changed Table A 51-250 from PKR 95,000 to 90,000; boundary 250 is inclusive",
)
q(
    "s25-en-03",
    P,
    "sorry to bother, we might miss the 30 april deadline by a day.. is a late application possible and what does it cost extra?",
    [RULES],
    ["7,500", "PKR 7,500"],
    "figure stated only in the footnote to Table A of the rules",
)
q(
    "s25-en-04",
    P,
    "when exactly does the application window close in beijing time, and what's the fee for a 30 person team?",
    [RULES, OVER, ZHD],
    ["20:00"],
    "two questions at once; the answer list holds the closing time (20:00 Beijing)",
)
q(
    "s25-en-05",
    P,
    "what's the most the digital trust voucher pays towards a threat intel feed subscription?",
    [PDF],
    ["240,000"],
    "PDF Table 2 (continued) on page 3",
)
q(
    "s25-en-06",
    P,
    "quick one - for billing privacy document review, what counts as a 'page'?",
    [GLOS],
    ["300 words"],
    "glossary term definition",
)
q(
    "s25-en-07",
    P,
    "we are a university spin-off at an HEC-recognised incubator and have only 3 full-time staff. the rules say 5 minimum, can we still apply?",
    [NEWS],
    ["3 full-time employees", "incubator manager"],
    "exception stated in a nested sub-item (2.1 b) of the CMS page",
)
q(
    "s25-en-08",
    P,
    "can 3 firms apply together as a consortium? and what would the partner firms pay",
    [FAQ],
    ["20,000", "PKR 20,000"],
    "answer inside a <details> accordion of the help centre",
)
q(
    "s25-en-09",
    P,
    "in the 2061 pilot the voucher cap was 10 lakh per firm. is it still the same for 2063 or did it change?",
    [CHG, PDF],
    ["2,500,000", "25 lakh"],
    "2061 vs 2063: must answer with the 2063 figure, not the 2061 one",
)
q(
    "s25-en-10",
    D,
    "looking for a managed SOC / 24x7 monitoring provider based in karachi, who's in the directory?",
    note="service + city; SOC wordings vary (managed SOC, Security Operations Center)",
)
q(
    "s25-en-11",
    D,
    "any pentest companys in lahore with under 100 staff?",
    note="service + city + size; pentest vs pen-testing",
)
q(
    "s25-en-12",
    D,
    "which firms do identity and access management but don't hold SOC 2 Type II?",
    note="without certification X; empty certifications (unknown) are left out, `none` counts as lacking",
)
q(
    "s25-en-13",
    D,
    "we need one vendor that does both threat intelligence and incident responce. who can do that?",
    note="two services in one firm",
)
q(
    "s25-en-14",
    D,
    "who offers data loss prevention? we're a hospital group in china",
    note="spelled-out form asked; directory also writes DLP",
)
q(
    "s25-en-15",
    D,
    "which of the firms that pitched at the 2022 webinar in shanghai run a security operations centre?",
    note="pitched_at_webinar (2022) + SOC wordings",
)
q(
    "s25-en-16",
    U,
    "can you list the names of the 18 firms pitching at the 2063 launch webinar? want to prepare questions",
    answers=SEC,
    note="near miss: the documents say the 2063 pitchers are not published",
)
q(
    "s25-en-17",
    U,
    "what's the reference rate for a smart contract audit in your tariff catalogue?",
    answers=SEC,
    note="near miss: the catalogue has no such service",
)
q(
    "s25-en-18",
    U,
    "what is the address and opening hours of your Faisalabad office? we are in faisalabad",
    answers=["Lahore"],
    note="near miss: there is no office in Faisalabad (Punjab is served by Lahore)",
)
q(
    "s25-en-19",
    U,
    "what's the weather usually like in shanghai during the expo week in october?",
    note="off-topic: weather",
)
q(
    "s25-en-20",
    U,
    "my laptop screen cracked, know any repair shop near Blue Area islamabad?",
    note="off-topic: device repair",
)

# ---- zh (18): programme 9, directory 5, unanswerable 4
q(
    "s25-zh-01",
    P,
    "你好，我们和巴方签的合同金额刚好20万元，买方补贴比例是多少？",
    [ZHC, PDF],
    ["30%"],
    "boundary: 20万 is inside the inclusive 5万-20万 band",
)
q(
    "s25-zh-02",
    P,
    "我们是成都的游戏公司，合同80万，补贴比例能到多少？西部有没有上浮",
    [ZHC],
    ["30%", "上浮5个百分点"],
    "computed: 25% band plus the 5-point western uplift (Sichuan)",
)
q("s25-zh-03", P, "我们是省数据局的，能申请买方补贴吗？", [ZHC], ["不适用"], "exception for one kind of buyer")
q(
    "s25-zh-04",
    P,
    "我们医院有350台监控设备，接入SOC第二年每台补贴多少钱",
    [ZHD],
    ["25元"],
    "answer under the merged 医院 cell of the docx table (次年 sub-column of a merged header)",
)
q("s25-zh-05", P, "展会开始前20天取消展位，能退多少钱？", [ZHD], ["20%"], "refund band by days before the event")
q(
    "s25-zh-06",
    P,
    "申报截止是哪天？另外中期报告什么时候交",
    [ZHD, OVER, RULES],
    ["4月30日", "30 April"],
    "two questions at once; the answer list holds the closing date",
)
q(
    "s25-zh-07",
    P,
    "我们是上海的一家银行，作为买方注册费多少钱",
    [BUY],
    ["6,000", "6000元"],
    "bilingual table with headers 费用",
)
q(
    "s25-zh-08",
    P,
    "巴方企业采购工控实验室设备，数字信任券最多补多少钱？",
    [PDF],
    ["800,000"],
    "PDF Table 2 (continued) on page 2; English-only fact asked in Chinese",
)
q(
    "s25-zh-09",
    P,
    "合同金额600万元的话，单份合同补贴上限是多少？",
    [ZHC, PDF],
    ["一百二十万元", "1,200,000", "120万"],
    "cap written in Chinese numerals; 120万 computed from 一百二十万",
)
q(
    "s25-zh-10",
    D,
    "有没有做渗透测试并且有CREST认证的巴基斯坦公司？",
    note="service + certification; pentest written as VAPT etc.",
)
q(
    "s25-zh-11",
    D,
    "我们是在巴基斯坦有工厂的制造企业，想找当地做工控安全的公司，有推荐吗",
    note="Chinese need (工控安全) that the directory writes as OT/ICS/SCADA in English",
)
q("s25-zh-12", D, "参加的中国企业里有哪些是在深圳的？", note="which Chinese firms take part, in one city")
q("s25-zh-13", D, "哪些公司能做安全信息和事件管理（SIEM）集成？", note="SIEM vs spelled-out form")
q(
    "s25-zh-14",
    D,
    "有没有做漏洞赏金平台的公司，我们是游戏公司想搞众测",
    note="Chinese need that the directory writes as bug bounty",
)
q(
    "s25-zh-15",
    U,
    "北京办公室的地址和电话是多少？",
    answers=["Shanghai"],
    note="near miss: there is no Beijing office (Beijing buyers are served by Shanghai)",
)
q(
    "s25-zh-16",
    U,
    "2061年试点的时候中方买方一共拿到了多少补贴？",
    answers=SEC,
    note="near miss: 2061 subsidy figure not given",
)
q("s25-zh-17", U, "上海十月份天气怎么样，去看展要带外套吗", note="off-topic: weather")
q("s25-zh-18", U, "帮我写个Python爬虫抓取淘宝商品价格", note="off-topic: coding request")

# ---- ur (14): programme 7, directory 3, unanswerable 4
q(
    "s25-ur-01",
    P,
    "ہماری کمپنی میں 300 ملازمین ہیں، فیس کتنی قسطوں میں دے سکتے ہیں اور ہر قسط کتنی ہوگی؟",
    [URD],
    ["۷۵,۰۰۰", "75,000", "1,50,000"],
    "instalments stated only in Urdu; figure in Urdu digits, asked with Western digits",
)
q(
    "s25-ur-02",
    P,
    "ہماری فرم سے چار لوگ شینزین کے دورے پر جائیں گے، کیا کوئی رعایت ملے گی؟",
    [URM],
    ["۱۰ فیصد", "10 فیصد"],
    "discount rule (3 or more persons); Urdu digits",
)
q(
    "s25-ur-03",
    P,
    "چینگدو والے دورے کی فی فرد فیس کتنی ہے؟",
    [URM],
    ["۶۰,۰۰۰", "60,000"],
    "figure written in Urdu digits",
)
q(
    "s25-ur-04",
    P,
    "اگر چینی خریدار آٹھ سے زیادہ ملاقاتیں چاہے تو ہر اضافی ملاقات کی کیا فیس ہے؟",
    [BUY],
    ["RMB 800", "800元"],
    "fact stated only in the bilingual buyer guide, asked in Urdu",
)
q(
    "s25-ur-05",
    P,
    "کیا کوئٹہ میں آپ کا کوئی دفتر ہے؟ ہم بلوچستان کی فرم ہیں",
    [OFF],
    ["Karachi"],
    "no office in Quetta; province table sends Balochistan to Karachi",
)
q(
    "s25-ur-06",
    P,
    "اگر رات کو ڈیڈ لائن پر پورٹل بند ہو جائے (P1) تو ہیلپ ڈیسک کتنی دیر میں جواب دے گا؟",
    [OFF],
    ["1 hour"],
    "SLA by severity x time window (P1, out of hours)",
)
q(
    "s25-ur-07",
    P,
    "نتائج کا اعلان کب ہوگا؟",
    [URM, URD, CORR, OVER],
    ["۱۲ جون", "12 June"],
    "corrigendum moved results from 5 June to 12 June 2063",
)
q(
    "s25-ur-08",
    D,
    "۲۰۱۰ سے پہلے قائم ہونے والی کون سی کمپنیاں ڈیزاسٹر ریکوری کرتی ہیں؟",
    note="service + founded before 2010 (2010 itself excluded); DR wordings",
)
q(
    "s25-ur-09",
    D,
    "اسلام آباد کے علاوہ کون سی پاکستانی کمپنیاں پی کے آئی اور ڈیجیٹل سرٹیفکیٹ فراہم کرتی ہیں؟",
    note="not in city Y; PKI wordings",
)
q(
    "s25-ur-10",
    D,
    "دو سو یا اس سے زیادہ ملازمین والی کون سی پاکستانی کمپنیاں سکیورٹی آپریشنز سینٹر چلاتی ہیں؟",
    note="service + size (200 or more); SOC wordings",
)
q(
    "s25-ur-11",
    U,
    "کیا پروگرام کے تحت لاہور میں کوئی ہیکاتھون ہو رہا ہے؟ تاریخ بتا دیں",
    answers=SEC,
    note="near miss: event never mentioned",
)
q(
    "s25-ur-12",
    U,
    "ہارڈویئر سکیورٹی ماڈیول کی تنصیب کا ریفرنس ریٹ کیا ہے؟",
    answers=SEC,
    note="near miss: the catalogue has no rate for this service",
)
q(
    "s25-ur-13",
    U,
    "چین کا سیاحتی ویزا کیسے ملتا ہے؟ میں چھٹیوں میں گھومنے جانا چاہتا ہوں",
    note="off-topic: tourist visa",
)
q("s25-ur-14", U, "کرکٹ ورلڈ کپ کا شیڈول کیا ہے؟", note="off-topic: sports")

# ---- ur-Latn (14): programme 6, directory 5, unanswerable 3
q(
    "s25-ul-01",
    P,
    "chinese buyer ki subsidy application mein documents adhoore hon to unhe poora karne ke liye kitne din milte hain?",
    [ZHC],
    ["五个工作日", "5 working days"],
    "Chinese-only fact in Chinese numerals; 5 working days computed",
)
q(
    "s25-ul-02",
    P,
    "working day ka matlab kya hai? kya china ki chuttiyan bhi count nahi hoti?",
    [GLOS],
    ["in Pakistan and in China", "Pakistan and in China"],
    "glossary term definition",
)
q(
    "s25-ul-03",
    P,
    "hamein weekdays pe raat 9 baje se L2 analyst chahiye, rate kya hoga per hour?",
    [CAT],
    ["USD 34"],
    "grade x shift lookup (21:00 is night shift)",
)
q(
    "s25-ul-04",
    P,
    "hamara code base exactly 200,000 lines ka hai, secure code reveiw mein kitnay din lagenge?",
    [CAT],
    ["10 working days"],
    "volume band boundary (50,001-200,000)",
)
q(
    "s25-ul-05",
    P,
    "buyer ke 6 sites hain jahan pilot chalega, pilot deployment allowance kitna milega?",
    [RULES],
    ["350,000", "PKR 350,000"],
    "band by number of sites (6 is in 6-15)",
)
q(
    "s25-ul-06",
    P,
    "program ka total budget kitna hai bhai? crore mein bata dein",
    [URD],
    ["۴۲ کروڑ", "42 crore", "420 million"],
    "Urdu-only fact in Urdu digits; 42 crore / 420 million computed",
)
q(
    "s25-ul-07",
    D,
    "Karachi ya Islamabad mein disaster recovery wali koi company hai?",
    note="service + two cities; DR wordings",
)
q(
    "s25-ul-08",
    D,
    "koi company hai jo fraud analytics karti ho aur PCI DSS certified bhi ho?",
    note="service + certification",
)
q(
    "s25-ul-09",
    D,
    "VAPT karne wali firms chahiye jin ke staff OSCP certified hon",
    note="acronym asked; directory also spells out penetration testing; OSCP wordings vary",
)
q("s25-ul-10", D, "Gilgit ya Skardu mein koi cyber security company hai directory mein?", note="city only")
q(
    "s25-ul-11",
    D,
    "cloud security posture management wali firms jo SOC 2 Type II rakhti hon?",
    note="spelled-out form asked; directory also writes CSPM",
)
q(
    "s25-ul-12",
    U,
    "2061 pilot mein kitni firms ko voucher mila tha aur total kitne paise diye gaye?",
    answers=SEC,
    note="near miss: 2061 voucher payouts not given (only the cap)",
)
q("s25-ul-13", U, "mere phone ki battery bohat jaldi khatam hoti hai, kya karun?", note="off-topic: phone battery")
q("s25-ul-14", U, "Lahore se Skardu ki flight ka kiraya kitna hai aajkal?", note="off-topic: domestic airfare")

# ---- mixed (14): programme 7, directory 3, unanswerable 4
q(
    "s25-mx-01",
    P,
    "Raw space 36 m² wala booth PDTC member ke liye kitne ka hai? 展位价格多少",
    [EXPO],
    ["1,100,000"],
    "answer under the merged Raw space rowspan cell and the colspan price header",
)
q(
    "s25-mx-02",
    P,
    "digital forensics night shift mein minimum kitne ghante bill hote hain? 最低几个小时",
    [CAT],
    ["min. 4 h"],
    "answer in a <br> cell of the Markdown table",
)
q(
    "s25-mx-03",
    P,
    "helpdesk ka WhatsApp number kya hai? 请发一下",
    [FAQ],
    ["+92 300 555 2063", "300 555 2063"],
    "fact in the <dl> definition list",
)
q(
    "s25-mx-04",
    P,
    "fraud analytics model validation 的 co-funding 比例 kitna hai voucher mein?",
    [PDF],
    ["40%"],
    "PDF Table 2 (continued) on page 3",
)
q(
    "s25-mx-05",
    P,
    "我们是新疆的 buyer, kaunsa China office hamein handle karega?",
    [OFF],
    ["Chengdu"],
    "buyer's province to China office table",
)
q(
    "s25-mx-06",
    P,
    "春节 blackout kab se kab tak hai? 审核暂停几号开始",
    [RULES, OVER, GLOS, ZHD, ZHC],
    ["25 January", "2064年1月25日"],
    "Spring Festival blackout window, dates in several documents",
)
q(
    "s25-mx-07",
    P,
    "hum sirf phishing simulation offer karte hain, kya OSCP wala staff zaroori hai? 需要吗",
    [RULES, NEWS],
    ["exempt", "not needed for awareness-only"],
    "exception clause to criterion 3.3",
)
q(
    "s25-mx-08",
    D,
    "DLP 数据防泄漏 wali Pakistani firms chahiye, lekin Karachi ke ilawa",
    note="not in city Y; DLP wordings",
)
q("s25-mx-09", D, "我们要找会说 Mandarin 的 firm jo PIPL compliance kare", note="service + working language")
q("s25-mx-10", D, "phishing simulation 钓鱼演练 kaun si companies karwati hain?", note="singular/plural wordings")
q(
    "s25-mx-11",
    U,
    "2063 launch webinar ki recording ka link mil sakta hai? 回放链接",
    answers=SEC,
    note="near miss: no recording is mentioned",
)
q(
    "s25-mx-12",
    U,
    "Expo ke baad Beijing mein bhi roadshow hai kya? 北京路演什么时候",
    answers=SEC,
    note="near miss: no roadshow in the documents",
)
q("s25-mx-13", U, "PSL 的比赛 tickets kahan se milenge?", note="off-topic: sports tickets")
q("s25-mx-14", U, "mera WeChat account block ho gaya, 怎么解封?", note="off-topic: app account support")


def build_questions(rows):
    order = {"en": 0, "zh": 1, "ur": 2, "ul": 3, "mx": 4}
    for item in Q:
        if item["kind"] == D:
            item["expected_companies"] = V.answer_set(item["id"], rows)
    Q.sort(key=lambda x: (order[x["id"].split("-")[1]], x["id"]))
    V.QUESTIONS.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q), encoding="utf-8")


def main():
    PROG.mkdir(parents=True, exist_ok=True)
    build_pdf()
    build_zh_docx()
    build_ur_docx()
    build_directory()
    _, rows = V.load_directory()
    build_questions(rows)
    print(f"wrote {len(Q)} questions, {len(rows)} companies, 3 binary documents")


if __name__ == "__main__":
    main()
