"""Build sample-27 ("Mandi Mesh 2067"): the binary documents (pdf, docx), the BOM/CRLF notice, directory.csv and
questions-27.jsonl. The .md, .html and other .txt documents are written by hand.
expected_companies come from the filters in validate_sample27.py.

Run: /work/main/.venv/bin/python tests/data/build_sample27.py
"""

import copy
import csv
import io
import json
import sys
from pathlib import Path

import docx
import pypdf
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from pypdf.generic import ContentStream

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))
from sample_text import COLUMNS  # noqa: E402
from validate_sample27 import expected_for  # noqa: E402

from tests.files import write_pdf  # noqa: E402

KB = HERE / "sample-27"
PROG = KB / "programme"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ====================================================================== PDFs
def add_rules(path, rules_by_page):
    """write_pdf draws rules on page 1 only; draw the ruled grid of the later pages into their content streams."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(str(path)))
    for n, page in enumerate(writer.pages):
        rules = rules_by_page.get(n)
        if not rules:
            continue
        data = page.get_contents().get_data()
        data += "".join(f"0.5 w {x0} {y0} m {x1} {y1} l S\n" for x0, y0, x1, y1 in rules).encode("latin-1")
        stream = ContentStream(None, writer)
        stream.set_data(data)
        page.replace_contents(stream)
    with path.open("wb") as out:
        writer.write(out)


TABLE2 = [
    ("C01", "Farm management software (FMS)", "1.0", "A"),
    ("C02", "Crop advisory and weather apps", "1.0", "A"),
    ("C03", "Drone crop-spraying and field-mapping software", "1.2", "A"),
    ("C04", "Cold-chain temperature monitoring (IoT loggers)", "1.5*", "B"),
    ("C05", "Reefer telematics", "1.5*", "B"),
    ("C06", "Warehouse management for cold stores (WMS)", "1.3", "B"),
    ("C07", "Halal traceability and certification workflow", "1.5*", "C"),
    ("C08", "HACCP plan software", "1.2", "C"),
    ("C09", "ISO 22000 audit management", "1.1", "C"),
    ("C10", "Rice-mill automation (PLC/SCADA)", "1.2", "D"),
    ("C11", "Flour-mill automation (PLC/SCADA)", "1.1", "D"),
    ("C12", "Computer-vision grading of mango", "1.4", "D"),
    ("C13", "Computer-vision grading of citrus and kinnow", "1.4", "D"),
    ("C14", "Computer-vision grading of rice", "1.3", "D"),
    ("C15", "Phytosanitary e-certificates (ePhyto)", "1.2", "E"),
    ("C16", "Certificate of origin workflow", "1.0", "E"),
    ("C17", "Mandi price and auction apps", "0.9", "A"),
    ("C18", "Dairy herd management", "1.1", "A"),
    ("C19", "Poultry farm automation", "1.0", "A"),
    ("C20", "Fisheries and seafood traceability", "1.4", "C"),
    ("C21", "Agri-fintech: crop loans", "0.8", "F"),
    ("C22", "Agri-fintech: warehouse receipts", "1.0", "F"),
    ("C23", "B2B grocery e-commerce integration", "0.9", "F"),
    ("C24", "Data annotation for crop models", "0.7", "F"),
]
COLS2 = [60, 110, 400, 490]
EDGES2 = [54, 104, 394, 484, 558]


def rules_reference_pdf(path):
    def head(n):
        return [
            (54, 760, "Mandi Mesh 2067 | Rules Reference | ADEC - SPCHA"),
            (470, 760, "Issued 5 January 2067"),
            (280, 30, f"Page {n} of 3"),
        ]

    def table(rows, top):
        """Texts and rules of a ruled table: header row then rows, 20 pt apart, starting at y=top."""
        texts = [(COLS2[i], top, h) for i, h in enumerate(["Code", "Category", "Evaluation weight", "Track"])]
        y = top
        for row in rows:
            y -= 20
            texts += [(COLS2[i], y, v) for i, v in enumerate(row)]
        lines = [(EDGES2[0], top + 14 - 20 * k, EDGES2[-1], top + 14 - 20 * k) for k in range(len(rows) + 2)]
        bottom = top + 14 - 20 * (len(rows) + 1)
        lines += [(x, top + 14, x, bottom) for x in EDGES2]
        return texts, lines, bottom

    p1 = [
        *head(1),
        (54, 720, "Mandi Mesh 2067 - Rules Reference"),
        (54, 696, "1. How applications are scored"),
        (
            54,
            678,
            "Each application is scored out of 100 (see section 5 of the Participation Rules). The score is then",
        ),
        (54, 664, "multiplied by the weight of the firm's main category in Table 2. A firm chooses one main category."),
        (54, 646, "2. Categories"),
        (54, 628, "Table 2: Eligible service categories, evaluation weights and matching tracks"),
    ]
    t1, r1, _ = table(TABLE2[:10], 600)
    p2 = [*head(2), (54, 720, "Table 2 (continued)")]
    t2, r2, _ = table(TABLE2[10:20], 692)
    p3 = [*head(3), (54, 720, "Table 2 (continued)")]
    t3, r3, bottom = table(TABLE2[20:], 692)
    p3 += [
        *t3,
        (54, bottom - 20, "* Categories with weight 1.5 are capped at 12 awards each in 2067."),
        (
            54,
            bottom - 50,
            "Tracks: A farm and field; B cold chain; C halal, food safety and seafood; D processing and grading;",
        ),
        (54, bottom - 64, "E export documents; F finance and commerce. Matching days are organised by track."),
        (54, bottom - 94, "3. Changes"),
        (54, bottom - 112, "Changes to these rules are published as numbered corrigenda on the programme website."),
    ]
    write_pdf(path, p1 + t1, rules=r1, more_pages=[p2 + t2, p3])
    add_rules(path, {1: r2, 2: r3})


HELV = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        [
            556,
            556,
            500,
            556,
            556,
            278,
            556,
            556,
            222,
            222,
            500,
            222,
            833,
            556,
            556,
            556,
            556,
            333,
            500,
            278,
            556,
            500,
            722,
            500,
            500,
            500,
        ],
    )
)
HELV.update(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
            667,
            667,
            722,
            722,
            667,
            611,
            778,
            722,
            278,
            500,
            667,
            556,
            833,
            722,
            778,
            667,
            778,
            722,
            667,
            611,
            722,
            667,
            944,
            667,
            667,
            611,
        ],
    )
)
HELV.update({c: 556 for c in "0123456789"})
HELV.update(
    {" ": 278, ",": 278, ".": 278, ";": 278, ":": 278, "-": 333, "(": 333, ")": 333, "'": 191, "/": 278, "*": 389}
)


def width(text):
    """Width in points of text set in Helvetica 10."""
    return sum(HELV.get(ch, 600) for ch in text) / 100


def checklist_pdf(path):
    """A ruled table whose 'What it must contain' cells wrap onto 2-3 lines; the other cells sit on the first line."""
    cols = [58, 82, 214, 440, 526]
    edges = [52, 78, 208, 434, 520, 582]
    rows = [
        (
            "1",
            "Phytosanitary e-cert.",
            [
                "Consignment ID, HS code and treatment",
                "type; upload to the portal at least",
                "72 hours before departure",
            ],
            "Plant Protection",
            "3 days",
        ),
        (
            "2",
            "Certificate of origin",
            ["Exporter NTN, invoice number and date;", "CPFTA form to claim the China-Pakistan", "FTA tariff rate"],
            "Chamber",
            "2 days",
        ),
        (
            "3",
            "Halal certificate",
            ["Processing site, product list and", "validity; valid for 6 months from issue"],
            "PHA / PSQCA",
            "5 days",
        ),
        (
            "4",
            "Temperature log",
            [
                "Continuous logger record from packhouse",
                "at intervals of no more than 15 minutes,",
                "as PDF and CSV; explain every excursion",
            ],
            "Exporter",
            "Same day",
        ),
        (
            "5",
            "Health cert. (seafood)",
            ["Species, catch area and the processing", "plant's approval number"],
            "Marine Fisheries",
            "4 days",
        ),
    ]
    for row in rows:  # every text fits its column, so no two cells run together
        cells = [row[0], row[1], *row[2], row[3], row[4]]
        limits = (
            [edges[1] - cols[0], edges[2] - cols[1]]
            + [edges[3] - cols[2]] * len(row[2])
            + [edges[4] - cols[3], edges[5] - cols[4]]
        )
        for text, limit in zip(cells, limits):
            assert width(text) < limit - 2, (text, width(text), limit)
            assert text.count("(") == text.count(")"), text
    texts = [
        (52, 760, "Mandi Mesh 2067 | Annex D | Export documentation checklist"),
        (290, 30, "Page 1 of 1"),
        (52, 730, "Annex D: Export documentation checklist for shipments to China"),
        (52, 712, "Every Pakistani firm shipping samples or goods under the programme checks these documents"),
        (52, 698, "before dispatch. The cold-chain temperature log is needed for chilled and frozen goods."),
    ]
    top = 670
    for i, h in enumerate(["No.", "Document", "What it must contain", "Issued by", "Lead time"]):
        texts.append((cols[i], top, h))
    lines = [(edges[0], top + 14, edges[-1], top + 14), (edges[0], top - 6, edges[-1], top - 6)]
    y = top - 6
    for no, doc_, desc, issuer, lead in rows:
        first = y - 14
        texts += [
            (cols[0], first, no),
            (cols[1], first, doc_),
            (cols[2], first, desc[0]),
            (cols[3], first, issuer),
            (cols[4], first, lead),
        ]
        for k, more in enumerate(desc[1:], start=1):
            texts.append((cols[2], first - 13 * k, more))
        y = first - 13 * (len(desc) - 1) - 8
        lines.append((edges[0], y, edges[-1], y))
    lines += [(x, top + 14, x, y) for x in edges]
    texts += [
        (52, y - 24, "Lead time = working days the issuer needs. Keep copies of all documents for 3 years."),
        (52, y - 38, "Excursion: see the glossary of the Programme Overview."),
    ]
    for _, _, text in texts:
        assert text.count("(") == text.count(")") and "\\" not in text, text
    write_pdf(path, texts, rules=lines)


# ====================================================================== DOCX helpers
def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def fill_table(table, rows, header_rows=1):
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                set_cell(table.cell(r, c), value, bold=r < header_rows)


TEXTBOX = """<w:r xmlns:w="{w}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:v="urn:schemas-microsoft-com:vml">
<mc:AlternateContent>
<mc:Choice Requires="wps">
<w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
  behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="2286000" cy="1371600"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="101" name="Callout: integration bonus"/>
