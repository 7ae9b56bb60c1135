"""Live feedback on a section being edited: the draft's score, its change, and what to fix.

Used by the feedback WebSocket on every pause in typing and by the plain
"Check" button when JavaScript is off; both pass the form's raw values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from optimizer.analysis import Finding, Impact, Report, analyze, compare
from optimizer.analysis.registry import CHECKS
from optimizer.display import SEVERITY_LABELS, quote_of
from optimizer.suggestions import Suggestion, suggest
from resumeopt import jsonresume, sections


@dataclass
class LiveItem:
    """One finding of the draft: the line it is about
    (to select it in the form) and its rewrites."""

    finding: Finding
    field: str  # the form input holding the line ("unit-work-0-highlights")
    quote: str  # the line itself, shortened
    text: str  # the line as typed, to find and select it in the input
    fills: list[dict[str, str]]

    @property
    def severity_label(self) -> str:
        return SEVERITY_LABELS[self.finding.severity]


@dataclass
class DraftFeedback:
    path: str
    dom_id: str
    report: Report
    impact: Impact
    findings: list[Finding]
    suggestions: list[Suggestion]
    form_errors: dict[str, list[str]]
    document: dict[str, Any]

    @property
    def fixed_titles(self) -> list[str]:
        """What this draft fixes, in words ("Duties instead of results")."""
        return sorted({CHECKS[finding.check].title for finding in self.impact.fixed})

    @property
    def introduced_titles(self) -> list[str]:
        return sorted({CHECKS[finding.check].title for finding in self.impact.introduced})

    @property
    def items(self) -> list[LiveItem]:
        """Each finding with its rewrites as edits of the
        open form (input, text to find, text to put).

        The "Use" buttons apply them to the draft in the browser, so the user
        keeps editing and saves once.
        """
        fills: dict[tuple[str, str], list[dict[str, str]]] = {}
        for suggestion in self.suggestions:
            find, put = self._find_and_put(suggestion)
            fill = {"field": self._field_name(suggestion.about), "find": find, "put": put}
            fills.setdefault((suggestion.check, suggestion.about), []).append(fill)
        items = []
        for finding in self.findings:
            quote = quote_of(self.document, finding)
            text = jsonresume.get_at(self.document, finding.path) if quote else ""
            items.append(
                LiveItem(
                    finding=finding,
                    field=self._field_name(finding.path) if quote else "",
                    quote=quote,
                    text=text if isinstance(text, str) else "",
                    fills=fills.get((finding.check, finding.path), []),
                )
            )
        return items

    def _field_name(self, path: str) -> str:
        inner = jsonresume.split_path(path)[len(jsonresume.split_path(self.path)) :]
        names = [str(part) for part in inner if not isinstance(part, int)]
        return f"{self.dom_id}-{'__'.join(names)}"

    @staticmethod
    def _find_and_put(suggestion: Suggestion) -> tuple[str, str]:
        if isinstance(suggestion.original, list):  # a split bullet: one line becomes two
            index = int(suggestion.about.rsplit("/", 1)[1])
            return suggestion.original[index], "\n".join(suggestion.replacement[index : index + 2])
        return suggestion.original, suggestion.replacement


def draft_feedback(saved: dict[str, Any], path: str, data) -> DraftFeedback:
    """Feedback on the unit at `path` as the form `data` would make it."""
    if not sections.is_unit_path(path):
        raise ValueError(f"not an editable section: {path!r}")
    prefix = sections.form_prefix(path)
    if jsonresume.get_at(saved, path) is None and sections.unit_section(path) != "basics":
        # A new entry: feedback on the document with the entry appended.
        section = sections.unit_section(path)
        saved = jsonresume.set_at(saved, f"{section}/{len(saved.get(section) or [])}", {})
        path = f"{section}/{len(saved[section]) - 1}"
    draft, form = sections.draft_document(saved, path, data, prefix=prefix)
    report = analyze(draft)
    return DraftFeedback(
        path=path,
        dom_id=prefix,
        report=report,
        impact=compare(saved, draft),
        findings=report.findings_under(path),
        suggestions=suggest(draft, path),
        form_errors={name: [str(e) for e in errors] for name, errors in form.errors.items()},
        document=draft,
    )
