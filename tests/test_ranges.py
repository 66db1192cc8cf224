"""Banded tables: the row whose range holds the question's number."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from bot.wiring import App
from knowledge.models import Inquiry
from knowledge.ranges import (
    OPEN_FIT,
    Amount,
    amounts,
    band_fit,
    band_misses,
    bounds,
    currencies_in,
    in_millions,
    labels,
    opens_with_label,
    priced,
    spelled_out,
    tax_rate,
    worked_share,
    worked_tax,
)


def given(*numbers: float) -> list[Amount]:
    """Amounts with no word after them, as "we are 12" gives."""
    return [Amount(n) for n in numbers]


def values(found: list[Amount]) -> list[float]:
    return [a.value for a in found]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("We want a team of 12 developers", [12.0]),
        ("a deal worth about USD 60,000.", [60000.0]),
        ("escrow me 2 lakh dollar ka contract he", [200000.0]),
        ("预算大概5万元", [50000.0]),
        ("we have 60k to spend in 2028", [60000.0]),  # the year is not an amount
        ("We don't have ISO 27001 or SSAQ-28 yet", []),  # names, not amounts
    ],
)
def test_amounts_read_multipliers_and_leave_years_out(question: str, expected: list[float]) -> None:
    assert values(amounts(question)) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Pod | Team size: 10–19 engineers | Fee: 3.5%", [(10.0, 19.0)]),
        ("Band B | USD 50,001 – 150,000 | 1.2%", [(50001.0, 150000.0)]),
        ("Centre | 20 engineers or more | 2.5%", [(20.0, math.inf)]),
        ("Providers with fewer than 10 full-time staff are not eligible", [(-math.inf, 10.0)]),
        ("大型 | 250 人以上", [(250.0, math.inf)]),
        ("بڑی کمپنی | 50 سے زیادہ ملازمین", [(50.0, math.inf)]),
        ("ملازمین کی تعداد: 5 تا 24 | فیس: PKR 18,000", [(5.0, 24.0)]),  # Urdu's "to"
        ("ملازمین کی تعداد: 500 یا زائد | فیس", [(500.0, math.inf)]),  # "or more"
        ("پے رول پر کم از کم 5 ملازمین ہوں", [(5.0, math.inf)]),  # "at least"
        ("Team: 10 ya us se kam log", [(-math.inf, 10.0)]),  # Roman Urdu "or fewer"
        ("سرٹیفکیٹ کے لیے کم از کم 75 فیصد حاضری", []),  # a percentage written as a word is a rate
        ("at least 40 percent of the team", []),
        ("The fee is 3.5% of each invoice", []),
        ("Add-on for providers with at least 40% women among technical staff", []),
    ],
)
def test_bounds_read_ranges_in_three_languages(row: str, expected: list[tuple[float, float]]) -> None:
    assert bounds(row) == expected


def test_a_number_outside_every_range_holds_nothing() -> None:
    assert band_fit("Pod | 10–19 engineers", given(12.0)) > 0
    assert not band_fit("Pod | 10–19 engineers", given(25.0)) > 0
    assert not band_fit("Pod | 10–19 engineers", given()) > 0
    assert band_fit("Providers with fewer than 10 staff", given(8.0)) > 0
    assert not band_fit("Band A | up to USD 25,000", given(6.0)) > 0  # an open range holds amounts of its size


TIERS = """# Dedicated teams

## Coordination fee by team size

| Tier | Team size | Coordination fee | Minimum term |
|---|---|---|---|
| Starter | 1–9 engineers | 5% of each invoice | 3 months |
| Pod | 10–19 engineers | 3.5% of each invoice | 6 months |
| Centre | 20 engineers or more | 2.5% of each invoice | 12 months |

## Replacements

A client who is not satisfied with an engineer may ask for a replacement within 14 days.

## 按团队规模收取的协调费

