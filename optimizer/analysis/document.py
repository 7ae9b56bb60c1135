"""The parts of a JSON Resume document the checks read, each with its path.

Built once per analysis, so every check walks the same small structure and
never has to guess at the document's shape (analysis must not raise on any
document, however odd).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from optimizer.analysis import language
from resumeopt.dates import is_present, to_month_index

TEXT_SECTIONS = ("work", "volunteer", "projects")


@dataclass(frozen=True)
class Text:
    """One piece of prose: a bullet, a summary, a description."""

    text: str
    section: str
    path: str
    entry: int | None
    field: str
    bullet: int | None = None
    current: bool = False  # belongs to a role with no end date

    @property
    def words(self) -> tuple[str, ...]:
        """Its words (`language.words`), read once for all the checks that go word by word."""
        return language.text_words(self.text)


@dataclass(frozen=True)
class Role:
    """A work (or volunteer) entry with its dates as month numbers."""

    section: str
    index: int
    path: str
    title: str
    start: int | None
    end: int | None  # None: current
    start_text: str
    end_text: str
    bullets: tuple[Text, ...]

    @property
    def current(self) -> bool:
        return self.start is not None and self.end is None


@dataclass
class ResumeText:
    document: dict[str, Any]
    basics: dict[str, Any]
    bullets: list[Text] = field(default_factory=list)
    prose: list[Text] = field(default_factory=list)  # summaries and descriptions
    roles: list[Role] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)  # (path, value)
    all_text: list[Text] = field(default_factory=list)  # every user-written string

    @cached_property
    def total_words(self) -> int:
        """Every word a reader sees: all sections, contact details and dates included.
        Counted once for the length checks and the page estimate."""
        return sum(
            _words_in(value)
            for key, value in self.document.items()
            if key not in ("meta", "$schema")
        )

    @cached_property
    def all_text_lower(self) -> str:
        """Every user-written string in lower case, one a line: for checks that first ask
        whether a phrase occurs at all, before looking for it text by text."""
        return "\n".join(text.text.lower() for text in self.all_text)


def _words_in(value: Any) -> int:
    if isinstance(value, str):
        return language.word_count(value)
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, list):
        return 0
    total = 0
    for item in value:
        if isinstance(item, str):
            total += language.word_count(item)
        elif isinstance(item, (dict, list)):
            total += _words_in(item)
    return total


def _string(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _entries(document: dict[str, Any], section: str) -> list[tuple[int, dict[str, Any]]]:
    value = document.get(section)
    if not isinstance(value, list):
        return []
    return [(index, entry) for index, entry in enumerate(value) if isinstance(entry, dict)]


def read_document(document: Any) -> ResumeText:
    """Everything the checks need, from any JSON value (never raises)."""
    if not isinstance(document, dict):
        document = {}
    basics = document.get("basics") if isinstance(document.get("basics"), dict) else {}
    resume = ResumeText(document=document, basics=basics)

    summary = _string(basics.get("summary"))
    if summary.strip():
        resume.prose.append(Text(summary, "basics", "basics/summary", None, "summary"))

    for section in TEXT_SECTIONS:
        for index, entry in _entries(document, section):
            end = _string(entry.get("endDate"))
            current = bool(entry.get("startDate")) and (not end or is_present(end))
            entry_bullets = []
            highlights = entry.get("highlights")
            if isinstance(highlights, list):
                for number, item in enumerate(highlights):
                    if isinstance(item, str) and item.strip():
                        entry_bullets.append(
                            Text(
                                item,
                                section,
                                f"{section}/{index}/highlights/{number}",
                                index,
                                "highlights",
                                number,
                                current,
                            )
                        )
            resume.bullets.extend(entry_bullets)
            for key in ("summary", "description"):
                text = _string(entry.get(key))
                if text.strip():
                    resume.prose.append(
                        Text(text, section, f"{section}/{index}/{key}", index, key, None, current)
                    )
            if section in ("work", "volunteer"):
                start_text, end_text = (
                    _string(entry.get("startDate")),
                    _string(entry.get("endDate")),
                )
                title = (
                    _string(entry.get("position"))
                    or _string(entry.get("name"))
                    or _string(entry.get("organization"))
                )
                resume.roles.append(
                    Role(
                        section,
                        index,
                        f"{section}/{index}",
                        title,
                        to_month_index(start_text or None),
                        to_month_index(end_text or None),
                        start_text,
                        end_text,
                        tuple(entry_bullets),
                    )
                )

    for section in (
        "work",
        "volunteer",
        "education",
        "projects",
        "awards",
        "certificates",
        "publications",
    ):
        for index, entry in _entries(document, section):
            for key in ("startDate", "endDate", "date", "releaseDate"):
                value = _string(entry.get(key))
                if value:
                    resume.dates.append((f"{section}/{index}/{key}", value))

    resume.all_text = [*resume.prose, *resume.bullets]
    for key in ("name", "label"):
        value = _string(basics.get(key))
        if value:
            resume.all_text.append(Text(value, "basics", f"basics/{key}", None, key))
    return resume