<wp:cNvGraphicFramePr/>
<a:graphic>
<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp>
<wps:cNvSpPr txBox="1"/>
<wps:spPr>
<a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="1371600"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="E8F5E9"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="2E7D32"/></a:solidFill></a:ln>
</wps:spPr>
<wps:txbx>{content}</wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>
</wps:wsp>
</a:graphicData>
</a:graphic>
</wp:anchor>
</w:drawing>
</mc:Choice>
<mc:Fallback>
<w:pict><v:shape id="CalloutBox1" type="#_x0000_t202" style="width:180pt;height:108pt;mso-position-horizontal:right"
  fillcolor="#e8f5e9" strokecolor="#2e7d32"><v:textbox>{content}</v:textbox></v:shape></w:pict>
</mc:Fallback>
</mc:AlternateContent>
</w:r>"""

TEXTBOX_CONTENT = (
    "<w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Integration bonus</w:t></w:r></w:p>"
    '<w:p><w:r><w:t xml:space="preserve">Firms that connect to a Chinese buyer\'s existing WMS through an open API '
    "receive a one-time integration bonus of USD 1,500, paid with the final instalment of the matching grant.</w:t></w:r></w:p>"
    "</w:txbxContent>"
)

FOOTNOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{w}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Caps in USD are converted to PKR at the State Bank of Pakistan rate on the date of the grant agreement.</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Audit fees for grant verification are reimbursed up to USD 800 per firm.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def footnote_ref(paragraph, n):
    run = parse_xml(
        f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'
    )
    paragraph._p.append(run)


def voucher_grant_guide(path):
    d = docx.Document()
    d.add_paragraph("Cold-Chain Digitisation Voucher & Grant Guide 2067", style="Title")
    d.add_paragraph("Mandi Mesh 2067 · Agri-Digital Export Council of Pakistan (ADEC) · issued 1 March 2067")
    d.add_heading("1. Two kinds of support", level=1)
    p = d.add_paragraph(
        "The Cold-Chain Digitisation Voucher pays for connecting a firm's client cold stores to monitoring and "
        "warehouse software; its sizes, amounts and instalments are in the Urdu budget table "
        "(budget-instalments-ur.docx). The matching grant pays part of the cost of integrating with a Chinese "
        "buyer's systems once a contract is signed."
    )
    p._p.append(parse_xml(TEXTBOX.format(w=W_NS, content=TEXTBOX_CONTENT)))  # a floating text box (callout)
    d.add_heading("2. Call dates", level=1)
    d.add_paragraph("The call opens on 1 April 2067 and closes on 31 May 2067 at 17:00 PKT (20:00 Beijing time).")
    d.add_heading("3. Matching grant", level=1)
    p = d.add_paragraph("The grant is a share of the documented integration cost, up to the cap of the contract's band")
    footnote_ref(p, 1)
    p.add_run(". Bands are by the value of the signed contract in US dollars and include both ends.")
    d.add_paragraph("Table 3: Matching grant by signed contract value")
    rows = [
        ["Band", "Signed contract value (USD)", "Grant rate (share of integration cost)", "Grant cap (USD)"],
        ["G1", "10,000 – 49,999", "50%", "5,000"],
        ["G2", "50,000 – 199,999", "40%", "12,000"],
        ["G3", "200,000 – 999,999", "30%", "30,000"],
        ["G4", "1,000,000 and above", "20%", "45,000"],
    ]
    t = d.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    fill_table(t, rows)
    d.add_paragraph(
        "Boundary cases: a contract of exactly USD 50,000 is in G2; a contract of USD 199,999 is in G2 and one of "
        "USD 200,000 is in G3. Contracts below USD 10,000 receive no matching grant. Buyers registered in some "
        "western provinces of China bring a regional uplift set by the SPCHA in its Chinese call (grant-call-zh.txt)."
    )
    d.add_heading("4. Verification and payment", level=1)
    p = d.add_paragraph("Every grant payment is verified by an external audit before it is released")
    footnote_ref(p, 2)
    p.add_run(". Anchor partners (more than 750 employees) receive no voucher or grant.")
    d.add_paragraph("Questions: grants@adec.example, +92 42 3571 2067.")
    d.save(str(path))
    # add the footnotes part and its relationship
    d = docx.Document(str(path))
    part = Part(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, FOOTNOTES.format(w=W_NS).encode("utf-8"), d.part.package
    )
    d.part.relate_to(part, RT.FOOTNOTES)
    d.save(str(path))


def schedule_zh(path):
    d = docx.Document()
    d.add_paragraph("曼迪网格2067：日程、买方设备补贴与退款规则", style="Title")
    d.add_paragraph(
        "本文件面向中国买方与巴基斯坦参与企业，由中巴冷链与清真食品联盟（SPCHA）秘书处于2067年1月20日发布。"
        "所有时间同时标注巴基斯坦时间（PKT）与北京时间（北京时间比巴基斯坦时间早3小时）。"
    )
    d.add_heading("表1　2067年日程", level=1)
    rows = [
        ["事项", "日期", "巴基斯坦时间", "北京时间"],
        ["启动网络研讨会（线上，12家巴方企业路演）", "2067年1月14日", "15:00–17:00", "18:00–20:00"],
        ["申请开放", "2067年2月1日", "09:00", "12:00"],
        ["春节期间暂停评审（系统照常接收申请）", "2067年2月5日—2月14日", "—", "—"],
        ["申请截止", "2067年3月15日", "17:00", "20:00"],
        ["公布入围名单", "2067年4月20日", "—", "—"],
        ["全额退款截止", "2067年4月30日", "—", "—"],
        ["银川清真食品园考察", "2067年5月18日—21日", "—", "—"],
        ["中国国际农食与清真博览会（青岛，N3馆）", "2067年6月9日—12日", "—", "—"],
        ["中期报告截止", "2067年8月31日", "—", "—"],
        ["终期报告截止", "2067年12月15日", "—", "—"],
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    fill_table(t, rows)
    d.add_heading("表2　买方设备补贴（按部署的巴方温度记录仪台数）", level=1)
    d.add_paragraph(
        "中国买方部署巴方企业的物联网温度记录仪，可向联盟申请设备补贴。档次含两端；"
        "补贴按买方部署总台数所在档次的单价乘以总台数计算（不分段累进）。"
    )
    rows = [
        ["部署台数", "每台补贴", "说明"],
        ["1—50台", "200元", ""],
        ["51—200台", "160元", "恰好200台按本档计算"],
        ["201—1000台", "120元", "恰好201台按本档计算"],
        ["1001台及以上", "90元", ""],
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    fill_table(t, rows)
    d.add_paragraph("单个买方的设备补贴上限为二十万元。补贴在设备上线运行满三十天后发放。")
    d.add_heading("表3　退款规则（按距青岛展会开幕日6月9日的天数）", level=1)
    d.add_paragraph("2067年4月30日前退出的，参与费全额退还。此后退出的，参与费与展位费按下表退还：")
    rows = [
        ["退出时间（距开幕）", "退还比例"],
        ["60天及以上", "90%"],
        ["30—59天", "50%"],
        ["7—29天", "20%"],
        ["不足7天", "不退款"],
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    fill_table(t, rows)
    d.add_paragraph("例外：因签证被拒而退出的，凭拒签证明，无论何时退出均退还80%。")
    d.save(str(path))


def bureaus_zh(path):
    d = docx.Document()
    d.add_paragraph("省级农业农村部门对接安排（2067）", style="Title")
    d.add_paragraph(
        "省级农业农村厅（局）以受邀方式参加曼迪网格2067，不收取费用。对接日按区域组安排："
        "同一区域组内各省共用一个对接日和地点，见下表第一列。"
    )
    groups = [
        (
            "西北组\n对接日：2067年5月19日\n地点：银川清真食品园",
            [
                ("宁夏", "马丽", "ma.li@nx-agri.example"),
                ("甘肃", "王强", "wang.qiang@gs-agri.example"),
                ("青海", "李娜", "li.na@qh-agri.example"),
                ("新疆", "艾力", "aili@xj-agri.example"),
            ],
        ),
        (
            "华东组\n对接日：2067年6月8日\n地点：青岛国际博览中心",
            [
                ("山东", "张伟", "zhang.wei@sd-agri.example"),
                ("江苏", "陈静", "chen.jing@js-agri.example"),
                ("浙江", "刘洋", "liu.yang@zj-agri.example"),
                ("上海", "周敏", "zhou.min@sh-agri.example"),
            ],
        ),
        (
            "华南组\n对接日：2067年6月15日\n地点：广州江南果菜批发市场",
            [
                ("广东", "黄磊", "huang.lei@gd-agri.example"),
                ("广西", "韦芳", "wei.fang@gx-agri.example"),
                ("福建", "林涛", "lin.tao@fj-agri.example"),
            ],
        ),
    ]
    n = 2 + sum(len(p) for _, p in groups)
    t = d.add_table(rows=n, cols=4)
    t.style = "Table Grid"
    set_cell(t.cell(1, 2), "姓名", bold=True)
    set_cell(t.cell(1, 3), "邮箱", bold=True)
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "区域组（对接日、地点）", bold=True)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "省份", bold=True)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "对接联系人", bold=True)
    r = 2
    for label, provinces in groups:
        for k, (prov, person, mail) in enumerate(provinces):
            set_cell(t.cell(r + k, 1), prov)
            set_cell(t.cell(r + k, 2), person)
            set_cell(t.cell(r + k, 3), mail)
        m = t.cell(r, 0).merge(t.cell(r + len(provinces) - 1, 0))
        set_cell(m, label)
        r += len(provinces)
    d.add_paragraph("未列出的省份请通过上海秘书处联系（secretariat@spcha.example）。")
    d.save(str(path))


def rtl(paragraph):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(OxmlElement("w:bidi"))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def budget_ur(path):
    d = docx.Document()
    paras = [
        d.add_paragraph("کولڈ چین ڈیجیٹلائزیشن واؤچر ۲۰۶۷ — بجٹ اور اقساط", style="Title"),
        d.add_paragraph("منڈی میش ۲۰۶۷ · ایگری ڈیجیٹل ایکسپورٹ کونسل آف پاکستان (ADEC) · جاری کردہ ۱ مارچ ۲۰۶۷"),
        d.add_paragraph("اس اسکیم کا کل بجٹ ۴۵ کروڑ روپے ہے۔ درخواستیں ۱ اپریل ۲۰۶۷ سے ۳۱ مئی ۲۰۶۷ تک دی جا سکتی ہیں۔"),
        d.add_paragraph(
            "واؤچر کا سائز اس بات پر منحصر ہے کہ فرم کتنے کولڈ اسٹورز کو سسٹم سے جوڑے گی۔ "
            "حدیں دونوں سروں سمیت ہیں: ۱۰ کولڈ اسٹورز والی فرم درمیانہ واؤچر لے گی اور ۱۱ والی بڑا واؤچر۔"
        ),
    ]
    rows = [
        ["واؤچر", "کولڈ اسٹورز کی تعداد", "رقم (روپے)", "لاکھ میں", "الفاظ میں", "اقساط"],
        ["چھوٹا واؤچر", "۱ تا ۳", "500,000", "۵,۰۰,۰۰۰", "پانچ لاکھ روپے", "ایک قسط (۱۰۰٪)"],
        ["درمیانہ واؤچر", "۴ تا ۱۰", "1,500,000", "۱۵,۰۰,۰۰۰", "پندرہ لاکھ روپے", "دو قسطیں: ۶۰٪ + ۴۰٪"],
        ["بڑا واؤچر", "۱۱ یا زیادہ", "2,500,000", "۲۵,۰۰,۰۰۰", "پچیس لاکھ روپے", "تین قسطیں: ۴۰٪ + ۴۰٪ + ۲۰٪"],
        ["تربیتی اضافہ (ہر واؤچر کے ساتھ)", "—", "150,000", "۱,۵۰,۰۰۰", "ڈیڑھ لاکھ روپے", "پہلی قسط کے ساتھ"],
    ]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    fill_table(t, rows)
    tblPr = t._tbl.tblPr
    style = tblPr.find(qn("w:tblStyle"))
    bidi = OxmlElement("w:bidiVisual")
    if style is not None:
        style.addnext(bidi)
    else:
        tblPr.insert(0, bidi)
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                rtl(p)
    paras.append(d.add_paragraph("آخری قسط حتمی رپورٹ کی منظوری کے بعد جاری ہوگی۔ سوالات: grants@adec.example"))
    for p in paras:
        rtl(p)
    d.save(str(path))


# ====================================================================== BOM/CRLF notice
NOTICE = """Helpdesk Notice: Spring Festival Review Pause
=============================================

