"""Rows named by their item number: which keys count, and which mentions point to them."""

from __future__ import annotations

import pytest

from knowledge.chunking import CELL_SEPARATOR, Chunk, answer_units
from knowledge.directory_terms import fold
from knowledge.references import amendments, corrections, keyed_rows, pointed_rows, row_key, superseded


def _table(name: str, rows: list[str]) -> tuple[Chunk, list[str]]:
    chunk = Chunk(name, f"{name}.md", f"/kb/{name}.md", name, "", "\n".join(rows), "en", 0, "table")
    return chunk, rows


def _row(*cells: str) -> str:
    return CELL_SEPARATOR.join(cells)


def test_an_item_number_keys_a_row_and_a_plain_number_or_word_does_not() -> None:
    assert row_key(_row("Item: 2.19", "Cost: copyright", "Cap: 5,000")) == "2.19"
    assert row_key(_row("Clause: B-3.1", "Rule: x")) == "b-3.1"
    assert row_key(_row("Step: 2", "Deadline: 31 October")) is None
    assert row_key(_row("Grade: A", "Rate: 3,000")) is None
    assert row_key("Item: 2.19 alone, no cells") is None


def test_a_key_two_rows_share_points_nowhere() -> None:
    first = _table("a", [_row("Item: 1.1", "Cost: flights"), _row("Item: 1.2", "Cost: hotels")])
    second = _table("b", [_row("Item: 1.1", "Cost: interpreting")])
    rows = keyed_rows([first[0], second[0]], {"a": (first[1], None), "b": (second[1], None)})
    assert set(rows) == {"1.2"}


def test_a_mention_points_to_its_row_unless_it_is_an_amount_a_range_or_already_shown() -> None:
    chunk, units = _table("a", [_row("Item: 2.5", "Cost: audit"), _row("Item: 2.6", "Cost: travel")])
    rows = keyed_rows([chunk], {"a": (units, None)})
    assert [r.row for r in pointed_rows("see item 2.5 (第2.5项)", rows, "")] == [units[0]]
    assert pointed_rows("a budget of PKR 2.5 million", rows, "") == []
    assert pointed_rows("items 2.5-2.6 of the guide", rows, "") == []
    assert pointed_rows("item 2.6", rows, shown=units[1]) == []


def _passage(name: str, text: str) -> Chunk:
    return Chunk(name, f"{name}.txt", f"/kb/{name}.txt", name, "", text, "en", 0, "text")


def test_a_notice_correcting_a_statement_is_read_and_follows_the_passage_that_makes_it() -> None:
    notice = _passage(
        "corrigendum",
        "Correction 2 - clause 6.2\n"
        '  Reads:     "The success fee per contract is capped\n              at USD 6,000."\n'
        '  Should read: "The success fee per contract is capped at USD 5,000."\n'
        '原文："每份合同的成功费上限为6,000美元。" 更正为："每份合同的成功费上限为5,000美元。"',
    )
    rules = _passage(
        "rules",
        "6.1 A success fee is charged on each contract.\n6.2 The success fee per contract is\ncapped at USD 6,000.",
    )
    found = corrections([notice, rules])
    assert [(c.old, c.new) for c in found["rules"]] == [
        (
            "The success fee per contract is capped at USD 6,000.",
            "The success fee per contract is capped at USD 5,000.",
        )
    ]
    assert "corrigendum" not in found  # the notice is not corrected by itself
    chinese = _passage("rules-zh", "6.2 每份合同的成功费上限为6,000美元。")
    assert [c.new for c in corrections([notice, chinese])["rules-zh"]] == ["每份合同的成功费上限为5,000美元。"]
    # Ordinary advice to read something is no correction.
    assert corrections([_passage("guide", "Chinese buyers should read the Chinese guide.")]) == {}