| 档位 | 团队规模 | 协调费 |
|---|---|---|
| 入门 | 1–9 名工程师 | 每张发票的 5% |
| 小组 | 10–19 名工程师 | 每张发票的 3.5% |
| 中心 | 20 名工程师及以上 | 每张发票的 2.5% |
"""


async def test_a_banded_table_answers_with_the_row_the_number_falls_in(make_app: object, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "teams.md").write_text(TIERS, encoding="utf-8")
    app: App = make_app(knowledge={"sources": [str(docs)]})  # type: ignore[operator]
    report = app.ingestor.ingest(app.settings.source_paths)
    assert not report.failed
    for question, row in [
        ("We need a team of 12 engineers. What coordination fee applies?", "3.5%"),
        ("我们要组建25人的团队，协调费是多少？", "2.5%"),
        ("sirf 4 engineers ki team ho to fee kitni hogi?", "5%"),
    ]:
        answer = await app.engine.answer(Inquiry(text=question))
        assert not answer.abstained, question
        lead = answer.text.split("\n")[1]
        assert row in lead, (question, lead)


COURSE = """# Workplace Mandarin course

## Format of each cohort

- Each cohort of the course has live online classes, two evenings a week.
- At most 18 participants per class in each cohort.
- Each cohort of the course runs 60 hours in total over 12 weeks, starting on a Monday.

## Cohorts

Cohort 1 starts 6 May. Cohort 2 starts 2 September. Cohort 3 starts 13 January.
"""


def test_a_number_the_documents_write_after_the_same_word_is_a_name() -> None:
    documents = "cohort 1 starts 6 may. cohort 2 starts 2 september. at most 18 participants per class."

    def quotes(phrase: str) -> bool:
        return phrase.lower() in documents

    assert values(amounts("when does cohort 2 start?", quotes)) == []
    assert values(amounts("when does cohort 2 start?")) == [2.0]
    assert values(amounts("We are a team of 2; which cohort is open?", quotes)) == [2.0]  # "of" names nothing


def test_a_capitalised_word_numbering_a_thing_mid_sentence_names_it_in_any_script() -> None:
    """The documents write "لیول 3" in Urdu: "MCIC Level 3" is still a name, not 3 employees to find a band for."""

    def quotes(phrase: str) -> bool:
        return False

    assert values(amounts("MCIC Level 3 ka retake fee کتنی ہے؟", quotes)) == []
    assert values(amounts("how much is the Phase 2 fee for 40 people", quotes)) == [40.0]
    assert values(amounts("our Lahore 12 person team, which band?", quotes)) == [12.0]  # a city numbers nothing
    assert values(amounts("Level 3 fee?", quotes)) == [3.0]  # a sentence's first word is capitalised anyway
    assert values(amounts("Is the fee USD 3 or more?", quotes)) == [3.0]


@pytest.mark.parametrize(
    "question",
    [
        "what does criterion number 3 say?",
        "اہلیت کے معیار نمبر 3 میں کیا شرط ہے؟",
        "第3条是什么意思？",
        "rule no. 3?",
        "selection criteria mein criterion 3 kis cheez ke baare mein hai aur uske kitne points hain?",
        "what does clause 3 of the rules cover?",
        "معیار 3 کیا ہے؟",
    ],
)
def test_a_number_after_a_word_for_number_labels_an_item_and_is_no_amount(question: str) -> None:
    """ "criterion 3" is not a firm of 3 people in the 1-25 band: an item's name stands before its number, and a
    count before its noun ("3 criteria")."""
    assert values(amounts(question)) == [] and labels(question) == ["3"]


def test_an_item_is_found_by_its_label_at_the_start_of_a_line() -> None:
    listed = "Criteria\n1. The firm is registered.\n2. It has traded 24 months.\n3. Three staff are trained."
    assert opens_with_label(listed, "3") and not opens_with_label(listed, "4")
    assert opens_with_label("（3）三名员工受过培训", "3") and opens_with_label("第3条 员工培训", "3")
    assert not opens_with_label("Fees for 3 staff", "3") and not opens_with_label("30. Other rules", "3")
    assert values(amounts("we have 120 employees, criterion 3?")) == [120.0]
    assert values(amounts("we meet 3 criteria and have 4 staff")) == [3.0, 4.0]  # a count before its noun


def test_an_amount_with_a_currency_or_a_multiplier_is_never_a_name() -> None:
    """ "exactly 50" is in the documents ("a firm with exactly 50 staff"), but "exactly PKR 50 million" is a sum."""
    documents = "bands include both ends: a firm with exactly 50 staff is in the 21-50 band. pkr 50,000,000"

    def quotes(phrase: str) -> bool:
        return phrase.lower() in documents

    asked = "If our contract is exactly PKR 50 million, what grant share do we get?"
    assert values(amounts(asked, quotes)) == [50_000_000.0]
    assert values(amounts("We have exactly 50 million users", quotes)) == [50_000_000.0]
    assert values(amounts("We are exactly 50, which band?", quotes)) == []  # as the documents write it: a name


def _app_on(make_app: object, tmp_path: Path, name: str, text: str) -> App:
    """An engine over one Markdown document, ingested."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / name).write_text(text, encoding="utf-8")
    app: App = make_app(knowledge={"sources": [str(docs)]})  # type: ignore[operator]
    assert not app.ingestor.ingest(app.settings.source_paths).failed
    return app


