"""The posting's title, company and location, from its first lines and its sentences."""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jobs.extraction.details import EMPLOYMENT_TYPES, REMOTE_POLICIES, ROLE_WORDS, TITLE_WORDS
from jobs.extraction.head import head_lines
from jobs.extraction.header import (
    CITIES,
    EMPLOYER_LAST_WORDS,
    HEADER_WORDS,
    LABELS,
    LEGAL_SUFFIX_RE,
    PAY,
    PLACES,
    SHIFT_LEAD_RE,
    field_labels,
    named_twice,
    town_size,
)
from jobs.extraction.model import Requirements
from jobs.extraction.prefilter import LongTextPattern
from jobs.extraction.roles import asks, heading_role
from jobs.extraction.segmentation import Clause, line_heading, segment
from jobs.taxonomy import load_curated, taxonomy
from resumeopt.words import common_word

LABEL_RE = re.compile(
    r"^\s*(?P<label>job title|title|position|role|company|employer|organi[sz]ation|location|"
    r"based in|work location)"
    r"\s*[:\-–]\s*(?P<value>.+)$",
    re.IGNORECASE,
)
NOT_A_COMPANY = r"(?!(?:we|our|the team|the company|this|you|they|i)\b)"
# A company's name: capitalised words, "&", "and", "of" between them ("Bellweather & Cole LLP").
COMPANY_NAME = r"(?-i:[A-Z][\w&.'’-]*(?:\s+(?:&|and|of|de|the|[A-Z0-9][\w&.'’-]*)){0,5})"
HIRING_RE = re.compile(
    rf"^{NOT_A_COMPANY}(?P<company>{COMPANY_NAME})"
    # "Acme Payments, a Madrid fintech, is looking for ...": what the company is, said between
    r"(?:,\s+(?:a|an|the|one of)\s+(?P<what>[^,.;:\n]{2,60}?),)?"
    r"\s+(?:is|are)\s+(?:hiring|looking for|"
    r"seeking|searching for)\s+"
    r"(?:an?\s+)?(?:(?:experienced|talented|motivated|passionate)\s+)?(?P<title>[A-Z][^.\n,;(]{2,80}?)"
    r"(?=\s+(?:to|who|for|in|with|based|that|at|on|from|and)\b|\s*[.\n,;(]|$)",
    re.IGNORECASE,
)
JOIN_RE = re.compile(
    rf"\b[Jj]oin\s+{NOT_A_COMPANY}(?P<company>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}})\s+as\s+(?:an?\s+)?"
    r"(?P<title>[A-Z][^.\n,;(]{2,80}?)(?=\s+(?:to|who|for|in|with|based|that|at|on|and)\b|\s*[.\n,;(]|$)"
)
AT_RE = re.compile(
    r"^(?P<title>[^\n@]{3,80}?)\s+(?:at|@)\s+(?P<company>[A-Z][\w&.'’ -]{1,60}?)"
    r"(?:\s+in\s+(?P<town>(?:[A-Z][\w'’-]*\.?\s?){1,3}(?:,\s*(?:[A-Z][\w'’-]*\s?){1,3}){0,2}))?"
    r"(?:\s*\((?P<where>[^)]{2,40})\))?$"
)
AT_COMPANY_RE = re.compile(rf"(?<![\w-])At\s+(?P<company>{COMPANY_NAME}),\s+(?:we|our)\b")
ABOUT_COMPANY_RE = re.compile(
    r"^\s*#*\s*about\s+(?!us\b|the\b|you\b|this\b|our\b)(?P<company>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*:?\s*$",
    re.MULTILINE,
)
BASED_RE = re.compile(
    r"\b(?:based in|located in|location)\s*:?\s+(?P<place>[A-Z][\w .'-]+?(?:,\s*[A-Z][\w "
    r".'-]+)?)(?=[.\n;(]|$)"
)
# Searched for in the posting's first lines, which most often say none of its words: tried
# only near them (see `prefilter`), not at every position.
BASED = LongTextPattern(BASED_RE)
SEEKING_RE = re.compile(
    r"\b(?:we(?:'|’)?re|we are|are|is)\s+(?:currently\s+)?(?:looking for|seeking|hiring|"
    r"searching for|recruiting)\s+"
    r"(?:an?\s+)?(?:(?:experienced|talented|motivated|passionate|skilled|dedicated|driven|enthusiastic)\s+)*"
    r"(?P<title>(?:[A-Z][\w+#./&-]*\s+){0,5}?(?i:" + ROLE_WORDS + r")s?\b(?:\s+(?:I{1,3}|IV))?)",
)
OPENING_TITLE_RE = re.compile(
    r"(?P<title>(?:(?:[a-z]?[A-Z.][\w+#./&-]*|of|and|&|-)\s+){0,6}?(?i:" + ROLE_WORDS + r")s?\b"
    # "Assistant Superintendent", "Sales Associate Supervisor": role words one after another
    r"(?:\s+(?=[A-Z])(?i:" + ROLE_WORDS + r")s?\b)*"
    r"(?:\s+(?:I{1,3}|IV)\b)?(?:\s*\([^)]{1,30}\))?)"
)
WHOLE_TITLE_RE = re.compile(OPENING_TITLE_RE.pattern.replace("{0,6}?", "{0,6}", 1))
# "SOUS CHEF The Copper Kettle Bistro ...": a title in capitals, run into the words after it.
CAPITALS_OPENING_RE = re.compile(
    r"(?P<title>[A-Z][A-Z0-9&/.'’-]*(?:\s+(?:[A-Z0-9][A-Z0-9&/.'’-]*|of|and|&|-|–)){0,7})"
    r"(?=\s+[-–|·,]?\s*[A-Z][a-z])"
)
COMPANY_AFTER_TITLE_RE = re.compile(
    r"\s*[-–·|,]?\s*(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*){0,4})"
)
NOT_IN_A_TITLE_RE = re.compile(
    r"\b(?:you|your|we|our|will|what|who|is|are|be|the ideal|looking|join|this|that|about|"
    r"apply|candidate)\b",
    re.IGNORECASE,
)
URL_RE = re.compile(r"https?://(?P<host>[\w.-]+\.[a-z]{2,})(?P<path>/[^\s]*)?", re.IGNORECASE)
HOST_NOISE = {
    "www",
    "careers",
    "career",
    "jobs",
    "job",
    "apply",
    "work",
    "join",
    "hire",
    "recruiting",
    "com",
    "org",
    "net",
    "io",
    "co",
    "uk",
    "de",
    "fr",
    "es",
    "eu",
    "ai",
    "app",
    "boards",
    "en",
}
JOB_BOARDS = {
    "linkedin",
    "indeed",
    "glassdoor",
    "monster",
    "ziprecruiter",
    "greenhouse",
    "lever",
    "workday",
    "myworkdayjobs",
    "smartrecruiters",
    "ashbyhq",
    "workable",
    "stepstone",
    "dice",
    "wellfound",
    "angel",
    "simplyhired",
    "careerbuilder",
    "bamboohr",
    "jobvite",
    "icims",
    "taleo",
    "recruitee",
    "personio",
    "teamtailor",
    "google",
    "bit",
    "t",
}
BOARDS_WITH_COMPANY_PATH = {"greenhouse", "lever", "ashbyhq", "workable", "recruitee"}
# A separator in a header: `\s+[·•|–—/]\s+|\s+-\s+|\s*\|\s*|\s*·\s*`, written to open on
# the one character class every match opens on (white space, "|" or "·"), which the regex
# engine scans for in C; the branches then go on from that character as the alternation
# would. The alternation was tried at every position of a header or sentence.
HEADER_SEPARATOR_RE = re.compile(
    r"[\s|·](?:(?<=\s)(?:\s*[·•|–—/]\s+|\s*-\s+|\s*\|\s*|\s*·\s*)|(?<=[|·])\s*)"
)
# Every match of HEADER_SEPARATOR_RE holds one of these marks, or a hyphen between white
# spaces ("full-time" holds no separator); most sentences hold none. Opening on the marks
# and the hyphen, not on white space: a sentence's spaces are not each tried.
SEPARATOR_HINT_RE = re.compile(r"[·•|–—/-](?:(?<!-)|(?<=\s-)(?=\s))")


def _joining_as(sentence: str) -> re.Match | None:
    """`JOIN_RE.search(sentence)`, tried only where "Join" or "join" stands (a match opens on
    one): a pattern that opens on `\\b` is tried at every position of the sentence."""
    if "oin" not in sentence:
        return None
    places = []
    for word in ("join", "Join"):
        at = sentence.find(word)
        while at != -1:
            places.append(at)
            at = sentence.find(word, at + 1)
    for at in sorted(places):
        found = JOIN_RE.match(sentence, at)
        if found is not None:
            return found
    return None


SEPARATOR_MARKS = "·•|–—/-"  # with white space, all a match of HEADER_SEPARATOR_RE holds
SPLIT_WHOLE = 256  # characters


def _after_last_separator(text: str) -> str:
    """`HEADER_SEPARATOR_RE.split(text)[-1]` (the text itself when it holds no separator),
    searched back from the text's end: the split tried every white space of a posting pasted
    as one paragraph. Every match holds a mark and only marks and white space, so no match
    runs over a character of neither: the matches after one are the same whether the
    search starts there or at the text's start. The search starts before the last mark's
    run of marks and white space, and goes back one mark at a time until it finds one. A
    sentence shorter than SPLIT_WHOLE is split whole: one call, quicker than the marks'."""
    if len(text) < SPLIT_WHOLE:
        return HEADER_SEPARATOR_RE.split(text)[-1]
    end = len(text)
    while True:
        mark = max(text.rfind(char, 0, end) for char in SEPARATOR_MARKS)
        if mark == -1:
            return text
        start = mark
        while start and (text[start - 1].isspace() or text[start - 1] in SEPARATOR_MARKS):
            start -= 1
        last = deque(HEADER_SEPARATOR_RE.finditer(text, start, end), maxlen=1)
        if last:
            return text[last[0].end() :]
        if not start:
            return text
        end = start


def _split_at_separators(text: str) -> list[str]:
    """`HEADER_SEPARATOR_RE.split(text)`, split only where the hint finds a separator: the
    split tries its four branches at every position of a sentence that holds none."""
    if SEPARATOR_HINT_RE.search(text) is None:
        return [text]
    if "(" not in text:
        return HEADER_SEPARATOR_RE.split(text)
    # "Fernhill Retail Group (Manchester / Remote UK)": a separator in brackets parts nothing.
    masked = BRACKETED_RE.sub(lambda found: "(" + "x" * (len(found.group()) - 2) + ")", text)
    parts, start = [], 0
    for separator in HEADER_SEPARATOR_RE.finditer(masked):
        parts.append(text[start : separator.start()])
        start = separator.end()
    return [*parts, text[start:]]


BRACKETED_RE = re.compile(r"\([^()\n]*\)")


# One piece of a job board's page above a posting copied whole: its name and navigation
# ("Indeed", "Sign in", "Career advice"), or a generic word of it ("Home", "Profile"); its
# pieces may come ended as sentences ("Indeed. Home. Sign in.") when its lines were joined.
SITE_CHROME_PIECE_RE = re.compile(
    rf"[\s.|·•]*(?:(?P<chrome>{'|'.join(HEADER_WORDS['site_chrome'])})"
    rf"|(?P<word>{'|'.join(HEADER_WORDS['site_chrome_words'])}))(?![\w/&'’-])",
    re.IGNORECASE,
)


