"""What the parser was unsure of, so the review screen can ask about those fields only.

The rules look at the document the parser produced: a job with no employer,
title or dates, a school with no name, a field that reads like a sentence
(a body line taken for a header) or looks cut or mixed up (leading punctuation,
an unclosed bracket, a year, a list), dates in the wrong order, a name that is
not one. Each doubt names the section, the entry and the field, and says in
plain words what to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

SECTION_NAMES = {"basics": "Contact", "work": "Experience", "education": "Education"}


@dataclass(frozen=True)
class Doubt:
    section: str  # "basics", "work" or "education"
    index: int | None  # the entry in the section; None for basics
    field: str  # the JSON Resume field to check
    message: str

    @property
    def where(self) -> str:
        name = SECTION_NAMES[self.section]
        return name if self.index is None else f"{name} {self.index + 1}"


def _sentence_like(value: Any) -> bool:
    text = str(value or "")
    return len(text.split()) > 8 or (len(text.split()) > 3 and text.rstrip().endswith("."))


_LEADING_JUNK = ":;,.|/\\-–—)]}•*·"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _oddity(value: Any) -> str | None:
    """What makes a header field look misread, in words; None if nothing does.

    A field that starts with punctuation was cut from a labelled line (": Developer");
    an unclosed bracket was cut mid-phrase ("Amdocs (Israel"); a year belongs in the
    dates; three or more items separated by commas are a list (of skills, say).
    """
    text = str(value or "").strip()
    if not text:
        return None
    if text[0] in _LEADING_JUNK:
        return f"starts with “{text[0]}”"
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return "looks cut off at a bracket"
    if _YEAR.search(text):
        return "has a date in it"
    if text.count(",") >= 2:
        return "reads like a list"
    return None


# Small words a proper name may hold in lower case, in the languages schools are named in.
_NAME_LINKS = {"of", "and", "the", "for", "in", "at", "on", "de", "del", "la", "le", "des"}
_NAME_LINKS |= {"du", "di", "da", "do", "dos", "y", "e", "et", "und", "der", "für", "im", "&"}


def _proper_name(value: Any) -> bool:
    """'Moscow State Institute of Radio Engineering, Electronics and Automation (Technical
    University)': every word capitalised or a linking word is a long name, not a sentence."""
    # The parser's lexicon, imported here: every URL check (forms import this module) would
    # otherwise load the whole parsing package.
    from resumeopt.importers.parsing.lexicon import names_institution

    text = str(value or "")
    words = re.sub(r"[()\[\],]", " ", text).split()
    # A list of skills is capitalised too, but has neither linking words nor a school.
    linked = any(word.lower() in _NAME_LINKS for word in words) or names_institution(text)
    return linked and all(
        not word[0].isalpha() or word[0].isupper() or word.lower() in _NAME_LINKS for word in words
    )


def _check_field(
    doubts: list[Doubt],
    section: str,
    index: int | None,
    entry: dict[str, Any],
    field: str,
    label: str,
    missing: str | None,
    *,
    long_names: bool = False,
) -> None:
    """`long_names`: the field is a name that may run long (a school's), with commas."""
    value = entry.get(field)
    named = long_names and _proper_name(value) and not str(value).rstrip().endswith(".")
    if not value:
        if missing:
            doubts.append(Doubt(section, index, field, missing))
    elif _sentence_like(value) and not named:
        doubts.append(Doubt(section, index, field, f"{label} reads like a sentence: “{value}”."))
    elif (reason := _oddity(value)) and not (named and reason == "reads like a list"):
        doubts.append(Doubt(section, index, field, f"{label} {reason}: “{value}”."))


def _dates_reversed(entry: dict[str, Any]) -> bool:
    start, end = str(entry.get("startDate") or ""), str(entry.get("endDate") or "")
    return bool(start and end) and end[: len(start)] < start[: len(end)]


