"""DOCX export with python-docx: real headings and
lists, no text boxes or tables, body contact details.

Word cannot embed fonts through python-docx, so the DOCX names fonts every
copy of Word has (Calibri or Georgia, by the chosen font), and the theme
fonts of the default template are removed so those are the ones used.
Section headings and entry headers keep with the next paragraph, so Word
never leaves one alone at the foot of a page. Page numbers are in the footer
from page 2 on; the first page's footer is empty.
"""

from __future__ import annotations

import io
from copy import deepcopy
from datetime import UTC, datetime

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from exports.renderers import ExportOptions
from exports.renderers.content import Entry, Header, Heading, Line, resume_blocks

WORD_FONTS = {"sans": "Calibri", "serif": "Georgia"}
MUTED = RGBColor(0x4A, 0x52, 0x63)
PAGE_SIZES_MM = {"a4": (210, 297), "letter": (215.9, 279.4)}


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _set_font(
    style: ParagraphStyle,
    name: str,
    size: float | None = None,
    *,
    bold: bool | None = None,
    colour: RGBColor | None = None,
) -> None:
    """Set a style's font, dropping theme font references that would override it."""
    style.font.name = name
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:eastAsia"), name)
    fonts.set(qn("w:cs"), name)
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if colour is not None:
        style.font.color.rgb = colour


def _bottom_border(style: ParagraphStyle, colour: str | None) -> None:
    """A thin rule under the style's paragraphs, or none (the default Title has a blue one)."""
    paragraph_properties = style.element.get_or_add_pPr()
    for existing in paragraph_properties.findall(qn("w:pBdr")):
        paragraph_properties.remove(existing)
    if colour is None:
        return
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("w:val", "single"),
        ("w:sz", "4"),
        ("w:space", "1"),
        ("w:color", colour.lstrip("#")),
    ):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph_properties.append(borders)


def _page_number_footer(out: WordDocument) -> None:
    section = out.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run("Page ")
    run.font.size = Pt(8)
    run.font.color.rgb = MUTED
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    number = OxmlElement("w:r")
    number.append(deepcopy(run._r.get_or_add_rPr()))  # same size and colour as "Page "
    text = OxmlElement("w:t")
    text.text = "2"
    number.append(text)
    field.append(number)
    paragraph._p.append(field)


def _styles(out: WordDocument, settings: dict) -> float:
    font = WORD_FONTS[settings["font"]]
    size = settings["base_size"] + 0.5  # Word's type reads smaller than the PDF's DejaVu
    accent = _rgb(settings["accent"])
    space = settings["space"]
    styles = out.styles
    _set_font(styles["Normal"], font, size)
    styles["Normal"].paragraph_format.space_after = Pt(2 * space)
    _set_font(
        styles["Title"],
        font,
        settings["name_size"],
        bold=True,
        colour=accent if settings["accent_name"] else RGBColor(0, 0, 0),
    )
    styles["Title"].paragraph_format.space_after = Pt(2 * space)
    _bottom_border(styles["Title"], None)
    _set_font(styles["Heading 1"], font, settings["heading_size"], bold=True, colour=accent)
    styles["Heading 1"].paragraph_format.space_before = Pt(10 * space)
    styles["Heading 1"].paragraph_format.space_after = Pt(3 * space)
    styles["Heading 1"].paragraph_format.keep_with_next = True
    _bottom_border(styles["Heading 1"], settings["accent"] if settings["heading_rule"] else None)
    _set_font(styles["List Bullet"], font, size)
    styles["List Bullet"].paragraph_format.space_after = Pt(1.2 * space)
    return size


def render_docx(
    document: dict, options: ExportOptions, *, blocks: list | None = None, kind: str = "Resume"
) -> bytes:
    settings = options.style
    out = docx.Document()
    section = out.sections[0]
    width, height = PAGE_SIZES_MM[options.page_size]
    section.page_width, section.page_height = Mm(width), Mm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(options.margins_mm))
    size = _styles(out, settings)
    _page_number_footer(out)

    name = ""
    if blocks is None:
        blocks = resume_blocks(document if isinstance(document, dict) else {}, options.sections)
    for block in blocks:
        if isinstance(block, Header):
            name = block.name
            if block.name:
                out.add_paragraph(block.name, style="Title")
            if block.label:
                out.add_paragraph().add_run(block.label).font.size = Pt(size + 1.5)
            if block.contacts:
                contacts = out.add_paragraph()
                contacts.paragraph_format.space_after = Pt(8 * settings["space"])
                contacts.add_run(" · ".join(block.contacts)).font.color.rgb = MUTED
        elif isinstance(block, Heading):
            out.add_heading(
                block.title.upper() if settings["heading_upper"] else block.title, level=1
            )
        elif isinstance(block, Line):
            paragraph = out.add_paragraph()
            if block.label and block.text:
                paragraph.add_run(f"{block.label}: ").bold = True
                paragraph.add_run(block.text)
            else:
                paragraph.add_run(block.label or block.text)
        elif isinstance(block, Entry):
            _entry(out, block, settings)

    properties = out.core_properties
    properties.title = f"{name} – {kind.lower()}" if name else kind
    properties.author = name
    properties.last_modified_by = name
    properties.subject = kind
    properties.comments = "Made with ResumeOpt"
    properties.keywords = ""
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    properties.revision = 1
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def _entry(out: WordDocument, block: Entry, settings: dict) -> None:
    """An entry: bold title, muted subtitle, description, then a real bulleted list.

    Everything before the first bullet keeps with the next paragraph, so the
    header and the first bullet share a page.
    """
    head: list[Paragraph] = []
    if block.title:
        title = out.add_paragraph()
        title.paragraph_format.space_before = Pt(5 * settings["space"])
        title.add_run(block.title).bold = True
        head.append(title)
    if block.subtitle:
        subtitle = out.add_paragraph()
        subtitle.add_run(block.subtitle).font.color.rgb = MUTED
        head.append(subtitle)
    head.extend(out.add_paragraph(detail) for detail in block.details)
    bullets = [out.add_paragraph(bullet, style="List Bullet") for bullet in block.bullets]
    chain = head + bullets[:1]
    for paragraph in chain[:-1]:
        paragraph.paragraph_format.keep_with_next = True
