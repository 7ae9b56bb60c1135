"""Tell what a file really is from its bytes, not its name."""

from __future__ import annotations

import enum
import io
import re
import zipfile
from pathlib import Path

from resumeopt.importers.errors import ResumeImportError


class FileKind(enum.Enum):
    PDF = "pdf"
    DOCX = "docx"
    JSON = "json"
    TEXT = "text"
    HTML = "html"
    LINKEDIN = "linkedin"


# Magic numbers of formats people try to upload, with what to tell them.
_REFUSED_SIGNATURES: list[tuple[bytes, str]] = [
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Word (.doc) file. Save it as .docx or PDF and upload that",
    ),
    (b"\x89PNG", "an image (PNG). Upload the resume as PDF, DOCX or text"),
    (b"\xff\xd8\xff", "an image (JPEG). Upload the resume as PDF, DOCX or text"),
    (b"GIF8", "an image (GIF). Upload the resume as PDF, DOCX or text"),
    (b"{\\rtf", "a Rich Text (.rtf) file. Save it as .docx or PDF and upload that"),
    (b"Rar!", "a RAR archive, not a resume"),
    (b"\x1f\x8b", "a gzip archive, not a resume"),
    (b"7z\xbc\xaf", "a 7-Zip archive, not a resume"),
]

_EXTENSION_KINDS = {
    ".pdf": FileKind.PDF,
    ".docx": FileKind.DOCX,
    ".json": FileKind.JSON,
    ".txt": FileKind.TEXT,
    ".md": FileKind.TEXT,
    ".markdown": FileKind.TEXT,
    ".html": FileKind.HTML,
    ".htm": FileKind.HTML,
    ".zip": FileKind.LINKEDIN,
}


def detect_kind(data: bytes, filename: str = "") -> FileKind:
    """The kind of file the bytes are; refuse what we cannot read, or a name that lies."""
    claimed = _EXTENSION_KINDS.get(Path(filename).suffix.lower()) if filename else None
    kind = _kind_from_bytes(data, named_html=claimed is FileKind.HTML)
    if claimed is None or claimed is kind or {claimed, kind} <= _TEXTUAL:
        # A .json that is not JSON goes to the JSON importer, which says where the syntax breaks.
        return FileKind.JSON if claimed is FileKind.JSON else kind
    raise ResumeImportError(
        f"“{Path(filename).name}” is named like a {_claimed_name(claimed)} file "
        f"but its content is {_describe(kind)}. Check you chose the right file."
    )


# Kinds a text file may be whatever its name says: the content decides (a .html page of
# plain text with no tags reads as the text it is).
_TEXTUAL = {FileKind.TEXT, FileKind.JSON, FileKind.HTML}


def _kind_from_bytes(data: bytes, *, named_html: bool = False) -> FileKind:
    head = data[:1024].lstrip()
    if data[:1024].find(b"%PDF-") != -1:
        return FileKind.PDF
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    for signature, description in _REFUSED_SIGNATURES:
        if data.startswith(signature):
            raise ResumeImportError(f"This file is {description}.")
    if _JSON_OPENING.match(head):
        return FileKind.JSON  # the JSON importer explains any syntax error
    if is_binary(data):
        raise ResumeImportError(
            "This file is not a resume we can read: it is neither text, PDF, DOCX nor JSON. "
            "Upload a PDF, Word (.docx), text, Markdown or JSON Resume file."
        )
    # Here, not at the top: the jobs pages import this module only for is_binary.
    from resumeopt.importers.html import looks_like_html

    if looks_like_html(data, named_html=named_html):
        return FileKind.HTML
    return FileKind.TEXT


# JSON opens an object with a key or an array with a value; "[Photo]" or "{Your Name}"
# opening a text resume is no JSON.
_JSON_OPENING = re.compile(rb'(?:\xef\xbb\xbf)?\s*(?:\{\s*(?:"|\}|$)|\[\s*(?:[{\["\d\]-]|$))')


def _zip_kind(data: bytes) -> FileKind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise ResumeImportError(
            "This Word file is damaged and cannot be opened. Open it in your editor, save it "
            "again as .docx, and retry."
        ) from None
    if "word/document.xml" in names:
        return FileKind.DOCX
    # Lazy: the LinkedIn reader costs ~20 ms to import, and this module is imported by
    # every posting upload (is_binary) where no zip is ever a LinkedIn export.
    from resumeopt.importers.linkedin import is_linkedin_archive

    if is_linkedin_archive(names):
        return FileKind.LINKEDIN
    if "content.xml" in names:
        raise ResumeImportError(
            "This is an OpenDocument (.odt) file. Save it as .docx or PDF and upload that."
        )
    raise ResumeImportError(
        "This is a zip archive, but neither a Word document nor a LinkedIn data export. "
        "Upload the resume itself."
    )


def is_binary(data: bytes) -> bool:
    """Whether an upload is binary rather than text: NUL bytes or many control characters
    in its first 8 KB (UTF-16 with a byte order mark counts as text). Resumes and postings
    share this test."""
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text with a byte order mark
    if b"\x00" in sample:
        return True
    control = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return control > len(sample) * 0.02


def _claimed_name(kind: FileKind) -> str:
    return "ZIP" if kind is FileKind.LINKEDIN else kind.value.upper()


def _describe(kind: FileKind) -> str:
    return {
        FileKind.PDF: "a PDF",
        FileKind.DOCX: "a Word document",
        FileKind.JSON: "JSON",
        FileKind.TEXT: "plain text",
        FileKind.HTML: "an HTML page",
        FileKind.LINKEDIN: "a LinkedIn data export",
    }[kind]
