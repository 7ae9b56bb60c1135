"""Small, fast readings of resume English: words, verbs and tense, numbers, voice."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from optimizer.analysis.vocabulary import (
    count_words,
    not_action_openers,
    roman_numeral_context,
    spelling_whitelist,
    verbs,
)
from optimizer.analysis.vocabulary import third_person as third_person_form

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’+#.-]*[A-Za-z+#]|[A-Za-z]")
DIGIT_RE = re.compile(r"\d")
WORD_CHARACTERS_RE = re.compile(r"\w+")
# "I", "my", "me"… as whole words; "I/O" and "I-9" are not pronouns.
PRONOUN_RE = re.compile(
    r"(?<![\w/-])(I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]y|mine|[Mm]yself)(?![\w/-])"
)
PASSIVE_RE = re.compile(
    r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?(\w+(?:ed|en|wn|lt|ght|ung|ept))\b(?:\s+by\b)?",
    re.IGNORECASE,
)
# Participles that follow "was" without being passive voice.
NOT_PASSIVE = {
    "interested",
    "excited",
    "based",
    "located",
    "born",
    "engaged",
    "committed",
    "pleased",
    "involved",
}
IRREGULAR_PARTICIPLES = {
    "built",
    "led",
    "written",
    "given",
    "taken",
    "chosen",
    "driven",
    "grown",
    "known",
    "shown",
    "sold",
    "taught",
    "won",
    "run",
    "made",
    "done",
    "held",
    "kept",
    "sent",
    "spent",
}


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


# The readings of one text below are cached by the text: several checks ask them of the
# same bullet, and live feedback re-asks them of every unchanged bullet on each pause in
# typing.
@lru_cache(maxsize=16384)
def text_words(text: str) -> tuple[str, ...]:
    """`words(text)`, cached (a tuple, so no caller can change what the next one reads)."""
    return tuple(WORD_RE.findall(text))


@lru_cache(maxsize=16384)
def lower_words(text: str) -> tuple[str, ...]:
    """`text_words(text)` in lower case: for ASCII text, the words of `text.lower()`."""
    return tuple(map(str.lower, text_words(text)))


def word_count(text: str) -> int:
    return len(text.split())


@lru_cache(maxsize=16384)
def first_word(text: str) -> str:
    found = WORD_RE.search(text)
    return found[0] if found else ""


def first_person_pronouns(text: str) -> list[str]:
    """The first-person pronouns in `text`, leaving out Roman numerals ("Level I")."""
    found = []
    for match in PRONOUN_RE.finditer(text):
        if match[1] == "I":
            before = text[: match.start()].split()
            if before and before[-1].lower().strip("(“\"'") in roman_numeral_context():
                continue
        found.append(match[1])
    return found


@lru_cache(maxsize=8192)
def has_metric(text: str) -> bool:
    """Does the text give a measurable result: a number, %, money, time, or a counted word?"""
    # A digit first (most figures have one); then the words, as sets: one regex with both
    # scanned every position of every bullet.
    return bool(DIGIT_RE.search(text)) or not count_words().isdisjoint(
        WORD_CHARACTERS_RE.findall(text.lower())
    )


def verb_base(word: str) -> str | None:
    """The base form if the word is a known action verb in any form ("Led" -> "lead")."""
    return verbs().base_of.get(word.lower())


@lru_cache(maxsize=16384)
def opens_like_a_verb(word: str) -> bool:
    """Does a bullet starting with `word` start with something done, not a description?

    Known action verbs first; then any past tense ("Cleaned", "Productionized")
    or a word whose past tense is English ("Triage", "Serves"), so a nurse's or
    a teacher's verbs count as much as an engineer's. Hyphenated verbs are read
    by their last part ("Co-founded", "Re-architected").
    """
    lowered = word.lower().rsplit("-", 1)[-1]
    if not lowered.isalpha() or lowered in not_action_openers():
        return False
    if verb_base(lowered) or verb_base(american_spelling(lowered) or ""):
        return True
    if lowered.endswith("ed") and len(lowered) >= 5:
        return True  # "Productionized", "Triaged": past tenses even when the dictionary lacks them
    stem = lowered[:-1] if lowered.endswith("s") and not lowered.endswith("ss") else lowered
    if len(stem) < 3:
        return False  # "As", "On": too short to tell a verb from a word that happens to be one
    past_forms = {stem + "ed", stem + "d", stem + stem[-1:] + "ed"}
    if stem.endswith("ie"):
        past_forms.add(stem[:-2] + "ied")
    if stem.endswith("y") and stem[-2:-1] not in "aeiou":
        past_forms.add(stem[:-1] + "ied")
    return any(is_english_word(form) for form in past_forms)


def is_past(word: str) -> bool:
    lowered = word.lower()
    return lowered in verbs().past_forms or (
        verb_base(lowered) is not None and lowered.endswith("ed")
    )


def is_present(word: str) -> bool:
    """Base or third-person form of a known action verb ("Lead", "Manages")."""
    lowered = word.lower()
    base = verb_base(lowered)
    return (
        base is not None
        and lowered not in verbs().past_forms
        and not (lowered.endswith("ed") and lowered != base)
    )


def to_past(word: str) -> str | None:
    base = verb_base(word)
    return _same_case(word, verbs().past_of[base]) if base else None


def to_present(word: str, *, third_person: bool = False) -> str | None:
    base = verb_base(word)
    if not base:
        return None
    return _same_case(word, third_person_form(base) if third_person else base)


def gerund_base(word: str) -> str | None:
    """'managing' -> 'manage', 'running' -> 'run' when the verb is known."""
    lowered = word.lower()
    if not lowered.endswith("ing") or len(lowered) < 5:
        return None
    stem = lowered[:-3]
    for candidate in (
        stem,
        stem + "e",
        stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None,
        stem[:-1] + "ie" if stem.endswith("y") else None,
    ):
        if candidate and candidate in verbs().past_of:
            return candidate
    return None


def passive_phrase(text: str) -> str | None:
    for match in PASSIVE_RE.finditer(text):
        participle = match[1].lower()
        if participle in NOT_PASSIVE:
            continue
        if (
            participle.endswith("ed")
            or participle in IRREGULAR_PARTICIPLES
            or participle.endswith("en")
        ):
            return match[0]
    return None


def _same_case(model: str, word: str) -> str:
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@cache
def spell_checker():
    """pyspellchecker's English dictionary (shipped in its wheel), loaded once."""
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)


