"""Build sample 23 ("Strata Stream 2059"): the PDF and DOCX documents, directory.csv and questions-23.jsonl.

The .md, .txt and .html documents are written by hand. expected_companies are computed with the
validator's filters. Run from anywhere: /work/main/.venv/bin/python tests/data/build_sample23.py
"""

import csv
import io
import json
import sys
from pathlib import Path

import docx
import pypdf
from docx.oxml import OxmlElement
from pypdf.generic import ContentStream, NameObject

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from validate_sample23 import COLUMNS, QUESTION_FILTERS, filter_ids  # noqa: E402

from tests.files import write_pdf  # noqa: E402

KB = HERE / "sample-23"
PROGRAMME = KB / "programme"


# ---------------------------------------------------------------- the 3-page PDF
HEAD = "Strata Stream 2059 - Grant & Voucher Guide    PGWSC/SS59/G-2    issued 1 March 2059"
T2_HEADER = ("Code", "Cost line", "Co-funding", "Ceiling (USD)")
T2_X = (60, 100, 400, 480)
T2_ROWS = [
    ("C01", "Localisation of the software interface into Chinese", "50%", "8,000"),
    ("C02", "Chinese technical documentation and manuals", "50%", "6,500"),
    ("C03", "Data-residency hosting in China, first year", "40%", "12,000"),
    ("C04", "Cybersecurity assessment required by the buyer", "50%", "7,000"),
    ("C05", "Compliance testing against Chinese GB standards", "50%", "10,000"),
    ("C06", "Pilot deployment travel, economy airfare", "60%", "5,000"),
    ("C07", "LiDAR survey processing for a pilot", "40%", "14,000"),
    ("C08", "Drone survey data processing", "40%", "9,000"),
    ("C09", "Mine planning software licence adaptation", "30%", "18,000"),
    ("C10", "Fleet dispatch integration with mine trucks", "30%", "20,000"),
    # page 2
    ("C11", "Slope radar data integration", "40%", "16,000"),
    ("C12", "Seismic processing cloud compute", "30%", "11,000"),
    ("C13", "Groundwater model calibration", "40%", "8,500"),
    ("C14", "Flood early-warning SMS gateway", "50%", "6,000"),
    ("C15", "Irrigation scheduling field trial", "40%", "7,800"),
    ("C16", "AMR/AMI meter integration *", "40%", "4,000 *"),
    ("C17", "NRW leak detection sensor pilot *", "40%", "5,500 *"),
    ("C18", "SCADA/telemetry gateway for pumping stations *", "40%", "6,800 *"),
    ("C19", "Dam instrumentation sensor integration", "50%", "22,000"),
    ("C20", "Dam safety dashboard hosting", "40%", "7,200"),
    # page 3
    ("C21", "Environmental monitoring station data link", "40%", "8,800"),
    ("C22", "ESG/EIA report translation into Chinese", "50%", "4,500"),
    ("C23", "Assay lab instrument interfacing", "40%", "10,500"),
    ("C24", "LIMS validation for assay labs", "50%", "9,500"),
    ("C25", "Digital twin 3D model of a plant or reservoir", "30%", "25,000"),
    ("C26", "Training of buyer staff in China", "50%", "5,200"),
    ("C27", "Independent code audit", "50%", "3,800"),
]


def _table(top, rows, xs, step=16):
    """Texts of a ruled table starting at y=top, and the lines of its grid."""
    texts, rules = [], []
    y = top
    for row in rows:
        texts += [(x, y, cell) for x, cell in zip(xs, row, strict=True)]
        y -= step
    left, right = xs[0] - 6, 560
    for i in range(len(rows) + 1):
        yy = top + 12 - i * step
        rules.append((left, yy, right, yy))
    for x in (*[x - 6 for x in xs], right):
        rules.append((x, top + 12, x, top + 12 - len(rows) * step))
    return texts, rules


def _page(n, body):
    return [(60, 760, HEAD), *body, (270, 40, f"Page {n} of 3")]


def build_pdf():
    p1, p2, p3 = [], [], []
    y = 725
    for line in (
        "Grant & Voucher Guide for Pakistani firms - Strata Stream 2059",
        "",
        "1. Vouchers. A Pakistani firm that signs a contract with a Chinese buyer met through the",
        "programme receives a voucher: contract value x voucher rate, capped at the maximum voucher.",
        "Bands include both limits. Contracts below USD 10,000 or above USD 1,000,000 get no voucher.",
        "",
        "Table 1: Voucher rate by contract value",
    ):
        if line:
            p1.append((60, y, line))
        y -= 14
    t1, r1 = _table(
        y - 4,
        [
            ("Contract value (USD)", "Voucher rate", "Max voucher (USD)"),
            ("10,000 - 49,999", "40%", "15,000"),
            ("50,000 - 199,999", "30%", "45,000"),
            ("200,000 - 1,000,000", "20%", "120,000"),
        ],
        (66, 260, 400),
    )
    p1 += t1
    y = y - 4 - 4 * 16 - 14
    for line in (
        "2. Eligible costs. The voucher reimburses the co-funded share of the cost lines in Table 2,",
        "up to the ceiling of each line. Table 2 continues on pages 2 and 3.",
        "",
        "Table 2: Eligible cost lines, co-funding share and ceiling per firm",
    ):
        if line:
            p1.append((60, y, line))
        y -= 14
    t2a, r2a = _table(y - 4, [T2_HEADER, *T2_ROWS[:10]], T2_X)
    p1 += t2a

    t2b, r2b = _table(700, [T2_HEADER, *T2_ROWS[10:20]], T2_X)
    p2 = [(60, 725, "Table 2 (continued)"), *t2b]
    t2c, r2c = _table(700, [T2_HEADER, *T2_ROWS[20:]], T2_X)
    p3 = [(60, 725, "Table 2 (continued)"), *t2c]
    y = 700 - 8 * 16 - 10
    for line in (
        "End of Table 2.",
        "* Ceilings marked with an asterisk are per site, for at most 3 sites per contract.",
        "Footnote 1: costs of field work at Pakistani sites during the monsoon blackout",
        "(1 July - 15 September 2059) are not eligible; desk-based processing in that period is.",
        "",
        "3. Claims. Claims are made through the programme portal after the contract is countersigned.",
        "The payment tranches and deadlines are explained on the Grants & Vouchers Q&A page.",
    ):
        if line:
            p3.append((60, y, line))
        y -= 14

    path = PROGRAMME / "grant-guide-2059.pdf"
    write_pdf(path, _page(1, p1), rules=r1 + r2a, more_pages=[_page(2, p2), _page(3, p3)])
    # write_pdf rules only the first page: draw the grid of pages 2 and 3 onto the same file
    reader = pypdf.PdfReader(str(path))
    writer = pypdf.PdfWriter(clone_from=reader)
    for page, rules in zip(writer.pages[1:], (r2b, r2c), strict=True):
        data = page.get_contents().get_data()
        data += "".join(f"0.5 w {x0} {y0} m {x1} {y1} l S\n" for x0, y0, x1, y1 in rules).encode("latin-1")
        stream = ContentStream(None, writer)
        stream.set_data(data)
        page[NameObject("/Contents")] = writer._add_object(stream)
    buf = io.BytesIO()
    writer.write(buf)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- DOCX
def _rtl(paragraph):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(OxmlElement("w:bidi"))
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def _grid(document, rows, rtl=False):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    if rtl:
        tblpr = table._tbl.tblPr
        tblpr.append(OxmlElement("w:bidiVisual"))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if rtl:
                for p in cell.paragraphs:
                    _rtl(p)
    return table


