"""Stage 2: a section's lines -> entries, each a header
(title, organisation, place, dates) and a body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from resumeopt.dates import find_date_range
from resumeopt.importers.parsing.fields import (
    colon_parts,
    date_completes,
    is_duty,
    keep_suffixes,
    title_at_employer,
)
from resumeopt.importers.parsing.lexicon import (
    degree_in,
    employer_score,
    legal_form,
    lone_city,
    names_institution,
    names_school_kind,
    names_vocational,
    read_grade,
    read_location,
    role_score,
    title_score,
    vocabulary,
    vocational_pattern,
)
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.patterns import (
    BULLET_RE,
    CATEGORY_RE,
    PRESENT_START_RE,
    SEPARATOR_RE,
)


@dataclass
class Entry:
    header: list[str] = field(default_factory=list)
    items: list[tuple[str, bool]] = field(default_factory=list)  # (text, was a bullet)

    @property
    def in_body(self) -> bool:
        return bool(self.items)


def group_entries(lines: list[Line]) -> list[Entry]:
    """Cut a section's lines into entries: header lines, then bullets or prose."""
    entries: list[Entry] = []
    current: Entry | None = None
    gap = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            gap = True
            continue
        bullet_match = BULLET_RE.match(text)
        is_bullet = line.bullet or bool(bullet_match)
        if bullet_match and not is_date_only(text):
            text = text[bullet_match.end() :].strip()
            dash = bullet_match[0].strip() in "-–—"
            if dash and (PRESENT_START_RE.match(text) or names_a_job(text)):
                # "- present Intelos ..." / "-  Britannica (Tel Aviv, Israel) Web Developer":
                # a range whose dates were lost, before the employer, its place and the title.
                is_bullet = False
        elif is_bullet and is_date_only(text):
            is_bullet = False
        # "• Store Manager, 2018 – 2021": a role under its company; "• Head of the
        # Mathematics Department since 2021." is a sentence of the job's body.
        if is_bullet and dated_role(text) and not ends_sentence(text):
            is_bullet = False
        following = next_text(lines, index)
        if is_bullet:
            if current is None:
                current = Entry()
                entries.append(current)
            current.items.append((text, True))
        elif current is None:
            current = Entry(header=[text])
            entries.append(current)
        elif is_labelled(text):
            current.items.append(
                (text, False)
            )  # "Technologies: ...", "GPA: 3.9", "Coursework: ..."
        elif not current.in_body:
            if (
                gap
                and len(entries) >= 2
                and has_date(entries[-2].header)
                and not has_date(current.header)
                and not find_date_range(text)
                # "Systems Engineer" / "Infosys - Mysore" / "April 2016 to March 2018", each
                # between blank lines (a job board's resume): the next job's header.
                and not (is_date_only(following) and role_score(current.header[0]) >= 3)
                # ... and the section's last job, undated: a title, then its employer alone.
                and not (not following and _undated_last_job(current.header, text))
            ):
                # Undated lines between blank lines below a dated job are its body.
                entries[-2].items.extend((line, False) for line in current.header)
                current.header = [text]
            elif gap and len(current.header) >= 2 and whole_job_line(text):
                # "Gamma Stores Ltd." / "Supervisor | 3 years", a blank line, then a job
                # whole on one line: a job of its own, not the dates of the one above.
                current = Entry(header=[text])
                entries.append(current)
            elif (
                gap
                and has_date(current.header)
                and (len(current.header) >= 2 or whole_job_line(current.header[0]))
                and len(text.split()) <= 8
                and not text.endswith(".")
                and not is_duty(text)
            ):
                current = Entry(header=[text])  # a blank line closes a dated header
                entries.append(current)
            elif has_date(current.header) and (
                named_then_place(text)
                or _title_after_whole_header(current, text)
                or _heads_next_role(current.header, text, following)
                or _repeats_header(current.header, lines, index)
                or (
                    find_date_range(text)
                    and not is_date_only(text)
                    and not _finishes_header_date(current.header, text)
                )
                or (
                    (is_date_only(following) or is_dated_place(following))
                    and not find_date_range(text)
                    # Dates written above each header: the next date opens the next entry.
                    and not is_date_only(current.header[0])
                    # "Head of IT  2001 – 2009" / "Alterplast Ltd": the employer the dated
                    # title still lacks, whatever date (another column's) comes next.
                    and not completes_employer(current.header, text)
                    and not reads_as_body(text)
                )
            ):
                # Two entries with no body between: a dated header is complete, and
                # the next header line (or its own date line below it) starts another.
                current = Entry(header=[text])
                entries.append(current)
            elif (
                # Twelve words or more are a sentence even with no full stop; a bare
                # label ("Responsibilities:") opens the body.
                (
                    is_sentence(text)
                    or is_duty(text)
                    # "sep. 2020 – heden" / "Teamleider Klantenservice, Eneco, Rotterdam":
                    # the line under a date alone names the job, however short its parts.
                    or (reads_as_body(text) and not _under_date_alone(current))
                    # Dashes and bars between header fields are not words.
                    or sum(1 for word in text.split() if re.search(r"\w", word)) >= 12
                    or text.endswith(":")
                    or result_label(text)  # "Key Achievements" with no colon
                    # "Own the order pipelines feeding" / "finance reporting.": a sentence
                    # wrapped, the next line going on with it in lower case.
                    or (
                        len(text.split()) >= 5
                        and text[:1].isupper()
                        and following[:1].islower()
                        and employer_score(text) == 0
                        # "vendors. Jewish Agency ...": another column's text on the row.
                        and not re.search(r"[.;]\s+[A-Z]", following)
                    )
                )
                and not _has_range(text)  # "Embedded software / 2018 – 2019" is a header
                and current.header
                and has_date(current.header)
            ):
                current.items.append((text, False))
            elif header_wrapped(current.header[-1]) and not find_date_range(current.header[-1]):
                current.header[-1] = f"{current.header[-1]} {text}"
            elif len(current.header) < 4:
                current.header.append(text)
            elif len(entries) >= 2 and _has_range(text) and not has_date(current.header):
                # The job above's last tool lines filled this header before its date came:
                # they go back to that job, and the date stays with its title.
                while len(current.header) > 1 and reads_as_body(current.header[0]):
                    entries[-2].items.append((current.header.pop(0), False))
                if len(current.header) < 4:
                    current.header.append(text)
                else:
                    current.items.append((text, False))
            else:
                current.items.append((text, False))
        elif continues(text, current.items[-1]) and not gap:
            previous, was_bullet = current.items[-1]
            current.items[-1] = (f"{previous} {text}", was_bullet)
        elif gap or starts_entry(text, following):
            current = Entry(header=[text])
            entries.append(current)
        else:
            current.items.append((text, False))
        gap = False
    return give_back_body_lines(entries)


