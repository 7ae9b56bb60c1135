"""Lines from a Word document in the order a person reads them.

Resumes use tables for layout (contact details in two cells, dates in a right
column, a sidebar in a one-row table), text boxes and frames for sidebars and
name banners, and the page header (or footer) for the name and contact
details. All of these are read, each once:

- the page headers (the first page's own header too) come first, then footer
  lines that hold contact details; page numbers and the like are left out;
- a text box is stored twice by Word (a DrawingML shape and, under
  `mc:Fallback`, a VML copy for old readers); only the first is read;
- documents converted from PDF place their text in many positioned boxes or
  frames, in no particular order; boxes that share a page are read in the
  order their positions give (`reading_order`: columns, then rows);
- a merged table cell is read once, and a section heading alone in a cell
  (a left column of headings) stays a heading line of its own;
- entries set apart by paragraph spacing, not by empty paragraphs, are set apart
  by a blank line, as a reader sees them (`_Spacing`).

The XML is walked directly (python-docx only opens the package): its objects
cost ~0.15 ms a paragraph and it reads neither text boxes nor content controls.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
import zlib
from collections.abc import Iterator

from resumeopt.importers.errors import ResumeImportError
from resumeopt.importers.headings import heading_sections
from resumeopt.importers.reading_order import Box, reading_order
from resumeopt.importers.text import Line, normalize

LAYOUT_MESSAGE = "We could not read this file's layout; paste its text instead."
logger = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_PARAGRAPHS = 10_000
PARAGRAPH_RE = re.compile(rb"<(?:\w+:)?p[\s>/]")
TOO_BIG_MESSAGE = (
    "This Word file unpacks to more than 50 MB, which no resume needs. It was refused."
)

CORRUPT_MESSAGE = (
    "This Word file is damaged and cannot be opened. Open it in your editor, save it again as "
    ".docx, and retry."
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
EMU_PER_POINT = 12700
TWIPS_PER_POINT = 20

# Footer lines worth keeping: contact details, not "Page 2 of 3" or "Confidential".
CONTACT_RE = re.compile(r"@|https?://|www\.|linkedin|github|\+?\d[\d\s().-]{7,}\d", re.IGNORECASE)
# Elements whose text is not part of the paragraph's own text.
SKIPPED = {
    "pPr",
    "rPr",
    "del",
    "moveFrom",
    "delText",
    "instrText",
    "drawing",
    "pict",
    "object",
    "txbxContent",
    "Fallback",
    "footnoteReference",
    "endnoteReference",
    "commentReference",
    "fldData",
    "sdtPr",
    "sdtEndPr",
}
# Unknown symbol-font characters (Wingdings bullets) become a bullet.
SYMBOL_BULLET = "•"


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

    try:
        lines = _document_lines(document)
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError) as error:
        # A layout this reader does not foresee is the user's file, not a server error.
        logger.warning("docx layout failed: %s on %d bytes", type(error).__name__, len(data))
        raise ResumeImportError(LAYOUT_MESSAGE) from None
    if not any(line.text.strip() for line in lines):
        raise ResumeImportError("This Word document has no text in it.")
    return lines


def _document_lines(document) -> list[Line]:
    reader = _Reader(_style_names(document), _Spacing(document.styles.element))
    lines: list[Line] = []
    seen: set[str] = set()
    for part in _page_parts(document, footers=False):
        lines.extend(_once(reader.lines(part), seen))
    for part in _page_parts(document, footers=True):
        contact = [line for line in reader.lines(part) if CONTACT_RE.search(line.text)]
        lines.extend(_once(contact, seen))
    if lines:
        lines.append(Line(""))
    lines.extend(reader.body_lines(document.element.body))
    # A line of punctuation alone ("," left of a masked address, "|" between empty
    # cells) says nothing and would stand where the name is looked for.
    lines = [line if _says_something(line.text) else Line("") for line in lines]
    # Blank lines before the first text would put the name below a gap, where a
    # heading-styled name reads as a section heading.
    while lines and not lines[0].text.strip():
        lines.pop(0)
    return lines


def _says_something(text: str) -> bool:
    return not text.strip() or any(character.isalnum() for character in text) or "•" in text


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


def _style_names(document) -> dict[str, str]:
    """Paragraph style id -> lower-case name ("heading 1", "list bullet")."""
    names = {}
    for style in document.styles.element.iterchildren(f"{W}style"):
        name = style.find(f"{W}name")
        if name is not None:
            names[style.get(f"{W}styleId", "")] = (name.get(f"{W}val") or "").lower()
    return names


def _page_parts(document, *, footers: bool) -> Iterator:
    """The XML of each distinct header (or footer) part a reader meets first in each
    section: the first page's own one when it has text, else the running one (which,
    beside a first page's own header, only repeats the name on later pages)."""
    seen: set[int] = set()
    for section in document.sections:
        kinds = ("first_page_footer", "footer") if footers else ("first_page_header", "header")
        if not section.different_first_page_header_footer:
            kinds = kinds[1:]
        for kind in kinds:
            part = getattr(section, kind)
            if part.is_linked_to_previous:
                continue
            element = part._element
            if not any((text.text or "").strip() for text in element.iter(f"{W}t")):
                continue
            if id(element) not in seen:
                seen.add(id(element))
                yield element
            break