async def test_a_numbered_name_is_not_a_band_to_lead_with(make_app: object, tmp_path: Path) -> None:
    app = _app_on(make_app, tmp_path, "course.md", COURSE)
    answer = await app.engine.answer(Inquiry(text="When does Cohort 2 of the course start?"))
    lead = answer.text.split("\n")[1]
    assert "Cohort 2 starts 2 September" in lead, lead  # not "At most 18 participants", a band holding 2


def test_a_multiplier_written_once_stands_for_both_ends_of_a_range() -> None:
    assert bounds("Turnover band (USD): 2 to 8 million") == [(2_000_000.0, 8_000_000.0)]
    assert bounds("年营业额 5-10万") == [(50_000.0, 100_000.0)]
    assert bounds("between 500 to 2 million") == [(500.0, 2_000_000.0)]  # 500 million would be no range
    # so a team of 35 falls in "21 to 75", not in "2 to 8 million"
    assert not band_fit("Tier: T3 | Head count: 76 to 250 | Turnover band (USD): 2 to 8 million", given(35.0)) > 0


def test_a_band_closed_at_both_ends_fits_better_than_an_open_one_unless_both_are_money() -> None:
    assert band_fit("Tier: T3 | Head count: 76 to 250 | Fee PKR: 560,000", given(120.0)) == 1.0
    # "Over 4 hours" holds a team of 120 as an open range does: within two orders of magnitude.
    assert band_fit("An incident report within 24 hours of an outage over 4 hours.", given(120.0)) == OPEN_FIT
    rule = "Escrow is mandatory for a first contract worth more than USD 50,000."
    assert band_fit(rule, given(80_000.0), money=True) == 1.0  # a contract of USD 80k: the rule is about its sum
    assert band_fit(rule, given(80_000.0)) == OPEN_FIT
    assert band_fit("Pod | 10–19 engineers", given(25.0)) == 0.0
    assert (
        priced("Our first contract is around USD 80k.") and priced("一份8万元的合同") and not priced("我们有120名员工")
    )


def test_a_count_near_the_bound_of_a_last_band_open_upwards_fits_as_surely_as_a_closed_one() -> None:
    last = "Band: E | Full-time head count: 1,000 and above | Fee: PKR 290,000"
    assert band_fit(last, amounts("我们公司正好 1000 人")) == 1.0
    assert band_fit(last, amounts("we have 1,200 employees")) == 1.0
    assert band_fit(last, amounts("we have 5,000 employees")) == OPEN_FIT  # far past the bound: less sure
    assert band_fit("Offices close at 5 بجے تک", amounts("we are 4 people")) == OPEN_FIT  # open downwards


@pytest.mark.parametrize(
    "question", ["If we cancel on 15 August, how much do we get back?", "today is 4 Oct", "我们5月20日退出"]
)
def test_the_day_of_a_date_is_no_amount(question: str) -> None:
    assert amounts(question) == []


