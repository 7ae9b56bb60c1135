"""Stage 0b: a sidebar interleaved with the jobs, moved out of their flow.

Text copied from a PDF set in two columns (and a Word file a converter made from
it line by line) keeps no columns: the viewer gives lines by their baselines, so
a sidebar set with other spacing than the jobs interleaves with them line by
line, and a line of each column on one baseline becomes one row ("Make  NT
Progress:", "Machine Learning Engineer Intern Prometheus,"). Read as it is, the
section a sidebar heading opens swallows the jobs that follow it.

The page shows itself by its headings: a job column's heading and a sidebar
section's side by side on one row ("Experience Skills") or one right under the
other with nothing between ("WORK EXPERIENCE" / "SKILLS"). From there each line
is the sidebar's when its shape and words are a sidebar's: a short list item
("- CSS", "Kafka, Docker,"), a skill group's label ("Databases:"), a language
with its level ("English (C1)"), a contact detail, items the vocabulary names
as skills, an item after a list left open by a comma, or a short item set
between two pieces of one sentence of the other column; a row holding a piece
of each column is cut where the sidebar's piece ends. The sidebar's lines are
moved after the other column's, under their headings, so the sections read each
column whole. Nothing moves unless sidebar lines are found between the other
column's lines in two places at least: an interleaving, not two sections one
after the other.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from resumeopt.dates import find_date_range
from resumeopt.importers.headings import heading_sections, main_section
from resumeopt.importers.parsing.lexicon import (
    country_code,
    degree_in,
    employer_score,
    lone_city,
    names_institution,
    names_language,
    read_location,
    role_score,
    title_cut_at_head,
    vocabulary,
)
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.patterns import BULLET_RE, EMAIL_RE, PHONE_RE, URL_RE

SIDEBAR_FILE = Path(__file__).parent.parent / "data" / "sidebar.json"

# Sections a page's main column holds, and those a sidebar holds.
MAIN_SECTIONS = {"work", "volunteer", "projects"}
SIDE_SECTIONS = {"skills", "languages", "contact", "interests", "certificates"}
# A heading for a sidebar section the row named beside the main column's heading.
SIDE_HEADINGS = {
    "skills": "Skills",
    "languages": "Languages",
    "contact": "Contact",
    "interests": "Interests",
    "certificates": "Certificates",
    "education": "Education",
}
# A sidebar item is a few words; its list's items fewer.
MAX_ITEM_WORDS = 4
MAX_LIST_ITEM_WORDS = 3
MAX_LIST_WORDS = 6
# Sidebar lines found between the other column's in this many places make the layout.
MIN_INTERLEAVED_RUNS = 2
MIN_SIDE_LINES = 3
MIN_CUT_ROWS = 2
# What shows a page's columns (see `_columns_start`).
BESIDE, GAPS, AMONG_JOBS = "beside", "gaps", "among jobs"
MAX_DATE_LINE_WORDS = 8
_GAP = re.compile(r"\s{2,}")
# "São Paulo, SP", "Pune, MH": a town and its state's letters, not a list of two items.
_PLACE_WITH_REGION = re.compile(r"[A-ZÀ-Ý][^,]*,\s*[A-Z]{2}")
_SENTENCE_END = (".", ";", ":", "!", "?")
# "Glovo, Barcelona", "Indra Sistemas, Madrid": an employer's name, then its town.
_NAME_AND_TOWN = re.compile(
    r"[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}, [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}"
)
_LEVEL_IN_BRACKETS = re.compile(r"[^\W\d_]+\s*\([^)]*\),?")
# Marks that open a line of the other column: its bullets and arrows.
_BULLET_MARKS = set("•·▪●◦‣■➢➤►>-–—*")


@cache
def sidebar_words() -> dict[str, frozenset[str]]:
    data = json.loads(SIDEBAR_FILE.read_text(encoding="utf-8"))
    keys = ("group_labels", "skills", "language_levels", "job_detail_labels")
    return {key: frozenset(data[key]) for key in keys}


def sidebar_apart(lines: list[Line]) -> list[Line]:
    """The lines with an interleaved sidebar's moved after the other column's, under their
    headings; unchanged when the page has no such sidebar."""
    start = _columns_start(lines)
    if start is None:
        return lines
    index, skip, side_section, evidence = start
    reader = _Columns(side_section)
    rest = lines[index + 1 + skip :]
    for line, following in zip(rest, _next_texts(rest), strict=True):
        reader.read(line, following)
    reader.settle()
    shown = {
        BESIDE: True,
        GAPS: reader.cut_rows >= MIN_CUT_ROWS,
        AMONG_JOBS: reader.jobs_beside_sidebar,
    }[evidence]
    if not shown or not reader.interleaved():
        return lines
    main_lines = [line for line, side, _ in reader.placed if not side]
    return [*lines[: index + 1], *main_lines, Line(""), *reader.side_block()]


def _next_texts(lines: list[Line]) -> list[str]:
    """For each line, the next line's text that is not blank ("" for none): found in one pass
    from the end, as looking ahead from every line took time in the square of the blank
    lines between (a page of 100,000 empty lines)."""
    following = []
    upcoming = ""
    for line in reversed(lines):
        following.append(upcoming)
        upcoming = line.text.strip() or upcoming
    return following[::-1]


def _columns_start(lines: list[Line]) -> tuple[int, int, str, str] | None:
    """(index of the main column's heading, lines after it to skip, the sidebar's first
    section, what shows the columns) where the page's columns open: the two columns'
    headings on one row or one under the other (BESIDE), else the first heading of a job
    column with rows cut by a gap (GAPS) or a sidebar heading among its jobs (AMONG_JOBS)."""
    texts = [line.text.strip() for line in lines]
    first_main = None
    for index, text in enumerate(texts):
        if not _may_be_heading(text):
            continue
        sections = heading_sections(text)
        mains = [section for section in sections if section in MAIN_SECTIONS]
        sides = [section for section in sections if section in SIDE_HEADINGS]
        if len(sections) == 2 and mains and sides:
            return index, 0, sides[0], BESIDE
        if len(sections) != 1:
            continue
        following = next(
            (position for position in range(index + 1, len(texts)) if texts[position]), None
        )
        if first_main is None and mains:
            first_main = index
        if following is None or len(texts[following].split()) > 5:
            continue
        after = heading_sections(texts[following])
        pair = {sections[0], *after}
        side = pair & set(SIDE_HEADINGS)
        if len(after) == 1 and len(pair) == 2 and pair & MAIN_SECTIONS and side:
            if sections[0] in side:
                return None  # the sidebar's heading printed first: read as it comes
            return index, following - index, side.pop(), BESIDE
    if first_main is None:
        return None
    # With no sidebar heading beside it, rows cut by a gap can show the layout, or a
    # sidebar's heading set among the jobs (the jobs must go on after it).
    gapped = 0
    for text in texts[first_main + 1 :]:
        parts = [part for part in _GAP.split(text) if part]
        gapped += len(parts) == 2 and any(_strong_item(part) for part in parts)
    if gapped >= MIN_CUT_ROWS:
        return first_main, 0, "skills", GAPS
    for text in texts[first_main + 1 :]:
        sections = heading_sections(text) if _may_be_heading(text) else []
        if len(sections) == 1 and sections[0] in SIDE_SECTIONS:
            return first_main, 0, sections[0], AMONG_JOBS
        if len(sections) == 1 and sections[0] not in MAIN_SECTIONS:
            break
    return None


def _languages_listed(text: str) -> bool:
    """'English, Tamil, Hindi': two languages or more, listed."""
    items = [item.strip() for item in re.split(r"[,;/]", text) if item.strip()]
    return len(items) >= 2 and all(names_language(item) for item in items)


def _side_heading_piece(text: str) -> bool:
    """'LANGUAGES', 'Certifications': a sidebar section's heading, alone in its column."""
    sections = heading_sections(text) if _may_be_heading(text) else []
    return len(sections) == 1 and sections[0] in SIDE_HEADINGS


