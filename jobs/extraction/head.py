"""The head of a posting pasted as one paragraph, cut back into the lines it had.

A job board's page, an applicant tracking system's export or a spreadsheet's cell gives a
posting with its line breaks gone: "Barista Corner Grind Cafe Newtown, Sydney NSW Hospitality &
Tourism (Baristas & Bar Staff) Casual/Vacation $30 – $33 per hour Posted 3d ago Corner Grind
Cafe is a busy ...". Its head is a run of short pieces before the first sentence: the title,
the company, the place, the board's category, the pay, the terms of hire, when it was posted.
`head_lines` tells them apart by what each piece is, so that the head reads as it does with
its lines kept:

- pieces whose shape says what they are: pay, terms of hire, when posted and how many applied,
  the years asked, a separator ("·", "|", " - ");
- a place: the towns, states and countries of jobs/data/places.txt, a town before a comma and a
  state or region, a suburb before its city;
- a board's category after the place: "Hospitality & Tourism (Baristas & Bar Staff)";
- the title, which ends in a role's word ("Kitchen Hand", "Pharmacist in Charge") or before
  "at", and the company after it: the name the posting says again, or one that ends as an
  employer's does (its legal form, "Cafe", "Group", "Hospital").

The head ends where a sentence starts ("Corner Grind Cafe is a ...", "We are ...") or at a
heading run into the paragraph ("About the role", "Job description").
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from jobs.extraction.details import EMPLOYMENT_TYPES, REMOTE_POLICIES, TITLE_WORDS
from jobs.extraction.header import (
    CITIES,
    EMPLOYER_LAST_WORDS,
    LEGAL_SUFFIX_RE,
    PAY,
    PLACES,
    SHIFT_LEAD_RE,
    field_labels,
    named_twice,
    town_size,
)
from jobs.extraction.roles import inline_headings_in
from jobs.taxonomy import taxonomy
from resumeopt.words import common_word

HEAD_REACH = 420  # characters: how far a board's head runs before its first sentence

HEAD_WORDS = json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "posting_header.json").read_text("utf-8")
)["head_pieces"]
# "at", "of", "&": the small words a title, a name, a place or a category holds.
CONNECTORS = frozenset(HEAD_WORDS["connectors"])
# Words that open a sentence, never a piece of a head.
SENTENCE_OPENERS = frozenset(HEAD_WORDS["sentence_openers"])
SEPARATOR_RE = re.compile(r"[·•|–—/-]")
STATE_CODE_RE = re.compile(r"[A-Z]{2,3}")
ROMAN_RE = re.compile(r"I{1,3}|IV|V")
# "High School (2027-2028 School Year)": when, not what the job is, after a school's level
SCHOOL_YEAR_RE = re.compile(r"(?<=School)\s*\(\s*\d{4}\s*[-–/]\s*\d{2,4}[^()]*\)")
SHIFT_RE = re.compile(
    r"(?:1st|2nd|3rd|first|second|third|day|night|evening|overnight|graveyard|swing|weekend|"
    r"early|late)\s+shift",
    re.IGNORECASE,
)
DEPARTMENT_RE = re.compile(r"\b(?:Department|Dept\.?)\s+of\b")
POSTCODE_RE = re.compile(r"\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?")
# Words that end in a stop inside a head: a legal form, "P.A.", an initial.
ABBREVIATION_RE = re.compile(
    r"(?:Ltd|Pvt|Pty|Inc|Co|Corp|Bros|St|Mt|Jr|Sr|Dr|No|S\.A|B\.V|P\.A|p\.a|[A-Z])\.,?"
)


def prepare() -> None:
    """Compile the head's pattern now (see `jobs.extraction.prepare`)."""
    _pieces_re()


@cache
def _pieces_re() -> re.Pattern:
    """Pieces of a head whose shape says what they are, matched at a word's start."""
    words = HEAD_WORDS
    kinds = {
        "posted": "|".join(words["posted"]),
        "pay": rf"(?:{PAY})(?:\s*\+\s*(?:{'|'.join(words['pay_extras'])}))*",
        "years": r"\d+\+?\s*(?:(?:-|–|to)\s*\d+\s*)?(?:years?|yrs?)\b(?:\s+(?:of\s+)?experience)?",
        "type": "|".join(
            [*words["terms"], *(pattern for _, pattern in EMPLOYMENT_TYPES)]
            + [pattern for _, pattern in REMOTE_POLICIES]
        ),
    }
    return re.compile(
        r"(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in kinds.items()) + r")"
        r"(?:\s*[,/]\s*(?:" + kinds["type"] + r"))*",
        re.IGNORECASE,
    )


