"""Stage 0a: columns flattened into rows of single-spaced pieces, under a row of their headings.

A page set in three columns (contact and skills | experience | education), copied
out of a PDF or turned into Word by a converter, keeps neither columns nor gaps: each
printed row becomes one line, the columns' pieces joined by one space, and the columns'
headings share the first row:

    CONTACT WORK EXPERIENCE EDUCATION
    Houston, TX 77030 Staff Nurse, Cardiac ICU BSN, Nursing
    (713) 555-0148 Houston Methodist Hospital University of Texas
    amara.okbell@gmail.com Jun 2019 - Present Health Science Center

The row of headings names the columns and their order. Each row under it is cut into one
piece per column (a column may have none on a row) by the reading that fits best: a piece
is never cut inside (a date range, an e-mail, a phone, a bracket), it reads as what its
column holds (a title, an employer or dates under Experience; a degree, a school or dates
under Education; a contact detail or a short item in a sidebar; sentences in a profile), a
heading in a column says what the column holds from there ("SKILLS", "CERTIFICATIONS"), and
a piece that opens in lower case goes on with what its column left open on the row above.
The columns are then read one after the other, each under its heading. The rows end at a
line that is a heading alone. Two columns side by side are the sidebar stage's
(`sidebar.py`), which knows a sidebar's items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations_with_replacement

from resumeopt.dates import DateRange, find_date_range
from resumeopt.importers.headings import heading_key, heading_sections, headings
from resumeopt.importers.parsing.certificates import looks_like_certificate
from resumeopt.importers.parsing.lexicon import (
    company_goes_on,
    degree_in,
    degree_pattern,
    employer_score,
    names_institution,
    read_location,
    role_score,
    title_score,
    vocabulary,
)
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.patterns import EMAIL_RE, PHONE_RE, URL_RE
from resumeopt.importers.parsing.sidebar import is_sidebar_item, names_skill

# Columns a row of headings names (two are read by `sidebar.py`).
COLUMNS = 3
# A row holds a few words per column; longer lines are not such rows.
MAX_ROW_WORDS = 24
# Rows cut into pieces of two columns or more that show the layout is there.
MIN_SPLIT_ROWS = 3
# Sections whose column holds short items, not entries.
SIDE_KINDS = {"contact", "skills", "languages", "certificates", "interests", "awards", None}
ENTRY_KINDS = {"work", "volunteer", "education", "projects"}
PROSE_KINDS = {"summary"}
_JOB_KINDS = {"work", "volunteer", "projects"}
_CLOSED = (".", "!", "?")
_BRACKET = re.compile(r"\([^()]*\)")
_JOINS = {"&", "AND", "/", "+", "-", "–"}
_SMALL_WORDS = {
    *("of", "and", "in", "at", "for", "the", "a", "to", "with", "on", "by", "from", "&"),
    *("de", "da", "do", "del", "di", "du", "des", "und", "für", "y", "e", "et"),
}
# The widest a column's piece is, as a share of the widest row, and what each character
# beyond costs; a column's own widest pieces say more once it has a few.
PAGE_SHARE = 0.55
WIDTH_PENALTY = 0.15
LEARNED_AFTER = 3


def flat_columns_apart(lines: list[Line], columns: int = COLUMNS) -> list[Line]:
    """The lines with each flattened column under its heading, one column after the other;
    unchanged where no row of headings opens such columns.

    Two columns are read here only where the sidebar stage left the page as it was, and
    only under a row whose two headings a gap parts ("EXPERIENCE      SKILLS"): one space
    between two headings is more often one heading ("EXPERIENCE SUMMARY")."""
    texts = [line.text.strip() for line in lines]
    for index, text in enumerate(texts):
        headings = _headings_row(text, columns)
        if not headings:
            continue
        end = index + 1
        while end < len(texts) and not _lone_heading(texts[end]):
            end += 1
        rows = [text for text in texts[index + 1 : end] if text]
        read = _read_columns(headings, rows, gapped=columns < COLUMNS)
        if read is None:
            continue
        result = list(lines[:index])
        for heading, pieces in zip(headings, read, strict=True):
            result.append(replace(lines[index], text=heading))
            result.extend(Line(piece) for piece in pieces)
            result.append(Line(""))
        return result + flat_columns_apart(lines[end:], columns)
    return lines


def _headings_row(text: str, columns: int = COLUMNS) -> list[str] | None:
    """The headings of a row naming three sections side by side, in their order
    ("PROFESSIONAL SUMMARY EDUCATION RELEVANT EXPERIENCE"), or None; two sections where a
    gap parts them."""
    words = text.split()
    if not 2 <= len(words) <= 8 or not text.isupper() or re.search(r"[\d@|:•·]", text):
        return None
    if columns < COLUMNS:
        parts = re.split(r"\s{3,}|\t", text)
        if len(parts) != columns:
            return None
        words = [" ".join(part.split()) for part in parts]
    known = headings()
    found: list[tuple[int, list[str]]] = []
    for cuts in _cut_choices(len(words), columns):
        bounds = zip((0, *cuts), (*cuts, len(words)), strict=True)
        pieces = [" ".join(words[a:b]) for a, b in bounds]
        if any(piece.split()[0] in _JOINS or piece.split()[-1] in _JOINS for piece in pieces):
            continue  # "EDUCATION & CERTIFICATIONS" is one heading
        sections = [heading_sections(piece) for piece in pieces]
        if all(len(named) == 1 and named[0] for named in sections):
            kinds = [named[0] for named in sections]
            if len(set(kinds)) == len(kinds) and set(kinds) & ENTRY_KINDS:
                # "ABOUT ME EDUCATION ...": headings written out whole read first.
                exact = sum(heading_key(piece) in known for piece in pieces)
                found.append((exact, pieces))
    return max(found, key=lambda item: item[0])[1] if found else None


def _cut_choices(size: int, count: int) -> list[tuple[int, ...]]:
    """Every way to cut `size` words into `count` non-empty runs (the cut positions)."""
    return [
        cuts
        for cuts in combinations_with_replacement(range(1, size), count - 1)
        if len(set(cuts)) == len(cuts)
    ]


def _lone_heading(text: str) -> bool:
    """A line that is a heading alone ends the rows: the page goes on in one column."""
    return bool(text) and len(text.split()) <= 4 and bool(_heading_kind(text))


def _heading_kind(text: str) -> str | None:
    """The section a piece written as a heading names ("LICENSES", "SKILLS"), or None."""
    if not text.isupper() or len(text.split()) > 4 or re.search(r"[\d@,.()]", text):
        return None
    found = heading_sections(text)
    return found[0] if len(found) == 1 and found[0] else None


@dataclass
class _Column:
    kind: str | None
    pieces: list[str]

    @property
    def last(self) -> str:
        return self.pieces[-1] if self.pieces else ""

    def width(self, page: float) -> float:
        """The widest a piece of this column is likely to be: a little more than its widest
        so far once it has a few, else a share of the page."""
        if len(self.pieces) < LEARNED_AFTER:
            return page
        return min(page, max(len(piece) for piece in self.pieces) * 1.25 + 3)


def _read_columns(
    headings: list[str], rows: list[str], *, gapped: bool = False
) -> list[list[str]] | None:
    """Each column's pieces, row by row; None unless enough rows hold several columns.
    `gapped`: the page kept its gaps, and a row cut by one gap per column is cut there."""
    columns = [_Column(heading_sections(heading)[0], []) for heading in headings]
    # A column holds a share of the page's widest row (its widest pieces a little more).
    page = max(len(row) for row in rows) * PAGE_SHARE if rows else 0
    split_rows = 0
    for row in rows:
        words = row.split()
        if len(words) > MAX_ROW_WORDS:
            return None
        widths = tuple(column.width(page) for column in columns)
        states = tuple((column.kind, column.last) for column in columns)
        chunks = [" ".join(chunk.split()) for chunk in re.split(r"\s{3,}|\t", row.strip())]
        if gapped and len(chunks) == len(columns):
            pieces = chunks
        elif gapped and len(chunks) == 1:
            # No gap on the row: it is one column's, whole ("Galway  |  2011 - 2015").
            pieces = _best_cut(words, states, widths, whole=True)
        else:
            pieces = _best_cut(words, states, widths)
        split_rows += sum(bool(piece) for piece in pieces) >= 2
        for column, piece in zip(columns, pieces, strict=True):
            if piece:
                column.pieces.append(piece)
                column.kind = _heading_kind(piece) or column.kind
    if split_rows < MIN_SPLIT_ROWS:
        return None
    return [column.pieces for column in columns]


def _best_cut(
    words: list[str],
    states: tuple[tuple[str | None, str], ...],
    widths: tuple[float, ...],
    *,
    whole: bool = False,
) -> list[str]:
    """The row's piece for each column, by the best-fitting cut of its words (`whole`: the
    row goes to one column uncut)."""
    allowed = [0, len(words)] if whole else _allowed_cuts(words)
    best: tuple[float, list[str]] | None = None
    for cuts in combinations_with_replacement(allowed, len(states) - 1):
        bounds = list(zip((0, *cuts), (*cuts, len(words)), strict=True))
        pieces = [" ".join(words[a:b]) for a, b in bounds]
        score = sum(
            _piece_score(piece, kind, last) - WIDTH_PENALTY * max(0, len(piece) - width)
            for piece, (kind, last), width in zip(pieces, states, widths, strict=True)
        )
        # "University | of Leeds": a name's head word goes on with its "of".
        score -= 1.5 * sum(0 < cut < len(words) and _head_then_of(words, cut) for cut in cuts)
        # "South | Africa", "Power | BI": a country's or a skill's two words stay together.
        score -= 1.5 * sum(0 < cut < len(words) and _phrase_across(words, cut) for cut in cuts)
        # "DHL | Supply Chain", "Capitec Bank | Holdings": a brand's name goes on, unless the
        # next column has a phrase left open above ("BSc Logistics and" / "Supply Chain").
        score -= 1.5 * sum(
            0 < cut < len(words)
            and company_goes_on(
                words[max(0, cut - 2) : cut],
                words[cut : cut + 2],
                open_after=_left_open(states[index + 1][1]),
            )
            for index, cut in enumerate(cuts)
        )
        if best is None or score > best[0]:
            best = (score, pieces)
    return best[1] if best else [" ".join(words), *[""] * (len(states) - 1)]


def _allowed_cuts(words: list[str]) -> list[int]:
    """Word positions a column may begin at: never inside a date range, an e-mail, a phone
    number, a link, a degree's name or a bracket, nor right before a bracket ("Texas (Compact)")."""
    text = " ".join(words)
    starts, position = [], 0
    for word in words:
        starts.append(position)
        position += len(word) + 1
    inside: set[int] = set()
    spans = [(found.begin, found.finish) for found in _date_ranges(text)]
    for pattern in (EMAIL_RE, PHONE_RE, URL_RE, _BRACKET, degree_pattern()):
        spans += [found.span() for found in pattern.finditer(text)]
    for begin, finish in spans:
        inside.update(range(begin + 1, finish))
    phones = {found.start() for found in PHONE_RE.finditer(text)}
    return [
        0,
        *(
            index
            for index in range(1, len(words))
            if starts[index] not in inside
            and not (words[index].startswith("(") and starts[index] not in phones)
        ),
        len(words),
    ]


