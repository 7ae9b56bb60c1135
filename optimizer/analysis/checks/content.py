"""Content checks: the substance is there, backed up, not repeated, and spelled right."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache

from optimizer.analysis import language
from optimizer.analysis.document import ResumeText, Text
from optimizer.analysis.registry import check, finding
from optimizer.analysis.report import Finding
from optimizer.analysis.vocabulary import implied_skills, stopwords, technology_terms
from resumeopt.stemming import stem

NOT_WORD_RE = re.compile(r"\W+")
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
    skills = _skills(resume)
    if not skills:
        return
    texts = list(_evidence(resume))
    evidence = " ".join(texts)
    if not evidence.strip():
        return
    lowered = evidence.lower()
    # Read text by text, each reading cached by its text: the words of the texts joined by
    # spaces are the words of each text, and so are the single-word technology names.
    evidence_stems: set[str] = set()
    mentioned: set[str] = set()
    for text in texts:
        stems, named = _evidence_of(text)
        evidence_stems |= stems
        mentioned |= named
    terms = technology_terms()
    mentioned |= terms.named_in_phrases(lowered)  # spellings of several words, across texts
    for skill, path in skills:
        skill_stems = {stem(word) for word in language.words(skill.lower())}
        if not skill_stems or skill_stems <= evidence_stems:
            continue
        if skill.lower() in lowered and re.search(
            rf"(?<![\w]){re.escape(skill.lower())}(?![\w])", lowered
        ):
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


@lru_cache(maxsize=8192)
def _evidence_of(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of a text's words, and the technologies its single words name."""
    # Lower case changes no word boundary of an ASCII text; two letters outside ASCII become
    # ASCII ones ("K" for kelvin), so other texts are lowered whole first, as they were read.
    words = language.lower_words(text) if text.isascii() else language.words(text.lower())
    stems = frozenset(map(stem, set(words)))
    return stems, frozenset(technology_terms().named_in_words(text))


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
    counted: list[str] = []
    texts: list[tuple[Text, frozenset[str]]] = []
    for text in resume.all_text:
        if text.field in ("name", "label"):
            continue
        in_text, distinct = _counted_words(text.text)
        counted += in_text
        texts.append((text, distinct))
    for word, count in Counter(counted).items():
        if count >= OVERUSED_WORD and _may_be_overused(word) and stem(word) not in own_words:
            first_place = next(text for text, words in texts if word in words)
            yield finding(
                "content.overused_word",
                f"“{word}” appears {count} times.",
                at=first_place,
                fix="Use a synonym or say it once where it matters most.",
            )


@lru_cache(maxsize=16384)
def _may_be_overused(word: str) -> bool:
    """Is a word used often worth reporting: not short, not a stop word, not an action verb?"""
    return len(word) > 3 and word not in stopwords() and not language.verb_base(word)


@lru_cache(maxsize=8192)
def _counted_words(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A text's words as overused_word counts them (lower case, no end stops or quotes)."""
    counted = language.lower_words(text)  # a word of WORD_RE ends with a letter, + or #
    return counted, frozenset(counted)


@check("content.duplicate_bullet", category="content", severity="warning", title="Duplicate bullet")
def duplicate_bullet(resume: ResumeText) -> Iterator[Finding]:
    seen = {}
    for bullet in resume.bullets:
        key = _bullet_key(bullet.text)
        if key in seen:
            yield finding(
                "content.duplicate_bullet",
                "This bullet repeats one above it word for word.",
                at=bullet,
                fix="Delete it or rewrite it for this role.",
            )
        else:
            seen[key] = bullet


@lru_cache(maxsize=8192)
def _bullet_key(text: str) -> str:
    """What duplicate_bullet compares: the words in lower case, whatever is between them."""
    return NOT_WORD_RE.sub(" ", text.lower()).strip()


@check("content.spelling", category="content", severity="warning", title="Spelling")
def spelling(resume: ResumeText) -> Iterator[Finding]:
    names = _proper_names(resume)
    for text in resume.all_text:
        if text.field in ("name",):
            continue
        candidates = {
            word: written for word, written in _spelling_candidates(text.text) if word not in names
        }
        for word, better in sorted(language.misspellings(set(candidates)).items()):
            yield finding(
                "content.spelling",
                f"“{candidates[word]}” may be misspelled.",
                at=text,
                fix=f"Did you mean “{better}”?",
            )


@lru_cache(maxsize=8192)
def _spelling_candidates(text: str) -> tuple[tuple[str, str], ...]:
    """(lower case, as written) of the words of `text` the spelling check judges, unless
    they are among the resume's own names."""
    # A word of WORD_RE begins with a letter and ends with a letter, + or #, so there is
    # nothing to strip, and one made of letters alone is ASCII. After the first, a word
    # starting with a capital is a name or product mid-sentence; an acronym or CamelCase name
    # has a capital after its first letter.
    words = language.text_words(text)
    candidates = {
        word: word for word in words[1:] if len(word) >= 3 and word.islower() and word.isalpha()
    }
    first = words[0] if words else ""
    if len(first) >= 3 and first.isalpha() and first[1:].islower():
        candidates.setdefault(first.lower(), first)  # a later word in lower case is kept
    return tuple(candidates.items())


def _title_words(resume: ResumeText) -> set[str]:
    """Stems of the words in the person's headline and job titles."""
    titles = [resume.basics.get("label"), *(role.title for role in resume.roles)]
    return {
        stem(word)
        for title in titles
        if isinstance(title, str)
        for word in language.text_words(title)
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
                        names.update(word.lower() for word in language.text_words(item))
    return names
