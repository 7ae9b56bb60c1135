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
from functools import lru_cache
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
    if not text.isascii() and any(char in text for char in "İıſ\u212a"):
        text = text.translate(ASCII_FOLDS)
    return text.lower()


def needles(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings of which every match of the pattern contains at least one,
    or None when the pattern has no such set worth testing."""
    try:
        items = list(_parser.parse(pattern, flags))
    except (re.error, TypeError):
        return None
    found = _needles(items)
    if not found or any(len(n) == 1 and (n.isalnum() or n.isspace()) for n in found):
        return None  # a single letter is in nearly every text: not worth testing
    # "strong " is there only where "strong" is: testing the shorter one is enough.
    return frozenset(n for n in found if not any(o != n and o in n for o in found))


def _needles(items: list) -> frozenset[str] | None:
    """The best set for a sequence of parsed items: its longest run of literal characters,
    or the union over the branches of an alternation the sequence must pass through."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append(frozenset(["".join(run)]))
            run.clear()

    for op, value in items:
        if op is sre.LITERAL and value < 128:
            run.append(chr(value).lower())
            continue
        if op is sre.AT:
            continue  # zero width: the characters either side stay side by side
        close_run()
        inner: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            inner = _needles(list(value[-1]))
        elif op is sre.BRANCH:
            branches = [_needles(list(branch)) for branch in value[1]]
            if branches and all(branches):
                inner = frozenset().union(*branches)
        elif op in REPEATS and value[0] >= 1:
            inner = _needles(list(value[2]))
        if inner:
            options.append(inner)
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
    cached, because a clause is tested against a dozen patterns in a row)."""
    automaton = _registry.automaton or _registry.build()
    if not _registry.owners:
        return 0
    found = 0
    for _, bits in automaton.iter(folded(text)):
        found |= bits
    return found


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

    __slots__ = ("compiled", "_phrases", "_first", "_mask", "_always", "_alternations")

    def __init__(self, phrases: Sequence[str], flags: int = 0):
        self.compiled = re.compile("|".join(f"(?:{phrase})" for phrase in phrases), flags)
        self._phrases = tuple(re.compile(phrase, flags) for phrase in phrases)
        # The alternation of each set of candidate phrases met so far, by its bits.
        self._alternations: dict[int, re.Pattern] = {}
        needle_sets = [needles(phrase, flags) for phrase in phrases]
        numbers = _registry.add(needle_sets)
        # This pattern's bits in `present`; phrases with no needles are always tried.
        self._first = numbers.start
        self._mask = ((1 << len(numbers)) - 1) << numbers.start
        self._always = sum(
            1 << n for n, found in zip(numbers, needle_sets, strict=True) if not found
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
        hits = ((present(text) & self._mask) | self._always) >> self._first
        best = None
        while hits:
            lowest = hits & -hits
            found = self._phrases[lowest.bit_length() - 1].search(text)
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
        phrase whose needles the text lacks matches nowhere in it, so these are the same."""
        hits = ((present(text) & self._mask) | self._always) >> self._first
        if not hits:
            return iter(())
        alternation = self._alternations.get(hits)
        if alternation is None:
            chosen = [
                phrase.pattern for index, phrase in enumerate(self._phrases) if hits >> index & 1
            ]
            alternation = re.compile(
                "|".join(f"(?:{phrase})" for phrase in chosen), self.compiled.flags
            )
            self._alternations[hits] = alternation
        return alternation.finditer(text)


class LongTextPattern:
    """A pattern searched for in a whole posting, only where a match can be.

    A pattern that opens on `\\b` or on a case-insensitive alternation is tried at
    every position of the text: a tenth of a millisecond on a 4 KB posting. Every
    match holds one of the pattern's needles, so the search is not run when the text
    holds none. When no match can hold or look at a line break, nor at the text's
    ends (`^`, `$`), only the lines that hold a needle are searched, in order, each
    as the end of the text (`\\b` and look-behinds still see the text before it);
    else, when a match is at most `width` characters long, none starts before the
    first needle less that width, and the search starts there. The match is the one a
    plain search finds.
    """

    __slots__ = ("compiled", "_needles", "_width", "_in_lines")

    def __init__(self, compiled: re.Pattern):
        self.compiled = compiled
        self._needles = needles(compiled.pattern, compiled.flags)
        parsed = _parser.parse(compiled.pattern, compiled.flags)
        width = parsed.getwidth()[1]
        self._width = width if width < sre.MAXREPEAT else None
        self._in_lines = _within_a_line(list(parsed))

    @property
    def by_lines(self) -> bool:
        """Whether only the lines that hold a needle are searched."""
        return self._needles is not None and self._in_lines

    def search(self, text: str) -> re.Match | None:
        if self._needles is None:
            return self.compiled.search(text)
        lower = folded(text)  # as long as the text: only "İ" lower-cases to two characters
        if self._in_lines:
            return self._search_lines(text, lower)
        first = min((at for at in map(lower.find, self._needles) if at >= 0), default=-1)
        if first < 0:
            return None
        if self._width is None:  # a match of any length: from the start
            return self.compiled.search(text)
        return self.compiled.search(text, max(0, first - self._width))

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
