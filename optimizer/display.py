"""How findings and suggestions are grouped and labelled on the resume page.

The analysis and the suggestions are imported by the functions that need them: the
optimizer's views and forms import this module, and every management command's URL
checks import the views.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.core import signing

from resumeopt import jsonresume, sections

if TYPE_CHECKING:
    from optimizer.analysis import Finding, Report
    from optimizer.suggestions import Suggestion

SIGNING_SALT = "optimizer.suggestion"
SEVERITY_LABELS = {"critical": "Fix first", "warning": "Improve", "suggestion": "Polish"}


@dataclass
class FindingView:
    finding: Finding
    title: str
    where: str
    anchor: str
    line: str = ""  # the field inside the unit ("highlights/2"), for the link to select it
    quote: str = ""  # the text of the line, so the user sees which one without looking
    text: str = ""  # the whole line, to select it when its section is open in an editor
    suggestions: list[tuple[Suggestion, str]] = field(
        default_factory=list
    )  # with its signed payload
    # Rewrites this user almost never accepts, folded under "show all".
    usually_skipped: list[tuple[Suggestion, str]] = field(default_factory=list)


@dataclass
class SectionGroup:
    key: str
    title: str
    findings: list[FindingView]


@dataclass
class SeverityGroup:
    severity: str
    label: str
    sections: list[SectionGroup]

    @property
    def count(self) -> int:
        return sum(len(section.findings) for section in self.sections)


def unit_path_of(path: str) -> str | None:
    """The editable unit a path lies in ("work/0/highlights/2" -> "work/0"), if any."""
    parts = jsonresume.split_path(path)
    if parts and parts[0] == "basics":
        return "basics"
    if len(parts) >= 2 and isinstance(parts[1], int):
        unit = f"{parts[0]}/{parts[1]}"
        return unit if sections.is_unit_path(unit) else None
    return None


def anchor_for(path: str) -> str:
    """The id of the element on the resume page that shows this path."""
    unit = unit_path_of(path)
    if unit:
        return sections.form_prefix(unit)
    parts = jsonresume.split_path(path)
    return f"section-{parts[0]}" if parts else ""


def sign(suggestion: Suggestion, resume_pk: int) -> str:
    """The suggestion as a tamper-proof form value, valid only for the resume it was made for."""
    return signing.dumps(suggestion.to_dict(), salt=f"{SIGNING_SALT}:{resume_pk}", compress=True)


def unsign(payload: str, resume_pk: int, max_age: int = 7 * 24 * 3600) -> Suggestion:
    """The suggestion the page showed; raises signing.BadSignature if altered, too old,
    or made for another resume."""
    from optimizer.suggestions import Suggestion

    data = signing.loads(payload, salt=f"{SIGNING_SALT}:{resume_pk}", max_age=max_age)
    return Suggestion(**data)


def line_of(path: str) -> str:
    """The part of a path inside its unit: "work/0/highlights/2" -> "highlights/2"."""
    unit = unit_path_of(path)
    if not unit or path == unit:
        return ""
    return path[len(unit) + 1 :]


def quote_of(document: dict[str, Any], finding: Finding, limit: int = 90) -> str:
    """The text a finding is about, shortened, when it is one line of prose."""
    if finding.bullet is None and finding.field not in ("summary", "description"):
        return ""
    value = jsonresume.get_at(document, finding.path)
    if not isinstance(value, str):
        return ""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _text_of(document: dict[str, Any], finding: Finding) -> str:
    if not quote_of(document, finding):
        return ""
    value = jsonresume.get_at(document, finding.path)
    return value if isinstance(value, str) else ""


def grouped(
    report: Report,
    suggestions: list[Suggestion],
    document: dict[str, Any],
    resume_pk: int,
    hidden: list[Suggestion] | None = None,
) -> list[SeverityGroup]:
    """The findings by severity, most serious first, then by section in resume order,
    each with the line it is about and its rewrites (in the order given: the user's
    likeliest first) and, apart, the `hidden` rewrites they usually skip."""
    from optimizer.analysis.registry import CHECKS
    from optimizer.analysis.report import SEVERITIES

    by_finding: dict[tuple[str, str], list[Suggestion]] = {}
    for suggestion in suggestions:
        by_finding.setdefault((suggestion.check, suggestion.about), []).append(suggestion)
    skipped: dict[tuple[str, str], list[Suggestion]] = {}
    for suggestion in hidden or []:
        skipped.setdefault((suggestion.check, suggestion.about), []).append(suggestion)
    groups = []
    for severity in SEVERITIES:
        sections: dict[str, SectionGroup] = {}
        for finding in _by_place(report.findings):
            if finding.severity != severity:
                continue
            key = jsonresume.section_of(finding.path)
            if key not in sections:
                title = (
                    jsonresume.SECTION_TITLES.get(key, key.capitalize()) if key else "Whole resume"
                )
                sections[key] = SectionGroup(key, title, [])
            sections[key].findings.append(
                FindingView(
                    finding=finding,
                    title=CHECKS[finding.check].title,
                    where=_where(document, finding.path),
                    anchor=anchor_for(finding.path),
                    line=line_of(finding.path),
                    quote=quote_of(document, finding),
                    text=_text_of(document, finding),
                    suggestions=[
                        (s, sign(s, resume_pk))
                        for s in by_finding.get((finding.check, finding.path), [])
                    ],
                    usually_skipped=[
                        (s, sign(s, resume_pk))
                        for s in skipped.get((finding.check, finding.path), [])
                    ],
                )
            )
        if sections:
            groups.append(
                SeverityGroup(severity, SEVERITY_LABELS[severity], list(sections.values()))
            )
    return groups


def _where(document: dict[str, Any], path: str) -> str:
    """The place inside its section: "Engineer at Acme", "Summary", "Email"."""
    parts = jsonresume.split_path(path)
    if len(parts) < 2:
        return ""
    if parts[0] == "basics":
        return str(parts[1]).replace("countryCode", "country").capitalize()
    if isinstance(parts[1], int):
        section = str(parts[0])
        return jsonresume.entry_title(section, jsonresume.get_at(document, f"{section}/{parts[1]}"))
    return ""


def _by_place(findings: list[Finding]) -> list[Finding]:
    """Findings in the order of the resume: whole-resume ones first, then section by section."""
    order = {key: number for number, key in enumerate(jsonresume.SECTIONS)}

    def place(finding: Finding) -> tuple:
        parts = jsonresume.split_path(finding.path)
        numbers = tuple(part if isinstance(part, int) else -1 for part in parts[1:])
        return (bool(parts), order.get(parts[0], len(order)) if parts else -1, numbers)

    return sorted(findings, key=place)
