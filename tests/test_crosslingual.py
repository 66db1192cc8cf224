"""The vocabulary bridge: a question's concepts as the knowledge base names them in its other languages."""

from __future__ import annotations

import yaml

from knowledge.crosslingual import QueryBridge, concept_groups
from knowledge.grounding import spoken_of
from knowledge.relevance import TermIndex
from knowledge.vocabulary import VOCAB_DIR

FILLER = [f"Section {n} of the handbook explains how the secretariat works." for n in range(20)]
ENGLISH_KB = [
    "The Chengdu roadshow takes place on 23-24 May.",
    "Providers offering blockchain development must show one delivered project.",
    *FILLER,
]


def test_a_chinese_question_gains_the_english_names_the_documents_use() -> None:
    bridge = QueryBridge.build(TermIndex(ENGLISH_KB))
    names = bridge.names("成都的区块链项目什么时候开始？")
    assert "Chengdu" in names
    assert any(n.startswith("blockchain") for n in names)
    bridged = bridge.bridged("成都的区块链项目什么时候开始？")
    assert bridged is not None and bridged.startswith("成都的区块链项目什么时候开始？")


def test_only_names_the_knowledge_base_holds_are_added() -> None:
    bridge = QueryBridge.build(TermIndex(ENGLISH_KB))
    names = bridge.names("چینگدو میں بلاک چین")
    assert "Chengdu" in names and "成都" not in names  # no Chinese text in this knowledge base
    assert bridge.bridged("Who can I call?") is None  # nothing the vocabulary knows


def test_a_concept_most_passages_name_is_not_bridged_but_a_city_is() -> None:
    """What the whole knowledge base is about does not single out a passage; a city asked about does, however
    often the documents name it ("木尔坦办公室的地址" finds the Urdu page on the Multan office)."""
    bridge = QueryBridge.build(TermIndex(["The Chengdu office.", "Chengdu office hours.", "Office food.", *FILLER[:5]]))
    assert "office" not in bridge.names("办公室")
    assert "Chengdu" in bridge.names("成都办公室")


def test_an_urdu_question_about_an_offices_hours_and_days_gains_the_english_names() -> None:
    """ "اوقات" (hours) and "ہفتے کو" (on Saturday) find the English offices page."""
    bridge = QueryBridge.build(
        TermIndex(["Karachi office. Office hours: Monday to Friday 09:30-17:30.", "Saturday: 10:00-13:00.", *FILLER])
    )
    names = bridge.names("کراچی والے دفتر کے اوقات کیا ہیں؟ کیا ہفتے کو بھی کھلا ہوتا ہے؟")
    assert {"office hours", "saturday"} <= {n.casefold() for n in names}


def test_a_concept_the_documents_never_name_in_any_language_is_unheld() -> None:
    bridge = QueryBridge.build(TermIndex(ENGLISH_KB))
    assert bridge.unheld("Who in Chengdu does blockchain development?") == []
    assert bridge.unheld("区块链") == []  # named in English, asked in Chinese: held
    assert bridge.unheld("Do you cover penetration testing?") == ["penetration testing"]
    chinese = QueryBridge.build(TermIndex(["成都路演在五月举行。", *FILLER]))
    assert chinese.unheld("When is the Chengdu roadshow?") == []


def test_a_word_for_the_kind_of_answer_is_no_thing_the_documents_must_name() -> None:
    """ "洽谈时长？" (how long is a meeting) asks for a length of time, which the documents give as "每场25分钟"
    without naming a duration; a word they never name for a thing asked about is still unheld."""
    bridge = QueryBridge.build(TermIndex(["一对一洽谈安排在10月22日，每场25分钟。", *FILLER]))
    assert bridge.unheld("洽谈时长？") == []
    assert bridge.unheld("秘书处的微信号是多少？") == ["微信号"]


