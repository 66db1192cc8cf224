"""Build the binary and byte-exact parts of sample-28 ("Runway Relay 2069").

Writes the PDFs, the .docx files, the BOM/CRLF participation rules, the GB18030 notice, directory.csv
and questions-28.jsonl. The .md, .html and UTF-8 .txt documents are written by hand. Directory answer
sets and arithmetic answers come from validate_sample28 (FILTERS, COMPUTED).
"""

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
from docx.shared import Pt
from pypdf.generic import ContentStream, DictionaryObject, NameObject, NumberObject

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import validate_sample28 as v  # noqa: E402
from sample_text import COLUMNS  # noqa: E402

from tests.files import write_pdf  # noqa: E402

PROG = v.PROG

# ============================================================================ participation rules (BOM + CRLF)
RULES = """\
RUNWAY RELAY 2069
Pak-China Aviation, Airport Operations & MRO Software Programme 2069

PARTICIPATION RULES
Issued by the Pakistan Aero-Software Exporters Council (PASEC), Islamabad
8 January 2069

1. SCOPE
1.1 These rules apply to Pakistani firms applying to Runway Relay 2069.
    Chinese buyers apply under the Alliance's own call, published in Chinese.
1.2 Where these rules and another programme document differ, these rules
    prevail, unless a corrigendum says otherwise.

2. WHO MAY APPLY
An applicant must meet all of the following criteria on the day it applies:
  (1) It is incorporated or registered in Pakistan.
  (2) It sells at least one product in the programme's scope (MRO, AODB,
      cargo, crew, EFB, UTM and the other areas listed in the overview).
  (3) It has at least 10 full-time employees.
  (4) It has at least one live deployment or paid pilot with an airport,
      airline, MRO, cargo or ground-handling customer.
  (5) It names a contact who can support Chinese buyers in Mandarin, in
      house or through a contracted partner.
  (6) It owes no fees to any earlier PASEC programme.
Exceptions:
  (a) To criterion (3): a firm founded in 2066 or later may apply with 5 or
      more full-time employees.
  (b) To criterion (4): a UAV or UTM firm may show a completed trial in the
      CAA Pakistan drone sandbox instead of a live deployment.
No other exception is made.

3. PARTICIPATION FEE
3.1 The fee depends on the number of full-time employees on the day of
    application. Bands are inclusive.

    Full-time employees   Participation fee   Delegates included
    -------------------   -----------------   ------------------
    1 - 25                PKR 15,000          2
    26 - 100              PKR 40,000          2
    101 - 250             PKR 85,000          3
    251 and above         PKR 150,000         3
    * Each delegate beyond those included pays PKR 9,500.

3.2 Boundary cases: 25 employees pay PKR 15,000 and 26 pay PKR 40,000;
    100 employees pay PKR 40,000 and 101 pay PKR 85,000; 250 employees pay
    PKR 85,000 and 251 pay PKR 150,000.
3.3 A firm that is not selected pays no fee. How and when to pay is set out
    in a separate fee notice.

4. TIMETABLE
PKT is Pakistan time (UTC+5); Beijing time is PKT plus 3 hours.

    Event                              Date and time
    ---------------------------------  ------------------------------------
    Launch webinar (24 firms pitch)    15 Jan 2069, 11:00 PKT / 14:00 Beijing
    Spring Festival pause (no reviews) 24 Jan - 7 Feb 2069
    Application window opens           11 Feb 2069, 09:00 PKT / 12:00 Beijing
    Application window closes          14 Mar 2069, 17:00 PKT / 20:00 Beijing
    Results                            30 Apr 2069
    Full-refund withdrawal deadline    20 May 2069
    Delegation visit, China            16 - 21 Jun 2069
    Expo, Chengdu, Hall 5              10 - 13 Sep 2069

5. SELECTION
5.1 Each application is read by a panel of three reviewers, one of them
    nominated by the Alliance. The scoring criteria and the shortlisting
    threshold are set in the selection criteria document.
5.2 Reviews pause from 24 January to 7 February 2069. Messages sent in that
    period are answered after the pause.

6. WITHDRAWAL AND REFUNDS
6.1 A selected firm that withdraws in writing by 20 May 2069 gets its fee
    back in full. After 20 May 2069 the fee is not refunded.

7. REPORTING
7.1 Interim report: due 15 October 2069.
7.2 Final report: due 15 January 2070.
7.3 Reports are short forms: meetings held, pilots signed, contract values.
    A firm that misses the final report cannot apply to the next edition.

8. CONTACT
PASEC secretariat, Islamabad: secretariat@runwayrelay.example,
+92 51 5550 2069 (Monday to Friday, 09:00-17:00 PKT).
"""


def write_rules():
    with (PROG / v.BOM_TXT).open("w", encoding="utf-8-sig", newline="\r\n") as f:
        f.write(RULES)


# ============================================================================ GB18030 notice
GB_NOTICE = """\
郑州航空货运枢纽参访须知
（跑道接力2069代表团，2069年6月19日至20日）

一、集合：6月19日15:00在货站C区访客中心集合，参加货站简介会。
二、证件：须携带护照原件，进入控制区前统一安检，不得携带打火机和充电宝进入控制区。
三、人数：货站控制区参观分批进行，每批不超过15人，由货站人员全程陪同。
四、着装：须穿不露脚趾的平底鞋；反光背心由货站提供。
五、拍照：ULD维修车间和安检区域禁止拍照、录像。
六、电子运单沙箱：入选企业可在参访当天领取沙箱账号。
七、联系：郑州未设办公室，请联系上海联络处 shanghai@runwayrelay.example。

丝路天空民航数字联盟秘书处
"""


def write_gb_notice():
    with (PROG / v.GB_TXT).open("w", encoding="gb18030", newline="\r\n") as f:
        f.write(GB_NOTICE)


# ============================================================================ grant guide PDF (tests/files.write_pdf)
def grid(cols, right, top, rows, row_h=18):
    """Texts and rule lines of a ruled table: cols = left x of each column."""
    texts, rules = [], []
    for i, row in enumerate(rows):
        y = top - (i + 1) * row_h + 5
        texts += [(x + 4, y, cell) for x, cell in zip(cols, row)]
    bottom = top - len(rows) * row_h
    rules += [(cols[0], top - i * row_h, right, top - i * row_h) for i in range(len(rows) + 1)]
    rules += [(x, top, x, bottom) for x in [*cols, right]]
    return texts, rules, bottom


T2_COLS, T2_RIGHT = [50, 80, 350, 405, 455], 562
T2_HEAD = ["No.", "Eligible cost item", "Window", "Rate", "Cap per firm (PKR)*"]
T2_ROWS = [
    ["1", "Economy return airfare Pakistan-China", "A", "70%", "180,000"],
    ["2", "Hotel, up to 6 nights", "A", "70%", "90,000"],
    ["3", "Expo booth share (Pakistan Pavilion)", "A", "80%", "250,000"],
    ["4", "Freight of demo hardware to the expo", "A", "60%", "120,000"],
    ["5", "Interpreting at catalogue rates", "A", "50%", "60,000"],
    ["6", "Chinese-language UI localisation", "B", "60%", "400,000"],
    ["7", "Integration with a buyer's AODB or CUPPS", "B", "50%", "700,000"],
    ["8", "On-site engineer days in China", "B", "50%", "450,000"],
    ["9", "Cloud hosting in mainland China, 12 months", "B", "40%", "300,000"],
    ["10", "Migration of maintenance records", "B", "50%", "350,000"],
    ["11", "UTM or drone sandbox fees", "B", "50%", "150,000"],
    ["12", "Translation of CAAC documentation", "C", "75%", "220,000"],
    ["13", "EASA Part-145 gap audit", "C", "50%", "300,000"],
    ["14", "AS9100 certification audit", "C", "50%", "280,000"],
    ["15", "ISO 27001 surveillance audit", "C", "60%", "150,000"],
    ["16", "DO-178C tool qualification review", "C", "40%", "260,000"],
    ["17", "Penetration test by an accredited lab", "C", "60%", "140,000"],
    ["18", "CORSIA emissions-report verification", "C", "50%", "110,000"],
]


def head_and_foot(n):
    return [
        (50, 765, "Runway Relay 2069 - Grant Guide"),
        (400, 765, "PASEC, 18 January 2069"),
        (290, 30, f"Page {n} of 3"),
    ], [(50, 758, 562, 758)]


