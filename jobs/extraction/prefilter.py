"""Phrase patterns that skip the phrases a text cannot hold, found in one pass.

A cue pattern is an alternation of dozens of phrases, searched case-insensitively
in every clause of a posting; Python's `re` tries each phrase at each position,
which made classifying clauses most of the time of extraction. But every match
of a phrase contains some fixed string ("equal " in "equal (?:employment|
opportunity)"), its needles. One Aho-Corasick pass over the lower-cased clause
(pyahocorasick, in C) finds the needles of every pattern at once, and a pattern
then tries only the phrases whose needles are there, most often none. The
results are the same, match for match: a phrase whose needles are absent has no
match, and the others are tried as the alternation would try them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache, reduce
from operator import itemgetter, or_
from re import _constants as sre  # the opcodes of the parse tree (Python 3.11+)
from re import _parser

import ahocorasick

# The only characters outside ASCII that a case-insensitive pattern matches to an
# ASCII one: "İ" and "ı" to "i", "ſ" to "s", the Kelvin sign to "k" (a test checks this).
# Mapping them first makes lower-casing turn every such match into its ASCII needle.
ASCII_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def folded(text: str) -> str:
    """The text in lower case, as needles are written."""
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text or "\u212a" in text):
        text = text.translate(ASCII_FOLDS)
    return text.lower()


def _caseless(char: str) -> bool:
    return char.lower() == char == char.upper()


def needles(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings of which every match of the pattern contains at least one,
    or None when the pattern has no such set worth testing."""
    return _needles_and_reach(pattern, flags)[0]


def needle_reach(pattern: str, flags: int = 0) -> dict[str, int] | None:
    """For each of the pattern's `needles`, how far after a match's start it may stand:
    every match holds some needle at most that many characters from its start. None when
    that is unbounded or the pattern has no needles."""
    return _needles_and_reach(pattern, flags)[1]


def _needles_and_reach(
    pattern: str, flags: int
) -> tuple[frozenset[str] | None, dict[str, int] | None]:
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, TypeError):
        return None, None
    leads = _needles(list(parsed), parsed.state)
    found = frozenset(leads or ())
    if not found or any(len(n) == 1 and (n.isalnum() or n.isspace()) for n in found):
        return None, None  # a single letter is in nearly every text: not worth testing
    # "strong " is there only where "strong" is: testing the shorter one is enough. A match
    # holding "strong " holds "strong" where it starts.
    kept = frozenset(n for n in found if not any(o != n and o in n for o in found))
    reach: dict[str, int] | None = {}
    for needle, lead in leads.items():
        if lead is None:
            reach = None
            break
        inner = next(n for n in sorted(kept) if n in needle)
        reach[inner] = max(reach.get(inner, 0), lead + needle.find(inner))
    return kept, reach