def _may_be_heading(text: str) -> bool:
    """A short line of words alone, as headings are (cheap, before looking the words up)."""
    return (
        bool(text)
        and len(text.split()) <= 7
        and text[0].isalpha()
        and not text.endswith((".", ",", ";"))
        and not any(character.isdigit() or character == "@" for character in text)
    )


@dataclass
class _Columns:
    """Lines read in turn and placed in the main column or the sidebar."""

    side_section: str
    placed: list[tuple[Line, bool, int]] = field(default_factory=list)
    # The sidebar's headings in the order the sidebar gives them.
    sections: list[tuple[str, list[Line]]] = field(default_factory=list)
    list_open: bool = False
    cut_rows: int = 0  # rows set apart by a gap into a sidebar's item and the other column's
    jobs_beside_sidebar: bool = False

    def __post_init__(self) -> None:
        self.sections.append((SIDE_HEADINGS[self.side_section], []))

    def read(self, line: Line, following: str) -> None:
        text = line.text.strip()
        if not text:
            self.placed.append((Line(""), False, 0))
            return
        if title_cut_at_head(text, _GAP.split(following.strip())[0]):
            # "Software" / "Developer": a title wrapped by the narrow column, no heading.
            self._place(line, False)
            return
        heading = self._heading(text, following)
        if heading is not None:
            main_heading, side_heading = heading
            if side_heading:
                self.sections.append((side_heading, []))
                self.list_open = False
            if main_heading == text:
                self.placed.append((line, False, 0))
            elif main_heading:
                self.placed.append((Line(main_heading, heading=True), False, 0))
            return
        parts = [part.strip() for part in _GAP.split(text) if part.strip()]
        if len(parts) == 2 and _side_heading_piece(parts[1]):
            # "Data Engineer        LANGUAGES": the sidebar's next heading beside a job's row;
            # the row's other piece is the job column's.
            self.sections.append((parts[1], []))
            self.list_open = False
            self._place(Line(parts[0], bullet=line.bullet), False)
            return
        glued = _glued_main_heading(text)
        if glued:
            heading_text, text = glued
            self.placed.append((Line(heading_text, heading=True), False, 0))
        elif side_glued := _glued_side_heading(text):
            # "SKILLS As a member of ...": the sidebar's heading on the other column's row.
            heading_text, text = side_glued
            self.sections.append((heading_text, []))
            self.list_open = False
        for piece, side in self._pieces(text, following):
            self._place(Line(piece, bullet=line.bullet and not side), side)

    def _place(self, line: Line, side: bool) -> None:
        self.placed.append((line, side, len(self.sections) - 1))
        text = line.text.strip()
        if (
            not side
            and len(self.sections) > 1
            and (role_score(text) >= 3 or (find_date_range(text) and len(text.split()) <= 6))
        ):
            self.jobs_beside_sidebar = True  # a job's title or dates after a sidebar heading
        if side:
            self.list_open = line.text.rstrip().endswith(",")

    def _heading(self, text: str, following: str) -> tuple[str, str] | None:
        """(main column's heading, sidebar's heading) for a heading line, else None.

        Education is the sidebar's when the sidebar opened with it, or when a job's title
        follows its heading (the job column goes on beside it)."""
        if len(text.split()) > 7 or BULLET_RE.match(text) or text.endswith((".", ",")):
            return None
        sections = heading_sections(text)
        if not sections:
            return None
        if text.endswith(":") and self.sections[-1][0] == "Skills" and len(sections) == 1:
            return None  # "Languages:" in a skills column labels a group of skills
        education_aside = self.side_section == "education" or (
            role_score(following) >= 3 and not degree_in(following)
        )
        sides = {"education"} if education_aside else set()
        side_names = [
            section for section in sections if section in SIDE_SECTIONS or section in sides
        ]
        mains = [section for section in sections if section not in side_names]
        main_text = text if mains else ""
        if mains and len(sections) > 1:
            main_text = SIDE_HEADINGS.get(main_section(mains)) or text
        side_text = text if side_names and not mains else ""
        if side_names and mains:
            side_text = SIDE_HEADINGS[side_names[0]]
        return main_text, side_text

    def _pieces(self, text: str, following: str) -> list[tuple[str, bool]]:
        """The row's pieces, each with whether it is the sidebar's."""
        # A dash alone across a gap marks the other column's empty place.
        parts = [part for part in _GAP.split(text) if any(char.isalnum() for char in part)]
        text = "  ".join(parts)
        if len(parts) == 2:
            sides = [self._is_side(part, following) for part in parts]
            if sides[0] != sides[1]:
                self.cut_rows += any(_strong_item(part) for part in parts)
                return list(zip(parts, sides, strict=True))
        contact = _glued_contact(text)
        if contact:
            return contact
        if self._is_side(text, following):
            return [(text, True)]
        cut = _glued_item(text)
        if not cut and self._takes_address():
            cut = _glued_address(text)
        if not cut and self._in_side_education():
            cut = _glued_school(text)
        if cut:
            return cut
        return [(text, False)]

    def _takes_address(self) -> bool:
        """A sidebar's contact block gives one address: the first place while it is open."""
        heading, _ = self.sections[-1]
        if heading_sections(heading) != ["contact"]:
            return False
        index = len(self.sections) - 1
        return not any(
            side and at == index and _is_place(line.text) for line, side, at in self.placed
        )

    def _in_side_education(self) -> bool:
        return heading_sections(self.sections[-1][0]) == ["education"]

    def _is_side(self, text: str, following: str) -> bool:
        """A sidebar item, or a short item after a list left open by a comma unless the
        next line is the sidebar's (then the list goes on there, and this is the other
        column's: 'Linux/Bash, Docker,' / 'RingCentral' / 'SQL'). A line right above a
        date range is a job's header ('Advalange, Moscow' / 'JULY 2019 - APRIL 2020')
        unless only a sidebar can hold it. A title's first words above its head word are
        the job column's ('Data' / 'Scientist'), skills though they may be."""
        if title_cut_at_head(text, _GAP.split(following.strip())[0]):
            return False
        if _strong_item(text) or _language_with_level(text) or _labelled_list(text):
            return True
        if _languages_listed(text):
            return True  # "English, Tamil, Hindi": only a sidebar holds a list of languages
        # A degree beside the jobs is the sidebar's; a school alone on its line may be an
        # employer (people work at colleges), so only one joined to a job's row moves.
        if self._in_side_education() and degree_in(text) and _names_study(text):
            return True
        if self._takes_address() and _is_place(text):
            return True
        if find_date_range(following) and len(following.split()) <= MAX_DATE_LINE_WORDS:
            return False
        if is_sidebar_item(text):
            return True
        return self.list_open and _continues_list(text) and not is_sidebar_item(following)

    def settle(self) -> None:
        """A short item after a sentence of the main column left unfinished is the
        sidebar's when the sentence goes on after it ("... and developing" / "Kafka" /
        "business features") or sidebar lines stand on both sides of it."""
        texts = [line.text.strip() for line, _, _ in self.placed]
        filled = [index for index, text in enumerate(texts) if text]
        self._schools_beside_degrees(texts, filled)
        main = [index for index in filled if not self.placed[index][1]]
        for before, middle, after in zip(main, main[1:], main[2:], strict=False):
            previous, text, following = texts[before], texts[middle], texts[after]
            place = filled.index(middle)
            neighbours = filled[place - 1 : place + 2 : 2] if place else []
            # A piece starting in lower case goes on with the sentence; a heading is not an item.
            between_sidebar = (
                len(neighbours) == 2
                and all(self.placed[index][1] for index in neighbours)
                and not text[:1].islower()
            )
            if self.placed[middle][0].heading or heading_sections(text):
                continue
            if (
                len(text.split()) <= MAX_ITEM_WORDS
                and len(previous.split()) >= 5
                and not previous.endswith(_SENTENCE_END)
                and not _date_only(previous)
                and (following[:1].islower() or between_sidebar)
                and not find_date_range(text)
                and role_score(text) < 3
                and not text.endswith(_SENTENCE_END)
            ):
                line, _, section = self.placed[middle]
                self.placed[middle] = (line, True, section)

    def _schools_beside_degrees(self, texts: list[str], filled: list[int]) -> None:
        """A school alone on its line stays with the jobs (people work at colleges), unless
        the sidebar's degree stands a line or two from it under the sidebar's Education:
        'University of Lagos' / 'Dangote Cement' / 'B.Sc. Accounting'."""
        for place, index in enumerate(filled):
            line, side, section = self.placed[index]
            text = texts[index]
            if side or heading_sections(self.sections[section][0]) != ["education"]:
                continue
            if not (names_institution(text) and _names_study(text)) or degree_in(text):
                continue
            near = [*filled[max(0, place - 2) : place], *filled[place + 1 : place + 3]]
            if any(
                self.placed[other][1]
                and self.placed[other][2] == section
                and degree_in(texts[other])
                for other in near
            ):
                self.placed[index] = (line, True, section)
        # The school's years right under its degree, above the job's own: "B.Sc. Accounting"
        # / "Lagos" / "2010 – 2014" / "2018 – Present".
        for place, index in enumerate(filled[:-1]):
            line, side, section = self.placed[index]
            if side or heading_sections(self.sections[section][0]) != ["education"]:
                continue
            later = [other for other in filled[place + 1 :] if not self.placed[other][1]]
            above = filled[max(0, place - 2) : place]
            if (
                _date_only(texts[index])
                and later
                and _date_only(texts[later[0]])
                and any(self.placed[other][1] and _names_study(texts[other]) for other in above)
            ):
                self.placed[index] = (line, True, section)

    def interleaved(self) -> bool:
        """Sidebar lines between the main column's in two places at least."""
        flags = [side for line, side, _ in self.placed if line.text.strip()]
        if sum(flags) < MIN_SIDE_LINES or all(flags):
            return False
        last_main = max(index for index, side in enumerate(flags) if not side)
        first_main = flags.index(False)
        runs = sum(
            1
            for index, side in enumerate(flags)
            if side and first_main < index < last_main and not flags[index - 1]
        )
        return runs >= MIN_INTERLEAVED_RUNS

    def side_block(self) -> list[Line]:
        """The sidebar's lines under their headings, each under the last one before it."""
        result: list[Line] = []
        for index, (heading, _) in enumerate(self.sections):
            lines = [line for line, side, at in self.placed if side and at == index]
            if lines:
                result += [Line(heading, heading=True), *lines, Line("")]
        return result


