"""Content checks: the substance is there, backed up, not repeated, and spelled right."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from optimizer.analysis import language
from optimizer.analysis.document import ResumeText, Text
from optimizer.analysis.registry import check, finding
from optimizer.analysis.report import Finding
from optimizer.analysis.vocabulary import implied_skills, stopwords, technology_terms
from resumeopt.stemming import stem

REPEATED_VERB = 3
OVERUSED_WORD = 5


@check("content.missing_experience", category="content", severity="critical", title="No experience")
def missing_experience(resume: ResumeText) -> Iterator[Finding]:
    if not any(role.section == "work" for role in resume.roles) and not resume.document.get(
        "projects"
    ):
        yield finding(
            "content.missing_experience",
            "There is no work experience or project.",
            path="work",
            fix="Add your jobs, internships or projects; they are what recruiters read first.",
        )


@check("content.missing_summary", category="content", severity="suggestion", title="No summary")
def missing_summary(resume: ResumeText) -> Iterator[Finding]:
    if not any(text.path == "basics/summary" for text in resume.prose):
        yield finding(
            "content.missing_summary",
            "There is no summary at the top.",
            path="basics/summary",
            field="summary",
            fix=(
                "Add two or three sentences: who you are, your strongest skills, what you want "
                "next."
            ),
        )


@check("content.missing_skills", category="content", severity="warning", title="No skills section")
def missing_skills(resume: ResumeText) -> Iterator[Finding]:
    if not _skills(resume):
        yield finding(
            "content.missing_skills",
            "There is no skills section; ATS keyword matching relies on it.",
            path="skills",
            fix="List your main tools, technologies and methods.",
        )


@check("content.missing_education", category="content", severity="suggestion", title="No education")
def missing_education(resume: ResumeText) -> Iterator[Finding]:
    education = resume.document.get("education")
    if not (
        isinstance(education, list)
        and any(isinstance(entry, dict) and entry for entry in education)
    ):
        yield finding(
            "content.missing_education",
            "There is no education section.",
            path="education",
            fix="Add your highest degree or relevant training; many ATS filters ask for one.",
        )


def _skills(resume: ResumeText) -> list[tuple[str, str]]:
    """(skill, path) for every listed skill keyword (or group name when it has none)."""
    found = []
    skills = resume.document.get("skills")
    for index, group in enumerate(skills if isinstance(skills, list) else []):
        if not isinstance(group, dict):
            continue
        keywords = group.get("keywords") if isinstance(group.get("keywords"), list) else []
        for number, keyword in enumerate(keywords):
            if isinstance(keyword, str) and keyword.strip():
                found.append((keyword.strip(), f"skills/{index}/keywords/{number}"))
        if not keywords and isinstance(group.get("name"), str) and group["name"].strip():
            found.append((group["name"].strip(), f"skills/{index}/name"))
    return found


@check(
    "content.unevidenced_skill",
    category="content",
    severity="suggestion",
    title="Skill not shown in experience",
)
def unevidenced_skill(resume: ResumeText) -> Iterator[Finding]:
    """A listed skill that no bullet, project, course or certificate backs up.

    A skill counts as shown when its words appear, when it is named another
    way ("K8s" for "Kubernetes"), or when a technology that needs it is used
    ("PostgreSQL" shows "SQL"). The summary is a claim, not evidence.
    """
    evidence = " ".join(_evidence(resume))
    if not evidence.strip():
        return
    lowered = evidence.lower()
    evidence_stems = {stem(word) for word in set(language.words(lowered))}
    terms = technology_terms()
    mentioned = terms.mentioned(evidence)
    for skill, path in _skills(resume):
        skill_stems = {stem(word) for word in language.words(skill.lower())}
        if not skill_stems or skill_stems <= evidence_stems:
            continue
        if re.search(rf"(?<![\w]){re.escape(skill.lower())}(?![\w])", lowered):
            continue
        canonical = terms.canonical_of_lower.get(skill.lower(), skill)
        if (
            canonical in mentioned
            or implied_skills().get(canonical.lower(), frozenset()) & mentioned
        ):
            continue
        index = int(path.split("/")[1])
        yield finding(
            "content.unevidenced_skill",
            f"“{skill}” is listed as a skill but never shown in your experience.",
            path=path,
            section="skills",
            entry=index,
            field="keywords",
            fix=f"Mention where you used {skill} in a bullet, or drop it if it is not a strength.",
        )


def _evidence(resume: ResumeText) -> Iterator[str]:
    """Text that shows skills in use: experience and projects, courses, certificates, awards."""
    yield from (text.text for text in resume.all_text if text.section != "basics")
    for section, keys in (
        ("projects", ("keywords",)),
        ("education", ("area", "courses")),
        ("certificates", ("name",)),
        ("awards", ("title", "summary")),
        ("publications", ("name", "summary")),
    ):
        entries = resume.document.get(section)
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            for key in keys:
                value = entry.get(key)
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, str):
                        yield item


@check(
    "content.repeated_verb",
    category="content",
    severity="suggestion",
    title="Repeated opening verb",
)
def repeated_verb(resume: ResumeText) -> Iterator[Finding]:
    openings = defaultdict(list)
    for bullet in resume.bullets:
        base = language.verb_base(language.first_word(bullet.text))
        if base:
            openings[base].append(bullet)
    for base, bullets in openings.items():
        if len(bullets) >= REPEATED_VERB:
            for bullet in bullets[1:]:
                yield finding(
                    "content.repeated_verb",
                    f"{len(bullets)} bullets start with “{base}”.",
                    at=bullet,
                    fix="Vary the verbs so each bullet stands out.",
                )


@check("content.overused_word", category="content", severity="suggestion", title="Overused word")
def overused_word(resume: ResumeText) -> Iterator[Finding]:
    """A word used five times or more, other than the words of the person's own job titles
    ("product" for a product manager, "patients" for a nurse is the job, not a tic)."""
    own_words = _title_words(resume)
    # Counted in bulk, then only the distinct words used often enough are judged.
    counts: Counter[str] = Counter()
    texts: list[tuple[Text, set[str]]] = []
    for text in resume.all_text:
        if text.field in ("name", "label"):
            continue
        lowered = [word.lower().strip(".'’") for word in text.words]
        counts.update(lowered)
        texts.append((text, set(lowered)))
    for word, count in counts.items():
        if (
            count >= OVERUSED_WORD
            and len(word) > 3
            and word not in stopwords()
            and stem(word) not in own_words
            and not language.verb_base(word)
        ):
            first_place = next(text for text, words in texts if word in words)
            yield finding(
                "content.overused_word",
                f"“{word}” appears {count} times.",
                at=first_place,
                fix="Use a synonym or say it once where it matters most.",
            )


@check("content.duplicate_bullet", category="content", severity="warning", title="Duplicate bullet")
def duplicate_bullet(resume: ResumeText) -> Iterator[Finding]:
    seen = {}
    for bullet in resume.bullets:
        key = re.sub(r"\W+", " ", bullet.text.lower()).strip()
        if key in seen:
            yield finding(
                "content.duplicate_bullet",
                "This bullet repeats one above it word for word.",
                at=bullet,
                fix="Delete it or rewrite it for this role.",
            )
        else:
            seen[key] = bullet


@check("content.spelling", category="content", severity="warning", title="Spelling")
def spelling(resume: ResumeText) -> Iterator[Finding]:
    names = _proper_names(resume)
    for text in resume.all_text:
        if text.field in ("name",):
            continue
        candidates = {}
        for position, word in enumerate(text.words):
            if position > 0 and word[0].isupper():
                continue  # a name or product mid-sentence (a word starts with its letter)
            plain = word.strip(".'’")
            if not plain.isalpha() or len(plain) < 3 or plain.lower() in names:
                continue
            if not plain[1:].islower() and any(c.isupper() for c in plain[1:]):
                continue  # an acronym or CamelCase name (islower first: it is most words' answer)
            candidates[plain.lower()] = plain
        for word, better in sorted(language.misspellings(set(candidates)).items()):
            yield finding(
                "content.spelling",
                f"“{candidates[word]}” may be misspelled.",
                at=text,
                fix=f"Did you mean “{better}”?",
            )


def _title_words(resume: ResumeText) -> set[str]:
    """Stems of the words in the person's headline and job titles."""
    titles = [resume.basics.get("label"), *(role.title for role in resume.roles)]
    return {
        stem(word) for title in titles if isinstance(title, str) for word in language.words(title)
    }


def _proper_names(resume: ResumeText) -> set[str]:
    """Words from names the resume itself defines: employers, schools, projects, skills."""
    names: set[str] = set()
    for section, keys in (
        ("work", ("name", "position")),
        ("volunteer", ("organization",)),
        ("education", ("institution", "area")),
        ("projects", ("name", "keywords")),
        ("skills", ("name", "keywords")),
        ("certificates", ("name", "issuer")),
    ):
        entries = resume.document.get(section)
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            for key in keys:
                value = entry.get(key)
                values = value if isinstance(value, list) else [value]
                for item in values:
                    if isinstance(item, str):
                        names.update(word.lower() for word in language.words(item))
    return names
