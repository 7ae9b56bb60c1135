"""Stage 1: lines -> sections, at the headings (`headings.py` knows their names)."""

from __future__ import annotations

from resumeopt.dates import find_date_range
from resumeopt.importers.headings import glued_heading, heading_key, heading_section
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.patterns import BULLET_RE, EMAIL_RE, INLINE_HEADING_RE

ENTRY_SECTIONS = ("work", "volunteer", "education", "projects")


# Headings that may open a section inline ("Skills: ...") right after an entry.
MAIN_HEADINGS = {
    "experience",
    "work experience",
    "education",
    "skills",
    "technical skills",
    "languages",
    "certifications",
    "certificates",
    "awards",
    "projects",
    "interests",
    "hobbies",
    "references",
    "summary",
}


def split_sections(lines: list[Line]) -> list[tuple[str | None, str, list[Line]]]:
    """[(section, heading text, lines)], the first
    being ("header", "", lines before any heading)."""
    blocks: list[tuple[str | None, str, list[Line]]] = [("header", "", [])]
    current: str | None = "header"
    for line in lines:
        text = line.text.strip()
        if not text:
            blocks[-1][2].append(Line(""))
            continue
        known, section = heading_section(text)
        words = len(text.split())
        spaced_out = all(len(word) == 1 for word in text.split())
        # "honors)" or "projects." is the end of a sentence, not a heading.
        plausible = line.heading or not (text[0].islower() or text.endswith((".", ")", ",")))
        if known and plausible and (words <= 7 or spaced_out) and not BULLET_RE.match(text):
            blocks.append((section, text.strip(" :"), []))
            current = section
            continue
        glued = None if BULLET_RE.match(text) else glued_heading(text)
        if glued:
            section, heading_text, rest = glued
            if section != current:
                blocks.append((section, heading_text, []))
                current = section
            blocks[-1][2].append(Line(rest, bullet=line.bullet))
            continue
        # An unknown heading opens a section of its own only where it cannot be an
        # entry's header (Markdown "### Engineer - Acme" inside Experience) or a skill group.
        previous_blank = not blocks[-1][2] or not blocks[-1][2][-1].text.strip()
        caps_after_gap = (
            is_caps_heading(text)
            and words <= 3
            and previous_blank
            and any(entry.text.strip() for entry in blocks[-1][2])
        )
        # Capitals after a gap are a heading, except in entry sections where
        # employers and schools are often written in capitals ("IBM").
        opens_section = (line.heading and current in ("header", None, "summary")) or (
            caps_after_gap and current not in ENTRY_SECTIONS
        )
        in_place = current != "header" or (blocks[0][2] and is_caps_heading(text))
        if opens_section and in_place and words <= 5 and not EMAIL_RE.search(text):
            blocks.append((None, text.strip(" :"), []))
            current = None
            continue
        inline = INLINE_HEADING_RE.match(text)
        after_gap = previous_blank
        allowed = current not in (*ENTRY_SECTIONS, "skills", "interests") or (
            current in ("work", "volunteer", "education") and after_gap
        )
        if inline and allowed:
            known, section = heading_section(inline[1])
            # In an entry, "Technologies: ..." or "Tools: ..." is a detail of the entry.
            detail = current in ENTRY_SECTIONS and heading_key(inline[1]) not in MAIN_HEADINGS
            if known and section != current and not detail:
                blocks.append((section, inline[1], [Line(inline[2], bullet=line.bullet)]))
                current = section
                continue
        blocks[-1][2].append(Line(line.text, bullet=line.bullet))
    return blocks


def undeclared_work(blocks: list[tuple[str | None, str, list[Line]]]) -> list:
    """Jobs written after the summary with no Experience heading become the work section.

    From the line before the first dated line (its employer or title), when at
    least two lines below the top carry a month or a date range.
    """
    header = blocks[0][2]
    filled = [index for index, line in enumerate(header) if line.text.strip()]
    dated = [
        index
        for index in filled[3:]
        if (found := find_date_range(header[index].text))
        and ("-" in found.start or found.end or found.current)
        and len(header[index].text.split()) <= 12
    ]
    if len(dated) < 2:
        return blocks
    start = dated[0]
    before = [index for index in filled if index < start]
    if before:
        previous = header[before[-1]].text.strip()
        if len(previous.split()) <= 6 and not previous.endswith((".", ":")):
            start = before[-1]
    return [("header", "", header[:start]), ("work", "", header[start:]), *blocks[1:]]


# Sections a flattened two-column page may interleave with the Experience column.
SIDE_SECTIONS = ("summary", "skills", "languages", "interests")


def reclaim_jobs(blocks: list[tuple[str | None, str, list[Line]]]) -> list:
    """Jobs below a side column's heading go back to the work section above it.

    A flattened two-column page puts "Profile" or "Languages" from the side column
    between two jobs; the jobs right after it are cut off at the line before the first
    short dated line ("Samsung | 2019 - 2022"), which opens the next job.
    """
    result: list = []
    previous = None
    for section, heading, lines in blocks:
        after_work, previous = previous == "work", section
        start = _first_job_line(lines) if after_work and section in SIDE_SECTIONS else None
        if start is None:
            result.append((section, heading, lines))
            continue
        if any(line.text.strip() for line in lines[:start]):
            result.append((section, heading, lines[:start]))
        result.append(("work", heading, lines[start:]))
    return result


def _first_job_line(lines: list[Line]) -> int | None:
    filled = [index for index, line in enumerate(lines) if line.text.strip()]
    for position, index in enumerate(filled):
        text = lines[index].text.strip()
        found = find_date_range(text)
        if not found or not (found.end or found.current) or len(text.split()) > 10:
            continue
        if position == 0:
            return index
        previous = lines[filled[position - 1]].text.strip()
        short = len(previous.split()) <= 6 and not previous.endswith((".", ",", ":"))
        return filled[position - 1] if short else index
    return None


def is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        bool(letters) and all(c.isupper() for c in letters) and not any(c.isdigit() for c in text)
    )
