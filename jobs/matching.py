"""How well a resume covers a job posting, and what exactly to change. Plain Python.

`match_resume(document, requirements)` scores a JSON Resume document against
extracted requirements: a 0-100 score with its breakdown (hard skills, soft
skills, title, education, years of experience, keywords, and duties: how much of
the work the posting describes the resume shows), the requirements it
meets and where in the resume, those it misses, the places where the resume
uses another form of the posting's word ("JS" for "JavaScript", which exact-
match ATS software will not count), keyword frequency, and recommendations
that name the section and, where possible, the bullet to change.

For ranking many postings, build the resume's profile once (`profile_of`) and
call `match_profile` for each posting.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from jobs.extraction import EDUCATION_LEVELS, Requirements, narrowed_years
from jobs.ladder import (
    ROLE_END_RE,
    held_headline,
    held_title,
    latest_titles,
    licensed_practice,
    role_heads,
    role_of,
    title_rung,
    without_aims,
)
from jobs.recommendations import Recommendation, generic_work_words, recommend
from jobs.relations import implied_by
from jobs.taxonomy import (
    HARD_TYPES,
    STOPWORDS,
    content_words,
    context_words,
    taxonomy,
    work_done,
)
from resumeopt.dates import to_month_index
from resumeopt.stemming import stem

WEIGHTS = {  # share of the score; components the posting does not ask about are left out
    "hard_skills": 0.45,
    "soft_skills": 0.05,
    "title": 0.20,
    "education": 0.10,
    "experience_years": 0.15,
    "keywords": 0.05,  # domain words: they break ties more than they rank
    "duties": 0.10,  # the posting's work the resume shows, with no skills list (see match_profile)
}
PREFERRED_WEIGHT = 0.5
MUST_HAVE_FLOOR = 0.4  # share of the score kept when the resume shows none of the hard skills
CONTACT_KEYS = {"name", "email", "phone", "url", "location", "profiles", "image"}
# Names of organisations, links and dates: "Brightwave Analytics" is an employer, not skills.
NOT_SKILL_KEYS = {
    "url",
    "startDate",
    "endDate",
    "date",
    "releaseDate",
    "institution",
    "organization",
    "awarder",
    "publisher",
    "entity",
    "score",
}
NAMED_ENTRY_SECTIONS = ("work", "volunteer")  # their "name" is the employer's
SKIPPED_SECTIONS = ("meta", "$schema", "references")
SENIORITY_WORDS = context_words("seniority_words")


@dataclass
class MatchResult:
    score: int
    breakdown: dict[str, dict[str, Any]]
    matched: list[dict[str, Any]] = field(default_factory=list)
    missing: list[dict[str, Any]] = field(default_factory=list)
    variants: list[dict[str, Any]] = field(default_factory=list)
    keyword_frequency: list[dict[str, Any]] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    explanation: str = ""  # "3 of 4 must-haves, title fits, 2 years short"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ResumeProfile:
    """What matching needs from a resume, computed once per resume."""

    occurrences: dict[str, list[tuple[str, str]]]  # canonical skill -> [(path, text as written)]
    titles: list[str]
    years: float
    education_rank: float
    education_fields: list[str]
    text: str  # all prose, lower case
    bullets: list[tuple[str, str, str]]  # (path, text, where: "at Employer")
    bullet_frequency: dict[str, int] = field(default_factory=dict)  # stem -> bullets using it
    bullet_skills: dict[str, set[str]] = field(default_factory=dict)  # bullet path -> skills in it
    # Skills the resume shows through another it names ("SQL" through "PostgreSQL").
    implied: dict[str, str] = field(default_factory=dict)
    # Years of the dated jobs whose entry names the skill ("Java": 3.5), overlaps counted once.
    skill_years: dict[str, float] = field(default_factory=dict)
    # And of those naming it or a skill implying it, where they are more ("SQL" by PostgreSQL).
    implied_years: dict[str, float] = field(default_factory=dict)
    stems: frozenset[str] = frozenset()  # every content word of the resume, stemmed
    # Skills shown only by a job title or headline ("Data Scientist": Data Science): evidence,
    # but less than a bullet or a skills list that names them.
    title_only: frozenset[str] = frozenset()
    # Skills shown only in skills-list entries that hedge them ("React (basic)"): a little
    # knowledge, not the stack the work was done in (see HEDGED_CREDIT).
    hedged: frozenset[str] = frozenset()
    current_title: str = ""  # the title held now that names a rung of the ladder ("" if none)
    # The titles held now: the headline's and the latest job's (and any other job not ended),
    # and those of the jobs held before them.
    titles_now: frozenset[str] = frozenset()
    titles_before: frozenset[str] = frozenset()
    # That title's rung (see jobs.ladder), a graduate's where it is an intern's or a student's
    # and the degree is done (see _rung_held); None where it names none.
    rung: float | None = None
    # Whether the resume lists its skills: without a list, bullets name only some of them.
    lists_skills: bool = True
    # Years of the jobs in the line of work of the title held now (see _line_years).
    line_years: float = 0.0
    # Years in licensed health posts ("Registered Nurse", not "Nursing Assistant"), what a
    # post of that kind asks its years of; None where no job title names a rung.
    licensed_years: float | None = None
    # Titles held in an earlier line of work than the one held now (a teacher become a
    # developer): they fit a posting less (see EARLIER_LINE_FIT).
    earlier_titles: frozenset[str] = frozenset()
    # Skills shown only in the jobs of those titles: old evidence (see EARLIER_LINE_CREDIT).
    earlier_only: frozenset[str] = frozenset()
    # The work entries (dicts), for the years of those in a post's line of work.
    work: list[dict[str, Any]] = field(default_factory=list)
    # Years of the jobs outside those: what counts toward a post not in the line left.
    years_since_change: float = 0.0
    # (path, text in lower case) of the work done and skills claimed (WORK_DONE_SECTIONS).
    passages: list[tuple[str, str]] = field(default_factory=list)
    # The same as written: a three-letter acronym ("HUD", "ACT") is looked for in capitals.
    cased_passages: list[tuple[str, str]] = field(default_factory=list)
    # The language the resume is written in, where it can be told ("English"): a posting
    # asking "Fluent English" is answered by the resume itself.
    written_in: str = ""
    # Skills the taxonomy did not read in the resume but its text writes out, with where.
    written: dict[str, list[tuple[str, str]]] = field(default_factory=dict, repr=False)
    # Whether the whole text writes a form out (see writes): asked again for every posting.
    written_forms: dict[str, bool] = field(default_factory=dict, repr=False)

    def has(self, name: str) -> bool:
        return name in self.occurrences or name in self.implied

    def writes(self, form: str) -> bool:
        """The resume's text has the form word for word, singular or plural. Kept here, not
        in a process-wide cache keyed by the text, so that no resume outlives its ranking."""
        if form not in self.written_forms:
            self.written_forms[form] = _written_anyway(form, self.text)
        return self.written_forms[form]

    def shows(self, name: str) -> bool:
        """The resume shows the skill: read, implied, or written out as the posting names it."""
        return self.has(name) or bool(self.written_places(name))

    def written_places(self, name: str) -> list[tuple[str, str]]:
        """Where the resume writes a skill's name out word for word though it was not read as
        one: "warehouse automation" shows the "Automation" a posting asks. Short names ("Go",
        "R") are left out: as words they are too often something else."""
        if name not in self.written:
            if self.has(name):
                self.written[name] = []
            elif len(name) >= MIN_WRITTEN_NAME:
                self.written[name] = [
                    (path, name) for path, text in self.passages if _written_anyway(name, text)
                ]
            elif ACRONYM_RE.fullmatch(name) and taxonomy().lookup(name) is None:
                # An acronym the taxonomy does not know ("HUD" regulations), written in
                # capitals in both: the same thing, as a recruiter reads it. One it knows
                # ("CPA") was read already, or left out on purpose ("our outside CPA").
                found = re.compile(rf"(?<![\w.]){name}(?![\w])")
                self.written[name] = [
                    (path, name) for path, text in self.cased_passages if found.search(text)
                ]
            else:
                self.written[name] = []
        return self.written[name]


def _strings(value: Any, path: str):
    if isinstance(value, str):
        if value.strip():
            yield path, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}/{index}")
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in NOT_SKILL_KEYS or (key == "name" and path.startswith(NAMED_ENTRY_SECTIONS)):
                continue
            yield from _strings(item, f"{path}/{key}" if path else key)


def profile_of(document: dict[str, Any]) -> ResumeProfile:
    """What matching needs from a resume; build it once to score many postings."""
    tax = taxonomy()
    occurrences: dict[str, list[tuple[str, str]]] = {}
    hedged_places: set[tuple[str, str]] = set()  # (skill, path) where a hedge qualifies it
    texts, passages, cased_passages = [], [], []
    for section, value in (document or {}).items():
        if section == "meta" and isinstance(value, dict):
            # Lines an import could not place ("ACLS", a headline) are still the resume's.
            value = {"unsorted": value.get("unsorted") or []}
        elif section in SKIPPED_SECTIONS:
            continue
        if section == "basics" and isinstance(value, dict):
            value = {k: v for k, v in value.items() if k not in CONTACT_KEYS}
        for path, text in _strings(value, section):
            if path == "basics/label":
                # "Aspiring Data Scientist" names the post wanted: no evidence of its skills.
                text = held_headline(text)
            elif path == "basics/summary":
                text = without_aims(text)  # "...looking for a first B2B sales role"
            texts.append(text)
            if path.startswith(WORK_DONE_SECTIONS):
                passages.append((path, text.lower()))
                cased_passages.append((path, text))
            found = tax.find(text)
            whole = (
                tax.lookup(text)
                if path.startswith(("skills/", "languages/", "projects/", "meta/unsorted/"))
                or "keywords" in path
                else None
            )
            if whole is not None and not found:
                occurrences.setdefault(whole.canonical, []).append((path, text))
            hedge = path.startswith("skills/") and _hedged(text)
            for match in found:
                if match.term.type == "certification" and _held_by_another(path, text, match):
                    continue
                occurrences.setdefault(match.term.canonical, []).append((path, match.text))
                if hedge:
                    hedged_places.add((match.term.canonical, path))
            named = {match.term.canonical for match in found}
            # "Cared for 5-6 adult patients": work done, its object a few words on.
            for name, written in work_done(text):
                if name not in named:
                    occurrences.setdefault(name, []).append((path, written))
            if path in TITLE_PATHS or TITLE_PATH_RE.match(path):
                for name in title_skills(text) - {match.term.canonical for match in found}:
                    occurrences.setdefault(name, []).append((path, text))
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
    # Occurrence paths number the document's own work list, entries that are not dicts included.
    all_work = document.get("work") if isinstance(document.get("work"), list) else []
    jobs_naming: dict[str, set[int]] = {}
    for name, places in occurrences.items():
        for path, _ in places:
            if path.startswith("work/") and isinstance(all_work[int(path.split("/")[1])], dict):
                jobs_naming.setdefault(name, set()).add(int(path.split("/")[1]))
    document_frequency = Counter(stem for _, text, _ in bullets for stem in content_words(text))
    held_as_written = held_title(work, str(basics.get("label") or ""))
    held_now = role_of(held_as_written)  # "Mathematics Teacher", as the step notes name it
    positions = latest_titles(work)
    earlier = _earlier_titles(
        positions, [held_headline(str(basics.get("label") or "")), *positions[:1]]
    )
    return ResumeProfile(
        occurrences=occurrences,
        titles=titles,
        years=_years_of_experience(work),
        education_rank=max(
            (_degree_rank(entry) for entry in [*education, *_unplaced_degrees(document)]),
            default=0,
        ),
        education_fields=[str(entry.get("area") or "") for entry in education],
        text=" ".join(texts).lower(),
        passages=passages,
        cased_passages=cased_passages,
        bullets=bullets,
        bullet_frequency=dict(document_frequency),
        implied=implied_by(list(occurrences)),  # in resume order: the same source every run
        bullet_skills={
            path: {
                name for name, places in occurrences.items() if any(p == path for p, _ in places)
            }
            for path, _, _ in bullets
        },
        stems=frozenset(content_words(" ".join(texts))),
        skill_years={
            name: _years_of_experience([all_work[index] for index in sorted(indexes)])
            for name, indexes in jobs_naming.items()
        },
        implied_years={
            name: _years_of_experience([all_work[index] for index in sorted(indexes)])
            for name, indexes in _with_implied_jobs(jobs_naming).items()
            if indexes != jobs_naming.get(name)
        },
        title_only=_title_only_skills(occurrences),
        hedged=frozenset(
            name
            for name, places in occurrences.items()
            if all((name, path) in hedged_places for path, _ in places)
        ),
        written_in=_written_in(texts),
        current_title=held_now,
        titles_now=(now := _titles_now(work, positions, str(basics.get("label") or ""))),
        titles_before=frozenset(positions) - now,
        rung=_rung_held(held_as_written, education),
        lists_skills=_lists_skills(document),
        line_years=_line_years(work, held_now),
        licensed_years=_licensed_years(work),
        earlier_titles=earlier,
        work=work,
        earlier_only=_earlier_only(occurrences, all_work, earlier),
        years_since_change=_years_of_experience(
            [entry for entry in work if entry.get("position") not in earlier]
        ),
    )


def _with_implied_jobs(jobs_naming: dict[str, set[int]]) -> dict[str, set[int]]:
    """The jobs that show each skill: those naming it and those naming a skill that implies it
    (years with PostgreSQL are years with SQL; a Senior Full Stack Developer's are years of
    frontend development)."""
    shown = {name: set(indexes) for name, indexes in jobs_naming.items()}
    for source, indexes in jobs_naming.items():
        for target in implied_by([source]):
            shown.setdefault(target, set()).update(indexes)
    return shown


def _title_only_skills(occurrences: dict[str, list[tuple[str, str]]]) -> frozenset[str]:
    """Skills a job title or headline shows and nothing else does: neither a bullet, a list
    nor a skill of those implying it ("Automation" of a QA Automation Engineer whose bullets
    name Selenium and Cypress is shown by the work)."""
    by_title = {
        name
        for name, places in occurrences.items()
        if all(path in TITLE_PATHS or TITLE_PATH_RE.match(path) for path, _ in places)
    }
    if not by_title:
        return frozenset()
    shown_otherwise = implied_by([name for name in occurrences if name not in by_title])
    return frozenset(name for name in by_title if name not in shown_otherwise)


def _titles_now(work: list[dict[str, Any]], positions: list[str], label: str) -> frozenset[str]:
    """The titles held now: the headline's (unless it names a post wanted), the latest job's
    and any other job's with no end."""
    ongoing = [entry["position"] for entry in work if not entry.get("endDate")]
    return frozenset(
        title
        for title in [held_headline(label), *positions[:1], *ongoing]
        if isinstance(title, str) and title
    )


