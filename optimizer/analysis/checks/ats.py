"""ATS checks: what applicant tracking software needs to read a resume correctly."""

from __future__ import annotations

import re
from collections.abc import Iterator

from optimizer.analysis.document import ResumeText
from optimizer.analysis.registry import check, finding
from optimizer.analysis.report import Finding
from resumeopt import characters
from resumeopt.characters import LIGATURES, NON_BREAKING_SPACES
from resumeopt.dates import format_date, is_present, parse_date, to_month_index
from resumeopt.jsonresume import SECTIONS

EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
EMOJI_RE = re.compile(
    "[\U0001f300-\U0001faff\U00002600-\U000027bf\U0001f000-\U0001f2ff\u2b50\u2b06\u2934\u2935\u3030\u303d]"
)
SMART_QUOTES = "“”‘’„‚«»"
# What the ATS checks name: the invisible characters and the spaces that are not spaces.
INVISIBLE = {**NON_BREAKING_SPACES, **characters.INVISIBLE}
SYMBOL_BULLET_RE = re.compile(
    r"^\s*[•·▪●◦‣○■□➢➤►▸▹✓✔\uf0a7\uf0b7\uf076\uf0d8\uf0fc]|[\ue000-\uf8ff]"
)
STANDARD_KEYS = {*SECTIONS, "meta", "$schema"}


def _basics(resume: ResumeText, key: str) -> str:
    value = resume.basics.get(key)
    return value.strip() if isinstance(value, str) else ""


@check("ats.missing_name", category="ats", severity="critical", title="Name missing")
def missing_name(resume: ResumeText) -> Iterator[Finding]:
    if not _basics(resume, "name"):
        yield finding(
            "ats.missing_name",
            "Your name is missing, so the ATS cannot file your application.",
            path="basics/name",
            field="name",
            fix="Add your full name at the top.",
        )


@check("ats.missing_email", category="ats", severity="critical", title="Email missing")
def missing_email(resume: ResumeText) -> Iterator[Finding]:
    if not _basics(resume, "email"):
        yield finding(
            "ats.missing_email",
            "There is no email address, so recruiters cannot reply.",
            path="basics/email",
            field="email",
            fix="Add a professional email address.",
        )


@check("ats.invalid_email", category="ats", severity="warning", title="Email looks wrong")
def invalid_email(resume: ResumeText) -> Iterator[Finding]:
    email = _basics(resume, "email")
    if email and not EMAIL_RE.match(email):
        yield finding(
            "ats.invalid_email",
            f"“{email}” does not look like an email address.",
            path="basics/email",
            field="email",
            fix="Check the address for typos and spaces.",
        )


@check("ats.missing_phone", category="ats", severity="warning", title="Phone missing")
def missing_phone(resume: ResumeText) -> Iterator[Finding]:
    if not _basics(resume, "phone"):
        yield finding(
            "ats.missing_phone",
            "There is no phone number.",
            path="basics/phone",
            field="phone",
            fix="Add a phone number with its country code if you apply abroad.",
        )


@check("ats.missing_location", category="ats", severity="warning", title="Location missing")
def missing_location(resume: ResumeText) -> Iterator[Finding]:
    location = resume.basics.get("location")
    filled = isinstance(location, dict) and any(
        isinstance(value, str) and value.strip() for value in location.values()
    )
    if not filled:
        yield finding(
            "ats.missing_location",
            "There is no location; many ATS filter candidates by city or region.",
            path="basics/location",
            field="location",
            fix="Add at least your city and region or country.",
        )


@check(
    "ats.missing_profile",
    category="ats",
    severity="suggestion",
    title="No LinkedIn or profile link",
)
def missing_profile(resume: ResumeText) -> Iterator[Finding]:
    profiles = resume.basics.get("profiles")
    has_profile = isinstance(profiles, list) and any(
        isinstance(p, dict) and (p.get("url") or p.get("username")) for p in profiles
    )
    if not has_profile and not _basics(resume, "url"):
        yield finding(
            "ats.missing_profile",
            "There is no LinkedIn or portfolio link.",
            path="basics/profiles",
            field="profiles",
            fix="Add your LinkedIn profile (and GitHub or a portfolio if relevant).",
        )


@check(
    "ats.nonstandard_section",
    category="ats",
    severity="warning",
    title="Section an ATS will not recognise",
)
def nonstandard_section(resume: ResumeText) -> Iterator[Finding]:
    for key in resume.document:
        if key not in STANDARD_KEYS and resume.document[key]:
            yield finding(
                "ats.nonstandard_section",
                f"The section “{key}” is not a standard resume section, so an ATS may skip it.",
                path=key,
                fix=(
                    "Move its content into a standard section such as Experience, Projects or "
                    "Skills."
                ),
            )