def build_zh_docx():
    d = docx.Document()
    d.add_paragraph("地层之流2059 日程、设备补贴与退款规定", style="Title")
    d.add_paragraph("中国矿业水务数字联盟（CMWDA）与巴基斯坦地理水务软件理事会（PGWSC）联合发布，2059年3月15日。")
    d.add_heading("表1 2059年日程", level=1)
    d.add_paragraph("时间均注明巴基斯坦时间（PKT）或北京时间。申请截止时间以参与规则及其勘误为准。")
    _grid(
        d,
        [
            ("事项", "日期"),
            ("线上启动会（16家巴方企业路演）", "2059年2月18日 10:00–12:30（巴基斯坦时间），即北京时间13:00–15:30"),
            ("申请开放", "2059年3月2日 09:00（巴基斯坦时间），即北京时间12:00"),
            ("结果公布", "2059年5月20日"),
            ("参与费全额退款截止", "2059年6月10日"),
            ("巴方汛期停工（巴基斯坦境内现场作业暂停）", "2059年7月1日至9月15日"),
            ("中方配套资助申请", "2059年7月1日至7月31日"),
            ("实地考察：云南白云峡大坝", "2059年10月8日至12日"),
            ("展会：成都，中国矿业与水务科技博览会，7号馆", "2059年11月3日至5日"),
            ("中期报告", "2059年12月15日"),
            ("终期报告", "2060年3月31日"),
        ],
    )
    d.add_heading("表2 监测终端补贴（按部署台数）", level=1)
    d.add_paragraph(
        "补贴对象：中方采购方在试点中部署、并接入巴方软件的监测终端（智能水表、传感器、测斜仪等）。"
        "档次含上下限，全部台数按所在档次的单价计算。"
    )
    _grid(
        d,
        [
            ("部署台数", "每台补贴"),
            ("1–50台", "600元"),
            ("51–200台", "450元"),
            ("201–1,000台", "300元"),
            ("1,000台以上", "按1,000台×300元封顶，即30万元"),
        ],
    )
    d.add_paragraph("边界示例：恰好200台按第二档计算，200×450元=90,000元；恰好50台按第一档，50×600元=30,000元。")
    d.add_heading("表3 活动退款（实地考察与展会）", level=1)
    d.add_paragraph("按取消日距活动开始日的天数计算，档次含上下限。")
    _grid(
        d,
        [
            ("距活动开始天数", "退款比例"),
            ("30天及以上", "100%"),
            ("15–29天", "70%"),
            ("7–14天", "40%"),
            ("0–6天", "不退款"),
        ],
    )
    d.add_paragraph("例外：因签证被拒而取消的，凭拒签证明全额退款，但扣除手续费500元。")
    d.add_paragraph("因汛期或官方停工导致活动取消的，全额退款，不扣手续费。")
    d.add_paragraph("联系邮箱：events-cn@strata2059.example")
    d.save(str(PROGRAMME / "zh-schedule-subsidy-refunds.docx"))


def build_ur_docx():
    d = docx.Document()
    for text, style in (
        ("اسٹریٹا اسٹریم 2059 — شرکت فیس اور اقساط", "Title"),
        ("پاکستان جیو واٹر سافٹ ویئر کونسل (PGWSC)، اسلام آباد", None),
        (
            "یہ جدول انگریزی شرکت کے قواعد (participation-rules.txt) کے جدول 1 کی اردو صورت ہے۔ "
            "بینڈ ملازمین کی تعداد سے طے ہوتا ہے اور دونوں حدیں شامل ہیں۔",
            None,
        ),
    ):
        _rtl(d.add_paragraph(text, style=style))
    _grid(
        d,
        [
            ("بینڈ", "ملازمین", "فیس (ہندسوں میں)", "لاکھ کے حساب سے", "الفاظ میں", "اقساط"),
            ("اے", "5 تا 20", "45,000 روپے", "45,000", "پینتالیس ہزار روپے", "ایک قسط: 45,000"),
            ("بی", "21 تا 100", "90,000 روپے", "90,000", "نوے ہزار روپے", "دو اقساط: 45,000 + 45,000"),
            (
                "سی",
                "101 تا 500",
                "150,000 روپے",
                "1,50,000",
                "ایک لاکھ پچاس ہزار روپے",
                "تین اقساط: 50,000 + 50,000 + 50,000",
            ),
            (
                "ڈی",
                "501 تا 1,500",
                "240,000 روپے",
                "2,40,000",
                "دو لاکھ چالیس ہزار روپے",
                "تین اقساط: 80,000 + 80,000 + 80,000",
            ),
        ],
        rtl=True,
    )
    for text in (
        "اقساط کی تاریخیں: پہلی قسط نتائج (20 مئی 2059) کے 14 دن کے اندر یعنی 3 جون 2059 تک؛ "
        "دوسری قسط 31 اگست 2059 تک؛ تیسری قسط 31 اکتوبر 2059 تک۔",
        "کنسورشیم کی صورت میں فیس مشترکہ ملازمین کی تعداد کے بینڈ کے مطابق ہوگی (انگریزی قواعد دیکھیں)۔",
        "پروگرام کا پاکستانی جانب کل بجٹ 42 کروڑ روپے (420,000,000 روپے) ہے۔",
        "رابطہ: fees@strata2059.example",
    ):
        _rtl(d.add_paragraph(text))
    d.save(str(PROGRAMME / "ur-fee-instalments.docx"))


