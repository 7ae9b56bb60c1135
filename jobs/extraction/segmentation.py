"""A posting split into clauses, whatever its line breaks, each with its role.

Pasted postings arrive with their lines kept, or as one paragraph (copied from
a page, a CSV cell, an applicant tracking system's export). Both read the same
way: lines, then sentences (". ", "; ", bullet glyphs), then inline headings
("Minimum Required Skills:", "Nice to have", "What You Need for this Position")
that start a new part in mid-paragraph. Each clause is classified once
(`roles.clause_role`), from its own words and the part it sits in.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from jobs.extraction import roles
from jobs.taxonomy import taxonomy

BULLETS = "-•*·▪◦‣●■►➢✓✔★–"
# Sentence ends: ". " / "! " / "? " before a capital, digit, bullet or quote, and "; " before
# anything. The match takes the stop with it (a pattern that opens on a character class is
# scanned for in C; one that opens on a look-behind or an alternation is tried at every
# position): the cut is one past it.
SENTENCE_END_RE = re.compile(r"[.!?;](?:\s+(?=[A-Z0-9$€£\"“(•▪◦‣●■►➢✓✔★*-])|(?<=;)\s+)")
# A lone "o" is a bullet too, as a word processor's second-level list pastes it. Each match
# opens on a glyph or on white space: the pattern opens on that class, which the regex engine
# scans for in C, and then reads as `\s*[•...]\s*|\s+[-*–o]\s+(?=[A-Z])|\s+·\s+(?=...)`
# would at the same place (that one was tried at every position of a line).
BULLET_RE = re.compile(
    r"[\s•▪◦‣●■►➢✓✔★](?:(?<=[•▪◦‣●■►➢✓✔★])\s*|(?<=\s)\s*[•▪◦‣●■►➢✓✔★]\s*"
    r"|(?<=\s)\s*[-*–o]\s+(?=[A-Z])|(?<=\s)\s*·\s+(?=[A-Z][a-z]+\s+[a-z]))"
)
# A row's level at its end, run into the next row: "... related field Required Experience 2 years".
# Not the level that opens a heading run into the text ("... audiences Preferred Qualifications
# • Epic Clarity", "Required Qualifications"): a heading of a posting pasted as one paragraph
# ("Preferred Skills" may end a row of a table before its next row, "Skills Microsoft Excel").
TABLE_ROW_END_RE = re.compile(
    r"(?<=[\w)])\s+(?:\|\s*)?(?:[Rr]equired|[Pp]referred)"
    r"(?=\s+[A-Z0-9])(?!\s+(?i:qualifications|requirements)\b)"
)
# A run-on sentence this long (in words) may be lines that lost their breaks.
RUN_ON_WORDS = 16
# ... or an acronym before a capitalised word ("a generalist HR role CIPD Level 5 qualified").
RUN_ON_BREAK_RE = re.compile(
    r"(?<![\w&'’.-])[a-z][\w'’-]*\)?\s+(?=[A-Z][a-z]+,?\s+[a-z]|[A-Z]{2,}[\w-]*\s+[A-Z][a-z])"
)
# A preference cue that ends an item, run into the next item's capital ("Hindi is a plus Must
# own a two-wheeler", "OSHA 30 certification is a plus Proficient in Microsoft Office"): lines
# that lost their breaks, whatever the sentence's length. Lower-case only ("Preferred Skills" is
# a heading), and not the adjective after a determiner ("a preferred Microsoft partner"). The
# next item may open on its bullet and on its years ("... preferred - 2 years of help desk").
PREFERENCE_END_RE = re.compile(
    r"(?<=\w)(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bour)(?<!\bmost)\s+"
    r"(?:(?:is|are|would be|will be)\s+)?(?:(?:a|an)\s+(?:big\s+|strong\s+|huge\s+|added\s+)?"
    r"(?:plus|bonus|advantage|asset)|preferred|desired|desirable|beneficial|helpful)"
    r"(?=\s+(?:[-–•]\s+)?(?:[A-Z][a-z]|\d))"
)
# The company speaking again after a list item that lost its stop ("... CI/CD pipelines (Jenkins)
# We offer competitive pay"): a new sentence, whatever the line's length. Case-sensitive.
COMPANY_SPEAKS_RE = re.compile(
    r"(?:We|Our)\s+(?:offer|provide|are|have|also|will|believe|value|welcome|would|can|look|"
    r"pay)\b"
)
# Each of them holds one of these (a test of each is quicker than a search for them all).
PREFERENCE_END_WORDS = (
    "plus",
    "bonus",
    "advantage",
    "asset",
    "prefer",
    "desir",
    "benefic",
    "helpful",
)
# Words that end in a full stop without ending the sentence.
ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "vs",
        "sr",
        "jr",
        "inc",
        "ltd",
        # "Lion City Trading Pte. Ltd.", "Medwell Formulations Pvt. Ltd.": legal forms of
        # Singapore, India and Australia, written before "Ltd."
        "pte",
        "pvt",
        "pty",
        "co",
        "corp",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "no",
        "approx",
        "incl",
        "min",
        "max",
        "esp",
        "dept",
        "u.s",
        "b.s",
        "m.s",
        "b.a",
        "m.a",
        "ph.d",
        "b.sc",
        "m.sc",
    ]
)
ABBREVIATION_RE = re.compile(r"([\w.]+)[.!?;]$")
ABBREVIATION_TAIL = 16  # characters; longer than any abbreviation with its stops
INITIAL_RE = re.compile(r"\b[A-Z][a-z]+\s+[A-Z]\.$")
# The glyphs BULLET_RE takes for bullets, and the other bullets it reads: a dash, a star, a
# middle dot or a lone "o" between two white spaces (opening on their class, the pattern is
# scanned for in C). Most lines have neither.
GLYPH_RE = re.compile(r"[•▪◦‣●■►➢✓✔★]")
DASH_BULLET_HINT_RE = re.compile(r"[-*–·](?<=\s.)(?=\s)")
LONE_O_RE = re.compile(r"o(?<=\so)(?=\s)")  # opening on a letter, it is found by a quick scan
SPACES_RE = re.compile(r"\s*")
# What BULLET_RE's matches hold after their white space: a glyph, or a dash, a star, a middle
# dot or an "o" between white spaces.
BULLET_MARK_RE = re.compile(r"[•▪◦‣●■►➢✓✔★*–·o-](?:(?<=[•▪◦‣●■►➢✓✔★])|(?<=\s.)(?=\s))")
HEADING_COLON_RE = re.compile(r"(?P<head>(?:[A-Za-z&'’,/()-]+\s+){0,6}[A-Za-z&'’/()-]+)\s*:\s*")
# Every character `\s` matches (all of them are below U+3001), for str.strip.
WHITESPACE = "".join(char for char in map(chr, range(0x3001)) if char.isspace())
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# What a match of HEADING_COLON_RE is made of before its colon: its head's characters and
# white space.
HEAD_RUN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz&'’,/()-" + WHITESPACE
LINE_HEADING_PATTERNS: tuple[re.Pattern, ...] = ()
# A heading of no known kind that names the company starts its blurb.
ABOUT_HEADING_RE = re.compile(r"\b(?:about|company|who we are)\b", re.IGNORECASE)
# What follows an inline heading that starts a part: a capital, a digit, a bullet.
PART_START_RE = re.compile(r"\s+(?:[A-Z0-9•\-*($£€]|o\s)")
# HTML as pasted from a page's source or an applicant tracking system's export.
MARKUP_RE = re.compile(
    r"<(?P<close>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9]{0,9})\b[^<>]{0,300}?/?>|<!--.*?-->"
    r"|&(?:#\d{1,6}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});",
    re.DOTALL,
)
HAS_MARKUP_RE = re.compile(
    r"</(?:p|div|li|ul|ol|h[1-6]|span|strong|b|em|i|td|tr|section)>|<(?:br|hr)\s*/?>", re.I
)
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "hr",
        "dt",
        "dd",
        "blockquote",
        "pre",
    ]
)


@dataclass(slots=True)  # dozens a posting, each read many times
class Clause:
    text: str
    start: int  # offset in the posting
    role: str
    heading: bool = False
    line: int = 0  # index of the posting line it came from
    line_start: bool = False  # the clause opens its line (a bullet, a heading, a first sentence)
    section: str = ""  # the role of the part the clause sits in ("intro" before any heading)
    whole_line: bool = False  # a heading that is its whole line ("Requirements", "ABOUT US:")

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def without_markup(text: str) -> tuple[str, list[int] | None]:
    """The text with HTML tags taken out and entities decoded, and where each of its
    characters stood in the paste (None when the text has no markup).

    A block tag becomes a line break (an item a bullet on a new line), an inline tag
    nothing, an entity its character. Text with no closing tags is left as it is
    ("R&D;", "<5 years" are not markup).
    """
    if "<" not in text or not HAS_MARKUP_RE.search(text):
        return text, None
    parts: list[str] = []
    positions: list[int] = []
    position = 0
    for found in MARKUP_RE.finditer(text):
        parts.append(text[position : found.start()])
        positions.extend(range(position, found.start()))
        tag = (found["tag"] or "").lower()
        if tag in BLOCK_TAGS:
            piece = "\n• " if tag == "li" and not found["close"] else "\n"
        elif tag or found.group().startswith("<!--"):
            piece = ""
        else:
            piece = html.unescape(found.group()).replace("\xa0", " ")
        parts.append(piece)
        positions.extend([found.start()] * len(piece))
        position = found.end()
    parts.append(text[position:])
    positions.extend(range(position, len(text) + 1))
    return "".join(parts), positions


def segment(text: str) -> list[Clause]:
    """The posting's clauses in order, each with its role."""
    pieces: list[Clause] = []
    offset = 0
    # Where legal sentences open ("All qualified applicants ...", "Acme is committed to ..."),
    # in the posting's offsets: the clauses that start there are legal text.
    legal_starts: set[int] = set()
    legal_hints = roles.legal_opener_hints(text)
    # ... and where the company speaks of itself run into an item ("... Lexis Verity Foods offers
    # a competitive salary"): the clauses that start there ask nothing.
    company_starts: set[int] = set()
    company_hints = roles.hint_positions(text, roles.COMPANY_SPEAKS_HINTS)
    for number, raw in enumerate(text.splitlines(keepends=True)):
        line = raw.rstrip("\r\n")
        if line.strip():
            heading = line_heading(line)
            if heading is not None:
                pieces.append(Clause(line, offset, heading, True, number, True, whole_line=True))
            else:
                run_ins: list[int] = []
                if legal_hints and _any_within(legal_hints, offset, offset + len(line)):
                    run_ins, openers = _legal_run_ins(line, text)
                    legal_starts.update(offset + at for at in (*run_ins, *openers))
                if company_hints and _any_within(company_hints, offset, offset + len(line)):
                    speaks = _company_run_ins(line, text)
                    company_starts.update(offset + at for at in speaks)
                    run_ins = [*run_ins, *speaks]
                first = True
                for start, piece in _run_on_items(_sentences(line, run_ins)):
                    for clause in _inline_headings(piece, offset + start, number):
                        clause.line_start = first
                        first = False
                        pieces.append(clause)
        offset += len(raw)
    return _assign_roles(pieces, text, legal_starts, company_starts)


