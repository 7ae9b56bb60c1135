"""How findings become scores. Every weight lives here, and the "How scoring works" page reads them.

Each category starts at 100 and loses points for its findings: a critical
finding costs 25, a warning 8, a suggestion 3. One check can cost a category
at most 3 times its points, so a single habit repeated on twenty bullets
lowers the score without erasing everything else. The overall score is the
weighted mean of the categories.
"""

from __future__ import annotations

from collections import Counter

from optimizer.analysis.report import CATEGORIES, Finding

CATEGORY_WEIGHTS: dict[str, float] = {
    "impact": 0.30,
    "ats": 0.25,
    "content": 0.20,
    "consistency": 0.15,
    "length": 0.10,
}
SEVERITY_POINTS: dict[str, int] = {"critical": 25, "warning": 8, "suggestion": 3}
MAX_REPEATS_PER_CHECK = 3

CATEGORY_DESCRIPTIONS: dict[str, str] = {
    "ats": "Can applicant tracking software read it: contact details, standard sections, characters and dates a parser understands.",
    "impact": "Does each bullet show a result: strong opening verbs, measurable outcomes, no filler, no first person or passive voice.",
    "content": "Is the substance there: a skills section backed by experience, no repetition, no spelling mistakes.",
    "consistency": "Is it coherent: one date format, reverse-chronological order, no unexplained gaps, consistent tense and spelling.",
    "length": "Is it the right size: total words, bullets per role, bullet and summary length, pages.",
}


def category_scores(findings: list[Finding]) -> dict[str, int]:
    lost: Counter[str] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    for finding in findings:
        seen[(finding.category, finding.check)] += 1
        if seen[(finding.category, finding.check)] <= MAX_REPEATS_PER_CHECK:
            lost[finding.category] += SEVERITY_POINTS[finding.severity]
    return {category: max(0, 100 - lost[category]) for category in CATEGORIES}


def overall_score(categories: dict[str, int]) -> int:
    return round(sum(categories[name] * weight for name, weight in CATEGORY_WEIGHTS.items()))
