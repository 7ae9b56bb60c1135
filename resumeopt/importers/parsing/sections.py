"""Stage 1: lines -> sections, at the headings (`headings.py` knows their names)."""

from __future__ import annotations

from resumeopt.dates import find_date_range
from resumeopt.importers.headings import glued_heading, heading_key, heading_section
from resumeopt.importers.parsing.certificates import looks_like_certificate
from resumeopt.importers.parsing.lexicon import employer_score, names_grade, names_language
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.patterns import BULLET_RE, EMAIL_RE, INLINE_HEADING_RE, URL_RE

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

# First words of the labels a job's body is divided by ("Responsibilities and Experience:",
# "Key achievements:", "Tools and experience:", "Projects:"); some end in a heading's word.
JOB_LABEL_WORDS = {
    "responsibilities",
    "duties",
    "tasks",
    "achievements",
    "accomplishments",
    "results",
    "tools",
    "technologies",
    "environment",
    "projects",
    "project",
}
# The labels of what a job achieved or asked, written without a colon inside it.
JOB_RESULT_WORDS = {"achievements", "accomplishments", "results", "responsibilities", "duties"}
# Leading words that qualify a label ("Key achievements", "Main responsibilities").
LABEL_QUALIFIERS = {"key", "main", "major", "my", "selected", "notable"}