def _undated_last_job(header: list[str], text: str) -> bool:
    """'Customer Support Executive' / 'Concentrix' closing a section between blank lines: a
    title alone, then a short name, is a job with no dates, not the job above's body."""
    return (
        len(header) == 1
        and role_score(header[0]) >= 3
        and len(header[0].split()) <= 6
        and len(text.split()) <= 6
        and role_score(text) <= 0
        and not text.endswith((".", ":", ","))
        and not is_duty(text)
        and not reads_as_body(text)
    )


def _heads_next_role(header: list[str], text: str, following: str) -> bool:
    """'Arup   New York, NY' / 'Structural Engineer   June 2020 – Present' with no bullets
    after: an undated line above a dated title, once the header holds a title and a line
    besides, is the next job's employer."""
    return (
        len(header) >= 2
        and any(role_score(line) > 0 for line in header)
        and not find_date_range(text)
        and role_score(text) <= 0
        and not reads_as_body(text)
        and not is_duty(text)
        and len(text.split()) <= 10
        and dated_role(following)
    )


def _repeats_header(header: list[str], lines: list[Line], index: int) -> bool:
    """'Infosys' / 'Senior Test Engineer' / 'June 2020 - present', then 'Wipro Technologies' /
    'Test Engineer' / 'July 2017 - May 2020' with no body between: a header closed by its
    dates, then as many short lines closed by dates again, is the next job's header written
    the same way, not this one's fourth line."""
    size = len(header)
    # Only the next few lines: reading all the rest each time cost time in the square of
    # the entry count.
    following = (lines[at].text.strip() for at in range(index, len(lines)))
    upcoming = list(islice((text for text in following if text), size))
    return (
        size >= 2
        and len(upcoming) == size
        and all(_closes_with_dates(texts) for texts in (header, upcoming))
        and not any(
            len(text.split()) > 8 or text.endswith(".") or reads_as_body(text) or is_duty(text)
            for text in upcoming[:-1]
        )
    )


