"""A directory nobody tuned on: its own values, named in the ways people name them, in four languages.

The rows below are written for this test only (no sample holds them), so every match comes from the
mechanism: the value itself, a part of it, its one distinctive word, a certification family, or the
reviewed lexicon in knowledge/vocab/.
"""

from __future__ import annotations

import pytest

from knowledge.directory import Company, company_from_cells
from knowledge.directory_query import DirectoryVocabulary, alternatives, parse_filters
from tests.files import company_row

ROWS = [
    company_row(
        id="PK-501",
        name="Kohat Ledger Works",
        country="PK",
        city="Kohat",
        founded="2004",
        employees="320",
        services="SAP Business One rollout;blockchain development",
        certifications="ISO 27001;SOC 2 Type II",
        languages="English;Urdu;Mandarin",
    ),
    company_row(
        id="PK-502",
        name="Jhelum Test House",
        country="PK",
        city="Jhelum",
        founded="2019",
        employees="35",
        services="QA/software testing;test automation",
        certifications="none",
        languages="English;Urdu",
    ),
    company_row(
        id="PK-503",
        name="Chiniot Odoo Partners",
        country="PK",
        city="Jhelum",
        founded="2012",
        employees="80",
        services="Odoo implementation;ERP implementation",
        certifications="",
        languages="English",
    ),
    company_row(
        id="CN-501",
        name="Zhuhai Harbour Retail Tech",
        country="CN",
        city="Zhuhai",
        founded="1999",
        employees="900",
        services="e-commerce platform operations",
        industries="retail",
        certifications="ISO 9001",
        languages="Mandarin;English",
    ),
]
COMPANIES: list[Company] = [company_from_cells(r) for r in ROWS]
VOCAB = DirectoryVocabulary(COMPANIES)


def found_among(rows: list[dict[str, str]], question: str) -> set[str]:
    """The companies of `rows` that a question, read as a directory request, asks for."""
    companies = [company_from_cells(r) for r in rows]
    filters, wants = parse_filters(question, DirectoryVocabulary(companies))
    assert wants, f"not read as a directory question: {question}"
    return {c.id for c in companies if filters.matches(c)}


def found(question: str) -> set[str]:
    filters, wants = parse_filters(question, VOCAB)
    assert wants, f"not read as a directory question: {question}"
    return {c.id for c in COMPANIES if filters.matches(c)}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which companies do QA?", {"PK-502"}),  # a part of "QA/software testing"
        ("Any firms doing SAP?", {"PK-501"}),  # the one distinctive word of "SAP Business One rollout"
        ("有哪些做区块链的公司？", {"PK-501"}),  # lexicon: 区块链 → blockchain development
        ("کون سی کمپنیاں ای آر پی کا کام کرتی ہیں؟", {"PK-503"}),  # lexicon: ای آر پی → ERP implementation
        ("Which companies do SAP or Odoo implementation?", {"PK-501", "PK-503"}),  # "or": one condition
        ("Which companies are ISO certified?", {"PK-501", "CN-501"}),  # a certification family
        ("Show me companies in Jhelum that are not ISO certified", {"PK-502", "PK-503"}),  # unknown is not ISO
        ("Which Pakistani companies have no certification at all?", {"PK-502"}),  # "none" only
        ("کن کمپنیوں کے پاس کوئی سرٹیفیکیشن نہیں ہے؟", {"PK-502"}),  # both Urdu spellings of the word
        ("کن کمپنیوں کے پاس کوئی سرٹیفکیشن نہیں ہے؟", {"PK-502"}),
        ("Mandarin-speaking companies with more than 100 employees?", {"PK-501", "CN-501"}),
        ("Which Chinese buyers work in retail?", {"CN-501"}),
        ("List companies founded before 2005", {"PK-501", "CN-501"}),
        ("Which companies were founded after 2012?", {"PK-502"}),  # "after" leaves the year out
        ("2012年以后成立的公司有哪些？", {"PK-502"}),
        ("2012年及以后成立的公司有哪些", {"PK-502", "PK-503"}),  # "and after" keeps it
        ("2012年以后（不含2012年）成立的公司有哪些？", {"PK-502"}),  # a note in brackets between
        ("2012年以后（含2012年）成立的公司有哪些？", {"PK-502", "PK-503"}),
        ("Jhelum mein 50 se 100 employees wali companies?", {"PK-503"}),  # a Roman Urdu range
        ("2012 ya us ke baad bani companies kaun si hain?", {"PK-502", "PK-503"}),
        ("Which companies have been founded since 2012?", {"PK-502", "PK-503"}),  # "since" keeps it
        ("جہلم میں کون سی کمپنیاں ہیں؟", {"PK-502", "PK-503"}),  # places.yaml: the city's Urdu name
        ("Jhelum wali companies ki list do, 员工多少人 bhi batao", {"PK-502", "PK-503"}),  # a list, then a count
        ("Which companies are based in Punjab?", {"PK-502", "PK-503"}),  # places.yaml: Jhelum is in Punjab
        ("خیبر پختونخوا کی کمپنیاں کون سی ہیں؟", {"PK-501"}),  # Kohat
        ("广东有哪些公司？", {"CN-501"}),  # Zhuhai
    ],
)
def test_values_are_named_by_their_own_words_and_the_lexicon(question: str, expected: set[str]) -> None:
    assert found(question) == expected


NARROWER = [
    company_row(id=i, name=n, country=i[:2], city=c, services=v)
    for i, n, c, v in [
        ("PK-601", "Attock Prompt Labs", "Attock", "LLM fine-tuning;Urdu chatbot"),
        ("PK-602", "Swat Vision Works", "Swat", "OCR for invoices"),
        ("CN-601", "Ningbo Watchtower", "Ningbo", "security operations centre"),
        ("CN-602", "Xiamen Ledger Guard", "Xiamen", "AML transaction monitoring"),
        ("CN-603", "Foshan Web Shop", "Foshan", "web development"),
    ]
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which AI companies are there?", {"PK-601", "PK-602"}),  # LLM fine-tuning and OCR are kinds of AI
        ("有哪些做人工智能的公司？", {"PK-601", "PK-602"}),
        ("Any cybersecurity firms in China?", {"CN-601"}),  # a security operations centre is cybersecurity
        ("有没有做反洗钱的中国公司？", {"CN-602"}),  # 反洗钱: anti-money laundering
    ],
)
def test_a_request_for_a_kind_of_service_finds_its_narrower_services(question: str, expected: set[str]) -> None:
    assert found_among(NARROWER, question) == expected


