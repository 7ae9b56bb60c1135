"""The check registry: every check has a stable id, a category, a severity and a title.

Checks are plain functions from the read document to findings, registered with
`@check(...)`. Ids are part of the product's contract (the CLI prints them,
learned preferences key on them): never rename one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from optimizer.analysis.document import ResumeText, Text
from optimizer.analysis.report import CATEGORIES, SEVERITIES, Finding

CheckFunction = Callable[[ResumeText], Iterable[Finding]]


@dataclass(frozen=True)
class Check:
    id: str
    category: str
    severity: str
    title: str
    function: CheckFunction


CHECKS: dict[str, Check] = {}


def check(check_id: str, *, category: str, severity: str, title: str):
    """Register a check function under a stable id."""
    if category not in CATEGORIES or severity not in SEVERITIES:
        raise ValueError(f"{check_id}: unknown category or severity")

    def register(function: CheckFunction) -> CheckFunction:
        if check_id in CHECKS:
            raise ValueError(f"check {check_id} registered twice")
        CHECKS[check_id] = Check(check_id, category, severity, title, function)
        return function

    return register


def finding(
    check_id: str,
    message: str,
    *,
    at: Text | None = None,
    path: str = "",
    section: str = "",
    entry: int | None = None,
    field: str | None = None,
    bullet: int | None = None,
    fix: str | None = None,
    severity: str | None = None,
    points: int | None = None,
) -> Finding:
    """A finding of a registered check, located at a piece of text or an explicit path."""
    registered = CHECKS[check_id]
    if at is not None:
        path, section, entry, field, bullet = at.path, at.section, at.entry, at.field, at.bullet
    return Finding(
        check=check_id,
        category=registered.category,
        severity=severity or registered.severity,
        message=message,
        section=section or path.split("/")[0],
        path=path,
        entry=entry,
        field=field,
        bullet=bullet,
        fix=fix,
        points=points,
    )