def _once(lines: list[Line], seen: set[str]) -> list[Line]:
    """The lines of a header unless the same text was already read (every section repeats it)."""
    key = "\n".join(line.text for line in lines if line.text.strip())
    if not key or key in seen:
        return []
    seen.add(key)
    return lines


def _local(element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Reader:
    """Walks a body, header, cell or text box, yielding its lines in reading order."""

    def __init__(self, styles: dict[str, str], spacing: _Spacing | None = None):
        self.styles = styles
        self.spacing = spacing

    def lines(self, container) -> list[Line]:
        return list(self._blocks(self._children(container)))

    def body_lines(self, body) -> list[Line]:
        """The body, section by section; a section set in columns is read column by column,
        the column with the name first (a sidebar column often comes first in the file)."""
        lines: list[Line] = []
        blocks = list(self._children(body))
        apart = self.spacing.apart(blocks) if self.spacing else None
        for children, columns in _sections(blocks, body):
            if columns < 2:
                lines.extend(self._blocks(children, apart))
                continue
            parts = _split_at_column_breaks(children)
            prominence = [
                max((self._prominence(child) for child in part), default=0.0) for part in parts
            ]
            top = max(prominence, default=0.0)
            if len(parts) > 1 and prominence.index(top) > 0 and top >= sorted(prominence)[-2] + 1.0:
                parts.insert(0, parts.pop(prominence.index(top)))
            for part in parts:
                lines.extend(self._blocks(part, apart))
                lines.append(Line(""))
        return lines

    def _blocks(self, children, apart: _Apart | None = None) -> Iterator[Line]:
        """The lines of a run of paragraphs and tables; where `apart` says two paragraphs
        of text are set apart by their spacing, a blank line between them."""
        # Boxes placed on the page wait here until the text flowing beside them moves on.
        placed: list[tuple[Box, list[Line]]] = []
        frames: list[tuple[Box, list[Line]]] = []
        drop_cap = ""
        above = None  # the paragraph of text just above, in the flow
        for child in children:
            tag = _local(child)
            if tag == "p":
                frame = self._frame(child)
                if frame == "dropCap":
                    drop_cap += self._text(child)
                    continue
                lines, boxes = self._paragraph(child, drop_cap)
                drop_cap = ""
                if frame is not None:
                    if frames and _same_place(frames[-1][0], frame):
                        frames[-1][1].extend(lines)
                    else:
                        frames.append((frame, lines))
                    placed.extend(boxes)
                    continue
                yield from _in_order(frames)
                frames = []
                has_text = any(line.text.strip() for line in lines)
                if (
                    apart is not None
                    and has_text
                    and above is not None
                    and apart.between(above, child)
                ):
                    yield Line("")
                above = child if has_text else None
                if has_text or self._starts_page(child):
                    yield from _in_order(placed)
                    placed = []
                yield from lines
                placed.extend(boxes)
            elif tag == "tbl":
                above = None
                yield from _in_order(frames + placed)
                frames, placed = [], []
                yield from self._table(child)
        yield from _in_order(frames + placed)

    def _children(self, container) -> Iterator:
        """Block-level children, looking through content controls and other wrappers."""
        for child in container.iterchildren():
            tag = _local(child)
            if tag in ("p", "tbl"):
                yield child
            elif tag == "sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    yield from self._children(content)
            elif tag in ("customXml", "ins", "moveTo", "Choice"):
                yield from self._children(child)
            elif tag == "AlternateContent":
                choice = next(iter(child), None)
                if choice is not None:
                    yield from self._children(choice)

    def _paragraph(self, p, prefix: str = "") -> tuple[list[Line], list[tuple[Box, list[Line]]]]:
        """The paragraph's lines, and the text boxes anchored in it with their places."""
        properties = p.find(f"{W}pPr")
        style = ""
        numbered = False
        outline = False
        if properties is not None:
            style_id = properties.find(f"{W}pStyle")
            if style_id is not None:
                style = self.styles.get(style_id.get(f"{W}val", ""), "")
            numbered = properties.find(f"{W}numPr") is not None
            outline = properties.find(f"{W}outlineLvl") is not None
        heading = style.startswith(("heading", "title")) or outline
        bullet = numbered or "list" in style
        text = normalize(prefix + self._text(p))
        lines = []
        for part in text.split("\n"):
            if part.strip() or not text.strip():
                # Documents converted from PDF lose the bullet glyph but keep the space after it.
                lost_glyph = part[:1] == " " and part[1:2].isalnum()
                lines.append(
                    Line(
                        part.rstrip(),
                        heading=heading,
                        bullet=(bullet or lost_glyph) and bool(part.strip()),
                    )
                )
        placed = []
        for box, content in self._text_boxes(p):
            box_lines = self.lines(content)
            if box is None:
                lines.extend(box_lines)
            else:
                words = sum(len(line.text.split()) for line in box_lines)
                placed.append(
                    (Box(box.x0, box.y0, box.x1, box.y1, words, _type_size(content)), box_lines)
                )
        return lines, placed

    def _text(self, element) -> str:
        parts: list[str] = []
        self._collect_text(element, parts)
        return "".join(parts)

    def _collect_text(self, element, parts: list[str]) -> None:
        for child in element.iterchildren():
            tag = _local(child)
            if tag == "t":
                parts.append(child.text or "")
            elif tag == "tab" or tag == "ptab":
                parts.append("\t")
            elif tag in ("br", "cr"):
                parts.append("\n")
            elif tag == "noBreakHyphen":
                parts.append("-")
            elif tag == "sym":
                parts.append(SYMBOL_BULLET)
            elif tag == "AlternateContent":
                choice = next(iter(child), None)
                if choice is not None:
                    self._collect_text(choice, parts)
            elif tag not in SKIPPED:
                self._collect_text(child, parts)

    def _text_boxes(self, p) -> Iterator[tuple[Box | None, object]]:
        """(place on the page or None for an inline box, txbxContent) for each text box
        in the paragraph; boxes inside those boxes are read with their box."""
        for shape in _shapes(p):
            tag = _local(shape)
            if tag in ("anchor", "inline"):
                place = _drawing_box(shape) if tag == "anchor" else None
                for content, offset in _drawing_contents(shape):
                    if place is None or offset is None:
                        yield place, content
                    else:
                        dx, dy = offset
                        yield _moved(place, dx, dy), content
            else:  # a VML shape in a w:pict
                place = _vml_box(shape)
                for content in shape.iter(f"{W}txbxContent"):
                    yield place, content
                    break

    def _frame(self, p) -> Box | str | None:
        """Where a framed paragraph sits (frames are how converters place text), "dropCap"
        for a drop capital, None for a paragraph in the flow."""
        properties = p.find(f"{W}pPr")
        frame = properties.find(f"{W}framePr") if properties is not None else None
        if frame is None:
            return None
        if frame.get(f"{W}dropCap") not in (None, "none"):
            return "dropCap"
        x, y = _number(frame.get(f"{W}x")), _number(frame.get(f"{W}y"))
        if x is None and y is None:
            return None
        width = _number(frame.get(f"{W}w")) or 0
        height = _number(frame.get(f"{W}h")) or 0
        x, y = (x or 0) / TWIPS_PER_POINT, (y or 0) / TWIPS_PER_POINT
        words = len(self._text(p).split())
        bottom = y + abs(height) / TWIPS_PER_POINT
        return Box(x, y, x + width / TWIPS_PER_POINT, bottom, words, _type_size(p))

    def _starts_page(self, p) -> bool:
        for element in p.iter(f"{W}lastRenderedPageBreak", f"{W}br", f"{W}sectPr"):
            if _local(element) != "br" or element.get(f"{W}type") == "page":
                return True
        return False

    def _table(self, table) -> Iterator[Line]:
        """A row whose cells hold one line each becomes one tab-separated line (a title and
        its dates); else the cells are read in turn. Merged cells are read once."""
        for row in table.iterchildren(f"{W}tr"):
            cell_lines = []
            prominence = []
            for cell in _cells(row):
                merge = cell.find(f"{W}tcPr/{W}vMerge")
                if merge is not None and merge.get(f"{W}val") != "restart":
                    continue  # the rest of a cell merged down from the row above
                lines = [line for line in self.lines(cell) if line.text.strip()]
                if lines:
                    cell_lines.append(lines)
                    prominence.append(self._prominence(cell))
            if not cell_lines:
                continue
            if all(len(lines) >= 3 for lines in cell_lines):
                # A page laid out as a one-row table: the column with the name comes first.
                top = max(prominence)
                others = sorted(prominence)[-2] if len(prominence) > 1 else top
                if top >= others + 1.0 and prominence.index(top) > 0:
                    named = prominence.index(top)
                    cell_lines.insert(0, cell_lines.pop(named))
            first = cell_lines[0]
            if len(cell_lines) > 1 and len(first) == 1 and _is_heading(first[0].text):
                # A left column of section headings: the heading opens the section.
                yield Line(first[0].text.strip(), heading=True)
                cell_lines = cell_lines[1:]
            if len(cell_lines) > 1 and all(len(lines) == 1 for lines in cell_lines):
                first_line = cell_lines[0][0]
                yield Line(
                    "\t".join(lines[0].text.strip() for lines in cell_lines),
                    heading=first_line.heading,
                    bullet=first_line.bullet,
                )
            elif _beside_first_line(cell_lines):
                # Dates or a place in a right-hand cell sit beside the entry's first line.
                left, right = cell_lines
                yield Line(
                    f"{left[0].text.rstrip()}\t{right[0].text.strip()}", bullet=left[0].bullet
                )
                yield from left[1:]
            else:
                for index, lines in enumerate(cell_lines):
                    if index and len(lines) > 1:
                        yield Line("")
                    yield from lines
            yield Line("")

    def _prominence(self, element) -> float:
        """The size of the largest type in a cell or box (points), a Title-styled
        paragraph counting as the largest of all."""
        for style in element.iter(f"{W}pStyle"):
            if self.styles.get(style.get(f"{W}val", ""), "").startswith("title"):
                return 1000.0
        return _type_size(element)


class _Spacing:
    """The space Word leaves between two paragraphs (points), resolved as Word does: the
    paragraph's own spacing, else its style's, up the `basedOn` chain, else the document's
    defaults. Word adds the upper paragraph's space after to the lower one's space before,
    and drops either where both paragraphs share a style that asks for contextual spacing
    (list items); a spacing given in lines counts 12 points a line, auto spacing 14.
    """

    def __init__(self, styles_element):
        self.defaults = _own_spacing(styles_element.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr"))
        self.default_style = ""
        self.styles: dict[str, tuple[str, dict]] = {}
        for style in styles_element.iterchildren(f"{W}style"):
            if style.get(f"{W}type") != "paragraph":
                continue
            style_id = style.get(f"{W}styleId", "")
            based_on = style.find(f"{W}basedOn")
            parent = based_on.get(f"{W}val", "") if based_on is not None else ""
            self.styles[style_id] = (parent, _own_spacing(style.find(f"{W}pPr")))
            if style.get(f"{W}default") in ("1", "true", "on") and not self.default_style:
                self.default_style = style_id
        self._resolved: dict[str, dict] = {}

    def _style(self, style_id: str) -> dict:
        if style_id not in self._resolved:
            chain: list[str] = []
            link = style_id
            while link in self.styles and link not in chain and len(chain) < 20:
                chain.append(link)
                link = self.styles[link][0]
            resolved = dict(self.defaults)
            for name in reversed(chain):
                resolved.update(self.styles[name][1])
            self._resolved[style_id] = resolved
        return self._resolved[style_id]

    def of(self, p) -> tuple[str, dict]:
        """The paragraph's style id and its spacing ("before", "after", "contextual")."""
        properties = p.find(f"{W}pPr")
        style_id = ""
        if properties is not None:
            style = properties.find(f"{W}pStyle")
            style_id = style.get(f"{W}val", "") if style is not None else ""
        style_id = style_id or self.default_style
        return style_id, {**self._style(style_id), **_own_spacing(properties)}

    def gap(self, upper, lower) -> float:
        return sum(self.spaces(upper, lower))

    def spaces(self, upper, lower) -> tuple[float, float]:
        """The space after the upper paragraph and before the lower one that Word leaves."""
        upper_style, above = self.of(upper)
        lower_style, below = self.of(lower)
        same = upper_style == lower_style
        after = 0.0 if same and above.get("contextual") else above.get("after", 0.0)
        before = 0.0 if same and below.get("contextual") else below.get("before", 0.0)
        return after, before

    def apart(self, children: list) -> _Apart | None:
        """What sets paragraphs of text apart in this run of blocks (`_Apart`), from the
        spacing usual in it: the most common gap between paragraphs of text (list items
        among themselves left out) and the most common space before one (the narrower of
        equally common ones). None where too few paragraphs follow one another to tell."""
        gaps: dict[float, int] = {}
        befores: dict[float, int] = {}
        above = None
        for child in children:
            if _local(child) != "p" or child.find(f"{W}pPr/{W}framePr") is not None:
                above = None
                continue
            if not any((text.text or "").strip() for text in child.iter(f"{W}t")):
                above = None
                continue
            if not _listed(child):
                before = round(self.of(child)[1].get("before", 0.0) * 2) / 2
                befores[before] = befores.get(before, 0) + 1
            if above is not None and not (_listed(above) and _listed(child)):
                gap = round(self.gap(above, child) * 2) / 2
                gaps[gap] = gaps.get(gap, 0) + 1
            above = child
        if sum(gaps.values()) < 3:
            return None
        return _Apart(self, _most_common(gaps), _most_common(befores))


def _most_common(counts: dict[float, int]) -> float:
    return min(counts, key=lambda value: (-counts[value], value)) if counts else 0.0


class _Apart:
    """Whether two paragraphs of text are set apart: the gap between them noticeably wider
    than the usual one (half as wide again and 3 points more), or the lower one, no list
    item, given 3 points more space before it than paragraphs usually have (a line that
    starts an entry, where the usual space comes after each paragraph)."""

    EXTRA = 3.0

    def __init__(self, spacing: _Spacing, usual_gap: float, usual_before: float):
        self.spacing = spacing
        self.wide = max(1.5 * usual_gap, usual_gap + self.EXTRA)
        self.raised = usual_before + self.EXTRA

    def between(self, upper, lower) -> bool:
        after, before = self.spacing.spaces(upper, lower)
        return after + before >= self.wide or (before >= self.raised and not _listed(lower))


def _own_spacing(properties) -> dict:
    """The spacing a paragraph's (or a style's) own properties set, in points."""
    spacing = {}
    element = properties.find(f"{W}spacing") if properties is not None else None
    if element is not None:
        for side in ("before", "after"):
            if element.get(f"{W}{side}Autospacing") in ("1", "true", "on"):
                spacing[side] = 14.0
            elif (lines := _number(element.get(f"{W}{side}Lines"))) is not None:
                spacing[side] = lines * 12 / 100
            elif (twips := _number(element.get(f"{W}{side}"))) is not None:
                spacing[side] = twips / TWIPS_PER_POINT
    contextual = properties.find(f"{W}contextualSpacing") if properties is not None else None
    if contextual is not None:
        spacing["contextual"] = contextual.get(f"{W}val") not in ("0", "false", "off")
    return spacing


def _listed(p) -> bool:
    """Is the paragraph a list item (numbered, or a list style)?"""
    properties = p.find(f"{W}pPr")
    if properties is None:
        return False
    style = properties.find(f"{W}pStyle")
    style_id = (style.get(f"{W}val", "") if style is not None else "").lower()
    return properties.find(f"{W}numPr") is not None or "list" in style_id


def _sections(children: list, body) -> Iterator[tuple[list, int]]:
    """(block elements, number of text columns) for each section of the body: a section
    ends at a paragraph holding its properties; the body's own properties end the last."""
    start = 0
    for index, child in enumerate(children):
        properties = child.find(f"{W}pPr/{W}sectPr") if _local(child) == "p" else None
        if properties is not None:
            yield children[start : index + 1], _columns(properties)
            start = index + 1
    if start < len(children):
        yield children[start:], _columns(body.find(f"{W}sectPr"))


def _columns(properties) -> int:
    columns = properties.find(f"{W}cols") if properties is not None else None
    number = _number(columns.get(f"{W}num")) if columns is not None else None
    return int(number or 1)


def _split_at_column_breaks(children: list) -> list[list]:
    """The section's blocks cut where a column break sends the text to the next column: a
    paragraph that starts with the break opens the next column, else it ends its own."""
    parts: list[list] = [[]]
    for child in children:
        breaks = [
            element for element in child.iter(f"{W}br") if element.get(f"{W}type") == "column"
        ]
        if not breaks:
            parts[-1].append(child)
            continue
        text_before = _text_before(child, breaks[0])
        if text_before:
            parts[-1].append(child)
            parts.append([])
        else:
            if parts[-1]:
                parts.append([])
            parts[-1].append(child)
    return [part for part in parts if part]


def _text_before(paragraph, mark) -> bool:
    """Whether the paragraph has text before `mark`."""
    for element in paragraph.iter(f"{W}t", f"{W}br"):
        if element is mark:
            return False
        if _local(element) == "t" and (element.text or "").strip():
            return True
    return False


def _beside_first_line(cell_lines: list[list[Line]]) -> bool:
    """Whether a row is an entry on the left and one short line (dates, a place) on the right."""
    if len(cell_lines) != 2:
        return False
    left, right = cell_lines
    return (
        len(left) > 1
        and len(right) == 1
        and len(right[0].text.split()) <= 6
        and not left[0].heading
        and not _is_heading(left[0].text)
    )


def _cells(row) -> Iterator:
    for child in row.iterchildren():
        tag = _local(child)
        if tag == "tc":
            yield child
        elif tag in ("sdt", "customXml"):
            content = child.find(f"{W}sdtContent") if tag == "sdt" else child
            if content is not None:
                yield from (cell for cell in content if _local(cell) == "tc")


def _is_heading(text: str) -> bool:
    return len(text.split()) <= 5 and bool(heading_sections(text))


def _in_order(boxes: list[tuple[Box, list[Line]]]) -> Iterator[Line]:
    """The boxes' lines in reading order, a blank line where the reader jumps: a gap
    taller than half a box, or back up the page to the next column."""
    if len(boxes) > 1:
        order = reading_order([box for box, _ in boxes])
        boxes = [boxes[index] for index in order]
    previous = None
    for box, lines in boxes:
        if previous is not None:
            gap = box.y0 - previous.y1
            if gap < -1.0 or gap > max(4.0, 0.5 * (previous.y1 - previous.y0)):
                yield Line("")
        yield from lines
        previous = box
    if boxes:
        yield Line("")


def _shapes(element) -> Iterator:
    """Drawings (wp:anchor, wp:inline) and VML shapes in a paragraph, skipping the VML copies
    Word keeps under mc:Fallback and anything inside a text box (read with its box)."""
    for child in element.iterchildren():
        tag = _local(child)
        if tag in ("Fallback", "txbxContent", "pPr", "rPr"):
            continue
        drawing = tag in ("anchor", "inline") and child.tag.startswith(WP)
        vml_box = tag in ("shape", "rect", "roundrect") and child.find(".//{*}textbox") is not None
        if drawing or vml_box:
            yield child
        elif tag == "AlternateContent":
            choice = next(iter(child), None)
            if choice is not None:
                yield from _shapes(choice)
        else:
            yield from _shapes(child)


def _drawing_contents(drawing) -> Iterator[tuple[object, tuple[float, float] | None]]:
    """Each text box in a drawing with its offset inside a group of shapes (points), if any."""
    stack = [(drawing, None)]
    while stack:
        element, offset = stack.pop(0)
        for child in element.iterchildren():
            tag = _local(child)
            if tag == "txbxContent":
                yield child, offset
            elif tag == "Fallback":
                continue
            elif tag == "AlternateContent":
                choice = next(iter(child), None)
                if choice is not None:
                    stack.append((choice, offset))
            elif tag in ("wsp", "grpSp") and _local(element) in ("wgp", "grpSp"):
                stack.append((child, _shape_offset(child)))
            else:
                stack.append((child, offset))


def _same_place(a: Box, b: Box) -> bool:
    return (a.x0, a.y0, a.x1, a.y1) == (b.x0, b.y0, b.x1, b.y1)


def _type_size(element) -> float:
    """The largest type size set directly on the element's runs (points), 0 if none."""
    sizes = [_number(size.get(f"{W}val")) for size in element.iter(f"{W}sz")]
    return max((size / 2 for size in sizes if size), default=0.0)


def _shape_offset(shape) -> tuple[float, float] | None:
    offset = shape.find(f".//{A}off")
    if offset is None:
        return None
    x, y = _number(offset.get("x")), _number(offset.get("y"))
    return ((x or 0) / EMU_PER_POINT, (y or 0) / EMU_PER_POINT)


def _drawing_box(anchor) -> Box | None:
    x = _number(anchor.findtext(f"{WP}positionH/{WP}posOffset"))
    y = _number(anchor.findtext(f"{WP}positionV/{WP}posOffset"))
    if x is None and y is None:
        return None
    extent = anchor.find(f"{WP}extent")
    width = _number(extent.get("cx")) if extent is not None else None
    height = _number(extent.get("cy")) if extent is not None else None
    x, y = (x or 0) / EMU_PER_POINT, (y or 0) / EMU_PER_POINT
    return Box(x, y, x + (width or 0) / EMU_PER_POINT, y + (height or 0) / EMU_PER_POINT)


def _moved(box: Box, dx: float, dy: float) -> Box:
    return Box(box.x0 + dx, box.y0 + dy, box.x1 + dx, box.y1 + dy, box.words)


_VML_LENGTH = re.compile(r"(-?[\d.]+)\s*(pt|in|px|cm|mm)?")
_VML_UNITS = {"pt": 1.0, "in": 72.0, "px": 0.75, "cm": 72 / 2.54, "mm": 72 / 25.4, None: 1.0}


def _vml_box(shape) -> Box | None:
    style = {}
    for item in (shape.get("style") or "").split(";"):
        name, _, value = item.partition(":")
        match = _VML_LENGTH.fullmatch(value.strip())
        if match:
            style[name.strip().lower()] = float(match[1]) * _VML_UNITS[match[2]]
    x = style.get("margin-left", style.get("left"))
    y = style.get("margin-top", style.get("top"))
    if x is None and y is None:
        return None
    x, y = x or 0.0, y or 0.0
    return Box(x, y, x + style.get("width", 0.0), y + style.get("height", 0.0))


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None