def _closes_with_dates(texts: list[str]) -> bool:
    """Lines whose last holds a range and little else ("March 2021 - present day") and
    whose others hold no date."""
    found = find_date_range(texts[-1])
    return (
        bool(found and (found.end or found.current))
        and len(texts[-1].replace(found.text, " ").split()) <= 2
        and not has_date(texts[:-1])
    )


def _title_after_whole_header(entry: Entry, text: str) -> bool:
    """'Area Sales Executive' / 'Tayto Group, Tandragee' / '2014–2019' / 'Sales Assistant':
    a header closed by its date line, holding a title and another name above it, is whole;
    a title after it, with no body between, opens the next job."""
    *names, last = entry.header
    return (
        not entry.items
        and len(names) >= 2
        and is_date_only(last)
        and any(role_score(name) >= 3 for name in names)
        and any(role_score(name) == 0 for name in names)
        and role_score(text) >= 3
        and len(text.split()) <= 6
        and not is_duty(text)
        and not text.endswith((".", ":"))
    )


def _under_date_alone(entry: Entry) -> bool:
    """Does the entry so far hold only its date line, written above the job's header?"""
    return len(entry.header) == 1 and not entry.items and is_date_only(entry.header[0])


def give_back_body_lines(entries: list[Entry]) -> list[Entry]:
    """Lines before a header that end the previous job's body go back to it.

    Converted documents lose the bullets, so "Form builder, Report builder," or
    "Vue, TypeScript, WebPack" open the next header; two header lines always stay.
    """
    for previous, entry in zip(entries, entries[1:], strict=False):
        while len(entry.header) > 2 and reads_as_body(entry.header[0]):
            previous.items.append((entry.header.pop(0), False))
    return entries


def reads_as_body(text: str) -> bool:
    """A line of duties or tools, never a header field."""
    words = text.split()
    if named_then_place(text) or find_date_range(text):
        return False
    if "%" in text or (text.endswith((",", ";")) and len(words) >= 4):
        return True  # "Grew sales 20%", "Form builder, Report builder," (not "Acme,")
    last = words[-1].lower() if words else ""
    if (
        text.endswith(".")
        and len(words) >= 3
        and last not in vocabulary()["company_suffixes"]
        and not legal_form(text)  # "Fiege sp. z o.o.", "Cemex, S.A.B. de C.V."
    ):
        return True
    # "Vue, TypeScript, WebPack, SCSS": a list of short items ("Acme, a.s., Brno" is one
    # company with its legal form and town).
    items = keep_suffixes([item.strip() for item in text.split(",") if item.strip()])
    return (
        len(items) >= 3
        and all(len(item.split()) <= 3 for item in items)
        and not read_location(text)
        # "Methodist Hospital, San Antonio, TX": a name, then where it is.
        and not read_location(", ".join(items[-2:]))
        and title_score(text) == 0
    )


def dated_role(text: str) -> bool:
    """'Deputy Manager, 2015 – 2018': a job title and its dates, nothing else on the line.

    A work history listed one job a line sets the title and the employer apart with bars
    ('Banquet Captain | Four Seasons Hotel Austin | 2018 – 2021') or commas: each field is
    short.
    """
    found = find_date_range(text)
    if not found or not (found.end or found.current):
        return False
    rest = f"{text[: found.begin]} {text[found.finish :]}".strip(" ,;|()–—-")
    # "Executive Officer, Department for Work and Pensions (Leeds), 2013 – 2016": commas
    # part the fields where no bar does.
    separator = " | " if " | " in rest else ", "
    # Dashes part them too ("Delta Group — Cashier — 2010-2012").
    dashed = [part.strip() for part in SEPARATOR_RE.split(rest) if part.strip()]
    return any(
        len(fields) <= 3
        and all(0 < len(part.split()) <= 6 for part in fields)
        and any(role_score(part) > 0 for part in fields)
        and not any(is_duty(part) for part in fields)
        for fields in ([part.strip() for part in rest.split(separator)], dashed)
    )


def whole_job_line(text: str) -> bool:
    """'Target Corporation | Cashier | 2013 – 2015': a title, another field and a range on one
    line, a job's whole header."""
    found = find_date_range(text)
    if not found:
        return False
    rest = f"{text[: found.begin]} {text[found.finish :]}".strip(" ,;|()–—-")
    parts = [
        part for part in re.split(rf"{SEPARATOR_RE.pattern}|,\s+|\s+(?:@|at)\s+", rest) if part
    ]
    return dated_role(text) and len(parts) >= 2


