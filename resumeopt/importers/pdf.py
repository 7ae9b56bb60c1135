"""Lines from a PDF's text layer, in reading order (pdfminer.six).

Text on the same row (a title on the left, its dates on the right) is joined
with a tab, which the parser reads as a column break. Larger text becomes a
heading hint; a wide vertical gap becomes a blank line.

A small PDF can decompress to gigabytes or hold millions of drawing operators,
and pdfminer has no limits of its own, so uploads are read through
`resumeopt.importers.bounded`, in a child process limited in time and memory.
"""

from __future__ import annotations

import io
import re
import statistics

from resumeopt.importers.errors import ResumeImportError
from resumeopt.importers.text import Line, normalize

MAX_PAGES = 30
MAX_CHARACTERS = 200_000
SCANNED_MESSAGE = (
    "This PDF is a scanned image with no text layer, so its text cannot be read. "
    "Export it from your editor as a text PDF or DOCX, or paste the text."
)


def lines_from_pdf(data: bytes) -> list[Line]:
    """Read the PDF here, with no bound of its own:
    uploads reach it through `bounded.run_bounded`."""
    from pdfminer.layout import LAParams, LTTextLineHorizontal
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.psparser import PSException

    try:
        parser = PDFParser(io.BytesIO(data))
        PDFDocument(parser)
    except PDFPasswordIncorrect:
        raise ResumeImportError(
            "This PDF is password protected. Remove the password (print it to a new PDF) and "
            "upload it again."
        ) from None
    except PDFEncryptionError:
        raise ResumeImportError(
            "This PDF is encrypted in a way we cannot open. Save an unencrypted copy and retry."
        ) from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError):
        raise ResumeImportError(
            "This PDF is damaged and cannot be read. Export it again from your editor and retry."
        ) from None

    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager

    manager = PDFResourceManager()
    device = PDFPageAggregator(
        manager, laparams=LAParams(line_margin=0.4, char_margin=2.0, word_margin=0.1)
    )
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[tuple[list[tuple], float]] = []
    characters = 0
    try:
        for page_number, page in enumerate(PDFPage.get_pages(io.BytesIO(data), maxpages=MAX_PAGES)):
            interpreter.process_page(page)
            layout = device.get_result()
            page_lines = []
            for line in _text_lines(layout, LTTextLineHorizontal):
                text = _line_text(line)
                if not text:
                    continue
                page_lines.append(
                    (
                        page_number * 10000 - line.y1,
                        line.x0,
                        line.height,
                        text,
                        _font_size(line),
                        line.x1,
                    )
                )
                characters += len(text)
            pages.append((page_lines, layout.height))
            if characters > MAX_CHARACTERS:
                break
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError):
        raise ResumeImportError(
            "This PDF is damaged and cannot be read. Export it again from your editor and retry."
        ) from None
    if characters < 20:
        raise ResumeImportError(SCANNED_MESSAGE)
    pages, footer = _without_running_lines(pages)
    rows: list = [[item] for item in footer]
    for page_lines, _ in pages:
        for index, group in enumerate(_reading_groups(page_lines)):
            if index:
                rows.append(COLUMN_BREAK)
            rows.extend(_rows(group))
    return _to_lines(rows)


# Running headers and footers ---------------------------------------------------
#
# A name and contact line repeated at the top of every page, or contact details in
# every page's footer, would otherwise be read once a page, in the middle of the
# experience section. A line is running when the same text sits at the same height
# near the top or bottom edge of two pages or more.

EDGE_SHARE = 0.12  # of the page's height
CONTACT_RE = re.compile(r"@|https?://|www\.|linkedin|github|\+?\d[\d\s().-]{7,}\d", re.IGNORECASE)


def _without_running_lines(pages: list[tuple[list[tuple], float]]):
    """(pages with running lines kept on the first page only and footers dropped,
    the footers' contact lines, to read first)."""
    if len(pages) < 2:
        return pages, []
    seen: dict[tuple[str, int], set[int]] = {}
    for number, (page_lines, height) in enumerate(pages):
        for item in page_lines:
            place = _edge_place(item, number, height)
            if place is not None and sum(c.isalnum() for c in item[3]) >= 3:
                seen.setdefault((item[3], place), set()).add(number)
    running = {key for key, numbers in seen.items() if len(numbers) > 1}
    if not running:
        return pages, []
    footer: list[tuple] = []
    kept_pages = []
    for number, (page_lines, height) in enumerate(pages):
        kept = []
        for item in page_lines:
            place = _edge_place(item, number, height)
            if place is None or (item[3], place) not in running:
                kept.append(item)
            elif place < 0:  # a footer: its contact details go first, once
                if number == 0 and CONTACT_RE.search(item[3]):
                    footer.append((-1.0e9 + len(footer), *item[1:]))
            elif number == 0:
                kept.append(item)
        kept_pages.append((kept, height))
    return kept_pages, footer


def _edge_place(item: tuple, number: int, height: float) -> int | None:
    """The line's height band from the page's top (positive) or bottom (negative) edge,
    or None for a line in the body of the page."""
    top = item[0] - (number * 10000 - height)  # from the page's top, downwards
    if top <= EDGE_SHARE * height:
        return 1 + round(top / 4)
    if top >= (1 - EDGE_SHARE) * height:
        return -1 - round((height - top) / 4)
    return None


def _text_lines(container, line_type):
    for element in container:
        if isinstance(element, line_type):
            yield element
        elif hasattr(element, "__iter__"):
            yield from _text_lines(element, line_type)