def without_cell_quotes(text: str) -> str:
    """A posting pasted from a spreadsheet's cell loses the quotes the cell wraps it in
    ('"Payroll Specialist, Blue Harbour Group, Dublin ... bike to work scheme."'), blanked so that
    offsets stay; a posting that only opens or ends with a quotation keeps it."""
    stripped = text.strip()
    if len(stripped) < 3 or stripped[0] != '"' or stripped[-1] != '"':
        return text
    inner = stripped[1:-1].replace('""', "")
    if '"' in inner:
        return text  # quotes inside that the cell did not double: a quotation, not a cell
    first, last = text.index('"'), text.rindex('"')
    return f"{text[:first]} {text[first + 1 : last]} {text[last + 1 :]}"


def without_site_chrome(text: str) -> str:
    """The posting with a job board's navigation at its start blanked (offsets kept): "Skip to
    main content Indeed Home Company reviews Sign in Care Assistant - Nights ...". Two pieces at
    least, the last one only chrome: "Indeed Home Health Aide" is a title after one, and a
    company named like a board ("Monster is hiring") is no run."""
    at, pieces, end = 0, 0, 0
    while found := SITE_CHROME_PIECE_RE.match(text, at):
        at, pieces = found.end(), pieces + 1
        if found["chrome"] and pieces >= 2:
            end = at
    if not end:
        return text
    return re.sub(r"[^\n]", " ", text[:end]) + text[end:]


PAY_RE = re.compile(rf"(?:{PAY})", re.IGNORECASE)
# Pay or a work policy run in before the company of a one-paragraph header: "$17-$20/hr
# Greenway Pharmacy", "Hybrid Acme Payments".
PAY_BEFORE_NAME_RE = re.compile(
    rf"^(?:{PAY}|{'|'.join(HEADER_WORDS['policy'])})\s+(?=(?-i:[A-Z]))", re.IGNORECASE
)
# "$15 - $17 an hour": one amount, not two pieces of a header cut at its dash.
PAY_RANGE_RE = re.compile(r"([$€£]\s?\d[\d,.]*k?)\s+[-–]\s+([$€£])")
SCHEDULE_RE = re.compile(rf"(?:{'|'.join(HEADER_WORDS['schedule'])})", re.IGNORECASE)
TYPE_PATTERNS = [pattern for _, pattern in EMPLOYMENT_TYPES]
# The terms of hire right after a one-paragraph title, with their note ("Bank Teller - Part Time
# (25 hrs/week) First Prairie Bank ...", "- Temp to Hire"): no part of the title, nor of the
# company named after them.
SCHEDULE_LEAD_RE = re.compile(
    rf"^(?:\s*[-–—·|,(]?\s*(?:{'|'.join([*HEADER_WORDS['schedule'], *TYPE_PATTERNS])})\)?"
    r"(?:\s*\([^()]{1,30}\))?)+\s*",
    re.IGNORECASE,
)
GENDER_MARKER_RE = re.compile(rf"\s*(?:{'|'.join(HEADER_WORDS['gender_marker'])})", re.IGNORECASE)
DEPARTMENT_RE = re.compile(rf"^(?:{'|'.join(HEADER_WORDS['department'])})")
POSTCODE = "|".join(HEADER_WORDS["postcode"])
# "Department of Oncology", "Division of Nursing": the unit that hires, not more of the title.
# A local or state government as an employer names itself: "County of Larimer", "City of Tempe".
GOVERNMENT_RE = re.compile(
    r"(?:County|City|State|Town|Village|Commonwealth|Borough|Township|Parish)\s+of\s+"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
)
UNIT_RE = re.compile(
    r"(?:Department|Dept\.?|Division|School|Faculty|Office|Institute|College|Cent(?:er|re))"
    r"\s+(?:of|for)\s+[A-Z]"
)
# "Leeds LS17", "Manchester, M13 9WL": a town and its postcode, a place on a header's line.
TOWN_POSTCODE_RE = re.compile(
    r"^[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+){0,2},?\s+"
    rf"(?:{'|'.join(HEADER_WORDS['town_postcode'])})$"
)
PLACE_RE = re.compile(
    r"^[A-Z][\w .'’&/-]+,\s*(?:[A-Z]{2}\b|[A-Z][\w .'’-]+)(?:,\s*[A-Z][\w .'’-]+)?"
    rf"(?:\s+(?:{POSTCODE}))?$"
)


@dataclass
class _Line:
    text: str
    heading: bool


# Glassdoor copies a posting as its employer's name and star rating, then the title
# ("Kettle & Crumb 3.8 ★ Production Supervisor - Bakery Fresno, CA $62K - $70K").
RATED_EMPLOYER_RE = re.compile(rf"^\s*(?P<company>{COMPANY_NAME})\s+[1-5](?:\.\d)?\s*[★☆]\s*")


def read_title_and_company(text: str, clauses: list[Clause], requirements: Requirements) -> None:
    """Title, company and location: labelled fields,
    the first lines, then sentences that say them. `clauses`: `segment(text)`, which tells
    which lines are headings."""
    rated = RATED_EMPLOYER_RE.match(text[:HEADER_REACH])
    if rated and rated.end() < len(text):
        # The rest reads as a posting that opens with its title; the rated name is the company.
        rest = text[rated.end() :]
        _read_title_and_company(rest, segment(rest), requirements)
        requirements.company = rated["company"]
        return
    _read_title_and_company(text, clauses, requirements)


def _restored_clauses(
    clauses: list[Clause], text: str, prose_at: int, lines_text: str
) -> list[Clause]:
    """The clauses of `lines_text + text[prose_at:]`: the head's lines and the sentence the head
    ran into cut anew, the posting's clauses after them moved to their new place (the reading
    looks at the first twenty)."""
    first = next((clause for clause in clauses if clause.end > prose_at), None)
    cut = first.end if first else len(text)
    own = segment(lines_text + text[prose_at:cut])
    shift, lines = len(lines_text) - prose_at, lines_text.count("\n")
    after = [clause for clause in clauses if clause.start >= cut][: max(0, 20 - len(own))]
    return own + [
        Clause(
            c.text,
            c.start + shift,
            c.role,
            c.heading,
            c.line + lines,
            c.line_start,
            c.section,
            c.whole_line,
        )
        for c in after
    ]


def _read_title_and_company(
    text: str, clauses: list[Clause], requirements: Requirements, *, restored: int = 0
) -> None:
    headings = {clause.line for clause in clauses if clause.whole_line}
    lines = [
        _Line(raw, number in headings and not (not index and _capitals_title(raw)))
        for index, (number, raw) in enumerate(
            (number, raw) for number, raw in enumerate(text.splitlines()[:60]) if raw.strip()
        )
    ]
    one_paragraph = _run_together(lines)
    head = head_lines(text) if one_paragraph and not restored else None
    if head:
        # A board's head run into one paragraph: read with its pieces on their lines again, as
        # the posting had them before its line breaks were lost.
        lines_text = "\n".join(head.lines) + "\n\n"
        restored = lines_text + text[head.prose_at :]
        _read_title_and_company(
            restored,
            _restored_clauses(clauses, text, head.prose_at, lines_text),
            requirements,
            restored=len(head.lines),
        )
        # A company or place after the pay or terms ("Senior Accountant – Hybrid – Up to $90k
        # Harlow & Pine CPAs Boston, MA") is the head's though its lines do not say so.
        requirements.company = requirements.company or head.company
        if not requirements.location and head.place:
            _set_location(requirements, head.place)
        return
    if one_paragraph:
        # One paragraph: its first short sentences are the lines of its header.
        lines = _opening_sentences(clauses, text) or lines
    # A restored head's labels are its own: the paragraph after it is one line, whose "Work
    # Location: In person" is no header's.
    _read_labels(text, lines[:restored] if restored else lines, requirements)
    sentences = [clause.text for clause in clauses[:20] if not clause.heading]
    hiring = ""
    for sentence in [line.text.strip() for line in lines[:15]] + sentences:
        # "Inside Sales Representative — Granite Supply Co. is looking for ...": the sentence
        # after a header run into it.
        separated = SEPARATOR_HINT_RE.search(sentence) is not None
        tail = _after_last_separator(sentence) if separated else sentence
        found = (
            HIRING_RE.match(sentence)
            or (tail is not sentence and HIRING_RE.match(tail))
            or _joining_as(sentence)
        )
        if found and plausible_title(found["title"]):
            company = _hiring_company(found["company"].strip(), text)
            requirements.company = requirements.company or company
            before = sentence[: max(0, sentence.find(company))].strip(" -–—·|")
            requirements.title = requirements.title or _hiring_title(
                found["title"].strip(), [*lines[:1], _Line(before, False)], requirements
            )
            hiring = sentence
            break
    opening = [line for line in lines[:12] if not line.heading][:6]
    title_line = None
    if not requirements.title:
        for line in opening[:4]:
            candidate = line.text.strip(" #*")
            at = AT_RE.match(candidate.rstrip("."))
            if at and TITLE_WORDS.search(at["title"]) and plausible_title(at["title"]):
                requirements.title = at["title"].strip()
                company, town = at["company"].strip(), at["town"]
                if town and _location_of(town):
                    _set_location(
                        requirements, town
                    )  # "Line Cook at Blue Door Bistro in Austin, TX"
                elif town:
                    company = f"{company} in {town}"
                requirements.company = requirements.company or company
                if at["where"] and _location_of(at["where"]):
                    _set_location(requirements, at["where"])  # "at Nimbus (São Paulo, Brazil)"
                title_line = line
                break
            if (
                len(candidate.split()) <= 12
                and TITLE_WORDS.search(candidate)
                and not candidate.endswith(".")
                and plausible_title(candidate)
            ):
                requirements.title = _title_and_header(candidate, requirements, text)
                title_line = line
                break
    if not requirements.title and sentences:
        # A posting pasted as one paragraph opens with its title, run into what follows it.
        first = sentences[0].rstrip(" .")
        opening_title = _opening_title(first)
        if opening_title and plausible_title(opening_title["title"]):
            rest = first[opening_title.end() :] or _header_cut_from_title(clauses, text)
            requirements.title = opening_title["title"]
            # The header as pasted: segmentation may have cut it at its dash or its pay.
            start = text.lstrip()
            pasted = start[len(first) : HEADER_REACH] if start.startswith(first) else ""
            board = _board_header(requirements.title, pasted or rest, text)
            if board:
                requirements.title, requirements.company, place = board
                _set_location(requirements, place)
            elif not _read_run_in_header(rest, text, requirements) and len(first.split()) <= 8:
                requirements.title = first if plausible_title(first) else requirements.title
            # "Sales Associate - Part Time Harbor & Hem ...": the name after the terms of hire.
            after_terms = _title_terms(requirements.title, rest, text)[1]
            requirements.company = requirements.company or _company_after_title(after_terms, text)
        elif len(first.split()) <= 8 and plausible_title(first):
            requirements.title = first
    start = text.lstrip()
    opening_title = _opening_title(start) if one_paragraph else None
    if opening_title and requirements.title and not requirements.company:
        # "Staff Nurse - ICU Sunrise Multispeciality Hospital Chennai, Tamil Nadu 3-5 Yrs ... We
        # are hiring staff nurses": the board's header the paragraph opens with names the post
        # more fully than the sentence that says who is hired.
        board = _board_header(
            opening_title["title"], start[opening_title.end() : HEADER_REACH], text
        )
        said = requirements.title.lower().rstrip("s")
        if board and said in board[0].lower():
            requirements.title, requirements.company, place = board
            _set_location(requirements, place)
    if not requirements.title:
        for sentence in sentences[:12]:
            found = SEEKING_RE.search(sentence)
            if found and plausible_title(found["title"]):
                requirements.title = found["title"].strip()
                break
    if title_line is None and opening and opening[0].text.strip(" #*") == requirements.title:
        title_line = opening[0]  # the title a sentence named is also the first line
    _read_header(opening, title_line, requirements, text)
    if not requirements.company:
        # "Data Analyst, Lisbon, Portugal (Hybrid) Cobalt Bank is hiring ...": the hiring
        # sentence after a header run into it, where its prose starts.
        for sentence in sentences[:3]:
            prose = _prose_start(sentence, text)
            found = HIRING_RE.match(sentence[prose:]) if prose else None
            if found and plausible_title(found["title"]):
                requirements.company = _hiring_company(found["company"].strip(), text)
                break
    if not requirements.company:
        requirements.company = _company_of_opening(clauses)
    if not requirements.company:
        # "At Piedmont Poultry, we feed families ...": how many postings introduce their company.
        at = next(
            filter(None, (AT_COMPANY_RE.search(sentence) for sentence in sentences[:8])), None
        )
        named = at["company"] if at else ""
        # "At Home, we ..." / "At Present, our ...": one common word is no name.
        requirements.company = "" if " " not in named and common_word(named) else named
    if not requirements.company:
        about = ABOUT_COMPANY_RE.search("\n".join(line.text for line in lines))
        if about:
            requirements.company = about["company"]
    if not requirements.company:
        requirements.company = _federal_agency(text[:HEADER_REACH])
    if not requirements.company:
        requirements.company = _company_from_url(text)
    if not requirements.location:
        based = BASED.search("\n".join(line.text for line in lines))
        if based:
            requirements.location = based["place"].strip()
    requirements.company = _fuller_name(_without_town(requirements.company, text), text)
    dotted = f"{requirements.company}."
    if (
        requirements.company
        and not requirements.company.endswith(".")
        and LEGAL_SUFFIX_END_RE.search(dotted)
        and dotted in text
    ):
        # "Norcastle Engineering Inc.", "Tesselate Logistics Sp. z o.o.": the legal form's
        # stop that ended a sentence or a label's value is the name's
        requirements.company = dotted
    requirements.title = _with_run_in_qualifier(requirements.title, requirements.company, text)
    requirements.title = _as_the_posting_writes(
        _without_terms(GENDER_MARKER_RE.sub("", requirements.title).strip(), requirements), text
    )
    if not requirements.location or _header_kind(requirements.location) == "remote":
        # "... is hiring a Service Plumber for residential calls in Minneapolis, MN."
        # The sentence that names the role first: the company's own blurb may name other places.
        naming = [s for s in sentences[:8] if requirements.title and requirements.title in s]
        for sentence in [hiring, *naming, *sentences[:8]]:
            place = _place_in(sentence) or (
                _place_in(sentence, ACROSS_PLACE_RE) if sentence is hiring else ""
            )
            if place:
                # "plants in Georgia and Alabama" names a region; a town with its state in the
                # header ("apply locations Gainesville, GA") is where the job is.
                if "," not in place:
                    place = _town_and_state(text[:HEADER_REACH]) or place
                _set_location(requirements, place)
                break
    if not requirements.location or _header_kind(requirements.location) == "remote":
        # A header run into one paragraph: "... Crestline Distribution Reno, NV 89502 $21.50".
        place = _town_and_state(text[:HEADER_REACH]) or _known_city(text[:HEADER_REACH])
        if place:
            _set_location(requirements, place)


