"""Phrase patterns that skip what a text cannot hold
find exactly what the plain alternation finds."""

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jobs.extraction.details import (
    DEGREE_WORD_LEVELS,
    DEGREE_WORD_RE,
    EDUCATION_FIELD_RE,
    EDUCATION_LEVELS,
    EMPLOYMENT_TYPES,
    GENERIC_DEGREE_RE,
    REMOTE_POLICIES,
    SENIORITY_LABEL_RE,
)
from jobs.extraction.prefilter import (
    ASCII_FOLDS,
    LongTextPattern,
    QuickPattern,
    folded,
    needle_reach,
    needles,
)
from jobs.extraction.segmentation import BULLET_RE, bullet_edges
from jobs.extraction.title import BASED_RE, HEADER_SEPARATOR_RE, SEPARATOR_HINT_RE

CUES = json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "clause_roles.json").read_text()
)
PHRASE_LISTS = [
    *(phrases for phrases in CUES.values() if isinstance(phrases, list)),
    *CUES["inline_headings"].values(),
    *CUES["not_a_skill"].values(),
]
POSTINGS = sorted((Path(__file__).resolve().parent / "postings").glob("*.txt"))
# Pieces of the cue phrases and of real postings, to build texts that nearly match.
WORDS = sorted(
    {
        word
        for phrases in PHRASE_LISTS
        for word in re.findall(r"[A-Za-z][a-z'-]+", " ".join(phrases))
    }
    | {"İ", "ı", "ſ", "\u212a", "’", "$", "401(k)", "[[Python]]", "e.g.", ":", ". ", "\n"}
)


def plain(phrases: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{phrase})" for phrase in phrases), re.IGNORECASE)


def same_results(quick: QuickPattern, alternation: re.Pattern, text: str) -> None:
    def spans(found):
        return found and (found.span(), found.group())

    assert spans(quick.search(text)) == spans(alternation.search(text))
    assert spans(quick.fullmatch(text)) == spans(alternation.fullmatch(text))
    assert [m.span() for m in quick.finditer(text)] == [
        m.span() for m in alternation.finditer(text)
    ]


def test_every_cue_list_finds_the_same_in_real_postings_line_by_line():
    lines = [
        line.strip()
        for path in POSTINGS
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for phrases in PHRASE_LISTS:
        quick, alternation = QuickPattern(phrases, re.IGNORECASE), plain(phrases)
        for line in lines:
            same_results(quick, alternation, line)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(range(len(PHRASE_LISTS))),
    st.lists(
        st.tuples(st.sampled_from(WORDS), st.sampled_from([str.lower, str.upper, str.title])),
        max_size=12,
    ),
)
def test_every_cue_list_finds_the_same_in_any_mix_of_its_words(which, words):
    text = " ".join(case(word) for word, case in words)
    phrases = PHRASE_LISTS[which]
    same_results(QuickPattern(phrases, re.IGNORECASE), plain(phrases), text)


def test_a_pattern_with_nothing_fixed_to_look_for_is_always_tried():
    assert needles(r"\w+ing\b") == frozenset({"ing"})
    assert needles(r"[a-z]+\d") is None
    quick = QuickPattern([r"[a-z]+\d"], re.IGNORECASE)
    assert quick.search("abc1").span() == (0, 4)


def test_the_needles_of_an_alternation_cover_every_branch():
    assert needles(r"\b(?:health(?:care)?|dental|vision) (?:insurance|plan)", re.I) == frozenset(
        {"health", "dental", "vision"}
    )
    # Words written before the alternation join each branch's opening words: the longer
    # strings are rarer, so fewer texts make the phrase worth trying.
    assert needles(r"equal (?:employment|opportunity)") == frozenset(
        {"equal employment", "equal opportunity"}
    )
    assert needles(r"\b\d{1,2}\s?\+?\s?(?:years?|yrs)\b", re.I) == frozenset({"year", "yrs"})
    assert needles(r"(?:one|any) of") == frozenset({" of"})
    # Only a branch that opens on its needle joins the words before it.
    assert needles(r"equal (?:employment|.*opportunity)") == frozenset(
        {"employment", "opportunity"}
    )


