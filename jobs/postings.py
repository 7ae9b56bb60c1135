"""Job posting text from what people upload: text, PDF, DOCX and HTML files, zips, CSVs,
JSONL, or pasted postings separated by lines of `---`. Plain Python.

Everything is checked before anything is saved: a bad archive or a CSV without a
text column is refused as a whole with a clear message; within a good batch, a
posting that cannot be read is reported and the rest go on.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any

from jobs.extraction import PostingError, check_posting
from jobs.extraction.segmentation import BLOCK_TAGS
from resumeopt.importers import ResumeImportError
from resumeopt.importers.bounded import run_bounded
from resumeopt.importers.detect import is_binary

# The resume readers this module borrows (text decoding, PDF, DOCX) are imported where they
# are used: each loads the resume parser or a document library (70-140 ms), which a
# pasted posting never needs; PDF and DOCX load only in the bounded child that reads them.
from resumeopt.jsonlimits import JSONLimitError, loads_limited

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ARCHIVE_FILES = 500
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_TABLE_BYTES = 50 * 1024 * 1024  # a CSV or JSONL of postings
MAX_BATCH_POSTINGS = 5_000
ARCHIVE_SUFFIXES = (
    ".zip",
    ".tar",
    ".gz",
    ".tgz",
    ".bz2",
    ".xz",
    ".7z",
    ".rar",
    ".jar",
    ".war",
    ".zst",
)
# Archives by their first bytes, whatever their name says (a zip renamed "notes.txt").
ARCHIVE_MAGIC = (
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\x28\xb5\x2f\xfd",
)
OFFICE_SUFFIXES = (".docx",)  # zips by design, read as documents
TEXT_COLUMNS = ("text", "job_description", "description", "posting")
TITLE_COLUMNS = ("title", "job_title")
COMPANY_COLUMNS = ("company", "company_name", "employer", "organization", "organisation")
SEPARATOR_RE = re.compile(r"^\s*-{3,}\s*$", re.MULTILINE)


class PostingInputError(ValueError):
    """The upload as a whole cannot be used; str() says why. Nothing was saved."""


@dataclass
class Posting:
    """One posting read from an upload: its text, or why it could not be read."""

    name: str
    text: str = ""
    title: str = ""
    error: str = ""
    key: Any = None  # the id it was given (a CSV or JSONL "id"), as given
    company: str = ""  # the company a CSV or JSONL names in its own column


def text_from_file(data: bytes, filename: str) -> str:
    """A posting's text from one TXT, Markdown, PDF, DOCX or HTML file."""
    if len(data) > MAX_FILE_BYTES:
        raise PostingError(
            f"{filename} is {len(data) / 1024 / 1024:.1f} MB; a posting file can be at most 5 MB."
        )
    if not data.strip():
        raise PostingError(f"{filename} is empty.")
    suffix = Path(filename).suffix.lower()
    if data[:1024].find(b"%PDF-") != -1 or data.startswith(b"PK\x03\x04"):
        try:
            return run_bounded("jobs.postings:read_document_text", data)
        except ResumeImportError as error:
            raise PostingError(f"{filename}: {error}") from None
    if is_binary(data):
        raise PostingError(f"{filename} is not a text, PDF, Word or HTML file.")
    from resumeopt.importers.text import decode_text  # lazy: see the note at the top

    text = decode_text(data)
    if suffix in (".html", ".htm") or re.search(
        r"<\s*(?:html|body|div|p|ul|li|h[1-6])\b", text[:2000], re.IGNORECASE
    ):
        text = html_to_text(text)
    return text


def read_document_text(data: bytes) -> str:
    """A PDF's or Word file's text, read in this process: only the bounded child calls it."""
    if data.startswith(b"PK\x03\x04"):
        from resumeopt.importers.docx import lines_from_docx  # lazy: see the note at the top

        return "\n".join(line.text for line in lines_from_docx(data))
    from resumeopt.importers.pdf import lines_from_pdf  # lazy: see the note at the top

    return "\n".join(line.text for line in lines_from_pdf(data))


