"""Stage 2a: entry headers set in a narrow column beside their descriptions, taken apart.

A common two-column layout puts each job's employer, title and dates in a narrow
left column and its description to the right. Text copied out of such a PDF (or a
DOCX made from it) keeps no columns: each printed row becomes one line, the
header column's words first, then the description's words on the same row:

    Acme Corp      Developing a billing platform (Python,
    Senior Data    Django, Celery). Achievement: cut the
    Engineer       invoice run from 6 hours to 20 minutes
    JAN 2020 TO PRESENT  and moved reporting to the warehouse.

Read as it is, every line is neither a header nor a body. The rows are told by
the date range opening a line with body text after it (or a bare date row, or a
range wrapped over two rows); the rows above it (below it, when the dates top the
column) open with the header's pieces: a title ending in its head word, a name
before a duty or a sentence's first word, capitalised words before lower-case
text. Those pieces become the entry's header lines and the rest of each row its
body, in reading order. A header column on the right is read the same way from
the rows' ends ("... for the mobile app, Product Designer").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from resumeopt.dates import find_date_range
from resumeopt.importers.parsing.fields import TITLE_GOES_ON, is_duty
from resumeopt.importers.parsing.lexicon import (
    employer_score,
    read_location,
    role_score,
    title_score,
    vocabulary,
)
from resumeopt.importers.parsing.lines import Line
from resumeopt.importers.parsing.patterns import BULLET_RE, DURATION_RE

# A header column holds a few words per row: a company name, part of a title.
MAX_PIECE_WORDS = 4
MAX_HEADER_ROWS = 4  # employer, a title over two rows, a town
# Pieces of description beside a header's that show the layout is there (one is chance).
MIN_DESCRIPTION_PIECES = 3
# A label that opens the description ("Achievement:", "Stack:").
_LABEL = re.compile(r"[A-Z][\w-]*:")
# A line of the body led by its label ("Tech stack: ...", "Responsibilities: ...").
_LABELLED_LINE = re.compile(r"[A-Z][\w-]*(?: [a-z][\w-]*)?:\s")
# "Globex Manufacturing, Round Rock TX - operated lathes ...": a bullet after the piece.
_BULLET_BESIDE = re.compile(r"(\S+(?: \S+){0,5}) [•▪●◦‣■➢►–—-] (\S.*)")
# Small words inside a name or a title: "Johnson & Johnson", "Bank of Ireland", "Head of".
_INSIDE_NAMES = {"&", "of", "de", "du", "der", "di", "da", "del", "la", "le", "von", "van", "y"}
# Two spaces or more after a few words: the gap a converter kept between the columns.
_COLUMN_GAP = re.compile(rf"(\S+(?: \S+){{0,{MAX_PIECE_WORDS - 1}}})\s{{2,}}(\S.*)")


def side_headers_apart(lines: list[Line]) -> list[Line]:
    """The section's lines with each side-column header moved onto lines of its own.

    A date row and the rows right above it (or, with the dates on top of the
    column, right below it) that open with a header's piece are one entry's header
    column; a header column on the right is looked for when none is found on the
    left. Lines are returned unchanged unless such rows hold at least three pieces
    of description beside the header's, and either a date row has the description
    beside it or there are more such pieces than entries (the layout, not a chance
    split).
    """
    # A list item the format marked (a Word bullet, its mark not in the text) opens with its
    # mark, so it holds no side column's piece: it is read as a bulleted row is.
    texts = [f"• {line.text.strip()}" if line.bullet else line.text.strip() for line in lines]
    columns = _left_columns(texts)
    if not _is_side_column(columns):
        columns = _right_columns(texts)
        if not _is_side_column(columns):
            return lines
    result: list[Line] = []
    done = 0
    for column in columns:
        result.extend(lines[done : column.start])
        date_text, rest = column.date
        pieces = [Line(piece) for piece in whole_titles([left for left, _ in column.rows])]
        rights = [right for _, right in column.rows]
        if column.below:
            result += [Line(date_text), *pieces]
            paragraph = [rest, *rights]
        else:
            result += [*pieces, Line(date_text)]
            paragraph = [*rights, rest]
        # The description's rows are one paragraph wrapped beside the header: its body.
        body = " ".join(text for text in paragraph if text)
        if body:
            result.append(Line(body, bullet=True))
        done = column.stop
    result.extend(lines[done:])
    return result


def _is_side_column(columns: list[_Column]) -> bool:
    """Enough description beside the header pieces to be the layout, not a chance split."""
    beside = sum(
        bool(column.date[1]) + sum(bool(right) for _, right in column.rows) for column in columns
    )
    glued_dates = any(column.date[1] for column in columns)
    return beside >= MIN_DESCRIPTION_PIECES and (glued_dates or beside > len(columns))


def _left_columns(texts: list[str]) -> list[_Column]:
    """Header columns on the left: each row opens with the header's piece."""
    columns: list[_Column] = []
    done = 0
    for index, text in enumerate(texts):
        following = texts[index + 1] if index + 1 < len(texts) else ""
        if index < done or not (found := _date_then_body(text, following)):
            continue
        date_text, rest, date_rows = found
        after = index + date_rows
        above = _header_rows(texts, range(index - 1, done - 1, -1))
        if above:
            start, rows, below = index - len(above), above[::-1], False
            stop = after
        elif rows := _header_rows(texts, range(after, len(texts))):
            start, below, stop = index, True, after + len(rows)
        else:
            continue
        columns.append(_Column(start, stop, (date_text, rest), rows, below))
        done = stop
    return columns