def _named_again(name: str, body: str) -> bool:
    """Whether the posting's text after its head names `name` as a word: the head's own pieces
    (a board's category "Trades & Services") say nothing of what is a name."""
    return len(name) > 2 and named_twice(name, f"{name} {body}")


def _bare(word: str) -> str:
    return word.strip(",.;:()").lower()


def _is_head_word(word: str) -> bool:
    """A word a head's piece may hold: capitalised, a number, a bracket, a small connector."""
    first = word.lstrip("(\"'“‘")[:1]
    return (
        word.startswith("(")
        or word.endswith(")")
        or first.isupper()
        or first.isdigit()
        or word.lower() in CONNECTORS
        or word in ("&", "+")
        or bool(first)
        and not first.isalnum()
    )


def _heading_at(window: str, at: int, patterns: list) -> bool:
    """A heading run into the paragraph starts at `at` ("About the role", "Job description"):
    one of the inline headings of jobs/data/clause_roles.json whose words the head holds."""
    for _role, pattern in patterns:
        found = pattern.compiled.match(window, at)
        if found and (found.end() == len(window) or not window[found.end()].isalnum()):
            return True
    return False


class Head(NamedTuple):
    lines: list[str]  # the head's pieces, a line each
    prose_at: int  # where the sentence after the head starts in the posting
    company: str  # the company the head names, or ""
    place: str  # the place it names, or ""


def head_lines(text: str) -> Head | None:
    """The head of a one-paragraph posting as its lines, and where the sentence after it starts
    in `text`; None when the paragraph opens with no head of pieces (a sentence, a label)."""
    places, cities, employer_words = PLACES, CITIES, EMPLOYER_LAST_WORDS
    window = text[:HEAD_REACH]
    if "\n" in window.strip():
        window = window[: window.index("\n", len(window) - len(window.lstrip()))]
    tokens = list(re.finditer(r"\S+", window))
    if len(tokens) < 3:
        return None
    words = [token.group() for token in tokens]
    headings = inline_headings_in(window)
    pieces_re = _pieces_re()
    # Cut the head into runs of words and pieces of a known kind.
    runs: list[tuple[str, int, int]] = []  # (kind, first token, token after the last)
    run_start = 0
    index = 0
    end_token = None
    while index < len(tokens):
        token = tokens[index]
        word = words[index]
        if word.startswith("(") and ")" not in word:
            # "(0.8 - 1.0 FTE)": a bracket is one piece, its dash no separator
            close = next(
                (at for at in range(index + 1, min(index + 8, len(words))) if ")" in words[at]),
                None,
            )
            if close is not None:
                if words[close].endswith((".", ":", ";")):
                    return None  # "(Night Shift).": lines ended as sentences
                index = close + 1
                continue
        found = pieces_re.match(window, token.start())
        if found and (found.end() == len(window) or not window[found.end()].isalnum()):
            after = index
            while after < len(tokens) and tokens[after].start() < found.end():
                after += 1
            if run_start < index:
                runs.append(("words", run_start, index))
            runs.append((found.lastgroup or "type", index, after))
            index = run_start = after
            continue
        if word.endswith((".", ":", ";", "!", "?")) and not ABBREVIATION_RE.fullmatch(word):
            return None  # sentences, or lines ended as sentences: not a board's head
        if SEPARATOR_RE.fullmatch(word):
            if run_start < index:
                runs.append(("words", run_start, index))
            runs.append(("separator", index, index + 1))
            index = run_start = index + 1
            continue
        if index and headings and _heading_at(window, token.start(), headings):
            end_token = index
            break
        if word.lower() in SENTENCE_OPENERS and word[:1].isupper() and index:
            end_token = index
            break
        if not _is_head_word(word):
            # A sentence: the words before its verb are its subject, not the head's.
            end_token = _subject_start(words, run_start, index, runs, text)
            break
        index += 1
    if end_token is None or end_token < 2:
        return None
    head = window[: tokens[end_token].start()]
    if any(
        label["title"] or label["company"] for label in field_labels(head)
    ) or DEPARTMENT_RE.search(head):
        # "Job Title: ... Company: ..." read as labels; a government's department and agency
        # (USAJobs) as the reader of such headers has them
        return None
    if run_start < end_token:
        runs.append(("words", run_start, end_token))
    runs = [(kind, start, min(end, end_token)) for kind, start, end in runs if start < end_token]
    body = text[tokens[end_token].start() :]
    lines, company, place = _lines(words, runs, text, body, places, cities, employer_words)
    if len(lines) < 2:
        return None
    return Head(lines, tokens[end_token].start(), company, place)


