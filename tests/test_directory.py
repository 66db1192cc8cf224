"""The company directory: parsing CSV/XLSX row by row, and reading filters out of questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.directory import Company, read_directory
from knowledge.directory_query import DirectoryVocabulary, apply_request, asked_part, parse_filters
from knowledge.llm import DirectoryRequest
from knowledge.loaders import LoadError
from tests.conftest import SAMPLE_KB
from tests.files import company_row, write_directory_csv, write_directory_xlsx

COMPANIES = read_directory(SAMPLE_KB / "directory.csv").companies
VOCAB = DirectoryVocabulary(COMPANIES)


def _written(folder: Path, rows: list[dict[str, str]]) -> list[Company]:
    """The companies of a directory written from these rows."""
    return read_directory(write_directory_csv(folder / "directory.csv", rows)).companies


def matching(question: str) -> set[str]:
    filters, wants = parse_filters(question, VOCAB)
    assert wants, f"not read as a directory question: {question}"
    return {c.id for c in COMPANIES if filters.matches(c)}


def test_sample_directory_reads_every_row() -> None:
    result = read_directory(SAMPLE_KB / "directory.csv")
    assert len(result.companies) == 60
    assert not result.errors
    pk005 = next(c for c in result.companies if c.id == "PK-005")
    assert pk005.name_zh == "米纳尔云系统"
    assert pk005.employees == 640
    assert "Mandarin" in pk005.languages
    assert pk005.pitched_at_webinar is True


def test_bad_rows_are_reported_by_row_and_the_rest_read(tmp_path: Path) -> None:
    rows = [
        company_row(id="PK-901", name="Good One", country="PK", city="Lahore", employees="40"),
        company_row(id="PK-902", name="", country="PK", city="Lahore"),
        company_row(id="PK-903", name="Bad Size", country="PK", city="Lahore", employees="many"),
        company_row(id="PK-904", name="Bad Pitch", country="PK", city="Lahore", pitched_at_webinar="maybe"),
        company_row(id="PK-901", name="Duplicate", country="PK", city="Karachi"),
        company_row(id="PK-905", name="Good Two", country="pk", city="Multan", certifications="none"),
    ]
    result = read_directory(write_directory_csv(tmp_path / "dir.csv", rows))
    assert [c.id for c in result.companies] == ["PK-901", "PK-905"]
    assert result.companies[1].country == "PK"
    assert result.companies[1].certifications == ("none",)
    reasons = {e.row: e.reason for e in result.errors}
    assert reasons[3] == "missing name"
    assert "employees is not a number" in reasons[4]
    assert "pitched_at_webinar" in reasons[5]
    assert "duplicate id PK-901" in reasons[6]


def test_a_row_with_too_many_cells_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "dir.csv"
    header = ",".join(["id", "name", "country", "city"])
    path.write_text(f"{header}\nPK-1,A,PK,Lahore\nPK-2,B,PK,Lahore,extra,cells\n", encoding="utf-8")
    result = read_directory(path)
    assert [c.id for c in result.companies] == ["PK-1"]
    assert result.errors[0].row == 3


def test_malformed_csv_quoting_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "dir.csv"
    path.write_text('id,name,country,city\nPK-1,"unterminated,PK,Lahore\n', encoding="utf-8")
    with pytest.raises(LoadError, match="malformed CSV"):
        read_directory(path)


def test_a_csv_without_the_directory_columns_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("date,amount\n2027-01-01,5\n", encoding="utf-8")
    with pytest.raises(LoadError, match="not a company directory"):
        read_directory(path)


def test_xlsx_directory_with_the_same_columns(tmp_path: Path) -> None:
    rows = [
        company_row(id="PK-950", name="Sheet Labs", country="PK", city="Quetta", employees="75", services="AI/ML"),
        company_row(id="PK-951", name="", country="PK", city="Quetta"),
    ]
    result = read_directory(write_directory_xlsx(tmp_path / "dir.xlsx", rows))
    assert [c.id for c in result.companies] == ["PK-950"]
    assert result.companies[0].employees == 75
    assert result.errors[0].row == 3


def test_broken_xlsx_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "dir.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(LoadError, match=r"broken \.xlsx"):
        read_directory(path)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # city + service + certification, English
        ("Which Karachi firms do cybersecurity and hold ISO 9001?", {"PK-012"}),
        # Chinese: city + industry
        ("卡拉奇有哪些做金融科技的公司？", {"PK-017", "PK-019", "PK-021"}),
        # Urdu: city + service
        ("لاہور میں کون سی کمپنیاں گیم بناتی ہیں؟", {"PK-007"}),
        # Roman Urdu: service synonym + city
        ("islamabad mein app banane wali companies konsi hain", {"PK-023", "PK-030"}),
        # head-count thresholds both ways, in Chinese
        ("员工1000人以上的巴基斯坦公司", {"PK-013", "PK-020"}),
        ("Pakistani companies with fewer than 10 employees", {"PK-034", "PK-041"}),
        # technology read from the directory's own values, case-insensitively
        ("Which companies use Godot?", {"PK-041"}),
        # language is not the country: Chinese firms whose staff speak Urdu
        ("Chinese companies with Urdu-speaking staff", {"CN-004"}),
        # CMMI level 5 excludes level 3
        ("CMMI Level 5 cloud providers in Pakistan", {"PK-026"}),
        # Mandarin speakers, in Urdu
        ("چینی بولنے والے عملے کی حامل ملتان کی کمپنیاں", set()),
        # CMMI level "or above", in Urdu
        ("کون سی کمپنیاں CMMI لیول 3 یا اس سے زیادہ ہیں اور کراچی میں ہیں؟", {"PK-016", "PK-021"}),
        # a head-count range
        ("Which companies have between 100 and 200 employees in Islamabad?", {"PK-023", "PK-030"}),
        # head counts written as words, in every language
        ("Pakistani companies with more than one thousand employees", {"PK-013", "PK-020"}),
        ("一千人以上的巴基斯坦公司", {"PK-013", "PK-020"}),
        ("ایک ہزار سے زیادہ ملازمین والی پاکستانی کمپنیاں کون سی ہیں؟", {"PK-013", "PK-020"}),
        ("ek hazar se zyada employees wali Pakistani companies konsi hain?", {"PK-013", "PK-020"}),
        # no word for "company", but two checkable needs and a request for a list
        ("Are there any ISO 27001 certified BPOs?", {"CN-009", "PK-013", "PK-020", "PK-038"}),
    ],
)
def test_filters_read_from_questions(question: str, expected: set[str]) -> None:
    assert matching(question) == expected


@pytest.mark.parametrize("negated", ["don't hold", "dont hold", "do not hold", "doesn’t have"])
def test_a_contracted_not_negates_what_follows(negated: str) -> None:
    holding = matching("Which companies do cybersecurity and hold ISO 9001?")
    lacking = matching(f"Which companies do cybersecurity but {negated} ISO 9001?")
    assert holding and lacking and not holding & lacking
    assert holding | lacking == matching("Which companies do cybersecurity?")


@pytest.mark.parametrize(
    ("question", "employees"),
    [
        ("ایک ہزار یا اس سے زیادہ ملازمین والی پاکستانی کمپنیاں کون سی ہیں؟", [(">=", 1000)]),
        ("ek hazar ya us se zyada employees wali Pakistani companies konsi hain?", [(">=", 1000)]),
        ("ملازمین کی تعداد 50 سے کم ہو ایسی کمپنیاں", [("<", 50)]),
        # "more than eight" of anything but staff is no head count: meetings, here
        ("اگر چینی خریدار آٹھ سے زیادہ ملاقاتیں چاہے تو ہر اضافی ملاقات کی کیا فیس ہے؟", []),
        ("agar chinese buyer 8 se zyada meetings chahe to har extra meeting ki fee kya hai?", []),
    ],
)
def test_an_urdu_head_count_needs_a_word_for_staff(question: str, employees: list[tuple[str, int]]) -> None:
    assert parse_filters(question, VOCAB)[0].employees == employees


def test_the_country_the_asker_is_in_is_asked_for_only_as_local_firms() -> None:
    theirs, _ = parse_filters("Which companies do cybersecurity? We're a bank in China.", VOCAB)
    assert theirs.countries == set()
    local, _ = parse_filters("We're a bank in China. Any local companies doing cybersecurity?", VOCAB)
    assert local.countries == {"CN"}
    assert parse_filters("我们是在巴基斯坦有工厂的银行，想找当地做网络安全的公司", VOCAB)[0].countries == {"PK"}


@pytest.mark.parametrize(
    "question",
    [
        "kaun si chinese companies hissa le rahi hain?",
        "kon se Karachi wale vendors ISO 27001 certified hain?",
        "konsa software house AI karta hai?",
        "kaunsi companies Lahore mein hain?",
    ],
)
def test_roman_urdu_which_asks_for_a_list_however_it_is_spelt(question: str) -> None:
    filters, wants = parse_filters(question, VOCAB)
    assert wants and filters.strongly_asked, question


@pytest.mark.parametrize(
    "question",
    [
        "How do Pakistani companies register?",
        "Can Chinese companies outside Shanghai take part?",
        "中方企业需要付费吗？",
        "What is the time difference between Karachi and Shanghai?",
        "How many companies pitched at the February 2022 webinar?",
        "Which events are about AI and cloud?",
        # someone asked to recommend a place, not a firm
        "can anyone recommend a phone repair place in Lahore? my screen cracked",
    ],
)
def test_programme_questions_are_not_directory_searches(question: str) -> None:
    _, wants = parse_filters(question, VOCAB)
    assert not wants


@pytest.mark.parametrize(
    "question",
    [
        "Lahore ya Rawalpindi side pe koi company hai directory mein?",
        "目录里有拉合尔的公司吗？",
        "ڈائریکٹری میں لاہور کی کوئی کمپنی ہے؟",
        "can anyone recommend firms in Lahore?",
    ],
)
def test_asking_the_directory_by_name_for_a_place_is_a_directory_search(question: str) -> None:
    """A city alone is no condition worth a search, unless the asker says to look in the directory."""
    companies = matching(question)
    assert companies and all(c.city in {"Lahore", "Rawalpindi"} for c in COMPANIES if c.id in companies)


def test_asking_the_directory_by_name_for_a_country_is_a_directory_search() -> None:
    """A country is the one condition when the directory is named and no word for companies is used."""
    companies = matching("any chinese makers in the directory?")
    assert companies and all(c.country == "CN" for c in COMPANIES if c.id in companies)


@pytest.mark.parametrize("question", ["How do we get our company listed in the directory?", "目录多久更新一次？"])
def test_a_question_about_the_directory_itself_is_not_a_search(question: str) -> None:
    _, wants = parse_filters(question, VOCAB)
    assert not wants


def test_company_named_in_a_question_is_looked_up() -> None:
    filters, wants = parse_filters("Ravi Riverbyte contact?", VOCAB)
    assert wants
    assert filters.names == {"PK-001"}
    filters, wants = parse_filters("丝路人才科技的联系方式", VOCAB)
    assert wants
    assert filters.names == {"PK-030"}


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Which Pakistani companies do drone surveys?", "drone surveys"),
        ("哪些巴基斯坦公司做无人机航测？", "无人机航测"),
        ("کون سی کمپنیاں ڈرون سروے کرتی ہیں؟", "ڈرون سروے"),
        ("koi pakistani company hai jo satellite imagery analysis karti ho?", "satellite imagery analysis"),
        ("Which Pakistani companies do quantum computing?", "quantum computing"),
    ],
)
def test_a_field_term_no_row_holds_is_a_condition_no_company_meets(question: str, named: str) -> None:
    """The sample directory has no drone or remote-sensing company: the request is not the country's whole
    list with its subject silently dropped, and the reply says what no row holds."""
    filters, wants = parse_filters(question, VOCAB)
    assert wants
    assert filters.unheld == [named]
    assert not any(filters.matches(c) for c in COMPANIES)
    assert f"{named} → no company in the directory lists it" in filters.describe()


def test_a_field_term_no_row_holds_beside_one_it_holds_is_said_not_required() -> None:
    """ "Drone surveys or mobile apps" is met by the mobile app companies; the drone surveys are said."""
    filters, wants = parse_filters("Which Lahore companies do drone surveys or mobile app development?", VOCAB)
    assert wants and filters.unheld == ["drone surveys"]
    assert any(filters.matches(c) for c in COMPANIES)
    assert "drone surveys → no company in the directory lists it" in filters.describe()


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Which investment firms in Karachi take part?", "investment firms"),
        ("卡拉奇有哪些投资机构参加？", "投资机构"),
        ("کراچی کی سرمایہ کار کمپنیاں کون سی ہیں؟", "سرمایہ کار"),
    ],
)
def test_a_kind_of_organisation_no_row_describes_is_no_firm_of_another_kind(question: str, named: str) -> None:
    """The sample directory lists IT firms: investors asked for are not its Karachi firms with the investing
    silently dropped. A kind of company a row names, or the asker's own word for firms, is none."""
    filters, _ = parse_filters(question, VOCAB)
    assert filters.organisations == [named] and filters.unheld == [named]
    assert not any(filters.matches(c) for c in COMPANIES)
    for plain in ("Which Karachi companies do mobile apps?", "Which Pakistani vendors hold ISO 27001?"):
        assert parse_filters(plain, VOCAB)[0].organisations == []