ENGLISH_SHARE = 0.06  # share of a resume's words that are English function words, at least
MIN_LANGUAGE_WORDS = 30  # fewer words than this say too little of the language


def _written_in(texts: list[str]) -> str:
    """ "English" where the resume's prose is English (its function words are common in it),
    else "": the language of a resume shows that it is had, as a recruiter reads it."""
    words = re.findall(r"[a-z]+", " ".join(texts).lower())
    if len(words) < MIN_LANGUAGE_WORDS:
        return ""
    common = context_words("english_function_words")
    return "English" if sum(word in common for word in words) >= ENGLISH_SHARE * len(words) else ""


HEDGE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(context_words("hedged_skill"), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _hedged(text: str) -> bool:
    """A skills-list entry that says its skill is known only a little: "React (basic)"."""
    return HEDGE_RE.search(text) is not None


# Where a credential is listed as held whatever words stand around it.
CREDENTIAL_LISTS = ("certificates/", "skills/", "meta/", "basics/label")
WORD_RE = re.compile(r"[\w'’]+")


def _held_by_another(path: str, text: str, match: Any) -> bool:
    """A credential the prose names as someone else's role or firm ("our outside CPA",
    "worked with the company's CPA", "the external CPA firm"): the resume does not hold it.
    Held where a list names it, after the name, or where the words say so ("CPA licensed",
    "earned the CPA license")."""
    if path.startswith(CREDENTIAL_LISTS):
        return False
    after = WORD_RE.findall(text[match.end :])[:1]
    following = after[0].lower() if after else ""
    if following in context_words("credential_held_after"):
        return False
    if following in context_words("credential_of_another_after"):
        return True
    clause = re.split(r"[.;:!?()\n]", text[: match.start])[-1]
    before = [word.lower() for word in WORD_RE.findall(clause)[-2:]]
    return any(
        word in context_words("credential_of_another_before") or word.endswith(("'s", "’s"))
        for word in before
    )


GRADUATE_RUNG = 1.0  # a new graduate: a first post (rung 2, "Staff Auditor") is one step up


def _rung_held(title: str, education: list[dict[str, Any]]) -> float | None:
    """The rung of the title held now. An intern or student (rung 0) whose degree is done is
    a graduate looking for a first post: an "Audit Intern" with a finished accounting degree
    is who a Staff Auditor post is written for, not two steps below it."""
    rung = title_rung(title) if title else None
    if rung == 0 and _graduated(education):
        return GRADUATE_RUNG
    return rung


def _graduated(education: list[dict[str, Any]]) -> bool:
    """A degree (an associate's or above) whose end date has passed."""
    today = to_month_index(None, default_today=True)
    for entry in education:
        end = entry.get("endDate")
        ended = to_month_index(end) if isinstance(end, str) else None
        if ended is not None and ended <= today and _degree_rank(entry) >= 2:
            return True
    return False


def _earlier_only(
    occurrences: dict[str, list[tuple[str, str]]], work: list[Any], earlier: frozenset[str]
) -> frozenset[str]:
    """Skills the resume shows only in the jobs of a career left behind: "ran inventory
    counts" in a store, for someone now a staff accountant."""
    if not earlier:
        return frozenset()
    left = {
        f"work/{index}/"
        for index, entry in enumerate(work)
        if isinstance(entry, dict) and entry.get("position") in earlier
    }
    return frozenset(
        name
        for name, places in occurrences.items()
        if all(path.startswith(tuple(left)) for path, _ in places)
    )


def _licensed_years(work: list[dict[str, Any]]) -> float | None:
    """Years of the jobs held in licensed health posts (see jobs.ladder.licensed_practice);
    None where no job title names a rung, so that nothing can be told of them."""
    titles = [entry["position"] for entry in work if isinstance(entry.get("position"), str)]
    if not any(title_rung(title) is not None for title in titles):
        return None
    return _years_of_experience(
        [entry for entry in work if licensed_practice(str(entry.get("position") or ""))]
    )


def _line_years(work: list[dict[str, Any]], title: str) -> float:
    """Years of the jobs whose title is in the same line of work as `title` (sharing a role
    word beyond "engineer" or "manager", or a family of roles): a Backend Engineer's years
    as one, not those of an earlier career."""
    wanted = _title_words(title)
    if not wanted:
        return 0.0
    return _years_of_experience(
        [
            entry
            for entry in work
            if isinstance(entry.get("position"), str)
            and _same_line(_title_words(entry["position"]), wanted)
        ]
    )


def _same_line(have: frozenset[str], wanted: frozenset[str]) -> bool:
    """Two titles' role words name one line of work: a role word beyond "engineer" or
    "manager" in common, or a family of roles."""
    return bool(have & wanted - GENERIC_TITLE_WORDS or _families(wanted) & _families(have))


def _earlier_titles(positions: list[str], now: list[str]) -> frozenset[str]:
    """The job titles of a career left behind: in a family of roles none of the titles held
    now (the headline's, the latest job's) is in, sharing no role word with them ("Fourth
    Grade Teacher" for a Junior Software Developer, or for a "Developer", whose generic word
    names its family). Only where both name a family: "Line Cook" and "Sous Chef", or "CNA"
    and "Certified Nursing Assistant", say nothing of one."""
    lines = [words for title in now if _families(words := _title_words(title))]
    if not lines:
        return frozenset()
    return frozenset(
        title
        for title in positions
        if (families := _line_families(have := _title_words(title)))
        and not any(
            families & _families(line) or have & line - GENERIC_TITLE_WORDS for line in lines
        )
    )


@lru_cache(maxsize=4096)  # asked of the resume's titles for every posting a ranking reads
def _line_families(words: frozenset[str]) -> frozenset[str]:
    """The families of roles a title's own words (not "engineer" or "manager") name, and
    those its words name together ("Sales Associate": sales and retail). A phrase takes its
    words: "Customer Success Manager" is sales, not the support its "customer" names alone,
    and "Inside Sales Associate" no store's, its "sales" taken by "inside sales"."""
    named, taken = _phrase_reading(words)
    left = words - taken - GENERIC_TITLE_WORDS
    return named | {FAMILY_OF[word] for word in left if word in FAMILY_OF}


@lru_cache(maxsize=4096)
def _phrase_reading(words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The families the phrases of role_families.json name in a title, and the words they
    take, each phrase only from the words the ones before it left."""
    named, left = set(), set(words)
    for phrase, families in FAMILY_PHRASES:
        if phrase <= left:
            named.update(families)
            left -= phrase
    return frozenset(named), frozenset(words - left)


def _lists_skills(document: dict[str, Any]) -> bool:
    """Whether the resume has a skills section that names any skill."""
    skills = document.get("skills")
    return isinstance(skills, list) and any(
        isinstance(entry, dict) and (entry.get("name") or entry.get("keywords")) for entry in skills
    )


# Where a skill written out word for word is evidence: the work done and the skills claimed,
# not a summary's aims or interests.
WORK_DONE_SECTIONS = ("work/", "projects/", "volunteer/", "skills/", "certificates/")
MIN_WRITTEN_NAME = 4  # the shortest skill name looked for word for word in the resume's text
ACRONYM_RE = re.compile(r"[A-Z]{3}")  # shorter, only an acronym in capitals is looked for
TITLE_PATHS = frozenset({"basics/label"})
TITLE_PATH_RE = re.compile(r"^work/\d+/position$")
# What a job title's last word does, as the name of the work: "Scientist" does "Science",
# "Accountant" "Accounting", "Nurse" "Nursing", "Analyst" "Analysis". Each ending gives the
# forms to try; the taxonomy keeps the ones that are skills.
AGENT_ENDINGS = (
    ("yst", ("ysis",)),
    ("ist", ("y", "ics", "e", "ism", "")),
    ("ian", ("s", "y", "")),
    ("ant", ("ing", "ancy")),
    ("ent", ("ing", "ence")),
    ("eer", ("eering",)),  # "engineer": "engineering"
    ("er", ("ing", "ment", "ement", "", "e")),
    ("or", ("ing", "ion", "")),
    ("e", ("ing",)),
)
# Titles whose last word alone names no skill: "Manager" is not evidence of "Management".
BARE_TITLE_WORDS = frozenset(
    {"engineer", "analyst", "manager", "specialist", "assistant", "associate", "developer"}
    | {"designer", "consultant", "officer", "director", "representative", "lead", "head"}
)


def _work_forms(word: str) -> list[str]:
    forms = []
    for ending, replacements in AGENT_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            root = word[: -len(ending)]
            forms += [root + replacement for replacement in replacements]
            if ending == "ist" and root.endswith("t"):
                forms.append(root[:-1] + "ce")  # "scientist": "science"
            if ending == "er" and len(root) > 2 and root[-1] == root[-2]:
                forms.append(root[:-1] + "ing")  # "planner": "planning" is "plann" + "ing"
    return [form for form in forms if form != word]


@lru_cache(maxsize=4096)
def title_skills(title: str) -> frozenset[str]:
    """Skills a job title names as the work it does, beyond the terms written in it:
    "Senior Data Scientist" gives Data Science, "Registered Nurse" Nursing."""
    tax, found = taxonomy(), set()
    for role in re.split(r"\s+[–—-]\s+|[,(|/&;]|\s+and\s+", title):
        words = [
            word
            for word in re.findall(r"[A-Za-z][A-Za-z+#.-]*", role)
            if word.lower().rstrip(".") not in SENIORITY_WORDS
        ]
        if not words:
            continue
        last = words[-1].lower()
        # The longest phrase first: "Data Science" before "Science".
        for start in range(len(words)):
            if start == len(words) - 1 and last in BARE_TITLE_WORDS:
                continue  # "Manager" alone: every manager's title, whatever is managed
            term = next(
                (
                    term
                    for form in _work_forms(last)
                    if (term := tax.lookup(" ".join([*words[start:-1], form]))) is not None
                ),
                None,
            )
            if term is not None:
                found.add(term.canonical)
                break
    return frozenset(found)


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


def _unplaced_degrees(document: dict[str, Any]) -> list[dict[str, str]]:
    """Short lines an import could not place that may name a degree ("BSN", "MBA, Finance")."""
    meta = document.get("meta") if isinstance(document.get("meta"), dict) else {}
    return [
        {"studyType": line}
        for line in meta.get("unsorted") or []
        if isinstance(line, str) and len(line.split()) <= 6
    ]


_SCHOOL_LEAVING = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        re.escape(name)
        for name in sorted(context_words("school_leaving_study"), key=len, reverse=True)
    )
    + r")(?![\w-])"
)


_UNFINISHED = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        re.escape(words)
        for words in sorted(context_words("unfinished_study"), key=len, reverse=True)
    )
    + r")(?![\w-])"
)


def _degree_rank(entry: dict[str, Any]) -> float:
    text = f"{entry.get('studyType') or ''} {entry.get('area') or ''}"
    # "Master of IT (Coursework)", "... by coursework": a master's taught, not researched, and
    # held; "Master's coursework", "Associate of Science coursework (transferred)" are not.
    unfinished = re.sub(r"\(\s*coursework\s*\)|\bby\s+coursework\b", "", text.lower())
    if _UNFINISHED.search(unfinished):
        # "Coursework toward B.S.", "PhD (ABD)", "Pursuing MBA": the degree is not held.
        return 1
    if not text.strip():
        # An imported entry whose only field is the degree ("BSN" read as the school).
        text = str(entry.get("institution") or "")
    for _, rank, pattern in EDUCATION_LEVELS:
        if re.search(pattern, text, re.IGNORECASE):
            return rank
    if _SCHOOL_LEAVING.search(text.lower()):
        return 1  # "A-levels", "12th (CBSE)", "Abitur" with their school: high school
    if not (entry.get("institution") and entry.get("studyType")):
        return 0
    # A certificate or a course is schooling past high school, not a degree; another study
    # type with its school ("Diplom-Ingenieur", "Licenciatura") is read as a Bachelor's.
    words = set(re.findall(r"[a-z]+", str(entry.get("studyType")).lower()))
    return 1 if words & context_words("non_degree_study") else 3


def match_resume(document: dict[str, Any], requirements: Requirements) -> MatchResult:
    """How well one resume covers one posting."""
    return match_profile(profile_of(document), requirements)


def match_profile(
    profile: ResumeProfile, requirements: Requirements, *, advice: bool = True
) -> MatchResult:
    """`match_resume` for a resume profiled once (see `profile_of`), as ranking does.

    `advice=False` leaves out the recommendations, which a ranking table never shows.
    """
    # What the posting only mentions (its own tools in "About us") is not asked of the candidate.
    unique = requirements.unique_skills(mentions=False)
    # "ACLS within 6 months of hire": obtained after hire, not screened for (preferred).
    after_hire = _due_after_hire(requirements)
    unique = {
        name: replace(skill, required=False) if name in after_hire else skill
        for name, skill in unique.items()
        # "Fluent English" of a resume written in English: met by the resume itself.
        if not (skill.type == "language" and name == profile.written_in)
    }
    asked = [skill for skill in requirements.skills if not skill.mention]
    job_counts = Counter(skill.name for skill in asked)
    forms: dict[str, dict[str, int]] = {}  # each skill's forms as written, counted
    for skill in asked:
        counts = forms.get(skill.name)
        if counts is None:
            forms[skill.name] = counts = {}
        counts[skill.text] = counts.get(skill.text, 0) + 1
    matched, missing, variants = [], [], []
    groups, alone = alternative_groups(requirements, unique), asked_alone(requirements)
    grouped = _only_grouped(groups, alone)
    for name, skill in unique.items():
        if name in grouped:
            continue
        found = profile.occurrences.get(name, [])
        item = {
            "name": name,
            "type": skill.type,
            "required": skill.required,
            "job_count": job_counts[name],
            "resume_count": len(found),
        }
        if not found and name not in profile.implied:
            found = profile.written_places(name)
        if not found and name in profile.implied:
            item["through"] = profile.implied[name]
            found = profile.occurrences[profile.implied[name]]
            item["where"] = sorted({path for path, _ in found})
            matched.append(item)
            continue
        if not found:
            missing.append(item)
            continue
        item["where"] = sorted({path for path, _ in found})
        matched.append(item)
        posting_form = max(forms[name], key=forms[name].get)  # the first of the most used
        resume_forms = {_singular(text) for _, text in found}
        if _singular(posting_form) not in resume_forms and not profile.writes(posting_form):
            variants.append(
                {
                    "name": name,
                    "posting_form": posting_form,
                    "resume_form": found[0][1],
                    "path": found[0][0],
                }
            )
    for members in groups.values():
        first = unique[members[0]]
        met = [name for name in members if profile.shows(name)]
        item = {
            "name": _choice_name(members),
            "type": first.type,
            "required": first.required,
            "job_count": 1,
            "resume_count": len(met),
            "alternatives": members,
        }
        if met:
            item["name"], item["met_by"] = met[0], met
            places = (
                profile.occurrences.get(met[0])
                or profile.written_places(met[0])
                or profile.occurrences[profile.implied[met[0]]]
            )
            item["where"] = sorted({path for path, _ in places})
            if met[0] not in profile.occurrences and met[0] in profile.implied:
                item["through"] = profile.implied[met[0]]  # "Relational Databases" by MySQL
            matched.append(item)
        else:
            missing.append(item)
    for item in matched:
        if _title_only(item["name"], profile):
            item["from_title"] = True  # "Data Science": only "Data Scientist" shows it

    # The industry the posting names about itself ("a fintech company") is still a keyword to use.
    for keyword in requirements.keywords:
        if keyword not in unique and not _has_keyword(keyword, profile):
            mentioned = sum(1 for skill in requirements.skills if skill.name == keyword)
            missing.append(
                {
                    "name": keyword,
                    "type": "domain",
                    "required": False,
                    "job_count": mentioned,
                    "resume_count": 0,
                }
            )

    roles, years = skill_roles(requirements), asked_years(requirements)
    roles.update({name: "preferred" for name in after_hire if roles.get(name) == "required"})
    # A member of a group asked on its own too counts on its own where it is named alone.
    alone_roles = {
        name: role
        for name, role in skill_roles(requirements, groups=False).items()
        if name in alone and name not in after_hire
    }
    title_fit = _title_score(
        requirements.title,
        profile.titles,
        profile.earlier_titles,
        profile.rung,
        (profile.titles_now, profile.titles_before),
    )
    level_fit, level_note = _level_fit(requirements, profile, title_fit.get("moved_on_from", ""))
    # Someone doing the post's work likely uses tools the bullets leave out; in another line
    # of work a skill not shown is one not had, and so it is for a post far above or below
    # the resume's level (a Staff Engineer post for a new graduate: not the work done).
    unlisted = (
        UNLISTED_CREDIT
        if not profile.lists_skills
        and (title_fit["score"] or 0) >= TITLE_ENOUGH
        and level_fit >= UNLISTED_LEVEL_FIT
        else 0.0
    )
    breakdown = {
        "hard_skills": _coverage(
            unique,
            profile,
            HARD_TYPES,
            groups,
            roles,
            years,
            experience_asked(requirements),
            domains=True,
            alone=alone_roles,
            unlisted=unlisted,
            titled=_named_by_title(requirements)
            if (title_fit["score"] or 0) >= TITLE_ENOUGH
            else frozenset(),
        ),
        "soft_skills": _coverage(unique, profile, ("soft",), groups, roles),
        "title": _seniority_fit(title_fit, level_fit, level_note),
        "education": _education_score(requirements, profile),
        "experience_years": _years_score(requirements, _years_for(requirements, profile)),
        "keywords": _keyword_score(requirements, profile),
    }
    weights = dict(WEIGHTS)
    if not requirements.education_required:
        weights["education"] *= PREFERRED_WEIGHT  # "a degree is nice to have"
    # The work described counts where the skills say little: a posting naming few
    # must-haves, or a resume listing none (its bullets are what shows its skills). Not in
    # another line of work, where the words its duties share with the resume are chance.
    thin = _thinness(breakdown["hard_skills"])
    weights["duties"] = THIN_DUTY_WEIGHT * thin + (0 if profile.lists_skills else WEIGHTS["duties"])
    role_fit = title_fit.get("role_score", title_fit["score"])  # the role's, not its level's
    another_line = role_fit is not None and role_fit < TITLE_CLOSE
    breakdown["duties"] = (
        _duty_score(requirements, profile)
        if weights["duties"] and not another_line
        else {"score": None}
    )
    # A licence or certificate the posting requires is checked first: no work described
    # makes up for one the resume does not show.
    licence_missing = any(item["required"] and item["type"] == "certification" for item in missing)
    if thin and breakdown["duties"]["score"] is not None and not licence_missing:
        # The must-have check reads the work described in part: the explanation says so.
        breakdown["duties"]["for_must_haves"] = round(thin, 2)
    included = {name: part for name, part in breakdown.items() if part["score"] is not None}
    total_weight = sum(weights[name] for name in included)
    score = (
        sum(weights[name] * part["score"] for name, part in included.items()) / total_weight
        if total_weight
        else 0
    )
    hard = breakdown["hard_skills"]["score"]
    stands_in = breakdown["duties"].get("for_must_haves")
    duties = breakdown["duties"]["score"] if stands_in else None
    shown = _work_shown(hard, duties, thin)
    if shown is not None:
        # Recruiters read the must-haves first: years and a degree do not make up for none of them.
        score *= MUST_HAVE_FLOOR + (1 - MUST_HAVE_FLOOR) * shown / 100
    # A post far above or below the resume's level is passed over whatever else fits, and so
    # is another line of work: the skills a nurse shares with a teacher do not make her one.
    score *= LEVEL_FLOOR + (1 - LEVEL_FLOOR) * level_fit
    title = breakdown["title"]["score"]
    if title is not None:
        score *= TITLE_FLOOR + (1 - TITLE_FLOOR) * min(title, TITLE_ENOUGH) / TITLE_ENOUGH
    education = breakdown["education"]
    if education["score"] == 0 and requirements.education_required:
        score *= MISSING_DEGREE_FACTOR  # a required degree the resume does not show
    if licence_missing:
        # A recruiter screens for a required licence first, and a resume names those it holds
        # (a certificates section, a line under the name) whether it lists skills or not.
        score *= MISSING_LICENCE_FACTOR
        breakdown["hard_skills"]["licence_missing"] = next(
            item["name"] for item in missing if item["required"] and item["type"] == "certification"
        )
    score = round(score)
    for name, part in breakdown.items():
        part["weight"] = (
            round(weights[name] / total_weight, 3) if name in included and total_weight else 0
        )

    frequency = [
        {
            "name": name,
            "job_count": job_counts[name],
            "resume_count": len(profile.occurrences.get(name, [])),
            "required": unique[name].required,
        }
        for name in sorted(unique, key=lambda n: (-job_counts[n], n))
    ]
    result = MatchResult(score, breakdown, matched, missing, variants, frequency)
    result.explanation = explain(breakdown)
    if advice:
        result.recommendations = recommend(result, requirements, profile)
    return result


EXPLANATION_LENGTH = 120  # characters: a ranking table's cell, read at a glance
# What an explanation keeps first when it is too long (see explain): the must-haves and what
# lowered the score, before the details that only say where the evidence came from.
KEEP_FIRST, KEEP_LOWERED, KEEP_DETAIL, KEEP_LAST = 3, 2, 1, 0


# A level note that starts two steps or more from the resume's title (see _step_note).
FAR_STEP_RE = re.compile(r"(?:two|three|four|five|six|seven|\d+) steps ")


def explain(breakdown: dict[str, dict[str, Any]]) -> str:
    """A posting's place in a ranking in a few words:
    "3 of 4 must-haves, title fits, 2 years short". At most EXPLANATION_LENGTH characters:
    where the findings say more, the details go first (where a skill was seen, a title named
    in a step), then the rest in order of weight; what is said stays true."""
    parts: list[list] = []  # [text, keep, shorter text or ""], in the order they are read

    def add(text: str, keep: int, shorter: str = "") -> None:
        parts.append([text, keep, shorter])

    hard = breakdown["hard_skills"]
    if hard.get("must_total"):
        add(f"{hard['must_matched']} of {hard['must_total']} must-haves", KEEP_FIRST)
    elif hard.get("total"):
        add(f"{hard['matched']} of {hard['total']} skills", KEEP_FIRST)
    for note in hard.get("years_short", [])[:2]:
        add(note, KEEP_DETAIL)  # "Java 1 of 4 years"
    for note in hard.get("rivals", [])[:1]:
        add(note, KEEP_DETAIL)  # "Vue.js shown, not React"
    for note in hard.get("title_only", [])[:1]:
        add(note, KEEP_LAST)  # "Data Science by title only"
    for note in hard.get("past_career", [])[:1]:
        add(note, KEEP_LAST)  # "Inventory Management from a past career"
    for note in hard.get("hedged", [])[:1]:
        add(note, KEEP_LAST)  # "React listed as basic"
    if hard.get("licence_missing"):
        add(f"no {hard['licence_missing']}", KEEP_LOWERED)  # "no AICP": the score is lowered
    if hard.get("unnamed_in_part"):
        unnamed = hard["unnamed_in_part"]
        add(
            f"{unnamed} unnamed counted in part (no skills list)",
            KEEP_LAST,
            f"{unnamed} unnamed in part",
        )
    duties = breakdown.get("duties", {})
    if duties.get("for_must_haves"):
        shown = duties["score"]
        add(
            "most of its work shown"
            if shown >= DUTIES_MOST
            else "some of its work shown"
            if shown >= DUTIES_SOME
            else "little of its work shown",
            KEEP_DETAIL,
        )
    title = breakdown["title"]
    if title.get("score") is not None:
        role = title.get("role_score", title["score"])  # the role's fit; its level is noted
        # Two steps or more away the title does not fit, though its line of work does ("Head of Data
        # & Analytics" for a Senior Data Analyst): a recruiter passes it over.
        far = FAR_STEP_RE.match(title.get("seniority", ""))
        add(
            ("same line of work" if far else "title fits")
            if role >= TITLE_ENOUGH
            else "title close"
            if role >= TITLE_CLOSE
            else "another title",
            KEEP_FIRST,
        )
    if title.get("seniority"):
        # "one step up from Senior Accountant; Senior level; about 2 years shown": the
        # resume's own title is the first thing left out.
        note = title["seniority"]
        add(note, KEEP_LOWERED, re.sub(r" (?:up from|below) [^;]+", _step_direction, note))
    years = breakdown["experience_years"]
    # The level's note may say the years already ("Senior level; about 5 years shown").
    if years.get("score") is not None and "shown" not in title.get("seniority", ""):
        short = years["required"] - years["resume_years"]
        if short >= 0.5:
            add(f"{short:g} {'year' if short == 1 else 'years'} short", KEEP_LOWERED)
        else:
            add("enough years", KEEP_LAST)
    education = breakdown["education"]
    if (
        education.get("score") is not None
        and education["score"] < 100
        and education.get("is_required")
    ):
        add(
            "degree short"
            if education["has_rank"] < 1 or education["score"] <= 50
            else "other field",
            KEEP_LOWERED,
        )
    return _within_length(parts)


def _step_direction(found: re.Match) -> str:
    """ "one step up from Senior Accountant" said without the title: "one step up"."""
    return " up" if found.group().startswith(" up") else " below"


def _within_length(parts: list[list]) -> str:
    """The parts joined, shortened until EXPLANATION_LENGTH: the least kept part first (of
    equals, one that can be said shorter, else the last written), said shorter if it can be,
    else left out."""
    while len(text := ", ".join(part[0] for part in parts)) > EXPLANATION_LENGTH:
        least = min(
            range(len(parts)), key=lambda index: (parts[index][1], not parts[index][2], -index)
        )
        if parts[least][1] == KEEP_FIRST:
            break  # the must-haves and the title's fit are said whatever their length
        if parts[least][2]:
            parts[least][0], parts[least][2] = parts[least][2], ""
        else:
            del parts[least]
    return text


def _written_anyway(form: str, text: str) -> bool:
    """The resume has the posting's exact words somewhere (a singular or plural counts)."""
    singular = _singular(form)
    if singular not in text:  # most are not: a substring test spares the pattern's scan
        return False
    pattern = re.escape(singular)
    return re.search(rf"(?<![\w.]){pattern}(?:s|es)?(?![\w])", text) is not None


@lru_cache(maxsize=8192)  # a ranking asks it of the same forms for every posting
def _singular(text: str) -> str:
    """ "REST APIs" and "REST API" are one form for an ATS; "JS" and "JavaScript" are not."""
    lowered = text.lower().strip()
    if (
        len(lowered) > 3
        and lowered.endswith("s")
        and not lowered.endswith(("ss", "us", "sis", "xis"))
    ):
        return lowered[:-1]
    return lowered


def alternative_groups(requirements: Requirements, unique: dict) -> dict[int, list[str]]:
    """Groups of alternatives to meet as one: group id -> member names, in posting order.

    A member the posting also asks for on its own ("our Java services" among the duties) is
    a requirement of its own as well (see asked_alone), and its group is still met by any
    member: "Java, TypeScript or Python for writing tests" asks one of them, not all three.
    """
    groups: dict[int, list[str]] = {}
    for skill in requirements.skills:
        if skill.group and not skill.mention and skill.name in unique:
            members = groups.setdefault(skill.group, [])
            if skill.name not in members:
                members.append(skill.name)
    return {group: members for group, members in groups.items() if len(members) >= 2}


def asked_alone(requirements: Requirements) -> frozenset[str]:
    """Skills the posting asks for on their own somewhere, outside any group of alternatives."""
    return frozenset(s.name for s in requirements.skills if not s.mention and not s.group)


def _only_grouped(groups: dict[int, list[str]], alone: frozenset[str]) -> set[str]:
    """The members of groups asked for nowhere on their own: met only as their group."""
    return {name for members in groups.values() for name in members} - alone


def _choice_name(members: list[str]) -> str:
    """ "MySQL or PostgreSQL"; "one of Python, Perl, PHP…" for longer lists."""
    if len(members) <= 3:
        return " or ".join(members)
    return "one of " + ", ".join(members[:3]) + "…"


DUTY_WEIGHT = 0.25  # a skill named only among the duties: the work itself, not asked to start it
ROLE_ORDER = {"required": 0, "preferred": 1, "duty": 2}
LEVEL_WEIGHTS = {"required": 1.0, "preferred": PREFERRED_WEIGHT, "duty": DUTY_WEIGHT}


def skill_roles(requirements: Requirements, *, groups: bool = True) -> dict[str, str]:
    """Each skill's strongest place in the posting's items: required, preferred or duty;
    without `groups`, only where it is named on its own (not as one of alternatives)."""
    roles: dict[str, str] = {}
    for item in requirements.items:
        role = item.get("role")
        order = ROLE_ORDER.get(role)
        if order is None:
            continue
        for name in item.get("skills", ()):
            if name not in roles or order < ROLE_ORDER[roles[name]]:
                roles[name] = role
        for group in item.get("groups", ()) if groups else ():
            for name in group:
                if name not in roles or order < ROLE_ORDER[roles[name]]:
                    roles[name] = role
    return roles


def _due_after_hire(requirements: Requirements) -> frozenset[str]:
    """Skills the posting asks only to be had some time after hire ("ACLS within 6 months of
    hire", "CDL within 90 days"): a recruiter does not screen for them."""
    due: dict[str, bool] = {}
    for item in requirements.items:
        if item.get("role") not in ("required", "preferred"):
            continue
        for name in item.get("skills", ()):
            due[name] = due.get(name, True) and bool(item.get("due"))
    return frozenset(name for name, only_after in due.items() if only_after)


def asked_years(requirements: Requirements) -> dict[str, int]:
    """Years a qualification asks with a skill ("4+ years of experience with Java": Java 4).
    A clause that narrows its years ("3+ years of testing, including at least 2 years of
    test automation") asks what it names after the narrowing the fewer years: Automated
    Testing 2, not 3."""
    years: dict[str, int] = {}
    forms: dict[str, set[str]] | None = None
    for item in requirements.items:
        if item.get("role") == "required" and item.get("years") and len(item["skills"]) <= 2:
            narrowed = narrowed_years(item["text"])
            if narrowed and forms is None:
                forms = {}
                for skill in requirements.skills:
                    forms.setdefault(skill.name, set()).add(skill.text.lower())
            for name in item["skills"]:
                asked = item["years"]
                if narrowed and _named_from(item["text"].lower(), forms.get(name, ()), narrowed[0]):
                    asked = narrowed[1]
                years[name] = max(years.get(name, 0), asked)
    return years


def _named_from(text: str, forms: set[str] | tuple, offset: int) -> bool:
    """The clause names the skill (in one of the posting's forms of it) only from `offset` on."""
    places = [place for form in forms if (place := text.find(form)) >= 0]
    return bool(places) and min(places) >= offset


# "2+ years of ICU or critical care nursing experience", "experience in FP&A or corporate finance".
EXPERIENCE_IN_RE = re.compile(
    r"\byears?\s+of\s+(?P<before>(?:[\w/&+#.-]+\s+){1,5}?)(?:experience|background)\b"
    r"|\b(?:experience|background)\s+(?:in|with|as an?|as)\s+(?P<after>[^.,;:()]+)",
    re.IGNORECASE,
)
EXPERIENCE_TAIL_RE = re.compile(
    r"\s+(?:including|ideally|preferably|is|are|required|with a|and a|in a|within)\b.*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def generic_experience_words() -> frozenset[str]:
    """Words of any 'N years of ... experience' phrase, stemmed on first use (the stemmer's
    import would cost every command's start)."""
    return frozenset(
        content_words(
            "professional relevant related progressive proven hands-on industry work working "
            "full-time prior previous similar role roles position field total combined commercial "
            "practical direct demonstrated solid strong least year years experience environment "
            "setting"
        )
    )


def experience_asked(requirements: Requirements) -> list[tuple[str, list[set[str]]]]:
    """The kinds of experience the qualifications ask for ("pediatric nursing", "FP&A or
    corporate finance"), each as its alternatives' content words."""
    asked = []
    for item in requirements.items:
        if item.get("role") != "required" or not item.get("years"):
            continue
        found = EXPERIENCE_IN_RE.search(item["text"])
        if not found:
            continue
        phrase = EXPERIENCE_TAIL_RE.sub("", (found["before"] or found["after"]).strip())
        alternatives = [
            words
            for part in re.split(r"\s+or\s+|/|,\s*", phrase)
            if (words := content_words(part) - generic_experience_words())
        ]
        named = content_words(" ".join(item.get("skills", [])))
        # "4+ years of experience with Java" is the Java skill's own unit already.
        if alternatives and not any(words <= named for words in alternatives):
            asked.append((phrase.strip(), alternatives))
    return asked


def _experience_credit(alternatives: list[set[str]], profile: ResumeProfile) -> float:
    """1.0 when the resume uses every word of one alternative; part of that for some words."""
    share = max(len(words & profile.stems) / len(words) for words in alternatives)
    return 1.0 if share == 1 else share / 2


# A skill a resume with no skills list does not name: its bullets tell what was done, rarely
# every tool used, so a recruiter reads the absence as "not shown", not as "lacks it".
UNLISTED_CREDIT = 0.35
RIVAL_NOTE = " shown, not "  # "Vue.js shown, not React"
RIVALS_FILE = Path(__file__).parent / "data" / "rival_tools.txt"


@lru_cache(maxsize=1)
def rival_tools() -> dict[str, frozenset[str]]:
    """Each tool's rivals: the tools that do its job, one chosen over the others (see
    data/rival_tools.txt)."""
    rivals: dict[str, set[str]] = {}
    for line in RIVALS_FILE.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            group = [name.strip() for name in line.split("|")]
            for name in group:
                rivals.setdefault(name, set()).update(n for n in group if n != name)
    return {name: frozenset(others) for name, others in rivals.items()}


def _rival_shown(names: list[str], profile: ResumeProfile, asked: dict) -> str:
    """A rival of the tools asked (`names`: one, or a group of alternatives) that the resume
    shows and the posting does not ask for ("" if none): the resume's work was done in it."""
    rivals = rival_tools()
    for name in names:
        for rival in sorted(rivals.get(name, ())):
            if rival not in asked and profile.has(rival):
                return rival
    return ""


UNLISTED_LEVEL_FIT = 0.3  # the least level fit at which the post's work is the resume's
TITLE_CREDIT = 0.75  # a skill only a job title shows: the work it names, no bullet to prove it
EARLIER_LINE_CREDIT = 0.5  # a skill shown only in the jobs of a career left behind
PAST_CAREER_NOTE = "from a past career"  # "Inventory Management from a past career"
HEDGED_CREDIT = 0.5  # a skill listed only as known a little ("React (basic)")
HEDGED_NOTE = "listed as basic"  # "React listed as basic"
NOTED_ELSEWHERE = ("by title only", PAST_CAREER_NOTE, HEDGED_NOTE)  # apart from the years short


def _hedged_only(name: str, profile: ResumeProfile) -> bool:
    """The resume shows the skill (or the one implying it) only as known a little: read
    there, or written out word for word ("React (basic)", which the taxonomy leaves to
    its context)."""
    if name in profile.occurrences:
        return name in profile.hedged
    if name in profile.implied:
        return profile.implied[name] in profile.hedged
    places = {path for path, _ in profile.written_places(name)}
    return bool(places) and all(
        path.startswith("skills/") and _hedged(text)
        for path, text in profile.passages
        if path in places
    )


def _shown_only_in_past_career(name: str, profile: ResumeProfile) -> bool:
    """The resume shows the skill (or the one implying it) only in a career it left."""
    if name in profile.occurrences:
        return name in profile.earlier_only
    return profile.implied.get(name) in profile.earlier_only


def _named_by_title(requirements: Requirements) -> frozenset[str]:
    """The skills of a posting that asks nothing its title does not name: "Backend
    Development" in a three-line "Backend Engineer" post. Empty where it asks more."""
    title = requirements.title.lower()
    asked = {skill.name for skill in requirements.skills if not skill.mention}
    named = {skill.name for skill in requirements.skills if title and skill.text.lower() in title}
    return frozenset(named) if asked and asked <= named else frozenset()


def _title_only(name: str, profile: ResumeProfile) -> bool:
    """The resume shows the skill (or the one implying it) in its titles and nowhere else."""
    if name in profile.occurrences:
        return name in profile.title_only
    return profile.implied.get(name) in profile.title_only


def _skill_years(name: str, profile: ResumeProfile) -> float:
    """Years the resume shows with a skill: the dated jobs that name it (or the skill implying
    it); when only its skills list names it, the years in the line of work held now, and at
    least half the resume's years (a listed skill is used in the work, not in every job). The
    jobs naming a skill that implies it count too (see _with_implied_jobs)."""
    if name in profile.skill_years:
        years = profile.skill_years[name]
    elif profile.implied.get(name) in profile.skill_years:
        years = profile.skill_years[profile.implied[name]]
    else:
        years = max(profile.years / 2, profile.line_years)
    return max(years, profile.implied_years.get(name, 0.0))


def _coverage(
    unique,
    profile: ResumeProfile,
    types: tuple[str, ...],
    groups: dict[int, list[str]],
    roles: dict[str, str] | None = None,
    years: dict[str, int] | None = None,
    experience: list[tuple[str, list[set[str]]]] | None = None,
    domains: bool = False,
    unlisted: float = 0.0,
    titled: frozenset[str] = frozenset(),
    alone: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Share of what the posting asks that the resume shows; a group of alternatives counts once.

    Qualifications count fully, preferred ones half, skills only named among the duties a
    quarter; a must-have asked with years counts in part when the resume shows fewer of them.
    The kinds of experience asked ("pediatric nursing experience") are must-haves too. A skill
    the resume does not show counts `unlisted` (see UNLISTED_CREDIT), not as met; a licence
    or certificate not shown counts nothing. A skill shown only by a title counts in part
    (TITLE_CREDIT), unless the posting asks only what its title names (`titled`, where the
    resume's title fits the posting's): the title held answers all it asks.
    """
    roles, years, alone = roles or {}, years or {}, alone or {}
    grouped = _only_grouped(groups, frozenset(alone))
    in_groups = {name for members in groups.values() for name in members}

    def unit(names: list[str], required: bool) -> tuple[str, float, float, str, bool]:
        # A group's member asked alone too: its own place, not its group's.
        own = alone if len(names) == 1 and names[0] in in_groups else roles
        if not required:
            level = "preferred"
        else:  # the strongest place any member is named in; "required" when in no item
            level = "duty"
            for name in names:
                role = own.get(name, "required")
                if role != "duty":
                    level = role
                    break
        met = [n for n in names if profile.shows(n)]
        credit, short = (1.0 if met else unlisted), ""
        if not met and credit and (rival := _rival_shown(names, profile, unique)):
            # "React" asked, "Vue.js" named: the work was done in the rival, not unnamed.
            credit, short = 0.0, f"{rival}{RIVAL_NOTE}{names[0]}"
        if not met and unique[names[0]].type == "certification":
            credit = 0.0  # a licence held is written down, skills list or not
        if met and all(_title_only(n, profile) for n in met):
            if not titled.intersection(names):
                credit, short = TITLE_CREDIT, f"{met[0]} by title only"
        elif met and all(_shown_only_in_past_career(n, profile) for n in met):
            credit, short = EARLIER_LINE_CREDIT, f"{met[0]} {PAST_CAREER_NOTE}"
        elif met and all(_hedged_only(n, profile) for n in met):
            credit, short = HEDGED_CREDIT, f"{met[0]} {HEDGED_NOTE}"
        asked = max(years.get(n, 0) for n in names) if years and met else 0
        if asked:
            shown = max(_skill_years(n, profile) for n in met)
            if shown < asked - 0.5:
                credit = min(credit, 0.5 + 0.5 * shown / asked)
                had = round(shown) if shown >= 0.5 else "under 1"  # not "0 of 3 years"
                short = f"{met[0]} {had} of {_years(asked)}"
        return level, LEVEL_WEIGHTS[level], credit, short, bool(met)

    units = [
        unit([skill.name], skill.required)
        for skill in unique.values()
        if skill.name not in grouped
        and (
            skill.type in types
            # "Medical device experience is required": a domain a qualification asks for.
            or (domains and skill.type == "domain" and roles.get(skill.name) == "required")
        )
    ]
    units += [
        unit(members, unique[members[0]].required)
        for members in groups.values()
        if unique[members[0]].type in types
    ]
    units += [
        ("required", 1.0, credit, "", credit > 0)
        for _, alternatives in experience or []
        for credit in [_experience_credit(alternatives, profile)]
    ]
    if not units:
        return {"score": None, "matched": 0, "total": 0}
    total = got = 0.0
    matched = must_matched = must_total = preferred_matched = preferred_total = unnamed = 0
    for level, weight, credit, _, shown in units:
        total += weight
        got += weight * credit
        unnamed += not shown and credit > 0  # counted in part although not shown: said so
        matched += shown  # a skill not shown is never counted as met, whatever its credit
        if level == "required":
            must_total += 1
            must_matched += shown and credit >= 0.5
        elif level == "preferred":
            preferred_total += 1
            preferred_matched += shown
    return {
        "score": round(100 * got / total),
        "matched": matched,
        "total": len(units),
        "must_matched": must_matched,
        "must_total": must_total,
        "preferred_matched": preferred_matched,
        "preferred_total": preferred_total,
        "years_short": [
            s
            for _, _, _, s, _ in units
            if s and not s.endswith(NOTED_ELSEWHERE) and RIVAL_NOTE not in s
        ],
        "title_only": [s for _, _, _, s, _ in units if s.endswith("by title only")],
        "rivals": [s for _, _, _, s, _ in units if RIVAL_NOTE in s],
        "past_career": [s for _, _, _, s, _ in units if s.endswith(PAST_CAREER_NOTE)],
        "hedged": [s for _, _, _, s, _ in units if s.endswith(HEDGED_NOTE)],
        # Skills the resume does not name that count in part, as it lists none (UNLISTED_CREDIT).
        "unnamed_in_part": unnamed,
    }


ROLE_FAMILIES = json.loads(
    (Path(__file__).parent / "data" / "role_families.json").read_text("utf-8")
)
SAME_WORD: dict[str, str] = ROLE_FAMILIES["same_word"] | ROLE_FAMILIES["abbreviations"]
SETTING_WORDS = frozenset(ROLE_FAMILIES["setting_words"])
FAMILY_OF = {word: family for family, words in ROLE_FAMILIES["families"].items() for word in words}
FAMILY_PHRASES = [
    (frozenset(SAME_WORD.get(word, word) for word in phrase.split()), frozenset(families))
    for phrase, families in ROLE_FAMILIES["phrases"]
]
FAMILY_FIT = 0.5  # a title in the same family of roles (Java Developer for Backend Engineer)
# Lines of work inside the software family (frontend, backend, QA, DevOps, support...): a title
# whose specialty neither shares nor neighbours the resume's fits as another line of work,
# below TITLE_CLOSE (a QA Automation Engineer post for a Frontend Engineer).
SPECIALTY_PHRASES = sorted(
    (
        (frozenset(SAME_WORD.get(word, word) for word in phrase.split()), specialty)
        for specialty, phrases in ROLE_FAMILIES["specialties"].items()
        for phrase in phrases
    ),
    key=lambda item: -len(item[0]),
)
SPECIALTY_NEIGHBOURS = frozenset(frozenset(pair) for pair in ROLE_FAMILIES["neighbours"])
FAMILY_NEIGHBOURS = frozenset(frozenset(pair) for pair in ROLE_FAMILIES["family_neighbours"])
# A title in a family next to the resume's (Marketing Manager for an Account Executive): still
# another line of work (below TITLE_CLOSE), but nearer than one next to none of its families.
NEIGHBOUR_FAMILY_FIT = 0.2
OTHER_SPECIALTY_FIT = 0.2
# A general developer's post (Software Engineer) for a title of a kind of developer (Backend
# Engineer, iOS Developer): the title fits (above TITLE_ENOUGH), a little below the same title.
KIND_FIT = 0.75
GENERAL_DEVELOPER = "dev"  # a software title naming no specialty ("Software Engineer")
# Where a title's specialty ends, and whom or where the post serves begins ("Registered Nurse
# – ICU, Nights at Mercy", "Executive Assistant to the CEO"): what follows names no role.
SPECIALTY_END_RE = re.compile(r"\s+(?:to|for|at|in)\s+", re.IGNORECASE)
# Share of its fit kept by a title of a line of work left behind: below TITLE_CLOSE, so a post
# in that line reads as another line of work (a recruiter passes it over: the move is made).
EARLIER_LINE_FIT = 0.3
GENERIC_ONLY_FIT = 0.5  # and by a title of another family sharing only "manager" or the like
# Words every line of work's titles share; alone they say nothing about the family.
GENERIC_TITLE_WORDS = frozenset(ROLE_FAMILIES["generic_words"])


@lru_cache(maxsize=4096)  # a ranking asks it of the resume's titles for every posting
def _title_words(title: str) -> frozenset[str]:
    """A title's role words, without its level: "Senior Backend Engineer" is {backend,
    engineer}. A seniority word is dropped where it modifies the role ("Principal Engineer",
    "Lead Teacher") and kept where it is the role, the last word of its part that also names
    a post on its own ("Assistant Principal", "Team Lead", "Principal, Lincoln Elementary").
    Words of the setting ("High School") are left out: they say where, not what."""
    words = set()
    for part in ROLE_END_RE.split(title.lower()):
        found = [
            word
            for word in (w.rstrip(".") for w in re.findall(r"[a-z.][a-z+#.-]*", part))
            if word and word not in STOPWORDS
        ]
        for index, word in enumerate(found):
            if word in SENIORITY_WORDS and not (index == len(found) - 1 and word in role_heads()):
                continue
            if word in SETTING_WORDS:
                continue
            words.add(SAME_WORD.get(word, word))
    return frozenset(words)


@lru_cache(maxsize=4096)
def _families(words: frozenset[str]) -> frozenset[str]:
    specific = _line_families(words)
    return specific or frozenset(FAMILY_OF[w] for w in words if w in FAMILY_OF)


@lru_cache(maxsize=4096)
def _specialties(words: frozenset[str]) -> frozenset[str]:
    """The software specialties a title's role words name ("react native" is mobile, not
    frontend); "dev" for a software title naming none; empty outside the software family."""
    if "software" not in _families(words):
        return frozenset()
    found, left = set(), set(words)  # a phrase takes its words: "react native" is no "react"
    for phrase, specialty in SPECIALTY_PHRASES:
        if phrase <= left:
            found.add(specialty)
            left -= phrase
    return frozenset(found or {GENERAL_DEVELOPER})


def _other_specialty(wanted: frozenset[str], have: frozenset[str]) -> bool:
    """Two software titles in specialties that neither share nor neighbour: a QA Automation
    Engineer post for a Frontend Engineer, an Application Support post for a DevOps Engineer
    is a neighbour, a Full-Stack post for a Frontend Engineer too."""
    theirs, mine = _specialties(wanted), _specialties(have)
    if not theirs or not mine or theirs & mine:
        return False
    return not any(frozenset((a, b)) in SPECIALTY_NEIGHBOURS for a in theirs for b in mine)


def _kind_of_general(wanted: frozenset[str], have: frozenset[str]) -> bool:
    """A general developer's post for a kind of developer: a Software Engineer post for a
    Backend Engineer, a Web Developer's for a Full-Stack Developer. The post's words the
    resume's title lacks are software words other than its role word ("engineer", which a
    developer's title has too), so an Engineering Manager post is none, nor is a Software
    Engineer post for a Backend Designer."""
    if _specialties(wanted) != {GENERAL_DEVELOPER}:
        return False
    mine = _specialties(have) - {GENERAL_DEVELOPER}
    return any(
        frozenset((GENERAL_DEVELOPER, kind)) in SPECIALTY_NEIGHBOURS for kind in mine
    ) and all(
        FAMILY_OF.get(word) == "software" and word not in GENERIC_TITLE_WORDS
        for word in wanted - have
    )


def _neighbouring(theirs: frozenset[str], mine: frozenset[str]) -> bool:
    """Two families of roles next to one another (see FAMILY_NEIGHBOURS): sales and marketing."""
    return any(frozenset((a, b)) in FAMILY_NEIGHBOURS for a in theirs for b in mine)


def _shares_only_a_generic_word(wanted: frozenset[str], have: frozenset[str]) -> bool:
    """Two titles of different families of roles that share only a word any line of work
    uses ("Marketing Manager" and "Nurse Manager"), or one that a phrase of either title
    takes for its own line ("Data" of "Data Entry Clerk" for a Data Analyst, "Social" of
    "Social Worker" for a Social Media Manager)."""
    theirs, mine = _line_families(wanted), _line_families(have)
    shared = wanted & have
    return bool(
        shared
        and not shared - GENERIC_TITLE_WORDS - _phrase_reading(wanted)[1] - _phrase_reading(have)[1]
        and theirs
        and mine
    ) and not (theirs & mine)


HALF_RUNG = 0.5
# Share of its fit kept by a title held before the one held now, in the same line of work (a
# QA Analyst post for one who has become a QA Automation Engineer): the post moved on from.
MOVED_ON_FIT = 0.8


def _title_score(
    job_title: str,
    titles: list[str],
    earlier: frozenset[str] = frozenset(),
    rung: float | None = None,
    held: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> dict[str, Any]:
    """How well the resume's titles fit the posting's: shared role words, else the same family.
    A title of an earlier line of work (`earlier`) fits less: the resume is not written for
    the career it left. Nor, for a post half a rung below the `rung` held now, is a title held
    before below that rung (a Warehouse Associate post for one who has become a Forklift
    Operator, an LPN post for an LPN now licensed as an RN): the post is a step back the level
    does not count (see STEP_FITS), so its fit is the title held now's. A rung or more below,
    the level counts the step. A post on the rung held now that fits a title held before better
    than the titles held now (`held`: those now, those before), these in its line of work too,
    is the post the resume moved on from: it fits less (MOVED_ON_FIT), and "moved_on_from" names
    the title held now (see _level_fit)."""
    # The role, not the team or stack after it ("Senior Backend Engineer, Payments Platform")
    # nor whom it serves ("Executive Assistant to the Managing Partner").
    role = role_of(job_title)
    wanted = _title_words(role)
    if not wanted:
        return {"score": None, "closest": ""}
    families = _families(wanted)
    post_rung = title_rung(job_title) if rung is not None else None
    step_back = post_rung is not None and rung - HALF_RUNG <= post_rung < rung
    # "Software Engineer, Backend" names its specialty after the comma: a Backend Engineer
    # holds it, every word of that title (two or more) in the posting's.
    whole = _title_words(SPECIALTY_END_RE.split(job_title, maxsplit=1)[0])
    best, closest, best_now, closest_now = 0.0, "", 0.0, ""
    now, before = held
    for title in titles:
        if step_back and (title_rung(title) or rung) < rung:
            continue
        have = _title_words(title)
        overlap = len(wanted & have) / len(wanted) if have else 0
        if len(have) >= 2 and have - wanted - GENERIC_TITLE_WORDS and have <= whole:
            overlap = 1.0
        if _shares_only_a_generic_word(wanted, have):
            overlap *= GENERIC_ONLY_FIT
        if families & _families(have):
            overlap = max(overlap, FAMILY_FIT)
        elif _neighbouring(families, _families(have)):
            overlap = max(overlap, NEIGHBOUR_FAMILY_FIT)
        if _kind_of_general(wanted, have):
            overlap = max(overlap, KIND_FIT)
        if _other_specialty(wanted, have):
            overlap = min(overlap, OTHER_SPECIALTY_FIT)
        if title in earlier:
            overlap *= EARLIER_LINE_FIT
        if overlap > best:
            best, closest = overlap, title
        if title in now and overlap > best_now:
            best_now, closest_now = overlap, title
    if (
        closest in before
        and best_now >= TITLE_CLOSE / 100
        and best > best_now
        and _moved_on(job_title, closest, closest_now, rung)
    ):
        best = max(best_now, best * MOVED_ON_FIT)
        return {
            "score": round(100 * best),
            "closest": closest,
            "wanted": job_title,
            "moved_on_from": closest_now,
        }
    return {"score": round(100 * best), "closest": closest, "wanted": job_title}


def _moved_on(job_title: str, before: str, now: str, rung: float | None) -> bool:
    """A post fitting the title held `before` better than the one held `now` is the post moved
    on from where it is that title's rung and the rung held now (a QA Analyst post for a QA
    Analyst become a QA Automation Engineer). Not a rung away, which the ladder counts; nor
    above the title held before (a .NET Developer post for a Junior .NET Developer become a
    Software Developer: the next rung of that work); nor where the title held now names no
    specialty ("Lead Software Engineer" after "Senior Full Stack Developer": the work is still
    the one the title before names)."""
    post_rung = title_rung(job_title)
    if rung is not None and post_rung is not None and abs(post_rung - rung) >= HALF_RUNG:
        return False
    if title_rung(before) != post_rung:
        return False
    return _specialties(_title_words(role_of(now))) != {GENERAL_DEVELOPER}


# The years of experience a level usually means: (from, to); no upper end for senior levels.
LEVEL_YEARS = {
    "Intern": (0, 1),
    "Junior": (0, 2),
    "Mid-level": (2, 6),
    "Senior": (5, None),
    "Lead": (6, None),
    "Staff": (8, None),
    "Principal": (10, None),
    "Director": (10, None),
    "Executive": (15, None),
}
LEVEL_FLOOR = 0.4  # share of the score kept for a post at the far end of the resume's level
TITLE_FLOOR = 0.6  # and for a post in another line of work
TITLE_ENOUGH = 67  # a title sharing two of three role words fits as well as the same title
TITLE_CLOSE = 34  # one of three, or the same family of roles: the same line of work
MISSING_DEGREE_FACTOR = 0.8
MISSING_LICENCE_FACTOR = 0.9  # a required licence or certificate the resume does not show
UNDER_LEVEL_STEP = 0.12  # fit lost per year below the level
OVER_LEVEL_STEP = 0.1  # and per year above it, past a year's grace
GUESSED_CEILING_FLOOR = 0.8  # the least fit kept above a post that states no level or maximum
# The fit of a post by how many rungs of the title ladder it is above the resume's title
# (below it when negative): (up to this step, fit). A rung up is worth a try, a little below
# the resume's own rung, as a recruiter ranks them.
STEP_FITS = (
    (-2.5, 0.25),
    (-1.5, 0.35),
    (-0.75, 0.82),
    (-0.25, 0.9),  # half a rung below: the post the resume moved up from (LPN for an RN)
    (0.25, 1.0),
    (1.0, 0.9),
    (2.0, 0.65),
    (99.0, 0.4),
)


def level_years(requirements: Requirements) -> tuple[float, float | None] | None:
    """The span of years the post is for: its level ("Junior": 0-2), narrowed by the years it
    asks ("0-2 years", "3+ years"); None when it says neither."""
    word = LEVEL_YEARS.get(requirements.seniority)
    low, high = word if word else (None, None)
    asked_min, asked_max = requirements.years_min, requirements.years_max
    if asked_min is not None and (asked_min or asked_max):
        low = max(low or 0, asked_min)
        if asked_max:
            high = asked_max
        elif not word and asked_min <= 4:
            # "3+ years" is a mid-level post: someone fifteen years in is over it.
            high = asked_min * 2 + 5
    elif asked_max and word:
        high = min(high or asked_max, asked_max)
    if low is not None and requirements.new_graduates_welcome:
        low = 0  # "New graduates welcome": no floor; the ceiling (if any) stays
    return None if low is None else (low, high)


def _level_fit(
    requirements: Requirements, profile: ResumeProfile, moved_on_from: str = ""
) -> tuple[float, str]:
    """How near the post's level is to the resume's: by the rungs of the two titles where
    both name one, else by the resume's years against the post's level; with a note when
    it is off ("two steps below Senior HR Generalist", "Senior level; about 2 years shown").
    A post of a title held before the one held now (`moved_on_from`, see _title_score) on the
    same rung is half a step back: the resume has moved on from it."""
    years = _years_for(requirements, profile)
    years_fit, years_note = _years_level_fit(requirements, years)
    have = profile.rung
    wanted = title_rung(requirements.title) if requirements.title else None
    if moved_on_from and (have is None or wanted is None or abs(wanted - have) < HALF_RUNG):
        fit = min(years_fit, _step_fit(-HALF_RUNG))
        note = f"a step back from {role_of(moved_on_from)}"
        return fit, "; ".join(part for part in (note, years_note) if part)
    if have is None or wanted is None or _line_left(requirements.title, profile):
        return years_fit, years_note
    step = wanted - have
    fit, note = _step_fit(step), _step_note(step, profile.current_title)
    span = level_years(requirements)
    if (
        0 < step <= 1
        and span is not None
        and years >= span[0]
        and _same_role(requirements, profile)
    ):
        # The resume's own role a rung up, its years shown (a Data Engineer fourteen years in,
        # for a Senior Data Engineer post): the title understates the level; no step. A new
        # role a rung up (Foreman for a Journeyman Electrician) is a step whatever the years.
        fit = 1.0
    if years_fit < 1 and span is not None:
        if years < span[0]:
            # Too few years still make a step a stretch: half what they take alone (the
            # years part of the score counts them too).
            years_fit = 1 - (1 - years_fit) / 2
        elif step >= -0.5 or not (requirements.seniority in LEVEL_YEARS or requirements.years_max):
            # Years over the post's level, when its title is not below the resume's (years
            # in another line of work), or over a ceiling only guessed from "3+ years".
            years_fit = 1.0
        if step > 0.5 and years < span[0]:
            # A rung up that asks more years than the resume shows: two reasons, both count
            # (a Senior post six years in for a Backend Engineer four years in is a stretch,
            # below the Junior post a rung down).
            fit, note = fit * years_fit, "; ".join(part for part in (note, years_note) if part)
        elif years_fit < fit:
            fit, note = years_fit, "; ".join(part for part in (note, years_note) if part)
    return fit, note


def _same_role(requirements: Requirements, profile: ResumeProfile) -> bool:
    """The post names the resume's role, its level words aside: "Senior Data Engineer" for a
    Data Engineer, not "Electrical Foreman" for a Journeyman Electrician."""
    wanted = _title_words(role_of(requirements.title))
    return bool(wanted) and wanted == _title_words(profile.current_title)


def _line_left(job_title: str, profile: ResumeProfile) -> bool:
    """The post is in a line of work the resume left (an Assistant Store Manager post for
    a former one now a Staff Accountant): a rung of the old ladder is no step from the title
    held now."""
    if not profile.earlier_titles:
        return False
    theirs = _families(_title_words(role_of(job_title)))
    if not theirs or theirs & _families(_title_words(profile.current_title)):
        return False
    return any(theirs & _families(_title_words(title)) for title in profile.earlier_titles)


def _step_fit(step: float) -> float:
    """The fit of a post `step` rungs above (or below, negative) the resume's title: the same
    rung or one up fits; one down is worth a try, a step a recruiter puts below the resume's
    own level even when it asks less; further either way is passed over."""
    for upto, fit in STEP_FITS:
        if step <= upto:
            return fit
    return STEP_FITS[-1][1]


def _step_note(step: float, title: str) -> str:
    """ "one step up from Senior Accountant", "two steps below Senior HR Generalist"; nothing
    for the same rung."""
    if -HALF_RUNG / 2 < step <= HALF_RUNG / 2:  # as STEP_FITS: no step, nothing to say
        return ""
    if abs(step) <= HALF_RUNG:
        # "LPN" for an RN, "Warehouse Associate" for a Forklift Operator: a fit of its own.
        return f"half a step {'up from' if step > 0 else 'below'} {title}"
    count = max(1, round(abs(step)))
    steps = "one step" if count == 1 else f"{_NUMBERS.get(count, str(count))} steps"
    return f"{steps} {'up from' if step > 0 else 'below'} {title}"


_NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}


def _years_level_fit(requirements: Requirements, years: float) -> tuple[float, str]:
    """How near the resume's years are to the post's level: 1.0 within it, less the further
    below or above it; and a note when it is off ("Senior level; about 2 years shown")."""
    span = level_years(requirements)
    if span is None or not years:
        return 1.0, ""  # no level asked, or no dated work: it cannot be judged
    low, high = span
    name = (
        requirements.seniority.removesuffix("-level")  # "Mid level", not "Mid-level level"
        if requirements.seniority in LEVEL_YEARS
        else f"{low:g}+ years"
        # "3+ years" has no ceiling but our guess (see level_years): not said as the post's.
        if high is None or not requirements.years_max
        else f"{low:g}-{high:g} years"
    )
    if years < low - 0.5:
        fit = max(0.3, 1 - UNDER_LEVEL_STEP * (low - years))
        return fit, f"{name} level; about {_years(years)} shown"
    if high is not None and years > high + 1:
        fit = 1 - OVER_LEVEL_STEP * (years - high - 1)
        if requirements.seniority in LEVEL_YEARS or requirements.years_max:
            return max(0.4, fit), f"{name} level; {_years(years)} shown"
        # "1+ year" is a floor, and its ceiling only our guess: a nurse fifteen years in still
        # fits a staff nurse post, so past that guess little is lost.
        return max(GUESSED_CEILING_FLOOR, fit), f"{low:g}+ years asked; {_years(years)} shown"
    return 1.0, ""


def _years(count: float) -> str:
    """ "1 year", "9 years": whole years, as a recruiter reads a resume."""
    whole = max(1, round(count))
    return f"{whole} year" if whole == 1 else f"{whole} years"


def _seniority_fit(title: dict[str, Any], fit: float, note: str) -> dict[str, Any]:
    """The title fit, lowered when the post's level is far from the resume's: a senior post
    for someone two years in, or a coordinator's for a senior generalist. The note says how
    far (a step up that costs nothing is said too); "role_score" keeps the fit of the role."""
    if note:
        title["seniority"] = note
    if title.get("score") is None or fit >= 1:
        return title
    title["role_score"] = title["score"]
    title["score"] = round(title["score"] * fit)
    return title


def _education_score(requirements: Requirements, profile: ResumeProfile) -> dict[str, Any]:
    if not requirements.education_rank:
        return {"score": None}
    have, need = profile.education_rank, requirements.education_rank
    score = 100 if have >= need else 50 if have >= need - 1 else 0
    field_match = _field_matches(requirements.education_field, profile.education_fields)
    if field_match is False:
        score = round(score * 0.75)  # the right level in another field still counts for most
    return {
        "score": score,
        "required": requirements.education_level,
        "has_rank": have,
        "field": requirements.education_field,
        "field_match": field_match,
        "is_required": requirements.education_required,
    }


@lru_cache(maxsize=1)
def generic_field_stems() -> frozenset[str]:
    """Words that name no field of study ("a related technical field"), stemmed on first use."""
    words = ("field", "quantitative", "related", "relevant", "technical", "discipline")
    return frozenset(stem(word) for word in words)


def _field_matches(wanted: str, fields: list[str]) -> bool | None:
    """Whether a studied field is one the posting names; None when it names none."""
    wanted_words = {stem(w) for w in re.findall(r"[a-z]{3,}", wanted.lower())} - STOPWORDS
    # Stems, as the words are: "a quantitative field" names no field to compare.
    wanted_words -= generic_field_stems()
    if not wanted_words:
        return None
    studied = {stem(w) for area in fields for w in re.findall(r"[a-z]{3,}", area.lower())}
    if not studied:
        return None  # a degree with no field written ("BS"): not another field
    return bool(wanted_words & studied)


def _years_for(requirements: Requirements, profile: ResumeProfile) -> float:
    """The years that count toward a post: a career changer's since the change, unless the
    post is in the line left behind."""
    if not profile.earlier_titles or _line_left(requirements.title, profile):
        years = profile.years
    else:
        years = profile.years_since_change
    if profile.licensed_years is not None and licensed_practice(requirements.title or ""):
        # "3 years of RN experience": a nursing assistant's years before the licence are not.
        years = min(years, profile.licensed_years)
    if requirements.title and len(profile.work) > 1:
        # A retail job gives no years toward a software post: the jobs of another line do not.
        kept = [
            entry
            for entry in profile.work
            if not _another_line(requirements.title, str(entry.get("position") or ""))
        ]
        if kept and len(kept) < len(profile.work):
            years = min(years, _years_of_experience(kept))
    return years


@lru_cache(maxsize=4096)  # a ranking asks it of the same titles for every posting
def _another_line(job_title: str, position: str) -> bool:
    """A job of this title is plainly in another line of work than the post: both name a
    family of roles, not a shared one (a Cashier's for a Software Engineer post), and the
    titles are not close (see TITLE_CLOSE). Any software job is in a frontend post's line: the
    years a post asks are of the trade, not of the stack. Where either title names no family
    ("Electrical Foreman") the job is given the benefit of the doubt."""
    theirs = _families(_title_words(role_of(job_title)))
    mine = _families(_title_words(role_of(position))) if position else frozenset()
    if not theirs or not mine or theirs & mine:
        return False
    return (_title_score(job_title, [position])["score"] or 0) < TITLE_CLOSE


NEW_GRADUATE_YEARS = 1  # under a year of work: someone just qualified


def _years_score(requirements: Requirements, years: float) -> dict[str, Any]:
    if not requirements.years_min:
        return {"score": None}
    if requirements.new_graduates_welcome and years < NEW_GRADUATE_YEARS:
        # "1+ year preferred. New graduates are welcome to apply": not asked of a new graduate.
        return {"score": None, "new_graduates_welcome": True}
    return {
        "score": round(100 * min(1.0, years / requirements.years_min)),
        "required": requirements.years_min,
        "resume_years": years,
    }


def _keyword_score(requirements: Requirements, profile: ResumeProfile) -> dict[str, Any]:
    keywords = requirements.keywords
    if not keywords:
        return {"score": None, "matched": 0, "total": 0}
    found = [keyword for keyword in keywords if _has_keyword(keyword, profile)]
    return {
        "score": round(100 * len(found) / len(keywords)),
        "matched": len(found),
        "total": len(keywords),
    }


DUTY_ENOUGH = 0.5  # share of the posting's work words that shows the resume does that work
MIN_DUTY_WORDS = 8  # fewer work words than this describe too little to compare
THIN_DUTY_WEIGHT = 0.25  # weight of the duties on a posting that names no must-have
THIN_MUST_HAVES = 2  # must-haves from which a posting's skills say enough on their own
DUTIES_MOST, DUTIES_SOME = 67, 34  # duty scores the explanation calls "most", "some" of the work


def _duty_score(requirements: Requirements, profile: ResumeProfile) -> dict[str, Any]:
    """How much of the work the posting describes (its duties and what it asks, in its own
    words) the resume's text shows: the content words of both, stemmed, without those every
    bullet could share ("built", "improved"). Prose postings name few skills, and a resume
    doing the same work still repeats their words ("set territory plans and quotas")."""
    words = (
        content_words(
            " ".join((*requirements.duties, *requirements.required, *requirements.preferred))
        )
        - generic_work_words()
    )
    if len(words) < MIN_DUTY_WORDS:
        return {"score": None}
    shared = words & profile.stems
    rarity = posting_word_rarity()
    share = sum(map(rarity, shared)) / sum(map(rarity, words))
    return {
        "score": round(100 * min(1.0, share / DUTY_ENOUGH)),
        "shown": len(shared),
        "total": len(words),
    }


RARITY_FILE = Path(__file__).parent / "data" / "posting_word_rarity.txt"


@lru_cache(maxsize=1)
def posting_word_rarity():
    """How much a stemmed word two texts share says that they are about the same work: its
    inverse document frequency over sentences of real job postings (see
    scripts/build_posting_word_rarity.py). "team" or "develop" is in most postings and says
    little; "reconciliation" or "forklift" is in few, and says much. A word the file does not
    list is in fewer sentences than it keeps: as rare as any."""
    lines = [line for line in RARITY_FILE.read_text("utf-8").splitlines() if line[:1] != "#"]
    total = int(lines[0])
    counts = {stem: int(count) for stem, count in (line.split() for line in lines[1:])}
    rare = math.log((total + 1) / 2)
    weights = {stem: math.log((total + 1) / (count + 1)) for stem, count in counts.items()}
    return lambda word: weights.get(word, rare)


def _work_shown(hard: int | None, duties: int | None, thin: float) -> float | None:
    """What the resume shows of what the posting asks, for the must-have check: its
    must-haves where it names enough of them, the work it describes where it names few
    (one must-have read from a paragraph says little on its own), a blend between.
    `duties` is None where the work described does not stand in for must-haves."""
    if duties is None:
        return hard
    if hard is None:
        return duties
    return (1 - thin) * hard + thin * duties


def _thinness(hard: dict[str, Any]) -> float:
    """How little the posting's must-haves say on their own: 1 when it names none, 0 from
    THIN_MUST_HAVES on."""
    if hard["score"] is None:
        return 1.0
    return max(0.0, 1 - hard.get("must_total", 0) / THIN_MUST_HAVES)


def _has_keyword(keyword: str, profile: ResumeProfile) -> bool:
    return keyword in profile.occurrences or profile.writes(keyword)


def rank(
    document: dict[str, Any], jobs: list[tuple[str, Requirements]], *, advice: bool = True
) -> list[tuple[str, MatchResult]]:
    """Postings best first for one resume (ties keep their order)."""
    profile = profile_of(document)
    scored = [
        (job_id, match_profile(profile, requirements, advice=advice))
        for job_id, requirements in jobs
    ]
    return sorted(scored, key=lambda item: ranking_key(item[1].score, item[1].matched))


def ranking_key(score: int, matched: list) -> tuple[int, int]:
    """Where a posting goes in a ranking: best score first; of equal scores, the posting with
    more of its requirements met. Sorts are stable, so ties after that keep the order given
    (the upload's). The batch page and its CSV order the same (RankedPosting.RANKING)."""
    return (-score, -len(matched))


def rank_documents(
    documents: list[tuple[str, dict[str, Any]]], requirements: Requirements
) -> list[tuple[str, MatchResult]]:
    """Resumes (or any labelled documents, such as versions) best first for one posting."""
    scored = [(label, match_resume(document, requirements)) for label, document in documents]
    return sorted(scored, key=lambda item: -item[1].score)