LEGAL_SUFFIX_END_RE = re.compile(rf"\s(?:{LEGAL_SUFFIX_RE.pattern})$")
LOCATION_VALUE_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:,\s*(?:[A-Z]{2}\b|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)){0,2}"
    r"(?:\s*\([^)\n]{1,30}\))?"
)
COMPANY_VALUE_RE = re.compile(COMPANY_NAME)
# A header line that is a name with its legal form: "Kassenwerk GmbH", "Ledgerly Inc.".
LEGAL_NAME_RE = re.compile(rf"{COMPANY_NAME}\s(?:{LEGAL_SUFFIX_RE.pattern})\.?")
# Where the prose after a run-in header starts: "We ...", "Kessler Electric has served ...".
THE_NAME_RE = re.compile(r"The(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*)+\s*(?:$|[-–—|·,(])")
PROSE_START_RE = re.compile(
    r"\b(?:We|Our|At|About|Join|Who|The)\b|(?<![\w&.'’-])(?:(?!(?:We|Our|You|They|It)\b)[A-Z][a-z][\w&.'’-]*\s+"
    r"(?:(?:&|and|of)\s+)?){1,4}"
    r"(?:is|are|has|have|was|helps|builds|makes|"
    r"runs|provides|offers|lets|develops|serves|operates|protects|creates|designs|sells|moves|hauls|"
    r"ships|delivers|manufactures|produces|connects|powers|specializes|specialises|treats|cares)\b"
)


IS_A_RE = re.compile(
    r"^(?!(?i:we|our|the team|the company|this|you|they|i)\b)"
    rf"(?P<company>{COMPANY_NAME})\s+(?:(?:is|are)\s+(?:a|an|the|one of)\s+"
    # "Knowledge of Docker is an added advantage": a preferred item, not a company
    r"(?!(?:added\s+|big\s+|real\s+|definite\s+)?(?:plus|advantage|asset|bonus)\b|must\b|"
    r"requirement)"
    r"|(?:has|have)\s+(?:made|built|served|been|grown|helped)\b|(?:makes|builds|runs|provides|serves|operates|helps|"
    r"designs|sells|develops|creates|protects|lets|delivers|manufactures)\b)"
)


def _is_a_name(text: str, posting: str, following: list[_Line], under_title: bool) -> bool:
    """ "Riverside Community Hospital": capitalised words the posting names again (or a place
    follows them), no role, no place, no sentence."""
    found = COMPANY_VALUE_RE.fullmatch(text.strip())
    place_next = bool(following) and _header_kind(following[0].text.strip(" .")) == "place"
    words = text.split()
    # "Canva", "Bunnings", "Tealeaf": a brand of words no dictionary holds, alone on the line
    # under the title, is the company though the posting never names it again.
    brand = (
        under_title and len(words) <= 2 and _alone_on_a_line(text.strip(), posting)
    ) and not any(
        common_word(word)
        or word.lower() in PLACES
        or re.fullmatch(r"[A-Z]{2,3}", word)
        or word.lower() in posting  # "outpatient" written small elsewhere: a common noun
        or taxonomy().lookup(word) is not None
        for word in words
    )
    return (
        found is not None
        and (posting.count(words[0]) >= 2 or place_next or brand)
        and len(text.split()) <= 6
        and not TITLE_WORDS.search(text)
        and text.strip().lower() not in PLACES
        and line_heading(text) is None
    )


def _alone_on_a_line(text: str, posting: str) -> bool:
    """Whether a line of the posting is the text with only spaces or tabs around it, as
    `^[ \t]*text[ \t]*$` (multi-line) finds it: without compiling a pattern of each posting's
    words, which cost more than the rest of reading its header."""
    at = posting.find(text)
    while at != -1:
        end = at + len(text)
        line_end = posting.find("\n", end)
        if not posting[posting.rfind("\n", 0, at) + 1 : at].strip(" \t") and not posting[
            end : len(posting) if line_end == -1 else line_end
        ].strip(" \t"):
            return True
        at = posting.find(text, at + 1)
    return False


def _company_of_opening(clauses: list[Clause]) -> str:
    """The subject of the posting's opening sentence: "Verdant Energy is a solar installer ..."."""
    sentences = [c.text for c in clauses[:6] if not c.heading and c.role != "title"][:3]
    for sentence in sentences:
        found = IS_A_RE.match(sentence)
        if found and not TITLE_WORDS.search(found["company"]):
            words = found["company"].split()
            while len(words) > 1 and words[0].strip(",").lower() in PLACES:
                words = words[1:]  # "Germany Fluxo is ...": a header's place run in
            return " ".join(words)
    return ""


def _title_terms(title: str, rest: str, posting: str) -> tuple[str, str]:
    """A one-paragraph title and what follows it, the shift it names moved into it (with the
    posting's own dash) and the terms of hire left out: ("Forklift Operator", "2nd Shift (Temp to
    Hire) Summit Staffing ...") -> ("Forklift Operator - 2nd Shift", "Summit Staffing ...")."""
    shift = SHIFT_LEAD_RE.match(rest)
    if shift:
        dash = re.search(rf"{re.escape(title)}\s*([-–—])\s*{re.escape(shift['shift'])}", posting)
        title = f"{title} {dash.group(1) if dash else '-'} {shift['shift']}"
        rest = rest[shift.end() :].lstrip(" -–—·|,")
    return title, SCHEDULE_LEAD_RE.sub("", rest)


def _without_terms(title: str, requirements: Requirements) -> str:
    """ "Senior DevOps Engineer (Remote, US)" -> "Senior DevOps Engineer": the brackets after a
    title that say where or on what terms one works, not what the job is."""
    found = re.search(r"\s*\((?P<terms>[^()]{2,40})\)$", title)
    kind = _header_kind(found["terms"]) if found else ""
    if kind not in ("remote", "type", "pay"):
        return title
    if kind == "remote":
        _set_location(requirements, found["terms"])
    return title[: found.start()]


def _opening_title(sentence: str) -> re.Match | None:
    """The title a one-paragraph posting opens with: a run of capitals if it is one ("ASSISTANT
    STORE MANAGER Trailhead Outfitters"), else the words up to the role's."""
    capitals = CAPITALS_OPENING_RE.match(sentence)
    if capitals and plausible_title(capitals["title"]):
        return capitals
    # "Assistant Project Manager" cut from what follows it: the whole piece, not its first role.
    return WHOLE_TITLE_RE.fullmatch(sentence.rstrip(" ")) or OPENING_TITLE_RE.match(sentence)


def _capitals_title(line: str) -> bool:
    """ "SOUS CHEF" on a posting's first line: its title in capitals, not a heading."""
    content = line.strip(" #*_:")
    return content.isupper() and not heading_role(content) and plausible_title(content)


def _as_the_posting_writes(title: str, posting: str) -> str:
    """A title in capitals as the posting's prose writes its words ("SOUS CHEF" -> "Sous Chef",
    "HVAC SERVICE TECHNICIAN" -> "HVAC Service Technician"); a word the prose never writes in
    lower case keeps its capitals if short (an acronym), else is capitalised."""
    if not title.isupper() or len(title) < 4:
        return title
    words = []
    for token in title.split():
        # "(GRADES 6-8)": the word inside its brackets.
        lead, word, trail = re.fullmatch(r"(\W*)(.*?)(\W*)", token).groups()
        spellings = [
            found.group()
            for found in re.finditer(rf"\b{re.escape(word)}\b", posting, re.IGNORECASE)
            if not found.group().isupper() and found.group()[:1].isupper()
        ]
        if not word:
            cased = word
        elif spellings:
            cased = max(set(spellings), key=spellings.count)
        elif (len(word) <= 4 and not _written_lower(word, posting)) or not word.isalpha():
            cased = word
        else:
            cased = word.capitalize()
        words.append(f"{lead}{cased}{trail}")
    return " ".join(words)


def _written_lower(word: str, posting: str) -> bool:
    return re.search(rf"\b{re.escape(word.lower())}\b", posting) is not None


def _run_together(lines: list[_Line]) -> bool:
    """The posting's opening has no lines of its own: it was pasted as one paragraph."""
    return bool(lines) and len(lines[0].text.split()) > 12


