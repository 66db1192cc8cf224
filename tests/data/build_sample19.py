"""Build the binary documents of sample-19 (PDF and DOCX) with tests/files.py. Run once from /work/main:
.venv/bin/python tests/data/build_sample19.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
import pypdf  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

from tests.files import write_docx, write_pdf  # noqa: E402

OUT = Path(__file__).resolve().parent / "sample-19" / "programme"


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def page(path, lines, tables=()):
    """lines: list of (x, y, text); tables: list of (x0, y_top, col_x, rows, row_h)."""
    placed = [(x, y, esc(t)) for x, y, t in lines]
    rules = []
    for x0, ytop, cols, rows, rh in tables:
        x1 = cols[-1]
        for i, row in enumerate(rows):
            y = ytop - (i + 1) * rh + 4
            for cx, cell in zip(cols, row):
                placed.append((cx + 4, y, esc(cell)))
        for i in range(len(rows) + 1):
            rules.append((x0, ytop - i * rh, x1, ytop - i * rh))
        for cx in cols:
            rules.append((cx, ytop, cx, ytop - len(rows) * rh))
    return write_pdf(path, placed, rules)


def build_pdf():
    p1 = [
        (50, 750, "ROUTE ATLAS 2051 - LOCALISATION GRANT AND PILOT SEASON RULES"),
        (
            50,
            735,
            "Pak-China Tourism, Travel & Hospitality Software Programme 2051. Route Atlas Secretariat, Islamabad.",
        ),
        (50, 710, "1. Localisation grant"),
        (
            50,
            695,
            "The grant pays part of the cost of localising a product for a Chinese partner: simplified Chinese UI,",
        ),
        (
            50,
            682,
            "Chinese content, WeChat Pay / Alipay integration, Mandarin support scripts. Call opens 5 May 2051 and",
        ),
        (50, 669, "closes Friday 30 June 2051 at 17:00 PKT (20:00 Beijing time). Only contracts signed on or after"),
        (50, 656, "18 April 2051 with a Chinese partner met through the programme are eligible. Bands are inclusive."),
        (50, 638, "Grant share by contract value (USD)"),
        (50, 505, "* The grant is paid in two instalments: 60% on approval and 40% after the final pilot report."),
        (50, 492, "** Contracts in RMB are converted at the fixed programme rate of RMB 7.10 = USD 1."),
        (
            50,
            465,
            "Exception: the table applies to every project except halal-travel and prayer-time content projects,",
        ),
        (50, 452, "which receive 60% in every eligible band; the caps stay the same."),
        (50, 425, "Worked examples"),
        (
            50,
            410,
            "- Contract USD 80,000, eligible localisation cost USD 18,000: band G2, 50% = USD 9,000 (under the cap).",
        ),
        (
            50,
            397,
            "- Contract USD 200,000, localisation cost USD 50,000: band G3, 60% = USD 30,000, capped at USD 25,000.",
        ),
        (50, 384, "- Contract USD 9,500: not eligible, however high the localisation cost."),
        (
            50,
            355,
            "How to apply: send the signed contract, a localisation budget and a pilot scope to grant@routeatlas.example.",
        ),
        (50, 342, "Decisions are sent within 15 working days of the application. One grant per firm per cycle."),
        (50, 60, "Page 1 of 2"),
    ]
    grant_rows = [
        ["Band", "Contract value (USD)", "Grant share of localisation cost", "Cap (USD)"],
        ["G0", "below 10,000", "not eligible", "-"],
        ["G1", "10,000 - 49,999", "40%", "4,000"],
        ["G2", "50,000 - 149,999", "50%", "12,000"],
        ["G3", "150,000 or more", "60%", "25,000"],
    ]
    page(OUT / "_p1.pdf", p1, [(50, 625, [50, 90, 230, 430, 540], grant_rows, 20)])
    p2 = [
        (50, 750, "2. Pilot season support levels (1 July - 31 October 2051)"),
        (50, 735, "Pakistani vendors running a pilot must meet these support levels. Business hours are 09:00-18:00"),
        (50, 722, "Beijing time, Monday to Friday. Response = first human reply; restore = service working again."),
        (50, 540, "Exception: during China's National Day Golden Week, 1-7 October 2051, severity 2 restore time is"),
        (50, 527, "6 hours instead of 12 hours; all other levels are unchanged."),
        (
            50,
            500,
            "* Each missed severity 1 restore time earns the Chinese partner a service credit of 5% of the monthly",
        ),
        (50, 487, "pilot fee, up to 25% in a month."),
        (50, 460, "3. Pilot reports"),
        (
            50,
            445,
            "An interim report is due on 31 August 2051 and the final pilot report on Tuesday 5 December 2051 at",
        ),
        (50, 432, "17:00 PKT. Reports go to pilots@routeatlas.example. A pilot must last at least 6 weeks."),
        (50, 405, "4. Pilot counts"),
        (
            50,
            390,
            "The 2051 target is 15 pilot contracts. The 2049 pilot round signed 7 pilot contracts worth USD 860,000.",
        ),
        (50, 60, "Page 2 of 2"),
    ]
    sla_rows = [
        ["Severity", "Example", "Response", "Restore", "Cover"],
        ["1 - critical", "booking, payment or check-in down", "30 minutes", "4 hours", "24/7"],
        ["2 - major", "key function degraded", "2 hours", "12 hours", "24/7"],
        ["3 - minor", "defect with a workaround", "8 business hours", "5 business days", "business hours"],
        ["4 - cosmetic", "text, layout, content", "2 business days", "next release", "business hours"],
    ]
    page(OUT / "_p2.pdf", p2, [(50, 705, [50, 130, 300, 390, 480, 565], sla_rows, 20)])
    writer = pypdf.PdfWriter()
    for part in ("_p1.pdf", "_p2.pdf"):
        writer.append(str(OUT / part))
    with (OUT / "localisation-grant-and-pilot.pdf").open("wb") as f:
        writer.write(f)
    for part in ("_p1.pdf", "_p2.pdf"):
        (OUT / part).unlink()


def add_table(document, rows, rtl=False):
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    if rtl:
        set_bidi_visual(grid._tbl)
    return grid


def set_bidi_visual(tbl):
    """w:bidiVisual goes right after w:tblStyle (schema order), so the table reads right to left."""
    tblPr = tbl.tblPr
    el = OxmlElement("w:bidiVisual")
    first = tblPr[0] if len(tblPr) else None
    tblPr.insert(1 if first is not None and first.tag == qn("w:tblStyle") else 0, el)


def make_rtl(document):
    for para in document.paragraphs:
        pPr = para._p.get_or_add_pPr()
        pPr.append(OxmlElement("w:bidi"))
        for run in para.runs:
            rPr = run._r.get_or_add_rPr()
            rPr.append(OxmlElement("w:rtl"))
    for t in document.tables:
        for row in t.rows:
            for cell in row.cells:
                for para in cell.paragraphs:
                    para._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
                    for run in para.runs:
                        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def build_zh_docx():
    path = OUT / "service-standards-zh.docx"
    write_docx(
        path,
        "“丝路图鉴 2051”服务标准（试点季）",
        [
            (
                "一、适用范围",
                [
                    "本文件适用于2051年试点季（2051年7月1日至10月31日）期间，巴方企业向中方合作伙伴提供的技术支持、普通话客服外包及翻译配音服务。",
                    "工作时间指北京时间周一至周五9:00–18:00。区间均含两端。",
                ],
            ),
            (
                "二、故障分级与响应时限",
                [
                    "巴方供应商须按下表响应与恢复。例外：2051年国庆黄金周（10月1日–7日）期间，二级故障恢复时限由12小时缩短为6小时，其他级别不变。",
                    "每次一级故障未按时恢复，中方伙伴可获当月试点费用5%的服务抵扣，每月最多25%。",
                ],
            ),
        ],
        table=[
            ["级别", "示例", "首次响应", "恢复时限", "服务时段"],
            ["一级（严重）", "预订、支付或入住办理全部中断", "30分钟", "4小时", "7×24小时"],
            ["二级（重大）", "关键功能降级", "2小时", "12小时", "7×24小时"],
            ["三级（一般）", "有替代办法的缺陷", "8个工作小时", "5个工作日", "工作时间"],
            ["四级（轻微）", "文字、排版、内容问题", "2个工作日", "下一版本", "工作时间"],
        ],
    )
    d = docx.Document(str(path))
    d.add_heading("三、普通话客服坐席参考费率（按等级）", level=1)
    d.add_paragraph(
        "下表为巴方呼叫中心向中方伙伴报价的参考费率（每坐席每小时，美元）。夜班（北京时间22:00–次日6:00）在下表基础上加收20%。最低采购量为每月1,000坐席小时。"
    )
    add_table(
        d,
        [
            ["等级", "要求", "每小时费率（美元）"],
            ["A级（高级）", "HSK 6级，3年以上旅游客服经验", "14.50"],
            ["B级", "HSK 5级", "11.00"],
            ["C级", "HSK 4级", "8.25"],
            ["实习坐席", "HSK 3级，仅限非高峰时段", "5.75"],
        ],
    )
    d.add_paragraph("示例：B级坐席夜班每小时费率为11.00 × 1.2 = 13.20美元。")
    d.add_heading("四、翻译与配音", level=1)
    d.add_paragraph(
        "秘书处共享翻译库（中英、中乌尔都）的交付周期按批量字数计算（中文按字计）。每家企业首10,000字免费，其后每字6巴基斯坦卢比。配音由合作录音棚承担：普通话配音每成品分钟人民币180元，乌尔都语配音每成品分钟人民币150元。"
    )
    add_table(
        d,
        [
            ["批量字数", "交付周期"],
            ["5,000字及以下", "3个工作日"],
            ["5,001–20,000字", "7个工作日"],
            ["20,001–60,000字", "15个工作日"],
            ["60,000字以上", "另行商定"],
        ],
    )
    d.add_paragraph("联系人：上海办公室 shanghai@routeatlas.example，电话 +86 21 6438 7720。")
    d.save(str(path))


def build_ur_docx():
    path = OUT / "registration-guide-ur.docx"
    write_docx(
        path,
        "روٹ اٹلس 2051 — رجسٹریشن، فیس اور ریفنڈ کی رہنمائی",
        [
            (
                "رجسٹریشن",
                [
                    "پاکستانی فرمیں 3 فروری 2051 صبح 9 بجے (PKT) سے 14 مارچ 2051 رات 11:59 بجے (PKT) تک آن لائن رجسٹریشن کروا سکتی ہیں۔ چینی خریداروں کے لیے کوئی فیس نہیں۔",
                    "فیس میں بائر میٹ کے دنوں (18 تا 20 اپریل 2051، کراچی) کے لیے ایک نمائندہ شامل ہے۔",
                ],
            ),
            (
                "ملازمین کی تعداد کے مطابق فیس",
                [
                    "1 سے 25 ملازمین: 30,000 روپے۔ 26 سے 100 ملازمین: 55,000 روپے۔ 101 سے 300 ملازمین: 85,000 روپے۔ 301 یا زیادہ ملازمین: 140,000 روپے۔ دونوں حدیں شامل ہیں۔",
                    "خواتین کی زیر قیادت فرمیں (کم از کم 51 فیصد ملکیت خواتین کی، یا خاتون چیف ایگزیکٹو) اپنے درجے کی آدھی فیس ادا کرتی ہیں۔ دوسرے نمائندے کی فیس 12,000 روپے ہے؛ زیادہ سے زیادہ دو نمائندے۔",
                    "مثال: 140 ملازمین والی فرم 85,000 روپے ادا کرے گی؛ اگر وہ خواتین کی زیر قیادت ہو تو 42,500 روپے۔",
                ],
            ),
            (
                "منسوخی اور ریفنڈ",
                [
                    "ریفنڈ اس بات پر منحصر ہے کہ تحریری اطلاع پہلے بائر میٹ دن (منگل 18 اپریل 2051) سے کتنے دن پہلے refunds@routeatlas.example پر موصول ہوئی۔ نیچے کا جدول ہر صورت میں لاگو ہوتا ہے، سوائے اس کے کہ سیکرٹریٹ خود بائر میٹ منسوخ یا ملتوی کرے: تب ہر فرم کو پوری رقم واپس ملے گی اور کوئی انتظامی چارج نہیں کٹے گا۔",
                    "ریفنڈ 21 کاروباری دنوں میں بینک ٹرانسفر سے ادا کیا جاتا ہے۔",
                ],
            ),
            (
                "ٹریول ٹیک ایکسپو میں بوتھ سبسڈی",
                [
                    "ایکسپو 18 تا 20 ستمبر 2051 لاہور میں ہوگی۔ معیاری بوتھ (9 مربع میٹر) کی قیمت 180,000 روپے ہے۔ سبسڈی کا جدول اس دستاویز کے آخر میں ہے۔",
                ],
            ),
        ],
        table=[
            ["18 اپریل 2051 سے کتنے دن پہلے", "اطلاع کی تاریخ", "ریفنڈ"],
            ["45 یا زیادہ", "4 مارچ یا اس سے پہلے", "100 فیصد، مائنس 2,500 روپے انتظامی چارج"],
            ["30 سے 44", "5 مارچ سے 19 مارچ", "75 فیصد"],
            ["15 سے 29", "20 مارچ سے 3 اپریل", "50 فیصد"],
            ["14 یا کم", "4 اپریل یا اس کے بعد", "کوئی ریفنڈ نہیں"],
        ],
    )
    d = docx.Document(str(path))
    d.add_paragraph("بوتھ سبسڈی، فرم کے کل وقتی ملازمین کے مطابق (دونوں حدیں شامل):")
    add_table(
        d,
        [
            ["فرم کا حجم", "ملازمین", "سبسڈی", "فرم ادا کرے گی (روپے)"],
            ["مائیکرو", "1 سے 10", "70 فیصد", "54,000"],
            ["اسمال", "11 سے 50", "50 فیصد", "90,000"],
            ["میڈیم", "51 سے 250", "30 فیصد", "126,000"],
            ["لارج", "251 یا زیادہ", "کوئی نہیں", "180,000"],
        ],
        rtl=True,
    )
    d.add_paragraph(
        "رابطہ: روٹ اٹلس سیکرٹریٹ، فلور 6، مارگلہ ٹریڈ ٹاور، پلاٹ 21، بلیو ایریا، اسلام آباد۔ فون +92 51 2870 4410۔"
    )
    set_bidi_visual(d.tables[0]._tbl)
    make_rtl(d)
    d.save(str(path))


if __name__ == "__main__":
    build_pdf()
    build_zh_docx()
    build_ur_docx()
    print("built", sorted(p.name for p in OUT.iterdir()))
