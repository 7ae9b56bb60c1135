"""Education entries from their section's lines."""

from __future__ import annotations

import re
from typing import Any

from resumeopt.dates import find_date_range
from resumeopt.importers.parsing.certificates import credential_acronym
from resumeopt.importers.parsing.entries import education_entries, has_date, is_job
from resumeopt.importers.parsing.fields import apply_dates, campus_name, header_parts
from resumeopt.importers.parsing.lexicon import (
    classification_pattern,
    degree_in,
    expected_date_pattern,
    implied_area,
    names_institution,
    names_school_kind,
    names_vocational,
    qualification_words,
    read_grade,
    read_location,
    school_stream,
    some_study_pattern,
    title_score,
    unfinished_lead_pattern,
    unfinished_mark_pattern,
    vocabulary,
    vocational_pattern,
)
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.lists import list_items
from resumeopt.importers.parsing.patterns import BULLET_RE, GPA_RE


def parse_education(
    lines: list[Line],
) -> tuple[list[dict[str, Any]], list[str], list[Line]]:
    """Education entries, unplaced lines, and the lines of jobs found under the heading."""
    results: list[dict[str, Any]] = []
    jobs: list[Line] = []
    tabled, unsorted, lines = _table_rows(lines)
    results.extend(tabled)
    raw_entries = education_entries(join_wrapped_names(lines))
    carry_school_lines(raw_entries)
    for raw in raw_entries:
        if _NATIONAL_SERVICE.search(" ".join(raw.header)) or (
            is_job(raw)
            and not any(_is_course_name(text) or _qualification_first(text) for text in raw.header)
        ):
            # A dated job under an Education heading (a misplaced or missing heading).
            jobs.extend(
                [
                    *(Line(text) for text in raw.header),
                    *(Line(text, bullet=bullet) for text, bullet in raw.items),
                    Line(""),
                ]
            )
            continue
        header, level = _level_apart(raw.header)
        header, score = _grade_apart(header)
        header, expected = _expected_apart(header)
        segments, dates = header_parts(header)
        entry, leftovers = _header_fields(_rejoin_dangling(segments), " ".join(header))
        if score and "score" not in entry:
            entry["score"] = score
        unsorted.extend(_place_leftovers(entry, leftovers))
        if "studyType" not in entry:
            _take_qualification(entry)
        if "studyType" not in entry and _is_course_name(entry.get("area", "")):
            # "Senior Leader Course, U.S. Army NCO Academy": the course is what was
            # studied, with no field of its own.
            entry["studyType"] = entry.pop("area")
        if entry.get("area") and (unit := _DEPARTMENT.fullmatch(entry["area"])):
            # "Bachelor of Commerce – Accounting Department", "Department of Physics": the
            # field the department teaches.
            entry["area"] = unit[1] or unit[2]
        if not entry.get("area") and (area := implied_area(entry.get("studyType", ""))):
            entry["area"] = area  # "BSN, Ohio State University": a BS in Nursing
        if level and "studyType" not in entry and level.lower() not in _SCHOOL_LEVELS:
            entry["studyType"] = level  # "Graduation: Delhi University", all it says
        if "institution" in entry:
            entry["institution"] = _without_expansion(
                _without_legal_form(re.sub(r"\s+(?:in|of|at|and|&)$", "", entry["institution"]))
            )
            place = _TRAILING_TOWN.search(entry["institution"])
            if place and not names_institution(place[1]) and not degree_in(place[1]):
                # "NTNU (Trondheim)": the town the school is in, in brackets after its name.
                entry["institution"] = entry["institution"][: place.start()].strip()
                entry.setdefault("location", place[1])
        apply_dates(entry, dates)
        if (
            "startDate" in entry
            and "endDate" not in entry
            and (
                expected or (not dates.get("current") and not _START_ONLY.search(" ".join(header)))
            )
        ):
            # "expected May 2027": when the degree is to be awarded, not when it began; a date
            # alone under a school ("Delhi Public School, 2016") is the year it was finished,
            # unless it is written as an open start ("2016 – Present", "since 2016", "2016 -").
            entry["endDate"] = entry.pop("startDate")
        unsorted.extend(_read_details(entry, raw.items))
        if entry:
            results.extend(_dual_degrees(entry))
    _share_school(results)
    return results, unsorted, jobs


# "from Sep 2016", "started 2019", "2016 –": a date written as the start of studies
# still going on, not as the year they ended.
_START_ONLY = re.compile(
    r"\b(?:from|since|started|starting|began|beginning|joined|ab|seit|desde|depuis|dal)\s+"
    r"(?:\w+\.?\s+)?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s*[–—-]+\s*(?:$|[|,;])",
    re.IGNORECASE,
)


_DEPARTMENT = re.compile(
    r"(?:the\s+)?(?:department|dept\.?)\s+of\s+(.+)|(.+?)\s+(?:department|dept\.?)", re.I
)


# Levels of schooling that name no qualification: "Secondary: Sacred Heart School" says
# where one went to school, not a degree earned ("Graduation:" in India names a bachelor's).
_SCHOOL_LEVELS = {
    "tertiary",
    "secondary",
    "primary",
    "elementary",
    "higher secondary",
    "senior high school",
    "junior high school",
}


# Nigeria's National Youth Service Corps: a year of service after the degree, with a post
# at an employer; it is work, like the national service other countries name so.
_NATIONAL_SERVICE = re.compile(r"\bNYSC\b|\bNational Youth Service\b", re.IGNORECASE)


def _abbreviates(short: str, degree: str) -> bool:
    """'BS' for 'Bachelor of Science', 'B.S.N.' for 'BSN', 'M.Tech' for 'Master of Technology',
    'ASN' for 'Associate of Science in Nursing': the same degree written again, its letters
    the starts of the degree's words in order."""
    letters = re.sub(r"[^A-Za-z]", "", short).lower()
    words = [word.lower() for word in re.findall(r"[A-Za-z]+", degree) if word[0].isupper()]
    if len(words) <= 1:
        return bool(letters) and re.sub(r"[^A-Za-z]", "", degree).lower().startswith(letters)
    # Two words at least: "BA" is no second writing of "Bachelor of Science".
    return any(
        _word_starts(letters[taken:], words[1:][skip:])
        for taken in range(1, len(letters))
        if words[0].startswith(letters[:taken])
        for skip in range(len(words) - 1)
    )


def _word_starts(letters: str, words: list[str]) -> bool:
    """Whether the letters are the start of the first word, then of later ones, in order."""
    if not letters:
        return True
    if not words or letters[0] != words[0][0]:
        return False
    shared = 1
    while shared < min(len(letters), len(words[0])) and letters[shared] == words[0][shared]:
        shared += 1
    return any(
        _word_starts(letters[taken:], later)
        for taken in range(shared, 0, -1)
        for later in (words[1:][skip:] for skip in range(len(words) - 1 or 1))
    )