def _date_ranges(text: str) -> list[DateRange]:
    """Every date or range in the text, where each sits."""
    found, offset = [], 0
    while (date := find_date_range(text[offset:])) is not None:
        found.append(replace(date, begin=date.begin + offset, finish=date.finish + offset))
        offset += date.finish
    return found


@lru_cache(maxsize=4096)
def _piece_score(piece: str, kind: str | None, last: str) -> float:
    """How well a piece reads as the next of its column after `last` (0 for none)."""
    if not piece:
        if not last:
            return -1.0  # a column opens on the row under its heading
        return -1.5 if _left_open(last) else 0.0
    score = -1.0  # each piece must earn its cut
    if _heading_kind(piece):
        return score + 3
    date = find_date_range(piece)
    after = piece[date.finish :].strip(" .") if date else ""
    if date and date.begin == 0 and (not after or after.islower()):
        # "March 2021 - present day": dates alone on a row of their column.
        if kind in ENTRY_KINDS or kind == "certificates":
            score += 3 if date.end or date.current or not piece.isdigit() else 1
        if find_date_range(last):
            score -= 3  # dates never follow dates in one column
        return score - (1.5 if _left_open(last) else 0)
    if date and date.text != piece:
        score -= 1
    contact = EMAIL_RE.fullmatch(piece) or PHONE_RE.fullmatch(piece) or URL_RE.fullmatch(piece)
    if contact:
        return score + (3 if kind in SIDE_KINDS else -2)
    if not piece[0].isalnum() and not piece.startswith(("(", "+", "•", "-", "–", "*")):
        score -= 2  # "/ 5S": a column never opens on punctuation
    if piece.endswith(","):
        score -= 1  # a list or a name goes on after its comma
    if piece.split()[-1].lower() in _SMALL_WORDS and kind not in PROSE_KINDS:
        score -= 0.3  # "Master degree of": a name left open, unless the column's text wraps
    first = piece.split()[0]
    open_above = bool(last) and not last.endswith(_CLOSED) and not _heading_kind(last)
    open_above = open_above and not find_date_range(last)
    if piece[0].islower():
        # A sentence goes on ("post-op care" / "after CABG and valve"); a name only by a
        # small word and names ("University of Texas" / "Health Science Center" / "at Houston").
        if not open_above or last.endswith(")"):
            return score - 3
        if kind in PROSE_KINDS or not (_names(last) or last.split()[-1][:1].isupper()):
            return score + 2
        tail = all(word in _SMALL_WORDS or word[:1].isupper() for word in piece.split())
        return score + (1 if first in _SMALL_WORDS and tail else -3)
    if piece[0].isdigit():
        # "24-bed CVICU; post-op care", "140 staff.": a sentence's, or an open one's next words.
        if open_above and not last.split()[-1][:1].isupper():
            return score + 2
        described = kind in _JOB_KINDS and (find_date_range(last) or _prose(last))
        return score + (0.5 if described else 0)
    if _two_names(piece):
        score -= 1.5
    if kind in _JOB_KINDS:
        # A job's header piece is its title or its employer, not both; a sentence is neither.
        if not _prose(piece) and ";" not in piece:
            score += max(min(role_score(piece), 3), min(employer_score(piece), 2))
        if role_score(piece) > 0 and not _prose(piece):
            score += min(title_score(piece), 4) / 4  # "Senior Test Engineer" whole
        score += 1 if read_location(piece) else 0
        if last and role_score(last) >= 2 and not role_score(piece):
            score += 1  # "Patient Care Technician" / "Memorial Hermann": the employer follows
        if degree_in(piece):
            score -= 2  # a degree is the education column's
        score -= 0.25 * _words_before_title(piece)
        if not last:
            score += 1  # the column opens on a job's title or employer
        if _name_after_words(piece):
            score -= 1  # "Forklift trainer XPO Logistics": an item, then an employer
        if _prose(piece) and (find_date_range(last) or _prose(last)):
            score += 0.5  # a job's description under its dates
    elif kind == "education":
        degree = degree_in(piece)
        score += 2 if degree and degree.start() == 0 else 0
        score += 2 if names_institution(piece) else 0
    elif kind in PROSE_KINDS:
        score += 0.5
    elif kind in SIDE_KINDS:
        score += 2 if is_sidebar_item(piece) or read_location(piece) else 0
        score += 2 if kind == "certificates" and looks_like_certificate(piece) else 0
        score += 0.5 if len(piece.split()) <= 3 and not piece.endswith(_CLOSED) else 0
        score -= 0.5 if _prose(piece) else 0  # a sidebar lists items, not sentences
        # "CRRT", "BLS, ACLS, CCRN": skills and licences are written in capitals.
        score += 0.5 if all(word.strip(",").isupper() for word in piece.split()) else 0
    if open_above:
        # A name or a sentence its column left open goes on ("Master degree of Computer" /
        # "Information Systems"), and must where it broke off ("BSc Logistics and").
        score += 1.5 if _left_open(last) else 0.25
    elif _left_open(last):
        score -= 1.5
    return score


