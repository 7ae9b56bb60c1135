"""PDF export with reportlab: one column, real text, embedded Unicode fonts, sensible page breaks.

A section heading is kept with the start of its first entry, and an entry's
header (title, dates, description) with its first bullet, so no heading or
entry header is left alone at the bottom of a page; reportlab moves the group
to the next page instead. Page numbers start on page 2. Contact details are
in the body, where applicant tracking software reads them, not in a page
header. Every font used is a shipped DejaVu TrueType font, embedded (as a
subset) in the file, so names like Zoë Ñúñez, Cyrillic and Greek render the
same everywhere.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate

from exports.renderers import ExportOptions
from exports.renderers.content import Block, Entry, Header, Heading, Line, resume_blocks

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
FONT_FILES = {
    "sans": ("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
}
MUTED = colors.HexColor("#4a5263")


@cache
def register_font(family: str) -> tuple[str, str]:
    """Register a shipped TTF family once per process; returns (regular, bold) font names."""
    name, regular, bold = FONT_FILES[family]
    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / regular)))
    pdfmetrics.registerFont(TTFont(f"{name}-Bold", str(FONT_DIR / bold)))
    # No italics are shipped: <i> falls back to the upright face rather than to Helvetica.
    pdfmetrics.registerFontFamily(
        name, normal=name, bold=f"{name}-Bold", italic=name, boldItalic=f"{name}-Bold"
    )
    return name, f"{name}-Bold"


def _styles(style: dict[str, Any]) -> dict[str, ParagraphStyle]:
    regular, bold = register_font(style["font"])
    size, space = style["base_size"], style["space"]
    accent = colors.HexColor(style["accent"])
    base = {
        "fontName": regular,
        "fontSize": size,
        "leading": size * 1.32,
        "bulletFontName": regular,
    }

    def para(name: str, **overrides: Any) -> ParagraphStyle:
        return ParagraphStyle(name, **(base | overrides))

    name_size, heading_size = style["name_size"], style["heading_size"]
    return {
        "name": para(
            "name",
            fontName=bold,
            fontSize=name_size,
            leading=name_size * 1.2,
            textColor=accent if style["accent_name"] else colors.black,
            spaceAfter=2 * space,
        ),
        # The headline a size up from the body, not more: type 15% larger than the body's
        # reads as a section heading to a parser (ours too), and a headline in capitals
        # ("REGISTERED NURSE") would open a section that swallows the contact line.
        "label": para("label", fontSize=size + 1, leading=(size + 1) * 1.3, spaceAfter=2 * space),
        "contact": para(
            "contact",
            fontSize=size - 0.5,
            leading=(size - 0.5) * 1.4,
            textColor=MUTED,
            spaceAfter=8 * space,
        ),
        "heading": para(
            "heading",
            fontName=bold,
            fontSize=heading_size,
            leading=heading_size * 1.3,
            textColor=accent,
            spaceBefore=9 * space,
            spaceAfter=2 * space,
        ),
        "title": para("title", fontName=bold, spaceBefore=5 * space),
        "subtitle": para("subtitle", fontSize=size - 0.5, textColor=MUTED, spaceAfter=1.5 * space),
        "body": para("body", spaceAfter=2 * space),
        "bullet": para("bullet", leftIndent=12, bulletIndent=2, spaceAfter=1.2 * space),
    }


def _text(value: str) -> str:
    """Paragraph markup is XML: every user character is escaped."""
    return escape(value).replace("\n", "<br/>")


def _contact(value: str) -> str:
    """A contact detail, as a link when it is an address a reader can click."""
    if value.startswith(("http://", "https://")):
        return f"<a href={quoteattr(value)}>{_text(value)}</a>"
    if "@" in value and " " not in value and "/" not in value:
        return f"<a href={quoteattr('mailto:' + value)}>{_text(value)}</a>"
    return _text(value)


def _flowables(blocks: list[Block], style: dict[str, Any]) -> list[Flowable]:
    styles = _styles(style)
    story: list[Flowable] = []
    pending_heading: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Header):
            if block.name:
                story.append(Paragraph(_text(block.name), styles["name"]))
            if block.label:
                story.append(Paragraph(_text(block.label), styles["label"]))
            if block.contacts:
                story.append(
                    Paragraph(" · ".join(_contact(c) for c in block.contacts), styles["contact"])
                )
        elif isinstance(block, Heading):
            title = block.title.upper() if style["heading_upper"] else block.title
            pending_heading = [Paragraph(_text(title), styles["heading"])]
            if style["heading_rule"]:
                pending_heading.append(
                    HRFlowable(
                        width="100%",
                        thickness=0.6,
                        color=colors.HexColor(style["accent"]),
                        spaceBefore=0,
                        spaceAfter=3,
                    )
                )
        else:
            parts = _block_flowables(block, styles)
            head = parts[: _head_length(block)]
            # The heading (if the section starts here), the entry's header and its
            # first line move to the next page together; the rest may break anywhere.
            story.append(KeepTogether([*pending_heading, *head]))
            pending_heading = []
            story.extend(parts[len(head) :])
    return story


def _head_length(block: Block) -> int:
    """How many of a block's paragraphs must stay together: header, description, first bullet."""
    if isinstance(block, Entry):
        return (
            int(bool(block.title))
            + int(bool(block.subtitle))
            + len(block.details)
            + int(bool(block.bullets))
        )
    return 1


# An item longer than this may wrap inside itself: kept whole it could run past the margin.
UNBROKEN_ITEM = 60


def _listed(text: str) -> str:
    """A list's items with no-break spaces inside them ("Spring\u00a0MVC, Docker"), so the
    line wraps only between items; a text reader reads the no-break space as a space."""
    return ", ".join(
        item.replace(" ", "\u00a0") if len(item) <= UNBROKEN_ITEM else item
        for item in text.split(", ")
    )


def _block_flowables(block: Block, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if isinstance(block, Line):
        words = _listed(block.text) if block.listed else block.text
        text = (
            f"<b>{_text(block.label)}:</b> {_text(words)}"
            if block.label and block.text
            else _text(block.label or words)
        )
        return [Paragraph(text, styles["body"])]
    assert isinstance(block, Entry)
    parts: list[Flowable] = []
    if block.title:
        parts.append(Paragraph(_text(block.title), styles["title"]))
    if block.subtitle:
        parts.append(Paragraph(_text(block.subtitle), styles["subtitle"]))
    parts.extend(Paragraph(_text(detail), styles["body"]) for detail in block.details)
    parts.extend(
        Paragraph(_text(bullet), styles["bullet"], bulletText="•") for bullet in block.bullets
    )
    return parts


def render_pdf(
    document: dict,
    options: ExportOptions,
    *,
    blocks: list[Block] | None = None,
    kind: str = "Resume",
) -> bytes:
    document = document if isinstance(document, dict) else {}
    style = options.style
    blocks = blocks if blocks is not None else resume_blocks(document, options.sections)
    name = blocks[0].name if isinstance(blocks[0], Header) else ""
    page = A4 if options.page_size == "a4" else LETTER
    margin = options.margins_mm * mm
    regular, _ = register_font(style["font"])
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"{name} – {kind.lower()}" if name else kind,
        author=name,
        subject=kind,
        creator="ResumeOpt",
        # The canvas starts in our font, so the file never names a non-embedded Helvetica.
        initialFontName=regular,
        initialFontSize=style["base_size"],
    )

    def page_number(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(page[0] - margin, min(margin / 2, 12 * mm), f"Page {doc.page}")
        canvas.restoreState()

    pdf.build(_flowables(blocks, style), onLaterPages=page_number)
    return buffer.getvalue()