def test_a_currency_after_the_first_amount_of_a_range_is_read() -> None:
    assert bounds("合同金额（人民币）: 100 万元至 500 万元（不含）") == [(1_000_000, 5_000_000)]
    assert bounds("PKR 10,000 to PKR 20,000") == [(10_000, 20_000)]


def test_an_amount_in_one_currency_holds_no_band_stated_in_another() -> None:
    """A contract of 250万元 is not one "above USD 500,000"; a band in the question's currency, or in none, is."""
    question = "合同金额大概250万元，撮合服务费怎么算？"
    wanted, currencies = amounts(question), currencies_in(question)
    assert currencies == {"CNY"}
    assert band_fit("Contract value (USD): above 500,000 | Escrow fee: 0.5%", wanted, True, currencies) == 0.0
    row = "合同金额（人民币）: 100 万元至 500 万元（不含） | 撮合服务费: 0.2%"
    assert band_fit(row, wanted, True, currencies) == 1.0
    assert band_fit("Contract value: 1,000,000 - 5,000,000", wanted, True, currencies) == 1.0
    assert currencies_in("USD 2 million, or 美元") == {"USD"} and currencies_in("20 users") == frozenset()
    assert currencies_in("خرچ 500 روپے") == {"PKR"} and currencies_in("港元 5") == frozenset()


@pytest.mark.parametrize(
    ("band", "question", "fits"),
    [
        ("Experience: کم از کم 6 ماہ", "Can we start within 9 working days?", False),  # days are not 6 months
        ("Experience: کم از کم 6 ماہ", "We have run for 9 months", True),
        ("Experience: at least 6 months", "hamara tajurba 2 saal ka hai", True),  # 2 years is 730 days
        ("Training: 3个月以上", "培训2周可以吗？", False),
        ("小型企业 | 1–10 ملازمین", "培训一共10个半天", False),  # ten half-days are no head count
        ("Studio hire: up to 7 days", "we need 10 half-days in the studio", True),  # five days
        ("Studio hire: up to 7 days", "we need 10 full days in the studio", False),
        ("Pod | 10–19 engineers", "a project of 12 weeks", False),
        ("Pod | 10–19 engineers", "a team of 12 engineers", True),
        ("Pod | 10–19 engineers", "we are 12; which pod?", True),  # a bare number is read against any band
        ("Support window: 12 to 18 months", "we need 12 to 18 months of support", True),
        ("Band: A2 | Full-time staff: 20 - 74 | Fee: PKR 58,000", "有 24 小时值班电话吗？", False),  # no band of time
        ("Package: B | Duration (months): 3 - 6 | Fee: PKR 58,000", "a 4 months engagement", True),  # its header
        ("Package: B | Duration (months): 3 - 6 | Fee: PKR 58,000", "a team of 4 engineers", False),
        ("Full-time employees: 1 - 50 | Voucher: 75%", "a 12 sqm shell scheme booth", False),  # an area, no count
        ("Booth size: 9 - 18 sqm | Price: PKR 240,000", "a 12 sqm shell scheme booth", True),
        ("面积: 9-18平方米 | 价格: 2万元", "12平方米的展位多少钱", True),
        ("Storage: up to 500 GB | Fee: USD 20", "a team of 12", False),  # a size of data holds no head count
        ("Experience: 0-2 years | Ceiling rate: USD 95 per day", "the 24 hours helpline number?", False),  # a day
        ("Experience: 0-2 years | Ceiling rate: USD 95 per day", "P1 ke liye 24 ghante wala number", False),
        ("Experience: 0-2 years | Ceiling rate: USD 95 per day", "a developer with 18 months of experience", True),
    ],
)
def test_a_length_of_time_lies_only_in_a_band_of_time(band: str, question: str, fits: bool) -> None:
    assert (band_fit(band, amounts(question)) > 0) is fits


