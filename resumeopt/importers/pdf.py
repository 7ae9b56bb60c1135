"""Lines from a PDF's text layer, in reading order (pdfminer.six).

Text on the same row (a title on the left, its dates on the right) is joined
with a tab, which the parser reads as a column break. Larger text becomes a
heading hint; a wide vertical gap becomes a blank line. A PDF keeps printed
lines, not paragraphs: a line that wrapped is joined to the next one, so the
parser reads a paragraph as it reads a DOCX's (`_wraps_into`).

A small PDF can decompress to gigabytes or hold millions of drawing operators,
and pdfminer has no limits of its own, so uploads are read through
`resumeopt.importers.bounded`, in a child process limited in time and memory.
"""

from __future__ import annotations

import io
import re
import statistics
from typing import NamedTuple

from resumeopt.dates import find_date_range
from resumeopt.importers.errors import ResumeImportError
from resumeopt.importers.headings import heading_section
from resumeopt.importers.text import Line, normalize

MAX_PAGES = 30
MAX_CHARACTERS = 200_000
SCANNED_MESSAGE = (
    "This PDF is a scanned image with no text layer, so its text cannot be read. "
    "Export it from your editor as a text PDF or DOCX, or paste the text."
)


class Piece(NamedTuple):
    """A run of text pdfminer found on one line, where its ink sits (points; `top` grows
    downwards through the pages) and what the row-joining and wrapping rules need."""

    top: float
    x0: float
    height: float
    text: str
    size: float
    x1: float
    first_word: float  # the width of its first word
    lost_bullet: bool  # it opens with one space glyph, as a paragraph whose bullet was lost
    fonts: tuple[str, str]  # of its first and last letters


def lines_from_pdf(data: bytes) -> list[Line]:
    """Read the PDF here, with no bound of its own:
    uploads reach it through `bounded.run_bounded`."""
    return read_pdf(data)[0]


def read_pdf(data: bytes) -> tuple[list[Line], bool]:
    """The PDF's lines in reading order, and whether a page of it was read in columns
    (a sidebar's lines then follow the other column's, no longer interleaved with them)."""
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
    # boxes_flow=None: pdfminer's own grouping of text boxes into a reading order is not
    # used (our reading order comes from the lines' positions) and costs time in the square
    # of the boxes on a page: 1,000 words scattered in tiny type took 8.5 s.
    laparams = LAParams(line_margin=0.4, char_margin=2.0, word_margin=0.1, boxes_flow=None)
    device = PDFPageAggregator(manager, laparams=laparams)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[tuple[list[Piece], float]] = []
    characters = 0
    try:
        for page_number, page in enumerate(PDFPage.get_pages(io.BytesIO(data), maxpages=MAX_PAGES)):
            interpreter.process_page(page)
            layout = device.get_result()
            page_lines = []
            marks = _drawn_marks(layout)
            for line in _text_lines(layout, LTTextLineHorizontal):
                piece = _piece(line, page_number * 10000 - line.y1, _after_mark(line, marks))
                if piece is not None:
                    page_lines.append(piece)
                    characters += len(piece.text)
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
    rows: list = [Row([item], [item.x1]) for item in footer]
    in_columns = False
    for number, (page_lines, _) in enumerate(pages):
        if number:
            rows.append(PAGE_BREAK)
        for index, group in enumerate(_reading_groups(page_lines)):
            if index:
                rows.append(COLUMN_BREAK)
                in_columns = True
            group_rows = _rows(group)
            rows.extend(map(Row, group_rows, _right_margins(group_rows)))
    return _to_lines(rows), in_columns


# Running headers and footers ---------------------------------------------------
#
# A name and contact line repeated at the top of every page, or contact details in
# every page's footer, would otherwise be read once a page, in the middle of the
# experience section. A line is running when the same text sits at the same height
# near the top or bottom edge of two pages or more; its numbers may differ ("Page 1
# of 2", "Jordan Lee · 2"), and a number alone there is a page's number.