@pytest.mark.parametrize(
    "question",
    [
        "We run a drone survey business in Multan. Which Lahore companies do mobile apps?",
        "Our drone surveys need a mobile app: which Lahore companies build mobile apps?",
    ],
)
def test_the_askers_own_business_is_no_condition(question: str) -> None:
    filters, _ = parse_filters(question, VOCAB)
    assert filters.unheld == []


def test_an_llm_reading_the_same_unheld_term_says_it_once() -> None:
    filters, wants = parse_filters("哪些巴基斯坦公司做无人机航测？", VOCAB)
    request = DirectoryRequest(wants_companies=True, values=["无人机航测", "quantum sensing"], country="PK")
    filters, wants = apply_request(filters, wants, request, VOCAB)
    assert filters.unheld == ["无人机航测"] and filters.unknown == ["quantum sensing"]
    assert filters.describe().count("无人机航测") == 1
    assert not any(filters.matches(c) for c in COMPANIES)


def _free_form_directory(tmp_path: Path) -> tuple[list, DirectoryVocabulary]:
    """Cells as different staff type them: one concept written several ways, words ("integration") that many
    values share."""
    rows = [
        ("PK-101", "Karachi", "300", "24/7 NOC support;helpdesk", "telecom", "Zabbix"),
        ("PK-102", "Lahore", "140", "NOC 24x7;cloud ops", "telecom", "Grafana"),
        ("CN-101", "Beijing", "210", "cloud NOC;AIOps;payment integration", "data centres", "Kubernetes"),
        ("PK-103", "Lahore", "240", "MDM integration;smart-meter analytics", "power distribution", "Kafka"),
        ("PK-104", "Islamabad", "650", "meter data management;prepaid metering", "power distribution", "Oracle"),
        ("CN-102", "Chengdu", "45", "mdm (meter data management);AMI analytics", "power distribution", "Python"),
        ("PK-105", "Hyderabad", "38", "wind farm monitoring;scada dashboards", "wind", "OPC UA"),
        ("CN-103", "Urumqi", "350", "wind farm SCADA;wind power forecasting", "wind", "IEC 61850"),
        ("PK-106", "Bahawalpur", "90", "solar plant SCADA;inverter analytics", "solar", "Modbus"),
        ("PK-107", "Karachi", "180", "coal plant DCS dashboards;SCADA integration", "power generation", "AVEVA PI"),
        ("PK-108", "Karachi", "50", "GIS mapping;ERP integration", "water utilities", "ArcGIS"),
        ("CN-104", "Xi'an", "2800", "EPC contracting (solar, hydro);plant O&M", "EPC;power generation", "IEC 61850"),
        ("PK-109", "Rawalpindi", "410", "SCADA dashboards;hydro plant monitoring", "hydropower;EPC", "IEC 61850"),
        ("PK-110", "Sialkot", "25", "precast design;steel detailing", "precast", "Tekla"),
        ("CN-106", "Hangzhou", "120", "precast manufacturing;PC 深化设计", "residential", "Allplan"),
        ("CN-107", "Chengdu", "70", "无人机测绘;land surveying", "roads", "DJI Terra"),
        ("PK-111", "Quetta", "60", "UAV mapping;topographic survey", "mining", "Pix4D"),
        ("PK-112", "Gwadar", "30", "well logging;borehole geophysics", "mining companies", "Techlog"),
        ("PK-113", "Quetta", "80", "mine planning software;haul road design", "mining", "Deswik"),
        ("PK-114", "Multan", "18", "mine scheduling (short-term);production reporting", "mining", "Python"),
        ("PK-115", "Multan", "42", "irrigation scheduling;hydrology modelling for canals", "agriculture", "HEC-RAS"),
        ("PK-116", "Lahore", "60", "hydrological modelling;flood mapping", "water", "MIKE"),
    ]
    written = [
        company_row(
            id=i,
            name=f"Company {i}",
            country=i[:2],
            city=city,
            founded="2010",
            employees=staff,
            services=services,
            industries=industries,
            technologies=technologies,
            certifications="none",
            languages="English",
        )
        for i, city, staff, services, industries, technologies in rows
    ]
    written.append(
        company_row(
            id="CN-105",
            name="Zhujiang Meter Technology Co., Ltd.",
            name_zh="珠江计量科技股份有限公司",
            country="CN",
            city="Shenzhen",
            founded="2004",
            employees="4500",
            services="smart meter manufacturing",
            industries="equipment manufacturing",
            technologies="DLMS/COSEM",
            certifications="ISO 9001",
        )
    )
    companies = _written(tmp_path, written)
    return companies, DirectoryVocabulary(companies)