@pytest.mark.parametrize(
    ("notice", "old", "new"),
    [
        (
            "1. Section 4, band 101 - 250 employees. The application fee for firms with 101 to 250 employees is\n"
            "PKR 40,000, not PKR 45,000 as printed. Firms that paid more are refunded.",
            "PKR 45,000",
            "PKR 40,000",
        ),
        ("二、第四条：101至250人企业的申请费为40,000元，而非原文所列的45,000元。", "45,000元", "40,000元"),
        ("درخواست فیس 40,000 روپے ہے، نہ کہ 45,000 روپے جیسا کہ شائع ہوا۔", "45,000 روپے", "40,000 روپے"),
    ],
)
def test_a_notice_naming_only_the_figure_that_stood_gives_its_sentence_as_what_should_read(
    notice: str, old: str, new: str
) -> None:
    rules = _passage("rules", f"Head count: 101 - 250 | Application fee: {old} | Instalments: 2")
    found = corrections([_passage("corrigendum", notice), rules])
    [correction] = found["rules"]
    assert correction.old == old
    assert old in correction.new and new in correction.new
    assert "Firms that paid" not in correction.new  # the sentence, not the notice


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("Document | Clause | As printed | Corrected to", "Rules | 5.1, head count 51 - 250 | PKR 95,000 | PKR 90,000"),
        ("文件 | 条款 | 原文 | 更正为", "规则 | 5.1，51 - 250人 | PKR 95,000 | PKR 90,000"),
        ("دستاویز | شق | شائع شدہ | درست", "قواعد | 5.1، 51 - 250 ملازمین | PKR 95,000 | PKR 90,000"),
        # the column names where it was printed ("As printed in the manual") and what is "Correct"
        (
            "Item | Clause | As printed in the manual | Correct",
            "Rules | 5.1, head count 51 - 250 | PKR 95,000 | PKR 90,000",
        ),
    ],
)
def test_a_table_of_corrections_corrects_the_row_that_prints_the_figure_under_its_unit(header: str, row: str) -> None:
    """The notice's row names the figure with its unit; the rules' table prints the unit in its column name."""
    notice = _table(
        "corrigendum", [_row(*(f"{h}: {c}" for h, c in zip(header.split(" | "), row.split(" | "), strict=True)))]
    )
    rules = _passage("rules", "Head count: 1 - 50 | Fee (PKR): 45,000\nHead count: 51 - 250 | Fee (PKR): 95,000")
    # The same figure in another table, with nothing the notice gives beside it, is another price.
    expo = _passage("expo", "Package: tabletop for 50 employees or fewer | Fee (PKR): 95,000")
    found = corrections([notice[0], rules, expo])
    [correction] = found["rules"]
    assert correction.old == "PKR 95,000"
    assert correction.new == notice[1][0]  # the whole row: which clause, as printed, as it should read
    assert "expo" not in found


def test_a_corrected_date_with_its_times_is_found_however_the_passage_words_it() -> None:
    """ "15 March 2067, 17:00 PKT (20:00 Beijing time)" in the notice, "close on 15 March 2067 at 17:00 PKT (20:00
    Beijing time)" in the rules: a statement of several numbers is recognisable without the notice's clause."""
    header = "Document | Clause | As printed | Corrected to"
    row = "Rules, section 3 | Applications close | 15 March 2067, 17:00 PKT (20:00 Beijing time) | 22 March 2067"
    notice = _table(
        "corrigendum", [_row(*(f"{h}: {c}" for h, c in zip(header.split(" | "), row.split(" | "), strict=True)))]
    )
    rules = _passage("rules", "Applications close on 15 March 2067 at 17:00 PKT (20:00 Beijing time).")
    visit = _passage("visit", "The visit ends on 15 March 2067 at 17:00 PKT (19:00 Beijing time).")
    found = corrections([notice[0], rules, visit])
    assert [c.old for c in found["rules"]] == ["15 March 2067, 17:00 PKT (20:00 Beijing time)"]
    assert "visit" not in found  # another time that day is another statement


def _updates(*chunks: Chunk) -> dict[str, list[tuple[str, str]]]:
    found = superseded(list(chunks), {c.id: (answer_units(c), None) for c in chunks})
    return {chunk_id: [(u.old, u.new) for u in updates] for chunk_id, updates in found.items()}


