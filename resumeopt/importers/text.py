"""The rule-based resume parser: lines of text in, a JSON Resume document out.

Every importer ends here. PDF and DOCX readers hand over `Line`s with hints
their format knows (a Heading style, a list paragraph, larger bold text);
pasted text and Markdown become lines here. The parser then

1. finds section headings (`headings.py`) and splits the resume into a header
   and sections;
2. reads contact details, name and headline from the header;
3. groups each section's lines into entries (a header of one to three lines
   with the title, organisation, place and dates, then bullets or prose) and
   reads their fields;
4. keeps every line it could not place in `meta.unsorted`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from resumeopt import jsonresume
from resumeopt.characters import INVISIBLE, LIGATURES
from resumeopt.dates import DATE_PATTERN, PRESENT_PATTERN, find_date_range, parse_date
from resumeopt.importers.headings import glued_heading, heading_key, heading_section

VOCABULARY_FILE = Path(__file__).parent / "data" / "vocabulary.json"

BULLET_RE = re.compile(r"^\s*(?:[•·▪●◦‣○■□➢➤►▸▹✓✔\-*+–—]|\d{1,2}[.)]|[a-z][.)])\s+")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Bare domains must be lower-case, so "M.Tech" or "ASP.NET" are not taken for links.
URL_RE = re.compile(
    r"(?:(?i:https?://|www\.)[^\s|,;]+"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|io|dev|org|net|me|co|ai|app|xyz|info|tech|page|site|us|uk|de|ca|eu|fr|nl|in)\b(?:/[^\s|,;]*)?)"
)
PHONE_RE = re.compile(r"(?:(?:\+|00)\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{5,}\d")
SEPARATOR_RE = re.compile(r"\s*(?:\||•|·|◦|▪|⋄|♦|●|\t)\s*|\s{3,}|\s+[–—]\s+|\s+-\s+")
GPA_RE = re.compile(
    r"\b(?:GPA|CGPA|Grade)\s*:?\s*(\d(?:\.\d{1,2})?\s*(?:/\s*\d(?:\.\d)?)?)", re.IGNORECASE
)
DEGREE_RE = re.compile(
    r"\b(?:Ph\.?\s?D\.?|D\.?Phil|Doctor(?:ate)?(?: of [A-Z][\w ]+?)?|M\.?B\.?A\.?|Executive MBA"
    r"|Master(?:'s|s)?(?: of (?:Science|Arts|Engineering|Business Administration|Fine Arts|Education|Laws|Public Health|Philosophy|Research|Technology))?(?: [Dd]egree)?"
    r"|Bachelor(?:'s|s)?(?: of (?:Science|Arts|Engineering|Business Administration|Fine Arts|Education|Laws|Technology|Commerce|Applied Science))?(?: [Dd]egree)?"
    r"|Associate(?:'s)?(?: of (?:Science|Arts|Applied Science))?(?: degree)?"
    r"|M\.?Sc\.?|B\.?Sc\.?|M\.?Eng\.?|B\.?Eng\.?|M\.?\s?Tech|B\.?\s?Tech|B\.?Com|M\.?Com|B\.?B\.?A\.?|LL\.?[BM]|J\.?D\.?|M\.?D\.?"
    r"|B\.\s?E\.?(?=\s+in\b)|M\.\s?E\.?(?=\s+in\b)|B\.E\.|M\.E\.|BE(?=\s+in\b)|ME(?=\s+in\b)"
    r"|M\.S\.?|B\.S\.?|M\.A\.?|B\.A\.?|MS|BS|BA|MA|A\.?A\.?S\.?|HND|GED|High School Diploma|Diploma(?: in [A-Z][\w ]+)?)"
    r"(?:\s*\((?:Hons?|Honours|Honors)\.?\))?(?=[\s,.;:)(]|$)",
)
INLINE_HEADING_RE = re.compile(r"^([A-Za-z][A-Za-z &/]{2,40}):\s+(\S.*)$")
CATEGORY_RE = re.compile(r"^([^:]{2,40}):\s*(.+)$")
LIST_SPLIT_RE = re.compile(r"\s*(?:,|;|\||•|·|▪|●|◦|\t|\s{3,})\s*")
PRESENT_LOOKAHEAD = re.compile(r"\b(?:present|current|now)\b", re.IGNORECASE)

REMOVE_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE), None)
ENTRY_SECTIONS = ("work", "volunteer", "education", "projects")
# Headings that may open a section inline ("Skills: ...") right after an entry.
MAIN_HEADINGS = {"experience", "work experience", "education", "skills", "technical skills",
                 "languages", "certifications", "certificates", "awards", "projects", "interests",
                 "hobbies", "references", "summary"}  # fmt: skip


@dataclass
class Line:
    """One line of the source, with what its format told us about it."""

    text: str
    heading: bool = False
    bullet: bool = False


@dataclass
class _Entry:
    header: list[str] = field(default_factory=list)
    items: list[tuple[str, bool]] = field(default_factory=list)  # (text, was a bullet)

    @property
    def in_body(self) -> bool:
        return bool(self.items)


@cache
def vocabulary() -> dict[str, Any]:
    data = json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
    return {
        "title_words": set(data["title_words"]),
        "organisation_words": set(data["organisation_words"]),
        "institution_words": set(data["institution_words"]),
        "us_states": set(data["us_states"]),
        "country_aliases": data["country_aliases"],
        "remote_words": set(data["remote_words"]),
    }


# Reading text -----------------------------------------------------------------


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


def normalize(text: str) -> str:
    """What breaks parsing, mended: ligatures, odd spaces, invisible characters."""
    text = unicodedata.normalize("NFC", text).translate(REMOVE_INVISIBLE)
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    text = re.sub(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    return text.replace("\uf0b7", "•").replace("\uf0a7", "▪").replace("\u25aa", "▪")


def looks_like_markdown(text: str) -> bool:
    return bool(
        re.search(r"^#{1,6}\s+\S", text, re.MULTILINE)
        or re.search(r"\*\*[^*\n]+\*\*", text)
        or re.search(r"\[[^\]\n]+\]\([^)\s]+\)", text)
    )


def lines_from_text(text: str, *, markdown: bool = False) -> list[Line]:
    """Split plain text or Markdown into lines, noting Markdown headings and list items."""
    raw = normalize(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines: list[Line] = []
    for index, source in enumerate(raw):
        stripped = source.strip()
        if markdown:
            if re.fullmatch(r"(?:[-*_]\s*){3,}", stripped):
                lines.append(Line(""))
                continue
            if re.fullmatch(r"=+|-+", stripped) and lines and lines[-1].text and len(stripped) >= 3:
                lines[-1].heading = True  # setext heading underline
                continue
            heading = re.match(r"^#{1,6}\s+(.*?)\s*#*$", stripped)
            if heading:
                lines.append(Line(_strip_markdown(heading[1]), heading=True))
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


# The parser -------------------------------------------------------------------


# A body line starting with a past-tense verb: "Developed ...", "Conducted ...".
ACTION_START_RE = re.compile(r"^[A-Z][a-z]{3,}ed\s+[a-z]")
PRESENT_START_RE = re.compile(rf"{PRESENT_PATTERN}\b", re.IGNORECASE)
PAGE_MARKER_RE = re.compile(
    r"(?:page\s*)?\d{1,2}\s*(?:of|/)\s*\d{1,2}|page\s*\d{1,2}|-\s*\d{1,2}\s*-", re.I
)

# Two dates with only spaces between: the dash was lost converting from PDF ("2019  2021").
_DASHLESS_RANGE = re.compile(
    r"(?<![\w/.-])((?:[A-Za-z]{3,9}\.?\s)?(?:19|20)\d\d)\s{2,}"
    rf"((?:[A-Za-z]{{3,9}}\.?\s)?(?:19|20)\d\d|{PRESENT_PATTERN})\b",
    re.IGNORECASE,
)


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR_THEN_MONTH = re.compile(rf"\b((?:19|20)\d\d),?\s+({_MONTHS})(?![\w-])", re.IGNORECASE)
_GLUED_RANGE = re.compile(rf"\b((?:19|20)\d\d)(?=(?:{_MONTHS})\s*(?:19|20)\d\d)", re.IGNORECASE)


def _month_first(match: re.Match) -> str:
    """'2019 october' -> 'october 2019', unless the month belongs to a date next to it."""
    before, after = match.string[: match.start()], match.string[match.end() :]
    if re.search(rf"{_MONTHS}\s*$", before, re.IGNORECASE) or re.match(r"\s*(?:19|20)\d\d", after):
        return match[0]
    return f"{match[2]} {match[1]}"


def mend_date_ranges(text: str) -> str:
    """'2019  2021' -> '2019 – 2021', '2019 october' -> 'october 2019', 'Apr 2020Jun 2020' -> 'Apr 2020 – Jun 2020',
    'Sep 2018 - present time' -> 'Sep 2018 - present'."""
    if not re.search(r"(?:19|20)\d\d", text):
        return text
    text = re.sub(r"\b(present|current)\s+(?:day|time|moment)\b", r"\1", text, flags=re.IGNORECASE)
    text = _YEAR_THEN_MONTH.sub(_month_first, text)
    text = _GLUED_RANGE.sub(lambda match: f"{match[1]} – ", text)
    return _DASHLESS_RANGE.sub(lambda match: f"{match[1]} – {match[2]}", text)


def parse_lines(lines: list[Line]) -> dict[str, Any]:
    """A JSON Resume document from the lines of a resume."""
    lines = [
        Line(mend_date_ranges(line.text), line.heading, line.bullet)
        for line in lines
        if not PAGE_MARKER_RE.fullmatch(line.text.strip())
    ]
    blocks = _split_sections(lines)
    if not any(section == "work" for section, _, _ in blocks):
        blocks = _undeclared_work(blocks)
    unsorted: list[str] = []
    document: dict[str, Any] = {"basics": {}}
    summary_parts: list[str] = []

    header_lines = blocks[0][2] if blocks and blocks[0][0] == "header" else []
    # A "Contact" block (a two-column page's sidebar) is read with the header.
    for section, _, block in blocks:
        if section == "contact":
            header_lines = [*header_lines, Line(""), *block]
    basics, header_rest = _parse_header(header_lines)
    document["basics"] = basics

    for section, heading_text, block in blocks:
        if section in ("header", "contact"):
            continue
        if section == "summary":
            summary_parts.append(_prose(block))
        elif section in ("work", "volunteer"):
            entries, rest = _parse_work(block, section, home=basics.get("location") or {})
            document.setdefault(section, []).extend(entries)
            unsorted.extend(rest)
        elif section == "education":
            entries, rest, jobs = _parse_education(block)
            document.setdefault("education", []).extend(entries)
            unsorted.extend(rest)
            if jobs:
                entries, rest = _parse_work(jobs, "work", home=basics.get("location") or {})
                document.setdefault("work", []).extend(entries)
                unsorted.extend(rest)
        elif section == "projects":
            document.setdefault("projects", []).extend(_parse_projects(block))
        elif section == "skills":
            document.setdefault("skills", []).extend(_parse_skills(block))
        elif section == "certificates":
            document.setdefault("certificates", []).extend(
                _parse_dated_items(block, "certificates")
            )
        elif section == "awards":
            document.setdefault("awards", []).extend(_parse_dated_items(block, "awards"))
        elif section == "publications":
            document.setdefault("publications", []).extend(
                _parse_dated_items(block, "publications")
            )
        elif section == "languages":
            document.setdefault("languages", []).extend(_parse_languages(block))
        elif section == "interests":
            document.setdefault("interests", []).extend(_parse_interests(block))
        elif section == "references":
            document.setdefault("references", []).extend(_parse_references(block))
        else:
            texts = [line.text.strip() for line in block if line.text.strip()]
            if texts:
                unsorted.append(heading_text)
                unsorted.extend(texts)

    # Prose in the header with no Summary section is the summary people leave unlabelled.
    if not summary_parts:
        prose = [line for line in header_rest if len(line.split()) >= 12]
        if prose:
            summary_parts.append(" ".join(prose))
            header_rest = [line for line in header_rest if line not in prose]
    unsorted = header_rest + unsorted
    summary = "\n".join(part for part in summary_parts if part).strip()
    if summary:
        document["basics"]["summary"] = summary

    ordered = {"basics": document["basics"]}
    for section in jsonresume.LIST_SECTIONS:
        if document.get(section):
            ordered[section] = document[section]
    if unsorted:
        ordered["meta"] = {"unsorted": unsorted}
    return _schema_safe(ordered)


def _undeclared_work(blocks: list[tuple[str | None, str, list[Line]]]) -> list:
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


def _split_sections(lines: list[Line]) -> list[tuple[str | None, str, list[Line]]]:
    """[(section, heading text, lines)], the first being ("header", "", lines before any heading)."""
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
            _is_caps_heading(text)
            and words <= 3
            and previous_blank
            and any(entry.text.strip() for entry in blocks[-1][2])
        )
        # Capitals after a gap are a heading, except in entry sections where
        # employers and schools are often written in capitals ("IBM").
        opens_section = (line.heading and current in ("header", None, "summary")) or (
            caps_after_gap and current not in ENTRY_SECTIONS
        )
        in_place = current != "header" or (blocks[0][2] and _is_caps_heading(text))
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


def _is_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        bool(letters) and all(c.isupper() for c in letters) and not any(c.isdigit() for c in text)
    )


# Header -----------------------------------------------------------------------


def _parse_header(lines: list[Line]) -> tuple[dict[str, Any], list[str]]:
    basics: dict[str, Any] = {}
    profiles: list[dict[str, str]] = []
    text_lines: list[str] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        leftovers = []
        for segment in _contact_segments(text):
            if _take_contact(segment, basics, profiles):
                continue
            leftovers.append(segment)
        if leftovers:
            text_lines.append(" ".join(leftovers) if len(leftovers) == 1 else " | ".join(leftovers))
    rest: list[str] = []
    for text in text_lines:
        if "name" not in basics and _looks_like_name(text):
            basics["name"] = _name_case(text)
        elif (
            "name" in basics
            and "label" not in basics
            and len(text.split()) <= 10
            and not text.endswith(".")
        ):
            basics["label"] = text.replace(" | ", " | ")
        else:
            rest.append(text)
    if profiles:
        basics["profiles"] = profiles
    ordered_keys = ("name", "label", "email", "phone", "url", "summary", "location", "profiles")
    return {key: basics[key] for key in ordered_keys if key in basics}, rest


def _contact_segments(text: str) -> list[str]:
    """Header segments; a comma-separated contact line is split at its commas too."""
    segments = []
    for segment in _segments(text):
        if "," in segment and (EMAIL_RE.search(segment) or URL_RE.search(segment)):
            segments.extend(_rejoin_locations([piece.strip() for piece in segment.split(",")]))
        else:
            segments.append(segment)
    return segments


def _rejoin_locations(pieces: list[str]) -> list[str]:
    """['Milan', 'Italy', 'x'] -> ['Milan, Italy', 'x']."""
    merged: list[str] = []
    for piece in pieces:
        if merged and _location(f"{merged[-1]}, {piece}"):
            merged[-1] = f"{merged[-1]}, {piece}"
        elif piece:
            merged.append(piece)
    return merged


def _segments(text: str) -> list[str]:
    parts = [part.strip(" ,;") for part in SEPARATOR_RE.split(text)]
    return [part for part in parts if part]


def _take_contact(segment: str, basics: dict[str, Any], profiles: list[dict[str, str]]) -> bool:
    """Store the segment if it is an email, phone, link or place; say whether it was."""
    label_free = re.sub(
        r"^(?:e-?mail|phone|tel|mobile|cell|linkedin|github|web(?:site)?|portfolio|address|location)\s*:\s*",
        "",
        segment,
        flags=re.I,
    )
    email = EMAIL_RE.search(label_free)
    if email and len(label_free) - len(email[0]) <= 3:
        basics.setdefault("email", email[0])
        return True
    url = URL_RE.search(label_free)
    if url and not EMAIL_RE.search(label_free) and len(label_free) - len(url[0]) <= 12:
        profile = jsonresume.profile_from_url(url[0])
        if profile["network"] in jsonresume.PROFILE_NETWORKS.values():
            if all(existing["url"] != profile["url"] for existing in profiles):
                profiles.append(profile)
        elif "url" not in basics:
            basics["url"] = profile["url"]
        else:
            profiles.append(profile)
        return True
    phone = PHONE_RE.search(label_free)
    if (
        phone
        and sum(c.isdigit() for c in phone[0]) >= 7
        and not find_date_range(label_free)
        and len(label_free) - len(phone[0]) <= 3
    ):
        basics.setdefault("phone", phone[0].strip())
        return True
    location = _location(label_free)
    if location and "location" not in basics:
        basics["location"] = location
        return True
    return False


def _location(text: str) -> dict[str, str] | None:
    """'San Francisco, CA' / 'Berlin, Germany' / 'Remote' as a JSON Resume location."""
    words = vocabulary()
    clean = text.strip().rstrip(".")
    if clean.lower() in words["remote_words"]:
        return {"city": clean}
    parts = [part.strip() for part in re.split(r"\s*[,/]\s*", clean)]
    if not 1 <= len(parts) <= 3 or not all(parts):
        return None
    zip_code = re.fullmatch(r"(.+?)\s+\d{5}(?:-\d{4})?", parts[-1])
    if zip_code:
        parts[-1] = zip_code[1]
    if len(parts) == 1:
        code = _country_code(parts[0])
        return {"countryCode": code} if code else None
    if not all(_PLACE_NAME.fullmatch(part) for part in parts):
        return None
    named = {word.lower().strip(".,()") for word in clean.split()}
    if named & (words["institution_words"] | words["organisation_words"] | words["title_words"]):
        return None  # "Tver State University, Russia" is a school in a place, not a place
    if len(parts[1]) == 2 and parts[1].upper() in words["us_states"]:
        location = {"city": parts[0], "region": parts[1].upper()}
        if len(parts) == 3 and _country_code(parts[2]):
            location["countryCode"] = _country_code(parts[2])
        return location
    # "Moscow, Russia", "Israel, Tel-Aviv", "Austin, Texas, USA".
    for index in (len(parts) - 1, 0):
        code = _country_code(parts[index])
        if code:
            others = parts[:index] + parts[index + 1 :]
            location = {"city": others[0], "countryCode": code}
            if len(others) > 1:
                location["region"] = others[1]
            return location
    return None


_PLACE_NAME = re.compile(r"[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,2}")


@cache
def _country_codes() -> dict[str, str]:
    """Country names (short, common and official) and aliases, lower-case, to ISO codes."""
    import pycountry

    codes = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name:
                codes[name.lower()] = country.alpha_2
    codes.update(vocabulary()["country_aliases"])
    return codes


def _country_code(name: str) -> str:
    """The ISO code of a country name ("Russia" -> "RU"), or "" if it names none."""
    return _country_codes().get(name.strip().lower(), "")


def _looks_like_name(text: str) -> bool:
    """Two to five capitalised words that are not a contact line, a place, a title or a heading.

    A single word is more often a skill or a sidebar label ("Git") than a name.
    """
    words = text.split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in text):
        return False
    if any(mark in text for mark in "@|:()/\\,;") or text.endswith("."):
        return False
    lowered = {word.lower().strip(",.") for word in words}
    if lowered & vocabulary()["title_words"] or _location(text) or heading_section(text)[0]:
        return False
    return all(word[0].isupper() or not word[0].isalpha() for word in words)


def _name_case(text: str) -> str:
    if _is_caps_heading(text):
        return " ".join(part.capitalize() if len(part) > 1 else part for part in text.split())
    return text


# Entries ----------------------------------------------------------------------


def _group_entries(lines: list[Line]) -> list[_Entry]:
    """Cut a section's lines into entries: header lines, then bullets or prose."""
    entries: list[_Entry] = []
    current: _Entry | None = None
    gap = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            gap = True
            continue
        bullet_match = BULLET_RE.match(text)
        is_bullet = line.bullet or bool(bullet_match)
        if bullet_match and not _is_date_only(text):
            text = text[bullet_match.end() :].strip()
            if PRESENT_START_RE.match(text) and bullet_match[0].strip() in "-–—":
                is_bullet = False  # "- present Intelos ...": a range whose start date was lost
        elif is_bullet and _is_date_only(text):
            is_bullet = False
        following = _next_text(lines, index)
        if is_bullet:
            if current is None:
                current = _Entry()
                entries.append(current)
            current.items.append((text, True))
        elif current is None:
            current = _Entry(header=[text])
            entries.append(current)
        elif _is_labelled(text):
            current.items.append(
                (text, False)
            )  # "Technologies: ...", "GPA: 3.9", "Coursework: ..."
        elif not current.in_body:
            if (
                gap
                and _has_date(current.header)
                and len(current.header) >= 2
                and len(text.split()) <= 8
                and not text.endswith(".")
                and not ACTION_START_RE.match(text)
            ):
                current = _Entry(header=[text])  # a blank line closes a dated header
                entries.append(current)
            elif _has_date(current.header) and (
                (find_date_range(text) and not _is_date_only(text))
                or (_is_date_only(following) and not find_date_range(text))
            ):
                # Two entries with no body between: a dated header is complete, and
                # the next header line (or its own date line below it) starts another.
                current = _Entry(header=[text])
                entries.append(current)
            elif (
                (_is_sentence(text) or ACTION_START_RE.match(text))
                and current.header
                and _has_date(current.header)
            ):
                current.items.append((text, False))
            elif len(current.header) < 4:
                current.header.append(text)
            else:
                current.items.append((text, False))
        elif _continues(text, current.items[-1]) and not gap:
            previous, was_bullet = current.items[-1]
            current.items[-1] = (f"{previous} {text}", was_bullet)
        elif gap or _starts_entry(text, following):
            current = _Entry(header=[text])
            entries.append(current)
        else:
            current.items.append((text, False))
        gap = False
    return entries