def grant_guide():
    pages, page_rules = [], []
    # page 1
    texts, rules = head_and_foot(1)
    texts += [
        (50, 728, "RUNWAY RELAY 2069 GRANT GUIDE"),
        (50, 706, "This guide sets out the three grant windows for Pakistani firms selected for Runway Relay"),
        (50, 692, "2069. Grants repay part of the costs a firm has paid; they are not advances."),
        (50, 662, "Table 1: Grant windows and ceilings per firm"),
    ]
    t, r, _ = grid(
        [50, 100, 330, 440],
        562,
        652,
        [
            ["Window", "Purpose", "Max per firm (PKR)", "Call dates"],
            ["A", "Market entry: travel and expo", "600,000", "11 Feb - 14 Mar 2069"],
            ["B", "Pilot deployment with a Chinese buyer", "2,500,000", "1 - 31 Jul 2069"],
            ["C", "Certification and compliance", "900,000", "11 Feb - 14 Mar 2069"],
        ],
    )
    texts += t
    rules += r
    texts.append((50, 560, "Table 2: Eligible cost items, reimbursement rate and cap per firm"))
    t, r, bottom = grid(T2_COLS, T2_RIGHT, 550, [T2_HEAD, *T2_ROWS[:7]])
    texts += [*t, (50, bottom - 20, "Table 2 continues on the next page.")]
    rules += r
    pages.append(texts)
    page_rules.append(rules)
    # page 2
    texts, rules = head_and_foot(2)
    texts.append((50, 728, "Table 2 (continued)"))
    t, r, bottom = grid(T2_COLS, T2_RIGHT, 718, [T2_HEAD, *T2_ROWS[7:14]])
    texts += [*t, (50, bottom - 20, "Table 2 continues on the next page.")]
    rules += r
    texts += [
        (50, bottom - 60, "HOW TO CLAIM"),
        (
            50,
            bottom - 78,
            "Send one claim per window with paid invoices, proof of payment and, for travel, boarding passes.",
        ),
        (
            50,
            bottom - 92,
            "A cost can be claimed under one row of Table 2 only. Caps apply per firm for the whole year.",
        ),
    ]
    pages.append(texts)
    page_rules.append(rules)
    # page 3
    texts, rules = head_and_foot(3)
    texts.append((50, 728, "Table 2 (continued)"))
    t, r, bottom = grid(T2_COLS, T2_RIGHT, 718, [T2_HEAD, *T2_ROWS[14:]])
    texts += t
    rules += r
    texts += [
        (50, bottom - 18, "* Amounts paid in CNY are converted at a fixed rate of PKR 39.50 per CNY for 2069."),
        (50, bottom - 52, "Table 3: Window B maximum by value of the signed pilot contract"),
    ]
    t, r, bottom = grid(
        [50, 300],
        562,
        bottom - 62,
        [
            ["Signed pilot contract value (USD)", "Window B maximum (PKR)"],
            ["10,000 - 50,000", "1,000,000"],
            ["50,001 - 250,000", "1,800,000"],
            ["250,001 and above", "2,500,000"],
        ],
    )
    texts += t
    rules += r
    texts += [
        (50, bottom - 20, "Bands are inclusive. Contracts below USD 10,000 do not qualify for Window B."),
        (
            50,
            bottom - 34,
            "Example: a USD 50,000 contract is in the first band; a USD 250,000 contract is in the second.",
        ),
    ]
    pages.append(texts)
    page_rules.append(rules)

    path = PROG / "grant-guide-2069.pdf"
    write_pdf(path, pages[0], rules=page_rules[0], more_pages=pages[1:])
    # write_pdf rules only the first page: draw the grids of the continued table on pages 2 and 3 too
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(str(path)))
    for page, rules in zip(writer.pages[1:], page_rules[1:]):
        data = page.get_contents().get_data()
        data += "".join(f"0.5 w {x0} {y0} m {x1} {y1} l S\n" for x0, y0, x1, y1 in rules).encode("latin-1")
        contents = ContentStream(None, writer)
        contents.set_data(data)
        page.replace_contents(contents)
    with path.open("wb") as out:
        writer.write(out)


# ============================================================================ bulletin PDF (own helper: two columns, landscape)
def pdf_pages(path, pages):
    """Like tests/files.write_pdf, but each page has its own rules, and a page may be `landscape`:
    a portrait MediaBox with /Rotate 90 whose text is drawn with a rotated text matrix. Landscape
    coordinates are given as seen on screen (792 wide, 612 high)."""
    writer = pypdf.PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    for spec in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        drawn = ""
        if spec.get("landscape"):
            page[NameObject("/Rotate")] = NumberObject(90)
            for x, y, text in spec["texts"]:
                drawn += f"BT /F1 10 Tf 0 1 -1 0 {612 - y} {x} Tm ({text}) Tj ET\n"
            for x0, y0, x1, y1 in spec.get("rules", ()):
                drawn += f"0.5 w {612 - y0} {x0} m {612 - y1} {x1} l S\n"
        else:
            for x, y, text in spec["texts"]:
                drawn += f"BT /F1 10 Tf 1 0 0 1 {x} {y} Tm ({text}) Tj ET\n"
            for x0, y0, x1, y1 in spec.get("rules", ()):
                drawn += f"0.5 w {x0} {y0} m {x1} {y1} l S\n"
        contents = ContentStream(None, writer)
        contents.set_data(drawn.encode("latin-1"))
        page.replace_contents(contents)
    with path.open("wb") as out:
        writer.write(out)


LEFT = [
    "LOOKING BACK: THE 2067 PILOT",
    "",
    "The 2067 pilot brought 19 Pakistani firms",
    "and 11 Chinese buyers together in Xi'an",
    "and Chengdu. Over two weeks they held 64",
    "business meetings, and 6 pilot contracts",
    "were signed, worth US$ 2.4 million in all.",
    "",
    "For 2069 the programme aims at 40 firms",
    "and 30 buyers, with a delegation visit in",
    "June and the Chengdu expo in September.",
    "The hangar days in Chengdu are 17 and 18",
    "June; the cargo hub days are 19 and 20",
    "June in Zhengzhou.",
]
RIGHT = [
    "CARGO CORNER: E-AWB AND ULD SANDBOX",
    "",
    "Cargo-software firms selected for 2069",
    "get free access to the Zhengzhou hub's",
    "e-AWB and ULD test sandbox for 90 days,",
    "starting on the day of the hub visit,",
    "20 June 2069. The sandbox mirrors the",
    "hub's message formats and holds a year",
    "of anonymised air waybill data.",
    "",
    "Firms must accept the hub's data-use",
    "terms before the visit; the form comes",
    "with the visit joining instructions.",
]
LANDSCAPE_COLS = [40, 150, 330, 450, 545, 665]
LANDSCAPE_ROWS = [
    [
        "Buyer type",
        "Top software need",
        "Typical pilot budget (CNY)",
        "Decision time",
        "Preferred contract",
        "Meeting language",
    ],
    [
        "Hub airport",
        "AODB and resource management",
        "400,000 - 900,000",
        "6 - 9 months",
        "Annual licence",
        "Mandarin + interpreter",
    ],
    [
        "Regional airport",
        "Ground-handling, turnaround apps",
        "120,000 - 300,000",
        "3 - 4 months",
        "SaaS subscription",
        "Mandarin",
    ],
    [
        "Airline",
        "Crew rostering and fatigue risk",
        "500,000 - 1,200,000",
        "9 - 12 months",
        "Annual licence",
        "Mandarin or English",
    ],
    [
        "MRO base",
        "MRO tracking, records digitisation",
        "300,000 - 800,000",
        "4 - 6 months",
        "Per-aircraft licence",
        "Mandarin + interpreter",
    ],
    ["Air-cargo hub", "e-AWB and ULD tracking", "250,000 - 600,000", "3 - 5 months", "Per transaction", "Mandarin"],
    [
        "Flight academy",
        "Aviation English, simulator content",
        "80,000 - 150,000",
        "2 - 3 months",
        "Per-seat licence",
        "English",
    ],
    ["Drone maker", "UTM integration", "150,000 - 350,000", "2 - 4 months", "Revenue share", "Mandarin"],
    [
        "Airport economy zone",
        "Shared data platforms",
        "600,000 - 1,500,000",
        "12 months or more",
        "Framework agreement",
        "Mandarin",
    ],
]


def bulletin():
    p1 = [(50, 765, "Runway Relay Bulletin - Issue 2 - March 2069"), (290, 30, "Page 1 of 2")]
    p1 += [(50, 725 - 14 * i, line) for i, line in enumerate(LEFT) if line]
    p1 += [(320, 725 - 14 * i, line) for i, line in enumerate(RIGHT) if line]
    rules1 = [(50, 758, 562, 758), (306, 740, 306, 520)]
    texts, rules, _ = grid(LANDSCAPE_COLS, 770, 520, LANDSCAPE_ROWS, row_h=20)
    p2 = [
        (40, 580, "Runway Relay Bulletin - Issue 2 - March 2069"),
        (40, 545, "WHAT CHINESE BUYERS TOLD US: DEMAND SNAPSHOT 2069"),
        (40, 350, "Source: Alliance buyer survey, January 2069; 27 buyers answered. Budgets are for a first pilot."),
        (380, 25, "Page 2 of 2"),
        *texts,
    ]
    pdf_pages(
        PROG / "relay-bulletin-2069.pdf",
        [{"texts": p1, "rules": rules1}, {"texts": p2, "rules": [(40, 570, 770, 570), *rules], "landscape": True}],
    )


# ============================================================================ docx helpers
def tracked_paragraph(doc, before, old, new, after, rid):
    """A paragraph with a reviewer's revision left in: w:del holding the old figure, w:ins the new one."""
    p = doc.add_paragraph(before)
    stamp = {qn("w:author"): "PASEC panel reviewer", qn("w:date"): "2069-02-25T10:30:00Z"}
    d = OxmlElement("w:del")
    d.set(qn("w:id"), str(rid))
    for k, val in stamp.items():
        d.set(k, val)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = old
    r.append(t)
    d.append(r)
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), str(rid + 1))
    for k, val in stamp.items():
        ins.set(k, val)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = new
    r.append(t)
    ins.append(r)
    p._p.append(d)
    p._p.append(ins)
    p.add_run(after)
    return p