def test_a_character_with_no_case_is_a_needle_and_a_cased_one_outside_ascii_is_not():
    assert needles(r"(?:₹|\binr|\bsgd)\s?\d[\d,.]*", re.IGNORECASE) == frozenset(
        {"₹", "inr", "sgd"}
    )
    assert needles(r"\d+ – \d+", re.IGNORECASE) == frozenset({" – "})
    # "ß" matches "ẞ" ignoring case, and folds to itself only from one of them.
    assert needles("ß", re.IGNORECASE) is None


PAY_ABROAD = [r"(?:₹|\binr|\bmyr|\bsgd|\baed)\s?\d[\d,.]*", r"€\s?\d+", r"\bper month\b"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["₹", "€", "£", "–", "INR", "inr", "Sgd", "5", "12,000", "per", "month"]),
        max_size=10,
    ),
    st.sampled_from([" ", ""]),
)
def test_a_phrase_whose_needle_is_outside_ascii_finds_what_its_alternation_finds(words, gap):
    text = gap.join(words)
    same_results(QuickPattern(PAY_ABROAD, re.IGNORECASE), plain(PAY_ABROAD), text)


def test_every_cue_phrase_holds_a_fixed_string_to_look_for():
    """A phrase with none is searched at every position of every clause asked about it: the
    pay-abroad phrase "(?:₹|\\binr|...)\\s?\\d" cost a seventh of a posting's extraction while
    "₹" counted for nothing."""
    lists = [
        phrases
        for name, phrases in CUES.items()
        if isinstance(phrases, list) and name != "run_on_leading_words"  # words, not phrases
    ]
    lists += [*CUES["inline_headings"].values(), *CUES["not_a_skill"].values()]
    assert [
        phrase for phrases in lists for phrase in phrases if needles(phrase, re.IGNORECASE) is None
    ] == []


def test_only_the_listed_characters_outside_ascii_match_ascii_ignoring_case():
    others = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    found = {
        char
        for ascii_char in map(chr, range(128))
        for char in re.findall(re.escape(ascii_char), others, re.IGNORECASE)
    }
    assert found == {chr(c) for c in ASCII_FOLDS}
    assert all(folded(char).isascii() for char in found)


# Patterns searched for in a whole posting: one of unbounded length, two of bounded length.
LONG_TEXT_PATTERNS = [
    SENIORITY_LABEL_RE,
    *(re.compile(pattern, re.IGNORECASE) for _, pattern in REMOTE_POLICIES + EMPLOYMENT_TYPES),
    *(
        re.compile("|".join(f"(?:{pattern})" for _, pattern in options), re.IGNORECASE)
        for options in (REMOTE_POLICIES, EMPLOYMENT_TYPES)
    ),
    BASED_RE,  # case-sensitive, of unbounded length after its fixed strings
]
LONG_TEXT_WORDS = [
    *["Seniority", "level", "Level:", "Senior", "entry-level", "role", "remote", "work", "from"],
    *["home", "hybrid", "cloud", "on-site", "in-person", "full-time", "contract", "office"],
    *["management", "teams", "support", "based", "based in", "Located in", "location", "Austin"],
    *[",", ".", "(", "TX", "Based In"],
    *("İ", "ſ", "\u212a", ":", "-", "\n", "x" * 30, "é"),
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(range(len(LONG_TEXT_PATTERNS))),
    st.lists(
        st.tuples(st.sampled_from(LONG_TEXT_WORDS), st.sampled_from([str.lower, str.upper])),
        max_size=30,
    ),
    st.sampled_from([" ", "", "\n"]),
)
def test_a_long_text_pattern_finds_what_a_plain_search_finds(which, words, separator):
    text = separator.join(case(word) for word, case in words)
    pattern = LONG_TEXT_PATTERNS[which]
    found, plain_found = LongTextPattern(pattern).search(text), pattern.search(text)
    assert (found and found.span()) == (plain_found and plain_found.span())