# ---------------------------------------------------------------- directory
# (id, name, name_zh, city, founded, employees, services, industries, technologies, certifications,
#  languages, description, description_zh, pitched)
PK = [
    (
        "PK-001",
        "Indus GeoPixel (Pvt) Ltd",
        "印度河地理像素",
        "Lahore",
        2011,
        85,
        "GIS mapping;satellite remote sensing analytics;drone orthomosaic processing",
        "mining;agriculture",
        "QGIS;ArcGIS Pro;Python;PostGIS",
        "ISO 9001",
        "English;Urdu",
        "Mapping and imagery firm serving mines and farms in Punjab.",
        "为矿山和农业提供地图与影像服务。",
        "yes",
    ),
    (
        "PK-002",
        "Ravi Point Cloud Labs",
        "拉维点云实验室",
        "Lahore",
        2017,
        34,
        "LiDAR point cloud classification;UAV survey processing (small teams);3D terrain models",
        "mining;construction",
        "PDAL;CloudCompare;C++",
        "none",
        "English;Urdu",
        "Processes LiDAR and UAV survey data for quarries and road builders.",
        "",
        "no",
    ),
    (
        "PK-003",
        "Shalimar Survey Tech",
        "",
        "Lahore",
        2008,
        140,
        "photogrammetry & drone mapping;cadastral GIS;land records digitisation",
        "government;mining",
        "Pix4D;ArcGIS;.NET",
        "ISO 9001;ISO 27001",
        "English;Urdu;Punjabi",
        "Survey technology company with a large photogrammetry team.",
        "",
        "yes",
    ),
    (
        "PK-004",
        "Lahore HydroMetrics",
        "拉合尔水文计量",
        "Lahore",
        2013,
        60,
        "hydrological modelling;irrigation scheduling;canal flow telemetry",
        "agriculture;water",
        "HEC-HMS;Python;LoRaWAN",
        "ISO 9001",
        "English;Urdu",
        "Models canal commands and schedules irrigation for water boards.",
        "为灌区提供水文建模与灌溉调度。",
        "no",
    ),
    (
        "PK-005",
        "Anarkali Billing Systems",
        "",
        "Lahore",
        2006,
        210,
        "water utility billing;customer portals;meter reading apps",
        "water;utilities",
        "Java;Oracle;Android",
        "ISO 27001;CMMI Level 3",
        "English;Urdu",
        "Billing and customer software for municipal water utilities.",
        "",
        "yes",
    ),
    (
        "PK-006",
        "Karachi AquaLedger (Pvt) Ltd",
        "卡拉奇水账",
        "Karachi",
        2010,
        120,
        "water billing & collections;AMR/AMI integration;customer service CRM",
        "water;utilities",
        ".NET;SQL Server;Azure",
        "ISO 27001",
        "English;Urdu;Sindhi",
        "Billing, collections and meter-data integration for water boards.",
        "为水务公司提供计费与抄表数据集成。",
        "yes",
    ),
    (
        "PK-007",
        "Clifton Smart Meters",
        "克利夫顿智能表计",
        "Karachi",
        2015,
        45,
        "smart meter data management;advanced metering infrastructure;prepaid water metering",
        "water;energy",
        "Python;Kafka;PostgreSQL",
        "none",
        "English;Urdu",
        "Meter data management for prepaid and smart water meters.",
        "",
        "no",
    ),
    (
        "PK-008",
        "Korangi Pump Telemetry",
        "科朗吉泵站遥测",
        "Karachi",
        2004,
        95,
        "SCADA for pumping stations;telemetry & alarms;energy optimisation of pumps",
        "water;utilities",
        "Siemens WinCC;Modbus;Node-RED",
        "ISO 9001",
        "English;Urdu",
        "Builds SCADA and telemetry for bulk water pumping stations.",
        "泵站SCADA与遥测系统集成商。",
        "no",
    ),
    (
        "PK-009",
        "Saddar Water Analytics",
        "",
        "Karachi",
        2018,
        28,
        "NRW analytics;leak detection (acoustic);district metered area design",
        "water",
        "Python;TensorFlow;QGIS",
        "none",
        "English;Urdu",
        "Analytics start-up that finds water losses in city networks.",
        "",
        "yes",
    ),
    (
        "PK-010",
        "Port Qasim SCADA Works",
        "卡西姆港SCADA",
        "Karachi",
        2012,
        150,
        "SCADA integration;remote telemetry units;PLC programming",
        "water;oil and gas",
        "Rockwell;Ignition;C#",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Industrial automation integrator for water and port clients.",
        "",
        "no",
    ),
    (
        "PK-011",
        "Lyari Utility Billing Co.",
        "",
        "Karachi",
        2019,
        12,
        "utility billing software;bill printing & SMS alerts",
        "water;municipal",
        "PHP;MySQL",
        "",
        "English;Urdu",
        "Small billing software house for town committees.",
        "",
        "no",
    ),
    (
        "PK-012",
        "Margalla Flood Watch",
        "马尔加拉洪水预警",
        "Islamabad",
        2014,
        40,
        "flood early warning;river gauge telemetry;hydrological forecasting;GIS flood maps",
        "water;disaster management",
        "Python;HEC-RAS;MQTT",
        "ISO 9001",
        "English;Urdu",
        "Flood warning systems for river basins in the north.",
        "为北部流域提供洪水预警系统。",
        "yes",
    ),
    (
        "PK-013",
        "Potohar Hydro Informatics",
        "波托哈尔水信息",
        "Islamabad",
        2009,
        75,
        "flood forecasting & early warning;rainfall-runoff modeling;dam break analysis",
        "water;hydropower",
        "MIKE 11;Python;GeoServer",
        "ISO 9001;ISO 14001",
        "English;Urdu",
        "Hydro-informatics consultancy for flood forecasting.",
        "",
        "no",
    ),
    (
        "PK-014",
        "Capital Digital Twins (Pvt) Ltd",
        "首都数字孪生",
        "Islamabad",
        2016,
        65,
        "digital twin of water treatment plants;3D asset visualisation;IoT dashboards;数字孪生水厂",
        "water;mining",
        "Unity;Azure Digital Twins;C#",
        "ISO 27001",
        "English;Urdu;Mandarin",
        "Builds digital twins of treatment plants and processing plants.",
        "为水厂和选矿厂构建数字孪生。",
        "no",
    ),
    (
        "PK-015",
        "Khyber Reservoir Twin",
        "开伯尔水库孪生",
        "Peshawar",
        2018,
        25,
        "reservoir digital twin;sediment modelling;dam monitoring dashboards",
        "hydropower;water",
        "Python;Three.js;InfluxDB",
        "none",
        "English;Urdu;Pashto",
        "Reservoir twins and dam dashboards for hydropower operators.",
        "",
        "no",
    ),
    (
        "PK-016",
        "Tarbela Instrumentation Systems",
        "塔贝拉仪表系统",
        "Rawalpindi",
        2003,
        180,
        "dam safety instrumentation;piezometer data loggers;dam safety dashboards",
        "hydropower;construction",
        "LabVIEW;SQL Server;Grafana",
        "ISO 9001;ISO 14001",
        "English;Urdu",
        "Instrumentation and dashboards for large dams.",
        "大坝安全监测仪器与看板。",
        "yes",
    ),
    (
        "PK-017",
        "Mangla Structural Monitoring",
        "",
        "Rawalpindi",
        2011,
        55,
        "dam instrumentation & slope monitoring;geotechnical data management",
        "hydropower;mining",
        "Python;Grafana;Campbell loggers",
        "ISO 9001",
        "English;Urdu",
        "Monitors dams, embankments and pit slopes.",
        "",
        "no",
    ),
    (
        "PK-018",
        "Salt Range Geotech",
        "盐岭岩土",
        "Chakwal",
        2005,
        48,
        "slope stability monitoring;geotechnical instrumentation;rockfall risk mapping",
        "mining;cement",
        "GeoStudio;Python",
        "ISO 9001",
        "English;Urdu",
        "Geotechnical monitoring for limestone and coal quarries.",
        "为石灰石和煤矿提供岩土监测。",
        "no",
    ),
    (
        "PK-019",
        "Quetta Slope Radar Services",
        "奎达边坡雷达",
        "Quetta",
        2007,
        38,
        "slope radar data analysis;geotech monitoring for open pits;mine planning support",
        "mining",
        "MATLAB;Python;Deswik",
        "none",
        "English;Urdu;Balochi",
        "Slope radar analysis for open-pit copper and chromite mines.",
        "",
        "no",
    ),
    (
        "PK-020",
        "Chagai Mine Planning (Pvt) Ltd",
        "查盖采矿规划",
        "Quetta",
        2012,
        70,
        "mine planning & scheduling;pit optimisation;ore reserve estimation",
        "mining",
        "Deswik;Datamine;Python",
        "ISO 9001",
        "English;Urdu",
        "Mine planning consultancy for metal mines in Balochistan.",
        "俾路支省金属矿山的采矿规划咨询。",
        "yes",
    ),
    (
        "PK-021",
        "Saindak Fleet Dispatch",
        "山达克车队调度",
        "Quetta",
        2015,
        44,
        "fleet dispatch for open-pit mines;truck-shovel optimisation;mine planning dashboards",
        "mining",
        "Java;Kotlin;PostgreSQL",
        "none",
        "English;Urdu",
        "Dispatch software for haul trucks and shovels.",
        "",
        "no",
    ),
    (
        "PK-022",
        "Thar Pit Systems",
        "塔尔矿坑系统",
        "Hyderabad",
        2014,
        90,
        "open pit mine design;mine scheduling software;haul road planning",
        "mining;coal",
        "C++;Qt;PostgreSQL",
        "ISO 9001",
        "English;Urdu;Sindhi",
        "Pit design and scheduling tools for lignite mines.",
        "为褐煤矿提供矿坑设计与排产软件。",
        "no",
    ),
    (
        "PK-023",
        "Lakhra Mining Software",
        "",
        "Karachi",
        2009,
        130,
        "mine planning software;fleet management for mining trucks;drill and blast design;digital twin of mine haulage",
        "mining;coal",
        ".NET;Azure;Unity",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Mining software house with planning, fleet and blasting products.",
        "",
        "yes",
    ),
    (
        "PK-024",
        "Kohat Resource Modelling",
        "科哈特资源建模",
        "Peshawar",
        2016,
        32,
        "geological modelling;mine plan optimisation;resource estimation",
        "mining",
        "Leapfrog;Python",
        "",
        "English;Urdu;Pashto",
        "Geological and resource models for gypsum and salt mines.",
        "",
        "no",
    ),
    (
        "PK-025",
        "Multan MineOps",
        "木尔坦矿业运营",
        "Multan",
        2019,
        18,
        "mine scheduling (short-term);production reporting;fleet dispatch dashboards",
        "mining;quarrying",
        "Python;Power BI",
        "none",
        "English;Urdu;Saraiki",
        "Short-term scheduling and dispatch dashboards for quarries.",
        "",
        "no",
    ),
    (
        "PK-026",
        "Potwar Seismic Processing (Pvt) Ltd",
        "波特瓦尔地震处理",
        "Islamabad",
        2002,
        260,
        "seismic data processing;velocity model building;seismic interpretation;"
        "geographic information systems (exploration blocks)",
        "oil and gas;geoscience",
        "SeisSpace;Python;HPC",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Seismic processing centre with its own compute cluster.",
        "拥有自建计算集群的地震资料处理中心。",
        "yes",
    ),
    (
        "PK-027",
        "Attock GeoSignal",
        "阿托克地球信号",
        "Rawalpindi",
        2013,
        140,
        "2D/3D seismic reprocessing;microseismic monitoring for mines",
        "oil and gas;mining",
        "Madagascar;C++;CUDA",
        "ISO 9001",
        "English;Urdu",
        "Seismic reprocessing and microseismic monitoring.",
        "",
        "no",
    ),
    (
        "PK-028",
        "Sibi Seismic Lab",
        "",
        "Quetta",
        2020,
        16,
        "seismic data QC;passive seismic surveys",
        "geoscience",
        "Python;ObsPy",
        "none",
        "English;Urdu",
        "Small passive-seismic survey team.",
        "",
        "no",
    ),
    (
        "PK-029",
        "Chenab Groundwater Modelling",
        "杰纳布地下水建模",
        "Faisalabad",
        2015,
        22,
        "groundwater modelling;aquifer mapping with GIS;tube-well monitoring",
        "agriculture;water",
        "MODFLOW;QGIS;Python",
        "none",
        "English;Urdu;Punjabi",
        "Groundwater models and tube-well monitoring for farms.",
        "",
        "no",
    ),
    (
        "PK-030",
        "Soan Aquifer Analytics",
        "索安含水层分析",
        "Rawalpindi",
        2017,
        14,
        "aquifer recharge studies;groundwater level dashboards",
        "water",
        "Python;FEFLOW",
        "",
        "English;Urdu",
        "Aquifer recharge studies for housing schemes.",
        "",
        "no",
    ),
    (
        "PK-031",
        "Indus Basin Hydro Consult",
        "印度河流域水文咨询",
        "Lahore",
        2001,
        310,
        "groundwater modelling;hydrological modelling;floodplain GIS mapping",
        "water;agriculture;hydropower",
        "MODFLOW;HEC-RAS;ArcGIS",
        "ISO 9001;ISO 14001",
        "English;Urdu",
        "Large water-resources consultancy.",
        "大型水资源咨询公司。",
        "yes",
    ),
    (
        "PK-032",
        "Cholistan Irrigation Tech",
        "乔利斯坦灌溉科技",
        "Multan",
        2012,
        42,
        "irrigation scheduling;hydrology modelling for canals;farm water apps",
        "agriculture;water",
        "Python;Flutter;AWS",
        "none",
        "English;Urdu;Saraiki",
        "Irrigation apps and canal hydrology for desert farms.",
        "",
        "no",
    ),
    (
        "PK-033",
        "Sargodha Agri Water",
        "",
        "Faisalabad",
        2018,
        9,
        "irrigation scheduling app;soil moisture sensors;groundwater pumping advisory",
        "agriculture",
        "Flutter;Firebase;LoRa",
        "none",
        "Urdu;Punjabi",
        "Farm water advisory app.",
        "",
        "no",
    ),
    (
        "PK-034",
        "Multan GeoMaps",
        "木尔坦地理地图",
        "Multan",
        2010,
        26,
        "geographic information systems;municipal asset mapping;web mapping portals",
        "municipal;water",
        "GeoServer;OpenLayers;PostGIS",
        "ISO 9001",
        "English;Urdu",
        "Web maps of municipal assets for south Punjab towns.",
        "",
        "no",
    ),
    (
        "PK-035",
        "Lyallpur Spatial Solutions",
        "莱亚尔布尔空间",
        "Faisalabad",
        2014,
        19,
        "GIS & remote sensing for agriculture;crop water stress maps",
        "agriculture",
        "Google Earth Engine;Python",
        "none",
        "English;Urdu;Punjabi",
        "Remote sensing of crops and water stress.",
        "",
        "no",
    ),
    (
        "PK-036",
        "Hunza Remote Sensing",
        "罕萨遥感",
        "Gilgit",
        2019,
        11,
        "satellite remote sensing of glaciers;GLOF risk mapping;snow cover anlytics",
        "water;hydropower;disaster management",
        "Google Earth Engine;Python;SNAP",
        "none",
        "English;Urdu",
        "Glacier and snow monitoring from satellite images.",
        "利用卫星影像监测冰川与积雪。",
        "no",
    ),
    (
        "PK-037",
        "Skardu EO Labs",
        "斯卡杜对地观测",
        "Skardu",
        2021,
        7,
        "Sentinel satellite imagery processing;glacier lake monitoring",
        "water;disaster management",
        "Python;SNAP",
        "",
        "English;Urdu;Balti",
        "Earth observation micro-firm.",
        "",
        "no",
    ),
    (
        "PK-038",
        "Gwadar Coastal Geo",
        "瓜达尔海岸地理",
        "Gwadar",
        2016,
        24,
        "remote sensing of coastline;GIS for ports;EIA baseline surveys",
        "ports;environment",
        "QGIS;Python",
        "none",
        "English;Urdu;Balochi",
        "Coastal mapping and environmental baselines for ports.",
        "",
        "no",
    ),
    (
        "PK-039",
        "Green Ledger ESG (Pvt) Ltd",
        "绿色账本ESG",
        "Karachi",
        2017,
        35,
        "ESG reporting for mining companies;environmental impact assessment support;carbon accounting",
        "mining;environment",
        "Python;Power BI",
        "ISO 9001",
        "English;Urdu",
        "ESG and carbon reporting for miners.",
        "为矿业企业提供ESG与碳核算报告。",
        "no",
    ),
    (
        "PK-040",
        "Margalla EnviroSense",
        "马尔加拉环境感知",
        "Islamabad",
        2012,
        58,
        "environmental monitoring stations;air & water quality dashboards;EIA reporting",
        "environment;mining",
        "Node-RED;InfluxDB;Grafana",
        "ISO 14001",
        "English;Urdu",
        "Environmental monitoring networks and EIA reports.",
        "",
        "yes",
    ),
    (
        "PK-041",
        "Sindh ESG Analytics",
        "",
        "Hyderabad",
        2020,
        15,
        "ESG data collection;sustainability reports (GRI)",
        "environment;agriculture",
        "Python;Excel",
        "none",
        "English;Urdu;Sindhi",
        "Collects ESG data for agro and mining firms.",
        "",
        "no",
    ),
    (
        "PK-042",
        "Peshawar Eco Reports",
        "白沙瓦生态报告",
        "Peshawar",
        2015,
        30,
        "esg reporting;environmental impact assesment (EIA);waste water monitoring",
        "environment;municipal",
        "Python;QGIS",
        "ISO 14001;ISO 9001",
        "English;Urdu;Pashto",
        "Environmental reports for municipal and mining projects.",
        "",
        "no",
    ),
    (
        "PK-043",
        "Rohtas Sustainability Tech",
        "罗塔斯可持续科技",
        "Lahore",
        2018,
        21,
        "ESG dashboards;tailings dam monitoring",
        "mining;environment",
        "React;Python",
        "",
        "English;Urdu",
        "Dashboards for ESG data and tailings dams.",
        "",
        "no",
    ),
    (
        "PK-044",
        "Quetta Assay LIMS",
        "奎达化验LIMS",
        "Quetta",
        2013,
        27,
        "LIMS for assay labs;sample tracking & barcoding",
        "mining;laboratories",
        ".NET;SQL Server",
        "ISO 9001",
        "English;Urdu",
        "LIMS for mine assay laboratories.",
        "为矿山化验室提供LIMS。",
        "no",
    ),
    (
        "PK-045",
        "Lahore Lab Systems",
        "拉合尔实验室系统",
        "Lahore",
        2008,
        88,
        "laboratory information management systems;instrument interfacing",
        "laboratories;mining;water",
        "Java;Spring;PostgreSQL",
        "ISO 9001;ISO 27001",
        "English;Urdu",
        "Laboratory software for assay, water and food labs.",
        "",
        "yes",
    ),
    (
        "PK-046",
        "Sialkot QA Labs Software",
        "",
        "Sialkot",
        2016,
        13,
        "lab information system for water testing labs;mobile sampling app",
        "water;laboratories",
        "Django;Flutter",
        "none",
        "English;Urdu;Punjabi",
        "Software for water testing labs.",
        "",
        "no",
    ),
    (
        "PK-047",
        "Gilgit Hydro ESG",
        "吉尔吉特水电ESG",
        "Gilgit",
        2014,
        40,
        "ESG & social impact reporting for hydropower;GIS catchment maps",
        "hydropower;environment",
        "QGIS;Python",
        "ISO 9001",
        "English;Urdu;Shina",
        "ESG and social reporting for run-of-river hydropower.",
        "",
        "no",
    ),
    (
        "PK-048",
        "Rawal Leak Detection",
        "拉瓦尔漏损检测",
        "Rawalpindi",
        2015,
        52,
        "leak detection & pressure management;non-revenue water audits;hydraulic modelling",
        "water;utilities",
        "EPANET;Python;QGIS",
        "ISO 9001",
        "English;Urdu",
        "Leak detection crews and water-loss audits.",
        "漏损检测与产销差审计。",
        "no",
    ),
    (
        "PK-049",
        "Hyderabad NRW Solutions",
        "",
        "Hyderabad",
        2012,
        36,
        "NRW reduction programmes;DMA metering;AMR rollout",
        "water",
        "C#;SQL Server",
        "ISO 27001",
        "English;Urdu;Sindhi",
        "Runs water-loss reduction programmes for towns in Sindh.",
        "",
        "yes",
    ),
    (
        "PK-050",
        "Faisalabad Water Loss Analytics",
        "费萨拉巴德水损分析",
        "Faisalabad",
        2019,
        20,
        "non revenue water analytics;night-flow analysis",
        "water;municipal",
        "Python;Power BI",
        "none",
        "English;Urdu",
        "Night-flow and water-loss analytics.",
        "",
        "no",
    ),
]

