"""Stage 3: an entry's header lines -> fields (segments, dates, title, organisation)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from resumeopt import jsonresume
from resumeopt.dates import MONTH_NAME_PATTERN, MONTHS, DateRange, find_date_range
from resumeopt.importers.headings import heading_key, headings
from resumeopt.importers.parsing.lexicon import (
    degree_in,
    employer_score,
    experience_claim,
    is_street_address,
    known_place,
    legal_form,
    lone_city,
    read_location,
    role_score,
    title_score,
    town_in_region,
    vocabulary,
)
from resumeopt.importers.parsing.patterns import (
    ACTION_START_RE,
    EMAIL_RE,
    SEPARATOR_RE,
    URL_RE,
)

# "Was preparing ...", "Were responsible for ...": duties written in the past.
DUTY_START_RE = re.compile(
    r"^(?:(?:Was|Were|Am|Is|Have been|Had been)\s+[a-z]{3,}(?:ing|ed)\b"
    r"|(?:Made|Built|Led|Wrote|Ran|Took|Drove|Won|Taught|Grew|Brought|Held|Kept|Gave|Sold|Began)"
    r"\s+(?:a|an|the|[a-z]{3,})\b)"
)
GERUND_START_RE = re.compile(r"^[A-Z][a-z]{2,}ing\s+(?:[a-z&]|and\b)")
LOST_START_RE = re.compile(r"\s*[–—-]?\s*(?i:present)\s+(?=[A-Z])")
# A month alone at the start of a line, its year not written: "December  Web-Developer".
LONE_MONTH_RE = re.compile(rf"\s*({MONTH_NAME_PATTERN})\.?(?:\s+|$)(?!\d)", re.IGNORECASE)
# A spaced dash between two pieces of a header line.
DASH_RE = re.compile(r"\s[–—-]\s")
MONTH_ONLY_RE = re.compile(
    rf"(?:[/–—-]+\s*)?{MONTH_NAME_PATTERN}\.?(?:\s*[/–—-]+\s*)?",
    re.IGNORECASE,
)


def split_segments(text: str) -> list[str]:
    # "Infosys - Pune, Maharashtra -": a job board's trailing dash closes the field.
    parts = [part.strip(" ,;").removesuffix(" -").strip(" ,;") for part in SEPARATOR_RE.split(text)]
    # "2022 - EPAM Systems": the dash of an open range whose date was taken out; "2019 –
    # actualidad. Jefe de ventas": the stop after it (".NET Developer" keeps its dot).
    parts = [re.sub(r"^(?:[–—-]|\.)\s+", "", part) for part in parts]
    return [part for part in parts if part]


def dashed_names(text: str) -> list[str]:
    """`split_segments`, but a dash inside an employer's name keeps it whole.

    "A.P. Moller - Maersk | Logistics Coordinator": where the line's title stands apart, a
    spaced dash between two pieces that are neither a title nor a place is part of a name.
    """
    segments = split_segments(text)
    if len(segments) < 2 or not DASH_RE.search(text):
        return segments
    titled = [role_score(segment) > 0 for segment in segments]
    if not any(titled):
        return segments
    merged: list[str] = []
    merged_title = False
    for index, (segment, title) in enumerate(zip(segments, titled, strict=True)):
        # "Team Leader - Amazon UK - Rugby": a town last after the title and the employer,
        # even one named like a word or a person.
        town_last = (
            index == len(segments) - 1
            and any(titled[:index])
            and bool(lone_city(segment, after_employer=True))
        )
        if (
            merged
            and not title
            and not merged_title
            and not town_last
            and (joined := _dash_joined(text, merged[-1], segment))
        ):
            merged[-1] = joined
            continue
        merged.append(segment)
        merged_title = title
    return merged


def _dash_joined(text: str, left: str, right: str) -> str:
    """ "left - right" as the line writes it, where neither side is a place or a kind of
    employment; else ""."""
    for side in (left, right):
        if re.search(r"\d", side) or side.lower() in vocabulary()["employment_types"]:
            return ""
        if read_location(side) or lone_city(side, guarded=True) or town_in_region(side):
            return ""
    found = re.search(rf"(?<!\S){re.escape(left)}\s+([–—-])\s+{re.escape(right)}(?!\S)", text)
    return f"{left} {found[1]} {right}" if found else ""


def rejoin_locations(pieces: list[str]) -> list[str]:
    """['Milan', 'Italy', 'x'] -> ['Milan, Italy', 'x']."""
    merged: list[str] = []
    for piece in pieces:
        if merged and read_location(f"{merged[-1]}, {piece}"):
            merged[-1] = f"{merged[-1]}, {piece}"
        elif piece:
            merged.append(piece)
    return merged


def header_parts(header: list[str]) -> tuple[list[str], dict[str, Any]]:
    """Split header lines into segments after taking out dates and links."""
    dates: dict[str, Any] = {}
    segments: list[str] = []
    for text in header:
        # A federal resume gives each employer's street: its house number is no year.
        found = None if is_street_address(text) else find_date_range(text)
        if found and "start" not in dates:
            dates = {"start": found.start, "end": found.end, "current": found.current}
            text = (text[: found.begin] + " | " + text[found.finish :]).strip()
            again = find_date_range(text)
            if again and again.start == found.start:
                # "September 2021 – present / septembre 2021 – aujourd'hui": the same
                # dates in the resume's other language.
                text = (text[: again.begin] + " | " + text[again.finish :]).strip()
        elif found and date_completes(dates, found):
            # The start on one line and the end on the next ("August 2012  Analyst" /
            # "December 2017"), or a lone year and then the full range that holds it.
            if found.end or found.current:
                dates.update(start=found.start, end=found.end, current=found.current)
            else:
                dates["end"] = found.start
            text = (text[: found.begin] + " | " + text[found.finish :]).strip()
        elif not found and (month := LONE_MONTH_RE.match(text)) and wrapped_month(month, dates):
            # "July 2017  AISA" / "December  Web-Developer": a date column wrapped, and
            # the end month of the same year came down to the next header line.
            end_month = MONTHS[month[1].lower()[:3]]
            if end_month > int(dates["start"][5:7]):
                dates["end"] = f"{dates['start'][:4]}-{end_month:02d}"
            text = text[month.end() :]
        elif not found and not dates and (lost := LOST_START_RE.match(text)):
            # "present Intelos (Tel Aviv)": the start date was lost, the range still current.
            dates["current"] = True
            text = text[lost.end() :]
        url = URL_RE.search(text)
        if url and not EMAIL_RE.search(text):
            dates.setdefault("url", jsonresume.profile_from_url(url[0])["url"])
            if not names_by_domain(text, url[0]):
                text = text.replace(url[0], " | ")
        text = re.sub(r"\(\s*\)|\(\s*[|–—-]*\s*\)", " ", text)
        # "ABC Corp. – Accounts Assistant – (2013 - 2015)": the dash before the dates goes
        # with them.
        text = re.sub(r"\s+[–—-]\s*$", "", text.rstrip())
        # Two spaces or more inside a header line are a tab stop between fields.
        text = re.sub(r"(?<=\S)\s{2,}(?=\S)", " | ", text.strip())
        segments.extend(header_segments(text))
    return [segment for segment in segments if segment and not is_debris(segment)], dates


def names_by_domain(text: str, url: str) -> bool:
    """'cheapfortrip.ru - Dnipro, Ukraine': a bare domain as a field of its own is a name."""
    bare = "/" not in url and not url.lower().startswith("www.")
    return bare and url in split_segments(text)


def wrapped_month(month: re.Match, dates: dict[str, Any]) -> bool:
    """Is this month the end of the open range above, not "March Networks" or "May Lee"?"""
    start = dates.get("start") or ""
    rest = month.string[month.end() :].strip()
    return (
        len(start) >= 7
        and not dates.get("end")
        and not dates.get("current")
        and (not rest or role_score(rest) > 0)
    )


def date_completes(dates: dict[str, Any], found: DateRange) -> bool:
    """Does a later date in the header finish the open date range found before it?"""
    if dates.get("end") or dates.get("current"):
        return False
    start = dates["start"]
    if found.end or found.current:
        years = {found.start[:4], (found.end or "")[:4]}
        return len(start) == 4 and start in years
    return found.start > start


# A bracket in a job's header that says how the job went or was held, not what it was:
# "Account Executive (124% of quota)", "Float Pool RN (Per Diem)", "Waitress (part-time)".
HEADER_ASIDE_RE = re.compile(r"\s*\(([^()]+)\)(?=\s*(?:[|,–—-]|\s{2}|$))")
FIGURE_RE = re.compile(
    r"\d\s*%|#\s?\d|\bquota\b"
    # The job's scale: "(120 covers)", "(team of 40)", "(£2m budget)", "(3 sites)".
    r"|^(?:a\s+)?team\s+of\s+\d|^(?:up\s+to\s+|over\s+)?[£$€₹₦]?\d[\d,.]*\+?\s*[kmb]?n?\s+\w",
    re.IGNORECASE,
)


def header_asides(header: list[str]) -> tuple[list[str], list[str]]:
    """The header lines without their brackets of results and terms of employment or a
    title's translation, and those words: a description of the job, never its title."""
    kinds = vocabulary()["employment_types"]
    asides: list[str] = []

    def aside(found: re.Match) -> str:
        words = found[1].strip()
        if FIGURE_RE.search(words) or words.lower() in kinds or held_on(words):
            asides.append(words)
            return ""
        return found[0]

    lines = []
    for text in header:
        text = HEADER_ASIDE_RE.sub(aside, text)
        if placed := _placements_re().search(text):
            # "CPL Healthcare, Dublin — placements at St James's Hospital, Beaumont Hospital":
            # the agency is the employer; the sites it sent the user to describe the job.
            asides.append(placed[1])
            text = text[: placed.start()]
        if specialty := _specialty_re().search(text):
            # "MOS 88M Motor Transport Operator": the soldier's trade, not the job's title
            # (the rank and billet are) nor its employer.
            asides.append(specialty[0].strip())
            text = text[: specialty.start()] + " | " + text[specialty.end() :]
        if translated := _translated_half(text):
            text = text[: translated.start()]
            asides.append(translated[1])
        lines.append(text)
    return lines, asides


