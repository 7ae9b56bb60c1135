"""Entries written as labelled fields: the Europass CV and the European CV format before it.

A Europass CV labels every field ("Dates", "Occupation or position held", "Name and
address of employer", "Title of qualification awarded" ...) in a left column, the
value in the right one. Read from a DOCX table, a row is one line with a tab between
the cells; pasted or converted, the label and value share a line after a colon, dot
leaders or a wide gap, or the value comes on the lines below. The labels say which
field is which, so these entries are read by their labels, not guessed from their
shape. The labels, in the languages Europass shipped, are in `data/europass.json`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from resumeopt.dates import find_date_range
from resumeopt.importers.headings import heading_sections
from resumeopt.importers.parsing.education import qualification_fields
from resumeopt.importers.parsing.fields import apply_dates, campus_name, keep_suffixes
from resumeopt.importers.parsing.lexicon import address_location, read_location
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.lists import list_items
from resumeopt.importers.parsing.patterns import (
    BULLET_RE,
    DEPARTMENT_RE,
    EMAIL_RE,
    PHONE_RE,
    PRESENT_START_RE,
)

EUROPASS_FILE = Path(__file__).parent.parent / "data" / "europass.json"
# What stands between a label and its value on one line: a colon, a tab (two table
# cells), dot leaders ("Dates ........ 2019") or a gap of two spaces or more.
_SEPARATOR = r"(?:\s*[:：]\s*|\s*\t\s*|\s*(?:\.{2,}|…+)[\s.…]*|\s{2,})"
_SEPARATOR_MARKS = " :：.…\t"
# Fields whose label may stand alone on its line, the value below it: a lone "Name" or
# "Employer" is as often a column heading, so only the longer labels and dates do.
_ALONE_FIELDS = {"dates"}
# Fields that name what an entry is; a block with none of them is not labelled entries.
_NAMING_FIELDS = {"position", "employer", "qualification", "school"}


def _label_pattern(label: str) -> str:
    """'Surname(s) / First name(s)' -> a pattern that takes the plural marks as optional,
    spaces and dashes as they come, and any case."""
    parts = []
    for piece in re.split(r"(\((?:s|es|n|i|e|en)\)|\s*/\s*|\s*[-–—]\s*|\s+)", label):
        if not piece:
            continue
        if re.fullmatch(r"\((?:s|es|n|i|e|en)\)", piece):
            parts.append(rf"(?:{re.escape(piece)})?")
        elif piece.strip() == "/":
            parts.append(r"\s*/\s*")
        elif piece.strip() in "-–—" and piece.strip():
            parts.append(r"\s*[-–—]\s*")
        elif not piece.strip():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(piece).replace("'", "['’]"))
    return "".join(parts)


@cache
def _labels() -> dict[str, dict[str, list[str]]]:
    data = json.loads(EUROPASS_FILE.read_text(encoding="utf-8"))
    return {"entry": data["entry"], "personal": data["personal"]}


_FIRST_WORD = re.compile(r"\s*([^\W\d_]+(?:[-'’][^\W\d_]+)*)")


@cache
def _labels_by_first_word(kind: str) -> dict[str, list[tuple[str, str]]]:
    """The labels of a kind by their first word, longest first, so "Date of birth" is
    tried before "Date"; a line is only matched against the labels its first word opens."""
    by_word: dict[str, list[tuple[str, str]]] = {}
    for field, labels in _labels()[kind].items():
        for label in labels:
            word = _FIRST_WORD.match(label)[1].lower()
            by_word.setdefault(word, []).append((label, field))
    for labels in by_word.values():
        labels.sort(key=lambda pair: len(pair[0]), reverse=True)
    return by_word


@cache
def _label_re(kind: str, word: str) -> re.Pattern:
    """One pattern for the labels a first word opens (compiled when a line needs it)."""
    alternatives = "|".join(
        f"(?P<f{index}_{field}>{_label_pattern(label)})(?:{_separator(label)}|\\s*[:：]?\\s*$)"
        for index, (label, field) in enumerate(_labels_by_first_word(kind)[word])
    )
    return re.compile(rf"^\s*(?:{alternatives})(?P<value>.*)$", re.I)


def _separator(label: str) -> str:
    """What may end a label: a long one ("Occupation or position held") or one closed by a
    bracket ("Date (da - a)") cannot run on into its value, so one space will do; a date
    after any label is its value."""
    if len(label.split()) >= 3 or label.endswith(")"):
        return rf"{_SEPARATOR}|\s+"
    return rf"{_SEPARATOR}|\s+(?=\d)"


def read_label(text: str, kind: str = "entry", *, alone: bool = False) -> tuple[str, str] | None:
    """('position', 'Software Tester') from 'Occupation or position held: Software Tester'.

    `kind` is "entry" (work and education fields) or "personal" (the header's details).
    None when the line does not open with a label, or a short label stands alone
    (`alone` allows any: the caller knows the value follows on the next line).
    """
    first = _FIRST_WORD.match(text)
    word = first[1].lower() if first else ""
    if word not in _labels_by_first_word(kind):
        return None
    match = _label_re(kind, word).match(text)
    if not match:
        return None
    name = next(key for key, value in match.groupdict().items() if value and key != "value")
    field = name.split("_", 1)[1]
    value = (match["value"] or "").strip()
    label = match[name]
    short = field not in _ALONE_FIELDS and " " not in label
    if not value and not alone and (kind == "personal" or short):
        return None
    return field, value


def labelled_entries(lines: list[Line]) -> list[dict[str, list[str]]] | None:
    """A section's lines as entries of labelled fields ({field: [value lines]}), or None
    when the section is not written so.

    A field the entry already has ("Dates" in a Europass CV, "Employer" in a federal
    resume) opens the next entry, and so does the field that opened the first entry once
    the entry has its dates and a name: a job written without its "Company:" line is
    closed by the next job's "Company:", not given that company. A line with
    no label goes on with the value of the label above it (an address on two lines, a
    list of responsibilities).
    """
    entries: list[dict[str, list[str]]] = []
    field = ""
    labelled = 0
    for line in (piece for whole in lines for piece in _entry_pieces(whole)):
        text = line.text.strip()
        if not text:
            continue
        found = read_label(text)
        if found is None:
            if not entries or not field:
                return None  # text before the first label: not a labelled section
            entries[-1][field].append(text)
            continue
        labelled += 1
        field, value = found
        opening = next(iter(entries[0]), "") if entries else ""
        complete = bool(entries) and "dates" in entries[-1] and _NAMING_FIELDS & entries[-1].keys()
        if not entries or field in entries[-1] or (field == opening and complete):
            entries.append({})
        # A fact keeps its label: "Hours: 40 per week" says what "40 per week" is.
        entries[-1][field] = [text] if field == "facts" else [value] if value else []
    if labelled < 2 or not any(_NAMING_FIELDS & entry.keys() for entry in entries):
        return None
    return entries


def _joined(values: list[str]) -> str:
    return " ".join(value.strip() for value in values if value.strip())


def _items(values: list[str]) -> list[str]:
    """Value lines without their bullets; a single line of "; "-separated duties split."""
    items = [BULLET_RE.sub("", value).strip() for value in values]
    items = [item for item in items if item]
    if len(items) == 1 and items[0].count(";") >= 2:
        items = [part.strip(" .") for part in items[0].split(";") if part.strip(" .")]
    return items


def _name_and_place(values: list[str]) -> tuple[str, str]:
    """'Škoda Auto a.s., Mladá Boleslav' -> the organisation and where it is: the name
    is the first comma-separated piece (with its legal form), the rest is its address."""
    if not values:
        return "", ""
    first, *below = [value.strip() for value in values if value.strip()]
    pieces = keep_suffixes([piece.strip() for piece in re.split(r",(?![^()]*\))", first)])
    name, rest = pieces[0], [*pieces[1:], *below]
    return name, ", ".join(piece for piece in rest if piece)


def _dates(entry: dict[str, Any], values: list[str]) -> None:
    found = find_date_range(_joined(values))
    if found:
        apply_dates(entry, {"start": found.start, "end": found.end})


def work_from_labels(
    entries: list[dict[str, list[str]]],
) -> tuple[list[dict[str, Any]], list[str]]:
    """Work entries from labelled fields, and the lines no field of a job takes."""
    results: list[dict[str, Any]] = []
    unsorted: list[str] = []
    for fields in entries:
        entry: dict[str, Any] = {}
        if position := _joined(fields.get("position", [])):
            entry["position"] = position
        name, place = _name_and_place(fields.get("employer", []))
        agency, _, address = place.partition(", ")
        if DEPARTMENT_RE.fullmatch(name) and agency and not read_location(agency):
            # "Department of the Army, Fort Moore Garrison": the department and its agency.
            name, place = f"{name}, {agency}", address
        if name:
            entry["name"] = name
        if place:
            # "Via Bologna 32, 10152 Torino": where the job was is the town.
            entry["location"] = address_location(place).get("city") or place
        # "Period: 2019 – Present" last on a job's line: the lines below it with no date
        # are its duties (a range wrapped onto the next line stays the dates').
        dates = fields.get("dates", [])
        cut = next(
            (
                index
                for index, text in enumerate(dates)
                if index and not find_date_range(text) and not PRESENT_START_RE.match(text)
            ),
            len(dates),
        )
        _dates(entry, dates[:cut])
        after_dates = dates[cut:]
        if sector := _joined(fields.get("sector", [])):
            entry["description"] = sector
        # A federal resume's facts ("Hours: 40 per week") are kept to review; the bullets
        # under them are the job's duties.
        facts = fields.get("facts", [])
        unsorted.extend(fact for fact in facts if not BULLET_RE.match(fact))
        bullets = [fact for fact in facts if BULLET_RE.match(fact)]
        duties = _items([*fields.get("activities", []), *bullets, *after_dates])
        if len(duties) > 1:
            entry["highlights"] = duties
        elif duties:
            entry["summary"] = duties[0]
        for field in ("qualification", "subjects", "school", "level"):
            unsorted.extend(fields.get(field, []))
        if entry.keys() & {"position", "name"}:
            results.append(entry)
        else:
            unsorted.extend(_joined(values) for values in fields.values() if _joined(values))
    return results, unsorted


def education_from_labels(
    entries: list[dict[str, list[str]]],
) -> tuple[list[dict[str, Any]], list[str]]:
    """Education entries from labelled fields, and the lines no field of a school takes
    (the classification level, which JSON Resume has no place for)."""
    results: list[dict[str, Any]] = []
    unsorted: list[str] = []
    for fields in entries:
        entry: dict[str, Any] = {}
        school, place = _name_and_place(fields.get("school", []))
        if school:
            entry["institution"] = school
        if place and (read_location(place) or campus_name(place)):
            entry["location"] = place  # "Università Cattolica del Sacro Cuore, Milano"
        elif place:
            entry["institution"] = f"{school}, {place}" if school else place
        if qualification := _joined(fields.get("qualification", [])):
            entry.update(qualification_fields(qualification))
        _dates(entry, fields.get("dates", []))
        if subjects := _joined(fields.get("subjects", [])):
            entry["courses"] = list_items(subjects)
        unsorted.extend(fields.get("level", []))
        for field in ("position", "employer", "sector", "activities", "facts"):
            unsorted.extend(fields.get(field, []))
        if entry.keys() & {"institution", "studyType"}:
            results.append(entry)
        else:
            unsorted.extend(_joined(values) for values in fields.values() if _joined(values))
    return results, unsorted


# What the personal details say of the person that JSON Resume has no field for; a name,
# a phone, an email, an address or the job sought go to the basics instead.
_CONTACT_FIELDS = {"name", "surname_first", "phone", "email", "address", "desired"}
# "Authorized to work in the US for any employer", "Eligible to work in the UK": a job
# board's line on the right to work, written with no label.
_WORK_RIGHT = re.compile(
    r"(?:(?:legally\s+)?authori[sz]ed|eligible|entitled|permitted)\s+to\s+work\s+in\b", re.I
)
# "[Photo]", "(photo)": where a picture was on the page.
PHOTO_MARK = re.compile(r"[\[(]\s*(?:photo|picture|image|foto|photograph)\s*[\])]", re.I)


def personal_detail(text: str) -> str | None:
    """'Marital Status: Married', "Father's Name : S. Subramanian", 'Authorized to work in
    the US': a personal detail as written (its label and value), else None."""
    text = text.strip()
    if _WORK_RIGHT.match(text):
        return text
    found = read_label(text, "personal")
    if found is None or found[0] in _CONTACT_FIELDS or not found[1]:
        return None
    field, value = found
    return f"{text[: len(text) - len(value)].rstrip(_SEPARATOR_MARKS)}: {value}"


def personal_details(lines: list[Line]) -> tuple[dict[str, Any], list[Line], list[str]]:
    """The labelled personal details of a header: the basics they give, the lines with
    no such label, and the labelled lines JSON Resume has no field for (nationality,
    date of birth), kept for the user to see."""
    basics: dict[str, Any] = {}
    kept: list[Line] = []
    aside: list[str] = []
    filled = [piece for line in lines if line.text.strip() for piece in _labelled_pieces(line)]
    pending = ""  # a label alone on its line (a table flattened): its value is the next line
    label = ""
    for index, line in enumerate(filled):
        text = line.text.strip()
        if pending:
            field, value, pending = pending, text, ""
            text = f"{label}: {value}"
        elif (found := read_label(text, "personal")) is not None:
            field, value = found
            text = f"{text[: len(text) - len(value)].rstrip(_SEPARATOR_MARKS)}: {value}"
        elif _label_over_value(filled, index):
            pending, label = read_label(text, "personal", alone=True)[0], text
            continue
        else:
            kept.append(line)
            continue
        if field in ("name", "surname_first") and "name" not in basics:
            basics["name"] = given_name_first(value, surname_first=field == "surname_first")
        elif field == "phone" and (phone := PHONE_RE.search(value)):
            basics.setdefault("phone", phone[0].strip())
        elif field == "email" and (email := EMAIL_RE.search(value)):
            basics.setdefault("email", email[0])
        elif field == "address" and "location" not in basics:
            basics["location"] = address_location(value)
        elif field == "desired" and "label" not in basics:
            basics["label"] = value
        else:
            aside.append(text)
    return basics, kept, aside


# Where one line holds several fields: "E-mail: a@b.com | Phone: +971 50 555 7812".
_FIELD_GAP_RE = re.compile(r"\s*[|•·]\s*|\s{3,}|\t")


_HEADING_WITH_COLON = re.compile(r"(?<=\s)(?=([A-Z][a-z]+(?: [A-Za-z]+)?)\s*:)")


@cache
def _label_starts_re() -> re.Pattern:
    """Where a personal label with its colon starts inside a line ("... Residence: Haifa")."""
    labels = sorted(
        {label for labels in _labels()["personal"].values() for label in labels}, key=len
    )
    alternatives = "|".join(_label_pattern(label) for label in reversed(labels))
    return re.compile(rf"(?<!\S)(?:{alternatives})\s*[:：]+", re.I)


def _label_chain(text: str) -> list[str]:
    """ "Phone: Email:  Residence: Ramat Gan Birthday:": labels run on one line, as a resume
    whose contact values were masked or cut out keeps them, one piece each; a label left with
    no value says nothing and is dropped."""
    starts = [match.start() for match in _label_starts_re().finditer(text)]
    if not starts or starts[0] != 0:
        return [text]
    # "Residence: Hadera Languages: Hebrew, English": a section's name with its colon ends
    # the value before it too.
    starts += [
        match.start()
        for match in _HEADING_WITH_COLON.finditer(text, 1)
        if heading_sections(match[1])
    ]
    starts = sorted(set(starts))
    # "Location: Pune | Phone: ...": the bar or bullet between two fields is neither's.
    pieces = [
        text[start:end].strip().rstrip(_SEPARATOR_MARKS + "|•·").strip()
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True)
    ]
    return [piece for piece in pieces if not _label_starts_re().fullmatch(piece)]