CN = [
    (
        "CN-001",
        "Sichuan Jinjiang Water Group Co., Ltd.",
        "四川锦江水务集团有限公司",
        "Chengdu",
        1998,
        4200,
        "municipal water supply;wastewater treatment;供水管网运维",
        "water;utilities",
        "SCADA;GIS;SAP",
        "ISO 9001;ISO 14001",
        "Mandarin;English",
        "Water supply and wastewater group in Sichuan.",
        "四川省供水与污水处理集团。",
    ),
    (
        "CN-002",
        "Xinjiang Tianshan Copper Mining Group",
        "新疆天山铜业集团",
        "Urumqi",
        2003,
        6800,
        "露天铜矿开采;选矿",
        "mining",
        "Dispatch systems;Datamine",
        "ISO 9001;ISO 45001",
        "Mandarin",
        "Open-pit copper miner in Xinjiang.",
        "新疆露天铜矿企业。",
    ),
    (
        "CN-003",
        "Yunnan Dianchi Water Affairs Information Centre",
        "滇池水务信息中心",
        "Kunming",
        2005,
        160,
        "water resources information systems;flood control command systems",
        "water;government",
        "GIS;Java",
        "",
        "Mandarin;English",
        "Information centre of a lake-basin water bureau.",
        "",
    ),
    (
        "CN-004",
        "Chongqing Yuxi Hydropower Engineering Co.",
        "重庆渝溪水电工程有限公司",
        "Chongqing",
        1995,
        3100,
        "hydropower construction;diversion tunnels;引水隧洞施工",
        "hydropower;construction",
        "BIM;Primavera",
        "ISO 9001;ISO 45001",
        "Mandarin;English",
        "Builds small and medium hydropower stations.",
        "中小型水电站建设单位。",
    ),
    (
        "CN-005",
        "Gansu Hexi Irrigation District Administration",
        "甘肃河西灌区管理局",
        "Lanzhou",
        2001,
        420,
        "灌区信息化;irrigation canal management",
        "water;agriculture;government",
        "SCADA;GIS",
        "none",
        "Mandarin",
        "Runs canals and gates of an irrigation district.",
        "负责灌区渠系与闸门管理。",
    ),
    (
        "CN-006",
        "Shaanxi Qinling Survey & Mapping Institute",
        "陕西秦岭测绘研究院",
        "Xi'an",
        1988,
        900,
        "aerial survey;surveying and mapping;遥感测绘",
        "surveying;geoscience",
        "Inpho;ArcGIS",
        "ISO 9001",
        "Mandarin;English",
        "Provincial survey and mapping institute.",
        "省级测绘研究院。",
    ),
    (
        "CN-007",
        "Inner Mongolia Caoyuan Coal Group",
        "内蒙古草原煤业集团",
        "Ordos",
        2000,
        12000,
        "open-pit coal mining;coal washing",
        "mining;coal",
        "SAP",
        "ISO 9001;ISO 45001",
        "Mandarin",
        "Large open-pit coal producer.",
        "",
    ),
    (
        "CN-008",
        "Guangxi Lijiang Environmental Monitoring Centre",
        "广西漓江环境监测中心",
        "Guilin",
        2007,
        210,
        "environmental monitoring;环境影响评价",
        "environment;government",
        "LIMS;GIS",
        "ISO 17025",
        "Mandarin;English",
        "Environmental monitoring centre that also prepares impact assessments.",
        "环境监测中心，承担环境影响评价。",
    ),
    (
        "CN-009",
        "Hunan Xiangjiang Pump & Meter Co.",
        "湖南湘江泵阀仪表有限公司",
        "Changsha",
        2004,
        1500,
        "smart water meters;pump manufacturing;NB-IoT meter terminals",
        "water;equipment manufacturing",
        "NB-IoT;C",
        "ISO 9001",
        "Mandarin;English",
        "Makes pumps and smart water meters.",
        "生产水泵与智能水表。",
    ),
    (
        "CN-010",
        "Zhejiang Qiantang Engineering Contractors Co.",
        "浙江钱塘工程承包有限公司",
        "Hangzhou",
        1992,
        5400,
        "EPC for water treatment plants;pipeline construction",
        "construction;infrastructure",
        "BIM;Primavera",
        "ISO 9001;ISO 14001;ISO 45001",
        "Mandarin;English",
        "EPC contractor for plants and pipelines.",
        "水厂与管线工程总承包。",
    ),
]