def _subject_start(words: list[str], run_start: int, verb: int, runs: list, posting: str) -> int:
    """Where the subject of the sentence whose verb is at `verb` starts: the longest end of the
    words before it that the posting names again ("Cobalt Bank is hiring"), all of them after a
    piece of a known kind ("Posted 3d ago Corner Grind Cafe is ..."), or whose first word
    the posting names again as a name of its own ("Leeds Brightlane Insurance Services is ...
    Brightlane is an equal opportunity employer": the place before it is the head's)."""
    for start in range(max(run_start, verb - 8), verb):
        subject = " ".join(words[start:verb])
        first = words[start]
        if (
            words[start][:1].isupper()
            and (
                named_twice(subject, posting)
                or (
                    start < verb - 1
                    # a name's words alone: "Brightlane Insurance Services"
                    and all(word[:1].isupper() and word[-1].isalnum() for word in words[start:verb])
                    and _bare(first) not in PLACES
                    and not common_word(first)
                    and named_twice(first, posting)
                )
            )
            and (start == run_start or not TITLE_WORDS.search(subject))
        ):
            return start
    if runs and runs[-1][0] != "words":
        # "- Germany Fluxo is ...": a place the head ends with stays in it
        start = run_start
        while start < verb - 1 and _bare(words[start]) in PLACES:
            start += 1
        return start
    return verb


def _lines(
    words, runs, posting, body, places, cities, employer_words
) -> tuple[list[str], str, str]:
    """The head's lines from its runs: the title, company and place parted in the first run of
    words (and the runs after its dashes), the other pieces each a line; a run of words after
    them is the company and place if the first run named none ("Part Time $17-$20/hr Greenway
    Pharmacy Dayton, OH")."""
    first_end = next(
        (start for kind, start, _end in runs if kind not in ("words", "separator")), runs[-1][2]
    )
    tokens = [word for kind, start, end in runs if end <= first_end for word in words[start:end]]
    kinds = [
        "-" if kind == "separator" else ""
        for kind, start, end in runs
        if end <= first_end
        for _ in words[start:end]
    ]
    title, company, place = _title_company_place(
        tokens, kinds, body, places, cities, employer_words
    )
    if not title:
        return [], "", ""
    lines = [title, company, *place]
    if place and place[0].startswith("(") and f"{title} at {company} {place[0]}" in posting:
        # "Frontend Developer at Nimbus (São Paulo, Brazil)": one line, as boards write it
        lines = [f"{title} at {company} {place[0]}", *place[1:]]
    for kind, start, end in runs:
        if start < first_end or kind == "separator":
            continue
        piece = " ".join(words[start:end])
        if kind != "words":
            lines.append(piece)
        elif not company:
            run = words[start:end]
            shift = SHIFT_LEAD_RE.match(" ".join(run))
            if shift:
                # "Nights (36 hrs) St. Brendan's ...": the shift is the title's
                run = " ".join(run)[shift.end() :].split()
            while run and run[0].startswith("("):
                # "(20 hrs/week) Harbor & Hem Boutique": the note of the terms before it
                close = next((at for at, word in enumerate(run) if ")" in word), len(run) - 1)
                run = run[close + 1 :]
            company, place = _company_and_place(run, body, places, cities, employer_words)
            lines.extend([company, *place])
        else:
            lines.extend(_place_and_category(piece, places, cities))
    where = next(
        (line for line in lines[1:] if line and line != company and _names_place(line, places)),
        "",
    )
    if not company and not where:
        return (
            [],
            "",
            "",
        )  # no company nor place: "Territory Sales Representative – Orthopedic Trauma"
    return [line for line in lines if line.strip(" -–—·|/")], company, where


