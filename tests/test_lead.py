"""The lead model (knowledge/lead.py): its features read what they say, it picks and orders runs as documented,
the shipped weights fit today's features, and fitting learns from labelled runs."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge.chunking import Chunk
from knowledge.crosslingual import QueryBridge, with_names
from knowledge.lead import FEATURES, LeadModel, Question, Run, candidate_runs, fit, lead_model, quoted
from knowledge.relevance import TermIndex
from knowledge.retrieval import Hit

DIM = 4


def _chunk(name: str, language: str = "en", kind: str = "text") -> Chunk:
    return Chunk(
        id=name,
        source=f"{name}.md",
        source_path=f"/kb/{name}.md",
        title=name,
        headings="",
        text="",
        language=language,
        position=0,
        kind=kind,
    )


def _question(text: str, language: str = "en", terms: TermIndex | None = None) -> Question:
    vector = np.zeros(DIM, dtype=np.float32)
    vector[0] = 1.0
    return Question.read(text, text, [vector], language, terms or TermIndex(["fee deadline office"]), lambda _: False)


def _units(*pairs: tuple[str, float]) -> tuple[list[str], np.ndarray]:
    """Units with vectors whose cosine to the question (along the first axis) is the given similarity."""
    vectors = np.zeros((len(pairs), DIM), dtype=np.float32)
    for row, (_, similarity) in enumerate(pairs):
        vectors[row, 0] = similarity
        vectors[row, 1] = float(np.sqrt(max(0.0, 1 - similarity**2)))
    return [text for text, _ in pairs], vectors


def feature(run: Run, name: str) -> float:
    return run.features[FEATURES.index(name)]


def test_features_read_numbers_places_bands_words_and_language() -> None:
    units = {
        "fees": _units(("The office is in Lahore.", 0.80), ("The fee is PKR 40,000 for teams of 11 to 50.", 0.82)),
        "zh": _units(
            ("报名截止日期是三月。", 0.85),
        ),
    }
    passages = [
        Hit(_chunk("fees"), score=0.10, vector_sim=0.81, bm25=1.0),
        Hit(_chunk("zh", language="zh"), score=0.07, vector_sim=0.85, bm25=0.0),
    ]
    question = _question("How much is the fee for a team of 30 in Lahore?")
    runs = candidate_runs(passages, lambda c: units[c.id], question, limit=60)
    by_text = {" ".join(r.units): r for r in runs}
    fee = by_text["The fee is PKR 40,000 for teams of 11 to 50."]
    office = by_text["The office is in Lahore."]  # alone: with the fee sentence it would pass 60 characters
    chinese = by_text["报名截止日期是三月。"]
    assert feature(fee, "number") == 1.0 and feature(office, "number") == 0.0
    assert feature(fee, "money") == 1.0 and feature(office, "money") == 0.0
    assert feature(fee, "band") == 1.0  # 30 falls in 11 to 50
    assert feature(office, "place") == 1.0 and feature(fee, "place") == 0.0
    assert feature(fee, "question_numbers") == 0.0 and feature(fee, "words") > feature(office, "words")
    assert feature(chinese, "same_language") == 0.0 and feature(fee, "same_language") == 1.0
    assert feature(chinese, "second_passage") == 1.0 and feature(chinese, "passage_score") == pytest.approx(-0.03)
    assert feature(office, "opens_passage") == 1.0 and feature(fee, "opens_passage") == 0.0
    assert feature(fee, "unit_similarity") == pytest.approx(0.82, abs=1e-4)
    assert feature(fee, "unit_lean") == pytest.approx(0.01, abs=1e-4)


def test_the_askers_own_city_is_no_place_asked_of() -> None:
    """ "We are a Lahore hotel software company, when does the call close?" asks nothing of Lahore."""
    units = {"trip": _units(("The trip visits Lahore on 20 April.", 0.8), ("The call closes on 16 June.", 0.8))}
    passages = [Hit(_chunk("trip"), score=0.1, vector_sim=0.8, bm25=1.0)]
    told = _question("我们是 Lahore 的 hotel software company, voucher call 什么时候 close?", "zh")
    asked = _question("Lahore mein trip kab hai?", "ur-Latn")
    assert [feature(r, "place") for r in candidate_runs(passages, lambda c: units[c.id], told, limit=40)] == [0, 0]
    assert [feature(r, "place") for r in candidate_runs(passages, lambda c: units[c.id], asked, limit=40)] == [1, 0]


def test_a_number_inside_a_code_is_no_number_of_the_question() -> None:
    """ "S2" names a severity level: every row of an S1–S4 table holds a 2 somewhere, the S2 row by its key."""
    units = {"sla": _units(("Severity: S1 | Resolution: 4 hours", 0.8), ("Severity: S2 | Resolution: 2 days", 0.8))}
    table = Hit(_chunk("sla", kind="table"), score=0.1, vector_sim=0.8, bm25=1.0)
    runs = candidate_runs([table], lambda c: units[c.id], _question("S2 ticket resolution time?"), limit=40)
    assert [feature(r, "question_numbers") for r in runs] == [0.0, 0.0]
    assert [feature(r, "row_key") for r in runs] == [0.0, 1.0]
    runs = candidate_runs([table], lambda c: units[c.id], _question("Is 2 days the resolution time?"), limit=40)
    assert [feature(r, "question_numbers") for r in runs] == [0.0, 1.0]


def test_a_rows_number_beside_the_word_every_row_shares_is_its_key() -> None:
    """ "Level: Level 3" differs from the other rows only by its number: the question's "Level 3" names it."""
    rows = ("Level: Level 1 | Fee: PKR 8,000", "Level: Level 2 | Fee: PKR 18,500", "Level: Level 3 | Fee: PKR 32,000")
    units = {"levels": _units(*((row, 0.8) for row in rows))}
    table = Hit(_chunk("levels", kind="table"), score=0.1, vector_sim=0.8, bm25=1.0)
    runs = candidate_runs([table], lambda c: units[c.id], _question("What is the Level 3 exam fee?"), limit=40)
    assert [feature(r, "row_key") for r in runs] == [0.0, 0.0, 1.0]
    assert feature(runs[2], "question_numbers") == 0.0  # its "3" names the row; it repeats no figure of the asker's
    amounts = {
        "grant": _units(("Value: up to 5,000,000 | Rate: 60%", 0.8), ("Value: 5,000,001 – 15,000,000 | Rate: 50%", 0.8))
    }
    table = Hit(_chunk("grant", kind="table"), score=0.1, vector_sim=0.8, bm25=1.0)
    runs = candidate_runs(
        [table], lambda c: amounts[c.id], _question("We are 15 people: what rate do we get?"), limit=50
    )
    assert [feature(r, "row_key") for r in runs] == [0.0, 0.0]  # "15,000,000" holds no "15" of its own