def _right_columns(texts: list[str]) -> list[_Column]:
    """Header columns on the right: the description's row comes first on each line, and
    the header's piece ends it ("... for the mobile app, Product Designer")."""
    columns: list[_Column] = []
    done = 0
    for index, text in enumerate(texts):
        if index < done or not (found := _body_then_date(text)):
            continue
        above = _header_rows(texts, range(index - 1, done - 1, -1), split_header_suffix)
        if above:
            columns.append(_Column(index - len(above), index + 1, found, above[::-1], False))
        elif below := _header_rows(texts, range(index + 1, len(texts)), split_header_suffix):
            columns.append(_Column(index, index + 1 + len(below), found, below, below=True))
        else:
            continue
        done = columns[-1].stop
    return columns


@dataclass
class _Column:
    """One entry's rows: lines[start:stop], the date row's (range, description) and the
    other rows' (header piece, description) in reading order."""

    start: int
    stop: int
    date: tuple[str, str]
    rows: list[tuple[str, str]]
    below: bool  # the header's pieces are below its date row


def _date_then_body(text: str, following: str = "") -> tuple[str, str, int] | None:
    """('MAR 2019 TO MAR 2022', 'cut costs by 20%', 1) for a row opening with a full range.

    A range the narrow column wrapped ('Feb 2020 –' over 'present') takes its end from
    the next row: (range, the description beside both rows, 2).
    """
    if BULLET_RE.match(text):
        return None
    found = find_date_range(text)
    if not found or found.begin != 0:
        return None
    rows = 1
    rest = text[found.finish :]
    if not (found.end or found.current):
        dangling = re.match(r"\s*[–—-]\s*", rest)
        whole = find_date_range(f"{found.text} – {following}") if dangling else None
        if not whole or whole.begin != 0 or not (whole.end or whole.current):
            return None
        # The end date leads the next row; what follows it there is description too.
        end_length = whole.finish - len(found.text) - 3
        rest = f"{rest[dangling.end() :]} {following[end_length:]}"
        found, rows = whole, 2
    rest = rest.lstrip(" \t|–—-,").rstrip()
    if rest and not _reads_as_description(rest):
        return None  # "Jan 2019 - Present Senior Engineer, Acme": a header of its own
    return found.text, rest.strip(), rows


