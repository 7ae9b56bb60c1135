"""Section headings as people write them, mapped to JSON Resume sections.

Real resumes write headings in every form: "E X P E R I E N C E", "Work
expirience", "Education and courses:", two column headings flattened onto one
line ("EXPERIENCE SKILLS"), or a heading glued to the text beside it
("EDUCATION Belarusian State University ..."). These functions recognise them.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import replace
from functools import cache
from pathlib import Path

HEADINGS_FILE = Path(__file__).parent / "data" / "headings.json"

# When a line holds two column headings, the section whose entries matter most wins.
SECTION_PRIORITY = (
    "work",
    "education",
    "projects",
    "volunteer",
    "skills",
    "certificates",
    "awards",
    "publications",
    "languages",
    "interests",
    "references",
    "summary",
    "contact",
    None,
)


@cache
def headings() -> dict[str, str | None]:
    """Every known heading, lower-case with "&" written "and", to its section.

    "summary" means basics.summary, "contact" the contact details of basics (a
    sidebar's "Contact" block); None marks a known heading with no JSON Resume
    section (its lines go to Unsorted).
    """
    by_section = json.loads(HEADINGS_FILE.read_text(encoding="utf-8"))
    return {
        name: (None if section == "unsorted" else section)
        for section, names in by_section.items()
        for name in names
    }


@cache
def _heading_words() -> frozenset[str]:
    return frozenset(word for name in headings() for word in name.split())


@cache
def _longest_heading_word() -> int:
    return max(len(word) for word in _heading_words())


@cache
def _known_word(word: str) -> str:
    """A heading word as it was meant ("expirience" -> "experience"); other words unchanged."""
    if len(word) < 6 or word in _heading_words():
        return word
    # Same first letter and about the same length: typos, not other words.
    candidates = [
        known
        for known in _heading_words()
        if known[0] == word[0] and abs(len(known) - len(word)) <= 2
    ]
    # A word typed without accents is a slip of an English heading before a French one
    # ("expirience" is "experience", not "expérience").
    plain = [known for known in candidates if known.isascii()] if word.isascii() else []
    close = difflib.get_close_matches(word, plain, n=1, cutoff=0.85) or difflib.get_close_matches(
        word, candidates, n=1, cutoff=0.85
    )
    if not close or (word.startswith(close[0]) and word != close[0] + "s"):
        return word  # "experienced" is a word of its own; "educations" a slip
    return close[0]


_DECORATION = re.compile(r"^[\s#*_=~>|:•·▪●◦\-–—]+|[\s#*_=~|:•·▪●◦\-–—]+$")


def heading_key(line: str) -> str:
    """The line as a heading lookup key: decoration, case, spacing-out and '&' normalised."""
    text = _DECORATION.sub("", line)
    pieces = re.split(r"\s{2,}", text.strip())
    if len(text.split()) > 2 and all(len(word) == 1 for word in text.split()):
        # "W O R K  E X P E R I E N C E": letters apart, words two spaces apart.
        text = " ".join(piece.replace(" ", "") for piece in pieces)
    # "İ".lower() is "i" and a combining dot, which would split "DİL" in two.
    text = text.lower().replace("\u0307", "").replace("&", " and ").replace("/", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def heading_sections(line: str) -> list[str | None]:
    """The sections a heading line names: one, several (column headings side by side), or none.

    Returns [] for a line that is not a heading.
    """
    key = heading_key(line)
    known = headings()
    if not key:
        return []
    if key in known:
        return [known[key]]
    squashed = key.replace(" ", "")
    for name, section in known.items():
        if squashed == name.replace(" ", "") and len(key) > len(name):
            return [section]
    if len(key.split()) > 7:
        return []
    words = [_known_word(word) for word in key.split()]
    fixed = " ".join(words)
    if fixed in known:
        return [known[fixed]]
    # "Education and courses", "Experience and participated projects", "Licences &
    # tickets"; several words after "and" that end in no heading's word name an employer
    # or its unit ("EMPLOYMENT AND SOCIAL DEVELOPMENT CANADA", "SKILLS AND EMPLOYMENT
    # BRANCH").
    for end in range(len(words) - 1, 0, -1):
        head = " ".join(words[:end])
        if (
            head in known
            and words[end] == "and"
            and len(words) <= 6
            and (end == len(words) - 2 or words[-1] in _heading_words())
        ):
            return [known[head]]
    return _compound(words) or _by_last_word(line, words) or _by_first_word(line, words)


# A short heading ending in one of these names its section whatever precedes it
# ("Working experience", "Web Dev Positions", "IT Employment History").
_SECTION_TAILS = {
    "experience": "work",
    "positions": "work",
    "employment": "work",
    "history": "work",
    "education": "education",
}


def _by_last_word(line: str, words: list[str]) -> list[str | None]:
    text = line.strip().rstrip(":")
    headlike = text.isupper() or line.strip().endswith(":") or text.istitle()
    if (
        2 <= len(words) <= 4
        and words[-1] in _SECTION_TAILS
        and headlike
        and not re.search(r"\d", line)
    ):
        return [_SECTION_TAILS[words[-1]]]
    return []


# A short heading opening with one of these names its section whatever follows it
# ("Educational Attainment", "Education Details", "Educational Profile").
_SECTION_HEADS = {"education": "education", "educational": "education"}


def _by_first_word(line: str, words: list[str]) -> list[str | None]:
    text = line.strip().rstrip(":")
    headlike = text.isupper() or line.strip().endswith(":") or text.istitle()
    if (
        2 <= len(words) <= 3
        and words[0] in _SECTION_HEADS
        and headlike
        and not re.search(r"\d", line)
    ):
        return [_SECTION_HEADS[words[0]]]
    return []


def _compound(words: list[str]) -> list[str | None]:
    """["experience", "skills"] -> ["work", "skills"] when every word belongs to a heading."""
    known = headings()
    sections: list[str | None] = []
    start = 0
    while start < len(words):
        for end in range(len(words), start, -1):
            name = " ".join(words[start:end])
            if name in known:
                sections.append(known[name])
                start = end
                break
        else:
            return []
    return sections if len(sections) > 1 else []


def main_section(sections: list[str | None]) -> str | None:
    return min(sections, key=SECTION_PRIORITY.index)


def heading_section(line: str) -> tuple[bool, str | None]:
    """(is a known heading, JSON Resume section or 'summary' or None)."""
    sections = heading_sections(line)
    if not sections:
        return False, None
    return True, main_section(sections)


_NAME_GOES_ON = frozenset({"and", "&", "of", "for"})


def glued_heading(line: str) -> tuple[str | None, str, str] | None:
    """(section, heading, rest) for a heading glued to its text, else None.

    "EDUCATION Belarusian State University", "WORK Tanndu  Full Stack Developer",
    "Work experience 04/2022 - 07/2022": converted PDFs put a left-column heading
    on the same line as the text beside it. The heading must be in capitals, or be
    followed by a date, or be Education followed by a school or a degree
    ("Education Saint-Petersburg University of Economics 2008 - 2013").
    """
    spans = list(re.finditer(r"\S+", line))
    words = [span[0] for span in spans]
    caps = 0
    while caps < len(words) and re.fullmatch(r"[A-Z&/]{2,}:?|&", words[caps]):
        caps += 1
    for cut in range(min(len(words) - 1, 4), 0, -1):
        candidate = " ".join(words[:cut])
        # Where the first `cut` words end: no pattern built per line, which would be
        # compiled anew for most lines of every resume.
        rest = line[spans[cut - 1].end() :].strip()
        key = heading_key(candidate)
        if cut > caps and not rest[:1].isdigit() and not _names_school(key, rest):
            continue
        # "EMPLOYMENT AND SOCIAL DEVELOPMENT CANADA": a name goes on after "and" or "of";
        # the text a heading is glued to never opens with them.
        if rest.split(" ", 1)[0].lower() in _NAME_GOES_ON:
            continue
        if key in headings() and len(key) >= 4 and not heading_sections(rest):
            return headings()[key], candidate.rstrip(":"), rest
    return None


def _names_school(key: str, rest: str) -> bool:
    # Imported here: the parsing package imports this module.
    from resumeopt.importers.parsing.lexicon import degree_in, names_institution

    return (
        headings().get(key) == "education"
        and rest[:1].isupper()
        and bool(names_institution(rest) or degree_in(rest))
    )


# Mending heading lines before sections are split ------------------------------------

MAX_HEADING_PIECE_WORDS = 3


def unglue_heading(text: str) -> str:
    """The line with a space after a heading run into its text ("EXPERIENCESoftware
    Engineer" -> "EXPERIENCE Software Engineer", "EDUCATIONBSc ..." -> "EDUCATION BSc ...",
    "Skills:Python, Go" -> "Skills: Python, Go"); other lines unchanged. PDF
    converters drop the gap between a heading and the text set beside it."""
    stripped = text.lstrip()
    lead = text[: len(text) - len(stripped)]
    words = stripped.split(" ")
    for count in range(1, min(MAX_HEADING_PIECE_WORDS, len(words)) + 1):
        word = words[count - 1]
        # A heading's last word is a known one: a longer run of letters holds none (and
        # trying every cut of a 200 KB word took minutes).
        for cut in range(min(len(word) - 2, _longest_heading_word()), 1, -1):
            head, rest = word[:cut], word[cut:]
            if not _glued_at(head, rest):
                continue
            heading = " ".join([*words[: count - 1], head])
            key = heading_key(heading)
            if len(key) >= 4 and key in headings():
                rest = " ".join([rest.removeprefix(":"), *words[count:]])
                separator = ": " if word[cut] == ":" else " "
                return f"{lead}{heading}{separator}{rest}"
    return text


def _glued_at(head: str, rest: str) -> bool:
    """Whether a heading word `head` can end where `rest` begins: at a colon, or where the
    case changes (capitals, then a capitalised word or a number; lower case, then a capital)."""
    if not head.isalpha():
        return False
    if rest[0] == ":":
        return len(rest) > 1 and not rest[1].isspace()
    if head.isupper():
        return rest[0].isdigit() or (rest[0].isupper() and any(c.islower() for c in rest))
    return head[-1].islower() and (rest[0].isupper() or rest[0].isdigit())


_SPACED_WORD = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")
_SPACED_PIECE = re.compile(r"(?:[^\W\d_] )+[^\W\d_]")


def close_up_letters(text: str) -> str:
    """Letter-spaced words closed up: "D A T A  A N A L Y S T" -> "DATA ANALYST".

    Only where the words are set apart by wider gaps (two spaces or a tab) than the
    letters, so the word breaks are known; a line spaced out evenly is left to
    `heading_key`, which knows the heading words.
    """
    if not _SPACED_WORD.search(text):
        return text
    pieces = re.split(r"(\t|\s{2,})", text)
    if len(pieces) < 3:
        return text
    # A piece wholly spaced out is a word, however short ("J A N E  D O E"); the spaces
    # between two such words are a word's space ("M A R I A   G O N Z Á L E Z" is one name).
    spaced = [
        index % 2 == 0 and bool(_SPACED_PIECE.fullmatch(piece.strip()))
        for index, piece in enumerate(pieces)
    ]
    between = [
        index
        for index in range(1, len(pieces) - 1, 2)
        if spaced[index - 1] and spaced[index + 1] and "\t" not in pieces[index]
    ]
    # The narrowest of those gaps parts words; a wider one (or a tab) may part fields.
    narrowest = min((len(pieces[index]) for index in between), default=0)
    closed = []
    for index, piece in enumerate(pieces):
        if spaced[index]:
            closed.append(piece.replace(" ", ""))
        elif index in between and len(piece) == narrowest:
            closed.append(" ")
        else:
            closed.append(_SPACED_WORD.sub(lambda match: match[0].replace(" ", ""), piece))
    return "".join(closed)


def mend_heading_lines(lines: list) -> list:
    """Lines with headings made whole for the section splitter:

    - a heading glued to its text gets its space back (`unglue_heading`);
    - a heading split over two lines ("PROFESSIONAL" / "EXPERIENCE", "Employment" /
      "History") becomes one line;
    - words set letter-spaced ("D A T A  A N A L Y S T") are closed up;
    - a line after a gap that is exactly a known heading in lower case ("experience")
      is marked as a heading, as its type would have shown (a line wrapped from a
      sentence, "projects.", follows its sentence's line with no gap).

    Works on any objects with `text` and `heading` (the parser's `Line`); returns new ones.
    """
    mended = []
    index = 0
    while index < len(lines):
        line = lines[index]
        text = unglue_heading(close_up_letters(line.text))
        following = lines[index + 1] if index + 1 < len(lines) else None
        joined = _joined_heading(text, following.text if following is not None else "")
        if joined:
            mended.append(replace(line, text=joined, heading=line.heading or following.heading))
            index += 2
            continue
        if _lower_case_heading(text, after_gap=index == 0 or not lines[index - 1].text.strip()):
            mended.append(replace(line, text=text, heading=True))
        elif text != line.text:
            mended.append(replace(line, text=text))
        else:
            mended.append(line)
        index += 1
    return mended


def _lower_case_heading(text: str, *, after_gap: bool) -> bool:
    text = text.strip()
    if not after_gap or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){0,2}:?", text):
        return False
    return text.islower() and heading_key(text) in headings()


def _joined_heading(first: str, second: str) -> str | None:
    """'PROFESSIONAL EXPERIENCE' for the lines 'PROFESSIONAL' and 'EXPERIENCE', else None."""
    first, second = first.strip(), second.strip()
    if not first or not second or first.endswith(":"):
        return None
    pieces = (first, second)
    if any(
        len(piece.split()) > MAX_HEADING_PIECE_WORDS or re.search(r"\d", piece) for piece in pieces
    ):
        return None
    # Both pieces in the same case style: capitals, or each word capitalised.
    if not (all(piece.isupper() for piece in pieces) or all(piece.istitle() for piece in pieces)):
        return None
    joined = f"{first} {second}"
    key = heading_key(joined)
    if key not in headings():
        return None
    if heading_key(first) in headings() and headings()[heading_key(first)] != headings()[key]:
        return None  # two headings one under the other
    return joined
