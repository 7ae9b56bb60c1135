"""LinkedIn data-export archives ("Get a copy of your data") read into a JSON Resume.

The archive is a ZIP of CSV files (Profile.csv, Positions.csv, Education.csv...).
Their column names and date formats differ between exports and languages, so
each field is found by tolerant header matching against the variants listed in
data/linkedin.json, and dates are read in several languages. Nothing here needs
a model or the line parser: the CSVs are already structured.

Reading is bounded: only the CSVs we use are opened, each at most
MAX_MEMBER_BYTES uncompressed and MAX_ROWS rows, so a crafted archive (a zip
bomb, a million rows) costs no more than a normal one. Rows or dates we cannot
place go to meta.unsorted rather than being dropped.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

from resumeopt import dates
from resumeopt.importers.errors import ResumeImportError
from resumeopt.jsonlimits import storable_text
from resumeopt.jsonresume import PROFILE_NETWORKS, profile_from_url

DATA_FILE = Path(__file__).parent / "data" / "linkedin.json"
MAX_MEMBERS = 5000
MAX_MEMBER_BYTES = 2 * 1024 * 1024
MAX_ROWS = 1000
# A header row may follow a few lines of notes (some exports start with "Notes:").
HEADER_SEARCH_ROWS = 10
_BULLET = re.compile(r"^\s*[•●▪◦·*\-–—]\s*")

ORDER = (
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "projects",
)


@cache
def _data() -> dict[str, Any]:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def normalise(text: str) -> str:
    """Lower case, no accents or punctuation, single spaces: how headers are compared."""
    text = unicodedata.normalize("NFKD", text.replace("\ufeff", ""))
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    return " ".join(re.sub(r"[^\w]+", " ", text).replace("_", " ").split())


def _file_key(name: str) -> str | None:
    """Which of the CSVs we read this archive member is, by its base name."""
    base = PurePosixPath(name.replace("\\", "/")).name.lower()
    for key, names in _data()["files"].items():
        if base in names:
            return key
    return None


def is_linkedin_archive(names: Iterable[str]) -> bool:
    """A ZIP holding LinkedIn's profile, positions, education or skills CSVs."""
    keys = {_file_key(name) for name in names}
    return bool(keys & {"profile", "positions", "education", "skills"})


# --- dates -------------------------------------------------------------------


@cache
def _month_numbers() -> dict[str, int]:
    return {
        normalise(word): int(number)
        for number, words in _data()["months"].items()
        for word in words
    }


def parse_linkedin_date(text: str) -> str | None:
    """A date as LinkedIn exports write it, as an ISO partial date, or None.

    >>> parse_linkedin_date("Mar 2019"), parse_linkedin_date("2019")
    ('2019-03', '2019')
    >>> parse_linkedin_date("mars 2019")
    '2019-03'
    """
    text = (text or "").strip()
    if not text:
        return None
    if found := dates.parse_date(text):
        return found
    words = normalise(text.replace("-", " ").replace("/", " ")).split()
    words = [word for word in words if word != "de"]  # "ene. de 2019", "março de 2019"
    months = _month_numbers()
    year = next((word for word in words if re.fullmatch(r"(?:19|20)\d{2}", word)), None)
    if year is None:
        short = [word for word in words if re.fullmatch(r"\d{2}", word)]
        if len(words) == 2 and words[0] in months and short:
            year = str(2000 + int(short[0]))  # "Mar-19"
        else:
            return None
    rest = [word for word in words if word != year and word != year[2:]]
    month = next((months[word] for word in rest if word in months), None)
    day = next((int(word) for word in rest if re.fullmatch(r"\d{1,2}", word)), None)
    if month is None:
        return year if not rest else None
    if len(rest) > 2:
        return None
    found = f"{year}-{month:02d}"
    if day is not None:
        found = dates.parse_date(f"{found}-{day:02d}") or found
    return found


# --- reading the archive -----------------------------------------------------


