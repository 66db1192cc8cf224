#!/usr/bin/env python3
"""Builds the binary documents, directory.csv and questions-21.jsonl of held-out sample 21.

Run once from the repository root:  .venv/bin/python tests/data/build_sample21.py
The .md, .txt and .html documents are written by hand and are not touched here.
Directory answer sets are computed with the filters in validate_sample21.py.
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
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import docx  # noqa: E402
import files  # noqa: E402  (tests/files.py)
import pypdf  # noqa: E402
import validate_sample21 as v  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from sample_text import COLUMNS, FIELDS  # noqa: E402

KB = HERE / "sample-21"
PROGRAMME = KB / "programme"


# ============================================================================================
# PDF: two pages drawn with files.write_pdf, then joined
# ============================================================================================


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def page(lines: list[tuple[float, float, str]], rules=()) -> list:
    return [(x, y, esc(t)) for x, y, t in lines], list(rules)


def paragraph(x: float, y: float, texts: list[str], step: float = 14) -> list[tuple[float, float, str]]:
    return [(x, y - i * step, t) for i, t in enumerate(texts)]


def table(x_cols: list[float], y: float, rows: list[list[str]], step: float = 18, width: float = 468):
    placed, rules = [], []
    top = y + 12
    rules.append((x_cols[0] - 4, top, x_cols[0] - 4 + width, top))
    for i, row in enumerate(rows):
        for x, cell in zip(x_cols, row):
            placed.append((x, y - i * step, cell))
        rules.append((x_cols[0] - 4, y - i * step - 6, x_cols[0] - 4 + width, y - i * step - 6))
    return placed, rules


def build_pdf() -> None:
    # page 1
    p1 = [(72, 750, "Caravan Code 2055 - Pilot-Integration Voucher Guide")]
    p1 += [(72, 734, "Caravan Code Secretariat, Islamabad - issued 28 April 2055 - page 1 of 2")]
    p1 += paragraph(
        72,
        704,
        [
            "A pilot-integration voucher pays part of the cost of a pilot integration between a participating",
            "Pakistani firm and a Chinese buyer. The voucher is paid to the Pakistani firm and is shown as a",
            "discount on the firm's invoice to the buyer.",
        ],
    )
    p1 += paragraph(
        72,
        652,
        [
            "Call opens: 5 May 2055, 09:00 PKT",
            "Call closes: 16 June 2055, 23:59 Beijing time (20:59 PKT)",
            "Decisions: by 10 July 2055. Pilots must go live by 31 October 2055; no go-live from 1 to 7 October.",
        ],
    )
    p1 += [(72, 590, "Table 1 - Voucher by pilot contract value (each band includes both end values)")]
    t1, r1 = table(
        [76, 260, 380],
        566,
        [
            ["Pilot contract value (RMB)", "Voucher share", "Maximum voucher*"],
            ["below 50,000", "not eligible", "-"],
            ["50,000 to 199,999", "60%", "RMB 60,000"],
            ["200,000 to 799,999", "50%", "RMB 150,000"],
            ["800,000 and above", "40%", "RMB 250,000"],
        ],
    )
    p1 += t1
    p1 += [(72, 462, "* Vouchers are paid in two tranches: 70% when the pilot agreement is signed and 30% at go-live.")]
    p1 += paragraph(
        72,
        430,
        [
            "Pilots with a contract value below RMB 50,000 are not eligible for a voucher.",
            "Cap per firm: each Pakistani firm may receive at most two vouchers in 2055, worth no more than",
            "RMB 300,000 in total.",
        ],
    )
    p1 += [(72, 376, "Eligible pilots")]
    p1 += paragraph(
        72,
        358,
        [
            "- hotel PMS, channel-manager and booking-engine integrations (see the room caps on page 2)",
            "- OTA, airline (NDC) and bus-ticketing connectivity",
            "- WeChat mini-programs and Alipay / WeChat Pay integration",
            "- visa-application and travel-document processing",
            "- museum and heritage digitisation, audio guides and virtual tours",
            "- Chinese-language customer support set-up, revenue management, claims handling",
        ],
    )
    p1 += paragraph(
        72,
        262,
        [
            "Not eligible: hardware purchases, marketing campaigns, staff travel and the buyer's own licences.",
            "One pilot agreement can carry only one voucher.",
        ],
    )
    # page 2
    p2 = [(72, 750, "Caravan Code 2055 - Pilot-Integration Voucher Guide - page 2 of 2")]
    p2 += [(72, 720, "Table 2 - Hotel PMS, channel-manager and booking-engine pilots: cap by rooms at the property")]
    t2, r2 = table(
        [76, 250],
        696,
        [
            ["Rooms at the pilot property", "Voucher rule"],
            ["fewer than 20", "not eligible alone; up to 5 small properties may pool (20 rooms or more combined)"],
            ["20 to 59", "voucher capped at RMB 30,000"],
            ["60 to 199", "voucher capped at RMB 80,000"],
            ["200 or more", "Table 1 applies with no room cap"],
        ],
        width=500,
    )
    p2 += t2
    p2 += paragraph(
        72,
        592,
        [
            "The room cap is applied after Table 1: the voucher is the lower of the two amounts.",
        ],
    )
    p2 += [(72, 560, "Worked examples")]
    p2 += paragraph(
        72,
        542,
        [
            "(a) Tour-operator ERP pilot, contract RMB 150,000: 60% = RMB 90,000, above the RMB 60,000",
            "     maximum, so the voucher is RMB 60,000.",
            "(b) PMS pilot at a 120-room hotel, contract RMB 500,000: 50% = RMB 250,000; the Table 1",
            "     maximum is RMB 150,000 and the room cap is RMB 80,000, so the voucher is RMB 80,000.",
            "(c) Airline NDC pilot, contract RMB 1,000,000: 40% = RMB 400,000, capped at RMB 250,000.",
        ],
    )
    p2 += [(72, 456, "How to apply")]
    p2 += paragraph(
        72,
        438,
        [
            "Upload the signed pilot agreement, a technical scope and the buyer's written confirmation on",
            "https://apply.caravancode.example before the call closes. Incomplete applications are returned",
            "once; a corrected application must still arrive before 16 June 2055, 23:59 Beijing time.",
        ],
    )
    p2 += paragraph(
        72,
        380,
        [
            "Vouchers desk: vouchers@caravancode.example, +92 51 5550 1433 (09:00-17:00 PKT).",
            "China Desk, Chengdu: china@caravancode.example, +86 28 5550 7700.",
        ],
    )
    tmp1, tmp2 = PROGRAMME / "_p1.pdf", PROGRAMME / "_p2.pdf"
    placed1, rules1 = page(p1, r1)
    placed2, rules2 = page(p2, r2)
    files.write_pdf(tmp1, placed1, rules1)
    files.write_pdf(tmp2, placed2, rules2)
    writer = pypdf.PdfWriter()
    for tmp in (tmp1, tmp2):
        writer.add_page(pypdf.PdfReader(str(tmp)).pages[0])
    with (PROGRAMME / "pilot-voucher-guide-2055.pdf").open("wb") as out:
        writer.write(out)
    tmp1.unlink()
    tmp2.unlink()


# ============================================================================================
# DOCX: files.write_docx, then extra tables moved into place (and RTL for Urdu)
# ============================================================================================


def paragraph_with(document, text: str):
    for p in document.paragraphs:
        if p.text == text:
            return p
    raise KeyError(text)


def add_table_after(document, anchor_text: str, rows: list[list[str]]):
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    grid.style = document.styles["Table Grid"]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    paragraph_with(document, anchor_text)._p.addnext(grid._tbl)
    return grid


ZH_TITLE = "大篷车代码2055 中国买家参与指南"
ZH_SECTIONS = [
    (
        "一、项目简介",
        [
            "大篷车代码2055（Caravan Code 2055，中巴旅游、文旅与酒店软件合作计划）由巴基斯坦旅游科技出口委员会（PTTEB）主办，"
            "秘书处设在伊斯兰堡；中方合作伙伴为丝路文旅数字联盟（SRCTDA），在成都设有中国联络处。",
            "中国买方（在线旅游平台、酒店集团、航空公司、旅行社、主题乐园、邮轮公司、支付机构及各省文旅部门）参与本项目不收取参与费。",
        ],
    ),
    (
        "二、2055年主要日程",
        [
            "启动网络研讨会：2055年1月14日，北京时间13:00–15:00（巴基斯坦时间10:00–12:00），线上举行，"
            "共有18家巴基斯坦企业路演，提供中英同声传译。本次研讨会与2022年2月23日在上海举办的网络研讨会不是同一活动。",
            "考察团（familiarisation trip）：2055年4月20日至29日，拉合尔—伊斯兰堡—吉尔吉特—罕萨。",
            "试点集成券申领：2055年5月5日至6月16日，截止时间为北京时间23:59。",
            "旺季支持窗口：2055年7月1日至10月15日。",
            "西部旅游科技博览会（成都）：2055年11月12日至14日，大篷车代码展区位于3号馆。",
        ],
    ),
    (
        "三、考察团",
        [
            "行程：拉合尔（4月20日至22日）、伊斯兰堡（4月23日至25日）、吉尔吉特和罕萨（4月26日至29日）。",
            "每家买方最多派4人。报名时每人须缴纳押金人民币6,000元，考察结束后全额退还；取消报名时按第四部分的表格退还。",
            "在巴费用补贴按每家买方的出行人数计算，见下表：",
        ],
    ),
    (
        "四、取消与押金退还",
        [
            "出发日为2055年4月20日。取消报名时，按距出发日的天数退还押金（区间含两端）：",
            "上表适用于所有取消情形，但因巴基斯坦签证被拒而取消的除外：凭拒签通知，押金全额退还（100%）。",
        ],
    ),
    (
        "五、对接办公室",
        [
            "中国买方按注册地所在省份由以下办公室对接：",
            "北京、上海、杭州、深圳、昆明、乌鲁木齐、喀什均未设办公室。",
        ],
    ),
    (
        "六、联系方式",
        [
            "成都办公室（中国联络处）：成都市高新区天府大道北段1700号金城广场B座18楼，电话 +86 28 5550 7700，邮箱 china@caravancode.example。",
            "考察团事务：famtrip@caravancode.example。试点集成券：vouchers@caravancode.example。",
        ],
    ),
]
ZH_TABLE_SUBSIDY = [
    ["每家买方出行人数", "在巴费用（住宿、境内交通、餐饮）", "国际机票补贴"],
    ["1–2人", "项目承担100%", "每人最高人民币3,000元"],
    ["3–4人", "前2人100%，第3、4人各50%", "仅前2人，每人最高人民币3,000元"],
    ["5人及以上", "不接受（每家买方最多4人）", "—"],
]
ZH_TABLE_REFUND = [
    ["取消时间（距出发日）", "对应日期", "押金退还比例"],
    ["45天及以上", "2055年3月6日及之前", "90%"],
    ["30–44天", "2055年3月7日至3月21日", "60%"],
    ["15–29天", "2055年3月22日至4月5日", "25%"],
    ["14天及以下", "2055年4月6日及之后", "不退"],
]
ZH_TABLE_OFFICES = [
    ["买方注册地", "对接办公室", "电话", "邮箱"],
    ["四川、重庆、云南、贵州、西藏", "成都办公室", "+86 28 5550 7700", "china@caravancode.example"],
    ["广东、广西、福建、海南、香港、澳门", "广州办公室", "+86 20 5550 6612", "guangzhou@caravancode.example"],
    ["陕西、甘肃、宁夏、青海、新疆", "西安办公室", "+86 29 5550 4401", "xian@caravancode.example"],
    ["其他省份（含北京、上海、浙江、江苏）", "成都办公室", "+86 28 5550 7700", "china@caravancode.example"],
]


def build_zh_docx() -> None:
    path = PROGRAMME / "buyer-guide-2055-zh.docx"
    files.write_docx(path, ZH_TITLE, ZH_SECTIONS, ZH_TABLE_SUBSIDY)
    document = docx.Document(str(path))
    first = document.tables[0]
    first.style = document.styles["Table Grid"]
    paragraph_with(document, "在巴费用补贴按每家买方的出行人数计算，见下表：")._p.addnext(first._tbl)
    add_table_after(
        document, "出发日为2055年4月20日。取消报名时，按距出发日的天数退还押金（区间含两端）：", ZH_TABLE_REFUND
    )
    add_table_after(document, "中国买方按注册地所在省份由以下办公室对接：", ZH_TABLE_OFFICES)
    document.core_properties.language = "zh-CN"
    document.save(str(path))


UR_TITLE = "کاروان کوڈ 2055: پاکستانی کمپنیوں کے لیے شرکت کی رہنمائی"
UR_FEE_INTRO = "فیس کمپنی کے کل وقتی ملازمین کی تعداد پر منحصر ہے۔ ہر درجے میں دونوں حدیں شامل ہیں۔ رقم ہندسوں اور الفاظ دونوں میں دی گئی ہے:"
UR_SECTIONS = [
    (
        "تعارف",
        [
            "کاروان کوڈ 2055 (پاک چین ٹریول، ٹورازم اینڈ ہاسپیٹیلٹی سافٹ ویئر پروگرام 2055) کی میزبانی پاکستان ٹورازم ٹیکنالوجی "
            "ایکسپورٹ بورڈ (PTTEB) کرتا ہے اور اس کا سیکرٹریٹ اسلام آباد میں ہے۔ پروگرام پاکستانی سافٹ ویئر کمپنیوں کو چینی "
            "ٹریول ایجنسیوں، ہوٹل گروپس، ایئر لائنز اور ٹور آپریٹرز سے ملاتا ہے۔",
            "پروگرام کا کل بجٹ 42 کروڑ روپے (PKR 420,000,000) ہے، جس میں پائلٹ انٹیگریشن واؤچرز، فیمیلیرائزیشن ٹرپ اور "
            "چینگدو نمائش کے اخراجات شامل ہیں۔",
        ],
    ),
    (
        "اہلیت",
        [
            "درخواست دینے والی کمپنی کا پاکستان میں رجسٹرڈ ہونا، کم از کم 5 کل وقتی ملازمین ہونا، اور سفر، سیاحت یا مہمان نوازی "
            "کے کسی کلائنٹ کے ساتھ کم از کم ایک چلتی ہوئی پروڈکٹ ہونا ضروری ہے۔ مکمل شرائط انگریزی دستاویز "
            "Participation Rules 2055 میں درج ہیں۔",
            "درخواستیں 3 فروری 2055 صبح 9 بجے (PKT) سے 17 مارچ 2055 شام 5 بجے (PKT) تک جمع کرائی جا سکتی ہیں۔",
        ],
    ),
    ("شرکت کی فیس", [UR_FEE_INTRO]),
    (
        "فیس کی معافی",
        [
            "جن کمپنیوں کے 25 یا اس سے کم کل وقتی ملازمین ہیں اور جن کا رجسٹرڈ دفتر کراچی، لاہور اور اسلام آباد سے باہر ہے، "
            "اُن کی شرکت کی فیس معاف ہے، یعنی انہیں کوئی فیس نہیں دینی۔ اس قاعدے کے لیے راولپنڈی کو اسلام آباد سے باہر شمار کیا جاتا ہے۔",
            "مثال: سکردو کی 20 ملازمین والی کمپنی کی فیس معاف ہے؛ ملتان کی 26 ملازمین والی کمپنی 85,000 روپے ادا کرے گی۔",
        ],
    ),
    (
        "اقساط میں ادائیگی",
        [
            "جن کمپنیوں کی فیس 1,50,000 روپے (ڈیڑھ لاکھ روپے) یا اس سے زیادہ ہے، وہ فیس دو قسطوں میں ادا کر سکتی ہیں: "
            "آدھی رقم انتخاب کی اطلاع ملنے پر اور باقی آدھی 30 جون 2055 تک۔ اس سے کم فیس ایک ہی بار ادا کرنی ہو گی۔",
        ],
    ),
    (
        "فیس کی واپسی",
        [
            "جو کمپنی 15 اپریل 2055 رات 11:59 بجے (PKT) تک پروگرام سے دستبردار ہو جائے، اسے پوری فیس واپس ملے گی، البتہ "
            "5,000 روپے (پانچ ہزار روپے) انتظامی چارج کاٹا جائے گا۔ اس کے بعد کوئی واپسی نہیں ہو گی۔",
        ],
    ),
    (
        "رابطہ",
        [
            "کاروان کوڈ سیکرٹریٹ، تیسری منزل، سیفرون ٹاور، 21 جناح ایونیو، بلیو ایریا، اسلام آباد 44000۔ "
            "فون: +92 51 5550 1400۔ ای میل: secretariat@caravancode.example",
        ],
    ),
]
UR_TABLE_FEES = [
    ["کل وقتی ملازمین", "فیس (ہندسوں میں)", "فیس (الفاظ میں)"],
    ["1 سے 25", "PKR 40,000", "چالیس ہزار روپے"],
    ["26 سے 100", "PKR 85,000", "پچاسی ہزار روپے"],
    ["101 سے 300", "PKR 150,000 (1,50,000)", "ڈیڑھ لاکھ روپے"],
    ["301 یا اس سے زیادہ", "PKR 240,000 (2,40,000)", "دو لاکھ چالیس ہزار روپے"],
]


def make_rtl(document) -> None:
    def set_bidi(paragraph) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        if ppr.find(qn("w:bidi")) is None:
            bidi = OxmlElement("w:bidi")
            ppr.insert(0, bidi)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in paragraph.runs:
            rpr = run._r.get_or_add_rPr()
            rpr.append(OxmlElement("w:rtl"))
            lang = OxmlElement("w:lang")
            lang.set(qn("w:bidi"), "ur-PK")
            rpr.append(lang)

    for paragraph in document.paragraphs:
        set_bidi(paragraph)
    for grid in document.tables:
        tblpr = grid._tbl.tblPr
        tblpr.append(OxmlElement("w:bidiVisual"))
        for row in grid.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    set_bidi(paragraph)


def build_ur_docx() -> None:
    path = PROGRAMME / "company-guide-2055-ur.docx"
    files.write_docx(path, UR_TITLE, UR_SECTIONS, UR_TABLE_FEES)
    document = docx.Document(str(path))
    grid = document.tables[0]
    grid.style = document.styles["Table Grid"]
    paragraph_with(document, UR_FEE_INTRO)._p.addnext(grid._tbl)
    make_rtl(document)
    document.core_properties.language = "ur-PK"
    document.save(str(path))


# ============================================================================================
# directory.csv
# ============================================================================================

# id | name | name_zh | city | founded | employees | services | industries | technologies |
# certifications | languages | description | description_zh | site slug | pitched
COMPANIES = r"""
PK-001|Hunza Stack Technologies (Pvt) Ltd|罕萨栈科技|Gilgit|2041|34|trekking permit processing;mountain-guide booking;offline-first mobile apps;mobile app development|adventure tourism;tour operators;tourism boards|Flutter;Firebase;SQLite|none|English;Urdu;Shina|Builds permit and guide-booking apps for trekking agencies in the north. Its apps work offline on high passes and sync when a signal returns.|为北部山区徒步旅行社开发许可证办理和向导预订应用，支持离线使用。|hunzastack|no
PK-002|Gulberg Hospitality Systems (Pvt) Ltd|古尔伯格酒店系统|Lahore|2031|220|hotel PMS;channel manager;Booking engine;POS integration|hotels;resorts|.NET;SQL Server;Azure|ISO 27001;ISO 9001|English;Urdu;Mandarin|Hotel software house with its own PMS used by mid-size hotels and resorts. Also runs a channel manager and a direct booking engine.|自研酒店PMS，同时提供渠道管理和直销预订引擎。|gulberghs|yes
PK-003|Clifton Cloud PMS||Karachi|2044|48|cloud PMS for guesthouses;mobile app development;night-audit automation|guesthouses;hotels;serviced apartments|Laravel;Vue.js;AWS|none|English;Urdu;Sindhi|Subscription PMS for guesthouses and serviced apartments along the coast.||cliftoncloud|no
PK-004|Margalla Channel Works|马尔加拉渠道科技|Islamabad|2038|75|OTA connectivity;Channel Manager;rate parity monitoring;API integration|hotels;online travel agencies|Java;Spring Boot;Kafka|ISO 27001|English;Urdu;Mandarin|Connects hotel inventory to online travel agencies through two-way XML and JSON interfaces and watches rate parity.|为酒店与在线旅游平台提供双向直连和价格一致性监控。|margallacw|yes
PK-005|Ravi Route Ticketing (Pvt) Ltd||Lahore|2029|310|bus ticketing platform;inter-city coach booking;fleet dispatch software|transport;bus operators|Kotlin;PostgreSQL;GCP|ISO 9001|English;Urdu;Punjabi|Runs ticketing and dispatch for inter-city coach operators across Punjab.||raviroute|no
PK-006|Skyline GDS Solutions (Pvt) Ltd|天际分销系统|Karachi|2027|410|airline ticketing (GDS);NDC connectivity;airline reservation system integration|airlines;travel agencies|Java;Oracle;IBM MQ|ISO 27001;PCI DSS;CMMI Level 3|English;Urdu|Airline distribution specialist: GDS ticketing, NDC connections and reservation-system integration for carriers and agencies.|航空分销专家，提供GDS出票、NDC直连和订座系统集成。|skylinegds|yes
PK-007|Zamzam Digital|赞赞数字|Karachi|2040|62|Umrah & Ziyarat tour app;pilgrim group management;prayer-time & qibla SDK|pilgrimage travel;religious tourism|React Native;Node.js;MongoDB|none|English;Urdu;Arabic|Builds group-travel apps for Umrah and Ziyarat operators, with a prayer-time and qibla SDK.|为朝觐和宗教旅游团组开发行程管理应用。|zamzamdigital|no
PK-008|Halal Trails Labs|清真之旅实验室|Lahore|2046|19|halal travel app;halal restaurant finder;Muslim-friendly hotel ratings|halal tourism;restaurants|Flutter;Supabase||English;Urdu;Mandarin|Consumer app that helps Muslim travellers find halal food and Muslim-friendly hotels, including in Chinese cities.|帮助穆斯林游客查找清真餐厅和穆斯林友好酒店的应用。|halaltrails|no
PK-009|Mohenjo 3D Heritage (Pvt) Ltd|摩亨佐三维遗产|Karachi|2039|27|3D heritage scanning;photogrammetry;museum digitization|museums;heritage sites|photogrammetry pipelines;Unreal Engine;Blender|ISO 9001|English;Urdu;Sindhi|Scans archaeological sites and museum objects in 3D and builds digital twins for exhibitions.|对考古遗址和馆藏文物进行三维扫描并制作数字孪生。|mohenjo3d|yes
PK-010|Taxila Audio Guides|塔克西拉语音导览|Islamabad|2043|14|audio guide apps;multilingual audio tours (EN/ZH/UR);mobile app development|museums;heritage sites;tourism boards|Swift;Kotlin;BLE beacons|none|English;Urdu;Mandarin;Punjabi|Produces multilingual audio guides for museums and heritage sites, with Chinese narration recorded in-house.||taxilaaudio|no
PK-011|Anarkali POS Systems||Lahore|2036|88|restaurant POS;QR menu;kitchen display system (KDS)|restaurants;cafés;food courts|Android;Laravel;MySQL|PCI DSS|English;Urdu;Punjabi|Point-of-sale and QR menu software for restaurants and food courts in Punjab.||anarkalipos|no
PK-012|Burns Road Tech|伯恩斯路科技|Karachi|2045|23|QR code ordering;F&B point-of-sale;mobile app development|restaurants;F&B|Flutter;Django;PostgreSQL|none|English;Urdu|Small team building QR ordering and point-of-sale tools for Karachi's food streets.|为卡拉奇餐饮街开发扫码点餐和收银系统。|burnsroadtech|no
PK-013|Mandarin Desk Pakistan (Pvt) Ltd|巴中客服中心|Islamabad|2037|260|Chinese-language customer support;Mandarin live chat;24/7 call centre|online travel agencies;airlines;e-commerce|Zendesk;Genesys;WeCom|ISO 27001;ISO 9001|English;Urdu;Mandarin;Cantonese|Contact centre with Mandarin- and Cantonese-speaking agents serving Chinese travellers around the clock.|拥有普通话和粤语坐席的全天候客服中心。|mandarindesk|yes
PK-014|Lyallpur Localisation House|莱亚尔普尔本地化|Faisalabad|2033|41|travel content translation (EN-ZH);Chinese subtitles;website localisation zh-CN|travel media;tourism boards|CAT tools;Aegisub|ISO 17100|English;Urdu;Mandarin;Punjabi|Translation and localisation house for travel content between English, Urdu and Chinese.|提供英、乌、中三语旅游内容翻译与本地化。|lyallpurloc|no
PK-015|Indus WeChat Works|印度河微信工坊|Karachi|2042|57|微信小程序开发;WeChat Pay integration;Alipay integration;UI/UX design|hotels;retail;tourism|JavaScript;WXML;Node.js|ISO 27001|English;Urdu;Mandarin|Builds WeChat mini-programs for hotels and attractions and connects them to WeChat Pay and Alipay.|为酒店和景区开发微信小程序并对接微信支付和支付宝。|induswechat|yes
PK-016|Khyber Pass Software|开伯尔软件|Peshawar|2035|66|tour operator ERP;itinerary & costing software;web development|tour operators;DMCs|PHP;Symfony;MySQL|ISO 9001|English;Urdu;Pashto|ERP for tour operators and destination management companies, from quotation to settlement.||khyberpass|no
PK-017|Bolan Visa Desk||Quetta|2047|16|visa application processing;custom software development;web development|visa services;travel agencies|Python;Django|none|English;Urdu;Pashto;Balochi|Handles visa application paperwork and appointment booking for travel agencies.||bolanvisa|no
PK-018|PassportIQ Systems (Pvt) Ltd|护照智能系统|Islamabad|2034|135|passport OCR;travel-document digitisation;e-visa form filling|government;visa services;airlines|Python;TensorFlow;Azure|ISO 27001;ISO 9001|English;Urdu;Mandarin|Reads passports and travel documents automatically and pre-fills e-visa forms for agencies and airlines.|自动识别护照和旅行证件并预填电子签证表格。|passportiq|yes
PK-019|Karakoram Expeditions Tech|喀喇昆仑探险科技|Skardu|2048|11|expedition logistics software;porter & guide marketplace;trekking permits|adventure tourism;mountaineering|Flutter;Firebase|none|English;Urdu;Balti|Software for expedition outfitters in Baltistan: logistics, porters, guides and permits.|为巴尔蒂斯坦登山探险公司提供后勤、背夫和向导管理软件。|karakoramx|no
PK-020|Nanga Parbat Digital||Gilgit|2044|22|guide-booking platform;trek permit e-application;mobile app development|adventure tourism;tourism boards|React;Node.js;Mapbox||English;Urdu;Shina|Online platform to book certified mountain guides and apply for trekking permits.||nangaparbat|no
PK-021|Yield Peak Analytics|峰值收益分析|Lahore|2039|54|revenue management;Dynamic Pricing;data analytics|hotels;airlines|Python;scikit-learn;Snowflake|ISO 27001|English;Urdu|Revenue-management and dynamic-pricing software for hotels and regional airlines.|为酒店和支线航空提供收益管理和动态定价软件。|yieldpeak|yes
PK-022|Saddar Revenue Labs||Karachi|2046|18|RMS for small hotels;yield management consulting;data analytics|hotels;guesthouses|R;Python;PostgreSQL|none|English;Urdu;Sindhi|Affordable revenue management for small hotels, plus consulting on yield.||saddarrev|no
PK-023|ClaimCraft BPO (Pvt) Ltd|理赔工坊|Lahore|2032|380|travel insurance claims processing;claims BPO|insurance;travel insurance|RPA;Java;Oracle|ISO 27001;ISO 9001;CMMI Level 3|English;Urdu;Mandarin|Back-office claims processing for travel insurers, with a Mandarin-speaking team for Chinese policyholders.|为旅游保险公司提供理赔后台处理，设有普通话团队。|claimcraft|no
PK-024|InsureHub Pakistan|保险枢纽|Karachi|2043|70|insurtech claims automation;chatbot development;API integration|insurance|Python;FastAPI;AWS|PCI DSS|English;Urdu|Insurtech platform that automates travel-insurance claims from first notice of loss to payout.||insurehub|no
PK-025|Altit Aerial Films|阿尔蒂特航拍|Hunza|2049|9|drone footage;aerial videography;航拍|tourism boards;hotels;adventure tourism|4K drones;DaVinci Resolve|none|English;Urdu;Burushaski|Drone and aerial film crew based in Hunza, shooting destination videos for hotels and tourism boards.|驻罕萨的无人机航拍团队。|altitaerial|no
PK-026|Shalimar VR Studio|夏利马VR工作室|Lahore|2041|36|360° virtual tours;VR walkthroughs;web development;UI/UX design|hotels;resorts;real estate|Unity;WebXR;three.js||English;Urdu;Punjabi|Creates 360-degree virtual tours and VR walkthroughs of hotels and resorts.||shalimarvr|yes
PK-027|ReviewGuard Pakistan|评论卫士|Islamabad|2040|145|review moderation;UGC moderation;fake-review detection|online travel agencies;e-commerce|Python;PyTorch;Kubernetes|ISO 27001|English;Urdu;Mandarin|Moderates guest reviews and user content for travel platforms, in English, Urdu and Chinese.|为旅游平台提供中英乌三语点评审核。|reviewguard|no
PK-028|Sentiment Sarai||Rawalpindi|2045|31|sentiment analysis of guest reviews;content moderation (reviews);data analytics|hotels;restaurants|Python;BERT;GCP|none|English;Urdu|Analyses and moderates guest reviews for hotels and restaurant chains.||sentimentsarai|no
PK-029|Crescent Booking Engines|新月预订引擎|Islamabad|2036|95|direct booking engine;web development;API integration|hotels;resorts|React;Node.js;AWS|ISO 27001|English;Urdu;Mandarin|Direct-booking engines and websites for hotels, connected to metasearch.|为酒店提供直销预订引擎和官网。|crescentbe|yes
PK-030|Jinnah Avenue Systems (Pvt) Ltd||Islamabad|2026|520|Tour Operator ERP;travel agency back-office;mobile app development|travel agencies;tour operators;airlines|Java;Angular;Oracle|ISO 27001;ISO 9001;CMMI Level 5|English;Urdu;Mandarin|One of the larger travel-software houses in the capital, with ERP and back-office suites for agencies and tour operators.||jinnahave|yes
PK-031|Sialkot Smart Stays||Sialkot|2047|13|guesthouse booking widget;PMS implementation;chatbot development|guesthouses;homestays|PHP;WordPress;Twilio|none|English;Urdu;Punjabi|Sets up booking widgets and PMS for small guesthouses and homestays.||sialkotstays|no
PK-032|Multan Heritage Digital|木尔坦遗产数字|Multan|2042|25|文物数字化;3D scanning of monuments;mobile app development|heritage sites;museums;tourism boards|photogrammetry;Unity;Flutter|none|English;Urdu;Saraiki|Digitises shrines and monuments of south Punjab and builds storytelling apps around them.|对南旁遮普的圣陵和古迹进行数字化。|multanheritage|no
PK-033|Dragon Bridge Support|龙桥客服|Karachi|2038|190|中文客服;multilingual contact centre;WeChat customer service|airlines;hotels;online travel agencies|Genesys;Salesforce|ISO 27001;PCI DSS|English;Urdu;Mandarin|Multilingual contact centre whose Chinese team answers travellers by phone and WeChat.|多语种客服中心，中文团队通过电话和微信服务旅客。|dragonbridge|no
PK-034|PaisaBridge Payments (Pvt) Ltd|钱桥支付|Karachi|2037|140|cross-border payment gateway;Alipay+/WeChat Pay acquiring;API integration|payments;hotels;retail|Java;Go;Kubernetes|PCI DSS;ISO 27001|English;Urdu;Mandarin|Payment gateway that lets Pakistani hotels and shops accept Chinese wallets.|帮助巴基斯坦酒店和商户受理中国钱包支付。|paisabridge|yes
PK-035|Lahore Subtitle Factory||Lahore|2044|29|subtitling;字幕翻译;Chinese-language customer support (small teams)|travel media;streaming|Aegisub;Python|none|English;Urdu;Mandarin|Subtitles travel films into Chinese and Urdu and runs small Chinese support teams.||subtitlefactory|no
PK-036|Potohar Travel Tech|波托哈尔旅游科技|Rawalpindi|2030|240|B2C booking portal;web development;Mobile App Development|travel agencies;airlines|Kotlin;Swift;Node.js|ISO 9001|English;Urdu;Punjabi|Builds consumer booking portals and apps for travel agencies and airlines.||potohar|no
PK-037|CodeKaravan (Pvt) Ltd|代码商队|Lahore|2034|175|WeChat mini-program development;UI/UX design;QA & testing|tourism;e-commerce|Taro;React;TypeScript|ISO 9001|English;Urdu;Mandarin|Front-end house that builds WeChat mini-programs and tests them for Chinese clients.|为中国客户开发和测试微信小程序。|codekaravan|yes
PK-038|Thar Tours Cloud||Hyderabad|2043|21|tour-ops back office;DMC software;custom software development|tour operators;DMCs|Ruby on Rails;PostgreSQL||English;Urdu;Sindhi|Back-office software for destination management companies in Sindh.||tharcloud|no
PK-039|Gandhara Museum Tech|犍陀罗博物馆科技|Peshawar|2040|17|audio guides;museum ticketing;digital collections management|museums;heritage sites|Flutter;Django|none|English;Urdu;Pashto|Museum software: collections databases, ticketing and audio guides for Gandhara collections.|为犍陀罗藏品提供藏品管理、票务和语音导览。|gandharamt|no
PK-040|Chenab Data Works|杰纳布数据|Faisalabad|2036|85|data analytics;hotel demand forecasting;BI dashboards|hotels;airlines;retail|Power BI;Python;Azure|ISO 27001|English;Urdu;Punjabi|Analytics team building dashboards and demand forecasts for hotels and airlines.||chenabdata|no
PK-041|Pak Road Tickets||Lahore|2041|60|bus e-ticketing;QR boarding passes|transport;bus operators|Flutter;Go;PostgreSQL|PCI DSS|English;Urdu;Punjabi|E-ticketing and kiosk software for bus terminals.||pakroad|no
PK-042|SafarPay Technologies|旅途支付科技|Islamabad|2045|46|Alipay/WeChat Pay integration;payment reconciliation|payments;hotels;travel agencies|Go;React;AWS|PCI DSS|English;Urdu;Mandarin|Integrates Chinese wallets into hotel and travel-agency checkouts and reconciles settlements.|为酒店和旅行社收银接入中国电子钱包。|safarpay|no
PK-043|Deosai Digital Guides||Abbottabad|2046|15|mountain guide booking;web development;mobile app development|adventure tourism;homestays|React Native;Firebase|none|English;Urdu;Hindko|Marketplace for mountain guides and homestays in Hazara and the northern valleys.||deosaiguides|no
PK-044|Cholistan Desert Apps|乔利斯坦沙漠应用|Bahawalpur|2048|8|desert safari booking app;event ticketing (jeep rally);mobile app development|adventure tourism;events|Flutter;Firebase|none|English;Urdu;Saraiki|Booking app for desert safaris and event ticketing for desert rallies.||cholistanapps|no
PK-045|Clifton Chat Labs|克利夫顿对话实验室|Karachi|2042|52|chatbot development;Mandarin live-chat outsourcing;AI travel assistant|online travel agencies;hotels|Rasa;Python;Azure|ISO 27001|English;Urdu;Mandarin|Chatbots and outsourced Mandarin live chat for travel platforms.|为旅游平台提供聊天机器人和普通话在线客服外包。|cliftonchat|yes
PK-046|Indus Revenue & Pricing||Islamabad|2035|110|dynamic pricing engine;airline revenue management;data analytics|airlines;hotels|Scala;Spark;AWS|ISO 27001;CMMI Level 3|English;Urdu|Pricing engines and revenue management for airlines and hotel chains.||indusrevenue|no
PK-047|Noor Pilgrim Systems|努尔朝觐系统|Lahore|2039|44|pilgrimage tour management;Hajj & Umrah operator software;group visa tracking|pilgrimage travel;travel agencies|.NET;SQL Server|ISO 9001|English;Urdu;Arabic|Operator software for Hajj and Umrah groups, from registration to group visa tracking.||noorpilgrim|no
PK-048|QuickQR Menus||Islamabad|2049|7|QR menus;contactless ordering;menu translation EN/ZH|restaurants;cafés|Vue.js;Firebase|none|English;Urdu;Mandarin|Tiny studio making QR menus, with Chinese menu translation for restaurants near tourist sites.||quickqr|no
PK-049|Tarbela Tech Services (Pvt) Ltd|塔贝拉技术服务|Islamabad|2028|650|custom software development;cloud migration;Testing & QA;managed services|airlines;banking;telecom|Java;AWS;Azure|ISO 27001;ISO 9001;CMMI Level 5|English;Urdu;Mandarin|Large outsourcing firm with an airline practice and a Chinese-speaking delivery team.|大型外包公司，设有航空业务线和中文交付团队。|tarbelatech|yes
PK-050|Kaghan Valley Systems||Mansehra|2047|12|hotel channel management;guesthouse PMS;online reputation management|guesthouses;hotels|Laravel;MySQL|none|English;Urdu;Hindko|Runs channel management and a simple PMS for guesthouses in the Kaghan valley.||kaghanvs|no
CN-001|Silk Road Xinglv Technology (Chengdu) Co., Ltd|丝路行旅科技（成都）有限公司|Chengdu|2030|600|online travel agency;hotel distribution;酒店PMS对接|online travel agencies|Java;Kubernetes;Alibaba Cloud|ISO 27001;MLPS Level 3|Mandarin;English|Chengdu-based online travel agency selling hotels and outbound packages, including to Pakistan.|成都在线旅游平台，销售酒店和出境游产品（含巴基斯坦线路）。|xinglv|no
CN-002|Yangcheng Cloud Travel Co., Ltd|羊城云旅有限公司|Guangzhou|2033|280|邮轮预订;cruise booking platform;shore excursion sales|cruise lines;travel agencies|Java;MySQL|ISO 27001|Mandarin;Cantonese;English|Cruise booking platform in Guangzhou that also sells shore excursions.|广州邮轮预订平台，兼营岸上游产品。|yangchengcloud|no
CN-003|Chang'an Culture & Tourism Digital Co.|长安文旅数字|Xi'an|2036|150|智慧景区;smart scenic-area ticketing;文创电商|museums;scenic areas;tourism bureaus|Vue.js;Java|ISO 9001|Mandarin;English|Digital services for scenic areas and museums in Shaanxi.|为陕西景区和博物馆提供智慧化服务。|changanwl|no
CN-004|Panda Park Group IT Centre|熊猫乐园集团信息中心|Chengdu|2029|90|theme park ticketing;主题乐园票务;queue management|theme parks|.NET;SQL Server|ISO 27001|Mandarin;English|IT centre of a theme-park group, buying ticketing and queue systems.||pandapark|no
CN-005|Southern Sky Airlines Digital Co.|南天航空数字|Guangzhou|2025|1200|airline e-commerce;NDC distribution|airlines|Java;Oracle|ISO 27001;PCI DSS|Mandarin;Cantonese;English|Digital arm of a southern Chinese airline, responsible for direct sales and NDC distribution.|南方某航空公司的数字化子公司。|southernsky|no
CN-006|Dianyou Pay Co., Ltd|滇游支付有限公司|Kunming|2040|75|跨境支付;merchant onboarding (Alipay/WeChat Pay);FX settlement|payments;tourism|Go;Kubernetes|PCI DSS|Mandarin;English|Payment provider onboarding tourism merchants to Chinese wallets and settling foreign currency.|为旅游商户接入中国钱包并办理外汇结算。|dianyoupay|no
CN-007|Tianshan Travel Technology Co.|天山旅行科技|Urumqi|2041|40|tour operator ERP;边境游签证办理|tour operators;travel agencies|PHP;MySQL||Mandarin;Uyghur;English|Tour operator in Urumqi with its own ERP and a border-tour visa service.||tianshantravel|no
CN-008|Jinguan Hotels Management Group|锦官城酒店管理集团|Chengdu|2032|3200|hotel group operations;收益管理;central reservations (CRS)|hotels|Java;Oracle|ISO 9001|Mandarin;English|Hotel management group in south-west China running revenue management and a central reservation system.|西南地区酒店管理集团。|jinguanhotels|no
CN-009|Qiantang Culture & Tourism Co.|钱塘文旅|Hangzhou|2038|210|在线旅游营销;short-video content|online travel agencies;media|Python;Go|ISO 27001|Mandarin;English|Travel marketing company producing short videos and influencer campaigns.||qiantangwl|no
CN-010|Deep Blue Cruise Technology (Shenzhen) Co.|深蓝邮轮科技|Shenzhen|2043|120|cruise line IT;onboard POS;guest app (WeChat mini-program)|cruise lines|Java;WeChat mini-program;React|ISO 27001|Mandarin;English;Cantonese|IT provider for cruise lines: onboard point of sale and guest apps.|为邮轮公司提供船上收银和旅客应用。|deepbluecruise|no
"""


def company_rows() -> list[dict]:
    rows = []
    for line in COMPANIES.strip().splitlines():
        (
            cid,
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
            description,
            description_zh,
            slug,
            pitched,
        ) = line.split("|")
        rows.append(
            {
                "id": cid,
                "name": name,
                "name_zh": name_zh,
                "country": cid[:2],
                "city": city,
                "founded": founded,
                "employees": employees,
                "services": services,
                "industries": industries,
                "technologies": technologies,
                "certifications": certs,
                "languages": languages,
                "description": description,
                "description_zh": description_zh,
                "website": f"https://{slug}.example",
                "contact_email": f"partnerships@{slug}.example",
                "pitched_at_webinar": pitched,
            }
        )
    return rows


def build_directory() -> list[dict]:
    rows = company_rows()
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (KB / "directory.csv").write_text(buffer.getvalue(), encoding="utf-8")
    return rows


# ============================================================================================
# questions-21.jsonl
# ============================================================================================

OVERVIEW = "caravan-code-2055-overview.md"
RULES = "participation-rules-2055.txt"
CATALOGUE = "shared-services-catalogue-2055.txt"
OFFICES = "offices-and-support.html"
CHANGED = "what-changed-since-2053.md"
PDF = "pilot-voucher-guide-2055.pdf"
ZH_TXT = "voucher-call-2055-zh.txt"
ZH_DOCX = "buyer-guide-2055-zh.docx"
UR_DOCX = "company-guide-2055-ur.docx"
UR_MD = "famtrip-aur-numaish-rehnuma-ur.md"

REFER = ["secretariat@caravancode.example"]

# (id, kind, question, sources, answers, note); directory items get their companies from FILTERS
QUESTIONS = [
    # ---------------------------------------------------------------- en
    (
        "s21-en-01",
        "programme",
        "Who organised the 'Outsourcing ICT Talent from Pakistan' webinar in Shanghai on 23 Feb 2022?",
        [OVERVIEW],
        [
            "Trade Development Authority",
            "Software Business Union of Shanghai",
            "Shanghai Software Industry Association",
            "Consulate General of Pakistan in Shanghai",
        ],
        "the 2022 webinar's organisers (the only real facts); stated only in the overview",
    ),
    (
        "s21-en-02",
        "programme",
        "we're a PMS vendor in Karachi with 140 full-time staff - what participation fee do we pay?",
        [RULES, UR_DOCX],
        ["150,000", "PKR 150,000", "1,50,000", "ڈیڑھ لاکھ"],
        "band lookup 101-300 employees; the small-firm waiver does not apply (Karachi, over 25); fee table repeated in Urdu with lakh",
    ),
    (
        "s21-en-03",
        "programme",
        "When exactly does the 2055 application window close? I need the time zone too.",
        [OVERVIEW, RULES, CHANGED, UR_DOCX],
        ["17 March 2055", "17:00 PKT", "20:00 Beijing time", "17 مارچ 2055"],
        "deadline with time and time zone; stated in four documents",
    ),
    (
        "s21-en-04",
        "programme",
        "Our pilot contract with a Hangzhou online travel agency is worth RMB 420,000. How much voucher can we get?",
        [PDF, ZH_TXT],
        ["150,000", "RMB 150,000", "15万元"],
        "band lookup 200,000-799,999: 50% = 210,000, capped at RMB 150,000; Zhejiang buyer gets no western uplift",
    ),
    (
        "s21-en-05",
        "programme",
        "What's the first-response time for a severity 1 incident during peak season, and what is it if the same thing happens in November?",
        [OFFICES, CHANGED],
        ["30 minutes", "2 hours"],
        "SLA by severity and season: peak 30 minutes, November is off-peak so 2 hours; two-part",
    ),
    (
        "s21-en-06",
        "programme",
        "Hello, I'm writing for a small trekking-app startup. We're registered in Hunza (Gilgit-Baltistan), have 18 full-time people "
        "and have been trading since 2049. We'd love to join Caravan Code this year but money is tight. Do we have to pay the "
        "participation fee, and if so how much?",
        [RULES, UR_DOCX],
        ["PKR 0", "waived", "no participation fee", "فیس معاف"],
        "rambling; conditional fee: 25 or fewer employees and registered outside Karachi, Lahore and Islamabad, so the fee is waived",
    ),
    (
        "s21-en-07",
        "programme",
        "what was the max voucher per integration back in the 2053 pilot?",
        [CHANGED, ZH_TXT],
        ["RMB 100,000", "10万元"],
        "past edition figure (2055 is RMB 250,000); side by side in the what-changed page, also in the Chinese call",
    ),
    (
        "s21-en-08",
        "programme",
        "How long does Chinese subtitling take for a 95-minute batch of travel videos if we send it in March?",
        [CATALOGUE],
        ["5 working days"],
        "turnaround band 31-120 minutes; March is off-peak so no +2 days",
    ),
    (
        "s21-en-09",
        "programme",
        "We started trading in mid-2053, but we're incubated at a PTTEB-recognised university incubator. Does the two-years-of-trading rule stop us from applying?",
        [RULES],
        ["does not apply"],
        "numbered eligibility criterion 4 and the sentence that says it does not apply to incubated firms",
    ),
    (
        "s21-en-10",
        "directory",
        "Which Pakistani companies can implement a hotel property management system for us?",
        [],
        [],
        "service synonyms (PMS / property management); Pakistani only, so the Chengdu PMS-docking firm is out; computed by filter",
    ),
    (
        "s21-en-11",
        "directory",
        "our hotel group needs someone to push our rooms to OTAs / run a channel manager. who does that?",
        [],
        [],
        "need worded as a task: channel manager, OTA connectivity, channel management; computed by filter",
    ),
    (
        "s21-en-12",
        "directory",
        "Which companies that pitched at the Feb 2022 Shanghai webinar can build WeChat mini-programs?",
        [],
        [],
        "2022 webinar flag (not the 2055 launch webinar) combined with a service written in English or Chinese; computed by filter",
    ),
    (
        "s21-en-13",
        "directory",
        "small teams only pls 🙏 firms under 20 staff doing trekking, mountian guides or expedition logistics",
        [],
        [],
        "size filter (<20) plus service; computed by filter",
    ),
    (
        "s21-en-14",
        "directory",
        "Which Pakistani firms are PCI DSS certified?",
        [],
        [],
        "certification filter, Pakistani only; computed by filter",
    ),
    (
        "s21-en-15",
        "directory",
        "Looking for an established partner for airline work: which companies serving airlines were founded before 2035?",
        [],
        [],
        "industry plus founded year, includes a CN company; computed by filter",
    ),
    (
        "s21-en-16",
        "unanswerable",
        "Can you recommend a good biryani place near Saddar in Karachi?",
        [],
        REFER,
        "off-topic: restaurant recommendation",
    ),
    ("s21-en-17", "unanswerable", "How do I reset my Gmail password?", [], REFER, "off-topic: personal IT help"),
    (
        "s21-en-18",
        "unanswerable",
        "whats the wether usually like in Hunza in late April? should i pack a jacket for the fam trip",
        [],
        REFER,
        "off-topic: weather is not covered, although the fam trip is",
    ),
    (
        "s21-en-19",
        "unanswerable",
        "What's the address of your Peshawar office?",
        [],
        ["secretariat@caravancode.example", "Islamabad"],
        "near miss: Peshawar is listed as a city with no office (served by Islamabad)",
    ),
    (
        "s21-en-20",
        "unanswerable",
        "Which companies are pitching at the 2055 launch webinar on 14 January?",
        [],
        REFER,
        "near miss: documents give the number of pitching firms (18) but never name them; the directory flag is about the 2022 webinar",
    ),
    # ---------------------------------------------------------------- zh
    (
        "s21-zh-01",
        "programme",
        "2055年启动网络研讨会是哪天？北京时间几点开始？有多少家巴基斯坦企业路演？",
        [OVERVIEW, ZH_DOCX],
        ["2055年1月14日", "14 January 2055", "13:00", "18家", "18 Pakistani firms"],
        "the 2055 launch webinar, a different event from the 2022 webinar; three-part",
    ),
    (
        "s21-zh-02",
        "programme",
        "我们是乌鲁木齐的旅行社，跟巴方企业签了12万元的试点合同，能拿多少补贴？",
        [ZH_TXT, PDF],
        ["6万元", "60,000"],
        "band 50,000-199,999 at 60% plus 10 points western uplift (Xinjiang, stated only in the Chinese call) = 84,000, but the per-voucher cap of 6万 is unchanged, so the PDF band table gives the same RMB 60,000",
    ),
    (
        "s21-zh-03",
        "programme",
        "出发前10天因为巴基斯坦签证被拒只能取消考察团，押金还能退吗？",
        [ZH_DOCX],
        ["全额退还", "100%"],
        "exception to the refund table (14 days or fewer normally gets nothing); stated only in Chinese",
    ),
    (
        "s21-zh-04",
        "programme",
        "一家巴方企业最多能拿几张试点集成券？总额有上限吗？",
        [ZH_TXT, PDF, OVERVIEW, CHANGED],
        ["RMB 300,000", "2张", "30万元"],
        "cap per firm: two vouchers, RMB 300,000 in total",
    ),
    (
        "s21-zh-05",
        "programme",
        "請問註冊在四川的買家由哪個辦公室負責對接？電話是多少？",
        [OFFICES, ZH_DOCX],
        ["5550 7700", "成都", "Chengdu"],
        "traditional characters; province-to-office lookup table (English HTML and Chinese docx)",
    ),
    (
        "s21-zh-06",
        "programme",
        "考察团我们公司想派3个人去，在巴基斯坦的费用怎么补贴？",
        [ZH_DOCX],
        ["第3、4人各50%", "50%"],
        "traveller-count band 3-4: first two 100%, third at 50%",
    ),
    (
        "s21-zh-07",
        "programme",
        "2053年那一轮试点一共完成了多少个试点集成？",
        [OVERVIEW, ZH_TXT, CHANGED],
        ["17 pilot integrations", "17个试点集成"],
        "past edition figure",
    ),
    (
        "s21-zh-08",
        "programme",
        "试点集成券的钱是一次性付给巴方企业吗，还是分期？",
        [PDF],
        ["two tranches", "70%", "30%"],
        "figures stated only in a table footnote of the PDF",
    ),
    (
        "s21-zh-09",
        "programme",
        "成都的西部旅遊科技博覽會是幾月幾號？在哪個館？",
        [OVERVIEW, ZH_DOCX, UR_MD, CHANGED, RULES],
        ["12 to 14 November 2055", "2055年11月12日", "Hall 3", "3号馆", "12 تا 14 نومبر 2055", "12–14 November 2055"],
        "traditional characters; the tourism-tech fair in China",
    ),
    (
        "s21-zh-10",
        "directory",
        "我们需要中文客服外包，要求有ISO 27001认证，有哪些公司？",
        [],
        [],
        "Chinese word for an English service (Chinese-language support / Mandarin live chat / 中文客服) plus certification; computed by filter",
    ),
    (
        "s21-zh-11",
        "directory",
        "卡拉奇有哪些公司能做支付宝、微信支付对接？",
        [],
        [],
        "Chinese words for Alipay / WeChat Pay plus city; computed by filter",
    ),
    (
        "s21-zh-12",
        "directory",
        "哪些伊斯兰堡的公司在2022年2月上海那场网络研讨会上做过推介？",
        [],
        [],
        "2022 webinar pitches (pitched_at_webinar) plus city; computed by filter",
    ),
    (
        "s21-zh-13",
        "directory",
        "有没有做博物馆藏品数字化或者文物三维扫描的巴基斯坦公司？",
        [],
        [],
        "need in Chinese matched against English and Chinese service strings; computed by filter",
    ),
    (
        "s21-zh-14",
        "directory",
        "旅游保险理赔外包，哪些公司能做？",
        [],
        [],
        "claims handling worded in Chinese; computed by filter",
    ),
    (
        "s21-zh-15",
        "unanswerable",
        "巴基斯坦卢比兑人民币今天的汇率是多少？",
        [],
        REFER,
        "off-topic: exchange rates are not in the knowledge base",
    ),
    ("s21-zh-16", "unanswerable", "帮我写一首关于长城的七言诗", [], REFER, "off-topic: creative writing"),
    (
        "s21-zh-17",
        "unanswerable",
        "上海办公室的电话是多少？我想当面去谈。",
        [],
        ["Chengdu", "成都"],
        "near miss: Shanghai is listed as a city with no office (served by Chengdu)",
    ),
    (
        "s21-zh-18",
        "unanswerable",
        "2053年試點輪的字幕翻譯交付週期是幾天？",
        [],
        REFER,
        "near miss: a past-edition figure that is not given (only 2055 turnaround bands exist); traditional characters",
    ),
    # ---------------------------------------------------------------- ur
    (
        "s21-ur-01",
        "programme",
        "ہماری کمپنی میں 60 کل وقتی ملازمین ہیں اور دفتر لاہور میں ہے۔ شرکت کی فیس کتنی ہو گی؟",
        [UR_DOCX, RULES],
        ["85,000", "پچاسی ہزار"],
        "band lookup 26-100; Lahore, so no waiver",
    ),
    (
        "s21-ur-02",
        "programme",
        "کیا شرکت کی فیس قسطوں میں ادا کی جا سکتی ہے؟",
        [UR_DOCX],
        ["دو قسطوں", "30 جون 2055"],
        "instalment rule stated only in Urdu (fees of 1,50,000 or more)",
    ),
    (
        "s21-ur-03",
        "programme",
        "فیم ٹرپ میں گلگت میں میزبانی سلاٹ لینے کی فیس کیا ہے؟",
        [UR_MD],
        ["PKR 15,000", "پندرہ ہزار"],
        "host-slot fee by city, stated only in Urdu",
    ),
    (
        "s21-ur-04",
        "programme",
        "ہماری کمپنی 2051 میں بنی تھی۔ چینگدو نمائش میں 12 مربع میٹر کا کارنر بوتھ کتنے کا پڑے گا؟",
        [UR_MD],
        ["RMB 13,000", "13,000"],
        "computed: corner booth RMB 26,000 with the 50% discount for firms founded 2050 or later; booth fees only in Urdu",
    ),
    (
        "s21-ur-05",
        "programme",
        "گلگت والا دفتر سال کے کن مہینوں میں کھلا ہوتا ہے اور اوقات کیا ہیں؟",
        [OFFICES],
        ["1 April to 31 October", "10:00–16:00"],
        "seasonal office; Urdu question, answer only in the English HTML",
    ),
    (
        "s21-ur-06",
        "programme",
        "CCTI Practitioner exam کی fee کتنی ہے اور pass mark کیا ہے؟",
        [CATALOGUE],
        ["PKR 22,000", "22,000"],
        "Urdu with English terms in Latin script; exam fee by level",
    ),
    (
        "s21-ur-07",
        "programme",
        "کاروان کوڈ 2055 کا کل بجٹ کتنا ہے؟",
        [UR_DOCX],
        ["42 کروڑ", "420,000,000"],
        "amount in crore and digits, only in Urdu (the RMB 4.8 million voucher budget is a different figure)",
    ),
    (
        "s21-ur-08",
        "directory",
        "گلگت اور سکردو میں ٹریکنگ پرمٹ یا گائیڈ بکنگ کا کام کرنے والی کمپنیاں کون سی ہیں؟",
        [],
        [],
        "Urdu words for English services plus two cities; computed by filter",
    ),
    (
        "s21-ur-09",
        "directory",
        "حلال سفر، عمرہ یا زیارت کی ایپ بنانے والی کمپنیاں بتائیں",
        [],
        [],
        "halal / pilgrimage worded differently across companies; computed by filter",
    ),
    (
        "s21-ur-10",
        "directory",
        "کون سی کمپنیاں پشتو زبان میں کام کر سکتی ہیں؟",
        [],
        [],
        "working-language filter; computed by filter",
    ),
    (
        "s21-ur-11",
        "directory",
        "2040 کے بعد قائم ہونے والی وہ کمپنیاں جو ڈرون فوٹیج یا ورچوئل ٹور بناتی ہیں",
        [],
        [],
        "founded after 2040 plus drone / virtual-tour services; computed by filter",
    ),
    ("s21-ur-12", "unanswerable", "کرکٹ ورلڈ کپ 2055 کہاں کھیلا جائے گا؟", [], REFER, "off-topic: sport"),
    (
        "s21-ur-13",
        "unanswerable",
        "میرے بیٹے کے اسکول داخلے کے لیے درخواست کیسے لکھوں؟",
        [],
        REFER,
        "off-topic: personal letter writing",
    ),
    (
        "s21-ur-14",
        "unanswerable",
        "کیا سیکرٹریٹ چینی وائس اوور ریکارڈنگ بھی کرتا ہے؟ اس کی فی منٹ فیس کیا ہے؟",
        [],
        ["services@caravancode.example"],
        "near miss: a fee for a service the shared-services catalogue does not offer",
    ),
    # ---------------------------------------------------------------- ur-Latn
    (
        "s21-ul-01",
        "programme",
        "agar hum 20 april ko programme se withdraw karein to fee wapas milegi?",
        [RULES, UR_DOCX, OVERVIEW],
        ["15 April 2055", "no refund", "15 اپریل 2055"],
        "refund only before a date: 15 April 2055 23:59 PKT, so no refund on 20 April",
    ),
    (
        "s21-ul-02",
        "programme",
        "Chengdu expo ke liye doosri delegate seat kitne ki hai?",
        [RULES],
        ["PKR 30,000", "30,000"],
        "second seat at a set price; max two badges",
    ),
    (
        "s21-ul-03",
        "programme",
        "humne application 12 march ko submit ki, koi extra charge lagega kya",
        [RULES],
        ["PKR 10,000", "10,000"],
        "late-processing surcharge stated only in a table footnote (after 10 March 2055)",
    ),
    (
        "s21-ul-04",
        "programme",
        "lahore office ka address aur phone number?",
        [OFFICES],
        ["88-B Main Boulevard", "+92 42 5550 2210"],
        "terse; office address and phone",
    ),
    (
        "s21-ul-05",
        "programme",
        "hamara hotel 45 rooms ka hai aur PMS pilot ka contract 2 lakh RMB ka hai, voucher kitna milega??",
        [PDF],
        ["RMB 30,000", "30,000"],
        "two lookups: 200,000 is the lower bound of the 50% band (100,000), then the 20-59 room cap of RMB 30,000 applies; lakh used for RMB",
    ),
    (
        "s21-ul-06",
        "programme",
        "Mandarin live chat agent grade C2 ka peak season rate kya hai per hour",
        [CATALOGUE],
        ["USD 14.00", "14.00"],
        "rate by grade and season",
    ),
    (
        "s21-ul-07",
        "programme",
        "2053 pilot mein kitni Pakistani firms select hui thi? aur is dafa fam trip kin shehron mein ja raha hai",
        [OVERVIEW, CHANGED],
        ["24 Pakistani firms", "Gilgit", "Hunza"],
        "two-part: past edition figure and current fam-trip cities",
    ),
    (
        "s21-ul-08",
        "directory",
        "karachi ya islamabad mein restaurant ke liye POS ya QR menu wali company chahiye",
        [],
        [],
        "restaurant industry plus POS/QR service in two cities; computed by filter",
    ),
    (
        "s21-ul-09",
        "directory",
        "visa processing wali firms batao jin ke paas koi ISO certification nahi hai",
        [],
        [],
        "negation: certifications known and without ISO (empty cell = unknown, excluded); computed by filter",
    ),
    (
        "s21-ul-10",
        "directory",
        "revenue management ya dynamic pricing karne wali companies jo Lahore mein NA hon",
        [],
        [],
        "negation on city; includes a Chinese company whose service is written in Chinese (收益管理); computed by filter",
    ),
    (
        "s21-ul-11",
        "directory",
        "300 se zyada employees wali Pakistani companies jo Mandarin mein kaam kar sakti hain",
        [],
        [],
        "size plus language; computed by filter",
    ),
    (
        "s21-ul-12",
        "unanswerable",
        "bhai is saal umrah package ka rate kya chal raha hai?",
        [],
        REFER,
        "off-topic: travel prices the programme does not sell",
    ),
    (
        "s21-ul-13",
        "unanswerable",
        "Caravan Code ka Karachi roadshow kab hai? register karna hai",
        [],
        REFER,
        "near miss: an event that does not exist",
    ),
    (
        "s21-ul-14",
        "unanswerable",
        "quetta mein caravan code ka office kahan hai",
        [],
        ["Karachi", "karachi@caravancode.example"],
        "near miss: Quetta is listed as a city with no office (served by Karachi)",
    ),
    # ---------------------------------------------------------------- mixed
    (
        "s21-mx-01",
        "programme",
        "我们是 Lahore 的 hotel software company, voucher call 什么时候 close? Beijing time 还是 PKT?",
        [PDF, ZH_TXT, OVERVIEW, ZH_DOCX],
        ["16 June 2055", "2055年6月16日", "20:59 PKT", "23:59"],
        "deadline with both time zones",
    ),
    (
        "s21-mx-02",
        "programme",
        "fam trip کی dates کیا ہیں؟ 中国买家 کب پاکستان آئیں گے؟",
        [OVERVIEW, UR_MD, ZH_DOCX, CHANGED],
        ["20 to 29 April 2055", "20 تا 29 اپریل 2055", "2055年4月20日"],
        "Urdu + English + Chinese; the familiarisation trip dates",
    ),
    (
        "s21-mx-03",
        "programme",
        "What changed in the fam-trip deposit compared to 2053? 押金涨了多少？",
        [CHANGED],
        ["RMB 4,000", "RMB 6,000"],
        "old and new figures side by side (RMB 4,000 to RMB 6,000)",
    ),
    (
        "s21-mx-04",
        "programme",
        "35,000 words ka 中译英 translation peak season (August) mein kitne din lagenge?",
        [CATALOGUE],
        ["14 working days"],
        "computed: band 20,001-60,000 words = 12 working days, +2 in peak season",
    ),
    (
        "s21-mx-05",
        "programme",
        "Sev 2 issue off-peak mein 修复 kitne time mein karna hota hai?",
        [OFFICES],
        ["2 working days"],
        "SLA table, off-peak column",
    ),
    (
        "s21-mx-06",
        "programme",
        "我们跟一家 Xinjiang 的 travel agency 签了 RMB 45,000 的 pilot contract, uplift ke baad voucher mil sakta hai?",
        [PDF, ZH_TXT],
        ["not eligible", "不符合条件", "不能申请"],
        "voucher only above a value: below RMB 50,000 is not eligible, the western uplift changes only the share",
    ),
    (
        "s21-mx-07",
        "directory",
        "review moderation 评论审核 wali companies kaun si hain?",
        [],
        [],
        "services worded differently (review moderation / UGC / content moderation (reviews)); computed by filter",
    ),
    (
        "s21-mx-08",
        "directory",
        "Flutter use karne wali companies jo adventure tourism 探险旅游 🏔️ mein kaam karti hain?",
        [],
        [],
        "technology plus industry; emoji; computed by filter",
    ),
    (
        "s21-mx-09",
        "directory",
        "Cantonese 粤语 bolne wali companies list karo",
        [],
        [],
        "working-language filter, PK and CN; computed by filter",
    ),
    (
        "s21-mx-10",
        "unanswerable",
        "我的 iPhone battery bahut jaldi khatam ho jati hai, 怎么办?",
        [],
        REFER,
        "off-topic: phone support",
    ),
    (
        "s21-mx-11",
        "unanswerable",
        "Pakistan visa ki fee 中国公民 ke liye kitni hai?",
        [],
        REFER,
        "off-topic: government visa fees are not covered by the programme",
    ),
    (
        "s21-mx-12",
        "unanswerable",
        "Drone footage shoot ka programme mein 每分钟 rate kya hai?",
        [],
        ["services@caravancode.example"],
        "near miss: the programme offers no drone production service and gives no rate",
    ),
    (
        "s21-mx-13",
        "unanswerable",
        "Urumqi office 的地址给我一下 please",
        [],
        ["Xi'an", "xian@caravancode.example"],
        "near miss: Urumqi is listed as a city with no office (served by Xi'an)",
    ),
    (
        "s21-mx-14",
        "unanswerable",
        "2055 hackathon 黑客松 ki registration deadline kab hai?",
        [],
        REFER,
        "near miss: an event that does not exist",
    ),
]


def build_questions(rows: list[dict]) -> None:
    names = {r["id"]: r["name"] for r in rows}
    prefix = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}
    out = []
    for qid, kind, question, sources, answers, note in QUESTIONS:
        companies: list[str] = []
        if kind == "directory":
            companies = v.expected_ids(qid, rows)
            answers = [names[i] for i in companies]
        item = {
            "id": qid,
            "lang": prefix[qid.split("-")[1]],
            "kind": kind,
            "question": question,
            "expected_sources": sources,
            "expected_companies": companies,
            "answer_must_contain_any": answers,
            "note": note,
        }
        assert list(item) == FIELDS
        out.append(json.dumps(item, ensure_ascii=False))
    (HERE / "questions-21.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> None:
    PROGRAMME.mkdir(parents=True, exist_ok=True)
    build_pdf()
    build_zh_docx()
    build_ur_docx()
    rows = build_directory()
    build_questions(rows)
    print("built", sorted(p.name for p in PROGRAMME.iterdir()))


if __name__ == "__main__":
    main()