def _any_within(positions: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted positions is in [start, end)."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def line_heading(line: str) -> str | None:
    """The role a line that is a heading starts ("Requirements", "WHAT YOU'LL DO:"), else None.

    A short line ending in a colon, marked as a heading or written in capitals is a
    heading even of an unknown kind ("other").
    """
    stripped = line.strip()
    content = stripped.strip("#*_:-–• ").strip()
    # Nine pieces at most tell "more than eight words": a paragraph is not split whole.
    if not content or len(content.split(None, 8)) > 8:
        return None
    if stripped[:1] in BULLETS and not stripped.startswith("**"):
        return None
    role = roles.heading_role(content)
    if role and not content.endswith("."):
        return role
    if (
        stripped.endswith(":")
        or stripped.startswith("#")
        or (content.isupper() and len(content) > 3)
    ):
        if ABOUT_HEADING_RE.search(content):
            return "about"
        return "other"
    return None


def _sentences(line: str, run_ins: tuple[int, ...] | list[int] = ()) -> list[tuple[int, str]]:
    """(offset in the line, text) for each sentence or bullet of a line; `run_ins`: where legal
    sentences start run into the words before them (`_legal_run_ins`)."""
    cuts = [0]
    for found in SENTENCE_END_RE.finditer(line):
        # The sentence ends at its stop (`end`); the line before it is read in place.
        end = found.start() + 1
        if (
            line[end - 1] == "."
            and (
                _ends_with_abbreviation(line, end)
                # an initial ("John F. Kennedy"), not a one-letter skill ("Python or R.")
                or (line[end - 2 : end - 1].isupper() and _ends_with_initial(line, end))
            )
        ):
            continue
        cuts.append(found.end())
    cuts.extend(bullet_edges(line))
    if " We " in line or " Our " in line:
        cuts.extend(_company_speaks(line))
    cuts.extend(run_ins)
    if "equired " in line or "referred " in line:
        cuts.extend(_table_row_ends(line))
    if len(cuts) == 1:  # one sentence and no bullet, as most lines: the line itself
        stripped = line.strip().strip(BULLETS).strip()
        return [(line.index(stripped), stripped)] if stripped and stripped != "o" else []
    cuts = sorted(set(cuts)) + [len(line)]
    result = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = line[start:end]
        stripped = piece.strip().strip(BULLETS).strip()
        if not stripped or stripped == "o":
            continue
        inner = start + piece.index(stripped)
        result.append((inner, stripped))
    return result


def _ends_with_initial(line: str, end: int) -> bool:
    """`INITIAL_RE.search(line, 0, end)`, from where the run of letters and white space
    before the stop starts (a match holds nothing else before its stop): a pattern that
    opens on `\\b` was tried at every position of a posting pasted as one paragraph, at each
    stop after a capital ("SQL.")."""
    start = len(line[: end - 1].rstrip(LETTERS + WHITESPACE))
    return INITIAL_RE.search(line, start, end) is not None


def _company_speaks(line: str) -> list[int]:
    """Where "We offer", "Our ... " follow a word or a bracket without a stop (COMPANY_SPEAKS_RE),
    found from the words' own positions: a pattern opening on a look-behind is tried at every
    position of a long line."""
    cuts = []
    for word in (" We ", " Our "):
        at = line.find(word)
        while at != -1:
            before = line[at - 1 : at]
            if (
                before == ")" or (before.isalnum() and not before.isupper())
            ) and COMPANY_SPEAKS_RE.match(line, at + 1):
                cuts.append(at + 1)
            at = line.find(word, at + 1)
    return cuts


def _legal_run_ins(line: str, text: str) -> tuple[list[int], list[int]]:
    """Where a legal or equal-opportunity sentence starts run into the item before it, with no
    stop between them ("... Tableau and Excel Acme is committed to ...", "... Epic charting All
    qualified applicants will ..."): the last item keeps its words and the sentence its own.
    Returns the cuts, and where each opener starts.

    The subject of "X is committed to" is the company's name: of the capitalised words before
    the verb, the most that the posting names elsewhere too ("Acme"), else those after the
    skills the taxonomy knows ("Excel")."""
    cuts, openers = [], []
    for at, name in roles.legal_opener_starts(line):
        openers.append(at)
        at = _subject_start(line, text, at, name, strict=False)
        if at is not None and _run_in(line, at):
            cuts.append(at)
    return cuts, openers


def _company_run_ins(line: str, text: str) -> list[int]:
    """Where the company starts speaking of itself run into the item before it ("... Practical
    Guidance Verity Foods offers a competitive salary"): only at a name the posting names
    elsewhere too, the most of the capitalised words before the verb that it does."""
    cuts = []
    for at, name in roles.company_speaks_starts(line):
        at = _subject_start(line, text, at, name, strict=True)
        if at is not None and _run_in(line, at):
            cuts.append(at)
    return cuts


def _subject_start(line: str, text: str, at: int, name: str, *, strict: bool) -> int | None:
    """Where the subject of a sentence run into the words before it starts, among its
    capitalised words `name` at `at`: the most of the last of them the posting names elsewhere
    too; else (not `strict`) those after the skills the taxonomy knows; else None."""
    words = name.split()
    if not words:
        return at
    elsewhere = next(
        (
            size
            for size in range(len(words), 0, -1)
            if (text or line).count(" ".join(words[-size:])) > 1
        ),
        0,
    )
    if elsewhere:
        skip = len(words) - elsewhere
    elif strict:
        return None
    else:
        skip = 0
        while skip < len(words) - 1 and taxonomy().lookup(words[skip]):
            skip += 1
    for word in words[:skip]:
        at = line.index(word, at) + len(word)
    return len(line) - len(line[at:].lstrip())


def _run_in(line: str, at: int) -> bool:
    """Whether a sentence that starts at `at` runs into the words before it: a word or a bracket
    before it, not a word that leads into it ("knowledge of Equal Employment Opportunity law",
    "FMLA and EEO")."""
    before = line[:at].rstrip()
    return bool(
        before
        and (before[-1].isalnum() or before[-1] == ")")
        and before.rsplit(None, 1)[-1].lower() not in roles.run_on_leading_words()
    )


def bullet_edges(line: str) -> list[int]:
    """Where each match of BULLET_RE in the line starts and ends.

    A line whose only bullets are glyphs ("• Python", "Java • Go"), the most common kind,
    is read without the pattern, which stops at every space of the line: its matches are
    then each glyph with the white space after it, and before it back to the line's start
    or the end of the match before. Dashes, stars, a middle dot or a lone "o" between
    spaces may be bullets, read by the pattern itself.
    """
    # A bullet of the pattern's own needs one of its glyphs: most lines hold none of them, which
    # `in` tells quicker than a search for the class.
    if (
        ("-" in line or "*" in line or "–" in line or "·" in line)
        and DASH_BULLET_HINT_RE.search(line)
    ) or LONE_O_RE.search(line):
        return _bullet_spans(line)
    cuts: list[int] = []
    if line.isascii():
        return cuts  # no glyph
    end = 0  # where the last match ended
    for glyph in GLYPH_RE.finditer(line):
        at = glyph.start()
        start = end + len(line[end:at].rstrip())  # the white space before it
        end = SPACES_RE.match(line, at + 1).end()
        cuts.extend((start, end))
    return cuts


def _bullet_spans(line: str) -> list[int]:
    """Where each match of BULLET_RE in the line starts and ends, tried only at what may be a
    bullet (BULLET_MARK_RE), from the white space before it: a match is a glyph, or white
    space and the mark after it, so no other position starts one. The pattern stopped at
    every space of a posting pasted as one paragraph."""
    edges: list[int] = []
    end = 0  # where the last match ended
    for mark in BULLET_MARK_RE.finditer(line):
        at = mark.start()
        if at < end:
            continue
        start = at
        while start > end and line[start - 1].isspace():
            start -= 1
        found = BULLET_RE.match(line, start) if start < at else None
        if found is None:
            found = BULLET_RE.match(line, at)  # a glyph alone
        if found is not None:
            edges.extend(found.span())
            end = found.end()
    return edges


def _run_on_items(sentences: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines run into one sentence without their stops, parted again where a preference cue would
    spread over them: "... (or working towards it) desirable Good knowledge of UK employment law
    Confident with Microsoft Excel" is three items, only the first of them preferred. An item
    starts at a capitalised word followed by a lower-case one, or at an acronym followed by a
    capitalised word ("role CIPD Level 5"), after a word that ends in a lower-case letter and
    does not lead into it ("with Excel and Word" stays whole). After a preference cue that ends
    an item ("Hindi is a plus Must own a two-wheeler") an item starts whatever the length."""
    result = []
    for start, text in sentences:
        cuts = [0]
        if any(map(text.__contains__, PREFERENCE_END_WORDS)):
            cuts.extend(found.end() for found in PREFERENCE_END_RE.finditer(text))
            # In each piece a cue ends, the item it prefers.
            ends = list(cuts)
            for begin, end in zip(ends, [*ends[1:], len(text)], strict=False):
                cuts.extend(_preferred_item_start(text, begin, end))
        # Any preference cue, even beside a "must" or "required" of another item.
        if len(text.split(None, RUN_ON_WORDS)) > RUN_ON_WORDS and roles.cue("preferred").search(
            text
        ):
            for found in RUN_ON_BREAK_RE.finditer(text):
                if found.group().split()[0].rstrip(")") not in roles.run_on_leading_words():
                    cuts.append(found.end())
        if len(cuts) == 1:
            result.append((start, text))
            continue
        cuts = sorted(set(cuts))
        for cut, end in zip(cuts, [*cuts[1:], len(text)], strict=False):
            piece = text[cut:end]
            # An item cut after a preference cue may open on its bullet ("- 2 years of ...").
            rest = piece.lstrip().lstrip(BULLETS).lstrip() if cut else piece.lstrip()
            if rest.strip():
                result.append((start + cut + len(piece) - len(rest), rest.rstrip()))
    return result


# Where an item run into the words before it starts: a capitalised word or an acronym after a
# word items end in ("attitude ADR certificate", "standards Bilingual"; roles.item_end_words).
ITEM_START_RE = re.compile(r"(?<![\w&'’.,-])([a-z][\w'’-]*)\s+(?=[A-Z])")


def _preferred_item_start(text: str, since: int, until: int) -> list[int]:
    """Where the item a preference cue at the sentence's end prefers starts, when the lines before
    it lost their breaks: "Good communication skills and a professional attitude ADR certificate
    is desirable" prefers the ADR certificate alone. [] when the cue ends no such run."""
    cue = roles.PREFERRED_LIST_PART_RE.search(text[:until].rstrip(), since)
    if cue is None:
        return []
    starts = [
        found.end()
        for found in ITEM_START_RE.finditer(text, since, cue.start())
        if found.group(1) in roles.item_end_words()
    ]
    return starts[-1:] if starts and len(text[since : starts[-1]].split()) >= 3 else []


def _table_row_ends(line: str) -> list[int]:
    """Where the rows of a qualifications table run into one line end: after each row's
    "Required" or "Preferred" ("Experience 2 years of recruiting Required Experience 1 year of
    healthcare recruiting Preferred Licenses SHRM-CP Preferred"). Two or more are a table; one
    is a sentence's word.

    Each match is tried only where its level word stands, from the white space (and bar)
    before it, where a match ends that holds the word: the pattern, opening on a
    look-behind, was tried at every position of a posting pasted as one paragraph."""
    words = []
    for stem in ("equired", "referred"):
        at = line.find(stem, 3)  # a word, white space and the level's first letter before it
        while at != -1:
            words.append(at - 1)
            at = line.find(stem, at + 1)
    ends: list[int] = []
    for word in sorted(words):
        start = word
        while start and line[start - 1].isspace():
            start -= 1
        if line[start - 1 : start] == "|":
            start -= 1
            while start and line[start - 1].isspace():
                start -= 1
        if start == word or (ends and start < ends[-1]):
            continue
        found = TABLE_ROW_END_RE.match(line, start)
        if found is not None:
            ends.append(found.end())
    return ends if len(ends) >= 2 else []


def _ends_with_abbreviation(line: str, end: int) -> bool:
    """ "e.g." or "Inc.": the word before the full stop that ends at `end` in the line (its run
    of word characters and stops) is an abbreviation. Only the end is read: an abbreviation
    is a short word, and a pattern anchored at the end would try every position of a long
    line. A match that starts where the search did may go on before it: the search starts
    twice as far back, until the run's start is found (the positions a match may start at
    are one run, so this is the match a search from the line's start finds, which tried
    every position of a line pasted as one paragraph)."""
    reach = ABBREVIATION_TAIL
    tail = max(0, end - reach)
    word = ABBREVIATION_RE.search(line, tail, end)
    while word and word.start() == tail and tail > 0:
        reach *= 2
        tail = max(0, end - reach)
        word = ABBREVIATION_RE.search(line, tail, end)
    return bool(word) and word.group(1).lower().rstrip(".") in ABBREVIATIONS


def _inline_headings(text: str, start: int, line: int) -> list[Clause]:
    """A sentence split where an inline heading starts
    a new part ("... team. Requirements: Java")."""
    cuts: list[tuple[int, int, str]] = []  # (heading start, heading end, role)
    # The pattern ends at a colon, and scanning for it is slow: most sentences have none.
    for found in _colon_headings(text) if ":" in text else ():
        words = found["head"].split()
        for size in range(len(words), 0, -1):
            phrase = " ".join(words[-size:])
            role = roles.heading_role(phrase)
            if role:
                head_start = found.start("head") + found["head"].rfind(words[-size])
                # "Belgium Responsibilities: ...": a capitalised heading word before a colon
                # starts a part even run into the words before it.
                if (
                    size == len(words)
                    or size >= 2
                    or _starts_clause(text, head_start)
                    or words[-size][:1].isupper()
                ):
                    cuts.append((head_start, found.end(), role))
                break
    for role, pattern in roles.inline_headings_in(text):
        for found in pattern.finditer(text):
            after = text[found.end() : found.end() + 2]
            if (
                text[found.start()].isupper()
                and (
                    _starts_clause(text, found.start())
                    or _heading_words(found.group())
                    or _capitals_heading(found.group())
                )
                and (PART_START_RE.match(after) or not text[found.end() :].strip(" :."))
                and not any(s <= found.start() < e for s, e, _ in cuts)
                and (found.start() == 0 or _capitalised(found.group()))
            ):
                cuts.append((found.start(), found.end(), role))
    if not cuts:
        return [Clause(text, start, "", line=line)]
    clauses, position = [], 0
    for head_start, head_end, role in sorted(cuts):
        if head_start < position:
            continue
        before = text[position:head_start].strip()
        if before:
            clauses.append(Clause(before, start + text.index(before, position), "", line=line))
        clauses.append(
            Clause(text[head_start:head_end].strip(), start + head_start, role, True, line)
        )
        position = head_end
    rest = text[position:].strip()
    if rest:
        clauses.append(Clause(rest, start + text.index(rest, position), "", line=line))
    return clauses


def _colon_headings(text: str) -> Iterator[re.Match]:
    """HEADING_COLON_RE.finditer(text), searched only where a match could be: in the run of
    head characters and spaces that ends at each colon (a head holds no colon). Scanning
    the whole sentence tried up to seven words at each of its positions.
    """
    position = 0
    while (colon := text.find(":", position)) != -1:
        run = position + len(text[position:colon].rstrip(HEAD_RUN_CHARS))
        # A head is seven words at most, so it starts in the run's last eight: a long run (a
        # sentence of plain words before its colon) was tried from each of its positions.
        words = text[run:colon].rsplit(None, 8)
        if len(words) > 8:
            run += len(words[0])
        found = HEADING_COLON_RE.search(text, run, colon + 1)
        if found is None:
            position = colon + 1
            continue
        found = HEADING_COLON_RE.match(text, found.start())  # with the spaces after the colon
        yield found
        position = found.end()


def _starts_clause(text: str, position: int) -> bool:
    """A heading in mid-sentence comes after the end of something: a stop, or a lower-case word."""
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?;:)" or before.split()[-1][:1].islower()


def _heading_words(phrase: str) -> bool:
    """ "Preferred Qualifications", "Compensation and benefits": a heading of two or more words
    that opens with a capital starts a part even after a name, where a bullet's last words ran
    into it ("... Microsoft Excel Preferred Qualifications o CAMS", "- Scala Compensation and
    benefits The base salary")."""
    return len(phrase.split()) >= 2


def _capitals_heading(phrase: str) -> bool:
    """ "... Spanish or French PERKS Hotel discounts": a heading word in capitals starts a part
    even after a name, as a heading of two words does."""
    return len(phrase) >= 4 and phrase.isupper()


def _capitalised(phrase: str) -> bool:
    """ "Nice to Have" or "Nice to have" (a heading), never "nice to have" inside a sentence."""
    return phrase[:1].isupper()


def _assign_roles(
    pieces: list[Clause], text: str, legal_starts: set[int], company_starts: set[int]
) -> list[Clause]:
    structured = any(p.heading and p.role in ("required", "preferred", "duty") for p in pieces)
    section = "intro"
    first = True
    previous = None
    for clause in pieces:
        if clause.heading:
            section = clause.role if clause.role != "other" or section == "intro" else section
            if clause.role == "other" and section == "intro":
                section = "other"
            first = False
            previous = None
            continue
        clause.section = section
        if first and clause.line_start and _looks_like_title(clause.text):
            clause.role = "title"
        else:
            clause.role = roles.clause_role(clause.text, section, structured=structured)
            if clause.start in legal_starts:
                # "Acme is committed to ...": legal text in any part, cut from the item before it
                # or a sentence of its own.
                clause.role = "legal"
            elif clause.start in company_starts and clause.role not in roles.ASIDE_ROLES:
                clause.role = "about"
            elif (
                clause.role in ("about", "other")
                and previous is not None
                and previous.role in ("duty", "required", "preferred")
                and previous.line == clause.line
                and (
                    previous.text.endswith(";")
                    or text[previous.end : clause.start].strip() in LIST_MARKS
                )
                and not roles.cue("about").search(clause.text)
            ):
                # "Key responsibilities include investigating issues; reproducing bugs,
                # reading logs in Kibana; ...", "... * working with Git * ISTQB Foundation
                # certificate": the parts of a sentence cut at its semicolons, and the items
                # of a list run into one line, go on with the role the first of them has.
                clause.role = previous.role
        first = False
        previous = clause
    return pieces


# A bullet between two items of a list run into one line ("... (Jenkins) * ISTQB ...").
LIST_MARKS = frozenset(BULLETS)


def _looks_like_title(text: str) -> bool:
    return len(text.split(None, 14)) <= 14 and not text.rstrip().endswith((".", "!", "?"))