WATER = [
    company_row(id=i, name=n, country=i[:2], city=c, services=v)
    for i, n, c, v in [
        ("PK-801", "Indus Loss Control", "Sukkur", "漏损控制;Scada HMI"),
        ("PK-802", "Ravi Meters", "Lahore", "prepaid water meters;water billing"),
        ("PK-803", "Thar Lab Systems", "Karachi", "laboratory information management"),
        ("CN-801", "Jiangxia Wells", "Wuhan", "Tube-well Telemetry;AQI dashboards"),
        ("CN-802", "Donghu Sewage Works", "Wuhan", "WWTP automation;EPANET modelling"),
        ("CN-803", "Hanyang Routes", "Wuhan", "sludge truck routing"),
    ]
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Any NRW or leak detection firms?", {"PK-801"}),  # 漏损控制: leakage control
        ("有没有做SCADA的公司？", {"PK-801"}),  # "Scada HMI" is SCADA work
        ("smart water meter wali companies", {"PK-802"}),
        ("哪些公司做智能水表？", {"PK-802"}),
        ("Which firms do utility billing?", {"PK-802"}),  # water billing is utility billing
        ("Who does LIMS for water labs?", {"PK-803"}),
        ("groundwater monitoring companies?", {"CN-801"}),  # tube-well telemetry
        ("哪些公司做空气质量监测？", {"CN-801"}),  # AQI dashboards
        ("Any wastewater treatment plant control vendors?", {"CN-802"}),
        ("hydraulic modelling firms in China", {"CN-802"}),  # EPANET modelling
        ("route optimisation companies", {"CN-803"}),  # sludge truck routing is a kind of it
        ("Which companies do smart metering?", {"PK-802"}),  # water meters are smart metering
    ],
)
def test_water_and_environmental_services_are_named_across_their_forms(question: str, expected: set[str]) -> None:
    assert found_among(WATER, question) == expected


READINGS = [
    company_row(id=i, name=n, country=i[:2], city=c, services=v)
    for i, n, c, v in [
        ("PK-901", "Dir Kiln Data", "Chitral", "کلن مانیٹرنگ;GRI رپورٹنگ"),  # English words in Urdu script
        ("PK-902", "Kalam Kiln Works", "Swat", "kiln monitoring;ERP implementation"),
        ("PK-903", "Kaghan Disclosure Desk", "Mansehra", "GRI standards reporting"),
        ("CN-901", "Xining Harbour Data", "Xining", "extract, transform & load"),  # spelled out: ETL
        ("CN-902", "Golmud Pipes", "Golmud", "ETL pipelines"),
    ]
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A value written with English words in Urdu script reads as those words: asked in English it is found,
        # and asked as written it asks for what its English words name (the value, or a lexicon group).
        ("kiln monitoring companies?", {"PK-901", "PK-902"}),
        ("کلن مانیٹرنگ والی کمپنیاں کون سی ہیں؟", {"PK-901", "PK-902"}),
        ("which firms do GRI reports?", {"PK-901", "PK-903"}),
        ("GRI رپورٹنگ کرنے والی کمپنیاں", {"PK-901", "PK-903"}),
        # A list of single words spells the acronym other rows write: "extract, transform & load" is ETL work.
        ("which companies do ETL?", {"CN-901", "CN-902"}),
    ],
)
def test_a_value_is_also_read_as_its_english_words_and_as_the_acronym_its_list_spells(
    question: str, expected: set[str]
) -> None:
    assert found_among(READINGS, question) == expected


def test_an_everyday_word_does_not_name_a_value() -> None:
    filters, _ = parse_filters("Can one client hire the engineers of another one directly?", VOCAB)
    assert not filters.needs  # "one" is not "SAP Business One rollout"


def test_every_condition_is_said_in_the_answer_line() -> None:
    filters, _ = parse_filters("Which companies in Jhelum do test automation?", VOCAB)
    line = filters.describe()
    assert "jhelum → jhelum" in line and "test automation → test automation" in line


@pytest.mark.parametrize(
    "question",
    [
        "Which companies can do test automation for our Odoo implementation?",
        "哪些公司能给我们的Odoo implementation做QA？",
        "hamare Odoo implementation ke liye test automation kaun si companies karti hain?",
    ],
)
def test_the_askers_own_thing_is_set_aside_when_no_company_also_holds_it(question: str) -> None:
    filters, _ = parse_filters(question, VOCAB)
    assert not [c for c in COMPANIES if filters.matches(c)]  # nobody tests and implements Odoo
    relaxed = filters.without_weak_needs()
    assert relaxed is not None and [c.id for c in COMPANIES if relaxed.matches(c)] == ["PK-502"]
    assert any("odoo" in phrase.lower() for phrase in relaxed.set_aside)


def test_a_value_that_is_not_the_askers_own_stays_a_condition() -> None:
    filters, _ = parse_filters("Which companies do test automation and Odoo implementation?", VOCAB)
    assert filters.without_weak_needs() is None


STARTUP_ROWS = [
    company_row(
        id="PK-701",
        name="Mardan MVP Works",
        country="PK",
        city="Mardan",
        founded="2016",
        services="MVP builds for startups",
    ),
    company_row(id="PK-702", name="Okara Pay Labs", country="PK", city="Okara", founded="2021", industries="fintech"),
    company_row(id="PK-703", name="Swat Ledger", country="PK", city="Swat", founded="2010", industries="fintech"),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # No other word for companies: "startups" is what is asked for, not the clients a value serves.
        ("fintech startups founded after 2018", {"PK-702"}),
        # Another word for companies: "startups" are the clients, a condition.
        ("which companies do MVP builds for startups?", {"PK-701"}),
        ("who builds MVPs for startups?", {"PK-701"}),
    ],
)
def test_a_word_for_companies_that_is_also_a_value_is_read_by_its_place(question: str, expected: set[str]) -> None:
    assert found_among(STARTUP_ROWS, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "how much funding do fintech startups get?",
        "fintech startups ko kitna loan milta hai?",
        "فن ٹیک کمپنی کو کتنا قرض ملتا ہے؟",
        "我们跟巴方 fintech 初创公司做试点 补贴上限多少啊",  # 多少 after an amount's noun: how much, not how many
    ],
)
def test_how_much_asks_the_programme_not_for_companies(question: str) -> None:
    """A list of companies never answers "how much", in any of the languages."""
    _, wants = parse_filters(question, DirectoryVocabulary([company_from_cells(r) for r in STARTUP_ROWS]))
    assert not wants, question


@pytest.mark.parametrize(
    "question",
    [
        "We are a retail group in Zhuhai. Which companies in Jhelum do test automation?",
        "我们是珠海的一家零售企业。有哪些杰赫勒姆做测试自动化的公司？",
    ],
)
def test_what_the_asker_says_of_themselves_is_no_condition_beside_what_they_ask_for(question: str) -> None:
    filters, wants = parse_filters(question, VOCAB)
    assert wants
    assert {c.id for c in COMPANIES if filters.matches(c)} == {"PK-502"}  # Zhuhai and retail are the asker's


