"""The `dosti` command line. Its `ask --json` and `eval` output is a contract other tools read."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from bot import redaction
from bot.config import CONFIG_ENV, ConfigError, Settings, default_config_path, load_settings
from bot.metrics import MULTIPROCESS_ENV
from bot.records import HISTORY_TURNS
from bot.wiring import App
from knowledge.evaluation import EvalFileError, read_jsonl, summarise
from knowledge.ingest import IngestReport
from knowledge.models import Inquiry, Turn

app = typer.Typer(help="Dosti: answers for the Pakistan–China ICT outsourcing programme.", no_args_is_help=True)
kb_app = typer.Typer(help="Inspect and edit the knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
staff_app = typer.Typer(help="Staff accounts for the console at /admin.", no_args_is_help=True)
app.add_typer(staff_app, name="staff")
db_app = typer.Typer(help="The relational database's schema (Alembic migrations).", no_args_is_help=True)
app.add_typer(db_app, name="db")
console = Console()
errors = Console(stderr=True)


class State:
    settings: Settings
    config_path: Path | None = None
    _app: App | None = None

    @property
    def app(self) -> App:
        if self._app is None:
            self._app = App(self.settings)
        return self._app


state = State()


@app.callback()
def main(
    config: Annotated[Path | None, typer.Option("--config", "-c", help="Config file (default: ./config.yaml)")] = None,
) -> None:
    try:
        state.settings = load_settings(config)
    except ConfigError as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    state.config_path = config if config is not None else default_config_path()
    redaction.configure_logging(state.settings)


# ---------------------------------------------------------------- ingest and kb


def run_ingest(paths: list[Path], quiet: bool = False) -> IngestReport:
    if quiet or not sys.stderr.isatty():
        return state.app.ingest(paths)
    with Progress(
        TextColumn("[bold]embedding[/bold] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=errors,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=None)
        return state.app.ingest(
            paths,
            progress=lambda n, name: progress.update(task, advance=n, description=name),
            on_total=lambda total: progress.update(task, total=total),
        )


def print_report(report: IngestReport) -> None:
    table = Table(title="Ingest summary")
    for column in ("file", "kind", "status", "items", "language"):
        table.add_column(column)
    colours = {
        "failed": "red",
        "partial": "yellow",
        "unchanged": "dim",
        "skipped": "dim",
        "removed": "yellow",
        "superseded": "dim",
    }
    for r in report.results:
        colour = colours.get(r.status, "green")
        table.add_row(r.path.name, r.kind, f"[{colour}]{r.status}[/{colour}]", str(r.items), r.language)
    console.print(table)
    for r in report.results:
        for line in r.errors:  # a superseded version's is a note: the file is fine, its newer one answers
            label = "[red]error:[/red]" if r.failed or r.status == "failed" else "[yellow]note:[/yellow]"
            errors.print(f"{label} {r.path.name}: {line}")
    if not report.changed and not report.failed:
        console.print("Nothing changed: every file is already in the knowledge base.")
    else:
        console.print(f"Embedded {report.embedded} new passages.")


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (default: knowledge.sources)")] = None,
) -> None:
    """Add or update programme documents and company directories (incremental and idempotent)."""
    targets = list(paths or state.settings.source_paths)
    if not targets:
        errors.print("[red]error:[/red] no paths given and knowledge.sources is empty")
        raise typer.Exit(2)
    report = run_ingest(targets)
    print_report(report)
    if report.failed:
        raise typer.Exit(1)


@kb_app.command("list")
def kb_list() -> None:
    """Every source in the knowledge base."""
    table = Table(title="Knowledge base")
    for column in ("source", "kind", "chunks/rows", "language", "updated at"):
        table.add_column(column)
    for s in state.app.kb.catalog.sources():
        updated = datetime.fromtimestamp(s.updated_at).strftime("%Y-%m-%d %H:%M")
        table.add_row(s.name, s.kind, str(s.items), s.language, updated)
    console.print(table)


@kb_app.command("remove")
def kb_remove(source: Annotated[str, typer.Argument(help="File name or full path as in `dosti kb list`")]) -> None:
    """Remove one source and everything it contributed."""
    kb = state.app.kb
    found = kb.catalog.find_sources(source) or kb.catalog.find_sources(str(Path(source).resolve()))
    if not found:
        errors.print(f"[red]error:[/red] no source named {source!r} (see `dosti kb list`)")
        raise typer.Exit(1)
    if len(found) > 1:
        errors.print(f"[red]error:[/red] {source!r} names {len(found)} sources; give the full path:")
        for record in found:
            errors.print(f"  {record.path}")
        raise typer.Exit(1)
    kb.remove(found[0])
    console.print(f"Removed {found[0].name} ({found[0].items} {'rows' if found[0].kind == 'directory' else 'chunks'}).")


@kb_app.command("reindex")
def kb_reindex() -> None:
    """Rebuild missing vectors from the catalog (after restoring the database, or a Chroma server that lost data)."""
    with console.status("Rebuilding vectors from the catalog…"):
        added = state.app.kb.reindex()
    chunks, companies = state.app.kb.catalog.counts()
    console.print(f"{chunks} chunks, {companies} companies: {added} vectors rebuilt.")


# ---------------------------------------------------------------- staff accounts


@staff_app.command("add")
def staff_add(name: Annotated[str, typer.Argument(help="Sign-in name")]) -> None:
    """Create a staff account (or set a new password); the password is prompted, never an argument."""
    password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        state.app.staff.add(name, password)
    except ValueError as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    console.print(f"Staff account {name!r} is ready: sign in at /admin.")


@staff_app.command("remove")
def staff_remove(name: Annotated[str, typer.Argument(help="Sign-in name")]) -> None:
    """Remove a staff account and end its sessions."""
    if not state.app.staff.remove(name):
        errors.print(f"[red]error:[/red] no staff account {name!r}")
        raise typer.Exit(1)
    console.print(f"Removed staff account {name!r}.")


@staff_app.command("list")
def staff_list() -> None:
    """Every staff account."""
    for name in state.app.staff.names():
        console.print(name)


# ---------------------------------------------------------------- database schema


def _databases() -> dict[str, str | Path]:
    """The catalog's and the records' databases: one when database.url is set, two SQLite files otherwise."""
    settings = state.settings
    return {"catalog": settings.database_for("catalog.sqlite3"), "records": settings.database_for("records.sqlite3")}


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Migrate every database to the newest schema (each start does this too; run it before a rolling deploy)."""
    from bot import database

    for target in dict.fromkeys(_databases().values()):
        try:
            database.upgrade(target)
        except Exception as exc:  # unreachable server, wrong credentials: say which, without the URL
            errors.print(f"[red]error:[/red] cannot migrate the database: {type(exc).__name__}")
            raise typer.Exit(1) from None
    console.print(f"Database schema at revision {database.head()}.")