def test_a_fee_said_to_be_waived_holds_a_waiver() -> None:
    """ "any waiver on the application fee?" is answered by the Urdu page's "درخواست فیس معاف ہے"."""
    kb = ["جس کمپنی کی کم از کم ۵۱٪ ملکیت خواتین کے پاس ہو، اُس کی ۷,۵۰۰ روپے درخواست فیس معاف ہے۔", *FILLER]
    assert QueryBridge.build(TermIndex(kb)).unheld("any waiver on the application fee for us?") == []
    assert "waiver" in QueryBridge.build(TermIndex(FILLER)).unheld("any waiver on the application fee for us?")


def test_the_rules_of_a_thing_are_held_where_the_thing_is_named() -> None:
    """ "refund policy?" is answered by the refund the documents give, though they never say "policy"."""
    kb = ["If you withdraw by 31 August, we refund 70% of the participation fee.", *FILLER]
    assert QueryBridge.build(TermIndex(kb)).unheld("refund policy?") == []
    assert QueryBridge.build(TermIndex(["如8月31日前退出，退款70%。", *FILLER])).unheld("退款政策？") == []
    assert QueryBridge.build(TermIndex(FILLER)).unheld("refund policy?") == ["refund policy"]


def test_an_event_named_only_by_words_apart_is_one_the_documents_never_name() -> None:
    """ "Road" (an office on Konggang 4th Road) and "show" (firms showing software) are both used, but never as
    "road show": a roadshow asked when or where is one the documents never announce. Side by side, it is held."""
    kb = ["The Chengdu office is at 88 Konggang 4th Road.", "Firms showing MRO software book a demo slot.", *FILLER]
    folded = "\n".join(kb).lower()

    def side_by_side(name: str) -> bool:
        return " ".join(name.lower().replace("-", " ").split()) in folded

    apart = QueryBridge.build(TermIndex(kb), side_by_side)
    assert apart.unheld("Lahore mein roadshow kab ho raha hai?") == ["roadshow"]
    assert QueryBridge.build(TermIndex(kb)).unheld("Lahore mein roadshow kab ho raha hai?") == []  # words alone
    together = [*kb, "The road show stops in Lahore on 5 May."]
    assert (
        QueryBridge.build(
            TermIndex(together), lambda n: " ".join(n.lower().split()) in "\n".join(together).lower()
        ).unheld("Lahore mein roadshow kab ho raha hai?")
        == []
    )


def test_what_the_asker_would_be_given_is_asked_whether_it_exists() -> None:
    """ "Do we get a discount if we bid as a consortium?" asks whether the programme has such a discount: one
    word the documents never name, in any language, is what is asked for. Named there, it is held."""
    kb = ["Firms that apply before 1 March get an early-bird discount of 15%.", *FILLER]
    bridge = QueryBridge.build(TermIndex(kb))
    for question in (
        "Do we get a discount if three of us apply as a consortium?",
        "Can I get a discount as a consortium?",
    ):
        assert bridge.unheld(question) == ["consortium"], question
    assert bridge.unheld("老客户有折扣吗？") == ["老客户"]
    assert bridge.unheld("Do we get a discount?") == []
    assert (
        QueryBridge.build(TermIndex([*kb, "A consortium of up to three firms applies once."])).unheld(
            "Do we get a discount if three of us apply as a consortium?"
        )
        == []
    )
    # Without a question whether it is given, a word of the asker's story is not what is asked for.
    assert bridge.unheld("We are a consortium of three firms. When does registration close?") == []
    # Nor beside one asked in a sentence of its own: a charge is asked for, not a consortium.
    assert bridge.unheld("We'd apply as a consortium. Is there a discount?") == []
    # A sentence that asks and names nothing asks of the one before.
    english = QueryBridge.build(TermIndex(ENGLISH_KB))
    assert english.unheld("Python seekhne ke liye best online course? 推荐一下") == ["python", "course"]


