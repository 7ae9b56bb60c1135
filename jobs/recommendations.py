"""What to change in a resume for one posting, worded for the user. Plain Python.

`recommend` turns a match (jobs.matching) into advice: required skills that are
missing (pointing at the bullet about the same work when there is one), the
posting's spelling of a word the resume writes otherwise, years, education,
title, keywords the posting repeats, and nice-to-haves.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from jobs.extraction import Requirements
from jobs.taxonomy import HARD_TYPES, content_words, context_words
from resumeopt import jsonresume
from resumeopt.stemming import stem

if TYPE_CHECKING:  # matching imports this module; the types are only for annotations
    from jobs.matching import MatchResult, ResumeProfile

BULLET_MATCH_THRESHOLD = 2.0  # evidence a bullet is about the same work as a missing skill


@cache
def generic_work_words() -> frozenset[str]:
    """Words every bullet could share ("built", "improved"): no sign two texts are about the
    same work. Stemmed on first use: importing the stemmer would cost every command's start."""
    return frozenset(stem(word) for word in context_words("generic_work_words"))


@dataclass
class Recommendation:
    section: str
    path: str | None
    message: str
    priority: int = 2  # 1 first


def _best_bullet(
    skill_name: str, requirements: Requirements, profile: ResumeProfile
) -> tuple[str, str, str] | None:
    """The resume bullet about the same work as the posting's sentence around this skill.

    Shared words count by how rare they are among the resume's bullets ("deployed"
    says more than "built"); a bullet that already names a skill the posting lists
    next to this one ("Terraform" beside "Kubernetes") counts most. Weak evidence
    names no bullet, and the advice points to Skills instead.
    """
    # Skills in the sentence count as skills (below), not as loose words ("delivery").
    skill_words = set().union(*(content_words(skill.text) for skill in requirements.skills))
    context = (
        {stem(word) for word in requirements.skill_context.get(skill_name, [])}
        - content_words(skill_name)
        - skill_words
    )
    neighbours = _neighbour_skills(skill_name, requirements)
    count = len(profile.bullets)
    best, best_score = None, 0.0
    for path, text, where in profile.bullets:
        shared = (context & content_words(text)) - generic_work_words()
        together = len(neighbours & profile.bullet_skills.get(path, set()))
        score = sum(
            math.log((count + 1) / (profile.bullet_frequency.get(stem, 0) + 0.5)) for stem in shared
        )
        score += 2.0 * together
        if score > best_score:
            best, best_score = (path, text, where), score
    return best if best_score >= BULLET_MATCH_THRESHOLD else None


def _neighbour_skills(skill_name: str, requirements: Requirements) -> set[str]:
    """Skills the posting names in the same sentence as this one."""
    context = set(requirements.skill_context.get(skill_name, []))
    neighbours = set()
    for skill in requirements.skills:
        words = re.findall(r"[a-z][a-z+#-]{2,}", skill.text.lower())
        if skill.name != skill_name and words and all(word in context for word in words):
            neighbours.add(skill.name)
    return neighbours


def recommend(
    result: MatchResult, requirements: Requirements, profile: ResumeProfile
) -> list[Recommendation]:
    """What to change, most important first, each naming
    its section and, where it can, the bullet."""
    advice: list[Recommendation] = []
    missing_required = [m for m in result.missing if m["required"] and m["type"] in HARD_TYPES]
    for item in sorted(missing_required, key=lambda m: -m["job_count"])[:8]:
        bullet = _best_bullet(item["name"], requirements, profile)
        if bullet:
            path, text, where = bullet
            about = " ".join(text.split()[:6])
            message = (
                f"{item['name']} is required and missing: add it to Skills and, if you used "
                f"it there, to the bullet “{about}…” {where}."
            ).replace("  ", " ")
            advice.append(Recommendation("work", path, message, 1))
        else:
            advice.append(
                Recommendation(
                    "skills",
                    "skills",
                    f"{item['name']} is required and missing: add it to Skills if you have "
                    "it, and show where you used it.",
                    1,
                )
            )
    for variant in result.variants:
        advice.append(
            Recommendation(
                jsonresume.section_of(variant["path"]),
                variant["path"],
                f"The posting writes “{variant['posting_form']}” but your resume writes "
                f"“{variant['resume_form']}”: use the posting's form, since ATS keyword "
                "matching is exact.",
                1,
            )
        )
    years = result.breakdown["experience_years"]
    if years.get("score") is not None and years["score"] < 100:
        advice.append(
            Recommendation(
                "work",
                "work",
                f"The posting asks for {years['required']}+ years of experience; your resume "
                f"shows about {years['resume_years']:g}. Make sure every relevant role is "
                "listed with its dates.",
                2,
            )
        )
    education = result.breakdown["education"]
    if education.get("score") is not None and education["score"] < 100:
        wanted = f"a {education['required']} degree" + (
            f" in {_alternatives(education['field'])}" if education["field"] else ""
        )
        asks = "asks for" if education["is_required"] else "would like"
        if (
            education["field_match"] is False
            and profile.education_rank >= requirements.education_rank
        ):
            message = (
                f"The posting {asks} {wanted}; if your studies covered it, name that in Education "
                "(a major, minor or courses)."
            )
        else:
            message = (
                f"The posting {asks} {wanted}; add yours to Education if you have one, or "
                "relevant training."
            )
        advice.append(Recommendation("education", "education", message, 2))
    title = result.breakdown["title"]
    # The role's fit, not its level: a Senior Accountant is not told to call herself Staff.
    role = title.get("role_score", title.get("score"))
    if role is not None and role < 50 and requirements.title:
        advice.append(
            Recommendation(
                "basics",
                "basics/label",
                f"Your headline does not match the posting's title “{requirements.title}”; "
                "use it in your headline if it describes you.",
                2,
            )
        )
    for item in result.keyword_frequency:
        if item["required"] and item["job_count"] >= 3 and item["resume_count"] == 1:
            advice.append(
                Recommendation(
                    "work",
                    None,
                    f"The posting mentions {item['name']} {item['job_count']} times; your "
                    "resume once. Show it in a bullet as well as in Skills.",
                    3,
                )
            )
    missing_preferred = [m for m in result.missing if not m["required"] and m["type"] in HARD_TYPES]
    if missing_preferred:
        names = _join([m["name"] for m in missing_preferred[:5]])
        advice.append(
            Recommendation(
                "skills", "skills", f"Nice to have and missing: {names}. Add any you have.", 3
            )
        )
    missing_soft = [m["name"] for m in result.missing if m["type"] == "soft"][:4]
    if missing_soft:
        them = "them" if len(missing_soft) > 1 else "it"
        advice.append(
            Recommendation(
                "work",
                None,
                f"The posting values {_join(missing_soft)}: show {them} through a result in "
                f"a bullet rather than listing {them}.",
                3,
            )
        )
    return sorted(advice, key=lambda item: item.priority)


def _alternatives(field_text: str) -> str:
    """ "Statistics, Economics, Computer Science" -> "Statistics, Economics or Computer Science"."""
    if "," in field_text and not re.search(r"\b(?:or|and)\b", field_text):
        head, _, last = field_text.rpartition(",")
        return f"{head} or{last}"
    return field_text


def _join(names: list[str]) -> str:
    """ "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