def is_english_word(word: str) -> bool:
    return word.lower() in spell_checker()


def is_known_word(word: str) -> bool:
    """In the dictionary or on our whitelist (technology terms, modern business words)."""
    lowered = word.lower()
    return lowered in spelling_whitelist() or lowered in spell_checker()


# British spellings and the American ones the dictionary knows ("colour" -> "color").
BRITISH_TO_AMERICAN = [
    (re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|ite|ites|able|ful)?$"), r"or\1"),
    (re.compile(r"tre(s|d)?$"), r"ter\1"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"(?<=[a-z])(ae|oe)(?=[a-z])"), "e"),
]
INFLECTIONS = ("ing", "ers", "er", "ed", "es", "s", "d", "ly")


def american_spelling(word: str) -> str | None:
    """The American spelling of a British one, if the dictionary knows it."""
    for pattern, replacement in BRITISH_TO_AMERICAN:
        american = pattern.sub(replacement, word)
        if american != word and american in spell_checker():
            return american
    return None


def _is_acceptable(word: str) -> bool:
    """Not a typo: a British spelling, an inflection of a whitelisted term or a compound."""
    if american_spelling(word):
        return True
    whitelist = spelling_whitelist()
    for suffix in INFLECTIONS:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and (stem in whitelist or stem + "e" in whitelist):
            return True  # "webhooks", "dockerized"
    return any(
        is_known_word(word[:cut]) and is_known_word(word[cut:]) for cut in range(4, len(word) - 3)
    )  # "lifecycle", "whitepapers"


def misspellings(candidates: set[str]) -> dict[str, str]:
    """Lower-case words that look like typos, each with the likely correction.

    pyspellchecker's dictionary does not know every trade's words, so a word
    is only reported when it is one edit away from a known word ("managment")
    and is not a British spelling, a compound of known words or an inflection
    the dictionary lacks ("triaged" next to "triage"). An unknown word with no
    near neighbour ("vasoactive") is far more often a term of the trade than
    a typo.
    """
    found = {}
    for word in candidates:
        better = _misspelling(word)
        if better:
            found[word] = better
    return found


@lru_cache(maxsize=16384)
def _misspelling(word: str) -> str | None:
    """The likely correction of one lower-case word, or None (see `misspellings`).

    Cached by word: a resume re-analysed on each pause in typing, and the next one,
    mostly repeat words already judged.
    """
    if not spell_checker().unknown([word]) or word in spelling_whitelist():
        return None
    if _is_acceptable(word):
        return None
    better = correction(word)
    if not better or (word.startswith(better) and word[len(better) :] in INFLECTIONS):
        return None
    return better


@lru_cache(maxsize=4096)
def correction(word: str) -> str | None:
    """The dictionary's likeliest word for `word`, as pyspellchecker's correction() picks it
    (one with the same letters but for accents first), except that of two equally likely words
    the first in alphabetical order wins: correction() takes the first it meets in a set, so
    "aupr" was "apr" in one process and "auer" in the next, as each process's hash seed fell."""
    checker = spell_checker()
    candidates = checker.candidates(word)
    if not candidates:
        return None
    bare = _without_accents(word)
    same_letters = [candidate for candidate in candidates if _without_accents(candidate) == bare]
    fixed = max(sorted(same_letters or candidates), key=checker.__getitem__)
    return fixed if fixed != word else None


def _without_accents(word: str) -> str:
    return "".join(
        char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char)
    )