def personal_pieces(text: str) -> list[str]:
    """A line of personal labels run together, one piece each (see _label_chain)."""
    return _label_chain(text.strip())


def _labelled_pieces(line: Line, kind: str = "personal") -> list[Line]:
    """A line of several labelled fields as one line each ("Email: ...    Mobile: ...",
    "Employer: Dangote Cement Plc   Role: Maintenance Engineer   Period: 2019 – Present"),
    so that the first label's value does not swallow the fields after it."""
    if kind == "personal" and (chain := _label_chain(line.text.strip())) != [line.text.strip()]:
        return [Line(piece) for piece in chain]
    pieces = [piece for piece in _FIELD_GAP_RE.split(line.text.strip()) if piece]
    labelled = [read_label(piece, kind) is not None for piece in pieces]
    if len(pieces) < 2 or not labelled[0] or sum(labelled) < 2:
        return [line]
    return [Line(piece) for piece in pieces]


# Between a job's labelled fields on one line: a gap, a bar, or a comma before a label.
_ENTRY_GAP_RE = re.compile(rf"{_FIELD_GAP_RE.pattern}|,\s+(?=[A-Z][\w ]{{1,25}}:)")


def _entry_pieces(line: Line) -> list[Line]:
    """A job's fields on one line ("Employer: ...   Role: ...   Period: ...", "Company:
    Infosys | Role: Developer | 2015 – 2017"), one line each, an unlabelled range as its
    dates; a line of facts ("Hours: 40 | Supervisor: ...") stays whole."""
    texts = [piece for piece in _ENTRY_GAP_RE.split(line.text.strip()) if piece]
    fields = [found[0] if (found := read_label(text)) else "" for text in texts]
    if "" in fields and "dates" not in fields:
        texts = [
            f"Dates: {text}" if not field and find_date_range(text) else text
            for text, field in zip(texts, fields, strict=True)
        ]
        fields = [found[0] if (found := read_label(text)) else "" for text in texts]
    naming = [field for field in fields if field in _NAMING_FIELDS | _ALONE_FIELDS]
    if len(texts) < 2 or len(naming) < 2 or "" in fields or len(set(fields)) < len(fields):
        return [line]
    return [Line(text) for text in texts]


