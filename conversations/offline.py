"""The built-in offline assistant: real, section-specific advice without any model.

It answers from the analysis engine and the rule-based suggestions: what is weak
in this section and why, grouped by the bullet it is about and quoted in full,
the rewrites it can offer (as proposals to apply; where several rules apply to
one text, one rewrite fixes them all), and, with a target job, what the posting
asks for that the section does not show. Where a bullet lacks a figure, it asks
the question that would find one for what the bullet is about (tests, a
migration, on-call...; conversations/data/figure_questions.json). It reads the
user's message for what they care about ("shorter", "numbers", "the job"),
leads with that, and answers it with facts even when nothing there is wrong. It
never invents a fact, and it says plainly what it is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from jobs.matching import profile_of
from optimizer.analysis import Finding, analyze, language
from optimizer.analysis.checks.impact import weak_phrase
from optimizer.analysis.checks.length import LONG_BULLET_WORDS, SUMMARY_WORDS
from optimizer.suggestions import suggest
from resumeopt import jsonresume

FIGURE_QUESTIONS = Path(__file__).parent / "data" / "figure_questions.json"
MAX_PLACES = 5
MAX_CHAINED_FIXES = 4
QUOTE_WORDS = 24
INTENTS = {  # what the user asked about -> the checks that answer it
    "length": (
        r"\b(?:short|shorter|shorten\w*|concise|condense\w*|tighten\w*|tighter|brief\w*|succinct|long|longer"
        r"|trim\w*|cut|length|words?)\b",
        ("length.",),
    ),
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
        r"\b(?:spell\w*|typos?|grammar\w*)\b",
        ("content.spelling", "consistency.term_spelling"),
    ),
    "senior": (r"\b(?:senior\w*|more experienced|leadership|executive|impressive)\b", ()),
}
# What the offline assistant cannot do, said plainly when asked for it.
CANNOT = {
    "senior": (
        "I can't make a section sound more senior offline, and I won't inflate it: seniority "
        "shows in scope only you know (how many people you led, what you decided, the size of "
        "what you ran, the budget). Tell me those and put them in the bullets; I will check they "
        "read well."
    ),
    "spelling": "I check spelling and the spelling of technology names, not grammar: "
    "a language model (set `LLM_MODEL`) can check sentence structure.",
    "length": (
        "I can't rewrite freely offline: my rewrites only cut the wording my rules know "
        "(“responsible for”, “helped with”, a leading “I”). To condense further, drop what a "
        "reader does not need."
    ),
}
NOTHING_FOUND = {  # an asked-about topic with no finding: say what the checks found, no more
    "verbs": (
        "Every bullet here opens with an action verb; none hides behind “responsible for” or "
        "“helped”."
    ),
    "ats": (
        "The applicant-tracking checks I run (unusual characters, date formats, standard "
        "spellings) find nothing here."
    ),
    "tone": "My checks find no clichés, buzzwords or first person here.",
    "spelling": "I found no misspelling or inconsistent spelling of a technology name here.",
}
BRACKETS = {")": "(", "]": "[", "}": "{"}
JOB_WORDS = re.compile(
    r"\b(?:job|posting|role|position|keywords?|match|tailor\w*|apply|application)\b", re.IGNORECASE
)
OFFLINE_NOTE = (
    "*I'm ResumeOpt's built-in offline assistant: I review this section with the same rules "
    "as the score and write the rewrites they allow, but I can't hold a free conversation. "
    "To talk it over with a language model, set `LLM_MODEL` (and `LLM_API_BASE` for a local "
    "server) and restart.*"
)
FIELD_NAMES = {
    "summary": "the summary",
    "label": "the headline",
    "name": "the name",
    "email": "the email address",
    "phone": "the phone number",
    "url": "the website",
    "position": "the job title",
    "startDate": "the start date",
    "endDate": "the end date",
    "keywords": "the keywords",
    "description": "the description",
}


@dataclass
class OfflineReply:
    text: str
    proposals: list[dict[str, Any]] = field(default_factory=list)


@cache
def _figure_questions() -> tuple[str, list[tuple[tuple[str, ...], str]]]:
    data = json.loads(FIGURE_QUESTIONS.read_text(encoding="utf-8"))
    return data["default"], [(tuple(topic["stems"]), topic["ask"]) for topic in data["topics"]]


def figure_question(text: str) -> str:
    """The question that would find a figure for this bullet, by what it is about."""
    default, topics = _figure_questions()
    words = re.findall(r"[a-z][a-z-]*", text.lower())
    for stems, ask in topics:
        for stem in stems:
            if any(word == stem or (len(stem) >= 4 and word.startswith(stem)) for word in words):
                return ask
    return default


def asked_intents(user_text: str) -> list[str]:
    return [
        name
        for name, (pattern, _) in INTENTS.items()
        if re.search(pattern, user_text, re.IGNORECASE)
    ]


def _is_about(finding: Finding, intent: str) -> bool:
    return any(finding.check.startswith(prefix) for prefix in INTENTS[intent][1])


def _rank(findings: list[Finding], intents: list[str]) -> list[Finding]:
    severity = {"critical": 0, "warning": 1, "suggestion": 2}

    def key(finding: Finding) -> tuple[int, int]:
        asked = any(_is_about(finding, intent) for intent in intents)
        return (0 if asked else 1, severity.get(finding.severity, 3))

    return sorted(findings, key=key)


def _quote(text: str) -> str:
    words = str(text).split()
    shown = " ".join(words[:QUOTE_WORDS]) + (" …" if len(words) > QUOTE_WORDS else "")
    return f"“{shown}”"


def _place(document: dict[str, Any], path: str, section_path: str) -> str:
    """What a finding is about, as the user would name it: the bullet itself, or the field."""
    parts = jsonresume.split_path(path)
    value = jsonresume.get_at(document, path)
    if len(parts) >= 2 and parts[-2] == "highlights" and isinstance(value, str):
        return _quote(value)
    if path == section_path:
        return "This entry as a whole"
    name = next((part for part in reversed(parts) if isinstance(part, str)), "")
    label = FIELD_NAMES.get(name, name)
    return label[:1].upper() + label[1:]


def _point(document: dict[str, Any], finding: Finding) -> str:
    if finding.check == "impact.missing_metric":
        text = jsonresume.get_at(document, finding.path) or ""
        return (
            f"{finding.message} {figure_question(str(text))} If there is a true answer, put the "
            "number in."
        )
    return f"{finding.message}{f' {finding.fix}' if finding.fix else ''}"


def _bullets(document: dict[str, Any], section_path: str) -> list[str]:
    entry = jsonresume.get_at(document, section_path)
    highlights = entry.get("highlights") if isinstance(entry, dict) else None
    return [text for text in highlights or [] if isinstance(text, str) and text.strip()]


def _facts(
    document: dict[str, Any],
    section_path: str,
    intents: list[str],
    findings: list[Finding],
    user_text: str = "",
) -> list[str]:
    """Answers to what was asked, from the text itself, where no finding already answers it."""
    lines = []
    bullets = _bullets(document, section_path)
    for intent in intents:
        if any(_is_about(finding, intent) for finding in findings):
            if intent == "numbers" and bullets:
                lines.append(f"{_with_figures(bullets)}; the others are below.")
            continue
        if intent == "length":
            summary = jsonresume.get_at(document, f"{section_path}/summary")
            if bullets:
                longest = max(bullets, key=lambda text: len(text.split()))
                lines.append(
                    f"Nothing here is too long: the longest of the {len(bullets)} bullets "
                    f"has {len(longest.split())} words ({_quote(longest)}), under the "
                    f"{LONG_BULLET_WORDS}-word mark where a bullet runs past two lines. To "
                    "be shorter still, cut the words that do not change what a reader "
                    "learns."
                )
            elif isinstance(summary, str) and summary.strip():
                low, high = SUMMARY_WORDS
                lines.append(
                    f"Your summary has {len(summary.split())} words, within the {low}–{high} "
                    "that read well."
                )
        elif intent == "numbers" and bullets:
            lines.append(f"{_with_figures(bullets)} already.")
        elif intent == "verbs" and (no_verb := [t for t in bullets if not _opens_with_a_verb(t)]):
            quoted = ", ".join(_quote(text) for text in no_verb[:3])
            lines.append(
                "None of the bullets hides behind “responsible for” or “helped”, but "
                f"{len(no_verb)} of the {len(bullets)} "
                f"{'does' if len(no_verb) == 1 else 'do'} not open with a verb: {quoted}. "
                "Start each with what you did."
            )
        elif intent in NOTHING_FOUND and (intent != "verbs" or bullets):
            lines.append(NOTHING_FOUND[intent])
        if intent == "ats" and (broken := _unbalanced_texts(document, section_path)):
            lines.append(
                "One thing those checks do not cover: "
                f"{', '.join(_quote(t) for t in broken[:3])} "
                f"{'has' if len(broken) == 1 else 'have'} an unmatched bracket or quote, "
                "which some systems read as the start of a field. Close it or remove it."
            )
        if intent in CANNOT and (intent != "spelling" or re.search(r"grammar", user_text, re.I)):
            lines.append(CANNOT[intent])
    return lines


def _opens_with_a_verb(text: str) -> bool:
    """Whether a bullet opens with something done: a verb, not a label ("Stack: React")."""
    first = language.first_word(text)
    after = text.lstrip()[len(first) :].lstrip()
    return bool(first) and not after.startswith(":") and language.opens_like_a_verb(first)


def _unbalanced_texts(document: dict[str, Any], section_path: str) -> list[str]:
    """The section's texts with a bracket or quote opened
    and never closed (or closed, never opened)."""
    found = []
    for value in _texts(jsonresume.get_at(document, section_path)):
        stack, broken = [], False
        for char in value:
            if char in "([{":
                stack.append(char)
            elif char in BRACKETS and (not stack or stack.pop() != BRACKETS[char]):
                broken = True
        if broken or stack or value.count('"') % 2 or value.count("“") != value.count("”"):
            found.append(value)
    return found


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    return []


def _with_figures(bullets: list[str]) -> str:
    counted = sum(1 for text in bullets if language.has_metric(text))
    return (
        f"{counted} of the {len(bullets)} bullets here {'shows' if counted == 1 else 'show'} a "
        "figure"
    )


def _summary_evidence(document: dict[str, Any]) -> str:
    """For the summary: the figures the resume already proves, worth leading with."""
    summary = str(jsonresume.get_at(document, "basics/summary") or "")
    figures = [
        text
        for section in ("work", "projects")
        for entry in document.get(section) or []
        if isinstance(entry, dict)
        for text in entry.get("highlights") or []
        if isinstance(text, str)
        and re.search(r"\d", text)
        and language.has_metric(text)
        and weak_phrase(text, "duty") is None
        and weak_phrase(text, "helper") is None
    ]
    unused = [
        text
        for text in figures
        if not set(re.findall(r"\d[\d,.]*%?", text)) & set(re.findall(r"\d[\d,.]*%?", summary))
    ]
    if not summary or not unused:
        return ""
    quoted = "; ".join(_quote(text) for text in unused[:3])
    return (
        f"Your summary names no result, but your resume proves several: {quoted}. "
        "Leading the summary with one of them shows impact in the first lines a recruiter reads."
    )


def rewrites(document: dict[str, Any], section_path: str) -> list[dict[str, Any]]:
    """The rules' rewrites, one per choice; where several
    rules apply to one text, one rewrite does all."""
    options: dict[str, list] = {}
    for suggestion in suggest(document, section_path):
        if isinstance(suggestion.original, str):
            options.setdefault(suggestion.path, []).append(suggestion)
    proposals, seen = [], set()
    for path, found in options.items():
        lead = found[0].kind
        for choice in (s for s in found if s.kind == lead):
            replacement, reasons = _chain(document, section_path, path, choice)
            if replacement in seen:
                continue
            seen.add(replacement)
            proposals.append(
                {
                    "path": path,
                    "original": choice.original,
                    "replacement": replacement,
                    "rationale": " ".join(reasons),
                    "kind": choice.kind,
                }
            )
    return proposals


def _chain(document: dict[str, Any], section_path: str, path: str, choice) -> tuple[str, list[str]]:
    """Apply `choice`, then every other rule that still has a rewrite for the same text."""
    text, reasons, kinds = choice.replacement, [choice.rationale], {choice.kind}
    for _ in range(MAX_CHAINED_FIXES):
        draft = jsonresume.set_at(document, path, text)
        follow = next(
            (
                s
                for s in suggest(draft, section_path)
                if s.path == path and isinstance(s.original, str) and s.kind not in kinds
            ),
            None,
        )
        if follow is None:
            break
        text = follow.replacement
        reasons.append(follow.rationale)
        kinds.add(follow.kind)
    return text, reasons


def offline_reply(
    document: dict[str, Any],
    section_path: str,
    user_text: str,
    requirements=None,
    *,
    first: bool = True,
) -> OfflineReply:
    """Advice on one section in Markdown, with the rewrites it offers as proposals.

    `first`: the first reply of a conversation also says what the offline assistant is.
    """
    label = jsonresume.section_label(document, section_path)
    intents = asked_intents(user_text)
    findings = _rank(analyze(document).findings_under(section_path), intents)
    lines = [OFFLINE_NOTE, ""] if first else []
    if not intents and not JOB_WORDS.search(user_text) and not first:
        lines += [
            "I can only review this section against ResumeOpt's rules; here is what they say.",
            "",
        ]
    facts = _facts(document, section_path, intents, findings, user_text)
    if facts:
        lines += [*facts, ""]
    places: dict[str, list[Finding]] = {}
    for finding in findings:
        places.setdefault(finding.path, []).append(finding)
    if places:
        count = len(findings)
        lines.append(f"**{label}**: {count} thing{'s' if count != 1 else ''} worth fixing.")
        lines.append("")
        for number, (path, found) in enumerate(list(places.items())[:MAX_PLACES], start=1):
            lines.append(f"{number}. {_place(document, path, section_path)}")
            lines.extend(f"   - {_point(document, finding)}" for finding in found)
        hidden = sum(len(found) for found in list(places.values())[MAX_PLACES:])
        if hidden:
            lines += ["", f"…and {hidden} more in the findings panel on the resume page."]
    elif _bullets(document, section_path):
        lines.append(
            f"**{label}** passes every check I run. Make sure each line says what you "
            "achieved, not only what you did."
        )
    else:
        lines.append(f"**{label}** passes every check I run.")
    if section_path == "basics" and (evidence := _summary_evidence(document)):
        lines += ["", evidence]
    if requirements is not None:
        lines += ["", *_job_advice(document, section_path, requirements, user_text)]
    elif JOB_WORDS.search(user_text):
        lines += [
            "",
            "No target job is set for this conversation: choose one under “Target job” and I will "
            "compare this section with what the posting asks for.",
        ]
    proposals = rewrites(document, section_path)
    if proposals:
        count = len(proposals)
        choices = (
            " Where several verbs are offered, keep the one that is true."
            if len({p["path"] for p in proposals}) < count
            else ""
        )
        lines += [
            "",
            f"I've written {count} rewrite{'s' if count != 1 else ''} below: apply any in "
            f"one click, or edit it first.{choices} I never add facts; where a figure would "
            "help, I ask you for it.",
        ]
    return OfflineReply("\n".join(lines).strip(), proposals)


def _job_advice(
    document: dict[str, Any], section_path: str, requirements, user_text: str
) -> list[str]:
    """What the posting asks for that the resume does not show: required and nice-to-have
    skills, alternatives ("Java or Go") met by any one of them. Only what the match shows."""
    occurrences = profile_of(document).occurrences
    inside = section_path.rstrip("/") + "/"
    unique = requirements.unique_skills(
        types=("tool", "hard", "certification", "language"), mentions=False
    )
    groups: dict[int, list[str]] = {}
    for name, skill in unique.items():
        if skill.group:
            groups.setdefault(skill.group, []).append(name)

    def missing(required: bool) -> list[str]:
        names, done = [], set()
        for name, skill in unique.items():
            if skill.required != required or name in occurrences:
                continue
            if skill.group:
                members = groups[skill.group]
                if skill.group in done or any(member in occurrences for member in members):
                    continue
                done.add(skill.group)
                names.append(" or ".join(members))
            else:
                names.append(name)
        return names

    missing_required, missing_preferred = missing(True), missing(False)
    elsewhere_only = [
        name
        for name, skill in unique.items()
        if skill.required
        and name in occurrences
        and not any(
            path == section_path or path.startswith(inside) for path, _ in occurrences[name]
        )
    ]
    title = requirements.title or "the target job"
    lines = []
    if missing_required:
        lines.append(
            f"For **{title}**, your resume never mentions these required skills: "
            f"{', '.join(missing_required[:8])}"
            f"{f' (and {len(missing_required) - 8} more)' if len(missing_required) > 8 else ''}."
        )
    if missing_preferred:
        lines.append(f"Nice to have, also not in your resume: {', '.join(missing_preferred[:8])}.")
    if missing_required or missing_preferred:
        lines.append(
            "If you have used them, say where, in a bullet and in Skills. If you have not, "
            "leave them out: I will not write them in."
        )
    if elsewhere_only and JOB_WORDS.search(user_text):
        lines.append(
            "These required skills appear elsewhere in your resume but not here: "
            f"{', '.join(elsewhere_only[:6])}. Mention them in this section if you used them "
            "in this role."
        )
    if not lines:
        lines.append(
            "Your resume mentions every technical skill I found in the posting for "
            f"**{title}**, required and nice to have."
        )
    return lines