def test_a_row_named_by_the_initial_and_number_of_the_askers_words_is_its_key() -> None:
    """ "severity 3" names the row "S3 Medium", as the table writes it."""
    rows = (
        "Severity: S2 High | Fix: 10 business days",
        "Severity: S3 Medium | Fix: 15 business days",
        "Severity: S4 Low | First response: 3 business days",
    )
    units = {"sla": _units(*((row, 0.8) for row in rows))}
    table = Hit(_chunk("sla", kind="table"), score=0.1, vector_sim=0.8, bm25=1.0)
    question = _question("pilot mein severity 3 bug ka permanent fix kitne din mein dena hota hai")
    runs = candidate_runs([table], lambda c: units[c.id], question, limit=45)
    assert [feature(r, "row_key") for r in runs] == [0.0, 1.0, 0.0]


def test_a_row_naming_the_asked_country_in_another_script_is_its_key() -> None:
    rows = ("جگہ: پاکستان کی فیکٹری | پریمیم: PKR 3,200", "جگہ: چین کی فیکٹری | پریمیم: PKR 9,500")
    units = {"insurance": _units(*((row, 0.8) for row in rows))}
    table = Hit(_chunk("insurance", language="ur", kind="table"), score=0.1, vector_sim=0.8, bm25=1.0)
    question = _question("What is the monthly premium for a placement in China?")
    runs = candidate_runs([table], lambda c: units[c.id], question, limit=40)
    assert [feature(r, "row_key") for r in runs] == [0.0, 1.0]