def test_a_country_the_asker_names_of_themselves_is_not_one_asked_for() -> None:
    filters, _ = parse_filters("We only want to work in Chinese. Which Pakistani companies have Mandarin staff?", VOCAB)
    assert filters.countries == {"PK"}
    assert {c.id for c in COMPANIES if filters.matches(c)} == {"PK-501"}


@pytest.mark.parametrize(
    "question",
    [
        "Any Pakistani firms whose team can work in Chinese?",
        "Pakistani companies jo Chinese mein kaam kar sakein?",
    ],
)
def test_a_language_named_after_in_is_a_language_not_a_country(question: str) -> None:
    """ "In Chinese" is the language: the country asked for stays Pakistan, and Mandarin is a condition."""
    filters, wants = parse_filters(question, VOCAB)
    assert wants and filters.countries == {"PK"}
    assert {c.id for c in COMPANIES if filters.matches(c)} == {"PK-501"}


@pytest.mark.parametrize(
    "question",
    ["Test automation companies ka kaam kitne din mein hota hai?", "测试自动化的公司一般多少天能交付？"],
)
def test_how_long_something_takes_asks_the_documents_not_for_companies(question: str) -> None:
    _, wants = parse_filters(question, VOCAB)
    assert not wants, question


def test_a_count_conditioned_by_an_everyday_word_alone_is_the_programmes() -> None:
    """ "Spring" names a framework one row holds, and a season: counting by it alone asks the programme."""
    rows = [
        company_row(
            id="PK-601",
            name="Jhelum River Software",
            country="PK",
            city="Islamabad",
            technologies="Java;Spring;Angular",
        )
    ]
    vocab = DirectoryVocabulary([company_from_cells(r) for r in rows])
    _, wants = parse_filters("Spring tour mein kitni companies ne MoU sign kiye the?", vocab)
    assert not wants
    _, wants = parse_filters("How many companies use Angular and Spring?", vocab)
    assert wants


@pytest.mark.parametrize(
    ("question", "countries", "weak"),
    [
        # The asking sentence names no country: the whole message's is asked for.
        ("We want Pakistani vendors. Which ones do test automation?", {"PK"}, []),
        # A wish is not the asker telling what they are: its values stay conditions.
        ("We need a QA team in Zhuhai. Which companies have ISO 27001?", set(), []),
        # What the asker says of themselves is no condition beside what they ask for (Zhuhai, retail).
        ("hum Zhuhai ki retail company hain. Jhelum mein test automation kaun karta hai?", set(), []),
    ],
)
def test_the_askers_statement_and_the_countries_asked_for(question: str, countries: set[str], weak: list[str]) -> None:
    filters, _ = parse_filters(question, VOCAB)
    assert filters.countries == countries
    assert sorted(n.phrase for n in filters.needs if n.weak) == sorted(weak)


HOSPITAL_ROWS = [
    company_row(
        id="PK-601",
        name="Sibi Ward Systems",
        country="PK",
        city="Sibi",
        employees="60",
        services="hospital information systems;HIS support",
        technologies="MATLAB",
    ),
    company_row(id="PK-602", name="Sibi Cargo Apps", country="PK", city="Sibi", employees="20", services="fleet apps"),
]
HOSPITAL_COMPANIES: list[Company] = [company_from_cells(r) for r in HOSPITAL_ROWS]
HOSPITAL_VOCAB = DirectoryVocabulary(HOSPITAL_COMPANIES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which HIS vendors are in Sibi?", {"PK-601"}),
        ("Which companies in Sibi did his team recommend?", {"PK-601", "PK-602"}),
        ("Sibi mein MATLAB wali companies?", {"PK-601"}),
        ("Sibi ki companies ka matlab kya hai, kaunsi hain?", {"PK-601", "PK-602"}),
    ],
)
def test_an_acronym_spelt_like_a_grammar_word_names_its_value_only_in_capitals(
    question: str, expected: set[str]
) -> None:
    filters, wants = parse_filters(question, HOSPITAL_VOCAB)
    assert wants
    assert {c.id for c in HOSPITAL_COMPANIES if filters.matches(c)} == expected


def test_a_grammar_word_is_not_an_unheld_service() -> None:
    """In a directory without hospitals, "his" is a pronoun, not a request for hospital systems."""
    filters, _ = parse_filters("Which companies in Jhelum can his team hire?", VOCAB)
    assert filters.unheld == []
    filters, _ = parse_filters("Which HIS vendors are in Jhelum?", VOCAB)
    assert filters.unheld == ["his"]


@pytest.mark.parametrize(
    "question",
    [
        "Hi, we're a 60-person hospital information systems team in Sibi. Which fee band are we in?",
        "您好，我们是西比的一家医院信息系统公司。我们属于哪个收费档？",
        "Salam, hum Sibi ki hospital information systems company hain. Hamara fee band kaunsa hai?",
    ],
)
def test_what_the_asker_says_of_themselves_does_not_make_a_request_for_companies(question: str) -> None:
    """The word for companies and the values stand only in the asker's greeting and statement; the asking
    sentence is about the programme."""
    _, wants = parse_filters(question, HOSPITAL_VOCAB)
    assert not wants, question


def test_a_request_after_the_askers_statement_is_still_read() -> None:
    filters, wants = parse_filters(
        "Hi, we're a hospital group in Kunming. Which companies in Sibi build hospital information systems?",
        HOSPITAL_VOCAB,
    )
    assert wants and {c.id for c in HOSPITAL_COMPANIES if filters.matches(c)} == {"PK-601"}


def test_an_everyday_word_beside_a_city_is_no_request_for_companies() -> None:
    """Without a word for companies, a city and "mobile" (set aside as an everyday word) are not two needs."""
    vocab = DirectoryVocabulary(
        [company_from_cells(company_row(id="PK-701", name="Sibi Apps", country="PK", city="Sibi", services="mobile"))]
    )
    assert not parse_filters("Sibi mein SIM card kaunsi leni chahiye, Jazz ya Zong mobile?", vocab)[1]
    assert parse_filters("Sibi mein mobile ka kaam kaunsi companies karti hain?", vocab)[1]