def held_on(words: str) -> bool:
    """'12-month contract, via Hays', 'JIB Gold Card', 'NVQ Level 3': each comma-part of a
    bracket after a title names the terms the job was held on, the agency that placed the
    user or a card or register the worker holds, none of them the title's own words."""
    clauses = [clause.strip() for clause in words.split(",")]
    return all(
        clause
        and (
            terms_of_employment(clause)
            or agency_clause(clause)
            or credential(clause)
            or terms_via_agency(clause)
            or placement_clause(clause)
        )
        for clause in clauses
    )


def placement_clause(words: str) -> bool:
    """'assigned to Amazon', 'placed at Barclays': where an agency placed the user."""
    lowered = words.lower()
    for lead in vocabulary()["placement_leads"]:
        name = words[len(lead) :].strip()
        if lowered.startswith(f"{lead} ") and re.fullmatch(
            r"[A-Z0-9][\w&'.-]*(?:\s+(?:[A-Z0-9&][\w&'.-]*|of|and|the|de)){0,5}", name
        ):
            return True
    return False


def terms_via_agency(words: str) -> bool:
    """'contract via Hays', 'locum through Medacs': the terms, then the agency that placed
    the user, in one clause."""
    for link in vocabulary()["agency_links"]:
        terms, found, agency = words.partition(f" {link} ")
        if found and terms_of_employment(terms) and agency_clause(f"{link} {agency}"):
            return True
    return False