EDGE_SHARE = 0.12  # of the page's height
CONTACT_RE = re.compile(r"@|https?://|www\.|linkedin|github|\+?\d[\d\s().-]{7,}\d", re.IGNORECASE)


def _without_running_lines(pages: list[tuple[list[Piece], float]]):
    """(pages with running lines kept on the first page only and footers dropped,
    the footers' contact lines, to read first)."""
    if len(pages) < 2:
        return pages, []
    seen: dict[tuple[str, int], set[int]] = {}
    for number, (page_lines, height) in enumerate(pages):
        for item in page_lines:
            place = _edge_place(item, number, height)
            if place is not None and (
                sum(c.isalnum() for c in item.text) >= 3 or item.text.isdigit()
            ):
                seen.setdefault((_running_key(item.text), place), set()).add(number)
    running = {key for key, numbers in seen.items() if len(numbers) > 1}
    if not running:
        return pages, []
    footer: list[Piece] = []
    kept_pages = []
    for number, (page_lines, height) in enumerate(pages):
        kept = []
        for item in page_lines:
            place = _edge_place(item, number, height)
            if place is None or (_running_key(item.text), place) not in running:
                kept.append(item)
            elif place < 0:  # a footer: its contact details go first, once
                if number == 0 and CONTACT_RE.search(item.text):
                    footer.append(item._replace(top=-1.0e9 + len(footer)))
            elif number == 0:
                kept.append(item)
        kept_pages.append((kept, height))
    return kept_pages, footer


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", text)


def _edge_place(item: Piece, number: int, height: float) -> int | None:
    """The line's height band from the page's top (positive) or bottom (negative) edge,
    or None for a line in the body of the page."""
    top = item.top - (number * 10000 - height)  # from the page's top, downwards
    if top <= EDGE_SHARE * height:
        return 1 + round(top / 4)
    if top >= (1 - EDGE_SHARE) * height:
        return -1 - round((height - top) / 4)
    return None


# Browsers (and so the online builders that print through them) draw a list's bullets as
# small shapes, not glyphs: a dot or square a few points wide just left of the line's
# first letter, level with its middle, opens the line as a bullet would.
MARK_SIZE = (1.0, 6.5)  # points, a bullet's width and height


def _drawn_marks(layout) -> dict[int, list[tuple[float, float]]]:
    """The page's bullet-sized shapes, as (right edge, middle height) by rounded height."""
    from pdfminer.layout import LTCurve, LTFigure

    marks: dict[int, list[tuple[float, float]]] = {}
    shapes = [*layout]
    for shape in shapes:  # rectangles and lines are curves too; figures hold more
        if isinstance(shape, LTFigure):
            shapes.extend(shape)
        elif isinstance(shape, LTCurve) and (
            MARK_SIZE[0] <= shape.width <= MARK_SIZE[1]
            and MARK_SIZE[0] <= shape.height <= MARK_SIZE[1]
            and 0.5 <= shape.width / shape.height <= 2.0
        ):
            middle = (shape.y0 + shape.y1) / 2
            marks.setdefault(round(middle), []).append((shape.x1, middle))
    return marks


def _after_mark(line, marks: dict[int, list[tuple[float, float]]]) -> bool:
    """Whether a bullet-sized shape sits just left of the line, level with its middle."""
    if not marks:
        return False
    middle, reach = (line.y0 + line.y1) / 2, 0.3 * line.height
    return any(
        abs(mark_middle - middle) <= reach and 0 < line.x0 - right <= 1.5 * line.height
        for key in range(round(middle - reach), round(middle + reach) + 1)
        for right, mark_middle in marks.get(key, ())
    )


def _text_lines(container, line_type):
    for element in container:
        if isinstance(element, line_type):
            yield element
        elif hasattr(element, "__iter__"):
            yield from _text_lines(element, line_type)


