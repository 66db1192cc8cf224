"""Property-based fuzzing (hypothesis) of what strangers can send: WeChat XML, directory files, questions.

Each property is bounded by its example count, so the whole file runs in well under a minute in CI.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import httpx
import pytest
import xmltodict
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.config import load_settings
from bot.server import create_server
from bot.wiring import App
from knowledge.curated import question_key
from knowledge.directory import COLUMNS, company_cells, field_errors, read_directory, read_directory_csv
from knowledge.directory_query import DirectoryVocabulary, parse_filters
from knowledge.grounding import abstain_reason
from knowledge.language import LANGUAGES, detect_language
from knowledge.loaders import LoadError
from knowledge.text import tokenize
from tests.asgi import serving_in_thread
from tests.conftest import SAMPLE_KB, write_config
from tests.fake_wechat import message_xml, signed_query

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text from every script our users write in, plus markup and control characters.
ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("<>&]]![CDATA\"'\x00\x08\n\t巴基斯坦公司拉合尔پاکستانکمپنیLahore")),
    ),
    max_size=300,
)
WORDS = st.sampled_from(
    [
        "Which",
        "companies",
        "in",
        "Lahore",
        "Karachi",
        "ISO 27001",
        "CMMI level 3",
        "more than",
        "500",
        "employees",
        "founded before 2010",
        "哪些",
        "公司",
        "拉合尔",
        "人工智能",
        "超过",
        "کون سی",
        "کمپنیاں",
        "کراچی",
        "mein",
        "konsi",
        "fees",
        "2027",
        "?",
        "？",
    ]
)
QUESTIONS = st.one_of(ANY_TEXT, st.lists(WORDS, max_size=12).map(" ".join))


@pytest.fixture(scope="module")
def wechat_base(sample_app: App, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("fuzz-wechat")
    from tests.test_wechat import wechat_section

    config = write_config(folder, data_dir=str(sample_app.settings.data_path), wechat=wechat_section())
    app = App(load_settings(config))
    app.__dict__["records"] = type(app.records)(folder / "records.sqlite3")
    with serving_in_thread(create_server(app)) as base:
        yield base


def post_wechat(base: str, body: bytes) -> httpx.Response:
    return httpx.post(f"{base}/wechat", params=signed_query(), content=body, timeout=30)


def assert_refused_or_answered(reply: httpx.Response) -> None:
    assert reply.status_code in {200, 400, 413}, (reply.status_code, reply.text[:200])
    if reply.status_code == 200 and reply.text != "success":
        assert xmltodict.parse(reply.text)["xml"]["MsgType"] == "text"


@FUZZ
@given(body=st.binary(max_size=3000))
def test_wechat_survives_any_signed_body(wechat_base: str, body: bytes) -> None:
    assert_refused_or_answered(post_wechat(wechat_base, body))


@FUZZ
@given(
    kind=st.one_of(st.sampled_from(["text", "image", "voice", "event", "location", "link", "video"]), ANY_TEXT),
    fields=st.dictionaries(st.sampled_from(["Content", "Event", "EventKey", "Recognition"]), ANY_TEXT, max_size=4),
    msg_id=st.one_of(st.none(), st.integers(min_value=-(2**63), max_value=2**64)),
    user=ANY_TEXT,
)
def test_wechat_survives_any_message(
    wechat_base: str, kind: str, fields: dict[str, str], msg_id: int | None, user: str
) -> None:
    xml = message_xml(user, kind=kind, msg_id=msg_id, **fields)
    assert_refused_or_answered(post_wechat(wechat_base, xml.encode("utf-8", "surrogatepass")))


def test_wechat_still_answers_after_the_fuzzing(wechat_base: str) -> None:
    question = message_xml("after-fuzz", Content="巴基斯坦和中国时差几个小时？", msg_id=77)
    reply = post_wechat(wechat_base, question.encode())
    assert reply.status_code == 200 and "3 hours" in xmltodict.parse(reply.text)["xml"]["Content"]


def check_directory(parsed_rows: int, data: bytes) -> None:
    try:
        parsed = read_directory_csv(data)
    except LoadError as exc:
        assert str(exc)
        return
    for company in parsed.companies:
        assert field_errors(company_cells(company)) == {}
    assert all(e.row >= 2 and e.reason for e in parsed.errors)
    assert len(parsed.companies) + len({e.row for e in parsed.errors}) <= parsed_rows


@FUZZ
@given(data=st.binary(max_size=4000))
def test_directory_csv_of_any_bytes_loads_or_says_why(data: bytes) -> None:
    check_directory(data.count(b"\n") + 1, data)


CELL = st.one_of(ANY_TEXT, st.sampled_from(["PK-001", "CN-010", "PK", "CN", "Lahore", "450", "-3", "2031", "yes", ""]))


@FUZZ
@given(rows=st.lists(st.lists(CELL, min_size=0, max_size=len(COLUMNS) + 2), max_size=8))
@example(rows=[["", "", "", "", "", "INF"]])  # once crashed the import: a float that is no count
@example(rows=[["", "", "", "", "", "nan"]])
def test_directory_csv_rows_are_imported_or_listed_as_errors(rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows([c.replace("\x00", "") for c in row] for row in rows)
    check_directory(len(rows), buffer.getvalue().encode("utf-8", "surrogatepass"))


@settings(max_examples=25, deadline=None)
@given(rows=st.lists(st.lists(CELL, max_size=len(COLUMNS)), max_size=5), header=st.booleans())
def test_directory_xlsx_of_any_cells_loads_or_says_why(
    rows: list[list[str]], header: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    path = tmp_path_factory.mktemp("xlsx") / "directory.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    try:
        if header:
            sheet.append(list(COLUMNS))
        for row in rows:
            sheet.append(row)
    except IllegalCharacterError:
        return  # openpyxl refuses to write it, so no real file can hold it
    book.save(path)
    try:
        parsed = read_directory(path)
    except LoadError as exc:
        assert str(exc)
        return
    assert len(parsed.companies) + len({e.row for e in parsed.errors}) <= len(rows)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_a_broken_xlsx_is_a_load_error(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("xlsx") / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + data)
    with pytest.raises(LoadError):
        read_directory(path)


@pytest.fixture(scope="module")
def vocabulary() -> tuple[DirectoryVocabulary, list]:
    companies = read_directory(SAMPLE_KB / "directory.csv").companies
    return DirectoryVocabulary(companies), companies


@FUZZ
@given(question=QUESTIONS)
def test_the_question_parser_takes_any_text(vocabulary: tuple[DirectoryVocabulary, list], question: str) -> None:
    vocab, companies = vocabulary
    filters, _ = parse_filters(question, vocab)
    matching = [c for c in companies if filters.matches(c)]
    assert len(matching) <= len(companies)
    assert detect_language(question) in LANGUAGES
    assert all(t.strip() for t in tokenize(question))
    abstain_reason(question, [])
    question_key(question)


@settings(max_examples=40, deadline=None)
@given(question=QUESTIONS)
def test_the_engine_answers_any_text(sample_app: App, question: str) -> None:
    import asyncio

    from knowledge.models import Inquiry

    answer = asyncio.run(sample_app.engine.answer(Inquiry(text=question)))
    assert answer.text.strip() and answer.language in LANGUAGES