def agency_clause(words: str) -> bool:
    """'via Hays', 'through Robert Walters': a link word, then a name."""
    lowered = words.lower()
    link = next(
        (link for link in vocabulary()["agency_links"] if lowered.startswith(f"{link} ")), ""
    )
    name = words[len(link) :].strip()
    return bool(link) and bool(
        re.fullmatch(r"[A-Z0-9][\w&'.-]*(?:\s+[A-Z0-9&][\w&'.-]*){0,3}", name)
    )


def credential(words: str) -> bool:
    """'JIB Gold Card', 'Gas Safe Registered', 'NVQ Level 3': names in capitals closed by a
    word for a card or a register, or a qualification's acronym and its level. A level
    alone ('Level 2') is the job's grade, and a unit ('ICU') no credential."""
    *names, last = words.split()
    if not names or not all(name[:1].isupper() or name[:1].isdigit() for name in names):
        return False
    if last.lower() in vocabulary()["credential_words"]:
        return True
    return len(names) == 2 and names[0].isupper() and names[1] == "Level" and last.isdigit()


def terms_of_employment(words: str) -> bool:
    """'interim contract', 'nights', '12-month fixed-term contract': every word names the
    terms the job was held on."""
    tokens = [token for token in re.split(r"[\s,/&+]+", words.lower()) if token]
    tokens = [token for token in tokens if token not in ("and", "or", "a", "to")]
    terms = vocabulary()["employment_terms"]
    return bool(tokens) and all(
        token in terms or re.fullmatch(r"\d{1,2}(?:-(?:month|week|year)s?)?", token)
        for token in tokens
    )


@cache
def _placements_re() -> re.Pattern:
    leads = "|".join(re.escape(lead) for lead in vocabulary()["placement_leads"])
    return re.compile(rf"\s+[–—-]\s+((?i:{leads})\s+[A-Z0-9].*)$")


@cache
def _specialty_re() -> re.Pattern:
    codes = "|".join(re.escape(code) for code in vocabulary()["specialty_codes"])
    return re.compile(rf"(?<![\w-])(?:{codes})\s*:?\s*\d{{2}}[A-Z]\d?\b[^|–—]*")