def test_a_run_gathers_following_units_within_the_limit() -> None:
    units = {"a": _units(("One two three.", 0.8), ("Four five six.", 0.8), ("Seven eight nine ten.", 0.8))}
    runs = candidate_runs([Hit(_chunk("a"), 0.1, 0.8, 0.0)], lambda c: units[c.id], _question("what?"), limit=30)
    assert [r.units for r in runs] == [
        ("One two three.", "Four five six."),
        ("Four five six.",),  # with the third it would pass 30 characters
        ("Seven eight nine ten.",),
    ]
    assert [feature(r, "units") for r in runs] == [2.0, 1.0, 1.0]


def _model(weights: dict[str, float], second_gap: float = 1.0, same_gap: float = 0.25) -> LeadModel:
    vector = np.asarray([weights.get(name, 0.0) for name in FEATURES])
    return LeadModel(vector, np.zeros(len(FEATURES)), np.ones(len(FEATURES)), second_gap, same_gap)


def _run(name: str, rank: int, score: float, same_language: bool = True) -> Run:
    values = [0.0] * len(FEATURES)
    values[FEATURES.index("words")] = score
    values[FEATURES.index("same_language")] = float(same_language)
    hit = Hit(_chunk(name), 0.0, 0.0, 0.0)
    return Run(hit, rank, 0, (name,), tuple(values))


def test_the_best_run_leads_and_another_passages_run_follows_only_when_close() -> None:
    model = _model({"words": 1.0})
    runs = [_run("a1", 0, 2.0), _run("a2", 0, 1.8), _run("b", 1, 1.5), _run("c", 2, 0.1)]
    assert [r.units[0] for r in model.lead(runs)] == ["a1", "b"]  # one run a passage; c is too far behind
    far = [_run("a1", 0, 3.0), _run("b", 1, 1.5)]
    assert [r.units[0] for r in model.lead(far)] == ["a1"]
    assert model.lead([]) == []


def test_the_same_thing_in_the_askers_language_is_quoted_first() -> None:
    model = _model({"words": 1.0})
    close = [_run("english", 0, 2.0, same_language=False), _run("urdu", 1, 1.9)]
    assert [r.units[0] for r in model.lead(close)] == ["urdu", "english"]
    apart = [_run("english", 0, 2.0, same_language=False), _run("urdu", 1, 1.5)]
    assert [r.units[0] for r in model.lead(apart)] == ["english", "urdu"]


def test_the_shipped_model_is_fitted_on_todays_features_and_round_trips() -> None:
    model = lead_model()
    assert model.weights.shape == (len(FEATURES),) and np.all(model.scale > 0)
    again = LeadModel.from_yaml(model.to_yaml("# test\n"))
    assert np.allclose(again.weights, model.weights, atol=1e-5) and again.second_gap == model.second_gap
    stale = model.to_yaml("").replace("- question_numbers\n", "")
    with pytest.raises(ValueError, match="fit_lead"):
        LeadModel.from_yaml(stale)


def test_fitting_learns_which_feature_marks_the_right_run() -> None:
    rng = np.random.default_rng(7)
    questions = []
    for _ in range(40):
        runs, right = [], []
        for n in range(5):
            values = [float(v) for v in rng.normal(size=len(FEATURES))]
            runs.append(Run(Hit(_chunk(f"p{n}"), 0.0, 0.0, 0.0), n % 3, 0, (f"p{n}",), tuple(values)))
        best = max(range(5), key=lambda n: runs[n].features[FEATURES.index("money")])
        right = [n == best for n in range(5)]
        questions.append((runs, right))
    questions.append(([], []))  # no runs: left out
    model = fit(questions, second_gap=0.0)
    assert int(np.argmax(model.weights)) == FEATURES.index("money")
    chosen = sum(right[runs.index(model.lead(runs)[0])] for runs, right in questions[:-1])
    assert chosen >= 36


