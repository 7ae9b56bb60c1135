"""The whole pipeline: lines -> sections -> entries -> fields -> a JSON Resume document.

1. finds section headings and splits the resume into a header and sections;
2. reads contact details, name and headline from the header;
3. groups each section's lines into entries and reads their fields;
4. keeps every line it could not place in `meta.unsorted`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from resumeopt import jsonresume
from resumeopt.importers.headings import heading_sections
from resumeopt.importers.parsing.certificates import (
    belongs_out_of_education,
    looks_like_certificate,
)
from resumeopt.importers.parsing.contact import (
    letters_after_name,
    name_after_sidebar,
    name_as_written,
    name_from_footer,
    name_heading_back,
    parse_header,
)
from resumeopt.importers.parsing.education import (
    entry_texts,
    flattened_schools,
    names_school,
    parse_education,
    reclaim_degrees,
)
from resumeopt.importers.parsing.europass import (
    PHOTO_MARK,
    education_from_labels,
    labelled_entries,
    personal_detail,
    personal_details,
    personal_pieces,
    read_label,
    work_from_labels,
)
from resumeopt.importers.parsing.flat_columns import flat_columns_apart
from resumeopt.importers.parsing.lexicon import (
    address_location,
    degree_in,
    implied_area,
    names_language,
    read_location,
    title_cut_at_head,
    vocabulary,
)
from resumeopt.importers.parsing.ligatures import repair_ligature_loss, restore_lost_capitals
from resumeopt.importers.parsing.lines import (
    PAGE_MARKER_RE,
    Line,
    close_split_words,
    footer_links_dropped,
    join_cut_headers,
    join_wrapped_titles,
    mend_date_ranges,
    named_columns,
    read_day_first,
    restore_case,
    table_rules_apart,
)
from resumeopt.importers.parsing.linkedin_pdf import linkedin_roles
from resumeopt.importers.parsing.lists import (
    credentials_in_skills,
    join_prose,
    languages_in_skills,
    parse_dated_items,
    parse_interests,
    parse_languages,
    parse_references,
    parse_skills,
)
from resumeopt.importers.parsing.sections import reclaim_jobs, split_sections, undeclared_work
from resumeopt.importers.parsing.sidebar import sidebar_apart
from resumeopt.importers.parsing.work import parse_projects, parse_work

# "Richard J. Daley College - Certificate in": a qualification cut before its field.
QUALIFICATION_CUT_RE = re.compile(r"\b(?:certificate|diploma|degree)\s+(?:in|of)\s*$", re.I)


def parse_lines(lines: list[Line], *, columns_apart: bool = False) -> dict[str, Any]:
    """A JSON Resume document from the lines of a resume. With `columns_apart`, the reader
    has set a sidebar's lines after the other column's already (a PDF read in columns):
    no line is taken for an interleaved sidebar's."""
    lines = [
        replace(line, text=close_split_words(line.text))
        for line in named_columns(table_rules_apart(footer_links_dropped(lines)))
        if not PAGE_MARKER_RE.fullmatch(line.text.strip())
    ]
    # Ligature loss is judged on the whole document: one damaged word is no pattern.
    texts = restore_lost_capitals(repair_ligature_loss([line.text for line in lines]))
    lines = [
        replace(line, text=mend_date_ranges(text)) for text, line in zip(texts, lines, strict=True)
    ]
    words = vocabulary()
    lines = join_cut_headers(
        restore_case(lines, words["us_states"] | words["ca_provinces"]),
        lambda text: bool(degree_in(text) or QUALIFICATION_CUT_RE.search(text)),
        lambda text: bool(read_location(text)),
    )
    texts = read_day_first([line.text for line in lines])
    lines = [replace(line, text=text) for text, line in zip(texts, lines, strict=True)]
    # Columns flattened into single-spaced rows under a row of their headings, read apart.
    lines = flat_columns_apart(lines)
    # A page's footer (the name, a page number) is its last line before a sidebar moves.
    footer_lines = lines
    if not columns_apart:
        apart = sidebar_apart(lines)
        # Two columns under two headings on one row ("EXPERIENCE      CERTIFICATIONS"), read
        # as flattened columns only where no sidebar was found, so the stages never both cut.
        lines = apart if apart != lines else flat_columns_apart(lines, columns=2)
    lines = join_wrapped_titles(lines, title_cut_at_head)
    blocks = name_heading_back(split_sections(lines))
    if not any(section == "work" for section, _, _ in blocks):
        blocks = undeclared_work(blocks)
    blocks = reclaim_jobs(blocks)
    blocks = reclaim_degrees(blocks)
    unsorted: list[str] = []
    unplaced_blocks: list[tuple[str, list[str]]] = []  # a section no field holds, its lines
    document: dict[str, Any] = {"basics": {}}
    summary_parts: list[str] = []

    header_lines = blocks[0][2] if blocks and blocks[0][0] == "header" else []
    # A "Contact" block (a two-column page's sidebar) is read with the header.
    for section, _, block in blocks:
        if section == "contact":
            header_lines = [*header_lines, Line(""), *block]
    # "Surname(s) / First name(s)", "Address(es)", "Nationality": a European CV labels
    # its details, and the label says which is which.
    labelled, header_lines, personal = personal_details(header_lines)
    # "[Photo]" marks where a picture was: nothing to read.
    header_lines = [line for line in header_lines if not PHOTO_MARK.fullmatch(line.text.strip())]
    basics, header_rest = parse_header(header_lines)
    basics = {**basics, **labelled}
    if "name" not in basics and (found := name_after_sidebar(blocks)):
        blocks, person = found
        basics = {**person, **basics}
    if "name" not in basics and (footer := name_from_footer(footer_lines, blocks[-1][0])):
        basics = {"name": footer, **basics}
    if basics.get("name"):
        basics["name"] = name_as_written(basics["name"], [line.text for line in lines])
    document["basics"] = basics

    for section, heading_text, block in blocks:
        if section in ("header", "contact"):
            continue
        if section == "summary":
            summary_parts.append(join_prose(block))
        elif section == "work" and (fields := labelled_entries(block)):
            entries, rest = work_from_labels(fields)
            document.setdefault("work", []).extend(entries)
            unsorted.extend(rest)
        elif section == "work" and (roles := linkedin_roles(block)):
            entries, rest = roles
            document.setdefault("work", []).extend(entries)
            unsorted.extend(rest)
        elif section == "education" and (fields := labelled_entries(block)):
            entries, rest = education_from_labels(fields)
            document.setdefault("education", []).extend(entries)
            unsorted.extend(rest)
        elif section in ("work", "volunteer"):
            entries, rest = parse_work(block, section, home=basics.get("location") or {})
            document.setdefault(section, []).extend(entries)
            unsorted.extend(rest)
        elif section == "education":
            block, credentials = _credentials_apart(block)
            document.setdefault("certificates", []).extend(
                parse_dated_items(credentials, "certificates")
            )
            entries, rest, jobs = parse_education(block)
            document.setdefault("education", []).extend(entries)
            unsorted.extend(rest)
            if jobs:
                entries, rest = parse_work(jobs, "work", home=basics.get("location") or {})
                document.setdefault("work", []).extend(entries)
                unsorted.extend(rest)
        elif section == "projects":
            document.setdefault("projects", []).extend(parse_projects(block))
        elif section == "skills":
            groups, credentials = credentials_in_skills(parse_skills(block))
            groups, spoken = languages_in_skills(groups)
            document.setdefault("skills", []).extend(groups)
            document.setdefault("languages", []).extend(parse_languages(spoken))
            document.setdefault("certificates", []).extend(
                parse_dated_items(credentials, "certificates")
            )
        elif section == "certificates":
            document.setdefault("certificates", []).extend(parse_dated_items(block, "certificates"))
        elif section == "awards":
            document.setdefault("awards", []).extend(parse_dated_items(block, "awards"))
        elif section == "publications":
            document.setdefault("publications", []).extend(parse_dated_items(block, "publications"))
        elif section == "languages":
            document.setdefault("languages", []).extend(parse_languages(block))
        elif section == "interests":
            document.setdefault("interests", []).extend(parse_interests(block))
        elif section == "references":
            document.setdefault("references", []).extend(parse_references(block))
        else:
            texts = [line.text.strip() for line in block if line.text.strip()]
            if texts:
                unsorted.append(heading_text)
                unsorted.extend(texts)
                unplaced_blocks.append((heading_text, texts))

    # No school read under Education (a flattened page): look for schools by their names.
    read = document.get("education", [])
    if not any(names_school(entry) for entry in read) and (schools := flattened_schools(lines)):
        unsorted.extend(text for entry in read for text in entry_texts(entry))
        document["education"] = schools

    # Prose in the header with no Summary section is the summary people leave unlabelled.
    if not summary_parts:
        prose = header_prose(header_rest)
        if prose:
            summary_parts.append(" ".join(prose))
            header_rest = [line for line in header_rest if line not in prose]
    unsorted = header_rest + unsorted
    # "Jane Doe, RN, BSN": what the letters after the name say is kept.
    letters = letters_after_name(header_lines, basics.get("name", ""))
    held, unsorted_letters = _credentials_after_name(letters, document)
    document.setdefault("certificates", []).extend({"name": credential} for credential in held)
    unsorted = [*unsorted_letters, *unsorted]
    # "ACLS", "PMP" or "RN License, State of Ohio" left over: certificates by their shape.
    credentials = [text for text in unsorted if looks_like_certificate(text)]
    if credentials:
        found = parse_dated_items([Line(text) for text in credentials], "certificates")
        document.setdefault("certificates", []).extend(found)
        unsorted = [text for text in unsorted if text not in credentials]
    if document.get("certificates"):
        document["certificates"] = _each_certificate_once(document["certificates"])
    # Date of birth, nationality, marital status ... wherever written (a "Personal Details"
    # section, the header): the person's details, kept with the basics, never unsorted.
    # "E-mail:  Residence: Rehovot.": contact labels run together (their values masked or
    # cut out) are read one by one; where the person lives is their location.
    # A "Location:" line further down is a job's or a project's; "Residence:" is the person's.
    header_texts = {piece for text in header_rest for piece in personal_pieces(text)}
    unsorted = [piece for text in unsorted for piece in personal_pieces(text)]
    for text in unsorted:
        found = read_label(text, "personal")
        anywhere = not re.match(r"\s*(?:current\s+)?location\b", text, re.I)
        if (
            found
            and found[0] == "address"
            and (anywhere or text in header_texts)
            and "location" not in document["basics"]
        ):
            document["basics"]["location"] = address_location(found[1])
            unsorted = [kept for kept in unsorted if kept is not text]
    # "Languages: Hebrew, English, Russian" on a contact line: the languages, not Unsorted.
    for text in list(unsorted):
        label, colon, value = text.partition(":")
        if colon and len(label) <= 20 and heading_sections(label) == ["languages"]:
            spoken = parse_languages([Line(value.strip())])
            if spoken and all(names_language(item["language"]) for item in spoken):
                document.setdefault("languages", []).extend(spoken)
                unsorted.remove(text)
    personal += [detail for text in unsorted if (detail := personal_detail(text))]
    unsorted = [
        text
        for text in unsorted
        if not personal_detail(text) and not PHOTO_MARK.fullmatch(text.strip())
    ]
    # "ADDITIONAL INFORMATION" over "Forklift certified, OSHA 10.": once every line under
    # such a heading has found its place (certificates, languages, personal details), the
    # heading alone says nothing for the user to sort.
    for heading_text, texts in unplaced_blocks:
        pieces = {piece for text in texts for piece in (text, *personal_pieces(text))}
        if heading_text in unsorted and not pieces & set(unsorted):
            unsorted.remove(heading_text)
    if personal:
        document["basics"]["personal"] = list(dict.fromkeys(personal))
    summary = "\n".join(part for part in summary_parts if part).strip()
    if summary:
        document["basics"]["summary"] = summary

    ordered = {"basics": document["basics"]}
    for section in jsonresume.LIST_SECTIONS:
        if document.get(section):
            ordered[section] = document[section]
    if unsorted:
        ordered["meta"] = {"unsorted": unsorted}
    return schema_safe(ordered)


