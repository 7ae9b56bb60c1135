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
the date range opening a line with body text after it; the one to three rows
above it open with the header's pieces (a title ending in its head word, a name
before a duty, capitalised words before lower-case text). Those pieces become the
entry's header lines and the rest of each row its body, in reading order.
"""

from __future__ import annotations

import re

from resumeopt.dates import find_date_range
from resumeopt.importers.parsing.fields import is_duty
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
MAX_HEADER_ROWS = 3
# Rows with a range then body text that show the layout is there (one could be chance).
MIN_SIDE_ROWS = 2
# A label that opens the description ("Achievement:", "Stack:").
_LABEL = re.compile(r"[A-Z][\w-]*:")


def side_headers_apart(lines: list[Line]) -> list[Line]:
    """The section's lines with each side-column header moved onto lines of its own.

    Lines are returned unchanged unless at least two rows open with a date range
    followed by body text (the layout above); only the rows right above such a
    date row (or a date row alone, once the layout is known) are split.
    """
    texts = [line.text.strip() for line in lines]
    dated = {index: _date_then_body(text) for index, text in enumerate(texts)}
    if sum(1 for found in dated.values() if found and found[1]) < MIN_SIDE_ROWS:
        return lines
    result: list[Line] = []
    done = 0
    for index, found in dated.items():
        if not found:
            continue
        rows = _header_rows(texts, index, done)
        if not rows:
            continue
        start = index - len(rows)
        result.extend(lines[done:start])
        date_text, rest = found
        result.extend(Line(piece) for piece in whole_titles([left for left, _ in rows]))
        result.append(Line(date_text))
        # The description's rows are one paragraph wrapped beside the header: its body.
        body = " ".join(text for text in [*(right for _, right in rows), rest] if text)
        if body:
            result.append(Line(body, bullet=True))
        done = index + 1
    result.extend(lines[done:])
    return result


def _date_then_body(text: str) -> tuple[str, str] | None:
    """('MAR 2019 TO MAR 2022', 'cut costs by 20%') for a row opening with a full range."""
    if BULLET_RE.match(text):
        return None
    found = find_date_range(text)
    if not found or found.begin != 0 or not (found.end or found.current):
        return None
    rest = text[found.finish :].lstrip(" \t|–—-,").rstrip()
    if rest and not _reads_as_description(rest):
        return None  # "Jan 2019 - Present Senior Engineer, Acme": a header of its own
    return found.text, rest


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


def _header_rows(texts: list[str], index: int, done: int) -> list[tuple[str, str]]:
    """The (header piece, description) of the rows right above a date row, top first."""
    rows: list[tuple[str, str]] = []
    position = index - 1
    while position >= done and len(rows) < MAX_HEADER_ROWS:
        split = split_header_piece(texts[position])
        if not split:
            break
        rows.insert(0, split)
        position -= 1
    return rows


def split_header_piece(text: str) -> tuple[str, str] | None:
    """('Lead Software Developer', 'Rest Api, jQuery, ...') for a row that opens with a
    header column's piece, else None.

    The piece is a title ending in its head word, a name before a duty ("Acme Corp
    Developing ..."), a name before a label ("... Achievement: ...") or capitalised
    words before lower-case text ("Senior Software postgres, s3).").
    """
    if not text or BULLET_RE.match(text) or is_duty(text) or find_date_range(text):
        return None
    words = text.split()
    if not _capitalised(words[0]):
        return None
    if len(words) <= MAX_PIECE_WORDS and not text.endswith((".", ",", ";")):
        return text, ""  # the description's row was empty
    heads = vocabulary()["title_heads"]
    longest = min(MAX_PIECE_WORDS, len(words) - 1)
    cuts = [cut for cut in range(longest, 0, -1) if words[cut - 1].lower().strip(",.") in heads]
    # Else a name: capitalised words up to a duty, a label, or lower-case text.
    for cut in range(1, longest + 1):
        if not all(_capitalised(word) for word in words[:cut]):
            break
        rest = " ".join(words[cut:])
        opening = words[cut][0]
        if is_duty(rest) or _LABEL.match(rest) or opening.islower() or not opening.isalpha():
            cuts.append(cut)
    for cut in cuts:
        piece, rest = " ".join(words[:cut]), " ".join(words[cut:])
        if _reads_as_description(rest):
            return piece, rest
    return None


def whole_titles(pieces: list[str]) -> list[str]:
    """A title wrapped over two rows of the narrow column made whole again:
    ['Acme', 'Senior Software', 'Developer'] -> ['Acme', 'Senior Software Developer']."""
    heads = vocabulary()["title_heads"]
    whole: list[str] = []
    for piece in pieces:
        previous = whole[-1] if whole else ""
        ends_in_head = previous and previous.split()[-1].lower() in heads
        if previous and title_score(previous) and not ends_in_head and role_score(piece) >= 3:
            whole[-1] = f"{previous} {piece}"
        else:
            whole.append(piece)
    return whole


def _pieces(words: list[str], cut: int) -> tuple[str, str] | None:
    piece, rest = " ".join(words[:cut]), " ".join(words[cut:])
    return (piece, rest) if _reads_as_description(rest) else None


def _capitalised(word: str) -> bool:
    """'Acme', 'MTS', 'Runcall.ru', 'c#' (a language's name), '.Net' count as a name's words."""
    letters = word.lstrip(".#+")
    return bool(letters) and (letters[0].isupper() or letters[0].isdigit() or "#" in word)
