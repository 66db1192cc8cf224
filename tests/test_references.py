"""Rows named by their item number: which keys count, and which mentions point to them."""

from __future__ import annotations

import pytest

from knowledge.chunking import CELL_SEPARATOR, Chunk
from knowledge.references import corrections, keyed_rows, pointed_rows, row_key


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