COMMERCE = [
    company_row(id=i, name=n, country=i[:2], city=c, founded=f, employees=e, services=v, pitched_at_webinar=w)
    for i, n, c, f, e, v, w in [
        (
            "PK-701",
            "Thatta Storefronts",
            "Thatta",
            "2011",
            "240",
            "Shopify store setup;Amazon Seller Central integration",
            "no",
        ),
        (
            "PK-702",
            "Mardan Plus Works",
            "Mardan",
            "2013",
            "310",
            "Shopify Plus development;payment gateway development;design services",
            "no",
        ),
        (
            "PK-703",
            "Chitral Apps",
            "Chitral",
            "2014",
            "60",
            "Shopify app development;Chinese-to-Arabic listing translation",
            "yes",
        ),
        (
            "PK-704",
            "Okara Listings",
            "Okara",
            "2008",
            "520",
            "Amazon and Etsy selling;payment services;listing services",
            "no",
        ),
        (
            "CN-701",
            "Jinhua Export Desk",
            "Jinhua",
            "2005",
            "90",
            "cross-border remittance reconciliation;support services",
            "yes",
        ),
    ]
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Every content word of the phrase stands in the value, with other words between.
        ("Which firms do Shopify development?", {"PK-701", "PK-702", "PK-703"}),
        # A proper name that is part of one value ("Amazon and Etsy selling") names every value it stands in.
        ("Amazon wali companies kaun si hain?", {"PK-701", "PK-704"}),
        # An everyday word that names a country asks for the country, not for the value it stands in.
        ("Which Chinese companies pitched at the webinar?", {"CN-701"}),
        # The directory's own country codes name the countries.
        ("PK companies jo 2012 se pehle bani hain, list do", {"PK-701", "PK-704"}),
        # A city and a founding year are two conditions: a request for a list without a word for companies.
        ("Jinhua ke sellers jo 2010 se pehle bane hain, unki list do", {"CN-701"}),
    ],
)
def test_free_form_values_are_found_by_their_words_and_names(question: str, expected: set[str]) -> None:
    assert found_among(COMMERCE, question) == expected


AVIATION = [
    company_row(id=i, name=n, country=i[:2], city="Lahore", services=v)
    for i, n, v in [
        ("PK-751", "Potohar UTM Systems", "UTM platform;UAV traffic management"),
        ("PK-752", "Multan Drone Works", "drone traffic management;crop-spraying drone apps"),
        ("PK-753", "Skardu Mountain UTM", "UTM;drone corridor mapping"),
        ("PK-754", "Cholistan EFB Labs", "electronic flight bag apps"),
        ("PK-755", "Kasur Skies", "EFB apps;flight planning tools"),
        ("PK-756", "Sukkur Baggage", "baggage reconcilation;cargo terminal management"),
        ("PK-757", "Pindi Ground", "baggage reconciliation;air cargo terminal software"),
        ("PK-758", "Quetta Cargo", "cargo terminal management"),
    ]
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "yaani" (i.e.) says the second name is another name for the first: either, not both.
        ("UTM yaani drone traffic management wali companies?", {"PK-751", "PK-752", "PK-753"}),
        ("UTM i.e. drone traffic management firms", {"PK-751", "PK-752", "PK-753"}),
        # An acronym and its spelled-out form, asked in Chinese (terms.yaml, aviation).
        ("有没有做电子飞行包的公司？", {"PK-754", "PK-755"}),
        ("哪些公司既做行李再核对又做货站管理系统", {"PK-756", "PK-757"}),
    ],
)
def test_another_name_after_i_e_and_the_fields_own_terms_in_chinese(question: str, expected: set[str]) -> None:
    assert found_among(AVIATION, question) == expected


FOOD_SAFETY = [
    company_row(id=i, name=n, country=i[:2], city="Multan", services=v)
    for i, n, v in [
        ("PK-711", "Thal Halal IT", "halal traceability software;HACCP plan software"),
        ("PK-712", "Crescent Trace", "halal traceability;RFID tagging"),
        ("PK-713", "Peshawar Halal Systems", "halal supply-chain traceability;document management"),
        ("PK-714", "Islamabad FoodSafe", "HACCP plans;ISO 22000 audit management"),
        ("CN-711", "Urumqi Halal Foods", "halal meat import;halal food processing"),
        ("PK-715", "Thal Halal Workflow", "halal certification workflow;document management"),
    ]
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "software" names the form of the offering, not the work: the rows that write the work without it.
        ("list halal traceability software companies please", {"PK-711", "PK-712", "PK-713"}),
        # ... and a word in another number ("plans").
        ("which companies offer HACCP plan software?", {"PK-711", "PK-714"}),
        ("who makes HACCP plan software?", {"PK-711", "PK-714"}),  # "who makes" asks for companies
        # Two words besides the form must stand there: "halal software" is not every halal value.
        ("halal meat import companies?", {"CN-711"}),
        # Field vocabulary (terms.yaml): HACCP spelled out, 清真认证流程 for the certification workflow.
        ("which companies do hazard analysis and critical control points software?", {"PK-711", "PK-714"}),
        ("有做清真认证流程软件的公司吗", {"PK-715"}),
    ],
)
def test_a_word_naming_the_offerings_form_need_not_stand_in_the_value(question: str, expected: set[str]) -> None:
    assert found_among(FOOD_SAFETY, question) == expected


def test_an_everyday_word_in_one_value_does_not_name_every_value_it_stands_in() -> None:
    # "payment" names "payment services" (its one rare word there); written in lower case, it is an everyday
    # word, not a name, and does not also name "payment gateway development".
    companies = [company_from_cells(r) for r in COMMERCE]
    (mention,) = DirectoryVocabulary(companies).terms.mentions("payment firms")
    assert {p.value for p in mention.pairs} == {"payment services"}


MARINE = [
    company_row(id=i, name=n, country=i[:2], city=c, services=v)
    for i, n, c, v in [
        ("PK-801", "Gwadar Hull Works", "Gwadar", "hull inspection reporting;ROV pilot hire"),
        ("PK-802", "Pasni Marine", "Pasni", "hull inspections by divers;SBES bathymetry"),
        ("CN-801", "Zhoushan Survey", "Zhoushan", "SBES data cleaning;ballast audit logging"),
    ]
]


def test_words_that_run_together_in_several_values_name_them_all() -> None:
    # "hull inspection" stands in two values (once in the plural): the directory's name for a kind of work.
    assert found_among(MARINE, "Which firms do hull inspection?") == {"PK-801", "PK-802"}
    # An acronym two values write in capitals names both, inside Chinese text as well.
    assert found_among(MARINE, "有做SBES的公司吗？") == {"PK-802", "CN-801"}


def test_a_run_or_an_acronym_of_one_value_alone_is_left_to_the_other_readings() -> None:
    """Words of one value said together are no name of it ("online store" of "online store operations"): beside
    a value named otherwise they are only its alternative ("SBES data cleaning or ballast audit"), never a
    condition of their own; alone, they are what is asked."""
    vocab = DirectoryVocabulary([company_from_cells(r) for r in MARINE])
    assert [m.phrase for m in vocab.terms.mentions("ballast audit firms") if not m.alternative_only] == []
    assert [m.phrase for m in vocab.terms.mentions("ROV firms")] == []
    either, _ = parse_filters("Which firms do SBES data cleaning or ballast audit?", vocab)
    assert [need.phrase for need in either.needs] == ["sbes data cleaning / ballast audit"]
    beside, _ = parse_filters("Which firms do SBES data cleaning for ballast audit teams?", vocab)
    assert [need.phrase for need in beside.needs] == ["sbes data cleaning"]
    alone, _ = parse_filters("ballast audit firms", vocab)
    assert [need.phrase for need in alone.needs] == ["ballast audit"]