def _date_only(text: str) -> bool:
    found = find_date_range(text)
    return bool(found) and len(text.strip(" ()-–—|,")) - len(found.text) <= 2


def _is_place(text: str) -> bool:
    """'Lagos, Nigeria', 'São Paulo, SP': a place alone on its line."""
    text = text.strip()
    return len(text.split()) <= MAX_ITEM_WORDS and bool(
        read_location(text) or _PLACE_WITH_REGION.fullmatch(text)
    )


def _names_study(text: str) -> bool:
    """A school or a degree, as a sidebar's education lists them."""
    return (
        len(text.split()) <= MAX_LIST_WORDS + 2
        and (names_institution(text) or bool(degree_in(text)))
        and role_score(text) < 3
        and not text.endswith(_SENTENCE_END)
    )


def _glued_school(text: str) -> list[tuple[str, bool]] | None:
    """'... high quality designs. SV College': a sentence of the job column ending where
    the sidebar's school is joined to its row."""
    words = text.split()
    for size in range(MAX_ITEM_WORDS, 0, -1):
        tail, rest = " ".join(words[-size:]), " ".join(words[:-size])
        if rest.endswith(_SENTENCE_END) and len(words) > size + 2 and _names_study(tail):
            return [(rest, False), (tail, True)]
    return None