@db_app.command("current")
def db_current() -> None:
    """The schema revision each database is at (none = not migrated yet)."""
    from bot import database

    for name, target in _databases().items():
        console.print(f"{name}: {database.current(target) or 'none'} (newest: {database.head()})")


# ---------------------------------------------------------------- backup and restore


@app.command("backup")
def backup_command(destination: Annotated[Path, typer.Argument(help="The .tar.gz file to write")]) -> None:
    """Save the knowledge base, records, staff accounts and uploads (safe while the server runs)."""
    from bot.backup import BackupError, backup

    try:
        manifest = backup(state.settings, destination)
    except BackupError as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None
    console.print(f"Backed up {', '.join(manifest['files'])} and uploads to {destination}.")  # type: ignore[arg-type]


@app.command("restore")
def restore_command(
    source: Annotated[Path, typer.Argument(help="A .tar.gz written by dosti backup")],
    force: Annotated[bool, typer.Option("--force", help="Replace the knowledge base data_dir holds")] = False,
) -> None:
    """Restore a backup into data_dir (stop the server first), then rebuild the vectors from it."""
    from bot.backup import BackupError, restore

    try:
        manifest = restore(state.settings, source, force=force)
    except BackupError as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None
    console.print(f"Restored the backup of {manifest['created']}.")
    kb_reindex()


