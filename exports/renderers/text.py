"""Markdown, plain text and HTML exports, from the same blocks as the PDF and DOCX."""

from __future__ import annotations

import re

from django.template.loader import render_to_string

from exports.renderers import ExportOptions
from exports.renderers.content import Entry, Header, Heading, Line, resume_blocks

MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
# A line that starts like a list item or a setext underline would become one.
MARKDOWN_LINE_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)]))", re.MULTILINE)


def _markdown_escape(text: str) -> str:
    """User text as literal Markdown: no emphasis, links,
    HTML, headings or lists it did not ask for."""
    text = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return MARKDOWN_LINE_START.sub(
        lambda m: f"{m[1]}\\{m[2]}" if m[2] else f"{m[1]}{m[3]}\\{m[4]}", text
    )


def _inline(text: str) -> str:
    """One line of Markdown (a heading, a list item): line breaks become spaces."""
    return _markdown_escape(" ".join(text.split()))


def _paragraph(text: str) -> str:
    """A Markdown paragraph that keeps its line breaks (two trailing spaces)."""
    return "  \n".join(_markdown_escape(line.strip()) for line in text.splitlines() if line.strip())


def render_markdown(document: dict, options: ExportOptions, *, blocks: list | None = None) -> str:
    lines: list[str] = []
    for block in blocks if blocks is not None else resume_blocks(document, options.sections):
        if isinstance(block, Header):
            lines.append(f"# {_inline(block.name or 'Resume')}")
            if block.label:
                lines += ["", f"**{_inline(block.label)}**"]
            if block.contacts:
                lines += ["", _inline(" · ".join(block.contacts))]
        elif isinstance(block, Heading):
            lines += ["", f"## {block.title}", ""]
        elif isinstance(block, Line):
            label = f"**{_inline(block.label)}:** " if block.label and block.text else ""
            lines += [f"{label}{_paragraph(block.text or block.label)}", ""]
        elif isinstance(block, Entry):
            if block.title:
                lines.append(f"### {_inline(block.title)}")
            if block.subtitle:
                lines.append(f"*{_inline(block.subtitle)}*")
            lines.append("")
            for detail in block.details:
                lines += [_paragraph(detail), ""]
            lines += [f"- {_inline(bullet)}" for bullet in block.bullets]
            if block.bullets:
                lines.append("")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def render_text(document: dict, options: ExportOptions, *, blocks: list | None = None) -> str:
    lines: list[str] = []
    for block in blocks if blocks is not None else resume_blocks(document, options.sections):
        if isinstance(block, Header):
            lines += [
                line for line in (block.name, block.label, " | ".join(block.contacts)) if line
            ]
        elif isinstance(block, Heading):
            lines += ["", block.title.upper(), "-" * len(block.title)]
        elif isinstance(block, Line):
            lines.append(
                f"{block.label}: {block.text}"
                if block.label and block.text
                else block.label or block.text
            )
        elif isinstance(block, Entry):
            lines += [line for line in (block.title, block.subtitle) if line]
            lines += block.details
            lines += ["  - " + bullet.replace("\n", "\n    ") for bullet in block.bullets]
            lines.append("")
    return "\n".join(lines).strip() + "\n"


def render_html(document: dict, options: ExportOptions, *, blocks: list | None = None) -> str:
    """A standalone HTML page (Django template, so every user string is escaped)."""
    blocks = blocks if blocks is not None else resume_blocks(document, options.sections)
    header = blocks[0]
    kinds = {Header: "header", Heading: "heading", Line: "line", Entry: "entry"}
    return render_to_string(
        "exports/resume_export.html",
        {
            "header": header,
            "blocks": [(kinds[type(block)], block) for block in blocks[1:]],
            "style": options.style,
            "serif": options.style["font"] == "serif",
        },
    )