def criteria_docx():
    doc = docx.Document()
    doc.add_paragraph("Runway Relay 2069 - Selection criteria and scoring", style="Title")
    doc.add_paragraph(
        "Reviewer draft v3 for the PASEC selection panel, 25 February 2069. The panel's changes are left as "
        "tracked changes for the secretariat to accept."
    )
    doc.add_heading("Scoring criteria", level=1)
    doc.add_paragraph("Each application is scored out of 100 points on the following criteria.")
    criteria = [
        "Product maturity: live deployment at one or more airports, airlines, MRO bases or cargo hubs (25 points).",
        "Fit with the needs of Chinese buyers, shown by the buyer survey and by letters of interest (20 points).",
        "Data protection and aviation certification, such as ISO 27001, AS9100, EASA Part-145, CAAC approval or "
        "DO-178C experience (20 points).",
        "Team capacity, including a named Mandarin-speaking contact (15 points).",
        "Pricing and commercial model for a first pilot in China (10 points).",
        "Export track record outside Pakistan (10 points).",
    ]
    num_id = doc.styles["List Number"].element.pPr.numPr.numId.val
    for text in criteria:
        p = doc.add_paragraph(text, style="List Number")
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id
    doc.add_heading("Shortlisting", level=1)
    tracked_paragraph(
        doc, "Each application is read by ", "two", "three", " reviewers, one nominated by the Alliance.", 1
    )
    tracked_paragraph(
        doc, "Applications need a minimum total score of ", "60", "65", " out of 100 to be shortlisted.", 3
    )
    doc.add_paragraph("Ties are broken by the score on the first criterion, then on the third.")
    doc.add_heading("Interviews", level=1)
    doc.add_paragraph(
        "Shortlisted firms are interviewed online in the week of 8 April 2069. Interviews last 30 minutes and "
        "include a 10-minute product demonstration."
    )
    doc.save(str(PROG / "review-draft-selection-criteria.docx"))


def outline_heading(doc, text, level=0):
    """A heading made the way many Chinese office templates do: bold Normal text with an outline level."""
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(14 if level == 0 else 12)
    lvl = OxmlElement("w:outlineLvl")
    lvl.set(qn("w:val"), str(level))
    p._p.get_or_add_pPr().append(lvl)
    return p


def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    return t