def split_sections(lines: list[Line]) -> list[tuple[str | None, str, list[Line]]]:
    """[(section, heading text, lines)], the first
    being ("header", "", lines before any heading)."""
    blocks: list[tuple[str | None, str, list[Line]]] = [("header", "", [])]
    current: str | None = "header"
    opened_at = 0  # the Markdown depth of the heading that opened the current section
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            blocks[-1][2].append(Line(""))
            continue
        known, section = heading_section(text)
        if known and current == "header" and _titles_the_page(text, blocks[0][2]):
            continue
        words = len(text.split())
        spaced_out = all(len(word) == 1 for word in text.split())
        # "honors)" or "projects." is the end of a sentence, not a heading.
        plausible = line.heading or not (text[0].islower() or text.endswith((".", ")", ",")))
        if known and current in ("work", "volunteer") and is_job_label(text, blocks[-1][2]):
            known = False
        if (
            known
            and current in ("work", "volunteer")
            and achievements_of_job(text, blocks[-1][2], lines[index + 1 :])
        ):
            known = False
        if known and current == "education" and not line.heading and names_grade(text):
            known = False  # "Distinction" under a degree is its grade, not the Awards heading
        if known and side_heading_inside_job(section, current, blocks[-1][2], lines[index + 1 :]):
            # The side column's heading only: its lines come later, between the job's.
            continue
        if known and current in ENTRY_SECTIONS and 0 < opened_at < line.level:
            # "### Teaching" under "## Experience": a group of its jobs, as "### Teaching
            # Positions" is, not a section of its own.
            section = current
        if known and plausible and (words <= 7 or spaced_out) and not BULLET_RE.match(text):
            blocks.append((section, text.strip(" :"), []))
            opened_at = line.level if section != current else opened_at
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
        # In a list of certifications, capitals are the credentials ("PMP", "ACLS").
        credential = current == "certificates" and looks_like_certificate(text)
        opens_section = (line.heading and current in ("header", None, "summary")) or (
            caps_after_gap and current not in ENTRY_SECTIONS and not credential
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
            # "Projects: Core banking" right under a job's dates: what that job worked on.
            detail = detail or (
                current in ("work", "volunteer") and _under_dated_header(blocks[-1][2])
            )
            if known and section != current and not detail:
                blocks.append((section, inline[1], [Line(inline[2], bullet=line.bullet)]))
                current = section
                continue
        blocks[-1][2].append(Line(line.text, bullet=line.bullet))
    return blocks


# "RESUME" over the name: the page's title. It is also the French heading of a summary
# ("Résumé"), which comes after the name, never before it.
_PAGE_TITLES = frozenset({"resume", "résumé", "my resume"})


def _titles_the_page(text: str, header: list[Line]) -> bool:
    return heading_key(text) in _PAGE_TITLES and not any(line.text.strip() for line in header)


def is_job_label(text: str, block: list[Line]) -> bool:
    """Whether a heading-like line is a label in the body of the job above it.

    "Responsibilities and Experience:" or "Key achievements:" right below a job's
    lines divide that job; a section heading is a name of its own, not a label led
    by a job's word, and is set in capitals or after a gap.
    """
    if not text.endswith(":") or is_caps_heading(text) or not block or not block[-1].text.strip():
        return False
    key_words = heading_key(text).split()
    while key_words and key_words[0] in LABEL_QUALIFIERS:
        key_words = key_words[1:]
    return bool(key_words) and key_words[0] in JOB_LABEL_WORDS and len(key_words) <= 4


def achievements_of_job(text: str, block: list[Line], following: list[Line]) -> bool:
    """Whether "Key achievements" (no colon: a bold line, a Markdown one, capitals) under a
    job is that job's block: a label ("Achievements", "Key achievements", "Main
    responsibilities") right under the job's dated header, or after the job's lines with
    its bullets followed by more dated jobs before any other heading."""
    words = heading_key(text).split()
    key_words = words
    while key_words and key_words[0] in LABEL_QUALIFIERS:
        key_words = key_words[1:]
    if text.endswith(":") or not 1 <= len(key_words) <= 3:
        return False
    # "PROJECTS & ACTIVITIES" in capitals is a section; "KEY ACHIEVEMENTS" is a job's.
    qualified = len(key_words) < len(words)
    if key_words[0] not in JOB_RESULT_WORDS or (is_caps_heading(text) and not qualified):
        return False
    if not any(line.text.strip() for line in block):
        return False
    if block[-1].text.strip() and any(_is_dated_header(line.text.strip()) for line in block[-2:]):
        return True  # right under the job's dated header, with no gap between
    for line in following[:40]:
        body = line.text.strip()
        if not body or line.bullet or BULLET_RE.match(body):
            continue
        if heading_section(body)[0]:
            return False  # the next heading comes before any other job
        if _is_dated_header(body):
            return True
    return False


# Headings of a side column that a flattened page may set between a job's header lines.
SIDE_COLUMN_SECTIONS = ("languages", "skills", "interests")


def side_heading_inside_job(
    section: str | None, current: str | None, block: list[Line], following: list[Line]
) -> bool:
    """Whether a side column's heading fell between a job's header lines.

    A two-column page flattened to text can put "Languages" right after a job's
    dated title, before its employer. What follows it tells: language names open
    the Languages section; a company or a dated line is the job's own.
    """
    if section not in SIDE_COLUMN_SECTIONS or current not in ("work", "volunteer"):
        return False
    if not block or not _is_dated_header(block[-1].text.strip()):
        return False
    after = next((line.text.strip() for line in following if line.text.strip()), "")
    if not after or BULLET_RE.match(after):
        return False
    if section == "languages" and names_language(after):
        return False
    return _is_dated_header(after) or _names_company(after)


def _under_dated_header(block: list[Line]) -> bool:
    """Is the block's last line, blank lines aside, a job's date line (its header's end)?"""
    filled = [line.text.strip() for line in block if line.text.strip()]
    return bool(filled) and _is_dated_header(filled[-1])


def _is_dated_header(text: str) -> bool:
    found = find_date_range(text)
    return bool(found and (found.end or found.current)) and len(text.split()) <= 12


def _names_company(text: str) -> bool:
    """'Gemotest laboratory, www.gemotest.ru' or 'Acme Ltd': a short line naming a company."""
    name = text.split(",")[0].strip()
    short = 0 < len(name.split()) <= 5 and name[:1].isupper()
    return short and (employer_score(name) > 0 or bool(URL_RE.search(text)))


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
        # Headings set side by side ("EXPERIENCE" then "SKILLS" with nothing between):
        # the jobs are all below the second, and the first may be open ("Sep 2019").
        open_ended = after_work and not any(line.text.strip() for line in result[-1][2])
        start = (
            _first_job_line(lines, open_ended) if after_work and section in SIDE_SECTIONS else None
        )
        if start is None:
            result.append((section, heading, lines))
            continue
        if any(line.text.strip() for line in lines[:start]):
            result.append((section, heading, lines[:start]))
        result.append(("work", heading, lines[start:]))
    return result


def _first_job_line(lines: list[Line], open_ended: bool = False) -> int | None:
    filled = [index for index, line in enumerate(lines) if line.text.strip()]
    for position, index in enumerate(filled):
        text = lines[index].text.strip()
        found = find_date_range(text)
        ended = found and (found.end or found.current or (open_ended and "-" in found.start))
        if not ended or len(text.split()) > 10:
            continue
        if position == 0:
            return index
        previous = lines[filled[position - 1]].text.strip()
        # A title or an employer, not a list of skills ("Python, Django, PostgreSQL").
        short = (
            len(previous.split()) <= 6
            and not previous.endswith((".", ",", ":"))
            and previous.count(",") < 2
        )
        return filled[position - 1] if short else index
    return None


def is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        bool(letters) and all(c.isupper() for c in letters) and not any(c.isdigit() for c in text)
    )
