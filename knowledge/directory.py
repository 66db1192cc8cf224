"""The company directory: rows read from CSV or XLSX, validated one by one.

Columns are those of the programme's directory format (id, name, name_zh, country, city, founded,
employees, services, industries, technologies, certifications, languages, description,
description_zh, website, contact_email, pitched_at_webinar); multi-valued cells use ';'.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from knowledge.loaders import LoadError, decode_text
from knowledge.models import CompanyCard

COLUMNS = (
    "id",
    "name",
    "name_zh",
    "country",
    "city",
    "founded",
    "employees",
    "services",
    "industries",
    "technologies",
    "certifications",
    "languages",
    "description",
    "description_zh",
    "website",
    "contact_email",
    "pitched_at_webinar",
)
REQUIRED_COLUMNS = frozenset({"id", "name", "country", "city"})
LIST_COLUMNS = ("services", "industries", "technologies", "certifications", "languages")
ID_PATTERN = re.compile(r"^[A-Za-z]{2}-?\w+$")
MAX_FIELD_CHARS = 4000
PITCHED_VALUES = frozenset({"", "yes", "no", "true", "false", "y", "n", "1", "0"})


@dataclass(frozen=True)
class Company:
    id: str
    name: str
    country: str
    city: str
    name_zh: str = ""
    founded: int | None = None
    employees: int | None = None
    services: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    technologies: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()  # ("none",) = holds none; () = unknown
    languages: tuple[str, ...] = ()
    description: str = ""
    description_zh: str = ""
    website: str = ""
    contact_email: str = ""
    pitched_at_webinar: bool | None = None

    def document(self) -> str:
        """The text embedded for semantic ranking: what the company does, in both languages."""
        parts = [
            self.name,
            self.name_zh,
            f"{self.city}, {self.country}",
            "Services: " + ", ".join(self.services),
            "Industries: " + ", ".join(self.industries),
            "Technologies: " + ", ".join(self.technologies),
            self.description,
            self.description_zh,
        ]
        return "\n".join(p for p in parts if p)

    def card(self) -> CompanyCard:
        return CompanyCard(
            id=self.id,
            name=self.name,
            city=self.city,
            country=self.country,
            name_zh=self.name_zh,
            services=self.services,
            contact=self.contact_email,
            website=self.website,
        )

    def to_row(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Company:
        data = dict(row)
        for col in LIST_COLUMNS:
            data[col] = tuple(data.get(col) or ())
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass
class RowError:
    row: int  # 1-based line/row number in the file, header = 1
    reason: str


@dataclass
class DirectoryFile:
    companies: list[Company] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(";") if v.strip())


def _int(value: str, name: str, low: int, high: int) -> int | None:
    value = value.strip().replace(",", "")
    if not value:
        return None
    try:
        number = int(float(value))
    except (ValueError, OverflowError):  # "abc", and "INF" (a float, but no count)
        raise ValueError(f"{name} is not a number: {value!r}") from None
    if not low <= number <= high:
        raise ValueError(f"{name} out of range: {number}")
    return number


def field_errors(cells: dict[str, str]) -> dict[str, str]:
    """Every problem in one row, by field: what a form shows next to each input."""
    clean = {k: (v or "").strip() for k, v in cells.items() if k}
    errors: dict[str, str] = {}
    for key, value in clean.items():
        if len(value) > MAX_FIELD_CHARS:
            errors[key] = f"{key} is longer than {MAX_FIELD_CHARS} characters"
    for required in ("id", "name", "country", "city"):
        if not clean.get(required):
            errors.setdefault(required, f"missing {required}")
    if clean.get("id") and not ID_PATTERN.match(clean["id"]):
        errors["id"] = f"id {clean['id']!r} is not like PK-014"
    if clean.get("country") and not re.fullmatch(r"[A-Za-z]{2}", clean["country"]):
        errors["country"] = f"country {clean['country']!r} is not a two-letter code"
    if clean.get("pitched_at_webinar", "").lower() not in PITCHED_VALUES:
        errors["pitched_at_webinar"] = f"pitched_at_webinar must be yes or no, not {clean['pitched_at_webinar']!r}"
    for name, low, high in (("founded", 1800, 2100), ("employees", 0, 10_000_000)):
        try:
            _int(clean.get(name, ""), name, low, high)
        except ValueError as exc:
            errors[name] = str(exc)
    return errors


def company_from_cells(cells: dict[str, str]) -> Company:
    """Validate one row; raises ValueError naming the first field that is wrong."""
    errors = field_errors(cells)
    if errors:
        raise ValueError(next(iter(errors.values())))
    clean = {k: (v or "").strip() for k, v in cells.items() if k}
    pitched_raw = clean.get("pitched_at_webinar", "").lower()
    return Company(
        id=clean["id"],
        name=clean["name"],
        name_zh=clean.get("name_zh", ""),
        country=clean["country"].upper(),
        city=clean["city"],
        founded=_int(clean.get("founded", ""), "founded", 1800, 2100),
        employees=_int(clean.get("employees", ""), "employees", 0, 10_000_000),
        services=_split(clean.get("services", "")),
        industries=_split(clean.get("industries", "")),
        technologies=_split(clean.get("technologies", "")),
        certifications=_split(clean.get("certifications", "")),
        languages=_split(clean.get("languages", "")),
        description=clean.get("description", ""),
        description_zh=clean.get("description_zh", ""),
        website=clean.get("website", ""),
        contact_email=clean.get("contact_email", ""),
        pitched_at_webinar=None if not pitched_raw else pitched_raw in {"yes", "true", "y", "1"},
    )


def company_cells(company: Company) -> dict[str, str]:
    """A company as directory cells (CSV export, edit forms): the inverse of company_from_cells."""
    row = company.to_row()
    cells = {c: "" for c in COLUMNS}
    for column in COLUMNS:
        value = row.get(column)
        if isinstance(value, tuple | list):
            cells[column] = ";".join(value)
        elif isinstance(value, bool):
            cells[column] = "yes" if value else "no"
        elif value is not None:
            cells[column] = str(value)
    return cells


def _normal_header(header: Iterable[Any]) -> list[str]:
    return [str(h or "").strip().lower().lstrip("\ufeff") for h in header]


def is_directory_header(header: Iterable[Any]) -> bool:
    return set(_normal_header(header)) >= REQUIRED_COLUMNS


def _read_rows(header: list[str], rows: Iterable[tuple[int, list[Any]]]) -> DirectoryFile:
    result = DirectoryFile()
    seen: dict[str, int] = {}
    for number, values in rows:
        if not any(str(v or "").strip() for v in values):
            continue
        if len(values) > len(header):
            result.errors.append(RowError(number, f"{len(values)} cells but the header has {len(header)}"))
            continue
        cells = {h: ("" if v is None else str(v)) for h, v in zip(header, values, strict=False)}
        try:
            company = company_from_cells(cells)
        except ValueError as exc:
            result.errors.append(RowError(number, str(exc)))
            continue
        if company.id in seen:
            result.errors.append(RowError(number, f"duplicate id {company.id} (first on row {seen[company.id]})"))
            continue
        seen[company.id] = number
        result.companies.append(company)
    return result


def _directory_header(rows: list[list[Any]]) -> list[str]:
    """The first row, normalised, if it holds the directory's required columns."""
    if not rows:
        raise LoadError("empty file")
    header = _normal_header(rows[0])
    if not is_directory_header(header):
        missing = ", ".join(sorted(REQUIRED_COLUMNS - set(header)))
        raise LoadError(f"not a company directory: the first row lacks {missing}")
    return header


def read_directory_csv(data: bytes) -> DirectoryFile:
    text = decode_text(data)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        raise LoadError(f"malformed CSV: {exc}") from None
    header = _directory_header(rows)
    return _read_rows(header, ((i + 2, r) for i, r in enumerate(rows[1:])))


def read_directory_xlsx(path: Path) -> DirectoryFile:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(str(path), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise LoadError(f"broken .xlsx: {exc or type(exc).__name__}") from None
    try:
        sheet = workbook.worksheets[0]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    header = _directory_header(rows)
    width = len(header)
    while width and not header[width - 1]:
        width -= 1
    trimmed = ((i + 2, _trim(r, width)) for i, r in enumerate(rows[1:]))
    return _read_rows(header[:width], trimmed)


def _trim(values: list[Any], width: int) -> list[Any]:
    extra = values[width:]
    return values[:width] if not any(v not in (None, "") for v in extra) else values


def read_directory(path: Path) -> DirectoryFile:
    if path.suffix.lower() == ".xlsx":
        return read_directory_xlsx(path)
    data = path.read_bytes()
    if not data.strip():
        raise LoadError("empty file")
    return read_directory_csv(data)