# Bullets drawn in symbol fonts come out as letters ("n", "l", "§") or unmapped ids.
SYMBOL_FONTS = re.compile(r"dingbat|symbol|wingding|webding", re.IGNORECASE)
UNMAPPED = re.compile(r"\(cid:\d+\)")
# pdfminer adds a space where glyphs stand apart; beside a space glyph it is one too many
# ("Detail-   and  process"), and runs of spaces read as a column break.
ADDED_SPACE = "\x00"
SPARE_SPACE = re.compile(rf"{ADDED_SPACE}(?=\s)|(?<=\s){ADDED_SPACE}")


def _piece(line, top: float, drawn_bullet: bool = False) -> Piece | None:
    """The line's text and where its ink sits, or None if it holds no text. After a bullet
    drawn as a shape (`drawn_bullet`), the line opens a list's item."""
    parts = []
    ink = []
    gaps: dict[int, float] = {}  # the part of each space pdfminer added -> the gap it fills
    for char in line:
        text = char.get_text()
        if not hasattr(char, "fontname"):  # pdfminer's own space or line end
            parts.append(ADDED_SPACE if text == " " else "")
            continue
        if SYMBOL_FONTS.search(char.fontname) and text.strip():
            text = "•"
        if ink and parts and parts[-1] == ADDED_SPACE:
            gaps[len(parts) - 1] = char.x0 - ink[-1].x1
        parts.append(text)
        if text.strip():
            ink.append(char)
    if _letter_spaced(parts):
        parts = _closed_up(parts, gaps, statistics.median(char.size for char in ink))
    raw = SPARE_SPACE.sub("", "".join(parts)).replace(ADDED_SPACE, " ")
    # A soft hyphen at the end of a line is where a word was broken: the reader sees "-".
    text = normalize(raw.rstrip().removesuffix("\u00ad") + "-" * raw.rstrip().endswith("\u00ad"))
    text = text.strip()
    text = UNMAPPED.sub("•", text, count=1) if UNMAPPED.match(text) else text
    text = UNMAPPED.sub("", text).strip()
    if not text or not ink:
        return None
    first_word = ink[0].x1
    for char in ink[1:]:
        if char.x0 - first_word > 0.15 * char.size:
            break
        first_word = char.x1
    return Piece(
        top,
        ink[0].x0,
        line.height,
        text,
        statistics.median(char.size for char in ink),
        max(char.x1 for char in ink),
        first_word - ink[0].x0,
        drawn_bullet or (raw[:1] == " " and raw[1:2].isalnum()),
        (ink[0].fontname, ink[-1].fontname),
    )


def _letter_spaced(parts: list[str]) -> bool:
    """Whether the line is set letter-spaced ("E X P E R I E N C E", a name set wide):
    pdfminer added a space between most of its letters, which stand alone as words."""
    words = re.split(rf"[\s{ADDED_SPACE}]+", "".join(parts).strip())
    single = sum(1 for word in words if len(word) == 1 and word.isalpha())
    return parts.count(ADDED_SPACE) >= 3 and single >= 4 and single >= 0.6 * len(words)


def _closed_up(parts: list[str], gaps: dict[int, float], size: float) -> list[str]:
    """A letter-spaced line's letters joined into its words: the words end at the PDF's
    own spaces, or, where it has none, where a gap is wider than the letters' own. An icon
    or a bullet before the words stays apart from them."""
    own_spaces = any(part.isspace() for part in parts)
    narrowest = min(gaps.values(), default=0.0)
    return [
        part
        for index, part in enumerate(parts)
        if part != ADDED_SPACE
        or not _between_letters(parts, index)
        or (not own_spaces and gaps.get(index, 0.0) > narrowest + 0.2 * size)
    ]


def _between_letters(parts: list[str], index: int) -> bool:
    return 0 < index < len(parts) - 1 and parts[index - 1].isalnum() and parts[index + 1].isalnum()


# Two-column pages (a sidebar beside the main column) ------------------------
#
# Read row by row, a sidebar's lines interleave with the main column's ("Python,
# SQL<TAB>Led the migration..."). A page is in columns when a vertical gutter
# runs, with no line crossing it, through a tall band holding several lines on
# each side. Right-aligned dates beside titles leave such a gutter too, so a
# right "column" whose lines nearly all end at the same x is not one.