def test_a_currency_word_after_the_amount_makes_it_money() -> None:
    assert priced("a contract of 80,000 dollars") and priced("یہ 5 لاکھ روپے کا ہے")
    assert not priced("we have 12 yrs of experience")  # "rs" inside a word names no currency


def test_a_threshold_on_the_thing_counted_answers_either_side_of_it() -> None:
    """ "3 employees, can we join?" is answered by "at least 5 employees" though 3 is not in it; a table's closed
    rows still hold only their own counts, and a threshold on something else holds nothing."""
    three = amounts("we are a startup with 3 employees. can we join?")
    assert band_fit("It has at least 5 employees on its payroll.", three) == OPEN_FIT
    assert band_fit("It has at least 5 years of revenue.", three) == 0.0
    assert band_fit("It has at least 5 partners.", three) == 0.0
    assert band_fit("Pod | 20–49 employees | Fee: 3%", three) == 0.0


def test_a_currency_in_the_cells_header_makes_its_band_money() -> None:
    """ "Total project budget (USD): above 400,000" is a band of money though no currency stands by the number:
    70万美元 is in it as surely as in a closed range, and not in the tier below."""
    seven_hundred_k = amounts("项目总预算70万美元，基金最多能给多少？")
    large = "Tier: Large | Total project budget (USD): above 400,000 | Fund share of budget: 20%"
    medium = "Tier: Medium | Total project budget (USD): 150,001 – 400,000 | Fund share of budget: 30%"
    assert band_fit(large, seven_hundred_k, money=True) == 1.0
    assert band_fit(medium, seven_hundred_k, money=True) == 0.0
    assert band_fit("Tier: Large | Staff (count): above 400,000", seven_hundred_k, money=True) == OPEN_FIT


def test_a_row_whose_range_cannot_hold_the_askers_number_misses_it() -> None:
    """Only a row of the same kind misses: a range of money says nothing of a head count, nor one of time."""
    staff = amounts("We have 120 staff. What cover do we need?")
    assert band_misses("Vendor head count: up to 50 | Minimum cover: USD 250,000", staff)
    assert band_misses("Vendor head count: above 500 | Minimum cover: USD 2,000,000", staff)
    assert not band_misses("Vendor head count: 51 - 500 | Minimum cover: USD 1,000,000", staff)
    assert not band_misses("Contract value: up to USD 50 | Fee: 2%", staff)  # money, not a count
    assert not band_misses("Turnaround: up to 5 days | Fee: 2%", staff)  # time, not a count
    assert not band_misses("Vendors with up to 50 staff pay less.", staff)  # a sentence, not a table row
    assert not band_misses("Contract (USD): up to 50,000 | Fee: 2%", amounts("合同200万元"), True, frozenset({"CNY"}))


def test_a_measure_stated_as_one_value_holds_the_same_value_of_its_kind() -> None:
    """A booth table gives each booth's area, not a range of areas: "18 square meter" is the 18 m² row's booth,
    and "18 m²" is an area, never 18 million."""
    assert amounts("What does an 18 m² booth cost?") == [Amount(18.0, "m²")]
    shell = "Booth: Shell M | Floor area: 18 m² | Price (PKR): 380,000"
    raw = "Booth: Raw space L | Floor area: 36 m² | Price (PKR): 690,000"
    for question in ("expo mein 18 square meter wala booth kitne ka hai", "18平方米的展位多少钱", "an 18 sqm booth?"):
        wanted = amounts(question)
        assert band_fit(shell, wanted) == 1.0 and band_fit(raw, wanted) == 0.0, question
    # A count is no area: a team of 18 is not the 18 m² booth.
    assert band_fit(shell, amounts("we are a team of 18")) == 0.0


GRANTS = """# Integration grants

## Grant share by contract value

| Contract value (USD) | Grant share | Note |
|---|---|---|
| up to 20,000 | not eligible | contracts must exceed USD 20,000 |
| 20,001 - 60,000 | 40% | prototype integrations |
| 60,001 - 150,000 | 30% | single-site integrations |
| 150,001 - 400,000 | 20% | multi-site rollouts |

No firm receives more than USD 45,000 in a cycle.
"""