def find_doubts(document: dict[str, Any]) -> list[Doubt]:
    doubts: list[Doubt] = []
    basics = document.get("basics") or {}
    if not basics.get("name"):
        doubts.append(Doubt("basics", None, "name", "No name was found."))
    elif re.search(r"[\d@:|/]", basics["name"]) or len(basics["name"].split()) > 5:
        doubts.append(
            Doubt(
                "basics", None, "name", f"The name does not read like a name: “{basics['name']}”."
            )
        )
    if not basics.get("email"):
        doubts.append(Doubt("basics", None, "email", "No email address was found."))
    for index, job in enumerate(document.get("work") or []):
        _check_field(doubts, "work", index, job, "name", "The employer", "No employer was found.")
        _check_field(
            doubts, "work", index, job, "position", "The job title", "No job title was found."
        )
        if not job.get("startDate"):
            doubts.append(Doubt("work", index, "startDate", "No dates were found."))
        elif _dates_reversed(job):
            doubts.append(Doubt("work", index, "endDate", "The end date is before the start date."))
    for index, school in enumerate(document.get("education") or []):
        _check_field(
            doubts,
            "education",
            index,
            school,
            "institution",
            "The school",
            "No school was found.",
            long_names=True,
        )
        _check_field(doubts, "education", index, school, "studyType", "The degree", None)
        if _dates_reversed(school):
            doubts.append(
                Doubt("education", index, "endDate", "The end date is before the start date.")
            )
    return doubts


# --- Where each entry came from -------------------------------------------------------
#
# The parser returns the document, not which lines made each entry. The review screen
# shows those lines beside a doubtful entry, and the model is sent only them, so they
# are found again here from what the parse returns: an entry starts at the first line
# (after the previous entry's start) that holds one of its values, and runs on while
# lines nearby hold its values or its years, up to where the next entry starts.

SOURCE_SECTIONS = ("work", "education")
MAX_SOURCE_LINES = 10
HEADER_LINES = 4
_NEARBY = 2  # lines between two lines of one entry, at most
_VALUE_KEYS = {
    "work": ("position", "name", "location", "summary", "highlights"),
    "education": ("institution", "area", "studyType", "score", "courses"),
}


def _folded(text: Any) -> str:
    return " ".join(str(text or "").lower().split())


def _values(section: str, entry: dict[str, Any]) -> list[str]:
    values: list[str] = []
    for key in _VALUE_KEYS[section]:
        value = entry.get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and len(_folded(item)) >= 3:
                values.append(_folded(item))
    return values


def _years(entry: dict[str, Any]) -> list[str]:
    return [str(entry[key])[:4] for key in ("startDate", "endDate") if entry.get(key)]


def _holds(line: str, values: list[str]) -> bool:
    """The line states one of the values, or is a long enough piece of one (a wrapped bullet)."""
    for value in values:
        if value in line:
            return True
        if line in value and (len(line) >= 25 or len(line) * 2 >= len(value)):
            return True
    return False


def entry_sources(document: dict[str, Any], lines: list[str]) -> dict[str, list[str]]:
    """The source lines of each work and education entry, by path ("work/0"), and the header.

    Best effort: an entry none of whose values stand in the lines has no sources.
    """
    folded = [_folded(line) for line in lines]
    found: list[tuple[str, int, dict[str, Any], int]] = []  # section, index, entry, first line
    for section in SOURCE_SECTIONS:
        after = 0
        for index, entry in enumerate(document.get(section) or []):
            if not isinstance(entry, dict):
                continue
            start = _first_line(folded, after, _values(section, entry), _years(entry))
            if start is not None:
                found.append((section, index, entry, start))
                after = start + 1
    # An entry's lines end where any other entry's begin, whatever its section.
    starts = sorted({start for *_, start in found})
    sources: dict[str, list[str]] = {}
    header_end = starts[0] if starts else len(lines)
    header = [line.strip() for line in lines[:header_end] if line.strip()][:HEADER_LINES]
    if header:
        sources["basics"] = header
    for section, index, entry, start in found:
        limit = next((other for other in starts if other > start), len(lines))
        end = _last_line(folded, start, limit, _values(section, entry), _years(entry))
        block = [line.strip() for line in lines[start : end + 1] if line.strip()]
        sources[f"{section}/{index}"] = block[:MAX_SOURCE_LINES]
    return sources


def _first_line(folded: list[str], after: int, values: list[str], years: list[str]) -> int | None:
    for index in range(after, len(folded)):
        if folded[index] and _holds(folded[index], values):
            return index
    if not values:  # an entry with dates only: its first line with one of its years
        for index in range(after, len(folded)):
            if any(year in folded[index] for year in years):
                return index
    return None


def _last_line(
    folded: list[str], start: int, limit: int, values: list[str], years: list[str]
) -> int:
    last = start
    for index in range(start + 1, min(limit, start + MAX_SOURCE_LINES)):
        if index - last > _NEARBY + 1:
            break
        line = folded[index]
        if line and (_holds(line, values) or any(year in line for year in years)):
            last = index
    return last