COLUMN_BREAK = "column"  # a row marker: the next rows start a new column (a blank line)
MIN_COLUMN_LINES = 4
MIN_BAND_SHARE = 0.35  # of the page's text height
GUTTER_STEP = 2.0  # points between candidate gutters


def _reading_groups(items: list[Piece]) -> list[list[Piece]]:
    """The page's lines in reading order: [above, first column, second column, below],
    or [items] for a page in one column.

    The column that holds the name (the page's largest type) comes first; else the
    narrower one, the sidebar, so that the contact details it holds follow the name.
    """
    split = _column_split(items)
    if split is None:
        return [items]
    above, left, right, below = split
    if _headings_beside(left, right) or _table_rows(left, right):
        return [items]
    largest = max(item.size for item in items)
    width = lambda column: max(i.x1 for i in column) - min(i.x0 for i in column)  # noqa: E731
    if any(item.size >= largest - 0.5 for item in above):
        named = None
    else:
        named = next((c for c in (left, right) if any(i.size >= largest - 0.5 for i in c)), None)
    if named is not None:
        columns = [named, right if named is left else left]
    else:
        columns = [left, right] if width(left) <= width(right) else [right, left]
    return [group for group in (above, *columns, below) if group]


def _headings_beside(left: list[Piece], right: list[Piece]) -> bool:
    """Whether the left "column" beside the right one's text holds only section headings,
    as a table whose left cells name the sections does: read across, row by row, each
    heading comes just before its section (and the lines above the text, the name and
    contact details, stay where they are)."""
    start = min(item.top for item in right) - 2.0
    beside = [item for item in left if item.top >= start]
    return len(beside) >= 2 and all(heading_section(item.text)[0] for item in beside)


def _table_rows(left: list[Piece], right: list[Piece]) -> bool:
    """Whether the two "columns" are a table's, read row by row: labels and their values
    (a Europass CV), dates and their jobs (a Lebenslauf), employers and their titles.

    Nearly every line of one side sits on the row of a line of the other, and the left
    side's lines stand apart, a row or more between them, where the values beside them
    run on. A sidebar beside the main column is a list of its own: its lines follow one
    another at the line pitch, and only some meet a line of the other; or, spaced as
    the main column is, it has sections of its own, whose headings sit beside the other
    column's text, where a table's section headings have their rows to themselves (one
    label may be a heading's word too: Europass's "Other languages").
    """
    headings = [item for item in (*left, *right) if heading_section(item.text)[0]]
    beside_text = sum(_share_beside([item], right if item in left else left) for item in headings)
    if beside_text >= 2:
        return False
    labels = sorted(item for item in left if item not in headings)
    if len(labels) < 2:
        return False
    beside = max(_share_beside(labels, right), _share_beside(right, labels))
    dense = sum(
        1
        for above, below in zip(labels, labels[1:], strict=False)
        if below.top - above.top < 1.6 * above.height
    )
    return beside >= 0.75 and dense <= 0.3 * (len(labels) - 1)


def _share_beside(items: list[Piece], others: list[Piece]) -> float:
    """The share of `items` that sit on the row of one of `others`."""
    return sum(
        1
        for item in items
        if any(abs(item.top - other.top) <= max(2.0, 0.4 * item.height) for other in others)
    ) / len(items)


def _column_split(items: list[Piece]):
    if len(items) < 2 * MIN_COLUMN_LINES:
        return None
    ordered = sorted(items)  # top to bottom
    page_top, page_bottom = ordered[0].top, ordered[-1].top + ordered[-1].height
    start_x, end_x = min(i.x0 for i in items), max(i.x1 for i in items)
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
    left = [item for item in band if item.x1 <= gutter]
    right = [item for item in band if item.x0 >= gutter]
    if _right_aligned(right):
        return None
    return ordered[:start], left, right, ordered[end:]