DEGREE_WORDS = [
    *["Master's", "masters", "M.S.", "MS", "M.Sc", "MSc", "M.Eng", "MEng", "MBA", "MSN", "M.A."],
    *["Bachelor's", "B.S.", "BSc", "B.Sc.", "BSN", "B.A", "BA", "B.Eng", "B.Tech", "BTech"],
    *["degree", "Diploma", "PhD", "Ph.D.", "Ph. D", "doctorate", "undergraduate", "4-year"],
    *["university", "in", "Statistics", "or", "related", "field", "ſ", "İ", "ı", "x", "_", "2"],
    *["make", "team", "based", "MSc's", "bachelors", "(", ")", ",", "/", ".", "-", "’s", "'s"],
    *["Postgraduate", "Post", "graduation", "graduate", "advanced", "from"],
    # A field after each degree word, as EDUCATION_FIELD_RE needs it.
    *(f"{word} in Biology" for word in ["PhD", "Ph.D.", "Ph. D", "doctorate", "BS", "MA", "mba"]),
]
DEGREE_PATTERNS = [
    EDUCATION_FIELD_RE,
    GENERIC_DEGREE_RE,
    *(
        re.compile(p, re.IGNORECASE)
        for level, _, p in EDUCATION_LEVELS
        if level in DEGREE_WORD_LEVELS
    ),
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(DEGREE_WORDS), st.sampled_from([str.lower, str.upper, str.title])
        ),
        max_size=10,
    ),
    st.sampled_from([" ", ""]),
)
def test_a_text_a_degree_pattern_matches_holds_a_degree_word(words, separator):
    text = separator.join(case(word) for word, case in words)
    if any(pattern.search(text) for pattern in DEGREE_PATTERNS):
        assert DEGREE_WORD_RE.search(text)


def test_every_line_a_degree_pattern_matches_in_real_postings_holds_a_degree_word():
    every_posting = (Path(__file__).resolve().parent / "postings").rglob("*.txt")
    lines = [
        line for path in every_posting for line in path.read_text(encoding="utf-8").splitlines()
    ]
    matched = [line for line in lines if any(p.search(line) for p in DEGREE_PATTERNS)]
    assert matched
    assert all(DEGREE_WORD_RE.search(line) for line in matched)


def test_only_a_pattern_that_stays_within_a_line_is_searched_line_by_line():
    assert LongTextPattern(re.compile(r"\bremote\b(?![- ]teams?)", re.I)).by_lines
    assert not LongTextPattern(re.compile(r"\bcontract\b(?!\s+law)", re.I)).by_lines
    assert not LongTextPattern(re.compile(r"^remote", re.I)).by_lines
    assert not LongTextPattern(re.compile(r"remote[^x]", re.I)).by_lines
    pattern = LongTextPattern(re.compile(r"\bremote\b(?![- ]teams?)", re.I))
    assert pattern.search("Remote teams\nfully\nremote").span() == (19, 25)


def test_several_candidate_phrases_find_what_their_alternation_finds():
    # Phrases that overlap, share a start, nest, and one that matches the empty string.
    cases = [
        (["nice to have", "nice", "to have a", r"have\b"], "Nice to have a nice Rust to have"),
        ([r"bonus\s+points?", "bonus", r"points?\b"], "Bonus points: bonus point, points"),
        ([r"a+", "aa", r"(?:b|aab)"], "aaab aab ab b a"),
        ([r"x?", "ab", "b"], "ab b xab"),
    ]
    for phrases, text in cases:
        quick, alternation = QuickPattern(phrases, re.IGNORECASE), plain(phrases)
        for start in range(len(text)):
            same_results(quick, alternation, text[start:])


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(range(len(LONG_TEXT_PATTERNS))),
    st.lists(
        st.tuples(st.sampled_from(LONG_TEXT_WORDS), st.sampled_from([str.lower, str.upper])),
        min_size=60,
        max_size=300,
    ),
    st.sampled_from([" ", "\n"]),
)
def test_a_long_text_pattern_finds_what_a_plain_search_finds_past_its_first_stretch(
    which, words, separator
):
    # Longer than the stretch a needle is first looked for in (SCAN characters).
    text = separator.join(case(word) for word, case in words)
    pattern = LONG_TEXT_PATTERNS[which]
    found, plain_found = LongTextPattern(pattern).search(text), pattern.search(text)
    assert (found and found.span()) == (plain_found and plain_found.span())


def test_a_long_text_pattern_finds_its_match_among_many_needles():
    pattern = re.compile("|".join(f"(?:{pattern})" for _, pattern in EMPLOYMENT_TYPES), re.I)
    for text in [
        "Our department " * 3 + "offers a part-time role",
        "Our department successfully partners with departments " * 40 + "full time",
        "department " * 200,
        "Temporary",
        "a contract negotiation, then a permanent contract",
    ]:
        found, plain_found = LongTextPattern(pattern).search(text), pattern.search(text)
        assert (found and found.span()) == (plain_found and plain_found.span())