def test_a_bound_of_a_thing_is_held_where_the_thing_is_named() -> None:
    """A range answers "what is the age limit": the documents need not say "limit"."""
    ages = QueryBridge.build(TermIndex(["Applicants must be 22 to 35 years of age.", *FILLER]))
    assert ages.unheld("What is the age limit for the scholarship?") == []
    assert ages.unheld("Is there an early bird discount?") == ["early bird discount"]
    urdu = QueryBridge.build(TermIndex(["درخواست دہندہ کی عمر 22 سے 35 سال ہو۔", *FILLER]))
    assert urdu.unheld("اسکالرشپ کے لیے عمر کی حد کیا ہے؟") == []
    assert QueryBridge.build(TermIndex(ENGLISH_KB)).unheld("What is the age limit?") == ["age limit"]
    # A period is bounded likewise: "kept for 24 months" gives the retention period (保存期限) without naming it.
    kept = QueryBridge.build(TermIndex(["原始测绘数据最多保存至项目移交后24个月。", *FILLER]))
    assert kept.unheld("survey data ka 保存期限?") == []
    assert QueryBridge.build(TermIndex(ENGLISH_KB)).unheld("survey data ka 保存期限?") == ["保存期限"]
    # The announcement of a thing likewise: "results and selection letters: 24 May" is when results are announced.
    results = QueryBridge.build(TermIndex(["نتائج اور سلیکشن لیٹر: ۲۴ مئی ۲۰۷۹۔", *FILLER]))
    assert results.unheld("نتائج کا اعلان کب ہوگا؟") == []
    assert QueryBridge.build(TermIndex(ENGLISH_KB)).unheld("نتائج کا اعلان کب ہوگا؟") == ["نتائج کا اعلان"]


def test_an_answer_passage_giving_the_thing_a_bound_is_asked_of_names_the_bound() -> None:
    """ "Is there an age limit?" is answered by a passage giving an age range, in any of its languages."""
    bridge = QueryBridge.build(TermIndex(["درخواست دہندہ کی عمر 22 سے 32 سال ہو۔", "Stipend: PKR 85,000.", *FILLER]))
    question = "Is there an age limit for applicants?"
    assert bridge.absent_from(question, ["درخواست دہندہ کی عمر 22 سے 32 سال ہو۔"]) == []
    assert bridge.absent_from(question, ["Stipend: PKR 85,000 a month."]) == ["age limit"]


def test_a_city_the_documents_never_name_stands_for_its_province_when_they_name_that() -> None:
    """places.yaml: "registered in Quetta" is a question about Balochistan, which the documents name."""
    bridge = QueryBridge.build(TermIndex(["Firms registered in Balochistan get a 25% reduction.", *FILLER]))
    assert bridge.unheld("We are registered in Quetta. Is there any reduction?") == []
    assert "Balochistan" in bridge.names("We are registered in Quetta. Is there any reduction?")
    assert bridge.unheld("We are registered in Lahore. Is there any reduction?") == ["lahore"]  # Punjab: not named
    assert "Quetta" in spoken_of("Firms registered in بلوچستان") and "Lahore" not in spoken_of("Balochistan")
    assert {"Karamay", "Aksu", "Urumqi"} <= spoken_of("新疆的企业") and "Xianyang" in spoken_of("Shaanxi")


def test_a_single_word_concept_counts_only_when_asked_whether_it_exists() -> None:
    """ "complaint" may be what the documents call a dispute; "is there a discount" asks for a discount."""
    bridge = QueryBridge.build(TermIndex(ENGLISH_KB))
    assert bridge.unheld("How do we lodge a complaint?") == []
    assert bridge.unheld("Is there a discount?") == ["discount"]
    assert bridge.unheld("路演有折扣吗？") == ["折扣"]
    assert bridge.unheld("koi discount milta hai?") == ["discount"]
    # Or what it costs, unless it is a place: the asker's own city is where they are, not what they ask about.
    assert bridge.unheld("What is the average salary of an engineer?") == ["salary"]
    assert bridge.unheld("We are in Faisalabad. What does the Chengdu roadshow cost?") == []
    # What it costs is asked in its own sentence: a thing the asker says of themselves is context.
    assert bridge.unheld("How much does ERP cost here?") == ["erp"]
    assert bridge.unheld("We run an ERP team. What does the Chengdu roadshow cost?") == []
    # "What do you charge for…" asks the price as "how much" does.
    assert bridge.unheld("What do you charge for dubbing a promo?") == ["dubbing"]
    assert bridge.unheld("What does your technical desk charge per hour for dubbing?") == ["dubbing"]


