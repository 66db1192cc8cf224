"""Fit the lead model (knowledge/lead.py) on every evaluation set, and say what a knowledge base it has not seen gets.

    python bench/fit_lead.py                  # report, then write knowledge/calibration/lead_model.yaml
    python bench/fit_lead.py --report-only    # leave the shipped model as it is
    python bench/fit_lead.py --work /tmp/fit  # keep the ingested knowledge bases between runs

For each set of tests/test_quality_bars.py, every answerable programme question with key facts is asked
as an answer would search it (`AnswerEngine.lead_runs`); a run is right when it holds a key fact. Then,
for each set in turn, a model is fitted on the other sets and scored on it (leave one knowledge base
out): how often its first run holds the key fact, and its first two, beside the shipped model and the
best any run could do. The model written is fitted on every set. Reads ../shared, like the tests.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.progress import track  # noqa: E402
from rich.table import Table  # noqa: E402

from bot.config import load_settings  # noqa: E402
from bot.wiring import App  # noqa: E402
from knowledge.evaluation import read_jsonl  # noqa: E402
from knowledge.lead import FEATURES, MODEL_FILE, LeadModel, Run, fit, lead_model  # noqa: E402
from tests.conftest import write_config  # noqa: E402
from tests.test_quality_bars import SETS  # noqa: E402

Labelled = tuple[list[Run], list[bool]]
# The hand-set bonuses the lead used before the model (knowledge/engine.py until the fifteenth session), as a
# model on unstandardised features; the row-key bonus then counted only between rows of one table.
HAND_SET = {"passage_score": 1.0, "unit_lean": 0.7, "number": 0.03, "band": 0.05, "place": 0.03, "row_key": 0.03}


def hand_set() -> LeadModel:
    weights = np.asarray([HAND_SET.get(name, 0.0) for name in FEATURES])
    return LeadModel(weights, np.zeros(len(FEATURES)), np.ones(len(FEATURES)), second_gap=0.01, same_gap=0.01)


def labelled_runs(name: str, work: Path) -> list[Labelled]:
    """Each answerable question's candidate runs, and which of them hold one of its key facts."""
    kb, questions = SETS[name]
    folder = work / name
    folder.mkdir(parents=True, exist_ok=True)
    config = write_config(folder, knowledge={"sources": [str(kb / "programme"), str(kb / "directory.csv")]})
    app = App(load_settings(config))
    app.ingestor.ingest(app.settings.source_paths)
    app.engine.warm_up()
    out: list[Labelled] = []
    items = [i for i in read_jsonl(questions, required=("id", "question", "kind")) if i["kind"] == "programme"]
    for item in track(items, description=f"{name:9s}"):
        facts = [f.lower() for f in item.get("answer_must_contain_any") or []]
        if facts:
            runs = app.engine.lead_runs(item["question"])
            out.append((runs, [any(f in " ".join(r.units).lower() for f in facts) for r in runs]))
    return out


def score(model: LeadModel, questions: Sequence[Labelled]) -> tuple[int, int]:
    """How many questions the model's first run answers, and its first two."""
    first = both = 0
    for runs, right in questions:
        is_right = {id(run): r for run, r in zip(runs, right, strict=True)}
        hit = [is_right[id(run)] for run in model.lead(runs)]
        first += bool(hit and hit[0])
        both += any(hit)
    return first, both


def _cells(row: list[int]) -> list[str]:
    return [str(row[0]), str(row[1]), *(f"{row[i]} / {row[i + 1]}" for i in (2, 4, 6))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, help="folder for the ingested knowledge bases (default: a temporary one)")
    parser.add_argument("--report-only", action="store_true", help="do not write the fitted model")
    args = parser.parse_args()
    console = Console()
    with tempfile.TemporaryDirectory() as temporary:
        work = args.work or Path(temporary)
        data = {name: labelled_runs(name, work) for name in SETS}
    try:
        shipped: LeadModel | None = lead_model()
    except (OSError, ValueError):  # none yet, or fitted on other features
        shipped = None
    table = Table(title="Lead: key fact in the first run / in the first two (questions with key facts)")
    for column in ("set", "questions", "any run", "hand-set bonuses", "shipped model", "fitted without this set"):
        table.add_column(column)
    totals = [0, 0, 0, 0, 0, 0, 0, 0]
    for name, questions in data.items():
        held_out = fit([q for other, qs in data.items() if other != name for q in qs])
        reachable = sum(any(right) for _, right in questions)
        before, unseen = score(hand_set(), questions), score(held_out, questions)
        now = score(shipped, questions) if shipped else (0, 0)
        row = [len(questions), reachable, *before, *now, *unseen]
        totals = [t + v for t, v in zip(totals, row, strict=True)]
        table.add_row(name, *_cells(row))
    table.add_row("all", *_cells(totals), style="bold")
    console.print(table)
    if not args.report_only:
        model = fit([q for qs in data.values() for q in qs])
        comment = (
            "# Written by bench/fit_lead.py: the lead model (knowledge/lead.py), fitted on the answerable\n"
            "# questions of "
            f"{', '.join(SETS)}. Weights over standardised features; do not edit by hand.\n"
        )
        MODEL_FILE.write_text(model.to_yaml(comment), encoding="utf-8")
        console.print(f"written: {MODEL_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