@pytest.mark.parametrize(
    ("earlier", "later", "old"),
    [
        # a thread's newest message, above the message it changes
        (
            "- Host shops: we have confirmed 12 host shops for the pilot day, all in Chengdu.",
            "2. Host shops: one chain has withdrawn two of its shops, so there are now 10 host shops, not 12.",
            "12",
        ),
        (
            "Hardware must reach the warehouse in Shuangliu, Chengdu, by Thursday 30 September 2083.",
            "Your crates now have to reach the Chengdu warehouse in Shuangliu by Wednesday 6 October 2083, not 30 "
            "September.",
            "30 september",
        ),
        # a chat's later correction of a day
        (
            "Ayesha: Karachi desk par har Budh ko dopahar 3 baje walk-in clinic hota hai.",
            "Ayesha: Correction: Clinic har Jumeraat ko subah 11 baje hota hai, Budh ko nahi.",
            "budh",
        ),
        # a changelog's later version
        (
            "- Applications open on 3 February and close on 15 April 2083, 17:00 PKT.",
            "- Applications close on 30 April 2083, 17:00 PKT (was 15 April 2083).",
            "15 april 2083",
        ),
        ("门店实验日共有12家东道门店参加。", "东道门店调整为10家，而不是12家，每家门店可接待三家企业。", "12"),
        # a reply naming the message it corrects: "not 10 as in your message below"
        (
            "> To confirm: the Pilot Basin has 10 vendor places, all in the Hankou district.",
            "With two districts we can now take 14 vendors in the Pilot Basin, not 10 as in your message below.",
            "10",
        ),
        # a revised section striking the old figure through
        (
            "A panel scores each application and selects 30 firms for the fair.",
            "- Firms selected for the fair: ~~30~~ 36 firms.",
            "30",
        ),
    ],
)
def test_a_document_updating_its_own_figure_is_read_and_stands_with_the_statement_it_updates(
    earlier: str, later: str, old: str
) -> None:
    """A thread, a chat or a changelog corrects itself in its own words: "now 10, not 12", "Budh ko nahi", "(was
    …)". The update follows the unit of the same document that holds the figure and shares its words."""
    first = _passage("thread-1", earlier)
    second = Chunk("thread-2", "thread-1.txt", "/kb/thread-1.txt", "thread", "", later, first.language, 1, "text")
    found = superseded([first, second], {c.id: (answer_units(c), None) for c in (first, second)})
    [update] = found["thread-1"]
    assert update.old == old and update.local
    assert update.stands_in(fold(earlier)) and not update.stands_in(fold("The fee is PKR 45,000 per firm."))
    assert "thread-2" not in found  # the update does not update itself


def test_an_update_is_read_within_its_own_document_and_only_of_a_figure_or_a_day() -> None:
    earlier = _passage("guide", "We have confirmed 12 host shops for the pilot day, all in Chengdu.")
    other = _passage("email", "There are now 10 host shops for the pilot day, not 12.")
    assert _updates(earlier, other) == {}  # another file's "not 12" is no notice about this one
    words = _passage("chat", "Chinese brochure zaroori hai.\nChinese brochure zaroori nahi, optional hai.")
    assert _updates(words) == {}  # a word denied is no figure updated
    rule = _passage("rules", "Fees are paid by 30 April.\nFees are paid by the firm, not by the secretariat.")
    assert _updates(rule) == {}
    # A figure with too little of the update's words beside it is another statement.
    apart = _passage("faq", "The hotel has 12 floors.\nThere are now 10 host shops for the pilot day, not 12.")
    assert _updates(apart) == {}


def test_an_update_that_a_later_one_reverts_updates_nothing() -> None:
    """A changelog's partial revert: v1.2 raised a cap, v1.3 set it back; v1.0's figure stands again."""
    log = _passage(
        "changelog",
        "v1.0: The demo-kit grant cap is PKR 300,000 per firm.\n"
        "v1.2: The demo-kit grant cap rises to PKR 350,000 per firm (was PKR 300,000).\n"
        "v1.3: The demo-kit grant cap is back to PKR 300,000 per firm (was PKR 350,000).",
    )
    found = _updates(log)
    assert all("rises" not in new for updates in found.values() for _, new in updates)


def test_a_change_logs_chain_of_updates_reads_as_its_latest() -> None:
    """The body still gives the first fee; the change log raised it from 38,000 to 40,000, then from 40,000 to
    42,500: the body's statement is followed by the latest row, not the one between (nor by nothing)."""
    manual = _passage(
        "manual",
        "A space-only stand is bare floor space in Hall 5. The RMB 38,000 stand fee covers a 4 kW socket.\n"
        "v1.1 (8 April): space-only stand fee raised from RMB 38,000 to RMB 40,000.\n"
        "v1.2 (10 June): space-only stand fee raised from RMB 40,000 to RMB 42,500.",
    )
    found = _updates(manual)
    assert {new for updates in found.values() for _, new in updates} == {
        "v1.2 (10 June): space-only stand fee raised from RMB 40,000 to RMB 42,500."
    }
    assert "38,000" in {old for updates in found.values() for old, _ in updates}  # the body's figure is followed