def _dual_degrees(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """'B.S. in Mechanical Engineering and B.A. in Economics', 'MD, MPH': two degrees of one
    school, each an entry with the school, dates and place; the grade stays with the first."""
    shared = ("institution", "location", "startDate", "endDate")
    others = [
        {**qualification_fields(degree), **{key: entry[key] for key in shared if key in entry}}
        for degree in entry.pop("also", [])
    ]
    return [*_dual_degree(entry), *others]


def _dual_degree(entry: dict[str, Any]) -> list[dict[str, Any]]:
    found = re.match(r"(?:(.+?)\s+(?:and|&)\s+|(.*?)\s*[/+]\s*)(.+)$", entry.get("area", ""))
    second = found and degree_in(found[3])
    if not second or second.start() != 0 or not degree_in(entry.get("studyType", "")):
        return [entry]
    entry["area"] = found[1] or found[2]  # "MBA/MPH": the first names no field
    if not entry["area"]:
        del entry["area"]
    shared = ("institution", "location", "startDate", "endDate")
    other = {key: entry[key] for key in shared if key in entry}
    return [entry, {**qualification_fields(found[3]), **other}]


def _share_school(entries: list[dict[str, Any]]) -> None:
    """Degrees listed under one school's name take it: 'Belarusian State University' /
    'Master's Degree, Computer Engineering (2013 – 2015)' / 'Bachelor's Degree, Software
    Engineering (2009 – 2013)'. The second degree's field was taken for its school, for
    want of one; it is the field, and the school is the one above."""
    for previous, entry in zip(entries, entries[1:], strict=False):
        school = previous.get("institution", "")
        taken = entry.get("institution", "")
        if (
            names_institution(school)
            and (degree := degree_in(entry.get("studyType", "")))
            and degree.start() == 0  # a degree, not a course ("Complete JavaScript Course")
            and "area" not in entry
            and taken
            and not names_institution(taken)
            and not read_location(taken)
            and not re.fullmatch(r"[A-Z]{2,6}", taken)  # "Master's coursework, UCLA": its own
        ):
            entry["area"], entry["institution"] = taken, school


def _level_apart(header: list[str]) -> tuple[list[str], str]:
    """The header without the label of the level of schooling it opens with ("Tertiary:",
    "Secondary:", "Graduation:"), and that label: the degree or the school follows it."""
    if not header:
        return header, ""
    label, colon, rest = header[0].partition(":")
    if not colon or label.strip().lower() not in vocabulary()["education_level_labels"]:
        return header, ""
    return [rest.strip(), *header[1:]], label.strip()


def _expected_apart(header: list[str]) -> tuple[list[str], bool]:
    """The header with 'expected' / 'anticipated' taken from before its date, the date
    left as a field of its own, and whether there was one: the degree is still to come."""
    kept = []
    expected = False
    for text in header:
        found = expected_date_pattern().search(text)
        if found and not expected:
            expected = True
            text = f"{text[: found.start()]} | {found[1] or found[2]} | {text[found.end() :]}"
        kept.append(text)
    return kept, expected


def _grade_apart(header: list[str]) -> tuple[list[str], str]:
    """The header's lines without the grade written in them, and that grade: a GPA, a
    class ('2:1', 'First Division'), a labelled mark ('Percentage: 72%', 'Abschlussnote:
    1,4') or a percentage alone ('HSC, 2014 - 87%'). Read before the header is cut into
    fields, where a '2:1' or a '9.4' alone would be lost as debris."""
    kept = []
    score = ""
    for text in header:
        found = None
        if not score and (gpa := GPA_RE.search(text)):
            found = (f"{gpa[1].strip()} GPA", gpa.start(), gpa.end())
            # "GPA 4.62 out of 5 (Excellent with Second Class Honors)": the grade in words too.
            if words := classification_pattern().search(text, gpa.end()):
                whole = text[gpa.end() : words.end()].strip(" ,;()")
                if re.fullmatch(r"[(\s\w]*", whole):
                    end = words.end() + (text[words.end() :].startswith(")"))
                    found = (f"{gpa[1].strip()} GPA ({whole})", gpa.start(), end)
        elif not score and (grade := classification_pattern().search(text)):
            found = (grade[1], grade.start(1), grade.end(1))
        elif not score:
            found = read_grade(text, bare_percent=True)
        if found:
            score, start, end = found
            if text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")"):
                # "8 GCSEs (grades A*–C)": the brackets held the grade alone.
                start = text[:start].rstrip().rindex("(")
                end = text.index(")", end) + 1
            # The grade was a field of its own: the fields on either side stay apart.
            text = f"{text[:start]} | {text[end:]}"
        kept.append(text)
    return kept, score


_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+")


def _columns(text: str) -> list[str] | None:
    """The fields a table's first row names, one per cell, or None when it names none."""
    cells = [cell.strip().lower() for cell in _CELL_SPLIT.split(text.strip(" |"))]
    if len(cells) < 3:
        return None
    known = vocabulary()["education_columns"]
    fields = [
        next((field for field, names in known.items() if cell in names), "") for cell in cells
    ]
    # "University" heads the board's column when an institute's column is there too.
    if "board" in fields and "institution" not in fields:
        fields[fields.index("board")] = "institution"
    named = [field for field in fields if field]
    if "studyType" not in named or "institution" not in named or len(named) < len(cells) - 1:
        return None
    return fields


def _table_rows(lines: list[Line]) -> tuple[list[dict[str, Any]], list[str], list[Line]]:
    """Entries of an education table with its column names in its first row
    ('Qualification | Board / University | Institute | Year | Percentage' over
    'B.Tech (CSE) | JNTU Hyderabad | Vasavi College of Engineering | 2018 | 74.2%'), the
    board or university that awarded each (kept for review), and the lines outside it."""
    entries: list[dict[str, Any]] = []
    boards: list[str] = []
    rest: list[Line] = []
    fields: list[str] | None = None
    for line in lines:
        text = line.text.strip()
        if fields is None and (found := _columns(text)):
            fields = found
            continue
        cells = [cell.strip() for cell in _CELL_SPLIT.split(text.strip(" |"))] if text else []
        if not fields or len(cells) != len(fields):
            fields = None if text else fields
            rest.append(line)
            continue
        row = dict(zip(fields, cells, strict=True))
        entry = {**qualification_fields(row["studyType"]), "institution": row["institution"]}
        span = find_date_range(row.get("year") or "")
        if span and (span.end or span.current):
            # "Sep 2015 – Jun 2019" in a Period column: when it began and when it ended.
            apply_dates(entry, {"start": span.start, "end": span.end})
        elif row.get("year") and (
            year := re.search(r"\b(?:19|20)\d{2}\b(?!.*\b(?:19|20)\d{2}\b)", row["year"])
        ):
            entry["endDate"] = year[0]
        if row.get("score"):
            entry["score"] = row["score"]
        if row.get("board"):
            boards.append(f"{row['institution']}: {row['board']}")
        entries.append(entry)
    return entries, boards, rest


