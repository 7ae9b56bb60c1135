"""Consistency checks: dates, order, gaps, tense,
spelling and punctuation agree across the resume."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from optimizer.analysis import language
from optimizer.analysis.document import ResumeText
from optimizer.analysis.registry import check, finding
from optimizer.analysis.report import Finding
from optimizer.analysis.vocabulary import completed_result_verbs, technology_terms
from resumeopt.dates import format_date, is_present, to_month_index

TERM_RE = re.compile(r"[A-Za-z][\w.#+/-]*")
GAP_MONTHS = 6  # months without a role before a gap is worth explaining
OVERLAP_MONTHS = 2  # a handover month or a short notice period is not an overlap


def _precision(value: str) -> str | None:
    """What a date shows once rendered: "2021" a year, "2021-03" and "2021-03-15" a month."""
    if to_month_index(value) is None:
        return None  # unreadable: reported by ats.unreadable_date
    return "year" if len(value) == 4 else "month"


@check(
    "consistency.date_format",
    category="consistency",
    severity="warning",
    title="Mixed date formats",
)
def date_format(resume: ResumeText) -> Iterator[Finding]:
    """Some dates give only the year while others give the month too.

    The fix is always to add the month (never to drop the others'): ATS
    software and readers both want months, as ats.year_only_dates says.
    """
    dates = [(path, value) for path, value in resume.dates if _precision(value)]
    if len({_precision(value) for _, value in dates}) <= 1:
        return
    for path, value in dates:
        if _precision(value) == "year":
            yield finding(
                "consistency.date_format",
                f"{value} gives only the year while the other dates give the month.",
                path=path,
                field=path.rsplit("/", 1)[-1],
                entry=int(path.split("/")[1]),
                fix=f"Add the month (e.g. Mar {value}) so every date reads the same way.",
            )


@check(
    "consistency.reverse_chronological",
    category="consistency",
    severity="warning",
    title="Not in reverse-chronological order",
)
def reverse_chronological(resume: ResumeText) -> Iterator[Finding]:
    for section in ("work", "volunteer"):
        roles = [
            role for role in resume.roles if role.section == section and role.start is not None
        ]
        for newer, older in zip(roles, roles[1:], strict=False):
            newer_key = (newer.end is None, newer.end or 0, newer.start)
            older_key = (older.end is None, older.end or 0, older.start)
            if older_key > newer_key:
                yield finding(
                    "consistency.reverse_chronological",
                    f"{older.title or 'An entry'} is more recent than "
                    f"{newer.title or 'the one above it'} but listed below it.",
                    path=older.path,
                    entry=older.index,
                    fix="List the most recent role first.",
                )


@check(
    "consistency.end_before_start",
    category="consistency",
    severity="critical",
    title="End date before start date",
)
def end_before_start(resume: ResumeText) -> Iterator[Finding]:
    for role in resume.roles:
        if role.start is not None and role.end is not None and role.end < role.start:
            yield finding(
                "consistency.end_before_start",
                f"{role.title or 'This role'} ends ({format_date(role.end_text)}) before it "
                f"starts ({format_date(role.start_text)}).",
                path=f"{role.path}/endDate",
                entry=role.index,
                field="endDate",
                fix="Check both dates.",
            )


@check(
    "consistency.future_date",
    category="consistency",
    severity="warning",
    title="Date in the future",
)
def future_date(resume: ResumeText) -> Iterator[Finding]:
    this_month = to_month_index(None, default_today=True) or 0
    for path, value in resume.dates:
        month = to_month_index(value)
        if (
            month is not None
            and month > this_month + 1
            and path.endswith(("startDate", "date", "releaseDate"))
        ):
            yield finding(
                "consistency.future_date",
                f"{format_date(value)} is in the future.",
                path=path,
                field=path.rsplit("/", 1)[-1],
                entry=int(path.split("/")[1]),
                fix=(
                    "Check the year; for a future start date, say “starting” in the summary "
                    "instead."
                ),
            )


def _work_roles(resume: ResumeText):
    """Dated work roles, earliest first; a role whose end date cannot be read is left out."""
    roles = [
        role
        for role in resume.roles
        if role.section == "work"
        and role.start is not None
        and (role.end is not None or not role.end_text or is_present(role.end_text))
    ]
    return sorted(roles, key=lambda role: role.start)


# A year without a month could be any month of that year: gaps and overlaps
# are measured the most charitable way, so "2015-2017" then "2018-2020" is no gap.
def _latest_start(role) -> int:
    return role.start + 11 if len(role.start_text) == 4 else role.start


def _earliest_end(role, today: int) -> int:
    return today if role.end is None else role.end


def _latest_end(role, today: int) -> int:
    if role.end is None:
        return today
    return role.end + 11 if len(role.end_text) == 4 else role.end


@check("consistency.gap", category="consistency", severity="suggestion", title="Unexplained gap")
def gap(resume: ResumeText) -> Iterator[Finding]:
    """More than six months between one role's end and the next one's start."""
    today = to_month_index(None, default_today=True)
    covered_until = None
    for role in _work_roles(resume):
        months = role.start - covered_until - 1 if covered_until is not None else 0
        if months > GAP_MONTHS:
            yield finding(
                "consistency.gap",
                f"There is a gap of {months} months before {role.title or 'this role'}.",
                path=role.path,
                entry=role.index,
                fix=(
                    "Explain it if it matters (study, caring, travel, a project) or make sure "
                    "the dates are right."
                ),
            )
        end = _latest_end(role, today)
        covered_until = end if covered_until is None else max(covered_until, end)


@check(
    "consistency.overlap", category="consistency", severity="suggestion", title="Overlapping roles"
)
def overlap(resume: ResumeText) -> Iterator[Finding]:
    """Two roles held at once for more than a notice period's worth of months."""
    roles = _work_roles(resume)
    today = to_month_index(None, default_today=True)
    for earlier, later in zip(roles, roles[1:], strict=False):
        months = _earliest_end(earlier, today) - _latest_start(later) + 1
        if months > OVERLAP_MONTHS:
            yield finding(
                "consistency.overlap",
                f"{later.title or 'This role'} overlaps "
                f"{earlier.title or 'the previous role'} by {months} months.",
                path=later.path,
                entry=later.index,
                fix=(
                    "If both were at the same time, say so (e.g. part-time); otherwise fix the "
                    "dates."
                ),
            )


@check(
    "consistency.past_tense",
    category="consistency",
    severity="warning",
    title="Present tense for a past role",
)
def past_tense(resume: ResumeText) -> Iterator[Finding]:
    for role in resume.roles:
        if role.current or role.start is None and not role.end_text:
            continue
        for bullet in role.bullets:
            first = language.first_word(bullet.text)
            if language.is_present(first):
                yield finding(
                    "consistency.past_tense",
                    f"“{first}” is present tense, but this role has ended.",
                    at=bullet,
                    fix=f"Use the past tense: “{language.to_past(first)}”.",
                )


@check(
    "consistency.current_tense",
    category="consistency",
    severity="suggestion",
    title="Past tense for the current role",
)
def current_tense(resume: ResumeText) -> Iterator[Finding]:
    """Ongoing duties of the current role read best in the present tense.

    A bullet that reports a finished result (a figure, or a verb such as
    "launched") is left alone: "Launched X" is right even in today's job.
    """
    for role in resume.roles:
        if not role.current:
            continue
        for bullet in role.bullets:
            first = language.first_word(bullet.text)
            finished = (
                language.has_metric(bullet.text)
                or language.verb_base(first) in completed_result_verbs()
            )
            if language.is_past(first) and language.to_present(first) and not finished:
                yield finding(
                    "consistency.current_tense",
                    f"“{first}” is past tense, but this is your current role.",
                    at=bullet,
                    fix=f"Describe ongoing work in the present: “{language.to_present(first)}”.",
                )


@check(
    "consistency.term_spelling",
    category="consistency",
    severity="warning",
    title="Technology spelled inconsistently",
)
def term_spelling(resume: ResumeText) -> Iterator[Finding]:
    """'Javascript' for 'JavaScript', or 'Postgres' here and 'PostgreSQL' there.

    ATS keyword matching is exact, so a mis-capitalised name is flagged; an
    accepted alias ('Postgres', 'K8s') only when the resume mixes it with the
    usual name; and an everyday English word in lower case ('react', 'rails',
    'windows') never: it is the word, not the product.
    """
    vocabulary = technology_terms()
    terms = vocabulary.canonical_of
    occurrences: list[tuple[str, str, dict]] = []
    for text in resume.all_text:
        occurrences.extend(
            (token, canonical, {"at": text}) for token, canonical in _terms(text.text)
        )
    skills = resume.document.get("skills")
    for index, group in enumerate(skills if isinstance(skills, list) else []):
        keywords = group.get("keywords") if isinstance(group, dict) else None
        for number, keyword in enumerate(keywords if isinstance(keywords, list) else []):
            if isinstance(keyword, str) and keyword.strip() in terms:
                where = {
                    "path": f"skills/{index}/keywords/{number}",
                    "section": "skills",
                    "entry": index,
                    "field": "keywords",
                }
                occurrences.append((keyword.strip(), terms[keyword.strip()], where))
    spellings: dict[str, set[str]] = defaultdict(set)
    for token, canonical, _ in occurrences:
        spellings[canonical].add(token)
    reported: set[str] = set()
    for token, canonical, where in occurrences:
        if token == canonical or token in reported:
            continue
        mixed = len(spellings[canonical]) > 1
        miscapitalised = _letters(token) == _letters(canonical)
        if not mixed and (
            not miscapitalised or (token.islower() and language.is_english_word(token))
        ):
            continue
        reported.add(token)
        others = sorted(spellings[canonical] - {token})
        also = f" (also written {', '.join(others)})" if others else ""
        yield finding(
            "consistency.term_spelling",
            f"“{token}” is usually written “{canonical}”{also}.",
            fix=f"Write “{canonical}” everywhere; ATS keyword matching is exact.",
            **where,
        )


@lru_cache(maxsize=8192)
def _terms(text: str) -> tuple[tuple[str, str], ...]:
    """(as written, canonical) of each technology `text` names, in order."""
    vocabulary = technology_terms()
    terms, everyday_words = vocabulary.canonical_of, vocabulary.everyday_words
    # An everyday English word in lower case is the word ("react to incidents", "payment rails").
    return tuple(
        (token, terms[token])
        for token in [token.rstrip(".") for token in TERM_RE.findall(text)]
        if token in terms and token not in everyday_words
    )


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9#+]", "", text.lower())


@check(
    "consistency.trailing_punctuation",
    category="consistency",
    severity="suggestion",
    title="Mixed bullet punctuation",
)
def trailing_punctuation(resume: ResumeText) -> Iterator[Finding]:
    if len(resume.bullets) < 3:
        return
    with_period = [bullet for bullet in resume.bullets if bullet.text.rstrip().endswith(".")]
    without = [bullet for bullet in resume.bullets if not bullet.text.rstrip().endswith(".")]
    if not with_period or not without:
        return
    minority, style = (
        (with_period, "without") if len(with_period) < len(without) else (without, "with")
    )
    for bullet in minority:
        yield finding(
            "consistency.trailing_punctuation",
            f"Most bullets end {style} a full stop; this one does not match.",
            at=bullet,
            fix=f"End every bullet {style} a full stop.",
        )


@check(
    "consistency.bullet_capitalization",
    category="consistency",
    severity="suggestion",
    title="Bullet starts in lower case",
)
def bullet_capitalization(resume: ResumeText) -> Iterator[Finding]:
    for bullet in resume.bullets:
        first = bullet.text.lstrip()[:1]
        if first.isalpha() and first.islower():
            yield finding(
                "consistency.bullet_capitalization",
                "Starts with a lower-case letter.",
                at=bullet,
                fix="Start every bullet with a capital letter.",
            )