def _slug(name):
    words = [
        w for w in "".join(c if c.isalnum() else " " for c in name.lower()).split() if w not in ("pvt", "ltd", "co")
    ]
    return "".join(words[:2])


def directory_rows():
    rows = []
    for rec in PK:
        (cid, name, name_zh, city, founded, emp, svc, ind, tech, cert, langs, desc, desc_zh, pitched) = rec
        rows.append(
            dict(
                zip(
                    COLUMNS,
                    (
                        cid,
                        name,
                        name_zh,
                        "PK",
                        city,
                        str(founded),
                        str(emp),
                        svc,
                        ind,
                        tech,
                        cert,
                        langs,
                        desc,
                        desc_zh,
                        f"https://{_slug(name)}.example",
                        f"info@{_slug(name)}.example",
                        pitched,
                    ),
                    strict=True,
                )
            )
        )
    for rec in CN:
        (cid, name, name_zh, city, founded, emp, svc, ind, tech, cert, langs, desc, desc_zh) = rec
        rows.append(
            dict(
                zip(
                    COLUMNS,
                    (
                        cid,
                        name,
                        name_zh,
                        "CN",
                        city,
                        str(founded),
                        str(emp),
                        svc,
                        ind,
                        tech,
                        cert,
                        langs,
                        desc,
                        desc_zh,
                        f"https://{_slug(name)}.example",
                        f"bd@{_slug(name)}.example",
                        "no",
                    ),
                    strict=True,
                )
            )
        )
    return rows