def test_an_amount_asked_of_a_band_is_a_programme_question_though_it_names_services(tmp_path: Path) -> None:
    """ "Patent search tools" names a service and holds "search", a word that asks for a list elsewhere; "我们 …
    的 firm 有 30 employees" is the asker's own head count. Each asks how much a grant is, which no row holds."""
    written = [
        company_row(id="PK-301", name="Search Co", country="PK", city="Lahore", employees="40", services=services)
        for services in ("patent search tools;trademark watch",)
    ]
    companies = _written(tmp_path, written)
    vocab = DirectoryVocabulary(companies)
    for question in (
        "patent search tools ka grant 200 staff wali company ke liye kitna hai?",
        "我们 Lahore 的 firm 有 30 employees, patent search tools 的 grant ceiling 是多少?",
    ):
        assert parse_filters(question, vocab)[1] is False, question
    assert parse_filters("search for patent search tools companies in Lahore", vocab)[1] is True


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the legal industry inside a service's name asks for no other legal service (drafting, litigation)
        ("legal research search engine wali companies", {"PK-401", "PK-402"}),
        # Chinese leaves a head out before 和 as English does before "or": 商标和专利检索 is 商标检索 too
        ("商标和专利检索的公司有哪些", {"PK-403", "PK-404", "CN-401"}),
    ],
)
def test_a_service_named_asks_for_its_own_kind_of_work(tmp_path: Path, question: str, expected: set[str]) -> None:
    rows = [
        ("PK-401", "legal research search engine;statute search"),
        ("PK-402", "legal search;citation index"),
        ("PK-405", "legal drafting support;contract review"),
        ("CN-402", "cross-border litigation;涉外法律服务"),
        ("PK-403", "trademark search;trade mark watch"),
        ("PK-404", "patent analytics"),
        ("CN-401", "专利检索;商标代理"),
    ]
    written = [
        company_row(
            id=i,
            name=f"Company {i}",
            country=i[:2],
            city="Lahore",
            employees="40",
            services=services,
            industries="legal services",
        )
        for i, services in rows
    ]
    companies = _written(tmp_path, written)
    filters, wants = parse_filters(question, DirectoryVocabulary(companies))
    assert wants
    assert {c.id for c in companies if filters.matches(c)} == expected