def _open_archive(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ResumeImportError(
            "This ZIP archive is damaged and cannot be opened. Download your LinkedIn data again."
        ) from None


def _decode(raw: bytes) -> str:
    """The CSV's text, without NULs, which the database cannot store."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return storable_text(raw.decode("utf-16", errors="replace"))
    try:
        return storable_text(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return storable_text(raw.decode("cp1252", errors="replace"))


def _rows(text: str) -> list[list[str]]:
    """The CSV's rows, at most MAX_ROWS plus a few header candidates."""
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    rows = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append([cell.strip() for cell in row])
            if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                break
    except csv.Error:
        pass  # a broken quote late in the file: keep the rows read so far
    return rows


def _column_map(header: list[str], kind: str) -> dict[str, int]:
    """Field name -> column index, each column claimed by at most one field."""
    wanted = _data()["columns"][kind]
    normalised = [normalise(cell) for cell in header]
    found: dict[str, int] = {}
    taken: set[int] = set()
    for loose in (False, True):
        for field, aliases in wanted.items():
            if field in found:
                continue
            for alias in (normalise(alias) for alias in aliases):
                index = next(
                    (
                        i
                        for i, cell in enumerate(normalised)
                        if i not in taken
                        and cell
                        and (cell == alias or (loose and cell.startswith(alias + " ")))
                    ),
                    None,
                )
                if index is not None:
                    found[field] = index
                    taken.add(index)
                    break
    return found


def _find_header(rows: list[list[str]], kind: str) -> tuple[int, dict[str, int]] | None:
    """The header row's index and its column map: the row among the first few naming most fields.

    Choosing the best row, not the first that names any, keeps a note above the
    header ("Notes:") from being read as one because a column is called "Notes".
    """
    best: tuple[int, dict[str, int]] | None = None
    for position, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = _column_map(row, kind)
        if columns and (best is None or len(columns) > len(best[1])):
            best = (position, columns)
    if best is None and kind == "skills" and rows and max(len(row) for row in rows) == 1:
        return 0, {"name": 0}  # one column of skills, whatever its header says
    return best


class _Archive:
    """The CSVs of one export, read lazily, with what could not be placed."""

    def __init__(self, data: bytes):
        self.unsorted: list[str] = []
        self.read: list[str] = []
        self.skipped: list[str] = []
        self.members: dict[str, zipfile.ZipInfo] = {}
        with _open_archive(data) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise ResumeImportError(
                    f"This archive holds {len(infos)} files; a LinkedIn export has far fewer."
                )
            for info in infos:
                key = _file_key(info.filename)
                if key and key not in self.members and not info.is_dir():
                    self.members[key] = info
            self.texts = {key: self._read(archive, info) for key, info in self.members.items()}

    def _read(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str | None:
        name = PurePosixPath(info.filename).name
        if info.flag_bits & 0x1:
            raise ResumeImportError(
                f"{name} in this archive is password protected. Download your LinkedIn data "
                "again without a password."
            )
        if info.file_size > MAX_MEMBER_BYTES:
            self.skipped.append(f"{name} is larger than {MAX_MEMBER_BYTES // 1024 // 1024} MB")
            return None
        try:
            with archive.open(info) as member:
                raw = member.read(MAX_MEMBER_BYTES + 1)
        except (zipfile.BadZipFile, OSError, NotImplementedError, EOFError):
            self.skipped.append(f"{name} is damaged")
            return None
        if len(raw) > MAX_MEMBER_BYTES:  # the size in the directory lied
            self.skipped.append(f"{name} is larger than {MAX_MEMBER_BYTES // 1024 // 1024} MB")
            return None
        return _decode(raw)

    def records(self, kind: str) -> list[dict[str, str]]:
        """The file's rows as {field: value}; unrecognised files go to Unsorted."""
        text = self.texts.get(kind)
        if not text:
            return []
        name = PurePosixPath(self.members[kind].filename).name
        rows = _rows(text)
        header = _find_header(rows, kind)
        if header is None:
            if rows:
                self.skipped.append(f"{name} has columns we do not recognise")
                self.unsorted.extend(" · ".join(cell for cell in row if cell) for row in rows)
            return []
        position, columns = header
        self.read.append(name)
        records = []
        for row in rows[position + 1 : position + 1 + MAX_ROWS]:
            record = {
                field: row[index].strip()
                for field, index in columns.items()
                if index < len(row) and row[index].strip()
            }
            if record:
                records.append(record)
        if len(rows) > position + 1 + MAX_ROWS:
            self.skipped.append(f"{name} has more than {MAX_ROWS} rows; the rest were not read")
        return records

    def date(self, record: dict[str, str], field: str, what: str) -> str | None:
        """The record's date as ISO; one we cannot read is kept in Unsorted as written."""
        written = record.get(field)
        if not written:
            return None
        found = parse_linkedin_date(written)
        if found is None:
            self.unsorted.append(f"{what}: {written}")
        return found


# --- building the document ---------------------------------------------------


def _text_and_highlights(text: str) -> tuple[str, list[str]]:
    """A description split into prose and its bulleted lines."""
    prose, highlights = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            continue
        if _BULLET.match(line):
            highlights.append(_BULLET.sub("", line).strip())
        else:
            prose.append(line.strip())
    return " ".join(prose), [item for item in highlights if item]


def _put(entry: dict[str, Any], key: str, value: Any) -> None:
    if value:
        entry[key] = value


def _dated(archive: _Archive, entry: dict, record: dict, what: str, fields=("start", "end")):
    start = archive.date(record, fields[0], f"{what}, start date as written")
    end = archive.date(record, fields[1], f"{what}, end date as written")
    _put(entry, "startDate", start)
    _put(entry, "endDate", end)


def _location(text: str) -> dict[str, str]:
    """'Seattle, Washington, United States' -> city and region; the rest kept as written."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts:
        return {}
    location = {"city": parts[0]}
    if len(parts) >= 2:
        location["region"] = parts[1]
    if len(parts) > 2:
        location["address"] = text.strip()
    return location


def _links(text: str) -> list[str]:
    """'[PERSONAL:jane.dev,COMPANY:acme.com]' or 'https://a, https://b' -> the URLs."""
    text = text.strip().strip("[]")
    links = []
    for item in re.split(r",\s*(?=[A-Z_]+:|https?://|www\.)|\s+", text):
        item = item.strip()
        item = re.sub(r"^[A-Z_]{3,}:(?!//)", "", item)
        if item and "." in item:
            links.append(item)
    return links


def _basics(archive: _Archive) -> dict[str, Any]:
    basics: dict[str, Any] = {}
    profile = (archive.records("profile") or [{}])[0]
    name = " ".join(part for part in (profile.get("first_name"), profile.get("last_name")) if part)
    _put(basics, "name", name)
    _put(basics, "label", profile.get("headline", ""))
    emails = archive.records("emails")
    primary = next(
        (
            row
            for row in emails
            if normalise(row.get("primary", "")) in ("yes", "true", "ja", "oui", "si", "sim")
        ),
        emails[0] if emails else {},
    )
    _put(basics, "email", primary.get("address", ""))
    phones = archive.records("phones")
    _put(basics, "phone", phones[0].get("number", "") if phones else "")
    profiles = [profile_from_url(link) for link in _links(profile.get("websites", ""))]
    personal = next((p for p in profiles if p["network"] not in _known_networks()), None)
    if personal:
        basics["url"] = personal["url"]
        profiles.remove(personal)
    _put(basics, "summary", profile.get("summary", ""))
    _put(basics, "location", _location(profile.get("location", "")))
    for written in profile.get("twitter", "").strip("[]").split(","):
        handle = written.strip().rstrip("/").rsplit("/", 1)[-1].lstrip("@")
        if handle:
            profiles.append(
                {"network": "Twitter", "username": handle, "url": f"https://twitter.com/{handle}"}
            )
    _put(basics, "profiles", profiles)
    return basics


@cache
def _known_networks() -> frozenset[str]:
    return frozenset(PROFILE_NETWORKS.values())


def _work(archive: _Archive) -> list[dict]:
    entries = []
    for record in archive.records("positions"):
        entry: dict[str, Any] = {}
        _put(entry, "name", record.get("company"))
        _put(entry, "position", record.get("title"))
        _put(entry, "location", record.get("location"))
        what = " at ".join(part for part in (record.get("title"), record.get("company")) if part)
        _dated(archive, entry, record, what or "A position")
        summary, highlights = _text_and_highlights(record.get("description", ""))
        _put(entry, "summary", summary)
        _put(entry, "highlights", highlights)
        entries.append(entry)
    return entries


def _volunteer(archive: _Archive) -> list[dict]:
    entries = []
    for record in archive.records("volunteering"):
        entry: dict[str, Any] = {}
        _put(entry, "organization", record.get("organization"))
        _put(entry, "position", record.get("role"))
        _dated(archive, entry, record, record.get("organization") or "Volunteering")
        summary, highlights = _text_and_highlights(record.get("description", ""))
        if record.get("cause"):
            summary = " ".join(part for part in (f"Cause: {record['cause']}.", summary) if part)
        _put(entry, "summary", summary)
        _put(entry, "highlights", highlights)
        entries.append(entry)
    return entries


def _education(archive: _Archive) -> list[dict]:
    entries = []
    for record in archive.records("education"):
        entry: dict[str, Any] = {}
        _put(entry, "institution", record.get("school"))
        _put(entry, "area", record.get("field"))
        _put(entry, "studyType", record.get("degree"))
        _dated(archive, entry, record, record.get("school") or "Education")
        notes = [record.get("notes", "")]
        if record.get("activities"):
            notes.append(f"Activities: {record['activities']}")
        _put(entry, "summary", " ".join(note for note in notes if note))
        entries.append(entry)
    return entries


def _skills(archive: _Archive) -> list[dict]:
    names = []
    for record in archive.records("skills"):
        name = record.get("name", "")
        if name and name.lower() not in (known.lower() for known in names):
            names.append(name)
    return [{"name": "Skills", "keywords": names}] if names else []


def _certificates(archive: _Archive) -> list[dict]:
    entries = []
    for record in archive.records("certifications"):
        entry: dict[str, Any] = {}
        _put(entry, "name", record.get("name"))
        _put(entry, "issuer", record.get("issuer"))
        _put(entry, "date", archive.date(record, "start", f"{record.get('name')}, date as written"))
        _put(entry, "url", record.get("url"))
        entries.append(entry)
    return entries


def _languages(archive: _Archive) -> list[dict]:
    entries = []
    for record in archive.records("languages"):
        entry: dict[str, Any] = {}
        _put(entry, "language", record.get("name"))
        _put(entry, "fluency", record.get("proficiency"))
        if entry:
            entries.append(entry)
    return entries


def _projects(archive: _Archive) -> list[dict]:
    entries = []
    for record in archive.records("projects"):
        entry: dict[str, Any] = {}
        _put(entry, "name", record.get("title"))
        summary, highlights = _text_and_highlights(record.get("description", ""))
        _put(entry, "description", summary)
        _put(entry, "highlights", highlights)
        _dated(archive, entry, record, record.get("title") or "A project")
        _put(entry, "url", record.get("url"))
        entries.append(entry)
    return entries


def _awards(archive: _Archive) -> list[dict]:
    entries = []
    for record in archive.records("honors"):
        entry: dict[str, Any] = {}
        _put(entry, "title", record.get("title"))
        _put(entry, "date", archive.date(record, "date", f"{record.get('title')}, date as written"))
        _put(entry, "awarder", record.get("issuer"))
        _put(entry, "summary", record.get("description"))
        entries.append(entry)
    return entries


def _publications(archive: _Archive) -> list[dict]:
    entries = []
    for record in archive.records("publications"):
        entry: dict[str, Any] = {}
        _put(entry, "name", record.get("name"))
        _put(entry, "publisher", record.get("publisher"))
        _put(
            entry,
            "releaseDate",
            archive.date(record, "date", f"{record.get('name')}, date as written"),
        )
        _put(entry, "url", record.get("url"))
        _put(entry, "summary", record.get("description"))
        entries.append(entry)
    return entries


def document_from_archive(data: bytes) -> tuple[dict[str, Any], list[str]]:
    """The JSON Resume document in a LinkedIn export, and warnings for the review screen."""
    archive = _Archive(data)
    builders = {
        "basics": _basics,
        "work": _work,
        "volunteer": _volunteer,
        "education": _education,
        "awards": _awards,
        "certificates": _certificates,
        "publications": _publications,
        "skills": _skills,
        "languages": _languages,
        "projects": _projects,
    }
    document: dict[str, Any] = {}
    for section in ORDER:
        value = builders[section](archive)
        if value:
            document[section] = (
                [entry for entry in value if entry] if section != "basics" else value
            )
    if archive.unsorted:
        document["meta"] = {"unsorted": archive.unsorted}
    warnings = (
        [f"Read from your LinkedIn export: {', '.join(archive.read)}."] if archive.read else []
    )
    warnings.extend(f"{reason.capitalize()}." for reason in archive.skipped)
    if not archive.read:
        raise ResumeImportError(
            "This LinkedIn export has none of the files we read (Profile.csv, Positions.csv, "
            "Education.csv, Skills.csv) in a form we recognise."
        )
    return document, warnings