def _next_text(lines: list[Line], index: int) -> str:
    for line in lines[index + 1 :]:
        if line.text.strip():
            return line.text.strip()
    return ""


def _is_labelled(text: str) -> bool:
    """'Technologies: Python, Go' or 'GPA: 3.9': a labelled detail of the entry above."""
    match = CATEGORY_RE.match(text)
    return bool(match) and len(match[1].split()) <= 3 and not find_date_range(text)


def _is_date_only(text: str) -> bool:
    found = find_date_range(text)
    return bool(found) and len(text.strip(" ()-–—|,")) - len(found.text) <= 2


def _has_date(texts: list[str]) -> bool:
    return any(find_date_range(text) for text in texts)


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= 9 and text.rstrip().endswith((".", "!", "?"))


def _continues(text: str, previous: tuple[str, bool]) -> bool:
    """Is this line the wrapped end of the previous bullet or sentence?"""
    before, _ = previous
    return (
        text[0].islower()
        or text[0] in "(&%$€£,;"
        or before.rstrip().endswith((",", "-", "–", "/", "&"))
        or bool(re.search(r"\b(?:and|or|of|to|the|a|an|with|for|in|by|on)$", before))
    )


def _starts_entry(text: str, following: str) -> bool:
    """After a body, does this plain line start a new entry?"""
    if find_date_range(text) and len(text.split()) <= 16:
        return True
    if re.search(r"\s(?:at|@)\s+[A-Z]", text) and len(text.split()) <= 10:
        return True
    words = len(text.split())
    if words <= 9 and not text.rstrip().endswith((".", "!", "?", ":")):
        return True
    return bool(following and _is_date_only(following) and words <= 12)