def _band_at(ordered: list[Piece], gutter: float):
    """(height, start, end, gutter) of the tallest run of lines that none crosses `gutter`
    with enough lines on each side, or None."""
    best = None
    start = 0
    for end in range(len(ordered) + 1):
        crosses = end < len(ordered) and ordered[end].x0 < gutter < ordered[end].x1
        if end == len(ordered) or crosses:
            run = ordered[start:end]
            left = sum(1 for item in run if item.x1 <= gutter)
            if left >= MIN_COLUMN_LINES and len(run) - left >= MIN_COLUMN_LINES:
                height = run[-1].top + run[-1].height - run[0].top
                if best is None or height > best[0]:
                    best = (height, start, end, gutter)
            start = end + 1
    return best


def _right_aligned(column: list[Piece]) -> bool:
    """Whether nearly every line ends at the same x: dates and places set flush right."""
    ends = sorted(item.x1 for item in column)
    flush = sum(1 for end in ends if ends[-1] - end <= 3.0)
    return flush >= 0.85 * len(ends)


def _rows(page_lines: list[Piece]) -> list[list[Piece]]:
    """Group lines that share a baseline band into rows, each ordered left to right."""
    rows: list[list[Piece]] = []
    for item in sorted(page_lines):
        if rows and abs(rows[-1][0].top - item.top) <= max(2.0, item.height * 0.4):
            rows[-1].append(item)
        else:
            rows.append([item])
    return [sorted(row, key=lambda item: item.x0) for row in rows]


# Lines, rows and paragraphs ----------------------------------------------------

PAGE_BREAK = "page"  # a row marker: the next rows are on the next page


class Row(NamedTuple):
    """The pieces printed on one line of a column, left to right, and where each one's
    lines end on the right (the column's margin or a table cell's edge, if the lines
    around show one; else infinite)."""

    pieces: list[Piece]
    margins: list[float]


MARGIN_WINDOW = 6  # rows above and below a row that show where its column's margin is


def _right_margins(rows: list[list[Piece]]) -> list[list[float]]:
    """Where each piece's wrapped lines end. For a row's last piece, the right end of the
    longest lines near it, if three of them (one may stand out further) end within a word
    or two of one another, as a wrapped paragraph's lines do, else of the column's longest
    lines, if they show such a margin; without that, a long line may be one a person
    broke, and the margin is unknown (infinite): no line there is taken as wrapped. For
    a piece with another beside it (a table's cell), the right end of the longest piece
    starting where it starts near it, short of the next cell."""
    if not rows:
        return []
    ends = [row[-1].x1 for row in rows]
    reach = 1.5 * statistics.median(piece.size for row in rows for piece in row)
    column = _margin(ends, reach)
    margins = []
    for index, row in enumerate(rows):
        window = rows[max(0, index - MARGIN_WINDOW) : index + MARGIN_WINDOW + 1]
        near = _margin(ends[max(0, index - MARGIN_WINDOW) : index + MARGIN_WINDOW + 1], reach)
        # A margin the row's own text runs past is some shorter lines', not the row's.
        last = next(
            (margin for margin in (near, column) if margin and margin >= row[-1].x1 - 1.0),
            float("inf"),
        )
        cells = [
            min(
                following.x0 - 0.5 * piece.size,
                max(
                    other.x1
                    for other_row in window
                    for other in other_row[:-1]
                    if abs(other.x0 - piece.x0) <= 2.0
                ),
            )
            for piece, following in zip(row, row[1:], strict=False)
        ]
        margins.append([*cells, last])
    return margins


def _margin(ends: list[float], reach: float) -> float | None:
    """The right end shared by the longest of these lines: three end within `reach` of
    one another, one may stand out further."""
    ends = sorted(ends, reverse=True)
    return next(
        (ends[k] for k in range(min(2, len(ends) - 2)) if ends[k] - ends[k + 2] <= reach), None
    )