def _role_end(tokens: list[str], posting: str = "") -> int:
    """The token after the title's role word: the last role word in a run of title words,
    brackets and numerals after it kept ("Frontend Developer (m/w/d)", "Technician II"). A role's
    word that ends a coined name the posting says again is the company's ("Pharmacist in
    Charge Bayside Chemists ... Bayside Chemists is")."""
    end = 0
    for index, token in enumerate(tokens[:10]):
        if SEPARATOR_RE.fullmatch(token) or not _is_head_word(token):
            break
        bare = token.strip(",()")
        if (
            (
                TITLE_WORDS.fullmatch(bare)
                or (
                    index and TITLE_WORDS.fullmatch(f"{tokens[index - 1]} {bare}")
                )  # "Kitchen Hand"
            )
            and not (
                end
                and index - 1 >= end
                and _coined(tokens[index - 1 : index])
                # "DevOps Engineer": a skill's name before the role is the role's field
                and taxonomy().lookup(tokens[index - 1]) is None
                and _named_again(f"{tokens[index - 1]} {bare}", posting)
            )
        ):
            end = index + 1
        if token.endswith(","):
            break
    while end and end < len(tokens):
        token = tokens[end]
        if ROMAN_RE.fullmatch(token.rstrip(",")):
            end += 1
        elif token.startswith("("):
            close = next((at for at in range(end, len(tokens)) if ")" in tokens[at]), None)
            if close is None:
                break
            end = close + 1
        else:
            break
    return end


def _coined(tokens: list[str]) -> bool:
    """A name of a word no dictionary holds ("FreshBasket", "Al Manara"): its first word of
    three letters or more is no common word."""
    for token in tokens:
        word = token.strip(",()")
        if len(word) >= 3 and word.isalpha():
            return not common_word(word)
    return False


def _company_start(tokens, kinds, role_end: int, posting: str, places) -> int | None:
    """Where the company's name starts after the title's role word: at a name the posting says
    again, not after the same word there ("Pharmacist in Charge ... a Pharmacist in Charge":
    "Charge" is the title's). After a dash or a comma, where the title's qualifier may come
    first, a coined name before one of common words ("Data Analyst - Commercial Insights
    FreshBasket"); with neither, the words right after the title."""
    found = []
    for start in range(role_end, len(tokens)):
        token = tokens[start]
        if token.endswith(","):
            break  # the town before a comma and its state: "Maple Ridge Dental Centre Kelowna, BC"
        if not token[:1].isupper() or kinds[start]:
            continue
        before = tokens[start - 1] if start else ""
        for size in (2, 1):
            name = " ".join(tokens[start : start + size]).rstrip(",")
            if size == 1 and (len(name) <= 3 or TITLE_WORDS.search(name) or name.lower() in places):
                continue
            if SHIFT_RE.fullmatch(f"{before} {name}"):
                continue  # "2nd Shift", "Night Shift": the title's
            if len(name.split()) == size and _named_again(name, posting):
                if not kinds[start - 1] and _named_again(f"{before} {name}", posting):
                    continue
                found.append(start)
                break
    qualified = role_end and (tokens[role_end - 1].endswith(",") or "-" in kinds[role_end:])
    dash = kinds.index("-", role_end) if "-" in kinds[role_end:] else None
    if dash is not None and SHIFT_RE.match(" ".join(tokens[dash + 1 : dash + 3])):
        # "- Night Shift St. Agnes Regional Medical Center": the shift qualifies the title, the
        # name starts after it
        after_shift = dash + 3
        while after_shift < len(tokens) and tokens[after_shift].startswith("("):
            close = next((at for at in range(after_shift, len(tokens)) if ")" in tokens[at]), None)
            after_shift = len(tokens) if close is None else close + 1  # "(Temp to Hire)"
        return after_shift if after_shift < len(tokens) else None
    if qualified:
        coined = [start for start in found if _coined(tokens[start : start + 2])]
        if coined:
            return coined[0]
        # Else the longest name the posting says again ("Saint Brendan Health" before
        # "Nutrition"); one common word said again is too little to part title and name on.
        said = {start: _said_length(tokens, kinds, start, posting) for start in found}
        longest = max(said.values(), default=0)
        if longest >= 2:
            return next(start for start in found if said[start] == longest)
        return -1 if found else None
    # "Pharmacist in Charge Coastline ...": small words join the title's words to the name.
    if (
        found
        and all(
            token.lower() in CONNECTORS or not kinds[i]
            for i, token in enumerate(tokens[role_end : found[0]], role_end)
        )
        and any(token.lower() in CONNECTORS for token in tokens[role_end : found[0]])
    ):
        return found[0]
    return role_end if role_end < len(tokens) else None


