"""Lines from a Word document (python-docx): paragraphs and tables in document order.

Resumes use tables for layout (contact details in two cells, dates in a right
column) and text boxes for sidebars, so both are read, in order, along with
the page header where many templates put the name and contact details.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from resumeopt.importers.errors import ResumeImportError
from resumeopt.importers.text import Line, normalize

MAX_UNPACKED_BYTES = 50 * 1024 * 1024
# A long resume has a few hundred paragraphs; python-docx spends ~0.15 ms on each.
MAX_PARAGRAPHS = 10_000
PARAGRAPH_RE = re.compile(rb"<(?:\w+:)?p[\s>/]")
TOO_BIG_MESSAGE = (
    "This Word file unpacks to more than 50 MB, which no resume needs. It was refused."
)

CORRUPT_MESSAGE = "This Word file is damaged and cannot be opened. Open it in your editor, save it again as .docx, and retry."


def lines_from_docx(data: bytes) -> list[Line]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, AttributeError):
        raise ResumeImportError(CORRUPT_MESSAGE) from None
    except Exception as error:  # lxml raises its own syntax errors for broken XML
        if type(error).__name__ == "XMLSyntaxError":
            raise ResumeImportError(CORRUPT_MESSAGE) from None
        raise

    lines: list[Line] = []
    seen_headers: set[str] = set()
    for section in document.sections:
        header = section.header
        if header.is_linked_to_previous:
            continue
        header_lines = list(_block_lines(header._element, header))
        key = "\n".join(line.text for line in header_lines)
        if key.strip() and key not in seen_headers:
            seen_headers.add(key)
            lines.extend(header_lines)
    lines.extend(_block_lines(document.element.body, document))
    if not any(line.text.strip() for line in lines):
        raise ResumeImportError("This Word document has no text in it.")
    return lines


def check_package(data: bytes) -> None:
    """Refuse a Word file that would cost too much to read, by inflating it as a stream.

    The sizes a zip declares can lie, so bytes are counted as they inflate and
    reading stops past the limit, before any XML tree is built. The paragraphs of
    each part are counted too (49 MB of `<w:p>` takes python-docx minutes), and
    a document type declaration, which Word never writes, is refused: entities are
    how XML bombs and external-entity reads work.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = 0
            for info in archive.infolist():
                paragraphs = 0
                tail = b""
                with archive.open(info) as member:
                    while chunk := member.read(1024 * 1024):
                        unpacked += len(chunk)
                        if unpacked > MAX_UNPACKED_BYTES:
                            raise ResumeImportError(TOO_BIG_MESSAGE)
                        window = tail + chunk
                        paragraphs += len(PARAGRAPH_RE.findall(window)) - len(
                            PARAGRAPH_RE.findall(tail)
                        )
                        if paragraphs > MAX_PARAGRAPHS:
                            raise ResumeImportError(
                                f"This Word file has more than {MAX_PARAGRAPHS:,} paragraphs, "
                                "which no resume needs. It was refused."
                            )
                        if info.filename.endswith((".xml", ".rels")) and b"<!DOCTYPE" in window:
                            raise ResumeImportError(CORRUPT_MESSAGE)
                        tail = chunk[-16:]
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        raise ResumeImportError(CORRUPT_MESSAGE) from None


def _block_lines(element, parent):
    """Paragraphs and tables directly inside `element`, in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield from _paragraph_lines(Paragraph(child, parent))
        elif tag == "tbl":
            yield from _table_lines(Table(child, parent))
        elif tag == "sdt":  # content controls wrap blocks in some templates
            content = child.find(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdtContent"
            )
            if content is not None:
                yield from _block_lines(content, parent)


def _paragraph_lines(paragraph):
    from docx.text.paragraph import Paragraph

    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    heading = style.startswith(("Heading", "Title"))
    properties = paragraph._p.pPr
    bullet = (properties is not None and properties.numPr is not None) or "List" in style
    text = normalize(paragraph.text)
    for part in text.split("\n"):
        if part.strip() or not text.strip():
            # Documents converted from PDF lose the bullet glyph but keep the space after it.
            lost_glyph = part[:1] == " " and part[1:2].isalnum()
            yield Line(
                part.rstrip(),
                heading=heading,
                bullet=(bullet or lost_glyph) and bool(part.strip()),
            )
    # Text boxes hang off a run inside the paragraph; python-docx does not read them.
    namespace = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for box in paragraph._p.iter(f"{namespace}txbxContent"):
        for inner in box.iterchildren(f"{namespace}p"):
            yield from _paragraph_lines(Paragraph(inner, paragraph._parent))


def _table_lines(table):
    """A row whose cells hold one line each becomes one tab-separated line; else cells go in order."""
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if not cells or cell._tc is not cells[-1]._tc:  # merged cells repeat
                cells.append(cell)
        cell_lines = [
            [line for line in _block_lines(cell._tc, cell) if line.text.strip()] for cell in cells
        ]
        filled = [lines for lines in cell_lines if lines]
        if filled and all(len(lines) == 1 for lines in filled) and len(filled) > 1:
            first = filled[0][0]
            yield Line(
                "\t".join(lines[0].text.strip() for lines in filled),
                heading=first.heading,
                bullet=first.bullet,
            )
        else:
            for lines in filled:
                yield from lines
        yield Line("")
