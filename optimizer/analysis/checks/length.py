"""Length checks: the whole resume, each role, each bullet and the summary are the right size."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from optimizer.analysis import language
from optimizer.analysis.document import ResumeText
from optimizer.analysis.registry import check, finding
from optimizer.analysis.report import Finding
from optimizer.analysis.scoring import SEVERITY_POINTS
from resumeopt.jsonresume import LIST_SECTIONS, SECTION_TITLES

WORDS_IDEAL = (475, 800)
WORDS_LIMITS = (300, 1100)
BULLETS_PER_ROLE = (3, 6)
LONG_BULLET_WORDS = 35  # about two lines at a resume's usual width
LONG_BULLET_CHARACTERS = 220
SHORT_BULLET_WORDS = 4
SUMMARY_WORDS = (20, 90)
WORDS_PER_PAGE = 450
RECENT_ROLES = 2  # the roles a reader looks at first


def total_words(resume: ResumeText) -> int:
    """Every word a reader sees: all sections, contact details and dates included."""
    return resume.total_words


def page_estimate(resume: ResumeText) -> float:
    entries = sum(len(_entries(resume.document, section)) for section in LIST_SECTIONS)
    # Headings and entry headers take lines of their own: count each as a few words.
    return (total_words(resume) + 12 * entries + 40) / WORDS_PER_PAGE


def _entries(document: dict[str, Any], section: str) -> list[dict[str, Any]]:
    value = document.get(section)
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []


def _has_words(value: Any) -> bool:
    """Does any string in `value` hold a word (looked for in order, until the first)?"""
    if isinstance(value, str):
        return bool(value.split())
    if isinstance(value, list):
        return any(_has_words(item) for item in value)
    if isinstance(value, dict):
        return any(_has_words(item) for item in value.values())
    return False


def size_shortfall(words: int) -> float:
    """The share of the usual size (WORDS_IDEAL) a resume of `words` words misses: 0 inside it.

    Short: 155 words against a minimum of 475 misses 1 - 155/475, about two thirds.
    Long: 1,600 words against a maximum of 800 carries twice the usual, so misses half.
    """
    low, high = WORDS_IDEAL
    if words < low:
        return 1 - words / low
    if words > high:
        return 1 - high / words
    return 0.0


@check("length.word_count", category="length", severity="warning", title="Too short or too long")
def word_count(resume: ResumeText) -> Iterator[Finding]:
    """The cost is the share of the usual size missed, so the score says how far off it is."""
    words = total_words(resume)
    low, high = WORDS_IDEAL
    if words < low or words > high:
        outside_limits = words < WORDS_LIMITS[0] or words > WORDS_LIMITS[1]
        severity = "warning" if outside_limits else "suggestion"
        advice = (
            "Add detail to your recent roles."
            if words < low
            else "Cut older or less relevant detail."
        )
        yield finding(
            "length.word_count",
            f"The resume has about {words} words; most good resumes have {low}–{high}.",
            path="",
            section="",
            fix=advice,
            severity=severity,
            points=max(SEVERITY_POINTS[severity], round(100 * size_shortfall(words))),
        )


@check(
    "length.bullets_per_role",
    category="length",
    severity="suggestion",
    title="Too few or too many bullets",
)
def bullets_per_role(resume: ResumeText) -> Iterator[Finding]:
    """Recent roles carry the resume: 3-6 bullets each. Older roles may be brief
    (fewer is fine), but never a wall of bullets."""
    low, high = BULLETS_PER_ROLE
    work = [role for role in resume.roles if role.section == "work"]
    recent = sorted(
        work, key=lambda role: (role.end is not None, -(role.end or 0), -(role.start or 0))
    )
    recent_indexes = {role.index for role in recent[:RECENT_ROLES]}
    for role in work:
        count = len(role.bullets)
        too_few = count < low and role.index in recent_indexes
        if too_few or count > high:
            advice = (
                "Add your most relevant achievements."
                if too_few
                else "Keep the strongest and merge the rest."
            )
            yield finding(
                "length.bullets_per_role",
                f"{role.title or 'This role'} has {count} bullet{'s' if count != 1 else ''}; "
                f"{low}–{high} works best.",
                path=role.path,
                section=role.section,
                entry=role.index,
                field="highlights",
                fix=advice,
            )


@check("length.long_bullet", category="length", severity="warning", title="Bullet over two lines")
def long_bullet(resume: ResumeText) -> Iterator[Finding]:
    for bullet in resume.bullets:
        words = language.word_count(bullet.text)
        if words > LONG_BULLET_WORDS or len(bullet.text) > LONG_BULLET_CHARACTERS:
            yield finding(
                "length.long_bullet",
                f"This bullet has {words} words, more than two lines.",
                at=bullet,
                fix="Split it in two or cut it to the result that matters.",
            )


@check("length.short_bullet", category="length", severity="suggestion", title="Very short bullet")
def short_bullet(resume: ResumeText) -> Iterator[Finding]:
    for bullet in resume.bullets:
        if language.word_count(bullet.text) < SHORT_BULLET_WORDS:
            yield finding(
                "length.short_bullet",
                "This bullet is too short to show what you did.",
                at=bullet,
                fix="Say what you did, how, and what came of it.",
            )


@check("length.summary_length", category="length", severity="suggestion", title="Summary length")
def summary_length(resume: ResumeText) -> Iterator[Finding]:
    summary = next((text for text in resume.prose if text.path == "basics/summary"), None)
    if summary is None:
        return
    words = language.word_count(summary.text)
    low, high = SUMMARY_WORDS
    if words < low or words > high:
        advice = (
            "Say who you are, your strongest skills and what you want next."
            if words < low
            else "Keep the two or three sentences that matter most."
        )
        yield finding(
            "length.summary_length",
            f"The summary has {words} words; {low}–{high} reads best.",
            at=summary,
            fix=advice,
        )


@check("length.empty_section", category="length", severity="warning", title="Empty entries")
def empty_section(resume: ResumeText) -> Iterator[Finding]:
    for section in LIST_SECTIONS:
        for index, entry in enumerate(
            resume.document.get(section) or []
            if isinstance(resume.document.get(section), list)
            else []
        ):
            if not isinstance(entry, dict) or not _has_words(entry):
                yield finding(
                    "length.empty_section",
                    f"An entry in {SECTION_TITLES[section]} is empty.",
                    path=f"{section}/{index}",
                    section=section,
                    entry=index,
                    fix=(
                        "Fill it in or delete it: exports skip empty entries, but it clutters "
                        "your editing."
                    ),
                )


@check("length.page_estimate", category="length", severity="warning", title="More than two pages")
def pages(resume: ResumeText) -> Iterator[Finding]:
    estimate = page_estimate(resume)
    if estimate > 2.05:
        yield finding(
            "length.page_estimate",
            f"This resume will run to about {estimate:.1f} pages.",
            path="",
            section="",
            fix="Two pages is the most recruiters read; trim roles older than ten years.",
        )
