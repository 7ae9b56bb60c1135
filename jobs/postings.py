"""Job posting text from what people upload: text, PDF, DOCX and HTML files, zips, CSVs,
JSONL, or pasted postings separated by lines of `---`. Plain Python.

Everything is checked before anything is saved: a bad archive or a CSV without a
text column is refused as a whole with a clear message; within a good batch, a
posting that cannot be read is reported and the rest go on.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

from jobs.extraction import PostingError, check_posting

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ARCHIVE_FILES = 500
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
ARCHIVE_SUFFIXES = (".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar")
TEXT_COLUMNS = ("text", "job_description", "description", "posting")
TITLE_COLUMNS = ("title", "job_title")
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


def text_from_file(data: bytes, filename: str) -> str:
    """A posting's text from one TXT, Markdown, PDF, DOCX or HTML file."""
    if len(data) > MAX_FILE_BYTES:
        raise PostingError(
            f"{filename} is {len(data) / 1024 / 1024:.1f} MB; a posting file can be at most 5 MB."
        )
    if not data.strip():
        raise PostingError(f"{filename} is empty.")
    suffix = Path(filename).suffix.lower()
    if data.startswith(b"%PDF-") or data[:1024].find(b"%PDF-") != -1:
        from resumeopt.importers import ResumeImportError
        from resumeopt.importers.pdf import lines_from_pdf

        try:
            return "\n".join(line.text for line in lines_from_pdf(data))
        except ResumeImportError as error:
            raise PostingError(f"{filename}: {error}") from None
    if data.startswith(b"PK\x03\x04"):
        from resumeopt.importers import ResumeImportError
        from resumeopt.importers.docx import lines_from_docx

        try:
            return "\n".join(line.text for line in lines_from_docx(data))
        except ResumeImportError as error:
            raise PostingError(f"{filename}: {error}") from None
    if _is_binary(data):
        raise PostingError(f"{filename} is not a text, PDF, Word or HTML file.")
    from resumeopt.importers.text import decode_text

    text = decode_text(data)
    if suffix in (".html", ".htm") or re.search(
        r"<\s*(?:html|body|div|p|ul|li|h[1-6])\b", text[:2000], re.IGNORECASE
    ):
        text = html_to_text(text)
    return text


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return (
        b"\x00" in sample
        or sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13)) > len(sample) * 0.02
    )


class _TextCollector(HTMLParser):
    """HTML to plain text: scripts and styles dropped, blocks on their own lines."""

    BLOCKS = {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "header",
        "footer",
    }
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
    return [
        _checked(Posting(f"Posting {index}", chunk)) for index, chunk in enumerate(chunks, start=1)
    ]


def postings_from_files(files: list[tuple[str, bytes]]) -> list[Posting]:
    """Uploaded files; a single .zip or .csv among them is opened."""
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
    return postings


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


def postings_from_zip(data: bytes) -> list[Posting]:
    """Every posting file in a zip, refusing archives that could harm the server."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise PostingInputError("The zip file is damaged and cannot be opened.") from None
    with archive:
        entries = [info for info in archive.infolist() if not info.is_dir()]
        if len(entries) > MAX_ARCHIVE_FILES:
            raise PostingInputError(
                f"The zip holds {len(entries)} files; the limit is {MAX_ARCHIVE_FILES}."
            )
        if sum(info.file_size for info in entries) > MAX_UNPACKED_BYTES:
            raise PostingInputError("The zip unpacks to more than 50 MB, which was refused.")
        for info in entries:
            path = PurePosixPath(info.filename.replace("\\", "/"))
            if path.is_absolute() or ".." in path.parts:
                raise PostingInputError(
                    f"The zip contains an unsafe path ({info.filename}) and was refused."
                )
            if path.suffix.lower() in ARCHIVE_SUFFIXES:
                raise PostingInputError(
                    f"The zip contains another archive ({path.name}); upload the postings themselves."
                )
        postings = []
        for info in entries:
            name = PurePosixPath(info.filename).name
            if name.startswith(".") or "__MACOSX" in info.filename:
                continue
            with archive.open(info) as member:
                content = member.read(MAX_FILE_BYTES + 1)
            postings.append(_from_file(name, content))
    if not postings:
        raise PostingInputError("The zip has no posting files in it.")
    return postings


def postings_from_csv(data: bytes) -> list[Posting]:
    """Rows of a CSV with a text column (text, job_description...) and optional id and title."""
    from resumeopt.importers.text import decode_text

    rows = list(csv.DictReader(io.StringIO(decode_text(data))))
    if not rows:
        raise PostingInputError("The CSV has no rows.")
    columns = {name.strip().lower(): name for name in rows[0] if name}
    text_column = next((columns[c] for c in TEXT_COLUMNS if c in columns), None)
    if text_column is None:
        raise PostingInputError(
            f"The CSV has no text column: name one of {', '.join(TEXT_COLUMNS)}. Its columns are: {', '.join(columns.values())}."
        )
    title_column = next((columns[c] for c in TITLE_COLUMNS if c in columns), None)
    id_column = columns.get("id")
    postings = []
    for number, row in enumerate(rows, start=1):
        name = (row.get(id_column) or "").strip() if id_column else ""
        title = (row.get(title_column) or "").strip() if title_column else ""
        postings.append(
            _checked(Posting(name or f"Row {number}", row.get(text_column) or "", title))
        )
    return postings


def postings_from_jsonl(data: bytes) -> list[Posting]:
    """Lines of {"id", "text", "title"?}."""
    postings = []
    for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            postings.append(
                Posting(f"Line {number}", error=f"Line {number} is not valid JSON: {error.msg}.")
            )
            continue
        if not isinstance(item, dict):
            postings.append(Posting(f"Line {number}", error=f"Line {number} is not a JSON object."))
            continue
        postings.append(
            _checked(
                Posting(
                    str(item.get("id", f"Line {number}")),
                    str(item.get("text") or ""),
                    str(item.get("title") or ""),
                )
            )
        )
    if not postings:
        raise PostingInputError("The JSONL file has no lines.")
    return postings


def postings_from_path(path: str | Path) -> list[Posting]:
    """For `rank_jobs --jobs`: a folder of posting files, a CSV or a JSONL file."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        if not files:
            raise PostingInputError(f"{path} has no files.")
        return [_from_file(p.stem, p.read_bytes()) for p in files]
    if not path.exists():
        raise PostingInputError(f"{path} does not exist.")
    data = path.read_bytes()
    if path.suffix.lower() == ".csv":
        return postings_from_csv(data)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return postings_from_jsonl(data)
    return [_from_file(path.stem, data)]