# "12th in Mathematics", "Class XII - Science", "HSC in Commerce": a school-leaving level
# written with its stream; the level is the qualification, the stream what was studied.
_SCHOOL_LEVEL_IN = re.compile(
    r"(?P<level>(?i:(?:class|std\.?|standard) ?(?:x|xii|10|12|10th|12th)|10th|12th|xth|xiith"
    r"|(?:senior|higher) secondary(?: \((?:xii|x|12th|10th)\))?)|SSC|HSC|SSLC|PUC)"
    r"(?: in|,| [-–:])\s+(?P<area>[A-Z][\w&.' -]{2,40})"
)


def _header_fields(segments: list[str], written: str = "") -> tuple[dict[str, Any], list[str]]:
    """An entry's school, degree, field, place and grade from its header's segments, and
    the segments none of them took; `written` is the header as written."""
    entry: dict[str, Any] = {}
    leftovers = []
    institution_words = vocabulary()["institution_words"]
    after_school = False  # the segment before was the school's name
    for index, segment in enumerate(segments):
        if "studyType" not in entry and some_study_pattern().match(segment):
            entry["studyType"] = segment  # "Some college coursework": schooling, no degree
            continue
        if "studyType" not in entry and (level := _SCHOOL_LEVEL_IN.fullmatch(segment.strip())):
            # "12th in Mathematics", "HSC - Science": the school-leaving level, then the stream.
            entry["studyType"], entry["area"] = level["level"], level["area"]
            continue
        if "studyType" not in entry and re.match(r"\d{1,2}\s+\D", segment.strip()):
            # "8 GCSEs", "3 A-levels": school-leaving subjects counted; still the level.
            level, _, subjects = segment.strip().partition(" including ")
            counted = level.partition(" ")[2]
            if names_vocational(counted) and not degree_in(counted):
                entry["studyType"] = level
                if subjects:
                    entry.setdefault("courses", []).extend(list_items(subjects))
                continue
        if "studyType" not in entry and names_vocational(segment) and not degree_in(segment):
            entry["studyType"] = segment  # "Técnico en Cuidados Auxiliares de Enfermería"
            level = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", segment.strip())
            if level and "area" not in entry and (stream := school_stream(level[2])):
                # "12th (Science)", "HSC (Commerce)": the level, and the stream taken in it.
                entry["studyType"], entry["area"] = level[1], stream
            continue
        if "area" not in entry and (stream := school_stream(segment)):
            # "Senior Secondary (XII), Science", "Delhi Public School, Commerce Stream": the
            # stream studied for a school-leaving level, never a place nor the school.
            entry["area"] = stream
            continue
        if "institution" not in entry and _names_school_by_acronym(segments, index):
            entry["institution"] = segment
            continue
        if after_school and (taken := _extends_school(entry, segment, written)):
            after_school = taken == "name"  # a place ends the name
            continue
        after_school = False
        course_at = _COURSE_AT.match(segment)
        if (
            course_at
            and names_institution(course_at[2])
            and (_is_course_name(course_at[1]) or not names_institution(course_at[1]))
            and not degree_in(course_at[1])
            and "area" not in entry
        ):
            entry["area"] = course_at[1]  # "Java course at the John Bryce Academy"
            segment = course_at[2]
        gpa = GPA_RE.search(segment)
        if gpa and "score" not in entry:
            entry["score"] = f"{gpa[1].strip()} GPA"
            segment = (segment[: gpa.start()] + segment[gpa.end() :]).strip(" ,;")
            if not segment:
                continue
        grade = classification_pattern().search(segment)
        if grade and "score" not in entry:
            # "MChem (First Class)", "BSc Economics, 2:1": the grade, not the degree's name.
            entry["score"] = grade[1]
            segment = (segment[: grade.start()] + segment[grade.end() :]).strip(" ,;")
            if not segment:
                continue
        degree = degree_in(segment)
        if read_location(segment) and "location" not in entry:
            entry["location"] = segment
        elif (
            "institution" not in entry
            and {word.lower().strip(",.") for word in segment.split()} & institution_words
            and not (degree and degree.start() == 0)
            and not _course_before_school(segment, segments[index + 1 :])
            and not _diploma_before_school(segment, degree, segments[index + 1 :])
        ):
            entry["institution"] = segment
            after_school = True
        elif (
            degree
            and "studyType" not in entry
            and _diploma_before_school(segment, degree, segments[index + 1 :])
            and names_institution(segment[: degree.start()])
        ):
            entry["studyType"] = segment.strip()  # the diploma's whole name, its system's too
        elif degree and "studyType" not in entry:
            _take_degree(entry, segment, degree)
        else:
            leftovers.append(segment)
    return entry, leftovers


def _diploma_before_school(segment: str, degree: re.Match | None, after: list[str]) -> bool:
    """'Ontario Secondary School Diploma, Bramalea Secondary School': a diploma named for its
    school system, then the school that gave it."""
    return (
        degree is not None
        and degree.end() == len(segment.rstrip(" .,"))
        and any(names_institution(later) for later in after)
    )


def _course_before_school(segment: str, after: list[str]) -> bool:
    """'Front End Bootcamp, Coding Academy': the course, then the school that gave it."""
    return _is_course_name(segment) and any(
        _is_school_word(word) for later in after for word in later.split()
    )


_CAMPUS = re.compile(r"\b(?:campus|kampus|câmpus)\b", re.IGNORECASE)


def _names_campus(segment: str) -> bool:
    """'Campus Guadalajara', 'Main Campus', 'Kampus Depok': a school's campus named alone."""
    return bool(_CAMPUS.search(segment)) and len(segment.split()) <= 4 and not degree_in(segment)


def _link(first: str, second: str, written: str) -> str:
    """What the line wrote between two parts of a header: ',', '–', '-', '|' or ''."""
    between = re.search(rf"{re.escape(first)}(\s*(?:[,–—|-]|\s)\s*){re.escape(second)}", written)
    return between[1].strip() if between else ""