def _header_parts(header: list[str]) -> tuple[list[str], dict[str, Any]]:
    """Split header lines into segments after taking out dates and links."""
    dates: dict[str, Any] = {}
    segments: list[str] = []
    for text in header:
        if "start" not in dates:
            found = find_date_range(text)
            if found:
                dates = {"start": found.start, "end": found.end, "current": found.current}
                text = (text[: found.begin] + " | " + text[found.finish :]).strip()
        url = URL_RE.search(text)
        if url and not EMAIL_RE.search(text):
            dates.setdefault("url", jsonresume.profile_from_url(url[0])["url"])
            text = text.replace(url[0], " | ")
        text = re.sub(r"\(\s*\)|\(\s*[|–—-]*\s*\)", " ", text)
        segments.extend(_header_segments(text))
    return [segment for segment in segments if segment], dates


def _header_segments(text: str) -> list[str]:
    # "Artteam,MoscowDeveloper": conversion lost the spaces before a job title.
    text = re.sub(
        r"([a-z])([A-Z][a-z]{3,})\b",
        lambda match: (
            f"{match[1]} {match[2]}"
            if match[2].lower() in vocabulary()["title_words"]
            else match[0]
        ),
        text,
    )
    text = re.sub(r",(?=[A-Z])", ", ", text)
    # "Inetex (Rehovot, Israel)": a place in brackets is a segment of its own.
    text = re.sub(
        r"\(([^()]*)\)",
        lambda match: f" | {match[1]} | " if _location(match[1].strip()) else match[0],
        text,
    )
    pieces: list[str] = []
    for part in (piece for segment in _segments(text) for piece in _full_stops(segment)):
        at = re.match(r"^(.+?)\s+(?:at|@|in)\s+(?:project\s+)?([A-Z0-9].+)$", part)
        if at and _title_score(at[1]) > 0:
            pieces.append(at[1])
            part = at[2]
        # Commas inside brackets do not split: "Frontend Engineer (Angular, Vue)".
        comma_parts = [piece.strip() for piece in re.split(r",(?![^()]*\))", part)]
        if len(comma_parts) > 1 and not _location(part):
            pieces.extend(_rejoin_locations(comma_parts))
        else:
            pieces.append(part)
    return [_unbracket(piece) for piece in pieces if _unbracket(piece)]