_HALF_RE = re.compile(r"\s+/\s+([^/|–—\d]+)$")


def _translated_half(text: str) -> re.Match | None:
    """'Camp Counsellor / Monitrice de camp': a bilingual resume writes a title in its
    second language after a slash; that half has the language's small words, the first
    half none ('Student Driver / Trainee' is two titles of one job)."""
    half = _HALF_RE.search(text)
    if not half or re.search(r"[|–—\d]", text[: half.start()]):
        return None
    links = vocabulary()["translation_links"]
    first = {word.lower() for word in re.findall(r"[\w']+", text[: half.start()])}
    second = {word.lower() for word in re.findall(r"[\w']+", half[1])}
    return half if second & links and not first & links else None


def is_debris(segment: str) -> bool:
    """What a damaged date leaves behind: '/---', '(', a month whose year was lost;
    or another column's heading glued to the line ('... 2009 EDUCATION')."""
    return (
        not re.search(r"[^\W\d_]", segment)
        or bool(MONTH_ONLY_RE.fullmatch(segment))
        or (segment.isupper() and heading_key(segment) in headings())
    )


def _in_degree(part: str, at: re.Match) -> bool:
    """'Associate in Arts': the word the split would cut at is inside a degree's name."""
    degree = degree_in(part)
    return bool(degree) and degree.start() <= len(at[1]) < degree.end()


def header_segments(text: str) -> list[str]:
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
    # "Advalange,Moscow Developer": a comma with no space joins an employer and its city,
    # and the title follows the city.
    glued = re.match(r"^([^\s,|]+),([A-Z][\w'-]+)\s+(\S.*)$", text)
    if glued and role_score(glued[3]) > 0 and role_score(glued[2]) == 0:
        text = f"{glued[1]} | {glued[2]} | {glued[3]}"
    text = re.sub(r",(?=[A-Z])", ", ", text)
    # "Inetex (Rehovot, Israel)": a place in brackets is a segment of its own.
    text = re.sub(
        r"\(([^()]*)\)",
        lambda match: f" | {match[1]} | " if read_location(match[1].strip()) else match[0],
        text,
    )
    pieces: list[str] = []
    parts = [piece for segment in dashed_names(text) for piece in full_stops(segment)]
    parts = [piece for whole in parts for piece in colon_parts(whole)]
    for index, part in enumerate(parts):
        if part.startswith("in ") and read_location(part[3:]):
            part = part[3:]  # "in Berlin, Germany"
        at = AT_EMPLOYER_RE.match(part)
        # "Assistant in Department of Planning": a unit of the employer, part of the title.
        unit = at and EMPLOYER_UNIT_RE.match(at[2])
        # "Masa working program at Samson Logic": a description, then the employer.
        described = at and is_description(at[1]) and re.search(r"\s(?:at|@)\s", part)
        # "Associate Professor in Human Geography, University of Leeds": the field the
        # title is in, then the employer after a comma.
        field_of_title = (
            at
            and part[len(at[1]) :].lstrip().startswith("in ")
            and (field_then_employer(at[2]) or field_beside_employer(at[2], parts[index + 1 :]))
        )
        if field_of_title:
            after = at[2].split(", ")
            pieces.append(part[: len(part) - len(at[2])] + after[0])
            part = ", ".join(after[1:])
        elif at and (role_score(at[1]) > 0 or described) and not unit and not _in_degree(part, at):
            pieces.append(at[1])
            part = at[2]
            if place := place_after_employer(part):
                # "QA Engineer at Checkmarx, Ramat Gan": the employer, then its place.
                pieces.extend([part[: -len(place)].strip(" ,"), place])
                continue
        # Commas inside brackets do not split: "Frontend Engineer (Angular, Vue)".
        comma_parts = keep_suffixes([piece.strip() for piece in re.split(r",(?![^()]*\))", part)])
        if len(comma_parts) > 1 and not read_location(part):
            pieces.extend(rejoin_locations(comma_parts))
        else:
            pieces.append(part)
    pieces = [cut for piece in pieces for cut in title_then_prose(piece)]
    pieces = [cut for piece in pieces for cut in prose_then_name(piece)]
    # "at Contoso" on the line under the title: the employer, without its "at".
    pieces = [
        at[1] if (at := LEADING_AT_RE.match(piece)) and not read_location(at[1]) else piece
        for piece in pieces
    ]
    return [unbracket(piece) for piece in pieces if unbracket(piece)]