def _reads_as_description(text: str) -> bool:
    """Whether text beside a header piece is the description's, not more of the header.

    A description's row opens in lower case, with a duty, a label or a number cut
    from the row above, or breaks off mid-sentence (a comma, an unclosed bracket);
    a title, a duration, an employer or a place are the header's own.
    """
    words = text.split()
    if not words or DURATION_RE.fullmatch(text):
        return False
    first = words[0]
    if re.match(r"(?:at|@)\s+[A-Z]", text):
        return False  # "Web-developer at Acme LLC": the employer after the title
    if first[0].islower() or first[0].isdigit() or is_duty(text) or _LABEL.match(text):
        return True
    if role_score(text.split(",")[0]) >= 3:
        return False
    if text.count(")") > text.count("(") or text.endswith(","):
        return True
    return (
        len(words) >= 5
        and employer_score(text) == 0
        and title_score(text) == 0
        and not read_location(text)
    )


def split_header_piece(text: str) -> tuple[str, str] | None:
    """('Lead Software Developer', 'Rest Api, jQuery, ...') for a row that opens with a
    header column's piece, else None.

    The piece is a title ending in its head word, a name before a duty ("Acme Corp
    Developing ..."), a name before a label ("... Achievement: ...") or capitalised
    words before lower-case text ("Senior Software postgres, s3).").
    """
    if not text or BULLET_RE.match(text) or is_duty(text) or find_date_range(text):
        return None
    if _LABELLED_LINE.match(text):
        return None  # "Tech stack: Unity, C#": a labelled line of the body
    words = text.split()
    if len(words) <= MAX_PIECE_WORDS and not text.endswith((".", ",", ";")):
        return (text, "") if _names_or_titles(text) else None
    # Two spaces or more after a few words (the gap between the columns, kept), or the
    # description column's bullet: the piece ends there.
    gap = _COLUMN_GAP.match(text)
    if gap and _names_or_titles(gap[1]) and _reads_as_description(gap[2]):
        return gap[1], gap[2]
    bullet = _BULLET_BESIDE.match(text)
    if bullet and all(_capitalised(word) or word in _INSIDE_NAMES for word in bullet[1].split()):
        return bullet[1], bullet[2]
    heads = vocabulary()["title_heads"]
    longest = min(MAX_PIECE_WORDS, len(words) - 1)
    # A title ends at its head word, unless it goes on ("Head of Customer Success").
    cuts = [
        cut
        for cut in range(longest, 0, -1)
        if words[cut - 1].lower().strip(",.") in heads
        and words[cut].lower() not in TITLE_GOES_ON
        and _names_or_titles(" ".join(words[:cut]))
    ]
    # Else a name: capitalised words (and the small words inside names: "Johnson &
    # Johnson", "Bank of Ireland") up to a duty, a label, a sentence's first word or
    # lower-case text ("Acme Corp Responsible for ...", "Senior Software postgres, s3).").
    for cut in range(1, longest + 1):
        word = words[cut - 1]
        inside = cut > 1 and word.lower() in _INSIDE_NAMES
        if not (_capitalised(word) or inside) or _opens_sentence(words[0]):
            break  # "The application runs ...", "Make stable ...": a sentence of its own
        rest, following = " ".join(words[cut:]), words[cut]
        if inside or following.lower() in _INSIDE_NAMES:
            continue
        plain = not following[0].isalpha() or following[0].islower()
        if plain or _opens_sentence(following) or is_duty(rest) or _LABEL.match(rest):
            cuts.append(cut)
    for cut in cuts:
        piece, rest = " ".join(words[:cut]), " ".join(words[cut:])
        if _reads_as_description(rest):
            return piece, rest
    return None


