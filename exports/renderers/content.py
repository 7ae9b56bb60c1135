"""What an exported resume says, in reading order, before any format lays it out.

Every renderer (PDF, DOCX, Markdown, text, HTML) turns the same list of blocks
into its format, so every export carries the same words in the same order:
the header (name, headline, contact details in the body, never in a page
header), then each included section under a standard heading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from resumeopt.dates import format_date, format_range

# Standard headings an ATS recognises, and the usual order.
HEADINGS = {
    "summary": "Summary",
    "work": "Experience",
    "education": "Education",
    "skills": "Skills",
    "projects": "Projects",
    "certificates": "Certifications",
    "awards": "Awards",
    "publications": "Publications",
    "volunteer": "Volunteering",
    "languages": "Languages",
    "interests": "Interests",
    "references": "References",
}
DEFAULT_ORDER = tuple(HEADINGS)


@dataclass
class Header:
    name: str
    label: str
    contacts: list[str]


@dataclass
class Heading:
    title: str


@dataclass
class Entry:
    title: str
    subtitle: str = ""
    details: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)


@dataclass
class Line:
    text: str
    label: str = ""  # shown bold before the text ("Languages: Python, Go")
    # The text lists items parted by commas ("Spring MVC, Docker"): a page that wraps it
    # breaks only between items, so a reader never takes "Spring" and "MVC" for two.
    listed: bool = False


Block = Header | Heading | Entry | Line


def _s(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _items(document: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = document.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _strings(value: Any) -> list[str]:
    return (
        [item.strip() for item in value if isinstance(item, str) and item.strip()]
        if isinstance(value, list)
        else []
    )


def _joined(*parts: str, separator: str = " · ") -> str:
    return separator.join(part for part in parts if part)


# The names people write for the countries whose ISO name they would not ("Russian Federation").
COUNTRY_NAMES = {"RU": "Russia"}


@cache
def country_name(code: str) -> str:
    """'GB' -> 'United Kingdom': the country as a reader (and any parser) knows it, in place
    of a code few people write after their town; the code itself when it names no country,
    or when the name's own comma would read as one more part of the place."""
    import pycountry  # lazy: only an export with a country pays for loading it

    code = code.strip()
    country = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    if country is None:
        return code
    name = COUNTRY_NAMES.get(country.alpha_2) or getattr(country, "common_name", None)
    name = name or country.name
    return code if "," in name else name


def header(document: dict[str, Any]) -> Header:
    """Name, headline and contact details: in the body, where every parser reads them.

    The street address and postal code are left out on purpose: a resume
    sent to strangers needs the city, not where the applicant sleeps.
    """
    basics = document.get("basics") if isinstance(document.get("basics"), dict) else {}
    location = basics.get("location") if isinstance(basics.get("location"), dict) else {}
    place = _joined(
        _s(location.get("city")),
        _s(location.get("region")),
        country_name(_s(location.get("countryCode"))),
        separator=", ",
    )
    contacts = [_s(basics.get("email")), _s(basics.get("phone")), place, _s(basics.get("url"))]
    for profile in _items(basics, "profiles"):
        contacts.append(
            _s(profile.get("url"))
            or _joined(_s(profile.get("network")), _s(profile.get("username")), separator=": ")
        )
    return Header(
        _s(basics.get("name")),
        _s(basics.get("label")),
        list(dict.fromkeys(c for c in contacts if c)),
    )


def _names_qualification_title(kind: str) -> bool:
    """'Ontario College Certificate', 'Baccalauréat', 'KCSE': a qualification whose title
    reads on past "in" ('Certificate IV in Kitchen Management' is one title)."""
    from resumeopt.importers.parsing.lexicon import names_vocational  # lazy: its data

    return names_vocational(kind)


def _dates(entry: dict[str, Any], *, studies: bool = False) -> str:
    start, end = _s(entry.get("startDate")), _s(entry.get("endDate"))
    if studies and end and not start:
        # When a degree was or will be awarded: "Graduated Jun 2019", "Expected May 2027"
        # (a date alone under a school reads as when the studies began).
        word = "Expected" if end[:7] > date.today().isoformat()[:7] else "Graduated"
        return f"{word} {format_date(end)}"
    if start or end:
        return format_range(start or None, end or None)
    single = _s(entry.get("date")) or _s(entry.get("releaseDate"))
    return format_date(single, present="") if single else ""


