"""Footnotes: a marked figure in a lead is followed by the note at the foot of its document."""

from __future__ import annotations

from pathlib import Path

from bot.wiring import App
from knowledge.chunking import Chunk
from knowledge.footnotes import footnotes, marks_in, notes_for
from knowledge.models import Inquiry

GRANTS = """# Grant guidelines

| Grant | Covers | Share | Cap per firm |
|---|---|---|---|
| Market access | Expo stand, airfare | 50% | PKR 400,000* |
| Compliance readiness | PCI DSS or ISO 27001 audit | 50%[1] | PKR 600,000 |

Claims go to the grants desk within 60 days after the event.

\\* Per firm, not per delegate; economy class airfare only.

[1] 70% for firms whose head office is in Balochistan or Gilgit-Baltistan.
"""


def _chunk(source: str, text: str, n: int = 0) -> Chunk:
    return Chunk(f"{source}-{n}", source, source, source, "", text, "en", n, "text")


def test_a_mark_beside_a_word_or_figure_points_to_the_note_that_opens_with_it() -> None:
    assert marks_in("Cap: PKR 400,000* | Share: 50%[1] | Delegates: 2† | extra: PKR 24,000*†") == ["*", "[1]", "†"]
    assert marks_in("as the guide says [1], see the * below") == []  # a citation and a loose star mark nothing
    notes = footnotes(
        [
            _chunk("grants.md", "Share: 50%[1] | Cap: PKR 400,000*"),
            _chunk("grants.md", "* Per firm, not per delegate.\nOther text. [1] 70% for firms in Balochistan.", 1),
        ]
    )["grants.md"]
    assert notes["*"].text == "* Per firm, not per delegate."
    assert notes["[1]"].text == "[1] 70% for firms in Balochistan."


def test_a_list_bulleted_with_stars_or_an_unused_mark_is_no_note() -> None:
    listed = _chunk("faq.md", "Fee*: PKR 9,000\n* first item of a list\n* second item of a list")
    unused = _chunk("other.md", "Plain text.\n† A note nothing points to, in a file with no mark.")
    assert footnotes([listed, unused]) == {"faq.md": {}, "other.md": {}}


def test_a_note_is_cut_and_left_out_when_the_answer_has_no_room_for_it() -> None:
    text = "Cap: PKR 400,000*\n* Per firm, not per delegate; economy airfare only."
    notes = footnotes([_chunk("g.md", text)])["g.md"]
    cut = notes_for("Cap: PKR 400,000*", notes, "Cap: PKR 400,000*", 30, 100)
    assert [n.text for n in cut] == ["* Per firm, not per…"]
    assert notes_for("Cap: PKR 400,000*", notes, "x" * 90, 30, 100) == []  # no room
    assert notes_for("Cap: PKR 400,000*", notes, text, 300, 1000) == []  # already shown


async def test_a_lead_with_a_marked_share_is_followed_by_its_note(make_app: object, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "grants.md").write_text(GRANTS, encoding="utf-8")
    app: App = make_app(knowledge={"sources": [str(docs)]})  # type: ignore[operator]
    assert not app.ingestor.ingest(app.settings.source_paths).failed
    answer = await app.engine.answer(Inquiry(text="What share of a PCI DSS audit does the compliance grant pay?"))
    assert "50%[1]" in answer.text, answer.text
    assert "[1] 70% for firms whose head office is in Balochistan" in answer.text, answer.text