def zh_docx():
    doc = docx.Document()
    doc.add_paragraph("“跑道接力2069”中方参与须知：重要日期、设备部署补贴与退款规则", style="Title")
    doc.add_paragraph("丝路天空民航数字联盟秘书处　2069年1月8日")
    outline_heading(doc, "一、重要日期（北京时间）")
    table(
        doc,
        [
            ["事项", "时间（北京时间）"],
            ["启动网络研讨会（24家巴方企业在线推介）", "2069年1月15日 14:00"],
            ["春节期间暂停审核", "2069年1月24日至2月7日"],
            ["巴方企业申请窗口", "2069年2月11日12:00至3月14日20:00"],
            ["公布入选结果", "2069年4月30日"],
            ["成都MRO机库及郑州航空货运枢纽参访", "2069年6月16日至21日"],
            ["中方配套资助申报", "2069年7月1日至7月31日"],
            ["天府航空数字博览会（5号馆，巴基斯坦馆）", "2069年9月10日至13日"],
        ],
    )
    outline_heading(doc, "二、设备部署补贴")
    doc.add_paragraph(
        "在试点中部署巴方软件配套设备（如EFB平板、自助值机终端、X光图像分析工作站）的中方单位，"
        "按部署数量获得设备补贴。数量区间含本数，全部设备按所在区间的单价计算。"
    )
    table(
        doc,
        [
            ["部署设备数量（台）", "每台补贴", "每个项目上限"],
            ["1–20台", "600元", "12,000元"],
            ["21–100台", "450元", "45,000元"],
            ["101台及以上", "300元", "60,000元"],
        ],
    )
    doc.add_paragraph("例如：部署20台，按每台600元计算，共12,000元；部署21台，则按每台450元计算。")
    outline_heading(doc, "三、洽谈会注册费退款规则")
    doc.add_paragraph("博览会采购方洽谈会注册费为每家单位1,800元。取消注册时，按距博览会开幕日（9月10日）的天数退款：")
    table(
        doc,
        [
            ["取消时间（距开幕日）", "退款"],
            ["30天及以上", "全额退款"],
            ["15–29天", "退还50%"],
            ["14天及以内", "不予退款"],
        ],
    )
    doc.add_paragraph("例外：因签证或出行许可未获批准而取消的，凭相关证明可全额退款，但须扣除手续费100元。")
    outline_heading(doc, "四、材料提交与联系人")
    doc.add_paragraph("申报材料请以PDF格式发送至 cn-subsidy@runwayrelay.example，文件名格式为“省份-单位名称-2069”。")
    doc.add_paragraph("联系人：周宁（联盟秘书处），电话 +86 28 5550 2070，工作时间为周一至周五9:00–17:30。")
    doc.save(str(PROG / "zh-event-subsidy-refunds.docx"))


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
    rtl(doc.add_paragraph("رن وے ریلے ۲۰۶۹ — شرکت کی فیس اور اقساط", style="Title"))
    for text in [
        "یہ جدول ان پاکستانی کمپنیوں کے لیے ہے جو رن وے ریلے ۲۰۶۹ کے لیے منتخب ہوں گی۔ فیس کل وقتی ملازمین کی "
        "تعداد پر منحصر ہے، اور ہر حد میں دونوں سرے شامل ہیں: ۲۵ ملازمین والی کمپنی پہلی حد میں اور ۲۶ والی دوسری حد میں ہے۔",
        "پروگرام کا کل بجٹ ۱۸ کروڑ روپے ہے۔",
    ]:
        rtl(doc.add_paragraph(text))
    rows = [
        ["ملازمین کی تعداد", "فیس (ہندسوں میں)", "لاکھ کے حساب سے", "الفاظ میں", "اقساط"],
        ["۱ تا ۲۵", "15,000", "15,000", "پندرہ ہزار روپے", "ایک قسط"],
        ["۲۶ تا ۱۰۰", "40,000", "40,000", "چالیس ہزار روپے", "ایک قسط"],
        ["۱۰۱ تا ۲۵۰", "85,000", "85,000", "پچاسی ہزار روپے", "دو اقساط: ۵۰٪ منظوری کے وقت، ۵۰٪ ۳۱ مئی ۲۰۶۹ تک"],
        [
            "۲۵۱ یا زیادہ",
            "150,000",
            "1,50,000",
            "ڈیڑھ لاکھ روپے",
            "تین اقساط: ۵۰٪ منظوری کے وقت، ۳۰٪ ۳۱ مئی ۲۰۶۹ تک، ۲۰٪ ۳۱ جولائی ۲۰۶۹ تک",
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
            for p in cell.paragraphs:
                rtl(p)
    for text in [
        "اہم تاریخیں: درخواستیں ۱۱ فروری ۲۰۶۹ صبح ۹ بجے (پاکستانی وقت) سے ۱۴ مارچ ۲۰۶۹ شام ۵ بجے تک جمع کرائی جا سکتی ہیں۔ "
        "نتائج کا اعلان ۳۰ اپریل ۲۰۶۹ کو ہوگا۔",
        "پوری فیس واپس لینے کے لیے نام واپس لینے کی آخری تاریخ ۲۰ مئی ۲۰۶۹ ہے؛ اس کے بعد فیس واپس نہیں ہوگی۔",
        "قسط وقت پر ادا نہ ہونے کی صورت میں اگلی قسط سے پہلے کمپنی کو ملاقاتوں کی فہرست سے عارضی طور پر ہٹا دیا جائے گا۔",
    ]:
        rtl(doc.add_paragraph(text))
    doc.save(str(PROG / "ur-fees-instalments.docx"))


# ============================================================================ directory
# id, name, name_zh, city, founded, employees, services, industries, technologies, certifications, languages,
# description, description_zh, domain, pitched
D = [
    (
        "PK-001",
        "Indus AeroLedger (Pvt) Ltd",
        "印度河航空账簿",
        "Karachi",
        2009,
        140,
        "MRO tracking software;airworthiness records digitisation;technical documentation conversion;reliability reporting",
        "MRO;airlines",
        ".NET;SQL Server;Azure",
        "EASA Part-145;ISO 9001;ISO 27001",
        "English;Urdu;Mandarin",
        "Builds MRO tracking software and digitises airworthiness records for airlines and maintenance shops.",
        "为航空公司和维修企业提供MRO跟踪软件及适航记录数字化服务。",
        "aeroledger",
        "yes",
    ),
    (
        "PK-002",
        "Clifton Hangar Systems",
        "克利夫顿机库系统",
        "Karachi",
        2016,
        38,
        "maintenance, repair and overhaul (MRO) software;tech log digitization;mobile app development",
        "MRO;general aviation",
        "Flutter;Node.js;PostgreSQL",
        "CAA Pakistan approval",
        "English;Urdu",
        "Small team making maintenance, repair and overhaul software and digital tech logs for general aviation.",
        "",
        "cliftonhangar",
        "no",
    ),
    (
        "PK-003",
        "Korangi Rotables Tech",
        "",
        "Karachi",
        2012,
        85,
        "aircraft maintenance tracking;rotables & spares management;ERP integration;barcode inventory",
        "MRO;airlines",
        "Java;Oracle;SAP",
        "ISO 9001;CAAC approval",
        "English;Urdu;Mandarin",
        "Tracks aircraft maintenance, rotables and spares, and connects them to airline ERP systems.",
        "提供飞机维修跟踪和周转件管理软件。",
        "korangirotables",
        "no",
    ),
    (
        "PK-004",
        "Sea View Ground Ops",
        "海景地勤科技",
        "Karachi",
        2014,
        62,
        "ground-handling apps;turnaround management app;ramp operations app;load planning",
        "ground handling;airports",
        "Kotlin;Swift;Firebase",
        "ISO 9001",
        "English;Urdu",
        "Mobile apps for ground handlers: turnaround timing, ramp tasks and load planning.",
        "为地面服务公司开发航班保障和机坪作业应用。",
        "seaviewgroundops",
        "no",
    ),
    (
        "PK-005",
        "Harbour Screening Analytics",
        "港湾安检分析",
        "Karachi",
        2018,
        47,
        "aviation security screening AI;X-ray image analysis;computer vision",
        "airports;aviation security",
        "Python;PyTorch;OpenCV",
        "ISO 27001",
        "English;Urdu",
        "Applies computer vision to X-ray images at security checkpoints to flag prohibited items.",
        "利用人工智能分析安检X光图像。",
        "harbourscreening",
        "yes",
    ),
    (
        "PK-006",
        "Port Qasim Fuel Systems",
        "",
        "Karachi",
        2005,
        120,
        "airport fuel-farm management;fuel hydrant monitoring;IoT sensors;SCADA dashboards",
        "airports;energy",
        "C#;PLC integration;InfluxDB",
        "ISO 9001;ISO 14001",
        "English;Urdu;Sindhi",
        "Software and sensors for airport fuel farms and hydrant systems.",
        "",
        "portqasimfuel",
        "no",
    ),
    (
        "PK-007",
        "Lyari Cargo Cloud",
        "利亚里货运云",
        "Karachi",
        2019,
        29,
        "cargo terminal management;e-AWB integration;ULD tracking;customs declarations",
        "air cargo;logistics",
        "Go;React;AWS",
        "none",
        "English;Urdu",
        "Cloud software for cargo terminals, with e-AWB messaging and ULD tracking.",
        "面向货站的云端管理软件。",
        "lyaricargo",
        "no",
    ),
    (
        "PK-008",
        "Gulberg Flight Data (Pvt) Ltd",
        "古尔伯格飞行数据",
        "Lahore",
        2011,
        210,
        "flight operations analytics;EFB apps;flight data monitoring (FDM);fuel efficiency analytics",
        "airlines",
        "Python;Spark;Swift",
        "ISO 27001;AS9100",
        "English;Urdu",
        "Flight operations analytics and EFB apps for airline flight operations departments.",
        "为航空公司提供飞行运行数据分析和EFB应用。",
        "gulbergflightdata",
        "yes",
    ),
    (
        "PK-009",
        "Ravi Rostering Labs",
        "拉维排班实验室",
        "Lahore",
        2015,
        55,
        "crew rostering;fatigue risk management;crew scheduling;payroll export",
        "airlines",
        "Java;OptaPlanner;PostgreSQL",
        "ISO 27001",
        "English;Urdu",
        "Crew rostering and scheduling engine with fatigue risk rules.",
        "",
        "ravirostering",
        "no",
    ),
    (
        "PK-010",
        "Canal Baggage Tech",
        "",
        "Lahore",
        2013,
        74,
        "baggage reconciliation;baggage tracking;passenger mobile app;RFID tagging",
        "airports;airlines",
        "Kotlin;RFID;Azure",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "Baggage reconciliation and tracking with RFID tags, plus a passenger app for bag status.",
        "行李再核对与追踪系统。",
        "canalbaggage",
        "no",
    ),
    (
        "PK-011",
        "Mall Road Revenue Systems",
        "商场路营收系统",
        "Lahore",
        2008,
        160,
        "airline revenue accounting;interline billing;BI dashboards;fraud analytics",
        "airlines;finance",
        "Java;Oracle;Power BI",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Airline revenue accounting and interline billing platform with BI dashboards.",
        "航空公司收入结算与联程结算平台。",
        "mallroadrevenue",
        "yes",
    ),
    (
        "PK-012",
        "Anarkali AirFreight Software",
        "阿纳卡利空运软件",
        "Lahore",
        2017,
        44,
        "electronic air waybill (e-AWB);air cargo terminal software;customs EDI",
        "air cargo",
        ".NET;Angular;RabbitMQ",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Electronic air waybill messaging and cargo terminal software for forwarders and handlers.",
        "",
        "anarkaliairfreight",
        "no",
    ),
    (
        "PK-013",
        "Shalimar Emissions Monitor",
        "",
        "Lahore",
        2020,
        22,
        "CORSIA reporting;noise and emissions monitoring;carbon emissions reporting",
        "airports;airlines;sustainability",
        "Python;Django;TimescaleDB",
        "",
        "English;Urdu",
        "CORSIA reporting and emissions monitoring for airlines and airports.",
        "",
        "shalimaremissions",
        "no",
    ),
    (
        "PK-014",
        "Model Town Aviation English Academy",
        "模范镇航空英语",
        "Lahore",
        2010,
        35,
        "aviation English training;ICAO English test prep;e-learning content",
        "flight training;airlines",
        "Moodle;H5P",
        "none",
        "English;Urdu",
        "Aviation English courses for pilots and controllers, online and in class.",
        "为飞行员和管制员提供航空英语培训。",
        "modeltownenglish",
        "no",
    ),
    (
        "PK-015",
        "Blue Area AODB Works",
        "蓝区机场数据",
        "Islamabad",
        2007,
        230,
        "AODB;gate and stand allocation;resource management (gate/stand);flight information display systems",
        "airports",
        "Java;Kafka;PostgreSQL",
        "ISO 27001;ISO 9001",
        "English;Urdu;Mandarin",
        "AODB and resource management for airports: gates, stands and flight information displays.",
        "为机场提供AODB及机位资源分配系统。",
        "blueareaaodb",
        "yes",
    ),
    (
        "PK-016",
        "Margalla Crew Systems",
        "马加拉机组系统",
        "Islamabad",
        2012,
        90,
        "crew rostering & fatigue risk;FRMS (fatigue risk management);payroll integration",
        "airlines;business aviation",
        "C#;Azure;SQL Server",
        "ISO 27001",
        "English;Urdu",
        "Crew rostering with an FRMS module for airlines and business aviation operators.",
        "",
        "margallacrew",
        "no",
    ),
    (
        "PK-017",
        "F-7 Avionics Test Lab",
        "",
        "Islamabad",
        2004,
        130,
        "avionics test software;ATE software for avionics;embedded systems;ARINC 429 tools",
        "avionics;defence",
        "C;C++;LabVIEW",
        "AS9100;DO-178C experience",
        "English;Urdu",
        "Test software and automatic test equipment for avionics units.",
        "航电测试软件与自动测试设备。",
        "f7avionics",
        "no",
    ),
    (
        "PK-018",
        "Potohar UTM Systems",
        "波托哈尔无人机管理",
        "Islamabad",
        2019,
        41,
        "UTM platform;UAV traffic management;GIS mapping;geofencing",
        "drones;agriculture",
        "Go;PostGIS;React",
        "CAA Pakistan approval",
        "English;Urdu",
        "UTM platform for drone operators, with geofencing and flight authorisation.",
        "",
        "potoharutm",
        "no",
    ),
    (
        "PK-019",
        "Capital Kiosk Solutions",
        "首都自助终端",
        "Islamabad",
        2014,
        115,
        "self-service kiosks;CUSS kiosk integration;CUPPS integration;bag-drop software",
        "airports;airlines",
        "C#;WPF;Java",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Self-service kiosk and bag-drop software with CUSS and CUPPS integrations.",
        "自助值机终端和自助行李托运软件。",
        "capitalkiosk",
        "yes",
    ),
    (
        "PK-020",
        "Faizabad Emission Analytics",
        "",
        "Islamabad",
        2016,
        33,
        "CORSIA MRV reporting;fuel burn analytics;sustainability dashboards",
        "airlines;sustainability",
        "Python;R;Tableau",
        "ISO 9001",
        "English;Urdu",
        "CORSIA MRV reporting and fuel burn analytics for airlines.",
        "",
        "faizabademission",
        "no",
    ),
    (
        "PK-021",
        "Sky Roster (SMC-Private) Ltd",
        "天空排班",
        "Islamabad",
        2021,
        19,
        "crew rostering;pilot logbook app",
        "airlines;flight training",
        "Flutter;Firebase",
        "none",
        "English;Urdu",
        "A young team making crew rostering and pilot logbook apps.",
        "",
        "skyroster",
        "no",
    ),
    (
        "PK-022",
        "Rawal Aero Records",
        "拉瓦尔航空档案",
        "Rawalpindi",
        2010,
        66,
        "maintenance-records digitization;MRO software;document scanning;OCR",
        "MRO;defence",
        "Python;Tesseract;Azure",
        "CAA Pakistan approval;ISO 9001",
        "English;Urdu",
        "Scans and digitises maintenance records and feeds them into MRO software.",
        "维修记录扫描与数字化。",
        "rawalaerorecords",
        "no",
    ),
    (
        "PK-023",
        "Saddar Crew Tech",
        "",
        "Rawalpindi",
        2018,
        27,
        "crew rostering;mobile app development;web portals",
        "airlines",
        "React Native;Node.js",
        "ISO 27001",
        "English;Urdu",
        "Crew rostering apps and web portals for small carriers.",
        "",
        "saddarcrew",
        "no",
    ),
    (
        "PK-024",
        "Rawalpindi Ground Handling Suite",
        "拉瓦尔品第地面服务套件",
        "Rawalpindi",
        2009,
        112,
        "ground handling apps;load control software;baggage reconciliation;air cargo terminal software",
        "ground handling;air cargo;airports",
        "Java;Angular;Oracle",
        "ISO 27001;CAA Pakistan approval",
        "English;Urdu;Mandarin",
        "Suite for ground handlers covering load control, baggage reconciliation and cargo terminal work.",
        "地面服务套件，涵盖配载、行李再核对和货站作业。",
        "rwpgroundsuite",
        "no",
    ),
    (
        "PK-025",
        "Sialkot Avionics Bench",
        "锡亚尔科特航电测试",
        "Sialkot",
        2011,
        58,
        "avionics testing;avionics test benches;PCB test fixtures",
        "avionics;manufacturing",
        "C++;Python;LabVIEW",
        "AS9100",
        "English;Urdu;Punjabi",
        "Avionics test benches and fixtures for repair shops.",
        "",
        "sialkotavionics",
        "no",
    ),
    (
        "PK-026",
        "Sialkot Cargo Link",
        "",
        "Sialkot",
        2015,
        34,
        "air cargo terminal software;unit load device tracking;export documentation",
        "air cargo;exports",
        "PHP;Laravel;MySQL",
        "ISO 9001",
        "English;Urdu",
        "Cargo terminal software and unit load device tracking for exporters' air shipments.",
        "",
        "sialkotcargolink",
        "no",
    ),
    (
        "PK-027",
        "Lyallpur e-Freight",
        "莱亚尔布尔电子货运",
        "Faisalabad",
        2014,
        52,
        "e-AWB;cargo terminal management;warehouse management",
        "air cargo;textiles",
        "Java;Spring;PostgreSQL",
        "ISO 27001",
        "English;Urdu;Punjabi",
        "e-AWB and cargo terminal management for textile exporters and their handlers.",
        "为纺织出口企业提供电子运单和货站管理。",
        "lyallpurefreight",
        "no",
    ),
    (
        "PK-028",
        "Chenab Interline Billing",
        "",
        "Faisalabad",
        2018,
        17,
        "interline billing;revenue accounting;invoice automation",
        "airlines;finance",
        "Python;Odoo",
        "none",
        "English;Urdu",
        "Interline billing and revenue accounting for regional airlines.",
        "",
        "chenabbilling",
        "no",
    ),
    (
        "PK-029",
        "Multan Revenue Desk",
        "木尔坦营收服务",
        "Multan",
        2016,
        45,
        "passenger revenue accounting;revenue accounting (small teams);reconciliation services",
        "airlines;travel",
        "Excel VBA;Python;SQL",
        "none",
        "English;Urdu;Saraiki",
        "Passenger revenue accounting services and tools for small airline finance teams.",
        "",
        "multanrevenue",
        "no",
    ),
    (
        "PK-030",
        "Multan Drone Works",
        "木尔坦无人机",
        "Multan",
        2021,
        24,
        "drone traffic management;UAV fleet management;crop-spraying drone apps",
        "drones;agriculture",
        "Python;ROS;Android",
        "CAA Pakistan approval",
        "English;Urdu;Saraiki",
        "Drone traffic management and fleet apps for agricultural drone operators.",
        "农业无人机交通与机队管理。",
        "multandrone",
        "no",
    ),
    (
        "PK-031",
        "Sutlej Vision Labs",
        "",
        "Multan",
        2019,
        28,
        "artificial intelligence for X-ray screening;computer vision;face recognition boarding",
        "airports;aviation security",
        "Python;TensorFlow;ONNX",
        "ISO 27001",
        "English;Urdu",
        "Artificial intelligence models for X-ray screening and biometric boarding.",
        "",
        "sutlejvision",
        "no",
    ),
    (
        "PK-032",
        "Peshawar Screening AI",
        "白沙瓦安检智能",
        "Peshawar",
        2017,
        39,
        "AI baggage X-ray analysis;threat detection (X-ray);video analytics",
        "aviation security",
        "Python;PyTorch;CUDA",
        "ISO 27001",
        "English;Urdu;Pashto",
        "AI analysis of baggage X-ray images and checkpoint video.",
        "行李X光图像智能分析。",
        "peshawarscreening",
        "yes",
    ),
    (
        "PK-033",
        "Khyber Fuel Farm Tech",
        "",
        "Peshawar",
        2012,
        71,
        "fuel farm management;into-plane fuelling app;tank inventory reconciliation",
        "airports;energy",
        "C#;Xamarin;SQL Server",
        "ISO 9001",
        "English;Urdu;Pashto",
        "Fuel farm management and into-plane fuelling apps for airport fuel suppliers.",
        "",
        "khyberfuelfarm",
        "no",
    ),
    (
        "PK-034",
        "Quetta Aero English",
        "奎达航空英语",
        "Quetta",
        2018,
        16,
        "aviation English courses (small teams);English language assessment",
        "flight training",
        "Zoom;Moodle",
        "ISO 9001",
        "English;Urdu;Balochi;Pashto",
        "Aviation English courses for small groups and language assessment.",
        "",
        "quettaaeroenglish",
        "no",
    ),
    (
        "PK-035",
        "Bolan Avionics Software",
        "",
        "Quetta",
        2009,
        42,
        "avionics test software;embedded C development;safety-critical code reviews",
        "avionics;defence",
        "C;Ada;MATLAB",
        "DO-178C experience",
        "English;Urdu",
        "Avionics test software and safety-critical code reviews.",
        "",
        "bolanavionics",
        "no",
    ),
    (
        "PK-036",
        "Gwadar Port Aviation Fuel",
        "瓜达尔航空燃油",
        "Gwadar",
        2019,
        26,
        "airport fuel farm management;tank gauging software",
        "airports;energy;ports",
        "Python;Modbus;Grafana",
        "none",
        "English;Urdu;Balochi",
        "Airport fuel farm management and tank gauging for new airports.",
        "机场油库管理软件。",
        "gwadarfuel",
        "no",
    ),
    (
        "PK-037",
        "Gwadar Cargo Gateway",
        "瓜达尔货运门户",
        "Gwadar",
        2021,
        19,
        "cargo terminal management;electronic airwaybill;ULD management",
        "air cargo;ports",
        "Node.js;MongoDB",
        "",
        "English;Urdu;Balochi;Mandarin",
        "Cargo terminal management with electronic airwaybill and ULD management.",
        "",
        "gwadarcargo",
        "no",
    ),
    (
        "PK-038",
        "Skardu Mountain UTM",
        "",
        "Skardu",
        2020,
        14,
        "UTM;drone corridor mapping;search-and-rescue drone apps",
        "drones;tourism;emergency services",
        "Python;QGIS;Android",
        "none",
        "English;Urdu;Balti",
        "UTM and drone corridor mapping for mountain search and rescue.",
        "",
        "skarduutm",
        "no",
    ),
    (
        "PK-039",
        "Gilgit Heli Ops",
        "吉尔吉特直升机运营",
        "Gilgit",
        2015,
        21,
        "flight operations analytics;helicopter EFB apps;weather briefing tools",
        "helicopters;tourism",
        "Swift;Python",
        "CAA Pakistan approval",
        "English;Urdu",
        "Helicopter EFB apps and flight operations analytics for mountain operators.",
        "",
        "gilgitheliops",
        "no",
    ),
    (
        "PK-040",
        "Hyderabad Aero Docs",
        "海得拉巴航空文档",
        "Hyderabad",
        2006,
        88,
        "illustrated parts catalogue conversion;technical publications;S1000D conversion;XML authoring",
        "MRO;aerospace manufacturing",
        "XML;XSLT;Arbortext",
        "ISO 9001;AS9100",
        "English;Urdu;Sindhi",
        "Converts illustrated parts catalogues and technical publications to S1000D.",
        "图解零件目录和技术出版物转换。",
        "hyderabadaerodocs",
        "no",
    ),
    (
        "PK-041",
        "Indus Valley IPC Studio",
        "",
        "Hyderabad",
        2014,
        31,
        "IPC conversion;technical illustration;3D exploded views",
        "MRO",
        "Blender;SVG;Python",
        "none",
        "English;Urdu;Sindhi",
        "IPC conversion and technical illustration, including 3D exploded views.",
        "",
        "indusvalleyipc",
        "no",
    ),
    (
        "PK-042",
        "Bahawalpur Airside Analytics",
        "巴哈瓦尔布尔机坪分析",
        "Bahawalpur",
        2013,
        46,
        "noise monitoring;noise and emissions monitoring;airside sensors",
        "airports;sustainability",
        "C++;LoRaWAN;Grafana",
        "ISO 9001",
        "English;Urdu;Saraiki",
        "Noise and emissions monitoring with airside sensor networks.",
        "",
        "bahawalpurairside",
        "no",
    ),
    (
        "PK-043",
        "Cholistan EFB Labs",
        "",
        "Bahawalpur",
        2019,
        23,
        "electronic flight bag apps;EFB development;iPad app development",
        "airlines;flight training",
        "Swift;SwiftUI",
        "none",
        "English;Urdu",
        "Electronic flight bag apps for airlines and flying schools.",
        "",
        "cholistanefb",
        "no",
    ),
    (
        "PK-044",
        "Abbottabad Training Sims",
        "阿伯塔巴德模拟训练",
        "Abbottabad",
        2011,
        37,
        "aviation English training;simulator content;instructional design",
        "flight training",
        "Unity;Moodle",
        "ISO 9001",
        "English;Urdu;Hindko",
        "Simulator content and aviation English training for flight academies.",
        "为飞行学院制作模拟机课件。",
        "abbottabadsims",
        "no",
    ),
    (
        "PK-045",
        "Sukkur Baggage & Cargo Systems",
        "苏库尔行李货运系统",
        "Sukkur",
        2008,
        95,
        "baggage reconcilation;cargo terminal management;barcode & RFID tagging",
        "airports;air cargo",
        "Java;Zebra SDK;Oracle",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Baggage reconciliation and cargo terminal management with barcode and RFID tagging.",
        "",
        "sukkurbaggage",
        "no",
    ),
    (
        "PK-046",
        "Saddar Self-Service Systems",
        "",
        "Karachi",
        2010,
        150,
        "self service kiosk;common-use self-service (CUSS);passenger apps;digital signage",
        "airports",
        "C#;Electron;Kotlin",
        "ISO 9001",
        "English;Urdu",
        "Self-service kiosks and passenger apps for airports.",
        "",
        "saddarselfservice",
        "no",
    ),
    (
        "PK-047",
        "Lahore Hub Operations Software",
        "拉合尔枢纽运行软件",
        "Lahore",
        2006,
        180,
        "airport operational database (AODB) integration;stand planning;BI dashboards",
        "airports",
        "Java;Kafka;Power BI",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Integrates airport operational databases with stand planning and reporting.",
        "机场运行数据库集成与机位规划。",
        "lahorehubops",
        "yes",
    ),
    (
        "PK-048",
        "Islamabad Revenue Cloud",
        "伊斯兰堡营收云",
        "Islamabad",
        2012,
        105,
        "airline revenue accounting;passenger revenue accounting;ERP integration",
        "airlines",
        "Java;SAP;AWS",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Cloud airline revenue accounting linked to ERP systems.",
        "",
        "isbrevenuecloud",
        "no",
    ),
    (
        "PK-049",
        "Karachi Aero Tech Pubs",
        "",
        "Karachi",
        2015,
        49,
        "IPC conversion;technical documentation conversion;maintenance-records digitization",
        "MRO;airlines",
        "XML;Python",
        "ISO 9001",
        "English;Urdu",
        "IPC and technical documentation conversion, and digitisation of maintenance records.",
        "",
        "karachitechpubs",
        "no",
    ),
    (
        "PK-050",
        "Kasur Skies EFB",
        "卡苏尔天空",
        "Lahore",
        2018,
        30,
        "EFB apps;flight planning tools;weight & balance calculators",
        "airlines;general aviation",
        "Kotlin;Swift",
        "none",
        "English;Urdu;Punjabi",
        "EFB apps with flight planning and weight and balance tools.",
        "",
        "kasurskies",
        "no",
    ),
    (
        "CN-001",
        "Chengdu Jinsha Aero Maintenance Digital Co., Ltd.",
        "成都金沙机务数字科技有限公司",
        "Chengdu",
        2010,
        420,
        "MRO software;航材管理;maintenance tracking;机务工卡电子化",
        "MRO;airlines",
        "Java;Vue;TiDB",
        "CAAC approval;ISO 9001",
        "Mandarin;English",
        "MRO software and electronic task cards for Chinese maintenance bases.",
        "为国内维修基地提供MRO软件、航材管理和电子工卡。",
        "jinshaaero",
        "no",
    ),
    (
        "CN-002",
        "Shuangliu Airport Data Services Co., Ltd.",
        "双流机场数据服务有限公司",
        "Chengdu",
        2013,
        260,
        "机场运行数据库;AODB;gate and stand allocation",
        "airports",
        "Java;Kafka;openGauss",
        "CAAC approval",
        "Mandarin;English",
        "Operates and integrates AODB systems for airports in western China.",
        "为西部机场提供机场运行数据库服务。",
        "shuangliudata",
        "no",
    ),
    (
        "CN-003",
        "Sichuan Skyway UAV Technology Co., Ltd.",
        "四川天路无人机科技有限公司",
        "Chengdu",
        2017,
        140,
        "UAV traffic management;drone manufacturing;无人机飞控",
        "drones;logistics",
        "C++;ROS;PX4",
        "CAAC approval",
        "Mandarin",
        "Drone maker that also runs a UAV traffic management service.",
        "无人机制造及无人机交通管理服务。",
        "skywayuav",
        "no",
    ),
    (
        "CN-004",
        "Shanghai Hongqiao Cargo IT Co., Ltd.",
        "上海虹桥货运信息技术有限公司",
        "Shanghai",
        2008,
        310,
        "air cargo terminal software;e-AWB;unit load devices (ULD) management",
        "air cargo",
        "Java;Oracle;Alibaba Cloud",
        "ISO 27001",
        "Mandarin;English",
        "Cargo terminal software, e-AWB and ULD management for air-cargo hubs.",
        "货站管理、电子运单及集装器管理系统。",
        "hongqiaocargo",
        "no",
    ),
    (
        "CN-005",
        "Guangzhou Baiyun Ground Services Technology",
        "广州白云地服科技有限公司",
        "Guangzhou",
        2011,
        500,
        "ground-handling apps;baggage tracking;turnaround management app;地服调度",
        "ground handling;airports",
        "Java;Flutter;Huawei Cloud",
        "CAAC approval;ISO 9001",
        "Mandarin;Cantonese;English",
        "Ground-handling company's technology arm: dispatch, baggage tracking and turnaround apps.",
        "",
        "baiyungroundtech",
        "no",
    ),
    (
        "CN-006",
        "Shenzhen Dronelink Technology",
        "深圳无人机联网科技有限公司",
        "Shenzhen",
        2016,
        230,
        "UTM;无人机交通管理;drone delivery",
        "drones;logistics",
        "Go;C++;Tencent Cloud",
        "ISO 9001",
        "Mandarin;English",
        "UTM services for drone delivery networks.",
        "为无人机配送网络提供交通管理服务。",
        "dronelink",
        "no",
    ),
    (
        "CN-007",
        "Zhengzhou Airport Economy Zone Digital Hub",
        "郑州航空港经济区数字枢纽",
        "Zhengzhou",
        2014,
        180,
        "aviation industrial park services;cargo terminal management;电子运单",
        "air cargo;industrial parks",
        "Java;Kubernetes",
        "",
        "Mandarin",
        "Digital services for an airport economy zone and its cargo terminals.",
        "",
        "zzaezhub",
        "no",
    ),
    (
        "CN-008",
        "Xi'an Aeronautical Training Technology",
        "西安航训科技有限公司",
        "Xi'an",
        2009,
        95,
        "simulator content;aviation English training;flight training management",
        "flight training",
        "Unity;C#;Unreal Engine",
        "CAAC approval",
        "Mandarin;English",
        "Simulator content and aviation English training for flight academies.",
        "为飞行学院提供模拟机课件和航空英语培训。",
        "xianaerotraining",
        "no",
    ),
    (
        "CN-009",
        "Beijing Avionics Validation Co., Ltd.",
        "北京航电验证有限公司",
        "Beijing",
        2005,
        350,
        "avionics test software;DO-178C verification services;hardware-in-the-loop rigs",
        "avionics;aerospace manufacturing",
        "C;Python;dSPACE",
        "AS9100;DO-178C experience",
        "Mandarin;English",
        "Avionics test software and DO-178C verification for aircraft system suppliers.",
        "航电测试软件与DO-178C验证服务。",
        "bjavionicsvalidation",
        "no",
    ),
    (
        "CN-010",
        "Xiamen Airline Revenue Technology",
        "",
        "Xiamen",
        2012,
        120,
        "airline revenue accounting;passenger apps;loyalty programme software",
        "airlines",
        "Java;React;Alibaba Cloud",
        "ISO 27001",
        "Mandarin;Minnan;English",
        "Airline revenue accounting and loyalty software.",
        "",
        "xiamenrevenue",
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
# id suffix, kind, question, sources, answers, note
Q = [
    # ---------------------------------------------------------------- English
    (
        "en-01",
        P,
        "hi, quick one - who actually organised that feb 2022 shanghai webinar this whole programme came out of?",
        ["overview.md"],
        [
            "Trade Development Authority",
            "TDAP",
            "Software Business Union of Shanghai",
            "Shanghai Software Industry Association",
            "Consulate General of Pakistan",
        ],
        "real 2022 facts, stated only in the overview",
    ),
    (
        "en-02",
        P,
        "we are a 26-person crew rostering shop in Multan, what participation fee do we pay for 2069?",
        ["participation-rules.txt", "ur-fees-instalments.docx"],
        ["PKR 40,000", "40,000", "40000"],
        "fee band lookup with the asker's head count; 26 is the first value of the 26-100 band",
    ),
    (
        "en-03",
        P,
        "Hello, our company has 60 full time staff and we want to send 4 people. how much do we pay in total "
        "including the extra people?",
        ["participation-rules.txt"],
        ["9,500", "PKR 9,500"],
        "computed: 26-100 band fee PKR 40,000 includes 2 delegates, plus 2 x PKR 9,500 from the table footnote",
    ),
    (
        "en-04",
        P,
        "when is the interim report due? want to put it in our calendar",
        ["corrigendum-01.md", "participation-rules.txt"],
        ["22 October 2069", "22 October", "22 Oct"],
        "corrigendum changed the printed 15 October 2069 to 22 October 2069; expects the corrected date",
    ),
    (
        "en-05",
        P,
        "does the grant cover an AS9100 certification audit, and up to how much?",
        ["grant-guide-2069.pdf"],
        ["280,000", "PKR 280,000"],
        "row 14 of Table 2, in the continued part of the table on page 2 of the PDF (50%, cap PKR 280,000)",
    ),
    (
        "en-06",
        P,
        "whats the minimum total score an application needs to get shortlisted?",
        ["review-draft-selection-criteria.docx"],
        ["65 out of 100", "65/100", "65 points", "65"],
        "tracked change: w:del 60 / w:ins 65; expects the inserted figure",
    ),
    (
        "en-07",
        P,
        "we're a drone traffic mgmt startup, founded 2067, 6 full-time people, no live customer yet but we "
        "finished a CAA sandbox trial. can we still apply??",
        ["participation-rules.txt"],
        ["2066 or later", "5 or more", "sandbox"],
        "exceptions (a) and (b) to criteria 3 and 4 of the rules",
    ),
    (
        "en-08",
        P,
        "We have around 300 employees. Can the participation fee be paid in instalments, and when are they due?",
        ["ur-fees-instalments.docx", "fee-notice-2069.md"],
        ["three instalments", "3 instalments", "31 May", "31 July", "۳۱ مئی", "۳۱ جولائی", "تین اقساط"],
        "instalment schedule stated only in the Urdu docx, in Urdu digits; asked in English",
    ),
    (
        "en-09",
        P,
        "what kind of budget do chinese flight academies usually have for a pilot project? ballpark is fine",
        ["relay-bulletin-2069.pdf"],
        ["80,000 - 150,000", "80,000", "CNY 80,000"],
        "answer in the wide table on the landscape page (portrait MediaBox, /Rotate 90) of the bulletin",
    ),
    (
        "en-10",
        P,
        "by what date does our demo kiosk hardware need to reach chengdu for the expo?",
        ["expo-china-2069.html"],
        ["20 August 2069", "20 August", "20 Aug"],
        "answer inside a collapsed <details> FAQ answer on the expo page",
    ),
    (
        "en-11",
        DIR,
        "Looking for MRO tracking software companies based in Karachi, who is there?",
        [],
        [],
        "service + city; directory writes MRO, 'maintenance, repair and overhaul' and 'maintenance tracking'",
    ),
    (
        "en-12",
        DIR,
        "any firms in the list that do unit load device tracking?",
        [],
        [],
        "spelled-out acronym; most rows write ULD",
    ),
    (
        "en-13",
        DIR,
        "which avionics test software vendors have DO-178C experience?",
        [],
        [],
        "service + certification (DO-178C experience), PK and CN rows",
    ),
    (
        "en-14",
        DIR,
        "of the firms that pitched at the 2022 shanghai webinar, which ones do aviation security screening / "
        "x-ray stuff?",
        [],
        [],
        "pitched_at_webinar = yes (2022 webinar) + screening service",
    ),
    ("en-15", DIR, "which chinese companies take part from chengdu?", [], [], "which Chinese firms take part, by city"),
    (
        "en-16",
        UN,
        "what's the weather usually like in chengdu in september? packing for the expo",
        [],
        [],
        "off-topic: weather, phrased with the programme's expo",
    ),
    (
        "en-17",
        UN,
        "my phone screen cracked at the airport, any good repair shop in lahore?",
        [],
        [],
        "off-topic: phone repair",
    ),
    (
        "en-18",
        UN,
        "how do my parents get a tourist visa to visit guangzhou for 2 weeks?",
        [],
        [],
        "off-topic: tourist visa",
    ),
    (
        "en-19",
        UN,
        "what is the address and phone number of your Peshawar office?",
        [],
        ["no office in Peshawar", "Islamabad", "secretariat@runwayrelay.example"],
        "near miss: the offices page says there is no office in Peshawar (served by the Islamabad secretariat)",
    ),
    (
        "en-20",
        UN,
        "can you list the 24 companies that pitched at the 2069 launch webinar?",
        [],
        ["secretariat@runwayrelay.example"],
        "near miss: the 2069 pitching firms are never named; pitched_at_webinar is about the 2022 webinar",
    ),
    # ---------------------------------------------------------------- Chinese
    (
        "zh-01",
        P,
        "请问签约后预付款最多能拿多少？",
        ["zh-grant-call.txt"],
        ["十二万元", "12万元", "12万", "120,000"],
        "figure written in Chinese numerals (十二万元)",
    ),
    (
        "zh-02",
        P,
        "我们是新疆的一个机场，跟巴方签了80万元的试点合同，能拿多少配套资助？",
        ["zh-grant-call.txt"],
        [],
        "computed: 40% x 80万元 = 32万元, below the Xinjiang uplifted cap of 36万元",
    ),
    (
        "zh-03",
        P,
        "飞行学院申请配套资助，比例跟机场一样是40%吗",
        ["zh-grant-call.txt"],
        ["50%", "百分之五十"],
        "exception for one kind of buyer: flight academies get 50%",
    ),
    (
        "zh-04",
        P,
        "中方申报材料发到哪个邮箱？文件名有格式要求吗",
        ["zh-event-subsidy-refunds.docx"],
        ["cn-subsidy@runwayrelay.example"],
        "fact in the section under an outline-level heading (bold Normal + w:outlineLvl, no Heading style)",
    ),
    (
        "zh-05",
        P,
        "我们打算在试点里部署20台EFB平板，每台补贴多少钱",
        ["zh-event-subsidy-refunds.docx"],
        ["600元", "每台600元", "12,000元"],
        "device-count band, boundary: 20 is the top of 1-20",
    ),
    (
        "zh-06",
        P,
        "洽谈会注册费已经交了，开幕前20天取消还能退多少？",
        ["zh-event-subsidy-refunds.docx"],
        ["50%", "一半"],
        "computed: 1,800元 x 50% (15-29 days band)",
    ),
    (
        "zh-07",
        P,
        "郑州货站参观一批最多几个人啊",
        [v.GB_TXT],
        ["15人", "十五人"],
        "fact only in the GB18030-encoded txt",
    ),
    (
        "zh-08",
        P,
        "我们是河南的航空货运枢纽，应该联系哪个办公室？",
        ["offices-and-support.html"],
        ["Shanghai desk", "上海"],
        "province -> office table on the English page, asked in Chinese; Henan is covered remotely by Shanghai",
    ),
    (
        "zh-09",
        P,
        "DO-178C工具鉴定审查的费用能报销多少？上限是多少",
        ["grant-guide-2069.pdf"],
        ["260,000", "40%"],
        "row 16 of Table 2, continued part on page 3 of the PDF; English document asked in Chinese",
    ),
    (
        "zh-10",
        DIR,
        "有没有做电子飞行包的巴基斯坦公司？",
        [],
        [],
        "Chinese term for a need the directory writes in English (EFB / electronic flight bag)",
    ),
    (
        "zh-11",
        DIR,
        "哪些公司既做行李再核对又做货站管理系统",
        [],
        [],
        "two services in one row; directory has a typo (reconcilation)",
    ),
    ("zh-12", DIR, "有CAAC认证的MRO软件公司有哪些", [], [], "service + certification (CAAC approval)"),
    (
        "zh-13",
        DIR,
        "参加的中国企业里哪些做无人机交通管理（UTM）",
        [],
        [],
        "which Chinese firms take part, by service (UTM / UAV traffic management)",
    ),
    ("zh-14", DIR, "卡拉奇或者瓜达尔有做机场油库管理的公司吗", [], [], "fuel-farm service + two cities"),
    ("zh-15", UN, "成都有什么好吃的火锅店推荐吗", [], [], "off-topic: restaurants"),
    ("zh-16", UN, "帮我订一张下周上海飞北京的机票", [], [], "off-topic: booking a domestic flight"),
    (
        "zh-17",
        UN,
        "北京办公室的地址和电话是多少",
        [],
        ["Shanghai desk", "shanghai@runwayrelay.example"],
        "near miss: there is no Beijing office; Beijing is covered by the Shanghai desk",
    ),
    (
        "zh-18",
        UN,
        "2067年试点一共发放了多少补贴？",
        [],
        ["secretariat@runwayrelay.example"],
        "near miss: the documents give 2067 firms, buyers, meetings and contracts, but no grant total",
    ),
    # ---------------------------------------------------------------- Urdu
    (
        "ur-01",
        P,
        "درخواست جمع کرانے کی آخری تاریخ اور وقت کیا ہے؟ پاکستانی وقت بتائیں",
        ["ur-fees-instalments.docx", "participation-rules.txt", "overview.md"],
        ["۱۴ مارچ", "14 March", "14 Mar", "17:00", "5 بجے"],
        "application window close in PKT; dates in all three languages",
    ),
    (
        "ur-02",
        P,
        "چین کے مطالعاتی دورے کی فیس فی نمائندہ کتنی ہے؟",
        ["ur-site-visit-expo.md"],
        ["۹۵,۰۰۰", "95,000", "PKR 95,000"],
        "answer written in Urdu digits",
    ),
    (
        "ur-03",
        P,
        "ہماری کمپنی میں پورے ۲۵۰ ملازمین ہیں، ہمیں کتنی فیس دینی ہوگی؟",
        ["participation-rules.txt", "ur-fees-instalments.docx"],
        ["85,000", "۸۵,۰۰۰", "پچاسی ہزار"],
        "fee band boundary: 250 is the top of the 101-250 band",
    ),
    (
        "ur-04",
        P,
        "اگر ہم نام واپس لیں تو پوری فیس واپس لینے کی آخری تاریخ کیا ہے؟",
        ["ur-fees-instalments.docx", "participation-rules.txt", "fee-notice-2069.md", "overview.md"],
        ["۲۰ مئی", "20 May"],
        "refund deadline, stated in Urdu and English",
    ),
    (
        "ur-05",
        P,
        "درخواست کی ونڈو کے آخری دو دنوں میں رات کو پورٹل بند ہو جائے تو سپورٹ کتنی دیر میں جواب دے گی؟",
        ["offices-and-support.html"],
        ["4 hours", "4 گھنٹے", "چار گھنٹے"],
        "SLA severity x time window (S1, evenings and weekends); English page asked in Urdu",
    ),
    (
        "ur-06",
        P,
        "رات کی شفٹ میں سینیئر ترجمان (انگریزی سے چینی) کا فی گھنٹہ ریٹ کیا ہے؟",
        ["services-tariff-catalogue.md"],
        ["10,500", "PKR 10,500"],
        "grade x shift cell in the Markdown table whose cells hold escaped pipes (EN \\| ZH)",
    ),
    (
        "ur-07",
        DIR,
        "اسلام آباد میں عملے کی روسٹرنگ (crew rostering) والی کمپنیاں کون سی ہیں؟",
        [],
        [],
        "service + city; Rawalpindi rows must not count",
    ),
    ("ur-08", DIR, "ایئرپورٹ فیول فارم مینجمنٹ کا سافٹ ویئر کون سی کمپنیاں بناتی ہیں؟", [], [], "fuel-farm service"),
    (
        "ur-09",
        DIR,
        "ایوی ایشن انگلش ٹریننگ والی وہ کمپنیاں بتائیں جن کے پاس ISO 9001 نہیں ہے",
        [],
        [],
        "without certification X (known certifications only; `none` counts as lacking)",
    ),
    (
        "ur-10",
        DIR,
        "لاہور یا اسلام آباد میں CORSIA رپورٹنگ یا اخراج کی نگرانی والی کمپنیاں؟",
        [],
        [],
        "service + two cities",
    ),
    ("ur-11", UN, "آج پاکستان اور انگلینڈ کے کرکٹ میچ کا اسکور کیا ہے؟", [], [], "off-topic: cricket score"),
    ("ur-12", UN, "لاہور سے جدہ کی سب سے سستی فلائٹ کون سی ہے؟", [], [], "off-topic: cheap flights"),
    (
        "ur-13",
        UN,
        "چین کے دورے کے لیے ویزا فیس کتنی ہے؟",
        [],
        ["secretariat@runwayrelay.example"],
        "near miss: visa fees are not given anywhere",
    ),
    (
        "ur-14",
        UN,
        "نمائش کے لیے بوتھ ڈیزائن سروس کا ریٹ کیا ہے؟",
        [],
        ["secretariat@runwayrelay.example"],
        "near miss: the services catalogue has no booth design service",
    ),
    # ---------------------------------------------------------------- Roman Urdu
    (
        "ul-01",
        P,
        "hum 20 logon ki company hain aur hangar visit pe 3 bande bhej rahe hain, discount ke baad total fee "
        "kitni banegi?",
        ["ur-site-visit-expo.md"],
        [],
        "computed from the Urdu discount rule: 15% off the first delegate (25 or fewer staff), 10% off the others",
    ),
    (
        "ul-02",
        P,
        "agar participation fee late jama ho jaye to kitna surcharge lagta hai?",
        ["fee-notice-2069.md"],
        ["2,500", "PKR 2,500"],
        "figure only in a Markdown footnote",
    ),
    (
        "ul-03",
        P,
        "2067 wale pilot mein kitni pakistani firms thi aur 2069 mein kitni select hongi?",
        ["overview.md", "relay-bulletin-2069.pdf"],
        ["19 Pakistani firms", "19"],
        "2067 pilot vs 2069; two things at once, answer list holds the 2067 figure",
    ),
    (
        "ul-04",
        P,
        "selection criteria mein criterion 3 kis cheez ke baare mein hai aur uske kitne points hain?",
        ["review-draft-selection-criteria.docx"],
        ["Data protection", "aviation certification"],
        "criterion asked by its number; numbers come from Word automatic numbering (w:numPr), not the text",
    ),
    (
        "ul-05",
        P,
        "humara IPC manual exactly 200 pages ka hai, chinese translation mein kitne din lagenge?",
        ["services-tariff-catalogue.md"],
        ["7 working days", "7 days", "seven working days"],
        "volume band boundary: 200 is the top of 51-200",
    ),
    (
        "ul-06",
        P,
        "expo wale page pe 'relay slot' likha hai, iska matlab kya hai?",
        ["expo-china-2069.html"],
        ["20-minute", "20 minute", "20 min"],
        "glossary term defined in a <dl>",
    ),
    (
        "ul-07",
        P,
        "poore programme ka total budget kitna hai?",
        ["ur-fees-instalments.docx"],
        ["۱۸ کروڑ", "18 crore", "180 million", "180,000,000"],
        "Urdu-only fact in Urdu digits and کروڑ, asked in Roman Urdu",
    ),
    (
        "ul-08",
        DIR,
        "AI se X-ray screening karne wali companies batao, lekin Karachi wali nahi",
        [],
        [],
        "not in city Y; artificial intelligence / AI wordings",
    ),
    ("ul-09", DIR, "revenue accounting wali companies jo 2015 se pehle bani hon", [], [], "service + founded year"),
    (
        "ul-10",
        DIR,
        "self-service kiosk ya CUSS/CUPPS wali companies jin ke kam se kam 100 employees hon",
        [],
        [],
        "service + size (at least 100)",
    ),
    (
        "ul-11",
        DIR,
        "airport operational database wali firms batayen jin mein 100 se zyada log kaam karte hon",
        [],
        [],
        "acronym spelled out (AODB) + size (more than 100)",
    ),
    (
        "ul-12",
        UN,
        "mera laptop charger kharab ho gaya hai, Rawalpindi mein kahan se theek karwaun?",
        [],
        [],
        "off-topic: laptop repair",
    ),
    (
        "ul-13",
        UN,
        "2067 pilot ke kitne buyers 2069 mein dobara shamil ho rahe hain?",
        [],
        ["secretariat@runwayrelay.example"],
        "near miss: no figure on returning 2067 buyers",
    ),
    (
        "ul-14",
        UN,
        "Islamabad se Chengdu ki group flight ka kiraya programme ki taraf se kitna hai?",
        [],
        ["secretariat@runwayrelay.example"],
        "near miss: no group fare is given (only the grant cap on airfare in Table 2)",
    ),
    # ---------------------------------------------------------------- mixed
    (
        "mx-01",
        P,
        "bhai 郑州 cargo hub ka e-AWB sandbox kitne din free milega?",
        ["relay-bulletin-2069.pdf"],
        ["90 days", "90天"],
        "fact in the right-hand column of the two-column bulletin page",
    ),
    (
        "mx-02",
        P,
        "ULD tracking workshop kis din hai? 哪天?",
        ["hangar-visit-programme.html"],
        ["20 June", "Thu 20 June", "Thursday", "6月20日"],
        "the day sits in a rowspan cell above the workshop row (merged cells)",
    ),
    (
        "mx-03",
        P,
        "wide-body C-check ka hangar demo slot kitne ghante ka hai? 宽体机",
        ["hangar-visit-programme.html"],
        ["6 hours", "6 ghante", "6小时"],
        "row-header table (th scope=row x th scope=col)",
    ),
    (
        "mx-04",
        P,
        "expo booth share ka grant cap ab kitna hai? 展位 cap 变了吗",
        ["corrigendum-01.md", "grant-guide-2069.pdf"],
        ["275,000", "PKR 275,000"],
        "corrigendum changed the cap from PKR 250,000 to PKR 275,000; expects the corrected figure",
    ),
    (
        "mx-05",
        P,
        "claim file karne ki deadline kya hai? 发票之后 kitne din?",
        ["grant-guide-qa.md"],
        ["45 days", "45天"],
        "fact stated by the Q&A page itself (the page otherwise points to grant-guide tables)",
    ),
    (
        "mx-06",
        P,
        "launch webinar kab hai aur kitni firms pitch karengi? 几家公司?",
        ["overview.md", "zh-event-subsidy-refunds.docx", "participation-rules.txt"],
        ["15 January 2069", "15 Jan", "1月15日"],
        "two things at once; answer list holds the date",
    ),
    (
        "mx-07",
        DIR,
        "revenue accounting wali firms 50 se kam employees wali, 小公司 chahiye",
        [],
        [],
        "service + size (fewer than 50)",
    ),
    (
        "mx-08",
        DIR,
        "e-AWB 电子运单 wali companies Lahore ya Faisalabad mein?",
        [],
        [],
        "e-AWB / electronic air waybill wordings + two cities",
    ),
    (
        "mx-09",
        DIR,
        "UTM yaani drone traffic management wali Pakistani companies? 无人机",
        [],
        [],
        "acronym and spelled-out forms (UTM, UAV/drone traffic management), PK only",
    ),
    (
        "mx-10",
        DIR,
        "IPC conversion 图解零件目录 wali companies jo ISO 9001 certified hon",
        [],
        [],
        "IPC / illustrated parts catalogue + certification",
    ),
    ("mx-11", UN, "Chengdu ka panda base kab khulta hai? 熊猫基地 ticket kitne ka hai?", [], [], "off-topic: tourism"),
    ("mx-12", UN, "PSL final ka ticket kahan milega? 票价 kitna hai?", [], [], "off-topic: cricket tickets"),
    (
        "mx-13",
        UN,
        "Shenzhen office ka address kya hai? 深圳办公室",
        [],
        ["Guangzhou desk", "guangzhou@runwayrelay.example"],
        "near miss: there is no Shenzhen office (covered by the Guangzhou desk)",
    ),
    (
        "mx-14",
        UN,
        "Lahore mein roadshow kab ho raha hai? 路演",
        [],
        ["secretariat@runwayrelay.example"],
        "near miss: no roadshow is mentioned anywhere",
    ),
]


def build_questions(rows, texts):
    out = []
    for suffix, kind, question, sources, answers, note in Q:
        qid = f"s28-{suffix}"
        answers = list(answers)
        if qid in v.COMPUTED:
            answers = [*v.COMPUTED[qid](texts), *answers]
        companies = v.answer_set(qid, rows) if kind == DIR else []
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
    write_rules()
    write_gb_notice()
    grant_guide()
    bulletin()
    criteria_docx()
    zh_docx()
    ur_docx()
    rows = directory_rows()
    write_directory(rows)
    texts = {name: v.doc_text(name) for name in v.DOCS}
    qs = build_questions(rows, texts)
    print(f"wrote {len(v.DOCS)} documents' binaries, {len(rows)} companies, {len(qs)} questions")


if __name__ == "__main__":
    main()