@pytest.mark.parametrize(
    "question",
    [
        "How long does the panel take to decide?",
        "专家组多少天内作出决定？",
        "اپیل پینل فیصلہ کتنے دنوں میں کرتا ہے؟",
        "پروجیکٹ کتنے مہینوں میں مکمل کرنا ہوگا؟",
        "panel kitne dinon mein faisla karta hai?",
    ],
)
def test_a_question_asking_how_long_reads_a_duration_in_every_language(question: str) -> None:
    runs = _one_run_per_unit(question, "The panel decides within 20 working days.", "The panel has three members.")
    assert [feature(r, "duration") for r in runs] == [1.0, 0.0]


def _one_run_per_unit(question: str, *texts: str) -> list[Run]:
    """The candidate runs of one passage whose units are `texts`, each too long to share a run with the next."""
    units = {"p": _units(*((text, 0.8) for text in texts))}
    passage = Hit(_chunk("p"), score=0.1, vector_sim=0.8, bm25=1.0)
    return candidate_runs([passage], lambda c: units[c.id], _question(question), limit=45)


@pytest.mark.parametrize(
    "question",
    [
        "What time does the Hyderabad office close on Friday?",
        "海得拉巴办公室周五几点下班？",
        "office kitne baje band hota hai?",
    ],
)
def test_a_time_of_day_asked_for_is_met_by_a_clock_time(question: str) -> None:
    runs = _one_run_per_unit(question, "Friday: 9:30 to 12:30.", "The office verifies original documents.")
    assert [feature(r, "date") for r in runs] == [1.0, 0.0]


def test_a_date_the_asker_mentions_before_asking_something_else_is_no_date_asked() -> None:
    told = "we might miss the 30 april deadline by a day.. is a late application possible?"
    assert _question(told).kinds == ()
    assert _question("when is the deadline?").kinds == ("date",)
    assert _question("deadline kab hai").kinds == ("date",)  # no question mark: the whole message asks


def test_a_clock_time_does_not_answer_when_a_date_is_asked() -> None:
    runs = _one_run_per_unit("When do bids close?", "Office hours: 9:30 to 16:30.", "Bids close on 15 October.")
    assert [feature(r, "date") for r in runs] == [0.0, 1.0]


@pytest.mark.parametrize(
    "question",
    [
        "What is the street address of the Quetta office?",
        "奎达办公室的地址是什么？",
        "کوئٹہ دفتر کا پتہ کیا ہے؟",
        "Quetta office ka pata kya hai?",
    ],
)
def test_an_address_asked_for_is_met_by_an_address_not_by_a_phone_or_e_mail(question: str) -> None:
    runs = _one_run_per_unit(
        question,
        "Office: Quetta | Phone: +92 81 555 0101 | E-mail: quetta@prog.example",
        "Address: Unit 4, Sariab Tech Centre, Quetta",
    )
    assert [feature(r, "contact") for r in runs] == [0.0, 1.0]


@pytest.mark.parametrize("question", ["How do we contact the Quetta office?", "shikayat kahan darj karwayein?"])
def test_a_contact_of_no_kind_is_met_by_any(question: str) -> None:
    runs = _one_run_per_unit(question, "E-mail: quetta@prog.example", "The office opened in 2031.")
    assert [feature(r, "contact") for r in runs] == [1.0, 0.0]


@pytest.mark.parametrize(
    "question",
    ["When and where is the expo?", "bhai expo kab hai aur kahan hoga", "博览会在哪里举办？", "ایکسپو کہاں ہوگی؟"],
)
def test_where_an_event_is_held_is_met_by_the_city_it_names(question: str) -> None:
    runs = _one_run_per_unit(
        question,
        "Wednesday 20 - Friday 22 October, Expo Centre Karachi, 10:00-18:00.",
        "Booth prices are listed in Table 1.",
    )
    assert [feature(r, "contact") for r in runs] == [1.0, 0.0]