def _glued_main_heading(text: str) -> tuple[str, str] | None:
    """('Other projects', 'Saint-Petersburg Academic') for the job column's heading joined
    to the sidebar's line on its row."""
    words = text.split()
    for size in range(min(3, len(words) - 1), 0, -1):
        if len(words) - size > MAX_ITEM_WORDS or not all(
            word[:1].isupper() for word in words[size:]
        ):
            continue
        head, rest = " ".join(words[:size]), " ".join(words[size:])
        sections = heading_sections(head)
        if len(sections) == 1 and sections[0] in MAIN_SECTIONS:
            return head, rest
    return None


def is_sidebar_item(text: str) -> bool:
    """Whether a line reads as a sidebar's: a skill group's label, a language and its level,
    a contact detail, a short bulleted or comma-separated list of items, or items the
    vocabulary names as skills."""
    text = text.strip()
    words = text.split()
    if not words or find_date_range(text):
        return False
    vocabulary = sidebar_words()
    if len(words) <= 3 and text.rstrip(":").lower() in vocabulary["group_labels"]:
        return text.endswith(":") or len(words) >= 2 or text.istitle()
    if _language_with_level(text) or _labelled_list(text):
        return True
    if len(words) <= MAX_ITEM_WORDS and (
        EMAIL_RE.search(text) or URL_RE.fullmatch(text) or PHONE_RE.fullmatch(text)
    ):
        return True
    bullet = BULLET_RE.match(text)
    if bullet:
        item = text[bullet.end() :].strip()
        return (
            0 < len(item.split()) <= MAX_LIST_ITEM_WORDS
            and not item.endswith(_SENTENCE_END)
            and role_score(item) < 3
            and not read_location(item)
        )
    if len(words) > MAX_LIST_WORDS or text.endswith(_SENTENCE_END):
        return False
    items = [item.strip() for item in re.split(r"[,;/]", text) if item.strip()]
    if items and all(_skill(item) for item in items):
        return True
    # A list's items are set apart by a comma and a space ("VK,Remote" is a name and a place).
    listed = bool(re.search(r",(?:\s|$)", text)) and not re.search(r",\S", text)
    listed = listed and len(items) >= 1 + (not text.endswith(","))
    # A bracket left open is a sentence's piece ("of deployment (Designing, HLD, Estimates,");
    # an item ending in a country is a place ("Telemessage, Petah-Tikva Israel").
    return (
        listed
        and text.count("(") == text.count(")")
        and all(len(item.split()) <= MAX_LIST_ITEM_WORDS for item in items)
        and not _is_place(text.rstrip(","))
        and not any(
            role_score(item) >= 3
            or employer_score(item)
            or names_institution(item)
            or country_code(item.split()[-1])
            for item in items
        )
    )


