"""Education entries from their section's lines."""

from __future__ import annotations

import re
from typing import Any

from resumeopt.importers.parsing.entries import education_entries, is_job
from resumeopt.importers.parsing.fields import apply_dates, campus_name, header_parts
from resumeopt.importers.parsing.lexicon import (
    degree_in,
    names_institution,
    qualification_words,
    read_location,
    vocabulary,
)
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.lists import list_items
from resumeopt.importers.parsing.patterns import GPA_RE


def parse_education(
    lines: list[Line],
) -> tuple[list[dict[str, Any]], list[str], list[Line]]:
    """Education entries, unplaced lines, and the lines of jobs found under the heading."""
    results: list[dict[str, Any]] = []
    unsorted: list[str] = []
    institution_words = vocabulary()["institution_words"]
    jobs: list[Line] = []
    for raw in education_entries(lines):
        if is_job(raw):
            # A dated job under an Education heading (a misplaced or missing heading).
            jobs.extend(
                [
                    *(Line(text) for text in raw.header),
                    *(Line(text, bullet=bullet) for text, bullet in raw.items),
                    Line(""),
                ]
            )
            continue
        segments, dates = header_parts(raw.header)
        entry: dict[str, Any] = {}
        leftovers = []
        previous = ""  # what the segment before this one was taken as
        for segment in segments:
            if (
                previous == "institution"
                and campus_name(segment)
                and "," not in entry["institution"]
            ):
                # "University of California, Davis": the comma is part of the name.
                entry["institution"] += f", {segment}"
                continue
            previous = ""
            gpa = GPA_RE.search(segment)
            if gpa and "score" not in entry:
                entry["score"] = f"{gpa[1].strip()} GPA"
                segment = (segment[: gpa.start()] + segment[gpa.end() :]).strip(" ,;")
                if not segment:
                    continue
            lowered = {word.lower().strip(",.") for word in segment.split()}
            degree = degree_in(segment)
            if read_location(segment) and "location" not in entry:
                entry["location"] = segment
            elif (
                "institution" not in entry
                and lowered & institution_words
                and not (degree and degree.start() == 0)
            ):
                entry["institution"] = segment
                previous = "institution"
            elif degree and "studyType" not in entry:
                entry["studyType"] = degree[0].strip()
                area = segment[degree.end() :].strip(" ,:-–")
                area = re.sub(r"^(?:in|of)\s+", "", area, flags=re.I)
                if area:
                    entry["area"] = area
            else:
                leftovers.append(segment)
        for segment in leftovers:
            if "institution" not in entry:
                entry["institution"] = segment
            elif "studyType" in entry and "area" not in entry:
                entry["area"] = re.sub(r"^(?:in|of)\s+", "", segment, flags=re.I)
            elif (
                "studyType" not in entry and "area" not in entry and _ends_in_qualification(segment)
            ):
                entry["area"] = segment  # "Information Systems engineer", read below
            else:
                unsorted.append(segment)
        if "studyType" not in entry:
            _take_qualification(entry)
        apply_dates(entry, dates)
        for text, _ in raw.items:
            courses = re.match(
                r"^(?:relevant\s+)?(?:course\s?work|courses|modules)\s*:\s*(.+)$", text, re.I
            )
            gpa = GPA_RE.search(text)
            if courses:
                entry.setdefault("courses", []).extend(list_items(courses[1]))
            elif gpa and "score" not in entry:
                entry["score"] = f"{gpa[1].strip()} GPA"
            else:
                unsorted.append(f"{entry.get('institution', 'Education')}: {text}")
        if entry:
            results.append(entry)
    return results, unsorted, jobs


def _ends_in_qualification(segment: str) -> bool:
    words = segment.split()
    return len(words) >= 2 and words[-1].lower().strip(".") in qualification_words()


def _take_qualification(entry: dict[str, Any]) -> None:
    """'Engineer Ural State University' or an area 'Information Systems engineer': a degree's name."""
    words = qualification_words()
    first, _, rest = entry.get("institution", "").partition(" ")
    if first.lower() in words and rest[:1].isupper() and names_institution(rest):
        entry["studyType"], entry["institution"] = first, rest
        return
    *field_words, last = entry.get("area", "").split() or [""]
    if field_words and last.lower().strip(".") in words:
        entry["studyType"] = last.strip(".").capitalize()
        entry["area"] = " ".join(field_words)
