"""Resume dates: read the ways people write them, store them the JSON Resume way.

JSON Resume keeps dates as ISO 8601 with optional parts ("2020", "2020-03",
"2020-03-15") and an absent endDate for a current role. People write
"Mar 2020", "03/2020", "March 2020 – Present" or "2018 to 2020"; the importer,
the section forms and the analysis all read them through this module.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
# Months and "until now" words in the other languages resumes are written in (Dutch,
# German, French, Spanish, Portuguese, Italian, ...) are data: date_words.json.
_DATE_WORDS = json.loads((Path(__file__).parent / "date_words.json").read_text(encoding="utf-8"))


def _month_table(kind: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for language in _DATE_WORDS["months"].values():
        for number, words in enumerate(language[kind], start=1):
            for word in words.split():
                if table.setdefault(word, number) != number:
                    raise ValueError(f"date_words.json: {word!r} names two months")
    return table


# Whole names, read before a year ("Enero 2019", "März 2020", "maart 2018").
LOCAL_MONTHS = _month_table("names")
# Their shortened forms, read with a stop ("mrt. 2020", "juil. 2018"), before "/year"
# ("fev/2021"), or before a year when the word is no ordinary word ("okt 2020", "dic 2019").
SHORT_LOCAL_MONTHS = {
    word: number
    for word, number in _month_table("abbreviations").items()
    if word not in LOCAL_MONTHS
}
# Month names that are also words ("set", "out", "ago", "mei", "Marco"): read before a year
# only with a stop, a slash, or in a range with another date ("ago 2019 - dic 2020").
ORDINARY_WORD_MONTHS = frozenset(_DATE_WORDS["ordinary_words"])
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)

# Open ends in other languages, longest first so "bis heute" is read whole.
_LOCAL_PRESENT_WORDS = sorted(
    {word for words in _DATE_WORDS["present"].values() for word in words}, key=len, reverse=True
)
# As is_present compares them: without the stop a word may end with ("н.в.").
PRESENT_WORDS = frozenset(
    word.strip(".")
    for word in ("present", "current", "currently", "now", "today", "to date", "ongoing")
    + tuple(_LOCAL_PRESENT_WORDS)
)

# A month as people write it, whole or shortened ("Jun", "June"; never "Junior").
MONTH_NAME_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Searched for, a month starts a word, or is glued to one as converters glue a title to its
# dates ("EngineerMar 2019"): "Omar 2020" and "Bhujan 2019" are no dates.
_MONTH_NAME = rf"(?:(?<![^\W\d_])|(?-i:(?<=[a-z])(?=[A-Z]))){MONTH_NAME_PATTERN}"


def _words_pattern(words) -> str:
    """Whole words only, longest first ("juillet" is not read as "juli")."""
    return r"(?<!\w)(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_LOCAL_MONTH = _words_pattern(set(LOCAL_MONTHS) - ORDINARY_WORD_MONTHS)
_YEAR = r"(?:19|20)\d{2}"
_SHORT_MONTH = _words_pattern([*LOCAL_MONTHS, *SHORT_LOCAL_MONTHS])
# The shortened months that are no ordinary word ("fev 2018", "dez 2019", "okt 2020"), read
# before a year with no stop too: Portuguese and Spanish builders print them so.
_PLAIN_SHORT_MONTH = _words_pattern(set(SHORT_LOCAL_MONTHS) - ORDINARY_WORD_MONTHS)
# A month that is also a word, before its year: a date only beside another ("mei 2019 – okt.
# 2021", "ago 2019 - dic 2020"); "set 2019 goals" or "Marco 2020" alone are not dates.
_WORD_MONTH_DATE = (
    _words_pattern(ORDINARY_WORD_MONTHS & {*LOCAL_MONTHS, *SHORT_LOCAL_MONTHS})
    + rf"\s+(?:de\s+)?{_YEAR}(?!\d)"
)
# One date as written in a resume, most specific forms first.
DATE_PATTERN = (
    rf"(?:{_YEAR}-[01]\d-[0-3]\d"  # 2020-03-15
    rf"|{_YEAR}[-/.][01]?\d(?!\d)"  # 2020-03, 2020/3
    rf"|[0-3]?\d[/.][01]?\d[/.]{_YEAR}"  # 15/03/2020 (day first) or 03/15/2020
    rf"|[01]?\d[/.\-]{_YEAR}"  # 03/2020, 3-2020
    rf"|{_MONTH_NAME}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+{_YEAR}"  # March 15, 2020
    # 15 March 2020, 1st June 2019, 12Mar2019, 12-Mar-2019: the day first, as outside the US.
    rf"|(?<![\d/.])[0-3]?\d(?:st|nd|rd|th)?(?:\s+of)?[\s-]*{_MONTH_NAME}\.?,?[\s-]*{_YEAR}"
    rf"|{_MONTH_NAME}\.?,?\s*['’‘]?(?:{_YEAR}|\d{{2}})(?!\d)"  # Mar 2020, March '20
    rf"|{_MONTH_NAME}-(?:{_YEAR}|\d{{2}})(?!\d)"  # Mar-2020, Mar-20
    rf"|{_LOCAL_MONTH}\s+(?:de\s+)?{_YEAR}"  # Enero 2019, marzo de 2019, März 2020
    rf"|(?:{_MONTH_NAME}|{_SHORT_MONTH})\.\s*(?:de\s+)?{_YEAR}"  # Okt. 2018, dez. de 2019
    rf"|{_PLAIN_SHORT_MONTH}\s+(?:de\s+)?{_YEAR}"  # fev 2018, dez de 2019
    rf"|{_MONTH_NAME}\s+de\s+{_YEAR}"  # mar de 2017
    rf"|(?:{_MONTH_NAME}|{_SHORT_MONTH})\.?/{_YEAR}"  # mar/2021, fev/2021, dic./2019
    rf"|q[1-4][\s/-]*{_YEAR}"  # Q3 2019
    rf"|(?:spring|summer|fall|autumn|winter)\s+{_YEAR}"  # Summer 2019
    r"|(?:spring|summer|fall|autumn|winter)\s*'\d{2}(?!\d)"  # Fall '18
    rf"|{_YEAR}"  # 2020
    r"|(?<![\w'’])['’]\d{2}(?![\d'’]))"  # '20
)
# "till now", "until today", "up to present": the same end, said with a preposition.
_UP_TO = r"(?:(?:till|until|up\s+to|up\s+till|to)\s+)"
PRESENT_PATTERN = (
    rf"(?:{_UP_TO}?(?:presente|present(?:\s+day)?|pres\.?(?!\w)|current(?:ly)?|now|today|date)"
    r"|ongoing"
    # Short words among them, so only as whole words ("2019 - nu", never "2019 - Nuance").
    r"|(?:"
    + "|".join(
        re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]") for word in _LOCAL_PRESENT_WORDS
    )
    + r")(?!\w))"
)
_RANGE_SEPARATOR = (
    r"(?:\s*(?:-|–|—|−|~|to|until|till|through|thru)\s*"
    # "2016 a 2018", "2016 bis 2018", "2016 tot 2018", "jan. 2016 t/m dec. 2018", "dal 2018
    # ad oggi", "od 2016 do 2019"
    r"|\s+(?:a|ad|al|à|au|bis|hasta|até|do|tot(?:\s+en\s+met)?|t/m)\s+)"
)
# "Since 2019", "Seit 2019", "Sinds 2019", "From 2019 to 2021", "De sept. 2016 à déc. 2019",
# "von 2016 bis 2019", "van 2016 tot 2018": the word belongs to the dates, and "since" alone
# leaves the range open.
_SINCE = r"(?:(?P<since>since|seit|sinds|vanaf|depuis|desde|dal)|from|de|von|van|od)\s+"


# "03/19 – 06/21": a month and a two-digit year, read only in a range ("5/10" alone is a
# rating, not May 2010).
_MONTH_SHORT_YEAR = r"(?<![\d/.])(?:0?[1-9]|1[0-2])/\d{2}(?![\d/])"


@cache
def _date_range_re() -> re.Pattern:
    """Compiled on first use, not on import: compiling it was a twentieth of every
    management command's start, and most read no dates (web processes compile it as they
    start: ResumeOptConfig.warm_up)."""
    return re.compile(
        rf"(?:\b{_SINCE})?(?P<start>{DATE_PATTERN}|{_WORD_MONTH_DATE}(?={_RANGE_SEPARATOR}"
        rf"(?:{DATE_PATTERN}|{_WORD_MONTH_DATE}|{PRESENT_PATTERN}))"
        rf"|{_MONTH_SHORT_YEAR}(?={_RANGE_SEPARATOR}(?:{_MONTH_SHORT_YEAR}|{PRESENT_PATTERN})))"
        rf"(?:{_RANGE_SEPARATOR}(?P<end>{DATE_PATTERN}|{_WORD_MONTH_DATE}|{PRESENT_PATTERN}"
        rf"|{_MONTH_SHORT_YEAR}))?",
        re.IGNORECASE,
    )


ISO_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


_OPEN_DASH_RE = re.compile(r"[-–—](?=\s|$)")
_PRESENT_BEFORE_RE = re.compile(rf"(?<!\w)(?:{PRESENT_PATTERN})\s*(?:-|–|—|to)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    """A date or range found in text, with where it sits in that text."""

    start: str | None
    end: str | None
    current: bool
    text: str
    begin: int
    finish: int


@lru_cache(maxsize=4096)  # the analysis asks of every role's end date on each draft
def is_present(text: str) -> bool:
    words = " ".join(text.strip().strip(".").lower().replace("’", "'").split())
    words = re.sub(rf"^{_UP_TO}", "", words)
    return words in PRESENT_WORDS or words in ("date", "present day", "pres")


def parse_date(text: str) -> str | None:
    """One written date as an ISO partial date, or None if it is not a date.

    >>> parse_date("Mar 2020"), parse_date("03/2020"), parse_date("2020")
    ('2020-03', '2020-03', '2020')
    """
    value = " ".join(text.strip().lower().replace(",", " ").split()).rstrip(".")
    value = value.replace("’", "'").replace("‘", "'")
    if not value:
        return None
    if ISO_RE.match(value):
        return _valid_iso(value)
    if match := re.fullmatch(rf"q([1-4])[\s/-]*({_YEAR})", value):
        return _iso(int(match[2]), 3 * int(match[1]) - 2)
    if match := re.fullmatch(r"(\d{1,2})/(\d{2})", value):
        year = int(match[2])
        year += 2000 if year <= date.today().year % 100 + 1 else 1900
        return _iso(year, int(match[1]))
    if match := re.fullmatch(rf"({_YEAR})[-/.](\d{{1,2}})", value):
        return _iso(int(match[1]), int(match[2]))
    if match := re.fullmatch(rf"(\d{{1,2}})([/.])(\d{{1,2}})[/.]({_YEAR})", value):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        # 15/03/2020 is day-first; 03/15/2020 is month-first; ambiguous slashed ones are
        # read US-style, but 01.03.2020 is German, Russian, ... and always day-first.
        day_first = first > 12 or (match[2] == "." and second <= 12)
        month, day = (second, first) if day_first else (first, second)
        return _iso(year, month, day)
    if match := re.fullmatch(rf"(\d{{1,2}})[/.\-]({_YEAR})", value):
        return _iso(int(match[2]), int(match[1]))
    if match := re.fullmatch(
        rf"({_MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+({_YEAR})", value
    ):
        return _iso(int(match[3]), MONTHS[match[1][:3]], int(match[2]))
    if match := re.fullmatch(
        rf"(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s-]*({_MONTH_NAME})\.?[\s-]*({_YEAR})", value
    ):
        return _iso(int(match[3]), MONTHS[match[2][:3]], int(match[1]))
    if match := re.fullmatch(rf"({_MONTH_NAME})(?:\.?\s*'?|-)(\d{{4}}|\d{{2}})", value):
        year = int(match[2])
        if year < 100:
            year += 2000 if year <= date.today().year % 100 + 1 else 1900
        return _iso(year, MONTHS[match[1][:3]])
    if match := re.fullmatch(rf"({_MONTH_NAME}|{_SHORT_MONTH})\.?/({_YEAR})", value):
        month = LOCAL_MONTHS.get(match[1]) or SHORT_LOCAL_MONTHS.get(match[1])
        return _iso(int(match[2]), month or MONTHS[match[1][:3]])
    if match := re.fullmatch(rf"({_LOCAL_MONTH})\s+(?:de\s+)?({_YEAR})", value):
        return _iso(int(match[2]), LOCAL_MONTHS[match[1]])
    if match := re.fullmatch(rf"({_MONTH_NAME}|{_SHORT_MONTH})\.?\s*(?:de\s+)?({_YEAR})", value):
        month = LOCAL_MONTHS.get(match[1]) or SHORT_LOCAL_MONTHS.get(match[1])
        return _iso(int(match[2]), month or MONTHS[match[1][:3]])
    if match := re.fullmatch(r"['’](\d{2})", value):
        year = int(match[1])
        return str(year + (2000 if year <= date.today().year % 100 + 1 else 1900))
    if match := re.fullmatch(rf"(spring|summer|fall|autumn|winter)\s*'?({_YEAR}|\d{{2}})", value):
        year = int(match[2])
        if year < 100:
            year += 2000 if year <= date.today().year % 100 + 1 else 1900
        return _iso(year, SEASONS[match[1]])
    return None


# The parser asks about the same line at several stages; the answer never changes.
# A lone year run straight onto capitals or a word ("SAP2000", "Windows2000"), with no
# range: part of a product's name. A converter's glue ("Engineer2019 – 2021") has its range.
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=4096)
def find_date_range(text: str) -> DateRange | None:
    """The first date or date range in a line of text ("Acme, Jan 2019 - Present")."""
    for match in _date_range_re().finditer(text):
        start = parse_date(match["start"])
        if start is None:
            continue
        end_text = match["end"]
        current = (bool(end_text) and is_present(end_text)) or bool(match["since"] and not end_text)
        end = None if (current or not end_text) else parse_date(end_text)
        begin, finish = match.start(), match.end()
        if not end_text and not current:
            # "2020–  Associate Professor": a dash on the year and nothing after it, as
            # academic CVs keep a post open; "Present – 2021": the range written newest first.
            if opened := _OPEN_DASH_RE.match(text, finish):
                current, finish = True, opened.end()
            elif present := _PRESENT_BEFORE_RE.search(text[:begin]):
                current, begin = True, present.start()
        if end and start and to_month_index(end) < to_month_index(start):
            start, end = end, start  # "2021 – 2019": the later year written first
        glued = (
            begin > 0 and text[begin - 1].isalpha() and _YEAR_ALONE.fullmatch(text[begin:finish])
        )
        if glued and not end and not current:
            continue  # "SAP2000", "Windows2000", "ETABS2016": a product's name, no date
        return DateRange(start, end, current, text[begin:finish], begin, finish)
    return None


def format_date(iso: str | None, *, present: str = "Present") -> str:
    """An ISO partial date as people read it: '2020-03' -> 'Mar 2020'."""
    if not iso:
        return present
    match = ISO_RE.match(iso)
    if not match:
        return iso
    year, month = match[1], match[2]
    if month and not 1 <= int(month) <= 12:
        return iso  # not a real month: show it as written rather than guess
    return f"{MONTH_ABBREVIATIONS[int(month) - 1]} {year}" if month else year


def format_range(start: str | None, end: str | None) -> str:
    if not start and not end:
        return ""
    if not start:
        return format_date(end)
    return f"{format_date(start)} – {format_date(end)}"


def to_month_index(iso: str | None, *, default_today: bool = False) -> int | None:
    """Months since year 0, for comparing and measuring ('2020' counts as January)."""
    if not iso:
        if default_today:
            today = date.today()
            return today.year * 12 + today.month - 1
        return None
    match = ISO_RE.match(iso)
    if not match or (match[2] and not 1 <= int(match[2]) <= 12):
        return None
    return int(match[1]) * 12 + (int(match[2]) if match[2] else 1) - 1


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    # JSON Resume's date pattern takes years 1000-2999 only: "0000" is no date.
    if not 1000 <= year <= 2999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _valid_iso(value: str) -> str | None:
    match = ISO_RE.match(value)
    year = int(match[1])
    month = int(match[2]) if match[2] else None
    day = int(match[3]) if match[3] else None
    return _iso(year, month, day)