def _full_stops(segment: str) -> list[str]:
    """'UniqTrip. Junior web developer.' -> ['UniqTrip', 'Junior web developer'].

    A full stop after a word of four letters or more, before a capital, ends a
    field; "Inc. Berlin", "St. Petersburg" and "Node.js" are left whole.
    """
    parts, start = [], 0
    for stop in re.finditer(r"(?<=[A-Za-z0-9)]{4})\.\s+(?=[A-Z])", segment):
        word = segment[: stop.start()].split()[-1].lower()
        if word in vocabulary()["organisation_words"] or word in ("corp", "dept"):
            continue  # "Acme Corp. Berlin"
        parts.append(segment[start : stop.start()])
        start = stop.end()
    parts.append(segment[start:])
    return [part.strip() for part in parts if part.strip(" .")]


def _unbracket(piece: str) -> str:
    """Strip brackets around a whole piece, keep balanced ones inside it."""
    piece = piece.strip()
    if piece.startswith("(") and piece.endswith(")"):
        piece = piece[1:-1]
    piece = piece.strip(" ,:;")
    if piece.count("(") > piece.count(")"):
        piece = piece.rstrip(" (")
    if piece.count(")") > piece.count("("):
        piece = piece.lstrip(" )")
    return piece.strip()


def _title_score(text: str) -> int:
    words = {word.lower().strip(",.()") for word in re.split(r"[\s/-]+", text)}
    score = len(words & vocabulary()["title_words"])
    return score + (1 if re.search(r"\b(?:vice president|head of|co-founder)\b", text, re.I) else 0)