def test_an_urdu_name_is_found_from_a_words_start_not_inside_another_word() -> None:
    rows = [
        company_row(id="PK-1", name="Wharf Soft", country="PK", city="Karachi", services="port community system"),
        company_row(id="PK-2", name="Pixel Forge", country="PK", city="Karachi", services="Unity game development"),
    ]
    companies = [company_from_cells(r) for r in rows]
    vocab = DirectoryVocabulary(companies)

    def found(question: str) -> set[str]:
        return {c.id for c in companies if parse_filters(question, vocab)[0].matches(c)}

    # "یونٹی" (Unity) is the end of "کمیونٹی" (community): no request for Unity developers.
    assert found("کراچی میں پورٹ کمیونٹی سسٹم بنانے والی کمپنیاں") == {"PK-1"}
    assert found("کراچی میں یونٹی ڈویلپمنٹ والی کمپنیاں") == {"PK-2"}


APPAREL = [
    company_row(id=i, name=n, country="PK", city=c, services=v)
    for i, n, c, v in [
        ("PK-901", "Threadline", "Lahore", "garment ERP;production planning"),
        ("PK-902", "Saffron IT", "Lahore", "apparel ERP;BI dashboards"),
        ("PK-903", "Hue Logic", "Faisalabad", "dyeing recipe software;colour matching"),
        ("PK-904", "Colour Kitchen", "Karachi", "dyeing recipe optimisation;配色软件"),
        ("PK-905", "Wind Grid", "Karachi", "wind farm monitoring;SCADA dashboards"),
        ("PK-906", "Plant SCADA", "Lahore", "SCADA integration"),
    ]
]


def test_a_head_serving_the_word_before_it_too_asks_for_both() -> None:
    # "garment or apparel ERP": garment ERP as well, which the question never writes whole.
    assert found_among(APPAREL, "Which firms implement garment or apparel ERP?") == {"PK-901", "PK-902"}
    assert found_among(APPAREL, "Which firms implement apparel ERP?") == {"PK-902"}


def test_a_phrase_glossed_in_another_script_is_the_same_request() -> None:
    # Said again in Chinese right after, the request is met by either, as "or" would be.
    assert found_among(APPAREL, "dyeing recipe 配色软件 wali firms?") == {"PK-903", "PK-904"}
    # Written together, Chinese and Latin are one phrase: a wind farm's SCADA, not any SCADA.
    assert found_among(APPAREL, "有没有做风电场SCADA的公司") == {"PK-905"}


CAMPUS = [
    company_row(id=i, name=n, country=i[:2], city=c, services=v, certifications=z)
    for i, n, c, v, z in [
        ("PK-951", "Taleem Cloud", "Islamabad", "Student Information System;school ERP", "CMMI Level 5"),
        ("PK-952", "Quiz Forge", "Lahore", "online exam proctoring;item banks", "CMMI Level 3"),
        ("PK-953", "Cart Works", "Karachi", "shopping cart plugins;QA testing", ""),
        ("CN-951", "Hangzhou VocCloud", "Hangzhou", "职业教育在线课程平台;MOOC operation", ""),
        ("CN-952", "KeZhan Online", "Shenzhen", "在线课程平台;live classrooms", ""),
    ]
]


def test_english_words_written_in_urdu_script_are_read_as_the_directory_writes_them() -> None:
    # اسٹوڈنٹ انفارمیشن سسٹم is "student information system": read by its sounds, not by a lexicon entry.
    vocab = DirectoryVocabulary([company_from_cells(r) for r in CAMPUS])
    question = "کون سی CMMI سرٹیفائیڈ کمپنیاں اسٹوڈنٹ انفارمیشن سسٹم بناتی ہیں؟"
    assert "student information system" in vocab.in_latin(question)
    assert found_among(CAMPUS, question) == {"PK-951"}
    # Urdu's own words stay Urdu though one sounds like an English word the directory uses: کرتی is no "cart",
    # کی no "QA"; one short word alone is not read (سسٹم could be any "system").
    assert vocab.in_latin("کون سی کمپنیاں ٹیسٹنگ کی سروس کرتی ہیں؟").endswith("کی سروس کرتی ہیں؟")
    assert vocab.in_latin("سسٹم والی کمپنیاں") == "سسٹم والی کمپنیاں"


def test_a_phrase_that_names_a_value_in_urdu_is_not_broken_by_an_english_word_before_it() -> None:
    """ "فیول فارم مینجمنٹ" names the fuel-farm group whole (terms.yaml); "ایئرپورٹ" before it sounds with "فیول" like
    "airport fuel", but reading only that pair in English would leave "فارم مینجمنٹ" naming nothing and lose the
    firms that write "fuel farm management" without "airport" (sample-28's Peshawar fuel-farm firm)."""
    rows = [
        company_row(id=i, name=n, country="PK", city="Karachi", services=v, industries="airports")
        for i, n, v in [
            ("PK-961", "Qasim Fuel", "airport fuel-farm management;IoT sensors"),
            ("PK-962", "Khyber Fuel", "fuel farm management;into-plane fuelling app"),
            ("PK-963", "Gwadar Fuel", "airport fuel farm management"),
            ("PK-964", "Ground Ops", "ground handling apps"),
        ]
    ]
    vocab = DirectoryVocabulary([company_from_cells(r) for r in rows])
    question = "ایئرپورٹ فیول فارم مینجمنٹ کا سافٹ ویئر کون سی کمپنیاں بناتی ہیں؟"
    (mention,) = vocab.terms.mentions(question)
    assert mention.phrase == "فیول فارم مینجمنٹ"
    assert vocab.in_latin(question, [mention.phrase]).startswith("airport فیول فارم مینجمنٹ کا")
    # Not "airport fuel" with two Urdu words left over that name nothing.
    assert "airport fuel" not in vocab.in_latin(question, [mention.phrase])


def test_a_chinese_name_names_the_values_it_stands_in() -> None:
    # 在线课程平台 is one row's value and part of another's (职业教育在线课程平台): both rows offer the platform.
    assert found_among(CAMPUS, "China ki kaun si companies 在线课程平台 chalati hain?") == {"CN-951", "CN-952"}


LANGUAGES = [
    company_row(id=i, name=n, country=i[:2], city=c, services=v, languages=z, pitched_at_webinar=w)
    for i, n, c, v, z, w in [
        ("PK-961", "Hanyu Apps", "Lahore", "Chinese language (HSK) course platform;AI tutoring", "English;Urdu", "no"),
        ("CN-961", "ZhiKe", "Shanghai", "AI tutoring;adaptive learning", "Mandarin;English", "yes"),
        ("PK-962", "Immersive Skills", "Karachi", "VR training simulations", "English;Urdu", "yes"),
        ("PK-963", "Lens Lab", "Lahore", "VR training simulations", "English", "no"),
    ]
]