def completes_employer(header: list[str], text: str) -> bool:
    """Is the line the employer of a dated header that has a title and no employer yet?"""
    return (
        employer_score(text) > 0
        and role_score(text) == 0
        and len(text.split()) <= 6
        and any(role_score(line) > 0 for line in header)
        and not any(employer_score(line) > 0 for line in header)
    )


def named_then_place(text: str) -> bool:
    """'Amdocs (Israel, Raanana) ...': a short capitalised name, then its place in brackets."""
    match = re.match(r"([A-Z][\w&.'-]*(?:\s+[A-Z&][\w&.'-]*){0,3})\s*\(\s*([^()]+)\)", text)
    return bool(match) and bool(read_location(match[2].strip()))


def names_a_job(text: str) -> bool:
    """'Britannica (Tel Aviv, Israel) Web Developer': a name, its place in brackets, a title."""
    place = re.search(r"\(([^()]+)\)", text)
    if not place or not read_location(place[1]) or len(text.split()) > 12:
        return False
    before, after = text[: place.start()].strip(), text[place.end() :].strip()
    return (
        bool(before) and before[:1].isupper() and (role_score(after) > 0 or role_score(before) > 0)
    )


def _has_range(text: str) -> bool:
    found = find_date_range(text)
    return bool(found and (found.end or found.current))


def _finishes_header_date(header: list[str], text: str) -> bool:
    """Does the line's date finish the header's open one?

    "2019 Engineer @ Acme" / "Automotive / 2018 – 2019": a full range holding the
    lone year. "November 2012  ACME BANK" / "February 2022  Developer": a date
    column with the start on one row and the end on the next (months on both,
    the second later, the line opening with it).
    """
    first = next((found for line in header if (found := find_date_range(line))), None)
    found = find_date_range(text)
    if first is None or found is None:
        return False
    dates = {"start": first.start, "end": first.end, "current": first.current}
    if not date_completes(dates, found):
        return False
    if found.end or found.current:
        return True
    return (
        len(header) == 1
        and found.begin == 0
        and len(first.start) > 4
        and len(found.start) > 4
        and not is_date_only(text)
    )


def next_text(lines: list[Line], index: int) -> str:
    for line in lines[index + 1 :]:
        if line.text.strip():
            return line.text.strip()
    return ""


def is_labelled(text: str) -> bool:
    """'Technologies: Python, Go' or 'GPA: 3.9': a labelled detail of the entry above.

    'Tech Mahindra Ltd: Customer Support Associate' is no label: a company, then a title;
    nor is 'Part-time: Store Staff, Lawson': how the job was held, then the job.
    """
    match = CATEGORY_RE.match(text)
    if not match or len(match[1].split()) > 3 or find_date_range(text):
        return False
    if match[1].strip().lower() in vocabulary()["employment_types"]:
        return False  # "Bijbaan: Verkoopmedewerker, HEMA", "Part-time: Lawson, Inc.": a job
    return not (employer_score(match[1]) > 0 and colon_parts(text) == [match[1], match[2]])


_RESULT_LABEL_RE = re.compile(
    r"(?i:(?:key|main|major|selected|notable)\s+)?"
    r"(?i:achievements|accomplishments|results|responsibilities|duties)"
)


def result_label(text: str) -> bool:
    """'Key Achievements', 'Responsibilities' on a line of their own: the body's label."""
    return bool(_RESULT_LABEL_RE.fullmatch(text.strip(" *_")))


def is_date_only(text: str) -> bool:
    found = find_date_range(text)
    return bool(found) and len(text.strip(" ()-–—|,")) - len(found.text) <= 2


def is_dated_place(text: str) -> bool:
    """'Cardiff · 2016 – 2020', 'Austin, TX | Jan 2019 - Present': a job's place and its
    dates, the line under its title, and nothing else."""
    found = find_date_range(text)
    if not found:
        return False
    rest = f"{text[: found.begin]} {text[found.finish :]}".strip(" ·•|,;()–—-")
    return bool(rest) and bool(read_location(rest) or lone_city(rest, guarded=True))