def colon_parts(part: str) -> list[str]:
    """'Wide World Importers: Customs Broker' -> the employer and the title.

    A colon parts a name from a title when one side is a title and the other is no
    field label ("Position: Buyer" is a label and its value, not two fields).
    """
    before, colon, after = part.partition(": ")
    before, after = before.strip(), after.strip()
    if not colon or not before or not after or len(before.split()) > 6:
        return [part]
    if before.lower() in vocabulary()["field_labels"]:
        return [part]
    if before.lower() in vocabulary()["employment_types"]:
        return [before, after]  # "Part-time: Lawson, Inc. — Store Staff"
    titles = (role_score(before) > 0, role_score(after) > 0)
    return [before, after] if titles in ((True, False), (False, True)) else [part]


EMPLOYER_UNIT_RE = re.compile(r"(?:the\s+)?(?:department|division|team|unit|office)\b", re.I)
# The employer after "at" starts with a capital or is a brand like "iBrush" or "eBay".
AT_EMPLOYER_RE = re.compile(
    r"^(.+?)\s+(?:at|@|in)\s+(?:project\s+)?((?:[A-Z0-9]|[a-z]{1,2}[A-Z]).+)$"
)


# "Contable Senior en Mercadona S.A.", "Entwickler bei SAP SE", "Cuoco presso Hotel Roma":
# "at" in the languages of Europe, read only in a job's title with no employer beside it,
# as "Técnico Superior en Dirección de Cocina" names a degree and its field.
LOCAL_AT_EMPLOYER_RE = re.compile(r"^(.+?)\s+(?:en|bei|chez|presso)\s+([A-Z0-9].+)$")
DANGLING_LOCAL_AT_RE = re.compile(r"\s+(?:en|bei|chez|presso)$")


def title_at_local_employer(position: str) -> tuple[str, str] | None:
    """A title written with its employer after a local word for "at", split in two."""
    at = LOCAL_AT_EMPLOYER_RE.match(position)
    if at and role_score(at[1]) > 0 and not EMPLOYER_UNIT_RE.match(at[2]):
        return at[1].strip(), at[2].strip()
    return None


def title_at_employer(header: list[str]) -> tuple[str, str] | None:
    """'Web-developer at IntimeFinance, Ulyanovsk': the line says which is which.

    Another column's words elsewhere in the header ("Effective Team Leader") must
    not take the title from the line that names it beside its employer.
    """
    parts = []
    for text in header:
        if found := find_date_range(text):
            text = f"{text[: found.begin]} | {text[found.finish :]}"
        parts.extend(split_segments(text))
    for part in parts:
        at = AT_EMPLOYER_RE.match(part)
        if at and part[at.end(1) :].split()[0] == "in" and field_then_employer(at[2]):
            # "Lecturer in Physical Chemistry, School of Chemistry, University of Bristol":
            # before a name that reads more as an employer, "in" leads to the title's field.
            continue
        if at and role_score(at[1]) > 0 and not EMPLOYER_UNIT_RE.match(at[2]):
            employer = re.split(r"\s*,(?![^()]*\))", at[2])[0].strip()
            # "2016 - 2017: Student in Tel-Ran": the colon after the dates is no part of it.
            return unbracket(at[1]), employer
    # "Barista" / "at Blue Bottle Coffee": the title, and the employer on a line of its own.
    employers = [
        at[1]
        for part in parts
        if (at := LEADING_AT_RE.match(part))
        and not read_location(at[1])
        and not EMPLOYER_UNIT_RE.match(at[1])
    ]
    titles = [part for part in parts if role_score(part) > 0 and not LEADING_AT_RE.match(part)]
    if len(employers) == 1 and titles:
        return max(titles, key=role_score), employers[0]
    return None


def field_then_employer(after_in: str) -> bool:
    """'Human Geography, University of Leeds' after "Professor in": the title's field,
    which names no employer, then after a comma a name that does."""
    after = after_in.split(", ")
    return (
        len(after) >= 2
        and employer_score(after[0]) == 0
        and any(employer_score(piece) > 0 and not is_description(piece) for piece in after[1:])
    )


def field_beside_employer(after_in: str, following: list[str]) -> bool:
    """'Physical Chemistry' after "Lecturer in", and the next field of the line ("Lecturer
    in Physical Chemistry · University of Bristol") names an employer: the title's field."""
    return (
        bool(following)
        and "," not in after_in
        and employer_score(after_in) == 0
        and employer_score(following[0]) > 0
        and not is_description(following[0])
    )