def test_a_city_alone_does_not_answer_a_contact_asked_for_without_where() -> None:
    runs = _one_run_per_unit(
        "How do we contact the expo team?", "The expo is held in Karachi.", "E-mail: expo@x.example"
    )
    assert [feature(r, "contact") for r in runs] == [0.0, 1.0]


def test_a_run_quoting_a_row_that_cannot_hold_the_askers_number_is_no_candidate() -> None:
    """Where a row holds "120 staff", a run of the rule's sentence and the row "up to 50" is not the answer,
    however close its words, nor a run opening with that row (a table's run is its first row's); the run opening
    with the right row stays."""
    units = {
        "cover": _units(
            ("Before the first payment the vendor shows professional indemnity cover.", 0.9),
            ("Vendor head count: up to 50 | Minimum cover: USD 250,000", 0.8),
            ("Vendor head count: 51 - 500 | Minimum cover: USD 1,000,000", 0.7),
        )
    }
    hit = Hit(_chunk("cover", kind="table"), 0.1, 0.8, 0.0)
    question = _question("We have 120 staff. What cover do we need?")
    runs = candidate_runs([hit], lambda c: units[c.id], question, limit=130)
    assert [r.start for r in runs] == [2]
    assert runs[0].units[0].startswith("Vendor head count: 51 - 500")
    # Without a row that holds the number, every run stays.
    fewer = {"cover": (units["cover"][0][:2], units["cover"][1][:2])}
    assert len(candidate_runs([hit], lambda c: fewer[c.id], question, limit=130)) == 2


def test_a_list_cut_for_length_keeps_the_item_holding_the_question_s_rarest_words() -> None:
    units = [
        "Firms there are served by the office shown:",
        *(f"{city} — served by Islamabad" for city in ("Peshawar", "Gilgit", "Skardu", "Mardan", "Abbottabad")),
        *(f"{city} — served by Lahore" for city in ("Multan", "Faisalabad", "Sialkot", "Sahiwal", "Okara")),
        "Gwadar — served by Quetta",
    ]
    terms = TermIndex([*units, "Each office is open 09:00-17:00.", "Offices answer e-mail within a day."])
    asked = _question("our office is in gwadar. which office serves us?", terms=terms)
    text = quoted(_chunk("offices"), units, 200, asked)
    assert text.startswith("Firms there are served by the office shown:") and text.endswith(
        "… Gwadar — served by Quetta"
    )
    assert len(text) <= 200
    # Asked in another language than the passage's, words say little: cut at the length as before.
    urdu = _question("گوادر کی فرموں کو کون سا دفتر دیکھتا ہے؟", language="ur", terms=terms)
    assert "Gwadar" not in quoted(_chunk("offices"), units, 200, urdu)


def test_a_row_naming_the_asked_province_in_another_script_is_its_key() -> None:
    rows = (
        "Buyer's province: Sichuan, Chongqing | China office: Chengdu",
        "Buyer's province: Yunnan, Guangxi, Hainan | China office: Kunming",
    )
    units = {"offices": _units(*((row, 0.8) for row in rows))}
    table = Hit(_chunk("offices", kind="table"), score=0.1, vector_sim=0.8, bm25=1.0)
    text = "ہمارا خریدار صوبہ یونان میں ہے، چین میں کون سا دفتر معاملات دیکھے گا؟"
    terms = TermIndex([*rows, "Each China office answers e-mail within a day."])
    bridge = QueryBridge.build(terms)
    assert "Yunnan" in bridge.names(text)  # the province's Urdu name (places.yaml) is bridged to the rows' own
    vector = np.zeros(DIM, dtype=np.float32)
    vector[0] = 1.0
    question = Question.read(text, with_names(text, bridge.names(text)), [vector], "ur", terms, lambda _: False)
    runs = candidate_runs([table], lambda c: units[c.id], question, limit=80)
    assert [feature(r, "row_key") for r in runs] == [0.0, 1.0]
