"""Edit proposals: read them from a reply, check them, guard against invented facts, apply them.

The model is asked to end its reply with a <proposals> JSON block (schema below).
A block that is not valid JSON or breaks the schema is shown as text and
nothing is applied. Each proposal must point at a text inside the section the
conversation is about, and its original must be what the resume says now.

The fabrication guard flags a proposal that adds numbers, years, names or skills
found neither in the resume nor in the target job: the user sees "this adds a
figure you have not given: check it is true" before applying.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone
from jsonschema import Draft7Validator

from optimizer import learning
from optimizer.models import SuggestionEvent
from resumeopt import jsonresume
from resumeopt.resumes import ChangeReason, EditConflict, save_at

PROPOSALS_SCHEMA: dict[str, Any] = {
    "type": "array",
    "maxItems": 10,
    "items": {
        "type": "object",
        "required": ["path", "original", "replacement"],
        "properties": {
            "path": {"type": "string", "maxLength": 100},
            "original": {"type": "string", "maxLength": 5000},
            "replacement": {"type": "string", "minLength": 1, "maxLength": 2000},
            "rationale": {"type": "string", "maxLength": 1000},
        },
        "additionalProperties": False,
    },
}
START, END = "<proposals>", "</proposals>"
NUMBER_RE = re.compile(r"(?<![\w.])[$€£]?\d[\d,.]*(?:%|k|m|bn|x)?", re.IGNORECASE)
NAME_RE = re.compile(r"(?<=[a-z,;:] )([A-Z][a-zA-Z0-9&.+#-]+(?:\s+[A-Z][a-zA-Z0-9&.+#-]+)*)")
MONTH_NAMES = (
    "January February March April May June July August September October November December"
)
MONTHS = {name.lower() for name in MONTH_NAMES.split()} | {
    name[:3].lower() for name in MONTH_NAMES.split()
}
DATE_RE = re.compile(
    r"\b(?:(?:" + "|".join(name[:3] + (name[3:] and f"(?:{name[3:]})?") for name in MONTH_NAMES.split())
    + r")\.?\s+)?(?:19|20)\d{2}\b"
)  # fmt: skip
DEGREE_RE = re.compile(
    r"\b(?:Ph\.?\s?D|MBA|M\.?Sc|B\.?Sc|B\.?Eng|M\.?Eng|B\.?A|M\.?A|B\.?S|M\.?S|J\.?D|M\.?D"
    r"|(?:[Bb]achelor|[Mm]aster|[Aa]ssociate)(?:'s|’s)?(?= degree| of)|[Dd]octorate)\b\.?"
)


@dataclass
class ProposedEdit:
    path: str
    original: str
    replacement: str
    rationale: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass
class ParsedReply:
    text: str  # what the user reads
    edits: list[ProposedEdit]
    problems: list[str]  # why some or all proposals were not offered


def visible_prefix(text: str) -> str:
    """The part of a reply still being written that can be shown: everything before the
    proposals block, holding back a tail that might be the start of "<proposals>"."""
    if START in text:
        return text[: text.index(START)]
    last = text.rfind("<")
    if last != -1 and START.startswith(text[last:]):
        return text[:last]
    return text


def parse_reply(
    text: str, document: dict[str, Any], section_path: str, *, job_text: str = ""
) -> ParsedReply:
    """Split a finished reply into what to show and the proposals worth offering."""
    if START not in text:
        return ParsedReply(text.strip(), [], [])
    visible, raw = text.split(START, 1)
    raw = raw.split(END, 1)[0].strip()
    try:
        items = json.loads(raw)
    except json.JSONDecodeError:
        shown = f"{visible.strip()}\n\n{raw}".strip()
        return ParsedReply(
            shown,
            [],
            [
                "The assistant's proposals were not valid JSON, so they are shown as text and nothing can be applied."
            ],
        )
    errors = list(Draft7Validator(PROPOSALS_SCHEMA).iter_errors(items))
    if errors:
        shown = f"{visible.strip()}\n\n{raw}".strip()
        return ParsedReply(
            shown,
            [],
            [
                f"The assistant's proposals did not follow the expected format ({errors[0].message}); nothing can be applied."
            ],
        )
    edits, problems = [], []
    for item in items:
        problem = check_edit(item["path"], item["original"], document, section_path)
        if problem:
            problems.append(problem)
            continue
        edit = ProposedEdit(
            item["path"], item["original"], item["replacement"], item.get("rationale", "")
        )
        edit.warnings = fabrication_warnings(edit.original, edit.replacement, document, job_text)
        edits.append(edit)
    return ParsedReply(visible.strip(), edits, problems)


def check_edit(path: str, original: str, document: dict[str, Any], section_path: str) -> str:
    """Why a proposed edit cannot be offered, or "" if it can."""
    inside = path == section_path or path.startswith(section_path.rstrip("/") + "/")
    if not inside:
        return f"A proposal for “{path}” was outside this section and was left out."
    current = jsonresume.get_at(document, path)
    if not isinstance(current, str):
        return f"A proposal pointed at “{path}”, which is not a text in this section, and was left out."
    if current.strip() != original.strip():
        return f"A proposal for “{path}” quoted text that is not in the resume, and was left out."
    return ""


def _known_text(document: dict[str, Any], job_text: str) -> str:
    return (json.dumps(document, ensure_ascii=False) + " " + job_text).lower()


def _as_iso(date: str) -> str:
    """ "March 2021" as the resume stores it ("2021-03"); a bare year as itself."""
    month, _, year = date.rpartition(" ")
    index = next((i for i, name in enumerate(MONTH_NAMES.split(), start=1)
                  if month and name.lower().startswith(month.strip(".").lower()[:3])), None)  # fmt: skip
    return f"{year}-{index:02d}" if index else year


def fabrication_warnings(
    original: str, replacement: str, document: dict[str, Any], job_text: str = ""
) -> list[str]:
    """Facts the replacement adds that neither the resume nor the target job gives.

    Dates and degrees are named as such; a number is a figure; a skill is one the
    taxonomy knows; any other capitalised words mid-sentence are a name or title
    (an employer, a job title, a product).
    """
    known = _known_text(document, job_text) + " " + original.lower()

    def new(found: list[str]) -> list[str]:
        cleaned = (item.strip(" .,;:") for item in found)
        return list(dict.fromkeys(item for item in cleaned if item and item.lower() not in known))

    dates = [date for date in new(DATE_RE.findall(replacement)) if _as_iso(date) not in known]
    degrees = new(DEGREE_RE.findall(replacement))
    rest = DEGREE_RE.sub(" ", DATE_RE.sub(" ", replacement))
    numbers = new(NUMBER_RE.findall(rest))
    from jobs.taxonomy import taxonomy

    skills = list(dict.fromkeys(m.term.canonical for m in taxonomy().find(replacement)
                                if m.text.lower() not in known and m.term.canonical.lower() not in known))  # fmt: skip
    named = {item.lower() for item in skills} | MONTHS
    names = [name for name in new(NAME_RE.findall(rest)) if name.lower() not in named]
    warnings = []
    if dates:
        warnings.append(
            f"This adds a date you have not given ({', '.join(dates)}): check it is right."
        )
    if degrees:
        warnings.append(f"This adds a degree you have not given ({', '.join(degrees)}): only keep it if you hold it.")  # fmt: skip
    if numbers:
        warnings.append(
            f"This adds a figure you have not given ({', '.join(numbers)}): check it is true."
        )
    if skills:
        warnings.append(f"This adds a skill your resume does not mention ({', '.join(skills)}): only keep it if you have it.")  # fmt: skip
    if names:
        warnings.append(f"This adds a name or title you have not given ({', '.join(names)}): check it is right.")  # fmt: skip
    return warnings


def apply_proposal(proposal, *, user, replacement: str | None = None):
    """Save the proposal (or the user's edited version of it) with reason "AI suggestion".

    Raises EditConflict if the text at its path is no longer the original.
    """
    value = replacement.strip() if replacement and replacement.strip() else proposal.replacement
    save_at(
        proposal.resume,
        proposal.path,
        value,
        user=user,
        reason=ChangeReason.AI_SUGGESTION,
        expected=proposal.original,
    )
    proposal.status = proposal.Status.APPLIED
    proposal.applied_value = value
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "applied_value", "decided_at"])
    # Other choices for the same text no longer fit; they were not rejected, just not chosen.
    alternatives(proposal).update(status=proposal.Status.SUPERSEDED, decided_at=proposal.decided_at)
    kind = (
        SuggestionEvent.Kind.APPLIED
        if value == proposal.replacement
        else SuggestionEvent.Kind.EDITED
    )
    learning.record_decision(
        user, kind, f"proposal:{proposal.pk}", learning.candidate_of_proposal(proposal),
        resume=proposal.resume,
        history_id=proposal.resume.history.values_list("history_id", flat=True).first(),
    )  # fmt: skip
    return proposal


def alternatives(proposal):
    """Pending proposals for the same text as this one (the other verbs offered, say)."""
    return (
        type(proposal)
        .objects.filter(
            resume_id=proposal.resume_id,
            path=proposal.path,
            original=proposal.original,
            status=proposal.Status.PENDING,
        )
        .exclude(pk=proposal.pk)
    )


def reject_proposal(proposal):
    proposal.status = proposal.Status.REJECTED
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "decided_at"])
    learning.record_decision(
        proposal.owner, SuggestionEvent.Kind.REJECTED, f"proposal:{proposal.pk}",
        learning.candidate_of_proposal(proposal), resume=proposal.resume,
    )  # fmt: skip
    return proposal


def undo_proposal(proposal, *, user):
    """Put the original text back, if nothing has changed it since the proposal was applied."""
    if proposal.status != proposal.Status.APPLIED:
        raise EditConflict(proposal.resume, "Only an applied proposal can be undone.")
    applied = SuggestionEvent.objects.filter(
        owner=user, suggestion_key=f"proposal:{proposal.pk}", history_id__isnull=False
    ).first()
    save_at(proposal.resume, proposal.path, proposal.original, user=user, reason=ChangeReason.UNDO,
            expected=proposal.applied_value)  # fmt: skip
    proposal.status = proposal.Status.UNDONE
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "decided_at"])
    if applied is not None:
        learning.record_undo(user, applied.history_id)
    return proposal