class _TextCollector(HTMLParser):
    """HTML to plain text: scripts and styles dropped, blocks on their own lines."""

    # The same blocks a pasted posting's markup is read by, so a file and a paste agree.
    BLOCKS = BLOCK_TAGS
    SKIP = {"script", "style", "noscript", "template", "head", "svg"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n- " if tag == "li" else "\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\n\s*\n\s*\n+", "\n\n", text).strip()


def postings_from_pasted(text: str) -> list[Posting]:
    """Several postings pasted one after another, separated by a line of `---`."""
    chunks = [chunk.strip() for chunk in SEPARATOR_RE.split(text or "") if chunk.strip()]
    if not chunks:
        raise PostingInputError("Paste at least one posting (separate several with a line of ---).")
    return capped(
        [
            _checked(Posting(f"Posting {index}", chunk))
            for index, chunk in enumerate(chunks, start=1)
        ]
    )


def postings_from_files(files: list[tuple[str, bytes]]) -> list[Posting]:
    """Uploaded files; a .zip, .csv or .jsonl among them is opened."""
    if not files:
        raise PostingInputError("Choose at least one file.")
    postings: list[Posting] = []
    for name, data in files:
        lowered = name.lower()
        if (
            lowered.endswith(".zip")
            or data.startswith(b"PK\x03\x04")
            and not lowered.endswith(".docx")
        ):
            postings.extend(postings_from_zip(data))
        elif lowered.endswith(".csv"):
            postings.extend(postings_from_csv(data))
        elif lowered.endswith(".jsonl"):
            postings.extend(postings_from_jsonl(data))
        else:
            postings.append(_from_file(name, data))
    return capped(postings)


def capped(postings: list[Posting]) -> list[Posting]:
    """A web batch's postings, refused as a whole when there are more than one batch ranks."""
    _refuse_over_cap(len(postings))
    return postings


def _refuse_over_cap(count: int) -> None:
    if count > MAX_BATCH_POSTINGS:
        raise PostingInputError(
            f"That is {count:,} postings; a batch can rank at most {MAX_BATCH_POSTINGS:,}. "
            "Split it into smaller batches."
        )


def _from_file(name: str, data: bytes) -> Posting:
    try:
        return _checked(Posting(name, text_from_file(data, name)))
    except PostingError as error:
        return Posting(name, error=str(error))


def _checked(posting: Posting) -> Posting:
    try:
        check_posting(posting.text)
    except PostingError as error:
        posting.error = str(error)
    return posting


def check_zip(data: bytes) -> int:
    """Refuse a zip that could harm the server, before anything is saved; returns its file count.

    Fast enough for a web request: it reads the first bytes of each file (to find
    archives inside, whatever their names), never the postings themselves.
    """
    with _open_zip(data) as archive:
        return len(_posting_entries(archive, peek=True))


def postings_from_zip(data: bytes) -> list[Posting]:
    """Every posting file in a zip, refusing archives that could harm the server."""
    with _open_zip(data) as archive:
        return list(_zip_postings(archive, _posting_entries(archive)))


def batch_postings(name: str, data: bytes) -> tuple[int, Callable[[int, int], Iterator[Posting]]]:
    """How many postings a stored batch upload holds, and a reader of stretches of them:
    `read(start, end)` gives the postings from the `start`-th to before the `end`-th, each
    read when it is asked for.

    Reading is lazy because it can be the slow part: each PDF or Word file in a zip is
    read in its own bounded child process. The batch ranks and saves postings as they
    are read, so it shows progress and keeps its work however far it gets.
    """
    lowered = name.lower()
    if lowered.endswith(".zip") or data.startswith(b"PK\x03\x04") and not lowered.endswith(".docx"):
        archive = _open_zip(data)
        entries = _posting_entries(archive)
        return len(entries), lambda start, end: _zip_postings(archive, entries[start:end])
    if lowered.endswith((".csv", ".jsonl")):
        reader = csv_postings if lowered.endswith(".csv") else jsonl_postings
        total, rows = reader(data)
        _refuse_over_cap(total)
        return total, _read_forward(rows, lambda start: reader(data, start)[1])
    postings = postings_from_files([(name, data)])
    return len(postings), lambda start, end: iter(postings[start:end])


def _read_forward(
    postings: Iterator[Posting], again: Callable[[int], Iterator[Posting]]
) -> Callable[[int, int], Iterator[Posting]]:
    """`read(start, end)` over postings read in one pass: a stretch from where the last one
    ended or later goes on with that pass (the postings between are read and dropped),
    one before it starts a new pass there (`again(start)`)."""
    at = 0

    def read(start: int, end: int) -> Iterator[Posting]:
        nonlocal postings, at
        if start < at:
            postings, at = again(start), start
        while at < end:
            posting = next(postings, None)
            if posting is None:
                return
            at += 1
            if at > start:
                yield posting

    return read


def _zip_postings(archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo]) -> Iterator[Posting]:
    for info in entries:
        name = PurePosixPath(info.filename.replace("\\", "/")).name
        content, error = _member(archive, info, name)
        if error:
            yield Posting(name, error=error)
            continue
        if is_archive(name, content):
            raise _nested(name)
        yield _from_file(name, content)