def test_a_working_language_asked_for_is_a_language_the_company_works_in_not_a_service() -> None:
    # 能用中文沟通 asks for companies working in Chinese; a Chinese-language course platform is a service.
    assert found_among(LANGUAGES, "有没有能用中文沟通、做AI tutoring的公司？") == {"CN-961"}


def test_who_pitched_asks_for_companies() -> None:
    assert found_among(LANGUAGES, "Who pitched at the launch webinar and also does VR training simulations?") == {
        "PK-962"
    }


SYSTEMS = [
    company_row(id=i, name=n, country="PK", city=c, services=v)
    for i, n, c, v in [
        ("PK-971", "Sindh EduSoft", "Karachi", "school ERP;Student information system (SIS)"),
        ("PK-972", "Galaxy Edu", "Lahore", "College management system;SIS"),
        ("PK-973", "Depot Soft", "Lahore", "warehouse management system (WMS) implementation"),
        ("PK-974", "Rack Works", "Karachi", "WMS support;smart metering (AMI)"),
    ]
]


def test_an_acronym_a_value_defines_in_brackets_names_what_it_stands_for() -> None:
    # "Student information system (SIS)" says what SIS is: the row listing only "SIS" offers the system.
    assert found_among(SYSTEMS, "Which companies build a student information system?") == {"PK-971", "PK-972"}
    assert found_among(SYSTEMS, "Which firms do warehouse management system work?") == {"PK-973", "PK-974"}
    assert found_among(SYSTEMS, "WMS companies?") == {"PK-973", "PK-974"}


TUTORS = [
    company_row(id=i, name=n, country="PK", city=c, services=v, languages=z)
    for i, n, c, v, z in [
        ("PK-981", "Zaban Apps", "Lahore", "Mandarin learning app development;HSK prep app", "English;Urdu"),
        ("PK-982", "EduBridge", "Islamabad", "LMS development;SIS", "English;Urdu;Mandarin"),
        ("PK-983", "Awaz Studio", "Karachi", "Urdu dubbing of lecture videos", "English;Urdu"),
        ("PK-984", "Clifton Support", "Karachi", "call centre support", "Urdu;Mandarin"),
        ("PK-985", "Mock Masters", "Multan", "HSK mock tests", "English"),
    ]
]


def test_a_language_named_before_a_service_word_modifies_the_service() -> None:
    # "Mandarin learning apps": the apps, not every company that works in Mandarin; past "or", the head is shared.
    assert found_among(TUTORS, "Which firms build HSK or Mandarin learning apps?") == {"PK-981", "PK-985"}
    assert found_among(TUTORS, "Which firms build Mandarin learning apps?") == {"PK-981"}
    # Before a word no service uses, it is the language the company works in.
    assert found_among(TUTORS, "Mandarin speaking firms in Karachi?") == {"PK-984"}


def test_values_listed_with_a_chinese_enumeration_comma_are_alternatives() -> None:
    # 、 lists services as "," does: a company offering either is one the asker can use.
    assert found_among(CAMPUS, "有没有做在线课程平台、MOOC operation的公司？") == {"CN-951", "CN-952"}
    assert found_among(CAMPUS, "有没有做 online exam proctoring、QA testing 的公司？") == {"PK-952", "PK-953"}


TRAVEL = [
    company_row(id=i, name=n, country=k, city=c, services=v, certifications=z, languages=g)
    for i, n, k, c, v, z, g in [
        ("PK-991", "Kaghan Routes", "PK", "Abbottabad", "GDS connectivity;tour operator ERP", "", "English;Urdu"),
        ("PK-992", "Margalla Fares", "PK", "Islamabad", "Travelport;fare-rules engine", "", "English;Urdu"),
        ("PK-993", "Thar Payments", "PK", "Karachi", "PCI DSS compliance consulting", "ISO 27001", "English"),
        ("PK-994", "Keamari Pay", "PK", "Karachi", "payment API integration", "PCI DSS", "English"),
        ("PK-995", "Mohenjo Media", "PK", "Hyderabad", "audioguide app;3D scanning", "", "English;Urdu"),
        ("PK-996", "Badshahi Guides", "PK", "Lahore", "museum audio guide;voice-over", "", "English;Urdu"),
        ("PK-997", "Saddar Voice", "PK", "Karachi", "Mandarin chat support;Urdu helpline", "", "Urdu;Mandarin"),
        ("PK-998", "Silk Dub", "PK", "Islamabad", "dubbing (Mandarin)", "", "Urdu;Mandarin"),
        ("CN-991", "Chengdu Panda Travel", "CN", "Chengdu", "outbound tour packages", "", "Mandarin"),
        ("CN-992", "Chengdu Maps Center", "CN", "Chengdu", "map & geotagging", "", "Mandarin"),
    ]
]


def test_a_bracketed_list_names_alternatives_of_the_thing_before_it() -> None:
    question = "Which firms offer GDS connectivity (Amadeus, Sabre, Travelport)?"
    assert found_among(TRAVEL, question) == {"PK-991", "PK-992"}


def test_services_listed_with_an_urdu_comma_are_alternatives() -> None:
    question = "کون سی کمپنیاں ڈبنگ، وائس اوور یا GDS connectivity کرتی ہیں؟"
    assert found_among(TRAVEL, question) == {"PK-991", "PK-996", "PK-998"}
    assert found_among(TRAVEL, "companies for dubbing، voice-over ya GDS connectivity?") == {
        "PK-991",
        "PK-996",
        "PK-998",
    }


def test_a_value_named_as_certified_is_asked_of_the_certifications_column() -> None:
    assert found_among(TRAVEL, "PCI DSS certified companies?") == {"PK-994"}
    assert found_among(TRAVEL, "Which companies are certified in PCI DSS?") == {"PK-994"}
    # Named without the word, a service that names it is one the asker may want.
    assert found_among(TRAVEL, "Which companies do PCI DSS work?") == {"PK-993", "PK-994"}


def test_a_compound_written_as_one_word_or_two_names_both() -> None:
    assert found_among(TRAVEL, "Which firms make audio guides?") == {"PK-995", "PK-996"}
    assert found_among(TRAVEL, "Which firms build an audioguide?") == {"PK-995", "PK-996"}


def test_a_language_before_a_service_word_keeps_the_services_with_that_word() -> None:
    # "Mandarin support desk": Mandarin chat support, not Mandarin dubbing.
    assert found_among(TRAVEL, "Which company runs a Mandarin support desk?") == {"PK-997"}


def test_organisations_asked_for_in_chinese_are_companies() -> None:
    assert found_among(TRAVEL, "成都有哪些中方机构参加？") == {"CN-991", "CN-992"}