def _body_then_date(text: str) -> tuple[str, str] | None:
    """('Jan 2017 – Feb 2020', 'on the accessibility audit.') for a row that ends with a
    full range after the description's words, else None."""
    found = find_date_range(text)
    if not found or not (found.end or found.current) or text[found.finish :].strip(" |)"):
        return None
    before = text[: found.begin].rstrip(" |(–—-,")
    # "Concentrix | Eastwood City, Quezon City | 2022 – Present": pipes part a header's
    # fields; a description's row has none.
    if not before or " | " in before or not _reads_as_description(before):
        return None  # "Senior Engineer, Acme  Jan 2019 – Present": a header line
    return found.text, before


def split_header_suffix(text: str) -> tuple[str, str] | None:
    """(header piece, description) for a row that ends with a right-hand column's piece:
    'the mobile app, Product Designer' -> ('Product Designer', 'the mobile app,').

    The piece is a title ending in its head word or a name, up to four capitalised
    words after a lower-case word or a punctuation mark; the row's piece alone (the
    description's row was empty) is the whole row.
    """
    if not text or BULLET_RE.match(text) or find_date_range(text):
        return None
    words = text.split()
    if len(words) <= MAX_PIECE_WORDS and not text.endswith((".", ",", ";", ":")):
        return (text, "") if _names_or_titles(text) else None
    for size in range(1, min(MAX_PIECE_WORDS, len(words) - 1) + 1):
        word, before = words[-size], words[-size - 1]
        if not (_capitalised(word) or word.lower() in vocabulary()["title_heads"]):
            return None
        # The piece starts after a lower-case word, a number or a mark that ends a phrase.
        boundary = before[0].islower() or before[0].isdigit() or before.endswith((",", ".", ";"))
        if boundary:
            piece, prose = " ".join(words[-size:]), " ".join(words[:-size])
            if _reads_as_description(prose) and not _reads_as_description(piece):
                return piece, prose
    return None


def _header_rows(
    texts: list[str],
    positions: range,
    split: Callable[[str], tuple[str, str] | None] = split_header_piece,
) -> list[tuple[str, str]]:
    """The (header piece, description) of the rows next to a date row, nearest first."""
    rows: list[tuple[str, str]] = []
    for position in positions:
        piece = split(texts[position])
        if not piece or len(rows) == MAX_HEADER_ROWS:
            break
        rows.append(piece)
    return rows


def whole_titles(pieces: list[str]) -> list[str]:
    """A title wrapped over two rows of the narrow column made whole again:
    ['Acme', 'Senior Software', 'Developer'] -> ['Acme', 'Senior Software Developer'].

    The row before a lone title ('Developer') is the title's start when it has a title's
    word, or when it is not the column's first row (the employer) nor a place.
    """
    heads = vocabulary()["title_heads"]
    whole: list[str] = []
    for piece in pieces:
        previous = whole[-1] if whole else ""
        starts_title = previous and (
            title_score(previous)
            or (len(whole) >= 2 and not employer_score(previous) and not read_location(previous))
        )
        ends_in_head = previous and previous.split()[-1].lower() in heads
        if starts_title and not ends_in_head and role_score(piece) >= 3:
            whole[-1] = f"{previous} {piece}"
        else:
            whole.append(piece)
    return whole


def _opens_sentence(word: str) -> bool:
    """'The', 'Responsible', 'Make' open a description; 'IT' in capitals is a name's."""
    return word.lower() in vocabulary()["description_openers"] and not word.isupper()


def _names_or_titles(piece: str) -> bool:
    """A name or a title opens with a capital; a title may be written in lower case."""
    return _capitalised(piece.split()[0]) or role_score(piece) >= 3


def _capitalised(word: str) -> bool:
    """'Acme', 'MTS', 'Runcall.ru', 'c#' (a language's name), '.Net' count as a name's words."""
    letters = word.lstrip(".#+")
    return bool(letters) and (letters[0].isupper() or letters[0].isdigit() or "#" in word)
