"""The built-in offline assistant: real, section-specific advice without any model.

It answers from the analysis engine and the rule-based suggestions: what is weak
in this section and why, the rewrites it can offer (as proposals to apply), and,
with a target job, what the posting asks for that the section does not show. It
reads the user's message for what they care about ("shorter", "numbers", "the
job") and leads with that. It says plainly what it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from optimizer.analysis import Finding, analyze
from optimizer.suggestions import suggest
from resumeopt import jsonresume

MAX_POINTS = 5
INTENTS = {  # what the user asked about -> the checks that answer it
    "length": (r"\b(?:short|shorter|concise|long|longer|trim|cut|length|words?)\b", ("length.",)),
    "numbers": (
        r"\b(?:numbers?|metrics?|quantif\w*|figures?|results?|impact|measur\w*)\b",
        ("impact.missing_metric", "impact.low_quantification"),
    ),
    "verbs": (
        r"\b(?:verbs?|weak|strong(?:er)?|passive|responsible|action)\b",
        (
            "impact.weak_verb",
            "impact.duty_phrasing",
            "impact.helper_phrasing",
            "impact.passive_voice",
            "content.repeated_verb",
        ),
    ),
    "ats": (r"\b(?:ats|parse|parser|tracking|format\w*)\b", ("ats.",)),
    "tone": (
        r"\b(?:tone|buzzwords?|clich\w*|sound|generic|fluff)\b",
        ("impact.buzzwords", "impact.ai_phrases", "impact.first_person"),
    ),
    "spelling": (
        r"\b(?:spell\w*|typos?|grammar)\b",
        ("content.spelling", "consistency.term_spelling"),
    ),
}
JOB_WORDS = re.compile(
    r"\b(?:job|posting|role|position|keywords?|match|tailor\w*|apply|application)\b", re.IGNORECASE
)
OFFLINE_NOTE = (
    "*I'm ResumeOpt's built-in offline assistant: I check this section with the same rules as the score "
    "and can't hold a free conversation. To talk with a model, set `LLM_MODEL` (and `LLM_API_BASE` "
    "for a local server) and restart.*"
)


@dataclass
class OfflineReply:
    text: str
    proposals: list[dict[str, Any]] = field(default_factory=list)


def _rank(findings: list[Finding], user_text: str) -> list[Finding]:
    wanted = [
        prefixes
        for pattern, prefixes in INTENTS.values()
        if re.search(pattern, user_text, re.IGNORECASE)
    ]
    severity = {"critical": 0, "warning": 1, "suggestion": 2}

    def key(finding: Finding) -> tuple[int, int]:
        asked = any(finding.check.startswith(prefix) for prefixes in wanted for prefix in prefixes)
        return (0 if asked else 1, severity.get(finding.severity, 3))

    return sorted(findings, key=key)


def _where(document: dict[str, Any], path: str) -> str:
    parts = jsonresume.split_path(path)
    if len(parts) >= 4 and parts[2] == "highlights":
        text = jsonresume.get_at(document, path) or ""
        opening = " ".join(str(text).split()[:6])
        return f"the bullet “{opening}…”"
    if path.endswith("/summary"):
        return "the summary"
    return jsonresume.section_label(document, path).lower()


def offline_reply(
    document: dict[str, Any], section_path: str, user_text: str, requirements=None
) -> OfflineReply:
    """Advice on one section in Markdown, with the rewrites it offers as proposals."""
    label = jsonresume.section_label(document, section_path)
    report = analyze(document)
    findings = _rank(report.findings_under(section_path), user_text)
    suggestions = [s for s in suggest(document, section_path) if isinstance(s.original, str)]
    lines = [OFFLINE_NOTE, ""]
    if findings:
        lines.append(
            f"**{label}** has {len(findings)} thing{'s' if len(findings) != 1 else ''} worth fixing. Here is what I would change:"
        )
        lines.append("")
        for number, finding in enumerate(findings[:MAX_POINTS], start=1):
            fix = f" {finding.fix}" if finding.fix else ""
            lines.append(f"{number}. In {_where(document, finding.path)}: {finding.message}{fix}")
        if len(findings) > MAX_POINTS:
            lines.append(
                f"\n…and {len(findings) - MAX_POINTS} smaller points in the findings panel."
            )
    else:
        lines.append(
            f"**{label}** passes every check I run. Make sure each line says what you achieved, not only what you did."
        )
    if requirements is not None:
        lines.extend(["", *_job_advice(document, section_path, requirements, user_text)])
    if suggestions:
        lines.append("")
        lines.append(
            f"I've written {len(suggestions)} rewrite{'s' if len(suggestions) != 1 else ''} below: apply any in one click, or edit it first. I never add facts; where a figure would help, I ask you for it."
        )
    proposals = [
        {
            "path": s.path,
            "original": s.original,
            "replacement": s.replacement,
            "rationale": s.rationale,
            "kind": s.kind,
        }
        for s in suggestions
    ]
    return OfflineReply("\n".join(lines).strip(), proposals)


def _job_advice(
    document: dict[str, Any], section_path: str, requirements, user_text: str
) -> list[str]:
    from jobs.matching import profile_of

    occurrences = profile_of(document).occurrences
    inside = section_path.rstrip("/") + "/"
    unique = requirements.unique_skills(types=("tool", "hard", "certification", "language"))
    required = [name for name, skill in unique.items() if skill.required]
    missing_everywhere = [name for name in required if name not in occurrences]
    elsewhere_only = [
        name for name in required
        if name in occurrences and not any(path == section_path or path.startswith(inside) for path, _ in occurrences[name])
    ]  # fmt: skip
    title = requirements.title or "the target job"
    lines = []
    if missing_everywhere:
        lines.append(
            f"For **{title}**, your resume never mentions: {', '.join(missing_everywhere[:6])}. If you have used them, say where, in a bullet and in Skills."
        )
    if elsewhere_only and JOB_WORDS.search(user_text):
        lines.append(
            f"These required skills appear elsewhere in your resume but not here: {', '.join(elsewhere_only[:6])}. Mention them in this section if you used them in this role."
        )
    if not lines:
        lines.append(f"Your resume already mentions the skills **{title}** requires.")
    return lines