TOURS = [
    company_row(
        id=f"PK-{900 + n}",
        name=f"Tour Works {n}",
        country="PK",
        city="Lahore",
        services=v,
        industries="travel",
        languages=z,
    )
    for n, v, z in [
        (1, "halal travel content;halal restaurant listings", "English;Urdu"),
        (2, "adventure travel packages", "English;Urdu;Mandarin"),
        (3, "Mandarin call centre", "English;Urdu;Mandarin"),
        (4, "travel app development", "English;Mandarin"),
        (5, "call centre outsourcing", "English;Urdu"),
    ]
]


def test_the_directorys_own_field_is_no_condition_that_asks_for_companies() -> None:
    # 旅游 (travel) is what every row does: with 清真 alone it is no two-condition request for companies.
    companies = [company_from_cells(r) for r in TOURS]
    _, wants = parse_filters("清真旅游和礼拜时间内容的项目，资助比例有没有例外？", DirectoryVocabulary(companies))
    assert not wants
    # A working language most rows share is still a requirement the asker sets.
    assert found_among(TOURS, "Which call centres can handle Mandarin-speaking customers?") == {"PK-903"}


def test_a_word_joined_by_or_to_a_value_name_asks_for_either() -> None:
    # "hotel" names no value alone, but stands in some: "for a hotel or restaurant" asks for either.
    rows = [
        company_row(id=i, name=n, country="PK", city="Lahore", services=v)
        for i, n, v in [
            ("PK-881", "Ravi Stay", "hotel PMS;WeChat Pay integration"),
            ("PK-882", "Sabz Menu", "restaurant POS;WeChat Pay integration"),
            ("PK-883", "Mall Pay", "WeChat Pay integration;retail POS"),
            ("PK-884", "Hotel Cloud", "hotel channel manager;pharmacy POS"),
        ]
    ]
    question = "Which companies can integrate WeChat Pay for a hotel or restaurant?"
    assert found_among(rows, question) == {"PK-881", "PK-882"}


STAY_ROWS = [
    company_row(id="PK-701", name="Turbat Stays", country="PK", city="Turbat", services="hotel PMS;channel manager"),
    company_row(id="PK-702", name="Sukkur Rooms", country="PK", city="Sukkur", services="PMS implementation"),
    company_row(id="PK-703", name="Sukkur Tills", country="PK", city="Sukkur", services="restaurant POS;QR menus"),
    company_row(
        id="PK-704",
        name="Chitral Visa Desk",
        country="PK",
        city="Chitral",
        services="visa application processing",
        certifications="ISO 9001",
    ),
    company_row(
        id="PK-705",
        name="Turbat Visa Works",
        country="PK",
        city="Turbat",
        services="visa application processing",
        certifications="none",
    ),
    company_row(id="PK-706", name="Dir Data", country="PK", city="Dir", technologies="SAP BW"),
    company_row(id="PK-709", name="Dir Mini Apps", country="PK", city="Dir", services="微信小程序开发"),
    company_row(id="PK-710", name="Dir Aerials", country="PK", city="Dir", services="drone footage"),
    company_row(id="PK-711", name="Dir Kit", country="PK", city="Dir", technologies="4K drones"),
]
STAY_COMPANIES: list[Company] = [company_from_cells(r) for r in STAY_ROWS]
STAY_VOCAB = DirectoryVocabulary(STAY_COMPANIES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Words whose initials spell an acronym the values write in capitals name those values.
        ("Which companies can implement a hotel property management system?", {"PK-701", "PK-702"}),
        ("who does point of sale for restaurants?", {"PK-703"}),
        # Words of a sentence's grammar spell nothing: "banane wali" is no "BW".
        ("Sukkur mein POS banane wali companies konsi hain", {"PK-703"}),
        # A company is in one city: two cities asked for are alternatives, "and" or "اور" between them.
        ("Which companies are in Turbat and Sukkur?", {"PK-701", "PK-702", "PK-703", "PK-705"}),
        ("تربت اور سکھر میں کمپنیاں کون سی ہیں؟", {"PK-701", "PK-702", "PK-703", "PK-705"}),
        # A city left out after it, in Roman Urdu and in Urdu.
        ("visa processing wali companies jo Turbat mein na hon", {"PK-704"}),
        ("ویزا پروسیسنگ کی کمپنیاں جو تربت میں نہ ہوں", {"PK-704"}),
        # Building WeChat mini-programs (a service) is work on WeChat mini-programs (a technology).
        ("Who can build WeChat mini-programs for us?", {"PK-709"}),
        # A word that names a value alone is read again with the next one where the two sound like a longer value.
        ("ڈرون فوٹیج بنانے والی کمپنیاں کون سی ہیں؟", {"PK-710"}),
        # A value asked to be absent leaves the service asked for a condition.
        ("visa processing wali firms batao jin ke paas koi ISO certification nahi hai", {"PK-705"}),
    ],
)
def test_spelled_out_acronyms_cities_as_alternatives_and_places_left_out(question: str, expected: set[str]) -> None:
    filters, wants = parse_filters(question, STAY_VOCAB)
    assert wants
    assert {c.id for c in STAY_COMPANIES if filters.matches(c)} == expected


def test_what_the_asker_has_done_in_chinese_is_no_request_for_companies() -> None:
    """ "We signed with a Turbat visa firm; can we get the subsidy?" tells what the asker did: a programme question."""
    _, wants = parse_filters("我们跟一家 Turbat 的 visa processing 公司签了合同，可以申请补贴吗？", STAY_VOCAB)
    assert not wants
    filters, wants = parse_filters("我们想找 Turbat 的 visa processing 公司", STAY_VOCAB)
    assert wants and {c.id for c in STAY_COMPANIES if filters.matches(c)} == {"PK-705"}