def places_after_at(header: list[str]) -> set[str]:
    """The places written after "Title at Company," in these header lines."""
    places = set()
    for text in header:
        if found := find_date_range(text):
            text = f"{text[: found.begin]} | {text[found.finish :]}"
        for part in split_segments(text):
            at = AT_EMPLOYER_RE.match(part)
            if at and role_score(at[1]) > 0 and (place := place_after_employer(at[2])):
                places.add(place)
    return places


def place_after_employer(text: str) -> str | None:
    """'Checkmarx, Ramat Gan' / 'Wix, Tel Aviv, Israel' after "Title at": the place.

    After "at", the employer comes first; what follows its comma is where it is when it
    may be a place (`known_place`: 'Ikoyi, Lagos', a district before a known town, kept as
    written; 'Neutraubling', a name of no everyday word). A name of everyday words no list
    knows is as often the employer's business or team ("Google, Cloud Platform").
    """
    # "Cisco Systems, Inc.": the legal form after the comma is the employer's own.
    employer, *rest = keep_suffixes([piece.strip() for piece in re.split(r",(?![^()]*\))", text)])
    if not employer or not rest or len(rest) > 3:
        return None
    place = ", ".join(rest)
    words = place.replace(",", " ").split()
    unit = {word.lower() for word in words} & _UNIT_WORDS  # "Google, Search Team"
    if known_place(place) and not unit and role_score(place) == 0:
        return place if employer_score(place) == 0 else None
    return None


# Parts of an employer; a hospital's units are named by their care ("Medical ICU", "Ward 7").
_UNIT_WORDS = {"team", "department", "division", "group", "unit", "office", "lab", "labs"} | {
    "icu",
    "nicu",
    "picu",
    "ccu",
    "pacu",
    "ward",
    "suite",
    "theatre",
    "theatres",
}


# "Head of ...", "Manager for ...", "Engineer in ...": the title is not over yet.
TITLE_GOES_ON = {"of", "for", "in", "at", "and", "&", "de", "du", "der", "von", "van", "y", "to"}


# "at Contoso", "on behalf of the "Red Cross"": the employer (or client) on a line of its own.
LEADING_AT_RE = re.compile(
    r"^(?:at|@|in|on\s+behalf\s+of(?:\s+the)?)\s+[\"“«]?"
    r"((?:[A-Z0-9]|[a-z]{1,2}[A-Z])[^\s\"”»]*(?:\s+[^\s\"”»]+){0,4})[\"”»]?$"
)
PROSE_THEN_NAME_RE = re.compile(
    r"^(.*(?<!\S)[a-z][\w']*)\s+((?:[A-Z][\w'.-]*|&)(?:\s+(?:[A-Z][\w'.-]*|&)){1,5})$"
)


def prose_then_name(piece: str) -> list[str]:
    """ "I'm familiar with Wal & Joe Jewelry" -> the other column's words, then the name.

    A flattened two-column page puts the left column's sentence before the right
    column's title or employer: a run of capitalised words after two plain words.
    """
    match = PROSE_THEN_NAME_RE.match(piece)
    if not match:
        return [piece]
    plain = [word for word in match[1].split() if word[:1].islower() and word not in TITLE_GOES_ON]
    first = match[2].split()[0].lower()
    # "Summer internship as Java Developer": what the person worked as, kept whole.
    if len(plain) < 2 or first in NAME_CONNECTORS or match[1].endswith((" as", " as a", " as an")):
        return [piece]
    return [match[1], match[2]]


def title_then_prose(piece: str) -> list[str]:
    """'Software Engineer a wide technological stack' -> the title, then the words after it.

    A flattened two-column page glues the other column's sentence to the title: the
    title ends at its head word and lower-case words that name no job follow.
    """
    words = piece.split()
    heads = vocabulary()["title_heads"]
    for index, word in enumerate(words[:-2], start=1):
        if word.lower().strip(",.") not in heads:
            continue
        if any(word[:1].islower() for word in words[:index]):
            return [piece]  # "I'm working as a Software Engineer with ...": a sentence
        rest = words[index:]
        lower = all(word[:1].islower() for word in rest)
        # "Électricien apprenti puis ouvrier": another title word goes on with the title.
        goes_on = (
            rest[0] in TITLE_GOES_ON
            or rest[0] in vocabulary()["title_links"]
            or rest[0].strip(",.") in heads
        )
        if lower and not goes_on and title_score(" ".join(rest)) == 0:
            return [" ".join(words[:index]), " ".join(rest)]
        return [piece]
    return [piece]


def keep_suffixes(pieces: list[str]) -> list[str]:
    """['Cisco Systems', 'Inc.'] -> ['Cisco Systems, Inc.']: a legal form ends its company."""
    kept: list[str] = []
    for piece in pieces:
        suffix = legal_form(piece) == piece
        if kept and suffix and len(piece) <= 16:
            kept[-1] = f"{kept[-1]}, {piece}"
        else:
            kept.append(piece)
    return kept


