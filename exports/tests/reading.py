"""Reading exported files back the way a parser
would: pdfminer.six for PDF, python-docx for DOCX."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LTChar, LTTextContainer, LTTextLine
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

DATA = Path(__file__).parent / "data"


def rich_document() -> dict:
    """A resume with every section and field filled, each value written once, in three scripts."""
    return json.loads((DATA / "rich.resume.json").read_text(encoding="utf-8"))


def flat(text: str) -> str:
    """Text with every run of white space (line and page breaks included) as one space."""
    return " ".join(text.split())


def pdf_text(data: bytes) -> str:
    return flat(extract_text(io.BytesIO(data)))


def pdf_page_texts(data: bytes) -> list[str]:
    return [
        flat(extract_text(io.BytesIO(data), page_numbers=[number]))
        for number in range(pdf_page_count(data))
    ]


def pdf_page_count(data: bytes) -> int:
    return sum(1 for _ in PDFPage.get_pages(io.BytesIO(data)))


def pdf_page_lines(data: bytes) -> list[list[str]]:
    """Each page's text lines, top to bottom."""
    pages = []
    for layout in extract_pages(io.BytesIO(data)):
        lines = [
            line
            for box in layout
            if isinstance(box, LTTextContainer)
            for line in box
            if isinstance(line, LTTextLine)
        ]
        lines.sort(key=lambda line: -line.y1)
        pages.append([flat(line.get_text()) for line in lines if line.get_text().strip()])
    return pages


def pdf_fonts(data: bytes) -> dict[str, bool]:
    """Every font the PDF uses -> whether its glyphs are embedded in the file."""
    document = PDFDocument(PDFParser(io.BytesIO(data)))
    fonts: dict[str, bool] = {}
    for page in PDFPage.create_pages(document):
        for font in (resolve1(resolve1(page.resources).get("Font")) or {}).values():
            spec = resolve1(font)
            descriptor = resolve1(spec.get("FontDescriptor")) or {}
            for descendant in resolve1(spec.get("DescendantFonts")) or []:
                descriptor = resolve1(resolve1(descendant).get("FontDescriptor")) or descriptor
            name = resolve1(spec.get("BaseFont")).name
            fonts[name] = any(key in descriptor for key in ("FontFile", "FontFile2", "FontFile3"))
    return fonts


def pdf_page_size(data: bytes) -> tuple[float, float]:
    page = next(PDFPage.get_pages(io.BytesIO(data)))
    x0, y0, x1, y1 = page.mediabox
    return round(x1 - x0, 1), round(y1 - y0, 1)


def read_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def docx_text(data: bytes) -> str:
    return flat(" ".join(paragraph.text for paragraph in read_docx(data).paragraphs))


def in_reading_order(text: str, expected: list[str]) -> list[str]:
    """Problems with `expected` in `text`: a string
    missing, repeated, or out of order. [] if none."""
    problems, position = [], 0
    for item in expected:
        count = text.count(item)
        if count != 1:
            problems.append(f"{item!r} appears {count} times")
            continue
        found = text.find(item)
        if found < position:
            problems.append(f"{item!r} is out of order")
        position = max(position, found + len(item))
    return problems


def line_colour(data: bytes, text: str) -> tuple[float, ...] | None:
    """The fill colour (RGB, 0 to 1) of the first line that reads exactly `text`."""
    for layout in extract_pages(io.BytesIO(data)):
        for box in layout:
            if not isinstance(box, LTTextContainer):
                continue
            for line in box:
                if isinstance(line, LTTextLine) and flat(line.get_text()) == text:
                    char = next(item for item in line if isinstance(item, LTChar))
                    return tuple(char.graphicstate.ncolor)
    return None
