"""Impact checks: does each bullet show what the person achieved?"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from optimizer.analysis import language
from optimizer.analysis.document import ResumeText
from optimizer.analysis.registry import check, finding
from optimizer.analysis.report import Finding
from optimizer.analysis.vocabulary import phrase_pattern, phrases, weak_phrases

QUANTIFIED_SHARE = 0.4  # below this share of bullets with a figure, the resume reads as duties
RECENT_ROLES = 2  # per-bullet "add a figure" prompts only for the most recent roles
RESULT_BY_RE = re.compile(r"\s*[A-Za-z]+(?:ed|en)\s+(?:by|in)\b", re.IGNORECASE)


@cache
def _phrase_patterns(kind: str) -> list[tuple[str, list[str], re.Pattern, re.Pattern]]:
    return [
        (
            phrase,
            stronger,
            re.compile(rf"{re.escape(phrase)}\b"),
            re.compile(rf"\b{re.escape(phrase)}\b"),
        )
        for phrase, stronger in weak_phrases()[kind].items()
    ]


@cache
def _any_phrase(kind: str) -> re.Pattern:
    """Matches where any of the kind's phrases would: at the start, or anywhere for duties."""
    alternatives = "|".join(re.escape(phrase) for phrase in weak_phrases()[kind])
    if kind == "duty":
        return re.compile(rf"^(?:{alternatives})\b|\b(?:{alternatives})\b")
    return re.compile(rf"^(?:{alternatives})\b")


@lru_cache(maxsize=8192)  # four checks ask of each bullet, and again on each draft
def weak_phrase(text: str, kind: str) -> tuple[str, list[str]] | None:
    """The weak phrase a bullet opens with (or contains, for duty phrasing), and stronger verbs."""
    lowered = text.strip().lower()
    if not _any_phrase(kind).search(lowered):
        return None  # most bullets: one pass over the text instead of one per phrase
    for phrase, stronger, at_start, anywhere in _phrase_patterns(kind):
        if at_start.match(lowered) or (kind == "duty" and anywhere.search(lowered)):
            return phrase, stronger
    return None


def _opens_weakly(text: str) -> bool:
    return weak_phrase(text, "duty") is not None or weak_phrase(text, "helper") is not None


@check(
    "impact.weak_verb",
    category="impact",
    severity="warning",
    title="Bullet does not start with an action verb",
)
def weak_verb(resume: ResumeText) -> Iterator[Finding]:
    for bullet in resume.bullets:
        first = language.first_word(bullet.text)
        if not first or language.opens_like_a_verb(first) or _opens_weakly(bullet.text):
            continue
        if first.lower() in {"i", "my", "me", "we", "our"}:
            continue  # reported as first person
        if RESULT_BY_RE.match(bullet.text) and language.has_metric(bullet.text):
            continue  # "Used by 40 companies": a project's result, not a duty
        yield finding(
            "impact.weak_verb",
            f"Starts with “{first}” rather than an action verb.",
            at=bullet,
            fix="Open with what you did: Led, Built, Reduced, Launched…",
        )


@check(
    "impact.duty_phrasing", category="impact", severity="warning", title="Duties instead of results"
)
def duty_phrasing(resume: ResumeText) -> Iterator[Finding]:
    for text in resume.bullets:
        found = weak_phrase(text.text, "duty")
        if found:
            phrase, stronger = found
            verbs = ", ".join(
                (language.to_past(verb.split()[0]) or verb).capitalize() for verb in stronger
            )
            yield finding(
                "impact.duty_phrasing",
                f"“{phrase.capitalize()}” describes a duty, not what you achieved.",
                at=text,
                fix=f"Say what you did and what came of it, starting with {verbs}.",
            )


@check("impact.helper_phrasing", category="impact", severity="warning", title="Vague contribution")
def helper_phrasing(resume: ResumeText) -> Iterator[Finding]:
    for text in resume.bullets:
        found = weak_phrase(text.text, "helper")
        if found:
            phrase, _ = found
            yield finding(
                "impact.helper_phrasing",
                f"“{phrase.capitalize()}” hides your own contribution.",
                at=text,
                fix="Say exactly what you did yourself, with a strong verb.",
            )


@check(
    "impact.low_quantification",
    category="impact",
    severity="warning",
    title="Few measurable results",
)
def low_quantification(resume: ResumeText) -> Iterator[Finding]:
    if len(resume.bullets) < 3:
        return
    counted = sum(1 for bullet in resume.bullets if language.has_metric(bullet.text))
    share = counted / len(resume.bullets)
    if share < QUANTIFIED_SHARE:
        yield finding(
            "impact.low_quantification",
            f"Only {counted} of {len(resume.bullets)} bullets ({share:.0%}) give a "
            "measurable result.",
            path="work",
            section="work",
            fix="Add figures where you can: how many, how much, how fast, what percentage.",
        )