def _open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError):
        raise PostingInputError("The zip file is damaged and cannot be opened.") from None


def _posting_entries(archive: zipfile.ZipFile, *, peek: bool = False) -> list[zipfile.ZipInfo]:
    """The zip's posting files, once it passed every check: count, size, paths, no archives."""
    entries = [info for info in archive.infolist() if not info.is_dir()]
    if len(entries) > MAX_ARCHIVE_FILES:
        raise PostingInputError(
            f"The zip holds {len(entries)} files; the limit is {MAX_ARCHIVE_FILES}."
        )
    if sum(info.file_size for info in entries) > MAX_UNPACKED_BYTES:
        raise PostingInputError("The zip unpacks to more than 50 MB, which was refused.")
    kept = []
    for info in entries:
        path = PurePosixPath(info.filename.replace("\\", "/"))
        if path.is_absolute() or ".." in path.parts:
            raise PostingInputError(
                f"The zip contains an unsafe path ({info.filename}) and was refused."
            )
        if path.suffix.lower() in ARCHIVE_SUFFIXES:
            raise _nested(path.name)
        if path.name.startswith(".") or "__MACOSX" in path.parts:
            continue
        if peek and not info.flag_bits & 0x1:
            try:
                with archive.open(info) as member:
                    start = member.read(8)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
                start = b""  # reported for this posting when it is read
            if is_archive(path.name, start):
                raise _nested(path.name)
        kept.append(info)
    if not kept:
        raise PostingInputError("The zip has no posting files in it.")
    return kept


def is_archive(name: str, start: bytes) -> bool:
    return start.startswith(ARCHIVE_MAGIC) and not name.lower().endswith(OFFICE_SUFFIXES)


def _nested(name: str) -> PostingInputError:
    return PostingInputError(
        f"The zip contains another archive ({name}); upload the postings themselves, not "
        "archives of them."
    )


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> tuple[bytes, str]:
    """One file's bytes from the zip, or why it cannot be read (encrypted, damaged...)."""
    if info.flag_bits & 0x1:
        return b"", f"{name} is password-protected inside the zip."
    try:
        with archive.open(info) as member:
            return member.read(MAX_FILE_BYTES + 1), ""
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        return b"", f"{name} is damaged inside the zip."
    except NotImplementedError:
        return b"", f"{name} is compressed in a way this server cannot unpack; zip it again."


def postings_from_csv(data: bytes) -> list[Posting]:
    """Rows of a CSV with a text column (text,
    job_description...) and optional id, title and company."""
    _, rows = csv_postings(data)
    return list(rows)


def csv_postings(data: bytes, start: int = 0) -> tuple[int, Iterator[Posting]]:
    """A CSV's postings from the `start`-th row on, each read when it is asked for, and how
    many rows it holds: a batch of thousands reports progress from its first rows.

    The rows are counted first in one pass of the csv module (a malformed file is refused
    then, before any posting); each row is made a posting, checked, only as it is ranked.
    """
    from resumeopt.importers.text import decode_text  # lazy: see the note at the top

    _check_table(data, "CSV")
    text = decode_text(data)
    with _field_limit():
        try:
            reader = csv.reader(io.StringIO(text))
            header = next(reader, None)
            total = sum(1 for row in reader if row)  # as DictReader, which skips blank rows
        except csv.Error as error:
            raise PostingInputError(f"The CSV could not be read: {error}.") from None
    if not header or not total:
        raise PostingInputError("The CSV has no rows.")
    columns = {name.strip().lower(): name for name in header if name}
    text_column = next((columns[c] for c in TEXT_COLUMNS if c in columns), None)
    if text_column is None:
        raise PostingInputError(
            f"The CSV has no text column: name one of {', '.join(TEXT_COLUMNS)}. Its columns "
            f"are: {', '.join(columns.values())}."
        )
    named = {
        "title": next((columns[c] for c in TITLE_COLUMNS if c in columns), None),
        "company": next((columns[c] for c in COMPANY_COLUMNS if c in columns), None),
        "id": columns.get("id"),
    }
    return total, _csv_rows(text, text_column, named, start)