def test_urdu_asks_whether_the_programme_gives_a_thing() -> None:
    """ "کیا JDS قرض دیتا ہے؟" asks whether a loan is given, as "does the programme give" does in English."""
    bridge = QueryBridge.build(TermIndex(ENGLISH_KB))
    assert bridge.unheld("کیا سیکرٹریٹ قرض دیتا ہے؟") == ["قرض"]
    assert bridge.unheld("kya secretariat qarz deta hai?") == ["qarz"]
    # Asks how, not whether (nor a price: سیکرٹریٹ ends in ریٹ, "rate"): a single word stays.
    assert bridge.unheld("سیکرٹریٹ کا قرض کا طریقہ کیا ہے؟") == []


RATES_KB = [
    "Test lab rates: an on-site day costs CNY 1,800 and a remote session CNY 900.",
    "Women-owned firms get a 50% discount on the registration fee.",
    "Tourist visas are not handled by the secretariat; business visas are.",
    *FILLER,
]


def test_what_is_asked_for_must_be_named_by_a_passage_that_answers() -> None:
    """The knowledge base speaks of a discount, but the lab's rates give none: nothing that answers names it."""
    bridge = QueryBridge.build(TermIndex(RATES_KB))
    lab, fee = RATES_KB[0], RATES_KB[1]
    assert bridge.absent_from("Is there a discount on test lab rates?", [lab]) == ["discount"]
    assert bridge.absent_from("Is there a discount on the registration fee?", [fee, lab]) == []
    assert bridge.absent_from("实验室价格有折扣吗？", [lab]) == ["折扣"]  # named in English: held, in any language
    assert bridge.absent_from("實驗室價格有折扣吗？", [fee]) == []
    assert bridge.absent_from("lab rates pe koi discount milta hai?", [lab]) == ["discount"]


def test_an_event_the_documents_never_name_asked_when_or_where_is_unheld() -> None:
    """ "When is the hackathon?" asks of an event that is not there; a word for a thing asked how it works is
    no sign of absence (it may be a near synonym of the documents' own)."""
    bridge = QueryBridge.build(TermIndex(RATES_KB))
    assert bridge.unheld("2055 hackathon 黑客松 kab hai?") == ["hackathon", "黑客松"]
    assert bridge.unheld("Where is the hackathon held?") == ["hackathon"]
    assert bridge.unheld("How do teams form for the hackathon?") == []
    assert bridge.unheld("听说还有一场招待酒会，是几号？") == ["招待酒会"]  # a reception is an event too


def test_a_name_in_another_clause_than_the_asking_is_context() -> None:
    """ "humne ... submit ki, koi discount?": the discount is asked for, not what the asker did before the comma."""
    bridge = QueryBridge.build(TermIndex(RATES_KB))
    lab = RATES_KB[0]
    assert bridge.absent_from("discount mila, koi lab rate bhi hai?", [lab]) == []
    assert bridge.absent_from("discount mila koi lab rate bhi hai?", [lab]) == ["discount"]


def test_a_question_word_before_the_asking_asks_what_a_thing_is_not_whether_it_exists() -> None:
    # "What discount does the programme offer…" asks for the discount, which a passage may give without the word.
    bridge = QueryBridge.build(TermIndex(RATES_KB))
    lab = RATES_KB[0]
    assert bridge.absent_from("Does the programme offer a discount on lab rates?", [lab]) == ["discount"]
    assert bridge.absent_from("What discount does the programme offer on lab rates?", [lab]) == []


