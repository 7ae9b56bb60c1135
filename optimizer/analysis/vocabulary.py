"""Word lists the checks use, read once from the data files next to this module."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

DATA = Path(__file__).parent / "data"
TERM_TOKEN_RE = re.compile(r"[A-Za-z.][\w.#+/-]*")


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Verbs:
    past_of: dict[str, str]  # base -> past ("lead" -> "led")
    base_of: dict[str, str]  # any form -> base ("led" -> "lead", "leads" -> "lead")
    past_forms: frozenset[str]


@cache
def verbs() -> Verbs:
    past_of: dict[str, str] = {}
    base_of: dict[str, str] = {}
    for line in _lines("action_verbs.txt"):
        base, past = line.split()
        past_of[base] = past
        base_of[base] = base
        base_of[past] = base
        base_of[third_person(base)] = base
    return Verbs(past_of, base_of, frozenset(past_of.values()))


def third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


@cache
def weak_phrases() -> dict[str, dict[str, list[str]]]:
    """{"duty": {phrase: [stronger verbs]}, "helper": {...}}, longest phrases first."""
    data = json.loads((DATA / "weak_phrases.json").read_text(encoding="utf-8"))
    return {
        kind: dict(sorted(data[kind].items(), key=lambda item: -len(item[0])))
        for kind in ("duty", "helper")
    }


@cache
def buzzwords() -> tuple[str, ...]:
    return tuple(_lines("buzzwords.txt"))


@cache
def ai_phrases() -> tuple[str, ...]:
    return tuple(_lines("ai_phrases.txt"))


@cache
def phrases(kind: str) -> tuple[str, ...]:
    """The phrase list of one kind ("buzzwords", "ai"), in lower case."""
    return tuple(phrase.lower() for phrase in {"buzzwords": buzzwords, "ai": ai_phrases}[kind]())


@cache
def phrase_pattern(kind: str) -> re.Pattern:
    """One regex over a phrase list, matching whole words, longest first."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases(kind), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class Terms:
    canonical_of: dict[str, str]  # any spelling -> canonical ("Javascript" -> "JavaScript")
    lower_words: frozenset[str]  # every word of every spelling, lower case (spelling whitelist)
    everyday_words: frozenset[str]  # lower-case spellings that are ordinary English ("react")
    canonical_of_lower: dict[str, str]  # lower-case spelling -> canonical, for finding mentions

    @cached_property
    def spellings_of_several_words(self) -> tuple[tuple[str, str], ...]:
        """(lower-case spelling, canonical) of the spellings with a space ("google cloud")."""
        return tuple(item for item in self.canonical_of_lower.items() if " " in item[0])

    def named_in_words(self, text: str) -> set[str]:
        """Canonical names of the technologies one word of `text` names ("K8s", "Postgres")."""
        found = set()
        for token in set(TERM_TOKEN_RE.findall(text)):
            token = token.rstrip(".")
            canonical = self.canonical_of_lower.get(token.lower())
            if canonical and not (token.islower() and token in self.everyday_words):
                found.add(canonical)
        return found

    def named_in_phrases(self, lowered: str) -> set[str]:
        """Canonical names of the technologies spelled in several words in `lowered`, a text
        in lower case ("google cloud")."""
        return {
            canonical
            for spelling, canonical in self.spellings_of_several_words
            if spelling in lowered
        }


@cache
def technology_terms() -> Terms:
    canonical_of: dict[str, str] = {}
    canonical_of_lower: dict[str, str] = {}
    words: set[str] = set()
    for line in _lines("technology_terms.txt"):
        spellings = [part.strip() for part in line.split("|")]
        for spelling in spellings:
            canonical_of.setdefault(spelling, spellings[0])
            canonical_of_lower.setdefault(spelling.lower(), spellings[0])
            words.update(re.findall(r"[a-z]+", spelling.lower()))
    everyday = frozenset(_lines("technology_everyday_words.txt"))
    return Terms(canonical_of, frozenset(words), everyday, canonical_of_lower)


@cache
def implied_skills() -> dict[str, frozenset[str]]:
    """Skill (lower case) -> canonical names of technologies whose use shows it."""
    data = json.loads((DATA / "implied_skills.json").read_text(encoding="utf-8"))
    return {
        skill.lower(): frozenset(shown_by)
        for skill, shown_by in data.items()
        if not skill.startswith("_")
    }


@cache
def spelling_whitelist() -> frozenset[str]:
    return frozenset(_lines("spelling_whitelist.txt")) | technology_terms().lower_words


@cache
def count_words() -> frozenset[str]:
    """Words that count or measure ("dozen", "halved"), as whole words: see has_metric."""
    return frozenset(_lines("count_words.txt"))


@cache
def stopwords() -> frozenset[str]:
    return frozenset(_lines("stopwords.txt"))


@cache
def not_action_openers() -> frozenset[str]:
    return frozenset(_lines("not_action_openers.txt"))


@cache
def roman_numeral_context() -> frozenset[str]:
    return frozenset(_lines("roman_numeral_context.txt"))


@cache
def completed_result_verbs() -> frozenset[str]:
    return frozenset(_lines("completed_result_verbs.txt"))


@cache
def verb_synonyms() -> dict[str, list[str]]:
    data = json.loads((DATA / "verb_synonyms.json").read_text(encoding="utf-8"))
    return {verb: choices for verb, choices in data.items() if not verb.startswith("_")}