def test_the_share_of_the_askers_one_amount_is_worked_out_from_the_row_whose_band_holds_it() -> None:
    row = "Contract value (USD): 60,001 - 150,000 | Grant share: 30% | Note: single-site integrations"
    asked = "If our contract is worth USD 120,000, how much grant could we get?"
    assert worked_share(asked, row) == ("30%", "30% × USD 120,000 = USD 36,000", None)
    assert worked_share("合同金额是 12 萬美元，能资助多少？", row) == ("30%", "30% × USD 120,000 = USD 36,000", None)
    # The row's own maximum is said beside a sum that goes past it, never one it does not reach.
    capped = "Budget (USD): above 400,000 | Fund share of budget: 20% | Maximum grant: USD 120,000"
    assert worked_share("项目总预算70万美元，基金最多能给多少？", capped) == (
        "20%",
        "20% × USD 700,000 = USD 140,000",
        "USD 120,000",
    )
    assert worked_share("Our budget is USD 500,000, how much?", capped) == (
        "20%",
        "20% × USD 500,000 = USD 100,000",
        None,
    )
    assert worked_share("Our contract is USD 30,000, how much grant?", row) is None  # another band's amount
    assert worked_share("Our contract is PKR 120,000, how much grant?", row) is None  # another currency
    # Two amounts (a contract and its costs): which one the band reads is the header's to say.
    assert worked_share("Contract USD 120,000, eligible costs USD 40,000: how much?", row) is None
    # A sentence or an unbanded row gives the share too; an amount without a currency is money by its multiplier,
    # in the one currency the passage names, and a clause's maximum caps it.
    sentence = "按试点合同金额的25%给予资助，每个项目上限18万元。"
    assert worked_share("我们签了80万元的合同，能拿多少资助？", sentence) == (
        "25%",
        "25% × CNY 800,000 = CNY 200,000",
        "CNY 180,000",
    )
    window = "Window: A | Share of eligible cost: 60% | Cap per firm: PKR 450,000"
    assert worked_share("Window A mein hamare 6 lakh ke kharche hain, grant kitni?", window) == (
        "60%",
        "60% × PKR 600,000 = PKR 360,000",
        None,
    )
    assert worked_share("we are 40 people, how much grant?", window) is None  # a head count is no amount of money
    assert worked_share("Window A: 6 lakh costs, 2 lakh travel, how much?", window) is None  # which amount: not said


async def test_a_money_question_on_a_banded_share_gets_the_sum_worked_out(make_app: object, tmp_path: Path) -> None:
    app = _app_on(make_app, tmp_path, "grants.md", GRANTS)
    answer = await app.engine.answer(Inquiry(text="Our contract is worth USD 120,000. How much grant could we get?"))
    assert "30% × USD 120,000 = USD 36,000" in answer.text, answer.text
    assert "before any cap or condition" in answer.text and "maximum" not in answer.text
    other = await app.engine.answer(Inquiry(text="What is the grant share for multi-site rollouts?"))
    assert "×" not in other.text  # no amount given: nothing to work out


FEE_ROWS = [
    "Band: A | Full-time staff: 1–20 | Participation fee*: PKR 60,000 | Delegates included: 1",
    "Band: B | Full-time staff: 21–75 | Participation fee*: PKR 92,000 | Each extra delegate: PKR 24,000",
    "Band: C | Full-time staff: 76 or more | Participation fee*: PKR 150,000 | Delegates included: 3",
]
FEE_NOTE = "* All fees are shown excluding the 16% sales tax on services, which is added to the invoice."


