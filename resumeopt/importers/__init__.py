"""Import a resume from PDF, DOCX, HTML, text, Markdown, JSON Resume or a LinkedIn export.

No LLM involved: file bytes are checked for what they really are
(`detect`), turned into lines (`pdf`, `docx`, `html`), and read by the rule-based
parser (`parsing/`). JSON Resume files are validated and returned untouched;
a LinkedIn data-export ZIP is read column by column (`linkedin`).
Whatever the parser cannot place is kept in `meta.unsorted`, never dropped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from resumeopt.importers import jsonfile
from resumeopt.importers.bounded import run_bounded
from resumeopt.importers.detect import FileKind, detect_kind
from resumeopt.importers.errors import ResumeImportError
from resumeopt.importers.headings import mend_heading_lines

# The readers and the parser (pdf, docx, linkedin, text, parsing, doubts) are imported in
# the functions that use them: each costs 20-140 ms to load, which the pages and commands
# that import this package only for ResumeImportError or MAX_UPLOAD_BYTES do not pay.

MAX_UPLOAD_BYTES = 5 * 1024 * 1024

LAYOUT_MESSAGE = "We could not read this file's layout; paste its text instead."

logger = logging.getLogger(__name__)

__all__ = [
    "MAX_UPLOAD_BYTES",
    "ImportResult",
    "ResumeImportError",
    "import_bytes",
    "import_path",
    "import_text",
]


@dataclass
class ImportResult:
    document: dict
    source_format: str
    warnings: list[str] = field(default_factory=list)
    # The lines the parser read, in reading order (empty for JSON and LinkedIn): the review
    # screen shows a doubtful entry's own lines beside it (`doubts.entry_sources`).
    source_lines: list[str] = field(default_factory=list)

    @property
    def unsorted(self) -> list[str]:
        return list((self.document.get("meta") or {}).get("unsorted") or [])

    @property
    def doubts(self) -> list:
        """The fields the parser was unsure of (`doubts.Doubt`), for the user to check."""
        from resumeopt.importers.doubts import find_doubts  # lazy: see the note at the top

        if self.source_format in ("json", "linkedin"):
            return []  # structured sources: nothing was guessed
        return find_doubts(self.document)

    @property
    def sources(self) -> dict[str, list[str]]:
        """The source lines of each work and education entry, by path ("work/0")."""
        from resumeopt.importers.doubts import entry_sources  # lazy: see the note at the top

        return entry_sources(self.document, self.source_lines) if self.source_lines else {}


def import_text(text: str) -> ImportResult:
    """Pasted plain text or Markdown."""
    from resumeopt.importers import html  # lazy: see the note at the top
    from resumeopt.importers import text as text_parser

    if not text or not text.strip():
        raise ResumeImportError("There is no text to import. Paste your resume's text.")
    try:
        if html.looks_like_html(text[:4096].encode()):
            return _parsed(html.lines_from_html(text), "html")
        markdown = text_parser.looks_like_markdown(text)
        lines = text_parser.lines_from_text(text, markdown=markdown)
        return _parsed(lines, "markdown" if markdown else "text")
    except ResumeImportError:
        raise
    except Exception as error:
        logger.exception(
            "import failed: %s on pasted text of %d characters", type(error).__name__, len(text)
        )
        raise ResumeImportError(
            "We could not read this text's layout. Check it is your resume, or enter it "
            "section by section."
        ) from None


def import_bytes(data: bytes, filename: str = "") -> ImportResult:
    """A file's bytes; the name only helps tell text from Markdown and explain mismatches.

    The file is read in a child process limited in time and memory (`bounded`):
    a hostile file costs seconds and is refused with a message.
    """
    if len(data) > MAX_UPLOAD_BYTES:
        raise ResumeImportError(
            f"The file is {len(data) / 1024 / 1024:.1f} MB; the limit is "
            f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB."
        )
    if not data or not data.strip():
        raise ResumeImportError("The file is empty.")
    return ImportResult(**run_bounded("resumeopt.importers:read_upload", data, filename))


def read_upload(data: bytes, filename: str = "") -> dict:
    """What `import_bytes` returns, as a dict, read in
    this process: only the bounded child calls it."""
    kind = detect_kind(data, filename)
    if kind is FileKind.PDF:
        from resumeopt.importers import pdf  # lazy: see the note at the top

        lines, in_columns = pdf.read_pdf(data)
        result = _parsed(lines, "pdf", columns_apart=in_columns)
    elif kind is FileKind.DOCX:
        from resumeopt.importers import docx  # lazy: see the note at the top

        result = _parsed(docx.lines_from_docx(data), "docx")
    elif kind is FileKind.JSON:
        result = ImportResult(jsonfile.document_from_json(data), "json")
    elif kind is FileKind.LINKEDIN:
        from resumeopt.importers import linkedin  # lazy: see the note at the top

        document, warnings = linkedin.document_from_archive(data)
        result = ImportResult(document, "linkedin", warnings)
    elif kind is FileKind.HTML:
        from resumeopt.importers import html  # lazy: see the note at the top
        from resumeopt.importers.text import decode_text

        result = _parsed(html.lines_from_html(decode_text(data)), "html")
    else:
        from resumeopt.importers import text as text_parser  # lazy: see the note at the top

        decoded = text_parser.decode_text(data)
        markdown = Path(filename).suffix.lower() in (
            ".md",
            ".markdown",
        ) or text_parser.looks_like_markdown(decoded)
        lines = text_parser.lines_from_text(decoded, markdown=markdown)
        result = _parsed(lines, "markdown" if markdown else "text")
    return {
        "document": result.document,
        "source_format": result.source_format,
        "warnings": result.warnings,
        "source_lines": result.source_lines,
    }


def import_path(path: str | Path) -> ImportResult:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ResumeImportError(f"Cannot read {path}: {error.strerror or error}.") from None
    if size > MAX_UPLOAD_BYTES:
        raise ResumeImportError(
            f"The file is {size / 1024 / 1024:.1f} MB; the limit is "
            f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB."
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ResumeImportError(f"Cannot read {path}: {error.strerror or error}.") from None
    return import_bytes(data, path.name)


def _parsed(lines, source_format: str, *, columns_apart: bool = False) -> ImportResult:
    from resumeopt.importers.parsing import parse_lines  # lazy: see the note at the top

    # Headings glued to their text or split over two lines are made whole first; the
    # mended lines are also the ones kept as the import's source lines.
    lines = mend_heading_lines(lines)
    document = parse_lines(lines, columns_apart=columns_apart)
    warnings = []
    unsorted = (document.get("meta") or {}).get("unsorted") or []
    if unsorted:
        count = len(unsorted)
        warnings.append(
            f"{count} line{'s' if count != 1 else ''} could not be placed in a section; "
            "they are kept under “Unsorted” for you to move."
        )
    if not (document.get("basics") or {}).get("name"):
        warnings.append(
            "No name was found at the top of the resume; add it in Contact and summary."
        )
    if not any(document.get(section) for section in ("work", "education", "skills")):
        warnings.append("No experience, education or skills sections were recognised.")
    return ImportResult(document, source_format, warnings, [line.text for line in lines])
