"""How well a resume covers a job posting, and what exactly to change. Plain Python.

`match_resume(document, requirements)` scores a JSON Resume document against
extracted requirements: a 0-100 score with its breakdown (hard skills, soft
skills, title, education, years of experience, keywords), the requirements it
meets and where in the resume, those it misses, the places where the resume
uses another form of the posting's word ("JS" for "JavaScript", which exact-
match ATS software will not count), keyword frequency, and recommendations
that name the section and, where possible, the bullet to change.

For ranking many postings, build the resume's profile once (`profile_of`) and
call `match_profile` for each posting.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from jobs.extraction import EDUCATION_LEVELS, Requirements
from jobs.taxonomy import context_words, taxonomy
from resumeopt import jsonresume
from resumeopt.dates import to_month_index

WEIGHTS = {  # share of the score; components the posting does not ask about are left out
    "hard_skills": 0.40,
    "soft_skills": 0.10,
    "title": 0.15,
    "education": 0.10,
    "experience_years": 0.15,
    "keywords": 0.10,
}
HARD_TYPES = ("tool", "hard", "certification", "language")
PREFERRED_WEIGHT = 0.5
CONTACT_KEYS = {"email", "phone", "url", "location", "profiles", "image"}
STOPWORDS = context_words("stopwords")
SENIORITY_WORDS = context_words("seniority_words")


@dataclass
class Recommendation:
    section: str
    path: str | None
    message: str
    priority: int = 2  # 1 first


@dataclass
class MatchResult:
    score: int
    breakdown: dict[str, dict[str, Any]]
    matched: list[dict[str, Any]] = field(default_factory=list)
    missing: list[dict[str, Any]] = field(default_factory=list)
    variants: list[dict[str, Any]] = field(default_factory=list)
    keyword_frequency: list[dict[str, Any]] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ResumeProfile:
    """What matching needs from a resume, computed once per resume."""

    occurrences: dict[str, list[tuple[str, str]]]  # canonical skill -> [(path, text as written)]
    titles: list[str]
    years: float
    education_rank: int
    education_fields: list[str]
    text: str  # all prose, lower case
    bullets: list[tuple[str, str, str]]  # (path, text, where: "at Employer")


def _strings(value: Any, path: str):
    if isinstance(value, str):
        if value.strip():
            yield path, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}/{index}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}/{key}" if path else key)


def profile_of(document: dict[str, Any]) -> ResumeProfile:
    tax = taxonomy()
    occurrences: dict[str, list[tuple[str, str]]] = {}
    texts = []
    for section, value in (document or {}).items():
        if section in ("meta", "$schema"):
            continue
        if section == "basics" and isinstance(value, dict):
            value = {k: v for k, v in value.items() if k not in CONTACT_KEYS}
        for path, text in _strings(value, section):
            texts.append(text)
            found = tax.find(text)
            whole = (
                tax.lookup(text)
                if (path.startswith(("skills/", "languages/", "projects/")) or "keywords" in path)
                else None
            )
            if whole is not None and not found:
                occurrences.setdefault(whole.canonical, []).append((path, text))
            for match in found:
                occurrences.setdefault(match.term.canonical, []).append((path, match.text))
    basics = document.get("basics") if isinstance(document.get("basics"), dict) else {}
    work = [entry for entry in document.get("work") or [] if isinstance(entry, dict)]
    titles = [
        t
        for t in [basics.get("label", ""), *(entry.get("position", "") for entry in work)]
        if isinstance(t, str) and t
    ]
    bullets = []
    for index, entry in enumerate(work):
        employer = entry.get("name") or ""
        for number, bullet in enumerate(entry.get("highlights") or []):
            if isinstance(bullet, str):
                bullets.append(
                    (
                        f"work/{index}/highlights/{number}",
                        bullet,
                        f"at {employer}" if employer else "",
                    )
                )
    education = [entry for entry in document.get("education") or [] if isinstance(entry, dict)]
    return ResumeProfile(
        occurrences=occurrences,
        titles=titles,
        years=_years_of_experience(work),
        education_rank=max((_degree_rank(entry) for entry in education), default=0),
        education_fields=[str(entry.get("area") or "") for entry in education],
        text=" ".join(texts).lower(),
        bullets=bullets,
    )


def _years_of_experience(work: list[dict[str, Any]]) -> float:
    """Years covered by the work entries, overlaps counted once."""
    spans = []
    for entry in work:
        start = to_month_index(
            entry.get("startDate") if isinstance(entry.get("startDate"), str) else None
        )
        if start is None:
            continue
        end_value = entry.get("endDate") if isinstance(entry.get("endDate"), str) else None
        end = to_month_index(end_value) if end_value else to_month_index(None, default_today=True)
        if end is not None and end >= start:
            spans.append((start, end + 1))
    months, covered_until = 0, None
    for start, end in sorted(spans):
        if covered_until is None or start > covered_until:
            months += end - start
            covered_until = end
        elif end > covered_until:
            months += end - covered_until
            covered_until = end
    return round(months / 12, 1)


def _degree_rank(entry: dict[str, Any]) -> int:
    text = f"{entry.get('studyType') or ''} {entry.get('area') or ''}"
    for _, rank, pattern in EDUCATION_LEVELS:
        if re.search(pattern, text, re.IGNORECASE):
            return rank
    return 3 if entry.get("institution") and entry.get("studyType") else 0


def match_resume(document: dict[str, Any], requirements: Requirements) -> MatchResult:
    return match_profile(profile_of(document), requirements)


def match_profile(profile: ResumeProfile, requirements: Requirements) -> MatchResult:
    unique = requirements.unique_skills()
    job_counts = Counter(skill.name for skill in requirements.skills)
    forms = {}
    for skill in requirements.skills:
        forms.setdefault(skill.name, Counter())[skill.text] += 1
    matched, missing, variants = [], [], []
    for name, skill in unique.items():
        found = profile.occurrences.get(name, [])
        item = {"name": name, "type": skill.type, "required": skill.required, "job_count": job_counts[name],
                "resume_count": len(found)}  # fmt: skip
        if not found:
            missing.append(item)
            continue
        item["where"] = sorted({path for path, _ in found})
        matched.append(item)
        posting_form = forms[name].most_common(1)[0][0]
        resume_forms = {text.lower() for _, text in found}
        if posting_form.lower() not in resume_forms and not _written_anyway(
            posting_form, profile.text
        ):
            variants.append(
                {
                    "name": name,
                    "posting_form": posting_form,
                    "resume_form": found[0][1],
                    "path": found[0][0],
                }
            )

    breakdown = {
        "hard_skills": _coverage(unique, profile, HARD_TYPES),
        "soft_skills": _coverage(unique, profile, ("soft",)),
        "title": _title_score(requirements.title, profile.titles),
        "education": _education_score(requirements, profile),
        "experience_years": _years_score(requirements, profile),
        "keywords": _keyword_score(requirements, profile),
    }
    included = {name: part for name, part in breakdown.items() if part["score"] is not None}
    total_weight = sum(WEIGHTS[name] for name in included)
    score = (
        round(sum(WEIGHTS[name] * part["score"] for name, part in included.items()) / total_weight)
        if total_weight
        else 0
    )
    for name, part in breakdown.items():
        part["weight"] = (
            round(WEIGHTS[name] / total_weight, 3) if name in included and total_weight else 0
        )

    frequency = [
        {
            "name": name,
            "job_count": job_counts[name],
            "resume_count": len(profile.occurrences.get(name, [])),
            "required": unique[name].required,
        }  # fmt: skip
        for name in sorted(unique, key=lambda n: (-job_counts[n], n))
    ]
    result = MatchResult(score, breakdown, matched, missing, variants, frequency)
    result.recommendations = _recommendations(result, requirements, profile)
    return result


def _written_anyway(form: str, text: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(form.lower())}(?![\w])", text) is not None


def _coverage(unique, profile: ResumeProfile, types: tuple[str, ...]) -> dict[str, Any]:
    wanted = [skill for skill in unique.values() if skill.type in types]
    if not wanted:
        return {"score": None, "matched": 0, "total": 0}
    weight = lambda skill: 1.0 if skill.required else PREFERRED_WEIGHT  # noqa: E731
    total = sum(weight(skill) for skill in wanted)
    got = sum(weight(skill) for skill in wanted if skill.name in profile.occurrences)
    matched = sum(1 for skill in wanted if skill.name in profile.occurrences)
    return {"score": round(100 * got / total), "matched": matched, "total": len(wanted)}


def _title_words(title: str) -> set[str]:
    words = {
        word
        for word in re.findall(r"[a-z][a-z+#.]*", title.lower())
        if word not in STOPWORDS | SENIORITY_WORDS
    }
    return {word.rstrip(".") for word in words}


def _title_score(job_title: str, titles: list[str]) -> dict[str, Any]:
    wanted = _title_words(job_title)
    if not wanted:
        return {"score": None, "closest": ""}
    best, closest = 0.0, ""
    for title in titles:
        have = _title_words(title)
        overlap = len(wanted & have) / len(wanted) if have else 0
        if overlap > best:
            best, closest = overlap, title
    return {"score": round(100 * best), "closest": closest, "wanted": job_title}


def _education_score(requirements: Requirements, profile: ResumeProfile) -> dict[str, Any]:
    if not requirements.education_rank:
        return {"score": None}
    have, need = profile.education_rank, requirements.education_rank
    score = 100 if have >= need else 50 if have == need - 1 else 0
    return {
        "score": score,
        "required": requirements.education_level,
        "has_rank": have,
        "field": requirements.education_field,
    }


def _years_score(requirements: Requirements, profile: ResumeProfile) -> dict[str, Any]:
    if not requirements.years_min:
        return {"score": None}
    return {
        "score": round(100 * min(1.0, profile.years / requirements.years_min)),
        "required": requirements.years_min,
        "resume_years": profile.years,
    }


def _keyword_score(requirements: Requirements, profile: ResumeProfile) -> dict[str, Any]:
    keywords = requirements.keywords
    if not keywords:
        return {"score": None, "matched": 0, "total": 0}
    found = [k for k in keywords if k in profile.occurrences or _written_anyway(k, profile.text)]
    return {
        "score": round(100 * len(found) / len(keywords)),
        "matched": len(found),
        "total": len(keywords),
    }


def _content_words(text: str) -> set[str]:
    """Stemmed content words, so "services" meets "service" and "deploying" meets "deploy"."""
    return {_stem(w) for w in re.findall(r"[a-z][a-z+#-]{2,}", text.lower()) if w not in STOPWORDS}


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _best_bullet(
    skill_name: str, requirements: Requirements, profile: ResumeProfile
) -> tuple[str, str, str] | None:
    """The resume bullet closest to what the posting says around this skill."""
    context = {
        _stem(word) for word in requirements.skill_context.get(skill_name, [])
    } - _content_words(skill_name)
    scored = [
        (len(context & _content_words(text)), path, text, where)
        for path, text, where in profile.bullets
    ]
    scored = [item for item in scored if item[0] > 0]
    if not scored:
        return None
    _, path, text, where = max(scored, key=lambda item: item[0])
    return path, text, where


def _recommendations(
    result: MatchResult, requirements: Requirements, profile: ResumeProfile
) -> list[Recommendation]:
    advice: list[Recommendation] = []
    missing_required = [m for m in result.missing if m["required"] and m["type"] in HARD_TYPES]
    for item in sorted(missing_required, key=lambda m: -m["job_count"])[:8]:
        bullet = _best_bullet(item["name"], requirements, profile)
        if bullet:
            path, text, where = bullet
            about = " ".join(text.split()[:6])
            message = (f"{item['name']} is required and missing: add it to Skills and, if you used it there, "
                       f"to the bullet “{about}…” {where}.").replace("  ", " ")  # fmt: skip
            advice.append(Recommendation("work", path, message, 1))
        else:
            advice.append(
                Recommendation(
                    "skills",
                    "skills",
                    f"{item['name']} is required and missing: add it to Skills if you have it, and show where you used it.",
                    1,
                )
            )
    for variant in result.variants:
        advice.append(Recommendation(
            jsonresume.section_of(variant["path"]), variant["path"],
            f"The posting writes “{variant['posting_form']}” but your resume writes “{variant['resume_form']}”: "
            "use the posting's form, since ATS keyword matching is exact.", 1,
        ))  # fmt: skip
    years = result.breakdown["experience_years"]
    if years.get("score") is not None and years["score"] < 100:
        advice.append(Recommendation("work", "work",
            f"The posting asks for {years['required']}+ years of experience; your resume shows about {years['resume_years']:g}. "
            "Make sure every relevant role is listed with its dates.", 2))  # fmt: skip
    education = result.breakdown["education"]
    if education.get("score") is not None and education["score"] < 100:
        advice.append(Recommendation("education", "education",
            f"The posting asks for a {education['required']} degree; add yours to Education if you have one, or relevant training.", 2))  # fmt: skip
    title = result.breakdown["title"]
    if title.get("score") is not None and title["score"] < 50 and requirements.title:
        advice.append(Recommendation("basics", "basics/label",
            f"Your headline does not match the posting's title “{requirements.title}”; use it in your headline if it describes you.", 2))  # fmt: skip
    for item in result.keyword_frequency:
        if item["required"] and item["job_count"] >= 3 and item["resume_count"] == 1:
            advice.append(Recommendation("work", None,
                f"The posting mentions {item['name']} {item['job_count']} times; your resume once. Show it in a bullet as well as in Skills.", 3))  # fmt: skip
    missing_preferred = [m for m in result.missing if not m["required"] and m["type"] in HARD_TYPES]
    if missing_preferred:
        names = ", ".join(m["name"] for m in missing_preferred[:5])
        advice.append(
            Recommendation(
                "skills", "skills", f"Nice to have and missing: {names}. Add any you have.", 3
            )
        )
    missing_soft = [m["name"] for m in result.missing if m["type"] == "soft"][:4]
    if missing_soft:
        advice.append(Recommendation("work", None,
            f"The posting values {', '.join(missing_soft)}: show them through a result in a bullet rather than listing them.", 3))  # fmt: skip
    return sorted(advice, key=lambda item: item.priority)


def rank(
    document: dict[str, Any], jobs: list[tuple[str, Requirements]]
) -> list[tuple[str, MatchResult]]:
    """Postings best first for one resume."""
    profile = profile_of(document)
    scored = [(job_id, match_profile(profile, requirements)) for job_id, requirements in jobs]
    return sorted(scored, key=lambda item: -item[1].score)


def rank_documents(
    documents: list[tuple[str, dict[str, Any]]], requirements: Requirements
) -> list[tuple[str, MatchResult]]:
    """Resumes (or any labelled documents, such as versions) best first for one posting."""
    scored = [(label, match_resume(document, requirements)) for label, document in documents]
    return sorted(scored, key=lambda item: -item[1].score)