def test_what_the_asker_says_they_have_narrows_nothing_they_ask_for(tmp_path: Path) -> None:
    """Any document-processing firm can take their invoices, not only the one whose cell names invoices."""
    rows = [
        ("PK-201", "IDP;invoice data capture"),
        ("PK-202", "intelligent document processing (invoices & forms)"),
        ("PK-203", "智能文档处理 (IDP);e-filing portals"),
        ("PK-204", "payroll outsourcing"),
    ]
    written = [
        company_row(id=i, name=f"Company {i}", country="PK", city="Lahore", employees="40", services=services)
        for i, services in rows
    ]
    companies = _written(tmp_path, written)
    vocab = DirectoryVocabulary(companies)
    asked = "any companies doing intelligent document processing? we have piles of invoices and forms"
    filters, _ = parse_filters(asked, vocab)
    assert {c.id for c in companies if filters.matches(c)} == {"PK-201", "PK-202", "PK-203"}
    assert [need.phrase for need in filters.needs] == ["intelligent document processing"]
    # Asked for, the same words narrow: the firm whose cell names invoices and forms.
    filters, _ = parse_filters("who does intelligent document processing for invoices and forms?", vocab)
    assert {c.id for c in companies if filters.matches(c)} == {"PK-202"}
    # The asker's own invoices ("for our …") are what the work is for: any such firm can take them.
    filters, _ = parse_filters("who does intelligent document processing for our invoices and forms?", vocab)
    assert {c.id for c in companies if filters.matches(c)} == {"PK-201", "PK-202", "PK-203"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # one value's full name asks for its concept, however other rows write it
        ("koi company hai jo 24/7 NOC support deti ho?", {"PK-101", "PK-102", "CN-101"}),
        # a name and, in brackets, another name for the same thing: either will do
        ("which companies do meter data management (MDM)?", {"PK-103", "PK-104", "CN-102"}),
        # two phrases whose values only overlap are two needs: a wind company with SCADA dashboards too
        ("有没有做风电场SCADA的公司", {"PK-105", "CN-103"}),
        # an Urdu head-count range after the word for staff, both ends kept
        ("کراچی کی وہ کمپنیاں جن کے ملازمین 100 سے 300 تک ہیں", {"PK-101", "PK-107"}),
        # "who works with" and "contractors" ask for companies
        ("who works with IEC 61850?", {"CN-103", "CN-104", "PK-109"}),
        ("list the Chinese EPC contractors in the directory", {"CN-104"}),
        # a word a row gives as a whole value ("precast", an industry) names the values holding it
        ("China mein precast wali companies kaun si hain?", {"CN-106"}),
        ("precast companies in Pakistan", {"PK-110"}),
        # a value written in Chinese is linked to the field's concept like one written in English
        ("ڈرون سروے کرنے والی کمپنیاں کون سی ہیں؟", {"CN-107", "PK-111"}),
        # the programme's member firms are companies
        ("Which Chinese members hold ISO 9001?", {"CN-105"}),
        # a city left out, before or after it, in each language
        ("Which SCADA companies are outside Karachi?", {"CN-103", "PK-105", "PK-106", "PK-109"}),
        ("卡拉奇以外做SCADA的公司", {"CN-103", "PK-105", "PK-106", "PK-109"}),
        ("کراچی کے علاوہ SCADA کمپنیاں کون سی ہیں؟", {"CN-103", "PK-105", "PK-106", "PK-109"}),
        ("想找做SCADA的公司，卡拉奇的不要", {"CN-103", "PK-105", "PK-106", "PK-109"}),
        # where an event is says nothing of where the companies are
        ("Which SCADA companies will be at the Rawalpindi expo?", {"CN-103", "PK-105", "PK-106", "PK-107", "PK-109"}),
        # two words no value is written as, both standing in one, named as another's alternative: that value;
        # "AMI analytics" is smart-meter analytics too (AMI, advanced metering infrastructure, is smart metering)
        ("which companies do smart-meter analytics or plant monitoring?", {"CN-102", "PK-103", "PK-109"}),
        # words standing together in values, all that is asked, in either number; "kaun banata hai" asks who
        ("plant monitoring kaun karta hai?", {"PK-109"}),
        ("plant dashboard kaun banata hai?", {"PK-107"}),
        # operators (运营商) asked for in the directory's own name
        ("名录里有哪些做风电场SCADA的运营商？", {"CN-103", "PK-105"}),
        # a word naming some values of one alternative narrows none: GIS mapping meets "GIS mapping or NOC support"
        ("which Karachi firms do GIS mapping or NOC support?", {"PK-101", "PK-108"}),
        # the words before "or" serve the word after it: mine scheduling too
        ("mine planning or scheduling software, who does it?", {"PK-113", "PK-114"}),
        # a phrase's words in another form of the same word: "hydrology modelling"
        ("which companies do hydrological modelling?", {"PK-115", "PK-116"}),
        # Urdu's own "والی" is no English "well", nor its word for companies a value's "companies"
        ("ڈرون سروے والی کمپنیاں بتائیں", {"CN-107", "PK-111"}),
        # "or" and a word of the second that no value holds: still two alternatives, not both at once
        (
            "which companies do wind farm SCADA or offshore meter data management?",
            {"CN-102", "CN-103", "PK-103", "PK-104"},
        ),
        # the directory asked by name: one condition and a list word ask for its companies without a word for them
        ("目录里有哪些中国的SCADA？", {"CN-103"}),
        # where the asker is, up to where they start asking, is no condition
        (
            "we are a water utility in Urumqi looking for a Karachi partner for GIS mapping or SCADA integration, "
            "which firms?",
            {"PK-107", "PK-108"},
        ),
    ],
)
def test_free_form_directory_requests(tmp_path: Path, question: str, expected: set[str]) -> None:
    companies, vocab = _free_form_directory(tmp_path)
    filters, wants = parse_filters(question, vocab)
    assert wants, f"not read as a directory question: {question}"
    assert {c.id for c in companies if filters.matches(c)} == expected