def full_stops(segment: str) -> list[str]:
    """'UniqTrip. Junior web developer.' -> ['UniqTrip', 'Junior web developer'].

    A full stop after a word of four letters or more, before a capital, ends a
    field; "Inc. Berlin", "St. Petersburg" and "Node.js" are left whole.
    """
    parts, start = [], 0
    for stop in re.finditer(r"(?<=[A-Za-z0-9)]{4})\.\s+(?=[A-Z])", segment):
        word = segment[: stop.start()].split()[-1].lower()
        if word in vocabulary()["company_suffixes"] or word in ("corp", "dept"):
            continue  # "Acme Corp. Berlin"
        parts.append(segment[start : stop.start()])
        start = stop.end()
    parts.append(segment[start:])
    return [part.strip() for part in parts if part.strip(" .")]


def unbracket(piece: str) -> str:
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


def apply_dates(entry: dict[str, Any], dates: dict[str, Any]) -> None:
    if dates.get("start"):
        entry["startDate"] = dates["start"]
    if dates.get("end"):
        entry["endDate"] = dates["end"]


def is_duty(text: str) -> bool:
    """'Developed ...', 'Was preparing ...', 'Developing & maintaining ...': a line of duties.

    A word in -ing then a lower-case word opens a duty unless the two make a job
    title ("Managing director", "Marketing manager").
    """
    if ACTION_START_RE.match(text) or DUTY_START_RE.match(text):
        return True
    gerund = GERUND_START_RE.match(text)
    if not gerund:
        return False
    words = text.split()
    # "Shipping & Receiving Clerk": a short line that ends on a title's head is a title,
    # "Working with the sales manager" a duty.
    titled = (
        len(words) <= 6
        and role_score(text) > 0
        and not {word.lower() for word in words} & _DUTY_LINKS
    )
    return role_score(" ".join(words[:3])) == 0 and not titled


_DUTY_LINKS = {"the", "a", "an", "with", "to", "into", "from", "on", "our", "my", "all"}


def is_prose(segment: str) -> bool:
    """A sentence from the body, not a header field: long, lower-case start, or a full stop."""
    words = segment.split()
    if legal_form(segment):
        # "Nordbau sp. z o.o.", "druckwerk e.K.": the dots and lower case of a company's name.
        return is_duty(segment) or len(words) > 8
    return (
        is_duty(segment)
        or len(words) > 8
        or experience_claim(segment)
        or (len(words) > 3 and segment.rstrip().endswith("."))
        # "iOS Developer", "eBay": a brand's lower-case start is not a sentence's.
        or (
            segment[:1].islower()
            and len(words) > 1
            and not re.match(r"[a-z]{1,2}[A-Z]", segment)
            # "c# developer", "software engineer": a title written in lower case.
            and not (len(words) <= 4 and role_score(segment) >= 3)
        )
    )


TITLE_GRADE_RE = re.compile(r"(?:I{1,3}|IV|V|VI{1,3}|[1-9])")


def split_title_from_employer(segment: str) -> tuple[str, str]:
    """'FULL STACK JAVA DEVELOPER INETEX LTD' -> title and employer, cut after the last title word.

    Converted documents run the title and the employer together on one line.
    """
    words = segment.split()
    # "Freelance Software Development": the word for working on one's own opens a title.
    title_words = (vocabulary()["title_words"] | vocabulary()["title_heads"]) - vocabulary()[
        "self_employment_words"
    ]
    last = max(
        (index for index, word in enumerate(words) if word.lower().strip(",.()") in title_words),
        default=-1,
    )
    # A grade after the title's head is the title's own ("Teacher III", "Nurse II", "Band 6").
    while last + 1 < len(words) and TITLE_GRADE_RE.fullmatch(words[last + 1].strip(",.")):
        last += 1
    if last < 0 or last == len(words) - 1:
        return segment, ""
    employer = " ".join(words[last + 1 :])
    if not employer[:1].isupper() or len(words) - last - 1 > 5:
        return segment, ""
    return " ".join(words[: last + 1]), employer


NAME_CONNECTORS = {
    "of",
    "and",
    "for",
    "de",
    "da",
    "du",
    "der",
    "la",
    "le",
    "the",
    "&",
    "in",
    "at",
    "y",
    "von",
    "van",
}