def _said_length(tokens, kinds, start: int, posting: str) -> int:
    """How many words from `start` (up to four, within the piece) the posting says again."""
    size = 0
    for end in range(start + 1, min(start + 4, len(tokens)) + 1):
        if kinds[end - 1] or not _named_again(" ".join(tokens[start:end]).rstrip(","), posting):
            break
        size = end - start
        if tokens[end - 1].endswith(","):
            break
    return size


def _title_company_place(tokens, kinds, posting, places, cities, employer_words):
    """(title, company, [place, category]) from the head's first run."""
    if not tokens:
        return "", "", []
    role_end = _role_end(tokens, posting)
    if not role_end:
        return "", "", []
    at = next((i for i, token in enumerate(tokens) if token.lower() in ("at", "@")), None)
    if at is not None and at >= role_end - 1 and at + 1 < len(tokens):
        title_end, company_at = at, at + 1  # "Warehouse Operative at Northgate Logistics"
    else:
        company_at = _company_start(tokens, kinds, role_end, posting, places)
        if company_at == -1:
            return "", "", []  # no telling the title's qualifier from the name
        if company_at is None:
            return " ".join(tokens).rstrip(", -–—|·/"), "", []
        title_end = company_at
        while title_end > role_end and kinds[title_end - 1]:
            title_end -= 1  # the dash before the company is neither's
    title = SCHOOL_YEAR_RE.sub("", " ".join(tokens[:title_end])).rstrip(", -–—|·/")
    # The company's piece ends at the next dash: "Verity Foods, Inc. – Legal Department ...".
    dash = next((i for i in range(company_at, len(tokens)) if kinds[i]), len(tokens))
    company, place = _company_and_place(
        tokens[company_at:dash], posting, places, cities, employer_words
    )
    if dash < len(tokens) and not place:
        rest = [token for token, kind in zip(tokens[dash:], kinds[dash:], strict=True) if not kind]
        place = _place_and_category(" ".join(rest), places, cities)
    elif dash < len(tokens):
        place = [*place, " ".join(tokens[dash + 1 :])]
    return title, company, place


def _company_and_place(rest, posting, places, cities, employer_words) -> tuple[str, list[str]]:
    """ "Corner Grind Cafe Newtown, Sydney NSW Hospitality & Tourism (Baristas & Bar Staff)" ->
    ("Corner Grind Cafe", ["Newtown, Sydney NSW", "Hospitality & Tourism (...)"])."""
    if not rest:
        return "", []
    bracket = next((i for i, token in enumerate(rest) if token.startswith("(")), None)
    if bracket and not any(token.endswith(",") for token in rest[:bracket]):
        # "Nimbus (São Paulo, Brazil)": where, in brackets after the name
        where = " ".join(rest[bracket:])
        if _names_place(where.strip("()"), places):
            return " ".join(rest[:bracket]), [where]
    # The comma before the place, not the one before a legal form ("Bellweather Foods, Inc.").
    comma = next(
        (
            i
            for i, token in enumerate(rest)
            if token.endswith(",")
            and not (i + 1 < len(rest) and LEGAL_SUFFIX_RE.fullmatch(rest[i + 1].rstrip(",")))
        ),
        None,
    )
    if (
        comma is not None
        and comma + 1 < len(rest)
        and STATE_CODE_RE.fullmatch(rest[comma + 1].strip(",()"))
    ):
        # "Harbor & Pine Home Goods Boise, ID": before a state's code, the town is as long as
        # towns run ("Boise", "Fort Collins"), the name all before it.
        end = comma + 1 - town_size([word.rstrip(",") for word in rest[: comma + 1]])
        return " ".join(rest[:end]).rstrip(","), _place_and_category(
            " ".join(rest[end:]), places, cities
        )
    name_words = rest[: comma + 1] if comma is not None else rest
    # Where the name ends: after its legal form or an employer's word, or the longest start of
    # it the posting says again; a place it knows ends it too.
    end = legal_end = 0
    for size in range(1, len(name_words) + 1):
        last = _bare(name_words[size - 1])
        pair = f"{_bare(name_words[size - 2])} {last}" if size > 1 else ""
        if (
            last in employer_words
            or pair in employer_words
            or LEGAL_SUFFIX_RE.fullmatch(name_words[size - 1].rstrip(","))
        ):
            end = legal_end = size
    for size in range(len(name_words), 0, -1):
        name = " ".join(name_words[:size]).rstrip(",")
        if size > end and _named_again(name, posting):
            end = size
            break
    if not end:
        # A known town or city after the name: "Klarwerk Software Leipzig".
        for size in range(1, len(name_words)):
            town = " ".join(name_words[size:]).rstrip(",").lower()
            if town in places or town in cities:
                end = size
                break
    if not end:
        end = comma if comma else len(name_words)  # "Acme, Madrid": the town after the comma
    after = " ".join(rest[end:])
    if (
        after
        and legal_end != end
        and (comma is None or comma == len(rest) - 1)
        # "& Conference Center", not "4.0 212 Reviews" nor a town and its postcode
        and all(word[:1].isupper() or word in CONNECTORS for word in rest[end:])
        and not POSTCODE_RE.fullmatch(rest[-1].rstrip(","))
        and _place_and_category(after.rstrip(","), places, cities) == [after.rstrip(",")]
    ):
        end = len(rest)  # "Lumen Health": the words after the name the posting says again
    company = " ".join(rest[:end]).rstrip(",")
    if company.lower() in places:
        company, end = "", 0
    after = " ".join(rest[end:])
    return company, _place_and_category(after, places, cities) if after else []