# ---------------------------------------------------------------- asking


def ensure_knowledge() -> None:
    """A first start with an empty knowledge base ingests knowledge.sources, and only then."""
    kb = state.app.kb
    if kb.is_empty() and state.settings.source_paths:
        errors.print("The knowledge base is empty: ingesting knowledge.sources first…")
        report = run_ingest(state.settings.source_paths)
        for line in report.error_lines():
            errors.print(f"[red]error:[/red] {line}")


async def _ask(text: str, history: tuple[Turn, ...] = (), explain: bool = False) -> dict[str, Any]:
    started = time.perf_counter()
    answer = await state.app.engine.answer(Inquiry(text=text, channel="cli", history=history))
    out = {"question": text, **answer.to_json(explain=explain)}
    out["elapsed_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return out


@app.command()
def ask(
    question: Annotated[str | None, typer.Argument(help="The question")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (one line per question)")] = False,
    batch: Annotated[Path | None, typer.Option("--batch", help="JSON lines with id and question")] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Also show how it was answered: route, filters, passages, why declined")
    ] = False,
) -> None:
    """Answer one question, or every line of a JSONL file (models loaded once)."""
    if (question is None) == (batch is None):
        errors.print("[red]error:[/red] give a QUESTION or --batch FILE")
        raise typer.Exit(2)
    ensure_knowledge()
    engine = state.app.engine
    engine.warm_up()
    if batch is not None:
        try:
            items = read_jsonl(batch)
        except (EvalFileError, OSError) as exc:
            errors.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from None

        async def run_batch() -> None:
            for item in items:
                result = await _ask(str(item["question"]), explain=explain)
                line = {"id": item["id"], **result}
                if as_json:
                    print(json.dumps(line, ensure_ascii=False))
                else:
                    print(f"{item['id']}: {result['answer']}")
                    _print_explanation(result)
                    print()

        asyncio.run(run_batch())
        return
    result = asyncio.run(_ask(question or "", explain=explain))
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        console.print(result["answer"], markup=False, highlight=False, soft_wrap=True)
        _print_explanation(result)


def _print_explanation(result: dict[str, Any]) -> None:
    """The engine's reasons (present only with --explain), set apart from the answer."""
    lines = result.get("explanation") or []
    if lines:
        console.rule("how it was answered", style="dim")
        for line in lines:
            console.print(f"· {line}", markup=False, highlight=False, soft_wrap=True, style="dim")


@app.command("eval")
def evaluate(
    file: Annotated[Path, typer.Argument(help="Evaluation JSONL (see FORMAT.md)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON")] = False,
    details: Annotated[Path | None, typer.Option("--details", help="Write per-item results here")] = None,
) -> None:
    """Score the engine on an evaluation file, per language and overall."""
    try:
        items = read_jsonl(file, required=("id", "question", "kind"))
    except (EvalFileError, OSError) as exc:
        errors.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    ensure_knowledge()
    state.app.engine.warm_up()

    async def run_all() -> list[dict[str, Any]]:
        return [await _ask(str(item["question"])) for item in items]

    results = asyncio.run(run_all())
    if details is not None:
        with details.open("w", encoding="utf-8") as out:
            for item, result in zip(items, results, strict=True):
                out.write(json.dumps({"id": item["id"], **result}, ensure_ascii=False) + "\n")
    summary = summarise(items, results)
    if as_json:
        print(json.dumps(summary, ensure_ascii=False))
        return
    table = Table(title=f"Evaluation: {file.name}")
    columns = list(next(iter(summary.values())).keys())
    table.add_column("lang")
    for column in columns:
        table.add_column(column, justify="right")
    for lang, row in summary.items():
        table.add_row(lang, *("—" if row[c] is None else str(row[c]) for c in columns))
    console.print(table)


@app.command()
def serve(
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", min=1, max=64, help="Worker processes (default: server.workers)")
    ] = None,
) -> None:
    """Run the web server: the browser chat and API always, plus every configured channel, until Ctrl-C."""
    import uvicorn

    from bot.server import create_server

    settings = state.settings
    telegram, wechat, wecom = settings.telegram, settings.wechat, settings.wecom
    if telegram.token is not None and telegram.mode == "webhook" and not telegram.webhook_url:
        errors.print("[red]error:[/red] telegram.mode is webhook but telegram.webhook_url is not set")
        raise typer.Exit(2)
    count = workers or settings.server.workers
    missing = scale_out_problems(settings) if count > 1 else []
    if missing:
        errors.print(f"[red]error:[/red] --workers {count} needs " + "; ".join(missing))
        raise typer.Exit(2)
    ensure_knowledge()
    base = f"http://{settings.server.host}:{settings.server.port}"
    if telegram.token is not None:
        where = f"webhook at {base}/telegram" if telegram.mode == "webhook" else "polling for updates"
        console.print(f"Telegram: {where}")
    if wechat.token is not None:
        console.print(f"WeChat Official Account: {base}/wechat")
    if wecom.token is not None:
        console.print(f"WeCom app: {base}/wecom")
    console.print(f"Dosti is running: open {base}/ in a browser (API docs at {base}/docs). Ctrl-C to stop.")
    host, port = settings.server.host, settings.server.port
    # uvicorn believes X-Forwarded-For/-Proto from these addresses only (its default: 127.0.0.1).
    proxies = {"forwarded_allow_ips": ",".join(settings.server.trusted_proxies) or "127.0.0.1"}
    if count == 1:
        uvicorn.run(create_server(state.app), host=host, port=port, log_level="warning", **proxies)
        return
    console.print(f"{count} worker processes share state through Redis and vectors through the Chroma server.")
    if state.config_path is not None:  # each worker loads the same file (and the same DOSTI_* variables)
        os.environ[CONFIG_ENV] = str(state.config_path.resolve())
    # /metrics adds up every worker's counts (prometheus_client multiprocess mode): a fresh folder per start.
    shared_metrics = settings.data_path / "metrics"
    shutil.rmtree(shared_metrics, ignore_errors=True)
    shared_metrics.mkdir(parents=True)
    os.environ[MULTIPROCESS_ENV] = str(shared_metrics)
    uvicorn.run(
        "bot.server:worker_server", factory=True, workers=count, host=host, port=port, log_level="warning", **proxies
    )