FREIGHT_ROWS = [
    company_row(
        id="PK-901",
        name="Attock Fleet Labs",
        country="PK",
        city="Attock",
        employees="140",
        services="GPS tracking;theatre booking apps;freight reconciliation",
        industries="logistics companies",
        languages="English;Urdu",
    ),
    company_row(
        id="PK-902",
        name="Bannu Route Works",
        country="PK",
        city="Bannu",
        employees="40",
        services="bus booking apps;RFID tracking;check-in apps;fleet apps",
        industries="logistics",
        languages="English;Urdu;Chinese",
    ),
    company_row(
        id="PK-903",
        name="Chaman Proof Desk",
        country="PK",
        city="Chaman",
        employees="25",
        services="electronic proof of delivery apps;reconciliation (daily and monthly);fleet apps",
        industries="logistics",
        languages="English;Mandarin",
    ),
    company_row(
        id="PK-904",
        name="Attock Parts Hub",
        country="PK",
        city="Attock",
        employees="12",
        services="hotel booking apps;cargo reconciliation;fleet apps;dispatch desk for logistics companies",
        industries="logistics",
        languages="English",
    ),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # British and American spellings are one word: "theater" finds "theatre", not every booking app.
        ("Which companies build theater booking apps?", {"PK-901"}),
        # A compound a value hyphenates is the same compound written as one word.
        ("Which companies make checkin software?", {"PK-902"}),
        # A city left out in Roman Urdu: "… wali nahi", "… ko chhor ke".
        ("fleet apps wali companies batao, lekin Attock wali nahi", {"PK-902", "PK-903"}),
        ("Attock ko chhor ke fleet apps kaun banata hai?", {"PK-902", "PK-903"}),
        # The question's word for companies is no value that merely holds it ("logistics companies").
        ("fleet apps wali companies chahiye jin ke 30 se zyada employees hon", {"PK-902"}),
        # Who the asker is, then in the same clause what they need: the need is asked for ("need … vendor").
        ("we're a cement plant and need a GPS tracking vendor, ideally in Attock. who is there?", {"PK-901"}),
        # A country's word joined to a working language as its alternative is the language.
        ("reconciliation karne wali companies jin ka staff Mandarin ya Chinese bol sakta ho", {"PK-903"}),
        # Asked for both, "and" joins two conditions.
        ("GPS tracking和RFID tracking两样都能做的公司有哪些", set()),
        ("Which firms do GPS tracking and RFID tracking?", {"PK-901", "PK-902"}),
        # An acronym in capitals names the values whose words spell it out.
        ("Which companies build EPOD apps?", {"PK-903"}),
        # A value's name before its note in brackets names every value holding the word.
        ("reconciliation karne wali companies", {"PK-901", "PK-903", "PK-904"}),
        # What the asker says of themselves, before asking in the same sentence, is no condition.
        (
            "I'm with a Chinese retailer, looking for Pakistani vendors for fleet apps in Bannu. Who is there?",
            {"PK-902"},
        ),
        # Their names asked for is a request for the companies.
        ("Bannu ki companies ke naam batao", {"PK-902"}),
    ],
)
def test_spellings_compounds_exclusions_and_alternatives_of_a_free_form_directory(
    question: str, expected: set[str]
) -> None:
    assert found_among(FREIGHT_ROWS, question) == expected


@pytest.mark.parametrize(
    ("question", "work"),
    [
        ("有没有做古籍拓片修复的巴基斯坦公司？", "古籍拓片修复"),
        ("哪些巴方公司做古籍拓片修复？", "古籍拓片修复"),  # the companies first, then the work
        ("stone inscription rubbing karne wali companies chahiye", "stone inscription rubbing"),
        ("کتبوں کی نقول بنانے والی کمپنیاں کون سی ہیں؟", "کتبوں کی نقول"),
        ("کتبوں کی نقول کون سی کمپنیاں بناتی ہیں؟", "کتبوں کی نقول"),
        ("Are there companies that make stone inscription rubbings?", "stone inscription rubbings"),
        ("参加项目的中国企业里，有哪些是做古籍拓片修复的？", "古籍拓片修复"),  # a few words between
        ("想找卡拉奇的古籍拓片修复公司", "古籍拓片修复"),  # looking for companies of a kind of work
    ],
)
def test_companies_asked_for_by_what_they_do_in_words_no_value_holds_are_an_open_request(
    question: str, work: str
) -> None:
    """The work asked for, without the words for companies around it, is what is compared with the values."""
    filters, wants = parse_filters(question, DirectoryVocabulary([company_from_cells(r) for r in FREIGHT_ROWS]))
    assert wants and filters.open_request and not filters.needs
    assert filters.offering == work


def test_the_alternatives_of_work_asked_for_are_its_parts() -> None:
    assert alternatives("博物馆藏品数字化或者文物三维扫描") == ["博物馆藏品数字化", "文物三维扫描"]
    assert alternatives("leak detection ya pressure logging") == ["leak detection", "pressure logging"]
    assert alternatives("stone inscription rubbings") == ["stone inscription rubbings"]


def test_a_named_value_or_a_programme_question_is_no_open_request() -> None:
    vocab = DirectoryVocabulary([company_from_cells(r) for r in FREIGHT_ROWS])
    filters, wants = parse_filters("有没有做GPS tracking的巴基斯坦公司？", vocab)
    assert wants and not filters.open_request and filters.needs
    _, wants = parse_filters("做古籍拓片修复的公司申请补贴要多少钱？", vocab)
    assert not wants
    # Arranging a visit to companies is no looking for them.
    _, wants = parse_filters("Karachi roadshow 结束后有没有安排 factory visit 或者参观企业？", vocab)
    assert not wants


def test_a_need_narrowed_by_a_second_phrase_is_read_wide_when_the_narrow_one_meets_no_company() -> None:
    """sample-27's directory: "crop models ke liye data annotation" narrows annotation to the one value naming
    crop models; with "fewer than 20 people" no company meets that, and read wide the small annotation teams do."""
    from pathlib import Path

    from knowledge.directory import read_directory

    companies = read_directory(Path(__file__).parent / "data" / "sample-27" / "directory.csv").companies
    question = "crop models ke liye data annotation chahiye, koi choti team ho 20 se kam log"
    filters, wants = parse_filters(question, DirectoryVocabulary(companies))
    assert wants and not [c.id for c in companies if filters.matches(c)]
    wide = filters.widened()
    assert wide is not None
    assert {c.id for c in companies if wide.matches(c)} == {"PK-009", "PK-034"}


def test_a_value_naming_two_kinds_of_work_asks_for_the_values_that_do_both() -> None:
    """垃圾清运路线优化 is waste collection and route optimisation at once: the rows that write it otherwise ("garbage
    collection route planning", "solid waste route planning") do both and are asked for; a row doing only one of
    them is not. Before, a stretch naming two concepts kept only the one value written so."""
    rows = [
        company_row(
            id="CN-531",
            name="Huancheng Sanitation",
            country="CN",
            city="Guangzhou",
            services="垃圾清运路线优化;fleet management",
        ),
        company_row(
            id="PK-531",
            name="Gujranwala Clean City",
            country="PK",
            city="Lahore",
            services="garbage collection route planning",
        ),
        company_row(
            id="PK-532",
            name="Lyallpur Waste Routing",
            country="PK",
            city="Lahore",
            services="solid waste route planning",
        ),
        company_row(
            id="PK-533",
            name="Sialkot BinSense",
            country="PK",
            city="Lahore",
            services="garbage collection;bin QR tagging",
        ),
        company_row(
            id="PK-534", name="Indus Couriers Tech", country="PK", city="Lahore", services="delivery route optimization"
        ),
    ]
    assert found_among(rows, "哪些公司做垃圾清运路线优化？") == {"CN-531", "PK-531", "PK-532"}
    # A concept of another kind (apparel, an industry) narrows the work named: apparel ERP is no ERP testing.
    erp = [
        company_row(id="PK-535", name="Loom ERP", country="PK", city="Faisalabad", services="apparel ERP"),
        company_row(id="PK-536", name="Check Labs", country="PK", city="Lahore", services="ERP testing"),
    ]
    assert found_among(erp, "which companies do apparel ERP?") == {"PK-535"}