def _names_place(text: str, places) -> bool:
    """Whether the text names a place the data knows, or a state's code."""
    words = [_bare(word) for word in text.split()]
    return any(
        (word in places and word != "remote") or f"{before} {word}" in places
        for before, word in zip(["", *words], words, strict=False)
    ) or any(STATE_CODE_RE.fullmatch(word.strip(",()")) for word in text.split())


def _known_place_ahead(words: list[str], index: int, places) -> int:
    """The end of a known place or state's code within the next three words of a region
    ("Mid North Coast NSW"), or 0."""
    for at in range(index, min(index + 4, len(words))):
        word = words[at]
        if not (word[:1].isupper() or word.lower() in CONNECTORS):
            return 0
        two = f"{_bare(words[at - 1])} {_bare(word)}"
        three = " ".join(_bare(w) for w in words[max(index, at - 2) : at + 1])
        if (
            _bare(word) in places
            or two in places
            or three in places
            or STATE_CODE_RE.fullmatch(word.strip(",()"))
        ):
            return at + 1
    return 0


def _place_and_category(piece: str, places, cities) -> list[str]:
    """ "Newtown, Sydney NSW Hospitality & Tourism (Baristas & Bar Staff)" -> the place, then the
    board's category: the place ends after its last comma's known place or state."""
    words = piece.split()
    if not words:
        return []
    end = 0
    seen_comma = False
    comma_at = -1
    for index, word in enumerate(words):
        if word.endswith(","):
            seen_comma = True
            comma_at = index
            end = index + 1
            continue
        bare = _bare(word)
        two = " ".join(_bare(w) for w in words[index - 1 : index + 1]) if index else ""
        if bare in places or two in places or STATE_CODE_RE.fullmatch(word.strip(",()")):
            end = index + 1
        elif seen_comma and index == comma_at + 1 and word[:1].isupper():
            end = index + 1  # a region the data does not hold: "Doncaster, South Yorkshire"
            ahead = _known_place_ahead(words, index, places)
            if ahead:
                end = ahead  # "Port Macquarie, Mid North Coast NSW", "State of São Paulo, Brazil"
            elif (
                index + 2 == len(words)
                or index + 2 < len(words)
                and words[index + 1][:1].isupper()
                and words[index + 2][:1] in "(,"
            ):
                end = index + 2  # "South Yorkshire", then the pay or a category's bracket
        elif end and not seen_comma or seen_comma and index > end:
            break
    if not end:
        return [piece]
    if end < len(words) and words[end].startswith("("):
        # "(Hybrid)", "(On-site)", "(Remote within Wisconsin)": how one works there
        close = next((at for at in range(end, min(end + 6, len(words))) if ")" in words[at]), None)
        if close is not None:
            end = close + 1
    place, rest = " ".join(words[:end]).rstrip(","), " ".join(words[end:])
    return [place, rest] if rest else [place]
