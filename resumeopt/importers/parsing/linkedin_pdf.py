"""The Experience section of a LinkedIn profile saved as PDF.

LinkedIn writes every role the same way: the company, then (only when several roles
were held there) the total time at it ("8 years 7 months"), then each role's title,
its dates with their length ("June 2018 - January 2022 (3 years 8 months)"), its
place, and any description. A role may have no description at all, so the lines
between two roles cannot be told apart by their shape alone; the layout's own rules
can: a company that had one role is always followed by another company, and a company
with several roles is always followed by its total time.
"""

from __future__ import annotations

import re
from typing import Any

from resumeopt.dates import find_date_range
from resumeopt.importers.parsing.entries import is_date_only
from resumeopt.importers.parsing.fields import apply_dates
from resumeopt.importers.parsing.lexicon import read_location, vocabulary
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.patterns import BULLET_RE

# The length LinkedIn prints after a role's dates and under a company with several
# roles, in the languages of its exports: "3 years 8 months", "1 yr 2 mos", "2 años".
_YEARS = r"years?|yrs?|años?|ans?|jahre?n?|anos?|anni|anno|lat|lata|rok|roku"
_MONTHS = r"months?|mos?|meses|mes|mois|monate?n?|mesi|mese|miesiące|miesięcy|miesiąc"
_LENGTH = (
    rf"(?:\d+\s*(?:{_YEARS})(?:\s+\d+\s*(?:{_MONTHS}))?|\d+\s*(?:{_MONTHS})"
    r"|less than a year|menos de un año|moins d'un an|weniger als ein jahr)"
)
LENGTH_RE = re.compile(rf"\(?\s*{_LENGTH}\s*\)?", re.IGNORECASE)
_DATES_WITH_LENGTH = re.compile(rf"(.+?)\s*(?:\(\s*{_LENGTH}\s*\)|[·•]\s*{_LENGTH})", re.I)


def _role_dates(text: str) -> bool:
    """'February 2022 - Present (2 years 2 months)': a range, then its length."""
    match = _DATES_WITH_LENGTH.fullmatch(text)
    return bool(match and find_date_range(match[1]) and is_date_only(match[1]))


def _reads_as_place(text: str) -> bool:
    """'Redwood City, California' or 'San Francisco Bay Area': a place line under the dates."""
    if read_location(text) or re.fullmatch(r"(?:Greater\s+)?[A-Z][\w .'-]* Area", text):
        return True
    words = text.replace(",", " ").split()
    return (
        "," in text
        and len(words) <= 7
        and all(word[:1].isupper() for word in words)
        and not re.search(r"[\d.;:]", text)
    )


def _names_company(text: str) -> bool:
    """A line that can be a company's name: short, not a sentence, not a place or a bullet."""
    return (
        len(text.split()) <= 6
        and text[:1].isupper()
        and not text.endswith((".", ",", ";", ":"))
        and not BULLET_RE.match(text)
        and not _reads_as_place(text)
    )


def linkedin_roles(lines: list[Line]) -> tuple[list[dict[str, Any]], list[str]] | None:
    """Work entries and unplaced lines from a LinkedIn Experience section, or None when
    the section is not written so (its date lines carry no length)."""
    texts = [line.text.strip() for line in lines if line.text.strip()]
    anchors = [index for index, text in enumerate(texts) if _role_dates(text)]
    dated = [index for index, text in enumerate(texts) if is_date_only(text)]
    if not anchors or anchors[0] == 0 or set(dated) - set(anchors):
        return None
    roles: list[dict[str, Any]] = []
    bodies: list[list[str]] = []
    unsorted: list[str] = []
    company, several = "", False
    for number, anchor in enumerate(anchors):
        start = anchors[number - 1] + 1 if number else 0
        before = texts[start : anchor - 1]
        if (named := _company_then_kind(texts[anchor - 1])) and anchor - 2 >= start:
            # The profile's page copied as text puts the title first, then "Aldi UK ·
            # Full-time", then the dates with their length.
            (bodies[-1] if bodies else unsorted).extend(texts[start : anchor - 2])
            roles.append({"position": texts[anchor - 2], "name": named})
            found = find_date_range(texts[anchor])
            if found:
                apply_dates(roles[-1], {"start": found.start, "end": found.end})
            bodies.append([])
            company, several = "", False
            continue
        if len(before) >= 2 and LENGTH_RE.fullmatch(before[-1]):
            company, several = before[-2], True
            before = before[:-2]
        elif before and (not number or not several or _names_company(before[-1])):
            # After a company with one role comes another company, never its second role.
            company, several = before[-1], False
            before = before[:-1]
        elif not number:
            company = ""
        (bodies[-1] if bodies else unsorted).extend(before)
        role: dict[str, Any] = {"position": texts[anchor - 1]}
        if company:
            role["name"] = company
        found = find_date_range(texts[anchor])
        if found:
            apply_dates(role, {"start": found.start, "end": found.end})
        roles.append(role)
        bodies.append([])
    bodies[-1].extend(texts[anchors[-1] + 1 :])
    for role, body in zip(roles, bodies, strict=True):
        if body and _reads_as_place(body[0]):
            role["location"] = body.pop(0)
        _describe(role, body)
    return roles, unsorted


def _company_then_kind(text: str) -> str:
    """'Aldi UK · Full-time' -> 'Aldi UK': the employer and how the job was held."""
    parts = re.split(r"\s+[·•]\s+", text)
    kinds = vocabulary()["employment_types"]
    return parts[0] if len(parts) == 2 and parts[1].lower() in kinds else ""


def _describe(role: dict[str, Any], body: list[str]) -> None:
    """A role's description: its bullets as highlights (wrapped lines joined back), or
    its prose as the summary."""
    if not body:
        return
    if not any(BULLET_RE.match(text) for text in body):
        role["summary"] = " ".join(body)
        return
    highlights: list[str] = []
    for text in body:
        if bullet := BULLET_RE.match(text):
            highlights.append(text[bullet.end() :].strip())
        elif highlights:
            highlights[-1] = f"{highlights[-1]} {text}"
        else:
            role["summary"] = text
    role["highlights"] = highlights