def _organisation_score(text: str) -> int:
    words = {word.lower().strip(",()") for word in text.split()}
    return len(words & vocabulary()["organisation_words"]) * 2


def _apply_dates(entry: dict[str, Any], dates: dict[str, Any]) -> None:
    if dates.get("start"):
        entry["startDate"] = dates["start"]
    if dates.get("end"):
        entry["endDate"] = dates["end"]


def _parse_work(lines: list[Line], section: str, home: dict[str, str] | None = None
                ) -> tuple[list[dict[str, Any]], list[str]]:  # fmt: skip
    organisation_key = "name" if section == "work" else "organization"
    home_city = (home or {}).get("city", "").lower()
    results: list[dict[str, Any]] = []
    unsorted: list[str] = []
    for raw in _group_entries(lines):
        segments, dates = _header_parts(raw.header)
        entry: dict[str, Any] = {}
        location = next(
            (
                segment
                for segment in segments
                if _location(segment) or (home_city and segment.lower() == home_city)
            ),
            None,
        )
        rest = [segment for segment in segments if segment != location]
        # A sentence or a duration ("9 month") is never the title or the employer.
        aside = [
            segment for segment in rest if _is_prose(segment) or DURATION_RE.fullmatch(segment)
        ]
        rest = [segment for segment in rest if segment not in aside]
        position, organisation, extra = _position_and_organisation(rest)
        if bool(position) != bool(organisation):
            position, organisation = _split_title_from_employer(position or organisation)
            if not organisation and _title_score(position) <= 0:
                position, organisation = "", position
        role = next((match for text, _ in raw.items if (match := ROLE_RE.match(text))), None)
        if role and not position:
            position = role[1].strip(" .")
            raw.items = [item for item in raw.items if not ROLE_RE.match(item[0])]
        extra = [*extra, *(segment for segment in aside if not DURATION_RE.fullmatch(segment))]
        if position:
            entry["position"] = position
        if organisation:
            entry[organisation_key] = organisation
        if location:
            entry["location"] = location
        _apply_dates(entry, dates)
        if dates.get("url"):
            entry["url"] = dates["url"]
        bullets = [text for text, was_bullet in raw.items if was_bullet]
        prose = [text for text, was_bullet in raw.items if not was_bullet]
        if extra:
            # Header text that is neither title, employer, place nor date: keep it visible.
            entry["description"] = " · ".join(extra)
        if bullets:
            entry["highlights"] = bullets + (prose if len(prose) > 1 else [])
            if len(prose) == 1:
                entry["summary"] = prose[0]
        elif len(prose) > 1 and all(len(text) < 300 for text in prose):
            entry["highlights"] = prose
        elif prose:
            entry["summary"] = " ".join(prose)
        if entry.keys() - {"highlights", "summary"}:
            results.append(entry)
        else:
            unsorted.extend(raw.header + [text for text, _ in raw.items])
    return results, unsorted