def ends_sentence(text: str) -> bool:
    """A full stop that ends a sentence, not a name's legal form ("Acme Co.")."""
    return text.rstrip().endswith(".") and not legal_form(text)


def header_wrapped(text: str) -> bool:
    """Does a header line break off inside its fields ("Secondary School Teacher
    (Mathematics and", "Teacher on BOM terms, Moi Forces Academy,"), as a PDF's narrow
    lines leave them?"""
    text = text.rstrip()
    return text.count("(") > text.count(")") or text.endswith(",")


def has_date(texts: list[str]) -> bool:
    return any(find_date_range(text) for text in texts)


def is_sentence(text: str) -> bool:
    return len(text.split()) >= 9 and text.rstrip().endswith((".", "!", "?"))


def continues(text: str, previous: tuple[str, bool]) -> bool:
    """Is this line the wrapped end of the previous bullet or sentence?

    A line that opens with a date ("july 2017 - october 2019: Developer") starts
    something new even when it is written in lower case.
    """
    before, _ = previous
    found = find_date_range(text)
    if found and found.begin == 0:
        return False
    return (
        text[0].islower()
        or text[0] in "(&%$€£,;"
        or before.rstrip().endswith((",", "-", "–", "/", "&"))
        or bool(re.search(r"\b(?:and|or|of|to|the|a|an|with|for|in|by|on)$", before))
    )


def starts_entry(text: str, following: str) -> bool:
    """After a body, does this plain line start a new entry?"""
    if is_duty(text):
        return False  # "Made the build run on Ant": a duty that lost its bullet
    if named_then_place(text):
        return True  # "Amdocs (Raanana, Israel) I was designing ...": the other column glued on
    if find_date_range(text) and len(text.split()) <= 16:
        return True
    if (
        header_wrapped(text)
        and role_score(text.split(",")[0]) > 0
        and following[:1].isupper()
        and not reads_as_body(following)
    ):
        return True  # "Teacher on BOM terms, Moi Forces Academy," / "Nairobi": a header
    if reads_as_body(text):
        return False  # "Cut costs by 8%. Led audits.": more of the body, whatever follows
    if re.search(r"\s(?:at|@)\s+[A-Z]", text) and len(text.split()) <= 10:
        return True
    words = len(text.split())
    if text.endswith(":") and words <= 4 and role_score(following) >= 3 and not is_duty(following):
        return True  # "Halyk Bank:" over "Junior Java developer": an employer, then its title
    # "Reply S.r.l.", "Acme Inc.": a name's legal form, not a sentence's full stop.
    sentence_end = text.rstrip().endswith((".", "!", "?", ":")) and not legal_form(text)
    if words <= 9 and not sentence_end:
        return True
    # "Squad Leader (E-5), 1st Cavalry Division, U.S. Army, Fort Hood, TX" over
    # "MOS 88M | 03/2013 - 05/2017": a long header line over the short line of its dates.
    dated_below = bool(following and find_date_range(following) and len(following.split()) <= 8)
    if dated_below and words <= 14 and not sentence_end:
        return True
    return bool(following and is_date_only(following) and words <= 12)


