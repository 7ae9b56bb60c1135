"""Plain text and Markdown -> lines, for the parser (`parsing/`).

PDF and DOCX readers hand over `Line`s with hints their format knows (a
Heading style, a list paragraph, larger bold text); pasted text and Markdown
become lines here.
"""

from __future__ import annotations

import re

from resumeopt.importers.parsing.lines import Line, normalize

__all__ = ["Line", "decode_text", "lines_from_text", "looks_like_markdown", "normalize"]


def decode_text(data: bytes) -> str:
    """Text files in the encodings resumes come in, BOMs included."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def looks_like_markdown(text: str) -> bool:
    return bool(
        re.search(r"^#{1,6}\s+\S", text, re.MULTILINE)
        or re.search(r"\*\*[^*\n]+\*\*", text)
        or re.search(r"\[[^\]\n]+\]\([^)\s]+\)", text)
    )


def lines_from_text(text: str, *, markdown: bool = False) -> list[Line]:
    """Split plain text or Markdown into lines, noting Markdown headings and list items."""
    raw = normalize(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines: list[Line] = []
    for index, source in enumerate(raw):
        stripped = source.strip()
        if markdown:
            if re.fullmatch(r"(?:[-*_]\s*){3,}", stripped):
                lines.append(Line(""))
                continue
            if re.fullmatch(r"=+|-+", stripped) and lines and lines[-1].text and len(stripped) >= 3:
                lines[-1].heading = True  # setext heading underline
                continue
            heading = re.match(r"^#{1,6}\s+(.*?)\s*#*$", stripped)
            if heading:
                lines.append(Line(_strip_markdown(heading[1]), heading=True))
                continue
            bullet = re.match(r"^[-*+]\s+(.*)$", stripped)
            if bullet:
                lines.append(Line(_strip_markdown(bullet[1]), bullet=True))
                continue
            lines.append(Line(_strip_markdown(stripped)))
        elif re.fullmatch(r"=+|-{3,}|_{3,}", stripped) and index and raw[index - 1].strip():
            lines[-1].heading = True
        else:
            lines.append(Line(source.rstrip()))
    return lines


def _strip_markdown(text: str) -> str:
    def link(match: re.Match) -> str:
        label, url = match[1].strip(), match[2].strip()
        if url.startswith("mailto:"):
            return label if "@" in label else url.removeprefix("mailto:")
        return url if label.lower().rstrip("/") in url.lower() or not label else f"{label} ({url})"

    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\(([^)\s]+)\)", link, text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])[*_](\S[^*_]*?)[*_](?![\w*])", r"\1", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    return text.replace("\\", "").strip()