def scale_out_problems(settings: Settings) -> list[str]:
    """What several worker processes need that one process does not."""
    problems = []
    if not settings.state.redis_url:
        problems.append("state.redis_url (message claims and rate limits shared by the workers)")
    if not settings.knowledge.chroma.host:
        problems.append("knowledge.chroma.host (embedded Chroma belongs to one process)")
    if settings.telegram.token is not None and settings.telegram.mode == "polling":
        problems.append("telegram.mode: webhook (only one process may poll Telegram)")
    return problems


@app.command()
def chat() -> None:
    """A conversation in the terminal (empty line or Ctrl-D to quit)."""
    ensure_knowledge()
    engine = state.app.engine
    with console.status("Loading models…"):
        engine.warm_up()
    console.print("[bold]Dosti[/bold] — ask about the programme or its companies. Empty line to quit.")
    history: list[Turn] = []

    async def loop() -> None:
        while True:
            try:
                text = await asyncio.to_thread(console.input, "[bold cyan]you ›[/bold cyan] ")
            except (EOFError, KeyboardInterrupt):
                break
            if not text.strip():
                break
            answer = await engine.answer(Inquiry(text=text, channel="cli", history=tuple(history[-HISTORY_TURNS:])))
            console.print("[bold green]dosti ›[/bold green]", end=" ")
            console.print(f"{answer.text}\n", markup=False, highlight=False, soft_wrap=True)
            history.extend([Turn("user", text), Turn("assistant", answer.text)])

    asyncio.run(loop())


if __name__ == "__main__":  # pragma: no cover
    app()