def test_a_notice_saying_what_another_document_says_and_what_is_correct_corrects_it() -> None:
    """ "The slide says crates must reach … by 20 September 2085. … the correct deadline is 26 September 2085."
    The slide's bullet is followed by both sentences; ordinary prose that says something is no correction."""
    notice = _passage(
        "notice",
        "1. Demo-kit shipping deadline (slide 4). The slide says crates must reach the Lahore warehouse by 20 "
        "September 2085. The forwarder has moved the sailing, so the correct deadline is 26 September 2085.\n"
        "2. The helpline says it answers in Urdu and English.",
    )
    slides = _passage("slides", "Shipping demo kits\n• Crates must reach the Lahore warehouse by 20 September 2085")
    [correction] = corrections([notice, slides])["slides"]
    assert correction.old == "crates must reach the Lahore warehouse by 20 September 2085"
    assert "the correct deadline is 26 September 2085." in correction.new
    assert "helpline" not in correction.new


def test_a_speaker_correcting_what_they_said_gives_the_figure_in_their_next_sentence() -> None:
    """A webinar transcript: "I said two engineers, but …" names the old figure, the next sentence the new one."""
    transcript = _passage(
        "webinar",
        "Q: How many of our engineers can work on site?\nA (Hamza): Two engineers per firm can hold a site pass.\n"
        "Q: Is the travel grant paid before we fly?\nA (Hamza): No, it is a reimbursement after the fair.\n"
        "A (Hamza): A correction to my answer on site passes: I said two engineers, but the security office "
        "agreed to more. It is three engineers per firm on site.",
    )
    [update] = _updates(transcript)["webinar"]
    assert update == ("two", update[1]) and update[1].endswith("It is three engineers per firm on site.")


def _amended(*chunks: Chunk) -> dict[str, list[tuple[str, str]]]:
    found = amendments(list(chunks), {c.id: (answer_units(c), None) for c in chunks})
    return {chunk_id: [(a.old, a.new) for a in amended] for chunk_id, amended in found.items()}


def test_an_addendum_amends_a_clause_by_its_number_and_a_lettered_item_under_it() -> None:
    """An addendum names the clause it replaces or deletes; it seldom restates it. The clause's number says which
    statement it changes, in another document: the unit the number opens, or the lettered item under it before the
    next numbered clause. A replacement quoted over several sentences reads whole."""
    rules = _passage(
        "rules",
        "3.1 Each firm may book one stand.\n3.2 A stand may be shared by at most two firms.\n"
        "4.1 A firm may apply for the pilot if:\n- (a) it exhibited at the fair;\n"
        "- (b) it has at least 10 employees;\n- (c) it signs the data pledge.\n4.2 Up to 16 vendors are selected.",
    )
    addendum = _passage(
        "addendum",
        'B1. Clause 3.2 is replaced by: "A stand may be shared by up to four firms. Each pays a surcharge of '
        'USD 90."\nB2. Clause 4.1(b) is deleted.\nB3. Clause 9.9 is deleted.',
    )
    found = _amended(rules, addendum)
    assert found == {
        "rules": [
            (
                "3.2 A stand may be shared by at most two firms.",
                'B1. Clause 3.2 is replaced by: "A stand may be shared by up to four firms. Each pays a surcharge '
                'of USD 90."',
            ),
            ("- (b) it has at least 10 employees;", "B2. Clause 4.1(b) is deleted."),
        ]
    }


@pytest.mark.parametrize(
    "amending",
    [
        "第3.2条修改为：每个展位最多可由四家公司共用。",
        "شق 3.2 منسوخ کر دی گئی ہے۔",
        "Clause 3.21 is deleted.",
        "See clause 3.2.",
    ],
)
def test_an_amendment_in_other_languages_and_what_names_no_clause(amending: str) -> None:
    rules = _passage("rules", "3.1 Each firm may book one stand.\n3.2 A stand may be shared by at most two firms.")
    found = _amended(rules, _passage("notice", amending))
    amended = amending.startswith(("第3.2条", "شق 3.2"))
    assert found == ({"rules": [("3.2 A stand may be shared by at most two firms.", amending)]} if amended else {})