def build_directory():
    rows = directory_rows()
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    (KB / "directory.csv").write_text(buf.getvalue(), encoding="utf-8")
    return rows


# ---------------------------------------------------------------- questions
OV, RULES, CORR, TARIFF = "strata-overview.md", "participation-rules.txt", "corrigendum-01.txt", "services-tariff.md"
OFFICES, FIELD, PDF, FAQ = "offices-support.html", "field-season-matrix.html", "grant-guide-2059.pdf", "grant-faq.md"
ZHCALL, ZHDOC = "zh-grant-call.txt", "zh-schedule-subsidy-refunds.docx"
URDOC, URMD, CHANGES = "ur-fee-instalments.docx", "ur-site-visit-fair.md", "changes-since-2057.md"

# (id, kind, question, sources, answers, note); directory items get expected_companies from the filters
Q = [
    # ---- en
    (
        "s23-en-01",
        "programme",
        "who actually organised that feb 2022 shanghai webinar the programme keeps mentioning?",
        [OV],
        [
            "Trade Development Authority",
            "TDAP",
            "Consulate General of Pakistan in Shanghai",
            "Shanghai Software Industry Association",
            "Software Business Union of Shanghai",
        ],
        "real fact, stated only in the overview",
    ),
    (
        "s23-en-02",
        "programme",
        "we are a 45-person billing shop in Multan, whats our participation fee for 2059?",
        [RULES, URDOC],
        ["90,000"],
        "band lookup with the asker's headcount: 45 -> Band B (21-100); fee table in en and ur",
    ),
    (
        "s23-en-03",
        "programme",
        "hi, i read the application deadline is 15 april 2059 at 5pm - is that still right??",
        [CORR],
        ["22 April 2059", "22 April"],
        "corrigendum changed clause 4.2: 15 April -> 22 April 2059, 17:00 PKT; the old date must not be accepted",
    ),
    (
        "s23-en-04",
        "programme",
        "we're a 3-person startup so we'd apply in a consortium with 2 other small firms. is there any extra charge on top of the normal fee?",
        [RULES],
        ["7,500"],
        "exception 2(b) and the table footnote: PKR 7,500 per member firm, stated only in the footnote",
    ),
    (
        "s23-en-05",
        "programme",
        "how much per hour is a senior analyst on the night shift at your technical desk? for lidar classification",
        [TARIFF],
        ["48"],
        "grade x shift lookup: G3 night = USD 48/hour",
    ),
    (
        "s23-en-06",
        "programme",
        "we have about 200 km2 of point cloud to classify, what turnaround can the desk do",
        [TARIFF],
        ["7 working days"],
        "volume band boundary: 200 km2 is in 51-200 -> 7 working days",
    ),
    (
        "s23-en-07",
        "programme",
        "whats the max voucher we can claim for integrating dam instrumentation sensors, and how much is co-funded?",
        [PDF],
        ["22,000"],
        "answer sits on page 2 of the PDF, in Table 2 (continued): C19 = 50%, USD 22,000",
    ),
    (
        "s23-en-08",
        "programme",
        "our office is in gwadar. which strata stream office do we deal with?",
        [OFFICES],
        ["Quetta"],
        "city without an office; served-by list on the HTML page",
    ),
    (
        "s23-en-09",
        "programme",
        "in the 2057 pilot the pavilion at the fair was in hall 3. same hall this year?",
        [CHANGES, OV, URMD, ZHDOC],
        ["Hall 7", "7号馆", "ہال 7"],
        "2057 vs 2059: must answer Hall 7, not the pilot's Hall 3; stated in en, zh and ur",
    ),
    (
        "s23-en-10",
        "directory",
        "hi, we need someone in lahore who can process drone or lidar survey data for a copper mine. who's there?",
        [],
        [],
        "service + city; LiDAR/UAV/drone/photogrammetry wordings",
    ),
    (
        "s23-en-11",
        "directory",
        "looking for a small groundwater modelling team, under 50 people. any in the directory?",
        [],
        [],
        "service + size (employees < 50); groundwater or aquifer wordings",
    ),
    (
        "s23-en-12",
        "directory",
        "we are a water utility in urumqi looking for a karachi based partner for water billing or AMR/AMI metering software, which firms?",
        [],
        [],
        "service + city; billing, metering, AMR/AMI and smart-meter wordings",
    ),
    (
        "s23-en-13",
        "directory",
        "which of the chinese companies in your directory are in the water sector?",
        [],
        [],
        "which Chinese firms take part: CN rows whose industries include water",
    ),
    (
        "s23-en-14",
        "directory",
        "any geotechnical or slope monitoring firm thats been around since before 2010?",
        [],
        [],
        "service + founded before 2010; slope/geotech wordings",
    ),
    (
        "s23-en-15",
        "directory",
        "which firms that pitched at the 2022 shanghai webinar do water utility stuff like billing, metering or NRW / leak detection?",
        [],
        [],
        "pitched at the 2022 webinar + water-utility services",
    ),
    (
        "s23-en-16",
        "unanswerable",
        "whats the weather like in chengdu in early november? should i pack a jacket for the expo",
        [],
        [],
        "off-topic: weather, using the programme's trade fair",
    ),
    (
        "s23-en-17",
        "unanswerable",
        "can you give me the names of the 16 firms pitching at the 2059 launch webinar?",
        [],
        ["info@strata2059.example"],
        "near miss: the documents say the list is e-mailed to registered buyers only; pitched_at_webinar is the 2022 webinar",
    ),
    (
        "s23-en-18",
        "unanswerable",
        "what does your technical desk charge per hour for borehole geophysical logging?",
        [],
        ["desk@strata2059.example"],
        "near miss: a service the tariff catalogue does not list",
    ),
    (
        "s23-en-19",
        "unanswerable",
        "can anyone recommend a phone repair place in lahore? my screen cracked during the site survey lol",
        [],
        [],
        "off-topic: phone repair",
    ),
    (
        "s23-en-20",
        "unanswerable",
        "what are the opening hours of the strata stream office in bahawalpur?",
        [],
        ["Lahore", "Islamabad"],
        "near miss: an office in a city the documents never mention",
    ),
    # ---- zh
    (
        "s23-zh-01",
        "programme",
        "请问中方配套资助这期总共多少钱",
        [ZHCALL],
        ["1.2亿", "120,000,000"],
        "amount in 亿 and digits, Chinese call only",
    ),
    (
        "s23-zh-02",
        "programme",
        "我们是新疆的水务公司 服务大概60万户 最多能拿多少补助啊",
        [ZHCALL],
        ["57.5万", "575,000"],
        "computed: 20万-100万户 band cap 50万元 x 1.15 Xinjiang uplift = 57.5万元",
    ),
    (
        "s23-zh-03",
        "programme",
        "我们是县水务局，也是按合同金额的比例算资助吗？",
        [ZHCALL],
        ["10万元", "100,000"],
        "exception for one kind of buyer: county water bureau gets a fixed 10万元, no uplift",
    ),
    (
        "s23-zh-04",
        "programme",
        "我们试点装了180台监测终端，设备补贴能有多少",
        [ZHDOC],
        ["450", "81,000", "8.1万"],
        "computed: 180 devices in 51-200 band -> 450元 each = 81,000元",
    ),
    (
        "s23-zh-05",
        "programme",
        "白云峡那个实地考察，离出发还有20天我想取消，能退多少钱",
        [ZHDOC],
        ["70%"],
        "refund by days before the event: 20 days -> 15-29 band -> 70%",
    ),
    (
        "s23-zh-06",
        "programme",
        "签证被拒了 考察费能全额退吗",
        [ZHDOC],
        ["500元", "500"],
        "exception in the refund table: visa refusal -> full refund minus 500元",
    ),
    (
        "s23-zh-07",
        "programme",
        "巴基斯坦那边汛期停工是哪几天？",
        [ZHDOC, RULES, FIELD, OV],
        ["7月1日", "9月15日", "1 July", "15 September"],
        "blackout window stated in zh and en",
    ),
    (
        "s23-zh-08",
        "programme",
        "我们巴方合作伙伴有300人，参与费可以分几期付？每期多少",
        [URDOC],
        ["50,000", "1,50,000"],
        "instalments stated only in the Urdu docx; 300 employees -> Band C, 3 x 50,000",
    ),
    (
        "s23-zh-09",
        "programme",
        "巴方这边2059年项目总预算是多少",
        [URDOC],
        ["420,000,000", "42 کروڑ", "4.2亿"],
        "Urdu-only fact asked in Chinese; 4.2亿 computed from 42 کروڑ",
    ),
    (
        "s23-zh-10",
        "directory",
        "有没有做供水管网漏损控制、产销差分析的公司？",
        [],
        [],
        "Chinese need (漏损/产销差) that the directory writes as NRW, non-revenue water, leak detection",
    ),
    (
        "s23-zh-11",
        "directory",
        "我们是铜矿化验室，想找巴基斯坦做实验室信息管理系统的公司",
        [],
        [],
        "LIMS asked spelled out in Chinese; directory has LIMS and laboratory/lab information wordings",
    ),
    (
        "s23-zh-12",
        "directory",
        "伊斯兰堡有哪些做洪水预警的公司 发我一下",
        [],
        [],
        "service + city, flood early warning",
    ),
    (
        "s23-zh-13",
        "directory",
        "2022年上海那场推介会上讲过的公司里，哪些做地理信息系统？",
        [],
        [],
        "pitched at the 2022 webinar + GIS (abbreviation and spelled-out forms)",
    ),
    (
        "s23-zh-14",
        "directory",
        "露天矿卡车调度系统 有巴方公司做吗",
        [],
        [],
        "Chinese need (调度) written in English as fleet dispatch / fleet management",
    ),
    ("s23-zh-15", "unanswerable", "成都有什么好吃的火锅店推荐吗 展会那几天想去吃", [], [], "off-topic: restaurants"),
    (
        "s23-zh-16",
        "unanswerable",
        "2057年试点的时候参与费退款是怎么规定的？",
        [],
        ["rules@strata2059.example"],
        "near miss: a 2057 figure the documents do not give",
    ),
    ("s23-zh-17", "unanswerable", "去巴基斯坦旅游签证怎么办 需要多久", [], [], "off-topic: tourist visa"),
    (
        "s23-zh-18",
        "unanswerable",
        "展会期间有没有晚宴或者颁奖典礼？",
        [],
        ["events@strata2059.example"],
        "near miss: an event the documents never mention",
    ),
    # ---- ur
    (
        "s23-ur-01",
        "programme",
        "اسلام آباد دفتر کے اوقات کار کیا ہیں؟ کیا ہفتے کو کھلا ہوتا ہے؟",
        [OFFICES],
        ["09:00–17:00", "Mon–Fri"],
        "English-only fact asked in Urdu; Islamabad Mon-Fri 09:00-17:00, closed Saturday",
    ),
    (
        "s23-ur-02",
        "programme",
        "ہماری کمپنی میں 120 ملازمین ہیں، فیس کتنی ہوگی اور کتنی قسطوں میں؟",
        [URDOC, RULES],
        ["1,50,000", "150,000"],
        "band lookup: 120 -> Band C; lakh and digit forms; 3 instalments",
    ),
    (
        "s23-ur-03",
        "programme",
        "بائی یون ڈیم والے سائٹ وزٹ کی فی شخص فیس کتنی ہے؟ ہوائی ٹکٹ شامل ہے؟",
        [URMD],
        ["185,000", "1,85,000"],
        "Urdu-only fee; airfare not included",
    ),
    (
        "s23-ur-04",
        "programme",
        "ہم 2057 کے پائلٹ میں تھے اور اس بار تین لوگ میلے میں بھیج رہے ہیں، کتنی رعایت ملے گی؟",
        [URMD],
        ["12%"],
        "discount rule: not combined, the larger (12% group) applies over 10% alumni",
    ),
    (
        "s23-ur-05",
        "programme",
        "کامیابی فیس (success fee) کی زیادہ سے زیادہ حد فی معاہدہ کتنی ہے؟",
        [CORR],
        ["5,000"],
        "corrigendum changed clause 6.2 cap: USD 6,000 -> USD 5,000; the old value must not be accepted",
    ),
    (
        "s23-ur-06",
        "programme",
        "ہمارا خریدار صوبہ یونان میں ہے، چین میں کون سا دفتر معاملات دیکھے گا؟",
        [OFFICES],
        ["Kunming", "昆明"],
        "province -> China office table",
    ),
    (
        "s23-ur-07",
        "programme",
        "چنگدو میلے میں اسٹینڈرڈ بوتھ کی فیس کتنی ہے؟",
        [URMD],
        ["320,000", "3,20,000"],
        "Urdu-only booth fee",
    ),
    (
        "s23-ur-08",
        "directory",
        "کراچی میں پمپنگ اسٹیشنوں کے لیے SCADA یا ٹیلی میٹری کا کام کون سی کمپنیاں کرتی ہیں؟",
        [],
        [],
        "service + city: SCADA/telemetry in Karachi",
    ),
    (
        "s23-ur-09",
        "directory",
        "ڈیم سیفٹی کی نگرانی اور انسٹرومنٹیشن والی کمپنیاں بتائیں",
        [],
        [],
        "dam safety / instrumentation / monitoring wordings, incl. tailings dam monitoring",
    ),
    (
        "s23-ur-10",
        "directory",
        "ماحولیاتی اثرات کے جائزے (EIA) کی رپورٹیں بنانے والی کمپنیاں کون سی ہیں؟",
        [],
        [],
        "acronym and spelled-out forms, a typo (assesment) and a Chinese service (环境影响评价)",
    ),
    ("s23-ur-11", "unanswerable", "کل پاکستان اور آسٹریلیا کا کرکٹ میچ کس نے جیتا؟", [], [], "off-topic: cricket"),
    (
        "s23-ur-12",
        "unanswerable",
        "پشاور میں پروگرام کی ٹریننگ ورکشاپ کب ہوگی؟",
        [],
        ["islamabad@strata2059.example"],
        "near miss: an event the documents never mention, in a city without an office",
    ),
    (
        "s23-ur-13",
        "unanswerable",
        "میرا موبائل فون پانی میں گر گیا ہے، اب کیا کروں؟",
        [],
        [],
        "off-topic: phone repair",
    ),
    (
        "s23-ur-14",
        "unanswerable",
        "ٹیکنیکل ڈیسک پر سیسمک ڈیٹا پروسیسنگ کا فی گھنٹہ ریٹ کیا ہے؟",
        [],
        ["desk@strata2059.example"],
        "near miss: a rate for a service the catalogue lacks",
    ),
    # ---- ur-Latn
    (
        "s23-ul-01",
        "programme",
        "launch webinar kab hai 2059 wala aur us mein kitni firms pitch karengi?",
        [OV, ZHDOC],
        ["18 February 2059", "2月18日", "16 firms"],
        "2059 launch webinar, a different event from the 2022 webinar",
    ),
    (
        "s23-ul-02",
        "programme",
        "hamari company university spin off hai, incubator mein hai, sirf 1 saal purani hai. kya hum apply kar sakte hain?",
        [RULES],
        ["12 months"],
        "exception (a) to criterion 2.2",
    ),
    (
        "s23-ul-03",
        "programme",
        "agar weekend pe portal down ho jaye (S1) to support kitni der mein jawab dega?",
        [OFFICES],
        ["6 hours"],
        "SLA severity x time window",
    ),
    (
        "s23-ul-04",
        "programme",
        "August mein Pakistan mein dam site pe field work ho sakta hai? allowance milega?",
        [FIELD, OV, RULES],
        ["no field work"],
        "merged cell: Monsoon blackout band (rowspan) -> no field work",
    ),
    (
        "s23-ul-05",
        "programme",
        "October mein China ke dam site pe daily allowance kitna hai per person?",
        [FIELD],
        ["155"],
        "merged cells: Post-monsoon band (rowspan) and the China sub-column under the colspan header",
    ),
    (
        "s23-ul-06",
        "programme",
        "hamara contract exactly 250,000 dollar ka hai, success fee kitne percent lagegi?",
        [RULES],
        ["1.5%"],
        "contract-value band boundary: 250,000 is in 50,001-250,000 -> 1.5%",
    ),
    (
        "s23-ul-07",
        "programme",
        "interim report kab tak jama karwani hai?",
        [RULES, OV, ZHDOC],
        ["15 December 2059", "12月15日"],
        "reporting deadline in en and zh",
    ),
    (
        "s23-ul-08",
        "directory",
        "mine planning ya scheduling software banane wali companies batao, lekin Quetta wali nahi",
        [],
        [],
        "service, not in city Quetta",
    ),
    (
        "s23-ul-09",
        "directory",
        "seismic data processing karne wali bari firms chahiye, 100 se zyada employees hon",
        [],
        [],
        "service + size (employees > 100)",
    ),
    (
        "s23-ul-10",
        "directory",
        "koi company hai jo irrigation scheduling aur hydrological modelling dono karti ho?",
        [],
        [],
        "two services in one company",
    ),
    (
        "s23-ul-11",
        "directory",
        "digital twin banane wali companies Islamabad ya Peshawar mein kaun si hain?",
        [],
        [],
        "service + two cities",
    ),
    (
        "s23-ul-12",
        "unanswerable",
        "bhai aaj Islamabad mein barish hogi? mausam kaisa hai",
        [],
        [],
        "off-topic: weather",
    ),
    (
        "s23-ul-13",
        "unanswerable",
        "2057 pilot mein Band A ki fee kitni thi?",
        [],
        ["rules@strata2059.example"],
        "near miss: the changes page gives only the 2057 Band C fee",
    ),
    (
        "s23-ul-14",
        "unanswerable",
        "Gilgit se Skardu ghoomne jana hai, jeep kiraye pe kahan se milegi?",
        [],
        [],
        "off-topic: tourism, using programme cities",
    ),
    # ---- mixed
    (
        "s23-mx-01",
        "programme",
        "trade fair kis hall mein hai? 展会是几号馆，几号开始?",
        [OV, ZHDOC, URMD, CHANGES],
        ["Hall 7", "7号馆", "ہال 7", "11月3日"],
        "fair hall and dates in en, zh, ur",
    ),
    (
        "s23-mx-02",
        "programme",
        "voucher kitni tranches mein milta hai? 分几次付款?",
        [FAQ],
        ["60%", "two tranches"],
        "a fact stated by the Q&A page itself",
    ),
    (
        "s23-mx-03",
        "programme",
        "hamara contract USD 120,000 ka hai, 代金券比例是多少, max kitna milega?",
        [PDF, ZHCALL],
        ["30%", "45,000", "36,000"],
        "band lookup in Table 1 (en PDF and zh call); computed: 120,000 x 30% = 36,000",
    ),
    (
        "s23-mx-04",
        "programme",
        "LIMS validation for assay labs ka ceiling kya hai? 化验室LIMS验证 补贴上限多少",
        [PDF],
        ["9,500"],
        "answer on page 3 of the PDF, Table 2 (continued): C24 USD 9,500",
    ),
    (
        "s23-mx-05",
        "programme",
        "Multan mein aap ka office hai? نہیں تو کون سا دفتر handle karega",
        [OFFICES],
        ["Lahore"],
        "city without an office -> served by Lahore",
    ),
    (
        "s23-mx-06",
        "programme",
        "2057 pilot mein kitne contracts sign hue the? 试点合同总金额多少?",
        [CHANGES, OV],
        ["31", "4.2 million"],
        "2057 pilot figures",
    ),
    (
        "s23-mx-07",
        "directory",
        "Multan ya Faisalabad mein koi geographic information systems wali company? 我们在旁遮普有项目",
        [],
        [],
        "acronym spelled out (GIS) + two cities",
    ),
    (
        "s23-mx-08",
        "directory",
        "ESG reporting wali firms chahiyen jo ISO 14001 certified nahi hain, 没有14001认证也可以",
        [],
        [],
        "without certification X: rows with certifications none or without ISO 14001; empty (unknown) cells excluded",
    ),
    (
        "s23-mx-09",
        "directory",
        "AMR/AMI ya advanced metering wali companies jin ke paas ISO 27001 ho — 我们对数据安全要求高",
        [],
        [],
        "acronym and spelled-out metering + certification",
    ),
    (
        "s23-mx-10",
        "directory",
        "satellite remote sensing wali nayi companies chahiyen, 2015 ke baad bani hon, 做遥感的",
        [],
        [],
        "service + founded after 2015",
    ),
    (
        "s23-mx-11",
        "unanswerable",
        "Strata Stream hackathon 2059 kab hai? 黑客松 registration kaise karein",
        [],
        ["info@strata2059.example"],
        "near miss: an event the documents never mention",
    ),
    (
        "s23-mx-12",
        "unanswerable",
        "mujhe Chinese seekhni hai, koi acha HSK course batao? 推荐一下",
        [],
        [],
        "off-topic: language course",
    ),
    (
        "s23-mx-13",
        "unanswerable",
        "trade fair pe booth ke liye bijli ka connection extra kitne ka hai? 展位电费多少",
        [],
        ["events@strata2059.example"],
        "near miss: a fair cost the documents do not give",
    ),
    (
        "s23-mx-14",
        "unanswerable",
        "Lahore mein dost ki shaadi hai, koi acha wedding photographer batao? 谢谢",
        [],
        [],
        "off-topic: wedding photographer",
    ),
]

LANGS = {"en": "en", "zh": "zh", "ur": "ur", "ul": "ur-Latn", "mx": "mixed"}


def build_questions(rows):
    names = {r["id"]: r["name"] for r in rows}
    lines = []
    for qid, kind, question, sources, answers, note in Q:
        if kind == "unanswerable" and not note.startswith(("off-topic:", "near miss:")):
            raise ValueError(qid)
        companies = filter_ids(rows, QUESTION_FILTERS[qid]) if kind == "directory" else []
        if kind == "directory":
            answers = [names[c] for c in companies]
        item = {
            "id": qid,
            "lang": LANGS[qid.split("-")[1]],
            "kind": kind,
            "question": question,
            "expected_sources": sources,
            "expected_companies": companies,
            "answer_must_contain_any": answers,
            "note": note,
        }
        lines.append(json.dumps(item, ensure_ascii=False))
    (HERE / "questions-23.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    PROGRAMME.mkdir(parents=True, exist_ok=True)
    build_pdf()
    build_zh_docx()
    build_ur_docx()
    rows = build_directory()
    build_questions(rows)
    print("built sample 23")


if __name__ == "__main__":
    main()