DURATION_RE = re.compile(
    r"\(?\d+\s*(?:years?|yrs?|months?|mos?)(?:\s+\d+\s*(?:months?|mos?))?\)?", re.IGNORECASE
)
ROLE_RE = re.compile(r"^(?:role|position|title|job title)\s*:\s*(.{2,80})$", re.IGNORECASE)


def _is_prose(segment: str) -> bool:
    """A sentence from the body, not a header field: long, lower-case start, or a full stop."""
    words = segment.split()
    return (
        len(words) > 8
        or (len(words) > 3 and segment.rstrip().endswith("."))
        or (segment[:1].islower() and len(words) > 1)
    )


def _split_title_from_employer(segment: str) -> tuple[str, str]:
    """'FULL STACK JAVA DEVELOPER INETEX LTD' -> title and employer, cut after the last title word.

    Converted documents run the title and the employer together on one line.
    """
    words = segment.split()
    title_words = vocabulary()["title_words"]
    last = max(
        (index for index, word in enumerate(words) if word.lower().strip(",.()") in title_words),
        default=-1,
    )
    if last < 0 or last == len(words) - 1:
        return segment, ""
    employer = " ".join(words[last + 1 :])
    if not employer[:1].isupper() or len(words) - last - 1 > 5:
        return segment, ""
    return " ".join(words[: last + 1]), employer


def _position_and_organisation(segments: list[str]) -> tuple[str, str, list[str]]:
    """Which header segment is the job title and which the employer."""
    if not segments:
        return "", "", []
    title_scores = [_title_score(segment) - _organisation_score(segment) for segment in segments]
    position_index = max(range(len(segments)), key=lambda i: (title_scores[i], -i))
    if title_scores[position_index] <= 0:
        # No title words anywhere: "Company" alone, or "Title, Company" by convention.
        if len(segments) == 1:
            return "", segments[0], []
        position_index = 0
    position = segments[position_index]
    others = [segment for i, segment in enumerate(segments) if i != position_index]
    if not others:
        return position, "", []
    organisation = max(
        others, key=lambda segment: (_organisation_score(segment), -others.index(segment))
    )
    extra = [segment for segment in others if segment != organisation]
    return position, organisation, extra


def _campus_name(segment: str) -> bool:
    """A short capitalised name with no degree, digits or place format: "Davis", "San Diego"."""
    words = segment.split()
    return (
        0 < len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and not any(ch.isdigit() for ch in segment)
        and not DEGREE_RE.search(segment)
        and not _location(segment)
    )


