"""Small, fast readings of resume English: words, verbs and tense, numbers, voice."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from optimizer.analysis.vocabulary import spelling_whitelist, verbs

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’+#.-]*[A-Za-z+#]|[A-Za-z]")
METRIC_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|dozens|hundreds?|thousands?|millions?|billions?|half|double|doubled|tripled|halved)\b",
    re.IGNORECASE,
)
FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|mine|myself)\b")
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


def word_count(text: str) -> int:
    return len(text.split())


def first_word(text: str) -> str:
    found = WORD_RE.search(text)
    return found[0] if found else ""


def has_metric(text: str) -> bool:
    """Does the text give a measurable result: a number, %, money, time, or a counted word?"""
    return bool(METRIC_RE.search(text))


def verb_base(word: str) -> str | None:
    """The base form if the word is a known action verb in any form ("Led" -> "lead")."""
    return verbs().base_of.get(word.lower())


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
    from optimizer.analysis.vocabulary import third_person as third

    base = verb_base(word)
    if not base:
        return None
    return _same_case(word, third(base) if third_person else base)


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


def unknown_words(candidates: set[str]) -> set[str]:
    """Lower-case words neither in the dictionary nor on our whitelist."""
    whitelist = spelling_whitelist()
    return {word for word in spell_checker().unknown(candidates) if word not in whitelist}


@lru_cache(maxsize=4096)
def correction(word: str) -> str | None:
    fixed = spell_checker().correction(word)
    return fixed if fixed and fixed != word else None