def _needles(items: list, state: object) -> dict[str, int | None] | None:
    """The best set for a sequence of parsed items: its longest run of literal characters,
    or the union over the branches of an alternation the sequence must pass through; each
    with how many characters of a match of the sequence may come before it, at most
    (None: no bound)."""
    options: list[dict[str, int | None]] = []
    run: list[str] = []
    before: int | None = 0  # the most characters the items so far match
    run_start: int | None = 0

    def close_run() -> None:
        if run:
            options.append({"".join(run): run_start})
            run.clear()

    for op, value in items:
        # An ASCII character, or one with no case ("₹", "€", "–"): either way the folded text
        # holds it wherever a match does (a cased one may match another spelling of it).
        if op is sre.LITERAL and (value < 128 or _caseless(chr(value))):
            if not run:
                run_start = before
            run.append(chr(value).lower())
            before = None if before is None else before + 1
            continue
        if op is sre.AT:
            continue  # zero width: the characters either side stay side by side
        prefix = "".join(run)  # the literal run just before this item, if any
        close_run()
        inner: dict[str, int | None] | None = None
        if op is sre.SUBPATTERN:
            inner = _needles(list(value[-1]), state)
        elif op is sre.BRANCH:
            branches = [_needles(list(branch), state) for branch in value[1]]
            if branches and all(branches):
                inner = {}
                for branch in branches:
                    for needle, lead in branch.items():
                        known = inner.get(needle, 0)
                        inner[needle] = None if lead is None or known is None else max(known, lead)
        elif op in REPEATS and value[0] >= 1:
            inner = _needles(list(value[2]), state)  # the first repetition holds one
        if (
            inner
            and prefix
            and op in (sre.SUBPATTERN, sre.BRANCH)
            and all(lead == 0 for lead in inner.values())
        ):
            # Each of the item's needles opens its match, right after the run: the run and
            # the needle are one string ("y" + "ear" or "rs" in "y(?:ears?|rs)", as the parser
            # writes "(?:years?|yrs)"), longer and so rarer than either.
            options.append({prefix + needle: run_start for needle in inner})
        if inner:
            options.append(
                {
                    needle: None if before is None or lead is None else before + lead
                    for needle, lead in inner.items()
                }
            )
        width = _parser.SubPattern(state, [(op, value)]).getwidth()[1]
        before = None if before is None or width >= sre.MAXREPEAT else before + width
    close_run()
    if not options:
        return None
    # The set whose shortest string is longest tests best; then the smaller set.
    return max(options, key=lambda option: (min(map(len, option)), -len(option)))


class _Registry:
    """The needles of every QuickPattern, each mapped to the phrases that need it: a bit
    per phrase, numbered across all patterns (an int's | and & are the cheapest sets)."""

    def __init__(self) -> None:
        self.owners: dict[str, int] = {}
        self.count = 0
        self.automaton: ahocorasick.Automaton | None = None

    def add(self, needle_sets: list[frozenset[str] | None]) -> range:
        numbers = range(self.count, self.count + len(needle_sets))
        self.count += len(needle_sets)
        for number, found in zip(numbers, needle_sets, strict=True):
            for needle in found or ():
                self.owners[needle] = self.owners.get(needle, 0) | 1 << number
        self.automaton = None
        present.cache_clear()
        return numbers

    def build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for needle, bits in self.owners.items():
            automaton.add_word(needle, bits)
        automaton.make_automaton()
        self.automaton = automaton
        return automaton


_registry = _Registry()


@lru_cache(maxsize=2048)
def present(text: str) -> int:
    """A bit for every registered phrase whose needles the text holds (one C pass;
    cached, because a clause is tested against a dozen patterns in a row, until `forget`)."""
    automaton = _registry.automaton or _registry.build()
    if not _registry.owners:
        return 0
    # The needles found, joined without a loop in Python: a clause holds a dozen or more.
    lower = text.lower() if text.isascii() else folded(text)
    return reduce(or_, map(itemgetter(1), automaton.iter(lower)), 0)


def build() -> None:
    """Build the automaton of every needle registered so far (else built on first use)."""
    _registry.build()


def forget() -> None:
    """Drop what `present` remembers; called as each posting's extraction starts. Within a
    posting a clause is tested once; across postings nothing is carried over, so a
    posting costs what it costs on its own (postings built from shared sentences hit the
    cache from one to the next, and timed faster than postings no worker has seen)."""
    present.cache_clear()


class PatternGroup:
    """Patterns a text is tried against in a row, most often with no match from any: the
    ones that may match it, from one test of its needles."""

    __slots__ = ("patterns", "_mask", "_always")

    def __init__(self, patterns: Sequence[QuickPattern]):
        self.patterns = tuple(patterns)
        self._mask = 0
        self._always = False
        for pattern in self.patterns:
            self._mask |= pattern._mask
            self._always |= bool(pattern._always)

    def may_match(self, text: str) -> bool:
        return self._always or bool(present(text) & self._mask)

    def possible(self, text: str) -> list[int]:
        """Indexes of the patterns that may match the text, in order."""
        found = present(text)
        if not (self._always or found & self._mask):
            return []
        return [
            index
            for index, pattern in enumerate(self.patterns)
            if pattern._always or found & pattern._mask
        ]