def _opening_sentences(clauses: list[Clause], posting: str) -> list[_Line]:
    """The short sentences a one-paragraph posting opens with ("Logistics Coordinator.
    Harbor Freight Lines - Rotterdam, Netherlands."), as the lines of its header."""
    result = []
    for clause in clauses[:10]:
        if clause.heading:
            result.append(_Line(clause.text, True))
            continue
        prose = _prose_start(clause.text, posting)
        line = (clause.text[:prose] if prose else clause.text).strip(" ,").rstrip(".")
        if len(line.split()) > 15 or (
            result and not prose and clause.text.endswith(".") and _is_prose(clause.text)
        ):
            break
        # "Electrician Apprentice at Summit Spark Electric": a title at a company is one line.
        head = _opening_title(line) if not result and not AT_RE.match(line) else None
        if head and line[head.end() :].strip(" -–·|,")[:1].isupper():
            title, line = _title_terms(head["title"], line[head.end() :].strip(" -–·|"), posting)
            result.append(_Line(title, False))
        elif len(result) == 1 and not result[0].heading:
            # "Picker Packer - Night Shift (Temp to Hire) ...", the title cut at its dash.
            title, line = _title_terms(result[0].text, line, posting)
            result[0] = _Line(title, False)
        labels = [found.start() for found in field_labels(line) if found.start()]
        for start, end in zip([0, *labels], [*labels, len(line)], strict=False):
            if line[start:end].strip():
                result.append(_Line(line[start:end].strip(), False))
        if prose:
            break
    return result if len(result) >= 2 else []


def _prose_start(text: str, posting: str) -> int | None:
    """Where the prose after a header starts ("... Denver, CO Kessler Electric has served"), or
    None. Of a run of capitalised words before the verb, the subject is the shortest end of it
    the posting names again ("Leeds, United Kingdom Kestrel Foods makes": "Kestrel Foods")."""
    # A label's value is no prose: "Company: The Blue Door Bistro"; nor is a name that starts
    # with "The" and ends the header's part ("LINE COOK The Alder House Hotel - Portland").
    found = next(
        (
            f
            for f in PROSE_START_RE.finditer(text, 1)
            if not text[: f.start()].rstrip().endswith(":")
            and not THE_NAME_RE.match(text, f.start())
        ),
        None,
    )
    if not found:
        return None
    words = list(re.finditer(r"\S+", found.group()))[:-1]
    for word in words:
        subject = found.group()[word.start() :].rsplit(None, 1)[0]
        if posting.count(subject) >= 2:
            return found.start() + word.start()
    # "... - Remote - Germany Fluxo is a": the place ends the header, the subject follows it.
    for index, word in enumerate(words[:-1]):
        if word.group().strip(",").lower() not in PLACES:
            return found.start() + words[index].start()
    return found.start() + (words[-1].start() if words else 0)


def _ends_sentence(text: str) -> bool:
    """A full stop that ends a sentence, not the one of "Kinetic Foods Inc."."""
    return (
        text.endswith(".")
        and not re.search(r"\b(?:Inc|Co|Corp|Ltd|S\.A|B\.V)\.$", text)
        # "Kassenwerk GmbH." as a run-together paste ends each line
        and not re.search(rf"\s(?:{LEGAL_SUFFIX_RE.pattern})\.$", text)
    )


def _is_prose(text: str) -> bool:
    return re.search(r"\b(?:is|are|we|our|you|will|has|have)\b", text, re.IGNORECASE) is not None


def _before_heading(value: str) -> str:
    """A label's value without a heading run in after it: "CareNow Telehealth Requirements: NP
    license" -> "CareNow Telehealth"."""
    for colon in re.finditer(":", value):
        words = value[: colon.start()].split()
        for size in (1, 2, 3):
            if size < len(words) and heading_role(" ".join(words[-size:])):
                return " ".join(words[:-size]).strip(" .;|·•")
    return value


def _read_labels(text: str, lines: list[_Line], requirements: Requirements) -> None:
    """ "Job Title: ...", "Company: ...", "Location:
    ..." on their lines or run into one paragraph."""
    opening = "\n".join(line.text for line in lines[:40])[:3000]
    found = list(field_labels(opening))
    for index, label in enumerate(found):
        kind = next(name for name in LABELS if label[name])
        end = found[index + 1].start() if index + 1 < len(found) else len(opening)
        value = opening[label.end() : end].split("\n")[0].strip(" .;|·•")
        value = _before_heading(value)
        if not value or kind == "other":
            continue
        if kind == "title" and not requirements.title:
            words = value.split()
            if len(words) > 10:
                head = OPENING_TITLE_RE.match(value)
                value = head["title"] if head else ""
            requirements.title = value if value and plausible_title(value) else ""
        elif kind == "company" and not requirements.company:
            name = COMPANY_VALUE_RE.match(value)
            requirements.company = _said_once(
                (name.group() if len(value.split()) > 6 and name else value).strip()
            )
        elif kind == "location" and not requirements.location:
            # "Location: Hybrid – Hamburg" may reach here cut into pieces at its dash.
            pieces = [p.strip(" .;|·•") for p in opening[label.end() : end].split("\n")[:3]]
            where = _location_of(" – ".join(p for p in pieces if p))
            if where.count(",") >= 2:
                # "Denver, CO Boise, ID Duties": a list of towns run into one paragraph.
                where = _town_and_state(where) or where
            if where:
                _set_location(requirements, where)
            else:
                # "Location: Tucson, AZ Remote job No Telework eligible ...": one paragraph.
                place = LOCATION_VALUE_RE.match(value)
                requirements.location = (place.group() if place else value).strip()


