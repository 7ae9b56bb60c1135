"""Read a job posting: what it asks for, and how much. Plain Python, offline.

`extract_requirements(text)` finds the title, company, seniority, years of
experience, education (level, field, and whether it is required), employment
type, location and remote policy, the qualification clauses (required or
preferred) and duties, requirement items with their alternatives, and every
skill with its canonical name, the exact text it matched and its offsets.

The posting is first split into clauses whatever its line breaks
(`segmentation`), and each clause is given its role once, from its own cue
words and the part of the posting it sits in (`roles`): a company blurb never
swallows the sentences after it, and a posting pasted as one paragraph reads
like the same posting with its lines kept. A tool, standard or credential the taxonomy
lacks is read where a requirement puts its object (`names`: "Experience with CargoWise").
Skills in the company blurb,
benefits, legal text or how-to-apply are mentions: shown, not asked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from jobs.extraction import details, head, names, prefilter, roles, title
from jobs.extraction.details import (
    EDUCATION_FIELD_RE,
    EDUCATION_LEVELS,
    EMPLOYMENT_TYPES,
    REMOTE_POLICIES,
    earliest,
    education_fields,
    narrowed_years,
    read_education,
    read_years,
    seniority,
    welcomes_new_graduates,
)
from jobs.extraction.model import (
    MAX_POSTING_CHARACTERS,
    ExtractedSkill,
    PostingError,
    Requirements,
    check_posting,
)
from jobs.extraction.requirements import field_spans, read_skills
from jobs.extraction.roles import ASKING_ROLES, clause_role
from jobs.extraction.segmentation import Clause, segment, without_markup
from jobs.extraction.title import (
    read_title_and_company,
    without_cell_quotes,
    without_site_chrome,
)
from jobs.taxonomy import prepare_tables, taxonomy

__all__ = [
    "EDUCATION_FIELD_RE",
    "EDUCATION_LEVELS",
    "MAX_POSTING_CHARACTERS",
    "Clause",
    "ExtractedSkill",
    "PostingError",
    "Requirements",
    "check_posting",
    "extract_requirements",
    "find_skills",
    "narrowed_years",
    "prepare",
    "segment",
    "without_markup",
]


def prepare() -> None:
    """Build now what extraction builds on first use: the taxonomy, every cue pattern, the
    word lists and the automaton of every pattern's needles. Without this, a worker's first
    postings each paid for some of it (a cue list built in a posting's middle rebuilt the
    automaton: some 60 ms), and extraction timed after a warm-up posting still counted it."""
    taxonomy()
    prepare_tables()
    head.prepare()
    roles.prepare()
    details.prepare()
    names.prepare()
    title.prepare()
    prefilter.build()


def find_skills(text: str) -> list[ExtractedSkill]:
    """The skills of one sentence read as a clause of a posting with no sections.

    The clause gets its role from its own words, as in a posting: skills named about the
    company, its benefits, legal text or how to apply come back as mentions (`mention`),
    the others as asked; the same context rules apply as to a whole posting.
    """
    requirements = Requirements()
    read_skills([Clause(text, 0, clause_role(text, "intro", structured=False))], requirements, [])
    return requirements.skills


def extract_requirements(text: str, *, title: str = "", company: str = "") -> Requirements:
    """Everything the posting asks for. Raises PostingError for empty or oversized text.

    A title or company the user typed (a form field, a CSV column) wins over the one read,
    and the level is then read from the typed title.
    """
    check_posting(text)
    prefilter.forget()
    # A posting pasted from a page's source reads as its text; offsets stay those of the paste.
    text, positions = without_markup(text)
    requirements = _extract(text)
    if title and title.strip():
        requirements.title = " ".join(title.split())
        requirements.seniority = seniority(requirements.title, text)
    if company and company.strip():
        requirements.company = " ".join(company.split())
    if positions is not None:
        requirements.skills = [
            replace(skill, start=positions[skill.start], end=positions[skill.end - 1] + 1)
            for skill in requirements.skills
        ]
    return requirements


def _extract(text: str) -> Requirements:
    """What a posting in plain text asks for."""
    text = without_site_chrome(without_cell_quotes(text))
    clauses = segment(text)
    requirements = Requirements()
    read_title_and_company(text, clauses, requirements)
    _split_title(clauses, requirements.title)
    requirements.seniority = seniority(requirements.title, text)
    # "Java Backend Engineer (Mid)": the level in brackets, as Central European postings write
    # it, is the post's level (read above), not part of its title.
    requirements.title = LEVEL_IN_BRACKETS_RE.sub("", requirements.title)
    requirements.employment_type = earliest(EMPLOYMENT_TYPES, text)
    requirements.remote_policy = earliest(REMOTE_POLICIES, text)
    asking = [c for c in clauses if not c.heading and c.role in ASKING_ROLES]
    read_years(asking, requirements)
    requirements.new_graduates_welcome = welcomes_new_graduates(text)
    fields = education_fields(asking)
    read_education(requirements, fields)
    excluded = _spans_of(requirements.company, text) + field_spans(fields)
    read_skills(clauses, requirements, excluded)
    return requirements


LEVEL_IN_BRACKETS_RE = re.compile(
    r"\s*\((?:mid|mid[- ]level|regular|senior|junior|entry[- ]level)\)$", re.IGNORECASE
)


def _split_title(clauses: list[Clause], title: str) -> None:
    """A title run into the text after it (a one-paragraph paste) becomes a clause of its own."""
    first = next((index for index, clause in enumerate(clauses) if not clause.heading), None)
    if first is None or not title:
        return
    clause = clauses[first]
    if not clause.text.startswith(title) or clause.text == title:
        return
    rest = clause.text[len(title) :]
    stripped = rest.lstrip(" .·|-–")
    structured = any(c.heading and c.role in ("required", "preferred", "duty") for c in clauses)
    clauses[first : first + 1] = [
        Clause(title, clause.start, "title", line=clause.line, line_start=True),
        Clause(
            stripped,
            clause.start + len(title) + len(rest) - len(stripped),
            clause_role(stripped, "intro", structured=structured),
            line=clause.line,
        ),
    ]


def _spans_of(name: str, text: str) -> list[tuple[int, int]]:
    """Where the company's name stands: "Brightwave Analytics" is a name, not analytics."""
    if len(name) < 3:
        return []
    spans, start = [], text.find(name)
    while start != -1:
        spans.append((start, start + len(name)))
        start = text.find(name, start + 1)
    return spans