class QuickPattern:
    """The alternation of some phrases (regular expressions), tried only where it can match.

    Offers the `re.Pattern` methods extraction uses, with the same results as the
    compiled alternation `(?:p1)|(?:p2)|...`, whose groups it does not expose.
    """

    __slots__ = (
        "compiled",
        "_phrases",
        "_first",
        "_mask",
        "_always",
        "_empty",
        "_alternations",
        "_reach",
    )

    def __init__(self, phrases: Sequence[str], flags: int = 0):
        self.compiled = re.compile("|".join(f"(?:{phrase})" for phrase in phrases), flags)
        self._phrases = tuple(re.compile(phrase, flags) for phrase in phrases)
        # The alternation of each set of candidate phrases met so far, by its bits, where one
        # of them can match the empty string.
        self._alternations: dict[int, re.Pattern] = {}
        # Each phrase's needles, and how far after a match's start they may stand (None:
        # unbounded, or no needles): a search of the phrase starts that far before the
        # first of them, not at the clause's start. One parse of each phrase gives both.
        parsed = [_needles_and_reach(phrase, flags) for phrase in phrases]
        needle_sets = [needle_set for needle_set, _ in parsed]
        self._reach = tuple(reach for _, reach in parsed)
        numbers = _registry.add(needle_sets)
        # This pattern's bits in `present`; phrases with no needles are always tried.
        self._first = numbers.start
        self._mask = ((1 << len(numbers)) - 1) << numbers.start
        self._always = sum(
            1 << n for n, found in zip(numbers, needle_sets, strict=True) if not found
        )
        # Phrases that can match the empty string (by their own bits, from 0).
        self._empty = sum(
            1 << index
            for index, phrase in enumerate(self._phrases)
            if _parser.parse(phrase.pattern, flags).getwidth()[0] == 0
        )

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def candidates(self, text: str) -> list[int]:
        """Indexes of the phrases that may match the text, in order."""
        hits = ((present(text) & self._mask) | self._always) >> self._first
        indexes = []
        while hits:
            lowest = hits & -hits
            indexes.append(lowest.bit_length() - 1)
            hits ^= lowest
        return indexes

    def search(self, text: str) -> re.Match | None:
        """The leftmost match; at one position, the first phrase's (as an alternation)."""
        # The bits walked here, not through `candidates`: a clause is searched for a dozen
        # cue lists, most often with no candidate phrase at all.
        hits = present(text) & self._mask
        if not hits and not self._always:
            return None
        hits = (hits | self._always) >> self._first
        best = None
        lower = None
        while hits:
            lowest = hits & -hits
            index = lowest.bit_length() - 1
            reach = self._reach[index]
            start = 0
            if reach is not None:
                # A match holds a needle at most its reach after the match's start: none
                # starts before the first needle less that reach (a phrase that opens on
                # `\b` or a case-insensitive class is otherwise tried at every position).
                if lower is None:
                    lower = folded(text)
                start = len(text)
                for needle, back in reach.items():
                    at = lower.find(needle)
                    if at != -1 and at - back < start:
                        start = at - back
                start = max(start, 0) if start < len(text) else 0
            found = self._phrases[index].search(text, start)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
            hits ^= lowest
        return best

    def fullmatch(self, text: str) -> re.Match | None:
        for index in self.candidates(text):
            found = self._phrases[index].fullmatch(text)
            if found is not None:
                return found
        return None

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches of the alternation of the phrases that may match, in their order: a
        phrase whose needles the text lacks matches nowhere in it, so these are the same.

        One candidate phrase is searched on its own. Several are searched side by side, as
        the alternation scans: the leftmost match, at one position the first phrase's, then
        on from its end. Compiling the alternation of each new set of candidates cost more
        than extracting a posting, and postings not seen before kept meeting new sets.
        """
        hits = ((present(text) & self._mask) | self._always) >> self._first
        if not hits:
            return iter(())
        if not hits & (hits - 1):
            return self._phrases[hits.bit_length() - 1].finditer(text)
        # The candidates by their bits, lowest first (a list of every phrase, hundreds in the
        # longest cue lists, was walked for the few set).
        chosen = []
        rest = hits
        while rest:
            lowest = rest & -rest
            chosen.append(self._phrases[lowest.bit_length() - 1])
            rest ^= lowest
        if hits & self._empty:  # a phrase that matches the empty string: as the alternation
            return self._alternation(hits, chosen).finditer(text)
        return self._side_by_side(chosen, text)

    @staticmethod
    def _side_by_side(phrases: list[re.Pattern], text: str) -> Iterator[re.Match]:
        """The alternation's matches, from the phrases' own searches (none matches empty)."""
        position = 0
        while True:
            best = None
            for phrase in phrases:
                found = phrase.search(text, position)
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
            if best is None:
                return
            yield best
            position = best.end()

    def _alternation(self, hits: int, chosen: list[re.Pattern]) -> re.Pattern:
        alternation = self._alternations.get(hits)
        if alternation is None:
            alternation = re.compile(
                "|".join(f"(?:{phrase.pattern})" for phrase in chosen), self.compiled.flags
            )
            self._alternations[hits] = alternation
        return alternation


SCAN = 512  # characters: how far needles are looked for first
_last_folded = ("", "")  # the text a LongTextPattern last searched, and it folded


class LongTextPattern:
    """A pattern searched for in a whole posting, only where a match can be.

    A pattern that opens on `\\b` or on a case-insensitive alternation is tried at
    every position of the text: a tenth of a millisecond on a 4 KB posting. Every
    match holds one of the pattern's needles, so the search is not run when the text
    holds none. When a match holds a needle at most `reach` characters from its start
    (`needle_reach`), only the positions that far before each needle are tried; else,
    or when needles are everywhere, if no match can hold or look at a line break, nor
    at the text's ends (`^`, `$`), only the lines that hold a needle are searched, in
    order, each as the end of the text (`\\b` and look-behinds still see the text
    before it). The match is the one a plain search finds.
    """

    __slots__ = ("compiled", "_needles", "_reach", "_in_lines")

    def __init__(self, compiled: re.Pattern):
        self.compiled = compiled
        self._needles, self._reach = _needles_and_reach(compiled.pattern, compiled.flags)
        self._in_lines = _within_a_line(list(_parser.parse(compiled.pattern, compiled.flags)))

    @property
    def by_lines(self) -> bool:
        """Whether a search may keep to the lines that hold a needle."""
        return self._needles is not None and self._in_lines

    def search(self, text: str) -> re.Match | None:
        if self._needles is None:
            return self.compiled.search(text)
        lower = self._folded(text)
        # Near the needles first: a posting pasted as one paragraph is one long line.
        if self._reach is not None:
            return self._search_near_needles(text, lower)
        if self._in_lines:
            return self._search_lines(text, lower)
        if not any(needle in lower for needle in self._needles):
            return None
        return self.compiled.search(text)  # a needle anywhere in a match: from the start

    @staticmethod
    def _folded(text: str) -> str:
        """`folded(text)` (as long as the text: only "İ" lower-cases to two characters),
        kept for the next pattern: a posting is searched for several in a row."""
        global _last_folded
        last = _last_folded
        if last[0] is text:
            return last[1]
        lower = folded(text)
        _last_folded = (text, lower)
        return lower

    def _search_near_needles(self, text: str, lower: str) -> re.Match | None:
        """The first match, tried only where one can start: at most its `reach` before a
        needle (a match holds one that near its start), never after it. A search from the
        first needle went on to the end of the text when it named none (an employment type,
        a level in most postings), and words such as "department" and "successfully" hold
        needles.

        The needles are looked for a stretch at a time (`str.find`, in C), SCAN characters
        first, then twice as far each time: an employment type most often stands in a
        posting's first lines, and the rest is not read. The windows before the needles
        found are tried in the order they start, up to where a needle not yet found could
        open a window, so positions are tried in order and the first match is the leftmost;
        a position before the last one tried that no window covered can start no match.
        Once the windows cover half the text, a plain search goes on from there.
        """
        reach = self._reach
        find = lower.find
        match = self.compiled.match
        # A needle not found yet ends at or after `looked`: its window starts this far before.
        before_end = max(len(needle) + back for needle, back in reach.items())
        windows: list[tuple[int, int]] = []  # (window start, needle's place), not tried yet
        tried = 0  # every position before this one has been tried, or can start no match
        budget = len(text) // 2
        looked, limit = 0, SCAN  # needles ending before `looked` are in `windows`
        while True:
            end = min(limit, len(lower))
            for needle, back in reach.items():
                at = find(needle, max(0, looked - len(needle) + 1), end)
                while at != -1:
                    windows.append((at - back, at))
                    at = find(needle, at + 1, end)
            windows.sort()
            # Windows that start before this are all known.
            known = end - before_end + 1 if end < len(lower) else len(lower) + 1
            taken = 0
            for start, at in windows:
                if start >= known:
                    break
                taken += 1
                first = max(start, tried)
                budget -= max(0, at + 1 - first)
                if budget < 0:  # needles all over: search on
                    return self.compiled.search(text, first)
                for position in range(first, at + 1):
                    found = match(text, position)
                    if found is not None:
                        return found
                tried = max(tried, at + 1)
            if end >= len(lower):
                return None
            del windows[:taken]
            looked, limit = end, 2 * limit

    def _search_lines(self, text: str, lower: str) -> re.Match | None:
        """The first match in the lines that hold a needle (the line breaks are the text's)."""
        starts = set()
        for needle in self._needles:
            at = lower.find(needle)
            while at != -1:
                start = lower.rfind("\n", 0, at) + 1
                starts.add(start)
                end = lower.find("\n", at)
                at = -1 if end == -1 else lower.find(needle, end)
        for start in sorted(starts):
            end = text.find("\n", start)
            found = self.compiled.search(text, start, len(text) if end == -1 else end)
            if found is not None:
                return found
        return None


# What a pattern that stays within a line may hold: these match no line break.
LINE_CATEGORIES = (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD)
LINE_ASSERTIONS = (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY)


def _within_a_line(items: list) -> bool:
    """No match of these parsed items holds or looks at a line break, or at the text's ends:
    only literals, classes without "\\n", `\\w`, `\\d`, `\\b`, groups, alternations,
    repeats and look-arounds of those."""
    for op, value in items:
        if op is sre.LITERAL:
            if value == ord("\n"):
                return False
        elif op is sre.IN:
            for kind, item in value:
                if (
                    (kind is sre.LITERAL and item == ord("\n"))
                    or (kind is sre.RANGE and item[0] <= ord("\n") <= item[1])
                    or (kind is sre.CATEGORY and item not in LINE_CATEGORIES)
                    or kind not in (sre.LITERAL, sre.RANGE, sre.CATEGORY)
                ):
                    return False
        elif op is sre.AT:
            if value not in LINE_ASSERTIONS:
                return False
        elif op is sre.SUBPATTERN:
            if not _within_a_line(list(value[-1])):
                return False
        elif op is sre.BRANCH:
            if not all(_within_a_line(list(branch)) for branch in value[1]):
                return False
        elif op in REPEATS:
            if not _within_a_line(list(value[2])):
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if not _within_a_line(list(value[1])):
                return False
        else:  # any character, a negated literal, back-references and the like
            return False
    return True