def education_entries(lines: list[Line]) -> list[Entry]:
    """Cut an education section into entries by what each line names.

    Schools are listed as bullets as often as under headers, and converted
    documents lose the blank lines between them, so a line naming a school, a
    degree or a date where the entry already has one starts the next entry; so
    does a school or degree after a blank line, where the document kept them.
    """
    entries: list[Entry] = []
    seen: set[str] = set()
    education_detail_labels = vocabulary()["education_detail_labels"]
    gap = False
    # Whether two of the entry's own lines came with no blank line between them: where a
    # blank line follows every line (a job board's export), blank lines part nothing.
    tight = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        bullet = BULLET_RE.match(text)
        if bullet and not is_date_only(text):
            text = text[bullet.end() :].strip()
        if not text:
            gap = bool(entries)
            continue
        after_gap, gap = gap, False
        kinds = set()
        if names_school_beside_qualification(text) and not names_school_kind(text):
            kinds.add("institution")
        # "Kenya Certificate of Secondary Education," names a qualification too; "A-levels:
        # History (A)" under a school lists the subjects taken for it.
        if names_qualification(text) or (names_vocational(text) and ":" not in text):
            kinds.add("degree")
        if find_date_range(text):
            kinds.add("date")
        if not kinds and title_score(text) > 0 and len(text.split()) <= 10:
            kinds.add("job")
        names_school = bool(kinds & {"institution", "degree"})
        if (
            entries
            and entries[-1].items
            and not names_school
            and not find_date_range(text)
            and continues(text, entries[-1].items[-1])
        ):
            previous, was_bullet = entries[-1].items[-1]
            entries[-1].items[-1] = (f"{previous} {text}", was_bullet)
            continue
        # A bullet that names no school or degree is about the entry above (a course,
        # a thesis, or a job's duties when jobs were put under this heading).
        described = (bullet or line.bullet) and len(text.split()) >= 5 and not names_school
        label = CATEGORY_RE.match(text)
        # "Thesis: Migration and school enrolment", "Committee: J. Alvarez (chair), ...":
        # the entry's own details, whatever schools or dates they name.
        # "Voto di laurea: 110/110": the grade of the degree above, though it names one.
        of_entry = bool(label) and (
            label[1].strip().lower() in education_detail_labels
            or (grade := read_grade(text)) is not None
            and grade[1] == 0
        )
        detail = (
            of_entry
            or is_labelled(text)
            and not kinds - {"date"}
            or (entries and is_sentence(text) and not kinds)
            or (described and not is_date_only(text))
        )
        if detail and entries:
            entries[-1].items.append((text, False))
            continue
        after_school = "job" in kinds and seen & {"institution", "degree"}
        # "Web-developer at Digital Dream LLC": a job's own header line, never the end of
        # the entry above (a flattened page puts a side column's words before it).
        opens_job = (
            "job" in kinds
            and entries
            and not all(is_date_only(header) for header in entries[-1].header)
            and title_at_employer([text])
        )
        finishes = (
            kinds & seen == {"date"} and entries and _finishes_header_date(entries[-1].header, text)
        )
        repeated = kinds & seen and not finishes
        # "Marks: 962/1100" closed the entry above: a school or degree after it opens the next.
        after_details = names_school and entries and entries[-1].items
        # "MSc in Software Engineering" / "TU Wien", a blank line, "Hogeschool Utrecht".
        apart = after_gap and tight and names_school and seen & {"institution", "degree"}
        # "EPAM Systems" / "Frontend Internship · 2021" under a dated entry whose lines
        # came together: a name no list knows, after a blank line, heads its own block.
        apart = apart or (
            after_gap
            and tight
            and not kinds
            and "date" in seen
            and _opens_dated_block(lines, index)
        )
        if (
            not entries
            or repeated
            or after_school
            or opens_job
            or after_details
            or apart
            or len(entries[-1].header) >= 4
        ):
            entries.append(Entry())
            seen = set()
            tight = False
        else:
            tight = tight or not after_gap
        entries[-1].header.append(text)
        seen |= kinds
    return entries


def names_school_beside_qualification(text: str) -> bool:
    """Whether the line names a school outside the qualification it names: "High School
    Diploma · 2008", "Ontario College Certificate in Logistics" and "Higher School
    Certificate (HSC)" name none, so under "Lincoln High School" they are its degree, not
    the next school."""
    for found in (degree_in(text), vocational_pattern().match(text)):
        if found:
            text = f"{text[: found.start()]} {text[found.end() :]}"
            break
    return names_institution(text)


def names_qualification(text: str) -> bool:
    """Whether the line names a degree, not a school named after the level it teaches:
    "Don Bosco Higher Secondary School" names a school, "Higher Secondary Certificate" a
    qualification."""
    found = degree_in(text)
    if not found:
        return False
    following = re.match(r"\s+([^\W\d_]+)", text[found.end() :])
    return not (following and names_institution(following[1]))


def _opens_dated_block(lines: list[Line], index: int) -> bool:
    """Does the line head a short block (up to the next blank line) whose other lines
    date it or name a qualification, and hold no school of their own?"""
    block = []
    for line in lines[index + 1 :]:
        text = line.text.strip()
        if not text:
            break
        block.append(text)
    return (
        0 < len(block) <= 3
        and any(find_date_range(text) or degree_in(text) for text in block)
        and not any(names_institution(text) for text in block)
    )


def is_job(raw: Entry) -> bool:
    """A dated entry with a job title and no school or degree anywhere in its header."""
    return (
        has_date(raw.header)
        and any(title_score(text) > 0 for text in raw.header)
        and not any(
            names_institution(text) or degree_in(text) or names_vocational(text)
            for text in raw.header
        )
    )