def _labelled_list(text: str) -> bool:
    """'Front-end: HTML, CSS(SASS),', 'CMS: WordPress': a group of skills under its label."""
    label, colon, items = text.partition(":")
    if not colon or not 0 < len(label.split()) <= MAX_LIST_ITEM_WORDS:
        return False
    key = label.strip().lower()
    if key in vocabulary()["field_labels"] or (
        items.strip() and key in sidebar_words()["job_detail_labels"]
    ):
        return False  # "Company: Acme", "Tech stack: Unity3D, C#": a job's own details
    if not items.strip():
        parts = re.split(r"\s+(?:and|&)\s+|\s*[,/]\s*", label.strip().lower())
        return all(part in sidebar_words()["group_labels"] for part in parts)
    listed = [item.strip() for item in re.split(r"[,;]", items) if item.strip()]
    return (
        any(character.isalnum() for character in items)
        and len(items.split()) <= MAX_LIST_WORDS
        and not items.rstrip().endswith(".")
        and all(len(item.split()) <= MAX_LIST_ITEM_WORDS for item in listed)
        and not find_date_range(items)
    )


def _skill(item: str) -> bool:
    key = re.sub(r"\s*\([^)]*\)", "", item).strip(" .").lower()
    return key in sidebar_words()["skills"]