def _joined(first: str, second: str, written: str, default: str) -> str:
    """The two parts of a name joined as the line wrote them: 'Universidad Nacional, Facultad
    de Derecho' keeps its comma, 'Technion – Israel Institute of Technology' its dash."""
    link = _link(first, second, written)
    if link in ("", "|"):  # a tab stop or a bar between columns says nothing of the name
        return f"{first}{default}{second}"
    return f"{first}, {second}" if link == "," else f"{first} {link} {second}"


def _extends_school(entry: dict[str, Any], segment: str, written: str = "") -> str:
    """Take a segment right after the school's name that is part of it ("name") or its
    place ("place"); "" if it is neither. `written` is the line, to join them as it does."""
    if _continues_name(entry["institution"], segment):
        entry["institution"] = _joined(entry["institution"], segment, written, ", ")
        return "name"
    second_name = (
        not degree_in(segment)
        and not _is_course_name(segment)
        and any(_is_school_word(word) for word in segment.split())
    )
    if second_name:
        # "Technion – Israel Institute of Technology", "Sacred Heart School – Ateneo de Cebu":
        # one school, two names.
        entry["institution"] = _joined(entry["institution"], segment, written, " – ")
        return "name"
    if _names_campus(segment) and _link(entry["institution"], segment, written) in ("–", "—", "-"):
        # "Philippine Science High School – Main Campus": the campus, dashed on as part of the
        # name; after a comma ("UNAM, Campus Juriquilla") it is where the school is.
        entry["institution"] = _joined(entry["institution"], segment, written, " – ")
        return "place"
    place_like = (
        campus_name(segment)
        and segment.lower().strip(".") not in qualification_words()
        and not _qualification_and_field(segment)  # "Universidad de Chile, Ingeniería Comercial"
        and title_score(segment) <= 0
        and not names_institution(segment)
        and not _is_course_name(segment)
    )
    if place_like and _has_campus(entry["institution"], segment):
        entry["institution"] += f", {segment}"  # "University of California, Davis"
        return "place"
    if place_like and "location" not in entry:
        entry["location"] = segment  # "Anna University, Chennai"
        return "place"
    return ""


# "MASTER'S DEGREE IN MECHANICAL ENGINEERING Università di Bologna" (Europass): the
# qualification in capitals, then the school in ordinary case, with nothing between.
_CAPITALS_THEN_SCHOOL = re.compile(r"((?:[A-Z][A-Z&'’-]*\s+)+)([A-Z][a-zà-ÿ].*)")


def _capitals_then_school(segment: str, degree: re.Match, area: str) -> re.Match | None:
    found = _CAPITALS_THEN_SCHOOL.match(area)
    if not found:
        return None
    # Three capital words at least: "MBA INSEAD Business School" is a degree and a school.
    qualification = f"{segment[: degree.end()]} {found[1]}"
    return found if qualification.isupper() and len(qualification.split()) >= 3 else None


# "Senior Secondary (XII)", "Secondary (X)": the school year the level ends with, in
# Roman or Arabic numbers; it belongs to the qualification's name, not its field.
_SCHOOL_YEAR = re.compile(r"(?:X|XII|10|12|10th|12th)")
_FIELD_IN_BRACKETS = re.compile(r"(?:[A-Z][a-z]{2,}|[A-Z]{2,4})(?: [A-Z&][a-z]*)*")
_FIELD_BEFORE = re.compile(r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|and|of|&))*")
_DEGREE_STATUS = re.compile(r"(candidate|student)\b[\s,:–-]*", re.I)


# What joins a degree to its field: "in", "of", "en", "em" (Portuguese), "di", "d'".
_STUDY_AFTER_DEGREE = re.compile(r"(coursework|course work|credits|studies)\b\s*", re.I)
_FIELD_LINK = re.compile(r"^(?:(?:in|of|en|em|de|di|ès|na|no)\s+|d['’])", re.I)


# An awarding body's letters and the words that grade a diploma, before it.
_DIPLOMA_QUALIFIER = re.compile(
    r"(?:(?:[A-Z]{2,6}|City (?:&|and) Guilds)\s+)?"
    r"(?:(?:National|Advanced|Professional|Higher|Extended|Level \d)\s*)+"
)


def _take_degree(entry: dict[str, Any], segment: str, degree: re.Match) -> None:
    """'B.Sc. in Physics from Tel Aviv University': the degree, its field, maybe the school."""
    vocational = vocational_pattern().match(segment.strip())
    if names_school_kind(segment) or (
        vocational and len(vocational[0].rstrip()) > degree.end() - degree.start()
    ):
        # "Diploma di Istituto Professionale per ...", "Diploma di maturità scientifica": a
        # qualification's title longer than the degree word in it ("BTS Communication" is
        # a BTS in Communication).
        entry["studyType"] = segment.strip()
        return
    entry["studyType"] = degree[0].strip()
    before = segment[: degree.start()].strip(" ,:–-")
    if _DIPLOMA_QUALIFIER.fullmatch(before) and re.match(r"(?i)diploma|certificate", degree[0]):
        # "NEBDN National Diploma in Dental Nursing", "CACHE Level 3 Diploma in Childcare":
        # the words before the diploma are part of its name.
        entry["studyType"] = f"{before} {entry['studyType']}"
        before = ""
    unfinished = bool(before) and bool(unfinished_lead_pattern().match(before))
    if unfinished:
        # "Coursework toward B.S.", "Pursuing MBA": the degree was not (yet) earned, and the
        # words saying so stay with its name (JSON Resume has no field for it).
        entry["studyType"] = segment[: degree.end()].strip()
    area = segment[degree.end() :].strip(" ,:-–")
    if not unfinished and (study := _STUDY_AFTER_DEGREE.match(area)):
        # "Master's coursework in Project Management", "Associate of Science coursework": the
        # degree was studied towards, not earned; the words saying so stay with its name.
        entry["studyType"] += f" {study[1]}"
        area = area[study.end() :]
    # "Master's degree (Ing.) in Informatics", "Magister (mgr) ...": the bracket names
    # the same degree; "BE (Mechanical)", "B.Tech (CSE)" name its field, all it says of it.
    if short := re.match(r"\(([^()\d]{1,12})\)\s*", area):
        if (
            _FIELD_IN_BRACKETS.fullmatch(short[1])
            and not degree_in(short[1])  # "(BBA)" names the degree again
            and not _SCHOOL_YEAR.fullmatch(short[1])  # "Senior Secondary (XII)": its year
            and not _abbreviates(
                short[1], segment[: degree.end()]
            )  # "Higher ... Certificate (HSC)"
            and not area[short.end() :].strip()
        ):
            area = short[1]
        else:
            entry["studyType"] += f" ({short[1]})"
            area = area[short.end() :]
    whole = re.fullmatch(r"\(([^()]+)\)", area)
    if whole and not degree_in(whole[1]) and not unfinished_mark_pattern().fullmatch(area):
        area = whole[1]  # "B.E. (Computer Engineering)": the field, all in brackets
    if mark := unfinished_mark_pattern().search(area):
        # "BSc Computer Science (not completed)", "PhD in Sociology (ABD)".
        entry["studyType"] += f" ({mark[1] or mark[2]})"
        area = (area[: mark.start()] + area[mark.end() :]).strip(" ,;–-")
    if status := _DEGREE_STATUS.match(area):
        # "Ph.D. Candidate, Computational Biology": where the degree stands, not its field.
        entry["studyType"] += f" {status[1]}"
        area = area[status.end() :]
    area = _FIELD_LINK.sub("", area)
    school = _SCHOOL_AFTER.match(area) or _capitals_then_school(segment, degree, area)
    if "institution" not in entry and school and names_institution(school[2]):
        area, entry["institution"] = school[1].strip(), school[2]
    elif "institution" not in entry and names_institution(area):
        area, entry["institution"] = "", area  # "BA in Ariel University"
    if (
        not area
        and not unfinished
        and _FIELD_BEFORE.fullmatch(before)
        and not names_institution(before)
    ):
        area = before  # "Business Administration Diploma", "Nursing Diploma": its field first
    if area and not re.fullmatch(r"\([A-Z.]{2,8}\)", area):  # "... (MBA)"
        entry["area"] = area


