"""What an analysis produces: findings, the report with its scores, and the impact of a change."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

CATEGORIES = ("ats", "content", "impact", "consistency", "length")
SEVERITIES = ("critical", "warning", "suggestion")


@dataclass(frozen=True)
class Finding:
    """One problem, tied to the place in the document it is about.

    `path` is a section path (resumeopt.jsonresume): "work/0/highlights/2"
    for a bullet, "basics/email" for a field, "work" for a whole section.
    `fix` says in words what to do; one-click rewrites are Suggestions.
    `points`, when set, is what the finding costs its category instead of its
    severity's fixed points: the share of the measure the resume misses (a
    resume at a third of the usual length misses two thirds). Such a finding
    also scales the overall score (optimizer.analysis.scoring).
    """

    check: str
    category: str
    severity: str
    message: str
    section: str
    path: str
    entry: int | None = None
    field: str | None = None
    bullet: int | None = None
    fix: str | None = None
    points: int | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """Identity across two versions of a document (used by compare).

        Figures in the message are ignored, so "Only 3 of 11 bullets…" becoming
        "Only 4 of 11 bullets…" is the same finding, not one fixed and one new.
        """
        return (self.check, self.path, re.sub(r"\d+(?:\.\d+)?%?", "#", self.message))

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Report:
    score: int
    categories: dict[str, int]
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "score": self.score,
            "categories": dict(self.categories),
            "findings": [finding.to_dict() for finding in self.findings],
        }

    def findings_under(self, path: str) -> list[Finding]:
        """Findings about `path` or anything inside it ("work/0" includes its bullets)."""
        prefix = path.rstrip("/") + "/"
        return [f for f in self.findings if f.path == path or f.path.startswith(prefix)]


@dataclass
class Impact:
    """How a change moved the score, and which findings it fixed or introduced."""

    score_before: int
    score_after: int
    delta: int
    category_deltas: dict[str, int]
    fixed: list[Finding]
    introduced: list[Finding]

    def to_dict(self) -> dict:
        return {
            "score_before": self.score_before,
            "score_after": self.score_after,
            "delta": self.delta,
            "category_deltas": dict(self.category_deltas),
            "fixed": [finding.to_dict() for finding in self.fixed],
            "introduced": [finding.to_dict() for finding in self.introduced],
        }