def test_a_place_added_to_is_not_left_out_and_an_events_place_is_said(tmp_path: Path) -> None:
    """ "Besides Karachi, also in Rawalpindi" adds a place; where an event is stands in the line of conditions."""
    _, vocab = _free_form_directory(tmp_path)
    filters, _ = parse_filters("Karachi ke ilawa Rawalpindi mein bhi SCADA companies hain?", vocab)
    assert not any(need.negated for need in filters.needs)
    expo, _ = parse_filters("Which SCADA companies will be at the Rawalpindi expo?", vocab)
    assert "rawalpindi expo: where the event is, not a condition on the companies" in expo.describe()
    # Urdu and Roman Urdu name the place before the event: "راولپنڈی میں کوئی روڈ شو", "Rawalpindi ka roadshow"
    for question, said in [
        ("راولپنڈی میں کوئی روڈ شو ہے؟ SCADA کمپنیاں کون سی آئیں گی؟", "راولپنڈی میں کوئی روڈ شو"),
        ("Rawalpindi ka roadshow: SCADA companies kaun si hain?", "rawalpindi ka roadshow"),
    ]:
        assert f"{said}: where the event is" in parse_filters(question, vocab)[0].describe()


def test_a_chinese_company_is_found_by_its_short_name(tmp_path: Path) -> None:
    """珠江计量科技 for 珠江计量科技股份有限公司: the legal form and "科技" are left off when people ask."""
    _, vocab = _free_form_directory(tmp_path)
    filters, wants = parse_filters("珠江计量科技是做什么的？", vocab)
    assert wants
    assert filters.names == {"CN-105"}


def test_a_short_chinese_name_is_never_a_city(tmp_path: Path) -> None:
    """北京科技有限公司 less its legal form and "科技" is 北京: a question about Beijing names no company."""
    row = company_row(
        id="CN-201",
        name="Beijing Tech Co., Ltd.",
        name_zh="北京科技有限公司",
        country="CN",
        city="Beijing",
        founded="2004",
        employees="45",
        services="GIS mapping",
    )
    companies = read_directory(write_directory_csv(tmp_path / "directory.csv", [row])).companies
    vocab = DirectoryVocabulary(companies)
    assert parse_filters("北京有哪些做GIS的公司？", vocab)[0].names == set()
    assert parse_filters("北京科技是做什么的？", vocab)[0].names == {"CN-201"}


def test_a_chinese_company_is_found_by_the_start_of_its_name_that_no_other_shares(tmp_path: Path) -> None:
    """塔什库尔干雪峰通达 for 塔什库尔干雪峰通达国际物流有限公司; a start two names share, or a place, names neither."""
    rows = [
        company_row(
            id="CN-301",
            name="Xuefeng Tongda Logistics",
            name_zh="塔什库尔干雪峰通达国际物流有限公司",
            country="CN",
            city="Kashgar",
            founded="2020",
            employees="80",
            services="cross-border trucking",
        ),
        company_row(
            id="CN-302",
            name="Xuefeng Tongda Cold Chain",
            name_zh="塔什库尔干雪峰冷链仓储有限公司",
            country="CN",
            city="Kashgar",
            founded="2021",
            employees="40",
            services="cold chain",
        ),
    ]
    companies = _written(tmp_path, rows)
    vocab = DirectoryVocabulary(companies)
    assert parse_filters("塔什库尔干雪峰通达这家公司是做什么的，多少人？", vocab)[0].names == {"CN-301"}
    assert parse_filters("塔什库尔干雪峰有哪些公司？", vocab)[0].names == set()  # the start both names share


def test_a_chinese_name_holding_latin_letters_is_found_as_written(tmp_path: Path) -> None:
    """新月IP集成 is asked with its capitals: the question is read lowercased, so the name is too. Before, it named
    nothing and the question listed every company offering IP集成."""
    rows = [
        company_row(id=i, name=name, name_zh=zh, country="PK", city="Islamabad", founded="2050", employees="40",
                    services=services)
        for i, name, zh, services in (
            ("PK-311", "Crescent IP Integration", "新月IP集成", "IP integration"),
            ("PK-312", "Margalla IP Cores", "马尔加拉IP核", "IP集成"),
        )
    ]  # fmt: skip
    vocab = DirectoryVocabulary(_written(tmp_path, rows))
    assert parse_filters("新月IP集成是哪家公司？在哪个城市？", vocab)[0].names == {"PK-311"}
    assert parse_filters("马尔加拉ip核做什么？", vocab)[0].names == {"PK-312"}


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        # the first clause says who the asker is; the question after it asks nothing of companies
        ("我们是卡拉奇的金融科技公司，参加这个计划要交钱吗？", False),
        ("We're a fintech company in Karachi, do we pay anything to join?", False),
        # a first clause that asks for something is the request itself
        ("我们想找卡拉奇的金融科技公司，有推荐吗？", True),
        ("We are looking for a fintech company in Karachi, who can help?", True),
    ],
)
def test_a_first_clause_saying_who_the_asker_is_asks_for_no_companies(question: str, wants: bool) -> None:
    assert parse_filters(question, VOCAB)[1] is wants


@pytest.mark.parametrize(
    ("question", "pitched"),
    [
        ("Which companies pitched at the February 2022 webinar?", True),
        ("companies founded after 2015 that pitched at the webinar", True),
        # The column records the 2022 webinar: another year's webinar is another event it says nothing of.
        ("Which companies are pitching at the 2055 launch webinar on 14 January?", None),
        ("2055年启动研讨会上哪些公司路演？", None),
    ],
)
def test_the_webinar_column_is_read_only_for_the_2022_webinar(question: str, pitched: bool | None) -> None:
    filters, _ = parse_filters(question, VOCAB)
    assert filters.pitched is pitched