def qualification_fields(text: str) -> dict[str, Any]:
    """A qualification's title as the education fields it gives: the degree and its field
    ("Licenciatura en Derecho"), or the whole title as what was studied when it names no
    degree ("Diploma di maturità" is kept, never dropped)."""
    entry: dict[str, Any] = {}
    label, colon, subjects = text.partition(":")
    if colon and names_vocational(label) and subjects.strip():
        # "A Levels: Maths, Physics, Chemistry": the qualification, then its subjects.
        return {"studyType": label.strip(), "courses": list_items(subjects)}
    degree = degree_in(text)
    if degree and (
        degree.start() <= 2
        or unfinished_lead_pattern().match(text[: degree.start()].strip(" ,:–-"))
    ):
        _take_degree(entry, text, degree)
    elif qualified := _qualification_and_field(text):
        entry["studyType"], entry["area"] = qualified
    else:
        entry["studyType"] = text.strip()
    if not entry.get("area") and (area := implied_area(entry.get("studyType", ""))):
        entry["area"] = area
    return entry


# "RN", "BE", "M.Tech", "B.Sc.": a licence's or a degree's short name, two capitals at least.
_SHORT_NAME = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z.&-]{1,9}")


def _place_leftovers(entry: dict[str, Any], leftovers: list[str]) -> list[str]:
    """Give the segments no field took a place in the entry; return those still left."""
    town = None
    if "institution" not in entry:
        # "Python Developer / Yandex.Practicum / ... Training Course": the school is
        # the segment that is neither a course's name nor a profession.
        # A campus ("Campus Guadalajara") is where the school is, never the school itself.
        named = [s for s in leftovers if not _names_programme(s)]
        school = next((s for s in named if not _names_campus(s)), None) or next(iter(named), None)
        if school:
            entry["institution"] = school
            after = leftovers.index(school) + 1
            town = leftovers[after] if after < len(leftovers) else None
            leftovers = [s for s in leftovers if s is not school]
    if town and _names_campus(town) and "location" not in entry:
        entry["location"] = town  # "Tecnológico de Monterrey" over "Campus Guadalajara"
        leftovers = [s for s in leftovers if s is not town]
        town = None
    # "Industriemeister Metall (IHK) / IHK Akademie Niederbayern, Regensburg": once the
    # qualification has said what was studied, a short name after the school is its town.
    said = "area" in entry or names_vocational(entry.get("studyType", ""))
    if town and said and "location" not in entry and _town_like(town):
        entry["location"] = town
        leftovers = [s for s in leftovers if s is not town]
    unplaced = []
    for segment in leftovers:
        if "studyType" in entry and (subjects := re.match(r"(?i)including\s+(.+)", segment)):
            # "8 GCSEs including Maths and English": the subjects the level was taken in.
            entry.setdefault("courses", []).extend(list_items(subjects[1]))
            continue
        degree = degree_in(segment)
        written = " ".join(filter(None, (entry.get("studyType"), entry.get("area"))))
        if "studyType" in entry and degree and degree[0] == segment.strip():
            # "..., College Park, MD": a state's letters after the town, not a doctor's degree.
            state = segment.strip() in vocabulary()["us_states"]
            if not state and not _abbreviates(segment, written):
                # "MD, MPH — Emory University": a second degree of the same school.
                entry.setdefault("also", []).append(segment.strip())
            continue  # "Bachelor of Science - BS, ...": the degree's abbreviation, said again
        if "studyType" in entry and (mark := unfinished_mark_pattern().fullmatch(segment)):
            entry["studyType"] += f" ({mark[1] or mark[2]})"  # "BSc Physics, incomplete, ..."
            continue
        if "studyType" in entry and _SHORT_NAME.fullmatch(segment.strip()):
            if credential_acronym(segment.strip()):
                unplaced.append(segment)  # "BSN, RN — University of Florida": a licence held
                continue
            if _abbreviates(segment, written):
                continue  # "Bachelor of Engineering, BE, Anna University": the degree again
        if "studyType" not in entry and _BARE_QUALIFICATION.fullmatch(segment.strip()):
            # "Columbus State Community College - Certificate, Supply Chain Management": the
            # qualification named alone; the field follows it.
            entry["studyType"] = segment.strip()
        elif "area" not in entry and (_is_course_name(segment) or _FACULTY.match(segment)):
            entry["area"] = segment  # "QA Automation Course": what was studied there
        elif "studyType" not in entry and segment.lower().strip(".") in qualification_words():
            entry["studyType"] = segment  # "..., 2008 - 2013, Specialist"
        elif "institution" not in entry:
            entry["institution"] = segment
        elif "studyType" not in entry and (qualified := _qualification_and_field(segment)):
            entry["studyType"], entry["area"] = qualified  # "Ingeniero Industrial"
        elif "studyType" in entry and "area" not in entry:
            entry["area"] = re.sub(r"^(?:in|of)\s+", "", segment, flags=re.I)
        elif "studyType" not in entry and "area" not in entry and _ends_in_qualification(segment):
            entry["area"] = segment  # "Information Systems engineer", read below
        elif "studyType" not in entry and names_vocational(segment):
            entry["studyType"] = segment  # "Técnico Superior en Dirección de Cocina", whole
        else:
            unplaced.append(segment)
    return unplaced