def _name_after_words(piece: str) -> bool:
    """'Forklift trainer XPO Logistics': words in lower case, then an employer's name."""
    words = piece.split()
    return any(
        words[index - 1].isalpha()
        and words[index - 1].islower()
        and words[index - 1] not in _SMALL_WORDS
        and words[index][:1].isupper()
        and employer_score(" ".join(words[index:])) > 0
        for index in range(1, len(words))
    )


def _names(text: str) -> bool:
    """'Bachelor of Technology in', 'Health Science Center': capitalised words and small
    ones, a name (its next words are a name's too), not a sentence."""
    words = [word for word in text.split() if word.lower() not in _SMALL_WORDS]
    return bool(words) and all(word[:1].isupper() or word[:1] == "(" for word in words)


def _words_before_title(piece: str) -> int:
    """'Science Senior Test Engineer': words before a title's first word, the end of
    another column's name."""
    if role_score(piece) < 2:
        return 0
    known = vocabulary()["title_words"]
    words = [word.lower().strip(",.()") for word in piece.split()]
    first = next((index for index, word in enumerate(words) if word in known), 0)
    if sum(word in known for word in words[first:]) < 2:
        return 0  # "Data Engineer", "Travel Nurse": a title's own words
    return sum(word not in _SMALL_WORDS for word in words[:first])