def _row_text(pieces: list[Piece]) -> str:
    """The row's pieces joined: a tab where a gap sets them apart as columns (a title,
    its dates), a space or nothing where one line was cut into pieces."""
    text = pieces[0].text
    for before, piece in zip(pieces, pieces[1:], strict=False):
        gap = piece.x0 - before.x1
        size = max(before.size, piece.size)
        text += ("\t" if gap >= 0.6 * size else " " if gap > 0.1 * size else "") + piece.text
    return text


BULLET_START = re.compile(r"^[•·▪●◦‣○■□➢➤►▸▹✓✔\-–—*]\s")


def _wrapped_piece(previous: Row, piece: Piece, *, same_page: bool) -> int | None:
    """Which piece of the row printed above `piece` it is the wrapped end of, if any: its
    first word would not have fitted at the end of that piece's line (before the margin,
    or before the next cell of a table's row), it starts where that piece starts (or
    under the text after its bullet), in the same type, on the next line, and it opens
    in lower case.

    Only lower case: many PDFs are printed from documents converted from PDF, whose
    lines a person or a converter broke, often close to the margin; a line broken
    there before a capital ("...Higher School of" / "Store Floor Manager") is as likely
    a new line as a wrapped one, and the parser reads it as either.
    """
    if not piece.text[:1].islower() or piece.lost_bullet:
        return None
    found = find_date_range(piece.text)  # "july 2017 - present: Developer"
    if found and found.begin == 0:
        return None
    for index, last in enumerate(previous.pieces):
        indent = piece.x0 - last.x0
        if not -2.0 <= indent <= (1.5 * last.size if BULLET_START.match(last.text) else 2.0):
            continue
        if len(last.text.split()) < 3 or _in_capitals(last.text):
            return None
        if abs(piece.size - last.size) > 0.5 or piece.fonts[0] != last.fonts[1]:
            return None
        if same_page and not 0 < piece.top - last.top <= 1.75 * max(piece.height, last.height):
            return None
        margin = previous.margins[index]
        return index if last.x1 + 0.25 * last.size + piece.first_word > margin else None
    return None


def _in_capitals(text: str) -> bool:
    """A header's line in capitals ('DATA ANALYST GUTA DEVELOPMENT, MOSCOW'), which
    the line under it does not continue."""
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 3 and all(char.isupper() for char in letters)


def _joined(text: str, continuation: str) -> str:
    """A wrapped line's text after the line it continues ('micro-' + 'services' keeps
    its hyphen, with no space)."""
    if re.search(r"[^\W\d_]-$", text) and continuation[:1].islower():
        return text + continuation
    return f"{text} {continuation}"


def _line_pitch(rows: list) -> float:
    """The usual distance from one row's top to the next one's in the same column:
    a line's height, or more where every paragraph has space after it."""
    pitches = [
        row.pieces[0].top - before.pieces[0].top
        for before, row in zip(rows, rows[1:], strict=False)
        if isinstance(before, Row) and isinstance(row, Row)
    ]
    pitches = [pitch for pitch in pitches if pitch > 0]
    return statistics.median(pitches) if pitches else 0.0


def _side_heading(pieces: list[Piece]) -> bool:
    """Whether the row opens with a section heading set apart from the text beside it,
    as a table's left cells name the sections ('Experience<TAB>Data Analyst — Acme')."""
    return (
        len(pieces) > 1
        and pieces[1].x0 - pieces[0].x1 >= 0.6 * max(pieces[0].size, pieces[1].size)
        and heading_section(pieces[0].text)[0]
    )


# An icon drawn before a section's heading, which a symbol font or a private-use glyph
# leaves as a bullet ("• EXPERIENCIA LABORAL").
ICON_BEFORE = re.compile(r"^[•·▪●◦‣■◆❖➢➤►▸\ue000-\uf8ff]\s*")
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")