def test_a_name_far_from_the_asking_is_context_and_places_and_prices_are_never_asked_for() -> None:
    bridge = QueryBridge.build(TermIndex(RATES_KB))
    lab = RATES_KB[0]
    # "is there any way…" asks for a way; the discount further on is not what the question asks for.
    assert bridge.absent_from("Is there any way to book the lab online and still get the discount?", [lab]) == []
    assert bridge.absent_from("Is there a lab in Chengdu?", [lab]) == []  # a place: where, not what
    assert bridge.absent_from("Is there a fee for the lab?", [lab]) == []  # the asking itself
    assert bridge.absent_from("Is the discount for women-owned firms only?", [lab]) == []  # not asked whether
    assert bridge.absent_from("How much is a remote session?", [lab]) == []
    # 有…吗 within one clause: the asker has a discount voucher; the lab's rate is what is asked.
    assert bridge.absent_from("我们有折扣券，实验室价格多少吗？", [lab]) == []


ESCROW_KB = [
    "Escrow fee: 1.2% of the contract value, shared by the buyer and the vendor.",
    "Discounts on the annual registration fee: women-led vendors get 25% off.",
    *FILLER,
]


def test_what_is_asked_for_must_be_said_of_what_it_is_asked_about() -> None:
    """The discounts passage answers for the registration fee it is about, not for the escrow fee."""
    bridge = QueryBridge.build(TermIndex(ESCROW_KB))
    passages = ESCROW_KB[:2]
    assert bridge.absent_from("Is there a discount on the escrow fee?", passages) == ["discount"]
    assert bridge.absent_from("vendors ke liye escrow fee par bhi koi 折扣 hai?", passages) == ["折扣"]
    assert bridge.absent_from("Is there a discount on the registration fee?", passages) == []
    # Naming nothing more specific than the fee, the question is answered by any passage naming a discount.
    assert bridge.absent_from("Is there a discount on the fee?", passages) == []


VISIT_KB = [
    "The China study visit costs USD 2,400 per delegate; each member firm may send at most two delegates.",
    "پروگرام امتحان فیس پر 50% رعایت دیتا ہے۔",
    *FILLER,
]


def test_a_thing_no_concept_names_is_read_from_the_questions_own_words() -> None:
    """No vocabulary concept names "the study visit", but its words are the knowledge base's: the discount the
    exam-fee passage gives is not one on the visit. Where the visit's own passage names a discount, it answers."""
    bridge = QueryBridge.build(TermIndex(VISIT_KB))
    question = "Is there a group discount on the China study visit if we send two people?"
    assert bridge.absent_from(question, VISIT_KB[:2]) == ["discount"]
    offered = ["The China study visit costs USD 2,400; a second delegate gets a 10% discount.", VISIT_KB[1]]
    assert QueryBridge.build(TermIndex([*offered, *FILLER])).absent_from(question, offered) == []
    # Words no answering passage uses say nothing of what is asked about: any discount answers.
    assert bridge.absent_from("Is there a discount for hackathon teams?", VISIT_KB[:2]) == []


STAY_KB = [
    "Office: Hangzhou | Role: buyer registration and matching meetings | Phone: +86 571 0000 0000",
    "Hosts book accommodation within 5 km of the site for each seconded engineer.",
    *FILLER,
]


def test_a_request_for_a_recommendation_asks_for_what_it_names() -> None:
    """ "Can you recommend a hotel near the office?" wants the documents to name one: the office's passage,
    which names none, does not answer it, in any language it is asked in."""
    bridge = QueryBridge.build(TermIndex(STAY_KB))
    office, stay = STAY_KB[0], STAY_KB[1]
    assert bridge.absent_from("Can you recommend a hotel close to the Hangzhou office?", [office]) == ["hotel"]
    assert bridge.absent_from("Can you recommend a hotel close to the Hangzhou office?", [stay]) == []
    assert bridge.absent_from("能推荐一下杭州办公室附近的宾馆吗？", [office]) == ["宾馆"]
    assert bridge.absent_from("office ke paas hotel suggest karein", [office]) == ["hotel"]
    # Without a request for one, the hotel is context, not what is asked for.
    assert bridge.absent_from("How far is the Hangzhou office from the hotel?", [office]) == []