def _education_entries(lines: list[Line]) -> list[_Entry]:
    """Cut an education section into entries by what each line names.

    Schools are listed as bullets as often as under headers, and converted
    documents lose the blank lines between them, so a line naming a school, a
    degree or a date where the entry already has one starts the next entry.
    """
    entries: list[_Entry] = []
    seen: set[str] = set()
    for line in lines:
        text = line.text.strip()
        bullet = BULLET_RE.match(text)
        if bullet and not _is_date_only(text):
            text = text[bullet.end() :].strip()
        if not text:
            continue
        kinds = set()
        if _names_institution(text):
            kinds.add("institution")
        if _degree_in(text):
            kinds.add("degree")
        if find_date_range(text):
            kinds.add("date")
        if not kinds and _title_score(text) > 0 and len(text.split()) <= 10:
            kinds.add("job")
        detail = (
            _is_labelled(text)
            and not kinds - {"date"}
            or (entries and _is_sentence(text) and not kinds)
        )
        if detail and entries:
            entries[-1].items.append((text, False))
            continue
        after_school = "job" in kinds and seen & {"institution", "degree"}
        if not entries or kinds & seen or after_school or len(entries[-1].header) >= 4:
            entries.append(_Entry())
            seen = set()
        entries[-1].header.append(text)
        seen |= kinds
    return entries


def _degree_in(text: str) -> re.Match | None:
    """The first degree named in the text; "MA" after a comma is a US state ("Cambridge, MA")."""
    for match in DEGREE_RE.finditer(text):
        if match[0] in ("MA", "MS", "MD", "PA", "DE") and text[: match.start()].rstrip().endswith(
            ","
        ):
            continue
        return match
    return None


def _is_job(raw: _Entry) -> bool:
    """A dated entry with a job title and no school or degree anywhere in its header."""
    return (
        _has_date(raw.header)
        and any(_title_score(text) > 0 for text in raw.header)
        and not any(_names_institution(text) or _degree_in(text) for text in raw.header)
    )


def _names_institution(text: str) -> bool:
    words = {word.lower().strip(",.()") for word in text.split()}
    return bool(words & vocabulary()["institution_words"])