def header_prose(texts: list[str]) -> list[str]:
    """The header's lines of prose: twelve words or more, a sentence in lower-case words
    ("Seeking a challenging position as a Python developer.", "Reliable associate with
    forklift certification.") with the line above where the sentence began, and the
    wrapped end of a sentence the line above left open ("C# and SQL Server.")."""
    prose: list[str] = []
    previous = ""
    for text in texts:
        words = text.split()
        lower = sum(word[:1].islower() for word in words)
        open_before = bool(prose) and prose[-1] == previous and not previous.endswith(_CLOSED)
        # "Full-time, on-site, remote or hybrid.": a list closed with a stop, no sentence.
        sentence = text.endswith(".") and lower * 2 >= len(words) and text.count(",") < 2
        if len(words) >= 12 or (len(words) >= 5 and sentence) or (open_before and len(words) <= 12):
            if (
                previous
                and previous not in prose
                and len(previous.split()) >= 6
                and not previous.endswith(_CLOSED)
                and text[:1].islower()
            ):
                # "Experienced Front End Developer ... who is" over "comfortable working
                # with React.": the sentence began on the line before.
                prose.append(previous)
            prose.append(text)
        previous = text
    return prose


_CLOSED = (".", "!", "?", ":")


def _each_certificate_once(certificates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per certificate: a resume often lists "OSHA 10" under Certifications and
    again among its skills. The first keeps its place and takes what a later one adds (an
    issuer, a date)."""
    kept: dict[str, dict[str, Any]] = {}
    for certificate in certificates:
        key = " ".join(re.sub(r"[^\w]+", " ", str(certificate.get("name", ""))).lower().split())
        if not key:
            kept[f"#{len(kept)}"] = certificate
        elif key in kept:
            for field, value in certificate.items():
                kept[key].setdefault(field, value)
        else:
            kept[key] = certificate
    return list(kept.values())


def _credentials_after_name(
    letters: list[str], document: dict[str, Any]
) -> tuple[list[str], list[str]]:
    """The letters after the name as certificates (a licence: RN, CPA, PE) and lines for
    the user to place (a degree, BSN or MBA, that no education entry names): what the
    resume already lists elsewhere is not added twice."""

    def key(text: str) -> str:
        return re.sub(r"[\s.]", "", text).lower()

    # "Certified Public Accountant (CPA)" lists CPA already, by its letters or initials.
    names = [item.get("name", "") for item in document.get("certificates", [])]
    listed = {key(name) for name in names}
    listed |= {key(short) for name in names for short in re.findall(r"\(([\w.]+)\)", name)}
    listed |= {
        "".join(word[0] for word in re.findall(r"\b[A-Z]\w*", name)).lower() for name in names
    }
    education = document.get("education", [])
    degrees = {key(item.get("studyType", "")) for item in education}
    # "BScN" beside "Bachelor of Science in Nursing (BScN)" or a BSN beside a Bachelor in
    # Nursing: the same degree, written out in the education.
    degrees |= {
        key(letter)
        for letter in letters
        for item in education
        if letter in f"{item.get('studyType', '')} {item.get('area', '')}"
        or (
            implied_area(letter).lower() == item.get("area", "").lower() != ""
            and letter[:1].lower() == item.get("studyType", " ")[:1].lower()
        )
    }
    held, to_place = [], []
    for letter in letters:
        degree = degree_in(letter)
        if degree and degree[0] == letter:
            if key(letter) not in degrees:
                to_place.append(letter)
        elif key(letter) not in listed:
            held.append(letter)
    return held, [", ".join(to_place)] if to_place else []


def _credentials_apart(block: list[Line]) -> tuple[list[Line], list[Line]]:
    """An education block's own lines and the certifications written among them with no
    heading of their own ("AWS Certified Developer – Associate" under the last degree)."""
    kept: list[Line] = []
    credentials: list[Line] = []
    for line in block:
        (credentials if belongs_out_of_education(line.text) else kept).append(line)
    return kept, credentials


def schema_safe(document: dict[str, Any]) -> dict[str, Any]:
    """Drop any value the schema would refuse (a parser slip must not block the import)."""
    for problem in jsonresume.schema_problems(document):
        parts = jsonresume.split_path(problem.path)
        if len(parts) >= 2:
            try:
                document = jsonresume.remove_at(document, problem.path)
            except KeyError:
                continue
    return document