def test_the_glossary_is_one_concept_per_name_and_spans_the_scripts() -> None:
    path = VOCAB_DIR / "glossary.yaml"
    groups = yaml.safe_load(path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    for i, group in enumerate(groups):
        names = [str(n) for n in group["names"]]
        assert any("\u4e00" <= ch <= "\u9fff" for n in names for ch in n), names
        assert any("\u0600" <= ch <= "\u06ff" for n in names for ch in n), names
        for name in names:
            assert seen.setdefault(name.casefold(), i) == i, f"{name} is in two groups"
    # Nor in a group of the field's terms, which join it as groups of their own: a name in both is two concepts.
    terms = yaml.safe_load((VOCAB_DIR / "terms.yaml").read_text(encoding="utf-8"))
    assert not {n for n in seen} & {str(n).casefold() for group in terms for n in group["names"]}
    assert len(concept_groups()) > len(groups)  # terms, languages, cities and provinces join it


def test_a_price_asked_of_a_thing_the_passages_only_leave_out_is_unpriced() -> None:
    """ "What is the visa fee?" finds the delegate fee beside "visa costs are not included": the amount is
    another thing's. Nothing is declined without such a denial, nor when an amount is said of the thing."""
    bridge = QueryBridge.build(TermIndex(["Visa support letters are issued in 5 days.", *FILLER]))
    amounts = ["Study visit > Fees\nThe delegate fee is PKR 385,000 per person."]
    denials = ["International airfare and visa costs are not included."]
    for question in ("What is the visa fee for the study visit?", "study visit ke liye visa fee kitni hai?"):
        assert bridge.unpriced(question, amounts, denials) != [], question
        assert bridge.unpriced(question, amounts, []) == []  # no denial: a heading may price it in another language
        assert bridge.unpriced(question, [*amounts, "Visa fee: PKR 12,000 per delegate."], denials) == []
    # The asker's account of themselves is no thing asked the price of.
    assert bridge.unpriced("We applied for a visa last year, what is the delegate fee?", amounts, denials) == []


def test_money_asked_for_as_a_thing_must_be_named_by_a_passage_that_answers() -> None:
    """ "What is the total budget?" is not answered by a passage giving a fee: its amount is another thing's."""
    budget = "The programme's total budget for 2061 is PKR 420 million."
    fee = "The membership fee is PKR 60,000 a year, paid in two instalments."
    bridge = QueryBridge.build(TermIndex([budget, fee, *FILLER]))
    assert bridge.priced_absent("What is the total budget of the programme?", [fee]) == ["budget"]
    assert bridge.priced_absent("programme ka total budget kitna hai?", [fee, budget]) == []
    assert bridge.priced_absent("总预算是多少？", [budget]) == []  # named in English, asked in Chinese
    # The asking itself ("cost", "fee") is no thing asked for.
    assert bridge.priced_absent("What does the audit cost?", [fee]) == []


def test_a_price_named_as_a_things_fee_must_be_named_by_the_passages_that_answer() -> None:
    """ "What is the visa fee?" where the documents speak of visas and fees elsewhere: a passage pricing the
    delegate package is another thing's price. A passage in a script the knowledge base never names the thing in
    may name it by words no group holds, so it is not read for it."""
    kb = ["Delegates apply for a business visa themselves.", "The delegate fee is USD 500.", *FILLER]
    bridge = QueryBridge.build(TermIndex(kb))
    asked = "What is the visa fee for the China trip?"
    assert bridge.priced_absent(asked, ["The delegate fee is USD 500 per person."]) == ["visa fee"]
    assert bridge.priced_absent(asked, ["The visa fee is USD 60, paid at the consulate."]) == []
    assert bridge.priced_absent(asked, ["代表团费用为每人500美元。"]) == []
    # A thing the question names that is no price ("the China trip") is not asked the amount of.
    assert bridge.priced_absent("How much does the China trip cost?", ["The delegate fee is USD 500."]) == []