def _parse_education(
    lines: list[Line],
) -> tuple[list[dict[str, Any]], list[str], list[Line]]:
    """Education entries, unplaced lines, and the lines of jobs found under the heading."""
    results: list[dict[str, Any]] = []
    unsorted: list[str] = []
    institution_words = vocabulary()["institution_words"]
    jobs: list[Line] = []
    for raw in _education_entries(lines):
        if _is_job(raw):
            # A dated job under an Education heading (a misplaced or missing heading).
            jobs.extend(
                [
                    *(Line(text) for text in raw.header),
                    *(Line(text, bullet=bullet) for text, bullet in raw.items),
                    Line(""),
                ]
            )
            continue
        segments, dates = _header_parts(raw.header)
        entry: dict[str, Any] = {}
        leftovers = []
        previous = ""  # what the segment before this one was taken as
        for segment in segments:
            if (
                previous == "institution"
                and _campus_name(segment)
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
            degree = DEGREE_RE.search(segment)
            if _location(segment) and "location" not in entry:
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
            else:
                unsorted.append(segment)
        _apply_dates(entry, dates)
        for text, _ in raw.items:
            courses = re.match(
                r"^(?:relevant\s+)?(?:course\s?work|courses|modules)\s*:\s*(.+)$", text, re.I
            )
            gpa = GPA_RE.search(text)
            if courses:
                entry.setdefault("courses", []).extend(_list_items(courses[1]))
            elif gpa and "score" not in entry:
                entry["score"] = f"{gpa[1].strip()} GPA"
            else:
                unsorted.append(f"{entry.get('institution', 'Education')}: {text}")
        if entry:
            results.append(entry)
    return results, unsorted, jobs


def _parse_projects(lines: list[Line]) -> list[dict[str, Any]]:
    results = []
    for raw in _group_entries(lines):
        segments, dates = _header_parts(raw.header)
        entry: dict[str, Any] = {}
        roles = [
            segment for segment in segments if _title_score(segment) > 0 and segment != segments[0]
        ]
        others = [segment for segment in segments if segment not in roles]
        if others:
            entry["name"] = others[0]
        if len(others) > 1:
            entry["description"] = " · ".join(others[1:])
        if roles:
            entry["roles"] = roles
        _apply_dates(entry, dates)
        if dates.get("url"):
            entry["url"] = dates["url"]
        highlights, prose = [], []
        for text, was_bullet in raw.items:
            stack = re.match(
                r"^(?:tech(?:nologies|nology| stack)?|stack|built with|tools|skills)\s*:\s*(.+)$",
                text,
                re.I,
            )
            if stack:
                entry.setdefault("keywords", []).extend(_list_items(stack[1]))
            elif was_bullet:
                highlights.append(text)
            else:
                prose.append(text)
        if prose:
            entry["description"] = " ".join(filter(None, [entry.get("description", ""), *prose]))
        if highlights:
            entry["highlights"] = highlights
        if entry:
            results.append(entry)
    return results


# Lists ------------------------------------------------------------------------


def _list_items(text: str) -> list[str]:
    items = []
    for item in LIST_SPLIT_RE.split(text):
        item = item.strip().strip(".").strip()
        item = re.sub(r"^(?:and|&)\s+", "", item)
        if item and item not in items:
            items.append(item)
    return items


def _parse_skills(lines: list[Line]) -> list[dict[str, Any]]:
    groups: list[dict[str, Any]] = []
    loose: list[str] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        bullet = BULLET_RE.match(text)
        if bullet:
            text = text[bullet.end() :].strip()
        category = CATEGORY_RE.match(text)
        if category and len(category[1].split()) <= 5:
            groups.append({"name": category[1].strip(), "keywords": _list_items(category[2])})
        else:
            loose.extend(item for item in _list_items(text) if item not in loose)
    if loose:
        groups.insert(0, {"name": "Skills", "keywords": loose}) if not groups else groups.append(
            {"name": "Other skills", "keywords": loose}
        )
    return groups


def _parse_dated_items(lines: list[Line], section: str) -> list[dict[str, Any]]:
    """Certificates, awards and publications: one item per line or bullet."""
    name_key, by_key, date_key = {
        "certificates": ("name", "issuer", "date"),
        "awards": ("title", "awarder", "date"),
        "publications": ("name", "publisher", "releaseDate"),
    }[section]
    results: list[dict[str, Any]] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        bullet = BULLET_RE.match(text)
        if bullet:
            text = text[bullet.end() :].strip()
            if not text:
                continue
        elif results and _continues(
            text, (results[-1].get("summary") or results[-1].get(name_key, ""), False)
        ):
            key = "summary" if section != "certificates" else name_key
            results[-1][key] = f"{results[-1].get(key, '')} {text}".strip()
            continue
        item: dict[str, Any] = {}
        date_match = re.search(rf"(?:\(|,|\s|^)({DATE_PATTERN})\)?\s*$", text, re.IGNORECASE)
        if date_match and parse_date(date_match[1]):
            item[date_key] = parse_date(date_match[1])
            text = text[: date_match.start()].strip(" ,(-–—|")
        url = URL_RE.search(text)
        if url and not EMAIL_RE.search(text):
            item["url"] = jsonresume.profile_from_url(url[0])["url"]
            text = text.replace(url[0], "").strip(" ,|-–—()")
        parts = _segments(text) if SEPARATOR_RE.search(text) else [text]
        if len(parts) == 1:
            by = re.match(r"^(.+?)\s*(?:,|\bby\b|\bfrom\b|\bissued by\b)\s+(.+)$", text, re.I)
            parts = [by[1], by[2]] if by and section != "publications" else parts
        if len(parts) == 1 and section == "publications":
            quoted = re.match(r"^[\"“](.+?)[\"”][,.]?\s*(.*)$", text)
            if quoted:
                parts = [quoted[1], quoted[2]] if quoted[2] else [quoted[1]]
        if not parts:
            continue  # a lone bullet or separator
        item[name_key] = parts[0].strip(' "“”')
        if len(parts) > 1:
            item[by_key] = parts[1].strip(" .")
        if len(parts) > 2 and section != "certificates":
            item["summary"] = " · ".join(parts[2:])
        results.append(
            {
                key: item[key]
                for key in (name_key, by_key, date_key, "url", "summary")
                if item.get(key)
            }
        )
    return results


def _parse_languages(lines: list[Line]) -> list[dict[str, str]]:
    results = []
    for line in lines:
        text = BULLET_RE.sub("", line.text.strip())
        for item in re.split(r"\s*(?:,|;|\||•|·|\t)\s*(?![^()]*\))", text):
            item = item.strip()
            if not item:
                continue
            match = re.match(r"^([^(:–—-]+?)\s*(?:\((.+?)\)|[:–—-]\s*(.+))?$", item)
            language = (match[1] if match else item).strip()
            fluency = ((match[2] or match[3]) if match else "") or ""
            entry = {"language": language}
            if fluency.strip():
                entry["fluency"] = fluency.strip()
            results.append(entry)
    return results


def _parse_interests(lines: list[Line]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    for line in lines:
        text = BULLET_RE.sub("", line.text.strip())
        if not text:
            continue
        category = CATEGORY_RE.match(text)
        if category:
            results.append({"name": category[1].strip(), "keywords": _list_items(category[2])})
        else:
            results.extend({"name": item} for item in _list_items(text))
    return results


def _parse_references(lines: list[Line]) -> list[dict[str, str]]:
    results: list[dict[str, str]] = []
    for line in lines:
        text = BULLET_RE.sub("", line.text.strip())
        if not text:
            continue
        if re.search(r"available (?:up)?on request", text, re.I):
            results.append({"reference": text})
            continue
        parts = _segments(text)
        if len(parts) > 1 and _looks_like_name(parts[0]):
            results.append({"name": parts[0], "reference": " · ".join(parts[1:])})
        elif results and "reference" in results[-1] and not _looks_like_name(text):
            results[-1]["reference"] = f"{results[-1]['reference']} {text}"
        elif _looks_like_name(text):
            results.append({"name": text})
        else:
            if results and "reference" not in results[-1]:
                results[-1]["reference"] = text
            else:
                results.append({"reference": text})
    return results


def _prose(lines: list[Line]) -> str:
    """Paragraph lines joined; bullets and blank lines start new lines."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        text = line.text.strip()
        bullet = BULLET_RE.match(text)
        if not text or bullet or line.bullet:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            if text:
                current = [text[bullet.end() :].strip() if bullet else text]
            continue
        current.append(text)
    if current:
        paragraphs.append(" ".join(current))
    return "\n".join(paragraphs)


def _schema_safe(document: dict[str, Any]) -> dict[str, Any]:
    """Drop any value the schema would refuse (a parser slip must not block the import)."""
    for problem in jsonresume.schema_problems(document):
        parts = jsonresume.split_path(problem.path)
        if len(parts) >= 2:
            try:
                document = jsonresume.remove_at(document, problem.path)
            except KeyError:
                continue
    return document