def _phrase_across(words: list[str], cut: int) -> bool:
    """Do the words on both sides of the cut name one place or one skill together?"""
    pair = f"{words[cut - 1].strip(',;')} {words[cut].strip(',;')}"
    if words[cut - 1].endswith((",", ";")):
        return False  # "Excel, | Power BI": the comma ends the item
    return bool(names_skill(pair) or (read_location(pair) or {}).get("countryCode"))


def _head_then_of(words: list[str], cut: int) -> bool:
    """Does the cut fall between a name's head word and its "of" ("University | of Leeds")?"""
    if words[cut] not in ("of", "de", "di", "du", "des", "do", "da", "for"):
        return False
    head = words[cut - 1].lower().strip(",.()")
    return names_institution(head) or head in vocabulary()["organisation_words"]


def _prose(text: str) -> bool:
    """'Kept the reporting stack': a sentence's words, mostly in lower case."""
    words = text.split()
    return len(words) >= 3 and sum(word[:1].islower() for word in words) * 2 >= len(words)


def _left_open(text: str) -> bool:
    """A piece broken off where its words must go on: after a small word or a comma."""
    words = text.split()
    return bool(words) and (words[-1].lower() in _SMALL_WORDS or text.endswith((",", "-", "/")))


def _two_names(piece: str) -> bool:
    """'Houston Methodist Hospital University of Texas', 'Ural State University SKB Kontur':
    a name's head word with another name after it, two columns' names on one row ("Imperial
    College London" ends on its town)."""
    words = vocabulary()
    heads = (words["organisation_words"] | words["institution_words"]) - words["company_suffixes"]
    tokens = piece.split()
    for index, token in enumerate(tokens[:-1]):
        rest = " ".join(tokens[index + 1 :])
        head = token.lower().strip(",.()")
        if (
            (head in heads or names_institution(head))
            and rest[:1].isupper()
            and not read_location(rest)
        ):
            return True
    return False