def _read_details(entry: dict[str, Any], items: list[tuple[str, bool]]) -> list[str]:
    """Courses and a grade from the lines under the entry; the other lines, labelled."""
    unplaced = []
    words = vocabulary()
    for text, _ in items:
        label, _, value = text.partition(":")
        label, value = label.strip().lower(), value.strip()
        if value and label in words["education_school_labels"] and "institution" not in entry:
            entry["institution"] = value
            continue
        if value and label in words["education_degree_labels"] and "studyType" not in entry:
            entry["studyType"] = value
            continue
        if value and label in words["education_area_labels"] and "area" not in entry:
            entry["area"] = value
            continue
        written = text.partition(":")[0].strip()
        if value and "studyType" not in entry and names_vocational(written):
            # "A-levels: English Literature (B), French (C)": the qualification, then
            # the subjects taken for it.
            entry["studyType"] = written
            entry.setdefault("courses", []).extend(list_items(value))
            continue
        courses = re.match(
            r"^(?:relevant\s+)?(?:course\s?work|courses|modules)\s*:\s*(.+)$", text, re.I
        )
        gpa = GPA_RE.search(text)
        if courses:
            entry.setdefault("courses", []).extend(list_items(courses[1]))
        elif gpa and "score" not in entry:
            entry["score"] = f"{gpa[1].strip()} GPA"
        elif "score" not in entry and (grade := read_grade(text)):
            entry["score"] = grade[0]  # "Abschlussnote: 1,4", "Percentage: 78%"
        else:
            unplaced.append(f"{entry.get('institution', 'Education')}: {text}")
    return unplaced


# A line that stops on one of these, or on a hyphen, was wrapped inside a name:
# "Moscow National Research University of Higher School of" / "Economics".
_DANGLING_END = re.compile(r"(?:\b(?:of|and|the|for|&)|[A-Za-z]-)\s*$", re.IGNORECASE)


def join_wrapped_names(lines: list[Line]) -> list[Line]:
    """Rejoin a school's name that a narrow column or a PDF wrapped onto the next line."""
    joined: list[Line] = []
    for line in lines:
        text = line.text.strip()
        previous = joined[-1].text.rstrip() if joined else ""
        # "Peter the Great St. Petersburg Polytechnic" / "University": the last word alone.
        school_word_alone = (
            0 < len(text.split()) <= 2
            and all(_is_school_word(word) for word in text.split())
            and previous[-1:].isalpha()
        )
        if text and previous and (moved := _school_word_wrapped(previous, text)):
            joined[-1] = Line(moved, joined[-1].heading, joined[-1].bullet)
            continue
        if (
            text
            and previous
            and (_DANGLING_END.search(previous) or school_word_alone)
            and text[0].isupper()
            and not BULLET_RE.match(text)
            and previous.count("(") == previous.count(")")
            and len(previous.split()) <= 14
        ):
            glue = "" if previous.endswith("-") else " "
            joined[-1] = Line(f"{previous}{glue}{text}", joined[-1].heading, joined[-1].bullet)
            continue
        joined.append(line)
    return joined


_AFTER_NAME = re.compile(r"\s*(?:[,|(\t–—]|\s-\s|$)")


def _school_word_wrapped(previous: str, text: str) -> str:
    """'Bachelor of Education (Science), Kenyatta' / 'University, 2012 – 2016', 'Alliance
    High' / 'School, 2008 – 2011': the school's last words wrapped onto the next line, with
    what follows them there. The line rejoined, the words back after the name they end
    (before a date the line above closed on); "" if the lines are not so cut."""
    if BULLET_RE.match(text) or not text[:1].isupper():
        return ""
    cut = _AFTER_NAME.search(text)
    head = text[: cut.start()] if cut else text
    words = head.split()
    dated = find_date_range(text)
    if dated and dated.begin < len(head):
        return ""
    if not 0 < len(words) <= 2 or not all(_is_school_word(word) for word in words):
        return ""
    closing = find_date_range(previous)
    before = (
        previous[: closing.begin].rstrip()
        if closing and closing.finish >= len(previous.rstrip())
        else previous
    )
    after = previous[len(before) :].strip()
    name = re.split(r"[,|–—(]\s*", before)[-1].strip()
    if not name or not name.split()[-1][:1].isupper() or not name.split()[-1].isalpha():
        return ""
    if names_institution(name) or degree_in(name) or len(name.split()) > 4:
        return ""
    rest = text[len(head) :].strip()
    return " ".join(filter(None, (f"{before} {head}", rest, after and f"{after}")))


def carry_school_lines(entries: list) -> None:
    """'Udemy' under a dated degree and above 'Complete JavaScript Course, 2021': the
    trailing name opens the next entry, which had no school of its own."""
    for entry, following in zip(entries, entries[1:], strict=False):
        if len(entry.header) < 2 or entry.items:
            continue
        last = entry.header[-1]
        if (
            has_date(entry.header[:-1])
            and not has_date([last])
            and not degree_in(last)
            and title_score(last) == 0
            and len(last.split()) <= 5
            and not any(names_institution(text) for text in following.header)
            and has_date(following.header)
            # "2019 / Cruz Roja Española": a name the next entry has of its own.
            and all(
                has_date([text]) or degree_in(text) or _is_course_name(text)
                for text in following.header
            )
        ):
            following.header.insert(0, entry.header.pop())


def _rejoin_dangling(segments: list[str]) -> list[str]:
    """['Data Science course at the', 'ITC Academy'] -> one segment: a split cut a phrase."""
    joined: list[str] = []
    for segment in segments:
        dangling = joined and re.search(r"\s(?:at|in|from)(?:\s+the)?$", joined[-1], re.I)
        # "Diploma di Istituto Professionale per i" / "Servizi Enogastronomici": a
        # qualification's name cut after its small words.
        cut_name = (
            joined
            and names_school_kind(joined[-1])
            and re.search(r"\s[a-z]{1,4}$", joined[-1])
            and segment[:1].isupper()
        )
        if cut_name or (dangling and names_institution(segment)):
            joined[-1] = f"{joined[-1]} {segment}"
        else:
            joined.append(segment)
    return joined


def _has_campus(institution: str, segment: str) -> bool:
    """A state system's school is named for its state and then its campus; a city
    already in the name ("University of Gdańsk, Gdańsk") is the place."""
    return (
        bool(re.search(r"\bUniversity of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?$", institution))
        and "," not in institution
        and segment.split()[0] not in institution
    )


_AND_WORDS = {"and", "&", "y", "e", "et", "und"}
_NAME_LINKS = _AND_WORDS | {"of", "de", "del", "la", "las", "los", "des", "di", "du", "da", "do"}