def names_skill(item: str) -> bool:
    """'Power BI', 'Kubernetes': a skill a sidebar lists, by the sidebar's vocabulary."""
    return _skill(item)


def _language_with_level(text: str) -> bool:
    """'English (C1)', 'Russian - native', 'German (native),', 'Kazakh'."""
    text = text.strip().rstrip(",;")
    match = re.fullmatch(r"([^\W\d_]+)\s*(?:\(([^)]*)\)|[:–—-]\s*(.+))?", text)
    if not match or not names_language(match[1]):
        return False
    level = (match[2] or match[3] or "").strip().lower()
    levels = sidebar_words()["language_levels"]
    return not level or any(part.strip() in levels for part in re.split(r"[,/;]", level))


def _continues_list(text: str) -> bool:
    """A short item after a list left open by a comma ('Kafka, Docker,' / 'Kubernetes')."""
    words = text.split()
    return (
        len(words) <= MAX_LIST_ITEM_WORDS
        and not text.endswith(_SENTENCE_END)
        and not find_date_range(text)
        and not read_location(text)
        and role_score(text) < 3
        and not employer_score(text)
        and not BULLET_RE.match(text)
    )


def _glued_item(text: str) -> list[tuple[str, bool]] | None:
    """A row of the main column with a sidebar item joined to its start or end by a single
    space: 'Programming languages Design and ...', '... Engineer Intern Prometheus,',
    '... in a couple of projects. - HTML'."""
    words = text.split()
    if len(words) < 4:
        return None
    for size in range(MAX_ITEM_WORDS, 0, -1):
        head, rest = " ".join(words[:size]), " ".join(words[size:])
        # The head is a group's label, or an item before the other column's bullet.
        item = _strong_item(head) or _language_with_level(head)
        opens = _group_label(head) or (item and rest[:1] in _BULLET_MARKS)
        # "English (C1) Junior Web Developer", "Docker, Kubernetes Glovo, Barcelona": a
        # language with its level, or a list of skills, before a job's title or employer.
        opens = opens or (
            item and (_LEVEL_IN_BRACKETS.fullmatch(head) or ("," in head and _names_job(rest)))
        )
        if opens and len(words) - size >= 2 and not _strong_item(rest):
            return [(head, True), (rest, False)]
    for size in range(MAX_ITEM_WORDS, 0, -1):
        tail, rest = " ".join(words[-size:]), " ".join(words[:-size])
        ends_sentence = rest.endswith(_SENTENCE_END)
        if (
            _strong_item(tail)
            and (tail.endswith(",") or ends_sentence or _language_with_level(tail))
            and not _strong_item(rest)
        ):
            return [(rest, False), (tail, True)]
    return None


