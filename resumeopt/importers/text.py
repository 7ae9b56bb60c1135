"""Plain text and Markdown -> lines, for the parser (`parsing/`).

PDF and DOCX readers hand over `Line`s with hints their format knows (a
Heading style, a list paragraph, larger bold text); pasted text and Markdown
become lines here.
"""

from __future__ import annotations

import re

from resumeopt.dates import find_date_range
from resumeopt.importers.parsing.lexicon import read_location
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
    if not markdown:
        raw = read_columns(raw)
    lines: list[Line] = []
    for index, source in enumerate(raw):
        stripped = source.strip()
        if markdown:
            if re.fullmatch(r"(?:[-*_]\s*){3,}", stripped):
                lines.append(Line(""))
                continue
            if re.fullmatch(r"=+|-+", stripped) and lines and lines[-1].text and len(stripped) >= 3:
                lines[-1].heading = True  # setext heading underline
                lines[-1].level = 1 if stripped[0] == "=" else 2
                continue
            heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", stripped)
            if heading:
                title = _strip_markdown(heading[2])
                lines.append(Line(title, heading=True, level=len(heading[1])))
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


def read_columns(raw: list[str], *, nested: bool = False) -> list[str]:
    """Columns of pasted text, set side by side with spaces: the left one, then the right
    (two, or more where each side's own gaps line up).

    Found where several lines hold text only at one start position far right and
    others hold text on both sides of it; right-aligned dates or places beside a
    header (a tab stop, not a column) and a column of dates on the left are left alone.
    """
    lines = [line.expandtabs(8).rstrip() for line in raw]
    column = _column_start(lines, nested=nested)
    if column is None:
        return raw
    # A row of the right column has a gap before it ("Registered Nurse | Critical Care"
    # above the columns only happens to have a space there).
    # Nor does it open with a separator: "jane@mail.com  |  +44 ..." is one contact line
    # whose pipe happens to stand where the column starts.
    region = [
        i
        for i, line in enumerate(lines)
        if len(line) > column and _gap_before(line, column) and line[column] not in "|·•"
    ]
    # One side of columns found already is columns from its top to its bottom.
    first, last = (0, len(lines) - 1) if nested else (region[0], region[-1])
    # The left column may run on below the right one's last line.
    while last + 1 < len(lines) and lines[last + 1].strip() and len(lines[last + 1]) < column:
        last += 1
    inside = lines[first : last + 1]
    if any(len(line) > column and line[column - 1] != " " for line in inside):
        return raw  # text runs across the gap: not two columns
    # Each side may hold columns of its own ("CONTACT   EXPERIENCE   EDUCATION"): the gaps
    # of a third column line up inside it, so each side is read the same way again.
    left = read_columns([line[:column].rstrip() for line in inside], nested=True)
    right = read_columns([line[column:].rstrip() for line in inside], nested=True)
    right = [text.strip() for text in right]
    filled_left = [text.strip() for text in left if text.strip()]
    filled_right = [text for text in right if text]
    dated = sum(
        bool(find_date_range(text) or read_location(text)) and len(text.split()) <= 5
        for text in filled_right
    )
    left_dates = sum(bool(find_date_range(text)) and len(text.split()) <= 4 for text in filled_left)
    if dated * 2 >= len(filled_right) or left_dates * 2 >= len(filled_left):
        return raw
    return [*raw[:first], *(text.strip() for text in left), "", *right, *raw[last + 1 :]]


def _gap_before(line: str, column: int) -> bool:
    """Is the text at `column` set apart from any text left of it by two spaces or more?"""
    return line[column - 1] == " " and (column < 2 or line[column - 2] == " ")


def _column_start(lines: list[str], *, nested: bool = False) -> int | None:
    """The start of a right column: where text resumes after a wide gap on many lines.

    Inside one side of columns already found (`nested`), a column of its own need not
    run on alone below its neighbour's lines: gaps lined up on three rows are enough.
    """
    alone: dict[int, int] = {}
    beside: dict[int, int] = {}
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if indent >= 20 and line.strip():
            alone[indent] = alone.get(indent, 0) + 1
        for gap in re.finditer(r"\S( {3,})(?=\S)", line):
            start = gap.end()
            if start >= 20:
                beside[start] = beside.get(start, 0) + 1
    for start, count in sorted(alone.items(), key=lambda item: -item[1]):
        if count >= 2 and beside.get(start, 0) >= 3:
            return start
    if nested:
        lined_up = [start for start, count in beside.items() if count >= 3]
        return max(lined_up, key=beside.__getitem__) if lined_up else None
    return None