def _continues_name(institution: str, segment: str) -> bool:
    """'Institute of Radio Engineering, Electronics and Automation', 'Universidad Nacional,
    Facultad de Derecho, Ciencias Políticas y Sociales': a list of fields after "of" ("de")
    goes on past its comma."""
    words = [word for word in re.sub(r"\(.*?\)", "", segment).split()]
    last = re.split(r",\s*|\s+[–—-]\s+", institution)[-1]  # the faculty after the school
    # A faculty's list goes on in any language; a school's own only after "of" and "and":
    # "Università di Bologna, Ingegneria e Scienze Informatiche" is the school, then a field.
    faculty = last != institution and _FACULTY_NAME.match(last) is not None
    english = last == institution and bool(re.search(r"\bof\b", last, re.IGNORECASE))
    conjunctions = _AND_WORDS if faculty else {"and", "&"}
    return (
        (faculty or english)
        and any(word.lower() in conjunctions for word in words)
        and all(word[0].isupper() or word.lower() in _NAME_LINKS for word in words)
        and not degree_in(segment)
        and not read_location(segment)
        and not any(ch.isdigit() for ch in segment)
    )


# A certificate or diploma named with no field: "Certificate", "Graduate Diploma",
# "Certificate IV", "Advanced Diploma".
_BARE_QUALIFICATION = re.compile(
    r"(?:(?:graduate|postgraduate|post-graduate|professional|advanced|technical|"
    r"undergraduate|higher|national)\s+)?(?:certificate|diploma)(?:\s+(?:[IVX]{1,4}|\d))?",
    re.IGNORECASE,
)

_COURSE_WORDS = {
    "course",
    "courses",
    "training",
    "program",
    "programme",
    "internship",
    "nanodegree",
    "bootcamp",
    "immersive",  # a bootcamp's full-time course: "Software Engineering Immersive"
    "certificate",
    "certification",
}


_SCHOOL_AFTER = re.compile(r"^(.*?)\s*(?:,|\bat\b|\bfrom\b)\s*(?:the\s+)?([A-Z].*)$")
_COURSE_AT = re.compile(r"^(.+?)\s+(?:at|in)\s+(?:the\s+)?([A-Z].+)$")


def _town_like(segment: str) -> bool:
    return (
        campus_name(segment)
        and title_score(segment) <= 0
        and not names_institution(segment)
        and not _is_course_name(segment)
        and segment.lower().strip(".") not in qualification_words()
    )


def _is_course_name(segment: str) -> bool:
    return bool({word.lower().strip(",.()") for word in segment.split()} & _COURSE_WORDS)


def _names_programme(segment: str) -> bool:
    """A course's name or a profession ("Python Developer"), not a school's."""
    return _is_course_name(segment) or (title_score(segment) > 0 and not names_institution(segment))


# "The Federal State Budget Educational Institution of Higher Education Baikal State
# University": the legal form before the name people know the school by.
_LEGAL_FORM = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+){0,6}?institution\s+of\s+(?:higher\s+)?"
    r"(?:professional\s+)?education\s+",
    re.IGNORECASE,
)


def _without_legal_form(institution: str) -> str:
    rest = _LEGAL_FORM.sub("", institution).strip(' "«»')
    return rest if rest != institution and names_institution(rest) else institution


def _qualification_first(text: str) -> bool:
    """'Specialist National Association of Stock Market Participants': a qualification,
    then the capitalised name of who awarded it."""
    first, _, rest = text.partition(" ")
    words = rest.split()
    return (
        first.lower() in qualification_words()
        and len(words) >= 2
        and all(word[0].isupper() or word in ("of", "and", "for", "the", "&") for word in words)
    )


# "NRU HSE, School of History": the school is the acronym, the rest is its faculty.
_FACULTY = re.compile(r"^(?:faculty|school|department|chair|institute)\s+of\s+", re.IGNORECASE)
# A faculty or school inside a university, in the languages of our users' resumes.
_FACULTY_NAME = re.compile(
    r"^(?:faculty|school|department|college|facultad|escuela|faculdade|escola|facolt[àa]"
    r"|facult[ée]|fakult[äa]t)\s+(?:of|de|di|der|für|des|da|do)\b",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.-]+(?:\s+[A-Z][A-Z0-9&.-]+){0,3}")


def _names_school_by_acronym(segments: list[str], index: int) -> bool:
    following = segments[index + 1] if index + 1 < len(segments) else ""
    return bool(_ACRONYM.fullmatch(segments[index]) and _FACULTY.match(following))


_EXPANSION = re.compile(r"^(.*?\b([A-Z]{2,6})\b.*?)\s*\(([^()]+)\)$")


# A bracket of one to three capitalised words (not an acronym) ending a school's name.
_TRAILING_TOWN = re.compile(
    r"(?<=\S)\s*\(((?:[A-Z][a-zà-öø-ÿ'.-]+)(?:[ -][A-Z][a-zà-öø-ÿ'.-]+){0,2})\)$"
)


def _without_expansion(institution: str) -> str:
    """'ITMO University (Information Technologies, Mechanics and Optics)': the brackets
    spell out the acronym the school is known by, so the name is the part before them."""
    found = _EXPANSION.match(institution)
    if not found:
        return institution
    initials = [word[0] for word in re.findall(r"[\w'-]+", found[3]) if word[0].isupper()]
    return found[1] if sorted(initials) == sorted(found[2]) else institution


def _qualification_and_field(segment: str) -> tuple[str, str] | None:
    """'Ingeniero en Sistemas' / 'Inżynier Budownictwa' -> the qualification and its field;
    the engineer's degree is written so in the languages that award it by that name."""
    first, _, rest = segment.strip().partition(" ")
    if first.lower() not in qualification_words() or not rest:
        return None
    field = _FIELD_LINK.sub("", rest.strip())
    return (first, field) if field[:1].isupper() and not names_institution(field) else None


def _ends_in_qualification(segment: str) -> bool:
    words = segment.split()
    return len(words) >= 2 and words[-1].lower().strip(".") in qualification_words()


def _take_qualification(entry: dict[str, Any]) -> None:
    """'Engineer Ural State University' or an area
    'Information Systems engineer': a degree's name."""
    words = qualification_words()
    institution = entry.get("institution", "")
    first, _, rest = institution.partition(" ")
    named = names_institution(rest) or _qualification_first(institution)
    if first.lower() in words and rest[:1].isupper() and named:
        entry["studyType"], entry["institution"] = first, rest
        return
    *field_words, last = entry.get("area", "").split() or [""]
    if field_words and last.lower().strip(".") in words:
        entry["studyType"] = last.strip(".").capitalize()
        entry["area"] = " ".join(field_words)


