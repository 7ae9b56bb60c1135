"""How findings and suggestions are grouped and labelled on the resume page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.core import signing

from optimizer.analysis import Finding, Report
from optimizer.analysis.registry import CHECKS
from optimizer.analysis.report import SEVERITIES
from optimizer.suggestions import Suggestion
from resumeopt import jsonresume, sections

SIGNING_SALT = "optimizer.suggestion"
SEVERITY_LABELS = {"critical": "Fix first", "warning": "Improve", "suggestion": "Polish"}


@dataclass
class FindingView:
    finding: Finding
    title: str
    where: str
    anchor: str
    suggestions: list[tuple[Suggestion, str]] = field(
        default_factory=list
    )  # with its signed payload


@dataclass
class SeverityGroup:
    severity: str
    label: str
    findings: list[FindingView]


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


def sign(suggestion: Suggestion) -> str:
    return signing.dumps(suggestion.to_dict(), salt=SIGNING_SALT, compress=True)


def unsign(payload: str, max_age: int = 7 * 24 * 3600) -> Suggestion:
    """The suggestion the page showed; raises signing.BadSignature if altered or too old."""
    return Suggestion(**signing.loads(payload, salt=SIGNING_SALT, max_age=max_age))


def grouped(
    report: Report, suggestions: list[Suggestion], document: dict[str, Any]
) -> list[SeverityGroup]:
    by_finding: dict[tuple[str, str], list[Suggestion]] = {}
    for suggestion in suggestions:
        by_finding.setdefault((suggestion.check, suggestion.about), []).append(suggestion)
    groups = []
    for severity in SEVERITIES:
        views = [
            FindingView(
                finding=finding,
                title=CHECKS[finding.check].title,
                where=jsonresume.section_label(document, _entry_path(finding.path))
                if finding.path
                else "Whole resume",
                anchor=anchor_for(finding.path),
                suggestions=[
                    (s, sign(s)) for s in by_finding.get((finding.check, finding.path), [])
                ],
            )
            for finding in report.findings
            if finding.severity == severity
        ]
        if views:
            groups.append(SeverityGroup(severity, SEVERITY_LABELS[severity], views))
    return groups


def _entry_path(path: str) -> str:
    parts = jsonresume.split_path(path)
    if parts and parts[0] == "basics" and len(parts) > 1 and parts[1] == "summary":
        return "basics/summary"
    return jsonresume.join_path(*parts[:2])
