"""What a posting's header is made of, for both its readers: the title, company and place read
from its lines (`title`) and the head of a one-paragraph posting cut back into lines (`head`).

Places and cities (jobs/data/places.txt), the header's words (jobs/data/posting_header.json:
pay, shifts, the last words of employers' names and of towns), legal forms, field labels
("Job Title:", "Company:") and whether a posting names a name again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from re import _parser

from jobs.extraction.segmentation import WHITESPACE


def _places() -> tuple[frozenset[str], frozenset[str]]:
    """(every place, the cities among them) from jobs/data/places.txt."""
    places, cities, in_cities = set(), set(), False
    for line in (
        (Path(__file__).resolve().parent.parent / "data" / "places.txt")
        .read_text(encoding="utf-8")
        .splitlines()
    ):
        if line.startswith("# Cities"):
            in_cities = True
        elif line.strip() and not line.startswith("#"):
            places.add(line.strip())
            if in_cities:
                cities.add(line.strip())
    return frozenset(places), frozenset(cities)


PLACES, CITIES = _places()

HEADER_WORDS = json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "posting_header.json").read_text("utf-8")
)
PAY = "|".join(HEADER_WORDS["pay"])
SHIFT_LEAD_RE = re.compile(
    rf"\s*(?P<shift>(?:{'|'.join(HEADER_WORDS['shift'])}))\b[\s,]*", re.IGNORECASE
)
LABELS = {
    "title": r"job title|position title|title|position",
    "company": r"company(?: name)?|employer|organi[sz]ation|hiring company|institution|agency|firm|"
    r"hiring organi[sz]ation",
    "location": r"locations?|work location|job location|based in|office location|office",
    "other": r"employment type|job type|contract type|department|salary|pay|schedule|start date|"
    r"reports to|industry|experience level|seniority level|shift|position type|posting number|"
    r"job id|requisition (?:id|number)|req id|req #|grade|pay scale|practice (?:group|area)|status",
}
LABEL_ANYWHERE_RE = re.compile(
    r"(?:^|(?<=[\s.;|·•]))(?P<label>"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in LABELS.items())
    + r")\s*:\s*",
    re.IGNORECASE | re.MULTILINE,
)
# How long a label can be: a label ends at white space before a colon, so a search for
# one starts this far before the next colon rather than at every position of a text.
LABEL_REACH = _parser.parse("|".join(LABELS.values()), re.IGNORECASE).getwidth()[1]
LEGAL_SUFFIX_RE = re.compile(
    r"(?:Pte|Pvt|Pty|\(Pty\))\.?\s+Ltd\.?|Inc\.?|LLC|LLP|Ltd\.?|Co\.|Corp\.?|GmbH|plc|PLC|S\.A\.|AG|"
    r"B\.V\.|AB|Oy|N\.V\.|Sp\.\s?z\s?o\.\s?o\.|[Ss]\.r\.o\.|S\.L\.|S\.r\.l\.|S\.p\.A\.|Kft\."
)


def field_labels(text: str) -> Iterator[re.Match]:
    """LABEL_ANYWHERE_RE.finditer(text), searched for only just before each colon (a label
    holds no colon)."""
    position = 0
    while (colon := text.find(":", position)) != -1:
        label_end = position + len(text[position:colon].rstrip(WHITESPACE))
        found = LABEL_ANYWHERE_RE.search(text, max(position, label_end - LABEL_REACH), colon + 1)
        if found is None:
            position = colon + 1
            continue
        found = LABEL_ANYWHERE_RE.match(text, found.start())  # with the spaces after the colon
        yield found
        position = found.end()


def named_twice(name: str, posting: str) -> bool:
    r"""Whether the posting names `name` twice or more as a word: what
    `re.findall(rf"(?<![\w&]){re.escape(name)}(?!\w)", posting)` counts, found with str.find
    (a pattern made for each name was compiled, then tried at every place of the posting)."""
    if not name:
        return len(re.findall(r"(?<![\w&])(?!\w)", posting)) >= 2
    count, at = 0, posting.find(name)
    while at != -1:
        before = posting[at - 1 : at] if at else ""
        after = posting[at + len(name) : at + len(name) + 1]
        if not _is_word_or_and(before) and not _is_word(after):
            count += 1
            if count == 2:
                return True
            at = posting.find(name, at + len(name))
        else:
            at = posting.find(name, at + 1)
    return False


def _is_word(char: str) -> bool:
    r"""A character `\w` matches (none: the text's end)."""
    return char.isalnum() or char == "_"


def _is_word_or_and(char: str) -> bool:
    return _is_word(char) or char == "&"


EMPLOYER_LAST_WORDS = frozenset(HEADER_WORDS["employer_last_words"])
CITY_FIRST_WORDS = frozenset(HEADER_WORDS["city_first_words"])
CITY_LAST_WORDS = frozenset(HEADER_WORDS["city_last_words"])


def town_size(words: list[str]) -> int:
    """How many of the last words before a US state are the town: a city places.txt knows
    ("Salt Lake City"), a town whose first word starts two-word towns ("Fort Collins") or whose
    last word ends them ("Traverse City"), else the last word ("Reno")."""
    for size in range(min(3, len(words)), 1, -1):
        if " ".join(words[-size:]).lower() in CITIES:
            return size
    two = len(words) >= 2 and (
        words[-2].lower() in CITY_FIRST_WORDS or words[-1].lower() in CITY_LAST_WORDS
    )
    return 2 if two else 1
