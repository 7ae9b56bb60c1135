"""What the parser was unsure of, so the review screen can ask about those fields only.

The rules look at the document the parser produced: a job with no employer,
title or dates, a school with no name, a field that reads like a sentence
(a body line taken for a header). Each doubt names the section, the entry
and the field, and says in plain words what to check.
"""

from __future__ import annotations

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


def find_doubts(document: dict[str, Any]) -> list[Doubt]:
    doubts: list[Doubt] = []
    basics = document.get("basics") or {}
    if not basics.get("name"):
        doubts.append(Doubt("basics", None, "name", "No name was found."))
    if not basics.get("email"):
        doubts.append(Doubt("basics", None, "email", "No email address was found."))
    for index, job in enumerate(document.get("work") or []):
        for field, missing, odd in (
            ("name", "No employer was found", "The employer reads like a sentence"),
            ("position", "No job title was found", "The job title reads like a sentence"),
        ):
            if not job.get(field):
                doubts.append(Doubt("work", index, field, f"{missing}."))
            elif _sentence_like(job[field]):
                doubts.append(Doubt("work", index, field, f"{odd}: “{job[field]}”."))
        if not job.get("startDate"):
            doubts.append(Doubt("work", index, "startDate", "No dates were found."))
    for index, school in enumerate(document.get("education") or []):
        if not school.get("institution"):
            doubts.append(Doubt("education", index, "institution", "No school was found."))
        elif _sentence_like(school["institution"]):
            doubts.append(
                Doubt(
                    "education",
                    index,
                    "institution",
                    f"The school reads like a sentence: “{school['institution']}”.",
                )
            )
    return doubts
