"""Feedback on a letter as it is written: length,
addressee, evidence, clichés, copying, reading level."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from letters.drafting import letter_warnings

MIN_WORDS, MAX_WORDS = 250, 400
COPY_RUN = 8  # words in a row shared with the posting that count as copying
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")


@dataclass
class Finding:
    level: str  # "good" or "warn"
    message: str


@cache
def cliches() -> tuple[str, ...]:
    lines = (
        (Path(__file__).parent / "data" / "cliches.txt").read_text(encoding="utf-8").splitlines()
    )
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def _syllables(word: str) -> int:
    groups = re.findall(r"[aeiouy]+", word.lower())
    count = len(groups) - (1 if word.lower().endswith("e") and len(groups) > 1 else 0)
    return max(1, count)


def reading_grade(text: str) -> float | None:
    """Flesch-Kincaid grade level; None for text too short to judge."""
    found = [w for w in words(text) if not w.isdigit()]
    sentences = max(1, len(re.findall(r"[.!?]+(?:\s|$)", text)))
    if len(found) < 30:
        return None
    return round(
        0.39 * len(found) / sentences + 11.8 * sum(map(_syllables, found)) / len(found) - 15.59, 1
    )


def copied_runs(text: str, posting: str, run: int = COPY_RUN) -> list[str]:
    """Stretches of `run` or more words the letter
    shares with the posting, as the letter has them."""
    letter_words, posting_words = words(text), [w.lower() for w in words(posting)]
    grams = {tuple(posting_words[i : i + run]) for i in range(len(posting_words) - run + 1)}
    found, i = [], 0
    while i <= len(letter_words) - run:
        if tuple(w.lower() for w in letter_words[i : i + run]) in grams:
            end = i + run
            while (
                end < len(letter_words)
                and tuple(w.lower() for w in letter_words[end - run + 1 : end + 1]) in grams
            ):
                end += 1
            found.append(" ".join(letter_words[i:end]))
            i = end
        else:
            i += 1
    return found


def letter_feedback(
    text: str,
    *,
    company: str = "",
    title: str = "",
    posting: str = "",
    document: dict[str, Any] | None = None,
) -> list[Finding]:
    findings = []
    count = len(words(text))
    if count < MIN_WORDS:
        findings.append(
            Finding(
                "warn", f"{count} words: aim for {MIN_WORDS}–{MAX_WORDS}, enough to show evidence."
            )
        )
    elif count > MAX_WORDS:
        findings.append(
            Finding("warn", f"{count} words: cut to {MAX_WORDS} or fewer; letters are skimmed.")
        )
    else:
        findings.append(Finding("good", f"{count} words, within {MIN_WORDS}–{MAX_WORDS}."))
    lowered = text.lower()
    for what, name in (("company", company), ("role", title)):
        if name and name.lower() not in lowered:
            findings.append(
                Finding(
                    "warn", f"Name the {what} (“{name}”) so the letter is clearly for this job."
                )
            )
    if document is not None:
        for warning in letter_warnings(text, document, posting, (title, company)):
            findings.append(Finding("warn", warning))
    used = [
        phrase
        for phrase in cliches()
        if re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", lowered)
    ]
    if used:
        findings.append(
            Finding("warn", f"Clichés say nothing about you: {', '.join(f'“{p}”' for p in used)}.")
        )
    if posting:
        for run in copied_runs(text, posting)[:3]:
            findings.append(
                Finding("warn", f"Copied from the posting: “{run}”. Say it in your own words.")
            )
    grade = reading_grade(text)
    if grade is not None:
        level = "warn" if grade > 14 else "good"
        advice = " Shorter sentences read faster." if grade > 14 else ""
        findings.append(Finding(level, f"Reading level: grade {grade:g}.{advice}"))
    return findings