def is_description(segment: str) -> bool:
    """'Embedded automotive software': words in lower
    case after the first describe, a name capitalises; a legal form ("sp. z o.o.") names."""
    if legal_form(segment):
        return False
    words = [word for word in re.split(r"[\s/]+", segment) if word[:1].isalpha()]
    return len(words) >= 2 and any(
        word[0].islower() and word not in NAME_CONNECTORS for word in words[1:]
    )


def position_and_organisation(segments: list[str]) -> tuple[str, str, list[str]]:
    """Which header segment is the job title and which the employer."""
    if not segments:
        return "", "", []
    title_scores = [role_score(segment) - employer_score(segment) for segment in segments]
    # On a tie the fuller title wins ("Internship, Service Engineer"), then the first.
    position_index = max(
        range(len(segments)),
        key=lambda i: (title_scores[i], min(len(segments[i].split()), 4), -i),
    )
    if title_scores[position_index] <= 0:
        named = [segment for segment in segments if employer_score(segment) > 0]
        if (
            named == segments[:1]
            and not any(role_score(segment) > 0 for segment in segments)
            and all(read_location(segment) or _town_like(segment) for segment in segments[1:])
        ):
            # "Reliance Retail Ltd., Pune": no title words, a company named first, then
            # only its town.
            return "", named[0], segments[1:]
        # No title words anywhere: "Company" alone, or "Title, Company" by convention,
        # unless the rest only describe ("MASA Tlalim, Java and Android programming").
        described = all(is_description(segment) for segment in segments[1:])
        if (len(segments) == 1 or described) and not is_description(segments[0]):
            return "", segments[0], segments[1:]
        if len(segments) == 1:
            return "", segments[0], []
        position_index = 0
    position = segments[position_index]
    others = [segment for i, segment in enumerate(segments) if i != position_index]
    following = segments[position_index + 1] if position_index + 1 < len(segments) else ""
    if following and second_title(following):
        # "Senior System Analyst, Project Lead": two roles held at once, one title.
        position = f"{position}, {following}"
        others.remove(following)
    if not others:
        return position, "", []
    # "Staff Nurse, Acute Medical Unit": a unit of the employer is never the employer,
    # nor is "Part-time" the way the job was held.
    kinds = vocabulary()["employment_types"]
    candidates = [
        segment for segment in others if not names_unit(segment) and segment.lower() not in kinds
    ] or others
    cut = bracket_pieces(segments)
    organisation = max(
        candidates,
        key=lambda segment: (
            employer_score(segment)
            - role_score(segment)
            - 2 * is_description(segment)
            # "Research University of Higher School of": cut off by the other column;
            # "Shaders/ URP /HDRP": a list of tools.
            - 3 * (segment.split()[-1].lower() in TITLE_GOES_ON)
            - 2 * bool(re.search(r"\s/|/\s", segment))
            # "BIG-IP F(Firewalls", "FMG", "FortiDDoS)": a bracketed list cut at its commas.
            - 3 * (segment in cut),
            -others.index(segment),
        ),
    )
    extra = [segment for segment in others if segment != organisation]
    return position, organisation, extra


def bracket_pieces(segments: list[str]) -> set[str]:
    """The segments of a bracket the line's commas cut apart: 'Tools (F5', 'FMG', 'Fortinet)'.

    A flattened column glues the other column's bracketed list of tools into the header;
    its pieces are that list, never a name (a bracket closed in its segment is kept).
    """
    inside: set[str] = set()
    depth = 0
    for segment in segments:
        balance = segment.count("(") - segment.count(")")
        if depth > 0 or balance:
            inside.add(segment)
        depth = max(0, depth + balance)
    return inside


def _town_like(segment: str) -> bool:
    """One or two capitalised words and nothing else: a town no list knows ("Pune")."""
    words = segment.split()
    return 0 < len(words) <= 2 and all(re.fullmatch(r"[A-Z][a-z'-]+", word) for word in words)


def names_unit(segment: str) -> bool:
    """'Acute Medical Unit', 'Payments Team': a part of the employer, not the employer."""
    words = {word.lower() for word in segment.split()}
    return bool(words & (_UNIT_WORDS - {"group", "lab", "labs"})) and employer_score(segment) == 0


def second_title(segment: str) -> bool:
    """A title with its head word and nothing of an employer or a description."""
    return (
        role_score(segment) >= 3
        and employer_score(segment) == 0
        and not is_description(segment)
        and len(segment.split()) <= 4
    )


def campus_name(segment: str) -> bool:
    """A short capitalised name with no degree, digits or place format: "Davis", "San Diego"."""
    words = segment.split()
    return (
        0 < len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and not any(ch.isdigit() for ch in segment)
        and not degree_in(segment)
        and not read_location(segment)
    )