def _names_job(text: str) -> bool:
    """A job's title, its dates, or its employer and town: the other column's header."""
    return bool(
        role_score(text) >= 3
        or find_date_range(text)
        or employer_score(text)
        or _NAME_AND_TOWN.fullmatch(text)
    )


def _glued_side_heading(text: str) -> tuple[str, str] | None:
    """('SKILLS', 'As a member of ...') for a sidebar's heading in capitals joined to the
    start of the other column's row."""
    words = text.split()
    for size in range(min(3, len(words) - 3), 0, -1):
        head, rest = " ".join(words[:size]), " ".join(words[size:])
        if not head.isupper() or not (rest[:1].isupper() or rest[:1] in _BULLET_MARKS):
            continue
        sections = heading_sections(head)
        if len(sections) == 1 and sections[0] in SIDE_SECTIONS and not heading_sections(rest):
            return head, rest
    return None


def _glued_contact(text: str) -> list[tuple[str, bool]] | None:
    """A contact detail opening the other column's row: 'jane@mail.com Senior Developer',
    '+34 611 555 207 Cabify, Madrid', 'linkedin.com/in/jane Built the ...'."""
    first, _, rest = text.partition(" ")
    if EMAIL_RE.fullmatch(first.rstrip(",;")) or URL_RE.fullmatch(first.rstrip(",;")):
        return [(first, True), (rest, False)] if len(rest.split()) >= 2 else None
    phone = PHONE_RE.match(text)
    # "2015 - 2017 Sales Lead" opens with a job's dates, not a phone number.
    if phone and (sum(c.isdigit() for c in phone[0]) < 7 or find_date_range(phone[0])):
        phone = None
    rest = text[phone.end() :].strip() if phone else ""
    if phone and rest[:1].isalpha() and len(rest.split()) >= 2:
        return [(phone[0], True), (rest, False)]
    return None


def _glued_address(text: str) -> list[tuple[str, bool]] | None:
    """('Madrid, Spain', 'Jan 2021 - Present'): the contact block's town on the row of a
    job's dates."""
    found = find_date_range(text)
    head = text[: found.begin].strip() if found else ""
    # A town alone ("Hamburg 10/2020 – heute") when a list knows it and it is no word.
    place = (_is_place(head) and "," in head) or bool(lone_city(head))
    if head and place and _date_only(text[found.begin :]):
        return [(head, True), (text[found.begin :].strip(), False)]
    return None


def _group_label(text: str) -> bool:
    """'Databases:', 'Programming languages': a skills column's label."""
    label = text.strip().rstrip(":").lower()
    return label in sidebar_words()["group_labels"] and (text.endswith(":") or " " in label)


def _strong_item(text: str) -> bool:
    """A piece that can only be a sidebar's: a group label, a language with a level, a
    dashed item or skills the vocabulary names."""
    text = text.strip()
    if _group_label(text):
        return True
    if re.fullmatch(r"[^\W\d_]+\s*\([^)]*\),?", text) and _language_with_level(text):
        return True
    bullet = BULLET_RE.match(text)
    if bullet:
        text = text[bullet.end() :]
    items = [item.strip() for item in re.split(r"[,;/]", text) if item.strip()]
    return bool(items) and all(_skill(item) for item in items)