def _characters(
    resume: ResumeText, check_id: str, pattern, describe, fix: str
) -> Iterator[Finding]:
    """Texts with characters `pattern` finds; every one these checks look for is outside ASCII,
    so an ASCII text (most of them) is passed over without looking at its characters."""
    for text in resume.all_text:
        if text.text.isascii():
            continue
        found = pattern(text.text)
        if found:
            yield finding(check_id, describe(found), at=text, fix=fix)


@check("ats.ligature", category="ats", severity="warning", title="Ligature characters")
def ligatures(resume: ResumeText) -> Iterator[Finding]:
    yield from _characters(
        resume,
        "ats.ligature",
        lambda text: sorted(set(text).intersection(LIGATURES)),
        lambda found: (
            f"Contains the ligature {' '.join(found)}, which ATS software often reads as a "
            "missing letter."
        ),
        "Retype the word with plain letters (fi, fl).",
    )


@check("ats.emoji", category="ats", severity="warning", title="Emoji")
def emoji(resume: ResumeText) -> Iterator[Finding]:
    yield from _characters(
        resume,
        "ats.emoji",
        lambda text: EMOJI_RE.findall(text),
        lambda found: f"Contains emoji ({''.join(found[:3])}), which parsers drop or garble.",
        "Remove the emoji; use words.",
    )


@check("ats.smart_quotes", category="ats", severity="suggestion", title="Curly quotes")
def smart_quotes(resume: ResumeText) -> Iterator[Finding]:
    yield from _characters(
        resume,
        "ats.smart_quotes",
        lambda text: sorted(set(text).intersection(SMART_QUOTES)),
        lambda found: (
            f"Contains curly quotes ({' '.join(found)}); some ATS turn them into question marks."
        ),
        "Use straight quotes (' and \").",
    )


@check("ats.invisible_characters", category="ats", severity="warning", title="Invisible characters")
def invisible_characters(resume: ResumeText) -> Iterator[Finding]:
    yield from _characters(
        resume,
        "ats.invisible_characters",
        lambda text: sorted({INVISIBLE[c] for c in text if c in INVISIBLE}),
        lambda found: (
            f"Contains invisible characters ({', '.join(found)}) that can split or join "
            "words for a parser."
        ),
        "Retype the spaces in this line.",
    )


@check("ats.symbol_bullet", category="ats", severity="warning", title="Symbol-font bullets")
def symbol_bullet(resume: ResumeText) -> Iterator[Finding]:
    yield from _characters(
        resume,
        "ats.symbol_bullet",
        lambda text: SYMBOL_BULLET_RE.search(text),
        lambda found: (
            "Starts with a pasted bullet symbol; the export adds real bullets, and "
            "symbol-font glyphs become garbage in an ATS."
        ),
        "Remove the symbol at the start.",
    )


@check("ats.year_only_dates", category="ats", severity="suggestion", title="Dates without months")
def year_only_dates(resume: ResumeText) -> Iterator[Finding]:
    for role in resume.roles:
        values = [value for value in (role.start_text, role.end_text) if value]
        if values and all(len(value) == 4 for value in values):
            yield finding(
                "ats.year_only_dates",
                f"{role.title or 'This role'} has years but no months; ATS software computes "
                "experience from months.",
                path=f"{role.path}/startDate",
                section=role.section,
                entry=role.index,
                field="startDate",
                fix="Give the month and year, e.g. Mar 2021.",
            )


@check("ats.unreadable_date", category="ats", severity="warning", title="Date a parser cannot read")
def unreadable_date(resume: ResumeText) -> Iterator[Finding]:
    """A date that is not a year, a month or a day ("Summer 2019", "2019-13").

    ATS software computes experience from dates; one it cannot read drops the
    role from that count. "Present" as an end date is read as a current role.
    """
    for path, value in resume.dates:
        if to_month_index(value) is not None or (path.endswith("endDate") and is_present(value)):
            continue
        readable = parse_date(value)
        fix = (
            f"Write it as {format_date(readable)}."
            if readable and to_month_index(readable) is not None
            else "Write it as a month and year, e.g. Mar 2021."
        )
        entry = path.split("/")[1]
        yield finding(
            "ats.unreadable_date",
            f"“{value}” is not a date ATS software can read.",
            path=path,
            entry=int(entry),
            field=path.rsplit("/", 1)[-1],
            fix=fix,
        )
