"""How findings become scores. Every weight lives here, and the "How scoring works" page reads them.

Each category starts at 100 and loses points for its findings: a critical
finding costs 25, a warning 8, a suggestion 3. One check can cost a category
at most 3 times its points, so a single habit repeated on twenty bullets
lowers the score without erasing everything else. The overall score is the
weighted mean of the categories.

Some findings measure how far off the resume is rather than that something is
wrong: a resume of 155 words against the usual 475-800 misses two thirds of
the usual size. Such a finding carries its own points (the share missed, in
percent) and costs its category those points; the overall score is then
scaled by the share kept, so no score contradicts its findings: a resume a
third of the usual length scores at most 33, however clean its few lines are,
and still moves when one of them improves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

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
    "ats": (
        "Can applicant tracking software read it: contact details, standard sections, characters "
        "and dates a parser understands."
    ),
    "impact": (
        "Does each bullet show a result: strong opening verbs, measurable outcomes, no filler, "
        "no first person or passive voice."
    ),
    "content": (
        "Is the substance there: a skills section backed by experience, no repetition, no "
        "spelling mistakes."
    ),
    "consistency": (
        "Is it coherent: one date format, reverse-chronological order, no unexplained gaps, "
        "consistent tense and spelling."
    ),
    "length": (
        "Is it the right size: total words, bullets per role, bullet and summary length, pages."
    ),
}


def category_scores(findings: list[Finding]) -> dict[str, int]:
    lost: Counter[str] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    for finding in findings:
        seen[(finding.category, finding.check)] += 1
        if seen[(finding.category, finding.check)] <= MAX_REPEATS_PER_CHECK:
            lost[finding.category] += points(finding)
    return {category: max(0, 100 - lost[category]) for category in CATEGORIES}


def points(finding: Finding) -> int:
    """What one finding costs its category."""
    return finding.points if finding.points is not None else SEVERITY_POINTS[finding.severity]


def overall_score(categories: dict[str, int], findings: Iterable[Finding] = ()) -> int:
    """The weighted mean of the categories, scaled by the share kept of any measured shortfall."""
    score = sum(categories[name] * weight for name, weight in CATEGORY_WEIGHTS.items())
    for finding in findings:
        if finding.points is not None:
            score *= max(0, 100 - finding.points) / 100
    return round(score)