def test_a_shortened_company_name_the_documents_use_for_something_else_names_nothing(tmp_path: Path) -> None:
    """The office is in Blue Area: "near Blue Area" is a place there, while "Blue Area Red Team" is the firm."""
    written = [
        company_row(id="PK-501", name="Blue Area Red Team", country="PK", city="Islamabad", services="red teaming")
    ]
    companies = _written(tmp_path, written)
    documents = "Islamabad office: 4th Floor, Plot 12, Blue Area, Islamabad."
    vocab = DirectoryVocabulary(companies, lambda words: words.lower() in documents.lower())
    assert parse_filters("any repair shop near Blue Area islamabad?", vocab)[0].names == set()
    assert parse_filters("Tell me about Blue Area Red Team", vocab)[0].names == {"PK-501"}
    # Without documents that use the words, the short name still names the firm.
    assert parse_filters("any repair shop near Blue Area islamabad?", DirectoryVocabulary(companies))[0].names == {
        "PK-501"
    }


def test_a_shortened_company_name_that_runs_on_into_another_phrase_names_nothing(tmp_path: Path) -> None:
    """ "karachi cold storage hub" runs from the short name Karachi Cold into "cold storage", a phrase the
    directory's values (or the documents) use: a hub in Karachi, not Karachi Cold Boxes IoT. Said alone, or
    followed by other words, the short name still names the firm; the whole name always does."""
    written = [
        company_row(id="PK-511", name="Karachi Cold Boxes IoT", country="PK", city="Karachi", services="IoT sensors"),
        company_row(id="PK-512", name="Frost Ware", country="PK", city="Lahore", services="cold storage WMS"),
    ]
    vocab = DirectoryVocabulary(_written(tmp_path, written))
    assert parse_filters("karachi cold storage hub ka visit kab hai?", vocab)[0].names == set()
    assert parse_filters("karachi cold ka contact chahiye", vocab)[0].names == {"PK-511"}
    assert parse_filters("Karachi Cold Boxes IoT storage prices?", vocab)[0].names == {"PK-511"}
    documents = "A visit to the cold room cluster in Korangi."
    with_documents = DirectoryVocabulary(_written(tmp_path, written[:1]), lambda w: w.lower() in documents.lower())
    assert parse_filters("is the karachi cold room tour open?", with_documents)[0].names == set()
    assert parse_filters("is the karachi cold room tour open?", DirectoryVocabulary(_written(tmp_path, written[:1])))[
        0
    ].names == {"PK-511"}


def test_a_certification_is_not_the_work_a_word_of_its_name_names(tmp_path: Path) -> None:
    """ "SOC" in SOC 2 Type II is no security operations centre, and "staff OSCP certified" spells no SOC."""
    written = [
        company_row(
            id="PK-601",
            name="Bounty Co",
            country="PK",
            city="Islamabad",
            employees="40",
            services="bug bounty platform",
            certifications="SOC 2 Type II",
        ),
        company_row(
            id="PK-602",
            name="Watch Co",
            country="PK",
            city="Karachi",
            employees="300",
            services="managed SOC;24x7 monitoring",
            certifications="ISO 27001",
        ),
        company_row(
            id="PK-603",
            name="Red Co",
            country="PK",
            city="Lahore",
            employees="30",
            services="penetration testing",
            certifications="OSCP-certified staff",
        ),
    ]
    companies = _written(tmp_path, written)
    vocab = DirectoryVocabulary(companies)

    def found(question: str) -> set[str]:
        filters, _ = parse_filters(question, vocab)
        return {c.id for c in companies if filters.matches(c)}

    assert found("which firms run a security operations centre?") == {"PK-602"}
    assert found("SOC 2 certified firms?") == {"PK-601"}  # Type II is a SOC 2 report
    assert found("pentest firms whose staff OSCP certified hon") == {"PK-603"}


def test_a_phrase_already_read_in_urdu_script_is_not_cut_by_reading_its_words_as_english(tmp_path: Path) -> None:
    written = [
        company_row(
            id="PK-701",
            name="Watch Co",
            country="PK",
            city="Karachi",
            employees="300",
            services="managed SOC;security operations centre (SOC)",
        ),
        company_row(
            id="PK-702",
            name="Plant Co",
            country="PK",
            city="Faisalabad",
            employees="150",
            services="operational technology security",
        ),
    ]
    companies = _written(tmp_path, written)
    filters, _ = parse_filters("سکیورٹی آپریشنز سینٹر چلانے والی کمپنیاں", DirectoryVocabulary(companies))
    assert {c.id for c in companies if filters.matches(c)} == {"PK-701"}
    assert [n.phrase for n in filters.needs] == ["سکیورٹی آپریشنز سینٹر"]  # not "security operation" and a word left


@pytest.mark.parametrize(
    "question",
    [
        "cybersecurity aur blockchain development wali companies batao",
        "سائبر سیکیورٹی اور بلاک چین والی کمپنیاں کون سی ہیں؟",
    ],
)
def test_urdu_and_joins_two_kinds_of_work_as_english_and_does(question: str) -> None:
    english = matching("Which companies do cybersecurity and blockchain development?")
    assert english == matching("Which companies do cybersecurity?") | matching(
        "Which companies do blockchain development?"
    )
    assert matching(question) == english


def test_a_company_named_by_one_everyday_word_is_named_where_the_question_writes_it_as_a_name(tmp_path: Path) -> None:
    """ "Junction (Pvt) Ltd" is one word besides its legal form, and a word the values use ("junction timing
    plans"): "what does Junction do" names the firm (a capital inside a sentence), "junction timing plans" asks
    for the work. A one-word name no value or document uses names the firm however it is written."""
    written = [
        company_row(
            id="PK-521", name="Junction (Pvt) Ltd", country="PK", city="Islamabad", services="junction timing plans"
        ),
        company_row(id="PK-522", name="Zarvok Ltd", country="PK", city="Lahore", services="bus tracking"),
    ]
    vocab = DirectoryVocabulary(_written(tmp_path, written))
    assert parse_filters("what does Junction do and where are they based?", vocab)[0].names == {"PK-521"}
    assert parse_filters("which firms do junction timing plans?", vocab)[0].names == set()
    assert parse_filters("zarvok ka contact?", vocab)[0].names == {"PK-522"}


@pytest.mark.parametrize(
    "question", ["which companies do blockchain work or AI/ML?", "区块链开发项目或者人工智能的公司有哪些？"]
)
def test_a_word_of_the_first_before_or_still_makes_alternatives(question: str) -> None:
    """ "blockchain work or AI/ML", "员工自助App或者HR聊天机器人": the word after the first value is its own, and the
    "or" still joins two alternatives; read as two conditions at once, no company met both."""
    companies = matching(question)
    assert companies
    assert all({"AI/ML", "blockchain"} & set(c.services) for c in COMPANIES if c.id in companies)