def _said_once(name: str) -> str:
    """ "Bellwether Biologics Bellwether Biologics" -> "Bellwether Biologics": a label's value run
    into the next sentence, whose subject is the company again (one paragraph)."""
    words = name.split()
    for size in range(1, len(words) // 2 + 1):
        if words[:size] == words[size : 2 * size]:
            return " ".join(words[:size])
    return name


def _read_run_in_header(rest: str, text: str, requirements: Requirements) -> bool:
    """Company and place run in after a one-paragraph title: "Harbor Freight Lines - Rotterdam,
    Netherlands", "· Sacramento, CA · Full-time". A qualifier of the title before a company the
    posting names again goes back to the title ("Account
    Executive, Mid-Market Brightline Software").
    True when something was read."""
    label = next(field_labels(rest), None)
    ends = [end for end in (_prose_start(rest, text), label and label.start()) if end]
    header = rest[: min(ends, default=len(rest))]
    header = re.sub(r"^\s*(?:at|@)\s+", "", header.strip(" -–—·|•,"))
    # "Forklift Operator - 2nd Shift (Temp to Hire) Summit ...": the title's qualifiers first.
    if requirements.title:
        requirements.title, header = _title_terms(requirements.title, header, text)
    pay = re.search(r"\s[$€£]\s?\d", header)
    if pay and TOWN_STATE_RE.search(header[: pay.start()]):
        header = header[: pay.start()]  # "Summit Staffing Joliet, IL $19.50 - $21.00 an hour"
    if not header:
        return False
    parts = [part.strip() for part in _split_at_separators(header) if part.strip()]
    if (
        len(header.split()) > 14
        and len(parts) >= 3
        and len(parts[-1].split()) > 6
        and all(len(part.split()) <= 6 for part in parts[:-1])
    ):
        # "Commercial Flooring | Keystone Surfaces | Charlotte, NC | Base + Commission
        # Keystone Surfaces supplies ...": short pieces, the prose run into the last one.
        parts = parts[:-1]
        header = " | ".join(parts)
    if len(header.split()) > 14:
        named_town = None if requirements.company else _company_and_town(header, text)
        if named_town:
            requirements.company = named_town[0]
            _set_location(requirements, named_town[1])
        return named_town is not None
    if requirements.title and len(parts) >= 3 and _qualifies_the_title(parts, text):
        # "Outside Sales Representative - Commercial Flooring | Keystone Surfaces | Charlotte, NC"
        written = re.search(
            rf"{re.escape(requirements.title)}\s*[-–—]\s*{re.escape(parts[0])}", text
        )
        requirements.title = (
            " ".join(written.group().split()) if written else f"{requirements.title} – {parts[0]}"
        )
        parts = parts[1:]
    read = False
    for part in parts:
        read = _read_header_part(part, rest, text, requirements) or read
    return read


# Where a job board's header run into one paragraph stops being title, company and place: the
# pay, the terms of hire, when it was posted, or the years asked ("3-5 Yrs" on Naukri).
BOARD_HEADER_END_RE = re.compile(
    rf"\s(?:{PAY}|(?:full|part)[- ]?time|permanent|contract|casual|temporary|on-?site|hybrid"
    r"|remote|posted|\d+\s*[-–]\s*\d+\s*yrs)\b",
    re.IGNORECASE,
)
# "ESL Teacher - Middle School (2027-2028 School Year) Northgate ...": the school level is the
# title's, the school year in brackets no one's.
SCHOOL_LEVEL_RE = re.compile(
    r"(?P<level>(?:Elementary|Primary|Middle|High|Secondary|Junior High|Senior High)\s+School)"
    r"(?:\s*\([^()]{1,40}\))?\s+(?=[A-Z])"
)


def _board_header(title: str, rest: str, posting: str) -> tuple[str, str, str] | None:
    """ "Electrician" and " - Commercial Fit-Out Bright Spark Electrical Services Alexandria,
    Sydney NSW Electricians (Trades & Services) Full time $45 ..." -> ("Electrician - Commercial
    Fit-Out", "Bright Spark Electrical Services", "Alexandria, Sydney NSW"): a job board's header
    pasted as one paragraph, where the company follows the title's qualifier and a place, then
    the pay or terms of hire, follow the company. None unless a place is found after a name that
    ends as employers' names do, is named again, or stands before a town known as one."""
    end = BOARD_HEADER_END_RE.search(rest)
    if not end:
        return None
    header = rest[: end.start()].strip()
    # "Tealeaf Auckland, Auckland, New Zealand · 1 week ago · Over 100 applicants": the pieces
    # a board marks apart after the place are when and how many, no part of the header.
    if "," in header.split("·", 1)[0]:
        header = header.split("·", 1)[0].strip()
    if re.search(r"[|·•:;]", header) or any(
        not LEGAL_SUFFIX_RE.fullmatch(f"{word}.") for word in re.findall(r"(\S+)\.(?:\s|$)", header)
    ):
        return None  # pieces a board marks apart, or a sentence's end: not this kind of header
    dash = re.match(r"([-–—])\s*", header)
    body = header[dash.end() :] if dash else header
    titled, body = _title_terms(title, body, posting)
    wants_qualifier = bool(dash) and titled == title
    before, comma, after = body.partition(",")
    # The words after the place may be a board's classification ("Nursing - Emergency
    # (Healthcare & Medical)"): only the name and town before the comma are counted.
    if len(before.split()) > 12 or len(body.split()) > 22 or not body[:1].isupper():
        return None
    words = before.split()
    place_at, known = None, False
    if comma:
        for index in range(len(words) - 2, -1, -1):
            last = words[index].lower().rstrip(".")
            pair = " ".join(words[index - 1 : index + 1]).lower() if index else ""
            if last in EMPLOYER_LAST_WORDS or pair in EMPLOYER_LAST_WORDS:
                place_at = index + 1
                break
        if place_at is None:
            name, town = _name_before_city(before)
            if name:
                place_at, known = len(name.split()), True
        following = after.split()[:2]
        state_next = bool(following) and re.fullmatch(r"[A-Z]{2,3}", following[0]) is not None
        place_next = state_next or (
            bool(following)
            and (following[0].lower() in PLACES or " ".join(following).lower() in PLACES)
        )
        for size in range(len(words) - 1, 0, -1) if place_at is None and place_next else ():
            # "Lightfoot Surry Hills, Sydney NSW ... Lightfoot runs three pubs": a name with no
            # employer's word that the posting says again, then a suburb it may not know, in a
            # city or state it knows.
            town = words[size:]
            if (
                len(town) <= 3
                # Before a state's code ("Boise, ID") the words are the town alone, as long
                # as towns there run ("Juniper Table Bistro Boise": no town "Bistro Boise").
                and (not state_next or len(town) == town_size(words))
                and all(word[:1].isupper() for word in town)
                and named_twice(" ".join(words[:size]), posting)
                and not named_twice(before.strip(), posting)  # "Lumen Health": all one name
                and not TITLE_WORDS.search(" ".join(words[:size]))
            ):
                place_at, known = size, True
                break
        if place_at is not None:
            # "Remote in Tampa, FL": the policy before the town is not the place.
            town = re.sub(
                r"^(?:remote|hybrid|on-?site)\s+(?:in|from|within|near)\s+",
                "",
                " ".join(words[place_at:]),
                flags=re.IGNORECASE,
            )
            place = LOCATION_VALUE_RE.match(town + "," + after)
            place = place.group().strip() if place else ""
    else:
        for size in (2, 1, 3):
            town = " ".join(words[-size:])
            if len(words) > size and (TOWN_POSTCODE_RE.match(town) or town.lower() in CITIES):
                place_at, place, known = len(words) - size, town, True
                break
        for size in range(len(words) - 1, 1, -1) if place_at is None else ():
            # "Home Instead Bath £12 an hour ... Home Instead supports": the name the posting
            # says again, then a town it may not know.
            town = words[size:]
            if (
                len(town) <= 2
                and all(word[:1].isupper() for word in town)
                and named_twice(" ".join(words[:size]), posting)
                and not named_twice(" ".join(words), posting)  # "Harlow Medical Billing Group"
            ):
                place_at, place, known = size, " ".join(town), True
                break
    if place_at is None or not place or place_at < 1:
        return None
    named = words[:place_at]
    company_at = 0
    for start in range(len(named) - 1):
        if named_twice(" ".join(named[start:]), posting):
            company_at, known = start, True
            break
    else:
        if wants_qualifier:
            level = SCHOOL_LEVEL_RE.match(" ".join(named) + " ")
            bracket = next((i for i, word in enumerate(named) if word.endswith(")")), None)
            if level:
                company_at = len(level.group().split())
            elif bracket is not None:
                company_at = bracket + 1
            else:
                company_at = max(1, len(named) - 4)
    company = " ".join(named[company_at:])
    ends_as_employer = company.split()[-1].lower().rstrip(".") in EMPLOYER_LAST_WORDS
    if (
        not company[:1].isupper()
        or len(company.split()) > 6
        or not (known or ends_as_employer)
        or (wants_qualifier and not company_at)
        # "Speedy Couriers Ltd": a role word in a name with its legal form is the trade's.
        or (TITLE_WORDS.search(company) and not LEGAL_SUFFIX_RE.fullmatch(company.split()[-1]))
    ):
        return None
    qualifier = " ".join(named[:company_at])
    qualifier = re.sub(r"\s*\([^()]*\)$", "", qualifier)
    if qualifier:
        titled = f"{titled} {dash.group(1) if dash else '-'} {qualifier}"
    return titled, company, place


def _header_cut_from_title(clauses: list[Clause], text: str) -> str:
    """The rest of a one-paragraph header that segmentation cut from its title as a clause of its
    own ("Outside Sales Representative - Commercial Flooring | Keystone Surfaces | ..."), or ""."""
    body = [clause for clause in clauses if not clause.heading][:2]
    if len(body) < 2 or body[1].line != body[0].line:
        return ""
    between = text[body[0].start + len(body[0].text) : body[1].start]
    return between + body[1].text if re.fullmatch(r"\s*[-–—|·•]\s*", between) else ""


def _read_header_part(part: str, line: str, posting: str, requirements: Requirements) -> bool:
    """Company and place from one piece of a header: "Acme Payments, Madrid", "Austin, TX",
    "Oakridge Manufacturing Columbus, OH" (a name the posting repeats, run into a place)."""
    read = False
    part = PAY_BEFORE_NAME_RE.sub("", _without_heading(part))
    if GOVERNMENT_RE.fullmatch(part):
        # "County of Larimer - Department of Human Services": the government that hires, the
        # department a unit of it.
        requirements.company = requirements.company or part
        return True
    if re.fullmatch(rf"[A-Z][^,]{{1,60}},\s*(?:{LEGAL_SUFFIX_RE.pattern})", part):
        # "Bellweather Foods, Inc.": a company with its legal form, not a town and a state.
        # The stop of "Inc." may have been cut as a sentence's end; the name keeps it.
        name = f"{part}." if f"{part}." in posting and not part.endswith(".") else part
        requirements.company = requirements.company or name
        return True
    named = re.fullmatch(r"(?P<name>.+?)\s*\((?P<where>[^)]{2,40})\)", part)
    if named and not _header_kind(named["name"]) and _location_of(named["where"]):
        _set_location(requirements, named["where"])  # "Nimbus (São Paulo, Brazil)"
        part, read = named["name"], True
    if _header_kind(part) in ("place", ""):
        name, remainder = _leading_name(part, posting)
        if (
            name
            and (not remainder or _header_kind(remainder) in ("place", "remote", "type"))
            and not _line_of_business(name)
        ):
            requirements.company = requirements.company or name
            part, read = remainder, True
            if not part:
                return read
    kind = _header_kind(part)
    place = re.sub(r"\s*\([^)]*\)\s*$", "", part)
    if kind == "place" and not requirements.company:
        name, where = _name_before_city(place)
        if not name and (named_town := _company_and_town(place, posting)):
            name, where = named_town  # "Juniper Table Bistro Boise, ID": a town it does not know
        for drop in range(1, 4) if not name and not UNIT_RE.match(place) else ():
            # "Outpatient Orthopedics Summit Ridge Physical Therapy Boulder, CO": the title's
            # qualifier, then the name the posting says again.
            named_town = _company_and_town(" ".join(place.split()[drop:]), posting)
            if named_town and len(named_town[0].split()) >= 2:
                qualified = f"{' '.join(place.split()[:drop])} {named_town[0]}"
                name, where = _company_core(qualified, line, posting, requirements), named_town[1]
                break
        if name:
            # "Commercial Construction Halvorsen Builders Minneapolis, MN": the title's
            # qualifier run in before the name the posting says again goes back to the title.
            requirements.company = _company_core(name, line, posting, requirements)
            _set_location(requirements, where)
            return True
    if kind == "company_place":
        company, _, where = place.partition(",")
        known = requirements.company
        if known and not company.strip().startswith(known) and len(company.split()) <= 3:
            # "Fort Collins, Colorado" under the company's line: a town and its state.
            _set_location(requirements, place)
            return True
        name, town = _name_before_city(company)
        if name:  # "Maple Analytics Toronto, ON, Canada"
            company, where = name, f"{town}, {where.strip()}"
        elif not known and posting.count(company.strip()) < 2:
            # "Granite Peak Engineering Fort Collins, Colorado": the name the posting repeats,
            # then a town we do not know as a city.
            repeated, town = _leading_name(place, posting)
            if len(repeated.split()) >= 2 and town and PLACE_RE.match(town):
                requirements.company = repeated
                _set_location(requirements, town)
                return True
        if not requirements.company:
            requirements.company = _company_core(company.strip(), line, posting, requirements)
        _set_location(requirements, where)
        return True
    if kind == "place" or (kind == "remote" and len(part.split()) <= 4):
        _set_location(requirements, part)
        return True
    if (
        not kind
        and not requirements.company
        and part[:1].isupper()
        and len(part.split()) <= 6
        and not TITLE_WORDS.search(part)
        and not _line_of_business(part)
    ):
        requirements.company = _company_core(part, line, posting, requirements)
        return True
    return read


# Words a name cannot end in: the city after them is the name's own.
NAME_GOES_ON_RE = re.compile(r"\s(?:of|for|and|&|the|de|del|du|des|la|le|von|van)$", re.IGNORECASE)


def _name_before_city(place: str) -> tuple[str, str]:
    """ "Tessellate London, UK" -> ("Tessellate", "London, UK"): a name run into a city known as
    one; ("", place) when the words before the comma are all the city's."""
    city, comma, rest = place.partition(",")
    words = city.split()
    for size in range(1, min(3, len(words) - 1) + 1):
        name, town = " ".join(words[:-size]), " ".join(words[-size:])
        if (
            town.lower() in CITIES
            and name[:1].isupper()
            and name.lower() not in PLACES
            and not TITLE_WORDS.search(name)
            # "Bank of Auckland", "Friends of London": the city ends the name.
            and not NAME_GOES_ON_RE.search(name)
        ):
            return re.sub(r"\s+(?:in|at)$", "", name), f"{town}{comma}{rest}"  # "Bistro in Austin"
    return "", place


def _without_heading(part: str) -> str:
    """ "Contoso Insurance Job Description" (a heading
    run in after the header) -> "Contoso Insurance"."""
    words = part.split()
    for size in range(1, len(words)):
        if heading_role(" ".join(words[size:])):
            return " ".join(words[:size])
    return part


def _leading_name(part: str, posting: str) -> tuple[str, str]:
    """ "Oakridge Manufacturing Columbus, OH" -> ("Oakridge Manufacturing", "Columbus, OH"): the
    longest run of first words the posting names again, and what follows it ("", part if none)."""
    before_comma = part.split(",")[0].split()
    if len(before_comma) < 2 and "," in part:
        return "", part
    limit = len(before_comma) - (1 if "," in part else 0)
    words = part.split()
    for size in range(limit, 0, -1):
        name = " ".join(words[:size]).rstrip(",")
        if (
            posting.count(name) >= 2
            # as a word: "Search" is not named again in "OpenSearch"
            and named_twice(name, posting)
            and name[:1].isupper()
            and name.lower() not in PLACES
            and not TITLE_WORDS.search(name)
        ):
            rest = words[size:]
            if rest and LEGAL_SUFFIX_RE.fullmatch(rest[0].rstrip(",")):
                name, rest = f"{name} {rest[0].rstrip(',')}", rest[1:]
            town = " ".join(rest).split(",")[0].split()
            more = len(town) - town_size(town)
            if "," in " ".join(rest) and more > 0 and all(w[:1].isupper() for w in rest[:more]):
                after = " ".join(rest[:more])
                if (
                    len(rest[:more]) >= 2
                    and posting.count(after) >= 2
                    and named_twice(after, posting)
                ):
                    # "Quality & Population Health Lakeview Health Partners Milwaukee, WI": a
                    # team the posting names, then the company it names again.
                    return after, " ".join(rest[more:])
                # "Juniper Table Bistro Boise, ID" where the posting says "Juniper Table is":
                # the words before the town are the name's.
                name, rest = " ".join([name, *rest[:more]]), rest[more:]
            return name, " ".join(rest)
    return "", part


# What stands between a one-paragraph title and the company after it: the posting's dash or
# comma, a few words that qualify the title, and a bracket (where, or which year) left out.
RUN_IN_QUALIFIER_RE = re.compile(
    r"\s*[-–—,]\s*(?P<qualifier>[A-Z][\w&/'’-]*(?:\s+[A-Za-z&][\w&/'’-]*){0,4}?)"
    r"\s*(?:\([^()]{1,40}\))?\s*\.?\s*"
)


def _with_run_in_qualifier(title: str, company: str, posting: str) -> str:
    """ "Territory Sales Representative – Orthopedic Trauma (Denver North) Aston Vale
    Orthopaedics is hiring ...": in a posting run into one paragraph, the words between the
    title and the company it names right after are the title's, as its own line would keep
    them ("Territory Sales Representative – Orthopedic Trauma")."""
    opening = posting.lstrip()
    if not (title and company and opening.startswith(title)) or "\n" in opening[:200]:
        return title
    at = opening.find(company, len(title))
    between = RUN_IN_QUALIFIER_RE.fullmatch(opening, len(title), at) if at > 0 else None
    if not between:
        return title
    qualifier = between["qualifier"]
    if (
        _header_kind(qualifier)
        or SCHEDULE_LEAD_RE.match(qualifier)
        or SHIFT_LEAD_RE.match(qualifier)
        or PAY_RE.search(qualifier)
        or any(char.isdigit() for char in qualifier)
        # "Staff Auditor - Brightwell Group": a piece ending as a company's name does is none
        # of the title's, as on its own line.
        or ORGANISATION_END_RE.search(qualifier)
        or UNIT_RE.match(qualifier)
    ):
        return title
    return opening[: between.end("qualifier")]


def _legal_name_in(line: str, posting: str) -> tuple[str, str, str] | None:
    """ "Oral Solid Dosage Medwell Formulations Pvt. Ltd. Ahmedabad, Gujarat" -> ("Oral Solid
    Dosage", "Medwell Formulations Pvt. Ltd.", "Ahmedabad, Gujarat"): a name with its legal form
    inside a header line, its words those the posting names again; what stands before and after
    it. None without such a name."""
    suffix = re.search(rf"\s(?:{LEGAL_SUFFIX_RE.pattern})(?=[\s,]|$)", line)
    if not suffix:
        return None
    words = line[: suffix.start()].split()
    for first in range(len(words) - 1):
        name = " ".join(words[first:])
        if name[:1].isupper() and named_twice(name, posting) and posting.count(name) >= 2:
            before = " ".join(words[:first])
            return before, f"{name} {suffix.group().strip()}", line[suffix.end() :].strip(" ,-–—|")
    return None


def _name_then_town(line: str, posting: str) -> tuple[str, str] | None:
    """ "Willowbrook Care Homes Leeds LS17 £12.20 an hour" -> ("Willowbrook Care Homes", "Leeds
    LS17"): a name of two words or more the posting says again, then a town (and postcode) it
    may not know, up to the pay; None unless pay follows, which marks the line a header's."""
    pay = PAY_RE.search(line)
    if not pay:
        return None
    name, rest = _leading_name(line[: pay.start()].strip(" -–—·|,"), posting)
    if len(name.split()) < 2 or not (not rest or rest[:1].isupper()) or len(rest.split()) > 4:
        return None
    return name, rest


def _company_core(name: str, rest: str, text: str, requirements: Requirements) -> str:
    """The company without words that qualify the title before it: of "Mid-Market Brightline
    Software", the part the posting names again ("Brightline Software is hiring")."""
    words = name.split()
    start = rest.find(name)
    for drop in range(len(words)):
        core = words[drop : drop + 2]
        if len(core) < 2 and drop:
            break
        if text.count(" ".join(core)) >= 2:
            if drop and start >= 0 and requirements.title:
                qualifier = rest[:start] + " ".join(words[:drop])
                if not re.match(r"\s*[-–·|,]", qualifier):
                    # The dash the posting writes before the qualifier ("Developer – Payments").
                    dash = re.search(rf"\s([-–—])\s*{re.escape(qualifier.strip())}", text)
                    qualifier = f" {dash.group(1) if dash else '-'} {qualifier.strip()}"
                requirements.title = (requirements.title + qualifier).strip(" -–·|")
            return " ".join(words[drop:])
    return name


def _company_after_title(rest: str, text: str) -> str:
    """The name run in after a one-paragraph title: "Tessellate · Remote", "Acme Payments, Madrid",
    or a name the posting repeats ("... Full-time Tessellate is a ...")."""
    found = COMPANY_AFTER_TITLE_RE.match(rest)
    if not found:
        return ""
    words = found["name"].split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        after = rest[rest.index(name) + len(name) :]
        if TITLE_WORDS.search(name) or name.lower() in PLACES:
            continue
        if re.match(r"\s*(?:[·|•–—]|-\s|,\s*[A-Z])", after) or text.count(name) >= 2:
            if re.match(r"\s*,", after) and not _place_follows(after):
                continue
            return name
    return ""


def _place_follows(after: str) -> bool:
    """ ", Austin, TX We are ..." starts with a place."""
    found = re.match(r"\s*,\s*((?:[A-Z][\w.'’-]*\s*){1,3})", after)
    words = found.group(1).split() if found else []
    return any(
        " ".join(words[:size]).lower().strip(",") in PLACES for size in range(1, len(words) + 1)
    )


def plausible_title(title: str) -> bool:
    """A job title, never a sentence fragment ("candidate at What You Will Be Doing We")."""
    words = title.split()
    return (
        0 < len(words) <= 10
        and TITLE_WORDS.search(title) is not None
        and not NOT_IN_A_TITLE_RE.search(title)
    )


def _company_from_url(text: str) -> str:
    """ "https://careers.acme-payments.com/jobs/42" ->
    "Acme Payments"; job boards name no company."""
    head = text[:3000]
    # Every address holds "://"; most postings name none, and the pattern, ignoring case, is
    # tried at every position.
    for found in URL_RE.finditer(head) if "://" in head else ():
        host, path = found["host"].lower(), found["path"] or ""
        parts = [part for part in host.split(".") if part not in HOST_NOISE]
        if not parts:
            continue
        name = parts[-2] if len(parts) >= 2 else parts[0]
        if name in JOB_BOARDS:
            first = path.strip("/").split("/")[0] if path else ""
            if name in BOARDS_WITH_COMPANY_PATH and re.fullmatch(r"[a-z][a-z0-9-]{1,40}", first):
                name = first
            else:
                continue
        return " ".join(word.capitalize() for word in re.split(r"[-_]", name) if word)
    return ""


PLACE_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
IN_PLACE_RE = re.compile(
    rf"\b(?:in|based in|located in|near)\s+(?P<place>{PLACE_WORDS}(?:,\s*{PLACE_WORDS})?)"
)
# "Join Kowhai Electrical as a Registered Electrician ... across Hamilton and the Waikato": where
# the sentence that hires says the work is.
ACROSS_PLACE_RE = re.compile(
    rf"\b(?:across|throughout|around)\s+(?:the\s+)?(?P<place>{PLACE_WORDS}(?:,\s*{PLACE_WORDS})?)"
)


HEADER_REACH = 300  # characters: how far into a posting its header runs
TOWN_STATE_RE = re.compile(
    r"(?<![\w.])(?P<words>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][a-z'’.-]+),\s*(?P<state>[A-Z]{2})\b"
)


# "Department of Veterans Affairs Veterans Health Administration": a department, then the
# agency that hires, run together when the posting lost its lines.
FEDERAL_RE = re.compile(
    rf"\bDepartment of (?P<department>{'|'.join(HEADER_WORDS['departments'])})\b(?:\s+"
    r"(?P<agency>(?:U\.S\.\s+)?[A-Z][\w&'’-]*(?:\s+(?:of|and|for|the|[A-Z][\w&'’-]*)){0,5}?\s+"
    rf"(?:{'|'.join(HEADER_WORDS['agency_last_words'])}))\b)?"
)


def _federal_agency(text: str) -> str:
    """The agency of a federal posting whose header ran into one paragraph, or ""."""
    found = FEDERAL_RE.search(text)
    if not found:
        return ""
    return found["agency"] or f"Department of {found['department']}"


def _town_and_state(text: str) -> str:
    """The first "Town, ST" of a US or Canadian header, without the words run in before the
    town ("Crestline Distribution Reno, NV" -> "Reno, NV"); "" if none."""
    for found in TOWN_STATE_RE.finditer(text):
        if found["state"].lower() not in PLACES:
            continue
        words = found["words"].split()
        return f"{' '.join(words[-town_size(words) :])}, {found['state']}"
    return ""


CAPITALISED_RUN_RE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def _known_city(text: str) -> str:
    """The first city places.txt knows, written in a header with no state after it
    ("... ₹ 3-4.5 Lacs P.A. Bengaluru Send me jobs like this"); "" if none."""
    for run in CAPITALISED_RUN_RE.finditer(text):
        words = run.group().split()
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                if " ".join(words[start:end]).lower() in CITIES:
                    return " ".join(words[start:end])
    return ""


def _company_and_town(line: str, posting: str) -> tuple[str, str] | None:
    """ "Part-Time Harbor & Hem Boutique Charleston, SC $15 - $17 an hour" -> ("Harbor & Hem
    Boutique", "Charleston, SC"): a header's name run into the town before a US state. The
    name's first words must come again in the posting ("Harbor & Hem is a boutique"): "Palm
    Beach Gardens, FL" alone is a town, not "Palm Beach" in "Gardens"."""
    found = TOWN_STATE_RE.search(line)
    if not found or found["state"].lower() not in PLACES:
        return None
    words = f"{line[: found.start()]} {found['words']}".split()
    size = town_size(words)
    name = PAY_BEFORE_NAME_RE.sub("", " ".join(words[:-size])).strip(" -–—·|,")
    name = re.sub(r"\s+(?:in|at)$", "", name)  # "Blue Door Bistro in Austin, TX"
    if (
        not name[:1].isupper()
        or len(name.split()) > 6
        or posting.count(" ".join(name.split()[:2])) < 2
        or TITLE_WORDS.search(name)
        or name.lower() in PLACES
        or _header_kind(name)
    ):
        return None
    return name, f"{' '.join(words[-size:])}, {found['state']}"


def _without_town(company: str, posting: str) -> str:
    """ "The Copper Kettle Bistro Asheville" -> "The Copper Kettle Bistro" where the posting
    writes "The Copper Kettle Bistro Asheville, NC": a header run into one paragraph kept the
    town in the name."""
    if not company:
        return company
    words = company.split()
    repeated = _town_repeated(company, words, posting)
    if repeated:
        return repeated
    found = _first_after(company, posting, STATE_AFTER_RE)
    if not found or found["state"].lower() not in PLACES:
        return company
    size = town_size(words)
    return re.sub(r"\s+(?:in|at)$", "", " ".join(words[:-size])) if size < len(words) else company


# After a company's name: a place, as a header writes the job's place ("Auckland, New Zealand").
PLACE_AFTER_RE = re.compile(r",\s*(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def _town_repeated(company: str, words: list[str], posting: str) -> str:
    """ "Tealeaf Auckland" -> "Tealeaf" where the header writes "Tealeaf Auckland, Auckland, New
    Zealand" (the job's place, run into the name, then written again as the place) and the
    posting names "Tealeaf" on its own more often than with the town: a name that holds its
    town ("Bank of Auckland") is written with it each time."""
    if len(words) < 2:
        return ""
    found = _first_after(company, posting[:HEADER_REACH], PLACE_AFTER_RE)
    if not found:
        return ""
    for size in range(min(3, len(words) - 1), 0, -1):
        town = " ".join(words[-size:])
        if not found["place"].startswith(town) or town.lower() not in PLACES:
            continue
        short = " ".join(words[:-size])
        if posting.count(short) > posting.count(company):
            return short
    return ""


def _fuller_name(company: str, posting: str) -> str:
    """ "Granite Peak" -> "Granite Peak Engineering": the company as its header writes it, when
    the posting names it so more than once ("Granite Peak is hiring" is the short form)."""
    if not company:
        return company
    best = company
    for found in _name_goes_on(company, posting[:HEADER_REACH]):
        words = found["more"].split()
        for size in range(len(words), 0, -1):
            fuller = f"{company} {' '.join(words[:size])}"
            if (
                len(fuller) > len(best)
                and posting.count(fuller) >= 2
                and not TITLE_WORDS.search(fuller)
                and not _header_kind(" ".join(words[:size]))
                and words[size - 1].lower() not in PLACES
            ):
                best = fuller
                break
    return best


# After a company's name: its state ("Asheville, NC"), and up to three capitalised words
# that may go on with the name ("Granite Peak Engineering").
STATE_AFTER_RE = re.compile(r",\s*(?P<state>[A-Z]{2})\b")
MORE_NAME_RE = re.compile(r"(?P<more>(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*){1,3})")


def _first_after(name: str, text: str, after: re.Pattern) -> re.Match | None:
    """The match of `after` right after the first place the name stands where one follows
    it: `re.search(re.escape(name) + after.pattern, text)`, without compiling a pattern for
    each name (a new company is a new name, and compiling cost more than the search)."""
    at = text.find(name)
    while at != -1:
        found = after.match(text, at + len(name))
        if found is not None:
            return found
        at = text.find(name, at + 1)
    return None


def _name_goes_on(name: str, text: str) -> Iterator[re.Match]:
    r"""Where the name, standing after no word character nor "&", goes on in capitalised words:
    the `more` of `re.finditer(rf"(?<![\w&]){re.escape(name)}(?P<more>...)", text)`, in
    order, each found after the one before (`MORE_NAME_RE`)."""
    at = text.find(name)
    while at != -1:
        before = text[at - 1 : at]
        found = (
            None
            if before and (before.isalnum() or before in "_&")
            else MORE_NAME_RE.match(text, at + len(name))
        )
        if found is not None:
            yield found
            at = text.find(name, found.end())
        else:
            at = text.find(name, at + 1)


def _place_in(sentence: str, pattern: re.Pattern = IN_PLACE_RE) -> str:
    """A place a sentence puts the job in: "in Cleveland, OH", "in Lisbon, Portugal",
    "in Berlin"; only places known as such, so "in Python, Java" is none."""
    for found in pattern.finditer(sentence):
        place = found["place"].rstrip(".")
        last = place.rsplit(",", 1)[-1].strip().lower()
        if last in PLACES and last != "remote" and not TITLE_WORDS.search(place.split(",")[0]):
            return place
    return ""


def _hiring_company(name: str, posting: str) -> str:
    """The company of "X is hiring": without a title run into it from one paragraph ("Service
    Plumber Ridgeline Plumbing & Heating"), and without a header before it when a shorter end
    of the name is the one the posting repeats ("Industrial Supplies Granite Supply Co.")."""
    head = OPENING_TITLE_RE.match(name)
    if head and name[head.end() :].strip()[:1].isupper():
        name = name[head.end() :].strip()
    words = name.split()
    if posting.count(name) < 2:
        for drop in range(1, len(words) - 1):
            tail = " ".join(words[drop:])
            if posting.count(tail) >= 2:
                return tail
    return name


# "licensed", "experienced": words a hiring sentence puts before the role it names.
LEADING_LOWER_WORDS_RE = re.compile(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])")
PLURAL_ROLE_RE = re.compile(rf"\b(?:{ROLE_WORDS})s$", re.IGNORECASE)


def _hiring_title(title: str, lines: list[_Line], requirements: Requirements) -> str:
    """The title a hiring sentence names ("Keystone Electric is hiring licensed Journeyman
    Electricians"), as the first line writes it when that starts with it ("Journeyman
    Electrician - Commercial Construction"), else the one post it names ("Journeyman
    Electrician")."""
    bare = LEADING_LOWER_WORDS_RE.sub("", title)
    found = _first_line_title(bare, lines, requirements)
    if found != bare or bare == title:
        return found
    return bare[:-1] if PLURAL_ROLE_RE.search(bare) else bare


def _first_line_title(title: str, lines: list[_Line], requirements: Requirements) -> str:
    """The title as the first line (or the words run in before the hiring sentence) writes it
    when that starts with the one the sentence names ("Inside Sales Representative — Industrial
    Supplies"), else the sentence's."""
    # "is hiring Forklift Operators" under "Forklift Operator - 2nd Shift": one of them; and
    # "is hiring warehouse associates" under "Warehouse Associate", as the line writes it.
    stem = title[:-1] if title.endswith("s") and not title.endswith("ss") else title
    for line in lines:
        first = line.text.strip(" #*")
        if (
            first.lower().startswith(stem.lower())
            and first != title
            and len(first.split()) <= 12
            and not _ends_sentence(first)
            and plausible_title(first)
        ):
            return _title_and_header(first, requirements)
    return title


def _location_of(value: str) -> str:
    """The place a header names, as written: "Berlin" of "Hybrid – Berlin", "London, UK" of
    "London, UK / Remote", "Hartford, CT" of "Hartford, CT (Hybrid)"; "Remote (EU)" when it
    names no place but a region to work from; "" for anything else."""
    parts = [part.strip(" ,;.") for part in _split_at_separators(value) if part.strip(" ,;.")]
    remote = ""
    for part in parts:
        place = _before_board_category(part)
        kind = _header_kind(place)
        if place != part and kind == "company_place":
            return (
                place  # "Subang Jaya, Selangor" before a board's category: a town, then its state
            )
        part = place
        if kind == "place":
            return re.sub(r"\s*\([^)]*\)\s*$", "", part)
        if kind == "remote" and not remote and len(part.split()) <= 4:
            remote = part
    return remote


BOARD_CATEGORY_RE = re.compile(r"(?P<head>[^()]+?)\s*\((?P<category>[^()]{2,60})\)\s*")


def _before_board_category(part: str) -> str:
    """The place of a job board's line that runs its category into it (JobStreet, SEEK:
    "Petaling Jaya, Selangor Accounting (Accounting)", "Kuala Lumpur Developers/Programmers
    (Information & Communication Technology)"): the words up to the last known place, or,
    where the place is not known, before a word the brackets repeat ("Accounting
    (Accounting)"). A bracket that says how or where to work ("(Hybrid)", "(EU)") is kept."""
    found = BOARD_CATEGORY_RE.fullmatch(part)
    if not found:
        return part
    head, category = found["head"].strip(" ,"), found["category"].strip()
    if category.lower() in PLACES or _header_kind(category) in ("place", "remote", "type"):
        return part
    words = head.split()
    for count in range(len(words), 0, -1):
        lead = " ".join(words[:count]).strip(" ,")
        last = lead.rpartition(",")[2].strip().lower()
        if (
            lead.lower() in PLACES
            or last in PLACES
            # "Melbourne VIC", "Sydney NSW": a known city, then its state with no comma
            or (" " in last and last.rpartition(" ")[0] in CITIES and last.split()[-1] in PLACES)
        ):
            return part if count == len(words) else lead
    if head.lower().endswith(" " + category.lower()):
        return head[: -len(category)].strip(" ,")
    return part


def _set_location(requirements: Requirements, value: str) -> None:
    """Keep the first place read; a place beats a bare "Remote" or "Hybrid" read before it."""
    found = _location_of(value) or value.strip(" ,;.")
    if not found:
        return
    current = requirements.location
    if not current or (
        _header_kind(current) == "remote"
        and "(" not in current
        and _header_kind(found) not in ("remote", "type")
    ):
        requirements.location = found


# A header piece that is an employment type ("Full-time, permanent") or a remote policy.
HEADER_TYPE_RES = tuple(
    re.compile(rf"(?:{pattern})(?:[, ]+.*)?", re.IGNORECASE) for _, pattern in EMPLOYMENT_TYPES
)
HEADER_REMOTE_RES = tuple(re.compile(pattern, re.IGNORECASE) for _, pattern in REMOTE_POLICIES)


# A level written as a piece of its own in a header, not a name.
LEVEL_PIECE_RE = re.compile(
    r"(?:junior|jr\.?|senior|sr\.?|mid|mid[- ]level|mid[- ]senior|intermediate|entry[- ]level|"
    r"graduate|lead|principal|intern|trainee|experienced)(?:\s+level)?",
    re.IGNORECASE,
)


def _header_kind(part: str) -> str:
    """What a piece of a header line is: type, remote, place, level, or "" for anything else."""
    bare = re.sub(r"\s*\([^)]*\)", "", part).strip()
    if not bare:
        return "noise"
    if any(pattern.fullmatch(bare) for pattern in HEADER_TYPE_RES) or SCHEDULE_RE.fullmatch(bare):
        return "type"
    if PAY_RE.fullmatch(bare):
        return "pay"
    if any(pattern.match(bare) for pattern in HEADER_REMOTE_RES):
        return "remote"
    if TOWN_POSTCODE_RE.match(bare):
        return "place"
    if PLACE_RE.match(bare):
        return "company_place" if _company_then_place(bare) else "place"
    if bare.lower() in PLACES:
        return "place"  # "Berlin", "Germany" on their own
    if LEVEL_PIECE_RE.fullmatch(bare):
        return "level"  # "Mobile Developer – Junior – Toronto"
    return ""


def _line_of_business(part: str) -> bool:
    """A header's piece that names a line of business the taxonomy knows, not the company:
    "Technical Support Engineer - SaaS - Dublin", "Analyst – FinTech – Remote"."""
    term = taxonomy().lookup(part) if len(part) <= 30 else None
    return term is not None and term.type == "domain"


def _company_then_place(text: str) -> bool:
    """ "Acme Payments, Madrid" (a company, then where) rather than "Berlin, Germany"."""
    first, _, rest = text.partition(",")
    parts = [part.strip() for part in rest.split(",")]
    last = parts[-1].lower()
    if len(parts) == 1 and (
        re.fullmatch(r"[A-Z]{2}", parts[0]) or (len(first.split()) == 1 and last not in CITIES)
    ):
        return False  # "Sacramento, CA", "Leeds, United Kingdom": a city, then its state or country
    return first.strip().lower() not in PLACES and (
        last in PLACES or rest.strip().lower() in PLACES
    )


def _title_and_header(title: str, requirements: Requirements, posting: str = "") -> str:
    """The title without what follows it on its line ("- Contract, 6 months", "· Remote (US)",
    ", Lisbon, Portugal (Hybrid)", "- 1st Shift Ironclad Trailer Works": the shift stays)."""
    for comma in re.finditer(",", title):
        rest = title[comma.end() :].strip()
        city = rest.split(",")[0].strip()
        if (
            _header_kind(rest) in ("place", "remote")
            and not TITLE_WORDS.search(city)
            and not city.isupper()
        ):
            _set_location(requirements, rest)
            title = title[: comma.start()].strip()
            break
    parts = [part.strip() for part in _split_at_separators(title) if part.strip()]
    if (
        len(parts) >= 2
        and _names_a_company(parts[0], posting)
        and (separator := HEADER_SEPARATOR_RE.search(title))
        and TITLE_WORDS.search(title[separator.end() :])
    ):
        # "Harbor & Pike LLP - Staff Auditor": the company first, then the title.
        requirements.company = requirements.company or parts[0]
        return _title_and_header(title[separator.end() :].strip(), requirements, posting)
    kept = [parts[0]]
    shift_kept = None
    for part in parts[1:]:
        kind = _header_kind(part)
        if kind == "company_place":
            company, _, where = re.sub(r"\s*\([^)]*\)\s*$", "", part).partition(",")
            requirements.company = requirements.company or company.strip()
            _set_location(requirements, where)
        elif kind == "place" or (kind == "remote" and len(part.split()) > 1):
            _set_location(requirements, part)
        elif not kind and (named := _name_and_place(part)):
            # "SOUS CHEF — The Larder & Vine (Portland, ME)": the company, then where it is.
            requirements.company = requirements.company or named[0]
            _set_location(requirements, named[1])
        elif not kind and part is parts[-1] and (shift := _shift_then_name(part, posting)):
            # "1st Shift Ironclad Trailer Works", run into one paragraph
            shift_kept = shift[0]
            kept.append(shift_kept)
            requirements.company = requirements.company or shift[1]
        elif not kind and _names_a_company(part, posting):
            # "Staff Auditor - Harbor & Pike LLP", "Senior Software Engineer - Acme Payments"
            requirements.company = requirements.company or part
        elif not kind:
            kept.append(part)
    if kept == parts:
        return title
    if kept[-1] == shift_kept:
        # What went was at the line's end: the title as written up to its shift.
        return title[: title.rfind(shift_kept) + len(shift_kept)]
    if kept == parts[: len(kept)]:
        # "Customer Service Representative - Bilingual (French/English) - Temporary Full Time":
        # what went was at the line's end, so the title is as written up to it, its own dash.
        return title[: _end_of_parts(title, kept)]
    separator = HEADER_SEPARATOR_RE.search(title)
    return (separator.group() if separator else " – ").join(kept)


def _end_of_parts(text: str, parts: list[str]) -> int:
    """Where the last of `parts`, the first pieces of `text` in order, ends in it."""
    end = 0
    for part in parts:
        end = text.index(part, end) + len(part)
    return end


ORGANISATION_END_RE = re.compile(
    rf"\b(?:{'|'.join(HEADER_WORDS['organisation_words'])})$", re.IGNORECASE
)


def prepare() -> None:
    """Load the word lists read on first use (see `roles.prepare`)."""
    _known_words()
    common_word("")


@cache
def _known_words() -> frozenset[str]:
    """Single words the title and skill lexicons know ("Backend", "Payroll", "Kubernetes"): a
    header piece made of them says what the job is, not who offers it."""
    families = json.loads(
        (Path(__file__).resolve().parent.parent / "data" / "role_families.json").read_text("utf-8")
    )
    words = {*families["same_word"], *families["same_word"].values()}
    words.update(word for members in families["families"].values() for word in members)
    words.update(
        alias.lower()
        for term in load_curated()
        for alias in term.aliases
        if alias.isalpha() and " " not in alias
    )
    return frozenset(words)


def _names_a_company(piece: str, posting: str) -> bool:
    """A header piece beside the title that names who hires, not more of the title: a legal
    form ("Harbor & Pike LLP"), a name ending in an organisation's word ("Brightwell Group"),
    or a capitalised word neither English nor the lexicons know ("Acme Payments"). A
    specialty, unit, function or schedule ("Backend", "ICU", "Finance & Operations", "Part
    Time", "Outpatient Orthopedics") is none of these: a word the posting also writes in
    lower case is no name ("outpatient care", "retail pharmacy")."""
    piece = piece.strip()
    if (
        TITLE_WORDS.search(piece)
        or SCHEDULE_WORDS_RE.search(piece)
        or _header_kind(piece)
        or not COMPANY_VALUE_RE.fullmatch(piece)
    ):
        return False
    if LEGAL_NAME_RE.fullmatch(piece):
        return True
    words = [
        word
        for word in piece.split()
        if word[0].isupper() and not (posting and _stem_written_lower(word, posting))
    ]
    organisation = ORGANISATION_END_RE.search(piece)
    if organisation and len(piece.split()) >= 2:
        return any(word not in organisation.group() for word in words)
    return any(
        len(word) >= 3
        and word[1:].islower()
        and word.isalpha()
        and not common_word(word)
        and word.lower() not in _known_words()
        and word.lower() not in PLACES
        for word in words
    )


def _stem_written_lower(word: str, posting: str) -> bool:
    """The posting writes the word, or a form of it, in lower case ("orthopedic" for
    "Orthopedics")."""
    stem = word.lower()
    stem = stem[:-1] if len(stem) > 4 and stem.endswith("s") else stem
    return re.search(rf"\b{re.escape(stem)}", posting) is not None


def _shift_then_name(part: str, posting: str) -> tuple[str, str] | None:
    """ "1st Shift Ironclad Trailer Works" -> ("1st Shift", "Ironclad Trailer Works"): a title's
    shift, then the name the posting says again; None otherwise."""
    shift = SHIFT_LEAD_RE.match(part) if posting else None
    if not shift:
        return None
    name, rest = _leading_name(part[shift.end() :].lstrip(" -–—·|,"), posting)
    return (shift["shift"], name) if name and not rest else None


# What a title's qualifier says of the hours, not who employs: "Line Cook - Night Shift (Austin)".
SCHEDULE_WORDS_RE = re.compile(
    r"\b(?:shifts?|nights?|days?|weekends?|evenings?|overnight|full[- ]time|part[- ]time|"
    r"seasonal|temporary|per diem|prn)\b",
    re.IGNORECASE,
)


def _name_and_place(part: str) -> tuple[str, str] | None:
    """ "The Larder & Vine (Portland, ME)" -> ("The Larder & Vine", "Portland, ME"), or None."""
    named = re.fullmatch(r"(?P<name>[A-Z][^()]{1,60}?)\s*\((?P<where>[^)]{2,40})\)", part)
    if (
        named
        and not TITLE_WORDS.search(named["name"])
        and not SCHEDULE_WORDS_RE.search(named["name"])
        and _location_of(named["where"])
    ):
        return named["name"].strip(), named["where"]
    return None


def _qualifies_the_title(parts: list[str], posting: str) -> bool:
    """The first of a header line's pieces says more of the title: no kind, said once, and a
    later piece names the company the posting names again."""
    return (
        len(parts) >= 2
        and not _header_kind(parts[0])
        and not UNIT_RE.match(parts[0])
        and posting.count(parts[0]) < 2
        and len(parts[0].split()) <= 4
        and any(posting.count(part) >= 2 or _leading_name(part, posting)[0] for part in parts[1:])
    )


def _read_header(
    opening: list[_Line], title_line: _Line | None, requirements: Requirements, posting: str
) -> None:
    """Company and place from short lines under the title ("Acme · Berlin, Germany · Full-time")."""
    if title_line is None:
        return
    after = opening[opening.index(title_line) + 1 :][:3]
    if (
        after
        and not requirements.company
        and DEPARTMENT_RE.match(after[0].text.strip())
        # "Department of Oncology | Brightwater Medical Center": a unit of the company named next
        and not SEPARATOR_HINT_RE.search(after[0].text)
    ):
        # A federal posting: the department, then (when named) the agency that hires.
        names = [line.text.strip() for line in after[:2]]
        agency = (
            len(names) == 2
            and COMPANY_VALUE_RE.fullmatch(names[1])
            and not (TITLE_WORDS.search(names[1]) or _header_kind(names[1]))
        )
        requirements.company = names[1] if agency else names[0]
    for line in after:
        text = PAY_BEFORE_NAME_RE.sub("", line.text.strip(" #*_"))
        text = re.sub(
            r"^(?:at|@)\s+(?=[A-Z])", "", text
        )  # Greenhouse: "at Summit Peak Urgent Care"
        if text.startswith(",") and _header_kind(text.strip(" ,")) in ("place", "remote"):
            text = text.strip(" ,")  # ", Lisbon, Portugal (Hybrid)" cut from the title's line
        if (terms := SCHEDULE_LEAD_RE.match(text)) and text[terms.end() :][:1].isupper():
            # "Temporary Full Time Maple Crest Insurance Moncton, NB": the terms of hire a
            # one-paragraph header ran into the company's name.
            text = text[terms.end() :]
        pieces = [piece.strip() for piece in _split_at_separators(text) if piece.strip()]
        if len(pieces) >= 3 and all(len(piece.split()) <= 6 for piece in pieces[:-1]):
            # "Commercial Flooring | Keystone Surfaces | Charlotte, NC | Base + Commission
            # Keystone Surfaces supplies ...": short pieces, the prose run into the last one.
            text = " | ".join(pieces[:-1] if len(pieces[-1].split()) > 6 else pieces)
        legal = (
            _legal_name_in(text, posting)
            if len(text.split()) <= 15 and not SEPARATOR_HINT_RE.search(text)
            else None
        )
        if legal and not requirements.company:
            # "Oral Solid Dosage Medwell Formulations Pvt. Ltd. Ahmedabad, Gujarat, India" under a
            # one-paragraph title: the title's qualifier, the company to its legal form, the place.
            qualifier, requirements.company, place = legal
            written = re.search(
                rf"{re.escape(requirements.title)}\s*[-–—]\s*{re.escape(qualifier)}", posting
            )
            if qualifier and written and line is after[0]:
                requirements.title = " ".join(written.group().split())
            if place and _header_kind(place) in ("place", "company_place"):
                _set_location(requirements, place)
            continue
        if _ends_sentence(text) or len(text.split()) > 15 or asks(text):
            break
        board_place = _before_board_category(text)
        if board_place != text and _header_kind(board_place) in ("place", "company_place"):
            # "Box Hill, Melbourne VIC Nursing - Emergency (Healthcare & Medical)": the board's
            # category after the place holds a separator of its own; the line is the place.
            _set_location(requirements, board_place)
            continue
        parts = [
            PAY_BEFORE_NAME_RE.sub("", part.strip(" ,"))
            for part in _split_at_separators(PAY_RANGE_RE.sub(r"\1-\2", text))
            if part.strip(" ,")
        ]
        first_line = posting.lstrip().split("\n", 1)[0]
        if line is after[0] and line.text in first_line and _qualifies_the_title(parts, posting):
            # "Line Cook – Brunch – $18/hr Copper Kettle Cafe Akron, OH" run into one paragraph:
            # a piece the posting never names again, before the company it does, is the title's.
            requirements.title = f"{requirements.title} – {parts[0]}"
            parts = parts[1:]
            text = " – ".join(parts)
        bare = re.sub(r"\s*\([^)]*\)\s*$", "", text)
        named_town = (
            _company_and_town(text, posting)
            if len(parts) < 2 and not requirements.company and not PLACE_RE.match(bare)
            else None
        )
        if named_town:
            # "Part-Time Harbor & Hem Boutique Charleston, SC $15 - $17 an hour": one piece.
            requirements.company = named_town[0]
            _set_location(requirements, named_town[1])
            continue
        if line is after[0] and len(parts) < 2 and not requirements.company:
            named_first = _name_then_town(text, posting)
            if named_first:
                # "Willowbrook Care Homes Leeds LS17 £12.20 an hour" under a one-paragraph title.
                requirements.company = named_first[0]
                if named_first[1]:
                    _set_location(requirements, named_first[1])
                continue
        if (
            len(parts) < 2
            and not PLACE_RE.match(bare)
            and _header_kind(text) not in ("remote", "place")
            and not (
                (line is after[0] or (line is after[1] and not requirements.company))
                and _is_a_name(text, posting, after[after.index(line) + 1 :][:1], line is after[0])
                and not re.search(r"\s(?:&|and|of|de|the)$", text)  # "Harbor &": a name cut
            )
            and not LEGAL_NAME_RE.fullmatch(text)
        ):
            continue
        plain = [part for part in parts if not _header_kind(part)]
        named = [part for part in plain if posting.count(part) >= 2]
        governed = any(GOVERNMENT_RE.fullmatch(part) for part in plain)
        if not requirements.company and len(plain) >= 2 and len(named) == 1 and not governed:
            # "Cold Chain | Northwind Fresh Logistics | Stockton, CA": of two pieces of no known
            # kind, the one the posting names again is the company.
            requirements.company = named[0]
        unknown = []
        for part in parts:
            if not _read_header_part(part, line.text, posting, requirements):
                unknown.append(part)
        # A piece of no known kind is the place only when the line names no known place
        # ("Cedar Hollow Elementary - Fresno Unified District - Fresno, CA": the town is).
        for part in unknown:
            kind = _header_kind(part)
            if (
                not kind
                and requirements.company
                and not requirements.location
                and len(part.split()) <= 4
            ):
                requirements.location = re.sub(r"\s*\([^)]*\)\s*$", "", part)