def test_the_askers_fee_with_tax_is_worked_out_from_the_row_their_count_fits_and_the_rate_stated() -> None:
    """ "we are 40 people, total fee including tax?": the band row 40 fits gives the fee (its first amount of
    money: the next are extras), the schedule's note the rate."""
    rate = tax_rate(FEE_NOTE)
    assert rate == "16"
    asked = "we are 40 people in quetta. whats our total participation fee including tax?"
    assert worked_tax(asked, FEE_ROWS, rate) == ("16%", "PKR 92,000 + 16% = PKR 106,720", None)
    urdu = ["بینڈ: ایم (M) | ایجنٹ سیٹیں: ۱۱ سے ۵۰ | شرکت کی فیس: ۹۵,۰۰۰ روپے"]
    assert tax_rate("اس پر ۱۶ فیصد سیلز ٹیکس الگ سے لگتا ہے۔") == "16"
    assert worked_tax("hamari 35 seats hain, fee tax mila kar kitni hogi?", urdu, "16")[1] == (
        "PKR 95,000 + 16% = PKR 110,200"
    )
    # The rate the question gives, and a fee it gives itself.
    assert worked_tax("our fee is PKR 50,000, how much with 17% GST?", [], None)[1] == "PKR 50,000 + 17% = PKR 58,500"
    assert (
        worked_tax("we're 40 people: our fee once the 16% tax is added?", FEE_ROWS, None)[1]
        == "PKR 92,000 + 16% = PKR 106,720"
    )
    # Asked without the tax, or without one fee or one rate, nothing is worked out.
    assert worked_tax("we are 40 people, fee excluding tax?", FEE_ROWS, rate) is None
    assert worked_tax("40人，不含税费用多少？", FEE_ROWS, rate) is None
    assert worked_tax("we are 40 people, what is the fee?", FEE_ROWS, rate) is None
    assert worked_tax("what is the total fee including tax?", FEE_ROWS, rate) is None  # no count: which band
    assert worked_tax(asked, FEE_ROWS, None) is None
    assert tax_rate("16% sales tax on services; 5% withholding tax on grants") is None  # two rates: which one
    # A table run together on one line holds every band: no row of its own.
    assert worked_tax(asked, [" ".join(FEE_ROWS)], rate) is None


def test_a_deadline_is_no_bound() -> None:
    """ "۳۰ جون ۲۰۷۷ تک" (by 30 June 2077) is a date, not every number below 2077: a team of 18 is not in that row."""
    row = "کل وقتی ملازمین: ۱۰۱ تا ۴۰۰ | ادائیگی: ۵۰٪ انتخابی خط کے ۱۵ دن کے اندر، ۵۰٪ ۳۰ جون ۲۰۷۷ تک"
    assert bounds(row) == [(101.0, 400.0)]
    assert band_misses(row, amounts("hum 18 logon ki company hain"))
    assert bounds("up to 2,000 users; 50 staff and more") == [(50.0, math.inf), (-math.inf, 2000.0)]


def test_a_head_count_band_reads_the_askers_head_count_not_another_count() -> None:
    """ "40 people … 3 delegates": the band of 16–60 staff holds the team; 1–15 holds only the delegates."""
    asked = amounts("we are 40 people in Quetta and want to send 3 delegates")
    assert [a.people for a in asked] == [True, False]
    small = "Full-time employees: 1 - 15 | Fee (PKR): 24,000 | Delegates included: 1"
    team = "Full-time employees: 16 - 60 | Fee (PKR): 52,000 | Delegates included: 2"
    assert band_fit(team, asked) == 1.0 and band_fit(small, asked) == 0.0 and band_misses(small, asked)
    # Without a head count the other counts are read as before, and "300人民币" is no head count.
    assert band_fit(small, amounts("we want to send 3 delegates")) == 1.0
    assert [a.people for a in amounts("我们有300人")] == [True]
    assert band_fit("员工人数: 50-199人 | 费用: 3万元", amounts("我们有120名员工，派2个代表")) == 1.0


FEES = """# Participation

## Fees

The participation fee depends on the number of full-time employees on the day of application.

| Full-time employees | Fee (PKR) | Delegates included |
|---|---|---|
| 1 - 15 | 24,000 | 1 |
| 16 - 60 | 52,000 | 2 |
| 61 - 250 | 98,000 | 2 |
| 251 or more | 185,000 | 3 |

Each delegate beyond those included costs PKR 15,000.

## Offices

The programme office is in Islamabad, at 12 Jinnah Avenue, and is open Monday to Friday.
"""