def section_blocks(document: dict[str, Any], section: str) -> list[Block]:
    """The blocks of one section, or [] when it has nothing to show (no empty headings)."""
    blocks: list[Block] = []
    if section == "summary":
        basics = document.get("basics") if isinstance(document.get("basics"), dict) else {}
        text = _s(basics.get("summary"))
        blocks = (
            [Line(paragraph) for paragraph in text.split("\n") if paragraph.strip()] if text else []
        )
    elif section in ("work", "volunteer"):
        for item in _items(document, section):
            organisation = _s(item.get("name")) or _s(item.get("organization"))
            title = _joined(_s(item.get("position")), organisation)
            subtitle = _joined(_s(item.get("location")), _dates(item))
            details = [d for d in (_s(item.get("description")), _s(item.get("summary"))) if d]
            entry = Entry(title, subtitle, details, _strings(item.get("highlights")))
            if entry.title or entry.details or entry.bullets:
                blocks.append(entry)
    elif section == "education":
        for item in _items(document, "education"):
            kind, area, school = (_s(item.get(key)) for key in ("studyType", "area", "institution"))
            # The school first, then "Bachelor of Science in Nursing · 2015 – 2019": each
            # entry opens with its school's name, so a school with no degree never lends
            # the next one's degree its place. "... in Nursing", never "..., Nursing": after
            # a comma a reader cannot tell the field from the school. A field with no degree
            # goes under its school, labelled ("Field of study: HBO-ICT").
            # A trade or school qualification keeps what follows "in" in its own title
            # ("Certificate III in Commercial Cookery"), so its field apart from it is
            # written under it too ("Ontario College Certificate" / "Field of study: ...").
            field_apart = bool(area) and (not kind or _names_qualification_title(kind))
            degree = (
                _joined(kind, "" if field_apart else area, separator=" in ")
                if kind
                else ""
                if school
                else area
            )
            title = school or degree
            subtitle = _joined(
                degree if school else "", _dates(item, studies=True), _s(item.get("score"))
            )
            details = [f"Field of study: {area}"] if field_apart and (school or kind) else []
            courses = _strings(item.get("courses"))
            details += [f"Courses: {', '.join(courses)}"] if courses else []
            if title or subtitle:
                blocks.append(Entry(title, subtitle, details))
    elif section == "projects":
        for item in _items(document, "projects"):
            subtitle = _joined(
                ", ".join(_strings(item.get("roles"))), _dates(item), _s(item.get("url"))
            )
            details = [d for d in (_s(item.get("description")),) if d]
            keywords = _strings(item.get("keywords"))
            if keywords:
                details.append(f"Technologies: {', '.join(keywords)}")
            if _s(item.get("name")) or details:
                blocks.append(
                    Entry(_s(item.get("name")), subtitle, details, _strings(item.get("highlights")))
                )
    elif section == "skills":
        for item in _items(document, "skills"):
            keywords = ", ".join(_strings(item.get("keywords")))
            name = _joined(
                _s(item.get("name")),
                f"({_s(item.get('level'))})" if _s(item.get("level")) else "",
                separator=" ",
            )
            if keywords or name:
                blocks.append(Line(keywords, name, listed=True) if keywords else Line(name))
    elif section == "languages":
        spoken = [
            _joined(
                _s(i.get("language")),
                f"({_s(i.get('fluency'))})" if _s(i.get("fluency")) else "",
                separator=" ",
            )
            for i in _items(document, "languages")
            if _s(i.get("language"))
        ]
        blocks = [Line(", ".join(spoken), listed=True)] if spoken else []
    elif section == "interests":
        for item in _items(document, "interests"):
            keywords = ", ".join(_strings(item.get("keywords")))
            if _s(item.get("name")) or keywords:
                blocks.append(
                    Line(keywords, _s(item.get("name")), listed=True)
                    if keywords
                    else Line(_s(item.get("name")))
                )
    elif section == "certificates":
        for item in _items(document, "certificates"):
            # One line, as resumes list credentials: "Registered Nurse — Ohio Board of
            # Nursing, Aug 2025", "PMP, 2021". An issuer on a line of its own under the
            # name reads as a credential of its own when it is no known body ("Texas
            # (Compact)"), and "Name — 2021" as the issuer and date of the line above.
            name, issuer = _s(item.get("name")), _s(item.get("issuer"))
            # Its link goes under it: a long line wraps, and a PDF gives back its lines.
            line = _joined(_joined(name, issuer, separator=" — "), _dates(item), separator=", ")
            # Body text, not a bold title: a line that wraps in a PDF comes back as two.
            details = [d for d in (_s(item.get("url")), _s(item.get("summary"))) if d]
            if line:
                blocks.extend(Line(text) for text in (line, *details))
    elif section in ("awards", "publications"):
        name_key, by_key = {
            "awards": ("title", "awarder"),
            "publications": ("name", "publisher"),
        }[section]
        for item in _items(document, section):
            title = _s(item.get(name_key))
            subtitle = _joined(_s(item.get(by_key)), _dates(item), _s(item.get("url")))
            details = [d for d in (_s(item.get("summary")),) if d]
            if title or subtitle:
                blocks.append(Entry(title, subtitle, details))
    elif section == "references":
        for item in _items(document, "references"):
            if _s(item.get("reference")) or _s(item.get("name")):
                blocks.append(Line(_s(item.get("reference")), _s(item.get("name"))))
    if not blocks:
        return []
    return [Heading(HEADINGS[section]), *blocks]


def resume_blocks(
    document: dict[str, Any], sections: list[str] | tuple[str, ...] = DEFAULT_ORDER
) -> list[Block]:
    """The whole export: header first, then each chosen section in the chosen order."""
    blocks: list[Block] = [header(document if isinstance(document, dict) else {})]
    for section in sections:
        if section in HEADINGS:
            blocks.extend(section_blocks(document, section))
    return blocks