def _name_goes_on(name: Piece, piece: Piece, body_size: float) -> bool:
    """Whether `piece` goes on with the name printed above it: a name set in type far
    larger than the text's over two lines ("OLIVIA" / "MARTINEZ"), the same size, one
    under the other, a word or two each and no section's heading. Contact details
    beside the name may stand on rows between the two."""
    return (
        body_size > 0
        and min(name.size, piece.size) >= 1.8 * body_size
        and abs(name.size - piece.size) <= 0.5
        and abs(name.x0 - piece.x0) <= 0.5 * name.size
        and 0 < piece.top - name.top <= 1.6 * max(name.height, piece.height)
        and all(
            1 <= len(item.text.split()) <= 2
            and all(NAME_WORD.fullmatch(word) for word in item.text.split())
            and not heading_section(item.text)[0]
            for item in (name, piece)
        )
    )


def _to_lines(rows: list) -> list[Line]:
    printed = [row for row in rows if isinstance(row, Row)]
    sizes = [item.size for row in printed for item in row.pieces if item.size]
    body_size = statistics.median(sizes) if sizes else 0
    heights = [row.pieces[0].height for row in printed]
    typical_height = statistics.median(heights) if heights else 0
    # A gap is a blank line when it is wider than the usual gap between lines, whether
    # the paragraphs have space after them or not.
    blank_gap = max(typical_height * 1.9, _line_pitch(rows) * 1.5)
    lines: list[Line] = []
    previous: Row | None = None  # the row above, in the same column
    parts: list[Piece] = []  # the pieces of the last line, wrapped lines joined on
    owners: list[int | None] = []  # which of them each piece of the row above is part of
    same_page = True
    name: tuple[Line, Piece] | None = None  # a name's line, which the next rows may go on
    for row in rows:
        if row is COLUMN_BREAK:
            lines.append(Line(""))
            previous = None
            continue
        if row is PAGE_BREAK:  # the next page goes on where this one stopped
            same_page = False
            continue
        if name is not None and same_page and _name_goes_on(name[1], row.pieces[0], body_size):
            name[0].text += " " + row.pieces[0].text
            name = None
            if len(row.pieces) == 1:
                previous = row
                continue
            row = Row(row.pieces[1:], row.margins[1:])
        elif name is not None and any(piece.x0 < name[1].x1 for piece in row.pieces):
            name = None
        top = row.pieces[0].top
        if previous is not None and same_page and top - previous.pieces[0].top > blank_gap:
            lines.append(Line(""))
            previous = None
        joined: dict[int, Piece] = {}  # part of the last line -> its wrapped end
        rest = []
        for piece in row.pieces:
            wrapped = (
                None if previous is None else _wrapped_piece(previous, piece, same_page=same_page)
            )
            part = None if wrapped is None else owners[wrapped]
            if part is not None and part not in joined:
                joined[part] = piece
            else:
                rest.append(piece)
        for part, piece in joined.items():
            parts[part] = parts[part]._replace(text=_joined(parts[part].text, piece.text))
        if joined:
            lines[-1].text = _row_text(parts)
        if rest:
            # A table's row may hold the wrapped end of one cell and a new line of another.
            parts = rest
            if _side_heading(parts):
                lines.append(Line(parts[0].text, heading=True))
                parts = parts[1:]
            text = _row_text(parts)
            size = max(item.size for item in parts)
            heading = bool(body_size) and size >= body_size * 1.15 and len(text.split()) <= 5
            icon = ICON_BEFORE.match(text)
            if icon and (heading or _in_capitals(text)) and heading_section(text[icon.end() :])[0]:
                text, heading = text[icon.end() :], True
            lines.append(Line(text, heading=heading, bullet=parts[0].lost_bullet))
            if name is None and len(lines) <= 3 and len(parts) == 1 and not joined:
                name = (lines[-1], parts[0])
            places = {id(piece): index for index, piece in enumerate(parts)}
        else:  # the row only went on with the last line's pieces
            places = {id(piece): part for part, piece in joined.items()}
        owners = [places.get(id(piece)) for piece in row.pieces]
        previous = row
        same_page = True
    return lines