def _label_over_value(lines: list[Line], index: int) -> bool:
    """A personal label alone on its line with its value below: "Nationalité" / "Française".
    Two labels in a row, or a label last, are not one (a heading of the same name)."""
    text = lines[index].text.strip()
    following = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return (
        read_label(text, "personal", alone=True) is not None
        and bool(following)
        and read_label(following, "personal", alone=True) is None
        and read_label(following) is None
    )


def given_name_first(value: str, *, surname_first: bool) -> str:
    """'NOVÁK Jan' / 'Novák, Jan' / (surname first) 'Novák Jan' -> 'Jan Novák'.

    A surname set in capitals or before a comma is moved after the given names;
    capitals are put in ordinary case. A name of more than two words with nothing
    marking the surname is left as written: it cannot be told where it splits.
    """
    value = " ".join(value.split())
    if "," in value:
        surname, _, given = value.partition(",")
        words = [*given.split(), *surname.split()]
    else:
        words = value.split()
        capitals = [word for word in words if word.isupper() and len(word) > 1]
        if capitals and len(capitals) < len(words):
            words = [word for word in words if word not in capitals] + capitals
        elif surname_first and len(words) == 2:
            words = words[::-1]
    return " ".join(
        word.capitalize() if word.isupper() and len(word) > 1 else word for word in words
    )