@pytest.mark.parametrize(
    "message",
    [
        "We are 40 people and want to send 3 delegates. What is our participation fee?",
        # Asked among other questions: the figure the asker gives in a sentence of its own still picks the row.
        "We are 40 people and want to send 3 delegates. What is our participation fee? Where is your office?",
    ],
)
async def test_the_askers_head_count_picks_the_row_and_other_bands_rows_stay_out(
    make_app: object, tmp_path: Path, message: str
) -> None:
    app = _app_on(make_app, tmp_path, "fees.md", FEES)
    answer = await app.engine.answer(Inquiry(text=message))
    assert "52,000" in answer.text, answer.text
    assert not any(fee in answer.text for fee in ("24,000", "98,000", "185,000")), answer.text


GRANTS_BY_BAND = """<html><body><h1>Grants by band</h1>
<table>
<tr><th rowspan="2">Band (full-time staff)</th><th rowspan="2">Grant type</th><th colspan="2">Grant</th></tr>
<tr><th>Share</th><th>Cap per firm</th></tr>
<tr><td rowspan="2">Band B (21–100)</td><td>Expo Travel Grant: flights</td><td>60%</td><td>PKR 300,000</td></tr>
<tr><td>Field Demo Grant: drone shipping and insurance</td><td>50%</td><td>PKR 110,000</td></tr>
<tr><td rowspan="2">Band C (101–500)</td><td>Expo Travel Grant: flights</td><td>50%</td><td>PKR 250,000</td></tr>
<tr><td>Field Demo Grant: drone shipping and insurance</td><td>40%</td><td>PKR 100,000</td></tr>
</table></body></html>
"""


async def test_the_sum_is_worked_from_the_row_the_lead_shows_under_a_merged_band_label(
    make_app: object, tmp_path: Path
) -> None:
    """Band C's two rows start alike ("Band (full-time staff): Band C (101–500) | Grant type: …"): the share worked
    out is the field demo row's 40%, the one quoted, not the travel row's 50%."""
    app = _app_on(make_app, tmp_path, "grants.html", GRANTS_BY_BAND)
    question = (
        "we have 300 staff. drone shipping and insurance cost us PKR 180,000, how much will the field demo grant cover?"
    )
    answer = await app.engine.answer(Inquiry(text=question))
    assert "Field Demo Grant" in answer.text, answer.text
    assert "40% × PKR 180,000 = PKR 72,000" in answer.text and "50% ×" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("وہ کمپنیاں جو بیس سال سے زیادہ پرانی ہوں", "وہ کمپنیاں جو 20 سال سے زیادہ پرانی ہوں"),
        ("do saal purani company", "2 saal purani company"),
        ("nau mahine ka kaam", "9 mahine ka kaam"),
        # not before a unit of time: "ڈیٹا بیس" is a database, "do" an English verb, "نو" new
        ("ڈیٹا بیس کمپنیاں", "ڈیٹا بیس کمپنیاں"),
        ("we do data base work", "we do data base work"),
    ],
)
def test_a_number_word_before_a_unit_of_time_is_a_number(text: str, read: str) -> None:
    assert spelled_out(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("一等奖60万元，二等奖30万元", "一等奖60万元 (RMB 600,000)，二等奖30万元 (RMB 300,000)"),
        ("采购预算2.8亿元人民币。", "采购预算2.8亿元人民币 (RMB 280 million)。"),
        ("预算共计2,000万元", "预算共计2,000万元 (RMB 20 million)"),
        ("每年接待12万人次", "每年接待12万人次"),  # people, not money
        ("stand fee RMB 9,000", "stand fee RMB 9,000"),
    ],
)
def test_yuan_counted_in_wan_or_yi_is_also_said_in_rmb_as_english_writes_it(text: str, read: str) -> None:
    """An English or Urdu asker reads "60万元" as nothing; "RMB 600,000" beside it says the same."""
    assert in_millions(text) == read
