"""Render a JSON Resume document to PDF, DOCX, Markdown, plain text, HTML or JSON Resume.

    render(document, "pdf", ExportOptions(template="modern", page_size="a4")) -> bytes

Each format has one module here; all of them lay out the same blocks
(`content.resume_blocks`), so the words and their order are the same in
every file. JSON Resume export writes the document itself, unchanged, so it
imports back identically. Templates and the accent palette are data
(`templates.json`).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from django.utils.text import slugify

from exports.renderers.content import DEFAULT_ORDER, HEADINGS, header, section_blocks

TEMPLATES_FILE = Path(__file__).parent / "templates.json"


class Format(NamedTuple):
    content_type: str
    extension: str
    label: str


FORMATS: dict[str, Format] = {
    "pdf": Format("application/pdf", "pdf", "PDF"),
    "docx": Format(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
        "Word (DOCX)",
    ),
    "md": Format("text/markdown; charset=utf-8", "md", "Markdown"),
    "txt": Format("text/plain; charset=utf-8", "txt", "Plain text"),
    "html": Format("text/html; charset=utf-8", "html", "HTML"),
    "json": Format("application/json", "json", "JSON Resume"),
}
# The formats a template styles; Markdown, plain text and JSON look the same whatever is chosen.
STYLED_FORMATS = frozenset({"pdf", "docx", "html"})
FONTS = {"sans": "DejaVu Sans", "serif": "DejaVu Serif"}
PAGE_SIZES = {"letter": "US Letter", "a4": "A4"}
MARGINS_MM = (8.0, 40.0)
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
NOTHING_TO_EXPORT = (
    "There is nothing to export yet: add your name or fill in a section (or include more sections)."
)


class ExportError(ValueError):
    """The export cannot be made as asked; str() says why, in words for the user."""


@cache
def _data() -> dict[str, Any]:
    return json.loads(TEMPLATES_FILE.read_text(encoding="utf-8"))


def templates() -> dict[str, dict[str, Any]]:
    """Template name -> its settings (label, description, font, accent, sizes, spacing)."""
    return _data()["templates"]


def accents() -> dict[str, str]:
    """The offered accent colours: '#2f5bd3' -> 'Blue'. Any other #rrggbb is accepted too."""
    return _data()["accents"]


@dataclass
class ExportOptions:
    """How an export looks. Empty font and accent mean "the template's own".

    `sections` lists the sections to include, in the order they appear.
    """

    template: str = "classic"
    font: str = ""
    accent: str = ""
    margins_mm: float = 18.0
    page_size: str = "letter"
    sections: list[str] = field(default_factory=lambda: list(DEFAULT_ORDER))

    def __post_init__(self):
        if self.template not in templates():
            raise ExportError(
                f"Unknown template “{self.template}”. Choose one of: {', '.join(templates())}."
            )
        if self.font and self.font not in FONTS:
            raise ExportError(f"Unknown font “{self.font}”. Choose one of: {', '.join(FONTS)}.")
        if self.accent and not HEX_COLOUR.match(self.accent):
            raise ExportError("The accent colour must be written like #2f5bd3.")
        self.accent = self.accent.lower()
        if self.page_size not in PAGE_SIZES:
            raise ExportError("The page size must be letter or a4.")
        try:
            self.margins_mm = float(self.margins_mm)
        except (TypeError, ValueError):
            raise ExportError("Margins must be a number of millimetres.") from None
        low, high = MARGINS_MM
        if not low <= self.margins_mm <= high:
            raise ExportError(f"Margins must be between {low:g} and {high:g} mm.")
        if isinstance(self.sections, str) or not isinstance(self.sections, list | tuple):
            raise ExportError("Sections must be a list of section names.")
        unknown = [s for s in self.sections if s not in HEADINGS]
        if unknown:
            raise ExportError(
                f"Unknown section “{unknown[0]}”. Choose from: {', '.join(HEADINGS)}."
            )
        self.sections = list(dict.fromkeys(self.sections))  # a section appears once

    @property
    def style(self) -> dict[str, Any]:
        """The template's settings with this export's font and accent applied."""
        settings = dict(templates()[self.template])
        settings["font"] = self.font or settings["font"]
        settings["accent"] = self.accent or settings["accent"]
        return settings

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ExportOptions:
        """Options from stored or submitted data; unknown keys are ignored, bad values raise."""
        known = set(cls.__dataclass_fields__)
        return cls(**{key: value for key, value in (data or {}).items() if key in known})


def has_content(document: Any, sections: list[str] | tuple[str, ...] = DEFAULT_ORDER) -> bool:
    """Whether an export would show anything: a name, a contact detail or one filled section."""
    document = document if isinstance(document, dict) else {}
    top = header(document)
    if top.name or top.label or top.contacts:
        return True
    return any(section_blocks(document, section) for section in sections)


def render(
    document: dict[str, Any],
    fmt: str,
    options: ExportOptions | None = None,
    *,
    blocks: list | None = None,
    kind: str = "Resume",
) -> bytes:
    """The export file's bytes.

    `blocks` replaces the resume's own (a cover letter: the resume's header, then its
    paragraphs), with the same template; `kind` names the document in the file's properties.

    Raises ExportError for an unknown format, and for a resume with nothing to
    show (a file of blank pages helps nobody); JSON Resume export always works.
    """
    options = options or ExportOptions()
    if fmt not in FORMATS:
        raise ExportError(f"Unknown format “{fmt}”. Choose one of: {', '.join(FORMATS)}.")
    if fmt == "json":
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if blocks is None and not has_content(document, options.sections):
        raise ExportError(NOTHING_TO_EXPORT)
    # The renderers import ExportOptions from this package, so they load here, on first use
    # (which also keeps reportlab and python-docx out of processes that never export).
    if fmt == "pdf":
        from exports.renderers.pdf import render_pdf

        return render_pdf(document, options, blocks=blocks, kind=kind)
    if fmt == "docx":
        from exports.renderers.docx import render_docx

        return render_docx(document, options, blocks=blocks, kind=kind)
    from exports.renderers.text import render_html, render_markdown, render_text

    renderer = {"md": render_markdown, "txt": render_text, "html": render_html}[fmt]
    return renderer(document, options, blocks=blocks).encode("utf-8")


def content_type(fmt: str) -> str:
    return FORMATS[fmt].content_type


def file_stem(document: Any, title: str = "", qualifier: str = "") -> str:
    """'zoe-nunez-resume' from the name (or the resume's title), plus an optional qualifier.

    ASCII only, so every mail client, ZIP tool and file system keeps it intact.
    """
    basics = document.get("basics") if isinstance(document, dict) else None
    name = basics.get("name") if isinstance(basics, dict) else None
    base = slugify(name if isinstance(name, str) and name.strip() else title) or "resume"
    if not base.endswith("resume"):
        base = f"{base}-resume"
    extra = slugify(qualifier)
    return f"{base}-{extra}" if extra else base


def file_name(document: Any, fmt: str, title: str = "", qualifier: str = "") -> str:
    """'zoe-nunez-resume.pdf', or 'zoe-nunez-resume-sent-to-acme.pdf' for a named version."""
    return f"{file_stem(document, title, qualifier)}.{FORMATS[fmt].extension}"