def test_a_city_a_service_also_names_leaves_the_work_asked_for_standing(tmp_path: Path) -> None:
    """ "3D city model of Islamabad" names the city too; "indoor positioning … in Islamabad" still asks for indoor
    positioning, by words no value is written as whole."""
    rows = [
        ("PK-501", "Islamabad", "indoor positioning with BLE beacons;hospital equipment locating"),
        ("PK-502", "Islamabad", "3D city model of Islamabad;photorealistic mesh models"),
        ("PK-503", "Lahore", "indoor wayfinding for shopping malls"),
        ("PK-504", "Islamabad", "map tile hosting"),
    ]
    written = [company_row(id=i, name=f"Firm {i}", country="PK", city=city, services=s) for i, city, s in rows]
    companies = _written(tmp_path, written)
    vocab = DirectoryVocabulary(companies)
    for question in (
        "islamabad mein indoor positioning wali koi company hai?",
        "indoor positioning firms in Islamabad",
    ):
        filters, wants = parse_filters(question, vocab)
        assert wants and [c.id for c in companies if filters.matches(c)] == ["PK-501"], filters.describe()


def test_an_everyday_word_after_alternatives_is_the_noun_they_share_not_a_condition(tmp_path: Path) -> None:
    """ "speech-to-text or ASR engines": read alone, "engines" kept only the firm whose value says so."""
    rows = [
        ("PK-601", "Urdu speech recognition (ASR);IVR design"),
        ("PK-602", "speech-to-text engine (Urdu, Punjabi);call transcription API"),
        ("PK-603", "speech synthesis (TTS) engines;voiceprint verification"),
        ("PK-604", "search engine optimisation;web design"),
    ]
    written = [company_row(id=i, name=f"Firm {i}", country="PK", city="Lahore", services=s) for i, s in rows]
    companies = _written(tmp_path, written)
    filters, wants = parse_filters("which firms build speech-to-text or ASR engines?", DirectoryVocabulary(companies))
    assert wants and {c.id for c in companies if filters.matches(c)} >= {"PK-601", "PK-602"}, filters.describe()
    assert "PK-604" not in {c.id for c in companies if filters.matches(c)}


def test_contact_centre_work_is_read_by_its_common_names(tmp_path: Path) -> None:
    """vocab/terms.yaml's contact-centre block: a dialer by any of its names, agent scheduling as rostering,
    collections in Urdu."""
    rows = [
        ("PK-701", "auto-dialler campaigns;skip tracing"),
        ("PK-702", "predictive dialer;call-back scheduling"),
        ("PK-703", "shift rostering app;absence tracking"),
        ("PK-704", "collections software;payment reminder campaigns"),
        ("PK-705", "web design"),
    ]
    companies = _service_firms(tmp_path, rows)
    for question, expected in (
        ("outbound dialer wali companies kaun si hain?", {"PK-701", "PK-702"}),
        ("agent scheduling vendors in Lahore", {"PK-703"}),
        ("قرضوں کی وصولی کا سافٹ ویئر دینے والی کمپنیاں", {"PK-704"}),
    ):
        assert _requested(companies, question) == expected, question


def _service_firms(tmp_path: Path, rows: list[tuple[str, str]]) -> list[Company]:
    """Lahore firms written from (id, services)."""
    written = [company_row(id=i, name=f"Firm {i}", country="PK", city="Lahore", services=s) for i, s in rows]
    return _written(tmp_path, written)


def _retail(tmp_path: Path) -> list[Company]:
    """A retail-technology directory dated ahead of today: its newest firm was founded in 2082."""
    rows = [
        ("PK-501", "2009", "320", "POS software;KDS", "ISO 9001;PCI DSS v4.0"),
        ("PK-502", "2078", "14", "kitchen display system;table ordering", "none"),
        ("PK-503", "2068", "33", "kitchen display screens;food waste tracking", "none"),
        ("PK-504", "2061", "70", "PCI DSS consulting;payment integration", "ISO/IEC 27001:2022"),
        ("PK-505", "2016", "85", "payment integration;QR payments", "PCI DSS v4.0"),
        ("PK-506", "2074", "45", "cloud POS;e-receipts", "none"),
        ("PK-507", "2040", "110", "e-receipts;digital receipts", "ISO 9001"),
        ("PK-508", "2082", "6", "loyalty app;gift cards", "none"),
        ("PK-509", "2015", "48", "loyalty app;coupon engine", "none"),
    ]
    return _lahore_firms(tmp_path, [(*row, "English;Urdu") for row in rows])


def _lahore_firms(tmp_path: Path, rows: list[tuple[str, str, str, str, str, str]]) -> list[Company]:
    """Lahore firms written from (id, founded, employees, services, certifications, languages)."""
    written = [
        company_row(
            id=i, name=f"Firm {i}", country="PK", city="Lahore", founded=year, employees=staff, services=services,
            certifications=certificates, languages=languages,
        )
        for i, year, staff, services, certificates, languages in rows
    ]  # fmt: skip
    return _written(tmp_path, written)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a certificate denied is one the firm lacks: consulting on it is another thing
        ("which firms do payment integration but don't hold PCI DSS?", {"PK-504"}),
        # a slash makes alternatives though a qualifier stands after it
        ("any vendors doing KDS / kitchen screens?", {"PK-501", "PK-502", "PK-503"}),
        # between two head counts in Roman Urdu, the word for staff before them
        ("e-receipts banane wali companies jin ka staff 50 se 150 ke darmiyan ho", {"PK-507"}),
        ("e-receipts wali companies, log 40 se 120 tak", {"PK-506", "PK-507"}),
        # years in business counted from the directory's own year (2082), a number written as an Urdu word
        ("لائلٹی ایپ بنانے والی وہ کمپنیاں جو پندرہ سال سے زیادہ عرصے سے کام کر رہی ہیں", {"PK-509"}),
        ("loyalty app firms with more than 20 years in business", {"PK-509"}),
    ],
)
def test_denials_alternatives_ranges_and_ages_of_a_directory_dated_ahead(
    tmp_path: Path, question: str, expected: set[str]
) -> None:
    assert _requested(_retail(tmp_path), question) == expected


def _requested(companies: list[Company], question: str) -> set[str]:
    """The ids a question asking for companies finds among `companies`."""
    filters, wants = parse_filters(question, DirectoryVocabulary(companies))
    assert wants, question
    return {c.id for c in companies if filters.matches(c)}