# The bullet patterns as first written: an alternation tried at every position of a line.
PLAIN_BULLET_RE = re.compile(
    r"\s*[•▪◦‣●■►➢✓✔★]\s*|\s+[-*–o]\s+(?=[A-Z])|\s+·\s+(?=[A-Z][a-z]+\s+[a-z])"
)
LINE_PIECES = [" ", "  ", "\t", "\u00a0", "•", "▪", "★", "-", "*", "–", "o", "·", "Java"]
LINE_PIECES += ["experience", "Nice to have", "A", "a", ".", "\n", "—", "Go o", "x-y"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=14))
def test_the_bullet_patterns_find_what_their_plain_alternations_find(pieces):
    line = "".join(pieces)
    plain = [m.span() for m in PLAIN_BULLET_RE.finditer(line)]
    assert [m.span() for m in BULLET_RE.finditer(line)] == plain
    assert bullet_edges(line) == [edge for span in plain for edge in span]


def test_the_bullet_patterns_find_what_their_plain_alternations_find_in_real_postings():
    every_posting = (Path(__file__).resolve().parent / "postings").rglob("*.txt")
    for line in (line for path in every_posting for line in path.read_text("utf-8").splitlines()):
        plain = [m.span() for m in PLAIN_BULLET_RE.finditer(line)]
        assert [m.span() for m in BULLET_RE.finditer(line)] == plain
        assert bullet_edges(line) == [edge for span in plain for edge in span]


def test_a_match_holds_a_needle_within_the_reach_of_its_start():
    assert needle_reach("abc") == {"abc": 0}
    assert needle_reach(r"x+abc") is None
    assert needle_reach(r"(?:ab|xyzcd)ef") == {"ef": 5}  # after at most five characters
    assert needle_reach(r"[a-z]{2}(?:hello|world)") == {"hello": 2, "world": 2}
    assert needle_reach(r"(?:sr|jr)\.? level") == {" level": 3}
    # "strong " stands for "very strong": where "strong" is in it.
    assert needle_reach(r"strong|very strong") == {"strong": 5}
    lines = [
        line
        for path in POSTINGS
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    phrases = [phrase for phrases in PHRASE_LISTS for phrase in phrases]
    phrases += [pattern.pattern for pattern in LONG_TEXT_PATTERNS]
    for phrase in phrases:
        reach = needle_reach(phrase, re.IGNORECASE)
        for line in lines if reach else ():
            lower = folded(line)
            for match in re.finditer(phrase, line, re.IGNORECASE):
                start = match.start()
                assert any(
                    start <= lower.find(needle, start, match.end()) <= start + most
                    for needle, most in reach.items()
                ), (phrase, line)


# The header separator patterns as first written: an alternation tried at every position.
PLAIN_SEPARATOR_RE = re.compile(r"\s+[·•|–—/]\s+|\s+-\s+|\s*\|\s*|\s*·\s*")
PLAIN_SEPARATOR_HINT_RE = re.compile(r"[·•|–—/\s](?:(?<!\s)|-\s)")
SEPARATOR_PIECES = [" ", "  ", "\t", "\n", "\u00a0", "·", "•", "|", "–", "—", "/", "-", "a"]
SEPARATOR_PIECES += ["Acme", "x-y", ".", " - ", "full-time"]


def same_separators(text: str) -> None:
    assert HEADER_SEPARATOR_RE.split(text) == PLAIN_SEPARATOR_RE.split(text)
    assert [m.span() for m in HEADER_SEPARATOR_RE.finditer(text)] == [
        m.span() for m in PLAIN_SEPARATOR_RE.finditer(text)
    ]
    assert (SEPARATOR_HINT_RE.search(text) is None) == (
        PLAIN_SEPARATOR_HINT_RE.search(text) is None
    )


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(SEPARATOR_PIECES), max_size=14))
def test_the_header_separator_patterns_find_what_their_plain_alternations_find(pieces):
    same_separators("".join(pieces))


def test_the_header_separator_patterns_find_what_their_plain_alternations_find_in_real_postings():
    for path in (Path(__file__).resolve().parent / "postings").rglob("*.txt"):
        text = path.read_text("utf-8")
        for line in [text, *text.splitlines()]:
            same_separators(line)
