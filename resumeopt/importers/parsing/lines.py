"""Stage 0: the `Line`s every reader hands over, and the cleaning they get first.

Readers (`pdf`, `docx`, `text`) turn a file into `Line`s in reading order with
the hints their format knows; `normalize` mends the characters that break
parsing, `mend_date_ranges` the date ranges conversion damaged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from resumeopt.characters import INVISIBLE, LIGATURES
from resumeopt.dates import MONTH_NAME_PATTERN, PRESENT_PATTERN
from resumeopt.importers.parsing.lexicon import vocabulary
from resumeopt.importers.parsing.patterns import BULLET_RE, URL_RE


@dataclass
class Line:
    """One line of the source, with what its format told us about it."""

    text: str
    heading: bool = False
    bullet: bool = False
    # A Markdown heading's depth (1 for "#", 2 for "##"); 0 where the format gives none.
    level: int = 0


REMOVE_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE), None)


def normalize(text: str) -> str:
    """What breaks parsing, mended: ligatures, odd spaces, invisible characters."""
    text = unicodedata.normalize("NFC", text).translate(REMOVE_INVISIBLE)
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    text = re.sub(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    text = text.replace("\uf0b7", "•").replace("\uf0a7", "▪").replace("\u25aa", "▪")
    # Old Adobe and Mac fonts put their "fi" and "fl" glyphs at U+F001 and U+F002: inside
    # a word ("\uf001nance", "work\uf002ow") they are those letters, not an icon.
    text = PRIVATE_USE_LIGATURE.sub(lambda match: PRIVATE_USE_LIGATURES[match[0]], text)
    # Other private-use glyphs are an icon font's (Font Awesome, Material Icons: a phone
    # or an envelope before a contact detail, a briefcase before a heading), which say
    # nothing the words after them do not.
    text = PRIVATE_USE.sub("", text)
    # A rating drawn in glyphs ("English  ●●●●○", "Salesforce ★★★★☆") says how well, not
    # what: it goes, and the name before it stays apart from the next one on its row.
    return RATING.sub("\t", text).strip("\t ") if RATING.search(text) else text


PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]\s*")
PRIVATE_USE_LIGATURES = {"\uf001": "fi", "\uf002": "fl"}
PRIVATE_USE_LIGATURE = re.compile(r"[\uf001\uf002](?=[a-z])")
# A match starts where its run of spaces starts: tried from every point of a long run of
# spaces and tabs, the pattern took time in the square of the run's length.
RATING = re.compile(r"(?<![ \t])[ \t]*+(?<!\S)(?:[●○◉◯⬤★☆✪■□◼◻▰▱] ?){3,}(?!\S)[ \t]*")


# "|---|:---:|": the rule under a Markdown table's column names.
TABLE_RULE_RE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")


def table_rules_apart(lines: list[Line]) -> list[Line]:
    """A Markdown table without its rule, and without the column names above it unless they
    name a job's fields ("| Period | Role | Company |"): they are no entry's fields."""
    rules = {
        index for index, line in enumerate(lines) if TABLE_RULE_RE.fullmatch(line.text.strip())
    }
    columns = vocabulary()["column_names"]
    names = {
        index - 1
        for index in rules
        if index
        and lines[index - 1].text.strip().startswith("|")
        # A job table's column names stay: the work stage reads its rows by them.
        and not all(
            cell.strip().lower() in columns
            for cell in lines[index - 1].text.strip().strip("|").split("|")
        )
    }
    return [line for index, line in enumerate(lines) if index not in rules | names]


_CELL_SPLIT_RE = re.compile(r"\s*\t\s*|\s+\|\s+")
_COLUMN_ORDER = ("position", "employer", "location", "dates")


def named_columns(lines: list[Line]) -> list[Line]:
    """A table of jobs under its column names ("Period | Employer | Position", a Word
    table's first row or a Markdown table's): each row's cells in the order a job's header
    is read (title, employer, place, dates), the names' row dropped. A title the lexicon
    does not know ("Shelf Stacker") is told from the employer by its column; "From" and
    "To" columns make one range."""
    names = vocabulary()["column_names"]
    result: list[Line] = []
    order: list[str] | None = None
    for line in lines:
        text = line.text.strip().strip("|").strip()
        cells = [cell.strip() for cell in _CELL_SPLIT_RE.split(text)] if text else []
        fields = [names.get(cell.lower().strip(" :")) for cell in cells]
        if (
            len(cells) >= 2
            and all(fields)
            and len(set(fields)) == len(fields)
            and {"position", "employer"} & set(fields)
        ):
            order = [field for field in fields if field]
            continue
        if order and len(cells) == len(order) and all(cells):
            by_field = dict(zip(order, cells, strict=True))
            if "start" in by_field:
                # "From | To" in two columns: one range, as a job's header writes it.
                ended = f" – {by_field['end']}" if by_field.get("end") else ""
                by_field["dates"] = f"{by_field['start']}{ended}"
            row = " | ".join(by_field[field] for field in _COLUMN_ORDER if field in by_field)
            result.append(replace(line, text=row))
            continue
        if text and len(cells) != len(order or []):
            order = None  # the table ended
        result.append(line)
    return result


# How far into the page a person's own link is written (their header).
_HEADER_LINES = 12
_LINK_KEY = re.compile(r"^(?:https?://)?(?:www\.)?([^?#\s]+?)/?(?:[?#].*)?$", re.I)
_SENTENCE_CLOSED = (".", "!", "?", ":", ";")


def _link_key(text: str) -> str:
    found = _LINK_KEY.match(text.strip())
    return found[1].lower() if found else ""


def footer_links_dropped(lines: list[Line]) -> list[Line]:
    """The lines without the page footer a job board prints on every page: the person's own
    link from the header ("indeed.com/r/Priya-Nair/7c1d9e"), alone on a line further down
    ("https://www.indeed.com/r/Priya-Nair/7c1d9e?isid=rex-download"). Where it cut a
    sentence ("... which will be given as" / link / "input by the user."), the blank lines
    around it go too, so the sentence reads whole."""
    own = {
        _link_key(found[0])
        for line in lines[:_HEADER_LINES]
        for found in URL_RE.finditer(line.text)
        if "/" in found[0].split("//")[-1]
    }
    own.discard("")
    if not own:
        return lines
    kept: list[Line] = []
    skip_blanks = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        if skip_blanks and not text:
            continue
        skip_blanks = False
        bare = URL_RE.fullmatch(text)
        if index >= _HEADER_LINES and bare and any(_link_key(text).startswith(key) for key in own):
            while kept and not kept[-1].text.strip():
                kept.pop()
            before = kept[-1].text.strip() if kept else ""
            cut = bool(before) and not before.endswith(_SENTENCE_CLOSED)
            if not cut:
                kept.append(Line(""))
            skip_blanks = cut
            continue
        kept.append(line)
    return kept


PAGE_MARKER_RE = re.compile(
    r"(?:page\s*)?\d{1,2}\s*(?:of|/)\s*\d{1,2}|page\s*\d{1,2}|-\s*\d{1,2}\s*-", re.I
)


# Two dates with only spaces between: the dash was lost converting from PDF ("2019  2021").
_DASHLESS_RANGE = re.compile(
    r"(?<![\w/.-])((?:[A-Za-z]{3,9}\.?\s)?(?:19|20)\d\d)\s{2,}"
    rf"((?:[A-Za-z]{{3,9}}\.?\s)?(?:19|20)\d\d|{PRESENT_PATTERN})\b",
    re.IGNORECASE,
)


# "2004/ 2013": years written with a slash for a dash.
_SLASHED_YEARS = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)\s*/\s*((?:19|20)\d\d)(?![\w/.-])")
_MONTHS = rf"{MONTH_NAME_PATTERN}\.?"


_YEAR_THEN_MONTH = re.compile(
    rf"\b((?:19|20)\d\d)(?:\s*,\s*|\s+)({_MONTHS})(?![\w-])", re.IGNORECASE
)


# "Jan 2019Present", "2019 Present": the dash before the open end lost in conversion.
_LOST_DASH_BEFORE_PRESENT = re.compile(
    r"(?<![\w/.-])((?:[A-Za-z]{3,9}\.?\s)?(?:19|20)\d\d) ?"
    r"((?-i:Present|PRESENT|present|Current|CURRENT|current|Now|NOW|now))"
    r"(?=\s*$|\s*[|•·,)]|\s{2,}|(?-i:[A-Z][a-z]))"
)
_GLUED_RANGE = re.compile(rf"\b((?:19|20)\d\d)(?=(?:{_MONTHS})\s*(?:19|20)\d\d)", re.IGNORECASE)


# "SENIOR ACCOUNTANTSEP 2014": a converter glued an all-caps title to the month after it.
_CAPS_GLUED_MONTH = re.compile(
    rf"(?<![^\W\d_])([A-Z]{{3,}})((?i:{MONTH_NAME_PATTERN}))(?=\.?\s*'?(?:19|20)?\d\d(?!\d))"
)


def _unglued_month(match: re.Match) -> str:
    """The month cut off only where what is left is a title's last word: "OMAR 2020",
    "SOUNDARAJAN 2019" stay names."""
    words = vocabulary()
    if match[0].isupper() and match[1].lower() in words["title_words"] | words["title_heads"]:
        return f"{match[1]} {match[2]}"
    return match[0]


def _month_first(match: re.Match) -> str:
    """'2019 october' -> 'october 2019', unless the month belongs to a date next to it."""
    before, after = match.string[: match.start()], match.string[match.end() :]
    if re.search(rf"{_MONTHS}\s*$", before, re.IGNORECASE) or re.match(r"\s*(?:19|20)\d\d", after):
        return match[0]
    return f"{match[2]} {match[1]}"


def mend_date_ranges(text: str) -> str:
    """'2019  2021' -> '2019 – 2021', '2019 october' -> 'october
    2019', 'Apr 2020Jun 2020' -> 'Apr 2020 – Jun 2020', 'ENGINEERMAR 2019' -> 'ENGINEER MAR 2019',
    'Sep 2018 - present time' -> 'Sep 2018 - present', '2004/2013' -> '2004 – 2013'."""
    if not re.search(r"(?:19|20)\d\d", text):
        return text
    text = re.sub(r"\b(present|current)\s+(?:day|time|moment)\b", r"\1", text, flags=re.IGNORECASE)
    text = _CAPS_GLUED_MONTH.sub(_unglued_month, text)
    text = _YEAR_THEN_MONTH.sub(_month_first, text)
    text = _GLUED_RANGE.sub(lambda match: f"{match[1]} – ", text)
    text = _LOST_DASH_BEFORE_PRESENT.sub(lambda match: f"{match[1]} – {match[2]}", text)
    text = _SLASHED_YEARS.sub(
        lambda match: f"{match[1]} – {match[2]}" if match[1] <= match[2] else match[0], text
    )
    return _DASHLESS_RANGE.sub(lambda match: f"{match[1]} – {match[2]}", text)


# "J ava, T ypeScript", "I w as d esigning": a converter split off each word's first letter.
_SPLIT_INITIAL = re.compile(r"(?<!\S)([A-Za-z]) ([a-z]{2,})")
# Letters other than a, A and I are never words on their own before a lower-case word.
_STRAY_INITIAL = re.compile(r"(?<!\S)[B-HJ-Zb-hj-z] [a-z]{2,}")
_SPLIT_YEAR = re.compile(r"(?<!\S)([12]) (\d{3})(?!\d)")
_WHOLE_MONTH = re.compile(MONTH_NAME_PATTERN, re.IGNORECASE)
_SPLIT_MONTH_YEAR = re.compile(
    rf"({MONTH_NAME_PATTERN}\.?\s+)([12]) (\d{{3}})(?!\d)", re.IGNORECASE
)


def close_split_words(text: str) -> str:
    """'December 2 019 - p resent - J ava' -> 'December 2019 - present - Java'.

    Only on a line with many stray initials: in a sound line "a" and "I" are nearly
    the only letters that stand alone ("C and R" are two).
    """
    strays = len(_STRAY_INITIAL.findall(text))
    if strays >= 3 and strays >= len(text.split()) / 5:
        return _SPLIT_YEAR.sub(r"\1\2", _SPLIT_INITIAL.sub(r"\1\2", text))
    # A date split so is never anything else: "F ebruary 2 018".
    text = _SPLIT_INITIAL.sub(
        lambda match: (
            match[1] + match[2] if _WHOLE_MONTH.fullmatch(match[1] + match[2]) else match[0]
        ),
        text,
    )
    return _SPLIT_MONTH_YEAR.sub(r"\1\2\3", text)


_SLASHED_DAY = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/((?:19|20)\d\d)(?![\d/])")


def read_day_first(texts: list[str]) -> list[str]:
    """'01/03/2018' as 2018-03-01 when the document writes its dates day first.

    One slashed date that can only be day-first ("28/02/2018") and none that can
    only be month-first ("02/28/2018") settle how the ambiguous ones are meant
    (a Europass CV writes "01/03/2018 – Current").
    """
    found = [
        (int(match[1]), int(match[2])) for text in texts for match in _SLASHED_DAY.finditer(text)
    ]
    if not any(first > 12 for first, _ in found) or any(second > 12 for _, second in found):
        return texts

    def iso(match: re.Match[str]) -> str:
        return f"{match[3]}-{int(match[2]):02d}-{int(match[1]):02d}"

    return [_SLASHED_DAY.sub(iso, text) for text in texts]


# Words a title-cased name keeps in lower case, unless they open it.
_SMALL_WORDS = {"a", "an", "and", "at", "de", "da", "do", "for", "in", "of", "on", "the", "to", "y"}


def restore_case(lines: list[Line], regions: set[str]) -> list[Line]:
    """A resume written all in lower case, its short lines (names, titles, employers,
    schools, headings) title-cased so they read as names do; sentences and bullets stay
    as written. A state's code last on a line after a comma ("pok pok, portland or") is
    the code. Any other resume is returned as it came."""
    letters = [ch for line in lines for ch in line.text if ch.isalpha()]
    if len(letters) < 200 or sum(ch.isupper() for ch in letters) > len(letters) // 100:
        return lines
    return [
        line
        if line.bullet or BULLET_RE.match(line.text) or len(line.text.split()) > 8
        else replace(line, text=_title_case(line.text, regions))
        for line in lines
    ]


def _title_case(text: str, regions: set[str]) -> str:
    if "@" in text or "://" in text or "www." in text or text.rstrip().endswith("."):
        return text
    words = text.split(" ")
    for index, word in enumerate(words):
        if not word[:1].isalpha() or (index and word in _SMALL_WORDS):
            continue
        last = index == len(words) - 1
        if last and index >= 1 and "," in text and word.upper() in regions:
            words[index] = word.upper()
        else:
            words[index] = "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return " ".join(words)


_FIELD_LINK_END = re.compile(r"\s(?:in|of|en|em|de)\s*$", re.IGNORECASE)
_DATE_OR_END = re.compile(rf"\s*(?:$|[|–—-]|\(|{MONTH_NAME_PATTERN}\.?\s|\d)", re.IGNORECASE)


def join_cut_headers(
    lines: list[Line], names_degree: Callable[[str], bool], names_place: Callable[[str], bool]
) -> list[Line]:
    """A header line cut by a narrow page or a scanner, joined to its rest below:
    'Daley College - Certificate in' / 'Supply Chain Management, 2019' (a degree cut
    before its field), 'XPO Logistics, Romeoville,' / 'IL  08/2017 - 03/2020' (a place
    cut before its state, the dates after it)."""
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        text = line.text.strip()
        if (
            previous is not None
            and not (previous.heading or previous.bullet or line.heading or line.bullet)
            and not BULLET_RE.match(previous.text)
            and len(previous.text.split()) <= 12
            and text[:1].isupper()
            and (
                (
                    _FIELD_LINK_END.search(previous.text)
                    and names_degree(previous.text)
                    and ". " not in previous.text  # a sentence, not a header
                    and len(text.split()) <= 6
                )
                or (
                    previous.text.rstrip().endswith(",")
                    and _place_cut(previous.text, text, names_place)
                )
            )
        ):
            joined[-1] = Line(f"{previous.text.rstrip()} {text}", False, False)
        else:
            joined.append(line)
    return joined


def _place_cut(previous: str, text: str, names_place: Callable[[str], bool]) -> bool:
    """Does the line open with the rest of the place the line above ends with, then dates?"""
    town = previous.rstrip(" ,").rpartition(",")[2].strip()
    state = re.match(r"[A-Z]{2,3}\b", text)
    return bool(
        town
        and state
        and _DATE_OR_END.match(text[state.end() :])
        and names_place(f"{town}, {state[0]}")
    )


def join_wrapped_titles(lines: list[Line], cut_at_head: Callable[[str, str], bool]) -> list[Line]:
    """A job title wrapped by a narrow column joined again: 'Lead Data' / 'Engineer' (a
    sidebar set apart, or a two-column page read in columns, leaves the main column's
    lines at its width). `cut_at_head(first, second)` says whether two lines are one
    title cut before its head word."""
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and not (previous.heading or previous.bullet or line.heading or line.bullet)
            and not BULLET_RE.match(previous.text)
            and cut_at_head(previous.text, line.text)
        ):
            joined[-1] = replace(previous, text=f"{previous.text.strip()} {line.text.strip()}")
        else:
            joined.append(line)
    return joined