# --- Schools in a page whose columns were flattened together ---------------------------
#
# A two-column PDF converted to text runs each Education line into the line of the
# column beside it ("automating web and API Ural State University SKB Kontur"), so no
# section holds the schools. When the page shows an Education heading and no entry was
# read, the schools are found by their names: capitalised words ending in a word like
# University or Institute, or starting with it and going on with "of ...".

_EDUCATION_WORD = re.compile(r"(?:^|\s)EDUCATION(?:\s|$)|(?:^|\s)Education\s*$|^Education\b")
# Words that end a school's name; "Center" or "Bootcamp" name companies as often.
_LOOSE_WORDS = {"center", "centre", "educational", "bootcamp", "ulpan"}
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*\.?")
_SCHOOL_LETTERS = re.compile(r"[A-Z]{2,5}")
_LINKS = {"of", "and", "&", "the", "for", "di", "de", "del", "der", "des", "du", "da", "do"}


def flattened_schools(lines: list[Line]) -> list[dict[str, Any]]:
    """Schools named anywhere in a page whose Education heading holds none."""
    texts = [line.text.strip() for line in lines]
    if not any(_EDUCATION_WORD.search(text) for text in texts):
        return []
    schools: list[dict[str, Any]] = []
    found_at: list[int] = []
    for index, text in enumerate(texts):
        following = texts[index + 1] if index + 1 < len(texts) else ""
        wrapped = _leading_name(following)
        if wrapped and text:
            # "... Kafka. Kharkiv National" / "University of Radio Electronics 2009 - 2015":
            # the name's start ends this line (right column) or starts it (left column).
            words = text.split()
            tail = _title_run(words[::-1])[::-1]
            head = _title_run(words)
            if tail and not title_score(" ".join(tail)) > 0:
                text = f"{text} {wrapped}"
            elif head and not title_score(" ".join(head)) > 0:
                text = f"{' '.join(head)} {wrapped}  {' '.join(words[len(head) :])}"
            texts[index + 1] = following[len(wrapped) :]
        for piece in re.split(r"\s*[,;|•]\s*|\s{2,}", text):
            name = _school_in(piece)
            # No dates: beside another column, a line's dates may be that column's.
            if name and all(school["institution"] != name for school in schools):
                schools.append({"institution": name})
                found_at.append(index)
    _degrees_beside(schools, found_at, texts)
    return schools


# A flattened column's degree sits a few rows from its school.
MAX_DEGREE_ROWS_AWAY = 4


def _degrees_beside(schools: list[dict[str, Any]], found_at: list[int], texts: list[str]) -> None:
    """Each school takes the degree named nearest it, a few rows away at most, in the
    flattened page's rows ('... Engineer Master degree of Computer Arcadia inc.')."""
    degrees = {
        index: match[0].strip() for index, text in enumerate(texts) if (match := degree_in(text))
    }
    for school, index in zip(schools, found_at, strict=True):
        near = [row for row in degrees if abs(row - index) <= MAX_DEGREE_ROWS_AWAY]
        if near:
            row = min(near, key=lambda row: (abs(row - index), row))
            school["studyType"] = degrees.pop(row)


def _title_run(words: list[str]) -> list[str]:
    run = []
    for word in words:
        if not _TITLE_WORD.fullmatch(word) or word.endswith("."):
            break
        run.append(word)
    return run


def _leading_name(text: str) -> str:
    """'University of Radio Electronics 2009 - 2015' -> 'University of Radio Electronics'."""
    words = text.split()
    if not words or words[0].strip(",.").lower() not in _school_words():
        return ""
    return " ".join(words[: _name_end(words, 0)]).strip(",.")


def names_school(entry: dict[str, Any]) -> bool:
    """Whether a parsed entry holds a school's name or a degree, not only stray text."""
    return bool(entry.get("studyType")) or names_institution(entry.get("institution", ""))


def entry_texts(entry: dict[str, Any]) -> list[str]:
    return [str(entry[key]) for key in ("institution", "area") if entry.get(key)]


def _school_words() -> set[str]:
    return vocabulary()["institution_words"] - _LOOSE_WORDS


def _is_school_word(word: str) -> bool:
    return word.lower().strip(".,") in _school_words() and bool(_TITLE_WORD.fullmatch(word))


def _name_end(words: list[str], index: int) -> int:
    """Where a name whose school word is at `index` ends: 'Institute of Physics and Technology'."""
    end = index + 1
    while end < len(words) and _is_school_word(words[end]):
        end += 1  # "Lviv Polytechnic Institute"
    if end < len(words) and re.fullmatch(r"#\d+|(?!(?:19|20)\d\d\b)\d{1,4}", words[end]):
        return end + 1  # "High School #218"
    while end + 1 < len(words) and words[end] in _LINKS and _TITLE_WORD.fullmatch(words[end + 1]):
        end += 2
        while end < len(words) and _TITLE_WORD.fullmatch(words[end]):
            end += 1
    return end


def _school_in(piece: str) -> str | None:
    words = piece.split()
    for index, word in enumerate(words):
        if not _is_school_word(word):
            continue
        start = index
        if index > 0 and _SCHOOL_LETTERS.fullmatch(words[index - 1]):
            start -= 1  # "VIT University", "ITMO University": letters right before the word
        while start > 0 and index - start < 4 and _TITLE_WORD.fullmatch(words[start - 1]):
            if words[start - 1].endswith(".") and len(words[start - 1]) > 4:
                break  # "... Spark and Kafka. Kharkiv National University": a sentence ended
            start -= 1
        end = _name_end(words, index)
        if end - start >= 2:
            return " ".join(words[start:end]).strip(".")
    return None


def reclaim_degrees(blocks: list[tuple[str | None, str, list[Line]]]) -> list:
    """'• Bachelor's degree - Applied Mathematics' under Experience: a flattened page put
    the other column's heading above it. A line that opens with a degree's written-out
    name goes back to the Education section, when the page has one."""
    education = next((block for block in blocks if block[0] == "education"), None)
    if education is None:
        return blocks
    moved: list[Line] = []
    result = []
    for section, heading, block in blocks:
        if section != "work":
            result.append((section, heading, block))
            continue
        kept = []
        for line in block:
            text = BULLET_RE.sub("", line.text.strip())
            degree = degree_in(text)
            if degree and degree.start() == 0 and re.match(r"[A-Za-z]{4,}", degree[0]):
                moved.append(Line(text))
            else:
                kept.append(line)
        result.append((section, heading, kept))
    if moved:
        education[2].extend([Line(""), *moved])
    return result