@check(
    "impact.missing_metric",
    category="impact",
    severity="suggestion",
    title="Bullet without a figure",
)
def missing_metric(resume: ResumeText) -> Iterator[Finding]:
    recent = {(role.section, role.index) for role in _recent_roles(resume)}
    for bullet in resume.bullets:
        if (bullet.section, bullet.entry) in recent and not language.has_metric(bullet.text):
            yield finding(
                "impact.missing_metric",
                "No figure shows the size or result of this work.",
                at=bullet,
                fix="If you can, add a number: users, revenue, time saved, percentage improved.",
            )


def _recent_roles(resume: ResumeText):
    dated = [role for role in resume.roles if role.section == "work"]
    dated.sort(key=lambda role: (role.end is not None, -(role.end or 0), -(role.start or 0)))
    return dated[:RECENT_ROLES]


@check("impact.first_person", category="impact", severity="warning", title="First-person pronouns")
def first_person(resume: ResumeText) -> Iterator[Finding]:
    for text in resume.all_text:
        if text.field in ("name", "label"):
            continue
        pronouns = _pronouns(text.text)
        if pronouns:
            yield finding(
                "impact.first_person",
                f"Uses first person ({', '.join(pronouns)}); resumes leave the pronoun implied.",
                at=text,
                fix="Drop the pronoun: “I built…” becomes “Built…”.",
            )


@lru_cache(maxsize=8192)
def _pronouns(text: str) -> tuple[str, ...]:
    """The first-person pronouns of `text`, each once, in alphabetical order."""
    return tuple(sorted(set(language.first_person_pronouns(text))))


@check("impact.passive_voice", category="impact", severity="warning", title="Passive voice")
def passive_voice(resume: ResumeText) -> Iterator[Finding]:
    """A bullet whose main clause is passive ("Latency was reduced…").

    A bullet that opens with the writer's own verb has them as its subject, so
    a passive clause later on ("Own the API that is used by 300 customers")
    hides nothing.
    """
    for text in resume.bullets:
        if language.opens_like_a_verb(language.first_word(text.text)):
            continue
        phrase = language.passive_phrase(text.text)
        if phrase and not weak_phrase(text.text, "duty"):
            yield finding(
                "impact.passive_voice",
                f"“{phrase}” is passive: it hides who did the work.",
                at=text,
                fix="Make yourself the subject: “Was implemented” becomes “Implemented”.",
            )


@check("impact.buzzwords", category="impact", severity="suggestion", title="Buzzwords and clichés")
def buzzwords(resume: ResumeText) -> Iterator[Finding]:
    yield from _phrases(
        resume,
        "impact.buzzwords",
        "buzzwords",
        "Clichés like {found} say nothing a recruiter can check.",
        "Replace the cliché with evidence: what did you do that shows it?",
    )


@check(
    "impact.ai_phrases", category="impact", severity="suggestion", title="Machine-sounding phrases"
)
def ai_phrases(resume: ResumeText) -> Iterator[Finding]:
    yield from _phrases(
        resume,
        "impact.ai_phrases",
        "ai",
        "Phrases like {found} read as generated filler.",
        "Say it plainly and specifically, in your own words.",
    )


@lru_cache(maxsize=256)
def _occurring(kind: str, lowered: str) -> tuple[str, ...]:
    """The phrases of a kind found anywhere in `lowered` (a whole resume's text, lower case)."""
    return tuple(phrase for phrase in phrases(kind) if phrase in lowered)


@lru_cache(maxsize=8192)
def _phrases_found(text: str, kind: str) -> tuple[str, ...]:
    """The phrases of a kind in `text` as whole words, in lower case and alphabetical order."""
    return tuple(sorted({match.lower() for match in phrase_pattern(kind).findall(text)}))


def _phrases(
    resume: ResumeText, check_id: str, kind: str, message: str, fix: str
) -> Iterator[Finding]:
    # The regex over every text was most of the check's time; a plain substring test finds
    # the few phrases that occur at all (usually none), and the texts that hold one.
    occurring = _occurring(kind, resume.all_text_lower)
    if not occurring:
        return
    for text in resume.all_text:
        lowered = text.text.lower()
        if not any(phrase in lowered for phrase in occurring):
            continue
        found = _phrases_found(text.text, kind)
        if found:
            quoted = ", ".join(f"“{phrase}”" for phrase in found[:3])
            yield finding(check_id, message.format(found=quoted), at=text, fix=fix)