def _csv_rows(
    text: str, text_column: str, named: dict[str, str | None], start: int
) -> Iterator[Posting]:
    rows = csv.DictReader(io.StringIO(text))
    for number in itertools.count(1):
        with _field_limit():  # around each row: other readers run between them
            row = next(rows, None)
        if row is None:
            return
        if number <= start:
            continue
        cells = {
            column: (row.get(name) or "").strip() if name else "" for column, name in named.items()
        }
        posting = Posting(
            cells["id"] or f"Row {number}",
            row.get(text_column) or "",
            cells["title"],
            key=cells["id"] or None,
            company=cells["company"],
        )
        yield _checked(posting)


@contextmanager
def _field_limit() -> Iterator[None]:
    """Postings over the limit must be read to be reported row by row, not break the whole
    file. The limit is the csv module's, for the whole process: put it back for other
    readers."""
    previous = csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _check_table(data: bytes, kind: str) -> None:
    """A CSV or JSONL must be text."""
    if is_binary(data):
        raise PostingInputError(
            f"The {kind} file is not text (is it a spreadsheet? Save it as CSV)."
        )


def postings_from_jsonl(data: bytes) -> list[Posting]:
    """Lines of {"id", "text", "title"?, "company"?}."""
    _, postings = jsonl_postings(data)
    return list(postings)


def jsonl_postings(data: bytes, start: int = 0) -> tuple[int, Iterator[Posting]]:
    """A JSONL file's postings from the `start`-th on, each read when it is asked for, and
    how many it holds (its lines that are not blank), as `csv_postings` does for a CSV."""
    _check_table(data, "JSONL")
    lines = data.decode("utf-8", errors="replace").splitlines()
    total = sum(1 for line in lines if line.strip())
    if not total:
        raise PostingInputError("The JSONL file has no lines.")
    return total, _jsonl_postings(lines, skip=start)


def _jsonl_postings(lines: Iterable[str], skip: int = 0) -> Iterator[Posting]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if skip:
            skip -= 1
            continue
        try:
            item = loads_limited(line)
        except json.JSONDecodeError as error:
            yield Posting(f"Line {number}", error=f"Line {number} is not valid JSON: {error.msg}.")
            continue
        except JSONLimitError as error:
            yield Posting(f"Line {number}", error=f"Line {number}: {error}")
            continue
        if not isinstance(item, dict):
            yield Posting(f"Line {number}", error=f"Line {number} is not a JSON object.")
            continue
        text = item.get("text")
        posting = Posting(
            str(item.get("id", f"Line {number}")),
            text if isinstance(text, str) else "",
            str(item.get("title") or ""),
            key=item.get("id"),
            company=str(item.get("company") or ""),
        )
        yield _checked(posting)


def postings_from_path(path: str | Path) -> Iterator[Posting]:
    """For `rank_jobs --jobs`: a folder of posting files, a CSV or a JSONL file.

    One posting at a time: a folder's files and a JSONL file's lines are read as they
    are ranked, so ten thousand postings never sit in memory together. Raises
    PostingInputError, before the first posting, for an input that cannot be used.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        if not files:
            raise PostingInputError(f"{path} has no files.")
        for file in files:
            yield _from_file(file.stem, file.read_bytes())
        return
    if not path.exists():
        raise PostingInputError(f"{path} does not exist.")
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _jsonl_file(path)
        return
    data = path.read_bytes()
    if path.suffix.lower() == ".csv":
        yield from csv_postings(data)[1]
        return
    yield _from_file(path.stem, data)


def _jsonl_file(path: Path) -> Iterator[Posting]:
    """A JSONL file's postings, read a line at a time (split at line feeds: the only line
    end JSON text cannot hold)."""
    with path.open("rb") as handle:
        _check_table(handle.read(8192), "JSONL")
        handle.seek(0)
        lines = (raw.decode("utf-8", errors="replace") for raw in handle)
        empty = True
        for posting in _jsonl_postings(lines):
            empty = False
            yield posting
    if empty:
        raise PostingInputError("The JSONL file has no lines.")