Issued 28 January 2067 by the ADEC support desk, Lahore.

Application reviews pause from 5 to 14 February 2067 while our Chinese partners
observe the Spring Festival. The portal stays open and you can keep submitting.

- Tickets logged during the pause are answered in order of receipt from
  15 February 2067.
- For S1 critical problems only (portal down), call the emergency line
  +92 42 3571 9999 (09:00-21:00 PKT, every day of the pause).
- Chinese buyers can reach the SPCHA duty officer at secretariat@spcha.example.

Normal response times (Offices & Support page) apply again from 15 February 2067.
"""


# ====================================================================== directory
def co(i, name, name_zh, city, founded, emp, services, industries, tech, certs, langs, desc, desc_zh, pitched, slug):
    return {
        "id": i,
        "name": name,
        "name_zh": name_zh,
        "country": i[:2],
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
        "contact_email": f"{'info' if i[:2] == 'CN' else 'partnerships'}@{slug}.example",
        "pitched_at_webinar": pitched,
    }


COMPANIES = [
    co(
        "PK-001",
        "Indus ColdTrack (Pvt) Ltd",
        "印度河冷链追踪",
        "Karachi",
        2012,
        85,
        "cold-chain temperature monitoring;IoT temperature loggers;reefer telematics;mobile app development",
        "cold chain;seafood;pharmaceuticals",
        "LoRaWAN;AWS IoT;Flutter",
        "ISO 27001;ISO 9001",
        "English;Urdu;Mandarin",
        "Builds IoT temperature loggers and dashboards for cold rooms, reefers and seafood exporters. Runs a 24/7 alert desk in Karachi.",
        "为冷库、冷藏集装箱和海产品出口商提供物联网温度记录仪与监控平台。",
        "yes",
        "induscoldtrack",
    ),
    co(
        "PK-002",
        "Sindh Frost Systems",
        "",
        "Karachi",
        2016,
        32,
        "coldchain monitoring dashboards;temperature data loggers;cold store WMS;SMS alerts",
        "cold storage;dairy",
        "ESP32;Node.js;PostgreSQL",
        "none",
        "English;Urdu;Sindhi",
        "Small Karachi team making temperature data loggers and dashboards for cold stores, with a lightweight cold store WMS.",
        "",
        "no",
        "sindhfrost",
    ),
    co(
        "PK-003",
        "Harbour Reefer Links (Pvt) Ltd",
        "港口冷柜链接",
        "Karachi",
        2010,
        140,
        "reefer container tracking;refrigerated truck telematics;fleet tracking;route optimisation",
        "logistics;seafood;fruit export",
        "GPS/GSM;Java;Azure",
        "ISO 9001",
        "English;Urdu",
        "Tracks reefer containers and refrigerated trucks between packhouses and Karachi port. Integrates with shipping lines' booking systems.",
        "提供冷藏集装箱和冷藏车远程监控与路线优化。",
        "yes",
        "harbourreefer",
    ),
    co(
        "PK-004",
        "Kisan Cloud Technologies (Pvt) Ltd",
        "农民云科技",
        "Lahore",
        2011,
        210,
        "FMS;crop advisory & weather apps;dairy herd management;ecommerce integrations (Daraz, Tmall Global);cloud migration",
        "agriculture;dairy;retail",
        "Kotlin;React;GCP",
        "ISO 27001;ISO 9001",
        "English;Urdu;Punjabi;Mandarin",
        "Farm management software used by large farms in Punjab, with crop advisory, weather alerts and a dairy module. Connects farm shops to online marketplaces.",
        "旁遮普大型农场使用的农场管理软件，含作物咨询与天气预警。",
        "yes",
        "kisancloud",
    ),
    co(
        "PK-005",
        "Ravi Storage Systems",
        "拉维仓储系统",
        "Lahore",
        2009,
        120,
        "warehouse management system;cold store WMS;barcode labelling;RFID tagging",
        "cold storage;FMCG",
        ".NET;SQL Server;Zebra RFID",
        "ISO 9001",
        "English;Urdu",
        "Warehouse management system for cold stores and FMCG depots in Lahore. Handles barcode and RFID stock control.",
        "为冷库和快消品仓库提供仓储管理系统。",
        "no",
        "ravistorage",
    ),
    co(
        "PK-006",
        "Punjab Agro Vision",
        "",
        "Lahore",
        2017,
        48,
        "computer vision grading (mango, citrus);AI fruit sorting;data annotation for crop models",
        "fruit export;packhouses",
        "PyTorch;OpenCV;NVIDIA Jetson",
        "none",
        "English;Urdu",
        "Camera-based grading lines for mango and citrus packhouses. Also labels crop images for model training.",
        "",
        "yes",
        "punjabagrovision",
    ),
    co(
        "PK-007",
        "Halal Chain Pakistan (Pvt) Ltd",
        "巴基斯坦清真链",
        "Lahore",
        2014,
        95,
        "halal traceability software;halal certification workflow;blockchain traceability",
        "halal meat;food processing",
        "Hyperledger Fabric;Java;Angular",
        "ISO 9001;Halal (PHA)",
        "English;Urdu;Arabic;Mandarin",
        "Halal traceability from farm to export, with a certification workflow for halal bodies.",
        "提供从养殖到出口的清真溯源和清真认证流程软件。",
        "yes",
        "halalchain",
    ),
    co(
        "PK-008",
        "Lyallpur Farm Systems",
        "莱亚尔布尔农场系统",
        "Faisalabad",
        2008,
        64,
        "farm management software;dairy herd management;milk collection software",
        "dairy;agriculture",
        "PHP;MySQL;Android",
        "ISO 9001",
        "English;Urdu;Punjabi",
        "Farm management and dairy herd software for farms around Faisalabad, including milk collection routes.",
        "费萨拉巴德的农场管理与奶牛群管理软件公司。",
        "no",
        "lyallpurfarm",
    ),
    co(
        "PK-009",
        "Chenab FarmSoft",
        "",
        "Faisalabad",
        2019,
        18,
        "FMS (small farms);irrigation scheduling;soil testing apps;crop image annotation",
        "agriculture",
        "Flutter;Firebase",
        "none",
        "Urdu;Punjabi;English",
        "Low-cost farm management app for small farms, with irrigation scheduling. Annotates crop images for research labs.",
        "",
        "no",
        "chenabfarmsoft",
    ),
    co(
        "PK-010",
        "Mango Belt AI (Pvt) Ltd",
        "芒果带人工智能",
        "Multan",
        2018,
        36,
        "mango grading camera systems;CV sorting for kinnow;packhouse automation",
        "fruit export;packhouses",
        "TensorFlow;OpenCV;Raspberry Pi",
        "ISO 9001",
        "English;Urdu;Saraiki",
        "Builds mango grading camera systems for Multan packhouses and computer-vision sorting for kinnow.",
        "为木尔坦芒果包装厂提供视觉分级设备。",
        "no",
        "mangobeltai",
    ),
    co(
        "PK-011",
        "Multan SkyFarm",
        "木尔坦天空农场",
        "Multan",
        2015,
        27,
        "drone crop spraying;UAV field mapping;GIS mapping",
        "agriculture;cotton",
        "DJI SDK;QGIS;Python",
        "none",
        "Urdu;Saraiki;English",
        "Drone crop-spraying services with planning software, plus field mapping for cotton and mango growers.",
        "提供无人机植保喷洒和农田测绘软件。",
        "yes",
        "multanskyfarm",
    ),
    co(
        "PK-012",
        "Sahiwal AgriDrones",
        "",
        "Sahiwal",
        2020,
        14,
        "drone spraying software;field-mapping (drones) & NDVI analytics",
        "agriculture",
        "ArduPilot;Python",
        "",
        "Urdu;Punjabi",
        "Spraying-mission software and NDVI field maps from drones for farms around Sahiwal.",
        "",
        "no",
        "sahiwalagridrones",
    ),
    co(
        "PK-013",
        "Okara Dairy Tech",
        "奥卡拉乳业科技",
        "Okara",
        2013,
        41,
        "herd managment (dairy);milk collection software;veterinary records",
        "dairy",
        "Android;Laravel",
        "ISO 9001",
        "Urdu;Punjabi;English",
        "Dairy herd records, breeding and vet visits for farms in Okara district.",
        "奥卡拉地区奶牛场的牛群管理软件。",
        "no",
        "okaradairytech",
    ),
    co(
        "PK-014",
        "Sargodha Citrus Grading Co.",
        "萨戈达柑橘分级",
        "Sargodha",
        2011,
        55,
        "kinnow grading (computer vision);packhouse automation;packhouse QA records",
        "citrus;fruit export",
        "OpenCV;C++;Siemens PLC",
        "GlobalG.A.P.;BRCGS",
        "English;Urdu;Punjabi",
        "Kinnow grading lines using computer vision for Sargodha packhouses, with QA records for export audits.",
        "为萨戈达金诺橘包装厂提供视觉分级线。",
        "yes",
        "sargodhacitrus",
    ),
    co(
        "PK-015",
        "Mehran Mill Automation",
        "梅赫兰磨坊自动化",
        "Hyderabad",
        2006,
        110,
        "rice-mill automation (PLC/SCADA);SCADA for rice mills;electrical panel design",
        "rice milling",
        "Siemens S7;WinCC;Allen-Bradley",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Automates rice mills in Sindh with PLC and SCADA systems.",
        "为信德省碾米厂提供PLC/SCADA自动化。",
        "no",
        "mehranmill",
    ),
    co(
        "PK-016",
        "Sukkur Rice Robotics",
        "",
        "Sukkur",
        2016,
        38,
        "rice grain grading (computer vision);rice mill automation;PLC programming",
        "rice milling",
        "OpenCV;Python;Delta PLC",
        "none",
        "Urdu;Sindhi;English",
        "Computer-vision grading of rice grains and small automation retrofits for rice mills near Sukkur.",
        "",
        "no",
        "sukkurricerobotics",
    ),
    co(
        "PK-017",
        "Larkana Agri Ledger",
        "",
        "Larkana",
        2018,
        22,
        "crop loans;warehouse receipt financing;digital crop credit scoring",
        "agri-finance;banking",
        "Django;PostgreSQL",
        "",
        "Urdu;Sindhi",
        "Digital crop loan origination and warehouse receipt financing for farmers in upper Sindh.",
        "",
        "no",
        "larkanaagriledger",
    ),
    co(
        "PK-018",
        "Khyber FreshLink",
        "开伯尔鲜链",
        "Peshawar",
        2012,
        72,
        "cold chain monitoring (IoT);冷链温控监测;cold-store warehouse management;fruit export logistics software",
        "fruit export;cold storage",
        "MQTT;Vue.js;AWS",
        "ISO 9001",
        "English;Urdu;Pashto",
        "Cold chain monitoring and cold-store warehouse management for fruit exporters in Khyber Pakhtunkhwa.",
        "为开伯尔-普什图省水果出口商提供冷链温控与冷库管理。",
        "no",
        "khyberfreshlink",
    ),
    co(
        "PK-019",
        "Mardan Poultry Systems",
        "马尔丹家禽系统",
        "Mardan",
        2010,
        46,
        "poultry farm automation;poultry shed controllers;feed management",
        "poultry",
        "Arduino;C;Android",
        "ISO 9001",
        "Urdu;Pashto;English",
        "Controllers and software for poultry sheds: climate, feed and water.",
        "家禽养殖场自动化控制系统。",
        "yes",
        "mardanpoultry",
    ),
    co(
        "PK-020",
        "Quetta Orchard Tech",
        "",
        "Quetta",
        2017,
        16,
        "crop advisory app;apple & grape orchard management;weather app",
        "horticulture",
        "React Native;OpenWeather API",
        "none",
        "Urdu;Pashto;Balochi;English",
        "Advisory and weather apps for apple and grape orchards in Balochistan.",
        "",
        "no",
        "quettaorchard",
    ),
    co(
        "PK-021",
        "Gwadar Blue Trace",
        "瓜达尔蓝色溯源",
        "Gwadar",
        2019,
        24,
        "fisheries traceability;catch documentation & seafood traceability;fish landing records",
        "fisheries;seafood",
        "Flutter;Node.js;MongoDB",
        "none",
        "Urdu;Balochi;English",
        "Catch documentation and fisheries traceability for boats landing at Gwadar.",
        "瓜达尔渔获记录与水产溯源。",
        "no",
        "gwadarbluetrace",
    ),
    co(
        "PK-022",
        "Karachi Seafood Ledger (Pvt) Ltd",
        "卡拉奇海产账本",
        "Karachi",
        2011,
        130,
        "seafood traceability;HACCP plan software;export documentation (CoO, phyto)",
        "seafood;food processing",
        "Java;Spring;Oracle",
        "HACCP;ISO 22000;BRCGS",
        "English;Urdu;Mandarin",
        "Seafood traceability and HACCP plan software for processors exporting from Karachi, with export documents.",
        "为卡拉奇海产加工出口企业提供溯源、HACCP计划和出口单证软件。",
        "yes",
        "khiseafoodledger",
    ),
    co(
        "PK-023",
        "Gilgit Highland Agri",
        "",
        "Gilgit",
        2021,
        9,
        "farm management system (FMS) for cherry & apricot growers;weather alerts",
        "horticulture",
        "Flutter;Supabase",
        "none",
        "Urdu;Shina;English",
        "A small team building a farm management app for cherry and apricot growers in Gilgit-Baltistan.",
        "",
        "no",
        "gilgithighland",
    ),
    co(
        "PK-024",
        "Islamabad FoodSafe Labs",
        "伊斯兰堡食安实验室",
        "Islamabad",
        2013,
        88,
        "food safety compliance software;HACCP plans;ISO 22000 audit management;LIMS",
        "food processing;laboratories",
        ".NET;Azure",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Food-safety compliance software: HACCP plans, ISO 22000 audit management and lab information management.",
        "食品安全合规软件：HACCP计划、ISO 22000审核管理。",
        "no",
        "isbfoodsafe",
    ),
    co(
        "PK-025",
        "Capital ReeferNet",
        "",
        "Islamabad",
        2015,
        58,
        "reefer telematics;cold-chain temperature monitoring;SMS gateway",
        "logistics;pharmaceuticals",
        "GSM;Go;InfluxDB",
        "ISO 27001",
        "English;Urdu",
        "Reefer telematics and temperature monitoring for trucks on the Islamabad-Karachi corridor.",
        "",
        "no",
        "capitalreefernet",
    ),
    co(
        "PK-026",
        "Lahore Grocery Connect",
        "拉合尔杂货连接",
        "Lahore",
        2016,
        77,
        "B2B grocery e-commerce integration;online grocery integration;grocery marketplace APIs",
        "retail;e-commerce",
        "Shopify;Magento;Node.js",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Connects Pakistani food exporters to B2B grocery and cross-border e-commerce platforms.",
        "为巴基斯坦食品出口商对接跨境电商与生鲜平台。",
        "yes",
        "lahoregroceryconnect",
    ),
    co(
        "PK-027",
        "Mandi Live (Pvt) Ltd",
        "曼迪直播",
        "Lahore",
        2014,
        65,
        "mandi price app;online auction for mandis;commodity price alerts (SMS)",
        "agriculture;commodities",
        "Kotlin;Redis;Twilio",
        "ISO 9001",
        "Urdu;Punjabi;English",
        "Live mandi prices and online auctions for wholesale produce markets in Punjab.",
        "旁遮普批发市场的实时价格与在线拍卖应用。",
        "yes",
        "mandilive",
    ),
    co(
        "PK-028",
        "Bhao Tech",
        "",
        "Karachi",
        2018,
        30,
        "mandi rates app;wholesale auction platform",
        "agriculture;commodities",
        "Flutter;Firebase",
        "none",
        "Urdu;Sindhi;English",
        "Mandi rates app and wholesale auction platform for Karachi's vegetable market.",
        "",
        "no",
        "bhaotech",
    ),
    co(
        "PK-029",
        "Faisal Mandi Digital",
        "",
        "Faisalabad",
        2017,
        25,
        "mandi auction platform;grain price dashboard",
        "agriculture;grain",
        "Laravel;Vue.js",
        "",
        "Urdu;Punjabi",
        "Auction platform and grain price dashboard for Faisalabad's grain market.",
        "",
        "no",
        "faisalmandi",
    ),
    co(
        "PK-030",
        "Multan Auction Hub",
        "木尔坦拍卖中心",
        "Multan",
        2019,
        19,
        "mango auction app (mandi);farmer payments",
        "fruit;agri-finance",
        "React Native;Stripe",
        "none",
        "Urdu;Saraiki",
        "Mango auction app for Multan's fruit mandi with farmer payments.",
        "",
        "no",
        "multanauctionhub",
    ),
    co(
        "PK-031",
        "Peshawar Halal Systems",
        "白沙瓦清真系统",
        "Peshawar",
        2012,
        52,
        "halal certificate management;halal supply-chain traceability;document management",
        "halal meat;food processing",
        "Java;PostgreSQL",
        "Halal (PHA);ISO 22000",
        "English;Urdu;Pashto;Arabic",
        "Halal certificate management and supply-chain traceability for meat processors in Peshawar.",
        "白沙瓦肉类加工企业的清真证书管理与溯源。",
        "no",
        "peshawarhalal",
    ),
    co(
        "PK-032",
        "Crescent Traceability Solutions",
        "新月溯源",
        "Karachi",
        2009,
        160,
        "halal traceability;RFID tagging;traceability QR labels;ISO 22000 audit tools",
        "halal food;seafood;export",
        "SAP;RFID;Python",
        "ISO 27001;ISO 22000;Halal (PSQCA)",
        "English;Urdu;Mandarin;Arabic",
        "Halal traceability with RFID and QR labels for exporters, plus ISO 22000 audit tools.",
        "提供清真溯源、RFID标签与ISO 22000审核工具。",
        "yes",
        "crescenttrace",
    ),
    co(
        "PK-033",
        "Sahiwal Milk Grid",
        "",
        "Sahiwal",
        2016,
        33,
        "dairy farm management;milk chilling centre monitoring (IoT)",
        "dairy",
        "ESP32;Laravel",
        "none",
        "Urdu;Punjabi",
        "Dairy farm management and IoT monitoring of milk chilling centres around Sahiwal.",
        "",
        "no",
        "sahiwalmilkgrid",
    ),
    co(
        "PK-034",
        "Agri Annotate",
        "农业标注",
        "Lahore",
        2020,
        12,
        "data labeling (crop disease images);annotation services (small teams)",
        "AI;agriculture",
        "CVAT;Label Studio",
        "none",
        "English;Urdu",
        "Labels crop disease images for AI teams; works in small teams.",
        "为人工智能团队标注作物病害图像。",
        "no",
        "agriannotate",
    ),
    co(
        "PK-035",
        "Soil2Sale Fintech",
        "土壤到销售金融科技",
        "Lahore",
        2017,
        40,
        "agri-fintech (crop loans);e-WR platform (warehouse receipts);mobile wallet integration",
        "agri-finance;banking",
        "Kotlin;Spring Boot",
        "ISO 27001",
        "English;Urdu",
        "Crop loans and an electronic warehouse receipt (e-WR) platform for banks and farmers.",
        "为银行与农户提供作物贷款和电子仓单平台。",
        "yes",
        "soil2sale",
    ),
    co(
        "PK-036",
        "Hyderabad eWarehouse Receipts",
        "",
        "Hyderabad",
        2013,
        28,
        "warehouse receipts;collateral management software",
        "agri-finance",
        ".NET;SQL Server",
        "none",
        "Urdu;Sindhi;English",
        "Warehouse receipts and collateral management for grain stored in Sindh.",
        "",
        "no",
        "hydewr",
    ),
    co(
        "PK-037",
        "Pak Export Docs (Pvt) Ltd",
        "巴出口单证",
        "Lahore",
        2015,
        34,
        "phytosanitary e-certificates;ePhyto integration;certificate of origin workflow",
        "export;agriculture",
        "Python;Django",
        "ISO 9001",
        "English;Urdu;Mandarin",
        "Files phytosanitary e-certificates and certificates of origin for agri-exporters.",
        "为农产品出口商办理电子植物检疫证书和原产地证书。",
        "no",
        "pakexportdocs",
    ),
    co(
        "PK-038",
        "Sindh Phyto Online",
        "",
        "Karachi",
        2018,
        15,
        "phytosanitry e-certificate filing;customs declaration software",
        "export",
        "PHP;MySQL",
        "none",
        "Urdu;English",
        "Online filing of phytosanitary e-certificates and customs declarations.",
        "",
        "no",
        "sindhphyto",
    ),
    co(
        "PK-039",
        "Margalla Mill Controls",
        "马尔加拉磨坊控制",
        "Islamabad",
        2007,
        95,
        "flour mill automation;PLC programming;SCADA dashboards",
        "flour milling",
        "Siemens S7;Ignition SCADA",
        "ISO 9001",
        "English;Urdu",
        "Flour mill automation with PLC programming and SCADA dashboards.",
        "面粉厂PLC自动化与SCADA监控。",
        "no",
        "margallamill",
    ),
    co(
        "PK-040",
        "Faisalabad Flour Tech",
        "",
        "Faisalabad",
        2012,
        50,
        "programmable logic controller integration for flour mills;mill energy monitoring",
        "flour milling",
        "Allen-Bradley;C#",
        "",
        "Urdu;Punjabi;English",
        "Programmable logic controller integration and energy monitoring for flour mills.",
        "",
        "no",
        "fsdflourtech",
    ),
    co(
        "PK-041",
        "Pindi Poultry Automation",
        "",
        "Rawalpindi",
        2014,
        29,
        "broiler house automation;poultry farm automation & climate control",
        "poultry",
        "Arduino;Node-RED",
        "none",
        "Urdu;Punjabi",
        "Broiler house automation and climate control for poultry farms in the Potohar region.",
        "",
        "yes",
        "pindipoultry",
    ),
    co(
        "PK-042",
        "GreenFrame HACCP",
        "绿框HACCP",
        "Lahore",
        2016,
        26,
        "hazard analysis and critical control points (HACCP) tools;food-safety compliance;ISO 22000 audit tools",
        "food processing",
        "Ruby on Rails;PostgreSQL",
        "ISO 9001",
        "English;Urdu",
        "HACCP and food-safety compliance tools for food processors, with ISO 22000 audit checklists.",
        "HACCP与食品安全合规工具。",
        "no",
        "greenframe",
    ),
    co(
        "PK-043",
        "Qila Food Compliance",
        "",
        "Multan",
        2019,
        17,
        "HACCP compliance;ISO 22000 audit management (small teams)",
        "food processing",
        "Google Workspace;AppSheet",
        "none",
        "Urdu;Saraiki;English",
        "Small consultancy-software team doing HACCP compliance and ISO 22000 audit management.",
        "",
        "no",
        "qilafood",
    ),
    co(
        "PK-044",
        "Lahore ColdStore ERP",
        "拉合尔冷库ERP",
        "Lahore",
        2010,
        150,
        "warehouse management systems (cold storage);inventory & warehouse management;ERP implementation",
        "cold storage;food distribution",
        "Odoo;Python;PostgreSQL",
        "ISO 27001;ISO 9001",
        "English;Urdu",
        "Warehouse management systems and ERP for cold-storage operators.",
        "为冷库运营商提供仓储管理系统与ERP。",
        "no",
        "lahorecoldstore",
    ),
    co(
        "PK-045",
        "Karachi Cold Boxes IoT",
        "",
        "Karachi",
        2021,
        11,
        "internet of things sensors for cold rooms;temperature alerts app",
        "cold storage;retail",
        "ESP32;MQTT;Flutter",
        "none",
        "Urdu;English",
        "Internet of things sensors and a temperature alerts app for small cold rooms.",
        "",
        "no",
        "khicoldboxes",
    ),
    co(
        "PK-046",
        "Sargodha Smart Farms",
        "",
        "Sargodha",
        2015,
        37,
        "farm ERP;drone crop-spraying and field mapping;weather app",
        "agriculture;citrus",
        "Odoo;DJI SDK",
        "none",
        "Urdu;Punjabi;English",
        "Farm ERP with drone crop-spraying and field mapping for citrus estates.",
        "",
        "no",
        "sargodhasmartfarms",
    ),
    co(
        "PK-047",
        "Thal Halal Foods IT",
        "塔尔清真食品IT",
        "Multan",
        2011,
        62,
        "halal traceability;halal certification workflow;HACCP plan software",
        "halal meat;food processing",
        ".NET;Angular",
        "HACCP;Halal (PHA);ISO 22000",
        "English;Urdu;Arabic",
        "Halal traceability, halal certification workflow and HACCP plans for meat processors in southern Punjab.",
        "为南旁遮普肉类加工企业提供清真溯源与认证流程。",
        "no",
        "thalhalal",
    ),
    co(
        "PK-048",
        "Ferozepur Road Cold Software",
        "",
        "Lahore",
        2019,
        26,
        "warehouse mgmt (WMS) for cold chains;reefer telematics (pilot);yard management",
        "cold storage;logistics",
        "Laravel;MySQL",
        "none",
        "Urdu;English",
        "Small Lahore team with a WMS for cold chains and a reefer telematics pilot.",
        "",
        "no",
        "ferozepurcold",
    ),
    co(
        "PK-049",
        "Noor Halal Ledger",
        "努尔清真账本",
        "Karachi",
        2020,
        13,
        "清真溯源 (halal traceability) for meat exporters;traceability QR labels",
        "halal meat;export",
        "Flutter;Firebase",
        "none",
        "Urdu;English;Mandarin",
        "Halal traceability with QR labels for small meat exporters.",
        "",
        "no",
        "noorhalal",
    ),
    co(
        "PK-050",
        "Okara Atta Mill Systems",
        "奥卡拉面粉厂系统",
        "Okara",
        2008,
        70,
        "flour-mill & rice-mill automation (PLC/SCADA);motor control panels",
        "flour milling;rice milling",
        "Siemens S7;WinCC",
        "ISO 9001",
        "Urdu;Punjabi;English",
        "Automation of flour and rice mills with PLC/SCADA and motor control panels.",
        "面粉厂与碾米厂PLC/SCADA自动化。",
        "no",
        "okaraatta",
    ),
    co(
        "CN-001",
        "Shanghai Haixian Foods Co., Ltd.",
        "上海海鲜食品有限公司",
        "Shanghai",
        2003,
        820,
        "seafood processing;frozen seafood import;cold storage",
        "seafood;food import",
        "SAP;WMS",
        "HACCP;ISO 22000;BRCGS",
        "Mandarin;English",
        "Seafood processor and importer in Shanghai buying frozen fish and shrimp.",
        "上海水产品加工与进口企业，采购冷冻鱼虾。",
        "no",
        "haixianfoods",
    ),
    co(
        "CN-002",
        "Qingdao Blue Ocean Aquatic Products Co., Ltd.",
        "青岛蓝海水产有限公司",
        "Qingdao",
        1998,
        1400,
        "水产品加工;seafood import & distribution",
        "seafood",
        "Kingdee ERP",
        "HACCP;ISO 22000",
        "Mandarin;English;Korean",
        "Aquatic products processor in Qingdao importing seafood from South Asia.",
        "青岛水产品加工企业，从南亚进口海产品。",
        "no",
        "qdblueocean",
    ),
    co(
        "CN-003",
        "Yinchuan Halal Food Park Management Co., Ltd.",
        "银川清真食品园管理有限公司",
        "Yinchuan",
        2012,
        260,
        "halal food park operation;halal certification services;cold storage leasing",
        "halal food;industrial parks",
        "Yonyou ERP",
        "ISO 9001",
        "Mandarin;English;Arabic",
        "Runs the Yinchuan Halal Food Park in Ningxia and hosts the programme's park visit.",
        "运营宁夏银川清真食品园。",
        "no",
        "ychalalpark",
    ),
    co(
        "CN-004",
        "Urumqi Silk Road Halal Foods Co., Ltd.",
        "乌鲁木齐丝路清真食品有限公司",
        "Urumqi",
        2008,
        540,
        "halal meat import;halal food processing",
        "halal food",
        "SAP",
        "ISO 22000;HACCP",
        "Mandarin;Uyghur;English",
        "Halal food processor and importer in Xinjiang.",
        "新疆清真食品加工与进口企业。",
        "no",
        "silkroadhalal",
    ),
    co(
        "CN-005",
        "Guangzhou FreshBridge Cold Chain Logistics Co., Ltd.",
        "广州鲜桥冷链物流有限公司",
        "Guangzhou",
        2010,
        980,
        "cold-chain logistics;refrigerated warehousing;port reefer handling",
        "logistics;fruit;seafood",
        "TMS;WMS",
        "ISO 9001",
        "Mandarin;Cantonese;English",
        "Cold-chain logistics and refrigerated warehousing in the Pearl River Delta.",
        "珠三角冷链物流与冷藏仓储企业。",
        "no",
        "freshbridge",
    ),
    co(
        "CN-006",
        "Shenzhen GlobalBasket Cross-border E-commerce Co., Ltd.",
        "深圳环球篮跨境电商有限公司",
        "Shenzhen",
        2015,
        650,
        "cross-border grocery e-commerce;跨境电商（进口食品）;online grocery marketplace",
        "e-commerce;retail",
        "Alibaba Cloud",
        "ISO 27001",
        "Mandarin;English",
        "Cross-border grocery platform selling imported food to Chinese consumers.",
        "面向中国消费者的进口食品跨境电商平台。",
        "no",
        "globalbasket",
    ),
    co(
        "CN-007",
        "Inner Mongolia Grassland Dairy Group",
        "内蒙古草原乳业集团",
        "Hohhot",
        1996,
        5200,
        "dairy processing;milk powder import;dairy farm operations",
        "dairy",
        "SAP",
        "ISO 22000;HACCP",
        "Mandarin;English",
        "Dairy group with farms and processing plants in Inner Mongolia.",
        "内蒙古乳业集团，拥有牧场与加工厂。",
        "no",
        "grasslanddairy",
    ),
    co(
        "CN-008",
        "Jiaxing Fruit Wholesale Market Co., Ltd.",
        "嘉兴水果批发市场有限公司",
        "Jiaxing",
        2001,
        310,
        "fruit wholesale market;mango & citrus import;auction hall operation",
        "fruit",
        "",
        "none",
        "Mandarin",
        "Fruit wholesale market in Zhejiang importing mango and citrus.",
        "",
        "no",
        "jxfruitmarket",
    ),
    co(
        "CN-009",
        "Tianjin Sesame & Rice Trading Co., Ltd.",
        "天津芝麻大米贸易有限公司",
        "Tianjin",
        2006,
        120,
        "rice & sesame import;grain quality inspection",
        "grain;oilseeds",
        "",
        "ISO 9001",
        "Mandarin;English",
        "Imports rice and sesame from Pakistan for north China.",
        "从巴基斯坦进口大米与芝麻。",
        "no",
        "tjsesamerice",
    ),
    co(
        "CN-010",
        "Chongqing ColdLink Logistics Co., Ltd.",
        "重庆冷联物流有限公司",
        "Chongqing",
        2014,
        430,
        "refrigerated trucking;冷链物流 (western China);reefer fleet",
        "logistics",
        "",
        "",
        "Mandarin",
        "Refrigerated trucking across western China.",
        "",
        "no",
        "cqcoldlink",
    ),
]


# ====================================================================== questions
def P(qid, lang, question, sources, answers, note):
    return dict(
        id=qid,
        lang=lang,
        kind="programme",
        question=question,
        expected_sources=sources,
        expected_companies=[],
        answer_must_contain_any=answers,
        note=note,
    )


def D(qid, lang, question, note):
    return dict(
        id=qid,
        lang=lang,
        kind="directory",
        question=question,
        expected_sources=[],
        expected_companies=None,
        answer_must_contain_any=None,
        note=note,
    )


TURN = ["mandimesh@adec.example", "+92 42 3571 2067"]


def U(qid, lang, question, note):
    return dict(
        id=qid,
        lang=lang,
        kind="unanswerable",
        question=question,
        expected_sources=[],
        expected_companies=[],
        answer_must_contain_any=TURN if note.startswith("near miss") else [],
        note=note,
    )


QUESTIONS = [
    # ------------------------------------------------------------------ en (20)
    P(
        "s27-en-01",
        "en",
        "who actually organised that feb 2022 shanghai webinar this whole thing grew out of?",
        ["overview.md"],
        [
            "Trade Development Authority",
            "TDAP",
            "Software Business Union of Shanghai",
            "Shanghai Software Industry Association",
            "Consulate General of Pakistan in Shanghai",
        ],
        "real facts, stated only in the overview",
    ),
    P(
        "s27-en-02",
        "en",
        "hi, we're a 60 person farm management software company in faisalabad. how much is the participation fee for us? i saw 90k somewhere but not sure thats current",
        ["corrigendum-01.md"],
        ["85,000"],
        "band B (26-100) by the asker's headcount; the corrigendum changed PKR 90,000 to PKR 85,000: expects the corrected fee",
    ),
    P(
        "s27-en-03",
        "en",
        "we have exactly 300 employees (rice mill automation, hyderabad). which fee band are we in and what do we pay?",
        ["participation-rules.txt", "site-visit-expo-ur.md"],
        ["150,000", "1,50,000", "Band C"],
        "boundary case: 300 is the top of Band C (101-300); fee table in English and Urdu",
    ),
    P(
        "s27-en-04",
        "en",
        "Our firm is 60% owned by women. Is there any reduction on the participation fee, and is there a maximum?",
        ["participation-rules.txt"],
        ["27,500"],
        "table footnote in the rules: 20% reduction capped at PKR 27,500, a figure stated nowhere else",
    ),
    P(
        "s27-en-05",
        "en",
        "if we hook into the chinese buyer's existing WMS through an open API do we get anything extra on top of the grant?",
        ["voucher-grant-guide.docx"],
        ["1,500"],
        "fact only in the docx text box (callout): USD 1,500 integration bonus",
    ),
    P(
        "s27-en-06",
        "en",
        "shipping mango samples to china next month - for the cold chain temperature log, how often does the logger have to record?",
        ["export-docs-checklist.pdf"],
        ["15 minutes"],
        "answer sits in the wrapped second line of row 4 of the ruled PDF table",
    ),
    P(
        "s27-en-07",
        "en",
        "what evaluation weight does 'data annotation for crop models' get in the scoring, and which track is it?",
        ["rules-reference-2067.pdf"],
        ["0.7"],
        "row C24 is on page 3 of the PDF, in the continued part of Table 2 (header repeated)",
    ),
    P(
        "s27-en-08",
        "en",
        "by when do our exhibit samples need to reach the warehouse in qingdao for the expo?",
        ["expo-halls.html"],
        ["25 May 2067", "25 May"],
        "fact in a hidden tab panel (Logistics) of the expo page",
    ),
    P(
        "s27-en-09",
        "en",
        "how many people from one company can go on the yinchuan halal food park visit?",
        ["site-visit-expo-ur.md"],
        ["3", "۳"],
        "fact stated only in Urdu (with Urdu digit ۳), asked in English",
    ),
    D(
        "s27-en-10",
        "en",
        "we need IoT temperature loggers / cold room sensors for our fish cold stores. any vendors based in karachi?",
        "service + city; directory wordings: cold-chain temperature monitoring, coldchain monitoring dashboards, temperature data loggers, internet of things sensors",
    ),
    D(
        "s27-en-11",
        "en",
        "Looking for WMS providers in Lahore with at least 50 staff, for a cold store chain.",
        "acronym asked; directory writes WMS, warehouse management system(s), warehouse mgmt; size >= 50 excludes a small Lahore firm",
    ),
    D(
        "s27-en-12",
        "en",
        "list halal traceability software companies that don't hold ISO 27001 please",
        "without certification; 'none' counts as not holding it; no halal-traceability row has unknown (empty) certifications; one row writes the service in Chinese",
    ),
    D(
        "s27-en-13",
        "en",
        "which of the firms that pitched at the 2022 shanghai webinar do computer vision grading of fruit or rice?",
        "pitched_at_webinar (2022) + CV grading (computer vision / CV / camera / fruit sorting wordings)",
    ),
    D(
        "s27-en-14",
        "en",
        "companies offering both HACCP plan software and ISO 22000 audit tools?",
        "two services in one row; HACCP also written as 'hazard analysis and critical control points'",
    ),
    D(
        "s27-en-15",
        "en",
        "who does programmable logic controller automation for flour mills?",
        "spelled-out acronym asked; directory writes PLC mostly, once 'programmable logic controller'; one item joins flour-mill & rice-mill",
    ),
    U(
        "s27-en-16",
        "en",
        "we're in quetta - what's the address of your quetta office and its opening hours?",
        "near miss: Quetta is listed among the cities with no office (served by Karachi)",
    ),
    U(
        "s27-en-17",
        "en",
        "can you send me the list of the 12 companies pitching at the 14 january 2067 launch webinar?",
        "near miss: the documents never name the 2067 launch webinar's pitching firms (pitched_at_webinar is the 2022 webinar)",
    ),
    U(
        "s27-en-18",
        "en",
        "whats the weather going to be in lahore tomorrow? planning to drop by the secretariat lol",
        "off-topic: weather, using the programme's words",
    ),
    U(
        "s27-en-19",
        "en",
        "cracked my phone screen during the webinar, can you recommend a good phone repair shop in karachi?",
        "off-topic: phone repair",
    ),
    U("s27-en-20", "en", "who won the PSL final this year?", "off-topic: sports"),
    # ------------------------------------------------------------------ zh (18)
    P(
        "s27-zh-01",
        "zh",
        "请问申请截止到几号？北京时间几点？",
        ["corrigendum-01.md"],
        ["22 March", "3月22日"],
        "the corrigendum moved the closing date from 15 March to 22 March 2067 (20:00 Beijing); expects the corrected date",
    ),
    P(
        "s27-zh-02",
        "zh",
        "我们是宁夏的清真食品公司，跟巴方签了30万美元的合同，配套资助最高能拿多少？",
        ["grant-call-zh.txt"],
        ["34,500", "3.45万"],
        "computed: USD 300,000 is band G3 (cap 3万美元) and Ningxia buyers get a 15% uplift: 30,000 x 1.15 = 34,500",
    ),
    P(
        "s27-zh-03",
        "zh",
        "我们是省农业农村厅下属单位，作为买方签合同能拿配套资助吗？不能的话有别的补贴吗",
        ["grant-call-zh.txt"],
        ["十二万元", "12万", "120,000", "不享受"],
        "exception for one kind of buyer; amount written in Chinese numerals (十二万元), digit forms computed by numeral conversion",
    ),
    P(
        "s27-zh-04",
        "zh",
        "我们是甘肃省农业农村厅的，对接日是哪天？在哪里？",
        ["provincial-bureaus-zh.docx"],
        ["5月19日", "银川"],
        "answer is in the vertically merged first-column cell (西北组) of the Chinese docx table",
    ),
    P(
        "s27-zh-05",
        "zh",
        "我们打算部署200台巴方的温度记录仪，每台补贴多少，总共能补多少钱？",
        ["schedule-subsidy-refund-zh.docx"],
        ["160元", "32,000", "3.2万"],
        "band lookup by device count, boundary 200 is in 51-200; total computed: 200 x 160 = 32,000",
    ),
    P(
        "s27-zh-06",
        "zh",
        "展会开幕前20天因为签证被拒只能退出了，参与费能退多少？",
        ["schedule-subsidy-refund-zh.docx"],
        ["80%"],
        "exception to the refund table: visa refusal gives 80% regardless of timing (not the 20% of the 7-29 day band)",
    ),
    P(
        "s27-zh-07",
        "zh",
        "周六晚上申请系统上传不了文件，提交工单以后多久会有回复？",
        ["offices-support.html"],
        ["next business day", "12:00"],
        "SLA severity x time window: S2 at nights & weekends = next business day by 12:00; English-only fact asked in Chinese",
    ),
    P(
        "s27-zh-08",
        "zh",
        "周末要请一位高级口译员陪同谈判，每小时多少钱？",
        ["service-tariff.md"],
        ["8,300"],
        "grade x shift tariff: senior interpreter, weekend = PKR 8,300/hour",
    ),
    P(
        "s27-zh-09",
        "zh",
        "2065年试点有多少家巴基斯坦企业参加？2067年计划多少家？",
        ["overview.md"],
        ["28"],
        "two asks in one message (2065 pilot vs 2067 target); key fact is the pilot figure 28 (2067 target is 80)",
    ),
    D(
        "s27-zh-10",
        "zh",
        "有没有做芒果视觉分级的巴基斯坦公司？",
        "Chinese need; directory writes it in English (computer vision grading (mango...), mango grading camera systems)",
    ),
    D(
        "s27-zh-11",
        "zh",
        "参加项目的中国企业里，有哪些是做海鲜加工或者水产进口的？",
        "which Chinese firms take part, narrowed by service; one row writes 水产品加工",
    ),
    D(
        "s27-zh-12",
        "zh",
        "想找费萨拉巴德的农场管理软件公司",
        "service + city; directory writes FMS and farm management software",
    ),
    D(
        "s27-zh-13",
        "zh",
        "有没有不在拉合尔的奶牛场（牛群）管理软件公司？员工最好100人以下",
        "not in city + size < 100; wordings dairy herd management, herd managment (typo), dairy farm management",
    ),
    D("s27-zh-14", "zh", "有做清真认证流程软件、并且有ISO 22000认证的公司吗", "service + holds certification"),
    U(
        "s27-zh-15",
        "zh",
        "2065年试点一共收到了多少份申请？",
        "near miss: the pilot figures give firms, buyers, meetings, contracts and value, not applications",
    ),
    U(
        "s27-zh-16",
        "zh",
        "展会期间想请你们做无人机喷洒演示，服务目录里这个怎么收费？",
        "near miss: the services catalogue has no drone demonstration rate",
    ),
    U(
        "s27-zh-17",
        "zh",
        "帮我写一条冷库开业的朋友圈文案，越搞笑越好",
        "off-topic: copywriting, using the programme's words",
    ),
    U("s27-zh-18", "zh", "去巴基斯坦旅游签证怎么办？想去罕萨玩几天", "off-topic: tourist visa"),
    # ------------------------------------------------------------------ ur (14)
    P(
        "s27-ur-01",
        "ur",
        "ہمارے ۷ کولڈ اسٹور ہیں، ہمیں کون سا واؤچر ملے گا اور کتنی رقم؟",
        ["budget-instalments-ur.docx"],
        ["1,500,000", "15,00,000", "۱۵,۰۰,۰۰۰", "پندرہ لاکھ"],
        "band by number of cold stores (4-10 = medium voucher); amount in digits, lakh with Urdu digits, and words",
    ),
    P(
        "s27-ur-02",
        "ur",
        "واؤچر اسکیم کا کل بجٹ کتنا ہے؟",
        ["budget-instalments-ur.docx"],
        ["۴۵ کروڑ", "45 کروڑ"],
        "total budget in کروڑ written with Urdu digits",
    ),
    P(
        "s27-ur-03",
        "ur",
        "ہم ینچوان کے دورے کے لیے دو مندوب ۱۰ اپریل کو رجسٹر کروا رہے ہیں، کیا دونوں رعایتیں ملیں گی؟",
        ["site-visit-expo-ur.md"],
        ["15%", "۱۵٪", "پندرہ فیصد"],
        "discount rule: discounts do not combine, the higher (15% early bird) applies",
    ),
    P(
        "s27-ur-04",
        "ur",
        "چنگ ڈاؤ ایکسپو میں حلال ٹریس ایبلٹی والی کمپنیوں کے بوتھ نمبر کیا ہیں؟",
        ["expo-halls.html"],
        ["N3-107", "N3-112"],
        "answer in the <div> CSS-grid table (zone P2); English-only fact asked in Urdu",
    ),
    P(
        "s27-ur-05",
        "ur",
        "اگر عبوری رپورٹ دیر سے جمع ہو تو کتنا جرمانہ ہوگا؟",
        ["reporting-guide.md"],
        ["5%"],
        "answer in the <br> cell of the HTML table embedded in the Markdown reporting guide",
    ),
    P(
        "s27-ur-06",
        "ur",
        "ینچوان دورے کی فیس فی مندوب کتنی ہے؟",
        ["site-visit-expo-ur.md"],
        ["60,000", "۶۰,۰۰۰"],
        "amount written in Urdu digits in the document",
    ),
    P(
        "s27-ur-07",
        "ur",
        "کیا ایک فرم واؤچر اور ایکسپو سبسڈی دونوں لے سکتی ہے؟ زیادہ سے زیادہ کتنی امداد مل سکتی ہے؟",
        ["grants-qa.md"],
        ["3,000,000", "30,00,000"],
        "Q&A page states its own fact (combined cap PKR 3,000,000) while pointing to tables elsewhere",
    ),
    D(
        "s27-ur-08",
        "ur",
        "ملتان یا ساہیوال میں ڈرون اسپرے سافٹ ویئر بنانے والی کمپنیاں کون سی ہیں؟",
        "service + two cities; drone/UAV wordings",
    ),
    D(
        "s27-ur-09",
        "ur",
        "کون سی کمپنیاں ۲۰۲۲ کے شنگھائی ویبینار میں پیش ہوئیں اور پولٹری فارم آٹومیشن کرتی ہیں؟",
        "pitched_at_webinar + poultry/broiler",
    ),
    D(
        "s27-ur-10",
        "ur",
        "فوڈ سیفٹی کمپلائنس (HACCP، ISO 22000) سافٹ ویئر والی وہ کمپنیاں بتائیں جن کے پاس HACCP سرٹیفیکیشن نہیں ہے",
        "without certification HACCP; service wordings HACCP, hazard analysis..., food-safety compliance, ISO 22000 audit; no unknown certs in play",
    ),
    U(
        "s27-ur-11",
        "ur",
        "حیدرآباد میں آپ کا دفتر کہاں ہے؟ میں کل آنا چاہتا ہوں",
        "near miss: Hyderabad has no office (served by Karachi)",
    ),
    U(
        "s27-ur-12",
        "ur",
        "۲۰۶۵ کے پائلٹ میں سب سے بڑا معاہدہ کتنے کا تھا؟",
        "near miss: only the total (USD 2.4 million, 9 contracts) is given, not the largest contract",
    ),
    U("s27-ur-13", "ur", "بریانی بنانے کی آسان ترکیب بتائیں", "off-topic: cooking"),
    U("s27-ur-14", "ur", "میرے بیٹے کے میٹرک کے نتائج کب آئیں گے؟", "off-topic: school results"),
    # ------------------------------------------------------------------ ur-Latn (14)
    P(
        "s27-ul-01",
        "ur-Latn",
        "mandi mesh mein 'excursion' ka kya matlab hai? cold chain wala term",
        ["overview.md"],
        ["outside the agreed range", "30 minutes"],
        "glossary term",
    ),
    P(
        "s27-ul-02",
        "ur-Latn",
        "sample courier china bhejne ka kharcha kitna hai 5 kg tak? pehle 20k tha na",
        ["service-tariff.md"],
        ["25,000"],
        "strikethrough update: ~~PKR 20,000~~ PKR 25,000 (updated 3 March 2067); the struck figure is not the rule",
    ),
    P(
        "s27-ul-03",
        "ur-Latn",
        "hamari company sirf 14 mahine pehle register hui hai lekin NIC Lahore mein incubated hain, kya hum apply kar sakte hain?",
        ["participation-rules.txt"],
        ["12 months"],
        "exception clause to criterion 2.1 (24 months): incubated firms may apply after 12 months",
    ),
    P(
        "s27-ul-04",
        "ur-Latn",
        "bhai humare 40 pages hain translation ke liye chinese mein, kitne din lagenge?",
        ["service-tariff.md"],
        ["4 working days"],
        "volume band boundary: 40 pages is the top of 11-40 = 4 working days",
    ),
    P(
        "s27-ul-05",
        "ur-Latn",
        "spring festival wali pause mein portal down ho jaye to koi emergency number hai?",
        ["helpdesk-notice.txt"],
        ["3571 9999"],
        "fact only in the BOM/CRLF Windows .txt notice",
    ),
    P(
        "s27-ul-06",
        "ur-Latn",
        "dairy herd management ka evaluation weight kya hai rules reference mein?",
        ["rules-reference-2067.pdf"],
        ["1.1"],
        "row C18 on page 2 of the PDF (Table 2 continued, header repeated)",
    ),
    P(
        "s27-ul-07",
        "ur-Latn",
        "grant verification wale audit ki fees wapas milti hai? kitni had tak?",
        ["voucher-grant-guide.docx"],
        ["800", "USD 800"],
        "figure stated only in a docx footnote (word/footnotes.xml)",
    ),
    D(
        "s27-ul-08",
        "ur-Latn",
        "mandi rates aur auction app banane wali companies batao, karachi ke ilawa",
        "service + not in city; mandi/auction wordings",
    ),
    D(
        "s27-ul-09",
        "ur-Latn",
        "crop loan ya warehouse receipt wala software banane wali firms jo 2015 ke baad bani hon",
        "service + founded after 2015 (2016 or later); agri-fintech, e-WR wordings",
    ),
    D(
        "s27-ul-10",
        "ur-Latn",
        "fisheries ya seafood traceability wali pakistani companies gwadar ya karachi mein kaun si hain?",
        "service + country + two cities",
    ),
    D(
        "s27-ul-11",
        "ur-Latn",
        "crop models ke liye data annotation chahiye, koi choti team ho 20 se kam log",
        "service + size < 20; annotation/labeling wordings",
    ),
    U(
        "s27-ul-12",
        "ur-Latn",
        "karachi cold storage hub ka visit kab hai? hum bhi jana chahte hain",
        "near miss: the only visit is to the Yinchuan Halal Food Park; no Karachi cold-storage hub visit is mentioned",
    ),
    U(
        "s27-ul-13",
        "ur-Latn",
        "eid ul azha pe bhi reviews band hongay? kin dates mein?",
        "near miss: only a Spring Festival review pause exists; no Eid blackout is mentioned",
    ),
    U("s27-ul-14", "ur-Latn", "bhai pak vs eng match ka score kya hai abhi", "off-topic: cricket score"),
    # ------------------------------------------------------------------ mixed (14)
    P(
        "s27-mx-01",
        "mixed",
        "ISO 22000 pre-audit ka night shift Grade II auditor rate kya hai? 一天多少钱",
        ["matching-tiers-audit-rates.html"],
        ["34,800"],
        "HTML table with two header rows: group (Night shift) + grade (Grade II)",
    ),
    P(
        "s27-mx-02",
        "mixed",
        "dairy group 买家 in an inland province, guaranteed meetings ki matching fee kitni hai?",
        ["matching-tiers-audit-rates.html"],
        ["20,000"],
        "row meaning depends on the rowspan cell above (Dairy groups and seafood processors) + Inland & western",
    ),
    P(
        "s27-mx-03",
        "mixed",
        "contract exactly USD 50,000 ka hai, grant cap kya hoga? 配套上限是多少",
        ["voucher-grant-guide.docx", "grant-call-zh.txt"],
        ["12,000", "1.2万"],
        "boundary: USD 50,000 is in G2; grant table in English and Chinese",
    ),
    P(
        "s27-mx-04",
        "mixed",
        "launch webinar kab hai aur usmein kitni companies pitch karengi? 有名单吗",
        ["overview.md", "schedule-subsidy-refund-zh.docx"],
        ["14 January 2067", "1月14日"],
        "two asks in one message; key fact is the date (12 firms pitch, names not published)",
    ),
    P(
        "s27-mx-05",
        "mixed",
        "ارومچی extension trip ki fee kitni hai per delegate?",
        ["site-visit-expo-ur.md"],
        ["22,000", "۲۲,۰۰۰"],
        "Urdu-only fact written in Urdu digits",
    ),
    P(
        "s27-mx-06",
        "mixed",
        "voucher ki pehli qist kab milti hai? 第一期款 agreement sign karne ke kitne din baad?",
        ["grants-qa.md"],
        ["15 working days"],
        "Q&A page: fact of its own next to a pointer to the Urdu table",
    ),
    D(
        "s27-mx-07",
        "mixed",
        "我们需要 reefer telematics 的供应商, Lahore ya Islamabad mein koi hai?",
        "service + two cities",
    ),
    D(
        "s27-mx-08",
        "mixed",
        "phytosanitary e-certificate 出口文件 wala software kaun banata hai?",
        "service; wordings phytosanitary e-certificates, phyto, phytosanitry (typo)",
    ),
    D(
        "s27-mx-09",
        "mixed",
        "B2B grocery ecommerce integration 做的 pakistani companies jinke paas ISO 27001 hai",
        "service + country + holds certification; wordings e-commerce, ecommerce, online grocery",
    ),
    D(
        "s27-mx-10",
        "mixed",
        "中国的 cold-chain logistics 公司 kaun kaun si hain is program mein?",
        "which Chinese firms take part, narrowed to cold-chain logistics; one row writes 冷链物流",
    ),
    U(
        "s27-mx-11",
        "mixed",
        "launch webinar ki recording ka link mil sakta hai? 录像在哪里看",
        "near miss: no recording is mentioned",
    ),
    U(
        "s27-mx-12",
        "mixed",
        "Lahore office ka WhatsApp number 有吗? call nahi kar sakta",
        "near miss: offices list phones and e-mails, no WhatsApp",
    ),
    U(
        "s27-mx-13",
        "mixed",
        "mango 的 best season kab hota hai khane ke liye? 好吃吗",
        "off-topic: food trivia, using a programme word",
    ),
    U("s27-mx-14", "mixed", "mera iPhone ka 电池 bahut jaldi khatam hota hai, kya karun?", "off-topic: phone battery"),
]


def write_directory():
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    w.writeheader()
    w.writerows(COMPANIES)
    (KB / "directory.csv").write_text(buf.getvalue(), encoding="utf-8", newline="")


def write_questions():
    rows = COMPANIES
    names = {r["id"]: r["name"] for r in rows}
    out = []
    for q in QUESTIONS:
        q = copy.deepcopy(q)
        if q["kind"] == "directory":
            exp = expected_for(q["id"], rows)
            q["expected_companies"] = exp
            q["answer_must_contain_any"] = [names[i] for i in exp]
        out.append(json.dumps(q, ensure_ascii=False))
    (HERE / "questions-27.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")


def main():
    PROG.mkdir(parents=True, exist_ok=True)
    rules_reference_pdf(PROG / "rules-reference-2067.pdf")
    checklist_pdf(PROG / "export-docs-checklist.pdf")
    voucher_grant_guide(PROG / "voucher-grant-guide.docx")
    schedule_zh(PROG / "schedule-subsidy-refund-zh.docx")
    bureaus_zh(PROG / "provincial-bureaus-zh.docx")
    budget_ur(PROG / "budget-instalments-ur.docx")
    with (PROG / "helpdesk-notice.txt").open("w", encoding="utf-8-sig", newline="\r\n") as fh:
        fh.write(NOTICE)
    write_directory()
    write_questions()
    print("built sample-27")


if __name__ == "__main__":
    main()