# Bullets drawn in symbol fonts come out as letters ("n", "l", "§") or unmapped ids.
SYMBOL_FONTS = re.compile(r"dingbat|symbol|wingding|webding", re.IGNORECASE)
UNMAPPED = re.compile(r"\(cid:\d+\)")


def _line_text(line) -> str:
    parts = []
    for char in line:
        text = char.get_text()
        if SYMBOL_FONTS.search(getattr(char, "fontname", "")) and text.strip():
            text = "•"
        parts.append(text)
    text = normalize("".join(parts)).strip()
    text = UNMAPPED.sub("•", text, count=1) if UNMAPPED.match(text) else text
    return UNMAPPED.sub("", text).strip()


def _font_size(line) -> float:
    sizes = [char.size for char in line if hasattr(char, "size")]
    return statistics.median(sizes) if sizes else 0.0


# Two-column pages (a sidebar beside the main column) ------------------------
#
# Read row by row, a sidebar's lines interleave with the main column's ("Python,
# SQL<TAB>Led the migration..."). A page is in columns when a vertical gutter
# runs, with no line crossing it, through a tall band holding several lines on
# each side. Right-aligned dates beside titles leave such a gutter too, so a
# right "column" whose lines nearly all end at the same x is not one.

COLUMN_BREAK: list = []  # a row marker: the next rows start a new column (a blank line)
MIN_COLUMN_LINES = 4
MIN_BAND_SHARE = 0.35  # of the page's text height
GUTTER_STEP = 2.0  # points between candidate gutters


def _reading_groups(items: list[tuple]) -> list[list[tuple]]:
    """The page's lines in reading order: [above, first column, second column, below],
    or [items] for a page in one column.

    The column that holds the name (the page's largest type) comes first; else the
    narrower one, the sidebar, so that the contact details it holds follow the name.
    """
    split = _column_split(items)
    if split is None:
        return [items]
    above, left, right, below = split
    largest = max(item[4] for item in items)
    width = lambda column: max(i[5] for i in column) - min(i[1] for i in column)  # noqa: E731
    if any(item[4] >= largest - 0.5 for item in above):
        named = None
    else:
        named = next((c for c in (left, right) if any(i[4] >= largest - 0.5 for i in c)), None)
    if named is not None:
        columns = [named, right if named is left else left]
    else:
        columns = [left, right] if width(left) <= width(right) else [right, left]
    return [group for group in (above, *columns, below) if group]


def _column_split(items: list[tuple]):
    if len(items) < 2 * MIN_COLUMN_LINES:
        return None
    ordered = sorted(items)  # top to bottom
    page_top, page_bottom = ordered[0][0], ordered[-1][0] + ordered[-1][2]
    start_x, end_x = min(i[1] for i in items), max(i[5] for i in items)
    width = end_x - start_x
    best = None
    gutter = start_x + 0.2 * width
    while gutter < start_x + 0.8 * width:
        split = _band_at(ordered, gutter)
        if split and (best is None or split[0] > best[0]):
            best = split
        gutter += GUTTER_STEP
    if best is None or best[0] < MIN_BAND_SHARE * (page_bottom - page_top):
        return None
    _, start, end, gutter = best
    band = ordered[start:end]
    left = [item for item in band if item[5] <= gutter]
    right = [item for item in band if item[1] >= gutter]
    if _right_aligned(right):
        return None
    return ordered[:start], left, right, ordered[end:]


def _band_at(ordered: list[tuple], gutter: float):
    """(height, start, end, gutter) of the tallest run of lines that none crosses `gutter`
    with enough lines on each side, or None."""
    best = None
    start = 0
    for end in range(len(ordered) + 1):
        crosses = end < len(ordered) and ordered[end][1] < gutter < ordered[end][5]
        if end == len(ordered) or crosses:
            run = ordered[start:end]
            left = sum(1 for item in run if item[5] <= gutter)
            if left >= MIN_COLUMN_LINES and len(run) - left >= MIN_COLUMN_LINES:
                height = run[-1][0] + run[-1][2] - run[0][0]
                if best is None or height > best[0]:
                    best = (height, start, end, gutter)
            start = end + 1
    return best


def _right_aligned(column: list[tuple]) -> bool:
    """Whether nearly every line ends at the same x: dates and places set flush right."""
    ends = sorted(item[5] for item in column)
    flush = sum(1 for end in ends if ends[-1] - end <= 3.0)
    return flush >= 0.85 * len(ends)


def _rows(page_lines):
    """Group lines that share a baseline band into rows, each ordered left to right."""
    rows: list[list] = []
    for item in sorted(page_lines):
        top, _, height, *_ = item
        if rows and abs(rows[-1][0][0] - top) <= max(2.0, height * 0.4):
            rows[-1].append(item)
        else:
            rows.append([item])
    return [sorted(row, key=lambda item: item[1]) for row in rows]


def _to_lines(rows) -> list[Line]:
    sizes = [item[4] for row in rows for item in row if item[4]]
    body_size = statistics.median(sizes) if sizes else 0
    heights = [row[0][2] for row in rows if row]
    typical_height = statistics.median(heights) if heights else 0
    lines: list[Line] = []
    previous_top = None
    for row in rows:
        if row is COLUMN_BREAK:
            lines.append(Line(""))
            previous_top = None
            continue
        top = row[0][0]
        if (
            previous_top is not None
            and typical_height
            and top - previous_top > typical_height * 1.9
        ):
            lines.append(Line(""))
        previous_top = top
        text = "\t".join(item[3] for item in row)
        size = max(item[4] for item in row)
        heading = bool(body_size) and size >= body_size * 1.15 and len(text.split()) <= 5
        lines.append(Line(text, heading=heading))
    return lines