def test_a_slash_makes_alternatives_though_a_qualifier_follows_it() -> None:
    """ "ESL / price labels" is either; read as both, only the firm writing "label printing" beside ESL was left."""
    companies = read_directory(Path(__file__).parent / "data" / "sample-36" / "directory.csv").companies
    filters, wants = parse_filters("who does ESL / price labels?", DirectoryVocabulary(companies))
    assert wants
    assert {c.id for c in companies if filters.matches(c)} == {"CN-004", "PK-010", "PK-026"}


def _facilities(tmp_path: Path) -> list[Company]:
    """A facility-software directory dated ahead of today: its newest firm was founded in 2084."""
    rows = [
        ("PK-601", "2029", "410", "visitor management;access control", "ISO/IEC 27001:2022", "English;Urdu"),
        ("PK-602", "2070", "30", "Visitor Management System", "none", "English;Urdu;Mandarin"),
        ("PK-603", "2055", "180", "Lease Management;CRM", "SOC 2 Type II", "English;Urdu"),
        ("PK-604", "2069", "40", "lease accounting;helpdesk", "ISO 9001", "English;Urdu"),
        ("PK-605", "2060", "150", "elevator IoT monitoring;e-tendering", "ISO 9001", "English;Urdu;Chinese"),
        ("PK-606", "2084", "12", "lift monitoring", "ISO/IEC 27001:2022", "English;Urdu"),
        ("PK-607", "2071", "25", "rent-roll accounting;lease accounting", "ISO/IEC 27001:2022", "English;Urdu"),
    ]
    return _lahore_firms(tmp_path, rows)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "بیس سال" is twenty years (no "base"), counted from the directory's own year
        ("وزیٹر مینجمنٹ سسٹم بنانے والی وہ کمپنیاں جو بیس سال سے زیادہ پرانی ہوں", {"PK-601"}),
        # a certificate named in Urdu digits, denied after it
        ("لیز اکاؤنٹنگ کرنے والی کمپنیاں جن کے پاس آئی ایس او ۲۷۰۰۱ نہیں ہے", {"PK-603", "PK-604"}),
        # "Chinese" in the languages column is the language asked for as Mandarin
        ("elevator IoT ke liye team chahiye jo Mandarin bol sake", {"PK-605"}),
    ],
)
def test_ages_in_urdu_words_certificates_in_urdu_digits_and_languages_as_the_column_writes_them(
    tmp_path: Path, question: str, expected: set[str]
) -> None:
    assert _requested(_facilities(tmp_path), question) == expected


def test_chinese_in_a_question_is_still_the_country() -> None:
    """The languages column's "Chinese" is the language; a question's "Chinese firms" asks for the country."""
    companies = read_directory(Path(__file__).parent / "data" / "sample-37" / "directory.csv").companies
    filters, wants = parse_filters("Chinese firms doing BMS dashboards?", DirectoryVocabulary(companies))
    assert wants and {c.country for c in companies if filters.matches(c)} == {"CN"}


def test_a_dash_ends_the_clause_where_the_asker_says_what_they_make() -> None:
    """ "our product is elevator IoT + BMS dashboards — which day is our pitch round?" asks when, not for firms
    doing elevator IoT: what the asker makes is theirs, up to the dash. A dash between two words ends nothing."""
    asked = asked_part(
        "our product is elevator IoT + BMS dashboards — which day and time is our pitch round in shenzhen?"
    )
    assert "elevator" not in asked and "pitch round" in asked
    assert "bms" in asked_part("which firms do elevator IoT–BMS integration?")


def test_years_in_business_count_back_from_the_year_the_documents_are_written_for(tmp_path: Path) -> None:
    """The directory's newest firm was founded in 2082 and the programme's documents are written for 2085: "more
    than 20 years in business" means founded before 2065, not 2062."""
    companies = _retail(tmp_path)
    asked = "loyalty app or cloud POS firms with more than 20 years in business"
    filters, _ = parse_filters(asked, DirectoryVocabulary(companies, documents_year=2085))
    assert {c.id for c in companies if filters.matches(c)} == {"PK-509"}
    (tmp_path / "more").mkdir()
    later = [*companies, *_lahore_firms(tmp_path / "more", [("PK-510", "2064", "20", "cloud POS", "none", "Urdu")])]
    filters, _ = parse_filters(asked, DirectoryVocabulary(later, documents_year=2085))
    assert {c.id for c in later if filters.matches(c)} == {"PK-509", "PK-510"}
    filters, _ = parse_filters(asked, DirectoryVocabulary(later))
    assert {c.id for c in later if filters.matches(c)} == {"PK-509"}  # counted from 2082: 2064 is 18 years back


def test_sports_and_venue_work_is_read_by_its_common_names(tmp_path: Path) -> None:
    """vocab/terms.yaml's sports block: ticketing by its Chinese name, a referee review tool by another, live
    scores in Chinese, an OTT firm found for "streaming", a gym system not taken for the sports industry."""
    rows = [
        ("PK-801", "box office software;season passes"),
        ("PK-802", "e-ticketing;seat maps"),
        ("PK-803", "DRS review tools;motion graphics"),
        ("PK-804", "VAR software;instant replay"),
        ("PK-805", "ball-by-ball scoring;scoreboard software"),
        ("PK-806", "video streaming;web development"),
        ("PK-807", "health club software;membership management"),
        ("PK-808", "helpdesk software;SLA tracking"),
    ]
    companies = _service_firms(tmp_path, rows)
    for question, expected in (
        ("做票务系统的公司有哪些？", {"PK-801", "PK-802"}),
        ("امپائر ریویو سسٹم بنانے والی کمپنیاں", {"PK-803", "PK-804"}),
        ("实时比分数据公司", {"PK-805"}),
        ("any OTT or streaming vendors?", {"PK-806"}),
        ("健身房管理软件公司", {"PK-807"}),
    ):
        assert _requested(companies, question) == expected, question


@pytest.mark.parametrize(
    "question",
    ["巴基斯坦小公司的差旅补贴每家最多能拿多少？", "我们是小公司，培训补贴每家最高可以申请多少？"],
)
def test_how_much_of_an_amount_asked_a_few_words_on_is_a_programme_question(tmp_path: Path, question: str) -> None:
    """多少 a few words after the amount's noun, in the same clause, asks how much, not for small Pakistani firms."""
    assert not parse_filters(question, DirectoryVocabulary(_retail(tmp_path)))[1]
